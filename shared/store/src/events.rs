//! Game events and their reminders: an event is written with the reminders of its next
//! occurrence in one transaction, always over the version it was read at, so an edit, a pause
//! or a cancel racing the reminder sweep never leaves reminders of an occurrence nobody wants.

use crate::StoreError;
use crate::keys;
use crate::store::{Store, encode, version_of};
use crate::table::{Condition, Item, Key, Write};
use dwos_core::GuildId;
use dwos_core::model::{GameEvent, Reminder};
use std::collections::HashSet;

/// How long after its due time a reminder item may linger before TTL removes it (the sweep
/// deletes it when it handles it; this only cleans up after events nobody swept).
const REMINDER_TTL_SECS: i64 = 2 * 24 * 60 * 60;

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
        let key = keys::event(event.guild_id, &event.event_id)?;
        let stored = GameEvent { version: event.version + 1, ..event.clone() };
        let mut item = encode(key.clone(), &stored)?;
        item.version = Some(stored.version);
        let mut writes = vec![Write::Put(item, Condition::Version(event.version))];
        writes.extend(reminder_writes(put, delete)?);
        match self.table().write(writes).await {
            Ok(()) => Ok(stored),
            Err(StoreError::ConditionFailed(failed)) if failed == key => Err(StoreError::VersionConflict(key)),
            Err(err) => Err(err),
        }
    }

    /// Deletes an event read at its version, with its pending reminders.
    pub async fn remove_event(&self, event: &GameEvent, pending: &[Reminder]) -> Result<(), StoreError> {
        let key = keys::event(event.guild_id, &event.event_id)?;
        let mut writes = vec![Write::Delete(key.clone(), Condition::Version(event.version))];
        writes.extend(reminder_writes(&[], pending)?);
        match self.table().write(writes).await {
            Err(StoreError::ConditionFailed(failed)) if failed == key => Err(StoreError::VersionConflict(key)),
            other => other,
        }
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
