//! A durable job queue in a SQLite file, for `dwos serve`: SQS's semantics (visibility
//! timeout, receive count, dead letters) without AWS, so a restart loses no work.

use crate::worker::{Worker, process_message};
use crate::{Queue, QueueError};
use async_trait::async_trait;
use dwos_core::{Envelope, JobKind};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::Notify;

/// Redelivery rules, mirroring the SQS queue settings in template.yaml.
#[derive(Clone, Copy, Debug)]
pub struct LocalQueuePolicy {
    /// How long a received job stays hidden before it is handed out again.
    pub visibility_timeout: Duration,
    /// Deliveries before a job moves to the dead-letter table.
    pub max_receives: u32,
    /// Delay before a failed job is retried (doubles each delivery).
    pub retry_delay: Duration,
    /// How often an idle worker looks for jobs whose delay has passed.
    pub poll_interval: Duration,
}

impl Default for LocalQueuePolicy {
    fn default() -> Self {
        Self {
            visibility_timeout: Duration::from_secs(180),
            max_receives: 5,
            retry_delay: Duration::from_secs(1),
            poll_interval: Duration::from_millis(500),
        }
    }
}

/// A job handed to a worker.
#[derive(Debug, Clone)]
pub struct Delivery {
    /// Row id.
    pub id: i64,
    /// The message body (an envelope as JSON).
    pub body: String,
    /// 1 on the first delivery.
    pub receive_count: u32,
}

/// A job that failed every delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeadJob {
    /// The queue it came from.
    pub queue: String,
    /// The message body.
    pub body: String,
    /// How many times it was delivered.
    pub receive_count: u32,
    /// The last error.
    pub error: String,
}

/// The local queue; clones share one connection.
#[derive(Clone)]
pub struct LocalQueue {
    conn: Arc<Mutex<Connection>>,
    notify: Arc<Notify>,
    policy: LocalQueuePolicy,
}

const SCHEMA: &str = "
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE IF NOT EXISTS queue_jobs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    queue TEXT NOT NULL,
    body TEXT NOT NULL,
    receive_count INTEGER NOT NULL DEFAULT 0,
    visible_at_ms INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS queue_jobs_ready ON queue_jobs (queue, visible_at_ms);
CREATE TABLE IF NOT EXISTS queue_dead_jobs (
    id INTEGER PRIMARY KEY,
    queue TEXT NOT NULL,
    body TEXT NOT NULL,
    receive_count INTEGER NOT NULL,
    error TEXT NOT NULL,
    failed_at_ms INTEGER NOT NULL
);
";

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

impl LocalQueue {
    /// Opens (or creates) the queue tables in the SQLite file at `path`.
    pub fn open(path: &Path, policy: LocalQueuePolicy) -> Result<Self, QueueError> {
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        Ok(Self { conn: Arc::new(Mutex::new(conn)), notify: Arc::new(Notify::new()), policy })
    }

    async fn with_conn<T, F>(&self, f: F) -> Result<T, QueueError>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> rusqlite::Result<T> + Send + 'static,
    {
        let conn = Arc::clone(&self.conn);
        let result = tokio::task::spawn_blocking(move || {
            // A poisoned lock only means another call panicked mid-statement; SQLite
            // rolled that statement back, so the connection is still usable.
            let mut conn = conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            f(&mut conn)
        })
        .await?;
        Ok(result?)
    }

    /// Enqueues a raw body on a named queue.
    pub async fn send_raw(&self, queue: &str, body: String) -> Result<(), QueueError> {
        self.send_raw_after(queue, body, Duration::ZERO).await
    }

    /// Enqueues a raw body on a named queue, visible after `delay`.
    pub async fn send_raw_after(&self, queue: &str, body: String, delay: Duration) -> Result<(), QueueError> {
        let queue = queue.to_owned();
        let visible_at = now_ms() + delay.as_millis() as i64;
        self.with_conn(move |c| {
            c.execute(
                "INSERT INTO queue_jobs (queue, body, visible_at_ms) VALUES (?1, ?2, ?3)",
                params![queue, body, visible_at],
            )
        })
        .await?;
        self.notify.notify_waiters();
        Ok(())
    }

    /// Takes the oldest visible job and hides it for the visibility timeout.
    pub async fn receive(&self, queue: &str) -> Result<Option<Delivery>, QueueError> {
        let queue = queue.to_owned();
        let hide_ms = self.policy.visibility_timeout.as_millis() as i64;
        self.with_conn(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let now = now_ms();
            let row = tx
                .query_row(
                    "SELECT id, body, receive_count FROM queue_jobs
                     WHERE queue = ?1 AND visible_at_ms <= ?2 ORDER BY visible_at_ms, id LIMIT 1",
                    params![queue, now],
                    |r| Ok(Delivery { id: r.get(0)?, body: r.get(1)?, receive_count: r.get::<_, u32>(2)? + 1 }),
                )
                .optional()?;
            if let Some(d) = &row {
                tx.execute(
                    "UPDATE queue_jobs SET receive_count = ?1, visible_at_ms = ?2 WHERE id = ?3",
                    params![d.receive_count, now + hide_ms, d.id],
                )?;
            }
            tx.commit()?;
            Ok(row)
        })
        .await
    }

    /// The job is done: delete it.
    pub async fn ack(&self, delivery: &Delivery) -> Result<(), QueueError> {
        let id = delivery.id;
        self.with_conn(move |c| c.execute("DELETE FROM queue_jobs WHERE id = ?1", [id])).await?;
        Ok(())
    }

    /// The job failed: retry it after a delay, or dead-letter it after its last delivery.
    pub async fn fail(&self, delivery: &Delivery, error: String) -> Result<(), QueueError> {
        let (id, count) = (delivery.id, delivery.receive_count);
        let dead = count >= self.policy.max_receives;
        let delay_ms =
            (self.policy.retry_delay.as_millis() as i64).saturating_mul(1 << count.min(10).saturating_sub(1));
        self.with_conn(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if dead {
                tx.execute(
                    "INSERT INTO queue_dead_jobs (id, queue, body, receive_count, error, failed_at_ms)
                     SELECT id, queue, body, receive_count, ?2, ?3 FROM queue_jobs WHERE id = ?1",
                    params![id, error, now_ms()],
                )?;
                tx.execute("DELETE FROM queue_jobs WHERE id = ?1", [id])?;
            } else {
                tx.execute("UPDATE queue_jobs SET visible_at_ms = ?2 WHERE id = ?1", params![id, now_ms() + delay_ms])?;
            }
            tx.commit()
        })
        .await
    }

    /// Jobs still waiting or in flight on a queue.
    pub async fn pending(&self, queue: &str) -> Result<u64, QueueError> {
        let queue = queue.to_owned();
        self.with_conn(move |c| c.query_row("SELECT COUNT(*) FROM queue_jobs WHERE queue = ?1", [queue], |r| r.get(0)))
            .await
    }

    /// The dead-letter table of a queue, oldest first.
    pub async fn dead_jobs(&self, queue: &str) -> Result<Vec<DeadJob>, QueueError> {
        let queue = queue.to_owned();
        self.with_conn(move |c| {
            let mut stmt = c.prepare(
                "SELECT queue, body, receive_count, error FROM queue_dead_jobs WHERE queue = ?1 ORDER BY failed_at_ms, id",
            )?;
            let rows = stmt.query_map([queue], |r| {
                Ok(DeadJob { queue: r.get(0)?, body: r.get(1)?, receive_count: r.get(2)?, error: r.get(3)? })
            })?;
            rows.collect()
        })
        .await
    }

    /// Runs `worker` on the `kind` queue until the task is dropped.
    pub async fn run_worker<W: Worker + ?Sized>(&self, kind: JobKind, worker: &W) {
        loop {
            match self.receive(kind.as_str()).await {
                Ok(Some(delivery)) => {
                    let outcome = process_message(worker, &delivery.body).await;
                    let settled = match outcome {
                        Ok(()) => self.ack(&delivery).await,
                        Err(err) => self.fail(&delivery, err.to_string()).await,
                    };
                    if let Err(err) = settled {
                        tracing::error!(error = %err, queue = kind.as_str(), "could not settle a local job");
                    }
                }
                Ok(None) => {
                    let notified = self.notify.notified();
                    tokio::select! {
                        () = notified => {}
                        () = tokio::time::sleep(self.policy.poll_interval) => {}
                    }
                }
                Err(err) => {
                    tracing::error!(error = %err, queue = kind.as_str(), "local queue unavailable");
                    tokio::time::sleep(self.policy.poll_interval).await;
                }
            }
        }
    }
}

#[async_trait]
impl Queue for LocalQueue {
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
        self.send_raw(envelope.kind.as_str(), envelope.to_json()).await
    }

    async fn send_later(&self, envelope: &Envelope, delay: Duration) -> Result<(), QueueError> {
        self.send_raw_after(envelope.kind.as_str(), envelope.to_json(), delay).await
    }

    /// All in one transaction: one write lock for a whole minute of reminders.
    async fn send_batch(&self, envelopes: &[Envelope]) -> Result<(), QueueError> {
        if envelopes.is_empty() {
            return Ok(());
        }
        let rows: Vec<(&'static str, String)> = envelopes.iter().map(|e| (e.kind.as_str(), e.to_json())).collect();
        self.with_conn(move |c| {
            let tx = c.transaction_with_behavior(TransactionBehavior::Immediate)?;
            {
                let mut insert =
                    tx.prepare("INSERT INTO queue_jobs (queue, body, visible_at_ms) VALUES (?1, ?2, ?3)")?;
                let now = now_ms();
                for (queue, body) in &rows {
                    insert.execute(params![queue, body, now])?;
                }
            }
            tx.commit()
        })
        .await?;
        self.notify.notify_waiters();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy() -> LocalQueuePolicy {
        LocalQueuePolicy {
            visibility_timeout: Duration::from_secs(60),
            max_receives: 3,
            retry_delay: Duration::ZERO,
            poll_interval: Duration::from_millis(10),
        }
    }

    #[tokio::test]
    async fn survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dwos.db");
        LocalQueue::open(&path, policy()).unwrap().send_raw("stats", "job-1".into()).await.unwrap();
        let reopened = LocalQueue::open(&path, policy()).unwrap();
        let delivery = reopened.receive("stats").await.unwrap().expect("job survived");
        assert_eq!((delivery.body.as_str(), delivery.receive_count), ("job-1", 1));
        reopened.ack(&delivery).await.unwrap();
        assert_eq!(reopened.pending("stats").await.unwrap(), 0);
    }

    #[tokio::test]
    async fn hides_received_jobs_and_keeps_queues_apart() {
        let dir = tempfile::tempdir().unwrap();
        let queue = LocalQueue::open(&dir.path().join("q.db"), policy()).unwrap();
        queue.send_raw("stats", "a".into()).await.unwrap();
        queue.send_raw("verify", "b".into()).await.unwrap();
        assert_eq!(queue.receive("stats").await.unwrap().unwrap().body, "a");
        assert!(queue.receive("stats").await.unwrap().is_none(), "in flight: invisible");
        assert_eq!(queue.receive("verify").await.unwrap().unwrap().body, "b");
    }

    #[tokio::test]
    async fn a_delayed_job_stays_hidden_until_its_time() {
        let dir = tempfile::tempdir().unwrap();
        let queue = LocalQueue::open(&dir.path().join("q.db"), policy()).unwrap();
        queue.send_raw_after("redeem", "later".into(), Duration::from_millis(300)).await.unwrap();
        assert!(queue.receive("redeem").await.unwrap().is_none(), "not visible yet");
        tokio::time::sleep(Duration::from_millis(350)).await;
        assert_eq!(queue.receive("redeem").await.unwrap().unwrap().body, "later");
    }

    #[tokio::test]
    async fn dead_letters_after_max_receives() {
        let dir = tempfile::tempdir().unwrap();
        let queue = LocalQueue::open(&dir.path().join("q.db"), policy()).unwrap();
        queue.send_raw("stats", "doomed".into()).await.unwrap();
        for attempt in 1..=3 {
            let delivery = queue.receive("stats").await.unwrap().expect("redelivered");
            assert_eq!(delivery.receive_count, attempt);
            queue.fail(&delivery, format!("failure {attempt}")).await.unwrap();
        }
        assert!(queue.receive("stats").await.unwrap().is_none());
        assert_eq!(queue.pending("stats").await.unwrap(), 0);
        let dead = queue.dead_jobs("stats").await.unwrap();
        assert_eq!(
            dead,
            [DeadJob { queue: "stats".into(), body: "doomed".into(), receive_count: 3, error: "failure 3".into() }]
        );
    }
}
