//! The few Discord REST calls the workers make, with Discord's rate limits honoured.
//!
//! A 429 waits `retry_after` and tries again; a 5xx or a transport error backs off
//! exponentially; both a bounded number of times. What still fails comes back as a
//! transient [`RestError`] so the queue redelivers the job (and, in the end, dead-letters it).

use dwos_core::{ApplicationId, ChannelId, GuildId, InteractionToken, RoleId, UserId};
use reqwest::header::AUTHORIZATION;
use reqwest::{RequestBuilder, Response, StatusCode};
use serde::Deserialize;
use std::fmt;
use std::time::Duration;

/// The bot's token: sent only in the Authorization header, never logged.
#[derive(Clone)]
pub struct BotToken(String);

impl BotToken {
    /// Wraps a token from the environment or a secret store.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into().trim().to_owned())
    }
}

impl fmt::Debug for BotToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BotToken(<redacted>)")
    }
}

/// How hard to try before giving a job back to the queue.
#[derive(Clone, Copy, Debug)]
pub struct RetryPolicy {
    /// Retries after the first attempt.
    pub max_retries: u32,
    /// The first 5xx/transport backoff; it doubles each time.
    pub base_backoff: Duration,
    /// A longer `retry_after` than this is not waited for in-process.
    pub max_rate_limit_wait: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_retries: 3, base_backoff: Duration::from_millis(250), max_rate_limit_wait: Duration::from_secs(10) }
    }
}

/// A failed REST call.
#[derive(Debug, thiserror::Error)]
pub enum RestError {
    /// Discord answered with an error status (after retries, for 5xx).
    #[error("Discord answered {status}: {body}")]
    Status {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body, for the log line.
        body: String,
    },
    /// Still rate limited after honouring `retry_after`.
    #[error("rate limited by Discord, retry after {retry_after:?}")]
    RateLimited {
        /// What Discord asked us to wait.
        retry_after: Duration,
    },
    /// No answer: connection, TLS or timeout.
    #[error("could not reach Discord: {0}")]
    Transport(#[source] reqwest::Error),
    /// A 2xx body that is not what Discord documents.
    #[error("unexpected response from Discord: {0}")]
    Decode(#[source] reqwest::Error),
    /// A call that needs the bot token, made without one.
    #[error("no bot token configured")]
    NoToken,
}

impl RestError {
    /// Worth another delivery later: rate limits, 5xx and unreachable Discord.
    pub fn is_transient(&self) -> bool {
        match self {
            RestError::Status { status, .. } => status.is_server_error(),
            RestError::RateLimited { .. } | RestError::Transport(_) => true,
            RestError::Decode(_) | RestError::NoToken => false,
        }
    }
}

/// A guild's name with Discord's approximate counts.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct GuildCounts {
    /// The guild's name.
    pub name: String,
    /// Approximate number of members.
    #[serde(default)]
    pub approximate_member_count: u64,
    /// Approximate number of members online.
    #[serde(default)]
    pub approximate_presence_count: u64,
}

/// A role's id and name.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct RoleSummary {
    /// The role id.
    pub id: RoleId,
    /// Its name.
    pub name: String,
}

/// Discord's REST API, at a configurable base URL (a fake in tests).
#[derive(Clone, Debug)]
pub struct RestClient {
    http: reqwest::Client,
    base: String,
    token: Option<BotToken>,
    retry: RetryPolicy,
}

/// Discord's production API base.
pub const DEFAULT_API_BASE: &str = "https://discord.com/api/v10";

impl RestClient {
    /// A client for `base` (e.g. [`DEFAULT_API_BASE`]).
    pub fn new(base: &str, token: Option<BotToken>, retry: RetryPolicy) -> Result<Self, RestError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("DiscordBot (https://github.com/dwos, ", env!("CARGO_PKG_VERSION"), ")"))
            .build()
            .map_err(RestError::Transport)?;
        Ok(Self { http, base: base.trim_end_matches('/').to_owned(), token, retry })
    }

    /// `GET /guilds/{id}?with_counts=true`.
    pub async fn guild_counts(&self, guild: GuildId) -> Result<GuildCounts, RestError> {
        let url = format!("{}/guilds/{guild}?with_counts=true", self.base);
        let auth = self.authorization()?;
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// Replaces the content of the interaction's first reply (the deferred one).
    pub async fn edit_original(
        &self,
        app: ApplicationId,
        token: &InteractionToken,
        content: &str,
    ) -> Result<(), RestError> {
        let body = serde_json::json!({ "content": content, "allowed_mentions": { "parse": [] } });
        self.edit_original_with(app, token, &body).await
    }

    /// Replaces the interaction's first reply with a full message body (embeds, components).
    pub async fn edit_original_with(
        &self,
        app: ApplicationId,
        token: &InteractionToken,
        body: &serde_json::Value,
    ) -> Result<(), RestError> {
        // The token in the path authorizes the call; no bot token needed.
        let url = format!("{}/webhooks/{app}/{}/messages/@original", self.base, token.expose());
        self.send(|| self.http.patch(&url).json(body)).await.map(drop)
    }

    /// The guild's roles.
    pub async fn roles(&self, guild: GuildId) -> Result<Vec<RoleSummary>, RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/roles", self.base);
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// Creates a role (no permissions, not mentionable).
    pub async fn create_role(&self, guild: GuildId, name: &str) -> Result<RoleSummary, RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/roles", self.base);
        let body = serde_json::json!({ "name": name, "permissions": "0", "mentionable": false });
        let response = self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(&body)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// Gives a member a role (idempotent).
    pub async fn add_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/members/{user}/roles/{role}", self.base);
        self.send(|| self.http.put(&url).header(AUTHORIZATION, &auth)).await.map(drop)
    }

    /// Sets a member's server nickname (idempotent).
    pub async fn set_nickname(&self, guild: GuildId, user: UserId, nick: &str) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/members/{user}", self.base);
        let body = serde_json::json!({ "nick": nick });
        self.send(|| self.http.patch(&url).header(AUTHORIZATION, &auth).json(&body)).await.map(drop)
    }

    /// Posts a message with a full body (components, embeds) in a channel.
    pub async fn send_message_with(&self, channel: ChannelId, body: &serde_json::Value) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}/messages", self.base);
        self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(body)).await.map(drop)
    }

    /// Bulk-overwrites the application's commands, globally or in one guild.
    pub async fn put_commands(
        &self,
        app: ApplicationId,
        guild: Option<GuildId>,
        commands: &serde_json::Value,
    ) -> Result<serde_json::Value, RestError> {
        let url = match guild {
            Some(guild) => format!("{}/applications/{app}/guilds/{guild}/commands", self.base),
            None => format!("{}/applications/{app}/commands", self.base),
        };
        let auth = self.authorization()?;
        let response = self.send(|| self.http.put(&url).header(AUTHORIZATION, &auth).json(commands)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    fn authorization(&self) -> Result<String, RestError> {
        let token = self.token.as_ref().ok_or(RestError::NoToken)?;
        Ok(format!("Bot {}", token.0))
    }

    async fn send(&self, request: impl Fn() -> RequestBuilder) -> Result<Response, RestError> {
        let mut attempt = 0;
        loop {
            let outcome = request().send().await;
            let retryable = attempt < self.retry.max_retries;
            let backoff = self.retry.base_backoff * 2u32.saturating_pow(attempt);
            attempt += 1;
            let response = match outcome {
                Ok(response) => response,
                Err(err) if retryable => {
                    // without_url: webhook URLs carry the interaction token.
                    tracing::warn!(error = %err.without_url(), attempt, "Discord unreachable, backing off");
                    tokio::time::sleep(backoff).await;
                    continue;
                }
                Err(err) => return Err(RestError::Transport(err.without_url())),
            };
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            if status == StatusCode::TOO_MANY_REQUESTS {
                let retry_after = retry_after(response).await;
                if retryable && retry_after <= self.retry.max_rate_limit_wait {
                    tracing::warn!(?retry_after, attempt, "rate limited by Discord, waiting");
                    tokio::time::sleep(retry_after).await;
                    continue;
                }
                return Err(RestError::RateLimited { retry_after });
            }
            if status.is_server_error() && retryable {
                tracing::warn!(%status, attempt, "Discord server error, backing off");
                tokio::time::sleep(backoff).await;
                continue;
            }
            let body = response.text().await.unwrap_or_default();
            return Err(RestError::Status { status, body: body.chars().take(300).collect() });
        }
    }
}

/// Discord puts the wait in the JSON body (`retry_after`, seconds, fractional) and in
/// the `Retry-After` header; the body is more precise.
async fn retry_after(response: Response) -> Duration {
    #[derive(Deserialize)]
    struct RateLimitBody {
        retry_after: f64,
    }
    let header =
        response.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<f64>().ok());
    let body = response.json::<RateLimitBody>().await.ok().map(|b| b.retry_after);
    let seconds = body.or(header).unwrap_or(1.0);
    Duration::try_from_secs_f64(seconds.max(0.0)).unwrap_or(Duration::from_secs(60))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{body_json, header, method, path, query_param};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn fast() -> RetryPolicy {
        RetryPolicy {
            max_retries: 3,
            base_backoff: Duration::from_millis(1),
            max_rate_limit_wait: Duration::from_secs(1),
        }
    }

    async fn client(server: &MockServer) -> RestClient {
        RestClient::new(&server.uri(), Some(BotToken::new("bot-secret")), fast()).unwrap()
    }

    #[tokio::test]
    async fn reads_guild_counts_with_the_bot_token() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/guilds/42"))
            .and(query_param("with_counts", "true"))
            .and(header("authorization", "Bot bot-secret"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "id": "42", "name": "Frost", "approximate_member_count": 120, "approximate_presence_count": 33
            })))
            .expect(1)
            .mount(&server)
            .await;
        let counts = client(&server).await.guild_counts(GuildId(42)).await.unwrap();
        assert_eq!(
            counts,
            GuildCounts { name: "Frost".into(), approximate_member_count: 120, approximate_presence_count: 33 }
        );
    }

    #[tokio::test]
    async fn honours_retry_after_then_succeeds() {
        let server = MockServer::start().await;
        Mock::given(method("PATCH"))
            .and(path("/webhooks/1/tok/messages/@original"))
            .respond_with(
                ResponseTemplate::new(429).set_body_json(serde_json::json!({"retry_after": 0.05, "global": false})),
            )
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("PATCH"))
            .and(path("/webhooks/1/tok/messages/@original"))
            .and(body_json(serde_json::json!({"content": "done", "allowed_mentions": {"parse": []}})))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .expect(1)
            .mount(&server)
            .await;
        let started = std::time::Instant::now();
        client(&server).await.edit_original(ApplicationId(1), &InteractionToken::new("tok"), "done").await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(50), "did not wait retry_after");
    }

    #[tokio::test]
    async fn gives_up_on_a_long_rate_limit_as_transient() {
        let server = MockServer::start().await;
        Mock::given(method("PATCH"))
            .respond_with(ResponseTemplate::new(429).set_body_json(serde_json::json!({"retry_after": 30.0})))
            .expect(1)
            .mount(&server)
            .await;
        let err =
            client(&server).await.edit_original(ApplicationId(1), &InteractionToken::new("t"), "x").await.unwrap_err();
        assert!(
            matches!(err, RestError::RateLimited { retry_after } if retry_after == Duration::from_secs(30)),
            "{err}"
        );
        assert!(err.is_transient());
    }

    #[tokio::test]
    async fn retries_5xx_a_bounded_number_of_times() {
        let server = MockServer::start().await;
        Mock::given(method("GET")).respond_with(ResponseTemplate::new(502)).expect(4).mount(&server).await;
        let err = client(&server).await.guild_counts(GuildId(1)).await.unwrap_err();
        assert!(matches!(err, RestError::Status { status, .. } if status == StatusCode::BAD_GATEWAY), "{err}");
        assert!(err.is_transient());
    }

    #[tokio::test]
    async fn does_not_retry_client_errors() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .respond_with(ResponseTemplate::new(403).set_body_string(r#"{"message":"Missing Access","code":50001}"#))
            .expect(1)
            .mount(&server)
            .await;
        let err = client(&server).await.guild_counts(GuildId(1)).await.unwrap_err();
        assert!(
            matches!(&err, RestError::Status { status, body } if *status == StatusCode::FORBIDDEN && body.contains("Missing Access"))
        );
        assert!(!err.is_transient());
    }

    #[tokio::test]
    async fn refuses_bot_calls_without_a_token() {
        let server = MockServer::start().await;
        let client = RestClient::new(&server.uri(), None, fast()).unwrap();
        assert!(matches!(client.guild_counts(GuildId(1)).await, Err(RestError::NoToken)));
    }

    #[tokio::test]
    async fn transport_errors_never_show_the_interaction_token() {
        // Nothing listens on port 1: every attempt fails to connect.
        let client = RestClient::new("http://127.0.0.1:1", None, fast()).unwrap();
        let err = client.edit_original(ApplicationId(1), &InteractionToken::new("secret-tok"), "x").await.unwrap_err();
        assert!(matches!(err, RestError::Transport(_)), "{err}");
        assert!(!format!("{err} {err:?}").contains("secret-tok"), "{err:?}");
    }

    #[test]
    fn never_prints_the_token() {
        assert!(!format!("{:?}", BotToken::new("bot-secret")).contains("bot-secret"));
    }
}
