//! The `redeemer` Lambda: one gift code for one member per job. It never sleeps for the game's
//! budget: a job that finds none left goes back to the queue with a delay.

use std::time::Duration;

/// The worst record: a call (10 s timeout) after a member's short wait for the budget (20 s), a
/// search's probes (3 x (2.2 s spacing + 10 s)), the retry, then a log line and two summary edits
/// each waiting out Discord's rate limits (up to 30 s): a record is started only with this much
/// of the 180 s timeout left.
const REDEEM_RESERVE: Duration = Duration::from_secs(160);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Redeem, REDEEM_RESERVE).await
}
