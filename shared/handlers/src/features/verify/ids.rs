//! The custom ids of verification's buttons, menus and modals, as one typed enum: every id
//! DWOS formats parses back to the same value, and anything else is unknown.

use dwos_core::model::GameId;

/// The prefix every verification id starts with (the router dispatches on it).
pub const PREFIX: &str = "verify";

/// A verification component or modal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyId {
    /// The panel's "Verify" button (and "Try again"), pre-filling this state number.
    Start(Option<u32>),
    /// The verification form (id, state, name).
    Modal,
    /// The furnace level select after linking.
    Furnace,
    /// "Skip" instead of a furnace level.
    FurnaceSkip,
}

impl VerifyId {
    /// The custom id Discord carries, at most 100 characters.
    pub fn format(&self) -> String {
        match self {
            VerifyId::Start(None) => format!("{PREFIX}:start"),
            VerifyId::Start(Some(state)) => format!("{PREFIX}:start:{state}"),
            VerifyId::Modal => format!("{PREFIX}:modal"),
            VerifyId::Furnace => format!("{PREFIX}:furnace"),
            VerifyId::FurnaceSkip => format!("{PREFIX}:furnace-skip"),
        }
    }

    /// Reads a custom id; `None` for anything DWOS did not format (old or forged ids).
    pub fn parse(custom_id: &str) -> Option<Self> {
        let rest = custom_id.strip_prefix(PREFIX)?.strip_prefix(':')?;
        let mut parts = rest.split(':');
        let id = match (parts.next()?, parts.next(), parts.next()) {
            ("start", None, None) => VerifyId::Start(None),
            ("start", Some(state), None) => VerifyId::Start(Some(parse_state(state)?)),
            ("modal", None, None) => VerifyId::Modal,
            ("furnace", None, None) => VerifyId::Furnace,
            ("furnace-skip", None, None) => VerifyId::FurnaceSkip,
            _ => return None,
        };
        parts.next().is_none().then_some(id)
    }
}

/// A game id as typed: digits only, at most 12 of them.
pub fn parse_game_id(text: &str) -> Option<GameId> {
    let digits = text.trim();
    let valid = (1..=12).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten().filter(|id| *id > 0).map(GameId)
}

/// The highest state number DWOS accepts (the game had about 1,500 states by late 2026).
pub const MAX_STATE: u32 = 9_999;
/// The longest in-game name DWOS stores.
pub const MAX_NAME: usize = 24;

/// A state number as typed: digits only, 1 to [`MAX_STATE`].
pub fn parse_state(text: &str) -> Option<u32> {
    let digits = text.trim();
    let valid = (1..=4).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| digits.parse().ok()).flatten().filter(|state| (1..=MAX_STATE).contains(state))
}

/// An in-game name as typed (see [`dwos_core::text::plain`]): shown in replies and log lines.
pub fn parse_name(text: &str) -> Option<String> {
    dwos_core::text::plain(text, MAX_NAME)
}

/// The alliance select's "no alliance" value, as the alliance feature reads it.
pub const NO_ALLIANCE: &str = "-none";
/// The alliance select's "another state" value, as the alliance feature reads it.
pub const OTHER_STATE: &str = "-os";
/// The verification form's game-id field.
pub const GAME_ID_FIELD: &str = "game_id";
/// The verification form's state field.
pub const STATE_FIELD: &str = "state";
/// The verification form's in-game name field.
pub const NAME_FIELD: &str = "name";

#[cfg(test)]
mod tests {
    use super::*;

    fn every_kind() -> Vec<VerifyId> {
        vec![
            VerifyId::Start(None),
            VerifyId::Start(Some(245)),
            VerifyId::Modal,
            VerifyId::Furnace,
            VerifyId::FurnaceSkip,
        ]
    }

    #[test]
    fn every_id_round_trips_and_fits_discords_limit() {
        for id in every_kind() {
            let text = id.format();
            assert!(text.len() <= 100, "{text}");
            assert_eq!(VerifyId::parse(&text), Some(id), "{text}");
        }
        // The panels the first release posted still open the form.
        assert_eq!(VerifyId::parse("verify:start"), Some(VerifyId::Start(None)));
    }

    #[test]
    fn unknown_or_forged_ids_are_none() {
        for bad in [
            "",
            "verify",
            "verify:",
            "verify:nope",
            "verify:start:extra",
            "verify:start:0",
            "verify:start:10000",
            "verify:start:245:1",
            "verify:confirm:555",
            "verify:reject",
            "verify:alliance",
            "verify:approve:FRO:42:1",
            "verify:rank:FRO:R5",
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
    fn states_and_names_are_checked_as_typed() {
        assert_eq!(parse_state(" 245 "), Some(245));
        for bad in ["", "0", "10000", "+5", "2 45", "x"] {
            assert_eq!(parse_state(bad), None, "{bad:?}");
        }
        assert_eq!(parse_name("  Frost Bear ").as_deref(), Some("Frost Bear"));
        assert_eq!(parse_name("雪熊").as_deref(), Some("雪熊"));
        for bad in [
            "",
            "   ",
            "@everyone",
            "<@1>",
            "a\nb",
            "**bold**",
            "[gems](https://x.io)",
            "back\\",
            "a\u{202E}b",
            &"x".repeat(25),
        ] {
            assert_eq!(parse_name(bad), None, "{bad:?}");
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
