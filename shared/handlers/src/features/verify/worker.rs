//! The `verify` worker: game lookups for `/verify`, linking on "This is me", the Verified
//! role and nickname, and `/reverify` refreshes.

use super::ids::VerifyId;
use super::steps::VerifyStep;
use crate::deps::{WorkerDeps, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{GameId, GuildConfig, PlayerLink};
use dwos_core::permissions::is_elevated;
use dwos_core::{DomainEvent, DomainEventKind, Envelope, FurnaceLevel, GuildId, JobError, RoleId, UserId};
use dwos_discord::message::{button, embed};
use dwos_discord::{MessageBody, RestError};
use dwos_game::{GameError, Player};
use dwos_i18n::Catalog;
use dwos_store::StoreError;
use serde_json::json;
use twilight_model::channel::message::component::ButtonStyle;

/// Attempts allowed per user and guild in [`ATTEMPT_WINDOW_SECS`].
pub const MAX_ATTEMPTS: usize = 5;
/// The attempt window: 30 minutes.
pub const ATTEMPT_WINDOW_SECS: i64 = 30 * 60;
/// Discord's limit on nickname length.
const MAX_NICK: usize = 32;

/// A furnace level as the game shows it, with "Level N" localized below 31.
pub fn furnace_shown(catalog: &Catalog, locale: &str, level: u32) -> String {
    match FurnaceLevel::from_raw(level) {
        FurnaceLevel::Plain(level) => catalog.format_with(locale, "furnace-level", &[("level", level.to_string())]),
        shown => shown.to_string(),
    }
}

/// The server nickname for a verified player: `[TAG] name`, `[OS] name` for another
/// state, else the bare name; cut to Discord's 32 characters.
pub fn member_nickname(link: &PlayerLink) -> String {
    let full = match (&link.alliance, link.other_state) {
        (Some(tag), _) => format!("[{tag}] {}", link.nickname),
        (None, true) => format!("[OS] {}", link.nickname),
        (None, false) => link.nickname.clone(),
    };
    full.chars().take(MAX_NICK).collect()
}

/// Handles `verify` jobs.
pub struct VerifyWorker {
    pub(super) deps: WorkerDeps,
}

/// Who and where a job is about, and how to answer.
pub(super) struct Ctx<'a> {
    pub(super) envelope: &'a Envelope,
    pub(super) guild: GuildId,
    pub(super) user: UserId,
    pub(super) locale: &'static str,
    /// The guild's settings, read once per job.
    pub(super) config: Option<GuildConfig>,
}

impl VerifyWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    pub(super) fn text(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(ctx.locale, id, args)
    }

    /// Replaces the reply with plain text, dropping any embed and buttons.
    pub(super) async fn reply(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        self.deps.answer(ctx.envelope, &MessageBody::text(text)).await
    }

    fn furnace(&self, ctx: &Ctx<'_>, level: u32) -> String {
        furnace_shown(&self.deps.catalog, ctx.locale, level)
    }

    /// The game's answer; `Ok(None)` when the user was already told why not.
    async fn look_up(&self, ctx: &Ctx<'_>, game_id: GameId) -> Result<Option<Player>, JobError> {
        match self.deps.game.player(game_id).await {
            Ok(player) => Ok(Some(player)),
            Err(GameError::UnknownPlayer) => {
                self.reply(ctx, self.text(ctx, "verify-unknown-player", &[("id", game_id.to_string())])).await?;
                Ok(None)
            }
            Err(err) if err.is_transient() => {
                // Tell the user now; the job goes back to the queue and, in the end, the DLQ.
                self.reply(ctx, self.text(ctx, "verify-game-down", &[])).await?;
                Err(err.into())
            }
            Err(err) => {
                tracing::error!(error = %err, "game API refused the lookup");
                self.reply(ctx, self.text(ctx, "try-again-later", &[])).await?;
                Ok(None)
            }
        }
    }

    /// Refuses a game id another member of the guild holds.
    async fn taken_by_other(&self, ctx: &Ctx<'_>, game_id: GameId) -> Result<bool, JobError> {
        let holder = self.deps.store.player_by_game_id(ctx.guild, game_id).await?;
        if holder.is_some_and(|p| p.user_id != ctx.user) {
            self.reply(ctx, self.text(ctx, "verify-taken", &[("id", game_id.to_string())])).await?;
            return Ok(true);
        }
        Ok(false)
    }

    async fn lookup(&self, ctx: &Ctx<'_>, game_id: GameId) -> Result<(), JobError> {
        let now = now();
        if !self.count_attempt(ctx, now).await? {
            return Ok(());
        }
        if self.taken_by_other(ctx, game_id).await? {
            return Ok(());
        }
        let Some(player) = self.look_up(ctx, game_id).await? else {
            return Ok(());
        };
        let field = |name: &str, value: String| (self.text(ctx, name, &[]), value);
        let description =
            format!("**{}**\n\n{}", self.text(ctx, "verify-confirm-title", &[]), self.text(ctx, "verify-consent", &[]));
        let mut card = embed(
            player.nickname.clone(),
            description,
            0x5865F2,
            vec![
                field("verify-field-id", player.fid.to_string()),
                field("verify-field-state", player.state.to_string()),
                field("verify-field-furnace", self.furnace(ctx, player.furnace_level)),
            ],
        );
        card.thumbnail = player.avatar.as_ref().map(|url| twilight_model::channel::message::embed::EmbedThumbnail {
            height: None,
            proxy_url: None,
            url: url.clone(),
            width: None,
        });
        let body = MessageBody::default().embed(card).row(vec![
            button(
                VerifyId::Confirm(game_id).format(),
                self.text(ctx, "verify-button-confirm", &[]),
                ButtonStyle::Success,
            ),
            button(VerifyId::Reject.format(), self.text(ctx, "verify-button-reject", &[]), ButtonStyle::Secondary),
        ]);
        self.deps.answer(ctx.envelope, &body).await
    }

    /// Counts this job as a verification attempt (once, however often it is delivered);
    /// `false` when the user is over the limit and was told so.
    async fn count_attempt(&self, ctx: &Ctx<'_>, now: i64) -> Result<bool, JobError> {
        let attempt = ctx.envelope.origin.scope();
        let store = &self.deps.store;
        let verdict =
            store.record_verify_attempt(ctx.guild, ctx.user, &attempt, now, ATTEMPT_WINDOW_SECS, MAX_ATTEMPTS).await?;
        if let Err(wait_secs) = verdict {
            let minutes = (wait_secs + 59) / 60;
            self.reply(ctx, self.text(ctx, "verify-too-many", &[("minutes", minutes.to_string())])).await?;
            return Ok(false);
        }
        Ok(true)
    }

    async fn confirm(&self, ctx: &Ctx<'_>, game_id: GameId) -> Result<(), JobError> {
        if self.taken_by_other(ctx, game_id).await? {
            return Ok(());
        }
        let Some(player) = self.look_up(ctx, game_id).await? else {
            return Ok(());
        };
        let now = now();
        // A read error fails the job (retried); it is never taken for "no previous link".
        let previous = self.deps.store.player(ctx.guild, ctx.user).await?;
        let link = PlayerLink {
            guild_id: ctx.guild,
            user_id: ctx.user,
            game_id,
            nickname: player.nickname.clone(),
            state: player.state,
            furnace_level: player.furnace_level,
            alliance: previous.as_ref().and_then(|p| p.alliance.clone()),
            rank: previous.as_ref().and_then(|p| p.rank),
            other_state: previous.as_ref().is_some_and(|p| p.other_state),
            consent_at: now,
            verified_at: previous.as_ref().map_or(now, |p| p.verified_at),
            refreshed_at: now,
            version: previous.as_ref().map_or(0, |p| p.version),
        };
        let link = match self.deps.store.link_player(&link).await {
            Ok(stored) => stored,
            Err(StoreError::GameIdTaken { .. }) => {
                return self.reply(ctx, self.text(ctx, "verify-taken", &[("id", game_id.to_string())])).await;
            }
            Err(err) => return Err(err.into()),
        };
        let details = self.details(ctx, &player);
        let member_ok = self.apply_member(ctx, &link).await?;
        self.log_once(ctx, "log-verified", &details).await?;
        let mut text = self.text(ctx, "verify-done", &details);
        if !member_ok {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        // After the link, role and nickname, before the last answer (whose failure must not
        // cost the event); a bus outage must not fail a verification.
        if self.deps.first_time(ctx.envelope, "event-verified").await? {
            let detail = json!({ "game_id": game_id, "nickname": link.nickname, "state": link.state, "furnace_level": link.furnace_level });
            let kind = DomainEventKind::PlayerVerified;
            let event = DomainEvent::new(kind, Some(ctx.guild), Some(ctx.user), &ctx.envelope.correlation_id, detail);
            self.deps.publish(&[event]).await;
        }
        self.ask_alliance(ctx, text).await
    }

    async fn reverify(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let Some(link) = self.deps.store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
        // Each /reverify is a game lookup: it shares the attempt limit so one member cannot
        // spend everyone's game API budget.
        if !self.count_attempt(ctx, now()).await? {
            return Ok(());
        }
        let Some(player) = self.look_up(ctx, link.game_id).await? else {
            return Ok(());
        };
        let updated = PlayerLink {
            nickname: player.nickname.clone(),
            state: player.state,
            furnace_level: player.furnace_level,
            refreshed_at: now(),
            ..link
        };
        // A conflict (an unlink or re-link meanwhile) fails the job: the retry reads afresh.
        let updated = self.deps.store.link_player(&updated).await?;
        let member_ok = self.apply_member(ctx, &updated).await?;
        let mut text = self.text(ctx, "verify-refreshed", &self.details(ctx, &player));
        if !member_ok {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.reply(ctx, text).await
    }

    fn details(&self, ctx: &Ctx<'_>, player: &Player) -> Vec<(&'static str, String)> {
        vec![
            ("user", format!("<@{}>", ctx.user)),
            ("nickname", player.nickname.clone()),
            ("id", player.fid.to_string()),
            ("state", player.state.to_string()),
            ("furnace", self.furnace(ctx, player.furnace_level)),
        ]
    }

    /// Gives the Verified role (creating it if needed) and sets the nickname.
    /// `Ok(false)`: Discord refused (permissions, hierarchy) or the role is unsafe, and
    /// the log channel was told.
    pub(super) async fn apply_member(&self, ctx: &Ctx<'_>, link: &PlayerLink) -> Result<bool, JobError> {
        let role = match self.verified_role(ctx).await {
            Ok(SafeRole::Safe(role)) => Some(role),
            Ok(SafeRole::Unsafe(role)) => {
                let args = [("user", format!("<@{}>", ctx.user)), ("role", format!("<@&{role}>"))];
                self.log(ctx, "log-unsafe-role", &args).await;
                None
            }
            Err(RoleError::Rest(err)) => return self.refused(ctx, err).await,
            Err(RoleError::Busy) => {
                return Err(JobError::Retry("another verification is creating the Verified role".into()));
            }
            Err(RoleError::Store(err)) => return Err(err.into()),
        };
        let outcome = async {
            if let Some(role) = role {
                self.deps.rest.add_member_role(ctx.guild, ctx.user, role).await?;
            }
            self.deps.rest.set_nickname(ctx.guild, ctx.user, &member_nickname(link)).await
        }
        .await;
        match outcome {
            Ok(()) => Ok(role.is_some()),
            Err(err) => self.refused(ctx, err).await,
        }
    }

    /// A REST failure while giving the role or nickname: retried if transient, else told
    /// to the log channel (`Ok(false)`).
    async fn refused(&self, ctx: &Ctx<'_>, err: RestError) -> Result<bool, JobError> {
        if err.is_transient() {
            return Err(err.into());
        }
        tracing::warn!(error = %err, "cannot set the Verified role or nickname");
        let reason = match &err {
            RestError::Status { status, .. } => status.to_string(),
            other => other.to_string(),
        };
        self.log(ctx, "log-permissions", &[("user", format!("<@{}>", ctx.user)), ("reason", reason)]).await;
        Ok(false)
    }

    /// The configured Verified role, else the role with the localized name, else a new
    /// one with no permissions; checked for elevated permissions every time it is given,
    /// since a moderator may have edited the role after `/setup`.
    async fn verified_role(&self, ctx: &Ctx<'_>) -> Result<SafeRole, RoleError> {
        let config = ctx.config.as_ref();
        let roles = self.deps.rest.roles(ctx.guild).await.map_err(RoleError::Rest)?;
        let chosen = match config.and_then(|c| c.verified_role_id) {
            Some(id) => roles.into_iter().find(|r| r.id == id),
            None => {
                let locale =
                    self.deps.catalog.resolve([config.and_then(|c| c.default_locale.as_deref()), Some(ctx.locale)]);
                let name = self.deps.catalog.text(locale, "verify-role-name");
                match roles.into_iter().find(|r| r.name == name) {
                    Some(role) => Some(role),
                    None => Some(self.create_role(ctx, &name).await?),
                }
            }
        };
        Ok(match chosen {
            Some(role) if role.id.0 != ctx.guild.0 && !role.managed && !is_elevated(role.permission_bits()) => {
                SafeRole::Safe(role.id)
            }
            Some(role) => SafeRole::Unsafe(role.id),
            // The configured role was deleted: nothing to give, say so in the log channel.
            None => SafeRole::Unsafe(config.and_then(|c| c.verified_role_id).unwrap_or(RoleId(0))),
        })
    }

    /// Creates the Verified role once per guild and name: two verifications at once would
    /// each create one. The loser waits briefly for the winner's role to appear, then hands
    /// its job back; a failed creation frees the claim at once.
    async fn create_role(&self, ctx: &Ctx<'_>, name: &str) -> Result<dwos_discord::RoleSummary, RoleError> {
        let key = format!("create-role:{}:{name}", ctx.guild);
        let store = &self.deps.store;
        if !store.claim_idempotency_key(&key, ROLE_CREATION_SECS, now()).await.map_err(RoleError::Store)? {
            for _ in 0..3 {
                tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                let roles = self.deps.rest.roles(ctx.guild).await.map_err(RoleError::Rest)?;
                if let Some(role) = roles.into_iter().find(|r| r.name == name) {
                    return Ok(role);
                }
            }
            return Err(RoleError::Busy);
        }
        match self.deps.rest.create_role(ctx.guild, name).await {
            Ok(role) => Ok(role),
            Err(err) => {
                store.release_idempotency_key(&key).await.map_err(RoleError::Store)?;
                Err(RoleError::Rest(err))
            }
        }
    }

    /// A line in the guild's log channel, if one is set; failures are only logged.
    pub(super) async fn log(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) {
        guild_log::post(&self.deps, ctx.config.as_ref(), id, args).await;
    }

    /// A log-channel line posted at most once per job.
    pub(super) async fn log_once(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> Result<(), JobError> {
        if self.deps.first_time(ctx.envelope, id).await? {
            self.log(ctx, id, args).await;
        }
        Ok(())
    }
}

/// A role DWOS may hand out, or one it must not.
enum SafeRole {
    Safe(RoleId),
    Unsafe(RoleId),
}

/// Why no Verified role could be chosen.
enum RoleError {
    /// Discord refused or failed.
    Rest(RestError),
    /// Another job is creating it right now.
    Busy,
    /// The store failed while claiming the creation.
    Store(StoreError),
}

/// How long one job may take to create the Verified role before another may try.
const ROLE_CREATION_SECS: i64 = 10 * 60;

#[async_trait]
impl Worker for VerifyWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: VerifyStep = serde_json::from_value(envelope.payload.clone())?;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let (Some(guild), Some(user)) = (envelope.guild_id, envelope.user_id) else {
            let text = self.deps.catalog.text(locale, "guild-only");
            return self.deps.answer(&envelope, &MessageBody::text(text)).await;
        };
        let config = self.deps.store.guild_config(guild).await?;
        let ctx = Ctx { envelope: &envelope, guild, user, locale, config };
        match step {
            VerifyStep::Lookup { game_id } => self.lookup(&ctx, game_id).await,
            VerifyStep::Confirm { game_id } => self.confirm(&ctx, game_id).await,
            VerifyStep::Refresh => self.reverify(&ctx).await,
            VerifyStep::Setup { by_admin, role, log_channel, language } => {
                self.setup(&ctx, by_admin, role, log_channel, language).await
            }
            VerifyStep::Unlink { member } => self.unlink(&ctx, member).await,
            VerifyStep::Alliance { choice } => self.choose_alliance(&ctx, choice).await,
            VerifyStep::ApproveLeader { tag, member, seat } => self.approve_leader(&ctx, &tag, member, seat).await,
        }
    }
}
