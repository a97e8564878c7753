//! A fake game API on 127.0.0.1: checks `sign`, knows a few players, and answers
//! what a test tells it to (an error, a 429, a 5xx, a slow reply). `/api/gift_code` behaves like the
//! real one (see `giftcode`); `/api/player` stays until verification moves to the state probe.

mod giftcode;

pub use giftcode::{Arrival, CodeRule};

use crate::sign::sign;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Form, Json, Router};
use serde_json::json;
use std::collections::{HashMap, VecDeque};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One scripted reply, used before falling back to the known players.
#[derive(Clone, Debug)]
pub enum FakeReply {
    /// `code: 1` with this `msg` and `err_code`.
    Error(&'static str, i64),
    /// An HTTP status with an empty body (429, 502…).
    Status(u16),
    /// Wait, then answer normally.
    Slow(Duration),
}

#[derive(Default)]
struct FakeState {
    players: HashMap<u64, serde_json::Value>,
    script: VecDeque<FakeReply>,
    requests: u32,
    gift: giftcode::GiftState,
}

/// A running fake.
#[derive(Clone)]
pub struct FakeGame {
    /// Where it listens.
    pub addr: SocketAddr,
    salt: String,
    state: Arc<Mutex<FakeState>>,
}

impl FakeGame {
    /// Starts a fake on a free loopback port, checking signatures with `salt`.
    pub async fn start(salt: &str) -> std::io::Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let fake = Self { addr: listener.local_addr()?, salt: salt.to_owned(), state: Arc::default() };
        for (fid, name, state, level) in
            [(12345678, "FrostBear", 245, 57), (87654321, "IceQueen", 245, 30), (11112222, "Wanderer", 310, 12)]
        {
            fake.add_player(fid, name, state, level);
        }
        let app = Router::new()
            .route("/api/player", post(player))
            .route("/api/gift_code", post(giftcode::gift_code))
            .with_state(fake.clone());
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, app).await {
                tracing::error!(error = %err, "fake game API stopped");
            }
        });
        Ok(fake)
    }

    /// The base URL to configure as `GAME_API_BASE`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, FakeState> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Adds (or replaces) a known player.
    pub fn add_player(&self, fid: u64, nickname: &str, state: u32, furnace_level: u32) {
        let avatar = format!("https://example.invalid/avatar/{fid}.png");
        let icon = if furnace_level > 30 {
            json!(format!("https://example.invalid/fc/{furnace_level}.png"))
        } else {
            json!(furnace_level)
        };
        self.lock().players.insert(
            fid,
            json!({ "fid": fid, "nickname": nickname, "kid": state, "stove_lv": furnace_level, "stove_lv_content": icon, "avatar_image": avatar }),
        );
    }

    /// Queues replies given before normal answers resume.
    pub fn script(&self, replies: impl IntoIterator<Item = FakeReply>) {
        self.lock().script.extend(replies);
    }

    /// How many requests arrived.
    pub fn requests(&self) -> u32 {
        self.lock().requests
    }
}

async fn player(State(fake): State<FakeGame>, Form(form): Form<HashMap<String, String>>) -> Response {
    let (scripted, known) = {
        let mut state = fake.lock();
        state.requests += 1;
        let fid = form.get("fid").and_then(|f| f.parse::<u64>().ok());
        (state.script.pop_front(), fid.and_then(|f| state.players.get(&f).cloned()))
    };
    if !signed(&form, &fake.salt) {
        return Json(json!({ "code": 1, "msg": "Sign Error", "data": [] })).into_response();
    }
    match scripted {
        Some(FakeReply::Error(msg, code)) => {
            return Json(json!({ "code": 1, "msg": msg, "err_code": code, "data": [] })).into_response();
        }
        Some(FakeReply::Status(status)) => {
            return StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR).into_response();
        }
        Some(FakeReply::Slow(wait)) => tokio::time::sleep(wait).await,
        None => {}
    }
    match known {
        Some(data) => Json(json!({ "code": 0, "msg": "success", "data": data })).into_response(),
        None => Json(json!({ "code": 1, "msg": "role not exist.", "err_code": 40001, "data": [] })).into_response(),
    }
}

/// The form carries a `time` and the `sign` of its other fields.
fn signed(form: &HashMap<String, String>, salt: &str) -> bool {
    let fields: Vec<(&str, String)> =
        form.iter().filter(|(k, _)| k.as_str() != "sign").map(|(k, v)| (k.as_str(), v.clone())).collect();
    form.get("sign") == Some(&sign(&fields, salt)) && form.contains_key("time")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{GameClient, GameError, GameSettings};
    use dwos_core::model::GameId;

    fn settings(fake: &FakeGame) -> GameSettings {
        GameSettings { base: fake.base_url(), backoff: Duration::from_millis(1), ..GameSettings::default() }
    }

    #[tokio::test]
    async fn looks_up_a_known_player() {
        let fake = FakeGame::start(crate::DEFAULT_SALT).await.unwrap();
        let player = GameClient::new(settings(&fake)).unwrap().player(GameId(12345678)).await.unwrap();
        assert_eq!((player.nickname.as_str(), player.state, player.furnace_level), ("FrostBear", 245, 57));
        assert!(player.furnace_icon.is_some_and(|i| i.ends_with("57.png")));
        let low = GameClient::new(settings(&fake)).unwrap().player(GameId(11112222)).await.unwrap();
        assert_eq!(low.furnace_icon, None, "a numeric stove_lv_content is not an icon");
    }

    #[tokio::test]
    async fn unknown_ids_and_wrong_salts_are_typed_errors() {
        let fake = FakeGame::start(crate::DEFAULT_SALT).await.unwrap();
        let client = GameClient::new(settings(&fake)).unwrap();
        assert_eq!(client.player(GameId(1)).await, Err(GameError::UnknownPlayer));
        let wrong = GameClient::new(GameSettings { salt: "nope".into(), ..settings(&fake) }).unwrap();
        assert!(matches!(wrong.player(GameId(12345678)).await, Err(GameError::Protocol(_))));
    }

    #[tokio::test]
    async fn retries_transient_failures_then_succeeds() {
        let fake = FakeGame::start(crate::DEFAULT_SALT).await.unwrap();
        fake.script([FakeReply::Status(429), FakeReply::Status(502), FakeReply::Error("TIMEOUT RETRY.", 40004)]);
        let player = GameClient::new(settings(&fake)).unwrap().player(GameId(87654321)).await.unwrap();
        assert_eq!(player.nickname, "IceQueen");
        assert_eq!(fake.requests(), 4);
    }

    #[tokio::test]
    async fn gives_up_after_bounded_retries() {
        let fake = FakeGame::start(crate::DEFAULT_SALT).await.unwrap();
        fake.script(std::iter::repeat_n(FakeReply::Status(503), 10));
        let client = GameClient::new(GameSettings { max_retries: 2, ..settings(&fake) }).unwrap();
        assert_eq!(client.player(GameId(87654321)).await, Err(GameError::Unavailable));
        assert_eq!(fake.requests(), 3);
    }

    #[tokio::test]
    async fn a_slow_answer_times_out_as_transport() {
        let fake = FakeGame::start(crate::DEFAULT_SALT).await.unwrap();
        fake.script([FakeReply::Slow(Duration::from_millis(500))]);
        let client =
            GameClient::new(GameSettings { timeout: Duration::from_millis(100), max_retries: 0, ..settings(&fake) })
                .unwrap();
        assert!(matches!(client.player(GameId(87654321)).await, Err(GameError::Transport(_))));
    }
}
