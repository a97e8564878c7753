//! DWOS's application: the interactions router (the `interactions` Lambda and `dwos serve`),
//! the features it dispatches to, and their queue workers, all wired to ports. A function's
//! `main.rs` only builds adapters (see `dwos-aws`) and calls into this crate.

pub mod config;
pub mod deps;
pub mod feature;
pub mod features;
pub mod game_gate;
pub mod guild_log;
pub mod housekeeping;
pub mod http;
pub mod registry;
pub mod router;
pub mod shown;
pub mod stats_channels;
pub mod telemetry;

pub use config::{ConfigError, HttpConfig, WorkerConfig};
pub use deps::WorkerDeps;
pub use http::router;
pub use registry::{FEATURES, worker};
pub use router::{AppState, ENQUEUE_TIMEOUT, Reply};
