//! Gift codes: moderators add a code (`/giftcode add`), DWOS tries it for one player, announces
//! it and redeems it for every member who opted in (`/giftcode auto`) at the game's pace, with a
//! summary edited as results arrive; members redeem for themselves (`/giftcode redeem`, "Redeem
//! for me"). The `giftcode` worker tests and fans out; the `redeem` worker makes one call each.

mod inline;
mod redeemer;
mod report;
pub mod steps;
mod worker;

pub use inline::normalize_code;
pub use redeemer::RedeemWorker;
pub use steps::{GiftcodeStep, RedeemJob};
pub use worker::GiftcodeWorker;

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;
use dwos_discord::commands::Subcommand;

/// The gift-code feature.
pub struct Giftcodes;

const CODE: &[dwos_discord::commands::CommandOption] = &[(3, "code", true, &[])];

const COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "giftcode",
    guild_only: true,
    moderator_only: false,
    options: &[],
    subcommands: &[
        Subcommand { name: "add", options: CODE, autocomplete: &[] },
        Subcommand { name: "list", options: &[], autocomplete: &[] },
        Subcommand { name: "redeem", options: CODE, autocomplete: &[] },
        Subcommand { name: "auto", options: &[(3, "mode", true, &[("On", "on"), ("Off", "off")])], autocomplete: &[] },
    ],
}];

#[async_trait]
impl Feature for Giftcodes {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    fn id_prefix(&self) -> Option<&'static str> {
        Some(inline::PREFIX)
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        inline::command(cx).await
    }

    async fn component(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        inline::component(cx, custom_id).await
    }
}
