//! The `dwos` binary as a user runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::process::Command;
use wiremock::matchers::{body_partial_json, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn dwos(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_dwos"));
    command.current_dir(dir).env_clear().env("PATH", std::env::var_os("PATH").unwrap_or_default());
    command
}

#[test]
fn serve_stops_with_exit_code_2_naming_a_bad_key() {
    // With no key at all, serve starts the playground instead (tests/playground.rs).
    let dir = tempfile::tempdir().unwrap();
    let output = dwos(dir.path())
        .args(["serve", "--addr", "127.0.0.1:0"])
        .env("DISCORD_PUBLIC_KEY", "12345")
        .env("DISCORD_APPLICATION_ID", "1")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("error: DISCORD_PUBLIC_KEY is invalid"), "{stderr}");
}

#[test]
fn keygen_prints_a_pair_that_sign_uses() {
    let dir = tempfile::tempdir().unwrap();
    let output = dwos(dir.path()).arg("keygen").output().unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    let value = |name: &str| text.lines().find_map(|l| l.strip_prefix(&format!("{name}="))).map(str::to_owned).unwrap();
    let (public, seed) = (value("DISCORD_PUBLIC_KEY"), value("DWOS_DEV_SIGNING_KEY"));
    assert_eq!((public.len(), seed.len()), (64, 64));

    // The pair works through .env, as the README tells a newcomer to use it.
    std::fs::write(dir.path().join(".env"), &text).unwrap();
    std::fs::write(dir.path().join("body.json"), "{}").unwrap();
    let signed = dwos(dir.path()).args(["sign", "body.json"]).output().unwrap();
    assert!(signed.status.success(), "{}", String::from_utf8_lossy(&signed.stderr));
    let headers = String::from_utf8(signed.stdout).unwrap();
    let signature = headers.lines().find_map(|l| l.strip_prefix("X-Signature-Ed25519: ")).unwrap();
    let timestamp = headers.lines().find_map(|l| l.strip_prefix("X-Signature-Timestamp: ")).unwrap();
    let verifier = dwos_discord::Verifier::from_hex(&public, std::time::Duration::ZERO).unwrap();
    assert_eq!(verifier.verify(signature, timestamp, b"{}", 0), Ok(()));
}

#[tokio::test]
async fn register_commands_puts_localized_definitions() {
    let discord = MockServer::start().await;
    Mock::given(method("PUT"))
        .and(path("/api/v10/applications/1100000000000000001/guilds/77/commands"))
        .and(header("authorization", "Bot reg-token"))
        .and(body_partial_json(serde_json::json!([
            { "name": "help", "name_localizations": { "it": "aiuto" } },
            { "name": "stats", "name_localizations": { "it": "statistiche" } }
        ])))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(serde_json::json!([{"name": "help"}, {"name": "stats"}])),
        )
        .expect(1)
        .mount(&discord)
        .await;
    let dir = tempfile::tempdir().unwrap();
    let output = dwos(dir.path())
        .args(["register-commands", "--guild", "77"])
        .env("DISCORD_APPLICATION_ID", "1100000000000000001")
        .env("DISCORD_BOT_TOKEN", "reg-token")
        .env("DISCORD_API_BASE", support::api_base(&discord))
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), "registered: help, stats");
}

#[test]
fn the_removed_player_lookup_is_not_a_command() {
    let dir = tempfile::tempdir().unwrap();
    let output = dwos(dir.path()).args(["game", "player", "12345678"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2), "a usage error");
    assert!(String::from_utf8_lossy(&output.stderr).contains("unrecognized subcommand 'player'"));
}
