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

/// A short lower-case id from a number (an interaction's id names the record it created).
pub fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_base36() {
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert!(base36(u64::MAX).len() <= 13);
    }

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
