//! The spelling tables: the DPRK→ROK lexicon (우리말샘), foreign names,
//! political designations, Sino-Korean syllables, particles and the words the
//! initial-sound rule leaves alone.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::load;
use crate::tsv::{Table, TableError};

// Flags of a lexicon entry; kept in step with `src/spelling/lexicon.rs`.
const DUEUM: u16 = 1 << 0;
const DUEUM_INTERNAL: u16 = 1 << 1;
const SAISIOT: u16 = 1 << 2;
const LOANWORD: u16 = 1 << 3;
const YEOL_YUL: u16 = 1 << 4;
const YEO_EO: u16 = 1 << 5;
const SPACING: u16 = 1 << 6;
const TENSE: u16 = 1 << 7;
const OTHER: u16 = 1 << 8;
const FOREIGN: u16 = 1 << 9;
const DESIGNATION: u16 = 1 << 10;
const VERB: u16 = 1 << 11;
const YE_E: u16 = 1 << 12;
const ANYWHERE: u16 = 1 << 13;
const DERIVED: u16 = 1 << 14;

fn is_hangul_word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
}

fn is_rok_phrase(s: &str) -> bool {
    s.split(' ').all(is_hangul_word)
}

fn index(c: char) -> usize {
    c as usize - 0xAC00
}

/// A syllable the initial-sound rule can change at a word start: ㄹ, or ㄴ
/// before ㅕ ㅛ ㅠ ㅣ.
fn dueum_candidate(c: char) -> bool {
    let i = index(c);
    let (initial, vowel) = (i / 588, i % 588 / 28);
    initial == 5 || (initial == 2 && matches!(vowel, 6 | 12 | 17 | 20))
}

#[derive(Default)]
struct Slots {
    same: Option<(String, u16)>,
    vocabulary: Option<(String, u16)>,
    designation: Option<(String, u16)>,
}

/// A count (at most 207) as one character from `0` (ASCII up to 79).
fn count_char(n: usize) -> char {
    char::from(
        b'0' + u8::try_from(n)
            .ok()
            .filter(|&n| n <= 207)
            .expect("a count up to 207"),
    )
}

/// `to` written against `from`: the syllables it shares at the start and at
/// the end as two count characters, then what lies between (로동 → 노동:
/// `01노`). Gzip finds little to share between a word and its respelling on
/// the same line; this finds it all.
fn against(from: &str, to: &str) -> String {
    let (f, t): (Vec<char>, Vec<char>) = (from.chars().collect(), to.chars().collect());
    let n = f.len().min(t.len());
    let a = (0..n).take_while(|&i| f[i] == t[i]).count();
    let b = (0..n - a)
        .take_while(|&i| f[f.len() - 1 - i] == t[t.len() - 1 - i])
        .count();
    let mut out = String::new();
    out.push(count_char(a));
    out.push(count_char(b));
    out.extend(&t[a..t.len() - b]);
    out
}

/// A bit of `SPELLING_FLAGS` only: the entry is also read backwards (ROK →
/// DPRK spellings).
const REVERSE: u16 = 1 << 15;

/// Syllable pairs (`first << 16 | second`), ascending, as the differences of
/// successive pairs in LEB128: about two bytes a pair, where a `phf` set
/// takes four to eight and compresses badly (the WASM package's budget).
fn pair_bytes(pairs: &BTreeSet<u32>) -> Vec<u8> {
    let mut out = Vec::with_capacity(pairs.len() * 2);
    let mut prev = 0;
    for &p in pairs {
        let mut d = p - prev;
        prev = p;
        while d >= 0x80 {
            out.push(d as u8 | 0x80);
            d >>= 7;
        }
        out.push(d as u8);
    }
    out
}

pub fn tables(out: &mut String) -> Result<(), TableError> {
    let mut words: BTreeMap<String, Slots> = BTreeMap::new();
    let mut rok_words: BTreeSet<String> = BTreeSet::new();
    let mut dprk_of: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut derived: BTreeMap<String, Option<(String, u16)>> = BTreeMap::new();
    let mut bigrams: BTreeSet<u32> = BTreeSet::new();

    // tables/spelling_lexicon.tsv
    let table = load("tables/spelling_lexicon.tsv")?;
    let cols = [
        table.column("dprk")?,
        table.column("rok")?,
        table.column("kind")?,
        table.column("phenomena")?,
        table.column("pos")?,
    ];
    table.check_unique(&[cols[0], cols[2]], &[])?;
    for row in &table.rows {
        let f = |i: usize| row.fields[cols[i]].as_str();
        let (dprk, rok) = (f(0), f(1));
        if !is_hangul_word(dprk) {
            return Err(table.error(row.line, "`dprk` must be one word of Hangul syllables"));
        }
        if !is_rok_phrase(rok) {
            return Err(table.error(row.line, "`rok` must be Hangul words separated by single spaces"));
        }
        if dprk == rok {
            return Err(table.error(row.line, "`dprk` and `rok` are the same"));
        }
        let mut flags = 0;
        for p in f(3).split('+') {
            flags |= match p {
                "dueum" => DUEUM,
                "dueum_internal" => DUEUM_INTERNAL,
                "saisiot" => SAISIOT,
                "loanword" => LOANWORD,
                "yeol_yul" => YEOL_YUL,
                "yeo_eo" => YEO_EO,
                "spacing" => SPACING,
                "tense_consonant" => TENSE,
                "other" | "same" => OTHER,
                "ye_e" => YE_E,
                _ => return Err(table.error(row.line, format!("unknown phenomenon `{p}`"))),
            };
        }
        if matches!(f(4), "Verb" | "Adjective") && dprk.ends_with('다') && rok.ends_with('다') {
            flags |= VERB;
        }
        let slots = words.entry(dprk.to_string()).or_default();
        match f(2) {
            "rok_spelling_of_same_word" => {
                slots.same = Some((rok.to_string(), flags));
                if !rok.contains(' ') {
                    dprk_of
                        .entry(rok.to_string())
                        .or_default()
                        .insert(dprk.to_string());
                }
            }
            "lexical_equivalent" => slots.vocabulary = Some((rok.to_string(), flags)),
            _ => {
                return Err(table.error(
                    row.line,
                    "`kind` must be rok_spelling_of_same_word or lexical_equivalent",
                ))
            }
        }
        rok_words.extend(rok.split(' ').map(str::to_string));
        pieces(
            dprk,
            rok,
            f(2) == "rok_spelling_of_same_word",
            flags,
            &mut derived,
        );
        if flags & (DUEUM | DUEUM_INTERNAL) != 0 {
            let (d, r): (Vec<char>, Vec<char>) = (
                dprk.chars().collect(),
                rok.chars().filter(|&c| c != ' ').collect(),
            );
            if d.len() == r.len() {
                for k in 0..d.len().saturating_sub(1) {
                    if d[k] != r[k] && dueum_of(d[k]) == Some(r[k]) {
                        bigrams.insert((index(d[k]) as u32) << 16 | index(d[k + 1]) as u32);
                    }
                }
            }
        }
    }

    // tables/foreign_names.tsv and tables/loanwords.tsv: same-word spellings, ahead of the lexicon's.
    for (path, flag) in [
        ("tables/foreign_names.tsv", FOREIGN),
        ("tables/loanwords.tsv", LOANWORD),
    ] {
        let table = load(path)?;
        let (dprk_col, rok_col) = (table.column("dprk")?, table.column("rok")?);
        let category_col = table.column("category").ok();
        table.check_unique(&[dprk_col], &[])?;
        for row in &table.rows {
            let (dprk, rok) = (&row.fields[dprk_col], &row.fields[rok_col]);
            if !is_hangul_word(dprk) || !is_rok_phrase(rok) {
                return Err(table.error(row.line, "`dprk` must be a Hangul word and `rok` Hangul words"));
            }
            if category_col.is_some_and(|c| row.fields[c].contains("pre-1998")) {
                // 애급, 희랍: old names the ROK used as well.
                continue;
            }
            if category_col.is_some_and(|c| row.fields[c].starts_with("political designation")) {
                // 남조선 → 한국: a designation, replaced only when asked.
                words.entry(dprk.clone()).or_default().designation = Some((rok.clone(), DESIGNATION));
                continue;
            }
            rok_words.extend(rok.split(' ').map(str::to_string));
            if dprk == rok {
                // The same in both (마드리드): nothing to respell, a word to protect.
                continue;
            }
            words.entry(dprk.clone()).or_default().same = Some((rok.clone(), flag | anywhere(dprk)));
            if !rok.contains(' ') {
                dprk_of.entry(rok.clone()).or_default().insert(dprk.clone());
            }
        }
    }

    // Words found inside the lexicon's compounds (공병땅크 → 공병 탱크: 땅크 → 탱크),
    // unless the DPRK part is itself a ROK word (대결), or one that keeps its
    // initial (로열 'royal', though 로열공학 is 노열 공학).
    let exception_table = load("tables/dueum_exceptions.tsv")?;
    let exception_col = exception_table.column("word")?;
    exception_table.check_unique(&[exception_col], &[])?;
    let kept: BTreeSet<&str> = exception_table
        .rows
        .iter()
        .map(|r| r.fields[exception_col].as_str())
        .collect();
    for (dprk, found) in derived {
        let Some((rok, flags)) = found else { continue };
        if rok_words.contains(&dprk) || kept.contains(dprk.as_str()) {
            continue;
        }
        let slots = words.entry(dprk.clone()).or_default();
        if slots.same.is_none() {
            slots.same = Some((rok.clone(), flags | DERIVED));
            dprk_of.entry(rok).or_default().insert(dprk);
        }
    }

    // tables/designations.tsv
    let table = load("tables/designations.tsv")?;
    let (dprk_col, rok_col) = (table.column("dprk")?, table.column("rok")?);
    table.check_unique(&[dprk_col], &[])?;
    for row in &table.rows {
        let (dprk, rok) = (&row.fields[dprk_col], &row.fields[rok_col]);
        if !is_hangul_word(dprk) || !is_hangul_word(rok) {
            return Err(table.error(row.line, "`dprk` and `rok` must be Hangul words"));
        }
        words.entry(dprk.clone()).or_default().designation = Some((rok.clone(), DESIGNATION));
    }

    // A DPRK form that is also a ROK word of the tables (배전기) cannot be
    // told from it: not respelled.
    for (dprk, slots) in words.iter_mut() {
        if rok_words.contains(dprk)
            && slots
                .same
                .as_ref()
                .is_some_and(|(_, f)| f & (FOREIGN | LOANWORD) == 0)
        {
            slots.same = None;
        }
    }
    words.retain(|_, s| s.same.is_some() || s.vocabulary.is_some() || s.designation.is_some());

    // The facts read backwards that the entries read forwards give: a flag.
    for (rok, dprks) in dprk_of.iter_mut() {
        dprks.retain(|dprk| match words.get_mut(dprk).and_then(|s| s.same.as_mut()) {
            Some((r, flags)) if r == rok => {
                *flags |= REVERSE;
                false
            }
            _ => true,
        });
    }
    dprk_of.retain(|_, d| !d.is_empty());

    // The flags of every slot, as an index into a palette, most common first.
    let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
    for slots in words.values() {
        for (_, f) in [&slots.same, &slots.vocabulary, &slots.designation]
            .into_iter()
            .flatten()
        {
            *counts.entry(*f).or_default() += 1;
        }
    }
    let mut palette: Vec<u16> = counts.keys().copied().collect();
    palette.sort_by_key(|f| (std::cmp::Reverse(counts[f]), *f));
    let (mut keys, mut roks) = (String::new(), String::new());
    let mut prev: Vec<char> = Vec::new();
    let mut first_anywhere = vec![0u64; 11_172_usize.div_ceil(64)];
    let mut longest = 0;
    for (dprk, slots) in &words {
        let c = dprk.chars().next().unwrap_or('가');
        if slots.same.as_ref().is_some_and(|(_, f)| f & ANYWHERE != 0) {
            first_anywhere[index(c) / 64] |= 1 << (index(c) % 64);
        }
        longest = longest.max(dprk.len());
        let k: Vec<char> = dprk.chars().collect();
        let shared = k.iter().zip(&prev).take_while(|(a, b)| a == b).count();
        keys.push(count_char(shared));
        keys.extend(&k[shared..]);
        keys.push('\n');
        prev = k;
        for slot in [&slots.same, &slots.vocabulary, &slots.designation] {
            if let Some((rok, flags)) = slot {
                let i = palette.iter().position(|p| p == flags).unwrap_or(0);
                roks.push(count_char(i));
                roks.push_str(&against(dprk, rok));
            }
            roks.push('\n');
        }
    }
    let _ = writeln!(
        out,
        "\n/// `tables/spelling_lexicon.tsv`, `tables/foreign_names.tsv` and\n\
         /// `tables/designations.tsv` as three texts of lines, read together\n\
         /// by `spelling::lexicon::spelling_records`:\n\
         ///\n\
         /// - `SPELLING_KEYS`: a line per DPRK word, in code point order, written\n\
         ///   against the word before: the count of syllables they share at the\n\
         ///   start (a character from `0`), then the rest;\n\
         /// - `SPELLING_ROK`: three lines per word, its ROK spelling, its ROK\n\
         ///   equivalent and its ROK designation, each empty for none or its\n\
         ///   flags (an index into `SPELLING_FLAGS`, as a character from `0`)\n\
         ///   and the word written against the DPRK word (the syllables shared\n\
         ///   at its start and end, then those between);\n\
         /// - `SPELLING_FLAGS`: the flags of the entries, most common first.\n\
         ///\n\
         /// Text rather than a `phf` map, because the index is built on first\n\
         /// use anyway, and the texts are a fifth of a map's size gzipped (the\n\
         /// WASM package's budget).\n\
         pub(crate) static SPELLING_KEYS: &str = {keys:?};\n\
         pub(crate) static SPELLING_ROK: &str = {roks:?};\n\
         pub(crate) static SPELLING_FLAGS: [u16; {}] = {palette:?};\n\
         /// Which syllables start a key matched anywhere in a word, a bit each.\n\
         pub(crate) static SPELLING_FIRST_ANYWHERE: [u64; {}] = {:?};\n\
         /// The longest key of `SPELLING`, in bytes.\n\
         pub(crate) const SPELLING_LONGEST: usize = {longest};",
        palette.len(),
        first_anywhere.len(),
        first_anywhere
    );

    let mut text = String::new();
    for (rok, dprk) in &dprk_of {
        text.push_str(rok);
        for d in dprk {
            text.push('\t');
            text.push_str(d);
        }
        text.push('\n');
    }
    let _ = writeln!(
        out,
        "\n/// The same-word rows and foreign names backwards that `SPELLING_FLAGS` does\n\
         /// not give with its `REVERSE` flag (a DPRK form that is also a ROK word),\n\
         /// a line per ROK word: the word, then its DPRK spellings, tab-separated.\n\
         pub(crate) static DPRK_SPELLINGS: &str = {text:?};"
    );

    // tables/kept_words.tsv: common Sino-Korean words whose second syllable
    // keeps its ㄹ or ㄴ (신년, 괴뢰, 승리). Their pairs are surely one word,
    // even where a two-syllable word ends before the ㄹ (군사 + 사령부 is
    // 군 + 사령부).
    let table = load("tables/kept_words.tsv")?;
    let word_col = table.column("word")?;
    table.check_unique(&[word_col], &[])?;
    let mut sure = BTreeSet::new();
    for row in &table.rows {
        let w: Vec<char> = row.fields[word_col].chars().collect();
        if !is_hangul_word(&row.fields[word_col]) || w.len() != 2 || !dueum_candidate(w[1]) {
            return Err(table.error(
                row.line,
                "`word` must be two Hangul syllables, the second starting with ㄹ or ㄴ",
            ));
        }
        sure.insert((index(w[0]) as u32) << 16 | index(w[1]) as u32);
    }
    let _ = writeln!(
        out,
        "\n/// The pairs of `tables/kept_words.tsv` (as `ROK_KEPT_PAIRS`).\n\
         pub(crate) static ROK_SURELY_KEPT_PAIRS: &[u8] = &{:?};",
        pair_bytes(&sure)
    );

    // ㄹ kept inside ROK words: the pairs (syllable, ㄹ-syllable) seen inside
    // the lexicon's ROK words (협력, 관리), where a compound boundary cannot be.
    let mut pairs = sure.clone();
    for w in &rok_words {
        let s: Vec<char> = w.chars().collect();
        for p in s.windows(2) {
            if dueum_candidate(p[1]) {
                pairs.insert((index(p[0]) as u32) << 16 | index(p[1]) as u32);
            }
        }
    }
    let _ = writeln!(
        out,
        "\n/// Syllable pairs whose ㄹ or ㄴ stays inside ROK words (`prev << 16 | next`,\n\
         /// syllable indexes; ascending, as LEB128 differences).\n\
         pub(crate) static ROK_KEPT_PAIRS: &[u8] = &{:?};",
        pair_bytes(&pairs)
    );

    let _ = writeln!(
        out,
        "\n/// The first two syllables of words the lexicon respells by the initial-sound\n\
         /// rule, where they start a word or a part of a compound (`first << 16 | second`,\n\
         /// as `ROK_KEPT_PAIRS`).\n\
         pub(crate) static DUEUM_BIGRAMS: &[u8] = &{:?};",
        pair_bytes(&bigrams)
    );

    let mut two = BTreeSet::new();
    for w in &rok_words {
        let c: Vec<char> = w.chars().collect();
        if let [a, b] = c[..] {
            two.insert((index(a) as u32) << 16 | index(b) as u32);
        }
    }
    let _ = writeln!(
        out,
        "\n/// The two-syllable words of the ROK side of the tables (`first << 16 | second`,\n\
         /// as `ROK_KEPT_PAIRS`).\n\
         pub(crate) static ROK_TWO_SYLLABLE_WORDS: &[u8] = &{:?};",
        pair_bytes(&two)
    );

    // tables/joined_words.tsv: words written joined though they end in a
    // dependent noun (어린것).
    let table = load("tables/joined_words.tsv")?;
    let word_col = table.column("word")?;
    table.check_unique(&[word_col], &[])?;
    let mut joined: BTreeSet<String> = BTreeSet::new();
    for row in &table.rows {
        let w = &row.fields[word_col];
        if !is_hangul_word(w) || !(2..=4).contains(&w.chars().count()) {
            return Err(table.error(row.line, "`word` must be two to four Hangul syllables"));
        }
        joined.insert(w.clone());
    }
    // Packed as the library packs them (`lexicon::pack`: 16 bits a syllable,
    // its index from 가 plus one), sorted for a binary search.
    let pack = |w: &str| w.chars().fold(0u64, |key, c| key << 16 | (index(c) as u64 + 1));
    let mut packed: BTreeSet<u64> = joined.iter().map(|w| pack(w)).collect();
    for w in &rok_words {
        let n = w.chars().count();
        if (2..=4).contains(&n)
            && matches!(
                w.chars().last(),
                Some('것' | '수' | '거' | '듯' | '바' | '뿐' | '때')
            )
        {
            packed.insert(pack(w));
        }
    }
    let _ = writeln!(
        out,
        "\n/// ROK words of the tables, two to four syllables, that end in a dependent\n\
         /// noun's syllable and are written joined (어린것, 헌것): packed syllables,\n\
         /// ascending.\n\
         pub(crate) static JOINED_WORDS: &[u64] = &{:?};",
        packed.iter().collect::<Vec<_>>()
    );

    sino(out)?;
    particles(out)?;
    exceptions(out, &exception_table, &rok_words)
}

/// `tables/sino_syllables.tsv`: the syllables that are readings of Hanja.
fn sino(out: &mut String) -> Result<(), TableError> {
    write_bitset(
        out,
        "`tables/sino_syllables.tsv`: readings of Hanja",
        "SINO",
        &sino_syllables()?,
    );
    Ok(())
}

/// Writes `syllables` as a static bitset `name`, a bit per syllable (index =
/// code point − U+AC00), documented as `doc`.
pub(crate) fn write_bitset(out: &mut String, doc: &str, name: &str, syllables: &[char]) {
    let mut bits = vec![0u64; 11_172_usize.div_ceil(64)];
    for &c in syllables {
        bits[index(c) / 64] |= 1 << (index(c) % 64);
    }
    let _ = writeln!(
        out,
        "\n/// {doc}, a bit per syllable.\npub(crate) static {name}: [u64; {}] = {:?};",
        bits.len(),
        bits
    );
}

/// The syllables of `tables/sino_syllables.tsv`, checked: each a syllable
/// of its row's initial.
pub(crate) fn sino_syllables() -> Result<Vec<char>, TableError> {
    syllables_by_initial("tables/sino_syllables.tsv")
}

/// The syllables of a table of `initial` and `syllables` columns (the
/// readings of Hanja, of the Hanja for names), checked: each a syllable of
/// its row's initial.
pub(crate) fn syllables_by_initial(path: &str) -> Result<Vec<char>, TableError> {
    let table = load(path)?;
    let (initial_col, syllables_col) = (table.column("initial")?, table.column("syllables")?);
    table.check_unique(&[initial_col], &[])?;
    const INITIALS: &str = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    let mut syllables = Vec::new();
    for row in &table.rows {
        let initial = INITIALS
            .chars()
            .position(|c| row.fields[initial_col].chars().eq([c]))
            .ok_or_else(|| table.error(row.line, "`initial` must be one initial consonant jamo"))?;
        for c in row.fields[syllables_col].chars() {
            if !('\u{AC00}'..='\u{D7A3}').contains(&c) || index(c) / 588 != initial {
                return Err(table.error(row.line, format!("`{c}` is not a syllable with this initial")));
            }
            syllables.push(c);
        }
    }
    Ok(syllables)
}

/// `tables/particles.tsv`: what may follow a lexicon word inside a token.
fn particles(out: &mut String) -> Result<(), TableError> {
    let table = load("tables/particles.tsv")?;
    let (particle_col, kind_col) = (table.column("particle")?, table.column("kind")?);
    table.check_unique(&[particle_col], &[])?;
    let mut set = phf_codegen::Set::new();
    let mut longest = 0;
    for row in &table.rows {
        let p = &row.fields[particle_col];
        if !is_hangul_word(p) {
            return Err(table.error(row.line, "`particle` must be Hangul syllables"));
        }
        if !matches!(
            row.fields[kind_col].as_str(),
            "case" | "auxiliary" | "copula" | "suffix"
        ) {
            return Err(table.error(row.line, "`kind` must be case, auxiliary, copula or suffix"));
        }
        longest = longest.max(p.len());
        set.entry(p.as_str());
    }
    let _ = writeln!(
        out,
        "\n/// `tables/particles.tsv`: particles, copula forms and suffixes.\n\
         pub(crate) static PARTICLES: phf::Set<&'static str> = {};\n\
         /// The longest particle, in bytes.\n\
         pub(crate) const PARTICLE_LONGEST: usize = {longest};",
        set.build()
    );
    Ok(())
}

/// `tables/dueum_exceptions.tsv`, and every ROK word of the spelling tables
/// that starts with a syllable the initial-sound rule would change (ROK
/// spelling itself writes them so: 라디오, 뉴욕).
fn exceptions(out: &mut String, table: &Table, rok_words: &BTreeSet<String>) -> Result<(), TableError> {
    let (word_col, kind_col) = (table.column("word")?, table.column("kind")?);
    let mut all = BTreeSet::new();
    for row in &table.rows {
        let w = &row.fields[word_col];
        if !is_hangul_word(w) || !dueum_candidate(w.chars().next().unwrap_or('가')) {
            return Err(table.error(row.line, "`word` must start with ㄹ, or ㄴ before ㅕ ㅛ ㅠ ㅣ"));
        }
        if !matches!(
            row.fields[kind_col].as_str(),
            "native" | "loanword" | "foreign-name"
        ) {
            return Err(table.error(row.line, "`kind` must be native, loanword or foreign-name"));
        }
        all.insert(w.clone());
    }
    all.extend(
        rok_words
            .iter()
            .filter(|w| dueum_candidate(w.chars().next().unwrap_or('가')))
            .cloned(),
    );
    let mut set = phf_codegen::Set::new();
    for w in &all {
        set.entry(w.as_str());
    }
    let _ = writeln!(
        out,
        "\n/// Words the initial-sound rule leaves alone.\n\
         pub(crate) static DUEUM_EXCEPTIONS: phf::Set<&'static str> = {};",
        set.build()
    );
    Ok(())
}

/// A loanword or foreign name spelled with a tense consonant (땅크, 로씨야)
/// or three syllables or more (텔레비죤) cannot be part of another word and is
/// respelled wherever it stands in a word.
fn anywhere(dprk: &str) -> u16 {
    let tense = dprk
        .chars()
        .any(|c| matches!(index(c) / 588, 1 | 4 | 8 | 10 | 13));
    if tense || dprk.chars().count() >= 3 {
        ANYWHERE
    } else {
        0
    }
}

/// The words of a lexicon row whose ROK side is spaced (공병땅크 → 공병
/// 탱크): where the syllables line up, each DPRK part that differs from its
/// ROK part is a word of its own. From `lexical_equivalent` rows only parts
/// that differ by the initial-sound rule alone are taken (국가령역 → 국가
/// 영역: 령역 → 영역). A part found with two ROK forms is left out.
fn pieces(
    dprk: &str,
    rok: &str,
    same: bool,
    flags: u16,
    derived: &mut BTreeMap<String, Option<(String, u16)>>,
) {
    if !rok.contains(' ') {
        return;
    }
    let d: Vec<char> = dprk.chars().collect();
    let parts: Vec<&str> = rok.split(' ').collect();
    if parts.iter().map(|p| p.chars().count()).sum::<usize>() != d.len() {
        return;
    }
    let mut at = 0;
    for part in parts {
        let n = part.chars().count();
        let piece: String = d[at..at + n].iter().collect();
        at += n;
        if piece == part || n < 2 {
            continue;
        }
        let dueum_only = {
            let (p0, r0) = (
                piece.chars().next().unwrap_or('가'),
                part.chars().next().unwrap_or('가'),
            );
            piece.chars().skip(1).eq(part.chars().skip(1)) && dueum_candidate(p0) && dueum_of(p0) == Some(r0)
        };
        if !same && !dueum_only || !similar(&piece, part) {
            continue;
        }
        let flags = if dueum_only {
            DUEUM
        } else {
            flags & !(SPACING | DUEUM_INTERNAL)
        };
        match derived.get(&piece) {
            None => {
                derived.insert(piece, Some((part.to_string(), flags)));
            }
            Some(Some((r, _))) if r != part => {
                derived.insert(piece, None);
            }
            _ => {}
        }
    }
}

/// The initial-sound rule on one syllable (한글 맞춤법 제10–12항).
fn dueum_of(c: char) -> Option<char> {
    let i = index(c);
    let (l, v, t) = (i / 588, i % 588 / 28, i % 28);
    let to = match l {
        5 if matches!(v, 2 | 6 | 7 | 12 | 17 | 20) => 11,
        5 => 2,
        2 if matches!(v, 6 | 12 | 17 | 20) => 11,
        _ => return None,
    };
    char::from_u32(0xAC00 + ((to * 21 + v) * 28 + t) as u32)
}

/// Can `b` be `a` respelled, syllable by syllable: each pair the same, or
/// with initials of one place of articulation (ㄷㄸㅌ, ㄹㄴㅇ …) or the same
/// vowel? (땅크/탱크 yes; a row's parts that do not line up, no.)
fn similar(a: &str, b: &str) -> bool {
    fn place(l: usize) -> usize {
        match l {
            0 | 1 | 15 => 0,
            3 | 4 | 16 => 1,
            7 | 8 | 17 => 2,
            9 | 10 => 3,
            12..=14 => 4,
            2 | 5 | 11 => 5,
            6 => 6,
            _ => 7,
        }
    }
    a.chars().count() == b.chars().count()
        && a.chars().zip(b.chars()).all(|(x, y)| {
            let (i, j) = (index(x), index(y));
            x == y || place(i / 588) == place(j / 588) || i % 588 / 28 == j % 588 / 28
        })
}
