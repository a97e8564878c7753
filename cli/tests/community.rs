//! `/language`, `/dashboard`, `/registration-help`, tickets, rules and statistics channels,
//! end to end through `dwos serve` (the playground: its own Discord, signed interactions).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::playground::Identity;
use dwos::serve::{ServeOptions, Server, start_playground};
use serde_json::{Value, json};
use std::time::Duration;
use support::playground::{act, act_on, channel_named, command, message_with, messages, persona, until};

/// A playground in `dir`, told its first-start story; its page address.
async fn playground(dir: &std::path::Path, housekeeping_every: Duration) -> (Server, String) {
    let options = ServeOptions { housekeeping_every, ..support::fast_options(dir) };
    let identity = Identity { key: DevKey::generate().unwrap(), application_id: 1_100_000_000_000_000_777 };
    let server = start_playground(&options, identity, &|_| None).await.unwrap();
    let base = format!("http://{}", server.addr);
    until(&base, |s| s["world"]["seeded"] == true).await;
    (server, base)
}

const HOUR: Duration = Duration::from_secs(3_600);

fn reply_to<'a>(state: &'a Value, what: &str) -> Vec<&'a Value> {
    state["world"]["messages"].as_array().unwrap().iter().filter(|m| m["interaction"][1] == what).collect()
}

#[tokio::test]
async fn a_chosen_language_wins_over_discords_until_set_back() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = playground(dir.path(), HOUR).await;
    let first = support::playground::state(&base).await;
    let (ada, general) = (persona(&first, "member"), channel_named(&first, "general"));

    // Arabic has no Discord client locale: /language is the only way to it.
    let chosen = act(&base, &ada, &general, 2, command("language", None, &[("language", 3, json!("ar"))])).await;
    let text = chosen["response"]["data"]["content"].as_str().unwrap().to_owned();
    assert!(text.contains("العربية"), "answered in the new language: {text}");
    let help = act(&base, &ada, &general, 2, command("help", None, &[])).await;
    let help = help["response"]["data"]["content"].as_str().unwrap().to_owned();
    assert!(help.contains("WhiteOut Survival") && !help.contains("Show what DWOS can do"), "{help}");
    // Right to left: a name inside Arabic text is isolated so it cannot reorder the sentence.
    let page = act(&base, &ada, &general, 2, command("dashboard", None, &[])).await;
    let page = page["response"]["data"]["content"].as_str().unwrap().to_owned();
    assert!(page.contains("\u{2068}العربية\u{2069}"), "{page}");

    act(&base, &ada, &general, 2, command("language", None, &[("language", 3, json!("auto"))])).await;
    let back = act(&base, &ada, &general, 2, command("help", None, &[])).await;
    assert!(back["response"]["data"]["content"].as_str().unwrap().contains("Show what DWOS can do"));
}

#[tokio::test]
async fn the_dashboard_shows_the_member_and_toggles_once_per_press() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = playground(dir.path(), HOUR).await;
    let first = support::playground::state(&base).await;
    let (rex, general) = (persona(&first, "R5"), channel_named(&first, "general"));

    let page = act(&base, &rex, &general, 2, command("dashboard", None, &[])).await;
    let content = page["response"]["data"]["content"].as_str().unwrap().to_owned();
    assert!(content.contains("player 87654321") && content.contains("[FWX] R5"), "{content}");
    assert!(content.contains("Event reminders by DM in this server: off"), "{content}");
    let after = support::playground::state(&base).await;
    let shown = reply_to(&after, "/dashboard")[0]["id"].as_str().unwrap().to_owned();

    let on = json!({ "custom_id": "community:dm-on", "component_type": 2 });
    let pressed = act_on(&base, &rex, &general, 3, on.clone(), Some(&shown)).await;
    assert_eq!(pressed["response"]["type"], 7, "the page is updated in place");
    let content = pressed["response"]["data"]["content"].as_str().unwrap();
    assert!(content.contains("Event reminders by DM in this server: on"), "{content}");
    // A second press of the same (stale) button changes nothing more.
    let again = act_on(&base, &rex, &general, 3, on, Some(&shown)).await;
    assert!(again["response"]["data"]["content"].as_str().unwrap().contains("in this server: on"));
    let buttons = &again["response"]["data"]["components"][0]["components"];
    assert_eq!(buttons[0]["custom_id"], "community:dm-off");

    let redeem = json!({ "custom_id": "community:redeem-on", "component_type": 2 });
    let redeemed = act_on(&base, &rex, &general, 3, redeem, Some(&shown)).await;
    assert!(redeemed["response"]["data"]["content"].as_str().unwrap().contains("automatically: on"));

    let help = act(&base, &rex, &general, 2, command("registration-help", None, &[])).await;
    assert!(help["response"]["data"]["content"].as_str().unwrap().contains("player ID"));
}

#[tokio::test]
async fn a_ticket_is_a_private_thread_closed_once_with_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = playground(dir.path(), HOUR).await;
    let first = support::playground::state(&base).await;
    let (ada, mona, general) =
        (persona(&first, "member"), persona(&first, "moderator"), channel_named(&first, "general"));
    let log = channel_named(&first, "dwos-log");

    let opened = act(&base, &ada, &general, 2, command("ticket", None, &[("subject", 3, json!("Roles"))])).await;
    assert_eq!(opened["response"]["type"], 5);
    let state = until(&base, |s| message_with(s, "Your ticket is open").is_some()).await;
    let channels = state["world"]["channels"].as_array().unwrap();
    let thread = channels.iter().find(|c| c["name"] == format!("ticket-{ada}")).expect("a thread");
    assert_eq!(
        (thread["type"].as_u64(), thread["parent_id"].as_str()),
        (Some(12), Some(general.as_str())),
        "private, here"
    );
    assert!(thread["member_ids"].as_array().unwrap().contains(&json!(ada)), "{thread}");
    let thread_id = thread["id"].as_str().unwrap().to_owned();
    let opening = messages(&state).into_iter().find(|m| m["channel_id"] == thread_id.as_str()).unwrap();
    assert_eq!(opening["components"][0]["components"][0]["custom_id"], "community:close");
    assert!(message_with(&state, "opened a ticket: **Roles**").is_some_and(|m| m["channel_id"] == log.as_str()));

    // One open ticket per member.
    act(&base, &ada, &general, 2, command("ticket", None, &[("subject", 3, json!("Again"))])).await;
    until(&base, |s| message_with(s, "You already have an open ticket").is_some()).await;

    // Ada writes in the thread; the moderator closes it there with the button, twice.
    let rest = reqwest::Client::new();
    rest.post(format!("{base}/api/v10/channels/{thread_id}/messages"))
        .header("authorization", "Bot playground")
        .json(&json!({ "content": "I lost my role" }))
        .send()
        .await
        .unwrap();
    let close = json!({ "custom_id": "community:close", "component_type": 2 });
    let opening_id = opening["id"].as_str().unwrap().to_owned();
    act_on(&base, &mona, &thread_id, 3, close.clone(), Some(&opening_id)).await;
    act_on(&base, &mona, &thread_id, 3, close, Some(&opening_id)).await;
    let closed = until(&base, |s| {
        message_with(s, "Ticket closed").is_some() && message_with(s, "You have no open ticket").is_some()
    })
    .await;
    let summaries: Vec<Value> =
        messages(&closed).into_iter().filter(|m| m["content"].as_str().unwrap().starts_with("Ticket closed")).collect();
    assert_eq!(summaries.len(), 1, "one summary for two presses");
    let summary = summaries[0]["content"].as_str().unwrap();
    assert!(
        summary.contains("**Roles**") && summary.contains("2 messages") && summary.contains(&format!("<@{mona}>")),
        "{summary}"
    );
    let thread =
        closed["world"]["channels"].as_array().unwrap().iter().find(|c| c["id"] == thread_id.as_str()).unwrap().clone();
    assert_eq!(
        (thread["thread_metadata"]["archived"].as_bool(), thread["thread_metadata"]["locked"].as_bool()),
        (Some(true), Some(true))
    );

    // A member cannot close someone else's ticket.
    act(&base, &ada, &general, 2, command("ticket", None, &[("subject", 3, json!("Third"))])).await;
    until(&base, |s| {
        messages(s).iter().filter(|m| m["content"].as_str().unwrap().contains("Your ticket is open")).count() == 2
    })
    .await;
    let rex = persona(&first, "R5");
    let state = support::playground::state(&base).await;
    let thread = state["world"]["channels"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|c| c["name"] == format!("ticket-{ada}"))
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    act(&base, &rex, &thread, 2, command("close-ticket", None, &[])).await;
    until(&base, |s| message_with(s, "moderators").is_some_and(|m| m["interaction"][0] == rex.as_str())).await;
}

#[tokio::test]
async fn rules_are_set_by_moderators_posted_and_accepted_once_with_a_safe_role() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = playground(dir.path(), HOUR).await;
    let first = support::playground::state(&base).await;
    let (ada, mona, general) =
        (persona(&first, "member"), persona(&first, "moderator"), channel_named(&first, "general"));
    let roles = first["world"]["roles"].as_array().unwrap();
    let verified = roles.iter().find(|r| r["name"] == "Verified").unwrap()["id"].as_str().unwrap().to_owned();

    // A member may read, not write.
    let refused = act(&base, &ada, &general, 2, command("rules", Some("set"), &[])).await;
    assert!(refused["response"]["data"]["content"].as_str().unwrap().contains("moderator"), "{refused}");
    let none = act(&base, &ada, &general, 2, command("rules", Some("show"), &[])).await;
    assert!(none["response"]["data"]["content"].as_str().unwrap().contains("no rules yet"));

    // An administrator role is refused; a role without permissions is taken.
    let admin = reqwest::Client::new()
        .post(format!("{base}/api/v10/guilds/1/roles"))
        .header("authorization", "Bot playground")
        .json(&json!({ "name": "Admins", "permissions": "8" }))
        .send()
        .await
        .unwrap()
        .json::<Value>()
        .await
        .unwrap();
    let unsafe_set =
        act(&base, &mona, &general, 2, command("rules", Some("set"), &[("role", 8, admin["id"].clone())])).await;
    assert!(
        unsafe_set["response"]["data"]["content"].as_str().is_some_and(|t| t.contains("moderator permissions")),
        "{unsafe_set}"
    );
    let form = act(&base, &mona, &general, 2, command("rules", Some("set"), &[("role", 8, json!(verified))])).await;
    assert_eq!(form["response"]["type"], 9);
    let custom_id = form["response"]["data"]["custom_id"].as_str().unwrap().to_owned();
    assert!(custom_id.starts_with(&format!("community:rules:{verified}:")), "{custom_id}");
    let text = dwos::fixtures::form_data(&custom_id, &[("rules", "1. Be kind")]);
    // The form is checked again when it comes back: a member cannot submit one.
    let forged = act(&base, &ada, &general, 5, text.clone()).await;
    assert!(forged["response"]["data"]["content"].as_str().unwrap().contains("moderator"));
    let saved = act(&base, &mona, &general, 5, text).await;
    assert!(saved["response"]["data"]["content"].as_str().unwrap().starts_with("Rules saved"));
    // A second form opened on the old text cannot overwrite what was saved meanwhile.
    let stale = dwos::fixtures::form_data(&custom_id, &[("rules", "1. Anything goes")]);
    let refused = act(&base, &mona, &general, 5, stale).await;
    assert!(refused["response"]["data"]["content"].as_str().unwrap().contains("nothing was saved"), "{refused}");
    let shown = act(&base, &ada, &general, 2, command("rules", Some("show"), &[])).await;
    assert_eq!(shown["response"]["data"]["content"], "1. Be kind");

    act(&base, &mona, &general, 2, command("rules", Some("post"), &[("channel", 7, json!(general))])).await;
    let posted = until(&base, |s| message_with(s, "1. Be kind").is_some_and(|m| m["interaction"].is_null())).await;
    let rules_message = message_with(&posted, "1. Be kind").unwrap();
    assert_eq!(rules_message["components"][0]["components"][0]["custom_id"], "community:accept");
    let rules_id = rules_message["id"].as_str().unwrap().to_owned();

    let accept = json!({ "custom_id": "community:accept", "component_type": 2 });
    act_on(&base, &ada, &general, 3, accept.clone(), Some(&rules_id)).await;
    act_on(&base, &ada, &general, 3, accept, Some(&rules_id)).await;
    let accepted = until(&base, |s| message_with(s, "accepted the rules before").is_some()).await;
    assert!(message_with(&accepted, "your acceptance of the rules is noted").is_some());
    let ada_member =
        accepted["world"]["members"].as_array().unwrap().iter().find(|m| m["id"] == ada.as_str()).unwrap().clone();
    assert!(ada_member["roles"].as_array().unwrap().contains(&json!(verified)), "{ada_member}");

    let log = act(&base, &mona, &general, 2, command("rules", Some("log"), &[])).await;
    let log = log["response"]["data"]["content"].as_str().unwrap().to_owned();
    assert!(log.contains("1 member accepted") && log.contains(&format!("<@{ada}>")), "{log}");
    let automation =
        act(&base, &mona, &general, 2, command("rules", Some("automation"), &[("every_days", 4, json!(7))])).await;
    assert!(automation["response"]["data"]["content"].as_str().unwrap().contains("every 7 days"), "{automation}");
}

#[tokio::test]
async fn statistics_channels_are_made_locked_and_renamed_by_the_schedule() {
    let dir = tempfile::tempdir().unwrap();
    let (_server, base) = playground(dir.path(), Duration::from_millis(300)).await;
    let first = support::playground::state(&base).await;
    let (ada, mona, general) =
        (persona(&first, "member"), persona(&first, "moderator"), channel_named(&first, "general"));

    act(&base, &mona, &general, 2, command("setup", None, &[("stats", 5, json!(true))])).await;
    let made = until(&base, |s| message_with(s, "Statistics channels:").is_some()).await;
    let voice: Vec<Value> =
        made["world"]["channels"].as_array().unwrap().iter().filter(|c| c["type"] == 2).cloned().collect();
    let names: Vec<&str> = voice.iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Members: 4", "Verified: 1", "Alliances: 1"]);
    let locked = &voice[0]["permission_overwrites"][0];
    assert_eq!((locked["deny"].as_str(), locked["allow"].as_str()), (Some("1048576"), Some("1024")), "nobody connects");

    // Ada verifies: the schedule renames "Verified" and nothing else.
    let form = dwos::fixtures::form_data("verify:modal", &[("game_id", "12345678"), ("state", "245"), ("name", "Ada")]);
    act(&base, &ada, &general, 5, form).await;
    let renamed =
        until(&base, |s| s["world"]["channels"].as_array().unwrap().iter().any(|c| c["name"] == "Verified: 2")).await;
    let names: Vec<&str> = renamed["world"]["channels"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["type"] == 2)
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Members: 4", "Verified: 2", "Alliances: 1"]);

    // Asked again, /setup stats makes nothing new.
    act(&base, &mona, &general, 2, command("setup", None, &[("stats", 5, json!(true))])).await;
    let again = until(&base, |s| {
        messages(s).iter().filter(|m| m["content"].as_str().unwrap().contains("Statistics channels:")).count() == 2
    })
    .await;
    assert_eq!(again["world"]["channels"].as_array().unwrap().iter().filter(|c| c["type"] == 2).count(), 3);
}
