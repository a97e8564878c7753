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
        let content = format!("{text}\n\n**{}**", self.text(ctx, "alliance-question", &[]));
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
        let (alliance, rank, other_state, text) = match &choice {
            AllianceChoice::NoAlliance => (None, None, false, self.text(ctx, "alliance-none-done", &[])),
            AllianceChoice::OtherState => (None, None, true, self.text(ctx, "alliance-other-done", &[])),
            AllianceChoice::Join { tag, rank } => {
                let granted = self.join(ctx, tag, *rank).await?;
                let text = if granted == *rank {
                    self.text(ctx, "alliance-done", &[("rank", rank.as_str().to_owned()), ("tag", tag.clone())])
                } else {
                    self.text(ctx, "r5-pending", &[("tag", tag.clone())])
                };
                (Some(tag.clone()), Some(granted), false, text)
            }
        };
        if let Some(old) = previous_tag.filter(|old| Some(old) != alliance.as_ref()) {
            store.remove_member(ctx.guild, &old, ctx.user).await?;
        }
        let updated = PlayerLink { alliance, rank, other_state, ..link };
        // Written on the version read: an unlink meanwhile makes this fail, never resurrects.
        let updated = store.link_player(&updated).await?;
        let mut text = text;
        if !self.apply_member(ctx, &updated).await? {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.reply(ctx, text).await
    }

    /// Makes the user a member of `tag` (registering a new alliance); returns the rank
    /// granted: an R5 claim on an alliance whose seat another member holds is R4 until a
    /// moderator approves. The seat is one conditional write, so two claims cannot both win.
    async fn join(&self, ctx: &Ctx<'_>, tag: &str, rank: Rank) -> Result<Rank, JobError> {
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
        let granted =
            if rank == Rank::R5 && !store.claim_r5(ctx.guild, tag, ctx.user).await? { Rank::R4 } else { rank };
        let member = AllianceMember {
            guild_id: ctx.guild,
            tag: tag.to_owned(),
            user_id: ctx.user,
            rank: granted,
            joined_at: now(),
        };
        store.put_member(&member).await?;
        if granted != rank && self.deps.first_time(ctx.envelope, "log-r5-claim").await? {
            let args = [("user", format!("<@{}>", ctx.user)), ("tag", tag.to_owned())];
            let approve = VerifyId::Approve { tag: tag.to_owned(), member: ctx.user }.format();
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
        Ok(granted)
    }

    /// A moderator approved `member` as R5 of `tag`: the seat moves in one transaction and
    /// the sitting R5 becomes R4. A stale button (the member left) changes nothing.
    pub(super) async fn approve_leader(&self, ctx: &Ctx<'_>, tag: &str, member: UserId) -> Result<(), JobError> {
        let args =
            [("moderator", format!("<@{}>", ctx.user)), ("user", format!("<@{member}>")), ("tag", tag.to_owned())];
        let previous = match self.deps.store.transfer_r5(ctx.guild, tag, member, now()).await {
            Ok(previous) => previous,
            Err(StoreError::ConditionFailed(_)) => return self.reply(ctx, self.text(ctx, "r5-stale", &args)).await,
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
