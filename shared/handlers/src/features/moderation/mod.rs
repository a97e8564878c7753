//! Moderation: `/moderators add|remove|list` (Manage Server only) keeps the guild's moderator
//! roles and members, every moderator-only command checks them server-side (see
//! [`crate::router::Inline::is_moderator`]) and refusals are logged; `/news` posts an embed in a
//! channel the moderator picks, with translations members read in their own language.

mod inline;
pub mod steps;
mod worker;

pub use steps::{ModerationStep, ModeratorChange};
pub use worker::ModerationWorker;

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;
use dwos_discord::commands::Subcommand;

/// The moderation feature.
pub struct Moderation;

const TARGET: &[dwos_discord::commands::CommandOption] = &[(8, "role", false, &[]), (6, "member", false, &[])];

const COMMANDS: &[CommandSpec] = &[
    CommandSpec {
        name: "moderators",
        guild_only: true,
        // Manage Server only (not DWOS's own moderators): checked in the feature.
        moderator_only: false,
        options: &[],
        subcommands: &[
            Subcommand { name: "add", options: TARGET, autocomplete: &[] },
            Subcommand { name: "remove", options: TARGET, autocomplete: &[] },
            Subcommand { name: "list", options: &[], autocomplete: &[] },
        ],
    },
    CommandSpec { name: "news", guild_only: true, moderator_only: true, options: &[], subcommands: &[] },
];

#[async_trait]
impl Feature for Moderation {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    fn id_prefix(&self) -> Option<&'static str> {
        Some(inline::PREFIX)
    }

    async fn command(&self, cx: &Inline<'_>, name: &str) -> Reply {
        inline::command(cx, name).await
    }

    async fn component(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::component(cx, custom_id).await
    }

    async fn modal(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::modal(cx, custom_id).await
    }
}
