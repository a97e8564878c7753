//! After verification: which alliance, at which rank (an R5 claim on a led alliance waits
//! for a moderator), or no alliance, or another state.

use super::ids::{NO_ALLIANCE, OTHER_STATE, VerifyId};
use super::steps::AllianceChoice;
use super::worker::{Ctx, VerifyWorker};
use crate::deps::now;
use crate::guild_log;
use dwos_core::model::{Alliance, AllianceMember, PlayerLink, Rank};
use dwos_core::{GuildId, JobError, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::{button, select};
use dwos_store::StoreError;
use twilight_model::channel::message::component::ButtonStyle;

/// Discord allows 25 options in a select menu; two are "no alliance" and "another state".
const MAX_LISTED_ALLIANCES: usize = 23;
/// Rounds of re-reading a link that changed between read and write.
const LINK_RETRIES: usize = 3;

impl VerifyWorker {
    /// Shows `text` (the verification result) with the alliance picker under it.
    pub(super) async fn ask_alliance(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let alliances = self.deps.store.alliances(ctx.guild).await?;
        let mut options: Vec<(String, String)> = alliances
            .iter()
            .take(MAX_LISTED_ALLIANCES)
            .map(|a| (format!("[{}] {}", a.tag, a.name), a.tag.clone()))
            .collect();
        options.push((self.text(ctx, "alliance-none", &[]), NO_ALLIANCE.to_owned()));
        options.push((self.text(ctx, "alliance-other-state", &[]), OTHER_STATE.to_owned()));
        let question = format!("**{}**", self.text(ctx, "alliance-question", &[]));
        let content = if text.is_empty() { question } else { format!("{text}\n\n{question}") };
        let body = MessageBody::text(content)
            .row(vec![select(VerifyId::AllianceSelect.format(), self.text(ctx, "alliance-placeholder", &[]), options)])
            .row(vec![button(
                VerifyId::AllianceNew.format(),
                self.text(ctx, "alliance-new-button", &[]),
                ButtonStyle::Secondary,
            )]);
        self.deps.answer(ctx.envelope, &body).await
    }

    /// Records the user's answer: membership, rank, nickname tag.
    pub(super) async fn choose_alliance(&self, ctx: &Ctx<'_>, choice: AllianceChoice) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(link) = store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
        let previous_tag = link.alliance.clone();
        let mut seated_now = false;
        let (alliance, rank, other_state, text) = match &choice {
            AllianceChoice::NoAlliance => (None, None, false, self.text(ctx, "alliance-none-done", &[])),
            AllianceChoice::OtherState => (None, None, true, self.text(ctx, "alliance-other-done", &[])),
            AllianceChoice::Join { tag, rank } => {
                let (granted, newly_seated) = self.claim_rank(ctx, tag, *rank).await?;
                seated_now = newly_seated;
                let text = if granted == *rank {
                    self.text(ctx, "alliance-done", &[("rank", rank.as_str().to_owned()), ("tag", tag.clone())])
                } else {
                    self.text(ctx, "r5-pending", &[("tag", tag.clone())])
                };
                (Some(tag.clone()), Some(granted), false, text)
            }
        };
        // Leaving the old alliance first (idempotent): once the link names the new one, a
        // redelivery no longer knows the old one.
        if let Some(old) = previous_tag.filter(|old| Some(old) != alliance.as_ref()) {
            store.remove_member(ctx.guild, &old, ctx.user).await?;
        }
        // The link on the version read: an unlink meanwhile fails it, and then no seat this
        // job took may stay with a member who is gone.
        let updated = PlayerLink { alliance: alliance.clone(), rank, other_state, ..link };
        let updated = match store.link_player(&updated).await {
            Ok(updated) => updated,
            Err(err) => {
                if let (true, Some(tag)) = (seated_now, &alliance) {
                    store.release_r5(ctx.guild, tag, ctx.user).await?;
                }
                return Err(err.into());
            }
        };
        if let (Some(tag), Some(granted)) = (&alliance, rank) {
            self.join(ctx, tag, granted, matches!(choice, AllianceChoice::Join { rank: Rank::R5, .. })).await?;
        }
        let mut text = text;
        if !self.apply_member(ctx, &updated).await? {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        // Asked once: the question leaves a preference (off until they say yes), so a member
        // who has any is not asked again.
        if store.prefs(ctx.user).await?.is_none() && store.init_prefs(ctx.user, now()).await? {
            let question = format!("{text}\n\n{}", self.text(ctx, "giftcode-consent", &[]));
            let body = MessageBody::text(question).row(vec![
                button("gift:auto:on", self.text(ctx, "giftcode-consent-yes", &[]), ButtonStyle::Success),
                button("gift:auto:off", self.text(ctx, "giftcode-consent-no", &[]), ButtonStyle::Secondary),
            ]);
            return self.deps.answer(ctx.envelope, &body).await;
        }
        self.reply(ctx, text).await
    }

    /// Registers `tag` if new and decides the rank granted: an R5 claim on an alliance whose
    /// seat another member holds is R4 until a moderator approves. The seat is one
    /// conditional write, so two claims cannot both win. Also says whether this call took
    /// the seat (a sitting R5 re-picking their alliance did not).
    async fn claim_rank(&self, ctx: &Ctx<'_>, tag: &str, rank: Rank) -> Result<(Rank, bool), JobError> {
        let store = &self.deps.store;
        if store.alliance(ctx.guild, tag).await?.is_none() {
            let alliance = Alliance {
                guild_id: ctx.guild,
                tag: tag.to_owned(),
                name: tag.to_owned(),
                version: 0,
                created_at: now(),
            };
            match store.create_alliance(&alliance).await {
                Ok(_) | Err(StoreError::AlreadyExists(_)) => {}
                Err(err) => return Err(err.into()),
            }
        }
        if rank != Rank::R5 {
            return Ok((rank, false));
        }
        let holder = store.r5_holder(ctx.guild, tag).await?;
        if holder == Some(ctx.user) {
            return Ok((Rank::R5, false));
        }
        if holder.is_none() {
            // Alliances led before the seat existed: their sitting R5 takes the seat first.
            let members = store.members(ctx.guild, tag).await?;
            if let Some(sitting) = members.iter().find(|m| m.rank == Rank::R5 && m.user_id != ctx.user) {
                store.claim_r5(ctx.guild, tag, sitting.user_id).await?;
            }
        }
        Ok(if store.claim_r5(ctx.guild, tag, ctx.user).await? { (Rank::R5, true) } else { (Rank::R4, false) })
    }

    /// Writes the membership at the granted rank; a lower rank than R5 gives up a seat the
    /// user held, and a pending R5 claim goes to the log channel with an approval button.
    async fn join(&self, ctx: &Ctx<'_>, tag: &str, granted: Rank, claimed_r5: bool) -> Result<(), JobError> {
        let store = &self.deps.store;
        let member = AllianceMember {
            guild_id: ctx.guild,
            tag: tag.to_owned(),
            user_id: ctx.user,
            rank: granted,
            joined_at: now(),
        };
        store.put_member(&member).await?;
        if granted != Rank::R5 {
            store.release_r5(ctx.guild, tag, ctx.user).await?;
        }
        if claimed_r5 && granted != Rank::R5 && self.deps.first_time(ctx.envelope, "log-r5-claim").await? {
            let Some((_, seat)) = store.r5_seat(ctx.guild, tag).await? else { return Ok(()) };
            let args = [("user", format!("<@{}>", ctx.user)), ("tag", tag.to_owned())];
            let approve = VerifyId::Approve { tag: tag.to_owned(), member: ctx.user, seat: Some(seat) }.format();
            let config = ctx.config.as_ref();
            guild_log::post_with_button(
                &self.deps,
                config,
                "log-r5-claim",
                &args,
                Some((approve, "r5-approve-button")),
            )
            .await;
        }
        Ok(())
    }

    /// A moderator approved `member` as R5 of `tag`: the seat moves in one transaction and
    /// the sitting R5 becomes R4. A stale button (the member left, or the seat changed hands
    /// since the claim) changes nothing.
    pub(super) async fn approve_leader(
        &self,
        ctx: &Ctx<'_>,
        tag: &str,
        member: UserId,
        seat: Option<u64>,
    ) -> Result<(), JobError> {
        let args =
            [("moderator", format!("<@{}>", ctx.user)), ("user", format!("<@{member}>")), ("tag", tag.to_owned())];
        let store = &self.deps.store;
        // A redelivered approval finds the seat already moved: same answer, nothing redone.
        if store.r5_holder(ctx.guild, tag).await? == Some(member) {
            self.set_link_rank(ctx.guild, member, Rank::R5).await?;
            // The first delivery may have stopped before the previous leader's link.
            for other in store.members(ctx.guild, tag).await?.into_iter().filter(|m| m.user_id != member) {
                let link = store.player(ctx.guild, other.user_id).await?;
                if link.is_some_and(|l| l.rank == Some(Rank::R5) && l.alliance.as_deref() == Some(tag)) {
                    self.set_link_rank(ctx.guild, other.user_id, Rank::R4).await?;
                }
            }
            return self.reply(ctx, self.text(ctx, "r5-approved", &args)).await;
        }
        let claimant = dwos_store::keys::member(ctx.guild, tag, member)?;
        let previous = match store.transfer_r5(ctx.guild, tag, member, seat, now()).await {
            Ok(previous) => previous,
            Err(StoreError::ConditionFailed(key)) if key == claimant => {
                return self.reply(ctx, self.text(ctx, "r5-stale", &args)).await;
            }
            Err(StoreError::VersionConflict(_)) => return self.reply(ctx, self.text(ctx, "r5-changed", &args)).await,
            Err(err) => return Err(err.into()),
        };
        self.set_link_rank(ctx.guild, member, Rank::R5).await?;
        if let Some(previous) = previous.filter(|p| *p != member) {
            self.set_link_rank(ctx.guild, previous, Rank::R4).await?;
        }
        self.reply(ctx, self.text(ctx, "r5-approved", &args)).await
    }
    /// Copies a rank onto a member's link, re-reading when the link changed meanwhile.
    async fn set_link_rank(&self, guild: GuildId, user: UserId, rank: Rank) -> Result<(), JobError> {
        for _ in 0..LINK_RETRIES {
            let Some(link) = self.deps.store.player(guild, user).await? else { return Ok(()) };
            match self.deps.store.link_player(&PlayerLink { rank: Some(rank), ..link }).await {
                Err(StoreError::VersionConflict(_)) => continue,
                other => return other.map(drop).map_err(Into::into),
            }
        }
        Err(JobError::Retry(format!("the link of {user} kept changing")))
    }
}
