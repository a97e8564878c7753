//! Furnace levels as the game shows them: "Level 25", "30-2", "FC 5-2".

use std::fmt;

/// A raw `stove_lv`, read the way players read it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FurnaceLevel {
    /// 1–30: shown with the word "Level" (localized by the caller).
    Plain(u32),
    /// 31–34: "30-1" … "30-4".
    Thirty(u32),
    /// 35 and up: Fire Crystal tiers of five, "FC 1", "FC 1-1" … "FC 1-4", "FC 2" …
    FireCrystal {
        /// The FC tier, from 1.
        tier: u32,
        /// The step inside the tier, 0–4.
        step: u32,
    },
}

impl FurnaceLevel {
    /// Reads a raw furnace level.
    pub fn from_raw(level: u32) -> Self {
        match level {
            0..=30 => FurnaceLevel::Plain(level),
            31..=34 => FurnaceLevel::Thirty(level - 30),
            _ => FurnaceLevel::FireCrystal { tier: (level - 35) / 5 + 1, step: (level - 35) % 5 },
        }
    }
}

/// The raw levels a member can declare from one select menu (Discord allows 25 options): 16–30,
/// then each Fire Crystal tier FC 1 … FC 10 (below 16 a member skips the question).
pub fn declarable_levels() -> Vec<u32> {
    (16..=30).chain((0..10).map(|tier| 35 + 5 * tier)).collect()
}

/// The game's own notation; `Plain` levels print as the bare number.
impl fmt::Display for FurnaceLevel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FurnaceLevel::Plain(level) => write!(f, "{level}"),
            FurnaceLevel::Thirty(step) => write!(f, "30-{step}"),
            FurnaceLevel::FireCrystal { tier, step: 0 } => write!(f, "FC {tier}"),
            FurnaceLevel::FireCrystal { tier, step } => write!(f, "FC {tier}-{step}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_levels_like_the_game() {
        let shown = |raw| FurnaceLevel::from_raw(raw).to_string();
        assert_eq!(FurnaceLevel::from_raw(25), FurnaceLevel::Plain(25));
        assert_eq!(shown(30), "30");
        assert_eq!(shown(31), "30-1");
        assert_eq!(shown(34), "30-4");
        assert_eq!(shown(35), "FC 1");
        assert_eq!(shown(36), "FC 1-1");
        assert_eq!(shown(39), "FC 1-4");
        assert_eq!(shown(40), "FC 2");
        assert_eq!(shown(57), "FC 5-2");
        assert_eq!(shown(80), "FC 10");
        assert_eq!(shown(84), "FC 10-4");
    }

    #[test]
    fn one_select_menu_holds_the_declarable_levels() {
        let levels = declarable_levels();
        assert_eq!(levels.len(), 25);
        let shown: Vec<String> = levels.iter().map(|l| FurnaceLevel::from_raw(*l).to_string()).collect();
        assert_eq!((shown[0].as_str(), shown[14].as_str(), shown[15].as_str()), ("16", "30", "FC 1"));
        assert_eq!(shown.last().map(String::as_str), Some("FC 10"));
    }
}
