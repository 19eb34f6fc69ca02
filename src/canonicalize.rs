//! [`Canonicalizer`]: text in, canonical text out, with every change
//! explained.

use std::borrow::Cow;
use std::fmt;

use crate::spelling::{self, Options, Target};
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
    /// `spelling.lexicon`: a word the DPRK→ROK lexicon (우리말샘) knows,
    /// written as the other orthography writes the same word (쎈터 → 센터,
    /// 나무잎 → 나뭇잎).
    Lexicon,
    /// `spelling.loanword`: a loanword in DPRK spelling (쎈터 → 센터), from
    /// `tables/loanwords.tsv` or the lexicon.
    Loanword,
    /// `spelling.foreign-name`: a country or foreign place name (로씨야 → 러시아).
    ForeignName,
    /// `spelling.dueum`: the initial-sound rule at a word start (로동 → 노동,
    /// 녀성 → 여성).
    Dueum,
    /// `spelling.dueum-compound`: the initial-sound rule on a word inside a
    /// compound (국회련맹 → 국회연맹).
    DueumCompound,
    /// `spelling.yeol-yul`: 렬, 률 after a vowel or ㄴ (규률 → 규율).
    YeolYul,
    /// `spelling.yeo-eo`: the ending 여 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ stems (되였다 → 되었다).
    YeoEo,
    /// `punct.quotes`: 《》 〈〉 ↔ “” ‘’.
    Quotes,
    /// `punct.comma-space`: a space after a comma between words.
    CommaSpace,
    /// `spacing.dependent-noun`: a dependent noun written apart (하는것 → 하는 것).
    DependentNoun,
    /// `spacing.auxiliary`: an auxiliary verb written apart (맞고있는 → 맞고 있는).
    Auxiliary,
    /// `spacing.title`: a title written apart from a personal name
    /// (김정일동지의 → 김정일 동지의).
    Title,
    /// `vocabulary.lexicon`: a DPRK word replaced by a different ROK word
    /// (opt-in: [`CanonicalizerBuilder::vocabulary`]).
    Vocabulary,
    /// `vocabulary.designation`: a political designation (남조선 → 한국;
    /// opt-in: [`CanonicalizerBuilder::designations`]).
    Designation,
}

impl Rule {
    /// Every rule, in the order the README lists them.
    pub const ALL: [Rule; 21] = [
        Rule::Nfc,
        Rule::HangulCompose,
        Rule::Width,
        Rule::Space,
        Rule::ZeroWidth,
        Rule::Apostrophe,
        Rule::Breve,
        Rule::Lexicon,
        Rule::Loanword,
        Rule::ForeignName,
        Rule::Dueum,
        Rule::DueumCompound,
        Rule::YeolYul,
        Rule::YeoEo,
        Rule::Quotes,
        Rule::CommaSpace,
        Rule::DependentNoun,
        Rule::Auxiliary,
        Rule::Title,
        Rule::Vocabulary,
        Rule::Designation,
    ];

    /// What the rule does, in one line of English (for a tooltip or a
    /// report).
    ///
    /// ```
    /// assert_eq!(
    ///     kcanon::Rule::Dueum.description(),
    ///     "initial-sound rule at a word start (로동 → 노동, 녀성 → 여성)"
    /// );
    /// ```
    pub const fn description(self) -> &'static str {
        match self {
            Rule::Nfc => "canonical composition or reordering (NFC)",
            Rule::HangulCompose => "conjoining jamo or NFD Hangul composed into syllables",
            Rule::Width => "full-width or half-width form made ordinary (Ａ → A)",
            Rule::Space => "space look-alike (NBSP, U+3000) made a space",
            Rule::ZeroWidth => "invisible character removed inside a word",
            Rule::Apostrophe => "apostrophe look-alike in a Latin word made '",
            Rule::Breve => "breve look-alike made a breve (ǒ → ŏ)",
            Rule::Lexicon => "word spelled as the other orthography writes it (우리말샘 lexicon)",
            Rule::Loanword => "loanword respelled (쎈터 → 센터)",
            Rule::ForeignName => "country or foreign place name respelled (로씨야 → 러시아)",
            Rule::Dueum => "initial-sound rule at a word start (로동 → 노동, 녀성 → 여성)",
            Rule::DueumCompound => "initial-sound rule on a word inside a compound (국회련맹 → 국회연맹)",
            Rule::YeolYul => "렬, 률 after a vowel or ㄴ (규률 → 규율)",
            Rule::YeoEo => "ending 여 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ stems (되였다 → 되었다)",
            Rule::Quotes => "quotation marks (《》 ↔ “”)",
            Rule::CommaSpace => "space after a comma between words",
            Rule::DependentNoun => "dependent noun written apart (하는것 → 하는 것)",
            Rule::Auxiliary => "auxiliary verb written apart (맞고있는 → 맞고 있는)",
            Rule::Title => "title written apart from a name (김정일동지 → 김정일 동지)",
            Rule::Vocabulary => "DPRK word replaced by a different ROK word (opt-in)",
            Rule::Designation => "political designation replaced (남조선 → 한국; opt-in)",
        }
    }

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
            Rule::Lexicon => "spelling.lexicon",
            Rule::Loanword => "spelling.loanword",
            Rule::ForeignName => "spelling.foreign-name",
            Rule::Dueum => "spelling.dueum",
            Rule::DueumCompound => "spelling.dueum-compound",
            Rule::YeolYul => "spelling.yeol-yul",
            Rule::YeoEo => "spelling.yeo-eo",
            Rule::Quotes => "punct.quotes",
            Rule::CommaSpace => "punct.comma-space",
            Rule::DependentNoun => "spacing.dependent-noun",
            Rule::Auxiliary => "spacing.auxiliary",
            Rule::Title => "spacing.title",
            Rule::Vocabulary => "vocabulary.lexicon",
            Rule::Designation => "vocabulary.designation",
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
/// Two layers, in this order:
///
/// - the Unicode layer ([`unicode`](crate::unicode) module): NFC with Hangul
///   composed, widths, spaces and invisible characters folded, and the
///   apostrophe and breve look-alikes of romanized names folded inside Latin
///   words;
/// - the spelling layer: DPRK spelling brought to ROK spelling (or back,
///   with [`Target::Dprk`]): loanwords and foreign names, the lexicon, the
///   initial-sound rule, 여/어, 렬/률, punctuation and spacing. The rules,
///   their ids and what they leave alone are listed in [`Rule`] and in the
///   README.
///
/// Text that is already canonical is returned borrowed, without allocating.
///
/// ```
/// use std::borrow::Cow;
/// use kcanon::Canonicalizer;
///
/// let c = Canonicalizer::new();
/// assert_eq!(c.canonicalize("로씨야와 뽈스까의 로동자들"), "러시아와 폴란드의 노동자들");
/// assert_eq!(c.canonicalize("《부추기자는것인가》"), "“부추기자는 것인가”");
/// // NFD Hangul, as files from macOS often have it:
/// assert_eq!(c.canonicalize("\u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}"), "한글");
/// assert_eq!(c.canonicalize("Ｐ’yǒngyang\u{3000}２０２３"), "P'yŏngyang 2023");
/// // Canonical text is borrowed:
/// assert!(matches!(c.canonicalize("노동신문 ㅋㅋ"), Cow::Borrowed(_)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Canonicalizer {
    folds: Folds,
    spelling: Options,
}

impl Default for Canonicalizer {
    fn default() -> Self {
        Self::new()
    }
}

impl Canonicalizer {
    /// A canonicalizer to ROK spelling with the default rules: every Unicode
    /// fold, the lexicon, punctuation and spacing; no vocabulary or
    /// designation replacement; DPRK surnames kept.
    pub const fn new() -> Self {
        Canonicalizer {
            folds: Folds::ALL,
            spelling: Options::DEFAULT,
        }
    }

    /// The Unicode layer alone: spelling left as it is.
    ///
    /// ```
    /// assert_eq!(kcanon::Canonicalizer::unicode().canonicalize("로동\u{A0}신문"), "로동 신문");
    /// ```
    pub const fn unicode() -> Self {
        let mut spelling = Options::DEFAULT;
        spelling.spelling = false;
        Canonicalizer {
            folds: Folds::ALL,
            spelling,
        }
    }

    /// Options: which folds and which spelling rules apply (NFC and Hangul
    /// composition always do).
    ///
    /// ```
    /// use kcanon::{Canonicalizer, Target};
    ///
    /// let keep_nbsp = Canonicalizer::builder().fold_spaces(false).build();
    /// assert_eq!(keep_nbsp.canonicalize("김\u{A0}동명"), "김\u{A0}동명");
    ///
    /// let to_dprk = Canonicalizer::builder().target(Target::Dprk).build();
    /// assert_eq!(to_dprk.canonicalize("노동자들이 되었다"), "로동자들이 되였다");
    /// ```
    pub const fn builder() -> CanonicalizerBuilder {
        CanonicalizerBuilder {
            folds: Folds::ALL,
            spelling: Options::DEFAULT,
        }
    }

    /// The canonical form of `text`, borrowed when `text` already is canonical.
    pub fn canonicalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut sink = CowSink { out: None, copied: 0 };
        unicode::fold(text, &self.folds, &mut sink);
        match sink.out {
            None => self.respell(text),
            Some(mut out) => {
                out.push_str(&text[sink.copied..]);
                match self.respell(&out) {
                    Cow::Borrowed(_) => Cow::Owned(out),
                    Cow::Owned(o) => Cow::Owned(o),
                }
            }
        }
    }

    fn respell<'a>(&self, text: &'a str) -> Cow<'a, str> {
        let mut sink = CowSink { out: None, copied: 0 };
        spelling::respell(text, &self.spelling, &mut sink);
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
        let mut folded = CowSink { out: None, copied: 0 };
        unicode::fold(text, &self.folds, &mut folded);
        let folded: Cow<str> = match folded.out {
            None => Cow::Borrowed(text),
            Some(mut o) => {
                o.push_str(&text[folded.copied..]);
                Cow::Owned(o)
            }
        };
        let mut sink = WriteSink {
            out,
            copied: 0,
            result: Ok(()),
        };
        spelling::respell(&folded, &self.spelling, &mut sink);
        sink.result?;
        sink.out.write_str(&folded[sink.copied..])
    }

    /// Every spelling of `word` a search should try, for search expansion:
    /// its ROK form first (the canonical form under this canonicalizer's
    /// options, toward ROK spelling), then its DPRK spellings from the
    /// tables and from the rules read backwards. A word the rules cannot
    /// trace back (a Sino-Korean 이 may be 리 or 이) gives every candidate:
    /// that is what a search wants.
    ///
    /// ```
    /// let c = kcanon::Canonicalizer::new();
    /// assert_eq!(c.variants("노동"), ["노동", "로동"]);
    /// assert_eq!(c.variants("로동"), ["노동", "로동"]);
    /// assert_eq!(c.variants("이용"), ["이용", "리용"]);
    /// ```
    pub fn variants(&self, word: &str) -> Vec<String> {
        let mut rok = self.clone();
        rok.spelling.target = Target::Rok;
        let canonical = rok.canonicalize(word);
        let mut out = spelling::variants(&canonical);
        if !out.iter().any(|w| w == word) {
            out.push(word.to_string());
        }
        out
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
    ///
    /// let e = Canonicalizer::new().explain("로씨야는 래일");
    /// assert_eq!(e.output, "러시아는 내일");
    /// let rules: Vec<&str> = e.changes.iter().map(|c| c.rule.id()).collect();
    /// assert_eq!(rules, ["spelling.foreign-name", "spelling.dueum"]);
    /// ```
    pub fn explain(&self, text: &str) -> Explanation {
        let mut sink = ExplainSink {
            explanation: Explanation::default(),
            copied: 0,
        };
        unicode::fold(text, &self.folds, &mut sink);
        let mut folded = sink.explanation;
        folded.output.push_str(&text[sink.copied..]);
        let mut sink = ExplainSink {
            explanation: Explanation::default(),
            copied: 0,
        };
        spelling::respell(&folded.output, &self.spelling, &mut sink);
        if sink.explanation.changes.is_empty() {
            return folded;
        }
        let mut spelled = sink.explanation;
        spelled.output.push_str(&folded.output[sink.copied..]);
        if folded.changes.is_empty() {
            return spelled;
        }
        compose(text, &folded, spelled)
    }
}

/// The changes of two layers as changes of the input: `first` maps `input`
/// to `first.output`, `second` maps `first.output` to its output. A change
/// of the second layer that touches changes of the first absorbs them.
fn compose(input: &str, first: &Explanation, second: Explanation) -> Explanation {
    let mid = &first.output;
    // For each change of the first layer: where its output lies in `mid`.
    let mut spans = Vec::with_capacity(first.changes.len());
    let mut delta: isize = 0;
    for c in &first.changes {
        let m_start = (c.start as isize + delta) as usize;
        spans.push((m_start, m_start + c.to.len()));
        delta += c.to.len() as isize - (c.end - c.start) as isize;
    }
    // Input offset of a `mid` offset outside any first-layer output. Where
    // the first layer deleted something at `m` (a zero-width space before
    // 례), a change that starts there starts after the deletion and one
    // that ends there ends before it: the two stay apart.
    let to_input = |m: usize, starts: bool| -> usize {
        let mut d: isize = 0;
        for (c, &(ms, me)) in first.changes.iter().zip(&spans) {
            if me <= m && (starts || !(ms == me && ms == m)) {
                d = me as isize - c.end as isize;
            } else if ms >= m {
                break;
            }
        }
        (m as isize - d) as usize
    };
    let mut used = vec![false; first.changes.len()];
    let mut out = Vec::with_capacity(first.changes.len() + second.changes.len());
    for c in second.changes {
        // Widen [start, end) in `mid` to whole first-layer outputs it touches.
        let (mut a, mut b) = (c.start, c.end);
        let (mut ia, mut ib) = (None, None);
        for (j, &(ms, me)) in spans.iter().enumerate() {
            let touches = if a == b {
                ms < a && a < me
            } else {
                ms < b && a < me
            };
            if touches {
                used[j] = true;
                if ms < a || (ms == a && ia.is_none()) {
                    a = ms;
                    ia = Some(first.changes[j].start);
                }
                if me > b || (me == b && ib.is_none()) {
                    b = me;
                    ib = Some(first.changes[j].end);
                }
            }
        }
        let start = ia.unwrap_or_else(|| to_input(a, true));
        let end = ib.unwrap_or_else(|| to_input(b, false)).max(start);
        let mut to = String::with_capacity(c.to.len());
        to.push_str(&mid[a..c.start]);
        to.push_str(&c.to);
        to.push_str(&mid[c.end..b]);
        out.push(Change {
            start,
            end,
            from: input[start..end].to_string(),
            to,
            rule: c.rule,
        });
    }
    out.extend(
        first
            .changes
            .iter()
            .zip(used)
            .filter(|(_, u)| !u)
            .map(|(c, _)| c.clone()),
    );
    out.sort_by_key(|c| (c.start, c.end));
    Explanation {
        output: second.output,
        changes: out,
    }
}

/// Builds a [`Canonicalizer`]; every fold is on unless turned off.
#[derive(Clone, Debug)]
#[must_use]
pub struct CanonicalizerBuilder {
    folds: Folds,
    spelling: Options,
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

    /// The spelling layer as a whole (on by default); off leaves only the
    /// Unicode folds.
    pub const fn spelling(mut self, on: bool) -> Self {
        self.spelling.spelling = on;
        self
    }

    /// The orthography to write: [`Target::Rok`] (default) or
    /// [`Target::Dprk`].
    pub const fn target(mut self, target: Target) -> Self {
        self.spelling.target = target;
        self
    }

    /// The 우리말샘 lexicon (`tables/spelling_lexicon.tsv`; on by default).
    /// Off, only the rules and the foreign names apply.
    pub const fn lexicon(mut self, on: bool) -> Self {
        self.spelling.lexicon = on;
        self
    }

    /// Spacing of dependent nouns and auxiliary verbs, and the spaces the
    /// lexicon writes (on by default).
    pub const fn spacing(mut self, on: bool) -> Self {
        self.spelling.spacing = on;
        self
    }

    /// Quotation marks (《》 → “”) and the space after a comma (on by default).
    pub const fn punctuation(mut self, on: bool) -> Self {
        self.spelling.punctuation = on;
        self
    }

    /// DPRK words replaced by their ROK equivalents, different words
    /// (`lexical_equivalent` rows of the lexicon; off by default).
    pub const fn vocabulary(mut self, on: bool) -> Self {
        self.spelling.vocabulary = on;
        self
    }

    /// Every word read in full, past the filters that pass over the words
    /// no rule and no table word can change: slower, with the same output.
    /// For tests, as the filters' oracle.
    #[doc(hidden)]
    pub const fn unfiltered(mut self, on: bool) -> Self {
        self.spelling.unfiltered = on;
        self
    }

    /// Political designations replaced (남조선 → 한국; off by default).
    pub const fn designations(mut self, on: bool) -> Self {
        self.spelling.designations = on;
        self
    }

    /// The initial-sound rule applied to DPRK surnames too (리설주 →
    /// 이설주; off by default).
    pub const fn rok_surnames(mut self, on: bool) -> Self {
        self.spelling.rok_surnames = on;
        self
    }

    /// The canonicalizer.
    pub const fn build(self) -> Canonicalizer {
        Canonicalizer {
            folds: self.folds,
            spelling: self.spelling,
        }
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
