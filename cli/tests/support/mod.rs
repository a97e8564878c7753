//! Helpers shared by the integration tests: a fake Discord and polling for its requests.

#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use dwos::devkey::DevKey;
use dwos::fixtures;
use dwos::serve::ServeOptions;
use dwos_bus::LocalQueuePolicy;
use dwos_discord::RetryPolicy;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

/// A fake Discord that knows the fixture guild and accepts reply edits.
pub async fn fake_discord() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path_regex(r"^/api/v10/guilds/\d+$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
            "id": "1200000000000000002", "name": "Frost Legion",
            "approximate_member_count": 120, "approximate_presence_count": 37
        })))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .and(path_regex(r"^/api/v10/webhooks/\d+/[^/]+/messages/@original$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "1"})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/api/v10/channels/\d+/messages$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({"id": "2"})))
        .mount(&server)
        .await;
    server
}

/// Signs `interaction` with `key`, POSTs it to `dwos serve` at `addr` as Discord would, and
/// returns the JSON answer (which must be a 200).
pub async fn send(addr: std::net::SocketAddr, key: &DevKey, interaction: &serde_json::Value) -> serde_json::Value {
    let url = format!("http://{addr}/interactions");
    let answer = dwos::send::send(&url, key, serde_json::to_vec(interaction).unwrap()).await.unwrap();
    assert_eq!(answer.status, 200, "{}", answer.body);
    serde_json::from_str(&answer.body).unwrap()
}

/// Discord's API base on the fake.
pub fn api_base(server: &MockServer) -> String {
    format!("{}/api/v10", server.uri())
}

/// Waits (bounded) for a request matching `wanted` to reach the fake.
pub async fn wait_for(server: &MockServer, wanted: impl Fn(&Request) -> bool) -> Request {
    for _ in 0..100 {
        let received = server.received_requests().await.unwrap_or_default();
        if let Some(request) = received.into_iter().find(|r| wanted(r)) {
            return request;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the expected request never reached the fake Discord");
}

/// Waits (bounded, 5 s) for the `nth` edit (from 0) of interaction `id`'s first reply.
pub async fn reply_edit(server: &MockServer, id: u64, nth: usize) -> Request {
    let path = format!("/api/v10/webhooks/{}/token-{id}/messages/@original", dwos::fixtures::APPLICATION_ID);
    for _ in 0..200 {
        let received = server.received_requests().await.unwrap_or_default();
        let mut edits = received.into_iter().filter(|r| r.method.as_str() == "PATCH" && r.url.path() == path);
        if let Some(edit) = edits.nth(nth) {
            return edit;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("reply edit #{nth} of interaction {id} never arrived");
}

/// The JSON body of a request to the fake.
pub fn json_body(request: &Request) -> serde_json::Value {
    serde_json::from_slice(&request.body).unwrap_or_default()
}

/// The environment `dwos serve` reads: the application signed by `key`, Discord at `discord`.
pub fn env(key: &DevKey, discord: &MockServer) -> HashMap<&'static str, String> {
    HashMap::from([
        ("DISCORD_PUBLIC_KEY", key.public_hex()),
        ("DISCORD_APPLICATION_ID", fixtures::APPLICATION_ID.to_string()),
        ("DISCORD_BOT_TOKEN", "bot".to_owned()),
        ("DISCORD_API_BASE", api_base(discord)),
    ])
}

/// Serve options on a free port and a file in `dir`, with millisecond retries and polls.
pub fn fast_options(dir: &Path) -> ServeOptions {
    let mut options =
        ServeOptions::new("127.0.0.1:0".parse().unwrap_or(([127, 0, 0, 1], 0).into()), dir.join("dwos.db"));
    options.queue_policy = LocalQueuePolicy {
        retry_delay: Duration::from_millis(10),
        poll_interval: Duration::from_millis(10),
        ..LocalQueuePolicy::default()
    };
    options.retry = RetryPolicy { base_backoff: Duration::from_millis(1), ..RetryPolicy::default() };
    options.game_backoff = Duration::from_millis(1);
    options
}
pub mod guild;
pub mod playground;
