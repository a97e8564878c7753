//! The `community` worker: tickets (a private thread with the moderators, closed with a summary
//! in the log channel), posting the rules, and "I accept" (recorded once, the role given).

use super::steps::CommunityStep;
use crate::deps::{GuildJob, WorkerDeps, nonce, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GuildRules, RulesAcceptance, Ticket};
use dwos_core::permissions::is_elevated;
use dwos_core::{ChannelId, Envelope, JobError, UserId};
use dwos_discord::message::button;
use dwos_discord::rest::channel_kind;
use dwos_discord::{MessageBody, RestError};
use twilight_model::channel::message::component::ButtonStyle;

/// Handles `community` jobs.
pub struct CommunityWorker {
    deps: WorkerDeps,
}

impl CommunityWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    fn text(&self, job: &GuildJob<'_>, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(job.locale, id, args)
    }

    async fn say(&self, job: &GuildJob<'_>, id: &str, args: &[(&str, String)]) -> Result<(), JobError> {
        self.deps.answer(job.envelope, &MessageBody::text(self.text(job, id, args))).await
    }

    /// The thread name that finds a member's ticket again after a crash between making the
    /// thread and keeping its id.
    fn thread_name(job: &GuildJob<'_>) -> String {
        format!("ticket-{}", job.user)
    }

    /// Opens the member's ticket. Every delivery of the job that opened it finishes what is
    /// left (thread, members, opening message, log line), so a retry never leaves it half made.
    async fn open_ticket(&self, job: &GuildJob<'_>, subject: &str) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(parent) = job.envelope.channel_id else { return self.say(job, "guild-only", &[]).await };
        let opened_by = job.envelope.origin.scope();
        let fresh = Ticket {
            guild_id: job.guild,
            user_id: job.user,
            subject: subject.to_owned(),
            thread_id: None,
            opened_at: now(),
            opened_by: opened_by.clone(),
        };
        store.open_ticket(&fresh).await?;
        store.init_prefs(job.user, now()).await?;
        let Some(ticket) = store.ticket(job.guild, job.user).await? else {
            // Closed between the two reads: the member can open a new one.
            return self.say(job, "try-again-later", &[]).await;
        };
        if ticket.opened_by != opened_by {
            let thread = ticket.thread_id.map_or_else(|| ticket.subject.clone(), |t| format!("<#{t}>"));
            return self.say(job, "ticket-already-open", &[("ticket", thread)]).await;
        }
        let thread = match ticket.thread_id {
            Some(thread) => thread,
            None => match self.make_thread(job, parent).await? {
                Some(thread) => thread,
                None => {
                    store.close_ticket(job.guild, job.user).await?;
                    return self.say(job, "ticket-cannot-open", &[]).await;
                }
            },
        };
        if !store.set_ticket_thread(&Ticket { thread_id: Some(thread), ..ticket.clone() }).await? {
            // Closed while the thread was being made: nobody's ticket, so it is closed too.
            let closed = serde_json::json!({ "archived": true, "locked": true });
            self.deps.rest.modify_channel(thread, &closed).await?;
            return self.say(job, "ticket-closed", &[]).await;
        }
        self.deps.rest.add_thread_member(thread, job.user).await?;
        let moderators = job.config.as_ref().map(|c| c.moderator_users.clone()).unwrap_or_default();
        for moderator in moderators {
            // A moderator who left is no reason to fail the member's ticket.
            if let Err(err) = self.deps.rest.add_thread_member(thread, moderator).await {
                tracing::warn!(error = %err, %moderator, "cannot add a moderator to a ticket");
            }
        }
        // Posted in the server's language: the moderators read it too.
        let locale = self.deps.catalog.resolve([job.config.as_ref().and_then(|c| c.default_locale.as_deref())]);
        let roles = job.config.as_ref().map(|c| c.moderator_roles.clone()).unwrap_or_default();
        let mut opening = self.deps.catalog.format_with(
            locale,
            "ticket-opening",
            &[("user", format!("<@{}>", job.user)), ("subject", subject.to_owned())],
        );
        if !roles.is_empty() {
            opening.push('\n');
            opening.push_str(&roles.iter().map(|r| format!("<@&{r}>")).collect::<Vec<_>>().join(" "));
        }
        let close =
            button("community:close", self.deps.catalog.text(locale, "ticket-close-button"), ButtonStyle::Danger);
        let mut body = MessageBody::text(opening).row(vec![close]);
        // Mentioning the moderator roles adds their members to the private thread.
        for role in &roles {
            body = body.mentioning_role(role.0);
        }
        // Marked only once posted: a failed post is tried again, and the nonce keeps a quick
        // repeat from showing twice.
        let opening_key = job.envelope.step_key("ticket-opening");
        if !self.deps.store.is_claimed(&opening_key, now()).await? {
            self.deps.rest.send_message(thread, &body.once(nonce(&opening_key))).await?;
            let args = [
                ("user", format!("<@{}>", job.user)),
                ("subject", subject.to_owned()),
                ("thread", format!("<#{thread}>")),
            ];
            guild_log::post(&self.deps, job.config.as_ref(), "log-ticket-opened", &args).await;
            self.deps.store.claim_idempotency_key(&opening_key, crate::deps::STEP_KEY_TTL_SECS, now()).await?;
        }
        tracing::info!(guild = %job.guild, user = %job.user, %thread, "ticket opened");
        self.say(job, "ticket-opened", &[("thread", format!("<#{thread}>"))]).await
    }

    /// The member's private thread: one DWOS made before a crash (private, in `parent`, its
    /// own), else a new one; `None` when Discord refuses (no permission to make threads here).
    async fn make_thread(&self, job: &GuildJob<'_>, parent: ChannelId) -> Result<Option<ChannelId>, JobError> {
        let name = Self::thread_name(job);
        let bot = job.envelope.interaction().map(|(app, _)| UserId(app.0));
        let ours = |t: &dwos_discord::rest::ChannelSummary| {
            t.name == name && t.kind == channel_kind::PRIVATE_THREAD && t.parent_id == Some(parent) && t.owner_id == bot
        };
        if let Some(found) = self.deps.rest.active_threads(job.guild).await?.into_iter().find(ours) {
            return Ok(Some(found.id));
        }
        match self.deps.rest.create_thread(parent, &name, true).await {
            Ok(thread) => Ok(Some(thread.id)),
            Err(err) if !err.is_transient() => {
                tracing::warn!(error = %err, "cannot make a ticket thread");
                Ok(None)
            }
            Err(err) => Err(err.into()),
        }
    }

    async fn close_ticket(
        &self,
        job: &GuildJob<'_>,
        channel: Option<ChannelId>,
        by_moderator: bool,
    ) -> Result<(), JobError> {
        let store = &self.deps.store;
        // In a ticket's thread, that ticket (its member or a moderator closes it); elsewhere, one's own.
        let in_thread = match channel {
            Some(channel) => store.ticket_in(job.guild, channel).await?,
            None => None,
        };
        let ticket = match in_thread {
            Some(ticket) => ticket,
            None => match store.ticket(job.guild, job.user).await? {
                Some(ticket) => ticket,
                None => return self.say(job, "ticket-none", &[]).await,
            },
        };
        if ticket.user_id != job.user && !by_moderator {
            return self.say(job, "moderator-only", &[]).await;
        }
        let messages = match ticket.thread_id {
            Some(thread) => {
                let count = self.deps.rest.message_count(thread).await.unwrap_or_else(|err| {
                    tracing::warn!(error = %err, "ticket thread unreadable");
                    0
                });
                let closed = serde_json::json!({ "archived": true, "locked": true });
                if let Err(err) = self.deps.rest.modify_channel(thread, &closed).await {
                    if err.is_transient() {
                        return Err(err.into());
                    }
                    tracing::warn!(error = %err, "cannot lock a ticket thread");
                }
                count
            }
            None => 0,
        };
        // Keyed by the ticket, not the job: two presses of Close at once post one summary.
        let summary = format!("ticket-closed:{}:{}:{}", job.guild, ticket.user_id, ticket.opened_at);
        if self.deps.store.claim_idempotency_key(&summary, crate::deps::STEP_KEY_TTL_SECS, now()).await? {
            let args = [
                ("user", format!("<@{}>", ticket.user_id)),
                ("by", format!("<@{}>", job.user)),
                ("subject", ticket.subject.clone()),
                ("opened", format!("<t:{}:f>", ticket.opened_at)),
                ("closed", format!("<t:{}:f>", now())),
                ("messages", messages.to_string()),
            ];
            guild_log::post(&self.deps, job.config.as_ref(), "log-ticket-closed", &args).await;
        }
        store.close_ticket(job.guild, ticket.user_id).await?;
        tracing::info!(guild = %job.guild, user = %ticket.user_id, messages, "ticket closed");
        self.say(job, "ticket-closed", &[]).await
    }

    async fn post_rules(&self, job: &GuildJob<'_>, channel: ChannelId) -> Result<(), JobError> {
        let Some(rules) = self.deps.store.rules(job.guild).await? else {
            return self.say(job, "rules-none", &[]).await;
        };
        match post(&self.deps, &rules, channel, &job.envelope.step_key("rules-post")).await {
            Ok(()) => {}
            Err(JobError::Permanent(reason)) => {
                tracing::warn!(%reason, "cannot post the rules");
                return self.say(job, "rules-cannot-post", &[]).await;
            }
            Err(err) => return Err(err),
        }
        saved_posting(&self.deps, job.guild, channel, now()).await?;
        self.say(job, "rules-posted", &[("channel", format!("<#{channel}>"))]).await
    }

    async fn accept(&self, job: &GuildJob<'_>) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(rules) = store.rules(job.guild).await? else { return self.say(job, "rules-none", &[]).await };
        let acceptance = RulesAcceptance { guild_id: job.guild, user_id: job.user, accepted_at: now() };
        let first = store.accept_rules(&acceptance).await?;
        // DWOS now keeps something about them: their retention clock starts.
        store.init_prefs(job.user, now()).await?;
        if let Some(role) = rules.role_id {
            // Checked on every grant: the role may have gained permissions since /rules set.
            let roles = self.deps.rest.roles(job.guild).await?;
            match roles.iter().find(|r| r.id == role) {
                Some(found) if found.id.0 != job.guild.0 && !found.managed && !is_elevated(found.permission_bits()) => {
                    self.deps.rest.add_member_role(job.guild, job.user, role).await?;
                }
                Some(_) => {
                    let args = [("role", format!("<@&{role}>"))];
                    if self.deps.first_time(job.envelope, "rules-role-refused").await? {
                        guild_log::post(&self.deps, job.config.as_ref(), "log-rules-role-elevated", &args).await;
                    }
                }
                None => tracing::warn!(%role, "the rules' role is gone"),
            }
        }
        if first {
            tracing::info!(guild = %job.guild, user = %job.user, "rules accepted");
            self.say(job, "rules-accepted", &[]).await
        } else {
            self.say(job, "rules-accepted-before", &[]).await
        }
    }
}

/// Posts the rules with "I accept" in `channel`, once for `key`: a redelivery or a retried
/// schedule posts nothing new (the key is marked once posted; Discord's nonce covers a repeat
/// within minutes of a post whose mark was lost). A 403 or 404 is [`JobError::Permanent`].
pub(crate) async fn post(deps: &WorkerDeps, rules: &GuildRules, channel: ChannelId, key: &str) -> Result<(), JobError> {
    if deps.store.is_claimed(key, now()).await? {
        return Ok(());
    }
    let locale = deps.guild_locale(rules.guild_id).await?;
    let body = MessageBody::text(rules.text.clone())
        .row(vec![button("community:accept", deps.catalog.text(locale, "rules-accept-button"), ButtonStyle::Success)])
        .once(nonce(key));
    match deps.rest.send_message(channel, &body).await {
        Ok(_) => {}
        Err(RestError::Status { status, body }) if status == 403 || status == 404 => {
            return Err(JobError::Permanent(format!("{status}: {body}")));
        }
        Err(err) => return Err(err.into()),
    }
    deps.store.claim_idempotency_key(key, crate::deps::STEP_KEY_TTL_SECS, now()).await?;
    Ok(())
}

/// Keeps where and when the rules were last posted (re-read when a moderator saved meanwhile).
pub(crate) async fn saved_posting(
    deps: &WorkerDeps,
    guild: dwos_core::GuildId,
    channel: ChannelId,
    at: i64,
) -> Result<(), JobError> {
    deps.store
        .change_rules(guild, |rules| {
            // Rules that were never saved are not made by a post.
            let saved = rules.version > 0;
            if saved {
                rules.channel_id = Some(channel);
                rules.posted_at = Some(at);
            }
            saved
        })
        .await?;
    Ok(())
}

#[async_trait]
impl Worker for CommunityWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: CommunityStep = serde_json::from_value(envelope.payload.clone())?;
        let Some(job) = self.deps.guild_job(&envelope).await? else { return Ok(()) };
        match step {
            CommunityStep::OpenTicket { subject } => self.open_ticket(&job, &subject).await,
            CommunityStep::CloseTicket { channel, by_moderator } => {
                self.close_ticket(&job, channel, by_moderator).await
            }
            CommunityStep::PostRules { channel } => self.post_rules(&job, channel).await,
            CommunityStep::AcceptRules => self.accept(&job).await,
        }
    }
}
