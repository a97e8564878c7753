//! `/alliance info` and `/alliance roster`: read-only views, answered privately.

use super::ids::{AllianceId, RosterSort};
use super::worker::{AllianceWorker, Ctx};
use dwos_core::model::{Alliance, AllianceMember, PlayerLink, Rank};
use dwos_core::{JobError, UserId};
use dwos_discord::MessageBody;
use dwos_discord::message::button;
use twilight_model::channel::message::component::ButtonStyle;

/// Members on one roster page (a page stays well under Discord's 2,000 characters).
pub const ROSTER_PAGE: usize = 20;

/// Orders members for the roster: by rank (R5 first), by declared furnace level (highest
/// first, undeclared last), or by name; ties by name, then id, so pages never shuffle.
pub fn sort_roster(members: &mut [(AllianceMember, Option<PlayerLink>)], sort: RosterSort) {
    let name = |entry: &(AllianceMember, Option<PlayerLink>)| {
        entry.1.as_ref().map(|l| l.nickname.to_lowercase()).unwrap_or_default()
    };
    members.sort_by(|a, b| {
        let by = match sort {
            RosterSort::Rank => b.0.rank.cmp(&a.0.rank),
            RosterSort::Furnace => {
                let level = |e: &(AllianceMember, Option<PlayerLink>)| e.1.as_ref().and_then(|l| l.furnace_level);
                level(b).cmp(&level(a))
            }
            RosterSort::Name => std::cmp::Ordering::Equal,
        };
        by.then_with(|| name(a).cmp(&name(b))).then_with(|| a.0.user_id.0.cmp(&b.0.user_id.0))
    });
}

impl AllianceWorker {
    /// The alliance asked for, else the member's own.
    async fn chosen(&self, ctx: &Ctx<'_>, tag: Option<String>) -> Result<Option<Alliance>, JobError> {
        let store = &self.deps.store;
        let tag = match tag {
            Some(tag) => tag,
            None => match store.player(ctx.guild, ctx.user).await?.and_then(|l| l.alliance) {
                Some(tag) => tag,
                None => return Ok(None),
            },
        };
        Ok(store.alliance(ctx.guild, &tag).await?)
    }

    pub(super) async fn info(&self, ctx: &Ctx<'_>, tag: Option<String>) -> Result<(), JobError> {
        let Some(alliance) = self.chosen(ctx, tag).await? else {
            return self.reply(ctx, self.text(ctx, "alliance-not-found", &[])).await;
        };
        self.ensure_leader(ctx, &alliance, true).await?;
        let store = &self.deps.store;
        let members = store.members(ctx.guild, &alliance.tag).await?;
        let leader = store.r5_holder(ctx.guild, &alliance.tag).await?;
        let count = |rank: Rank| members.iter().filter(|m| m.rank == rank).count().to_string();
        let args = [
            ("tag", alliance.tag.clone()),
            ("name", alliance.name.clone()),
            ("leader", leader.map(|u| format!("<@{u}>")).unwrap_or_else(|| "-".into())),
            ("members", members.len().to_string()),
            ("r4", count(Rank::R4)),
            ("r3", count(Rank::R3)),
            ("r2", count(Rank::R2)),
            ("r1", count(Rank::R1)),
            ("created", format!("<t:{}:D>", alliance.created_at)),
        ];
        self.reply(ctx, self.text(ctx, "alliance-info", &args)).await
    }

    pub(super) async fn roster(
        &self,
        ctx: &Ctx<'_>,
        tag: Option<String>,
        sort: RosterSort,
        page: usize,
    ) -> Result<(), JobError> {
        let Some(alliance) = self.chosen(ctx, tag).await? else {
            return self.reply(ctx, self.text(ctx, "alliance-not-found", &[])).await;
        };
        let store = &self.deps.store;
        // Only the members' links, in one batched read (not every link of the server).
        let members = store.members(ctx.guild, &alliance.tag).await?;
        let users: Vec<UserId> = members.iter().map(|m| m.user_id).collect();
        let links = store.players_of(ctx.guild, &users).await?;
        let mut entries: Vec<(AllianceMember, Option<PlayerLink>)> = members.into_iter().zip(links).collect();
        sort_roster(&mut entries, sort);
        let pages = entries.len().div_ceil(ROSTER_PAGE).max(1);
        let page = page.min(pages - 1);
        let lines: Vec<String> = entries
            .iter()
            .skip(page * ROSTER_PAGE)
            .take(ROSTER_PAGE)
            .map(|(member, link)| {
                let name = link.as_ref().map(|l| l.nickname.clone()).unwrap_or_else(|| "?".into());
                let level = link
                    .as_ref()
                    .and_then(|l| l.furnace_level)
                    .map(|level| format!(" · {}", crate::shown::furnace_shown(&self.deps.catalog, ctx.locale, level)))
                    .unwrap_or_default();
                format!("`{}` {name}{level} · <@{}>", member.rank.as_str(), member.user_id)
            })
            .collect();
        let header = self.text(
            ctx,
            "alliance-roster",
            &[
                ("tag", alliance.tag.clone()),
                ("members", entries.len().to_string()),
                ("page", (page + 1).to_string()),
                ("pages", pages.to_string()),
            ],
        );
        let id = |sort, page| AllianceId::Roster { tag: alliance.tag.clone(), sort, page }.format();
        let mut buttons = Vec::new();
        if page > 0 {
            buttons.push(button(id(sort, page - 1), "◀", ButtonStyle::Secondary));
        }
        if page + 1 < pages {
            buttons.push(button(id(sort, page + 1), "▶", ButtonStyle::Secondary));
        }
        for other in [RosterSort::Rank, RosterSort::Furnace, RosterSort::Name].into_iter().filter(|s| *s != sort) {
            let label = self.text(ctx, &format!("alliance-sort-{}", other.as_str()), &[]);
            buttons.push(button(id(other, 0), label, ButtonStyle::Primary));
        }
        let body = MessageBody::text(format!("{header}\n{}", lines.join("\n"))).row(buttons);
        self.deps.answer(ctx.envelope, &body).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dwos_core::GuildId;
    use dwos_core::model::GameId;

    fn entry(user: u64, rank: Rank, name: &str, level: Option<u32>) -> (AllianceMember, Option<PlayerLink>) {
        let member = AllianceMember {
            guild_id: GuildId(1),
            tag: "FRO".into(),
            user_id: UserId(user),
            rank,
            joined_at: 0,
            version: 1,
        };
        let link = PlayerLink {
            guild_id: GuildId(1),
            user_id: UserId(user),
            game_id: GameId(user),
            nickname: name.into(),
            state: 1,
            furnace_level: level,
            alliance: Some("FRO".into()),
            rank: Some(rank),
            other_state: false,
            consent_at: 0,
            verified_at: 0,
            refreshed_at: 0,
            check_day: None,
            missing_checks: 0,
            state_search: None,
            version: 1,
        };
        (member, Some(link))
    }

    fn order(sort: RosterSort) -> Vec<u64> {
        let mut entries = vec![
            entry(1, Rank::R1, "zed", Some(30)),
            entry(2, Rank::R5, "Bob", None),
            entry(3, Rank::R4, "amy", Some(25)),
            entry(4, Rank::R1, "Cat", Some(30)),
        ];
        sort_roster(&mut entries, sort);
        entries.iter().map(|e| e.0.user_id.0).collect()
    }

    #[test]
    fn the_roster_sorts_by_rank_furnace_or_name() {
        assert_eq!(order(RosterSort::Rank), [2, 3, 4, 1], "R5, R4, then R1 by name");
        assert_eq!(order(RosterSort::Furnace), [4, 1, 3, 2], "highest first, ties by name, undeclared last");
        assert_eq!(order(RosterSort::Name), [3, 2, 4, 1], "names ignore case");
    }
}
