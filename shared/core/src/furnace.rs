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
}
