//! Korean personal names: romanized names back to Hangul, match keys and
//! match verdicts, across systems and across the North–South divide.
//!
//! A name reaches a reader as *Kim Tong-myong*, *Kim Dongmyeong*, *KIM Tong
//! Myong*, *KIM, Tong-Myo'ng* or 김동명. [`hangul`] reads any of them back
//! into ranked Hangul; [`key`] gives every spelling of one name the same
//! short key; [`compare`] says whether two spellings can be one name.
//!
//! ```
//! use kcanon::names;
//! assert_eq!(names::hangul("Kim Jong Un")[0].hangul, "김정은");
//! assert_eq!(names::key("Kim Tong-myong"), names::key("김동명"));
//! assert!(names::compare("Choe Son Hui", "최선희").same);
//! assert!(!names::compare("Choe Son Hui", "Cho Son Hui").same);
//! ```
//!
//! How: a Latin name is cut into surname and given name (`SURNAME, Given`,
//! Western order when the last word is the surname; after a comma that
//! follows a whole name comes a description: Kim Jong Un, Chairman), each syllable is read
//! as initial + vowel + final through the reverse of every writer's letter
//! tables and the conventional spellings of `tables/name_variants.tsv`,
//! under each system in turn, and each reading is weighed by how often
//! surnames (census ranks) and given-name syllables
//! (`tables/given_name_syllables.tsv`) occur.

mod key;
mod letters;
mod reading;

pub(crate) use letters::Part;

use std::borrow::Cow;

use crate::hangul::{l, v, Syllable};

use crate::tables::surnames;

/// A reading of a name in Hangul.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Candidate {
    /// The name in Hangul, surname first, without a space (김정은).
    pub hangul: String,
    /// How likely this reading is among those returned, in (0, 1]; they
    /// add up to 1.
    pub score: f64,
}

/// Whether two spellings can be one name.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Verdict {
    /// The same name.
    pub same: bool,
    /// How much the two names' readings overlap, in [0, 1].
    pub score: f64,
}

/// Readings returned by [`hangul`].
const CANDIDATES: usize = 10;

/// The name's readings in Hangul, best first, with scores that add up to 1.
/// A name already in Hangul comes back as itself. Empty if nothing in the
/// input reads as a Korean name.
pub fn hangul(name: &str) -> Vec<Candidate> {
    distribution(name, CANDIDATES)
}

/// The readings of `name` with their probabilities (at most `limit`).
fn distribution(name: &str, limit: usize) -> Vec<Candidate> {
    let name = canonical(name);
    let name = the_name(&name);
    if let Some(hangul) = hangul_name(&name) {
        return vec![Candidate { hangul, score: 1.0 }];
    }
    let name = spell_out_hangul(&name);
    let readings = reading::read_latin(&name, limit);
    let best = readings.first().map_or(0.0, |r| r.cost);
    let mut out: Vec<Candidate> = readings
        .into_iter()
        .map(|r| Candidate {
            hangul: r.hangul,
            score: f64::from(-(r.cost - best)).exp(),
        })
        .collect();
    let total: f64 = out.iter().map(|c| c.score).sum();
    for c in &mut out {
        c.score /= total;
    }
    out
}

/// `name` through the Unicode layer ([`crate::Canonicalizer::unicode`]),
/// which never changes ASCII but the backtick: such a name (most Latin
/// names) at once.
pub(crate) fn canonical(name: &str) -> Cow<'_, str> {
    if name.bytes().all(|b| b.is_ascii() && b != b'`') {
        return Cow::Borrowed(name);
    }
    crate::Canonicalizer::unicode().canonicalize(name)
}

/// English titles that precede a name in lists and the press, in lower
/// case without their period.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "maj",
    "capt",
    "adm",
    "sgt",
    "marshal",
    "general",
    "colonel",
    "comrade",
    "president",
    "premier",
    "chairman",
    "minister",
    "secretary",
    "supreme",
    "leader",
    "vice",
    "deputy",
    "ambassador",
    "envoy",
    "director",
    "chief",
    "commander",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "governor",
    "mayor",
    "lawmaker",
    "senator",
    "chairwoman",
    "chairperson",
    "representative",
    "professor",
    "member",
    "head",
    // Vice-Chairman and the like, hyphenated or not (`in_list` looks
    // through hyphens, as the key does).
    "vicechairman",
    "vicepresident",
    "vicepremier",
    "viceminister",
    "vicemarshal",
];

/// Words that put another name of the same person after a name, as
/// lists write aliases without brackets (KIM Jong Un a.k.a. KIM Jong-un,
/// AKA, a/k/a), in lower case without their dots and slashes.
const ALIASES: [&str; 2] = ["aka", "alias"];

/// Each of `words` packed into a `u128` as [`in_list`] packs a word (its
/// bytes in order, zeros after), sorted: one binary search tells a word of
/// the list, in 0.7 KB of data for [`TITLES`] where a `match` over the
/// strings took 4 KB of code.
const fn packed<const N: usize>(words: &[&str]) -> [u128; N] {
    let mut packed = [0u128; N];
    let mut i = 0;
    while i < N {
        let t = words[i].as_bytes();
        assert!(t.len() < 16, "a word fits in in_list's buffer, a zero after it");
        let mut j = 0;
        while j < t.len() {
            packed[i] |= (t[j] as u128) << (8 * j);
            j += 1;
        }
        i += 1;
    }
    // Sorted, by insertion.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && packed[j - 1] > packed[j] {
            let t = packed[j];
            packed[j] = packed[j - 1];
            packed[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    packed
}

/// The first two letters of `words`: for each first letter, a bit for each
/// second letter.
const fn starts(words: &[&str]) -> [u32; 26] {
    let mut starts = [0; 26];
    let mut i = 0;
    while i < words.len() {
        let t = words[i].as_bytes();
        starts[(t[0] - b'a') as usize] |= 1 << (t[1] - b'a');
        i += 1;
    }
    starts
}

const PACKED_TITLES: [u128; TITLES.len()] = packed(TITLES);
const TITLE_STARTS: [u32; 26] = starts(TITLES);
const PACKED_ALIASES: [u128; ALIASES.len()] = packed(&ALIASES);
const ALIAS_STARTS: [u32; 26] = starts(&ALIASES);

/// The name itself: without what a list puts around it, a part in
/// brackets (Kim Jong Un (김정은) — unless nothing else is left), an
/// English title before it (Mr., Gen., Marshal) and a description ending in
/// one (North Korean leader, First Vice Foreign Minister).
pub(crate) fn the_name(name: &str) -> std::borrow::Cow<'_, str> {
    // What the name has, in one branchless pass over its bytes: which
    // of the marks below, and how many bytes up to the space (ASCII
    // whitespace and control characters: a superset of the separators
    // that takes one comparison).
    let (mut has, mut spaces) = (0u8, 0usize);
    for &b in name.as_bytes() {
        has |= MARKS[usize::from(b)];
        spaces += usize::from(b <= b' ');
    }
    // Another field after a semicolon, as sanctions lists write them
    // (CHOE, Ryong Hae; DOB 15 Jan 1950): the name is the first field
    // with a letter.
    let name = match has & SEMICOLON != 0 {
        true => name.split(';').find(|f| f.chars().any(is_letter)).unwrap_or(name),
        false => name,
    };
    let mut out = std::borrow::Cow::Borrowed(name);
    // (Full-width brackets are ASCII by now: the Unicode layer's.)
    let bracket = has & BRACKET != 0 && name.contains(['(', '[']);
    if bracket {
        let mut outside = String::with_capacity(name.len());
        let mut depth = 0usize;
        for c in name.chars() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                c if depth == 0 => outside.push(c),
                _ => {}
            }
        }
        out = if outside.chars().any(is_letter) {
            std::borrow::Cow::Owned(outside)
        } else {
            // All of it in brackets: the brackets go.
            std::borrow::Cow::Owned(machine_written(name))
        };
    }
    // Another name after an alias word (KIM Jong Un a.k.a. KIM Jong-un):
    // the first name, looked for only in four words or more (three
    // spaces, as below), before the separators' full stops are read.
    if spaces >= 3 {
        if let Some(first) = first_alias(&out) {
            out = part(out, first);
        }
    }
    // The name given twice, in Latin letters and in Hangul (KIM Jong Un
    // 김정은, Kim Jong Un / 김정은, as lists, tables and captions write it):
    // the Hangul. Before the separators are read, which would take a slash
    // between the two for an airline's. (Not in a name without a Latin
    // letter: most Hangul names.)
    if has & NON_ASCII != 0 && has & LATIN != 0 {
        if let Some(hangul) = hangul_beside_latin(&out) {
            out = part(out, hangul);
        }
    }
    // A passport's, an airline's or a program's separators (KIM<<JONG<UN,
    // KIM/JONGUN, Kim_Jong_Un, Kim.Jong.Un).
    if has & SEPARATOR != 0 {
        out = Cow::Owned(machine_written(&out));
    }
    // The first word with a letter (a stray `-` before it is no word).
    let lead = |s: &str| -> Option<usize> {
        let word = s.split_whitespace().find(|w| w.chars().any(is_letter))?;
        if !is_title(word) {
            return None;
        }
        // `word` is a slice of `s`: where it ends, by address.
        let word_end = word.as_ptr() as usize - s.as_ptr() as usize + word.len();
        let rest = s[word_end..].trim_start();
        // (A title of something is a description's: Minister of Foreign
        // Affairs Choe Son Hui.)
        let of = rest.get(..3).is_some_and(|w| w.eq_ignore_ascii_case("of "));
        (!of && rest.chars().any(is_letter)).then(|| s.len() - rest.len())
    };
    // (Title after title, with one copy at the end: Minister Minister …
    // costs its length, not its square.)
    let mut from = 0;
    while let Some(cut) = lead(&out[from..]) {
        from += cut;
    }
    if from > 0 {
        let end = out.len();
        out = part(out, from..end);
    }
    // A description before the name, as running text writes it (North
    // Korean leader Kim Jong Un): looked for only in four words or more
    // (three spaces: hyphens taken out or put in leave the count as it is;
    // bytes up to the space counted, a superset of ASCII whitespace that
    // takes one comparison), where a name and a title word before it
    // cannot be fewer.
    if spaces >= 3 && out.bytes().filter(|&b| b <= b' ').nth(2).is_some() {
        if let Some(cut) = after_description(&out) {
            let start = out.len() - out[cut..].trim_start().len();
            let end = out.len();
            out = part(out, start..end);
        }
    }
    // An English possessive (Kim Jong Un's): no part of a romanization,
    // where an apostrophe is never the last but one letter of a name.
    // (The s is a Latin letter.)
    if has & (APOSTROPHE | NON_ASCII) != 0 && has & LATIN != 0 {
        if let Some(cut) = possessive(&out) {
            out = part(out, 0..cut);
        }
    }
    out
}

/// Where the first of the names an alias word separates is
/// ([`ALIASES`]: KIM Jong Un a.k.a. KIM Jong-un; a.k.a. KIM Jong Un), if
/// `name` has one: the first part with a letter.
fn first_alias(name: &str) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for word in name.split_ascii_whitespace() {
        if is_alias(word) {
            // `word` is a slice of `name`: where it starts, by address.
            let at = word.as_ptr() as usize - name.as_ptr() as usize;
            if name[start..at].chars().any(is_letter) {
                return Some(start..at);
            }
            start = at + word.len();
        }
    }
    (start > 0).then_some(start..name.len())
}

/// A name as machines write it, with the separators read as a person
/// writes them:
/// - the machine-readable zone of a passport (ICAO Doc 9303: the surname,
///   `<<`, the given names a `<` apart, `<` to fill the field:
///   `KIM<<JONG<UN<<<<`) as `KIM, JONG UN`;
/// - the airlines' `SURNAME/GIVEN` (one slash, no space before it, as in a
///   passenger's name: `KIM/JONGUN MR`) as `KIM, JONGUN`, without the
///   title that may follow;
/// - an underscore as a space (`Kim_Jong_Un`), and a full stop with more
///   of the word after it as one (`Kim.Jong.Un`, `Mr.Kim`; not the stop of
///   an initial, `Kim J. Un`);
/// - a bracket as a space ([`the_name`] calls it for a name all in
///   brackets).
///
/// A `<<` or a slash becomes the comma of `SURNAME, Given` only in a name
/// that has no comma. Hyphens among `<` are looked through, so that a name
/// without its hyphens reads alike (`KIM<-<JONG` is `KIM<<JONG`).
#[cold]
#[inline(never)]
fn machine_written(name: &str) -> String {
    // (Every separator is ASCII: the bytes are rewritten, UTF-8 kept.)
    let bytes = name.as_bytes();
    let mut comma = bytes.contains(&b',');
    let one_slash = bytes.iter().filter(|&&b| b == b'/').count() == 1;
    let mut out = Vec::with_capacity(bytes.len() + 2);
    let mut given = None;
    // The `<` just read (hyphens among them looked through): two or more
    // end the surname, one ends a name; those at the end fill the field.
    let mut marks = 0;
    for (at, &b) in bytes.iter().enumerate() {
        if b == b'<' || b == b'-' && marks > 0 {
            marks += usize::from(b == b'<');
            continue;
        }
        if marks > 0 {
            // (And the hyphens before them.)
            while out.last() == Some(&b'-') {
                out.pop();
            }
            out.extend_from_slice(if marks >= 2 && !comma { b", " } else { b" " });
            comma |= marks >= 2;
            marks = 0;
        }
        match b {
            // The slash of a name with no space before it (not a list of
            // names: Kim Jong Un / Kim Yo Jong).
            b'/' if one_slash && !comma && !out.contains(&b' ') && out.iter().any(|&b| b != b'-') => {
                out.extend_from_slice(b", ");
                comma = true;
                given = Some(out.len());
            }
            b'_' | b'(' | b')' | b'[' | b']' => out.push(b' '),
            // (Hyphens looked through here too.)
            b'.' if bytes[at + 1..]
                .iter()
                .find(|&&b| b != b'-')
                .is_some_and(|&b| b > b' ') =>
            {
                out.push(b' ')
            }
            b => out.push(b),
        }
    }
    // The passenger's title after the given names (KIM/JONGUN MR).
    if let Some(given) = given {
        if let Some(space) = out[given..].iter().rposition(|&b| b == b' ') {
            if std::str::from_utf8(&out[given + space + 1..]).is_ok_and(is_title) {
                out.truncate(given + space);
            }
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// The part `range` of a name: a slice of it where it is borrowed (most
/// names), a copy only where it is already one. (One function for every
/// cut: the WASM package carries one copy.)
fn part(name: Cow<'_, str>, range: std::ops::Range<usize>) -> Cow<'_, str> {
    match name {
        Cow::Borrowed(name) => Cow::Borrowed(&name[range]),
        Cow::Owned(name) => Cow::Owned(name[range].to_string()),
    }
}

/// An apostrophe or one of its look-alikes (`tables/unicode_fold.tsv`).
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`' | '\u{B4}' | '\u{2BB}' | '\u{2BC}' | '\u{2018}' | '\u{2019}' | '\u{2032}' | '\u{FF07}'
    )
}

/// The marks [`the_name`] looks for, a bit each, by byte: a semicolon, a
/// bracket, an apostrophe or a backtick, any byte outside ASCII, an ASCII
/// letter, and a separator machines write (`<`, `/`, `_`, `.`).
const SEMICOLON: u8 = 1;
const BRACKET: u8 = 2;
const APOSTROPHE: u8 = 4;
const NON_ASCII: u8 = 8;
const LATIN: u8 = 16;
const SEPARATOR: u8 = 32;
const MARKS: [u8; 256] = {
    let mut marks = [0; 256];
    marks[b'<' as usize] = SEPARATOR;
    marks[b'/' as usize] = SEPARATOR;
    marks[b'_' as usize] = SEPARATOR;
    marks[b'.' as usize] = SEPARATOR;
    marks[b';' as usize] = SEMICOLON;
    marks[b'(' as usize] = BRACKET;
    marks[b'[' as usize] = BRACKET;
    marks[b'\'' as usize] = APOSTROPHE;
    marks[b'`' as usize] = APOSTROPHE;
    let mut b = b'A';
    while b <= b'z' {
        if b <= b'Z' || b >= b'a' {
            marks[b as usize] = LATIN;
        }
        b += 1;
    }
    let mut b = 0x80;
    while b < 256 {
        marks[b] = NON_ASCII;
        b += 1;
    }
    marks
};

/// Where an English possessive at the end of `name` starts: a letter, an
/// apostrophe and an s, then nothing but what is not a letter. Hyphens
/// are looked through (Kim'-s is Kim's), as the key ignores them, and so
/// are the apostrophe's look-alikes, which the Unicode layer folds only
/// between letters (Kim-`s, where a hyphen taken out makes Kim's).
fn possessive(name: &str) -> Option<usize> {
    let mut rest = name
        .trim_end_matches(|c: char| !is_letter(c))
        .char_indices()
        .rev();
    let mut next = || rest.by_ref().find(|&(_, c)| c != '-');
    let (Some((_, 's' | 'S')), Some((apostrophe, mark)), Some((_, before))) = (next(), next(), next()) else {
        return None;
    };
    (is_apostrophe(mark) && is_letter(before)).then_some(apostrophe)
}

/// A name written twice, once in Latin letters (two words or more) and
/// once in Hangul (two syllables or more), one after the other, as words
/// or parted by a slash, a bar or a comma: where the Hangul words are, or
/// the Latin ones where the Hangul is a title alone (Kim Jong Un 위원장).
/// None for anything else, a name with Hangul and Latin mixed (김 Jong Un)
/// among them.
fn hangul_beside_latin(name: &str) -> Option<std::ops::Range<usize>> {
    let (mut latin_words, mut syllables, mut runs, mut titles) = (0, 0, 0, true);
    let (mut hangul, mut latin) = (0..0, 0..0);
    let mut last = None; // whether the last word was Hangul
    for word in name.split(|c: char| c.is_whitespace() || matches!(c, '/' | '|' | ',')) {
        if !word.chars().any(is_letter) {
            continue;
        }
        // Hyphens are looked through, as the key ignores them.
        let is_hangul = if word
            .chars()
            .filter(|&c| c != '-')
            .all(|c| Syllable::of(c).is_some())
        {
            true
        } else if word.is_ascii() {
            false
        } else {
            return None;
        };
        if last != Some(is_hangul) {
            runs += 1;
        }
        last = Some(is_hangul);
        // The word, hyphens around it left out: where it is in `name`, by
        // address (`word` is a slice of it).
        let inner = word.trim_matches('-');
        let start = inner.as_ptr() as usize - name.as_ptr() as usize;
        let (range, first) = if is_hangul {
            let first = syllables == 0;
            syllables += inner.chars().filter(|&c| c != '-').count();
            titles &= korean_title(inner).is_some();
            (&mut hangul, first)
        } else {
            latin_words += 1;
            (&mut latin, latin_words == 1)
        };
        if first {
            range.start = start;
        }
        range.end = start + inner.len();
    }
    (runs == 2 && latin_words >= 2 && syllables >= 2).then_some(if titles { latin } else { hangul })
}

/// Where the name starts after a description that ends in a title word
/// (First Vice Foreign Minister Choe Son Hui, Vice-Chairman Ri Pyong Chol):
/// after its last title word with a letter after it, or where the title
/// is of something (Minister of Foreign Affairs Choe Son Hui, Premier of
/// the DPRK Cabinet Pak Thae Song), at the first listed surname after it
/// with a given name of one to three words after it and nothing more;
/// before any comma (what follows one is the comma's business:
/// `keys_in`). None without one.
#[inline(never)]
fn after_description(name: &str) -> Option<usize> {
    let before_comma = name.split(',').next().unwrap_or_default();
    // `word` is a slice of `name`: where it starts, by address.
    let at = |word: &str| word.as_ptr() as usize - name.as_ptr() as usize;
    // The words (the first sixteen), and the last title's place and end.
    let (mut words, mut n, mut title) = ([""; 16], 0, None);
    for word in before_comma.split_ascii_whitespace() {
        let end = at(word) + word.len();
        if is_title(word) && name[end..].chars().any(is_letter) {
            title = Some((n, end));
        }
        if let Some(w) = words.get_mut(n) {
            *w = word;
        }
        n += 1;
    }
    let (t, cut) = title?;
    if n > words.len() || !words.get(t + 1).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
        return Some(cut);
    }
    let mut lower = Vec::new();
    let name_start = (t + 2..n)
        .find(|&i| (1..=3).contains(&(n - 1 - i)) && key::listed_surname(&words[i..=i], &mut lower));
    Some(name_start.map_or(cut, |i| at(words[i])))
}

/// What a word of `tables/name_titles.tsv` is.
#[derive(Clone, Copy, PartialEq)]
enum TitleKind {
    /// An honorific, position or rank (동지, 외무상, 대장).
    Title,
    /// A word before a title (전 대통령, 북한 국무위원장).
    Qualifier,
}

/// The most bytes a title of `tables/name_titles.tsv` has (five
/// syllables: a test holds it) with particles after it (three of the
/// longest, as `is_particles` reads them).
const TITLE_WITH_PARTICLES: usize = 3 * 5 + 3 * crate::tables::PARTICLE_LONGEST;

/// `word` in `tables/name_titles.tsv`: its kind, and whether it may be
/// joined to the name. (A hundred short lines, read only for a Hangul name
/// that is spaced or long.)
fn korean_title(word: &str) -> Option<(TitleKind, bool)> {
    let title = |word: &str| {
        let line = crate::tables::NAME_TITLES
            .split('\n')
            .find(|l| l.get(1..) == Some(word))?;
        Some(match line.as_bytes()[0] {
            b'q' => (TitleKind::Qualifier, false),
            b'j' => (TitleKind::Title, true),
            _ => (TitleKind::Title, false),
        })
    };
    // A title with particles after it, as running text writes it
    // (대통령은, 위원장의, 동지께서); a longer word is none, looked at no
    // further (every suffix of a long word is asked about).
    if word.len() > TITLE_WITH_PARTICLES {
        return None;
    }
    title(word).or_else(|| {
        word.char_indices()
            .skip(1)
            .filter(|&(i, _)| crate::spelling::lexicon::is_particles(&word[i..]))
            .find_map(|(i, _)| title(&word[..i]))
    })
}

/// A Hangul name without the titles Korean writes around it, from
/// `tables/name_titles.tsv`: after it (김정은 동지, 최선희 외무상, 김대중 전
/// 대통령), before it with whatever it ends (국무위원장 김정은, 위대한 수령
/// 김일성동지, 외무성 제1부상 최선희), or joined to it where usage joins them
/// (김정은동지, 김일성주석), and what a title after the name is of (김여정
/// 당중앙위원회 부부장); None if it has none. A
/// title goes only where a name is left: two syllables at least, three
/// for a joined title (김동지, 박주석 and 이 장군 may be names).
/// (`name` is canonical: its spaces are ASCII.)
fn without_korean_titles(name: &str) -> Option<String> {
    let mut words = [""; 8];
    let mut n = 0;
    for w in name.split_ascii_whitespace() {
        *words.get_mut(n)? = w;
        n += 1;
    }
    let syllables = |ws: &[&str]| ws.iter().map(|w| w.chars().count()).sum::<usize>();
    let is = |w: &str, kind| korean_title(w).is_some_and(|(k, _)| k == kind);
    let (mut from, mut to) = (0, n);
    // After the name: titles, and the qualifiers before them.
    let mut titled = false;
    while to > from + 1 && is(words[to - 1], TitleKind::Title) && syllables(&words[from..to - 1]) >= 2 {
        to -= 1;
        titled = true;
        while to > from + 1 && is(words[to - 1], TitleKind::Qualifier) && syllables(&words[from..to - 1]) >= 2
        {
            to -= 1;
        }
    }
    // Before it: whatever ends in a title, as a description does (외무성
    // 제1부상 최선희, 위대한 수령 김일성동지), with a name left after it.
    if let Some(k) = (from..to.saturating_sub(1))
        .rev()
        .find(|&k| is(words[k], TitleKind::Title) && syllables(&words[k + 1..to]) >= 2)
    {
        from = k + 1;
    }
    // Between the name and a title after it, what the title is of (김여정
    // 당중앙위원회 부부장): the name is the words that start it, up to four
    // syllables (남궁 민수), where more are left than a name has.
    if titled && to > from + 1 && syllables(&words[from..to]) > 4 {
        let mut end = from + 1;
        while end < to && syllables(&words[from..=end]) <= 4 {
            end += 1;
        }
        to = end;
    }
    // Joined to the last word.
    let mut last = words.get(to.checked_sub(1)?).copied()?;
    if to > from && syllables(&words[from..to]) >= 4 {
        let joined = last.char_indices().skip(1).find(|&(i, _)| {
            korean_title(&last[i..]).is_some_and(|(_, joined)| joined)
                && syllables(&words[from..to - 1]) + last[..i].chars().count() >= 3
        });
        if let Some((i, _)) = joined {
            last = &last[..i];
        }
    }
    if from == 0 && to == n && last.len() == words[to - 1].len() {
        return None;
    }
    let mut bare = words[from..to - 1].join(" ");
    if !bare.is_empty() {
        bare.push(' ');
    }
    bare.push_str(last);
    Some(bare)
}

/// `char::is_alphabetic`, answered at once for ASCII and Hangul syllables
/// (the letters of nearly every name), where the standard library looks
/// up its tables.
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        ('\u{AC00}'..='\u{D7A3}').contains(&c) || c.is_alphabetic()
    }
}

/// Is `word`, in lower case without dots, hyphens and slashes, one of
/// [`TITLES`]?
fn is_title(word: &str) -> bool {
    in_list(word, &TITLE_STARTS, &PACKED_TITLES)
}

/// Is `word`, in lower case without dots, hyphens and slashes, one of
/// [`ALIASES`]?
fn is_alias(word: &str) -> bool {
    in_list(word, &ALIAS_STARTS, &PACKED_ALIASES)
}

/// Is `word`, in lower case without dots, hyphens and slashes, one of the
/// words packed by [`packed`], whose first letters are `starts`? (Without
/// allocating: the words are a few ASCII letters.)
fn in_list(word: &str, starts: &[u32; 26], packed: &[u128]) -> bool {
    // Most words are names: turned away by their first two letters.
    let mut letters = word
        .bytes()
        .filter(|&b| !matches!(b, b'.' | b'-' | b'/'))
        .map(|b| usize::from(b.to_ascii_lowercase().wrapping_sub(b'a')));
    match (letters.next(), letters.next()) {
        (Some(a), Some(b)) if a < 26 && b < 26 && starts[a] & 1 << b != 0 => {}
        _ => return false,
    }
    let mut buf = [0u8; 16];
    let mut n = 0;
    for c in word.chars().filter(|&c| !matches!(c, '.' | '-' | '/')) {
        if n == buf.len() {
            return false;
        }
        if c.is_ascii() {
            buf[n] = c.to_ascii_lowercase() as u8;
            n += 1;
            continue;
        }
        for l in c.to_lowercase() {
            if !l.is_ascii() || n == buf.len() {
                return false;
            }
            buf[n] = l as u8;
            n += 1;
        }
    }
    // (No word of a list has a zero byte: equal packings, equal words.)
    packed.binary_search(&u128::from_le_bytes(buf)).is_ok()
}

/// Hangul mixed with Latin (김 Jong Un): the Hangul spelled out in RR's
/// letters, a syllable apart, to be read with the rest.
pub(crate) fn spell_out_hangul(name: &str) -> std::borrow::Cow<'_, str> {
    if name.is_ascii() || !name.chars().any(|c| Syllable::of(c).is_some()) {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut latin = String::with_capacity(name.len() * 2);
    let mut after_syllable = false;
    for c in name.chars() {
        match Syllable::of(c) {
            Some(s) => {
                if after_syllable {
                    latin.push('-');
                }
                key::rr_letters(s, &mut latin);
                after_syllable = true;
            }
            None => {
                latin.push(c);
                after_syllable = false;
            }
        }
    }
    std::borrow::Cow::Owned(latin)
}

/// A name written in Hangul syllables only (spaces allowed), joined,
/// without the titles written around it ([`without_korean_titles`]).
pub(crate) fn hangul_name(name: &str) -> Option<String> {
    let mut joined = String::new();
    hangul_name_into(name, &mut joined).then_some(joined)
}

/// [`hangul_name`] into `joined` (cleared first): whether `name` is one.
pub(crate) fn hangul_name_into(name: &str, joined: &mut String) -> bool {
    joined.clear();
    // Latin names, the common case, leave at their first byte.
    if name
        .bytes()
        .find(|b| !b.is_ascii_whitespace())
        .is_none_or(|b| b.is_ascii())
    {
        return false;
    }
    joined.extend(name.split_whitespace());
    // Spaced, or of four syllables or more: a title may be written with it.
    if joined.len() >= 12 || joined.len() != name.len() {
        if let Some(bare) = without_korean_titles(name) {
            joined.clear();
            joined.extend(bare.split_ascii_whitespace());
        }
    }
    !joined.is_empty() && joined.chars().all(|c| Syllable::of(c).is_some())
}

/// The surname of a Hangul name: two syllables if they are a two-syllable
/// surname and a given name follows, else one.
pub(crate) fn split_surname(name: &str) -> (&str, &str) {
    // Where the second and third characters start.
    let mut starts = name.char_indices().map(|(i, _)| i).skip(1);
    let (two, three) = (starts.next(), starts.next());
    let mut syllables = name.chars().map(Syllable::of);
    if let (Some(three), Some(Some(a)), Some(Some(b))) = (three, syllables.next(), syllables.next()) {
        if is_two_syllable_surname(a, b) {
            return name.split_at(three);
        }
    }
    name.split_at(two.unwrap_or(name.len()))
}

/// ㄹ and ㄴ at the start of a name as the ROK writes them (두음 법칙, 표준어
/// 규정 제3항 and 한글 맞춤법 제10–12항): 리 → 이, 로 → 노, 녀 → 여. The DPRK keeps
/// them; a name is the same name either way.
pub(crate) fn initial_sound_rule(s: Syllable) -> Syllable {
    let iotized = matches!(s.v, v::I | v::YA | v::YAE | v::YEO | v::YE | v::YO | v::YU);
    match s.l {
        l::R if iotized => Syllable { l: l::NG, ..s },
        l::R => Syllable { l: l::N, ..s },
        l::N if iotized => Syllable { l: l::NG, ..s },
        _ => s,
    }
}

/// A Hangul name with the ROK's initial-sound rule at the start of the
/// surname and of the given name: the form names are compared in.
pub(crate) fn comparable(name: &str) -> String {
    let (surname, given) = split_surname(name);
    let mut out = String::with_capacity(name.len());
    for part in [surname, given] {
        for (i, c) in part.chars().enumerate() {
            match Syllable::of(c) {
                Some(s) if i == 0 => out.push(initial_sound_rule(s).to_char()),
                _ => out.push(c),
            }
        }
    }
    out
}

/// Readings [`compare`] weighs.
const COMPARED: usize = 24;

/// What [`compare`] weighs of a name: its readings in the form names are
/// compared in ([`comparable`], packed by [`packed_comparable`]), each
/// with the square root of its probability (summed where two readings
/// have one comparable form), sorted by the packed form; or for a Hangul
/// name too long to pack, its comparable form (no reading of a Latin name
/// is that long).
#[derive(Clone, Debug)]
enum Weighed {
    Readings(Vec<(u128, f64)>),
    Long(String),
}

/// (`name` is canonical, without what surrounds it: [`the_name`].)
fn weighed(name: &str) -> Weighed {
    if let Some(hangul) = hangul_name(name) {
        let mut syllables = reading::NameSyllables::default();
        let mut long = false;
        for s in hangul.chars().filter_map(Syllable::of) {
            long |= !syllables.push(s);
        }
        return match packed_comparable(&syllables).filter(|_| !long) {
            Some(key) => Weighed::Readings(vec![(key, 1.0)]),
            None => Weighed::Long(comparable(&hangul)),
        };
    }
    let name = spell_out_hangul(name);
    let mut out: Vec<(u128, f64)> = Vec::with_capacity(COMPARED);
    let mut best = None;
    reading::for_each_reading(&name, COMPARED, |n, cost| {
        let best = *best.get_or_insert(cost);
        if let Some(key) = packed_comparable(n) {
            out.push((key, f64::from(-(cost - best)).exp()));
        }
    });
    let total: f64 = out.iter().map(|c| c.1).sum();
    for c in &mut out {
        c.1 = (c.1 / total).sqrt();
    }
    // (At most `COMPARED` readings.)
    crate::sort_short_by_key(&mut out, |c| c.0);
    out.dedup_by(|later, kept| {
        let same = later.0 == kept.0;
        if same {
            kept.1 += later.1;
        }
        same
    });
    Weighed::Readings(out)
}

/// The Bhattacharyya coefficient of two names' readings, Σ √(p q) over the
/// pairs of readings with one comparable form, as a merge of the two
/// sorted lists (√p summed by form, so that Σ √p · Σ √q covers every pair).
fn overlap(a: &[(u128, f64)], b: &[(u128, f64)]) -> f64 {
    let (mut i, mut j, mut score) = (0, 0, 0.0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                score += x.1 * y.1;
                i += 1;
                j += 1;
            }
        }
    }
    score
}

/// [`comparable`] of a name as syllables, packed 14 bits a syllable (its
/// index from 가, plus one): equal keys, equal comparable forms. None past
/// eight syllables.
fn packed_comparable(name: &reading::NameSyllables) -> Option<u128> {
    let syllables = name.syllables.get(..name.len)?;
    if syllables.len() > 8 {
        return None;
    }
    // Where the given name starts, as `split_surname` cuts the string.
    let given = if syllables.len() >= 3 && is_two_syllable_surname(syllables[0], syllables[1]) {
        2
    } else {
        1
    };
    Some(reading::pack(syllables.iter().enumerate().map(|(i, &s)| {
        if i == 0 || i == given {
            initial_sound_rule(s)
        } else {
            s
        }
    })))
}

/// Is 남궁, 황보, 선우 … (two syllables) a surname of the table?
fn is_two_syllable_surname(a: Syllable, b: Syllable) -> bool {
    static TWO: std::sync::LazyLock<Vec<(Syllable, Syllable)>> = std::sync::LazyLock::new(|| {
        surnames()
            .iter()
            .filter_map(|(k, _)| {
                let mut c = k.chars().map(Syllable::of);
                match (c.next(), c.next(), c.next()) {
                    (Some(Some(a)), Some(Some(b)), None) => Some((a, b)),
                    _ => None,
                }
            })
            .collect()
    });
    TWO.contains(&(a, b))
}

/// Whether `a` and `b` can be spellings of one name: in any system, either
/// in Hangul, DPRK or ROK spelling. Names whose [`key`]s differ are
/// different at once; otherwise the score is the overlap of the two names'
/// readings (the Bhattacharyya coefficient of their distributions), and
/// they are the same name when some reading is likely for both. A name no
/// table reads (HONG IHKPYO, with a silent h) is judged against one that
/// reads by the key alone (the same, with the least score that is: 0.05);
/// two such names are the same only as the same words.
///
/// ```
/// use kcanon::names::compare;
/// assert!(compare("KIM, Tong-Myo'ng", "Kim Dongmyeong").same);
/// assert!(compare("리병철", "이병철").same);
/// assert!(!compare("Kim Jong Un", "Kim Jong Il").same);
/// assert!(!compare("김정은", "김정운").same);
/// ```
pub fn compare(a: &str, b: &str) -> Verdict {
    // The same computation whichever name comes first: symmetric exactly.
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    let (ca, cb) = (canonical(a), canonical(b));
    // Canonical once, for the keys and the readings.
    let (na, nb) = (the_name(&ca), the_name(&cb));
    verdict(
        (&ca, &cb),
        || [key::keys_of(&na, true), key::keys_of(&nb, true)].map(Cow::Owned),
        || [weighed(&na), weighed(&nb)].map(Cow::Owned),
    )
}

/// [`compare`]'s judgment of two names, canonical `ca` and `cb` (in the
/// order of the names as written, so that it is symmetric exactly), whose
/// keys and readings are asked for only when needed.
fn verdict<'n>(
    (ca, cb): (&str, &str),
    keys: impl FnOnce() -> [Cow<'n, Keys>; 2],
    weighed: impl FnOnce() -> [Cow<'n, Weighed>; 2],
) -> Verdict {
    if ca == cb && ca.chars().any(char::is_alphanumeric) {
        return Verdict {
            same: true,
            score: 1.0,
        };
    }
    // Different keys, in either order a name may be read: the letters
    // differ beyond what romanizations blur.
    let [ka, kb] = keys();
    let (a_keys, b_keys) = ([Some(&ka.0), ka.1.as_ref()], [Some(&kb.0), kb.1.as_ref()]);
    let agree = a_keys
        .iter()
        .flatten()
        .any(|x| b_keys.iter().flatten().any(|y| x == y));
    if !agree {
        return Verdict {
            same: false,
            score: 0.0,
        };
    }
    let [da, db] = weighed();
    let empty = |d: &Weighed| matches!(d, Weighed::Readings(r) if r.is_empty());
    match (empty(&da), empty(&db)) {
        // Neither a Korean name: the same name only as the same words, in
        // any case, order or punctuation (TSANG, Yung Yuan).
        (true, true) => {
            let same = same_words(ca, cb);
            return Verdict {
                same,
                score: if same { 1.0 } else { 0.0 },
            };
        }
        // One name no syllable table reads, spelled as no system and no
        // listed variant spells (HONG IHKPYO for 홍익표, EOH KIYKU for 어기구:
        // a silent h, a stray y), whose letters still give the other's key:
        // the key is the evidence, and the least score that is the same.
        (true, false) | (false, true) => {
            return Verdict {
                same: true,
                score: SAME,
            }
        }
        (false, false) => {}
    }
    let score: f64 = match (da.as_ref(), db.as_ref()) {
        (Weighed::Readings(da), Weighed::Readings(db)) => overlap(da, db),
        (Weighed::Long(x), Weighed::Long(y)) if x == y => 1.0,
        // A Hangul name of more than eight syllables against a shorter one.
        _ => 0.0,
    };
    let score = score.min(1.0);
    Verdict {
        same: score >= SAME,
        score,
    }
}

/// A name's key in the order it is read, and in the other order where
/// that cannot be told for sure.
type Keys = (String, Option<String>);

/// A name read once, to be compared with many: [`Name::compare`] gives
/// what [`compare`] gives, without reading either name again. For
/// deduplication and screening, where each name meets many others.
///
/// ```
/// use kcanon::names::{compare, Name};
/// let list: Vec<Name> = ["Kim Jong Un", "KIM, Chong-un", "Kim Jong Il"].iter().map(|n| Name::new(n)).collect();
/// let query = Name::new("김정은");
/// let same: Vec<bool> = list.iter().map(|n| query.compare(n).same).collect();
/// assert_eq!(same, [true, true, false]);
/// assert_eq!(query.compare(&list[2]), compare("김정은", "Kim Jong Il"));
/// assert_eq!(query.key(), kcanon::names::key("Kim Jong Un"));
/// ```
#[derive(Clone, Debug)]
pub struct Name {
    name: String,
    canonical: String,
    keys: Keys,
    /// The readings, once a comparison needs them (names whose keys differ
    /// never do).
    weighed: std::sync::OnceLock<Weighed>,
}

impl Name {
    /// Reads `name`'s key (about as long as [`key`]). Its readings, which
    /// cost about three times as much, are read by the first comparison
    /// that needs them: one with a name that shares a key.
    pub fn new(name: &str) -> Name {
        let canonical = canonical(name);
        Name {
            name: name.to_string(),
            keys: key::keys_of(&the_name(&canonical), true),
            weighed: std::sync::OnceLock::new(),
            canonical: canonical.into_owned(),
        }
    }

    /// The name's readings, read on first use.
    fn weighed(&self) -> &Weighed {
        self.weighed.get_or_init(|| weighed(&the_name(&self.canonical)))
    }

    /// The name's [`key`].
    pub fn key(&self) -> &str {
        &self.keys.0
    }

    /// Whether the two names can be one name: exactly [`compare`] of the
    /// two names as written.
    pub fn compare(&self, other: &Name) -> Verdict {
        let (a, b) = if self.name <= other.name {
            (self, other)
        } else {
            (other, self)
        };
        verdict(
            (&a.canonical, &b.canonical),
            || [Cow::Borrowed(&a.keys), Cow::Borrowed(&b.keys)],
            || [Cow::Borrowed(a.weighed()), Cow::Borrowed(b.weighed())],
        )
    }
}

/// `s` in lower case, character by character (what `str::to_lowercase`
/// does but for a final Greek sigma, which no name here has; the WASM
/// package is 1.5 KB smaller without it).
pub(crate) fn lowercase(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// Whether two names that are not Korean are the same words, in any case,
/// order or punctuation (TSANG, Yung Yuan and Yung Yuan Tsang), and have
/// any. (`a` and `b` canonical.)
fn same_words(a: &str, b: &str) -> bool {
    // A name's words in lower case, each ended by a zero (no word has one).
    let lower = |name: &str| -> String {
        let mut out = String::with_capacity(name.len() + 8);
        for w in name
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
        {
            out.extend(w.chars().flat_map(char::to_lowercase));
            out.push('\0');
        }
        out
    };
    // (Sorted as slices: one sort for the crate's lists of words.)
    fn sorted(words: &str) -> Vec<&str> {
        let mut words: Vec<&str> = words.split_terminator('\0').collect();
        words.sort_unstable();
        words
    }
    let (a, b) = (lower(a), lower(b));
    !a.is_empty() && sorted(&a) == sorted(&b)
}

/// The overlap from which two names are judged the same.
const SAME: f64 = 0.05;

/// A short key that every spelling of one name shares, in any system and
/// either orthography, so that deduplication is a hash join (then
/// [`compare`] the pairs that share a key). It is computed from the
/// letters alone, without reading the name: the surname through the
/// surname tables (Lee, Yi, Ri, 이, 리 → `i`), the given name with the
/// distinctions that romanizations blur merged (ㅓ ㅗ ㅜ ㅡ; ㅕ ㅛ ㅠ; ㅐ
/// ㅔ ㅣ ㅢ ㅚ ㅟ; plain, tense and aspirated consonants; ㄴ ㄹ) and the
/// ROK's initial-sound rule applied (룡 = 용). A joined given name does not
/// show where its syllables meet (RR's 도읍 `Doeup` has no ㅚ), so a run of
/// vowels is read by its last vowel, and a consonant written twice (득구
/// `Deukgu`, `Tŭk-ku`) once. Empty if the input has no letters.
///
/// A Latin name of one word (a pen name, Yulgok) shows no surname, so it
/// is keyed as a given name alone (`-yolkok`), while a Hangul name's
/// surname is its first syllable or two (율곡: `yol-kok`): such names do
/// not share a key with their Hangul, though [`compare`] judges them the
/// same.
///
/// ```
/// use kcanon::names::key;
/// assert_eq!(key("Kim Jong Un"), key("KIM, Chong-un"));
/// assert_eq!(key("Kim Jong Un"), key("김정은"));
/// assert_eq!(key("Ri Pyong Chol"), key("이병철"));
/// assert_ne!(key("Kim Jong Un"), key("Kim Jong Il"));
/// ```
pub fn key(name: &str) -> String {
    key::keys(name, false).0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_letter` is `char::is_alphabetic`, on every character.
    #[test]
    fn is_letter_is_is_alphabetic() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    /// `canonical` is the Unicode layer, on ASCII too.
    #[test]
    fn canonical_is_the_unicode_layer() {
        let layer = crate::Canonicalizer::unicode();
        let ascii: String = (0u8..0x80).map(char::from).collect();
        for text in [
            ascii.as_str(),
            "Kim Jong-un",
            "KIM, Tong-Myo`ng",
            "Kim\u{A0}Jong Un",
            "김 정은",
            "",
        ] {
            assert_eq!(canonical(text), layer.canonicalize(text), "{text:?}");
        }
        for c in (0u8..0x80).map(char::from) {
            let text = format!("Kim{c}Jong{c}{c}Un");
            assert_eq!(canonical(&text), layer.canonicalize(&text), "{text:?}");
        }
    }

    /// No title of `tables/name_titles.tsv` is longer than
    /// `TITLE_WITH_PARTICLES` counts it.
    #[test]
    fn korean_titles_are_five_syllables_at_most() {
        let titles: Vec<&str> = crate::tables::NAME_TITLES
            .split('\n')
            .filter_map(|l| l.get(1..))
            .collect();
        assert!(titles.len() > 100);
        for t in titles {
            assert!(t.len() <= 3 * 5, "{t}");
            assert!(korean_title(t).is_some(), "{t}");
        }
    }

    /// `is_title`'s buffer holds every title, in any case and with a period.
    #[test]
    fn every_title_is_a_title() {
        for t in TITLES {
            assert!(is_title(t), "{t}");
            assert!(is_title(&format!("{}.", t.to_uppercase())), "{t}");
        }
        assert!(!is_title("Kim"));
        assert!(!is_title("김"));
        assert!(!is_title("secretaryship"));
    }
}
