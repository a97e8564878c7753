//! The `events` Lambda: SQS batches of `/event` jobs, failures reported per message.

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Events, dwos_bus::DEADLINE_RESERVE).await
}
