//! Every user-facing string DWOS sends, as Fluent messages in every shipped language.
//!
//! The `.ftl` files are compiled into the binary, so a Lambda needs no files at run
//! time. A locale resolves from the user's Discord locale, then the guild's, then English.

mod catalog;
mod locale;

pub use catalog::{Catalog, I18nError};
pub use fluent_bundle::{FluentArgs, FluentValue};
pub use locale::{DEFAULT_LOCALE, LANGUAGES, Locale, SHIPPED};
