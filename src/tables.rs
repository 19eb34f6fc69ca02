//! Tables compiled from `tables/*.tsv` by the build script.
//!
//! Each TSV file has a header, one fact per row and a `source` column; see
//! `tables/README.md` for provenance and licences. The build rejects a bad
//! table with `tables/X.tsv:LINE: reason`.

/// What a folded character is, which decides the rule id and the context in
/// which it is folded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FoldClass {
    /// A space look-alike (NBSP, U+3000, …) → U+0020.
    Space,
    /// An invisible character, removed between word characters.
    ZeroWidth,
    /// A full-width or half-width form → its ordinary form.
    Width,
    /// An apostrophe look-alike, folded between Latin letters.
    Apostrophe,
    /// A breve look-alike (ǒ, ô, ǔ, û), folded in Latin words.
    Breve,
}

/// One row of `tables/unicode_fold.tsv`.
#[derive(Debug)]
pub(crate) struct Fold {
    pub(crate) to: &'static str,
    pub(crate) class: FoldClass,
}

/// What a row of `tables/pron_words.tsv` says about its word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PronRule {
    /// ㄴ is inserted before the syllable at `at` (표준 발음법 29항).
    NInsertion,
    /// ㄴ + ㄹ before the syllable at `at` is [ㄹㄹ] although the word has the
    /// shape of 20항 다만 (lexicalized: 대관령 [대괄령]).
    Lateral,
    /// ㄷ ㅌ before 이 at `at` stay (이 starts a word: 곧이어 [고디어]).
    NoPalatalization,
    /// ㄴ + ㄹ before the syllable at `at` is [ㄴㄴ] (20항 다만: 공권력
    /// [공꿘녁]); it takes precedence over a `lateral` word inside it (권력).
    NotLateral,
}

/// One row of `tables/pron_words.tsv`.
#[derive(Debug)]
pub(crate) struct PronWord {
    pub(crate) rule: PronRule,
    pub(crate) at: u8,
}

/// The spellings of one surname in each system (`tables/surnames.tsv`).
#[derive(Debug)]
pub(crate) struct SurnameForms {
    pub(crate) rr: Option<&'static str>,
    pub(crate) mr: Option<&'static str>,
    pub(crate) mr_ascii: Option<&'static str>,
    pub(crate) dprk: Option<&'static str>,
    pub(crate) conventional: Option<&'static str>,
    /// The surname as the DPRK spells it in Hangul (이 → 리).
    pub(crate) dprk_hangul: &'static str,
    /// Its share of the population: from its census rank (Zipf) in the top
    /// 100, else from its census population.
    pub(crate) share: f32,
}

/// Every surname of `tables/surnames.tsv`, in Hangul, with its forms, in
/// the order of the Hangul (read from [`SURNAME_TEXT`] once).
pub(crate) fn surnames() -> &'static [(&'static str, SurnameForms)] {
    static TABLE: std::sync::LazyLock<Vec<(&'static str, SurnameForms)>> = std::sync::LazyLock::new(|| {
        SURNAME_TEXT
            .lines()
            .zip(SURNAME_SHARES)
            .map(|(line, share)| {
                let mut f = line.split('\t');
                let mut next = || f.next().unwrap_or("-");
                let mut form = || Some(next()).filter(|&f| f != "-");
                let hangul = form().unwrap_or_default();
                let (rr, mr, mr_ascii, dprk, conventional) = (form(), form(), form(), form(), form());
                let dprk_hangul = form().unwrap_or(hangul);
                let forms = SurnameForms {
                    rr,
                    mr,
                    mr_ascii,
                    dprk,
                    conventional,
                    dprk_hangul,
                    share,
                };
                (hangul, forms)
            })
            .collect()
    });
    &TABLE
}

/// The forms of the surname `hangul`, if it is one of `tables/surnames.tsv`.
pub(crate) fn surname(hangul: &str) -> Option<&'static SurnameForms> {
    let list = surnames();
    list.binary_search_by(|(h, _)| (*h).cmp(hangul))
        .ok()
        .map(|i| &list[i].1)
}

/// FNV-1a, for the run-time maps built from these tables (name spellings,
/// spelling exceptions, particles): their keys are a few bytes, and the maps
/// are not exposed to input chosen against them, so a short hash does.
#[derive(Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

impl std::hash::BuildHasher for Fnv {
    type Hasher = Fnv;

    fn build_hasher(&self) -> Fnv {
        Fnv::default()
    }
}

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

/// Whether bit `i` of a bitset of syllables ([`SINO`], [`KSX1001`],
/// [`NAME_HANJA`]; `i` = code point − U+AC00) is set.
#[inline]
pub(crate) fn bit(bits: &[u64], i: usize) -> bool {
    bits.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1)
}

/// Whether `a` followed by `b` could be the syllables before and at `at` of
/// a word of `tables/pron_words.tsv`: a test of two bits, false for nearly
/// every pair in real text.
/// The syllables are given by index (code point − U+AC00).
#[inline]
pub(crate) fn pron_pair_listed(a: usize, b: usize) -> bool {
    let bit = |bits: &[u64], index: usize| bits.get(index / 64).is_some_and(|w| w & (1 << (index % 64)) != 0);
    bit(&PRON_BEFORE_AT[0], a) & bit(&PRON_BEFORE_AT[1], b)
}

/// Whether a word of `tables/pron_words.tsv` with `rule` lies in `word` with
/// its `at` syllable at `word[at]`.
pub(crate) fn pron_word<W: crate::pron::Run + ?Sized>(word: &W, at: usize, rule: PronRule) -> bool {
    let pair = match (
        at.checked_sub(1).and_then(|i| word.syllable(i)),
        word.syllable(at),
    ) {
        (Some(a), Some(b)) if pron_pair_listed(a.index(), b.index()) => (a.to_char(), b.to_char()),
        _ => return false,
    };
    if PRON_AT.binary_search(&pair).is_err() {
        return false;
    }
    let mut buf = [0u8; 3 * PRON_WORD_MAX];
    for start in at.saturating_sub(PRON_WORD_MAX - 1)..at {
        let mut len = 0;
        for k in start..at {
            match word.syllable(k) {
                Some(s) => len += s.to_char().encode_utf8(&mut buf[len..]).len(),
                None => return false,
            }
        }
        for end in at + 1..=start + PRON_WORD_MAX {
            match word.syllable(end - 1) {
                Some(s) => len += s.to_char().encode_utf8(&mut buf[len..]).len(),
                None => break,
            }
            let key = std::str::from_utf8(&buf[..len]).unwrap_or("");
            if PRON_WORDS
                .get(key)
                .is_some_and(|w| w.rule == rule && usize::from(w.at) == at - start)
            {
                return true;
            }
        }
    }
    false
}

/// [`SURNAME_SPELLINGS`], line by line: a spelling, and the Hangul
/// surnames it spells (a space apart).
pub(crate) fn surname_spellings() -> impl Iterator<Item = (&'static str, &'static str)> {
    SURNAME_SPELLINGS.lines().filter_map(|line| line.split_once('\t'))
}

/// How likely a syllable is first and later in a given name (`tables/
/// given_name_syllables.tsv`, both genders weighed equally: the source
/// counts far more male names than female); None if no listed name has it.
pub(crate) fn given_name_syllable(c: char) -> Option<[f32; 2]> {
    let index = u16::try_from(u32::from(c).checked_sub(0xAC00)?).ok()?;
    let at = GIVEN_NAME_SYLLABLES.binary_search(&index).ok()?;
    let counts = GIVEN_NAME_COUNTS.get(at)?;
    let share =
        |pos: usize, gender: usize| f64::from(counts[pos][gender]) / GIVEN_NAME_TOTALS[pos][gender] as f64;
    Some([0, 1].map(|pos| (0.5 * share(pos, 0) + 0.5 * share(pos, 1)) as f32))
}

/// The fold table's entry for `c`, if any.
#[inline]
pub(crate) fn fold(c: char) -> Option<&'static Fold> {
    if may_fold(c as u32) {
        UNICODE_FOLD.get(&c)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefilter_has_no_false_negatives() {
        for (&c, _) in UNICODE_FOLD.entries() {
            assert!(may_fold(c as u32), "U+{:04X}", c as u32);
        }
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            if may_fold(c as u32) {
                assert!(UNICODE_FOLD.contains_key(&c), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn fold_table_has_the_documented_rows() {
        let get = |c: char| fold(c).map(|f| (f.to, f.class));
        assert_eq!(get('\u{A0}'), Some((" ", FoldClass::Space)));
        assert_eq!(get('\u{3000}'), Some((" ", FoldClass::Space)));
        assert_eq!(get('\u{200B}'), Some(("", FoldClass::ZeroWidth)));
        assert_eq!(get('Ａ'), Some(("A", FoldClass::Width)));
        assert_eq!(get('ﾡ'), Some(("ㄱ", FoldClass::Width)));
        assert_eq!(get('￦'), Some(("₩", FoldClass::Width)));
        assert_eq!(get('’'), Some(("'", FoldClass::Apostrophe)));
        assert_eq!(get('`'), Some(("'", FoldClass::Apostrophe)));
        assert_eq!(get('ǒ'), Some(("ŏ", FoldClass::Breve)));
        assert_eq!(get('Û'), Some(("Ŭ", FoldClass::Breve)));
        assert_eq!(get('ㅋ'), None);
        assert_eq!(get('가'), None);
        assert_eq!(get('｢'), None);
    }

    /// Every surname of the text is found by its Hangul (the text is
    /// sorted for the binary search), with the forms and share of its row.
    #[test]
    fn every_surname_is_found() {
        let list = surnames();
        assert!(list.len() > 120);
        assert!(list.windows(2).all(|p| p[0].0 < p[1].0), "sorted, no repeats");
        for (hangul, forms) in list {
            let found = surname(hangul).expect(hangul);
            assert!(std::ptr::eq(found, forms), "{hangul}");
            assert!(forms.share > 0.0 && forms.share < 1.0, "{hangul}");
        }
        assert_eq!(surname("태").and_then(|f| f.dprk), Some("Thae"));
        assert_eq!(surname("이").map(|f| f.dprk_hangul), Some("리"));
        assert!(surname("김").unwrap().share > 100.0 * surname("태").unwrap().share);
        assert!(surname("가나").is_none() && surname("").is_none());
    }
}
