//! Player links: one verified game account per user per guild, one user per game id per
//! guild, and every link written only over the version it was read at.

use crate::StoreError;
use crate::keys;
use crate::store::{Store, decode, encode, owned, version_of};
use crate::table::{Condition, Index, Item, Write};
use dwos_core::model::{GameId, PlayerLink};
use dwos_core::{GuildId, UserId};
use serde::{Deserialize, Serialize};

/// Who holds a game id in a guild (the uniqueness record).
#[derive(Debug, Serialize, Deserialize)]
struct GameClaim {
    guild_id: GuildId,
    game_id: GameId,
    user_id: UserId,
}

/// An entry of the weekly check's due index.
#[derive(Debug, Serialize, Deserialize)]
struct Due {
    guild: GuildId,
    user: UserId,
}

/// What a link write replaces: the stored link (when there is one that decodes), the
/// condition that it is still there unchanged, and its version.
struct Replaced {
    previous: Option<PlayerLink>,
    condition: Condition,
    version: u64,
}

impl Store {
    /// Stores a user's link in a guild over the version it was read at (`link.version`;
    /// 0: there must be no link yet) and returns it at its new version. A link changed or
    /// removed since is [`StoreError::VersionConflict`]; a game id another user holds there
    /// is [`StoreError::GameIdTaken`].
    pub async fn link_player(&self, link: &PlayerLink) -> Result<PlayerLink, StoreError> {
        let (guild, user) = (link.guild_id, link.user_id);
        let player_key = keys::player(guild, user);
        let replaced = self.link_to_replace(link).await?;
        if link.version == 0 {
            // Before the link, not after: a registered guild without a link is harmless (the
            // refresh finds nobody), a link in an unregistered guild would never be refreshed,
            // and a retry after a failed registration would no longer be a new link.
            self.register_guild(guild).await?;
        }
        let stored = PlayerLink { version: replaced.version + 1, ..link.clone() };
        let mut item = owned(encode(player_key.clone(), &stored)?, user);
        item.version = Some(stored.version);
        let claim_key = keys::game_claim(guild, link.game_id);
        let claim = GameClaim { guild_id: guild, game_id: link.game_id, user_id: user };
        let own = Condition::AbsentOrOwnedBy(keys::user(user));
        let mut writes = vec![
            Write::Put(owned(encode(claim_key.clone(), &claim)?, user), own.clone()),
            Write::Put(item, replaced.condition),
        ];
        // The weekly check's due index moves with the link, in the same transaction.
        if let Some(day) = stored.check_day {
            writes.push(Write::Put(
                owned(encode(keys::player_check(day, guild, user), &Due { guild, user })?, user),
                Condition::Always,
            ));
        }
        if let Some(previous) = replaced.previous {
            if let Some(day) = previous.check_day.filter(|day| Some(*day) != stored.check_day) {
                writes.push(Write::Delete(keys::player_check(day, guild, user), Condition::Always));
            }
            if previous.game_id != link.game_id {
                writes.push(Write::Delete(keys::game_claim(guild, previous.game_id), own));
            }
        }
        match self.table().write(writes).await {
            Ok(()) => Ok(stored),
            Err(StoreError::ConditionFailed(key)) if key == claim_key => {
                let holder = self.get::<GameClaim>(&claim_key).await?.map(|c| c.user_id);
                Err(StoreError::GameIdTaken { game_id: link.game_id, holder: holder.unwrap_or(user) })
            }
            Err(StoreError::ConditionFailed(key)) if key == player_key => Err(StoreError::VersionConflict(key)),
            Err(err) => Err(err),
        }
    }

    /// Reads the link that `link` would replace and checks it is still at `link.version`.
    async fn link_to_replace(&self, link: &PlayerLink) -> Result<Replaced, StoreError> {
        let key = keys::player(link.guild_id, link.user_id);
        let fresh = link.version == 0;
        // A link read from a record without a version is an update of that record.
        let expected = if link.version == PlayerLink::UNVERSIONED { 0 } else { link.version };
        let read = match self.table().get(&key).await {
            // Not even JSON, so its game id is unknown: only a new verification may replace it.
            Err(StoreError::Corrupt { .. }) if fresh => {
                return Ok(Replaced { previous: None, condition: Condition::Unversioned, version: 0 });
            }
            read => read?,
        };
        let condition = Condition::unchanged_since(read.as_ref());
        let version = version_of(read.as_ref());
        let Some(item) = read else {
            // A refresh of a link that is gone lost to an unlink: it must not bring it back.
            return if fresh {
                Ok(Replaced { previous: None, condition, version })
            } else {
                Err(StoreError::VersionConflict(key))
            };
        };
        match decode::<PlayerLink>(item) {
            Ok(previous) if version == expected => Ok(Replaced { previous: Some(previous), condition, version }),
            Ok(_) => Err(StoreError::VersionConflict(key)),
            // A new verification may replace a link that does not decode (still only if nobody
            // changes it meanwhile); a refresh never read it, so it may not.
            Err(StoreError::Corrupt { .. }) if fresh => Ok(Replaced { previous: None, condition, version }),
            Err(err) => Err(err),
        }
    }

    /// Registers a guild for the daily refresh, outside any link transaction: one registry
    /// item written by every link of a guild would make concurrent links collide.
    async fn register_guild(&self, guild: GuildId) -> Result<(), StoreError> {
        let item = encode(keys::guild_registry(guild), &serde_json::json!({ "guild_id": guild }))?;
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Ok(()),
            other => other,
        }
    }

    /// A user's verified account in a guild.
    pub async fn player(&self, guild: GuildId, user: UserId) -> Result<Option<PlayerLink>, StoreError> {
        self.get(&keys::player(guild, user)).await
    }

    /// The verified accounts of these users in a guild, in their order, in one batched read.
    pub async fn players_of(&self, guild: GuildId, users: &[UserId]) -> Result<Vec<Option<PlayerLink>>, StoreError> {
        let keys: Vec<_> = users.iter().map(|u| keys::player(guild, *u)).collect();
        let items = self.table().get_many(&keys).await?;
        items.into_iter().map(|item| item.map(decode).transpose()).collect()
    }

    /// Who holds a game id in a guild.
    pub async fn player_by_game_id(&self, guild: GuildId, game_id: GameId) -> Result<Option<PlayerLink>, StoreError> {
        match self.get::<GameClaim>(&keys::game_claim(guild, game_id)).await? {
            Some(claim) => self.player(guild, claim.user_id).await,
            None => Ok(None),
        }
    }

    /// Removes a user's link in a guild with what hangs off it (the game-id claim, the
    /// alliance membership, the R5 seat if the user holds it), all at once; returns what
    /// was removed. A link or seat changed meanwhile is [`StoreError::VersionConflict`].
    pub async fn unlink_player(&self, guild: GuildId, user: UserId) -> Result<Option<PlayerLink>, StoreError> {
        let Some((link, writes)) = self.unlink_writes(guild, user).await? else {
            return Ok(None);
        };
        match self.table().write(writes).await {
            Ok(()) => Ok(Some(link)),
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::VersionConflict(key)),
            Err(err) => Err(err),
        }
    }

    /// Unlinks like [`Store::unlink_player`] and, in the same transaction, records
    /// `answer(removed link)` under the idempotency key `answer_key`: a redelivered unlink
    /// gets the first delivery's answer (and removes nothing), never "nothing to remove".
    pub async fn unlink_player_once(
        &self,
        guild: GuildId,
        user: UserId,
        answer_key: &str,
        ttl_secs: i64,
        now: i64,
        answer: impl Fn(Option<&PlayerLink>) -> serde_json::Value,
    ) -> Result<(Option<PlayerLink>, serde_json::Value), StoreError> {
        let remembered = keys::idempotency(answer_key);
        if let Some(first) = self.live_answer(&remembered, now).await? {
            return Ok((None, first));
        }
        let (link, mut writes) = match self.unlink_writes(guild, user).await? {
            Some((link, writes)) => (Some(link), writes),
            None => (None, Vec::new()),
        };
        let answer = answer(link.as_ref());
        let item = Item {
            key: remembered.clone(),
            user_key: None,
            expires_at: Some(now + ttl_secs),
            version: None,
            body: serde_json::json!({ "claimed_at": now, "answer": answer }),
        };
        writes.push(Write::Put(item, Condition::AbsentOrExpired { now }));
        match self.table().write(writes).await {
            Ok(()) => Ok((link, answer)),
            // Another delivery answered first: its answer stands, and nothing was removed here.
            Err(StoreError::ConditionFailed(key)) if key == remembered => {
                Ok((None, self.live_answer(&remembered, now).await?.unwrap_or(answer)))
            }
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::VersionConflict(key)),
            Err(err) => Err(err),
        }
    }

    /// The answer remembered under an idempotency key, while it is alive.
    async fn live_answer(&self, key: &crate::table::Key, now: i64) -> Result<Option<serde_json::Value>, StoreError> {
        let item = self.table().get(key).await?;
        Ok(item
            .filter(|item| item.expires_at.is_none_or(|t| t >= now))
            .map(|mut item| item.body.get_mut("answer").map(serde_json::Value::take).unwrap_or_default()))
    }

    /// The link a user has in a guild and the writes that remove it with everything hanging
    /// on it (game-id claim, membership, R5 seat), each conditional on what was read.
    async fn unlink_writes(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> Result<Option<(PlayerLink, Vec<Write>)>, StoreError> {
        let key = keys::player(guild, user);
        let Some(item) = self.table().get(&key).await? else {
            return Ok(None);
        };
        let condition = Condition::unchanged_since(Some(&item));
        let link: PlayerLink = decode(item)?;
        let mut writes = vec![
            Write::Delete(key, condition),
            Write::Delete(keys::game_claim(guild, link.game_id), Condition::AbsentOrOwnedBy(keys::user(user))),
        ];
        if let Some(day) = link.check_day {
            writes.push(Write::Delete(keys::player_check(day, guild, user), Condition::Always));
        }
        // A tag that cannot be a key part never had a membership to remove.
        if let Some(tag) = link.alliance.as_deref()
            && let Ok(member) = keys::member(guild, tag, user)
        {
            writes.push(Write::Delete(member, Condition::Always));
            writes.extend(self.free_r5_seat(guild, tag, user).await?);
        }
        Ok(Some((link, writes)))
    }

    /// The players whose weekly check is due on `day` (Unix days), as (guild, user); an
    /// entry may be stale (the link moved on or went): read the link before acting.
    pub async fn players_due(&self, day: i64) -> Result<Vec<(GuildId, UserId)>, StoreError> {
        let due: Vec<Due> = self.list(&keys::check_day(day), "GUILD#").await?;
        Ok(due.into_iter().map(|d| (d.guild, d.user)).collect())
    }

    /// Drops a stale due-index entry (its link is gone or due another day).
    pub async fn drop_due(&self, day: i64, guild: GuildId, user: UserId) -> Result<(), StoreError> {
        self.table().write(vec![Write::Delete(keys::player_check(day, guild, user), Condition::Always)]).await
    }

    /// The oldest day (Unix days) of the weekly check's index that a run left undrained.
    pub async fn check_low_water(&self) -> Result<Option<i64>, StoreError> {
        let item = self.table().get(&keys::check_low_water()).await?;
        Ok(item.and_then(|item| item.body.get("day").and_then(serde_json::Value::as_i64)))
    }

    /// Records the oldest day of the index still to drain.
    pub async fn set_check_low_water(&self, day: i64) -> Result<(), StoreError> {
        self.put(encode(keys::check_low_water(), &serde_json::json!({ "day": day }))?).await
    }

    /// Whether the one-off migration `name` has run.
    pub async fn migration_done(&self, name: &str) -> Result<bool, StoreError> {
        Ok(self.table().get(&keys::migration(name)).await?.is_some())
    }

    /// Records that the one-off migration `name` has run.
    pub async fn mark_migration_done(&self, name: &str, now: i64) -> Result<(), StoreError> {
        self.put(encode(keys::migration(name), &serde_json::json!({ "done_at": now }))?).await
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
        Ok(self.table().query(Index::Primary, &keys::guild(guild), "PLAYER#").await?.len() as u64)
    }
}
