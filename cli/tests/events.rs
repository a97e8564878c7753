//! Every file in events/ runs through its function's handler on the local adapters,
//! and the committed files are exactly what `dwos events` generates.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use aws_lambda_events::event::sqs::SqsEvent;
use dwos::devkey::DevKey;
use dwos::fixtures;
use dwos_bus::{DEADLINE_RESERVE, LocalQueue, LocalQueuePolicy, handle_sqs_batch};
use dwos_core::Envelope;
use dwos_core::JobKind;
use dwos_discord::{RestClient, RetryPolicy};
use dwos_game::fake::FakeGame;
use dwos_game::{GameClient, GameSettings};
use dwos_handlers::AppState;
use dwos_handlers::WorkerDeps;
use dwos_handlers::config::HttpConfig;
use dwos_handlers::features::verify::Refresher;
use dwos_handlers::http::system_clock;
use dwos_i18n::Catalog;
use dwos_store::{SqliteTable, Store};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use tower::ServiceExt;

fn events_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../events")
}

fn read(name: &str) -> String {
    std::fs::read_to_string(events_dir().join(name)).unwrap()
}

fn env_json(function: &str) -> impl Fn(&str) -> Option<String> {
    let env: Value = serde_json::from_str(&read("env.json")).unwrap();
    let vars = env[function].clone();
    move |name| vars[name].as_str().map(str::to_owned)
}

/// Runs an API Gateway event through the interactions router; returns status, body, queue.
async fn invoke_interactions(name: &str) -> (u16, Value, LocalQueue) {
    let dir = tempfile::tempdir().unwrap();
    let queue = LocalQueue::open(&dir.path().join("q.db"), LocalQueuePolicy::default()).unwrap();
    let config = HttpConfig::from_lookup(&env_json("InteractionsFunction")).unwrap();
    let state = AppState {
        config,
        catalog: Arc::new(Catalog::load().unwrap()),
        queue: Arc::new(queue.clone()),
        features: dwos_handlers::FEATURES,
        clock: system_clock,
        enqueue_timeout: dwos_handlers::ENQUEUE_TIMEOUT,
        store: None,
    };
    let request = lambda_http::request::from_str(&read(name)).unwrap();
    let request = request.map(|body| axum::body::Body::from(body.to_vec()));
    let response = dwos_handlers::router(Arc::new(state)).oneshot(request).await.unwrap();
    let status = response.status().as_u16();
    let bytes = axum::body::to_bytes(response.into_body(), 1 << 20).await.unwrap();
    let body = if bytes.is_empty() { Value::Null } else { serde_json::from_slice(&bytes).unwrap() };
    (status, body, queue)
}

#[tokio::test]
async fn every_event_file_has_a_checked_outcome() {
    let mut names: Vec<String> = std::fs::read_dir(events_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        match name.as_str() {
            "env.json" => {}
            "interactions-ping.json" | "interactions-ping-base64.json" => {
                let (status, body, _) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 1})), "{name}");
            }
            "interactions-help.json" => {
                let (status, body, _) = invoke_interactions(&name).await;
                assert_eq!((status, body["type"].as_u64(), body["data"]["flags"].as_u64()), (200, Some(4), Some(64)));
                assert!(
                    body["data"]["content"].as_str().unwrap().contains("il tuo assistente"),
                    "Italian help: {body}"
                );
            }
            "interactions-stats.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5})));
                let job = queue.receive("stats").await.unwrap().expect("a stats job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope, fixtures::stats_envelope(1_600_000_000_000_000_004, "it"));
            }
            "interactions-bad-signature.json" => {
                let (status, body, _) = invoke_interactions(&name).await;
                assert_eq!((status, body), (401, Value::Null));
            }
            "interactions-verify-modal.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5, "data": {"flags": 64}})));
                let job = queue.receive("verify").await.unwrap().expect("a verify job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope, fixtures::verify_envelope(1_600_000_000_000_000_005, 12_345_678, "it"));
            }
            "stats-sqs.json" => {
                let content = run_sqs_event(&name, "StatsFunction", JobKind::Stats).await["content"].clone();
                let content = content.as_str().unwrap();
                assert!(content.contains("Frost Legion") && content.contains("Membri: 120"), "{content}");
            }
            "refresh-schedule.json" => {
                let discord = support::fake_discord().await;
                let (deps, _guards) = sqlite_deps(&discord).await;
                let event: aws_lambda_events::event::eventbridge::EventBridgeEvent<Value> =
                    serde_json::from_str(&read(&name)).unwrap();
                // What the refresh function's main does: pick the players due by the schedule's time.
                let now = event.time.map(|t| t.timestamp()).unwrap();
                let due = dwos_core::model::PlayerLink {
                    refreshed_at: 0,
                    state: 245,
                    check_day: Some(dwos_handlers::features::verify::day_of(now)),
                    ..dwos_store::conformance::link(dwos_core::GuildId(1), 1, 12345678)
                };
                deps.store.link_player(&due).await.unwrap();
                let report = Refresher::new(deps.clone()).run(now, 10).await.unwrap();
                assert_eq!((report.checked, report.confirmed), (1, 1), "{report:?}");
                let refreshed = deps.store.player(dwos_core::GuildId(1), dwos_core::UserId(1)).await.unwrap().unwrap();
                assert_eq!(refreshed.refreshed_at, 1_795_629_600, "judged by the schedule's time");
            }
            "verify-sqs.json" => {
                let edit = run_sqs_event(&name, "VerifyFunction", JobKind::Verify).await;
                assert_eq!(edit["components"][0]["components"][0]["custom_id"], "verify:furnace", "{edit}");
                assert!(edit["content"].as_str().unwrap().contains("FrostBear"), "{edit}");
            }
            "interactions-event-create.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5, "data": {"flags": 64}})));
                let job = queue.receive("events").await.unwrap().expect("an events job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope.payload["step"], "create");
                assert_eq!(envelope.payload["spec"]["timezone"], "Europe/Rome");
                assert_eq!(envelope.payload["spec"]["offsets"], serde_json::json!([10, 0]));
            }
            "events-sqs.json" => {
                let edit = run_sqs_event(&name, "EventsFunction", JobKind::Events).await;
                assert!(edit["content"].as_str().unwrap().starts_with("Nessun evento in programma"), "{edit}");
            }
            "notify-sqs.json" => {
                let discord = support::fake_discord().await;
                let (deps, _guards) = sqlite_deps(&discord).await;
                let event: SqsEvent = serde_json::from_str(&read(&name)).unwrap();
                let deadline = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
                let worker = dwos_handlers::worker(JobKind::Notify, &deps);
                let response = handle_sqs_batch(worker.as_ref(), event, deadline, DEADLINE_RESERVE).await;
                assert!(response.batch_item_failures.is_empty());
                let post = support::wait_for(&discord, |r| r.method.as_str() == "POST").await;
                let body = support::json_body(&post);
                assert_eq!(
                    (body["nonce"].as_str(), body["enforce_nonce"].as_bool()),
                    (Some("r0123456789abcdef"), Some(true))
                );
                assert_eq!(body["allowed_mentions"]["roles"], serde_json::json!(["555"]));
            }
            "reminders-schedule.json" => {
                let discord = support::fake_discord().await;
                let (deps, guards) = sqlite_deps(&discord).await;
                let event: aws_lambda_events::event::eventbridge::EventBridgeEvent<Value> =
                    serde_json::from_str(&read(&name)).unwrap();
                let now = event.time.map(|t| t.timestamp()).unwrap();
                // A Bear Trap starting ten minutes after the schedule fires, reminded ten minutes ahead.
                let bear = dwos_core::model::GameEvent {
                    offsets: vec![10],
                    next_at: Some(now + 600),
                    ..dwos_store::conformance::event("bear1", now + 600)
                };
                let reminders = dwos_handlers::features::events::reminders_for(&bear, now + 600);
                deps.store.create_event(&bear, &reminders).await.unwrap();
                let queue = LocalQueue::open(&guards.0.path().join("q.db"), LocalQueuePolicy::default()).unwrap();
                let sweeper = dwos_handlers::features::events::Sweeper::new(deps.clone(), Arc::new(queue.clone()));
                let report = sweeper.run(now).await.unwrap();
                // The event moves on at its start (a silent marker there), not at this reminder.
                assert_eq!((report.enqueued, report.advanced), (1, 0), "{report:?}");
                let job = queue.receive("notify").await.unwrap().expect("a post was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert!(envelope.payload["content"].as_str().unwrap().contains("<t:"), "{}", envelope.payload);
            }
            "interactions-giftcode-redeem.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5, "data": {"flags": 64}})));
                let job = queue.receive("redeem").await.unwrap().expect("a redeem job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope.payload["code"], "WOS2026", "normalised before queueing");
                assert_eq!(envelope.payload["player"], Value::Null, "the worker reads the member's link");
            }
            "giftcode-sqs.json" => {
                let edit = run_sqs_event(&name, "GiftcodeFunction", JobKind::Giftcode).await;
                assert!(edit["content"].as_str().unwrap().starts_with("Nessun codice regalo attivo"), "{edit}");
            }
            "redeemer-sqs.json" => {
                // The fake game knows no code: the game's "not found" is the member's answer.
                let edit = run_sqs_event(&name, "RedeemerFunction", JobKind::Redeem).await;
                let content = edit["content"].as_str().unwrap();
                assert!(content.contains("WOS2026") && content.contains("non conosce questo codice"), "{edit}");
            }
            "moderation-sqs.json" => {
                let edit = run_sqs_event(&name, "ModerationFunction", JobKind::Moderation).await;
                assert!(edit["content"].as_str().unwrap().starts_with("**Moderatori DWOS**"), "{edit}");
            }
            "privacy-sqs.json" => {
                let discord = support::fake_discord().await;
                let (deps, _guards) = sqlite_deps(&discord).await;
                let link = dwos_store::conformance::link(
                    dwos_core::GuildId(fixtures::GUILD_ID),
                    fixtures::USER_ID,
                    12_345_678,
                );
                deps.store.link_player(&link).await.unwrap();
                let event: SqsEvent = serde_json::from_str(&read(&name)).unwrap();
                let deadline = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
                let worker = dwos_handlers::worker(JobKind::Privacy, &deps);
                let response = handle_sqs_batch(worker.as_ref(), event, deadline, DEADLINE_RESERVE).await;
                assert!(response.batch_item_failures.is_empty());
                let patch = support::wait_for(&discord, |r| r.method.as_str() == "PATCH").await;
                let body = String::from_utf8_lossy(&patch.body).into_owned();
                assert!(body.contains("name=\"payload_json\"") && body.contains("12345678"), "{body}");
                assert!(body.contains(&format!("filename=\"dwos-{}.json\"", fixtures::USER_ID)), "{body}");
            }
            "interactions-alliance-join.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5, "data": {"flags": 64}})));
                let job = queue.receive("alliance").await.unwrap().expect("an alliance job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope.payload["step"], "join_menu");
            }
            "alliance-sqs.json" => {
                // The fixture member is in no alliance: the worker says how to name one.
                let edit = run_sqs_event(&name, "AllianceFunction", JobKind::Alliance).await;
                assert!(edit["content"].as_str().unwrap().starts_with("Nessuna alleanza trovata"), "{edit}");
            }
            "interactions-ticket.json" => {
                let (status, body, queue) = invoke_interactions(&name).await;
                assert_eq!((status, body), (200, serde_json::json!({"type": 5, "data": {"flags": 64}})));
                let job = queue.receive("community").await.unwrap().expect("a community job was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!(envelope.payload, serde_json::json!({ "step": "open_ticket", "subject": "Ruoli" }));
            }
            "community-sqs.json" => {
                let edit = run_sqs_event(&name, "CommunityFunction", JobKind::Community).await;
                assert_eq!(edit["content"], "Non hai ticket aperti.", "{edit}");
            }
            "housekeeping-schedule.json" => {
                let discord = support::fake_discord().await;
                let (deps, guards) = sqlite_deps(&discord).await;
                let event: aws_lambda_events::event::eventbridge::EventBridgeEvent<Value> =
                    serde_json::from_str(&read(&name)).unwrap();
                // What the housekeeping function's main does, at the schedule's time.
                let now = event.time.map(|t| t.timestamp()).unwrap();
                let unseen = dwos_core::UserId(42);
                deps.store.init_prefs(unseen, 0).await.unwrap();
                deps.store.mark_seen(unseen, now / 86_400 - 181).await.unwrap();
                let recent = dwos_core::UserId(43);
                deps.store.init_prefs(recent, 0).await.unwrap();
                deps.store.mark_seen(recent, now / 86_400 - 180).await.unwrap();
                // Verified before days were kept: the run starts their clock today.
                let older = dwos_store::conformance::link(dwos_core::GuildId(1), 44, 12345678);
                deps.store.link_player(&older).await.unwrap();
                let report = dwos_handlers::housekeeping::Housekeeping::new(deps.clone()).run(now).await.unwrap();
                assert_eq!(report.members_expired, 1, "{report:?}");
                let queue = dwos_bus::LocalQueue::open(&guards.0.path().join("q.db"), Default::default()).unwrap();
                let job = queue.receive("privacy").await.unwrap().expect("an erasure was queued");
                let envelope = Envelope::from_json(&job.body).unwrap();
                assert_eq!((envelope.user_id, envelope.payload["step"].as_str()), (Some(unseen), Some("expire")));
                queue.ack(&job).await.unwrap();
                assert!(queue.receive("privacy").await.unwrap().is_none(), "the member seen 180 days ago stays");
                let started = deps.store.prefs(dwos_core::UserId(44)).await.unwrap().and_then(|p| p.seen_day);
                assert_eq!(started, Some(now / 86_400));
            }
            other => panic!("events/{other} has no expected outcome in this test"),
        }
    }
}

/// Worker dependencies on a temporary SQLite store and a fresh fake game API.
async fn deps_with(rest: RestClient) -> (WorkerDeps, (tempfile::TempDir, FakeGame)) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("s.db")).unwrap()));
    let fake_game = FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap();
    let game = GameClient::new(GameSettings { base: fake_game.base_url(), ..GameSettings::default() }).unwrap();
    let catalog = Arc::new(Catalog::load().unwrap());
    let events = Arc::new(dwos_bus::LocalEvents::default());
    let queue = Arc::new(dwos_bus::LocalQueue::open(&dir.path().join("q.db"), Default::default()).unwrap());
    let deps = WorkerDeps { rest: Arc::new(rest), catalog, store, game: Arc::new(game), events, queue };
    (deps, (dir, fake_game))
}

async fn sqlite_deps(discord: &wiremock::MockServer) -> (WorkerDeps, (tempfile::TempDir, FakeGame)) {
    let token = Some(dwos_discord::BotToken::new("t"));
    deps_with(RestClient::new(&support::api_base(discord), token, RetryPolicy::default()).unwrap()).await
}

/// Runs an SQS event through its function's worker on SQLite, a fake Discord and a
/// fake game API; returns the body of the reply edit it made.
async fn run_sqs_event(name: &str, function: &str, kind: JobKind) -> Value {
    let discord = support::fake_discord().await;
    let env = env_json(function);
    let token = env("DISCORD_BOT_TOKEN").map(dwos_discord::BotToken::new);
    let rest = RestClient::new(&support::api_base(&discord), token, RetryPolicy::default()).unwrap();
    let (deps, _guards) = deps_with(rest).await;
    let event: SqsEvent = serde_json::from_str(&read(name)).unwrap();
    let deadline = std::time::SystemTime::now() + std::time::Duration::from_secs(60);
    let response =
        handle_sqs_batch(dwos_handlers::worker(kind, &deps).as_ref(), event, deadline, DEADLINE_RESERVE).await;
    assert!(response.batch_item_failures.is_empty(), "{name}");
    let patch = support::wait_for(&discord, |r| r.method.as_str() == "PATCH").await;
    support::json_body(&patch)
}

#[test]
fn committed_events_match_the_generator() {
    let generated = tempfile::tempdir().unwrap();
    let names = fixtures::write_events(generated.path(), &DevKey::fixture()).unwrap();
    for name in names {
        let fresh = std::fs::read_to_string(generated.path().join(&name)).unwrap();
        assert_eq!(read(&name), fresh, "events/{name} is stale: run `cargo run -p dwos -- events`");
    }
}
