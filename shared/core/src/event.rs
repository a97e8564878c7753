//! Domain events: facts other parts of DWOS (and other platforms) react to.

use crate::ids::{GuildId, UserId};
use serde::{Deserialize, Serialize};

/// What happened; also the EventBridge `detail-type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DomainEventKind {
    /// A user verified a game account.
    PlayerVerified,
    /// A user's game account link was removed.
    PlayerUnlinked,
    /// A moderator added a gift code.
    GiftCodeAdded,
    /// An event was scheduled.
    EventScheduled,
}

impl DomainEventKind {
    /// The name on the bus.
    pub fn as_str(self) -> &'static str {
        match self {
            DomainEventKind::PlayerVerified => "PlayerVerified",
            DomainEventKind::PlayerUnlinked => "PlayerUnlinked",
            DomainEventKind::GiftCodeAdded => "GiftCodeAdded",
            DomainEventKind::EventScheduled => "EventScheduled",
        }
    }
}

/// One domain event, as it travels (the EventBridge `detail`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DomainEvent {
    /// What happened.
    pub kind: DomainEventKind,
    /// Where.
    pub guild_id: Option<GuildId>,
    /// To whom.
    pub user_id: Option<UserId>,
    /// The interaction that caused it.
    pub correlation_id: String,
    /// Kind-specific facts.
    pub detail: serde_json::Value,
}

impl DomainEvent {
    /// An event of `kind`.
    pub fn new(
        kind: DomainEventKind,
        guild_id: Option<GuildId>,
        user_id: Option<UserId>,
        correlation_id: &str,
        detail: serde_json::Value,
    ) -> Self {
        Self { kind, guild_id, user_id, correlation_id: correlation_id.to_owned(), detail }
    }
}
