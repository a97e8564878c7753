//! Alliances end to end through `dwos serve`: signed interactions in, a fake Discord that keeps
//! the guild's roles, channels, overwrites, members and nicknames out.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use dwos::devkey::DevKey;
use dwos::fixtures::{self, APPLICATION_ID, GUILD_ID};
use dwos::serve::{Server, start};
use dwos_core::model::{AllianceMember, AuditAction, PlayerLink, Rank};
use dwos_core::{GuildId, UserId};
use dwos_store::{SqliteTable, Store};
use serde_json::{Value, json};
use std::sync::Arc;
use support::guild::FakeGuild;
use wiremock::MockServer;

const G: GuildId = GuildId(GUILD_ID);
const LEADER: u64 = 1001;
const MEMBER: u64 = 1002;
const OTHER: u64 = 1003;
/// View Channel, Send Messages, Read Message History.
const READ_WRITE: &str = "68608";

struct App {
    server: Server,
    key: DevKey,
    discord: MockServer,
    guild: FakeGuild,
    store: Store,
    dir: tempfile::TempDir,
}

async fn app() -> App {
    let key = DevKey::generate().unwrap();
    let (discord, guild) = FakeGuild::start(GUILD_ID).await;
    let dir = tempfile::tempdir().unwrap();
    let env = support::env(&key, &discord);
    let server = start(&support::fast_options(dir.path()), &|name| env.get(name).cloned()).await.unwrap();
    let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
    for (user, fid) in [(LEADER, 11_111_111), (MEMBER, 22_222_222), (OTHER, 33_333_333)] {
        let link = dwos_store::conformance::link(G, user, fid);
        store.link_player(&PlayerLink { alliance: None, rank: None, ..link }).await.unwrap();
    }
    App { server, key, discord, guild, store, dir }
}

/// `/alliance <sub>` with options, by `user`.
fn alliance(id: u64, user: u64, sub: &str, options: &[(&str, &str)]) -> Value {
    as_user(fixtures::command_with(id, "alliance", Some(sub), options, false, "en-US"), user)
}

fn as_user(mut interaction: Value, user: u64) -> Value {
    interaction["member"]["user"]["id"] = json!(user.to_string());
    interaction
}

fn press(id: u64, user: u64, custom_id: &str) -> Value {
    as_user(fixtures::button(id, custom_id, "en-US"), user)
}

fn pick(id: u64, user: u64, value: &str) -> Value {
    let mut interaction = press(id, user, "alliance:pick");
    interaction["data"]["component_type"] = json!(3);
    interaction["data"]["values"] = json!([value]);
    interaction
}

impl App {
    async fn send(&self, interaction: &Value) -> Value {
        support::send(self.server.addr, &self.key, interaction).await
    }

    /// Sends and returns the content of the reply's first edit.
    async fn answer(&self, interaction: &Value) -> Value {
        let id: u64 = interaction["id"].as_str().unwrap().parse().unwrap();
        let ack = self.send(interaction).await;
        assert!(matches!(ack["type"].as_u64(), Some(5 | 6)), "{ack}");
        self.edit_of(id, 0).await
    }

    async fn edit_of(&self, id: u64, nth: usize) -> Value {
        support::json_body(&support::reply_edit(&self.discord, id, nth).await)
    }

    /// The leader creates [FRO] Frost Legion.
    async fn create_fro(&self, id: u64) -> Value {
        self.answer(&alliance(id, LEADER, "create", &[("name", "Frost Legion"), ("tag", "FRO")])).await
    }

    async fn put_member(&self, user: u64, rank: Rank, joined_at: i64) {
        let member =
            AllianceMember { guild_id: G, tag: "FRO".into(), user_id: UserId(user), rank, joined_at, version: 0 };
        self.store.put_member(&member).await.unwrap();
        let link = self.store.player(G, UserId(user)).await.unwrap().unwrap();
        self.store.link_player(&PlayerLink { alliance: Some("FRO".into()), rank: Some(rank), ..link }).await.unwrap();
    }

    fn role_id(&self, name: &str) -> String {
        self.guild.state().role(name).unwrap_or_else(|| panic!("no role {name}"))["id"].as_str().unwrap().to_owned()
    }

    fn roles_of(&self, user: u64) -> Vec<String> {
        self.guild.state().member(&user.to_string()).roles.iter().cloned().collect()
    }

    fn nick_of(&self, user: u64) -> Option<String> {
        self.guild.state().member(&user.to_string()).nick.clone()
    }

    /// The messages posted in a channel, by content.
    fn posts_in(&self, channel: &str) -> Vec<Value> {
        self.guild.state().posts.iter().filter(|(c, _)| c == channel).map(|(_, body)| body.clone()).collect()
    }

    fn channel_id(&self, name: &str) -> String {
        let state = self.guild.state();
        let found = state.channels_named(name);
        assert_eq!(found.len(), 1, "one {name}: {found:?}");
        found[0]["id"].as_str().unwrap().to_owned()
    }

    /// How many lines of FRO's audit trail record `action`.
    async fn audit_lines(&self, action: AuditAction) -> usize {
        self.store.alliance_audit(G, "FRO").await.unwrap().iter().filter(|l| l.action == action).count()
    }

    async fn rank_of(&self, user: u64) -> Option<Rank> {
        self.store.member(G, "FRO", UserId(user)).await.unwrap().map(|m| m.rank)
    }

    async fn worker(&self) -> Arc<dyn dwos_bus::Worker> {
        let token = Some(dwos_discord::BotToken::new("bot"));
        let rest = dwos_discord::RestClient::new(&support::api_base(&self.discord), token, Default::default()).unwrap();
        let game = dwos_game::GameClient::new(dwos_game::GameSettings {
            base: "http://127.0.0.1:9".into(),
            ..Default::default()
        })
        .unwrap();
        let queue = dwos_bus::LocalQueue::open(&self.dir.path().join("worker-q.db"), Default::default()).unwrap();
        let deps = dwos_handlers::WorkerDeps {
            rest: Arc::new(rest),
            catalog: Arc::new(dwos_i18n::Catalog::load().unwrap()),
            store: self.store.clone(),
            game: Arc::new(game),
            events: Arc::new(dwos_bus::LocalEvents::default()),
            queue: Arc::new(queue),
        };
        dwos_handlers::worker(dwos_core::JobKind::Alliance, &deps)
    }
}

/// An `alliance` job by `user`, as the interactions function queues it.
fn job(id: u64, user: u64, payload: Value) -> dwos_core::Envelope {
    dwos_core::Envelope {
        kind: dwos_core::JobKind::Alliance,
        user_id: Some(UserId(user)),
        payload,
        ..fixtures::stats_envelope(id, "en")
    }
}

fn overwrite<'a>(channel: &'a Value, id: &str) -> &'a Value {
    channel["permission_overwrites"].as_array().unwrap().iter().find(|o| o["id"] == id).unwrap_or(&Value::Null)
}

#[tokio::test]
async fn an_alliance_is_created_with_private_channels_and_harmless_roles_even_after_a_failure() {
    let app = app().await;
    // The first channel creation fails (a 5xx): the job is delivered again and converges.
    app.guild.state().failing_channel_creates = 1;
    let created = app.create_fro(1).await;
    assert!(
        created["content"].as_str().unwrap().starts_with("Created [FRO] Frost Legion. You lead it as R5."),
        "{created}"
    );

    let (member_role, r4_role, r5_role) = (
        app.role_id("Frost Legion [FRO]"),
        app.role_id("Frost Legion [FRO] - R4"),
        app.role_id("Frost Legion [FRO] - R5"),
    );
    {
        let state = app.guild.state();
        assert_eq!(state.roles.len(), 4, "@everyone and three alliance roles, none twice: {:?}", state.roles);
        assert!(state.roles.iter().skip(1).all(|r| r["permissions"] == "0"), "no permissions at all");
        assert_eq!(state.channels.len(), 6, "{:?}", state.channels);
    }
    let category = app.channel_id("FRO Channels");
    let everyone = GUILD_ID.to_string();
    let bot = APPLICATION_ID.to_string();
    {
        let state = app.guild.state();
        let cat = state.channels_named("FRO Channels")[0];
        assert_eq!(cat["type"], 4);
        assert_eq!(overwrite(cat, &everyone)["deny"], "1024", "hidden from the server");
        assert_eq!(overwrite(cat, &member_role)["allow"], READ_WRITE);
        assert_eq!(overwrite(cat, &bot)["type"], 1, "DWOS keeps seeing its channels");
        for name in ["general", "reminders", "gift-codes", "r4-r5-only"] {
            assert_eq!(state.channels_named(name)[0]["parent_id"], category, "{name}");
        }
        let officers = state.channels_named("r4-r5-only")[0];
        assert_eq!(overwrite(officers, &member_role)["deny"], "1024", "members do not see it");
        assert_eq!(overwrite(officers, &r4_role)["allow"], READ_WRITE);
        assert_eq!(overwrite(officers, &r5_role)["allow"], READ_WRITE);
        let council = state.channels_named("r5-council")[0];
        assert_eq!(council["parent_id"], Value::Null, "server-wide");
        assert_eq!(overwrite(council, &everyone)["deny"], "1024");
        assert_eq!(overwrite(council, &r5_role)["allow"], READ_WRITE);
    }
    let mut roles = app.roles_of(LEADER);
    roles.sort();
    let mut expected = vec![member_role.clone(), r5_role.clone()];
    expected.sort();
    assert_eq!(roles, expected, "the member role and R5, not R4");
    assert_eq!(app.nick_of(LEADER).as_deref(), Some("[FRO] player11111111"));
    let stored = app.store.alliance(G, "FRO").await.unwrap().unwrap();
    assert_eq!(stored.discord.officers_id.map(|c| c.to_string()), Some(app.channel_id("r4-r5-only")));
    assert_eq!(app.store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(LEADER)));
    let config = app.store.guild_config(G).await.unwrap().unwrap();
    assert_eq!(config.council_channel_id.map(|c| c.to_string()), Some(app.channel_id("r5-council")));

    // Delivered twice more: nothing new on Discord, one audit line.
    let worker = app.worker().await;
    let again = job(2, LEADER, json!({ "step": "create", "tag": "FRO", "name": "Frost Legion" }));
    for _ in 0..2 {
        worker.handle(again.clone()).await.unwrap();
    }
    let counts = {
        let state = app.guild.state();
        (state.roles.len(), state.channels.len())
    };
    assert_eq!(counts, (4, 6));
    let trail = app.store.alliance_audit(G, "FRO").await.unwrap();
    assert_eq!(trail.iter().map(|l| l.action).collect::<Vec<_>>(), [AuditAction::Created]);
    assert_eq!(app.posts_in(&app.channel_id("r4-r5-only")).len(), 1, "the creation told the officers once");

    // The same tag, in any case, is taken; a bad tag never reaches the worker.
    app.store
        .link_player(&PlayerLink { alliance: None, ..app.store.player(G, UserId(OTHER)).await.unwrap().unwrap() })
        .await
        .unwrap();
    let taken = app.answer(&alliance(3, OTHER, "create", &[("name", "Frozen"), ("tag", "fro")])).await;
    assert_eq!(taken["content"], "There already is an alliance with the tag [fro] on this server.");
    let bad = app.send(&alliance(4, OTHER, "create", &[("name", "Frozen"), ("tag", "F!")])).await;
    assert_eq!(bad["data"]["content"], "An alliance tag is 3 or 4 letters or digits.");
}

#[tokio::test]
async fn a_role_of_the_same_name_with_power_is_never_handed_out() {
    let app = app().await;
    app.guild.state().roles.push(
        json!({ "id": "4242", "name": "Frost Legion [FRO] - R5", "permissions": "8", "position": 3, "managed": false }),
    );
    let created = app.create_fro(1).await;
    assert!(created["content"].as_str().unwrap().starts_with("Created [FRO]"), "{created}");
    assert!(!app.roles_of(LEADER).contains(&"4242".to_owned()), "an Administrator role is not given");
    assert_eq!(app.roles_of(LEADER), [app.role_id("Frost Legion [FRO]")]);
}

#[tokio::test]
async fn a_join_request_goes_to_the_officers_and_is_answered_once() {
    let app = app().await;
    app.create_fro(1).await;
    let menu = app.answer(&alliance(2, MEMBER, "join", &[])).await;
    let select = &menu["components"][0]["components"][0];
    assert_eq!(
        (select["custom_id"].as_str(), select["options"][0]["value"].as_str()),
        (Some("alliance:pick"), Some("FRO"))
    );
    let sent = app.answer(&pick(3, MEMBER, "FRO")).await;
    assert!(
        sent["content"].as_str().unwrap().starts_with("Your request to join [FRO] went to its R4 and R5."),
        "{sent}"
    );
    let officers = app.channel_id("r4-r5-only");
    let request =
        app.posts_in(&officers).into_iter().find(|p| p["content"].as_str().unwrap().contains("asks to join")).unwrap();
    let approve = request["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    assert_eq!(approve, format!("alliance:approve:FRO:{MEMBER}"));

    // Someone outside the alliance cannot let anyone in, whatever the button says.
    let refused = app.answer(&press(4, OTHER, &approve)).await;
    assert_eq!(refused["content"], "Only the alliance's R4 and R5 can do this.");
    assert_eq!(app.rank_of(MEMBER).await, None);

    let approved = app.answer(&press(5, LEADER, &approve)).await;
    assert_eq!(approved["content"], format!("<@{LEADER}> approved <@{MEMBER}> as a member of [FRO]."));
    assert_eq!(app.rank_of(MEMBER).await, Some(Rank::R1));
    assert_eq!(app.roles_of(MEMBER), [app.role_id("Frost Legion [FRO]")]);
    assert_eq!(app.nick_of(MEMBER).as_deref(), Some("[FRO] player22222222"));
    // A second press (or a redelivery) neither logs nor welcomes again.
    app.answer(&press(6, LEADER, &approve)).await;
    let dms = app.posts_in(&format!("9{MEMBER}"));
    assert_eq!(dms.len(), 1, "{dms:?}");
    assert!(dms[0]["content"].as_str().unwrap().starts_with("Welcome to [FRO]!"));
    let export = app.store.export_user(UserId(MEMBER)).await.unwrap();
    let actions: Vec<_> = export.alliance_audit.iter().map(|l| (l.action, l.actor)).collect();
    assert_eq!(actions, [(AuditAction::Joined, UserId(LEADER))], "in the member's export, once");

    // Leaving takes the tag and the role back.
    let left = app.answer(&alliance(7, MEMBER, "leave", &[])).await;
    assert_eq!(left["content"], "You left [FRO].");
    assert!(app.roles_of(MEMBER).is_empty());
    assert_eq!(app.nick_of(MEMBER).as_deref(), Some("player22222222"));
    // "Another state" from the select tags the nickname [OS].
    let os = app.answer(&pick(8, MEMBER, "-os")).await;
    assert!(os["content"].as_str().unwrap().starts_with("Done: you're listed as a player from another state."), "{os}");
    assert_eq!(app.nick_of(MEMBER).as_deref(), Some("[OS] player22222222"));
}

#[tokio::test]
async fn officers_change_ranks_and_kick_only_below_them() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R1, 100).await;
    app.put_member(OTHER, Rank::R4, 50).await;
    let r4_role = app.role_id("Frost Legion [FRO] - R4");

    let too_high = app.answer(&alliance(2, OTHER, "rank", &[("member", &MEMBER.to_string()), ("rank", "R4")])).await;
    assert!(too_high["content"].as_str().unwrap().starts_with("Choose R1 to R4 (R4 can give up to R3)."), "{too_high}");
    let forged = app.send(&alliance(3, OTHER, "rank", &[("member", &MEMBER.to_string()), ("rank", "R5")])).await;
    assert!(forged["data"]["content"].as_str().unwrap().starts_with("Choose R1 to R4"), "{forged}");
    let ranked = app.answer(&alliance(4, OTHER, "rank", &[("member", &MEMBER.to_string()), ("rank", "R3")])).await;
    assert_eq!(ranked["content"], format!("<@{MEMBER}> is now R3 in [FRO]."));
    assert_eq!(app.rank_of(MEMBER).await, Some(Rank::R3));
    let above = app.answer(&alliance(5, OTHER, "kick", &[("member", &LEADER.to_string())])).await;
    assert_eq!(above["content"], "You can only manage members ranked below you.");
    let plain = app.answer(&alliance(6, MEMBER, "kick", &[("member", &OTHER.to_string())])).await;
    assert_eq!(plain["content"], "Only the alliance's R4 and R5 can do this.");

    // The roster lists the members' declared names, highest rank first.
    let roster = app.answer(&alliance(10, MEMBER, "roster", &[])).await;
    let lines: Vec<&str> = roster["content"].as_str().unwrap().lines().collect();
    assert_eq!(lines[0], "**[FRO]**: 3 members (page 1 of 1)");
    assert!(lines[1].starts_with("`R5` player11111111") && lines[3].starts_with("`R3` player22222222"), "{lines:?}");
    // The R5 makes the member an officer: the R4 role follows.
    app.answer(&alliance(7, LEADER, "rank", &[("member", &MEMBER.to_string()), ("rank", "R4")])).await;
    assert!(app.roles_of(MEMBER).contains(&r4_role));
    app.answer(&alliance(8, LEADER, "rank", &[("member", &MEMBER.to_string()), ("rank", "R2")])).await;
    assert!(!app.roles_of(MEMBER).contains(&r4_role), "and goes with the rank");

    let kicked = app.answer(&alliance(9, OTHER, "kick", &[("member", &MEMBER.to_string())])).await;
    assert_eq!(kicked["content"], format!("<@{MEMBER}> is no longer a member of [FRO]."));
    assert_eq!(app.rank_of(MEMBER).await, None);
    assert_eq!(app.nick_of(MEMBER).as_deref(), Some("player22222222"));
    let link = app.store.player(G, UserId(MEMBER)).await.unwrap().unwrap();
    assert_eq!((link.alliance, link.rank), (None, None));
    // Lines written in the same second keep no order among themselves: counted by kind.
    let counts = [
        app.audit_lines(AuditAction::Created).await,
        app.audit_lines(AuditAction::Ranked).await,
        app.audit_lines(AuditAction::Kicked).await,
    ];
    assert_eq!(counts, [1, 3, 1], "one line per change; refusals write none");
}

#[tokio::test]
async fn two_officers_ranking_one_member_at_once_leave_one_change_and_tell_the_other() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R1, 100).await;
    app.put_member(OTHER, Rank::R4, 50).await;
    let worker = app.worker().await;
    let rank =
        |id, actor, to: &str| job(id, actor, json!({ "step": "set_rank", "member": MEMBER.to_string(), "rank": to }));
    let (a, b) = tokio::join!(worker.handle(rank(2, LEADER, "R2")), worker.handle(rank(3, OTHER, "R3")));
    a.unwrap();
    b.unwrap();
    let answers = [app.edit_of(2, 0).await["content"].clone(), app.edit_of(3, 0).await["content"].clone()];
    let told = answers.iter().filter(|a| a.as_str().unwrap().contains("changed by someone else meanwhile")).count();
    let final_rank = app.rank_of(MEMBER).await.unwrap();
    let ranked_lines = app.audit_lines(AuditAction::Ranked).await;
    // Either the two changes overlapped (one wins, the other is told) or they ran one after the
    // other (both apply, in order): never a lost update, never a silent overwrite.
    assert_eq!(ranked_lines + told, 2, "{answers:?}");
    assert!(matches!(final_rank, Rank::R2 | Rank::R3));
    let stored = app.store.member(G, "FRO", UserId(MEMBER)).await.unwrap().unwrap();
    assert_eq!(stored.version, 1 + ranked_lines as u64, "one version per applied change");
}

#[tokio::test]
async fn the_lead_is_handed_over_and_a_leader_who_left_the_server_is_succeeded() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R4, 100).await;
    app.put_member(OTHER, Rank::R4, 50).await;
    let asked = app.answer(&alliance(2, LEADER, "transfer", &[("member", &MEMBER.to_string())])).await;
    let confirm = asked["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    assert!(confirm.starts_with(&format!("alliance:transfer:FRO:{MEMBER}:")), "{confirm}");
    let not_yours = app.answer(&press(3, OTHER, &confirm)).await;
    assert!(not_yours["content"].as_str().unwrap().contains("meanwhile"), "{not_yours}");
    let done = app.answer(&press(4, LEADER, &confirm)).await;
    assert_eq!(done["content"], format!("<@{MEMBER}> now leads [FRO] as R5."));
    assert_eq!((app.rank_of(MEMBER).await, app.rank_of(LEADER).await), (Some(Rank::R5), Some(Rank::R4)));
    assert!(app.roles_of(MEMBER).contains(&app.role_id("Frost Legion [FRO] - R5")));
    assert!(app.roles_of(LEADER).contains(&app.role_id("Frost Legion [FRO] - R4")));
    // Pressed again, the used confirmation repeats its answer and moves nothing.
    app.answer(&press(5, LEADER, &confirm)).await;
    assert_eq!((app.rank_of(MEMBER).await, app.rank_of(LEADER).await), (Some(Rank::R5), Some(Rank::R4)));
    let transfers = app.audit_lines(AuditAction::Transferred).await;
    assert_eq!(transfers, 1);

    // The new R5 leaves the server; the next look at the alliance finds the longest-serving R4.
    app.guild.state().gone.insert(MEMBER.to_string());
    let info = app.answer(&alliance(6, LEADER, "info", &[])).await;
    assert!(info["content"].as_str().unwrap().contains(&format!("R5: <@{OTHER}>")), "{info}");
    assert_eq!(app.store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(OTHER)));
    assert_eq!(app.rank_of(MEMBER).await, None, "the one who left is no member");
    let told = app.posts_in(&app.channel_id("r4-r5-only"));
    assert!(
        told.iter().any(|p| p["content"] == format!("<@{OTHER}> now leads [FRO] as R5: the previous R5 left.")),
        "{told:?}"
    );
    // Looking again changes nothing.
    app.answer(&alliance(7, LEADER, "info", &[])).await;
    assert_eq!(app.audit_lines(AuditAction::Succeeded).await, 1);
}

#[tokio::test]
async fn an_r5_who_leaves_is_followed_by_the_highest_longest_serving_member() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R3, 100).await;
    app.put_member(OTHER, Rank::R3, 50).await;
    app.answer(&alliance(2, LEADER, "leave", &[])).await;
    assert_eq!(app.store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(OTHER)));
    assert_eq!(app.rank_of(OTHER).await, Some(Rank::R5));
    assert!(app.roles_of(OTHER).contains(&app.role_id("Frost Legion [FRO] - R5")));
}

#[tokio::test]
async fn two_members_taking_a_leaderless_alliance_at_once_make_one_r5() {
    let app = app().await;
    let empty = dwos_core::model::Alliance {
        guild_id: G,
        tag: "ICE".into(),
        name: "Ice".into(),
        version: 0,
        created_at: 0,
        created_by: None,
        discord: Default::default(),
    };
    app.store.create_alliance(&empty).await.unwrap();
    let worker = app.worker().await;
    let take = |id, user| job(id, user, json!({ "step": "pick", "pick": { "kind": "alliance", "tag": "ICE" } }));
    let (a, b) = tokio::join!(worker.handle(take(2, MEMBER)), worker.handle(take(3, OTHER)));
    for outcome in [a, b] {
        if let Err(err) = outcome {
            // The loser of the roles-and-channels lease is handed back to the queue.
            assert!(err.is_retry(), "{err}");
        }
    }
    let members = app.store.members(G, "ICE").await.unwrap();
    assert_eq!(members.len(), 1, "{members:?}");
    assert_eq!(members[0].rank, Rank::R5);
    let requests = app.store.join_requests(G, "ICE").await.unwrap();
    assert_eq!(requests.len(), 1, "the other asks to join");
    assert_ne!(requests[0].user_id, members[0].user_id);
}

#[tokio::test]
async fn dissolving_keeps_or_deletes_the_channels_and_survives_redelivery() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R2, 100).await;
    let refused = app.answer(&alliance(2, MEMBER, "dissolve", &[])).await;
    assert_eq!(refused["content"], "Only the alliance's R5 can do this.");
    let asked = app.answer(&alliance(3, LEADER, "dissolve", &[])).await;
    let ids: Vec<&str> = asked["components"][0]["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["custom_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["alliance:dissolve:FRO:keep", "alliance:dissolve:FRO:delete", "alliance:cancel"]);
    let forged = app.answer(&press(4, MEMBER, "alliance:dissolve:FRO:delete")).await;
    assert_eq!(forged["content"], "Only the alliance's R5 can do this.", "the button is checked again");

    let worker = app.worker().await;
    let dissolve = job(5, LEADER, json!({ "step": "dissolve", "tag": "FRO", "delete_channels": false }));
    for _ in 0..2 {
        worker.handle(dissolve.clone()).await.unwrap();
    }
    assert_eq!(app.edit_of(5, 1).await["content"], "[FRO] is dissolved.");
    assert_eq!(app.store.alliance(G, "FRO").await.unwrap(), None);
    assert!(app.store.members(G, "FRO").await.unwrap().is_empty());
    assert_eq!(app.guild.state().roles.len(), 1, "the alliance roles are gone");
    assert_eq!(app.guild.state().channels.len(), 6, "the channels and their history stay");
    assert_eq!(
        (app.nick_of(MEMBER).as_deref(), app.nick_of(LEADER).as_deref()),
        (Some("player22222222"), Some("player11111111"))
    );
    assert_eq!(app.audit_lines(AuditAction::Dissolved).await, 1);

    // Created again and dissolved with its channels: they go, the council stays.
    app.create_fro(6).await;
    assert_eq!(app.guild.state().channels.len(), 6, "the kept channels are found again, not duplicated");
    app.answer(&press(7, LEADER, "alliance:dissolve:FRO:delete")).await;
    let names: Vec<String> =
        app.guild.state().channels.iter().map(|c| c["name"].as_str().unwrap().to_owned()).collect();
    assert_eq!(names, ["r5-council"]);
}

#[tokio::test]
async fn a_redelivered_rank_change_answers_the_same_and_logs_once() {
    let app = app().await;
    app.create_fro(1).await;
    app.put_member(MEMBER, Rank::R1, 100).await;
    let worker = app.worker().await;
    let rank = job(2, LEADER, json!({ "step": "set_rank", "member": MEMBER.to_string(), "rank": "R3" }));
    for nth in 0..2 {
        worker.handle(rank.clone()).await.unwrap();
        assert_eq!(app.edit_of(2, nth).await["content"], format!("<@{MEMBER}> is now R3 in [FRO]."), "delivery {nth}");
    }
    assert_eq!(app.audit_lines(AuditAction::Ranked).await, 1);
    assert_eq!(app.store.member(G, "FRO", UserId(MEMBER)).await.unwrap().unwrap().version, 2, "saved once");
}
