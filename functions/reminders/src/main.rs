//! The `reminders` Lambda: an EventBridge `rate(1 minute)` schedule runs the reminder sweep,
//! which enqueues each due reminder once on the notify queue.

use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use dwos_bus::SqsQueue;
use dwos_handlers::config::env_lookup;
use dwos_handlers::features::events::Sweeper;
use lambda_runtime::{LambdaEvent, service_fn};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let deps = dwos_aws::worker_deps(&env_lookup).await?;
    let sdk = aws_config::defaults(aws_config::BehaviorVersion::latest()).load().await;
    let queue = Arc::new(SqsQueue::new(aws_sdk_sqs::Client::new(&sdk), SqsQueue::urls_from(env_lookup)));
    let sweeper = Sweeper::new(deps, queue);
    lambda_runtime::run(service_fn(|event: LambdaEvent<EventBridgeEvent<serde_json::Value>>| {
        let sweeper = &sweeper;
        async move {
            // The clock, not the schedule's time: a retried invocation hours later must not
            // sweep "as of" then (the marker and the catch-up window cover the minutes between).
            let _ = event;
            sweeper.run(dwos_handlers::deps::now()).await?;
            Ok::<(), lambda_runtime::Error>(())
        }
    }))
    .await
}
