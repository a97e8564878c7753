//! Measures the pace the client keeps against the fake game with the production settings: state
//! probes for `PACE_PLAYERS` different players (default 45), then `PACE_REPEATS` probes of one
//! player (default 8). Prints calls per minute, the busiest 60 s the fake saw, and how many
//! answers were 429 or TOO FREQUENT. Network-bound, so a debug build measures the same:
//!
//! ```sh
//! cargo run -p dwos-game --features fake --example pace
//! ```

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use dwos_core::model::GameId;
use dwos_game::fake::FakeGame;
use dwos_game::{DEFAULT_SALT, GameClient, GameSettings};
use std::time::{Duration, Instant};

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::main]
async fn main() {
    let (players, repeats) = (env_number("PACE_PLAYERS", 45), env_number("PACE_REPEATS", 8));
    let fake = FakeGame::start(DEFAULT_SALT).await.unwrap();
    for fid in 0..players {
        fake.add_player(1_000_000 + fid, 245, 30);
    }
    let client = GameClient::new(GameSettings { base: fake.base_url(), ..GameSettings::default() }).unwrap();

    let started = Instant::now();
    for fid in 0..players {
        client.check(GameId(1_000_000 + fid), 245).await.unwrap();
    }
    let many = started.elapsed();
    let one_started = Instant::now();
    for _ in 0..repeats {
        client.check(GameId(1_000_000), 245).await.unwrap();
    }
    let one = one_started.elapsed();

    let arrivals = fake.gift_code_arrivals();
    let busiest = arrivals
        .iter()
        .map(|a| arrivals.iter().filter(|b| b.at >= a.at && b.at - a.at < Duration::from_secs(60)).count())
        .max()
        .unwrap_or(0);
    let per_minute = |calls: u64, took: Duration| calls as f64 * 60.0 / took.as_secs_f64().max(f64::EPSILON);
    println!(
        "different players: {players} probes in {:.1} s = {:.1} calls/min",
        many.as_secs_f64(),
        per_minute(players, many)
    );
    println!(
        "one player:        {repeats} probes in {:.1} s = {:.1} calls/min",
        one.as_secs_f64(),
        per_minute(repeats, one)
    );
    println!("requests the fake saw: {} (refused ones included); busiest 60 s: {busiest}", arrivals.len());
}
