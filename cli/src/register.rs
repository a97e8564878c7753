//! `dwos register-commands`: bulk-overwrite the application's slash commands.

use dwos_core::{ApplicationId, GuildId};
use dwos_discord::{RestClient, RestError, commands};
use dwos_i18n::Catalog;

/// Sends every command definition (localized) to Discord, globally or to one guild
/// (guild commands update instantly, handy while developing).
pub async fn register(
    rest: &RestClient,
    catalog: &Catalog,
    app: ApplicationId,
    guild: Option<GuildId>,
) -> Result<Vec<String>, RestError> {
    let registered =
        rest.put_commands(app, guild, &commands::definitions(catalog, dwos_handlers::registry::commands())).await?;
    Ok(registered
        .as_array()
        .map(|list| list.iter().filter_map(|c| c["name"].as_str().map(str::to_owned)).collect())
        .unwrap_or_default())
}
