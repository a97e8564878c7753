//! The `redeem` worker: one code for one member, one game call at most per (code, player)
//! whatever the guild or the delivery. No sleeping for the budget: a job that finds none left,
//! or a game asking to slow down, goes back to the queue with a delay.

use super::report;
use super::steps::RedeemJob;
use super::worker::CLAIM_LEASE_SECS;
use crate::deps::{WorkerDeps, now};
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GameId, GiftResult, Redemption};
use dwos_core::{Envelope, GuildId, JobError};
use dwos_discord::MessageBody;
use dwos_game::{GameError, RedeemOutcome, probe_code, search_order};
use dwos_store::{RedeemClaim, StoreError};
use std::time::Duration;

/// Transient failures (TOO FREQUENT, 429, 5xx, unreachable) one job goes back to the queue for.
pub const MAX_COOLDOWNS: u32 = 10;
/// The first cooldown after a transient failure; it doubles each time, up to SQS's 15 minutes.
const FIRST_COOLDOWN: Duration = Duration::from_secs(30);
/// The longest delay SQS gives a message.
const MAX_DELAY: Duration = Duration::from_secs(900);
/// The wait before looking again at a (code, player) another worker holds.
const HELD_DELAY: Duration = Duration::from_secs(20);
/// States tried per delivery for a player the game says is not in their stored state (each
/// probe waits the per-player spacing, about 2 s).
const SEARCH_PROBES: u32 = 5;
/// States tried in all before the player counts as in the wrong state.
const SEARCH_LIMIT: u32 = 20;
/// Least time between two edits of a run's summary.
const SUMMARY_GAP_MS: i64 = 5_000;

/// Handles `redeem` jobs.
pub struct RedeemWorker {
    deps: WorkerDeps,
}

/// Where a search for a player's state got.
enum Search {
    /// The player is in this state.
    Found(u32),
    /// The game has no such player.
    NoSuchPlayer,
    /// Not in any state tried.
    NotFound,
    /// Handed back to the queue, to go on later.
    HandedBack(Step),
}

/// What became of one job.
enum Step {
    /// An outcome to record (the game's, a stored one, or `failed`).
    Finished(String),
    /// Sent back to the queue to try again later.
    HandedBack,
}

impl RedeemWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// Sends the job back to its queue, visible after `delay` plus a little jitter (so jobs
    /// handed back together do not all come back in the same second).
    async fn hand_back(&self, envelope: &Envelope, job: &RedeemJob, delay: Duration) -> Result<Step, JobError> {
        let jitter = Duration::from_millis(rand_below(2_000));
        let again = Envelope { payload: serde_json::to_value(job)?, ..envelope.clone() };
        self.deps
            .queue
            .send_later(&again, (delay + jitter).min(MAX_DELAY))
            .await
            .map_err(|e| JobError::Retry(e.to_string()))?;
        Ok(Step::HandedBack)
    }

    /// After a transient failure: back to the queue with a growing cooldown, or, after
    /// [`MAX_COOLDOWNS`], reported as failed.
    async fn cool_down(&self, envelope: &Envelope, job: &RedeemJob, err: &GameError) -> Result<Step, JobError> {
        if job.cooldowns >= MAX_COOLDOWNS {
            tracing::warn!(error = %err, code = %job.code, "no verdict after every cooldown; reported as failed");
            return Ok(Step::Finished("failed".to_owned()));
        }
        let delay = FIRST_COOLDOWN.saturating_mul(1 << job.cooldowns.min(5));
        let next = RedeemJob { cooldowns: job.cooldowns + 1, ..job.clone() };
        tracing::info!(error = %err, cooldowns = next.cooldowns, ?delay, "game busy; redemption handed back");
        self.hand_back(envelope, &next, delay).await
    }

    /// Probes for the player's state from where `job.search` got, a few states per delivery and
    /// never waiting for the budget: the job goes back to the queue with its place kept.
    async fn search(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        job: &mut RedeemJob,
        fid: GameId,
    ) -> Result<Search, JobError> {
        let Some((anchor, mut next)) = job.search else { return Ok(Search::NotFound) };
        let home = self.deps.store.guild_config(guild).await?.and_then(|c| c.home_state);
        let order = search_order(&home.into_iter().collect::<Vec<_>>(), Some(anchor));
        let mut probes = 0;
        while let Some(&state) = order.get(next as usize).filter(|_| next < SEARCH_LIMIT) {
            if probes == SEARCH_PROBES {
                job.search = Some((anchor, next));
                self.deps.store.release_redemption(&job.code, fid).await?;
                return Ok(Search::HandedBack(self.hand_back(envelope, job, Duration::ZERO).await?));
            }
            probes += 1;
            match self.deps.game.redeem_now(&probe_code(), fid, state).await {
                Ok(RedeemOutcome::NotFound) => return Ok(Search::Found(state)),
                Ok(RedeemOutcome::NoSuchPlayer) => return Ok(Search::NoSuchPlayer),
                Ok(RedeemOutcome::WrongState) => next += 1,
                Ok(other) => {
                    tracing::warn!(outcome = %other, "unexpected answer to a state probe; search stopped");
                    return Ok(Search::NotFound);
                }
                Err(err) => {
                    job.search = Some((anchor, next));
                    self.deps.store.release_redemption(&job.code, fid).await?;
                    let step = match err {
                        GameError::Busy(wait) => self.hand_back(envelope, job, wait).await?,
                        err => self.cool_down(envelope, job, &err).await?,
                    };
                    return Ok(Search::HandedBack(step));
                }
            }
        }
        Ok(Search::NotFound)
    }

    /// The game call for a claimed (code, player): one state search and one retry after a
    /// wrong-state answer. The claim is settled or released before this returns.
    async fn call(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        mut job: RedeemJob,
        fid: GameId,
        mut state: u32,
    ) -> Result<Step, JobError> {
        let store = &self.deps.store;
        loop {
            if job.search.is_some() {
                match self.search(envelope, guild, &mut job, fid).await? {
                    Search::Found(found) => {
                        tracing::info!(%fid, from = state, to = found, "player found in another state; retrying once");
                        (state, job.search, job.searched) = (found, None, true);
                        job.player = Some((fid, found));
                    }
                    Search::NoSuchPlayer => return self.settle(&job, fid, RedeemOutcome::NoSuchPlayer).await,
                    Search::NotFound => return self.settle(&job, fid, RedeemOutcome::WrongState).await,
                    Search::HandedBack(step) => return Ok(step),
                }
            }
            let outcome = match self.deps.game.redeem_now(&job.code, fid, state).await {
                Ok(outcome) => outcome,
                Err(err) => {
                    store.release_redemption(&job.code, fid).await?;
                    return match err {
                        GameError::Busy(wait) => self.hand_back(envelope, &job, wait).await,
                        err if err.is_transient() => self.cool_down(envelope, &job, &err).await,
                        err => {
                            tracing::error!(error = %err, code = %job.code, "redemption refused by protocol");
                            Ok(Step::Finished("failed".to_owned()))
                        }
                    };
                }
            };
            if outcome == RedeemOutcome::WrongState && !job.searched {
                job.searched = true;
                job.search = Some((state, 0));
                continue;
            }
            if outcome.code_is_dead() {
                // Stops the run for everyone: the other jobs read this before calling.
                store.mark_code_dead(&job.code, outcome.as_str(), now()).await?;
            }
            return self.settle(&job, fid, outcome).await;
        }
    }

    async fn settle(&self, job: &RedeemJob, fid: GameId, outcome: RedeemOutcome) -> Result<Step, JobError> {
        let settled = Redemption {
            code: job.code.clone(),
            game_id: fid,
            user_id: job.user_id,
            redeemed_at: now(),
            outcome: outcome.as_str().to_owned(),
        };
        self.deps.store.settle_redemption(&settled).await?;
        Ok(Step::Finished(settled.outcome))
    }

    /// Counts the result in the guild's run and edits the summary when it is due.
    async fn record(&self, guild: GuildId, job: &RedeemJob, fid: GameId, outcome: &str) -> Result<(), JobError> {
        let store = &self.deps.store;
        let result = GiftResult {
            guild_id: guild,
            code: job.code.clone(),
            user_id: job.user_id,
            game_id: fid,
            outcome: outcome.to_owned(),
            at: now(),
        };
        let now_ms = now() * 1000 + i64::from(chrono_millis());
        let Some(recorded) = store.record_gift_result(&result, now_ms, SUMMARY_GAP_MS).await? else { return Ok(()) };
        let mut code = recorded.code;
        if code.dead.is_none()
            && let Some(dead) = store.code_dead(&job.code).await?
        {
            code.dead = Some(dead);
            // Best effort: the summary shows the stop either way (read here).
            if let Err(err) = self.mark_run_dead(guild, &code.code, &code.dead).await {
                tracing::warn!(error = %err, "cannot mark a run stopped");
            }
        }
        if !recorded.edit_report {
            return Ok(());
        }
        let Some((channel, message)) = code.report else { return Ok(()) };
        let locale = self.deps.guild_locale(guild).await?;
        let results = store.gift_results(guild, &job.code).await?;
        let body = report::summary(&self.deps.catalog, locale, &code, &results);
        if let Err(err) = self.deps.rest.edit_message(channel, message, &body).await {
            // The next result edits it again; the count is safe in the store.
            tracing::warn!(error = %err, "cannot edit a gift-code summary");
        }
        Ok(())
    }

    async fn mark_run_dead(&self, guild: GuildId, code: &str, dead: &Option<String>) -> Result<(), StoreError> {
        for _ in 0..5 {
            let Some(mut stored) = self.deps.store.gift_code(guild, code).await? else { return Ok(()) };
            if stored.dead.is_some() {
                return Ok(());
            }
            stored.dead.clone_from(dead);
            match self.deps.store.save_gift_code(&stored).await {
                Err(StoreError::VersionConflict(_)) => continue,
                other => return other.map(drop),
            }
        }
        Ok(())
    }
}

/// Milliseconds into the current second, for the summary's edit spacing.
fn chrono_millis() -> u32 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_millis())
}

/// A number below `n` from the clock's nanoseconds: jitter needs spread, not secrecy.
fn rand_below(n: u64) -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    u64::from(nanos) % n.max(1)
}

#[async_trait]
impl Worker for RedeemWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let job: RedeemJob = serde_json::from_value(envelope.payload.clone())?;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let Some(guild) = envelope.guild_id else {
            return self.deps.answer(&envelope, &MessageBody::text(self.deps.catalog.text(locale, "guild-only"))).await;
        };
        let store = &self.deps.store;
        let (fid, state) = match job.player {
            Some(player) => player,
            None => match store.player(guild, job.user_id).await? {
                Some(link) => (link.game_id, link.state),
                None => {
                    let text = self.deps.catalog.text(locale, "giftcode-verify-first");
                    return self.deps.answer(&envelope, &MessageBody::text(text)).await;
                }
            },
        };
        let step = match store.code_dead(&job.code).await? {
            Some(dead) => Step::Finished(dead),
            None => match store.claim_redemption(&job.code, fid, job.user_id, now(), CLAIM_LEASE_SECS).await? {
                RedeemClaim::Mine => self.call(&envelope, guild, job.clone(), fid, state).await?,
                // Redeemed by DWOS before (another guild's run, an earlier run): the member has it.
                RedeemClaim::Done(stored) if stored.outcome == "redeemed" => Step::Finished("already_redeemed".into()),
                RedeemClaim::Done(stored) => Step::Finished(stored.outcome),
                RedeemClaim::Busy => self.hand_back(&envelope, &job, HELD_DELAY).await?,
            },
        };
        let Step::Finished(outcome) = step else { return Ok(()) };
        if job.run {
            self.record(guild, &job, fid, &outcome).await?;
        }
        let code = job.code.clone();
        let text = self.deps.catalog.format_with(
            locale,
            "giftcode-mine",
            &[("code", code), ("outcome", report::outcome_text(&self.deps.catalog, locale, &outcome))],
        );
        self.deps.answer(&envelope, &MessageBody::text(text)).await
    }
}
