//! After verification: the alliance question. The alliance feature owns the select and the
//! "not listed" button (ids `alliance:pick` and `alliance:new`): it decides membership and rank.

use super::ids::{NO_ALLIANCE, OTHER_STATE};
use super::worker::{Ctx, VerifyWorker};
use dwos_core::JobError;
use dwos_discord::MessageBody;
use dwos_discord::message::{button, select};
use twilight_model::channel::message::component::ButtonStyle;

/// Discord allows 25 options in a select menu; two are "no alliance" and "another state".
const MAX_LISTED_ALLIANCES: usize = 23;

impl VerifyWorker {
    /// Shows `text` (the verification result) with the alliance picker under it.
    pub(super) async fn ask_alliance(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let alliances = self.deps.store.alliances(ctx.guild).await?;
        let mut options: Vec<(String, String)> = alliances
            .iter()
            .take(MAX_LISTED_ALLIANCES)
            .map(|a| (format!("[{}] {}", a.tag, a.name), a.tag.clone()))
            .collect();
        options.push((self.text(ctx, "alliance-none", &[]), NO_ALLIANCE.to_owned()));
        options.push((self.text(ctx, "alliance-other-state", &[]), OTHER_STATE.to_owned()));
        let question = format!("**{}**", self.text(ctx, "alliance-question", &[]));
        let content = if text.is_empty() { question } else { format!("{text}\n\n{question}") };
        let body = MessageBody::text(content)
            .row(vec![select("alliance:pick", self.text(ctx, "alliance-placeholder", &[]), options)])
            .row(vec![button("alliance:new", self.text(ctx, "alliance-new-button", &[]), ButtonStyle::Secondary)]);
        self.deps.answer(ctx.envelope, &body).await
    }
}
