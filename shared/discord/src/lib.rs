//! Discord's wire format as DWOS uses it: request signatures, incoming interactions,
//! interaction responses, the REST calls the workers make, and the command definitions
//! shared by the router and `dwos register-commands`.

pub mod commands;
pub mod interaction;
pub mod response;
pub mod rest;
pub mod signature;

pub use commands::CommandName;
pub use interaction::{Incoming, ParseError};
pub use rest::{BotToken, GuildCounts, RestClient, RestError, RetryPolicy};
pub use signature::{KeyError, SignatureError, Verifier};
