//! Configuration from environment variables; the Lambdas and `dwos serve` read the same names.

use dwos_core::ApplicationId;
use dwos_discord::rest::DEFAULT_API_BASE;
use dwos_discord::{BotToken, KeyError, Verifier};
use std::time::Duration;

/// The application's hex Ed25519 public key.
pub const PUBLIC_KEY: &str = "DISCORD_PUBLIC_KEY";
/// The application (client) id.
pub const APPLICATION_ID: &str = "DISCORD_APPLICATION_ID";
/// The bot token, given directly (local use).
pub const BOT_TOKEN: &str = "DISCORD_BOT_TOKEN";
/// The name or ARN of a Secrets Manager secret holding the bot token (AWS).
pub const BOT_TOKEN_SECRET: &str = "DISCORD_BOT_TOKEN_SECRET";
/// Discord's REST base URL.
pub const API_BASE: &str = "DISCORD_API_BASE";
/// Accepted signature age in seconds; 0 turns the check off.
pub const SIGNATURE_MAX_AGE: &str = "SIGNATURE_MAX_AGE_SECS";
/// Largest accepted request body.
pub const MAX_BODY_BYTES: &str = "MAX_BODY_BYTES";
/// The DynamoDB table (AWS).
pub const TABLE_NAME: &str = "TABLE_NAME";
/// The EventBridge bus for domain events (AWS).
pub const EVENT_BUS_NAME: &str = "EVENT_BUS_NAME";
/// The game API's base URL.
pub const GAME_API_BASE: &str = "GAME_API_BASE";
/// The game API's signing salt.
pub const GAME_API_SALT: &str = "GAME_API_SALT";
/// Game API requests allowed per minute.
pub const GAME_API_RATE: &str = "GAME_API_RATE_PER_MINUTE";
/// Least milliseconds between two game calls about one player (default 2200).
pub const GAME_API_PLAYER_SPACING_MS: &str = "GAME_API_PLAYER_SPACING_MS";
/// Game calls the weekly check may spend per run.
pub const REFRESH_BATCH: &str = "REFRESH_BATCH";

/// A setting that is missing or unusable; the message names the variable.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A required variable is not set.
    #[error("{0} is not set")]
    Missing(&'static str),
    /// The public key cannot be used.
    #[error("{PUBLIC_KEY} is invalid: {0}")]
    PublicKey(#[source] KeyError),
    /// Any other variable with a bad value.
    #[error("{name} is invalid: {reason}")]
    Invalid {
        /// The variable.
        name: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The bot token secret could not be read.
    #[error("cannot read the bot token from {BOT_TOKEN_SECRET}: {0}")]
    Secret(String),
}

/// What the interactions HTTP handler needs, all known without a network call.
#[derive(Clone, Debug)]
pub struct HttpConfig {
    /// Checks Discord's signatures.
    pub verifier: Verifier,
    /// Interactions for another application are refused.
    pub application_id: ApplicationId,
    /// Bodies above this get 413.
    pub max_body_bytes: usize,
}

impl HttpConfig {
    /// Reads the HTTP settings through `lookup` (usually the environment).
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, ConfigError> {
        let max_age = parse_or(lookup, SIGNATURE_MAX_AGE, 300u64)?;
        let key = required(lookup, PUBLIC_KEY)?;
        let verifier = Verifier::from_hex(&key, Duration::from_secs(max_age)).map_err(ConfigError::PublicKey)?;
        Ok(Self {
            verifier,
            application_id: application_id(lookup)?,
            max_body_bytes: parse_or(lookup, MAX_BODY_BYTES, 64 * 1024usize)?,
        })
    }
}

/// The application id, required everywhere.
pub fn application_id(lookup: &impl Fn(&str) -> Option<String>) -> Result<ApplicationId, ConfigError> {
    let raw = required(lookup, APPLICATION_ID)?;
    raw.trim()
        .parse()
        .map(ApplicationId)
        .map_err(|_| ConfigError::Invalid { name: APPLICATION_ID, reason: "not a Discord id".into() })
}

/// What a worker needs to talk to Discord.
#[derive(Clone, Debug)]
pub struct WorkerConfig {
    /// Discord's REST base URL.
    pub api_base: String,
    /// Where the bot token comes from.
    pub bot_token: TokenSource,
}

/// Where the bot token comes from.
#[derive(Clone, Debug)]
pub enum TokenSource {
    /// Given directly in [`BOT_TOKEN`].
    Given(BotToken),
    /// Read from Secrets Manager at start-up.
    Secret(String),
    /// Not configured: REST calls needing the bot fail with a clear error.
    Absent,
}

impl WorkerConfig {
    /// Reads the worker settings through `lookup` (usually the environment).
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Self {
        let bot_token = match (present(lookup, BOT_TOKEN), present(lookup, BOT_TOKEN_SECRET)) {
            (Some(token), _) => TokenSource::Given(BotToken::new(token)),
            (None, Some(secret)) => TokenSource::Secret(secret),
            (None, None) => TokenSource::Absent,
        };
        Self { api_base: present(lookup, API_BASE).unwrap_or_else(|| DEFAULT_API_BASE.to_owned()), bot_token }
    }

    /// The bot token when given directly; `None` when absent or held in a secret
    /// (the AWS wiring reads those).
    pub fn given_token(&self) -> Option<BotToken> {
        match &self.bot_token {
            TokenSource::Given(token) => Some(token.clone()),
            TokenSource::Secret(_) | TokenSource::Absent => None,
        }
    }
}

/// The DynamoDB table name, required on AWS.
pub fn table_name(lookup: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    required(lookup, TABLE_NAME)
}

/// Game API settings; defaults are the public endpoint, salt and 30 requests a minute.
pub fn game_settings(lookup: &impl Fn(&str) -> Option<String>) -> Result<dwos_game::GameSettings, ConfigError> {
    let defaults = dwos_game::GameSettings::default();
    Ok(dwos_game::GameSettings {
        base: present(lookup, GAME_API_BASE).unwrap_or(defaults.base.clone()),
        salt: present(lookup, GAME_API_SALT).unwrap_or(defaults.salt.clone()),
        max_requests: parse_or(lookup, GAME_API_RATE, defaults.max_requests)?,
        per_player_spacing: std::time::Duration::from_millis(parse_or(
            lookup,
            GAME_API_PLAYER_SPACING_MS,
            defaults.per_player_spacing.as_millis() as u64,
        )?),
        ..defaults
    })
}

/// Game calls per weekly-check run (default 60: two minutes of the whole budget at 30 a minute,
/// every 15 minutes; 5,760 a day, so about 40,000 players a week).
pub fn refresh_budget(lookup: &impl Fn(&str) -> Option<String>) -> Result<usize, ConfigError> {
    parse_or(lookup, REFRESH_BATCH, 60)
}

/// The EventBridge bus name, required on AWS.
pub fn event_bus_name(lookup: &impl Fn(&str) -> Option<String>) -> Result<String, ConfigError> {
    required(lookup, EVENT_BUS_NAME)
}

/// The environment as a lookup function.
pub fn env_lookup(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

fn present(lookup: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    lookup(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

fn required(lookup: &impl Fn(&str) -> Option<String>, name: &'static str) -> Result<String, ConfigError> {
    present(lookup, name).ok_or(ConfigError::Missing(name))
}

fn parse_or<T: std::str::FromStr>(
    lookup: &impl Fn(&str) -> Option<String>,
    name: &'static str,
    default: T,
) -> Result<T, ConfigError>
where
    T::Err: std::fmt::Display,
{
    match present(lookup, name) {
        None => Ok(default),
        Some(raw) => raw.parse().map_err(|e: T::Err| ConfigError::Invalid { name, reason: e.to_string() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    const KEY: &str = "ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c";

    fn lookup(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |name| map.get(name).cloned()
    }

    #[test]
    fn reads_http_settings_with_defaults() {
        let config = HttpConfig::from_lookup(&lookup(&[(PUBLIC_KEY, KEY), (APPLICATION_ID, "123")])).unwrap();
        assert_eq!(config.application_id, ApplicationId(123));
        assert_eq!(config.max_body_bytes, 65536);
        assert_eq!(config.verifier.public_key_hex(), KEY);
    }

    #[test]
    fn names_the_variable_that_is_wrong() {
        let missing = HttpConfig::from_lookup(&lookup(&[(APPLICATION_ID, "1")])).unwrap_err();
        assert_eq!(missing.to_string(), "DISCORD_PUBLIC_KEY is not set");
        let bad = HttpConfig::from_lookup(&lookup(&[(PUBLIC_KEY, "nothex"), (APPLICATION_ID, "1")])).unwrap_err();
        assert!(bad.to_string().starts_with("DISCORD_PUBLIC_KEY is invalid"), "{bad}");
        let bad_id = HttpConfig::from_lookup(&lookup(&[(PUBLIC_KEY, KEY), (APPLICATION_ID, "me")])).unwrap_err();
        assert!(bad_id.to_string().starts_with("DISCORD_APPLICATION_ID is invalid"), "{bad_id}");
        let bad_age =
            HttpConfig::from_lookup(&lookup(&[(PUBLIC_KEY, KEY), (APPLICATION_ID, "1"), (SIGNATURE_MAX_AGE, "-3")]))
                .unwrap_err();
        assert!(bad_age.to_string().starts_with("SIGNATURE_MAX_AGE_SECS is invalid"), "{bad_age}");
    }

    #[test]
    fn prefers_a_given_token_over_a_secret() {
        let both = WorkerConfig::from_lookup(&lookup(&[(BOT_TOKEN, "abc"), (BOT_TOKEN_SECRET, "arn")]));
        assert!(matches!(both.bot_token, TokenSource::Given(_)));
        assert_eq!(both.api_base, DEFAULT_API_BASE);
        let secret = WorkerConfig::from_lookup(&lookup(&[(BOT_TOKEN_SECRET, "dwos/bot"), (API_BASE, "http://x")]));
        assert!(matches!(secret.bot_token, TokenSource::Secret(ref s) if s == "dwos/bot"));
        assert_eq!(secret.api_base, "http://x");
    }
}
