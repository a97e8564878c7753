//! `dwos game check | redeem | find-state`: ask the game's gift-code door directly. The verdict goes to
//! standard output; the exit code is 0 for a yes (and for any verdict of `redeem`), 1 for a no or when the
//! game gave no verdict after the retries.

use dwos_core::model::GameId;
use dwos_game::{GameClient, GameSettings, RedeemOutcome, STATE_SEARCH_RADIUS, StateCheck};
use dwos_handlers::config::{self, ConfigError};
use serde_json::json;
use std::process::ExitCode;
use std::time::Duration;

/// Milliseconds between two calls about one player (default 2200); tests against the fake lower it.
pub const PLAYER_SPACING_MS: &str = "GAME_API_PLAYER_SPACING_MS";

/// The game client's settings from the environment (and .env).
pub fn settings(lookup: &impl Fn(&str) -> Option<String>) -> Result<GameSettings, ConfigError> {
    let mut settings = config::game_settings(lookup)?;
    if let Some(raw) = lookup(PLAYER_SPACING_MS).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty()) {
        let millis: u64 = raw.parse().map_err(|e: std::num::ParseIntError| ConfigError::Invalid {
            name: PLAYER_SPACING_MS,
            reason: e.to_string(),
        })?;
        settings.per_player_spacing = Duration::from_millis(millis);
    }
    Ok(settings)
}

/// `dwos game check`: whether player `fid` is in `state`.
pub async fn check(client: &GameClient, fid: u64, state: u32, json: bool) -> anyhow::Result<ExitCode> {
    let verdict = client.check(GameId(fid), state).await?;
    if json {
        println!("{}", json!({ "outcome": verdict.as_str(), "fid": fid, "state": state }));
    } else {
        match verdict {
            StateCheck::Match => println!("player {fid} is in state {state}"),
            StateCheck::WrongState => println!("wrong state: player {fid} is not in state {state}"),
            StateCheck::NoSuchPlayer => println!("no such player: {fid}"),
        }
    }
    Ok(exit(verdict == StateCheck::Match))
}

/// `dwos game redeem`: redeems `code` for player `fid` in `state` and prints the game's verdict.
pub async fn redeem(client: &GameClient, code: &str, fid: u64, state: u32, json: bool) -> anyhow::Result<ExitCode> {
    let outcome = client.redeem(code, GameId(fid), state).await?;
    if json {
        let mut value = json!({ "outcome": outcome.as_str(), "code": code, "fid": fid, "state": state });
        if let RedeemOutcome::Unknown { code: err_code, msg } = &outcome {
            value["err_code"] = json!(err_code);
            value["msg"] = json!(msg);
        }
        println!("{value}");
    } else if let RedeemOutcome::Unknown { code: err_code, msg } = &outcome {
        let err_code = err_code.map_or_else(|| "none".to_owned(), |c| c.to_string());
        println!("{code} for player {fid} in state {state}: unknown answer {msg:?} (err_code {err_code})");
    } else {
        println!("{code} for player {fid} in state {state}: {}", outcome.as_str().replace('_', " "));
    }
    Ok(ExitCode::SUCCESS)
}

/// `dwos game find-state`: the state player `fid` is in, looked for around `near`, nearest first.
pub async fn find_state(client: &GameClient, fid: u64, near: u32, json: bool) -> anyhow::Result<ExitCode> {
    // The search may take minutes (one probe per state, spaced per player): say so before the silence.
    eprintln!("looking for player {fid} within ±{STATE_SEARCH_RADIUS} of state {near}, nearest first…");
    let found = client.find_state(GameId(fid), &[], Some(near)).await?;
    if json {
        println!("{}", json!({ "fid": fid, "state": found }));
    } else {
        match found {
            Some(state) => println!("player {fid} is in state {state}"),
            None => println!("no state found for player {fid}"),
        }
    }
    Ok(exit(found.is_some()))
}

fn exit(yes: bool) -> ExitCode {
    if yes { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
