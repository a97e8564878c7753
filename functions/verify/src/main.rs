//! The `verify` Lambda: SQS batches of verification jobs (lookups, confirmations, moderation), failures reported per message.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use dwos_bus::handle_sqs_batch;
use dwos_core::JobKind;
use dwos_handlers::config::env_lookup;
use lambda_runtime::{LambdaEvent, service_fn};
use std::time::Duration;

/// A verification may wait for the game API's limiter (up to a minute) and its retries:
/// with less than this left of the 120 s timeout, a record is handed back, not started.
const VERIFY_RESERVE: Duration = Duration::from_secs(60);

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let deps = dwos_aws::worker_deps(&env_lookup).await?;
    let worker = dwos_handlers::worker(JobKind::Verify, &deps);
    let worker = worker.as_ref();
    lambda_runtime::run(service_fn(|event: LambdaEvent<SqsEvent>| async move {
        let deadline = event.context.deadline();
        let response = handle_sqs_batch(worker, event.payload, deadline, VERIFY_RESERVE).await;
        Ok::<SqsBatchResponse, lambda_runtime::Error>(response)
    }))
    .await
}
