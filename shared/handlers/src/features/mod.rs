//! One module per feature; each owns its commands, custom ids, inline answers and worker.
//! Features never import each other: shared rules live in `dwos-core`.

pub mod alliance;
pub mod community;
pub mod events;
pub mod giftcode;
pub mod help;
pub mod moderation;
pub mod privacy;
pub mod stats;
pub mod verify;
