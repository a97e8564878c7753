//! Discord permission bits DWOS reasons about, as plain numbers (no wire types here).

/// Manage Server.
pub const MANAGE_GUILD: u64 = 1 << 5;
/// Administrator.
pub const ADMINISTRATOR: u64 = 1 << 3;
/// Manage Roles.
pub const MANAGE_ROLES: u64 = 1 << 28;
/// View Channel.
pub const VIEW_CHANNEL: u64 = 1 << 10;
/// Send Messages.
pub const SEND_MESSAGES: u64 = 1 << 11;
/// Embed Links.
pub const EMBED_LINKS: u64 = 1 << 14;
/// Read Message History.
pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
/// What a member needs in a channel to read and write it.
pub const READ_WRITE: u64 = VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY;
/// What DWOS itself needs in the channels it makes (posting embeds included).
pub const BOT_CHANNEL: u64 = READ_WRITE | EMBED_LINKS;

/// What an ordinary member may do, and nothing more: create invites, react, stream, view,
/// send (also TTS, in threads, voice messages, polls), embed, attach, read history, external
/// emojis and stickers, connect, speak, voice activity, change their own nickname, use
/// application commands, request to speak, create threads, activities, soundboard, create
/// expressions and events (Discord gives every member these two by default), external
/// sounds and apps. Anything outside this list (Administrator, Manage anything,
/// Kick, Ban, Moderate Members, Mention Everyone, View Audit Log, Move/Mute/Deafen…) makes
/// a role unsafe to give every verified member.
pub const MEMBER_SAFE: u64 = (1 << 0)
    | (1 << 6)
    | (1 << 9)
    | (1 << 10)
    | (1 << 11)
    | (1 << 12)
    | (1 << 14)
    | (1 << 15)
    | (1 << 16)
    | (1 << 18)
    | (1 << 20)
    | (1 << 21)
    | (1 << 25)
    | (1 << 26)
    | (1 << 31)
    | (1 << 32)
    | (1 << 35)
    | (1 << 36)
    | (1 << 37)
    | (1 << 38)
    | (1 << 39)
    | (1 << 42)
    | (1 << 43)
    | (1 << 44)
    | (1 << 45)
    | (1 << 46)
    | (1 << 49)
    | (1 << 50);

/// Whether a role with these permission bits is unsafe to give every verified member: it
/// carries anything beyond [`MEMBER_SAFE`] (an allow-list, so permissions Discord adds later
/// count as unsafe until reviewed).
pub fn is_elevated(bits: u64) -> bool {
    bits & !MEMBER_SAFE != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moderator_permissions_are_elevated() {
        for (bit, name) in [
            (1u64 << 1, "Kick Members"),
            (1 << 2, "Ban Members"),
            (1 << 3, "Administrator"),
            (1 << 4, "Manage Channels"),
            (1 << 5, "Manage Server"),
            (1 << 7, "View Audit Log"),
            (1 << 13, "Manage Messages"),
            (1 << 17, "Mention Everyone"),
            (1 << 22, "Mute Members"),
            (1 << 24, "Move Members"),
            (1 << 27, "Manage Nicknames"),
            (1 << 28, "Manage Roles"),
            (1 << 29, "Manage Webhooks"),
            (1 << 30, "Manage Expressions"),
            (1 << 33, "Manage Events"),
            (1 << 34, "Manage Threads"),
            (1 << 40, "Moderate Members"),
            (1 << 60, "a permission Discord adds later"),
        ] {
            assert!(is_elevated(bit), "{name}");
        }
    }

    #[test]
    fn an_ordinary_members_permissions_are_not() {
        // View Channel, Send Messages, Read Message History, Change Nickname, Connect, Speak.
        assert!(!is_elevated((1 << 10) | (1 << 11) | (1 << 16) | (1 << 26) | (1 << 20) | (1 << 21)));
        assert!(!is_elevated(0));
    }
}
