//! The payloads of `giftcode` and `redeem` jobs.

use dwos_core::UserId;
use dwos_core::model::GameId;
use serde::{Deserialize, Serialize};

/// What a `giftcode` job does.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum GiftcodeStep {
    /// `/giftcode add` (a moderator, checked inline): test, store, announce, fan out.
    Add {
        /// The normalised code.
        code: String,
        /// When the job first waited for the budget (Unix seconds), if it did.
        #[serde(default)]
        since: Option<i64>,
    },
    /// `/giftcode list`.
    List,
    /// `/giftcode auto`, or the question asked after verification.
    Auto {
        /// Redeem for me from now on, or stop.
        on: bool,
    },
    /// "Details" under a run's summary (moderators, checked inline).
    Detail {
        /// The code.
        code: String,
    },
}

/// One code for one member (a `redeem` job).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedeemJob {
    /// The normalised code.
    pub code: String,
    /// The member.
    pub user_id: UserId,
    /// Their player and state as the fan-out read them (`None`: read the member's link).
    #[serde(default)]
    pub player: Option<(GameId, u32)>,
    /// Part of the guild's run (its result is counted in the summary).
    #[serde(default)]
    pub run: bool,
    /// Times handed back after a transient failure (TOO FREQUENT, 429, 5xx, unreachable).
    #[serde(default)]
    pub cooldowns: u32,
    /// The player's state was searched for already (after a wrong-state answer).
    #[serde(default)]
    pub searched: bool,
    /// A search under way: the state found wrong, and how far the search order got.
    #[serde(default)]
    pub search: Option<(u32, u32)>,
}
