//! Discord's wire format as DWOS uses it: request signatures, incoming interactions,
//! interaction responses, typed messages, the REST port and its client, and the command
//! specs shared by the router and `dwos register-commands`.

pub mod commands;
pub mod interaction;
pub mod message;
pub mod port;
pub mod ratelimit;
pub mod response;
pub mod rest;
pub mod signature;

pub use commands::CommandSpec;
pub use interaction::{Incoming, ParseError};
pub use message::MessageBody;
pub use port::DiscordApi;
pub use rest::{
    BotToken, ChannelSummary, GuildCounts, NewChannel, Overwrite, RestClient, RestError, RetryPolicy, RoleSummary,
};
pub use signature::{KeyError, SignatureError, Verifier};
