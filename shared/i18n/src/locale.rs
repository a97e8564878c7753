//! Which of DWOS's languages answers a given Discord locale.

/// A shipped language, with its Fluent source and the Discord locale codes it serves.
#[derive(Debug)]
pub struct Locale {
    /// The language tag DWOS uses (`en`, `it`, …), also the folder under `locales/`.
    pub tag: &'static str,
    /// Discord's locale codes for this language (empty where Discord has none).
    pub discord_codes: &'static [&'static str],
    pub(crate) source: &'static str,
}

/// Every shipped language; the first is the fallback.
pub const SHIPPED: &[Locale] = &[
    Locale { tag: "en", discord_codes: &["en-US", "en-GB"], source: include_str!("../locales/en/dwos.ftl") },
    Locale { tag: "it", discord_codes: &["it"], source: include_str!("../locales/it/dwos.ftl") },
    Locale { tag: "ko", discord_codes: &["ko"], source: include_str!("../locales/ko/dwos.ftl") },
    Locale { tag: "zh", discord_codes: &["zh-CN", "zh-TW"], source: include_str!("../locales/zh/dwos.ftl") },
    Locale { tag: "ja", discord_codes: &["ja"], source: include_str!("../locales/ja/dwos.ftl") },
    // Discord has no Arabic client locale: members pick it with /language.
    Locale { tag: "ar", discord_codes: &[], source: include_str!("../locales/ar/dwos.ftl") },
    Locale { tag: "es", discord_codes: &["es-ES", "es-419"], source: include_str!("../locales/es/dwos.ftl") },
    Locale { tag: "de", discord_codes: &["de"], source: include_str!("../locales/de/dwos.ftl") },
    Locale { tag: "fr", discord_codes: &["fr"], source: include_str!("../locales/fr/dwos.ftl") },
    Locale { tag: "ru", discord_codes: &["ru"], source: include_str!("../locales/ru/dwos.ftl") },
    Locale { tag: "uk", discord_codes: &["uk"], source: include_str!("../locales/uk/dwos.ftl") },
];

impl Locale {
    /// Whether the language is written right to left.
    pub fn right_to_left(&self) -> bool {
        self.tag == "ar"
    }
}

/// Every shipped language by its own name, as offered in `/language` and `/setup`.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("English", "en"),
    ("Italiano", "it"),
    ("한국어", "ko"),
    ("中文", "zh"),
    ("日本語", "ja"),
    ("العربية", "ar"),
    ("Español", "es"),
    ("Deutsch", "de"),
    ("Français", "fr"),
    ("Русский", "ru"),
    ("Українська", "uk"),
];

/// The language used when nothing better matches.
pub const DEFAULT_LOCALE: &str = "en";

/// The shipped tag for a Discord locale code: exact code, then its language part
/// (`zh-TW` finds `zh`, `pt-BR` finds `pt`), or `None`.
pub(crate) fn match_code(code: &str) -> Option<&'static str> {
    let code = code.trim();
    if code.is_empty() {
        return None;
    }
    let language = code.split(['-', '_']).next().unwrap_or(code);
    SHIPPED
        .iter()
        .find(|l| l.tag.eq_ignore_ascii_case(code) || l.discord_codes.iter().any(|c| c.eq_ignore_ascii_case(code)))
        .or_else(|| SHIPPED.iter().find(|l| l.tag.eq_ignore_ascii_case(language)))
        .map(|l| l.tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_language_is_offered_once() {
        let offered: Vec<&str> = LANGUAGES.iter().map(|(_, tag)| *tag).collect();
        let shipped: Vec<&str> = SHIPPED.iter().map(|l| l.tag).collect();
        assert_eq!(offered, shipped);
    }

    #[test]
    fn matches_exact_codes_then_language() {
        assert_eq!(match_code("it"), Some("it"));
        assert_eq!(match_code("en-GB"), Some("en"));
        assert_eq!(match_code("en-AU"), Some("en"));
        assert_eq!(match_code("IT"), Some("it"));
        assert_eq!(match_code("xx-YY"), None);
        assert_eq!(match_code(""), None);
    }
}
