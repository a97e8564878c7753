//! The game API's shared budget on the store: the [`dwos_game::Gate`] every process's game
//! client passes, so all Lambdas (and `dwos serve`) together stay within the game's limit.

use async_trait::async_trait;
use dwos_game::{GameError, Gate};
use dwos_store::Store;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How much longer than the game's window a call counts against the budget.
const SEND_MARGIN: Duration = Duration::from_secs(2);

/// At most `limit` game API calls in any `window`, counted in the store.
#[derive(Clone)]
pub struct StoreGate {
    store: Store,
    limit: usize,
    window: Duration,
}

impl std::fmt::Debug for StoreGate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreGate").field("limit", &self.limit).field("window", &self.window).finish()
    }
}

impl StoreGate {
    /// A gate of `limit` calls per `window` on `store`.
    pub fn new(store: Store, limit: usize, window: Duration) -> Self {
        Self { store, limit, window }
    }
}

#[async_trait]
impl Gate for StoreGate {
    async fn try_admit(&self) -> Result<Option<Duration>, GameError> {
        let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
        let window_ms = self.longest_wait().as_millis() as i64;
        match self.store.admit_game_call(now_ms, self.limit, window_ms).await {
            Ok(wait) => Ok(wait.map(|ms| Duration::from_millis(ms.max(0) as u64))),
            // The budget cannot be read: do not call the game blind.
            Err(err) => {
                tracing::warn!(error = %err, "game API budget unavailable");
                Err(GameError::Unavailable)
            }
        }
    }

    async fn pause(&self, wait: Duration) {
        let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0);
        let until = now_ms.saturating_add(i64::try_from(wait.as_millis()).unwrap_or(i64::MAX));
        if let Err(err) = self.store.pause_game_calls(until).await {
            // This process pauses anyway; the others learn from their own 429s.
            tracing::warn!(error = %err, "cannot share the game's pause with other processes");
        }
    }

    /// The window the budget is counted over: a call is admitted here but seen by the game
    /// when it arrives, and two calls' trips can differ; counting each call a little longer
    /// than the game's window keeps any window of arrivals within the limit.
    fn longest_wait(&self) -> Duration {
        self.window + SEND_MARGIN
    }
}
