//! Alliances: `/alliance create|join|leave|kick|rank|transfer|dissolve|info|roster`, join
//! requests answered by the alliance's R4/R5, the alliance select after verification, roles
//! and channels on Discord, succession when the R5 is gone, and the audit trail. Every rank
//! rule is checked by the worker on the ranks it read ([`dwos_core::ranks`]).

mod ids;
mod inline;
mod provision;
pub mod steps;
mod view;
mod worker;

pub use ids::{AllianceId, RosterSort};
pub use provision::role_names;
pub use steps::{AllianceStep, Pick};
pub use view::{ROSTER_PAGE, sort_roster};
pub use worker::AllianceWorker;

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;
use dwos_discord::commands::{CommandOption, Subcommand};

/// The alliance feature.
pub struct Alliances;

const RANKS: &[(&str, &str)] = &[("R1", "R1"), ("R2", "R2"), ("R3", "R3"), ("R4", "R4")];
const SORTS: &[(&str, &str)] = &[("Rank", "rank"), ("Furnace level", "furnace"), ("Name", "name")];
const MEMBER: &[CommandOption] = &[(6, "member", true, &[])];

const COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "alliance",
    guild_only: true,
    moderator_only: false,
    options: &[],
    subcommands: &[
        Subcommand { name: "create", options: &[(3, "name", true, &[]), (3, "tag", true, &[])], autocomplete: &[] },
        Subcommand { name: "join", options: &[], autocomplete: &[] },
        Subcommand { name: "leave", options: &[], autocomplete: &[] },
        Subcommand { name: "kick", options: MEMBER, autocomplete: &[] },
        Subcommand { name: "rank", options: &[(6, "member", true, &[]), (3, "rank", true, RANKS)], autocomplete: &[] },
        Subcommand { name: "transfer", options: MEMBER, autocomplete: &[] },
        Subcommand { name: "dissolve", options: &[], autocomplete: &[] },
        Subcommand { name: "info", options: &[(3, "tag", false, &[])], autocomplete: &[] },
        Subcommand { name: "roster", options: &[(3, "sort", false, SORTS), (3, "tag", false, &[])], autocomplete: &[] },
    ],
}];

#[async_trait]
impl Feature for Alliances {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    fn id_prefix(&self) -> Option<&'static str> {
        Some(ids::PREFIX)
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        inline::command(cx).await
    }

    async fn component(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::component(cx, AllianceId::parse(custom_id)?).await
    }

    async fn modal(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::modal(cx, AllianceId::parse(custom_id)?).await
    }
}
