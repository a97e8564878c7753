//! What DWOS answers to each verified interaction: inline for fast things, a deferred
//! reply plus a queued job for slow ones.

use crate::http::AppState;
use dwos_core::model::{GameId, Rank, valid_alliance_tag};
use dwos_core::{AllianceChoice, ChannelId, ENVELOPE_VERSION, Envelope, JobKind, RoleId, UserId, VerifyStep};
use dwos_discord::interaction::Intent;
use dwos_discord::response::TextField;
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
    fn new(response: InteractionResponse, outcome: &'static str) -> Self {
        Self { response, outcome }
    }
}

/// Routes one verified interaction.
pub async fn route(state: &AppState, incoming: &Incoming) -> Reply {
    let locale = state.catalog.resolve(incoming.locales());
    let ephemeral = |id: &str| response::message(state.catalog.text(locale, id), true);
    let job = |kind, step: Option<VerifyStep>| Job { kind, payload: step.map(|s| json!(s)).unwrap_or_default() };
    match incoming.intent() {
        Intent::Ping => Reply::new(response::pong(), "pong"),
        Intent::Autocomplete(_) => Reply::new(response::no_choices(), "autocomplete"),
        Intent::Command(name) => match CommandName::from_name(name) {
            Some(command) if command.guild_only() && incoming.guild_id().is_none() => {
                Reply::new(ephemeral("guild-only"), "guild_only")
            }
            Some(command) if command.moderator_only() && !incoming.is_moderator() => {
                Reply::new(ephemeral("moderator-only"), "forbidden")
            }
            Some(CommandName::Help) => Reply::new(ephemeral("help-text"), "help"),
            Some(CommandName::Privacy) => Reply::new(ephemeral("privacy-notice"), "privacy"),
            Some(CommandName::Setup) => {
                let step = VerifyStep::Setup {
                    role: incoming.option_id("role").map(RoleId),
                    log_channel: incoming.option_id("log_channel").map(ChannelId),
                    language: incoming.option_str("language").map(str::to_owned),
                };
                defer(state, incoming, job(JobKind::Verify, Some(step)), response::deferred(true), locale).await
            }
            Some(CommandName::Unlink) => match incoming.option_id("member") {
                Some(member) => {
                    let step = VerifyStep::Unlink { member: UserId(member) };
                    defer(state, incoming, job(JobKind::Verify, Some(step)), response::deferred(true), locale).await
                }
                None => Reply::new(ephemeral("unknown-interaction"), "unknown"),
            },
            Some(CommandName::Stats) => {
                defer(state, incoming, job(JobKind::Stats, None), response::deferred(false), locale).await
            }
            Some(CommandName::Verify) => Reply::new(verify_modal(state, locale), "modal"),
            Some(CommandName::Reverify) => {
                let step = job(JobKind::Verify, Some(VerifyStep::Refresh));
                defer(state, incoming, step, response::deferred(true), locale).await
            }
            None => Reply::new(ephemeral("unknown-interaction"), "unknown"),
        },
        Intent::Modal(VERIFY_MODAL) => match incoming.modal_value(GAME_ID_FIELD).and_then(parse_game_id) {
            Some(game_id) => {
                let step = job(JobKind::Verify, Some(VerifyStep::Lookup { game_id }));
                defer(state, incoming, step, response::deferred(true), locale).await
            }
            None => Reply::new(ephemeral("verify-bad-id"), "bad_game_id"),
        },
        Intent::Component(VERIFY_START) => Reply::new(verify_modal(state, locale), "modal"),
        Intent::Component(ALLIANCE_SELECT) => match incoming.selected().first().map(String::as_str) {
            Some(NO_ALLIANCE) => alliance_job(state, incoming, AllianceChoice::NoAlliance, locale).await,
            Some(OTHER_STATE) => alliance_job(state, incoming, AllianceChoice::OtherState, locale).await,
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(state, tag, locale), "rank_question"),
            _ => Reply::new(ephemeral("alliance-bad-tag"), "bad_tag"),
        },
        Intent::Component(ALLIANCE_NEW) => {
            let field = TextField {
                custom_id: TAG_FIELD,
                label: state.catalog.text(locale, "alliance-modal-label"),
                placeholder: "FRO".to_owned(),
                min_length: 1,
                max_length: 8,
            };
            Reply::new(
                response::modal(ALLIANCE_MODAL, state.catalog.text(locale, "alliance-modal-title"), field),
                "modal",
            )
        }
        Intent::Modal(ALLIANCE_MODAL) => match incoming.modal_value(TAG_FIELD).map(str::trim) {
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(state, tag, locale), "rank_question"),
            _ => Reply::new(ephemeral("alliance-bad-tag"), "bad_tag"),
        },
        Intent::Component(id) if id.starts_with(RANK_PREFIX) => {
            let parsed = id.strip_prefix(RANK_PREFIX).and_then(|rest| rest.split_once(':'));
            match parsed.and_then(|(tag, rank)| Some((tag, Rank::parse(rank)?))) {
                Some((tag, rank)) if valid_alliance_tag(tag) => {
                    let choice = AllianceChoice::Join { tag: tag.to_owned(), rank };
                    alliance_job(state, incoming, choice, locale).await
                }
                _ => Reply::new(ephemeral("unknown-interaction"), "unknown"),
            }
        }
        Intent::Component(id) if id.starts_with(APPROVE_PREFIX) => {
            if !incoming.is_moderator() {
                return Reply::new(ephemeral("moderator-only"), "forbidden");
            }
            let parsed = id.strip_prefix(APPROVE_PREFIX).and_then(|rest| rest.split_once(':'));
            match parsed.and_then(|(tag, user)| Some((tag, user.parse::<u64>().ok()?))) {
                Some((tag, member)) if valid_alliance_tag(tag) => {
                    let step = VerifyStep::ApproveLeader { tag: tag.to_owned(), member: UserId(member) };
                    defer(state, incoming, job(JobKind::Verify, Some(step)), response::deferred_update(), locale).await
                }
                _ => Reply::new(ephemeral("unknown-interaction"), "unknown"),
            }
        }
        Intent::Component(VERIFY_REJECT) => {
            Reply::new(response::update_message(state.catalog.text(locale, "verify-rejected")), "verify_rejected")
        }
        Intent::Component(id) if id.starts_with(VERIFY_CONFIRM) => {
            match id.strip_prefix(VERIFY_CONFIRM).and_then(parse_game_id) {
                Some(game_id) => {
                    let step = job(JobKind::Verify, Some(VerifyStep::Confirm { game_id }));
                    defer(state, incoming, step, response::deferred_update(), locale).await
                }
                None => Reply::new(ephemeral("unknown-interaction"), "unknown"),
            }
        }
        Intent::Component(_) | Intent::Modal(_) => Reply::new(ephemeral("unknown-interaction"), "unknown"),
    }
}

/// The verification modal's custom id.
pub const VERIFY_MODAL: &str = "verify:modal";
/// The modal's game-id field.
pub const GAME_ID_FIELD: &str = "game_id";
/// Prefix of the "This is me" button's custom id; the game id follows.
pub const VERIFY_CONFIRM: &str = "verify:confirm:";
/// The alliance select menu shown after verification.
pub const ALLIANCE_SELECT: &str = "verify:alliance";
/// The select menu's "no alliance" value (tags are alphanumeric, so it cannot clash).
pub const NO_ALLIANCE: &str = "-none";
/// The select menu's "another state" value.
pub const OTHER_STATE: &str = "-os";
/// The "my alliance isn't listed" button.
pub const ALLIANCE_NEW: &str = "verify:alliance-new";
/// The new-alliance modal and its field.
pub const ALLIANCE_MODAL: &str = "verify:alliance-modal";
const TAG_FIELD: &str = "tag";
/// Prefix of rank buttons: `verify:rank:<tag>:<R1..R5>`.
pub const RANK_PREFIX: &str = "verify:rank:";
/// Prefix of the moderators' R5 approval button: `verify:approve:<tag>:<user>`.
pub const APPROVE_PREFIX: &str = "verify:approve:";

fn rank_buttons(state: &AppState, tag: &str, locale: &str) -> InteractionResponse {
    let mut args = dwos_i18n::FluentArgs::new();
    args.set("tag", tag.to_owned());
    let question = state.catalog.format(locale, "rank-question", Some(&args));
    let buttons =
        Rank::ALL.iter().rev().map(|r| (format!("{RANK_PREFIX}{tag}:{}", r.as_str()), r.as_str().to_owned())).collect();
    response::update_with_buttons(question, buttons)
}

async fn alliance_job(state: &AppState, incoming: &Incoming, choice: AllianceChoice, locale: &str) -> Reply {
    let step = VerifyStep::Alliance { choice };
    let job = Job { kind: JobKind::Verify, payload: json!(step) };
    defer(state, incoming, job, response::deferred_update(), locale).await
}

/// The verification panel's "Verify" button.
pub const VERIFY_START: &str = "verify:start";
/// The "Not me" button's custom id.
pub const VERIFY_REJECT: &str = "verify:reject";

/// A game id as typed: digits only, at most 12 of them.
pub fn parse_game_id(text: &str) -> Option<GameId> {
    let digits = text.trim();
    let valid = (1..=12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten().filter(|id| *id > 0).map(GameId)
}

fn verify_modal(state: &AppState, locale: &str) -> InteractionResponse {
    let field = TextField {
        custom_id: GAME_ID_FIELD,
        label: state.catalog.text(locale, "verify-modal-label"),
        placeholder: state.catalog.text(locale, "verify-modal-placeholder"),
        min_length: 1,
        max_length: 12,
    };
    response::modal(VERIFY_MODAL, state.catalog.text(locale, "verify-modal-title"), field)
}

/// What to queue.
struct Job {
    kind: JobKind,
    payload: serde_json::Value,
}

/// Queues the job and acknowledges at once; if the queue is down the user is told
/// instead of waiting for a reply that will never come.
async fn defer(state: &AppState, incoming: &Incoming, job: Job, ack: InteractionResponse, locale: &str) -> Reply {
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
