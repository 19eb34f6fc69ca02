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

include!(concat!(env!("OUT_DIR"), "/tables.rs"));

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
}
