//! How domain values read in messages, shared by the features that show them.

use dwos_core::FurnaceLevel;
use dwos_i18n::Catalog;

/// A furnace level as the game shows it, with "Level N" localized below 31.
pub fn furnace_shown(catalog: &Catalog, locale: &str, level: u32) -> String {
    match FurnaceLevel::from_raw(level) {
        FurnaceLevel::Plain(level) => catalog.format_with(locale, "furnace-level", &[("level", level.to_string())]),
        shown => shown.to_string(),
    }
}
