//! The daily refresh: re-reads verified players from the game within the rate limit,
//! updates nickname and furnace level, and tells the guild's log channel what changed.
//! Run by an EventBridge schedule on AWS and by a ticker in `dwos serve`.

use super::worker::{furnace_shown, member_nickname};
use crate::deps::WorkerDeps;
use crate::guild_log;
use dwos_core::model::{GuildConfig, PlayerLink};
use dwos_game::GameError;
use dwos_store::StoreError;

/// A player is re-read once this old.
pub const STALE_AFTER_SECS: i64 = 24 * 60 * 60;

/// What one run did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct RefreshReport {
    /// Players looked up.
    pub checked: usize,
    /// Players whose in-game name changed.
    pub renamed: usize,
    /// Players whose furnace level went up.
    pub leveled_up: usize,
    /// Lookups that failed.
    pub failed: usize,
    /// Players changed meanwhile (unlinked, re-linked): left as they are.
    pub skipped: usize,
}

/// Re-reads stale players.
pub struct Refresher {
    deps: WorkerDeps,
}

impl Refresher {
    /// A refresher over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// Refreshes at most `budget` players not refreshed for a day. The game client's
    /// limiter paces the lookups; a game outage ends the run early (the next run resumes).
    pub async fn run(&self, now: i64, budget: usize) -> Result<RefreshReport, StoreError> {
        let started = std::time::Instant::now();
        let result = self.refresh(now, budget).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        match &result {
            Ok(report) => tracing::info!(?report, latency_ms, outcome = "refreshed", "refresh"),
            Err(err) => tracing::error!(error = %err, latency_ms, outcome = "failed", "refresh"),
        }
        result
    }

    async fn refresh(&self, now: i64, budget: usize) -> Result<RefreshReport, StoreError> {
        let mut report = RefreshReport::default();
        for guild in self.deps.store.guilds_with_players().await? {
            let config = self.deps.store.guild_config(guild).await?;
            let mut stale: Vec<PlayerLink> = self
                .deps
                .store
                .players(guild)
                .await?
                .into_iter()
                .filter(|p| now - p.refreshed_at >= STALE_AFTER_SECS)
                .collect();
            stale.sort_by_key(|p| p.refreshed_at);
            for link in stale {
                if report.checked >= budget {
                    return Ok(report);
                }
                report.checked += 1;
                match self.deps.game.player(link.game_id).await {
                    Ok(player) => {
                        let updated = PlayerLink {
                            nickname: player.nickname,
                            state: player.state,
                            furnace_level: player.furnace_level,
                            refreshed_at: now,
                            ..link.clone()
                        };
                        // Written on the version read: an unlink or re-link meanwhile wins.
                        match self.deps.store.link_player(&updated).await {
                            Ok(_) => self.report_changes(config.as_ref(), &link, &updated, &mut report).await,
                            Err(StoreError::VersionConflict(_)) => report.skipped += 1,
                            Err(err) => return Err(err),
                        }
                    }
                    Err(GameError::UnknownPlayer) => {
                        // Deleted in the game: keep the link, but do not ask again until tomorrow.
                        tracing::warn!(game_id = %link.game_id, "linked player no longer exists in the game");
                        match self.deps.store.link_player(&PlayerLink { refreshed_at: now, ..link }).await {
                            Ok(_) | Err(StoreError::VersionConflict(_)) => {}
                            Err(err) => return Err(err),
                        }
                    }
                    Err(err) => {
                        report.failed += 1;
                        tracing::warn!(error = %err, "refresh lookup failed");
                        if err.is_transient() {
                            return Ok(report);
                        }
                    }
                }
            }
        }
        Ok(report)
    }

    async fn report_changes(
        &self,
        config: Option<&GuildConfig>,
        old: &PlayerLink,
        new: &PlayerLink,
        report: &mut RefreshReport,
    ) {
        let user = format!("<@{}>", new.user_id);
        if old.nickname != new.nickname {
            report.renamed += 1;
            let nick = member_nickname(new);
            if let Err(err) = self.deps.rest.set_nickname(new.guild_id, new.user_id, &nick).await {
                tracing::warn!(error = %err, "cannot update a nickname after a rename");
            }
            let args = [("user", user.clone()), ("old", old.nickname.clone()), ("new", new.nickname.clone())];
            guild_log::post(&self.deps, config, "log-renamed", &args).await;
        }
        if new.furnace_level > old.furnace_level {
            report.leveled_up += 1;
            let locale = self.deps.catalog.resolve([config.and_then(|c| c.default_locale.as_deref())]);
            let furnace = furnace_shown(&self.deps.catalog, locale, new.furnace_level);
            let args = [("user", user), ("nickname", new.nickname.clone()), ("furnace", furnace)];
            guild_log::post(&self.deps, config, "log-furnace-up", &args).await;
        }
    }
}
