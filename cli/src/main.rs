//! `dwos`: run DWOS locally and work with Discord from a terminal.

use anyhow::Context;
use clap::{Parser, Subcommand};
use dwos::devkey::DevKey;
use dwos::playground::Identity;
use dwos::serve::{ServeError, ServeOptions};
use dwos::{fixtures, game, register, send};
use dwos_core::GuildId;
use dwos_discord::{BotToken, RestClient, RetryPolicy};
use dwos_handlers::config::{self, ConfigError, env_lookup};
use dwos_i18n::Catalog;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "dwos", version, about = "DWOS, the WhiteOut Survival community bot for Discord")]
struct Cli {
    /// Read variables from this file first (missing file is fine).
    #[arg(long, global = true, default_value = ".env")]
    env_file: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve /interactions and run every worker, on a local SQLite file.
    Serve {
        /// Address to listen on.
        #[arg(long, default_value = "127.0.0.1:8000")]
        addr: SocketAddr,
        /// SQLite file for the durable local queue and the store.
        #[arg(long, default_value = "./dwos.db")]
        data: PathBuf,
        /// Answer game calls from a built-in fake (players 12345678 and 87654321 in state 245, 11112222 in 310).
        #[arg(long)]
        fake_game: bool,
    },
    /// Ask the game API directly.
    Game {
        #[command(subcommand)]
        command: GameCommand,
    },
    /// Make a development Ed25519 key pair (append the output to .env).
    Keygen,
    /// Print the signature headers for a request body.
    Sign {
        /// The body file ('-' for standard input).
        body: PathBuf,
        /// Signing key seed (hex); default: $DWOS_DEV_SIGNING_KEY (also from .env).
        #[arg(long)]
        key: Option<String>,
    },
    /// Sign an interaction and POST it, printing the answer.
    Send {
        /// Where to send it.
        #[arg(long, default_value = "http://127.0.0.1:8000/interactions")]
        url: String,
        /// Signing key seed (hex); default: $DWOS_DEV_SIGNING_KEY (also from .env).
        #[arg(long)]
        key: Option<String>,
        /// What to send: `ping`, a slash command name (`help`, `stats`, `verify`…),
        /// `button:<custom_id>`, or `modal:<custom_id>:<field>=<value>[&<field>=<value>…]`.
        #[arg(default_value = "ping")]
        command: String,
        /// The user's Discord locale.
        #[arg(long, default_value = "en-US")]
        locale: String,
        /// The slash command's subcommand (`create` for `/event create`).
        #[arg(long)]
        sub: Option<String>,
        /// A slash command option, `name=value` (repeatable).
        #[arg(long = "option", value_name = "NAME=VALUE")]
        options: Vec<String>,
        /// Send as a member with Manage Server (a moderator).
        #[arg(long)]
        moderator: bool,
        /// Send this file as the body instead.
        #[arg(long)]
        body: Option<PathBuf>,
    },
    /// Regenerate events/ (Lambda test events) from the fixture key.
    Events {
        /// Output folder.
        #[arg(long, default_value = "events")]
        dir: PathBuf,
    },
    /// Register the slash commands with Discord (bulk overwrite).
    RegisterCommands {
        /// Register in one guild only (instant; for development).
        #[arg(long)]
        guild: Option<u64>,
        /// Print the definitions instead of sending them.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum GameCommand {
    /// Check that a player id is in a state (redeems nothing); exit 1 with the reason if not, 2 if the game
    /// gave no verdict.
    Check {
        /// The player's game id.
        fid: u64,
        /// The state number to check.
        #[arg(long)]
        state: u32,
        /// Print one JSON object (`outcome`: match, wrong_state, no_such_player).
        #[arg(long)]
        json: bool,
    },
    /// Redeem a gift code for a player; exit 0 whenever the game gave a verdict, 2 when none came.
    Redeem {
        /// The gift code.
        code: String,
        /// The player's game id.
        fid: u64,
        /// The player's state number.
        #[arg(long)]
        state: u32,
        /// Print one JSON object with `outcome`, `code`, `fid` and `state`.
        #[arg(long)]
        json: bool,
    },
    /// Find the state a player is in, trying the states around a known one nearest first; exit 1 if none
    /// matched, 2 if the game gave no verdict.
    FindState {
        /// The player's game id.
        fid: u64,
        /// Start from this state (e.g. the player's last known one).
        #[arg(long)]
        near: u32,
        /// Print one JSON object (`state` is null when none was found).
        #[arg(long)]
        json: bool,
    },
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    // A missing .env is normal; a broken one is reported.
    if let Err(err) = dotenvy::from_path(&cli.env_file)
        && !err.not_found()
    {
        eprintln!("error: {}: {err}", cli.env_file.display());
        return ExitCode::from(2);
    }
    dwos_handlers::telemetry::init();
    match run(cli.command, &cli.env_file).await {
        Ok(code) => code,
        Err(err) => {
            let config_error = err.downcast_ref::<ConfigError>().is_some()
                || matches!(err.downcast_ref::<ServeError>(), Some(ServeError::Config(_)));
            eprintln!("error: {err:#}");
            ExitCode::from(if config_error { 2 } else { 1 })
        }
    }
}

/// Runs one command; `Ok` carries the exit code of a command whose answer can be a no.
async fn run(command: Command, env_file: &Path) -> anyhow::Result<ExitCode> {
    match command {
        Command::Game { command } => return run_game(command).await,
        Command::Serve { addr, data, fake_game } => {
            let options = ServeOptions { fake_game, ..ServeOptions::new(addr, data) };
            let server = match Identity::for_serve(&env_lookup, env_file)? {
                Some(identity) => {
                    let server = dwos::serve::start_playground(&options, identity, &env_lookup).await?;
                    println!("DWOS playground: open http://{}/", server.addr);
                    server
                }
                None => dwos::serve::start(&options, &env_lookup).await?,
            };
            println!("DWOS listening on http://{}/interactions", server.addr);
            tokio::select! {
                () = server.wait() => {}
                _ = tokio::signal::ctrl_c() => {}
            }
        }
        Command::Keygen => {
            let key = DevKey::generate().map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
            println!("DISCORD_PUBLIC_KEY={}", key.public_hex());
            println!("DWOS_DEV_SIGNING_KEY={}", key.seed_hex());
        }
        Command::Sign { body, key } => {
            let key = signing_key(key)?;
            let body = read_body(&body)?;
            let (signature, timestamp) = send::sign_now(&key, &body);
            println!("X-Signature-Ed25519: {signature}");
            println!("X-Signature-Timestamp: {timestamp}");
        }
        Command::Send { url, key, command, locale, sub, options, moderator, body } => {
            let key = signing_key(key)?;
            let body = match body {
                Some(path) => read_body(&path)?,
                None => {
                    let id = send::fresh_snowflake();
                    let mut interaction = match command.split_once(':') {
                        None if command == "ping" => fixtures::ping(id),
                        None => {
                            let options = options
                                .iter()
                                .map(|pair| pair.split_once('=').context("--option takes name=value"))
                                .collect::<anyhow::Result<Vec<_>>>()?;
                            fixtures::command_with(id, &command, sub.as_deref(), &options, moderator, &locale)
                        }
                        Some(("button", custom_id)) => fixtures::button(id, custom_id, &locale),
                        Some(("modal", rest)) => {
                            const USAGE: &str = "modal:<custom_id>:<field>=<value>[&<field>=<value>…]";
                            let (custom_id, fields) = rest.rsplit_once(':').context(USAGE)?;
                            let fields = fields
                                .split('&')
                                .map(|pair| pair.split_once('=').context(USAGE))
                                .collect::<anyhow::Result<Vec<_>>>()?;
                            fixtures::form_submit(id, custom_id, &fields, &locale)
                        }
                        Some(_) => anyhow::bail!("unknown interaction {command:?}: see `dwos send --help`"),
                    };
                    if let Some(app) = std::env::var(config::APPLICATION_ID).ok().filter(|a| !a.is_empty()) {
                        interaction["application_id"] = serde_json::json!(app);
                    }
                    serde_json::to_vec(&interaction)?
                }
            };
            let answer = send::send(&url, &key, body).await.with_context(|| format!("POST {url}"))?;
            println!("{}\n{}", answer.status, answer.body);
        }
        Command::Events { dir } => {
            for name in fixtures::write_events(&dir, &DevKey::fixture())? {
                println!("{}", dir.join(name).display());
            }
        }
        Command::RegisterCommands { guild, dry_run } => {
            let catalog = Catalog::load()?;
            if dry_run {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&dwos_discord::commands::definitions(
                        &catalog,
                        dwos_handlers::registry::commands()
                    ))?
                );
                return Ok(ExitCode::SUCCESS);
            }
            let app = config::application_id(&env_lookup)?;
            let workers = config::WorkerConfig::from_lookup(&env_lookup);
            // A terminal command takes the token from the environment or .env, not from AWS.
            let token: BotToken = workers.given_token().ok_or(ConfigError::Missing(config::BOT_TOKEN))?;
            let rest = RestClient::new(&workers.api_base, Some(token), RetryPolicy::default())?;
            let names = register::register(&rest, &catalog, app, guild.map(GuildId)).await?;
            println!("registered: {}", names.join(", "));
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn run_game(command: GameCommand) -> anyhow::Result<ExitCode> {
    let client = dwos_game::GameClient::new(config::game_settings(&env_lookup)?)?;
    let verdict = match command {
        GameCommand::Check { fid, state, json } => game::check(&client, fid, state, json).await,
        GameCommand::Redeem { code, fid, state, json } => game::redeem(&client, &code, fid, state, json).await,
        GameCommand::FindState { fid, near, json } => game::find_state(&client, fid, near, json).await,
    };
    Ok(verdict.unwrap_or_else(game::no_verdict))
}

/// The `--key` value, else `DWOS_DEV_SIGNING_KEY` (read after .env is loaded).
fn signing_key(given: Option<String>) -> anyhow::Result<DevKey> {
    let hex = given
        .or_else(|| std::env::var("DWOS_DEV_SIGNING_KEY").ok())
        .context("no signing key: pass --key or set DWOS_DEV_SIGNING_KEY (see `dwos keygen`)")?;
    Ok(DevKey::from_hex(&hex)?)
}

fn read_body(path: &PathBuf) -> anyhow::Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut body)?;
        Ok(body)
    } else {
        std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))
    }
}
