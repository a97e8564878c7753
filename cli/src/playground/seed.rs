//! The first start's story, told through real interactions: the moderator sets DWOS up, and
//! Rex verifies and founds an alliance, so each persona opens on a server with something to do.

use super::page::{Act, ActError};
use super::{PERSONAS, Playground};
use serde_json::{Value, json};
use std::time::Duration;

/// Rex's player in the fake game, and the alliance he leads.
const REX_PLAYER: &str = "87654321";
const ALLIANCE: (&str, &str) = ("Frost Wolves", "FWX");

/// Tells the story once per guild; a start that stopped halfway tells it again (each step
/// is one DWOS accepts twice).
pub(super) async fn seed(playground: &Playground) -> Result<(), ActError> {
    let world = playground.world.lock().await.clone();
    if world.seeded {
        return Ok(());
    }
    let channel = |name: &str| {
        world.channels.iter().find(|c| c["name"] == name).and_then(|c| c["id"].as_str()).map(str::to_owned)
    };
    let (Some(verify), Some(log), Some(general)) = (channel("verify"), channel("dwos-log"), channel("general")) else {
        return Err(ActError::Invalid("the playground guild lost its channels"));
    };
    let by_role = |role: &str| PERSONAS.iter().find(|p| p.role == role).map(|p| p.id.to_owned());
    let (Some(moderator), Some(rex)) = (by_role("moderator"), by_role("R5")) else {
        return Err(ActError::Invalid("no moderator or R5 persona"));
    };

    let setup = json!({ "name": "setup", "options": [{ "name": "log_channel", "type": 7, "value": log }] });
    playground.act(&act(&moderator, &verify, 2, setup)).await?;

    let form =
        crate::fixtures::form_data("verify:modal", &[("game_id", REX_PLAYER), ("state", "245"), ("name", "Rex")]);
    playground.act(&act(&rex, &verify, 5, form)).await?;
    if !wait(playground, |world| world.member(&rex).is_some_and(|m| m.nick.is_some())).await {
        return Err(ActError::Invalid("Rex's verification did not finish in 30 s"));
    }

    let (name, tag) = ALLIANCE;
    let create = json!({ "name": "alliance", "options": [{ "name": "create", "type": 1, "options": [
        { "name": "name", "type": 3, "value": name }, { "name": "tag", "type": 3, "value": tag },
    ] }] });
    playground.act(&act(&rex, &general, 2, create)).await?;
    let led = format!("[{tag}]");
    let founded = |world: &super::world::World| {
        world.member(&rex).and_then(|m| m.nick.as_deref()).is_some_and(|n| n.starts_with(&led))
    };
    if !wait(playground, founded).await {
        return Err(ActError::Invalid("Rex's alliance was not made in 30 s"));
    }
    playground.change(|world| world.seeded = true).await?;
    tracing::info!("playground: the moderator set DWOS up; Rex verified and leads [{tag}] {name}");
    Ok(())
}

fn act(persona: &str, channel: &str, kind: u8, data: Value) -> Act {
    Act { persona: persona.into(), locale: "en-US".into(), channel_id: channel.into(), kind, data, message_id: None }
}

/// Waits up to 30 s for the workers to get the guild there; `false` if they did not.
async fn wait(playground: &Playground, done: impl Fn(&super::world::World) -> bool) -> bool {
    for _ in 0..300 {
        if done(&*playground.world.lock().await) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    false
}
