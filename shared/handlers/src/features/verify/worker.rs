//! The `verify` worker: the game's id-and-state check for `/verify`, linking with the declared
//! name and furnace level, the Verified role and nickname, and `/reverify`.

use super::ids::VerifyId;
use super::steps::VerifyStep;
use crate::deps::{WorkerDeps, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::furnace::declarable_levels;
use dwos_core::model::{GameId, PlayerLink};
use dwos_core::permissions::is_elevated;
use dwos_core::{DomainEvent, DomainEventKind, Envelope, JobError, RoleId};
use dwos_discord::message::{button, select};
use dwos_discord::{MessageBody, RestError};
use dwos_game::{GameError, StateCheck, StateSearch};
use dwos_store::StoreError;
use serde_json::json;
use twilight_model::channel::message::component::ButtonStyle;

/// Attempts allowed per user and guild in [`ATTEMPT_WINDOW_SECS`].
pub const MAX_ATTEMPTS: usize = 5;
/// The attempt window: 30 minutes.
pub const ATTEMPT_WINDOW_SECS: i64 = 30 * 60;
/// Discord's limit on nickname length.
/// Days between two game checks of a linked player.
pub const CHECK_EVERY_DAYS: i64 = 7;
/// States `/reverify` may probe looking for a player who moved (each is one game call).
const REVERIFY_PROBES: u32 = 5;

/// The Unix day a Unix time falls on.
pub fn day_of(unix: i64) -> i64 {
    unix.div_euclid(86_400)
}

/// Handles `verify` jobs.
pub struct VerifyWorker {
    pub(super) deps: WorkerDeps,
}

/// Who and where a job is about, and how to answer.
pub(super) type Ctx<'a> = crate::deps::GuildJob<'a>;

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

    /// A declared furnace level as shown, or "not declared".
    pub(super) fn furnace(&self, ctx: &Ctx<'_>, level: Option<u32>) -> String {
        match level {
            Some(level) => crate::shown::furnace_shown(&self.deps.catalog, ctx.locale, level),
            None => self.text(ctx, "furnace-not-declared", &[]),
        }
    }

    /// Asks the game whether `game_id` is in `state`; `Ok(None)` when the user was already told
    /// why there is no verdict. No verdict means the member did not really try: the attempt is
    /// forgotten, and a transient failure hands the job back to the queue.
    async fn probe(&self, ctx: &Ctx<'_>, game_id: GameId, state: u32) -> Result<Option<StateCheck>, JobError> {
        match self.deps.game.check(game_id, state).await {
            Ok(verdict) => Ok(Some(verdict)),
            Err(err) => self.no_verdict(ctx, err).await.map(|()| None),
        }
    }

    /// The game gave no verdict: the user is told, and the job is retried if that may help. Only
    /// an unreachable game un-counts the attempt; a busy one (our own budget, TOO FREQUENT) does
    /// not, or a member could queue checks without limit while the budget is spent.
    async fn no_verdict(&self, ctx: &Ctx<'_>, err: GameError) -> Result<(), JobError> {
        if matches!(err, GameError::Unavailable | GameError::Transport(_)) {
            self.deps.store.forget_verify_attempt(ctx.guild, ctx.user, &ctx.envelope.origin.scope()).await?;
        }
        if err.is_transient() {
            // Tell the user now; the job goes back to the queue and, in the end, the DLQ.
            self.reply(ctx, self.text(ctx, "verify-game-down", &[])).await?;
            return Err(err.into());
        }
        tracing::error!(error = %err, "game API refused the state check");
        self.reply(ctx, self.text(ctx, "try-again-later", &[])).await
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

    /// The verification form: the game checks the id in the state; on a match the player is
    /// linked with the declared name, gets the role and nickname, and is asked the furnace level.
    pub(super) async fn lookup(
        &self,
        ctx: &Ctx<'_>,
        game_id: GameId,
        state: Option<u32>,
        name: String,
    ) -> Result<(), JobError> {
        if name.is_empty() {
            // A form from before names were asked: nothing to link with.
            return self.reply(ctx, self.text(ctx, "verify-start-again", &[])).await;
        }
        let Some(state) = state.or(ctx.config.as_ref().and_then(|c| c.home_state)) else {
            return self.reply(ctx, self.text(ctx, "verify-need-state", &[])).await;
        };
        if !self.count_attempt(ctx, now()).await? || self.taken_by_other(ctx, game_id).await? {
            return Ok(());
        }
        let id = ("id", game_id.to_string());
        match self.probe(ctx, game_id, state).await? {
            Some(StateCheck::Match) => {}
            Some(StateCheck::WrongState) => {
                let text = self.text(ctx, "verify-wrong-state", &[id, ("state", state.to_string())]);
                let again = button(
                    VerifyId::Start(Some(state)).format(),
                    self.text(ctx, "verify-try-again", &[]),
                    ButtonStyle::Primary,
                );
                return self.deps.answer(ctx.envelope, &MessageBody::text(text).row(vec![again])).await;
            }
            Some(StateCheck::NoSuchPlayer) => {
                return self.reply(ctx, self.text(ctx, "verify-unknown-player", &[id])).await;
            }
            None => return Ok(()),
        }
        let now = now();
        // A read error fails the job (retried); it is never taken for "no previous link".
        let previous = self.deps.store.player(ctx.guild, ctx.user).await?;
        let same_player = previous.as_ref().filter(|p| p.game_id == game_id);
        let link = PlayerLink {
            guild_id: ctx.guild,
            user_id: ctx.user,
            game_id,
            nickname: name,
            state,
            furnace_level: same_player.and_then(|p| p.furnace_level),
            alliance: previous.as_ref().and_then(|p| p.alliance.clone()),
            rank: previous.as_ref().and_then(|p| p.rank),
            other_state: previous.as_ref().is_some_and(|p| p.other_state),
            consent_at: now,
            verified_at: previous.as_ref().map_or(now, |p| p.verified_at),
            refreshed_at: now,
            // Just checked: the weekly check comes a week from today.
            check_day: Some(day_of(now) + CHECK_EVERY_DAYS),
            missing_checks: 0,
            state_search: None,
            version: previous.as_ref().map_or(0, |p| p.version),
        };
        let link = match self.deps.store.link_player(&link).await {
            Ok(stored) => stored,
            Err(StoreError::GameIdTaken { .. }) => {
                return self.reply(ctx, self.text(ctx, "verify-taken", &[("id", game_id.to_string())])).await;
            }
            Err(err) => return Err(err.into()),
        };
        let details = self.details(ctx, &link);
        let member_ok = self.apply_member(ctx, &link).await?;
        self.log_once(ctx, "log-verified", &details).await?;
        let mut text = format!("{}\n{}", self.text(ctx, "verify-done", &details), self.text(ctx, "verify-stored", &[]));
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
        self.ask_furnace(ctx, text).await
    }

    /// Shows `text` with the furnace level select and a "Skip" button under it.
    async fn ask_furnace(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let options =
            declarable_levels().into_iter().map(|level| (self.furnace(ctx, Some(level)), level.to_string())).collect();
        let content = format!("{text}\n\n**{}**", self.text(ctx, "furnace-question", &[]));
        let body = MessageBody::text(content)
            .row(vec![select(VerifyId::Furnace.format(), self.text(ctx, "furnace-placeholder", &[]), options)])
            .row(vec![button(
                VerifyId::FurnaceSkip.format(),
                self.text(ctx, "furnace-skip", &[]),
                ButtonStyle::Secondary,
            )]);
        self.deps.answer(ctx.envelope, &body).await
    }

    /// Stores the declared furnace level (or none), then asks the alliance.
    pub(super) async fn declare_furnace(&self, ctx: &Ctx<'_>, level: Option<u32>) -> Result<(), JobError> {
        let Some(link) = self.deps.store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
        let Some(level) = level else { return self.ask_alliance(ctx, String::new()).await };
        if link.furnace_level != Some(level) {
            // On the version read: a conflict (an unlink meanwhile) fails the job, the retry reads afresh.
            self.deps.store.link_player(&PlayerLink { furnace_level: Some(level), ..link }).await?;
        }
        let text = self.text(ctx, "furnace-noted", &[("furnace", self.furnace(ctx, Some(level)))]);
        self.ask_alliance(ctx, text).await
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

    /// `/reverify`: the game checks the stored id and state again; a player who moved is looked for
    /// around their old state (a few probes), the role and nickname are given again.
    async fn reverify(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let Some(link) = self.deps.store.player(ctx.guild, ctx.user).await? else {
            return self.reply(ctx, self.text(ctx, "verify-not-linked", &[])).await;
        };
        // Each /reverify calls the game: it shares the attempt limit so one member cannot
        // spend everyone's game API budget.
        if !self.count_attempt(ctx, now()).await? {
            return Ok(());
        }
        let id = ("id", link.game_id.to_string());
        let state = match self.probe(ctx, link.game_id, link.state).await? {
            None => return Ok(()),
            Some(StateCheck::NoSuchPlayer) => {
                return self.reply(ctx, self.text(ctx, "verify-unknown-player", &[id])).await;
            }
            Some(StateCheck::Match) => link.state,
            Some(StateCheck::WrongState) => {
                let home = ctx.config.as_ref().and_then(|c| c.home_state);
                // The stored state leads the order and was just probed: the search starts after it.
                let candidates: Vec<u32> = std::iter::once(link.state).chain(home).collect();
                let search =
                    self.deps.game.find_state(link.game_id, &candidates, Some(link.state), 1, REVERIFY_PROBES).await;
                match search {
                    Ok(StateSearch::Found(state)) => state,
                    Ok(StateSearch::NoSuchPlayer) => {
                        return self.reply(ctx, self.text(ctx, "verify-unknown-player", &[id])).await;
                    }
                    Ok(_) => {
                        let text = self.text(ctx, "verify-moved-unknown", &[id, ("state", link.state.to_string())]);
                        let again = button(
                            VerifyId::Start(None).format(),
                            self.text(ctx, "verify-try-again", &[]),
                            ButtonStyle::Primary,
                        );
                        return self.deps.answer(ctx.envelope, &MessageBody::text(text).row(vec![again])).await;
                    }
                    Err(err) => return self.no_verdict(ctx, err).await,
                }
            }
        };
        let now = now();
        let moved_from = (state != link.state).then_some(link.state);
        let updated = PlayerLink {
            state,
            refreshed_at: now,
            check_day: Some(day_of(now) + CHECK_EVERY_DAYS),
            missing_checks: 0,
            state_search: None,
            ..link
        };
        // A conflict (an unlink or re-link meanwhile) fails the job: the retry reads afresh.
        let updated = self.deps.store.link_player(&updated).await?;
        let details = self.details(ctx, &updated);
        // Before the role and nickname: a retry after their failure reads the new state and
        // would no longer know the player moved.
        if let Some(old) = moved_from {
            let mut args = details.clone();
            args.push(("old", old.to_string()));
            self.log_once(ctx, "log-transferred", &args).await?;
        }
        let member_ok = self.apply_member(ctx, &updated).await?;
        let mut text = self.text(ctx, "verify-refreshed", &details);
        if !member_ok {
            text = format!("{text}\n{}", self.text(ctx, "verify-permissions", &[]));
        }
        self.reply(ctx, text).await
    }

    pub(super) fn details(&self, ctx: &Ctx<'_>, link: &PlayerLink) -> Vec<(&'static str, String)> {
        vec![
            ("user", format!("<@{}>", ctx.user)),
            ("nickname", link.nickname.clone()),
            ("id", link.game_id.to_string()),
            ("state", link.state.to_string()),
            ("furnace", self.furnace(ctx, link.furnace_level)),
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
            self.deps.rest.set_nickname(ctx.guild, ctx.user, &link.server_nickname()).await
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
        let Some(job) = self.deps.guild_job(&envelope).await? else { return Ok(()) };
        let ctx = &job;
        match step {
            VerifyStep::Lookup { game_id, state, name } => self.lookup(ctx, game_id, state, name).await,
            VerifyStep::Furnace { level } => self.declare_furnace(ctx, level).await,
            VerifyStep::Refresh => self.reverify(ctx).await,
            VerifyStep::Setup { by_admin, changes } => self.setup(ctx, by_admin, changes).await,
            VerifyStep::Unlink { member } => self.unlink(ctx, member).await,
        }
    }
}
