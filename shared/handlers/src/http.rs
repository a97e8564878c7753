//! The axum router served by the `interactions` Lambda (through lambda_http) and by
//! `dwos serve`: `POST /interactions` and `GET /api/v1/health`.

use crate::config::HttpConfig;
use crate::interactions;
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use bytes::Bytes;
use dwos_bus::Queue;
use dwos_discord::{Incoming, response};
use dwos_i18n::Catalog;
use std::sync::Arc;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// Everything a request needs, built once per process.
pub struct AppState {
    /// Signature check, application id and body limit.
    pub config: HttpConfig,
    /// Every message in every language.
    pub catalog: Arc<Catalog>,
    /// Where slow work goes.
    pub queue: Arc<dyn Queue>,
    /// Unix seconds now; replaceable so tests control the signature window.
    pub clock: fn() -> u64,
}

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
    let reply = interactions::route(state, &incoming).await;
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
