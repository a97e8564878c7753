//! Operations per second of the SQLite adapter's hot operations, printed as a table, so
//! later work can spot regressions. Bounded: a fixed number of operations each.
//!
//! Run: `cargo bench -p dwos-store --bench sqlite_ops`

#![allow(clippy::unwrap_used, missing_docs)]

use dwos_core::model::Reminder;
use dwos_core::{ChannelId, GuildId, UserId};
use dwos_store::{SqliteTable, Store};
use std::sync::Arc;
use std::time::{Duration, Instant};

const BASE: i64 = 1_764_093_600; // 2025-11-25T18:00:00Z
const STORED_REMINDERS: i64 = 10_000;
const MINUTES: i64 = 100; // 100 reminders due in each minute

fn report(name: &str, ops: u32, elapsed: Duration) {
    let per_sec = f64::from(ops) / elapsed.as_secs_f64();
    let micros = elapsed.as_secs_f64() * 1e6 / f64::from(ops);
    println!("{name:<44} {ops:>6} ops  {per_sec:>10.0} ops/s  {micros:>8.1} µs/op");
}

fn reminder(i: i64) -> Reminder {
    Reminder {
        guild_id: GuildId(1 + (i % 50) as u64),
        event_id: format!("event-{i}"),
        offset_minutes: 15,
        due_at: BASE + (i % MINUTES) * 60,
        channel_id: ChannelId(9),
        occurrence: BASE + (i % MINUTES) * 60 + 900,
        last: true,
        silent: false,
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("bench.db")).unwrap()));
    runtime.block_on(async {
        for user in 0..1_000u64 {
            let link = dwos_store::conformance::link(GuildId(1), user, 50_000 + user);
            store.link_player(&link).await.unwrap();
        }

        let ops = 20_000;
        let started = Instant::now();
        for i in 0..ops {
            let found = store.player(GuildId(1), UserId(u64::from(i) % 1_000)).await.unwrap();
            assert!(found.is_some());
        }
        report("get player (1,000 stored)", ops, started.elapsed());

        let started = Instant::now();
        for i in 0..STORED_REMINDERS {
            store.put_reminder(&reminder(i)).await.unwrap();
        }
        report("put reminder", STORED_REMINDERS as u32, started.elapsed());

        let ops = 2_000;
        let started = Instant::now();
        for i in 0..ops {
            let minute = dwos_core::model::minute_bucket(BASE + i64::from(i) % MINUTES * 60);
            let due = store.due_reminders(&minute).await.unwrap();
            assert_eq!(due.len() as i64, STORED_REMINDERS / MINUTES);
        }
        report("due reminders for a minute (10,000 stored)", ops, started.elapsed());
    });
}
