//! What every worker may use, built once per process, and the ways a job answers.

use dwos_bus::{Publisher, Queue};
use dwos_core::model::GuildConfig;
use dwos_core::{DomainEvent, Envelope, GuildId, JobError, UserId};
use dwos_discord::{DiscordApi, MessageBody};
use dwos_game::GameApi;
use dwos_i18n::Catalog;
use dwos_store::{Store, StoreError};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

/// Who and where a job from a server is about, how to answer, and the server's settings.
pub struct GuildJob<'a> {
    /// The job.
    pub envelope: &'a Envelope,
    /// The server.
    pub guild: GuildId,
    /// The member who asked.
    pub user: UserId,
    /// The language to answer in.
    pub locale: &'static str,
    /// The server's settings, read once per job.
    pub config: Option<GuildConfig>,
}

/// A worker's dependencies: ports only, so tests and `dwos serve` swap the adapters.
#[derive(Clone)]
pub struct WorkerDeps {
    /// Discord's REST API.
    pub rest: Arc<dyn DiscordApi>,
    /// Every message in every language.
    pub catalog: Arc<Catalog>,
    /// DWOS's storage.
    pub store: Store,
    /// The game API (one client per process: its limiter must see every call).
    pub game: Arc<dyn GameApi>,
    /// Where domain events go (EventBridge on AWS, in-process locally).
    pub events: Arc<dyn Publisher>,
    /// Where follow-up jobs go (a fan-out's parts, a job handed back for later).
    pub queue: Arc<dyn Queue>,
}

/// How long a job step's idempotency key lives: longer than a message can stay in a DLQ
/// (14 days), so a redriven job does not repeat what it already did.
pub const STEP_KEY_TTL_SECS: i64 = 15 * 24 * 60 * 60;

/// A Discord message nonce (at most 25 characters) standing for `key`: the same key gives the
/// same nonce, so a redelivered post is not posted twice.
pub fn nonce(key: &str) -> String {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("r{hash:016x}")
}

/// Unix seconds now.
pub fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

impl WorkerDeps {
    /// Replaces the job's deferred reply; jobs without an interaction have no reply to edit.
    pub async fn answer(&self, envelope: &Envelope, body: &MessageBody) -> Result<(), JobError> {
        match envelope.interaction() {
            Some((application, token)) => Ok(self.rest.edit_original(application, token, body).await?),
            None => {
                tracing::debug!("no interaction to answer");
                Ok(())
            }
        }
    }

    /// The server, member and language of a job from a server; `None` once a job from outside
    /// one was told that the command works only in a server.
    pub async fn job_member(&self, envelope: &Envelope) -> Result<Option<(GuildId, UserId, &'static str)>, JobError> {
        let locale = self.catalog.resolve([Some(envelope.locale.as_str())]);
        let (Some(guild), Some(user)) = (envelope.guild_id, envelope.user_id) else {
            self.answer(envelope, &MessageBody::text(self.catalog.text(locale, "guild-only"))).await?;
            return Ok(None);
        };
        Ok(Some((guild, user, locale)))
    }

    /// [`WorkerDeps::job_member`] with the server's settings, read once for the whole job.
    pub async fn guild_job<'a>(&self, envelope: &'a Envelope) -> Result<Option<GuildJob<'a>>, JobError> {
        let Some((guild, user, locale)) = self.job_member(envelope).await? else { return Ok(None) };
        let config = self.store.guild_config(guild).await?;
        Ok(Some(GuildJob { envelope, guild, user, locale, config }))
    }

    /// The guild's language: posts in its channels speak it, not their author's.
    pub async fn guild_locale(&self, guild: GuildId) -> Result<&'static str, StoreError> {
        let config = self.store.guild_config(guild).await?;
        Ok(self.catalog.resolve([config.as_ref().and_then(|c| c.default_locale.as_deref())]))
    }

    /// `true` the first time this job reaches `step`: SQS may deliver a job twice, and a
    /// second delivery must not repeat a side effect.
    pub async fn first_time(&self, envelope: &Envelope, step: &str) -> Result<bool, JobError> {
        Ok(self.store.claim_idempotency_key(&envelope.step_key(step), STEP_KEY_TTL_SECS, now()).await?)
    }

    /// Publishes domain events after the user-visible work is done: a failed publish is
    /// logged, never failing the job that caused it. The EventBridge adapter already retries
    /// with the shared backoff; retrying again here would only multiply its attempts.
    pub async fn publish(&self, events: &[DomainEvent]) {
        if let Err(err) = self.events.publish(events).await {
            tracing::error!(error = %err, count = events.len(), "domain events not published");
        }
    }
}
