//! Every syllable alone, and random pairs and triples, through every system:
//! no panic, ASCII output for the ASCII systems, and the transliteration's
//! exact round trip back to Hangul.

use kcanon::romanize::{from_rr_translit, romanize_with, Kind, Options, System};
use proptest::prelude::*;

const SYSTEMS: [System; 7] = System::ALL;

/// The systems written in ASCII alone (MR and DPRK use breves).
fn ascii_only(system: System) -> bool {
    !matches!(system, System::Mr | System::Dprk)
}

fn all_kinds() -> [Options; 3] {
    [
        Options::new(Kind::Text),
        Options::new(Kind::Name),
        Options::new(Kind::Place),
    ]
}

#[test]
fn every_syllable_alone_in_every_system() {
    for cp in 0xAC00..=0xD7A3u32 {
        let s = char::from_u32(cp).unwrap().to_string();
        for system in SYSTEMS {
            for o in all_kinds() {
                let r = romanize_with(&s, system, &o);
                assert!(!r.is_empty(), "{s} {system:?} {o:?}");
                assert!(!ascii_only(system) || r.is_ascii(), "{s} {system:?} {o:?}: {r:?}");
                assert!(
                    r.chars().all(|c| c.is_ascii() || "ŏŭŎŬ".contains(c)),
                    "{s} {system:?}: {r:?}"
                );
            }
        }
        let t = romanize_with(&s, System::RrTranslit, &Options::default());
        assert_eq!(from_rr_translit(&t).as_deref(), Some(s.as_str()), "{t}");
    }
}

fn syllables(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (0xAC00u32..=0xD7A3).prop_map(|c| char::from_u32(c).unwrap()),
        1..=max,
    )
    .prop_map(|v| v.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn pairs_and_triples_in_every_system(word in syllables(3)) {
        for system in SYSTEMS {
            for o in all_kinds() {
                let r = romanize_with(&word, system, &o);
                prop_assert!(!ascii_only(system) || r.is_ascii(), "{} {:?}: {:?}", word, system, r);
                prop_assert!(!r.contains(char::REPLACEMENT_CHARACTER), "{:?}", r);
            }
        }
        let t = romanize_with(&word, System::RrTranslit, &Options::default());
        prop_assert_eq!(from_rr_translit(&t), Some(word.clone()), "{}", t);
    }

    #[test]
    fn text_keeps_what_is_not_hangul(a in syllables(4), b in "[ -~]{0,6}", c in syllables(4)) {
        let text = format!("{a}{b}{c}");
        for system in SYSTEMS {
            let r = romanize_with(&text, system, &Options::default());
            prop_assert!(r.contains(&b), "{:?} lost {:?}", r, b);
        }
    }

    #[test]
    fn any_text_at_all(text in any::<String>()) {
        for system in SYSTEMS {
            for o in all_kinds() {
                let _ = romanize_with(&text, system, &o);
            }
        }
        let _ = kcanon::pronounce(&text);
        let _ = from_rr_translit(&text);
    }
}
