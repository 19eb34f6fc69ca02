//! [`Canonicalizer`]: text in, canonical text out, with every change
//! explained.

use std::borrow::Cow;
use std::fmt;

use crate::unicode::{self, Folds, Sink};

/// Why a piece of text changed. Each rule has a stable id ([`Rule::id`]),
/// which is what `--json` and the `serde` form show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Rule {
    /// `unicode.nfc`: canonical composition or reordering (NFC).
    Nfc,
    /// `unicode.hangul`: conjoining jamo or NFD Hangul composed into syllables.
    HangulCompose,
    /// `unicode.width`: a full-width or half-width form made ordinary
    /// (`Ａ` → `A`, `ﾡ` → `ㄱ`).
    Width,
    /// `unicode.space`: a space look-alike (NBSP, U+3000, …) made U+0020.
    Space,
    /// `unicode.zero-width`: an invisible character removed inside a word.
    ZeroWidth,
    /// `latin.apostrophe`: an apostrophe look-alike between Latin letters
    /// made `'` (`P’yŏngyang` → `P'yŏngyang`).
    Apostrophe,
    /// `latin.breve`: a breve look-alike made a breve (`Chosǒn` → `Chosŏn`).
    Breve,
}

impl Rule {
    /// The rule's stable id, such as `unicode.hangul`.
    pub const fn id(self) -> &'static str {
        match self {
            Rule::Nfc => "unicode.nfc",
            Rule::HangulCompose => "unicode.hangul",
            Rule::Width => "unicode.width",
            Rule::Space => "unicode.space",
            Rule::ZeroWidth => "unicode.zero-width",
            Rule::Apostrophe => "latin.apostrophe",
            Rule::Breve => "latin.breve",
        }
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// One change: the input bytes `start..end` (`from`) became `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Change {
    /// Byte offset of the changed text in the input.
    pub start: usize,
    /// Byte offset just past the changed text in the input.
    pub end: usize,
    /// The input text that changed, `input[start..end]`.
    pub from: String,
    /// What it became.
    pub to: String,
    /// Why.
    pub rule: Rule,
}

/// The output of [`Canonicalizer::explain`]: the canonical text and every
/// change that made it, in input order, not overlapping.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Explanation {
    /// The canonical text, equal to what [`Canonicalizer::canonicalize`] returns.
    pub output: String,
    /// The changes; replacing each `input[start..end]` by `to` gives `output`.
    pub changes: Vec<Change>,
}

/// Turns Korean text into its canonical form.
///
/// Today the canonical form is the Unicode one described in the
/// [`unicode`](crate::unicode) module docs: NFC with Hangul composed, widths,
/// spaces and invisible characters folded, and the apostrophe and breve
/// look-alikes of romanized names folded inside Latin words. Text that is
/// already canonical is returned borrowed, without allocating.
///
/// ```
/// use std::borrow::Cow;
/// use kcanon::Canonicalizer;
///
/// let c = Canonicalizer::new();
/// // NFD Hangul, as files from macOS often have it:
/// assert_eq!(c.canonicalize("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"), "한글");
/// assert_eq!(c.canonicalize("Ｐ’yǒngyang\u{3000}２０２３"), "P'yŏngyang 2023");
/// // Canonical text is borrowed:
/// assert!(matches!(c.canonicalize("로동신문 ㅋㅋ"), Cow::Borrowed(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Canonicalizer {
    folds: Folds,
}

impl Default for Canonicalizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Canonicalizer {
    /// A canonicalizer with every fold on.
    pub const fn new() -> Self {
        Canonicalizer { folds: Folds::ALL }
    }

    /// Options: which folds apply (NFC and Hangul composition always do).
    ///
    /// ```
    /// let keep_nbsp = kcanon::Canonicalizer::builder().fold_spaces(false).build();
    /// assert_eq!(keep_nbsp.canonicalize("김\u{A0}동명"), "김\u{A0}동명");
    /// ```
    pub const fn builder() -> CanonicalizerBuilder {
        CanonicalizerBuilder { folds: Folds::ALL }
    }

    /// The canonical form of `text`, borrowed when `text` already is canonical.
    pub fn canonicalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut sink = CowSink { out: None, copied: 0 };
        unicode::fold(text, &self.folds, &mut sink);
        match sink.out {
            None => Cow::Borrowed(text),
            Some(mut out) => {
                out.push_str(&text[sink.copied..]);
                Cow::Owned(out)
            }
        }
    }

    /// Appends the canonical form of `text` to `out`.
    ///
    /// ```
    /// let mut out = String::from("> ");
    /// kcanon::Canonicalizer::new().canonicalize_to("ＫＣＮＡ", &mut out).unwrap();
    /// assert_eq!(out, "> KCNA");
    /// ```
    pub fn canonicalize_to<W: fmt::Write + ?Sized>(&self, text: &str, out: &mut W) -> fmt::Result {
        let mut sink = WriteSink {
            out,
            copied: 0,
            result: Ok(()),
        };
        unicode::fold(text, &self.folds, &mut sink);
        sink.result?;
        sink.out.write_str(&text[sink.copied..])
    }

    /// The canonical form of `text` with every change that made it.
    ///
    /// ```
    /// use kcanon::{Canonicalizer, Rule};
    ///
    /// let e = Canonicalizer::new().explain("김\u{A0}동명");
    /// assert_eq!(e.output, "김 동명");
    /// assert_eq!(e.changes.len(), 1);
    /// let change = &e.changes[0];
    /// assert_eq!((change.start, change.end, change.rule), (3, 5, Rule::Space));
    /// assert_eq!((change.from.as_str(), change.to.as_str()), ("\u{A0}", " "));
    /// ```
    pub fn explain(&self, text: &str) -> Explanation {
        let mut sink = ExplainSink {
            explanation: Explanation::default(),
            copied: 0,
        };
        unicode::fold(text, &self.folds, &mut sink);
        let mut e = sink.explanation;
        e.output.push_str(&text[sink.copied..]);
        e
    }
}

/// Builds a [`Canonicalizer`]; every fold is on unless turned off.
#[derive(Clone, Debug)]
#[must_use]
pub struct CanonicalizerBuilder {
    folds: Folds,
}

impl CanonicalizerBuilder {
    /// Full-width ASCII and signs, half-width Hangul (`Ａ` → `A`, `ﾡ` → `ㄱ`).
    pub const fn fold_width(mut self, on: bool) -> Self {
        self.folds.width = on;
        self
    }

    /// Space look-alikes → U+0020.
    pub const fn fold_spaces(mut self, on: bool) -> Self {
        self.folds.space = on;
        self
    }

    /// Zero-width characters and soft hyphens removed between word characters.
    pub const fn remove_zero_width(mut self, on: bool) -> Self {
        self.folds.zero_width = on;
        self
    }

    /// Apostrophe and breve look-alikes in Latin words (romanized Korean).
    pub const fn fold_romanization_marks(mut self, on: bool) -> Self {
        self.folds.marks = on;
        self
    }

    /// The canonicalizer.
    pub const fn build(self) -> Canonicalizer {
        Canonicalizer { folds: self.folds }
    }
}

struct CowSink {
    out: Option<String>,
    copied: usize,
}

impl Sink for CowSink {
    fn change(&mut self, input: &str, start: usize, end: usize, to: &str, _: Rule) {
        let out = self
            .out
            .get_or_insert_with(|| String::with_capacity(input.len() + input.len() / 8 + 8));
        out.push_str(&input[self.copied..start]);
        out.push_str(to);
        self.copied = end;
    }
}

struct WriteSink<'w, W: fmt::Write + ?Sized> {
    out: &'w mut W,
    copied: usize,
    result: fmt::Result,
}

impl<W: fmt::Write + ?Sized> Sink for WriteSink<'_, W> {
    fn change(&mut self, input: &str, start: usize, end: usize, to: &str, _: Rule) {
        if self.result.is_ok() {
            self.result = self
                .out
                .write_str(&input[self.copied..start])
                .and_then(|()| self.out.write_str(to));
        }
        self.copied = end;
    }
}

struct ExplainSink {
    explanation: Explanation,
    copied: usize,
}

impl Sink for ExplainSink {
    fn change(&mut self, input: &str, start: usize, end: usize, to: &str, rule: Rule) {
        let e = &mut self.explanation;
        e.output.push_str(&input[self.copied..start]);
        e.output.push_str(to);
        e.changes.push(Change {
            start,
            end,
            from: input[start..end].to_string(),
            to: to.to_string(),
            rule,
        });
        self.copied = end;
    }
}
