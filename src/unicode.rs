//! The Unicode layer: every way real text encodes the same Korean text
//! becomes one form.
//!
//! | what | becomes | where |
//! |---|---|---|
//! | text not in NFC; NFD Hangul; conjoining jamo (U+1100…) | NFC: syllables composed | everywhere |
//! | full-width ASCII (`Ａ１，`), full-width signs (`￦`) | ASCII, `₩` | everywhere |
//! | half-width Hangul letters (`ﾡ`) | compatibility jamo (`ㄱ`) | everywhere |
//! | NBSP, U+2002–U+200A, U+202F, U+205F, U+3000, U+1680 | U+0020 | everywhere |
//! | U+200B–U+200D, U+2060, U+FEFF, U+00AD | removed | between two word characters (Hangul, Hanja, Latin letters, digits) |
//! | `’ ‘ ʼ ʻ \` ´ ′` | `'` | between two Latin letters (`P’yŏngyang`) |
//! | `ǒ ô ǔ û` (and capitals) | `ŏ ŭ` | in a Latin word with no other diacritic (`Chosǒn`, not `côté`) |
//!
//! What is **not** folded: compatibility jamo typed on purpose (`ㅋㅋ`, `ㄱ`)
//! stay as they are and never compose (NFKC would turn them into conjoining
//! jamo); half-width CJK punctuation (`｢｣`, used in ROK legal texts) and the
//! full-width tilde `～` (the range mark of Korean typesetting, KS X 1001
//! 0xA1AD) stay;
//! quotation marks outside Latin words (`‘국민’`, `’09`) stay; zero-width
//! joiners between emoji or other scripts stay.
//!
//! The work is done in one pass. Characters that cannot change (ASCII,
//! precomposed Hangul syllables, and everything else whose NFC quick check is
//! *yes* and which is not in the fold table) are skipped without a lookup; a
//! run of characters that may change, with the character before it, is a
//! *spot*, normalized on its own and reported as one change if it changed.

use std::ops::Range;

use unicode_normalization::char::{canonical_combining_class, compose, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized};

use crate::canonicalize::Rule;
use crate::tables::{self, Fold, FoldClass};

/// Which folds are on (NFC and Hangul composition always are).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Folds {
    pub(crate) width: bool,
    pub(crate) space: bool,
    pub(crate) zero_width: bool,
    pub(crate) marks: bool,
}

impl Folds {
    pub(crate) const ALL: Folds = Folds {
        width: true,
        space: true,
        zero_width: true,
        marks: true,
    };

    #[inline]
    fn enabled(&self, class: FoldClass) -> bool {
        match class {
            FoldClass::Space => self.space,
            FoldClass::ZeroWidth => self.zero_width,
            FoldClass::Width => self.width,
            FoldClass::Apostrophe | FoldClass::Breve => self.marks,
        }
    }

    /// The fold table's entry for `c` if that fold is on.
    #[inline]
    fn get(&self, c: char) -> Option<&'static Fold> {
        tables::fold(c).filter(|f| self.enabled(f.class))
    }
}

/// Receives the changes of one pass, in input order, with byte spans into the
/// input. Whatever lies between two changes is unchanged input.
pub(crate) trait Sink {
    fn change(&mut self, input: &str, start: usize, end: usize, to: &str, rule: Rule);
}

const S_BASE: u32 = 0xAC00;
const S_LAST: u32 = 0xD7A3;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;

#[inline]
fn is_syllable(c: u32) -> bool {
    (S_BASE..=S_LAST).contains(&c)
}

/// Conjoining jamo: the blocks NFD Hangul and old corpora are written in.
#[inline]
fn is_conjoining_jamo(c: u32) -> bool {
    matches!(c, 0x1100..=0x11FF | 0xA960..=0xA97F | 0xD7B0..=0xD7FF)
}

/// Decodes the character at byte `i` of valid UTF-8: (scalar, length).
#[inline]
fn decode(b: &[u8], i: usize) -> (u32, usize) {
    let x = b[i] as u32;
    if x < 0x80 {
        (x, 1)
    } else if x < 0xE0 {
        (((x & 0x1F) << 6) | (b[i + 1] as u32 & 0x3F), 2)
    } else if x < 0xF0 {
        let c = ((x & 0x0F) << 12) | ((b[i + 1] as u32 & 0x3F) << 6) | (b[i + 2] as u32 & 0x3F);
        (c, 3)
    } else {
        let c = ((x & 0x07) << 18)
            | ((b[i + 1] as u32 & 0x3F) << 12)
            | ((b[i + 2] as u32 & 0x3F) << 6)
            | (b[i + 3] as u32 & 0x3F);
        (c, 4)
    }
}

/// Whether a block of 16 bytes (with the 2 bytes after it, for a syllable
/// that straddles its end) holds only ASCII but the backtick and pieces of
/// precomposed Hangul syllables. Each byte is judged on its own and its two
/// successors, without a branch, so the compiler can vectorize it.
#[inline]
fn block_is_stable(w: &[u8; 18]) -> bool {
    // Plain ASCII first (English, numbers): eight bytes at a time.
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    const TICKS: u64 = LO * b'`' as u64;
    let ascii = |k: usize| {
        let mut b = [0u8; 8];
        b.copy_from_slice(&w[k..k + 8]);
        let v = u64::from_le_bytes(b);
        let t = v ^ TICKS; // a zero byte where a backtick is
        (v | (t.wrapping_sub(LO) & !t)) & HI == 0
    };
    if ascii(0) & ascii(8) {
        return true;
    }
    let mut bad = false;
    for k in 0..16 {
        let (x, n1, n2) = (w[k], w[k + 1], w[k + 2]);
        // Any lead byte but EA..=ED (U+A000..=U+DFFF), and the backtick.
        bad |= (x == b'`') | ((x >= 0xC0) & !(0xEA..=0xED).contains(&x));
        // EA starts a syllable only from EA B0 (U+AC00) ...
        bad |= (x == 0xEA) & (n1 < 0xB0);
        // ... and ED only up to ED 9E A3 (U+D7A3).
        bad |= (x == 0xED) & ((n1 > 0x9E) | ((n1 == 0x9E) & (n2 > 0xA3)));
    }
    !bad
}

/// Skips, from byte `i` (a character boundary), the characters that never
/// need anything whatever the options: ASCII but the backtick, and precomposed
/// Hangul syllables. Returns the index of the first other character, or
/// `b.len()`.
///
/// Real prose alternates syllables and spaces unpredictably, so a byte-wise
/// loop mispredicts a branch every few characters. Instead, blocks of 16
/// bytes are judged at once ([`block_is_stable`]); a block that fails is
/// walked character by character to find the one that stops the scan.
#[inline]
fn skip_stable(b: &[u8], mut i: usize) -> usize {
    loop {
        while let Some(window) = b.get(i..i + 18) {
            let mut w = [0u8; 18];
            w.copy_from_slice(window);
            if !block_is_stable(&w) {
                break;
            }
            i += 16;
        }
        // A block may end inside a syllable: step to the next character.
        while b.get(i).is_some_and(|&x| x & 0xC0 == 0x80) {
            i += 1;
        }
        // A short rest (a name, a word, the end of a text) judged as one
        // block, padded with zeros (ASCII, stable): whole characters, for
        // the text ends at one.
        if b.len() - i <= 16 {
            let mut w = [0u8; 18];
            w[..b.len() - i].copy_from_slice(&b[i..]);
            if block_is_stable(&w) {
                return b.len();
            }
        }
        let stop = (i + 16).min(b.len());
        while i < stop {
            let x = b[i];
            if x < 0x80 && x != b'`' {
                i += 1;
            } else if x & 0xF0 == 0xE0 && is_syllable(decode(b, i).0) {
                i += 3;
            } else {
                return i;
            }
        }
        if i >= b.len() {
            return b.len();
        }
    }
}

/// What a character found by the scan may need.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Nothing: it can neither change nor combine with what precedes it.
    None,
    /// Canonical composition or reordering (a non-starter, a jamo, …).
    Compose,
    /// A fold from the table (which may still depend on context).
    Fold,
}

#[inline]
fn need(c: u32, folds: &Folds) -> Need {
    if c < 0x80 {
        return if c == u32::from(b'`') && folds.marks {
            Need::Fold
        } else {
            Need::None
        };
    }
    if is_syllable(c) {
        return Need::None;
    }
    if is_conjoining_jamo(c) {
        return Need::Compose;
    }
    // Valid UTF-8 only yields scalar values.
    let ch = char::from_u32(c).unwrap_or('\u{FFFD}');
    if folds.get(ch).is_some() {
        return Need::Fold;
    }
    // NFC quick check yes and ccc 0, known without a lookup: Latin-1 and
    // Latin Extended, punctuation, CJK symbols, compatibility jamo, Hanja.
    if matches!(c, 0..=0x2FF | 0x2010..=0x203F | 0x2460..=0x24FF | 0x2500..=0x25FF
        | 0x3001..=0x3029 | 0x3030..=0x303F | 0x3131..=0x318E | 0x4E00..=0x9FFF)
    {
        return Need::None;
    }
    if canonical_combining_class(ch) != 0 || is_nfc_quick(core::iter::once(ch)) != IsNormalized::Yes {
        Need::Compose
    } else {
        Need::None
    }
}

/// Latin letters, and the combining marks written on them.
#[inline]
pub(crate) fn is_latin(c: char) -> bool {
    matches!(c as u32,
        0x41..=0x5A | 0x61..=0x7A
        | 0x212A | 0x212B // KELVIN SIGN and ANGSTROM SIGN: canonically K and Å
        | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0x24F
        | 0x300..=0x36F
        | 0x1E00..=0x1EFF
        | 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
}

#[inline]
pub(crate) fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}'
    )
}

/// A character of a Latin word: a letter, a combining mark (of any script:
/// NFC reorders marks among themselves), or an invisible character.
#[inline]
fn in_latin_word(c: char) -> bool {
    is_latin(c) || is_zero_width(c) || is_mark(c)
}

/// In a Latin word in NFC, a character that shows the word is not
/// McCune–Reischauer: a letter with any diacritic but the breve and its
/// look-alikes on o and u, or a combining mark left over.
#[inline]
fn is_foreign(c: char) -> bool {
    is_latin(c)
        && !c.is_ascii_alphabetic()
        && !matches!(c as u32, 0xFF21..=0xFF3A | 0xFF41..=0xFF5A)
        && !matches!(
            c,
            'ŏ' | 'ŭ' | 'Ŏ' | 'Ŭ' | 'ǒ' | 'ǔ' | 'Ǒ' | 'Ǔ' | 'ô' | 'û' | 'Ô' | 'Û'
        )
}

/// A character of a word, for the zero-width rule: Hangul in any encoding,
/// Hanja, Latin letters and digits.
#[inline]
fn is_word(c: char) -> bool {
    is_latin(c)
        || c.is_ascii_digit()
        || matches!(c as u32,
            0x1100..=0x11FF | 0x3131..=0x318E | 0xA960..=0xA97F | 0xAC00..=0xD7A3
            | 0xD7B0..=0xD7FF | 0xFFA0..=0xFFDC | 0xFF10..=0xFF19
            | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
}

/// A combining mark: one that NFC may compose or reorder.
#[inline]
pub(crate) fn is_mark(c: char) -> bool {
    match c as u32 {
        // No combining marks here: Latin-1, punctuation, CJK, Hangul, forms.
        0..=0x2FF
        | 0x2000..=0x206F
        | 0x3131..=0x318E
        | 0x4E00..=0x9FFF
        | S_BASE..=S_LAST
        | 0xFF00..=0xFFEF => false,
        0x300..=0x36F => true,
        _ => canonical_combining_class(c) != 0,
    }
}

/// Whether breve look-alikes fold in a Latin word: decided on its skeleton
/// (invisible characters dropped, full-width letters made ASCII, NFC, marks
/// before the first letter ignored, as they belong to what precedes the
/// word), which the Unicode layer's own output shares. So a word decides the
/// same before and after canonicalization, and the same in NFC and NFD.
fn word_takes_breves(word: &str) -> bool {
    // The skeleton differs from the word only where it has marks, invisible
    // characters, full-width letters, or KELVIN SIGN and ANGSTROM SIGN.
    let plain = |c: char| {
        !(is_mark(c) || is_zero_width(c) || c as u32 >= 0xFF00 || matches!(c, '\u{212A}' | '\u{212B}'))
    };
    if word.chars().all(plain) {
        return !word.chars().any(is_foreign);
    }
    let skeleton: String = word
        .chars()
        .filter(|&c| !is_zero_width(c))
        .map(|c| match c as u32 {
            0xFF21..=0xFF3A | 0xFF41..=0xFF5A => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    let mut nfc_skeleton = String::new();
    nfc(skeleton.chars(), &mut nfc_skeleton);
    let skeleton: String = nfc_skeleton.chars().skip_while(|&c| is_mark(c)).collect();
    !skeleton.chars().any(|c| is_foreign(c) || is_mark(c))
}

/// The Latin word of the input around a position, and its decision.
/// Computed once per word, so that many spots in one long word stay linear.
#[derive(Default)]
struct WordCache {
    start: usize,
    end: usize,
    takes_breves: bool,
}

impl WordCache {
    /// Whether breve look-alikes fold in the Latin word of `input` holding
    /// the character at byte `at`.
    fn takes_breves(&mut self, input: &str, at: usize) -> bool {
        if !(self.start <= at && at < self.end) {
            let mut start = at;
            for (i, c) in input[..at].char_indices().rev() {
                if !in_latin_word(c) {
                    break;
                }
                start = i;
            }
            let len = input[start..]
                .char_indices()
                .find(|&(_, c)| !in_latin_word(c))
                .map_or(input.len() - start, |(j, _)| j);
            let end = start + len;
            *self = WordCache {
                start,
                end,
                takes_breves: word_takes_breves(&input[start..end]),
            };
        }
        self.takes_breves
    }
}

/// What surrounds a text being folded: the input characters just before and
/// just after it, and the input it came from, for the decisions on Latin
/// words that reach beyond it.
struct Context<'a> {
    before: Option<char>,
    after: Option<char>,
    input: &'a str,
    /// Where the text starts in the input.
    start: usize,
    /// Whether the text is the input itself (`input[start..]`), not a
    /// normalized copy.
    raw: bool,
    /// The input just before and just after the text that belongs to the
    /// same Latin words as its first and last characters.
    prefix: &'a str,
    suffix: &'a str,
}

/// What [`fold_text`] calls for each piece of its text: the piece's span and
/// its replacement with the rule, or `None` for a piece that stays. (A
/// `dyn`: one copy of `fold_text` for its three callers, 1.2 KB less in the
/// WASM package, for 0.3% more instructions in canonicalization.)
type Emit<'e> = dyn FnMut(Range<usize>, Option<(&str, Rule)>) + 'e;

/// Folds `t` by the table, with context; calls `emit(span, replacement)` for
/// each piece `t[span]` in order, with `None` for a piece that stays. Returns
/// the rule of the first change, or `None` when nothing changes. Linear in `t`.
fn fold_text(
    t: &str,
    cx: &Context,
    words: &mut WordCache,
    folds: &Folds,
    emit: &mut Emit<'_>,
) -> Option<Rule> {
    let mut first_rule = None;
    let mut prev = cx.before;
    let mut word_end = 0; // end (in t) of the Latin word being walked
    let mut word_ok = false; // whether breve look-alikes fold in it
    let mut iter = t.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let char_end = i + c.len_utf8();
        if i >= word_end && in_latin_word(c) {
            let len = t[i..]
                .char_indices()
                .find(|&(_, c)| !in_latin_word(c))
                .map_or(t.len() - i, |(j, _)| j);
            word_end = i + len;
            word_ok = if cx.raw {
                words.takes_breves(cx.input, cx.start + i)
            } else {
                let mut word = String::new();
                if i == 0 {
                    word.push_str(cx.prefix);
                }
                word.push_str(&t[i..word_end]);
                if word_end == t.len() {
                    word.push_str(cx.suffix);
                }
                word_takes_breves(&word)
            };
        }
        let fold = match folds.get(c) {
            Some(f) => f,
            None => {
                emit(i..char_end, None);
                if !is_mark(c) {
                    prev = Some(c); // marks belong to the letter before them
                }
                continue;
            }
        };
        let next_of = |j: usize| t[j..].chars().next().or(cx.after);
        let replace = match fold.class {
            FoldClass::Space | FoldClass::Width => true,
            FoldClass::Breve => word_ok,
            FoldClass::Apostrophe => prev.is_some_and(is_latin) && next_of(char_end).is_some_and(is_latin),
            FoldClass::ZeroWidth => {
                // Decide for the whole run of invisible characters at once.
                let mut run_end = char_end;
                while let Some(&(j, d)) = iter.peek() {
                    if !is_zero_width(d) {
                        break;
                    }
                    run_end = j + d.len_utf8();
                    iter.next();
                }
                if prev.is_some_and(is_word) && next_of(run_end).is_some_and(is_word) {
                    first_rule.get_or_insert(Rule::ZeroWidth);
                    emit(i..run_end, Some(("", Rule::ZeroWidth)));
                } else {
                    emit(i..run_end, None);
                }
                // `prev` stays: the run is invisible either way.
                continue;
            }
        };
        if replace && fold.to != &t[i..char_end] {
            let rule = match fold.class {
                FoldClass::Space => Rule::Space,
                FoldClass::Width => Rule::Width,
                FoldClass::Breve => Rule::Breve,
                FoldClass::Apostrophe => Rule::Apostrophe,
                FoldClass::ZeroWidth => Rule::ZeroWidth,
            };
            first_rule.get_or_insert(rule);
            emit(i..char_end, Some((fold.to, rule)));
        } else {
            emit(i..char_end, None);
        }
        prev = Some(c);
    }
    first_rule
}

/// Composes Hangul jamo by arithmetic (L V → LV, LV T → LVT), copying
/// everything else. Equal to NFC on text whose only characters that are not
/// NFC-stable are conjoining jamo.
fn compose_hangul(s: &str, out: &mut String) {
    let mut last: Option<char> = None;
    for c in s.chars() {
        let u = c as u32;
        if let Some(l) = last {
            let lu = l as u32;
            if (L_BASE..L_BASE + L_COUNT).contains(&lu) && (V_BASE..V_BASE + V_COUNT).contains(&u) {
                let lv = S_BASE + ((lu - L_BASE) * V_COUNT + (u - V_BASE)) * T_COUNT;
                last = char::from_u32(lv);
                continue;
            }
            if is_syllable(lu) && (lu - S_BASE) % T_COUNT == 0 && (T_BASE + 1..T_BASE + T_COUNT).contains(&u)
            {
                last = char::from_u32(lu + (u - T_BASE));
                continue;
            }
            out.push(l);
        }
        last = Some(c);
    }
    if let Some(l) = last {
        out.push(l);
    }
}

/// Runs the Unicode layer over `input`, reporting each change to `sink`.
pub(crate) fn fold<S: Sink>(input: &str, folds: &Folds, sink: &mut S) {
    let b = input.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut done = 0; // every byte before `done` has been dealt with
    let mut words = WordCache::default();
    let mut scratch = String::new(); // allocated only when a spot changes
    while i < n {
        i = skip_stable(b, i);
        if i >= n {
            break;
        }
        let (c, w) = decode(b, i);
        let first_need = need(c, folds);
        if first_need == Need::None {
            i += w;
            continue;
        }
        // A spot: the character before (it may compose with what follows,
        // and it is the context of a fold), then every adjacent character
        // that may change.
        let start = if i > done {
            input[..i].char_indices().next_back().map_or(i, |(j, _)| j)
        } else {
            i
        };
        let (mut compose, mut has_fold, mut only_jamo) = (false, false, true);
        let mut end = i;
        let mut nd = first_need;
        loop {
            let (c, w) = decode(b, end);
            let c = char::from_u32(c).unwrap_or(' ');
            if nd == Need::Compose {
                compose = true;
                only_jamo &= is_conjoining_jamo(c as u32);
            } else {
                has_fold = true;
            }
            end += w;
            if end >= n {
                break;
            }
            let (next, _) = decode(b, end);
            nd = need(next, folds);
            if nd == Need::None {
                // A spot that composes takes the rest of the Latin word it
                // ends in, so that the word is decided in one piece.
                let next = char::from_u32(next).unwrap_or(' ');
                if !(compose && in_latin_word(c) && in_latin_word(next)) {
                    break;
                }
                let rest = &input[end..];
                end += rest
                    .char_indices()
                    .find(|&(_, c)| !in_latin_word(c))
                    .map_or(rest.len(), |(j, _)| j);
                if end >= n {
                    break;
                }
                nd = need(decode(b, end).0, folds);
                if nd == Need::None {
                    break;
                }
            }
        }
        spot(
            input,
            start,
            end,
            (compose, has_fold, only_jamo),
            folds,
            &mut words,
            &mut scratch,
            sink,
        );
        done = end;
        i = end;
    }
}

/// Normalizes one spot, `input[start..end]`, and reports it if it changed.
#[allow(clippy::too_many_arguments)]
fn spot(
    input: &str,
    start: usize,
    end: usize,
    (compose, has_fold, only_jamo): (bool, bool, bool),
    folds: &Folds,
    words: &mut WordCache,
    scratch: &mut String,
    sink: &mut dyn Sink,
) {
    let text = &input[start..end];
    let mut cx = Context {
        // The letter before: marks belong to it, and invisible characters
        // that fold are skipped as `fold_text` skips them inside a spot
        // (whether or not they go, they never decide a context).
        before: input[..start]
            .chars()
            .rev()
            .find(|&c| !(is_mark(c) || folds.zero_width && is_zero_width(c))),
        after: input[end..].chars().next(),
        input,
        start,
        raw: true,
        prefix: "",
        suffix: "",
    };
    let rule;
    scratch.clear();
    if !compose {
        // Only folds: nothing here composes, so folding is the whole job.
        // Decide first, without allocating, whether anything changes.
        // Report each run of replacements by one rule as one change. Nothing
        // is written (nor allocated) unless something changes.
        let mut pending: Option<(Range<usize>, Rule)> = None;
        fold_text(
            text,
            &cx,
            words,
            folds,
            &mut |span, replacement| match (replacement, &mut pending) {
                (Some((to, rule)), Some((open, r))) if *r == rule && open.end == span.start => {
                    open.end = span.end;
                    scratch.push_str(to);
                }
                (replacement, _) => {
                    if let Some((open, r)) = pending.take() {
                        sink.change(input, start + open.start, start + open.end, scratch, r);
                        scratch.clear();
                    }
                    if let Some((to, rule)) = replacement {
                        pending = Some((span, rule));
                        scratch.push_str(to);
                    }
                }
            },
        );
        if let Some((open, r)) = pending {
            sink.change(input, start + open.start, start + open.end, scratch, r);
        }
        return;
    } else if only_jamo && !has_fold {
        compose_hangul(text, scratch);
        rule = Some(Rule::HangulCompose);
    } else {
        // The general case: NFC, then folds, until nothing changes (a fold
        // can let characters compose, and a composition can make a letter
        // that folds).
        // The Latin words cut by the spot, for the breve decision. A spot
        // that composes reaches the end of its last Latin word (see `fold`),
        // so each word is looked at here at most once.
        let word_start = input[..start]
            .char_indices()
            .rev()
            .take_while(|&(_, c)| in_latin_word(c))
            .last()
            .map_or(start, |(i, _)| i);
        let word_end = end
            + input[end..]
                .char_indices()
                .find(|&(_, c)| !in_latin_word(c))
                .map_or(input.len() - end, |(j, _)| j);
        cx.raw = false;
        cx.prefix = &input[word_start..start];
        cx.suffix = &input[end..word_end];
        let had_jamo = text.chars().any(|c| is_conjoining_jamo(c as u32));
        nfc(text.chars(), scratch);
        let mut first = if scratch != text {
            Some(if had_jamo { Rule::HangulCompose } else { Rule::Nfc })
        } else {
            None
        };
        let mut next = String::new();
        for _ in 0..4 {
            next.clear();
            let r = fold_text(scratch, &cx, words, folds, &mut |span, replacement| {
                next.push_str(replacement.map_or(&scratch[span], |(to, _)| to));
            });
            if r.is_none() {
                break;
            }
            first = first.or(r);
            scratch.clear();
            nfc(next.chars(), scratch);
        }
        rule = first;
    }
    let Some(rule) = rule else { return };
    if scratch == text {
        return;
    }
    // Report only what differs: trim the common prefix and suffix.
    let prefix = common_prefix(text, scratch);
    let suffix = common_suffix(&text[prefix..], &scratch[prefix..]);
    sink.change(
        input,
        start + prefix,
        end - suffix,
        &scratch[prefix..scratch.len() - suffix],
        rule,
    );
}

/// Sorts a run of non-starters by combining class, stably: by insertion,
/// for the two or three marks of real text, or by counting the 255 classes
/// for a longer run (stacked marks: linear). The library's stable sort
/// would cost the WASM package 1.5 KB for this.
fn sort_by_class(run: &mut [(char, u8)]) {
    if run.len() <= 16 {
        crate::sort_short_by_key(run, |x| x.1);
        return;
    }
    // Where each class starts in the sorted run.
    let mut starts = [0usize; 256];
    for &(_, class) in run.iter() {
        if let Some(next) = starts.get_mut(usize::from(class) + 1) {
            *next += 1;
        }
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut sorted = vec![('\0', 0u8); run.len()];
    for &(c, class) in run.iter() {
        let at = &mut starts[usize::from(class)];
        if let Some(slot) = sorted.get_mut(*at) {
            *slot = (c, class);
        }
        *at += 1;
    }
    run.copy_from_slice(&sorted);
}

/// Appends the NFC form of `chars` to `out` (UAX #15: canonical
/// decomposition, canonical ordering, canonical composition).
///
/// Built on the per-character functions of `unicode-normalization` rather
/// than its `nfc()` iterator: that iterator also links the compatibility
/// decomposition tables (NFKD), 28 KB of the WASM package gzipped, which
/// canonical normalization never reads. A test compares the two on every
/// code point and on random text (`nfc_agrees_with_unicode_normalization`).
pub(crate) fn nfc(chars: impl Iterator<Item = char>, out: &mut String) {
    // Decomposed, each char with its combining class.
    let mut d: Vec<(char, u8)> = Vec::new();
    for c in chars {
        decompose_canonical(c, |x| d.push((x, canonical_combining_class(x))));
    }
    // Canonical ordering: each run of non-starters sorted by class, stably.
    let mut i = 0;
    while i < d.len() {
        if d[i].1 == 0 {
            i += 1;
            continue;
        }
        let run = i + d[i..].iter().take_while(|x| x.1 != 0).count();
        sort_by_class(&mut d[i..run]);
        i = run;
    }
    // Composition: each char joins the last starter unless blocked (a char
    // between them of class 0 or of a class not below its own).
    let mut composed: Vec<char> = Vec::with_capacity(d.len());
    let mut starter: Option<usize> = None;
    let mut last_class: Option<u8> = None;
    for (c, class) in d {
        if let Some(si) = starter {
            let blocked = last_class.is_some_and(|last| last == 0 || last >= class);
            if !blocked {
                if let Some(joined) = compose(composed[si], c) {
                    composed[si] = joined;
                    continue;
                }
            }
        }
        if class == 0 {
            starter = Some(composed.len());
            last_class = None;
        } else {
            last_class = Some(class);
        }
        composed.push(c);
    }
    out.extend(composed);
}

/// Length in bytes of the longest common prefix of whole characters.
fn common_prefix(a: &str, b: &str) -> usize {
    a.char_indices()
        .zip(b.chars())
        .find(|&((_, x), y)| x != y)
        .map_or_else(|| a.len().min(b.len()), |((i, _), _)| i)
}

/// Length in bytes of the longest common suffix of whole characters.
fn common_suffix(a: &str, b: &str) -> usize {
    let mut len = 0;
    for (x, y) in a.chars().rev().zip(b.chars().rev()) {
        if x != y {
            break;
        }
        len += x.len_utf8();
    }
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_normalization::UnicodeNormalization;

    fn our_nfc(s: &str) -> String {
        let mut out = String::new();
        nfc(s.chars(), &mut out);
        out
    }

    /// `nfc` against the `unicode-normalization` crate's iterator, the oracle:
    /// every code point alone, and every code point after a letter and
    /// before and after combining marks of several classes.
    #[test]
    fn nfc_agrees_with_unicode_normalization() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            for s in [
                c.to_string(),
                format!("a{c}"),
                format!("{c}\u{301}"),
                format!("{c}\u{323}\u{302}"),
                format!("\u{1100}{c}"),
                format!("가{c}"),
            ] {
                assert_eq!(our_nfc(&s), s.nfc().collect::<String>(), "{s:?}");
            }
        }
    }

    /// Long runs of marks (sorted by counting) and short ones (by
    /// insertion) in canonical order, as the crate orders them.
    #[test]
    fn long_runs_of_marks_are_ordered_stably() {
        // Classes 230 (above), 220 (below), 202, 1 and 216, repeated.
        let marks = [
            '\u{301}', '\u{323}', '\u{327}', '\u{334}', '\u{31B}', '\u{302}', '\u{316}',
        ];
        for len in [2, 3, 15, 16, 17, 40, 1000] {
            let s: String = std::iter::once('a')
                .chain((0..len).map(|k| marks[(k * 5 + k / 3) % marks.len()]))
                .collect();
            assert_eq!(our_nfc(&s), s.nfc().collect::<String>(), "{len}");
        }
    }

    proptest! {
        #[test]
        fn nfc_agrees_on_mixed_sequences(s in "[a-zA-Z\u{300}-\u{36F}\u{1100}-\u{11FF}\u{AC00}-\u{AC20}\u{0F71}-\u{0F84}\u{1E00}-\u{1E10}\u{05B0}-\u{05C7}\u{3099}\u{309A}\u{304B}\u{30AB}\u{0B47}\u{0B3E}\u{0B57}]{0,12}") {
            prop_assert_eq!(our_nfc(&s), s.nfc().collect::<String>());
        }
    }

    /// The obvious scan `skip_stable` must agree with.
    fn naive_skip(s: &str, from: usize) -> usize {
        s[from..]
            .char_indices()
            .find(|&(_, c)| !((c.is_ascii() && c != '`') || is_syllable(c as u32)))
            .map_or(s.len(), |(j, _)| from + j)
    }

    fn piece() -> impl Strategy<Value = char> {
        prop_oneof![
            4 => (0xAC00u32..=0xD7A3).prop_map(|c| char::from_u32(c).unwrap()),
            // The edges of the syllable block and its lead bytes.
            2 => prop::sample::select(vec![
                '\u{ABFF}', '\u{AC00}', '\u{AFFF}', '\u{B000}', '\u{CFFF}', '\u{D000}', '\u{D79F}',
                '\u{D7A3}', '\u{D7A4}', '\u{D7B0}', '\u{A000}', '`', ' ', '\n', 'a',
                '\u{1100}', '\u{11A8}', 'ŏ', '\u{3000}', '😀',
            ]),
            3 => (0x20u32..0x7F).prop_map(|c| char::from_u32(c).unwrap()),
            1 => any::<char>(),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]
        #[test]
        fn skip_stable_agrees_with_the_naive_scan(chars in prop::collection::vec(piece(), 0..80), skip in 0usize..80) {
            let s: String = chars.into_iter().collect();
            let from = s.char_indices().map(|(i, _)| i).nth(skip).unwrap_or(s.len());
            prop_assert_eq!(skip_stable(s.as_bytes(), from), naive_skip(&s, from), "{:?}", s);
        }
    }

    #[test]
    fn compose_hangul_is_nfc_on_jamo() {
        for s in [
            "\u{1100}\u{1161}",
            "\u{1100}\u{1161}\u{11A8}",
            "가\u{11A8}",
            "각\u{11A8}",
            "\u{1161}\u{11A8}",
            "\u{1100}\u{1100}\u{1161}",
        ] {
            let mut out = String::new();
            compose_hangul(s, &mut out);
            assert_eq!(out, s.nfc().collect::<String>(), "{s:?}");
        }
    }
}
