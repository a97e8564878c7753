//! A fake Discord that keeps one guild's state the way Discord does: roles, channels with
//! their permission overwrites, members with their roles and nicknames, and every message.

use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// A member as the fake keeps them.
#[derive(Clone, Debug, Default)]
pub struct FakeMember {
    /// Their role ids.
    pub roles: BTreeSet<String>,
    /// Their server nickname.
    pub nick: Option<String>,
}

/// The guild's state.
#[derive(Debug, Default)]
pub struct GuildState {
    next_id: u64,
    /// Roles, as Discord lists them.
    pub roles: Vec<Value>,
    /// Channels, as Discord lists them (with `permission_overwrites`).
    pub channels: Vec<Value>,
    /// Members by user id.
    pub members: BTreeMap<String, FakeMember>,
    /// Users who left the server (their member reads answer 404).
    pub gone: BTreeSet<String>,
    /// Messages posted, as (channel id, body).
    pub posts: Vec<(String, Value)>,
    /// Channel creations to fail with a 500 before succeeding again.
    pub failing_channel_creates: usize,
}

impl GuildState {
    fn id(&mut self) -> String {
        self.next_id += 1;
        (5_000 + self.next_id).to_string()
    }

    /// The role of this name.
    pub fn role(&self, name: &str) -> Option<&Value> {
        self.roles.iter().find(|r| r["name"] == name)
    }

    /// The channels of this name.
    pub fn channels_named(&self, name: &str) -> Vec<&Value> {
        self.channels.iter().filter(|c| c["name"] == name).collect()
    }

    /// The member, created on first use.
    pub fn member(&mut self, user: &str) -> &mut FakeMember {
        self.members.entry(user.to_owned()).or_default()
    }
}

/// The fake guild; clones share the state.
#[derive(Clone, Default)]
pub struct FakeGuild(pub Arc<Mutex<GuildState>>);

impl FakeGuild {
    /// Starts a fake Discord whose guild is this one.
    pub async fn start(guild_id: u64) -> (MockServer, FakeGuild) {
        let server = MockServer::start().await;
        let guild = FakeGuild::default();
        guild.0.lock().unwrap().roles.push(
            json!({ "id": guild_id.to_string(), "name": "@everyone", "permissions": "1024", "position": 0, "managed": false }),
        );
        Mock::given(wiremock::matchers::any()).respond_with(guild.clone()).mount(&server).await;
        (server, guild)
    }

    /// Reads the state.
    pub fn state(&self) -> std::sync::MutexGuard<'_, GuildState> {
        self.0.lock().unwrap()
    }
}

impl Respond for FakeGuild {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let mut state = self.0.lock().unwrap();
        let path = request.url.path().trim_start_matches("/api/v10").to_owned();
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let ok = |value: Value| ResponseTemplate::new(200).set_body_json(value);
        let none = ResponseTemplate::new(204);
        match (request.method.as_str(), parts.as_slice()) {
            ("GET", ["guilds", _]) => ok(json!({ "name": "Frost", "approximate_member_count": 5 })),
            ("GET", ["guilds", _, "roles"]) => ok(Value::Array(state.roles.clone())),
            ("POST", ["guilds", _, "roles"]) => {
                let id = state.id();
                let role = json!({ "id": id, "name": body["name"], "permissions": body["permissions"].as_str().unwrap_or("0"), "position": 1, "managed": false });
                state.roles.push(role.clone());
                ok(role)
            }
            ("DELETE", ["guilds", _, "roles", role]) => {
                let before = state.roles.len();
                state.roles.retain(|r| r["id"] != *role);
                for member in state.members.values_mut() {
                    member.roles.remove(*role);
                }
                if before == state.roles.len() { ResponseTemplate::new(404) } else { none }
            }
            ("GET", ["guilds", _, "channels"]) => ok(Value::Array(state.channels.clone())),
            ("POST", ["guilds", _, "channels"]) => {
                if state.failing_channel_creates > 0 {
                    state.failing_channel_creates -= 1;
                    return ResponseTemplate::new(500);
                }
                let id = state.id();
                let channel = json!({
                    "id": id, "name": body["name"], "type": body["type"],
                    "parent_id": body.get("parent_id").cloned().unwrap_or(Value::Null),
                    "permission_overwrites": body["permission_overwrites"],
                });
                state.channels.push(channel.clone());
                ok(channel)
            }
            ("DELETE", ["channels", channel]) => {
                let before = state.channels.len();
                state.channels.retain(|c| c["id"] != *channel);
                if before == state.channels.len() { ResponseTemplate::new(404) } else { ok(json!({})) }
            }
            ("PUT", ["channels", channel, "permissions", target]) => {
                let Some(found) = state.channels.iter_mut().find(|c| c["id"] == *channel) else {
                    return ResponseTemplate::new(404);
                };
                let overwrite =
                    json!({ "id": target, "type": body["type"], "allow": body["allow"], "deny": body["deny"] });
                let list = found["permission_overwrites"].as_array_mut().unwrap();
                list.retain(|o| o["id"] != *target);
                list.push(overwrite);
                none
            }
            ("POST", ["channels", channel, "messages"]) => {
                let id = state.id();
                state.posts.push((channel.to_string(), body));
                ok(json!({ "id": id }))
            }
            ("PATCH", ["channels", _, "messages", _]) => ok(json!({})),
            ("GET", ["guilds", _, "members", user]) => {
                if state.gone.contains(*user) {
                    return ResponseTemplate::new(404)
                        .set_body_json(json!({ "message": "Unknown Member", "code": 10007 }));
                }
                let roles: Vec<String> = state.member(user).roles.iter().cloned().collect();
                ok(json!({ "roles": roles }))
            }
            ("PUT", ["guilds", _, "members", user, "roles", role]) => {
                state.member(user).roles.insert(role.to_string());
                none
            }
            ("DELETE", ["guilds", _, "members", user, "roles", role]) => {
                state.member(user).roles.remove(*role);
                none
            }
            ("PATCH", ["guilds", _, "members", user]) => {
                state.member(user).nick = body["nick"].as_str().map(str::to_owned);
                ok(json!({}))
            }
            ("POST", ["users", "@me", "channels"]) => {
                ok(json!({ "id": format!("9{}", body["recipient_id"].as_str().unwrap_or("0")) }))
            }
            ("PATCH", ["webhooks", _, _, "messages", "@original"]) => ok(json!({ "id": "1" })),
            _ => ResponseTemplate::new(404),
        }
    }
}
