//! End to end through `dwos serve`: signed requests in over HTTP, a fake Discord out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures;
use dwos::serve::{ServeOptions, Server, start};
use dwos_core::GuildId;
use dwos_store::{SqliteTable, Store};
use std::sync::Arc;
use std::time::Duration;
use wiremock::MockServer;

struct Running {
    server: Server,
    key: DevKey,
    http: reqwest::Client,
    _dir: tempfile::TempDir,
}

impl Running {
    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.server.addr)
    }

    async fn post_signed(&self, body: &[u8]) -> reqwest::Response {
        let (signature, timestamp) = dwos::send::sign_now(&self.key, body);
        self.post(body.to_vec(), &signature, &timestamp).await
    }

    async fn post(&self, body: Vec<u8>, signature: &str, timestamp: &str) -> reqwest::Response {
        self.http
            .post(self.url("/interactions"))
            .header("x-signature-ed25519", signature)
            .header("x-signature-timestamp", timestamp)
            .body(body)
            .send()
            .await
            .unwrap()
    }
}

async fn serve(discord: &MockServer) -> Running {
    let key = DevKey::generate().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut env = support::env(&key, discord);
    env.insert("MAX_BODY_BYTES", "4096".to_owned());
    let options = ServeOptions { fake_game: true, ..support::fast_options(dir.path()) };
    let server = start(&options, &|name| env.get(name).cloned()).await.unwrap();
    Running { server, key, http: reqwest::Client::new(), _dir: dir }
}

fn bytes(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(value).unwrap()
}

#[tokio::test]
async fn stats_is_deferred_then_the_localized_reply_is_patched() {
    let discord = support::fake_discord().await;
    let app = serve(&discord).await;
    let store = Store::new(Arc::new(SqliteTable::open(&app._dir.path().join("dwos.db")).unwrap()));
    for (user, game) in [(1, 101), (2, 102)] {
        let link = dwos_store::conformance::link(GuildId(fixtures::GUILD_ID), user, game);
        store.link_player(&link).await.unwrap();
    }
    let response = app.post_signed(&bytes(&fixtures::command(77, "stats", "it"))).await;
    assert_eq!(response.status(), 200);
    assert_eq!(response.json::<serde_json::Value>().await.unwrap(), serde_json::json!({"type": 5}));

    let patch = support::wait_for(&discord, |r| r.method.as_str() == "PATCH").await;
    assert_eq!(patch.url.path(), format!("/api/v10/webhooks/{}/token-77/messages/@original", fixtures::APPLICATION_ID));
    let content = support::json_body(&patch)["content"].as_str().unwrap().to_owned();
    assert_eq!(content, "**Frost Legion**\nMembri: 120\nOnline ora: 37\nGiocatori verificati: 2");
    let guild_read = support::wait_for(&discord, |r| r.method.as_str() == "GET").await;
    assert_eq!(guild_read.headers.get("authorization").unwrap(), "Bot bot");
    assert_eq!(app.server.queue.pending("stats").await.unwrap(), 0, "the job was acknowledged");
}

#[tokio::test]
async fn ping_help_and_unknown_are_answered_inline() {
    let discord = support::fake_discord().await;
    let app = serve(&discord).await;
    let pong: serde_json::Value = app.post_signed(&bytes(&fixtures::ping(1))).await.json().await.unwrap();
    assert_eq!(pong, serde_json::json!({"type": 1}));

    let help: serde_json::Value =
        app.post_signed(&bytes(&fixtures::command(2, "help", "en-GB"))).await.json().await.unwrap();
    assert_eq!((help["type"].as_u64(), help["data"]["flags"].as_u64()), (Some(4), Some(64)));
    assert!(help["data"]["content"].as_str().unwrap().contains("alliance assistant"), "{help}");

    // Dutch is not shipped: the guild's locale (en-US) answers.
    let unknown: serde_json::Value =
        app.post_signed(&bytes(&fixtures::command(3, "dance", "nl"))).await.json().await.unwrap();
    assert_eq!(unknown["type"], 4);
    assert!(unknown["data"]["content"].as_str().unwrap().starts_with("I don't know that one yet"), "{unknown}");

    let dm: serde_json::Value =
        app.post_signed(&bytes(&fixtures::dm_command(4, "stats", "it"))).await.json().await.unwrap();
    assert_eq!(dm["data"]["content"], "Questo comando funziona solo all'interno di un server.");
    assert!(discord.received_requests().await.unwrap().is_empty(), "nothing inline calls Discord");
}

#[tokio::test]
async fn refuses_bad_requests_with_the_right_status() {
    let discord = support::fake_discord().await;
    let app = serve(&discord).await;
    let body = bytes(&fixtures::ping(5));
    let (signature, timestamp) = dwos::send::sign_now(&app.key, &body);

    let forged = DevKey::generate().unwrap().sign(&timestamp, &body);
    let response = app.post(body.clone(), &forged, &timestamp).await;
    assert_eq!(response.status(), 401);
    assert!(response.bytes().await.unwrap().is_empty(), "401 has an empty body");

    let stale = (timestamp.parse::<u64>().unwrap() - 3600).to_string();
    let stale_signature = app.key.sign(&stale, &body);
    assert_eq!(app.post(body.clone(), &stale_signature, &stale).await.status(), 401);

    let unsigned = app.http.post(app.url("/interactions")).body(body.clone()).send().await.unwrap();
    assert_eq!(unsigned.status(), 401);

    assert_eq!(app.post_signed(b"definitely not json").await.status(), 400);
    assert_eq!(app.post_signed(br#"{"type":2}"#).await.status(), 400);
    // A PING is answered on its type alone, whatever fields Discord adds or drops.
    let bare_ping = app.post_signed(br#"{"type":1}"#).await;
    assert_eq!(bare_ping.status(), 200);
    assert_eq!(bare_ping.text().await.unwrap(), r#"{"type":1}"#);
    let mut other_app = fixtures::command(6, "help", "en-US");
    other_app["application_id"] = serde_json::json!("42");
    assert_eq!(app.post_signed(&bytes(&other_app)).await.status(), 400);

    let huge = vec![b' '; 5000];
    assert_eq!(app.post_signed(&huge).await.status(), 413);
    assert_eq!(app.post(body, &signature, &timestamp).await.status(), 200, "the genuine request still passes");
}

#[tokio::test]
async fn health_answers_json() {
    let discord = support::fake_discord().await;
    let app = serve(&discord).await;
    let response = app.http.get(app.url("/api/v1/health")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn a_job_that_keeps_failing_lands_in_the_dead_letter_table() {
    // Discord answers 503 forever: the job is retried, then dead-lettered, never lost.
    let discord = MockServer::start().await;
    wiremock::Mock::given(wiremock::matchers::any())
        .respond_with(wiremock::ResponseTemplate::new(503))
        .mount(&discord)
        .await;
    let key = DevKey::generate().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let env = support::env(&key, &discord);
    let mut options = support::fast_options(dir.path());
    options.queue_policy.max_receives = 3;
    options.retry.max_retries = 1;
    let server = start(&options, &|name| env.get(name).cloned()).await.unwrap();
    let body = bytes(&fixtures::command(88, "stats", "en-US"));
    let answer = dwos::send::send(&format!("http://{}/interactions", server.addr), &key, body).await.unwrap();
    assert_eq!(answer.status, 200);
    let mut dead = Vec::new();
    for _ in 0..200 {
        dead = server.queue.dead_jobs("stats").await.unwrap();
        if !dead.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    assert_eq!(dead.len(), 1, "the job reached the dead-letter table");
    assert_eq!(dead[0].receive_count, 3);
    assert!(dead[0].error.contains("503"), "{}", dead[0].error);
    // 3 deliveries × (1 try + 1 retry) of GET /guilds.
    assert_eq!(discord.received_requests().await.unwrap().len(), 6);
}

#[tokio::test]
async fn privacy_is_answered_inline_even_in_dms() {
    let discord = support::fake_discord().await;
    let app = serve(&discord).await;
    let notice: serde_json::Value =
        app.post_signed(&bytes(&fixtures::dm_command(5, "privacy", "it"))).await.json().await.unwrap();
    assert_eq!((notice["type"].as_u64(), notice["data"]["flags"].as_u64()), (Some(4), Some(64)));
    assert!(notice["data"]["content"].as_str().unwrap().starts_with("**Cosa salva DWOS su di te**"), "{notice}");
}
