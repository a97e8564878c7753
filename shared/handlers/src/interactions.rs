//! What DWOS answers to each verified interaction: inline for fast things, a deferred
//! reply plus a queued job for slow ones.

use crate::http::AppState;
use crate::verification;
use dwos_core::{ENVELOPE_VERSION, Envelope, JobKind, VerifyStep};
use dwos_discord::interaction::Intent;
use dwos_discord::{CommandName, Incoming, response};
use serde_json::json;
use twilight_model::http::interaction::InteractionResponse;

/// The response and a short outcome name for the request's log line.
pub struct Reply {
    /// What Discord gets back.
    pub response: InteractionResponse,
    /// `pong`, `help`, `deferred`, `unknown`, … (a log field).
    pub outcome: &'static str,
}

impl Reply {
    pub(crate) fn new(response: InteractionResponse, outcome: &'static str) -> Self {
        Self { response, outcome }
    }
}

/// Routes one verified interaction.
pub async fn route(state: &AppState, incoming: &Incoming) -> Reply {
    let locale = state.catalog.resolve(incoming.locales());
    let reply = match incoming.intent() {
        Intent::Ping => Some(Reply::new(response::pong(), "pong")),
        Intent::Autocomplete(_) => Some(Reply::new(response::no_choices(), "autocomplete")),
        Intent::Command(name) => match CommandName::from_name(name) {
            Some(command) if command.guild_only() && incoming.guild_id().is_none() => {
                Some(ephemeral(state, locale, "guild-only", "guild_only"))
            }
            Some(command) if command.moderator_only() && !incoming.is_moderator() => {
                Some(ephemeral(state, locale, "moderator-only", "forbidden"))
            }
            Some(CommandName::Help) => Some(ephemeral(state, locale, "help-text", "help")),
            Some(CommandName::Privacy) => Some(ephemeral(state, locale, "privacy-notice", "privacy")),
            Some(CommandName::Stats) => {
                Some(defer(state, incoming, Job::stats(), response::deferred(false), locale).await)
            }
            Some(command) => verification::command(state, incoming, command, locale).await,
            None => None,
        },
        Intent::Component(id) => verification::component(state, incoming, id, locale).await,
        Intent::Modal(id) => verification::modal(state, incoming, id, locale).await,
    };
    reply.unwrap_or_else(|| ephemeral(state, locale, "unknown-interaction", "unknown"))
}

/// An ephemeral message from the catalog.
pub(crate) fn ephemeral(state: &AppState, locale: &str, id: &str, outcome: &'static str) -> Reply {
    Reply::new(response::message(state.catalog.text(locale, id), true), outcome)
}

/// What to queue.
pub(crate) struct Job {
    kind: JobKind,
    payload: serde_json::Value,
}

impl Job {
    /// A `/stats` job.
    fn stats() -> Self {
        Self { kind: JobKind::Stats, payload: serde_json::Value::Null }
    }

    /// A verification job.
    pub(crate) fn verify(step: VerifyStep) -> Self {
        Self { kind: JobKind::Verify, payload: json!(step) }
    }
}

/// Queues the job and acknowledges at once; if the queue is down the user is told
/// instead of waiting for a reply that will never come.
pub(crate) async fn defer(
    state: &AppState,
    incoming: &Incoming,
    job: Job,
    ack: InteractionResponse,
    locale: &str,
) -> Reply {
    let envelope = Envelope {
        version: ENVELOPE_VERSION,
        kind: job.kind,
        interaction_id: incoming.id(),
        interaction_token: incoming.token(),
        application_id: incoming.application_id(),
        guild_id: incoming.guild_id(),
        channel_id: incoming.channel_id(),
        user_id: incoming.user_id(),
        locale: locale.to_owned(),
        correlation_id: incoming.id().to_string(),
        payload: job.payload,
    };
    match state.queue.send(&envelope).await {
        Ok(()) => Reply::new(ack, "deferred"),
        Err(err) => {
            tracing::error!(error = %err, kind = %job.kind, "could not enqueue");
            Reply::new(response::message(state.catalog.text(locale, "try-again-later"), true), "queue_failed")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::HttpConfig;
    use crate::verification::{GAME_ID_FIELD, VERIFY_MODAL, VERIFY_REJECT, parse_game_id};
    use async_trait::async_trait;
    use dwos_bus::{Queue, QueueError};
    use dwos_core::model::GameId;
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
        let queue = Arc::new(TestQueue { sent: Mutex::new(Vec::new()), refuse });
        let config = HttpConfig::from_lookup(&|name: &str| match name {
            "DISCORD_PUBLIC_KEY" => Some("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c".into()),
            "DISCORD_APPLICATION_ID" => Some("2".into()),
            _ => None,
        })
        .unwrap();
        let state = AppState { config, catalog: Arc::new(Catalog::load().unwrap()), queue: queue.clone(), clock: || 0 };
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
        reply.response.data.as_ref().and_then(|d| d.content.clone()).unwrap_or_default()
    }

    #[tokio::test]
    async fn buttons_and_modals_get_a_localized_unknown_reply() {
        let (state, _) = state(false);
        let button = interaction(3, json!({ "custom_id": "old-button", "component_type": 2 }), "it");
        let reply = route(&state, &button).await;
        assert_eq!(reply.outcome, "unknown");
        assert!(content(&reply).starts_with("Questo non lo conosco"), "{}", content(&reply));
        let modal = interaction(5, json!({ "custom_id": "old-modal", "components": [] }), "en-US");
        let reply = route(&state, &modal).await;
        assert!(content(&reply).starts_with("I don't know that one yet"), "{}", content(&reply));
    }

    #[tokio::test]
    async fn stats_enqueues_one_envelope_with_the_correlation_id() {
        let (state, queue) = state(false);
        let reply = route(&state, &interaction(2, json!({ "id": "7", "name": "stats", "type": 1 }), "it")).await;
        assert_eq!(reply.outcome, "deferred");
        let sent = queue.sent.lock().unwrap();
        assert_eq!(sent.len(), 1);
        assert_eq!(
            (sent[0].kind, sent[0].correlation_id.as_str(), sent[0].locale.as_str()),
            (JobKind::Stats, "9", "it")
        );
        assert_eq!(sent[0].interaction_token.expose(), "tok");
    }

    #[test]
    fn game_ids_are_digits_only() {
        assert_eq!(parse_game_id(" 12345678 "), Some(GameId(12345678)));
        for bad in ["", "abc", "12 34", "-5", "0", "1234567890123", "１２３"] {
            assert_eq!(parse_game_id(bad), None, "{bad:?}");
        }
    }

    #[tokio::test]
    async fn verify_opens_a_modal_and_its_submit_queues_a_lookup() {
        let (state, queue) = state(false);
        let reply = route(&state, &interaction(2, json!({ "id": "7", "name": "verify", "type": 1 }), "it")).await;
        let data = reply.response.data.clone().unwrap();
        assert_eq!((reply.outcome, data.custom_id.as_deref()), ("modal", Some(VERIFY_MODAL)));
        assert_eq!(data.title.as_deref(), Some("Verifica il tuo account di gioco"));

        let submit = |value: &str| {
            json!({ "custom_id": VERIFY_MODAL, "components": [{ "type": 1, "id": 1, "components": [
                { "type": 4, "id": 2, "custom_id": GAME_ID_FIELD, "value": value }] }] })
        };
        let bad = route(&state, &interaction(5, submit("abc"), "it")).await;
        assert_eq!(bad.outcome, "bad_game_id");
        assert!(queue.sent.lock().unwrap().is_empty());
        let good = route(&state, &interaction(5, submit("12345678"), "it")).await;
        assert_eq!(good.outcome, "deferred");
        let sent = queue.sent.lock().unwrap();
        assert_eq!(sent[0].kind, JobKind::Verify);
        assert_eq!(sent[0].payload, json!({ "step": "lookup", "game_id": 12345678 }));
    }

    #[tokio::test]
    async fn confirm_and_reject_buttons() {
        let (state, queue) = state(false);
        let button = |id: &str| json!({ "custom_id": id, "component_type": 2 });
        let confirm = route(&state, &interaction(3, button("verify:confirm:555"), "en-US")).await;
        assert_eq!(confirm.outcome, "deferred");
        assert_eq!(serde_json::to_value(&confirm.response).unwrap(), json!({ "type": 6 }));
        assert_eq!(queue.sent.lock().unwrap()[0].payload, json!({ "step": "confirm", "game_id": 555 }));
        let reject = route(&state, &interaction(3, button(VERIFY_REJECT), "en-US")).await;
        assert_eq!(reject.outcome, "verify_rejected");
        assert!(content(&reject).starts_with("No problem"));
        let forged = route(&state, &interaction(3, button("verify:confirm:abc"), "en-US")).await;
        assert_eq!(forged.outcome, "unknown");
    }

    #[tokio::test]
    async fn a_queue_outage_is_told_to_the_user_at_once() {
        let (state, _) = state(true);
        let reply = route(&state, &interaction(2, json!({ "id": "7", "name": "stats", "type": 1 }), "it")).await;
        assert_eq!(reply.outcome, "queue_failed");
        assert!(content(&reply).starts_with("Qualcosa è andato storto"), "{}", content(&reply));
    }
}

#[cfg(test)]
mod discord_limits {
    use dwos_i18n::{Catalog, SHIPPED};

    /// Discord rejects a modal or component whose texts exceed these lengths.
    #[test]
    fn localized_component_texts_fit_discords_limits() {
        let catalog = Catalog::load().unwrap();
        let limits = [
            ("verify-modal-title", 45),
            ("alliance-modal-title", 45),
            ("verify-modal-label", 45),
            ("alliance-modal-label", 45),
            ("verify-modal-placeholder", 100),
            ("alliance-placeholder", 150),
            ("alliance-none", 100),
            ("alliance-other-state", 100),
            ("verify-button-confirm", 80),
            ("verify-button-reject", 80),
            ("alliance-new-button", 80),
            ("panel-button", 80),
            ("r5-approve-button", 80),
        ];
        for locale in SHIPPED {
            for (id, max) in limits {
                let text = catalog.try_format(locale.tag, id, None).unwrap();
                assert!(
                    text.chars().count() <= max,
                    "{}/{id} is {} characters, over {max}",
                    locale.tag,
                    text.chars().count()
                );
            }
        }
    }
}
