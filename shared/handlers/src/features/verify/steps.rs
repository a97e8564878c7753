//! What a `verify` job does: the payload of its envelopes.

use serde::{Deserialize, Serialize};

/// What a `verify` job does (its envelope's payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum VerifyStep {
    /// Look the id up and ask "is this you?".
    Lookup {
        /// The game id typed in the modal.
        game_id: dwos_core::model::GameId,
    },
    /// The user confirmed: link, give the role, set the nickname.
    Confirm {
        /// The game id on the button.
        game_id: dwos_core::model::GameId,
    },
    /// `/reverify`: refresh the stored link from the game.
    Refresh,
    /// `/setup`: save the guild's settings and post the verification panel.
    Setup {
        /// The moderator is an Administrator (may pick a role above their own).
        #[serde(default)]
        by_admin: bool,
        /// The Verified role, if given.
        role: Option<dwos_core::RoleId>,
        /// The log channel, if given.
        log_channel: Option<dwos_core::ChannelId>,
        /// The default language tag, if given.
        language: Option<String>,
    },
    /// The verified user chose an alliance (or none, or another state).
    Alliance {
        /// What they chose.
        choice: AllianceChoice,
    },
    /// A moderator approved a member's R5 claim.
    ApproveLeader {
        /// The alliance.
        tag: String,
        /// The member who claimed R5.
        member: dwos_core::UserId,
        /// The seat version the claim was made against (`None` from older buttons: unchecked).
        #[serde(default)]
        seat: Option<u64>,
    },
    /// `/unlink`: a moderator frees a member's game id.
    Unlink {
        /// The member to unlink.
        member: dwos_core::UserId,
    },
}

/// A verified user's answer to "which alliance are you in?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AllianceChoice {
    /// In an alliance of this guild (created if new), at a rank.
    Join {
        /// The alliance tag.
        tag: String,
        /// The claimed rank.
        rank: dwos_core::model::Rank,
    },
    /// In no alliance.
    NoAlliance,
    /// From another state.
    OtherState,
}
