//! Lines in a guild's log channel, in the guild's language.

use crate::WorkerDeps;
use dwos_core::GuildId;
use dwos_i18n::FluentArgs;

/// Posts a localized line in the guild's log channel, if one is set; a failure is only
/// logged, since the log channel is a courtesy, not part of the job.
pub async fn post(deps: &WorkerDeps, guild: GuildId, id: &str, args: &[(&str, String)]) {
    let Ok(Some(config)) = deps.store.guild_config(guild).await else { return };
    let Some(channel) = config.log_channel_id else { return };
    let locale = deps.catalog.resolve([config.default_locale.as_deref()]);
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, value.clone());
    }
    let text = deps.catalog.format(locale, id, Some(&fluent));
    if let Err(err) = deps.rest.send_message(channel, &text).await {
        tracing::warn!(error = %err, "cannot write to the log channel");
    }
}
