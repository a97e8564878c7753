//! The inline half of verification: which command, button or form becomes which job,
//! modal or question, within Discord's 3 s.

use super::ids::{GAME_ID_FIELD, NO_ALLIANCE, OTHER_STATE, TAG_FIELD, VerifyId, parse_game_id};
use super::steps::{AllianceChoice, VerifyStep};
use crate::router::{Inline, Reply};
use dwos_core::model::{Rank, valid_alliance_tag};
use dwos_core::permissions::is_elevated;
use dwos_core::{ChannelId, JobKind, UserId};
use dwos_discord::response::{self, TextField};
use twilight_model::http::interaction::InteractionResponse;

async fn queue(cx: &Inline<'_>, step: VerifyStep, ack: InteractionResponse) -> Reply {
    // A VerifyStep holds ids, strings and enums: it always serializes.
    let payload = serde_json::to_value(&step).unwrap_or_default();
    cx.defer(JobKind::Verify, payload, ack).await
}

/// `/verify`, `/reverify`, `/setup`, `/unlink`.
pub(super) async fn command(cx: &Inline<'_>, name: &str) -> Reply {
    let incoming = cx.incoming;
    match name {
        "verify" => Reply::new(verify_modal(cx), "modal"),
        "reverify" => queue(cx, VerifyStep::Refresh, response::deferred(true)).await,
        "setup" => {
            let role = incoming.option_role("role");
            if let Some(refusal) = role.and_then(|role| refuse_role(cx, role)) {
                return refusal;
            }
            let step = VerifyStep::Setup {
                by_admin: incoming.is_admin(),
                role: role.map(|r| r.id),
                log_channel: incoming.option_id("log_channel").map(ChannelId),
                language: incoming.option_str("language").map(str::to_owned),
            };
            queue(cx, step, response::deferred(true)).await
        }
        "unlink" => match incoming.option_id("member") {
            Some(member) => queue(cx, VerifyStep::Unlink { member: UserId(member) }, response::deferred(true)).await,
            None => cx.ephemeral("unknown-interaction", "unknown"),
        },
        _ => cx.ephemeral("unknown-interaction", "unknown"),
    }
}

/// Why a role cannot be the Verified role, told at once: it is given to everyone who
/// verifies, so it must carry nothing a moderator has. The worker checks the hierarchy.
fn refuse_role(cx: &Inline<'_>, role: dwos_discord::interaction::RoleOption) -> Option<Reply> {
    let mention = [("role", format!("<@&{}>", role.id))];
    let refuse = |id: &str, outcome| Some(Reply::new(response::message(cx.text_with(id, &mention), true), outcome));
    if !cx.incoming.can_manage_roles() {
        return Some(cx.ephemeral("setup-needs-manage-roles", "forbidden"));
    }
    if cx.incoming.guild_id().is_some_and(|g| g.0 == role.id.0) {
        return Some(cx.ephemeral("setup-role-everyone", "unsafe_role"));
    }
    if role.managed {
        return refuse("setup-role-managed", "unsafe_role");
    }
    // An unresolved role is checked again by the worker, which reads it from Discord.
    if role.permissions.is_some_and(is_elevated) {
        return refuse("setup-role-elevated", "unsafe_role");
    }
    None
}

/// Buttons and select menus of the verification flow; `None` for unknown ones.
pub(super) async fn component(cx: &Inline<'_>, id: VerifyId) -> Option<Reply> {
    let update = |step| queue(cx, step, response::deferred_update());
    Some(match id {
        VerifyId::Start => Reply::new(verify_modal(cx), "modal"),
        VerifyId::Reject => Reply::new(response::update_message(cx.text("verify-rejected")), "verify_rejected"),
        VerifyId::Confirm(game_id) => update(VerifyStep::Confirm { game_id }).await,
        VerifyId::AllianceSelect => match cx.incoming.selected().first().map(String::as_str) {
            Some(NO_ALLIANCE) => update(VerifyStep::Alliance { choice: AllianceChoice::NoAlliance }).await,
            Some(OTHER_STATE) => update(VerifyStep::Alliance { choice: AllianceChoice::OtherState }).await,
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(cx, tag), "rank_question"),
            _ => cx.ephemeral("alliance-bad-tag", "bad_tag"),
        },
        VerifyId::AllianceNew => {
            let field = TextField {
                custom_id: TAG_FIELD,
                label: cx.text("alliance-modal-label"),
                placeholder: "FRO".to_owned(),
                min_length: 1,
                max_length: 8,
            };
            Reply::new(
                response::modal(&VerifyId::AllianceModal.format(), cx.text("alliance-modal-title"), field),
                "modal",
            )
        }
        VerifyId::Rank { tag, rank } => {
            update(VerifyStep::Alliance { choice: AllianceChoice::Join { tag, rank } }).await
        }
        VerifyId::Approve { tag, member, seat } => {
            // The button sits in the log channel, but anyone who can see it could press it.
            if !cx.incoming.is_moderator() {
                return Some(cx.ephemeral("moderator-only", "forbidden"));
            }
            update(VerifyStep::ApproveLeader { tag, member, seat }).await
        }
        VerifyId::Modal | VerifyId::AllianceModal => return None,
    })
}

/// Submitted verification forms; `None` for unknown ones.
pub(super) async fn modal(cx: &Inline<'_>, id: VerifyId) -> Option<Reply> {
    Some(match id {
        VerifyId::Modal => match cx.incoming.modal_value(GAME_ID_FIELD).and_then(parse_game_id) {
            Some(game_id) => queue(cx, VerifyStep::Lookup { game_id }, response::deferred(true)).await,
            None => cx.ephemeral("verify-bad-id", "bad_game_id"),
        },
        VerifyId::AllianceModal => match cx.incoming.modal_value(TAG_FIELD).map(str::trim) {
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(cx, tag), "rank_question"),
            _ => cx.ephemeral("alliance-bad-tag", "bad_tag"),
        },
        _ => return None,
    })
}

fn rank_buttons(cx: &Inline<'_>, tag: &str) -> InteractionResponse {
    let question = cx.text_with("rank-question", &[("tag", tag.to_owned())]);
    let buttons = Rank::ALL
        .iter()
        .rev()
        .map(|&rank| (VerifyId::Rank { tag: tag.to_owned(), rank }.format(), rank.as_str().to_owned()))
        .collect();
    response::update_with_buttons(question, buttons)
}

fn verify_modal(cx: &Inline<'_>) -> InteractionResponse {
    let field = TextField {
        custom_id: GAME_ID_FIELD,
        label: cx.text("verify-modal-label"),
        placeholder: cx.text("verify-modal-placeholder"),
        min_length: 1,
        max_length: 12,
    };
    response::modal(&VerifyId::Modal.format(), cx.text("verify-modal-title"), field)
}
