//! Typed operations per aggregate, written once over the [`Table`] port.

use crate::StoreError;
use crate::keys;
use crate::table::{Condition, Index, Item, Key, Table, Write};
use dwos_core::model::{
    Alliance, AllianceMember, GameEvent, GameId, GiftCode, GuildConfig, PlayerLink, Redemption, Reminder, UserData,
    UserPrefs,
};
use dwos_core::{GuildId, UserId};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Who holds a game id in a guild (the uniqueness record).
#[derive(Debug, Serialize, Deserialize)]
struct GameClaim {
    guild_id: GuildId,
    game_id: GameId,
    user_id: UserId,
}

/// DWOS's storage, over either adapter.
#[derive(Clone)]
pub struct Store {
    table: Arc<dyn Table>,
}

fn encode<T: Serialize>(key: Key, record: &T) -> Result<Item, StoreError> {
    let body =
        serde_json::to_value(record).map_err(|e| StoreError::Corrupt { key: key.clone(), reason: e.to_string() })?;
    Ok(Item { key, user_key: None, expires_at: None, version: None, body })
}

fn decode<T: DeserializeOwned>(item: Item) -> Result<T, StoreError> {
    serde_json::from_value(item.body).map_err(|e| StoreError::Corrupt { key: item.key, reason: e.to_string() })
}

/// Decodes every item, reporting and skipping the ones that do not decode.
fn decode_all<T: DeserializeOwned>(items: Vec<Item>) -> Vec<T> {
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

fn owned(mut item: Item, user: UserId) -> Item {
    item.user_key = Some(keys::owned_by(user, &item.key));
    item
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

    async fn get<T: DeserializeOwned>(&self, key: &Key) -> Result<Option<T>, StoreError> {
        self.table.get(key).await?.map(decode).transpose()
    }

    async fn put(&self, item: Item) -> Result<(), StoreError> {
        self.table.write(vec![Write::Put(item, Condition::Always)]).await
    }

    async fn list<T: DeserializeOwned>(&self, partition: &str, prefix: &str) -> Result<Vec<T>, StoreError> {
        Ok(decode_all(self.table.query(Index::Primary, partition, prefix).await?))
    }

    // --- guild config

    /// A guild's settings.
    pub async fn guild_config(&self, guild: GuildId) -> Result<Option<GuildConfig>, StoreError> {
        self.get(&keys::guild_config(guild)).await
    }

    /// Saves a guild's settings.
    pub async fn put_guild_config(&self, config: &GuildConfig) -> Result<(), StoreError> {
        self.put(encode(keys::guild_config(config.guild_id), config)?).await
    }

    // --- players

    /// Links (or re-links) a user's game account in a guild; a game id another user
    /// holds there is refused with [`StoreError::GameIdTaken`].
    pub async fn link_player(&self, link: &PlayerLink) -> Result<(), StoreError> {
        let (guild, user) = (link.guild_id, link.user_id);
        let claim_key = keys::game_claim(guild, link.game_id);
        let claim = GameClaim { guild_id: guild, game_id: link.game_id, user_id: user };
        let mut writes = vec![
            Write::Put(owned(encode(claim_key.clone(), &claim)?, user), Condition::AbsentOrOwnedBy(keys::user(user))),
            Write::Put(owned(encode(keys::player(guild, user), link)?, user), Condition::Always),
            Write::Put(
                encode(keys::guild_registry(guild), &serde_json::json!({ "guild_id": guild }))?,
                Condition::Always,
            ),
        ];
        // A corrupt previous link is overwritten rather than blocking re-verification.
        let previous = match self.player(guild, user).await {
            Err(StoreError::Corrupt { .. }) => None,
            other => other?,
        };
        if let Some(previous) = previous
            && previous.game_id != link.game_id
        {
            writes.push(Write::Delete(keys::game_claim(guild, previous.game_id), Condition::Always));
        }
        match self.table.write(writes).await {
            Err(StoreError::ConditionFailed(key)) if key == claim_key => {
                let holder = self.get::<GameClaim>(&claim_key).await?.map(|c| c.user_id);
                Err(StoreError::GameIdTaken { game_id: link.game_id, holder: holder.unwrap_or(user) })
            }
            other => other,
        }
    }

    /// A user's verified account in a guild.
    pub async fn player(&self, guild: GuildId, user: UserId) -> Result<Option<PlayerLink>, StoreError> {
        self.get(&keys::player(guild, user)).await
    }

    /// Who holds a game id in a guild.
    pub async fn player_by_game_id(&self, guild: GuildId, game_id: GameId) -> Result<Option<PlayerLink>, StoreError> {
        match self.get::<GameClaim>(&keys::game_claim(guild, game_id)).await? {
            Some(claim) => self.player(guild, claim.user_id).await,
            None => Ok(None),
        }
    }

    /// Removes a user's link in a guild, freeing the game id; returns what was removed.
    pub async fn unlink_player(&self, guild: GuildId, user: UserId) -> Result<Option<PlayerLink>, StoreError> {
        let Some(link) = self.player(guild, user).await? else {
            return Ok(None);
        };
        self.table
            .write(vec![
                Write::Delete(keys::player(guild, user), Condition::Always),
                Write::Delete(keys::game_claim(guild, link.game_id), Condition::Always),
            ])
            .await?;
        Ok(Some(link))
    }

    /// Every verified player of a guild.
    pub async fn players(&self, guild: GuildId) -> Result<Vec<PlayerLink>, StoreError> {
        self.list(&keys::guild(guild), "PLAYER#").await
    }

    /// Every guild that has had a verified player.
    pub async fn guilds_with_players(&self) -> Result<Vec<GuildId>, StoreError> {
        #[derive(Deserialize)]
        struct Registered {
            guild_id: GuildId,
        }
        let registered: Vec<Registered> = self.list("GUILDS", "GUILD#").await?;
        Ok(registered.into_iter().map(|r| r.guild_id).collect())
    }

    /// How many verified players a guild has.
    pub async fn count_players(&self, guild: GuildId) -> Result<u64, StoreError> {
        Ok(self.table.query(Index::Primary, &keys::guild(guild), "PLAYER#").await?.len() as u64)
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

    // --- alliances

    /// Registers a new alliance at version 1; an existing tag is [`StoreError::AlreadyExists`].
    pub async fn create_alliance(&self, alliance: &Alliance) -> Result<Alliance, StoreError> {
        let key = keys::alliance(alliance.guild_id, &alliance.tag)?;
        let created = Alliance { version: 1, ..alliance.clone() };
        let mut item = encode(key.clone(), &created)?;
        item.version = Some(1);
        match self.table.write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::AlreadyExists(key)),
            other => other.map(|()| created),
        }
    }

    /// An alliance by tag.
    pub async fn alliance(&self, guild: GuildId, tag: &str) -> Result<Option<Alliance>, StoreError> {
        self.get(&keys::alliance(guild, tag)?).await
    }

    /// Every alliance of a guild.
    pub async fn alliances(&self, guild: GuildId) -> Result<Vec<Alliance>, StoreError> {
        let items = self.table.query(Index::Primary, &keys::guild(guild), "ALLIANCE#").await?;
        Ok(decode_all(items.into_iter().filter(|i| !i.key.sk.contains("#MEMBER#")).collect()))
    }

    /// Saves an alliance read at `alliance.version`; if someone saved it since, nothing
    /// is written and the result is [`StoreError::VersionConflict`]. Returns the new version.
    pub async fn update_alliance(&self, alliance: &Alliance) -> Result<Alliance, StoreError> {
        let key = keys::alliance(alliance.guild_id, &alliance.tag)?;
        let updated = Alliance { version: alliance.version + 1, ..alliance.clone() };
        let mut item = encode(key.clone(), &updated)?;
        item.version = Some(updated.version);
        match self.table.write(vec![Write::Put(item, Condition::Version(alliance.version))]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| updated),
        }
    }

    /// Adds or re-ranks a member.
    pub async fn put_member(&self, member: &AllianceMember) -> Result<(), StoreError> {
        let key = keys::member(member.guild_id, &member.tag, member.user_id)?;
        self.put(owned(encode(key, member)?, member.user_id)).await
    }

    /// Removes a member.
    pub async fn remove_member(&self, guild: GuildId, tag: &str, user: UserId) -> Result<(), StoreError> {
        self.table.write(vec![Write::Delete(keys::member(guild, tag, user)?, Condition::Always)]).await
    }

    /// Every member of an alliance.
    pub async fn members(&self, guild: GuildId, tag: &str) -> Result<Vec<AllianceMember>, StoreError> {
        self.list(&keys::guild(guild), &format!("ALLIANCE#{}#MEMBER#", keys::part(tag)?)).await
    }

    // --- events and reminders

    /// Saves an event.
    pub async fn put_event(&self, event: &GameEvent) -> Result<(), StoreError> {
        self.put(encode(keys::event(event.guild_id, &event.event_id)?, event)?).await
    }

    /// An event by id.
    pub async fn event(&self, guild: GuildId, event_id: &str) -> Result<Option<GameEvent>, StoreError> {
        self.get(&keys::event(guild, event_id)?).await
    }

    /// Every event of a guild.
    pub async fn events(&self, guild: GuildId) -> Result<Vec<GameEvent>, StoreError> {
        self.list(&keys::guild(guild), "EVENT#").await
    }

    /// Deletes an event (its reminders are deleted by the reminder worker as they fire).
    pub async fn delete_event(&self, guild: GuildId, event_id: &str) -> Result<(), StoreError> {
        self.table.write(vec![Write::Delete(keys::event(guild, event_id)?, Condition::Always)]).await
    }

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

    // --- gift codes

    /// Saves a guild's gift code.
    pub async fn put_gift_code(&self, code: &GiftCode) -> Result<(), StoreError> {
        self.put(encode(keys::gift_code(code.guild_id, &code.code)?, code)?).await
    }

    /// Every gift code of a guild.
    pub async fn gift_codes(&self, guild: GuildId) -> Result<Vec<GiftCode>, StoreError> {
        self.list(&keys::guild(guild), "GIFTCODE#").await
    }

    /// Records a redemption; a second one for the same code and player is
    /// [`StoreError::AlreadyExists`].
    pub async fn record_redemption(&self, redemption: &Redemption) -> Result<(), StoreError> {
        let key = keys::redemption(&redemption.code, redemption.game_id)?;
        let item = owned(encode(key.clone(), redemption)?, redemption.user_id);
        match self.table.write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::AlreadyExists(key)),
            other => other,
        }
    }

    /// A player's redemption of a code.
    pub async fn redemption(&self, code: &str, game_id: GameId) -> Result<Option<Redemption>, StoreError> {
        self.get(&keys::redemption(code, game_id)?).await
    }

    // --- verification attempts

    /// Counts a verification attempt unless `max` already happened in the last
    /// `window_secs`; returns `Err(seconds until one expires)` when refused.
    pub async fn record_verify_attempt(
        &self,
        guild: GuildId,
        user: UserId,
        now: i64,
        window_secs: i64,
        max: usize,
    ) -> Result<Result<(), i64>, StoreError> {
        #[derive(Serialize, Deserialize, Default)]
        struct Attempts {
            at: Vec<i64>,
        }
        let key = keys::verify_attempts(guild, user);
        let mut attempts: Attempts = match self.get(&key).await {
            Err(StoreError::Corrupt { .. }) => Attempts::default(),
            other => other?.unwrap_or_default(),
        };
        attempts.at.retain(|t| now - t < window_secs);
        if attempts.at.len() >= max {
            let oldest = attempts.at.iter().min().copied().unwrap_or(now);
            return Ok(Err(oldest + window_secs - now));
        }
        attempts.at.push(now);
        let mut item = owned(encode(key, &attempts)?, user);
        item.expires_at = Some(now + window_secs);
        self.put(item).await?;
        Ok(Ok(()))
    }

    // --- idempotency

    /// Claims an idempotency key for `ttl_secs`: `true` the first time, `false` while
    /// an earlier claim is alive (a redelivered message must not act twice).
    pub async fn claim_idempotency_key(&self, key: &str, ttl_secs: i64, now: i64) -> Result<bool, StoreError> {
        let item = Item {
            key: keys::idempotency(key),
            user_key: None,
            expires_at: Some(now + ttl_secs),
            version: None,
            body: serde_json::json!({ "claimed_at": now }),
        };
        match self.table.write(vec![Write::Put(item, Condition::AbsentOrExpired { now })]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
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
            } else if sk.contains("#MEMBER#") {
                decode(item).map(|m| data.memberships.push(m))
            } else if sk.starts_with("REDEEM#") {
                decode(item).map(|r| data.redemptions.push(r))
            } else {
                // Game-id claims repeat what the player links already say.
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
