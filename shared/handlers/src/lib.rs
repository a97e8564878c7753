//! DWOS's handlers, wired to ports: the interactions HTTP router (the `interactions`
//! Lambda and `dwos serve`) and the queue workers (the `stats` Lambda and `dwos serve`).
//! A function's `main.rs` only builds adapters and calls into this crate.

pub mod config;
pub mod http;
pub mod interactions;
pub mod stats;
pub mod telemetry;

pub use config::{ConfigError, HttpConfig, WorkerConfig};
pub use http::{router, AppState};
pub use stats::StatsWorker;
