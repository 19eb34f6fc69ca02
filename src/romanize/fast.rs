//! The hot path: Revised Romanization of running text in one pass.
//!
//! [`super::romanize`] with [`System::Rr`](super::System::Rr) and the default
//! options comes here. It writes exactly what the general writer writes (a
//! test compares the two over the corpora and over random text), but fast:
//!
//! - Syllables are read in place from the UTF-8 bytes, never collected, and
//!   their letters come from one table load ([`LETTERS`]).
//! - What a final and the next syllable's initial become is one lookup in
//!   [`BOUNDARIES`], a table by (final, class of the next syllable) built
//!   from [`pron::boundary`] itself. A class ([`class`]) holds the
//!   syllables the rules cannot tell apart after a final: same initial, and
//!   for ㅇ and ㅎ the same vowel and suffix kind as far as the rules look.
//! - What the table cannot settle from the pair alone (the word lists, the
//!   letter names 디귿 …, 밟-, ㄴ + ㄹ) is marked in the cell, and tested
//!   against marks of the syllable before with one `and`: when they meet,
//!   [`pron::boundary`] is asked with the word in place. Rarely.
//! - Each syllable is written as one 8-byte store of its letters ([`OUT`]).
//!
//! Tables: [`LETTERS`] 44 KiB, [`OUT`] 27 KiB and [`BOUNDARIES`] 3.4 KiB
//! (by [`pron::boundary`]), all built on first use: baked into the binary,
//! the first two would cost the WASM package 23 KB gzipped, and they take
//! microseconds to build.

use std::sync::LazyLock;

use super::{final_sound_index, RR_L, RR_V};
use crate::hangul::{l, t, v, Syllable};
use crate::pron::{self, Rules, Sound, Utf8Run};
use crate::tables::PRON_BEFORE_AT;

/// The rules RR writes (no tensification; ㅎ after ㄱ ㄷ ㅂ kept in nouns).
pub(super) const RR_RULES: Rules = Rules {
    tensify: false,
    noun_h: true,
};

/// Up to seven ASCII letters in the low bytes of a `u64` (little-endian), and
/// their count in the top byte.
#[derive(Clone, Copy)]
struct Letters(u64);

impl Letters {
    const fn new(s: &str) -> Letters {
        let b = s.as_bytes();
        let mut bits = 0u64;
        let mut k = 0;
        while k < b.len() {
            bits |= (b[k] as u64) << (8 * k);
            k += 1;
        }
        Letters(bits | (b.len() as u64) << 56)
    }

    #[inline]
    const fn len(self) -> u64 {
        self.0 >> 56
    }

    const fn then(self, next: Letters) -> Letters {
        let low = (1u64 << 56) - 1;
        Letters(((self.0 & low) | (next.0 & low) << (8 * self.len())) | (self.len() + next.len()) << 56)
    }

    /// Appends the letters: one fixed-size copy, then the length set right.
    #[inline]
    fn write(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
        out.truncate(out.len() - 8 + self.len() as usize);
    }
}

/// Appends RR syllable `index` of [`OUT`] (`(written initial × 21 + vowel)
/// × 8 + final sound`) to `out`: the general writer's letters come from the
/// same table as the fast path's.
pub(super) fn push_syllable(index: usize, out: &mut String) {
    if let Some(&letters) = OUT.get(index) {
        let bytes = letters.0.to_le_bytes();
        out.extend(bytes[..letters.len() as usize].iter().map(|&b| char::from(b)));
    }
}

/// Written initials: the 19 of RR, and 20th the `l` of ㄹ after a final ㄹ
/// (ch. 2 art. 2 붙임 2: 울릉 Ulleung).
const LL: u8 = 19;

/// The letters of every written syllable, indexed by
/// `(written initial × 21 + vowel) × 8 + final sound`.
static OUT: LazyLock<[Letters; 20 * 21 * 8]> = LazyLock::new(|| {
    let codas = ["", "k", "n", "t", "l", "m", "p", "ng"];
    let mut table = [Letters(0); 20 * 21 * 8];
    let mut i = 0;
    while i < 20 * 21 * 8 {
        let (onset, coda) = (i / 8, i % 8);
        let initial = if onset / 21 == LL as usize {
            "l"
        } else {
            RR_L[onset / 21]
        };
        table[i] = Letters::new(initial)
            .then(Letters::new(RR_V[onset % 21]))
            .then(Letters::new(codas[coda]));
        i += 1;
    }
    table
});

/// What a boundary leaves: the final sound before it ([`final_sound_index`]),
/// the initial after it as pronounced, and that initial as RR writes it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Crossing {
    coda: u8,
    initial: u8,
    written: u8,
}

impl Crossing {
    fn new(final_: u8, initial: u8, tensed: bool) -> Crossing {
        let written = if initial == l::R && final_ == t::L {
            LL
        } else if tensed {
            l::plain(initial) // RR does not write tensification
        } else {
            initial
        };
        Crossing {
            coda: final_sound_index(final_) as u8,
            initial,
            written,
        }
    }

    /// In the low 13 bits of a cell.
    fn pack(self) -> u32 {
        u32::from(self.coda) | u32::from(self.initial) << 3 | u32::from(self.written) << 8
    }

    #[inline]
    fn unpack(bits: u32) -> Crossing {
        Crossing {
            coda: (bits & 7) as u8,
            initial: (bits >> 3 & 31) as u8,
            written: (bits >> 8 & 31) as u8,
        }
    }
}

/// Marks: in a cell of [`BOUNDARIES`], when the pair needs the word; in the
/// syllable before a boundary ([`marks_before`]), what it is. A cell is
/// settled unless its marks and the syllable's meet.
mod mark {
    /// Every syllable has it; a cell with it always asks (밟- before a
    /// consonant, 10항; ㄴ + ㄹ, 20항 and its 다만).
    pub(super) const ALWAYS: u32 = 1 << 16;
    /// The syllable begins a pair of the word lists; the cell's class ends
    /// one (29항 ㄴ insertion, 17항 and 20항 exceptions).
    pub(super) const LISTED: u32 = 1 << 17;
    /// The syllable has ㅡ, as the names 귿 읒 읓 읔 읕 읖 읗 do; the cell
    /// is one of their finals before ㅇ (16항: 디귿이 [디그시]).
    pub(super) const EU: u32 = 1 << 18;
}

/// The classes of the syllable after a boundary ([`class`]).
const CLASSES: usize = 32;
/// The class of whatever is not a syllable: the word ends.
const WORD_END: usize = 19;
/// ㅇ with ㅣ (이: 17항), and either one listed in the word lists.
const NG_I: usize = 20;
const NG_LISTED: usize = 21;
const NG_I_LISTED: usize = 22;
/// ㅎ before a verbal suffix with ㅏ ㅐ, ㅕ or ㅣ (하 혀 히: RR ch. 3 art.
/// 1.4); then ㅎ in the word lists (none yet), always asked.
const H_VERBAL_A: usize = 23;
const H_VERBAL_YEO: usize = 24;
const H_VERBAL_I: usize = 25;
const H_LISTED: usize = 26;

/// Whether a syllable is at `at` of a word of `tables/pron_words.tsv`
/// (`which` 1), or just before it (`which` 0).
const fn listed(which: usize, index: usize) -> bool {
    PRON_BEFORE_AT[which][index / 64] & (1 << (index % 64)) != 0
}

/// The class of a syllable after a boundary: all the boundary rules read of
/// it besides the final before it. The initial, except that ㅇ and ㅎ are
/// split by what 17항 (ㅣ), 12항 and RR's verbal ㅎ (하 혀 히) and the word
/// lists see.
const fn class(s: Syllable, index: usize) -> usize {
    let listed = listed(1, index);
    match s.l {
        l::NG => match (s.v == v::I, listed) {
            (false, false) => l::NG as usize,
            (true, false) => NG_I,
            (false, true) => NG_LISTED,
            (true, true) => NG_I_LISTED,
        },
        l::H if pron::verbal_h(s) && !listed => match s.v {
            v::I => H_VERBAL_I,
            v::YEO => H_VERBAL_YEO,
            _ => H_VERBAL_A,
        },
        l::H if listed => H_LISTED,
        other => other as usize,
    }
}

/// A syllable of each class, to build its cells with. None is in the word
/// lists, so the cells of a listed class hold what its syllables become
/// after a syllable the lists do not know, and are marked.
fn representative(class: usize) -> Syllable {
    let (l, v, t) = match class {
        NG_I | NG_I_LISTED => (l::NG, v::I, t::NG), // 잉: 이 itself is listed
        NG_LISTED => (l::NG, v::A, t::NONE),
        H_VERBAL_A => (l::H, v::A, t::NONE),
        H_VERBAL_YEO => (l::H, v::YEO, t::NONE),
        H_VERBAL_I => (l::H, v::I, t::NONE),
        H_LISTED => (l::H, v::O, t::NONE),
        c if c == l::H as usize => (l::H, v::O, t::NONE), // 호: a noun
        c => (c as u8, v::A, t::NONE),
    };
    Syllable { l, v, t }
}

/// What the syllable before a boundary brings to the cell's marks.
#[inline]
const fn marks_before(s: Syllable, index: usize) -> u32 {
    mark::ALWAYS | if listed(0, index) { mark::LISTED } else { 0 } | if s.v == v::EU { mark::EU } else { 0 }
}

/// Every syllable: `t | v << 5 | l << 10 | class << 20`, and in bits 16–18
/// its marks as the syllable before a boundary (one load instead of two
/// divisions).
static LETTERS: LazyLock<[u32; 11_172]> = LazyLock::new(|| {
    let mut table = [0u32; 11_172];
    let mut i = 0;
    while i < 11_172 {
        let s = Syllable {
            l: (i / 588) as u8,
            v: (i / 28 % 21) as u8,
            t: (i % 28) as u8,
        };
        table[i] = s.t as u32
            | (s.v as u32) << 5
            | (s.l as u32) << 10
            | (class(s, i) as u32) << 20
            | marks_before(s, i);
        i += 1;
    }
    table
});

/// Every (spelled final, class of the next syllable) pair: the crossing in
/// the low bits, and the [`mark`]s under which to ask instead.
static BOUNDARIES: LazyLock<[[u32; CLASSES]; 28]> = LazyLock::new(|| {
    std::array::from_fn(|final_| {
        let final_ = final_ as u8;
        std::array::from_fn(|class| {
            if class == WORD_END || class > H_LISTED {
                let end = Crossing::new(pron::neutralize(final_, None), l::NG, false);
                return end.pack();
            }
            let a = Syllable {
                l: l::NG,
                v: v::A,
                t: final_,
            };
            let b = representative(class);
            let (f, i, tensed) = pron::boundary(&[a, b][..], 0, Sound::spelled(a), b, RR_RULES);
            let mut marks = 0;
            if final_ != t::NONE {
                if final_ == t::LB
                    || (b.l == l::R && matches!(final_, t::N | t::NJ | t::NH))
                    || class == H_LISTED
                {
                    marks |= mark::ALWAYS;
                }
                if matches!(class, NG_LISTED | NG_I_LISTED) {
                    marks |= mark::LISTED;
                }
                if b.l == l::NG && matches!(final_, t::D | t::J | t::CH | t::K | t::T | t::P | t::H) {
                    marks |= mark::EU;
                }
            }
            Crossing::new(f, i, tensed).pack() | marks
        })
    })
});

/// The syllable whose UTF-8 encoding starts at `bytes[at]`, as its index
/// among the 11,172.
#[inline]
fn syllable_at(bytes: &[u8], at: usize) -> Option<usize> {
    let &[x, y, z] = bytes.get(at..at + 3)? else {
        return None;
    };
    if !(0xEA..=0xED).contains(&x) {
        return None;
    }
    let code = (usize::from(x & 0x0F) << 12) | (usize::from(y & 0x3F) << 6) | usize::from(z & 0x3F);
    let index = code.wrapping_sub(0xAC00);
    (index < 11_172).then_some(index)
}

/// RR of running text, with the default options.
pub(super) fn rr_text(text: &str) -> String {
    let tables = Tables {
        letters: &LETTERS,
        out: &OUT,
        cells: &BOUNDARIES,
    };
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len() + text.len() / 2 + 8);
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte < 0x80 {
            out.push(byte);
            i += 1;
        } else if let Some(first) = syllable_at(bytes, i) {
            i = word(bytes, i, first, tables, &mut out);
        } else {
            i += other_character(text, i, &mut out);
        }
    }
    // Only ASCII letters and whole characters of `text` were written.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The tables of the hot path, dereferenced once per call.
#[derive(Clone, Copy)]
struct Tables<'a> {
    letters: &'a [u32; 11_172],
    out: &'a [Letters; 20 * 21 * 8],
    cells: &'a [[u32; CLASSES]; 28],
}

/// The letters of a [`LETTERS`] entry.
#[inline]
fn spelled(entry: u32) -> Syllable {
    Syllable {
        l: (entry >> 10 & 31) as u8,
        v: (entry >> 5 & 31) as u8,
        t: (entry & 31) as u8,
    }
}

/// Writes the word of syllables starting at `bytes[start]` (syllable index
/// `first`) and returns where it ends.
#[inline]
fn word(bytes: &[u8], start: usize, first: usize, tables: Tables<'_>, out: &mut Vec<u8>) -> usize {
    let Tables {
        letters,
        out: outs,
        cells,
    } = tables;
    // The syllable before the boundary: its entry in `LETTERS`, its initial
    // as pronounced and as written.
    let mut a = letters.get(first).copied().unwrap_or(0);
    let (mut a_l, mut written) = (spelled(a).l, spelled(a).l);
    let mut at = start + 3;
    while let Some(b_index) = syllable_at(bytes, at) {
        let b = letters.get(b_index).copied().unwrap_or(0);
        let cell = cells[(a & 31) as usize][(b >> 20 & 31) as usize];
        let crossing = if cell & a & (mark::ALWAYS | mark::LISTED | mark::EU) == 0 {
            Crossing::unpack(cell)
        } else {
            ask(bytes, start, at, spelled(a), a_l, spelled(b))
        };
        let onset = usize::from(written) * 21 + (a >> 5 & 31) as usize;
        outs[onset * 8 + usize::from(crossing.coda)].write(out);
        (a, a_l, written) = (b, crossing.initial, crossing.written);
        at += 3;
    }
    let end = Crossing::unpack(cells[(a & 31) as usize][WORD_END]);
    let onset = usize::from(written) * 21 + (a >> 5 & 31) as usize;
    outs[onset * 8 + usize::from(end.coda)].write(out);
    at
}

/// The crossing from `a` (its initial pronounced `a_l`) to `b` at byte `at`,
/// by [`pron::boundary`] with the word that starts at `word_start`.
#[cold]
fn ask(bytes: &[u8], word_start: usize, at: usize, a: Syllable, a_l: u8, b: Syllable) -> Crossing {
    let sound = Sound {
        l: a_l,
        ..Sound::spelled(a)
    };
    let i = (at - word_start) / 3 - 1;
    let word = Utf8Run(bytes.get(word_start..).unwrap_or_default());
    let (f, initial, tensed) = pron::boundary(&word, i, sound, b, RR_RULES);
    Crossing::new(f, initial, tensed)
}

/// Writes the character at `text[at]`, neither ASCII nor a syllable: a
/// compatibility jamo as its letters, anything else as it is. Returns its
/// length.
#[cold]
fn other_character(text: &str, at: usize, out: &mut Vec<u8>) -> usize {
    let c = text
        .get(at..)
        .and_then(|s| s.chars().next())
        .unwrap_or('\u{FFFD}');
    match super::jamo_letters(super::System::Rr, c) {
        Some(letters) => out.extend_from_slice(letters.as_bytes()),
        None => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
    }
    c.len_utf8()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the table settles is what `pron::boundary` says: for every
    /// final, every syllable after it, and first syllables of every initial
    /// and vowel, at the start of a word and inside one.
    #[test]
    fn the_table_settles_only_what_the_pair_decides() {
        let cells = &*BOUNDARIES;
        let mut settled = 0;
        let mut check = |a: Syllable, a_l: u8, b: Syllable| {
            let cell = cells[usize::from(a.t)][class(b, b.index())];
            if cell & marks_before(a, a.index()) != 0 {
                return;
            }
            let sound = Sound {
                l: a_l,
                ..Sound::spelled(a)
            };
            for word in [
                &[a, b][..],
                &[
                    Syllable {
                        l: l::G,
                        v: v::A,
                        t: t::N,
                    },
                    a,
                    b,
                ],
            ] {
                let (f, initial, tensed) = pron::boundary(word, word.len() - 2, sound, b, RR_RULES);
                let (got, want) = (Crossing::unpack(cell), Crossing::new(f, initial, tensed));
                assert_eq!(got, want, "{}{} in {word:?}", a.to_char(), b.to_char());
            }
            settled += 1;
        };
        let all = || {
            (0..11_172u32).map(|i| {
                let s = Syllable {
                    l: (i / 588) as u8,
                    v: (i / 28 % 21) as u8,
                    t: (i % 28) as u8,
                };
                assert_eq!(s.index(), i as usize);
                s
            })
        };
        // Every syllable after every final, behind a few first syllables.
        for final_ in 0..28 {
            for (l_, v_) in [
                (l::NG, v::A),
                (l::G, v::EU),
                (l::B, v::A),
                (l::D, v::I),
                (l::S, v::O),
            ] {
                let a = Syllable {
                    l: l_,
                    v: v_,
                    t: final_,
                };
                for b in all() {
                    check(a, l_, b);
                }
            }
        }
        // Every first syllable, its initial as spelled or made tense, before
        // each class.
        for a in all() {
            for class in (0..CLASSES).filter(|&c| c != WORD_END && c <= H_LISTED) {
                check(a, a.l, representative(class));
                check(a, l::tense(a.l).unwrap_or(a.l), representative(class));
            }
        }
        assert!(settled > 2_000_000, "{settled}");
        for (final_, row) in (0u8..).zip(cells.iter()) {
            let end = Crossing::unpack(row[WORD_END]);
            assert_eq!(
                usize::from(end.coda),
                final_sound_index(pron::neutralize(final_, None))
            );
        }
    }

    /// The classes' stand-ins are not in the word lists (after any first
    /// syllable), so their cells were built by the rules alone.
    #[test]
    fn representatives_are_not_listed() {
        for class in (0..CLASSES).filter(|&c| c != WORD_END && c <= H_LISTED) {
            let b = representative(class);
            assert!(!listed(1, b.index()), "{}", b.to_char());
            if class != NG_LISTED && class != NG_I_LISTED && class != H_LISTED {
                assert_eq!(super::class(b, b.index()), class, "{}", b.to_char());
            }
        }
    }
}

/// The fast path against the general writer (its oracle): the same output
/// on every corpus of `../shared` and on random text.
#[cfg(test)]
mod oracle {
    use super::super::{general, Options, System};
    use proptest::prelude::*;

    fn general_rr(text: &str) -> String {
        general(text, System::Rr, &Options::default())
    }

    fn assert_same(name: &str, text: &str) {
        let (fast, slow) = (super::rr_text(text), general_rr(text));
        if fast != slow {
            for (k, (f, s)) in fast.lines().zip(slow.lines()).enumerate() {
                assert_eq!(f, s, "{name}: line {}", k + 1);
            }
            assert_eq!(fast, slow, "{name}");
        }
    }

    fn texts(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                texts(&path, out);
            } else if path.extension().is_some_and(|x| x == "txt" || x == "tsv") {
                let text = std::fs::read_to_string(&path).unwrap();
                out.push((path.display().to_string(), text));
            }
        }
    }

    #[test]
    fn same_output_on_every_corpus() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        if !dir.is_dir() {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "{} is missing: CI needs ../shared",
                dir.display()
            );
            eprintln!("skipped: {} is missing", dir.display());
            return;
        }
        let mut all = Vec::new();
        texts(&dir, &mut all);
        assert!(all.len() > 50, "{} files", all.len());
        for (name, text) in &all {
            assert_same(name, text);
        }
    }

    /// Syllables chosen to meet every rule: finals of every kind, ㅇ ㅎ ㄹ
    /// ㄴ initials, 이 and ㅡ vowels, the word lists' syllables, letter names.
    fn syllable() -> impl Strategy<Value = char> {
        prop_oneof![
            (0xAC00u32..=0xD7A3).prop_map(|c| char::from_u32(c).unwrap()),
            proptest::sample::select(
                "이여요유야을은에의하히혀해호라로량력령례론료류니녀는디귿읒읓읔읕읖읗키피치지티\
                 밟넓맑값닭앉않읽삶옷꽃밭솜홑막삯일약몰신문생산공권대관같굳맏잡묵집좋놓닿많싫"
                    .chars()
                    .collect::<Vec<_>>()
            ),
        ]
    }

    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                6 => proptest::collection::vec(syllable(), 1..8).prop_map(|v| v.into_iter().collect::<String>()),
                1 => proptest::sample::select(vec![" ", ".", "2019", "US$", "ㄱ", "ㅏ", "\n", "é", "𝄞"])
                    .prop_map(str::to_string),
            ],
            0..12,
        )
        .prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn same_output_on_random_text(input in text()) {
            prop_assert_eq!(super::rr_text(&input), general_rr(&input));
        }
    }

    #[test]
    fn same_output_on_the_word_lists() {
        let words = include_str!("../../tables/pron_words.tsv");
        for line in words.lines().skip(1) {
            let word = line.split('\t').next().unwrap_or("");
            for text in [
                word.to_string(),
                format!("{word}이"),
                format!("옷{word}을"),
                format!("{word} {word}"),
            ] {
                assert_same(word, &text);
            }
        }
    }
}
