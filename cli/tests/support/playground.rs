//! Driving a playground like its page does: read the guild, act as a persona.

use serde_json::{Value, json};
use std::time::Duration;

/// The guild, the personas and DWOS's id, as the page reads them.
pub async fn state(base: &str) -> Value {
    reqwest::get(format!("{base}/playground/api/state")).await.unwrap().json().await.unwrap()
}

/// Someone does something (kind 2 command, 3 component, 4 autocomplete, 5 form) in a channel.
pub async fn act_on(base: &str, persona: &str, channel: &str, kind: u8, data: Value, message: Option<&str>) -> Value {
    let body = json!({ "persona": persona, "locale": "en-US", "channel_id": channel, "kind": kind, "data": data,
                       "message_id": message });
    let answer =
        reqwest::Client::new().post(format!("{base}/playground/api/interact")).json(&body).send().await.unwrap();
    assert!(answer.status().is_success(), "{}", answer.status());
    answer.json().await.unwrap()
}

/// [`act_on`] with no message.
pub async fn act(base: &str, persona: &str, channel: &str, kind: u8, data: Value) -> Value {
    act_on(base, persona, channel, kind, data, None).await
}

/// A slash command with a subcommand and its options (`name`, type, value).
pub fn command(name: &str, sub: Option<&str>, options: &[(&str, u8, Value)]) -> Value {
    let options: Vec<Value> = options.iter().map(|(n, t, v)| json!({ "name": n, "type": t, "value": v })).collect();
    match sub {
        Some(sub) => json!({ "name": name, "options": [{ "name": sub, "type": 1, "options": options }] }),
        None => json!({ "name": name, "options": options }),
    }
}

/// The id of the channel of this name.
pub fn channel_named(state: &Value, name: &str) -> String {
    let channels = state["world"]["channels"].as_array().unwrap();
    channels.iter().find(|c| c["name"] == name).unwrap()["id"].as_str().unwrap().to_owned()
}

/// The id of the persona with this role (`member`, `R5`, `moderator`).
pub fn persona(state: &Value, role: &str) -> String {
    let personas = state["personas"].as_array().unwrap();
    personas.iter().find(|p| p["role"] == role).unwrap()["id"].as_str().unwrap().to_owned()
}

/// Polls the guild until `done` holds (a worker answers after the interaction returns).
pub async fn until(base: &str, done: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..150 {
        let state = state(base).await;
        if done(&state) {
            return state;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the playground never got there: {}", state(base).await);
}

/// Every message, oldest first.
pub fn messages(state: &Value) -> Vec<Value> {
    state["world"]["messages"].as_array().unwrap().clone()
}

/// The last message whose text contains `text`.
pub fn message_with(state: &Value, text: &str) -> Option<Value> {
    messages(state).into_iter().rev().find(|m| m["content"].as_str().unwrap_or_default().contains(text))
}
