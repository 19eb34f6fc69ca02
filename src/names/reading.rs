//! Reading a romanized name back into Hangul: tokens, surname and given
//! name, and a lattice of syllables scored by how each system spells them
//! and how often Korean names use them.

use super::letters::{encode, system, Part, NO_FINAL, SILENT, UNITS};
use crate::hangul::Syllable;
use crate::tables::{GIVEN_NAME_SYLLABLES, SURNAMES, SURNAME_SPELLINGS};

/// Readings kept at each step of the lattice.
const BEAM: usize = 12;

/// A reading: the name in Hangul, surname first, and its cost (a negative
/// log-likelihood: lower is likelier).
#[derive(Clone, Debug)]
pub(super) struct Reading {
    pub(super) surname: String,
    pub(super) given: String,
    pub(super) cost: f32,
}

/// A name as written, cut into its parts.
#[derive(Debug, Default)]
struct Written {
    /// Tokens, each a list of pieces (syllable groups cut by hyphens).
    tokens: Vec<Vec<Vec<u8>>>,
    /// The tokens as written (lower case, breves kept) for the surname table.
    words: Vec<String>,
    /// Tokens before the comma of `SURNAME, Given`, if any.
    comma: Option<usize>,
}

/// Cuts a Latin name into tokens and pieces. An apostrophe after o or u is
/// the breve that a keyboard lacked (OFAC's `CHO'N` for Chŏn); after k, t,
/// p or ch it is McCune–Reischauer's aspiration; elsewhere it separates.
fn cut(name: &str) -> Written {
    let mut w = Written::default();
    for (k, part) in name.split(',').enumerate() {
        if k == 1 {
            w.comma = Some(w.tokens.len());
        }
        for token in part.split_whitespace() {
            let mut pieces = Vec::new();
            let mut word = String::new();
            let mut piece = String::new();
            for c in token.chars().flat_map(char::to_lowercase) {
                match c {
                    '\'' => match piece.chars().last() {
                        Some('o') => {
                            piece.pop();
                            piece.push('ŏ');
                        }
                        Some('u') => {
                            piece.pop();
                            piece.push('ŭ');
                        }
                        Some('k' | 't' | 'p') if !piece.ends_with("tt") => piece.push('\''),
                        Some('h') if piece.ends_with("ch") => piece.push('\''),
                        _ => pieces.push(std::mem::take(&mut piece)),
                    },
                    '-' | '.' | '_' => pieces.push(std::mem::take(&mut piece)),
                    c if c.is_alphabetic() => piece.push(c),
                    _ => {}
                }
                if c.is_alphabetic() {
                    word.push(c);
                }
            }
            pieces.push(piece);
            let pieces: Vec<Vec<u8>> = pieces
                .iter()
                .map(|p| encode(p))
                .filter(|p| !p.is_empty())
                .collect();
            if !pieces.is_empty() {
                w.tokens.push(pieces);
                w.words.push(word);
            }
        }
    }
    w
}

/// The syllables that `bytes` can start with under system `s`: where each
/// ends, the syllable, and the cost of its spelling.
fn syllables_at(bytes: &[u8], s: usize, out: &mut Vec<(usize, Syllable, f32)>) {
    out.clear();
    let units = &*UNITS;
    let silent = [None];
    let initials = units.starting(Part::Initial, bytes).map(Some).chain(silent);
    for initial in initials {
        let (l, after_l, cost_l) = match initial {
            Some(u) => (u.letter, u.latin.len(), u.cost[s]),
            None => (SILENT, 0, 0.0),
        };
        for vowel in units.starting(Part::Vowel, &bytes[after_l..]) {
            let after_v = after_l + vowel.latin.len();
            let cost_v = cost_l + vowel.cost[s];
            let finals = units
                .starting(Part::Final, &bytes[after_v..])
                .map(Some)
                .chain([None]);
            for final_ in finals {
                let (t, end, cost) = match final_ {
                    Some(u) => (u.letter, after_v + u.latin.len(), cost_v + u.cost[s]),
                    None => (NO_FINAL, after_v, cost_v),
                };
                out.push((
                    end,
                    Syllable {
                        l,
                        v: vowel.letter,
                        t,
                    },
                    cost,
                ));
            }
        }
    }
}

/// The cost of a syllable in a given name, by how often names use it in
/// that place (first, or later).
fn prior_cost(s: Syllable, index: usize) -> f32 {
    let p = GIVEN_NAME_SYLLABLES
        .get(&s.to_char())
        .map_or(0.0, |p| p[usize::from(index > 0)]);
    -(p.max(1e-4)).ln()
}

/// The cost of a given name of `n` syllables (two is the norm).
fn length_cost(n: usize) -> f32 {
    match n {
        2 => 0.0,
        1 => 1.5,
        3 => 2.5,
        _ => 5.0,
    }
}

/// A partial reading of a given name.
#[derive(Clone)]
struct Partial {
    cost: f32,
    syllables: Vec<Syllable>,
}

fn keep_best(list: &mut Vec<Partial>) {
    list.sort_by(|a, b| a.cost.total_cmp(&b.cost));
    list.truncate(BEAM);
}

/// The best readings of the given name's pieces under system `s`.
fn given_readings(pieces: &[Vec<u8>], s: usize) -> Vec<Partial> {
    let mut beams = vec![Partial {
        cost: 0.0,
        syllables: Vec::new(),
    }];
    let mut found = Vec::new();
    for piece in pieces {
        let mut at: Vec<Vec<Partial>> = vec![Vec::new(); piece.len() + 1];
        at[0] = std::mem::take(&mut beams);
        for pos in 0..piece.len() {
            if at[pos].is_empty() {
                continue;
            }
            keep_best(&mut at[pos]);
            syllables_at(&piece[pos..], s, &mut found);
            let here = std::mem::take(&mut at[pos]);
            for p in &here {
                for &(len, syllable, cost) in &found {
                    // A vowel-initial syllable inside a piece: RR would have
                    // put a hyphen where it is ambiguous.
                    let join = if pos > 0 && syllable.l == SILENT { 0.5 } else { 0.0 };
                    let mut syllables = p.syllables.clone();
                    syllables.push(syllable);
                    at[pos + len].push(Partial {
                        cost: p.cost + cost + join + prior_cost(syllable, p.syllables.len()),
                        syllables,
                    });
                }
            }
        }
        beams = std::mem::take(&mut at[piece.len()]);
        keep_best(&mut beams);
        if beams.is_empty() {
            return beams;
        }
    }
    for b in &mut beams {
        b.cost += length_cost(b.syllables.len());
    }
    beams
}

/// Whether `hangul` is the DPRK form of a surname the ROK spells otherwise
/// (리 for 이), and whether it has such a DPRK form.
fn dprk_form(hangul: &str) -> (bool, bool) {
    let is_dprk = SURNAMES
        .entries()
        .any(|(k, f)| f.dprk_hangul == hangul && *k != hangul);
    let has_dprk = SURNAMES.get(hangul).is_some_and(|f| f.dprk_hangul != hangul);
    (is_dprk, has_dprk)
}

/// The readings of a surname token, with its cost under each system.
fn surname_readings(word: &str, pieces: &[Vec<u8>]) -> Vec<(String, [f32; system::COUNT])> {
    let mut out: Vec<(String, [f32; system::COUNT])> = Vec::new();
    let ascii: String = word
        .chars()
        .map(|c| match c {
            'ŏ' => 'o',
            'ŭ' => 'u',
            c => c,
        })
        .collect();
    let mut add = |hangul: &str, cost: [f32; system::COUNT]| {
        let share = SURNAMES
            .get(hangul)
            .or_else(|| {
                SURNAMES
                    .entries()
                    .find(|(_, f)| f.dprk_hangul == hangul)
                    .map(|(_, f)| f)
            })
            .map_or(1e-4, |f| f.share);
        let (is_dprk, has_dprk) = dprk_form(hangul);
        let mut c = cost;
        for (s, c) in c.iter_mut().enumerate() {
            let dprk_system = s == system::DPRK || s == system::KCNA;
            *c += -share.ln() * 0.7;
            if (dprk_system && has_dprk) || (!dprk_system && is_dprk) {
                *c += 0.7;
            }
        }
        match out.iter_mut().find(|(h, _)| h == hangul) {
            Some((_, old)) => {
                for s in 0..system::COUNT {
                    old[s] = old[s].min(c[s]);
                }
            }
            None => out.push((hangul.to_string(), c)),
        }
    };
    for key in [word, ascii.as_str()] {
        if let Some(hanguls) = SURNAME_SPELLINGS.get(key) {
            for &h in *hanguls {
                // Listed spellings: free where the system's own form, a little
                // dearer elsewhere.
                let forms = SURNAMES.get(h).or_else(|| {
                    SURNAMES
                        .entries()
                        .find(|(_, f)| f.dprk_hangul == h)
                        .map(|(_, f)| f)
                });
                let own = |form: Option<&str>| form.is_some_and(|f| f.to_lowercase() == word);
                let mut cost = [0.5; system::COUNT];
                if let Some(f) = forms {
                    for (s, form) in [
                        (system::RR, f.rr),
                        (system::MR, f.mr),
                        (system::MR_ASCII, f.mr_ascii),
                        (system::DPRK, f.dprk),
                        (system::KCNA, f.dprk),
                        (system::CONVENTIONAL, f.conventional),
                    ] {
                        if own(form) {
                            cost[s] = 0.0;
                        }
                    }
                }
                add(h, cost);
            }
        }
    }
    // Any other spelling of a surname, read as syllables.
    if pieces.len() == 1 {
        for s in 0..system::COUNT {
            for p in given_readings(pieces, s).into_iter().take(4) {
                let hangul: String = p.syllables.iter().map(|x| x.to_char()).collect();
                let known = SURNAMES.contains_key(hangul.as_str()) || dprk_form(&hangul).0;
                // A surname outside the table (복, 부, 용) is possible, if rare.
                if p.syllables.len() == 1 || known && p.syllables.len() == 2 {
                    let spelling: f32 = p.cost - prior_sum(&p.syllables) - length_cost(p.syllables.len());
                    let mut cost = [f32::INFINITY; system::COUNT];
                    cost[s] = if known { 1.5 } else { 4.0 } + spelling;
                    add(&hangul, cost);
                }
            }
        }
    }
    out
}

fn prior_sum(syllables: &[Syllable]) -> f32 {
    syllables.iter().enumerate().map(|(i, &s)| prior_cost(s, i)).sum()
}

/// How likely each system is to have written the given name, from its
/// shape: syllables as separate words are KCNA's way (Kim Jong Un),
/// hyphens McCune–Reischauer's and the ROK's (Kim Tong-myong, Kim
/// Dong-myeong), a joined given name RR's and the ROK passport's
/// (Dongmyeong). The letters themselves then weigh each system through the
/// spelling costs.
fn system_weights(w: &Written, given_tokens: &[usize]) -> [f32; system::COUNT] {
    use system::*;
    let mut weights = [0f32; COUNT];
    let spaced = given_tokens.len() >= 2;
    let hyphenated = given_tokens.iter().any(|&t| w.tokens[t].len() >= 2);
    let shape: [(usize, f32); COUNT] = if spaced {
        [
            (KCNA, 0.55),
            (DPRK, 0.1),
            (MR_ASCII, 0.1),
            (MR, 0.05),
            (RR, 0.05),
            (CONVENTIONAL, 0.15),
        ]
    } else if hyphenated {
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
    for (s, weight) in shape {
        weights[s] = weight;
    }
    weights
}

/// The cost of a reading over all systems: −ln Σ weight × e^(−cost).
fn combined(costs: &[f32; system::COUNT], weights: &[f32; system::COUNT]) -> f32 {
    let best = costs.iter().copied().fold(f32::INFINITY, f32::min);
    if best.is_infinite() {
        return best;
    }
    let sum: f32 = (0..system::COUNT)
        .map(|s| weights[s] * (-(costs[s] - best)).exp())
        .sum();
    best - sum.max(1e-30).ln()
}

/// The readings of a name in Latin letters, best first.
pub(super) fn read_latin(name: &str) -> Vec<Reading> {
    let w = cut(name);
    let n = w.tokens.len();
    // (surname, given) → cost under each system.
    let mut found: Vec<(String, String, [f32; system::COUNT])> = Vec::new();
    let mut readings: Vec<Reading> = Vec::new();
    let mut push = |surname: &str,
                    given: &[Syllable],
                    costs: [f32; system::COUNT],
                    weights: &[f32; system::COUNT],
                    extra: f32| {
        let given: String = given.iter().map(|s| s.to_char()).collect();
        let _ = &mut found;
        let cost = combined(&costs, weights) + extra;
        match readings
            .iter_mut()
            .find(|r| r.surname == surname && r.given == given)
        {
            Some(r) => r.cost = r.cost.min(cost),
            None => readings.push(Reading {
                surname: surname.to_string(),
                given,
                cost,
            }),
        }
    };
    // (surname tokens, given tokens, extra cost) for each way to read the order.
    let mut orders: Vec<(std::ops::Range<usize>, Vec<usize>, f32)> = Vec::new();
    match w.comma {
        Some(c) if c > 0 && c < n => orders.push((0..c, (c..n).collect(), 0.0)),
        _ if n >= 2 => {
            orders.push((0..1, (1..n).collect(), 0.0));
            orders.push((n - 1..n, (0..n - 1).collect(), 2.5));
        }
        _ => {}
    }
    if n == 1 {
        // One word: a given name alone (a pen name: Yulgok), or a surname.
        let weights = system_weights(&w, &[0]);
        let mut by_given: Vec<(Vec<Syllable>, [f32; system::COUNT])> = Vec::new();
        for s in 0..system::COUNT {
            for p in given_readings(&w.tokens[0], s) {
                match by_given.iter_mut().find(|(g, _)| *g == p.syllables) {
                    Some((_, c)) => c[s] = c[s].min(p.cost),
                    None => {
                        let mut c = [f32::INFINITY; system::COUNT];
                        c[s] = p.cost;
                        by_given.push((p.syllables, c));
                    }
                }
            }
        }
        for (given, costs) in &by_given {
            push("", given, *costs, &weights, 1.0);
        }
        for (hangul, cost) in surname_readings(&w.words[0], &w.tokens[0]) {
            push(&hangul, &[], cost, &weights, 2.0);
        }
    }
    for (surname_tokens, given_tokens, extra) in orders {
        let surname_word: String = w.words[surname_tokens.clone()].concat();
        let surname_pieces: Vec<Vec<u8>> = w.tokens[surname_tokens].concat();
        let surnames = surname_readings(&surname_word, &surname_pieces);
        if surnames.is_empty() {
            continue;
        }
        let weights = system_weights(&w, &given_tokens);
        let pieces: Vec<Vec<u8>> = given_tokens.iter().flat_map(|&t| w.tokens[t].clone()).collect();
        let mut by_given: Vec<(Vec<Syllable>, [f32; system::COUNT])> = Vec::new();
        for s in 0..system::COUNT {
            for p in given_readings(&pieces, s) {
                match by_given.iter_mut().find(|(g, _)| *g == p.syllables) {
                    Some((_, c)) => c[s] = c[s].min(p.cost),
                    None => {
                        let mut c = [f32::INFINITY; system::COUNT];
                        c[s] = p.cost;
                        by_given.push((p.syllables, c));
                    }
                }
            }
        }
        for (hangul, surname_cost) in &surnames {
            for (given, given_cost) in &by_given {
                let mut costs = [f32::INFINITY; system::COUNT];
                for s in 0..system::COUNT {
                    costs[s] = surname_cost[s] + given_cost[s];
                }
                push(hangul, given, costs, &weights, extra);
            }
        }
    }
    readings.sort_by(|a, b| a.cost.total_cmp(&b.cost));
    readings
}
