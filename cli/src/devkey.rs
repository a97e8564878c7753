//! Development Ed25519 keys: sign requests the way Discord does, for local use and fixtures.

use ed25519_dalek::{Signer, SigningKey};

/// The seed of the key that signs events/ — public on purpose, never for a real app.
pub const FIXTURE_SEED: [u8; 32] = *b"dwos-development-key-not-secret!";

/// A key that is not 32 bytes of hex.
#[derive(Debug, thiserror::Error)]
#[error("a signing key is 64 hex digits (the seed printed by `dwos keygen`)")]
pub struct BadKey;

/// A development signing key.
pub struct DevKey(SigningKey);

impl DevKey {
    /// A fresh random key.
    pub fn generate() -> Result<Self, getrandom::Error> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed)?;
        Ok(Self(SigningKey::from_bytes(&seed)))
    }

    /// The fixed key that signs events/.
    pub fn fixture() -> Self {
        Self(SigningKey::from_bytes(&FIXTURE_SEED))
    }

    /// A key from its hex seed.
    pub fn from_hex(seed_hex: &str) -> Result<Self, BadKey> {
        let mut seed = [0u8; 32];
        hex::decode_to_slice(seed_hex.trim(), &mut seed).map_err(|_| BadKey)?;
        Ok(Self(SigningKey::from_bytes(&seed)))
    }

    /// The seed as hex (what `DWOS_DEV_SIGNING_KEY` holds).
    pub fn seed_hex(&self) -> String {
        hex::encode(self.0.to_bytes())
    }

    /// The public key as hex (what `DISCORD_PUBLIC_KEY` holds).
    pub fn public_hex(&self) -> String {
        hex::encode(self.0.verifying_key().as_bytes())
    }

    /// Discord's signature over `timestamp` followed by `body`, as hex.
    pub fn sign(&self, timestamp: &str, body: &[u8]) -> String {
        let mut message = Vec::with_capacity(timestamp.len() + body.len());
        message.extend_from_slice(timestamp.as_bytes());
        message.extend_from_slice(body);
        hex::encode(self.0.sign(&message).to_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dwos_discord::Verifier;
    use std::time::Duration;

    #[test]
    fn signatures_pass_the_real_verifier() {
        let key = DevKey::generate().unwrap();
        let again = DevKey::from_hex(&key.seed_hex()).unwrap();
        assert_eq!(again.public_hex(), key.public_hex());
        let verifier = Verifier::from_hex(&key.public_hex(), Duration::ZERO).unwrap();
        assert_eq!(verifier.verify(&key.sign("123", b"{}"), "123", b"{}", 0), Ok(()));
        assert!(DevKey::from_hex("abc").is_err());
    }
}
