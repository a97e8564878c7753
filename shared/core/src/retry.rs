//! The one retry schedule every adapter uses: exponential backoff with jitter, bounded in count and size.
//!
//! Only the schedule lives here, built on `backon`: this crate does no I/O and runs no timers. Each
//! adapter still decides what is worth retrying, sleeps on its own runtime, and honours a wait the
//! server asked for with [`with_floor`].

use backon::{BackoffBuilder, ExponentialBuilder};
use std::time::Duration;

/// How many retries to make and how long to wait before each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    /// Retries after the first attempt: the number of delays [`Backoff::delays`] yields.
    pub attempts: u32,
    /// The first delay before jitter; it doubles for each further retry.
    pub base: Duration,
    /// No delay is longer than this, jitter included.
    pub max: Duration,
}

impl Backoff {
    /// The ceiling [`Backoff::new`] sets: a longer pause belongs to the queue's redelivery, not to a running handler.
    pub const DEFAULT_MAX: Duration = Duration::from_secs(30);

    /// `attempts` retries starting from `base`, capped at [`Backoff::DEFAULT_MAX`].
    pub const fn new(attempts: u32, base: Duration) -> Self {
        Self { attempts, base, max: Self::DEFAULT_MAX }
    }

    /// The same schedule with another ceiling.
    #[must_use]
    pub fn with_max(mut self, max: Duration) -> Self {
        self.max = max;
        self
    }

    /// The wait before each retry, in order: `attempts` of them, the i-th (from 0) in
    /// `[base·2^i, 2·base·2^i]`, then capped at `max`.
    ///
    /// The bound is backon's (1.5+): it adds `current · u`, `u` uniform in `[0, 1)`, to the
    /// current delay. Random jitter keeps many Lambdas that failed together from retrying together.
    pub fn delays(&self) -> impl Iterator<Item = Duration> + Send + use<> {
        let max = self.max;
        ExponentialBuilder::new()
            // Clamped before backon sees it: its jitter multiplies the delay, which panics on overflow.
            .with_min_delay(self.base.min(max))
            .with_max_delay(max)
            .with_max_times(usize::try_from(self.attempts).unwrap_or(usize::MAX))
            .with_jitter()
            .build()
            // backon caps the delay before adding jitter; the cap is promised after it.
            .map(move |delay| delay.min(max))
    }
}

/// The wait before a retry the server set a `Retry-After` for: the schedule's, unless the server asked for more.
pub fn with_floor(delay: Duration, at_least: Duration) -> Duration {
    delay.max(at_least)
}

#[cfg(test)]
mod tests {
    use super::*;

    // A power-of-two fraction of a second: backon computes in f32, which holds these (and their doublings) exactly.
    const BASE: Duration = Duration::from_millis(250);

    #[test]
    fn yields_one_delay_per_retry() {
        assert_eq!(Backoff::new(4, BASE).delays().count(), 4);
        assert_eq!(Backoff::new(0, BASE).delays().count(), 0);
        assert_eq!(Backoff::new(3, Duration::ZERO).delays().collect::<Vec<_>>(), [Duration::ZERO; 3]);
    }

    #[test]
    fn each_delay_doubles_with_at_most_its_own_size_of_jitter() {
        // Many draws: the jitter is random.
        for _ in 0..200 {
            for (i, delay) in (0u32..).zip(Backoff::new(5, BASE).delays()) {
                let low = BASE * 2u32.pow(i);
                assert!(low <= delay && delay <= low * 2, "retry {i}: {delay:?} outside [{low:?}, {:?}]", low * 2);
            }
        }
    }

    #[test]
    fn no_delay_passes_the_cap() {
        let max = Duration::from_secs(1);
        for _ in 0..200 {
            let delays: Vec<_> = Backoff::new(8, BASE).with_max(max).delays().collect();
            assert_eq!(delays.len(), 8);
            assert!(delays.iter().all(|d| *d <= max), "{delays:?}");
            // From the third retry on the doubling has reached the cap, so jitter can only be cut back to it.
            assert!(delays[2..].iter().all(|d| *d == max), "{delays:?}");
        }
        let above = Backoff { attempts: 3, base: Duration::from_secs(5), max };
        assert!(above.delays().all(|d| d == max), "a base above the cap is capped too");
    }

    #[test]
    fn no_delay_is_zero_when_the_base_is_not() {
        for base in [Duration::from_micros(1), Duration::from_millis(1), BASE] {
            for _ in 0..50 {
                assert!(Backoff::new(10, base).delays().all(|d| d > Duration::ZERO), "{base:?}");
            }
        }
    }

    #[test]
    fn a_server_given_wait_is_a_floor_not_a_replacement() {
        let (short, long) = (Duration::from_millis(100), Duration::from_secs(2));
        assert_eq!(with_floor(short, long), long);
        assert_eq!(with_floor(long, short), long);
    }
}
