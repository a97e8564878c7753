//! Verification end to end through `dwos serve`: signed interactions in, a fake Discord
//! and a scriptable fake game API out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures::{self, GUILD_ID, USER_ID};
use dwos::serve::{Server, start};
use dwos_core::model::GameId;
use dwos_core::{GuildId, UserId};
use dwos_discord::RetryPolicy;
use dwos_game::fake::{FakeGame, FakeReply};
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
    game: FakeGame,
    store: Store,
    _dir: tempfile::TempDir,
}

/// The guild's roles as the fake Discord keeps them: a role DWOS creates (id 777, with no
/// permissions) is listed from then on, as on Discord.
#[derive(Clone)]
struct Roles(Arc<std::sync::Mutex<Vec<Value>>>);

impl Default for Roles {
    fn default() -> Self {
        Self(Arc::new(std::sync::Mutex::new(vec![
            json!({ "id": GUILD_ID.to_string(), "name": "@everyone", "permissions": "1024", "position": 0, "managed": false }),
            json!({ "id": "555", "name": "Members", "permissions": "0", "position": 1, "managed": false }),
            json!({ "id": "999", "name": "Admins", "permissions": "8", "position": 2, "managed": false }),
            json!({ "id": "444", "name": "Top", "permissions": "0", "position": 20, "managed": false }),
            json!({ "id": "888", "name": "DWOS", "permissions": "268435456", "position": 10, "managed": true }),
            json!({ "id": "333", "name": "Mods", "permissions": "0", "position": 5, "managed": false }),
            json!({ "id": "321", "name": "Officers", "permissions": "0", "position": 7, "managed": false }),
        ])))
    }
}

impl wiremock::Respond for Roles {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let mut roles = self.0.lock().unwrap();
        if request.method.as_str() == "POST" {
            let name = support::json_body(request)["name"].clone();
            let role = json!({ "id": "777", "name": name, "permissions": "0", "position": 1, "managed": false });
            roles.push(role.clone());
            return ResponseTemplate::new(200).set_body_json(role);
        }
        ResponseTemplate::new(200).set_body_json(Value::Array(roles.clone()))
    }
}

/// The fake Discord also knows roles and members.
async fn fake_discord() -> MockServer {
    let server = support::fake_discord().await;
    let roles = Roles::default();
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+/roles$"))
        .respond_with(roles.clone())
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/api/v10/guilds/\d+/roles$"))
        .respond_with(roles)
        .mount(&server)
        .await;
    // The bot's own member: its highest role is DWOS (position 10); everyone else's is
    // Mods (position 5).
    Mock::given(method("GET"))
        .and(path_regex(format!(r"^/api/v10/guilds/\d+/members/{}$", fixtures::APPLICATION_ID)))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "roles": ["888"] })))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "roles": ["333"] })))
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+/roles/\d+$"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/api/v10/channels/\d+/messages$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "1" })))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({})))
        .mount(&server)
        .await;
    server
}

async fn app(max_receives: u32) -> App {
    let (key, discord, game) =
        (DevKey::generate().unwrap(), fake_discord().await, FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap());
    let dir = tempfile::tempdir().unwrap();
    let mut env = support::env(&key, &discord);
    env.insert("GAME_API_BASE", game.base_url());
    // The game's per-player pace, shrunk for tests: the client waits 100 ms, the fake refuses under 20.
    env.insert("GAME_API_PLAYER_SPACING_MS", "100".to_owned());
    game.set_per_player_window(Duration::from_millis(20));
    let mut options = support::fast_options(dir.path());
    options.queue_policy.max_receives = max_receives;
    let server = start(&options, &|name| env.get(name).cloned()).await.unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
    App { server, key, discord, game, store, _dir: dir }
}

impl App {
    async fn send(&self, interaction: &Value) -> Value {
        support::send(self.server.addr, &self.key, interaction).await
    }

    /// The lines posted in a log channel, in order.
    async fn log_lines(&self, channel: u64) -> Vec<String> {
        let posted = self.requests("POST", &format!("/channels/{channel}/messages")).await;
        posted.iter().map(|r| support::json_body(r)["content"].as_str().unwrap_or_default().to_owned()).collect()
    }

    /// Submits the verification form for `game_id` in state 245 as FrostBear; returns the first
    /// edit of the reply.
    async fn submit_id(&self, id: u64, game_id: &str) -> Value {
        self.submit_form(id, game_id, "245", "FrostBear").await
    }

    /// Submits the verification form and returns the first edit of the reply.
    async fn submit_form(&self, id: u64, game_id: &str, state: &str, name: &str) -> Value {
        let ack = self.send(&fixtures::verify_form(id, game_id, state, name, "it")).await;
        assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }));
        self.edit_of(id, 0).await
    }

    async fn edit_of(&self, id: u64, nth: usize) -> Value {
        support::json_body(&support::reply_edit(&self.discord, id, nth).await)
    }

    async fn requests(&self, verb: &str, path_part: &str) -> Vec<Request> {
        let received = self.discord.received_requests().await.unwrap_or_default();
        received.into_iter().filter(|r| r.method.as_str() == verb && r.url.path().contains(path_part)).collect()
    }
}

fn with_user(mut interaction: Value, user: u64) -> Value {
    interaction["member"]["user"]["id"] = json!(user.to_string());
    interaction
}

/// A select menu choice by the fixture member.
fn choose(id: u64, custom_id: &str, value: &str) -> Value {
    let mut interaction = fixtures::button(id, custom_id, "it");
    interaction["data"]["component_type"] = json!(3);
    interaction["data"]["values"] = json!([value]);
    interaction
}

/// The text input custom ids of a modal response, with their pre-filled values.
fn form_fields(modal: &Value) -> Vec<(String, Value)> {
    modal["data"]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let input = &row["components"][0];
            (input["custom_id"].as_str().unwrap().to_owned(), input["value"].clone())
        })
        .collect()
}

fn today() -> i64 {
    dwos_handlers::features::verify::day_of(dwos_handlers::deps::now())
}

#[tokio::test]
async fn the_game_checks_id_and_state_and_the_declared_name_and_level_are_stored() {
    let app = app(5).await;
    let modal = app.send(&fixtures::command(10, "verify", "it")).await;
    assert_eq!((modal["type"].as_u64(), modal["data"]["custom_id"].as_str()), (Some(9), Some("verify:modal")));
    let fields: Vec<String> = form_fields(&modal).into_iter().map(|(id, _)| id).collect();
    assert_eq!(fields, ["game_id", "state", "name"]);

    let done = app.submit_form(11, "12345678", "245", "FrostBear").await;
    let content = done["content"].as_str().unwrap();
    assert!(
        content.starts_with(
            "Verificato: il gioco ha confermato il giocatore 12345678 nello stato 245. \
             Il tuo nickname qui è **FrostBear** (come l'hai dichiarato)."
        ),
        "{content}"
    );
    assert!(content.contains("/privacy"), "what is stored is said: {content}");
    assert!(content.ends_with("**Qual è il livello della tua fornace? (facoltativo)**"), "{content}");
    let menu = &done["components"][0]["components"][0];
    assert_eq!(menu["custom_id"], "verify:furnace");
    assert_eq!(menu["options"].as_array().unwrap().len(), 25);
    assert_eq!(
        (menu["options"][19]["label"].as_str(), menu["options"][19]["value"].as_str()),
        (Some("FC 5"), Some("55"))
    );
    assert_eq!(done["components"][1]["components"][0]["custom_id"], "verify:furnace-skip");
    let probes: Vec<(u64, u32)> = app.game.gift_code_arrivals().iter().map(|a| (a.fid, a.state)).collect();
    assert_eq!(probes, [(12345678, 245)], "one state probe, nothing else");

    // A level DWOS never offered is no level at all.
    let forged = app.send(&choose(12, "verify:furnace", "57")).await;
    assert_eq!(forged["data"]["flags"], 64);
    let ack = app.send(&choose(13, "verify:furnace", "55")).await;
    assert_eq!(ack, json!({ "type": 6 }));
    let asked = app.edit_of(13, 0).await;
    assert_eq!(
        asked["content"],
        "Livello della fornace FC 5 registrato (come l'hai dichiarato).\n\n**In quale alleanza sei?**"
    );
    assert_eq!(asked["components"][0]["components"][0]["custom_id"], "alliance:pick", "the alliance feature's select");
    assert_eq!(asked["components"][1]["components"][0]["custom_id"], "alliance:new");
    // The values the alliance feature reads for "no alliance" and "another state".
    let values: Vec<&str> = asked["components"][0]["components"][0]["options"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["value"].as_str().unwrap())
        .collect();
    assert_eq!(values, ["-none", "-os"]);

    let created = app.requests("POST", "/roles").await;
    assert_eq!(support::json_body(&created[0])["name"], "Verificato");
    let granted = app.requests("PUT", &format!("/members/{USER_ID}/roles/777")).await;
    assert_eq!(granted.len(), 1);
    let nick = app.requests("PATCH", &format!("/guilds/{GUILD_ID}/members/{USER_ID}")).await;
    assert_eq!(support::json_body(&nick[0]), json!({ "nick": "FrostBear" }));
    let link = app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap().unwrap();
    assert_eq!((link.game_id, link.state, link.nickname.as_str()), (GameId(12345678), 245, "FrostBear"));
    assert_eq!(link.furnace_level, Some(55));
    assert_eq!(link.check_day, Some(today() + 7), "checked again in a week");
    assert!(link.consent_at > 0);
}

#[tokio::test]
async fn an_unknown_id_gets_a_localized_answer() {
    let app = app(5).await;
    let reply = app.submit_id(20, "99999").await;
    assert_eq!(
        reply["content"],
        "Nel gioco non esiste un giocatore con ID 99999. Controlla il numero nel tuo profilo di gioco."
    );
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap(), None);
}

#[tokio::test]
async fn a_wrong_state_is_named_and_the_member_tries_again_with_the_right_one() {
    let app = app(5).await;
    let wrong = app.submit_form(21, "12345678", "246", "FrostBear").await;
    assert_eq!(
        wrong["content"],
        "Il gioco dice che il giocatore 12345678 non è nello stato 246. Controlla il numero del tuo stato e riprova."
    );
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap(), None, "nothing linked");
    let again = wrong["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    assert_eq!(again, "verify:start:246");
    let modal = app.send(&fixtures::button(22, &again, "it")).await;
    assert_eq!(form_fields(&modal)[1], ("state".to_owned(), json!("246")), "the state tried is pre-filled");
    let done = app.submit_form(23, "12345678", "245", "FrostBear").await;
    assert!(done["content"].as_str().unwrap().starts_with("Verificato:"), "{done}");
}

#[tokio::test]
async fn the_form_is_checked_and_an_empty_state_means_the_home_state() {
    let app = app(5).await;
    let bad_state = app.send(&fixtures::verify_form(24, "12345678", "0", "FrostBear", "it")).await;
    assert_eq!(bad_state["data"]["flags"], 64);
    assert!(bad_state["data"]["content"].as_str().unwrap().starts_with("Questo non sembra un numero di stato"));
    let bad_name = app.send(&fixtures::verify_form(25, "12345678", "245", "@everyone", "it")).await;
    assert!(bad_name["data"]["content"].as_str().unwrap().starts_with("Inserisci il tuo nome nel gioco"));
    // No home state yet: the member is asked for one, and no attempt is spent.
    let asked = app.submit_form(26, "12345678", "", "FrostBear").await;
    assert!(asked["content"].as_str().unwrap().starts_with("Inserisci il numero del tuo stato"), "{asked}");
    assert!(app.game.gift_code_arrivals().is_empty());
    configure_home(&app, 245).await;
    let done = app.submit_form(27, "12345678", " ", "FrostBear").await;
    assert!(done["content"].as_str().unwrap().contains("nello stato 245"), "{done}");
}

#[tokio::test]
async fn a_rate_limited_game_api_that_recovers() {
    let app = app(5).await;
    app.game.script([FakeReply::Status(429), FakeReply::Error("TOO FREQUENT.", 40019)]);
    let reply = app.submit_id(30, "87654321").await;
    assert!(reply["content"].as_str().unwrap().starts_with("Verificato:"), "{reply}");
    assert_eq!(app.game.requests(), 3);
}

#[tokio::test]
async fn a_429_storm_outlasting_the_retries_recovers_through_the_queue() {
    let app = app(5).await;
    // Four answers are one delivery's retries; the job goes back to the queue and the next
    // delivery meets two more, then the game.
    app.game.script(std::iter::repeat_n(FakeReply::Status(429), 6));
    let first = app.submit_id(31, "87654321").await;
    assert!(first["content"].as_str().unwrap().starts_with("I server del gioco non rispondono"), "{first}");
    let recovered = app.edit_of(31, 1).await;
    assert!(recovered["content"].as_str().unwrap().starts_with("Verificato:"), "{recovered}");
    assert_eq!(app.game.requests(), 7);
    let now = dwos_handlers::deps::now();
    let counted = app.store.record_verify_attempt(GuildId(GUILD_ID), UserId(USER_ID), "next", now, 1800, 1).await;
    assert!(counted.unwrap().is_err(), "the attempt that got a verdict counts, once");
}

#[tokio::test]
async fn a_game_api_that_stays_down_ends_in_the_dlq_after_telling_the_user_and_counts_nothing() {
    let app = app(2).await;
    app.game.script(std::iter::repeat_n(FakeReply::Status(503), 50));
    let reply = app.submit_id(40, "12345678").await;
    assert!(reply["content"].as_str().unwrap().starts_with("I server del gioco non rispondono"), "{reply}");
    let mut dead = Vec::new();
    for _ in 0..200 {
        dead = app.server.queue.dead_jobs("verify").await.unwrap();
        if !dead.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(dead.len(), 1, "the job reached the dead-letter table");
    assert!(dead[0].error.contains("temporarily unavailable"), "{}", dead[0].error);
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap(), None);
    // With a limit of one, a fresh attempt is admitted only if none was left counted.
    let now = dwos_handlers::deps::now();
    let fresh = app.store.record_verify_attempt(GuildId(GUILD_ID), UserId(USER_ID), "probe", now, 1800, 1).await;
    assert_eq!(fresh.unwrap(), Ok(()), "attempts without a verdict are not counted");
}

#[tokio::test]
async fn a_game_id_held_by_another_member_is_refused() {
    let app = app(5).await;
    let holder = dwos_store::conformance::link(GuildId(GUILD_ID), 42, 12345678);
    app.store.link_player(&holder).await.unwrap();
    let reply = app.submit_id(50, "12345678").await;
    assert!(reply["content"].as_str().unwrap().starts_with("L'ID giocatore 12345678 è già collegato"), "{reply}");
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap(), None);
    assert!(app.game.gift_code_arrivals().is_empty(), "refused before asking the game");
    // Buttons of the old flow are unknown now, never a way around the check.
    let old = app.send(&fixtures::button(51, "verify:confirm:12345678", "it")).await;
    assert_eq!(old["data"]["flags"], 64);
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap(), None);
}

#[tokio::test]
async fn the_sixth_attempt_within_30_minutes_is_refused() {
    let app = app(5).await;
    for id in 60..65 {
        let reply = app.submit_id(id, "99999").await;
        assert!(reply["content"].as_str().unwrap().starts_with("Nel gioco non esiste"), "attempt {id}: {reply}");
    }
    let sixth = app.submit_id(65, "12345678").await;
    assert_eq!(sixth["content"], "Hai provato 5 volte negli ultimi 30 minuti. Attendi 30 minuti e riprova.");
    assert_eq!(app.game.requests(), 5, "the refused attempt never reached the game");
    // Another member is not affected.
    let other = app.send(&with_user(fixtures::verify_form(66, "12345678", "245", "FrostBear", "it"), 43)).await;
    assert_eq!(other["type"], 5);
    assert!(app.edit_of(66, 0).await["content"].as_str().unwrap().starts_with("Verificato:"));
}

#[tokio::test]
async fn reverify_checks_again_and_follows_a_transfer() {
    let app = app(5).await;
    let old = dwos_core::model::PlayerLink {
        state: 245,
        ..dwos_store::conformance::link(GuildId(GUILD_ID), USER_ID, 12345678)
    };
    app.store.link_player(&old).await.unwrap();
    let ack = app.send(&fixtures::command(70, "reverify", "en-US")).await;
    assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }));
    assert_eq!(
        app.edit_of(70, 0).await["content"],
        "Checked: player 12345678 is in state 245. Your name is **player12345678**, furnace FC 2-2 (as you declared them)."
    );
    let link = app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap().unwrap();
    assert_eq!(link.check_day, Some(today() + 7));

    // Moved two states away: found within /reverify's few probes.
    app.game.move_player(12345678, 247);
    app.send(&fixtures::command(71, "reverify", "en-US")).await;
    assert!(
        app.edit_of(71, 0).await["content"].as_str().unwrap().starts_with("Checked: player 12345678 is in state 247.")
    );
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap().unwrap().state, 247);

    // Moved far: the member is asked to verify with the new state.
    app.game.move_player(12345678, 900);
    app.send(&fixtures::command(72, "reverify", "en-US")).await;
    let lost = app.edit_of(72, 0).await;
    assert!(lost["content"].as_str().unwrap().starts_with("The game says player 12345678 is no longer in state 247"));
    assert_eq!(lost["components"][0]["components"][0]["custom_id"], "verify:start");
    let probes = app.game.gift_code_arrivals().len();
    assert_eq!(probes, 1 + 4 + 6, "one probe, then at most five more per /reverify");
}

fn as_moderator(mut interaction: Value) -> Value {
    // Manage Server and Manage Roles.
    interaction["member"]["permissions"] = json!("268435488");
    interaction
}

fn with_options(mut interaction: Value, options: Value) -> Value {
    interaction["data"]["options"] = options;
    interaction
}

#[tokio::test]
async fn setup_is_for_moderators_and_posts_the_panel() {
    let app = app(5).await;
    let denied = app.send(&fixtures::command(80, "setup", "en-US")).await;
    assert_eq!(
        denied["data"]["content"],
        "Only DWOS moderators can do this: members with Manage Server, or the roles and members named with /moderators."
    );
    assert_eq!(denied["data"]["flags"], 64);

    let options = json!([
        { "name": "role", "type": 8, "value": "555" },
        { "name": "log_channel", "type": 7, "value": "666" },
        { "name": "language", "type": 3, "value": "it" },
        { "name": "home_state", "type": 4, "value": 245 }
    ]);
    let bad = json!([{ "name": "home_state", "type": 4, "value": 0 }]);
    let refused = app.send(&as_moderator(with_options(fixtures::command(79, "setup", "en-US"), bad))).await;
    assert!(refused["data"]["content"].as_str().unwrap().starts_with("That doesn't look like a state number"));
    let ack = app.send(&as_moderator(with_options(fixtures::command(81, "setup", "en-US"), options))).await;
    assert_eq!(ack, json!({ "type": 5, "data": { "flags": 64 } }));
    let reply = app.edit_of(81, 0).await;
    assert_eq!(
        reply["content"],
        "Setup saved. Verified role: <@&555>. Log channel: <#666>. Language: it. Home state: 245. \
         Gift codes: not set. Test player: not set."
    );
    let panel = app.requests("POST", &format!("/channels/{}/messages", fixtures::CHANNEL_ID)).await;
    let panel = support::json_body(&panel[0]);
    assert!(panel["content"].as_str().unwrap().starts_with("**Benvenuto!**"), "the panel speaks the server's language");
    assert_eq!(panel["components"][0]["components"][0]["custom_id"], "verify:start:245");
    let config = app.store.guild_config(GuildId(GUILD_ID)).await.unwrap().unwrap();
    assert_eq!(
        (config.verified_role_id, config.log_channel_id, config.home_state),
        (Some(dwos_core::RoleId(555)), Some(dwos_core::ChannelId(666)), Some(245))
    );

    // The panel's button opens the form with the home state filled in.
    let modal = app.send(&fixtures::button(82, "verify:start:245", "en-US")).await;
    assert_eq!((modal["type"].as_u64(), modal["data"]["custom_id"].as_str()), (Some(9), Some("verify:modal")));
    assert_eq!(form_fields(&modal)[1], ("state".to_owned(), json!("245")));

    // Verification now uses the configured role and logs to the configured channel.
    app.submit_id(83, "12345678").await;
    assert_eq!(app.requests("PUT", "/roles/555").await.len(), 1);
    assert!(app.requests("POST", "/roles").await.iter().all(|r| r.url.path().contains("/members/")), "no role created");
    let log = app.requests("POST", "/channels/666/messages").await;
    let line = support::json_body(&log[0])["content"].as_str().unwrap().to_owned();
    assert!(line.contains("si è verificato come FrostBear"), "{line}");
}

#[tokio::test]
async fn moderators_unlink_a_member_so_the_id_is_free_again() {
    let app = app(5).await;
    let holder = dwos_store::conformance::link(GuildId(GUILD_ID), 42, 12345678);
    app.store.link_player(&holder).await.unwrap();
    let unlink = |id| {
        with_options(fixtures::command(id, "unlink", "en-US"), json!([{ "name": "member", "type": 6, "value": "42" }]))
    };

    let denied = app.send(&unlink(90)).await;
    assert_eq!(
        denied["data"]["content"],
        "Only DWOS moderators can do this: members with Manage Server, or the roles and members named with /moderators."
    );
    assert!(app.store.player(GuildId(GUILD_ID), UserId(42)).await.unwrap().is_some());

    app.send(&as_moderator(unlink(91))).await;
    let reply = app.edit_of(91, 0).await;
    assert_eq!(
        reply["content"],
        "Unlinked <@42> from player player12345678 (ID 12345678). The ID can now be verified again."
    );
    assert_eq!(app.store.player_by_game_id(GuildId(GUILD_ID), GameId(12345678)).await.unwrap(), None);

    app.send(&as_moderator(unlink(92))).await;
    assert_eq!(app.edit_of(92, 0).await["content"], "<@42> has no linked game account on this server.");
}

/// Records published domain events.
#[derive(Default)]
struct Published(std::sync::Mutex<Vec<dwos_core::DomainEvent>>, std::sync::atomic::AtomicBool);

#[async_trait::async_trait]
impl dwos_bus::Publisher for Published {
    async fn publish(&self, events: &[dwos_core::DomainEvent]) -> Result<(), dwos_bus::EventError> {
        if self.1.load(std::sync::atomic::Ordering::Relaxed) {
            return Err(dwos_bus::EventError::EventBridge("the bus is down".into()));
        }
        self.0.lock().unwrap().extend_from_slice(events);
        Ok(())
    }
}

/// Worker dependencies on the app's store, fake Discord and fake game.
fn deps(app: &App) -> dwos_handlers::WorkerDeps {
    deps_publishing(app, Arc::new(Published::default()))
}

/// A REST client for the fake Discord `server`, with quick retries.
fn rest_for(server: &MockServer) -> dwos_discord::RestClient {
    let fast = RetryPolicy { base_backoff: Duration::from_millis(1), ..RetryPolicy::default() };
    dwos_discord::RestClient::new(&support::api_base(server), Some(dwos_discord::BotToken::new("bot")), fast).unwrap()
}

fn deps_publishing(app: &App, events: Arc<Published>) -> dwos_handlers::WorkerDeps {
    let rest = rest_for(&app.discord);
    let game = dwos_game::GameSettings {
        base: app.game.base_url(),
        backoff: Duration::from_millis(1),
        per_player_spacing: Duration::from_millis(100),
        ..dwos_game::GameSettings::default()
    };
    dwos_handlers::WorkerDeps {
        rest: Arc::new(rest),
        catalog: Arc::new(dwos_i18n::Catalog::load().unwrap()),
        store: app.store.clone(),
        game: Arc::new(dwos_game::GameClient::new(game).unwrap()),
        events,
        queue: Arc::new(app.server.queue.clone()),
    }
}

/// Links `user` to `fid` in state `state`, due for the weekly check on `day`.
async fn link_due(app: &App, user: u64, fid: u64, state: u32, day: Option<i64>) {
    let link = dwos_core::model::PlayerLink {
        state,
        check_day: day,
        ..dwos_store::conformance::link(GuildId(GUILD_ID), user, fid)
    };
    app.store.link_player(&link).await.unwrap();
}

#[tokio::test]
async fn the_weekly_check_reads_only_the_players_due_and_schedules_the_unscheduled() {
    use dwos_handlers::features::verify::{RefreshReport, Refresher};
    let app = app(5).await;
    let now = dwos_handlers::deps::now();
    link_due(&app, 1, 12345678, 245, Some(today())).await;
    link_due(&app, 2, 87654321, 245, Some(today() + 3)).await;
    // Linked before the due index: scheduled once, spread by game id (11112222 % 7 = 2).
    link_due(&app, 3, 11112222, 310, None).await;
    let refresher = Refresher::new(deps(&app));
    let report = refresher.run(now, 10).await.unwrap();
    assert_eq!(report, RefreshReport { checked: 1, confirmed: 1, ..RefreshReport::default() });
    let checked = app.store.player(GuildId(GUILD_ID), UserId(1)).await.unwrap().unwrap();
    assert_eq!((checked.check_day, checked.refreshed_at), (Some(today() + 7), now));
    let legacy = app.store.player(GuildId(GUILD_ID), UserId(3)).await.unwrap().unwrap();
    assert_eq!(legacy.check_day, Some(today() + 2));
    assert_eq!(refresher.run(now, 10).await.unwrap().checked, 0, "nobody else is due today");
    assert_eq!(app.game.requests(), 1);
}

#[tokio::test]
async fn a_transfer_is_found_over_two_runs_and_told_once() {
    use dwos_handlers::features::verify::Refresher;
    let app = app(5).await;
    configure(&app, None, Some(666), Some("it")).await;
    let now = dwos_handlers::deps::now();
    link_due(&app, 1, 12345678, 245, Some(today())).await;
    // 251 is the 11th state of the search after 245: more than one run's ten probes.
    app.game.move_player(12345678, 251);
    let refresher = Refresher::new(deps(&app));
    let first = refresher.run(now, 100).await.unwrap();
    assert_eq!((first.checked, first.searching, first.transferred), (1, 1, 0), "{first:?}");
    let paused = app.store.player(GuildId(GUILD_ID), UserId(1)).await.unwrap().unwrap();
    assert_eq!((paused.state, paused.state_search, paused.check_day), (245, Some(11), Some(today())));
    assert!(app.log_lines(666).await.is_empty());
    let second = refresher.run(now, 100).await.unwrap();
    assert_eq!((second.checked, second.transferred), (1, 1), "{second:?}");
    let moved = app.store.player(GuildId(GUILD_ID), UserId(1)).await.unwrap().unwrap();
    assert_eq!((moved.state, moved.state_search, moved.check_day), (251, None, Some(today() + 7)));
    assert_eq!(
        app.log_lines(666).await,
        ["<@1> (player12345678, ID 12345678) si è trasferito dallo stato 245 allo stato #251."]
    );
    assert_eq!(refresher.run(now, 100).await.unwrap().checked, 0);
    assert_eq!(app.game.gift_code_arrivals().len(), 1 + 10 + 1, "no state was probed twice");
}

#[tokio::test]
async fn two_checks_at_once_tell_a_transfer_once() {
    use dwos_handlers::features::verify::Refresher;
    let app = app(5).await;
    configure(&app, None, Some(666), Some("en")).await;
    let now = dwos_handlers::deps::now();
    link_due(&app, 1, 12345678, 245, Some(today())).await;
    app.game.move_player(12345678, 246);
    let (a, b) = (Refresher::new(deps(&app)), Refresher::new(deps(&app)));
    let (a, b) = tokio::join!(a.run(now, 10), b.run(now, 10));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!(a.transferred + b.transferred, 1, "{a:?} {b:?}");
    assert_eq!(app.log_lines(666).await.len(), 1, "one line, whoever wrote first");
    assert_eq!(app.store.player(GuildId(GUILD_ID), UserId(1)).await.unwrap().unwrap().state, 246);
}

#[tokio::test]
async fn a_deleted_account_is_reported_once_after_three_checks_and_kept() {
    use dwos_handlers::features::verify::Refresher;
    let app = app(5).await;
    configure(&app, None, Some(666), Some("en")).await;
    let now = dwos_handlers::deps::now();
    link_due(&app, 1, 12345678, 245, Some(today())).await;
    app.game.remove_player(12345678);
    let refresher = Refresher::new(deps(&app));
    for day in 0..3 {
        let report = refresher.run(now + day * 86_400, 10).await.unwrap();
        assert_eq!(report.missing, 1, "day {day}: {report:?}");
    }
    let link = app.store.player(GuildId(GUILD_ID), UserId(1)).await.unwrap().expect("never removed");
    assert_eq!((link.missing_checks, link.check_day), (3, Some(today() + 2 + 7)));
    assert_eq!(refresher.run(now + 9 * 86_400, 10).await.unwrap().missing, 1);
    let lines = app.log_lines(666).await;
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(lines[0].starts_with("<@1> (player12345678, ID 12345678): the game has not known this player"));
}

#[tokio::test]
async fn the_weekly_check_stops_at_its_budget_and_when_the_game_is_down() {
    use dwos_handlers::features::verify::Refresher;
    let app = app(5).await;
    let now = dwos_handlers::deps::now();
    for (user, fid, state) in [(1, 12345678, 245), (2, 87654321, 245), (3, 11112222, 310)] {
        link_due(&app, user, fid, state, Some(today())).await;
    }
    let refresher = Refresher::new(deps(&app));
    assert_eq!(refresher.run(now, 2).await.unwrap().checked, 2);
    app.game.script(std::iter::repeat_n(FakeReply::Status(503), 20));
    let report = refresher.run(now, 10).await.unwrap();
    assert_eq!((report.checked, report.failed), (1, 1), "a game outage ends the run");
    let left = app.store.player(GuildId(GUILD_ID), UserId(3)).await.unwrap().unwrap();
    assert_eq!((left.check_day, left.missing_checks), (Some(today()), 0), "still due, nothing counted");
}

#[tokio::test]
async fn missing_permissions_are_told_to_the_user_and_the_log_channel() {
    let app = app(5).await;
    Mock::given(method("PUT"))
        .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+/roles/\d+$"))
        .respond_with(
            ResponseTemplate::new(403).set_body_json(json!({ "message": "Missing Permissions", "code": 50013 })),
        )
        .with_priority(1)
        .mount(&app.discord)
        .await;
    configure(&app, Some(555), Some(666), Some("en")).await;
    let reply = app.submit_id(130, "12345678").await;
    let content = reply["content"].as_str().unwrap();
    assert!(content.contains("Sei verificato, ma non sono riuscito a darti il ruolo"), "{content}");
    let lines = app.log_lines(666).await;
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with(&format!("Could not give <@{USER_ID}> the Verified role")) && l.contains("403")),
        "{lines:?}"
    );
    assert!(app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap().is_some(), "the link stands");
}

#[tokio::test]
async fn a_redelivered_verification_logs_once_and_counts_one_attempt() {
    let app = app(5).await;
    configure(&app, Some(555), Some(666), None).await;
    let confirm = fixtures::verify_envelope(140, 12345678, "en");
    let published = Arc::new(Published::default());
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps_publishing(&app, published.clone()));
    for _ in 0..2 {
        worker.handle(confirm.clone()).await.unwrap();
    }
    let events = published.0.lock().unwrap().clone();
    assert_eq!(events.len(), 1, "a redelivered job does not publish again");
    assert!(events.iter().all(|e| e.kind == dwos_core::DomainEventKind::PlayerVerified && e.correlation_id == "140"));
    assert_eq!(events[0].detail["game_id"], 12345678);
    assert_eq!(app.log_lines(666).await.len(), 1, "SQS may deliver twice; the log line is posted once");
    assert_eq!(app.requests("PUT", "/roles/555").await.len(), 2, "role and nickname calls are idempotent");
    let now = dwos_handlers::deps::now();
    let attempts = app.store.record_verify_attempt(GuildId(GUILD_ID), UserId(USER_ID), "probe", now, 1800, 2).await;
    assert_eq!(attempts.unwrap(), Ok(()), "one attempt counted, so a second still fits a limit of two");
    let full = app.store.record_verify_attempt(GuildId(GUILD_ID), UserId(USER_ID), "more", now, 1800, 2).await;
    assert!(full.unwrap().is_err());
}

#[tokio::test]
async fn a_bus_outage_does_not_fail_a_verification() {
    let app = app(5).await;
    let confirm = fixtures::verify_envelope(141, 12345678, "en");
    let down = Arc::new(Published::default());
    down.1.store(true, std::sync::atomic::Ordering::Relaxed);
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps_publishing(&app, down));
    worker.handle(confirm).await.expect("the verification itself succeeded");
    let link = app.store.player(GuildId(GUILD_ID), UserId(USER_ID)).await.unwrap().expect("linked");
    assert_eq!(link.game_id, GameId(12345678));
    assert_eq!(app.requests("PATCH", "/members/").await.len(), 1, "the nickname was set before publishing");
}

/// Saves the guild's settings: Verified role, log channel, language.
async fn configure(app: &App, role: Option<u64>, log_channel: Option<u64>, locale: Option<&str>) {
    let config = dwos_core::model::GuildConfig {
        verified_role_id: role.map(dwos_core::RoleId),
        log_channel_id: log_channel.map(dwos_core::ChannelId),
        default_locale: locale.map(str::to_owned),
        ..dwos_core::model::GuildConfig::new(GuildId(GUILD_ID))
    };
    app.store.put_guild_config(&config).await.unwrap();
}

/// Sets the guild's home state, keeping the rest of its settings.
async fn configure_home(app: &App, state: u32) {
    let read = app.store.guild_config(GuildId(GUILD_ID)).await.unwrap();
    let config = read.unwrap_or_else(|| dwos_core::model::GuildConfig::new(GuildId(GUILD_ID)));
    app.store.put_guild_config(&dwos_core::model::GuildConfig { home_state: Some(state), ..config }).await.unwrap();
}

/// A verification job by the fixture user with `payload` as its step.
fn job(id: u64, payload: Value) -> dwos_core::Envelope {
    dwos_core::Envelope { payload, ..fixtures::verify_envelope(id, 1, "en") }
}

#[tokio::test]
async fn setup_refuses_a_role_above_the_bot_or_with_moderator_permissions() {
    let app = app(5).await;
    let setup = |id, role: &str| {
        as_moderator(with_options(
            fixtures::command(id, "setup", "en-US"),
            json!([{ "name": "role", "type": 8, "value": role }]),
        ))
    };
    app.send(&setup(150, "444")).await;
    let above = app.edit_of(150, 0).await;
    assert!(above["content"].as_str().unwrap().contains("above DWOS's highest role"), "{above}");
    // Not resolved in the interaction: the worker reads the role's permissions from Discord.
    app.send(&setup(151, "999")).await;
    let elevated = app.edit_of(151, 0).await;
    assert!(elevated["content"].as_str().unwrap().contains("moderator permissions"), "{elevated}");
    assert_eq!(app.store.guild_config(GuildId(GUILD_ID)).await.unwrap(), None, "nothing saved");
    assert!(app.requests("POST", "/messages").await.is_empty(), "no panel for a refused setup");
}

#[tokio::test]
async fn a_configured_role_that_gained_power_is_not_handed_out() {
    let app = app(5).await;
    configure(&app, Some(999), Some(666), None).await;
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps(&app));
    let lookup = json!({ "step": "lookup", "game_id": 12345678, "state": 245, "name": "FrostBear" });
    worker.handle(job(152, lookup)).await.unwrap();
    assert!(app.requests("PUT", "/roles/999").await.is_empty(), "an Administrator role is never given");
    assert!(app.log_lines(666).await.iter().any(|l| l.contains("moderator permissions")));
}

#[tokio::test]
async fn a_redelivered_setup_posts_one_panel() {
    let app = app(5).await;
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps(&app));
    let setup = job(153, json!({ "step": "setup", "role": null, "log_channel": null, "language": null }));
    for _ in 0..2 {
        worker.handle(setup.clone()).await.unwrap();
    }
    let panels = app.requests("POST", &format!("/channels/{}/messages", fixtures::CHANNEL_ID)).await;
    assert_eq!(panels.len(), 1, "SQS may deliver twice; the panel is posted once");
}

/// User 42 linked in alliance FRO, holding its R5 seat.
async fn leader_42(app: &App) {
    let link = dwos_core::model::PlayerLink {
        alliance: Some("FRO".into()),
        rank: Some(dwos_core::model::Rank::R5),
        ..dwos_store::conformance::link(GuildId(GUILD_ID), 42, 12345678)
    };
    app.store.link_player(&link).await.unwrap();
    assert!(app.store.claim_r5(GuildId(GUILD_ID), "FRO", UserId(42)).await.unwrap());
    let member = dwos_core::model::AllianceMember {
        guild_id: GuildId(GUILD_ID),
        tag: "FRO".into(),
        user_id: UserId(42),
        rank: dwos_core::model::Rank::R5,
        joined_at: 0,
        version: 0,
    };
    app.store.put_member(&member).await.unwrap();
}

#[tokio::test]
async fn a_retried_unlink_repeats_its_first_answer_and_leaves_nothing_behind() {
    let app = app(5).await;
    leader_42(&app).await;
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps(&app));
    let unlink = job(154, json!({ "step": "unlink", "member": "42" }));
    for nth in 0..2 {
        worker.handle(unlink.clone()).await.unwrap();
        let reply = app.edit_of(154, nth).await;
        assert!(reply["content"].as_str().unwrap().starts_with("Unlinked <@42>"), "delivery {nth}: {reply}");
    }
    assert!(app.store.members(GuildId(GUILD_ID), "FRO").await.unwrap().is_empty(), "membership removed");
    assert_eq!(app.store.r5_holder(GuildId(GUILD_ID), "FRO").await.unwrap(), None, "R5 seat freed");
}

#[tokio::test]
async fn an_expired_interaction_token_is_acknowledged_not_retried() {
    let discord = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "name": "G" })))
        .mount(&discord)
        .await;
    Mock::given(method("PATCH"))
        .and(path_regex(r"^/api/v10/webhooks/.*$"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({ "code": 10015, "message": "Unknown Webhook" })))
        .mount(&discord)
        .await;
    let app = app(5).await;
    let deps = dwos_handlers::WorkerDeps { rest: Arc::new(rest_for(&discord)), ..deps(&app) };
    let worker = dwos_handlers::worker(dwos_core::JobKind::Stats, &deps);
    let event: aws_lambda_events::event::sqs::SqsEvent =
        serde_json::from_value(fixtures::sqs_event(&[fixtures::stats_envelope(158, "en")])).unwrap();
    let deadline = std::time::SystemTime::now() + Duration::from_secs(60);
    let response = dwos_bus::handle_sqs_batch(worker.as_ref(), event, deadline, dwos_bus::DEADLINE_RESERVE).await;
    assert!(response.batch_item_failures.is_empty(), "a 404 Unknown Webhook will fail the same way every time");
    assert_eq!(discord.received_requests().await.unwrap().iter().filter(|r| r.method.as_str() == "PATCH").count(), 1);
}

#[tokio::test]
async fn the_verified_role_is_created_once_when_two_verifications_race() {
    let app = app(5).await;
    // Linked in the states the fake game knows them in: /reverify confirms each and gives the role.
    for (user, fid, state) in [(61, 11112222, 310), (62, 87654321, 245)] {
        let link = dwos_store::conformance::link(GuildId(GUILD_ID), user, fid);
        app.store.link_player(&dwos_core::model::PlayerLink { state, ..link }).await.unwrap();
    }
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps(&app));
    let pick =
        |id, user: u64| dwos_core::Envelope { user_id: Some(UserId(user)), ..job(id, json!({ "step": "refresh" })) };
    let (a, b) = tokio::join!(worker.handle(pick(160, 61)), worker.handle(pick(161, 62)));
    // The loser of the race is handed back to the queue; its redelivery finds the role.
    for (outcome, (id, user)) in [(a, (162, 61)), (b, (163, 62))] {
        if let Err(err) = outcome {
            assert!(err.is_retry(), "{err}");
            worker.handle(pick(id, user)).await.unwrap();
        }
    }
    assert_eq!(app.requests("POST", "/roles").await.len(), 1, "one Verified role");
    assert_eq!(app.requests("PUT", "/roles/777").await.len(), 2, "both members got it");
}

#[tokio::test]
async fn a_moderator_cannot_pick_a_role_above_their_own_unless_administrator() {
    let app = app(5).await;
    let setup = |id, permissions: &str| {
        let mut interaction = with_options(
            fixtures::command(id, "setup", "en-US"),
            json!([{ "name": "role", "type": 8, "value": "321" }]),
        );
        interaction["member"]["permissions"] = json!(permissions);
        interaction
    };
    // Manage Server and Manage Roles, highest role Mods (5), Officers is at 7.
    app.send(&setup(170, "268435488")).await;
    let refused = app.edit_of(170, 0).await;
    assert!(refused["content"].as_str().unwrap().contains("above your highest role"), "{refused}");
    assert_eq!(app.store.guild_config(GuildId(GUILD_ID)).await.unwrap(), None);
    // An Administrator may.
    app.send(&setup(171, "8")).await;
    let saved = app.edit_of(171, 0).await;
    assert!(saved["content"].as_str().unwrap().starts_with("Setup saved"), "{saved}");
    let config = app.store.guild_config(GuildId(GUILD_ID)).await.unwrap().unwrap();
    assert_eq!(config.verified_role_id, Some(dwos_core::RoleId(321)));
}

#[tokio::test]
async fn setup_says_when_dwos_itself_lacks_manage_roles() {
    let app = app(5).await;
    // A Discord where DWOS's only role is Mods (no permissions).
    let discord = support::fake_discord().await;
    let roles = Roles::default();
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+/roles$"))
        .respond_with(roles)
        .mount(&discord)
        .await;
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "roles": ["333"] })))
        .mount(&discord)
        .await;
    let deps = dwos_handlers::WorkerDeps { rest: Arc::new(rest_for(&discord)), ..deps(&app) };
    let worker = dwos_handlers::worker(dwos_core::JobKind::Verify, &deps);
    let setup = json!({ "step": "setup", "by_admin": true, "role": "555", "log_channel": null, "language": null });
    worker.handle(job(172, setup)).await.unwrap();
    let edits: Vec<Value> = discord
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.method.as_str() == "PATCH")
        .map(support::json_body)
        .collect();
    assert_eq!(edits.len(), 1, "{edits:?}");
    assert!(edits[0]["content"].as_str().unwrap().contains("needs the Manage Roles permission"), "{}", edits[0]);
    assert_eq!(app.store.guild_config(GuildId(GUILD_ID)).await.unwrap(), None, "nothing saved");
}

#[tokio::test]
async fn a_long_outage_strands_nobody_in_the_weekly_check() {
    use dwos_handlers::features::verify::Refresher;
    let app = app(5).await;
    let now = dwos_handlers::deps::now();
    let refresher = Refresher::new(deps(&app));
    assert_eq!(refresher.run(now, 10).await.unwrap().checked, 0);
    // Due tomorrow; the check then does not run for 40 days, longer than its 30-day window.
    link_due(&app, 1, 12345678, 245, Some(today() + 1)).await;
    let back = refresher.run(now + 40 * 86_400, 10).await.unwrap();
    assert_eq!((back.checked, back.confirmed), (1, 1), "{back:?}");
}
