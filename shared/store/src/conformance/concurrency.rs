//! Checks of what happens when writers race: versions, conditions, the R5 seat, and
//! idempotency answers.

use super::{G, NOW, alliance, link};
use crate::table::{Condition, Item, Key, Write};
use crate::{Store, StoreError};
use dwos_core::UserId;
use dwos_core::model::{AllianceAudit, AllianceMember, AuditAction, GameId, JoinRequest, PlayerLink, Rank};

fn member(tag: &str, user: u64, rank: Rank) -> AllianceMember {
    AllianceMember { guild_id: G, tag: tag.into(), user_id: UserId(user), rank, joined_at: NOW, version: 0 }
}

async fn ranks(store: &Store, tag: &str) -> Vec<(UserId, Rank)> {
    store.members(G, tag).await.unwrap().into_iter().map(|m| (m.user_id, m.rank)).collect()
}

pub async fn exists_and_unversioned_conditions_hold(store: &Store) {
    let item = |sk: &str, version: Option<u64>| Item {
        key: Key::new("TEST", sk),
        user_key: None,
        expires_at: None,
        version,
        body: serde_json::json!({ "n": 1 }),
    };
    let table = store.table();
    let failed = table.write(vec![Write::Put(item("a", None), Condition::Exists)]).await.unwrap_err();
    assert!(matches!(failed, StoreError::ConditionFailed(ref key) if key.sk == "a"), "{failed:?}");
    assert_eq!(table.get(&Key::new("TEST", "a")).await.unwrap(), None, "Exists fails on a missing item");
    let failed = table.write(vec![Write::Put(item("a", None), Condition::Unversioned)]).await.unwrap_err();
    assert!(matches!(failed, StoreError::ConditionFailed(_)), "Unversioned needs the item: {failed:?}");
    table.write(vec![Write::Put(item("a", None), Condition::Absent)]).await.expect("a is new");
    table.write(vec![Write::Put(item("a", Some(1)), Condition::Unversioned)]).await.expect("no version yet");
    let failed = table.write(vec![Write::Put(item("a", Some(2)), Condition::Unversioned)]).await.unwrap_err();
    assert!(matches!(failed, StoreError::ConditionFailed(_)), "{failed:?}");
    table.write(vec![Write::Put(item("a", Some(2)), Condition::Exists)]).await.expect("a is there");
    let failed = table
        .write(vec![
            Write::Put(item("b", None), Condition::Absent),
            Write::Delete(Key::new("TEST", "c"), Condition::Exists),
        ])
        .await
        .unwrap_err();
    assert!(matches!(failed, StoreError::ConditionFailed(ref key) if key.sk == "c"), "{failed:?}");
    assert_eq!(table.get(&Key::new("TEST", "b")).await.unwrap(), None, "b was rolled back");
    assert_eq!(table.get(&Key::new("TEST", "a")).await.unwrap().and_then(|i| i.version), Some(2));
}

pub async fn link_versions_prevent_lost_updates(store: &Store) {
    let stored = store.link_player(&link(G, 1, 60)).await.unwrap();
    assert_eq!(stored.version, 1);
    assert_eq!(store.player(G, UserId(1)).await.unwrap(), Some(stored.clone()));
    let again = store.link_player(&link(G, 1, 60)).await.unwrap_err();
    assert!(matches!(again, StoreError::VersionConflict(_)), "a second new link is stale: {again:?}");
    // Two writers read version 1 and both save, one after the other, then both at once.
    let first = PlayerLink { nickname: "first".into(), ..stored.clone() };
    let second = PlayerLink { nickname: "second".into(), game_id: GameId(61), ..stored };
    let first = store.link_player(&first).await.unwrap();
    assert_eq!(first.version, 2);
    let refused = store.link_player(&second).await.unwrap_err();
    assert!(matches!(refused, StoreError::VersionConflict(_)), "{refused:?}");
    assert_eq!(store.player_by_game_id(G, GameId(61)).await.unwrap(), None, "the loser claimed nothing");
    let renamed = PlayerLink { nickname: "renamed".into(), ..first.clone() };
    let moved = PlayerLink { game_id: GameId(62), ..first };
    let (a, b) = tokio::join!(store.link_player(&renamed), store.link_player(&moved));
    let results = [a, b];
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1, "{results:?}");
    assert!(results.iter().any(|r| matches!(r, Err(StoreError::VersionConflict(_)))), "{results:?}");
    let stored = store.player(G, UserId(1)).await.unwrap().unwrap();
    assert_eq!(stored.version, 3);
    let claimed = store.player_by_game_id(G, stored.game_id).await.unwrap();
    assert_eq!(claimed.map(|p| p.user_id), Some(UserId(1)), "the winner's game id is claimed");
}

pub async fn a_refresh_loses_to_an_unlink(store: &Store) {
    store.link_player(&link(G, 1, 70)).await.unwrap();
    let read = store.player(G, UserId(1)).await.unwrap().unwrap();
    assert_eq!(store.unlink_player(G, UserId(1)).await.unwrap(), Some(read.clone()));
    let refreshed = PlayerLink { nickname: "renamed".into(), ..read };
    let refused = store.link_player(&refreshed).await.unwrap_err();
    assert!(matches!(refused, StoreError::VersionConflict(_)), "{refused:?}");
    assert_eq!(store.player(G, UserId(1)).await.unwrap(), None, "the unlink stands");
    assert_eq!(store.player_by_game_id(G, GameId(70)).await.unwrap(), None);
    store.link_player(&link(G, 2, 70)).await.expect("the game id stays free");
}

/// A link written before links had versions (no `version` anywhere) is updated once, and
/// a stale update of it loses to an unlink like any other.
pub async fn a_legacy_link_is_updated_but_never_resurrected(store: &Store) {
    let legacy = |user: u64, game: u64| {
        let mut body = serde_json::to_value(link(G, user, game)).unwrap();
        body.as_object_mut().unwrap().remove("version");
        let key = crate::keys::player(G, UserId(user));
        let user_key = Some(crate::keys::owned_by(UserId(user), &key));
        Item { key, user_key, expires_at: None, version: None, body }
    };
    store.table().write(vec![Write::Put(legacy(3, 71), Condition::Always)]).await.unwrap();
    let read = store.player(G, UserId(3)).await.unwrap().unwrap();
    assert_eq!(read.version, PlayerLink::UNVERSIONED);
    let updated = store.link_player(&PlayerLink { nickname: "new".into(), ..read.clone() }).await.unwrap();
    assert_eq!(updated.version, 1);
    let stale = store.link_player(&PlayerLink { nickname: "stale".into(), ..read }).await.unwrap_err();
    assert!(matches!(stale, StoreError::VersionConflict(_)), "{stale:?}");

    store.table().write(vec![Write::Put(legacy(4, 72), Condition::Always)]).await.unwrap();
    let read = store.player(G, UserId(4)).await.unwrap().unwrap();
    store.table().write(vec![Write::Delete(crate::keys::player(G, UserId(4)), Condition::Always)]).await.unwrap();
    let refused = store.link_player(&PlayerLink { nickname: "refreshed".into(), ..read }).await.unwrap_err();
    assert!(matches!(refused, StoreError::VersionConflict(_)), "{refused:?}");
    assert_eq!(store.player(G, UserId(4)).await.unwrap(), None, "the unlink stands");
}

pub async fn a_new_link_replaces_a_corrupt_one(store: &Store) {
    let bad = Item {
        key: crate::keys::player(G, UserId(2)),
        user_key: None,
        expires_at: None,
        version: None,
        body: serde_json::json!({ "nickname": 7 }),
    };
    store.table().write(vec![Write::Put(bad, Condition::Always)]).await.unwrap();
    let refresh = PlayerLink { version: 3, ..link(G, 2, 80) };
    let refused = store.link_player(&refresh).await.unwrap_err();
    assert!(matches!(refused, StoreError::Corrupt { .. }), "a refresh never read it: {refused:?}");
    let stored = store.link_player(&link(G, 2, 80)).await.expect("a new verification replaces it");
    assert_eq!(store.player(G, UserId(2)).await.unwrap(), Some(stored));
}

pub async fn links_in_one_guild_do_not_share_a_hot_item(store: &Store) {
    let (first, second) = (link(G, 1, 90), link(G, 2, 91));
    let (a, b) = tokio::join!(store.link_player(&first), store.link_player(&second));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert_eq!((a.version, b.version), (1, 1));
    assert_eq!(store.guilds_with_players().await.unwrap(), [G]);
    let registry = crate::keys::guild_registry(G);
    store.table().write(vec![Write::Delete(registry, Condition::Always)]).await.unwrap();
    store.link_player(&a).await.unwrap();
    assert!(store.guilds_with_players().await.unwrap().is_empty(), "a refresh leaves the registry alone");
}

pub async fn unlinking_removes_membership_and_r5_seat(store: &Store) {
    store.link_player(&link(G, 1, 100)).await.unwrap();
    store.put_member(&member("FRO", 1, Rank::R5)).await.unwrap();
    store.put_member(&member("FRO", 2, Rank::R4)).await.unwrap();
    assert!(store.claim_r5(G, "FRO", UserId(1)).await.unwrap());
    assert!(store.unlink_player(G, UserId(1)).await.unwrap().is_some());
    assert_eq!(ranks(store, "FRO").await, [(UserId(2), Rank::R4)]);
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), None, "the leaver's seat is free");
    // Someone else's seat stays when a member leaves.
    store.link_player(&link(G, 3, 101)).await.unwrap();
    store.put_member(&member("FRO", 3, Rank::R3)).await.unwrap();
    assert!(store.claim_r5(G, "FRO", UserId(2)).await.unwrap());
    assert!(store.unlink_player(G, UserId(3)).await.unwrap().is_some());
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(2)));
    assert_eq!(ranks(store, "FRO").await, [(UserId(2), Rank::R4)]);
}

pub async fn concurrent_verify_attempts_are_counted_exactly(store: &Store) {
    let tasks: Vec<_> = (0..6)
        .map(|i| {
            let store = store.clone();
            tokio::spawn(
                async move { store.record_verify_attempt(G, UserId(1), &format!("job{i}"), NOW, 1800, 5).await },
            )
        })
        .collect();
    let mut outcomes = Vec::new();
    for task in tasks {
        outcomes.push(task.await.unwrap().unwrap());
    }
    assert_eq!(outcomes.iter().filter(|o| o.is_ok()).count(), 5, "{outcomes:?}");
    assert_eq!(outcomes.iter().filter(|o| o.is_err()).count(), 1, "{outcomes:?}");
}

pub async fn a_redelivered_attempt_is_counted_once(store: &Store) {
    for _ in 0..3 {
        assert_eq!(store.record_verify_attempt(G, UserId(1), "job", NOW, 1800, 2).await.unwrap(), Ok(()));
    }
    assert_eq!(store.record_verify_attempt(G, UserId(1), "other", NOW, 1800, 2).await.unwrap(), Ok(()));
    assert!(store.record_verify_attempt(G, UserId(1), "third", NOW, 1800, 2).await.unwrap().is_err());
    // An attempt that was counted stays allowed on redelivery, even once the window is full.
    assert_eq!(store.record_verify_attempt(G, UserId(1), "job", NOW + 1, 1800, 2).await.unwrap(), Ok(()));
}

pub async fn one_r5_claim_wins(store: &Store) {
    store.create_alliance(&alliance("FRO")).await.unwrap();
    let (a, b) = tokio::join!(store.claim_r5(G, "FRO", UserId(1)), store.claim_r5(G, "FRO", UserId(2)));
    let (a, b) = (a.unwrap(), b.unwrap());
    assert!(a != b, "exactly one claim wins: {a} {b}");
    let winner = if a { UserId(1) } else { UserId(2) };
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(winner));
    assert!(store.claim_r5(G, "FRO", winner).await.unwrap(), "the holder's claim holds again");
    let tags: Vec<String> = store.alliances(G).await.unwrap().into_iter().map(|a| a.tag).collect();
    assert_eq!(tags, ["FRO"], "a seat is not an alliance");
    assert!(store.members(G, "FRO").await.unwrap().is_empty(), "a seat is not a member");
    assert_eq!(store.erase_user(winner).await.unwrap(), 1, "the seat belongs to its holder");
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), None);
}

pub async fn r5_transfer_to_a_non_member_changes_nothing(store: &Store) {
    store.put_member(&member("FRO", 1, Rank::R5)).await.unwrap();
    assert!(store.claim_r5(G, "FRO", UserId(1)).await.unwrap());
    let refused = store.transfer_r5(G, "FRO", UserId(2), None, NOW).await.unwrap_err();
    let expected = crate::keys::member(G, "FRO", UserId(2)).unwrap();
    assert!(matches!(refused, StoreError::ConditionFailed(ref key) if *key == expected), "{refused:?}");
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(1)), "the sitting R5 stays");
    assert_eq!(ranks(store, "FRO").await, [(UserId(1), Rank::R5)]);
}

pub async fn r5_transfer_demotes_the_previous_holder(store: &Store) {
    store.put_member(&member("FRO", 1, Rank::R5)).await.unwrap();
    store.put_member(&member("FRO", 2, Rank::R3)).await.unwrap();
    assert!(store.claim_r5(G, "FRO", UserId(1)).await.unwrap());
    assert_eq!(store.transfer_r5(G, "FRO", UserId(2), None, NOW).await.unwrap(), Some(UserId(1)));
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(2)));
    assert_eq!(ranks(store, "FRO").await, [(UserId(1), Rank::R4), (UserId(2), Rank::R5)]);
    assert!(!store.claim_r5(G, "FRO", UserId(1)).await.unwrap(), "the seat is taken");
    // A free seat is handed over too.
    store.put_member(&member("ICE", 3, Rank::R1)).await.unwrap();
    assert_eq!(store.transfer_r5(G, "ICE", UserId(3), None, NOW).await.unwrap(), None);
    assert_eq!(ranks(store, "ICE").await, [(UserId(3), Rank::R5)]);
    // The seat moved to its new holder: erasing the old one leaves it.
    assert_eq!(store.erase_user(UserId(1)).await.unwrap(), 1, "only the old holder's membership");
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(2)));
}

pub async fn idempotency_keys_remember_the_first_answer(store: &Store) {
    let first = serde_json::json!({ "text": "unlinked", "ephemeral": true, "args": ["FRO"] });
    assert_eq!(store.claim_idempotency_key_with("unlink-1", 60, NOW, first.clone()).await.unwrap(), None);
    let retry = serde_json::json!({ "text": "not linked" });
    let again = store.claim_idempotency_key_with("unlink-1", 60, NOW + 10, retry.clone()).await.unwrap();
    assert_eq!(again, Some(first), "a retry repeats the first answer");
    assert!(!store.claim_idempotency_key("unlink-1", 60, NOW + 20).await.unwrap());
    let later = store.claim_idempotency_key_with("unlink-1", 60, NOW + 61, retry.clone()).await.unwrap();
    assert_eq!(later, None, "an expired claim is claimed afresh");
    assert_eq!(
        store.claim_idempotency_key_with("unlink-1", 60, NOW + 62, serde_json::json!(null)).await.unwrap(),
        Some(retry)
    );
}

pub async fn an_old_r5_approval_cannot_move_the_seat_back(store: &Store) {
    store.create_alliance(&alliance("FRO")).await.unwrap();
    assert!(store.claim_r5(G, "FRO", UserId(1)).await.unwrap());
    for user in [1, 2, 3] {
        store.put_member(&member("FRO", user, if user == 1 { Rank::R5 } else { Rank::R4 })).await.unwrap();
    }
    let (_, asked_for_2) = store.r5_seat(G, "FRO").await.unwrap().unwrap();
    let (_, asked_for_3) = store.r5_seat(G, "FRO").await.unwrap().unwrap();
    assert_eq!(store.transfer_r5(G, "FRO", UserId(3), Some(asked_for_3), NOW).await.unwrap(), Some(UserId(1)));
    let stale = store.transfer_r5(G, "FRO", UserId(2), Some(asked_for_2), NOW).await.unwrap_err();
    assert!(matches!(stale, StoreError::VersionConflict(_)), "{stale:?}");
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(3)));
    store.remove_member(G, "FRO", UserId(2)).await.unwrap();
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(3)), "only the holder frees the seat");
    store.remove_member(G, "FRO", UserId(3)).await.unwrap();
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), None);
    // Freed and claimed again: the seat's version moves on, so 2's old button stays void.
    assert!(store.claim_r5(G, "FRO", UserId(1)).await.unwrap());
    let (_, reclaimed) = store.r5_seat(G, "FRO").await.unwrap().unwrap();
    assert!(reclaimed > asked_for_2 + 1, "{reclaimed} after {asked_for_2}");
    let stale = store.transfer_r5(G, "FRO", UserId(2), Some(asked_for_2), NOW).await.unwrap_err();
    assert!(matches!(stale, StoreError::VersionConflict(_)), "{stale:?}");
    assert_eq!(store.r5_holder(G, "FRO").await.unwrap(), Some(UserId(1)));
}

pub async fn the_game_api_budget_admits_exactly_the_limit(store: &Store) {
    let now = NOW * 1000;
    let tasks: Vec<_> = (0..5)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move { store.admit_game_call(now, 3, 60_000).await })
        })
        .collect();
    let mut admitted = 0;
    for task in tasks {
        if task.await.unwrap().unwrap().is_none() {
            admitted += 1;
        }
    }
    assert_eq!(admitted, 3, "five processes at once, a budget of three");
    assert_eq!(store.admit_game_call(now + 1_000, 3, 60_000).await.unwrap(), Some(59_000));
    assert_eq!(store.admit_game_call(now + 60_000, 3, 60_000).await.unwrap(), None, "the window moved on");
    // A pause the game asked for holds every process, whatever the window says; a shorter one
    // asked later does not cut it short.
    store.pause_game_calls(now + 70_000).await.unwrap();
    store.pause_game_calls(now + 65_000).await.unwrap();
    assert_eq!(store.admit_game_call(now + 61_000, 3, 60_000).await.unwrap(), Some(9_000));
    assert_eq!(store.admit_game_call(now + 70_000, 3, 60_000).await.unwrap(), None, "the pause is over");
}

pub async fn a_repeated_unlink_gives_the_first_answer(store: &Store) {
    store.link_player(&link(G, 5, 120)).await.unwrap();
    let answer = |link: Option<&PlayerLink>| serde_json::json!(link.map_or("none".to_owned(), |l| l.nickname.clone()));
    let (removed, first) = store.unlink_player_once(G, UserId(5), "job-1", 3600, NOW, answer).await.unwrap();
    assert_eq!((removed.map(|l| l.game_id), first.as_str()), (Some(GameId(120)), Some("player120")));
    let (again, repeated) = store.unlink_player_once(G, UserId(5), "job-1", 3600, NOW + 1, answer).await.unwrap();
    assert_eq!((again, repeated.as_str()), (None, Some("player120")), "the first answer, nothing removed");
    let (_, other_job) = store.unlink_player_once(G, UserId(5), "job-2", 3600, NOW + 2, answer).await.unwrap();
    assert_eq!(other_job.as_str(), Some("none"), "another unlink finds nothing");
    assert_eq!(store.player_by_game_id(G, GameId(120)).await.unwrap(), None);
}

pub async fn two_officers_changing_one_member_one_wins(store: &Store) {
    let added = store.add_member(&member("FRO", 7, Rank::R1)).await.unwrap();
    assert_eq!(added.version, 1);
    assert!(matches!(store.add_member(&member("FRO", 7, Rank::R2)).await, Err(StoreError::AlreadyExists(_))));
    // Both officers read version 1, then each saves their own change.
    let read = store.member(G, "FRO", UserId(7)).await.unwrap().unwrap();
    let (to_r2, to_r3) =
        (AllianceMember { rank: Rank::R2, ..read.clone() }, AllianceMember { rank: Rank::R3, ..read.clone() });
    let (a, b) = tokio::join!(store.save_member(&to_r2), store.save_member(&to_r3));
    let (won, lost) = if a.is_ok() { (a, b) } else { (b, a) };
    let won = won.unwrap();
    assert!(matches!(lost, Err(StoreError::VersionConflict(_))), "{lost:?}");
    let stored = store.member(G, "FRO", UserId(7)).await.unwrap().unwrap();
    assert_eq!((stored.rank, stored.version), (won.rank, 2), "the winner's change, one version on");
    // A kick over the old version loses too; over the current one it removes the member.
    assert!(matches!(store.remove_member_at(&read).await, Err(StoreError::VersionConflict(_))));
    store.remove_member_at(&stored).await.unwrap();
    assert_eq!(store.member(G, "FRO", UserId(7)).await.unwrap(), None);
    // A membership from before versions (none stored) is changed once, then versioned.
    store
        .table()
        .write(vec![Write::Put(
            Item {
                key: crate::keys::member(G, "FRO", UserId(8)).unwrap(),
                user_key: None,
                expires_at: None,
                version: None,
                // As written before memberships had versions: no version anywhere.
                body: {
                    let mut body = serde_json::to_value(member("FRO", 8, Rank::R1)).unwrap();
                    body.as_object_mut().unwrap().remove("version");
                    body
                },
            },
            Condition::Always,
        )])
        .await
        .unwrap();
    let legacy = store.member(G, "FRO", UserId(8)).await.unwrap().unwrap();
    assert_eq!(legacy.version, 0);
    let saved = store.save_member(&AllianceMember { rank: Rank::R2, ..legacy.clone() }).await.unwrap();
    assert_eq!(saved.version, 1);
    assert!(matches!(store.save_member(&legacy).await, Err(StoreError::VersionConflict(_))), "old read loses");
}

pub async fn a_join_request_is_answered_once(store: &Store) {
    let request = JoinRequest { guild_id: G, tag: "FRO".into(), user_id: UserId(9), requested_at: NOW };
    assert!(store.request_join(&request).await.unwrap());
    assert!(!store.request_join(&request).await.unwrap(), "asked already");
    assert_eq!(store.join_requests(G, "FRO").await.unwrap(), std::slice::from_ref(&request));
    let joining = member("FRO", 9, Rank::R1);
    // Two officers approve at once: one adds the member, the other finds it answered.
    let (a, b) = tokio::join!(
        store.answer_join(G, "FRO", UserId(9), Some(&joining)),
        store.answer_join(G, "FRO", UserId(9), Some(&joining))
    );
    let mut answers = [a.unwrap(), b.unwrap()];
    answers.sort();
    assert_eq!(answers, [false, true]);
    assert_eq!(ranks(store, "FRO").await, [(UserId(9), Rank::R1)]);
    assert!(store.join_requests(G, "FRO").await.unwrap().is_empty(), "the request is gone");
    assert!(!store.answer_join(G, "FRO", UserId(9), None).await.unwrap(), "a late deny changes nothing");
    assert_eq!(ranks(store, "FRO").await.len(), 1);
}

pub async fn audit_lines_are_written_once_and_exported(store: &Store) {
    let line = |subject: u64, at: i64| AllianceAudit {
        guild_id: G,
        tag: "FRO".into(),
        action: AuditAction::Ranked,
        actor: UserId(1),
        subject: UserId(subject),
        rank: Some(Rank::R3),
        at,
    };
    assert!(store.record_audit(&line(2, NOW + 5), "job-1").await.unwrap());
    assert!(!store.record_audit(&line(2, NOW + 9), "job-1").await.unwrap(), "a redelivery writes nothing");
    assert!(store.record_audit(&line(3, NOW), "job-2").await.unwrap());
    let trail = store.alliance_audit(G, "FRO").await.unwrap();
    assert_eq!(trail.iter().map(|l| (l.subject, l.at)).collect::<Vec<_>>(), [(UserId(3), NOW), (UserId(2), NOW + 5)]);
    let request = JoinRequest { guild_id: G, tag: "ICE".into(), user_id: UserId(2), requested_at: NOW };
    store.request_join(&request).await.unwrap();
    let data = store.export_user(UserId(2)).await.unwrap();
    assert_eq!(data.alliance_audit, [line(2, NOW + 5)]);
    assert_eq!(data.join_requests, [request]);
    assert!(data.memberships.is_empty(), "an audit line is not a membership");
    assert_eq!(store.erase_user(UserId(2)).await.unwrap(), 2);
    assert_eq!(store.alliance_audit(G, "FRO").await.unwrap().len(), 1, "the other member's line stays");
}
