//! Standard pronunciation (표준 발음법, ROK National Institute of Korean
//! Language, 1988): the sound rules every romanization writer starts from.
//!
//! A *word* is a run of precomposed syllables; nothing crosses its edges
//! (spaces, punctuation, digits, Latin), so `억US$에` keeps `억` and `에` apart.
//! Within a word, each pair of neighbouring syllables goes through the rules
//! in the order the norm implies: ㄴ insertion (29항, from a word list),
//! palatalization (17항), ㅎ rules and aspiration (12항), liaison (13–15항),
//! neutralization of finals (9–11항), tensification (23항, 25항), nasal
//! assimilation (18–19항) and lateralization (20항).

use crate::hangul::{l, t, v, Syllable};
use crate::tables::PronRule;

/// One syllable as pronounced: the initial after assimilation, the spelled
/// vowel, and the final reduced to one of the seven final sounds (or none).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sound {
    pub(crate) l: u8,
    pub(crate) v: u8,
    pub(crate) t: u8,
    /// The initial was made tense by rule (압구정 [압꾸정]); writers that do
    /// not write tensification use the plain consonant.
    pub(crate) tensed: bool,
    /// The initial as spelled, before any rule (the DPRK system writes the
    /// ㄹ of 압록강 [암녹깡] as r: Amrokgang).
    pub(crate) spelled: u8,
}

impl Sound {
    /// A syllable as spelled, before any rule.
    #[inline]
    pub(crate) const fn spelled(s: Syllable) -> Sound {
        Sound {
            l: s.l,
            v: s.v,
            t: s.t,
            tensed: false,
            spelled: s.l,
        }
    }
}

/// Which rules apply.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Rules {
    /// Tensification after obstruents (23항, 25항). RR does not write it.
    pub(crate) tensify: bool,
    /// ㄱ ㄷ ㅂ ㅈ + ㅎ aspirate only before verb and adjective suffixes
    /// (잡혀 japyeo, 좋고 joko) and are kept apart in nouns (묵호 Mukho),
    /// as RR ch. 3 art. 1.4 writes them.
    pub(crate) noun_h: bool,
}

impl Rules {
    /// Everything, as spoken.
    pub(crate) const SPOKEN: Rules = Rules {
        tensify: true,
        noun_h: false,
    };
}

/// Whether ㄴ is inserted before `word[i + 1]` (29항): only in the compounds
/// of `tables/pron_words.tsv`, since 목요일 [모교일] and 한약 [하냑] show
/// that the shape alone does not tell.
fn n_insertion<W: Run + ?Sized>(word: &W, i: usize) -> bool {
    crate::tables::pron_word(word, i + 1, PronRule::NInsertion)
}

/// Whether the syllable after ㄱ ㄷ ㅂ ㅈ is a verb or adjective suffix that
/// takes aspiration in RR (잡혀, 굳히다, 착하다), rather than a noun.
pub(crate) const fn verbal_h(next: Syllable) -> bool {
    next.l == l::H
        && match next.v {
            v::I => true,                                      // 히 힌 힐 힘: -히- passive/causative
            v::YEO => matches!(next.t, t::NONE | t::SS),       // 혀 혔
            v::A | v::AE => matches!(next.t, t::NONE | t::SS), // 하 해 했: -하다
            _ => false,
        }
}

/// The consonant a letter's name carries over to a vowel after it (16항),
/// when `word[i - 1..=i]` is the name of ㄷ ㅈ ㅊ ㅋ ㅌ ㅍ or ㅎ.
fn letter_name_liaison<W: Run + ?Sized>(word: &W, i: usize) -> Option<u8> {
    let second = word.syllable(i)?;
    if second.v != v::EU {
        return None; // not 귿 읒 읓 읔 읕 읖 읗: the common case, decided at once
    }
    let first = word.syllable(i.checked_sub(1)?)?.to_char();
    match (first, second.to_char()) {
        ('디', '귿') | ('지', '읒') | ('치', '읓') | ('티', '읕') | ('히', '읗') => Some(l::S),
        ('키', '읔') => Some(l::G),
        ('피', '읖') => Some(l::B),
        _ => None,
    }
}

/// The part of a final that stays, and the consonant that moves to a vowel
/// after it (liaison), as an initial.
fn split_final(final_: u8) -> (u8, u8) {
    match final_ {
        t::G => (t::NONE, l::G),
        t::GG => (t::NONE, l::GG),
        t::GS => (t::G, l::SS),
        t::N => (t::NONE, l::N),
        t::NJ => (t::N, l::J),
        t::D => (t::NONE, l::D),
        t::L => (t::NONE, l::R),
        t::LG => (t::L, l::G),
        t::LM => (t::L, l::M),
        t::LB => (t::L, l::B),
        t::LS => (t::L, l::SS),
        t::LT => (t::L, l::T),
        t::LP => (t::L, l::P),
        t::M => (t::NONE, l::M),
        t::B => (t::NONE, l::B),
        t::BS => (t::B, l::SS),
        t::S => (t::NONE, l::S),
        t::SS => (t::NONE, l::SS),
        t::J => (t::NONE, l::J),
        t::CH => (t::NONE, l::CH),
        t::K => (t::NONE, l::K),
        t::T => (t::NONE, l::T),
        t::P => (t::NONE, l::P),
        // ㅎ ㄶ ㅀ lose ㅎ before a vowel (12항 4); ㅇ never moves.
        other => (other, l::NG),
    }
}

/// A final before a consonant or at the end: one of the seven sounds.
pub(crate) fn neutralize(final_: u8, next_l: Option<u8>) -> u8 {
    match final_ {
        t::G | t::GG | t::K | t::GS => t::G,
        t::LG => {
            if next_l == Some(l::G) {
                t::L // 맑게 [말께] (11항 다만)
            } else {
                t::G
            }
        }
        t::N | t::NJ | t::NH => t::N,
        t::D | t::S | t::SS | t::J | t::CH | t::T | t::H => t::D,
        t::L | t::LB | t::LS | t::LT | t::LH => t::L,
        t::LM | t::M => t::M,
        t::B | t::P | t::LP | t::BS => t::B,
        t::NG => t::NG,
        _ => t::NONE,
    }
}

/// Whether ㄴ + ㄹ stays ㄴ + ㄴ (20항 다만: 의견란 [의견난], 생산량, 동원령,
/// 신문로): a Sino-Korean suffix after a word of two or more syllables.
fn nn_not_ll<W: Run + ?Sized>(word: &W, i: usize, listed: bool) -> bool {
    if listed && crate::tables::pron_word(word, i + 1, PronRule::NotLateral) {
        return true;
    }
    if i == 0 || listed && crate::tables::pron_word(word, i + 1, PronRule::Lateral) {
        return false;
    }
    let Some(s) = word.syllable(i + 1) else {
        return false;
    };
    s.l == l::R
        && matches!(
            (s.v, s.t),
            (v::A, t::N)          // 란
                | (v::YA, t::NG)  // 량
                | (v::YEO, t::G)  // 력
                | (v::YEO, t::NG) // 령
                | (v::YE, t::NONE) // 례
                | (v::O, t::NONE) // 로
                | (v::O, t::N)    // 론
                | (v::YO, t::NONE) // 료
                | (v::YU, t::NONE) // 류
        )
}

/// Read access to a run of syllables (a word), wherever it is stored.
pub(crate) trait Run {
    /// The syllable at `k`, or `None` past the end of the run.
    fn syllable(&self, k: usize) -> Option<Syllable>;
}

impl Run for [Syllable] {
    #[inline]
    fn syllable(&self, k: usize) -> Option<Syllable> {
        self.get(k).copied()
    }
}

/// A run of precomposed syllables read in place from UTF-8 (three bytes
/// each); it ends at the first byte that does not begin a syllable.
pub(crate) struct Utf8Run<'a>(pub(crate) &'a [u8]);

impl Run for Utf8Run<'_> {
    #[inline]
    fn syllable(&self, k: usize) -> Option<Syllable> {
        Syllable::from_utf8(self.0.get(3 * k..)?)
    }
}

/// The pronunciation of one word (a run of syllables), appended to `out`.
pub(crate) fn word(syllables: &[Syllable], rules: Rules, out: &mut Vec<Sound>) {
    let first = out.len();
    out.extend(syllables.iter().map(|&s| Sound::spelled(s)));
    let w = &mut out[first..];
    // Most words have no final before their last syllable: nothing to apply.
    if w.len() > 1 && w[..w.len() - 1].iter().all(|s| s.t == t::NONE) {
        if let Some(last) = w.last_mut() {
            last.t = neutralize(last.t, None);
        }
        return;
    }
    for i in 0..w.len().saturating_sub(1) {
        if w[i].t == t::NONE {
            continue; // every rule here starts from a final consonant
        }
        let (at, bl, tensed) = boundary(syllables, i, w[i], syllables[i + 1], rules);
        w[i].t = at;
        w[i + 1].l = bl;
        w[i + 1].tensed = tensed;
    }
    if let Some(last) = w.last_mut() {
        last.t = neutralize(last.t, None);
    }
}

/// The sounds on either side of the boundary between `word[i]` and
/// `word[i + 1]`, where `a` is `word[i]` as pronounced so far (its initial
/// may have changed) and `b` is `word[i + 1]` as spelled: `a`'s final sound,
/// `b`'s initial, and whether that initial was made tense.
pub(crate) fn boundary<W: Run + ?Sized>(
    word: &W,
    i: usize,
    a: Sound,
    b: Syllable,
    rules: Rules,
) -> (u8, u8, bool) {
    let syllables = word;
    let (mut at, mut bl, mut tensed) = (a.t, b.l, false);
    // Whether the word lists could know this pair (nearly never).
    let spelled = Syllable {
        l: a.spelled,
        v: a.v,
        t: a.t,
    };
    let listed = crate::tables::pron_pair_listed(spelled.index(), b.index());

    // ㄴ insertion (29항): 학여울 [항녀울], 알약 [알략].
    if listed && at != t::NONE && bl == l::NG && n_insertion(syllables, i) {
        bl = l::N;
    }
    // The names of the letters ㄷ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ carry over a sound of
    // their own (16항): 디귿이 [디그시], 키읔이 [키으기], 피읖이 [피으비].
    if bl == l::NG {
        if let Some(moved) = letter_name_liaison(syllables, i) {
            (at, bl) = (t::NONE, moved);
        }
    }
    // Palatalization (17항): 같이 [가치], 해돋이 [해도지], 굳히다 [구치다];
    // not where 이 begins a word of its own (곧이어 [고디어]).
    if b.v == v::I
        && (bl == l::NG || bl == l::H)
        && !(listed && crate::tables::pron_word(syllables, i + 1, PronRule::NoPalatalization))
    {
        match (at, bl) {
            (t::D, l::NG) => (at, bl) = (t::NONE, l::J),
            (t::T, l::NG) | (t::D, l::H) => (at, bl) = (t::NONE, l::CH),
            (t::LT, l::NG) => (at, bl) = (t::L, l::CH),
            _ => {}
        }
    }
    // ㅎ finals (12항): 좋고 [조코], 놓는 [논는], 좋아 [조아], 닿소 [다쏘].
    if matches!(at, t::H | t::NH | t::LH) {
        let rest = match at {
            t::NH => t::N,
            t::LH => t::L,
            _ => t::NONE,
        };
        match bl {
            l::G => (at, bl) = (rest, l::K),
            l::D => (at, bl) = (rest, l::T),
            l::J => (at, bl) = (rest, l::CH),
            l::S => (at, bl, tensed) = (rest, l::SS, false),
            l::N if at == t::H => at = t::N,
            l::N | l::NG => at = rest,
            _ => {}
        }
    }
    // Aspiration after ㄱ ㄷ ㅂ ㅈ (12항 1 붙임): 잡혀 [자펴], 맏형 [마텽].
    if bl == l::H && (!rules.noun_h || verbal_h(Syllable { l: bl, ..b })) {
        let aspirated = match at {
            t::G | t::GG | t::K | t::GS => Some((t::NONE, l::K)),
            t::LG => Some((t::L, l::K)),
            t::D | t::S | t::SS | t::T => Some((t::NONE, l::T)),
            // ㅈ ㅊ + the suffix -히- is ㅊ (맞히다 [마치다]); elsewhere they
            // are [ㄷ] first, so ㅌ (빛하고 [비타고], 12항 1 붙임 2).
            t::J | t::CH if b.v == v::I || b.v == v::YEO => Some((t::NONE, l::CH)),
            t::J | t::CH => Some((t::NONE, l::T)),
            t::NJ => Some((t::N, l::CH)),
            t::B | t::P | t::BS => Some((t::NONE, l::P)),
            t::LB => Some((t::L, l::P)),
            _ => None,
        };
        if let Some((rest, asp)) = aspirated {
            (at, bl) = (rest, asp);
        }
    }
    // Liaison (13–14항): 옷이 [오시], 읽어 [일거], 값이 [갑씨] (the ㅅ of
    // ㄳ ㄽ ㅄ is tensed by the consonant that stays).
    if bl == l::NG && at != t::NONE && at != t::NG {
        let (stay, moved) = split_final(at);
        if moved != l::NG {
            tensed = moved == l::SS && matches!(at, t::GS | t::LS | t::BS);
            (at, bl) = (stay, moved);
        }
    }
    // Neutralization of the final before a consonant (9–11항); the stem
    // 밟- is [밥] (10항 다만: 밟다 [밥따], 밟는 [밤는]).
    let original = at;
    at = if at == t::LB && a.l == l::B && a.v == v::A {
        t::B
    } else {
        neutralize(at, Some(bl))
    };
    // Tensification (23항 after ㄱ ㄷ ㅂ; 25항 after the stems ㄼ ㄾ).
    let obstruent = matches!(neutralize(original, None), t::G | t::D | t::B);
    // 24항–25항: the clusters ㄵ ㄻ ㄼ ㄾ end only verb and adjective
    // stems, whose endings are tense (앉고 [안꼬], 젊지 [점찌], 넓게 [널께]).
    let stem = matches!(original, t::NJ | t::LM | t::LB | t::LT);
    if rules.tensify && (obstruent || stem) {
        if let Some(t2) = l::tense(bl) {
            (bl, tensed) = (t2, true);
        }
    }
    // Nasal assimilation (18–19항): 백마 [뱅마], 종로 [종노], 독립 [동닙].
    if bl == l::R && matches!(at, t::M | t::NG | t::G | t::D | t::B) {
        bl = l::N;
    }
    if matches!(bl, l::N | l::M) {
        at = match at {
            t::G => t::NG,
            t::D => t::N,
            t::B => t::M,
            other => other,
        };
    }
    // Lateralization (20항): 신라 [실라], 별내 [별래]; 생산량 [생산냥].
    if at == t::N && bl == l::R {
        if nn_not_ll(syllables, i, listed) {
            bl = l::N;
        } else {
            at = t::L;
        }
    } else if at == t::L && bl == l::N {
        bl = l::R;
    }
    (at, bl, tensed)
}

/// The pronunciation of `text` in Hangul (표준 발음법), as `canon pron`
/// prints it: each run of syllables pronounced, everything else kept.
///
/// ```
/// assert_eq!(kcanon::pronounce("신라 종로 같이 좋고"), "실라 종노 가치 조코");
/// assert_eq!(kcanon::pronounce("압구정에서 밥을 먹는다"), "압꾸정에서 바블 멍는다");
/// ```
pub fn pronounce(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut syllables = Vec::new();
    let mut sounds = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let hangul_len = rest
            .char_indices()
            .find(|&(_, c)| Syllable::of(c).is_none())
            .map_or(rest.len(), |(i, _)| i);
        if hangul_len > 0 {
            syllables.clear();
            syllables.extend(rest[..hangul_len].chars().filter_map(Syllable::of));
            sounds.clear();
            word(&syllables, Rules::SPOKEN, &mut sounds);
            for s in &sounds {
                out.push(spoken_syllable(*s).to_char());
            }
            rest = &rest[hangul_len..];
        } else {
            let other_len = rest
                .char_indices()
                .find(|&(_, c)| Syllable::of(c).is_some())
                .map_or(rest.len(), |(i, _)| i);
            out.push_str(&rest[..other_len]);
            rest = &rest[other_len..];
        }
    }
    out
}

/// A pronounced syllable as written in Hangul, with the vowel as spoken
/// (5항: ㅢ after a consonant is [ㅣ]; 져 쪄 쳐 are [저 쩌 처]).
fn spoken_syllable(s: Sound) -> Syllable {
    let mut v = s.v;
    if v == v::UI && s.l != l::NG {
        v = v::I;
    }
    if v == v::YEO && matches!(s.l, l::J | l::JJ | l::CH) {
        v = v::EO;
    }
    Syllable { l: s.l, v, t: s.t }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> String {
        pronounce(s)
    }

    #[test]
    fn the_norms_examples() {
        for (word, spoken) in [
            ("신라", "실라"),
            ("종로", "종노"),
            ("백마", "뱅마"),
            ("신문로", "신문노"),
            ("왕십리", "왕심니"),
            ("별내", "별래"),
            ("독립", "동닙"),
            ("같이", "가치"),
            ("해돋이", "해도지"),
            ("굳히다", "구치다"),
            ("좋고", "조코"),
            ("놓다", "노타"),
            ("잡혀", "자펴"),
            ("낳지", "나치"),
            ("놓는", "논는"),
            ("좋아", "조아"),
            ("읽어", "일거"),
            ("값이", "갑씨"),
            ("밖에", "바께"),
            ("압구정", "압꾸정"),
            ("국밥", "국빱"),
            ("대관령", "대괄령"),
            ("생산량", "생산냥"),
            ("학여울", "항녀울"),
            ("알약", "알략"),
            ("맑게", "말께"),
            ("희망", "히망"),
            ("가져", "가저"),
            ("앉고", "안꼬"),
            ("젊지", "점찌"),
            ("넓게", "널께"),
            ("밟는", "밤는"),
            ("빛하고", "비타고"),
            ("맞히다", "마치다"),
            ("디귿이", "디그시"),
            ("키읔을", "키으글"),
            ("피읖에", "피으베"),
            ("히읗이", "히으시"),
        ] {
            assert_eq!(p(word), spoken, "{word}");
        }
    }

    #[test]
    fn word_boundaries_stop_the_rules() {
        assert_eq!(p("억US$에"), "억US$에");
        assert_eq!(p("밥 이"), "밥 이");
        assert_eq!(p("국.밥"), "국.밥");
        assert_eq!(p("2019년은"), "2019녀는");
    }
}

#[cfg(test)]
mod table_tests {
    use crate::hangul::l;

    /// Every row of `tables/pron_words.tsv` comes out as its `spoken` column.
    #[test]
    fn pron_words_rows_are_pronounced_as_listed() {
        let text = include_str!("../tables/pron_words.tsv");
        // The 20항 다만 examples also carry lexical tensification (공권력
        // [공꿘녁], 26항), which the rules do not apply: for them, compare the
        // sounds with tense and plain initials taken as one.
        let plain = |s: &str| -> String {
            s.chars()
                .map(|c| match crate::hangul::Syllable::of(c) {
                    Some(mut syl) => {
                        syl.l = l::plain(syl.l);
                        syl.to_char()
                    }
                    None => c,
                })
                .collect()
        };
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let got = super::pronounce(f[0]);
            if f[1] == "not-lateral" {
                assert_eq!(plain(&got), plain(f[3]), "{}", f[0]);
            } else {
                assert_eq!(got, f[3], "{}", f[0]);
            }
        }
    }
}
