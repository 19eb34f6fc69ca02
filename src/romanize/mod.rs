//! Romanization: Hangul into Latin letters by the rules of each system.
//!
//! Every writer reads the same pronunciation (the rules [`crate::pronounce`]
//! applies); what differs is which sound rules a system writes and how it
//! spells each sound.
//!
//! | system | what it writes |
//! |---|---|
//! | [`System::Rr`] | Revised Romanization (ROK 2000): the pronunciation without tensification; ㅎ kept after ㄱ ㄷ ㅂ in nouns |
//! | [`System::RrTranslit`] | the RR norm's letter-by-letter transliteration (ch. 3 art. 8), reversible |

use crate::hangul::{l, t, v, Syllable};
use crate::pron::{self, Rules, Sound};

mod fast;

/// A romanization system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum System {
    /// Revised Romanization of Korean (국어의 로마자 표기법, MoCT 2000-8).
    Rr,
    /// The RR norm's transliteration (ch. 3 art. 8): letter by letter, for
    /// academic use; reversible.
    RrTranslit,
    /// McCune–Reischauer (1939): voicing, aspiration apostrophes, breves
    /// (`P'yŏngyang`, `han'gŭl`, `Kim Tong-myŏng`).
    Mr,
    /// McCune–Reischauer as the press types it: no breves, no apostrophes
    /// (`Pyongyang`, `Kim Tong-myong`, and `J` at the start of a given name:
    /// `Kim Jong-un`).
    MrAscii,
    /// The DPRK's own system (1992, revised 2002): `ŏ ŭ`, `kh th ph`, `j`,
    /// voiced ㄱ ㄷ ㅂ inside words (`Kŭmgyo`, `wikhibaekgwa`).
    Dprk,
    /// KCNA English-service practice: the DPRK system without breves; names
    /// with every given-name syllable a capitalized word, later ones voiced
    /// (`Kim Jong Un`, `Ri Son Gwon`), DPRK surname forms (Ri, Pak, Choe).
    Kcna,
    /// Yale romanization as used in linguistics: letter by letter from the
    /// spelling (`hankul`, `kwuthi`).
    Yale,
}

impl System {
    /// The system's name in the command line (`rr`, `rr-translit`).
    pub const fn id(self) -> &'static str {
        match self {
            System::Rr => "rr",
            System::RrTranslit => "rr-translit",
            System::Mr => "mr",
            System::MrAscii => "mr-ascii",
            System::Dprk => "dprk",
            System::Kcna => "kcna",
            System::Yale => "yale",
        }
    }

    /// Every system.
    pub const ALL: [System; 7] = [
        System::Rr,
        System::RrTranslit,
        System::Mr,
        System::MrAscii,
        System::Dprk,
        System::Kcna,
        System::Yale,
    ];

    /// The system named `id` (as [`System::id`] gives it).
    pub fn from_id(id: &str) -> Option<System> {
        System::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What is being romanized, which changes capitalization, spacing and rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// Running text: lower case, spacing and everything that is not Hangul kept.
    #[default]
    Text,
    /// A personal name, surname first: `Han Boknam` (RR: no assimilation in
    /// the given name, ch. 3 art. 4).
    Name,
    /// A place name: capitalized, with administrative units after a hyphen
    /// and no assimilation before them (`Chungcheongbuk-do`, `Jongno 2(i)-ga`,
    /// ch. 3 art. 5; `Busan-gwangyeoksi`; an island's 도 is no unit:
    /// `Ulleungdo`).
    Place,
}

/// How a surname is spelled in [`Kind::Name`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum SurnameStyle {
    /// The system's own: RR `Gim`, `I`, `Bak`; MR `Kim`, `Yi`, `Pak`; KCNA
    /// `Kim`, `Ri`, `Pak`.
    #[default]
    System,
    /// As South Koreans spell it on passports: `Kim`, `Lee`, `Park`,
    /// `Choi`, `Jung` (`tables/surnames.tsv`).
    Conventional,
    /// The DPRK forms: `Ri`, `Pak`, `Choe`, `Rim`, `Ryu`.
    Dprk,
}

/// Options for [`romanize_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// Text, name or place.
    pub kind: Kind,
    /// Hyphenate where syllables would be misread (`Jung-ang`, `Hae-undae`,
    /// RR ch. 3 art. 2, which allows it), and between given-name syllables
    /// (`Bok-nam`). Default: off (place names are written without it:
    /// Pyeongyang, Gangwon-do, Dumangang).
    pub hyphenate: Option<bool>,
    /// Capitalize each word. Default: on for names and places.
    pub capitalize: Option<bool>,
    /// Places: leave the administrative unit out (`Cheongju` for 청주시,
    /// RR ch. 3 art. 5 붙임).
    pub omit_units: bool,
    /// Names: how the surname is spelled.
    pub surname: SurnameStyle,
}

impl Options {
    /// The defaults for `kind`.
    pub const fn new(kind: Kind) -> Options {
        Options {
            kind,
            hyphenate: None,
            capitalize: None,
            omit_units: false,
            surname: SurnameStyle::System,
        }
    }

    fn hyphenate(&self) -> bool {
        self.hyphenate.unwrap_or(false)
    }

    fn capitalize(&self) -> bool {
        self.capitalize.unwrap_or(self.kind != Kind::Text)
    }
}

impl Default for Options {
    fn default() -> Self {
        Options::new(Kind::Text)
    }
}

/// Romanizes running text: each run of Hangul syllables is a word; everything
/// else (spaces, punctuation, digits, Latin) is kept as it is.
///
/// ```
/// use kcanon::{romanize, System};
/// assert_eq!(romanize("신라의 종로에서 같이", System::Rr), "sillaui jongnoeseo gachi");
/// assert_eq!(romanize("없었습니다", System::RrTranslit), "eobs-eoss-seubnida");
/// ```
pub fn romanize(text: &str, system: System) -> String {
    romanize_with(text, system, &Options::default())
}

/// Romanizes `text` as a name, a place or text ([`Options`]).
///
/// ```
/// use kcanon::romanize::{romanize_with, Kind, Options, SurnameStyle, System};
/// assert_eq!(romanize_with("한복남", System::Rr, &Options::new(Kind::Name)), "Han Boknam");
/// let mut passport = Options::new(Kind::Name);
/// passport.surname = SurnameStyle::Conventional;
/// assert_eq!(romanize_with("이동명", System::Rr, &passport), "Lee Dongmyeong");
/// assert_eq!(romanize_with("충청북도", System::Rr, &Options::new(Kind::Place)), "Chungcheongbuk-do");
/// assert_eq!(romanize_with("종로 2가", System::Rr, &Options::new(Kind::Place)), "Jongno 2(i)-ga");
/// ```
pub fn romanize_with(text: &str, system: System, options: &Options) -> String {
    if system == System::Rr && options.kind == Kind::Text && !options.hyphenate() && !options.capitalize() {
        return fast::rr_text(text);
    }
    general(text, system, options)
}

/// The general writer alone, bypassing the fast path: for the fuzz target,
/// which checks that both write the same (`cargo fuzz` builds with
/// `--cfg fuzzing`).
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn romanize_by_general_writer(text: &str, system: System, options: &Options) -> String {
    general(text, system, options)
}

/// Every system and option, by [`Writer`] (the fast path's oracle).
fn general(text: &str, system: System, options: &Options) -> String {
    let mut w = Writer {
        system,
        options,
        out: String::with_capacity(text.len() * 2),
        syllables: Vec::new(),
        sounds: Vec::new(),
        continuing: false,
        before_unit: None,
    };
    match options.kind {
        Kind::Name => w.name(text),
        Kind::Place => w.place(text),
        Kind::Text => w.text(text),
    }
    w.out
}

/// Spelling tables of RR: initials, vowels, and the seven final sounds.
pub(crate) const RR_L: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
];
pub(crate) const RR_V: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi",
    "yu", "eu", "ui", "i",
];
/// RR finals by neutralized sound (only `t::NONE G N D L M B NG` occur).
fn rr_final(final_: u8) -> &'static str {
    match final_ {
        t::G => "k",
        t::N => "n",
        t::D => "t",
        t::L => "l",
        t::M => "m",
        t::B => "p",
        t::NG => "ng",
        _ => "",
    }
}

/// McCune–Reischauer vowels, and the same without breves.
pub(crate) const MR_V: [&str; 21] = [
    "a", "ae", "ya", "yae", "ŏ", "e", "yŏ", "ye", "o", "wa", "wae", "oe", "yo", "u", "wŏ", "we", "wi", "yu",
    "ŭ", "ŭi", "i",
];
pub(crate) const MR_ASCII_V: [&str; 21] = [
    "a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu",
    "u", "ui", "i",
];

/// Yale letters (S. Martin): initials, vowels, finals as spelled.
pub(crate) const YALE_L: [&str; 19] = [
    "k", "kk", "n", "t", "tt", "l", "m", "p", "pp", "s", "ss", "", "c", "cc", "ch", "kh", "th", "ph", "h",
];
pub(crate) const YALE_V: [&str; 21] = [
    "a", "ay", "ya", "yay", "e", "ey", "ye", "yey", "o", "wa", "way", "oy", "yo", "wu", "we", "wey", "wi",
    "yu", "u", "uy", "i",
];
const YALE_T: [&str; 28] = [
    "", "k", "kk", "ks", "n", "nc", "nh", "t", "l", "lk", "lm", "lp", "ls", "lth", "lph", "lh", "m", "p",
    "ps", "s", "ss", "ng", "c", "ch", "kh", "th", "ph", "h",
];

/// Whether a Yale final and the next initial could be split otherwise.
fn yale_ambiguous(final_: u8, initial: u8) -> bool {
    let (f, i) = (YALE_T[final_ as usize], YALE_L[initial as usize]);
    let joined = [f, i].concat();
    (0..=joined.len()).any(|cut| {
        let (f2, i2) = joined.split_at(cut);
        f2 != f
            && YALE_T.contains(&f2)
            && YALE_L
                .iter()
                .enumerate()
                .any(|(x, s)| x != l::NG as usize && *s == i2)
    })
}

/// Transliteration finals, letter by letter (ch. 3 art. 8).
const TRANSLIT_T: [&str; 28] = [
    "", "g", "kk", "gs", "n", "nj", "nh", "d", "l", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b", "bs",
    "s", "ss", "ng", "j", "ch", "k", "t", "p", "h",
];
/// Transliteration initials: as RR, but ㄹ is always `l`.
fn translit_initial(initial: u8) -> &'static str {
    if initial == l::R {
        "l"
    } else {
        RR_L[initial as usize]
    }
}

/// Whether a transliterated final followed by a transliterated initial could
/// be read as another final and initial (`ss`+`s`, `k`+`k` = `kk`), so that
/// a hyphen is needed to keep the transliteration reversible.
fn translit_ambiguous(final_: u8, initial: u8) -> bool {
    let f = TRANSLIT_T[final_ as usize];
    let i = translit_initial(initial);
    let joined = [f, i].concat();
    (0..=joined.len()).any(|cut| {
        let (f2, i2) = joined.split_at(cut);
        f2 != f && TRANSLIT_T.contains(&f2) && (0..19u8).any(|x| x != l::NG && translit_initial(x) == i2)
    })
}

/// Administrative units written after a hyphen in place names (RR ch. 3
/// art. 5): 시 군 구 읍 면 리 동 가, and 도 after a province's name
/// ([`province_len`]).
fn is_unit_char(c: char) -> bool {
    matches!(c, '시' | '군' | '구' | '읍' | '면' | '리' | '동' | '가')
}

/// The provinces (도) of the ROK and the DPRK, and the old provinces whose
/// halves are named 남도 and 북도 (지방자치법; the DPRK's divisions, 량강 and
/// 양강 both): a 도 after one of them is the unit, after any other name an
/// island's 도 (능라도, 울릉도).
const PROVINCES: [&str; 12] = [
    "경기", "강원", "충청", "전라", "경상", "제주", "평안", "함경", "황해", "자강", "량강", "양강",
];

/// Is `name` a province, alone (1: 강원) or as its southern or northern
/// half (2: 평안남, 경상북)?
fn province_len(name: &[Syllable]) -> Option<usize> {
    let is = |n: &[Syllable]| {
        PROVINCES
            .iter()
            .any(|p| n.iter().map(|s| s.to_char()).eq(p.chars()))
    };
    match name {
        [head @ .., half] if matches!(half.to_char(), '남' | '북') && is(head) => Some(2),
        _ if is(name) => Some(1),
        _ => None,
    }
}

/// Administrative units of several syllables, written as one unit after
/// the hyphen (Seoul-teukbyeolsi, Busan-gwangyeoksi, Jeju-teukbyeoljachido;
/// the DPRK's and the earlier ROK's 직할시 'directly governed city'), longest
/// first.
const LONG_UNITS: [&str; 5] = ["특별자치도", "특별자치시", "특별시", "광역시", "직할시"];

/// The syllables of a unit of [`LONG_UNITS`] that `run` ends with, after a
/// name of at least one syllable; 0 if none.
fn long_unit_len(run: &[Syllable]) -> usize {
    LONG_UNITS
        .iter()
        .map(|u| (u.chars().count(), u))
        .find(|&(n, u)| run.len() > n && run[run.len() - n..].iter().map(|s| s.to_char()).eq(u.chars()))
        .map_or(0, |(n, _)| n)
}

/// Sino-Korean reading of a number, in Hangul (2 → 이, 12 → 십이).
fn sino_korean_number(digits: &str) -> Option<String> {
    const UNITS: [&str; 10] = ["", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"];
    let n: u64 = digits.parse().ok()?;
    if n == 0 {
        return Some("영".into());
    }
    if n >= 100_000_000 {
        return None;
    }
    let mut out = String::new();
    let groups = [(10_000u64, "만"), (1000, "천"), (100, "백"), (10, "십"), (1, "")];
    let mut rest = n;
    for (value, name) in groups {
        let d = rest / value;
        rest %= value;
        if d == 0 {
            continue;
        }
        if value == 10_000 {
            out.push_str(&sino_korean_number(&d.to_string())?);
        } else if d > 1 || value == 1 {
            out.push_str(UNITS[d as usize]);
        }
        out.push_str(name);
    }
    Some(out)
}

/// A compatibility jamo written alone (`ㄱ`, `ㅏ`) as the system's letters.
fn jamo_letters(system: System, c: char) -> Option<&'static str> {
    const CONSONANTS: [&str; 30] = [
        "g", "kk", "gs", "n", "nj", "nh", "d", "tt", "r", "lg", "lm", "lb", "ls", "lt", "lp", "lh", "m", "b",
        "pp", "bs", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h",
    ];
    match c as u32 {
        0x3139 if system == System::RrTranslit => Some("l"),
        0x3131..=0x314E => Some(CONSONANTS[(c as u32 - 0x3131) as usize]),
        0x314F..=0x3163 => Some(RR_V[(c as u32 - 0x314F) as usize]),
        _ => None,
    }
}

struct Writer<'o> {
    system: System,
    options: &'o Options,
    out: String,
    syllables: Vec<Syllable>,
    sounds: Vec<Sound>,
    /// The word being written continues the one before (a unit after its
    /// place name), so it does not start voiceless, and it is a fixed term
    /// that takes no hyphen between its syllables (Busan-gwangyeoksi).
    continuing: bool,
    /// The last sound of the place name before a unit of one syllable,
    /// which McCune–Reischauer's voicing follows across the hyphen.
    before_unit: Option<Sound>,
}

impl Writer<'_> {
    /// Running text: words of Hangul romanized, the rest copied.
    fn text(&mut self, text: &str) {
        let mut word_start = 0;
        self.syllables.clear();
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Syllables (three bytes, EA–ED first) decoded here directly.
            if let [x @ 0xEA..=0xED, y, z, ..] = bytes[i..] {
                let cp = (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
                if let Some(s) = char::from_u32(cp).and_then(Syllable::of) {
                    if self.syllables.is_empty() {
                        word_start = i;
                    }
                    self.syllables.push(s);
                    i += 3;
                    continue;
                }
            }
            let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
            if !self.syllables.is_empty() {
                self.text_word(&text[word_start..i]);
            }
            match jamo_letters(self.system, c) {
                Some(letters) => self.out.push_str(letters),
                None => self.out.push(c),
            }
            i += c.len_utf8();
        }
        if !self.syllables.is_empty() {
            self.text_word(&text[word_start..]);
        }
    }

    /// One word of running text, whose syllables are in `self.syllables`.
    fn text_word(&mut self, hangul: &str) {
        if let Some(fixed) = self.fixed_spelling(hangul) {
            self.out.push_str(fixed);
        } else {
            let start = self.out.len();
            self.word(WordMode::Speech);
            if self.options.capitalize() {
                capitalize_from(&mut self.out, start);
            }
        }
        self.syllables.clear();
    }

    /// A spelling fixed by practice rather than by the system's rules: KCNA's
    /// 평양 Pyongyang, 김일성 Kim Il Sung (`tables/kcna_names.tsv`).
    fn fixed_spelling(&self, hangul: &str) -> Option<&'static str> {
        if self.system == System::Kcna {
            crate::tables::KCNA_NAMES.get(hangul).copied()
        } else {
            None
        }
    }

    /// A personal name: surname (one or two syllables, `tables/surnames.tsv`)
    /// and given name, each capitalized, the given name without assimilation.
    fn name(&mut self, text: &str) {
        let name: Vec<Syllable> = text.chars().filter_map(Syllable::of).collect();
        if name.is_empty() || name.len() * 3 != text.trim().len() {
            // Not a name written in Hangul alone: romanize it as text.
            let opts = Options {
                kind: Kind::Text,
                ..*self.options
            };
            self.out.push_str(&romanize_with(text, self.system, &opts));
            return;
        }
        if let Some(fixed) = self.fixed_spelling(text.trim()) {
            self.out.push_str(fixed);
            return;
        }
        let two: String = name.iter().take(2).map(|s| s.to_char()).collect();
        let surname_len = if name.len() >= 3 && crate::tables::surname(&two).is_some() {
            2
        } else {
            1
        };
        let (surname, given) = name.split_at(surname_len.min(name.len()));
        let surname_text: String = surname.iter().map(|s| s.to_char()).collect();
        let forms = crate::tables::surname(&surname_text);
        let fixed = forms.and_then(|f| match (self.options.surname, self.system) {
            (SurnameStyle::Conventional, _) => f.conventional.or(f.mr_ascii),
            (SurnameStyle::Dprk, _) => f.dprk,
            (SurnameStyle::System, System::Mr) => f.mr,
            (SurnameStyle::System, System::MrAscii) => f.mr_ascii,
            (SurnameStyle::System, System::Kcna) => f.dprk,
            _ => None,
        });
        match fixed {
            Some(form) => self.out.push_str(form),
            None => {
                self.syllables.clear();
                self.syllables.extend_from_slice(surname);
                let start = self.out.len();
                self.word(WordMode::Name);
                if self.options.capitalize() {
                    capitalize_from(&mut self.out, start);
                }
            }
        }
        if given.is_empty() {
            return;
        }
        self.out.push(' ');
        self.syllables.clear();
        self.syllables.extend_from_slice(given);
        let start = self.out.len();
        self.word(WordMode::Name);
        if self.options.capitalize() {
            capitalize_from(&mut self.out, start);
        }
        // The press writes a given name's initial ㅈ as J, as KCNA does
        // (Kim Jong-un), where McCune–Reischauer has Ch.
        if self.system == System::MrAscii && given[0].l == l::J && self.out[start..].starts_with("Ch") {
            self.out.replace_range(start..start + 2, "J");
        }
    }

    /// A place name: each word capitalized; an administrative unit after a
    /// hyphen, with no assimilation before it; numbers with their reading.
    fn place(&mut self, text: &str) {
        for (k, token) in text.split(' ').enumerate() {
            if k > 0 {
                self.out.push(' ');
            }
            // Split the token into runs of Hangul, digits, and the rest.
            let mut rest = token;
            let mut first_piece = true;
            while !rest.is_empty() {
                let c0 = rest.chars().next().unwrap_or(' ');
                if c0.is_ascii_digit() {
                    let n = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
                    let digits = &rest[..n];
                    if !first_piece {
                        self.out.push(' ');
                    }
                    self.out.push_str(digits);
                    if let Some(reading) = sino_korean_number(digits) {
                        let opts = Options::new(Kind::Text);
                        self.out.push('(');
                        self.out.push_str(&romanize_with(&reading, self.system, &opts));
                        self.out.push(')');
                    }
                    rest = &rest[n..];
                } else if Syllable::of(c0).is_some() {
                    let n = rest
                        .find(|c: char| Syllable::of(c).is_none())
                        .unwrap_or(rest.len());
                    let run: Vec<Syllable> = rest[..n].chars().filter_map(Syllable::of).collect();
                    let after_number = !first_piece && self.out.ends_with(')');
                    // The unit's syllables: one (도 시 군 …), or the whole of
                    // a unit of several (광역시, 특별자치도).
                    let long_unit = long_unit_len(&run);
                    let last = run.last().map(|s| s.to_char());
                    let unit_len = if long_unit > 0 {
                        long_unit
                    } else if last == Some('도') {
                        // A province (道), not an island (島: 능라도, 울릉도);
                        // McCune–Reischauer writes 남도, 북도 as the unit
                        // (P'yŏngan-namdo, Hamgyŏng-pukto).
                        match province_len(&run[..run.len() - 1]) {
                            Some(2) if matches!(self.system, System::Mr | System::MrAscii) => 2,
                            Some(_) => 1,
                            None => 0,
                        }
                    } else if run.len() == 1 && after_number
                        || run.len() >= 2 && last.is_some_and(is_unit_char)
                    {
                        1
                    } else {
                        0
                    };
                    let (body, unit_part) = run.split_at(run.len() - unit_len);
                    let whole: String = run.iter().map(|s| s.to_char()).collect();
                    if let Some(fixed) = self.fixed_spelling(&whole) {
                        self.out.push_str(fixed);
                        rest = &rest[n..];
                        first_piece = false;
                        continue;
                    }
                    self.before_unit = None;
                    if !body.is_empty() {
                        self.syllables.clear();
                        self.syllables.extend_from_slice(body);
                        let start = self.out.len();
                        self.word(WordMode::Speech);
                        capitalize_from(&mut self.out, start);
                        // (A unit of one syllable is voiced as it is heard
                        // after the name: Kangwŏn-do, P'yŏngt'aek-kun.)
                        if unit_len == 1 {
                            self.before_unit = self.sounds.last().copied();
                        }
                    }
                    if !unit_part.is_empty() && (!self.options.omit_units || body.is_empty()) {
                        if !body.is_empty() || after_number {
                            self.out.push('-');
                        }
                        self.syllables.clear();
                        self.syllables.extend_from_slice(unit_part);
                        // A unit goes on the name: DPRK voicing (-do, -dong).
                        self.continuing = true;
                        self.word(WordMode::Speech);
                        self.continuing = false;
                    }
                    rest = &rest[n..];
                } else {
                    let n = rest
                        .find(|c: char| c.is_ascii_digit() || Syllable::of(c).is_some())
                        .unwrap_or(rest.len());
                    self.out.push_str(&rest[..n]);
                    rest = &rest[n..];
                }
                first_piece = false;
            }
        }
    }

    /// Writes `self.syllables` as one word.
    fn word(&mut self, mode: WordMode) {
        match self.system {
            System::Rr => self.rr(mode),
            System::RrTranslit => self.translit(),
            System::Mr | System::MrAscii => self.mr(mode),
            System::Dprk | System::Kcna => self.dprk(mode),
            System::Yale => self.yale(),
        }
    }

    /// McCune–Reischauer from the pronunciation. ㄱ ㄷ ㅂ ㅈ are voiced (g d b
    /// j) between voiced sounds and voiceless (k t p ch) elsewhere and when
    /// tensed; aspirates take an apostrophe; ㄴ before ㄱ is `n'`. MR-ASCII
    /// drops breves and apostrophes.
    fn mr(&mut self, mode: WordMode) {
        // MR pronounces a given name as a word: its voicing crosses the
        // syllables (Chŏng-gŭn), written apart with hyphens.
        self.pronounce(WordMode::Speech, Rules::SPOKEN);
        let ascii = self.system == System::MrAscii;
        let hyphen = mode == WordMode::Name && self.options.hyphenate.unwrap_or(true);
        let mut prev: Option<Sound> = None;
        for &s in &self.sounds {
            // The hyphen stays where the spelling's syllables meet: a
            // consonant carried over to a vowel is written before it
            // (철원 Ch'ŏr-wŏn, 준은 Chun-ŭn, ALA-LC practice).
            let carried = s.spelled == l::NG && s.l != l::NG;
            if prev.is_some() && hyphen && !carried {
                self.out.push('-');
            }
            let before = prev.or(if self.continuing { self.before_unit } else { None });
            let voiced =
                !s.tensed && before.is_some_and(|p| matches!(p.t, t::NONE | t::N | t::L | t::M | t::NG));
            // A stop before its own double is heard once: 색깔 saekkal.
            if prev.is_some_and(|p| matches!((p.t, s.l), (t::G, l::GG) | (t::D, l::DD) | (t::B, l::BB)))
                && !s.tensed
            {
                self.out.pop();
            }
            if prev.is_some_and(|p| p.t == t::N) && matches!(s.l, l::G | l::GG) && !hyphen && !ascii {
                self.out.push('\'');
            }
            let initial = match untensed(s) {
                l::G => {
                    if voiced {
                        "g"
                    } else {
                        "k"
                    }
                }
                l::D => {
                    if voiced {
                        "d"
                    } else {
                        "t"
                    }
                }
                l::B => {
                    if voiced {
                        "b"
                    } else {
                        "p"
                    }
                }
                l::J => {
                    if voiced {
                        "j"
                    } else {
                        "ch"
                    }
                }
                l::JJ => "tch",
                l::K => "k'",
                l::T => "t'",
                l::P => "p'",
                l::CH => "ch'",
                l::S if s.v == v::WI => "sh", // 쉬 shwi; 시 si (ALA-LC)
                l::R if prev.is_some_and(|p| p.t == t::L) => "l",
                other => RR_L[other as usize],
            };
            self.out.push_str(if ascii {
                initial.trim_end_matches('\'')
            } else {
                initial
            });
            if prev.is_some() && hyphen && carried {
                self.out.push('-');
            }
            self.out.push_str(if ascii {
                MR_ASCII_V[s.v as usize]
            } else {
                MR_V[s.v as usize]
            });
            self.out.push_str(rr_final(s.t));
            prev = Some(s);
        }
    }

    /// The DPRK system from the pronunciation (tensification not written):
    /// ㄱ ㄷ ㅂ are k t p at the start of a word and g d b inside it, ㅈ is
    /// always j, aspirates are kh th ph ch. KCNA drops the breves. A given
    /// name's syllables are written apart, the later ones voiced.
    fn dprk(&mut self, mode: WordMode) {
        self.pronounce(
            mode,
            Rules {
                tensify: false,
                noun_h: false,
            },
        );
        let kcna = self.system == System::Kcna;
        let hyphenate = self.options.hyphenate() && !self.continuing;
        let mut prev: Option<Sound> = None;
        for (k, &s) in self.sounds.iter().enumerate() {
            if let Some(p) = prev {
                if mode == WordMode::Name {
                    if kcna {
                        self.out.push(' ');
                    } else {
                        self.out.push('-');
                    }
                } else if hyphenate && p.t == t::N && matches!(s.l, l::G | l::GG) {
                    self.out.push('-');
                }
            }
            let first = k == 0 && !self.continuing;
            let initial = match untensed(s) {
                l::G => {
                    if first {
                        "k"
                    } else {
                        "g"
                    }
                }
                l::D => {
                    if first {
                        "t"
                    } else {
                        "d"
                    }
                }
                l::B => {
                    if first {
                        "p"
                    } else {
                        "b"
                    }
                }
                l::J => "j",
                l::JJ => "jj",
                l::K => "kh",
                l::T => "th",
                l::P => "ph",
                l::CH => "ch",
                l::R if prev.is_some_and(|p| p.t == t::L) && mode == WordMode::Speech => "l",
                // ㄹ after a nasal stays r (압록강 Amrokgang, 은률 Ŭnryul).
                l::N if s.spelled == l::R && prev.is_some_and(|p| matches!(p.t, t::M | t::NG)) => "r",
                other => RR_L[other as usize],
            };
            let start = self.out.len();
            self.out.push_str(initial);
            self.out.push_str(if kcna {
                MR_ASCII_V[s.v as usize]
            } else {
                MR_V[s.v as usize]
            });
            self.out.push_str(rr_final(s.t));
            if kcna && mode == WordMode::Name {
                capitalize_from(&mut self.out, start);
            }
            prev = Some(s);
        }
    }

    /// Yale, letter by letter from the spelling; `.` where two syllables'
    /// letters could be split otherwise (`sayk.kkal`).
    fn yale(&mut self) {
        let mut prev: Option<Syllable> = None;
        for &s in &self.syllables {
            if let Some(p) = prev {
                if p.t != t::NONE && s.l != l::NG && yale_ambiguous(p.t, s.l) {
                    self.out.push('.');
                }
            }
            self.out.push_str(YALE_L[s.l as usize]);
            let labial = matches!(s.l, l::M | l::B | l::BB | l::P);
            self.out.push_str(if labial && s.v == v::U {
                "u"
            } else {
                YALE_V[s.v as usize]
            });
            self.out.push_str(YALE_T[s.t as usize]);
            prev = Some(s);
        }
    }

    /// The pronunciation of `self.syllables` into `self.sounds`: as a word by
    /// `rules`, or, for a given name, each syllable on its own (no
    /// assimilation across them: RR ch. 3 art. 4 (1), KCNA practice).
    fn pronounce(&mut self, mode: WordMode, rules: Rules) {
        self.sounds.clear();
        match mode {
            WordMode::Speech => pron::word(&self.syllables, rules, &mut self.sounds),
            WordMode::Name => {
                for s in &self.syllables {
                    pron::word(std::slice::from_ref(s), Rules::SPOKEN, &mut self.sounds);
                }
            }
        }
    }

    fn rr(&mut self, mode: WordMode) {
        self.pronounce(mode, fast::RR_RULES);
        let hyphenate = self.options.hyphenate() && !self.continuing;
        let mut prev: Option<Sound> = None;
        for &s in &self.sounds {
            if let Some(p) = prev {
                if hyphenate && (mode == WordMode::Name || rr_ambiguous(p, s)) {
                    self.out.push('-');
                }
            }
            let initial = if s.l == l::R && prev.is_some_and(|p| p.t == t::L) {
                19 // ㄹㄹ is ll (ch. 2 art. 2 붙임 2)
            } else {
                usize::from(untensed(s))
            };
            let index = (initial * 21 + usize::from(s.v)) * 8 + final_sound_index(s.t);
            fast::push_syllable(index, &mut self.out);
            prev = Some(s);
        }
    }

    fn translit(&mut self) {
        let mut prev: Option<Syllable> = None;
        for &s in &self.syllables {
            if let Some(p) = prev {
                if s.l == l::NG || (p.t != t::NONE && translit_ambiguous(p.t, s.l)) {
                    self.out.push('-');
                }
            }
            self.out.push_str(translit_initial(s.l));
            self.out.push_str(RR_V[s.v as usize]);
            self.out.push_str(TRANSLIT_T[s.t as usize]);
            prev = Some(s);
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WordMode {
    /// Pronounced as a whole word.
    Speech,
    /// Each syllable on its own (given names).
    Name,
}

/// The plain consonant for an initial that a rule made tense.
fn untensed(s: Sound) -> u8 {
    if s.tensed {
        l::plain(s.l)
    } else {
        s.l
    }
}

/// Whether RR letters of two syllables could be read with another boundary
/// (ch. 3 art. 2): `ng` before a vowel (Jung-ang), `n` before `g` (Ban-gudae),
/// and two vowel letters that form another vowel (Se-un, Hae-undae).
fn rr_ambiguous(p: Sound, s: Sound) -> bool {
    let starts_with_vowel = s.l == l::NG;
    match p.t {
        t::NG => starts_with_vowel,
        t::N => s.l == l::G || s.l == l::GG,
        t::NONE if starts_with_vowel => {
            let last = RR_V[p.v as usize].chars().last().unwrap_or(' ');
            let first = RR_V[s.v as usize].chars().next().unwrap_or(' ');
            matches!(
                (last, first),
                ('a', 'e') | ('e', 'o') | ('e', 'u') | ('o', 'e') | ('u', 'i')
            )
        }
        _ => false,
    }
}

/// The index of a final sound in the RR syllable table (none, k, n, t, l, m, p, ng).
#[inline]
const fn final_sound_index(final_: u8) -> usize {
    match final_ {
        t::G => 1,
        t::N => 2,
        t::D => 3,
        t::L => 4,
        t::M => 5,
        t::B => 6,
        t::NG => 7,
        _ => 0,
    }
}

/// Upper-cases the first letter written at or after byte `start`.
fn capitalize_from(out: &mut String, start: usize) {
    if let Some((i, c)) = out[start..].char_indices().find(|&(_, c)| c.is_alphabetic()) {
        let upper: String = c.to_uppercase().collect();
        out.replace_range(start + i..start + i + c.len_utf8(), &upper);
    }
}

/// Reads the RR transliteration ([`System::RrTranslit`]) back into Hangul:
/// every run of Latin letters and hyphens becomes syllables; everything else
/// is kept. `None` if a run is not a transliteration.
///
/// ```
/// use kcanon::romanize::{from_rr_translit, romanize, System};
/// assert_eq!(from_rr_translit("eobs-eoss-seubnida").as_deref(), Some("없었습니다"));
/// let t = romanize("붓꽃과 물엿", System::RrTranslit);
/// assert_eq!(from_rr_translit(&t).as_deref(), Some("붓꽃과 물엿"));
/// ```
pub fn from_rr_translit(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        let is_word = |c: char| c.is_ascii_lowercase() || c == '-';
        let n = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        if n > 0 {
            for (k, segment) in rest[..n].split('-').enumerate() {
                let mut syllables = Vec::new();
                if !parse_translit(segment, k > 0, None, &mut syllables) {
                    return None;
                }
                out.extend(syllables.iter().map(|s| s.to_char()));
            }
            rest = &rest[n..];
        } else {
            let m = rest.find(is_word).unwrap_or(rest.len());
            out.push_str(&rest[..m]);
            rest = &rest[m..];
        }
    }
    Some(out)
}

/// Parses one hyphen-free segment into syllables, by backtracking. Inside a
/// segment a syllable never starts with a vowel, nor where the writer would
/// have put a hyphen.
fn parse_translit(s: &str, after_hyphen: bool, prev: Option<Syllable>, out: &mut Vec<Syllable>) -> bool {
    if s.is_empty() {
        return prev.is_some() || after_hyphen || out.is_empty();
    }
    for initial in 0..19u8 {
        let i_str = translit_initial(initial);
        let Some(after_i) = s.strip_prefix(i_str) else {
            continue;
        };
        if let Some(p) = prev {
            if initial == l::NG || (p.t != t::NONE && translit_ambiguous(p.t, initial)) {
                continue;
            }
        }
        for vowel in 0..21u8 {
            let Some(after_v) = after_i.strip_prefix(RR_V[vowel as usize]) else {
                continue;
            };
            for final_ in 0..28u8 {
                let Some(after_f) = after_v.strip_prefix(TRANSLIT_T[final_ as usize]) else {
                    continue;
                };
                let s = Syllable {
                    l: initial,
                    v: vowel,
                    t: final_,
                };
                out.push(s);
                if parse_translit(after_f, false, Some(s), out) {
                    return true;
                }
                out.pop();
            }
        }
    }
    false
}
