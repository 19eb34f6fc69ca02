//! Replays every input the fuzzer ever found (`fuzz/regressions/<target>/`)
//! through the same checks, so a fixed crash stays fixed on stable.

#[path = "common/check.rs"]
mod check;

use std::path::Path;

/// Calls `check` on every input of `fuzz/regressions/<target>/` (its
/// README aside) and fails if there is none.
fn replay(target: &str, mut check: impl FnMut(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "md") {
            continue;
        }
        check(&std::fs::read(&path).unwrap());
        n += 1;
    }
    assert!(n > 0, "no regression inputs in {}", dir.display());
}

#[test]
fn canonicalize_regressions_replay() {
    replay("canonicalize", |data| {
        let Some((&bits, rest)) = data.split_first() else {
            return;
        };
        let text = String::from_utf8_lossy(rest);
        check::check_canonicalize(&kcanon::Canonicalizer::new(), &text);
        let c = check::canonicalizer_from_bits(bits);
        check::check_canonicalize(&c, &text);
    });
}

#[test]
fn spelling_regressions_replay() {
    replay("spelling", check::check_spelling);
}

#[test]
fn names_regressions_replay() {
    replay("names", check::check_names);
}
