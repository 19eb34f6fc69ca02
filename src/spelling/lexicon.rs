//! The word tables of the spelling layer: the DPRK→ROK lexicon (우리말샘),
//! foreign names, political designations, particles, and the words the
//! initial-sound rule leaves alone. See `tables/README.md`.

use crate::tables::{
    DPRK_SPELLINGS, DUEUM_BIGRAMS, DUEUM_EXCEPTIONS, JOINED_WORDS, PARTICLES, PARTICLE_LONGEST,
    ROK_KEPT_PAIRS, ROK_TWO_SYLLABLE_WORDS, SINO, SPELLING, SPELLING_FIRST_ANYWHERE, SPELLING_LONGEST,
};

// Flags of an entry, from its phenomena (`build/spelling.rs` writes them all;
// these are the ones the rules ask about).
pub(crate) const SAISIOT: u16 = 1 << 2;
pub(crate) const LOANWORD: u16 = 1 << 3;
pub(crate) const TENSE: u16 = 1 << 7;
pub(crate) const FOREIGN: u16 = 1 << 9;
pub(crate) const VERB: u16 = 1 << 11;
/// A loanword or foreign name matched anywhere in a word (싸이버방위…).
pub(crate) const ANYWHERE: u16 = 1 << 13;

/// One DPRK word → ROK word fact.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Entry {
    pub(crate) rok: &'static str,
    pub(crate) flags: u16,
}

/// What the tables say about one DPRK word: its ROK spelling (the same word),
/// its ROK equivalent (a different word, opt-in) and its ROK designation
/// (opt-in).
#[derive(Debug)]
pub(crate) struct Words {
    pub(crate) same: Option<Entry>,
    pub(crate) vocabulary: Option<Entry>,
    pub(crate) designation: Option<Entry>,
}

#[inline]
fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// Is the syllable (index from U+AC00) a reading of some Hanja?
#[inline]
pub(crate) fn is_sino(syllable: usize) -> bool {
    bit(&SINO, syllable)
}

/// Can a key matched anywhere in a word start with this syllable?
#[inline]
pub(crate) fn may_start_anywhere(syllable: usize) -> bool {
    bit(&SPELLING_FIRST_ANYWHERE, syllable)
}

/// What the tables say about the DPRK word `dprk` (a whole key).
pub(crate) fn words(dprk: &str) -> Option<&'static Words> {
    let mut h = 0;
    for c in dprk.chars() {
        let s = (c as usize).checked_sub(0xAC00).filter(|&s| s < 11_172)?;
        h = extend(h, s);
    }
    Index::get().probe(h, dprk, false)
}

/// The word sets asked once per candidate word, as hash sets with a short
/// hash (the `phf` sets hash with SipHash, slower for these few bytes).
struct Sets {
    particles: std::collections::HashSet<&'static str, crate::tables::Fnv>,
    exceptions: std::collections::HashSet<&'static str, crate::tables::Fnv>,
    dprk_surnames: std::collections::HashSet<&'static str, crate::tables::Fnv>,
}

impl Sets {
    fn get() -> &'static Sets {
        static SETS: std::sync::OnceLock<Sets> = std::sync::OnceLock::new();
        SETS.get_or_init(|| Sets {
            particles: PARTICLES.iter().copied().collect(),
            exceptions: DUEUM_EXCEPTIONS.iter().copied().collect(),
            dprk_surnames: crate::tables::SURNAMES.values().map(|f| f.dprk_hangul).collect(),
        })
    }
}

/// Is `syllable` the DPRK form of a surname (리, 림, 로, 김 …)?
pub(crate) fn is_dprk_surname(syllable: &str) -> bool {
    Sets::get().dprk_surnames.contains(syllable)
}

pub(crate) const LONGEST: usize = SPELLING_LONGEST;

pub(crate) fn dprk_spellings(rok: &str) -> &'static [&'static str] {
    DPRK_SPELLINGS.get(rok).copied().unwrap_or(&[])
}

/// Is `word` a ROK word of the tables that ends in a dependent noun and is
/// written joined (어린것, 헌것)?
pub(crate) fn is_joined_word(word: &str) -> bool {
    JOINED_WORDS.contains(word)
}

pub(crate) fn is_dueum_exception(word: &str) -> bool {
    Sets::get().exceptions.contains(word)
}

/// Does ROK spelling keep the ㄹ or ㄴ of `next` after `prev` inside a word
/// (협력, 관리)?
pub(crate) fn rok_keeps_pair(prev: usize, next: usize) -> bool {
    Pairs::get().kept.contains(prev, next)
}

/// Is `first` `second` a two-syllable ROK word (작전, 국회)?
pub(crate) fn is_rok_two_syllable_word(first: usize, second: usize) -> bool {
    Pairs::get().two.contains(first, second)
}

/// Do `first` and `second` start a word the lexicon respells by the
/// initial-sound rule (련맹, 령역, 랭전)?
pub(crate) fn starts_dueum_word(first: usize, second: usize) -> bool {
    Pairs::get().dueum.contains(first, second)
}

/// A set of syllable pairs, open addressing on a multiplicative hash; built
/// on first use from a `phf` set, which is slower to ask (SipHash).
struct PairSet {
    slots: Vec<u32>,
    shift: u32,
}

impl PairSet {
    fn new(set: &phf::Set<u32>) -> PairSet {
        let bits = (set.len() * 2).next_power_of_two().trailing_zeros().max(4);
        let mut p = PairSet {
            slots: vec![0; 1 << bits],
            shift: 32 - bits,
        };
        for &pair in set.iter() {
            let mut i = p.slot(pair);
            while p.slots[i] != 0 {
                i = (i + 1) & (p.slots.len() - 1);
            }
            p.slots[i] = pair | 1 << 31;
        }
        p
    }

    #[inline]
    fn slot(&self, pair: u32) -> usize {
        (pair.wrapping_mul(0x9E37_79B1) >> self.shift) as usize
    }

    #[inline]
    fn contains(&self, first: usize, second: usize) -> bool {
        let pair = (first as u32) << 16 | second as u32;
        let mut i = self.slot(pair);
        loop {
            match self.slots[i] {
                0 => return false,
                v if v == pair | 1 << 31 => return true,
                _ => i = (i + 1) & (self.slots.len() - 1),
            }
        }
    }
}

struct Pairs {
    kept: PairSet,
    two: PairSet,
    dueum: PairSet,
}

impl Pairs {
    fn get() -> &'static Pairs {
        static PAIRS: std::sync::OnceLock<Pairs> = std::sync::OnceLock::new();
        PAIRS.get_or_init(|| Pairs {
            kept: PairSet::new(&ROK_KEPT_PAIRS),
            two: PairSet::new(&ROK_TWO_SYLLABLE_WORDS),
            dueum: PairSet::new(&DUEUM_BIGRAMS),
        })
    }
}

/// Is `rest` a run of at most three particles, copula forms or suffixes
/// (을, 에서는, 들의, 이였다)? The empty string is.
pub(crate) fn is_particles(rest: &str) -> bool {
    fn go(rest: &str, depth: u8) -> bool {
        if rest.is_empty() {
            return true;
        }
        if depth == 3 {
            return false;
        }
        // Longest first; particles are whole syllables (3 bytes each).
        let particles = &Sets::get().particles;
        let mut len = rest.len().min(PARTICLE_LONGEST);
        while len >= 3 {
            if rest.is_char_boundary(len) && particles.contains(&rest[..len]) && go(&rest[len..], depth + 1) {
                return true;
            }
            len -= 3;
        }
        false
    }
    rest.len() <= 3 * PARTICLE_LONGEST && go(rest, 0)
}

/// Is the last syllable of `word` a noun's particle (바다가 = 바다 + 가)?
pub(crate) fn ends_in_particle(word: &str) -> bool {
    // The case and topic particles a noun takes (이, 가, 을, 를 …); not the
    // endings (바다가 but not 뒤가지).
    const NOUN_PARTICLES: [&str; 14] = [
        "이", "가", "을", "를", "은", "는", "의", "에", "와", "과", "도", "만", "로", "께",
    ];
    word.len() > 3 && NOUN_PARTICLES.contains(&&word[word.len() - 3..])
}

/// A fast index over the keys of `SPELLING`, built on first use: lookups by
/// a hash of syllable indices computed as a word is read, so that a word
/// costs one probe of a small filter unless some key may start it.
///
/// - `pairs`: a bit per hash of a key's first two syllables (a key of one
///   syllable sets `singles`); a word whose first two syllables miss it can
///   only match a one-syllable key.
/// - `slots`: open addressing, `fingerprint << 24 | entry + 1`.
/// - `entries`: the key, its words and whether it is a verb's stem (a key
///   ending in 다 whose entry is a verb, entered without 다, matched with any
///   ending).
pub(crate) struct Index {
    pairs: Vec<u64>,
    anywhere_pairs: Vec<u64>,
    /// A bit per hash of every key (and stem): most probes stop here.
    keys: Vec<u64>,
    /// The longest key (in syllables) for each bucket of first pairs.
    longest: Vec<u8>,
    singles: Vec<u64>,
    slots: Vec<u64>,
    entries: Vec<(&'static str, &'static Words, bool)>,
}

const PAIR_BITS: u32 = 17;
const KEY_BITS: u32 = 20;
const LONGEST_BITS: u32 = 14;
const SLOT_BITS: u32 = 16;

/// The hash of a run of syllables, extended one syllable at a time.
#[inline]
pub(crate) fn extend(h: u64, syllable: usize) -> u64 {
    (h.rotate_left(23) ^ syllable as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A key's bit in `Index::keys` (the middle bits: the top ones pick slots).
#[inline]
fn key_bit(h: u64) -> usize {
    (h >> 20) as usize & ((1 << KEY_BITS) - 1)
}

#[inline]
fn pair_bit(h2: u64) -> usize {
    (h2 >> (64 - PAIR_BITS)) as usize
}

impl Index {
    fn get() -> &'static Index {
        static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        INDEX.get_or_init(Index::build)
    }

    fn build() -> Index {
        let mut entries: Vec<(&'static str, &'static Words, bool)> =
            Vec::with_capacity(SPELLING.len() + 1024);
        for (key, words) in SPELLING.entries() {
            entries.push((key, words, false));
            let verb = [words.same, words.vocabulary]
                .iter()
                .flatten()
                .any(|e| e.flags & VERB != 0);
            if verb && key.len() >= 9 {
                if let Some(stem) = key.strip_suffix('다') {
                    entries.push((stem, words, true));
                }
            }
        }
        let mut index = Index {
            pairs: vec![0; 1 << (PAIR_BITS - 6)],
            anywhere_pairs: vec![0; 1 << (PAIR_BITS - 6)],
            keys: vec![0; 1 << (KEY_BITS - 6)],
            longest: vec![0; 1 << LONGEST_BITS],
            singles: vec![0; 11_172_usize.div_ceil(64)],
            slots: vec![0; 1 << SLOT_BITS],
            entries: Vec::new(),
        };
        assert!(
            entries.len() < (1 << SLOT_BITS) * 3 / 4,
            "the spelling index is too full"
        );
        for (i, &(key, words, stem)) in entries.iter().enumerate() {
            let mut h = 0;
            let mut n = 0;
            for c in key.chars() {
                let s = c as usize - 0xAC00;
                h = extend(h, s);
                n += 1;
                if n == 1 && key.len() == 3 {
                    index.singles[s / 64] |= 1 << (s % 64);
                }
                if n == 2 {
                    let syllables = key.len() / 3;
                    let l = &mut index.longest[(h >> (64 - LONGEST_BITS)) as usize];
                    *l = (*l).max(syllables as u8);
                    let b = pair_bit(h);
                    index.pairs[b / 64] |= 1 << (b % 64);
                    if !stem && words.same.is_some_and(|e| e.flags & ANYWHERE != 0) {
                        index.anywhere_pairs[b / 64] |= 1 << (b % 64);
                    }
                }
            }
            let h = if stem { !h } else { h };
            let b = key_bit(h);
            index.keys[b / 64] |= 1 << (b % 64);
            let mut slot = (h >> (64 - SLOT_BITS)) as usize;
            while index.slots[slot] != 0 {
                slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
            }
            index.slots[slot] = (h >> 24) << 24 | (i as u64 + 1);
        }
        index.entries = entries;
        index
    }

    /// The entry whose key is `key`, with `h` the hash of its syllables.
    #[inline]
    fn probe(&self, h: u64, key: &str, stem: bool) -> Option<&'static Words> {
        let h = if stem { !h } else { h };
        let b = key_bit(h);
        if self.keys[b / 64] >> (b % 64) & 1 == 0 {
            return None;
        }
        self.probe_slots(h, key, stem)
    }

    #[inline]
    fn probe_slots(&self, h: u64, key: &str, stem: bool) -> Option<&'static Words> {
        let mut slot = (h >> (64 - SLOT_BITS)) as usize;
        loop {
            let v = self.slots[slot];
            if v == 0 {
                return None;
            }
            if v >> 24 == h >> 24 {
                let (k, words, s) = self.entries[(v & 0xFF_FFFF) as usize - 1];
                if k == key && s == stem {
                    return Some(words);
                }
            }
            slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
        }
    }
}

/// Can a table word start `syl` (the lexicon's filter: two syllables, or a
/// one-syllable key)?
#[inline]
pub(crate) fn may_start(syl: &[usize]) -> bool {
    let index = Index::get();
    if index.singles[syl[0] / 64] >> (syl[0] % 64) & 1 == 1 {
        return true;
    }
    syl.len() >= 2 && {
        let b = pair_bit(extend(extend(0, syl[0]), syl[1]));
        index.pairs[b / 64] >> (b % 64) & 1 == 1
    }
}

/// The table words that `word` (its syllables `syl`) starts with, longest
/// first, as (byte length, words, is a verb's stem). `f` returns `Some` to
/// stop with its value. With `anywhere`, only words that may stand anywhere
/// in a word (and others that share their first two syllables).
pub(crate) fn prefixes<T>(
    word: &str,
    syl: &[usize],
    anywhere: bool,
    mut f: impl FnMut(usize, &'static Words, bool) -> Option<T>,
) -> Option<T> {
    const MAX_KEY: usize = LONGEST / 3;
    let index = Index::get();
    let n = syl.len().min(MAX_KEY);
    if n == 0 {
        return None;
    }
    let h1 = extend(0, syl[0]);
    if n >= 2 {
        let h2 = extend(h1, syl[1]);
        let b = pair_bit(h2);
        let bloom = if anywhere {
            &index.anywhere_pairs
        } else {
            &index.pairs
        };
        if bloom[b / 64] >> (b % 64) & 1 == 1 {
            let n = n
                .min(index.longest[(h2 >> (64 - LONGEST_BITS)) as usize] as usize)
                .max(2);
            let mut hashes = [0u64; MAX_KEY];
            hashes[0] = h1;
            hashes[1] = h2;
            for k in 2..n {
                hashes[k] = extend(hashes[k - 1], syl[k]);
            }
            for k in (2..=n).rev() {
                let len = 3 * k;
                let key = &word[..len];
                if let Some(w) = index.probe(hashes[k - 1], key, false) {
                    if let Some(t) = f(len, w, false) {
                        return Some(t);
                    }
                }
                if !anywhere && len < word.len() {
                    if let Some(w) = index.probe(hashes[k - 1], key, true) {
                        if let Some(t) = f(len, w, true) {
                            return Some(t);
                        }
                    }
                }
            }
        }
    }
    if !anywhere && index.singles[syl[0] / 64] >> (syl[0] % 64) & 1 == 1 {
        if let Some(w) = index.probe(h1, &word[..3], false) {
            return f(3, w, false);
        }
    }
    None
}
