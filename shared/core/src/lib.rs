//! DWOS's domain: the plain data every other crate agrees on.
//!
//! Pure by design: no I/O, no async runtime, no AWS and no Discord wire format, so
//! everything here is tested with ordinary unit tests.

pub mod event;
pub mod furnace;
pub mod ids;
pub mod job;
pub mod model;
pub mod permissions;
pub mod ranks;
pub mod retry;
pub mod schedule;
pub mod text;

pub use event::{DomainEvent, DomainEventKind};
pub use furnace::FurnaceLevel;
pub use ids::{ApplicationId, ChannelId, GuildId, InteractionId, MessageId, RoleId, UserId};
pub use job::{ENVELOPE_VERSION, Envelope, EnvelopeError, InteractionToken, JobError, JobKind, Origin};
