//! Why a game API call gave no verdict. The verdicts themselves are [`crate::RedeemOutcome`]s.

/// Why a game API call gave no verdict.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GameError {
    /// Rate limited (`TOO FREQUENT`, 40019, or HTTP 429): back off.
    #[error("rate limited by the game API")]
    RateLimited,
    /// Transient (`TIMEOUT RETRY`, 40004, or HTTP 5xx): retry later.
    #[error("the game API is temporarily unavailable")]
    Unavailable,
    /// Protocol trouble (`Sign Error`, `params error`, `NOT LOGIN`, an answer a probe cannot have): log, do
    /// not hammer.
    #[error("game API protocol error: {0}")]
    Protocol(String),
    /// No answer at all (connection, timeout).
    #[error("cannot reach the game API: {0}")]
    Transport(String),
    /// Nothing was sent: the shared budget has no call left now; the next may go after the wait.
    #[error("no game API call left in the budget for {0:?}")]
    Busy(std::time::Duration),
}

impl GameError {
    /// Worth retrying later (with backoff).
    pub fn is_transient(&self) -> bool {
        matches!(self, GameError::RateLimited | GameError::Unavailable | GameError::Transport(_) | GameError::Busy(_))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_pace_and_reachability_are_transient() {
        assert!(GameError::RateLimited.is_transient());
        assert!(GameError::Unavailable.is_transient());
        assert!(GameError::Transport("reset".into()).is_transient());
        assert!(!GameError::Protocol("Sign Error".into()).is_transient());
    }
}
