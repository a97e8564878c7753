//! Text members type that DWOS shows to others (names, titles): checked once, the same way
//! everywhere.

/// `text` trimmed, if it has 1 to `max` characters and none that Discord would render as a
/// mention, markup or a link around it, and no invisible or direction-changing characters
/// (which could reorder a moderator's log line).
pub fn plain(text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    let markup = |c: char| "@#`*_~|<>[]()\\:/".contains(c);
    let invisible =
        |c: char| matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}');
    let clean = text.chars().all(|c| !c.is_control() && !markup(c) && !invisible(c));
    ((1..=max).contains(&text.chars().count()) && clean).then(|| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_only() {
        assert_eq!(plain("  Frost Bear ", 24).as_deref(), Some("Frost Bear"));
        assert_eq!(plain("雪熊", 24).as_deref(), Some("雪熊"));
        for bad in ["", "   ", "@everyone", "<@1>", "a\nb", "**bold**", "[gems](https://x.io)", "back\\", "a\u{202E}b"]
        {
            assert_eq!(plain(bad, 24), None, "{bad:?}");
        }
        assert_eq!(plain(&"x".repeat(25), 24), None);
    }
}
