//! Interaction responses, built from twilight-model types and serialized once.

use twilight_model::channel::message::MessageFlags;
use twilight_model::http::interaction::{
    InteractionResponse, InteractionResponseData, InteractionResponseType,
};

/// `{"type":1}`: the answer to Discord's PING.
pub fn pong() -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::Pong,
        data: None,
    }
}

/// A message shown at once (type 4); ephemeral messages only the user sees.
pub fn message(content: String, ephemeral: bool) -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::ChannelMessageWithSource,
        data: Some(InteractionResponseData {
            content: Some(content),
            flags: ephemeral.then_some(MessageFlags::EPHEMERAL),
            ..Default::default()
        }),
    }
}

/// "DWOS is thinking…" (type 5); a worker edits it within 15 minutes.
pub fn deferred(ephemeral: bool) -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::DeferredChannelMessageWithSource,
        data: ephemeral.then(|| InteractionResponseData {
            flags: Some(MessageFlags::EPHEMERAL),
            ..Default::default()
        }),
    }
}

/// No autocomplete suggestions (type 8).
pub fn no_choices() -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::ApplicationCommandAutocompleteResult,
        data: Some(InteractionResponseData {
            choices: Some(Vec::new()),
            ..Default::default()
        }),
    }
}

/// The JSON body of a response.
pub fn to_json(response: &InteractionResponse) -> Vec<u8> {
    // Plain data with string keys: serialization cannot fail.
    serde_json::to_vec(response).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn value(response: &InteractionResponse) -> Value {
        serde_json::from_slice(&to_json(response)).unwrap()
    }

    #[test]
    fn serializes_like_discord_documents() {
        assert_eq!(value(&pong()), json!({"type": 1}));
        assert_eq!(value(&deferred(false)), json!({"type": 5}));
        assert_eq!(
            value(&deferred(true)),
            json!({"type": 5, "data": {"flags": 64}})
        );
        assert_eq!(
            value(&message("hi".into(), true)),
            json!({"type": 4, "data": {"content": "hi", "flags": 64}})
        );
        assert_eq!(
            value(&message("hi".into(), false)),
            json!({"type": 4, "data": {"content": "hi"}})
        );
        assert_eq!(
            value(&no_choices()),
            json!({"type": 8, "data": {"choices": []}})
        );
    }
}
