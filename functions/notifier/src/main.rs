//! The `notifier` Lambda: SQS batches of reminder posts (nonce-deduplicated), failures reported per message.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use dwos_bus::{DEADLINE_RESERVE, handle_sqs_batch};
use dwos_core::JobKind;
use dwos_handlers::config::env_lookup;
use lambda_runtime::{LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let deps = dwos_aws::worker_deps(&env_lookup).await?;
    let worker = dwos_handlers::worker(JobKind::Notify, &deps);
    let worker = worker.as_ref();
    lambda_runtime::run(service_fn(|event: LambdaEvent<SqsEvent>| async move {
        let deadline = event.context.deadline();
        let response = handle_sqs_batch(worker, event.payload, deadline, DEADLINE_RESERVE).await;
        Ok::<SqsBatchResponse, lambda_runtime::Error>(response)
    }))
    .await
}
