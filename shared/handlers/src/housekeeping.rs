//! The housekeeping schedule (every 10 minutes): the rules re-posted when due, statistics
//! channels renamed when their numbers changed, and members not seen for 180 days handed to
//! the privacy worker for erasure, as the privacy notice promises.

use crate::deps::WorkerDeps;
use crate::features::community::{post_rules, saved_posting};
use crate::stats_channels;
use dwos_core::{Envelope, JobKind, Origin, UserId};
use dwos_store::StoreError;

/// Members unseen this many days are erased.
pub const RETENTION_DAYS: i64 = 180;
/// Days of the retention index one run reads at most (a long outage is caught up over runs).
const DAYS_PER_RUN: i64 = 31;
/// Members one run hands over at most; the rest wait for the next run.
const MEMBERS_PER_RUN: usize = 1_000;
/// The retention sweep's progress mark: the oldest day not yet handed over.
const RETENTION_MARK: &str = "retention";
/// How many guilds (sorted by id) the one-off "seen" backfill has done.
const BACKFILL_MARK: &str = "seen-backfill";

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct HousekeepingReport {
    /// Guilds whose rules were posted again.
    pub rules_posted: usize,
    /// Statistics channels renamed.
    pub channels_renamed: usize,
    /// Members handed over for erasure.
    pub members_expired: usize,
    /// Guild steps that failed (logged; the next run tries again).
    pub failed: usize,
}

/// Runs the housekeeping schedule.
pub struct Housekeeping {
    deps: WorkerDeps,
}

impl Housekeeping {
    /// Housekeeping over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// One run at `now` (the schedule's time).
    pub async fn run(&self, now: i64) -> Result<HousekeepingReport, StoreError> {
        let mut report = HousekeepingReport::default();
        self.rules(now, &mut report).await?;
        self.stats(now, &mut report).await?;
        self.backfill_seen(now).await?;
        self.retention(now, &mut report).await?;
        tracing::info!(?report, "housekeeping");
        Ok(report)
    }

    async fn rules(&self, now: i64, report: &mut HousekeepingReport) -> Result<(), StoreError> {
        for guild in self.deps.store.scheduled_guilds("rules").await? {
            let Some(rules) = self.deps.store.rules(guild).await? else { continue };
            let (Some(channel), every) = (rules.channel_id, i64::from(rules.every_days)) else { continue };
            let due = rules.posted_at.unwrap_or(0) + every * 86_400;
            if every == 0 || due > now {
                continue;
            }
            // The same due time gives the same nonce: a retried run does not post twice.
            let posted = post_rules(&self.deps, &rules, channel, &format!("rules-{guild}-{due}")).await;
            match posted {
                Ok(()) => match saved_posting(&self.deps, guild, channel, now).await {
                    Ok(()) => report.rules_posted += 1,
                    Err(err) => {
                        tracing::warn!(error = %err, %guild, "rules posted, but the time not kept");
                        report.failed += 1;
                    }
                },
                Err(err) => {
                    tracing::warn!(error = %err, %guild, "cannot post the rules again");
                    report.failed += 1;
                }
            }
        }
        Ok(())
    }

    async fn stats(&self, now: i64, report: &mut HousekeepingReport) -> Result<(), StoreError> {
        for guild in self.deps.store.scheduled_guilds("stats").await? {
            match stats_channels::refresh(&self.deps, guild, now).await {
                Ok(renamed) => report.channels_renamed += renamed,
                Err(err) => {
                    tracing::warn!(error = %err, %guild, "statistics channels not renamed");
                    report.failed += 1;
                }
            }
        }
        Ok(())
    }

    /// Starts the retention clock of members verified before DWOS marked days seen (once, a
    /// few guilds per run): as if seen today, so nobody is erased for time before the notice
    /// promised it.
    async fn backfill_seen(&self, now: i64) -> Result<(), StoreError> {
        let store = &self.deps.store;
        if store.migration_done(BACKFILL_MARK).await? {
            return Ok(());
        }
        let done = store.marker(BACKFILL_MARK).await?.unwrap_or(0);
        let mut guilds = store.guilds_with_players().await?;
        guilds.sort_by_key(|g| g.0);
        let (mut next, mut members) = (usize::try_from(done).unwrap_or(0), 0);
        let today = now.div_euclid(86_400);
        while let Some(guild) = guilds.get(next) {
            if members >= MEMBERS_PER_RUN {
                break;
            }
            for link in store.players(*guild).await? {
                // New preferences are born seen today; older ones without a day get today.
                if !store.init_prefs(link.user_id, now).await? {
                    store.mark_seen_if_never(link.user_id, today).await?;
                }
                members += 1;
            }
            next += 1;
        }
        if next >= guilds.len() {
            // Members who come later are born seen: once through is enough.
            return store.mark_migration_done(BACKFILL_MARK, now).await;
        }
        store.set_marker(BACKFILL_MARK, i64::try_from(next).unwrap_or(i64::MAX)).await
    }

    /// Hands every member last seen on a day now past the retention to the privacy worker, a
    /// day at a time; the mark moves only once a whole day is handed over.
    async fn retention(&self, now: i64, report: &mut HousekeepingReport) -> Result<(), StoreError> {
        // Last seen on day D, a member has been away 180 full days only once D + 181 begins.
        let cutoff = now.div_euclid(86_400) - RETENTION_DAYS - 1;
        let store = &self.deps.store;
        let from = store.marker(RETENTION_MARK).await?.unwrap_or(cutoff).max(cutoff - DAYS_PER_RUN * 12);
        for day in from..=cutoff.min(from + DAYS_PER_RUN) {
            let members = store.last_seen_on(day).await?;
            if report.members_expired + members.len() > MEMBERS_PER_RUN && report.members_expired > 0 {
                return Ok(());
            }
            for user in members {
                if let Err(err) = self.deps.queue.send(&expiry(day, user)).await {
                    tracing::error!(error = %err, day, "retention hand-over failed; the next run tries again");
                    report.failed += 1;
                    return Ok(());
                }
                report.members_expired += 1;
            }
            store.set_marker(RETENTION_MARK, day + 1).await?;
        }
        Ok(())
    }
}

/// The privacy job that erases a member unseen since `day` (once per member and day).
fn expiry(day: i64, user: UserId) -> Envelope {
    let origin = Origin::FanOut { parent: format!("retention-{day}-{user}"), index: 0 };
    Envelope {
        version: dwos_core::job::ENVELOPE_VERSION,
        kind: JobKind::Privacy,
        correlation_id: origin.scope(),
        origin,
        guild_id: None,
        channel_id: None,
        user_id: Some(user),
        locale: dwos_i18n::DEFAULT_LOCALE.to_owned(),
        payload: serde_json::json!({ "step": "expire", "seen_day": day }),
    }
}
