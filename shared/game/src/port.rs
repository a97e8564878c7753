//! The game API port: what DWOS asks of the game, so tests and handlers need not name
//! [`GameClient`].

use crate::client::{GameClient, Player};
use crate::outcome::GameError;
use async_trait::async_trait;
use dwos_core::JobError;
use dwos_core::model::GameId;

/// The game as DWOS uses it.
#[async_trait]
pub trait GameApi: Send + Sync {
    /// A player's public profile.
    async fn player(&self, fid: GameId) -> Result<Player, GameError>;
}

#[async_trait]
impl GameApi for GameClient {
    async fn player(&self, fid: GameId) -> Result<Player, GameError> {
        GameClient::player(self, fid).await
    }
}

impl From<GameError> for JobError {
    fn from(err: GameError) -> Self {
        if err.is_transient() { JobError::Retry(err.to_string()) } else { JobError::Permanent(err.to_string()) }
    }
}
