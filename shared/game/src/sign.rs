//! The `sign` field: MD5 over the sorted form fields followed by the salt.

use md5::{Digest, Md5};

/// Lowercase hex MD5 of `k=v&k=v` (keys sorted) followed directly by `salt`.
pub fn sign(fields: &[(&str, String)], salt: &str) -> String {
    let mut sorted: Vec<&(&str, String)> = fields.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(b.0));
    let joined: Vec<String> = sorted.iter().map(|(k, v)| format!("{k}={v}")).collect();
    hex::encode(Md5::digest(format!("{}{salt}", joined.join("&")).as_bytes()))
}

/// The form body: the fields plus their `sign`.
pub fn signed_form(fields: &[(&str, String)], salt: &str) -> Vec<(String, String)> {
    let mut form: Vec<(String, String)> = vec![("sign".to_owned(), sign(fields, salt))];
    form.extend(fields.iter().map(|(k, v)| ((*k).to_owned(), v.clone())));
    form
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_sorted_fields_with_the_salt() {
        let fields = [("time", "1700000000000".to_owned()), ("fid", "12345".to_owned())];
        let expected = hex::encode(Md5::digest(b"fid=12345&time=1700000000000tB87#kPtkxqOS2"));
        assert_eq!(sign(&fields, "tB87#kPtkxqOS2"), expected);
        assert_ne!(sign(&fields, "other-salt"), expected);
        assert_eq!(signed_form(&fields, "s")[0].0, "sign");
    }
}
