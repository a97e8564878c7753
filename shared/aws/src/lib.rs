//! The AWS wiring of the worker Lambdas: adapters built from the environment that
//! template.yaml sets, once per cold start. Nothing here holds logic a test would want to
//! reach. (The interactions function wires its one SQS client itself, to stay small.)

use aws_config::timeout::TimeoutConfig;
use dwos_bus::{EventBridgePublisher, SqsQueue};
use dwos_discord::{BotToken, RestClient, RetryPolicy};
use dwos_game::GameClient;
use dwos_handlers::WorkerDeps;
use dwos_handlers::config::{
    API_BASE, ConfigError, GAME_API_BASE, TokenSource, WorkerConfig, event_bus_name, game_settings, table_name,
};
use dwos_handlers::game_gate::StoreGate;
use dwos_i18n::Catalog;
use dwos_store::{DynamoSettings, DynamoTable, Store};
use std::sync::Arc;
use std::time::Duration;

/// A worker Lambda's dependencies: DynamoDB store, Discord REST with the bot token from
/// Secrets Manager, the game API client, EventBridge and the catalog.
pub async fn worker_deps(lookup: &impl Fn(&str) -> Option<String>) -> Result<WorkerDeps, ConfigError> {
    let config = WorkerConfig::from_lookup(lookup);
    // Bounded calls: a hung DynamoDB or EventBridge call fails (and is retried) instead of
    // running into the function's timeout.
    let timeouts = TimeoutConfig::builder()
        .operation_timeout(Duration::from_secs(10))
        .operation_attempt_timeout(Duration::from_secs(3))
        .connect_timeout(Duration::from_secs(2))
        .build();
    let sdk = aws_config::defaults(aws_config::BehaviorVersion::latest()).timeout_config(timeouts).load().await;
    let token = bot_token(&config, &sdk).await?;
    let rest = RestClient::new(&config.api_base, token, RetryPolicy::default()).map_err(|e| invalid(API_BASE, e))?;
    let table = DynamoTable::new(aws_sdk_dynamodb::Client::new(&sdk), DynamoSettings::new(table_name(lookup)?));
    let catalog = Catalog::load().map_err(|e| invalid("locales", e))?;
    let store = Store::new(Arc::new(table));
    let settings = game_settings(lookup)?;
    // Every function instance takes its game API calls from one budget in the table.
    let gate = Arc::new(StoreGate::new(store.clone(), settings.max_requests, settings.window));
    let game = GameClient::new(settings).map_err(|e| invalid(GAME_API_BASE, e))?.with_gate(gate);
    let events = EventBridgePublisher::new(aws_sdk_eventbridge::Client::new(&sdk), event_bus_name(lookup)?);
    // The queues this function sends to are the `*_QUEUE_URL` variables the template gives it.
    let queue = SqsQueue::new(aws_sdk_sqs::Client::new(&sdk), SqsQueue::urls_from(lookup));
    Ok(WorkerDeps {
        rest: Arc::new(rest),
        catalog: Arc::new(catalog),
        store,
        game: Arc::new(game),
        events: Arc::new(events),
        queue: Arc::new(queue),
    })
}

/// The whole `main` of a queue worker Lambda: dependencies from the environment, the worker for
/// `kind`, SQS batches with partial failures, no record started with less than `reserve` left.
pub async fn run_sqs_worker(kind: dwos_core::JobKind, reserve: Duration) -> Result<(), lambda_runtime::Error> {
    use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
    use lambda_runtime::{LambdaEvent, service_fn};
    dwos_handlers::telemetry::init();
    let deps = worker_deps(&dwos_handlers::config::env_lookup).await?;
    let worker = dwos_handlers::worker(kind, &deps);
    let worker = worker.as_ref();
    lambda_runtime::run(service_fn(|event: LambdaEvent<SqsEvent>| async move {
        let deadline = event.context.deadline();
        let response = dwos_bus::handle_sqs_batch(worker, event.payload, deadline, reserve).await;
        Ok::<SqsBatchResponse, lambda_runtime::Error>(response)
    }))
    .await
}

/// The bot token, read from Secrets Manager when configured that way.
async fn bot_token(config: &WorkerConfig, sdk: &aws_config::SdkConfig) -> Result<Option<BotToken>, ConfigError> {
    let TokenSource::Secret(id) = &config.bot_token else { return Ok(config.given_token()) };
    let secret = aws_sdk_secretsmanager::Client::new(sdk)
        .get_secret_value()
        .secret_id(id)
        .send()
        .await
        .map_err(|e| ConfigError::Secret(aws_sdk_secretsmanager::error::DisplayErrorContext(e).to_string()))?;
    let token = secret.secret_string().ok_or_else(|| ConfigError::Secret("the secret has no string value".into()))?;
    Ok(Some(BotToken::new(token)))
}

fn invalid(name: &'static str, err: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid { name, reason: err.to_string() }
}
