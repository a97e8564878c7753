//! The inline half of `/event`: every option checked within Discord's 3 s (a bad start, zone or
//! offset list is told at once, in the member's language), then one `events` job.

use super::steps::{EventChanges, EventSpec, EventsStep};
use super::worker::event_title;
use crate::router::{Inline, Reply};
use chrono::DateTime;
use dwos_core::model::valid_alliance_tag;
use dwos_core::schedule::{EventType, Repeat, next_after, parse_start, parse_zone, zones_matching};
use dwos_core::text::plain;
use dwos_core::{ChannelId, JobKind, RoleId};
use dwos_discord::response;

/// At most this many reminders per event.
pub const MAX_OFFSETS: usize = 10;
/// No reminder earlier than a week before the start.
pub const MAX_OFFSET_MINUTES: u32 = 7 * 24 * 60;
/// The reminders when none are given.
const DEFAULT_OFFSETS: [u32; 3] = [10, 5, 0];
/// The longest custom title.
const MAX_TITLE: usize = 80;

/// `/event <subcommand>`.
pub(super) async fn command(cx: &Inline<'_>) -> Reply {
    let incoming = cx.incoming;
    let by_moderator = cx.is_moderator().await;
    let event_id = || incoming.option_str("event").map(|id| id.trim().to_owned()).filter(|id| valid_id(id));
    let step = match incoming.subcommand() {
        Some("create") => match spec(cx) {
            Err((id, args)) => return Reply::new(response::message(cx.text_with(id, &args), true), "bad_event"),
            Ok(spec) => {
                // The server's events are the moderators'; an alliance's, its R4 and R5's (the
                // worker reads the rank).
                if spec.alliance.is_none() && !by_moderator {
                    return cx.ephemeral("event-moderators-or-officers", "forbidden");
                }
                EventsStep::Create { spec, by_moderator }
            }
        },
        Some("list") => EventsStep::List { page: 0 },
        Some("edit") => {
            let Some(event_id) = event_id() else { return cx.ephemeral("event-not-found", "bad_event") };
            match changes(cx) {
                Ok(changes) => EventsStep::Edit { event_id, changes, by_moderator },
                Err((id, args)) => {
                    return Reply::new(response::message(cx.text_with(id, &args), true), "bad_event");
                }
            }
        }
        Some(sub @ ("cancel" | "pause" | "resume")) => {
            let Some(event_id) = event_id() else { return cx.ephemeral("event-not-found", "bad_event") };
            if sub == "cancel" {
                EventsStep::Cancel { event_id, by_moderator }
            } else {
                EventsStep::Pause { event_id, paused: sub == "pause", by_moderator }
            }
        }
        _ => return cx.ephemeral("unknown-interaction", "unknown"),
    };
    cx.defer(JobKind::Events, &step, response::deferred(true)).await
}

/// The prefix of the events feature's custom ids (`event:page:2`).
pub const PREFIX: &str = "event";

/// Buttons: `event:page:<n>` turns `/event list`'s page; on an announcement,
/// `event:rsvp:<id>:yes|no` answers and `event:dm:<id>` toggles reminders by DM.
pub(super) async fn component(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    let mut parts = custom_id.strip_prefix("event:")?.split(':');
    let (step, ack) = match (parts.next()?, parts.next(), parts.next(), parts.next()) {
        ("page", Some(page), None, None) => {
            let page = page.parse::<usize>().ok().filter(|p| *p < 1_000)?;
            (EventsStep::List { page }, response::deferred_update())
        }
        // The announcement itself is edited with the new counts.
        ("rsvp", Some(id), Some(answer @ ("yes" | "no")), None) if valid_id(id) => {
            (EventsStep::Rsvp { event_id: id.to_owned(), going: answer == "yes" }, response::deferred_update())
        }
        // Only the member learns the outcome.
        ("dm", Some(id), None, None) if valid_id(id) => {
            (EventsStep::Dm { event_id: id.to_owned() }, response::deferred(true))
        }
        _ => return None,
    };
    Some(cx.defer(JobKind::Events, &step, ack).await)
}

/// What `/event edit` changes; each option given is checked like `/event create`'s.
fn changes(cx: &Inline<'_>) -> Result<EventChanges, Refusal> {
    let incoming = cx.incoming;
    let anchor = match incoming.option_str("start") {
        Some(start) => Some(parse_start(start).map_err(|_| ("event-bad-start", vec![("start", start.to_owned())]))?),
        None => None,
    };
    let timezone = match incoming.option_str("timezone") {
        Some(zone) => Some(parse_zone(zone).map_err(|_| ("event-bad-zone", vec![("zone", zone.to_owned())]))?),
        None => None,
    };
    let repeat = match incoming.option_str("repeat") {
        Some(text) => Some(Repeat::parse(text).ok_or(("unknown-interaction", Vec::new()))?),
        None => None,
    };
    // Checked against the longest gap here; the worker checks the final repeat's.
    let offsets = match incoming.option_str("reminders") {
        Some(text) => Some(parse_offsets(text, repeat.unwrap_or(Repeat::Once))?),
        None => None,
    };
    let title = match incoming.option_str("title").filter(|t| !t.trim().is_empty()) {
        Some(title) => Some(plain(title, MAX_TITLE).ok_or(("event-bad-title", vec![("max", MAX_TITLE.to_string())]))?),
        None => None,
    };
    let channel_id = incoming.option_id("channel").map(ChannelId);
    if let Some(channel) = channel_id {
        check_channel(cx, channel)?;
    }
    let role_id = checked_role(cx)?;
    let clear = incoming.option_str("clear");
    Ok(EventChanges {
        clear_role: clear == Some("role"),
        clear_title: clear == Some("title"),
        anchor: anchor.map(|a| a.format("%Y-%m-%d %H:%M").to_string()),
        timezone: timezone.map(|z| z.name().to_owned()),
        repeat,
        offsets,
        channel_id,
        role_id,
        title,
    })
}

/// Event ids are what DWOS makes them: lower-case letters and digits.
fn valid_id(id: &str) -> bool {
    (1..=16).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

/// Suggestions for what is typed so far: time zones, or this server's events.
pub(super) async fn autocomplete(cx: &Inline<'_>) -> Reply {
    let (option, typed) = cx.incoming.focused().unwrap_or(("", ""));
    let choices = match option {
        "timezone" => zones_matching(typed, 25).into_iter().map(|z| (z.to_owned(), z.to_owned())).collect(),
        "event" => event_choices(cx, typed).await,
        _ => Vec::new(),
    };
    Reply::new(response::choices(choices), "autocomplete")
}

/// This server's events whose id or name contains `typed`, soonest first; none if the store
/// is slow (Discord waits 3 s for suggestions).
async fn event_choices(cx: &Inline<'_>, typed: &str) -> Vec<(String, String)> {
    let (Some(store), Some(guild)) = (cx.state.store.as_ref(), cx.incoming.guild_id()) else { return Vec::new() };
    let events = match tokio::time::timeout(AUTOCOMPLETE_TIMEOUT, store.events(guild)).await {
        Ok(Ok(events)) => events,
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "event suggestions unavailable");
            return Vec::new();
        }
        Err(_) => return Vec::new(),
    };
    let typed = typed.trim().to_lowercase();
    let mut named: Vec<(Option<i64>, String, String)> = events
        .into_iter()
        .map(|e| {
            let title = event_title(&cx.state.catalog, cx.locale, e.event_type, e.title.as_deref());
            (e.next_at, format!("{title} ({})", e.event_id), e.event_id)
        })
        .filter(|(_, label, _)| label.to_lowercase().contains(&typed))
        .collect();
    named.sort_by_key(|(next, _, _)| next.unwrap_or(i64::MAX));
    // Labels are at most 100 characters.
    named.into_iter().map(|(_, label, id)| (label.chars().take(100).collect(), id)).collect()
}

/// How long autocomplete waits for the store.
const AUTOCOMPLETE_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(1500);

/// Why `/event create` is refused: a message id and its arguments.
pub(super) type Refusal = (&'static str, Vec<(&'static str, String)>);

/// The event `/event create` describes, or what is wrong with it.
fn spec(cx: &Inline<'_>) -> Result<EventSpec, Refusal> {
    let incoming = cx.incoming;
    let refuse = |id: &'static str, args: &[(&'static str, String)]| -> Refusal { (id, args.to_vec()) };
    let event_type =
        incoming.option_str("type").and_then(EventType::parse).ok_or_else(|| refuse("unknown-interaction", &[]))?;
    let start = incoming.option_str("start").unwrap_or_default();
    let anchor = parse_start(start).map_err(|_| refuse("event-bad-start", &[("start", start.to_owned())]))?;
    let zone_name = incoming.option_str("timezone").unwrap_or("UTC");
    let zone = parse_zone(zone_name).map_err(|_| refuse("event-bad-zone", &[("zone", zone_name.to_owned())]))?;
    let repeat = match incoming.option_str("repeat") {
        Some(text) => Repeat::parse(text).ok_or_else(|| refuse("unknown-interaction", &[]))?,
        None => event_type.default_repeat(),
    };
    let offsets = match incoming.option_str("reminders") {
        Some(text) => parse_offsets(text, repeat)?,
        None => DEFAULT_OFFSETS.to_vec(),
    };
    let title = match (event_type, incoming.option_str("title").filter(|t| !t.trim().is_empty())) {
        (_, Some(title)) => {
            Some(plain(title, MAX_TITLE).ok_or_else(|| refuse("event-bad-title", &[("max", MAX_TITLE.to_string())]))?)
        }
        (EventType::Custom, None) => return Err(refuse("event-title-needed", &[])),
        (_, None) => None,
    };
    let alliance = incoming.option_str("alliance").map(str::trim).filter(|t| !t.is_empty());
    if alliance.is_some_and(|tag| !valid_alliance_tag(tag)) {
        return Err(refuse("alliance-bad-tag", &[]));
    }
    let now = DateTime::from_timestamp((cx.state.clock)() as i64, 0).unwrap_or_default();
    if next_after(anchor, zone, repeat, now).is_none() {
        return Err(refuse("event-past", &[]));
    }
    let Some(channel_id) = incoming.option_id("channel").map(ChannelId).or(incoming.channel_id()) else {
        return Err(refuse("guild-only", &[]));
    };
    let role_id = checked_role(cx)?;
    check_channel(cx, channel_id)?;
    Ok(EventSpec {
        event_type,
        title,
        anchor: anchor.format("%Y-%m-%d %H:%M").to_string(),
        timezone: zone.name().to_owned(),
        repeat,
        offsets,
        channel_id,
        role_id,
        alliance: alliance.map(str::to_owned),
    })
}

/// Reminders go where their author may post: DWOS must not become a way into a channel.
fn check_channel(cx: &Inline<'_>, channel: ChannelId) -> Result<(), Refusal> {
    if cx.incoming.can_post_in(channel) {
        Ok(())
    } else {
        Err(("event-channel-not-yours", vec![("channel", format!("<#{channel}>"))]))
    }
}

/// The role to mention, if given: one anybody may mention, unless the author may mention any.
fn checked_role(cx: &Inline<'_>) -> Result<Option<RoleId>, Refusal> {
    let Some(role) = cx.incoming.option_role("role") else { return Ok(None) };
    if role.mentionable || cx.incoming.can_mention_roles() {
        Ok(Some(role.id))
    } else {
        Err(("event-role-not-mentionable", vec![("role", format!("<@&{}>", role.id))]))
    }
}

/// Reads `10,5,0` (minutes before the start): unique, largest first, at most [`MAX_OFFSETS`],
/// none over a week, and for a repeating event none before the previous occurrence.
pub(super) fn parse_offsets(text: &str, repeat: Repeat) -> Result<Vec<u32>, Refusal> {
    let mut offsets = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let minutes: u32 = part.parse().map_err(|_| ("event-bad-reminders", vec![("reminders", text.to_owned())]))?;
        offsets.push(minutes);
    }
    offsets.sort_unstable_by(|a, b| b.cmp(a));
    offsets.dedup();
    if offsets.is_empty() {
        return Err(("event-bad-reminders", vec![("reminders", text.to_owned())]));
    }
    if offsets.len() > MAX_OFFSETS {
        return Err(("event-too-many-reminders", vec![("max", MAX_OFFSETS.to_string())]));
    }
    let limit = repeat.shortest_gap_minutes().map_or(MAX_OFFSET_MINUTES, |gap| gap.min(MAX_OFFSET_MINUTES));
    if offsets[0] > limit {
        return Err(("event-reminder-too-early", vec![("max", limit.to_string())]));
    }
    Ok(offsets)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_are_unique_largest_first_and_bounded() {
        assert_eq!(parse_offsets(" 0, 10,5 ,10", Repeat::Once), Ok(vec![10, 5, 0]));
        assert_eq!(parse_offsets("30", Repeat::Daily), Ok(vec![30]));
        assert!(parse_offsets("", Repeat::Once).is_err());
        assert!(parse_offsets("ten", Repeat::Once).is_err());
        assert!(parse_offsets("-5", Repeat::Once).is_err());
        assert_eq!(parse_offsets("1,2,3,4,5,6,7,8,9,10,11", Repeat::Once).unwrap_err().0, "event-too-many-reminders");
        assert_eq!(parse_offsets("10081", Repeat::Once).unwrap_err().0, "event-reminder-too-early");
        // A daily event cannot be reminded of a day ahead: that is the previous occurrence.
        assert_eq!(parse_offsets("1440", Repeat::Daily).unwrap_err().0, "event-reminder-too-early");
        assert_eq!(parse_offsets("1380", Repeat::Daily), Ok(vec![1380]));
    }

    #[test]
    fn event_ids_are_what_dwos_makes() {
        assert!(valid_id("k3x9a2"));
        for bad in ["", "A1", "a#b", "a b", "12345678901234567"] {
            assert!(!valid_id(bad), "{bad:?}");
        }
    }
}
