//! The properties the fuzz target checks, as property tests on stable.

#[path = "common/check.rs"]
mod check;

use kcanon::Canonicalizer;
use proptest::prelude::*;

/// Characters that exercise every path: Hangul in every encoding, the folded
/// characters, Latin letters with and without marks, combining marks,
/// separators and anything else.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0xAC00u32..=0xD7A3).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        3 => (0x1100u32..=0x11FF).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        1 => prop_oneof![(0xA960u32..=0xA97F), (0xD7B0u32..=0xD7FB)]
            .prop_map(|c| char::from_u32(c).unwrap().to_string()),
        2 => (0x3131u32..=0x318E).prop_map(|c| char::from_u32(c).unwrap().to_string()),
        2 => (0xFF01u32..=0xFFEE).prop_filter_map("scalar", |c| char::from_u32(c).map(String::from)),
        3 => prop::sample::select(vec![
            "\u{A0}", "\u{2000}", "\u{2003}", "\u{3000}", "\u{200B}", "\u{200C}", "\u{200D}",
            "\u{2060}", "\u{FEFF}", "\u{AD}", "’", "‘", "ʼ", "ʻ", "`", "´", "′", "'", "ǒ", "Ǒ",
            "ô", "Ô", "ǔ", "Ǔ", "û", "Û", "ŏ", "ŭ", "é", "ă", "-", " ", "\t", "<", "=", "\u{338}",
            "\u{301}", "\u{302}", "\u{306}", "\u{30C}", "\u{323}", "\u{302E}", "👨", "\u{0DD9}",
            "\u{0DCF}", "\u{FB2A}", "\u{212B}", "\u{212A}", "\u{2126}", "\u{A9C0}", "\u{334}",
            "\u{5B0}", "\u{1DC0}", "\u{30A}", "\u{34F}",
        ])
        .prop_map(String::from),
        4 => "[a-zA-Z0-9]{1,3}",
        1 => any::<char>().prop_map(String::from),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

fn check(c: &Canonicalizer, input: &str) -> Result<(), TestCaseError> {
    check::check_canonicalize(c, input);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn all_paths_agree_and_output_is_a_fixed_point(input in text()) {
        check(&Canonicalizer::new(), &input)?;
    }

    #[test]
    fn spelling_round_trips_and_stays_fixed(pick in any::<[u8; 2]>(), input in text()) {
        let mut data = pick.to_vec();
        data.extend_from_slice(input.as_bytes());
        check::check_spelling(&data);
    }

    #[test]
    fn every_option_set_keeps_the_properties(input in text(), bits in any::<u8>()) {
        let c = check::canonicalizer_from_bits(bits);
        check(&c, &input)?;
    }

    #[test]
    fn canonically_equivalent_inputs_give_the_same_output(input in text()) {
        use unicode_normalization::UnicodeNormalization;
        let c = Canonicalizer::new();
        let out = c.canonicalize(&input);
        let nfd: String = input.nfd().collect();
        let nfc: String = input.nfc().collect();
        prop_assert_eq!(&c.canonicalize(&nfd), &out, "NFD of {:?}", input);
        prop_assert_eq!(&c.canonicalize(&nfc), &out, "NFC of {:?}", input);
    }

    #[test]
    fn any_string_at_all(input in any::<String>()) {
        check(&Canonicalizer::new(), &input)?;
    }

    /// Names of any number of words, commas and Korean pieces: the name
    /// properties of the fuzz target (`check_names`).
    #[test]
    fn names_keep_their_properties(
        a in prop::collection::vec(name_word(), 0..12),
        b in prop::collection::vec(name_word(), 0..4),
    ) {
        let data = format!("{}\t{}", a.join(" "), b.join(" "));
        check::check_names(data.as_bytes());
    }
}

/// A word of a romanized or Hangul name, or a comma.
fn name_word() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Kim".to_string()),
        Just("Ri,".to_string()),
        Just(",".to_string()),
        Just("김".to_string()),
        "[A-Za-z'`’;()-]{1,8}",
        "[가-힣]{1,3}",
    ]
}

/// Inputs that once broke a property (found by proptest or the fuzzer).
#[test]
fn known_hard_cases() {
    for input in [
        "*Ŏ\u{302e}<\u{338}AÔ", // a mark composing with `<` is not part of the next word
        "Åᄀǒ",                 // ANGSTROM SIGN is the Latin letter Å
        "ab\u{200B}ô",
        "o\u{200B}\u{306}ǒ",
        "ｏ\u{30C}n",
        "é\u{200B}\u{306}ǒ",
        "a\u{200B}\u{301}",
        "가\u{200B}\u{11A8}",
        "ôＡ\u{30A}\u{A9C0}", // NFC moves a non-Latin mark into the word
        "a\u{301}\u{A9C0}’b",
        "ǒA\u{212A}", // KELVIN SIGN is canonically K, not a foreign letter
        // CGJ: a mark of class 0 that ends a spot; the SHY before it goes, and
        // must not be the context of the ZWSP after it
        "가\u{AD}\u{34F}\u{200B}\u{302}ô",
        // A loanword inside a word (체스꼬 → 체코): the initial-sound rule at
        // its start is judged on the word as it will be read again
        "-\u{FFFD}례체스꼬",
    ] {
        for bits in 0..16u8 {
            let c = check::canonicalizer_from_bits(bits);
            check(&c, input).unwrap();
        }
    }
}
