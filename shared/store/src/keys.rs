//! The single-table key layout, in one place (see README, "Data").

use crate::StoreError;
use crate::table::Key;
use dwos_core::model::GameId;
use dwos_core::{GuildId, UserId};

/// Checks a user-given name (alliance tag, event id, gift code) can sit inside a key.
pub fn part(name: &str) -> Result<&str, StoreError> {
    if name.is_empty() || name.contains('#') || name.len() > 200 {
        return Err(StoreError::InvalidKeyPart(name.to_owned()));
    }
    Ok(name)
}

/// `GUILD#g`.
pub fn guild(guild: GuildId) -> String {
    format!("GUILD#{guild}")
}

/// `USER#u`: a user's own partition, and the user index partition.
pub fn user(user: UserId) -> String {
    format!("USER#{user}")
}

/// `GUILD#g / CONFIG`.
pub fn guild_config(g: GuildId) -> Key {
    Key::new(guild(g), "CONFIG")
}

/// `GUILD#g / PLAYER#u`.
pub fn player(g: GuildId, u: UserId) -> Key {
    Key::new(guild(g), format!("PLAYER#{u}"))
}

/// `GUILD#g / GAME#fid`: who holds a game id in a guild.
pub fn game_claim(g: GuildId, game_id: GameId) -> Key {
    Key::new(guild(g), format!("GAME#{game_id}"))
}

/// `GUILD#g / VERIFYATTEMPTS#u`: recent verification attempts.
pub fn verify_attempts(g: GuildId, u: UserId) -> Key {
    Key::new(guild(g), format!("VERIFYATTEMPTS#{u}"))
}

/// `USER#u / REDEEMATTEMPTS`: a member's recent own gift-code redemptions, in every server.
pub fn redeem_attempts(u: UserId) -> Key {
    Key::new(user(u), "REDEEMATTEMPTS")
}

/// `GUILDS / GUILD#g`: the registry of guilds with verified players (daily refresh).
pub fn guild_registry(g: GuildId) -> Key {
    Key::new("GUILDS", guild(g))
}

/// `CHECK#day`: the players whose weekly game check is due that day (Unix days).
pub fn check_day(day: i64) -> String {
    format!("CHECK#{day}")
}

/// `CHECK#day / GUILD#g#PLAYER#u`: one player due for the weekly check.
pub fn player_check(day: i64, g: GuildId, u: UserId) -> Key {
    Key::new(check_day(day), format!("GUILD#{g}#PLAYER#{u}"))
}

/// `CHECK / LOW`: the oldest day of the weekly check's index not yet drained.
pub fn check_low_water() -> Key {
    Key::new("CHECK", "LOW")
}

/// `MIGRATION#name / DONE`: a one-off data migration that has run.
pub fn migration(name: &str) -> Key {
    Key::new(format!("MIGRATION#{name}"), "DONE")
}

/// `USER#u / PREFS`.
pub fn prefs(u: UserId) -> Key {
    Key::new(user(u), "PREFS")
}

/// `GUILD#g / ALLIANCE#tag`.
pub fn alliance(g: GuildId, tag: &str) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("ALLIANCE#{}", part(tag)?)))
}

/// `GUILD#g / ALLIANCE#tag#MEMBER#u`.
pub fn member(g: GuildId, tag: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("ALLIANCE#{}#MEMBER#{u}", part(tag)?)))
}

/// `GUILD#g / ALLIANCE#tag#REQUEST#u`: a member's request to join, until an officer answers.
pub fn join_request(g: GuildId, tag: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("ALLIANCE#{}#REQUEST#{u}", part(tag)?)))
}

/// `GUILD#g / ALLIANCE#tag#AUDIT#id#u`: one audit line about member `u`, `id` naming the job
/// step that wrote it (so a redelivery writes the same line, not a second one).
pub fn alliance_audit(g: GuildId, tag: &str, id: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("ALLIANCE#{}#AUDIT#{}#{u}", part(tag)?, part(id)?)))
}

/// `GUILD#g / ALLIANCE#tag#R5`: the alliance's one leader seat.
pub fn r5_seat(g: GuildId, tag: &str) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("ALLIANCE#{}#R5", part(tag)?)))
}

/// `GUILD#g / EVENT#id`.
pub fn event(g: GuildId, event_id: &str) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("EVENT#{}", part(event_id)?)))
}

/// `GUILD#g / EVENTRSVP#id#u`: a member's answer to an event ("going" or not).
pub fn event_rsvp(g: GuildId, event_id: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("EVENTRSVP#{}#{u}", part(event_id)?)))
}

/// `GUILD#g / EVENTDM#id#u`: a member's wish for an event's reminders by DM.
pub fn event_dm(g: GuildId, event_id: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("EVENTDM#{}#{u}", part(event_id)?)))
}

/// `DUE#minute`: the partition of reminders due in one minute (no hot partition).
pub fn due(minute: &str) -> String {
    format!("DUE#{minute}")
}

/// `DUE#minute / GUILD#g#EVENT#id#OFFSET#m`.
pub fn reminder(minute: &str, g: GuildId, event_id: &str, offset: u32) -> Result<Key, StoreError> {
    Ok(Key::new(due(minute), format!("GUILD#{g}#EVENT#{}#OFFSET#{offset}", part(event_id)?)))
}

/// `SWEEP / LAST`: the last minute the reminder sweep finished.
pub fn sweep_marker() -> Key {
    Key::new("SWEEP", "LAST")
}

/// `GUILD#g / GIFTCODE#code`.
pub fn gift_code(g: GuildId, code: &str) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("GIFTCODE#{}", part(code)?)))
}

/// `GUILD#g / GIFTRESULT#code#u`: a member's result in a guild's run of a code.
pub fn gift_result(g: GuildId, code: &str, u: UserId) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("GIFTRESULT#{}#{u}", part(code)?)))
}

/// `GIFTCODE#code / DEAD`: the code is dead for everyone (expired, unknown, used up).
pub fn code_dead(code: &str) -> Result<Key, StoreError> {
    Ok(Key::new(format!("GIFTCODE#{}", part(code)?), "DEAD"))
}

/// `GUILD#g / NEWS#id`.
pub fn news(g: GuildId, news_id: &str) -> Result<Key, StoreError> {
    Ok(Key::new(guild(g), format!("NEWS#{}", part(news_id)?)))
}

/// `GIFTCODE#code / REDEEM#fid`: a player redeems a code once, whatever the guild.
pub fn redemption(code: &str, game_id: GameId) -> Result<Key, StoreError> {
    Ok(Key::new(format!("GIFTCODE#{}", part(code)?), format!("REDEEM#{game_id}")))
}

/// `GAMEAPI / BUCKET`: the game API calls of the last window, shared by every process.
pub fn game_api_budget() -> Key {
    Key::new("GAMEAPI", "BUCKET")
}

/// `IDEMPOTENCY#key / IDEMPOTENCY`.
pub fn idempotency(key: &str) -> Key {
    Key::new(format!("IDEMPOTENCY#{key}"), "IDEMPOTENCY")
}

/// The user-index key of a record `u` owns: `USER#u / <pk>#<sk>`.
pub fn owned_by(u: UserId, key: &Key) -> Key {
    Key::new(user(u), format!("{}#{}", key.pk, key.sk))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_keys_as_documented() {
        assert_eq!(member(GuildId(1), "FRO", UserId(2)).unwrap(), Key::new("GUILD#1", "ALLIANCE#FRO#MEMBER#2"));
        assert_eq!(
            reminder("2026-11-25T18:05", GuildId(1), "bear", 30).unwrap(),
            Key::new("DUE#2026-11-25T18:05", "GUILD#1#EVENT#bear#OFFSET#30")
        );
        assert_eq!(redemption("WOS2026", GameId(7)).unwrap(), Key::new("GIFTCODE#WOS2026", "REDEEM#7"));
        assert_eq!(r5_seat(GuildId(1), "FRO").unwrap(), Key::new("GUILD#1", "ALLIANCE#FRO#R5"));
    }

    #[test]
    fn refuses_names_that_would_break_keys() {
        assert!(alliance(GuildId(1), "A#MEMBER#2").is_err());
        assert!(gift_code(GuildId(1), "").is_err());
    }
}
