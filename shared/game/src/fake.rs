//! A fake game API on 127.0.0.1 that behaves like the real one (see `giftcode`): only
//! `/api/gift_code`, signed, paced per player and per client, with players a test can add, move and
//! delete, and scripted replies (an error, a 429, a 5xx, a slow reply) served before normal answers.

mod giftcode;

pub use giftcode::{Arrival, CodeRule};

use crate::sign::sign;
use axum::Router;
use axum::routing::post;
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

/// A player the fake knows: their state and furnace level.
#[derive(Clone, Copy, Debug)]
struct FakePlayer {
    state: u32,
    furnace_level: u32,
}

#[derive(Default)]
struct FakeState {
    players: HashMap<u64, FakePlayer>,
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
        for (fid, state, level) in [(12345678, 245, 57), (87654321, 245, 30), (11112222, 310, 12)] {
            fake.add_player(fid, state, level);
        }
        let app = Router::new().route("/api/gift_code", post(giftcode::gift_code)).with_state(fake.clone());
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

    /// Adds (or replaces) a player in `state` with a furnace level (raw `stove_lv`).
    pub fn add_player(&self, fid: u64, state: u32, furnace_level: u32) {
        self.lock().players.insert(fid, FakePlayer { state, furnace_level });
    }

    /// Moves a player to another state (a transfer).
    pub fn move_player(&self, fid: u64, state: u32) {
        if let Some(player) = self.lock().players.get_mut(&fid) {
            player.state = state;
        }
    }

    /// Deletes a player (the game then says "role not exist").
    pub fn remove_player(&self, fid: u64) {
        self.lock().players.remove(&fid);
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

/// The form carries a `time` and the `sign` of its other fields.
fn signed(form: &HashMap<String, String>, salt: &str) -> bool {
    let fields: Vec<(&str, String)> =
        form.iter().filter(|(k, _)| k.as_str() != "sign").map(|(k, v)| (k.as_str(), v.clone())).collect();
    form.get("sign") == Some(&sign(&fields, salt)) && form.contains_key("time")
}
