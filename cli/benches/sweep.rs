//! One reminder sweep on SQLite (`dwos serve`'s store and queue in one file) with 10,000 events
//! across 1,000 guilds all due in the same minute: the time to claim, enqueue and move on every
//! one. Bounded: one sweep over a fixed set. Prints the numbers.
//!
//! Run: `cargo bench -p dwos --bench sweep` (`SWEEP_EVENTS` and `SWEEP_GUILDS` change the size).

#![allow(clippy::unwrap_used, missing_docs)]

use dwos_bus::{LocalQueue, LocalQueuePolicy};
use dwos_core::model::GameEvent;
use dwos_core::{ChannelId, GuildId};
use dwos_handlers::features::events::{Sweeper, reminders_for};
use dwos_store::{SqliteTable, Store};
use std::sync::Arc;
use std::time::Instant;

/// 2026-12-01 18:30 UTC.
const START: i64 = 1_796_149_800;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn main() {
    let (events, guilds) = (env_number("SWEEP_EVENTS", 10_000), env_number("SWEEP_GUILDS", 1_000));
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bench.db");
    let store = Store::new(Arc::new(SqliteTable::open(&path).unwrap()));
    let queue = LocalQueue::open(&path, LocalQueuePolicy::default()).unwrap();
    runtime.block_on(async {
        let setup = Instant::now();
        for i in 0..events {
            let event = GameEvent {
                guild_id: GuildId(1 + i % guilds),
                channel_id: ChannelId(9),
                anchor: "2026-12-01 18:30".into(),
                offsets: vec![0],
                ..dwos_store::conformance::event(&format!("e{i}"), START)
            };
            store.create_event(&event, &reminders_for(&event, START)).await.unwrap();
        }
        println!("setup: {events} events in {guilds} guilds stored in {:.1} s", setup.elapsed().as_secs_f64());

        let rest = dwos_discord::RestClient::new("http://127.0.0.1:9/api/v10", None, Default::default()).unwrap();
        let deps = dwos_handlers::WorkerDeps {
            rest: Arc::new(rest),
            catalog: Arc::new(dwos_i18n::Catalog::load().unwrap()),
            store: store.clone(),
            game: Arc::new(dwos_game::GameClient::new(dwos_game::GameSettings::default()).unwrap()),
            events: Arc::new(dwos_bus::LocalEvents::default()),
            queue: Arc::new(queue.clone()),
        };
        let sweeper = Sweeper::new(deps, Arc::new(queue));
        let started = Instant::now();
        let report = sweeper.run(START).await.unwrap();
        let elapsed = started.elapsed();
        println!(
            "sweep: {} reminders claimed and enqueued, {} occurrences moved on, in {:.2} s ({:.0} reminders/s)",
            report.enqueued,
            report.advanced,
            elapsed.as_secs_f64(),
            report.enqueued as f64 / elapsed.as_secs_f64()
        );
        assert_eq!(report.enqueued as u64, events, "{report:?}");
    });
}
