//! Inline answers of `/alliance` and its components: options checked as far as they can be
//! alone, the rest (every rank rule) queued for the worker, which reads the ranks.

use super::ids::{AllianceId, NAME_FIELD, NO_ALLIANCE, OTHER_STATE, RosterSort, TAG_FIELD};
use super::steps::{AllianceStep, Pick};
use crate::router::{Inline, Reply};
use dwos_core::model::{Rank, valid_alliance_tag, valid_new_alliance_tag};
use dwos_core::{JobKind, UserId};
use dwos_discord::response::{self, TextField};
use twilight_model::http::interaction::InteractionResponse;

/// The longest alliance name DWOS stores.
const MAX_NAME: usize = 32;

async fn queue(cx: &Inline<'_>, step: AllianceStep, ack: InteractionResponse) -> Reply {
    cx.defer(JobKind::Alliance, &step, ack).await
}

/// A tag and name as typed for a new alliance, or the message that says what is wrong.
fn new_alliance(tag: Option<&str>, name: Option<&str>) -> Result<(String, String), &'static str> {
    let tag = tag.map(str::trim).filter(|t| valid_new_alliance_tag(t)).ok_or("alliance-bad-tag")?;
    let name = name.and_then(|n| dwos_core::text::plain(n, MAX_NAME)).ok_or("alliance-bad-name")?;
    Ok((tag.to_owned(), name))
}

/// `/alliance <subcommand>`.
pub(super) async fn command(cx: &Inline<'_>) -> Reply {
    let incoming = cx.incoming;
    let member = || incoming.option_id("member").filter(|id| *id > 0).map(UserId);
    let step = match incoming.subcommand() {
        Some("create") => match new_alliance(incoming.option_str("tag"), incoming.option_str("name")) {
            Ok((tag, name)) => AllianceStep::Create { tag, name },
            Err(id) => return cx.ephemeral(id, "bad_option"),
        },
        Some("join") => AllianceStep::JoinMenu,
        Some("leave") => AllianceStep::Leave,
        Some("dissolve") => AllianceStep::DissolveAsk,
        Some("kick") => match member() {
            Some(member) => AllianceStep::Kick { member },
            None => return cx.ephemeral("unknown-interaction", "bad_option"),
        },
        Some("transfer") => match member() {
            Some(member) => AllianceStep::TransferAsk { member },
            None => return cx.ephemeral("unknown-interaction", "bad_option"),
        },
        Some("rank") => {
            // R5 changes hands only by a transfer; a forged R5 is no rank at all.
            let rank = incoming.option_str("rank").and_then(Rank::parse).filter(|r| *r != Rank::R5);
            match (member(), rank) {
                (Some(member), Some(rank)) => AllianceStep::SetRank { member, rank },
                _ => return cx.ephemeral("alliance-rank-too-high", "bad_option"),
            }
        }
        Some(view @ ("info" | "roster")) => {
            let tag = match incoming.option_str("tag").map(str::trim) {
                None => None,
                Some(tag) if valid_alliance_tag(tag) => Some(tag.to_owned()),
                Some(_) => return cx.ephemeral("alliance-bad-tag", "bad_option"),
            };
            if view == "info" {
                AllianceStep::Info { tag }
            } else {
                let sort = incoming.option_str("sort").and_then(RosterSort::parse).unwrap_or_default();
                AllianceStep::Roster { tag, sort, page: 0 }
            }
        }
        _ => return cx.ephemeral("unknown-interaction", "unknown"),
    };
    queue(cx, step, response::deferred(true)).await
}

/// The create form: tag and name.
fn create_form(cx: &Inline<'_>) -> InteractionResponse {
    let tag = TextField {
        custom_id: TAG_FIELD,
        label: cx.text("alliance-form-tag"),
        placeholder: "FRO".to_owned(),
        min_length: 3,
        max_length: 4,
    };
    let name = TextField {
        custom_id: NAME_FIELD,
        label: cx.text("alliance-form-name"),
        placeholder: "Frost Legion".to_owned(),
        min_length: 1,
        max_length: MAX_NAME as u16,
    };
    response::form(
        &AllianceId::CreateForm.format(),
        cx.text("alliance-form-title"),
        vec![(tag, None, true), (name, None, true)],
    )
}

/// Buttons and menus; `None` for ids that are not components.
pub(super) async fn component(cx: &Inline<'_>, id: AllianceId) -> Option<Reply> {
    let update = |step| queue(cx, step, response::deferred_update());
    Some(match id {
        AllianceId::Pick => {
            let pick = match cx.incoming.selected().first().map(String::as_str) {
                Some(NO_ALLIANCE) => Pick::NoAlliance,
                Some(OTHER_STATE) => Pick::OtherState,
                Some(tag) if valid_alliance_tag(tag) => Pick::Alliance { tag: tag.to_owned() },
                _ => return Some(cx.ephemeral("alliance-bad-tag", "bad_tag")),
            };
            update(AllianceStep::Pick { pick }).await
        }
        AllianceId::New => Reply::new(create_form(cx), "modal"),
        AllianceId::Answer { tag, member, approve } => {
            let by_moderator = cx.is_moderator().await;
            // A private reply to the presser: the request stays in the channel for the others.
            queue(cx, AllianceStep::Answer { tag, member, approve, by_moderator }, response::deferred(true)).await
        }
        AllianceId::Transfer { tag, member, seat } => update(AllianceStep::Transfer { tag, member, seat }).await,
        AllianceId::Dissolve { tag, delete_channels } => update(AllianceStep::Dissolve { tag, delete_channels }).await,
        AllianceId::Roster { tag, sort, page } => update(AllianceStep::Roster { tag: Some(tag), sort, page }).await,
        AllianceId::Cancel => Reply::new(response::update_message(cx.text("alliance-cancelled")), "cancelled"),
        AllianceId::CreateForm => return None,
    })
}

/// The submitted create form.
pub(super) async fn modal(cx: &Inline<'_>, id: AllianceId) -> Option<Reply> {
    if id != AllianceId::CreateForm {
        return None;
    }
    let incoming = cx.incoming;
    Some(match new_alliance(incoming.modal_value(TAG_FIELD), incoming.modal_value(NAME_FIELD)) {
        Ok((tag, name)) => queue(cx, AllianceStep::Create { tag, name }, response::deferred_update()).await,
        Err(message) => cx.ephemeral(message, "bad_option"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_alliances_need_a_short_tag_and_a_plain_name() {
        assert_eq!(new_alliance(Some(" FRO "), Some(" Frost Legion ")), Ok(("FRO".into(), "Frost Legion".into())));
        assert_eq!(new_alliance(Some("ab12"), Some("x")), Ok(("ab12".into(), "x".into())));
        for tag in ["", "AB", "ABCDE", "F#O", "F O", "ÄBC"] {
            assert_eq!(new_alliance(Some(tag), Some("Frost")), Err("alliance-bad-tag"), "{tag:?}");
        }
        for name in ["", "@everyone", "<@1>", "**x**", &"x".repeat(33)] {
            assert_eq!(new_alliance(Some("FRO"), Some(name)), Err("alliance-bad-name"), "{name:?}");
        }
        assert_eq!(new_alliance(None, Some("Frost")), Err("alliance-bad-tag"));
    }
}
