//! The `housekeeping` Lambda: every 10 minutes, the rules re-posted when due, statistics
//! channels renamed, and members unseen for 180 days handed to the privacy worker.

use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use dwos_handlers::config::env_lookup;
use dwos_handlers::housekeeping::Housekeeping;
use lambda_runtime::{LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let housekeeping = Housekeeping::new(dwos_aws::worker_deps(&env_lookup).await?);
    lambda_runtime::run(service_fn(|event: LambdaEvent<EventBridgeEvent<serde_json::Value>>| {
        let housekeeping = &housekeeping;
        async move {
            // The schedule's time, not the clock: a retried invocation makes the same decisions.
            let now = event.payload.time.map_or_else(dwos_handlers::deps::now, |t| t.timestamp());
            housekeeping.run(now).await?;
            Ok::<(), lambda_runtime::Error>(())
        }
    }))
    .await
}
