//! The WhiteOut Survival game API (the gift-code site's backend), as DWOS uses it.
//!
//! Every request is a signed form POST; answers carry `code`, `msg` and `err_code`,
//! which [`GameError`] maps to typed outcomes. The client retries what is transient
//! and never sends faster than its limiter allows. `fake::FakeGame` (feature `fake`) speaks the same
//! protocol on 127.0.0.1 for tests and `dwos serve --fake-game`.

pub mod client;
#[cfg(feature = "fake")]
pub mod fake;
pub mod limiter;
pub mod outcome;
pub mod port;
pub mod sign;

pub use client::{DEFAULT_BASE, DEFAULT_SALT, GameClient, GameSettings, Player};
pub use outcome::GameError;
pub use port::GameApi;
