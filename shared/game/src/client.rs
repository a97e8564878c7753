//! The game API client: settings, the shared limiter and pacing, and the old player lookup (the gift-code
//! calls are in `redeem.rs`).

use crate::limiter::Limiter;
use crate::outcome::GameError;
use crate::pacing::Pacing;
use crate::sign::signed_form;
use dwos_core::model::GameId;
use dwos_core::retry::Backoff;
use serde::{Deserialize, Serialize};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The game's public gift-code API.
pub const DEFAULT_BASE: &str = "https://wos-giftcode-api.centurygame.com";
/// The salt every peer uses (public; configurable in case the game changes it).
pub const DEFAULT_SALT: &str = "tB87#kPtkxqOS2";

/// A player as the game reports them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Player {
    /// The game id.
    pub fid: u64,
    /// In-game nickname.
    pub nickname: String,
    /// State (server) number.
    #[serde(rename = "kid")]
    pub state: u32,
    /// Raw furnace level.
    #[serde(rename = "stove_lv")]
    pub furnace_level: u32,
    /// Icon for Fire Crystal levels.
    #[serde(rename = "stove_lv_content", default, deserialize_with = "lenient_string")]
    pub furnace_icon: Option<String>,
    /// Avatar URL.
    #[serde(rename = "avatar_image", default)]
    pub avatar: Option<String>,
}

/// `stove_lv_content` is a URL for FC levels and a number below them.
fn lenient_string<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<String>, D::Error> {
    let value = Option::<serde_json::Value>::deserialize(deserializer)?;
    Ok(match value {
        Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s),
        _ => None,
    })
}

#[derive(Deserialize)]
struct Answer {
    code: i64,
    #[serde(default)]
    msg: String,
    #[serde(default)]
    err_code: Option<serde_json::Value>,
    #[serde(default)]
    data: serde_json::Value,
}

/// Client settings (`GAME_API_BASE`, `GAME_API_SALT`, `GAME_API_RATE`).
#[derive(Clone, Debug)]
pub struct GameSettings {
    /// Base URL.
    pub base: String,
    /// Signing salt.
    pub salt: String,
    /// Requests allowed per window.
    pub max_requests: usize,
    /// The limiter's window, also taken as the game's when its rate-limit headers say the window is spent.
    pub window: Duration,
    /// Retries of a transient failure.
    pub max_retries: u32,
    /// First backoff; doubles each retry, plus jitter.
    pub backoff: Duration,
    /// Per-request timeout.
    pub timeout: Duration,
    /// Least time between two calls about the same player (the game says TOO FREQUENT within about 2 s).
    pub per_player_spacing: Duration,
}

impl Default for GameSettings {
    fn default() -> Self {
        Self {
            base: DEFAULT_BASE.to_owned(),
            salt: DEFAULT_SALT.to_owned(),
            max_requests: 30,
            window: Duration::from_secs(60),
            max_retries: 3,
            backoff: Duration::from_secs(2),
            timeout: Duration::from_secs(10),
            per_player_spacing: Duration::from_millis(2200),
        }
    }
}

/// The game API client; share one per process so the limiter sees every call.
#[derive(Debug)]
pub struct GameClient {
    pub(crate) http: reqwest::Client,
    pub(crate) settings: GameSettings,
    pub(crate) limiter: Limiter,
    pub(crate) pacing: Pacing,
    /// The budget shared with other processes, if any.
    pub(crate) gate: Option<std::sync::Arc<dyn crate::gate::Gate>>,
}

impl GameClient {
    /// A client with these settings.
    pub fn new(settings: GameSettings) -> Result<Self, GameError> {
        let http = reqwest::Client::builder()
            .timeout(settings.timeout)
            .build()
            .map_err(|e| GameError::Transport(e.to_string()))?;
        let limiter = Limiter::new(settings.max_requests, settings.window);
        let pacing = Pacing::new(settings.per_player_spacing, settings.window);
        Ok(Self { http, settings, limiter, pacing, gate: None })
    }

    /// The same client, also taking every call from `gate`, the budget all processes share.
    #[must_use]
    pub fn with_gate(mut self, gate: std::sync::Arc<dyn crate::gate::Gate>) -> Self {
        self.gate = Some(gate);
        self
    }

    /// Waits for this process's limiter and then for the shared gate.
    pub(crate) async fn admit(&self) -> Result<(), GameError> {
        self.limiter.acquire().await;
        match &self.gate {
            Some(gate) => crate::gate::admit(gate.as_ref()).await,
            None => Ok(()),
        }
    }

    /// Looks a player up (`POST /api/player`).
    pub async fn player(&self, fid: GameId) -> Result<Player, GameError> {
        let data = self.call("/api/player", &[("fid", fid.to_string())]).await?;
        serde_json::from_value(data).map_err(|e| GameError::Protocol(format!("unexpected player data: {e}")))
    }

    /// One signed call, retried with backoff while the failure is transient.
    async fn call(&self, path: &str, fields: &[(&str, String)]) -> Result<serde_json::Value, GameError> {
        let url = format!("{}{path}", self.settings.base.trim_end_matches('/'));
        let mut delays = Backoff::new(self.settings.max_retries, self.settings.backoff).delays();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let err = match self.call_once(&url, fields).await {
                Err(err) if err.is_transient() => err,
                other => return other,
            };
            let Some(wait) = delays.next() else { return Err(err) };
            tracing::warn!(error = %err, attempt, ?wait, "game API call failed, backing off");
            tokio::time::sleep(wait).await;
        }
    }

    /// Takes a call from the budgets and POSTs `fields` plus `time`, signed.
    pub(crate) async fn post_signed(
        &self,
        url: &str,
        fields: &[(&str, String)],
        time: String,
    ) -> Result<reqwest::Response, GameError> {
        self.admit().await?;
        let mut fields = fields.to_vec();
        fields.push(("time", time));
        self.http
            .post(url)
            .form(&signed_form(&fields, &self.settings.salt))
            .send()
            .await
            .map_err(|e| GameError::Transport(e.without_url().to_string()))
    }

    async fn call_once(&self, url: &str, fields: &[(&str, String)]) -> Result<serde_json::Value, GameError> {
        let millis = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis()).unwrap_or(0);
        let response = self.post_signed(url, fields, millis.to_string()).await?;
        let status = response.status();
        if status.as_u16() == 429 {
            return Err(GameError::RateLimited);
        }
        if status.is_server_error() {
            return Err(GameError::Unavailable);
        }
        let answer: Answer = response.json().await.map_err(|e| GameError::Protocol(format!("HTTP {status}: {e}")))?;
        if answer.code == 0 {
            return Ok(answer.data);
        }
        let err_code = answer.err_code.and_then(|c| c.as_i64().or_else(|| c.as_str().and_then(|s| s.parse().ok())));
        Err(GameError::from_answer(&answer.msg, err_code))
    }
}
