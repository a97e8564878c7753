//! The `redeemer` Lambda: one gift code for one member per job. It never sleeps for the game's
//! budget: a job that finds none left goes back to the queue with a delay.

use std::time::Duration;

/// The worst record: a "Redeem for me" waiting for the budget (about a minute), or a search's
/// probes (3 x (2.2 s spacing + 10 s timeout)) with the call and its retry, then a summary edit
/// waiting out Discord's rate limits: a record is started only with this much of the 120 s left.
const REDEEM_RESERVE: Duration = Duration::from_secs(95);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Redeem, REDEEM_RESERVE).await
}
