//! The `moderation` Lambda: SQS batches of `/moderators` and `/news` jobs and refusal log lines.

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Moderation, dwos_bus::DEADLINE_RESERVE).await
}
