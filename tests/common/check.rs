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

/// The particles the round trips put after a word: none, 을/를, 이/가, 에서,
/// 들의, 과/와, 으로/로, 만.
pub const PARTICLES: usize = 8;

/// `word` with particle `pick` (of [`PARTICLES`]) in the form its last
/// syllable takes: 을 after a consonant, 를 after a vowel; 로 after a vowel
/// or ㄹ.
pub fn with_particle(word: &str, pick: usize) -> String {
    let last = word
        .chars()
        .next_back()
        .map_or(0, |c| (c as u32).wrapping_sub(0xAC00));
    let final_ = if last < 11_172 { last % 28 } else { 0 };
    let consonant = final_ != 0;
    let particle = match pick % PARTICLES {
        0 => "",
        1 if consonant => "을",
        1 => "를",
        2 if consonant => "이",
        2 => "가",
        3 => "에서",
        4 => "들의",
        5 if consonant => "과",
        5 => "와",
        6 if consonant && final_ != 8 => "으로",
        6 => "로",
        _ => "만",
    };
    format!("{word}{particle}")
}

/// The ROK words of the lexicon's same-word rows, one word each.
fn lexicon_rok_words() -> &'static [&'static str] {
    static WORDS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        include_str!("../../tables/spelling_lexicon.tsv")
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut f = line.split('\t');
                let (_, rok, kind) = (f.next()?, f.next()?, f.next()?);
                (kind == "rok_spelling_of_same_word" && !rok.contains(' ')).then_some(rok)
            })
            .collect()
    })
}

/// The spelling layer on fuzz data: two bytes pick a lexicon word and a
/// particle; `--to dprk` then `--to rok` gives the word back exactly; with
/// the rest of the data around it, both directions are fixed points.
pub fn check_spelling(data: &[u8]) {
    let [pick, pick2, rest @ ..] = data else {
        return;
    };
    let words = lexicon_rok_words();
    let word = words[(usize::from(*pick) << 8 | usize::from(*pick2)) * 7 % words.len()];
    let to_dprk = Canonicalizer::builder().target(kcanon::Target::Dprk).build();
    let to_rok = Canonicalizer::new();

    let rok = with_particle(word, usize::from(*pick));
    let there = to_dprk.canonicalize(&rok);
    assert_eq!(to_rok.canonicalize(&there), rok, "{rok} → {there} → back");

    let text = String::from_utf8_lossy(rest);
    let around = format!("{text} {rok} {text}");
    for c in [&to_dprk, &to_rok] {
        let once = c.canonicalize(&around).into_owned();
        assert_eq!(c.canonicalize(&once), once, "not idempotent on {around:?}");
    }
    // The filters that pass over words are exact: reading every word in
    // full changes nothing.
    let unfiltered = Canonicalizer::builder().unfiltered(true).build();
    assert_eq!(
        unfiltered.canonicalize(&around),
        to_rok.canonicalize(&around),
        "the filters changed the output of {around:?}"
    );
    // (Reading every word in full is the most work the ROK direction does;
    // one input in eight, as the text many times over is slow to read.)
    #[cfg(fuzzing)]
    if pick % 8 == 0 {
        for c in [&unfiltered, &to_dprk] {
            check_linear(c, &text);
        }
    }
}

/// Linear time, in the spelling layer's steps (counted under `--cfg
/// fuzzing`): no byte of `text` costs more than a bounded number of steps
/// (the corpora take under 2 a byte, the adversarial lines of
/// `tests/linear.rs` under 6), and the text many times over, a space apart,
/// costs about as many times the steps of one copy (nothing rereads what
/// came before).
#[cfg(fuzzing)]
fn check_linear(c: &Canonicalizer, text: &str) {
    const PER_BYTE: u64 = 64;
    let unit = format!("{text} ");
    let copies = (4_096 / unit.len()).clamp(2, 64);
    let _ = kcanon::spelling_steps();
    c.canonicalize(&unit);
    let one = kcanon::spelling_steps();
    assert!(
        one <= PER_BYTE * unit.len() as u64 + 256,
        "{one} steps for {} bytes: {text:?}",
        unit.len()
    );
    c.canonicalize(&unit.repeat(copies));
    let many = kcanon::spelling_steps();
    assert!(
        many <= 2 * copies as u64 * (one + 16),
        "{many} steps for {copies} copies of {one}: {text:?}"
    );
}

/// Names: no panic; `compare` symmetric and `compare(x, x)` the same name;
/// `Name::compare` of the read names the same verdict; `key` stable under
/// the Unicode folds, case and hyphens; `hangul`'s scores a distribution.
/// The input is two names, tab-separated.
pub fn check_names(data: &[u8]) {
    use kcanon::names::{compare, hangul, key, Name};

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
    if a.is_ascii() {
        assert_eq!(key(&a.to_ascii_uppercase()), k, "{a:?}: upper case");
        assert_eq!(key(&a.to_ascii_lowercase()), k, "{a:?}: lower case");
        assert_eq!(key(&a.replace('-', "")), k, "{a:?}: hyphens");
    }
}
