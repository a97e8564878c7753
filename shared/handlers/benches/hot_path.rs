//! The interactions hot path (verify + parse + route + serialize) for PING and /help,
//! beside a bare Ed25519 verify of the same bytes: the difference is DWOS's own cost.
//!
//! Run: `cargo bench -p dwos-handlers --bench hot_path`

#![allow(missing_docs, clippy::unwrap_used)]

use async_trait::async_trait;
use criterion::{Criterion, criterion_group, criterion_main};
use dwos_bus::{Queue, QueueError};
use dwos_core::Envelope;
use dwos_handlers::AppState;
use dwos_handlers::config::HttpConfig;
use dwos_handlers::http::{Answer, answer};
use dwos_i18n::Catalog;
use ed25519_dalek::{Signer, SigningKey};
use http::{HeaderMap, HeaderValue};
use std::hint::black_box;
use std::sync::Arc;
use std::time::Duration;

const TIMESTAMP: &str = "1764093600";

/// PING and /help never enqueue; a queue that refuses keeps the bench free of I/O.
struct NoQueue;

#[async_trait]
impl Queue for NoQueue {
    async fn send(&self, envelope: &Envelope) -> Result<(), QueueError> {
        Err(QueueError::NotConfigured(envelope.kind))
    }
}

fn signed(key: &SigningKey, body: &[u8]) -> (HeaderMap, String) {
    let mut message = TIMESTAMP.as_bytes().to_vec();
    message.extend_from_slice(body);
    let signature = hex::encode(key.sign(&message).to_bytes());
    let mut headers = HeaderMap::new();
    headers.insert("x-signature-ed25519", HeaderValue::from_str(&signature).unwrap());
    headers.insert("x-signature-timestamp", HeaderValue::from_static(TIMESTAMP));
    (headers, signature)
}

fn bench(c: &mut Criterion) {
    let key = SigningKey::from_bytes(&[7; 32]);
    let public = hex::encode(key.verifying_key().as_bytes());
    let config = HttpConfig::from_lookup(&|name: &str| match name {
        "DISCORD_PUBLIC_KEY" => Some(public.clone()),
        "DISCORD_APPLICATION_ID" => Some("1100000000000000001".into()),
        "SIGNATURE_MAX_AGE_SECS" => Some("0".into()),
        _ => None,
    })
    .unwrap();
    let verifier = dwos_discord::Verifier::from_hex(&public, Duration::ZERO).unwrap();
    let state = AppState {
        config,
        catalog: Arc::new(Catalog::load().unwrap()),
        queue: Arc::new(NoQueue),
        features: dwos_handlers::FEATURES,
        clock: || 0,
        enqueue_timeout: dwos_handlers::ENQUEUE_TIMEOUT,
        store: None,
    };
    let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();

    let ping = br#"{"type":1,"id":"1600000000000000001","application_id":"1100000000000000001","token":"token-1","version":1,"authorizing_integration_owners":{}}"#.to_vec();
    let help = br#"{"type":2,"id":"1600000000000000002","application_id":"1100000000000000001","token":"token-2","version":1,"authorizing_integration_owners":{"0":"1200000000000000002"},"guild_id":"1200000000000000002","channel":{"id":"1300000000000000003","type":0},"locale":"it","guild_locale":"en-US","member":{"user":{"id":"1400000000000000004","username":"frostbear","discriminator":"0","avatar":null},"roles":[],"joined_at":"2026-01-01T00:00:00.000000+00:00","deaf":false,"mute":false,"flags":0,"permissions":"2248473465835073"},"data":{"id":"1500000000000000005","name":"help","type":1}}"#.to_vec();

    for (name, body) in [("ping", &ping), ("help", &help)] {
        let (headers, signature) = signed(&key, body);
        assert!(matches!(runtime.block_on(answer(&state, &headers, body)), Answer::Json(_)));
        c.bench_function(&format!("{name}/bare_verify"), |b| {
            b.iter(|| verifier.verify(black_box(&signature), TIMESTAMP, black_box(body), 0))
        });
        c.bench_function(&format!("{name}/hot_path"), |b| {
            b.iter(|| runtime.block_on(answer(&state, black_box(&headers), black_box(body))))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
