//! A member's own settings (language, reminders by DM, when they were last seen) and the
//! community records: tickets, rules and their acceptances, statistics channels.

use crate::StoreError;
use crate::keys::{self, guild};
use crate::store::{Store, decode, encode, owned, version_of};
use crate::table::{Condition, Item, Key, Write};
use dwos_core::model::{GuildRules, RulesAcceptance, StatsChannels, Ticket, UserPrefs};
use dwos_core::{GuildId, UserId};
use serde::{Deserialize, Serialize};

/// How often a read-modify-write that keeps losing its condition is retried.
const MAX_TRIES: usize = 20;

/// `SEEN#day`: the members last seen that day (the retention sweep reads one day at a time).
fn seen_day(day: i64) -> String {
    format!("SEEN#{day}")
}

fn seen(day: i64, u: UserId) -> Key {
    Key::new(seen_day(day), keys::user(u))
}

/// The write that lists a member under the day they were seen.
pub(crate) fn seen_write(u: UserId, day: i64) -> Result<Write, StoreError> {
    Ok(Write::Put(owned(encode(seen(day, u), &serde_json::json!({ "user": u }))?, u), Condition::Always))
}

fn reminder_dm(g: GuildId, u: UserId) -> Key {
    Key::new(guild(g), format!("REMINDDM#{u}"))
}

fn ticket(g: GuildId, u: UserId) -> Key {
    Key::new(guild(g), format!("TICKET#{u}"))
}

fn rules(g: GuildId) -> Key {
    Key::new(guild(g), "RULES")
}

fn acceptance(g: GuildId, u: UserId) -> Key {
    Key::new(guild(g), format!("RULESACK#{u}"))
}

fn stats_channels(g: GuildId) -> Key {
    Key::new(guild(g), "STATSCHANNELS")
}

/// `SCHEDULED#what / GUILD#g`: the guilds a scheduled job visits (rules re-posts, statistics).
fn scheduled(what: &str, g: GuildId) -> Key {
    Key::new(format!("SCHEDULED#{what}"), guild(g))
}

fn marker(name: &str) -> Key {
    Key::new("MARKER", name.to_owned())
}

/// A member's wish for a guild's event reminders by DM.
#[derive(Serialize, Deserialize)]
pub(crate) struct ReminderDms {
    pub(crate) guild: GuildId,
    pub(crate) user: UserId,
}

/// A guild a scheduled job visits.
#[derive(Serialize, Deserialize)]
struct Scheduled {
    guild: GuildId,
}

impl Store {
    /// Changes a member's preferences over the ones read (re-read when another change got
    /// there first); `change` says whether it changed anything. The preferences as saved.
    pub async fn change_prefs(
        &self,
        u: UserId,
        now: i64,
        change: impl Fn(&mut UserPrefs) -> bool,
    ) -> Result<(UserPrefs, bool), StoreError> {
        let key = keys::prefs(u);
        for _ in 0..MAX_TRIES {
            let read = self.table().get(&key).await?;
            let mut prefs = match &read {
                Some(item) => decode(item.clone())?,
                None => UserPrefs { seen_day: Some(now.div_euclid(86_400)), ..UserPrefs::new(u, now) },
            };
            if !change(&mut prefs) && read.is_some() {
                return Ok((prefs, false));
            }
            prefs.updated_at = now;
            prefs.version = version_of(read.as_ref()) + 1;
            let mut item = owned(encode(key.clone(), &prefs)?, u);
            item.version = Some(prefs.version);
            let mut writes = vec![Write::Put(item, Condition::unchanged_since(read.as_ref()))];
            // New preferences start the member's retention clock, like a day seen.
            if let (None, Some(day)) = (&read, prefs.seen_day) {
                writes.push(seen_write(u, day)?);
            }
            match self.table().write(writes).await {
                Ok(()) => return Ok((prefs, true)),
                Err(StoreError::ConditionFailed(_) | StoreError::Conflict(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(key.to_string()))
    }

    /// Records that a member used DWOS on `day` (Unix days), once a day: their preferences
    /// and the day's index move together, so the retention sweep finds them on exactly one day.
    /// `false` when they were already seen that day, or have no preferences: a member DWOS keeps
    /// nothing about (or who erased it all) gets no record just for being seen.
    pub async fn mark_seen(&self, u: UserId, day: i64) -> Result<bool, StoreError> {
        let key = keys::prefs(u);
        for _ in 0..MAX_TRIES {
            let Some(read) = self.table().get(&key).await? else { return Ok(false) };
            let mut prefs: UserPrefs = decode(read.clone())?;
            if prefs.seen_day == Some(day) {
                return Ok(false);
            }
            let read = Some(read);
            let before = prefs.seen_day.replace(day);
            prefs.version = version_of(read.as_ref()) + 1;
            let mut item = owned(encode(key.clone(), &prefs)?, u);
            item.version = Some(prefs.version);
            let mut writes = vec![Write::Put(item, Condition::unchanged_since(read.as_ref())), seen_write(u, day)?];
            if let Some(before) = before {
                writes.push(Write::Delete(seen(before, u), Condition::Always));
            }
            match self.table().write(writes).await {
                Ok(()) => return Ok(true),
                Err(StoreError::ConditionFailed(_) | StoreError::Conflict(_)) => continue,
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(key.to_string()))
    }

    /// The languages members chose (`None` where they chose none), in the order given.
    pub async fn chosen_locales(&self, users: &[UserId]) -> Result<Vec<Option<String>>, StoreError> {
        let keys: Vec<Key> = users.iter().map(|u| keys::prefs(*u)).collect();
        let items = self.table().get_many(&keys).await?;
        Ok(items
            .into_iter()
            .map(|item| item.and_then(|i| i.body.get("locale").and_then(|l| l.as_str()).map(str::to_owned)))
            .collect())
    }

    /// Marks a member seen on `day` only if no day was ever marked (the one-off backfill of
    /// members from before days were kept); `false` otherwise.
    pub async fn mark_seen_if_never(&self, u: UserId, day: i64) -> Result<bool, StoreError> {
        match self.prefs(u).await? {
            Some(prefs) if prefs.seen_day.is_none() => self.mark_seen(u, day).await,
            _ => Ok(false),
        }
    }

    /// Whether a member is still listed as last seen on `day` (not seen since, not erased).
    pub async fn still_seen_on(&self, u: UserId, day: i64) -> Result<bool, StoreError> {
        Ok(self.table().get(&seen(day, u)).await?.is_some())
    }

    /// The members last seen on `day`.
    pub async fn last_seen_on(&self, day: i64) -> Result<Vec<UserId>, StoreError> {
        #[derive(Deserialize)]
        struct Seen {
            user: UserId,
        }
        let seen: Vec<Seen> = self.list(&seen_day(day), "").await?;
        Ok(seen.into_iter().map(|s| s.user).collect())
    }

    /// A named progress mark of a scheduled job (e.g. the oldest day not yet swept).
    pub async fn marker(&self, name: &str) -> Result<Option<i64>, StoreError> {
        let item = self.table().get(&marker(name)).await?;
        Ok(item.and_then(|i| i.body.get("value").and_then(serde_json::Value::as_i64)))
    }

    /// Moves a progress mark.
    pub async fn set_marker(&self, name: &str, value: i64) -> Result<(), StoreError> {
        self.put(Item {
            key: marker(name),
            user_key: None,
            expires_at: None,
            version: None,
            body: serde_json::json!({ "value": value }),
        })
        .await
    }

    // --- reminders by DM

    /// Whether a member gets a guild's event reminders by DM.
    pub async fn reminder_dms(&self, g: GuildId, u: UserId) -> Result<bool, StoreError> {
        Ok(self.table().get(&reminder_dm(g, u)).await?.is_some())
    }

    /// Turns a member's reminders by DM for a guild on or off (idempotent).
    pub async fn set_reminder_dms(&self, g: GuildId, u: UserId, on: bool) -> Result<(), StoreError> {
        let write = if on {
            Write::Put(owned(encode(reminder_dm(g, u), &ReminderDms { guild: g, user: u })?, u), Condition::Always)
        } else {
            Write::Delete(reminder_dm(g, u), Condition::Always)
        };
        self.table().write(vec![write]).await
    }

    /// The members who get all of a guild's event reminders by DM.
    pub async fn reminder_dm_members(&self, g: GuildId) -> Result<Vec<UserId>, StoreError> {
        let wishes: Vec<ReminderDms> = self.list(&guild(g), "REMINDDM#").await?;
        Ok(wishes.into_iter().map(|w| w.user).collect())
    }

    // --- tickets

    /// Opens a member's ticket; `false` when they have one open already.
    pub async fn open_ticket(&self, t: &Ticket) -> Result<bool, StoreError> {
        let item = owned(encode(ticket(t.guild_id, t.user_id), t)?, t.user_id);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// A member's open ticket.
    pub async fn ticket(&self, g: GuildId, u: UserId) -> Result<Option<Ticket>, StoreError> {
        self.get(&ticket(g, u)).await
    }

    /// The open ticket whose thread this is.
    pub async fn ticket_in(&self, g: GuildId, thread: dwos_core::ChannelId) -> Result<Option<Ticket>, StoreError> {
        let open: Vec<Ticket> = self.list(&guild(g), "TICKET#").await?;
        Ok(open.into_iter().find(|t| t.thread_id == Some(thread)))
    }

    /// Keeps the thread made for a ticket, only while that very ticket (the same opening job)
    /// is open; `false` when it was closed meanwhile, and the thread belongs to nobody.
    pub async fn set_ticket_thread(&self, t: &Ticket) -> Result<bool, StoreError> {
        let key = ticket(t.guild_id, t.user_id);
        let Some(read) = self.table().get(&key).await? else { return Ok(false) };
        let open: Ticket = decode(read.clone())?;
        if open.opened_by != t.opened_by {
            return Ok(false);
        }
        let mut item = owned(encode(key, t)?, t.user_id);
        item.version = Some(version_of(Some(&read)) + 1);
        match self.table().write(vec![Write::Put(item, Condition::unchanged_since(Some(&read)))]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// Closes a ticket; `false` when it was closed already (by the other button, say).
    pub async fn close_ticket(&self, g: GuildId, u: UserId) -> Result<bool, StoreError> {
        match self.table().write(vec![Write::Delete(ticket(g, u), Condition::Exists)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    // --- rules

    /// A guild's rules.
    pub async fn rules(&self, g: GuildId) -> Result<Option<GuildRules>, StoreError> {
        self.get(&rules(g)).await
    }

    /// Applies `change` to a guild's rules over the ones read (none yet: empty), read again when
    /// another save got there first, like [`Store::change_guild_config`]; `change` says whether
    /// it changed anything (nothing changed, nothing written). The rules as they now are.
    pub async fn change_rules(
        &self,
        g: GuildId,
        mut change: impl FnMut(&mut GuildRules) -> bool,
    ) -> Result<GuildRules, StoreError> {
        for _ in 0..crate::store::CONFIG_TRIES {
            let mut rules = self.rules(g).await?.unwrap_or_else(|| GuildRules::new(g));
            if !change(&mut rules) {
                return Ok(rules);
            }
            match self.save_rules(&rules).await {
                Err(StoreError::VersionConflict(_)) => continue,
                other => return other,
            }
        }
        Err(StoreError::Conflict(format!("the rules of guild {g} kept changing")))
    }

    /// Saves a guild's rules read at `r.version` (0: none yet), with the schedule's index;
    /// someone else's save since is [`StoreError::VersionConflict`].
    pub async fn save_rules(&self, r: &GuildRules) -> Result<GuildRules, StoreError> {
        let saved = GuildRules { version: r.version + 1, ..r.clone() };
        let index = scheduled("rules", r.guild_id);
        let schedule = if r.every_days > 0 && r.channel_id.is_some() {
            Write::Put(encode(index, &Scheduled { guild: r.guild_id })?, Condition::Always)
        } else {
            Write::Delete(index, Condition::Always)
        };
        self.save_at(rules(r.guild_id), &saved, r.version, schedule).await?;
        Ok(saved)
    }

    /// Writes `record` as version `read + 1` of `key` if it is still at version `read` (0:
    /// absent), together with `also`; someone else's save since is [`StoreError::VersionConflict`].
    async fn save_at<T: Serialize>(&self, key: Key, record: &T, read: u64, also: Write) -> Result<(), StoreError> {
        let mut item = encode(key.clone(), record)?;
        item.version = Some(read + 1);
        let condition = if read == 0 { Condition::Absent } else { Condition::Version(read) };
        match self.table().write(vec![Write::Put(item, condition), also]).await {
            Ok(()) => Ok(()),
            Err(StoreError::ConditionFailed(_)) => Err(StoreError::VersionConflict(key)),
            Err(err) => Err(err),
        }
    }

    /// Records a member's acceptance; `false` when they had accepted before (the first time stays).
    pub async fn accept_rules(&self, a: &RulesAcceptance) -> Result<bool, StoreError> {
        let item = owned(encode(acceptance(a.guild_id, a.user_id), a)?, a.user_id);
        match self.table().write(vec![Write::Put(item, Condition::Absent)]).await {
            Ok(()) => Ok(true),
            Err(StoreError::ConditionFailed(_)) => Ok(false),
            Err(err) => Err(err),
        }
    }

    /// A guild's acceptances, newest first.
    pub async fn rules_acceptances(&self, g: GuildId) -> Result<Vec<RulesAcceptance>, StoreError> {
        let mut all: Vec<RulesAcceptance> = self.list(&guild(g), "RULESACK#").await?;
        all.sort_by(|a, b| b.accepted_at.cmp(&a.accepted_at).then(a.user_id.0.cmp(&b.user_id.0)));
        Ok(all)
    }

    // --- statistics channels

    /// A guild's statistics channels.
    pub async fn stats_channels(&self, g: GuildId) -> Result<Option<StatsChannels>, StoreError> {
        self.get(&stats_channels(g)).await
    }

    /// Saves them read at `s.version` (0: none yet), with the schedule's index.
    pub async fn save_stats_channels(&self, s: &StatsChannels) -> Result<StatsChannels, StoreError> {
        let saved = StatsChannels { version: s.version + 1, ..s.clone() };
        let index =
            Write::Put(encode(scheduled("stats", s.guild_id), &Scheduled { guild: s.guild_id })?, Condition::Always);
        self.save_at(stats_channels(s.guild_id), &saved, s.version, index).await?;
        Ok(saved)
    }

    /// The guilds a scheduled job visits: `rules` (re-posts) or `stats` (statistics channels).
    pub async fn scheduled_guilds(&self, what: &str) -> Result<Vec<GuildId>, StoreError> {
        let all: Vec<Scheduled> = self.list(&format!("SCHEDULED#{what}"), "").await?;
        Ok(all.into_iter().map(|s| s.guild).collect())
    }
}
