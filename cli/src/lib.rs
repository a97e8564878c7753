//! The `dwos` command's pieces, as a library so tests drive them directly.

pub mod devkey;
pub mod fixtures;
pub mod game;
pub mod playground;
pub mod register;
pub mod send;
pub mod serve;
