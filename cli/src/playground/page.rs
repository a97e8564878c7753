//! The playground page at `/` and what it calls: the guild as JSON, the command list, and
//! an action endpoint that signs an interaction like Discord and POSTs it to `/interactions`.

use super::world::{GUILD_ID, MEMBER_PERMISSIONS, MODERATOR_PERMISSIONS, Pending, World};
use super::{PERSONAS, Playground};
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};
use std::sync::Arc;

/// How long Discord lets a bot answer through an interaction token.
const TOKEN_LIFETIME_SECS: i64 = 15 * 60;

pub(super) fn router(playground: Arc<Playground>) -> Router {
    Router::new()
        .route("/", get(|| async { asset("text/html; charset=utf-8", include_str!("assets/index.html")) }))
        .route("/playground/app.js", get(|| async { asset("text/javascript", include_str!("assets/app.js")) }))
        .route("/playground/style.css", get(|| async { asset("text/css", include_str!("assets/style.css")) }))
        .route("/playground/api/state", get(state))
        .route("/playground/api/commands", get(commands))
        .route("/playground/api/interact", post(interact))
        .with_state(playground)
}

fn asset(content_type: &'static str, text: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type), (header::CACHE_CONTROL, "no-cache")], text).into_response()
}

async fn state(State(playground): State<Arc<Playground>>) -> Json<Value> {
    let world = playground.world.lock().await.clone();
    let personas: Vec<Value> = PERSONAS.iter().map(|p| json!({ "id": p.id, "name": p.name, "role": p.role })).collect();
    Json(json!({ "bot_id": playground.bot_id(), "personas": personas, "world": world }))
}

async fn commands(State(playground): State<Arc<Playground>>) -> Json<Value> {
    Json(playground.commands.clone())
}

/// What the page asks for: someone does something in a channel.
#[derive(Debug, Deserialize)]
pub(super) struct Act {
    /// The persona's user id.
    pub persona: String,
    /// Their Discord locale.
    pub locale: String,
    /// Where.
    pub channel_id: String,
    /// The interaction type: 2 command, 3 component, 4 autocomplete, 5 modal submit.
    pub kind: u8,
    /// The interaction's `data`, as Discord would send it.
    pub data: Value,
    /// The message a component is on.
    #[serde(default)]
    pub message_id: Option<String>,
}

/// Why an action was not sent.
#[derive(Debug, thiserror::Error)]
pub(super) enum ActError {
    /// The page asked for something Discord would never send.
    #[error("{0}")]
    Invalid(&'static str),
    /// `/interactions` could not be reached.
    #[error("cannot reach /interactions: {0}")]
    Unreachable(String),
    /// The guild could not be kept.
    #[error(transparent)]
    Store(#[from] dwos_store::StoreError),
}

async fn interact(State(playground): State<Arc<Playground>>, Json(act): Json<Act>) -> Response {
    match playground.act(&act).await {
        Ok((status, response)) => Json(json!({ "status": status, "response": response })).into_response(),
        Err(err @ ActError::Invalid(_)) => (StatusCode::BAD_REQUEST, err.to_string()).into_response(),
        Err(err @ ActError::Unreachable(_)) => (StatusCode::BAD_GATEWAY, err.to_string()).into_response(),
        Err(err) => (StatusCode::INTERNAL_SERVER_ERROR, err.to_string()).into_response(),
    }
}

impl Playground {
    /// Sends what `act` describes to `/interactions`, signed like Discord, and keeps what the
    /// answer shows; the answer's status and body.
    pub(super) async fn act(&self, act: &Act) -> Result<(u16, Value), ActError> {
        let persona = PERSONAS.iter().find(|p| p.id == act.persona).ok_or(ActError::Invalid("no such persona"))?;
        if !(2..=5).contains(&act.kind) {
            return Err(ActError::Invalid("kind is 2, 3, 4 or 5"));
        }
        let url = self.interactions_url.get().cloned().ok_or(ActError::Invalid("not listening yet"))?;
        let token = token().map_err(|e| ActError::Unreachable(e.to_string()))?;
        let app = self.bot_id();
        let now = unix_now();
        let interaction = self
            .change(|world| {
                if act.kind != 4 {
                    world.pending.retain(|_, p| now - p.at < TOKEN_LIFETIME_SECS);
                    let pending = Pending {
                        channel_id: act.channel_id.clone(),
                        user_id: persona.id.into(),
                        what: what(act.kind, &act.data),
                        original: None,
                        at: now,
                        answered: false,
                    };
                    world.pending.insert(token.clone(), pending);
                }
                interaction(world, act, persona.moderator, &app, &token)
            })
            .await?
            .ok_or(ActError::Invalid("no such channel"))?;
        let body = interaction.to_string().into_bytes();
        let answer = crate::send::send(&url, &self.identity.key, body)
            .await
            .map_err(|e| ActError::Unreachable(e.to_string()))?;
        let response: Value = serde_json::from_str(&answer.body).unwrap_or(Value::Null);
        if answer.status == 200 && act.kind != 4 {
            self.change(|world| world.answer(&app, &token, &response, act.message_id.as_deref())).await?;
        }
        Ok((answer.status, response))
    }
}

/// The interaction Discord would send for `act`, or `None` for an unknown channel.
fn interaction(world: &World, act: &Act, moderator: bool, app: &str, token: &str) -> Option<Value> {
    let channel = world.channel(&act.channel_id)?;
    let member = world.member(&act.persona)?;
    let permissions = if moderator { MODERATOR_PERMISSIONS } else { MEMBER_PERMISSIONS };
    let user = json!({ "id": member.id, "username": member.name.to_lowercase(), "discriminator": "0",
                       "avatar": null, "global_name": member.name });
    let mut data = act.data.clone();
    if act.kind == 2 || act.kind == 4 {
        data["id"] = json!("900000000000000900");
        data["type"] = json!(1);
    }
    data["resolved"] = resolved(world, &data, permissions);
    let mut interaction = json!({
        "type": act.kind, "id": crate::send::fresh_snowflake().to_string(), "application_id": app,
        "token": token, "version": 1, "locale": act.locale,
        "channel": { "id": act.channel_id, "type": channel["type"] }, "channel_id": act.channel_id,
        "data": data,
    });
    if channel.get("recipient_id").is_some() {
        interaction["user"] = user;
        interaction["authorizing_integration_owners"] = json!({ "1": member.id });
    } else {
        interaction["guild_id"] = json!(GUILD_ID.to_string());
        interaction["guild_locale"] = json!("en-US");
        interaction["authorizing_integration_owners"] = json!({ "0": GUILD_ID.to_string() });
        interaction["member"] = json!({
            "user": user, "roles": member.roles, "nick": member.nick, "permissions": permissions,
            "joined_at": "2026-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0,
        });
    }
    Some(interaction)
}

/// What Discord resolves for the users, channels and roles an interaction names: its
/// command options, or the values picked in a channel menu.
fn resolved(world: &World, data: &Value, permissions: &str) -> Value {
    let mut picked: Vec<(u64, String)> = Vec::new();
    collect_options(data.get("options"), &mut picked);
    if data["component_type"] == 8 {
        let values = data["values"].as_array().into_iter().flatten();
        picked.extend(values.filter_map(Value::as_str).map(|v| (7, v.to_owned())));
    }
    let (mut users, mut channels, mut roles) = (json!({}), json!({}), json!({}));
    for (kind, id) in picked {
        match kind {
            6 => {
                if let Some(member) = world.member(&id) {
                    users[&id] = json!({ "id": id, "username": member.name.to_lowercase(), "discriminator": "0",
                                         "avatar": null, "global_name": member.name, "bot": member.bot });
                }
            }
            7 => {
                if let Some(channel) = world.channel(&id) {
                    channels[&id] = json!({ "id": id, "name": channel["name"], "type": channel["type"],
                                            "permissions": permissions, "parent_id": channel["parent_id"] });
                }
            }
            8 => {
                if let Some(role) = world.roles.iter().find(|r| r["id"] == id.as_str()) {
                    roles[&id] = role.clone();
                }
            }
            _ => {}
        }
    }
    json!({ "users": users, "channels": channels, "roles": roles })
}

fn collect_options(options: Option<&Value>, into: &mut Vec<(u64, String)>) {
    for option in options.and_then(Value::as_array).into_iter().flatten() {
        match (option["type"].as_u64(), option["value"].as_str()) {
            (Some(kind @ 6..=8), Some(id)) => into.push((kind, id.to_owned())),
            _ => collect_options(option.get("options"), into),
        }
    }
}

/// What the page shows above the reply: the command line, or what kind of thing was used.
fn what(kind: u8, data: &Value) -> String {
    match kind {
        2 => {
            let mut line = format!("/{}", data["name"].as_str().unwrap_or_default());
            if let Some(sub) = data["options"].get(0).filter(|o| matches!(o["type"].as_u64(), Some(1 | 2))) {
                line.push(' ');
                line.push_str(sub["name"].as_str().unwrap_or_default());
            }
            line
        }
        3 => "a button or menu".into(),
        _ => "a form".into(),
    }
}

fn token() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)?;
    Ok(hex::encode(bytes))
}

fn unix_now() -> i64 {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    i64::try_from(now.as_secs()).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_naming_users_channels_and_roles_are_resolved() {
        let mut world = World::seeded("1", &[("10", "Ada")]);
        let channel = world.channels[1]["id"].as_str().unwrap().to_owned();
        let role = world.rest("1", "POST", "guilds/9/roles", &json!({ "name": "Verified" }), None).1;
        let role = role["id"].as_str().unwrap().to_owned();
        let data = json!({ "name": "setup", "options": [{ "name": "x", "type": 1, "options": [
            { "name": "member", "type": 6, "value": "10" },
            { "name": "channel", "type": 7, "value": channel },
            { "name": "role", "type": 8, "value": role },
        ] }] });
        let resolved = resolved(&world, &data, MEMBER_PERMISSIONS);
        assert_eq!(resolved["users"]["10"]["global_name"], "Ada");
        assert_eq!(resolved["channels"][&channel]["permissions"], MEMBER_PERMISSIONS);
        assert_eq!(resolved["roles"][&role]["name"], "Verified");
        assert_eq!(what(2, &data), "/setup x");
    }
}
