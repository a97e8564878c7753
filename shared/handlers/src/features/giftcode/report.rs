//! A run's summary (the message edited as results arrive) and its per-member detail.

use dwos_core::model::{GiftCode, GiftResult};
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use dwos_i18n::Catalog;
use twilight_model::channel::message::component::ButtonStyle;

/// The summary's lines, in order: what members read first comes first.
const BUCKETS: [&str; 6] = ["redeemed", "already", "furnace", "wrong-state", "failed", "skipped"];

/// Which line of the summary an outcome counts on.
pub(super) fn bucket(outcome: &str) -> &'static str {
    match outcome {
        "redeemed" => "redeemed",
        "already_redeemed" | "same_type_redeemed" => "already",
        "furnace_too_low" => "furnace",
        "wrong_state" | "no_such_player" => "wrong-state",
        "opted_out" => "skipped",
        _ => "failed",
    }
}

/// The summary of `code`'s run from every result stored (not from counters: an edit that
/// lands late still shows a complete picture), with the moderators' "Details" button.
pub(super) fn summary(catalog: &Catalog, locale: &str, code: &GiftCode, results: &[GiftResult]) -> MessageBody {
    let count = |b: &str| results.iter().filter(|r| bucket(&r.outcome) == b).count();
    let mut lines = vec![catalog.format_with(
        locale,
        "giftcode-report-title",
        &[("code", code.code.clone()), ("done", results.len().to_string()), ("total", code.total.to_string())],
    )];
    lines.extend(
        BUCKETS
            .iter()
            .map(|b| catalog.format_with(locale, &format!("giftcode-report-{b}"), &[("count", count(b).to_string())])),
    );
    if let Some(dead) = &code.dead {
        lines.push(catalog.text(locale, &format!("giftcode-dead-{}", dead.replace('_', "-"))));
    }
    MessageBody::text(lines.join("\n")).row(vec![button(
        format!("gift:detail:{}", code.code),
        catalog.text(locale, "giftcode-detail-button"),
        ButtonStyle::Secondary,
    )])
}

/// The summary of a guild's run as it stands: every stored result, in the guild's language.
pub(super) async fn render(
    deps: &crate::deps::WorkerDeps,
    guild: dwos_core::GuildId,
    code: &GiftCode,
) -> Result<(MessageBody, usize), dwos_store::StoreError> {
    let locale = deps.guild_locale(guild).await?;
    let results = deps.store.gift_results(guild, &code.code).await?;
    Ok((summary(&deps.catalog, locale, code, &results), results.len()))
}

/// Discord's limit on a message's text.
const MAX_MESSAGE_CHARS: usize = 2_000;

/// One line per member, `<@user> — outcome`, the failures first, as many as fit in one message.
pub(super) fn detail(catalog: &Catalog, locale: &str, code: &str, results: &[GiftResult]) -> String {
    let mut sorted: Vec<&GiftResult> = results.iter().collect();
    sorted.sort_by_key(|r| (BUCKETS.iter().rev().position(|b| *b == bucket(&r.outcome)), r.user_id));
    let mut text = catalog.format_with(locale, "giftcode-detail-title", &[("code", code.to_owned())]);
    // Room for the "…and N more" line, whatever N.
    let more_room =
        catalog.format_with(locale, "giftcode-detail-more", &[("count", "9999".into())]).chars().count() + 1;
    for (shown, r) in sorted.iter().enumerate() {
        let line = format!("\n<@{}> — {}", r.user_id, outcome_text(catalog, locale, &r.outcome));
        if text.chars().count() + line.chars().count() + more_room > MAX_MESSAGE_CHARS {
            let rest = (sorted.len() - shown).to_string();
            text.push('\n');
            text.push_str(&catalog.format_with(locale, "giftcode-detail-more", &[("count", rest)]));
            break;
        }
        text.push_str(&line);
    }
    text
}

/// An outcome in words.
pub(super) fn outcome_text(catalog: &Catalog, locale: &str, outcome: &str) -> String {
    let known = [
        "redeemed",
        "already_redeemed",
        "same_type_redeemed",
        "expired",
        "not_found",
        "usage_limit",
        "furnace_too_low",
        "spend_required",
        "vip_required",
        "wrong_state",
        "no_such_player",
        "opted_out",
    ];
    let id = if known.contains(&outcome) { outcome.replace('_', "-") } else { "failed".to_owned() };
    catalog.text(locale, &format!("giftcode-outcome-{id}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use dwos_core::model::GameId;
    use dwos_core::{GuildId, UserId};

    fn result(user: u64, outcome: &str) -> GiftResult {
        GiftResult {
            guild_id: GuildId(1),
            code: "WOS".into(),
            user_id: UserId(user),
            game_id: GameId(user),
            outcome: outcome.into(),
            at: 0,
        }
    }

    #[test]
    fn counts_each_outcome_on_its_line_and_names_the_stop() {
        let catalog = Catalog::load().unwrap();
        let code = GiftCode {
            guild_id: GuildId(1),
            code: "WOS".into(),
            added_by: UserId(9),
            added_at: 0,
            dead: Some("usage_limit".into()),
            report: None,
            total: 6,
            done: 5,
            edited_at_ms: 0,
            summary_final: false,
            version: 3,
        };
        let results = [
            result(1, "redeemed"),
            result(2, "redeemed"),
            result(3, "same_type_redeemed"),
            result(4, "furnace_too_low"),
            result(5, "vip_required"),
        ];
        let body = summary(&catalog, "en", &code, &results);
        let text = body.content.clone();
        assert!(text.contains("5/6"), "{text}");
        for line in ["Redeemed: 2", "Already had it: 1", "Furnace too low: 1", "Wrong state: 0", "Failed: 1"] {
            assert!(text.contains(line), "{line} in {text}");
        }
        assert!(text.contains("used up"), "{text}");
        let detail = detail(&catalog, "en", "WOS", &results);
        let first = detail.lines().nth(1).unwrap();
        assert!(first.starts_with("<@5>"), "failures first: {detail}");
        // A big run's detail stays within one message, in every language.
        let many: Vec<GiftResult> = (0..500).map(|i| result(1_400_000_000_000_000_000 + i, "wrong_state")).collect();
        for locale in ["en", "it"] {
            let long = super::detail(&catalog, locale, "WOS", &many);
            assert!(long.chars().count() <= MAX_MESSAGE_CHARS, "{locale}: {}", long.chars().count());
            assert!(long.lines().count() > 20 && long.lines().last().unwrap().contains("4"), "{long}");
        }
    }
}
