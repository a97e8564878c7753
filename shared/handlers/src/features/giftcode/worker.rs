//! The `giftcode` worker: adds a code (tried for one player first, then stored, announced and
//! fanned out to every opted-in member as `redeem` jobs), lists codes, keeps consents, and shows
//! a run's detail.

use super::report;
use super::steps::{GiftcodeStep, RedeemJob};
use crate::deps::{WorkerDeps, now};
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GameId, GiftCode, GiftResult, Redemption};
use dwos_core::{ChannelId, Envelope, GuildId, JobError, JobKind, Origin, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use dwos_game::{GameError, RedeemOutcome};
use dwos_store::{RedeemClaim, StoreError};
use std::time::Duration;
use twilight_model::channel::message::component::ButtonStyle;

/// How long a worker holds a (code, player) call before another may make it: longer than any
/// function runs, so a live holder is never overtaken.
pub(super) const CLAIM_LEASE_SECS: i64 = 300;
/// The longest a new code's test waits for the budget, over hand-backs, before the moderator
/// is told to try again.
const MAX_TEST_WAIT_SECS: i64 = 600;
/// The wait before looking again at a test redemption another worker is making.
const TEST_HELD_DELAY: Duration = Duration::from_secs(20);
/// Rounds of re-reading a run another result changed between read and write.
const SAVE_TRIES: usize = 10;

/// Handles `giftcode` jobs.
pub struct GiftcodeWorker {
    deps: WorkerDeps,
}

/// Who asked, where, in which language.
struct Ctx<'a> {
    envelope: &'a Envelope,
    guild: GuildId,
    user: UserId,
    locale: &'static str,
}

impl GiftcodeWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    fn text(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(locale, id, args)
    }

    /// `/giftcode add`: the answer for the moderator (`None`: the job went back to the queue).
    async fn add(&self, ctx: &Ctx<'_>, code: String) -> Result<Option<String>, JobError> {
        let store = &self.deps.store;
        let config = store.guild_config(ctx.guild).await?;
        let channel = config.as_ref().and_then(|c| c.giftcode_channel_id).or(ctx.envelope.channel_id);
        if let Some(existing) = store.gift_code(ctx.guild, &code).await? {
            if let Some(dead) = &existing.dead {
                return Ok(Some(self.dead_text(ctx.locale, dead)));
            }
            // Added before, or this job is redelivered: an announcement that did not make it is
            // made now; members who opted in since get the code too, and everyone whose
            // redemption is settled is not asked again.
            let existing = match channel {
                Some(channel) => self.announce(ctx.guild, channel, existing).await?,
                None => existing,
            };
            let fanned = self.fan_out(ctx, existing, None).await?;
            let args = [("code", code), ("count", fanned.to_string())];
            return Ok(Some(self.text(ctx.locale, "giftcode-again", &args)));
        }
        if let Some(dead) = store.code_dead(&code).await? {
            return Ok(Some(self.dead_text(ctx.locale, &dead)));
        }
        let tester = match store.player(ctx.guild, ctx.user).await? {
            Some(link) => Some((link.game_id, link.state)),
            None => config.as_ref().and_then(|c| Some((c.test_player?, c.home_state?))),
        };
        let Some((fid, state)) = tester else { return Ok(Some(self.text(ctx.locale, "giftcode-no-tester", &[]))) };
        let outcome = match self.test(ctx, &code, fid, state).await? {
            None => return Ok(None),
            Some(Ok(outcome)) => outcome,
            Some(Err(answer)) => return Ok(Some(self.text(ctx.locale, answer, &[]))),
        };
        if outcome.code_is_dead() {
            store.mark_code_dead(&code, outcome.as_str(), now()).await?;
            return Ok(Some(self.dead_text(ctx.locale, outcome.as_str())));
        }
        if matches!(outcome, RedeemOutcome::WrongState | RedeemOutcome::NoSuchPlayer | RedeemOutcome::Unknown { .. }) {
            // The test says nothing about the code: nothing is broadcast on it.
            let tried = report::outcome_text(&self.deps.catalog, ctx.locale, outcome.as_str());
            return Ok(Some(self.text(ctx.locale, "giftcode-test-inconclusive", &[("outcome", tried)])));
        }
        let fresh = GiftCode {
            guild_id: ctx.guild,
            code: code.clone(),
            added_by: ctx.user,
            added_at: now(),
            dead: None,
            report: None,
            total: 0,
            done: 0,
            edited_at_ms: 0,
            summary_final: false,
            version: 0,
        };
        let added = match store.add_gift_code(&fresh).await {
            Ok(added) => added,
            // Two moderators added it at once: the other one's record is the run.
            Err(StoreError::AlreadyExists(_)) => store.gift_code(ctx.guild, &code).await?.unwrap_or(fresh),
            Err(err) => return Err(err.into()),
        };
        let added = match channel {
            Some(channel) => self.announce(ctx.guild, channel, added).await?,
            None => added,
        };
        let own = store
            .player(ctx.guild, ctx.user)
            .await?
            .filter(|link| link.game_id == fid)
            .map(|_| (fid, outcome.as_str()));
        let fanned = self.fan_out(ctx, added, own).await?;
        let tried = report::outcome_text(&self.deps.catalog, ctx.locale, outcome.as_str());
        let args = [("code", code), ("outcome", tried), ("count", fanned.to_string())];
        Ok(Some(self.text(ctx.locale, "giftcode-added", &args)))
    }

    /// Redeems the code for the tester, once (a redelivered add reads the stored answer), never
    /// waiting for the budget: `Ok(None)` when the job was handed back to wait for it;
    /// `Err(message id)` inside when the game could not be asked.
    async fn test(
        &self,
        ctx: &Ctx<'_>,
        code: &str,
        fid: GameId,
        state: u32,
    ) -> Result<Option<Result<RedeemOutcome, &'static str>>, JobError> {
        let store = &self.deps.store;
        let token = match store.claim_redemption(code, fid, ctx.user, now(), CLAIM_LEASE_SECS).await? {
            RedeemClaim::Done(stored) => return Ok(Some(Ok(parse_outcome(&stored.outcome)))),
            RedeemClaim::Busy => {
                return Ok(if self.later(ctx, TEST_HELD_DELAY).await? {
                    None
                } else {
                    Some(Err("giftcode-game-busy"))
                });
            }
            RedeemClaim::Mine(token) => token,
        };
        let outcome = match self.deps.game.redeem_now(code, fid, state).await {
            Ok(outcome) => outcome,
            Err(err) => {
                store.release_redemption(code, fid, token).await?;
                return match err {
                    GameError::Busy(wait) => {
                        Ok(if self.later(ctx, wait).await? { None } else { Some(Err("giftcode-game-busy")) })
                    }
                    err if err.is_transient() => {
                        tracing::warn!(error = %err, "gift-code test: no verdict");
                        Ok(Some(Err("giftcode-game-busy")))
                    }
                    err => Err(err.into()),
                };
            }
        };
        // An answer about the tester's state (or one nobody understands) says nothing final:
        // the claim goes back, so the next add asks again.
        if matches!(outcome, RedeemOutcome::WrongState | RedeemOutcome::Unknown { .. }) {
            store.release_redemption(code, fid, token).await?;
            return Ok(Some(Ok(outcome)));
        }
        let settled = Redemption {
            code: code.to_owned(),
            game_id: fid,
            user_id: ctx.user,
            redeemed_at: now(),
            outcome: outcome.as_str().to_owned(),
            settled_by: Some(ctx.envelope.origin.scope()),
        };
        match store.settle_redemption(&settled, token).await {
            Ok(()) | Err(StoreError::VersionConflict(_)) => Ok(Some(Ok(outcome))),
            Err(err) => Err(err.into()),
        }
    }

    /// Hands this job back to its queue for `wait` (the budget is spent): the moderator's reply
    /// stays "thinking" until then. `false` once the job has waited [`MAX_TEST_WAIT_SECS`]: the
    /// interaction's 15 minutes must still leave time to answer.
    async fn later(&self, ctx: &Ctx<'_>, wait: Duration) -> Result<bool, JobError> {
        let mut step: GiftcodeStep = serde_json::from_value(ctx.envelope.payload.clone())?;
        if let GiftcodeStep::Add { since, .. } = &mut step {
            let first = *since.get_or_insert(now());
            if now() - first > MAX_TEST_WAIT_SECS {
                return Ok(false);
            }
        }
        let again = Envelope { payload: serde_json::to_value(&step)?, ..ctx.envelope.clone() };
        let wait = (wait + Duration::from_secs(1)).min(Duration::from_secs(300));
        self.deps.queue.send_later(&again, wait).await.map_err(|e| JobError::Retry(e.to_string()))?;
        Ok(true)
    }

    /// Posts the announcement (with "Redeem for me") and the run's summary in `channel` until the
    /// summary is stored: Discord's nonce (per guild and code) makes a quick repeat the same
    /// message; a repeat after the nonce expired may post the announcement again, never lose it.
    async fn announce(&self, guild: GuildId, channel: ChannelId, code: GiftCode) -> Result<GiftCode, JobError> {
        if code.report.is_some() {
            return Ok(code);
        }
        let locale = self.deps.guild_locale(guild).await?;
        let nonce = |part: &str| format!("g{part}{}", dwos_core::text::base36(short_hash(guild, &code.code)));
        let announcement =
            MessageBody::text(self.text(locale, "giftcode-announcement", &[("code", code.code.clone())]))
                .row(vec![button(
                    format!("gift:redeem:{}", code.code),
                    self.text(locale, "giftcode-redeem-button", &[]),
                    ButtonStyle::Success,
                )])
                .once(nonce("a"));
        if let Err(err) = self.deps.rest.send_message(channel, &announcement).await {
            if err.is_transient() {
                return Err(err.into());
            }
            tracing::warn!(error = %err, "cannot announce a gift code; the run goes on without a summary");
            return Ok(code);
        }
        let summary = report::summary(&self.deps.catalog, locale, &code, &[]).once(nonce("r"));
        let message = match self.deps.rest.send_message(channel, &summary).await {
            Ok(message) => message,
            Err(err) if err.is_transient() => return Err(err.into()),
            Err(err) => {
                tracing::warn!(error = %err, "cannot post a gift-code summary; the run goes on without one");
                return Ok(code);
            }
        };
        self.save(guild, &code.code, |c| c.report = Some((channel, message))).await
    }

    /// Applies `change` to the stored run over its version; the run as saved.
    async fn save(&self, guild: GuildId, code: &str, change: impl Fn(&mut GiftCode)) -> Result<GiftCode, JobError> {
        let store = &self.deps.store;
        for _ in 0..SAVE_TRIES {
            let Some(mut stored) = store.gift_code(guild, code).await? else {
                return Err(JobError::Permanent(format!("gift code {code} vanished")));
            };
            change(&mut stored);
            match store.save_gift_code(&stored).await {
                Ok(saved) => return Ok(saved),
                Err(StoreError::VersionConflict(_)) => continue,
                Err(err) => return Err(err.into()),
            }
        }
        Err(JobError::Retry(format!("gift code {code} kept changing")))
    }

    /// One `redeem` job per opted-in member, sent in batches; how many.
    /// `tested`: the moderator's own player the code was just tried for, and the answer: their
    /// line in the run is that answer (the call was made), not a second job.
    async fn fan_out(&self, ctx: &Ctx<'_>, code: GiftCode, tested: Option<(GameId, &str)>) -> Result<usize, JobError> {
        // Once per job: a redelivered add does not send every member's job again. Marked after
        // the send, so a send that failed half-way is made again.
        if self.deps.store.is_claimed(&ctx.envelope.step_key("fanout"), now()).await? {
            return Ok(code.total as usize);
        }
        let players = self.deps.store.opted_in_players(ctx.guild).await?;
        let count = players.len();
        let code = self.save(ctx.guild, &code.code, |c| c.total = c.total.max(count as u32)).await?;
        if count == 0 {
            self.refresh_summary(ctx.guild, &code).await;
            return Ok(0);
        }
        let parent = format!("gc{}:{}", ctx.guild, code.code);
        let mut players = players;
        if let Some((fid, outcome)) = tested
            && let Some(at) = players.iter().position(|p| p.user_id == ctx.user && p.game_id == fid)
        {
            players.remove(at);
            let result = GiftResult {
                guild_id: ctx.guild,
                code: code.code.clone(),
                user_id: ctx.user,
                game_id: fid,
                outcome: outcome.to_owned(),
                at: now(),
            };
            self.deps.store.record_gift_result(&result, now() * 1000, 0).await?;
            if players.is_empty() {
                // The moderator was the only member opted in: their line completes the run.
                if let Some(done) = self.deps.store.gift_code(ctx.guild, &code.code).await? {
                    self.refresh_summary(ctx.guild, &done).await;
                }
            }
        }
        let jobs: Vec<Envelope> = players
            .iter()
            .map(|player| {
                let job = RedeemJob {
                    code: code.code.clone(),
                    user_id: player.user_id,
                    player: Some((player.game_id, player.state)),
                    run: true,
                    cooldowns: 0,
                    searched: false,
                    search: None,
                };
                // The member's id names the part: the same on every fan-out of this run.
                let origin =
                    Origin::FanOut { parent: parent.clone(), index: (player.user_id.0 % u64::from(u32::MAX)) as u32 };
                let mut envelope = Envelope::for_schedule(
                    JobKind::Redeem,
                    origin,
                    ctx.guild,
                    ctx.locale,
                    serde_json::to_value(&job).unwrap_or_default(),
                );
                envelope.correlation_id = ctx.envelope.correlation_id.clone();
                envelope.user_id = Some(player.user_id);
                envelope
            })
            .collect();
        self.deps.queue.send_batch(&jobs).await.map_err(|e| JobError::Retry(e.to_string()))?;
        self.deps.first_time(ctx.envelope, "fanout").await?;
        Ok(count)
    }

    /// Re-renders a run's summary (best effort).
    async fn refresh_summary(&self, guild: GuildId, code: &GiftCode) {
        let Some((channel, message)) = code.report else { return };
        match report::render(&self.deps, guild, code).await {
            Ok((body, _)) => {
                if let Err(err) = self.deps.rest.edit_message(channel, message, &body).await {
                    tracing::warn!(error = %err, "cannot edit a gift-code summary");
                }
            }
            Err(err) => tracing::warn!(error = %err, "cannot render a gift-code summary"),
        }
    }

    fn dead_text(&self, locale: &str, outcome: &str) -> String {
        self.text(locale, &format!("giftcode-dead-{}", outcome.replace('_', "-")), &[])
    }

    /// `/giftcode list`: the guild's live codes, newest first.
    async fn list(&self, ctx: &Ctx<'_>) -> Result<String, JobError> {
        let mut codes = self.deps.store.gift_codes(ctx.guild).await?;
        codes.retain(|c| c.dead.is_none());
        codes.sort_by_key(|c| std::cmp::Reverse(c.added_at));
        if codes.is_empty() {
            return Ok(self.text(ctx.locale, "giftcode-list-empty", &[]));
        }
        let mut lines = vec![self.text(ctx.locale, "giftcode-list-title", &[])];
        lines.extend(codes.iter().take(25).map(|c| {
            self.text(
                ctx.locale,
                "giftcode-list-line",
                &[
                    ("code", c.code.clone()),
                    ("added", format!("<t:{}:R>", c.added_at)),
                    ("done", c.done.to_string()),
                    ("total", c.total.to_string()),
                ],
            )
        }));
        Ok(lines.join("\n"))
    }

    /// `/giftcode auto on|off` and the question after verification.
    async fn auto(&self, ctx: &Ctx<'_>, on: bool) -> Result<String, JobError> {
        self.deps.store.set_gift_opt_in(ctx.user, on, now()).await?;
        Ok(self.text(ctx.locale, if on { "giftcode-auto-on" } else { "giftcode-auto-off" }, &[]))
    }
}

/// A hash of (guild, code) for a nonce: Discord keeps at most 25 characters.
fn short_hash(guild: GuildId, code: &str) -> u64 {
    let seed = guild.0.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    code.bytes().fold(seed, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// A stored outcome name back as the game's verdict.
pub(super) fn parse_outcome(name: &str) -> RedeemOutcome {
    use RedeemOutcome as O;
    match name {
        "redeemed" => O::Redeemed,
        "already_redeemed" => O::AlreadyRedeemed,
        "same_type_redeemed" => O::SameTypeRedeemed,
        "expired" => O::Expired,
        "not_found" => O::NotFound,
        "usage_limit" => O::UsageLimit,
        "furnace_too_low" => O::FurnaceTooLow,
        "spend_required" => O::SpendRequired,
        "vip_required" => O::VipRequired,
        "wrong_state" => O::WrongState,
        "no_such_player" => O::NoSuchPlayer,
        other => O::Unknown { code: None, msg: other.to_owned() },
    }
}

#[async_trait]
impl Worker for GiftcodeWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: GiftcodeStep = serde_json::from_value(envelope.payload.clone())?;
        let Some((guild, user, locale)) = self.deps.job_member(&envelope).await? else { return Ok(()) };
        let ctx = Ctx { envelope: &envelope, guild, user, locale };
        let text = match step {
            GiftcodeStep::Add { code, .. } => match self.add(&ctx, code).await? {
                Some(text) => text,
                None => return Ok(()),
            },
            GiftcodeStep::List => self.list(&ctx).await?,
            GiftcodeStep::Auto { on } => self.auto(&ctx, on).await?,
            GiftcodeStep::Detail { code } => {
                let results = self.deps.store.gift_results(guild, &code).await?;
                report::detail(&self.deps.catalog, locale, &code, &results)
            }
        };
        self.deps.answer(&envelope, &MessageBody::text(text)).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_name_reads_back() {
        use RedeemOutcome as O;
        for outcome in [
            O::Redeemed,
            O::AlreadyRedeemed,
            O::SameTypeRedeemed,
            O::Expired,
            O::NotFound,
            O::UsageLimit,
            O::FurnaceTooLow,
            O::SpendRequired,
            O::VipRequired,
            O::WrongState,
            O::NoSuchPlayer,
        ] {
            assert_eq!(parse_outcome(outcome.as_str()), outcome);
        }
    }
}
