//! The custom ids of verification's buttons, menus and modals, as one typed enum: every id
//! DWOS formats parses back to the same value, and anything else is unknown.

use dwos_core::UserId;
use dwos_core::model::{GameId, Rank, valid_alliance_tag};

/// The prefix every verification id starts with (the router dispatches on it).
pub const PREFIX: &str = "verify";

/// A verification component or modal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyId {
    /// The panel's "Verify" button.
    Start,
    /// The game-id modal.
    Modal,
    /// "This is me" for a looked-up player.
    Confirm(GameId),
    /// "Not me".
    Reject,
    /// The alliance select menu.
    AllianceSelect,
    /// "My alliance isn't listed".
    AllianceNew,
    /// The new-alliance modal.
    AllianceModal,
    /// A rank button for an alliance.
    Rank {
        /// The alliance tag.
        tag: String,
        /// The rank claimed.
        rank: Rank,
    },
    /// A moderator's approval of an R5 claim.
    Approve {
        /// The alliance tag.
        tag: String,
        /// Who claimed R5.
        member: UserId,
        /// The seat's version when the claim was made: a later change voids the button
        /// (`None` on buttons posted before seats had versions).
        seat: Option<u64>,
    },
}

impl VerifyId {
    /// The custom id Discord carries, at most 100 characters.
    pub fn format(&self) -> String {
        match self {
            VerifyId::Start => format!("{PREFIX}:start"),
            VerifyId::Modal => format!("{PREFIX}:modal"),
            VerifyId::Confirm(game_id) => format!("{PREFIX}:confirm:{game_id}"),
            VerifyId::Reject => format!("{PREFIX}:reject"),
            VerifyId::AllianceSelect => format!("{PREFIX}:alliance"),
            VerifyId::AllianceNew => format!("{PREFIX}:alliance-new"),
            VerifyId::AllianceModal => format!("{PREFIX}:alliance-modal"),
            VerifyId::Rank { tag, rank } => format!("{PREFIX}:rank:{tag}:{}", rank.as_str()),
            VerifyId::Approve { tag, member, seat: Some(seat) } => format!("{PREFIX}:approve:{tag}:{member}:{seat}"),
            VerifyId::Approve { tag, member, seat: None } => format!("{PREFIX}:approve:{tag}:{member}"),
        }
    }

    /// Reads a custom id; `None` for anything DWOS did not format (old or forged ids).
    pub fn parse(custom_id: &str) -> Option<Self> {
        let rest = custom_id.strip_prefix(PREFIX)?.strip_prefix(':')?;
        let mut parts = rest.split(':');
        let id = match (parts.next()?, parts.next(), parts.next()) {
            ("approve", Some(tag), Some(member)) if valid_alliance_tag(tag) => VerifyId::Approve {
                tag: tag.to_owned(),
                member: UserId(number(member).filter(|m| *m > 0)?),
                seat: match parts.next() {
                    Some(seat) => Some(number(seat)?),
                    None => None,
                },
            },
            ("start", None, None) => VerifyId::Start,
            ("modal", None, None) => VerifyId::Modal,
            ("reject", None, None) => VerifyId::Reject,
            ("alliance", None, None) => VerifyId::AllianceSelect,
            ("alliance-new", None, None) => VerifyId::AllianceNew,
            ("alliance-modal", None, None) => VerifyId::AllianceModal,
            ("confirm", Some(game_id), None) => VerifyId::Confirm(parse_game_id(game_id)?),
            ("rank", Some(tag), Some(rank)) if valid_alliance_tag(tag) => {
                VerifyId::Rank { tag: tag.to_owned(), rank: Rank::parse(rank)? }
            }
            _ => return None,
        };
        parts.next().is_none().then_some(id)
    }
}

/// Digits only (`u64::from_str` would also take a leading `+`).
fn number(text: &str) -> Option<u64> {
    text.bytes().all(|b| b.is_ascii_digit()).then(|| text.parse().ok()).flatten()
}

/// A game id as typed: digits only, at most 12 of them.
pub fn parse_game_id(text: &str) -> Option<GameId> {
    let digits = text.trim();
    let valid = (1..=12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten().filter(|id| *id > 0).map(GameId)
}

/// The select menu's "no alliance" value (tags are alphanumeric, so it cannot clash).
pub const NO_ALLIANCE: &str = "-none";
/// The select menu's "another state" value.
pub const OTHER_STATE: &str = "-os";
/// The game-id modal's field.
pub const GAME_ID_FIELD: &str = "game_id";
/// The new-alliance modal's field.
pub const TAG_FIELD: &str = "tag";

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<VerifyId> {
        vec![
            VerifyId::Start,
            VerifyId::Modal,
            VerifyId::Confirm(GameId(12345678)),
            VerifyId::Reject,
            VerifyId::AllianceSelect,
            VerifyId::AllianceNew,
            VerifyId::AllianceModal,
            VerifyId::Rank { tag: "FRO".into(), rank: Rank::R5 },
            VerifyId::Approve { tag: "Ab1".into(), member: UserId(42), seat: Some(3) },
            VerifyId::Approve { tag: "Ab1".into(), member: UserId(42), seat: None },
        ]
    }

    #[test]
    fn every_id_round_trips_and_fits_discords_limit() {
        for id in every_kind() {
            let text = id.format();
            assert!(text.len() <= 100, "{text}");
            assert_eq!(VerifyId::parse(&text), Some(id), "{text}");
        }
        // The ids the first release put on buttons still parse.
        assert_eq!(VerifyId::parse("verify:confirm:555"), Some(VerifyId::Confirm(GameId(555))));
    }

    #[test]
    fn unknown_or_forged_ids_are_none() {
        for bad in [
            "",
            "verify",
            "verify:",
            "verify:nope",
            "verify:start:extra",
            "verify:confirm:abc",
            "verify:confirm:0",
            "verify:rank:FRO:R6",
            "verify:rank:F#O:R1",
            "verify:rank:FRO:R1:x",
            "verify:approve:FRO:-1:1",
            "verify:approve:FRO:+1:1",
            "verify:approve:FRO:42:x",
            "verify:approve:FRO:42:1:2",
            "other:start",
            "verifystart",
        ] {
            assert_eq!(VerifyId::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn game_ids_are_digits_only() {
        assert_eq!(parse_game_id(" 12345678 "), Some(GameId(12345678)));
        for bad in ["", "abc", "12 34", "-5", "0", "1234567890123", "１２３"] {
            assert_eq!(parse_game_id(bad), None, "{bad:?}");
        }
    }
}
