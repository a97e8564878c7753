//! The queue port on Amazon SQS: one queue per job kind, URLs from the environment.

use crate::{Queue, QueueError};
use async_trait::async_trait;
use aws_sdk_sqs::error::DisplayErrorContext;
use aws_sdk_sqs::types::{MessageAttributeValue, SendMessageBatchRequestEntry};
use dwos_core::retry::Backoff;
use dwos_core::{Envelope, JobKind};
use std::collections::HashMap;
use std::time::Duration;

/// SQS's limit on entries per SendMessageBatch call.
const BATCH_SIZE: usize = 10;
/// SQS's longest message delay (15 minutes).
const MAX_DELAY_SECS: u64 = 900;

/// Sends jobs to SQS.
#[derive(Clone, Debug)]
pub struct SqsQueue {
    client: aws_sdk_sqs::Client,
    urls: HashMap<JobKind, String>,
    /// Rounds of resending entries SQS reported as failed.
    pub batch_retries: u32,
    /// First pause between those rounds; it doubles, plus jitter.
    pub batch_backoff: Duration,
}

impl SqsQueue {
    /// A queue adapter with an explicit URL per kind.
    pub fn new(client: aws_sdk_sqs::Client, urls: HashMap<JobKind, String>) -> Self {
        Self { client, urls, batch_retries: 3, batch_backoff: Duration::from_millis(50) }
    }

    /// The environment variable holding a kind's queue URL, e.g. `STATS_QUEUE_URL`.
    pub fn url_variable(kind: JobKind) -> String {
        format!("{}_QUEUE_URL", kind.as_str().to_ascii_uppercase())
    }

    /// Reads every kind's queue URL that is set, from `lookup` (the environment).
    pub fn urls_from(lookup: impl Fn(&str) -> Option<String>) -> HashMap<JobKind, String> {
        JobKind::ALL
            .into_iter()
            .filter_map(|kind| lookup(&Self::url_variable(kind)).filter(|u| !u.is_empty()).map(|u| (kind, u)))
            .collect()
    }

    fn url(&self, kind: JobKind) -> Result<&str, QueueError> {
        self.urls.get(&kind).map(String::as_str).ok_or(QueueError::NotConfigured(kind))
    }

    /// Sends up to ten envelopes of one kind, resending the entries SQS reports as failed.
    async fn send_chunk(&self, url: &str, chunk: &[&Envelope]) -> Result<(), QueueError> {
        let mut pending: Vec<SendMessageBatchRequestEntry> = chunk
            .iter()
            .enumerate()
            .map(|(i, envelope)| {
                SendMessageBatchRequestEntry::builder()
                    .id(i.to_string())
                    .message_body(envelope.to_json())
                    .message_attributes("correlation_id", correlation(envelope)?)
                    .build()
                    .map_err(|e| QueueError::Sqs(e.to_string()))
            })
            .collect::<Result<_, _>>()?;
        let mut delays = Backoff::new(self.batch_retries, self.batch_backoff).delays();
        let mut round = 0u32;
        loop {
            round += 1;
            let output = self
                .client
                .send_message_batch()
                .queue_url(url)
                .set_entries(Some(pending.clone()))
                .send()
                .await
                .map_err(|e| QueueError::Sqs(DisplayErrorContext(e).to_string()))?;
            let failed = output.failed();
            if failed.is_empty() {
                return Ok(());
            }
            if let Some(sender_fault) = failed.iter().find(|f| f.sender_fault()) {
                // Our own mistake (too large, bad attribute): resending cannot help.
                return Err(QueueError::Sqs(format!("entry rejected: {}", sender_fault.code())));
            }
            let failed_ids: Vec<&str> = failed.iter().map(|f| f.id()).collect();
            let Some(wait) = delays.next() else {
                return Err(QueueError::Sqs(format!("{} entries still failing after retries", failed_ids.len())));
            };
            tracing::warn!(failed = failed_ids.len(), round, ?wait, "SQS failed some batch entries, resending");
            pending.retain(|entry| failed_ids.contains(&entry.id()));
            tokio::time::sleep(wait).await;
        }
    }
}

fn correlation(envelope: &Envelope) -> Result<MessageAttributeValue, QueueError> {
    MessageAttributeValue::builder()
        .data_type("String")
        .string_value(&envelope.correlation_id)
        .build()
        .map_err(|e| QueueError::Sqs(e.to_string()))
}

#[async_trait]
impl Queue for SqsQueue {
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
        self.client
            .send_message()
            .queue_url(self.url(envelope.kind)?)
            .message_body(envelope.to_json())
            .message_attributes("correlation_id", correlation(envelope)?)
            .send()
            .await
            .map_err(|e| QueueError::Sqs(DisplayErrorContext(e).to_string()))?;
        Ok(())
    }

    async fn send_later(&self, envelope: &Envelope, delay: Duration) -> Result<(), QueueError> {
        self.client
            .send_message()
            .queue_url(self.url(envelope.kind)?)
            .message_body(envelope.to_json())
            .message_attributes("correlation_id", correlation(envelope)?)
            .delay_seconds(delay.as_secs().min(MAX_DELAY_SECS) as i32)
            .send()
            .await
            .map_err(|e| QueueError::Sqs(DisplayErrorContext(e).to_string()))?;
        Ok(())
    }

    async fn send_batch(&self, envelopes: &[Envelope]) -> Result<(), QueueError> {
        for kind in JobKind::ALL {
            let of_kind: Vec<&Envelope> = envelopes.iter().filter(|e| e.kind == kind).collect();
            if of_kind.is_empty() {
                continue;
            }
            let url = self.url(kind)?;
            for chunk in of_kind.chunks(BATCH_SIZE) {
                self.send_chunk(url, chunk).await?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_queue_urls_by_kind() {
        let urls = SqsQueue::urls_from(|name| (name == "STATS_QUEUE_URL").then(|| "https://sqs/q".to_owned()));
        assert_eq!(urls.get(&JobKind::Stats).map(String::as_str), Some("https://sqs/q"));
        assert!(SqsQueue::urls_from(|_| Some(String::new())).is_empty());
    }
}
