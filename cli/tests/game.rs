//! `dwos game check | redeem | find-state` as a user runs them, against the fake game.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use dwos_game::fake::{CodeRule, FakeGame};
use std::process::{Command, Output};

struct Run {
    fake: FakeGame,
    dir: tempfile::TempDir,
}

impl Run {
    async fn start() -> Self {
        let fake = FakeGame::start(dwos_game::DEFAULT_SALT).await.unwrap();
        // Every command is a new process with its own pacing: the fake's own TOO FREQUENT is tested in shared/game.
        fake.set_per_player_window(std::time::Duration::ZERO);
        Self { fake, dir: tempfile::tempdir().unwrap() }
    }

    fn dwos(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_dwos"))
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("GAME_API_BASE", self.fake.base_url())
            .env("GAME_API_PLAYER_SPACING_MS", "50")
            .args(args)
            .output()
            .unwrap()
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn game_check_says_yes_or_fails_with_the_reason() {
    let run = Run::start().await;
    let yes = run.dwos(&["game", "check", "12345678", "--state", "245"]);
    assert!(yes.status.success(), "{}", String::from_utf8_lossy(&yes.stderr));
    assert_eq!(stdout(&yes), "player 12345678 is in state 245");

    let wrong = run.dwos(&["game", "check", "12345678", "--state", "246"]);
    assert_eq!(wrong.status.code(), Some(1));
    assert_eq!(stdout(&wrong), "wrong state: player 12345678 is not in state 246");

    let nobody = run.dwos(&["game", "check", "1", "--state", "245"]);
    assert_eq!(nobody.status.code(), Some(1));
    assert_eq!(stdout(&nobody), "no such player: 1");

    let json = run.dwos(&["game", "check", "11112222", "--state", "245", "--json"]);
    assert_eq!(json.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value, serde_json::json!({ "outcome": "wrong_state", "fid": 11112222, "state": 245 }));
}

#[tokio::test(flavor = "multi_thread")]
async fn game_redeem_prints_the_outcome_and_exits_0_on_any_verdict() {
    let run = Run::start().await;
    run.fake.add_code("LIVE", CodeRule::Live);
    let outcome = |args: &[&str]| {
        let output = run.dwos(args);
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()
    };
    let first = outcome(&["game", "redeem", "LIVE", "12345678", "--state", "245", "--json"]);
    assert_eq!(first, serde_json::json!({ "outcome": "redeemed", "code": "LIVE", "fid": 12345678, "state": 245 }));
    let again = outcome(&["game", "redeem", "LIVE", "12345678", "--state", "245", "--json"]);
    assert_eq!(again["outcome"], "already_redeemed");
    let moved = outcome(&["game", "redeem", "LIVE", "11112222", "--state", "245", "--json"]);
    assert_eq!(moved["outcome"], "wrong_state");
    assert_eq!(run.fake.redeemed_by("LIVE"), [12345678]);

    let text = run.dwos(&["game", "redeem", "NOPE", "87654321", "--state", "245"]);
    assert!(text.status.success());
    assert_eq!(stdout(&text), "NOPE for player 87654321 in state 245: not found");
}

#[tokio::test(flavor = "multi_thread")]
async fn game_redeem_fails_when_no_verdict_comes() {
    let run = Run::start().await;
    let output = Command::new(env!("CARGO_BIN_EXE_dwos"))
        .current_dir(run.dir.path())
        .env_clear()
        .env("GAME_API_BASE", run.fake.base_url())
        .env("GAME_API_SALT", "not the game's salt")
        .args(["game", "redeem", "LIVE", "12345678", "--state", "245", "--json"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "no verdict is not a no");
    assert!(output.stdout.is_empty(), "no verdict is printed: {}", String::from_utf8_lossy(&output.stdout));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.lines().any(|l| l.starts_with("no verdict from the game: game API protocol error: Sign Error")),
        "{stderr}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn game_find_state_finds_the_nearest_match_or_says_none() {
    let run = Run::start().await;
    let found = run.dwos(&["game", "find-state", "11112222", "--near", "307"]);
    assert!(found.status.success(), "{}", String::from_utf8_lossy(&found.stderr));
    assert_eq!(stdout(&found), "player 11112222 is in state 310");
    let tried: Vec<u32> = run.fake.gift_code_arrivals().iter().map(|a| a.state).collect();
    assert_eq!(tried, [307, 308, 306, 309, 305, 310]);

    let nobody = run.dwos(&["game", "find-state", "1", "--near", "245"]);
    assert_eq!(nobody.status.code(), Some(1));
    assert_eq!(stdout(&nobody), "no such player: 1");

    let json = run.dwos(&["game", "find-state", "11112222", "--near", "310", "--json"]);
    let value: serde_json::Value = serde_json::from_str(&stdout(&json)).unwrap();
    assert_eq!(value, serde_json::json!({ "outcome": "found", "fid": 11112222, "state": 310 }));
}
