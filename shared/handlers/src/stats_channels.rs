//! Statistics channels: locked voice channels whose names show the server's numbers
//! ("Members: 120"), made by `/setup stats` and renamed by the schedule. Discord allows two
//! renames of a channel per ten minutes; a number that did not change costs none.

use crate::deps::WorkerDeps;
use dwos_core::model::{StatsChannel, StatsChannels};
use dwos_core::{GuildId, JobError};
use dwos_discord::rest::{NewChannel, Overwrite, channel_kind};
use dwos_store::StoreError;

/// The numbers shown, in channel order.
pub const COUNTERS: [&str; 3] = ["members", "verified", "alliances"];
/// Renames Discord allows per channel and window.
const RENAMES_PER_WINDOW: usize = 2;
/// The window (ten minutes).
const WINDOW_SECS: i64 = 600;
/// View Channel.
const VIEW: u64 = 1 << 10;
/// Connect: denied, so nobody joins a channel that is only a sign.
const CONNECT: u64 = 1 << 20;

/// The server's numbers: members, verified players, alliances.
async fn counts(deps: &WorkerDeps, guild: GuildId) -> Result<[u64; 3], JobError> {
    let members = deps.rest.guild_counts(guild).await?.approximate_member_count;
    let verified = deps.store.count_players(guild).await?;
    let alliances = deps.store.alliances(guild).await?.len() as u64;
    Ok([members, verified, alliances])
}

fn name(deps: &WorkerDeps, locale: &str, counter: &str, count: u64) -> String {
    deps.catalog.format_with(locale, &format!("stats-channel-{counter}"), &[("count", count.to_string())])
}

/// Makes the channels that are missing (a kept one deleted by hand is made again) and keeps
/// them; the channels as kept.
pub async fn ensure(deps: &WorkerDeps, guild: GuildId, now: i64) -> Result<StatsChannels, JobError> {
    let locale = deps.guild_locale(guild).await?;
    let mut existing = deps.rest.channels(guild).await?;
    let numbers = counts(deps, guild).await?;
    let mut created = Vec::new();
    for _ in 0..dwos_store::store::CONFIG_TRIES {
        let read = deps.store.stats_channels(guild).await?;
        let mut kept = read.clone().unwrap_or(StatsChannels { guild_id: guild, channels: Vec::new(), version: 0 });
        kept.channels.retain(|c| existing.iter().any(|e| e.id == c.channel_id));
        for (counter, count) in COUNTERS.iter().zip(numbers) {
            if kept.channels.iter().any(|c| c.counter == *counter) {
                continue;
            }
            let name = name(deps, locale, counter, count);
            // One made before a crash, before it could be kept, has this very name.
            let channel_id = match existing.iter().find(|c| c.kind == channel_kind::VOICE && c.name == name) {
                Some(found) => found.id,
                None => {
                    let channel = NewChannel {
                        name: name.clone(),
                        kind: channel_kind::VOICE,
                        parent_id: None,
                        permission_overwrites: vec![Overwrite::role(guild.0, VIEW, CONNECT)],
                    };
                    let made = deps.rest.create_channel(guild, &channel).await?.id;
                    created.push(made);
                    made
                }
            };
            kept.channels.push(StatsChannel {
                counter: (*counter).to_owned(),
                channel_id,
                name,
                renamed_at: vec![now],
            });
        }
        if read.as_ref().map(|r| &r.channels) == Some(&kept.channels) {
            return Ok(kept);
        }
        match deps.store.save_stats_channels(&kept).await {
            Ok(saved) => return Ok(saved),
            Err(StoreError::VersionConflict(_)) => {
                // Another /setup stats saved first: its channels stand, the ones made here go.
                let winner = deps.store.stats_channels(guild).await?.map(|w| w.channels).unwrap_or_default();
                for extra in created.drain(..).filter(|c| !winner.iter().any(|w| w.channel_id == *c)) {
                    deps.rest.delete_channel(extra).await?;
                }
                existing = deps.rest.channels(guild).await?;
            }
            Err(err) => return Err(err.into()),
        }
    }
    Err(JobError::Retry("the statistics channels kept changing".into()))
}

/// Renames the channels whose number changed, within Discord's limit; how many were renamed.
pub async fn refresh(deps: &WorkerDeps, guild: GuildId, now: i64) -> Result<usize, JobError> {
    let Some(mut kept) = deps.store.stats_channels(guild).await? else { return Ok(0) };
    let locale = deps.guild_locale(guild).await?;
    let numbers = counts(deps, guild).await?;
    let mut renamed = 0;
    for channel in &mut kept.channels {
        let Some(position) = COUNTERS.iter().position(|c| *c == channel.counter) else { continue };
        let wanted = name(deps, locale, &channel.counter, numbers[position]);
        if wanted == channel.name || !may_rename(&mut channel.renamed_at, now) {
            continue;
        }
        match deps.rest.modify_channel(channel.channel_id, &serde_json::json!({ "name": wanted })).await {
            Ok(()) => {
                channel.name = wanted;
                channel.renamed_at.push(now);
                renamed += 1;
            }
            // Deleted by hand: `/setup stats` makes it again.
            Err(err) if err.is_not_found() => {
                tracing::warn!(channel = %channel.channel_id, "a statistics channel is gone")
            }
            Err(err) => return Err(err.into()),
        }
    }
    if renamed > 0 {
        match deps.store.save_stats_channels(&kept).await {
            // Another run saved first: its names stand, the next run compares again.
            Ok(_) | Err(StoreError::VersionConflict(_)) => {}
            Err(err) => return Err(err.into()),
        }
    }
    Ok(renamed)
}

/// Whether a channel renamed at these times may be renamed `now` (forgetting the renames that
/// left the window).
fn may_rename(renamed_at: &mut Vec<i64>, now: i64) -> bool {
    renamed_at.retain(|at| now - at < WINDOW_SECS);
    renamed_at.len() < RENAMES_PER_WINDOW
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_most_two_renames_in_any_ten_minutes() {
        let mut renamed = vec![];
        assert!(may_rename(&mut renamed, 1_000));
        renamed.push(1_000);
        assert!(may_rename(&mut renamed, 1_100));
        renamed.push(1_100);
        assert!(!may_rename(&mut renamed, 1_599), "a third within ten minutes of the first");
        assert!(may_rename(&mut renamed, 1_600), "the first left the window");
        assert_eq!(renamed, vec![1_100]);
    }
}
