//! The router and the features' inline answers, through `route` with a recording queue.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use async_trait::async_trait;
use dwos_bus::{Queue, QueueError};
use dwos_core::{Envelope, JobKind, Origin};
use dwos_discord::Incoming;
use dwos_handlers::config::HttpConfig;
use dwos_handlers::router::route;
use dwos_handlers::{AppState, FEATURES, Reply};
use dwos_i18n::{Catalog, SHIPPED};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Records envelopes, refuses them all, or hangs.
struct TestQueue {
    sent: Mutex<Vec<Envelope>>,
    mode: Mode,
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Accept,
    Refuse,
    Hang,
}

#[async_trait]
impl Queue for TestQueue {
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
        match self.mode {
            Mode::Refuse => return Err(QueueError::NotConfigured(envelope.kind)),
            Mode::Hang => tokio::time::sleep(Duration::from_secs(3600)).await,
            Mode::Accept => {}
        }
        self.sent.lock().unwrap().push(envelope.clone());
        Ok(())
    }
}

fn state(mode: Mode) -> (AppState, Arc<TestQueue>) {
    let queue = Arc::new(TestQueue { sent: Mutex::new(Vec::new()), mode });
    let config = HttpConfig::from_lookup(&|name: &str| match name {
        "DISCORD_PUBLIC_KEY" => Some("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c".into()),
        "DISCORD_APPLICATION_ID" => Some("2".into()),
        _ => None,
    })
    .unwrap();
    let state = AppState {
        config,
        catalog: Arc::new(Catalog::load().unwrap()),
        queue: queue.clone(),
        features: FEATURES,
        clock: || 0,
        enqueue_timeout: Duration::from_millis(100),
        store: None,
    };
    (state, queue)
}

/// An interaction in guild 3 by user 5 with the given permission bits.
fn interaction(kind: u8, data: Value, locale: &str, permissions: &str) -> Incoming {
    let body = json!({
        "type": kind, "id": "9", "application_id": "2", "token": "tok", "version": 1,
        "authorizing_integration_owners": {}, "guild_id": "3", "locale": locale, "data": data,
        "channel": { "id": "4", "type": 0 },
        "member": { "user": { "id": "5", "username": "u", "discriminator": "0", "avatar": null },
                    "roles": [], "joined_at": null, "deaf": false, "mute": false, "flags": 0,
                    "permissions": permissions }
    });
    Incoming::parse(&serde_json::to_vec(&body).unwrap()).unwrap()
}

fn member(kind: u8, data: Value, locale: &str) -> Incoming {
    interaction(kind, data, locale, "1024")
}

fn command(name: &str) -> Value {
    json!({ "id": "7", "name": name, "type": 1 })
}

fn content(reply: &Reply) -> String {
    reply.response.data.as_ref().and_then(|d| d.content.clone()).unwrap_or_default()
}

#[tokio::test]
async fn unknown_buttons_and_modals_get_a_localized_unknown_reply() {
    let (state, _) = state(Mode::Accept);
    for id in ["old-button", "verify:nope", "verify:confirm:abc", "stats:x", ""] {
        let button = member(3, json!({ "custom_id": id, "component_type": 2 }), "it");
        let reply = route(&state, &button).await;
        assert_eq!(reply.outcome, "unknown", "{id}");
        assert!(content(&reply).starts_with("Questo non lo conosco"), "{}", content(&reply));
    }
    let modal = member(5, json!({ "custom_id": "old-modal", "components": [] }), "en-US");
    assert!(content(&route(&state, &modal).await).starts_with("I don't know that one yet"));
}

#[tokio::test]
async fn stats_enqueues_one_interaction_envelope_with_the_correlation_id() {
    let (state, queue) = state(Mode::Accept);
    let reply = route(&state, &member(2, command("stats"), "it")).await;
    assert_eq!(reply.outcome, "deferred");
    let sent = queue.sent.lock().unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!((sent[0].kind, sent[0].correlation_id.as_str(), sent[0].locale.as_str()), (JobKind::Stats, "9", "it"));
    let Origin::Interaction { token, application_id, .. } = &sent[0].origin else { panic!("{:?}", sent[0].origin) };
    assert_eq!((token.expose(), application_id.0), ("tok", 2));
}

#[tokio::test]
async fn help_lists_the_registered_commands_in_the_members_language() {
    let (state, _) = state(Mode::Accept);
    let member_help = content(&route(&state, &member(2, command("help"), "it")).await);
    assert!(member_help.contains("`/statistiche`"), "{member_help}");
    assert!(member_help.contains("`/verifica`") || member_help.contains("`/verify`"), "{member_help}");
    assert!(!member_help.contains("setup"), "moderator commands are for moderators: {member_help}");
    assert!(!member_help.to_lowercase().contains("presto"), "nothing announced as coming soon: {member_help}");
    let moderator_help = content(&route(&state, &interaction(2, command("help"), "en-US", "32")).await);
    for name in ["/help", "/stats", "/verify", "/reverify", "/privacy", "/setup", "/unlink"] {
        assert!(moderator_help.contains(&format!("`{name}`")), "{name} missing: {moderator_help}");
    }
}

#[tokio::test]
async fn verify_opens_a_modal_and_its_submit_queues_a_lookup() {
    let (state, queue) = state(Mode::Accept);
    let reply = route(&state, &member(2, command("verify"), "it")).await;
    let data = reply.response.data.clone().unwrap();
    assert_eq!((reply.outcome, data.custom_id.as_deref()), ("modal", Some("verify:modal")));
    assert_eq!(data.title.as_deref(), Some("Verifica il tuo account di gioco"));

    let submit = |id: &str, state: &str, name: &str| {
        json!({ "custom_id": "verify:modal", "components": [
            { "type": 1, "id": 1, "components": [{ "type": 4, "id": 2, "custom_id": "game_id", "value": id }] },
            { "type": 1, "id": 3, "components": [{ "type": 4, "id": 4, "custom_id": "state", "value": state }] },
            { "type": 1, "id": 5, "components": [{ "type": 4, "id": 6, "custom_id": "name", "value": name }] }
        ] })
    };
    for (bad, outcome) in [
        (submit("abc", "245", "Frost"), "bad_game_id"),
        (submit("12345678", "0", "Frost"), "bad_state"),
        (submit("12345678", "245", "  "), "bad_name"),
        (submit("12345678", "245", "<@1>"), "bad_name"),
    ] {
        assert_eq!(route(&state, &member(5, bad, "it")).await.outcome, outcome);
    }
    assert!(queue.sent.lock().unwrap().is_empty());
    let good = route(&state, &member(5, submit(" 12345678 ", "245", " Frost Bear "), "it")).await;
    assert_eq!(good.outcome, "deferred");
    let home = route(&state, &member(5, submit("12345678", "", "Frost"), "it")).await;
    assert_eq!(home.outcome, "deferred");
    let sent = queue.sent.lock().unwrap();
    assert_eq!(sent[0].kind, JobKind::Verify);
    assert_eq!(sent[0].payload, json!({ "step": "lookup", "game_id": 12345678, "state": 245, "name": "Frost Bear" }));
    assert_eq!(sent[1].payload["state"], Value::Null, "empty: the worker uses the home state");
}

#[tokio::test]
async fn furnace_and_approve_buttons() {
    let (state, queue) = state(Mode::Accept);
    let button = |id: &str| json!({ "custom_id": id, "component_type": 2 });
    let pick = |value: &str| json!({ "custom_id": "verify:furnace", "component_type": 3, "values": [value] });
    let chosen = route(&state, &member(3, pick("55"), "en-US")).await;
    assert_eq!(chosen.outcome, "deferred");
    assert_eq!(serde_json::to_value(&chosen.response).unwrap(), json!({ "type": 6 }));
    let skipped = route(&state, &member(3, button("verify:furnace-skip"), "en-US")).await;
    assert_eq!(skipped.outcome, "deferred");
    for forged in ["57", "0", "x"] {
        assert_eq!(route(&state, &member(3, pick(forged), "en-US")).await.outcome, "unknown", "{forged}");
    }
    let payloads: Vec<Value> = queue.sent.lock().unwrap().iter().map(|e| e.payload.clone()).collect();
    assert_eq!(payloads, [json!({ "step": "furnace", "level": 55 }), json!({ "step": "furnace", "level": null })]);
    // The old flow's buttons are unknown now.
    for old in ["verify:confirm:555", "verify:reject"] {
        assert_eq!(route(&state, &member(3, button(old), "en-US")).await.outcome, "unknown");
    }
    // The first release's R5-approval and rank buttons are unknown too: alliances decide ranks now.
    for old in ["verify:approve:FRO:42:1", "verify:rank:FRO:R5", "verify:alliance"] {
        assert_eq!(route(&state, &member(3, button(old), "en-US")).await.outcome, "unknown", "{old}");
    }
    assert_eq!(queue.sent.lock().unwrap().len(), 2, "two choices, nothing else queued");
}

#[tokio::test]
async fn moderator_commands_are_checked_server_side() {
    let (state, queue) = state(Mode::Accept);
    let unlink =
        json!({ "id": "7", "name": "unlink", "type": 1, "options": [{ "name": "member", "type": 6, "value": "42" }] });
    let reply = route(&state, &member(2, unlink.clone(), "en-US")).await;
    assert_eq!(reply.outcome, "forbidden");
    let refusals: Vec<Value> = queue.sent.lock().unwrap().iter().map(|e| e.payload.clone()).collect();
    assert_eq!(refusals, [json!({ "step": "refused", "what": "/unlink" })], "only the log line is queued");
    let reply = route(&state, &interaction(2, unlink, "en-US", "32")).await;
    assert_eq!(reply.outcome, "deferred");
}

#[tokio::test]
async fn gift_codes_are_checked_before_anything_is_queued() {
    let (state, queue) = state(Mode::Accept);
    let giftcode = |sub: &str, code: &str| {
        json!({ "id": "7", "name": "giftcode", "type": 1, "options": [
            { "name": sub, "type": 1, "options": [{ "name": "code", "type": 3, "value": code }] }
        ] })
    };
    // Adding is for moderators; redeeming for oneself is for everyone.
    assert_eq!(route(&state, &member(2, giftcode("add", "WOS2026"), "en-US")).await.outcome, "forbidden");
    assert_eq!(route(&state, &interaction(2, giftcode("add", "no way"), "en-US", "32")).await.outcome, "bad_code");
    assert_eq!(route(&state, &interaction(2, giftcode("add", " wos2026 "), "en-US", "32")).await.outcome, "deferred");
    assert_eq!(route(&state, &member(2, giftcode("redeem", "abc"), "en-US")).await.outcome, "bad_code");
    assert_eq!(route(&state, &member(2, giftcode("redeem", "wos2026"), "en-US")).await.outcome, "deferred");
    let button = |id: &str| json!({ "custom_id": id, "component_type": 2 });
    assert_eq!(route(&state, &member(3, button("gift:detail:WOS2026"), "en-US")).await.outcome, "forbidden");
    assert_eq!(route(&state, &member(3, button("gift:redeem:WOS2026"), "en-US")).await.outcome, "deferred");
    let sent: Vec<(JobKind, Value)> = queue.sent.lock().unwrap().iter().map(|e| (e.kind, e.payload.clone())).collect();
    let redeem = json!({ "code": "WOS2026", "user_id": "5", "player": null, "run": false, "cooldowns": 0, "searched": false, "search": null });
    assert_eq!(
        sent,
        [
            (JobKind::Moderation, json!({ "step": "refused", "what": "/giftcode add" })),
            (JobKind::Giftcode, json!({ "step": "add", "code": "WOS2026", "since": null })),
            (JobKind::Redeem, redeem.clone()),
            (JobKind::Moderation, json!({ "step": "refused", "what": "gift:detail" })),
            (JobKind::Redeem, redeem),
        ]
    );
}

#[tokio::test]
async fn only_manage_server_changes_moderators() {
    let (state, queue) = state(Mode::Accept);
    let add = json!({ "id": "7", "name": "moderators", "type": 1, "options": [
        { "name": "add", "type": 1, "options": [{ "name": "role", "type": 8, "value": "77" }] }
    ] });
    assert_eq!(route(&state, &member(2, add.clone(), "en-US")).await.outcome, "forbidden");
    let empty =
        json!({ "id": "7", "name": "moderators", "type": 1, "options": [{ "name": "add", "type": 1, "options": [] }] });
    assert_eq!(route(&state, &interaction(2, empty, "en-US", "32")).await.outcome, "bad_options");
    assert_eq!(route(&state, &interaction(2, add, "en-US", "32")).await.outcome, "deferred");
    let last = queue.sent.lock().unwrap().last().map(|e| e.payload.clone());
    assert_eq!(last, Some(json!({ "step": "moderators", "change": "add", "role": "77", "member": null })));
}

fn setup_with_role(role: Value) -> Value {
    let id = role["id"].clone();
    json!({ "id": "7", "name": "setup", "type": 1,
            "options": [{ "name": "role", "type": 8, "value": id }],
            "resolved": { "roles": { id.as_str().unwrap(): role } } })
}

fn role(id: &str, permissions: &str, managed: bool) -> Value {
    json!({ "id": id, "name": "r", "color": 0, "colors": { "primary_color": 0 }, "hoist": false, "managed": managed,
            "mentionable": false, "permissions": permissions, "position": 1, "flags": 0 })
}

#[tokio::test]
async fn setup_refuses_roles_that_would_hand_out_power() {
    let (state, queue) = state(Mode::Accept);
    // Manage Server and Manage Roles: 0x20 | 0x10000000.
    let moderator = "268435488";
    let cases = [
        (role("3", "1024", false), "@everyone"),
        (role("10", "8", false), "moderator permissions"),
        (role("11", "268435456", false), "moderator permissions"),
        (role("12", "4", false), "moderator permissions"),
        (role("13", "0", true), "managed"),
    ];
    for (picked, why) in cases {
        let reply = route(&state, &interaction(2, setup_with_role(picked.clone()), "en-US", moderator)).await;
        assert_eq!(reply.outcome, "unsafe_role");
        assert!(content(&reply).contains(why), "{picked}: {}", content(&reply));
    }
    // Manage Server without Manage Roles may not pick the role at all.
    let reply = route(&state, &interaction(2, setup_with_role(role("14", "0", false)), "en-US", "32")).await;
    assert!(content(&reply).contains("Manage Roles"), "{}", content(&reply));
    assert!(queue.sent.lock().unwrap().is_empty(), "nothing refused was queued");
    let reply = route(&state, &interaction(2, setup_with_role(role("14", "1024", false)), "en-US", moderator)).await;
    assert_eq!(reply.outcome, "deferred");
}

#[tokio::test]
async fn a_queue_outage_or_a_slow_queue_is_told_to_the_user_at_once() {
    let (refusing, _) = state(Mode::Refuse);
    let reply = route(&refusing, &member(2, command("stats"), "it")).await;
    assert_eq!(reply.outcome, "queue_failed");
    assert!(content(&reply).starts_with("Qualcosa è andato storto"), "{}", content(&reply));
    let (hanging, _) = state(Mode::Hang);
    let started = std::time::Instant::now();
    let reply = route(&hanging, &member(2, command("stats"), "en-US")).await;
    assert_eq!(reply.outcome, "queue_timeout");
    assert!(started.elapsed() < Duration::from_secs(1), "bounded by enqueue_timeout");
}

/// Discord rejects a modal or component whose texts exceed these lengths.
#[test]
fn localized_component_texts_fit_discords_limits() {
    let catalog = Catalog::load().unwrap();
    let limits = [
        ("verify-modal-title", 45),
        ("alliance-form-title", 45),
        ("verify-modal-label", 45),
        ("alliance-form-tag", 45),
        ("alliance-form-name", 45),
        ("verify-modal-placeholder", 100),
        ("verify-state-label", 45),
        ("verify-state-placeholder", 100),
        ("verify-name-label", 45),
        ("verify-name-placeholder", 100),
        ("furnace-placeholder", 150),
        ("furnace-skip", 80),
        ("verify-try-again", 80),
        ("alliance-placeholder", 150),
        ("alliance-none", 100),
        ("alliance-other-state", 100),
        ("alliance-new-button", 80),
        ("panel-button", 80),
        ("alliance-approve-button", 80),
        ("alliance-deny-button", 80),
        ("alliance-transfer-button", 80),
        ("alliance-cancel-button", 80),
        ("alliance-dissolve-keep", 80),
        ("alliance-dissolve-delete", 80),
        ("alliance-sort-rank", 80),
        ("alliance-sort-furnace", 80),
        ("alliance-sort-name", 80),
        ("rules-form-title", 45),
        ("rules-form-label", 45),
        ("rules-form-placeholder", 100),
        ("rules-accept-button", 80),
        ("ticket-close-button", 80),
        ("dashboard-dm-on-button", 80),
        ("dashboard-dm-off-button", 80),
        ("dashboard-redeem-on-button", 80),
        ("dashboard-redeem-off-button", 80),
        ("stats-channel-members", 100),
        ("stats-channel-verified", 100),
        ("stats-channel-alliances", 100),
    ];
    // Statistics channel names carry the largest count a server could show.
    let mut args = dwos_i18n::FluentArgs::new();
    args.set("count", dwos_i18n::FluentValue::from(1_000_000));
    for locale in SHIPPED {
        for (id, max) in limits {
            let text = catalog.try_format(locale.tag, id, Some(&args)).unwrap();
            assert!(
                text.chars().count() <= max,
                "{}/{id} is {} characters, over {max}",
                locale.tag,
                text.chars().count()
            );
        }
    }
}

#[test]
fn registered_definitions_are_valid_and_localized() {
    let catalog = Catalog::load().unwrap();
    let definitions = dwos_discord::commands::definitions(&catalog, dwos_handlers::registry::commands());
    let list = definitions.as_array().unwrap();
    assert_eq!(list.len(), dwos_handlers::registry::commands().count());
    for definition in list {
        let options = definition["options"].as_array().unwrap();
        let nested = options.iter().filter_map(|o| o["options"].as_array()).flatten();
        for described in std::iter::once(definition).chain(options).chain(nested) {
            let localized = described["description_localizations"].as_object().unwrap().values();
            for text in std::iter::once(&described["description"]).chain(localized).map(|d| d.as_str().unwrap()) {
                assert!((1..=100).contains(&text.chars().count()), "{text}");
            }
        }
        let names = definition["name_localizations"].as_object().unwrap();
        for code in ["it", "ko", "zh-CN", "zh-TW", "ja", "es-ES", "es-419", "de", "fr", "ru", "uk"] {
            assert!(names.contains_key(code), "{code} missing in {definition}");
        }
        for name in names.values().map(|v| v.as_str().unwrap()) {
            let valid = (1..=32).contains(&name.chars().count())
                && name.chars().all(|c| c == '-' || c == '_' || c.is_alphanumeric())
                && name.to_lowercase() == name;
            assert!(valid, "invalid localized name {name:?}");
        }
    }
    // Discord refuses two commands with the same name in one language.
    let codes: std::collections::BTreeSet<String> =
        list.iter().flat_map(|d| d["name_localizations"].as_object().unwrap().keys().cloned()).collect();
    for code in codes {
        let mut names: Vec<&str> =
            list.iter().map(|d| d["name_localizations"][&code].as_str().or(d["name"].as_str()).unwrap()).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "two commands share a name in {code}: {names:?}");
    }
}
