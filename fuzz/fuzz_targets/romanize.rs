//! Romanization and pronunciation: no panic on any input, ASCII output from
//! the ASCII systems, the RR transliteration's exact round trip on Hangul,
//! and RR's fast path writing what the general writer writes.
#![no_main]

use kcanon::romanize::{from_rr_translit, romanize_with, Kind, Options, System};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&bits, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let kind = [Kind::Text, Kind::Name, Kind::Place][usize::from(bits % 3)];
    let mut options = Options::new(kind);
    options.hyphenate = [None, Some(true), Some(false)][usize::from(bits / 3 % 3)];
    options.omit_units = bits & 0x80 != 0;
    for system in System::ALL {
        let out = romanize_with(&text, system, &options);
        if !matches!(system, System::Mr | System::Dprk) && text.is_ascii() {
            assert!(out.is_ascii(), "{system:?} {text:?} → {out:?}");
        }
        // Hangul syllables alone romanize to ASCII in the ASCII systems.
        let hangul: String = text
            .chars()
            .filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c))
            .collect();
        let out = romanize_with(&hangul, system, &options);
        if !matches!(system, System::Mr | System::Dprk) {
            assert!(out.is_ascii(), "{system:?} {hangul:?} → {out:?}");
        }
    }
    // The fast path (RR of text) and the general writer agree.
    let fast = kcanon::romanize(&text, System::Rr);
    let general = kcanon::romanize::romanize_by_general_writer(&text, System::Rr, &Options::default());
    assert_eq!(fast, general, "{text:?}");
    let _ = kcanon::pronounce(&text);
    let _ = from_rr_translit(&text);
    // The transliteration of Hangul comes back exactly.
    let hangul: String = text
        .chars()
        .filter(|c| ('\u{AC00}'..='\u{D7A3}').contains(c))
        .collect();
    let t = romanize_with(&hangul, System::RrTranslit, &Options::default());
    assert_eq!(from_rr_translit(&t).as_deref(), Some(hangul.as_str()), "{t}");
});
