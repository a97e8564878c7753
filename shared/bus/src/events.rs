//! Domain events: the publisher port and the in-process fan-out (`dwos serve`); the
//! EventBridge adapter is in `eventbridge.rs`.

use async_trait::async_trait;
use dwos_core::DomainEvent;
use std::sync::Arc;

/// The `source` of every DWOS event on the bus.
pub const SOURCE: &str = "dwos";

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
