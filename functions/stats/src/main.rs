//! The `stats` Lambda: SQS batches of `/stats` jobs, failures reported per message.

use aws_lambda_events::event::sqs::{SqsBatchResponse, SqsEvent};
use dwos_bus::handle_sqs_batch;
use dwos_discord::{RestClient, RetryPolicy};
use dwos_handlers::StatsWorker;
use dwos_handlers::config::{WorkerConfig, env_lookup, table_name};
use dwos_store::{DynamoSettings, DynamoTable, Store};
use lambda_runtime::{LambdaEvent, service_fn};
use std::sync::Arc;

#[tokio::main]
async fn main() -> Result<(), lambda_runtime::Error> {
    dwos_handlers::telemetry::init();
    let config = WorkerConfig::from_lookup(&env_lookup);
    let token = config.resolve_token().await?;
    let rest = RestClient::new(&config.api_base, token, RetryPolicy::default())?;
    let sdk = aws_config::load_defaults(aws_config::BehaviorVersion::latest()).await;
    let dynamo = aws_sdk_dynamodb::Client::new(&sdk);
    let table = DynamoTable::new(dynamo, DynamoSettings::new(table_name(&env_lookup)?));
    let catalog = Arc::new(dwos_i18n::Catalog::load()?);
    let worker = StatsWorker::new(rest, catalog, Store::new(Arc::new(table)));
    lambda_runtime::run(service_fn(|event: LambdaEvent<SqsEvent>| async {
        Ok::<SqsBatchResponse, lambda_runtime::Error>(
            handle_sqs_batch(&worker, event.payload).await,
        )
    }))
    .await
}
