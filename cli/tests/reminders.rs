//! Game events and their reminders: `/event` through `dwos serve`, the sweep with a controlled
//! clock, posts on a fake Discord; overlapping sweeps, redeliveries, cancel, pause and resume.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures::{self, CHANNEL_ID, GUILD_ID};
use dwos::serve::{Server, start};
use dwos_bus::Queue;
use dwos_core::model::GameEvent;
use dwos_core::{Envelope, GuildId, JobKind};
use dwos_handlers::features::events::{Sweeper, reminders_for};
use dwos_store::{SqliteTable, Store};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

struct App {
    server: Server,
    key: DevKey,
    discord: MockServer,
    store: Store,
    _dir: tempfile::TempDir,
}

async fn app() -> App {
    let (key, discord) = (DevKey::generate().unwrap(), support::fake_discord().await);
    let dir = tempfile::tempdir().unwrap();
    let env = support::env(&key, &discord);
    let server = start(&support::fast_options(dir.path()), &|name| env.get(name).cloned()).await.unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
    App { server, key, discord, store, _dir: dir }
}

impl App {
    async fn send(&self, interaction: &Value) -> Value {
        support::send(self.server.addr, &self.key, interaction).await
    }

    async fn reply(&self, id: u64) -> String {
        support::json_body(&support::reply_edit(&self.discord, id, 0).await)["content"].as_str().unwrap().to_owned()
    }

    /// A sweep over the app's store, enqueuing on the app's queue (its notify worker posts).
    fn sweeper(&self) -> Sweeper {
        Sweeper::new(deps(&self.store, &self.discord), Arc::new(self.server.queue.clone()))
    }

    /// The reminder posts in the fixture channel, in order.
    async fn posts(&self) -> Vec<Value> {
        let received = self.discord.received_requests().await.unwrap_or_default();
        let path = format!("/channels/{CHANNEL_ID}/messages");
        received
            .iter()
            .filter(|r| r.method.as_str() == "POST" && r.url.path().contains(&path))
            .map(support::json_body)
            .collect()
    }

    /// Waits until `n` posts arrived (bounded), then a little longer to catch extras.
    async fn wait_posts(&self, n: usize) -> Vec<Value> {
        for _ in 0..200 {
            if self.posts().await.len() >= n {
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        tokio::time::sleep(Duration::from_millis(150)).await;
        self.posts().await
    }
}

fn deps(store: &Store, discord: &MockServer) -> dwos_handlers::WorkerDeps {
    let fast =
        dwos_discord::RetryPolicy { base_backoff: Duration::from_millis(1), ..dwos_discord::RetryPolicy::default() };
    let rest =
        dwos_discord::RestClient::new(&support::api_base(discord), Some(dwos_discord::BotToken::new("bot")), fast)
            .unwrap();
    let game = dwos_game::GameClient::new(dwos_game::GameSettings::default()).unwrap();
    dwos_handlers::WorkerDeps {
        rest: Arc::new(rest),
        catalog: Arc::new(dwos_i18n::Catalog::load().unwrap()),
        store: store.clone(),
        game: Arc::new(game),
        events: Arc::new(dwos_bus::LocalEvents::default()),
        queue: Arc::new(TestQueue),
    }
}

/// Accepts and forgets: these workers enqueue nothing.
struct TestQueue;

#[async_trait::async_trait]
impl dwos_bus::Queue for TestQueue {
    async fn send(&self, _: &dwos_core::Envelope) -> Result<(), dwos_bus::QueueError> {
        Ok(())
    }
}

/// Manage Server and Manage Roles, View Channel and Send Messages here, Mention Everyone.
fn as_moderator(mut interaction: Value) -> Value {
    interaction["member"]["permissions"] = json!("268569632");
    interaction
}

/// A daily event starting at `start` (Unix seconds, a whole minute), reminded 10 and 0 minutes
/// ahead, stored with the reminders of that first occurrence.
async fn daily_event(store: &Store, id: &str, start: i64) -> GameEvent {
    let anchor = chrono::DateTime::from_timestamp(start, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    let event = GameEvent {
        anchor,
        repeat: dwos_core::schedule::Repeat::Daily,
        offsets: vec![10, 0],
        channel_id: dwos_core::ChannelId(CHANNEL_ID),
        role_id: Some(dwos_core::RoleId(555)),
        guild_id: GuildId(GUILD_ID),
        ..dwos_store::conformance::event(id, start)
    };
    store.create_event(&event, &reminders_for(&event, start)).await.unwrap()
}

/// A start two days from now, on a whole minute.
fn future_start() -> i64 {
    (dwos_handlers::deps::now() / 60 + 2 * 24 * 60) * 60
}

#[tokio::test]
async fn an_event_created_by_command_is_reminded_once_per_offset_and_moves_to_the_next_day() {
    let app = app().await;
    let start = future_start();
    let when = chrono::DateTime::from_timestamp(start, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    let options = json!([
        { "name": "type", "type": 3, "value": "bear_trap" },
        { "name": "start", "type": 3, "value": when },
        { "name": "repeat", "type": 3, "value": "daily" },
        { "name": "reminders", "type": 3, "value": "10,0" },
        { "name": "role", "type": 8, "value": "555" }
    ]);
    // Members cannot schedule the server's events.
    let denied = app.send(&fixtures::event_command(10, "create", options.clone(), "it")).await;
    assert_eq!(denied["data"]["flags"], 64);
    let ack = app.send(&as_moderator(fixtures::event_command(11, "create", options, "it"))).await;
    assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }));
    let reply = app.reply(11).await;
    assert!(reply.starts_with("**Trappola per orsi** è in programma"), "{reply}");
    assert!(
        reply.contains(&format!("<t:{start}:F>")) && reply.contains(&format!("<t:{}:F>", start + 86_400)),
        "{reply}"
    );

    // The announcement came first, with the members' buttons.
    let announced = app.wait_posts(1).await;
    assert!(announced[0]["content"].as_str().unwrap().starts_with("**Bear Trap**: next "), "{}", announced[0]);

    let sweeper = app.sweeper();
    let first = sweeper.run(start - 600).await.unwrap();
    assert_eq!(first.enqueued, 1, "{first:?}");
    let posts = app.wait_posts(2).await;
    assert_eq!(posts.len(), 2);
    // Posts speak the server's language (English: none is set), not the creator's.
    assert_eq!(posts[1]["content"], format!("<@&555> **Bear Trap** starts <t:{start}:R>."));
    assert_eq!(posts[1]["allowed_mentions"]["roles"], json!(["555"]), "only the event's role is pinged");
    assert_eq!(posts[1]["enforce_nonce"], true);

    let at_start = sweeper.run(start).await.unwrap();
    assert_eq!((at_start.enqueued, at_start.advanced), (1, 1), "{at_start:?}");
    let posts = app.wait_posts(3).await;
    assert_eq!(posts[2]["content"], "<@&555> **Bear Trap** is starting now!");
    let event = &app.store.events(GuildId(GUILD_ID)).await.unwrap()[0];
    assert_eq!(event.next_at, Some(start + 86_400), "the next day is scheduled");
    assert_eq!(app.wait_posts(3).await.len(), 3, "nothing posted twice");
}

#[tokio::test]
async fn two_sweeps_at_once_post_each_reminder_once() {
    let app = app().await;
    let start = future_start();
    for id in ["a1", "a2", "a3"] {
        daily_event(&app.store, id, start).await;
    }
    let (one, two) = (app.sweeper(), app.sweeper());
    let (a, b) = tokio::join!(one.run(start - 600), two.run(start - 600));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.enqueued + b.enqueued, 3, "{a:?} {b:?}");
    let posts = app.wait_posts(3).await;
    assert_eq!(posts.len(), 3);
    let mut nonces: Vec<&str> = posts.iter().map(|p| p["nonce"].as_str().unwrap()).collect();
    nonces.sort_unstable();
    nonces.dedup();
    assert_eq!(nonces.len(), 3);
}

#[tokio::test]
async fn a_redelivered_post_is_posted_once() {
    let discord = support::fake_discord().await;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("s.db")).unwrap()));
    let worker = dwos_handlers::worker(JobKind::Notify, &deps(&store, &discord));
    let job = fixtures::notify_envelope();
    worker.handle(job.clone()).await.unwrap();
    worker.handle(job).await.unwrap();
    let received = discord.received_requests().await.unwrap();
    let nonces: Vec<Value> = received.iter().map(|r| support::json_body(r)["nonce"].clone()).collect();
    // The notifier marks what it posted; within Discord's window the nonce alone would also do.
    assert_eq!(nonces, [json!("r0123456789abcdef")]);
    // A post about an occurrence long gone is dropped, not sent late.
    let mut stale = fixtures::notify_envelope();
    stale.payload["nonce"] = json!("other");
    stale.payload["occurrence"] = json!(dwos_handlers::deps::now() - 3600);
    worker.handle(stale).await.unwrap();
    assert_eq!(discord.received_requests().await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_late_sweep_catches_up_ten_minutes_and_skips_older_reminders() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "late", start).await;
    // Five minutes late: the 10-minute reminder still goes out.
    let late = app.sweeper().run(start - 300).await.unwrap();
    assert_eq!(late.enqueued, 1, "{late:?}");
    // The start's reminder found 20 minutes late (an outage): skipped, the event moves on.
    let outage = app.sweeper().run(start + 1200).await.unwrap();
    assert_eq!((outage.enqueued, outage.late, outage.advanced), (0, 1, 1), "{outage:?}");
    assert_eq!(app.wait_posts(1).await.len(), 1);
    assert_eq!(app.store.event(GuildId(GUILD_ID), "late").await.unwrap().unwrap().next_at, Some(start + 86_400));
}

#[tokio::test]
async fn a_minute_that_keeps_failing_holds_the_marker_for_a_day_at_most() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "ok", start).await;
    daily_event(&app.store, "bad", start).await;
    // The event record no longer decodes: its reminders fail on every sweep.
    let raw = dwos_store::SqliteTable::open(&app._dir.path().join("dwos.db")).unwrap();
    raw.put_raw(dwos_store::keys::event(GuildId(GUILD_ID), "bad").unwrap(), "{not json".into()).await.unwrap();
    let first = app.sweeper().run(start - 600).await.unwrap();
    assert!(first.failed >= 1, "{first:?}");
    let (held, _) = app.store.last_swept().await.unwrap();
    assert!(held.unwrap() < start - 600, "the failing minute holds the marker");
    // A day and more later the minute is given up: the marker moves on, the sweep reads a
    // normal number of minutes again.
    let later = start + 2 * 86_400;
    for run in 0..4 {
        app.sweeper().run(later + 60 * run).await.unwrap();
    }
    let (moved, _) = app.store.last_swept().await.unwrap();
    assert!(moved.unwrap() >= later, "{moved:?}");
    assert!(app.sweeper().run(later + 300).await.unwrap().minutes <= 16);
}

#[tokio::test]
async fn an_outage_of_days_strands_no_event_and_posts_nothing_old() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "away", start).await;
    assert_eq!(app.sweeper().run(start - 3600).await.unwrap().enqueued, 0, "the marker is set");
    // Three days and a half without a sweep: each run reads a day of the missed minutes
    // beside the current ones, moving the event on, posting nothing of the past.
    let back = start + 3 * 86_400 + 43_200;
    let mut runs = 0;
    while app.store.event(GuildId(GUILD_ID), "away").await.unwrap().unwrap().next_at.unwrap() < back {
        let report = app.sweeper().run(back + 60 * runs).await.unwrap();
        assert_eq!(report.enqueued, 0, "nothing old is posted: {report:?}");
        runs += 1;
        assert!(runs <= 5, "drained within a few sweeps");
    }
    assert_eq!(app.store.event(GuildId(GUILD_ID), "away").await.unwrap().unwrap().next_at, Some(start + 4 * 86_400));
    // Once drained, the event is reminded as before.
    let on_time = app.sweeper().run(start + 4 * 86_400 - 600).await.unwrap();
    assert_eq!(on_time.enqueued, 1, "{on_time:?}");
}

#[tokio::test]
async fn cancel_pause_and_resume() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "gone", start).await;
    daily_event(&app.store, "nap", start).await;
    let by = |id: u64, sub: &str, event: &str| {
        as_moderator(fixtures::event_command(id, sub, json!([{ "name": "event", "type": 3, "value": event }]), "en-US"))
    };
    // Members cannot cancel the server's events.
    app.send(&fixtures::event_command(19, "cancel", json!([{ "name": "event", "type": 3, "value": "gone" }]), "en-US"))
        .await;
    assert!(app.reply(19).await.starts_with("Only moderators"));
    app.send(&by(20, "cancel", "gone")).await;
    assert_eq!(app.reply(20).await, "**Bear Trap** (`gone`) is cancelled; no more reminders.");
    app.send(&by(21, "pause", "nap")).await;
    assert!(app.reply(21).await.starts_with("**Bear Trap** is paused"));
    let swept = app.sweeper().run(start - 600).await.unwrap();
    assert_eq!((swept.enqueued, swept.paused), (0, 1), "{swept:?}");
    app.send(&by(22, "resume", "nap")).await;
    assert_eq!(app.reply(22).await, "**Bear Trap** is running again.");
    let resumed = app.sweeper().run(start).await.unwrap();
    assert_eq!(resumed.enqueued, 1, "{resumed:?}");
    let posts = app.wait_posts(1).await;
    assert_eq!(posts.len(), 1, "nothing of the cancelled event, one post of the resumed one");
    // The event option suggests this server's events by id or name.
    let mut typing = fixtures::event_command(
        24,
        "cancel",
        json!([{ "name": "event", "type": 3, "value": "na", "focused": true }]),
        "en-US",
    );
    typing["type"] = json!(4);
    let suggestions = app.send(&typing).await;
    assert_eq!(suggestions["data"]["choices"], json!([{ "name": "Bear Trap (nap)", "value": "nap" }]));
    app.send(&as_moderator(fixtures::event_command(23, "list", json!([]), "en-US"))).await;
    let list = app.reply(23).await;
    assert!(list.contains("`nap` **Bear Trap**") && !list.contains("`gone`"), "{list}");
}

#[tokio::test]
async fn a_lost_channel_pauses_the_event_and_tells_the_log_channel_once() {
    let app = app().await;
    Mock::given(method("POST"))
        .and(path_regex(format!(r"^/api/v10/channels/{CHANNEL_ID}/messages$")))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({ "message": "Missing Access", "code": 50001 })))
        .with_priority(1)
        .mount(&app.discord)
        .await;
    let config = dwos_core::model::GuildConfig {
        log_channel_id: Some(dwos_core::ChannelId(666)),
        default_locale: Some("en".into()),
        ..dwos_core::model::GuildConfig::new(GuildId(GUILD_ID))
    };
    app.store.put_guild_config(&config).await.unwrap();
    let start = future_start();
    daily_event(&app.store, "lost", start).await;
    app.sweeper().run(start - 600).await.unwrap();
    let mut logged: Vec<Request> = Vec::new();
    for _ in 0..200 {
        logged = app.discord.received_requests().await.unwrap_or_default();
        logged.retain(|r| r.url.path().contains("/channels/666/messages"));
        if !logged.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(logged.len(), 1);
    assert!(support::json_body(&logged[0])["content"].as_str().unwrap().starts_with("I can no longer post reminders"));
    assert!(app.store.event(GuildId(GUILD_ID), "lost").await.unwrap().unwrap().paused);
    // The next reminder of the paused event is not posted, and nothing is logged again.
    let next = app.sweeper().run(start).await.unwrap();
    assert_eq!((next.enqueued, next.paused), (0, 1));
    let envelope = Envelope::for_schedule(
        JobKind::Notify,
        dwos_core::Origin::FanOut { parent: "x".into(), index: 0 },
        GuildId(GUILD_ID),
        "en",
        serde_json::to_value(dwos_handlers::features::events::NotifyPost {
            guild_id: GuildId(GUILD_ID),
            event_id: "lost".into(),
            channel_id: dwos_core::ChannelId(CHANNEL_ID),
            role_id: None,
            content: "again".into(),
            nonce: "n".into(),
            dm_user: None,
            occurrence: 0,
        })
        .unwrap(),
    );
    app.server.queue.send(&envelope).await.unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let logs = app.discord.received_requests().await.unwrap();
    assert_eq!(logs.iter().filter(|r| r.url.path().contains("/channels/666/messages")).count(), 1);
}

#[tokio::test]
async fn bad_input_is_named_in_the_members_language() {
    let app = app().await;
    let create = |id: u64, options: Value| as_moderator(fixtures::event_command(id, "create", options, "it"));
    let cases = [
        (
            json!([{ "name": "type", "type": 3, "value": "bear_trap" }, { "name": "start", "type": 3, "value": "tomorrow" }]),
            "Non riesco a leggere l'inizio",
        ),
        (
            json!([{ "name": "type", "type": 3, "value": "bear_trap" }, { "name": "start", "type": 3, "value": "2030-01-01 10:00" }, { "name": "timezone", "type": 3, "value": "Mars/Base" }]),
            "\"Mars/Base\" non è un fuso orario",
        ),
        (
            json!([{ "name": "type", "type": 3, "value": "custom" }, { "name": "start", "type": 3, "value": "2020-01-01 10:00" }, { "name": "title", "type": 3, "value": "Old" }]),
            "Quell'inizio è nel passato",
        ),
        (
            json!([{ "name": "type", "type": 3, "value": "custom" }, { "name": "start", "type": 3, "value": "2030-01-01 10:00" }]),
            "Un evento personalizzato ha bisogno di un titolo",
        ),
        (
            json!([{ "name": "type", "type": 3, "value": "bear_trap" }, { "name": "start", "type": 3, "value": "2030-01-01 10:00" }, { "name": "reminders", "type": 3, "value": "1,2,3,4,5,6,7,8,9,10,11" }]),
            "Al massimo 10 promemoria",
        ),
        (
            json!([{ "name": "type", "type": 3, "value": "bear_trap" }, { "name": "start", "type": 3, "value": "2030-01-01 10:00" }, { "name": "reminders", "type": 3, "value": "20000" }]),
            "Un promemoria può essere al massimo",
        ),
    ];
    for (i, (options, expected)) in cases.into_iter().enumerate() {
        let reply = app.send(&create(30 + i as u64, options)).await;
        assert_eq!(reply["data"]["flags"], 64);
        assert!(reply["data"]["content"].as_str().unwrap().starts_with(expected), "{reply}");
    }
    // Time zones are suggested as they are typed.
    let mut typing = fixtures::event_command(
        40,
        "create",
        json!([{ "name": "timezone", "type": 3, "value": "rom", "focused": true }]),
        "it",
    );
    typing["type"] = json!(4);
    let suggestions = app.send(&typing).await;
    assert_eq!(suggestions["type"], 8);
    assert_eq!(suggestions["data"]["choices"][0]["value"], "Europe/Rome");
}

#[tokio::test]
async fn edit_moves_the_event_with_its_reminders_and_the_list_turns_pages() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "e1", start).await;
    let later = start + 3600;
    let when = chrono::DateTime::from_timestamp(later, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    let options = json!([
        { "name": "event", "type": 3, "value": "e1" },
        { "name": "start", "type": 3, "value": when },
        { "name": "reminders", "type": 3, "value": "30" }
    ]);
    app.send(&as_moderator(fixtures::event_command(50, "edit", options, "en-US"))).await;
    let reply = app.reply(50).await;
    assert!(reply.starts_with("**Bear Trap** (`e1`) is updated. Next: "), "{reply}");
    assert!(reply.contains(&format!("<t:{later}:F>")), "{reply}");
    // The old occurrence's reminders went with the edit; the new one's came.
    let old = app.sweeper().run(start - 600).await.unwrap();
    assert_eq!((old.enqueued, old.stale), (0, 0), "{old:?}");
    let new = app.sweeper().run(later - 1800).await.unwrap();
    assert_eq!(new.enqueued, 1, "{new:?}");
    // A daily event cannot be reminded a day ahead.
    let too_early =
        json!([{ "name": "event", "type": 3, "value": "e1" }, { "name": "reminders", "type": 3, "value": "1440" }]);
    app.send(&as_moderator(fixtures::event_command(51, "edit", too_early, "en-US"))).await;
    assert!(app.reply(51).await.starts_with("A reminder can be at most 1380 minutes"));
    // The role can be taken off (no more pings); the title of a typed event falls back to its type.
    let clear = |id, what| {
        let options =
            json!([{ "name": "event", "type": 3, "value": "e1" }, { "name": "clear", "type": 3, "value": what }]);
        as_moderator(fixtures::event_command(id, "edit", options, "en-US"))
    };
    assert_eq!(app.store.event(GuildId(GUILD_ID), "e1").await.unwrap().unwrap().role_id, Some(dwos_core::RoleId(555)));
    app.send(&clear(52, "role")).await;
    assert!(app.reply(52).await.starts_with("**Bear Trap** (`e1`) is updated."));
    assert_eq!(app.store.event(GuildId(GUILD_ID), "e1").await.unwrap().unwrap().role_id, None);

    for i in 0..11 {
        daily_event(&app.store, &format!("p{i:02}"), start + 60 * (i + 1)).await;
    }
    app.send(&fixtures::event_command(60, "list", json!([]), "en-US")).await;
    let first = support::json_body(&support::reply_edit(&app.discord, 60, 0).await);
    let text = first["content"].as_str().unwrap();
    assert_eq!(text.lines().count(), 1 + 10 + 1, "{text}");
    assert!(text.ends_with("Page 1 of 2"), "{text}");
    assert_eq!(first["components"][0]["components"][0]["custom_id"], "event:page:1");
    let ack = app.send(&fixtures::button(61, "event:page:1", "en-US")).await;
    assert_eq!(ack, json!({ "type": 6 }));
    let second = app.reply(61).await;
    assert_eq!(second.lines().count(), 1 + 2 + 1, "{second}");
    assert!(second.contains("`p10`") && second.ends_with("Page 2 of 2"), "{second}");
    let forged = app.send(&fixtures::button(62, "event:page:x", "en-US")).await;
    assert_eq!(forged["data"]["flags"], 64);
}

#[tokio::test]
async fn members_answer_on_the_announcement_and_get_reminders_by_dm() {
    let app = app().await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/api/v10/users/@me/channels$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "7777", "type": 1 })))
        .mount(&app.discord)
        .await;
    let start = future_start();
    let when = chrono::DateTime::from_timestamp(start, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    let options = json!([
        { "name": "type", "type": 3, "value": "fortress" },
        { "name": "start", "type": 3, "value": when },
        { "name": "reminders", "type": 3, "value": "10" },
        { "name": "role", "type": 8, "value": "555" }
    ]);
    app.send(&as_moderator(fixtures::event_command(70, "create", options, "en-US"))).await;
    let reply = app.reply(70).await;
    let id = reply.split('`').nth(1).unwrap().to_owned();
    let announced = app.wait_posts(1).await;
    assert_eq!(announced.len(), 1, "one announcement");
    assert!(announced[0]["content"].as_str().unwrap().starts_with("**Fortress Battle**: next "), "{}", announced[0]);
    let buttons: Vec<&str> = announced[0]["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["custom_id"].as_str().unwrap())
        .collect();
    assert_eq!(buttons, [format!("event:dm:{id}"), format!("event:rsvp:{id}:yes"), format!("event:rsvp:{id}:no")]);

    let with_user = |mut interaction: Value, user: u64| {
        interaction["member"]["user"]["id"] = json!(user.to_string());
        interaction
    };
    let ack = app.send(&fixtures::button(71, &format!("event:rsvp:{id}:yes"), "en-US")).await;
    assert_eq!(ack, json!({ "type": 6 }));
    let first = support::reply_edit(&app.discord, 71, 0).await;
    assert_eq!(support::json_body(&first)["components"][0]["components"][1]["label"], "Going (1)");
    app.send(&with_user(fixtures::button(72, &format!("event:rsvp:{id}:no"), "en-US"), 43)).await;
    let second = support::reply_edit(&app.discord, 72, 0).await;
    let labels: Vec<String> = support::json_body(&second)["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["label"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(labels, ["Remind me by DM", "Going (1)", "Not going (1)"]);

    let ack = app.send(&fixtures::button(73, &format!("event:dm:{id}"), "en-US")).await;
    assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }), "only the member sees the answer");
    assert!(app.reply(73).await.starts_with("You'll get the reminders of **Fortress Battle** by DM too."));

    let swept = app.sweeper().run(start - 600).await.unwrap();
    assert_eq!(swept.enqueued, 1, "{swept:?}");
    let mut dm = Vec::new();
    for _ in 0..200 {
        let received = app.discord.received_requests().await.unwrap_or_default();
        dm = received.into_iter().filter(|r| r.url.path() == "/api/v10/channels/7777/messages").collect();
        if !dm.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(dm.len(), 1, "one DM");
    let dm = support::json_body(&dm[0]);
    assert_eq!(dm["content"], format!("**Fortress Battle** starts <t:{start}:R>."), "no role ping in a DM");
    let channel = app.wait_posts(2).await;
    assert_eq!(channel.len(), 2, "the announcement and the channel reminder");
    assert_ne!(dm["nonce"], channel[1]["nonce"]);
}

#[tokio::test]
async fn an_event_created_inside_its_reminder_window_still_moves_on() {
    let app = app().await;
    // Starts in five minutes, reminders an hour and half an hour ahead: both already passed.
    let start = (dwos_handlers::deps::now() / 60 + 5) * 60;
    let when = chrono::DateTime::from_timestamp(start, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    let options = json!([
        { "name": "type", "type": 3, "value": "bear_trap" },
        { "name": "start", "type": 3, "value": when },
        { "name": "repeat", "type": 3, "value": "daily" },
        { "name": "reminders", "type": 3, "value": "60,30" }
    ]);
    app.send(&as_moderator(fixtures::event_command(80, "create", options, "en-US"))).await;
    assert!(app.reply(80).await.contains("is scheduled"));
    let at_start = app.sweeper().run(start).await.unwrap();
    assert_eq!((at_start.enqueued, at_start.advanced), (0, 1), "{at_start:?}");
    let event = &app.store.events(GuildId(GUILD_ID)).await.unwrap()[0];
    assert_eq!(event.next_at, Some(start + 86_400), "tomorrow is scheduled, with both reminders");
    let tomorrow = app.sweeper().run(start + 86_400 - 3600).await.unwrap();
    assert_eq!(tomorrow.enqueued, 1, "{tomorrow:?}");
}

#[tokio::test]
async fn alliance_events_are_their_r5s_and_posts_go_only_where_the_author_may_post() {
    let app = app().await;
    let options = |extra: Value| {
        let mut base = vec![
            json!({ "name": "type", "type": 3, "value": "bear_trap" }),
            json!({ "name": "start", "type": 3, "value": "2030-01-01 10:00" }),
            json!({ "name": "alliance", "type": 3, "value": "FRO" }),
        ];
        base.extend(extra.as_array().unwrap().iter().cloned());
        Value::Array(base)
    };
    // A member who declared R4 at verification is not the alliance's R5: refused in the worker.
    let member = fixtures::event_command(90, "create", options(json!([])), "en-US");
    app.send(&member).await;
    assert_eq!(app.reply(90).await, "Only the R5 of [FRO] (or a moderator) can create its events.");
    app.store.claim_r5(GuildId(GUILD_ID), "FRO", dwos_core::UserId(fixtures::USER_ID)).await.unwrap();
    app.send(&fixtures::event_command(91, "create", options(json!([])), "en-US")).await;
    assert!(app.reply(91).await.contains("is scheduled"), "the R5 may");
    // A channel the author cannot write in, and a role they may not ping, are refused inline.
    let mut elsewhere = fixtures::event_command(
        92,
        "create",
        options(json!([{ "name": "channel", "type": 7, "value": "4242" }])),
        "en-US",
    );
    elsewhere["data"]["resolved"] =
        json!({ "channels": { "4242": { "id": "4242", "type": 0, "name": "announcements", "permissions": "1024" } } });
    let refused = app.send(&elsewhere).await;
    assert!(refused["data"]["content"].as_str().unwrap().starts_with("You can't post in <#4242>"), "{refused}");
    let mut ping =
        fixtures::event_command(93, "create", options(json!([{ "name": "role", "type": 8, "value": "555" }])), "en-US");
    ping["member"]["permissions"] = json!("3072");
    ping["data"]["resolved"] = json!({ "roles": { "555": { "id": "555", "name": "Members", "color": 0, "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null }, "hoist": false, "managed": false, "mentionable": false, "permissions": "0", "position": 1, "flags": 0 } } });
    let refused = app.send(&ping).await;
    assert!(
        refused["data"]["content"].as_str().unwrap().starts_with("<@&555> can't be mentioned by everyone"),
        "{refused}"
    );
    let title = fixtures::event_command(
        94,
        "create",
        options(json!([{ "name": "title", "type": 3, "value": "[Free gems](https://x.io)" }])),
        "en-US",
    );
    assert!(app.send(&title).await["data"]["content"].as_str().unwrap().starts_with("The title can have at most"));
}

/// A queue that is down.
struct DownQueue;

#[async_trait::async_trait]
impl Queue for DownQueue {
    async fn send(&self, _envelope: &Envelope) -> Result<(), dwos_bus::QueueError> {
        Err(dwos_bus::QueueError::Sqs("the queue is down".into()))
    }
}

#[tokio::test]
async fn posts_claimed_by_a_sweep_that_could_not_enqueue_them_are_sent_by_the_next() {
    let app = app().await;
    let start = future_start();
    daily_event(&app.store, "q1", start).await;
    let down = Sweeper::new(deps(&app.store, &app.discord), Arc::new(DownQueue));
    let failed = down.run(start - 600).await.unwrap();
    assert_eq!((failed.enqueued, failed.failed), (0, 1), "{failed:?}");
    let next = app.sweeper().run(start - 540).await.unwrap();
    assert_eq!(next.resent, 1, "the remembered post goes out: {next:?}");
    assert_eq!(app.wait_posts(1).await.len(), 1);
}
