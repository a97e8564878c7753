//! The gift-code door against the fake: check, redeem, find_state, pacing, and the fake's own rules.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use dwos_core::model::GameId;
use dwos_game::fake::{CodeRule, FakeGame};
use dwos_game::sign::signed_form;
use dwos_game::{DEFAULT_SALT, GameClient, GameSettings, RedeemOutcome, StateCheck, StateSearch};
use std::time::{Duration, Instant};

/// State 245, furnace 57.
const FROST: GameId = GameId(12345678);
/// State 245, furnace 30.
const ICE: GameId = GameId(87654321);
/// State 310, furnace 12.
const WANDERER: GameId = GameId(11112222);
const NOBODY: GameId = GameId(1);

const SPACING: Duration = Duration::from_millis(120);

async fn fake() -> FakeGame {
    let fake = FakeGame::start(DEFAULT_SALT).await.unwrap();
    fake.set_per_player_window(Duration::from_millis(100));
    fake
}

fn settings(fake: &FakeGame) -> GameSettings {
    GameSettings {
        base: fake.base_url(),
        backoff: Duration::from_millis(1),
        per_player_spacing: SPACING,
        ..GameSettings::default()
    }
}

fn client(fake: &FakeGame) -> GameClient {
    GameClient::new(settings(fake)).unwrap()
}

#[tokio::test]
async fn check_tells_match_wrong_state_and_no_such_player() {
    let fake = fake().await;
    let client = client(&fake);
    assert_eq!(client.check(FROST, 245).await, Ok(StateCheck::Match));
    assert_eq!(client.check(FROST, 246).await, Ok(StateCheck::WrongState));
    assert_eq!(client.check(NOBODY, 245).await, Ok(StateCheck::NoSuchPlayer));
    let probes: Vec<_> = fake.gift_code_arrivals().iter().map(|a| (a.fid, a.state)).collect();
    assert_eq!(probes, [(FROST.0, 245), (FROST.0, 246), (NOBODY.0, 245)], "one request each, no retries");
}

#[tokio::test]
async fn redeem_gives_every_scripted_outcome_once_per_player() {
    let fake = fake().await;
    for (code, rule) in [
        ("LIVE", CodeRule::Live),
        ("OLD", CodeRule::Expired),
        ("GONE", CodeRule::UsedUp),
        ("BIG", CodeRule::MinFurnace(40)),
    ] {
        fake.add_code(code, rule);
    }
    let client = client(&fake);
    let cases = [
        ("LIVE", FROST, 245, RedeemOutcome::Redeemed),
        ("LIVE", FROST, 245, RedeemOutcome::AlreadyRedeemed),
        ("LIVE", ICE, 245, RedeemOutcome::Redeemed),
        ("OLD", FROST, 245, RedeemOutcome::Expired),
        ("GONE", FROST, 245, RedeemOutcome::UsageLimit),
        ("BIG", FROST, 245, RedeemOutcome::Redeemed),
        ("BIG", ICE, 245, RedeemOutcome::FurnaceTooLow),
        ("NOPE", ICE, 245, RedeemOutcome::NotFound),
        // fid and kid are checked before the code, live or not.
        ("LIVE", WANDERER, 245, RedeemOutcome::WrongState),
        ("NOPE", WANDERER, 245, RedeemOutcome::WrongState),
        ("LIVE", NOBODY, 245, RedeemOutcome::NoSuchPlayer),
    ];
    for (code, fid, state, expected) in cases {
        assert_eq!(client.redeem(code, fid, state).await, Ok(expected.clone()), "{code} for {fid} in {state}");
    }
    let mut live = fake.redeemed_by("LIVE");
    live.sort_unstable();
    assert_eq!(live, [FROST.0, ICE.0]);
    assert_eq!(fake.redeemed_by("BIG"), [FROST.0]);
}

#[tokio::test]
async fn find_state_tries_candidates_then_nearest_first() {
    let fake = fake().await;
    let client = client(&fake);
    assert_eq!(client.find_state(WANDERER, &[245, 245], Some(307), 0, 50).await, Ok(StateSearch::Found(310)));
    let tried: Vec<u32> = fake.gift_code_arrivals().iter().map(|a| a.state).collect();
    assert_eq!(tried, [245, 307, 308, 306, 309, 305, 310]);
}

#[tokio::test]
async fn a_search_spends_at_most_its_budget_and_resumes_where_it_paused() {
    let fake = fake().await;
    let client = client(&fake);
    let first = client.find_state(WANDERER, &[245], Some(307), 0, 3).await;
    assert_eq!(first, Ok(StateSearch::Paused { next: 3 }));
    assert_eq!(fake.gift_code_arrivals().len(), 3, "three probes, no more");
    let second = client.find_state(WANDERER, &[245], Some(307), 3, 3).await;
    assert_eq!(second, Ok(StateSearch::Paused { next: 6 }));
    assert_eq!(client.find_state(WANDERER, &[245], Some(307), 6, 3).await, Ok(StateSearch::Found(310)));
    let tried: Vec<u32> = fake.gift_code_arrivals().iter().map(|a| a.state).collect();
    assert_eq!(tried, [245, 307, 308, 306, 309, 305, 310], "no state was probed twice");
    // A player in none of the states to try: each tried once, then NotFound.
    fake.move_player(WANDERER.0, 900);
    assert_eq!(client.find_state(WANDERER, &[310, 311], None, 0, 10).await, Ok(StateSearch::NotFound));
    assert_eq!(fake.gift_code_arrivals().len(), 7 + 2);
}

#[tokio::test]
async fn find_state_stops_at_no_such_player() {
    let fake = fake().await;
    let client = client(&fake);
    assert_eq!(client.find_state(NOBODY, &[245, 246], Some(300), 0, 50).await, Ok(StateSearch::NoSuchPlayer));
    assert_eq!(fake.gift_code_arrivals().len(), 1);
}

#[tokio::test]
async fn calls_about_one_player_are_spaced_calls_about_two_are_not() {
    let fake = fake().await;
    // Long enough that two players' calls, which need no spacing, arrive well within it even
    // on a loaded machine.
    let spacing = Duration::from_millis(1500);
    let client = GameClient::new(GameSettings { per_player_spacing: spacing, ..settings(&fake) }).unwrap();
    for fid in [FROST, FROST, ICE] {
        assert_eq!(client.check(fid, 245).await, Ok(StateCheck::Match));
    }
    let arrivals = fake.gift_code_arrivals();
    assert!(arrivals[1].at - arrivals[0].at >= spacing, "same player: {:?}", arrivals[1].at - arrivals[0].at);
    assert!(arrivals[2].at - arrivals[1].at < spacing, "two players: {:?}", arrivals[2].at - arrivals[1].at);
}

#[tokio::test]
async fn rate_limit_headers_slow_the_client_before_the_wall() {
    let fake = fake().await;
    fake.set_window(2, Duration::from_secs(1));
    // The client's window matches the fake's, so a spent window means a pause of about one window.
    let client = GameClient::new(GameSettings { window: Duration::from_secs(1), ..settings(&fake) }).unwrap();
    let start = Instant::now();
    for fid in [FROST, ICE, WANDERER] {
        assert!(client.check(fid, 245).await.is_ok());
    }
    assert!(start.elapsed() >= Duration::from_millis(900), "{:?}", start.elapsed());
    assert_eq!(fake.requests(), 3, "no request hit the 429 wall");
}

#[tokio::test]
async fn a_full_window_answers_429_and_the_client_waits_retry_after() {
    let fake = fake().await;
    fake.set_window(1, Duration::from_secs(1));
    // A tiny client window: the headers' pause is negligible, so the second call meets the 429.
    let client = GameClient::new(GameSettings { window: Duration::from_millis(10), ..settings(&fake) }).unwrap();
    let start = Instant::now();
    assert_eq!(client.check(FROST, 245).await, Ok(StateCheck::Match));
    assert_eq!(client.check(ICE, 245).await, Ok(StateCheck::Match));
    assert!(start.elapsed() >= Duration::from_millis(950), "waited Retry-After: {:?}", start.elapsed());
    assert_eq!(fake.requests(), 3, "one 429, then the retry passed");
}

/// A raw signed gift-code request, to see the fake's answers and headers as the game sends them.
async fn raw(
    fake: &FakeGame,
    fields: &[(&str, &str)],
    salt: &str,
) -> (u16, reqwest::header::HeaderMap, serde_json::Value) {
    let fields: Vec<(&str, String)> = fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect();
    let response = reqwest::Client::new()
        .post(format!("{}/api/gift_code", fake.base_url()))
        .form(&signed_form(&fields, salt))
        .send()
        .await
        .unwrap();
    let (status, headers) = (response.status().as_u16(), response.headers().clone());
    let body = response.json().await.unwrap_or(serde_json::Value::Null);
    (status, headers, body)
}

fn ask<'a>(fid: &'a str, kid: &'a str, cdk: &'a str) -> [(&'a str, &'a str); 4] {
    [("fid", fid), ("kid", kid), ("cdk", cdk), ("time", "1780000000")]
}

#[tokio::test]
async fn the_fake_checks_sign_and_params_first_and_answers_like_the_game() {
    let fake = fake().await;
    let (status, headers, body) = raw(&fake, &ask("12345678", "245", "X"), "wrong salt").await;
    assert_eq!(status, 200);
    assert_eq!((body["code"].as_i64(), body["msg"].as_str()), (Some(1), Some("Sign Error")));
    assert_eq!(headers["x-ratelimit-limit"], "30");
    assert_eq!(headers["x-ratelimit-remaining"], "29");
    let (_, _, body) = raw(&fake, &[("fid", "12345678"), ("time", "1780000000")], DEFAULT_SALT).await;
    assert_eq!(body["msg"], "params error");
    let (_, _, body) = raw(&fake, &ask("12345678", "245", "NOPE"), DEFAULT_SALT).await;
    assert_eq!(body, serde_json::json!({ "code": 1, "msg": "CDK NOT FOUND.", "data": [], "err_code": 40014 }));
    fake.add_code("LIVE", CodeRule::Live);
    let (_, _, body) = raw(&fake, &ask("87654321", "245", "LIVE"), DEFAULT_SALT).await;
    assert_eq!(body, serde_json::json!({ "code": 0, "msg": "SUCCESS", "data": [], "err_code": 20000 }));
}

#[tokio::test]
async fn the_fake_says_too_frequent_for_one_player_asked_again_soon() {
    let fake = FakeGame::start(DEFAULT_SALT).await.unwrap();
    let (_, _, first) = raw(&fake, &ask("12345678", "245", "NOPE"), DEFAULT_SALT).await;
    let (_, _, again) = raw(&fake, &ask("12345678", "245", "NOPE"), DEFAULT_SALT).await;
    let (_, _, other) = raw(&fake, &ask("87654321", "245", "NOPE"), DEFAULT_SALT).await;
    assert_eq!(first["err_code"], 40014);
    assert_eq!((again["err_code"].as_i64(), again["msg"].as_str()), (Some(40019), Some("TOO FREQUENT.")));
    assert_eq!(other["err_code"], 40014, "another player is not held back");
    // Unknown ids and wrong states come before the code.
    let (_, _, nobody) = raw(&fake, &ask("1", "245", "NOPE"), DEFAULT_SALT).await;
    let (_, _, moved) = raw(&fake, &ask("11112222", "245", "NOPE"), DEFAULT_SALT).await;
    assert_eq!((nobody["err_code"].as_i64(), nobody["msg"].as_str()), (Some(40001), Some("role not exist.")));
    assert_eq!((moved["err_code"].as_i64(), moved["msg"].as_str()), (Some(40020), Some("USER INFO ERROR.")));
}

#[tokio::test]
async fn the_fake_answers_429_with_headers_once_the_window_is_full() {
    let fake = fake().await;
    fake.set_window(2, Duration::from_secs(60));
    let mut remaining = Vec::new();
    for fid in ["12345678", "87654321", "11112222"] {
        let (status, headers, _) = raw(&fake, &ask(fid, "245", "NOPE"), DEFAULT_SALT).await;
        assert_eq!(headers["x-ratelimit-limit"], "2");
        remaining.push((status, headers["x-ratelimit-remaining"].to_str().unwrap().to_owned()));
        if status == 429 {
            let after: u64 = headers["retry-after"].to_str().unwrap().parse().unwrap();
            assert!((59..=60).contains(&after), "{after}");
        }
    }
    assert_eq!(remaining, [(200, "1".to_owned()), (200, "0".to_owned()), (429, "0".to_owned())]);
}
