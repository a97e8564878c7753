//! DWOS storage. One port, [`Table`], shaped like a DynamoDB single table (partition and
//! sort keys, one user index, TTL, conditional and atomic writes), with two adapters:
//! [`DynamoTable`] on AWS and [`SqliteTable`] for `dwos serve` and tests. [`Store`]
//! implements every typed operation once, on top of either. The adapters and the
//! conformance suite sit behind cargo features (`dynamo`, `sqlite`, `conformance`) so
//! each binary links only what it runs.

mod alliances;
mod community;
#[cfg(feature = "conformance")]
pub mod conformance;
#[cfg(feature = "dynamo")]
pub mod dynamo;
mod events;
mod giftcodes;
pub mod keys;
mod players;
#[cfg(feature = "sqlite")]
pub mod sqlite;
pub mod store;
pub mod table;

#[cfg(feature = "dynamo")]
pub use dynamo::{DynamoSettings, DynamoTable};
pub use giftcodes::{PENDING, Recorded, RedeemClaim};
#[cfg(feature = "sqlite")]
pub use sqlite::SqliteTable;
pub use store::Store;
pub use table::{Condition, Index, Item, Key, Table, Write};

use dwos_core::UserId;
use dwos_core::model::GameId;

/// Why a storage operation did not happen.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The game id is linked to another Discord user in this guild.
    #[error("game id {game_id} is already linked to another user")]
    GameIdTaken {
        /// The contested game id.
        game_id: GameId,
        /// Who holds it.
        holder: UserId,
    },
    /// Something with this key already exists.
    #[error("{0} already exists")]
    AlreadyExists(Key),
    /// Someone else changed the record since it was read.
    #[error("{0} was changed concurrently; read it again")]
    VersionConflict(Key),
    /// A write's condition did not hold (the table-level form of the three above); only
    /// ever a failed condition, never a collision (that is [`StoreError::Conflict`]).
    #[error("condition failed on {0}")]
    ConditionFailed(Key),
    /// A name that cannot be part of a key (empty, or containing `#`).
    #[error("invalid key part {0:?}")]
    InvalidKeyPart(String),
    /// DynamoDB kept throttling after retries.
    #[error("throttled by the table; retry later")]
    Throttled,
    /// A stored record that does not decode.
    #[error("corrupt record {key}: {reason}")]
    Corrupt {
        /// Where it is.
        key: Key,
        /// What is wrong.
        reason: String,
    },
    /// The write collided with another transaction or was throttled; retry.
    #[error("write collided with another transaction or was throttled: {0}; retry")]
    Conflict(String),
    /// Any other backend failure.
    #[error("storage backend: {0}")]
    Backend(String),
}

impl StoreError {
    /// Whether trying the same operation again may succeed (the caller should retry).
    pub fn is_transient(&self) -> bool {
        matches!(self, StoreError::Throttled | StoreError::Conflict(_) | StoreError::Backend(_))
    }
}

impl From<StoreError> for dwos_core::JobError {
    /// Throttling, transaction conflicts, backend outages and lost races are worth another
    /// delivery (it reads afresh); a corrupt record or a bad key is not.
    fn from(err: StoreError) -> Self {
        match err {
            StoreError::Corrupt { .. } | StoreError::InvalidKeyPart(_) | StoreError::GameIdTaken { .. } => {
                dwos_core::JobError::Permanent(err.to_string())
            }
            _ => dwos_core::JobError::Retry(err.to_string()),
        }
    }
}
