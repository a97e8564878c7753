//! DWOS's handlers, wired to ports: the interactions HTTP router (the `interactions`
//! Lambda and `dwos serve`) and the queue workers (the `stats` Lambda and `dwos serve`).
//! A function's `main.rs` only builds adapters and calls into this crate.

pub mod alliance_choice;
pub mod aws;
pub mod config;
pub mod guild_log;
pub mod http;
pub mod interactions;
pub mod refresh;
pub mod stats;
pub mod telemetry;
pub mod verification;
pub mod verify;

pub use config::{ConfigError, HttpConfig, WorkerConfig};
pub use http::{AppState, router};
pub use stats::StatsWorker;

use dwos_bus::{Publisher, Worker};
use dwos_core::JobKind;
use dwos_discord::RestClient;
use dwos_game::GameClient;
use dwos_i18n::Catalog;
use dwos_store::Store;
use std::sync::Arc;

/// What every worker may use: built once per process.
#[derive(Clone)]
pub struct WorkerDeps {
    /// Discord's REST API.
    pub rest: RestClient,
    /// Every message in every language.
    pub catalog: Arc<Catalog>,
    /// DWOS's storage.
    pub store: Store,
    /// The game API (one client per process: its limiter must see every call).
    pub game: Arc<GameClient>,
    /// Where domain events go (EventBridge on AWS, in-process locally).
    pub events: Arc<dyn Publisher>,
}

/// The worker for each job kind: the one place a new kind is wired for `dwos serve`.
pub fn worker(kind: JobKind, deps: &WorkerDeps) -> Arc<dyn Worker> {
    match kind {
        JobKind::Verify => Arc::new(verify::VerifyWorker::new(deps.clone())),
        JobKind::Stats => Arc::new(StatsWorker::new(deps.rest.clone(), Arc::clone(&deps.catalog), deps.store.clone())),
    }
}
