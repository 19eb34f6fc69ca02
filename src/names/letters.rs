//! How each system spells each letter: the reverse of the writers' letter
//! tables, plus the conventional spellings of `tables/name_variants.tsv`.
//!
//! A romanized syllable is read as an initial, a vowel and a final, each a
//! *unit* of Latin letters with a cost under each system: 0 where the
//! system's writer spells the letter so, the variant's cost for the
//! conventional spellings, and more for a spelling the system never uses
//! (people mix systems, but rarely).

use std::sync::LazyLock;

use crate::hangul::{l, t};
use crate::romanize::{MR_ASCII_V, MR_V, RR_L, RR_V, YALE_L, YALE_V};

/// Which part of a syllable a unit spells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    /// The initial consonant.
    Initial,
    /// The vowel.
    Vowel,
    /// The final consonant.
    Final,
}

/// The systems a name may be written in, as indices into a unit's costs.
pub(super) mod system {
    pub(crate) const RR: usize = 0;
    pub(crate) const MR: usize = 1;
    pub(crate) const MR_ASCII: usize = 2;
    pub(crate) const DPRK: usize = 3;
    pub(crate) const KCNA: usize = 4;
    /// ROK conventional spellings (passports, the press: Lee, Park, Young).
    pub(crate) const CONVENTIONAL: usize = 5;
    /// Yale, as linguists write (Kim Cengun): weighed only where the
    /// letters show it ([`super::yale_marked`]).
    pub(crate) const YALE: usize = 6;
    pub(crate) const COUNT: usize = 7;
}
use system::COUNT;

/// The cost of a spelling that the system itself never writes.
pub(super) const FOREIGN: f32 = 3.5;

/// One way to spell a letter: the Latin bytes (ŏ and ŭ as `O` and `U`, the
/// apostrophe of aspiration as `'`), the letter, and its cost per system.
#[derive(Clone, Debug)]
pub(super) struct Unit {
    pub(super) latin: Vec<u8>,
    pub(super) letter: u8,
    pub(super) cost: [f32; COUNT],
}

/// Input bytes as units see them: lower-case ASCII, `O` for ŏ, `U` for ŭ.
pub(super) fn encode(s: &str) -> Vec<u8> {
    s.chars()
        .filter_map(|c| match c {
            'ŏ' | 'Ŏ' => Some(b'O'),
            'ŭ' | 'Ŭ' => Some(b'U'),
            '\'' => Some(b'\''),
            c if c.is_ascii_alphabetic() => Some(c.to_ascii_lowercase() as u8),
            _ => None,
        })
        .collect()
}

/// The letter, in lower case, that a Latin letter with a diacritic no
/// system writes is read as: its base letter (ö, ō and ó are o; ü is u).
/// None for a character that is not such a letter.
#[cold]
pub(crate) fn base_letter(c: char) -> Option<u8> {
    let mut base = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        base.get_or_insert(d);
    });
    base.filter(char::is_ascii_alphabetic)
        .map(|b| b.to_ascii_lowercase() as u8)
}

/// All units of each part, by first byte.
pub(super) struct Units {
    by_first: Vec<Vec<Unit>>,
    /// The most letters one syllable's units span (the longest initial,
    /// vowel and final): what the syllables read at a place depend on.
    pub(super) span: usize,
}

impl Units {
    /// The units of `part` that `bytes` starts with.
    #[inline]
    pub(super) fn starting<'a>(&'a self, part: Part, bytes: &'a [u8]) -> impl Iterator<Item = &'a Unit> + 'a {
        let bucket = bytes.first().map_or(&[][..], |&b| {
            &self.by_first[part as usize * 128 + usize::from(b & 0x7F)][..]
        });
        bucket.iter().filter(move |u| is_prefix(&u.latin, bytes))
    }
}

/// Whether `bytes` starts with `prefix` (a few bytes: a loop beats a
/// call to `memcmp`).
#[inline]
pub(super) fn is_prefix(prefix: &[u8], bytes: &[u8]) -> bool {
    prefix.len() <= bytes.len() && prefix.iter().zip(bytes).all(|(a, b)| a == b)
}

fn add(units: &mut Vec<(Part, Unit)>, part: Part, latin: &str, letter: u8, systems: &[usize], cost: f32) {
    let latin = encode(latin);
    if latin.is_empty() {
        return;
    }
    let mut c = [f32::INFINITY; COUNT];
    for &s in systems {
        c[s] = cost;
    }
    match units
        .iter_mut()
        .find(|(p, u)| *p == part && u.latin == latin && u.letter == letter)
    {
        Some((_, u)) => {
            for (old, new) in u.cost.iter_mut().zip(c) {
                *old = old.min(new);
            }
        }
        None => units.push((
            part,
            Unit {
                latin,
                letter,
                cost: c,
            },
        )),
    }
}

/// Every unit: the writers' letters first, then the variants.
pub(super) static UNITS: LazyLock<Units> = LazyLock::new(|| {
    use system::*;
    let mut units = Vec::new();
    let all = [RR, MR, MR_ASCII, DPRK, KCNA, CONVENTIONAL, YALE];
    // RR (ch. 2), which conventional spellings start from.
    for (i, latin) in (0u8..).zip(RR_L) {
        add(&mut units, Part::Initial, latin, i, &[RR, CONVENTIONAL], 0.0);
    }
    for (i, latin) in (0u8..).zip(RR_V) {
        add(&mut units, Part::Vowel, latin, i, &[RR, CONVENTIONAL], 0.0);
    }
    // McCune–Reischauer: voiceless and voiced plain stops, apostrophes of
    // aspiration (the MR writer's initials), and the same without them.
    let mr: [(u8, &[&str], &[&str]); 18] = [
        (l::G, &["k", "g"], &["k", "g"]),
        (l::GG, &["kk"], &["kk"]),
        (l::N, &["n"], &["n"]),
        (l::D, &["t", "d"], &["t", "d"]),
        (l::DD, &["tt"], &["tt"]),
        (l::R, &["r", "l"], &["r", "l"]),
        (l::M, &["m"], &["m"]),
        (l::B, &["p", "b"], &["p", "b"]),
        (l::BB, &["pp"], &["pp"]),
        (l::S, &["s", "sh"], &["s", "sh"]),
        (l::SS, &["ss"], &["ss"]),
        (l::J, &["ch", "j"], &["ch", "j"]),
        (l::JJ, &["tch"], &["tch"]),
        (l::CH, &["ch'"], &["ch"]),
        (l::K, &["k'"], &["k"]),
        (l::T, &["t'"], &["t"]),
        (l::P, &["p'"], &["p"]),
        (l::H, &["h"], &["h"]),
    ];
    for (letter, with, without) in mr {
        for latin in with {
            add(&mut units, Part::Initial, latin, letter, &[MR], 0.0);
        }
        for latin in without {
            add(&mut units, Part::Initial, latin, letter, &[MR_ASCII], 0.0);
        }
    }
    // The DPRK system (and KCNA): k t p at a word's start, g d b inside,
    // j, and kh th ph ch for the aspirates (the DPRK writer's initials).
    let dprk: [(u8, &[&str]); 18] = [
        (l::G, &["k", "g"]),
        (l::GG, &["kk"]),
        (l::N, &["n"]),
        (l::D, &["t", "d"]),
        (l::DD, &["tt"]),
        (l::R, &["r", "l"]),
        (l::M, &["m"]),
        (l::B, &["p", "b"]),
        (l::BB, &["pp"]),
        (l::S, &["s"]),
        (l::SS, &["ss"]),
        (l::J, &["j"]),
        (l::JJ, &["jj"]),
        (l::CH, &["ch"]),
        (l::K, &["kh"]),
        (l::T, &["th"]),
        (l::P, &["ph"]),
        (l::H, &["h"]),
    ];
    for (letter, spellings) in dprk {
        for latin in spellings {
            add(&mut units, Part::Initial, latin, letter, &[DPRK, KCNA], 0.0);
        }
    }
    for (i, latin) in (0u8..).zip(MR_V) {
        add(&mut units, Part::Vowel, latin, i, &[MR, DPRK], 0.0);
    }
    for (i, latin) in (0u8..).zip(MR_ASCII_V) {
        add(&mut units, Part::Vowel, latin, i, &[MR_ASCII, KCNA], 0.0);
    }
    // Yale (S. Martin), letter by letter: c for ㅈ, e for ㅓ, u for ㅡ, wu
    // for ㅜ (u after a labial: mu 무), ay ey oy uy for ㅐ ㅔ ㅚ ㅢ.
    for (i, latin) in (0u8..).zip(YALE_L) {
        add(&mut units, Part::Initial, latin, i, &[YALE], 0.0);
    }
    for (i, latin) in (0u8..).zip(YALE_V) {
        add(&mut units, Part::Vowel, latin, i, &[YALE], 0.0);
    }
    add(&mut units, Part::Vowel, "u", crate::hangul::v::U, &[YALE], 0.5);
    // Finals: the seven sounds every system writes alike; ㄹ as r before a
    // vowel in McCune–Reischauer and the DPRK system (Ch'ŏr-wŏn 철원).
    for (letter, latin) in [
        (t::G, "k"),
        (t::N, "n"),
        (t::D, "t"),
        (t::L, "l"),
        (t::M, "m"),
        (t::B, "p"),
        (t::NG, "ng"),
    ] {
        add(&mut units, Part::Final, latin, letter, &all, 0.0);
    }
    add(&mut units, Part::Final, "t", t::S, &all, 1.0);
    // A doubled final letter, as English spells a short vowel (Gunn 건,
    // Kimm; Jaeill 재일 and Sungkull 성걸 among the 21st National Assembly
    // members' own English names): the conventional spellings double n, m
    // and l.
    add(&mut units, Part::Final, "nn", t::N, &[CONVENTIONAL], 1.5);
    add(&mut units, Part::Final, "mm", t::M, &[CONVENTIONAL], 1.5);
    add(&mut units, Part::Final, "ll", t::L, &[CONVENTIONAL], 1.5);
    add(
        &mut units,
        Part::Final,
        "r",
        t::L,
        &[MR, MR_ASCII, DPRK, KCNA],
        0.5,
    );
    // McCune–Reischauer writes a given name as pronounced (the MR writer
    // runs the sound rules across it): 석민 Sŏng-min, 창룡 Ch'ang-nyong.
    for (part, latin, letter) in [
        (Part::Final, "ng", t::G),
        (Part::Final, "m", t::B),
        (Part::Final, "n", t::D),
        (Part::Initial, "n", l::R),
    ] {
        add(&mut units, part, latin, letter, &[MR, MR_ASCII], 1.5);
    }
    // The conventional spellings, each with its cost and source.
    for &(latin, part, letter, cost) in crate::tables::NAME_VARIANTS {
        add(&mut units, part, latin, letter, &[CONVENTIONAL], cost);
    }
    let mut by_first = vec![Vec::new(); 3 * 128];
    let mut longest = [0; 3];
    for (part, mut unit) in units {
        longest[part as usize] = longest[part as usize].max(unit.latin.len());
        // A spelling of the other systems is possible, if dear, in any
        // (people mix them); Yale's own letters (e for ㅓ, c for ㅈ) in
        // none but Yale, where a name without Yale's marks would read its
        // e as ㅓ against every other system.
        let cheapest = (0..COUNT)
            .filter(|&s| s != YALE)
            .map(|s| unit.cost[s])
            .fold(f32::INFINITY, f32::min);
        for c in &mut unit.cost {
            if c.is_infinite() {
                *c = cheapest + FOREIGN;
            }
        }
        let first = usize::from(unit.latin[0] & 0x7F);
        by_first[part as usize * 128 + first].push(unit);
    }
    Units {
        by_first,
        span: longest.iter().sum(),
    }
});

/// Whether a name's letters (encoded, all its words joined: what no
/// separator can change) show Yale, by what no other system writes: c for
/// ㅈ (Cengun), wu for ㅜ (Mwun), a vowel ending in y (ay ey oy uy: Choy,
/// Senhuy), or e closing a syllable, for ㅓ (Seng, Hyen, Kwen, Selsong; RR
/// writes eo, the others o or ŏ) — before ng, or a consonant before
/// another, or at the end (`Sejun` is 세준).
pub(crate) fn yale_marked(letters: &[u8]) -> bool {
    // (Most letters are none of c, u, y and e: passed over at once.)
    (0..letters.len()).any(|i| {
        let b = letters[i];
        if !matches!(b, b'c' | b'u' | b'y' | b'e') {
            return false;
        }
        let before = i.checked_sub(1).map(|j| letters[j]);
        let after = &letters[i + 1..];
        match b {
            b'c' => !matches!(after.first(), Some(b'h' | b'k')),
            b'u' => before == Some(b'w'),
            b'y' => {
                before.is_some_and(|p| is_vowel(p) && p != b'w')
                    && !after.first().is_some_and(|&a| is_vowel(a))
            }
            b'e' => {
                let alone = !before.is_some_and(|p| is_vowel(p) && p != b'y' && p != b'w');
                let closer = |b: &u8| matches!(b, b'n' | b'm' | b'l' | b'k' | b'p' | b't');
                let consonant = |b: &u8| b.is_ascii_lowercase() && !is_vowel(*b) && *b != b'h';
                let closing = after.starts_with(b"ng")
                    || matches!(after, [c] if closer(c))
                    || matches!(after, [c, d, ..] if closer(c) && consonant(d))
                    // (h after a nasal or l begins a syllable: Chelho 철호;
                    // after a stop it may be an aspirate's: kh, th, ph.)
                    || matches!(after, [b'n' | b'm' | b'l', b'h', ..]);
                alone && closing
            }
            _ => false,
        }
    })
}

/// `wh` before a vowel as `hw`, in place: the English spelling of ㅎ + ㅘ
/// ㅙ ㅚ ㅝ ㅞ ㅟ that some ROK names and institutions use (강경화 Kang Kyung-wha,
/// the ROK's foreign minister 2017–2021; 이화 Ewha Womans University). No
/// system ends a syllable in w, so `wh` is never two syllables' letters.
/// (Not before u, where `hwu` is Yale's 후.)
pub(crate) fn unswap_wh(letters: &mut [u8]) {
    for i in 0..letters.len().saturating_sub(2) {
        if letters[i] == b'w'
            && letters[i + 1] == b'h'
            && matches!(letters[i + 2], b'a' | b'e' | b'i' | b'o' | b'O')
        {
            letters.swap(i, i + 1);
        }
    }
}

/// Whether an encoded letter is a vowel's (w and y among them: they glide
/// into one).
pub(super) fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y' | b'O' | b'U')
}

/// ㅇ as an initial: spelled by nothing.
pub(super) const SILENT: u8 = l::NG;

/// No final.
pub(super) const NO_FINAL: u8 = t::NONE;
