//! What an `alliance` job does: the payload of its envelopes.

use super::ids::RosterSort;
use dwos_core::UserId;
use dwos_core::model::Rank;
use serde::{Deserialize, Serialize};

/// A member's answer to "which alliance are you in?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Pick {
    /// This alliance: a request to its officers (or its lead, if nobody is in it).
    Alliance {
        /// The alliance tag.
        tag: String,
    },
    /// In no alliance.
    NoAlliance,
    /// From another state.
    OtherState,
}

/// What an `alliance` job does (its envelope's payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum AllianceStep {
    /// `/alliance create` (or the form after verification): the creator leads it.
    Create {
        /// The tag, checked inline.
        tag: String,
        /// The full name, checked inline.
        name: String,
    },
    /// `/alliance join`: the select of this server's alliances.
    JoinMenu,
    /// The member picked an alliance (or none, or another state).
    Pick {
        /// What they picked.
        pick: Pick,
    },
    /// An officer answered a join request.
    Answer {
        /// The alliance.
        tag: String,
        /// Who asked.
        member: UserId,
        /// Let them in.
        approve: bool,
        /// The presser moderates the server (from the interaction's permissions and roles).
        #[serde(default)]
        by_moderator: bool,
    },
    /// `/alliance leave`.
    Leave,
    /// `/alliance kick`.
    Kick {
        /// Who goes.
        member: UserId,
    },
    /// `/alliance rank`.
    SetRank {
        /// Whose rank changes.
        member: UserId,
        /// To what (R1–R4).
        rank: Rank,
    },
    /// `/alliance transfer`: asks the R5 to confirm.
    TransferAsk {
        /// The new R5.
        member: UserId,
    },
    /// The R5 confirmed a transfer.
    Transfer {
        /// The alliance.
        tag: String,
        /// The new R5.
        member: UserId,
        /// The seat's version when asked.
        seat: u64,
    },
    /// `/alliance dissolve`: asks the R5 to confirm.
    DissolveAsk,
    /// The R5 confirmed a dissolution.
    Dissolve {
        /// The alliance.
        tag: String,
        /// Delete its channels too.
        delete_channels: bool,
    },
    /// `/alliance info`.
    Info {
        /// The alliance (`None`: the member's own).
        #[serde(default)]
        tag: Option<String>,
    },
    /// `/alliance roster`, one page of it.
    Roster {
        /// The alliance (`None`: the member's own).
        #[serde(default)]
        tag: Option<String>,
        /// The order.
        #[serde(default)]
        sort: RosterSort,
        /// The page, from 0.
        #[serde(default)]
        page: usize,
    },
}
