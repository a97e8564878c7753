//! The table port on an embedded SQLite file (`dwos serve`, tests): same keys, same
//! conditions, same atomicity as the DynamoDB adapter.

use crate::StoreError;
use crate::table::{Condition, Index, Item, Key, Table, Write};
use async_trait::async_trait;
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS items (
    pk TEXT NOT NULL,
    sk TEXT NOT NULL,
    gsi1pk TEXT,
    gsi1sk TEXT,
    ttl INTEGER,
    version INTEGER,
    body TEXT NOT NULL,
    PRIMARY KEY (pk, sk)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS items_gsi1 ON items (gsi1pk, gsi1sk) WHERE gsi1pk IS NOT NULL;
";

/// Sorts after every other character in UTF-8 byte order: the exclusive end of a prefix range.
const PREFIX_END: char = '\u{10FFFF}';

/// The SQLite adapter; clones share one connection.
#[derive(Clone)]
pub struct SqliteTable {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteTable {
    /// Opens (or creates) the table in the SQLite file at `path`.
    pub fn open(path: &Path) -> Result<Self, StoreError> {
        let conn = Connection::open(path).map_err(backend)?;
        conn.busy_timeout(Duration::from_secs(5)).map_err(backend)?;
        conn.execute_batch(SCHEMA).map_err(backend)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)) })
    }

    async fn run<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        tokio::task::spawn_blocking(move || {
            // A poisoned lock means a panic mid-call; SQLite rolled that call back.
            let mut conn = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut conn)
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))?
    }

    /// Stores raw text as a record's body, bypassing encoding (tests of corrupt data).
    pub async fn put_raw(&self, key: Key, body: String) -> Result<(), StoreError> {
        self.run(move |c| {
            c.execute("INSERT OR REPLACE INTO items (pk, sk, body) VALUES (?1, ?2, ?3)", params![key.pk, key.sk, body])
                .map(drop)
                .map_err(backend)
        })
        .await
    }
}

fn backend(err: rusqlite::Error) -> StoreError {
    StoreError::Backend(err.to_string())
}

type Row = (String, String, Option<String>, Option<String>, Option<i64>, Option<i64>, String);

fn to_item(row: Row) -> Result<Item, StoreError> {
    let (pk, sk, gsi1pk, gsi1sk, ttl, version, body) = row;
    let key = Key::new(pk, sk);
    let body =
        serde_json::from_str(&body).map_err(|e| StoreError::Corrupt { key: key.clone(), reason: e.to_string() })?;
    let user_key = gsi1pk.zip(gsi1sk).map(|(pk, sk)| Key::new(pk, sk));
    Ok(Item { key, user_key, expires_at: ttl, version: version.map(|v| v as u64), body })
}

fn read_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Row> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
}

const COLUMNS: &str = "pk, sk, gsi1pk, gsi1sk, ttl, version, body";

fn holds(tx: &Transaction<'_>, key: &Key, condition: &Condition) -> Result<bool, StoreError> {
    if *condition == Condition::Always {
        return Ok(true);
    }
    // Cached statements: the sweep and the queue run these thousands of times a minute.
    let current: Option<(Option<String>, Option<i64>, Option<i64>)> = tx
        .prepare_cached("SELECT gsi1pk, ttl, version FROM items WHERE pk = ?1 AND sk = ?2")
        .map_err(backend)?
        .query_row(params![key.pk, key.sk], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()
        .map_err(backend)?;
    Ok(match (condition, current) {
        (Condition::Always, _) => true,
        (Condition::Absent | Condition::AbsentOrExpired { .. } | Condition::AbsentOrOwnedBy(_), None) => true,
        (Condition::Absent, Some(_)) => false,
        (Condition::AbsentOrExpired { now }, Some((_, ttl, _))) => ttl.is_some_and(|t| t < *now),
        (Condition::AbsentOrOwnedBy(owner), Some((gsi1pk, _, _))) => gsi1pk.as_deref() == Some(owner),
        (Condition::Version(expected), Some((_, _, version))) => version == Some(*expected as i64),
        (Condition::Version(_), None) => false,
        (Condition::Exists, current) => current.is_some(),
        (Condition::Unversioned, None) => false,
        (Condition::Unversioned, Some((_, _, version))) => version.is_none(),
    })
}

fn apply(tx: &Transaction<'_>, write: &Write) -> Result<(), StoreError> {
    match write {
        Write::Put(item, _) => {
            let (gsi1pk, gsi1sk) = item.user_key.as_ref().map(|k| (k.pk.as_str(), k.sk.as_str())).unzip();
            tx.prepare_cached(
                "INSERT OR REPLACE INTO items (pk, sk, gsi1pk, gsi1sk, ttl, version, body) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .map_err(backend)?
            .execute(params![
                    item.key.pk,
                    item.key.sk,
                    gsi1pk,
                    gsi1sk,
                    item.expires_at,
                    item.version.map(|v| v as i64),
                    item.body.to_string()
                ],
            )
            .map_err(backend)?;
        }
        Write::Delete(key, _) => {
            tx.prepare_cached("DELETE FROM items WHERE pk = ?1 AND sk = ?2")
                .map_err(backend)?
                .execute(params![key.pk, key.sk])
                .map_err(backend)?;
        }
    }
    Ok(())
}

/// Applies `writes` in one transaction if every condition holds.
fn write_atomically(c: &mut Connection, writes: &[Write]) -> Result<(), StoreError> {
    // IMMEDIATE: take the write lock first (waiting up to the busy timeout), so a transaction
    // that read under one snapshot never fails to upgrade when the queue, on its own
    // connection to the same file, wrote meanwhile.
    let tx = c.transaction_with_behavior(TransactionBehavior::Immediate).map_err(backend)?;
    for write in writes {
        let condition = match write {
            Write::Put(_, condition) | Write::Delete(_, condition) => condition,
        };
        if !holds(&tx, write.key(), condition)? {
            return Err(StoreError::ConditionFailed(write.key().clone()));
        }
        apply(&tx, write)?;
    }
    tx.commit().map_err(backend)
}

#[async_trait]
impl Table for SqliteTable {
    async fn get(&self, key: &Key) -> Result<Option<Item>, StoreError> {
        let key = key.clone();
        self.run(move |c| {
            let row = c
                .prepare_cached(&format!("SELECT {COLUMNS} FROM items WHERE pk = ?1 AND sk = ?2"))
                .map_err(backend)?
                .query_row(params![key.pk, key.sk], read_row)
                .optional()
                .map_err(backend)?;
            row.map(to_item).transpose()
        })
        .await
    }

    async fn query(&self, index: Index, partition: &str, sort_prefix: &str) -> Result<Vec<Item>, StoreError> {
        let (partition, start) = (partition.to_owned(), sort_prefix.to_owned());
        let end = format!("{sort_prefix}{PREFIX_END}");
        self.run(move |c| {
            let sql = match index {
                Index::Primary => {
                    format!("SELECT {COLUMNS} FROM items WHERE pk = ?1 AND sk >= ?2 AND sk < ?3 ORDER BY sk")
                }
                Index::User => format!(
                    "SELECT {COLUMNS} FROM items WHERE gsi1pk = ?1 AND gsi1sk >= ?2 AND gsi1sk < ?3 ORDER BY gsi1sk"
                ),
            };
            let mut stmt = c.prepare_cached(&sql).map_err(backend)?;
            let rows = stmt.query_map(params![partition, start, end], read_row).map_err(backend)?;
            let mut items = Vec::new();
            for row in rows {
                match to_item(row.map_err(backend)?) {
                    Ok(item) => items.push(item),
                    Err(err) => tracing::error!(error = %err, "skipping a corrupt row"),
                }
            }
            Ok(items)
        })
        .await
    }

    async fn write(&self, writes: Vec<Write>) -> Result<(), StoreError> {
        self.run(move |c| write_atomically(c, &writes)).await
    }

    async fn get_many(&self, keys: &[Key]) -> Result<Vec<Option<Item>>, StoreError> {
        let keys = keys.to_vec();
        self.run(move |c| {
            let mut stmt =
                c.prepare_cached(&format!("SELECT {COLUMNS} FROM items WHERE pk = ?1 AND sk = ?2")).map_err(backend)?;
            let mut items = Vec::with_capacity(keys.len());
            for key in &keys {
                let row = stmt.query_row(params![key.pk, key.sk], read_row).optional().map_err(backend)?;
                items.push(row.map(to_item).transpose()?);
            }
            Ok(items)
        })
        .await
    }

    async fn write_each(&self, transactions: Vec<Vec<Write>>) -> Vec<Result<(), StoreError>> {
        let count = transactions.len();
        let results =
            self.run(move |c| Ok(transactions.iter().map(|writes| write_atomically(c, writes)).collect())).await;
        // `run` fails only if the blocking task itself died: then none is known to be applied.
        results.unwrap_or_else(|err| (0..count).map(|_| Err(StoreError::Backend(err.to_string()))).collect())
    }

    async fn batch_write(&self, writes: Vec<Write>) -> Result<(), StoreError> {
        self.run(move |c| {
            // IMMEDIATE: take the write lock first (waiting up to the busy timeout), so a
            // transaction that read under one snapshot never fails to upgrade when the
            // queue, on its own connection to the same file, wrote meanwhile.
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate).map_err(backend)?;
            for write in &writes {
                apply(&tx, write)?;
            }
            tx.commit().map_err(backend)
        })
        .await
    }
}
