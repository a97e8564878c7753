//! The reminder sweep, run every minute (an EventBridge `rate(1 minute)` schedule on AWS, a
//! ticker in `dwos serve`): it reads only the minute partitions due (`DUE#minute`: this one,
//! the catch-up window, and any minutes since the last sweep), claims each (occurrence, offset)
//! with a conditional write so overlapping sweeps never enqueue a reminder twice, enqueues the
//! post on the notify queue, and when an occurrence's last reminder is handled schedules the
//! next occurrence. Reminders older than the catch-up window are skipped, with one log line.

use super::steps::NotifyPost;
use super::worker::{event_title, occurrence_after, reminders_due, reminders_for};
use crate::deps::{WorkerDeps, nonce};
use dwos_bus::Queue;
use dwos_core::model::{GameEvent, GuildConfig, Reminder, minute_bucket};
use dwos_core::{Envelope, GuildId, JobKind, Origin, UserId};
use dwos_store::StoreError;
use std::collections::HashMap;
use std::sync::Arc;

/// A reminder is still posted this late (a sweep that ran late, a short outage).
pub const CATCH_UP_SECS: i64 = 10 * 60;
/// After a longer outage, the minutes missed are still read (to move occurrences on, not to
/// post), this many per sweep beside the current ones, from the marker on: an outage of days
/// drains in a few minutes and strands no event.
const BACKLOG_PER_SWEEP_SECS: i64 = 24 * 60 * 60;
/// How long a minute whose reminders keep failing holds the sweep's marker.
const STUCK_AFTER_SECS: i64 = 24 * 60 * 60;
/// How long a claimed reminder stays claimed: longer than any redelivery of its post.
pub const CLAIM_TTL_SECS: i64 = 3 * 24 * 60 * 60;
/// Reminders handled in one batch of store calls and one queue batch.
const CHUNK: usize = 500;

/// What one sweep did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct SweepReport {
    /// Minute partitions read.
    pub minutes: usize,
    /// Posts enqueued.
    pub enqueued: usize,
    /// Reminders an unfinished earlier sweep had claimed: their posts sent again.
    pub resent: usize,
    /// Reminders of paused events (not posted).
    pub paused: usize,
    /// Reminders older than the catch-up window (not posted).
    pub late: usize,
    /// Reminders of events cancelled or moved since (dropped).
    pub stale: usize,
    /// Occurrences moved on to the next.
    pub advanced: usize,
    /// Reminders that failed (left for the next sweep).
    pub failed: usize,
}

/// Runs the sweep.
pub struct Sweeper {
    deps: WorkerDeps,
    queue: Arc<dyn Queue>,
}

impl Sweeper {
    /// A sweep over the shared dependencies, enqueuing posts on `queue`.
    pub fn new(deps: WorkerDeps, queue: Arc<dyn Queue>) -> Self {
        Self { deps, queue }
    }

    /// Sweeps every minute due at `now` (Unix seconds).
    pub async fn run(&self, now: i64) -> Result<SweepReport, StoreError> {
        let started = std::time::Instant::now();
        let result = self.sweep(now).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        match &result {
            Ok(report) => tracing::info!(?report, latency_ms, outcome = "swept", "reminder sweep"),
            Err(err) => tracing::error!(error = %err, latency_ms, outcome = "failed", "reminder sweep"),
        }
        result
    }

    async fn sweep(&self, now: i64) -> Result<SweepReport, StoreError> {
        let store = &self.deps.store;
        let this_minute = now.div_euclid(60) * 60;
        let (last, version) = store.last_swept().await?;
        // The catch-up window is read every time: a minute a crashed sweep left half done is
        // finished by the next one (handled reminders are gone, so a re-read costs little).
        let window = this_minute - CATCH_UP_SECS;
        let first = last.map_or(window, |last| last + 60).min(window);
        // Missed minutes before the window, a bounded chunk of them per sweep.
        let backlog_end = (first + BACKLOG_PER_SWEEP_SECS).min(window) - 60;
        // The current minutes first: a sweep cut short while draining still posts what is due now.
        let minutes = (window..=this_minute).step_by(60).chain((first..=backlog_end).step_by(60));
        let mut report = SweepReport::default();
        // The first minute a reminder failed in: the marker stops before it, so the next sweep
        // reads it again however long ago it is.
        let mut first_failure = None;
        for minute in minutes {
            report.minutes += 1;
            let due = store.due_reminders(&minute_bucket(minute)).await?;
            if due.is_empty() {
                continue;
            }
            // The guilds' languages, read once per guild rather than once per reminder; a
            // settings record that cannot be read means English, not a stopped sweep.
            let mut configs = HashMap::new();
            for guild in due.iter().map(|r| r.guild_id) {
                if let std::collections::hash_map::Entry::Vacant(slot) = configs.entry(guild) {
                    let config = store.guild_config(guild).await.unwrap_or_else(|err| {
                        tracing::warn!(error = %err, %guild, "guild settings unreadable; reminders in English");
                        None
                    });
                    slot.insert(config);
                }
            }
            let configs = &configs;
            let failed_before = report.failed;
            for chunk in due.chunks(CHUNK) {
                self.sweep_chunk(chunk, now, configs, &mut report).await;
            }
            if report.failed > failed_before {
                first_failure = Some(first_failure.map_or(minute, |earliest: i64| earliest.min(minute)));
            }
        }
        if report.late > 0 {
            tracing::warn!(late = report.late, "reminders older than the catch-up window were skipped, not posted");
        }
        // Another sweep moving the marker first is fine: both covered the minutes up to now.
        // With backlog left, the marker stops where this sweep's chunk of it ended.
        let read_up_to = if backlog_end < window - 60 { backlog_end } else { this_minute };
        // A minute that keeps failing holds the marker for a day at most: after that it is given
        // up (logged), or every later minute would be read again on every sweep.
        let holding = first_failure.filter(|&minute| {
            let stuck = minute < this_minute - STUCK_AFTER_SECS;
            if stuck {
                tracing::error!(minute = %minute_bucket(minute), "reminders failing for a day were given up");
            }
            !stuck
        });
        let done = holding.map_or(read_up_to, |minute| (minute - 60).min(read_up_to));
        store.record_swept(done, version).await?;
        Ok(report)
    }

    /// Handles a chunk of reminders in a few batched store calls: their events in one read,
    /// the claims in one write each (each remembering the posts it stands for), the posts on the
    /// queue in one batch, then the occurrences moved on and the reminders removed. A reminder
    /// found already claimed but still stored (a sweep died between claiming and finishing)
    /// has its remembered posts sent again: the notifier and Discord's nonce make that once.
    async fn sweep_chunk(
        &self,
        chunk: &[Reminder],
        now: i64,
        configs: &HashMap<GuildId, Option<GuildConfig>>,
        report: &mut SweepReport,
    ) {
        let store = &self.deps.store;
        let ids: Vec<(GuildId, String)> = chunk.iter().map(|r| (r.guild_id, r.event_id.clone())).collect();
        let events = match store.events_by_id(&ids).await {
            Ok(events) => events,
            Err(err) => return chunk.iter().for_each(|r| report.fail(r, &err)),
        };
        // What each reminder is: its event (if still its event's), what becomes of its post,
        // and the posts to send if it is to be posted.
        let mut decided: Vec<(&Reminder, Option<GameEvent>, Post, Vec<Envelope>)> = Vec::with_capacity(chunk.len());
        for (reminder, event) in chunk.iter().zip(events) {
            let event = match event {
                Ok(event) => event.filter(|e| e.next_at == Some(reminder.occurrence)),
                Err(err) => {
                    report.fail(reminder, &err);
                    continue;
                }
            };
            let post = match &event {
                // Cancelled, or edited onto another occurrence: this reminder is nobody's now.
                None => Post::Stale,
                Some(_) if reminder.silent => Post::Silent,
                Some(event) if event.paused => Post::Paused,
                Some(_) if now - reminder.due_at > CATCH_UP_SECS => Post::Late,
                Some(_) => Post::Enqueued,
            };
            let posts = match (&event, post) {
                (Some(event), Post::Enqueued) => self.posts(event, reminder, configs).await,
                _ => Vec::new(),
            };
            decided.push((reminder, event, post, posts));
        }
        let wanted: Vec<(String, serde_json::Value)> = decided
            .iter()
            .filter(|(_, _, post, _)| matches!(post, Post::Enqueued))
            .map(|(reminder, _, _, posts)| {
                (claim_key(reminder), serde_json::json!(posts.iter().map(Envelope::to_json).collect::<Vec<_>>()))
            })
            .collect();
        let mut claims = store.claim_many(&wanted, CLAIM_TTL_SECS, now).await.into_iter();
        let mut envelopes = Vec::new();
        let mut ready: Vec<(&Reminder, Option<GameEvent>, Post)> = Vec::with_capacity(decided.len());
        for (reminder, event, post, posts) in decided {
            if !matches!(post, Post::Enqueued) {
                ready.push((reminder, event, post));
                continue;
            }
            match claims.next().unwrap_or_else(|| Err(StoreError::Backend("missing claim result".into()))) {
                Ok(None) => {
                    envelopes.extend(posts);
                    ready.push((reminder, event, Post::Enqueued));
                }
                Ok(Some(remembered)) => {
                    let again: Vec<Envelope> = remembered
                        .as_array()
                        .map(|posts| posts.iter().filter_map(|p| Envelope::from_json(p.as_str()?).ok()).collect())
                        .unwrap_or_default();
                    envelopes.extend(again);
                    ready.push((reminder, event, Post::Resent));
                }
                Err(err) => report.fail(reminder, &err),
            }
        }
        if let Err(err) = self.queue.send_batch(&envelopes).await {
            // The claims stay: the reminders are still stored, so the next sweep finds them
            // claimed and sends the remembered posts (some may have gone: the nonce keeps those once).
            tracing::warn!(error = %err, count = envelopes.len(), "cannot enqueue reminder posts; the next sweep sends them");
            for (reminder, _, _) in ready.iter().filter(|(_, _, p)| matches!(p, Post::Enqueued | Post::Resent)) {
                report.fail(reminder, &StoreError::Backend(err.to_string()));
            }
            ready.retain(|(_, _, p)| !matches!(p, Post::Enqueued | Post::Resent));
        }
        self.finish(ready, now, report).await;
    }

    /// The posts of one reminder: the channel's, and one DM per member who asked for them.
    async fn posts(
        &self,
        event: &GameEvent,
        reminder: &Reminder,
        configs: &HashMap<GuildId, Option<GuildConfig>>,
    ) -> Vec<Envelope> {
        let config = configs.get(&event.guild_id).cloned().flatten();
        let guild_locale = config.as_ref().and_then(|c| c.default_locale.clone());
        let mut posts = vec![self.post(event, reminder, guild_locale.as_deref(), None)];
        let store = &self.deps.store;
        let subscribers = async {
            let users = store.dm_subscribers(event.guild_id, &event.event_id, event.alliance.as_deref()).await?;
            let locales = store.chosen_locales(&users).await?;
            Ok::<_, StoreError>(users.into_iter().zip(locales).collect::<Vec<_>>())
        };
        match subscribers.await {
            // A DM speaks the member's chosen language, else the server's.
            Ok(users) => posts.extend(users.into_iter().map(|(user, chosen)| {
                self.post(event, reminder, chosen.as_deref().or(guild_locale.as_deref()), Some(user))
            })),
            Err(err) => tracing::warn!(error = %err, event_id = %event.event_id, "DM reminders skipped"),
        }
        posts
    }

    /// After the posts are queued: each occurrence whose last reminder this is moves on (the next
    /// occurrence's reminders in, this one out, in one write per event); every other reminder is
    /// removed in one batch.
    async fn finish(&self, ready: Vec<(&Reminder, Option<GameEvent>, Post)>, now: i64, report: &mut SweepReport) {
        let store = &self.deps.store;
        let mut moving = Vec::new();
        let mut saves = Vec::new();
        let mut done = Vec::new();
        for (reminder, event, post) in ready {
            match event {
                Some(event) if reminder.last => {
                    let next = occurrence_after(&event, reminder.occurrence);
                    let put = next.map(|t| reminders_due(&event, t, now)).unwrap_or_default();
                    saves.push((GameEvent { next_at: next, ..event.clone() }, put, vec![reminder.clone()]));
                    moving.push((reminder, event, post));
                }
                _ => done.push((reminder, post)),
            }
        }
        let removed: Vec<Reminder> = done.iter().map(|(r, _)| (*r).clone()).collect();
        match store.delete_reminders(&removed).await {
            Ok(()) => done.into_iter().for_each(|(_, post)| report.count(post, false)),
            Err(err) => done.into_iter().for_each(|(r, _)| report.fail(r, &err)),
        }
        for ((reminder, event, post), saved) in moving.into_iter().zip(store.save_events(&saves).await) {
            let outcome = match saved {
                Ok(_) => Ok(()),
                // Changed meanwhile (an edit, a pause): read again and move on from there.
                Err(StoreError::VersionConflict(_)) => self.advance(event, reminder, now).await,
                Err(err) => Err(err),
            };
            match outcome {
                Ok(()) => report.count(post, true),
                Err(err) => report.fail(reminder, &err),
            }
        }
    }

    /// The post of one reminder, in `language` (the guild's, or a DM's member's), as a `notify`
    /// job: to the event's channel, or by DM to `dm_user` (no role mention there).
    fn post(
        &self,
        event: &GameEvent,
        reminder: &Reminder,
        language: Option<&str>,
        dm_user: Option<UserId>,
    ) -> Envelope {
        let catalog = &self.deps.catalog;
        let locale = catalog.resolve([language]);
        let title = event_title(catalog, locale, event.event_type, event.title.as_deref());
        let mut content = if reminder.offset_minutes == 0 {
            catalog.format_with(locale, "reminder-now", &[("title", title)])
        } else {
            let when = format!("<t:{}:R>", reminder.occurrence);
            catalog.format_with(locale, "reminder-starts", &[("title", title), ("when", when)])
        };
        let role_id = event.role_id.filter(|_| dm_user.is_none());
        if let Some(role) = role_id {
            content = format!("<@&{role}> {content}");
        }
        // A DM has its own nonce and job: the channel post's must not stand in for it.
        let to = dm_user.map(|user| format!(":dm:{user}")).unwrap_or_default();
        let key = format!("{}{to}", claim_key(reminder));
        let post = NotifyPost {
            guild_id: event.guild_id,
            event_id: event.event_id.clone(),
            channel_id: event.channel_id,
            role_id,
            content,
            nonce: nonce(&key),
            dm_user,
            occurrence: reminder.occurrence,
        };
        let parent = format!("remind:{}:{}:{}{to}", event.guild_id, event.event_id, reminder.occurrence);
        let origin = Origin::FanOut { parent, index: reminder.offset_minutes };
        // A NotifyPost holds ids and strings: it always serializes.
        let payload = serde_json::to_value(&post).unwrap_or_default();
        Envelope::for_schedule(JobKind::Notify, origin, event.guild_id, locale, payload)
    }

    /// Moves `event` from the reminder's occurrence to the next one, with its reminders, and
    /// removes the reminder, over the version read; a change meanwhile (an edit, a pause,
    /// another sweep) is read again once.
    async fn advance(&self, mut event: GameEvent, reminder: &Reminder, now: i64) -> Result<(), StoreError> {
        let occurrence = reminder.occurrence;
        for _ in 0..2 {
            let next = occurrence_after(&event, occurrence);
            let put = next.map(|t| reminders_due(&event, t, now)).unwrap_or_default();
            let moved = GameEvent { next_at: next, ..event.clone() };
            match self.deps.store.save_event(&moved, &put, std::slice::from_ref(reminder)).await {
                Ok(_) => return Ok(()),
                Err(StoreError::VersionConflict(_)) => {
                    match self.deps.store.event(event.guild_id, &event.event_id).await? {
                        // Still on this occurrence, and this is still the reminder that moves it
                        // on (an edit may have changed the offsets).
                        Some(fresh) if fresh.next_at == Some(occurrence) && moves_on(&fresh, reminder) => event = fresh,
                        // Gone, moved on, or changed: the reminder is nobody's.
                        _ => return self.deps.store.delete_reminder(reminder).await,
                    }
                }
                Err(err) => return Err(err),
            }
        }
        Err(StoreError::Conflict(format!("event {} kept changing while moving on", event.event_id)))
    }
}

/// Whether `reminder` is the one that moves `event` on from its occurrence.
fn moves_on(event: &GameEvent, reminder: &Reminder) -> bool {
    reminders_for(event, reminder.occurrence)
        .iter()
        .any(|r| r.last && r.offset_minutes == reminder.offset_minutes && r.silent == reminder.silent)
}

/// What became of one reminder's post.
#[derive(Clone, Copy)]
enum Post {
    /// Enqueued now.
    Enqueued,
    /// Claimed by an earlier sweep that did not finish: its remembered posts sent again.
    Resent,
    /// Not a post: the marker that moves the event on at its start.
    Silent,
    /// The event is paused.
    Paused,
    /// Older than the catch-up window.
    Late,
    /// The event is gone or moved on.
    Stale,
}

impl SweepReport {
    fn count(&mut self, post: Post, advanced: bool) {
        match post {
            Post::Enqueued => self.enqueued += 1,
            Post::Resent => self.resent += 1,
            Post::Silent => {}
            Post::Paused => self.paused += 1,
            Post::Late => self.late += 1,
            Post::Stale => self.stale += 1,
        }
        self.advanced += usize::from(advanced);
    }

    fn fail(&mut self, reminder: &Reminder, err: &StoreError) {
        self.failed += 1;
        tracing::warn!(error = %err, event_id = %reminder.event_id, "reminder left for the next sweep");
    }
}

/// The claim that one (occurrence, offset) was enqueued: `remind:g:event:occurrence:offset`.
fn claim_key(reminder: &Reminder) -> String {
    format!("remind:{}:{}:{}:{}", reminder.guild_id, reminder.event_id, reminder.occurrence, reminder.offset_minutes)
}
