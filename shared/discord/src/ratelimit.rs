//! Discord's REST rate limits, tracked ahead of time so a request that would surely get a 429
//! waits (or goes back to the queue) instead of being sent.
//!
//! Discord groups routes into buckets it names in `X-RateLimit-Bucket`; a bucket is further
//! split by the route's major parameters (channel, guild, webhook id and token). On top of
//! that sits one global limit for the whole bot. See
//! <https://discord.com/developers/docs/topics/rate-limits>.

use reqwest::Method;
use reqwest::header::HeaderMap;
use std::collections::HashMap;
use std::fmt;
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

/// Path segments whose following id is a major parameter: it splits a bucket per resource.
const MAJOR_RESOURCES: [&str; 3] = ["channels", "guilds", "webhooks"];

/// Longer waits than this are nonsense from a header or a body; capping keeps `Instant` maths from overflowing.
const MAX_WAIT: Duration = Duration::from_secs(24 * 60 * 60);

/// Above this many remembered routes or buckets, expired ones are dropped: webhook routes carry
/// interaction tokens, so a long-running process would otherwise keep one entry per interaction.
const PRUNE_ABOVE: usize = 4096;

/// A request's rate-limit identity: its route key and the major parameters that split its bucket.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Route {
    key: String,
    major: String,
}

impl Route {
    /// The route of `method` on `path` (a URL path, without the query).
    pub fn new(method: &Method, path: &str) -> Self {
        let mut key = format!("{} ", method.as_str());
        let mut major = String::new();
        let mut previous: Option<&str> = None;
        let mut webhook_token_next = false;
        let mut interaction_token_next = false;
        for segment in path.split('/').filter(|s| !s.is_empty()) {
            let is_major_id = is_snowflake(segment) && previous.is_some_and(|p| MAJOR_RESOURCES.contains(&p));
            let shown = if webhook_token_next {
                // A webhook's token is part of its major parameter: each token has its own limit.
                major.push('/');
                major.push_str(segment);
                segment
            } else if is_major_id {
                major.push('/');
                major.push_str(previous.unwrap_or_default());
                major.push('/');
                major.push_str(segment);
                segment
            } else if interaction_token_next {
                // Interaction callbacks are not split per token; keeping it out also keeps the key short.
                ":token"
            } else if is_snowflake(segment) {
                ":id"
            } else {
                segment
            };
            key.push('/');
            key.push_str(shown);
            webhook_token_next = is_major_id && previous == Some("webhooks");
            interaction_token_next = previous == Some("interactions") && is_snowflake(segment);
            previous = Some(segment);
        }
        if key.ends_with(' ') {
            key.push('/');
        }
        Self { key, major }
    }

    /// The route key, e.g. `PUT /guilds/1/members/:id/roles/:id`.
    pub fn key(&self) -> &str {
        &self.key
    }
}

/// The route key of `method` on `path`: major parameters kept, other ids replaced by `:id`.
pub fn route_key(method: &Method, path: &str) -> String {
    Route::new(method, path).key
}

fn is_snowflake(segment: &str) -> bool {
    !segment.is_empty() && segment.bytes().all(|b| b.is_ascii_digit())
}

/// What a response says about its bucket, read from Discord's `X-RateLimit-*` headers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateLimitHeaders {
    /// `X-RateLimit-Bucket`: Discord's opaque name for the bucket.
    pub bucket: Option<String>,
    /// `X-RateLimit-Remaining`: requests left before the reset.
    pub remaining: Option<u64>,
    /// `X-RateLimit-Reset-After`: time until the bucket refills.
    pub reset_after: Option<Duration>,
    /// `X-RateLimit-Global`: a 429 that limits the whole bot.
    pub global: bool,
    /// `X-RateLimit-Scope` on a 429: `user`, `global` or `shared`.
    pub scope: Option<String>,
}

impl RateLimitHeaders {
    /// Reads the rate-limit headers; missing or malformed ones are `None`.
    pub fn from_headers(headers: &HeaderMap) -> Self {
        Self {
            bucket: header(headers, "x-ratelimit-bucket").filter(|b| !b.is_empty()).map(str::to_owned),
            remaining: header(headers, "x-ratelimit-remaining").and_then(|v| v.parse().ok()),
            reset_after: header(headers, "x-ratelimit-reset-after").and_then(seconds),
            global: header(headers, "x-ratelimit-global").is_some_and(|v| v.eq_ignore_ascii_case("true")),
            scope: header(headers, "x-ratelimit-scope").map(str::to_owned),
        }
    }

    /// Whether a 429 with these headers limits the whole bot rather than one bucket.
    pub fn is_global(&self) -> bool {
        self.global || self.scope.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("global"))
    }
}

fn header<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers.get(name).and_then(|v| v.to_str().ok()).map(str::trim)
}

/// Discord's fractional seconds in a header as a [`Duration`], capped; `None` when not a number.
pub(crate) fn seconds(text: &str) -> Option<Duration> {
    text.trim().parse::<f64>().ok().map(from_secs)
}

/// Discord's fractional seconds as a [`Duration`]: negative is zero, huge or infinite is capped.
pub(crate) fn from_secs(seconds: f64) -> Duration {
    Duration::try_from_secs_f64(seconds.max(0.0)).unwrap_or(MAX_WAIT).min(MAX_WAIT)
}

fn later(now: Instant, wait: Duration) -> Instant {
    now.checked_add(wait.min(MAX_WAIT)).unwrap_or(now)
}

#[derive(Clone, Copy)]
struct Bucket {
    remaining: u64,
    reset: Instant,
}

#[derive(Default)]
struct State {
    /// Route key → bucket id (Discord's bucket name joined with the route's major parameters).
    routes: HashMap<String, String>,
    buckets: HashMap<String, Bucket>,
    global_until: Option<Instant>,
}

impl State {
    /// A route Discord has not named a bucket for yet gets one of its own, so a 429 on it still sticks.
    fn bucket_id(&mut self, route: &Route) -> String {
        self.routes.entry(route.key.clone()).or_insert_with(|| format!("{}{}", route.key, route.major)).clone()
    }

    fn prune(&mut self, now: Instant) {
        if self.routes.len() <= PRUNE_ABOVE && self.buckets.len() <= PRUNE_ABOVE {
            return;
        }
        self.buckets.retain(|_, bucket| bucket.reset > now);
        let buckets = &self.buckets;
        self.routes.retain(|_, id| buckets.contains_key(id));
    }
}

/// Discord's per-route buckets and global limit, as last reported; share one per bot token.
#[derive(Default)]
pub struct RateLimiter {
    // A std Mutex: it is never held across an await, only for a map lookup or update.
    state: Mutex<State>,
}

impl fmt::Debug for RateLimiter {
    // Route keys hold webhook tokens: show only sizes.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let state = self.lock();
        f.debug_struct("RateLimiter")
            .field("routes", &state.routes.len())
            .field("buckets", &state.buckets.len())
            .field("global_until", &state.global_until)
            .finish()
    }
}

impl RateLimiter {
    /// A limiter that knows no buckets yet.
    pub fn new() -> Self {
        Self::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // The state is plain data updated in single statements; a panic elsewhere cannot leave it torn.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long a request on `route` must wait; `None` means send now, and reserves one request of the bucket.
    pub fn wait_time(&self, route: &Route) -> Option<Duration> {
        let now = Instant::now();
        let mut state = self.lock();
        if let Some(until) = state.global_until {
            if until > now {
                return Some(until.saturating_duration_since(now));
            }
            state.global_until = None;
        }
        let State { routes, buckets, .. } = &mut *state;
        let bucket = buckets.get_mut(routes.get(&route.key)?)?;
        if bucket.reset <= now {
            // The bucket has refilled; the response will say by how much.
            return None;
        }
        if bucket.remaining == 0 {
            return Some(bucket.reset.saturating_duration_since(now));
        }
        // Counting down locally keeps concurrent requests from all spending the last slot.
        bucket.remaining -= 1;
        None
    }

    /// Records what a response's headers say about `route`'s bucket.
    pub fn update(&self, route: &Route, headers: &RateLimitHeaders) {
        let now = Instant::now();
        let mut state = self.lock();
        state.prune(now);
        if let Some(name) = &headers.bucket {
            state.routes.insert(route.key.clone(), format!("{name}{}", route.major));
        }
        if let (Some(remaining), Some(reset_after)) = (headers.remaining, headers.reset_after) {
            let id = state.bucket_id(route);
            state.buckets.insert(id, Bucket { remaining, reset: later(now, reset_after) });
        }
    }

    /// Records a 429: the whole bot pauses when `global`, otherwise `route`'s bucket is empty until `retry_after`.
    pub fn limited(&self, route: &Route, retry_after: Duration, global: bool) {
        let now = Instant::now();
        let until = later(now, retry_after);
        let mut state = self.lock();
        if global {
            state.global_until = Some(state.global_until.map_or(until, |current| current.max(until)));
            return;
        }
        let id = state.bucket_id(route);
        let bucket = state.buckets.entry(id).or_insert(Bucket { remaining: 0, reset: until });
        bucket.remaining = 0;
        bucket.reset = bucket.reset.max(until);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn route_keys_keep_major_parameters_only() {
        assert_eq!(route_key(&Method::PUT, "/guilds/7/members/8/roles/9"), "PUT /guilds/7/members/:id/roles/:id");
        assert_eq!(
            route_key(&Method::PATCH, "/webhooks/1/tok/messages/@original"),
            "PATCH /webhooks/1/tok/messages/@original"
        );
        assert_eq!(route_key(&Method::GET, "/api/v10/guilds/42"), "GET /api/v10/guilds/42");
        assert_eq!(route_key(&Method::POST, "/channels/5/messages"), "POST /channels/5/messages");
        assert_eq!(route_key(&Method::DELETE, "/channels/5/messages/6"), "DELETE /channels/5/messages/:id");
        assert_eq!(
            route_key(&Method::PUT, "/applications/3/guilds/4/commands"),
            "PUT /applications/:id/guilds/4/commands"
        );
        assert_eq!(route_key(&Method::POST, "/interactions/3/abc/callback"), "POST /interactions/:id/:token/callback");
        assert_eq!(route_key(&Method::GET, ""), "GET /");
    }

    #[test]
    fn major_parameters_split_a_bucket() {
        assert_eq!(Route::new(&Method::PATCH, "/webhooks/1/tok/messages/@original").major, "/webhooks/1/tok");
        assert_eq!(Route::new(&Method::PUT, "/guilds/7/members/8/roles/9").major, "/guilds/7");
        assert_eq!(Route::new(&Method::GET, "/applications/3/commands").major, "");
    }

    #[test]
    fn reads_rate_limit_headers() {
        let mut headers = HeaderMap::new();
        headers.insert("x-ratelimit-bucket", HeaderValue::from_static("abcd"));
        headers.insert("x-ratelimit-remaining", HeaderValue::from_static("3"));
        headers.insert("x-ratelimit-reset-after", HeaderValue::from_static("1.5"));
        headers.insert("x-ratelimit-scope", HeaderValue::from_static("global"));
        let parsed = RateLimitHeaders::from_headers(&headers);
        assert_eq!(parsed.bucket.as_deref(), Some("abcd"));
        assert_eq!(parsed.remaining, Some(3));
        assert_eq!(parsed.reset_after, Some(Duration::from_millis(1500)));
        assert!(!parsed.global);
        assert!(parsed.is_global());
        assert_eq!(RateLimitHeaders::from_headers(&HeaderMap::new()), RateLimitHeaders::default());
    }

    #[test]
    fn counts_down_a_bucket_then_waits_for_its_reset() {
        let limiter = RateLimiter::new();
        let route = Route::new(&Method::GET, "/guilds/1");
        assert_eq!(limiter.wait_time(&route), None, "an unknown route goes at once");
        let headers = RateLimitHeaders {
            bucket: Some("b".into()),
            remaining: Some(1),
            reset_after: Some(Duration::from_secs(5)),
            ..RateLimitHeaders::default()
        };
        limiter.update(&route, &headers);
        assert_eq!(limiter.wait_time(&route), None, "one request left");
        let wait = limiter.wait_time(&route).expect("the bucket is empty now");
        assert!(wait > Duration::from_secs(4) && wait <= Duration::from_secs(5), "{wait:?}");
        assert_eq!(limiter.wait_time(&Route::new(&Method::GET, "/guilds/2")), None, "another guild, another bucket");
    }

    #[test]
    fn a_global_limit_holds_every_route() {
        let limiter = RateLimiter::new();
        limiter.limited(&Route::new(&Method::GET, "/guilds/1"), Duration::from_secs(2), true);
        assert!(limiter.wait_time(&Route::new(&Method::POST, "/channels/9/messages")).is_some());
    }

    #[test]
    fn absurd_waits_are_capped() {
        assert_eq!(seconds("1e300"), Some(MAX_WAIT));
        assert_eq!(seconds("-1"), Some(Duration::ZERO));
        assert_eq!(seconds("soon"), None);
    }
}
