//! `/dashboard`: the member's own page in this server, read and toggled inline.

use crate::deps::now;
use crate::router::{Inline, Reply};
use crate::shown::furnace_shown;
use dwos_discord::response;
use dwos_i18n::LANGUAGES;
use dwos_store::StoreError;

/// What the page shows, read in one go.
struct Page {
    verified: Option<dwos_core::model::PlayerLink>,
    language: Option<String>,
    reminder_dms: bool,
    auto_redeem: bool,
}

/// The dashboard as a new private message, or (`update`) in place of the one a toggle sits on.
pub(super) async fn show(cx: &Inline<'_>, update: bool) -> Reply {
    let page = match read(cx).await {
        Ok(Some(page)) => page,
        Ok(None) => return cx.ephemeral("guild-only", "guild_only"),
        Err(err) => {
            tracing::error!(error = %err, "dashboard unreadable");
            return cx.ephemeral("try-again-later", "store_failed");
        }
    };
    let yes_no = |on: bool| cx.text(if on { "dashboard-on" } else { "dashboard-off" });
    let not_set = cx.text("dashboard-not-set");
    let mut lines = vec![cx.text("dashboard-title")];
    match &page.verified {
        Some(link) => {
            let furnace = match link.furnace_level {
                Some(level) => furnace_shown(&cx.state.catalog, cx.locale, level),
                None => cx.text("furnace-not-declared"),
            };
            let alliance = match (&link.alliance, link.rank) {
                (Some(tag), Some(rank)) => format!("[{tag}] {rank:?}"),
                (Some(tag), None) => format!("[{tag}]"),
                _ => not_set.clone(),
            };
            lines.push(cx.text_with(
                "dashboard-verified",
                &[("id", link.game_id.to_string()), ("name", link.nickname.clone()), ("state", link.state.to_string())],
            ));
            lines.push(cx.text_with("dashboard-furnace", &[("furnace", furnace)]));
            lines.push(cx.text_with("dashboard-alliance", &[("alliance", alliance)]));
        }
        None => lines.push(cx.text("dashboard-not-verified")),
    }
    let language = page
        .language
        .as_deref()
        .and_then(|tag| LANGUAGES.iter().find(|(_, t)| *t == tag))
        .map_or_else(|| cx.text("dashboard-language-discord"), |(name, _)| (*name).to_owned());
    lines.push(cx.text_with("dashboard-language", &[("language", language)]));
    lines.push(cx.text_with("dashboard-reminder-dms", &[("on", yes_no(page.reminder_dms))]));
    lines.push(cx.text_with("dashboard-auto-redeem", &[("on", yes_no(page.auto_redeem))]));
    lines.push(cx.text("dashboard-hint"));
    let toggle = |on: bool, id: &str, label_on: &str, label_off: &str| {
        let (suffix, label) = if on { ("off", label_off) } else { ("on", label_on) };
        (format!("community:{id}-{suffix}"), cx.text(label))
    };
    let buttons = vec![
        toggle(page.reminder_dms, "dm", "dashboard-dm-on-button", "dashboard-dm-off-button"),
        toggle(page.auto_redeem, "redeem", "dashboard-redeem-on-button", "dashboard-redeem-off-button"),
    ];
    let content = lines.join("\n");
    if update {
        Reply::new(response::update_with_buttons(content, buttons), "dashboard")
    } else {
        Reply::new(response::message_with_buttons(content, buttons, true), "dashboard")
    }
}

/// A toggle pressed: saved (each at most once, whoever presses twice), then the page again.
pub(super) async fn toggle(cx: &Inline<'_>, custom_id: &str) -> Reply {
    let (Some(store), Some(guild), Some(user)) =
        (cx.state.store.as_ref(), cx.incoming.guild_id(), cx.incoming.user_id())
    else {
        return cx.ephemeral("guild-only", "guild_only");
    };
    let saved = match custom_id {
        "community:dm-on" => match store.init_prefs(user, now()).await {
            Ok(_) => store.set_reminder_dms(guild, user, true).await,
            Err(err) => Err(err),
        },
        "community:dm-off" => store.set_reminder_dms(guild, user, false).await,
        "community:redeem-on" => store.set_gift_opt_in(user, true, now()).await.map(drop),
        _ => store.set_gift_opt_in(user, false, now()).await.map(drop),
    };
    if let Err(err) = saved {
        tracing::error!(error = %err, "dashboard toggle not saved");
        return cx.ephemeral("try-again-later", "store_failed");
    }
    show(cx, true).await
}

async fn read(cx: &Inline<'_>) -> Result<Option<Page>, StoreError> {
    let (Some(store), Some(guild), Some(user)) =
        (cx.state.store.as_ref(), cx.incoming.guild_id(), cx.incoming.user_id())
    else {
        return Ok(None);
    };
    let (verified, prefs, reminder_dms) =
        tokio::try_join!(store.player(guild, user), store.prefs(user), store.reminder_dms(guild, user))?;
    Ok(Some(Page {
        verified,
        language: prefs.as_ref().and_then(|p| p.locale.clone()),
        reminder_dms,
        auto_redeem: prefs.is_some_and(|p| p.gift_code_opt_in),
    }))
}
