//! The `community` Lambda: tickets, posting the rules and "I accept".

use std::time::Duration;

/// A ticket makes a thread and adds the moderators (each call may wait out a rate limit): a
/// record is started only with this much of the 60 s left.
const COMMUNITY_RESERVE: Duration = Duration::from_secs(40);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Community, COMMUNITY_RESERVE).await
}
