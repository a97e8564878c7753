//! When game events happen: types with their usual repeat, repeat rules, and the occurrences of
//! an event in its own time zone (DST-correct; monthly on the 31st falls on a month's last day;
//! every-N from the event's fixed anchor).

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// How often an event comes back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Repeat {
    /// Once.
    Once,
    /// Every day.
    Daily,
    /// Every second day.
    Every2Days,
    /// Every week.
    Weekly,
    /// Every second week.
    Every2Weeks,
    /// Every third week.
    Every3Weeks,
    /// Every fourth week.
    Every4Weeks,
    /// On the same day of every month (the last day when the month is shorter).
    Monthly,
}

impl Repeat {
    /// Every rule, in the order `/event create` offers them.
    pub const ALL: [Repeat; 8] = [
        Repeat::Once,
        Repeat::Daily,
        Repeat::Every2Days,
        Repeat::Weekly,
        Repeat::Every2Weeks,
        Repeat::Every3Weeks,
        Repeat::Every4Weeks,
        Repeat::Monthly,
    ];

    /// The snake_case name used in commands and storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Repeat::Once => "once",
            Repeat::Daily => "daily",
            Repeat::Every2Days => "every_2_days",
            Repeat::Weekly => "weekly",
            Repeat::Every2Weeks => "every_2_weeks",
            Repeat::Every3Weeks => "every_3_weeks",
            Repeat::Every4Weeks => "every_4_weeks",
            Repeat::Monthly => "monthly",
        }
    }

    /// Reads a snake_case name.
    pub fn parse(text: &str) -> Option<Repeat> {
        Repeat::ALL.into_iter().find(|r| r.as_str() == text)
    }

    /// The days between two occurrences, for the fixed-period rules.
    fn period_days(self) -> Option<i64> {
        match self {
            Repeat::Daily => Some(1),
            Repeat::Every2Days => Some(2),
            Repeat::Weekly => Some(7),
            Repeat::Every2Weeks => Some(14),
            Repeat::Every3Weeks => Some(21),
            Repeat::Every4Weeks => Some(28),
            Repeat::Once | Repeat::Monthly => None,
        }
    }

    /// The shortest time between two occurrences, in minutes (`None` for once): a reminder must
    /// come within it, or it would fall before the previous occurrence.
    pub fn shortest_gap_minutes(self) -> Option<u32> {
        match self {
            Repeat::Once => None,
            Repeat::Monthly => Some(28 * 24 * 60),
            // A DST change shortens a day by an hour.
            other => other.period_days().map(|d| d as u32 * 24 * 60 - 60),
        }
    }
}

/// The kinds of game event DWOS knows, with their usual repeat (see ../shared/WOS.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventType {
    /// Bear Trap: every 2 days.
    BearTrap,
    /// Crazy Joe: every 4 weeks.
    CrazyJoe,
    /// Foundry Battle: every 2 weeks.
    Foundry,
    /// Canyon Clash: every 4 weeks.
    CanyonClash,
    /// Fortress Battle: weekly.
    Fortress,
    /// Frostfire Mine: every 4 weeks.
    FrostfireMine,
    /// Castle Battle (Sunfire): every 4 weeks.
    CastleBattle,
    /// State vs state: every 4 weeks.
    Svs,
    /// Mercenary Prestige: every 3 weeks.
    MercenaryPrestige,
    /// The daily reset at 00:00 UTC.
    DailyReset,
    /// Anything else, with a title.
    Custom,
}

impl EventType {
    /// Every type, in the order `/event create` offers them.
    pub const ALL: [EventType; 11] = [
        EventType::BearTrap,
        EventType::CrazyJoe,
        EventType::Foundry,
        EventType::CanyonClash,
        EventType::Fortress,
        EventType::FrostfireMine,
        EventType::CastleBattle,
        EventType::Svs,
        EventType::MercenaryPrestige,
        EventType::DailyReset,
        EventType::Custom,
    ];

    /// The snake_case name used in commands, storage and message ids (`event-type-<name>`).
    pub fn as_str(self) -> &'static str {
        match self {
            EventType::BearTrap => "bear_trap",
            EventType::CrazyJoe => "crazy_joe",
            EventType::Foundry => "foundry",
            EventType::CanyonClash => "canyon_clash",
            EventType::Fortress => "fortress",
            EventType::FrostfireMine => "frostfire_mine",
            EventType::CastleBattle => "castle_battle",
            EventType::Svs => "svs",
            EventType::MercenaryPrestige => "mercenary_prestige",
            EventType::DailyReset => "daily_reset",
            EventType::Custom => "custom",
        }
    }

    /// Reads a snake_case name.
    pub fn parse(text: &str) -> Option<EventType> {
        EventType::ALL.into_iter().find(|t| t.as_str() == text)
    }

    /// The repeat players usually set for this type.
    pub fn default_repeat(self) -> Repeat {
        match self {
            EventType::BearTrap => Repeat::Every2Days,
            EventType::Fortress => Repeat::Weekly,
            EventType::Foundry => Repeat::Every2Weeks,
            EventType::MercenaryPrestige => Repeat::Every3Weeks,
            EventType::DailyReset => Repeat::Daily,
            EventType::Custom => Repeat::Once,
            _ => Repeat::Every4Weeks,
        }
    }
}

/// Why a start time cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    /// Not `YYYY-MM-DD HH:MM`.
    #[error("start is not YYYY-MM-DD HH:MM")]
    BadStart,
    /// Not an IANA time zone name.
    #[error("unknown time zone")]
    BadZone,
}

/// Reads `YYYY-MM-DD HH:MM` (a `T` instead of the space is fine), a wall-clock time.
pub fn parse_start(text: &str) -> Result<NaiveDateTime, ScheduleError> {
    let text = text.trim().replace('T', " ");
    NaiveDateTime::parse_from_str(&text, "%Y-%m-%d %H:%M").map_err(|_| ScheduleError::BadStart)
}

/// Reads an IANA zone name (`Europe/Rome`, `UTC`), case-insensitively.
pub fn parse_zone(text: &str) -> Result<Tz, ScheduleError> {
    let text = text.trim();
    text.parse::<Tz>()
        .ok()
        .or_else(|| chrono_tz::TZ_VARIANTS.iter().copied().find(|z| z.name().eq_ignore_ascii_case(text)))
        .ok_or(ScheduleError::BadZone)
}

/// Zone names containing `query` (case-insensitive), at most `limit`, for autocomplete.
pub fn zones_matching(query: &str, limit: usize) -> Vec<&'static str> {
    let query = query.trim().to_ascii_lowercase();
    chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name())
        .filter(|name| name.to_ascii_lowercase().contains(&query))
        .take(limit)
        .collect()
}

/// A wall-clock time in `zone` as an instant: in a DST gap the clock's next valid time (an hour
/// later), in a DST overlap the first of the two.
pub fn resolve(zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match zone.from_local_datetime(&local).earliest() {
        Some(instant) => instant.with_timezone(&Utc),
        None => resolve(zone, local + Duration::hours(1)),
    }
}

/// The `k`-th occurrence's wall-clock time (the anchor is the 0th).
fn nth_local(anchor: NaiveDateTime, repeat: Repeat, k: i64) -> Option<NaiveDateTime> {
    match repeat {
        Repeat::Once => (k == 0).then_some(anchor),
        Repeat::Monthly => {
            let months = i64::from(anchor.year()) * 12 + i64::from(anchor.month0()) + k;
            let (year, month0) = (i32::try_from(months.div_euclid(12)).ok()?, months.rem_euclid(12) as u32);
            let day = anchor.day().min(days_in_month(year, month0 + 1)?);
            Some(NaiveDate::from_ymd_opt(year, month0 + 1, day)?.and_time(anchor.time()))
        }
        fixed => Some(anchor + Duration::days(fixed.period_days()? * k)),
    }
}

fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((next - first).num_days() as u32)
}

/// The first occurrence strictly after `after`, of an event anchored at the wall-clock time
/// `anchor` in `zone`; `None` when there is none (a past one-off).
pub fn next_after(anchor: NaiveDateTime, zone: Tz, repeat: Repeat, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
    // Jump close by arithmetic, then step: the cost does not grow with the event's age.
    let days = (after.naive_utc() - anchor).num_days();
    let mut k = match repeat {
        Repeat::Once => 0,
        Repeat::Monthly => (days / 31 - 1).max(0),
        fixed => (days / fixed.period_days().unwrap_or(1) - 1).max(0),
    };
    loop {
        let instant = resolve(zone, nth_local(anchor, repeat, k)?);
        if instant > after {
            return Some(instant);
        }
        k += 1;
    }
}

/// The next `count` occurrences strictly after `after`.
pub fn upcoming(
    anchor: NaiveDateTime,
    zone: Tz,
    repeat: Repeat,
    after: DateTime<Utc>,
    count: usize,
) -> Vec<DateTime<Utc>> {
    let mut found = Vec::with_capacity(count);
    let mut from = after;
    while found.len() < count {
        let Some(next) = next_after(anchor, zone, repeat, from) else { break };
        found.push(next);
        from = next;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        parse_start(text).unwrap()
    }

    fn utc(text: &str) -> DateTime<Utc> {
        at(text).and_utc()
    }

    #[test]
    fn a_daily_event_keeps_its_wall_clock_time_across_dst() {
        let rome = parse_zone("Europe/Rome").unwrap();
        // 20:00 in Rome is 19:00 UTC in winter and 18:00 UTC in summer (DST from 29 March 2026).
        let next = upcoming(at("2026-03-27 20:00"), rome, Repeat::Daily, utc("2026-03-27 00:00"), 3);
        assert_eq!(next, [utc("2026-03-27 19:00"), utc("2026-03-28 19:00"), utc("2026-03-29 18:00")]);
        // Back to winter time on 25 October.
        let next = upcoming(at("2026-10-24 20:00"), rome, Repeat::Daily, utc("2026-10-24 00:00"), 2);
        assert_eq!(next, [utc("2026-10-24 18:00"), utc("2026-10-25 19:00")]);
    }

    #[test]
    fn a_time_inside_a_dst_gap_moves_an_hour_later_and_an_overlap_takes_the_first() {
        let rome = parse_zone("europe/rome").unwrap();
        assert_eq!(resolve(rome, at("2026-03-29 02:30")), utc("2026-03-29 01:30"));
        assert_eq!(resolve(rome, at("2026-10-25 02:30")), utc("2026-10-25 00:30"));
    }

    #[test]
    fn monthly_on_the_31st_falls_on_the_last_day_of_shorter_months() {
        let next = upcoming(at("2026-01-31 12:00"), Tz::UTC, Repeat::Monthly, utc("2026-01-01 00:00"), 4);
        assert_eq!(
            next,
            [utc("2026-01-31 12:00"), utc("2026-02-28 12:00"), utc("2026-03-31 12:00"), utc("2026-04-30 12:00")]
        );
        let leap = next_after(at("2028-01-31 12:00"), Tz::UTC, Repeat::Monthly, utc("2028-02-01 00:00"));
        assert_eq!(leap, Some(utc("2028-02-29 12:00")));
    }

    #[test]
    fn every_four_weeks_counts_from_the_fixed_anchor() {
        let anchor = at("2026-01-03 12:00");
        let next = next_after(anchor, Tz::UTC, Repeat::Every4Weeks, utc("2026-11-27 15:00"));
        // 2026-01-03 + 12 × 28 days = 2026-12-05.
        assert_eq!(next, Some(utc("2026-12-05 12:00")));
        assert_eq!(
            next_after(anchor, Tz::UTC, Repeat::Every4Weeks, utc("2026-12-05 12:00")),
            Some(utc("2027-01-02 12:00"))
        );
        // Before the anchor, the anchor itself comes first.
        assert_eq!(
            next_after(anchor, Tz::UTC, Repeat::Every2Days, utc("2025-06-01 00:00")),
            Some(utc("2026-01-03 12:00"))
        );
    }

    #[test]
    fn a_one_off_happens_once() {
        let anchor = at("2026-12-01 18:30");
        assert_eq!(upcoming(anchor, Tz::UTC, Repeat::Once, utc("2026-11-27 00:00"), 3), [utc("2026-12-01 18:30")]);
        assert_eq!(next_after(anchor, Tz::UTC, Repeat::Once, utc("2026-12-01 18:30")), None);
    }

    #[test]
    fn starts_zones_and_names_are_read_strictly() {
        assert_eq!(parse_start("2026-12-01T18:30"), Ok(at("2026-12-01 18:30")));
        for bad in ["", "tomorrow", "2026-13-01 10:00", "2026-12-01", "2026-12-01 25:00"] {
            assert_eq!(parse_start(bad), Err(ScheduleError::BadStart), "{bad:?}");
        }
        assert_eq!(parse_zone("Mars/Olympus"), Err(ScheduleError::BadZone));
        assert_eq!(zones_matching("rome", 5), ["Europe/Rome"]);
        assert_eq!(zones_matching("", 25).len(), 25);
        for t in EventType::ALL {
            assert_eq!(EventType::parse(t.as_str()), Some(t));
        }
        for r in Repeat::ALL {
            assert_eq!(Repeat::parse(r.as_str()), Some(r));
        }
        assert_eq!(EventType::BearTrap.default_repeat(), Repeat::Every2Days);
        assert_eq!(Repeat::Daily.shortest_gap_minutes(), Some(1380));
    }
}
