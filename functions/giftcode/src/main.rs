//! The `giftcode` Lambda: SQS batches of `/giftcode` jobs; a new code's test redemption, its
//! announcement and its fan-out to every opted-in member.

use std::time::Duration;

/// The test redemption never waits for the budget (the job goes back to the queue instead), but
/// one call (10 s), the announcement's posts (Discord's rate limits, up to 3 x 10 s) and the
/// fan-out's batches must fit: a record is started only with this much of the 60 s left.
const GIFTCODE_RESERVE: Duration = Duration::from_secs(45);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Giftcode, GIFTCODE_RESERVE).await
}
