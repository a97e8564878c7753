//! The playground's Discord server: roles, channels, members, messages and the interaction
//! tokens DWOS answers through, changed by Discord's REST calls the way Discord would.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use std::collections::BTreeMap;

/// The playground guild's id.
pub const GUILD_ID: u64 = 900_000_000_000_000_001;
/// How many messages the playground keeps (the oldest go first).
const KEEP_MESSAGES: usize = 1_000;
/// Manage Server, Manage Roles and the usual member permissions: what a moderator persona has.
pub const MODERATOR_PERMISSIONS: &str = "268438560";
/// View, send, read history, use commands: what a plain member has.
pub const MEMBER_PERMISSIONS: &str = "2248473465835072";

/// A member of the playground guild.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Member {
    /// Their user id.
    pub id: String,
    /// Their Discord display name.
    pub name: String,
    /// Their server nickname, if any.
    pub nick: Option<String>,
    /// Their role ids.
    pub roles: Vec<String>,
    /// Whether this is a bot (DWOS itself).
    #[serde(default)]
    pub bot: bool,
}

/// A file attached to a message (the text, for the page to offer as a download).
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Attachment {
    /// Its file name.
    pub filename: String,
    /// Its contents, as text.
    pub text: String,
}

/// A message in a channel, as the page shows it.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct Message {
    /// Its id.
    pub id: String,
    /// The channel it is in.
    pub channel_id: String,
    /// Who wrote it (DWOS, for everything DWOS posts).
    pub author_id: String,
    /// Its text.
    pub content: String,
    /// Its embeds, as Discord's JSON.
    pub embeds: Vec<Value>,
    /// Its action rows, as Discord's JSON.
    pub components: Vec<Value>,
    /// Discord's message flags (64: ephemeral).
    pub flags: u64,
    /// Files attached to it.
    pub attachments: Vec<Attachment>,
    /// A deferred reply still waiting for its edit ("DWOS is thinking…").
    pub thinking: bool,
    /// Edited after it was posted.
    pub edited: bool,
    /// The slash command or component that made it, as `(user id, what)`.
    pub interaction: Option<(String, String)>,
}

impl Message {
    /// Whether only the member who used the command sees it.
    pub fn ephemeral(&self) -> bool {
        self.flags & 64 != 0
    }
}

/// An interaction DWOS may still answer through its token.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Pending {
    /// The channel it came from.
    pub channel_id: String,
    /// The member who made it.
    pub user_id: String,
    /// What they did (`/help`, a button…), shown above the reply.
    pub what: String,
    /// The message its `@original` edits, once there is one.
    pub original: Option<String>,
    /// When it was made (Unix seconds): tokens last 15 minutes.
    #[serde(default)]
    pub at: i64,
    /// The interaction's answer was recorded: until then a worker's edit of `@original` waits,
    /// as on Discord, which never lets a bot edit a reply before its answer arrived.
    #[serde(default)]
    pub answered: bool,
}

/// The whole playground guild.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct World {
    /// Bumped on every change, so the page re-draws only when something changed.
    pub version: u64,
    next_id: u64,
    /// The guild's name.
    pub name: String,
    /// Roles, as Discord lists them.
    pub roles: Vec<Value>,
    /// Channels, as Discord lists them (DM channels carry `recipient_id`).
    pub channels: Vec<Value>,
    /// Members, in join order.
    pub members: Vec<Member>,
    /// Messages, oldest first.
    pub messages: Vec<Message>,
    /// Interactions by token.
    pub pending: BTreeMap<String, Pending>,
    /// The first start's story was told (see `seed`).
    #[serde(default)]
    pub seeded: bool,
}

/// What a REST call answered: a status and a JSON body.
pub type Answer = (u16, Value);

fn ok(value: Value) -> Answer {
    (200, value)
}

fn not_found() -> Answer {
    (404, json!({ "message": "Unknown", "code": 10_000 }))
}

impl World {
    /// A fresh guild: the usual text channels and three members to act as, besides DWOS.
    pub fn seeded(bot_id: &str, personas: &[(&str, &str)]) -> World {
        let mut world = World { name: "DWOS Playground".into(), next_id: 1_000, ..World::default() };
        world.roles.push(role(&GUILD_ID.to_string(), "@everyone", "1024", 0));
        let category = world.add_channel("Text channels", 4, None);
        for name in ["general", "verify", "gift-codes", "dwos-log"] {
            world.add_channel(name, 0, Some(&category));
        }
        world.members.push(Member { id: bot_id.into(), name: "DWOS".into(), bot: true, ..Member::default() });
        for (id, name) in personas {
            world.members.push(Member { id: (*id).into(), name: (*name).into(), ..Member::default() });
        }
        world
    }

    /// Makes sure DWOS is a member under `bot_id` (a new development identity keeps the guild).
    pub fn adopt_bot(&mut self, bot_id: &str) {
        if let Some(old) = self.members.iter_mut().find(|m| m.bot) {
            if old.id != bot_id {
                let before = std::mem::replace(&mut old.id, bot_id.to_owned());
                for message in self.messages.iter_mut().filter(|m| m.author_id == before) {
                    bot_id.clone_into(&mut message.author_id);
                }
            }
        } else {
            self.members.insert(0, Member { id: bot_id.into(), name: "DWOS".into(), bot: true, ..Member::default() });
        }
    }

    /// A new snowflake-like id.
    pub fn next_id(&mut self) -> String {
        self.next_id += 1;
        (GUILD_ID + self.next_id).to_string()
    }

    fn add_channel(&mut self, name: &str, kind: u8, parent: Option<&str>) -> String {
        let id = self.next_id();
        self.channels.push(json!({
            "id": id, "name": name, "type": kind, "parent_id": parent,
            "guild_id": GUILD_ID.to_string(), "permission_overwrites": [],
        }));
        id
    }

    /// The channel of this id.
    pub fn channel(&self, id: &str) -> Option<&Value> {
        self.channels.iter().find(|c| c["id"] == id)
    }

    /// The member of this id.
    pub fn member(&self, id: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.id == id)
    }

    fn member_mut(&mut self, id: &str) -> Option<&mut Member> {
        self.members.iter_mut().find(|m| m.id == id)
    }

    /// Adds a message, forgetting the oldest beyond what the playground keeps.
    pub fn post(&mut self, message: Message) -> String {
        let id = message.id.clone();
        self.messages.push(message);
        if self.messages.len() > KEEP_MESSAGES {
            let extra = self.messages.len() - KEEP_MESSAGES;
            self.messages.drain(..extra);
        }
        id
    }

    /// The message of this id.
    pub fn message_mut(&mut self, id: &str) -> Option<&mut Message> {
        self.messages.iter_mut().find(|m| m.id == id)
    }

    /// Answers one call of Discord's REST API (the path after `/api/v10/`), changing the
    /// guild as Discord would. `file` is a multipart upload's attachment.
    pub fn rest(&mut self, bot_id: &str, method: &str, path: &str, body: &Value, file: Option<Attachment>) -> Answer {
        let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
        match (method, parts.as_slice()) {
            ("GET", ["guilds", _]) => {
                let humans = self.members.iter().filter(|m| !m.bot).count();
                ok(json!({ "id": GUILD_ID.to_string(), "name": self.name,
                           "approximate_member_count": self.members.len(), "approximate_presence_count": humans }))
            }
            ("GET", ["guilds", _, "roles"]) => ok(Value::Array(self.roles.clone())),
            ("POST", ["guilds", _, "roles"]) => {
                let id = self.next_id();
                let position = self.roles.len();
                let permissions = body["permissions"].as_str().unwrap_or("0");
                let made = role(&id, body["name"].as_str().unwrap_or("new role"), permissions, position);
                self.roles.push(made.clone());
                ok(made)
            }
            ("DELETE", ["guilds", _, "roles", role]) => {
                let before = self.roles.len();
                self.roles.retain(|r| r["id"] != *role);
                for member in &mut self.members {
                    member.roles.retain(|r| r != role);
                }
                if before == self.roles.len() { not_found() } else { (204, Value::Null) }
            }
            ("GET", ["guilds", _, "channels"]) => {
                // As on Discord, neither DMs nor threads are listed with the guild's channels.
                let listed = |c: &&Value| c.get("recipient_id").is_none() && c.get("thread_metadata").is_none();
                ok(self.channels.iter().filter(listed).cloned().collect())
            }
            ("POST", ["guilds", _, "channels"]) => {
                let id = self.next_id();
                let channel = json!({
                    "id": id, "name": body["name"], "type": body["type"].as_u64().unwrap_or(0),
                    "parent_id": body.get("parent_id").cloned().unwrap_or(Value::Null),
                    "guild_id": GUILD_ID.to_string(),
                    "permission_overwrites": body.get("permission_overwrites").cloned().unwrap_or(json!([])),
                });
                self.channels.push(channel.clone());
                ok(channel)
            }
            ("DELETE", ["channels", channel]) => match self.channels.iter().position(|c| c["id"] == *channel) {
                Some(at) => {
                    let gone = self.channels.remove(at);
                    self.messages.retain(|m| m.channel_id != *channel);
                    ok(gone)
                }
                None => not_found(),
            },
            ("POST", ["channels", parent, "threads"] | ["channels", parent, "messages", _, "threads"]) => {
                let Some(kind) = self.channel(parent).map(|c| c["type"].clone()) else { return not_found() };
                if kind != 0 && kind != 5 {
                    return (400, json!({ "message": "Cannot make a thread here", "code": 50_024 }));
                }
                let id = self.next_id();
                let private = body["type"] == 12;
                let thread = json!({
                    "id": id, "name": body["name"], "type": if private { 12 } else { 11 }, "parent_id": parent,
                    "guild_id": GUILD_ID.to_string(), "owner_id": bot_id, "member_ids": [bot_id],
                    "thread_metadata": { "archived": false, "locked": false, "invitable": body["invitable"].as_bool().unwrap_or(true),
                                         "auto_archive_duration": body["auto_archive_duration"].as_u64().unwrap_or(10_080) },
                });
                self.channels.push(thread.clone());
                ok(thread)
            }
            ("PUT" | "DELETE", ["channels", thread, "thread-members", user]) => {
                if self.member(user).is_none() {
                    return not_found();
                }
                let Some(found) =
                    self.channels.iter_mut().find(|c| c["id"] == *thread && c.get("thread_metadata").is_some())
                else {
                    return not_found();
                };
                if let Some(members) = found["member_ids"].as_array_mut() {
                    members.retain(|m| m != user);
                    if method == "PUT" {
                        members.push(json!(user));
                    }
                }
                (204, Value::Null)
            }
            ("GET", ["channels", channel]) => match self.channel(channel) {
                Some(found) => {
                    let mut found = found.clone();
                    // As on Discord, ephemeral answers are nobody's messages in the channel.
                    let counted = self.messages.iter().filter(|m| m.channel_id == *channel && !m.ephemeral()).count();
                    found["message_count"] = json!(counted);
                    ok(found)
                }
                None => not_found(),
            },
            ("GET", ["guilds", _, "threads", "active"]) => {
                let active = |c: &&Value| c["thread_metadata"]["archived"] == false;
                ok(
                    json!({ "threads": self.channels.iter().filter(active).cloned().collect::<Vec<_>>(), "members": [] }),
                )
            }
            ("PATCH", ["channels", channel]) => {
                let Some(found) = self.channels.iter_mut().find(|c| c["id"] == *channel) else { return not_found() };
                if let Some(name) = body.get("name").filter(|n| n.is_string()) {
                    found["name"] = name.clone();
                }
                for flag in ["archived", "locked"] {
                    if let (Some(value), Some(meta)) = (body.get(flag), found.get_mut("thread_metadata")) {
                        meta[flag] = value.clone();
                    }
                }
                ok(found.clone())
            }
            ("PUT", ["channels", channel, "permissions", target]) => {
                let Some(found) = self.channels.iter_mut().find(|c| c["id"] == *channel) else { return not_found() };
                let overwrite =
                    json!({ "id": target, "type": body["type"], "allow": body["allow"], "deny": body["deny"] });
                if let Some(list) = found["permission_overwrites"].as_array_mut() {
                    list.retain(|o| o["id"] != *target);
                    list.push(overwrite);
                }
                (204, Value::Null)
            }
            ("POST", ["channels", channel, "messages"]) => {
                if self.channel(channel).is_none() {
                    return not_found();
                }
                let id = self.next_id();
                let message = Message {
                    id: id.clone(),
                    channel_id: (*channel).into(),
                    author_id: bot_id.into(),
                    ..Message::default()
                };
                self.post(apply_body(message, body, file));
                ok(json!({ "id": id, "channel_id": channel }))
            }
            ("PATCH", ["channels", channel, "messages", message]) => {
                let Some(found) = self.message_mut(message).filter(|m| m.channel_id == *channel) else {
                    return not_found();
                };
                *found = apply_body(found.clone(), body, file);
                found.edited = true;
                ok(json!({ "id": message, "channel_id": channel }))
            }
            ("GET", ["guilds", _, "members", user]) => match self.member(user) {
                Some(member) => ok(json!({ "user": { "id": member.id, "username": member.name },
                                           "nick": member.nick, "roles": member.roles })),
                None => (404, json!({ "message": "Unknown Member", "code": 10_007 })),
            },
            ("PUT", ["guilds", _, "members", user, "roles", role]) => {
                if !self.roles.iter().any(|r| r["id"] == *role) {
                    return not_found();
                }
                let Some(member) = self.member_mut(user) else { return not_found() };
                if !member.roles.iter().any(|r| r == role) {
                    member.roles.push((*role).into());
                }
                (204, Value::Null)
            }
            ("DELETE", ["guilds", _, "members", user, "roles", role]) => {
                let Some(member) = self.member_mut(user) else { return not_found() };
                member.roles.retain(|r| r != role);
                (204, Value::Null)
            }
            ("PATCH", ["guilds", _, "members", user]) => {
                let Some(member) = self.member_mut(user) else { return not_found() };
                if let Some(nick) = body.get("nick") {
                    member.nick = nick.as_str().filter(|n| !n.is_empty()).map(str::to_owned);
                }
                ok(json!({ "nick": member.nick, "roles": member.roles }))
            }
            ("POST", ["users", "@me", "channels"]) => {
                let recipient = body["recipient_id"].as_str().unwrap_or_default().to_owned();
                if self.member(&recipient).is_none() {
                    return (400, json!({ "message": "Cannot send messages to this user", "code": 50_007 }));
                }
                if let Some(open) = self.channels.iter().find(|c| c["recipient_id"] == recipient.as_str()) {
                    return ok(open.clone());
                }
                let id = self.next_id();
                let channel = json!({ "id": id, "type": 1, "name": "DM", "recipient_id": recipient });
                self.channels.push(channel.clone());
                ok(channel)
            }
            ("PATCH", ["webhooks", _, token, "messages", "@original"]) => {
                let Some(pending) = self.pending.get(*token).cloned() else { return not_found() };
                // A worker can be quicker than the deferred answer reaching the page's side.
                let id = match pending.original {
                    Some(id) => id,
                    None => self.reply_to(bot_id, token, &pending, true),
                };
                let Some(found) = self.message_mut(&id) else { return not_found() };
                let mut edited = apply_body(found.clone(), body, file);
                edited.edited = !edited.thinking;
                edited.thinking = false;
                *found = edited;
                ok(json!({ "id": id, "channel_id": pending.channel_id }))
            }
            ("POST", ["webhooks", _, token]) => {
                let Some(pending) = self.pending.get(*token).cloned() else { return not_found() };
                let id = self.next_id();
                let message = Message {
                    id: id.clone(),
                    channel_id: pending.channel_id.clone(),
                    author_id: bot_id.into(),
                    interaction: Some((pending.user_id, pending.what)),
                    ..Message::default()
                };
                self.post(apply_body(message, body, file));
                ok(json!({ "id": id, "channel_id": pending.channel_id }))
            }
            ("PUT", ["applications", _, "guilds", _, "commands"] | ["applications", _, "commands"]) => ok(body.clone()),
            _ => not_found(),
        }
    }

    /// Records what an interaction response shows (a reply, a deferred reply, an update of
    /// the message a component is on), for the interaction of `token`.
    pub fn answer(&mut self, bot_id: &str, token: &str, response: &Value, component_message: Option<&str>) {
        let Some(pending) = self.pending.get(token).cloned() else { return };
        let data = response.get("data").cloned().unwrap_or(Value::Null);
        let original = match (response["type"].as_u64(), pending.original.as_deref()) {
            // Already edited by a quick worker: only the deferral's flags are news.
            (Some(5), Some(id)) => {
                if let Some(found) = self.message_mut(id) {
                    found.flags |= data["flags"].as_u64().unwrap_or(0) & 64;
                }
                None
            }
            (Some(kind @ (4 | 5)), _) => {
                let id = self.reply_to(bot_id, token, &pending, kind == 5);
                if let Some(found) = self.message_mut(&id) {
                    *found = apply_body(found.clone(), &data, None);
                }
                Some(id)
            }
            (Some(7), _) => {
                let id = component_message.map(str::to_owned);
                if let Some(found) = id.as_deref().and_then(|id| self.message_mut(id)) {
                    *found = apply_body(found.clone(), &data, None);
                    found.edited = true;
                }
                id
            }
            (Some(6), _) => component_message.map(str::to_owned),
            _ => None,
        };
        if let Some(entry) = self.pending.get_mut(token) {
            entry.original = original.or(entry.original.take());
            entry.answered = true;
        }
    }
}

impl World {
    /// Posts the first reply of the interaction of `token` and makes it its `@original`.
    fn reply_to(&mut self, bot_id: &str, token: &str, pending: &Pending, thinking: bool) -> String {
        let id = self.next_id();
        self.post(Message {
            id: id.clone(),
            channel_id: pending.channel_id.clone(),
            author_id: bot_id.into(),
            thinking,
            interaction: Some((pending.user_id.clone(), pending.what.clone())),
            ..Message::default()
        });
        if let Some(entry) = self.pending.get_mut(token) {
            entry.original = Some(id.clone());
        }
        id
    }
}

/// A role as Discord lists it.
fn role(id: &str, name: &str, permissions: &str, position: usize) -> Value {
    json!({ "id": id, "name": name, "permissions": permissions, "position": position, "managed": false,
            "color": 0, "colors": { "primary_color": 0, "secondary_color": null, "tertiary_color": null },
            "hoist": false, "mentionable": false, "flags": 0 })
}

/// A message with the fields of a create or edit body applied (absent fields stay).
fn apply_body(mut message: Message, body: &Value, file: Option<Attachment>) -> Message {
    if let Some(content) = body.get("content") {
        content.as_str().unwrap_or_default().clone_into(&mut message.content);
    }
    if let Some(embeds) = body.get("embeds") {
        message.embeds = embeds.as_array().cloned().unwrap_or_default();
    }
    if let Some(components) = body.get("components") {
        message.components = components.as_array().cloned().unwrap_or_default();
    }
    if let Some(flags) = body.get("flags").and_then(Value::as_u64) {
        message.flags |= flags & 64;
    }
    if let Some(file) = file {
        message.attachments = vec![file];
    }
    message
}

#[cfg(test)]
mod tests {
    use super::*;

    const BOT: &str = "1";

    fn world() -> World {
        World::seeded(BOT, &[("10", "Ada")])
    }

    #[test]
    fn roles_members_and_nicknames_change_as_on_discord() {
        let mut world = world();
        let (status, made) =
            world.rest(BOT, "POST", "guilds/9/roles", &json!({ "name": "Verified", "permissions": "0" }), None);
        assert_eq!(status, 200);
        let role = made["id"].as_str().unwrap().to_owned();
        assert_eq!(world.rest(BOT, "PUT", &format!("guilds/9/members/10/roles/{role}"), &Value::Null, None).0, 204);
        assert_eq!(world.rest(BOT, "PUT", "guilds/9/members/10/roles/404", &Value::Null, None).0, 404);
        world.rest(BOT, "PATCH", "guilds/9/members/10", &json!({ "nick": "[FWX] Ada" }), None);
        let ada = world.member("10").unwrap();
        assert_eq!((ada.nick.as_deref(), ada.roles.clone()), (Some("[FWX] Ada"), vec![role.clone()]));
        assert_eq!(world.rest(BOT, "GET", "guilds/9/members/77", &Value::Null, None).0, 404);
        world.rest(BOT, "DELETE", &format!("guilds/9/roles/{role}"), &Value::Null, None);
        assert!(world.member("10").unwrap().roles.is_empty());
    }

    #[test]
    fn a_deferred_reply_is_edited_in_place_and_a_component_update_replaces_its_message() {
        let mut world = world();
        let channel = world.channels[1]["id"].as_str().unwrap().to_owned();
        let pending = Pending {
            channel_id: channel.clone(),
            user_id: "10".into(),
            what: "/stats".into(),
            original: None,
            at: 0,
            answered: false,
        };
        world.pending.insert("t1".into(), pending);
        world.answer(BOT, "t1", &json!({ "type": 5, "data": { "flags": 64 } }), None);
        let reply = world.messages.last().unwrap().clone();
        assert!(reply.thinking && reply.ephemeral());
        let (status, _) =
            world.rest(BOT, "PATCH", "webhooks/1/t1/messages/@original", &json!({ "content": "Members: 4" }), None);
        assert_eq!(status, 200);
        let edited = world.messages.last().unwrap();
        assert_eq!((edited.content.as_str(), edited.thinking, edited.ephemeral()), ("Members: 4", false, true));
        assert_eq!(world.rest(BOT, "PATCH", "webhooks/1/unknown/messages/@original", &json!({}), None).0, 404);

        world
            .pending
            .insert("t2".into(), Pending { original: None, what: "button".into(), ..world.pending["t1"].clone() });
        world.answer(
            BOT,
            "t2",
            &json!({ "type": 7, "data": { "content": "Done", "components": [] } }),
            Some(&reply.id),
        );
        assert_eq!(world.messages.len(), 1, "an update edits, it does not post");
        assert_eq!(world.messages[0].content, "Done");
    }

    #[test]
    fn a_deferred_update_makes_the_components_message_the_original() {
        let mut world = world();
        let channel = world.channels[1]["id"].as_str().unwrap().to_owned();
        let pending = Pending {
            channel_id: channel,
            user_id: "10".into(),
            what: "button".into(),
            original: None,
            at: 0,
            answered: false,
        };
        world.pending.insert("t".into(), pending);
        let asked = world.rest(
            BOT,
            "POST",
            &format!("channels/{}/messages", world.pending["t"].channel_id),
            &json!({ "content": "Skip?" }),
            None,
        );
        let question = asked.1["id"].as_str().unwrap().to_owned();
        world.answer(BOT, "t", &json!({ "type": 6 }), Some(&question));
        assert!(world.pending["t"].answered);
        world.rest(BOT, "PATCH", "webhooks/1/t/messages/@original", &json!({ "content": "Skipped" }), None);
        assert_eq!(world.messages.len(), 1, "the button's message is edited, nothing is posted");
        assert_eq!(world.messages[0].content, "Skipped");
    }

    #[test]
    fn a_new_identity_keeps_the_guild_and_its_messages() {
        let mut world = world();
        let general = world.channels[1]["id"].as_str().unwrap().to_owned();
        world.rest(BOT, "POST", &format!("channels/{general}/messages"), &json!({ "content": "hi" }), None);
        world.adopt_bot("2");
        assert_eq!((world.members[0].id.as_str(), world.members[0].bot), ("2", true));
        assert_eq!(world.messages[0].author_id, "2");
        assert_eq!(world.members.iter().filter(|m| m.bot).count(), 1);
    }

    #[test]
    fn threads_are_made_in_text_channels_with_members_and_close() {
        let mut world = world();
        let general = world.channels[1]["id"].as_str().unwrap().to_owned();
        let category = world.channels[0]["id"].as_str().unwrap().to_owned();
        let body = json!({ "name": "ticket-ada", "type": 12, "invitable": false });
        let (status, thread) = world.rest(BOT, "POST", &format!("channels/{general}/threads"), &body, None);
        assert_eq!(
            (status, thread["type"].as_u64(), thread["parent_id"].as_str()),
            (200, Some(12), Some(general.as_str()))
        );
        let id = thread["id"].as_str().unwrap().to_owned();
        assert_eq!(world.rest(BOT, "POST", &format!("channels/{category}/threads"), &body, None).0, 400);
        assert_eq!(world.rest(BOT, "PUT", &format!("channels/{id}/thread-members/10"), &Value::Null, None).0, 204);
        assert_eq!(world.channel(&id).unwrap()["member_ids"], json!([BOT, "10"]));
        let closed =
            world.rest(BOT, "PATCH", &format!("channels/{id}"), &json!({ "archived": true, "locked": true }), None).1;
        assert_eq!(closed["thread_metadata"]["archived"], true);
        let posted = world.rest(BOT, "POST", &format!("channels/{id}/messages"), &json!({ "content": "hi" }), None);
        assert_eq!(posted.0, 200, "the bot may still post in its thread");
    }

    #[test]
    fn direct_messages_open_one_channel_per_member() {
        let mut world = world();
        let first = world.rest(BOT, "POST", "users/@me/channels", &json!({ "recipient_id": "10" }), None).1;
        let again = world.rest(BOT, "POST", "users/@me/channels", &json!({ "recipient_id": "10" }), None).1;
        assert_eq!(first["id"], again["id"]);
        assert_eq!(world.rest(BOT, "POST", "users/@me/channels", &json!({ "recipient_id": "77" }), None).0, 400);
        let listed = world.rest(BOT, "GET", "guilds/9/channels", &Value::Null, None).1;
        assert!(listed.as_array().unwrap().iter().all(|c| c["id"] != first["id"]), "DMs are not guild channels");
    }
}
