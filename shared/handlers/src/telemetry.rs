//! Logging set-up: JSON lines on Lambda (CloudWatch), compact text on a terminal.

use tracing::Level;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// The log filter from `RUST_LOG` (`info`, `warn,dwos_handlers=debug`, …; default `info`).
/// `Targets` rather than `EnvFilter`: the same `target=level` syntax without a regex
/// engine in every Lambda binary.
pub fn filter(rust_log: Option<&str>) -> Targets {
    rust_log.and_then(|spec| spec.parse().ok()).unwrap_or_else(|| Targets::new().with_default(Level::INFO))
}

/// Installs the global subscriber once; `RUST_LOG` filters (default `info`).
pub fn init() {
    let filter = filter(std::env::var("RUST_LOG").ok().as_deref());
    let on_lambda = std::env::var_os("AWS_LAMBDA_FUNCTION_NAME").is_some();
    let registry = tracing_subscriber::registry().with(filter);
    // try_init: a second call (tests, embedded use) keeps the first subscriber.
    let _ = if on_lambda {
        let json = tracing_subscriber::fmt::layer()
            .with_writer(std::io::stderr)
            .json()
            .flatten_event(true)
            .with_current_span(true);
        registry.with(json.with_span_list(false)).try_init()
    } else {
        // stderr: a command's own output (`dwos game … --json`) stays clean on stdout.
        registry.with(tracing_subscriber::fmt::layer().with_writer(std::io::stderr).compact()).try_init()
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rust_log_with_an_info_default() {
        assert!(filter(None).would_enable("anything", &Level::INFO));
        assert!(!filter(None).would_enable("anything", &Level::DEBUG));
        let custom = filter(Some("warn,dwos_handlers=debug"));
        assert!(custom.would_enable("dwos_handlers::router", &Level::DEBUG));
        assert!(!custom.would_enable("hyper", &Level::INFO));
    }
}
