//! Gift codes: a guild's codes and their runs, one redemption per (code, player) whatever the
//! guild, the codes the game declared dead, and moderators' news posts.

use crate::StoreError;
use crate::keys;
use crate::store::{Store, decode, encode, owned, version_of};
use crate::table::{Condition, Item, Write};
use dwos_core::model::{GameId, GiftCode, GiftResult, News, PlayerLink, Redemption, UserPrefs};
use dwos_core::{GuildId, UserId};

/// The outcome a redemption carries while a worker holds it.
pub const PENDING: &str = "pending";

/// How many times a result is re-applied over a run that other results keep changing.
const MAX_TRIES: usize = 30;

/// How long a code the game called dead stays known as dead.
const DEAD_TTL_SECS: i64 = 30 * 24 * 60 * 60;

/// What a worker about to call the game for a (code, player) learns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedeemClaim {
    /// The call is this worker's to make (nobody made it, or a holder's lease ran out); the
    /// token fences its settle and release against a later holder.
    Mine(u64),
    /// Settled already: the stored answer.
    Done(Redemption),
    /// Another worker holds it now.
    Busy,
}

/// A result recorded in a run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// The code's run after this result.
    pub code: GiftCode,
    /// This writer should edit the summary (the last result, or none edited for a while).
    pub edit_report: bool,
}

/// A token no other claim shares: the clock's nanoseconds, the player and a process counter.
fn claim_token(game_id: GameId) -> u64 {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let count = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    // Kept below 2^53: a version travels as a DynamoDB number and as JSON.
    (nanos ^ game_id.0.rotate_left(17) ^ count.rotate_left(40)) & ((1 << 53) - 1) | 1
}

impl Store {
    /// Adds a code to a guild; a code it already has is [`StoreError::AlreadyExists`].
    pub async fn add_gift_code(&self, code: &GiftCode) -> Result<GiftCode, StoreError> {
        let key = keys::gift_code(code.guild_id, &code.code)?;
        let saved = GiftCode { version: 1, ..code.clone() };
        let mut item = encode(key.clone(), &saved)?;
        item.version = Some(1);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::AlreadyExists(key)),
            other => other.map(|()| saved),
        }
    }

    /// Saves a code read at `code.version`; changed since is [`StoreError::VersionConflict`].
    pub async fn save_gift_code(&self, code: &GiftCode) -> Result<GiftCode, StoreError> {
        let key = keys::gift_code(code.guild_id, &code.code)?;
        let saved = GiftCode { version: code.version + 1, ..code.clone() };
        let mut item = encode(key.clone(), &saved)?;
        item.version = Some(saved.version);
        match self.table().write(vec![Write::Put(item, Condition::Version(code.version))]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| saved),
        }
    }

    /// One of a guild's codes.
    pub async fn gift_code(&self, guild: GuildId, code: &str) -> Result<Option<GiftCode>, StoreError> {
        self.get(&keys::gift_code(guild, code)?).await
    }

    /// Every code of a guild.
    pub async fn gift_codes(&self, guild: GuildId) -> Result<Vec<GiftCode>, StoreError> {
        self.list(&keys::guild(guild), "GIFTCODE#").await
    }

    /// Takes the game call for (`code`, `game_id`) for `lease_secs`, unless it is settled or
    /// another worker holds it: one call per player per code, across guilds and redeliveries.
    pub async fn claim_redemption(
        &self,
        code: &str,
        game_id: GameId,
        user: UserId,
        now: i64,
        lease_secs: i64,
    ) -> Result<RedeemClaim, StoreError> {
        let key = keys::redemption(code, game_id)?;
        let pending = Redemption {
            code: code.to_owned(),
            game_id,
            user_id: user,
            redeemed_at: now,
            outcome: PENDING.to_owned(),
            settled_by: None,
        };
        let mut item = owned(encode(key.clone(), &pending)?, user);
        item.expires_at = Some(now + lease_secs);
        let token = claim_token(game_id);
        item.version = Some(token);
        match self.table().write(vec![Write::Put(item, Condition::AbsentOrExpired { now })]).await {
            Ok(()) => Ok(RedeemClaim::Mine(token)),
            Err(StoreError::ConditionFailed(_)) => match self.table().get(&key).await? {
                Some(item) => {
                    let stored: Redemption = decode(item)?;
                    Ok(if stored.outcome == PENDING { RedeemClaim::Busy } else { RedeemClaim::Done(stored) })
                }
                // Settled and erased (GDPR) in between: the next delivery claims again.
                None => Ok(RedeemClaim::Busy),
            },
            Err(err) => Err(err),
        }
    }

    /// Stores the game's answer for the (code, player) this worker claimed with `token`, for
    /// good; a claim lost meanwhile (its lease ran out and another worker took it) is
    /// [`StoreError::VersionConflict`] and changes nothing.
    pub async fn settle_redemption(&self, redemption: &Redemption, token: u64) -> Result<(), StoreError> {
        let key = keys::redemption(&redemption.code, redemption.game_id)?;
        let item = owned(encode(key.clone(), redemption)?, redemption.user_id);
        match self.table().write(vec![Write::Put(item, Condition::Version(token))]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other,
        }
    }

    /// Gives back the claim taken with `token` without an answer (the call was not made, or
    /// gave none); a claim another worker holds now, or an answer stored, stays.
    pub async fn release_redemption(&self, code: &str, game_id: GameId, token: u64) -> Result<(), StoreError> {
        let key = keys::redemption(code, game_id)?;
        self.table().write(vec![Write::Delete(key, Condition::Version(token))]).await.or_else(|err| match err {
            StoreError::ConditionFailed(_) => Ok(()),
            err => Err(err),
        })
    }

    /// Writes a member's preferences for the first time (auto-redeem off); `false` when they
    /// have some already, which are left as they are.
    pub async fn init_prefs(&self, user: UserId, now: i64) -> Result<bool, StoreError> {
        let prefs = UserPrefs { version: 1, seen_day: Some(now.div_euclid(86_400)), ..UserPrefs::new(user, now) };
        let mut item = owned(encode(keys::prefs(user), &prefs)?, user);
        item.version = Some(1);
        let seen = crate::community::seen_write(user, now.div_euclid(86_400))?;
        match self.table().write(vec![Write::Put(item, Condition::Absent), seen]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// A player's redemption of a code (settled or pending).
    pub async fn redemption(&self, code: &str, game_id: GameId) -> Result<Option<Redemption>, StoreError> {
        self.get(&keys::redemption(code, game_id)?).await
    }

    /// The verdict that killed `code` for everyone, if the game gave one.
    pub async fn code_dead(&self, code: &str) -> Result<Option<String>, StoreError> {
        let item = self.table().get(&keys::code_dead(code)?).await?;
        Ok(item.and_then(|i| i.body.get("outcome").and_then(|o| o.as_str()).map(str::to_owned)))
    }

    /// Records that `code` is dead for everyone (the first verdict stays).
    pub async fn mark_code_dead(&self, code: &str, outcome: &str, now: i64) -> Result<(), StoreError> {
        let item = Item {
            key: keys::code_dead(code)?,
            user_key: None,
            expires_at: Some(now + DEAD_TTL_SECS),
            version: None,
            body: serde_json::json!({ "outcome": outcome, "at": now }),
        };
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Ok(()),
            other => other,
        }
    }

    /// Records a member's result in their guild's run, counted once however often it is
    /// delivered (`None`: recorded before, or the run is gone); the summary is due for an edit
    /// when this is the last result or none was made in the last `gap_ms`.
    pub async fn record_gift_result(
        &self,
        result: &GiftResult,
        now_ms: i64,
        gap_ms: i64,
    ) -> Result<Option<Recorded>, StoreError> {
        let result_key = keys::gift_result(result.guild_id, &result.code, result.user_id)?;
        let code_key = keys::gift_code(result.guild_id, &result.code)?;
        let result_item = owned(encode(result_key.clone(), result)?, result.user_id);
        for _ in 0..MAX_TRIES {
            let Some(read) = self.table().get(&code_key).await? else { return Ok(None) };
            let version = version_of(Some(&read));
            let mut code: GiftCode = decode(read.clone())?;
            code.done += 1;
            let edit_report = code.done >= code.total || now_ms - code.edited_at_ms >= gap_ms;
            if edit_report {
                code.edited_at_ms = now_ms;
            }
            code.version = version + 1;
            let mut item = encode(code_key.clone(), &code)?;
            item.version = Some(code.version);
            let writes = vec![
                Write::Put(result_item.clone(), Condition::Absent),
                Write::Put(item, Condition::unchanged_since(Some(&read))),
            ];
            match self.table().write(writes).await {
                Ok(()) => return Ok(Some(Recorded { code, edit_report })),
                Err(StoreError::ConditionFailed(key)) if key == result_key => return Ok(None),
                Err(StoreError::ConditionFailed(_) | StoreError::Conflict(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(code_key.to_string()))
    }

    /// Turns a member's auto-redeem consent on or off over the preferences read (re-read when
    /// another change got there first); `true` when it changed.
    pub async fn set_gift_opt_in(&self, user: UserId, on: bool, now: i64) -> Result<bool, StoreError> {
        let (_, changed) = self
            .change_prefs(user, now, |prefs| {
                let changed = prefs.gift_code_opt_in != on;
                prefs.gift_code_opt_in = on;
                changed
            })
            .await?;
        Ok(changed)
    }

    /// The guild's verified members who asked for codes to be redeemed for them.
    pub async fn opted_in_players(&self, guild: GuildId) -> Result<Vec<PlayerLink>, StoreError> {
        let players = self.players(guild).await?;
        let keys: Vec<_> = players.iter().map(|p| keys::prefs(p.user_id)).collect();
        let prefs = self.table().get_many(&keys).await?;
        Ok(players
            .into_iter()
            .zip(prefs)
            .filter(|(_, prefs)| {
                prefs.as_ref().and_then(|p| p.body.get("gift_code_opt_in")).and_then(|v| v.as_bool()) == Some(true)
            })
            .map(|(player, _)| player)
            .collect())
    }

    /// Every member's result in a guild's run of `code`.
    pub async fn gift_results(&self, guild: GuildId, code: &str) -> Result<Vec<GiftResult>, StoreError> {
        self.list(&keys::guild(guild), &format!("GIFTRESULT#{}#", keys::part(code)?)).await
    }

    /// Saves a news post read at `news.version` (0: new); changed since is
    /// [`StoreError::VersionConflict`].
    pub async fn save_news(&self, news: &News) -> Result<News, StoreError> {
        let key = keys::news(news.guild_id, &news.news_id)?;
        let saved = News { version: news.version + 1, ..news.clone() };
        // The author's name is theirs: erasing them erases their posts' records too.
        let mut item = owned(encode(key.clone(), &saved)?, news.author);
        item.version = Some(saved.version);
        let condition = if news.version == 0 { Condition::Absent } else { Condition::Version(news.version) };
        match self.table().write(vec![Write::Put(item, condition)]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| saved),
        }
    }

    /// One news post.
    pub async fn news(&self, guild: GuildId, news_id: &str) -> Result<Option<News>, StoreError> {
        self.get(&keys::news(guild, news_id)?).await
    }
}
