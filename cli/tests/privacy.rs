//! `/privacy` through `dwos serve`: the export as a JSON file, erasure after a confirmation
//! (roles and nickname taken back), and an export afterwards that holds nothing.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures::{self, GUILD_ID, USER_ID};
use dwos::serve::start;
use dwos_core::model::{GuildConfig, PlayerLink};
use dwos_core::{GuildId, RoleId, UserId};
use dwos_store::{SqliteTable, Store};
use serde_json::{Value, json};
use std::sync::Arc;
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, Request, ResponseTemplate};

/// The JSON file of a multipart reply edit (the part after the file's headers).
fn attached_json(request: &Request) -> Value {
    let body = String::from_utf8_lossy(&request.body).into_owned();
    let file = body.split("name=\"files[0]\"").nth(1).expect("a file part");
    let json = file.split("\r\n\r\n").nth(1).unwrap();
    let end = json.rfind("\r\n--").unwrap();
    serde_json::from_str(&json[..end]).unwrap()
}

#[tokio::test]
async fn a_member_exports_erases_and_then_has_nothing_left() {
    let (key, discord) = (DevKey::generate().unwrap(), support::fake_discord().await);
    for verb in ["DELETE", "PATCH"] {
        Mock::given(method(verb))
            .and(path_regex(r"^/api/v10/guilds/\d+/members/\d+(/roles/\d+)?$"))
            .respond_with(ResponseTemplate::new(204))
            .mount(&discord)
            .await;
    }
    let dir = tempfile::tempdir().unwrap();
    let env = support::env(&key, &discord);
    let server = start(&support::fast_options(dir.path()), &|name| env.get(name).cloned()).await.unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
    let guild = GuildId(GUILD_ID);
    let config = GuildConfig { verified_role_id: Some(RoleId(555)), ..GuildConfig::new(guild) };
    store.put_guild_config(&config).await.unwrap();
    store
        .link_player(&PlayerLink {
            nickname: "FrostBear".into(),
            ..dwos_store::conformance::link(guild, USER_ID, 4242)
        })
        .await
        .unwrap();
    store.set_gift_opt_in(UserId(USER_ID), true, 0).await.unwrap();
    // Someone else's data stays.
    store.link_player(&dwos_store::conformance::link(guild, 77, 7777)).await.unwrap();
    let send = |interaction: Value| {
        let (addr, key) = (server.addr, &key);
        async move { support::send(addr, key, &interaction).await }
    };

    let notice = send(fixtures::command(1, "privacy", "en-US")).await;
    assert_eq!(notice["data"]["flags"], 64);
    let ids: Vec<&str> = notice["data"]["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["custom_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["privacy:export", "privacy:delete"]);

    let edit_of = |id: u64| support::reply_edit(&discord, id, 0);
    assert_eq!(
        send(fixtures::button(2, "privacy:export", "en-US")).await,
        json!({ "type": 5, "data": { "flags": 64 } })
    );
    let export = attached_json(&edit_of(2).await);
    assert_eq!(export["players"][0]["nickname"], "FrostBear");
    assert_eq!(export["prefs"]["gift_code_opt_in"], true);

    // Erasure asks first; "keep" changes nothing.
    let confirm = send(fixtures::button(3, "privacy:delete", "en-US")).await;
    assert_eq!(confirm["type"], 7);
    assert!(confirm["data"]["content"].as_str().unwrap().contains("cannot be undone"));
    let kept = send(fixtures::button(4, "privacy:keep", "en-US")).await;
    assert_eq!(kept["data"]["content"], "Nothing was deleted.");
    assert!(store.player(guild, UserId(USER_ID)).await.unwrap().is_some());

    // The buttons go at once: a second click cannot start a second erasure.
    let erasing = send(fixtures::button(5, "privacy:erase", "en-US")).await;
    assert_eq!((erasing["type"].as_u64(), erasing["data"]["components"].clone()), (Some(7), json!([])));
    let erased = support::json_body(&edit_of(5).await);
    // The link, its game-id claim, the preferences and the day they were last seen.
    assert!(erased["content"].as_str().unwrap().starts_with("Done: 4 records"), "{erased}");
    let requests = discord.received_requests().await.unwrap();
    let took_role = requests
        .iter()
        .any(|r| r.method.as_str() == "DELETE" && r.url.path().ends_with(&format!("/members/{USER_ID}/roles/555")));
    assert!(took_role, "the Verified role is taken back");
    let nick = requests.iter().find(|r| {
        r.method.as_str() == "PATCH" && r.url.path().ends_with(&format!("/guilds/{GUILD_ID}/members/{USER_ID}"))
    });
    assert_eq!(support::json_body(nick.expect("nickname reset")), json!({ "nick": "" }));

    send(fixtures::button(6, "privacy:export", "en-US")).await;
    let after = attached_json(&edit_of(6).await);
    assert_eq!(after, serde_json::to_value(dwos_core::model::UserData::default()).unwrap(), "nothing left");
    assert!(store.player(guild, UserId(77)).await.unwrap().is_some(), "other members keep their data");
}
