//! Game events: `/event create|list|cancel|pause|resume` (moderators for the server's events, R4
//! and R5 for their alliance's, checked server-side), the reminder sweep an EventBridge schedule
//! (or the `dwos serve` ticker) runs every minute, and the notifier that posts each reminder once.

mod inline;
pub mod notify;
pub mod steps;
pub mod sweep;
mod worker;

pub use notify::NotifyWorker;
pub use steps::{EventChanges, EventSpec, EventsStep, NotifyPost};
pub use sweep::{SweepReport, Sweeper};
pub use worker::{EventsWorker, event_title, occurrence_after, reminders_due, reminders_for};

use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;
use dwos_discord::commands::{CommandOption, Subcommand};

/// The events feature.
pub struct Events;

const TYPES: &[(&str, &str)] = &[
    ("Bear Trap", "bear_trap"),
    ("Crazy Joe", "crazy_joe"),
    ("Foundry Battle", "foundry"),
    ("Canyon Clash", "canyon_clash"),
    ("Fortress Battle", "fortress"),
    ("Frostfire Mine", "frostfire_mine"),
    ("Castle Battle", "castle_battle"),
    ("SvS", "svs"),
    ("Mercenary Prestige", "mercenary_prestige"),
    ("Daily reset", "daily_reset"),
    ("Custom", "custom"),
];

const REPEATS: &[(&str, &str)] = &[
    ("Once", "once"),
    ("Daily", "daily"),
    ("Every 2 days", "every_2_days"),
    ("Weekly", "weekly"),
    ("Every 2 weeks", "every_2_weeks"),
    ("Every 4 weeks", "every_4_weeks"),
    ("Monthly", "monthly"),
];

const EVENT_ID: &[CommandOption] = &[(3, "event", true, &[])];

const COMMANDS: &[CommandSpec] = &[CommandSpec {
    name: "event",
    guild_only: true,
    moderator_only: false,
    options: &[],
    subcommands: &[
        Subcommand {
            name: "create",
            options: &[
                (3, "type", true, TYPES),
                (3, "start", true, &[]),
                (3, "timezone", false, &[]),
                (3, "repeat", false, REPEATS),
                (3, "reminders", false, &[]),
                (7, "channel", false, &[]),
                (8, "role", false, &[]),
                (3, "title", false, &[]),
                (3, "alliance", false, &[]),
            ],
            autocomplete: &["timezone"],
        },
        Subcommand {
            name: "edit",
            options: &[
                (3, "event", true, &[]),
                (3, "start", false, &[]),
                (3, "timezone", false, &[]),
                (3, "repeat", false, REPEATS),
                (3, "reminders", false, &[]),
                (7, "channel", false, &[]),
                (8, "role", false, &[]),
                (3, "title", false, &[]),
                (3, "clear", false, &[("Role", "role"), ("Title", "title")]),
            ],
            autocomplete: &["event", "timezone"],
        },
        Subcommand { name: "list", options: &[], autocomplete: &[] },
        Subcommand { name: "cancel", options: EVENT_ID, autocomplete: &["event"] },
        Subcommand { name: "pause", options: EVENT_ID, autocomplete: &["event"] },
        Subcommand { name: "resume", options: EVENT_ID, autocomplete: &["event"] },
    ],
}];

#[async_trait]
impl Feature for Events {
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

    async fn autocomplete(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        inline::autocomplete(cx).await
    }
}
