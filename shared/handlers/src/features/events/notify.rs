//! The notifier: posts one reminder, with Discord's `nonce` + `enforce_nonce` so a redelivered
//! job cannot post it twice, mentioning only the event's role. A channel DWOS can no longer post
//! in pauses the event and tells the guild's log channel, once.

use super::steps::NotifyPost;
use super::sweep::{CATCH_UP_SECS, CLAIM_TTL_SECS};
use super::worker::event_title;
use crate::deps::{WorkerDeps, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::GameEvent;
use dwos_core::{Envelope, JobError, UserId};
use dwos_discord::{MessageBody, RestError};
use dwos_store::StoreError;

/// Handles `notify` jobs.
pub struct NotifyWorker {
    deps: WorkerDeps,
}

impl NotifyWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// A reminder by DM. A member who closed their DMs (403) is skipped with a log line: it is
    /// their choice, not the event's problem.
    async fn direct(&self, user: UserId, post: &NotifyPost, body: &MessageBody) -> Result<(), JobError> {
        let sent = async { self.deps.rest.send_message(self.deps.rest.open_dm(user).await?, body).await }.await;
        match sent {
            Ok(_) => Ok(()),
            Err(RestError::Status { status, .. }) if status == 403 => {
                tracing::info!(%user, event_id = %post.event_id, "a member's DMs are closed; reminder skipped");
                Ok(())
            }
            Err(err) => Err(err.into()),
        }
    }

    /// Pauses the event whose channel is gone; tells the log channel only if this job paused it.
    async fn pause_lost(&self, post: &NotifyPost, reason: &str) -> Result<(), JobError> {
        let store = &self.deps.store;
        for _ in 0..3 {
            let Some(event) = store.event(post.guild_id, &post.event_id).await? else { return Ok(()) };
            if event.paused {
                return Ok(());
            }
            match store.save_event(&GameEvent { paused: true, ..event.clone() }, &[], &[]).await {
                Ok(_) => {
                    let config = store.guild_config(post.guild_id).await?;
                    let locale = self.deps.catalog.resolve([config.as_ref().and_then(|c| c.default_locale.as_deref())]);
                    let title = event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref());
                    let args = [
                        ("title", title),
                        ("id", event.event_id),
                        ("channel", format!("<#{}>", post.channel_id)),
                        ("reason", reason.to_owned()),
                    ];
                    guild_log::post(&self.deps, config.as_ref(), "log-event-channel-lost", &args).await;
                    return Ok(());
                }
                Err(StoreError::VersionConflict(_)) => continue,
                Err(err) => return Err(err.into()),
            }
        }
        Err(JobError::Retry("the event kept changing while pausing it".into()))
    }
}

#[async_trait]
impl Worker for NotifyWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let post: NotifyPost = serde_json::from_value(envelope.payload)?;
        let now = now();
        // A retried or redriven post after the start would announce the past.
        if post.occurrence > 0 && now - post.occurrence > CATCH_UP_SECS {
            tracing::warn!(event_id = %post.event_id, occurrence = post.occurrence, "reminder post too late, dropped");
            return Ok(());
        }
        // Discord's nonce dedupes a repeat for a few minutes; this mark, for as long as a job
        // can be redelivered.
        let posted = format!("posted:{}", post.nonce);
        if self.deps.store.is_claimed(&posted, now).await? {
            return Ok(());
        }
        self.send(&post).await?;
        self.deps.store.claim_idempotency_key(&posted, CLAIM_TTL_SECS, now).await?;
        Ok(())
    }
}

impl NotifyWorker {
    /// Posts to the channel (or by DM); a lost channel pauses the event.
    async fn send(&self, post: &NotifyPost) -> Result<(), JobError> {
        let body = MessageBody::text(post.content.clone()).once(post.nonce.clone());
        if let Some(user) = post.dm_user {
            return self.direct(user, post, &body).await;
        }
        let body = match post.role_id {
            Some(role) => body.mentioning_role(role.0),
            None => body,
        };
        match self.deps.rest.send_message(post.channel_id, &body).await {
            Ok(_) => Ok(()),
            // Missing access, unknown channel: retrying cannot help, the event waits for a moderator.
            Err(RestError::Status { status, .. }) if status == 403 || status == 404 => {
                tracing::warn!(status = status.as_u16(), event_id = %post.event_id, "reminder channel lost, pausing the event");
                self.pause_lost(post, &status.to_string()).await
            }
            Err(err) => Err(err.into()),
        }
    }
}
