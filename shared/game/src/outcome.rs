//! The game API's answers as typed outcomes (see ../shared/WOS.md, "Outcomes").

/// Why a game API call did not give what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GameError {
    /// No player with this id (`ROLE NOT EXIST`, 40001).
    #[error("no such player")]
    UnknownPlayer,
    /// Already redeemed by this player (`RECEIVED`, 40008).
    #[error("already redeemed")]
    AlreadyRedeemed,
    /// Already redeemed a code of this type (`SAME TYPE EXCHANGE`, 40011).
    #[error("a code of this type was already redeemed")]
    SameTypeRedeemed,
    /// The code expired (`TIME ERROR`, 40007).
    #[error("code expired")]
    CodeExpired,
    /// No such code (`CDK NOT FOUND`, 40014).
    #[error("no such code")]
    UnknownCode,
    /// The code's use limit is reached (`USED`, 40005).
    #[error("code use limit reached")]
    CodeUsedUp,
    /// Furnace level too low for this code (`STOVE_LV ERROR`, 40006).
    #[error("furnace level too low")]
    FurnaceTooLow,
    /// Spending requirement not met (`RECHARGE_MONEY ERROR`, 40017).
    #[error("spending requirement not met")]
    SpendingRequired,
    /// VIP requirement not met (`RECHARGE_MONEY_VIP ERROR`, 40018).
    #[error("VIP requirement not met")]
    VipRequired,
    /// Wrong state for this player (`USER INFO ERROR`, 40020).
    #[error("wrong state for this player")]
    WrongState,
    /// The older, captcha-protected flow is demanded (40100–40103).
    #[error("the game asks for a captcha")]
    CaptchaRequired,
    /// Rate limited (`TOO FREQUENT`, 40019, or HTTP 429): back off.
    #[error("rate limited by the game API")]
    RateLimited,
    /// Transient (`TIMEOUT RETRY`, 40004, or HTTP 5xx): retry later.
    #[error("the game API is temporarily unavailable")]
    Unavailable,
    /// Protocol trouble (`Sign Error`, `NOT LOGIN`, unknown answers): log, do not hammer.
    #[error("game API protocol error: {0}")]
    Protocol(String),
    /// No answer at all (connection, timeout).
    #[error("cannot reach the game API: {0}")]
    Transport(String),
}

impl GameError {
    /// Worth retrying later (with backoff).
    pub fn is_transient(&self) -> bool {
        matches!(self, GameError::RateLimited | GameError::Unavailable | GameError::Transport(_))
    }

    /// The error an answer with this `msg` and `err_code` means.
    pub fn from_answer(msg: &str, err_code: Option<i64>) -> GameError {
        let normalized = msg.trim().trim_end_matches('.').to_ascii_uppercase();
        match (normalized.as_str(), err_code) {
            (_, Some(40001)) | ("ROLE NOT EXIST", _) => GameError::UnknownPlayer,
            (_, Some(40008)) | ("RECEIVED", _) => GameError::AlreadyRedeemed,
            (_, Some(40011)) | ("SAME TYPE EXCHANGE", _) => GameError::SameTypeRedeemed,
            (_, Some(40007)) | ("TIME ERROR", _) => GameError::CodeExpired,
            (_, Some(40014)) | ("CDK NOT FOUND", _) => GameError::UnknownCode,
            (_, Some(40005)) | ("USED", _) => GameError::CodeUsedUp,
            (_, Some(40006)) | ("STOVE_LV ERROR", _) => GameError::FurnaceTooLow,
            (_, Some(40017)) | ("RECHARGE_MONEY ERROR", _) => GameError::SpendingRequired,
            (_, Some(40018)) | ("RECHARGE_MONEY_VIP ERROR", _) => GameError::VipRequired,
            (_, Some(40020)) | ("USER INFO ERROR", _) => GameError::WrongState,
            (_, Some(40019)) | ("TOO FREQUENT", _) => GameError::RateLimited,
            (_, Some(40004)) | ("TIMEOUT RETRY", _) => GameError::Unavailable,
            (_, Some(40100..=40103)) => GameError::CaptchaRequired,
            (m, _) if m.starts_with("CAPTCHA") => GameError::CaptchaRequired,
            _ => GameError::Protocol(format!("{msg} ({})", err_code.map_or("no code".into(), |c| c.to_string()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_every_documented_answer() {
        let table = [
            ("ROLE NOT EXIST", 40001, GameError::UnknownPlayer),
            ("RECEIVED.", 40008, GameError::AlreadyRedeemed),
            ("SAME TYPE EXCHANGE.", 40011, GameError::SameTypeRedeemed),
            ("TIME ERROR.", 40007, GameError::CodeExpired),
            ("CDK NOT FOUND.", 40014, GameError::UnknownCode),
            ("USED.", 40005, GameError::CodeUsedUp),
            ("TIMEOUT RETRY.", 40004, GameError::Unavailable),
            ("TOO FREQUENT.", 40019, GameError::RateLimited),
            ("STOVE_LV ERROR.", 40006, GameError::FurnaceTooLow),
            ("RECHARGE_MONEY ERROR.", 40017, GameError::SpendingRequired),
            ("RECHARGE_MONEY_VIP ERROR.", 40018, GameError::VipRequired),
            ("USER INFO ERROR.", 40020, GameError::WrongState),
            ("CAPTCHA CHECK ERROR.", 40101, GameError::CaptchaRequired),
        ];
        for (msg, code, expected) in table {
            assert_eq!(GameError::from_answer(msg, Some(code)), expected, "{msg}");
            assert_eq!(GameError::from_answer(msg, None), expected, "{msg} without a code");
        }
        assert!(matches!(GameError::from_answer("Sign Error", None), GameError::Protocol(_)));
        assert!(matches!(GameError::from_answer("NOT LOGIN.", None), GameError::Protocol(_)));
        assert!(GameError::RateLimited.is_transient() && !GameError::UnknownPlayer.is_transient());
    }
}
