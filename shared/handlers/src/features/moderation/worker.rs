//! The `moderation` worker: moderator lists, news drafts, translations and posts, and the log
//! line of a refused moderator-only action.

use super::inline::LANGUAGES;
use super::steps::{ModerationStep, ModeratorChange};
use crate::deps::{WorkerDeps, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GuildConfig, News};
use dwos_core::{ChannelId, Envelope, GuildId, JobError, Origin, RoleId, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::{button, channel_select, post_embed};
use dwos_store::StoreError;
use twilight_model::channel::message::component::ButtonStyle;

/// Rounds of re-reading a record another moderator changed between read and write.
const SAVE_TRIES: usize = 5;
/// One log line per member per this many seconds for refused moderator-only actions.
const REFUSAL_WINDOW_SECS: i64 = 600;
/// Moderator roles and members a guild may keep (each list).
const MAX_MODERATORS: usize = 25;

/// Handles `moderation` jobs.
pub struct ModerationWorker {
    deps: WorkerDeps,
}

impl ModerationWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    fn text(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(locale, id, args)
    }

    /// `/moderators`: applies the change over the settings' version; the list as it stands.
    async fn moderators(
        &self,
        guild: GuildId,
        locale: &str,
        change: Option<ModeratorChange>,
        role: Option<RoleId>,
        member: Option<UserId>,
    ) -> Result<String, JobError> {
        let store = &self.deps.store;
        let config = match change {
            None => store.guild_config(guild).await?.unwrap_or_else(|| GuildConfig::new(guild)),
            Some(change) => {
                let saved = store
                    .change_guild_config(guild, now(), |next| {
                        match change {
                            ModeratorChange::Add => {
                                if let Some(role) = role.filter(|r| !next.moderator_roles.contains(r)) {
                                    next.moderator_roles.push(role);
                                }
                                if let Some(member) = member.filter(|m| !next.moderator_users.contains(m)) {
                                    next.moderator_users.push(member);
                                }
                                if next.moderator_roles.len() > MAX_MODERATORS
                                    || next.moderator_users.len() > MAX_MODERATORS
                                {
                                    return Err(());
                                }
                            }
                            ModeratorChange::Remove => {
                                next.moderator_roles.retain(|r| Some(*r) != role);
                                next.moderator_users.retain(|m| Some(*m) != member);
                            }
                        }
                        Ok(())
                    })
                    .await?;
                match saved {
                    Ok(config) => config,
                    Err(()) => {
                        let max = [("max", MAX_MODERATORS.to_string())];
                        return Ok(self.text(locale, "moderators-too-many", &max));
                    }
                }
            }
        };
        let none = self.text(locale, "setup-not-set", &[]);
        let join = |items: Vec<String>| if items.is_empty() { none.clone() } else { items.join(", ") };
        let roles = join(config.moderator_roles.iter().map(|r| format!("<@&{r}>")).collect());
        let members = join(config.moderator_users.iter().map(|u| format!("<@{u}>")).collect());
        Ok(self.text(locale, "moderators-list", &[("roles", roles), ("members", members)]))
    }

    /// The draft as its author sees it: a preview, the channel picker and "Add a translation".
    fn draft_view(&self, locale: &str, news: &News) -> MessageBody {
        let languages: Vec<&str> = news.translations.keys().map(String::as_str).collect();
        let languages = if languages.is_empty() { "–".to_owned() } else { languages.join(", ") };
        MessageBody::text(self.text(locale, "news-draft", &[("languages", languages)]))
            .embed(post_embed(news.title.clone(), news.body.clone(), news.author_name.clone(), news.created_at))
            .row(vec![channel_select(
                format!("news:channel:{}", news.news_id),
                self.text(locale, "news-pick-channel", &[]),
            )])
            .row(vec![button(
                format!("news:tr:{}", news.news_id),
                self.text(locale, "news-add-translation", &[]),
                ButtonStyle::Secondary,
            )])
    }

    async fn draft(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        user: UserId,
        step: (String, String, String),
    ) -> Result<MessageBody, JobError> {
        let (title, body, author_name) = step;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        // The form's interaction names the post: a redelivery finds the draft it saved.
        let news_id = match &envelope.origin {
            Origin::Interaction { id, .. } => dwos_core::text::base36(id.0),
            other => dwos_core::text::base36(other.scope().len() as u64),
        };
        let news = News {
            guild_id: guild,
            news_id: news_id.clone(),
            title,
            body,
            author: user,
            author_name,
            created_at: now(),
            translations: Default::default(),
            posted: None,
            version: 0,
        };
        let news = match self.deps.store.save_news(&news).await {
            Ok(saved) => saved,
            Err(StoreError::VersionConflict(_)) => match self.deps.store.news(guild, &news_id).await? {
                Some(saved) => saved,
                None => return Err(JobError::Retry("news draft vanished".into())),
            },
            Err(err) => return Err(err.into()),
        };
        Ok(self.draft_view(locale, &news))
    }

    /// Applies `change` to a stored post over its version.
    async fn update_news(
        &self,
        guild: GuildId,
        news_id: &str,
        change: impl Fn(&mut News),
    ) -> Result<Option<News>, JobError> {
        for _ in 0..SAVE_TRIES {
            let Some(mut news) = self.deps.store.news(guild, news_id).await? else { return Ok(None) };
            change(&mut news);
            match self.deps.store.save_news(&news).await {
                Ok(saved) => return Ok(Some(saved)),
                Err(StoreError::VersionConflict(_)) => continue,
                Err(err) => return Err(err.into()),
            }
        }
        Err(JobError::Retry(format!("news {news_id} kept changing")))
    }

    /// Posts the news in `channel`, once (Discord's nonce, then the stored message id).
    async fn post(&self, guild: GuildId, locale: &str, news_id: &str, channel: ChannelId) -> Result<String, JobError> {
        let Some(news) = self.deps.store.news(guild, news_id).await? else {
            return Ok(self.text(locale, "news-gone", &[]));
        };
        if let Some((posted_in, _)) = news.posted {
            return Ok(self.text(locale, "news-posted", &[("channel", format!("<#{posted_in}>"))]));
        }
        let guild_locale = self.deps.guild_locale(guild).await?;
        let body = MessageBody::default()
            .embed(post_embed(news.title.clone(), news.body.clone(), news.author_name.clone(), news.created_at))
            .row(vec![button(
                format!("news:translate:{news_id}"),
                self.text(guild_locale, "news-translate-button", &[]),
                ButtonStyle::Secondary,
            )])
            .once(format!("nw{news_id}"));
        let message = match self.deps.rest.send_message(channel, &body).await {
            Ok(message) => message,
            Err(err) if err.is_transient() => return Err(err.into()),
            Err(err) => {
                tracing::warn!(error = %err, "cannot post news");
                return Ok(self.text(locale, "news-post-failed", &[("channel", format!("<#{channel}>"))]));
            }
        };
        self.update_news(guild, news_id, |n| n.posted = Some((channel, message))).await?;
        Ok(self.text(locale, "news-posted", &[("channel", format!("<#{channel}>"))]))
    }
}

#[async_trait]
impl Worker for ModerationWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: ModerationStep = serde_json::from_value(envelope.payload.clone())?;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let (Some(guild), Some(user)) = (envelope.guild_id, envelope.user_id) else { return Ok(()) };
        let body = match step {
            ModerationStep::Refused { what } => {
                // The member already has their answer; the moderators get one line per member per
                // ten minutes, however often they try.
                let window = format!("refused:{guild}:{user}:{}", now() / REFUSAL_WINDOW_SECS);
                if self.deps.store.claim_idempotency_key(&window, REFUSAL_WINDOW_SECS * 2, now()).await? {
                    let config = self.deps.store.guild_config(guild).await?;
                    let args = [("user", format!("<@{user}>")), ("what", what)];
                    guild_log::post(&self.deps, config.as_ref(), "log-refused", &args).await;
                }
                return Ok(());
            }
            ModerationStep::Moderators { change, role, member } => {
                MessageBody::text(self.moderators(guild, locale, change, role, member).await?)
            }
            ModerationStep::NewsDraft { title, body, author_name } => {
                self.draft(&envelope, guild, user, (title, body, author_name)).await?
            }
            ModerationStep::NewsTranslation { news_id, language, title, body } => {
                if !LANGUAGES.contains(&language.as_str()) {
                    return Err(JobError::Permanent(format!("unknown language {language}")));
                }
                let added = self
                    .update_news(guild, &news_id, |n| {
                        n.translations.insert(language.clone(), (title.clone(), body.clone()));
                    })
                    .await?;
                match added {
                    Some(news) => self.draft_view(locale, &news),
                    None => MessageBody::text(self.text(locale, "news-gone", &[])),
                }
            }
            ModerationStep::NewsPost { news_id, channel } => {
                MessageBody::text(self.post(guild, locale, &news_id, channel).await?)
            }
        };
        self.deps.answer(&envelope, &body).await
    }
}
