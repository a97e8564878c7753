//! The conformance suite on the SQLite adapter.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use dwos_store::{SqliteTable, Store};
use std::sync::Arc;

async fn store() -> (Store, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let table = SqliteTable::open(&dir.path().join("dwos.db")).expect("open SQLite");
    (Store::new(Arc::new(table)), dir)
}

dwos_store::conformance_tests!(store);

#[tokio::test]
async fn a_row_that_is_not_json_is_reported_with_its_key() {
    let (store, dir) = store().await;
    let table = SqliteTable::open(&dir.path().join("dwos.db")).expect("second connection");
    let key = dwos_store::keys::player(dwos_core::GuildId(1), dwos_core::UserId(2));
    table.put_raw(key.clone(), "{not json".into()).await.expect("raw write");
    match store.player(dwos_core::GuildId(1), dwos_core::UserId(2)).await {
        Err(dwos_store::StoreError::Corrupt { key: reported, .. }) => assert_eq!(reported, key),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    assert!(store.players(dwos_core::GuildId(1)).await.expect("listing survives").is_empty());
}

#[tokio::test]
async fn a_new_link_replaces_a_row_that_is_not_json() {
    let (store, dir) = store().await;
    let table = SqliteTable::open(&dir.path().join("dwos.db")).expect("second connection");
    let (guild, user) = (dwos_core::GuildId(1), dwos_core::UserId(2));
    table.put_raw(dwos_store::keys::player(guild, user), "{not json".into()).await.expect("raw write");
    let link = dwos_store::conformance::link(guild, 2, 9);
    let refresh = dwos_core::model::PlayerLink { version: 4, ..link.clone() };
    let refused = store.link_player(&refresh).await.unwrap_err();
    assert!(matches!(refused, dwos_store::StoreError::Corrupt { .. }), "a refresh never read it: {refused:?}");
    let stored = store.link_player(&link).await.expect("a new verification replaces it");
    assert_eq!(store.player(guild, user).await.expect("readable"), Some(stored));
}
