//! The properties every input must satisfy, shared by the property tests,
//! the fuzz target (`fuzz/fuzz_targets/canonicalize.rs` includes this file)
//! and the replay of committed fuzz findings. Panics on a violation.

use std::borrow::Cow;

use kcanon::Canonicalizer;

/// All API paths agree, the output is NFC and a fixed point, and applying
/// `explain`'s changes to the input gives the output.
pub fn check_canonicalize(c: &Canonicalizer, input: &str) {
    let out = c.canonicalize(input);
    let mut to = String::new();
    c.canonicalize_to(input, &mut to).unwrap();
    let e = c.explain(input);
    assert_eq!(*out, to, "canonicalize and canonicalize_to disagree on {input:?}");
    assert_eq!(*out, e.output, "canonicalize and explain disagree on {input:?}");
    assert!(
        unicode_normalization::is_nfc(&out),
        "output not NFC: {out:?} from {input:?}"
    );
    assert_eq!(
        matches!(out, Cow::Borrowed(_)),
        e.changes.is_empty(),
        "borrowed exactly when nothing changes: {input:?}"
    );
    let again = c.canonicalize(&out);
    assert_eq!(again, out, "not idempotent on {input:?}");
    assert!(
        matches!(again, Cow::Borrowed(_)),
        "canonical output not borrowed: {out:?}"
    );

    let mut rebuilt = String::new();
    let mut at = 0;
    for ch in &e.changes {
        assert!(
            at <= ch.start && ch.start <= ch.end && ch.end <= input.len(),
            "bad span {ch:?}"
        );
        assert!(ch.start < ch.end || !ch.to.is_empty(), "empty change {ch:?}");
        assert_eq!(
            input.get(ch.start..ch.end),
            Some(ch.from.as_str()),
            "from is not input[span]"
        );
        assert_ne!(ch.from, ch.to, "a change that changes nothing: {ch:?}");
        rebuilt.push_str(&input[at..ch.start]);
        rebuilt.push_str(&ch.to);
        at = ch.end;
    }
    rebuilt.push_str(&input[at..]);
    assert_eq!(
        rebuilt, e.output,
        "applying the changes to {input:?} does not give the output"
    );
}

/// The canonicalizer for one of 256 option sets, from the bits: width,
/// spaces, zero-width, romanization marks, spacing, lexicon, DPRK target,
/// ROK surnames (vocabulary and designations on some combinations).
pub fn canonicalizer_from_bits(bits: u8) -> Canonicalizer {
    Canonicalizer::builder()
        .fold_width(bits & 1 != 0)
        .fold_spaces(bits & 2 != 0)
        .remove_zero_width(bits & 4 != 0)
        .fold_romanization_marks(bits & 8 != 0)
        .spacing(bits & 16 != 0)
        .lexicon(bits & 32 != 0)
        .target(if bits & 64 != 0 {
            kcanon::Target::Dprk
        } else {
            kcanon::Target::Rok
        })
        .rok_surnames(bits & 128 != 0)
        .vocabulary(bits & 96 == 96)
        .designations(bits & 160 == 160)
        .build()
}
