//! Lines in a guild's log channel, in the guild's language.

use crate::WorkerDeps;
use dwos_core::model::GuildConfig;

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
    button: Option<(String, &str)>,
) {
    let Some((channel, config)) = config.and_then(|c| Some((c.log_channel_id?, c))) else { return };
    let locale = deps.catalog.resolve([config.default_locale.as_deref()]);
    let text = deps.catalog.format_with(locale, id, args);
    let mut body = serde_json::json!({ "content": text, "allowed_mentions": { "parse": [] } });
    if let Some((custom_id, label)) = button {
        let label = deps.catalog.text(locale, label);
        body["components"] = serde_json::json!([{ "type": 1, "components": [{ "type": 2, "style": 1, "custom_id": custom_id, "label": label }] }]);
    }
    if let Err(err) = deps.rest.send_message_with(channel, &body).await {
        tracing::warn!(error = %err, "cannot write to the log channel");
    }
}
