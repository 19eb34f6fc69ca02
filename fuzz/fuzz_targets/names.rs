//! Names: no panic on any input; `compare` symmetric and `compare(x, x)`
//! the same name, and `Name::compare` of the read names the same verdict;
//! `key` stable under Unicode folding, case and hyphens; `hangul`'s scores
//! a distribution.
#![no_main]

use kcanon::names::{compare, hangul, key, Name};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let (a, b) = text.split_once('\t').unwrap_or((&text, ""));
    let candidates = hangul(a);
    let total: f64 = candidates.iter().map(|c| c.score).sum();
    assert!(
        candidates.is_empty() || (total - 1.0).abs() < 1e-6,
        "{a:?}: {total}"
    );
    assert!(candidates.iter().all(|c| c.score > 0.0 && c.score <= 1.0));

    let (ab, ba) = (compare(a, b), compare(b, a));
    assert_eq!(ab, ba, "{a:?} | {b:?}");
    assert!((0.0..=1.0).contains(&ab.score));
    let (na, nb) = (Name::new(a), Name::new(b));
    assert_eq!(na.compare(&nb), ab, "{a:?} | {b:?}: Name::compare");
    assert_eq!(nb.compare(&na), ab, "{a:?} | {b:?}: Name::compare");
    assert_eq!(na.key(), key(a), "{a:?}: Name::key");
    if a.chars().any(char::is_alphanumeric) {
        assert!(compare(a, a).same, "{a:?}");
    }

    let k = key(a);
    // The Unicode folds (the spelling layer is not a folding: 량 → 양 is a
    // different key by design, the DPRK and ROK forms of a surname aside).
    let folded = kcanon::Canonicalizer::unicode().canonicalize(a);
    assert_eq!(key(&folded), k, "{a:?}: folding");
    if a.chars().all(|c| c.is_ascii()) {
        assert_eq!(key(&a.to_ascii_uppercase()), k, "{a:?}: upper case");
        assert_eq!(key(&a.to_ascii_lowercase()), k, "{a:?}: lower case");
        assert_eq!(key(&a.replace('-', "")), k, "{a:?}: hyphens");
    }
});
