//! The WhiteOut Survival game API (the gift-code site's backend), as DWOS uses it.
//!
//! Every request is a signed form POST; answers carry `code`, `msg` and `err_code`. Since July 2026 the
//! one door left is `/api/gift_code`: [`GameClient::redeem`] gives a typed [`RedeemOutcome`], and a code
//! that cannot exist turns it into a state probe ([`GameClient::check`], [`GameClient::find_state`]). The
//! client retries what is transient, spaces calls about one player and never sends faster than its
//! limiter allows. `fake::FakeGame` (feature `fake`) speaks the same protocol on 127.0.0.1 for tests and
//! `dwos serve --fake-game`. The player lookup (`/api/player`) the game removed in July 2026 is not used.

pub mod client;
#[cfg(feature = "fake")]
pub mod fake;
pub mod gate;
pub mod giftcode;
pub mod limiter;
pub mod outcome;
pub mod pacing;
pub mod port;
mod redeem;
pub mod sign;

pub use client::{DEFAULT_BASE, DEFAULT_SALT, GameClient, GameSettings};
pub use gate::Gate;
pub use giftcode::{RedeemOutcome, StateCheck, StateSearch, probe_code};
pub use outcome::GameError;
pub use port::GameApi;
pub use redeem::{STATE_SEARCH_RADIUS, search_order};
