//! The `privacy` Lambda: a member's data export (a JSON file on their private reply) and erasure.

use std::time::Duration;

/// An erasure takes roles and nicknames back in every server (each call may wait out Discord's
/// rate limits): a record is started only with this much of the 120 s timeout left.
const PRIVACY_RESERVE: Duration = Duration::from_secs(90);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Privacy, PRIVACY_RESERVE).await
}
