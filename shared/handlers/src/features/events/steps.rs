//! The payloads of `events` and `notify` jobs.

use dwos_core::schedule::{EventType, Repeat};
use dwos_core::{ChannelId, GuildId, RoleId, UserId};
use serde::{Deserialize, Serialize};

/// An event as `/event create` asked for it, checked inline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventSpec {
    /// Its type.
    pub event_type: EventType,
    /// Custom title.
    pub title: Option<String>,
    /// First start, wall-clock `YYYY-MM-DD HH:MM` in `timezone`.
    pub anchor: String,
    /// IANA zone.
    pub timezone: String,
    /// Repeat rule.
    pub repeat: Repeat,
    /// Reminder offsets in minutes, largest first.
    pub offsets: Vec<u32>,
    /// Where reminders go.
    pub channel_id: ChannelId,
    /// The role to mention.
    pub role_id: Option<RoleId>,
    /// The alliance whose event it is.
    pub alliance: Option<String>,
}

/// The options `/event edit` was given, checked inline as far as they can be alone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventChanges {
    /// New first start, wall-clock `YYYY-MM-DD HH:MM`.
    pub anchor: Option<String>,
    /// New zone.
    pub timezone: Option<String>,
    /// New repeat rule.
    pub repeat: Option<Repeat>,
    /// New reminder offsets (checked again against the final repeat).
    pub offsets: Option<Vec<u32>>,
    /// New channel.
    pub channel_id: Option<ChannelId>,
    /// New role.
    pub role_id: Option<RoleId>,
    /// New title.
    pub title: Option<String>,
    /// Removes the role (no ping from now on).
    #[serde(default)]
    pub clear_role: bool,
    /// Removes the custom title (the event's type names it again).
    #[serde(default)]
    pub clear_title: bool,
}

/// What an `events` job does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum EventsStep {
    /// `/event create`.
    Create {
        /// The event.
        spec: EventSpec,
        /// The author moderates the server (from the interaction's permissions).
        by_moderator: bool,
    },
    /// `/event list`, one page of it.
    List {
        /// The page, from 0.
        #[serde(default)]
        page: usize,
    },
    /// `/event edit`: only the options given change.
    Edit {
        /// The event id.
        event_id: String,
        /// What changes.
        changes: EventChanges,
        /// The author moderates the server.
        by_moderator: bool,
    },
    /// `/event cancel`.
    Cancel {
        /// The event id.
        event_id: String,
        /// The author moderates the server.
        by_moderator: bool,
    },
    /// "Going" / "Not going" on an event's announcement.
    Rsvp {
        /// The event id.
        event_id: String,
        /// Going or not.
        going: bool,
    },
    /// "Remind me by DM" on an event's announcement (a toggle).
    Dm {
        /// The event id.
        event_id: String,
    },
    /// `/event pause` (`paused: true`) or `/event resume`.
    Pause {
        /// The event id.
        event_id: String,
        /// Pause or resume.
        paused: bool,
        /// The author moderates the server.
        by_moderator: bool,
    },
}

/// One reminder to post (a `notify` job's payload), rendered by the sweep in the guild's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotifyPost {
    /// The guild.
    pub guild_id: GuildId,
    /// The event.
    pub event_id: String,
    /// The channel.
    pub channel_id: ChannelId,
    /// The role it may mention.
    pub role_id: Option<RoleId>,
    /// The text.
    pub content: String,
    /// Discord's nonce for this (occurrence, offset): a second post of it is not a new message.
    pub nonce: String,
    /// Sent by DM to this member instead of to the channel.
    #[serde(default)]
    pub dm_user: Option<UserId>,
    /// The occurrence it is about (Unix seconds; 0: unknown): a post this late is not sent.
    #[serde(default)]
    pub occurrence: i64,
}
