//! The inline half of verification: which command, button or form becomes which job,
//! modal or question, within Discord's 3 s.

use super::ids::{GAME_ID_FIELD, MAX_NAME, NAME_FIELD, STATE_FIELD, VerifyId, parse_game_id, parse_name, parse_state};
use super::steps::{SetupChanges, VerifyStep};
use crate::router::{Inline, Reply};
use dwos_core::furnace::declarable_levels;
use dwos_core::permissions::is_elevated;
use dwos_core::{ChannelId, JobKind, UserId};
use dwos_discord::response::{self, TextField};
use twilight_model::http::interaction::InteractionResponse;

async fn queue(cx: &Inline<'_>, step: VerifyStep, ack: InteractionResponse) -> Reply {
    cx.defer(JobKind::Verify, &step, ack).await
}

/// `/verify`, `/reverify`, `/setup`, `/unlink`.
pub(super) async fn command(cx: &Inline<'_>, name: &str) -> Reply {
    let incoming = cx.incoming;
    match name {
        "verify" => Reply::new(verify_modal(cx, None), "modal"),
        "reverify" => queue(cx, VerifyStep::Refresh, response::deferred(true)).await,
        "setup" => {
            let role = incoming.option_role("role");
            if let Some(refusal) = role.and_then(|role| refuse_role(cx, role)) {
                return refusal;
            }
            let home_state = match incoming.option_int("home_state") {
                None => None,
                Some(n) => match u32::try_from(n).ok().and_then(|n| parse_state(&n.to_string())) {
                    Some(state) => Some(state),
                    None => return cx.ephemeral("verify-bad-state", "bad_state"),
                },
            };
            let test_player = match incoming.option_int("test_player") {
                None => None,
                Some(n) => match u64::try_from(n).ok().filter(|&n| n > 0) {
                    Some(fid) => Some(dwos_core::model::GameId(fid)),
                    None => return cx.ephemeral("verify-bad-id", "bad_id"),
                },
            };
            let changes = SetupChanges {
                home_state,
                role: role.map(|r| r.id),
                log_channel: incoming.option_id("log_channel").map(ChannelId),
                language: incoming.option_str("language").map(str::to_owned),
                giftcode_channel: incoming.option_id("giftcode_channel").map(ChannelId),
                test_player,
                stats: incoming.option_bool("stats").unwrap_or(false),
            };
            let step = VerifyStep::Setup { by_admin: incoming.is_admin(), changes };
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
        VerifyId::Start(state) => Reply::new(verify_modal(cx, state), "modal"),
        VerifyId::Furnace => {
            // Only the levels DWOS offers: a forged value is no level at all.
            let level = cx.incoming.selected().first().and_then(|v| v.parse::<u32>().ok());
            match level.filter(|l| declarable_levels().contains(l)) {
                Some(level) => update(VerifyStep::Furnace { level: Some(level) }).await,
                None => cx.ephemeral("unknown-interaction", "unknown"),
            }
        }
        VerifyId::FurnaceSkip => update(VerifyStep::Furnace { level: None }).await,
        VerifyId::Modal => return None,
    })
}

/// Submitted verification forms; `None` for unknown ones.
pub(super) async fn modal(cx: &Inline<'_>, id: VerifyId) -> Option<Reply> {
    Some(match id {
        VerifyId::Modal => {
            let incoming = cx.incoming;
            let Some(game_id) = incoming.modal_value(GAME_ID_FIELD).and_then(parse_game_id) else {
                return Some(cx.ephemeral("verify-bad-id", "bad_game_id"));
            };
            // Empty: the guild's home state, which the worker knows.
            let state = match incoming.modal_value(STATE_FIELD).map(str::trim).filter(|s| !s.is_empty()) {
                None => None,
                Some(text) => match parse_state(text) {
                    Some(state) => Some(state),
                    None => return Some(cx.ephemeral("verify-bad-state", "bad_state")),
                },
            };
            let Some(name) = incoming.modal_value(NAME_FIELD).and_then(parse_name) else {
                return Some(cx.ephemeral("verify-bad-name", "bad_name"));
            };
            queue(cx, VerifyStep::Lookup { game_id, state, name }, response::deferred(true)).await
        }
        _ => return None,
    })
}

/// The verification form: game id, state (pre-filled when known), in-game name.
fn verify_modal(cx: &Inline<'_>, state: Option<u32>) -> InteractionResponse {
    let field = |custom_id, label: &str, placeholder: &str, min_length, max_length| TextField {
        custom_id,
        label: cx.text(label),
        placeholder: cx.text(placeholder),
        min_length,
        max_length,
    };
    let fields = vec![
        (field(GAME_ID_FIELD, "verify-modal-label", "verify-modal-placeholder", 1, 12), None, true),
        (
            field(STATE_FIELD, "verify-state-label", "verify-state-placeholder", 0, 4),
            state.map(|s| s.to_string()),
            false,
        ),
        (field(NAME_FIELD, "verify-name-label", "verify-name-placeholder", 1, MAX_NAME as u16), None, true),
    ];
    response::form(&VerifyId::Modal.format(), cx.text("verify-modal-title"), fields)
}
