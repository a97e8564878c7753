//! What a feature declares: its slash commands, its custom-id prefix and its inline answers.
//! Its worker, if it has one, is registered by job kind in [`crate::registry`].

use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_discord::CommandSpec;

/// One feature of DWOS, as the router sees it.
#[async_trait]
pub trait Feature: Send + Sync {
    /// The slash commands it owns (registration, dispatch and `/help` read this list).
    fn commands(&self) -> &'static [CommandSpec];

    /// The prefix of its custom ids (`verify` for `verify:start`), if it has components.
    fn id_prefix(&self) -> Option<&'static str> {
        None
    }

    /// Answers one of its commands; the router has already checked guild-only and
    /// moderator-only.
    async fn command(&self, cx: &Inline<'_>, name: &str) -> Reply;

    /// Answers a button or select menu with its prefix; `None` for an id it does not know.
    async fn component(&self, _cx: &Inline<'_>, _custom_id: &str) -> Option<Reply> {
        None
    }

    /// Suggests values for the option being typed in one of its commands (none by default).
    async fn autocomplete(&self, _cx: &Inline<'_>, _name: &str) -> Reply {
        Reply::new(dwos_discord::response::no_choices(), "autocomplete")
    }

    /// Answers a submitted modal with its prefix; `None` for an id it does not know.
    async fn modal(&self, _cx: &Inline<'_>, _custom_id: &str) -> Option<Reply> {
        None
    }
}
