//! The word tables of the spelling layer: the DPRK→ROK lexicon (우리말샘),
//! foreign names, political designations, particles, and the words the
//! initial-sound rule leaves alone. See `tables/README.md`.

use crate::tables::{
    DPRK_SPELLINGS, DUEUM_BIGRAMS, DUEUM_EXCEPTIONS, JOINED_WORDS, PARTICLES, PARTICLE_LONGEST,
    ROK_KEPT_PAIRS, ROK_TWO_SYLLABLE_WORDS, SINO, SPELLING, SPELLING_FIRST, SPELLING_FIRST_ANYWHERE,
    SPELLING_LONGEST,
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

/// Can a key of the tables start with this syllable?
#[inline]
pub(crate) fn may_start_word(syllable: usize) -> bool {
    bit(&SPELLING_FIRST, syllable)
}

/// Can a key matched anywhere in a word start with this syllable?
#[inline]
pub(crate) fn may_start_anywhere(syllable: usize) -> bool {
    bit(&SPELLING_FIRST_ANYWHERE, syllable)
}

pub(crate) fn words(dprk: &str) -> Option<&'static Words> {
    SPELLING.get(dprk)
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
    DUEUM_EXCEPTIONS.contains(word)
}

/// Does ROK spelling keep the ㄹ or ㄴ of `next` after `prev` inside a word
/// (협력, 관리)?
pub(crate) fn rok_keeps_pair(prev: usize, next: usize) -> bool {
    ROK_KEPT_PAIRS.contains(&((prev as u32) << 16 | next as u32))
}

/// Is `first` `second` a two-syllable ROK word (작전, 국회)?
pub(crate) fn is_rok_two_syllable_word(first: usize, second: usize) -> bool {
    ROK_TWO_SYLLABLE_WORDS.contains(&((first as u32) << 16 | second as u32))
}

/// Do `first` and `second` start a word the lexicon respells by the
/// initial-sound rule (련맹, 령역, 랭전)?
pub(crate) fn starts_dueum_word(first: usize, second: usize) -> bool {
    DUEUM_BIGRAMS.contains(&((first as u32) << 16 | second as u32))
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
        let mut len = rest.len().min(PARTICLE_LONGEST);
        while len >= 3 {
            if rest.is_char_boundary(len) && PARTICLES.contains(&rest[..len]) && go(&rest[len..], depth + 1) {
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
