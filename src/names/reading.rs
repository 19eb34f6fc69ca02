//! Reading a romanized name back into Hangul: tokens, surname and given
//! name, and a lattice of syllables scored by how each system spells them
//! and how often Korean names use them.
//!
//! Every reading carries its cost under each system at once (a vector), so
//! the lattice is walked once; the systems are weighed together at the end
//! (a name is written in one system, but which one is only likely).

use std::borrow::Cow;
use std::sync::LazyLock;

use super::letters::{system, unswap_wh, yale_marked, Part, FOREIGN, NO_FINAL, SILENT, UNITS};
use super::lowercase;
use crate::hangul::{l, Syllable};
use crate::tables::{bit, given_name_syllable, surname, surnames, Fnv, KSX1001, NAME_HANJA};

/// The surname maps built at run time (short keys: FNV, not SipHash).
type HashMap<K, V> = std::collections::HashMap<K, V, Fnv>;

/// Costs under each system.
type Costs = [f32; system::COUNT];

/// Readings kept at each step of the lattice.
const BEAM: usize = 8;

/// The longest given name read, in syllables.
const MAX_SYLLABLES: usize = 6;

/// A reading: the name in Hangul, surname first, and its cost (a negative
/// log-likelihood: lower is likelier).
#[derive(Clone, Debug)]
pub(super) struct Reading {
    pub(super) hangul: String,
    pub(super) cost: f32,
}

/// A name as written, cut into its parts, in a few buffers.
#[derive(Debug, Default)]
struct Written {
    /// The letters of every piece (syllable groups cut by hyphens), encoded
    /// as [`super::letters::encode`] does, back to back.
    letters: Vec<u8>,
    /// Each piece's range in `letters`.
    pieces: Vec<(usize, usize)>,
    /// Each token's (word's) range in `pieces`.
    tokens: Vec<(usize, usize)>,
    /// Each token as written, in lower case with its breves, back to back:
    /// what the surname table is looked up with.
    text: String,
    /// Each token's range in `text`.
    words: Vec<(usize, usize)>,
    /// Tokens before the comma of `SURNAME, Given`, if any.
    comma: Option<usize>,
}

impl Written {
    /// The pieces of tokens `range`.
    fn pieces(&self, range: std::ops::Range<usize>) -> Pieces<'_> {
        let (from, to) = (self.tokens[range.start].0, self.tokens[range.end - 1].1);
        Pieces {
            letters: &self.letters,
            ranges: &self.pieces[from..to],
        }
    }

    /// Tokens `range` as written, joined.
    fn word(&self, range: std::ops::Range<usize>) -> &str {
        &self.text[self.words[range.start].0..self.words[range.end - 1].1]
    }
}

/// Some pieces of a [`Written`] name (without copying them out).
#[derive(Clone, Copy)]
struct Pieces<'a> {
    letters: &'a [u8],
    ranges: &'a [(usize, usize)],
}

impl<'a> Pieces<'a> {
    fn len(&self) -> usize {
        self.ranges.len()
    }

    fn iter(&self) -> impl Iterator<Item = &'a [u8]> + 'a {
        let letters = self.letters;
        self.ranges.iter().map(move |&(a, b)| &letters[a..b])
    }
}

/// Cuts a Latin name into tokens and pieces, into `w`. An apostrophe after
/// o or u is the breve that a keyboard lacked (OFAC's `CHO'N` for Chŏn);
/// after k, t, p or ch it is McCune–Reischauer's aspiration; after y or w
/// it is a breve out of place, dropped; elsewhere it separates.
fn cut(name: &str, w: &mut Written) {
    /// Ends the piece that started at `start`, if it has letters.
    fn end_piece(w: &mut Written, start: &mut usize) {
        if w.letters.len() > *start {
            w.pieces.push((*start, w.letters.len()));
        }
        *start = w.letters.len();
    }
    /// Takes one character (lower case) of a token into `w`.
    fn take(c: char, w: &mut Written, piece_start: &mut usize) {
        match c {
            '\'' => {
                let piece = &w.letters[*piece_start..];
                match piece.last() {
                    Some(&b) if b == b'o' || b == b'u' => {
                        let breve = if b == b'o' { b'O' } else { b'U' };
                        *w.letters.last_mut().unwrap_or(&mut 0) = breve;
                        w.text.pop();
                        w.text.push(if b == b'o' { 'ŏ' } else { 'ŭ' });
                    }
                    Some(b'k' | b't' | b'p') if !piece.ends_with(b"tt") => w.letters.push(b'\''),
                    Some(b'h') if piece.ends_with(b"ch") => w.letters.push(b'\''),
                    // After a glide, a breve typed a letter early (MY'ONG
                    // for MYO'NG): no system separates syllables there.
                    Some(b'y' | b'w') => {}
                    _ => end_piece(w, piece_start),
                }
            }
            '-' | '.' | '_' => end_piece(w, piece_start),
            c if c.is_alphabetic() => {
                // (A diacritic no system writes: its base letter.)
                let c = match c {
                    'ŏ' | 'ŭ' => c,
                    c if c.is_ascii() => c,
                    c => super::letters::base_letter(c).map_or(c, char::from),
                };
                match c {
                    'ŏ' => w.letters.push(b'O'),
                    'ŭ' => w.letters.push(b'U'),
                    c if c.is_ascii_alphabetic() => w.letters.push(c as u8),
                    _ => {}
                }
                w.text.push(c);
            }
            _ => {}
        }
    }

    w.letters.clear();
    w.pieces.clear();
    w.tokens.clear();
    w.text.clear();
    w.words.clear();
    w.comma = None;
    for (k, part) in name.split(',').enumerate() {
        if k == 1 {
            w.comma = Some(w.tokens.len());
        }
        for token in part.split_whitespace() {
            let letters_start = w.letters.len();
            let (first_piece, word_start) = (w.pieces.len(), w.text.len());
            let mut piece_start = w.letters.len();
            for ch in token.chars() {
                if ch.is_ascii_alphabetic() {
                    // The common case: a letter, in lower case.
                    let b = ch.to_ascii_lowercase() as u8;
                    w.letters.push(b);
                    w.text.push(char::from(b));
                } else if ch.is_ascii() {
                    take(ch, w, &mut piece_start);
                } else {
                    for c in ch.to_lowercase() {
                        take(c, w, &mut piece_start);
                    }
                }
            }
            end_piece(w, &mut piece_start);
            unswap_wh(&mut w.letters[letters_start..]);
            if w.pieces.len() > first_piece {
                w.tokens.push((first_piece, w.pieces.len()));
                w.words.push((word_start, w.text.len()));
            } else {
                w.text.truncate(word_start);
            }
        }
    }
    // Words before a comma that are no surname are the name itself, and
    // what follows describes it (Kim Jong Un, Chairman).
    if let Some(c) = w.comma.filter(|&c| c >= 2 && c < w.tokens.len()) {
        if super::key::surnames_spelled(&without_breves(w.word(0..c))).is_none() {
            let first_piece = w.tokens[c].0;
            w.letters.truncate(w.pieces[first_piece].0);
            w.pieces.truncate(first_piece);
            w.tokens.truncate(c);
            w.text.truncate(w.words[c].0);
            w.words.truncate(c);
            w.comma = None;
        }
    }
}

/// A syllable read at some place: where it ends, the syllable, the cost of
/// its spelling under each system, its prior cost as a given name's first
/// and later syllable, how its initial is voiced ([`Voicing`]), and its
/// cheapest cost.
type Found = (usize, Syllable, Costs, [f32; 2], Voicing, f32);

/// How a plain stop's spelling is voiced: McCune–Reischauer and the DPRK
/// system write ㄱ ㄷ ㅂ (MR ㅈ too) voiceless, k t p ch, at a name's start
/// and voiced, g d b j, between voiced sounds (김계관 Kim Kye-gwan, 박정천
/// Pak Chŏng-ch'ŏn: ch after a vowel or nasal is ㅊ, its apostrophe lost).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Voicing {
    /// Not a plain stop, or not spelled as one.
    None,
    /// k t p.
    Voiceless,
    /// ch for ㅈ.
    VoicelessCh,
    /// g d b.
    Voiced,
    /// j for ㅈ: the DPRK system's everywhere (Kim Jong Un).
    VoicedJ,
}

/// How much a system's voicing rule is broken: the systems that voice.
const VOICING: f32 = 1.0;
const BROKEN_VOICING: Costs = {
    let mut c = [0.0; system::COUNT];
    c[system::MR] = VOICING;
    c[system::MR_ASCII] = VOICING;
    c[system::DPRK] = VOICING;
    c[system::KCNA] = VOICING;
    c
};
/// ch for ㅈ between voiced sounds: the conventional spellings write ㅈ ch
/// only where MR does, at a name's start (Chung 정, Chang 장), and inside a
/// given name ch is ㅊ (the 21st National Assembly members write a second
/// syllable's ㅈ j 40 times in 40, and its ㅊ ch 8 in 8: Minjung, Minchul),
/// so there it costs them about what another system's spelling costs.
const BROKEN_VOICING_CH: Costs = {
    let mut c = BROKEN_VOICING;
    c[system::CONVENTIONAL] = 3.0;
    c
};
/// ch for ㅈ at a given name's start: MR's (Pak Chŏng-hŭi), and the older
/// conventional spellings' that follow it (Park Chung-hee), but no longer
/// the ROK's own: the 294 members of the 21st National Assembly with an
/// English name write a given name's first ㅈ j 46 times in 46 (Junhyeon,
/// Jongmin) and its ㅊ ch 11 in 11 (Cheolmin, Chandae), though most were
/// born in the 1950s and 60s. A conventional spelling so is e^-3.5 as
/// likely, about one in 33: the older names stay readable where the prior
/// is sure (Chung-hee is 정희, not 청희), and the rest read as written
/// (Cheik 채익, not 재익).
const CH_AT_START: Costs = {
    let mut c = [0.0; system::COUNT];
    c[system::CONVENTIONAL] = 3.5;
    c
};
/// j at a name's start: voiced for MR alone (the press's MR without
/// breves writes the DPRK's j: Kim Jong-un, Kim Yo-jong).
const BROKEN_VOICING_J: Costs = {
    let mut c = [0.0; system::COUNT];
    c[system::MR] = VOICING;
    c
};

/// The cost of `voicing` under each system, at a name's start (`start`) or
/// after a syllable ending in `final_`; None where no rule is broken.
#[inline]
fn voicing_cost(voicing: Voicing, start: bool, final_: u8) -> Option<&'static Costs> {
    match voicing {
        Voicing::None => None,
        Voicing::Voiced if start => Some(&BROKEN_VOICING),
        Voicing::VoicedJ if start => Some(&BROKEN_VOICING_J),
        Voicing::VoicelessCh if start => Some(&CH_AT_START),
        Voicing::Voiceless if !start && voiced(final_) => Some(&BROKEN_VOICING),
        Voicing::VoicelessCh if !start && voiced(final_) => Some(&BROKEN_VOICING_CH),
        _ => None,
    }
}

/// Whether a syllable ending in `final_` ends in a voiced sound (a vowel,
/// a nasal or ㄹ), before which MR and the DPRK system voice a plain stop.
#[inline]
fn voiced(final_: u8) -> bool {
    use crate::hangul::t;
    matches!(final_, t::NONE | t::N | t::L | t::M | t::NG)
}

/// The syllables that `bytes` can start with.
fn syllables_at(bytes: &[u8], out: &mut Vec<Found>) {
    out.clear();
    let units = &*UNITS;
    let priors = &*PRIOR_COSTS;
    let initials = units.starting(Part::Initial, bytes).map(Some).chain([None]);
    for initial in initials {
        let (l, after_l, cost_l) = match initial {
            Some(u) => (u.letter, u.latin.len(), u.cost),
            None => (SILENT, 0, [0.0; system::COUNT]),
        };
        let voicing = match (initial.map(|u| u.latin[0]), l) {
            (Some(b'k' | b't' | b'p'), l::G | l::D | l::B) => Voicing::Voiceless,
            (Some(b'c'), l::J) => Voicing::VoicelessCh,
            (Some(b'g' | b'd' | b'b'), l::G | l::D | l::B) => Voicing::Voiced,
            (Some(b'j'), l::J) => Voicing::VoicedJ,
            _ => Voicing::None,
        };
        for vowel in units.starting(Part::Vowel, &bytes[after_l..]) {
            let after_v = after_l + vowel.latin.len();
            let cost_v = add(&cost_l, &vowel.cost);
            let finals = units
                .starting(Part::Final, &bytes[after_v..])
                .map(Some)
                .chain([None]);
            for final_ in finals {
                let (t, end, cost) = match final_ {
                    Some(u) => (u.letter, after_v + u.latin.len(), add(&cost_v, &u.cost)),
                    None => (NO_FINAL, after_v, cost_v),
                };
                let syllable = Syllable {
                    l,
                    v: vowel.letter,
                    t,
                };
                out.push((
                    end,
                    syllable,
                    cost,
                    priors.get(syllable.index()).copied().unwrap_or([0.0; 2]),
                    voicing,
                    cost.iter().copied().fold(f32::INFINITY, f32::min),
                ));
            }
        }
    }
}

#[inline]
fn add(a: &Costs, b: &Costs) -> Costs {
    std::array::from_fn(|s| a[s] + b[s])
}

/// The cost of a syllable in a given name, by how often names use it in
/// that place (first, or later).
fn prior_cost(s: Syllable, index: usize) -> f32 {
    PRIOR_COSTS
        .get(s.index())
        .map_or(0.0, |c| c[usize::from(index > 0)])
}

/// [`prior_cost`] of every syllable, from `tables/given_name_syllables.tsv`.
/// A syllable it does not list costs as if one name in ten thousand used
/// it if it is the reading of some Hanja for names
/// (`tables/name_hanja_syllables.tsv`, the ROK's 인명용 한자: most given names
/// are Hanja, 율곡's 곡, 창룡's 룡, and a Hanja name can be made of nothing
/// else), five times less if it is only one of the 2,350 syllables of KS X
/// 1001 (뇽, 둑: no Hanja for names reads so; native names such as 이솜 stay
/// possible), and a hundred times less if neither (뮹, 묭: no name has
/// them).
static PRIOR_COSTS: LazyLock<Vec<[f32; 2]>> = LazyLock::new(|| {
    (0..11_172usize)
        .map(|i| {
            let c = char::from_u32(0xAC00 + i as u32).unwrap_or('가');
            let p = given_name_syllable(c).unwrap_or([0.0; 2]);
            let common = bit(&KSX1001, i);
            let floor = if bit(&NAME_HANJA, i) {
                1e-4
            } else if common {
                2e-5
            } else {
                1e-6
            };
            p.map(|p| -(p.max(floor)).ln())
        })
        .collect()
});

/// The cost of a given name of `n` syllables (two is the norm).
fn length_cost(n: usize) -> f32 {
    match n {
        2 => 0.0,
        1 => 1.5,
        3 => 2.5,
        _ => 5.0,
    }
}

/// What the writing of a name tells of its system: given-name syllables
/// as separate words, hyphens, letters only Yale writes.
#[derive(Clone, Copy)]
struct Shape {
    spaced: bool,
    hyphenated: bool,
    yale: bool,
}

/// How likely each system is to have written the given name, from its
/// shape: syllables as separate words are KCNA's way (Kim Jong Un),
/// hyphens McCune–Reischauer's and the ROK's (Kim Tong-myong, Kim
/// Dong-myeong), a joined given name RR's and the ROK passport's
/// (Dongmyeong); Yale only where its letters show (Kim Cengun), and then
/// first. The letters themselves then weigh each system through the
/// spelling costs.
fn system_weights(shape: Shape) -> Costs {
    use system::*;
    let mut weights = [0f32; COUNT];
    let by_shape: [(usize, f32); 6] = if shape.spaced {
        [
            (KCNA, 0.55),
            (DPRK, 0.1),
            (MR_ASCII, 0.1),
            (MR, 0.05),
            (RR, 0.05),
            (CONVENTIONAL, 0.15),
        ]
    } else if shape.hyphenated {
        [
            (KCNA, 0.05),
            (DPRK, 0.1),
            (MR_ASCII, 0.25),
            (MR, 0.2),
            (RR, 0.1),
            (CONVENTIONAL, 0.3),
        ]
    } else {
        [
            (KCNA, 0.05),
            (DPRK, 0.05),
            (MR_ASCII, 0.1),
            (MR, 0.05),
            (RR, 0.3),
            (CONVENTIONAL, 0.45),
        ]
    };
    for (s, weight) in by_shape {
        weights[s] = weight;
    }
    if shape.yale {
        weights[YALE] = 1.0;
    }
    weights
}

/// The beam's weights: −ln of [`system_weights`] for a name of that shape,
/// or of equal weights (`None`), computed once.
fn log_weights(shape: Option<Shape>) -> &'static Costs {
    static LOGS: LazyLock<[Costs; 7]> = LazyLock::new(|| {
        let uniform = [1.0 / system::COUNT as f32; system::COUNT];
        let shape = |spaced, hyphenated, yale| {
            system_weights(Shape {
                spaced,
                hyphenated,
                yale,
            })
        };
        [
            shape(true, false, false),
            shape(false, true, false),
            shape(false, false, false),
            shape(true, false, true),
            shape(false, true, true),
            shape(false, false, true),
            uniform,
        ]
        .map(|w| w.map(|w| -w.max(1e-9).ln()))
    });
    &LOGS[match shape {
        Some(s) => {
            let form = if s.spaced {
                0
            } else if s.hyphenated {
                1
            } else {
                2
            };
            form + 3 * usize::from(s.yale)
        }
        None => 6,
    }]
}

/// What the beam ranks partial readings by: the best system's cost with its
/// weight (a bound on [`combined`], without its exponentials).
#[inline]
fn rank(costs: &Costs, log_weights: &Costs) -> f32 {
    (0..system::COUNT).fold(f32::INFINITY, |best, s| best.min(costs[s] + log_weights[s]))
}

/// The cost of a reading over all systems: −ln Σ weight × e^(−cost).
fn combined(costs: &Costs, weights: &Costs) -> f32 {
    let best = costs.iter().copied().fold(f32::INFINITY, f32::min);
    if best.is_infinite() {
        return best;
    }
    let sum: f32 = (0..system::COUNT)
        .map(|s| weights[s] * (-(costs[s] - best)).exp())
        .sum();
    best - sum.max(1e-30).ln()
}

/// A partial reading of a given name.
#[derive(Clone, Copy)]
struct Partial {
    costs: Costs,
    /// `costs` weighed together: what the beam keeps the best of.
    score: f32,
    syllables: [Syllable; MAX_SYLLABLES],
    len: usize,
}

impl Partial {
    fn syllables(&self) -> &[Syllable] {
        &self.syllables[..self.len]
    }
}

/// How far behind the best a partial reading may fall and stay (e^−8:
/// three thousand times less likely).
const MARGIN: f32 = 8.0;

fn keep_best(list: &mut Vec<Partial>) {
    if list.len() > BEAM {
        list.select_nth_unstable_by(BEAM - 1, |a, b| a.score.total_cmp(&b.score));
        list.truncate(BEAM);
    }
    let best = list.iter().map(|p| p.score).fold(f32::INFINITY, f32::min);
    list.retain(|p| p.score <= best + MARGIN);
}

/// The buffers of [`given_readings`], kept from one name to the next (per
/// thread), so that reading a name allocates only what it returns.
#[derive(Default)]
struct Lattice {
    /// The partial readings ending at each place of a piece.
    at: Vec<Vec<Partial>>,
    /// The readings being extended (a spare of `at`).
    here: Vec<Partial>,
    /// The syllables found at a place, by what follows it.
    found: FoundMemo,
    /// The best score among the partial readings at each place: a reading
    /// further than [`MARGIN`] behind it would be dropped, so it is never
    /// stored.
    best: Vec<f32>,
}

/// [`syllables_at`] remembered by the letters it read (names repeat
/// syllables: Kim, Jong, Un): a direct-mapped cache of [`FoundMemo::SLOTS`]
/// lists, each replaced by the next letters that map to its slot, so that
/// no input costs more than reading the syllables afresh.
#[derive(Default)]
struct FoundMemo {
    slots: Vec<(u128, Vec<Found>)>,
}

impl FoundMemo {
    const SLOTS: usize = 512;

    /// The syllables that `bytes` starts with.
    fn at(&mut self, bytes: &[u8]) -> &[Found] {
        if self.slots.is_empty() {
            self.slots.resize_with(Self::SLOTS, || (0, Vec::new()));
        }
        // They depend on the letters one syllable can span, no further.
        let bytes = &bytes[..bytes.len().min(UNITS.span)];
        // The letters packed with their count (no letter is 0): up to 15,
        // more than any syllable spans.
        let key = match bytes.len() {
            1..=15 => bytes
                .iter()
                .fold(bytes.len() as u128, |key, &b| key << 8 | u128::from(b)),
            _ => 0,
        };
        let hash = ((key as u64) ^ ((key >> 64) as u64)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        let slot = &mut self.slots[(hash >> 55) as usize % Self::SLOTS];
        if key == 0 || slot.0 != key {
            syllables_at(bytes, &mut slot.1);
            slot.0 = key;
        }
        &slot.1
    }
}

/// The best readings of a given name's pieces, each with its costs, into
/// `beams` (cleared first). (`lattice` is scratch.)
fn given_readings(pieces: Pieces<'_>, log_weights: &Costs, lattice: &mut Lattice, beams: &mut Vec<Partial>) {
    let empty = Syllable { l: 0, v: 0, t: 0 };
    beams.clear();
    beams.push(Partial {
        costs: [0.0; system::COUNT],
        score: 0.0,
        syllables: [empty; MAX_SYLLABLES],
        len: 0,
    });
    let Lattice {
        at,
        here,
        found,
        best,
    } = lattice;
    // One list for every place of the longest piece.
    let longest = pieces.iter().map(|p| p.len()).max().unwrap_or(0);
    if at.len() < longest + 1 {
        at.resize_with(longest + 1, Vec::new);
    }
    best.clear();
    best.resize(longest + 1, f32::INFINITY);
    here.clear();
    for piece in pieces.iter() {
        for list in &mut at[..=longest] {
            list.clear();
        }
        best.fill(f32::INFINITY);
        std::mem::swap(&mut at[0], beams);
        for pos in 0..piece.len() {
            if at[pos].is_empty() {
                continue;
            }
            keep_best(&mut at[pos]);
            let found = found.at(&piece[pos..]);
            std::mem::swap(here, &mut at[pos]);
            for p in here.iter() {
                if p.len == MAX_SYLLABLES {
                    continue;
                }
                let last_final = p.len.checked_sub(1).map_or(NO_FINAL, |i| p.syllables[i].t);
                for &(len, syllable, cost, prior, voicing, cheapest) in found.iter() {
                    // A vowel-initial syllable inside a piece: RR would have
                    // put a hyphen where it is ambiguous.
                    let join = if pos > 0 && syllable.l == SILENT { 0.5 } else { 0.0 };
                    let extra = join + prior[usize::from(p.len > 0)];
                    // A bound first, without the vector: the score is at
                    // least the partial reading's plus the syllable's
                    // cheapest spelling.
                    if p.score + cheapest + extra > best[pos + len] + MARGIN {
                        continue;
                    }
                    let mut costs = std::array::from_fn(|s| p.costs[s] + cost[s] + extra);
                    if let Some(broken) = voicing_cost(voicing, p.len == 0, last_final) {
                        costs = std::array::from_fn(|s| costs[s] + broken[s]);
                    }
                    let score = rank(&costs, log_weights);
                    // The best at a place only falls: what is beyond the
                    // margin now stays beyond it (`keep_best` would drop it).
                    let best = &mut best[pos + len];
                    if score > *best + MARGIN {
                        continue;
                    }
                    *best = best.min(score);
                    let mut next = Partial { costs, score, ..*p };
                    next.syllables[p.len] = syllable;
                    next.len += 1;
                    at[pos + len].push(next);
                }
            }
            here.clear();
        }
        beams.clear();
        std::mem::swap(beams, &mut at[piece.len()]);
        keep_best(beams);
        if beams.is_empty() {
            return;
        }
    }
    // The length's cost; `score` stays the beam's bound (callers weigh
    // the systems together where they need it).
    for b in beams.iter_mut() {
        let extra = length_cost(b.len);
        for c in &mut b.costs {
            *c += extra;
        }
    }
}

/// `word` (lower case) without its breves, as the surname table spells
/// (Jŏn → jon).
fn without_breves(word: &str) -> Cow<'_, str> {
    if word.contains(['ŏ', 'ŭ']) {
        Cow::Owned(word.replace('ŏ', "o").replace('ŭ', "u"))
    } else {
        Cow::Borrowed(word)
    }
}

/// What the surname tables say of one Hangul surname.
#[derive(Clone, Copy)]
struct SurnameInfo {
    share: f32,
    /// A DPRK form of a surname the ROK spells otherwise (리 for 이).
    is_dprk: bool,
    /// A ROK form the DPRK spells otherwise (이, whose DPRK form is 리).
    has_dprk: bool,
}

static SURNAME_INFO: LazyLock<HashMap<&'static str, (SurnameInfo, OwnForms)>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, (SurnameInfo, OwnForms)> = HashMap::default();
    let none = || {
        (
            SurnameInfo {
                share: 0.0,
                is_dprk: false,
                has_dprk: false,
            },
            OwnForms::default(),
        )
    };
    for &(hangul, ref forms) in surnames() {
        let (e, _) = map.entry(hangul).or_insert_with(none);
        e.share = e.share.max(forms.share);
        e.has_dprk |= forms.dprk_hangul != hangul;
    }
    for &(hangul, ref forms) in surnames() {
        if forms.dprk_hangul != hangul {
            let (e, _) = map.entry(forms.dprk_hangul).or_insert_with(|| {
                let (mut info, own) = none();
                info.share = forms.share;
                info.is_dprk = true;
                (info, own)
            });
            e.is_dprk |= surname(forms.dprk_hangul).is_none();
            e.share = e.share.max(forms.share);
        }
    }
    // Each surname's own form in each system, in lower case (박: bak, pak,
    // pak, pak, pak, park, pak). A DPRK form (리, 림, 로) is spelled in every
    // system as the DPRK spells it (Ri, Rim, Ro: what each writer makes of
    // the Hangul 리), its ROK surname (이) as the ROK does (I, Yi, Lee), save
    // in the DPRK's own systems, which write the person's name as the DPRK
    // does (Ri).
    let lower = |f: Option<&str>| f.map(lowercase);
    for &(hangul, ref f) in surnames() {
        if f.dprk_hangul != hangul && surname(f.dprk_hangul).is_none() {
            let dprk = lower(f.dprk);
            let own = &mut map.entry(f.dprk_hangul).or_insert_with(none).1;
            if own.0.iter().all(Option::is_none) {
                own.0 = std::array::from_fn(|_| dprk.clone());
                own.0[system::YALE] = Some(yale_form(f.dprk_hangul));
            }
        }
        map.entry(hangul).or_insert_with(none).1 = OwnForms([
            lower(f.rr),
            lower(f.mr),
            lower(f.mr_ascii),
            lower(f.dprk),
            lower(f.dprk),
            lower(f.conventional),
            Some(yale_form(hangul)),
        ]);
    }
    map
});

/// A surname's own form in each system, in lower case ([`SURNAME_INFO`]).
#[derive(Default)]
struct OwnForms([Option<String>; system::COUNT]);

/// A surname in Yale, in lower case.
#[inline(never)]
fn yale_form(hangul: &str) -> String {
    crate::romanize::romanize_with(
        hangul,
        crate::romanize::System::Yale,
        &crate::romanize::Options::new(crate::romanize::Kind::Text),
    )
}

/// A surname's share of the population, a DPRK form (림) having its ROK
/// surname's (임); 0 for a syllable that is no listed surname.
pub(super) fn surname_share(hangul: &str) -> f32 {
    SURNAME_INFO.get(hangul).map_or(0.0, |i| i.0.share)
}

/// The ROK surnames a DPRK form stands for (리 → 이; 로 → 노): a scan of the
/// hundred surnames, for a surname no spelling lists (the surname memo
/// keeps what it finds).
fn rok_of(hangul: &str) -> impl Iterator<Item = &'static str> + '_ {
    surnames()
        .iter()
        .filter(move |(h, forms)| forms.dprk_hangul != *h && forms.dprk_hangul == hangul)
        .map(|(h, _)| *h)
}

/// Readings of one surname, shared by the names that have it.
type SurnameReadings = std::rc::Rc<[(Cow<'static, str>, Costs)]>;

/// [`surname_readings`] remembered by what they are read from (a name list
/// has few surnames: Kim, Lee and Park alone are nearly half of all
/// Koreans, by the 2015 census): a
/// direct-mapped cache of [`SurnameMemo::SLOTS`] entries, each replaced by
/// the next surname that maps to its slot.
#[derive(Default)]
struct SurnameMemo {
    /// Each slot's key (the word, a 0, each piece's letters and a 0xFF)
    /// and readings.
    slots: Vec<(Vec<u8>, Option<SurnameReadings>)>,
    /// The key being looked up.
    key: Vec<u8>,
}

impl SurnameMemo {
    const SLOTS: usize = 128;

    fn get(&mut self, word: &str, pieces: Pieces<'_>, lattice: &mut Lattice) -> SurnameReadings {
        if self.slots.is_empty() {
            self.slots.resize_with(Self::SLOTS, Default::default);
        }
        self.key.clear();
        self.key.extend_from_slice(word.as_bytes());
        self.key.push(0);
        for piece in pieces.iter() {
            self.key.extend_from_slice(piece);
            self.key.push(0xFF);
        }
        let hash = {
            let mut hasher = Fnv::default();
            std::hash::Hasher::write(&mut hasher, &self.key);
            std::hash::Hasher::finish(&hasher)
        };
        let slot = &mut self.slots[(hash >> 57) as usize % Self::SLOTS];
        match &slot.1 {
            Some(readings) if slot.0 == self.key => readings.clone(),
            _ => {
                let readings: SurnameReadings = surname_readings(word, pieces, lattice).into();
                slot.0.clone_from(&self.key);
                slot.1 = Some(readings.clone());
                readings
            }
        }
    }
}

/// The readings of a surname token, with its cost under each system.
fn surname_readings(
    word: &str,
    pieces: Pieces<'_>,
    lattice: &mut Lattice,
) -> Vec<(Cow<'static, str>, Costs)> {
    let mut out: Vec<(Cow<'static, str>, Costs)> = Vec::with_capacity(8);
    let mut add = |hangul: Cow<'static, str>, cost: Costs| {
        let info = SURNAME_INFO
            .get(hangul.as_ref())
            .map(|i| i.0)
            .unwrap_or(SurnameInfo {
                share: 1e-4,
                is_dprk: false,
                has_dprk: false,
            });
        let mut c = cost;
        let rarity = -info.share.ln() * 0.7;
        for (s, c) in c.iter_mut().enumerate() {
            let dprk_system = s == system::DPRK || s == system::KCNA;
            *c += rarity;
            if (dprk_system && info.has_dprk) || (!dprk_system && info.is_dprk) {
                *c += 0.7;
            }
        }
        match out.iter_mut().find(|(h, _)| *h == hangul) {
            Some((_, old)) => {
                for (o, n) in old.iter_mut().zip(c) {
                    *o = o.min(n);
                }
            }
            None => out.push((hangul, c)),
        }
    };
    let ascii = without_breves(word);
    // The systems that can have written the surname's letters: a breve
    // only McCune–Reischauer and the DPRK's system write (Hŏ, OFAC's
    // HO'), an apostrophe of aspiration only McCune–Reischauer (Ch'oe).
    // Elsewhere a listed spelling costs what a given name's letters cost
    // in a system that never writes them, so that the surname tells the
    // system, as a given name's letters do (Hŏ Tam is 허담: MR's t is ㄷ).
    let aspirated = pieces.iter().any(|p| p.contains(&b'\''));
    let breve = matches!(ascii, Cow::Owned(_));
    let writes = |s: usize| !(aspirated && s != system::MR || breve && s != system::MR && s != system::DPRK);
    let mut listed = false;
    // (The word as written, then without its breves if it had any.)
    let keys = [Some(word), breve.then_some(ascii.as_ref())];
    for key in keys.into_iter().flatten() {
        if let Some(hanguls) = super::key::surnames_spelled(key) {
            listed = true;
            // The systems that write a surname exactly so, one bit each.
            let own = |h: &str| -> u8 {
                SURNAME_INFO.get(h).map_or(0, |(_, forms)| {
                    (0..system::COUNT)
                        .filter(|&s| forms.0[s].as_deref() == Some(word))
                        .fold(0, |bits, s| bits | 1 << s)
                })
            };
            let anyone = hanguls.split(' ').fold(0, |bits, h| bits | own(h));
            for h in hanguls.split(' ') {
                // Listed spellings: free where the system's own form, a little
                // dearer elsewhere, and dearer still where the system
                // writes another of the surnames so (Ri is RR's 리, not 이).
                let own = own(h);
                let cost = std::array::from_fn(|s| {
                    if !writes(s) {
                        FOREIGN
                    } else if own >> s & 1 == 1 {
                        0.0
                    } else if anyone >> s & 1 == 1 {
                        1.5
                    } else {
                        0.5
                    }
                });
                add(Cow::Borrowed(h), cost);
            }
        }
    }
    // Any other spelling of a surname, read as syllables (one piece, or a
    // surname of two syllables hyphenated: Sun-woo, Nam-koong); a surname
    // outside the table (복, 부, 용) is possible, if rare. A DPRK form read from an
    // r (Roh, Ryu, Rim) is as often the ROK surname spelled after its
    // Hanja reading: 로 is also 노.
    if !listed && pieces.len() <= 2 {
        let mut read = Vec::new();
        given_readings(pieces, log_weights(None), lattice, &mut read);
        for p in read {
            let hangul: String = p.syllables().iter().map(|x| x.to_char()).collect();
            let known = SURNAME_INFO.contains_key(hangul.as_str());
            if p.len == 1 || known && p.len == 2 {
                let prior: f32 = p
                    .syllables()
                    .iter()
                    .enumerate()
                    .map(|(i, &s)| prior_cost(s, i))
                    .sum();
                let extra = if known { 1.5 } else { 4.0 } - prior - length_cost(p.len);
                let costs = p.costs.map(|c| c + extra);
                add(Cow::Owned(hangul.clone()), costs);
                for rok in rok_of(&hangul) {
                    add(Cow::Borrowed(rok), costs);
                }
            }
        }
    }
    out
}

/// A reading before it is written out: the surname's place in the list of
/// surname readings (or none), the given name, and the cost.
struct Raw {
    surname: Option<usize>,
    given: [Syllable; MAX_SYLLABLES],
    len: usize,
    cost: f32,
}

/// The readings of a name in Latin letters, best first (at most `limit`).
pub(super) fn read_latin(name: &str, limit: usize) -> Vec<Reading> {
    read(name, |surnames, raw| {
        let mut out: Vec<Reading> = Vec::with_capacity(limit);
        let mut hangul = String::new();
        for r in raw {
            if out.len() == limit {
                break;
            }
            hangul.clear();
            hangul.push_str(r.surname.map_or("", |i| surnames[i].as_ref()));
            hangul.extend(r.given[..r.len].iter().map(|s| s.to_char()));
            if !out.iter().any(|o| o.hangul == hangul) {
                out.push(Reading {
                    hangul: hangul.as_str().into(),
                    cost: r.cost,
                });
            }
        }
        out
    })
}

/// The readings of a name in Latin letters as syllables, surname first,
/// best first (at most `limit`, no two alike, each with its cost), given
/// to `each`: [`read_latin`] without writing strings, for
/// [`super::compare`].
pub(super) fn for_each_reading(name: &str, limit: usize, mut each: impl FnMut(&NameSyllables, f32)) {
    read(name, |surnames, raw| {
        // The readings given so far, packed (one comparison each).
        let mut seen = [0u128; 64];
        let limit = limit.min(seen.len());
        let mut n = 0;
        for r in raw {
            if n == limit {
                break;
            }
            let mut name = NameSyllables::default();
            let surname = r.surname.map_or("", |i| surnames[i].as_ref());
            for s in surname
                .chars()
                .filter_map(Syllable::of)
                .chain(r.given[..r.len].iter().copied())
            {
                // (Never full: a surname has at most two syllables.)
                name.push(s);
            }
            let packed = name.packed();
            if !seen[..n].contains(&packed) {
                seen[n] = packed;
                n += 1;
                each(&name, r.cost);
            }
        }
    })
}

/// Syllables packed 14 bits each (index from 가, plus one), the first
/// highest: one number for a name of up to nine syllables.
pub(super) fn pack(syllables: impl Iterator<Item = Syllable>) -> u128 {
    syllables.fold(0u128, |key, s| key << 14 | (s.index() as u128 + 1))
}

/// A name as Hangul syllables, surname first: at most a surname of two and
/// a given name of [`MAX_SYLLABLES`].
/// (Two are equal when their syllables are: the slots after `len` stay as
/// `default` left them.)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct NameSyllables {
    pub(super) syllables: [Syllable; 2 + MAX_SYLLABLES],
    pub(super) len: usize,
}

impl Default for NameSyllables {
    fn default() -> NameSyllables {
        NameSyllables {
            syllables: [Syllable { l: 0, v: 0, t: 0 }; 2 + MAX_SYLLABLES],
            len: 0,
        }
    }
}

impl NameSyllables {
    /// The syllables packed by [`pack`]: equal when the names are.
    pub(super) fn packed(&self) -> u128 {
        pack(self.syllables[..self.len].iter().copied())
    }

    /// Appends `s`; false if the name is full.
    pub(super) fn push(&mut self, s: Syllable) -> bool {
        match self.syllables.get_mut(self.len) {
            Some(slot) => {
                *slot = s;
                self.len += 1;
                true
            }
            None => false,
        }
    }
}

/// Cuts `name`, gathers its readings (sorted, best first) and gives them to
/// `write`, with the surnames they point to.
fn read<T>(name: &str, write: impl FnOnce(&[Cow<'static, str>], &[Raw]) -> T) -> T {
    READER.with(|cell| {
        // The buffers of the last name read; fresh ones for a name read
        // while reading one (which does not happen).
        let (mut kept, mut fresh);
        let reader: &mut Reader = match cell.try_borrow_mut() {
            Ok(borrowed) => {
                kept = borrowed;
                &mut kept
            }
            Err(_) => {
                fresh = Reader::default();
                &mut fresh
            }
        };
        cut(name, &mut reader.written);
        gather(&reader.written, &mut reader.gathered);
        write(&reader.gathered.surnames, &reader.gathered.raw)
    })
}

/// The buffers of reading a name, kept from one name to the next.
#[derive(Default)]
struct Reader {
    written: Written,
    gathered: Gathered,
}

thread_local! {
    static READER: std::cell::RefCell<Reader> = std::cell::RefCell::default();
}

/// The buffers of [`gather`].
#[derive(Default)]
struct Gathered {
    /// The surnames the readings point to.
    surnames: Vec<Cow<'static, str>>,
    /// The readings, best first.
    raw: Vec<Raw>,
    /// Readings of a given name.
    given: Vec<Partial>,
    /// Each of `given` with its lowest cost, the exponentials of its costs
    /// above that ([`gather`]'s sum over systems), and the given name packed
    /// if a known name's given name may be it ([`known_given`]).
    scaled: Vec<(f32, Costs, Option<u64>)>,
    /// The surnames read lately.
    memo: SurnameMemo,
    /// The lattice's buffers.
    lattice: Lattice,
}

/// What reading a name in Western order (Jong Un Kim) costs, per system:
/// people and lists that write ROK spellings put the given name first now
/// and then; the DPRK's system and KCNA never do, nor do the lists that
/// copy their spellings (sanctions lists write SURNAME, Given); and
/// McCune–Reischauer with its breves is the librarians' and the sanctions
/// lists' (OFAC's YO'N CHO'NG NAM is 연정남, not 남연정), who put the
/// surname first, though a given name so written may lead in English
/// (Jae-su Jŏn, where the first word is no surname).
const WESTERN_ORDER: Costs = {
    let mut costs = [2.5; system::COUNT];
    costs[system::DPRK] = 5.0;
    costs[system::KCNA] = 5.0;
    costs[system::MR] = 4.0;
    costs
};

/// Every reading of a name cut into `w`, into `buffers.raw` (best first),
/// with the surnames they point to in `buffers.surnames`.
fn gather(w: &Written, buffers: &mut Gathered) {
    let Gathered {
        surnames,
        raw,
        given,
        scaled: given_scaled,
        memo,
        lattice,
    } = buffers;
    let n = w.tokens.len();
    surnames.clear();
    raw.clear();
    let mut push = |surname: Option<usize>, given: &Partial, cost: f32| {
        if cost.is_finite() {
            raw.push(Raw {
                surname,
                given: given.syllables,
                len: given.len,
                cost,
            });
        }
    };
    let none = Partial {
        costs: [0.0; system::COUNT],
        score: 0.0,
        syllables: [Syllable { l: 0, v: 0, t: 0 }; MAX_SYLLABLES],
        len: 0,
    };
    // (surname tokens, given tokens, whether Western) for each way to read the order.
    type Order = (std::ops::Range<usize>, std::ops::Range<usize>, bool);
    let mut orders: [Option<Order>; 2] = [None, None];
    match w.comma {
        Some(c) if c > 0 && c < n => orders[0] = Some((0..c, c..n, false)),
        _ if n >= 2 => {
            orders[0] = Some((0..1, 1..n, false));
            // Western order, where the last word is a surname as spelled.
            if super::key::surnames_spelled(&without_breves(w.word(n - 1..n))).is_some() {
                orders[1] = Some((n - 1..n, 0..n - 1, true));
            }
        }
        _ => {}
    }
    // Yale shows in the name's letters (Choy Senhuy, Kim Cengun).
    let yale = yale_marked(&w.letters);
    if n == 1 {
        // One word: a given name alone (a pen name: Yulgok), or a surname.
        let pieces = w.pieces(0..1);
        let shape = Shape {
            spaced: false,
            hyphenated: pieces.len() >= 2,
            yale,
        };
        let weights = system_weights(shape);
        given_readings(pieces, log_weights(Some(shape)), lattice, given);
        for p in given.iter() {
            push(None, p, combined(&p.costs, &weights) + 1.0);
        }
        for (hangul, cost) in memo.get(w.word(0..1), pieces, lattice).iter() {
            surnames.push(hangul.clone());
            push(Some(surnames.len() - 1), &none, combined(cost, &weights) + 2.0);
        }
    }
    for (surname_tokens, given_tokens, western) in orders.into_iter().flatten() {
        let readings = memo.get(w.word(surname_tokens.clone()), w.pieces(surname_tokens), lattice);
        if readings.is_empty() {
            continue;
        }
        let shape = Shape {
            spaced: given_tokens.len() >= 2,
            hyphenated: w.tokens[given_tokens.clone()].iter().any(|&(a, b)| b - a >= 2),
            yale,
        };
        let weights = system_weights(shape);
        given_readings(w.pieces(given_tokens), log_weights(Some(shape)), lattice, given);
        // −ln Σ w e^−(S + G) = min S + min G − ln Σ (w e^−(S − min S)) (e^−(G − min G)):
        // the exponentials once per surname and once per given name.
        let scaled = |costs: &Costs, weights: &Costs| -> (f32, Costs) {
            let low = costs.iter().copied().fold(f32::INFINITY, f32::min);
            (
                low,
                std::array::from_fn(|s| weights[s] * (-(costs[s] - low)).exp()),
            )
        };
        given_scaled.clear();
        given_scaled.extend(given.iter().map(|g| {
            let (low, exp) = scaled(&g.costs, &[1.0; system::COUNT]);
            (low, exp, known_given(g.syllables()))
        }));
        for (hangul, surname_cost) in readings.iter() {
            let at = match surnames.iter().position(|h| h == hangul) {
                Some(at) => at,
                None => {
                    surnames.push(hangul.clone());
                    surnames.len() - 1
                }
            };
            let (s_low, s_exp) = match western {
                true => scaled(&add(surname_cost, &WESTERN_ORDER), &weights),
                false => scaled(surname_cost, &weights),
            };
            if !s_low.is_finite() {
                continue;
            }
            for (g, (g_low, g_exp, given_key)) in given.iter().zip(given_scaled.iter()) {
                let sum: f32 = (0..system::COUNT).map(|s| s_exp[s] * g_exp[s]).sum();
                let bonus = match given_key {
                    Some(key) if known_name(hangul, *key, g.len) => KNOWN,
                    _ => 0.0,
                };
                push(Some(at), g, s_low + g_low - sum.max(1e-30).ln() - bonus);
            }
        }
    }
    // Best first, ties in the order found. (Tens of readings, at most the
    // surnames' readings times the beam, for two orders.)
    crate::sort_short_by_key(raw, |r| r.cost);
}

/// How much likelier a reading is for being a known person's name
/// (`tables/known_names.tsv`): e^4.5, ninety times. Texts about the DPRK
/// name its officials over and over, while the syllable prior comes from
/// ROK given names of the 1990s, where 용, 송, 춘 and 숙 are rare; and KCNA's
/// spelling does not tell ㅗ from ㅓ (Jo Yong Won: 용 or 영). Ninety is what
/// a name of the list needs to win where the prior ranks another syllable
/// first (김설송 over 김설성, 조춘룡 over 조준령). Only readings the letters
/// allow are weighed so. Of two persons the list writes alike, telling
/// them apart by a qualifier after one (Ri Yong Ho, the foreign minister
/// 리용호; Ri Yong Ho (General), 리영호), only the one without it is packed
/// (the build): the bare spelling means the one the list names plainly.
const KNOWN: f32 = 4.5;

/// A given name packed as names are compared (the initial-sound rule on
/// its first syllable), if a name of `tables/known_names.tsv` may have it:
/// most given names are turned away by one bit
/// ([`crate::tables::KNOWN_STARTS`]). Whether the list holds the name is
/// then one look-up with the surname ([`known_name`]).
fn known_given(given: &[Syllable]) -> Option<u64> {
    let (&first, rest) = given.split_first()?;
    let first = super::initial_sound_rule(first);
    let bit = known_start(first, rest.first().copied());
    let starts = crate::tables::KNOWN_STARTS.get(bit / 64).copied().unwrap_or(0);
    // (No name of the list has a given name of more than three syllables.)
    (starts >> (bit % 64) & 1 == 1 && rest.len() < 3).then(|| {
        rest.iter().fold(first.index() as u64 + 1, |key, s| {
            key << 14 | (s.index() as u64 + 1)
        })
    })
}

/// A given name's bit among 1,024 in [`crate::tables::KNOWN_STARTS`]: its
/// first syllable (comparable) and its second, hashed, as the build hashes
/// them.
fn known_start(first: Syllable, second: Option<Syllable>) -> usize {
    let pair = (first.index() as u64) << 14 | second.map_or(0, |s| s.index() as u64 + 1);
    (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
}

/// Whether a one-syllable surname and a given name of `len` syllables
/// packed by [`known_given`] make a name of `tables/known_names.tsv`, in
/// either orthography (리춘희 and 이춘희 alike).
fn known_name(surname: &str, given: u64, len: usize) -> bool {
    let mut chars = surname.chars();
    let (Some(surname), None) = (chars.next().and_then(Syllable::of), chars.next()) else {
        return false;
    };
    let surname = super::initial_sound_rule(surname).index() as u64 + 1;
    // (`len` is three at most: see `known_given`.)
    let name = surname << (14 * len.min(3)) | given;
    crate::tables::KNOWN_NAMES.binary_search(&name).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name of `tables/known_names.tsv` passes the build's filter and
    /// is found, in either orthography, as the reader looks it up; names
    /// off the list are not.
    #[test]
    fn known_names_are_found_as_the_build_packed_them() {
        let text =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tables/known_names.tsv")).unwrap();
        let found = |name: &str| {
            let (surname, given) = super::super::split_surname(name);
            let given: Vec<Syllable> = given.chars().filter_map(Syllable::of).collect();
            known_given(&given).is_some_and(|key| known_name(surname, key, given.len()))
        };
        let mut n = 0;
        let english: Vec<&str> = text
            .lines()
            .skip(1)
            .filter_map(|l| l.split('\t').nth(1))
            .collect();
        for line in text.lines().skip(1) {
            let mut fields = line.split('\t');
            let (name, written) = (fields.next().unwrap(), fields.next().unwrap());
            // The second of two persons written alike, told apart by a
            // qualifier (Ri Yong Ho (General)), is left out.
            let second = written
                .strip_suffix(')')
                .and_then(|w| w.split_once(" ("))
                .is_some_and(|(bare, _)| english.contains(&bare));
            if second {
                assert!(!found(name), "{name}");
                continue;
            }
            assert!(found(name), "{name}");
            // The other orthography: 리 ↔ 이, 룡 ↔ 용.
            let rok: String = name
                .chars()
                .enumerate()
                .map(|(i, c)| match Syllable::of(c) {
                    Some(s) if i < 2 => super::super::initial_sound_rule(s).to_char(),
                    _ => c,
                })
                .collect();
            assert!(found(&rok), "{name} as {rok}");
            n += 1;
        }
        // (Two persons may share a name: the build keeps it once.)
        assert!(n > 0 && n >= crate::tables::KNOWN_NAMES.len());
        for name in ["조영원", "김정운", "리영수", "김일", "박정희", "김정은은"] {
            assert!(!found(name), "{name}");
        }
    }

    /// The given-name prior fits names it was not made from: the syllables
    /// of the commonest names registered for births in 2008 (exact counts,
    /// `../shared/data/names/given_name_syllables_scourt2008.tsv`, which may
    /// check a prior but not become one) cost at most 4.0 nats each on
    /// average, for either gender and either place (3.94–3.96 when this was
    /// written; a syllable drawn evenly from the 490 readings of the Hanja
    /// for names would cost 6.2, and the prior with its places swapped
    /// costs more than 4.0). Shrinking the small sample of girls' names
    /// toward the pooled counts, tried, made every cell worse.
    #[test]
    fn the_prior_fits_the_2008_registrations() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../shared/data/names/given_name_syllables_scourt2008.tsv"
        );
        let Ok(text) = std::fs::read_to_string(path) else {
            assert!(
                std::env::var("CI").map_or(true, |v| v != "true"),
                "{path} is missing: CI needs ../shared"
            );
            eprintln!("skipped: {path} is missing");
            return;
        };
        // (gender, place) → (Σ count × cost, Σ count), and the same with
        // the places swapped.
        let mut cells = std::collections::BTreeMap::<(String, usize), [f64; 3]>::new();
        for line in text.lines().skip(1) {
            let f: Vec<&str> = line.split('\t').collect();
            let mut chars = f[0].chars();
            let (Some(s), None) = (chars.next().and_then(Syllable::of), chars.next()) else {
                panic!("{line}");
            };
            let place: usize = f[1].parse::<usize>().unwrap() - 1;
            let count: f64 = f[3].parse().unwrap();
            let cell = cells.entry((f[2].to_string(), place)).or_default();
            cell[0] += count * f64::from(prior_cost(s, place));
            cell[1] += count * f64::from(prior_cost(s, 1 - place));
            cell[2] += count;
        }
        assert_eq!(cells.len(), 4, "{:?}", cells.keys());
        let (mut fit, mut swapped) = (0.0, 0.0);
        for (cell, [cost, cost_swapped, count]) in &cells {
            let nats = cost / count;
            assert!(nats <= 4.0, "{cell:?}: {nats:.3} nats a syllable");
            fit += nats / 4.0;
            swapped += cost_swapped / count / 4.0;
        }
        assert!(
            swapped > 4.0 && swapped > fit + 0.1,
            "{fit:.3} vs {swapped:.3} swapped"
        );
    }

    /// The cache of syllables gives what reading afresh gives, for every
    /// string of up to three letters (each ending a piece, or followed by
    /// more), read in an order that makes slots collide and be replaced,
    /// twice over, and for strings longer than the cache's key holds.
    #[test]
    fn remembered_syllables_are_the_syllables() {
        let letters = b"abcdeghijklmnoprstuwyOU'";
        let mut strings: Vec<Vec<u8>> = Vec::new();
        for &a in letters {
            strings.push(vec![a]);
            for &b in letters {
                strings.push(vec![a, b]);
                for &c in letters {
                    strings.push(vec![a, b, c]);
                    strings.push([&[a, b, c][..], b"eong"].concat());
                }
                strings.push([&b"myeong"[..], &[a, b]].concat());
            }
        }
        strings.push(b"kimjongunkimjongil".to_vec());
        strings.push(b"kimjongunkimjongim".to_vec());
        assert!(strings.len() > 4 * FoundMemo::SLOTS);
        let mut memo = FoundMemo::default();
        let mut fresh = Vec::new();
        for _ in 0..2 {
            for s in &strings {
                syllables_at(s, &mut fresh);
                assert_eq!(memo.at(s), &fresh[..], "{}", String::from_utf8_lossy(s));
            }
        }
    }
}
