//! The `alliance` worker: membership, ranks, transfers and dissolution on the store (every
//! change over the version read), then the member's roles and nickname, the audit line, and
//! the answer.

use super::ids::AllianceId;
use super::steps::{AllianceStep, Pick};
use crate::deps::{WorkerDeps, now};
use crate::guild_log;
use async_trait::async_trait;
use dwos_bus::Worker;
use dwos_core::model::{Alliance, AllianceAudit, AllianceMember, AuditAction, JoinRequest, PlayerLink, Rank};
use dwos_core::ranks::{self, RankAction, RankRefusal};
use dwos_core::{ChannelId, Envelope, GuildId, JobError, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::{button, select};
use dwos_store::StoreError;
use twilight_model::channel::message::component::ButtonStyle;

/// Discord allows 25 options in a select menu; two are "no alliance" and "another state".
const MAX_LISTED_ALLIANCES: usize = 23;
/// Rounds of re-reading a record that changed between read and write.
const SAVE_TRIES: usize = 5;

/// Handles `alliance` jobs.
pub struct AllianceWorker {
    pub(super) deps: WorkerDeps,
}

/// Who and where a job is about, and how to answer.
pub(super) type Ctx<'a> = crate::deps::GuildJob<'a>;

/// The acting member's alliance and membership, or the message that says why there is none.
type Seat = Result<(Alliance, AllianceMember), &'static str>;

impl AllianceWorker {
    /// A worker over the shared dependencies.
    pub fn new(deps: WorkerDeps) -> Self {
        Self { deps }
    }

    pub(super) fn text(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> String {
        self.deps.catalog.format_with(ctx.locale, id, args)
    }

    /// Replaces the job's reply with `text` (no buttons left).
    pub(super) async fn reply(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        self.deps.answer(ctx.envelope, &MessageBody::text(text)).await
    }

    async fn say(&self, ctx: &Ctx<'_>, id: &str, args: &[(&str, String)]) -> Result<(), JobError> {
        self.reply(ctx, self.text(ctx, id, args)).await
    }

    /// The member's alliance and their membership in it.
    async fn own_seat(&self, ctx: &Ctx<'_>) -> Result<Seat, JobError> {
        let store = &self.deps.store;
        let Some(tag) = store.player(ctx.guild, ctx.user).await?.and_then(|link| link.alliance) else {
            return Ok(Err("alliance-not-in-one"));
        };
        let Some(alliance) = store.alliance(ctx.guild, &tag).await? else { return Ok(Err("alliance-not-in-one")) };
        match store.member(ctx.guild, &tag, ctx.user).await? {
            Some(member) => Ok(Ok((alliance, member))),
            None => Ok(Err("alliance-not-in-one")),
        }
    }

    /// Applies `change` to a member's link, re-reading when it changed meanwhile; `None` if
    /// they have no link (any more).
    pub(super) async fn change_link(
        &self,
        guild: GuildId,
        user: UserId,
        change: impl Fn(&mut PlayerLink),
    ) -> Result<Option<PlayerLink>, JobError> {
        let read = self.deps.store.player(guild, user).await?;
        self.save_link(read, change).await
    }

    /// [`AllianceWorker::change_link`] starting from a link already read.
    async fn save_link(
        &self,
        mut read: Option<PlayerLink>,
        change: impl Fn(&mut PlayerLink),
    ) -> Result<Option<PlayerLink>, JobError> {
        for _ in 0..SAVE_TRIES {
            let Some(mut link) = read else { return Ok(None) };
            let before = link.clone();
            change(&mut link);
            if link == before {
                return Ok(Some(link));
            }
            match self.deps.store.link_player(&link).await {
                Err(StoreError::VersionConflict(_)) => {
                    read = self.deps.store.player(before.guild_id, before.user_id).await?;
                }
                other => return Ok(Some(other?)),
            }
        }
        let user = read.map(|l| l.user_id.to_string()).unwrap_or_default();
        Err(JobError::Retry(format!("the link of {user} kept changing")))
    }

    /// Copies a membership onto the member's link (the nickname tag) and gives them the
    /// alliance's roles for `rank` (`None`: none of them).
    pub(super) async fn settle_member(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        user: UserId,
        rank: Option<Rank>,
    ) -> Result<bool, JobError> {
        let tag = alliance.tag.clone();
        let change = |link: &mut PlayerLink| match rank {
            Some(rank) => {
                link.alliance = Some(tag.clone());
                link.rank = Some(rank);
                link.other_state = false;
            }
            None if link.alliance.as_deref() == Some(tag.as_str()) => {
                link.alliance = None;
                link.rank = None;
            }
            None => {}
        };
        // Discord first, the link last: while the link still names the alliance, a redelivery
        // after a failed role call knows what to finish.
        let read = self.deps.store.player(ctx.guild, user).await?;
        let mut shown = read.clone();
        if let Some(link) = shown.as_mut() {
            change(link);
        }
        let synced = self.sync_roles(ctx, alliance, user, rank, shown.as_ref()).await?;
        self.save_link(read, change).await?;
        Ok(synced)
    }

    /// An audit id tied to this job: a redelivery writes the same line, another job a new one.
    pub(super) fn job_audit_id(ctx: &Ctx<'_>, action: AuditAction) -> String {
        ctx.envelope.step_key(&format!("{action:?}")).replace('#', "-")
    }

    /// Records an audit line once per `id` (what makes the change the same one: a membership's
    /// join time, a seat version, a job) and posts it to the alliance's officers; `true` the
    /// first time.
    pub(super) async fn audit(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        action: AuditAction,
        (subject, rank): (UserId, Option<Rank>),
        id: &str,
    ) -> Result<bool, JobError> {
        let line = AllianceAudit {
            guild_id: ctx.guild,
            tag: alliance.tag.clone(),
            action,
            actor: ctx.user,
            subject,
            rank,
            at: now(),
        };
        let recorded = self.deps.store.record_audit(&line, id).await?;
        if recorded {
            let args = [
                ("actor", format!("<@{}>", ctx.user)),
                ("user", format!("<@{subject}>")),
                ("tag", alliance.tag.clone()),
                ("rank", rank.map(|r| r.as_str()).unwrap_or("-").to_owned()),
            ];
            self.tell_officers(ctx, alliance, action.message_id(), &args).await;
        }
        Ok(recorded)
    }

    /// Where the alliance's officers read: its `r4-r5-only` channel, else the server's log channel.
    pub(super) fn officers_channel(ctx: &Ctx<'_>, alliance: &Alliance) -> Option<ChannelId> {
        alliance.discord.officers_id.or(ctx.config.as_ref().and_then(|c| c.log_channel_id))
    }

    /// A line for the alliance's officers, in the server's language; a failure is only logged.
    pub(super) async fn tell_officers(&self, ctx: &Ctx<'_>, alliance: &Alliance, id: &str, args: &[(&str, String)]) {
        let channel = Self::officers_channel(ctx, alliance);
        guild_log::post_in(&self.deps, channel, ctx.config.as_ref(), id, args, &[]).await;
    }

    /// `text`, with the note that Discord refused part of it when it did (`done` is `false`).
    fn noted(&self, ctx: &Ctx<'_>, text: String, done: bool) -> String {
        if done { text } else { format!("{text}\n{}", self.text(ctx, "alliance-permissions", &[])) }
    }

    /// After an answer from verification: the gift-code consent, asked once per member.
    async fn finish(&self, ctx: &Ctx<'_>, text: String) -> Result<(), JobError> {
        let store = &self.deps.store;
        if store.prefs(ctx.user).await?.is_none() && store.init_prefs(ctx.user, now()).await? {
            let question = format!("{text}\n\n{}", self.text(ctx, "giftcode-consent", &[]));
            // The gift-code feature owns these buttons.
            let body = MessageBody::text(question).row(vec![
                button("gift:auto:on", self.text(ctx, "giftcode-consent-yes", &[]), ButtonStyle::Success),
                button("gift:auto:off", self.text(ctx, "giftcode-consent-no", &[]), ButtonStyle::Secondary),
            ]);
            return self.deps.answer(ctx.envelope, &body).await;
        }
        self.reply(ctx, text).await
    }

    // --- create

    async fn create(&self, ctx: &Ctx<'_>, tag: String, name: String) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(link) = store.player(ctx.guild, ctx.user).await? else {
            return self.say(ctx, "alliance-verify-first", &[]).await;
        };
        let args = [("tag", tag.clone()), ("name", name.clone())];
        let existing = store.alliances(ctx.guild).await?;
        let mine = |a: &Alliance| a.tag == tag && a.created_by == Some(ctx.user);
        // A redelivery finds its own alliance and finishes it.
        let resumed = existing.iter().find(|a| mine(a)).cloned();
        if resumed.is_none() {
            if let Some(current) = &link.alliance {
                return self.say(ctx, "alliance-leave-first", &[("tag", current.clone())]).await;
            }
            if existing.iter().any(|a| a.tag.eq_ignore_ascii_case(&tag)) {
                return self.say(ctx, "alliance-tag-taken", &args).await;
            }
        }
        let alliance = match resumed {
            Some(alliance) => alliance,
            None => {
                let new = Alliance {
                    guild_id: ctx.guild,
                    tag: tag.clone(),
                    name: name.clone(),
                    version: 0,
                    created_at: now(),
                    created_by: Some(ctx.user),
                    discord: Default::default(),
                };
                match store.create_alliance(&new).await {
                    Ok(created) => created,
                    Err(StoreError::AlreadyExists(_)) => return self.say(ctx, "alliance-tag-taken", &args).await,
                    Err(err) => return Err(err.into()),
                }
            }
        };
        // The seat first: a creator who handed the lead over (or lost it) cannot take it back
        // by creating "their" alliance again.
        if !store.claim_r5(ctx.guild, &tag, ctx.user).await? {
            return self.say(ctx, "alliance-tag-taken", &args).await;
        }
        self.add_leader(ctx, &tag).await?;
        let (alliance, provisioned) = self.provision(ctx, alliance).await?;
        let settled = self.settle_member(ctx, &alliance, ctx.user, Some(Rank::R5)).await?;
        let text = self.noted(ctx, self.text(ctx, "alliance-created", &args), settled && provisioned);
        let id = format!("created-{}", alliance.created_at);
        self.audit(ctx, &alliance, AuditAction::Created, (ctx.user, Some(Rank::R5)), &id).await?;
        self.finish(ctx, text).await
    }

    /// Adds the acting member to `tag` as its R5, once they hold its seat (a redelivery finds
    /// them added already).
    async fn add_leader(&self, ctx: &Ctx<'_>, tag: &str) -> Result<(), JobError> {
        let member = AllianceMember {
            guild_id: ctx.guild,
            tag: tag.to_owned(),
            user_id: ctx.user,
            rank: Rank::R5,
            joined_at: now(),
            version: 0,
        };
        match self.deps.store.add_member(&member).await {
            Ok(_) | Err(StoreError::AlreadyExists(_)) => Ok(()),
            Err(err) => Err(err.into()),
        }
    }

    // --- join

    /// `/alliance join`: the server's alliances in a select.
    async fn join_menu(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let alliances = self.deps.store.alliances(ctx.guild).await?;
        if alliances.is_empty() {
            return self.say(ctx, "alliance-none-yet", &[]).await;
        }
        let options = alliances
            .iter()
            .take(MAX_LISTED_ALLIANCES + 2)
            .map(|a| (format!("[{}] {}", a.tag, a.name), a.tag.clone()))
            .collect();
        let body = MessageBody::text(self.text(ctx, "alliance-join-question", &[])).row(vec![select(
            AllianceId::Pick.format(),
            self.text(ctx, "alliance-placeholder", &[]),
            options,
        )]);
        self.deps.answer(ctx.envelope, &body).await
    }

    async fn pick(&self, ctx: &Ctx<'_>, pick: Pick) -> Result<(), JobError> {
        let store = &self.deps.store;
        let Some(link) = store.player(ctx.guild, ctx.user).await? else {
            return self.say(ctx, "alliance-verify-first", &[]).await;
        };
        let tag = match pick {
            Pick::NoAlliance | Pick::OtherState => {
                let other_state = pick == Pick::OtherState;
                if let Some(tag) = link.alliance.clone() {
                    self.leave_alliance(ctx, &tag).await?;
                }
                let link = self.change_link(ctx.guild, ctx.user, |link| link.other_state = other_state).await?;
                let mut done = true;
                if let Some(link) = link
                    && let Err(err) = self.deps.rest.set_nickname(ctx.guild, ctx.user, &link.server_nickname()).await
                {
                    if err.is_transient() {
                        return Err(err.into());
                    }
                    done = false;
                }
                let text = self.text(ctx, if other_state { "alliance-other-done" } else { "alliance-none-done" }, &[]);
                return self.finish(ctx, self.noted(ctx, text, done)).await;
            }
            Pick::Alliance { tag } => tag,
        };
        let args = [("tag", tag.clone())];
        let Some(alliance) = store.alliance(ctx.guild, &tag).await? else {
            return self.say(ctx, "alliance-unknown", &args).await;
        };
        if let Some(current) = link.alliance.as_ref().filter(|current| **current != tag)
            && store.member(ctx.guild, &tag, ctx.user).await?.is_none()
        {
            return self.say(ctx, "alliance-leave-first", &[("tag", current.clone())]).await;
        }
        // Nobody in it yet: the first member leads it (one seat, so two at once make one R5).
        if store.members(ctx.guild, &tag).await?.is_empty() && store.claim_r5(ctx.guild, &tag, ctx.user).await? {
            self.add_leader(ctx, &tag).await?;
        }
        if let Some(member) = store.member(ctx.guild, &tag, ctx.user).await? {
            let (alliance, provisioned) =
                if member.rank == Rank::R5 { self.provision(ctx, alliance).await? } else { (alliance, true) };
            let settled = self.settle_member(ctx, &alliance, ctx.user, Some(member.rank)).await?;
            let text = self.text(ctx, "alliance-done", &[("tag", tag.clone()), ("rank", member.rank.as_str().into())]);
            let text = self.noted(ctx, text, settled && provisioned);
            let id = format!("joined-{}", member.joined_at);
            self.audit(ctx, &alliance, AuditAction::Joined, (ctx.user, Some(member.rank)), &id).await?;
            return self.finish(ctx, text).await;
        }
        let request = JoinRequest { guild_id: ctx.guild, tag: tag.clone(), user_id: ctx.user, requested_at: now() };
        // Posted once per request: asking again while one waits posts nothing.
        if store.request_join(&request).await? {
            let answer = |approve| AllianceId::Answer { tag: tag.clone(), member: ctx.user, approve }.format();
            let ask = [("user", format!("<@{}>", ctx.user)), ("tag", tag.clone()), ("name", link.nickname.clone())];
            let buttons = [
                (answer(true), "alliance-approve-button", ButtonStyle::Success),
                (answer(false), "alliance-deny-button", ButtonStyle::Danger),
            ];
            let channel = Self::officers_channel(ctx, &alliance);
            guild_log::post_in(&self.deps, channel, ctx.config.as_ref(), "alliance-request", &ask, &buttons).await;
        }
        self.finish(ctx, self.text(ctx, "alliance-request-sent", &args)).await
    }

    /// An officer's (or moderator's) answer to a join request, applied once.
    async fn answer(
        &self,
        ctx: &Ctx<'_>,
        tag: String,
        member: UserId,
        approve: bool,
        by_moderator: bool,
    ) -> Result<(), JobError> {
        let store = &self.deps.store;
        let args = [("actor", format!("<@{}>", ctx.user)), ("user", format!("<@{member}>")), ("tag", tag.clone())];
        let officer = store.member(ctx.guild, &tag, ctx.user).await?.is_some_and(|m| m.rank >= Rank::R4);
        if !officer && !by_moderator {
            // The request stays for an officer; only this presser is told (a private reply).
            return self.say(ctx, "alliance-not-officer", &[]).await;
        }
        let Some(alliance) = store.alliance(ctx.guild, &tag).await? else {
            return self.say(ctx, "alliance-unknown", &[("tag", tag)]).await;
        };
        let link = store.player(ctx.guild, member).await?;
        let elsewhere = link.as_ref().is_some_and(|l| l.alliance.as_ref().is_some_and(|t| *t != tag));
        if !approve || link.is_none() || elsewhere {
            store.answer_join(ctx.guild, &tag, member, None).await?;
            let id = if approve { "alliance-request-gone" } else { "alliance-denied" };
            return self.say(ctx, id, &args).await;
        }
        let joining = AllianceMember {
            guild_id: ctx.guild,
            tag: tag.clone(),
            user_id: member,
            rank: Rank::R1,
            joined_at: now(),
            version: 0,
        };
        match store.answer_join(ctx.guild, &tag, member, Some(&joining)).await {
            Ok(_) | Err(StoreError::AlreadyExists(_)) => {}
            Err(err) => return Err(err.into()),
        }
        // Whoever added them (this delivery, an earlier one, another officer), finish the rest.
        let Some(joined) = store.member(ctx.guild, &tag, member).await? else {
            return self.say(ctx, "alliance-request-gone", &args).await;
        };
        let ok = self.settle_member(ctx, &alliance, member, Some(joined.rank)).await?;
        // Keyed by the membership: a second officer's press or a redelivery neither logs nor welcomes again.
        let id = format!("joined-{}", joined.joined_at);
        if self.audit(ctx, &alliance, AuditAction::Joined, (member, Some(joined.rank)), &id).await? {
            let locale = self.deps.catalog.resolve([store.prefs(member).await?.and_then(|p| p.locale).as_deref()]);
            let welcome = self.deps.catalog.format_with(locale, "alliance-welcome", &[("tag", tag.clone())]);
            let sent = async {
                self.deps.rest.send_message(self.deps.rest.open_dm(member).await?, &MessageBody::text(welcome)).await
            };
            if let Err(err) = sent.await {
                tracing::info!(error = %err, "join approval not sent by DM");
            }
        }
        self.reply(ctx, self.noted(ctx, self.text(ctx, "alliance-approved", &args), ok)).await
    }

    // --- leave, kick, rank

    /// Takes the member out of `tag` (membership, link, roles), logs it, and finds the next
    /// leader if they led it. Safe to repeat.
    async fn leave_alliance(&self, ctx: &Ctx<'_>, tag: &str) -> Result<(), JobError> {
        let store = &self.deps.store;
        store.remove_member(ctx.guild, tag, ctx.user).await?;
        let Some(alliance) = store.alliance(ctx.guild, tag).await? else {
            self.change_link(ctx.guild, ctx.user, |link| {
                link.alliance = None;
                link.rank = None;
            })
            .await?;
            return Ok(());
        };
        self.settle_member(ctx, &alliance, ctx.user, None).await?;
        self.audit(ctx, &alliance, AuditAction::Left, (ctx.user, None), &Self::job_audit_id(ctx, AuditAction::Left))
            .await?;
        self.ensure_leader(ctx, &alliance, false).await
    }

    async fn leave(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let Some(tag) = self.deps.store.player(ctx.guild, ctx.user).await?.and_then(|l| l.alliance) else {
            return self.say(ctx, "alliance-not-in-one", &[]).await;
        };
        self.leave_alliance(ctx, &tag).await?;
        self.say(ctx, "alliance-left", &[("tag", tag)]).await
    }

    /// The acting officer's alliance and the target's membership, checked against the rules;
    /// else the text that says why not.
    async fn officer_action(
        &self,
        ctx: &Ctx<'_>,
        target: UserId,
        action: RankAction,
    ) -> Result<Result<(Alliance, AllianceMember), String>, JobError> {
        let (alliance, actor) = match self.own_seat(ctx).await? {
            Ok(seat) => seat,
            Err(id) => return Ok(Err(self.text(ctx, id, &[]))),
        };
        self.ensure_leader(ctx, &alliance, true).await?;
        let args = [("user", format!("<@{target}>")), ("tag", alliance.tag.clone())];
        let Some(member) = self.deps.store.member(ctx.guild, &alliance.tag, target).await? else {
            // Removed by an earlier delivery that stopped before the link and roles: finish that.
            let stale = self.deps.store.player(ctx.guild, target).await?;
            if actor.rank >= Rank::R4 && stale.is_some_and(|l| l.alliance.as_deref() == Some(alliance.tag.as_str())) {
                self.settle_member(ctx, &alliance, target, None).await?;
            }
            return Ok(Err(self.text(ctx, "alliance-not-member", &args)));
        };
        match ranks::check(actor.rank, member.rank, action, target == ctx.user) {
            // Already at that rank (only a rank change says so: this job's earlier delivery, or
            // another officer's change): the caller applies the rest again, harmlessly, and logs
            // once for that version.
            Ok(()) | Err(RankRefusal::Unchanged) => Ok(Ok((alliance, member))),
            Err(refusal) => Ok(Err(self.text(ctx, refusal.message_id(), &args))),
        }
    }

    async fn kick(&self, ctx: &Ctx<'_>, target: UserId) -> Result<(), JobError> {
        let (alliance, member) = match self.officer_action(ctx, target, RankAction::Kick).await? {
            Ok(found) => found,
            Err(text) => return self.reply(ctx, text).await,
        };
        let args = [("user", format!("<@{target}>")), ("tag", alliance.tag.clone())];
        match self.deps.store.remove_member_at(&member).await {
            Err(StoreError::VersionConflict(_)) => return self.say(ctx, "alliance-changed-meanwhile", &args).await,
            other => other?,
        }
        self.settle_member(ctx, &alliance, target, None).await?;
        let id = Self::job_audit_id(ctx, AuditAction::Kicked);
        self.audit(ctx, &alliance, AuditAction::Kicked, (target, None), &id).await?;
        self.say(ctx, "alliance-kicked", &args).await
    }

    async fn set_rank(&self, ctx: &Ctx<'_>, target: UserId, rank: Rank) -> Result<(), JobError> {
        let (alliance, member) = match self.officer_action(ctx, target, RankAction::SetRank(rank)).await? {
            Ok(found) => found,
            Err(text) => return self.reply(ctx, text).await,
        };
        let args =
            [("user", format!("<@{target}>")), ("tag", alliance.tag.clone()), ("rank", rank.as_str().to_owned())];
        let saved = if member.rank == rank {
            member
        } else {
            match self.deps.store.save_member(&AllianceMember { rank, ..member }).await {
                Err(StoreError::VersionConflict(_)) => return self.say(ctx, "alliance-changed-meanwhile", &args).await,
                other => other?,
            }
        };
        let ok = self.settle_member(ctx, &alliance, target, Some(rank)).await?;
        let id = format!("ranked-{}-v{}", saved.joined_at, saved.version);
        self.audit(ctx, &alliance, AuditAction::Ranked, (target, Some(rank)), &id).await?;
        self.reply(ctx, self.noted(ctx, self.text(ctx, "alliance-ranked", &args), ok)).await
    }

    // --- transfer and dissolve (confirmed by the R5)

    async fn transfer_ask(&self, ctx: &Ctx<'_>, target: UserId) -> Result<(), JobError> {
        let (alliance, _) = match self.officer_action(ctx, target, RankAction::Transfer).await? {
            Ok(found) => found,
            Err(text) => return self.reply(ctx, text).await,
        };
        let Some((holder, seat)) = self.deps.store.r5_seat(ctx.guild, &alliance.tag).await? else {
            return self.say(ctx, "alliance-not-leader", &[]).await;
        };
        if holder != ctx.user {
            return self.say(ctx, "alliance-not-leader", &[]).await;
        }
        let args = [("user", format!("<@{target}>")), ("tag", alliance.tag.clone())];
        let confirm = AllianceId::Transfer { tag: alliance.tag.clone(), member: target, seat }.format();
        let body = MessageBody::text(self.text(ctx, "alliance-transfer-confirm", &args)).row(vec![
            button(confirm, self.text(ctx, "alliance-transfer-button", &[]), ButtonStyle::Danger),
            button(AllianceId::Cancel.format(), self.text(ctx, "alliance-cancel-button", &[]), ButtonStyle::Secondary),
        ]);
        self.deps.answer(ctx.envelope, &body).await
    }

    async fn transfer(&self, ctx: &Ctx<'_>, tag: String, target: UserId, seat: u64) -> Result<(), JobError> {
        let store = &self.deps.store;
        let args = [("user", format!("<@{target}>")), ("tag", tag.clone())];
        let Some(alliance) = store.alliance(ctx.guild, &tag).await? else {
            return self.say(ctx, "alliance-unknown", &args).await;
        };
        let current = store.r5_seat(ctx.guild, &tag).await?;
        // A redelivery finds the seat already moved by this very confirmation.
        let done = current.is_some_and(|(holder, version)| holder == target && version == seat + 1);
        if !done {
            if current != Some((ctx.user, seat)) {
                return self.say(ctx, "alliance-changed-meanwhile", &args).await;
            }
            match store.transfer_r5(ctx.guild, &tag, target, Some(seat), now()).await {
                Ok(_) => {}
                Err(StoreError::ConditionFailed(_) | StoreError::VersionConflict(_)) => {
                    return self.say(ctx, "alliance-changed-meanwhile", &args).await;
                }
                Err(err) => return Err(err.into()),
            }
        }
        let mut ok = self.settle_member(ctx, &alliance, target, Some(Rank::R5)).await?;
        let me = store.member(ctx.guild, &tag, ctx.user).await?.map(|m| m.rank);
        ok &= self.settle_member(ctx, &alliance, ctx.user, me).await?;
        let id = format!("{}-transfer-{seat}", alliance.created_at);
        self.audit(ctx, &alliance, AuditAction::Transferred, (target, Some(Rank::R5)), &id).await?;
        self.reply(ctx, self.noted(ctx, self.text(ctx, "alliance-transferred", &args), ok)).await
    }

    async fn dissolve_ask(&self, ctx: &Ctx<'_>) -> Result<(), JobError> {
        let (alliance, member) = match self.own_seat(ctx).await? {
            Ok(seat) => seat,
            Err(id) => return self.say(ctx, id, &[]).await,
        };
        if member.rank != Rank::R5 {
            return self.say(ctx, "alliance-not-leader", &[]).await;
        }
        let tag = alliance.tag.clone();
        let dissolve = |delete_channels| AllianceId::Dissolve { tag: tag.clone(), delete_channels }.format();
        let body = MessageBody::text(self.text(ctx, "alliance-dissolve-confirm", &[("tag", tag.clone())])).row(vec![
            button(dissolve(false), self.text(ctx, "alliance-dissolve-keep", &[]), ButtonStyle::Danger),
            button(dissolve(true), self.text(ctx, "alliance-dissolve-delete", &[]), ButtonStyle::Danger),
            button(AllianceId::Cancel.format(), self.text(ctx, "alliance-cancel-button", &[]), ButtonStyle::Secondary),
        ]);
        self.deps.answer(ctx.envelope, &body).await
    }

    async fn dissolve(&self, ctx: &Ctx<'_>, tag: String, delete_channels: bool) -> Result<(), JobError> {
        let store = &self.deps.store;
        let args = [("tag", tag.clone())];
        let Some(alliance) = store.alliance(ctx.guild, &tag).await? else {
            return self.say(ctx, "alliance-dissolved", &args).await;
        };
        // The R5, or (on a redelivery after the seat went) the R5 whose dissolution is on record.
        let started = store
            .alliance_audit(ctx.guild, &tag)
            .await?
            .iter()
            .any(|l| l.action == AuditAction::Dissolved && l.actor == ctx.user && l.at >= alliance.created_at);
        if !started && store.r5_holder(ctx.guild, &tag).await? != Some(ctx.user) {
            return self.say(ctx, "alliance-not-leader", &[]).await;
        }
        // First the trail (so a redelivery knows), then members, then Discord, then the record.
        let id = format!("dissolved-{}", alliance.created_at);
        self.audit(ctx, &alliance, AuditAction::Dissolved, (ctx.user, None), &id).await?;
        for member in store.members(ctx.guild, &tag).await? {
            if member.user_id != ctx.user {
                store.remove_member(ctx.guild, &tag, member.user_id).await?;
                self.settle_member(ctx, &alliance, member.user_id, None).await?;
            }
        }
        for request in store.join_requests(ctx.guild, &tag).await? {
            store.answer_join(ctx.guild, &tag, request.user_id, None).await?;
        }
        // The leader last: while they are a member, a redelivery still passes the check above.
        self.unprovision(ctx, &alliance, delete_channels).await?;
        store.remove_member(ctx.guild, &tag, ctx.user).await?;
        self.settle_member(ctx, &alliance, ctx.user, None).await?;
        store.delete_alliance(ctx.guild, &tag).await?;
        self.say(ctx, "alliance-dissolved", &args).await
    }

    // --- succession

    /// Makes sure a led alliance has its leader: an R5 who left the server (`check_presence`)
    /// leaves the alliance, and a vacant seat goes to [`ranks::successor`]. Two runs at once
    /// move the seat once (the seat's version).
    pub(super) async fn ensure_leader(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        check_presence: bool,
    ) -> Result<(), JobError> {
        let store = &self.deps.store;
        let tag = &alliance.tag;
        if let Some((holder, seat)) = store.r5_seat(ctx.guild, tag).await? {
            let gone = check_presence
                && holder != ctx.user
                && match self.deps.rest.member_roles(ctx.guild, holder).await {
                    Err(err) if err.is_not_found() => true,
                    Err(err) if err.is_transient() => return Err(err.into()),
                    _ => false,
                };
            if !gone {
                return self.seat_settled(ctx, alliance, holder, seat).await;
            }
            store.remove_member(ctx.guild, tag, holder).await?;
            self.settle_member(ctx, alliance, holder, None).await?;
            let id = format!("{}-gone-{seat}", alliance.created_at);
            self.audit(ctx, alliance, AuditAction::Left, (holder, None), &id).await?;
        }
        let members = store.members(ctx.guild, tag).await?;
        let Some(next) = ranks::successor(&members) else { return Ok(()) };
        match store.transfer_r5(ctx.guild, tag, next, None, now()).await {
            Ok(_) => {}
            // Another run moved it first (or the chosen member just left): it has a leader or gets one next time.
            Err(StoreError::VersionConflict(_) | StoreError::ConditionFailed(_)) => return Ok(()),
            Err(err) => return Err(err.into()),
        }
        match store.r5_seat(ctx.guild, tag).await? {
            Some((holder, seat)) => self.seat_settled(ctx, alliance, holder, seat).await,
            None => Ok(()),
        }
    }

    /// Finishes a seat's hand-over after a successor took it (once per seat version, however
    /// often it is looked at): their link, roles and the audit line.
    async fn seat_settled(
        &self,
        ctx: &Ctx<'_>,
        alliance: &Alliance,
        holder: UserId,
        seat: u64,
    ) -> Result<(), JobError> {
        let link = self.deps.store.player(ctx.guild, holder).await?;
        if link.is_none_or(|l| l.rank == Some(Rank::R5) && l.alliance.as_deref() == Some(alliance.tag.as_str())) {
            return Ok(());
        }
        self.settle_member(ctx, alliance, holder, Some(Rank::R5)).await?;
        let id = format!("{}-seat-{seat}", alliance.created_at);
        self.audit(ctx, alliance, AuditAction::Succeeded, (holder, Some(Rank::R5)), &id).await?;
        Ok(())
    }
}

#[async_trait]
impl Worker for AllianceWorker {
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
        let step: AllianceStep = serde_json::from_value(envelope.payload.clone())?;
        let Some(job) = self.deps.guild_job(&envelope).await? else { return Ok(()) };
        let ctx = &job;
        match step {
            AllianceStep::Create { tag, name } => self.create(ctx, tag, name).await,
            AllianceStep::JoinMenu => self.join_menu(ctx).await,
            AllianceStep::Pick { pick } => self.pick(ctx, pick).await,
            AllianceStep::Answer { tag, member, approve, by_moderator } => {
                self.answer(ctx, tag, member, approve, by_moderator).await
            }
            AllianceStep::Leave => self.leave(ctx).await,
            AllianceStep::Kick { member } => self.kick(ctx, member).await,
            AllianceStep::SetRank { member, rank } => self.set_rank(ctx, member, rank).await,
            AllianceStep::TransferAsk { member } => self.transfer_ask(ctx, member).await,
            AllianceStep::Transfer { tag, member, seat } => self.transfer(ctx, tag, member, seat).await,
            AllianceStep::DissolveAsk => self.dissolve_ask(ctx).await,
            AllianceStep::Dissolve { tag, delete_channels } => self.dissolve(ctx, tag, delete_channels).await,
            AllianceStep::Info { tag } => self.info(ctx, tag).await,
            AllianceStep::Roster { tag, sort, page } => self.roster(ctx, tag, sort, page).await,
        }
    }
}
