//! `/privacy`: what DWOS stores and why (answered inline in the member's language), and the
//! member's two rights as buttons: a JSON export of every record they own, in every server, and
//! erasure of all of it (roles and nicknames DWOS gave removed where it still can).

use crate::deps::{STEP_KEY_TTL_SECS, WorkerDeps, now};
use crate::feature::Feature;
use crate::router::{Inline, Reply};
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::{Envelope, JobError, JobKind, UserId};
use dwos_discord::{CommandSpec, MessageBody, response};
use serde::{Deserialize, Serialize};

/// The `/privacy` feature.
pub struct Privacy;

const COMMANDS: &[CommandSpec] = &[CommandSpec::open("privacy")];

/// What a `privacy` job does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum PrivacyStep {
    /// Every record the member owns, as a JSON file.
    Export,
    /// Everything erased (confirmed).
    Erase,
    /// Everything erased because the member was not seen for 180 days (the housekeeping
    /// schedule): skipped if they were seen again since `seen_day`.
    Expire {
        /// The day they were last seen when the schedule looked.
        seen_day: i64,
    },
}

#[async_trait]
impl Feature for Privacy {
    fn commands(&self) -> &'static [CommandSpec] {
        COMMANDS
    }

    fn id_prefix(&self) -> Option<&'static str> {
        Some("privacy")
    }

    async fn command(&self, cx: &Inline<'_>, _name: &str) -> Reply {
        let buttons = vec![
            ("privacy:export".to_owned(), cx.text("privacy-export-button")),
            ("privacy:delete".to_owned(), cx.text("privacy-delete-button")),
        ];
        Reply::new(response::message_with_buttons(cx.text("privacy-notice"), buttons, true), "privacy")
    }

    async fn component(&self, cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
        Some(match custom_id {
            "privacy:export" => cx.defer(JobKind::Privacy, &PrivacyStep::Export, response::deferred(true)).await,
            // Asked once more: erasure cannot be undone.
            "privacy:delete" => {
                let buttons = vec![
                    ("privacy:erase".to_owned(), cx.text("privacy-erase-button")),
                    ("privacy:keep".to_owned(), cx.text("privacy-keep-button")),
                ];
                Reply::new(response::update_with_buttons(cx.text("privacy-delete-confirm"), buttons), "confirm")
            }
            // The buttons go at once (a second click would erase nothing and answer "0").
            "privacy:erase" => {
                let ack = response::update_message(cx.text("privacy-erasing"));
                cx.defer(JobKind::Privacy, &PrivacyStep::Erase, ack).await
            }
            "privacy:keep" => Reply::new(response::update_message(cx.text("privacy-kept")), "kept"),
            _ => return None,
        })
    }
}

/// Handles `privacy` jobs.
pub struct PrivacyWorker {
    deps: WorkerDeps,
}

impl PrivacyWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    /// The export, attached to the member's private reply.
    async fn export(&self, envelope: &Envelope, user: UserId, locale: &str) -> Result<(), JobError> {
        let data = self.deps.store.export_user(user).await?;
        let json = serde_json::to_vec_pretty(&data)?;
        let Some((application, token)) = envelope.interaction() else { return Ok(()) };
        let body = MessageBody::text(self.deps.catalog.text(locale, "privacy-export-ready"));
        self.deps.rest.edit_original_with_file(application, token, &body, &format!("dwos-{user}.json"), &json).await?;
        // Ids only: what the member holds is theirs, not the log's.
        tracing::info!(%user, bytes = json.len(), "data exported");
        Ok(())
    }

    /// Removes the Verified role and the nickname DWOS gave in every server it can, then every
    /// record; a redelivery answers with the first count.
    async fn erase(&self, envelope: &Envelope, user: UserId, locale: &str) -> Result<(), JobError> {
        let store = &self.deps.store;
        let data = store.export_user(user).await?;
        for link in &data.players {
            let guild = link.guild_id;
            let config = store.guild_config(guild).await?;
            let role = match config.as_ref().and_then(|c| c.verified_role_id) {
                Some(role) => Some(role),
                // No role set in /setup: verification gave the role named in the server's language.
                None => {
                    let name = self.deps.catalog.text(
                        self.deps.catalog.resolve([config.and_then(|c| c.default_locale).as_deref()]),
                        "verify-role-name",
                    );
                    self.deps
                        .rest
                        .roles(guild)
                        .await
                        .ok()
                        .and_then(|roles| roles.into_iter().find(|r| r.name == name))
                        .map(|r| r.id)
                }
            };
            let taken_back = async {
                if let Some(role) = role {
                    self.deps.rest.remove_member_role(guild, user, role).await?;
                }
                self.deps.rest.set_nickname(guild, user, "").await
            };
            match taken_back.await {
                Ok(()) => {}
                // Before the links go: a retry still knows where to take them back.
                Err(err) if err.is_transient() => return Err(err.into()),
                // Gone from the server, or DWOS lost the permission: the data still goes.
                Err(err) => tracing::warn!(error = %err, %guild, "cannot take the role or nickname back on erasure"),
            }
        }
        let erased = store.erase_user(user).await?;
        let first = store
            .claim_idempotency_key_with(&envelope.step_key("erased"), STEP_KEY_TTL_SECS, now(), erased.into())
            .await?;
        let count = first.and_then(|answer| answer.as_u64()).unwrap_or(erased as u64);
        tracing::info!(%user, records = count, "data erased");
        let text = self.deps.catalog.format_with(locale, "privacy-erased", &[("count", count.to_string())]);
        self.deps.answer(envelope, &MessageBody::text(text)).await
    }
}

#[async_trait]
impl Worker for PrivacyWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: PrivacyStep = serde_json::from_value(envelope.payload.clone())?;
        let locale = self.deps.catalog.resolve([Some(envelope.locale.as_str())]);
        let Some(user) = envelope.user_id else { return Ok(()) };
        match step {
            PrivacyStep::Export => self.export(&envelope, user, locale).await,
            PrivacyStep::Erase => self.erase(&envelope, user, locale).await,
            PrivacyStep::Expire { seen_day } => {
                // Still listed under that day: not seen since, and not erased and back meanwhile.
                if !self.deps.store.still_seen_on(user, seen_day).await? {
                    tracing::info!(%user, "seen again since the retention sweep, or gone; kept");
                    return Ok(());
                }
                tracing::info!(%user, seen_day, "not seen for 180 days; erasing");
                self.erase(&envelope, user, locale).await
            }
        }
    }
}
