//! Incoming interactions: parsed with twilight-model, read through a few accessors.

use dwos_core::{ApplicationId, ChannelId, GuildId, InteractionId, InteractionToken, RoleId, UserId};
use twilight_model::application::interaction::application_command::{CommandDataOption, CommandOptionValue};
use twilight_model::application::interaction::modal::ModalInteractionComponent;
use twilight_model::application::interaction::{Interaction, InteractionData, InteractionType};
use twilight_model::guild::Permissions;

/// A verified body that is not an interaction DWOS understands (answered with 400).
#[derive(Debug, thiserror::Error)]
#[error("not a Discord interaction: {0}")]
pub struct ParseError(#[from] serde_json::Error);

/// What the interaction asks for, by Discord's interaction type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent<'a> {
    /// Discord checking the endpoint.
    Ping,
    /// A slash command, by its (unlocalized) name.
    Command(&'a str),
    /// Autocomplete for a command option.
    Autocomplete(&'a str),
    /// A button or select menu, by custom id.
    Component(&'a str),
    /// A submitted modal, by custom id.
    Modal(&'a str),
}

/// A role picked in a command option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleOption {
    /// The role.
    pub id: RoleId,
    /// Its permission bits, if Discord resolved the role.
    pub permissions: Option<u64>,
    /// Whether a bot or integration manages it (nobody can hand it out).
    pub managed: bool,
    /// Its position in the role list, if resolved.
    pub position: Option<i64>,
    /// Whether anyone may mention it.
    pub mentionable: bool,
}

/// A parsed interaction.
#[derive(Debug, Clone)]
pub struct Incoming(pub Interaction);

impl Incoming {
    /// Parses a verified request body.
    pub fn parse(body: &[u8]) -> Result<Self, ParseError> {
        Ok(Self(serde_json::from_slice(body)?))
    }

    /// What the interaction asks for.
    pub fn intent(&self) -> Intent<'_> {
        let data = self.0.data.as_ref();
        match (self.0.kind, data) {
            (InteractionType::Ping, _) => Intent::Ping,
            (InteractionType::ApplicationCommandAutocomplete, Some(InteractionData::ApplicationCommand(c))) => {
                Intent::Autocomplete(&c.name)
            }
            (_, Some(InteractionData::ApplicationCommand(c))) => Intent::Command(&c.name),
            (_, Some(InteractionData::MessageComponent(c))) => Intent::Component(&c.custom_id),
            (_, Some(InteractionData::ModalSubmit(m))) => Intent::Modal(&m.custom_id),
            // twilight requires `data` for every other type; an empty id routes to "unknown".
            _ => Intent::Component(""),
        }
    }

    /// The interaction id, also the correlation id of everything it causes.
    pub fn id(&self) -> InteractionId {
        InteractionId(self.0.id.get())
    }

    /// The token for follow-ups and editing the deferred reply.
    pub fn token(&self) -> InteractionToken {
        InteractionToken::new(self.0.token.clone())
    }

    /// The application the interaction was sent to.
    pub fn application_id(&self) -> ApplicationId {
        ApplicationId(self.0.application_id.get())
    }

    /// The guild, absent in DMs.
    pub fn guild_id(&self) -> Option<GuildId> {
        self.0.guild_id.map(|id| GuildId(id.get()))
    }

    /// The channel the interaction came from.
    pub fn channel_id(&self) -> Option<ChannelId> {
        #[allow(deprecated)]
        let legacy = self.0.channel_id;
        self.0.channel.as_ref().map(|c| c.id).or(legacy).map(|id| ChannelId(id.get()))
    }

    /// The user: the member's user in a guild, the user in a DM.
    pub fn user_id(&self) -> Option<UserId> {
        self.0.member.as_ref().and_then(|m| m.user.as_ref()).or(self.0.user.as_ref()).map(|u| UserId(u.id.get()))
    }

    /// The roles of the member who acted (guilds only).
    pub fn member_roles(&self) -> Vec<dwos_core::RoleId> {
        self.0.member.as_ref().map(|m| m.roles.iter().map(|r| dwos_core::RoleId(r.get())).collect()).unwrap_or_default()
    }

    /// The name the acting member shows: server nickname, display name, then username.
    pub fn display_name(&self) -> Option<String> {
        let member = self.0.member.as_ref();
        let user = member.and_then(|m| m.user.as_ref()).or(self.0.user.as_ref());
        member
            .and_then(|m| m.nick.clone())
            .or_else(|| user.and_then(|u| u.global_name.clone()))
            .or_else(|| user.map(|u| u.name.clone()))
    }

    /// The member's permissions in the channel, as Discord computed them (guilds only).
    pub fn member_permissions(&self) -> Option<Permissions> {
        self.0.member.as_ref().and_then(|m| m.permissions)
    }

    /// The values picked in a select menu.
    pub fn selected(&self) -> &[String] {
        match self.0.data.as_ref() {
            Some(InteractionData::MessageComponent(component)) => &component.values,
            _ => &[],
        }
    }

    /// The value typed into a modal's text input, by its custom id.
    pub fn modal_value(&self, custom_id: &str) -> Option<&str> {
        let Some(InteractionData::ModalSubmit(modal)) = self.0.data.as_ref() else {
            return None;
        };
        modal.components.iter().find_map(|c| text_input(c, custom_id))
    }

    /// A command option that names a user, role or channel, as a plain id.
    pub fn option_id(&self, name: &str) -> Option<u64> {
        match &self.option(name)?.value {
            CommandOptionValue::User(id) => Some(id.get()),
            CommandOptionValue::Role(id) => Some(id.get()),
            CommandOptionValue::Channel(id) => Some(id.get()),
            _ => None,
        }
    }

    /// A role command option with what the interaction resolved about it.
    pub fn option_role(&self, name: &str) -> Option<RoleOption> {
        let CommandOptionValue::Role(id) = self.option(name)?.value else { return None };
        let Some(InteractionData::ApplicationCommand(command)) = self.0.data.as_ref() else { return None };
        let role = command.resolved.as_ref().and_then(|r| r.roles.get(&id));
        Some(RoleOption {
            id: RoleId(id.get()),
            permissions: role.map(|r| r.permissions.bits()),
            managed: role.is_some_and(|r| r.managed),
            position: role.map(|r| r.position),
            mentionable: role.is_some_and(|r| r.mentionable),
        })
    }

    /// Whether the member may post in `channel`: View Channel and Send Messages there (what
    /// Discord resolved for a channel option), or in the interaction's own channel.
    pub fn can_post_in(&self, channel: ChannelId) -> bool {
        let needed = Permissions::VIEW_CHANNEL | Permissions::SEND_MESSAGES;
        let resolved = match self.0.data.as_ref() {
            Some(InteractionData::ApplicationCommand(command)) => command
                .resolved
                .as_ref()
                .and_then(|r| r.channels.iter().find(|(id, _)| id.get() == channel.0).map(|(_, c)| c.permissions)),
            // A channel picked in a select menu comes with the member's permissions there too.
            Some(InteractionData::MessageComponent(component)) => component
                .resolved
                .as_ref()
                .and_then(|r| r.channels.iter().find(|(id, _)| id.get() == channel.0).map(|(_, c)| c.permissions)),
            _ => None,
        };
        let permissions = match resolved {
            Some(permissions) => Some(permissions),
            // The member's permissions in the interaction's channel, overwrites included.
            None if self.channel_id() == Some(channel) => self.member_permissions(),
            None => None,
        };
        permissions.is_some_and(|p| p.contains(Permissions::ADMINISTRATOR) || p.contains(needed))
    }

    /// Whether the member may mention every role (Mention Everyone or Administrator).
    pub fn can_mention_roles(&self) -> bool {
        self.member_permissions()
            .is_some_and(|p| p.intersects(Permissions::MENTION_EVERYONE | Permissions::ADMINISTRATOR))
    }

    /// A boolean command option.
    pub fn option_bool(&self, name: &str) -> Option<bool> {
        match &self.option(name)?.value {
            CommandOptionValue::Boolean(value) => Some(*value),
            _ => None,
        }
    }

    /// A string command option.
    pub fn option_str(&self, name: &str) -> Option<&str> {
        match &self.option(name)?.value {
            CommandOptionValue::String(value) => Some(value),
            _ => None,
        }
    }

    /// An integer command option.
    pub fn option_int(&self, name: &str) -> Option<i64> {
        match &self.option(name)?.value {
            CommandOptionValue::Integer(value) => Some(*value),
            _ => None,
        }
    }

    /// The subcommand used (`create` in `/event create`), if any.
    pub fn subcommand(&self) -> Option<&str> {
        let Some(InteractionData::ApplicationCommand(command)) = self.0.data.as_ref() else { return None };
        command
            .options
            .iter()
            .find_map(|o| matches!(o.value, CommandOptionValue::SubCommand(_)).then_some(o.name.as_str()))
    }

    /// The option being typed in an autocomplete request: its name and text so far.
    pub fn focused(&self) -> Option<(&str, &str)> {
        self.options().iter().find_map(|o| match &o.value {
            CommandOptionValue::Focused(text, _) => Some((o.name.as_str(), text.as_str())),
            _ => None,
        })
    }

    /// The options given: the subcommand's, when one is used.
    fn options(&self) -> &[CommandDataOption] {
        let Some(InteractionData::ApplicationCommand(command)) = self.0.data.as_ref() else { return &[] };
        command
            .options
            .iter()
            .find_map(|o| match &o.value {
                CommandOptionValue::SubCommand(nested) => Some(nested.as_slice()),
                _ => None,
            })
            .unwrap_or(&command.options)
    }

    fn option(&self, name: &str) -> Option<&CommandDataOption> {
        self.options().iter().find(|o| o.name == name)
    }

    /// Whether the member may manage roles (Manage Roles or Administrator).
    pub fn can_manage_roles(&self) -> bool {
        self.member_permissions().is_some_and(|p| p.intersects(Permissions::MANAGE_ROLES | Permissions::ADMINISTRATOR))
    }

    /// Whether the member is an Administrator.
    pub fn is_admin(&self) -> bool {
        self.member_permissions().is_some_and(|p| p.contains(Permissions::ADMINISTRATOR))
    }

    /// Whether the member may moderate (Manage Server or Administrator), per the permissions
    /// Discord computed for this interaction: never trust the client-side command hiding.
    pub fn is_moderator(&self) -> bool {
        self.member_permissions().is_some_and(|p| p.intersects(Permissions::MANAGE_GUILD | Permissions::ADMINISTRATOR))
    }

    /// Locale candidates, most specific first: the user's, then the guild's.
    pub fn locales(&self) -> [Option<&str>; 2] {
        [self.0.locale.as_deref(), self.0.guild_locale.as_deref()]
    }
}

/// Finds a text input's value inside action rows and labels.
fn text_input<'a>(component: &'a ModalInteractionComponent, custom_id: &str) -> Option<&'a str> {
    match component {
        ModalInteractionComponent::TextInput(input) if input.custom_id == custom_id => Some(&input.value),
        ModalInteractionComponent::ActionRow(row) => row.components.iter().find_map(|c| text_input(c, custom_id)),
        ModalInteractionComponent::Label(label) => text_input(&label.component, custom_id),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn command(name: &str, extra: &str) -> Vec<u8> {
        format!(
            r#"{{"type":2,"id":"10","application_id":"20","token":"tok","version":1,"authorizing_integration_owners":{{}},
            "data":{{"id":"30","name":"{name}","type":1}}{extra}}}"#
        )
        .into_bytes()
    }

    #[test]
    fn reads_a_guild_command() {
        let extra = r#","guild_id":"40","channel":{"id":"50","type":0},"locale":"it","guild_locale":"en-US",
            "member":{"user":{"id":"60","username":"bear","discriminator":"0","avatar":null},
            "roles":[],"joined_at":null,"deaf":false,"mute":false,"flags":0,"permissions":"32"}"#;
        let incoming = Incoming::parse(&command("stats", extra)).unwrap();
        assert_eq!(incoming.intent(), Intent::Command("stats"));
        assert_eq!(incoming.id(), InteractionId(10));
        assert_eq!(incoming.application_id(), ApplicationId(20));
        assert_eq!(incoming.guild_id(), Some(GuildId(40)));
        assert_eq!(incoming.channel_id(), Some(ChannelId(50)));
        assert_eq!(incoming.user_id(), Some(UserId(60)));
        assert_eq!(incoming.locales(), [Some("it"), Some("en-US")]);
        assert_eq!(incoming.member_permissions(), Some(Permissions::MANAGE_GUILD));
        assert_eq!(incoming.token().expose(), "tok");
    }

    #[test]
    fn reads_a_dm_user_and_ping() {
        let extra = r#","user":{"id":"61","username":"fox","discriminator":"0","avatar":null}"#;
        let incoming = Incoming::parse(&command("help", extra)).unwrap();
        assert_eq!(incoming.user_id(), Some(UserId(61)));
        assert_eq!(incoming.guild_id(), None);
        let ping = Incoming::parse(
            br#"{"type":1,"id":"1","application_id":"2","token":"t","version":1,"authorizing_integration_owners":{}}"#,
        )
        .unwrap();
        assert_eq!(ping.intent(), Intent::Ping);
    }

    #[test]
    fn reads_modal_values_inside_rows() {
        let body =
            br#"{"type":5,"id":"1","application_id":"2","token":"t","version":1,"authorizing_integration_owners":{},
            "data":{"custom_id":"verify:modal","components":[{"type":1,"id":1,"components":[
                {"type":4,"id":2,"custom_id":"game_id","value":" 12345678 "}]}]}}"#;
        let incoming = Incoming::parse(body).unwrap();
        assert_eq!(incoming.intent(), Intent::Modal("verify:modal"));
        assert_eq!(incoming.modal_value("game_id"), Some(" 12345678 "));
        assert_eq!(incoming.modal_value("other"), None);
    }

    #[test]
    fn rejects_what_is_not_an_interaction() {
        for body in [&b"not json"[..], b"{}", br#"{"type":99,"id":"1","application_id":"2","token":"t"}"#, b"[1,2]"] {
            assert!(Incoming::parse(body).is_err(), "{}", String::from_utf8_lossy(body));
        }
    }
}
