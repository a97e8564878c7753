//! The parsed Fluent bundles and message formatting with fallback.

use crate::locale::{DEFAULT_LOCALE, SHIPPED, match_code};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;

/// A shipped `.ftl` file that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    /// Fluent syntax errors, with the locale they are in.
    #[error("locale {locale}: {count} Fluent syntax error(s), first: {first}")]
    Syntax {
        /// The locale tag.
        locale: &'static str,
        /// How many errors the parser found.
        count: usize,
        /// The first error, for the log line.
        first: String,
    },
    /// A language tag that unic-langid rejects.
    #[error("locale {0}: invalid language tag")]
    Tag(&'static str),
}

/// All shipped languages, parsed once; cheap to share behind an `Arc`.
pub struct Catalog {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

impl Catalog {
    /// Parses every shipped locale.
    pub fn load() -> Result<Self, I18nError> {
        let mut bundles = Vec::with_capacity(SHIPPED.len());
        for locale in SHIPPED {
            let resource =
                FluentResource::try_new(locale.source.to_owned()).map_err(|(_, errors)| I18nError::Syntax {
                    locale: locale.tag,
                    count: errors.len(),
                    first: errors.first().map(|e| e.to_string()).unwrap_or_default(),
                })?;
            let lang = locale.tag.parse().map_err(|_| I18nError::Tag(locale.tag))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Isolation marks keep a Latin name or a number from reordering right-to-left
            // text; in left-to-right languages they would only be stray characters.
            bundle.set_use_isolating(locale.right_to_left());
            bundle.add_resource(resource).map_err(|errors| I18nError::Syntax {
                locale: locale.tag,
                count: errors.len(),
                first: errors.first().map(|e| e.to_string()).unwrap_or_default(),
            })?;
            bundles.push((locale.tag, bundle));
        }
        Ok(Self { bundles })
    }

    /// The shipped tag to answer in: the first candidate (Discord locale codes, most
    /// specific first) that matches a shipped language, else English.
    pub fn resolve<'a>(&self, candidates: impl IntoIterator<Item = Option<&'a str>>) -> &'static str {
        candidates.into_iter().flatten().find_map(match_code).unwrap_or(DEFAULT_LOCALE)
    }

    /// The tags of every shipped language, fallback first.
    pub fn tags(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.bundles.iter().map(|(tag, _)| *tag)
    }

    /// The ids of every message in one locale, sorted.
    pub fn message_ids(&self, tag: &str) -> Vec<String> {
        let Some(resource_source) = SHIPPED.iter().find(|l| l.tag == tag).map(|l| l.source) else {
            return Vec::new();
        };
        let Ok(resource) = FluentResource::try_new(resource_source.to_owned()) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = resource
            .entries()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        ids.sort();
        ids
    }

    /// A message without arguments.
    pub fn text(&self, tag: &str, id: &str) -> String {
        self.format(tag, id, None)
    }

    /// A message in `tag`, falling back to English, then to the id itself so a missing
    /// translation shows up in the reply rather than as an error.
    pub fn format(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> String {
        self.try_format(tag, id, args)
            .or_else(|| self.try_format(DEFAULT_LOCALE, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// [`Catalog::format`] with text arguments given as pairs. A count (up to 15 digits) is
    /// passed as a number, so plural selectors follow the language's rules; longer digit
    /// strings (Discord ids) stay text, which a float would round.
    pub fn format_with(&self, tag: &str, id: &str, args: &[(&str, String)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let count = (1..=15).contains(&value.len()) && value.bytes().all(|b| b.is_ascii_digit());
            match value.parse::<u64>() {
                Ok(number) if count => fluent.set(*name, FluentValue::from(number)),
                _ => fluent.set(*name, value.clone()),
            }
        }
        self.format(tag, id, Some(&fluent))
    }

    /// A message in exactly `tag`, if that locale has it.
    pub fn try_format(&self, tag: &str, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(t, _)| *t == tag)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text: Cow<'_, str> = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::load().expect("shipped locales parse")
    }

    #[test]
    fn every_locale_has_every_key() {
        let catalog = catalog();
        let english = catalog.message_ids(DEFAULT_LOCALE);
        assert!(english.len() >= 5, "English catalog looks empty: {english:?}");
        for tag in catalog.tags() {
            assert_eq!(catalog.message_ids(tag), english, "locale {tag} differs from en");
        }
        assert!(catalog.tags().count() >= 2, "ship English and at least one translation");
    }

    #[test]
    fn every_message_formats_in_every_locale() {
        let catalog = catalog();
        // Every variable any message uses, read from the sources themselves.
        let mut args = FluentArgs::new();
        for source in crate::SHIPPED.iter().map(|l| l.source) {
            for (at, _) in source.match_indices('$') {
                let name: String =
                    source[at + 1..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-').collect();
                args.set(name, "x");
            }
        }
        for tag in catalog.tags() {
            for id in catalog.message_ids(tag) {
                let text = catalog.try_format(tag, &id, Some(&args));
                assert!(text.is_some_and(|t| !t.trim().is_empty()), "{tag}/{id} does not format");
            }
        }
    }

    /// The variables a message uses (in selectors and every variant too), per message id, in one locale.
    fn variables(tag: &str) -> std::collections::BTreeMap<String, Vec<String>> {
        use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
        fn inline(expression: &InlineExpression<&str>, into: &mut Vec<String>) {
            match expression {
                InlineExpression::VariableReference { id } => into.push(id.name.to_owned()),
                InlineExpression::Placeable { expression } => walk(expression, into),
                _ => {}
            }
        }
        fn walk(expression: &Expression<&str>, into: &mut Vec<String>) {
            match expression {
                Expression::Inline(expression) => inline(expression, into),
                Expression::Select { selector, variants } => {
                    inline(selector, into);
                    variants.iter().for_each(|v| pattern(&v.value, into));
                }
            }
        }
        fn pattern(p: &Pattern<&str>, into: &mut Vec<String>) {
            for element in &p.elements {
                if let PatternElement::Placeable { expression } = element {
                    walk(expression, into);
                }
            }
        }
        let source = crate::SHIPPED.iter().find(|l| l.tag == tag).unwrap().source;
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut map = std::collections::BTreeMap::new();
        for entry in resource.body {
            let Entry::Message(message) = entry else { continue };
            let mut vars = Vec::new();
            if let Some(value) = &message.value {
                pattern(value, &mut vars);
            }
            vars.sort();
            vars.dedup();
            map.insert(message.id.name.to_owned(), vars);
        }
        map
    }

    #[test]
    fn counts_select_plurals_and_ids_stay_exact() {
        let catalog = catalog();
        let one = catalog.format_with("en", "privacy-erased", &[("count", "1".into())]);
        let many = catalog.format_with("en", "privacy-erased", &[("count", "12".into())]);
        assert!(
            one.contains("one record about you was") && many.contains("12 records about you were"),
            "{one} / {many}"
        );
        let id = "900000000000000101";
        let verified = catalog.format_with("en", "verify-unknown-player", &[("id", id.into())]);
        assert!(verified.contains(id), "{verified}");
    }

    #[test]
    fn right_to_left_text_isolates_names_and_numbers_and_plurals_follow_each_language() {
        let catalog = catalog();
        let arabic = catalog.format_with(
            "ar",
            "log-verified",
            &[("user", "Frost".into()), ("nickname", "Bear".into()), ("id", "123".into()), ("state", "245".into())],
        );
        assert!(arabic.contains("\u{2068}Frost\u{2069}"), "{arabic}");
        let english = catalog.format_with(
            "en",
            "log-verified",
            &[("user", "Frost".into()), ("nickname", "Bear".into()), ("id", "123".into()), ("state", "245".into())],
        );
        assert!(!english.contains('\u{2068}'), "{english}");
    }

    #[test]
    fn translations_use_the_same_variables_as_english() {
        let english = variables(DEFAULT_LOCALE);
        for locale in crate::SHIPPED {
            assert_eq!(variables(locale.tag), english, "{} uses other variables than en", locale.tag);
        }
    }

    #[test]
    fn resolves_user_then_guild_then_english() {
        let catalog = catalog();
        assert_eq!(catalog.resolve([Some("it"), Some("en-US")]), "it");
        assert_eq!(catalog.resolve([Some("pt-BR"), Some("it")]), "it");
        assert_eq!(catalog.resolve([Some("nl"), None]), "en");
        assert_eq!(catalog.resolve([Some("zh-TW"), Some("it")]), "zh");
        assert_eq!(catalog.resolve([Some("es-419"), None]), "es");
        assert_eq!(catalog.resolve([None, None]), "en");
    }

    #[test]
    fn formats_arguments_and_falls_back() {
        let catalog = catalog();
        let mut args = FluentArgs::new();
        args.set("guild", "Frost");
        args.set("members", 12);
        args.set("online", 3);
        args.set("verified", 2);
        let text = catalog.format("it", "stats-summary", Some(&args));
        assert!(text.contains("Frost") && text.contains("Membri: 12") && text.contains("Online ora: 3"), "{text}");
        assert_eq!(catalog.text("xx", "guild-only"), catalog.text("en", "guild-only"));
        assert_eq!(catalog.text("it", "no-such-message"), "no-such-message");
    }
}
