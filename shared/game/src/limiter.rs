//! A client-side limiter: at most N requests in any window (the game allows about 30
//! per 60 s per endpoint and IP), waiting rather than failing.

use std::collections::VecDeque;
use std::time::Duration;
use tokio::sync::Mutex;
use tokio::time::Instant;

/// Sliding-window limiter shared by every call of one client.
#[derive(Debug)]
pub struct Limiter {
    max: usize,
    window: Duration,
    sent: Mutex<VecDeque<Instant>>,
}

impl Limiter {
    /// At most `max` acquisitions per `window`.
    pub fn new(max: usize, window: Duration) -> Self {
        Self { max: max.max(1), window, sent: Mutex::new(VecDeque::new()) }
    }

    /// Counts a request if one may be sent now; otherwise how long until one may.
    pub async fn try_acquire(&self) -> Option<Duration> {
        let mut sent = self.sent.lock().await;
        let now = Instant::now();
        while sent.front().is_some_and(|t| now.duration_since(*t) >= self.window) {
            sent.pop_front();
        }
        if sent.len() < self.max {
            sent.push_back(now);
            return None;
        }
        Some(sent.front().map_or(Duration::ZERO, |oldest| self.window - now.duration_since(*oldest)))
    }

    /// Waits until a request may be sent, and counts it.
    pub async fn acquire(&self) {
        while let Some(wait) = self.try_acquire().await {
            tokio::time::sleep(wait).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn waits_once_the_window_is_full() {
        let limiter = Limiter::new(3, Duration::from_secs(60));
        let start = Instant::now();
        for _ in 0..3 {
            limiter.acquire().await;
        }
        assert!(start.elapsed() < Duration::from_secs(1), "the first three pass at once");
        limiter.acquire().await;
        assert!(start.elapsed() >= Duration::from_secs(60), "the fourth waits for the window");
    }

    #[tokio::test(start_paused = true)]
    async fn try_acquire_says_how_long_instead_of_waiting() {
        let limiter = Limiter::new(2, Duration::from_secs(60));
        assert_eq!(limiter.try_acquire().await, None);
        tokio::time::advance(Duration::from_secs(10)).await;
        assert_eq!(limiter.try_acquire().await, None);
        assert_eq!(limiter.try_acquire().await, Some(Duration::from_secs(50)), "the oldest frees a slot");
        tokio::time::advance(Duration::from_secs(50)).await;
        assert_eq!(limiter.try_acquire().await, None);
    }
}
