//! `dwos serve`: the interactions router and every worker in one process, on a SQLite
//! file instead of AWS.

use crate::playground::{Identity, Playground};
use dwos_bus::{LocalEvents, LocalQueue, LocalQueuePolicy, QueueError};
use dwos_core::JobKind;
use dwos_discord::{RestClient, RestError, RetryPolicy};
use dwos_game::fake::FakeGame;
use dwos_game::{GameClient, GameError};
use dwos_handlers::config;
use dwos_handlers::config::{ConfigError, HttpConfig, WorkerConfig};
use dwos_handlers::features::events::Sweeper;
use dwos_handlers::features::verify::Refresher;
use dwos_handlers::game_gate::StoreGate;
use dwos_handlers::housekeeping::Housekeeping;
use dwos_handlers::http::system_clock;
use dwos_handlers::{AppState, ENQUEUE_TIMEOUT, FEATURES, WorkerDeps};
use dwos_i18n::{Catalog, I18nError};
use dwos_store::{SqliteTable, Store, StoreError, Table};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::task::JoinSet;

/// Where and how to serve.
#[derive(Clone, Debug)]
pub struct ServeOptions {
    /// Listen address (port 0 picks a free port).
    pub addr: SocketAddr,
    /// The SQLite file holding the local queue.
    pub data: PathBuf,
    /// Local redelivery rules.
    pub queue_policy: LocalQueuePolicy,
    /// Discord REST retry rules.
    pub retry: RetryPolicy,
    /// First backoff of game API retries.
    pub game_backoff: Duration,
    /// Serve a fake game API on loopback instead of the real one (demos without internet).
    pub fake_game: bool,
    /// How often the daily refresh looks for stale players (the Lambda's schedule).
    pub refresh_every: Duration,
    /// How often housekeeping runs (rules re-posts, statistics channels, retention).
    pub housekeeping_every: Duration,
}

impl ServeOptions {
    /// The defaults `dwos serve` uses.
    pub fn new(addr: SocketAddr, data: PathBuf) -> Self {
        Self {
            addr,
            data,
            queue_policy: LocalQueuePolicy::default(),
            retry: RetryPolicy::default(),
            game_backoff: Duration::from_secs(2),
            fake_game: false,
            refresh_every: Duration::from_secs(600),
            housekeeping_every: Duration::from_secs(600),
        }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// A configuration variable is missing or wrong (exit code 2).
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A shipped translation does not parse.
    #[error(transparent)]
    I18n(#[from] I18nError),
    /// The data file cannot be opened.
    #[error("cannot open the local queue: {0}")]
    Queue(#[from] QueueError),
    /// The game API client cannot be built.
    #[error(transparent)]
    Game(#[from] GameError),
    /// The store cannot be opened.
    #[error("cannot open the store: {0}")]
    Store(#[from] StoreError),
    /// The HTTP client cannot be built.
    #[error(transparent)]
    Rest(#[from] RestError),
    /// The address cannot be bound.
    #[error("cannot listen: {0}")]
    Listen(#[from] std::io::Error),
}

/// A running server.
pub struct Server {
    /// The bound address.
    pub addr: SocketAddr,
    /// The local queue, for inspection.
    pub queue: LocalQueue,
    tasks: JoinSet<()>,
}

impl Server {
    /// Waits until the HTTP server stops (it does not, short of an error).
    pub async fn wait(mut self) {
        while let Some(done) = self.tasks.join_next().await {
            if let Err(err) = done {
                tracing::error!(error = %err, "a server task stopped");
            }
        }
    }
}

/// Builds everything from `lookup` (the environment) and starts serving.
pub async fn start(options: &ServeOptions, lookup: &impl Fn(&str) -> Option<String>) -> Result<Server, ServeError> {
    start_with(options, None, lookup).await
}

/// Starts the playground: DWOS answering a Discord server of its own, with the page at `/`
/// (the Discord settings come from `identity`; the game is the fake one).
pub async fn start_playground(
    options: &ServeOptions,
    identity: Identity,
    lookup: &impl Fn(&str) -> Option<String>,
) -> Result<Server, ServeError> {
    start_with(options, Some(identity), lookup).await
}

async fn start_with(
    options: &ServeOptions,
    identity: Option<Identity>,
    outer: &impl Fn(&str) -> Option<String>,
) -> Result<Server, ServeError> {
    let listener = TcpListener::bind(options.addr).await?;
    let addr = listener.local_addr()?;
    // The process calls itself (the playground's Discord, its page's interactions) on loopback.
    let own = if addr.ip().is_unspecified() { SocketAddr::from(([127, 0, 0, 1], addr.port())) } else { addr };
    if identity.is_some() && !addr.ip().is_loopback() {
        tracing::warn!(%addr, "playground: its page signs interactions for anyone who reaches it; keep it on 127.0.0.1");
    }
    let overrides: HashMap<&str, String> = match &identity {
        Some(identity) => HashMap::from([
            (config::PUBLIC_KEY, identity.key.public_hex()),
            (config::APPLICATION_ID, identity.application_id.to_string()),
            (config::API_BASE, format!("http://{own}/api/v10")),
            (config::BOT_TOKEN, crate::playground::BOT_TOKEN.to_owned()),
        ]),
        None => HashMap::new(),
    };
    let lookup = &|name: &str| overrides.get(name).cloned().or_else(|| outer(name));
    let http = HttpConfig::from_lookup(lookup)?;
    let workers = WorkerConfig::from_lookup(lookup);
    let catalog = Arc::new(Catalog::load()?);
    let queue = LocalQueue::open(&options.data, options.queue_policy)?;
    // One SQLite file holds the local queue, the store and the playground's guild.
    let table: Arc<dyn Table> = Arc::new(SqliteTable::open(&options.data)?);
    let store = Store::new(Arc::clone(&table));
    // Locally the token comes from the environment or .env; secrets are an AWS matter.
    let rest = Arc::new(RestClient::new(&workers.api_base, workers.given_token(), options.retry)?);
    let mut game = dwos_handlers::config::game_settings(lookup)?;
    game.backoff = options.game_backoff;
    if options.fake_game || identity.is_some() {
        let fake = FakeGame::start(&game.salt).await?;
        tracing::info!(base = %fake.base_url(), "serving a fake game API");
        game.base = fake.base_url();
    }
    // The budget is shared with every other process on the same data file (a CLI, a second serve).
    let gate = Arc::new(StoreGate::new(store.clone(), game.max_requests, game.window));
    let game = Arc::new(GameClient::new(game)?.with_gate(gate));
    // No local subscribers yet: the notifier and stats adapters subscribe here as they arrive.
    let events = Arc::new(LocalEvents::default());
    let deps = WorkerDeps { rest, catalog: Arc::clone(&catalog), store, game, events, queue: Arc::new(queue.clone()) };

    let mut tasks = JoinSet::new();
    for kind in JobKind::ALL {
        let worker = dwos_handlers::worker(kind, &deps);
        let queue = queue.clone();
        tasks.spawn(async move { queue.run_worker(kind, worker.as_ref()).await });
    }
    let refresher = Refresher::new(deps.clone());
    let (every, budget) = (options.refresh_every, dwos_handlers::config::refresh_budget(lookup)?);
    tasks.spawn(async move {
        let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            ticker.tick().await;
            // Errors are logged by the refresher; the next tick tries again.
            let _ = refresher.run(dwos_handlers::deps::now(), budget).await;
        }
    });
    let housekeeping = Housekeeping::new(deps.clone());
    let every = options.housekeeping_every;
    tasks.spawn(async move {
        let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        loop {
            ticker.tick().await;
            // Errors are logged; the next run tries again.
            let _ = housekeeping.run(dwos_handlers::deps::now()).await;
        }
    });
    let sweeper = Sweeper::new(deps.clone(), Arc::new(queue.clone()));
    tasks.spawn(async move {
        loop {
            // Just after the top of each minute, like the rate(1 minute) schedule on AWS.
            let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            let into_minute = since_epoch.as_millis() % 60_000;
            tokio::time::sleep(Duration::from_millis((60_000 - into_minute) as u64 + 200)).await;
            // Errors are logged by the sweep; the next minute re-reads the catch-up window.
            let _ = sweeper.run(dwos_handlers::deps::now()).await;
        }
    });
    let state = AppState {
        config: http,
        catalog: Arc::clone(&catalog),
        queue: Arc::new(queue.clone()),
        features: FEATURES,
        clock: system_clock,
        enqueue_timeout: ENQUEUE_TIMEOUT,
        store: Some(deps.store.clone()),
    };
    let mut app = dwos_handlers::router(Arc::new(state));
    if let Some(identity) = identity {
        let commands = dwos_discord::commands::definitions(&catalog, dwos_handlers::registry::commands());
        let playground = Arc::new(Playground::open(identity, table, commands).await?);
        playground.listening_at(own);
        app = app.merge(Arc::clone(&playground).router());
        tasks.spawn(async move { playground.seed().await });
        tracing::info!(page = %format!("http://{own}/"), "playground: open the page to use DWOS");
    }
    tasks.spawn(async move {
        if let Err(err) = axum::serve(listener, app).await {
            tracing::error!(error = %err, "HTTP server stopped");
        }
    });
    tracing::info!(%addr, data = %options.data.display(), "dwos serving");
    Ok(Server { addr, queue, tasks })
}
