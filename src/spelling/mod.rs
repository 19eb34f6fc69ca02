//! DPRK ↔ ROK spelling: the word layer of [`Canonicalizer`](crate::Canonicalizer).
//!
//! Text is read as words (runs of Hangul syllables) and the signs between
//! them. Toward ROK spelling (한글 맞춤법, 외래어 표기법), in this order:
//!
//! 1. **Lexicon**: a word, or a word start followed only by particles, that
//!    the tables know (`tables/spelling_lexicon.tsv`, from 우리말샘;
//!    `tables/foreign_names.tsv`): 로씨야를 → 러시아를, 쎈터에 → 센터에.
//!    사이시옷 words (나무잎 → 나뭇잎) only where the DPRK form cannot be a
//!    word and a particle (바다가 stays).
//! 2. **Initial-sound rule** (두음법칙, 한글 맞춤법 제10–12항) at a word start:
//!    ㄹ before ㅑㅕㅖㅛㅠㅣ → ㅇ, ㄹ before other vowels → ㄴ, ㄴ before
//!    ㅕㅛㅠㅣ → ㅇ (로골적 → 노골적, 래일 → 내일, 녀성 → 여성). Only on
//!    Sino-Korean syllables whose next syllable is Sino-Korean too, never on
//!    the words of `tables/dueum_exceptions.tsv` (라디오, 녀석) or after a
//!    digit (2019년은). Inside a word, where the rest is a lexicon word and
//!    ROK spelling has no word with that ㄹ (국회련맹 → 국회연맹; 협력사업
//!    stays). 렬, 률 after a vowel or ㄴ → 열, 율 (규률 → 규율).
//! 3. **여 → 어** after the verb stems 되 뛰 쉬 튀 띄 희 괴 쬐 쐬 and the
//!    copula 이 after a consonant (되였다 → 되었다, 사변이였다 →
//!    사변이었다), never on Sino-Korean 여 (기여, 참여, 대여).
//! 4. **Punctuation**: 《》 → “”, 〈〉 → ‘’, a space after a comma between words.
//! 5. **Spacing** (an option, on by default): dependent nouns after an
//!    adnominal ending (부추기자는것인가 → 부추기자는 것인가, 할수 → 할 수)
//!    and auxiliary verbs after -고 (맞고있는 → 맞고 있는).
//!
//! Surnames keep their DPRK form (리설주) unless asked.
//!
//! Toward DPRK spelling the lexicon and the foreign names are read
//! backwards (노동 → 로동), 어 → 여 after the same stems, and “” → 《》.

pub(crate) mod lexicon;

use crate::canonicalize::Rule;
use crate::unicode::Sink;

/// Which orthography the text is brought to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Target {
    /// South Korean standard spelling (한글 맞춤법, 외래어 표기법).
    #[default]
    Rok,
    /// North Korean spelling (조선말규범집), as far as the tables know it.
    Dprk,
}

/// What the word layer does; set through
/// [`CanonicalizerBuilder`](crate::CanonicalizerBuilder).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Options {
    pub(crate) spelling: bool,
    pub(crate) target: Target,
    pub(crate) lexicon: bool,
    pub(crate) spacing: bool,
    pub(crate) punctuation: bool,
    pub(crate) vocabulary: bool,
    pub(crate) designations: bool,
    pub(crate) rok_surnames: bool,
    /// Every word read in full, past the filters of [`may_change`]: the
    /// filters' oracle in tests and fuzzing.
    pub(crate) unfiltered: bool,
}

impl Options {
    pub(crate) const DEFAULT: Options = Options {
        spelling: true,
        target: Target::Rok,
        lexicon: true,
        spacing: true,
        punctuation: true,
        vocabulary: false,
        designations: false,
        rok_surnames: false,
        unfiltered: false,
    };
}

/// The longest word read at once, in syllables; a longer run of syllables
/// is read in pieces of this size, the later pieces not as word starts.
const MAX_WORD: usize = 48;

// Syllable letter indices (initial, vowel, final) used by the rules.
const L_N: usize = 2;
const L_R: usize = 5;
const L_NG: usize = 11;
const V_YEO: usize = 6;
const T_N: usize = 4;
const T_L: usize = 8;
const T_SS: usize = 20;

#[inline]
fn initial(s: usize) -> usize {
    s / 588
}
#[inline]
fn vowel(s: usize) -> usize {
    s % 588 / 28
}
#[inline]
fn final_(s: usize) -> usize {
    s % 28
}
#[inline]
fn compose(l: usize, v: usize, t: usize) -> usize {
    (l * 21 + v) * 28 + t
}

/// The index of a precomposed syllable (from 가), if `c` is one.
fn syllable_index(c: char) -> Option<usize> {
    (c as usize).checked_sub(0xAC00).filter(|&s| s < 11_172)
}

fn syllable_char(s: usize) -> char {
    char::from_u32(0xAC00 + s as u32).unwrap_or('\u{FFFD}')
}

/// The syllable at `bytes[i..]`, as its index from U+AC00.
#[inline]
fn syllable_at(bytes: &[u8], i: usize) -> Option<usize> {
    match bytes.get(i..i + 3)? {
        &[x @ 0xEA..=0xED, y, z] => {
            let cp = (usize::from(x & 0x0F) << 12) | (usize::from(y & 0x3F) << 6) | usize::from(z & 0x3F);
            // (One comparison: below U+AC00 the difference wraps around.)
            let s = cp.wrapping_sub(0xAC00);
            (s < 11_172).then_some(s)
        }
        _ => None,
    }
}

/// The ROK form of a syllable at a word start under the initial-sound rule,
/// if the rule changes it.
fn dueum(s: usize) -> Option<usize> {
    let (l, v, t) = (initial(s), vowel(s), final_(s));
    // ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
    let y_like = matches!(v, 2 | 6 | 7 | 12 | 17 | 20);
    match l {
        L_R if y_like => Some(compose(L_NG, v, t)),
        L_R => Some(compose(L_N, v, t)),
        // ㄴ before ㅕ ㅛ ㅠ ㅣ (10항; 냐 and 녜 are not in it)
        L_N if matches!(v, 6 | 12 | 17 | 20) => Some(compose(L_NG, v, t)),
        _ => None,
    }
}

/// 되 뛰 쉬 튀 띄 희 괴 쬐 쐬 뀌: verb stems whose 여 is 어 in ROK spelling
/// (조선말규범집 맞춤법 제11항 writes 여 after ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ stems; these
/// syllables end only verb stems, unlike 기 (기여) or 대 (대여)).
const YEO_STEMS: [char; 10] = ['되', '뛰', '쉬', '튀', '띄', '희', '괴', '쬐', '쐬', '뀌'];

fn is_yeo_stem(s: usize) -> bool {
    YEO_STEMS.contains(&syllable_char(s))
}

/// Sino-Korean prefixes that make a compound with a free word after them
/// (신랭전 → 신냉전), where one syllable before the word is enough.
const PREFIXES: [char; 16] = [
    '신', '반', '친', '총', '대', '구', '현', '비', '미', '무', '불', '재', '초', '고', '저', '준',
];

/// Adnominal endings (-는, -은, -던, -ㄴ, -ㄹ) as they end a syllable before a
/// dependent noun.
fn is_adnominal(s: usize) -> bool {
    matches!(final_(s), T_N | T_L) && !matches!(syllable_char(s), '를' | '날' | '탈' | '들')
}

/// The syllables after which [`space_before`] may space: an adnominal
/// ending (every -ㄹ form of [`is_verbal_l`] is one) or the -고 of an
/// auxiliary verb. Its first test, and a class of [`classes`].
fn may_come_before_space(s: usize) -> bool {
    is_adnominal(s) || syllable_char(s) == '고'
}

/// Verb forms in -ㄹ before 수, 거, 뿐, 때, 줄, 바 (할수, 될수, 있을수,
/// 칠거예요, 가릴줄, 어쩔수, 몸둘바).
fn is_verbal_l(s: usize) -> bool {
    matches!(
        syllable_char(s),
        '할' | '될'
            | '을'
            | '갈'
            | '올'
            | '볼'
            | '쓸'
            | '칠'
            | '살'
            | '알'
            | '길'
            | '질'
            | '릴'
            | '쩔'
            | '둘'
    )
}

/// The steps the spelling layer's loops take, counted under `--cfg fuzzing`
/// only (the fuzz target asserts that they grow linearly with the input);
/// elsewhere [`tick`] is nothing.
#[cfg(fuzzing)]
pub(crate) mod steps {
    use std::cell::Cell;

    thread_local! {
        static STEPS: Cell<u64> = const { Cell::new(0) };
    }

    /// Counts `n` steps.
    pub(crate) fn tick(n: u64) {
        STEPS.with(|s| s.set(s.get() + n));
    }

    /// The steps counted on this thread since the last call.
    pub(crate) fn take() -> u64 {
        STEPS.with(|s| s.replace(0))
    }
}

/// Counts `n` steps of the spelling layer (under `--cfg fuzzing`).
#[inline(always)]
pub(crate) fn tick(n: u64) {
    #[cfg(fuzzing)]
    steps::tick(n);
    #[cfg(not(fuzzing))]
    let _ = n;
}

/// The word layer, toward `opts.target`: calls `sink.change` for every
/// change to `text`, in order, not overlapping.
pub(crate) fn respell(text: &str, opts: &Options, sink: &mut dyn Sink) {
    if !opts.spelling {
        return;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut word = [0usize; MAX_WORD];
    // What precedes the current position: can a word start here? Not after
    // a letter, digit or hyphen (2019년은), nor after a line break that cuts
    // a word (a line that ends in a syllable).
    let mut after_word_char = false;
    let mut after_syllable = false;
    let mut after_hyphen = false;
    // Right after a bracket or quotation mark that closes (》, ”, ')'): a
    // word of particles alone there belongs to what it closed (《…》로부터).
    // Also after " and ', which close far more often before particles
    // (해'라며) than they open a word that reads as particles ('로인'). Not
    // after a comma or a period, which the comma rule may space.
    let mut after_closing = false;
    // The syllables of the word before, for a word spaced out letter by
    // letter (생 략).
    let mut prev_len = 0;
    let mut prev_last = 0;
    // Inside 《…》, where 〈〉 are the inner quotation marks.
    let mut depth = 0u32;
    while i < bytes.len() {
        tick(1);
        let b = bytes[i];
        if b == b' ' && bytes.get(i + 1).is_some_and(|&n| n >= 0x80) {
            // One space before a word (most of them): what the run below
            // would conclude, at once.
            after_word_char = false;
            after_hyphen = false;
            after_closing = false;
            after_syllable = false;
            i += 1;
            continue;
        }
        if b < 0x80 {
            if b == b',' && opts.punctuation && opts.target == Target::Rok {
                comma(text, i, sink);
            }
            if b == b'\r' {
                i += 1;
                continue;
            }
            if (after_syllable || after_hyphen) && matches!(b, b'\n' | b'\x0c') {
                // A line (or page) that ends in a syllable, with no sign:
                // the word goes on after the break (연\n\n령을, as text
                // taken from print has it).
                i += 1;
                while i < bytes.len() && matches!(bytes[i], b'\n' | b'\r' | b'\x0c') {
                    i += 1;
                }
                after_word_char = true;
                after_syllable = false;
                continue;
            }
            // A run of ordinary ASCII at once (English, numbers, spaces):
            // only its last byte and whether it holds more than spaces matter.
            let j = bytes[i..]
                .iter()
                .position(|&b| ENDS_ASCII_RUN[usize::from(b)])
                .map_or(bytes.len(), |p| i + p);
            let last = bytes[j.max(i + 1) - 1];
            // (Asked only where it matters: a run that ends in a space.)
            let blank = !last.is_ascii_whitespace() || bytes[i..j].iter().all(u8::is_ascii_whitespace);
            // A hyphen joins (-로구먼, 남-북), also across a line break
            // (the bills' `-----` for text left out).
            after_word_char = last.is_ascii_alphanumeric() || last == b'-';
            after_hyphen = last == b'-';
            after_closing = matches!(last, b')' | b']' | b'}' | b'"' | b'\'');
            after_syllable = false;
            if !blank || !last.is_ascii_whitespace() {
                prev_len = 0;
            }
            i = j.max(i + 1);
            continue;
        }
        if let Some(first) = syllable_at(bytes, i) {
            let start = i;
            let mut n = 0;
            let mut s = Some(first);
            while let Some(syl) = s {
                tick(1);
                word[n] = syl;
                n += 1;
                i += 3;
                if n == MAX_WORD {
                    break;
                }
                s = syllable_at(bytes, i);
            }
            // A lone syllable after a lone syllable: a word spaced out (생 략).
            let spaced_out = n == 1 && prev_len == 1;
            let dependent = prev_len > 0
                && classes()[word[0]] & C_DEP != 0
                && dependent_noun(&text[start..i], &word[..n], prev_last);
            let particles = after_closing && lexicon::is_particles(&text[start..i]);
            let word_start = !(after_word_char || spaced_out || dependent || particles);
            match opts.target {
                Target::Rok => to_rok(text, start, &word[..n], word_start, opts, sink),
                Target::Dprk => to_dprk(text, start, &word[..n], word_start, opts, sink),
            }
            after_word_char = true;
            after_syllable = true;
            after_hyphen = false;
            after_closing = false;
            prev_len = n;
            prev_last = word[n - 1];
            continue;
        }
        // Another character (i is at a character boundary).
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        let len = c.len_utf8();
        if opts.punctuation {
            quotes(text, i, c, opts.target, depth > 0, sink);
        }
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ => {}
        }
        // A middle dot joins (남·녀); other signs end a word.
        after_word_char = joins_words(c);
        after_closing = closes(c);
        after_syllable = false;
        after_hyphen = false;
        prev_len = 0;
        i += len;
    }
}

/// Does a character other than a syllable or ASCII join what follows it to
/// the word before (a letter or a digit of any script, or a middle dot:
/// 남·녀)? The signs of Korean text (brackets, quotation marks, bullets,
/// circled numbers, arrows and shapes) are answered without the standard
/// library's tables, which take hundreds of instructions a character.
fn joins_words(c: char) -> bool {
    match c {
        '·' | 'ㆍ' | '․' | '‧' => true,
        // Circled numbers ① to ⒇, ⑴ to ⒇ and ⒈ to ⒛: numerals.
        '\u{2460}'..='\u{249B}' => true,
        // General punctuation; arrows, mathematical operators; shapes; CJK
        // punctuation and brackets (「」《》〈〉〔〕); half-width brackets.
        '\u{2010}'..='\u{205E}'
        | '\u{2190}'..='\u{22FF}'
        | '\u{25A0}'..='\u{25FF}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF5F}'..='\u{FF65}'
        | '×'
        | '÷' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The bytes that end a run of ordinary ASCII in [`respell`]: a byte of a
/// multi-byte character, a comma, a line or page break.
static ENDS_ASCII_RUN: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b >= 0x80 || matches!(b as u8, b',' | b'\r' | b'\n' | b'\x0c');
        b += 1;
    }
    table
};

/// Does `c` close a bracket or a quotation (》 〉 」 』 】 〕 ” ’ » ） ］)? Each
/// has the same answer as what the quotation rule writes for it (》 → ”).
fn closes(c: char) -> bool {
    matches!(
        c,
        ')' | ']'
            | '}'
            | '》'
            | '〉'
            | '」'
            | '』'
            | '】'
            | '〕'
            | '〗'
            | '”'
            | '’'
            | '»'
            | '›'
            | '）'
            | '］'
            | '｝'
    )
}

/// 《》 → “”; 〈〉 → ‘’ inside 《》 only, where they are the DPRK inner
/// quotation marks (ROK texts use 〈〉 for titles: 〈의안 소관 부서명〉).
fn quotes(text: &str, i: usize, c: char, target: Target, quoted: bool, sink: &mut dyn Sink) {
    let to = match (target, c) {
        (Target::Rok, '《') => "“",
        (Target::Rok, '》') => "”",
        // (Not between two Latin letters, where ‘ and ’ are apostrophes the
        // Unicode layer would fold.)
        (Target::Rok, '〈') if quoted && !between_latin(text, i, 3) => "‘",
        (Target::Rok, '〉') if quoted && !between_latin(text, i, 3) => "’",
        (Target::Dprk, '“') => "《",
        (Target::Dprk, '”') => "》",
        (Target::Dprk, '‘') if next_is_hangul(text, i + 3) => "〈",
        (Target::Dprk, '’') if prev_is_hangul(text, i) => "〉",
        _ => return,
    };
    sink.change(text, i, i + c.len_utf8(), to, Rule::Quotes);
}

/// Would the Unicode layer take a quotation mark at `i` for an apostrophe:
/// a Latin letter before it (marks belong to the letter before them, and
/// invisible characters do not count) and one after it?
fn between_latin(text: &str, i: usize, len: usize) -> bool {
    use crate::unicode::{is_latin, is_mark, is_zero_width};
    let before = text[..i]
        .chars()
        .rev()
        .find(|&c| !is_mark(c) && !is_zero_width(c));
    before.is_some_and(is_latin) && text[i + len..].chars().next().is_some_and(is_latin)
}

fn next_is_hangul(text: &str, i: usize) -> bool {
    syllable_at(text.as_bytes(), i).is_some()
}

fn prev_is_hangul(text: &str, i: usize) -> bool {
    i >= 3 && syllable_at(text.as_bytes(), i - 3).is_some()
}

/// A comma between words gets a space after it: `《쿼드》,《5개의` (the DPRK
/// habit) → `“쿼드”, “5개의`. Numbers (1,000) are not words here.
fn comma(text: &str, i: usize, sink: &mut dyn Sink) {
    let before = text[..i].chars().next_back();
    let after = text[i + 1..].chars().next();
    let syllable = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    let word_end = |c: char| syllable(c) || matches!(c, '》' | '”' | '〉' | '’' | ')' | '」' | '』');
    let word_start = |c: char| syllable(c) || matches!(c, '《' | '“' | '〈' | '‘' | '(' | '「' | '『');
    if before.is_some_and(word_end) && after.is_some_and(word_start) {
        sink.change(text, i + 1, i + 1, " ", Rule::CommaSpace);
    }
}

/// 리, 년, 냥, 량 as dependent nouns keep their initial (한글 맞춤법 제11항
/// 다만): after a verb form in -ㄹ (그럴 리가) or a number word (몇 년, 두 냥).
fn dependent_noun(word: &str, syl: &[usize], prev_last: usize) -> bool {
    let rest = &word[3..];
    matches!(syllable_char(syl[0]), '리' | '년' | '냥' | '량')
        && (rest.is_empty() || (lexicon::is_particles(rest) && lexicon::starts_with_noun_particle(rest)))
        && (final_(prev_last) == T_L
            || matches!(
                syllable_char(prev_last),
                '몇' | '십' | '백' | '천' | '만' | '한' | '두' | '세' | '네' | '수' | '러'
            ))
}

// What a syllable may take part in, so that a word whose syllables take
// part in nothing is passed over at once (`classes`).
/// May change by the initial-sound rule (a Sino-Korean 로, 력, 녀 …).
const C_DUEUM: u8 = 1;
/// May start a loanword or foreign name matched anywhere in a word.
const C_ANY: u8 = 2;
/// 여 였: the ending after ㅣ-like stems in DPRK spelling.
const C_YEO: u8 = 4;
/// 렬 률.
const C_YEOL: u8 = 8;
/// May start a dependent noun or an auxiliary verb (것 수 있 …).
const C_SPACE: u8 = 16;
/// 리 년 냥 량: a dependent noun that keeps its initial.
const C_DEP: u8 = 32;
/// May end the word before a dependent noun or an auxiliary verb
/// ([`may_come_before_space`]).
const C_BEFORE_SPACE: u8 = 64;
/// May start a title after a personal name ([`TITLES`]).
const C_TITLE: u8 = 128;

/// The class of every syllable, computed on first use from the rules' own
/// tests.
fn classes() -> &'static [u8] {
    static CLASSES: std::sync::OnceLock<Box<[u8]>> = std::sync::OnceLock::new();
    CLASSES.get_or_init(|| {
        (0..11_172)
            .map(|s| {
                let c = syllable_char(s);
                let mut class = 0;
                if dueum(s).is_some() && lexicon::is_sino(s) {
                    class |= C_DUEUM;
                }
                if lexicon::may_start_anywhere(s) {
                    class |= C_ANY;
                }
                if initial(s) == L_NG && vowel(s) == V_YEO && matches!(final_(s), 0 | T_SS) {
                    class |= C_YEO;
                }
                if matches!(c, '렬' | '률') {
                    class |= C_YEOL;
                }
                if matches!(
                    c,
                    '것' | '듯'
                        | '바'
                        | '수'
                        | '거'
                        | '뿐'
                        | '때'
                        | '줄'
                        | '대'
                        | '채'
                        | '중'
                        | '있'
                        | '싶'
                        | '계'
                ) {
                    class |= C_SPACE;
                }
                if matches!(c, '리' | '년' | '냥' | '량') {
                    class |= C_DEP;
                }
                if may_come_before_space(s) {
                    class |= C_BEFORE_SPACE;
                }
                if TITLES.iter().any(|t| t.starts_with(c)) {
                    class |= C_TITLE;
                }
                class
            })
            .collect()
    })
}

/// One word (`syl`, starting at byte `start` of `text`) toward ROK spelling.
fn to_rok(text: &str, start: usize, syl: &[usize], word_start: bool, opts: &Options, sink: &mut dyn Sink) {
    to_rok_at(text, start, syl, word_start, opts, sink, false);
}

/// [`to_rok`]; `reread` when the word is the output of a table word read
/// again ([`table_word_read_again`]), which is not read a third time.
#[inline]
fn to_rok_at(
    text: &str,
    start: usize,
    syl: &[usize],
    word_start: bool,
    opts: &Options,
    sink: &mut dyn Sink,
    reread: bool,
) {
    // Most words need nothing: one look at the classes of their syllables
    // and at the lexicon's filter says so (inlined into the word loop; the
    // rest is not).
    if let Some(rules) = may_change(text, start, syl, word_start, opts) {
        to_rok_word(text, start, syl, word_start, opts, sink, reread, rules);
    }
}

/// Whether a rule or the lexicon may change the word `syl`: `None` if
/// nothing can, else whether a rule may (if not, only the lexicon can).
/// Each test is the first, cheap test of what it stands for, so that a
/// word it passes over is a word that would not change.
#[inline]
fn may_change(text: &str, start: usize, syl: &[usize], word_start: bool, opts: &Options) -> Option<bool> {
    if opts.unfiltered {
        return Some(true);
    }
    let class = classes();
    let inner = syl[1..].iter().fold(0, |a, &s| a | class[s]);
    let first = class[syl[0]];
    // A loanword inside the word (싸이버방위): a syllable that can start one,
    // and the pair it starts (이, 에 and 로 start some, and most words have
    // one of them).
    let loanword = (inner | first) & C_ANY != 0
        && syl
            .windows(2)
            .any(|p| class[p[0]] & C_ANY != 0 && lexicon::may_start_anywhere_pair(p[0], p[1]));
    // An inner syllable's rules, each by its first, cheap tests: the
    // compound test's pair (most syllables with ㄹ or ㄴ start no word the
    // ROK spells with the rule), the syllable before 여 or 렬, the
    // syllable before a dependent noun.
    let n = syl.len();
    let inner_may_fire = |k: usize| {
        let c = class[syl[k]];
        (c & C_DUEUM != 0 && opts.lexicon && k + 1 < n && lexicon::starts_dueum_word(syl[k], syl[k + 1]))
            || (c & C_YEOL != 0 && yeol_yul(syl, k).is_some())
            || (c & C_YEO != 0 && yeo_eo(syl, k).is_some())
            || (c & C_SPACE != 0
                && opts.spacing
                && class[syl[k - 1]] & C_BEFORE_SPACE != 0
                && space_before(syl, k).is_some())
    };
    let rules = (word_start && first & C_DUEUM != 0)
        || loanword
        || inner & (C_DUEUM | C_YEO | C_YEOL | C_SPACE) != 0 && (1..n).any(inner_may_fire)
        || (inner & C_TITLE != 0
            && n >= 5
            && opts.spacing
            && title_after_name(&text[start..start + 3 * n], syl));
    // (Asked only when no rule may fire: the lexicon is looked at then anyway.)
    let lexicon = !rules && word_start && lexicon::may_start(syl, opts.vocabulary || opts.designations);
    (rules || lexicon).then_some(rules)
}

/// [`to_rok_at`] of a word [`may_change`] let through; `rules` as it said.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn to_rok_word(
    text: &str,
    start: usize,
    syl: &[usize],
    word_start: bool,
    opts: &Options,
    sink: &mut dyn Sink,
    reread: bool,
    rules: bool,
) {
    let class = classes();
    let n = syl.len();
    let inner = syl[1..].iter().fold(0, |a, &s| a | class[s]);
    // A personal name and its title (김정일동지의): two words, the name
    // read as a name.
    if opts.spacing && inner & C_TITLE != 0 && title_after_name(&text[start..start + 3 * n], syl) {
        to_rok_at(text, start, &syl[..3], word_start, opts, sink, reread);
        let at = start + 9;
        sink.change(text, at, at, " ", Rule::Title);
        to_rok_at(text, at, &syl[3..], true, opts, sink, reread);
        return;
    }
    // Where spacing splits the word, each part is a word of its own (as it
    // will be when the output is read again).
    if opts.spacing && inner & C_SPACE != 0 {
        if let Some((k, rule)) = (1..syl.len()).find_map(|k| space_before(syl, k).map(|r| (k, r))) {
            to_rok_at(text, start, &syl[..k], word_start, opts, sink, reread);
            let at = start + 3 * k;
            sink.change(text, at, at, " ", rule);
            // 할수없다 → 할 수 없다: the verb after 수 is a word too (수없이
            // 'countless' is another word).
            let k2 = if syllable_char(syl[k]) == '수'
                && syl
                    .get(k + 1)
                    .is_some_and(|&n| matches!(syllable_char(n), '있' | '없'))
            {
                let at2 = at + 3;
                sink.change(text, at2, at2, " ", rule);
                k + 1
            } else {
                k
            };
            to_rok_at(text, start + 3 * k2, &syl[k2..], true, opts, sink, reread);
            return;
        }
    }
    let end = start + 3 * syl.len();
    let word = &text[start..end];
    if word_start {
        // (Not a word ROK spelling writes with its initial, with particles,
        // by a table word that is not a loanword: 루이 would read as the
        // table's 루 → 누 and the particle 이.)
        let found = lexicon_match_syllables(word, syl, opts).filter(|&(len, entry, _)| {
            entry.flags & (lexicon::LOANWORD | lexicon::FOREIGN) != 0
                || excepted_len(word).is_none_or(|e| e < len)
        });
        if let Some((len, entry, rule)) = found {
            let to = if opts.spacing || !entry.rok.contains(' ') {
                std::borrow::Cow::Borrowed(entry.rok)
            } else {
                std::borrow::Cow::Owned(entry.rok.replace(' ', ""))
            };
            let particle = particle_after(&word[..len], &to, &word[len..]);
            if reread
                || !table_word_read_again(text, start..end, len, &to, particle, word_start, opts, rule, sink)
            {
                sink.change(text, start, start + len, &to, rule);
                if let Some((old, new)) = particle {
                    sink.change(text, start + len, start + len + old, new, rule);
                }
            }
            return;
        }
    }
    if !rules {
        return;
    }
    // Loanwords and foreign names inside the word: spans the rules below
    // leave alone (at most four are looked for).
    let mut covered = 0u64;
    let mut spans = [None::<(usize, usize, lexicon::Entry, Rule)>; 4];
    let mut n_spans = 0;
    let mut k = 0;
    while k < n && n_spans < spans.len() {
        if class[syl[k]] & C_ANY != 0 {
            if let Some((len, entry)) = anywhere(text, start + 3 * k, end, &syl[k..]) {
                let rule = if entry.flags & lexicon::FOREIGN != 0 {
                    Rule::ForeignName
                } else {
                    Rule::Loanword
                };
                spans[n_spans] = Some((k, len, entry, rule));
                n_spans += 1;
                for c in k..k + len / 3 {
                    covered |= 1 << c;
                }
                k += len / 3;
                continue;
            }
        }
        k += 1;
    }
    // Where the first loanword starts (the spans are in order).
    let before = spans[0].map_or(n, |span| span.0);
    // The syllable rules, to a fixed point: a rule may depend on a neighbour
    // that another rule changes (로렬차: the name test after 렬 → 열;
    // 리비리리: the compound test after the next syllable's change), and the
    // output, read again, must not change. A syllable changes at most once
    // (ㄹ → ㄴ ㅇ, 렬 → 열, 여 → 어), so this ends.
    let fires = |w: &str, syl: &[usize], k: usize| -> Option<(usize, Rule)> {
        let s = syl[k];
        if covered >> k & 1 == 1 || class[s] & (C_DUEUM | C_YEO | C_YEOL) == 0 {
            return None;
        }
        if k == 0 {
            // Where loanwords follow inside the word (례체스꼬), judged on the
            // syllables before them: the word the rule is about, whatever
            // form the loanword takes (체스꼬, which stops the rule as a
            // loanword's, or the ROK's 체코 when the output is read again).
            let applies = word_start
                && class[s] & C_DUEUM != 0
                && before > 0
                && initial_rule_applies(&w[..3 * before], &syl[..before], opts);
            dueum(s).filter(|_| applies).map(|t| (t, Rule::Dueum))
        } else if compound(w, syl, k, opts) {
            dueum(s).map(|t| (t, Rule::DueumCompound))
        } else if let Some(t) = yeol_yul(syl, k) {
            Some((t, Rule::YeolYul))
        } else {
            yeo_eo(syl, k).map(|t| (t, Rule::YeoEo))
        }
    };
    let mut out = [0usize; MAX_WORD];
    out[..n].copy_from_slice(syl);
    let mut rules = [None::<Rule>; MAX_WORD];
    let mut buf = [0u8; 3 * MAX_WORD];
    buf[..3 * n].copy_from_slice(word.as_bytes());
    let mut first_round = true;
    let mut again = 0u64;
    loop {
        let mut changed = 0u64;
        // (The word as written until a round changes it.)
        let w = if first_round {
            word
        } else {
            std::str::from_utf8(&buf[..3 * n]).unwrap_or(word)
        };
        first_round = false;
        tick(n as u64);
        for k in 0..n {
            if rules[k].is_some() {
                // A syllable the initial-sound rule made 여 or 였 may take
                // the 여 → 어 rule too, as a second pass would read it
                // (뿔지려지렁이: 려 → 여 → 어); once.
                if k > 0 && again >> k & 1 == 0 && rules[k] != Some(Rule::YeoEo) && class[out[k]] & C_YEO != 0
                {
                    again |= 1 << k;
                    if let Some(t) = yeo_eo(&out[..n], k) {
                        out[k] = t;
                        changed |= 1 << k;
                    }
                }
                continue;
            }
            if let Some((t, rule)) = fires(w, &out[..n], k) {
                out[k] = t;
                rules[k] = Some(rule);
                changed |= 1 << k;
            }
        }
        if changed == 0 {
            break;
        }
        for k in (0..n).filter(|k| changed >> k & 1 == 1) {
            syllable_char(out[k]).encode_utf8(&mut buf[3 * k..]);
        }
    }
    if n_spans == 0 && rules[..n].iter().all(Option::is_none) {
        return;
    }
    // A word the tables give in ROK spelling, with its particles, stays
    // (시비리송충나비, where the compound test would read 시비 + 리송).
    if is_rok_table_word(word) {
        return;
    }
    // What the rules made of the word, read again as a second pass reads it:
    // a table word may stand there now (라무잎 → 나무잎, the DPRK spelling
    // of 나뭇잎), or a spacing rule may fire on a changed neighbour, also in
    // a word that does not start one (z는바리익점: once the rules make 리익
    // 이익, 바 before the particle 이 is a dependent noun: z는 바이익점), and the
    // output must be a fixed point. The rules change a syllable for a
    // syllable, so the new word's bytes are where the old word's are.
    if !reread && n_spans == 0 {
        let new = std::str::from_utf8(&buf[..3 * n]).unwrap_or(word);
        let mut again = Recorder::default();
        to_rok_at(new, 0, &out[..n], word_start, opts, &mut again, true);
        if !again.0.is_empty() {
            // The second reading's changes, and the rules' changes of the
            // syllables they leave.
            let mut k = 0;
            for (from, till, with, rule) in &again.0 {
                while k < n && 3 * k + 3 <= *from {
                    if let Some(rule) = rules[k] {
                        emit_syllable(text, start + 3 * k, out[k], rule, sink);
                    }
                    k += 1;
                }
                sink.change(text, start + from, start + till, with, *rule);
                while k < n && 3 * k < *till {
                    k += 1;
                }
            }
            for (k, rule) in rules.iter().enumerate().take(n).skip(k) {
                if let Some(rule) = rule {
                    emit_syllable(text, start + 3 * k, out[k], *rule, sink);
                }
            }
            return;
        }
    }
    // The changes, in order.
    let mut span = 0;
    let mut k = 0;
    while k < n {
        if let Some((at, len, entry, rule)) = spans.get(span).copied().flatten().filter(|s| s.0 == k) {
            sink.change(text, start + 3 * at, start + 3 * at + len, entry.rok, rule);
            span += 1;
            k += len / 3;
            continue;
        }
        if let Some(rule) = rules[k] {
            emit_syllable(text, start + 3 * k, out[k], rule, sink);
        }
        k += 1;
    }
}

/// A table word in ROK spelling (`to`, for the bytes `start..start + len`),
/// and what follows it in the word (up to `end`), read again at once as a second pass
/// would read them, so that the output is a fixed point: the particles or
/// the ending after the word go through the rules after its ROK form
/// (로동이였다 → 노동이었다, not 노동이였다, which read again changes).
/// False, with nothing written, where the output is not one word of
/// syllables (a table word written with a space).
#[allow(clippy::too_many_arguments)]
fn table_word_read_again(
    text: &str,
    std::ops::Range { start, end }: std::ops::Range<usize>,
    len: usize,
    to: &str,
    particle: Option<(usize, &str)>,
    word_start: bool,
    opts: &Options,
    rule: Rule,
    sink: &mut dyn Sink,
) -> bool {
    // The particle after the word in the form the ROK word takes (its
    // bytes in `text`, and in the word read again).
    let (old, new) = particle.unwrap_or((0, ""));
    let mut out = String::with_capacity(to.len() + new.len() + end - start - len);
    out.push_str(to);
    out.push_str(new);
    out.push_str(&text[start + len + old..end]);
    let head = to.len() + new.len();
    let mut syl = [0usize; MAX_WORD];
    let mut n = 0;
    for c in out.chars() {
        match syllable_index(c) {
            Some(s) if n < MAX_WORD => {
                syl[n] = s;
                n += 1;
            }
            _ => return false,
        }
    }
    let mut again = Recorder::default();
    to_rok_at(&out, 0, &syl[..n], word_start, opts, &mut again, true);
    // A change across the table word's end, or in the particle it
    // respelled: left as it was (not seen).
    if again.0.iter().any(|c| c.0 < head && c.1 > to.len()) {
        return false;
    }
    // The table word with what the second reading changes in it, then the
    // changes after it, where they are in `text`.
    let mut word = String::with_capacity(to.len());
    let mut at = 0;
    for (from, till, with, _) in again.0.iter().filter(|c| c.0 < to.len()) {
        word.push_str(&to[at..*from]);
        word.push_str(with);
        at = *till;
    }
    word.push_str(&to[at..]);
    sink.change(text, start, start + len, &word, rule);
    if particle.is_some() {
        sink.change(text, start + len, start + len + old, new, rule);
    }
    let place = |p: usize| start + len + old + (p - head);
    for (from, till, with, rule) in again.0.iter().filter(|c| c.0 >= head) {
        sink.change(text, place(*from), place(*till), with, *rule);
    }
    true
}

/// Particles whose form follows the word before them: (after a vowel, after
/// a consonant). 한글 맞춤법 and 표준국어대사전: 를/을, 는/은, 와/과, 로/으로
/// (로 after ㄹ too), 가/이, 랑/이랑, and the copula, whose 이 a vowel drops
/// (라는/이라는, 였/이었, 다/이다). Longest first within each side.
const ALLOMORPHS: [(&str, &str); 19] = [
    ("라고", "이라고"),
    ("라는", "이라는"),
    ("라도", "이라도"),
    ("라면", "이라면"),
    ("라서", "이라서"),
    ("여서", "이어서"),
    ("지만", "이지만"),
    ("란", "이란"),
    ("랑", "이랑"),
    ("며", "이며"),
    ("였", "이었"),
    ("다", "이다"),
    ("고", "이고"),
    ("나", "이나"),
    ("를", "을"),
    ("는", "은"),
    ("와", "과"),
    ("로", "으로"),
    ("가", "이"),
];

/// Where a table word's respelling ends in a consonant and the word did
/// not, or the other way round (에스빠냐 → 스페인, 그뢴란섬 → 그린란드), the
/// particle after it in the form the new word takes: (bytes of `rest` it
/// replaces, replacement). 에스빠냐를 → 스페인을, 로케트로 → 로켓으로,
/// 그뢴란섬을 → 그린란드를. After a vowel only the case particles change (을,
/// 은, 과, 으로, a subject's 이, 이랑): the copula's 이 after a vowel may stay.
fn particle_after(from: &str, to: &str, rest: &str) -> Option<(usize, &'static str)> {
    let last = |w: &str| w.chars().next_back().and_then(syllable_index);
    let (old, new) = (last(from)?, last(to)?);
    let (had, has) = (final_(old) != 0, final_(new) != 0);
    if had == has || rest.is_empty() {
        return None;
    }
    if has {
        // (로 stays after ㄹ: 서울로.)
        ALLOMORPHS
            .iter()
            .find(|(v, c)| rest.starts_with(v) && !(*c == "으로" && final_(new) == T_L))
            .map(|&(v, c)| (v.len(), c))
    } else {
        ALLOMORPHS
            .iter()
            .filter(|(_, c)| {
                matches!(*c, "을" | "은" | "과" | "으로" | "이랑") || (*c == "이" && rest == "이")
            })
            .find(|(_, c)| rest.starts_with(c))
            .map(|&(v, c)| (c.len(), v))
    }
}

/// Is `word`, or `word` less its particles, the ROK spelling of a word of
/// the tables (two syllables or more)?
fn is_rok_table_word(word: &str) -> bool {
    (6..=word.len()).rev().step_by(3).any(|len| {
        word.is_char_boundary(len)
            && lexicon::is_particles(&word[len..])
            && !lexicon::dprk_spellings(&word[..len]).is_empty()
    })
}

/// The changes a pass makes, kept: (start, end, replacement, rule).
#[derive(Default)]
struct Recorder(Vec<(usize, usize, String, Rule)>);

impl Sink for Recorder {
    fn change(&mut self, _input: &str, start: usize, end: usize, to: &str, rule: Rule) {
        self.0.push((start, end, to.to_string(), rule));
    }
}

/// A loanword or foreign name that stands anywhere in a word (싸이버방위…).
fn anywhere(text: &str, at: usize, end: usize, syl: &[usize]) -> Option<(usize, lexicon::Entry)> {
    lexicon::prefixes(&text[at..end], syl, true, false, |len, words, stem| {
        let e = words
            .same
            .filter(|e| !stem && len >= 6 && e.flags & lexicon::ANYWHERE != 0)?;
        Some((len, e))
    })
}

fn emit_syllable(text: &str, at: usize, to: usize, rule: Rule, sink: &mut dyn Sink) {
    let mut buf = [0u8; 4];
    sink.change(text, at, at + 3, syllable_char(to).encode_utf8(&mut buf), rule);
}

/// The longest table word that `word` starts with, followed only by
/// particles: its byte length, the entry to write and the rule.
fn lexicon_match(word: &str, opts: &Options) -> Option<(usize, lexicon::Entry, Rule)> {
    let mut syl = [0usize; MAX_WORD];
    let mut n = 0;
    while n < MAX_WORD {
        match syllable_at(word.as_bytes(), 3 * n) {
            Some(s) => syl[n] = s,
            None => break,
        }
        n += 1;
    }
    lexicon_match_syllables(&word[..3 * n], &syl[..n], opts)
}

/// [`lexicon_match`] of a word read as syllables.
fn lexicon_match_syllables(
    word: &str,
    syl: &[usize],
    opts: &Options,
) -> Option<(usize, lexicon::Entry, Rule)> {
    lexicon::prefixes(
        word,
        syl,
        false,
        opts.vocabulary || opts.designations,
        |len, words, stem| {
            let (entry, rule) = choose(words, opts)?;
            if stem {
                // A verb or adjective: its stem with any ending (휘여부리였다).
                if entry.flags & lexicon::VERB == 0 {
                    return None;
                }
                let rok = entry.rok.strip_suffix('다').unwrap_or(entry.rok);
                return Some((
                    len,
                    lexicon::Entry {
                        rok,
                        flags: entry.flags,
                    },
                    rule,
                ));
            }
            accepts(&word[..len], &word[len..], entry).then_some((len, entry, rule))
        },
    )
}

/// Which of a word's entries applies under `opts`, and its rule.
fn choose(words: &lexicon::Words, opts: &Options) -> Option<(lexicon::Entry, Rule)> {
    if opts.designations {
        if let Some(e) = words.designation {
            return Some((e, Rule::Designation));
        }
    }
    if opts.vocabulary {
        if let Some(e) = words.vocabulary {
            return Some((e, Rule::Vocabulary));
        }
    }
    let e = words.same?;
    if e.flags & lexicon::FOREIGN != 0 {
        return Some((e, Rule::ForeignName));
    }
    if e.flags & lexicon::LOANWORD != 0 && e.flags & lexicon::ANYWHERE != 0 {
        return Some((e, Rule::Loanword));
    }
    if !opts.lexicon {
        return None;
    }
    Some((e, Rule::Lexicon))
}

/// May `key` (a table word) followed by `rest` in one token be respelled?
fn accepts(key: &str, rest: &str, entry: lexicon::Entry) -> bool {
    if entry.flags & lexicon::SAISIOT != 0 && key.len() <= 9 && lexicon::ends_in_particle(key) {
        // 바다가: 'the sea' + 가 as much as 바닷가.
        return false;
    }
    // A two-syllable ROK word of the tables and a noun's particle: 바람이 is
    // 'the wind' + 이 far more often than 바람니 'a decayed tooth', 대륙도
    // 'the continent too' more often than 대육도.
    if key.len() == 9 && lexicon::ends_in_particle(key) {
        let mut c = key.chars().filter_map(syllable_index);
        if let (Some(a), Some(b)) = (c.next(), c.next()) {
            if lexicon::is_rok_two_syllable_word(a, b) {
                return false;
            }
        }
    }
    // 사이시옷 goes between the parts of a compound with a native part
    // (한글 맞춤법 제30항; of Sino-Korean compounds only 곳간 셋방 숫자 찻간
    // 툇간 횟수 take it). Two syllables that could both be Sino-Korean are
    // too likely a Sino-Korean word (대결 'duel', not 대 + 결 → 댓결).
    if entry.flags & lexicon::SAISIOT != 0
        && key.len() == 6
        && key.chars().all(|c| lexicon::is_sino(c as usize - 0xAC00))
        && !matches!(entry.rok, "곳간" | "셋방" | "숫자" | "찻간" | "툇간" | "횟수")
    {
        return false;
    }
    // A foreign name of one syllable (윈 → 빈, Vienna) and a particle that
    // starts with a consonant: as often a loanword's second syllable (윈도
    // 'Windows'), which a vowel-initial particle cannot be (윈에서, 윈의).
    if key.len() == 3
        && entry.flags & lexicon::FOREIGN != 0
        && rest
            .chars()
            .next()
            .and_then(syllable_index)
            .is_some_and(|s| initial(s) != L_NG)
    {
        return false;
    }
    // A loanword of two syllables without a tense consonant (미리 → 밀리
    // 'milli', 메달 → 메탈): too often a ROK word as well.
    if key.len() <= 6 && entry.flags & lexicon::LOANWORD != 0 && entry.flags & lexicon::TENSE == 0 {
        return false;
    }
    lexicon::is_particles(rest)
}

/// Does the initial-sound rule apply to this word's first syllable?
fn initial_rule_applies(word: &str, syl: &[usize], opts: &Options) -> bool {
    let s0 = syl[0];
    if dueum(s0).is_none() || !lexicon::is_sino(s0) {
        return false;
    }
    // A Sino-Korean word: its first two syllables are readings of Hanja
    // and no syllable of a loanword (ㅡ between consonants: 스 트 드 …)
    // follows, or one is followed by particles or an ending (론하였다);
    // not 라디오, 로켓, 로체스터.
    let sino = syl.iter().take_while(|&&s| lexicon::is_sino(s)).count();
    // ㄹ before ㅑ ㅕ ㅖ starts no loanword (those take 라 레 로 리 루 …) and no
    // native word: the syllable alone is Sino-Korean, with whatever follows
    // (련꽃 → 연꽃, 량옆 → 양옆). Not ㅛ: Japanese names (료코, 료타).
    let sino_alone = initial(s0) == L_R && matches!(vowel(s0), 2 | 6 | 7);
    // A syllable in ㅋ ㅌ ㅍ that no Hanja reads, among the next three: a
    // loanword's (로열티, 리모컨, 루키), not a Sino-Korean word's (but 량켠,
    // 령감티, and -시키다: 련결시켜).
    let aspirated_foreign = !sino_alone
        && syl
            .iter()
            .take(4)
            .skip(1)
            .any(|&s| matches!(initial(s), 15..=17) && !lexicon::is_sino(s))
        && !syl
            .windows(2)
            .any(|p| syllable_char(p[0]) == '시' && initial(p[1]) == 15);
    if aspirated_foreign || looks_foreign(&syl[..syl.len().min(5)]) {
        return false;
    }
    if sino < 2 && sino < syl.len() && !sino_alone {
        let rest = &word[3 * sino..];
        let ending = matches!(
            syllable_char(syl[sino]),
            '였' | '었'
                | '했'
                | '겠'
                | '됐'
                | '됩'
                | '합'
                | '답'
                | '롭'
                | '거'
                | '게'
                | '고'
                | '는'
                | '니'
                | '다'
                | '며'
                | '면'
                | '서'
                | '아'
                | '어'
                | '여'
                | '지'
                | '히'
                | '해'
                | '된'
                | '될'
                | '케'
                | '킨'
                | '킬'
                | '키'
        );
        if !ending && !lexicon::is_particles(rest) {
            return false;
        }
    }
    if opts.lexicon && starts_with_loanword(word, syl) {
        // 라지오방송: a loanword of the lexicon (라지오 → 라디오) starts it.
        return false;
    }
    if excepted(word) || lexicon::is_particle(word) || is_quotative(word) {
        // 라디오; a particle standing alone (로, 를 after a parenthesis and a
        // space). Not a word that only reads as particles: 로인 (老人) is 노인.
        return false;
    }
    if !opts.rok_surnames && is_dprk_name(word, syl) {
        return false;
    }
    true
}

/// The quotative particle 라고 and the endings of reported speech (라며,
/// 라면서, 라는, 라니, 라던), with any particles after them, written apart
/// from the quotation they close ("…하라" 라며); not 라성 (羅城), which
/// only reads as particles.
fn is_quotative(word: &str) -> bool {
    const QUOTATIVE: [&str; 6] = ["라고", "라며", "라면서", "라는", "라니", "라던"];
    QUOTATIVE.iter().any(|q| {
        word.strip_prefix(q)
            .is_some_and(|rest| rest.is_empty() || lexicon::is_particles(rest))
    })
}

/// Does a syllable of a loanword stand among `syl`: ㅡ written between
/// consonants (스 트 드 크 프 …; not 스 of -스럽다, -스레)?
fn looks_foreign(syl: &[usize]) -> bool {
    (0..syl.len()).any(|j| {
        let suffix = syl
            .get(j + 1)
            .is_some_and(|&n| matches!(syllable_char(n), '럽' | '레' | '러'));
        !suffix
            && matches!(
                syllable_char(syl[j]),
                '스' | '트' | '드' | '크' | '프' | '브' | '즈' | '츠' | '쓰' | '뜨' | '쯔' | '끄'
            )
    })
}

/// Does `word` start with a loanword the lexicon knows, of two syllables
/// or more, in any of its rows?
fn starts_with_loanword(word: &str, syl: &[usize]) -> bool {
    lexicon::prefixes(word, syl, false, true, |len, w, stem| {
        let loanword = [w.same, w.vocabulary]
            .iter()
            .flatten()
            .any(|e| e.flags & lexicon::LOANWORD != 0);
        (!stem && len >= 6 && loanword).then_some(())
    })
    .is_some()
}

/// Is `word`, or `word` less its particles, a word the rule leaves alone?
fn excepted(word: &str) -> bool {
    excepted_len(word).is_some()
}

/// The byte length of the longest word of [`excepted`] that starts `word`
/// with particles after it.
fn excepted_len(word: &str) -> Option<usize> {
    let mut len = word.len();
    while len >= 3 {
        if lexicon::is_dueum_exception(&word[..len]) && lexicon::is_particles(&word[len..]) {
            return Some(len);
        }
        len -= 3;
    }
    None
}

/// A DPRK surname (리 림 류 량 로 라 려 렴 룡 …) and a two-syllable given
/// name, with particles after: 리설주, 최룡해 keep their ㄹ (the ROK form of a
/// DPRK person's name is an option). A word the lexicon starts (리용 → 이용)
/// (the same word in ROK spelling, or the whole three syllables) is a word,
/// not a name.
fn is_dprk_name(word: &str, syl: &[usize]) -> bool {
    // The name, then particles, or a title and particles (리설주녀사와).
    let after = word.get(9..).unwrap_or("");
    let titled = ["동지", "동무", "녀사", "여사", "선생", "씨", "님", "부인"]
        .iter()
        .any(|t| after.strip_prefix(t).is_some_and(lexicon::is_particles));
    if syl.len() < 3 || !(lexicon::is_particles(after) || titled) {
        return false;
    }
    // An adjective or verb in -하다 with an ending (량순하다, 로숙하고,
    // 로련하여), not a name.
    let ending = after.chars().next().is_some_and(|c| {
        matches!(
            c,
            '다' | '고' | '며' | '여' | '였' | '게' | '지' | '기' | '던' | '면' | '니' | '자'
        )
    });
    if syllable_char(syl[2]) == '하' && ending {
        return false;
    }
    // A word and its particles (리념에, 려명이, 리유와): the first two
    // syllables start a word the ROK spells with the rule, particles follow.
    let word_then_particles = lexicon::is_particles(&word[6..])
        && (lexicon::starts_dueum_word(syl[0], syl[1])
            || dueum(syl[0]).is_some_and(|d| lexicon::is_rok_two_syllable_word(d, syl[1])));
    if word_then_particles {
        return false;
    }
    let surname = &word[..3];
    let is_surname = lexicon::is_dprk_surname(surname);
    let word_known =
        lexicon::words(&word[..9]).is_some() || lexicon::words(&word[..6]).is_some_and(|w| w.same.is_some());
    if !is_surname || word_known {
        return false;
    }
    let given =
        |s: usize| crate::tables::given_name_syllable(syllable_char(s)).is_some_and(|p| p[0] + p[1] > 0.0);
    given(syl[1]) && given(syl[2])
}

/// 렬, 률 after a vowel or ㄴ → 열, 율 (한글 맞춤법 제11항 붙임 1 다만).
fn yeol_yul(syl: &[usize], k: usize) -> Option<usize> {
    let s = syl[k];
    let prev = syl[k - 1];
    let is_target = matches!(syllable_char(s), '렬' | '률');
    (is_target && matches!(final_(prev), 0 | T_N)).then(|| compose(L_NG, vowel(s), final_(s)))
}

/// 여, 였 → 어, 었 after the stems of [`YEO_STEMS`] and after the copula 이
/// following a consonant (사변이였다; not the vocative 이여).
fn yeo_eo(syl: &[usize], k: usize) -> Option<usize> {
    let s = syl[k];
    // 아니- (아니다): 아니였다, 아니여서 → 아니었다, 아니어서. (Not the
    // polite 아니예요, which ROK text writes as often as the standard
    // 아니에요.)
    let after_ani = k == 2 && syllable_char(syl[0]) == '아' && syllable_char(syl[1]) == '니';
    if initial(s) != L_NG || vowel(s) != V_YEO || !matches!(final_(s), 0 | T_SS) {
        return None;
    }
    let prev = syl[k - 1];
    let to = compose(L_NG, 4, final_(s)); // ㅓ
    if is_yeo_stem(prev) || after_ani {
        return Some(to);
    }
    // A stem in ㅣ ㅐ ㅔ ㅚ ㅟ ㅢ, 여, then an auxiliary verb in the same
    // word (빛내여나가자, 견디여내기, 굳세여진, 헤여나올): no noun takes 여
    // before those, so the stem is a verb's. Not where the stem and 여 can
    // make a Sino-Korean word (기여, 대여내역): the syllable before 여, or
    // the two before it, are readings of Hanja.
    let stem_like = final_(prev) == 0 && matches!(vowel(prev), 20 | 1 | 5 | 11 | 16 | 19);
    let native = !lexicon::is_sino(prev) || (k >= 2 && !lexicon::is_sino(syl[k - 2]));
    if final_(s) == 0 && stem_like && native && auxiliary_after(&syl[k + 1..]) {
        return Some(to);
    }
    // The honorific -시- in the past (하시였다, 계시였다; not 도시였다,
    // 가시여뀌).
    let honorific = syllable_char(prev) == '시'
        && final_(s) == T_SS
        && k >= 2
        && matches!(syllable_char(syl[k - 2]), '하' | '계');
    if honorific {
        return Some(to);
    }
    let copula = syllable_char(prev) == '이' && k >= 2 && final_(syl[k - 2]) != 0;
    if copula {
        let next = syl.get(k + 1).map(|&n| syllable_char(n));
        if final_(s) == T_SS || matches!(next, Some('서' | '도' | '야')) {
            return Some(to);
        }
    }
    None
}

/// Titles that follow a personal name (동지 'comrade', 선생, 여사, 장군 …):
/// DPRK text joins them to the name (김정일동지의), ROK spelling writes them
/// apart (한글 맞춤법 제48항: 성과 이름에 덧붙는 호칭어, 관직명은 띄어 쓴다).
const TITLES: [&str; 6] = ["동지", "동무", "선생", "녀사", "여사", "장군"];

/// Is `word` a personal name of three syllables (a surname of the table and
/// a given name of two) followed by a title of [`TITLES`], then 님 or
/// particles only (김정일동지의, 김정일장군님께서, 리설주녀사와)?
fn title_after_name(word: &str, syl: &[usize]) -> bool {
    // (The surname either as written or as the initial-sound rule writes
    // it, so that the output read again gives the same answer: 니 → 이.)
    let surname = |s: usize| lexicon::is_surname(s) || dueum(s).is_some_and(lexicon::is_surname);
    syl.len() >= 5 && surname(syl[0]) && word.get(9..15).is_some_and(|t| TITLES.contains(&t)) && {
        let rest = &word[15..];
        lexicon::is_particles(rest.strip_prefix('님').unwrap_or(rest))
    }
}

/// Does `rest` start with an auxiliary verb that follows the -어 form of a
/// verb in one word (나다 and 나가다, 내다, 놓다, 주다, 드리다, 들다, 넘다, 보다,
/// 버리다, 오다, 있다, 지다, 달리다)? Particles that look alike are not
/// (기여보다 'than a contribution', 기여와).
fn auxiliary_after(rest: &[usize]) -> bool {
    let Some(&first) = rest.first() else {
        return false;
    };
    let second = rest.get(1).map(|&s| syllable_char(s));
    match syllable_char(first) {
        '드' | '버' => matches!(second, Some('리' | '린' | '릴' | '렸')),
        '보' => second.is_some_and(|c| c != '다'),
        '나' | '난' | '날' | '났' | '내' | '낸' | '낼' | '냈' | '놓' | '놨' | '주' | '준' | '줄' | '줘'
        | '줬' | '들' | '넘' | '본' | '볼' | '봤' | '오' | '온' | '올' | '왔' | '있' | '지' | '진' | '질'
        | '져' | '졌' | '달' => true,
        _ => false,
    }
}

/// Internal initial-sound rule: does a word of the lexicon that the rule
/// respells start at syllable `k` of a compound (국회련맹, 작전령역, 신랭전)?
/// Not after a single syllable that is not a prefix (협력사업), nor where ROK
/// words keep the ㄹ after the syllable before (협력) unless a two-syllable
/// word ends there (작전령역: 작전 + 령역, though 전령 is a word).
fn compound(word: &str, syl: &[usize], k: usize, opts: &Options) -> bool {
    tick(1);
    if !opts.lexicon || k + 1 >= syl.len() {
        return false;
    }
    let s = syl[k];
    if dueum(s).is_none() || !lexicon::is_sino(s) {
        return false;
    }
    // The first test that fails for nearly every syllable: a word the ROK
    // spells with the rule starts with this pair (one bit of a set).
    if !lexicon::starts_dueum_word(s, syl[k + 1]) {
        return false;
    }
    if lexicon::is_particles(&word[3 * (k + 1)..]) {
        // 대통령령이: one syllable and a particle.
        return false;
    }
    if k < 2 && !PREFIXES.contains(&syllable_char(syl[0])) {
        return false;
    }
    // After a one-syllable prefix, a free word of one syllable and a
    // suffix that makes verbs, adjectives and adverbs (-하다, -되다, -히,
    // -시키다) is no free word: the prefix and the syllable are one
    // two-syllable root, inside which ROK spelling keeps ㄹ and ㄴ (한글
    // 맞춤법 제11항 붙임 1: 대립하였다, 저렴하게, 신뢰하며; 신랭전 is 신 + 랭전).
    if k == 1 && is_root_suffix(syl[2]) {
        return false;
    }
    // Endings that start with ㄹ or ㄴ (확대해보려고, 하리라, 하련다,
    // 가니까), not words.
    const ENDINGS: [&str; 26] = [
        "려고",
        "려면",
        "려는",
        "려니",
        "려다",
        "려야",
        "려도",
        "려서",
        "려무나",
        "리라",
        "리니",
        "리오",
        "리까",
        "러",
        "러다",
        "라고",
        "라는",
        "라면",
        "라도",
        "라서",
        "라니",
        "랴",
        "련다",
        "련만",
        "렵니다",
        "니까",
    ];
    if ENDINGS.contains(&&word[3 * k..]) {
        return false;
    }
    // A short rest after a syllable that is often a suffix or an ending
    // (전기로법, 당도리선), or a loanword (탱크로리).
    let rest = syl.len() - k;
    let suffix_like = matches!(
        syllable_char(s),
        '려' | '리' | '러' | '라' | '랴' | '로' | '렵' | '료' | '니' | '녀'
    );
    if looks_foreign(syl) {
        return false;
    }
    // Suffixes that keep their ㄹ after a noun in ROK spelling too
    // (전류력, 생산량, 유물론, 조류, 회고록, 수수료, 사례).
    if matches!(
        syllable_char(s),
        '력' | '량' | '론' | '류' | '록' | '료' | '례' | '률'
    ) {
        return false;
    }
    // (At the word start, the syllable as the initial-sound rule writes it:
    // 련대련합 → 연대 + 련합.)
    let after_word = k >= 2
        && (lexicon::is_rok_two_syllable_word(syl[k - 2], syl[k - 1])
            || (k == 2 && dueum(syl[0]).is_some_and(|d| lexicon::is_rok_two_syllable_word(d, syl[1]))));
    // That word may overlap another ending a syllable earlier (최고사령관:
    // 최고 + 사령관, though 고사 is a word too): the cut is not sure, and the
    // pair ROK spelling keeps (사령) decides.
    let overlapped = k >= 3 && lexicon::is_rok_two_syllable_word(syl[k - 3], syl[k - 2]);
    // A common word of the kept table (괴뢰, 사령) holds wherever it stands.
    let guarded = rest <= 3 && suffix_like
        || (!after_word || overlapped) && lexicon::rok_keeps_pair(syl[k - 1], s)
        || lexicon::rok_surely_keeps_pair(syl[k - 1], s);
    // A word the lexicon respells starting here outweighs the guards.
    !guarded || respelled_word_at(word, syl, k)
}

/// The first syllable of -하다, -되다, -히 or -시키다 after a root (하, 한, 했,
/// 됐, 히, 시 …).
fn is_root_suffix(s: usize) -> bool {
    matches!(
        syllable_char(s),
        '하' | '한'
            | '할'
            | '함'
            | '합'
            | '해'
            | '했'
            | '히'
            | '되'
            | '된'
            | '될'
            | '됨'
            | '됩'
            | '돼'
            | '됐'
            | '시'
    )
}

/// Does a word of three syllables or more that the lexicon respells by the
/// initial-sound rule alone start at syllable `k` (조선로동당: 로동당 →
/// 노동당, though 선로 is a word)?
fn respelled_word_at(word: &str, syl: &[usize], k: usize) -> bool {
    let Some(first) = dueum(syl[k]) else {
        return false;
    };
    (3..=(syl.len() - k).min(8)).rev().any(|len| {
        tick(1);
        let key = &word[3 * k..3 * (k + len)];
        // (A noun: not a verb's dictionary form, 리하다.)
        !key.ends_with('다')
            && lexicon::words(key).is_some_and(|w| {
                [w.same, w.vocabulary].iter().flatten().any(|e| {
                    let mut r = e.rok.chars();
                    r.next() == Some(syllable_char(first)) && r.as_str() == &key[3..]
                })
            })
    })
}

/// Spacing: is there a word boundary before syllable `k`? A dependent noun
/// after an adnominal ending, or an auxiliary verb after -고.
fn space_before(syl: &[usize], k: usize) -> Option<Rule> {
    let prev = syl[k - 1];
    if !may_come_before_space(prev) {
        return None;
    }
    let p = syllable_char(prev);
    let c = syllable_char(syl[k]);
    let next = syl.get(k + 1).map(|&n| syllable_char(n));
    let rule = match c {
        // 것: 하는것, 된것, 할것 (not 이것, 날것, 들것).
        '것' if is_adnominal(prev) => Rule::DependentNoun,
        // 듯: 미친듯이, 할듯하다 (not 번듯하다).
        '듯' if k >= 2
            && matches!(
                p,
                '는' | '던'
                    | '은'
                    | '을'
                    | '한'
                    | '할'
                    | '된'
                    | '될'
                    | '친'
                    | '린'
                    | '난'
                    | '간'
                    | '온'
                    | '운'
                    | '인'
            ) =>
        {
            Rule::DependentNoun
        }
        '바' if matches!(p, '는' | '던' | '할' | '둘')
            && next.is_none_or(|n| matches!(n, '와' | '에' | '이' | '를' | '가' | '도' | '로')) =>
        {
            Rule::DependentNoun
        }
        // 줄 'how, that' before 알다/모르다 and particles (할줄 알다, 하는줄
        // 몰랐다; not 전선줄, 연줄, 물줄기).
        '줄' if (is_verbal_l(prev) || matches!(p, '는' | '은' | '던' | '인' | '진'))
            && match next {
                Some(n) => matches!(n, '알' | '압' | '안' | '몰' | '모' | '을' | '도' | '은' | '만'),
                None => is_verbal_l(prev),
            } =>
        {
            Rule::DependentNoun
        }
        // 대로 after an adnominal ending (시키는대로, 들은대로; not 한대로).
        '대' if k >= 2
            && matches!(p, '는' | '은' | '던' | '본' | '할' | '된' | '될')
            && next == Some('로') =>
        {
            Rule::DependentNoun
        }
        // 중 'in the middle of' after -는, -던 (좋아하던중인데, 하는중에).
        '중' if k >= 2
            && matches!(p, '는' | '던')
            && next.is_none_or(|n| matches!(n, '이' | '에' | '인' | '입' | '을' | '으')) =>
        {
            Rule::DependentNoun
        }
        // 채 'as it is' after -ㄴ (입은채, 나간채; not 야채, 전채, 부채).
        '채' if k >= 2
            && matches!(
                p,
                '은' | '간' | '쓴' | '둔' | '친' | '린' | '운' | '낀' | '탄' | '한'
            )
            && next.is_none_or(|n| matches!(n, '로' | '였' | '이')) =>
        {
            Rule::DependentNoun
        }
        // 수 거 뿐 때 after -ㄹ and before a particle or 있다/없다 (할수,
        // 칠거예요; not 실수, 선거, 살수차, 알거지).
        '수' if (is_verbal_l(prev) || (p == '는' && k >= 2))
            && next.is_none_or(|n| {
                matches!(
                    n,
                    '가' | '도' | '는' | '밖' | '있' | '없' | '를' | '만' | '나' | '야'
                )
            }) =>
        {
            Rule::DependentNoun
        }
        '거' if is_verbal_l(prev)
            && next.is_none_or(|n| matches!(n, '예' | '야' | '다' | '든' | '나' | '요' | '라')) =>
        {
            Rule::DependentNoun
        }
        '뿐' if is_verbal_l(prev) => Rule::DependentNoun,
        '때' if is_verbal_l(prev)
            && next.is_none_or(|n| {
                matches!(
                    n,
                    '에' | '는' | '도' | '까' | '부' | '의' | '마' | '가' | '이' | '를'
                )
            }) =>
        {
            Rule::DependentNoun
        }
        // -고 있다, -고 싶다, -고 계시다.
        '있' | '싶' | '계' if p == '고' && k >= 2 => Rule::Auxiliary,
        _ => return None,
    };
    // A word the ROK dictionary writes joined (어린것, 헌것).
    let joined = (k.saturating_sub(3)..k).any(|from| lexicon::is_joined_word(&syl[from..=k]));
    (!joined).then_some(rule)
}

/// One word toward DPRK spelling.
fn to_dprk(text: &str, start: usize, syl: &[usize], word_start: bool, opts: &Options, sink: &mut dyn Sink) {
    let word = &text[start..start + 3 * syl.len()];
    let rok_opts = Options {
        target: Target::Rok,
        ..*opts
    };
    if word_start && opts.lexicon {
        // How much of the word a DPRK spelling the tables know covers, once
        // asked: a longer one is the word, in DPRK spelling already.
        let mut dprk_len = None;
        let mut len = word.len().min(lexicon::LONGEST);
        while len >= 3 {
            let rok = &word[..len];
            if lexicon::is_particles(&word[len..]) {
                // Only a spelling that reads back to this word toward ROK
                // (타빈 is held back there, so 터빈 stays).
                let back = |d: &&&str| {
                    lexicon_match(d, &rok_opts).is_some_and(|(l, e, _)| l == d.len() && e.rok == rok)
                };
                if let Some(dprk) = lexicon::dprk_spellings(rok).iter().find(back) {
                    // 파푸아뉴기니아 is the DPRK's 파푸아뉴기니, not that
                    // with the particle 아: it stays.
                    let covered = *dprk_len.get_or_insert_with(|| {
                        lexicon_match_syllables(word, syl, &rok_opts).map_or(0, |(l, ..)| l)
                    });
                    if covered > len {
                        break;
                    }
                    sink.change(text, start, start + len, dprk, Rule::Lexicon);
                    if let Some((old, new)) = particle_after(rok, dprk, &word[len..]) {
                        sink.change(text, start + len, start + len + old, new, Rule::Lexicon);
                    }
                    return;
                }
            }
            len -= 3;
        }
    }
    // A word already in DPRK spelling (the tables know it so) stays.
    if opts.lexicon && lexicon_match_syllables(word, syl, &rok_opts).is_some() {
        return;
    }
    for k in 1..syl.len() {
        let s = syl[k];
        // 어, 었 → 여, 였 after the stems that take 여.
        if initial(s) == L_NG && vowel(s) == 4 && matches!(final_(s), 0 | T_SS) && is_yeo_stem(syl[k - 1]) {
            emit_syllable(
                text,
                start + 3 * k,
                compose(L_NG, V_YEO, final_(s)),
                Rule::YeoEo,
                sink,
            );
        }
    }
}

/// Every spelling of one word a search should try, the ROK form `rok`
/// first: the DPRK spellings the tables give it (노동자 → 로동자), and those
/// the rules give backwards — the initial-sound rule on its first syllable
/// where a Sino-Korean syllable with ㄹ or ㄴ reads so (이용 → 리용, 여성 →
/// 녀성, 려성), 어/었 → 여/였 after the stems that take 여, and 열/율 →
/// 렬/률 after a vowel or ㄴ. At most [`MAX_VARIANTS`] spellings.
pub(crate) fn variants(rok: &str) -> Vec<String> {
    let mut out = vec![rok.to_string()];
    let bytes = rok.as_bytes();
    let n = rok.len() / 3;
    if rok.len() % 3 != 0 || n == 0 || (0..n).any(|k| syllable_at(bytes, 3 * k).is_none()) {
        return out;
    }
    let syl: Vec<usize> = (0..n).filter_map(|k| syllable_at(bytes, 3 * k)).collect();
    let push = |w: String, out: &mut Vec<String>| {
        if out.len() < MAX_VARIANTS && !out.contains(&w) {
            out.push(w);
        }
    };
    // The tables, with particles kept.
    let mut len = rok.len().min(lexicon::LONGEST);
    while len >= 3 {
        if lexicon::is_particles(&rok[len..]) {
            for d in lexicon::dprk_spellings(&rok[..len]) {
                push(format!("{d}{}", &rok[len..]), &mut out);
            }
        }
        len -= 3;
    }
    // The rules backwards: each position's alternatives, combined.
    let mut choices: Vec<Vec<usize>> = syl.iter().map(|&s| vec![s]).collect();
    choices[0].extend(dueum_back(syl[0]));
    for k in 1..n {
        let (s, prev) = (syl[k], syl[k - 1]);
        if initial(s) == L_NG && vowel(s) == 4 && matches!(final_(s), 0 | T_SS) && is_yeo_stem(prev) {
            choices[k].push(compose(L_NG, V_YEO, final_(s)));
        }
        if matches!(syllable_char(s), '열' | '율') && matches!(final_(prev), 0 | T_N) {
            choices[k].push(compose(L_R, vowel(s), final_(s)));
        }
    }
    let mut index = vec![0usize; n];
    loop {
        // Next combination (odometer), skipping the all-zero start.
        let mut k = 0;
        while k < n {
            index[k] += 1;
            if index[k] < choices[k].len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
        if k == n || out.len() >= MAX_VARIANTS {
            break;
        }
        let w: String = index
            .iter()
            .zip(&choices)
            .map(|(&i, c)| syllable_char(c[i]))
            .collect();
        push(w, &mut out);
    }
    out
}

/// The most spellings [`variants`] gives for one word.
pub(crate) const MAX_VARIANTS: usize = 8;

/// The syllables the initial-sound rule turns into `s` that are Sino-Korean
/// readings: 노 ← 로; 이 ← 리; 여 ← 려, 녀.
fn dueum_back(s: usize) -> impl Iterator<Item = usize> {
    let (l, v, t) = (initial(s), vowel(s), final_(s));
    let y_like = matches!(v, 2 | 6 | 7 | 12 | 17 | 20);
    [
        (l == L_N && !y_like).then(|| compose(L_R, v, t)),
        (l == L_NG && y_like).then(|| compose(L_R, v, t)),
        // ㄴ before ㅕ only (녀, 년, 념): 뇨, 뉴, 니 are rare readings.
        (l == L_NG && v == V_YEO).then(|| compose(L_N, v, t)),
    ]
    .into_iter()
    .flatten()
    .filter(move |&c| lexicon::is_sino(c) && dueum(c) == Some(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variants_go_back_to_dprk_spellings() {
        let v = |w: &str| variants(w);
        assert_eq!(v("노동"), ["노동", "로동"]);
        assert_eq!(v("이용"), ["이용", "리용"]);
        assert!(v("여성").contains(&"녀성".to_string()));
        assert!(v("되었다").contains(&"되였다".to_string()));
        assert!(v("규율").contains(&"규률".to_string()));
        assert_eq!(v("러시아"), ["러시아", "로씨야"]);
        assert_eq!(v("hello"), ["hello"]);
        assert!(v("로로로로로로로로로로로로로로로로").len() <= MAX_VARIANTS);
    }

    /// `joins_words` is `is_alphanumeric` or a middle dot, on every character.
    #[test]
    fn joins_words_is_is_alphanumeric() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let dot = matches!(c, '·' | 'ㆍ' | '․' | '‧');
            assert_eq!(joins_words(c), dot || c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn dueum_follows_the_norm() {
        let d = |c: char| dueum(c as usize - 0xAC00).map(syllable_char);
        assert_eq!(d('로'), Some('노'));
        assert_eq!(d('래'), Some('내'));
        assert_eq!(d('력'), Some('역'));
        assert_eq!(d('례'), Some('예'));
        assert_eq!(d('립'), Some('입'));
        assert_eq!(d('녀'), Some('여'));
        assert_eq!(d('뇨'), Some('요'));
        assert_eq!(d('나'), None);
        assert_eq!(d('노'), None);
    }
}
