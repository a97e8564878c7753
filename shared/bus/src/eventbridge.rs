//! The publisher port on Amazon EventBridge: PutEvents on the app bus, with retries.

use crate::events::{EventError, Publisher, SOURCE};
use async_trait::async_trait;
use aws_sdk_eventbridge::error::DisplayErrorContext;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use dwos_core::DomainEvent;
use dwos_core::retry::Backoff;
use std::time::Duration;

/// EventBridge's limit on entries per PutEvents call.
const BATCH_SIZE: usize = 10;

/// Publishes on an EventBridge bus, resending entries counted in `FailedEntryCount`.
#[derive(Clone, Debug)]
pub struct EventBridgePublisher {
    client: aws_sdk_eventbridge::Client,
    bus_name: String,
    /// Rounds of resending failed entries.
    pub retries: u32,
    /// First pause between rounds; it doubles, plus jitter.
    pub backoff: Duration,
}

impl EventBridgePublisher {
    /// A publisher on the named bus (`EVENT_BUS_NAME` on Lambda).
    pub fn new(client: aws_sdk_eventbridge::Client, bus_name: impl Into<String>) -> Self {
        Self { client, bus_name: bus_name.into(), retries: 3, backoff: Duration::from_millis(50) }
    }

    fn entry(&self, event: &DomainEvent) -> PutEventsRequestEntry {
        PutEventsRequestEntry::builder()
            .event_bus_name(&self.bus_name)
            .source(SOURCE)
            .detail_type(event.kind.as_str())
            .detail(serde_json::to_string(event).unwrap_or_default())
            .build()
    }
}

#[async_trait]
impl Publisher for EventBridgePublisher {
    async fn publish(&self, events: &[DomainEvent]) -> Result<(), EventError> {
        for chunk in events.chunks(BATCH_SIZE) {
            let mut pending: Vec<PutEventsRequestEntry> = chunk.iter().map(|e| self.entry(e)).collect();
            let mut delays = Backoff::new(self.retries, self.backoff).delays();
            let mut round = 0u32;
            loop {
                let output = self
                    .client
                    .put_events()
                    .set_entries(Some(pending.clone()))
                    .send()
                    .await
                    .map_err(|e| EventError::EventBridge(DisplayErrorContext(e).to_string()))?;
                if output.failed_entry_count() == 0 {
                    break;
                }
                // Result entries line up with request entries; failed ones carry an error code.
                let results = output.entries();
                let retry: Vec<PutEventsRequestEntry> = pending
                    .iter()
                    .zip(results)
                    .filter(|(_, result)| result.error_code().is_some())
                    .map(|(entry, _)| entry.clone())
                    .collect();
                // A failure count with no entry marked failed leaves nothing identifiable to resend.
                let wait = if retry.is_empty() { None } else { delays.next() };
                let Some(wait) = wait else {
                    return Err(EventError::EventBridge(format!(
                        "{} event(s) not accepted after {round} retries",
                        output.failed_entry_count()
                    )));
                };
                round += 1;
                tracing::warn!(failed = retry.len(), round, ?wait, "EventBridge failed some entries, resending");
                tokio::time::sleep(wait).await;
                pending = retry;
            }
        }
        Ok(())
    }
}
