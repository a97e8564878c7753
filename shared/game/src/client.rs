//! The game API client: settings, this process's limiter and pacing, the shared gate, and the one signed
//! POST every call goes through (the gift-code calls themselves are in `redeem.rs`).

use crate::limiter::Limiter;
use crate::outcome::GameError;
use crate::pacing::Pacing;
use crate::sign::signed_form;
use std::time::Duration;

/// The game's public gift-code API.
pub const DEFAULT_BASE: &str = "https://wos-giftcode-api.centurygame.com";
/// The salt every peer uses (public; configurable in case the game changes it).
pub const DEFAULT_SALT: &str = "tB87#kPtkxqOS2";

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

/// Whether a call waits for the budget or gives up at once with [`GameError::Busy`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Admission {
    /// Wait (within the gate's window): interactive calls.
    Wait,
    /// Do not wait: a queue worker hands its job back with a delay instead of sleeping.
    Now,
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

    /// Takes a call from the budget if one is left now, else [`GameError::Busy`] with the wait.
    /// With a shared gate only the gate counts: a local slot taken for a call the gate then
    /// refused would leave this process idle while the shared budget has room.
    pub(crate) async fn admit_now(&self) -> Result<(), GameError> {
        let wait = match &self.gate {
            Some(gate) => gate.try_admit().await?,
            None => self.limiter.try_acquire().await,
        };
        wait.map_or(Ok(()), |wait| Err(GameError::Busy(wait)))
    }

    /// Takes a call from the budgets (waiting for it, or not: [`Admission`]) and POSTs `fields`
    /// plus `time`, signed.
    pub(crate) async fn post_signed(
        &self,
        url: &str,
        fields: &[(&str, String)],
        time: String,
        admission: Admission,
    ) -> Result<reqwest::Response, GameError> {
        match admission {
            Admission::Wait => self.admit().await?,
            Admission::Now => self.admit_now().await?,
        }
        let mut fields = fields.to_vec();
        fields.push(("time", time));
        self.http
            .post(url)
            .form(&signed_form(&fields, &self.settings.salt))
            .send()
            .await
            .map_err(|e| GameError::Transport(e.without_url().to_string()))
    }
}
