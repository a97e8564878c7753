//! The `redeemer` Lambda: one gift code for one member per job. It never sleeps for the game's
//! budget: a job that finds none left goes back to the queue with a delay.

use std::time::Duration;

/// One game call (10 s timeout), the per-player spacing and the store: a record started with
/// this much left finishes.
const REDEEM_RESERVE: Duration = Duration::from_secs(20);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Redeem, REDEEM_RESERVE).await
}
