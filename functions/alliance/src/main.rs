//! The `alliance` Lambda: `/alliance` jobs, join requests, roles and channels, succession.

use std::time::Duration;

/// A dissolution resets every member's nickname and deletes roles and channels (each call may
/// wait out Discord's rate limits): a record is started only with this much of the 120 s left.
const ALLIANCE_RESERVE: Duration = Duration::from_secs(90);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Alliance, ALLIANCE_RESERVE).await
}
