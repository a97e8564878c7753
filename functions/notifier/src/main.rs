//! The `notifier` Lambda: SQS batches of reminder posts (each posted once), failures reported per message.

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_aws::run_sqs_worker(dwos_core::JobKind::Notify, dwos_bus::DEADLINE_RESERVE).await
}
