//! The `interactions` Lambda: API Gateway (HTTP API) → signature check → inline reply or SQS.
//! It links only what that takes: SQS, and DynamoDB reads for autocomplete; no game, no other SDK.

use aws_config::timeout::TimeoutConfig;
use dwos_bus::SqsQueue;
use dwos_handlers::config::{HttpConfig, env_lookup, table_name};
use dwos_handlers::http::system_clock;
use dwos_handlers::{AppState, ENQUEUE_TIMEOUT, FEATURES};
use dwos_store::{DynamoSettings, DynamoTable, Store};
use std::sync::Arc;
use std::time::Duration;

#[tokio::main]
async fn main() -> Result<(), lambda_http::Error> {
    dwos_handlers::telemetry::init();
    let config = HttpConfig::from_lookup(&env_lookup)?;
    let catalog = Arc::new(dwos_i18n::Catalog::load()?);
    // Every SQS call bounded, so a slow SQS still leaves time to tell the user within
    // Discord's 3 s; credentials resolve lazily on the first send (no call during init).
    let timeouts = TimeoutConfig::builder()
        .operation_timeout(Duration::from_millis(1400))
        .operation_attempt_timeout(Duration::from_millis(700))
        .connect_timeout(Duration::from_millis(500))
        .build();
    let sdk = aws_config::defaults(aws_config::BehaviorVersion::latest()).timeout_config(timeouts).load().await;
    let queue = Arc::new(SqsQueue::new(aws_sdk_sqs::Client::new(&sdk), SqsQueue::urls_from(env_lookup)));
    // Reads for autocomplete (a guild's events), moderator checks and news translations, under
    // the same bounded timeouts.
    let table = table_name(&env_lookup)?;
    let store = Store::new(Arc::new(DynamoTable::new(aws_sdk_dynamodb::Client::new(&sdk), DynamoSettings::new(table))));
    let state = AppState {
        config,
        catalog,
        queue,
        features: FEATURES,
        clock: system_clock,
        enqueue_timeout: ENQUEUE_TIMEOUT,
        store: Some(store),
    };
    lambda_http::run(dwos_handlers::router(Arc::new(state))).await
}
