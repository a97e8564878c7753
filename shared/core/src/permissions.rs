//! Discord permission bits DWOS reasons about, as plain numbers (no wire types here).

/// Administrator.
pub const ADMINISTRATOR: u64 = 1 << 3;
/// Kick Members.
pub const KICK_MEMBERS: u64 = 1 << 1;
/// Ban Members.
pub const BAN_MEMBERS: u64 = 1 << 2;
/// Manage Channels.
pub const MANAGE_CHANNELS: u64 = 1 << 4;
/// Manage Server.
pub const MANAGE_GUILD: u64 = 1 << 5;
/// Mention @everyone, @here and all roles.
pub const MENTION_EVERYONE: u64 = 1 << 17;
/// Manage Roles.
pub const MANAGE_ROLES: u64 = 1 << 28;

/// Permissions that must never come with a role DWOS hands out automatically: anyone who
/// verifies would gain them.
pub const ELEVATED: u64 =
    ADMINISTRATOR | KICK_MEMBERS | BAN_MEMBERS | MANAGE_CHANNELS | MANAGE_GUILD | MENTION_EVERYONE | MANAGE_ROLES;

/// Whether a role with these permission bits is unsafe to give every verified member.
pub fn is_elevated(bits: u64) -> bool {
    bits & ELEVATED != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elevated_bits_match_discords_numbering() {
        assert!(is_elevated(8), "Administrator");
        assert!(is_elevated(0x20), "Manage Server");
        assert!(is_elevated(0x1000_0000), "Manage Roles");
        assert!(is_elevated(0x2_0000), "Mention Everyone");
        // View Channel, Send Messages, Read Message History, Change Nickname.
        assert!(!is_elevated(0x400 | 0x800 | 0x1_0000 | 0x400_0000));
    }
}
