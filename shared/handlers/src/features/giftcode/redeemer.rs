//! The `redeem` worker: one code for one member, one game call at most per (code, player)
//! whatever the guild or the delivery. A fan-out part never sleeps for the budget: a job that
//! finds none left, or a game asking to slow down, goes back to the queue with a delay.

use super::report;
use super::steps::RedeemJob;
use super::worker::CLAIM_LEASE_SECS;
use crate::deps::{WorkerDeps, now};
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GameId, GiftCode, GiftResult, Redemption};
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
/// probe waits the per-player spacing, about 2 s, and at most the client's 10 s timeout).
const SEARCH_PROBES: u32 = 3;
/// States tried in all before the player counts as in the wrong state.
const SEARCH_LIMIT: u32 = 20;
/// The longest a member's own redemption waits in process for the budget before going back to
/// the queue.
const OWN_WAIT: Duration = Duration::from_secs(20);
/// A member's own redemptions per window: each may take a call from the budget every server shares.
const SELF_MAX: usize = 10;
/// The window of [`SELF_MAX`].
const SELF_WINDOW_SECS: i64 = 600;
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
    /// Ended here without a state: handed back to go on later, or finished (failed).
    Ended(Step),
}

/// What became of one job.
enum Step {
    /// An outcome to record (the game's, a stored one, or `failed`).
    Finished(String),
    /// Sent back to the queue to try again later.
    HandedBack,
}

/// One claimed (code, player): what a call needs to settle or give it back.
struct Claimed<'a> {
    envelope: &'a Envelope,
    guild: GuildId,
    fid: GameId,
    token: u64,
}

impl RedeemWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// Sends the job back to its queue, visible after `delay` plus jitter of up to half the
    /// delay (at least 2 s), so jobs handed back together come back spread out.
    async fn hand_back(&self, envelope: &Envelope, job: &RedeemJob, delay: Duration) -> Result<Step, JobError> {
        let spread = (delay.as_millis() as u64 / 2).max(2_000);
        let jitter = Duration::from_millis(rand_below(spread));
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

    /// What to do with a call that gave no verdict: the claim goes back, the job waits.
    async fn no_verdict(&self, at: &Claimed<'_>, job: &RedeemJob, err: GameError) -> Result<Step, JobError> {
        self.deps.store.release_redemption(&job.code, at.fid, at.token).await?;
        match err {
            GameError::Busy(wait) => self.hand_back(at.envelope, job, wait).await,
            err if err.is_transient() => self.cool_down(at.envelope, job, &err).await,
            err => {
                tracing::error!(error = %err, code = %job.code, "redemption refused by protocol");
                Ok(Step::Finished("failed".to_owned()))
            }
        }
    }

    /// One redemption call, never the client's waiting retries: a member waiting on their own
    /// "Redeem for me" gets one short in-process wait for the budget (their reply is open); a
    /// fan-out part never waits.
    async fn redeem(
        &self,
        envelope: &Envelope,
        code: &str,
        fid: GameId,
        state: u32,
    ) -> Result<RedeemOutcome, GameError> {
        match self.deps.game.redeem_now(code, fid, state).await {
            Err(GameError::Busy(wait)) if envelope.interaction().is_some() && wait <= OWN_WAIT => {
                tokio::time::sleep(wait).await;
                self.deps.game.redeem_now(code, fid, state).await
            }
            other => other,
        }
    }

    /// Probes for the player's state from where `job.search` got, a few states per delivery and
    /// never waiting for the budget: the job goes back to the queue with its place kept.
    async fn search(&self, at: &Claimed<'_>, job: &mut RedeemJob) -> Result<Search, JobError> {
        let Some((anchor, mut next)) = job.search else { return Ok(Search::NotFound) };
        let home = self.deps.store.guild_config(at.guild).await?.and_then(|c| c.home_state);
        let order = search_order(&home.into_iter().collect::<Vec<_>>(), Some(anchor));
        let mut probes = 0;
        while let Some(&state) = order.get(next as usize).filter(|_| next < SEARCH_LIMIT) {
            if state == anchor {
                // The state that just answered "wrong state": no probe spent on it.
                next += 1;
                continue;
            }
            if probes == SEARCH_PROBES {
                job.search = Some((anchor, next));
                self.deps.store.release_redemption(&job.code, at.fid, at.token).await?;
                return Ok(Search::Ended(self.hand_back(at.envelope, job, Duration::ZERO).await?));
            }
            probes += 1;
            match self.deps.game.redeem_now(&probe_code(), at.fid, state).await {
                Ok(RedeemOutcome::NotFound) => return Ok(Search::Found(state)),
                Ok(RedeemOutcome::NoSuchPlayer) => return Ok(Search::NoSuchPlayer),
                Ok(RedeemOutcome::WrongState) => next += 1,
                Ok(other) => {
                    tracing::warn!(outcome = %other, "unexpected answer to a state probe; search stopped");
                    return Ok(Search::NotFound);
                }
                Err(err) => {
                    job.search = Some((anchor, next));
                    return Ok(Search::Ended(self.no_verdict(at, job, err).await?));
                }
            }
        }
        Ok(Search::NotFound)
    }

    /// The game call for a claimed (code, player): one state search and one retry after a
    /// wrong-state answer. The claim is settled or released before this returns.
    async fn call(&self, at: &Claimed<'_>, mut job: RedeemJob, mut state: u32) -> Result<Step, JobError> {
        let store = &self.deps.store;
        loop {
            if job.search.is_some() {
                match self.search(at, &mut job).await? {
                    Search::Found(found) => {
                        tracing::info!(fid = %at.fid, from = state, to = found, "player found in another state; retrying once");
                        self.follow_transfer(at, job.user_id, found).await;
                        (state, job.search, job.searched) = (found, None, true);
                        job.player = Some((at.fid, found));
                    }
                    Search::NoSuchPlayer => return self.settle(at, &job, RedeemOutcome::NoSuchPlayer).await,
                    Search::NotFound => return self.settle(at, &job, RedeemOutcome::WrongState).await,
                    Search::Ended(step) => return Ok(step),
                }
            }
            let outcome = match self.redeem(at.envelope, &job.code, at.fid, state).await {
                Ok(outcome) => outcome,
                Err(err) => return self.no_verdict(at, &job, err).await,
            };
            if outcome == RedeemOutcome::WrongState && !job.searched {
                job.searched = true;
                job.search = Some((state, 0));
                continue;
            }
            if outcome.code_is_dead() && job.run {
                // Stops the run for everyone: the other jobs read this before calling. (A member's
                // own try does not: a typo must not kill a code a moderator adds later.)
                store.mark_code_dead(&job.code, outcome.as_str(), now()).await?;
            }
            return self.settle(at, &job, outcome).await;
        }
    }

    /// Stores a final answer for good; one that depends on the state sent, or that nobody
    /// understood, is only reported: the claim goes back so a later try asks again.
    async fn settle(&self, at: &Claimed<'_>, job: &RedeemJob, outcome: RedeemOutcome) -> Result<Step, JobError> {
        let store = &self.deps.store;
        // A member's own try of a dead-looking code is not kept either: typed before the code
        // went live, it must not stand in for the run's real call later.
        let own_dead = !job.run && outcome.code_is_dead();
        if own_dead || matches!(outcome, RedeemOutcome::WrongState | RedeemOutcome::Unknown { .. }) {
            store.release_redemption(&job.code, at.fid, at.token).await?;
            return Ok(Step::Finished(outcome.as_str().to_owned()));
        }
        let settled = Redemption {
            code: job.code.clone(),
            game_id: at.fid,
            user_id: job.user_id,
            redeemed_at: now(),
            outcome: outcome.as_str().to_owned(),
            settled_by: Some(at.envelope.origin.scope()),
        };
        match store.settle_redemption(&settled, at.token).await {
            Ok(()) => {}
            // Our lease ran out and another worker holds the call now: it stores the answer.
            Err(StoreError::VersionConflict(_)) => tracing::warn!(code = %job.code, "claim lost before settling"),
            Err(err) => return Err(err.into()),
        }
        Ok(Step::Finished(settled.outcome))
    }

    /// Counts the result in the guild's run and edits the summary when it is due; a result
    /// counted before (a redelivery) edits it again once the run is complete, so a final edit
    /// that failed is made by the next delivery.
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
        let now_ms = now_millis();
        let (mut code, edit, last) = match store.record_gift_result(&result, now_ms, SUMMARY_GAP_MS).await? {
            Some(recorded) => {
                let last = recorded.code.done >= recorded.code.total;
                (recorded.code, recorded.edit_report, last)
            }
            // Counted before (a redelivery, or a part of a second add): the complete summary is
            // edited again only if no final edit made it.
            None => match store.gift_code(guild, &job.code).await? {
                Some(code) if code.done >= code.total && !code.summary_final => (code, true, true),
                _ => return Ok(()),
            },
        };
        if code.dead.is_none()
            && let Some(dead) = store.code_dead(&job.code).await?
        {
            code.dead = Some(dead);
            if let Err(err) = self.mark_run_dead(guild, &code.code, &code.dead).await {
                tracing::warn!(error = %err, "cannot mark a run stopped");
            }
        }
        if !edit {
            return Ok(());
        }
        self.edit_summary(guild, &code, last).await?;
        if !last && let Some(now_complete) = store.gift_code(guild, &job.code).await?.filter(|c| c.done >= c.total) {
            // The last result may have been rendered before this edit landed: render it again
            // so the complete summary is the one that stays.
            self.edit_summary(guild, &now_complete, true).await?;
        }
        Ok(())
    }

    /// Renders the summary from every stored result and edits it; the final edit is retried
    /// through the queue when it fails, an intermediate one only logged.
    async fn edit_summary(&self, guild: GuildId, code: &GiftCode, last: bool) -> Result<(), JobError> {
        let Some((channel, message)) = code.report else { return Ok(()) };
        let (body, results) = report::render(&self.deps, guild, code).await?;
        match self.deps.rest.edit_message(channel, message, &body).await {
            Ok(()) if last && results >= code.total as usize => {
                self.mark_summary_final(guild, &code.code).await;
                Ok(())
            }
            Ok(()) => Ok(()),
            Err(err) if last && err.is_transient() => Err(err.into()),
            Err(err) => {
                tracing::warn!(error = %err, "cannot edit a gift-code summary");
                Ok(())
            }
        }
    }

    /// Records that the complete summary was edited (best effort: at worst it is edited again).
    async fn mark_summary_final(&self, guild: GuildId, code: &str) {
        for _ in 0..5 {
            let Ok(Some(mut stored)) = self.deps.store.gift_code(guild, code).await else { return };
            if stored.summary_final {
                return;
            }
            stored.summary_final = true;
            match self.deps.store.save_gift_code(&stored).await {
                Err(StoreError::VersionConflict(_)) => continue,
                _ => return,
            }
        }
    }

    async fn mark_run_dead(&self, guild: GuildId, code: &str, dead: &Option<String>) -> Result<(), StoreError> {
        for _ in 0..10 {
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
        Err(StoreError::Conflict(format!("run of {code} kept changing")))
    }

    /// Moves the member's link to the state the search found, as the weekly check would, and
    /// tells the log channel; best effort (the weekly check finds it anyway).
    async fn follow_transfer(&self, at: &Claimed<'_>, user: dwos_core::UserId, state: u32) {
        let store = &self.deps.store;
        let moved = async {
            let Some(link) = store.player(at.guild, user).await?.filter(|l| l.game_id == at.fid && l.state != state)
            else {
                return Ok(None);
            };
            let old = link.state;
            let updated = dwos_core::model::PlayerLink { state, refreshed_at: now(), state_search: None, ..link };
            store.link_player(&updated).await.map(|saved| Some((saved, old)))
        };
        match moved.await {
            Ok(Some((link, old))) => {
                let config = store.guild_config(at.guild).await.ok().flatten();
                let args = [
                    ("user", format!("<@{}>", link.user_id)),
                    ("nickname", link.nickname.clone()),
                    ("id", link.game_id.to_string()),
                    ("old", old.to_string()),
                    ("state", link.state.to_string()),
                ];
                crate::guild_log::post(&self.deps, config.as_ref(), "log-transferred", &args).await;
            }
            Ok(None) => {}
            Err(err) => tracing::warn!(error = %err, "cannot move a link to the state found"),
        }
    }

    /// Whether a run's member still wants it: still linked to the same player, still opted in.
    /// The fan-out read both minutes (or, handed back, hours) ago.
    async fn still_wanted(&self, guild: GuildId, job: &RedeemJob, fid: GameId) -> Result<bool, JobError> {
        let store = &self.deps.store;
        let linked = store.player(guild, job.user_id).await?.is_some_and(|link| link.game_id == fid);
        let opted_in = store.prefs(job.user_id).await?.is_some_and(|p| p.gift_code_opt_in);
        Ok(linked && opted_in)
    }
}

/// Unix milliseconds now, for the summary's edit spacing.
fn now_millis() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}

/// A number below `n` from the clock's nanoseconds: jitter needs spread, not secrecy.
fn rand_below(n: u64) -> u64 {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.subsec_nanos());
    u64::from(nanos).wrapping_mul(2_654_435_761) % n.max(1)
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
        if !job.run
            && let Err(wait) = store
                .record_redeem_attempt(job.user_id, &envelope.origin.scope(), now(), SELF_WINDOW_SECS, SELF_MAX)
                .await?
        {
            let minutes = (wait + 59) / 60;
            let text = self.deps.catalog.format_with(locale, "giftcode-too-many", &[("minutes", minutes.to_string())]);
            return self.deps.answer(&envelope, &MessageBody::text(text)).await;
        }
        let step = if job.run && !self.still_wanted(guild, &job, fid).await? {
            Step::Finished("opted_out".to_owned())
        } else if let Some(dead) = store.code_dead(&job.code).await? {
            Step::Finished(dead)
        } else {
            match store.claim_redemption(&job.code, fid, job.user_id, now(), CLAIM_LEASE_SECS).await? {
                RedeemClaim::Mine(token) => {
                    let at = Claimed { envelope: &envelope, guild, fid, token };
                    self.call(&at, job.clone(), state).await?
                }
                // This very job settled it before (a redelivery): its own answer.
                RedeemClaim::Done(stored) if stored.settled_by.as_deref() == Some(&envelope.origin.scope()) => {
                    Step::Finished(stored.outcome)
                }
                // Redeemed by DWOS before (another guild's run, an earlier run): the member has it.
                RedeemClaim::Done(stored) if stored.outcome == "redeemed" => Step::Finished("already_redeemed".into()),
                RedeemClaim::Done(stored) => Step::Finished(stored.outcome),
                RedeemClaim::Busy => self.hand_back(&envelope, &job, HELD_DELAY).await?,
            }
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
