//! The inline half of verification: which command, button or form becomes which job,
//! modal or question. The slow half is the verify worker (`verify.rs`).

use crate::http::AppState;
use crate::interactions::{Job, Reply, defer, ephemeral};
use dwos_core::model::{GameId, Rank, valid_alliance_tag};
use dwos_core::{AllianceChoice, ChannelId, RoleId, UserId, VerifyStep};
use dwos_discord::response::TextField;
use dwos_discord::{CommandName, Incoming, response};
use twilight_model::http::interaction::InteractionResponse;

/// The verification commands; `None` for commands this module does not own.
pub(crate) async fn command(
    state: &AppState,
    incoming: &Incoming,
    command: CommandName,
    locale: &str,
) -> Option<Reply> {
    let queued = |step| defer(state, incoming, Job::verify(step), response::deferred(true), locale);
    Some(match command {
        CommandName::Verify => Reply::new(verify_modal(state, locale), "modal"),
        CommandName::Reverify => queued(VerifyStep::Refresh).await,
        CommandName::Setup => {
            queued(VerifyStep::Setup {
                role: incoming.option_id("role").map(RoleId),
                log_channel: incoming.option_id("log_channel").map(ChannelId),
                language: incoming.option_str("language").map(str::to_owned),
            })
            .await
        }
        CommandName::Unlink => queued(VerifyStep::Unlink { member: UserId(incoming.option_id("member")?) }).await,
        CommandName::Help | CommandName::Privacy | CommandName::Stats => return None,
    })
}

/// Buttons and select menus of the verification flow; `None` for unknown ones.
pub(crate) async fn component(state: &AppState, incoming: &Incoming, id: &str, locale: &str) -> Option<Reply> {
    let update = |step| defer(state, incoming, Job::verify(step), response::deferred_update(), locale);
    Some(match id {
        VERIFY_START => Reply::new(verify_modal(state, locale), "modal"),
        VERIFY_REJECT => {
            Reply::new(response::update_message(state.catalog.text(locale, "verify-rejected")), "verify_rejected")
        }
        ALLIANCE_SELECT => match incoming.selected().first().map(String::as_str) {
            Some(NO_ALLIANCE) => update(VerifyStep::Alliance { choice: AllianceChoice::NoAlliance }).await,
            Some(OTHER_STATE) => update(VerifyStep::Alliance { choice: AllianceChoice::OtherState }).await,
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(state, tag, locale), "rank_question"),
            _ => ephemeral(state, locale, "alliance-bad-tag", "bad_tag"),
        },
        ALLIANCE_NEW => {
            let field = TextField {
                custom_id: TAG_FIELD,
                label: state.catalog.text(locale, "alliance-modal-label"),
                placeholder: "FRO".to_owned(),
                min_length: 1,
                max_length: 8,
            };
            let title = state.catalog.text(locale, "alliance-modal-title");
            Reply::new(response::modal(ALLIANCE_MODAL, title, field), "modal")
        }
        _ if id.starts_with(VERIFY_CONFIRM) => {
            let game_id = id.strip_prefix(VERIFY_CONFIRM).and_then(parse_game_id)?;
            update(VerifyStep::Confirm { game_id }).await
        }
        _ if id.starts_with(RANK_PREFIX) => {
            let (tag, rank) = id.strip_prefix(RANK_PREFIX)?.split_once(':')?;
            let rank = Rank::parse(rank).filter(|_| valid_alliance_tag(tag))?;
            update(VerifyStep::Alliance { choice: AllianceChoice::Join { tag: tag.to_owned(), rank } }).await
        }
        _ if id.starts_with(APPROVE_PREFIX) => {
            if !incoming.is_moderator() {
                return Some(ephemeral(state, locale, "moderator-only", "forbidden"));
            }
            let (tag, member) = id.strip_prefix(APPROVE_PREFIX)?.split_once(':')?;
            let member = member.parse::<u64>().ok().filter(|_| valid_alliance_tag(tag))?;
            update(VerifyStep::ApproveLeader { tag: tag.to_owned(), member: UserId(member) }).await
        }
        _ => return None,
    })
}

/// Submitted verification forms; `None` for unknown ones.
pub(crate) async fn modal(state: &AppState, incoming: &Incoming, id: &str, locale: &str) -> Option<Reply> {
    Some(match id {
        VERIFY_MODAL => match incoming.modal_value(GAME_ID_FIELD).and_then(parse_game_id) {
            Some(game_id) => {
                let job = Job::verify(VerifyStep::Lookup { game_id });
                defer(state, incoming, job, response::deferred(true), locale).await
            }
            None => ephemeral(state, locale, "verify-bad-id", "bad_game_id"),
        },
        ALLIANCE_MODAL => match incoming.modal_value(TAG_FIELD).map(str::trim) {
            Some(tag) if valid_alliance_tag(tag) => Reply::new(rank_buttons(state, tag, locale), "rank_question"),
            _ => ephemeral(state, locale, "alliance-bad-tag", "bad_tag"),
        },
        _ => return None,
    })
}

/// The verification modal's custom id.
pub const VERIFY_MODAL: &str = "verify:modal";
/// The modal's game-id field.
pub const GAME_ID_FIELD: &str = "game_id";
/// Prefix of the "This is me" button's custom id; the game id follows.
pub const VERIFY_CONFIRM: &str = "verify:confirm:";
/// The alliance select menu shown after verification.
pub const ALLIANCE_SELECT: &str = "verify:alliance";
/// The select menu's "no alliance" value (tags are alphanumeric, so it cannot clash).
pub const NO_ALLIANCE: &str = "-none";
/// The select menu's "another state" value.
pub const OTHER_STATE: &str = "-os";
/// The "my alliance isn't listed" button.
pub const ALLIANCE_NEW: &str = "verify:alliance-new";
/// The new-alliance modal and its field.
pub const ALLIANCE_MODAL: &str = "verify:alliance-modal";
const TAG_FIELD: &str = "tag";
/// Prefix of rank buttons: `verify:rank:<tag>:<R1..R5>`.
pub const RANK_PREFIX: &str = "verify:rank:";
/// Prefix of the moderators' R5 approval button: `verify:approve:<tag>:<user>`.
pub const APPROVE_PREFIX: &str = "verify:approve:";

fn rank_buttons(state: &AppState, tag: &str, locale: &str) -> InteractionResponse {
    let question = state.catalog.format_with(locale, "rank-question", &[("tag", tag.to_owned())]);
    let buttons =
        Rank::ALL.iter().rev().map(|r| (format!("{RANK_PREFIX}{tag}:{}", r.as_str()), r.as_str().to_owned())).collect();
    response::update_with_buttons(question, buttons)
}

/// The verification panel's "Verify" button.
pub const VERIFY_START: &str = "verify:start";
/// The "Not me" button's custom id.
pub const VERIFY_REJECT: &str = "verify:reject";

/// A game id as typed: digits only, at most 12 of them.
pub fn parse_game_id(text: &str) -> Option<GameId> {
    let digits = text.trim();
    let valid = (1..=12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten().filter(|id| *id > 0).map(GameId)
}

fn verify_modal(state: &AppState, locale: &str) -> InteractionResponse {
    let field = TextField {
        custom_id: GAME_ID_FIELD,
        label: state.catalog.text(locale, "verify-modal-label"),
        placeholder: state.catalog.text(locale, "verify-modal-placeholder"),
        min_length: 1,
        max_length: 12,
    };
    response::modal(VERIFY_MODAL, state.catalog.text(locale, "verify-modal-title"), field)
}
