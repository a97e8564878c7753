//! The few Discord REST calls the workers make, with Discord's rate limits honoured.
//!
//! Before sending, a request waits out its route's empty bucket or a global pause (see
//! [`crate::ratelimit`]); a wait longer than [`RetryPolicy::max_rate_limit_wait`] gives the job
//! back instead. A 429 waits `retry_after` (or the backoff, if longer) and tries again; a 5xx or a
//! transport error backs off exponentially with jitter ([`dwos_core::retry`]); together a bounded
//! number of times. A POST (a new message, a new role) is not idempotent: it is retried only after a
//! 429 or a failed connection, when Discord certainly did not act; any other failure (a timeout, a
//! 5xx) may come after Discord acted, so it comes back at once and the caller's idempotency key and
//! the job's redelivery decide. What still fails comes back as a
//! transient [`RestError`] so the queue redelivers the job (and, in the end, dead-letters it).

use crate::ratelimit::{self, RateLimitHeaders, RateLimiter, Route};
use dwos_core::retry::{self, Backoff};
use dwos_core::{ApplicationId, ChannelId, GuildId, InteractionToken, MessageId, RoleId, UserId};
use reqwest::header::AUTHORIZATION;
use reqwest::{Method, RequestBuilder, Response, StatusCode};
use serde::Deserialize;
use std::fmt;
use std::sync::Arc;
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
    /// The first 5xx/transport backoff; it doubles each time, plus jitter.
    pub base_backoff: Duration,
    /// A longer `retry_after` than this is not waited for in-process; no backoff is longer either.
    pub max_rate_limit_wait: Duration,
}

impl RetryPolicy {
    /// The backoff schedule this policy stands for.
    pub fn backoff(&self) -> Backoff {
        Backoff::new(self.max_retries, self.base_backoff).with_max(self.max_rate_limit_wait)
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self { max_retries: 3, base_backoff: Duration::from_millis(250), max_rate_limit_wait: Duration::from_secs(10) }
    }
}

/// A failed REST call.
#[derive(Debug, thiserror::Error)]
pub enum RestError {
    /// Discord answered with an error status (after retries, for a 5xx to anything but a POST).
    #[error("Discord answered {status}: {body}")]
    Status {
        /// The HTTP status.
        status: StatusCode,
        /// The start of the body, for the log line.
        body: String,
    },
    /// Still rate limited after honouring `retry_after`, or a known limit too long to wait for.
    #[error("rate limited by Discord, retry after {retry_after:?}")]
    RateLimited {
        /// What Discord asked us to wait, or what is left of a known limit.
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

/// A delete of something already gone has done its job.
fn gone_is_done(err: RestError) -> Result<(), RestError> {
    if err.is_not_found() { Ok(()) } else { Err(err) }
}

impl RestError {
    /// Discord answered 404: the member, channel or role is not there (any more).
    pub fn is_not_found(&self) -> bool {
        matches!(self, RestError::Status { status, .. } if *status == StatusCode::NOT_FOUND)
    }

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

/// A role's id, name and what decides whether DWOS may hand it out.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct RoleSummary {
    /// The role id.
    pub id: RoleId,
    /// Its name.
    pub name: String,
    /// Its permission bits as Discord sends them (a decimal string; missing counts as all).
    #[serde(default)]
    pub permissions: String,
    /// Its place in the hierarchy (higher is more powerful).
    #[serde(default)]
    pub position: i64,
    /// Managed by a bot or integration: nobody can hand it out.
    #[serde(default)]
    pub managed: bool,
}

impl RoleSummary {
    /// The permission bits; an unreadable value counts as every permission, so it is never
    /// mistaken for a harmless role.
    pub fn permission_bits(&self) -> u64 {
        self.permissions.parse().unwrap_or(u64::MAX)
    }
}

/// A channel's id, name, type and category.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct ChannelSummary {
    /// The channel id.
    pub id: ChannelId,
    /// Its name.
    #[serde(default)]
    pub name: String,
    /// Discord's channel type (0 text, 2 voice, 4 category, …).
    #[serde(rename = "type")]
    pub kind: u8,
    /// The category it sits in (a thread: the channel it was started in).
    #[serde(default)]
    pub parent_id: Option<ChannelId>,
    /// Who started it (threads only).
    #[serde(default)]
    pub owner_id: Option<UserId>,
}

/// Discord's channel types DWOS makes.
pub mod channel_kind {
    /// A text channel.
    pub const TEXT: u8 = 0;
    /// A voice channel.
    pub const VOICE: u8 = 2;
    /// A category.
    pub const CATEGORY: u8 = 4;
    /// A public thread.
    pub const PUBLIC_THREAD: u8 = 11;
    /// A private thread.
    pub const PRIVATE_THREAD: u8 = 12;
}

/// Who a permission overwrite is for, with what it allows and denies.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Overwrite {
    /// The role or member id (the guild id is `@everyone`).
    pub id: String,
    /// 0 role, 1 member.
    #[serde(rename = "type")]
    pub kind: u8,
    /// Allowed permission bits (a decimal string, as Discord wants them).
    pub allow: String,
    /// Denied permission bits.
    pub deny: String,
}

impl Overwrite {
    /// An overwrite for a role (the guild id for `@everyone`).
    pub fn role(id: u64, allow: u64, deny: u64) -> Self {
        Self { id: id.to_string(), kind: 0, allow: allow.to_string(), deny: deny.to_string() }
    }

    /// An overwrite for one member (DWOS itself, in the channels it makes).
    pub fn member(id: u64, allow: u64, deny: u64) -> Self {
        Self { id: id.to_string(), kind: 1, allow: allow.to_string(), deny: deny.to_string() }
    }
}

/// A channel to create.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct NewChannel {
    /// Its name.
    pub name: String,
    /// Its type ([`channel_kind`]).
    #[serde(rename = "type")]
    pub kind: u8,
    /// The category to put it in.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<ChannelId>,
    /// Who sees and writes it.
    pub permission_overwrites: Vec<Overwrite>,
}

/// Discord's REST API, at a configurable base URL (a fake in tests).
#[derive(Clone, Debug)]
pub struct RestClient {
    http: reqwest::Client,
    base: String,
    token: Option<BotToken>,
    retry: RetryPolicy,
    // Shared by clones: Discord's limits are per bot token, not per client value.
    limits: Arc<RateLimiter>,
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
        let limits = Arc::new(RateLimiter::new());
        Ok(Self { http, base: base.trim_end_matches('/').to_owned(), token, retry, limits })
    }

    /// The same client tracking its rate limits in `limits`, e.g. one shared with another client on the same token.
    pub fn with_rate_limiter(mut self, limits: Arc<RateLimiter>) -> Self {
        self.limits = limits;
        self
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

    /// Replaces the interaction's first reply with `body` and one attached file (multipart:
    /// `payload_json` and `files[0]`).
    pub async fn edit_original_with_file(
        &self,
        app: ApplicationId,
        token: &InteractionToken,
        body: &serde_json::Value,
        filename: &str,
        bytes: &[u8],
    ) -> Result<(), RestError> {
        let url = format!("{}/webhooks/{app}/{}/messages/@original", self.base, token.expose());
        let mut payload = body.clone();
        payload["attachments"] = serde_json::json!([{ "id": 0, "filename": filename }]);
        let (content_type, multipart) = multipart_body(&payload, filename, bytes);
        self.send(|| self.http.patch(&url).header(reqwest::header::CONTENT_TYPE, &content_type).body(multipart.clone()))
            .await
            .map(drop)
    }

    /// Takes a role from a member (idempotent: a member without it is fine).
    pub async fn remove_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/members/{user}/roles/{role}", self.base);
        self.send(|| self.http.delete(&url).header(AUTHORIZATION, &auth)).await.map(drop)
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

    /// Deletes a role (a role already gone is not an error).
    pub async fn delete_role(&self, guild: GuildId, role: RoleId) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/roles/{role}", self.base);
        self.send(|| self.http.delete(&url).header(AUTHORIZATION, &auth)).await.map(drop).or_else(gone_is_done)
    }

    /// The guild's channels.
    pub async fn channels(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/channels", self.base);
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// Creates a channel or category.
    pub async fn create_channel(&self, guild: GuildId, channel: &NewChannel) -> Result<ChannelSummary, RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/channels", self.base);
        let response = self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(channel)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// Deletes a channel (one already gone is not an error).
    pub async fn delete_channel(&self, channel: ChannelId) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}", self.base);
        self.send(|| self.http.delete(&url).header(AUTHORIZATION, &auth)).await.map(drop).or_else(gone_is_done)
    }

    /// Starts a thread in a text channel, private (members added one by one) or public.
    pub async fn create_thread(
        &self,
        parent: ChannelId,
        name: &str,
        private: bool,
    ) -> Result<ChannelSummary, RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{parent}/threads", self.base);
        let kind = if private { channel_kind::PRIVATE_THREAD } else { channel_kind::PUBLIC_THREAD };
        let body =
            serde_json::json!({ "name": name, "type": kind, "invitable": false, "auto_archive_duration": 10_080 });
        let response = self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(&body)).await?;
        response.json().await.map_err(|e| RestError::Decode(e.without_url()))
    }

    /// The guild's threads that are not archived.
    pub async fn active_threads(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError> {
        #[derive(Deserialize)]
        struct Active {
            threads: Vec<ChannelSummary>,
        }
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/threads/active", self.base);
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        let active: Active = response.json().await.map_err(|e| RestError::Decode(e.without_url()))?;
        Ok(active.threads)
    }

    /// Adds a member to a thread (idempotent).
    pub async fn add_thread_member(&self, thread: ChannelId, user: UserId) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{thread}/thread-members/{user}", self.base);
        self.send(|| self.http.put(&url).header(AUTHORIZATION, &auth)).await.map(drop)
    }

    /// How many messages a thread holds (Discord counts them for threads; 0 for other channels).
    pub async fn message_count(&self, channel: ChannelId) -> Result<u64, RestError> {
        #[derive(Deserialize)]
        struct Counted {
            #[serde(default)]
            message_count: u64,
        }
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}", self.base);
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        let counted: Counted = response.json().await.map_err(|e| RestError::Decode(e.without_url()))?;
        Ok(counted.message_count)
    }

    /// Changes a channel's settings (`name`, a thread's `archived` and `locked`).
    pub async fn modify_channel(&self, channel: ChannelId, changes: &serde_json::Value) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}", self.base);
        self.send(|| self.http.patch(&url).header(AUTHORIZATION, &auth).json(changes)).await.map(drop)
    }

    /// Sets one permission overwrite on a channel (idempotent).
    pub async fn set_overwrite(&self, channel: ChannelId, overwrite: &Overwrite) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}/permissions/{}", self.base, overwrite.id);
        let body = serde_json::json!({ "type": overwrite.kind, "allow": overwrite.allow, "deny": overwrite.deny });
        self.send(|| self.http.put(&url).header(AUTHORIZATION, &auth).json(&body)).await.map(drop)
    }

    /// The roles a member has (`GET /guilds/{g}/members/{u}`).
    pub async fn member_roles(&self, guild: GuildId, user: UserId) -> Result<Vec<RoleId>, RestError> {
        #[derive(Deserialize)]
        struct Member {
            roles: Vec<RoleId>,
        }
        let auth = self.authorization()?;
        let url = format!("{}/guilds/{guild}/members/{user}", self.base);
        let response = self.send(|| self.http.get(&url).header(AUTHORIZATION, &auth)).await?;
        let member: Member = response.json().await.map_err(|e| RestError::Decode(e.without_url()))?;
        Ok(member.roles)
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

    /// The DM channel with a user (Discord returns the existing one if there is one).
    pub async fn open_dm(&self, user: UserId) -> Result<ChannelId, RestError> {
        #[derive(serde::Deserialize)]
        struct Channel {
            id: String,
        }
        let auth = self.authorization()?;
        let url = format!("{}/users/@me/channels", self.base);
        let body = serde_json::json!({ "recipient_id": user.to_string() });
        let response = self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(&body)).await?;
        let channel: Channel = response.json().await.map_err(|e| RestError::Decode(e.without_url()))?;
        let id = channel.id.parse().map_err(|_| RestError::Status {
            status: reqwest::StatusCode::BAD_GATEWAY,
            body: format!("a DM channel id that is not a number: {}", channel.id),
        })?;
        Ok(ChannelId(id))
    }

    /// Posts a message with a full body (components, embeds) in a channel; its id.
    pub async fn send_message_with(
        &self,
        channel: ChannelId,
        body: &serde_json::Value,
    ) -> Result<MessageId, RestError> {
        #[derive(Deserialize)]
        struct Posted {
            id: MessageId,
        }
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}/messages", self.base);
        let response = self.send(|| self.http.post(&url).header(AUTHORIZATION, &auth).json(body)).await?;
        let posted: Posted = response.json().await.map_err(|e| RestError::Decode(e.without_url()))?;
        Ok(posted.id)
    }

    /// Replaces a message DWOS posted (content, embeds, components).
    pub async fn edit_message_with(
        &self,
        channel: ChannelId,
        message: MessageId,
        body: &serde_json::Value,
    ) -> Result<(), RestError> {
        let auth = self.authorization()?;
        let url = format!("{}/channels/{channel}/messages/{message}", self.base);
        self.send(|| self.http.patch(&url).header(AUTHORIZATION, &auth).json(body)).await.map(drop)
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

    /// Waits out `route`'s empty bucket or a global pause, or gives up when that is longer than the policy allows.
    async fn wait_for_rate_limit(&self, route: &Route) -> Result<(), RestError> {
        let mut waited = Duration::ZERO;
        // Looping: another request may have emptied the bucket again while this one slept.
        while let Some(wait) = self.limits.wait_time(route) {
            if waited + wait > self.retry.max_rate_limit_wait {
                return Err(RestError::RateLimited { retry_after: wait });
            }
            tracing::debug!(?wait, "waiting for a Discord rate limit before sending");
            tokio::time::sleep(wait).await;
            waited += wait;
        }
        Ok(())
    }

    async fn send(&self, request: impl Fn() -> RequestBuilder) -> Result<Response, RestError> {
        let mut delays = self.retry.backoff().delays();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let built = request().build().map_err(|e| RestError::Transport(e.without_url()))?;
            let route = Route::new(built.method(), built.url().path());
            // A POST creates something: sent twice, it makes two. Only failures where Discord
            // certainly did not act (a 429, no connection) are retried for it.
            let resendable = *built.method() != Method::POST;
            self.wait_for_rate_limit(&route).await?;
            let response = match self.http.execute(built).await {
                Ok(response) => response,
                Err(err) => {
                    // without_url: webhook URLs carry the interaction token.
                    let err = err.without_url();
                    // Not connected means not sent; a timeout or a dropped connection may come after Discord acted.
                    let delay = if resendable || err.is_connect() { delays.next() } else { None };
                    let Some(wait) = delay else { return Err(RestError::Transport(err)) };
                    tracing::warn!(error = %err, attempt, ?wait, "Discord unreachable, backing off");
                    tokio::time::sleep(wait).await;
                    continue;
                }
            };
            let headers = RateLimitHeaders::from_headers(response.headers());
            self.limits.update(&route, &headers);
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            if status == StatusCode::TOO_MANY_REQUESTS {
                let (retry_after, global_body) = rate_limit(response).await;
                let global = global_body || headers.is_global();
                self.limits.limited(&route, retry_after, global);
                // Longer than the policy sits out in-process: the queue's redelivery does the waiting.
                let delay = if retry_after <= self.retry.max_rate_limit_wait { delays.next() } else { None };
                let Some(delay) = delay else { return Err(RestError::RateLimited { retry_after }) };
                let wait = retry::with_floor(delay, retry_after);
                tracing::warn!(?retry_after, ?wait, global, attempt, "rate limited by Discord, waiting");
                tokio::time::sleep(wait).await;
                continue;
            }
            // A 5xx may come after Discord acted: a POST is not sent again.
            if status.is_server_error()
                && resendable
                && let Some(wait) = delays.next()
            {
                tracing::warn!(%status, attempt, ?wait, "Discord server error, backing off");
                tokio::time::sleep(wait).await;
                continue;
            }
            let body = response.text().await.unwrap_or_default();
            return Err(RestError::Status { status, body: body.chars().take(300).collect() });
        }
    }
}

/// A 429's wait and whether it is global. Discord puts the wait in the JSON body (`retry_after`,
/// seconds, fractional) and in the `Retry-After` header; the body is more precise.
/// A `multipart/form-data` body of a message payload and one file, and its content type. The
/// boundary is long and changes with the clock: a payload or file would have to contain that
/// exact line to break the parts.
fn multipart_body(payload: &serde_json::Value, filename: &str, bytes: &[u8]) -> (String, Vec<u8>) {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    let boundary = format!("dwos-{nanos:x}-boundary");
    let filename: String = filename.chars().filter(|c| c.is_ascii_alphanumeric() || "-_.".contains(*c)).collect();
    let mut body = Vec::with_capacity(bytes.len() + 512);
    body.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
    body.extend_from_slice(b"Content-Disposition: form-data; name=\"payload_json\"\r\n");
    body.extend_from_slice(b"Content-Type: application/json\r\n\r\n");
    body.extend_from_slice(payload.to_string().as_bytes());
    body.extend_from_slice(format!("\r\n--{boundary}\r\n").as_bytes());
    body.extend_from_slice(
        format!("Content-Disposition: form-data; name=\"files[0]\"; filename=\"{filename}\"\r\n").as_bytes(),
    );
    body.extend_from_slice(b"Content-Type: application/json\r\n\r\n");
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

async fn rate_limit(response: Response) -> (Duration, bool) {
    #[derive(Deserialize)]
    struct RateLimitBody {
        retry_after: f64,
        #[serde(default)]
        global: bool,
    }
    let header = response.headers().get("retry-after").and_then(|v| v.to_str().ok()).and_then(ratelimit::seconds);
    let body = response.json::<RateLimitBody>().await.ok();
    let global = body.as_ref().is_some_and(|b| b.global);
    let from_body = body.map(|b| ratelimit::from_secs(b.retry_after));
    (from_body.or(header).unwrap_or(Duration::from_secs(1)), global)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::time::Instant;
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

    fn bucketed() -> RetryPolicy {
        RetryPolicy {
            max_retries: 2,
            base_backoff: Duration::from_millis(10),
            max_rate_limit_wait: Duration::from_secs(1),
        }
    }

    fn bucketed_client(server: &MockServer) -> RestClient {
        RestClient::new(&server.uri(), Some(BotToken::new("bot-secret")), bucketed()).unwrap()
    }

    fn counts(bucket: &str, remaining: &str, reset_after: &str) -> ResponseTemplate {
        ResponseTemplate::new(200)
            .insert_header("x-ratelimit-bucket", bucket)
            .insert_header("x-ratelimit-remaining", remaining)
            .insert_header("x-ratelimit-reset-after", reset_after)
            .set_body_json(serde_json::json!({ "name": "Frost" }))
    }

    async fn received(server: &MockServer) -> usize {
        server.received_requests().await.unwrap().len()
    }

    #[tokio::test]
    async fn an_empty_bucket_holds_its_route_until_the_reset() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/guilds/1"))
            .respond_with(counts("guild", "0", "0.3"))
            .expect(2)
            .mount(&server)
            .await;
        // Same Discord bucket name, but another guild: a major parameter splits the bucket.
        Mock::given(method("GET"))
            .and(path("/guilds/2"))
            .respond_with(counts("guild", "0", "0.3"))
            .expect(1)
            .mount(&server)
            .await;
        let client = bucketed_client(&server);

        let started = Instant::now();
        client.guild_counts(GuildId(1)).await.unwrap();
        client.guild_counts(GuildId(1)).await.unwrap();
        assert!(started.elapsed() >= Duration::from_millis(300), "sent before the reset: {:?}", started.elapsed());
        assert_eq!(received(&server).await, 2);

        let other = Instant::now();
        client.guild_counts(GuildId(2)).await.unwrap();
        assert!(other.elapsed() < Duration::from_millis(200), "another route waited: {:?}", other.elapsed());
        assert_eq!(received(&server).await, 3);
    }

    #[tokio::test]
    async fn a_global_rate_limit_pauses_every_route() {
        let server = MockServer::start().await;
        Mock::given(method("PATCH"))
            .and(path("/webhooks/1/tok/messages/@original"))
            .respond_with(ResponseTemplate::new(429).insert_header("x-ratelimit-global", "true").set_body_json(
                serde_json::json!({"message": "You are being rate limited.", "retry_after": 0.2, "global": true}),
            ))
            .expect(3)
            .mount(&server)
            .await;
        Mock::given(method("GET"))
            .and(path("/guilds/1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({ "name": "Frost" })))
            .expect(1)
            .mount(&server)
            .await;
        let client = bucketed_client(&server);

        // Three 429s: the first two are waited out, the last leaves a fresh 0.2 s global pause behind.
        let started = Instant::now();
        let err = client.edit_original(ApplicationId(1), &InteractionToken::new("tok"), "x").await.unwrap_err();
        assert!(matches!(err, RestError::RateLimited { .. }), "{err}");
        assert!(started.elapsed() >= Duration::from_millis(400), "did not wait retry_after: {:?}", started.elapsed());

        // A clone, on a route that never saw a 429, still waits: the limit is the bot's.
        let other = Instant::now();
        client.clone().guild_counts(GuildId(1)).await.unwrap();
        assert!(other.elapsed() >= Duration::from_millis(150), "ignored the global pause: {:?}", other.elapsed());
        assert_eq!(received(&server).await, 4);
    }

    #[tokio::test]
    async fn a_reset_too_far_away_gives_the_job_back_without_sending() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/guilds/1"))
            .respond_with(counts("guild", "0", "5"))
            .expect(1)
            .mount(&server)
            .await;
        let client = bucketed_client(&server);

        client.guild_counts(GuildId(1)).await.unwrap();
        let err = client.guild_counts(GuildId(1)).await.unwrap_err();
        let RestError::RateLimited { retry_after } = &err else { panic!("expected a rate limit, got {err}") };
        assert!(*retry_after > Duration::from_secs(1) && *retry_after <= Duration::from_secs(5), "{retry_after:?}");
        assert!(err.is_transient());
        assert_eq!(received(&server).await, 1, "the limited request reached Discord");
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

    fn post_policy() -> RetryPolicy {
        RetryPolicy {
            max_retries: 2,
            base_backoff: Duration::from_millis(5),
            max_rate_limit_wait: Duration::from_secs(1),
        }
    }

    fn post_policy_client(server: &MockServer) -> RestClient {
        RestClient::new(&server.uri(), Some(BotToken::new("bot-secret")), post_policy()).unwrap()
    }

    #[tokio::test]
    async fn a_post_answered_5xx_is_not_sent_again() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/channels/1/messages"))
            .respond_with(ResponseTemplate::new(500).set_body_string("oops"))
            .mount(&server)
            .await;
        let body = serde_json::json!({ "content": "hello" });
        let err = post_policy_client(&server).send_message_with(ChannelId(1), &body).await.unwrap_err();
        assert_eq!(received(&server).await, 1, "the POST was sent again");
        assert!(
            matches!(&err, RestError::Status { status, .. } if *status == StatusCode::INTERNAL_SERVER_ERROR),
            "{err}"
        );
        assert!(err.is_transient());
    }

    #[tokio::test]
    async fn a_patch_answered_5xx_is_retried() {
        let server = MockServer::start().await;
        Mock::given(method("PATCH"))
            .and(path("/guilds/1/members/2"))
            .respond_with(ResponseTemplate::new(500))
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("PATCH"))
            .and(path("/guilds/1/members/2"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({})))
            .expect(1)
            .mount(&server)
            .await;
        post_policy_client(&server).set_nickname(GuildId(1), UserId(2), "Frost").await.unwrap();
        assert_eq!(received(&server).await, 2);
    }

    #[tokio::test]
    async fn a_post_answered_429_is_retried() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/channels/1/messages"))
            .respond_with(
                ResponseTemplate::new(429).set_body_json(serde_json::json!({"retry_after": 0.05, "global": false})),
            )
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        Mock::given(method("POST"))
            .and(path("/channels/1/messages"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({ "id": "9" })))
            .expect(1)
            .mount(&server)
            .await;
        let body = serde_json::json!({ "content": "hello" });
        post_policy_client(&server).send_message_with(ChannelId(1), &body).await.unwrap();
        assert_eq!(received(&server).await, 2);
    }

    #[test]
    fn never_prints_the_token() {
        assert!(!format!("{:?}", BotToken::new("bot-secret")).contains("bot-secret"));
    }
}
