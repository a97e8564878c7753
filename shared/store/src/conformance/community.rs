//! Checks of the community records: preferences and the day last seen, reminders by DM,
//! tickets, rules and their acceptances, statistics channels.

use super::{G, NOW, OTHER_G};
use crate::{Store, StoreError};
use dwos_core::model::{GuildRules, RulesAcceptance, StatsChannel, StatsChannels, Ticket};
use dwos_core::{ChannelId, UserId};

const DAY: i64 = 20_419;

pub async fn the_day_last_seen_moves_once_a_day_with_its_index(store: &Store) {
    let user = UserId(7);
    assert!(!store.mark_seen(user, DAY).await.unwrap(), "nobody is recorded just for being seen");
    assert_eq!(store.prefs(user).await.unwrap(), None);
    store.init_prefs(user, NOW).await.unwrap();
    let (a, b) = tokio::join!(store.mark_seen(user, DAY), store.mark_seen(user, DAY));
    assert_eq!(u8::from(a.unwrap()) + u8::from(b.unwrap()), 1, "two requests the same day mark it once");
    assert_eq!(store.last_seen_on(DAY).await.unwrap(), vec![user]);
    assert!(store.mark_seen(user, DAY + 3).await.unwrap());
    assert!(store.last_seen_on(DAY).await.unwrap().is_empty(), "the old day forgets them");
    assert_eq!(store.last_seen_on(DAY + 3).await.unwrap(), vec![user]);

    // A language chosen in between survives the next day's mark, and the other way round.
    let (language, _) = tokio::join!(
        store.change_prefs(user, NOW, |p| {
            p.locale = Some("ar".into());
            true
        }),
        store.mark_seen(user, DAY + 4)
    );
    assert!(language.unwrap().1);
    let prefs = store.prefs(user).await.unwrap().unwrap();
    assert_eq!((prefs.locale.as_deref(), prefs.seen_day), (Some("ar"), Some(DAY + 4)));
    assert_eq!(store.marker("retention").await.unwrap(), None);
    store.set_marker("retention", DAY).await.unwrap();
    assert_eq!(store.marker("retention").await.unwrap(), Some(DAY));
}

pub async fn a_member_has_one_open_ticket_closed_once(store: &Store) {
    let ticket = |subject: &str| Ticket {
        guild_id: G,
        user_id: UserId(3),
        subject: subject.into(),
        thread_id: None,
        opened_at: NOW,
        opened_by: format!("job-{subject}"),
    };
    let (roles, bug) = (ticket("roles"), ticket("bug"));
    let (a, b) = tokio::join!(store.open_ticket(&roles), store.open_ticket(&bug));
    assert_eq!(u8::from(a.unwrap()) + u8::from(b.unwrap()), 1, "one open ticket per member");
    let open = store.ticket(G, UserId(3)).await.unwrap().unwrap();
    let other = if open.subject == "roles" { "bug" } else { "roles" };
    assert!(
        !store.set_ticket_thread(&Ticket { thread_id: Some(ChannelId(54)), ..ticket(other) }).await.unwrap(),
        "the losing job's thread is not kept"
    );
    assert!(store.set_ticket_thread(&Ticket { thread_id: Some(ChannelId(55)), ..open }).await.unwrap());
    assert_eq!(store.ticket_in(G, ChannelId(55)).await.unwrap().map(|t| t.user_id), Some(UserId(3)));
    let (a, b) = tokio::join!(store.close_ticket(G, UserId(3)), store.close_ticket(G, UserId(3)));
    assert_eq!(u8::from(a.unwrap()) + u8::from(b.unwrap()), 1, "closed once");
    // A thread made after the close does not bring the ticket back.
    assert!(!store.set_ticket_thread(&ticket("late")).await.unwrap());
    assert_eq!(store.ticket(G, UserId(3)).await.unwrap(), None);
    assert!(store.open_ticket(&ticket("again")).await.unwrap(), "a new one after the close");
}

pub async fn rules_keep_versions_and_acceptances_count_once(store: &Store) {
    let rules = GuildRules {
        guild_id: G,
        text: "Be kind".into(),
        role_id: None,
        channel_id: Some(ChannelId(9)),
        every_days: 7,
        posted_at: None,
        version: 0,
    };
    let saved = store.save_rules(&rules).await.unwrap();
    assert_eq!(store.scheduled_guilds("rules").await.unwrap(), vec![G]);
    assert!(matches!(store.save_rules(&rules).await, Err(StoreError::VersionConflict(_))), "a stale save loses");
    let off = store.save_rules(&GuildRules { every_days: 0, ..saved }).await.unwrap();
    assert_eq!(off.version, 2);
    assert!(store.scheduled_guilds("rules").await.unwrap().is_empty(), "no schedule, no visit");

    // A change that changes nothing writes nothing; two changes at once both land.
    assert_eq!(store.change_rules(OTHER_G, |_| false).await.unwrap().version, 0);
    assert_eq!(store.rules(OTHER_G).await.unwrap(), None);
    let (a, b) = tokio::join!(
        store.change_rules(OTHER_G, |r| {
            r.text = "Be kind".into();
            true
        }),
        store.change_rules(OTHER_G, |r| {
            r.every_days = 3;
            true
        })
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let both = store.rules(OTHER_G).await.unwrap().unwrap();
    assert_eq!((both.text.as_str(), both.every_days, a.version.max(b.version)), ("Be kind", 3, 2));

    let accept = |user: u64, at: i64| RulesAcceptance { guild_id: G, user_id: UserId(user), accepted_at: at };
    let (first, second) = (accept(1, NOW), accept(1, NOW + 5));
    let (a, b) = tokio::join!(store.accept_rules(&first), store.accept_rules(&second));
    assert_eq!(u8::from(a.unwrap()) + u8::from(b.unwrap()), 1, "accepted once");
    store.accept_rules(&accept(2, NOW + 60)).await.unwrap();
    let listed: Vec<u64> = store.rules_acceptances(G).await.unwrap().iter().map(|a| a.user_id.0).collect();
    assert_eq!(listed, [2, 1], "newest first");

    let channels = StatsChannels {
        guild_id: OTHER_G,
        channels: vec![StatsChannel {
            counter: "members".into(),
            channel_id: ChannelId(4),
            name: "Members: 3".into(),
            renamed_at: vec![NOW],
        }],
        version: 0,
    };
    let kept = store.save_stats_channels(&channels).await.unwrap();
    assert!(matches!(store.save_stats_channels(&channels).await, Err(StoreError::VersionConflict(_))));
    assert_eq!(store.stats_channels(OTHER_G).await.unwrap(), Some(kept));
    assert_eq!(store.scheduled_guilds("stats").await.unwrap(), vec![OTHER_G]);
}

pub async fn community_records_are_exported_and_erased(store: &Store) {
    let user = UserId(9);
    store.init_prefs(user, NOW).await.unwrap();
    store.mark_seen(user, DAY).await.unwrap();
    store.set_reminder_dms(G, user, true).await.unwrap();
    store.set_reminder_dms(G, user, true).await.unwrap();
    assert_eq!(store.reminder_dm_members(G).await.unwrap(), vec![user]);
    store
        .open_ticket(&Ticket {
            guild_id: G,
            user_id: user,
            subject: "help".into(),
            thread_id: None,
            opened_at: NOW,
            opened_by: "job".into(),
        })
        .await
        .unwrap();
    store.accept_rules(&RulesAcceptance { guild_id: G, user_id: user, accepted_at: NOW }).await.unwrap();

    let data = store.export_user(user).await.unwrap();
    assert_eq!(data.prefs.and_then(|p| p.seen_day), Some(DAY));
    assert_eq!((data.tickets.len(), data.rules_accepted.len(), data.reminder_dms), (1, 1, vec![G]));
    assert_eq!(
        store.erase_user(user).await.unwrap(),
        5,
        "prefs, the day's index, the DM wish, the ticket, the acceptance"
    );
    assert_eq!(store.export_user(user).await.unwrap(), Default::default());
    assert!(store.last_seen_on(DAY).await.unwrap().is_empty());
    assert!(store.reminder_dm_members(G).await.unwrap().is_empty());
    store.set_reminder_dms(G, user, false).await.unwrap();
}

pub async fn server_wide_reminder_dms_respect_alliances_and_a_declined_event(store: &Store) {
    for user in [1, 2, 3] {
        store.set_reminder_dms(G, UserId(user), true).await.unwrap();
    }
    let member = dwos_core::model::AllianceMember {
        guild_id: G,
        tag: "FRO".into(),
        user_id: UserId(1),
        rank: dwos_core::model::Rank::R3,
        joined_at: NOW,
        version: 0,
    };
    store.put_member(&member).await.unwrap();
    // User 3 asked for this event's DMs and then turned them off: that one answer wins.
    store.toggle_dm(G, "ev", UserId(3), "on").await.unwrap();
    store.toggle_dm(G, "ev", UserId(3), "off").await.unwrap();
    let mut everyone = store.dm_subscribers(G, "ev", None).await.unwrap();
    everyone.sort_by_key(|u| u.0);
    assert_eq!(everyone, [UserId(1), UserId(2)]);
    assert_eq!(
        store.dm_subscribers(G, "ev", Some("FRO")).await.unwrap(),
        [UserId(1)],
        "an alliance's event, its members only"
    );
    assert_eq!(store.dm_subscribers(OTHER_G, "ev", None).await.unwrap(), [], "per server");
}
