//! The word tables of the spelling layer: the DPRK→ROK lexicon (우리말샘),
//! foreign names, political designations, particles, and the words the
//! initial-sound rule leaves alone. See `tables/README.md`.

use crate::tables::{
    bit, DPRK_SPELLINGS, DUEUM_BIGRAMS, DUEUM_EXCEPTIONS, JOINED_WORDS, PARTICLES, PARTICLE_LONGEST,
    ROK_KEPT_PAIRS, ROK_SURELY_KEPT_PAIRS, ROK_TWO_SYLLABLE_WORDS, SINO, SPELLING_FIRST_ANYWHERE,
    SPELLING_FLAGS, SPELLING_KEYS, SPELLING_LONGEST, SPELLING_ROK,
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
/// A same-word entry also read backwards, ROK → DPRK ([`dprk_spellings`]).
const REVERSE: u16 = 1 << 15;

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

/// Can a key matched anywhere in a word start with syllables `a`, `b`?
/// (Such keys have two syllables at least; a filter, as [`may_start`].)
#[inline]
pub(crate) fn may_start_anywhere_pair(a: usize, b: usize) -> bool {
    let bit = pair_bit(extend(extend(0, a), b));
    Index::get().anywhere_pairs[bit / 64] >> (bit % 64) & 1 == 1
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
            dprk_surnames: crate::tables::surnames()
                .iter()
                .map(|(_, f)| f.dprk_hangul)
                .collect(),
        })
    }
}

/// Is the syllable `s` a surname of one syllable, in ROK or DPRK spelling
/// (김, 이, 리, 최 …; `tables/surnames.tsv`)?
pub(crate) fn is_surname(s: usize) -> bool {
    static SURNAME: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
        let mut bits = vec![0u64; 11_172_usize.div_ceil(64)];
        for (rok, forms) in crate::tables::surnames() {
            for form in [*rok, forms.dprk_hangul] {
                let mut chars = form.chars();
                if let (Some(c), None) = (chars.next(), chars.next()) {
                    let s = (c as usize).wrapping_sub(0xAC00);
                    if s < 11_172 {
                        bits[s / 64] |= 1 << (s % 64);
                    }
                }
            }
        }
        bits
    });
    bit(&SURNAME, s)
}

/// Is `syllable` the DPRK form of a surname (리, 림, 로, 김 …)?
pub(crate) fn is_dprk_surname(syllable: &str) -> bool {
    Sets::get().dprk_surnames.contains(syllable)
}

pub(crate) const LONGEST: usize = SPELLING_LONGEST;

/// The DPRK spellings of the ROK word `rok`, from the same-word rows and
/// the foreign names read backwards.
pub(crate) fn dprk_spellings(rok: &str) -> &'static [&'static str] {
    static MAP: std::sync::OnceLock<Map<Vec<&'static str>>> = std::sync::OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut map: Map<Vec<&'static str>> = Map::default();
        let index = Index::get();
        for &(dprk, w, stem) in &index.entries {
            if let Some(e) = index.words[w as usize]
                .same
                .filter(|e| !stem && e.flags & REVERSE != 0)
            {
                map.entry(e.rok).or_default().push(dprk);
            }
        }
        for line in DPRK_SPELLINGS.lines() {
            let mut fields = line.split('\t');
            if let Some(rok) = fields.next() {
                map.entry(rok).or_default().extend(fields);
            }
        }
        for list in map.values_mut() {
            list.sort_unstable();
        }
        map
    });
    map.get(rok).map_or(&[], Vec::as_slice)
}

type Map<V> = std::collections::HashMap<&'static str, V, crate::tables::Fnv>;

/// The words of `SPELLING_KEYS`, `SPELLING_ROK` and `SPELLING_FLAGS` (see
/// `build/spelling.rs`, which wrote and checked them), each key with its
/// words. The keys and ROK words are spelled out once into one string that
/// lives as long as the program (the tables are built once, on first use).
fn spelling_records() -> Vec<(&'static str, Words)> {
    /// A count written as one character from `0`.
    fn count(c: Option<char>) -> usize {
        c.map_or(0, |c| (c as usize).saturating_sub('0' as usize))
    }
    /// The first `n` syllables of `s`.
    fn syllables(s: &str, n: usize) -> &str {
        s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
    }
    /// The last `n` syllables of `s`.
    fn last_syllables(s: &str, n: usize) -> &str {
        if n == 0 {
            return "";
        }
        s.char_indices().rev().nth(n - 1).map_or(s, |(i, _)| &s[i..])
    }

    /// Appends `text[range]` to `text` (through `buf`: `String::extend_from_within`
    /// is newer than the crate's MSRV).
    fn repeat(text: &mut String, buf: &mut String, range: std::ops::Range<usize>) {
        buf.clear();
        buf.push_str(&text[range]);
        text.push_str(buf);
    }
    type Span = (usize, usize);
    type Slot = Option<(usize, usize, u16)>;

    // Pass 1: spell everything out into one string, with (start, end) spans.
    let mut text = String::with_capacity(SPELLING_KEYS.len() + SPELLING_ROK.len());
    let mut buf = String::new();
    let mut spans: Vec<(Span, [Slot; 3])> = Vec::new();
    let mut roks = SPELLING_ROK.lines();
    let mut prev = (0, 0);
    for line in SPELLING_KEYS.lines() {
        let mut chars = line.chars();
        let shared = count(chars.next());
        let start = text.len();
        let before = syllables(&text[prev.0..prev.1], shared).len();
        repeat(&mut text, &mut buf, prev.0..prev.0 + before);
        text.push_str(chars.as_str());
        let key = (start, text.len());
        let mut slots = [None; 3];
        for slot in &mut slots {
            let Some(rok) = roks.next() else { break };
            let mut chars = rok.chars();
            let Some(&f) = chars.next().and_then(|c| SPELLING_FLAGS.get(count(Some(c)))) else {
                continue;
            };
            let (head, tail) = (count(chars.next()), count(chars.next()));
            let dprk = &text[key.0..key.1];
            let (head, tail) = (syllables(dprk, head).len(), last_syllables(dprk, tail).len());
            let start = text.len();
            repeat(&mut text, &mut buf, key.0..key.0 + head);
            text.push_str(chars.as_str());
            repeat(&mut text, &mut buf, key.1 - tail..key.1);
            *slot = Some((start, text.len(), f));
        }
        spans.push((key, slots));
        prev = key;
    }

    // Pass 2: the string for good, and the words as slices of it.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let entry = |s: Option<(usize, usize, u16)>| {
        s.map(|(a, b, flags)| Entry {
            rok: &text[a..b],
            flags,
        })
    };
    spans
        .into_iter()
        .map(|((a, b), [same, vocabulary, designation])| {
            (
                &text[a..b],
                Words {
                    same: entry(same),
                    vocabulary: entry(vocabulary),
                    designation: entry(designation),
                },
            )
        })
        .collect()
}

/// Is `word` a ROK word of the tables that ends in a dependent noun and is
/// written joined (어린것, 헌것)?
pub(crate) fn is_joined_word(syllables: &[usize]) -> bool {
    syllables.len() <= 4 && JOINED_WORDS.binary_search(&pack(syllables)).is_ok()
}

/// Up to four syllables in one number, 16 bits each (index from 가, plus
/// one), as `build/spelling.rs` packs [`JOINED_WORDS`].
fn pack(syllables: &[usize]) -> u64 {
    syllables.iter().fold(0, |key, &s| key << 16 | (s as u64 + 1))
}

pub(crate) fn is_dueum_exception(word: &str) -> bool {
    Sets::get().exceptions.contains(word)
}

/// Does ROK spelling keep the ㄹ or ㄴ of `next` after `prev` inside a word
/// (협력, 관리)?
pub(crate) fn rok_keeps_pair(prev: usize, next: usize) -> bool {
    Pairs::get().kept.contains(prev, next)
}

/// Is `prev` `next` a common word that keeps the ㄹ or ㄴ of `next`
/// (`tables/kept_words.tsv`: 신년, 괴뢰, 승리), wherever it stands?
pub(crate) fn rok_surely_keeps_pair(prev: usize, next: usize) -> bool {
    Pairs::get().sure.contains(prev, next)
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
/// on first use from the pairs `build/spelling.rs` wrote as LEB128 differences.
struct PairSet {
    slots: Vec<u32>,
    shift: u32,
}

impl PairSet {
    /// The set of `bytes`: ascending pairs as LEB128 differences
    /// (`build/spelling.rs`).
    fn new(bytes: &[u8]) -> PairSet {
        let mut pairs = Vec::with_capacity(bytes.len() / 2);
        let (mut pair, mut delta, mut shift) = (0u32, 0u32, 0);
        for &b in bytes {
            delta |= u32::from(b & 0x7F).checked_shl(shift).unwrap_or(0);
            shift += 7;
            if b & 0x80 == 0 {
                pair = pair.wrapping_add(delta);
                pairs.push(pair & 0x7FFF_FFFF);
                (delta, shift) = (0, 0);
            }
        }
        let bits = (pairs.len() * 2).next_power_of_two().trailing_zeros().max(4);
        let mut p = PairSet {
            slots: vec![0; 1 << bits],
            shift: 32 - bits,
        };
        for pair in pairs {
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
    sure: PairSet,
    two: PairSet,
    dueum: PairSet,
}

impl Pairs {
    fn get() -> &'static Pairs {
        static PAIRS: std::sync::OnceLock<Pairs> = std::sync::OnceLock::new();
        PAIRS.get_or_init(|| Pairs {
            kept: PairSet::new(ROK_KEPT_PAIRS),
            sure: PairSet::new(ROK_SURELY_KEPT_PAIRS),
            two: PairSet::new(ROK_TWO_SYLLABLE_WORDS),
            dueum: PairSet::new(DUEUM_BIGRAMS),
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
            super::tick(1);
            if rest.is_char_boundary(len) && particles.contains(&rest[..len]) && go(&rest[len..], depth + 1) {
                return true;
            }
            len -= 3;
        }
        false
    }
    rest.len() <= 3 * PARTICLE_LONGEST && go(rest, 0)
}

/// Is `word` one particle of the table (로, 를, 로부터; not 로인, which
/// reads as 로 + 인 but is 老人)?
pub(crate) fn is_particle(word: &str) -> bool {
    Sets::get().particles.contains(word)
}

/// The case and topic particles a noun takes (이, 가, 을, 를 …); not the
/// endings (바다가 but not 뒤가지), nor the suffixes (량적, 리상) and the
/// particles that also start nouns (대로: 년대로 is 年代 + 로).
const NOUN_PARTICLES: [&str; 14] = [
    "이", "가", "을", "를", "은", "는", "의", "에", "와", "과", "도", "만", "로", "께",
];

/// Is the last syllable of `word` a noun's particle (바다가 = 바다 + 가)?
pub(crate) fn ends_in_particle(word: &str) -> bool {
    word.len() > 3 && NOUN_PARTICLES.contains(&&word[word.len() - 3..])
}

/// Does `rest` start with a noun's particle (에는, 을; not 적으로, 대로)?
pub(crate) fn starts_with_noun_particle(rest: &str) -> bool {
    rest.get(..3).is_some_and(|p| NOUN_PARTICLES.contains(&p))
}

/// A fast index over the keys of `SPELLING`, built on first use: lookups by
/// a hash of syllable indices computed as a word is read, so that a word
/// costs one probe of a small filter unless some key may start it.
///
/// - `prefixes`: a bit per hash of every start of a key of two syllables
///   or more (로동, 로동자, 로동자들), the whole key included (a key of one
///   syllable sets `singles`). A word is read one syllable at a time only
///   while what it has read is the start of some key: most words stop at
///   their second or third syllable, and only the lengths where a whole
///   key may end are probed.
/// - `slots`: open addressing, `fingerprint << 24 | entry + 1`.
/// - `entries`: the key, its words and whether it is a verb's stem (a key
///   ending in 다 whose entry is a verb, entered without 다, matched with any
///   ending).
pub(crate) struct Index {
    prefixes: Vec<u64>,
    anywhere_pairs: Vec<u64>,
    /// A bit per hash of every key (and stem): most probes stop here.
    keys: Vec<u64>,
    /// The same for the keys (and stems) that are ROK spellings of the same
    /// word, the only ones that apply under the default options (a
    /// `lexical_equivalent` row such as 위하다 → 맡기다 must not make every
    /// 위하여 a candidate).
    same_ends: Vec<u64>,
    singles: Vec<u64>,
    same_singles: Vec<u64>,
    slots: Vec<u64>,
    /// Key, index in `words`, is a verb's stem.
    entries: Vec<(&'static str, u32, bool)>,
    words: Vec<Words>,
}

const PAIR_BITS: u32 = 17;
const PREFIX_BITS: u32 = 21;
const KEY_BITS: u32 = 21;
const SLOT_BITS: u32 = 16;

/// The hash of a run of syllables, extended one syllable at a time.
#[inline]
pub(crate) fn extend(h: u64, syllable: usize) -> u64 {
    (h.rotate_left(23) ^ syllable as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A key's bit in `Index::keys` and `Index::same_ends` (hashed again: the
/// top bits of `h` pick slots).
#[inline]
fn key_bit(h: u64) -> usize {
    (h.wrapping_mul(0x9FB2_1C65_1E98_DF25) >> (64 - KEY_BITS)) as usize
}

#[inline]
fn pair_bit(h2: u64) -> usize {
    (h2 >> (64 - PAIR_BITS)) as usize
}

/// A start of a key's bit in `Index::prefixes` (hashed again: the key and
/// slot bits come from the same hash).
#[inline]
fn prefix_bit(h: u64) -> usize {
    (h.wrapping_mul(0xD6E8_FEB8_6659_FD93) >> (64 - PREFIX_BITS)) as usize
}

#[inline]
fn has(bits: &[u64], b: usize) -> bool {
    bits[b / 64] >> (b % 64) & 1 == 1
}

impl Index {
    fn get() -> &'static Index {
        static INDEX: std::sync::OnceLock<Index> = std::sync::OnceLock::new();
        INDEX.get_or_init(Index::build)
    }

    fn build() -> Index {
        let mut entries: Vec<(&'static str, u32, bool)> = Vec::with_capacity(32 * 1024);
        let mut all_words = Vec::with_capacity(32 * 1024);
        for (key, words) in spelling_records() {
            let i = all_words.len() as u32;
            entries.push((key, i, false));
            let verb = [words.same, words.vocabulary]
                .iter()
                .flatten()
                .any(|e| e.flags & VERB != 0);
            if verb && key.len() >= 9 {
                if let Some(stem) = key.strip_suffix('다') {
                    entries.push((stem, i, true));
                }
            }
            all_words.push(words);
        }
        let mut index = Index {
            prefixes: vec![0; 1 << (PREFIX_BITS - 6)],
            anywhere_pairs: vec![0; 1 << (PAIR_BITS - 6)],
            keys: vec![0; 1 << (KEY_BITS - 6)],
            same_ends: vec![0; 1 << (KEY_BITS - 6)],
            singles: vec![0; 11_172_usize.div_ceil(64)],
            same_singles: vec![0; 11_172_usize.div_ceil(64)],
            slots: vec![0; 1 << SLOT_BITS],
            entries: Vec::new(),
            words: Vec::new(),
        };
        assert!(
            entries.len() < (1 << SLOT_BITS) * 3 / 4,
            "the spelling index is too full"
        );
        for (i, &(key, w, stem)) in entries.iter().enumerate() {
            let words = &all_words[w as usize];
            let mut h = 0;
            let mut n = 0;
            for c in key.chars() {
                let s = c as usize - 0xAC00;
                h = extend(h, s);
                n += 1;
                if n == 1 && key.len() == 3 {
                    index.singles[s / 64] |= 1 << (s % 64);
                    if words.same.is_some() {
                        index.same_singles[s / 64] |= 1 << (s % 64);
                    }
                }
                if n >= 2 {
                    let b = prefix_bit(h);
                    index.prefixes[b / 64] |= 1 << (b % 64);
                }
                if n == 2 && !stem && words.same.is_some_and(|e| e.flags & ANYWHERE != 0) {
                    let b = pair_bit(h);
                    index.anywhere_pairs[b / 64] |= 1 << (b % 64);
                }
            }
            let h = if stem { !h } else { h };
            let b = key_bit(h);
            index.keys[b / 64] |= 1 << (b % 64);
            if words.same.is_some() {
                index.same_ends[b / 64] |= 1 << (b % 64);
            }
            let mut slot = (h >> (64 - SLOT_BITS)) as usize;
            while index.slots[slot] != 0 {
                slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
            }
            index.slots[slot] = (h >> 24) << 24 | (i as u64 + 1);
        }
        index.entries = entries;
        index.words = all_words;
        index
    }

    /// The one-syllable keys: of every row, or only of the ROK spellings
    /// of the same word.
    fn singles(&self, every: bool) -> &[u64] {
        if every {
            &self.singles
        } else {
            &self.same_singles
        }
    }

    /// Where a key (or a stem) may end: of every row, or only of the ROK
    /// spellings of the same word.
    fn ends(&self, every: bool) -> &[u64] {
        if every {
            &self.keys
        } else {
            &self.same_ends
        }
    }

    /// The entry whose key is `key`, with `h` the hash of its syllables.
    #[inline]
    fn probe(&'static self, h: u64, key: &str, stem: bool) -> Option<&'static Words> {
        let h = if stem { !h } else { h };
        let b = key_bit(h);
        if self.keys[b / 64] >> (b % 64) & 1 == 0 {
            return None;
        }
        self.probe_slots(h, key, stem)
    }

    #[inline]
    fn probe_slots(&'static self, h: u64, key: &str, stem: bool) -> Option<&'static Words> {
        let mut slot = (h >> (64 - SLOT_BITS)) as usize;
        loop {
            super::tick(1);
            let v = self.slots[slot];
            if v == 0 {
                return None;
            }
            if v >> 24 == h >> 24 {
                let (k, w, s) = self.entries[(v & 0xFF_FFFF) as usize - 1];
                if k == key && s == stem {
                    return self.words.get(w as usize);
                }
            }
            slot = (slot + 1) & ((1 << SLOT_BITS) - 1);
        }
    }
}

/// Can a table word start `syl`? (A filter: a one-syllable key, or a
/// length where a whole key may end; see [`Index`].) With `every`, any row
/// (the options ask for other words or designations), else only the ROK
/// spellings of the same word.
#[inline]
pub(crate) fn may_start(syl: &[usize], every: bool) -> bool {
    let index = Index::get();
    let mut found = has(index.singles(every), syl[0]);
    if !found {
        walk(index, syl, false, every, |_, _, end| {
            found = end;
            !end
        });
    }
    found
}

/// The longest syllable count a key may have that starts `syl`.
const MAX_KEY: usize = LONGEST / 3;
const _: () = assert!(MAX_KEY < 32, "a key's lengths are bits of a u32");

/// Reads `syl` from its second syllable while what is read starts some
/// key, calling `each(k, hash of syl[..=k], whether a whole key or a verb's
/// stem may end there)` until it returns false. With `anywhere`, only keys
/// whose first two syllables start a word that may stand anywhere in a
/// word; with `every`, the ends of every row, else of the ROK spellings of
/// the same word.
#[inline]
fn walk(
    index: &Index,
    syl: &[usize],
    anywhere: bool,
    every: bool,
    mut each: impl FnMut(usize, u64, bool) -> bool,
) {
    let n = syl.len().min(MAX_KEY);
    let Some(&first) = syl.first() else {
        return;
    };
    let ends = index.ends(every);
    let mut h = extend(0, first);
    for (j, &s) in syl[1..n].iter().enumerate() {
        super::tick(1);
        let k = j + 1;
        h = extend(h, s);
        if !has(&index.prefixes, prefix_bit(h))
            || (k == 1 && anywhere && !has(&index.anywhere_pairs, pair_bit(h)))
        {
            return;
        }
        let end = has(ends, key_bit(h)) || has(ends, key_bit(!h));
        if !each(k, h, end) {
            return;
        }
    }
}

/// The table words that `word` (its syllables `syl`) starts with, longest
/// first, as (byte length, words, is a verb's stem). `f` returns `Some` to
/// stop with its value. With `anywhere`, only words that may stand anywhere
/// in a word (and others that share their first two syllables). With
/// `every`, any row; else only the ROK spellings of the same word (`f` is
/// then given no other).
pub(crate) fn prefixes<T>(
    word: &str,
    syl: &[usize],
    anywhere: bool,
    every: bool,
    mut f: impl FnMut(usize, &'static Words, bool) -> Option<T>,
) -> Option<T> {
    let index = Index::get();
    if syl.is_empty() {
        return None;
    }
    let mut hashes = [0u64; MAX_KEY];
    hashes[0] = extend(0, syl[0]);
    let mut ends = 0u32;
    walk(index, syl, anywhere, every, |k, h, end| {
        hashes[k] = h;
        ends |= u32::from(end) << (k + 1);
        true
    });
    while ends != 0 {
        let k = 31 - ends.leading_zeros() as usize;
        ends &= !(1 << k);
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
    if !anywhere && has(index.singles(every), syl[0]) {
        if let Some(w) = index.probe(hashes[0], &word[..3], false) {
            return f(3, w, false);
        }
    }
    None
}
