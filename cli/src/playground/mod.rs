//! The playground: `dwos serve` with no Discord application configured runs a whole Discord
//! server in the same process (a fake REST API keeping the guild in the SQLite file) and a web
//! page at `/` to use DWOS in, signing real interactions with a development key.

mod page;
mod rest;
mod seed;
pub mod world;

use crate::devkey::DevKey;
use axum::Router;
use dwos_store::{Condition, Item, Key, StoreError, Table, Write};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tokio::sync::Mutex;
use world::World;

/// Marks a `.env` the playground wrote, so the next start is a playground again.
pub const PLAYGROUND_VAR: &str = "DWOS_PLAYGROUND";

/// Someone to act as on the page: a user id, a display name, and what they may do.
#[derive(Clone, Copy, Debug)]
pub struct Persona {
    /// Their user id.
    pub id: &'static str,
    /// Their display name.
    pub name: &'static str,
    /// What the page says they are.
    pub role: &'static str,
    /// Manage Server (a moderator).
    pub moderator: bool,
}

/// The members the page can act as.
pub const PERSONAS: &[Persona] = &[
    Persona { id: "900000000000000101", name: "Ada", role: "member", moderator: false },
    Persona { id: "900000000000000102", name: "Rex", role: "R5", moderator: false },
    Persona { id: "900000000000000103", name: "Mona", role: "moderator", moderator: true },
];

/// The development identity of a playground: the key that signs the page's interactions
/// and the application id they are addressed to.
pub struct Identity {
    /// The signing key (its public half is `DISCORD_PUBLIC_KEY`).
    pub key: DevKey,
    /// The application id (also DWOS's user id in the guild).
    pub application_id: u64,
}

/// Why the playground's identity could not be made.
#[derive(Debug, thiserror::Error)]
pub enum IdentityError {
    /// The `.env` file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: String,
        /// Why.
        source: std::io::Error,
    },
    /// No randomness for a key.
    #[error("no randomness available: {0}")]
    Random(String),
    /// A key in the environment is not a key.
    #[error(transparent)]
    Key(#[from] crate::devkey::BadKey),
}

impl Identity {
    /// The playground identity when `lookup` configures no Discord application (or a
    /// playground did before): the one in `.env`, or a new one appended to `env_file`.
    pub fn for_serve(
        lookup: &impl Fn(&str) -> Option<String>,
        env_file: &Path,
    ) -> Result<Option<Identity>, IdentityError> {
        let set = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        if set(dwos_handlers::config::PUBLIC_KEY).is_some() && set(PLAYGROUND_VAR).is_none() {
            return Ok(None);
        }
        let seed = set("DWOS_DEV_SIGNING_KEY");
        let app = set(dwos_handlers::config::APPLICATION_ID).and_then(|a| a.trim().parse().ok());
        if let (Some(seed), Some(application_id)) = (&seed, app) {
            return Ok(Some(Identity { key: DevKey::from_hex(seed)?, application_id }));
        }
        let key = match seed {
            Some(seed) => DevKey::from_hex(&seed)?,
            None => DevKey::generate().map_err(|e| IdentityError::Random(e.to_string()))?,
        };
        let application_id = app.unwrap_or_else(crate::send::fresh_snowflake);
        let lines = format!(
            "\n# Written by `dwos serve` for the local playground (no Discord application configured).\n\
             {PLAYGROUND_VAR}=1\nDISCORD_PUBLIC_KEY={}\nDWOS_DEV_SIGNING_KEY={}\nDISCORD_APPLICATION_ID={application_id}\n",
            key.public_hex(),
            key.seed_hex()
        );
        let write = || -> std::io::Result<()> {
            use std::io::Write as _;
            std::fs::OpenOptions::new().create(true).append(true).open(env_file)?.write_all(lines.as_bytes())
        };
        write().map_err(|source| IdentityError::Write { path: env_file.display().to_string(), source })?;
        tracing::info!(env_file = %env_file.display(), application_id, "playground: made a development key and application id");
        Ok(Some(Identity { key, application_id }))
    }
}

/// A running playground: the guild, where it is kept, and how to reach `/interactions`.
pub struct Playground {
    identity: Identity,
    world: Mutex<World>,
    table: Arc<dyn Table>,
    interactions_url: OnceLock<String>,
    commands: serde_json::Value,
}

impl Playground {
    /// The playground guild kept in `table`, or a new one.
    pub async fn open(
        identity: Identity,
        table: Arc<dyn Table>,
        commands: serde_json::Value,
    ) -> Result<Self, StoreError> {
        let world = match table.get(&world_key()).await? {
            Some(item) => serde_json::from_value(item.body)
                .map_err(|e| StoreError::Corrupt { key: world_key(), reason: e.to_string() })?,
            None => {
                let personas: Vec<(&str, &str)> = PERSONAS.iter().map(|p| (p.id, p.name)).collect();
                World::seeded(&identity.application_id.to_string(), &personas)
            }
        };
        Ok(Self { identity, world: Mutex::new(world), table, interactions_url: OnceLock::new(), commands })
    }

    /// Where the page's interactions go, once the server is listening.
    pub fn listening_at(&self, addr: std::net::SocketAddr) {
        // Set once at start; a second call would be a bug of the caller, and keeping the first is right.
        let _ = self.interactions_url.set(format!("http://{addr}/interactions"));
    }

    /// Tells the first start's story (once per guild); failures are logged, the page works without it.
    pub async fn seed(&self) {
        if let Err(err) = seed::seed(self).await {
            tracing::warn!(error = %err, "playground: could not set up the first-start story");
        }
    }

    /// The page, its API and Discord's REST API, to merge into the server's router.
    pub fn router(self: Arc<Self>) -> Router {
        page::router(Arc::clone(&self)).merge(rest::router(self))
    }

    fn bot_id(&self) -> String {
        self.identity.application_id.to_string()
    }

    /// Changes the guild and keeps the result, holding the lock until it is written so the
    /// file never goes back to an older guild.
    async fn change<T>(&self, f: impl FnOnce(&mut World) -> T) -> Result<T, StoreError> {
        let mut world = self.world.lock().await;
        let before = world.clone();
        let out = f(&mut world);
        if *world != before {
            world.version += 1;
            let body = serde_json::to_value(&*world)
                .map_err(|e| StoreError::Corrupt { key: world_key(), reason: e.to_string() })?;
            let item = Item { key: world_key(), user_key: None, expires_at: None, version: None, body };
            if let Err(err) = self.table.write(vec![Write::Put(item, Condition::Always)]).await {
                *world = before;
                return Err(err);
            }
        }
        Ok(out)
    }
}

fn world_key() -> Key {
    Key::new("PLAYGROUND", "WORLD")
}
