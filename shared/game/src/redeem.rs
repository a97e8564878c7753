//! The gift-code calls of [`GameClient`]: redeem, the state probe and the search for a moved player's
//! state; paced per player, limited per client, retried while the answer is transient.

use crate::client::{Admission, GameClient};
use crate::giftcode::{Answer, GIFT_CODE_PATH, RawAnswer, RedeemOutcome, StateCheck, StateSearch, probe_code};
use crate::outcome::GameError;
use dwos_core::model::GameId;
use dwos_core::retry::{Backoff, with_floor};
use reqwest::header::HeaderMap;
use std::collections::HashSet;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How far around the last known state a moved player is looked for (transfers stay within about ±200).
pub const STATE_SEARCH_RADIUS: u32 = 200;

/// The longest `Retry-After` waited for in-process; asked to wait longer, the call gives up at
/// once (`RateLimited`) and the caller's queue waits instead of a Lambda sleeping for minutes.
const MAX_RETRY_AFTER: Duration = Backoff::DEFAULT_MAX;

/// The longest pause one 429 imposes on every process sharing the budget.
const MAX_SHARED_PAUSE: Duration = Duration::from_secs(300);

/// One failed attempt, with the wait the game asked for.
struct Failure {
    error: GameError,
    retry_after: Option<Duration>,
}

impl From<GameError> for Failure {
    fn from(error: GameError) -> Self {
        Self { error, retry_after: None }
    }
}

impl GameClient {
    /// Redeems `code` for player `fid` in `state`; `Err` only when no verdict came (transient failures
    /// after the retries, or a protocol error).
    pub async fn redeem(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError> {
        let url = format!("{}{GIFT_CODE_PATH}", self.settings.base.trim_end_matches('/'));
        let fields = [("cdk", code.to_owned()), ("fid", fid.to_string()), ("kid", state.to_string())];
        let mut delays = Backoff::new(self.settings.max_retries, self.settings.backoff).delays();
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let failure = match self.gift_code_once(&url, fid, &fields, Admission::Wait).await {
                Ok(RedeemOutcome::Unknown { code: err_code, msg }) => {
                    tracing::warn!(%fid, state, ?err_code, msg, "unknown answer from the gift-code endpoint");
                    return Ok(RedeemOutcome::Unknown { code: err_code, msg });
                }
                Ok(outcome) => return Ok(outcome),
                Err(failure) if failure.error.is_transient() => failure,
                Err(failure) => {
                    tracing::error!(error = %failure.error, %fid, state, "gift-code request refused, not retrying");
                    return Err(failure.error);
                }
            };
            if failure.retry_after.is_some_and(|asked| asked > MAX_RETRY_AFTER) {
                return Err(failure.error);
            }
            let Some(delay) = delays.next() else { return Err(failure.error) };
            let wait = failure.retry_after.map_or(delay, |asked| with_floor(delay, asked));
            tracing::warn!(error = %failure.error, %fid, attempt, ?wait, "gift-code call failed, backing off");
            tokio::time::sleep(wait).await;
        }
    }

    /// One attempt at redeeming `code` for `fid` in `state`, without waiting for the budget or retrying:
    /// [`GameError::Busy`] when no call is left now, the transient error as it came otherwise. For
    /// queue workers, whose queue waits instead of the function.
    pub async fn redeem_now(&self, code: &str, fid: GameId, state: u32) -> Result<RedeemOutcome, GameError> {
        let url = format!("{}{GIFT_CODE_PATH}", self.settings.base.trim_end_matches('/'));
        let fields = [("cdk", code.to_owned()), ("fid", fid.to_string()), ("kid", state.to_string())];
        match self.gift_code_once(&url, fid, &fields, Admission::Now).await {
            Ok(RedeemOutcome::Unknown { code: err_code, msg }) => {
                tracing::warn!(%fid, state, ?err_code, msg, "unknown answer from the gift-code endpoint");
                Ok(RedeemOutcome::Unknown { code: err_code, msg })
            }
            Ok(outcome) => Ok(outcome),
            Err(failure) => Err(failure.error),
        }
    }

    /// Whether player `fid` is in `state`, by asking for a code that cannot exist (nothing is redeemed).
    pub async fn check(&self, fid: GameId, state: u32) -> Result<StateCheck, GameError> {
        match self.redeem(&probe_code(), fid, state).await? {
            RedeemOutcome::NotFound => Ok(StateCheck::Match),
            RedeemOutcome::WrongState => Ok(StateCheck::WrongState),
            RedeemOutcome::NoSuchPlayer => Ok(StateCheck::NoSuchPlayer),
            other => Err(GameError::Protocol(format!("unexpected answer to a state probe: {other}"))),
        }
    }

    /// Looks for the state player `fid` is in: the `candidates` in order, then the states around
    /// `last_known`, nearest first ([`search_order`]), starting at position `from` of that order and
    /// probing at most `max_probes` states (one game call each), so a long search spreads over runs.
    pub async fn find_state(
        &self,
        fid: GameId,
        candidates: &[u32],
        last_known: Option<u32>,
        from: u32,
        max_probes: u32,
    ) -> Result<StateSearch, GameError> {
        let order = search_order(candidates, last_known);
        let start = from as usize;
        for (offset, &state) in order.iter().skip(start).enumerate() {
            if offset >= max_probes as usize {
                return Ok(StateSearch::Paused { next: (start + offset) as u32 });
            }
            match self.check(fid, state).await? {
                StateCheck::Match => return Ok(StateSearch::Found(state)),
                StateCheck::NoSuchPlayer => return Ok(StateSearch::NoSuchPlayer),
                StateCheck::WrongState => {}
            }
        }
        Ok(StateSearch::NotFound)
    }

    async fn gift_code_once(
        &self,
        url: &str,
        fid: GameId,
        fields: &[(&str, String)],
        admission: Admission,
    ) -> Result<RedeemOutcome, Failure> {
        // Held until the answer is in, so calls about one player never overlap.
        let _turn = self.pacing.player_turn(fid.0).await;
        match admission {
            Admission::Wait => self.pacing.budget_wait().await,
            Admission::Now => {
                if let Some(left) = self.pacing.pause_left().await {
                    return Err(GameError::Busy(left).into());
                }
            }
        }
        let response = self.post_signed(url, fields, unix_seconds().to_string(), admission).await?;
        let headers = response.headers();
        let retry_after = header_number::<u64>(headers, "retry-after").map(Duration::from_secs);
        self.pacing
            .note_budget(header_number(headers, "x-ratelimit-limit"), header_number(headers, "x-ratelimit-remaining"))
            .await;
        let status = response.status();
        if status.as_u16() == 429 {
            // The window is the client's, not this player's: every call waits, in every process
            // that shares the budget.
            if let Some(asked) = retry_after {
                self.pacing.pause_for(asked.min(MAX_RETRY_AFTER)).await;
                if let Some(gate) = &self.gate {
                    // Bounded: a proxy asking for a day must not stop every process for a day.
                    gate.pause(asked.min(MAX_SHARED_PAUSE)).await;
                }
            }
            return Err(Failure { error: GameError::RateLimited, retry_after });
        }
        if status.is_server_error() {
            return Err(Failure { error: GameError::Unavailable, retry_after });
        }
        let answer: RawAnswer = response.json().await.map_err(|e| {
            if e.is_decode() {
                GameError::Protocol(format!("HTTP {status}: {e}"))
            } else {
                GameError::Transport(e.without_url().to_string())
            }
        })?;
        match answer.classify() {
            Answer::Verdict(outcome) => Ok(outcome),
            Answer::Transient(error) => Err(Failure { error, retry_after }),
            Answer::Protocol(what) => Err(GameError::Protocol(what).into()),
        }
    }
}

/// The order [`GameClient::find_state`] tries states in: `candidates` (first occurrence of each), then
/// `last_known`, +1, −1, +2, −2 … up to [`STATE_SEARCH_RADIUS`], skipping states already tried and
/// state 0 (states are numbered from 1).
pub fn search_order(candidates: &[u32], last_known: Option<u32>) -> Vec<u32> {
    let around = last_known.into_iter().flat_map(|n| {
        std::iter::once(Some(n))
            .chain((1..=STATE_SEARCH_RADIUS).flat_map(move |d| [n.checked_add(d), n.checked_sub(d)]))
            .flatten()
    });
    let mut seen = HashSet::new();
    candidates.iter().copied().chain(around).filter(|&state| state > 0 && seen.insert(state)).collect()
}

fn header_number<T: std::str::FromStr>(headers: &HeaderMap, name: &str) -> Option<T> {
    headers.get(name)?.to_str().ok()?.trim().parse().ok()
}

fn unix_seconds() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_first_then_nearest_first_around_the_last_state() {
        let order = search_order(&[245, 310, 245], Some(300));
        assert_eq!(&order[..8], &[245, 310, 300, 301, 299, 302, 298, 303]);
        let mut unique = order.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), order.len(), "no state is tried twice");
        assert_eq!(order.len(), 401, "both candidates lie in the window 100..=500");
        assert_eq!(order.last(), Some(&100));
    }

    #[test]
    fn the_window_stops_at_state_one() {
        let order = search_order(&[], Some(3));
        assert_eq!(&order[..5], &[3, 4, 2, 5, 1]);
        assert!(!order.contains(&0));
        assert_eq!(order.len(), 203);
        assert!(search_order(&[0, 7], None) == [7]);
    }
}
