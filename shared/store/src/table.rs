//! The storage port: a single table with a partition key, a sort key, a user index and TTL.

use crate::StoreError;
use async_trait::async_trait;
use std::fmt;

/// A primary key (or a user-index key).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key {
    /// Partition key.
    pub pk: String,
    /// Sort key.
    pub sk: String,
}

impl Key {
    /// A key from its two parts.
    pub fn new(pk: impl Into<String>, sk: impl Into<String>) -> Self {
        Self { pk: pk.into(), sk: sk.into() }
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} / {}", self.pk, self.sk)
    }
}

/// One stored record.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Primary key.
    pub key: Key,
    /// Key in the user index, for records a user owns (GDPR export and erasure).
    pub user_key: Option<Key>,
    /// Unix time after which the record is dead (DynamoDB deletes it lazily).
    pub expires_at: Option<i64>,
    /// Version for optimistic concurrency.
    pub version: Option<u64>,
    /// The record's fields (a JSON object).
    pub body: serde_json::Value,
}

/// Which index a query reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Index {
    /// The table's own keys.
    Primary,
    /// The user index (`gsi1pk` = `USER#id`).
    User,
}

/// When a write may happen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// Always.
    Always,
    /// Only if no record has this key.
    Absent,
    /// Only if absent, or present with `expires_at` before `now`.
    AbsentOrExpired {
        /// Unix time now.
        now: i64,
    },
    /// Only if absent, or owned by this user-index partition (`USER#id`).
    AbsentOrOwnedBy(String),
    /// Only if present with exactly this version.
    Version(u64),
    /// Only if present (whatever its version).
    Exists,
    /// Only if present without a version (written before versioning, or raw): a rewrite
    /// of such an item must not bring it back once it is deleted.
    Unversioned,
}

impl Condition {
    /// The condition under which a rewrite replaces exactly the item that was read
    /// (`None`: nothing was there).
    pub fn unchanged_since(read: Option<&Item>) -> Condition {
        match read {
            None => Condition::Absent,
            Some(Item { version: Some(version), .. }) => Condition::Version(*version),
            Some(_) => Condition::Unversioned,
        }
    }
}

/// One change; a list of them is applied atomically.
#[derive(Clone, Debug, PartialEq)]
pub enum Write {
    /// Create or replace.
    Put(Item, Condition),
    /// Remove (absent is fine unless the condition says otherwise).
    Delete(Key, Condition),
}

impl Write {
    /// The key this write touches.
    pub fn key(&self) -> &Key {
        match self {
            Write::Put(item, _) => &item.key,
            Write::Delete(key, _) => key,
        }
    }
}

/// The port both adapters implement; [`crate::Store`] builds every typed operation on it.
#[async_trait]
pub trait Table: Send + Sync {
    /// One record by primary key.
    async fn get(&self, key: &Key) -> Result<Option<Item>, StoreError>;

    /// Every record in a partition whose sort key starts with `sort_prefix`, in sort-key
    /// order, reading all pages.
    async fn query(&self, index: Index, partition: &str, sort_prefix: &str) -> Result<Vec<Item>, StoreError>;

    /// Applies all writes or none (at most 100); a failed condition is
    /// [`StoreError::ConditionFailed`] naming its key.
    async fn write(&self, writes: Vec<Write>) -> Result<(), StoreError>;

    /// Unconditional puts and deletes in bulk, not atomic, any number.
    async fn batch_write(&self, writes: Vec<Write>) -> Result<(), StoreError>;

    /// Many records by key, in the keys' order (`None` where absent). The default reads them
    /// one by one; an adapter reads them in one go where it can.
    async fn get_many(&self, keys: &[Key]) -> Result<Vec<Option<Item>>, StoreError> {
        let mut items = Vec::with_capacity(keys.len());
        for key in keys {
            items.push(self.get(key).await?);
        }
        Ok(items)
    }

    /// Applies each list of writes atomically and on its own (one failing, its condition say,
    /// leaves the others applied); the results come in order. The default writes them one by
    /// one; an adapter batches them where it can.
    async fn write_each(&self, transactions: Vec<Vec<Write>>) -> Vec<Result<(), StoreError>> {
        let mut results = Vec::with_capacity(transactions.len());
        for writes in transactions {
            results.push(self.write(writes).await);
        }
        results
    }
}
