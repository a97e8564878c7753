//! The gift-code client on the wire (wiremock): the request it sends, and what it does with transient,
//! protocol and unknown answers.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use dwos_core::model::GameId;
use dwos_game::sign::sign;
use dwos_game::{DEFAULT_SALT, GameClient, GameError, GameSettings, RedeemOutcome, StateCheck};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const FID: GameId = GameId(12345678);

fn settings(server: &MockServer) -> GameSettings {
    GameSettings {
        base: server.uri(),
        backoff: Duration::from_millis(1),
        per_player_spacing: Duration::ZERO,
        ..GameSettings::default()
    }
}

fn client(server: &MockServer) -> GameClient {
    GameClient::new(settings(server)).unwrap()
}

fn answer(code: i64, msg: &str, err_code: i64) -> ResponseTemplate {
    ResponseTemplate::new(200)
        .set_body_json(serde_json::json!({ "code": code, "msg": msg, "data": [], "err_code": err_code }))
}

fn success() -> ResponseTemplate {
    answer(0, "SUCCESS", 20000)
}

async fn mount(server: &MockServer, response: ResponseTemplate, times: Option<u64>) {
    let mock = Mock::given(method("POST")).and(path("/api/gift_code")).respond_with(response);
    match times {
        Some(n) => mock.up_to_n_times(n).mount(server).await,
        None => mock.mount(server).await,
    }
}

async fn requests(server: &MockServer) -> Vec<HashMap<String, String>> {
    let received = server.received_requests().await.unwrap();
    received.iter().map(|r| form_pairs(&r.body)).collect()
}

/// The form's fields; every value the client sends is plain ASCII with nothing to unescape.
fn form_pairs(body: &[u8]) -> HashMap<String, String> {
    let body = String::from_utf8_lossy(body);
    body.split('&').filter_map(|pair| pair.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

#[tokio::test]
async fn sends_a_signed_form_with_fid_cdk_kid_and_time_in_seconds() {
    let server = MockServer::start().await;
    mount(&server, success(), None).await;
    assert_eq!(client(&server).redeem("SUMMER26", FID, 245).await, Ok(RedeemOutcome::Redeemed));
    let form = &requests(&server).await[0];
    assert_eq!((form["fid"].as_str(), form["cdk"].as_str(), form["kid"].as_str()), ("12345678", "SUMMER26", "245"));
    assert_eq!(form["time"].len(), 10, "Unix seconds: {}", form["time"]);
    let fields: Vec<(&str, String)> =
        form.iter().filter(|(k, _)| k.as_str() != "sign").map(|(k, v)| (k.as_str(), v.clone())).collect();
    assert_eq!(form["sign"], sign(&fields, DEFAULT_SALT));
}

#[tokio::test]
async fn a_probe_sends_a_never_valid_code_and_reads_the_msg_without_err_code() {
    let server = MockServer::start().await;
    mount(
        &server,
        ResponseTemplate::new(200).set_body_json(serde_json::json!({ "code": 1, "msg": "CDK NOT FOUND." })),
        None,
    )
    .await;
    assert_eq!(client(&server).check(FID, 245).await, Ok(StateCheck::Match));
    let cdk = requests(&server).await[0]["cdk"].clone();
    assert!(cdk.starts_with("ZZ") && cdk.len() == 16, "{cdk}");
}

#[tokio::test]
async fn too_frequent_then_success_is_retried() {
    let server = MockServer::start().await;
    mount(&server, answer(1, "TOO FREQUENT.", 40019), Some(1)).await;
    mount(&server, success(), None).await;
    assert_eq!(client(&server).redeem("A", FID, 245).await, Ok(RedeemOutcome::Redeemed));
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn a_429_with_retry_after_is_waited_out_then_recovers() {
    let server = MockServer::start().await;
    mount(&server, ResponseTemplate::new(429).insert_header("retry-after", "1"), Some(1)).await;
    mount(&server, success(), None).await;
    let start = Instant::now();
    assert_eq!(client(&server).redeem("A", FID, 245).await, Ok(RedeemOutcome::Redeemed));
    assert!(start.elapsed() >= Duration::from_secs(1), "{:?}", start.elapsed());
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn a_retry_after_longer_than_half_a_minute_is_left_to_the_queue() {
    let server = MockServer::start().await;
    mount(&server, ResponseTemplate::new(429).insert_header("retry-after", "120"), Some(1)).await;
    mount(&server, success(), None).await;
    let start = Instant::now();
    assert_eq!(client(&server).redeem("A", FID, 245).await, Err(GameError::RateLimited));
    assert!(start.elapsed() < Duration::from_secs(5), "no in-process wait of minutes: {:?}", start.elapsed());
    assert_eq!(requests(&server).await.len(), 1);
}

#[tokio::test]
async fn transient_answers_give_up_after_the_retries() {
    let server = MockServer::start().await;
    mount(&server, ResponseTemplate::new(503), Some(3)).await;
    mount(&server, answer(1, "TIMEOUT RETRY.", 40004), None).await;
    let client = GameClient::new(GameSettings { max_retries: 4, ..settings(&server) }).unwrap();
    assert_eq!(client.redeem("A", FID, 245).await, Err(GameError::Unavailable));
    assert_eq!(requests(&server).await.len(), 5);
}

#[tokio::test]
async fn sign_errors_are_protocol_errors_and_not_retried() {
    let server = MockServer::start().await;
    mount(&server, answer(1, "Sign Error", 0), None).await;
    assert!(
        matches!(client(&server).redeem("A", FID, 245).await, Err(GameError::Protocol(m)) if m.contains("Sign Error"))
    );
    assert!(matches!(client(&server).check(FID, 245).await, Err(GameError::Protocol(_))));
    assert_eq!(requests(&server).await.len(), 2);
}

#[tokio::test]
async fn unknown_answers_are_reported_as_given() {
    let server = MockServer::start().await;
    mount(&server, answer(1, "SOMETHING NEW.", 49999), None).await;
    assert_eq!(
        client(&server).redeem("A", FID, 245).await,
        Ok(RedeemOutcome::Unknown { code: Some(49999), msg: "SOMETHING NEW.".into() })
    );
    assert!(matches!(client(&server).check(FID, 245).await, Err(GameError::Protocol(_))), "a probe needs a verdict");
    assert_eq!(requests(&server).await.len(), 2, "not retried");
}

#[tokio::test]
async fn a_spent_window_in_the_headers_pauses_the_next_call() {
    let server = MockServer::start().await;
    let spent = success().insert_header("x-ratelimit-limit", "4").insert_header("x-ratelimit-remaining", "0");
    mount(&server, spent, None).await;
    let client = GameClient::new(GameSettings { window: Duration::from_secs(2), ..settings(&server) }).unwrap();
    client.redeem("A", GameId(1), 1).await.unwrap();
    let start = Instant::now();
    client.redeem("A", GameId(2), 1).await.unwrap();
    // 2 s / 4 calls for each of the two calls missing to the headroom.
    assert!(start.elapsed() >= Duration::from_millis(950), "{:?}", start.elapsed());
}

#[tokio::test]
async fn redeem_now_tries_once_and_never_waits_for_the_budget() {
    let server = MockServer::start().await;
    mount(&server, answer(1, "TOO FREQUENT.", 40019), Some(1)).await;
    mount(&server, success(), None).await;
    let client = GameClient::new(GameSettings { max_requests: 2, ..settings(&server) }).unwrap();
    assert_eq!(client.redeem_now("A", FID, 245).await, Err(GameError::RateLimited), "not retried in process");
    assert_eq!(client.redeem_now("A", GameId(2), 245).await, Ok(RedeemOutcome::Redeemed));
    let start = Instant::now();
    let busy = client.redeem_now("A", GameId(3), 245).await;
    assert!(matches!(busy, Err(GameError::Busy(wait)) if wait > Duration::from_secs(50)), "{busy:?}");
    assert!(start.elapsed() < Duration::from_secs(1), "no sleep: {:?}", start.elapsed());
    assert_eq!(requests(&server).await.len(), 2, "a busy budget sends nothing");
}

/// A gate that admits everything and records the pauses it is asked for.
#[derive(Debug, Default)]
struct RecordingGate(std::sync::Mutex<Vec<Duration>>);

#[async_trait::async_trait]
impl dwos_game::Gate for RecordingGate {
    async fn try_admit(&self) -> Result<Option<Duration>, GameError> {
        Ok(None)
    }

    fn longest_wait(&self) -> Duration {
        Duration::from_secs(62)
    }

    async fn pause(&self, wait: Duration) {
        self.0.lock().unwrap().push(wait);
    }
}

#[tokio::test]
async fn a_429_pauses_every_process_sharing_the_gate() {
    let server = MockServer::start().await;
    mount(&server, ResponseTemplate::new(429).insert_header("retry-after", "1"), Some(1)).await;
    mount(&server, success(), None).await;
    let gate = std::sync::Arc::new(RecordingGate::default());
    let client = client(&server).with_gate(gate.clone());
    assert_eq!(client.redeem("A", FID, 245).await, Ok(RedeemOutcome::Redeemed));
    assert_eq!(*gate.0.lock().unwrap(), [Duration::from_secs(1)], "the pause is shared through the gate");
}
