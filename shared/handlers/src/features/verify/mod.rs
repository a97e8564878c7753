//! Verification: `/verify` (and the panel) check a game id in a state with the game, link it
//! with the declared name, give the Verified role and nickname, then ask the furnace level, the
//! alliance and rank; moderators' `/setup` and `/unlink`; `/reverify`; the weekly check that finds
//! transfers and deleted accounts.

mod alliance;
pub mod ids;
mod inline;
mod moderation;
pub mod steps;
pub mod weekly;
mod worker;

pub use crate::shown::furnace_shown;
pub use ids::VerifyId;
pub use steps::VerifyStep;
pub use weekly::{RefreshReport, Refresher};
pub use worker::{CHECK_EVERY_DAYS, VerifyWorker, day_of};

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;

/// The verification feature.
pub struct Verify;

const COMMANDS: &[CommandSpec] = &[
    CommandSpec::guild("verify"),
    CommandSpec::guild("reverify"),
    CommandSpec {
        name: "setup",
        subcommands: &[],
        guild_only: true,
        moderator_only: true,
        options: &[
            (8, "role", false, &[]),
            (7, "log_channel", false, &[]),
            (3, "language", false, dwos_i18n::LANGUAGES),
            (4, "home_state", false, &[]),
            (7, "giftcode_channel", false, &[]),
            (4, "test_player", false, &[]),
            (5, "stats", false, &[]),
        ],
    },
    CommandSpec {
        name: "unlink",
        guild_only: true,
        moderator_only: true,
        options: &[(6, "member", true, &[])],
        subcommands: &[],
    },
];

#[async_trait]
impl Feature for Verify {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    fn id_prefix(&self) -> Option<&'static str> {
        Some(ids::PREFIX)
    }

    async fn command(&self, cx: &Inline<'_>, name: &str) -> Reply {
        inline::command(cx, name).await
    }

    async fn component(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::component(cx, VerifyId::parse(custom_id)?).await
    }

    async fn modal(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::modal(cx, VerifyId::parse(custom_id)?).await
    }
}
