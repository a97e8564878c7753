//! The weekly check: the game confirms each linked player's id and state about once a week,
//! spread over the days by a due index (`CHECK#day`), so a run reads only the players due and
//! never every guild's players. A player no longer in their state is looked for (the home state,
//! then nearest first around the old one, a few probes per run) and the
//! log channel is told "moved to state #N"; "no such player" three checks in a row tells the
//! moderators the account seems gone. Nobody is ever removed, least of all on a transient error.
//! Run by an EventBridge schedule on AWS and by a ticker in `dwos serve`.

use super::worker::{CHECK_EVERY_DAYS, day_of};
use crate::deps::WorkerDeps;
use crate::guild_log;
use dwos_core::GuildId;
use dwos_core::model::{GuildConfig, PlayerLink};
use dwos_game::{GameError, StateCheck, StateSearch};
use dwos_store::StoreError;
use std::collections::HashMap;

/// "No such player" this many checks in a row: the moderators are told, once.
pub const GONE_AFTER: u32 = 3;
/// States one run may probe for one moved player; the search resumes in the next run.
pub const SEARCH_PROBES_PER_RUN: u32 = 10;
/// How many past days a run always reads, besides the oldest one an earlier run left undrained.
const CATCH_UP_DAYS: i64 = 30;
/// The one-off migration that schedules links from before the due index.
const MIGRATION: &str = "check-index";

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Players the game was asked about.
    pub checked: usize,
    /// Still where they were.
    pub confirmed: usize,
    /// Found in another state (and updated).
    pub transferred: usize,
    /// Moved, new state not found yet (the search goes on) or not at all.
    pub searching: usize,
    /// The game knew no such player.
    pub missing: usize,
    /// Game calls that gave no verdict (the run stops at the first).
    pub failed: usize,
    /// Players changed meanwhile (unlinked, re-linked), or stale index entries: left alone.
    pub skipped: usize,
}

/// Whether a run goes on after one player.
enum Flow {
    /// On to the next player.
    Next,
    /// The game gave no verdict: the run ends, the next one resumes.
    Stop,
}

/// What the game said about one due player.
enum Finding {
    /// In the stored state.
    Confirmed,
    /// In another state.
    Moved(u32),
    /// Still looking: resume at this position of the search order.
    StillLooking(u32),
    /// Not in any state tried.
    Lost,
    /// No such player.
    Missing,
}

/// Runs the weekly check.
pub struct Refresher {
    deps: WorkerDeps,
}

impl Refresher {
    /// A refresher over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// Checks due players until `budget` game calls are spent. The game client's limiter and
    /// the shared gate pace the calls; a game outage ends the run early (the next run resumes).
    pub async fn run(&self, now: i64, budget: usize) -> Result<RefreshReport, StoreError> {
        let started = std::time::Instant::now();
        let result = self.refresh(now, budget).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        match &result {
            Ok(report) => tracing::info!(?report, latency_ms, outcome = "checked", "weekly check"),
            Err(err) => tracing::error!(error = %err, latency_ms, outcome = "failed", "weekly check"),
        }
        result
    }

    async fn refresh(&self, now: i64, budget: usize) -> Result<RefreshReport, StoreError> {
        self.schedule_unscheduled(now).await?;
        let today = day_of(now);
        let mut report = RefreshReport::default();
        let mut calls = 0usize;
        let mut configs: HashMap<GuildId, Option<GuildConfig>> = HashMap::new();
        // From the oldest day an earlier run left undrained (however long ago: an outage must not
        // strand anyone), and at least the last CATCH_UP_DAYS.
        let low = self.deps.store.check_low_water().await?;
        let first = low.map_or(today - CATCH_UP_DAYS + 1, |low| low.min(today - CATCH_UP_DAYS + 1));
        for day in first..=today {
            for (guild, user) in self.deps.store.players_due(day).await? {
                if calls >= budget {
                    self.deps.store.set_check_low_water(day).await?;
                    return Ok(report);
                }
                match self.check_one(day, guild, user, now, &mut calls, &mut configs, &mut report).await {
                    Ok(Flow::Next) => {}
                    Ok(Flow::Stop) => {
                        self.deps.store.set_check_low_water(day).await?;
                        return Ok(report);
                    }
                    // One player's trouble (a corrupt record, a refused write) must not stop
                    // everyone behind them: logged, and their entry waits for the next run.
                    Err(err) if !err.is_transient() => {
                        report.failed += 1;
                        tracing::error!(error = %err, %guild, %user, "weekly check of one player failed");
                    }
                    Err(err) => return Err(err),
                }
            }
        }
        // Every day before today is drained (today's entries may still come due again).
        if low != Some(today) {
            self.deps.store.set_check_low_water(today).await?;
        }
        Ok(report)
    }

    /// Checks the player an index entry of `day` names.
    #[allow(clippy::too_many_arguments)]
    async fn check_one(
        &self,
        day: i64,
        guild: GuildId,
        user: dwos_core::UserId,
        now: i64,
        calls: &mut usize,
        configs: &mut HashMap<GuildId, Option<GuildConfig>>,
        report: &mut RefreshReport,
    ) -> Result<Flow, StoreError> {
        let store = &self.deps.store;
        let Some(link) = store.player(guild, user).await? else {
            store.drop_due(day, guild, user).await?;
            report.skipped += 1;
            return Ok(Flow::Next);
        };
        // A link rewritten without a day (by an older version) is checked now, which schedules it.
        if link.check_day.is_some_and(|due| due != day) {
            store.drop_due(day, guild, user).await?;
            report.skipped += 1;
            return Ok(Flow::Next);
        }
        let config = match configs.get(&guild) {
            Some(config) => config.clone(),
            None => {
                let config = store.guild_config(guild).await?;
                configs.insert(guild, config.clone());
                config
            }
        };
        report.checked += 1;
        let finding = match self.ask(&link, config.as_ref(), calls).await? {
            Ok(finding) => finding,
            Err(err) if err.is_transient() => {
                report.failed += 1;
                tracing::warn!(error = %err, "weekly check stopped: the game gave no verdict");
                return Ok(Flow::Stop);
            }
            Err(err) => {
                // An answer a probe cannot have, for this player only: try them again tomorrow.
                report.failed += 1;
                tracing::error!(error = %err, game_id = %link.game_id, "the game refused a check, retrying tomorrow");
                let later = PlayerLink { check_day: Some(day_of(now) + 1), ..link };
                match store.link_player(&later).await {
                    Ok(_) | Err(StoreError::VersionConflict(_)) => return Ok(Flow::Next),
                    Err(err) => return Err(err),
                }
            }
        };
        self.record(link, finding, config.as_ref(), now, report).await?;
        Ok(Flow::Next)
    }

    /// Asks the game about one player: the probe on the stored state, then (or, for a search
    /// under way, at once) the search for their new state. `calls` counts the calls spent.
    async fn ask(
        &self,
        link: &PlayerLink,
        config: Option<&GuildConfig>,
        calls: &mut usize,
    ) -> Result<Result<Finding, GameError>, StoreError> {
        let from = match link.state_search {
            Some(from) => from,
            None => {
                *calls += 1;
                match self.deps.game.check(link.game_id, link.state).await {
                    Ok(StateCheck::Match) => return Ok(Ok(Finding::Confirmed)),
                    Ok(StateCheck::NoSuchPlayer) => return Ok(Ok(Finding::Missing)),
                    Ok(StateCheck::WrongState) => 0,
                    Err(err) => return Ok(Err(err)),
                }
            }
        };
        let candidates = Self::candidate_states(link, config);
        *calls += SEARCH_PROBES_PER_RUN as usize;
        // The stored state leads the order and was just probed: the search starts after it.
        let (fid, from) = (link.game_id, from.max(1));
        let search = self.deps.game.find_state(fid, &candidates, Some(link.state), from, SEARCH_PROBES_PER_RUN).await;
        Ok(search.map(|found| match found {
            StateSearch::Found(state) => Finding::Moved(state),
            StateSearch::Paused { next } => Finding::StillLooking(next),
            StateSearch::NotFound => Finding::Lost,
            StateSearch::NoSuchPlayer => Finding::Missing,
        }))
    }

    /// The search order's head: the stored state (already probed), then the server's home
    /// state. Kept this short and fixed so a paused search resumes at the same place in the same
    /// order (the members' states change between runs and would shift it).
    fn candidate_states(link: &PlayerLink, config: Option<&GuildConfig>) -> Vec<u32> {
        std::iter::once(link.state).chain(config.and_then(|c| c.home_state)).collect()
    }

    /// Stores what the game said, on the version read (a change meanwhile wins), then tells the
    /// log channel what changed: after the write, so two runs never both tell it.
    async fn record(
        &self,
        link: PlayerLink,
        finding: Finding,
        config: Option<&GuildConfig>,
        now: i64,
        report: &mut RefreshReport,
    ) -> Result<(), StoreError> {
        let today = day_of(now);
        let next_week = Some(today + CHECK_EVERY_DAYS);
        let old_state = link.state;
        let (updated, line) = match &finding {
            Finding::Confirmed => {
                let updated = PlayerLink { refreshed_at: now, check_day: next_week, missing_checks: 0, ..link };
                (updated, None)
            }
            Finding::Moved(state) => {
                let updated = PlayerLink {
                    state: *state,
                    refreshed_at: now,
                    check_day: next_week,
                    missing_checks: 0,
                    state_search: None,
                    ..link
                };
                (updated, Some("log-transferred"))
            }
            Finding::StillLooking(next) => {
                // Due again today: the next run goes on where this one stopped.
                (PlayerLink { state_search: Some(*next), check_day: Some(today), ..link }, None)
            }
            Finding::Lost => {
                (PlayerLink { state_search: None, check_day: next_week, ..link }, Some("log-transfer-unknown"))
            }
            Finding::Missing => {
                let missing = link.missing_checks.saturating_add(1);
                // Checked again tomorrow until the count is reached, so a deleted account is
                // reported within days, and a one-off glitch costs nothing.
                let next = if missing >= GONE_AFTER { next_week } else { Some(today + 1) };
                let line = (missing == GONE_AFTER).then_some("log-account-gone");
                (PlayerLink { missing_checks: missing, state_search: None, check_day: next, ..link }, line)
            }
        };
        let updated = match self.deps.store.link_player(&updated).await {
            Ok(updated) => updated,
            // Counted only once written: a run that lost the race did nothing.
            Err(StoreError::VersionConflict(_)) => {
                report.skipped += 1;
                return Ok(());
            }
            Err(err) => return Err(err),
        };
        match finding {
            Finding::Confirmed => report.confirmed += 1,
            Finding::Moved(_) => report.transferred += 1,
            Finding::StillLooking(_) | Finding::Lost => report.searching += 1,
            Finding::Missing => report.missing += 1,
        }
        if let Some(line) = line {
            let args = [
                ("user", format!("<@{}>", updated.user_id)),
                ("nickname", updated.nickname.clone()),
                ("id", updated.game_id.to_string()),
                ("old", old_state.to_string()),
                ("state", updated.state.to_string()),
            ];
            guild_log::post(&self.deps, config, line, &args).await;
        }
        Ok(())
    }

    /// Schedules, once, the links stored before the due index: spread over the week by game id.
    /// Marked done only when every link was scheduled (a link changed meanwhile is tried again).
    async fn schedule_unscheduled(&self, now: i64) -> Result<(), StoreError> {
        let store = &self.deps.store;
        if store.migration_done(MIGRATION).await? {
            return Ok(());
        }
        let today = day_of(now);
        let mut complete = true;
        for guild in store.guilds_with_players().await? {
            for link in store.players(guild).await? {
                if link.check_day.is_some() {
                    continue;
                }
                let day = today + (link.game_id.0 % CHECK_EVERY_DAYS as u64) as i64;
                match store.link_player(&PlayerLink { check_day: Some(day), ..link }).await {
                    Ok(_) => {}
                    Err(err) if err.is_transient() => return Err(err),
                    // Changed meanwhile, or refused: this link is tried again on the next run.
                    Err(err) => {
                        tracing::warn!(error = %err, %guild, "could not schedule a link for the weekly check");
                        complete = false;
                    }
                }
            }
        }
        if complete {
            store.mark_migration_done(MIGRATION, now).await?;
        }
        Ok(())
    }
}
