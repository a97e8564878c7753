//! The `verify` Lambda: SQS batches of verification jobs (checks, linking, moderation), failures reported per message.

use std::time::Duration;

/// A verification may wait for the game API's limiter (up to a minute) and its retries:
/// with less than this left of the 120 s timeout, a record is handed back, not started.
const VERIFY_RESERVE: Duration = Duration::from_secs(60);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Verify, VERIFY_RESERVE).await
}
