//! Game events and their reminders: an event is written with the reminders of its next
//! occurrence in one transaction, always over the version it was read at, so an edit, a pause
//! or a cancel racing the reminder sweep never leaves reminders of an occurrence nobody wants.

use crate::StoreError;
use crate::keys;
use crate::store::{Store, claim_write, decode, encode, owned, version_of};
use crate::table::{Condition, Item, Key, Write};
use dwos_core::model::{GameEvent, Reminder};
use dwos_core::{GuildId, UserId};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

/// How long after its due time a reminder item may linger before TTL removes it (the sweep
/// deletes it when it handles it; this only cleans up after events nobody swept).
const REMINDER_TTL_SECS: i64 = 2 * 24 * 60 * 60;

/// A member's answer to an event.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct Rsvp {
    pub(crate) guild: GuildId,
    pub(crate) event_id: String,
    user: UserId,
    pub(crate) going: bool,
}

/// A member's wish for DM reminders, with the toggle that set it.
#[derive(Debug, Serialize, Deserialize)]
pub(crate) struct DmWish {
    pub(crate) guild: GuildId,
    pub(crate) event_id: String,
    user: UserId,
    pub(crate) on: bool,
    #[serde(default)]
    toggles: Vec<String>,
}

/// How many of a member's DM toggles on one event are remembered.
const KEPT_TOGGLES: usize = 20;

/// The writes that save `event` over its version with its reminders, and what it becomes.
fn save_writes(
    event: &GameEvent,
    put: &[Reminder],
    delete: &[Reminder],
) -> Result<(Key, GameEvent, Vec<Write>), StoreError> {
    let key = keys::event(event.guild_id, &event.event_id)?;
    let stored = GameEvent { version: event.version + 1, ..event.clone() };
    let mut item = encode(key.clone(), &stored)?;
    item.version = Some(stored.version);
    let mut writes = vec![Write::Put(item, Condition::Version(event.version))];
    writes.extend(reminder_writes(put, delete)?);
    Ok((key, stored, writes))
}

/// A failed condition on the event's own key is a version conflict.
fn conflict_on(key: Key, written: Result<(), StoreError>) -> Result<(), StoreError> {
    match written {
        Err(StoreError::ConditionFailed(failed)) if failed == key => Err(StoreError::VersionConflict(key)),
        other => other,
    }
}

fn reminder_key(reminder: &Reminder) -> Result<Key, StoreError> {
    keys::reminder(&reminder.due_minute(), reminder.guild_id, &reminder.event_id, reminder.offset_minutes)
}

fn reminder_item(reminder: &Reminder) -> Result<Item, StoreError> {
    let mut item = encode(reminder_key(reminder)?, reminder)?;
    item.expires_at = Some(reminder.due_at + REMINDER_TTL_SECS);
    Ok(item)
}

/// Puts `put` and deletes `delete` (a key in both is only put: one transaction may not touch an
/// item twice).
fn reminder_writes(put: &[Reminder], delete: &[Reminder]) -> Result<Vec<Write>, StoreError> {
    let mut writes = Vec::with_capacity(put.len() + delete.len());
    let mut put_keys = HashSet::new();
    for reminder in put {
        let item = reminder_item(reminder)?;
        put_keys.insert(item.key.clone());
        writes.push(Write::Put(item, Condition::Always));
    }
    for reminder in delete {
        let key = reminder_key(reminder)?;
        if !put_keys.contains(&key) {
            writes.push(Write::Delete(key, Condition::Always));
        }
    }
    Ok(writes)
}

impl Store {
    /// Creates an event (at version 1) with `reminders`, all at once; an id already taken is
    /// [`StoreError::AlreadyExists`].
    pub async fn create_event(&self, event: &GameEvent, reminders: &[Reminder]) -> Result<GameEvent, StoreError> {
        let key = keys::event(event.guild_id, &event.event_id)?;
        let stored = GameEvent { version: 1, ..event.clone() };
        let mut item = encode(key.clone(), &stored)?;
        item.version = Some(1);
        let mut writes = vec![Write::Put(item, Condition::Absent)];
        writes.extend(reminder_writes(reminders, &[])?);
        match self.table().write(writes).await {
            Ok(()) => Ok(stored),
            Err(StoreError::ConditionFailed(failed)) if failed == key => Err(StoreError::AlreadyExists(key)),
            Err(err) => Err(err),
        }
    }

    /// Saves an event over the version it was read at, putting and deleting reminders in the
    /// same transaction; returns it at its new version. A change meanwhile (or a cancel) is
    /// [`StoreError::VersionConflict`].
    pub async fn save_event(
        &self,
        event: &GameEvent,
        put: &[Reminder],
        delete: &[Reminder],
    ) -> Result<GameEvent, StoreError> {
        let (key, stored, writes) = save_writes(event, put, delete)?;
        conflict_on(key, self.table().write(writes).await).map(|()| stored)
    }

    /// [`Store::save_event`] for many events at once, each on its own: one conflict leaves the
    /// others saved. Results in order.
    pub async fn save_events(
        &self,
        saves: &[(GameEvent, Vec<Reminder>, Vec<Reminder>)],
    ) -> Vec<Result<GameEvent, StoreError>> {
        let mut prepared = Vec::with_capacity(saves.len());
        let mut transactions = Vec::new();
        for (event, put, delete) in saves {
            match save_writes(event, put, delete) {
                Ok((key, stored, writes)) => {
                    transactions.push(writes);
                    prepared.push(Ok((key, stored)));
                }
                Err(err) => prepared.push(Err(err)),
            }
        }
        let mut results = self.table().write_each(transactions).await.into_iter();
        prepared
            .into_iter()
            .map(|prepared| {
                let (key, stored) = prepared?;
                let written = results.next().unwrap_or_else(|| Err(StoreError::Backend("missing result".into())));
                conflict_on(key, written).map(|()| stored)
            })
            .collect()
    }

    /// Many events by (guild, id), in order; one that does not decode is an error of its own.
    pub async fn events_by_id(
        &self,
        ids: &[(GuildId, String)],
    ) -> Result<Vec<Result<Option<GameEvent>, StoreError>>, StoreError> {
        let keys = ids.iter().map(|(guild, id)| keys::event(*guild, id)).collect::<Result<Vec<_>, _>>()?;
        let items = self.table().get_many(&keys).await?;
        Ok(items.into_iter().map(|item| item.map(decode).transpose()).collect())
    }

    /// Claims many idempotency keys at once, each remembering its answer: `None` for each
    /// claimed now, the earlier claim's answer for each an earlier claim still holds. Results
    /// in order.
    pub async fn claim_many(
        &self,
        claims: &[(String, serde_json::Value)],
        ttl_secs: i64,
        now: i64,
    ) -> Vec<Result<Option<serde_json::Value>, StoreError>> {
        let transactions = claims.iter().map(|(key, answer)| vec![claim_write(key, answer, ttl_secs, now)]).collect();
        let written = self.table().write_each(transactions).await;
        // The answers of the keys claimed earlier, in one read.
        let taken: Vec<Key> = claims
            .iter()
            .zip(&written)
            .filter(|(_, w)| matches!(w, Err(StoreError::ConditionFailed(_))))
            .map(|((key, _), _)| keys::idempotency(key))
            .collect();
        let mut earlier = match self.table().get_many(&taken).await {
            Ok(items) => items.into_iter().map(Ok).collect::<Vec<_>>(),
            Err(err) => taken.iter().map(|_| Err(StoreError::Backend(err.to_string()))).collect(),
        }
        .into_iter();
        written
            .into_iter()
            .map(|result| match result {
                Ok(()) => Ok(None),
                Err(StoreError::ConditionFailed(_)) => {
                    let item = earlier.next().unwrap_or_else(|| Err(StoreError::Backend("missing claim".into())))?;
                    // The earlier claim may have expired and gone since: still taken, no answer.
                    let answer = item.and_then(|mut item| item.body.get_mut("answer").map(serde_json::Value::take));
                    Ok(Some(answer.unwrap_or(serde_json::Value::Null)))
                }
                Err(err) => Err(err),
            })
            .collect()
    }

    /// Records a member's answer to an event (their own record: the last answer wins).
    pub async fn set_rsvp(&self, guild: GuildId, event_id: &str, user: UserId, going: bool) -> Result<(), StoreError> {
        let key = keys::event_rsvp(guild, event_id, user)?;
        let body = Rsvp { guild, event_id: event_id.to_owned(), user, going };
        self.table().write(vec![Write::Put(owned(encode(key, &body)?, user), Condition::Always)]).await
    }

    /// How many members are going and not going to an event.
    pub async fn rsvp_counts(&self, guild: GuildId, event_id: &str) -> Result<(usize, usize), StoreError> {
        let prefix = format!("EVENTRSVP#{}#", crate::keys::part(event_id)?);
        let answers: Vec<Rsvp> = self.list(&keys::guild(guild), &prefix).await?;
        let going = answers.iter().filter(|a| a.going).count();
        Ok((going, answers.len() - going))
    }

    /// Turns a member's DM reminders for an event on or off, once per `toggle` (a redelivered
    /// toggle finds its own mark and changes nothing); returns whether they are on.
    pub async fn toggle_dm(
        &self,
        guild: GuildId,
        event_id: &str,
        user: UserId,
        toggle: &str,
    ) -> Result<bool, StoreError> {
        let key = keys::event_dm(guild, event_id, user)?;
        for _ in 0..3 {
            let read = self.table().get(&key).await?;
            let condition = Condition::unchanged_since(read.as_ref());
            let version = version_of(read.as_ref());
            let current: Option<DmWish> = read.map(decode).transpose()?;
            if let Some(current) = current.as_ref().filter(|c| c.toggles.iter().any(|t| t == toggle)) {
                return Ok(current.on);
            }
            let on = !current.as_ref().is_some_and(|c| c.on);
            // The last few toggles: a redelivery of an older click (after a newer one) still
            // finds its mark and flips nothing back.
            let mut toggles = current.map(|c| c.toggles).unwrap_or_default();
            toggles.push(toggle.to_owned());
            if toggles.len() > KEPT_TOGGLES {
                toggles.remove(0);
            }
            let wish = DmWish { guild, event_id: event_id.to_owned(), user, on, toggles };
            let mut item = owned(encode(key.clone(), &wish)?, user);
            item.version = Some(version + 1);
            match self.table().write(vec![Write::Put(item, condition)]).await {
                Ok(()) => return Ok(wish.on),
                Err(StoreError::ConditionFailed(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("{key} kept changing while toggling")))
    }

    /// The members who want an event's reminders by DM: those who asked for this event, and
    /// those who asked for every event of the server (`/dashboard`) unless they turned this
    /// one off (for an alliance's event, only its members).
    pub async fn dm_subscribers(
        &self,
        guild: GuildId,
        event_id: &str,
        alliance: Option<&str>,
    ) -> Result<Vec<UserId>, StoreError> {
        let prefix = format!("EVENTDM#{}#", crate::keys::part(event_id)?);
        let wishes: Vec<DmWish> = self.list(&keys::guild(guild), &prefix).await?;
        let mut users: Vec<UserId> = wishes.iter().filter(|w| w.on).map(|w| w.user).collect();
        let mut everyone = self.reminder_dm_members(guild).await?;
        // An alliance's event is its members' business: a server-wide wish does not reach it.
        if let Some(tag) = alliance {
            let members: Vec<UserId> = self.members(guild, tag).await?.into_iter().map(|m| m.user_id).collect();
            everyone.retain(|u| members.contains(u));
        }
        for user in everyone {
            let declined = wishes.iter().any(|w| w.user == user && !w.on);
            if !declined && !users.contains(&user) {
                users.push(user);
            }
        }
        Ok(users)
    }

    /// Removes handled reminders (unconditionally; absent is fine).
    pub async fn delete_reminders(&self, reminders: &[Reminder]) -> Result<(), StoreError> {
        let writes = reminders
            .iter()
            .map(|r| Ok(Write::Delete(reminder_key(r)?, Condition::Always)))
            .collect::<Result<_, StoreError>>()?;
        self.table().batch_write(writes).await
    }

    /// Deletes an event read at its version, with its pending reminders, then the members'
    /// answers and DM wishes (their records, now about nothing).
    pub async fn remove_event(&self, event: &GameEvent, pending: &[Reminder]) -> Result<(), StoreError> {
        let key = keys::event(event.guild_id, &event.event_id)?;
        let mut writes = vec![Write::Delete(key.clone(), Condition::Version(event.version))];
        writes.extend(reminder_writes(&[], pending)?);
        conflict_on(key, self.table().write(writes).await)?;
        let guild = keys::guild(event.guild_id);
        let mut leftovers = Vec::new();
        for prefix in [format!("EVENTRSVP#{}#", event.event_id), format!("EVENTDM#{}#", event.event_id)] {
            let items = self.table().query(crate::table::Index::Primary, &guild, &prefix).await?;
            leftovers.extend(items.into_iter().map(|item| Write::Delete(item.key, Condition::Always)));
        }
        self.table().batch_write(leftovers).await
    }

    /// An event by id.
    pub async fn event(&self, guild: GuildId, event_id: &str) -> Result<Option<GameEvent>, StoreError> {
        self.get(&keys::event(guild, event_id)?).await
    }

    /// Every event of a guild.
    pub async fn events(&self, guild: GuildId) -> Result<Vec<GameEvent>, StoreError> {
        self.list(&keys::guild(guild), "EVENT#").await
    }

    /// The last minute (Unix seconds) the reminder sweep finished, with the marker's version.
    pub async fn last_swept(&self) -> Result<(Option<i64>, u64), StoreError> {
        let read = self.table().get(&keys::sweep_marker()).await?;
        let version = version_of(read.as_ref());
        Ok((read.and_then(|item| item.body.get("minute").and_then(serde_json::Value::as_i64)), version))
    }

    /// Records that the sweep finished `minute`, over the marker's version; `false` when
    /// another sweep moved it meanwhile (that one's minute stands).
    pub async fn record_swept(&self, minute: i64, version: u64) -> Result<bool, StoreError> {
        let mut item = encode(keys::sweep_marker(), &serde_json::json!({ "minute": minute }))?;
        item.version = Some(version + 1);
        let condition = if version == 0 { Condition::Absent } else { Condition::Version(version) };
        match self.table().write(vec![Write::Put(item, condition)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }
}
