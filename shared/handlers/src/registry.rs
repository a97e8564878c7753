//! The feature registry: the one place a feature is plugged in. A new feature adds its
//! folder under `features/`, one line to [`FEATURES`] and, if it has a queue worker, one
//! arm to [`worker`] (with its `JobKind` and queue).

use crate::deps::WorkerDeps;
use crate::feature::Feature;
use crate::features::{alliance, community, events, giftcode, help, moderation, privacy, stats, verify};
use dwos_bus::Worker;
use dwos_core::JobKind;
use dwos_discord::CommandSpec;
use std::sync::Arc;

/// Every feature, in `/help` and registration order.
pub static FEATURES: &[&dyn Feature] = &[
    &help::Help,
    &stats::Stats,
    &verify::Verify,
    &alliance::Alliances,
    &events::Events,
    &giftcode::Giftcodes,
    &moderation::Moderation,
    &privacy::Privacy,
    &community::Community,
];

/// Every slash command of every feature.
pub fn commands() -> impl Iterator<Item = &'static CommandSpec> {
    FEATURES.iter().flat_map(|f| f.commands().iter())
}

/// The worker for each job kind.
pub fn worker(kind: JobKind, deps: &WorkerDeps) -> Arc<dyn Worker> {
    match kind {
        JobKind::Stats => Arc::new(stats::StatsWorker::new(deps.clone())),
        JobKind::Verify => Arc::new(verify::VerifyWorker::new(deps.clone())),
        JobKind::Events => Arc::new(events::EventsWorker::new(deps.clone())),
        JobKind::Notify => Arc::new(events::NotifyWorker::new(deps.clone())),
        JobKind::Giftcode => Arc::new(giftcode::GiftcodeWorker::new(deps.clone())),
        JobKind::Redeem => Arc::new(giftcode::RedeemWorker::new(deps.clone())),
        JobKind::Moderation => Arc::new(moderation::ModerationWorker::new(deps.clone())),
        JobKind::Privacy => Arc::new(privacy::PrivacyWorker::new(deps.clone())),
        JobKind::Alliance => Arc::new(alliance::AllianceWorker::new(deps.clone())),
        JobKind::Community => Arc::new(community::CommunityWorker::new(deps.clone())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn command_names_and_id_prefixes_are_unique() {
        let names: Vec<_> = commands().map(|c| c.name).collect();
        assert_eq!(names.iter().collect::<HashSet<_>>().len(), names.len(), "{names:?}");
        let prefixes: Vec<_> = FEATURES.iter().filter_map(|f| f.id_prefix()).collect();
        assert_eq!(prefixes.iter().collect::<HashSet<_>>().len(), prefixes.len(), "{prefixes:?}");
        assert_eq!(
            names,
            [
                "help",
                "stats",
                "verify",
                "reverify",
                "setup",
                "unlink",
                "alliance",
                "event",
                "giftcode",
                "moderators",
                "news",
                "privacy",
                "language",
                "dashboard",
                "registration-help",
                "ticket",
                "close-ticket",
                "rules"
            ]
        );
    }
}
