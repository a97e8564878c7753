//! After verification: which alliance, at which rank (R5 claims on a led alliance wait
//! for a moderator), or no alliance, or another state.

use crate::guild_log;
use crate::verification::{ALLIANCE_NEW, ALLIANCE_SELECT, APPROVE_PREFIX, NO_ALLIANCE, OTHER_STATE};
use crate::verify::{Ctx, VerifyWorker, now};
use dwos_bus::JobError;
use dwos_core::model::{Alliance, AllianceMember, PlayerLink, Rank};
use dwos_core::{AllianceChoice, UserId};
use dwos_store::StoreError;
use serde_json::{Value, json};

/// Discord allows 25 options in a select menu; two are "no alliance" and "another state".
const MAX_LISTED_ALLIANCES: usize = 23;

impl VerifyWorker {
    /// Shows `text` (the verification result) with the alliance picker under it.
    pub(crate) async fn ask_alliance(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let alliances = self.deps.store.alliances(ctx.guild).await?;
        let mut options: Vec<Value> = alliances
            .iter()
            .take(MAX_LISTED_ALLIANCES)
            .map(|a| json!({ "label": format!("[{}] {}", a.tag, a.name), "value": a.tag }))
            .collect();
        options.push(json!({ "label": self.text(ctx, "alliance-none", &[]), "value": NO_ALLIANCE }));
        options.push(json!({ "label": self.text(ctx, "alliance-other-state", &[]), "value": OTHER_STATE }));
        let body = json!({
            "content": format!("{text}\n\n**{}**", self.text(ctx, "alliance-question", &[])),
            "embeds": [],
            "components": [
                { "type": 1, "components": [{
                    "type": 3, "custom_id": ALLIANCE_SELECT, "options": options,
                    "placeholder": self.text(ctx, "alliance-placeholder", &[]),
                }] },
                { "type": 1, "components": [{
                    "type": 2, "style": 2, "custom_id": ALLIANCE_NEW, "label": self.text(ctx, "alliance-new-button", &[]),
                }] },
            ],
            "allowed_mentions": { "parse": [] },
        });
        let e = ctx.envelope;
        self.deps.rest.edit_original_with(e.application_id, &e.interaction_token, &body).await?;
        Ok(())
    }

    /// Records the user's answer: membership, rank, nickname tag.
    pub(crate) async fn choose_alliance(&self, ctx: &Ctx<'_>, choice: AllianceChoice) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(link) = store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
        let previous_tag = link.alliance.clone();
        let (updated, text) = match choice {
            AllianceChoice::NoAlliance => (
                PlayerLink { alliance: None, rank: None, other_state: false, ..link },
                self.text(ctx, "alliance-none-done", &[]),
            ),
            AllianceChoice::OtherState => (
                PlayerLink { alliance: None, rank: None, other_state: true, ..link },
                self.text(ctx, "alliance-other-done", &[]),
            ),
            AllianceChoice::Join { tag, rank } => {
                let granted = self.join(ctx, &tag, rank).await?;
                let text = if granted == rank {
                    self.text(ctx, "alliance-done", &[("rank", rank.as_str().to_owned()), ("tag", tag.clone())])
                } else {
                    self.text(ctx, "r5-pending", &[("tag", tag.clone())])
                };
                (PlayerLink { alliance: Some(tag), rank: Some(granted), other_state: false, ..link }, text)
            }
        };
        if let Some(old) = previous_tag.filter(|old| Some(old) != updated.alliance.as_ref()) {
            store.remove_member(ctx.guild, &old, ctx.user).await?;
        }
        store.link_player(&updated).await?;
        let mut text = text;
        if !self.apply_member(ctx, &updated).await? {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.reply(ctx, text).await
    }

    /// Makes the user a member of `tag` (registering a new alliance); returns the rank
    /// granted: an R5 claim on an alliance that has an R5 is R4 until a moderator approves.
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
        let members = store.members(ctx.guild, tag).await?;
        let led_by_other = members.iter().any(|m| m.rank == Rank::R5 && m.user_id != ctx.user);
        let granted = if rank == Rank::R5 && led_by_other { Rank::R4 } else { rank };
        let member = AllianceMember {
            guild_id: ctx.guild,
            tag: tag.to_owned(),
            user_id: ctx.user,
            rank: granted,
            joined_at: now(),
        };
        store.put_member(&member).await?;
        if granted != rank && self.first_time(ctx, "log-r5-claim").await? {
            let args = [("user", format!("<@{}>", ctx.user)), ("tag", tag.to_owned())];
            let button = (format!("{APPROVE_PREFIX}{tag}:{}", ctx.user), "r5-approve-button");
            guild_log::post_with_button(&self.deps, ctx.config.as_ref(), "log-r5-claim", &args, Some(button)).await;
        }
        Ok(granted)
    }

    /// A moderator approved `member` as R5 of `tag`: the sitting R5 becomes R4.
    pub(crate) async fn approve_leader(&self, ctx: &Ctx<'_>, tag: &str, member: UserId) -> Result<(), JobError> {
        let store = &self.deps.store;
        for mut sitting in store.members(ctx.guild, tag).await? {
            let rank = if sitting.user_id == member {
                Rank::R5
            } else if sitting.rank == Rank::R5 {
                Rank::R4
            } else {
                continue;
            };
            sitting.rank = rank;
            store.put_member(&sitting).await?;
            if let Some(link) = store.player(ctx.guild, sitting.user_id).await? {
                store.link_player(&PlayerLink { rank: Some(rank), ..link }).await?;
            }
        }
        let args =
            [("moderator", format!("<@{}>", ctx.user)), ("user", format!("<@{member}>")), ("tag", tag.to_owned())];
        self.reply(ctx, self.text(ctx, "r5-approved", &args)).await
    }
}
