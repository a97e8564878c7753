//! The inline half: `/language`, `/dashboard` and its toggles, `/registration-help` and the
//! rules' text answer within Discord's 3 s; tickets, posting and accepting go to the worker.

use super::AUTOMATIC;
use super::dashboard;
use super::steps::CommunityStep;
use crate::deps::now;
use crate::router::{Inline, Reply};
use dwos_core::model::GuildRules;
use dwos_core::permissions::is_elevated;
use dwos_core::{ChannelId, JobKind};
use dwos_discord::response::{self, TextField};
use dwos_store::Store;

/// The custom-id prefix of the feature's buttons and forms.
pub(super) const PREFIX: &str = "community";
/// The rules' form: `community:rules:<role id or ->`.
const RULES_FORM: &str = "community:rules";
/// The rules' text field.
const RULES_FIELD: &str = "rules";
/// The longest rules DWOS keeps (a Discord message holds 2,000 characters).
const MAX_RULES: u16 = 1_900;
/// How many acceptances `/rules log` lists.
const LOG_LINES: usize = 20;

pub(super) async fn command(cx: &Inline<'_>, name: &str) -> Reply {
    match name {
        "language" => language(cx).await,
        "dashboard" => dashboard::show(cx, false).await,
        "registration-help" => {
            Reply::new(response::message(cx.text("registration-help-text"), true), "registration_help")
        }
        "ticket" => {
            let subject = cx.incoming.option_str("subject").map(str::trim).unwrap_or_default();
            match dwos_core::text::plain(subject, 100) {
                Some(subject) => {
                    let step = CommunityStep::OpenTicket { subject };
                    cx.defer(JobKind::Community, &step, response::deferred(true)).await
                }
                None => cx.ephemeral("ticket-bad-subject", "bad_subject"),
            }
        }
        "close-ticket" => {
            let step =
                CommunityStep::CloseTicket { channel: cx.incoming.channel_id(), by_moderator: cx.is_moderator().await };
            cx.defer(JobKind::Community, &step, response::deferred(true)).await
        }
        "rules" => rules(cx).await,
        _ => cx.ephemeral("unknown-interaction", "unknown"),
    }
}

pub(super) async fn component(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    Some(match custom_id {
        "community:dm-on" | "community:dm-off" | "community:redeem-on" | "community:redeem-off" => {
            dashboard::toggle(cx, custom_id).await
        }
        "community:close" => {
            let step =
                CommunityStep::CloseTicket { channel: cx.incoming.channel_id(), by_moderator: cx.is_moderator().await };
            cx.defer(JobKind::Community, &step, response::deferred(true)).await
        }
        "community:accept" => cx.defer(JobKind::Community, &CommunityStep::AcceptRules, response::deferred(true)).await,
        _ => return None,
    })
}

pub(super) async fn modal(cx: &Inline<'_>, custom_id: &str) -> Option<Reply> {
    let (role, shown) = custom_id.strip_prefix(RULES_FORM)?.strip_prefix(':')?.split_once(':')?;
    if !cx.is_moderator().await {
        return Some(cx.refuse_moderator_only("/rules set").await);
    }
    let text = cx.incoming.modal_value(RULES_FIELD).map(str::trim).unwrap_or_default();
    if text.is_empty() || text.chars().count() > usize::from(MAX_RULES) {
        return Some(cx.ephemeral("rules-bad-text", "bad_rules"));
    }
    let role = role.parse().ok().map(dwos_core::RoleId);
    // Handing out a role is for those who could hand it out themselves (the form's id is theirs to forge).
    if role.is_some() && !cx.incoming.can_manage_roles() {
        return Some(cx.ephemeral("setup-needs-manage-roles", "forbidden"));
    }
    // The form replaces the text it showed, not one another moderator saved meanwhile.
    let mut overtaken = false;
    let saved = change_rules(cx, |rules| {
        overtaken = text_mark(&rules.text) != shown;
        if !overtaken {
            rules.text = text.to_owned();
            rules.role_id = role.or(rules.role_id);
        }
        !overtaken
    })
    .await;
    Some(match saved {
        Some(_) if overtaken => cx.ephemeral("rules-changed-meanwhile", "rules_overtaken"),
        Some(_) => cx.ephemeral("rules-saved", "rules_saved"),
        None => cx.ephemeral("try-again-later", "store_failed"),
    })
}

/// A short mark of the rules' text a form showed (carried in its custom id).
fn text_mark(text: &str) -> String {
    crate::deps::nonce(text)
}

/// `/language`: kept for the member everywhere; the answer already speaks the new language.
async fn language(cx: &Inline<'_>) -> Reply {
    let (Some(store), Some(user)) = (cx.state.store.as_ref(), cx.incoming.user_id()) else {
        return cx.ephemeral("try-again-later", "no_store");
    };
    let chosen = cx.incoming.option_str("language").unwrap_or(AUTOMATIC);
    let tag = (chosen != AUTOMATIC).then(|| cx.state.catalog.resolve([Some(chosen)]).to_owned());
    let changed = store
        .change_prefs(user, now(), |prefs| {
            let changed = prefs.locale != tag;
            prefs.locale.clone_from(&tag);
            changed
        })
        .await;
    if let Err(err) = changed {
        tracing::error!(error = %err, "language not saved");
        return cx.ephemeral("try-again-later", "store_failed");
    }
    let [user_locale, guild_locale] = cx.incoming.locales();
    let speaks = cx.state.catalog.resolve([tag.as_deref(), user_locale, guild_locale]);
    let id = if tag.is_some() { "language-set" } else { "language-automatic" };
    Reply::new(response::message(cx.state.catalog.text(speaks, id), true), "language")
}

/// `/rules show|set|post|automation|log`: everyone may read them; the rest is for moderators,
/// checked here for each subcommand.
async fn rules(cx: &Inline<'_>) -> Reply {
    let (Some(store), Some(guild)) = (cx.state.store.as_ref(), cx.incoming.guild_id()) else {
        return cx.ephemeral("try-again-later", "no_store");
    };
    let sub = cx.incoming.subcommand().unwrap_or("show");
    if sub != "show" && !cx.is_moderator().await {
        return cx.refuse_moderator_only(&format!("/rules {sub}")).await;
    }
    let current = match store.rules(guild).await {
        Ok(rules) => rules,
        Err(err) => {
            tracing::error!(error = %err, "rules unreadable");
            return cx.ephemeral("try-again-later", "store_failed");
        }
    };
    match sub {
        "show" => match current {
            Some(rules) => Reply::new(response::message(rules.text, true), "rules"),
            None => cx.ephemeral("rules-none", "rules"),
        },
        "set" => {
            let role = cx.incoming.option_role("role");
            if role.is_some() && !cx.incoming.can_manage_roles() {
                return cx.ephemeral("setup-needs-manage-roles", "forbidden");
            }
            if let Some(role) = role {
                let unsafe_role =
                    role.managed || role.permissions.is_some_and(is_elevated) || Some(role.id.0) == Some(guild.0);
                if unsafe_role {
                    let text = cx.text_with("rules-role-elevated", &[("role", format!("<@&{}>", role.id))]);
                    return Reply::new(response::message(text, true), "unsafe_role");
                }
            }
            let role = role.map_or_else(|| "-".to_owned(), |r| r.id.to_string());
            let field = TextField {
                custom_id: RULES_FIELD,
                label: cx.text("rules-form-label"),
                placeholder: cx.text("rules-form-placeholder"),
                min_length: 1,
                max_length: MAX_RULES,
            };
            let form = response::form(
                &format!("{RULES_FORM}:{role}:{}", text_mark(current.as_ref().map_or("", |r| r.text.as_str()))),
                cx.text("rules-form-title"),
                vec![(field, current.map(|r| r.text), true)],
            );
            Reply::new(form, "modal")
        }
        "post" => {
            if current.is_none() {
                return cx.ephemeral("rules-none", "rules");
            }
            let Some(channel) = cx.incoming.option_id("channel").map(ChannelId) else {
                return cx.ephemeral("unknown-interaction", "unknown");
            };
            if !cx.incoming.can_post_in(channel) {
                return cx.ephemeral("rules-cannot-post", "forbidden");
            }
            cx.defer(JobKind::Community, &CommunityStep::PostRules { channel }, response::deferred(true)).await
        }
        "automation" => {
            let every = cx.incoming.option_int("every_days").and_then(|n| u32::try_from(n).ok()).filter(|n| *n <= 365);
            let Some(every) = every else { return cx.ephemeral("rules-bad-days", "bad_days") };
            if current.as_ref().and_then(|r| r.channel_id).is_none() {
                return cx.ephemeral("rules-post-first", "rules");
            }
            let schedule = |rules: &mut GuildRules| {
                rules.every_days = every;
                true
            };
            match change_rules(cx, schedule).await {
                Some(_) if every == 0 => cx.ephemeral("rules-automation-off", "rules_automation"),
                Some(_) => Reply::new(
                    response::message(cx.text_with("rules-automation-on", &[("days", every.to_string())]), true),
                    "rules_automation",
                ),
                None => cx.ephemeral("try-again-later", "store_failed"),
            }
        }
        "log" => match store.rules_acceptances(guild).await {
            Ok(list) if list.is_empty() => cx.ephemeral("rules-log-empty", "rules_log"),
            Ok(list) => {
                let mut lines = vec![cx.text_with("rules-log-header", &[("count", list.len().to_string())])];
                lines
                    .extend(list.iter().take(LOG_LINES).map(|a| format!("<@{}> — <t:{}:R>", a.user_id, a.accepted_at)));
                Reply::new(response::message(lines.join("\n"), true), "rules_log")
            }
            Err(err) => {
                tracing::error!(error = %err, "acceptances unreadable");
                cx.ephemeral("try-again-later", "store_failed")
            }
        },
        _ => cx.ephemeral("unknown-interaction", "unknown"),
    }
}

/// [`Store::change_rules`] for this interaction's guild; `None` (logged) when the table failed.
async fn change_rules(cx: &Inline<'_>, change: impl FnMut(&mut GuildRules) -> bool) -> Option<GuildRules> {
    let store: &Store = cx.state.store.as_ref()?;
    let guild = cx.incoming.guild_id()?;
    match store.change_rules(guild, change).await {
        Ok(rules) => Some(rules),
        Err(err) => {
            tracing::error!(error = %err, "rules not saved");
            None
        }
    }
}
