//! An alliance's side on Discord: its three roles (none with any permission), its category
//! with `general`, `reminders`, `gift-codes` and `r4-r5-only`, and the server-wide
//! `r5-council`. Each piece is found (by the id kept, else by name) before it is made, and
//! kept as soon as it exists, so a re-run after a partial failure converges on one of each.

use super::worker::{AllianceWorker, Ctx};
use crate::deps::now;
use crate::guild_log;
use dwos_core::model::{Alliance, AllianceDiscord, PlayerLink, Rank};
use dwos_core::permissions::{BOT_CHANNEL, READ_WRITE, VIEW_CHANNEL, is_elevated};
use dwos_core::{ChannelId, JobError, RoleId, UserId};
use dwos_discord::rest::channel_kind;
use dwos_discord::{ChannelSummary, NewChannel, Overwrite, RestError, RoleSummary};
use dwos_store::StoreError;

/// How long one job may work on an alliance's roles and channels before another may.
const PROVISION_LEASE_SECS: i64 = 120;
/// Rounds of re-reading a record that changed between read and write.
const SAVE_TRIES: usize = 5;
/// The server-wide channel of every alliance's R5.
const COUNCIL: &str = "r5-council";

/// The role names of an alliance: `<Alliance>`, `<Alliance> - R4`, `<Alliance> - R5` (the tag
/// in the name keeps two alliances of the same name apart).
pub fn role_names(alliance: &Alliance) -> [String; 3] {
    let base = format!("{} [{}]", alliance.name, alliance.tag);
    [format!("{base} - R4"), format!("{base} - R5"), base]
}

/// The overwrites of a channel only DWOS and the `allowed` roles see.
fn private_to(everyone: u64, bot: u64, allowed: &[Option<RoleId>], denied: &[Option<RoleId>]) -> Vec<Overwrite> {
    let mut overwrites = vec![Overwrite::role(everyone, 0, VIEW_CHANNEL), Overwrite::member(bot, BOT_CHANNEL, 0)];
    overwrites.extend(denied.iter().flatten().map(|role| Overwrite::role(role.0, 0, VIEW_CHANNEL)));
    overwrites.extend(allowed.iter().flatten().map(|role| Overwrite::role(role.0, READ_WRITE, 0)));
    overwrites
}

impl AllianceWorker {
    /// Makes what is missing of the alliance's roles and channels and keeps their ids; `false`
    /// when Discord refused (missing permissions: the log channel is told, the rest goes on).
    pub(super) async fn provision(&self, ctx: &Ctx<'_>, alliance: Alliance) -> Result<(Alliance, bool), JobError> {
        let key = format!("provision:{}:{}", ctx.guild, alliance.tag);
        if !self.deps.store.claim_idempotency_key(&key, PROVISION_LEASE_SECS, now()).await? {
            return Err(JobError::Retry(format!("another job is making the roles and channels of {}", alliance.tag)));
        }
        let made = self.make(ctx, &alliance).await;
        let saved = match &made {
            Ok(discord) | Err((discord, _)) => self.keep(ctx, &alliance, discord.clone()).await,
        };
        self.deps.store.release_idempotency_key(&key).await?;
        let alliance = saved?;
        let args = vec![("tag", alliance.tag.clone())];
        let made = made.map(drop).map_err(|(_, err)| err);
        let done = self.discord_outcome(ctx, made, "log-alliance-permissions", args).await?;
        Ok((alliance, done))
    }

    /// What Discord's answer means for the job: done (`true`), worth another delivery (a
    /// transient failure), or refused (`false`), told to the log channel as `log` with `args`
    /// and the reason.
    async fn discord_outcome(
        &self,
        ctx: &Ctx<'_>,
        outcome: Result<(), RestError>,
        log: &str,
        mut args: Vec<(&str, String)>,
    ) -> Result<bool, JobError> {
        match outcome {
            Ok(()) => Ok(true),
            Err(err) if err.is_transient() => Err(err.into()),
            Err(err) => {
                tracing::warn!(error = %err, log, "Discord refused");
                args.push(("reason", err.to_string()));
                guild_log::post(&self.deps, ctx.config.as_ref(), log, &args).await;
                Ok(false)
            }
        }
    }

    /// Finds or makes each piece in turn; on failure, what was made so far and the error.
    async fn make(&self, ctx: &Ctx<'_>, alliance: &Alliance) -> Result<AllianceDiscord, (AllianceDiscord, RestError)> {
        let mut ids = alliance.discord.clone();
        let step = self.make_into(ctx, alliance, &mut ids).await;
        step.map(|()| ids.clone()).map_err(|err| (ids, err))
    }

    async fn make_into(&self, ctx: &Ctx<'_>, alliance: &Alliance, ids: &mut AllianceDiscord) -> Result<(), RestError> {
        let rest = &self.deps.rest;
        let roles = rest.roles(ctx.guild).await?;
        let [r4_name, r5_name, member_name] = role_names(alliance);
        ids.role_id = self.role(ctx, &roles, ids.role_id, &member_name).await?;
        ids.r4_role_id = self.role(ctx, &roles, ids.r4_role_id, &r4_name).await?;
        ids.r5_role_id = self.role(ctx, &roles, ids.r5_role_id, &r5_name).await?;
        let channels = rest.channels(ctx.guild).await?;
        let everyone = ctx.guild.0;
        let bot = ctx.envelope.interaction().map(|(app, _)| app.0).unwrap_or_default();
        let members = private_to(everyone, bot, &[ids.role_id], &[]);
        let category_name = format!("{} Channels", alliance.tag);
        ids.category_id = Some(
            self.channel(ctx, &channels, ids.category_id, &category_name, channel_kind::CATEGORY, None, &members)
                .await?,
        );
        let officers = private_to(everyone, bot, &[ids.r4_role_id, ids.r5_role_id], &[ids.role_id]);
        let parent = ids.category_id;
        ids.general_id =
            Some(self.channel(ctx, &channels, ids.general_id, "general", channel_kind::TEXT, parent, &members).await?);
        ids.reminders_id = Some(
            self.channel(ctx, &channels, ids.reminders_id, "reminders", channel_kind::TEXT, parent, &members).await?,
        );
        ids.gift_codes_id = Some(
            self.channel(ctx, &channels, ids.gift_codes_id, "gift-codes", channel_kind::TEXT, parent, &members).await?,
        );
        ids.officers_id = Some(
            self.channel(ctx, &channels, ids.officers_id, "r4-r5-only", channel_kind::TEXT, parent, &officers).await?,
        );
        self.council(ctx, &channels, bot, ids.r5_role_id).await
    }

    /// The role kept, else one of that name DWOS may hand out, else a new one with no permissions.
    /// `None` when a role of that name carries elevated permissions (the log channel is told).
    async fn role(
        &self,
        ctx: &Ctx<'_>,
        roles: &[RoleSummary],
        kept: Option<RoleId>,
        name: &str,
    ) -> Result<Option<RoleId>, RestError> {
        if let Some(kept) = kept.filter(|id| roles.iter().any(|r| r.id == *id)) {
            return Ok(Some(kept));
        }
        match roles.iter().find(|r| r.name == name) {
            Some(role) if role.managed || is_elevated(role.permission_bits()) => {
                let args = [("user", format!("<@{}>", ctx.user)), ("role", format!("<@&{}>", role.id))];
                guild_log::post(&self.deps, ctx.config.as_ref(), "log-unsafe-role", &args).await;
                Ok(None)
            }
            Some(role) => Ok(Some(role.id)),
            None => Ok(Some(self.deps.rest.create_role(ctx.guild, name).await?.id)),
        }
    }

    /// The channel kept, else the one of that name and kind in `parent`, else a new one.
    #[allow(clippy::too_many_arguments)]
    async fn channel(
        &self,
        ctx: &Ctx<'_>,
        channels: &[ChannelSummary],
        kept: Option<ChannelId>,
        name: &str,
        kind: u8,
        parent: Option<ChannelId>,
        overwrites: &[Overwrite],
    ) -> Result<ChannelId, RestError> {
        if let Some(kept) = kept.filter(|id| channels.iter().any(|c| c.id == *id)) {
            return Ok(kept);
        }
        if let Some(found) = channels.iter().find(|c| c.name == name && c.kind == kind && c.parent_id == parent) {
            return Ok(found.id);
        }
        let new =
            NewChannel { name: name.to_owned(), kind, parent_id: parent, permission_overwrites: overwrites.to_vec() };
        Ok(self.deps.rest.create_channel(ctx.guild, &new).await?.id)
    }

    /// The server's `r5-council` (made once, kept in the settings), opened to this alliance's R5 role.
    async fn council(
        &self,
        ctx: &Ctx<'_>,
        channels: &[ChannelSummary],
        bot: u64,
        r5_role: Option<RoleId>,
    ) -> Result<(), RestError> {
        let kept = ctx.config.as_ref().and_then(|c| c.council_channel_id);
        let overwrites = private_to(ctx.guild.0, bot, &[r5_role], &[]);
        let council = self.channel(ctx, channels, kept, COUNCIL, channel_kind::TEXT, None, &overwrites).await?;
        if kept != Some(council) {
            let saved = self
                .deps
                .store
                .change_guild_config(ctx.guild, now(), |config| {
                    config.council_channel_id = Some(council);
                    Ok::<(), std::convert::Infallible>(())
                })
                .await;
            if let Err(err) = saved {
                tracing::warn!(error = %err, "council channel not kept");
            }
        }
        if let Some(role) = r5_role {
            self.deps.rest.set_overwrite(council, &Overwrite::role(role.0, READ_WRITE, 0)).await?;
        }
        Ok(())
    }

    /// Saves the ids made on the alliance over its version (re-read when it changed meanwhile).
    async fn keep(&self, ctx: &Ctx<'_>, alliance: &Alliance, discord: AllianceDiscord) -> Result<Alliance, JobError> {
        let store = &self.deps.store;
        let mut current = alliance.clone();
        for _ in 0..SAVE_TRIES {
            if current.discord == discord {
                return Ok(current);
            }
            match store.update_alliance(&Alliance { discord: discord.clone(), ..current.clone() }).await {
                Ok(saved) => return Ok(saved),
                Err(StoreError::VersionConflict(_)) => {
                    let Some(read) = store.alliance(ctx.guild, &alliance.tag).await? else {
                        return Err(JobError::Permanent(format!("alliance {} is gone", alliance.tag)));
                    };
                    current = read;
                }
                Err(err) => return Err(err.into()),
            }
        }
        Err(JobError::Retry(format!("alliance {} kept changing", alliance.tag)))
    }

    /// Deletes the alliance's roles, and its channels if asked (their history goes with them).
    pub(super) async fn unprovision(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        delete_channels: bool,
    ) -> Result<(), JobError> {
        let ids = &alliance.discord;
        let outcome = async {
            for role in [ids.r5_role_id, ids.r4_role_id, ids.role_id].into_iter().flatten() {
                self.deps.rest.delete_role(ctx.guild, role).await?;
            }
            if delete_channels {
                let channels = [ids.officers_id, ids.gift_codes_id, ids.reminders_id, ids.general_id, ids.category_id];
                for channel in channels.into_iter().flatten() {
                    self.deps.rest.delete_channel(channel).await?;
                }
            }
            Ok::<(), RestError>(())
        };
        let args = vec![("tag", alliance.tag.clone())];
        self.discord_outcome(ctx, outcome.await, "log-alliance-permissions", args).await.map(drop)
    }

    /// Gives `user` the alliance's roles for `rank` and takes the others, and sets their
    /// nickname; `false` when Discord refused (the log channel is told). A role that gained
    /// elevated permissions since it was made is never given.
    pub(super) async fn sync_roles(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        user: UserId,
        rank: Option<Rank>,
        link: Option<&PlayerLink>,
    ) -> Result<bool, JobError> {
        let ids = &alliance.discord;
        let wanted = [
            (ids.role_id, rank.is_some()),
            (ids.r4_role_id, rank == Some(Rank::R4)),
            (ids.r5_role_id, rank == Some(Rank::R5)),
        ];
        let outcome = async {
            let roles = if wanted.iter().any(|(id, _)| id.is_some()) {
                self.deps.rest.roles(ctx.guild).await?
            } else {
                Vec::new()
            };
            let safe = |id: RoleId| roles.iter().any(|r| r.id == id && !r.managed && !is_elevated(r.permission_bits()));
            for (role, give) in wanted {
                match role {
                    Some(role) if give && safe(role) => self.deps.rest.add_member_role(ctx.guild, user, role).await?,
                    Some(role) if !give => match self.deps.rest.remove_member_role(ctx.guild, user, role).await {
                        Err(err) if err.is_not_found() => {}
                        other => other?,
                    },
                    _ => {}
                }
            }
            if let Some(link) = link {
                self.deps.rest.set_nickname(ctx.guild, user, &link.server_nickname()).await?;
            }
            Ok::<(), RestError>(())
        };
        // A member who left the server has nothing left to change.
        let outcome = outcome.await.or_else(|err| if err.is_not_found() { Ok(()) } else { Err(err) });
        self.discord_outcome(ctx, outcome, "log-permissions", vec![("user", format!("<@{user}>"))]).await
    }
}
