//! `dwos game check | redeem | find-state`: ask the game's gift-code door directly. The verdict goes to
//! standard output; the exit code is 0 for a yes (and for any verdict of `redeem`), 1 for a no, and 2 when
//! the game gave no verdict after the retries (busy, down, or refusing the request).

use dwos_core::model::GameId;
use dwos_game::{GameClient, GameError, RedeemOutcome, STATE_SEARCH_RADIUS, StateCheck, StateSearch};
use serde_json::json;
use std::process::ExitCode;

/// `dwos game check`: whether player `fid` is in `state`.
pub async fn check(client: &GameClient, fid: u64, state: u32, json: bool) -> Result<ExitCode, GameError> {
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
pub async fn redeem(client: &GameClient, code: &str, fid: u64, state: u32, json: bool) -> Result<ExitCode, GameError> {
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
pub async fn find_state(client: &GameClient, fid: u64, near: u32, json: bool) -> Result<ExitCode, GameError> {
    // The search may take minutes (one probe per state, spaced per player): say so before the silence.
    eprintln!("looking for player {fid} within ±{STATE_SEARCH_RADIUS} of state {near}, nearest first…");
    let found = client.find_state(GameId(fid), &[], Some(near), 0, u32::MAX).await?;
    let state = match found {
        StateSearch::Found(state) => Some(state),
        _ => None,
    };
    if json {
        let outcome = match found {
            StateSearch::Found(_) => "found",
            StateSearch::NoSuchPlayer => "no_such_player",
            StateSearch::NotFound | StateSearch::Paused { .. } => "not_found",
        };
        println!("{}", json!({ "outcome": outcome, "fid": fid, "state": state }));
    } else {
        match found {
            StateSearch::Found(state) => println!("player {fid} is in state {state}"),
            StateSearch::NoSuchPlayer => println!("no such player: {fid}"),
            _ => println!("no state found for player {fid} within ±{STATE_SEARCH_RADIUS} of {near}"),
        }
    }
    Ok(exit(state.is_some()))
}

/// The game gave no verdict: said on standard error, exit code 2 (distinct from a "no").
pub fn no_verdict(err: GameError) -> ExitCode {
    eprintln!("no verdict from the game: {err}");
    ExitCode::from(2)
}

fn exit(yes: bool) -> ExitCode {
    if yes { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
