//! The game API port: what DWOS asks of the game, so tests and handlers need not name
//! [`GameClient`].

use crate::client::GameClient;
use crate::giftcode::{RedeemOutcome, StateCheck, StateSearch};
use crate::outcome::GameError;
use async_trait::async_trait;
use dwos_core::JobError;
use dwos_core::model::GameId;

/// The game as DWOS uses it: the gift-code door, also as a state probe.
#[async_trait]
pub trait GameApi: Send + Sync {
    /// Whether player `fid` is in `state` (the never-valid-code probe).
    async fn check(&self, fid: GameId, state: u32) -> Result<StateCheck, GameError>;

    /// Redeems `code` for player `fid` in `state`.
    async fn redeem(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError>;

    /// One attempt at redeeming, not waiting for the budget ([`GameError::Busy`]) nor retrying.
    async fn redeem_now(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError>;

    /// Looks for the state player `fid` is in: `candidates` first, then around `last_known`, nearest
    /// first, from position `from` of that order, at most `max_probes` calls.
    async fn find_state(
        &self,
        fid: GameId,
        candidates: &[u32],
        last_known: Option<u32>,
        from: u32,
        max_probes: u32,
    ) -> Result<StateSearch, GameError>;
}

#[async_trait]
impl GameApi for GameClient {
    async fn check(&self, fid: GameId, state: u32) -> Result<StateCheck, GameError> {
        GameClient::check(self, fid, state).await
    }

    async fn redeem(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError> {
        GameClient::redeem(self, code, fid, state).await
    }

    async fn redeem_now(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError> {
        GameClient::redeem_now(self, code, fid, state).await
    }

    async fn find_state(
        &self,
        fid: GameId,
        candidates: &[u32],
        last_known: Option<u32>,
        from: u32,
        max_probes: u32,
    ) -> Result<StateSearch, GameError> {
        GameClient::find_state(self, fid, candidates, last_known, from, max_probes).await
    }
}

impl From<GameError> for JobError {
    fn from(err: GameError) -> Self {
        if err.is_transient() { JobError::Retry(err.to_string()) } else { JobError::Permanent(err.to_string()) }
    }
}
