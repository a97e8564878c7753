//! The `verify` worker: game lookups for `/verify`, linking on "This is me", the
//! Verified role and nickname, and `/reverify` refreshes.

use crate::WorkerDeps;
use crate::verification::{VERIFY_CONFIRM, VERIFY_REJECT, VERIFY_START};
use async_trait::async_trait;
use dwos_bus::{JobError, Worker};
use dwos_core::model::{GameId, GuildConfig, PlayerLink};
use dwos_core::{ChannelId, DomainEvent, DomainEventKind, Envelope, FurnaceLevel, GuildId, RoleId, UserId, VerifyStep};
use dwos_discord::RestError;
use dwos_game::{GameError, Player};
use dwos_i18n::Catalog;
use dwos_store::StoreError;
use serde_json::json;
use std::time::{SystemTime, UNIX_EPOCH};

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
    pub(crate) deps: WorkerDeps,
}

/// Unix seconds now.
pub(crate) fn now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

/// Who and where a job is about, and how to answer.
pub(crate) struct Ctx<'a> {
    pub(crate) envelope: &'a Envelope,
    pub(crate) guild: GuildId,
    pub(crate) user: UserId,
    pub(crate) locale: &'static str,
    /// The guild's settings, read once per job.
    pub(crate) config: Option<GuildConfig>,
}

impl VerifyWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    pub(crate) fn text(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(ctx.locale, id, args)
    }

    /// Replaces the reply with plain text, dropping any embed and buttons.
    pub(crate) async fn reply(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let body = json!({ "content": text, "embeds": [], "components": [], "allowed_mentions": { "parse": [] } });
        let e = ctx.envelope;
        self.deps.rest.edit_original_with(e.application_id, &e.interaction_token, &body).await?;
        Ok(())
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
        // A redelivered message must not count as a second attempt.
        let attempt_key = format!("verify-attempt:{}", ctx.envelope.interaction_id);
        if self.deps.store.claim_idempotency_key(&attempt_key, ATTEMPT_WINDOW_SECS, now).await? {
            let verdict = self
                .deps
                .store
                .record_verify_attempt(ctx.guild, ctx.user, now, ATTEMPT_WINDOW_SECS, MAX_ATTEMPTS)
                .await?;
            if let Err(wait_secs) = verdict {
                let minutes = (wait_secs + 59) / 60;
                return self.reply(ctx, self.text(ctx, "verify-too-many", &[("minutes", minutes.to_string())])).await;
            }
        }
        if self.taken_by_other(ctx, game_id).await? {
            return Ok(());
        }
        let Some(player) = self.look_up(ctx, game_id).await? else {
            return Ok(());
        };
        let field =
            |name: &str, value: String| json!({ "name": self.text(ctx, name, &[]), "value": value, "inline": true });
        let description =
            format!("**{}**\n\n{}", self.text(ctx, "verify-confirm-title", &[]), self.text(ctx, "verify-consent", &[]));
        let mut embed = json!({
            "title": player.nickname,
            "description": description,
            "color": 0x5865F2,
            "fields": [
                field("verify-field-id", player.fid.to_string()),
                field("verify-field-state", player.state.to_string()),
                field("verify-field-furnace", self.furnace(ctx, player.furnace_level)),
            ],
        });
        if let Some(avatar) = &player.avatar {
            embed["thumbnail"] = json!({ "url": avatar });
        }
        let buttons = json!([{ "type": 1, "components": [
            { "type": 2, "style": 3, "label": self.text(ctx, "verify-button-confirm", &[]), "custom_id": format!("{VERIFY_CONFIRM}{game_id}") },
            { "type": 2, "style": 2, "label": self.text(ctx, "verify-button-reject", &[]), "custom_id": VERIFY_REJECT },
        ] }]);
        let body =
            json!({ "content": "", "embeds": [embed], "components": buttons, "allowed_mentions": { "parse": [] } });
        let e = ctx.envelope;
        self.deps.rest.edit_original_with(e.application_id, &e.interaction_token, &body).await?;
        Ok(())
    }

    async fn confirm(&self, ctx: &Ctx<'_>, game_id: GameId) -> Result<(), JobError> {
        if self.taken_by_other(ctx, game_id).await? {
            return Ok(());
        }
        let Some(player) = self.look_up(ctx, game_id).await? else {
            return Ok(());
        };
        let now = now();
        let previous = self.deps.store.player(ctx.guild, ctx.user).await.ok().flatten();
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
        };
        match self.deps.store.link_player(&link).await {
            Err(StoreError::GameIdTaken { .. }) => {
                return self.reply(ctx, self.text(ctx, "verify-taken", &[("id", game_id.to_string())])).await;
            }
            other => other?,
        }
        // At least once, like EventBridge itself: subscribers dedupe on the correlation id.
        let detail = json!({ "game_id": game_id, "nickname": link.nickname, "state": link.state, "furnace_level": link.furnace_level });
        let event = DomainEvent::new(
            DomainEventKind::PlayerVerified,
            Some(ctx.guild),
            Some(ctx.user),
            &ctx.envelope.correlation_id,
            detail,
        );
        self.deps.events.publish(&[event]).await?;
        let details = self.details(ctx, &player);
        let member_ok = self.apply_member(ctx, &link).await?;
        self.log_once(ctx, "log-verified", &details).await?;
        let mut text = self.text(ctx, "verify-done", &details);
        if !member_ok {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.ask_alliance(ctx, text).await
    }

    async fn refresh(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let Some(link) = self.deps.store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
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
        self.deps.store.link_player(&updated).await?;
        let member_ok = self.apply_member(ctx, &updated).await?;
        let mut text = self.text(ctx, "verify-refreshed", &self.details(ctx, &player));
        if !member_ok {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.reply(ctx, text).await
    }

    async fn setup(
        &self,
        ctx: &Ctx<'_>,
        role: Option<RoleId>,
        log_channel: Option<ChannelId>,
        language: Option<String>,
    ) -> Result<(), JobError> {
        let store = &self.deps.store;
        let mut config = ctx.config.clone().unwrap_or(GuildConfig {
            guild_id: ctx.guild,
            verified_role_id: None,
            log_channel_id: None,
            default_locale: None,
            updated_at: 0,
        });
        config.verified_role_id = role.or(config.verified_role_id);
        config.log_channel_id = log_channel.or(config.log_channel_id);
        config.default_locale =
            language.map(|l| self.deps.catalog.resolve([Some(l.as_str())]).to_owned()).or(config.default_locale);
        config.updated_at = now();
        store.put_guild_config(&config).await?;

        let not_set = self.text(ctx, "setup-not-set", &[]);
        let args = [
            ("role", config.verified_role_id.map_or(not_set.clone(), |r| format!("<@&{r}>"))),
            ("channel", config.log_channel_id.map_or(not_set.clone(), |c| format!("<#{c}>"))),
            ("language", config.default_locale.clone().unwrap_or(not_set)),
        ];
        let mut text = self.text(ctx, "setup-saved", &args);
        // The panel speaks the server's language, not the moderator's.
        let panel_locale = self.deps.catalog.resolve([config.default_locale.as_deref(), Some(ctx.locale)]);
        let panel = json!({
            "content": self.deps.catalog.text(panel_locale, "panel-text"),
            "components": [{ "type": 1, "components": [
                { "type": 2, "style": 1, "label": self.deps.catalog.text(panel_locale, "panel-button"), "custom_id": VERIFY_START }
            ] }],
            "allowed_mentions": { "parse": [] },
        });
        if let Some(channel) = ctx.envelope.channel_id {
            match self.deps.rest.send_message_with(channel, &panel).await {
                Ok(()) => {}
                Err(err) if err.is_transient() => return Err(err.into()),
                Err(err) => {
                    tracing::warn!(error = %err, "cannot post the verification panel");
                    text = self.text(ctx, "setup-panel-failed", &[]);
                }
            }
        }
        self.reply(ctx, text).await
    }

    async fn unlink(&self, ctx: &Ctx<'_>, member: UserId) -> Result<(), JobError> {
        let user = ("user", format!("<@{member}>"));
        let Some(link) = self.deps.store.unlink_player(ctx.guild, member).await? else {
            return self.reply(ctx, self.text(ctx, "unlink-none", &[user])).await;
        };
        let args = [user, ("nickname", link.nickname.clone()), ("id", link.game_id.to_string())];
        let mut log_args = args.to_vec();
        log_args.push(("moderator", format!("<@{}>", ctx.user)));
        self.log_once(ctx, "log-unlinked", &log_args).await?;
        self.reply(ctx, self.text(ctx, "unlink-done", &args)).await
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
    /// `Ok(false)`: Discord refused (permissions, hierarchy) and the log channel was told.
    pub(crate) async fn apply_member(&self, ctx: &Ctx<'_>, link: &PlayerLink) -> Result<bool, JobError> {
        let nickname = member_nickname(link);
        let outcome = async {
            let role = self.verified_role(ctx).await?;
            self.deps.rest.add_member_role(ctx.guild, ctx.user, role).await?;
            self.deps.rest.set_nickname(ctx.guild, ctx.user, &nickname).await
        }
        .await;
        match outcome {
            Ok(()) => Ok(true),
            Err(err) if err.is_transient() => Err(err.into()),
            Err(err) => {
                tracing::warn!(error = %err, "cannot set the Verified role or nickname");
                let reason = match &err {
                    RestError::Status { status, .. } => status.to_string(),
                    other => other.to_string(),
                };
                self.log(ctx, "log-permissions", &[("user", format!("<@{}>", ctx.user)), ("reason", reason)]).await;
                Ok(false)
            }
        }
    }

    /// The configured Verified role, else the role with the localized name, else a new one.
    async fn verified_role(&self, ctx: &Ctx<'_>) -> Result<RoleId, RestError> {
        let config = ctx.config.as_ref();
        if let Some(role) = config.and_then(|c| c.verified_role_id) {
            return Ok(role);
        }
        let locale = self.deps.catalog.resolve([config.and_then(|c| c.default_locale.as_deref()), Some(ctx.locale)]);
        let name = self.deps.catalog.text(locale, "verify-role-name");
        let roles = self.deps.rest.roles(ctx.guild).await?;
        if let Some(role) = roles.into_iter().find(|r| r.name == name) {
            return Ok(role.id);
        }
        Ok(self.deps.rest.create_role(ctx.guild, &name).await?.id)
    }

    /// A line in the guild's log channel, if one is set; failures are only logged.
    pub(crate) async fn log(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) {
        crate::guild_log::post(&self.deps, ctx.config.as_ref(), id, args).await;
    }

    /// `true` the first time this interaction reaches `step`: SQS may deliver a job twice,
    /// and a second delivery must not post the same log line again.
    pub(crate) async fn first_time(&self, ctx: &Ctx<'_>, step: &str) -> Result<bool, JobError> {
        let key = format!("{}:{step}", ctx.envelope.interaction_id);
        Ok(self.deps.store.claim_idempotency_key(&key, 24 * 60 * 60, now()).await?)
    }

    /// A log-channel line posted at most once per interaction.
    async fn log_once(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> Result<(), JobError> {
        if self.first_time(ctx, id).await? {
            self.log(ctx, id, args).await;
        }
        Ok(())
    }
}

#[async_trait]
impl Worker for VerifyWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: VerifyStep = serde_json::from_value(envelope.payload.clone())?;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let (Some(guild), Some(user)) = (envelope.guild_id, envelope.user_id) else {
            let text = self.deps.catalog.text(locale, "guild-only");
            self.deps.rest.edit_original(envelope.application_id, &envelope.interaction_token, &text).await?;
            return Ok(());
        };
        let config = self.deps.store.guild_config(guild).await?;
        let ctx = Ctx { envelope: &envelope, guild, user, locale, config };
        match step {
            VerifyStep::Lookup { game_id } => self.lookup(&ctx, game_id).await,
            VerifyStep::Confirm { game_id } => self.confirm(&ctx, game_id).await,
            VerifyStep::Refresh => self.refresh(&ctx).await,
            VerifyStep::Setup { role, log_channel, language } => self.setup(&ctx, role, log_channel, language).await,
            VerifyStep::Unlink { member } => self.unlink(&ctx, member).await,
            VerifyStep::Alliance { choice } => self.choose_alliance(&ctx, choice).await,
            VerifyStep::ApproveLeader { tag, member } => self.approve_leader(&ctx, &tag, member).await,
        }
    }
}
