//! One conformance suite for every table adapter: each check takes a fresh [`Store`]
//! and asserts behaviour; `conformance_tests!` turns them into one test each.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use crate::table::{Condition, Item, Key, Write};
use crate::{Recorded, RedeemClaim, Store, StoreError};
use dwos_core::model::{
    Alliance, AllianceMember, GameEvent, GameId, GiftCode, GiftResult, GuildConfig, PlayerLink, Rank, Redemption,
    Reminder, UserPrefs,
};
use dwos_core::{ChannelId, GuildId, RoleId, UserId};

mod community;
mod concurrency;

pub use community::*;
pub use concurrency::*;

const G: GuildId = GuildId(100);
const OTHER_G: GuildId = GuildId(200);
const NOW: i64 = 1_764_093_600;

/// Generates one `#[tokio::test]` per check; `$store` is an async fn returning a
/// `(Store, guard)` whose guard keeps the backing resource alive.
#[macro_export]
macro_rules! conformance_tests {
    ($store:path) => {
        $crate::conformance_tests!(@each $store;
            guild_config_round_trips, game_ids_are_unique_per_guild, relinking_frees_the_old_game_id,
            unlinking_frees_the_game_id, alliance_versions_prevent_lost_updates, members_are_listed_per_alliance,
            idempotency_keys_claim_once_until_they_expire, reminders_are_found_by_due_minute,
            a_player_redeems_a_code_once, listings_return_every_page, export_and_erase_cover_every_user_record,
            corrupt_records_are_reported_and_skipped, atomic_writes_apply_all_or_nothing, events_and_codes_round_trip,
            verify_attempts_are_limited_per_window, exists_and_unversioned_conditions_hold,
            link_versions_prevent_lost_updates, a_refresh_loses_to_an_unlink, a_legacy_link_is_updated_but_never_resurrected,
            a_new_link_replaces_a_corrupt_one,
            links_in_one_guild_do_not_share_a_hot_item, unlinking_removes_membership_and_r5_seat,
            concurrent_verify_attempts_are_counted_exactly, a_redelivered_attempt_is_counted_once, the_game_api_budget_admits_exactly_the_limit, a_repeated_unlink_gives_the_first_answer, one_r5_claim_wins, an_old_r5_approval_cannot_move_the_seat_back,
            r5_transfer_to_a_non_member_changes_nothing, r5_transfer_demotes_the_previous_holder,
            idempotency_keys_remember_the_first_answer, the_check_index_follows_the_link,
            batched_reads_claims_and_saves_act_one_by_one, rsvps_count_and_dm_toggles_apply_once,
            a_forgotten_attempt_no_longer_counts, run_results_count_once_and_the_last_edits,
            auto_redeem_consent_is_per_member, two_officers_changing_one_member_one_wins,
            a_join_request_is_answered_once, audit_lines_are_written_once_and_exported,
            the_day_last_seen_moves_once_a_day_with_its_index, a_member_has_one_open_ticket_closed_once,
            rules_keep_versions_and_acceptances_count_once, community_records_are_exported_and_erased,
            server_wide_reminder_dms_respect_alliances_and_a_declined_event);
    };
    (@each $store:path; $($check:ident),* $(,)?) => {$(
        #[tokio::test]
        async fn $check() {
            let (store, _guard) = $store().await;
            $crate::conformance::$check(&store).await;
        }
    )*};
}

pub fn link(guild: GuildId, user: u64, game: u64) -> PlayerLink {
    PlayerLink {
        guild_id: guild,
        user_id: UserId(user),
        game_id: GameId(game),
        nickname: format!("player{game}"),
        state: 1234,
        furnace_level: Some(42),
        alliance: Some("FRO".into()),
        rank: Some(Rank::R3),
        other_state: false,
        consent_at: NOW,
        verified_at: NOW,
        refreshed_at: NOW,
        check_day: None,
        missing_checks: 0,
        state_search: None,
        version: 0,
    }
}

fn alliance(tag: &str) -> Alliance {
    Alliance {
        guild_id: G,
        tag: tag.into(),
        name: "Frost Legion".into(),
        version: 0,
        created_at: NOW,
        created_by: None,
        discord: Default::default(),
    }
}

fn reminder(event: &str, offset: u32, due_at: i64) -> Reminder {
    Reminder {
        guild_id: G,
        event_id: event.into(),
        offset_minutes: offset,
        due_at,
        channel_id: ChannelId(5),
        occurrence: due_at + i64::from(offset) * 60,
        last: offset == 0,
        silent: false,
    }
}

pub async fn guild_config_round_trips(store: &Store) {
    assert_eq!(store.guild_config(G).await.unwrap(), None);
    let config = GuildConfig {
        guild_id: G,
        verified_role_id: Some(RoleId(9)),
        log_channel_id: None,
        default_locale: Some("it".into()),
        home_state: Some(245),
        giftcode_channel_id: Some(ChannelId(5)),
        test_player: Some(GameId(77)),
        moderator_roles: vec![RoleId(6)],
        moderator_users: vec![UserId(8)],
        council_channel_id: Some(ChannelId(11)),
        updated_at: NOW,
        version: 0,
    };
    let saved = store.put_guild_config(&config).await.unwrap();
    assert_eq!(saved.version, 1);
    assert_eq!(store.guild_config(G).await.unwrap(), Some(saved.clone()));
    // Two moderators saved from the same read: the second is told, not silently lost.
    let first = store.put_guild_config(&GuildConfig { log_channel_id: Some(ChannelId(1)), ..saved.clone() }).await;
    let second = store.put_guild_config(&GuildConfig { default_locale: Some("en".into()), ..saved }).await;
    assert_eq!(first.unwrap().version, 2);
    assert!(matches!(second, Err(StoreError::VersionConflict(_))), "{second:?}");
    let stored = store.guild_config(G).await.unwrap().unwrap();
    assert_eq!((stored.log_channel_id, stored.default_locale.as_deref()), (Some(ChannelId(1)), Some("it")));
}

pub async fn game_ids_are_unique_per_guild(store: &Store) {
    let holder = store.link_player(&link(G, 1, 555)).await.unwrap();
    let refused = store.link_player(&link(G, 2, 555)).await.unwrap_err();
    assert!(matches!(refused, StoreError::GameIdTaken { game_id: GameId(555), holder: UserId(1) }), "{refused:?}");
    assert_eq!(store.player(G, UserId(2)).await.unwrap(), None, "nothing of the refused link was written");
    store.link_player(&link(OTHER_G, 2, 555)).await.expect("another guild may link the same game id");
    store.link_player(&holder).await.expect("the holder may re-verify");
    let mut guilds = store.guilds_with_players().await.unwrap();
    guilds.sort();
    assert_eq!(guilds, [G, OTHER_G], "both guilds are registered for the daily refresh");
    assert_eq!(store.player_by_game_id(G, GameId(555)).await.unwrap().map(|p| p.user_id), Some(UserId(1)));
}

pub async fn relinking_frees_the_old_game_id(store: &Store) {
    let first = store.link_player(&link(G, 1, 10)).await.unwrap();
    store.link_player(&PlayerLink { game_id: GameId(11), ..first }).await.unwrap();
    assert_eq!(store.player(G, UserId(1)).await.unwrap().unwrap().game_id, GameId(11));
    assert_eq!(store.player_by_game_id(G, GameId(10)).await.unwrap(), None);
    store.link_player(&link(G, 2, 10)).await.expect("the old game id is free again");
}

pub async fn unlinking_frees_the_game_id(store: &Store) {
    store.link_player(&link(G, 1, 20)).await.unwrap();
    assert_eq!(store.unlink_player(G, UserId(1)).await.unwrap().map(|p| p.game_id), Some(GameId(20)));
    assert_eq!(store.unlink_player(G, UserId(1)).await.unwrap(), None);
    store.link_player(&link(G, 2, 20)).await.unwrap();
    assert_eq!(store.count_players(G).await.unwrap(), 1);
}

pub async fn alliance_versions_prevent_lost_updates(store: &Store) {
    let created = store.create_alliance(&alliance("FRO")).await.unwrap();
    assert_eq!(created.version, 1);
    assert!(matches!(store.create_alliance(&alliance("FRO")).await, Err(StoreError::AlreadyExists(_))));
    // Two officers read version 1 and both save.
    let first = Alliance { name: "Frost Legion I".into(), ..created.clone() };
    let second = Alliance { name: "Frost Legion II".into(), ..created };
    assert_eq!(store.update_alliance(&first).await.unwrap().version, 2);
    assert!(matches!(store.update_alliance(&second).await, Err(StoreError::VersionConflict(_))));
    let stored = store.alliance(G, "FRO").await.unwrap().unwrap();
    assert_eq!((stored.name.as_str(), stored.version), ("Frost Legion I", 2));
    let retried = Alliance { name: "Frost Legion II".into(), ..stored };
    assert_eq!(store.update_alliance(&retried).await.unwrap().version, 3);
    store.create_alliance(&alliance("ICE")).await.unwrap();
    let tags: Vec<String> = store.alliances(G).await.unwrap().into_iter().map(|a| a.tag).collect();
    assert_eq!(tags, ["FRO", "ICE"]);
}

pub async fn members_are_listed_per_alliance(store: &Store) {
    store.create_alliance(&alliance("FRO")).await.unwrap();
    for (user, tag, rank) in [(1, "FRO", Rank::R5), (2, "FRO", Rank::R4), (3, "ICE", Rank::R1)] {
        let member =
            AllianceMember { guild_id: G, tag: tag.into(), user_id: UserId(user), rank, joined_at: NOW, version: 0 };
        store.put_member(&member).await.unwrap();
    }
    let ranks: Vec<Rank> = store.members(G, "FRO").await.unwrap().into_iter().map(|m| m.rank).collect();
    assert_eq!(ranks, [Rank::R5, Rank::R4]);
    store.remove_member(G, "FRO", UserId(2)).await.unwrap();
    assert_eq!(store.members(G, "FRO").await.unwrap().len(), 1);
    assert_eq!(store.alliances(G).await.unwrap().len(), 1, "members are not alliances");
    assert!(matches!(store.members(G, "F#X").await, Err(StoreError::InvalidKeyPart(_))));
    store.link_player(&link(G, 1, 10)).await.unwrap();
    let links = store.players_of(G, &[UserId(3), UserId(1)]).await.unwrap();
    let found: Vec<Option<UserId>> = links.iter().map(|l| l.as_ref().map(|l| l.user_id)).collect();
    assert_eq!(found, [None, Some(UserId(1))], "in the order asked, missing ones as None");
}

pub async fn idempotency_keys_claim_once_until_they_expire(store: &Store) {
    assert!(store.claim_idempotency_key("msg-1", 60, NOW).await.unwrap());
    assert!(!store.claim_idempotency_key("msg-1", 60, NOW + 30).await.unwrap(), "a redelivery is refused");
    assert!(store.claim_idempotency_key("msg-2", 60, NOW).await.unwrap());
    assert!(store.claim_idempotency_key("msg-1", 60, NOW + 61).await.unwrap(), "an expired claim is reclaimable");
}

pub async fn reminders_are_found_by_due_minute(store: &Store) {
    let at_1805 = 1_764_093_900; // 2025-11-25T18:05:00Z
    store.put_reminder(&reminder("bear", 30, at_1805)).await.unwrap();
    store.put_reminder(&reminder("bear", 15, at_1805 + 59)).await.unwrap();
    store.put_reminder(&reminder("joe", 0, at_1805 + 60)).await.unwrap();
    let due = store.due_reminders("2025-11-25T18:05").await.unwrap();
    let mut offsets: Vec<u32> = due.iter().map(|r| r.offset_minutes).collect();
    offsets.sort();
    assert_eq!(offsets, [15, 30]);
    store.delete_reminder(&due[0]).await.unwrap();
    assert_eq!(store.due_reminders("2025-11-25T18:05").await.unwrap().len(), 1);
    assert_eq!(store.due_reminders("2025-11-25T18:06").await.unwrap()[0].event_id, "joe");
}

pub async fn a_player_redeems_a_code_once(store: &Store) {
    let claim = |user, now| store.claim_redemption("WOS2026", GameId(7), UserId(user), now, 300);
    let mine = |claim: RedeemClaim| match claim {
        RedeemClaim::Mine(token) => token,
        other => panic!("not mine: {other:?}"),
    };
    // Two workers (two guilds' runs, or a redelivery) at once: one makes the call.
    let (a, b) = tokio::join!(claim(1, NOW), claim(2, NOW));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(matches!((&a, &b), (RedeemClaim::Mine(_), RedeemClaim::Busy) | (RedeemClaim::Busy, RedeemClaim::Mine(_))));
    let first = if matches!(a, RedeemClaim::Mine(_)) { mine(a) } else { mine(b) };
    // A holder that vanished gives the call up when its lease runs out...
    let second = mine(claim(2, NOW + 301).await.unwrap());
    let settled = |by: u64| Redemption {
        code: "WOS2026".into(),
        game_id: GameId(7),
        user_id: UserId(by),
        redeemed_at: NOW + 302,
        outcome: "redeemed".into(),
        settled_by: Some(format!("job{by}")),
    };
    // ...and if it comes back, neither its answer nor its release touches the new holder's claim.
    assert!(matches!(store.settle_redemption(&settled(1), first).await, Err(StoreError::VersionConflict(_))));
    store.release_redemption("WOS2026", GameId(7), first).await.unwrap();
    assert_eq!(claim(3, NOW + 303).await.unwrap(), RedeemClaim::Busy, "the second holder still holds it");
    store.settle_redemption(&settled(2), second).await.unwrap();
    assert_eq!(claim(1, NOW + 10_000).await.unwrap(), RedeemClaim::Done(settled(2)), "settled is for good");
    store.release_redemption("WOS2026", GameId(7), second).await.unwrap();
    assert_eq!(store.redemption("WOS2026", GameId(7)).await.unwrap(), Some(settled(2)), "never released");
    // A claim given back is free at once.
    let token = mine(store.claim_redemption("OTHER", GameId(7), UserId(1), NOW, 300).await.unwrap());
    store.release_redemption("OTHER", GameId(7), token).await.unwrap();
    assert!(matches!(
        store.claim_redemption("OTHER", GameId(7), UserId(1), NOW, 300).await.unwrap(),
        RedeemClaim::Mine(_)
    ));
    // The first verdict that kills a code stays.
    assert_eq!(store.code_dead("WOS2026").await.unwrap(), None);
    store.mark_code_dead("WOS2026", "expired", NOW).await.unwrap();
    store.mark_code_dead("WOS2026", "usage_limit", NOW).await.unwrap();
    assert_eq!(store.code_dead("WOS2026").await.unwrap().as_deref(), Some("expired"));
    // The question after verification writes preferences only where there are none.
    assert!(store.set_gift_opt_in(UserId(5), true, NOW).await.unwrap());
    assert!(!store.init_prefs(UserId(5), NOW).await.unwrap(), "an explicit yes stays");
    assert!(store.init_prefs(UserId(6), NOW).await.unwrap());
    assert_eq!(store.prefs(UserId(5)).await.unwrap().map(|p| p.gift_code_opt_in), Some(true));
}

pub async fn run_results_count_once_and_the_last_edits(store: &Store) {
    let code = GiftCode {
        guild_id: G,
        code: "RUN1".into(),
        added_by: UserId(9),
        added_at: NOW,
        dead: None,
        report: None,
        total: 4,
        done: 0,
        edited_at_ms: NOW * 1000,
        summary_final: false,
        version: 0,
    };
    let added = store.add_gift_code(&code).await.unwrap();
    assert!(matches!(store.add_gift_code(&code).await, Err(StoreError::AlreadyExists(_))));
    let result = |user: u64| GiftResult {
        guild_id: G,
        code: "RUN1".into(),
        user_id: UserId(user),
        game_id: GameId(user),
        outcome: "redeemed".into(),
        at: NOW,
    };
    let gap = 5_000;
    // The same result delivered twice at once, and two others at once: three counted.
    let (r1, r2, r3) = (result(1), result(2), result(3));
    let (a, b, c, d) = tokio::join!(
        store.record_gift_result(&r1, NOW * 1000 + 1, gap),
        store.record_gift_result(&r1, NOW * 1000 + 1, gap),
        store.record_gift_result(&r2, NOW * 1000 + 2, gap),
        store.record_gift_result(&r3, NOW * 1000 + 3, gap),
    );
    let recorded: Vec<Recorded> = [a, b, c, d].into_iter().filter_map(|r| r.unwrap()).collect();
    assert_eq!(recorded.len(), 3, "the repeated result is counted once");
    assert!(recorded.iter().all(|r| !r.edit_report), "edited less than 5 s ago, not the last");
    let last = store.record_gift_result(&result(4), NOW * 1000 + 4, gap).await.unwrap().unwrap();
    assert!(last.edit_report, "the last result always edits");
    assert_eq!((last.code.done, last.code.total), (4, 4));
    assert_eq!(store.gift_results(G, "RUN1").await.unwrap().len(), 4);
    // A stale save loses to the results recorded since.
    assert!(matches!(store.save_gift_code(&added).await, Err(StoreError::VersionConflict(_))));
    let now = store.gift_code(G, "RUN1").await.unwrap().unwrap();
    assert_eq!(store.save_gift_code(&GiftCode { total: 5, ..now }).await.unwrap().total, 5);
    assert_eq!(store.export_user(UserId(1)).await.unwrap().gift_results, [result(1)]);
}

pub async fn auto_redeem_consent_is_per_member(store: &Store) {
    store.link_player(&link(G, 1, 10)).await.unwrap();
    store.link_player(&link(G, 2, 20)).await.unwrap();
    store.link_player(&link(G, 3, 30)).await.unwrap();
    let (a, b) = tokio::join!(store.set_gift_opt_in(UserId(1), true, NOW), store.set_gift_opt_in(UserId(1), true, NOW));
    assert!(a.unwrap() ^ b.unwrap(), "one of two equal clicks changes it");
    assert!(store.set_gift_opt_in(UserId(2), true, NOW).await.unwrap());
    assert!(store.set_gift_opt_in(UserId(2), false, NOW).await.unwrap());
    let opted: Vec<UserId> = store.opted_in_players(G).await.unwrap().into_iter().map(|p| p.user_id).collect();
    assert_eq!(opted, [UserId(1)]);
}

pub async fn listings_return_every_page(store: &Store) {
    // 150 players with ~8 KB names: 1.2 MB, past DynamoDB's 1 MB query page.
    let padding = "x".repeat(8 * 1024);
    let writes = (0..150u64)
        .map(|i| {
            let player = PlayerLink { nickname: format!("{i:03}{padding}"), ..link(G, 1000 + i, 9000 + i) };
            let item = Item {
                key: crate::keys::player(G, player.user_id),
                user_key: None,
                expires_at: None,
                version: None,
                body: serde_json::to_value(&player).unwrap(),
            };
            Write::Put(item, Condition::Always)
        })
        .collect();
    store.table().batch_write(writes).await.unwrap();
    assert_eq!(store.players(G).await.unwrap().len(), 150);
    assert_eq!(store.count_players(G).await.unwrap(), 150);
}

pub async fn export_and_erase_cover_every_user_record(store: &Store) {
    let user = UserId(1);
    store.link_player(&link(G, 1, 30)).await.unwrap();
    store.link_player(&link(OTHER_G, 1, 31)).await.unwrap();
    store
        .put_prefs(&UserPrefs {
            user_id: user,
            locale: Some("it".into()),
            gift_code_opt_in: true,
            updated_at: NOW,
            seen_day: None,
            version: 0,
        })
        .await
        .unwrap();
    let member =
        AllianceMember { guild_id: G, tag: "FRO".into(), user_id: user, rank: Rank::R4, joined_at: NOW, version: 0 };
    store.put_member(&member).await.unwrap();
    // 30 redemptions: erasure deletes in several batches.
    for i in 0..30 {
        let code = format!("CODE{i}");
        let RedeemClaim::Mine(token) = store.claim_redemption(&code, GameId(30), user, NOW, 300).await.unwrap() else {
            panic!("a fresh claim is mine")
        };
        let r = Redemption {
            code,
            game_id: GameId(30),
            user_id: user,
            redeemed_at: NOW,
            outcome: "redeemed".into(),
            settled_by: None,
        };
        store.settle_redemption(&r, token).await.unwrap();
    }
    // Someone else's data must survive the erasure.
    store.link_player(&link(G, 2, 40)).await.unwrap();

    let export = store.export_user(user).await.unwrap();
    assert_eq!(export.prefs.as_ref().map(|p| p.gift_code_opt_in), Some(true));
    assert_eq!(export.players.len(), 2);
    assert_eq!(export.memberships, [AllianceMember { version: 1, ..member }]);
    assert_eq!(export.redemptions.len(), 30);

    // 2 player links + 2 game-id claims + prefs + membership + 30 redemptions.
    assert_eq!(store.erase_user(user).await.unwrap(), 36);
    assert_eq!(store.export_user(user).await.unwrap(), Default::default());
    assert_eq!(store.player(G, user).await.unwrap(), None);
    assert_eq!(store.player_by_game_id(G, GameId(30)).await.unwrap(), None);
    assert_eq!(store.redemption("CODE0", GameId(30)).await.unwrap(), None);
    assert!(store.player(G, UserId(2)).await.unwrap().is_some(), "other users keep their data");
}

pub async fn corrupt_records_are_reported_and_skipped(store: &Store) {
    store.link_player(&link(G, 1, 50)).await.unwrap();
    let bad_key = crate::keys::player(G, UserId(2));
    let bad = Item {
        key: bad_key.clone(),
        user_key: None,
        expires_at: None,
        version: None,
        body: serde_json::json!({"nickname": 7}),
    };
    store.table().write(vec![Write::Put(bad, Condition::Always)]).await.unwrap();
    match store.player(G, UserId(2)).await {
        Err(StoreError::Corrupt { key, .. }) => assert_eq!(key, bad_key),
        other => panic!("expected a corrupt-record error, got {other:?}"),
    }
    let players = store.players(G).await.unwrap();
    assert_eq!(players.iter().map(|p| p.user_id).collect::<Vec<_>>(), [UserId(1)]);
}

pub async fn atomic_writes_apply_all_or_nothing(store: &Store) {
    let item = |sk: &str| Item {
        key: Key::new("TEST", sk),
        user_key: None,
        expires_at: None,
        version: None,
        body: serde_json::json!({ "n": 1 }),
    };
    store.table().write(vec![Write::Put(item("a"), Condition::Absent)]).await.unwrap();
    let failed = store
        .table()
        .write(vec![Write::Put(item("b"), Condition::Absent), Write::Put(item("a"), Condition::Absent)])
        .await
        .unwrap_err();
    assert!(matches!(failed, StoreError::ConditionFailed(ref key) if key.sk == "a"), "{failed:?}");
    assert_eq!(store.table().get(&Key::new("TEST", "b")).await.unwrap(), None, "b was rolled back");
    assert_eq!(
        store.table().get(&Key::new("TEST", "a")).await.unwrap().map(|i| i.body),
        Some(serde_json::json!({ "n": 1 }))
    );
}

pub fn event(id: &str, next_at: i64) -> GameEvent {
    GameEvent {
        guild_id: G,
        event_id: id.into(),
        event_type: dwos_core::schedule::EventType::BearTrap,
        title: None,
        anchor: "2025-11-25 18:30".into(),
        timezone: "UTC".into(),
        repeat: dwos_core::schedule::Repeat::Every2Days,
        offsets: vec![30, 15, 0],
        channel_id: ChannelId(5),
        role_id: None,
        alliance: None,
        created_by: UserId(1),
        paused: false,
        dm: false,
        next_at: Some(next_at),
        created_at: NOW,
        version: 0,
    }
}

pub async fn events_and_codes_round_trip(store: &Store) {
    let start = NOW + 1800;
    let reminders: Vec<Reminder> = [30, 15, 0].map(|m| reminder("bear-1", m, start - i64::from(m) * 60)).to_vec();
    let created = store.create_event(&event("bear-1", start), &reminders).await.unwrap();
    assert_eq!(created.version, 1);
    assert!(matches!(store.create_event(&event("bear-1", start), &[]).await, Err(StoreError::AlreadyExists(_))));
    assert_eq!(store.event(G, "bear-1").await.unwrap(), Some(created.clone()));
    assert_eq!(store.events(G).await.unwrap(), std::slice::from_ref(&created));
    assert_eq!(store.due_reminders(&dwos_core::model::minute_bucket(start)).await.unwrap().len(), 1);
    // Moving on to the next occurrence: its reminders in, the old ones out, in one write.
    let next: Vec<Reminder> = [30, 15, 0].map(|m| reminder("bear-1", m, start + 172_800 - i64::from(m) * 60)).to_vec();
    let moved =
        store.save_event(&GameEvent { next_at: Some(start + 172_800), ..created.clone() }, &next, &reminders).await;
    let moved = moved.unwrap();
    assert_eq!(moved.version, 2);
    assert!(store.due_reminders(&dwos_core::model::minute_bucket(start)).await.unwrap().is_empty());
    // A writer that read version 1 loses, and writes none of its reminders.
    let stale = store.save_event(&GameEvent { paused: true, ..created.clone() }, &reminders, &[]).await;
    assert!(matches!(stale, Err(StoreError::VersionConflict(_))), "{stale:?}");
    assert!(store.due_reminders(&dwos_core::model::minute_bucket(start)).await.unwrap().is_empty());
    assert!(matches!(store.remove_event(&created, &next).await, Err(StoreError::VersionConflict(_))));
    store.remove_event(&moved, &next).await.unwrap();
    assert!(store.events(G).await.unwrap().is_empty());
    assert!(store.due_reminders(&dwos_core::model::minute_bucket(start + 172_800)).await.unwrap().is_empty());
    // The sweep's marker moves forward over its version only.
    assert_eq!(store.last_swept().await.unwrap(), (None, 0));
    assert!(store.record_swept(NOW, 0).await.unwrap());
    assert!(!store.record_swept(NOW + 60, 0).await.unwrap(), "another sweep moved it first");
    let (minute, version) = store.last_swept().await.unwrap();
    assert_eq!((minute, version), (Some(NOW), 1));
    assert!(store.record_swept(NOW + 60, version).await.unwrap());
    let code = GiftCode {
        guild_id: G,
        code: "WOS2026".into(),
        added_by: UserId(1),
        added_at: NOW,
        dead: None,
        report: None,
        total: 0,
        done: 0,
        edited_at_ms: 0,
        summary_final: false,
        version: 0,
    };
    let saved = store.add_gift_code(&code).await.unwrap();
    assert_eq!(saved.version, 1);
    assert_eq!(store.gift_codes(G).await.unwrap(), [saved]);
}

pub async fn verify_attempts_are_limited_per_window(store: &Store) {
    for minute in 0..5 {
        assert_eq!(
            store.record_verify_attempt(G, UserId(1), &format!("a{minute}"), NOW + minute * 60, 1800, 5).await.unwrap(),
            Ok(())
        );
    }
    // The sixth within 30 minutes is refused until the first attempt ages out.
    assert_eq!(store.record_verify_attempt(G, UserId(1), "b", NOW + 600, 1800, 5).await.unwrap(), Err(1200));
    assert_eq!(store.record_verify_attempt(G, UserId(2), "c", NOW + 600, 1800, 5).await.unwrap(), Ok(()), "per user");
    assert_eq!(store.record_verify_attempt(G, UserId(1), "d", NOW + 1800, 1800, 5).await.unwrap(), Ok(()));
    assert_eq!(store.erase_user(UserId(1)).await.unwrap(), 1, "attempts belong to the user");
}

pub async fn the_check_index_follows_the_link(store: &Store) {
    let day = NOW / 86_400;
    let first = store.link_player(&PlayerLink { check_day: Some(day), ..link(G, 1, 30) }).await.unwrap();
    store.link_player(&PlayerLink { check_day: Some(day), ..link(OTHER_G, 2, 31) }).await.unwrap();
    store.link_player(&link(G, 3, 32)).await.unwrap();
    let mut due = store.players_due(day).await.unwrap();
    due.sort();
    assert_eq!(due, [(G, UserId(1)), (OTHER_G, UserId(2))], "only scheduled links are indexed");
    // Checked: due again a week later, and no longer today.
    let moved = store.link_player(&PlayerLink { check_day: Some(day + 7), ..first }).await.unwrap();
    assert_eq!(store.players_due(day).await.unwrap(), [(OTHER_G, UserId(2))]);
    assert_eq!(store.players_due(day + 7).await.unwrap(), [(G, UserId(1))]);
    // A write on a version already written over moves nothing.
    store.link_player(&PlayerLink { check_day: Some(day + 1), ..moved.clone() }).await.unwrap();
    let refused = store.link_player(&PlayerLink { check_day: Some(day + 2), ..moved }).await.unwrap_err();
    assert!(matches!(refused, StoreError::VersionConflict(_)), "{refused:?}");
    assert_eq!(store.players_due(day + 2).await.unwrap(), []);
    assert_eq!(store.players_due(day + 1).await.unwrap(), [(G, UserId(1))]);
    // Unlinking and erasing take the entry with them.
    store.unlink_player(G, UserId(1)).await.unwrap();
    assert_eq!(store.players_due(day + 1).await.unwrap(), []);
    store.erase_user(UserId(2)).await.unwrap();
    assert_eq!(store.players_due(day).await.unwrap(), []);
    // A stale entry can be dropped by whoever finds it.
    store.link_player(&PlayerLink { check_day: Some(day), ..link(G, 4, 33) }).await.unwrap();
    store.drop_due(day, G, UserId(4)).await.unwrap();
    assert_eq!(store.players_due(day).await.unwrap(), []);
    assert!(!store.migration_done("check-index").await.unwrap());
    store.mark_migration_done("check-index", NOW).await.unwrap();
    assert!(store.migration_done("check-index").await.unwrap());
}

pub async fn a_forgotten_attempt_no_longer_counts(store: &Store) {
    for attempt in ["a", "b"] {
        assert_eq!(store.record_verify_attempt(G, UserId(1), attempt, NOW, 1800, 2).await.unwrap(), Ok(()));
    }
    assert!(store.record_verify_attempt(G, UserId(1), "c", NOW, 1800, 2).await.unwrap().is_err());
    store.forget_verify_attempt(G, UserId(1), "b").await.unwrap();
    store.forget_verify_attempt(G, UserId(1), "b").await.unwrap();
    store.forget_verify_attempt(G, UserId(9), "b").await.unwrap();
    assert_eq!(store.record_verify_attempt(G, UserId(1), "c", NOW, 1800, 2).await.unwrap(), Ok(()));
    assert!(store.record_verify_attempt(G, UserId(1), "d", NOW, 1800, 2).await.unwrap().is_err());
}

pub async fn batched_reads_claims_and_saves_act_one_by_one(store: &Store) {
    let start = NOW + 600;
    let a = store.create_event(&event("a", start), &[reminder("a", 0, start)]).await.unwrap();
    let b = store.create_event(&event("b", start), &[reminder("b", 0, start)]).await.unwrap();
    let ids = [(G, "a".to_owned()), (G, "nope".to_owned()), (G, "b".to_owned())];
    let read: Vec<Option<GameEvent>> =
        store.events_by_id(&ids).await.unwrap().into_iter().map(Result::unwrap).collect();
    assert_eq!(read, [Some(a.clone()), None, Some(b.clone())]);
    // Claims: each on its own, in order.
    store.claim_idempotency_key_with("k2", 60, NOW, serde_json::json!("first")).await.unwrap();
    let wanted = [
        ("k1".to_owned(), serde_json::json!(1)),
        ("k2".to_owned(), serde_json::json!(2)),
        ("k3".to_owned(), serde_json::json!(3)),
    ];
    let claims: Vec<_> = store.claim_many(&wanted, 60, NOW).await.into_iter().map(Result::unwrap).collect();
    assert_eq!(claims, [None, Some(serde_json::json!("first")), None], "the earlier claim's answer");
    let again: Vec<_> = store.claim_many(&wanted[..1], 60, NOW).await.into_iter().map(Result::unwrap).collect();
    assert_eq!(again, [Some(serde_json::json!(1))]);
    // Saves: a stale one conflicts alone, the other is saved with its reminders.
    let stale_a = GameEvent { version: 0, ..a.clone() };
    let next = start + 172_800;
    let saves = [
        (GameEvent { next_at: Some(next), ..stale_a }, vec![reminder("a", 0, next)], vec![reminder("a", 0, start)]),
        (GameEvent { next_at: Some(next), ..b.clone() }, vec![reminder("b", 0, next)], vec![reminder("b", 0, start)]),
    ];
    let saved = store.save_events(&saves).await;
    assert!(matches!(saved[0], Err(StoreError::VersionConflict(_))), "{:?}", saved[0]);
    assert_eq!(saved[1].as_ref().unwrap().version, 2);
    let due_then: Vec<String> = store
        .due_reminders(&dwos_core::model::minute_bucket(start))
        .await
        .unwrap()
        .into_iter()
        .map(|r| r.event_id)
        .collect();
    assert_eq!(due_then, ["a"], "b's reminder moved on, a's stayed");
    assert_eq!(store.due_reminders(&dwos_core::model::minute_bucket(next)).await.unwrap().len(), 1);
    store.delete_reminders(&[reminder("a", 0, start)]).await.unwrap();
    assert!(store.due_reminders(&dwos_core::model::minute_bucket(start)).await.unwrap().is_empty());
}

pub async fn rsvps_count_and_dm_toggles_apply_once(store: &Store) {
    store.set_rsvp(G, "ev", UserId(1), true).await.unwrap();
    store.set_rsvp(G, "ev", UserId(2), true).await.unwrap();
    store.set_rsvp(G, "ev", UserId(2), false).await.unwrap();
    store.set_rsvp(G, "other", UserId(3), true).await.unwrap();
    assert_eq!(store.rsvp_counts(G, "ev").await.unwrap(), (1, 1), "one answer per member, the last");
    assert!(store.toggle_dm(G, "ev", UserId(1), "t1").await.unwrap());
    assert!(store.toggle_dm(G, "ev", UserId(1), "t1").await.unwrap(), "a redelivered toggle changes nothing");
    assert_eq!(store.dm_subscribers(G, "ev", None).await.unwrap(), [UserId(1)]);
    assert!(!store.toggle_dm(G, "ev", UserId(1), "t2").await.unwrap());
    assert!(store.dm_subscribers(G, "ev", None).await.unwrap().is_empty());
    assert!(!store.toggle_dm(G, "ev", UserId(1), "t1").await.unwrap(), "an older click redelivered flips nothing back");
    // Both are the member's own records: exported, and erased with them.
    store.toggle_dm(G, "ev", UserId(2), "t3").await.unwrap();
    let mut choices = store.export_user(UserId(2)).await.unwrap().event_choices;
    choices.sort_by_key(|c| c.going.is_some());
    assert_eq!(
        choices,
        [
            dwos_core::model::EventChoice { guild_id: G, event_id: "ev".into(), going: None, dm: Some(true) },
            dwos_core::model::EventChoice { guild_id: G, event_id: "ev".into(), going: Some(false), dm: None },
        ]
    );
    store.erase_user(UserId(2)).await.unwrap();
    assert_eq!(store.rsvp_counts(G, "ev").await.unwrap(), (1, 0));
    assert!(store.dm_subscribers(G, "ev", None).await.unwrap().is_empty());
    // Cancelling an event takes its answers and DM wishes with it.
    let ev = store.create_event(&event("ev", NOW + 600), &[]).await.unwrap();
    store.toggle_dm(G, "ev", UserId(1), "t4").await.unwrap();
    store.remove_event(&ev, &[]).await.unwrap();
    assert_eq!(store.rsvp_counts(G, "ev").await.unwrap(), (0, 0));
    assert!(store.dm_subscribers(G, "ev", None).await.unwrap().is_empty());
    assert_eq!(store.rsvp_counts(G, "other").await.unwrap(), (1, 0), "another event's answers stay");
}
