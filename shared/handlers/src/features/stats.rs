//! `/stats`: deferred to a worker that reads the guild's counts from Discord and the
//! verified players from the store, then edits the reply.

use crate::deps::WorkerDeps;
use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::{Envelope, JobError, JobKind};
use dwos_discord::{CommandSpec, MessageBody, response};
use dwos_i18n::FluentArgs;

/// The `/stats` feature.
pub struct Stats;

const COMMANDS: &[CommandSpec] = &[CommandSpec::guild("stats")];

#[async_trait]
impl Feature for Stats {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        cx.defer(JobKind::Stats, &serde_json::Value::Null, response::deferred(false)).await
    }
}

/// Handles `stats` jobs.
pub struct StatsWorker {
    deps: WorkerDeps,
}

impl StatsWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// The reply text; `Err` only for failures worth a retry.
    async fn summary(&self, envelope: &Envelope, locale: &str) -> Result<String, JobError> {
        let catalog = &self.deps.catalog;
        let Some(guild) = envelope.guild_id else {
            return Ok(catalog.text(locale, "guild-only"));
        };
        match self.deps.rest.guild_counts(guild).await {
            Ok(counts) => {
                let verified = self.deps.store.count_players(guild).await?;
                let mut args = FluentArgs::new();
                args.set("verified", verified);
                args.set("guild", counts.name);
                args.set("members", counts.approximate_member_count);
                args.set("online", counts.approximate_presence_count);
                Ok(catalog.format(locale, "stats-summary", Some(&args)))
            }
            Err(err) if err.is_transient() => Err(err.into()),
            Err(err) => {
                // The bot cannot see the guild (not a member, no access): retrying won't help.
                tracing::warn!(error = %err, "guild counts unavailable");
                Ok(catalog.text(locale, "stats-unavailable"))
            }
        }
    }
}

#[async_trait]
impl Worker for StatsWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let text = self.summary(&envelope, locale).await?;
        // Editing @original is idempotent: a second delivery rewrites the same text.
        self.deps.answer(&envelope, &MessageBody::text(text)).await
    }
}
