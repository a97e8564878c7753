//! The `/stats` worker: reads the guild's counts from Discord and edits the deferred reply.

use async_trait::async_trait;
use dwos_bus::{JobError, Worker};
use dwos_core::Envelope;
use dwos_discord::RestClient;
use dwos_i18n::{Catalog, FluentArgs};
use dwos_store::Store;
use std::sync::Arc;

/// Handles `stats` jobs.
pub struct StatsWorker {
    rest: RestClient,
    catalog: Arc<Catalog>,
    store: Store,
}

impl StatsWorker {
    /// A worker using `rest` for Discord, `store` for verified players and `catalog`
    /// for the reply text.
    pub fn new(rest: RestClient, catalog: Arc<Catalog>, store: Store) -> Self {
        Self { rest, catalog, store }
    }

    /// The reply text; `Err` only for failures worth a retry.
    async fn summary(&self, envelope: &Envelope, locale: &str) -> Result<String, JobError> {
        let Some(guild) = envelope.guild_id else {
            return Ok(self.catalog.text(locale, "guild-only"));
        };
        match self.rest.guild_counts(guild).await {
            Ok(counts) => {
                // A store outage is worth a retry: `?` hands the job back to the queue.
                let verified = self.store.count_players(guild).await?;
                let mut args = FluentArgs::new();
                args.set("verified", verified);
                args.set("guild", counts.name);
                args.set("members", counts.approximate_member_count);
                args.set("online", counts.approximate_presence_count);
                Ok(self.catalog.format(locale, "stats-summary", Some(&args)))
            }
            Err(err) if err.is_transient() => Err(err.into()),
            Err(err) => {
                // The bot cannot see the guild (not a member, no access): retrying won't help.
                tracing::warn!(error = %err, "guild counts unavailable");
                Ok(self.catalog.text(locale, "stats-unavailable"))
            }
        }
    }
}

#[async_trait]
impl Worker for StatsWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let locale = self.catalog.resolve([Some(envelope.locale.as_str())]);
        let text = self.summary(&envelope, locale).await?;
        // Editing @original is idempotent: a second delivery rewrites the same text.
        self.rest.edit_original(envelope.application_id, &envelope.interaction_token, &text).await?;
        Ok(())
    }
}
