//! The Discord REST port: what the workers ask of Discord, so tests and other adapters can
//! stand in for [`RestClient`].

use crate::message::MessageBody;
use crate::rest::{ChannelSummary, GuildCounts, NewChannel, Overwrite, RestClient, RestError, RoleSummary};
use async_trait::async_trait;
use dwos_core::{ApplicationId, ChannelId, GuildId, InteractionToken, JobError, MessageId, RoleId, UserId};

/// Discord's REST API as DWOS uses it.
#[async_trait]
pub trait DiscordApi: Send + Sync {
    /// A guild's name and approximate counts.
    async fn guild_counts(&self, guild: GuildId) -> Result<GuildCounts, RestError>;
    /// Replaces the interaction's first (deferred) reply.
    async fn edit_original(
        &self,
        application: ApplicationId,
        token: &InteractionToken,
        body: &MessageBody,
    ) -> Result<(), RestError>;
    /// Replaces the interaction's first reply, with one file attached.
    async fn edit_original_with_file(
        &self,
        application: ApplicationId,
        token: &InteractionToken,
        body: &MessageBody,
        filename: &str,
        bytes: &[u8],
    ) -> Result<(), RestError>;
    /// Takes a role from a member.
    async fn remove_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError>;
    /// Every role of a guild, with permissions and position.
    async fn roles(&self, guild: GuildId) -> Result<Vec<RoleSummary>, RestError>;
    /// Creates a role with no permissions.
    async fn create_role(&self, guild: GuildId, name: &str) -> Result<RoleSummary, RestError>;
    /// The roles a member has.
    async fn member_roles(&self, guild: GuildId, user: UserId) -> Result<Vec<RoleId>, RestError>;
    /// Gives a member a role.
    async fn add_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError>;
    /// Sets a member's server nickname.
    async fn set_nickname(&self, guild: GuildId, user: UserId, nick: &str) -> Result<(), RestError>;
    /// Posts a message in a channel; its id.
    async fn send_message(&self, channel: ChannelId, body: &MessageBody) -> Result<MessageId, RestError>;

    /// Replaces a message DWOS posted.
    async fn edit_message(&self, channel: ChannelId, message: MessageId, body: &MessageBody) -> Result<(), RestError>;

    /// The DM channel with a user.
    async fn open_dm(&self, user: UserId) -> Result<ChannelId, RestError>;

    /// Deletes a role (one already gone is not an error).
    async fn delete_role(&self, guild: GuildId, role: RoleId) -> Result<(), RestError>;
    /// Every channel of a guild.
    async fn channels(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError>;
    /// Creates a channel or category.
    async fn create_channel(&self, guild: GuildId, channel: &NewChannel) -> Result<ChannelSummary, RestError>;
    /// Deletes a channel (one already gone is not an error).
    async fn delete_channel(&self, channel: ChannelId) -> Result<(), RestError>;
    /// Sets one permission overwrite on a channel.
    async fn set_overwrite(&self, channel: ChannelId, overwrite: &Overwrite) -> Result<(), RestError>;
    /// Starts a thread in a text channel.
    async fn create_thread(&self, parent: ChannelId, name: &str, private: bool) -> Result<ChannelSummary, RestError>;
    /// The guild's active threads.
    async fn active_threads(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError>;
    /// Adds a member to a thread.
    async fn add_thread_member(&self, thread: ChannelId, user: UserId) -> Result<(), RestError>;
    /// How many messages a thread holds.
    async fn message_count(&self, channel: ChannelId) -> Result<u64, RestError>;
    /// Changes a channel's name, or archives and locks a thread.
    async fn modify_channel(&self, channel: ChannelId, changes: &serde_json::Value) -> Result<(), RestError>;
}

fn to_value(body: &MessageBody) -> serde_json::Value {
    // A MessageBody holds strings, numbers and twilight types that always serialize.
    serde_json::to_value(body).unwrap_or_default()
}

#[async_trait]
impl DiscordApi for RestClient {
    async fn guild_counts(&self, guild: GuildId) -> Result<GuildCounts, RestError> {
        RestClient::guild_counts(self, guild).await
    }

    async fn edit_original(
        &self,
        application: ApplicationId,
        token: &InteractionToken,
        body: &MessageBody,
    ) -> Result<(), RestError> {
        self.edit_original_with(application, token, &to_value(body)).await
    }

    async fn edit_original_with_file(
        &self,
        application: ApplicationId,
        token: &InteractionToken,
        body: &MessageBody,
        filename: &str,
        bytes: &[u8],
    ) -> Result<(), RestError> {
        RestClient::edit_original_with_file(self, application, token, &to_value(body), filename, bytes).await
    }

    async fn remove_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError> {
        RestClient::remove_member_role(self, guild, user, role).await
    }

    async fn roles(&self, guild: GuildId) -> Result<Vec<RoleSummary>, RestError> {
        RestClient::roles(self, guild).await
    }

    async fn create_role(&self, guild: GuildId, name: &str) -> Result<RoleSummary, RestError> {
        RestClient::create_role(self, guild, name).await
    }

    async fn member_roles(&self, guild: GuildId, user: UserId) -> Result<Vec<RoleId>, RestError> {
        RestClient::member_roles(self, guild, user).await
    }

    async fn add_member_role(&self, guild: GuildId, user: UserId, role: RoleId) -> Result<(), RestError> {
        RestClient::add_member_role(self, guild, user, role).await
    }

    async fn set_nickname(&self, guild: GuildId, user: UserId, nick: &str) -> Result<(), RestError> {
        RestClient::set_nickname(self, guild, user, nick).await
    }

    async fn send_message(&self, channel: ChannelId, body: &MessageBody) -> Result<MessageId, RestError> {
        self.send_message_with(channel, &to_value(body)).await
    }

    async fn edit_message(&self, channel: ChannelId, message: MessageId, body: &MessageBody) -> Result<(), RestError> {
        self.edit_message_with(channel, message, &to_value(body)).await
    }

    async fn open_dm(&self, user: UserId) -> Result<ChannelId, RestError> {
        RestClient::open_dm(self, user).await
    }

    async fn delete_role(&self, guild: GuildId, role: RoleId) -> Result<(), RestError> {
        RestClient::delete_role(self, guild, role).await
    }

    async fn channels(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError> {
        RestClient::channels(self, guild).await
    }

    async fn create_channel(&self, guild: GuildId, channel: &NewChannel) -> Result<ChannelSummary, RestError> {
        RestClient::create_channel(self, guild, channel).await
    }

    async fn delete_channel(&self, channel: ChannelId) -> Result<(), RestError> {
        RestClient::delete_channel(self, channel).await
    }

    async fn set_overwrite(&self, channel: ChannelId, overwrite: &Overwrite) -> Result<(), RestError> {
        RestClient::set_overwrite(self, channel, overwrite).await
    }

    async fn create_thread(&self, parent: ChannelId, name: &str, private: bool) -> Result<ChannelSummary, RestError> {
        RestClient::create_thread(self, parent, name, private).await
    }

    async fn active_threads(&self, guild: GuildId) -> Result<Vec<ChannelSummary>, RestError> {
        RestClient::active_threads(self, guild).await
    }

    async fn add_thread_member(&self, thread: ChannelId, user: UserId) -> Result<(), RestError> {
        RestClient::add_thread_member(self, thread, user).await
    }

    async fn message_count(&self, channel: ChannelId) -> Result<u64, RestError> {
        RestClient::message_count(self, channel).await
    }

    async fn modify_channel(&self, channel: ChannelId, changes: &serde_json::Value) -> Result<(), RestError> {
        RestClient::modify_channel(self, channel, changes).await
    }
}

impl From<RestError> for JobError {
    /// Rate limits, 5xx and unreachable Discord are worth another delivery; a 4xx (an
    /// expired interaction token answers 404 Unknown Webhook or 401, a missing permission
    /// 403) fails the same way every time.
    fn from(err: RestError) -> Self {
        if err.is_transient() { JobError::Retry(err.to_string()) } else { JobError::Permanent(err.to_string()) }
    }
}
