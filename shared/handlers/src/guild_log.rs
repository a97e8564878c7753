//! Lines in a guild's log channel, in the guild's language.

use crate::deps::WorkerDeps;
use dwos_core::ChannelId;
use dwos_core::model::GuildConfig;
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use twilight_model::channel::message::component::ButtonStyle;

/// Posts a localized line in the guild's log channel, if one is set; a failure is only
/// logged, since the log channel is a courtesy, not part of the job.
pub async fn post(deps: &WorkerDeps, config: Option<&GuildConfig>, id: &str, args: &[(&str, String)]) {
    let channel = config.and_then(|c| c.log_channel_id);
    post_in(deps, channel, config, id, args, &[]).await;
}

/// Posts a localized line in `channel` (nothing when `None`), in the guild's language, with
/// buttons under it: `(custom_id, label message id, style)`. A failure is only logged.
pub async fn post_in(
    deps: &WorkerDeps,
    channel: Option<ChannelId>,
    config: Option<&GuildConfig>,
    id: &str,
    args: &[(&str, String)],
    buttons: &[(String, &str, ButtonStyle)],
) {
    let Some(channel) = channel else { return };
    let locale = deps.catalog.resolve([config.and_then(|c| c.default_locale.as_deref())]);
    let mut body = MessageBody::text(deps.catalog.format_with(locale, id, args));
    if !buttons.is_empty() {
        let row = buttons
            .iter()
            .map(|(custom_id, label, style)| button(custom_id.clone(), deps.catalog.text(locale, label), *style));
        body = body.row(row.collect());
    }
    if let Err(err) = deps.rest.send_message(channel, &body).await {
        tracing::warn!(error = %err, id, "cannot post in a guild channel");
    }
}
