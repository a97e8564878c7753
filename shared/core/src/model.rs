//! The records DWOS keeps per guild and per user.
//!
//! Times are Unix seconds (UTC, the game's clock). Every record that names a user is
//! reachable from that user's id, so `export` and `erase` are complete.

use crate::ids::{ChannelId, GuildId, MessageId, RoleId, UserId};
use crate::schedule::{EventType, Repeat};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A WhiteOut Survival player id (`fid`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct GameId(pub u64);

impl fmt::Display for GameId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// An alliance tag as players type it: 1–8 letters or digits.
pub fn valid_alliance_tag(tag: &str) -> bool {
    (1..=8).contains(&tag.chars().count()) && tag.chars().all(char::is_alphanumeric)
}

/// A tag for a new alliance (`/alliance create`): 3–4 ASCII letters or digits, as the game allows.
pub fn valid_new_alliance_tag(tag: &str) -> bool {
    (3..=4).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// An alliance rank: R5 leads, R4 are officers, R1–R3 members.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Rank {
    /// Member.
    R1,
    /// Member.
    R2,
    /// Member.
    R3,
    /// Officer.
    R4,
    /// Leader (one per alliance).
    R5,
}

/// A guild's DWOS settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuildConfig {
    /// The guild.
    pub guild_id: GuildId,
    /// Role given to verified members.
    pub verified_role_id: Option<RoleId>,
    /// Where DWOS logs verifications and changes.
    pub log_channel_id: Option<ChannelId>,
    /// The guild's default language tag.
    pub default_locale: Option<String>,
    /// The server's home state (the number `/verify` pre-fills and the state search tries first).
    #[serde(default)]
    pub home_state: Option<u32>,
    /// Where new gift codes are announced and their redemption reported.
    #[serde(default)]
    pub giftcode_channel_id: Option<ChannelId>,
    /// The player a new gift code is first tried for when the moderator has none linked.
    #[serde(default)]
    pub test_player: Option<GameId>,
    /// Roles whose members moderate DWOS here (besides Manage Server).
    #[serde(default)]
    pub moderator_roles: Vec<RoleId>,
    /// Members who moderate DWOS here (besides Manage Server).
    #[serde(default)]
    pub moderator_users: Vec<UserId>,
    /// The server-wide channel every alliance's R5 sees (created with the first alliance's R5).
    #[serde(default)]
    pub council_channel_id: Option<ChannelId>,
    /// Last change.
    pub updated_at: i64,
    /// Optimistic-concurrency version: 0 until first stored; a save names the version it read.
    #[serde(default)]
    pub version: u64,
}

impl GuildConfig {
    /// A guild's settings before anything is set.
    pub fn new(guild_id: GuildId) -> Self {
        Self {
            guild_id,
            verified_role_id: None,
            log_channel_id: None,
            default_locale: None,
            home_state: None,
            giftcode_channel_id: None,
            test_player: None,
            moderator_roles: Vec::new(),
            moderator_users: Vec::new(),
            council_channel_id: None,
            updated_at: 0,
            version: 0,
        }
    }
}

/// A Discord user's verified game account in one guild.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlayerLink {
    /// The guild.
    pub guild_id: GuildId,
    /// The Discord user.
    pub user_id: UserId,
    /// The game account.
    pub game_id: GameId,
    /// In-game name as the member declared it (the game no longer tells names).
    pub nickname: String,
    /// The player's state (server) number, `kid`, as the game last confirmed it.
    pub state: u32,
    /// Raw furnace level (`stove_lv` scale) as the member declared it; `None`: not declared.
    #[serde(default)]
    pub furnace_level: Option<u32>,
    /// Alliance tag, if any.
    pub alliance: Option<String>,
    /// Rank in that alliance.
    pub rank: Option<Rank>,
    /// The player belongs to another state (nickname `[OS] name`).
    #[serde(default)]
    pub other_state: bool,
    /// When the user agreed to DWOS storing this.
    pub consent_at: i64,
    /// First verification.
    pub verified_at: i64,
    /// Last time the game confirmed the player's id and state.
    pub refreshed_at: i64,
    /// The day (Unix days) the weekly check is due; `None` until first scheduled.
    #[serde(default)]
    pub check_day: Option<i64>,
    /// Checks in a row that found no such player (the account seems deleted at 3).
    #[serde(default)]
    pub missing_checks: u32,
    /// How far a search for the player's new state got (states tried), while one runs.
    #[serde(default)]
    pub state_search: Option<u32>,
    /// Optimistic-concurrency version: 0 until first stored; a write names the version it read.
    #[serde(default = "PlayerLink::unversioned")]
    pub version: u64,
}

impl PlayerLink {
    /// The server nickname DWOS gives: `[TAG] name`, `[OS] name` for another state, else the
    /// bare name; cut to Discord's 32 characters.
    pub fn server_nickname(&self) -> String {
        let full = match (&self.alliance, self.other_state) {
            (Some(tag), _) => format!("[{tag}] {}", self.nickname),
            (None, true) => format!("[OS] {}", self.nickname),
            (None, false) => self.nickname.clone(),
        };
        full.chars().take(32).collect()
    }

    /// The version of a link read from a record written before links had versions: an
    /// update of it must find it still there (0 would mean "create").
    pub const UNVERSIONED: u64 = u64::MAX;

    fn unversioned() -> u64 {
        Self::UNVERSIONED
    }
}

/// A user's own settings, across guilds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserPrefs {
    /// The user.
    pub user_id: UserId,
    /// Chosen language (overrides Discord's locale; Arabic is only reachable this way).
    pub locale: Option<String>,
    /// Redeem announced gift codes for me.
    pub gift_code_opt_in: bool,
    /// Last change.
    pub updated_at: i64,
    /// The last day (Unix days) the member used DWOS; 180 days later their data is erased.
    #[serde(default)]
    pub seen_day: Option<i64>,
    /// Optimistic-concurrency version: 0 until first stored.
    #[serde(default)]
    pub version: u64,
}

impl UserPrefs {
    /// Nothing chosen yet (auto-redeem off, Discord's language).
    pub fn new(user_id: UserId, now: i64) -> Self {
        Self { user_id, locale: None, gift_code_opt_in: false, updated_at: now, seen_day: None, version: 0 }
    }
}

/// A member's private ticket with the moderators (one open at a time per guild).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ticket {
    /// The guild.
    pub guild_id: GuildId,
    /// Who opened it.
    pub user_id: UserId,
    /// What it is about, as they wrote it.
    pub subject: String,
    /// Its private thread, once made.
    pub thread_id: Option<ChannelId>,
    /// When it was opened.
    pub opened_at: i64,
    /// The job that opened it (its idempotency scope): a redelivery finishes its own ticket.
    #[serde(default)]
    pub opened_by: String,
}

/// A guild's rules and how they are posted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GuildRules {
    /// The guild.
    pub guild_id: GuildId,
    /// The rules' text, as the moderators wrote it.
    pub text: String,
    /// A role given on "I accept" (checked to carry no elevated permission).
    pub role_id: Option<RoleId>,
    /// Where they were last posted (re-posted there on a schedule).
    pub channel_id: Option<ChannelId>,
    /// Re-post every this many days (0: never).
    pub every_days: u32,
    /// When they were last posted.
    pub posted_at: Option<i64>,
    /// Optimistic-concurrency version: 0 until first stored.
    #[serde(default)]
    pub version: u64,
}

impl GuildRules {
    /// No rules yet.
    pub fn new(guild_id: GuildId) -> Self {
        Self {
            guild_id,
            text: String::new(),
            role_id: None,
            channel_id: None,
            every_days: 0,
            posted_at: None,
            version: 0,
        }
    }
}

/// A member's acceptance of a guild's rules.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RulesAcceptance {
    /// The guild.
    pub guild_id: GuildId,
    /// Who accepted.
    pub user_id: UserId,
    /// When.
    pub accepted_at: i64,
}

/// A guild's statistics channels and what they last showed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsChannels {
    /// The guild.
    pub guild_id: GuildId,
    /// One per statistic: the counter's name (`members`, `verified`, `alliances`), its voice
    /// channel, the name it last got and when it was renamed (the last two renames).
    pub channels: Vec<StatsChannel>,
    /// Optimistic-concurrency version: 0 until first stored.
    #[serde(default)]
    pub version: u64,
}

/// One statistics channel.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatsChannel {
    /// `members`, `verified` or `alliances`.
    pub counter: String,
    /// The voice channel.
    pub channel_id: ChannelId,
    /// The name it was last given.
    pub name: String,
    /// When it was renamed, newest last (at most two kept: Discord allows two renames per ten minutes).
    #[serde(default)]
    pub renamed_at: Vec<i64>,
}

/// An alliance registered in a guild.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Alliance {
    /// The guild.
    pub guild_id: GuildId,
    /// Short tag, unique per guild (shown as `[TAG]`).
    pub tag: String,
    /// Full name.
    pub name: String,
    /// Optimistic-concurrency version: every update must name the version it read.
    pub version: u64,
    /// Creation time.
    pub created_at: i64,
    /// Who created it (`None` for alliances registered before `/alliance create`).
    #[serde(default)]
    pub created_by: Option<UserId>,
    /// Its roles and channels on Discord, as far as they were made.
    #[serde(default)]
    pub discord: AllianceDiscord,
}

/// An alliance's roles and channels on Discord: each id is kept once made, so a re-run after a
/// partial failure makes only what is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllianceDiscord {
    /// `<Alliance>`: every member.
    pub role_id: Option<RoleId>,
    /// `<Alliance> - R4`.
    pub r4_role_id: Option<RoleId>,
    /// `<Alliance> - R5`.
    pub r5_role_id: Option<RoleId>,
    /// `<TAG> Channels`.
    pub category_id: Option<ChannelId>,
    /// `general`.
    pub general_id: Option<ChannelId>,
    /// `reminders`.
    pub reminders_id: Option<ChannelId>,
    /// `gift-codes`.
    pub gift_codes_id: Option<ChannelId>,
    /// `r4-r5-only`: join requests, audit lines, succession notices.
    pub officers_id: Option<ChannelId>,
}

/// A member's request to join an alliance, waiting for its R4/R5.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct JoinRequest {
    /// The guild.
    pub guild_id: GuildId,
    /// The alliance tag.
    pub tag: String,
    /// Who asks.
    pub user_id: UserId,
    /// When.
    pub requested_at: i64,
}

/// What happened in an alliance (the audit trail).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// The alliance was created; the subject leads it.
    Created,
    /// The subject joined (an officer approved).
    Joined,
    /// The subject left.
    Left,
    /// The actor removed the subject.
    Kicked,
    /// The actor gave the subject a new rank.
    Ranked,
    /// The actor handed the subject the lead.
    Transferred,
    /// The subject took the lead of a leaderless alliance.
    Succeeded,
    /// The actor dissolved the alliance.
    Dissolved,
}

impl AuditAction {
    /// The message that tells it.
    pub fn message_id(self) -> &'static str {
        match self {
            AuditAction::Created => "audit-created",
            AuditAction::Joined => "audit-joined",
            AuditAction::Left => "audit-left",
            AuditAction::Kicked => "audit-kicked",
            AuditAction::Ranked => "audit-ranked",
            AuditAction::Transferred => "audit-transferred",
            AuditAction::Succeeded => "audit-succeeded",
            AuditAction::Dissolved => "audit-dissolved",
        }
    }
}

/// One line of an alliance's audit trail, owned by the member it concerns (so it is in their
/// export and goes with their erasure).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllianceAudit {
    /// The guild.
    pub guild_id: GuildId,
    /// The alliance tag.
    pub tag: String,
    /// What happened.
    pub action: AuditAction,
    /// Who did it.
    pub actor: UserId,
    /// Whom it concerns.
    pub subject: UserId,
    /// The subject's rank after it, if it has one.
    pub rank: Option<Rank>,
    /// When.
    pub at: i64,
}

/// A user's membership and rank in an alliance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AllianceMember {
    /// The guild.
    pub guild_id: GuildId,
    /// The alliance tag.
    pub tag: String,
    /// The member.
    pub user_id: UserId,
    /// Their rank.
    pub rank: Rank,
    /// When they joined.
    pub joined_at: i64,
    /// Optimistic-concurrency version: a change names the version it read (0: written before
    /// memberships had versions).
    #[serde(default)]
    pub version: u64,
}

/// A game event a guild (or one of its alliances) is reminded of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GameEvent {
    /// The guild.
    pub guild_id: GuildId,
    /// Short id, unique in the guild (shown in `/event list`, typed in `/event cancel`).
    pub event_id: String,
    /// What kind of event.
    pub event_type: EventType,
    /// The title for custom events (others are named by their type, localized).
    #[serde(default)]
    pub title: Option<String>,
    /// The first occurrence as a wall-clock time in `timezone`, `YYYY-MM-DD HH:MM`.
    pub anchor: String,
    /// IANA zone name (`UTC`, the game's clock, by default).
    pub timezone: String,
    /// How it repeats.
    pub repeat: Repeat,
    /// Minutes before the start at which to remind, largest first.
    pub offsets: Vec<u32>,
    /// Where reminders go.
    pub channel_id: ChannelId,
    /// The role to mention, if any.
    #[serde(default)]
    pub role_id: Option<RoleId>,
    /// The alliance whose event this is (`None`: the server's).
    #[serde(default)]
    pub alliance: Option<String>,
    /// Who created it.
    pub created_by: UserId,
    /// Paused: reminders are not posted (occurrences still move on).
    #[serde(default)]
    pub paused: bool,
    /// Some member asked for reminders by DM (the sweep then reads who).
    #[serde(default)]
    pub dm: bool,
    /// The occurrence (Unix seconds) whose reminders are scheduled; `None` when none is left.
    pub next_at: Option<i64>,
    /// Creation time.
    pub created_at: i64,
    /// Optimistic-concurrency version: 0 until first stored; a write names the version it read.
    #[serde(default)]
    pub version: u64,
}

/// One reminder of one occurrence, stored under the minute it is due.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reminder {
    /// The guild.
    pub guild_id: GuildId,
    /// The event.
    pub event_id: String,
    /// Minutes before the start.
    pub offset_minutes: u32,
    /// When to send it (Unix seconds).
    pub due_at: i64,
    /// Where it goes.
    pub channel_id: ChannelId,
    /// The occurrence it is for (Unix seconds of the start).
    #[serde(default)]
    pub occurrence: i64,
    /// The occurrence's last reminder, due at the start: handling it schedules the next one.
    #[serde(default)]
    pub last: bool,
    /// Only moves the event on (there is no reminder at the start to post).
    #[serde(default)]
    pub silent: bool,
}

impl Rank {
    /// Every rank, lowest first.
    pub const ALL: [Rank; 5] = [Rank::R1, Rank::R2, Rank::R3, Rank::R4, Rank::R5];

    /// `R1` … `R5`.
    pub fn as_str(self) -> &'static str {
        match self {
            Rank::R1 => "R1",
            Rank::R2 => "R2",
            Rank::R3 => "R3",
            Rank::R4 => "R4",
            Rank::R5 => "R5",
        }
    }

    /// Reads `R1` … `R5`.
    pub fn parse(text: &str) -> Option<Rank> {
        Rank::ALL.into_iter().find(|r| r.as_str() == text)
    }
}

impl Reminder {
    /// The minute bucket (`2026-11-25T18:05`) the reminder is stored under.
    pub fn due_minute(&self) -> String {
        minute_bucket(self.due_at)
    }
}

/// The UTC minute (`YYYY-MM-DDTHH:MM`) containing a Unix time.
pub fn minute_bucket(unix: i64) -> String {
    chrono::DateTime::from_timestamp(unix, 0)
        .map(|t| t.format("%Y-%m-%dT%H:%M").to_string())
        .unwrap_or_else(|| "out-of-range".to_owned())
}

/// A gift code added in a guild, and its run: redeemed for every member who opted in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GiftCode {
    /// The guild.
    pub guild_id: GuildId,
    /// The code, normalised (upper-case letters and digits).
    pub code: String,
    /// The moderator who added it.
    pub added_by: UserId,
    /// When it was added.
    pub added_at: i64,
    /// The game's verdict that killed it for everyone (`expired`, `not_found`, `usage_limit`).
    #[serde(default)]
    pub dead: Option<String>,
    /// The run's summary message, edited as results arrive.
    #[serde(default)]
    pub report: Option<(ChannelId, MessageId)>,
    /// Members the run was fanned out to.
    #[serde(default)]
    pub total: u32,
    /// Members with a result.
    #[serde(default)]
    pub done: u32,
    /// When the summary was last edited (Unix milliseconds).
    #[serde(default)]
    pub edited_at_ms: i64,
    /// The complete summary was edited: redeliveries and later adds leave it alone.
    #[serde(default)]
    pub summary_final: bool,
    /// Optimistic-concurrency version: 0 until first stored.
    #[serde(default)]
    pub version: u64,
}

/// One member's result in one guild's run of a code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GiftResult {
    /// The guild.
    pub guild_id: GuildId,
    /// The code.
    pub code: String,
    /// The member.
    pub user_id: UserId,
    /// Their player.
    pub game_id: GameId,
    /// The outcome's name (`redeemed`, `already_redeemed`, … or `failed`).
    pub outcome: String,
    /// When.
    pub at: i64,
}

/// A moderator's news post, with its translations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct News {
    /// The guild.
    pub guild_id: GuildId,
    /// Its id (the modal interaction's id, base 36).
    pub news_id: String,
    /// Title in the author's language.
    pub title: String,
    /// Body in the author's language.
    pub body: String,
    /// The moderator.
    pub author: UserId,
    /// Their display name, shown on the post.
    pub author_name: String,
    /// Written at.
    pub created_at: i64,
    /// Title and body per language tag.
    #[serde(default)]
    pub translations: BTreeMap<String, (String, String)>,
    /// Where it was posted, once it was.
    #[serde(default)]
    pub posted: Option<(ChannelId, MessageId)>,
    /// Optimistic-concurrency version: 0 until first stored.
    #[serde(default)]
    pub version: u64,
}

/// One player's redemption of one code (whatever the guild: the game counts per player).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Redemption {
    /// The code.
    pub code: String,
    /// The player.
    pub game_id: GameId,
    /// The Discord user it was redeemed for.
    pub user_id: UserId,
    /// When.
    pub redeemed_at: i64,
    /// The game's answer (`redeemed`, `already_redeemed`, …; `pending` while a worker calls).
    pub outcome: String,
    /// The job that settled it (its idempotency scope): a redelivery of that job reads its own answer.
    #[serde(default)]
    pub settled_by: Option<String>,
}

/// Everything DWOS holds about one user (GDPR export).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserData {
    /// Their preferences.
    pub prefs: Option<UserPrefs>,
    /// Their verified accounts, one per guild.
    pub players: Vec<PlayerLink>,
    /// Their alliance memberships.
    pub memberships: Vec<AllianceMember>,
    /// Their gift code redemptions.
    pub redemptions: Vec<Redemption>,
    /// Their answers to events and their wishes for reminders by DM.
    #[serde(default)]
    pub event_choices: Vec<EventChoice>,
    /// Their results in gift-code runs, per guild.
    #[serde(default)]
    pub gift_results: Vec<GiftResult>,
    /// The news posts they wrote (and their translations).
    #[serde(default)]
    pub news: Vec<News>,
    /// Their requests to join alliances.
    #[serde(default)]
    pub join_requests: Vec<JoinRequest>,
    /// What happened to them in alliances (joins, ranks, kicks, transfers…).
    #[serde(default)]
    pub alliance_audit: Vec<AllianceAudit>,
    /// Their open tickets.
    #[serde(default)]
    pub tickets: Vec<Ticket>,
    /// The rules they accepted.
    #[serde(default)]
    pub rules_accepted: Vec<RulesAcceptance>,
    /// The servers whose event reminders they get by DM.
    #[serde(default)]
    pub reminder_dms: Vec<GuildId>,
}

/// A member's choice on an event's announcement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventChoice {
    /// The guild.
    pub guild_id: GuildId,
    /// The event.
    pub event_id: String,
    /// "Going" (`true`) or "Not going", if answered.
    pub going: Option<bool>,
    /// Reminders by DM on or off, if asked.
    pub dm: Option<bool>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minute_buckets_are_utc_minutes() {
        assert_eq!(minute_bucket(0), "1970-01-01T00:00");
        assert_eq!(minute_bucket(1_764_093_959), "2025-11-25T18:05");
        assert_eq!(minute_bucket(1_709_208_000), "2024-02-29T12:00");
        assert_eq!(minute_bucket(-60), "1969-12-31T23:59");
    }

    #[test]
    fn ranks_order_from_member_to_leader() {
        assert!(Rank::R5 > Rank::R4 && Rank::R4 > Rank::R1);
        assert_eq!(serde_json::to_string(&Rank::R4).unwrap(), "\"R4\"");
    }
}
