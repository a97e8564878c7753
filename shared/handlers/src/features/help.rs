//! `/help`: the commands that exist, read from the registry, in the member's language.

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::{CommandSpec, response};

/// The `/help` feature.
pub struct Help;

const COMMANDS: &[CommandSpec] = &[CommandSpec::open("help")];

#[async_trait]
impl Feature for Help {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        Reply::new(response::message(help_text(cx, cx.is_moderator().await), true), "help")
    }
}

/// The header, then `/name — description` for every command; moderator commands last,
/// under their own heading, and only for moderators.
fn help_text(cx: &Inline<'_>, moderator_reader: bool) -> String {
    let line = |spec: &CommandSpec| {
        let name = cx.text(&format!("cmd-{}-name", spec.name));
        format!("`/{name}` — {}", cx.text(&format!("cmd-{}-description", spec.name)))
    };
    let specs = cx.state.features.iter().flat_map(|f| f.commands().iter());
    let (moderator, member): (Vec<&CommandSpec>, Vec<&CommandSpec>) = specs.partition(|s| s.moderator_only);
    let mut lines = vec![cx.text("help-header")];
    lines.extend(member.into_iter().map(line));
    if moderator_reader && !moderator.is_empty() {
        lines.push(String::new());
        lines.push(cx.text("help-moderators"));
        lines.extend(moderator.into_iter().map(line));
    }
    lines.join("\n")
}
