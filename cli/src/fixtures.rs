//! Sample interactions and the Lambda events in events/, generated from the fixture key
//! so `dwos events` can rebuild them and a test can check they never drift.

use crate::devkey::DevKey;
use base64::Engine;
use dwos_core::{ApplicationId, ChannelId, Envelope, GuildId, InteractionId, InteractionToken, JobKind, UserId};
use serde_json::{Value, json};
use std::path::Path;

/// The application id the fixtures are addressed to.
pub const APPLICATION_ID: u64 = 1_100_000_000_000_000_001;
/// The guild the fixtures come from.
pub const GUILD_ID: u64 = 1_200_000_000_000_000_002;
/// The channel the fixtures come from.
pub const CHANNEL_ID: u64 = 1_300_000_000_000_000_003;
/// The user who sends the fixtures.
pub const USER_ID: u64 = 1_400_000_000_000_000_004;
/// A fixed signing time; events/env.json turns the age check off to replay it.
pub const TIMESTAMP: &str = "1764093600";
/// The queue URL env.json gives the interactions function.
pub const STATS_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-stats";

/// A ping, as Discord sends it to validate the endpoint.
pub fn ping(id: u64) -> Value {
    json!({ "type": 1, "id": id.to_string(), "application_id": APPLICATION_ID.to_string(), "token": format!("token-{id}"), "version": 1,
           "authorizing_integration_owners": {} })
}

/// A slash command used by a member in a guild channel.
pub fn command(id: u64, name: &str, locale: &str) -> Value {
    json!({
        "type": 2,
        "id": id.to_string(),
        "application_id": APPLICATION_ID.to_string(),
        "token": format!("token-{id}"),
        "version": 1,
        "guild_id": GUILD_ID.to_string(),
        "authorizing_integration_owners": { "0": GUILD_ID.to_string() },
        "channel": { "id": CHANNEL_ID.to_string(), "type": 0 },
        "channel_id": CHANNEL_ID.to_string(),
        "locale": locale,
        "guild_locale": "en-US",
        "member": {
            "user": { "id": USER_ID.to_string(), "username": "frostbear", "discriminator": "0", "avatar": null, "global_name": "Frost Bear" },
            "roles": [], "joined_at": "2026-01-01T00:00:00.000000+00:00", "deaf": false, "mute": false, "flags": 0,
            "permissions": "2248473465835073"
        },
        "data": { "id": "1500000000000000005", "name": name, "type": 1 }
    })
}

/// A slash command with options (`name`, `value`), under a subcommand if given, by the fixture
/// member or, with `moderator`, by a member with Manage Server. Option types follow their names:
/// `channel`, `role`, `member` are ids, `home_state` an integer, the rest strings.
pub fn command_with(
    id: u64,
    name: &str,
    sub: Option<&str>,
    options: &[(&str, &str)],
    moderator: bool,
    locale: &str,
) -> Value {
    let mut value = command(id, name, locale);
    let options: Vec<Value> = options
        .iter()
        .map(|(name, text)| match *name {
            "channel" => json!({ "name": name, "type": 7, "value": text }),
            "role" => json!({ "name": name, "type": 8, "value": text }),
            "member" => json!({ "name": name, "type": 6, "value": text }),
            "home_state" => json!({ "name": name, "type": 4, "value": text.parse::<i64>().unwrap_or(0) }),
            _ => json!({ "name": name, "type": 3, "value": text }),
        })
        .collect();
    value["data"]["options"] = match sub {
        Some(sub) => json!([{ "name": sub, "type": 1, "options": options }]),
        None => Value::Array(options),
    };
    if moderator {
        value["member"]["permissions"] = json!("268438560");
    }
    value
}

/// A modal submitted by the fixture member, with one text input.
pub fn modal_submit(id: u64, custom_id: &str, field: &str, value: &str, locale: &str) -> Value {
    form_submit(id, custom_id, &[(field, value)], locale)
}

/// A submitted form with several fields (field custom id, value), one row each.
pub fn form_submit(id: u64, custom_id: &str, fields: &[(&str, &str)], locale: &str) -> Value {
    let mut value_json = command(id, "", locale);
    value_json["type"] = json!(5);
    value_json["data"] = form_data(custom_id, fields);
    value_json
}

/// A submitted form's `data`: one text input per row, `(custom_id, value)`.
pub fn form_data(custom_id: &str, fields: &[(&str, &str)]) -> Value {
    let rows: Vec<Value> = fields
        .iter()
        .enumerate()
        .map(|(i, (field, value))| {
            json!({ "type": 1, "id": 2 * i + 1, "components": [
                { "type": 4, "id": 2 * i + 2, "custom_id": field, "value": value }
            ] })
        })
        .collect();
    json!({ "custom_id": custom_id, "components": rows })
}

/// The verification form as the fixture member submits it: game id, state (may be empty), name.
pub fn verify_form(id: u64, game_id: &str, state: &str, name: &str, locale: &str) -> Value {
    form_submit(id, "verify:modal", &[("game_id", game_id), ("state", state), ("name", name)], locale)
}

/// A button clicked by the fixture member.
pub fn button(id: u64, custom_id: &str, locale: &str) -> Value {
    let mut value = command(id, "", locale);
    value["type"] = json!(3);
    value["data"] = json!({ "custom_id": custom_id, "component_type": 2 });
    value
}

/// The same command in a DM with the bot (no guild).
pub fn dm_command(id: u64, name: &str, locale: &str) -> Value {
    let mut value = command(id, name, locale);
    if let Some(object) = value.as_object_mut() {
        object.remove("guild_id");
        object.remove("guild_locale");
        object.insert("authorizing_integration_owners".into(), json!({ "1": USER_ID.to_string() }));
        let member = object.remove("member").unwrap_or_default();
        object.insert("user".into(), member["user"].clone());
    }
    value
}

/// The `stats` job the interactions function enqueues for [`command`]`(id, "stats", locale)`.
pub fn stats_envelope(id: u64, locale: &str) -> Envelope {
    Envelope::for_interaction(
        JobKind::Stats,
        InteractionId(id),
        InteractionToken::new(format!("token-{id}")),
        ApplicationId(APPLICATION_ID),
        Some(GuildId(GUILD_ID)),
        Some(ChannelId(CHANNEL_ID)),
        Some(UserId(USER_ID)),
        locale,
        Value::Null,
    )
}

/// An API Gateway HTTP API (payload 2.0) event carrying a request to `POST /interactions`.
pub fn api_gateway_event(signature: &str, timestamp: &str, body: &[u8], base64: bool) -> Value {
    let (body, encoded) = if base64 {
        (base64::engine::general_purpose::STANDARD.encode(body), true)
    } else {
        (String::from_utf8_lossy(body).into_owned(), false)
    };
    json!({
        "version": "2.0",
        "routeKey": "POST /interactions",
        "rawPath": "/interactions",
        "rawQueryString": "",
        "headers": {
            "content-type": "application/json",
            "host": "abc123.execute-api.us-east-1.amazonaws.com",
            "user-agent": "Discord-Interactions/1.0 (+https://discord.com)",
            "x-signature-ed25519": signature,
            "x-signature-timestamp": timestamp
        },
        "requestContext": {
            "accountId": "123456789012",
            "apiId": "abc123",
            "domainName": "abc123.execute-api.us-east-1.amazonaws.com",
            "domainPrefix": "abc123",
            "http": {
                "method": "POST", "path": "/interactions", "protocol": "HTTP/1.1",
                "sourceIp": "192.0.2.10", "userAgent": "Discord-Interactions/1.0 (+https://discord.com)"
            },
            "requestId": "dwos-fixture",
            "routeKey": "POST /interactions",
            "stage": "$default",
            "time": "25/Nov/2026:18:00:00 +0000",
            "timeEpoch": 1_764_093_600_000u64
        },
        "body": body,
        "isBase64Encoded": encoded
    })
}

/// An SQS event with one message per envelope, as Lambda delivers a batch.
pub fn sqs_event(envelopes: &[Envelope]) -> Value {
    let records: Vec<Value> = envelopes
        .iter()
        .enumerate()
        .map(|(i, envelope)| {
            json!({
                "messageId": format!("00000000-0000-4000-8000-00000000000{i}"),
                "receiptHandle": "fixture-receipt-handle",
                "body": envelope.to_json(),
                "attributes": {
                    "ApproximateReceiveCount": "1", "SentTimestamp": "1764093600000",
                    "SenderId": "123456789012", "ApproximateFirstReceiveTimestamp": "1764093600001"
                },
                "messageAttributes": {
                    "correlation_id": { "stringValue": envelope.correlation_id, "dataType": "String",
                                        "stringListValues": [], "binaryListValues": [] }
                },
                "eventSource": "aws:sqs",
                "eventSourceARN": format!("arn:aws:sqs:us-east-1:123456789012:dwos-{}", envelope.kind),
                "awsRegion": "us-east-1"
            })
        })
        .collect();
    json!({ "Records": records })
}

/// The queue URL env.json gives the interactions function for verification jobs.
pub const VERIFY_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-verify";

/// The `verify` lookup job the interactions function enqueues for a submitted modal.
pub fn verify_envelope(id: u64, game_id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::verify::VerifyStep::Lookup {
        game_id: dwos_core::model::GameId(game_id),
        state: Some(245),
        name: "FrostBear".to_owned(),
    };
    Envelope {
        kind: JobKind::Verify,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// A `giftcode` job: `/giftcode list` (nothing stored needed).
pub fn giftcode_envelope(id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::giftcode::GiftcodeStep::List;
    Envelope {
        kind: JobKind::Giftcode,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// A `redeem` job: "Redeem for me" on code `WOS2026` by the fixture member (player 12345678, state 245).
pub fn redeem_envelope(id: u64, locale: &str) -> Envelope {
    let job = dwos_handlers::features::giftcode::RedeemJob {
        code: "WOS2026".to_owned(),
        user_id: UserId(USER_ID),
        player: Some((dwos_core::model::GameId(12_345_678), 245)),
        run: false,
        cooldowns: 0,
        searched: false,
        search: None,
    };
    Envelope {
        kind: JobKind::Redeem,
        payload: serde_json::to_value(job).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// A `privacy` job: the fixture member's data export.
pub fn privacy_envelope(id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::privacy::PrivacyStep::Export;
    Envelope {
        kind: JobKind::Privacy,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// An `alliance` job: `/alliance info` of the fixture member's own alliance.
pub fn alliance_envelope(id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::alliance::AllianceStep::Info { tag: None };
    Envelope {
        kind: JobKind::Alliance,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// A `community` job: `/close-ticket` by the fixture member, who has no ticket open.
pub fn community_envelope(id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::community::CommunityStep::CloseTicket {
        channel: Some(ChannelId(CHANNEL_ID)),
        by_moderator: false,
    };
    Envelope {
        kind: JobKind::Community,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// The housekeeping schedule firing.
pub fn housekeeping_schedule_event() -> Value {
    let mut event = schedule_event();
    event["resources"] = json!(["arn:aws:events:us-east-1:123456789012:rule/dwos-HousekeepingFunctionEvery10Minutes"]);
    event
}

/// A `moderation` job: `/moderators list`.
pub fn moderation_envelope(id: u64, locale: &str) -> Envelope {
    let step =
        dwos_handlers::features::moderation::ModerationStep::Moderators { change: None, role: None, member: None };
    Envelope {
        kind: JobKind::Moderation,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// `/event <sub>` by the fixture member, with the subcommand's options.
pub fn event_command(id: u64, sub: &str, options: Value, locale: &str) -> Value {
    let mut value = command(id, "event", locale);
    value["data"]["options"] = json!([{ "name": sub, "type": 1, "options": options }]);
    value
}

/// The options of the `/event create` the fixture files carry: a Bear Trap in Rome's time.
pub fn bear_trap_options() -> Value {
    json!([
        { "name": "type", "type": 3, "value": "bear_trap" },
        { "name": "start", "type": 3, "value": "2026-12-01 18:30" },
        { "name": "timezone", "type": 3, "value": "Europe/Rome" },
        { "name": "reminders", "type": 3, "value": "10,0" }
    ])
}

/// The queue URL env.json gives the interactions function for `/event` jobs.
pub const EVENTS_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-events";
/// The queue URL env.json gives the reminders function for posts.
pub const NOTIFY_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-notify";
/// The gift-code queue's URL in the fixture environment.
pub const GIFTCODE_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-giftcode";
/// The redemption queue's URL in the fixture environment.
pub const REDEEM_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-redeem";
/// The privacy queue's URL in the fixture environment.
pub const PRIVACY_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-privacy";
/// The alliance queue's URL in the fixture environment.
pub const ALLIANCE_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-alliance";
/// The community queue's URL in the fixture environment.
pub const COMMUNITY_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-community";
/// The moderation queue's URL in the fixture environment.
pub const MODERATION_QUEUE_URL: &str = "https://sqs.us-east-1.amazonaws.com/123456789012/dwos-moderation";

/// An `events` job (`/event list`, the one that needs nothing stored).
pub fn events_envelope(id: u64, locale: &str) -> Envelope {
    let step = dwos_handlers::features::events::EventsStep::List { page: 0 };
    Envelope {
        kind: JobKind::Events,
        payload: serde_json::to_value(step).unwrap_or_default(),
        ..stats_envelope(id, locale)
    }
}

/// A `notify` job as the reminder sweep enqueues it.
pub fn notify_envelope() -> Envelope {
    let post = dwos_handlers::features::events::NotifyPost {
        guild_id: GuildId(GUILD_ID),
        event_id: "bear1".to_owned(),
        channel_id: ChannelId(CHANNEL_ID),
        role_id: Some(dwos_core::RoleId(555)),
        content: "<@&555> **Trappola per orsi** inizia <t:1795631400:R>.".to_owned(),
        nonce: "r0123456789abcdef".to_owned(),
        dm_user: None,
        occurrence: 0,
    };
    let origin = dwos_core::Origin::FanOut { parent: format!("remind:{GUILD_ID}:bear1:1795631400"), index: 10 };
    Envelope::for_schedule(
        JobKind::Notify,
        origin,
        GuildId(GUILD_ID),
        "it",
        serde_json::to_value(post).unwrap_or_default(),
    )
}

/// The EventBridge scheduled event that starts the reminders function.
pub fn reminders_schedule_event() -> Value {
    let mut event = schedule_event();
    event["id"] = json!("9b1d2c3e-4f50-4a6b-8c7d-0e1f2a3b4c5d");
    event["time"] = json!("2026-11-25T18:00:00Z");
    event["resources"] = json!(["arn:aws:events:us-east-1:123456789012:rule/dwos-RemindersFunctionEveryMinute"]);
    event
}

/// The EventBridge scheduled event that starts the refresh function.
pub fn schedule_event() -> Value {
    json!({
        "version": "0",
        "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": "123456789012",
        "time": "2026-11-25T18:00:00Z",
        "region": "us-east-1",
        "resources": ["arn:aws:events:us-east-1:123456789012:rule/dwos-RefreshFunctionEvery15Minutes"],
        "detail": {}
    })
}

/// Every file in events/, by name.
pub fn events(key: &DevKey) -> Vec<(String, Value)> {
    let signed = |body: &Value, base64: bool| {
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        api_gateway_event(&key.sign(TIMESTAMP, &bytes), TIMESTAMP, &bytes, base64)
    };
    let help = command(1_600_000_000_000_000_002, "help", "it");
    // A moderator (Manage Server, and able to post here) creates the server's events.
    let mut event_create = event_command(1_600_000_000_000_000_006, "create", bear_trap_options(), "it");
    event_create["member"]["permissions"] = json!("268438560");
    let giftcode_redeem =
        command_with(1_600_000_000_000_000_009, "giftcode", Some("redeem"), &[("code", " wos2026 ")], false, "it");
    let alliance_join = command_with(1_600_000_000_000_000_012, "alliance", Some("join"), &[], false, "it");
    let ticket = command_with(1_600_000_000_000_000_013, "ticket", None, &[("subject", "Ruoli")], false, "it");
    let mut bad_signature = signed(&command(1_600_000_000_000_000_003, "help", "en-US"), false);
    bad_signature["headers"]["x-signature-ed25519"] = json!(key.sign(TIMESTAMP, b"something else"));
    // The gift-code functions call the game and send redemption jobs.
    let redeeming = json!({
        "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
        "DISCORD_BOT_TOKEN": "local-development-token",
        "TABLE_NAME": "dwos-Table",
        "EVENT_BUS_NAME": "dwos-events",
        "GAME_API_BASE": "http://127.0.0.1:9998",
        "REDEEM_QUEUE_URL": REDEEM_QUEUE_URL
    });
    let env = json!({
        "InteractionsFunction": {
            "DISCORD_PUBLIC_KEY": key.public_hex(),
            "DISCORD_APPLICATION_ID": APPLICATION_ID.to_string(),
            "SIGNATURE_MAX_AGE_SECS": "0",
            "STATS_QUEUE_URL": STATS_QUEUE_URL,
            "VERIFY_QUEUE_URL": VERIFY_QUEUE_URL,
            "EVENTS_QUEUE_URL": EVENTS_QUEUE_URL,
            "GIFTCODE_QUEUE_URL": GIFTCODE_QUEUE_URL,
            "REDEEM_QUEUE_URL": REDEEM_QUEUE_URL,
            "MODERATION_QUEUE_URL": MODERATION_QUEUE_URL,
            "PRIVACY_QUEUE_URL": PRIVACY_QUEUE_URL,
            "ALLIANCE_QUEUE_URL": ALLIANCE_QUEUE_URL,
            "COMMUNITY_QUEUE_URL": COMMUNITY_QUEUE_URL,
            "TABLE_NAME": "dwos-Table"
        },
        "EventsFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "NotifierFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "RemindersFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events",
            "NOTIFY_QUEUE_URL": NOTIFY_QUEUE_URL
        },
        "StatsFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "RefreshFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events",
            "GAME_API_BASE": "http://127.0.0.1:9998",
            "REFRESH_BATCH": "60"
        },
        "VerifyFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events",
            "GAME_API_BASE": "http://127.0.0.1:9998"
        },
        "GiftcodeFunction": redeeming,
        "RedeemerFunction": redeeming,
        "PrivacyFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "AllianceFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "CommunityFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        },
        "HousekeepingFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events",
            "PRIVACY_QUEUE_URL": PRIVACY_QUEUE_URL
        },
        "ModerationFunction": {
            "DISCORD_API_BASE": "http://127.0.0.1:9999/api/v10",
            "DISCORD_BOT_TOKEN": "local-development-token",
            "TABLE_NAME": "dwos-Table",
            "EVENT_BUS_NAME": "dwos-events"
        }
    });
    vec![
        ("interactions-ping.json".into(), signed(&ping(1_600_000_000_000_000_001), false)),
        ("interactions-ping-base64.json".into(), signed(&ping(1_600_000_000_000_000_001), true)),
        ("interactions-help.json".into(), signed(&help, false)),
        ("interactions-stats.json".into(), signed(&command(1_600_000_000_000_000_004, "stats", "it"), false)),
        ("interactions-bad-signature.json".into(), bad_signature),
        ("stats-sqs.json".into(), sqs_event(&[stats_envelope(1_600_000_000_000_000_004, "it")])),
        (
            "interactions-verify-modal.json".into(),
            signed(&verify_form(1_600_000_000_000_000_005, "12345678", "245", "FrostBear", "it"), false),
        ),
        ("refresh-schedule.json".into(), schedule_event()),
        ("interactions-event-create.json".into(), signed(&event_create, false)),
        ("events-sqs.json".into(), sqs_event(&[events_envelope(1_600_000_000_000_000_007, "it")])),
        ("notify-sqs.json".into(), sqs_event(&[notify_envelope()])),
        ("reminders-schedule.json".into(), reminders_schedule_event()),
        ("verify-sqs.json".into(), sqs_event(&[verify_envelope(1_600_000_000_000_000_005, 12_345_678, "it")])),
        ("interactions-giftcode-redeem.json".into(), signed(&giftcode_redeem, false)),
        ("giftcode-sqs.json".into(), sqs_event(&[giftcode_envelope(1_600_000_000_000_000_008, "it")])),
        ("redeemer-sqs.json".into(), sqs_event(&[redeem_envelope(1_600_000_000_000_000_009, "it")])),
        ("moderation-sqs.json".into(), sqs_event(&[moderation_envelope(1_600_000_000_000_000_010, "it")])),
        ("privacy-sqs.json".into(), sqs_event(&[privacy_envelope(1_600_000_000_000_000_011, "it")])),
        ("interactions-alliance-join.json".into(), signed(&alliance_join, false)),
        ("alliance-sqs.json".into(), sqs_event(&[alliance_envelope(1_600_000_000_000_000_012, "it")])),
        ("interactions-ticket.json".into(), signed(&ticket, false)),
        ("community-sqs.json".into(), sqs_event(&[community_envelope(1_600_000_000_000_000_013, "it")])),
        ("housekeeping-schedule.json".into(), housekeeping_schedule_event()),
        ("env.json".into(), env),
    ]
}

/// Writes [`events`] into `dir`, pretty-printed with a final newline.
pub fn write_events(dir: &Path, key: &DevKey) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for (name, value) in events(key) {
        let text = serde_json::to_string_pretty(&value).map_err(std::io::Error::other)? + "\n";
        std::fs::write(dir.join(&name), text)?;
        written.push(name);
    }
    Ok(written)
}
