//! The router: finds the feature that owns an interaction and hands it over, with the
//! checks every feature shares (guild-only, moderator-only, unknown ids).

use crate::config::HttpConfig;
use crate::feature::Feature;
use dwos_bus::Queue;
use dwos_core::{Envelope, JobKind};
use dwos_discord::interaction::Intent;
use dwos_discord::{CommandSpec, Incoming, response};
use dwos_i18n::Catalog;
use std::sync::Arc;
use std::time::Duration;
use twilight_model::http::interaction::InteractionResponse;

/// Everything a request needs, built once per process.
pub struct AppState {
    /// Signature check, application id and body limit.
    pub config: HttpConfig,
    /// Every message in every language.
    pub catalog: Arc<Catalog>,
    /// Where slow work goes.
    pub queue: Arc<dyn Queue>,
    /// The features, in `/help` and registration order.
    pub features: &'static [&'static dyn Feature],
    /// Unix seconds now; replaceable so tests control the signature window.
    pub clock: fn() -> u64,
    /// Longest wait for the queue before telling the user to try again: Discord's 3 s
    /// deadline must still leave time for the answer.
    pub enqueue_timeout: Duration,
    /// Reads for autocomplete (a guild's events); `None`: those suggestions are empty.
    pub store: Option<dwos_store::Store>,
}

/// The longest a moderator check waits for the guild's moderators before counting only
/// Manage Server.
const MODERATOR_READ_TIMEOUT: Duration = Duration::from_millis(800);

/// The time a queue send may take before the user is told to try again.
pub const ENQUEUE_TIMEOUT: Duration = Duration::from_millis(1500);

/// The response and a short outcome name for the request's log line.
pub struct Reply {
    /// What Discord gets back.
    pub response: InteractionResponse,
    /// `pong`, `help`, `deferred`, `unknown`, … (a log field).
    pub outcome: &'static str,
}

impl Reply {
    /// A reply with its log outcome.
    pub fn new(response: InteractionResponse, outcome: &'static str) -> Self {
        Self { response, outcome }
    }
}

/// One interaction as a feature sees it: who asked, in which language, and the shared
/// ways to answer.
pub struct Inline<'a> {
    /// Process-wide state.
    pub state: &'a AppState,
    /// The verified interaction.
    pub incoming: &'a Incoming,
    /// The language to answer in.
    pub locale: &'static str,
}

impl Inline<'_> {
    /// A message in the member's language.
    pub fn text(&self, id: &str) -> String {
        self.state.catalog.text(self.locale, id)
    }

    /// A message with arguments in the member's language.
    pub fn text_with(&self, id: &str, args: &[(&str, String)]) -> String {
        self.state.catalog.format_with(self.locale, id, args)
    }

    /// Whether the member moderates DWOS here, checked server-side on every use: Manage Server
    /// (or Administrator) as Discord computed it for this interaction, or a moderator role or
    /// membership kept by `/moderators`. A store that cannot be read grants nothing more.
    pub async fn is_moderator(&self) -> bool {
        if self.incoming.is_moderator() {
            return true;
        }
        let (Some(store), Some(guild), Some(user)) =
            (self.state.store.as_ref(), self.incoming.guild_id(), self.incoming.user_id())
        else {
            return false;
        };
        // Bounded: the queue send after it and the answer must still fit in Discord's 3 s.
        let read = tokio::time::timeout(MODERATOR_READ_TIMEOUT, store.guild_config(guild)).await;
        match read.unwrap_or_else(|_| Err(dwos_store::StoreError::Backend("moderators read timed out".into()))) {
            Ok(Some(config)) => {
                config.moderator_users.contains(&user)
                    || self.incoming.member_roles().iter().any(|r| config.moderator_roles.contains(r))
            }
            Ok(None) => false,
            Err(err) => {
                tracing::warn!(error = %err, "moderators unreadable; only Manage Server counts");
                false
            }
        }
    }

    /// Refuses a moderator-only action: a localized message, and a line in the guild's log
    /// channel through a job (best effort: the refusal itself never waits for it).
    pub async fn refuse_moderator_only(&self, what: &str) -> Reply {
        let envelope = Envelope::for_interaction(
            JobKind::Moderation,
            self.incoming.id(),
            self.incoming.token(),
            self.incoming.application_id(),
            self.incoming.guild_id(),
            self.incoming.channel_id(),
            self.incoming.user_id(),
            self.locale,
            serde_json::json!({ "step": "refused", "what": what }),
        );
        let sent = tokio::time::timeout(self.state.enqueue_timeout, self.state.queue.send(&envelope)).await;
        if !matches!(sent, Ok(Ok(()))) {
            tracing::warn!(what, "refusal not logged in the guild's log channel");
        }
        self.ephemeral("moderator-only", "forbidden")
    }

    /// An ephemeral message from the catalog.
    pub fn ephemeral(&self, id: &str, outcome: &'static str) -> Reply {
        Reply::new(response::message(self.text(id), true), outcome)
    }

    /// Queues a job doing `step` and acknowledges with `ack`; a queue that is down or slow is
    /// told to the user at once instead of leaving them waiting for a reply that never comes.
    pub async fn defer(&self, kind: JobKind, step: &impl serde::Serialize, ack: InteractionResponse) -> Reply {
        // Steps hold ids, strings, numbers and enums: they always serialize.
        let payload = serde_json::to_value(step).unwrap_or_default();
        let incoming = self.incoming;
        let envelope = Envelope::for_interaction(
            kind,
            incoming.id(),
            incoming.token(),
            incoming.application_id(),
            incoming.guild_id(),
            incoming.channel_id(),
            incoming.user_id(),
            self.locale,
            payload,
        );
        let sent = tokio::time::timeout(self.state.enqueue_timeout, self.state.queue.send(&envelope)).await;
        match sent {
            Ok(Ok(())) => Reply::new(ack, "deferred"),
            Ok(Err(err)) => {
                tracing::error!(error = %err, %kind, "could not enqueue");
                self.ephemeral("try-again-later", "queue_failed")
            }
            Err(_) => {
                tracing::error!(%kind, timeout_ms = self.state.enqueue_timeout.as_millis() as u64, "enqueue timed out");
                self.ephemeral("try-again-later", "queue_timeout")
            }
        }
    }
}

/// The longest the member's saved language (and today's "seen" mark) may take.
const PREFS_TIMEOUT: Duration = Duration::from_millis(400);

/// Routes one verified interaction.
pub async fn route(state: &AppState, incoming: &Incoming) -> Reply {
    let prefs = member_prefs(state, incoming).await;
    let chosen = prefs.as_ref().and_then(|p| p.locale.as_deref());
    let [user_locale, guild_locale] = incoming.locales();
    let locale = state.catalog.resolve([chosen, user_locale, guild_locale]);
    // The day's mark runs beside the answer, not before it: Discord waits 3 s in all.
    let (reply, ()) = tokio::join!(dispatch(state, incoming, locale), mark_seen(state, incoming, prefs.as_ref()));
    reply
}

async fn dispatch(state: &AppState, incoming: &Incoming, locale: &'static str) -> Reply {
    let cx = Inline { state, incoming, locale };
    let reply = match incoming.intent() {
        Intent::Ping => Some(Reply::new(response::pong(), "pong")),
        Intent::Autocomplete(name) => Some(match command(state, name) {
            Some((_, feature)) => feature.autocomplete(&cx, name).await,
            None => Reply::new(response::no_choices(), "autocomplete"),
        }),
        Intent::Command(name) => match command(state, name) {
            Some((spec, _)) if spec.guild_only && incoming.guild_id().is_none() => {
                Some(cx.ephemeral("guild-only", "guild_only"))
            }
            Some((spec, feature)) => {
                if spec.moderator_only && !cx.is_moderator().await {
                    Some(cx.refuse_moderator_only(&format!("/{name}")).await)
                } else {
                    Some(feature.command(&cx, name).await)
                }
            }
            None => None,
        },
        Intent::Component(id) => match owner(state, id) {
            Some(feature) => feature.component(&cx, id).await,
            None => None,
        },
        Intent::Modal(id) => match owner(state, id) {
            Some(feature) => feature.modal(&cx, id).await,
            None => None,
        },
    };
    reply.unwrap_or_else(|| cx.ephemeral("unknown-interaction", "unknown"))
}

/// The member's saved preferences (the language they chose wins over Discord's). Bounded: a
/// slow or failing table costs the member their chosen language for one answer, never the answer.
async fn member_prefs(state: &AppState, incoming: &Incoming) -> Option<dwos_core::model::UserPrefs> {
    if matches!(incoming.intent(), Intent::Ping) {
        return None;
    }
    let (store, user) = (state.store.as_ref()?, incoming.user_id()?);
    let prefs = match tokio::time::timeout(PREFS_TIMEOUT, store.prefs(user)).await {
        Ok(Ok(prefs)) => prefs?,
        Ok(Err(err)) => {
            tracing::warn!(error = %err, "member preferences unreadable");
            return None;
        }
        Err(_) => {
            tracing::warn!("member preferences read timed out");
            return None;
        }
    };
    Some(prefs)
}

/// Marks the member seen today (once a day), which the 180-day retention counts from.
async fn mark_seen(state: &AppState, incoming: &Incoming, prefs: Option<&dwos_core::model::UserPrefs>) {
    let (Some(store), Some(user), Some(prefs)) = (state.store.as_ref(), incoming.user_id(), prefs) else { return };
    let today = i64::try_from((state.clock)() / 86_400).unwrap_or(i64::MAX);
    if prefs.seen_day == Some(today) || matches!(incoming.intent(), Intent::Autocomplete(_)) {
        return;
    }
    let marked = tokio::time::timeout(PREFS_TIMEOUT, store.mark_seen(user, today)).await;
    if !matches!(marked, Ok(Ok(_))) {
        // The member's next interaction tries again; until then the older day stands.
        tracing::warn!("could not mark the member seen today");
    }
}

/// The spec and the feature of a command name.
fn command(state: &AppState, name: &str) -> Option<(&'static CommandSpec, &'static dyn Feature)> {
    state.features.iter().find_map(|f| f.commands().iter().find(|c| c.name == name).map(|c| (c, *f)))
}

/// The feature whose custom-id prefix (`verify` in `verify:start`) a component carries.
fn owner(state: &AppState, custom_id: &str) -> Option<&'static dyn Feature> {
    let prefix = custom_id.split(':').next()?;
    state.features.iter().copied().find(|f| f.id_prefix() == Some(prefix))
}
