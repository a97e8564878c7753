//! What a `verify` job does: the payload of its envelopes.

use serde::{Deserialize, Serialize};

/// The `/setup` options given (only those change).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetupChanges {
    /// The Verified role.
    pub role: Option<dwos_core::RoleId>,
    /// The log channel.
    pub log_channel: Option<dwos_core::ChannelId>,
    /// The default language tag.
    pub language: Option<String>,
    /// The server's home state.
    #[serde(default)]
    pub home_state: Option<u32>,
    /// Where gift codes are announced.
    #[serde(default)]
    pub giftcode_channel: Option<dwos_core::ChannelId>,
    /// The player new gift codes are tried for first.
    #[serde(default)]
    pub test_player: Option<dwos_core::model::GameId>,
    /// Make the statistics channels.
    #[serde(default)]
    pub stats: bool,
}

/// What a `verify` job does (its envelope's payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum VerifyStep {
    /// The verification form: check id and state with the game; on a match link the player, give
    /// the role, set the nickname and ask the furnace level.
    Lookup {
        /// The game id typed.
        game_id: dwos_core::model::GameId,
        /// The state typed (`None`: the guild's home state).
        #[serde(default)]
        state: Option<u32>,
        /// The in-game name typed (declared, not checked: the game no longer tells names).
        #[serde(default)]
        name: String,
    },
    /// The declared furnace level (`None`: skipped); then the alliance question.
    Furnace {
        /// Raw level (`stove_lv` scale).
        level: Option<u32>,
    },
    /// `/reverify`: check the stored id and state with the game again.
    Refresh,
    /// `/setup`: save the guild's settings and post the verification panel.
    Setup {
        /// The moderator is an Administrator (may pick a role above their own).
        #[serde(default)]
        by_admin: bool,
        /// The options given.
        #[serde(flatten)]
        changes: SetupChanges,
    },
    /// `/unlink`: a moderator frees a member's game id.
    Unlink {
        /// The member to unlink.
        member: dwos_core::UserId,
    },
}
