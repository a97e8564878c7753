//! The payloads of `moderation` jobs.

use dwos_core::{ChannelId, RoleId, UserId};
use serde::{Deserialize, Serialize};

/// What `/moderators add|remove` changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModeratorChange {
    /// Adds the role and/or member.
    Add,
    /// Removes them.
    Remove,
}

/// What a `moderation` job does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum ModerationStep {
    /// A moderator-only action was refused: one line in the log channel.
    Refused {
        /// The command or button (`/news`, `gift:detail`).
        what: String,
    },
    /// `/moderators add|remove|list` (`change: None` lists).
    Moderators {
        /// Add or remove; `None` lists.
        change: Option<ModeratorChange>,
        /// The role.
        role: Option<RoleId>,
        /// The member.
        member: Option<UserId>,
    },
    /// The `/news` form was submitted: keep the draft, ask for the channel.
    NewsDraft {
        /// Title.
        title: String,
        /// Body.
        body: String,
        /// The author's display name.
        author_name: String,
    },
    /// A translation was submitted for a draft.
    NewsTranslation {
        /// The news id.
        news_id: String,
        /// Its language tag.
        language: String,
        /// Title.
        title: String,
        /// Body.
        body: String,
    },
    /// The channel was picked: post it.
    NewsPost {
        /// The news id.
        news_id: String,
        /// Where.
        channel: ChannelId,
    },
}
