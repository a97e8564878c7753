//! Typed operations per aggregate, written once over the [`Table`] port (players and
//! alliances live in their own modules, as further `impl Store` blocks).

use crate::StoreError;
use crate::keys;
use crate::table::{Condition, Index, Item, Key, Table, Write};
use dwos_core::model::{EventChoice, GuildConfig, Reminder, UserData, UserPrefs};
use dwos_core::{GuildId, UserId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// How often a read-modify-write that keeps losing its condition to other writers is retried.
const MAX_TRIES: usize = 20;
/// Rounds of re-reading a guild's settings another moderator saved between read and write.
pub const CONFIG_TRIES: usize = 5;

/// DWOS's storage, over either adapter.
#[derive(Clone)]
pub struct Store {
    table: Arc<dyn Table>,
}

/// A record as an item under `key` (no owner, no expiry, no version yet).
pub(crate) fn encode<T: Serialize>(key: Key, record: &T) -> Result<Item, StoreError> {
    let body =
        serde_json::to_value(record).map_err(|e| StoreError::Corrupt { key: key.clone(), reason: e.to_string() })?;
    Ok(Item { key, user_key: None, expires_at: None, version: None, body })
}

/// An item's record, or [`StoreError::Corrupt`] naming its key.
pub(crate) fn decode<T: DeserializeOwned>(item: Item) -> Result<T, StoreError> {
    serde_json::from_value(item.body).map_err(|e| StoreError::Corrupt { key: item.key, reason: e.to_string() })
}

/// Decodes every item, reporting and skipping the ones that do not decode.
pub(crate) fn decode_all<T: DeserializeOwned>(items: Vec<Item>) -> Vec<T> {
    items
        .into_iter()
        .filter_map(|item| match decode(item) {
            Ok(record) => Some(record),
            Err(err) => {
                tracing::error!(error = %err, "skipping a corrupt record");
                None
            }
        })
        .collect()
}

/// Puts an item in `user`'s user-index partition, so export and erasure find it.
pub(crate) fn owned(mut item: Item, user: UserId) -> Item {
    item.user_key = Some(keys::owned_by(user, &item.key));
    item
}

/// The version an item was read at; 0 for nothing, or for an item from before versioning.
pub(crate) fn version_of(read: Option<&Item>) -> u64 {
    read.and_then(|item| item.version).unwrap_or(0)
}

/// The game API calls of the last window, and a pause the game asked for.
#[derive(Serialize, Deserialize, Default)]
struct GameBudget {
    #[serde(default)]
    calls: Vec<i64>,
    /// No call before this (Unix milliseconds).
    #[serde(default)]
    paused_until: i64,
}

/// A member's recent verification attempts.
#[derive(Serialize, Deserialize, Default)]
struct Attempts {
    /// When, and which attempt.
    #[serde(default)]
    attempts: Vec<(i64, String)>,
}

/// The write that claims an idempotency key for `ttl_secs`, remembering `answer`, unless a live
/// claim holds it.
pub(crate) fn claim_write(key: &str, answer: &serde_json::Value, ttl_secs: i64, now: i64) -> Write {
    let item = Item {
        key: keys::idempotency(key),
        user_key: None,
        expires_at: Some(now + ttl_secs),
        version: None,
        body: serde_json::json!({ "claimed_at": now, "answer": answer }),
    };
    Write::Put(item, Condition::AbsentOrExpired { now })
}

impl Store {
    /// A store over a table adapter.
    pub fn new(table: Arc<dyn Table>) -> Self {
        Self { table }
    }

    /// The underlying table (for tests and maintenance).
    pub fn table(&self) -> &Arc<dyn Table> {
        &self.table
    }

    /// One record by key, decoded.
    pub(crate) async fn get<T: DeserializeOwned>(&self, key: &Key) -> Result<Option<T>, StoreError> {
        self.table.get(key).await?.map(decode).transpose()
    }

    /// An unconditional write of one item.
    pub(crate) async fn put(&self, item: Item) -> Result<(), StoreError> {
        self.table.write(vec![Write::Put(item, Condition::Always)]).await
    }

    /// Every record of a partition under a sort-key prefix, corrupt ones skipped.
    pub(crate) async fn list<T: DeserializeOwned>(&self, partition: &str, prefix: &str) -> Result<Vec<T>, StoreError> {
        Ok(decode_all(self.table.query(Index::Primary, partition, prefix).await?))
    }

    // --- guild config

    /// A guild's settings.
    pub async fn guild_config(&self, guild: GuildId) -> Result<Option<GuildConfig>, StoreError> {
        self.get(&keys::guild_config(guild)).await
    }

    /// Saves a guild's settings read at `config.version` (0: none yet) and returns them at
    /// their new version; settings saved by someone else since are
    /// [`StoreError::VersionConflict`].
    pub async fn put_guild_config(&self, config: &GuildConfig) -> Result<GuildConfig, StoreError> {
        let key = keys::guild_config(config.guild_id);
        let read = self.table.get(&key).await?;
        // A record without a version (written before versions) reads as version 0.
        if version_of(read.as_ref()) != config.version {
            return Err(StoreError::VersionConflict(key));
        }
        let saved = GuildConfig { version: config.version + 1, ..config.clone() };
        let mut item = encode(key.clone(), &saved)?;
        item.version = Some(saved.version);
        match self.table.write(vec![Write::Put(item, Condition::unchanged_since(read.as_ref()))]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| saved),
        }
    }

    /// Applies `change` to a guild's settings over the version read (read again when another
    /// moderator saved first, up to [`CONFIG_TRIES`] times): `Ok(())` saves and answers the saved
    /// settings, `Err(r)` saves nothing and answers `r`. Settings not stored yet start empty.
    pub async fn change_guild_config<R>(
        &self,
        guild: GuildId,
        now: i64,
        change: impl Fn(&mut GuildConfig) -> Result<(), R>,
    ) -> Result<Result<GuildConfig, R>, StoreError> {
        for _ in 0..CONFIG_TRIES {
            let mut config = self.guild_config(guild).await?.unwrap_or_else(|| GuildConfig::new(guild));
            if let Err(refused) = change(&mut config) {
                return Ok(Err(refused));
            }
            config.updated_at = now;
            match self.put_guild_config(&config).await {
                Err(StoreError::VersionConflict(_)) => continue,
                other => return other.map(Ok),
            }
        }
        Err(StoreError::Conflict(format!("the settings of guild {guild} kept changing")))
    }

    // --- user preferences

    /// A user's preferences.
    pub async fn prefs(&self, user: UserId) -> Result<Option<UserPrefs>, StoreError> {
        self.get(&keys::prefs(user)).await
    }

    /// Saves a user's preferences.
    pub async fn put_prefs(&self, prefs: &UserPrefs) -> Result<(), StoreError> {
        self.put(owned(encode(keys::prefs(prefs.user_id), prefs)?, prefs.user_id)).await
    }

    // --- events and reminders

    /// Schedules a reminder under its due minute.
    pub async fn put_reminder(&self, reminder: &Reminder) -> Result<(), StoreError> {
        let key =
            keys::reminder(&reminder.due_minute(), reminder.guild_id, &reminder.event_id, reminder.offset_minutes)?;
        self.put(encode(key, reminder)?).await
    }

    /// Every reminder due in one minute (`YYYY-MM-DDTHH:MM`, UTC).
    pub async fn due_reminders(&self, minute: &str) -> Result<Vec<Reminder>, StoreError> {
        self.list(&keys::due(minute), "").await
    }

    /// Removes a sent reminder.
    pub async fn delete_reminder(&self, reminder: &Reminder) -> Result<(), StoreError> {
        let key =
            keys::reminder(&reminder.due_minute(), reminder.guild_id, &reminder.event_id, reminder.offset_minutes)?;
        self.table.write(vec![Write::Delete(key, Condition::Always)]).await
    }

    // --- verification attempts

    /// Counts verification attempt `attempt` (a job's idempotency scope) unless `max`
    /// already happened in the last `window_secs`; returns `Err(seconds until one
    /// expires)` when refused. The same attempt is counted once however often it is
    /// delivered. Atomic: concurrent attempts are each counted once
    /// ([`StoreError::Conflict`] if the item keeps changing under it).
    pub async fn record_verify_attempt(
        &self,
        guild: GuildId,
        user: UserId,
        attempt: &str,
        now: i64,
        window_secs: i64,
        max: usize,
    ) -> Result<Result<(), i64>, StoreError> {
        self.record_attempt(keys::verify_attempts(guild, user), user, attempt, now, window_secs, max).await
    }

    /// Counts a member's own gift-code redemption like [`Store::record_verify_attempt`], across
    /// every server: each may cost a call from the budget they all share.
    pub async fn record_redeem_attempt(
        &self,
        user: UserId,
        attempt: &str,
        now: i64,
        window_secs: i64,
        max: usize,
    ) -> Result<Result<(), i64>, StoreError> {
        self.record_attempt(keys::redeem_attempts(user), user, attempt, now, window_secs, max).await
    }

    async fn record_attempt(
        &self,
        key: Key,
        user: UserId,
        attempt: &str,
        now: i64,
        window_secs: i64,
        max: usize,
    ) -> Result<Result<(), i64>, StoreError> {
        for _ in 0..MAX_TRIES {
            let (condition, version, mut attempts) = match self.table.get(&key).await {
                // A row that is not even JSON holds no usable count: start afresh.
                Err(StoreError::Corrupt { .. }) => (Condition::Unversioned, 0, Attempts::default()),
                read => {
                    let read = read?;
                    let condition = Condition::unchanged_since(read.as_ref());
                    let version = version_of(read.as_ref());
                    // A record that does not decode is replaced, still only if unchanged.
                    let attempts = read.map(decode::<Attempts>).transpose().ok().flatten();
                    (condition, version, attempts.unwrap_or_default())
                }
            };
            attempts.attempts.retain(|(t, _)| now - t < window_secs);
            if attempts.attempts.iter().any(|(_, id)| id == attempt) {
                return Ok(Ok(()));
            }
            if attempts.attempts.len() >= max {
                let oldest = attempts.attempts.iter().map(|(t, _)| *t).min().unwrap_or(now);
                return Ok(Err(oldest + window_secs - now));
            }
            attempts.attempts.push((now, attempt.to_owned()));
            let mut item = owned(encode(key.clone(), &attempts)?, user);
            item.expires_at = Some(now + window_secs);
            item.version = Some(version + 1);
            match self.table.write(vec![Write::Put(item, condition)]).await {
                Ok(()) => return Ok(Ok(())),
                // Another attempt was counted meanwhile: count again from what is stored now.
                Err(StoreError::ConditionFailed(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("{key} kept changing while counting an attempt")))
    }

    /// Un-counts an attempt [`Store::record_verify_attempt`] counted (the game never gave a
    /// verdict, so the member did not really try); absent is fine.
    pub async fn forget_verify_attempt(&self, guild: GuildId, user: UserId, attempt: &str) -> Result<(), StoreError> {
        let key = keys::verify_attempts(guild, user);
        for _ in 0..MAX_TRIES {
            let Some(read) = self.table.get(&key).await? else { return Ok(()) };
            let condition = Condition::unchanged_since(Some(&read));
            let version = version_of(Some(&read));
            let (expires_at, mut attempts) = (read.expires_at, decode::<Attempts>(read)?);
            let before = attempts.attempts.len();
            attempts.attempts.retain(|(_, id)| id != attempt);
            if attempts.attempts.len() == before {
                return Ok(());
            }
            let mut item = owned(encode(key.clone(), &attempts)?, user);
            item.expires_at = expires_at;
            item.version = Some(version + 1);
            match self.table.write(vec![Write::Put(item, condition)]).await {
                Ok(()) => return Ok(()),
                Err(StoreError::ConditionFailed(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("{key} kept changing while forgetting an attempt")))
    }

    // --- the game API's shared budget

    /// Takes one game API call from the budget all processes share: at most `limit` calls
    /// in any `window_ms`, none while a pause the game asked for runs. `Ok(None)`: go now
    /// (counted); `Ok(Some(ms))`: the budget is spent (or paused) for that long. A log of the
    /// window's call times rather than a refilling bucket, so "never more than `limit` in any
    /// window" holds exactly.
    pub async fn admit_game_call(&self, now_ms: i64, limit: usize, window_ms: i64) -> Result<Option<i64>, StoreError> {
        self.change_game_budget(now_ms + window_ms, |budget| {
            if budget.paused_until > now_ms {
                return Err(Some(budget.paused_until - now_ms));
            }
            budget.calls.retain(|t| now_ms - t < window_ms);
            if budget.calls.len() >= limit.max(1) {
                let oldest = budget.calls.iter().min().copied().unwrap_or(now_ms);
                return Err(Some((oldest + window_ms - now_ms).max(1)));
            }
            budget.calls.push(now_ms);
            Ok(None)
        })
        .await
    }

    /// Holds every process's game API calls until `until_ms` (the game answered 429 with a
    /// `Retry-After`); a longer pause already set stays.
    pub async fn pause_game_calls(&self, until_ms: i64) -> Result<(), StoreError> {
        self.change_game_budget(until_ms, |budget| {
            if budget.paused_until >= until_ms {
                return Err(());
            }
            budget.paused_until = until_ms;
            Ok(())
        })
        .await
    }

    /// Applies `change` to the shared budget record over the version read (read again when
    /// another process changed it first): `Ok(r)` writes the record and answers `r`, `Err(r)`
    /// answers `r` without writing. The record lives an hour past `busy_until_ms`.
    async fn change_game_budget<R>(
        &self,
        busy_until_ms: i64,
        change: impl Fn(&mut GameBudget) -> Result<R, R>,
    ) -> Result<R, StoreError> {
        let key = keys::game_api_budget();
        for _ in 0..MAX_TRIES {
            let read = self.table.get(&key).await?;
            let condition = Condition::unchanged_since(read.as_ref());
            let version = version_of(read.as_ref());
            let mut budget: GameBudget = read.map(decode).transpose().ok().flatten().unwrap_or_default();
            let answer = match change(&mut budget) {
                Ok(answer) => answer,
                Err(answer) => return Ok(answer),
            };
            let mut item = encode(key.clone(), &budget)?;
            item.version = Some(version + 1);
            item.expires_at = Some(busy_until_ms.max(budget.paused_until) / 1000 + 3600);
            match self.table.write(vec![Write::Put(item, condition)]).await {
                Ok(()) => return Ok(answer),
                // Another process changed it meanwhile: apply the change to what is stored now.
                Err(StoreError::ConditionFailed(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("{key} kept changing")))
    }

    // --- idempotency

    /// Gives up a claimed idempotency key, so another job may try the step (its side effect
    /// failed and is safe to try again).
    pub async fn release_idempotency_key(&self, key: &str) -> Result<(), StoreError> {
        self.table.write(vec![Write::Delete(keys::idempotency(key), Condition::Always)]).await
    }

    /// Whether an idempotency key is claimed (and alive) now.
    pub async fn is_claimed(&self, key: &str, now: i64) -> Result<bool, StoreError> {
        let item = self.table.get(&keys::idempotency(key)).await?;
        Ok(item.is_some_and(|item| item.expires_at.is_none_or(|t| t >= now)))
    }

    /// Claims an idempotency key for `ttl_secs`: `true` the first time, `false` while
    /// an earlier claim is alive (a redelivered message must not act twice).
    pub async fn claim_idempotency_key(&self, key: &str, ttl_secs: i64, now: i64) -> Result<bool, StoreError> {
        Ok(self.claim_idempotency_key_with(key, ttl_secs, now, serde_json::Value::Null).await?.is_none())
    }

    /// Claims an idempotency key for `ttl_secs`, remembering `answer`: `None` the first
    /// time, the first claim's answer while that claim is alive (a retry repeats it).
    pub async fn claim_idempotency_key_with(
        &self,
        key: &str,
        ttl_secs: i64,
        now: i64,
        answer: serde_json::Value,
    ) -> Result<Option<serde_json::Value>, StoreError> {
        match self.table.write(vec![claim_write(key, &answer, ttl_secs, now)]).await {
            Ok(()) => Ok(None),
            Err(StoreError::ConditionFailed(_)) => {
                let earlier = self.table.get(&keys::idempotency(key)).await?;
                // The earlier claim may have expired and gone since: still a duplicate, no answer.
                let answer = earlier.and_then(|mut item| item.body.get_mut("answer").map(serde_json::Value::take));
                Ok(Some(answer.unwrap_or(serde_json::Value::Null)))
            }
            Err(err) => Err(err),
        }
    }

    // --- GDPR

    /// Everything DWOS holds about a user, found through the user index.
    pub async fn export_user(&self, user: UserId) -> Result<UserData, StoreError> {
        let mut data = UserData::default();
        for item in self.table.query(Index::User, &keys::user(user), "").await? {
            let sk = item.key.sk.clone();
            let decoded = if sk == "PREFS" {
                decode(item).map(|p| data.prefs = Some(p))
            } else if sk.starts_with("PLAYER#") {
                decode(item).map(|p| data.players.push(p))
            } else if sk.contains("#AUDIT#") {
                decode(item).map(|a| data.alliance_audit.push(a))
            } else if sk.contains("#REQUEST#") {
                decode(item).map(|r| data.join_requests.push(r))
            } else if sk.contains("#MEMBER#") {
                decode(item).map(|m| data.memberships.push(m))
            } else if sk.starts_with("REDEEM#") {
                decode(item).map(|r| data.redemptions.push(r))
            } else if sk.starts_with("GIFTRESULT#") {
                decode(item).map(|r| data.gift_results.push(r))
            } else if sk.starts_with("NEWS#") {
                decode(item).map(|n| data.news.push(n))
            } else if sk.starts_with("EVENTRSVP#") {
                decode::<crate::events::Rsvp>(item).map(|r| {
                    data.event_choices.push(EventChoice {
                        guild_id: r.guild,
                        event_id: r.event_id,
                        going: Some(r.going),
                        dm: None,
                    })
                })
            } else if sk.starts_with("EVENTDM#") {
                decode::<crate::events::DmWish>(item).map(|w| {
                    data.event_choices.push(EventChoice {
                        guild_id: w.guild,
                        event_id: w.event_id,
                        going: None,
                        dm: Some(w.on),
                    })
                })
            } else if sk.starts_with("TICKET#") {
                decode(item).map(|t| data.tickets.push(t))
            } else if sk.starts_with("RULESACK#") {
                decode(item).map(|a| data.rules_accepted.push(a))
            } else if sk.starts_with("REMINDDM#") {
                decode::<crate::community::ReminderDms>(item).map(|w| data.reminder_dms.push(w.guild))
            } else {
                // Game-id claims, R5 seats and the day last seen repeat what links, memberships and
                // preferences already say.
                Ok(())
            };
            if let Err(err) = decoded {
                tracing::error!(error = %err, "skipping a corrupt record in an export");
            }
        }
        Ok(data)
    }

    /// Deletes everything a user owns; returns how many records went.
    pub async fn erase_user(&self, user: UserId) -> Result<usize, StoreError> {
        let items = self.table.query(Index::User, &keys::user(user), "").await?;
        let count = items.len();
        let deletes = items.into_iter().map(|i| Write::Delete(i.key, Condition::Always)).collect();
        self.table.batch_write(deletes).await?;
        Ok(count)
    }
}
