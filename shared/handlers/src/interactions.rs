//! What DWOS answers to each verified interaction: inline for fast things, a deferred
//! reply plus a queued job for slow ones.

use crate::http::AppState;
use dwos_core::{ENVELOPE_VERSION, Envelope, JobKind};
use dwos_discord::interaction::Intent;
use dwos_discord::{CommandName, Incoming, response};
use twilight_model::http::interaction::InteractionResponse;

/// The response and a short outcome name for the request's log line.
pub struct Reply {
    /// What Discord gets back.
    pub response: InteractionResponse,
    /// `pong`, `help`, `deferred`, `unknown`, … (a log field).
    pub outcome: &'static str,
}

impl Reply {
    fn new(response: InteractionResponse, outcome: &'static str) -> Self {
        Self { response, outcome }
    }
}

/// Routes one verified interaction.
pub async fn route(state: &AppState, incoming: &Incoming) -> Reply {
    let locale = state.catalog.resolve(incoming.locales());
    let ephemeral = |id: &str| response::message(state.catalog.text(locale, id), true);
    match incoming.intent() {
        Intent::Ping => Reply::new(response::pong(), "pong"),
        Intent::Autocomplete(_) => Reply::new(response::no_choices(), "autocomplete"),
        Intent::Command(name) => match CommandName::from_name(name) {
            Some(command) if command.guild_only() && incoming.guild_id().is_none() => {
                Reply::new(ephemeral("guild-only"), "guild_only")
            }
            Some(CommandName::Help) => Reply::new(ephemeral("help-text"), "help"),
            Some(CommandName::Stats) => defer(state, incoming, JobKind::Stats, locale).await,
            None => Reply::new(ephemeral("unknown-interaction"), "unknown"),
        },
        Intent::Component(_) | Intent::Modal(_) => {
            Reply::new(ephemeral("unknown-interaction"), "unknown")
        }
    }
}

/// Queues the job and answers "thinking…"; if the queue is down the user is told at
/// once instead of waiting for a reply that will never come.
async fn defer(state: &AppState, incoming: &Incoming, kind: JobKind, locale: &str) -> Reply {
    let envelope = Envelope {
        version: ENVELOPE_VERSION,
        kind,
        interaction_id: incoming.id(),
        interaction_token: incoming.token(),
        application_id: incoming.application_id(),
        guild_id: incoming.guild_id(),
        channel_id: incoming.channel_id(),
        user_id: incoming.user_id(),
        locale: locale.to_owned(),
        correlation_id: incoming.id().to_string(),
        payload: serde_json::Value::Null,
    };
    match state.queue.send(&envelope).await {
        Ok(()) => Reply::new(response::deferred(false), "deferred"),
        Err(err) => {
            tracing::error!(error = %err, %kind, "could not enqueue");
            Reply::new(
                response::message(state.catalog.text(locale, "try-again-later"), true),
                "queue_failed",
            )
        }
    }
}
