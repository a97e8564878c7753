//! Inline answers of `/moderators`, `/news` and the news components: who may is checked
//! server-side here, every time, whatever the client showed.

use super::steps::{ModerationStep, ModeratorChange};
use crate::router::{Inline, Reply};
use dwos_core::{ChannelId, JobKind, RoleId, UserId};
use dwos_discord::message::post_embed;
use dwos_discord::response::{self, TextField};

/// The custom-id prefix of the news components and forms.
pub(super) const PREFIX: &str = "news";

/// The languages a news post can be translated into (the tags DWOS speaks or will).
pub(super) const LANGUAGES: [&str; 11] = ["en", "it", "ko", "zh", "ja", "ar", "es", "de", "fr", "ru", "uk"];

/// Longest title (Discord's embed title limit).
const MAX_TITLE: u16 = 256;
/// Longest body (Discord's text input limit; embeds take 4096).
const MAX_BODY: u16 = 4000;

fn news_form(cx: &Inline<'_>, custom_id: &str, with_language: bool) -> Reply {
    let field = |custom_id, label: &str, placeholder: &str, max_length| TextField {
        custom_id,
        label: cx.text(label),
        placeholder: cx.text(placeholder),
        min_length: 1,
        max_length,
    };
    let mut fields = Vec::new();
    if with_language {
        fields.push((field("language", "news-language-label", "news-language-placeholder", 2), None, true));
    }
    fields.push((field("title", "news-title-label", "news-title-placeholder", MAX_TITLE), None, true));
    fields.push((field("body", "news-body-label", "news-body-placeholder", MAX_BODY), None, true));
    Reply::new(response::form(custom_id, cx.text("news-modal-title"), fields), "modal")
}

/// `/moderators` and `/news`.
pub(super) async fn command(cx: &Inline<'_>, name: &str) -> Reply {
    let incoming = cx.incoming;
    match name {
        "moderators" => {
            // Who moderates is the server owner's and admins' call, not the moderators' own.
            if !incoming.is_moderator() {
                return cx.refuse_moderator_only("/moderators").await;
            }
            let change = match incoming.subcommand() {
                Some("add") => Some(ModeratorChange::Add),
                Some("remove") => Some(ModeratorChange::Remove),
                _ => None,
            };
            let role = incoming.option_id("role").map(RoleId);
            let member = incoming.option_id("member").map(UserId);
            if change.is_some() && role.is_none() && member.is_none() {
                return cx.ephemeral("moderators-need-target", "bad_options");
            }
            // @everyone (its id is the guild's) would make every member a moderator; a managed
            // role belongs to a bot or an integration.
            let everyone = role.is_some_and(|r| Some(r.0) == incoming.guild_id().map(|g| g.0));
            if change == Some(ModeratorChange::Add)
                && (everyone || incoming.option_role("role").is_some_and(|r| r.managed))
            {
                return cx.ephemeral("moderators-bad-role", "bad_options");
            }
            let step = ModerationStep::Moderators { change, role, member };
            cx.defer(JobKind::Moderation, &step, response::deferred(true)).await
        }
        "news" => news_form(cx, "news:draft", false),
        _ => cx.ephemeral("unknown-interaction", "unknown"),
    }
}

/// `news:channel:<id>` (the channel picked), `news:tr:<id>` (add a translation),
/// `news:translate:<id>` (a member reads it in their language).
pub(super) async fn component(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    let mut parts = custom_id.split(':').skip(1);
    let (action, news_id) = (parts.next()?, parts.next()?.to_owned());
    if action == "translate" {
        return Some(translate(cx, &news_id).await);
    }
    if !cx.is_moderator().await {
        return Some(cx.refuse_moderator_only("/news").await);
    }
    match action {
        "channel" => {
            let channel = cx.incoming.selected().first()?.parse().ok().map(ChannelId)?;
            // DWOS posts as itself: only where the moderator could post.
            if !cx.incoming.can_post_in(channel) {
                return Some(cx.ephemeral("news-channel-forbidden", "forbidden"));
            }
            let step = ModerationStep::NewsPost { news_id, channel };
            Some(cx.defer(JobKind::Moderation, &step, response::deferred_update()).await)
        }
        "tr" => Some(news_form(cx, &format!("news:trmodal:{news_id}"), true)),
        _ => None,
    }
}

/// The `/news` form and the translation form, submitted.
pub(super) async fn modal(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    let incoming = cx.incoming;
    if !cx.is_moderator().await {
        return Some(cx.refuse_moderator_only("/news").await);
    }
    let value = |id: &str| incoming.modal_value(id).map(str::trim).filter(|v| !v.is_empty()).map(str::to_owned);
    let (Some(title), Some(body)) = (value("title"), value("body")) else {
        return Some(cx.ephemeral("news-empty", "bad_news"));
    };
    let mut parts = custom_id.split(':').skip(1);
    match (parts.next()?, parts.next()) {
        ("draft", None) => {
            let author_name = incoming.display_name().unwrap_or_default();
            let step = ModerationStep::NewsDraft { title, body, author_name };
            Some(cx.defer(JobKind::Moderation, &step, response::deferred(true)).await)
        }
        ("trmodal", Some(news_id)) => {
            let language = value("language").unwrap_or_default().to_ascii_lowercase();
            if !LANGUAGES.contains(&language.as_str()) {
                let args = [("languages", LANGUAGES.join(", "))];
                return Some(Reply::new(response::message(cx.text_with("news-bad-language", &args), true), "bad_news"));
            }
            let step = ModerationStep::NewsTranslation { news_id: news_id.to_owned(), language, title, body };
            Some(cx.defer(JobKind::Moderation, &step, response::deferred_update()).await)
        }
        _ => None,
    }
}

/// The post in the member's language (their Discord language's tag), else as written.
async fn translate(cx: &Inline<'_>, news_id: &str) -> Reply {
    let (Some(store), Some(guild)) = (cx.state.store.as_ref(), cx.incoming.guild_id()) else {
        return cx.ephemeral("try-again-later", "no_store");
    };
    let news = match store.news(guild, news_id).await {
        Ok(Some(news)) => news,
        Ok(None) => return cx.ephemeral("news-gone", "unknown"),
        Err(err) => {
            tracing::warn!(error = %err, "cannot read a news post");
            return cx.ephemeral("try-again-later", "store_failed");
        }
    };
    let wanted = cx.incoming.locales()[0].and_then(|l| l.split('-').next()).unwrap_or(cx.locale);
    let (title, body) = news.translations.get(wanted).cloned().unwrap_or((news.title, news.body));
    let embed = post_embed(title, body, news.author_name, news.created_at);
    Reply::new(response::message_with_embed(String::new(), embed, true), "translate")
}
