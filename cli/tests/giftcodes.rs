//! Gift codes, moderators and news end to end: `dwos serve` with the fake game (every outcome
//! row) and a fake Discord (announcement, summary edits, ephemeral results, refusals' log lines).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures::{self, GUILD_ID};
use dwos::serve::{Server, start};
use dwos_core::model::{GameId, GuildConfig, PlayerLink};
use dwos_core::{ChannelId, Envelope, GuildId, JobKind, Origin, RoleId, UserId};
use dwos_game::fake::{CodeRule, FakeGame};
use dwos_handlers::features::giftcode::RedeemJob;
use dwos_store::{SqliteTable, Store};
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const GIFT_CHANNEL: u64 = 900;
const LOG_CHANNEL: u64 = 901;
const MODERATOR: u64 = 1;
const G: GuildId = GuildId(GUILD_ID);

struct App {
    server: Server,
    key: DevKey,
    discord: MockServer,
    game: FakeGame,
    store: Store,
    _dir: tempfile::TempDir,
}

async fn app() -> App {
    let (key, discord, game) = (
        DevKey::generate().unwrap(),
        support::fake_discord().await,
        FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap(),
    );
    Mock::given(method("PATCH"))
        .and(path_regex(r"^/api/v10/channels/\d+/messages/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "2" })))
        .mount(&discord)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let mut env = support::env(&key, &discord);
    env.insert("GAME_API_BASE", game.base_url());
    env.insert("GAME_API_PLAYER_SPACING_MS", "100".to_owned());
    // The client spaces calls about a player 100 ms apart; the fake refuses under 20 ms, so a
    // loaded machine's scheduling jitter cannot make two paced calls look too frequent.
    game.set_per_player_window(Duration::from_millis(20));
    let server = start(&support::fast_options(dir.path()), &|name| env.get(name).cloned()).await.unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
    let config = GuildConfig {
        giftcode_channel_id: Some(ChannelId(GIFT_CHANNEL)),
        log_channel_id: Some(ChannelId(LOG_CHANNEL)),
        home_state: Some(245),
        ..GuildConfig::new(G)
    };
    store.put_guild_config(&config).await.unwrap();
    App { server, key, discord, game, store, _dir: dir }
}

impl App {
    async fn send(&self, interaction: &Value) -> Value {
        support::send(self.server.addr, &self.key, interaction).await
    }

    /// Links `user` to player `fid` in `state`, in the game too (at `furnace`), opted in or not.
    async fn member(&self, user: u64, fid: u64, state: u32, furnace: u32, opted_in: bool) {
        let link = PlayerLink { state, ..dwos_store::conformance::link(G, user, fid) };
        self.store.link_player(&link).await.unwrap();
        self.game.add_player(fid, state, furnace);
        if opted_in {
            self.store.set_gift_opt_in(UserId(user), true, 0).await.unwrap();
        }
    }

    async fn requests(&self, verb: &str, path_part: &str) -> Vec<Request> {
        let received = self.discord.received_requests().await.unwrap_or_default();
        received.into_iter().filter(|r| r.method.as_str() == verb && r.url.path().contains(path_part)).collect()
    }

    /// Waits (bounded: a minute and a half, room for one cooldown) for an edit of the summary
    /// whose text contains `wanted`; its text.
    async fn summary_with(&self, wanted: &str) -> String {
        for _ in 0..1800 {
            let edits = self.requests("PATCH", &format!("/channels/{GIFT_CHANNEL}/messages/")).await;
            if let Some(edit) = edits.iter().rev().map(support::json_body).find(|b| text(b).contains(wanted)) {
                return text(&edit);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let edits: Vec<String> = self
            .requests("PATCH", &format!("/channels/{GIFT_CHANNEL}/messages/"))
            .await
            .iter()
            .map(|r| text(&support::json_body(r)))
            .collect();
        panic!("no summary with {wanted:?}; edits: {edits:#?}");
    }

    /// Waits (bounded) for an edit of interaction `id`'s reply; its body.
    async fn reply(&self, id: u64) -> Value {
        support::json_body(&support::reply_edit(&self.discord, id, 0).await)
    }

    fn calls_for(&self, fid: u64) -> usize {
        self.game.gift_code_arrivals().iter().filter(|a| a.fid == fid).count()
    }
}

fn text(body: &Value) -> String {
    body["content"].as_str().unwrap_or_default().to_owned()
}

fn as_user(mut interaction: Value, user: u64, permissions: &str) -> Value {
    interaction["member"]["user"]["id"] = json!(user.to_string());
    interaction["member"]["permissions"] = json!(permissions);
    interaction
}

/// Manage Server (and View Channel, Send Messages).
const MANAGE_SERVER: &str = "3104";
/// View Channel and Send Messages only.
const PLAIN: &str = "3072";

fn add_code(id: u64, code: &str, user: u64, permissions: &str) -> Value {
    as_user(fixtures::command_with(id, "giftcode", Some("add"), &[("code", code)], false, "en-US"), user, permissions)
}

#[tokio::test]
async fn a_code_is_tried_announced_and_redeemed_once_for_everyone_who_opted_in() {
    let app = app().await;
    app.game.add_code("WOS2026", CodeRule::MinFurnace(20));
    app.member(MODERATOR, 1001, 245, 30, true).await; // the tester: its test call is its line
    app.member(2, 2002, 245, 30, true).await; // redeemed
    app.member(3, 3003, 245, 30, true).await; // redeemed before, elsewhere
    app.member(4, 4004, 245, 10, true).await; // furnace too low
    app.member(5, 5005, 245, 30, true).await; // moved to 246 since: found, then redeemed
    app.game.move_player(5005, 246);
    app.member(6, 6006, 245, 30, true).await; // deleted from the game
    app.game.remove_player(6006);
    app.member(7, 7007, 245, 30, false).await; // did not opt in: never sent to the game
    let before = dwos_game::GameClient::new(dwos_game::GameSettings {
        base: app.game.base_url(),
        ..dwos_game::GameSettings::default()
    })
    .unwrap();
    assert_eq!(before.redeem("WOS2026", GameId(3003), 245).await.unwrap(), dwos_game::RedeemOutcome::Redeemed);

    let ack = app.send(&add_code(10, " wos2026 ", MODERATOR, MANAGE_SERVER)).await;
    assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }));
    let reply = text(&app.reply(10).await);
    assert!(reply.contains("WOS2026") && reply.contains("works") && reply.contains("6 members"), "{reply}");

    let posts = app.requests("POST", &format!("/channels/{GIFT_CHANNEL}/messages")).await;
    let announcement = support::json_body(&posts[0]);
    assert!(text(&announcement).contains("WOS2026"), "{announcement}");
    assert_eq!(announcement["components"][0]["components"][0]["custom_id"], "gift:redeem:WOS2026");
    // Posted at most once per guild and code: a nonce of both, within Discord's 25 characters.
    let nonce = announcement["nonce"].as_str().unwrap();
    assert!(nonce.starts_with("ga") && nonce.len() <= 25, "{nonce}");
    assert_eq!(announcement["enforce_nonce"], true);

    let done = app.summary_with("6/6").await;
    // The moderator's line is their test call's answer; the member redeemed elsewhere before has it.
    for line in ["Redeemed: 3", "Already had it: 1", "Furnace too low: 1", "Wrong state: 1", "Failed: 0"] {
        assert!(done.contains(line), "{line} in {done}");
    }
    assert_eq!(app.calls_for(1001), 1, "the tester: the test call only");
    assert_eq!(app.calls_for(2002), 1);
    assert_eq!(app.calls_for(3003), 2, "our earlier call and the run's");
    assert_eq!(app.calls_for(7007), 0, "not opted in");
    assert!(app.calls_for(5005) >= 3, "wrong state, a probe that finds 246, the retry");
    // The member found in state 246 has their link moved there, as the weekly check would.
    assert_eq!(app.store.player(G, UserId(5)).await.unwrap().unwrap().state, 246);
    let mut redeemed = app.game.redeemed_by("WOS2026");
    redeemed.sort_unstable();
    assert_eq!(redeemed, [1001, 2002, 3003, 5005]);

    // A fan-out part delivered again never calls the game again nor counts twice.
    let calls = app.game.gift_code_arrivals().len();
    let job = RedeemJob {
        code: "WOS2026".into(),
        user_id: UserId(2),
        player: Some((GameId(2002), 245)),
        run: true,
        cooldowns: 0,
        searched: false,
        search: None,
    };
    let origin = Origin::FanOut { parent: format!("gc{GUILD_ID}:WOS2026"), index: 2 };
    let again = Envelope::for_schedule(JobKind::Redeem, origin, G, "en", serde_json::to_value(&job).unwrap());
    app.server.queue.send_raw("redeem", again.to_json()).await.unwrap();
    // The same code added again: a second run finds everyone settled.
    app.send(&add_code(11, "WOS2026", MODERATOR, MANAGE_SERVER)).await;
    let again_reply = text(&app.reply(11).await);
    assert!(again_reply.contains("added before"), "{again_reply}");
    for _ in 0..100 {
        if app.server.queue.pending("redeem").await.unwrap() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(app.server.queue.pending("redeem").await.unwrap(), 0);
    assert_eq!(app.game.gift_code_arrivals().len(), calls, "no new game call");
    let code = app.store.gift_code(G, "WOS2026").await.unwrap().unwrap();
    assert_eq!((code.done, code.total), (6, 6), "nothing counted twice");

    // Details are for moderators: a member is refused (and the log channel told).
    let detail =
        |id, user, permissions| as_user(fixtures::button(id, "gift:detail:WOS2026", "en-US"), user, permissions);
    let refused = app.send(&detail(12, 2, PLAIN)).await;
    assert_eq!(refused["data"]["flags"], 64);
    let in_log = |r: &Request, what: &str| {
        r.url.path().contains(&format!("/channels/{LOG_CHANNEL}/messages"))
            && text(&support::json_body(r)).contains(what)
    };
    let refusal = support::wait_for(&app.discord, |r| in_log(r, "gift:detail")).await;
    assert!(text(&support::json_body(&refusal)).contains("<@2>"));
    let moved = support::wait_for(&app.discord, |r| in_log(r, "moved")).await;
    assert!(text(&support::json_body(&moved)).contains("state #246"), "the search's find is logged");
    app.send(&detail(13, MODERATOR, MANAGE_SERVER)).await;
    let lines = text(&app.reply(13).await);
    assert!(lines.contains("<@6> — the game has no player with this ID"), "{lines}");
    assert!(lines.contains("<@4> — furnace level too low"), "{lines}");
}

#[tokio::test]
async fn a_dead_code_is_never_broadcast_and_stops_a_run_for_everyone() {
    let app = app().await;
    app.member(MODERATOR, 1001, 245, 30, true).await;
    for (user, fid) in [(2, 2002), (3, 3003), (4, 4004)] {
        app.member(user, fid, 245, 30, true).await;
    }
    app.game.add_code("OLDCODE", CodeRule::Expired);
    app.send(&add_code(20, "oldcode", MODERATOR, MANAGE_SERVER)).await;
    assert!(text(&app.reply(20).await).contains("expired"));
    assert!(app.requests("POST", &format!("/channels/{GIFT_CHANNEL}/messages")).await.is_empty(), "nothing announced");
    app.send(&add_code(21, "NOSUCHCODE", MODERATOR, MANAGE_SERVER)).await;
    assert!(text(&app.reply(21).await).contains("doesn't know this code"));

    // A run under way when the code gets used up: the first member told stops it for the rest.
    let run = dwos_core::model::GiftCode {
        guild_id: G,
        code: "LIMITED".into(),
        added_by: UserId(MODERATOR),
        added_at: 0,
        dead: None,
        report: Some((ChannelId(GIFT_CHANNEL), dwos_core::MessageId(2))),
        total: 3,
        done: 0,
        edited_at_ms: 0,
        summary_final: false,
        version: 0,
    };
    app.store.add_gift_code(&run).await.unwrap();
    app.game.add_code("LIMITED", CodeRule::UsedUp);
    let before = app.game.gift_code_arrivals().len();
    let jobs: Vec<Envelope> = [(2, 2002), (3, 3003), (4, 4004)]
        .into_iter()
        .map(|(user, fid)| {
            let job = RedeemJob {
                code: "LIMITED".into(),
                user_id: UserId(user),
                player: Some((GameId(fid), 245)),
                run: true,
                cooldowns: 0,
                searched: false,
                search: None,
            };
            let origin = Origin::FanOut { parent: format!("gc{GUILD_ID}:LIMITED"), index: user as u32 };
            Envelope::for_schedule(JobKind::Redeem, origin, G, "en", serde_json::to_value(&job).unwrap())
        })
        .collect();
    dwos_bus::Queue::send_batch(&app.server.queue, &jobs).await.unwrap();
    let done = app.summary_with("3/3").await;
    assert!(done.contains("used up") && done.contains("Failed: 3"), "{done}");
    assert_eq!(app.game.gift_code_arrivals().len() - before, 1, "only the first member's call was made");
    assert_eq!(app.store.code_dead("LIMITED").await.unwrap().as_deref(), Some("usage_limit"));
    assert_eq!(app.store.gift_code(G, "LIMITED").await.unwrap().unwrap().dead.as_deref(), Some("usage_limit"));
}

#[tokio::test]
async fn members_redeem_for_themselves_and_see_their_own_outcome() {
    let app = app().await;
    app.game.add_code("MINE2026", CodeRule::Live);
    app.member(2, 2002, 245, 30, false).await;
    let press = |id, user| as_user(fixtures::button(id, "gift:redeem:MINE2026", "it"), user, PLAIN);
    assert_eq!(app.send(&press(30, 2)).await, json!({ "type": 5, "data": { "flags": 64 } }));
    let mine = text(&app.reply(30).await);
    assert_eq!(mine, "Codice regalo **MINE2026**: riscattato.");
    app.send(&press(31, 2)).await;
    assert_eq!(text(&app.reply(31).await), "Codice regalo **MINE2026**: lo aveva già.");
    assert_eq!(app.calls_for(2002), 1, "the second press reads the stored answer");
    // Ten presses in ten minutes at most: each may take a call from the budget every server shares.
    for id in 35..43 {
        app.send(&press(id, 2)).await;
        app.reply(id).await;
    }
    app.send(&press(43, 2)).await;
    assert!(text(&app.reply(43).await).starts_with("Hai riscattato 10 codici"), "the eleventh is refused");
    app.send(&press(32, 9)).await;
    assert!(text(&app.reply(32).await).contains("/verifica"), "a member without a link is told to verify");
    // Consent: on, then off, stored per member.
    let auto = |id, mode: &str| {
        as_user(fixtures::command_with(id, "giftcode", Some("auto"), &[("mode", mode)], false, "en-US"), 2, PLAIN)
    };
    app.send(&auto(33, "on")).await;
    assert!(text(&app.reply(33).await).contains("player ID, your state and the code"));
    assert_eq!(app.store.opted_in_players(G).await.unwrap().len(), 1);
    app.send(&auto(34, "off")).await;
    app.reply(34).await;
    assert!(app.store.opted_in_players(G).await.unwrap().is_empty());
}

#[tokio::test]
async fn moderator_roles_and_members_are_checked_server_side() {
    let app = app().await;
    app.game.add_code("MODS2026", CodeRule::Live);
    app.member(3, 3003, 245, 30, false).await;
    let with_role = |mut interaction: Value, role: &str| {
        interaction["member"]["roles"] = json!([role]);
        interaction
    };
    // A member of role 333 is no moderator yet: refused, and the log channel is told.
    let refused = app.send(&with_role(add_code(40, "MODS2026", 3, PLAIN), "333")).await;
    assert_eq!(refused["data"]["flags"], 64);
    assert!(text(&refused["data"]).contains("moderators"), "{refused}");
    let log =
        support::wait_for(&app.discord, |r| r.url.path().contains(&format!("/channels/{LOG_CHANNEL}/messages"))).await;
    let line = text(&support::json_body(&log));
    assert!(line.contains("<@3>") && line.contains("/giftcode add"), "{line}");
    // Only Manage Server changes who moderates.
    let moderators = |id, user, permissions| {
        as_user(
            fixtures::command_with(id, "moderators", Some("add"), &[("role", "333")], false, "en-US"),
            user,
            permissions,
        )
    };
    assert_eq!(app.send(&moderators(41, 3, PLAIN)).await["data"]["flags"], 64);
    app.send(&moderators(42, MODERATOR, MANAGE_SERVER)).await;
    assert!(text(&app.reply(42).await).contains("<@&333>"));
    let config = app.store.guild_config(G).await.unwrap().unwrap();
    assert_eq!(config.moderator_roles, [RoleId(333)]);
    // Now the role moderates: the same member adds the code.
    assert_eq!(app.send(&with_role(add_code(43, "MODS2026", 3, PLAIN), "333")).await["type"], 5);
    assert!(text(&app.reply(43).await).contains("works"));
}

#[tokio::test]
async fn news_is_posted_with_its_author_and_read_in_the_member_language() {
    let app = app().await;
    let news = app.send(&as_user(fixtures::command(50, "news", "en-US"), MODERATOR, MANAGE_SERVER)).await;
    assert_eq!((news["type"].as_u64(), news["data"]["custom_id"].as_str()), (Some(9), Some("news:draft")));
    let form = |id, custom_id: &str, fields: &[(&str, &str)], user, permissions| {
        as_user(fixtures::form_submit(id, custom_id, fields, "en-US"), user, permissions)
    };
    // A member cannot submit the form even if they craft it.
    let forged = app.send(&form(51, "news:draft", &[("title", "Hi"), ("body", "x")], 3, PLAIN)).await;
    assert_eq!(forged["data"]["flags"], 64);
    app.send(&form(52, "news:draft", &[("title", "Bear at 20:00"), ("body", "Be there.")], MODERATOR, MANAGE_SERVER))
        .await;
    let draft = app.reply(52).await;
    let select = &draft["components"][0]["components"][0];
    assert_eq!((select["type"].as_u64(), select["channel_types"].clone()), (Some(8), json!([0, 5])));
    let news_id = select["custom_id"].as_str().unwrap().trim_start_matches("news:channel:").to_owned();
    app.send(&form(
        53,
        &format!("news:trmodal:{news_id}"),
        &[("language", "IT"), ("title", "Orso alle 20:00"), ("body", "Ci vediamo.")],
        MODERATOR,
        MANAGE_SERVER,
    ))
    .await;
    let with_translation = text(&app.reply(53).await);
    assert!(with_translation.contains("translations: it)"), "{with_translation}");
    let pick = |id, permissions: &str| {
        let mut pick =
            as_user(fixtures::button(id, &format!("news:channel:{news_id}"), "en-US"), MODERATOR, MANAGE_SERVER);
        pick["data"] = json!({ "custom_id": format!("news:channel:{news_id}"), "component_type": 8, "values": ["905"],
            "resolved": { "channels": { "905": { "id": "905", "name": "news", "type": 0, "permissions": permissions } } } });
        pick
    };
    // DWOS posts only where the moderator could post themselves.
    let read_only = app.send(&pick(56, "1024")).await;
    assert_eq!(read_only["data"]["flags"], 64, "{read_only}");
    assert!(app.requests("POST", "/channels/905/messages").await.is_empty());
    assert_eq!(app.send(&pick(54, "3072")).await, json!({ "type": 6 }));
    let post = support::wait_for(&app.discord, |r| r.url.path().ends_with("/channels/905/messages")).await;
    let post = support::json_body(&post);
    assert_eq!(post["embeds"][0]["title"], "Bear at 20:00");
    assert_eq!(post["embeds"][0]["author"]["name"], "Frost Bear");
    assert!(post["embeds"][0]["timestamp"].is_string(), "{post}");
    assert_eq!(post["components"][0]["components"][0]["custom_id"], format!("news:translate:{news_id}"));
    // Any member reads it in their language, at once.
    let translate = |locale| as_user(fixtures::button(55, &format!("news:translate:{news_id}"), locale), 3, PLAIN);
    let italian = app.send(&translate("it")).await;
    assert_eq!(
        (italian["data"]["flags"].as_u64(), italian["data"]["embeds"][0]["title"].as_str()),
        (Some(64), Some("Orso alle 20:00"))
    );
    let german = app.send(&translate("de")).await;
    assert_eq!(german["data"]["embeds"][0]["title"], "Bear at 20:00", "no German: as written");
}

/// Records what a worker hands back to its queue, and with which delay.
#[derive(Default)]
struct HandedBack(std::sync::Mutex<Vec<(Envelope, Duration)>>);

#[async_trait::async_trait]
impl dwos_bus::Queue for HandedBack {
    async fn send(&self, envelope: &Envelope) -> Result<(), dwos_bus::QueueError> {
        self.send_later(envelope, Duration::ZERO).await
    }

    async fn send_later(&self, envelope: &Envelope, delay: Duration) -> Result<(), dwos_bus::QueueError> {
        self.0.lock().unwrap().push((envelope.clone(), delay));
        Ok(())
    }
}

/// A redeem worker on `app`'s store and fake game, with a game client allowing `per_minute`
/// calls, handing jobs back to `queue`.
fn redeem_worker(app: &App, per_minute: usize, queue: Arc<HandedBack>) -> Arc<dyn dwos_bus::Worker> {
    let settings = dwos_game::GameSettings {
        base: app.game.base_url(),
        max_requests: per_minute,
        per_player_spacing: Duration::from_millis(100),
        ..dwos_game::GameSettings::default()
    };
    let rest = dwos_discord::RestClient::new(
        &support::api_base(&app.discord),
        Some(dwos_discord::BotToken::new("bot")),
        dwos_discord::RetryPolicy::default(),
    )
    .unwrap();
    let deps = dwos_handlers::WorkerDeps {
        rest: Arc::new(rest),
        catalog: Arc::new(dwos_i18n::Catalog::load().unwrap()),
        store: app.store.clone(),
        game: Arc::new(dwos_game::GameClient::new(settings).unwrap()),
        events: Arc::new(dwos_bus::LocalEvents::default()),
        queue,
    };
    dwos_handlers::worker(JobKind::Redeem, &deps)
}

fn redeem_job(user: u64, fid: u64, cooldowns: u32) -> Envelope {
    let job = RedeemJob {
        code: "PACE2026".into(),
        user_id: UserId(user),
        player: Some((GameId(fid), 245)),
        run: false,
        cooldowns,
        searched: false,
        search: None,
    };
    let origin = Origin::FanOut { parent: format!("gc{GUILD_ID}:PACE2026"), index: user as u32 };
    Envelope::for_schedule(JobKind::Redeem, origin, G, "en", serde_json::to_value(&job).unwrap())
}

#[tokio::test]
async fn a_spent_budget_or_a_busy_game_hands_the_job_back_instead_of_sleeping() {
    let app = app().await;
    app.game.add_code("PACE2026", CodeRule::Live);
    for (user, fid) in [(2, 2002), (3, 3003), (4, 4004)] {
        app.member(user, fid, 245, 30, true).await;
    }
    let queue = Arc::new(HandedBack::default());
    let worker = redeem_worker(&app, 1, queue.clone());
    worker.handle(redeem_job(2, 2002, 0)).await.unwrap();
    assert_eq!(app.store.redemption("PACE2026", GameId(2002)).await.unwrap().unwrap().outcome, "redeemed");

    // The budget (one call a minute here) is spent: back to the queue for the rest of the minute.
    let started = std::time::Instant::now();
    worker.handle(redeem_job(3, 3003, 0)).await.unwrap();
    assert!(started.elapsed() < Duration::from_secs(2), "no sleep: {:?}", started.elapsed());
    let (again, delay) = queue.0.lock().unwrap().pop().expect("handed back");
    assert!(
        delay > Duration::from_secs(50) && delay <= Duration::from_secs(95),
        "the rest of the minute, spread: {delay:?}"
    );
    assert_eq!(again.payload["cooldowns"], 0, "a spent budget is no failure");
    assert_eq!(again.origin, redeem_job(3, 3003, 0).origin, "the same job");
    assert_eq!(app.calls_for(3003), 0);
    assert_eq!(app.store.redemption("PACE2026", GameId(3003)).await.unwrap(), None, "its claim given back");

    // TOO FREQUENT: a cooldown that grows, counted; after the last one, reported as failed.
    let worker = redeem_worker(&app, 30, queue.clone());
    app.game.script([dwos_game::fake::FakeReply::Error("TOO FREQUENT.", 40019)]);
    worker.handle(redeem_job(3, 3003, 0)).await.unwrap();
    let (again, delay) = queue.0.lock().unwrap().pop().expect("handed back");
    assert_eq!(again.payload["cooldowns"], 1);
    assert!(delay >= Duration::from_secs(30), "{delay:?}");
    app.game.script([dwos_game::fake::FakeReply::Status(502)]);
    worker.handle(redeem_job(4, 4004, 10)).await.unwrap();
    assert!(queue.0.lock().unwrap().is_empty(), "the tenth cooldown was the last");
    assert_eq!(app.store.redemption("PACE2026", GameId(4004)).await.unwrap(), None, "not settled: a later run tries");
}

#[tokio::test]
async fn a_member_typo_is_not_kept_and_a_search_out_of_cooldowns_still_reports() {
    let app = app().await;
    app.member(2, 2002, 245, 30, true).await;
    let queue = Arc::new(HandedBack::default());
    let worker = redeem_worker(&app, 30, queue.clone());
    // A member's own try of a code the game does not know (yet): answered, never stored.
    let mut typo = redeem_job(2, 2002, 0);
    typo.payload["code"] = json!("TYPO2026");
    worker.handle(typo).await.unwrap();
    assert_eq!(app.store.redemption("TYPO2026", GameId(2002)).await.unwrap(), None);
    assert_eq!(app.store.code_dead("TYPO2026").await.unwrap(), None, "a member's try kills no code");

    // A run's part in the middle of a state search, out of cooldowns, whose probe gets no answer:
    // reported as failed (the run completes), never dropped.
    app.game.add_code("PACE2026", CodeRule::Live);
    app.game.move_player(2002, 300);
    let run = dwos_core::model::GiftCode {
        guild_id: G,
        code: "PACE2026".into(),
        added_by: UserId(MODERATOR),
        added_at: 0,
        dead: None,
        report: None,
        total: 1,
        done: 0,
        edited_at_ms: 0,
        summary_final: false,
        version: 0,
    };
    app.store.add_gift_code(&run).await.unwrap();
    let mut job = redeem_job(2, 2002, 10);
    job.payload["run"] = json!(true);
    job.payload["searched"] = json!(true);
    job.payload["search"] = json!([245, 0]);
    app.game.script([dwos_game::fake::FakeReply::Status(502)]);
    worker.handle(job).await.unwrap();
    assert!(queue.0.lock().unwrap().is_empty(), "not handed back");
    let results = app.store.gift_results(G, "PACE2026").await.unwrap();
    assert_eq!(results.iter().map(|r| r.outcome.as_str()).collect::<Vec<_>>(), ["failed"]);
}
