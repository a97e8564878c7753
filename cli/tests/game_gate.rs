//! The game API's one budget, shared by processes through the store: two clients on one
//! store run against the fake for 90 s, and the fake never sees more than the limit in any
//! 60 s window.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use dwos_core::model::GameId;
use dwos_game::fake::FakeGame;
use dwos_game::{GameClient, GameSettings, StateCheck};
use dwos_handlers::game_gate::StoreGate;
use dwos_store::{SqliteTable, Store};
use std::sync::Arc;
use std::time::Duration;

const LIMIT: usize = 30;
const WINDOW: Duration = Duration::from_secs(60);
const RUN: Duration = Duration::from_secs(90);

/// A client as another process would build it: its own connection to the shared store, a
/// local limiter that would let it send far more, and the shared gate.
fn client(fake: &FakeGame, data: &std::path::Path) -> GameClient {
    let store = Store::new(Arc::new(SqliteTable::open(data).unwrap()));
    let settings = GameSettings {
        base: fake.base_url(),
        max_requests: 10_000,
        backoff: Duration::from_millis(10),
        per_player_spacing: Duration::from_millis(5),
        ..GameSettings::default()
    };
    GameClient::new(settings).unwrap().with_gate(Arc::new(StoreGate::new(store, LIMIT, WINDOW)))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_clients_on_one_store_never_exceed_the_limit_in_any_window() {
    let fake = FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap();
    // The fake would allow far more: only the shared gate may hold the clients back.
    fake.set_window(10_000, WINDOW);
    fake.set_per_player_window(Duration::ZERO);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("dwos.db");
    let clients = [client(&fake, &data), client(&fake, &data)];
    let run = |client: GameClient| async move {
        let mut checks = 0u32;
        let _ = tokio::time::timeout(RUN, async {
            loop {
                assert_eq!(client.check(GameId(12345678), 245).await, Ok(StateCheck::Match));
                checks += 1;
            }
        })
        .await;
        checks
    };
    let [a, b] = clients;
    let (a, b) = tokio::join!(tokio::spawn(run(a)), tokio::spawn(run(b)));
    let (a, b) = (a.unwrap(), b.unwrap());

    let arrivals: Vec<_> = fake.gift_code_arrivals().iter().map(|a| a.at).collect();
    let busiest =
        arrivals.iter().map(|start| arrivals.iter().filter(|t| **t >= *start && **t < *start + WINDOW).count());
    let busiest = busiest.max().unwrap_or(0);
    assert!(busiest <= LIMIT, "{busiest} calls in one 60 s window (limit {LIMIT})");
    // Both made progress, and together they used the budget (not merely idled).
    assert!(a > 0 && b > 0, "a: {a}, b: {b}");
    assert!(arrivals.len() > LIMIT, "{} calls in 90 s", arrivals.len());
}
