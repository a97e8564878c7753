//! Messages DWOS posts or edits, built from twilight-model's typed components.

use serde::Serialize;
use twilight_model::channel::message::component::{
    ActionRow, Button, ButtonStyle, SelectMenu, SelectMenuOption, SelectMenuType,
};
use twilight_model::channel::message::{AllowedMentions, Component, Embed};

/// The body of a posted message or an edited reply. It never pings anyone: DWOS writes
/// member names into texts, and those must not notify.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[must_use]
pub struct MessageBody {
    /// The text.
    pub content: String,
    /// Embeds (an edit with none removes the old ones).
    pub embeds: Vec<Embed>,
    /// Action rows (an edit with none removes the old buttons).
    pub components: Vec<Component>,
    /// "No mentions", except a role asked for with [`MessageBody::mentioning_role`].
    allowed_mentions: AllowedMentions,
    /// A nonce Discord dedupes posts by (with `enforce_nonce`): a re-sent post is not a new one.
    #[serde(skip_serializing_if = "Option::is_none")]
    nonce: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enforce_nonce: Option<bool>,
}

impl MessageBody {
    /// Plain text, no embeds, no components.
    pub fn text(content: impl Into<String>) -> Self {
        Self { content: content.into(), ..Self::default() }
    }

    /// Adds one action row.
    pub fn row(mut self, components: Vec<Component>) -> Self {
        self.components.push(Component::ActionRow(ActionRow { id: None, components }));
        self
    }

    /// Lets the message ping this role too (and no one else).
    pub fn mentioning_role(mut self, role: u64) -> Self {
        self.allowed_mentions.roles.push(twilight_model::id::Id::new(role.max(1)));
        self
    }

    /// Posts at most once per `nonce` (at most 25 characters): Discord answers a repeat with the
    /// first message instead of posting another.
    pub fn once(mut self, nonce: impl Into<String>) -> Self {
        self.nonce = Some(nonce.into());
        self.enforce_nonce = Some(true);
        self
    }

    /// Adds one embed.
    pub fn embed(mut self, embed: Embed) -> Self {
        self.embeds.push(embed);
        self
    }
}

/// A button with a custom id.
pub fn button(custom_id: impl Into<String>, label: impl Into<String>, style: ButtonStyle) -> Component {
    Component::Button(Button {
        id: None,
        custom_id: Some(custom_id.into()),
        disabled: false,
        emoji: None,
        label: Some(label.into()),
        style,
        url: None,
        sku_id: None,
    })
}

/// A string select menu of `(label, value)` options.
pub fn select(custom_id: impl Into<String>, placeholder: String, options: Vec<(String, String)>) -> Component {
    let options = options
        .into_iter()
        .map(|(label, value)| SelectMenuOption { default: false, description: None, emoji: None, label, value })
        .collect();
    Component::SelectMenu(SelectMenu {
        id: None,
        channel_types: None,
        custom_id: custom_id.into(),
        default_values: None,
        disabled: false,
        kind: SelectMenuType::Text,
        max_values: None,
        min_values: None,
        options: Some(options),
        placeholder: Some(placeholder),
        required: None,
    })
}

/// A channel select menu (text and announcement channels).
pub fn channel_select(custom_id: impl Into<String>, placeholder: String) -> Component {
    use twilight_model::channel::ChannelType;
    Component::SelectMenu(SelectMenu {
        id: None,
        channel_types: Some(vec![ChannelType::GuildText, ChannelType::GuildAnnouncement]),
        custom_id: custom_id.into(),
        default_values: None,
        disabled: false,
        kind: SelectMenuType::Channel,
        max_values: Some(1),
        min_values: Some(1),
        options: None,
        placeholder: Some(placeholder),
        required: None,
    })
}

/// A post's embed: title, text, its author's name and when it was written (Unix seconds).
pub fn post_embed(title: String, description: String, author: String, written_at: i64) -> Embed {
    use twilight_model::channel::message::embed::EmbedAuthor;
    use twilight_model::util::Timestamp;
    Embed {
        author: Some(EmbedAuthor { icon_url: None, name: author, proxy_icon_url: None, url: None }),
        timestamp: Timestamp::from_secs(written_at).ok(),
        ..embed(title, description, 0x3b82f6, Vec::new())
    }
}

/// An embed with a title, a description and inline `(name, value)` fields.
pub fn embed(title: String, description: String, color: u32, fields: Vec<(String, String)>) -> Embed {
    use twilight_model::channel::message::embed::EmbedField;
    Embed {
        author: None,
        color: Some(color),
        description: Some(description),
        fields: fields.into_iter().map(|(name, value)| EmbedField { inline: true, name, value }).collect(),
        footer: None,
        image: None,
        kind: "rich".to_owned(),
        provider: None,
        thumbnail: None,
        timestamp: None,
        title: Some(title),
        url: None,
        video: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn serializes_as_discord_expects() {
        let body = MessageBody::text("hi").row(vec![button("a:b", "Go", ButtonStyle::Success)]);
        let value = serde_json::to_value(&body).unwrap();
        assert_eq!(value["allowed_mentions"], json!({ "parse": [] }));
        assert_eq!(value["embeds"], json!([]));
        assert_eq!(value["components"][0]["type"], 1);
        assert_eq!(
            value["components"][0]["components"][0],
            json!({ "type": 2, "style": 3, "label": "Go", "custom_id": "a:b" })
        );
        let menu = serde_json::to_value(select("s", "pick".into(), vec![("L".into(), "v".into())])).unwrap();
        assert_eq!((menu["type"].as_u64(), menu["options"][0]["value"].as_str()), (Some(3), Some("v")));
    }
}
