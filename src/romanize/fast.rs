//! The hot path: Revised Romanization of running text in one pass.
//!
//! [`super::romanize`] with [`System::Rr`](super::System::Rr) and the default
//! options comes here. It writes exactly what the general writer writes (a
//! test compares the two over the corpora and over random text), but fast:
//!
//! - The text is read as *units*, a syllable (three bytes) or an ASCII byte,
//!   in place. Each step reads one unit and writes the one before it, whose
//!   final depends on what follows.
//! - What a final and the next initial become is one lookup in a table of
//!   (final, initial) pairs, [`BOUNDARIES`], built from [`pron::boundary`]
//!   itself. Where [`pron::needs_context`] says a pair depends on more (the
//!   word lists, letter names, 밟-, ㄴ + ㄹ), flags in the table say when to
//!   ask `pron::boundary` with the word in place: rarely.
//! - A unit that is not a syllable takes the table's last column: the word
//!   ends there. So the end of a word is not a branch: in real text words
//!   end unpredictably, and a branch there is mispredicted once a word.
//! - Every unit is written as one 8-byte store of its letters ([`OUT`]).

use std::sync::LazyLock;

use super::{final_sound_index, RR_L, RR_V};
use crate::hangul::{l, t, v, Syllable};
use crate::pron::{self, Rules, Sound, Utf8Run};

/// The rules RR writes (no tensification; ㅎ after ㄱ ㄷ ㅂ kept in nouns).
pub(super) const RR_RULES: Rules = Rules {
    tensify: false,
    noun_h: true,
};

/// Up to seven bytes in the low bytes of a `u64` (little-endian), and their
/// count in the top byte.
#[derive(Clone, Copy)]
struct Letters(u64);

impl Letters {
    const fn new(s: &[u8]) -> Letters {
        let mut bits = 0u64;
        let mut k = 0;
        while k < s.len() {
            bits |= (s[k] as u64) << (8 * k);
            k += 1;
        }
        Letters(bits | (s.len() as u64) << 56)
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

/// Written initials: the 19 of RR, and 20th the `l` of ㄹ after a final ㄹ
/// (ch. 2 art. 2 붙임 2: 울릉 Ulleung).
const LL: u8 = 19;

/// Where the ASCII bytes start in [`OUT`], after the syllables.
const ASCII: usize = 20 * 21 * 8;
/// The empty entry of [`OUT`]: nothing is waiting to be written.
const NOTHING: usize = ASCII + 128;

/// The letters of every unit (27 KiB): a written syllable at
/// `(written initial × 21 + vowel) × 8 + final sound`, then each ASCII byte
/// as itself at `ASCII + byte`, then nothing.
static OUT: [Letters; NOTHING + 1] = {
    let codas: [&[u8]; 8] = [b"", b"k", b"n", b"t", b"l", b"m", b"p", b"ng"];
    let mut table = [Letters(0); NOTHING + 1];
    let mut i = 0;
    while i < ASCII {
        let (onset, coda) = (i / 8, i % 8);
        let initial = if onset / 21 == LL as usize {
            "l"
        } else {
            RR_L[onset / 21]
        };
        table[i] = Letters::new(initial.as_bytes())
            .then(Letters::new(RR_V[onset % 21].as_bytes()))
            .then(Letters::new(codas[coda]));
        i += 1;
    }
    while i < NOTHING {
        table[i] = Letters::new(&[(i - ASCII) as u8]);
        i += 1;
    }
    table
};

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
}

/// One (spelled final, spelled initial) pair: what it leaves, and when the
/// word must be asked instead. The flags are tested together, without a
/// branch each, since real text mixes the kinds of pairs unpredictably.
#[derive(Clone, Copy, Debug)]
struct Cell {
    /// The crossing when the flags say nothing else.
    plain: Crossing,
    /// The crossing before a verbal suffix ([`Cell::aspirates`]).
    verbal: Crossing,
    /// Ask [`pron::boundary`] with the word in place, always.
    ask: bool,
    /// A final before ㅇ (liaison): ask if the word lists know the two
    /// syllables (29항 ㄴ insertion, 17항 exceptions).
    listed_asks: bool,
    /// A final before ㅎ: `verbal` before a verbal suffix (잡혀 japyeo),
    /// `plain` in nouns (묵호 Mukho).
    aspirates: bool,
    /// A final of 귿 읒 읓 읔 읕 읖 읗 before ㅇ: ask if the first syllable
    /// has ㅡ, as a letter name (16항: 디귿이 [디그시]).
    eu_asks: bool,
    /// A final that palatalizes before 이 or 히 (17항: ㄷ ㅌ ㄾ): ask if the
    /// second syllable has ㅣ.
    i_asks: bool,
}

/// The column of [`BOUNDARIES`] for a unit that is not a syllable.
const WORD_END: usize = 19;

/// Every (spelled final, spelled initial) pair, settled once by
/// [`pron::boundary`] as far as [`pron::needs_context`] allows; the last
/// column is the end of a word.
static BOUNDARIES: LazyLock<[[Cell; 20]; 28]> = LazyLock::new(|| {
    let crossing = |final_: u8, initial: u8, vowel: u8| {
        let a = Syllable {
            l: l::NG,
            v: v::A,
            t: final_,
        };
        let b = Syllable {
            l: initial,
            v: vowel,
            t: t::NONE,
        };
        let (f, i, tensed) = pron::boundary(&[a, b][..], 0, Sound::spelled(a), b, RR_RULES);
        Crossing::new(f, i, tensed)
    };
    std::array::from_fn(|final_| {
        std::array::from_fn(|initial| {
            let final_ = final_ as u8;
            if initial == WORD_END {
                let end = Crossing::new(pron::neutralize(final_, None), l::NG, false);
                return Cell {
                    plain: end,
                    verbal: end,
                    ask: false,
                    listed_asks: false,
                    aspirates: false,
                    eu_asks: false,
                    i_asks: false,
                };
            }
            let initial = initial as u8;
            let context = pron::needs_context(final_, initial);
            let liaison = context && initial == l::NG;
            // ㅈ ㅊ + ㅎ depend on the vowel after (맞히다 [마치다]).
            let aspirates = context && initial == l::H && !matches!(final_, t::J | t::CH);
            Cell {
                plain: crossing(final_, initial, v::O),  // 호: not verbal
                verbal: crossing(final_, initial, v::A), // 하: verbal
                // 밟- (10항) and ㄴ + ㄹ (20항 다만) need the word.
                ask: context && (final_ == t::LB || !(liaison || aspirates)),
                listed_asks: liaison,
                aspirates,
                eu_asks: liaison && matches!(final_, t::D | t::J | t::CH | t::K | t::T | t::P | t::H),
                i_asks: (liaison || aspirates) && matches!(final_, t::D | t::T | t::LT),
            }
        })
    })
});

impl Cell {
    /// The crossing from `a` to `b` (both as spelled, with their indices
    /// among the syllables), if the table settles it.
    #[inline]
    fn settle(&self, a_index: usize, a: Syllable, b_index: usize, b: Syllable) -> Option<Crossing> {
        let ask = self.ask
            | (self.i_asks & (b.v == v::I))
            | (self.eu_asks & (a.v == v::EU))
            | (self.listed_asks & crate::tables::pron_pair_listed(a_index, b_index));
        if ask {
            return None;
        }
        Some(if self.aspirates && pron::verbal_h(b) {
            self.verbal
        } else {
            self.plain
        })
    }
}

/// The letters of every syllable, `l << 10 | v << 5 | t` (22 KiB): one load
/// instead of two divisions.
static LETTERS: [u16; 11_172] = {
    let mut table = [0u16; 11_172];
    let mut i = 0;
    while i < 11_172 {
        table[i] = (((i / 588) << 10) | ((i / 28 % 21) << 5) | (i % 28)) as u16;
        i += 1;
    }
    table
};

#[inline]
fn letters(index: usize) -> Syllable {
    let x = LETTERS.get(index).copied().unwrap_or(0);
    Syllable {
        l: (x >> 10) as u8,
        v: (x >> 5 & 31) as u8,
        t: (x & 31) as u8,
    }
}

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
    let cells = &*BOUNDARIES;
    let bytes = text.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(text.len() + text.len() / 2 + 8);
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        if byte < 0x80 {
            out.push(byte);
            i += 1;
        } else if let Some(first) = syllable_at(bytes, i) {
            i = word(bytes, i, first, cells, &mut out);
        } else {
            i += other_character(text, i, &mut out);
        }
    }
    // Only ASCII letters and whole characters of `text` were written.
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// Writes the word of syllables starting at `bytes[start]` (syllable index
/// `first`) and returns where it ends.
#[inline]
fn word(bytes: &[u8], start: usize, first: usize, cells: &[[Cell; 20]; 28], out: &mut Vec<u8>) -> usize {
    // The syllable before the boundary: its index, its letters as spelled,
    // its initial as pronounced and as written.
    let mut a_index = first;
    let mut a = letters(first);
    let (mut a_l, mut written) = (a.l, a.l);
    let mut at = start + 3;
    while let Some(b_index) = syllable_at(bytes, at) {
        let b = letters(b_index);
        let crossing = cells[usize::from(a.t)][usize::from(b.l)]
            .settle(a_index, a, b_index, b)
            .unwrap_or_else(|| ask(bytes, start, at, a, a_l, b));
        let onset = usize::from(written) * 21 + usize::from(a.v);
        OUT[onset * 8 + usize::from(crossing.coda)].write(out);
        (a_index, a, a_l, written) = (b_index, b, crossing.initial, crossing.written);
        at += 3;
    }
    let end = cells[usize::from(a.t)][WORD_END].plain;
    let onset = usize::from(written) * 21 + usize::from(a.v);
    OUT[onset * 8 + usize::from(end.coda)].write(out);
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

    /// Whatever the table settles is what `pron::boundary` says, for every
    /// pair of final and initial, every first syllable (its initial as
    /// spelled or changed, its vowel) and every second syllable (vowel and
    /// final), at the start of a word and inside one.
    #[test]
    fn the_table_settles_only_what_the_pair_decides() {
        let mut settled = 0;
        for (final_, row) in (0u8..).zip(BOUNDARIES.iter()) {
            let end = row[WORD_END].plain;
            assert_eq!(
                usize::from(end.coda),
                final_sound_index(pron::neutralize(final_, None))
            );
            for (initial, cell) in (0u8..).zip(&row[..WORD_END]) {
                let mut check = |first: Syllable, changed_l: u8, second: Syllable| {
                    let Some(crossing) = cell.settle(first.index(), first, second.index(), second) else {
                        return;
                    };
                    let a = Sound {
                        l: changed_l,
                        ..Sound::spelled(first)
                    };
                    for word in [
                        &[first, second][..],
                        &[
                            Syllable {
                                l: l::G,
                                v: v::A,
                                t: t::N,
                            },
                            first,
                            second,
                        ],
                    ] {
                        let i = word.len() - 2;
                        let (f, b_l, tensed) = pron::boundary(word, i, a, second, RR_RULES);
                        let expected = Crossing::new(f, b_l, tensed);
                        assert_eq!(
                            crossing,
                            expected,
                            "{}{} in {word:?}",
                            first.to_char(),
                            second.to_char()
                        );
                    }
                    settled += 1;
                };
                for (l_, vowel) in (0..19u8).flat_map(|x| (0..21u8).map(move |y| (x, y))) {
                    let first = Syllable {
                        l: l_,
                        v: vowel,
                        t: final_,
                    };
                    let second = Syllable {
                        l: initial,
                        v: v::A,
                        t: t::NONE,
                    };
                    check(first, l_, second);
                    check(first, l::plain(l_), second);
                }
                for (vowel, t_) in (0..21u8).flat_map(|x| (0..28u8).map(move |y| (x, y))) {
                    let first = Syllable {
                        l: l::NG,
                        v: v::A,
                        t: final_,
                    };
                    let second = Syllable {
                        l: initial,
                        v: vowel,
                        t: t_,
                    };
                    check(first, l::NG, second);
                }
            }
        }
        assert!(settled > 500_000, "{settled}");
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
