//! The `interactions` Lambda: API Gateway (HTTP API) → signature check → inline reply or SQS.

use dwos_handlers::config::{HttpConfig, env_lookup};
use dwos_handlers::http::system_clock;
use dwos_handlers::{AppState, ENQUEUE_TIMEOUT, FEATURES};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    dwos_handlers::telemetry::init();
    let config = HttpConfig::from_lookup(&env_lookup)?;
    let catalog = Arc::new(dwos_i18n::Catalog::load()?);
    let queue = Arc::new(dwos_aws::interactions_queue(env_lookup).await);
    let state =
        AppState { config, catalog, queue, features: FEATURES, clock: system_clock, enqueue_timeout: ENQUEUE_TIMEOUT };
    lambda_http::run(dwos_handlers::router(Arc::new(state))).await
}
