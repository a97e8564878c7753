//! A gift code for 100 opted-in members through `dwos serve` against the fake game at its real
//! pace (30 calls per 60 s, 429 beyond): the whole run's time against what the window allows,
//! the 429s after the first minute, players redeemed twice; then the same code run in a second
//! guild with the same members, which must finish with everyone "already had it" and no call.
//! Bounded: one run of N players (about 3 minutes for 100), then one run that makes no call.
//!
//! Run: `cargo bench -p dwos --bench giftcode` (`GIFTCODE_PLAYERS` changes the size).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use dwos::devkey::DevKey;
use dwos::fixtures;
use dwos::serve::{ServeOptions, start};
use dwos_core::model::{GuildConfig, PlayerLink};
use dwos_core::{ChannelId, GuildId, UserId};
use dwos_game::fake::{CodeRule, FakeGame};
use dwos_store::{SqliteTable, Store};
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};
use wiremock::matchers::{method, path_regex};
use wiremock::{Mock, MockServer, ResponseTemplate};

const CODE: &str = "BENCH2026";
const WINDOW: Duration = Duration::from_secs(60);
const LIMIT: usize = 30;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

async fn fake_discord() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path_regex(r"^/api/v10/channels/\d+/messages$"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "2" })))
        .mount(&server)
        .await;
    Mock::given(method("PATCH"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({ "id": "2" })))
        .mount(&server)
        .await;
    server
}

/// Waits (bounded by `limit`) until the guild's run of the code has every result.
async fn finished(store: &Store, guild: GuildId, limit: Duration) -> Option<Duration> {
    let started = Instant::now();
    while started.elapsed() < limit {
        if let Some(code) = store.gift_code(guild, CODE).await.unwrap()
            && code.total > 0
            && code.done >= code.total
        {
            return Some(started.elapsed());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    None
}

fn main() {
    let players = env_number("GIFTCODE_PLAYERS", 100);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let dir = tempfile::tempdir().unwrap();
        let (key, discord) = (DevKey::generate().unwrap(), fake_discord().await);
        let game = FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap();
        game.add_code(CODE, CodeRule::Live);
        let env = HashMap::from([
            ("DISCORD_PUBLIC_KEY", key.public_hex()),
            ("DISCORD_APPLICATION_ID", fixtures::APPLICATION_ID.to_string()),
            ("DISCORD_BOT_TOKEN", "bot".to_owned()),
            ("DISCORD_API_BASE", format!("{}/api/v10", discord.uri())),
            ("GAME_API_BASE", game.base_url()),
        ]);
        let mut options = ServeOptions::new("127.0.0.1:0".parse().unwrap(), dir.path().join("dwos.db"));
        options.queue_policy.poll_interval = Duration::from_millis(50);
        let server = start(&options, &|name| env.get(name).cloned()).await.unwrap();
        let store = Store::new(Arc::new(SqliteTable::open(&dir.path().join("dwos.db")).unwrap()));
        let guilds = [GuildId(fixtures::GUILD_ID), GuildId(fixtures::GUILD_ID + 1)];
        for guild in guilds {
            let config = GuildConfig { giftcode_channel_id: Some(ChannelId(900)), ..GuildConfig::new(guild) };
            store.put_guild_config(&config).await.unwrap();
        }
        // The moderator (the fixture user) is one of the members: their test call is the run's first.
        let members: Vec<u64> = std::iter::once(fixtures::USER_ID).chain(2..=players).collect();
        for (i, &user) in members.iter().enumerate() {
            let fid = 10_000 + i as u64;
            game.add_player(fid, 245, 30);
            for guild in guilds {
                let link = PlayerLink { state: 245, ..dwos_store::conformance::link(guild, user, fid) };
                store.link_player(&link).await.unwrap();
            }
            store.set_gift_opt_in(UserId(user), true, 0).await.unwrap();
        }
        let url = format!("http://{}/interactions", server.addr);
        let add = |id: u64, guild: GuildId| {
            let mut command = fixtures::command_with(id, "giftcode", Some("add"), &[("code", CODE)], true, "en-US");
            command["guild_id"] = json!(guild.to_string());
            serde_json::to_vec(&command).unwrap()
        };

        let started = Instant::now();
        dwos::send::send(&url, &key, add(1, guilds[0])).await.unwrap();
        let elapsed =
            finished(&store, guilds[0], Duration::from_secs(900)).await.expect("the run finished in 15 minutes");
        let arrivals = game.gift_code_arrivals();
        let calls = arrivals.len();
        let first = arrivals.first().map_or(started, |a| a.at);
        // What the window allows: LIMIT calls at once, then LIMIT more each window.
        let allowed = WINDOW * ((calls.saturating_sub(1)) / LIMIT) as u32;
        let in_window =
            |i: usize| arrivals[..=i].iter().filter(|b| arrivals[i].at.duration_since(b.at) < WINDOW).count();
        let max_in_window = (0..calls).map(in_window).max().unwrap_or(0);
        let rejected_late =
            (0..calls).filter(|&i| arrivals[i].at.duration_since(first) > WINDOW && in_window(i) > LIMIT).count();
        let mut redeemed = game.redeemed_by(CODE);
        let redeemed_count = redeemed.len();
        redeemed.sort_unstable();
        redeemed.dedup();
        let results = store.gift_results(guilds[0], CODE).await.unwrap();
        let twice = results.iter().filter(|r| r.outcome == "redeemed").count().saturating_sub(redeemed.len());
        println!(
            "run 1: {} members, {calls} game calls in {:.1} s; the window allows {:.0} s ({:+.1}%); \
             max {max_in_window} calls in any 60 s; {rejected_late} over the limit after the first minute; \
             {redeemed_count} redeemed, {twice} twice",
            members.len(),
            elapsed.as_secs_f64(),
            allowed.as_secs_f64(),
            (elapsed.as_secs_f64() / allowed.as_secs_f64().max(1.0) - 1.0) * 100.0,
        );

        dwos::send::send(&url, &key, add(2, guilds[1])).await.unwrap();
        let again = finished(&store, guilds[1], Duration::from_secs(120)).await.expect("the second run finished");
        let results = store.gift_results(guilds[1], CODE).await.unwrap();
        let already = results.iter().filter(|r| r.outcome == "already_redeemed").count();
        println!(
            "run 2 (same members, another guild): {} results in {:.2} s, {already} already had it, {} new game calls",
            results.len(),
            again.as_secs_f64(),
            game.gift_code_arrivals().len() - calls,
        );
    });
}
