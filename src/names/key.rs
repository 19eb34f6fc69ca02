//! Match keys: one short string for every spelling of a name, from its
//! letters alone (no reading), so that it is cheap enough for every record.

use super::letters::is_vowel;
use super::{hangul_name_into, initial_sound_rule, split_surname};
use crate::hangul::Syllable;
use crate::romanize::{RR_L, RR_V};
use std::collections::HashMap;

/// Latin spellings of consonants → the key's letters, grouped by first
/// letter, longest first within each: by place (plain, tense and
/// aspirated together; ㄹ before a vowel with ㄴ). Vowels are read by
/// [`vowel_class`].
const RULES: &[Rule] = &[
    (b"tch", "c"),
    (b"tt", "t"),
    (b"th", "t"),
    (b"t", "t"),
    (b"ng", "ng"),
    (b"nn", "n"),
    (b"n", "n"),
    (b"ch", "c"),
    (b"ck", "k"),
    (b"cc", "c"),
    (b"c", "c"),
    (b"jj", "c"),
    (b"j", "c"),
    (b"kk", "k"),
    (b"kh", "k"),
    (b"k", "k"),
    (b"gg", "k"),
    (b"g", "k"),
    (b"dd", "t"),
    (b"d", "t"),
    (b"pp", "p"),
    (b"ph", "p"),
    (b"p", "p"),
    (b"bb", "p"),
    (b"b", "p"),
    (b"ss", "s"),
    (b"sh", "s"),
    (b"s", "s"),
    (b"rh", "n"),
    (b"mm", "m"),
    (b"m", "m"),
    (b"z", "c"),
    (b"q", "k"),
    (b"x", "ks"),
    (b"f", "p"),
    (b"v", "p"),
    (b"h", "h"),
];

/// A rule: Latin letters and the key letters they become.
type Rule = (&'static [u8], &'static str);

/// Where each first byte's rules start in [`RULES`] and how many there are
/// (they are listed together, longest first), computed at compile time.
const RULES_BY_FIRST: [(u8, u8); 128] = {
    let mut by_first = [(0u8, 0u8); 128];
    let mut i = 0;
    while i < RULES.len() {
        let first = (RULES[i].0[0] & 0x7F) as usize;
        if by_first[first].1 == 0 {
            by_first[first].0 = i as u8;
        }
        // (A rule apart from the others of its first byte would be lost.)
        assert!(by_first[first].0 as usize + by_first[first].1 as usize == i);
        by_first[first].1 += 1;
        i += 1;
    }
    by_first
};

/// The key letters of a run of vowel letters (`y` and `w` among them).
///
/// The key cannot see where a joined given name's syllables meet: RR's
/// 도읍 `Doeup` holds no ㅚ, as MR's `To-ŭp` and KCNA's `To Up` show, and
/// KCNA's 어에 `O E` is no ㅚ either. So a run is read from its end, which
/// is the vowel of its last syllable however the run is cut, into the
/// classes that romanizations blur: `o` for ㅓ ㅗ ㅜ ㅡ (eo ŏ o, eu ŭ u,
/// oo), `i` for ㅐ ㅔ ㅣ ㅢ ㅚ ㅟ (ae ai e, i ee ui ŭi eui, oe oi, wi), `a`
/// for ㅏ ㅘ; and `y` before it where the run has a y gliding into a vowel
/// (ㅕ ㅛ ㅠ ㅑ ㅖ: Kyung is not Kung).
/// In a name written in Yale (`yale`), e is ㅓ (ey is ㅔ).
fn vowel_class(run: &[u8], yale: bool) -> &'static str {
    // ㅓ spelled ea (Hean 헌): the one spelling whose last letter is not
    // its class.
    let class = match run {
        [.., b'e', b'a'] => b'o',
        [.., b'a'] => b'a',
        [.., b'e'] if yale => b'o',
        [.., b'e' | b'i' | b'y'] => b'i',
        _ => b'o',
    };
    // A y before a vowel is a glide (yeo, yo, ye); a y at the end of a
    // vowel (Yale's ay, oy, uy) or before i (Yale's 재인 Cayin) is not.
    let glide = run.windows(2).any(|w| w[0] == b'y' && w[1] != b'i');
    match (glide, class) {
        (false, b'a') => "a",
        (false, b'i') => "i",
        (false, _) => "o",
        (true, b'a') => "ya",
        (true, b'i') => "yi",
        (true, _) => "yo",
    }
}

/// Appends the key letters of encoded Latin `bytes` (separators already
/// gone). With `initial`, the ROK's initial-sound rule first: a leading ㄹ
/// or ㄴ before i or y is dropped (리 → 이, 룡 → 용).
///
/// What depends on where syllables meet, which the key cannot see in a
/// joined given name, is read one way always: a run of vowels by its end
/// ([`vowel_class`]), and a consonant written twice once (RR's 득구 `Deukgu`
/// and MR's `Tŭk-ku` meet at one k, as tense consonants and plain do).
fn coarse(bytes: &[u8], initial: bool, yale: bool, out: &mut String) {
    let mut bytes = bytes;
    if initial {
        if let [b'r' | b'l' | b'n', rest @ ..] = bytes {
            let iotized = rest.starts_with(b"y") || rest.starts_with(b"ee") || rest.starts_with(b"i");
            if iotized && !rest.starts_with(b"ui") {
                bytes = rest;
            }
        }
    }
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        if is_vowel(rest[0]) {
            let run = rest.iter().take_while(|&&b| is_vowel(b)).count();
            out.push_str(vowel_class(&rest[..run], yale));
            i += run;
            continue;
        }
        // A silent h after a vowel (Oh 오, Ahn 안, Koh 고).
        if rest[0] == b'h' && i > 0 && is_vowel(bytes[i - 1]) && rest.get(1).is_none_or(|&b| !is_vowel(b)) {
            i += 1;
            continue;
        }
        // ㄹ: before a vowel it begins a syllable, where romanizations
        // alternate it with ㄴ (Ryong, Nyong, Yong); elsewhere it ends one,
        // which every system writes l (Chol 철 is not Chun 춘).
        if matches!(rest[0], b'r' | b'l') {
            let double = rest.get(1) == Some(&rest[0]);
            let after = rest.get(1 + usize::from(double)).copied();
            // (Doubled before a vowel, it ends one syllable and begins the
            // next, 철리 Cholli; elsewhere it is one final, doubled as
            // English spells a short vowel: Jaeill 재일.)
            if double && after.is_some_and(is_vowel) {
                out.push('l');
            }
            out.push(if after.is_some_and(is_vowel) { 'n' } else { 'l' });
            i += 1 + usize::from(double);
            continue;
        }
        // ng before a vowel is n and g across a syllable boundary as often
        // as ㅇ before a vowel-initial syllable (Min-gyu, Jeong-eun): read
        // it one way always, so that every spelling of the name agrees.
        if rest.starts_with(b"ng") && rest.get(2).is_some_and(|&b| is_vowel(b)) {
            out.push_str("nk");
            i += 2;
            continue;
        }
        let (start, count) = RULES_BY_FIRST[usize::from(rest[0] & 0x7F)];
        let rules = &RULES[usize::from(start)..usize::from(start) + usize::from(count)];
        match rules
            .iter()
            .find(|(pattern, _)| super::letters::is_prefix(pattern, rest))
        {
            Some((pattern, letters)) => {
                // (A consonant's letters are one byte, or `ng` and `ks`.)
                if !(letters.len() == 1 && out.ends_with(letters)) {
                    out.push_str(letters);
                }
                i += pattern.len();
            }
            None => i += 1,
        }
    }
}

/// The RR letters of a Hangul syllable, letter by letter (no sound rules:
/// names are spelled syllable by syllable).
pub(super) fn rr_letters(s: Syllable, out: &mut String) {
    const FINALS: [&str; 28] = [
        "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "p", "l", "l", "p", "l", "m", "p", "p", "t",
        "t", "ng", "t", "t", "k", "t", "p", "t",
    ];
    out.push_str(RR_L[usize::from(s.l)]);
    out.push_str(RR_V[usize::from(s.v)]);
    out.push_str(FINALS[usize::from(s.t)]);
}

/// The key letters of a part of a Hangul name (surname or given name), with
/// the ROK's initial-sound rule at its start (리 → 이, 룡 → 용).
/// (RR's letters are lower-case ASCII letters, as [`encode_into`] would
/// leave them, so they go to [`coarse`] as they are.) `latin` is scratch.
fn hangul_part(part: &str, latin: &mut String, out: &mut String) {
    latin.clear();
    for (i, c) in part.chars().enumerate() {
        if let Some(s) = Syllable::of(c) {
            rr_letters(if i == 0 { initial_sound_rule(s) } else { s }, latin);
        }
    }
    coarse(latin.as_bytes(), false, false, out);
}

/// `words` in lower case without hyphens (Nam-gung) and breves (Jŏn), as
/// surname spellings are looked up, into `out` (UTF-8; bytes, so that
/// ASCII, the common case, needs no check).
#[inline(always)]
fn surname_spelling(words: &[&str], out: &mut Vec<u8>) {
    out.clear();
    for w in words {
        if w.is_ascii() {
            out.extend(w.bytes().filter(|&b| b != b'-').map(|b| b.to_ascii_lowercase()));
        } else {
            let mut utf8 = [0u8; 4];
            for c in w.chars().filter(|&c| c != '-').flat_map(char::to_lowercase) {
                let c = match c {
                    'ŏ' => 'o',
                    'ŭ' => 'u',
                    c => super::letters::base_letter(c).map_or(c, char::from),
                };
                out.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
        }
    }
}

/// Are `words` a listed surname spelling? (`lower` is scratch.)
#[cold]
#[inline(never)]
pub(super) fn listed_surname(words: &[&str], lower: &mut Vec<u8>) -> bool {
    surname_spelling(words, lower);
    SPELLINGS.contains_key(lower.as_slice())
}

/// McCune–Reischauer writes a given name as pronounced (석미 Sŏng-mi, 십만
/// Simman): a stop before a nasal is read as its nasal, in every key.
fn nasalize(key: &mut String) {
    let bytes = key.as_bytes();
    if !bytes
        .windows(2)
        .any(|w| matches!(w, [b'k' | b't' | b'p', b'm' | b'n']))
    {
        return;
    }
    let mut out = String::with_capacity(key.len() + 4);
    for (i, &b) in bytes.iter().enumerate() {
        let next = bytes.get(i + 1).copied();
        let before_nasal = matches!(next, Some(b'm' | b'n'));
        match b {
            b'k' if before_nasal => out.push_str("ng"),
            // (The nasal it becomes is written once, as a consonant
            // written twice is: 읍민 Ŭmmin, Ŭm-min.)
            b't' if next == Some(b'n') => {}
            b'p' if next == Some(b'm') => {}
            b't' if before_nasal => out.push('n'),
            b'p' if before_nasal => out.push('m'),
            _ => out.push(char::from(b)),
        }
    }
    *key = out;
}

/// The key of a name, and with `both`, for a Latin name whose order cannot
/// be told for sure (Kim Jong, Jong Un Kim), the key in the other order;
/// for a Hangul name, its key as one word with no surname, as a Latin name
/// of one word is keyed (율곡 as Yulgok).
pub(super) fn keys(name: &str, both: bool) -> (String, Option<String>) {
    let name = super::canonical(name);
    keys_of(&super::the_name(&name), both)
}

/// [`keys`] of a name already canonical, without what surrounds it
/// ([`super::the_name`]).
pub(super) fn keys_of(name: &str, both: bool) -> (String, Option<String>) {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => keys_in(name, both, &mut scratch),
        // Not reached (no key is made while making one).
        Err(_) => keys_in(name, both, &mut Scratch::default()),
    })
}

/// The buffers of [`keys`], kept from one name to the next (per thread).
#[derive(Default)]
struct Scratch {
    /// A Hangul name, joined.
    text: String,
    /// A surname spelling in lower case.
    lower: Vec<u8>,
    /// RR letters of a Hangul name's part.
    latin: String,
    /// The encoded letters of a Latin name's part.
    bytes: Vec<u8>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

fn keys_in(name: &str, both: bool, scratch: &mut Scratch) -> (String, Option<String>) {
    if hangul_name_into(name, &mut scratch.text) {
        let (surname, given) = split_surname(&scratch.text);
        let mut out = String::with_capacity(16);
        hangul_part(surname, &mut scratch.latin, &mut out);
        out.push('-');
        hangul_part(given, &mut scratch.latin, &mut out);
        nasalize(&mut out);
        // A Latin name of one word (a pen name, Yulgok; a surname alone)
        // does not show where a surname would end: it is keyed as a given
        // name alone, and so is the Hangul, for it, in the other slot.
        let whole = both.then(|| {
            let mut whole = String::from("-");
            hangul_part(&scratch.text, &mut scratch.latin, &mut whole);
            nasalize(&mut whole);
            whole
        });
        return (out, whole);
    }
    let name = super::spell_out_hangul(name);
    // Words, and where the comma of `SURNAME, Given` falls.
    let (before, after) = match name.split_once(',') {
        Some((b, a)) => (b, Some(a)),
        None => (name.as_ref(), None),
    };
    // Words with letters (a stray `-` or `'` is no word).
    let lettered = |w: &&str| w.chars().any(super::is_letter);
    // On the stack for names of up to eight words; longer ones spill.
    let (mut stack, mut count, mut spilled) = ([""; 8], 0, Vec::new());
    let mut comma = None;
    for (k, part) in [Some(before), after].into_iter().flatten().enumerate() {
        if k == 1 {
            // Words before a comma that are no surname are the name
            // itself, and what follows describes it (Kim Jong Un, Chairman).
            let before = if spilled.is_empty() {
                &stack[..count]
            } else {
                &spilled[..]
            };
            if count >= 2 && !listed_surname(before, &mut scratch.lower) {
                break;
            }
            comma = Some(count);
        }
        for w in part.split_whitespace().filter(lettered) {
            if count < stack.len() {
                stack[count] = w;
            } else {
                if spilled.is_empty() {
                    spilled.extend_from_slice(&stack);
                }
                spilled.push(w);
            }
            count += 1;
        }
    }
    let words: &[&str] = if spilled.is_empty() {
        &stack[..count]
    } else {
        &spilled
    };
    if words.is_empty() {
        return (String::new(), None);
    }
    // Each word's letters, encoded once, back to back: a given name is the
    // words on one side of its surname, so its letters are one slice.
    let Scratch { lower, bytes, .. } = scratch;
    bytes.clear();
    let (mut ends, mut spilled_ends) = ([0usize; 8], Vec::new());
    for (k, w) in words.iter().enumerate() {
        encode_into(std::slice::from_ref(w), bytes);
        match ends.get_mut(k) {
            Some(end) => *end = bytes.len(),
            None => spilled_ends.push(bytes.len()),
        }
    }
    // (Across words too: Kyung Wha, Kyung W Ha.)
    super::letters::unswap_wh(bytes);
    let end_of = |k: usize| {
        ends.get(k)
            .copied()
            .unwrap_or_else(|| spilled_ends[k - ends.len()])
    };
    // The letters of words `range` (not empty).
    let letters = |range: std::ops::Range<usize>| -> &[u8] {
        let start = range.start.checked_sub(1).map_or(0, end_of);
        &bytes[start..end_of(range.end - 1)]
    };
    let mut listed = |w: &[&str]| -> Option<&'static Listing> {
        surname_spelling(w, lower);
        SPELLINGS.get(lower.as_slice())
    };
    let last = words.len() - 1;
    // Each way to read the order: the surname's words, and its listing.
    type Order = (std::ops::Range<usize>, Option<&'static Listing>);
    let (surname_at, other): (Order, Option<Order>) = match comma {
        Some(c) if c > 0 => ((0..c, listed(&words[..c])), None),
        _ if words.len() >= 2 => {
            let (first, l) = (listed(&words[..1]), listed(&words[last..]));
            let (eastern, western) = ((0..1, first), (last..words.len(), l));
            // A word that starts with an aspirate as the DPRK writes it (Thae,
            // Phyo, Khang): a name in DPRK spelling, which puts the surname
            // first.
            let dprk =
                || (0..words.len()).any(|k| matches!(letters(k..k + 1), [b't' | b'p' | b'k', b'h', ..]));
            match (first.map(|f| f.1), l.map(|l| l.1)) {
                // Western order where it can be told: the first word is no
                // surname and the last one is (Chang-Su Han), or the last is
                // a far commoner one (Jong Un Kim: 김 is five times 정; four
                // times at least) in a name not in DPRK spelling.
                (None, Some(_)) => (western, Some(eastern)),
                (Some(first), Some(l)) if l >= 4.0 * first && !dprk() => (western, Some(eastern)),
                (Some(_), Some(_)) => (eastern, Some(western)),
                _ => (eastern, None),
            }
        }
        _ => ((0..0, None), None),
    };
    let yale = super::letters::yale_marked(bytes);
    let assemble = |(at, listing): Order| -> String {
        let mut out = String::with_capacity(24);
        match listing {
            Some((key, ..)) => out.push_str(key),
            None if at.is_empty() => {}
            None => coarse(letters(at.clone()), true, yale, &mut out),
        }
        out.push('-');
        // The given name: the words before the surname, or after it.
        let given = if at.start > 0 {
            0..at.start
        } else {
            at.end..words.len()
        };
        if !given.is_empty() {
            coarse(letters(given), true, yale, &mut out);
        }
        nasalize(&mut out);
        if out == "-" {
            out.clear(); // no letters at all
        }
        out
    };
    let primary = assemble(surname_at);
    let other = other.filter(|_| both).map(assemble);
    (primary, other)
}

/// A listed surname spelling's key, the population share of its commonest
/// reading, and the surnames it is listed for, a space apart.
type Listing = (String, f32, &'static str);

/// The surnames a spelling is listed for (`tables/surname_spellings.tsv`,
/// lee → 이 리, a space apart), through the map of listed spellings (a short
/// hash: looked up once or twice a name, where `phf`'s SipHash costs as much
/// as the rest of the surname).
pub(super) fn surnames_spelled(spelling: &str) -> Option<&'static str> {
    SPELLINGS.get(spelling.as_bytes()).map(|l| l.2)
}

/// Every listed surname spelling: its key, the ROK form of its commonest
/// reading (Ri, Lee, Yi, Rhee → 이 → `i`), that reading's share of the
/// population, and the surnames.
static SPELLINGS: std::sync::LazyLock<HashMap<&'static [u8], Listing, crate::tables::Fnv>> =
    std::sync::LazyLock::new(|| {
        crate::tables::surname_spellings()
            .map(|(spelling, hanguls)| {
                let best = hanguls
                    .split(' ')
                    .max_by(|a, b| share(a).total_cmp(&share(b)))
                    .unwrap_or("");
                let mut key = String::new();
                hangul_part(best, &mut String::new(), &mut key);
                (spelling.as_bytes(), (key, share(best), hanguls))
            })
            .collect()
    });

/// Appends the letters of `words` as [`super::letters::encode`] gives them, without
/// apostrophes (aspiration, breves typed after the vowel, syllable
/// separators tell nothing the key keeps).
fn encode_into(words: &[&str], out: &mut Vec<u8>) {
    for w in words {
        if w.is_ascii() {
            out.extend(
                w.bytes()
                    .filter(u8::is_ascii_alphabetic)
                    .map(|b| b.to_ascii_lowercase()),
            );
            continue;
        }
        for c in w.chars() {
            match c {
                'ŏ' | 'Ŏ' => out.push(b'O'),
                'ŭ' | 'Ŭ' => out.push(b'U'),
                c if c.is_ascii_alphabetic() => out.push(c.to_ascii_lowercase() as u8),
                c => out.extend(super::letters::base_letter(c)),
            }
        }
    }
}

/// A surname's share of the population; a DPRK form (림) has its ROK
/// surname's (임).
fn share(hangul: &str) -> f32 {
    super::reading::surname_share(hangul)
}
