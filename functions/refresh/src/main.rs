//! The `refresh` Lambda: an EventBridge schedule re-reads stale verified players.

use aws_lambda_events::event::eventbridge::EventBridgeEvent;
use dwos_handlers::config::env_lookup;
use dwos_handlers::features::verify::Refresher;
use lambda_runtime::{LambdaEvent, service_fn};

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let budget = dwos_handlers::config::refresh_budget(&env_lookup)?;
    let refresher = Refresher::new(dwos_aws::worker_deps(&env_lookup).await?);
    lambda_runtime::run(service_fn(|event: LambdaEvent<EventBridgeEvent<serde_json::Value>>| {
        let refresher = &refresher;
        async move {
            // The schedule's time, not the clock: a delayed invocation still picks the right players.
            let now = event.payload.time.map_or_else(dwos_handlers::deps::now, |t| t.timestamp());
            refresher.run(now, budget).await?;
            Ok::<(), lambda_runtime::Error>(())
        }
    }))
    .await
}
