//! The gate every game API call of every process passes: the game limits each client (about
//! 30 requests a minute), and several Lambdas (or `dwos serve` and a CLI) share that budget.

use crate::outcome::GameError;
use async_trait::async_trait;
use std::time::Duration;

/// A budget of game API calls shared across processes (a record in the table on AWS, the
/// same record in SQLite locally).
#[async_trait]
pub trait Gate: Send + Sync + std::fmt::Debug {
    /// Takes one call from the budget: `None` when it may go now, `Some(wait)` when the
    /// budget is spent and the next call may go after `wait`.
    async fn try_admit(&self) -> Result<Option<Duration>, GameError>;

    /// The longest a caller can have to wait for a call: the window the budget is counted over.
    fn longest_wait(&self) -> Duration;

    /// Holds every process's calls for `wait` (the game answered 429 with a `Retry-After`).
    async fn pause(&self, wait: Duration) {
        let _ = wait;
    }
}

/// Waits until `gate` admits a call; a wait longer than the gate's window (another process
/// holding the budget for longer) is not slept through in process, a Lambda hands its job
/// back instead: [`GameError::RateLimited`].
pub async fn admit(gate: &dyn Gate) -> Result<(), GameError> {
    let max_wait = gate.longest_wait();
    let mut waited = Duration::ZERO;
    loop {
        let Some(wait) = gate.try_admit().await? else { return Ok(()) };
        if waited + wait > max_wait {
            return Err(GameError::RateLimited);
        }
        tokio::time::sleep(wait).await;
        waited += wait;
    }
}
