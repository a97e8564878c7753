//! The payloads of `community` jobs.

use dwos_core::ChannelId;
use serde::{Deserialize, Serialize};

/// What a `community` job does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum CommunityStep {
    /// `/ticket`: a private thread for the member and the moderators.
    OpenTicket {
        /// What it is about.
        subject: String,
    },
    /// `/close-ticket` or the Close button, in `channel` (the ticket's thread, or anywhere for
    /// one's own ticket).
    CloseTicket {
        /// Where it was asked.
        channel: Option<ChannelId>,
        /// The member moderates DWOS here (checked inline, where Discord's permissions are known).
        #[serde(default)]
        by_moderator: bool,
    },
    /// `/rules post`: the rules with "I accept", in `channel`.
    PostRules {
        /// Where.
        channel: ChannelId,
    },
    /// "I accept": recorded, and the rules' role given.
    AcceptRules,
}
