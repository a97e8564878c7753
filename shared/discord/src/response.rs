//! Interaction responses, built from twilight-model types and serialized once.

use twilight_model::application::command::{CommandOptionChoice, CommandOptionChoiceValue};
use twilight_model::channel::message::MessageFlags;
use twilight_model::channel::message::component::{
    ActionRow, Button, ButtonStyle, Component, TextInput, TextInputStyle,
};
use twilight_model::http::interaction::{InteractionResponse, InteractionResponseData, InteractionResponseType};

/// `{"type":1}`: the answer to Discord's PING.
pub fn pong() -> InteractionResponse {
    InteractionResponse { kind: InteractionResponseType::Pong, data: None }
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

/// A message with one embed shown at once (type 4).
pub fn message_with_embed(
    content: String,
    embed: twilight_model::channel::message::Embed,
    ephemeral: bool,
) -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::ChannelMessageWithSource,
        data: Some(InteractionResponseData {
            content: Some(content),
            embeds: Some(vec![embed]),
            flags: ephemeral.then_some(MessageFlags::EPHEMERAL),
            ..Default::default()
        }),
    }
}

/// "DWOS is thinking…" (type 5); a worker edits it within 15 minutes.
pub fn deferred(ephemeral: bool) -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::DeferredChannelMessageWithSource,
        data: ephemeral.then(|| InteractionResponseData { flags: Some(MessageFlags::EPHEMERAL), ..Default::default() }),
    }
}

/// Acknowledges a button now and edits its message later (type 6).
pub fn deferred_update() -> InteractionResponse {
    InteractionResponse { kind: InteractionResponseType::DeferredUpdateMessage, data: None }
}

/// A message shown at once (type 4) with one row of buttons `(custom_id, label)`.
pub fn message_with_buttons(content: String, buttons: Vec<(String, String)>, ephemeral: bool) -> InteractionResponse {
    let mut response = update_with_buttons(content, buttons);
    response.kind = InteractionResponseType::ChannelMessageWithSource;
    if let Some(data) = response.data.as_mut() {
        data.flags = ephemeral.then_some(MessageFlags::EPHEMERAL);
        data.embeds = None;
    }
    response
}

/// Replaces the message a button sits on, removing its buttons (type 7).
pub fn update_message(content: String) -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::UpdateMessage,
        data: Some(InteractionResponseData {
            content: Some(content),
            components: Some(Vec::new()),
            embeds: Some(Vec::new()),
            ..Default::default()
        }),
    }
}

/// Replaces the message a button sits on with text and a row of buttons
/// (`(custom_id, label)`, primary style) (type 7).
pub fn update_with_buttons(content: String, buttons: Vec<(String, String)>) -> InteractionResponse {
    let buttons = buttons
        .into_iter()
        .map(|(custom_id, label)| {
            Component::Button(Button {
                id: None,
                custom_id: Some(custom_id),
                disabled: false,
                emoji: None,
                label: Some(label),
                style: ButtonStyle::Primary,
                url: None,
                sku_id: None,
            })
        })
        .collect();
    InteractionResponse {
        kind: InteractionResponseType::UpdateMessage,
        data: Some(InteractionResponseData {
            content: Some(content),
            components: Some(vec![Component::ActionRow(ActionRow { id: None, components: buttons })]),
            embeds: Some(Vec::new()),
            ..Default::default()
        }),
    }
}

/// A text field of a [`modal`].
pub struct TextField {
    /// Its custom id (read back with `Incoming::modal_value`).
    pub custom_id: &'static str,
    /// Label above it.
    pub label: String,
    /// Grey hint inside it.
    pub placeholder: String,
    /// Shortest accepted value.
    pub min_length: u16,
    /// Longest accepted value.
    pub max_length: u16,
}

/// A one-field form (type 9): the text input's value comes back in a modal submit.
pub fn modal(custom_id: &str, title: String, input: TextField) -> InteractionResponse {
    form(custom_id, title, vec![(input, None, true)])
}

/// A form of up to five fields, each with an optional pre-filled value and whether it is required.
pub fn form(custom_id: &str, title: String, fields: Vec<(TextField, Option<String>, bool)>) -> InteractionResponse {
    let rows = fields
        .into_iter()
        .map(|(input, value, required)| {
            // Discord still accepts labelled text inputs in action rows, which every client renders.
            #[allow(deprecated)]
            let text_input = TextInput {
                id: None,
                custom_id: input.custom_id.to_owned(),
                label: Some(input.label),
                max_length: Some(input.max_length),
                min_length: Some(input.min_length),
                placeholder: Some(input.placeholder),
                required: Some(required),
                // Long answers (a news body) get the multi-line box.
                style: if input.max_length > 200 { TextInputStyle::Paragraph } else { TextInputStyle::Short },
                value,
            };
            Component::ActionRow(ActionRow { id: None, components: vec![Component::TextInput(text_input)] })
        })
        .collect();
    InteractionResponse {
        kind: InteractionResponseType::Modal,
        data: Some(InteractionResponseData {
            custom_id: Some(custom_id.to_owned()),
            title: Some(title),
            components: Some(rows),
            ..Default::default()
        }),
    }
}

/// No autocomplete suggestions (type 8).
pub fn no_choices() -> InteractionResponse {
    InteractionResponse {
        kind: InteractionResponseType::ApplicationCommandAutocompleteResult,
        data: Some(InteractionResponseData { choices: Some(Vec::new()), ..Default::default() }),
    }
}

/// Autocomplete suggestions (type 8): at most 25 (label, value) pairs.
pub fn choices(options: impl IntoIterator<Item = (String, String)>) -> InteractionResponse {
    let choices = options
        .into_iter()
        .take(25)
        .map(|(name, value)| CommandOptionChoice {
            name,
            name_localizations: None,
            value: CommandOptionChoiceValue::String(value),
        })
        .collect();
    InteractionResponse {
        kind: InteractionResponseType::ApplicationCommandAutocompleteResult,
        data: Some(InteractionResponseData { choices: Some(choices), ..Default::default() }),
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
        assert_eq!(value(&deferred(true)), json!({"type": 5, "data": {"flags": 64}}));
        assert_eq!(value(&message("hi".into(), true)), json!({"type": 4, "data": {"content": "hi", "flags": 64}}));
        assert_eq!(value(&message("hi".into(), false)), json!({"type": 4, "data": {"content": "hi"}}));
        assert_eq!(value(&no_choices()), json!({"type": 8, "data": {"choices": []}}));
        assert_eq!(value(&deferred_update()), json!({"type": 6}));
        assert_eq!(
            value(&update_message("ok".into())),
            json!({"type": 7, "data": {"content": "ok", "components": [], "embeds": []}})
        );
        let field = TextField {
            custom_id: "game_id",
            label: "ID".into(),
            placeholder: "123".into(),
            min_length: 5,
            max_length: 12,
        };
        assert_eq!(
            value(&modal("verify:modal", "Verify".into(), field)),
            json!({"type": 9, "data": {"custom_id": "verify:modal", "title": "Verify", "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": "game_id", "label": "ID", "style": 1,
                 "min_length": 5, "max_length": 12, "placeholder": "123", "required": true}]}]}})
        );
    }
}
