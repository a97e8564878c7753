//! The `interactions` Lambda: API Gateway (HTTP API) → signature check → inline reply or SQS.

use dwos_bus::SqsQueue;
use dwos_handlers::config::{HttpConfig, env_lookup};
use dwos_handlers::http::{AppState, system_clock};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    dwos_handlers::telemetry::init();
    let config = HttpConfig::from_lookup(&env_lookup)?;
    let catalog = Arc::new(dwos_i18n::Catalog::load()?);
    // Credentials resolve lazily on the first send: no network call during init.
    let sdk = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let queue = SqsQueue::new(aws_sdk_sqs::Client::new(&sdk), SqsQueue::urls_from(env_lookup));
    let state = AppState { config, catalog, queue: Arc::new(queue), clock: system_clock };
    lambda_http::run(dwos_handlers::router(Arc::new(state))).await
}
