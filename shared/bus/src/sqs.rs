//! The queue port on Amazon SQS: one queue per job kind, URLs from the environment.

use crate::{Queue, QueueError};
use async_trait::async_trait;
use aws_sdk_sqs::error::DisplayErrorContext;
use aws_sdk_sqs::types::MessageAttributeValue;
use dwos_core::{Envelope, JobKind};
use std::collections::HashMap;

/// Sends jobs to SQS.
#[derive(Clone, Debug)]
pub struct SqsQueue {
    client: aws_sdk_sqs::Client,
    urls: HashMap<JobKind, String>,
}

impl SqsQueue {
    /// A queue adapter with an explicit URL per kind.
    pub fn new(client: aws_sdk_sqs::Client, urls: HashMap<JobKind, String>) -> Self {
        Self { client, urls }
    }

    /// The environment variable holding a kind's queue URL, e.g. `STATS_QUEUE_URL`.
    pub fn url_variable(kind: JobKind) -> String {
        format!("{}_QUEUE_URL", kind.as_str().to_ascii_uppercase())
    }

    /// Reads every kind's queue URL that is set, from `lookup` (the environment).
    pub fn urls_from(lookup: impl Fn(&str) -> Option<String>) -> HashMap<JobKind, String> {
        JobKind::ALL
            .into_iter()
            .filter_map(|kind| {
                lookup(&Self::url_variable(kind))
                    .filter(|u| !u.is_empty())
                    .map(|u| (kind, u))
            })
            .collect()
    }
}

#[async_trait]
impl Queue for SqsQueue {
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
        let url = self
            .urls
            .get(&envelope.kind)
            .ok_or(QueueError::NotConfigured(envelope.kind))?;
        let correlation = MessageAttributeValue::builder()
            .data_type("String")
            .string_value(&envelope.correlation_id)
            .build()
            .map_err(|e| QueueError::Sqs(e.to_string()))?;
        self.client
            .send_message()
            .queue_url(url)
            .message_body(envelope.to_json())
            .message_attributes("correlation_id", correlation)
            .send()
            .await
            .map_err(|e| QueueError::Sqs(DisplayErrorContext(e).to_string()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_queue_urls_by_kind() {
        let urls = SqsQueue::urls_from(|name| {
            (name == "STATS_QUEUE_URL").then(|| "https://sqs/q".to_owned())
        });
        assert_eq!(
            urls.get(&JobKind::Stats).map(String::as_str),
            Some("https://sqs/q")
        );
        assert!(SqsQueue::urls_from(|_| Some(String::new())).is_empty());
    }
}
