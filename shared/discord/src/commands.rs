//! The slash commands DWOS offers: one list, used by the router to dispatch and by
//! `dwos register-commands` to tell Discord, with names and descriptions from Fluent.

use dwos_i18n::{Catalog, DEFAULT_LOCALE, SHIPPED};
use serde_json::{Map, Value, json};

/// A slash command DWOS handles, by its registered (English) name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommandName {
    /// `/help`: answered inline.
    Help,
    /// `/stats`: deferred to the stats worker.
    Stats,
    /// `/verify`: opens the game-id modal.
    Verify,
    /// `/reverify`: refreshes the linked account.
    Reverify,
    /// `/setup` (Manage Server): verified role, log channel, language, verification panel.
    Setup,
    /// `/unlink` (Manage Server): frees a member's game id.
    Unlink,
    /// `/privacy`: what DWOS stores, answered inline.
    Privacy,
}

impl CommandName {
    /// Every command, in registration order.
    pub const ALL: [CommandName; 7] = [
        CommandName::Help,
        CommandName::Stats,
        CommandName::Verify,
        CommandName::Reverify,
        CommandName::Setup,
        CommandName::Unlink,
        CommandName::Privacy,
    ];

    /// The name Discord sends in interactions (never localized).
    pub fn name(self) -> &'static str {
        match self {
            CommandName::Help => "help",
            CommandName::Stats => "stats",
            CommandName::Verify => "verify",
            CommandName::Reverify => "reverify",
            CommandName::Setup => "setup",
            CommandName::Unlink => "unlink",
            CommandName::Privacy => "privacy",
        }
    }

    /// The command for a name from an interaction.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.name() == name)
    }

    /// Whether the command only makes sense inside a server.
    pub fn guild_only(self) -> bool {
        !matches!(self, CommandName::Help | CommandName::Privacy)
    }

    /// Whether only moderators (Manage Server) may use it; checked server-side too.
    pub fn moderator_only(self) -> bool {
        matches!(self, CommandName::Setup | CommandName::Unlink)
    }

    /// The command's options: (type, name, required, choices as (label, value)).
    fn options(self) -> &'static [CommandOption] {
        // Option types: 3 string, 6 user, 7 channel, 8 role.
        match self {
            CommandName::Setup => &[
                (8, "role", false, &[]),
                (7, "log_channel", false, &[]),
                (3, "language", false, &[("English", "en"), ("Italiano", "it")]),
            ],
            CommandName::Unlink => &[(6, "member", true, &[])],
            _ => &[],
        }
    }

    fn definition(self, catalog: &Catalog) -> Value {
        let name_id = format!("cmd-{}-name", self.name());
        let description_id = format!("cmd-{}-description", self.name());
        // 0 = guild, 1 = bot DM, 2 = private channel (Discord's interaction context types).
        let contexts = if self.guild_only() { json!([0]) } else { json!([0, 1, 2]) };
        let options: Vec<Value> = self
            .options()
            .iter()
            .map(|(kind, name, required, choices)| {
                let description_id = format!("cmd-{}-{}-description", self.name(), name.replace('_', "-"));
                let mut option = json!({
                    "type": kind,
                    "name": name,
                    "description": catalog.text(DEFAULT_LOCALE, &description_id),
                    "description_localizations": localizations(catalog, &description_id),
                    "required": required,
                });
                if !choices.is_empty() {
                    option["choices"] =
                        choices.iter().map(|(label, value)| json!({ "name": label, "value": value })).collect();
                }
                option
            })
            .collect();
        let mut definition = json!({
            "name": self.name(),
            "type": 1,
            "description": catalog.text(DEFAULT_LOCALE, &description_id),
            "name_localizations": localizations(catalog, &name_id),
            "description_localizations": localizations(catalog, &description_id),
            "contexts": contexts,
            "integration_types": [0],
            "options": options,
        });
        if self.moderator_only() {
            // Hides the command from members without Manage Server (0x20); the router checks too.
            definition["default_member_permissions"] = json!("32");
        }
        definition
    }
}

/// An option: Discord's option type, name, whether required, and fixed choices (label, value).
type CommandOption = (u8, &'static str, bool, &'static [(&'static str, &'static str)]);

/// The body of `PUT /applications/{id}/commands`: every command, localized.
pub fn definitions(catalog: &Catalog) -> Value {
    Value::Array(CommandName::ALL.iter().map(|c| c.definition(catalog)).collect())
}

/// `{discord_locale: text}` for every shipped non-default language that has `id`.
fn localizations(catalog: &Catalog, id: &str) -> Value {
    let mut map = Map::new();
    for locale in SHIPPED.iter().filter(|l| l.tag != DEFAULT_LOCALE) {
        if let Some(text) = catalog.try_format(locale.tag, id, None) {
            for code in locale.discord_codes {
                map.insert((*code).to_owned(), Value::String(text.clone()));
            }
        }
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_router_command_is_registered_with_valid_localized_names() {
        let catalog = Catalog::load().unwrap();
        let definitions = definitions(&catalog);
        let list = definitions.as_array().unwrap();
        assert_eq!(list.len(), CommandName::ALL.len());
        for (definition, command) in list.iter().zip(CommandName::ALL) {
            assert_eq!(definition["name"], command.name());
            assert_eq!(CommandName::from_name(command.name()), Some(command));
            let options = definition["options"].as_array().unwrap();
            for described in std::iter::once(definition).chain(options) {
                let localized = described["description_localizations"].as_object().unwrap().values();
                for text in std::iter::once(&described["description"]).chain(localized).map(|d| d.as_str().unwrap()) {
                    // Discord's limit for command and option descriptions.
                    assert!((1..=100).contains(&text.chars().count()), "{text}");
                }
            }
            let names = definition["name_localizations"].as_object().unwrap();
            assert!(names.contains_key("it"), "{definition}");
            for name in names.values().map(|v| v.as_str().unwrap()) {
                // Discord's rule for command names: lowercase, no spaces, 1-32 characters.
                let valid = (1..=32).contains(&name.chars().count())
                    && name.chars().all(|c| c == '-' || c == '_' || c.is_alphanumeric())
                    && name.to_lowercase() == name;
                assert!(valid, "invalid localized name {name:?}");
            }
        }
        assert_eq!(definitions[1]["contexts"], json!([0]), "/stats is guild-only");
    }
}
