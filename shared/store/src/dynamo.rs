//! The table port on DynamoDB: one table (`pk`, `sk`), one user index (`gsi1`), a `ttl`
//! attribute; record fields are stored as plain attributes (serde_dynamo).

use crate::StoreError;
use crate::table::{Condition, Index, Item, Key, Table, Write};
use async_trait::async_trait;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::error::{DisplayErrorContext, ProvideErrorMetadata, SdkError};
use aws_sdk_dynamodb::operation::transact_write_items::TransactWriteItemsError;
use aws_sdk_dynamodb::types::{
    AttributeValue, Delete, DeleteRequest, Put, PutRequest, TransactWriteItem, WriteRequest,
};
use dwos_core::retry::Backoff;
use futures_util::{StreamExt, stream};
use std::collections::HashMap;
use std::time::Duration;

/// Partition key attribute.
pub const PK: &str = "pk";
/// Sort key attribute.
pub const SK: &str = "sk";
/// The user index.
pub const USER_INDEX: &str = "gsi1";
/// The user index's partition key attribute (`USER#id`).
pub const USER_PK: &str = "gsi1pk";
/// The user index's sort key attribute.
pub const USER_SK: &str = "gsi1sk";
/// The TTL attribute (Unix seconds).
pub const TTL: &str = "ttl";
/// The optimistic-concurrency version attribute.
pub const VERSION: &str = "version";

/// Largest batch DynamoDB accepts in one BatchWriteItem call.
const BATCH_SIZE: usize = 25;

type Attributes = HashMap<String, AttributeValue>;

/// How the adapter talks to its table.
#[derive(Clone, Debug)]
pub struct DynamoSettings {
    /// The table's name (`TABLE_NAME` on Lambda).
    pub table_name: String,
    /// Items per query page; `None` lets DynamoDB fill 1 MB pages.
    pub page_limit: Option<i32>,
    /// Rounds of retrying `UnprocessedItems` before giving up as throttled.
    pub batch_retries: u32,
    /// First backoff between those rounds; it doubles, plus jitter.
    pub batch_backoff: Duration,
}

impl DynamoSettings {
    /// Defaults for a table name.
    pub fn new(table_name: impl Into<String>) -> Self {
        Self {
            table_name: table_name.into(),
            page_limit: None,
            batch_retries: 5,
            batch_backoff: Duration::from_millis(50),
        }
    }
}

/// The DynamoDB adapter.
#[derive(Clone, Debug)]
pub struct DynamoTable {
    client: Client,
    settings: DynamoSettings,
}

impl DynamoTable {
    /// An adapter over a configured client (its retry config handles throttled calls).
    pub fn new(client: Client, settings: DynamoSettings) -> Self {
        Self { client, settings }
    }
}

fn error<E, R>(err: SdkError<E, R>, key: Option<&Key>) -> StoreError
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    match (err.code(), key) {
        (Some("ProvisionedThroughputExceededException" | "ThrottlingException" | "RequestLimitExceeded"), _) => {
            StoreError::Throttled
        }
        (Some("ConditionalCheckFailedException"), Some(key)) => StoreError::ConditionFailed(key.clone()),
        // A single write that met an item a transaction is changing.
        (Some(code @ ("TransactionConflictException" | "TransactionInProgressException")), _) => {
            StoreError::Conflict(code.to_owned())
        }
        _ => StoreError::Backend(DisplayErrorContext(&err).to_string()),
    }
}

fn s(value: &str) -> AttributeValue {
    AttributeValue::S(value.to_owned())
}

fn n(value: impl ToString) -> AttributeValue {
    AttributeValue::N(value.to_string())
}

fn key_attributes(key: &Key) -> Attributes {
    HashMap::from([(PK.to_owned(), s(&key.pk)), (SK.to_owned(), s(&key.sk))])
}

fn to_attributes(item: &Item) -> Result<Attributes, StoreError> {
    let mut attributes: Attributes = serde_dynamo::to_item(&item.body)
        .map_err(|e| StoreError::Corrupt { key: item.key.clone(), reason: e.to_string() })?;
    attributes.extend(key_attributes(&item.key));
    if let Some(user_key) = &item.user_key {
        attributes.insert(USER_PK.to_owned(), s(&user_key.pk));
        attributes.insert(USER_SK.to_owned(), s(&user_key.sk));
    }
    if let Some(expires_at) = item.expires_at {
        attributes.insert(TTL.to_owned(), n(expires_at));
    }
    if let Some(version) = item.version {
        attributes.insert(VERSION.to_owned(), n(version));
    }
    Ok(attributes)
}

fn take_string(attributes: &mut Attributes, name: &str) -> Option<String> {
    match attributes.remove(name) {
        Some(AttributeValue::S(value)) => Some(value),
        _ => None,
    }
}

fn number<T: std::str::FromStr>(value: Option<&AttributeValue>) -> Option<T> {
    value.and_then(|v| v.as_n().ok()).and_then(|v| v.parse().ok())
}

fn from_attributes(mut attributes: Attributes) -> Result<Item, StoreError> {
    let pk = take_string(&mut attributes, PK).unwrap_or_default();
    let sk = take_string(&mut attributes, SK).unwrap_or_default();
    let key = Key::new(pk, sk);
    let user_key =
        take_string(&mut attributes, USER_PK).zip(take_string(&mut attributes, USER_SK)).map(|(p, s)| Key::new(p, s));
    let expires_at = number(attributes.remove(TTL).as_ref());
    // The version stays in the body too: records like Alliance carry it as a field.
    let version = number(attributes.get(VERSION));
    let body = serde_dynamo::from_item(attributes)
        .map_err(|e| StoreError::Corrupt { key: key.clone(), reason: e.to_string() })?;
    Ok(Item { key, user_key, expires_at, version, body })
}

/// A condition as a DynamoDB expression with its names and values, each `None` when the
/// write is unconditional (DynamoDB rejects names or values an expression does not use).
struct Expression {
    text: Option<String>,
    names: Option<HashMap<String, String>>,
    values: Option<Attributes>,
}

fn expression(condition: &Condition) -> Expression {
    let absent = format!("attribute_not_exists({PK})");
    let (text, names, values) = match condition {
        Condition::Always => return Expression { text: None, names: None, values: None },
        Condition::Absent => (absent, None, None),
        Condition::AbsentOrExpired { now } => (
            format!("{absent} OR #ttl < :now"),
            Some(HashMap::from([("#ttl".to_owned(), TTL.to_owned())])),
            Some(HashMap::from([(":now".to_owned(), n(now))])),
        ),
        Condition::AbsentOrOwnedBy(owner) => {
            (format!("{absent} OR {USER_PK} = :owner"), None, Some(HashMap::from([(":owner".to_owned(), s(owner))])))
        }
        Condition::Version(version) => (
            "#version = :version".to_owned(),
            Some(HashMap::from([("#version".to_owned(), VERSION.to_owned())])),
            Some(HashMap::from([(":version".to_owned(), n(version))])),
        ),
        Condition::Exists => (format!("attribute_exists({PK})"), None, None),
        Condition::Unversioned => (
            format!("attribute_exists({PK}) AND attribute_not_exists(#version)"),
            Some(HashMap::from([("#version".to_owned(), VERSION.to_owned())])),
            None,
        ),
    };
    Expression { text: Some(text), names, values }
}

fn condition_of(write: &Write) -> &Condition {
    match write {
        Write::Put(_, condition) | Write::Delete(_, condition) => condition,
    }
}

impl DynamoTable {
    async fn write_one(&self, write: &Write) -> Result<(), StoreError> {
        let Expression { text, names, values } = expression(condition_of(write));
        let key = write.key();
        match write {
            Write::Put(item, _) => self
                .client
                .put_item()
                .table_name(&self.settings.table_name)
                .set_item(Some(to_attributes(item)?))
                .set_condition_expression(text)
                .set_expression_attribute_names(names)
                .set_expression_attribute_values(values)
                .send()
                .await
                .map(drop)
                .map_err(|e| error(e, Some(key))),
            Write::Delete(key, _) => self
                .client
                .delete_item()
                .table_name(&self.settings.table_name)
                .set_key(Some(key_attributes(key)))
                .set_condition_expression(text)
                .set_expression_attribute_names(names)
                .set_expression_attribute_values(values)
                .send()
                .await
                .map(drop)
                .map_err(|e| error(e, Some(key))),
        }
    }

    fn transact_item(&self, write: &Write) -> Result<TransactWriteItem, StoreError> {
        let Expression { text, names, values } = expression(condition_of(write));
        let backend = |e: aws_sdk_dynamodb::error::BuildError| StoreError::Backend(e.to_string());
        Ok(match write {
            Write::Put(item, _) => TransactWriteItem::builder()
                .put(
                    Put::builder()
                        .table_name(&self.settings.table_name)
                        .set_item(Some(to_attributes(item)?))
                        .set_condition_expression(text)
                        .set_expression_attribute_names(names)
                        .set_expression_attribute_values(values)
                        .build()
                        .map_err(backend)?,
                )
                .build(),
            Write::Delete(key, _) => TransactWriteItem::builder()
                .delete(
                    Delete::builder()
                        .table_name(&self.settings.table_name)
                        .set_key(Some(key_attributes(key)))
                        .set_condition_expression(text)
                        .set_expression_attribute_names(names)
                        .set_expression_attribute_values(values)
                        .build()
                        .map_err(backend)?,
                )
                .build(),
        })
    }

    async fn transact(&self, writes: &[Write]) -> Result<(), StoreError> {
        let items = writes.iter().map(|w| self.transact_item(w)).collect::<Result<Vec<_>, _>>()?;
        let result = self.client.transact_write_items().set_transact_items(Some(items)).send().await;
        let Err(err) = result else { return Ok(()) };
        let Some(TransactWriteItemsError::TransactionCanceledException(cancelled)) = err.as_service_error() else {
            return Err(error(err, None));
        };
        let reasons = cancelled.cancellation_reasons();
        // Reasons come in the order of the writes; only a failed check is a failed condition.
        let failed = reasons.iter().position(|r| r.code() == Some("ConditionalCheckFailed"));
        if let Some(write) = failed.and_then(|index| writes.get(index)) {
            return Err(StoreError::ConditionFailed(write.key().clone()));
        }
        // Otherwise (TransactionConflict, ThrottlingError, or no reasons at all) nothing is
        // known to be wrong with the writes themselves: the caller may retry.
        let codes: Vec<&str> = reasons.iter().filter_map(|r| r.code()).filter(|code| *code != "None").collect();
        Err(StoreError::Conflict(format!("transaction cancelled ({})", codes.join(", "))))
    }

    fn write_request(write: &Write) -> Result<WriteRequest, StoreError> {
        let backend = |e: aws_sdk_dynamodb::error::BuildError| StoreError::Backend(e.to_string());
        Ok(match write {
            Write::Put(item, _) => WriteRequest::builder()
                .put_request(PutRequest::builder().set_item(Some(to_attributes(item)?)).build().map_err(backend)?)
                .build(),
            Write::Delete(key, _) => WriteRequest::builder()
                .delete_request(DeleteRequest::builder().set_key(Some(key_attributes(key))).build().map_err(backend)?)
                .build(),
        })
    }
}

/// Requests `get_many` and `write_each` keep in flight at once.
const IN_FLIGHT: usize = 16;

#[async_trait]
impl Table for DynamoTable {
    async fn get_many(&self, keys: &[Key]) -> Result<Vec<Option<Item>>, StoreError> {
        // One request per key, a few in flight: the latency of one, not of all, per batch.
        stream::iter(keys.to_vec())
            .map(|key| async move { self.get(&key).await })
            .buffered(IN_FLIGHT)
            .collect::<Vec<_>>()
            .await
            .into_iter()
            .collect()
    }

    async fn write_each(&self, transactions: Vec<Vec<Write>>) -> Vec<Result<(), StoreError>> {
        stream::iter(transactions).map(|writes| self.write(writes)).buffered(IN_FLIGHT).collect().await
    }

    async fn get(&self, key: &Key) -> Result<Option<Item>, StoreError> {
        let output = self
            .client
            .get_item()
            .table_name(&self.settings.table_name)
            .set_key(Some(key_attributes(key)))
            .consistent_read(true)
            .send()
            .await
            .map_err(|e| error(e, Some(key)))?;
        output.item.map(from_attributes).transpose()
    }

    async fn query(&self, index: Index, partition: &str, sort_prefix: &str) -> Result<Vec<Item>, StoreError> {
        let (pk, sk, index_name) = match index {
            Index::Primary => (PK, SK, None),
            Index::User => (USER_PK, USER_SK, Some(USER_INDEX.to_owned())),
        };
        let mut values = HashMap::from([(":pk".to_owned(), s(partition))]);
        // DynamoDB rejects an empty begins_with operand on a key attribute.
        let condition = if sort_prefix.is_empty() {
            format!("{pk} = :pk")
        } else {
            values.insert(":prefix".to_owned(), s(sort_prefix));
            format!("{pk} = :pk AND begins_with({sk}, :prefix)")
        };
        let mut items = Vec::new();
        let mut start: Option<Attributes> = None;
        loop {
            let output = self
                .client
                .query()
                .table_name(&self.settings.table_name)
                .set_index_name(index_name.clone())
                .key_condition_expression(&condition)
                .set_expression_attribute_values(Some(values.clone()))
                // Global secondary indexes only offer eventually consistent reads.
                .consistent_read(index == Index::Primary)
                .set_limit(self.settings.page_limit)
                .set_exclusive_start_key(start.take())
                .send()
                .await
                .map_err(|e| error(e, None))?;
            for attributes in output.items.unwrap_or_default() {
                match from_attributes(attributes) {
                    Ok(item) => items.push(item),
                    Err(err) => tracing::error!(error = %err, "skipping a corrupt item"),
                }
            }
            match output.last_evaluated_key {
                Some(last) if !last.is_empty() => start = Some(last),
                _ => return Ok(items),
            }
        }
    }

    async fn write(&self, writes: Vec<Write>) -> Result<(), StoreError> {
        match writes.as_slice() {
            [] => Ok(()),
            [single] => self.write_one(single).await,
            many => self.transact(many).await,
        }
    }

    async fn batch_write(&self, writes: Vec<Write>) -> Result<(), StoreError> {
        for chunk in writes.chunks(BATCH_SIZE) {
            let mut pending = chunk.iter().map(Self::write_request).collect::<Result<Vec<_>, _>>()?;
            let mut delays = Backoff::new(self.settings.batch_retries, self.settings.batch_backoff).delays();
            loop {
                let output = self
                    .client
                    .batch_write_item()
                    .request_items(&self.settings.table_name, pending)
                    .send()
                    .await
                    .map_err(|e| error(e, None))?;
                pending = output
                    .unprocessed_items
                    .and_then(|mut unprocessed| unprocessed.remove(&self.settings.table_name))
                    .unwrap_or_default();
                if pending.is_empty() {
                    break;
                }
                let Some(wait) = delays.next() else { return Err(StoreError::Throttled) };
                tracing::warn!(unprocessed = pending.len(), ?wait, "DynamoDB left batch items unprocessed, resending");
                tokio::time::sleep(wait).await;
            }
        }
        Ok(())
    }
}
