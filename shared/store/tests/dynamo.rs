//! The conformance suite on the DynamoDB adapter, against moto's server (started by
//! scripts/test.sh, which sets DWOS_TEST_AWS_ENDPOINT), on a table created exactly as
//! template.yaml defines it; plus fault handling against a wiremock DynamoDB.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_dynamodb::types::{
    AttributeDefinition, BillingMode, GlobalSecondaryIndex, KeySchemaElement, KeyType, Projection, ProjectionType,
    ScalarAttributeType,
};
use dwos_store::dynamo::{PK, SK, TTL, USER_INDEX, USER_PK, USER_SK};
use dwos_store::{Condition, DynamoSettings, DynamoTable, Index, Item, Key, Store, StoreError, Table, Write};
use serde_norway::Value;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

fn endpoint() -> String {
    std::env::var("DWOS_TEST_AWS_ENDPOINT")
        .expect("DWOS_TEST_AWS_ENDPOINT is not set: run `bash scripts/test.sh`, which starts moto")
}

fn client(endpoint: &str) -> Client {
    let config = aws_sdk_dynamodb::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(endpoint)
        .region(Region::new("us-east-1"))
        .credentials_provider(Credentials::new("test", "test", None, None, "tests"))
        .retry_config(
            aws_sdk_dynamodb::config::retry::RetryConfig::standard()
                .with_max_attempts(3)
                .with_initial_backoff(Duration::from_millis(5)),
        )
        .build();
    Client::from_conf(config)
}

/// template.yaml's `Table` properties.
fn template_table() -> Value {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../template.yaml")).unwrap();
    let template: Value = serde_norway::from_str(&text).unwrap();
    template["Resources"]["Table"]["Properties"].clone()
}

fn key_schema(value: &Value) -> Vec<KeySchemaElement> {
    value
        .as_sequence()
        .unwrap()
        .iter()
        .map(|k| {
            KeySchemaElement::builder()
                .attribute_name(k["AttributeName"].as_str().unwrap())
                .key_type(KeyType::from(k["KeyType"].as_str().unwrap()))
                .build()
                .unwrap()
        })
        .collect()
}

/// Creates a fresh table named uniquely, defined by template.yaml.
async fn create_table(client: &Client) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    // nextest runs each test in its own process and process ids come back: the clock keeps a
    // reused id from landing on a table (and its data) an earlier test left on the same moto.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let name = format!("dwos-test-{}-{nanos}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let props = template_table();
    let definitions = props["AttributeDefinitions"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|a| {
            AttributeDefinition::builder()
                .attribute_name(a["AttributeName"].as_str().unwrap())
                .attribute_type(ScalarAttributeType::from(a["AttributeType"].as_str().unwrap()))
                .build()
                .unwrap()
        })
        .collect();
    let indexes = props["GlobalSecondaryIndexes"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|g| {
            GlobalSecondaryIndex::builder()
                .index_name(g["IndexName"].as_str().unwrap())
                .set_key_schema(Some(key_schema(&g["KeySchema"])))
                .projection(Projection::builder().projection_type(ProjectionType::All).build())
                .build()
                .unwrap()
        })
        .collect();
    client
        .create_table()
        .table_name(&name)
        .set_attribute_definitions(Some(definitions))
        .set_key_schema(Some(key_schema(&props["KeySchema"])))
        .set_global_secondary_indexes(Some(indexes))
        .billing_mode(BillingMode::from(props["BillingMode"].as_str().unwrap()))
        .send()
        .await
        .unwrap();
    name
}

async fn table_with(settings: impl FnOnce(String) -> DynamoSettings) -> DynamoTable {
    let client = client(&endpoint());
    let name = create_table(&client).await;
    DynamoTable::new(client, settings(name))
}

async fn store() -> (Store, ()) {
    (Store::new(Arc::new(table_with(DynamoSettings::new).await)), ())
}

dwos_store::conformance_tests!(store);

#[test]
fn the_adapter_uses_the_templates_key_schema() {
    let props = template_table();
    let names = |v: &Value| -> Vec<String> {
        v.as_sequence().unwrap().iter().map(|k| k["AttributeName"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(names(&props["KeySchema"]), [PK, SK]);
    let gsi = &props["GlobalSecondaryIndexes"][0];
    assert_eq!(gsi["IndexName"].as_str(), Some(USER_INDEX));
    assert_eq!(names(&gsi["KeySchema"]), [USER_PK, USER_SK]);
    assert_eq!(gsi["Projection"]["ProjectionType"].as_str(), Some("ALL"), "export reads whole records from the index");
    assert_eq!(props["TimeToLiveSpecification"]["AttributeName"].as_str(), Some(TTL));
    assert_eq!(props["TimeToLiveSpecification"]["Enabled"].as_bool(), Some(true));
}

#[tokio::test]
async fn queries_follow_last_evaluated_key_across_pages() {
    let table = table_with(|name| DynamoSettings { page_limit: Some(2), ..DynamoSettings::new(name) }).await;
    let writes = (0..7)
        .map(|i| {
            let item = Item {
                key: Key::new("PAGED", format!("ITEM#{i}")),
                user_key: Some(Key::new("USER#1", format!("PAGED#{i}"))),
                expires_at: None,
                version: None,
                body: serde_json::json!({ "i": i }),
            };
            Write::Put(item, Condition::Always)
        })
        .collect();
    table.batch_write(writes).await.unwrap();
    let items = table.query(Index::Primary, "PAGED", "ITEM#").await.unwrap();
    assert_eq!(items.iter().map(|i| i.body["i"].as_i64().unwrap()).collect::<Vec<_>>(), [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(table.query(Index::User, "USER#1", "PAGED#").await.unwrap().len(), 7);
}

mod faults {
    //! A wiremock standing in for DynamoDB's JSON protocol.

    use super::*;
    use wiremock::matchers::{header, method};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn json(body: serde_json::Value) -> ResponseTemplate {
        ResponseTemplate::new(200).insert_header("content-type", "application/x-amz-json-1.0").set_body_json(body)
    }

    fn item_write() -> Write {
        let item = Item {
            key: Key::new("A", "B"),
            user_key: None,
            expires_at: None,
            version: None,
            body: serde_json::json!({}),
        };
        Write::Put(item, Condition::Always)
    }

    #[tokio::test]
    async fn unprocessed_items_are_retried_until_written() {
        let server = MockServer::start().await;
        let target = || header("x-amz-target", "DynamoDB_20120810.BatchWriteItem");
        let unprocessed = serde_json::json!({ "UnprocessedItems": { "t": [
            { "PutRequest": { "Item": { "pk": { "S": "A" }, "sk": { "S": "B" } } } }
        ] } });
        Mock::given(method("POST"))
            .and(target())
            .respond_with(json(unprocessed))
            .up_to_n_times(2)
            .expect(2)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(target())
            .respond_with(json(serde_json::json!({ "UnprocessedItems": {} })))
            .expect(1)
            .mount(&server)
            .await;
        let settings = DynamoSettings { batch_backoff: Duration::from_millis(1), ..DynamoSettings::new("t") };
        let table = DynamoTable::new(client(&server.uri()), settings);
        table.batch_write(vec![item_write()]).await.unwrap();
    }

    #[tokio::test]
    async fn items_never_processed_surface_as_throttled() {
        let server = MockServer::start().await;
        let unprocessed = serde_json::json!({ "UnprocessedItems": { "t": [
            { "PutRequest": { "Item": { "pk": { "S": "A" }, "sk": { "S": "B" } } } }
        ] } });
        Mock::given(method("POST")).respond_with(json(unprocessed)).expect(3).mount(&server).await;
        let settings =
            DynamoSettings { batch_retries: 2, batch_backoff: Duration::from_millis(1), ..DynamoSettings::new("t") };
        let table = DynamoTable::new(client(&server.uri()), settings);
        assert!(matches!(table.batch_write(vec![item_write()]).await, Err(StoreError::Throttled)));
    }

    #[tokio::test]
    async fn a_transaction_cancelled_by_a_conflict_is_transient_not_a_failed_condition() {
        let server = MockServer::start().await;
        let target = |operation: &'static str| header("x-amz-target", operation);
        // The link reads the previous link (none) and registers the guild before its transaction.
        Mock::given(method("POST"))
            .and(target("DynamoDB_20120810.GetItem"))
            .respond_with(json(serde_json::json!({})))
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(target("DynamoDB_20120810.PutItem"))
            .respond_with(json(serde_json::json!({})))
            .mount(&server)
            .await;
        let cancelled = ResponseTemplate::new(400)
            .insert_header("content-type", "application/x-amz-json-1.0")
            .set_body_json(serde_json::json!({
                "__type": "com.amazonaws.dynamodb.v20120810#TransactionCanceledException",
                "message": "Transaction cancelled",
                "CancellationReasons": [{ "Code": "None" }, { "Code": "TransactionConflict", "Message": "conflict" }]
            }));
        Mock::given(method("POST"))
            .and(target("DynamoDB_20120810.TransactWriteItems"))
            .respond_with(cancelled)
            .expect(1..)
            .mount(&server)
            .await;
        let store = Store::new(Arc::new(DynamoTable::new(client(&server.uri()), DynamoSettings::new("t"))));
        let link = dwos_store::conformance::link(dwos_core::GuildId(1), 2, 555);
        let err = store.link_player(&link).await.unwrap_err();
        assert!(err.is_transient(), "{err:?}");
        assert!(matches!(err, StoreError::Conflict(_)), "neither GameIdTaken nor ConditionFailed: {err:?}");
    }

    #[tokio::test]
    async fn throttling_is_retried_then_a_typed_error() {
        let server = MockServer::start().await;
        let throttled = ResponseTemplate::new(400)
            .insert_header("content-type", "application/x-amz-json-1.0")
            .set_body_json(serde_json::json!({
                "__type": "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
                "message": "Rate of requests exceeds the allowed throughput."
            }));
        // The SDK's standard retry makes 3 attempts before giving up.
        Mock::given(method("POST")).respond_with(throttled).expect(3).mount(&server).await;
        let table = DynamoTable::new(client(&server.uri()), DynamoSettings::new("t"));
        let err = table.get(&Key::new("A", "B")).await.unwrap_err();
        assert!(matches!(err, StoreError::Throttled), "{err:?}");
    }
}
