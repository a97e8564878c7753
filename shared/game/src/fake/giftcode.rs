//! The fake's `/api/gift_code`, in the real service's order: the client's window (HTTP 429), the sign,
//! the player's pacing (TOO FREQUENT), fid, kid, and only then the code.

use super::{FakeGame, FakeReply, FakeState, signed};
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use serde_json::json;
use std::collections::{HashMap, HashSet, VecDeque};
use std::time::{Duration, Instant};

/// How a scripted gift code answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeRule {
    /// Redeemable, once per player.
    Live,
    /// Expired (`TIME ERROR`).
    Expired,
    /// Its use limit is reached (`USED`).
    UsedUp,
    /// Redeemable once per player from this furnace level on (`STOVE_LV ERROR` below it).
    MinFurnace(u32),
}

/// One gift-code request as it reached the fake.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrival {
    /// Its `fid` (0 if it had none).
    pub fid: u64,
    /// Its `kid`, the state asked about (0 if it had none).
    pub state: u32,
    /// When it arrived.
    pub at: Instant,
}

/// The gift-code side of the fake's state.
pub(super) struct GiftState {
    codes: HashMap<String, CodeRule>,
    redeemed: HashSet<(String, u64)>,
    last_asked: HashMap<u64, Instant>,
    window: VecDeque<Instant>,
    per_player_window: Duration,
    window_limit: usize,
    window_length: Duration,
    arrivals: Vec<Arrival>,
}

impl Default for GiftState {
    fn default() -> Self {
        Self {
            codes: HashMap::new(),
            redeemed: HashSet::new(),
            last_asked: HashMap::new(),
            window: VecDeque::new(),
            per_player_window: Duration::from_secs(2),
            window_limit: 30,
            window_length: Duration::from_secs(60),
            arrivals: Vec::new(),
        }
    }
}

impl FakeGame {
    /// Scripts a gift code (replacing any rule it had).
    pub fn add_code(&self, code: &str, rule: CodeRule) {
        self.lock().gift.codes.insert(code.to_owned(), rule);
    }

    /// How soon asking about the same player again is TOO FREQUENT (default 2 s).
    pub fn set_per_player_window(&self, window: Duration) {
        self.lock().gift.per_player_window = window;
    }

    /// The per-client window: at most `limit` gift-code requests per `length` (default 30 per 60 s), then
    /// HTTP 429.
    pub fn set_window(&self, limit: usize, length: Duration) {
        let mut state = self.lock();
        state.gift.window_limit = limit;
        state.gift.window_length = length;
    }

    /// Every gift-code request, in the order they arrived (refused ones included).
    pub fn gift_code_arrivals(&self) -> Vec<Arrival> {
        self.lock().gift.arrivals.clone()
    }

    /// The players who redeemed `code`, in no particular order.
    pub fn redeemed_by(&self, code: &str) -> Vec<u64> {
        self.lock().gift.redeemed.iter().filter(|(c, _)| c == code).map(|(_, fid)| *fid).collect()
    }
}

/// One well-formed gift-code request.
struct Ask {
    fid: u64,
    kid: u32,
    cdk: String,
}

impl Ask {
    fn parse(form: &HashMap<String, String>) -> Option<Self> {
        let cdk = form.get("cdk").map(|c| c.trim().to_owned()).filter(|c| !c.is_empty())?;
        Some(Self { fid: form.get("fid")?.trim().parse().ok()?, kid: form.get("kid")?.trim().parse().ok()?, cdk })
    }
}

/// `POST /api/gift_code`.
pub(super) async fn gift_code(State(fake): State<FakeGame>, Form(form): Form<HashMap<String, String>>) -> Response {
    let now = Instant::now();
    let (limit, remaining, ask, wait) = {
        let mut state = fake.lock();
        state.requests += 1;
        let fid = form.get("fid").and_then(|v| v.trim().parse().ok()).unwrap_or(0);
        let kid = form.get("kid").and_then(|v| v.trim().parse().ok()).unwrap_or(0);
        state.gift.arrivals.push(Arrival { fid, state: kid, at: now });
        let limit = state.gift.window_limit;
        let remaining = match admit(&mut state.gift, now) {
            Ok(remaining) => remaining,
            Err(retry_after) => return too_many(limit, retry_after),
        };
        if !signed(&form, &fake.salt) {
            return answer(limit, remaining, "Sign Error", 0);
        }
        let Some(ask) = Ask::parse(&form) else { return answer(limit, remaining, "params error", 0) };
        match state.script.pop_front() {
            Some(FakeReply::Error(msg, code)) => return answer(limit, remaining, msg, code),
            Some(FakeReply::Status(status)) => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
                return (status, rate_headers(limit, remaining)).into_response();
            }
            Some(FakeReply::Slow(wait)) => (limit, remaining, ask, wait),
            None => {
                let (msg, code) = state.decide(&ask, now);
                return answer(limit, remaining, msg, code);
            }
        }
    };
    tokio::time::sleep(wait).await;
    let (msg, code) = fake.lock().decide(&ask, Instant::now());
    answer(limit, remaining, msg, code)
}

/// Counts the request in the client's window: `Ok(calls left)`, or `Err(seconds until one frees up)`.
fn admit(gift: &mut GiftState, now: Instant) -> Result<usize, u64> {
    while gift.window.front().is_some_and(|t| now.duration_since(*t) >= gift.window_length) {
        gift.window.pop_front();
    }
    if gift.window.len() >= gift.window_limit {
        let oldest = gift.window.front().copied().unwrap_or(now);
        let left = gift.window_length.saturating_sub(now.duration_since(oldest));
        // Whole seconds, as Retry-After has them, and never 0: a 0 would invite an instant retry.
        return Err(left.as_secs().saturating_add(u64::from(left.subsec_nanos() > 0)).max(1));
    }
    gift.window.push_back(now);
    Ok(gift.window_limit - gift.window.len())
}

impl FakeState {
    /// The game's verdict on a signed, admitted request.
    fn decide(&mut self, ask: &Ask, now: Instant) -> (&'static str, i64) {
        let gift = &mut self.gift;
        let previous = gift.last_asked.insert(ask.fid, now);
        if previous.is_some_and(|last| now.duration_since(last) < gift.per_player_window) {
            return ("TOO FREQUENT.", 40019);
        }
        let Some(player) = self.players.get(&ask.fid) else { return ("role not exist.", 40001) };
        if player.state != ask.kid {
            return ("USER INFO ERROR.", 40020);
        }
        let level = player.furnace_level;
        let key = (ask.cdk.clone(), ask.fid);
        match gift.codes.get(&ask.cdk).copied() {
            None => ("CDK NOT FOUND.", 40014),
            Some(CodeRule::Expired) => ("TIME ERROR.", 40007),
            Some(CodeRule::UsedUp) => ("USED.", 40005),
            Some(_) if gift.redeemed.contains(&key) => ("RECEIVED.", 40008),
            Some(CodeRule::MinFurnace(min)) if level < min => ("STOVE_LV ERROR.", 40006),
            Some(_) => {
                gift.redeemed.insert(key);
                ("SUCCESS", 20000)
            }
        }
    }
}

fn rate_headers(limit: usize, remaining: usize) -> [(&'static str, String); 2] {
    [("x-ratelimit-limit", limit.to_string()), ("x-ratelimit-remaining", remaining.to_string())]
}

fn answer(limit: usize, remaining: usize, msg: &str, err_code: i64) -> Response {
    let code = if err_code == 20000 { 0 } else { 1 };
    let body = json!({ "code": code, "msg": msg, "data": [], "err_code": err_code });
    (rate_headers(limit, remaining), Json(body)).into_response()
}

fn too_many(limit: usize, retry_after: u64) -> Response {
    let [limit, remaining] = rate_headers(limit, 0);
    (StatusCode::TOO_MANY_REQUESTS, [limit, remaining, ("retry-after", retry_after.to_string())]).into_response()
}
