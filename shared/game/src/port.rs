//! The game API port: what DWOS asks of the game, so tests and handlers need not name
//! [`GameClient`].

use crate::client::{GameClient, Player};
use crate::giftcode::{RedeemOutcome, StateCheck};
use crate::outcome::GameError;
use async_trait::async_trait;
use dwos_core::JobError;
use dwos_core::model::GameId;

/// The game as DWOS uses it.
#[async_trait]
pub trait GameApi: Send + Sync {
    /// A player's public profile.
    async fn player(&self, fid: GameId) -> Result<Player, GameError>;

    /// Whether player `fid` is in `state` (the never-valid-code probe).
    async fn check(&self, fid: GameId, state: u32) -> Result<StateCheck, GameError>;

    /// Redeems `code` for player `fid` in `state`.
    async fn redeem(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError>;

    /// The state player `fid` is in: `candidates` first, then around `last_known`, nearest first.
    async fn find_state(
        &self,
        fid: GameId,
        candidates: &[u32],
        last_known: Option<u32>,
    ) -> Result<Option<u32>, GameError>;
}

#[async_trait]
impl GameApi for GameClient {
    async fn player(&self, fid: GameId) -> Result<Player, GameError> {
        GameClient::player(self, fid).await
    }

    async fn check(&self, fid: GameId, state: u32) -> Result<StateCheck, GameError> {
        GameClient::check(self, fid, state).await
    }

    async fn redeem(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError> {
        GameClient::redeem(self, code, fid, state).await
    }

    async fn find_state(
        &self,
        fid: GameId,
        candidates: &[u32],
        last_known: Option<u32>,
    ) -> Result<Option<u32>, GameError> {
        GameClient::find_state(self, fid, candidates, last_known).await
    }
}

impl From<GameError> for JobError {
    fn from(err: GameError) -> Self {
        if err.is_transient() { JobError::Retry(err.to_string()) } else { JobError::Permanent(err.to_string()) }
    }
}
