//! Pacing of gift-code calls beyond the sliding-window [`crate::limiter::Limiter`]: the game answers TOO
//! FREQUENT when one player is asked again within about 2 s, and its `x-ratelimit-*` headers warn before
//! the HTTP 429 wall.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OwnedMutexGuard};
use tokio::time::Instant;

/// Above this many remembered players the idle ones are forgotten, so a long run over many players
/// does not grow the map without end.
const PRUNE_ABOVE: usize = 1024;

/// Calls to keep in hand in the game's window: pausing at the last one leaves room for a retry.
const HEADROOM: u32 = 2;

/// Per-player spacing and the pause the game's rate-limit headers ask for; one per client.
#[derive(Debug)]
pub struct Pacing {
    spacing: Duration,
    window: Duration,
    players: Mutex<HashMap<u64, Arc<Mutex<Option<Instant>>>>>,
    paused_until: Mutex<Option<Instant>>,
}

/// The right to call the game about one player; dropping it starts that player's spacing.
#[derive(Debug)]
pub struct PlayerTurn(OwnedMutexGuard<Option<Instant>>);

impl Drop for PlayerTurn {
    fn drop(&mut self) {
        // Counted from when the answer came back, not from the send: the game sees the request some
        // time after it leaves, so this errs on the slow side.
        *self.0 = Some(Instant::now());
    }
}

impl Pacing {
    /// `spacing` between two calls about one player; `window` is the game's rate-limit window.
    pub fn new(spacing: Duration, window: Duration) -> Self {
        Self { spacing, window, players: Mutex::default(), paused_until: Mutex::default() }
    }

    /// Waits until this player may be asked about again, and holds the player until the turn is dropped,
    /// so concurrent calls about one player go one after the other.
    pub async fn player_turn(&self, fid: u64) -> PlayerTurn {
        let slot = {
            let mut players = self.players.lock().await;
            if players.len() > PRUNE_ABOVE {
                let now = Instant::now();
                // Someone else holding the slot keeps it; so does a call recent enough to still matter.
                players.retain(|_, slot| {
                    Arc::strong_count(slot) > 1
                        || slot.try_lock().is_ok_and(|last| last.is_some_and(|t| now.duration_since(t) < self.spacing))
                });
            }
            Arc::clone(players.entry(fid).or_default())
        };
        let turn = slot.lock_owned().await;
        if let Some(last) = *turn {
            tokio::time::sleep_until(last + self.spacing).await;
        }
        PlayerTurn(turn)
    }

    /// Waits while a pause asked for by the game (rate-limit headers, `Retry-After`) is running.
    pub async fn budget_wait(&self) {
        loop {
            let until = *self.paused_until.lock().await;
            match until {
                Some(until) if until > Instant::now() => tokio::time::sleep_until(until).await,
                _ => return,
            }
        }
    }

    /// How long the pause asked for by the game still runs, if it does.
    pub async fn pause_left(&self) -> Option<Duration> {
        let until = (*self.paused_until.lock().await)?;
        until.checked_duration_since(Instant::now()).filter(|left| !left.is_zero())
    }

    /// Holds new calls for `wait`; a longer pause already set stays.
    pub async fn pause_for(&self, wait: Duration) {
        let until = Instant::now() + wait;
        let mut paused = self.paused_until.lock().await;
        if paused.is_none_or(|current| current < until) {
            *paused = Some(until);
        }
    }

    /// Reads the `x-ratelimit-limit` / `x-ratelimit-remaining` of an answer and pauses when the window is
    /// nearly spent.
    pub async fn note_budget(&self, limit: Option<u32>, remaining: Option<u32>) {
        if let (Some(limit), Some(remaining)) = (limit, remaining)
            && let Some(wait) = budget_pause(limit, remaining, self.window)
        {
            tracing::info!(limit, remaining, ?wait, "the game's rate-limit window is nearly spent, pausing");
            self.pause_for(wait).await;
        }
    }
}

/// The pause before the next call when the game's window has `remaining` of `limit` calls left: the
/// window's average refill time for each call missing to the headroom, never more than one window.
pub fn budget_pause(limit: u32, remaining: u32, window: Duration) -> Option<Duration> {
    if limit == 0 || remaining >= HEADROOM {
        return None;
    }
    Some((window / limit * (HEADROOM - remaining)).min(window))
}

#[cfg(test)]
mod tests {
    use super::*;

    const WINDOW: Duration = Duration::from_secs(60);

    #[test]
    fn pauses_only_when_the_window_is_nearly_spent() {
        assert_eq!(budget_pause(30, 5, WINDOW), None);
        assert_eq!(budget_pause(30, 2, WINDOW), None);
        assert_eq!(budget_pause(30, 1, WINDOW), Some(Duration::from_secs(2)));
        assert_eq!(budget_pause(30, 0, WINDOW), Some(Duration::from_secs(4)));
        assert_eq!(budget_pause(1, 0, WINDOW), Some(WINDOW), "bounded by the window");
        assert_eq!(budget_pause(0, 0, WINDOW), None, "a nonsense limit is ignored");
    }

    #[tokio::test(start_paused = true)]
    async fn one_player_waits_for_the_spacing_two_players_do_not() {
        let pacing = Pacing::new(Duration::from_millis(2200), WINDOW);
        let start = Instant::now();
        drop(pacing.player_turn(1).await);
        drop(pacing.player_turn(2).await);
        assert_eq!(start.elapsed(), Duration::ZERO, "different players pass at once");
        drop(pacing.player_turn(1).await);
        assert_eq!(start.elapsed(), Duration::from_millis(2200), "the same player waits");
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_calls_about_one_player_take_turns() {
        let pacing = Arc::new(Pacing::new(Duration::from_secs(2), WINDOW));
        let start = Instant::now();
        let first = pacing.player_turn(7).await;
        let waiter = tokio::spawn({
            let pacing = Arc::clone(&pacing);
            async move {
                drop(pacing.player_turn(7).await);
                start.elapsed()
            }
        });
        tokio::time::sleep(Duration::from_secs(1)).await;
        drop(first);
        assert_eq!(waiter.await.unwrap(), Duration::from_secs(3), "spaced from the end of the first call");
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_calls_and_is_never_shortened() {
        let pacing = Pacing::new(Duration::ZERO, WINDOW);
        let start = Instant::now();
        pacing.note_budget(Some(30), Some(0)).await;
        pacing.pause_for(Duration::from_secs(1)).await;
        pacing.note_budget(Some(30), None).await;
        pacing.budget_wait().await;
        assert_eq!(start.elapsed(), Duration::from_secs(4));
        pacing.budget_wait().await;
        assert_eq!(start.elapsed(), Duration::from_secs(4), "no pause once it ran out");
    }

    #[tokio::test(start_paused = true)]
    async fn forgets_idle_players_once_many_were_seen() {
        let pacing = Pacing::new(Duration::from_millis(10), WINDOW);
        for fid in 0..=PRUNE_ABOVE as u64 {
            drop(pacing.player_turn(fid).await);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
        drop(pacing.player_turn(u64::MAX).await);
        assert_eq!(pacing.players.lock().await.len(), 1);
    }
}
