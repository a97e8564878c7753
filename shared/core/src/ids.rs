//! Typed Discord snowflakes, so a user id can never be passed where a guild id belongs.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

macro_rules! snowflake {
    ($(#[$doc:meta] $name:ident),* $(,)?) => {$(
        #[$doc]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u64);

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        // Discord writes snowflakes as strings because JavaScript loses precision past 2^53.
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(&self.0)
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map($name).map_err(serde::de::Error::custom)
            }
        }
    )*};
}

snowflake! {
    /// A Discord server (guild): each guild is one DWOS tenant.
    GuildId,
    /// A Discord user.
    UserId,
    /// A Discord channel.
    ChannelId,
    /// A message in a channel.
    MessageId,
    /// A Discord application (the bot).
    ApplicationId,
    /// One interaction; also the correlation id of everything it causes.
    InteractionId,
    /// A guild role.
    RoleId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snowflakes_travel_as_strings() {
        let json = serde_json::to_string(&GuildId(613425648685547541)).unwrap();
        assert_eq!(json, "\"613425648685547541\"");
        let back: GuildId = serde_json::from_str(&json).unwrap();
        assert_eq!(back, GuildId(613425648685547541));
        assert!(serde_json::from_str::<GuildId>("\"12a\"").is_err());
    }
}
