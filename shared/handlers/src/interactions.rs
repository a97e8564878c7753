//! What DWOS answers to each verified interaction: inline for fast things, a deferred
//! reply plus a queued job for slow ones.

use crate::http::AppState;
use dwos_core::{ENVELOPE_VERSION, Envelope, JobKind};
use dwos_discord::interaction::Intent;
use dwos_discord::{CommandName, Incoming, response};
use twilight_model::http::interaction::InteractionResponse;

/// The response and a short outcome name for the request's log line.
pub struct Reply {
    /// What Discord gets back.
    pub response: InteractionResponse,
    /// `pong`, `help`, `deferred`, `unknown`, … (a log field).
    pub outcome: &'static str,
}

impl Reply {
    fn new(response: InteractionResponse, outcome: &'static str) -> Self {
        Self { response, outcome }
    }
}

/// Routes one verified interaction.
pub async fn route(state: &AppState, incoming: &Incoming) -> Reply {
    let locale = state.catalog.resolve(incoming.locales());
    let ephemeral = |id: &str| response::message(state.catalog.text(locale, id), true);
    match incoming.intent() {
        Intent::Ping => Reply::new(response::pong(), "pong"),
        Intent::Autocomplete(_) => Reply::new(response::no_choices(), "autocomplete"),
        Intent::Command(name) => match CommandName::from_name(name) {
            Some(command) if command.guild_only() && incoming.guild_id().is_none() => {
                Reply::new(ephemeral("guild-only"), "guild_only")
            }
            Some(CommandName::Help) => Reply::new(ephemeral("help-text"), "help"),
            Some(CommandName::Stats) => defer(state, incoming, JobKind::Stats, locale).await,
            None => Reply::new(ephemeral("unknown-interaction"), "unknown"),
        },
        Intent::Component(_) | Intent::Modal(_) => {
            Reply::new(ephemeral("unknown-interaction"), "unknown")
        }
    }
}

/// Queues the job and answers "thinking…"; if the queue is down the user is told at
/// once instead of waiting for a reply that will never come.
async fn defer(state: &AppState, incoming: &Incoming, kind: JobKind, locale: &str) -> Reply {
    let envelope = Envelope {
        version: ENVELOPE_VERSION,
        kind,
        interaction_id: incoming.id(),
        interaction_token: incoming.token(),
        application_id: incoming.application_id(),
        guild_id: incoming.guild_id(),
        channel_id: incoming.channel_id(),
        user_id: incoming.user_id(),
        locale: locale.to_owned(),
        correlation_id: incoming.id().to_string(),
        payload: serde_json::Value::Null,
    };
    match state.queue.send(&envelope).await {
        Ok(()) => Reply::new(response::deferred(false), "deferred"),
        Err(err) => {
            tracing::error!(error = %err, %kind, "could not enqueue");
            Reply::new(
                response::message(state.catalog.text(locale, "try-again-later"), true),
                "queue_failed",
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::HttpConfig;
    use async_trait::async_trait;
    use dwos_bus::{Queue, QueueError};
    use dwos_i18n::Catalog;
    use serde_json::{Value, json};
    use std::sync::{Arc, Mutex};

    /// Records envelopes, or refuses them all.
    struct TestQueue {
        sent: Mutex<Vec<Envelope>>,
        refuse: bool,
    }

    #[async_trait]
    impl Queue for TestQueue {
        async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
            if self.refuse {
                return Err(QueueError::NotConfigured(envelope.kind));
            }
            self.sent.lock().unwrap().push(envelope.clone());
            Ok(())
        }
    }

    fn state(refuse: bool) -> (AppState, Arc<TestQueue>) {
        let queue = Arc::new(TestQueue {
            sent: Mutex::new(Vec::new()),
            refuse,
        });
        let config = HttpConfig::from_lookup(&|name: &str| match name {
            "DISCORD_PUBLIC_KEY" => {
                Some("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c".into())
            }
            "DISCORD_APPLICATION_ID" => Some("2".into()),
            _ => None,
        })
        .unwrap();
        let state = AppState {
            config,
            catalog: Arc::new(Catalog::load().unwrap()),
            queue: queue.clone(),
            clock: || 0,
        };
        (state, queue)
    }

    fn interaction(kind: u8, data: Value, locale: &str) -> Incoming {
        let body = json!({
            "type": kind, "id": "9", "application_id": "2", "token": "tok", "version": 1,
            "authorizing_integration_owners": {}, "guild_id": "3", "locale": locale, "data": data,
            "channel": { "id": "4", "type": 0 },
            "member": { "user": { "id": "5", "username": "u", "discriminator": "0", "avatar": null },
                        "roles": [], "joined_at": null, "deaf": false, "mute": false, "flags": 0 }
        });
        Incoming::parse(&serde_json::to_vec(&body).unwrap()).unwrap()
    }

    fn content(reply: &Reply) -> String {
        reply
            .response
            .data
            .as_ref()
            .and_then(|d| d.content.clone())
            .unwrap_or_default()
    }

    #[tokio::test]
    async fn buttons_and_modals_get_a_localized_unknown_reply() {
        let (state, _) = state(false);
        let button = interaction(
            3,
            json!({ "custom_id": "old-button", "component_type": 2 }),
            "it",
        );
        let reply = route(&state, &button).await;
        assert_eq!(reply.outcome, "unknown");
        assert!(
            content(&reply).starts_with("Questo non lo conosco"),
            "{}",
            content(&reply)
        );
        let modal = interaction(
            5,
            json!({ "custom_id": "old-modal", "components": [] }),
            "en-US",
        );
        let reply = route(&state, &modal).await;
        assert!(
            content(&reply).starts_with("I don't know that one yet"),
            "{}",
            content(&reply)
        );
    }

    #[tokio::test]
    async fn stats_enqueues_one_envelope_with_the_correlation_id() {
        let (state, queue) = state(false);
        let reply = route(
            &state,
            &interaction(2, json!({ "id": "7", "name": "stats", "type": 1 }), "it"),
        )
        .await;
        assert_eq!(reply.outcome, "deferred");
        let sent = queue.sent.lock().unwrap();
        assert_eq!(sent.len(), 1);
        assert_eq!(
            (
                sent[0].kind,
                sent[0].correlation_id.as_str(),
                sent[0].locale.as_str()
            ),
            (JobKind::Stats, "9", "it")
        );
        assert_eq!(sent[0].interaction_token.expose(), "tok");
    }

    #[tokio::test]
    async fn a_queue_outage_is_told_to_the_user_at_once() {
        let (state, _) = state(true);
        let reply = route(
            &state,
            &interaction(2, json!({ "id": "7", "name": "stats", "type": 1 }), "it"),
        )
        .await;
        assert_eq!(reply.outcome, "queue_failed");
        assert!(
            content(&reply).starts_with("Qualcosa è andato storto"),
            "{}",
            content(&reply)
        );
    }
}
