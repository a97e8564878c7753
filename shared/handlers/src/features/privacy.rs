//! `/privacy`: what DWOS stores and why, answered inline in every language.

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;

/// The `/privacy` feature.
pub struct Privacy;

const COMMANDS: &[CommandSpec] = &[CommandSpec::open("privacy")];

#[async_trait]
impl Feature for Privacy {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        cx.ephemeral("privacy-notice", "privacy")
    }
}
