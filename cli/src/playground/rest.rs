//! Discord's REST API under `/api/v10/`, answered from the playground guild.

use super::Playground;
use super::world::Attachment;
use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::any;
use serde_json::Value;
use std::sync::Arc;

/// The bot token the playground's workers use: a page elsewhere on the web cannot send it
/// with a cross-site form, so it cannot change the guild.
pub const TOKEN: &str = "playground";

/// How long a worker's edit of a reply waits for the page's side to record the answer.
const ANSWER_WAIT: std::time::Duration = std::time::Duration::from_secs(3);

pub(super) fn router(playground: Arc<Playground>) -> Router {
    Router::new()
        .route("/api/v10/{*path}", any(call))
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024))
        .with_state(playground)
}

async fn call(
    State(playground): State<Arc<Playground>>,
    method: Method,
    Path(path): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    // Interaction webhooks are authorized by their token, like on Discord; the rest by the bot's.
    let webhook = path.starts_with("webhooks/");
    let authorized = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()) == Some(&format!("Bot {TOKEN}"));
    if !webhook && !authorized {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(serde_json::json!({ "message": "401: Unauthorized", "code": 0 })),
        )
            .into_response();
    }
    if let Some(token) = path.strip_prefix("webhooks/").and_then(|rest| rest.split('/').nth(1)) {
        playground.until_answered(token, ANSWER_WAIT).await;
    }
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    let (body, file) = decode(content_type, &body);
    let bot = playground.bot_id();
    match playground.change(|world| world.rest(&bot, method.as_str(), &path, &body, file)).await {
        Ok((204, _)) => StatusCode::NO_CONTENT.into_response(),
        Ok((status, value)) => {
            (StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR), axum::Json(value))
                .into_response()
        }
        Err(err) => {
            tracing::error!(error = %err, "playground: cannot keep the guild");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// The JSON body of a call, and the file of a multipart one (`payload_json` and `files[0]`).
fn decode(content_type: &str, body: &[u8]) -> (Value, Option<Attachment>) {
    let Some(boundary) = content_type.strip_prefix("multipart/form-data; boundary=") else {
        return (serde_json::from_slice(body).unwrap_or(Value::Null), None);
    };
    let text = String::from_utf8_lossy(body);
    let (mut payload, mut file) = (Value::Null, None);
    for part in text.split(&format!("--{boundary}")) {
        let Some((head, content)) = part.split_once("\r\n\r\n") else { continue };
        let content = content.strip_suffix("\r\n").unwrap_or(content);
        if head.contains("name=\"payload_json\"") {
            payload = serde_json::from_str(content).unwrap_or(Value::Null);
        } else if let Some(name) = head.split("filename=\"").nth(1).and_then(|rest| rest.split('"').next()) {
            file = Some(Attachment { filename: name.to_owned(), text: content.to_owned() });
        }
    }
    (payload, file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multipart_uploads_give_their_payload_and_file() {
        let body = "--b\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n\r\n{\"content\":\"x\"}\r\n--b\r\n\
                    Content-Disposition: form-data; name=\"files[0]\"; filename=\"dwos.json\"\r\n\r\n{\"a\":1}\r\n--b--\r\n";
        let (payload, file) = decode("multipart/form-data; boundary=b", body.as_bytes());
        assert_eq!(payload["content"], "x");
        assert_eq!(file, Some(Attachment { filename: "dwos.json".into(), text: "{\"a\":1}".into() }));
        assert_eq!(decode("application/json", b"{\"nick\":\"A\"}").0["nick"], "A");
    }
}
