//! Inline answers of `/giftcode` and its buttons: options checked, moderators checked
//! server-side, the slow part queued.

use super::steps::{GiftcodeStep, RedeemJob};
use crate::router::{Inline, Reply};
use dwos_core::JobKind;
use dwos_discord::response;

/// The custom-id prefix of the feature's buttons.
pub(super) const PREFIX: &str = "gift";

/// A code as the game takes it: trimmed, upper-case, 4–20 ASCII letters and digits.
pub fn normalize_code(raw: &str) -> Option<String> {
    let code = raw.trim().to_ascii_uppercase();
    ((4..=20).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(code)
}

/// Queues a redemption for the member who asked; the deferred ephemeral reply gets the outcome.
async fn redeem_for_me(cx: &Inline<'_>, code: String) -> Reply {
    let Some(user_id) = cx.incoming.user_id() else { return cx.ephemeral("guild-only", "guild_only") };
    let payload = RedeemJob { code, user_id, player: None, run: false, cooldowns: 0, searched: false, search: None };
    cx.defer(JobKind::Redeem, &payload, response::deferred(true)).await
}

/// `/giftcode <subcommand>`.
pub(super) async fn command(cx: &Inline<'_>) -> Reply {
    let incoming = cx.incoming;
    let code = || incoming.option_str("code").and_then(normalize_code);
    let step = match incoming.subcommand() {
        Some("add") => {
            if !cx.is_moderator().await {
                return cx.refuse_moderator_only("/giftcode add").await;
            }
            match code() {
                Some(code) => GiftcodeStep::Add { code, since: None },
                None => return cx.ephemeral("giftcode-bad-code", "bad_code"),
            }
        }
        Some("list") => GiftcodeStep::List,
        Some("redeem") => match code() {
            Some(code) => return redeem_for_me(cx, code).await,
            None => return cx.ephemeral("giftcode-bad-code", "bad_code"),
        },
        Some("auto") => GiftcodeStep::Auto { on: incoming.option_str("mode") == Some("on") },
        _ => return cx.ephemeral("unknown-interaction", "unknown"),
    };
    cx.defer(JobKind::Giftcode, &step, response::deferred(true)).await
}

/// `gift:redeem:<code>`, `gift:detail:<code>`, `gift:auto:on|off`.
pub(super) async fn component(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    let mut parts = custom_id.split(':').skip(1);
    let (action, arg) = (parts.next()?, parts.next()?);
    let step = match action {
        "redeem" => return Some(redeem_for_me(cx, normalize_code(arg)?).await),
        "detail" => {
            // The summary sits in a public channel: anyone can press its button.
            if !cx.is_moderator().await {
                return Some(cx.refuse_moderator_only("gift:detail").await);
            }
            GiftcodeStep::Detail { code: normalize_code(arg)? }
        }
        "auto" => GiftcodeStep::Auto { on: arg == "on" },
        _ => return None,
    };
    Some(cx.defer(JobKind::Giftcode, &step, response::deferred(true)).await)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_trimmed_upper_cased_and_checked() {
        assert_eq!(normalize_code("  wos2026 ").as_deref(), Some("WOS2026"));
        assert_eq!(normalize_code("ABCD").as_deref(), Some("ABCD"));
        assert_eq!(normalize_code("A".repeat(20).as_str()).as_deref(), Some("AAAAAAAAAAAAAAAAAAAA"));
        for bad in ["abc", "", "A".repeat(21).as_str(), "WOS 2026", "WOS-2026", "CÓDIGO1", "WOS#1", "<@1>"] {
            assert_eq!(normalize_code(bad), None, "{bad:?}");
        }
    }
}
