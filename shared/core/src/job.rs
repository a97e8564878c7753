//! The versioned envelope that carries slow work from the HTTP function to a worker.

use crate::ids::{ApplicationId, ChannelId, GuildId, InteractionId, UserId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The envelope version this build writes and the only one it accepts.
pub const ENVELOPE_VERSION: u32 = 1;

/// Which worker (and which queue) a job belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobKind {
    /// `/stats`: read the guild's counts and edit the deferred reply.
    Stats,
    /// `/verify`, its modal and buttons, `/reverify`: game lookups and linking.
    Verify,
}

impl JobKind {
    /// Every kind, for wiring one queue and one worker per kind.
    pub const ALL: [JobKind; 2] = [JobKind::Stats, JobKind::Verify];

    /// The kind's stable name: queue names, log fields and the local queue table use it.
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Stats => "stats",
            JobKind::Verify => "verify",
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

/// One unit of slow work, exactly as it travels on a queue (JSON).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Envelope {
    /// Always [`ENVELOPE_VERSION`] when written by this build.
    pub version: u32,
    /// Which worker handles it.
    pub kind: JobKind,
    /// The interaction that caused the job; its id is the correlation id.
    pub interaction_id: InteractionId,
    /// The interaction's token, to edit the deferred reply.
    pub interaction_token: InteractionToken,
    /// The application the interaction was sent to.
    pub application_id: ApplicationId,
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

/// Why a queue message could not be read as an [`Envelope`].
#[derive(Debug, thiserror::Error)]
pub enum EnvelopeError {
    /// Written by a newer or older build: it goes to the DLQ for a human to look at.
    #[error("unsupported envelope version {0} (this build reads {ENVELOPE_VERSION})")]
    UnsupportedVersion(u64),
    /// Not JSON, or missing fields.
    #[error("malformed envelope: {0}")]
    Malformed(#[from] serde_json::Error),
}

impl Envelope {
    /// Serializes the envelope for a queue.
    pub fn to_json(&self) -> String {
        // An Envelope holds only strings, numbers and a JSON value: it always serializes.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a queue message body, checking the version before anything else.
    pub fn from_json(body: &str) -> Result<Self, EnvelopeError> {
        #[derive(Deserialize)]
        struct Versioned {
            version: u64,
        }
        let Versioned { version } = serde_json::from_str(body)?;
        if version != u64::from(ENVELOPE_VERSION) {
            return Err(EnvelopeError::UnsupportedVersion(version));
        }
        Ok(serde_json::from_str(body)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Envelope {
        Envelope {
            version: ENVELOPE_VERSION,
            kind: JobKind::Stats,
            interaction_id: InteractionId(1),
            interaction_token: InteractionToken::new("secret-token"),
            application_id: ApplicationId(2),
            guild_id: Some(GuildId(3)),
            channel_id: Some(ChannelId(4)),
            user_id: Some(UserId(5)),
            locale: "it".into(),
            correlation_id: "1".into(),
            payload: serde_json::Value::Null,
        }
    }

    #[test]
    fn round_trips_through_json() {
        let envelope = sample();
        assert_eq!(Envelope::from_json(&envelope.to_json()).unwrap(), envelope);
    }

    #[test]
    fn rejects_other_versions_before_reading_fields() {
        let err = Envelope::from_json(r#"{"version":2,"kind":"future_kind"}"#).unwrap_err();
        assert!(matches!(err, EnvelopeError::UnsupportedVersion(2)), "{err}");
    }

    #[test]
    fn rejects_garbage() {
        assert!(matches!(Envelope::from_json("nope"), Err(EnvelopeError::Malformed(_))));
        assert!(matches!(Envelope::from_json(r#"{"version":1}"#), Err(EnvelopeError::Malformed(_))));
    }

    #[test]
    fn debug_never_shows_the_token() {
        assert!(!format!("{:?}", sample()).contains("secret-token"));
    }
}

/// What a `verify` job does (its envelope's payload).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum VerifyStep {
    /// Look the id up and ask "is this you?".
    Lookup {
        /// The game id typed in the modal.
        game_id: crate::model::GameId,
    },
    /// The user confirmed: link, give the role, set the nickname.
    Confirm {
        /// The game id on the button.
        game_id: crate::model::GameId,
    },
    /// `/reverify`: refresh the stored link from the game.
    Refresh,
    /// `/setup`: save the guild's settings and post the verification panel.
    Setup {
        /// The Verified role, if given.
        role: Option<crate::ids::RoleId>,
        /// The log channel, if given.
        log_channel: Option<crate::ids::ChannelId>,
        /// The default language tag, if given.
        language: Option<String>,
    },
    /// The verified user chose an alliance (or none, or another state).
    Alliance {
        /// What they chose.
        choice: AllianceChoice,
    },
    /// A moderator approved a member's R5 claim.
    ApproveLeader {
        /// The alliance.
        tag: String,
        /// The member who claimed R5.
        member: crate::ids::UserId,
    },
    /// `/unlink`: a moderator frees a member's game id.
    Unlink {
        /// The member to unlink.
        member: crate::ids::UserId,
    },
}

/// A verified user's answer to "which alliance are you in?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AllianceChoice {
    /// In an alliance of this guild (created if new), at a rank.
    Join {
        /// The alliance tag.
        tag: String,
        /// The claimed rank.
        rank: crate::model::Rank,
    },
    /// In no alliance.
    NoAlliance,
    /// From another state.
    OtherState,
}
