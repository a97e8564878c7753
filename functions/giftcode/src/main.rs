//! The `giftcode` Lambda: SQS batches of `/giftcode` jobs; a new code's test redemption, its
//! announcement and its fan-out to every opted-in member.

use std::time::Duration;

/// The test redemption may wait for the shared game budget (about a minute) and its retries:
/// with less than this left of the 180 s timeout, a record is handed back, not started.
const GIFTCODE_RESERVE: Duration = Duration::from_secs(90);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Giftcode, GIFTCODE_RESERVE).await
}
