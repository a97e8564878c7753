//! The `events` worker: creates, lists, cancels, pauses and resumes events, always over the
//! version read, with the reminders of the next occurrence in the same write.

use super::inline::MAX_OFFSET_MINUTES;
use super::steps::{EventChanges, EventSpec, EventsStep};
use super::sweep::CATCH_UP_SECS;
use crate::deps::{WorkerDeps, now};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDateTime, Utc};
use dwos_bus::Worker;
use dwos_core::model::{GameEvent, Reminder};
use dwos_core::schedule::{EventType, next_after, parse_zone, upcoming};
use dwos_core::{Envelope, GuildId, JobError, Origin, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use dwos_i18n::Catalog;
use dwos_store::{Store, StoreError};
use twilight_model::channel::message::component::ButtonStyle;

/// Events per page of `/event list`.
const PAGE: usize = 10;

/// Handles `events` jobs.
pub struct EventsWorker {
    deps: WorkerDeps,
}

/// An event's name as members read it: its custom title, else its type, localized.
pub fn event_title(catalog: &Catalog, locale: &str, event_type: EventType, title: Option<&str>) -> String {
    match title {
        Some(title) => title.to_owned(),
        None => catalog.text(locale, &format!("event-type-{}", event_type.as_str().replace('_', "-"))),
    }
}

/// The reminders of one occurrence: one per offset, and the one due at the start marked last
/// (handling it moves the event on): the offset-0 reminder, or a silent one when there is none.
/// Deleting these keys removes whatever of the occurrence is stored.
pub fn reminders_for(event: &GameEvent, occurrence: i64) -> Vec<Reminder> {
    let reminder = |offset: u32, silent: bool| Reminder {
        guild_id: event.guild_id,
        event_id: event.event_id.clone(),
        offset_minutes: offset,
        due_at: occurrence - i64::from(offset) * 60,
        channel_id: event.channel_id,
        occurrence,
        last: offset == 0,
        silent,
    };
    let mut reminders: Vec<Reminder> = event.offsets.iter().map(|&offset| reminder(offset, false)).collect();
    if !event.offsets.contains(&0) {
        reminders.push(reminder(0, true));
    }
    reminders
}

/// The reminders of one occurrence worth storing at `now`: those already older than the
/// catch-up window would only be skipped, but the one that moves the event on is always kept
/// (it is due at the start, which a freshly computed occurrence has not reached).
pub fn reminders_due(event: &GameEvent, occurrence: i64, now: i64) -> Vec<Reminder> {
    let mut reminders = reminders_for(event, occurrence);
    reminders.retain(|r| r.last || r.due_at >= now - CATCH_UP_SECS);
    reminders
}

/// The first occurrence of `event` strictly after `after` (Unix seconds).
pub fn occurrence_after(event: &GameEvent, after: i64) -> Option<i64> {
    let anchor = NaiveDateTime::parse_from_str(&event.anchor, "%Y-%m-%d %H:%M").ok()?;
    let zone = parse_zone(&event.timezone).ok()?;
    let after = DateTime::<Utc>::from_timestamp(after, 0)?;
    next_after(anchor, zone, event.repeat, after).map(|t| t.timestamp())
}

/// Whether `user` may manage `event`'s kind of events: moderators any, an alliance's R5 (the
/// holder of its one seat) its alliance's. Memberships from before ranks were approved may
/// still carry a self-declared R4, so R4s manage nothing that posts and pings.
pub async fn may_manage(
    store: &Store,
    guild: GuildId,
    user: UserId,
    alliance: Option<&str>,
    by_moderator: bool,
) -> Result<bool, StoreError> {
    if by_moderator {
        return Ok(true);
    }
    let Some(tag) = alliance else { return Ok(false) };
    Ok(store.r5_seat(guild, tag).await?.is_some_and(|(holder, _)| holder == user))
}

impl EventsWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    fn text(&self, locale: &str, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(locale, id, args)
    }

    async fn create(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        user: UserId,
        locale: &str,
        spec: EventSpec,
        by_moderator: bool,
    ) -> Result<String, JobError> {
        let store = &self.deps.store;
        if !may_manage(store, guild, user, spec.alliance.as_deref(), by_moderator).await? {
            let tag = spec.alliance.clone().unwrap_or_default();
            return Ok(self.text(locale, "event-needs-rank", &[("tag", tag)]));
        }
        // The interaction's id names the event: a redelivery finds the one it created.
        let event_id = match &envelope.origin {
            Origin::Interaction { id, .. } => dwos_core::text::base36(id.0),
            other => dwos_core::text::base36(
                other.scope().bytes().fold(0u64, |h, b| h.wrapping_mul(31).wrapping_add(u64::from(b))),
            ),
        };
        let mut event = GameEvent {
            guild_id: guild,
            event_id: event_id.clone(),
            event_type: spec.event_type,
            title: spec.title,
            anchor: spec.anchor,
            timezone: spec.timezone,
            repeat: spec.repeat,
            offsets: spec.offsets,
            channel_id: spec.channel_id,
            role_id: spec.role_id,
            alliance: spec.alliance,
            created_by: user,
            paused: false,
            dm: false,
            next_at: None,
            created_at: now(),
            version: 0,
        };
        event.next_at = occurrence_after(&event, now());
        let Some(next) = event.next_at else { return Ok(self.text(locale, "event-past", &[])) };
        let event = match store.create_event(&event, &reminders_due(&event, next, now())).await {
            Ok(event) => event,
            Err(StoreError::AlreadyExists(_)) => match store.event(guild, &event_id).await? {
                Some(event) => event,
                None => return Ok(self.text(locale, "event-not-found", &[])),
            },
            Err(err) => return Err(err.into()),
        };
        // Once per job: a redelivered create must not announce twice.
        if self.deps.first_time(envelope, "announce").await? {
            self.announce(&event).await;
        }
        Ok(self.text(
            locale,
            "event-created",
            &[
                ("title", event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref())),
                ("id", event.event_id.clone()),
                ("next", self.next_three(&event)),
            ],
        ))
    }

    /// How often an event repeats, in words (`repeat-every-2-days`).
    fn repeat_name(&self, locale: &str, event: &GameEvent) -> String {
        self.text(locale, &format!("repeat-{}", event.repeat.as_str().replace('_', "-")), &[])
    }

    /// The announcement: the event, its next start, and the members' buttons with the counts.
    fn announcement(&self, locale: &str, event: &GameEvent, going: usize, not_going: usize) -> MessageBody {
        let title = event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref());
        let repeat = self.repeat_name(locale, event);
        let next = event.next_at.map_or_else(|| "–".to_owned(), |t| format!("<t:{t}:F>"));
        let offsets = event.offsets.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
        let args = [("title", title), ("next", next), ("repeat", repeat), ("reminders", offsets)];
        let id = &event.event_id;
        let going = self.text(locale, "event-button-going", &[("count", going.to_string())]);
        let not_going = self.text(locale, "event-button-not-going", &[("count", not_going.to_string())]);
        MessageBody::text(self.text(locale, "event-announcement", &args)).row(vec![
            button(format!("event:dm:{id}"), self.text(locale, "event-button-dm", &[]), ButtonStyle::Primary),
            button(format!("event:rsvp:{id}:yes"), going, ButtonStyle::Success),
            button(format!("event:rsvp:{id}:no"), not_going, ButtonStyle::Secondary),
        ])
    }

    /// Posts the announcement in the event's channel; a failure is only logged (the reminders
    /// will tell the log channel if the channel is really gone).
    async fn announce(&self, event: &GameEvent) {
        let locale = match self.deps.guild_locale(event.guild_id).await {
            Ok(locale) => locale,
            Err(err) => {
                tracing::warn!(error = %err, "cannot read the guild's language for an announcement");
                return;
            }
        };
        let body = self.announcement(locale, event, 0, 0);
        if let Err(err) = self.deps.rest.send_message(event.channel_id, &body).await {
            tracing::warn!(error = %err, event_id = %event.event_id, "cannot post an event's announcement");
        }
    }

    /// A member's "Going" / "Not going": stored, then the announcement shows the new counts.
    async fn rsvp(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        user: UserId,
        event_id: &str,
        going: bool,
    ) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(event) = store.event(guild, event_id).await? else { return Ok(()) };
        store.set_rsvp(guild, event_id, user, going).await?;
        let (yes, no) = store.rsvp_counts(guild, event_id).await?;
        let locale = self.deps.guild_locale(guild).await?;
        // The click's deferred update makes @original the announcement itself.
        self.deps.answer(envelope, &self.announcement(locale, &event, yes, no)).await
    }

    /// A member's "Remind me by DM": toggled once per click, and the event marked so the sweep
    /// looks for DM subscribers.
    async fn dm(
        &self,
        envelope: &Envelope,
        guild: GuildId,
        user: UserId,
        locale: &str,
        event_id: &str,
    ) -> Result<String, JobError> {
        let store = &self.deps.store;
        let Some(mut event) = store.event(guild, event_id).await? else {
            return Ok(self.text(locale, "event-not-found", &[]));
        };
        let on = store.toggle_dm(guild, event_id, user, &envelope.origin.scope()).await?;
        let mut tries = 0;
        while on && !event.dm {
            match store.save_event(&GameEvent { dm: true, ..event.clone() }, &[], &[]).await {
                Ok(_) => break,
                Err(StoreError::VersionConflict(_)) if tries < 3 => {
                    tries += 1;
                    match store.event(guild, event_id).await? {
                        Some(fresh) => event = fresh,
                        None => return Ok(self.text(locale, "event-not-found", &[])),
                    }
                }
                Err(err) => return Err(err.into()),
            }
        }
        let title = event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref());
        Ok(self.text(locale, if on { "event-dm-on" } else { "event-dm-off" }, &[("title", title)]))
    }

    /// The next three occurrences as Discord timestamps.
    fn next_three(&self, event: &GameEvent) -> String {
        let (Ok(anchor), Ok(zone)) =
            (NaiveDateTime::parse_from_str(&event.anchor, "%Y-%m-%d %H:%M"), parse_zone(&event.timezone))
        else {
            return String::new();
        };
        let from = DateTime::<Utc>::from_timestamp(now(), 0).unwrap_or_default();
        upcoming(anchor, zone, event.repeat, from, 3)
            .iter()
            .map(|t| format!("<t:{}:F>", t.timestamp()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// One page of the guild's events, soonest first, with buttons to turn pages.
    async fn list(&self, guild: GuildId, locale: &str, page: usize) -> Result<MessageBody, JobError> {
        let mut events = self.deps.store.events(guild).await?;
        if events.is_empty() {
            return Ok(MessageBody::text(self.text(locale, "event-none", &[])));
        }
        events.sort_by_key(|e| (e.next_at.unwrap_or(i64::MAX), e.event_id.clone()));
        let pages = events.len().div_ceil(PAGE);
        let page = page.min(pages - 1);
        let mut lines = vec![self.text(locale, "event-list-header", &[])];
        for event in events.iter().skip(page * PAGE).take(PAGE) {
            let repeat = self.repeat_name(locale, event);
            let next = event.next_at.map_or_else(|| "–".to_owned(), |t| format!("<t:{t}:F>"));
            let mut line = self.text(
                locale,
                "event-list-line",
                &[
                    ("id", event.event_id.clone()),
                    ("title", event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref())),
                    ("next", next),
                    ("repeat", repeat),
                ],
            );
            if event.paused {
                line = format!("{line} {}", self.text(locale, "event-paused-tag", &[]));
            }
            lines.push(line);
        }
        if pages > 1 {
            lines.push(self.text(
                locale,
                "event-list-page",
                &[("page", (page + 1).to_string()), ("pages", pages.to_string())],
            ));
        }
        let mut body = MessageBody::text(lines.join("\n"));
        if pages > 1 {
            let mut buttons = Vec::new();
            if page > 0 {
                buttons.push(button(format!("event:page:{}", page - 1), "◀", ButtonStyle::Secondary));
            }
            if page + 1 < pages {
                buttons.push(button(format!("event:page:{}", page + 1), "▶", ButtonStyle::Secondary));
            }
            body = body.row(buttons);
        }
        Ok(body)
    }

    async fn edit(&self, event: GameEvent, locale: &str, changes: EventChanges) -> Result<String, JobError> {
        let mut updated = event.clone();
        updated.anchor = changes.anchor.unwrap_or(updated.anchor);
        updated.timezone = changes.timezone.unwrap_or(updated.timezone);
        updated.repeat = changes.repeat.unwrap_or(updated.repeat);
        updated.offsets = changes.offsets.unwrap_or(updated.offsets);
        updated.channel_id = changes.channel_id.unwrap_or(updated.channel_id);
        updated.role_id = if changes.clear_role { None } else { changes.role_id.or(updated.role_id) };
        updated.title = if changes.clear_title { None } else { changes.title.or(updated.title) };
        if updated.title.is_none() && updated.event_type == EventType::Custom {
            return Ok(self.text(locale, "event-title-needed", &[]));
        }
        // The reminders are checked against the repeat the event ends up with.
        let limit = updated.repeat.shortest_gap_minutes().map_or(MAX_OFFSET_MINUTES, |gap| gap.min(MAX_OFFSET_MINUTES));
        if updated.offsets.first().is_some_and(|largest| *largest > limit) {
            return Ok(self.text(locale, "event-reminder-too-early", &[("max", limit.to_string())]));
        }
        let Some(next) = occurrence_after(&updated, now()) else { return Ok(self.text(locale, "event-past", &[])) };
        updated.next_at = Some(next);
        let stale = event.next_at.map(|t| reminders_for(&event, t)).unwrap_or_default();
        // On the version read: a conflict (the sweep moved it on) is retried afresh.
        let saved = self.deps.store.save_event(&updated, &reminders_due(&updated, next, now()), &stale).await?;
        Ok(self.text(
            locale,
            "event-updated",
            &[
                ("title", event_title(&self.deps.catalog, locale, saved.event_type, saved.title.as_deref())),
                ("id", saved.event_id.clone()),
                ("next", self.next_three(&saved)),
            ],
        ))
    }

    /// The event to change, if it exists and `user` may change it; else the answer saying why not.
    async fn editable(
        &self,
        guild: GuildId,
        user: UserId,
        locale: &str,
        event_id: &str,
        by_moderator: bool,
    ) -> Result<Result<GameEvent, String>, JobError> {
        let Some(event) = self.deps.store.event(guild, event_id).await? else {
            return Ok(Err(self.text(locale, "event-not-found", &[])));
        };
        if !may_manage(&self.deps.store, guild, user, event.alliance.as_deref(), by_moderator).await? {
            return Ok(Err(self.text(locale, "event-moderators-or-officers", &[])));
        }
        Ok(Ok(event))
    }

    async fn cancel(&self, event: GameEvent, locale: &str) -> Result<String, JobError> {
        let pending = event.next_at.map(|next| reminders_for(&event, next)).unwrap_or_default();
        // On the version read: a conflict (the sweep moved it on meanwhile) is retried afresh.
        self.deps.store.remove_event(&event, &pending).await?;
        let title = event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref());
        Ok(self.text(locale, "event-cancelled", &[("title", title), ("id", event.event_id)]))
    }

    async fn pause(&self, event: GameEvent, locale: &str, paused: bool) -> Result<String, JobError> {
        let title = event_title(&self.deps.catalog, locale, event.event_type, event.title.as_deref());
        let answer = if paused { "event-paused" } else { "event-resumed" };
        if event.paused == paused {
            return Ok(self.text(locale, answer, &[("title", title)]));
        }
        let (mut put, mut delete) = (Vec::new(), Vec::new());
        let mut next_at = event.next_at;
        // Resumed after its scheduled occurrence passed: schedule the next one from now.
        if !paused && event.next_at.is_none_or(|t| t <= now()) {
            delete = event.next_at.map(|t| reminders_for(&event, t)).unwrap_or_default();
            next_at = occurrence_after(&event, now());
            put = next_at.map(|t| reminders_due(&event, t, now())).unwrap_or_default();
        }
        let updated = GameEvent { paused, next_at, ..event };
        self.deps.store.save_event(&updated, &put, &delete).await?;
        Ok(self.text(locale, answer, &[("title", title)]))
    }
}

#[async_trait]
impl Worker for EventsWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: EventsStep = serde_json::from_value(envelope.payload.clone())?;
        let Some((guild, user, locale)) = self.deps.job_member(&envelope).await? else { return Ok(()) };
        let text = match step {
            EventsStep::Create { spec, by_moderator } => {
                self.create(&envelope, guild, user, locale, spec, by_moderator).await?
            }
            EventsStep::List { page } => {
                return self.deps.answer(&envelope, &self.list(guild, locale, page).await?).await;
            }
            EventsStep::Edit { event_id, changes, by_moderator } => {
                match self.editable(guild, user, locale, &event_id, by_moderator).await? {
                    Ok(event) => self.edit(event, locale, changes).await?,
                    Err(answer) => answer,
                }
            }
            EventsStep::Cancel { event_id, by_moderator } => {
                match self.editable(guild, user, locale, &event_id, by_moderator).await? {
                    Ok(event) => self.cancel(event, locale).await?,
                    Err(answer) => answer,
                }
            }
            EventsStep::Rsvp { event_id, going } => return self.rsvp(&envelope, guild, user, &event_id, going).await,
            EventsStep::Dm { event_id } => self.dm(&envelope, guild, user, locale, &event_id).await?,
            EventsStep::Pause { event_id, paused, by_moderator } => {
                match self.editable(guild, user, locale, &event_id, by_moderator).await? {
                    Ok(event) => self.pause(event, locale, paused).await?,
                    Err(answer) => answer,
                }
            }
        };
        self.deps.answer(&envelope, &MessageBody::text(text)).await
    }
}
