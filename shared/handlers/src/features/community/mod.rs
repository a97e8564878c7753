//! The member's own corner and the server's house rules: `/language`, `/dashboard`,
//! `/registration-help`, `/ticket` and `/close-ticket`, `/rules`.

mod dashboard;
mod inline;
mod steps;
mod worker;

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;
use dwos_discord::commands::Subcommand;
use dwos_i18n::LANGUAGES;

pub use steps::CommunityStep;
pub use worker::CommunityWorker;
pub(crate) use worker::{post as post_rules, saved_posting};

/// The community feature.
pub struct Community;

/// `/language`'s choices: every language by its own name, and "as Discord says".
const LANGUAGE_CHOICES: &[(&str, &str)] = &[
    LANGUAGES[0],
    LANGUAGES[1],
    LANGUAGES[2],
    LANGUAGES[3],
    LANGUAGES[4],
    LANGUAGES[5],
    LANGUAGES[6],
    LANGUAGES[7],
    LANGUAGES[8],
    LANGUAGES[9],
    LANGUAGES[10],
    ("Discord", AUTOMATIC),
];

/// The `/language` value that follows Discord's language again.
const AUTOMATIC: &str = "auto";

const COMMANDS: &[CommandSpec] = &[
    CommandSpec { options: &[(3, "language", true, LANGUAGE_CHOICES)], ..CommandSpec::open("language") },
    CommandSpec::guild("dashboard"),
    CommandSpec::open("registration-help"),
    CommandSpec { options: &[(3, "subject", true, &[])], ..CommandSpec::guild("ticket") },
    CommandSpec::guild("close-ticket"),
    CommandSpec {
        subcommands: &[
            Subcommand { name: "show", options: &[], autocomplete: &[] },
            Subcommand { name: "set", options: &[(8, "role", false, &[])], autocomplete: &[] },
            Subcommand { name: "post", options: &[(7, "channel", true, &[])], autocomplete: &[] },
            Subcommand { name: "automation", options: &[(4, "every_days", true, &[])], autocomplete: &[] },
            Subcommand { name: "log", options: &[], autocomplete: &[] },
        ],
        ..CommandSpec::guild("rules")
    },
];

#[async_trait]
impl Feature for Community {
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
