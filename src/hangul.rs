//! Hangul by arithmetic: a precomposed syllable is `0xAC00 + (L × 21 + V) × 28 + T`
//! (Unicode §3.12), so its letters are computed, never looked up.

/// Initial consonants (choseong), in Unicode order.
#[allow(dead_code)]
pub(crate) mod l {
    pub(crate) const G: u8 = 0; // ㄱ
    pub(crate) const GG: u8 = 1; // ㄲ
    pub(crate) const N: u8 = 2; // ㄴ
    pub(crate) const D: u8 = 3; // ㄷ
    pub(crate) const DD: u8 = 4; // ㄸ
    pub(crate) const R: u8 = 5; // ㄹ
    pub(crate) const M: u8 = 6; // ㅁ
    pub(crate) const B: u8 = 7; // ㅂ
    pub(crate) const BB: u8 = 8; // ㅃ
    pub(crate) const S: u8 = 9; // ㅅ
    pub(crate) const SS: u8 = 10; // ㅆ
    pub(crate) const NG: u8 = 11; // ㅇ (silent as an initial)
    pub(crate) const J: u8 = 12; // ㅈ
    pub(crate) const JJ: u8 = 13; // ㅉ
    pub(crate) const CH: u8 = 14; // ㅊ
    pub(crate) const K: u8 = 15; // ㅋ
    pub(crate) const T: u8 = 16; // ㅌ
    pub(crate) const P: u8 = 17; // ㅍ
    pub(crate) const H: u8 = 18; // ㅎ

    /// The tense partner of a plain initial (ㄱ → ㄲ), if it has one.
    pub(crate) const fn tense(initial: u8) -> Option<u8> {
        match initial {
            G => Some(GG),
            D => Some(DD),
            B => Some(BB),
            S => Some(SS),
            J => Some(JJ),
            _ => None,
        }
    }

    /// The plain partner of a tense initial (ㄲ → ㄱ); others unchanged.
    pub(crate) const fn plain(initial: u8) -> u8 {
        match initial {
            GG => G,
            DD => D,
            BB => B,
            SS => S,
            JJ => J,
            other => other,
        }
    }
}

/// Vowels (jungseong), in Unicode order. The whole alphabet is here, named,
/// though the rules so far name only some of them.
#[allow(dead_code)]
pub(crate) mod v {
    pub(crate) const A: u8 = 0; // ㅏ
    pub(crate) const AE: u8 = 1; // ㅐ
    pub(crate) const YA: u8 = 2; // ㅑ
    pub(crate) const YAE: u8 = 3; // ㅒ
    pub(crate) const EO: u8 = 4; // ㅓ
    pub(crate) const E: u8 = 5; // ㅔ
    pub(crate) const YEO: u8 = 6; // ㅕ
    pub(crate) const YE: u8 = 7; // ㅖ
    pub(crate) const O: u8 = 8; // ㅗ
    pub(crate) const WA: u8 = 9; // ㅘ
    pub(crate) const WAE: u8 = 10; // ㅙ
    pub(crate) const OE: u8 = 11; // ㅚ
    pub(crate) const YO: u8 = 12; // ㅛ
    pub(crate) const U: u8 = 13; // ㅜ
    pub(crate) const WO: u8 = 14; // ㅝ
    pub(crate) const WE: u8 = 15; // ㅞ
    pub(crate) const WI: u8 = 16; // ㅟ
    pub(crate) const YU: u8 = 17; // ㅠ
    pub(crate) const EU: u8 = 18; // ㅡ
    pub(crate) const UI: u8 = 19; // ㅢ
    pub(crate) const I: u8 = 20; // ㅣ
}

/// Final consonants (jongseong), in Unicode order; 0 is none.
#[allow(dead_code)]
pub(crate) mod t {
    pub(crate) const NONE: u8 = 0;
    pub(crate) const G: u8 = 1; // ㄱ
    pub(crate) const GG: u8 = 2; // ㄲ
    pub(crate) const GS: u8 = 3; // ㄳ
    pub(crate) const N: u8 = 4; // ㄴ
    pub(crate) const NJ: u8 = 5; // ㄵ
    pub(crate) const NH: u8 = 6; // ㄶ
    pub(crate) const D: u8 = 7; // ㄷ
    pub(crate) const L: u8 = 8; // ㄹ
    pub(crate) const LG: u8 = 9; // ㄺ
    pub(crate) const LM: u8 = 10; // ㄻ
    pub(crate) const LB: u8 = 11; // ㄼ
    pub(crate) const LS: u8 = 12; // ㄽ
    pub(crate) const LT: u8 = 13; // ㄾ
    pub(crate) const LP: u8 = 14; // ㄿ
    pub(crate) const LH: u8 = 15; // ㅀ
    pub(crate) const M: u8 = 16; // ㅁ
    pub(crate) const B: u8 = 17; // ㅂ
    pub(crate) const BS: u8 = 18; // ㅄ
    pub(crate) const S: u8 = 19; // ㅅ
    pub(crate) const SS: u8 = 20; // ㅆ
    pub(crate) const NG: u8 = 21; // ㅇ
    pub(crate) const J: u8 = 22; // ㅈ
    pub(crate) const CH: u8 = 23; // ㅊ
    pub(crate) const K: u8 = 24; // ㅋ
    pub(crate) const T: u8 = 25; // ㅌ
    pub(crate) const P: u8 = 26; // ㅍ
    pub(crate) const H: u8 = 27; // ㅎ
}

const S_BASE: u32 = 0xAC00;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;

/// A precomposed syllable as its three letter indices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Syllable {
    pub(crate) l: u8,
    pub(crate) v: u8,
    pub(crate) t: u8,
}

impl Syllable {
    /// The letters of `c`, if it is a precomposed syllable (U+AC00..=U+D7A3).
    #[inline]
    pub(crate) fn of(c: char) -> Option<Syllable> {
        Syllable::from_code(c as u32)
    }

    #[inline]
    fn from_code(code: u32) -> Option<Syllable> {
        let s = code.checked_sub(S_BASE)?;
        if s >= 19 * V_COUNT * T_COUNT {
            return None;
        }
        Some(Syllable {
            l: (s / (V_COUNT * T_COUNT)) as u8,
            v: (s % (V_COUNT * T_COUNT) / T_COUNT) as u8,
            t: (s % T_COUNT) as u8,
        })
    }

    /// The syllable whose UTF-8 encoding `bytes` begins with, if any (a
    /// syllable is three bytes, the first of them EA–ED).
    #[inline]
    pub(crate) fn from_utf8(bytes: &[u8]) -> Option<Syllable> {
        match *bytes {
            [x @ 0xEA..=0xED, y, z, ..] => {
                let cp = (u32::from(x & 0x0F) << 12) | (u32::from(y & 0x3F) << 6) | u32::from(z & 0x3F);
                Syllable::from_code(cp)
            }
            _ => None,
        }
    }

    /// The syllable's place among the 11,172 (code point − U+AC00).
    #[inline]
    pub(crate) const fn index(self) -> usize {
        (self.l as usize * V_COUNT as usize + self.v as usize) * T_COUNT as usize + self.t as usize
    }

    /// The precomposed syllable.
    #[inline]
    pub(crate) fn to_char(self) -> char {
        let s = S_BASE + (self.l as u32 * V_COUNT + self.v as u32) * T_COUNT + self.t as u32;
        char::from_u32(s).unwrap_or('\u{FFFD}')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_syllable_round_trips() {
        let mut n = 0;
        for cp in 0xAC00..=0xD7A3u32 {
            let c = char::from_u32(cp).unwrap();
            let s = Syllable::of(c).unwrap();
            assert!(s.l < 19 && s.v < 21 && s.t < 28);
            assert_eq!(s.to_char(), c);
            n += 1;
        }
        assert_eq!(n, 11_172);
        assert_eq!(Syllable::of('\u{ABFF}'), None);
        assert_eq!(Syllable::of('\u{D7A4}'), None);
        assert_eq!(
            Syllable::of('김'),
            Some(Syllable {
                l: l::G,
                v: v::I,
                t: t::M
            })
        );
    }
}
