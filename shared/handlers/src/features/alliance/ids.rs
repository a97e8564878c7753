//! The custom ids of the alliance feature's buttons, menus and forms, as one typed enum: every
//! id DWOS formats parses back to the same value, and anything else is unknown.

use dwos_core::UserId;
use dwos_core::model::valid_alliance_tag;
use serde::{Deserialize, Serialize};

/// The prefix every alliance id starts with (the router dispatches on it).
pub const PREFIX: &str = "alliance";

/// The alliance select's "no alliance" value (tags are alphanumeric, so it cannot clash).
pub const NO_ALLIANCE: &str = "-none";
/// The alliance select's "another state" value.
pub const OTHER_STATE: &str = "-os";
/// The create form's tag field.
pub const TAG_FIELD: &str = "tag";
/// The create form's name field.
pub const NAME_FIELD: &str = "name";

/// How `/alliance roster` orders members.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RosterSort {
    /// R5 first, then by name.
    #[default]
    Rank,
    /// Highest declared furnace level first.
    Furnace,
    /// By in-game name.
    Name,
}

impl RosterSort {
    /// Its name in ids and options.
    pub fn as_str(self) -> &'static str {
        match self {
            RosterSort::Rank => "rank",
            RosterSort::Furnace => "furnace",
            RosterSort::Name => "name",
        }
    }

    /// Reads a sort name.
    pub fn parse(text: &str) -> Option<Self> {
        [RosterSort::Rank, RosterSort::Furnace, RosterSort::Name].into_iter().find(|s| s.as_str() == text)
    }
}

/// An alliance component or form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AllianceId {
    /// The alliance select (after verification, and `/alliance join`).
    Pick,
    /// "My alliance isn't listed": opens the create form.
    New,
    /// The create form.
    CreateForm,
    /// An officer's answer to a join request.
    Answer {
        /// The alliance.
        tag: String,
        /// Who asked.
        member: UserId,
        /// Let them in (`false`: refuse).
        approve: bool,
    },
    /// The R5's confirmation of a transfer, against the seat's version when asked.
    Transfer {
        /// The alliance.
        tag: String,
        /// The new R5.
        member: UserId,
        /// The seat's version when the R5 asked.
        seat: u64,
    },
    /// The R5's confirmation of a dissolution.
    Dissolve {
        /// The alliance.
        tag: String,
        /// Delete its channels too (`false`: keep their history).
        delete_channels: bool,
    },
    /// "Cancel" under a confirmation.
    Cancel,
    /// A roster page.
    Roster {
        /// The alliance.
        tag: String,
        /// The order.
        sort: RosterSort,
        /// The page, from 0.
        page: usize,
    },
}

impl AllianceId {
    /// The custom id Discord carries, at most 100 characters.
    pub fn format(&self) -> String {
        match self {
            AllianceId::Pick => format!("{PREFIX}:pick"),
            AllianceId::New => format!("{PREFIX}:new"),
            AllianceId::CreateForm => format!("{PREFIX}:create"),
            AllianceId::Answer { tag, member, approve } => {
                format!("{PREFIX}:{}:{tag}:{member}", if *approve { "approve" } else { "deny" })
            }
            AllianceId::Transfer { tag, member, seat } => format!("{PREFIX}:transfer:{tag}:{member}:{seat}"),
            AllianceId::Dissolve { tag, delete_channels } => {
                format!("{PREFIX}:dissolve:{tag}:{}", if *delete_channels { "delete" } else { "keep" })
            }
            AllianceId::Cancel => format!("{PREFIX}:cancel"),
            AllianceId::Roster { tag, sort, page } => format!("{PREFIX}:roster:{tag}:{}:{page}", sort.as_str()),
        }
    }

    /// Reads a custom id; `None` for anything DWOS did not format (old or forged ids).
    pub fn parse(custom_id: &str) -> Option<Self> {
        let rest = custom_id.strip_prefix(PREFIX)?.strip_prefix(':')?;
        let parts: Vec<&str> = rest.split(':').collect();
        let tag = |text: &str| valid_alliance_tag(text).then(|| text.to_owned());
        let user = |text: &str| number(text).filter(|n| *n > 0).map(UserId);
        Some(match parts.as_slice() {
            ["pick"] => AllianceId::Pick,
            ["new"] => AllianceId::New,
            ["create"] => AllianceId::CreateForm,
            ["cancel"] => AllianceId::Cancel,
            [verb @ ("approve" | "deny"), t, m] => {
                AllianceId::Answer { tag: tag(t)?, member: user(m)?, approve: *verb == "approve" }
            }
            ["transfer", t, m, seat] => AllianceId::Transfer { tag: tag(t)?, member: user(m)?, seat: number(seat)? },
            ["dissolve", t, choice @ ("delete" | "keep")] => {
                AllianceId::Dissolve { tag: tag(t)?, delete_channels: *choice == "delete" }
            }
            ["roster", t, sort, page] => AllianceId::Roster {
                tag: tag(t)?,
                sort: RosterSort::parse(sort)?,
                page: usize::try_from(number(page)?).ok().filter(|p| *p < 1_000)?,
            },
            _ => return None,
        })
    }
}

/// Digits only (`u64::from_str` would also take a leading `+`).
fn number(text: &str) -> Option<u64> {
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_round_trips_and_fits_discords_limit() {
        for id in [
            AllianceId::Pick,
            AllianceId::New,
            AllianceId::CreateForm,
            AllianceId::Cancel,
            AllianceId::Answer { tag: "FRO".into(), member: UserId(u64::MAX), approve: true },
            AllianceId::Answer { tag: "ICE1".into(), member: UserId(7), approve: false },
            AllianceId::Transfer { tag: "ABCDEFGH".into(), member: UserId(u64::MAX), seat: u64::MAX },
            AllianceId::Dissolve { tag: "FRO".into(), delete_channels: true },
            AllianceId::Dissolve { tag: "FRO".into(), delete_channels: false },
            AllianceId::Roster { tag: "FRO".into(), sort: RosterSort::Furnace, page: 999 },
        ] {
            let text = id.format();
            assert!(text.len() <= 100, "{text}");
            assert_eq!(AllianceId::parse(&text), Some(id), "{text}");
        }
    }

    #[test]
    fn unknown_or_forged_ids_are_none() {
        for bad in [
            "",
            "alliance",
            "alliance:",
            "alliance:pick:x",
            "alliance:approve:FRO",
            "alliance:approve:F#O:1",
            "alliance:approve:FRO:0",
            "alliance:approve:FRO:+1",
            "alliance:transfer:FRO:1",
            "alliance:transfer:FRO:1:x",
            "alliance:dissolve:FRO:maybe",
            "alliance:roster:FRO:age:0",
            "alliance:roster:FRO:rank:1000",
            "verify:pick",
        ] {
            assert_eq!(AllianceId::parse(bad), None, "{bad:?}");
        }
    }
}
