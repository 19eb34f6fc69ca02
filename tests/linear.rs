//! A single huge line never makes the canonicalizer quadratic: pathological
//! single lines of 4 MB (1 MB in debug builds), each of which would take
//! hours if any step rescanned what came before, finish within a generous
//! bound. Both layers: the Unicode folds and the spelling rules.

use std::time::{Duration, Instant};

use kcanon::Canonicalizer;

/// What a pathological input may take: generous for linear work, hours
/// short of quadratic work on inputs this size.
fn bound() -> Duration {
    if cfg!(debug_assertions) {
        Duration::from_secs(30)
    } else {
        Duration::from_secs(3)
    }
}

#[test]
fn pathological_inputs_stay_linear() {
    let bound = bound();
    // Quadratic work on a single 1 MB line would already take hours.
    let size = if cfg!(debug_assertions) { 1 << 20 } else { 4 << 20 };
    let c = Canonicalizer::new();
    for (name, unit) in [
        ("breve look-alikes in one long word", "ǒa"),
        ("decomposed look-alikes in one long word", "o\u{30C}a"),
        ("French in one long word", "ôé"),
        ("apostrophes in one long word", "’a"),
        ("zero-width run", "\u{200B}"),
        ("zero-width inside one long word", "a\u{200B}"),
        ("combining marks on one letter", "\u{301}\u{A9C0}"),
        ("NFD Hangul without spaces", "\u{1112}\u{1161}\u{11AB}"),
        ("syllable + final without spaces", "가\u{11A8}"),
        ("full-width letters", "Ａ"),
        ("no-break spaces", "\u{A0}"),
        // The spelling layer: runs of ㄹ-syllables, endless compounds, words
        // that split at every dependent noun, lexicon starts without end.
        ("ㄹ-syllables without spaces", "로력"),
        ("ㄹ-syllables as words", "렬 "),
        ("an endless compound", "국회련맹작전령역"),
        ("an endless foreign compound", "로씨야싸이버쎈터"),
        ("dependent nouns without spaces", "하는것할수"),
        ("여 after stems without end", "되였"),
        ("quotation marks", "《〈"),
        ("commas between words", "가,"),
        ("a line broken in every word", "가\n"),
    ] {
        let input = unit.repeat(size / unit.len());
        let started = Instant::now();
        let out = c.canonicalize(&input);
        let explained = c.explain(&input);
        let took = started.elapsed();
        assert_eq!(out, explained.output);
        eprintln!("{name}: {} MB in {took:?}", input.len() >> 20);
        assert!(took < bound, "{name}: {took:?} for {} bytes", input.len());
    }
}

/// The same for names: one huge name never makes `hangul`, `key` or
/// `compare` quadratic (a title looked for at every suffix of a long word
/// once was).
#[test]
fn pathological_names_stay_linear() {
    use kcanon::names::{compare, hangul, key};
    let bound = bound();
    let size = if cfg!(debug_assertions) { 1 << 18 } else { 1 << 20 };
    for (name, unit, tail) in [
        ("one long Hangul word before a joined title", "김", "동지께서는"),
        ("Hangul words before a title", "김정 ", "위원장의"),
        (
            "titles of something before a name",
            "Minister of the ",
            "Kim Jong Un",
        ),
        ("one long Latin word", "kim", ""),
        ("Latin words", "Kim ", "Jong Un"),
        ("epithets before a name", "경애하는 ", "김정은동지"),
        ("a name in both scripts, parted", "Kim / 김 | ", "김정은"),
        ("diacritics", "ö", " Kim"),
    ] {
        let input = unit.repeat(size / unit.len()) + tail;
        let started = Instant::now();
        let read = hangul(&input);
        let keyed = key(&input);
        let same = compare(&input, "김정은");
        let took = started.elapsed();
        eprintln!(
            "{name}: {} KB in {took:?} ({} readings, key of {} bytes, {same:?})",
            input.len() >> 10,
            read.len(),
            keyed.len()
        );
        assert!(took < bound, "{name}: {took:?} for {} bytes", input.len());
    }
}
