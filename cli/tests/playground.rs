//! `dwos serve` with nothing configured: the playground, as a newcomer starts it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use serde_json::json;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use support::playground::{act, channel_named, messages, persona, state, until};

/// A `dwos serve` child in `dir` with an empty environment, and its page address.
struct Served {
    child: Child,
    base: String,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &Path) -> Served {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dwos"))
        .args(["serve", "--addr", "127.0.0.1:0"])
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let base = lines
        .by_ref()
        .map_while(Result::ok)
        .find_map(|line| line.strip_prefix("DWOS playground: open ").map(|url| url.trim_end_matches('/').to_owned()))
        .expect("the playground says where its page is");
    // Keep reading: a closed pipe would stop the server at its next line of output.
    std::thread::spawn(move || lines.for_each(drop));
    Served { child, base }
}

#[tokio::test]
async fn a_fresh_folder_gets_a_playground_that_keeps_its_identity_and_guild() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path());
    let env = std::fs::read_to_string(dir.path().join(".env")).unwrap();
    assert!(env.contains("DWOS_PLAYGROUND=1") && env.contains("DWOS_DEV_SIGNING_KEY="), "{env}");

    let page = reqwest::get(format!("{}/", served.base)).await.unwrap().text().await.unwrap();
    assert!(page.contains("/playground/app.js"), "the page is served at /");
    let first = until(&served.base, |s| s["world"]["seeded"] == true).await;
    let general = channel_named(&first, "general");
    let ada = persona(&first, "member");

    // An inline answer, signed with the development key and checked by the real verifier.
    let help = act(&served.base, &ada, &general, 2, json!({ "name": "help", "options": [] })).await;
    assert_eq!((help["status"].as_u64(), help["response"]["type"].as_u64()), (Some(200), Some(4)));
    // A deferred one: the stats worker edits the reply through the embedded Discord.
    act(&served.base, &ada, &general, 2, json!({ "name": "stats", "options": [] })).await;
    let after =
        until(&served.base, |s| messages(s).iter().any(|m| m["content"].as_str().unwrap().contains("Members: 4")))
            .await;
    let stats = messages(&after).into_iter().find(|m| m["interaction"][1] == "/stats").unwrap();
    assert_eq!((stats["thinking"].as_bool(), stats["interaction"][0].as_str()), (Some(false), Some(ada.as_str())));

    // Autocomplete goes to DWOS and comes back as choices.
    let typed = json!({ "name": "event", "options": [{ "name": "create", "type": 1, "options": [
        { "name": "timezone", "type": 3, "value": "Europe/Ro", "focused": true },
    ] }] });
    let suggested = act(&served.base, &ada, &general, 4, typed).await;
    assert_eq!(suggested["response"]["type"], 8);
    let choices = suggested["response"]["data"]["choices"].as_array().unwrap();
    assert!(choices.iter().any(|c| c["value"] == "Europe/Rome"), "{choices:?}");

    // A request not signed with the playground's key is still refused.
    let forged = reqwest::Client::new()
        .post(format!("{}/interactions", served.base))
        .header("X-Signature-Ed25519", "00".repeat(64))
        .header("X-Signature-Timestamp", "1")
        .body("{\"type\":1}")
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    // The embedded Discord answers only DWOS (a cross-site form cannot change the guild).
    let anonymous = reqwest::Client::new()
        .post(format!("{}/api/v10/guilds/1/roles", served.base))
        .header("content-type", "text/plain")
        .body("{\"name\":\"Admin\",\"permissions\":\"8\"}")
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    drop(served);

    // Started again in the same folder: the same key, and the guild as it was.
    let again = serve(dir.path());
    assert_eq!(std::fs::read_to_string(dir.path().join(".env")).unwrap(), env, ".env is written once");
    let kept = state(&again.base).await;
    assert_eq!(messages(&kept).len(), messages(&after).len());
    assert!(messages(&kept).iter().any(|m| m["content"].as_str().unwrap().contains("Members: 4")));
}

#[tokio::test]
async fn verifying_in_the_playground_sets_the_nickname_and_role_in_its_guild() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path());
    let first = until(&served.base, |s| s["world"]["seeded"] == true).await;
    let (general, ada) = (channel_named(&first, "general"), persona(&first, "member"));

    let form = act(&served.base, &ada, &general, 2, json!({ "name": "verify", "options": [] })).await;
    assert_eq!(form["response"]["type"], 9, "a modal");
    let submit =
        dwos::fixtures::form_data("verify:modal", &[("game_id", "12345678"), ("state", "245"), ("name", "Frost Ada")]);
    act(&served.base, &ada, &general, 5, submit).await;
    let done = until(&served.base, |s| {
        let members = s["world"]["members"].as_array().unwrap();
        members.iter().any(|m| m["nick"] == "Frost Ada" && !m["roles"].as_array().unwrap().is_empty())
    })
    .await;
    let roles = done["world"]["roles"].as_array().unwrap();
    let verified = roles.iter().find(|r| r["name"] == "Verified").unwrap();
    assert_eq!(verified["permissions"], "0", "DWOS makes the role without permissions");
    let reply = messages(&done).into_iter().find(|m| m["interaction"][1] == "a form").unwrap();
    assert_eq!(reply["flags"], 64, "the verification answer is ephemeral");
}

#[tokio::test]
async fn the_first_start_sets_dwos_up_and_makes_rex_the_r5_of_an_alliance() {
    let dir = tempfile::tempdir().unwrap();
    let served = serve(dir.path());
    let seeded = until(&served.base, |s| s["world"]["seeded"] == true).await;
    let rex = persona(&seeded, "R5");
    let members = seeded["world"]["members"].as_array().unwrap();
    let rex_member = members.iter().find(|m| m["id"] == rex.as_str()).unwrap();
    assert_eq!(rex_member["nick"], "[FWX] Rex");
    let roles = seeded["world"]["roles"].as_array().unwrap();
    let r5 = roles.iter().find(|r| r["name"] == "Frost Wolves [FWX] - R5").unwrap();
    assert!(rex_member["roles"].as_array().unwrap().contains(&r5["id"]));
    assert!(
        roles.iter().all(|r| r["name"] == "@everyone" || r["permissions"] == "0"),
        "no role DWOS made has a permission"
    );
    let log = channel_named(&seeded, "dwos-log");
    assert!(messages(&seeded).iter().any(|m| m["channel_id"] == log.as_str()), "the log channel was set up");

    // The R5 persona is R5 for DWOS too.
    let general = channel_named(&seeded, "general");
    let info = json!({ "name": "alliance", "options": [{ "name": "info", "type": 1, "options": [] }] });
    act(&served.base, &rex, &general, 2, info).await;
    let answered = until(&served.base, |s| {
        messages(s)
            .iter()
            .any(|m| m["interaction"][1] == "/alliance info" && m["content"].as_str().unwrap().contains("R5: <@"))
    })
    .await;
    let reply = messages(&answered).into_iter().find(|m| m["interaction"][1] == "/alliance info").unwrap();
    assert!(reply["content"].as_str().unwrap().contains(&format!("R5: <@{rex}>")), "{reply}");
    drop(served);

    // A second start does not tell the story again.
    let again = serve(dir.path());
    let kept = state(&again.base).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(messages(&state(&again.base).await).len(), messages(&kept).len());
}
