//! What the Unicode layer folds, and what it leaves alone.

use std::borrow::Cow;

use kcanon::{Canonicalizer, Rule};
use unicode_normalization::UnicodeNormalization;

fn canon(s: &str) -> String {
    Canonicalizer::unicode().canonicalize(s).into_owned()
}

fn rules(s: &str) -> Vec<Rule> {
    Canonicalizer::unicode()
        .explain(s)
        .changes
        .iter()
        .map(|c| c.rule)
        .collect()
}

#[test]
fn nfd_and_conjoining_jamo_compose_to_the_nfc_bytes() {
    let nfc = "국제정치연구학회 연구사 김동명이 29일 《나토사무총장의 행각》";
    let nfd: String = nfc.nfd().collect();
    assert_ne!(nfd, nfc);
    assert_eq!(canon(&nfd), nfc);
    assert_eq!(
        rules(&nfd).iter().filter(|&&r| r != Rule::HangulCompose).count(),
        0
    );
    // Syllable + trailing jamo, and jamo that do not form a modern syllable.
    assert_eq!(canon("가\u{11A8}"), "각");
    assert_eq!(canon("\u{1100}\u{1161}\u{11A8}\u{11A8}"), "각\u{11A8}");
    assert_eq!(canon("\u{1100}\u{119E}"), "\u{1100}\u{119E}"); // archaic ᆞ: stays
    assert_eq!(canon("\u{1161}"), "\u{1161}");
}

#[test]
fn every_syllable_round_trips_through_nfd() {
    let c = Canonicalizer::unicode();
    for cp in 0xAC00..=0xD7A3u32 {
        let s = char::from_u32(cp).unwrap().to_string();
        let nfd: String = s.nfd().collect();
        assert_eq!(c.canonicalize(&nfd), s, "U+{cp:04X}");
        assert!(matches!(c.canonicalize(&s), Cow::Borrowed(_)));
    }
}

#[test]
fn compatibility_jamo_typed_on_purpose_survive() {
    for s in ["ㅋㅋ", "ㅎㅎ 좋아요", "ㄱ, ㄴ, ㄷ", "ㅇㅋ", "ㄱㅏ", "ㆍ"] {
        assert!(
            matches!(Canonicalizer::unicode().canonicalize(s), Cow::Borrowed(_)),
            "{s}"
        );
    }
}

#[test]
fn width_forms_fold() {
    assert_eq!(canon("ＫＣＮＡ　２０２３년 １월，"), "KCNA 2023년 1월,");
    assert_eq!(canon("ﾡﾤﾧ"), "ㄱㄴㄷ");
    assert_eq!(canon("ﾻﾻ"), "ㅋㅋ");
    assert_eq!(canon("￦1000"), "₩1000");
    assert_eq!(rules("Ａ"), [Rule::Width]);
    // Half-width CJK punctuation of ROK legal texts stays.
    assert_eq!(canon("｢국군조직법｣"), "｢국군조직법｣");
}

#[test]
fn odd_spaces_fold() {
    for sp in [
        '\u{A0}', '\u{2002}', '\u{2003}', '\u{2009}', '\u{202F}', '\u{205F}', '\u{3000}',
    ] {
        assert_eq!(canon(&format!("김{sp}동명")), "김 동명", "U+{:04X}", sp as u32);
    }
    assert_eq!(rules("a\u{A0}b"), [Rule::Space]);
    // U+2000 and U+2001 are canonically U+2002 and U+2003.
    assert_eq!(canon("a\u{2000}b"), "a b");
}

#[test]
fn zero_width_characters_inside_words_go() {
    assert_eq!(canon("로동\u{200B}신문"), "로동신문");
    assert_eq!(canon("김\u{200D}\u{200C}정은"), "김정은");
    assert_eq!(canon("Kim\u{AD}Jong"), "KimJong");
    assert_eq!(canon("\u{FEFF}2023\u{2060}년"), "\u{FEFF}2023년");
    // Not inside a word: kept.
    assert_eq!(canon("로동 \u{200B}신문"), "로동 \u{200B}신문");
    assert_eq!(canon("👨\u{200D}👩\u{200D}👧"), "👨\u{200D}👩\u{200D}👧");
    assert_eq!(rules("가\u{200B}나"), [Rule::ZeroWidth]);
    // Removing one can let jamo compose.
    assert_eq!(canon("가\u{200B}\u{11A8}"), "각");
    // Invisible characters never decide the context of others, wherever the
    // scan cuts the text: the second run sees 가 before it, not the first
    // run (a fuzz finding: it went only on the second pass).
    let cut = "가\u{AD}\u{34F}\u{200B}\u{302}o";
    assert_eq!(canon(cut), "가\u{34F}\u{302}o");
    assert_eq!(canon(&canon(cut)), canon(cut));
}

#[test]
fn apostrophe_look_alikes_fold_between_latin_letters() {
    for a in ['’', '‘', 'ʼ', 'ʻ', '`', '´', '′'] {
        assert_eq!(canon(&format!("P{a}yŏngyang")), "P'yŏngyang", "{a}");
        assert_eq!(canon(&format!("Ch{a}oe Sŏn-hŭi")), "Ch'oe Sŏn-hŭi", "{a}");
    }
    // Quotation marks and year abbreviations in Korean text stay.
    for s in ["‘포괄적 전략적 동반자 관계’로", "’09. 12", "`code`", "‘Kim’"] {
        assert_eq!(canon(s), s);
    }
}

#[test]
fn breve_look_alikes_fold_in_romanized_words() {
    assert_eq!(canon("Chosǒn"), "Chosŏn");
    assert_eq!(canon("Kim Tong-myông"), "Kim Tong-myŏng");
    assert_eq!(canon("Kim Il-sǔng"), "Kim Il-sŭng");
    assert_eq!(canon("Pʼyǒngyang"), "P'yŏngyang");
    assert_eq!(canon("ǑNŬI"), "ŎNŬI");
    assert_eq!(canon("Ǒ Yun-jung"), "Ŏ Yun-jung");
    // Decomposed look-alikes too.
    assert_eq!(canon("Choso\u{30C}n"), "Chosŏn");
    assert_eq!(canon("Choso\u{306}n"), "Chosŏn");
    assert_eq!(rules("Chosǒn"), [Rule::Breve]);
    // Words with other diacritics are not romanized Korean: kept.
    for s in ["côté", "Hồ", "sûreté", "Zhōngguǒ"] {
        assert_eq!(canon(s), s.nfc().collect::<String>(), "{s}");
    }
}

#[test]
fn folds_can_be_turned_off() {
    let c = Canonicalizer::builder()
        .spelling(false)
        .fold_width(false)
        .fold_spaces(false)
        .remove_zero_width(false)
        .fold_romanization_marks(false)
        .build();
    for s in ["Ａ", "a\u{A0}b", "가\u{200B}나", "P’yǒngyang"] {
        assert!(matches!(c.canonicalize(s), Cow::Borrowed(_)), "{s}");
    }
    assert_eq!(c.canonicalize("\u{1100}\u{1161}"), "가");
}

#[test]
fn explain_spans_point_into_the_input() {
    let input = "로\u{200B}동 ＫＣＮＡ\u{A0}P’yǒngyang 가\u{11A8}";
    let e = Canonicalizer::unicode().explain(input);
    let mut rebuilt = String::new();
    let mut at = 0;
    for ch in &e.changes {
        assert_eq!(&input[ch.start..ch.end], ch.from);
        rebuilt.push_str(&input[at..ch.start]);
        rebuilt.push_str(&ch.to);
        at = ch.end;
    }
    rebuilt.push_str(&input[at..]);
    assert_eq!(rebuilt, e.output);
    assert_eq!(e.output, "로동 KCNA P'yŏngyang 각");
    let ids: Vec<&str> = e.changes.iter().map(|c| c.rule.id()).collect();
    assert_eq!(
        ids,
        [
            "unicode.zero-width",
            "unicode.width",
            "unicode.space",
            "latin.apostrophe",
            "latin.breve",
            "unicode.hangul"
        ]
    );
}
