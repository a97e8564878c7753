//! The gift-code door (`POST /api/gift_code`, the only endpoint left since July 2026): its answers as typed
//! outcomes, per the table in WOS.md, and the never-valid code that turns it into a state probe.

use crate::outcome::GameError;
use serde::Deserialize;
use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// The endpoint's path under the base URL.
pub const GIFT_CODE_PATH: &str = "/api/gift_code";

/// What the game said about one (code, player, state) redemption: every row of WOS.md's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RedeemOutcome {
    /// Redeemed now (`SUCCESS`, 20000).
    Redeemed,
    /// Already redeemed by this player (`RECEIVED`, 40008).
    AlreadyRedeemed,
    /// A code of this type was already redeemed by this player (`SAME TYPE EXCHANGE`, 40011).
    SameTypeRedeemed,
    /// The code expired (`TIME ERROR`, 40007).
    Expired,
    /// No such code (`CDK NOT FOUND`, 40014); for a probe this means the state matched.
    NotFound,
    /// The code's use limit is reached (`USED`, 40005).
    UsageLimit,
    /// The player's furnace level is too low for this code (`STOVE_LV ERROR`, 40006).
    FurnaceTooLow,
    /// The player has not spent enough (`RECHARGE_MONEY ERROR`, 40017).
    SpendRequired,
    /// The player's VIP level is too low (`RECHARGE_MONEY_VIP ERROR`, 40018).
    VipRequired,
    /// The player is not in the state that was sent (`USER INFO ERROR`, 40020).
    WrongState,
    /// No player with this id (`role not exist`, 40001).
    NoSuchPlayer,
    /// An answer the table does not know: reported as the game gave it, never guessed.
    Unknown {
        /// The answer's `err_code`, if it had one.
        code: Option<i64>,
        /// The answer's `msg`, as sent.
        msg: String,
    },
}

impl RedeemOutcome {
    /// The snake_case name used in JSON output and logs.
    pub fn as_str(&self) -> &'static str {
        match self {
            RedeemOutcome::Redeemed => "redeemed",
            RedeemOutcome::AlreadyRedeemed => "already_redeemed",
            RedeemOutcome::SameTypeRedeemed => "same_type_redeemed",
            RedeemOutcome::Expired => "expired",
            RedeemOutcome::NotFound => "not_found",
            RedeemOutcome::UsageLimit => "usage_limit",
            RedeemOutcome::FurnaceTooLow => "furnace_too_low",
            RedeemOutcome::SpendRequired => "spend_required",
            RedeemOutcome::VipRequired => "vip_required",
            RedeemOutcome::WrongState => "wrong_state",
            RedeemOutcome::NoSuchPlayer => "no_such_player",
            RedeemOutcome::Unknown { .. } => "unknown",
        }
    }

    /// The code itself is dead (expired, unknown, used up): redeeming it for anyone else is pointless.
    pub fn code_is_dead(&self) -> bool {
        matches!(self, RedeemOutcome::Expired | RedeemOutcome::NotFound | RedeemOutcome::UsageLimit)
    }
}

impl fmt::Display for RedeemOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Whether a player id is in a given state, as the never-valid-code probe tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateCheck {
    /// The player exists and is in that state.
    Match,
    /// The player exists but is in another state.
    WrongState,
    /// No player with this id.
    NoSuchPlayer,
}

impl StateCheck {
    /// The snake_case name used in JSON output and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            StateCheck::Match => "match",
            StateCheck::WrongState => "wrong_state",
            StateCheck::NoSuchPlayer => "no_such_player",
        }
    }
}

/// Where a search for a player's state ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StateSearch {
    /// The player is in this state.
    Found(u32),
    /// No player with this id.
    NoSuchPlayer,
    /// Every state of the search order was tried, none matched.
    NotFound,
    /// The probe budget ran out first; a later search resumes at `next` in the search order.
    Paused {
        /// How many states of the search order are tried.
        next: u32,
    },
}

impl fmt::Display for StateCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How the client treats one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Answer {
    /// The game's verdict on the request: final, not to be retried.
    Verdict(RedeemOutcome),
    /// Worth asking again after a pause.
    Transient(GameError),
    /// The request itself is wrong (sign, parameters): retrying it unchanged cannot help.
    Protocol(String),
}

/// The table of WOS.md: `err_code`, upper-cased `msg` without its final period, and what it means.
fn table() -> [(Option<i64>, &'static str, Answer); 16] {
    use Answer::{Protocol, Transient, Verdict};
    use RedeemOutcome as O;
    [
        (Some(20000), "SUCCESS", Verdict(O::Redeemed)),
        (Some(40008), "RECEIVED", Verdict(O::AlreadyRedeemed)),
        (Some(40011), "SAME TYPE EXCHANGE", Verdict(O::SameTypeRedeemed)),
        (Some(40007), "TIME ERROR", Verdict(O::Expired)),
        (Some(40014), "CDK NOT FOUND", Verdict(O::NotFound)),
        (Some(40005), "USED", Verdict(O::UsageLimit)),
        (Some(40006), "STOVE_LV ERROR", Verdict(O::FurnaceTooLow)),
        (Some(40017), "RECHARGE_MONEY ERROR", Verdict(O::SpendRequired)),
        (Some(40018), "RECHARGE_MONEY_VIP ERROR", Verdict(O::VipRequired)),
        (Some(40020), "USER INFO ERROR", Verdict(O::WrongState)),
        (Some(40001), "ROLE NOT EXIST", Verdict(O::NoSuchPlayer)),
        (Some(40004), "TIMEOUT RETRY", Transient(GameError::Unavailable)),
        (Some(40019), "TOO FREQUENT", Transient(GameError::RateLimited)),
        (None, "SIGN ERROR", Protocol(String::new())),
        (None, "PARAMS ERROR", Protocol(String::new())),
        (None, "NOT LOGIN", Protocol(String::new())),
    ]
}

/// What an answer means: by `err_code` first (the stable part), by `msg` second (some answers carry
/// `err_code: 0` or none), else [`RedeemOutcome::Unknown`].
pub(crate) fn classify(msg: &str, err_code: Option<i64>) -> Answer {
    let normalized = msg.trim().trim_end_matches('.').trim_end().to_ascii_uppercase();
    let rows = table();
    let by_code = err_code.and_then(|code| rows.iter().find(|(c, _, _)| *c == Some(code)));
    let by_msg = || rows.iter().find(|(_, m, _)| *m == normalized);
    match by_code.or_else(by_msg).map(|(_, _, answer)| answer.clone()) {
        // The table's protocol rows carry no text; the log wants the game's own words.
        Some(Answer::Protocol(_)) => Answer::Protocol(describe(msg, err_code)),
        Some(answer) => answer,
        None => Answer::Verdict(RedeemOutcome::Unknown { code: err_code, msg: msg.to_owned() }),
    }
}

fn describe(msg: &str, err_code: Option<i64>) -> String {
    format!("{msg} ({})", err_code.map_or_else(|| "no err_code".to_owned(), |c| format!("err_code {c}")))
}

/// The answer body; only `msg` and `err_code` decide, `code` (0 or 1) repeats them.
#[derive(Debug, Deserialize)]
pub(crate) struct RawAnswer {
    #[serde(default)]
    msg: String,
    #[serde(default)]
    err_code: Option<serde_json::Value>,
}

impl RawAnswer {
    /// The answer's meaning.
    pub(crate) fn classify(&self) -> Answer {
        // Seen as a number and as a string in the wild.
        let err_code = self.err_code.as_ref().and_then(|c| c.as_i64().or_else(|| c.as_str()?.trim().parse().ok()));
        classify(&self.msg, err_code)
    }
}

/// A code that cannot exist (`ZZ` + 14 random uppercase letters), so asking for it redeems nothing and
/// only tells whether the player is in the state sent.
pub fn probe_code() -> String {
    let mut bytes = [0u8; 14];
    if getrandom::fill(&mut bytes).is_err() {
        // No OS randomness: any value that differs between calls will do, the code only has to be unknown.
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let mut seed = (nanos as u64) ^ COUNTER.fetch_add(1, Ordering::Relaxed).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        for byte in &mut bytes {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            *byte = (seed >> 56) as u8;
        }
    }
    let mut code = String::from("ZZ");
    code.extend(bytes.iter().map(|b| char::from(b'A' + b % 26)));
    code
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_matches_by_err_code_and_by_msg() {
        for (code, msg, expected) in table() {
            if let Some(code) = code {
                assert_eq!(classify("whatever", Some(code)), expected, "{code}");
            }
            let with_period = format!("{}.", msg.to_lowercase());
            let matched = classify(&with_period, None);
            match expected {
                Answer::Protocol(_) => assert!(matches!(matched, Answer::Protocol(_)), "{msg}"),
                _ => assert_eq!(matched, expected, "{msg}"),
            }
        }
    }

    #[test]
    fn err_code_wins_over_msg() {
        assert_eq!(classify("RECEIVED.", Some(40014)), Answer::Verdict(RedeemOutcome::NotFound));
        // An err_code outside the table falls back to the msg.
        assert_eq!(classify("TIME ERROR.", Some(0)), Answer::Verdict(RedeemOutcome::Expired));
        assert_eq!(classify("role not exist.", Some(0)), Answer::Verdict(RedeemOutcome::NoSuchPlayer));
    }

    #[test]
    fn sign_and_params_errors_are_protocol_errors_with_the_games_words() {
        assert_eq!(classify("Sign Error", Some(0)), Answer::Protocol("Sign Error (err_code 0)".into()));
        assert!(matches!(classify("params error", None), Answer::Protocol(m) if m.contains("params error")));
    }

    #[test]
    fn unknown_answers_are_reported_not_guessed() {
        let unknown = classify("NEW THING.", Some(49999));
        assert_eq!(unknown, Answer::Verdict(RedeemOutcome::Unknown { code: Some(49999), msg: "NEW THING.".into() }));
        assert_eq!(classify("", None), Answer::Verdict(RedeemOutcome::Unknown { code: None, msg: String::new() }));
    }

    #[test]
    fn reads_err_code_as_number_or_string() {
        let answer: RawAnswer = serde_json::from_str(r#"{"code":1,"msg":"X","err_code":"40008"}"#).unwrap();
        assert_eq!(answer.classify(), Answer::Verdict(RedeemOutcome::AlreadyRedeemed));
        let answer: RawAnswer =
            serde_json::from_str(r#"{"code":0,"msg":"SUCCESS","data":[],"err_code":20000}"#).unwrap();
        assert_eq!(answer.classify(), Answer::Verdict(RedeemOutcome::Redeemed));
    }

    #[test]
    fn probe_codes_look_like_codes_and_differ() {
        let (a, b) = (probe_code(), probe_code());
        assert_eq!(a.len(), 16);
        assert!(a.starts_with("ZZ") && a.chars().all(|c| c.is_ascii_uppercase()), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn outcome_names_are_snake_case() {
        assert_eq!(RedeemOutcome::SameTypeRedeemed.as_str(), "same_type_redeemed");
        assert_eq!(RedeemOutcome::Unknown { code: None, msg: String::new() }.to_string(), "unknown");
        assert_eq!(StateCheck::NoSuchPlayer.as_str(), "no_such_player");
        assert!(RedeemOutcome::UsageLimit.code_is_dead() && !RedeemOutcome::WrongState.code_is_dead());
    }
}
