//! Lines in a guild's log channel, in the guild's language.

use crate::deps::WorkerDeps;
use dwos_core::model::GuildConfig;
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use twilight_model::channel::message::component::ButtonStyle;

/// Posts a localized line in the guild's log channel, if one is set; a failure is only
/// logged, since the log channel is a courtesy, not part of the job.
pub async fn post(deps: &WorkerDeps, config: Option<&GuildConfig>, id: &str, args: &[(&str, String)]) {
    post_with_button(deps, config, id, args, None).await;
}

/// Like [`post`], with one button under the line: `(custom_id, label message id)`.
pub async fn post_with_button(
    deps: &WorkerDeps,
    config: Option<&GuildConfig>,
    id: &str,
    args: &[(&str, String)],
    button_spec: Option<(String, &str)>,
) {
    let Some((channel, config)) = config.and_then(|c| Some((c.log_channel_id?, c))) else { return };
    let locale = deps.catalog.resolve([config.default_locale.as_deref()]);
    let mut body = MessageBody::text(deps.catalog.format_with(locale, id, args));
    if let Some((custom_id, label)) = button_spec {
        body = body.row(vec![button(custom_id, deps.catalog.text(locale, label), ButtonStyle::Primary)]);
    }
    if let Err(err) = deps.rest.send_message(channel, &body).await {
        tracing::warn!(error = %err, "cannot write to the log channel");
    }
}
