//! The axum router served by the `interactions` Lambda (through lambda_http) and by
//! `dwos serve`: `POST /interactions` and `GET /api/v1/health`.

use crate::router::{self, AppState};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use dwos_discord::{Incoming, response};
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The system clock in Unix seconds.
pub fn system_clock() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

/// The HTTP routes over shared state.
pub fn router(state: Arc<AppState>) -> Router {
    let limit = state.config.max_body_bytes;
    Router::new()
        .route("/interactions", post(interactions_endpoint))
        .route("/api/v1/health", get(health))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }))
}

async fn interactions_endpoint(State(state): State<Arc<AppState>>, headers: HeaderMap, body: Bytes) -> Response {
    match answer(&state, &headers, &body).await {
        Answer::Json(json) => ([(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Answer::Refused(status) => status.into_response(),
    }
}

/// What the endpoint sends back.
#[derive(Debug, PartialEq, Eq)]
pub enum Answer {
    /// 200 with an interaction response.
    Json(Vec<u8>),
    /// An error status with an empty body (401, 400).
    Refused(StatusCode),
}

/// The whole request path after the body is read: verify, parse, route, serialize.
/// One log line per request carries the interaction id as correlation id.
pub async fn answer(state: &AppState, headers: &HeaderMap, body: &[u8]) -> Answer {
    let started = Instant::now();
    if let Err(err) = state.config.verifier.verify_request(headers, body, (state.clock)()) {
        tracing::warn!(outcome = "unauthorized", reason = %err, "interaction");
        return Answer::Refused(StatusCode::UNAUTHORIZED);
    }
    if is_ping(body) {
        tracing::info!(outcome = "pong", latency_us = started.elapsed().as_micros() as u64, "interaction");
        return Answer::Json(response::to_json(&response::pong()));
    }
    let incoming = match Incoming::parse(body) {
        Ok(incoming) if incoming.application_id() == state.config.application_id => incoming,
        Ok(incoming) => {
            tracing::warn!(outcome = "bad_request", application_id = %incoming.application_id(), "interaction for another application");
            return Answer::Refused(StatusCode::BAD_REQUEST);
        }
        Err(err) => {
            tracing::warn!(outcome = "bad_request", error = %err, "interaction");
            return Answer::Refused(StatusCode::BAD_REQUEST);
        }
    };
    let reply = router::route(state, &incoming).await;
    tracing::info!(
        correlation_id = %incoming.id(),
        guild_id = incoming.guild_id().map(|g| g.0),
        intent = ?incoming.intent(),
        outcome = reply.outcome,
        latency_us = started.elapsed().as_micros() as u64,
        "interaction"
    );
    Answer::Json(response::to_json(&reply.response))
}

/// A PING is answered on its `type` alone: Discord adds and drops fields on it
/// (`authorizing_integration_owners`, `user`…) and the endpoint check must never fail on them.
fn is_ping(body: &[u8]) -> bool {
    #[derive(serde::Deserialize)]
    struct Kind {
        #[serde(rename = "type")]
        kind: u8,
    }
    serde_json::from_slice::<Kind>(body).is_ok_and(|k| k.kind == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pings_are_recognised_by_type_alone() {
        assert!(is_ping(br#"{"type":1}"#));
        assert!(is_ping(br#"{"type":1,"id":"1","application_id":"2","user":{"id":"3"},"extra":[1]}"#));
        assert!(!is_ping(br#"{"type":2,"id":"1"}"#));
        assert!(!is_ping(b"not json"));
    }
}
