//! The slash commands DWOS offers: one list, used by the router to dispatch and by
//! `dwos register-commands` to tell Discord, with names and descriptions from Fluent.

use dwos_i18n::{Catalog, DEFAULT_LOCALE, SHIPPED};
use serde_json::{Map, Value, json};

/// A slash command a feature owns: its name, where it may be used, who may use it and
/// its options. Registration, dispatch and `/help` all read the same specs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CommandSpec {
    /// The name Discord sends in interactions (never localized); Fluent ids
    /// `cmd-<name>-name` and `cmd-<name>-description` localize it.
    pub name: &'static str,
    /// Whether the command only makes sense inside a server.
    pub guild_only: bool,
    /// Whether only moderators (Manage Server) may use it; checked server-side too.
    pub moderator_only: bool,
    /// The command's options.
    pub options: &'static [CommandOption],
    /// Its subcommands (`/event create`), each with options; Fluent ids
    /// `cmd-<name>-<sub>-description` and `cmd-<name>-<sub>-<option>-description`.
    pub subcommands: &'static [Subcommand],
}

/// A subcommand: its name, its options, and which of them Discord asks DWOS to autocomplete.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subcommand {
    /// The name Discord sends (never localized).
    pub name: &'static str,
    /// Its options.
    pub options: &'static [CommandOption],
    /// The names of the options DWOS autocompletes.
    pub autocomplete: &'static [&'static str],
}

impl CommandSpec {
    /// A command anyone may use anywhere, without options.
    pub const fn open(name: &'static str) -> Self {
        Self { name, guild_only: false, moderator_only: false, options: &[], subcommands: &[] }
    }

    /// A command for members of a server, without options.
    pub const fn guild(name: &'static str) -> Self {
        Self { name, guild_only: true, moderator_only: false, options: &[], subcommands: &[] }
    }

    /// The command's registration JSON, localized.
    pub fn definition(&self, catalog: &Catalog) -> Value {
        let name_id = format!("cmd-{}-name", self.name);
        let description_id = format!("cmd-{}-description", self.name);
        // 0 = guild, 1 = bot DM, 2 = private channel (Discord's interaction context types).
        let contexts = if self.guild_only { json!([0]) } else { json!([0, 1, 2]) };
        let mut options: Vec<Value> =
            self.options.iter().map(|option| option_definition(catalog, self.name, option, &[])).collect();
        for sub in self.subcommands {
            let prefix = format!("{}-{}", self.name, sub.name);
            let description_id = format!("cmd-{prefix}-description");
            let nested: Vec<Value> = sub
                .options
                .iter()
                .map(|option| option_definition(catalog, &prefix, option, sub.autocomplete))
                .collect();
            options.push(json!({
                "type": 1,
                "name": sub.name,
                "description": catalog.text(DEFAULT_LOCALE, &description_id),
                "description_localizations": localizations(catalog, &description_id),
                "options": nested,
            }));
        }
        let definition = json!({
            "name": self.name,
            "type": 1,
            "description": catalog.text(DEFAULT_LOCALE, &description_id),
            "name_localizations": localizations(catalog, &name_id),
            "description_localizations": localizations(catalog, &description_id),
            "contexts": contexts,
            "integration_types": [0],
            "options": options,
        });
        // No `default_member_permissions` for moderator-only commands: DWOS's own moderator roles
        // and members (`/moderators`) must see them, and Discord's client-side hiding would need
        // every server to configure it; the router checks every use server-side.
        definition
    }
}

/// One option's registration JSON; `prefix` is `<command>` or `<command>-<subcommand>`.
fn option_definition(catalog: &Catalog, prefix: &str, option: &CommandOption, autocomplete: &[&str]) -> Value {
    let (kind, name, required, choices) = *option;
    let description_id = format!("cmd-{prefix}-{}-description", name.replace('_', "-"));
    let mut definition = json!({
        "type": kind,
        "name": name,
        "description": catalog.text(DEFAULT_LOCALE, &description_id),
        "description_localizations": localizations(catalog, &description_id),
        "required": required,
    });
    if kind == 4 {
        // Integers DWOS takes are counts and numbers from 1 (state numbers).
        definition["min_value"] = json!(1);
    }
    if !choices.is_empty() {
        definition["choices"] = choices.iter().map(|(label, value)| json!({ "name": label, "value": value })).collect();
    }
    if autocomplete.contains(&name) {
        definition["autocomplete"] = json!(true);
    }
    definition
}

/// An option: Discord's option type (3 string, 4 integer, 6 user, 7 channel, 8 role), name, whether
/// required, and fixed choices (label, value).
pub type CommandOption = (u8, &'static str, bool, &'static [(&'static str, &'static str)]);

/// The body of `PUT /applications/{id}/commands`: every command, localized.
pub fn definitions<'a>(catalog: &Catalog, commands: impl IntoIterator<Item = &'a CommandSpec>) -> Value {
    Value::Array(commands.into_iter().map(|c| c.definition(catalog)).collect())
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

    const SETUP: CommandSpec = CommandSpec {
        subcommands: &[],
        name: "setup",
        guild_only: true,
        moderator_only: true,
        options: &[(8, "role", false, &[]), (3, "language", false, &[("English", "en")])],
    };

    #[test]
    fn definitions_carry_contexts_permissions_and_localized_options() {
        let catalog = Catalog::load().unwrap();
        let list = definitions(&catalog, &[CommandSpec::open("help"), SETUP]);
        let (help, setup) = (&list[0], &list[1]);
        assert_eq!((help["name"].as_str(), &help["contexts"]), (Some("help"), &json!([0, 1, 2])));
        assert!(help.get("default_member_permissions").is_none());
        assert_eq!(&setup["contexts"], &json!([0]));
        assert!(setup.get("default_member_permissions").is_none(), "DWOS moderators without Manage Server see it");
        assert_eq!(setup["options"][1]["choices"][0], json!({ "name": "English", "value": "en" }));
        assert!(setup["name_localizations"].as_object().unwrap().contains_key("it"));
    }
}
