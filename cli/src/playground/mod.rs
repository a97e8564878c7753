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

pub use rest::TOKEN as BOT_TOKEN;

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
    /// A variable the playground needs is set but empty.
    #[error("{0} is set but empty (in the environment or .env): remove the line or give it a value")]
    Blank(&'static str),
}

impl Identity {
    /// The playground identity when `lookup` configures no Discord application (or a
    /// playground did before): the one in `.env`, or a new one appended to `env_file`.
    pub fn for_serve(
        lookup: &impl Fn(&str) -> Option<String>,
        env_file: &Path,
    ) -> Result<Option<Identity>, IdentityError> {
        use dwos_handlers::config::{APPLICATION_ID, BOT_TOKEN, PUBLIC_KEY};
        let set = |name: &str| lookup(name).filter(|v| !v.trim().is_empty());
        let real_app = [PUBLIC_KEY, APPLICATION_ID, BOT_TOKEN].iter().any(|name| set(name).is_some());
        if set(PLAYGROUND_VAR).is_none() && real_app {
            return Ok(None);
        }
        // .env keeps a variable's first line: a blank one would hide the playground's own forever.
        if let Some(blank) = ["DWOS_DEV_SIGNING_KEY", APPLICATION_ID]
            .into_iter()
            .find(|n| lookup(n).is_some_and(|v| v.trim().is_empty()))
        {
            return Err(IdentityError::Blank(blank));
        }
        let seed = set("DWOS_DEV_SIGNING_KEY");
        let app = set(APPLICATION_ID).and_then(|a| a.trim().parse().ok());
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
        let bot = identity.application_id.to_string();
        let fresh = || {
            let personas: Vec<(&str, &str)> = PERSONAS.iter().map(|p| (p.id, p.name)).collect();
            World::seeded(&bot, &personas)
        };
        let mut world = match table.get(&world_key()).await? {
            Some(item) => serde_json::from_value(item.body).unwrap_or_else(|err| {
                // A guild from another version of the playground: a new one is better than no start.
                tracing::warn!(error = %err, "playground: the saved guild does not read; starting a new one");
                fresh()
            }),
            None => fresh(),
        };
        world.adopt_bot(&bot);
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

    /// Waits (without holding the guild) until the interaction of `token` was answered, or
    /// `longest` passed: a worker may be quicker than the page's side of the round trip.
    async fn until_answered(&self, token: &str, longest: std::time::Duration) {
        let deadline = tokio::time::Instant::now() + longest;
        while tokio::time::Instant::now() < deadline {
            if self.world.lock().await.pending.get(token).is_none_or(|p| p.answered) {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn lookup(vars: &[(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        let vars: HashMap<&str, &str> = vars.iter().copied().collect();
        move |name| vars.get(name).map(|v| (*v).to_owned())
    }

    #[test]
    fn only_a_folder_with_no_real_application_becomes_a_playground() {
        let dir = tempfile::tempdir().unwrap();
        let env = dir.path().join(".env");
        for real in ["DISCORD_BOT_TOKEN", "DISCORD_APPLICATION_ID", "DISCORD_PUBLIC_KEY"] {
            assert!(Identity::for_serve(&lookup(&[(real, "1")]), &env).unwrap().is_none(), "{real}");
        }
        assert!(!env.exists(), "a real application's folder gets no playground keys");
        let made = Identity::for_serve(&lookup(&[]), &env).unwrap().unwrap();
        let written = std::fs::read_to_string(&env).unwrap();
        assert!(written.contains(&format!("DISCORD_APPLICATION_ID={}", made.application_id)), "{written}");
        let blank = Identity::for_serve(&lookup(&[("DWOS_PLAYGROUND", "1"), ("DWOS_DEV_SIGNING_KEY", " ")]), &env);
        assert!(matches!(blank, Err(IdentityError::Blank("DWOS_DEV_SIGNING_KEY"))));
    }
}
