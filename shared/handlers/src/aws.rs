//! Wiring for the worker Lambdas: every dependency built from the environment that
//! template.yaml sets, once per cold start.

use crate::WorkerDeps;
use crate::config::{API_BASE, ConfigError, GAME_API_BASE, WorkerConfig, event_bus_name, game_settings, table_name};
use dwos_bus::EventBridgePublisher;
use dwos_discord::{RestClient, RetryPolicy};
use dwos_game::GameClient;
use dwos_i18n::Catalog;
use dwos_store::{DynamoSettings, DynamoTable, Store};
use std::sync::Arc;

/// A worker Lambda's dependencies: DynamoDB store, Discord REST with the bot token
/// from Secrets Manager, the game API client and the catalog.
pub async fn worker_deps(lookup: &impl Fn(&str) -> Option<String>) -> Result<WorkerDeps, ConfigError> {
    let config = WorkerConfig::from_lookup(lookup);
    let token = config.resolve_token().await?;
    let rest = RestClient::new(&config.api_base, token, RetryPolicy::default()).map_err(|e| invalid(API_BASE, e))?;
    let sdk = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let table = DynamoTable::new(aws_sdk_dynamodb::Client::new(&sdk), DynamoSettings::new(table_name(lookup)?));
    let catalog = Catalog::load().map_err(|e| invalid("locales", e))?;
    let game = GameClient::new(game_settings(lookup)?).map_err(|e| invalid(GAME_API_BASE, e))?;
    let events = EventBridgePublisher::new(aws_sdk_eventbridge::Client::new(&sdk), event_bus_name(lookup)?);
    Ok(WorkerDeps {
        rest,
        catalog: Arc::new(catalog),
        store: Store::new(Arc::new(table)),
        game: Arc::new(game),
        events: Arc::new(events),
    })
}

fn invalid(name: &'static str, err: impl std::fmt::Display) -> ConfigError {
    ConfigError::Invalid { name, reason: err.to_string() }
}
