//! The versioned envelope that carries slow work from the HTTP function to a worker.

use crate::ids::{ApplicationId, ChannelId, GuildId, InteractionId, UserId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The envelope version this build writes (it also reads version 1).
pub const ENVELOPE_VERSION: u32 = 2;

/// Which worker (and which queue) a job belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// `/stats`: read the guild's counts and edit the deferred reply.
    Stats,
    /// `/verify`, its modal and buttons, `/reverify`: game lookups and linking.
    Verify,
    /// `/event create|list|cancel|pause|resume`.
    Events,
    /// One reminder post, enqueued by the reminder sweep.
    Notify,
    /// `/giftcode add|list|auto`, the code's test and its fan-out to every opted-in member.
    Giftcode,
    /// One code for one player, through the shared game budget (the fan-out's parts, "Redeem for me").
    Redeem,
    /// `/moderators`, `/news`, and the log lines of refused moderator commands.
    Moderation,
    /// A member's data export and erasure (`/privacy`).
    Privacy,
    /// `/alliance …`: membership, ranks, roles and channels, succession and the audit trail.
    Alliance,
    /// Tickets, posting the rules and "I accept", statistics channels.
    Community,
}

impl JobKind {
    /// Every kind, for wiring one queue and one worker per kind.
    pub const ALL: [JobKind; 10] = [
        JobKind::Stats,
        JobKind::Verify,
        JobKind::Events,
        JobKind::Notify,
        JobKind::Giftcode,
        JobKind::Redeem,
        JobKind::Moderation,
        JobKind::Privacy,
        JobKind::Alliance,
        JobKind::Community,
    ];

    /// The kind's stable name: queue names, log fields and the local queue table use it.
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Stats => "stats",
            JobKind::Verify => "verify",
            JobKind::Events => "events",
            JobKind::Notify => "notify",
            JobKind::Giftcode => "giftcode",
            JobKind::Redeem => "redeem",
            JobKind::Moderation => "moderation",
            JobKind::Privacy => "privacy",
            JobKind::Alliance => "alliance",
            JobKind::Community => "community",
        }
    }
}

impl fmt::Display for JobKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The token that lets DWOS answer one interaction for 15 minutes: never logged.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct InteractionToken(String);

impl InteractionToken {
    /// Wraps a token received from Discord.
    pub fn new(token: impl Into<String>) -> Self {
        Self(token.into())
    }

    /// The token itself, for building a webhook URL.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for InteractionToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("InteractionToken(<redacted>)")
    }
}

/// Where a job came from: it decides how the job may answer and how redeliveries are told apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Origin {
    /// A Discord interaction: its token edits the deferred reply for 15 minutes.
    Interaction {
        /// The interaction id.
        id: InteractionId,
        /// The interaction's token.
        token: InteractionToken,
        /// The application the interaction was sent to.
        application_id: ApplicationId,
    },
    /// A schedule firing (EventBridge rule, or the `dwos serve` ticker).
    Schedule {
        /// The rule's name.
        rule: String,
        /// When it fired (Unix seconds).
        fire_time: i64,
    },
    /// One part of a fan-out (one player of a bulk redemption, one reminder of a minute).
    FanOut {
        /// The parent job's idempotency scope.
        parent: String,
        /// This part's index.
        index: u32,
    },
}

impl Origin {
    /// A string that is the same on every delivery of the same job and differs between
    /// jobs: the prefix of every idempotency key the job claims.
    pub fn scope(&self) -> String {
        match self {
            Origin::Interaction { id, .. } => format!("i{id}"),
            Origin::Schedule { rule, fire_time } => format!("s{rule}@{fire_time}"),
            Origin::FanOut { parent, index } => format!("f{parent}#{index}"),
        }
    }
}

/// One unit of slow work, exactly as it travels on a queue (JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`ENVELOPE_VERSION`] when written by this build.
    pub version: u32,
    /// Which worker handles it.
    pub kind: JobKind,
    /// What caused the job.
    pub origin: Origin,
    /// The guild, absent in DMs.
    pub guild_id: Option<GuildId>,
    /// The channel the command was used in.
    pub channel_id: Option<ChannelId>,
    /// The user who used the command.
    pub user_id: Option<UserId>,
    /// The locale to answer in, already resolved (user's, then guild's, then English).
    pub locale: String,
    /// Carried through every hop and on every log line.
    pub correlation_id: String,
    /// Kind-specific arguments.
    #[serde(default)]
    pub payload: serde_json::Value,
}

/// The first envelope format (interaction jobs only), still read so that messages queued
/// before an upgrade are not lost.
#[derive(Deserialize)]
struct EnvelopeV1 {
    kind: JobKind,
    interaction_id: InteractionId,
    interaction_token: InteractionToken,
    application_id: ApplicationId,
    guild_id: Option<GuildId>,
    channel_id: Option<ChannelId>,
    user_id: Option<UserId>,
    locale: String,
    correlation_id: String,
    #[serde(default)]
    payload: serde_json::Value,
}

impl From<EnvelopeV1> for Envelope {
    fn from(v1: EnvelopeV1) -> Self {
        Envelope {
            version: ENVELOPE_VERSION,
            kind: v1.kind,
            origin: Origin::Interaction {
                id: v1.interaction_id,
                token: v1.interaction_token,
                application_id: v1.application_id,
            },
            guild_id: v1.guild_id,
            channel_id: v1.channel_id,
            user_id: v1.user_id,
            locale: v1.locale,
            correlation_id: v1.correlation_id,
            payload: v1.payload,
        }
    }
}

/// Why a queue message could not be read as an [`Envelope`].
#[derive(Debug, thiserror::Error)]
pub enum EnvelopeError {
    /// Written by a newer build: it goes to the DLQ for a human to look at.
    #[error("unsupported envelope version {0} (this build reads 1 and {ENVELOPE_VERSION})")]
    UnsupportedVersion(u64),
    /// Not JSON, or missing fields.
    #[error("malformed envelope: {0}")]
    Malformed(#[from] serde_json::Error),
}

impl Envelope {
    /// A job caused by an interaction.
    #[allow(clippy::too_many_arguments)]
    pub fn for_interaction(
        kind: JobKind,
        id: InteractionId,
        token: InteractionToken,
        application_id: ApplicationId,
        guild_id: Option<GuildId>,
        channel_id: Option<ChannelId>,
        user_id: Option<UserId>,
        locale: &str,
        payload: serde_json::Value,
    ) -> Self {
        Envelope {
            version: ENVELOPE_VERSION,
            kind,
            origin: Origin::Interaction { id, token, application_id },
            guild_id,
            channel_id,
            user_id,
            locale: locale.to_owned(),
            correlation_id: id.to_string(),
            payload,
        }
    }

    /// The interaction to answer, if the job came from one.
    pub fn interaction(&self) -> Option<(ApplicationId, &InteractionToken)> {
        match &self.origin {
            Origin::Interaction { token, application_id, .. } => Some((*application_id, token)),
            Origin::Schedule { .. } | Origin::FanOut { .. } => None,
        }
    }

    /// An idempotency key for one step of this job, the same on every redelivery.
    pub fn step_key(&self, step: &str) -> String {
        format!("{}:{step}", self.origin.scope())
    }

    /// A job a schedule caused (the reminder sweep's posts): no interaction to answer.
    pub fn for_schedule(
        kind: JobKind,
        origin: Origin,
        guild_id: GuildId,
        locale: &str,
        payload: serde_json::Value,
    ) -> Self {
        Envelope {
            version: ENVELOPE_VERSION,
            kind,
            correlation_id: origin.scope(),
            origin,
            guild_id: Some(guild_id),
            channel_id: None,
            user_id: None,
            locale: locale.to_owned(),
            payload,
        }
    }

    /// Serializes the envelope for a queue.
    pub fn to_json(&self) -> String {
        // An Envelope holds only strings, numbers and a JSON value: it always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a queue message body, checking the version before anything else; version 1
    /// messages are upgraded.
    pub fn from_json(body: &str) -> Result<Self, EnvelopeError> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u64,
        }
        let Versioned { version } = serde_json::from_str(body)?;
        match version {
            1 => Ok(serde_json::from_str::<EnvelopeV1>(body)?.into()),
            v if v == u64::from(ENVELOPE_VERSION) => Ok(serde_json::from_str(body)?),
            other => Err(EnvelopeError::UnsupportedVersion(other)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Envelope {
        Envelope::for_interaction(
            JobKind::Stats,
            InteractionId(1),
            InteractionToken::new("secret-token"),
            ApplicationId(2),
            Some(GuildId(3)),
            Some(ChannelId(4)),
            Some(UserId(5)),
            "it",
            serde_json::Value::Null,
        )
    }

    #[test]
    fn round_trips_through_json() {
        let envelope = sample();
        assert_eq!(Envelope::from_json(&envelope.to_json()).unwrap(), envelope);
        let scheduled = Envelope { origin: Origin::Schedule { rule: "refresh".into(), fire_time: 60 }, ..sample() };
        assert_eq!(Envelope::from_json(&scheduled.to_json()).unwrap(), scheduled);
        assert_eq!(scheduled.interaction(), None);
    }

    #[test]
    fn reads_version_1_messages_as_interaction_jobs() {
        let v1 = r#"{"version":1,"kind":"stats","interaction_id":"1","interaction_token":"secret-token",
            "application_id":"2","guild_id":"3","channel_id":"4","user_id":"5","locale":"it","correlation_id":"1"}"#;
        assert_eq!(Envelope::from_json(v1).unwrap(), sample());
    }

    #[test]
    fn rejects_other_versions_before_reading_fields() {
        let err = Envelope::from_json(r#"{"version":3,"kind":"future_kind"}"#).unwrap_err();
        assert!(matches!(err, EnvelopeError::UnsupportedVersion(3)), "{err}");
    }

    #[test]
    fn rejects_garbage() {
        assert!(matches!(Envelope::from_json("nope"), Err(EnvelopeError::Malformed(_))));
        assert!(matches!(Envelope::from_json(r#"{"version":2}"#), Err(EnvelopeError::Malformed(_))));
    }

    #[test]
    fn step_keys_differ_by_origin_and_repeat_per_job() {
        let fan = |index| Envelope { origin: Origin::FanOut { parent: "p".into(), index }, ..sample() };
        assert_eq!(sample().step_key("log"), sample().step_key("log"));
        assert_ne!(fan(0).step_key("log"), fan(1).step_key("log"));
        assert_ne!(sample().step_key("log"), sample().step_key("panel"));
    }

    #[test]
    fn debug_never_shows_the_token() {
        assert!(!format!("{:?}", sample()).contains("secret-token"));
    }
}

/// Why a job did not finish: the one question a consumer asks is "will another delivery help?".
#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// Transient (throttled, 5xx, timeouts, transaction conflicts): the message is delivered
    /// again later and, after its last try, lands in the DLQ.
    #[error("{0} (will retry)")]
    Retry(String),
    /// Nothing a retry can fix (an expired interaction token, a 403, a bad payload): the
    /// message is acknowledged and the failure logged once.
    #[error("{0} (permanent)")]
    Permanent(String),
}

impl JobError {
    /// Whether another delivery may succeed.
    pub fn is_retry(&self) -> bool {
        matches!(self, JobError::Retry(_))
    }
}

impl From<serde_json::Error> for JobError {
    fn from(err: serde_json::Error) -> Self {
        JobError::Permanent(format!("bad payload: {err}"))
    }
}
