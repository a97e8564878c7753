//! Ed25519 request signatures, exactly as Discord signs interactions.
//!
//! Discord signs `X-Signature-Timestamp` bytes followed by the raw body with the
//! application's key; the public half is shown in the developer portal as hex.

use ed25519_dalek::{PUBLIC_KEY_LENGTH, SIGNATURE_LENGTH, Signature, VerifyingKey};
use http::HeaderMap;
use std::time::Duration;

/// Header carrying the hex signature.
pub const SIGNATURE_HEADER: &str = "x-signature-ed25519";
/// Header carrying the signed timestamp (Unix seconds).
pub const TIMESTAMP_HEADER: &str = "x-signature-timestamp";

/// A public key that cannot be used.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Not hexadecimal.
    #[error("not hexadecimal")]
    NotHex,
    /// Hex of the wrong size.
    #[error("expected {PUBLIC_KEY_LENGTH} bytes (64 hex digits), got {0} bytes")]
    WrongLength(usize),
    /// 32 bytes that are not an Ed25519 point.
    #[error("not a valid Ed25519 public key")]
    NotAKey,
}

/// Why a request is refused; every variant means 401 with an empty body.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum SignatureError {
    /// A signature header is absent.
    #[error("missing header {0}")]
    MissingHeader(&'static str),
    /// A signature header is present more than once.
    #[error("duplicated header {0}")]
    DuplicateHeader(&'static str),
    /// A header value that is not visible ASCII.
    #[error("header {0} is not text")]
    NotText(&'static str),
    /// Not 64 bytes of hex.
    #[error("malformed signature")]
    MalformedSignature,
    /// Not a Unix time in seconds.
    #[error("malformed timestamp")]
    MalformedTimestamp,
    /// Outside the accepted window: a replay, or a badly wrong clock.
    #[error("timestamp outside the accepted window")]
    Stale,
    /// Well-formed, but not made by the application's key over these bytes.
    #[error("signature does not match")]
    Mismatch,
}

/// Checks Discord's signature on incoming requests.
#[derive(Clone, Debug)]
pub struct Verifier {
    key: VerifyingKey,
    max_age: Duration,
}

impl Verifier {
    /// A verifier for the application's hex public key; a zero `max_age` turns the
    /// timestamp window off (for replaying recorded fixtures).
    pub fn from_hex(public_key_hex: &str, max_age: Duration) -> Result<Self, KeyError> {
        let bytes = hex::decode(public_key_hex.trim()).map_err(|_| KeyError::NotHex)?;
        let bytes: [u8; PUBLIC_KEY_LENGTH] =
            bytes.as_slice().try_into().map_err(|_| KeyError::WrongLength(bytes.len()))?;
        let key = VerifyingKey::from_bytes(&bytes).map_err(|_| KeyError::NotAKey)?;
        Ok(Self { key, max_age })
    }

    /// The key as hex, as the developer portal shows it.
    pub fn public_key_hex(&self) -> String {
        hex::encode(self.key.as_bytes())
    }

    /// Verifies a request from its headers and raw (already base64-decoded) body.
    pub fn verify_request(&self, headers: &HeaderMap, body: &[u8], now_unix: u64) -> Result<(), SignatureError> {
        let signature = single_header(headers, SIGNATURE_HEADER)?;
        let timestamp = single_header(headers, TIMESTAMP_HEADER)?;
        self.verify(signature, timestamp, body, now_unix)
    }

    /// Verifies a hex signature over `timestamp` followed by `body`.
    pub fn verify(
        &self,
        signature_hex: &str,
        timestamp: &str,
        body: &[u8],
        now_unix: u64,
    ) -> Result<(), SignatureError> {
        let mut raw = [0u8; SIGNATURE_LENGTH];
        hex::decode_to_slice(signature_hex, &mut raw).map_err(|_| SignatureError::MalformedSignature)?;
        if !self.max_age.is_zero() {
            let signed_at: u64 = timestamp.parse().map_err(|_| SignatureError::MalformedTimestamp)?;
            if now_unix.abs_diff(signed_at) > self.max_age.as_secs() {
                return Err(SignatureError::Stale);
            }
        }
        let mut message = Vec::with_capacity(timestamp.len() + body.len());
        message.extend_from_slice(timestamp.as_bytes());
        message.extend_from_slice(body);
        self.key.verify_strict(&message, &Signature::from_bytes(&raw)).map_err(|_| SignatureError::Mismatch)
    }
}

fn single_header<'a>(headers: &'a HeaderMap, name: &'static str) -> Result<&'a str, SignatureError> {
    let mut values = headers.get_all(name).iter();
    let value = values.next().ok_or(SignatureError::MissingHeader(name))?;
    if values.next().is_some() {
        return Err(SignatureError::DuplicateHeader(name));
    }
    value.to_str().map_err(|_| SignatureError::NotText(name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ed25519_dalek::{Signer, SigningKey};
    use http::HeaderValue;

    const NOW: u64 = 1_764_000_000;
    const BODY: &[u8] = br#"{"type":1,"id":"1","application_id":"2","token":"t"}"#;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32])
    }

    fn verifier(window: u64) -> Verifier {
        Verifier::from_hex(&hex::encode(key(7).verifying_key().as_bytes()), Duration::from_secs(window)).unwrap()
    }

    fn sign(signer: &SigningKey, timestamp: &str, body: &[u8]) -> String {
        let mut message = timestamp.as_bytes().to_vec();
        message.extend_from_slice(body);
        hex::encode(signer.sign(&message).to_bytes())
    }

    fn headers(signature: &str, timestamp: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(SIGNATURE_HEADER, HeaderValue::from_str(signature).unwrap());
        headers.insert(TIMESTAMP_HEADER, HeaderValue::from_str(timestamp).unwrap());
        headers
    }

    #[test]
    fn accepts_a_genuine_request() {
        let ts = NOW.to_string();
        let h = headers(&sign(&key(7), &ts, BODY), &ts);
        assert_eq!(verifier(300).verify_request(&h, BODY, NOW), Ok(()));
    }

    #[test]
    fn rejects_missing_headers() {
        let ts = NOW.to_string();
        let sig = sign(&key(7), &ts, BODY);
        let mut h = headers(&sig, &ts);
        h.remove(SIGNATURE_HEADER);
        assert_eq!(verifier(300).verify_request(&h, BODY, NOW), Err(SignatureError::MissingHeader(SIGNATURE_HEADER)));
        let mut h = headers(&sig, &ts);
        h.remove(TIMESTAMP_HEADER);
        assert_eq!(verifier(300).verify_request(&h, BODY, NOW), Err(SignatureError::MissingHeader(TIMESTAMP_HEADER)));
    }

    #[test]
    fn rejects_duplicated_headers() {
        let ts = NOW.to_string();
        let sig = sign(&key(7), &ts, BODY);
        for name in [SIGNATURE_HEADER, TIMESTAMP_HEADER] {
            let mut h = headers(&sig, &ts);
            let again = h.get(name).unwrap().clone();
            h.append(name, again);
            assert_eq!(verifier(300).verify_request(&h, BODY, NOW), Err(SignatureError::DuplicateHeader(name)));
        }
    }

    #[test]
    fn rejects_malformed_signatures() {
        let ts = NOW.to_string();
        let sig = sign(&key(7), &ts, BODY);
        let not_hex = format!("zz{}", &sig[2..]);
        for bad in [not_hex.as_str(), &sig[..126], &format!("{sig}00"), ""] {
            assert_eq!(verifier(300).verify(bad, &ts, BODY, NOW), Err(SignatureError::MalformedSignature), "{bad}");
        }
    }

    #[test]
    fn rejects_another_key() {
        let ts = NOW.to_string();
        assert_eq!(verifier(300).verify(&sign(&key(8), &ts, BODY), &ts, BODY, NOW), Err(SignatureError::Mismatch));
    }

    #[test]
    fn rejects_any_changed_byte_of_body_or_timestamp() {
        let ts = NOW.to_string();
        let sig = sign(&key(7), &ts, BODY);
        for i in 0..BODY.len() {
            let mut body = BODY.to_vec();
            body[i] ^= 1;
            assert_eq!(verifier(300).verify(&sig, &ts, &body, NOW), Err(SignatureError::Mismatch), "byte {i}");
        }
        let changed_ts = (NOW + 1).to_string();
        assert_eq!(verifier(300).verify(&sig, &changed_ts, BODY, NOW), Err(SignatureError::Mismatch));
        assert_eq!(verifier(300).verify(&sig, &ts, b"", NOW), Err(SignatureError::Mismatch));
    }

    #[test]
    fn rejects_stale_and_future_timestamps_within_window_only() {
        let old = (NOW - 301).to_string();
        let sig = sign(&key(7), &old, BODY);
        assert_eq!(verifier(300).verify(&sig, &old, BODY, NOW), Err(SignatureError::Stale));
        let future = (NOW + 301).to_string();
        let sig_future = sign(&key(7), &future, BODY);
        assert_eq!(verifier(300).verify(&sig_future, &future, BODY, NOW), Err(SignatureError::Stale));
        let edge = (NOW - 300).to_string();
        assert_eq!(verifier(300).verify(&sign(&key(7), &edge, BODY), &edge, BODY, NOW), Ok(()));
        // Window 0 replays fixtures signed long ago.
        assert_eq!(verifier(0).verify(&sig, &old, BODY, NOW), Ok(()));
    }

    #[test]
    fn rejects_non_numeric_timestamps_when_the_window_is_on() {
        let sig = sign(&key(7), "yesterday", BODY);
        assert_eq!(verifier(300).verify(&sig, "yesterday", BODY, NOW), Err(SignatureError::MalformedTimestamp));
    }

    #[test]
    fn rejects_non_text_header_values() {
        let ts = NOW.to_string();
        let mut h = headers(&sign(&key(7), &ts, BODY), &ts);
        h.insert(TIMESTAMP_HEADER, HeaderValue::from_bytes(&[0xff, 0x31]).unwrap());
        assert_eq!(verifier(300).verify_request(&h, BODY, NOW), Err(SignatureError::NotText(TIMESTAMP_HEADER)));
    }

    #[test]
    fn refuses_unusable_public_keys() {
        let window = Duration::ZERO;
        assert_eq!(Verifier::from_hex("xyz", window).unwrap_err(), KeyError::NotHex);
        assert_eq!(Verifier::from_hex("abcd", window).unwrap_err(), KeyError::WrongLength(2));
        assert!(Verifier::from_hex(&hex::encode(key(1).verifying_key().as_bytes()), window).is_ok());
    }
}
