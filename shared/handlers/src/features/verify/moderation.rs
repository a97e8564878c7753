//! Moderators' steps: `/setup` (settings and the verification panel) and `/unlink`.

use super::ids::VerifyId;
use super::steps::SetupChanges;
use super::worker::{Ctx, VerifyWorker};
use crate::deps::{STEP_KEY_TTL_SECS, now};
use dwos_core::model::PlayerLink;
use dwos_core::permissions::{ADMINISTRATOR, MANAGE_ROLES, is_elevated};
use dwos_core::{JobError, RoleId, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use twilight_model::channel::message::component::ButtonStyle;

impl VerifyWorker {
    pub(super) async fn setup(&self, ctx: &Ctx<'_>, by_admin: bool, changes: SetupChanges) -> Result<(), JobError> {
        let SetupChanges { role, log_channel, language, home_state, giftcode_channel, test_player, stats } = changes;
        if let Some(role) = role
            && let Some(refusal) = self.refuse_role(ctx, role, by_admin).await?
        {
            return self.reply(ctx, refusal).await;
        }
        let language = language.map(|l| self.deps.catalog.resolve([Some(l.as_str())]).to_owned());
        // Only the options given change: on a conflict with another moderator's save, they are
        // applied again to what is stored now rather than make this moderator wait for a retry.
        let saved = self
            .deps
            .store
            .change_guild_config(ctx.guild, now(), |config| {
                config.verified_role_id = role.or(config.verified_role_id);
                config.log_channel_id = log_channel.or(config.log_channel_id);
                config.default_locale = language.clone().or(config.default_locale.take());
                config.home_state = home_state.or(config.home_state);
                config.giftcode_channel_id = giftcode_channel.or(config.giftcode_channel_id);
                config.test_player = test_player.or(config.test_player);
                Ok::<(), std::convert::Infallible>(())
            })
            .await?;
        let Ok(config) = saved;

        let not_set = self.text(ctx, "setup-not-set", &[]);
        let args = [
            ("role", config.verified_role_id.map_or(not_set.clone(), |r| format!("<@&{r}>"))),
            ("channel", config.log_channel_id.map_or(not_set.clone(), |c| format!("<#{c}>"))),
            ("language", config.default_locale.clone().unwrap_or_else(|| not_set.clone())),
            ("state", config.home_state.map_or(not_set.clone(), |s| s.to_string())),
            ("giftcodes", config.giftcode_channel_id.map_or(not_set.clone(), |c| format!("<#{c}>"))),
            ("tester", config.test_player.map_or(not_set, |p| p.to_string())),
        ];
        let mut text = self.text(ctx, "setup-saved", &args);
        if stats {
            match crate::stats_channels::ensure(&self.deps, ctx.guild, now()).await {
                Ok(kept) => {
                    let channels =
                        kept.channels.iter().map(|c| format!("<#{}>", c.channel_id)).collect::<Vec<_>>().join(" ");
                    text.push('\n');
                    text.push_str(&self.text(ctx, "setup-stats-made", &[("channels", channels)]));
                }
                Err(JobError::Permanent(reason)) => {
                    tracing::warn!(%reason, "cannot make the statistics channels");
                    text.push('\n');
                    text.push_str(&self.text(ctx, "setup-stats-failed", &[]));
                }
                Err(err) => return Err(err),
            }
        }
        // Claimed before posting: a redelivered /setup must not post a second panel. If the
        // post fails, the moderator is told and runs /setup again (a new interaction).
        if let Some(channel) = ctx.envelope.channel_id
            && self.deps.first_time(ctx.envelope, "panel").await?
        {
            // The panel speaks the server's language, not the moderator's.
            let locale = self.deps.catalog.resolve([config.default_locale.as_deref(), Some(ctx.locale)]);
            let panel = MessageBody::text(self.deps.catalog.text(locale, "panel-text")).row(vec![button(
                VerifyId::Start(config.home_state).format(),
                self.deps.catalog.text(locale, "panel-button"),
                ButtonStyle::Primary,
            )]);
            if let Err(err) = self.deps.rest.send_message(channel, &panel).await {
                tracing::warn!(error = %err, "cannot post the verification panel");
                text = self.text(ctx, "setup-panel-failed", &[]);
            }
        }
        self.reply(ctx, text).await
    }

    /// Why `role` cannot be the Verified role, read from Discord: the inline check saw
    /// what the interaction resolved, this one also sees the hierarchy: DWOS must be able to
    /// give the role (Manage Roles, above it), and a moderator may not pick a role above
    /// their own (Discord would not let them give it either) unless they are an Administrator.
    async fn refuse_role(&self, ctx: &Ctx<'_>, role: RoleId, by_admin: bool) -> Result<Option<String>, JobError> {
        let mention = [("role", format!("<@&{role}>"))];
        if role.0 == ctx.guild.0 {
            return Ok(Some(self.text(ctx, "setup-role-everyone", &[])));
        }
        let roles = self.deps.rest.roles(ctx.guild).await?;
        let Some(target) = roles.iter().find(|r| r.id == role) else {
            return Ok(Some(self.text(ctx, "setup-role-managed", &mention)));
        };
        if target.managed {
            return Ok(Some(self.text(ctx, "setup-role-managed", &mention)));
        }
        if is_elevated(target.permission_bits()) {
            return Ok(Some(self.text(ctx, "setup-role-elevated", &mention)));
        }
        let highest_of = |held: &[RoleId]| roles.iter().filter(|r| held.contains(&r.id)).map(|r| r.position).max();
        let permissions_of = |held: &[RoleId]| {
            roles
                .iter()
                .filter(|r| held.contains(&r.id) || r.id.0 == ctx.guild.0)
                .fold(0, |p, r| p | r.permission_bits())
        };
        // A bot's user id is its application id.
        if let Some((application, _)) = ctx.envelope.interaction() {
            let mine = self.deps.rest.member_roles(ctx.guild, UserId(application.0)).await?;
            if permissions_of(&mine) & (MANAGE_ROLES | ADMINISTRATOR) == 0 {
                return Ok(Some(self.text(ctx, "setup-bot-needs-manage-roles", &[])));
            }
            if target.position >= highest_of(&mine).unwrap_or(0) {
                return Ok(Some(self.text(ctx, "setup-role-above-bot", &mention)));
            }
        }
        if !by_admin {
            let theirs = self.deps.rest.member_roles(ctx.guild, ctx.user).await?;
            if target.position >= highest_of(&theirs).unwrap_or(0) {
                return Ok(Some(self.text(ctx, "setup-role-above-you", &mention)));
            }
        }
        Ok(None)
    }

    pub(super) async fn unlink(&self, ctx: &Ctx<'_>, member: UserId) -> Result<(), JobError> {
        let user = ("user", format!("<@{member}>"));
        let details =
            |link: &PlayerLink| [user.clone(), ("nickname", link.nickname.clone()), ("id", link.game_id.to_string())];
        let answer = |link: Option<&PlayerLink>| -> serde_json::Value {
            match link {
                None => self.text(ctx, "unlink-none", std::slice::from_ref(&user)).into(),
                Some(link) => self.text(ctx, "unlink-done", &details(link)).into(),
            }
        };
        // The answer is stored with the unlink itself: a retried job repeats the first answer
        // instead of "no linked account".
        let key = ctx.envelope.step_key("unlink-answer");
        let (removed, answer) =
            self.deps.store.unlink_player_once(ctx.guild, member, &key, STEP_KEY_TTL_SECS, now(), answer).await?;
        if let Some(link) = removed {
            let mut log_args = details(&link).to_vec();
            log_args.push(("moderator", format!("<@{}>", ctx.user)));
            self.log_once(ctx, "log-unlinked", &log_args).await?;
        }
        self.reply(ctx, answer.as_str().unwrap_or_default().to_owned()).await
    }
}
