//! The `moderation` Lambda: SQS batches of `/moderators` and `/news` jobs and refusal log lines.

use std::time::Duration;

/// A post may wait out Discord's rate limits (up to 3 x 10 s): a record is started only with
/// this much of the 60 s timeout left, so none is cut off between posting and storing it.
const MODERATION_RESERVE: Duration = Duration::from_secs(35);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Moderation, MODERATION_RESERVE).await
}
