//! Domain events: published on EventBridge on AWS, fanned out in-process locally.

use async_trait::async_trait;
use aws_sdk_eventbridge::error::DisplayErrorContext;
use aws_sdk_eventbridge::types::PutEventsRequestEntry;
use dwos_core::DomainEvent;
use dwos_core::retry::Backoff;
use std::sync::Arc;
use std::time::Duration;

/// The `source` of every DWOS event on the bus.
pub const SOURCE: &str = "dwos";

/// EventBridge's limit on entries per PutEvents call.
const BATCH_SIZE: usize = 10;

/// Events that could not be published.
#[derive(Debug, thiserror::Error)]
pub enum EventError {
    /// EventBridge refused or could not be reached.
    #[error("EventBridge: {0}")]
    EventBridge(String),
    /// A local subscriber failed.
    #[error("subscriber {subscriber}: {reason}")]
    Subscriber {
        /// Which subscriber.
        subscriber: &'static str,
        /// Its error.
        reason: String,
    },
}

/// Where domain events go.
#[async_trait]
pub trait Publisher: Send + Sync {
    /// Publishes events; all of them, or an error.
    async fn publish(&self, events: &[DomainEvent]) -> Result<(), EventError>;
}

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

/// Reacts to domain events (notifier, stats, future adapters).
#[async_trait]
pub trait EventSubscriber: Send + Sync {
    /// A name for log lines.
    fn name(&self) -> &'static str;
    /// Handles one event.
    async fn handle(&self, event: &DomainEvent) -> Result<(), String>;
}

/// In-process fan-out for `dwos serve`: every subscriber sees every event, in order.
#[derive(Clone, Default)]
pub struct LocalEvents {
    subscribers: Vec<Arc<dyn EventSubscriber>>,
}

impl LocalEvents {
    /// Adds a subscriber.
    #[must_use]
    pub fn with(mut self, subscriber: Arc<dyn EventSubscriber>) -> Self {
        self.subscribers.push(subscriber);
        self
    }
}

#[async_trait]
impl Publisher for LocalEvents {
    async fn publish(&self, events: &[DomainEvent]) -> Result<(), EventError> {
        for event in events {
            for subscriber in &self.subscribers {
                subscriber
                    .handle(event)
                    .await
                    .map_err(|reason| EventError::Subscriber { subscriber: subscriber.name(), reason })?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dwos_core::{DomainEventKind, GuildId};
    use std::sync::Mutex;

    struct Recorder(Mutex<Vec<String>>);

    #[async_trait]
    impl EventSubscriber for Recorder {
        fn name(&self) -> &'static str {
            "recorder"
        }
        async fn handle(&self, event: &DomainEvent) -> Result<(), String> {
            self.0.lock().unwrap().push(event.correlation_id.clone());
            Ok(())
        }
    }

    #[tokio::test]
    async fn local_events_reach_every_subscriber_in_order() {
        let (a, b) = (Arc::new(Recorder(Mutex::new(vec![]))), Arc::new(Recorder(Mutex::new(vec![]))));
        let bus = LocalEvents::default().with(a.clone()).with(b.clone());
        let event = |id: &str| {
            DomainEvent::new(DomainEventKind::PlayerVerified, Some(GuildId(1)), None, id, serde_json::json!({}))
        };
        bus.publish(&[event("1"), event("2")]).await.unwrap();
        assert_eq!(*a.0.lock().unwrap(), ["1", "2"]);
        assert_eq!(*b.0.lock().unwrap(), ["1", "2"]);
    }
}
