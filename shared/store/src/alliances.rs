//! Alliances, their members, and each alliance's one R5 seat.

use crate::StoreError;
use crate::keys;
use crate::store::{Store, decode, decode_all, encode, owned, version_of};
use crate::table::{Condition, Index, Item, Write};
use dwos_core::model::{Alliance, AllianceAudit, AllianceMember, JoinRequest, Rank};
use dwos_core::{GuildId, UserId};
use serde::{Deserialize, Serialize};

/// Rounds of re-reading a seat that changed between read and write.
const SEAT_TRIES: usize = 5;

/// Who leads an alliance: one item per alliance, so two claims cannot both win. A freed
/// seat stays as a vacant record, so its version only ever grows and a button issued for
/// an earlier version can never match again. Owned by the holder (user index), so erasing
/// the holder removes it.
#[derive(Debug, Serialize, Deserialize)]
struct R5Seat {
    guild_id: GuildId,
    tag: String,
    /// The holder; `None` while vacant.
    user_id: Option<UserId>,
    #[serde(default)]
    version: u64,
    /// When a moderator handed the seat over (`None` for a claimed seat).
    #[serde(default)]
    transferred_at: Option<i64>,
}

impl Store {
    /// Registers a new alliance at version 1; an existing tag is [`StoreError::AlreadyExists`].
    pub async fn create_alliance(&self, alliance: &Alliance) -> Result<Alliance, StoreError> {
        let key = keys::alliance(alliance.guild_id, &alliance.tag)?;
        let created = Alliance { version: 1, ..alliance.clone() };
        let mut item = encode(key.clone(), &created)?;
        item.version = Some(1);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
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
        let items = self.table().query(Index::Primary, &keys::guild(guild), "ALLIANCE#").await?;
        // Members (`ALLIANCE#tag#MEMBER#u`) and seats (`ALLIANCE#tag#R5`) share the prefix;
        // an alliance's own sort key has nothing after its tag, which cannot contain `#`.
        let alliances = items
            .into_iter()
            .filter(|item| item.key.sk.strip_prefix("ALLIANCE#").is_some_and(|tag| !tag.contains('#')))
            .collect();
        Ok(decode_all(alliances))
    }

    /// Saves an alliance read at `alliance.version`; if someone saved it since, nothing
    /// is written and the result is [`StoreError::VersionConflict`]. Returns the new version.
    pub async fn update_alliance(&self, alliance: &Alliance) -> Result<Alliance, StoreError> {
        let key = keys::alliance(alliance.guild_id, &alliance.tag)?;
        let updated = Alliance { version: alliance.version + 1, ..alliance.clone() };
        let mut item = encode(key.clone(), &updated)?;
        item.version = Some(updated.version);
        match self.table().write(vec![Write::Put(item, Condition::Version(alliance.version))]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| updated),
        }
    }

    /// Adds or re-ranks a member, whatever was stored (setup and tests; changes use
    /// [`Store::save_member`]).
    pub async fn put_member(&self, member: &AllianceMember) -> Result<(), StoreError> {
        self.put(member_item(member, member.version.max(1))?).await
    }

    /// Adds a member at version 1; one already there is [`StoreError::AlreadyExists`].
    pub async fn add_member(&self, member: &AllianceMember) -> Result<AllianceMember, StoreError> {
        let item = member_item(member, 1)?;
        let key = item.key.clone();
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::AlreadyExists(key)),
            other => other.map(|()| AllianceMember { version: 1, ..member.clone() }),
        }
    }

    /// One member of an alliance, at the version stored.
    pub async fn member(&self, guild: GuildId, tag: &str, user: UserId) -> Result<Option<AllianceMember>, StoreError> {
        self.table().get(&keys::member(guild, tag, user)?).await?.map(decode_member).transpose()
    }

    /// Saves a member read at `member.version`; if someone changed or removed them since,
    /// nothing is written and the result is [`StoreError::VersionConflict`].
    pub async fn save_member(&self, member: &AllianceMember) -> Result<AllianceMember, StoreError> {
        let write = member_write(member, member.rank)?;
        let saved = AllianceMember { version: member.version + 1, ..member.clone() };
        match self.table().write(vec![write]).await {
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::VersionConflict(key)),
            other => other.map(|()| saved),
        }
    }

    /// Removes a member read at `member.version` (a kick), freeing the R5 seat in the same
    /// transaction if they held it; a change meanwhile is [`StoreError::VersionConflict`].
    pub async fn remove_member_at(&self, member: &AllianceMember) -> Result<(), StoreError> {
        let key = keys::member(member.guild_id, &member.tag, member.user_id)?;
        let mut writes = vec![Write::Delete(key, member_condition(member.version))];
        writes.extend(self.free_r5_seat(member.guild_id, &member.tag, member.user_id).await?);
        match self.table().write(writes).await {
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::VersionConflict(key)),
            other => other,
        }
    }

    /// Deletes an alliance's own record and its seat (its members are removed first, one by one).
    pub async fn delete_alliance(&self, guild: GuildId, tag: &str) -> Result<(), StoreError> {
        self.table()
            .write(vec![
                Write::Delete(keys::alliance(guild, tag)?, Condition::Always),
                Write::Delete(keys::r5_seat(guild, tag)?, Condition::Always),
            ])
            .await
    }

    // --- join requests

    /// Stores a request to join: `false` if the member already asked.
    pub async fn request_join(&self, request: &JoinRequest) -> Result<bool, StoreError> {
        let key = keys::join_request(request.guild_id, &request.tag, request.user_id)?;
        let item = owned(encode(key, request)?, request.user_id);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// Every open request to join `tag`.
    pub async fn join_requests(&self, guild: GuildId, tag: &str) -> Result<Vec<JoinRequest>, StoreError> {
        self.list(&keys::guild(guild), &format!("ALLIANCE#{}#REQUEST#", keys::part(tag)?)).await
    }

    /// Answers a request in one transaction: it goes, and on `Some(member)` the member is added.
    /// `false` when it was already answered (another officer, or a redelivery): nothing changes.
    pub async fn answer_join(
        &self,
        guild: GuildId,
        tag: &str,
        user: UserId,
        member: Option<&AllianceMember>,
    ) -> Result<bool, StoreError> {
        let request = keys::join_request(guild, tag, user)?;
        let mut writes = vec![Write::Delete(request.clone(), Condition::Exists)];
        if let Some(member) = member {
            writes.push(Write::Put(member_item(member, 1)?, Condition::Absent));
        }
        match self.table().write(writes).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(key)) if key == request => Ok(false),
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::AlreadyExists(key)),
            Err(err) => Err(err),
        }
    }

    // --- audit

    /// Records an audit line under `id` (the job step writing it): `true` the first time,
    /// `false` when that step already wrote it (a redelivery).
    pub async fn record_audit(&self, audit: &AllianceAudit, id: &str) -> Result<bool, StoreError> {
        let key = keys::alliance_audit(audit.guild_id, &audit.tag, id, audit.subject)?;
        let item = owned(encode(key, audit)?, audit.subject);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// An alliance's audit trail, oldest first.
    pub async fn alliance_audit(&self, guild: GuildId, tag: &str) -> Result<Vec<AllianceAudit>, StoreError> {
        let mut lines: Vec<AllianceAudit> =
            self.list(&keys::guild(guild), &format!("ALLIANCE#{}#AUDIT#", keys::part(tag)?)).await?;
        lines.sort_by_key(|line| line.at);
        Ok(lines)
    }

    /// Removes a member, freeing the R5 seat in the same transaction if they held it (a
    /// leader who leaves must not keep the seat from the next claim).
    pub async fn remove_member(&self, guild: GuildId, tag: &str, user: UserId) -> Result<(), StoreError> {
        let mut writes = vec![Write::Delete(keys::member(guild, tag, user)?, Condition::Always)];
        writes.extend(self.free_r5_seat(guild, tag, user).await?);
        match self.table().write(writes).await {
            Err(StoreError::ConditionFailed(key)) => Err(StoreError::VersionConflict(key)),
            other => other,
        }
    }

    /// Every member of an alliance, each at the version stored.
    pub async fn members(&self, guild: GuildId, tag: &str) -> Result<Vec<AllianceMember>, StoreError> {
        let prefix = format!("ALLIANCE#{}#MEMBER#", keys::part(tag)?);
        let items = self.table().query(Index::Primary, &keys::guild(guild), &prefix).await?;
        Ok(items
            .into_iter()
            .filter_map(|item| match decode_member(item) {
                Ok(member) => Some(member),
                Err(err) => {
                    tracing::error!(error = %err, "skipping a corrupt membership");
                    None
                }
            })
            .collect())
    }

    // --- the R5 seat

    /// Takes `tag`'s R5 seat for `user` if it is free: `true` if `user` holds it now (also
    /// when they already did), `false` if another user does.
    pub async fn claim_r5(&self, guild: GuildId, tag: &str, user: UserId) -> Result<bool, StoreError> {
        let key = keys::r5_seat(guild, tag)?;
        for _ in 0..SEAT_TRIES {
            let read = self.table().get(&key).await?;
            let holder = read.clone().map(decode::<R5Seat>).transpose()?.and_then(|seat| seat.user_id);
            if let Some(holder) = holder {
                return Ok(holder == user);
            }
            let version = version_of(read.as_ref()) + 1;
            let seat =
                R5Seat { guild_id: guild, tag: tag.to_owned(), user_id: Some(user), version, transferred_at: None };
            let mut item = owned(encode(key.clone(), &seat)?, user);
            item.version = Some(version);
            match self.table().write(vec![Write::Put(item, Condition::unchanged_since(read.as_ref()))]).await {
                Ok(()) => return Ok(true),
                // Someone claimed or freed it meanwhile: look again.
                Err(StoreError::ConditionFailed(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("{key} kept changing while claiming it")))
    }

    /// Who holds `tag`'s R5 seat.
    pub async fn r5_holder(&self, guild: GuildId, tag: &str) -> Result<Option<UserId>, StoreError> {
        Ok(self.r5_seat(guild, tag).await?.map(|(holder, _)| holder))
    }

    /// Who holds `tag`'s R5 seat, and the seat's version (a hand-over names it).
    pub async fn r5_seat(&self, guild: GuildId, tag: &str) -> Result<Option<(UserId, u64)>, StoreError> {
        let Some(item) = self.table().get(&keys::r5_seat(guild, tag)?).await? else { return Ok(None) };
        let version = version_of(Some(&item));
        Ok(decode::<R5Seat>(item)?.user_id.map(|holder| (holder, version)))
    }

    /// Hands `tag`'s R5 seat to `new_leader` in one transaction: their membership becomes
    /// R5 and the previous holder's (if still there) R4; returns the previous holder. A
    /// `new_leader` who is not a member is [`StoreError::ConditionFailed`] on their
    /// membership key and changes nothing; a seat changed meanwhile is
    /// [`StoreError::VersionConflict`], and so is a seat no longer at `seen`, the version the
    /// approval was asked against (`None`: no check), so an old approval cannot move it back.
    pub async fn transfer_r5(
        &self,
        guild: GuildId,
        tag: &str,
        new_leader: UserId,
        seen: Option<u64>,
        now: i64,
    ) -> Result<Option<UserId>, StoreError> {
        let seat_key = keys::r5_seat(guild, tag)?;
        let leader_key = keys::member(guild, tag, new_leader)?;
        let read = self.table().get(&seat_key).await?;
        if seen.is_some_and(|seen| seen != version_of(read.as_ref())) {
            return Err(StoreError::VersionConflict(seat_key));
        }
        let condition = Condition::unchanged_since(read.as_ref());
        let version = version_of(read.as_ref()) + 1;
        let previous = match read.map(decode::<R5Seat>).transpose() {
            Ok(seat) => seat.and_then(|seat| seat.user_id),
            // A hand-over repairs a seat that does not decode; the condition still guards it.
            Err(err) => {
                tracing::error!(error = %err, "replacing a corrupt R5 seat");
                None
            }
        };
        let Some(leader) = self.member(guild, tag, new_leader).await? else {
            return Err(StoreError::ConditionFailed(leader_key));
        };
        let seat = R5Seat {
            guild_id: guild,
            tag: tag.to_owned(),
            user_id: Some(new_leader),
            version,
            transferred_at: Some(now),
        };
        let mut seat_item = owned(encode(seat_key.clone(), &seat)?, new_leader);
        seat_item.version = Some(version);
        // Over the versions read: a member who left or changed meanwhile fails the whole
        // transaction, sitting R5 included.
        let mut writes = vec![Write::Put(seat_item, condition), member_write(&leader, Rank::R5)?];
        if let Some(old) = previous.filter(|old| *old != new_leader)
            && let Some(member) = self.member(guild, tag, old).await?
        {
            writes.push(member_write(&member, Rank::R4)?);
        }
        match self.table().write(writes).await {
            Ok(()) => Ok(previous),
            Err(StoreError::ConditionFailed(key)) if key == seat_key || key != leader_key => {
                Err(StoreError::VersionConflict(key))
            }
            Err(err) => Err(err),
        }
    }

    /// The write that frees `tag`'s R5 seat if `user` holds it, only if unchanged since read.
    pub(crate) async fn free_r5_seat(
        &self,
        guild: GuildId,
        tag: &str,
        user: UserId,
    ) -> Result<Option<Write>, StoreError> {
        let key = keys::r5_seat(guild, tag)?;
        let Some(item) = self.table().get(&key).await? else {
            return Ok(None);
        };
        let condition = Condition::unchanged_since(Some(&item));
        let version = version_of(Some(&item)) + 1;
        let seat: R5Seat = decode(item)?;
        if seat.user_id != Some(user) {
            return Ok(None);
        }
        // Vacant, not deleted: the next holder gets a new version, never an old one again.
        let vacant = R5Seat { user_id: None, version, transferred_at: None, ..seat };
        let mut item = encode(key.clone(), &vacant)?;
        item.version = Some(version);
        Ok(Some(Write::Put(item, condition)))
    }
}

/// A membership as read, its version taken from the item (older records carry none in the body).
fn decode_member(item: Item) -> Result<AllianceMember, StoreError> {
    let version = version_of(Some(&item));
    Ok(AllianceMember { version, ..decode(item)? })
}

/// The condition that a membership is still the one read at `version`.
fn member_condition(version: u64) -> Condition {
    if version == 0 { Condition::Unversioned } else { Condition::Version(version) }
}

/// The write that saves `member` (read at `member.version`) at `rank`, one version on.
fn member_write(member: &AllianceMember, rank: Rank) -> Result<Write, StoreError> {
    let item = member_item(&AllianceMember { rank, ..member.clone() }, member.version + 1)?;
    Ok(Write::Put(item, member_condition(member.version)))
}

/// A membership as stored at `version` (in the item and its body alike), owned by the member.
fn member_item(member: &AllianceMember, version: u64) -> Result<Item, StoreError> {
    let key = keys::member(member.guild_id, &member.tag, member.user_id)?;
    let mut item = owned(encode(key, &AllianceMember { version, ..member.clone() })?, member.user_id);
    item.version = Some(version);
    Ok(item)
}
