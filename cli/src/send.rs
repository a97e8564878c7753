//! `dwos sign` and `dwos send`: sign an interaction body like Discord and POST it.

use crate::devkey::DevKey;
use std::time::{SystemTime, UNIX_EPOCH};

/// The signature headers for `body`, signed now.
pub fn sign_now(key: &DevKey, body: &[u8]) -> (String, String) {
    let timestamp = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0).to_string();
    (key.sign(&timestamp, body), timestamp)
}

/// A snowflake-shaped id for a hand-made interaction, unique per call.
pub fn fresh_snowflake() -> u64 {
    const DISCORD_EPOCH_MS: u128 = 1_420_070_400_000;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let millis = now.as_millis().saturating_sub(DISCORD_EPOCH_MS) as u64;
    (millis << 22) | u64::from(now.subsec_nanos() & 0x3f_ffff)
}

/// What the endpoint answered.
#[derive(Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The response body as text.
    pub body: String,
}

/// Signs `body` and POSTs it to `url` as Discord would.
pub async fn send(url: &str, key: &DevKey, body: Vec<u8>) -> Result<Answer, reqwest::Error> {
    let (signature, timestamp) = sign_now(key, &body);
    let response = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .header("x-signature-ed25519", signature)
        .header("x-signature-timestamp", timestamp)
        .body(body)
        .send()
        .await?;
    let status = response.status().as_u16();
    Ok(Answer { status, body: response.text().await? })
}
