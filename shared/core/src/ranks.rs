//! Who may do what to whom inside an alliance: pure rules, checked by the worker on the ranks it
//! read (never on what a client showed).

use crate::UserId;
use crate::model::{AllianceMember, Rank};

/// Something one member does to another member of the same alliance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankAction {
    /// Removes them from the alliance.
    Kick,
    /// Gives them a rank from R1 to R4 (R5 changes hands only by a transfer).
    SetRank(Rank),
    /// Hands them the alliance's lead.
    Transfer,
}

/// Why an action is refused (each names a localized message).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RankRefusal {
    /// Members below R4 manage nobody.
    NotAnOfficer,
    /// An officer acts only on ranks below their own.
    NotBelow,
    /// Only the R5 does this.
    NotTheLeader,
    /// A rank set this way is R1 to R4, and an R4 gives at most R3.
    RankTooHigh,
    /// Nobody acts on themselves this way (leave instead).
    OnThemselves,
    /// The member already has that rank.
    Unchanged,
}

impl RankRefusal {
    /// The message that tells the member why.
    pub fn message_id(self) -> &'static str {
        match self {
            RankRefusal::NotAnOfficer => "alliance-not-officer",
            RankRefusal::NotBelow => "alliance-not-below",
            RankRefusal::NotTheLeader => "alliance-not-leader",
            RankRefusal::RankTooHigh => "alliance-rank-too-high",
            RankRefusal::OnThemselves => "alliance-on-themselves",
            RankRefusal::Unchanged => "alliance-rank-unchanged",
        }
    }
}

/// Whether a member of rank `actor` may do `action` to a different member of rank `target`:
/// the R5 kicks and ranks anyone (to R1–R4) and transfers the lead; an R4 kicks and ranks the
/// R1–R3 below them (to R1–R3); nobody else manages anyone.
pub fn check(actor: Rank, target: Rank, action: RankAction, same_member: bool) -> Result<(), RankRefusal> {
    if same_member {
        return Err(RankRefusal::OnThemselves);
    }
    if actor < Rank::R4 {
        return Err(RankRefusal::NotAnOfficer);
    }
    match action {
        RankAction::Transfer if actor != Rank::R5 => Err(RankRefusal::NotTheLeader),
        RankAction::Transfer => Ok(()),
        _ if target >= actor => Err(RankRefusal::NotBelow),
        RankAction::Kick => Ok(()),
        RankAction::SetRank(rank) if rank == Rank::R5 || rank >= actor => Err(RankRefusal::RankTooHigh),
        RankAction::SetRank(rank) if rank == target => Err(RankRefusal::Unchanged),
        RankAction::SetRank(_) => Ok(()),
    }
}

/// Who leads next when the R5 is gone: the highest rank, then the longest serving (earliest
/// `joined_at`), then the lowest user id, so every process picks the same member.
pub fn successor(members: &[AllianceMember]) -> Option<UserId> {
    members.iter().min_by_key(|m| (std::cmp::Reverse(m.rank), m.joined_at, m.user_id.0)).map(|m| m.user_id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Rank::{R1, R2, R3, R4, R5};

    fn member(user: u64, rank: Rank, joined_at: i64) -> AllianceMember {
        AllianceMember {
            guild_id: crate::GuildId(1),
            tag: "FRO".into(),
            user_id: UserId(user),
            rank,
            joined_at,
            version: 1,
        }
    }

    #[test]
    fn the_successor_is_the_highest_then_longest_serving_then_lowest_id() {
        assert_eq!(successor(&[]), None);
        let cases = [
            (vec![member(1, R1, 10), member(2, R4, 50), member(3, R3, 1)], 2, "rank first"),
            (vec![member(1, R4, 30), member(2, R4, 20), member(3, R4, 40)], 2, "then the longest serving"),
            (vec![member(9, R2, 5), member(4, R2, 5)], 4, "then the lowest id"),
            (vec![member(7, R1, 100)], 7, "the only one left"),
        ];
        for (members, expected, why) in cases {
            assert_eq!(successor(&members), Some(UserId(expected)), "{why}");
            let mut reversed = members.clone();
            reversed.reverse();
            assert_eq!(successor(&reversed), Some(UserId(expected)), "{why}, whatever the order read");
        }
    }

    const RANKS: [Rank; 5] = [R1, R2, R3, R4, R5];

    /// The rules written out case by case, independently of `check`'s shape.
    fn expected(actor: Rank, target: Rank, action: RankAction) -> Result<(), RankRefusal> {
        use RankRefusal::*;
        let officer = matches!(actor, R4 | R5);
        match action {
            _ if !officer => Err(NotAnOfficer),
            RankAction::Transfer => {
                if actor == R5 {
                    Ok(())
                } else {
                    Err(NotTheLeader)
                }
            }
            RankAction::Kick => match (actor, target) {
                (R5, R1 | R2 | R3 | R4) | (R4, R1 | R2 | R3) => Ok(()),
                _ => Err(NotBelow),
            },
            RankAction::SetRank(new) => match (actor, target, new) {
                (_, t, _) if t >= actor => Err(NotBelow),
                (R5, _, R5) | (R4, _, R4 | R5) => Err(RankTooHigh),
                (_, t, n) if t == n => Err(Unchanged),
                _ => Ok(()),
            },
        }
    }

    #[test]
    fn every_actor_target_and_action_follows_the_table() {
        let mut cases = 0;
        for actor in RANKS {
            for target in RANKS {
                let actions =
                    RANKS.map(RankAction::SetRank).into_iter().chain([RankAction::Kick, RankAction::Transfer]);
                for action in actions {
                    assert_eq!(
                        check(actor, target, action, false),
                        expected(actor, target, action),
                        "{actor:?} {action:?} {target:?}"
                    );
                    assert_eq!(check(actor, target, action, true), Err(RankRefusal::OnThemselves));
                    cases += 1;
                }
            }
        }
        assert_eq!(cases, 5 * 5 * 7);
    }

    #[test]
    fn the_rules_in_words() {
        assert_eq!(check(R5, R4, RankAction::SetRank(R1), false), Ok(()), "R5 demotes an officer");
        assert_eq!(check(R5, R1, RankAction::SetRank(R4), false), Ok(()), "R5 makes an officer");
        assert_eq!(check(R4, R3, RankAction::SetRank(R1), false), Ok(()), "R4 ranks members below");
        assert_eq!(check(R4, R2, RankAction::SetRank(R4), false), Err(RankRefusal::RankTooHigh), "R4 makes no R4");
        assert_eq!(check(R4, R4, RankAction::Kick, false), Err(RankRefusal::NotBelow), "R4 cannot kick R4");
        assert_eq!(check(R3, R1, RankAction::Kick, false), Err(RankRefusal::NotAnOfficer));
        assert_eq!(check(R4, R1, RankAction::Transfer, false), Err(RankRefusal::NotTheLeader));
        assert_eq!(check(R5, R5, RankAction::Kick, true), Err(RankRefusal::OnThemselves));
    }
}
