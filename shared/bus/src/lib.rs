//! The job queue: a port, a durable local adapter (SQLite) and the SQS adapter, plus
//! the consumer side shared by Lambda (SQS batches) and `dwos serve` (local workers).
//! Adapters sit behind cargo features (`sqlite`, `sqs`, `eventbridge`) so each binary
//! links only the ones it runs.

#[cfg(feature = "eventbridge")]
pub mod eventbridge;
pub mod events;
#[cfg(feature = "sqlite")]
pub mod local;
#[cfg(feature = "sqs")]
pub mod sqs;
pub mod worker;

use async_trait::async_trait;
use dwos_core::{Envelope, JobKind};

/// Where the HTTP function puts slow work.
#[async_trait]
pub trait Queue: Send + Sync {
    /// Enqueues one job on its kind's queue.
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError>;

    /// Enqueues one job that becomes visible only after `delay` (SQS allows at most 15 minutes):
    /// a worker waiting for a budget hands its job back this way instead of sleeping. An adapter
    /// that cannot delay sends it at once.
    async fn send_later(&self, envelope: &Envelope, delay: std::time::Duration) -> Result<(), QueueError> {
        let _ = delay;
        self.send(envelope).await
    }

    /// Enqueues many jobs (bulk gift-code redemption, reminders); all or an error.
    async fn send_batch(&self, envelopes: &[Envelope]) -> Result<(), QueueError> {
        for envelope in envelopes {
            self.send(envelope).await?;
        }
        Ok(())
    }
}

/// A job that could not be enqueued.
#[derive(Debug, thiserror::Error)]
pub enum QueueError {
    /// No queue is configured for this kind.
    #[error("no queue configured for {0} jobs")]
    NotConfigured(JobKind),
    /// SQS refused or could not be reached.
    #[error("SQS: {0}")]
    Sqs(String),
    /// The local SQLite queue failed.
    #[cfg(feature = "sqlite")]
    #[error("local queue: {0}")]
    Local(#[from] rusqlite::Error),
    /// The blocking task running a SQLite call panicked or was cancelled.
    #[error("local queue task failed: {0}")]
    Task(#[from] tokio::task::JoinError),
}

#[cfg(feature = "eventbridge")]
pub use eventbridge::EventBridgePublisher;
pub use events::{EventError, EventSubscriber, LocalEvents, Publisher};
#[cfg(feature = "sqlite")]
pub use local::{DeadJob, LocalQueue, LocalQueuePolicy};
#[cfg(feature = "sqs")]
pub use sqs::SqsQueue;
pub use worker::{DEADLINE_RESERVE, Worker, handle_sqs_batch, process_message};
