//! Names against the real data of `../shared/data`: romanized names back to
//! Hangul (`reverse_names.tsv`), verdicts and keys on real name pairs with
//! hard negatives (`names/pairs_dev.tsv`).

mod common;

use kcanon::names::{compare, hangul, key, Name};

fn rows(rel: &str) -> Option<Vec<Vec<String>>> {
    let text = common::shared_text(rel)?;
    Some(
        text.lines()
            .skip(1)
            .filter(|l| !l.trim().is_empty())
            .map(|l| l.split('\t').map(str::to_string).collect())
            .collect(),
    )
}

/// Rows whose expected Hangul no reading can give, each with why; listed,
/// not skipped silently.
const UNREACHABLE: &[(&str, &str)] = &[(
    "Kim Ch’ŏr-wŏn",
    "the expected form is Hanja (金哲源), not Hangul; its Hangul 김철원 is checked instead",
)];

#[test]
fn reverse_names_back_to_hangul() {
    let Some(rows) = rows("data/romanization/reverse_names.tsv") else {
        return;
    };
    let (mut top1, mut top3, mut n) = (0, 0, 0);
    for r in &rows {
        let (latin, expected) = (&r[0], &r[2]);
        let expected = match UNREACHABLE.iter().find(|(l, _)| l == latin) {
            Some(_) => "김철원".to_string(),
            None => expected.clone(),
        };
        let got = hangul(latin);
        n += 1;
        let rank = got.iter().position(|c| c.hangul == expected);
        if rank == Some(0) {
            top1 += 1;
        }
        if rank.is_some_and(|r| r < 3) {
            top3 += 1;
        }
        if rank != Some(0) {
            let shown: Vec<String> = got
                .iter()
                .take(4)
                .map(|c| format!("{} {:.2}", c.hangul, c.score))
                .collect();
            eprintln!("{latin} → expected {expected}, got {}", shown.join(", "));
        }
    }
    let (p1, p3) = (top1 as f64 / n as f64, top3 as f64 / n as f64);
    eprintln!(
        "reverse_names: top-1 {top1}/{n} ({:.1}%), top-3 {top3}/{n} ({:.1}%)",
        p1 * 100.0,
        p3 * 100.0
    );
    // Issue #4 asks top-1 ≥ 95%: 59 of 62. KCNA's o is ㅗ and ㅓ alike
    // (Yong 용/영, Song 송/성), and the ROK prior of
    // `tables/given_name_syllables.tsv` ranks 영 and 성 first; the persons
    // of `tables/known_names.tsv` are read as themselves (조용원, 현송월,
    // 김여정, and Ri Yong Ho as the list takes the bare spelling, 리용호).
    // The misses are three rows whose expected reading is not the likelier
    // one (Yi → 리, Yu → 류, Sŏng-min → 석민); for the first two, the ALA-LC
    // document the rows come from gives our reading as well (류 성민 (or 유
    // 성민), 리 승만 (or 이 승만)).
    assert!(p1 >= 0.95, "top-1 {p1}");
    assert!(p3 >= 0.99, "top-3 {p3}");
}

/// Pairs whose label this library does not follow, each with why.
const LABELS_NOT_FOLLOWED: &[(&str, &str, &str)] = &[(
    "HAN JANG SU",
    "Chang-Su Han",
    "labelled a different alias after the UN list's alias field, but it is the same name in Western \
     order (Han Jang Su = 한장수 = Chang-Su Han), and the issue asks for Western order",
)];

#[test]
fn dev_pairs_verdicts_and_keys() {
    let Some(rows) = rows("data/names/pairs_dev.tsv") else {
        return;
    };
    let same_kinds = [
        "romanization_variant",
        "romanization_variant_derived",
        "format_only",
        "hangul_vs_roman",
    ];
    let different_kinds = ["different_alias", "given_name_one_syllable_diff"];
    let (mut same_ok, mut same_n, mut diff_ok, mut diff_n, mut key_ok) = (0, 0, 0, 0, 0);
    for r in &rows {
        let (a, b, kind) = (&r[0], &r[1], r[5].as_str());
        let v = compare(a, b);
        if same_kinds.contains(&kind) {
            same_n += 1;
            if v.same {
                same_ok += 1;
            } else {
                eprintln!(
                    "missed same ({kind}): {a} | {b} ({:.3}) {:?} {:?}",
                    v.score,
                    top(a),
                    top(b)
                );
            }
            if key(a) == key(b) {
                key_ok += 1;
            } else {
                eprintln!("key differs ({kind}): {a} {} | {b} {}", key(a), key(b));
            }
        } else if different_kinds.contains(&kind) {
            if LABELS_NOT_FOLLOWED.iter().any(|(x, y, _)| x == a && y == b) {
                assert!(v.same, "{a} | {b}: listed as judged the same, and no longer is");
                continue;
            }
            diff_n += 1;
            if !v.same {
                diff_ok += 1;
            } else {
                eprintln!("false same ({kind}): {a} | {b} ({:.3})", v.score);
            }
        }
    }
    let recall = same_ok as f64 / same_n as f64;
    let keys = key_ok as f64 / same_n as f64;
    let tn = diff_ok as f64 / diff_n as f64;
    let (tp, fp, fn_) = (
        same_ok as f64,
        (diff_n - diff_ok) as f64,
        (same_n - same_ok) as f64,
    );
    let f1 = 2.0 * tp / (2.0 * tp + fp + fn_);
    eprintln!(
        "pairs_dev: same {same_ok}/{same_n} (recall {recall:.3}), different {diff_ok}/{diff_n} ({tn:.3}), F1 {f1:.3}, key agrees {key_ok}/{same_n} ({keys:.3})"
    );
    assert!(recall >= 0.98, "recall {recall}");
    assert_eq!(diff_ok, diff_n, "every different name judged different");
    assert!(keys >= 0.97, "keys {keys}");
}

/// The systems whose writers every name is romanized in for the tests
/// below (Yale too where its letters allow).
const NAME_SYSTEMS: [kcanon::romanize::System; 5] = {
    use kcanon::romanize::System;
    [
        System::Rr,
        System::Mr,
        System::MrAscii,
        System::Dprk,
        System::Kcna,
    ]
};

/// The writers' own output reads back: random names (a surname of the
/// table and two syllables that given names use) romanized in every system
/// come back among the candidates, and share the Hangul's key.
#[test]
fn every_system_reads_back() {
    use kcanon::romanize::{romanize_with, Kind, Options, System};
    let surnames = [
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안",
        "송", "류", "홍",
    ];
    let given = "민서준지현우영수진성정철호은혜경동명일남선희용석광혁주연숙미"
        .chars()
        .collect::<Vec<_>>();
    let (mut n, mut found, mut keys) = (0, 0, 0);
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |m: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % m as u64) as usize
    };
    for _ in 0..150 {
        let name = format!(
            "{}{}{}",
            surnames[next(surnames.len())],
            given[next(given.len())],
            given[next(given.len())]
        );
        for system in NAME_SYSTEMS.into_iter().chain([System::Yale]) {
            let latin = romanize_with(&name, system, &Options::new(Kind::Name));
            let candidates = hangul(&latin);
            n += 1;
            let comparable = |h: &str| {
                h.replacen('리', "이", 1)
                    .replacen('류', "유", 1)
                    .replacen('림', "임", 1)
            };
            if candidates
                .iter()
                .any(|c| comparable(&c.hangul) == comparable(&name))
            {
                found += 1;
            } else {
                eprintln!("{name} {system:?} {latin} → {:?}", top(&latin));
            }
            if key(&latin) == key(&name) {
                keys += 1;
            } else {
                eprintln!("key: {name} {} | {latin} {}", key(&name), key(&latin));
            }
        }
    }
    eprintln!("writers read back: {found}/{n} among the candidates, key {keys}/{n}");
    assert!(found as f64 >= 0.97 * n as f64, "{found}/{n}");
    assert!(keys as f64 >= 0.97 * n as f64, "{keys}/{n}");
}

/// The key cannot see where a joined given name's syllables meet: RR's
/// 도읍 `Doeup` holds no ㅚ, and 득구 is `Deukgu` in RR, `Tŭk-ku` in MR. Every
/// given name of two syllables from a set rich in vowel-initial syllables
/// and in finals before a consonant, in every system, joined, hyphenated
/// or spaced, has the Hangul's key.
#[test]
fn keys_do_not_depend_on_where_syllables_meet() {
    use kcanon::romanize::{romanize_with, Kind, Options};
    let syllables = "도읍은어아이우에애외의요유예와워위득구국길복석민준"
        .chars()
        .collect::<Vec<_>>();
    let (mut n, mut agree) = (0, 0);
    for &a in &syllables {
        for &b in &syllables {
            let name = format!("김{a}{b}");
            for system in NAME_SYSTEMS {
                let latin = romanize_with(&name, system, &Options::new(Kind::Name));
                let Some((surname, given)) = latin.split_once(' ') else {
                    panic!("{latin}");
                };
                let given = given.replace(' ', "-");
                for form in [
                    format!("{surname} {given}"),
                    format!("{surname} {}", given.replace('-', "")),
                    format!("{surname} {}", given.replace('-', " ")),
                ] {
                    n += 1;
                    if key(&form) == key(&name) {
                        agree += 1;
                    } else {
                        eprintln!("key: {name} {} | {form} {}", key(&name), key(&form));
                    }
                }
            }
        }
    }
    eprintln!("keys where syllables meet: {agree}/{n}");
    assert_eq!(agree, n);
}

/// Yale, as linguists write names: read back, compared and keyed where its
/// letters show it (c for ㅈ, wu for ㅜ, ay ey oy uy, e closing a syllable
/// for ㅓ); an RR name with an open e stays RR's ㅔ.
#[test]
fn yale_names() {
    for (yale, hangul_form, other) in [
        ("Kim Cengun", "김정은", "Kim Jong Un"),
        ("Choy Senhuy", "최선희", "Choe Son Hui"),
        ("Mwun Cayin", "문재인", "Moon Jae-in"),
        ("Pak Kunhyey", "박근혜", "Park Geun-hye"),
        ("Hwang Cangyep", "황장엽", "Hwang Jang Yop"),
        ("Kim Tongmyeng", "김동명", "Kim Tong-myong"),
    ] {
        assert_eq!(hangul(yale)[0].hangul, hangul_form, "{yale}");
        assert_eq!(key(yale), key(hangul_form), "{yale}");
        assert!(compare(yale, hangul_form).same, "{yale}");
        assert!(compare(yale, other).same, "{yale} | {other}");
    }
    assert!(!compare("Kim Cengil", "Kim Jong Un").same);
    assert_eq!(hangul("Kim Se-jun")[0].hangul, "김세준");
    assert_eq!(hangul("Kim Sejun")[0].hangul, "김세준");
}

/// A surname in the DPRK system's letters (Jŏn, Jŏng) is a surname last,
/// too: the surname table spells without breves.
#[test]
fn western_order_with_breves() {
    for (written, hangul) in [("Jae-su Jŏn", "전재수"), ("Tong-man Jŏng", "정동만")] {
        assert_eq!(key(written), key(hangul), "{written}");
        assert!(compare(written, hangul).same, "{written}");
        assert_eq!(kcanon::names::hangul(written)[0].hangul, hangul, "{written}");
    }
    // Three words with breves are in the librarians' and the sanctions
    // lists' order, surname first, though the last is a commoner surname.
    for written in ["YO'N CHO'NG NAM", "Yŏn Chŏng Nam"] {
        assert_eq!(kcanon::names::hangul(written)[0].hangul, "연정남", "{written}");
    }
}

fn top(name: &str) -> Vec<String> {
    hangul(name)
        .iter()
        .take(3)
        .map(|c| format!("{} {:.2}", c.hangul, c.score))
        .collect()
}

/// Hangul mixed with Latin reads as one name.
#[test]
fn mixed_hangul_and_latin() {
    assert_eq!(hangul("김 Jong Un")[0].hangul, "김정은");
    // (Ri is how every system writes 리, the DPRK's form of 이.)
    assert_eq!(hangul("RI 병철")[0].hangul, "리병철");
    assert_eq!(hangul("Lee 병철")[0].hangul, "이병철");
    assert_eq!(key("김 Jong Un"), key("김정은"));
    assert!(compare("김 Jong Un", "Kim Jong Un").same);
    assert!(!compare("김 Jong Un", "Kim Jong Il").same);
}

/// Western order, where it can be told (the example).
#[test]
fn western_order() {
    assert_eq!(hangul("Jong Un Kim")[0].hangul, "김정은");
    assert!(compare("Jong Un Kim", "Kim Jong Un").same);
    assert_eq!(key("Chang-Su Han"), key("HAN JANG SU"));
}

/// One DPRK official in every form in use (DPRK and ROK Hangul, KCNA, MR,
/// RR of the ROK Hangul, the ROK press): all one name, one key.
#[test]
fn every_form_of_a_dprk_official_is_one_name() {
    let Some(rows) = rows("data/spelling/dprk_person_names_romanization.tsv") else {
        return;
    };
    let (mut pairs, mut same, mut keys) = (0, 0, 0);
    for r in &rows {
        let forms = &r[..6];
        for (i, a) in forms.iter().enumerate() {
            for b in &forms[i + 1..] {
                pairs += 1;
                if compare(a, b).same {
                    same += 1;
                } else {
                    eprintln!("not the same: {a} | {b}");
                }
                if key(a) == key(b) {
                    keys += 1;
                } else {
                    eprintln!("keys differ: {a} {} | {b} {}", key(a), key(b));
                }
            }
        }
    }
    eprintln!("dprk officials: {same}/{pairs} pairs the same name, keys agree for {keys}/{pairs}");
    assert!(same as f64 >= 0.97 * pairs as f64, "{same}/{pairs}");
    assert!(keys as f64 >= 0.97 * pairs as f64, "{keys}/{pairs}");
}

/// What lists put around a name: a part in brackets, an English title.
#[test]
fn brackets_and_titles_are_not_the_name() {
    for written in [
        "Kim Jong Un (김정은)",
        "Mr. Kim Jong Un",
        "Marshal Kim Jong Un",
        "(김정은)",
        "[Kim Jong Un]",
    ] {
        assert_eq!(hangul(written)[0].hangul, "김정은", "{written}");
        assert_eq!(key(written), key("김정은"), "{written}");
        assert!(compare(written, "Kim Jong Un").same, "{written}");
    }
    // A title alone is no name to strip down to nothing.
    assert_eq!(key("Mr."), key("mr"));
    // Found by the fuzz target: a title is known with or without hyphens.
    assert_eq!(key("lt-\nR!\"\n"), key("lt\nR!\"\n"));
    // Found by the fuzz target: a stray `-` before a title (`- vice vice`).
    assert_eq!(key("-\rvice\rvice\r *\r *"), key("\rvice\rvice\r *\r *"));
    assert_eq!(key("- Marshal Kim Jong Un"), key("김정은"));
}

/// What else lists, captions and running text write with a name: another
/// field after a semicolon, the name again in Hangul, a possessive.
#[test]
fn fields_hangul_beside_and_possessives_are_not_the_name() {
    for (written, hangul_name) in [
        ("CHOE, Ryong Hae; DOB 15 Jan 1950", "최룡해"),
        ("Kim Jong Un; Kim Jong-un", "김정은"),
        ("; Kim Jong Un", "김정은"),
        ("KIM Jong Un 김정은", "김정은"),
        ("김여정 Kim Yo Jong", "김여정"),
        ("Kim Jong Un's", "김정은"),
        ("Kim Jong Un’s", "김정은"),
        ("KIM JONG UN'S", "김정은"),
        ("Kim Jong Un'-s", "김정은"),
        ("KIM Jong-Un - 김정은", "김정은"),
        // Parted by a slash, a bar or a comma, as tables write the two.
        ("Kim Jong Un / 김정은", "김정은"),
        ("김정은/Kim Jong Un", "김정은"),
        ("Kim Jong Un | 김정은", "김정은"),
        ("김정은, Kim Jong Un", "김정은"),
        // Hangul that is a title alone is the title's, not the name.
        ("Kim Jong Un 위원장", "김정은"),
        ("Kim Jong Un, 동지", "김정은"),
    ] {
        assert_eq!(hangul(written)[0].hangul, hangul_name, "{written}");
        assert_eq!(key(written), key(hangul_name), "{written}");
        assert!(compare(written, hangul_name).same, "{written}");
    }
    // The Hangul beside the Latin decides: the Latin need not agree.
    assert!(!compare("Kim Jong Un 김정일", "김정은").same);
    assert!(!compare("Kim Jong Un / 김정일", "김정은").same);
    // A slash inside the Latin name (an airline's) parts its words too.
    assert_eq!(key("KIM/JONGUN 김정은"), key("김정은"));
    // Hangul mixed into a Latin name is read with it, not taken alone.
    assert_eq!(hangul("김 Jong Un")[0].hangul, "김정은");
    assert_eq!(hangul("Kim 정은")[0].hangul, "김정은");
    // A Korean name ending in an apostrophe and an s is no possessive
    // unless a letter comes before the apostrophe.
    assert_eq!(key("Kim Jong Un'-s"), key("Kim Jong Un's"));
    // A look-alike the Unicode layer leaves as it is (after a hyphen) is
    // an apostrophe all the same (the fuzz finding: ng-`S).
    assert_eq!(key("Kim Jong Un-`s"), key("Kim Jong Un`s"));
    assert_eq!(key("Kim Jong Un-`s"), key("Kim Jong Un"));
    assert_eq!(key("KIM Jong-Un -김정은"), key("KIM JongUn 김정은"));
}

/// `written` is read as `plain` (the same name as a person writes it): the
/// same key, `hangul_name` first, and judged the same as both.
fn assert_read_as(written: &str, plain: &str, hangul_name: &str) {
    assert_eq!(key(written), key(plain), "{written}");
    assert_eq!(hangul(written)[0].hangul, hangul_name, "{written}");
    assert!(compare(written, hangul_name).same, "{written}");
    assert!(compare(written, plain).same, "{written}");
}

/// Names as machines write them: a passport's machine-readable zone (ICAO
/// Doc 9303: SURNAME<<GIVEN<NAMES, `<` to fill the field), an airline's
/// SURNAME/GIVEN with the passenger's title after it, and underscores and
/// full stops for spaces (identifiers, file names, payment messages).
#[test]
fn machine_written_names_are_read_as_people_write_them() {
    for (written, by_hand, hangul_name) in [
        ("KIM<<JONG<UN<<<<<<<<<<<<<<<<<<<<<<", "KIM, Jong Un", "김정은"),
        ("CHOE<<SON<HUI", "CHOE, Son Hui", "최선희"),
        ("RI<<SOL<JU<<<<", "Ri Sol Ju", "리설주"),
        ("KIM/JONGUN MR", "KIM, Jongun", "김정은"),
        ("CHOE/SONHUI MS", "Choe Sonhui", "최선희"),
        ("PAK/PONGJU", "Pak Pongju", "박봉주"),
        ("Kim_Jong_Un", "Kim Jong Un", "김정은"),
        ("Ri_Sol_Ju", "Ri Sol Ju", "리설주"),
        ("KIM.YO.JONG", "KIM YO JONG", "김여정"),
        ("Mr.Kim Jong Un", "Kim Jong Un", "김정은"),
    ] {
        assert_read_as(written, by_hand, hangul_name);
    }
    // The surname the zone or the slash marks stays the surname (JONG is
    // a surname too: 정).
    assert_eq!(hangul("JONG<<KIM")[0].hangul, "정김");
    assert_ne!(key("JONG/KIM"), key("KIM JONG"));
    // Different names stay different.
    assert!(!compare("KIM<<JONG<UN", "KIM<<JONG<IL").same);
    assert!(!compare("KIM/JONGUN", "KIM/JONGIL").same);
    // Hyphens are looked through, as the key ignores them.
    assert_eq!(key("KIM<-<JONG<UN<-"), key("KIM<<JONG<UN"));
    assert_eq!(key("KIM-/JONGUN"), key("KIM/JONGUN"));
    assert_eq!(key("Kim.-Jong.Un"), key("Kim.Jong.Un"));
    // What is not a separator stays: a full stop after an initial, a slash
    // in a name that has its comma already.
    assert_eq!(key("Kim J. Un"), key("Kim J Un"));
    assert_eq!(key("KIM, JONG/UN"), key("KIM, JONG UN"));
    // Nothing but separators is no name.
    for nothing in ["<<<", "/", "_", ".", "<<<<<<<<<<"] {
        assert!(hangul(nothing).is_empty(), "{nothing}");
        assert_eq!(key(nothing), "", "{nothing}");
    }
}

/// Another name after an alias word, as lists write aliases without
/// brackets (KIM Jong Un a.k.a. KIM Jong-un): the name is the first one.
#[test]
fn a_name_after_an_alias_word_is_another_name() {
    for (written, first, hangul_name) in [
        ("KIM Jong Un a.k.a. KIM Jong-un", "KIM Jong Un", "김정은"),
        ("Choe Son Hui aka Choe Son-hui", "Choe Son Hui", "최선희"),
        ("RI Sol Ju A.K.A. Ri Sol-ju", "RI Sol Ju", "리설주"),
        ("Kim Yo Jong alias Kim Yo-jong", "Kim Yo Jong", "김여정"),
        ("PAK Pong Ju a/k/a Pak Pong-chu", "PAK Pong Ju", "박봉주"),
        ("KIM, Jong Un a.k.a. KIM Jong-un", "KIM, Jong Un", "김정은"),
        // Nothing before the alias word: the name after it.
        ("a.k.a. Kim Jong Un", "Kim Jong Un", "김정은"),
    ] {
        assert_read_as(written, first, hangul_name);
    }
    // The first name is the one judged: what follows the alias word is
    // another name, which does not make the first the same as another.
    assert!(!compare("Kim Jong Un aka Kim Jong-il", "Kim Jong Il").same);
    // A word that only starts like one is part of the name.
    assert_ne!(key("Kim Jong Akang Un"), key("Kim Jong"));
    // Nothing but alias words is no name.
    assert!(hangul("aka alias a.k.a. alias").is_empty());
    assert_eq!(key("aka alias a.k.a. alias"), "");
}

/// A description before the name, as news text writes it, ends in a title
/// word: all up to it goes, whatever precedes it. A title of something
/// (Minister of Foreign Affairs, as KCNA's English writes titles) goes
/// with what it is of, up to the name: the first listed surname with a
/// given name after it and nothing more.
#[test]
fn a_description_before_the_name_is_not_the_name() {
    // Titles stacked, however many (each one cut in place, one copy at
    // the end: the time is the length's).
    let stacked = "Mr. Minister ".repeat(20_000) + "Kim Jong Un";
    assert_eq!(key(&stacked), key("Kim Jong Un"));
    assert_eq!(hangul(&stacked)[0].hangul, "김정은");
    for (written, hangul_name) in [
        ("North Korean leader Kim Jong Un", "김정은"),
        ("First Vice Foreign Minister Choe Son Hui", "최선희"),
        ("DPRK Foreign Minister Ri Son Gwon", "리선권"),
        ("Foreign Minister Choe Son Hui, DPRK", "최선희"),
        ("South Korean President Moon Jae-in", "문재인"),
        ("WPK General Secretary Kim Jong Un", "김정은"),
        ("former Ambassador Thae Yong-ho", "태영호"),
        ("Minister of Foreign Affairs Choe Son Hui", "최선희"),
        ("Premier of the DPRK Cabinet Pak Thae Song", "박태성"),
        (
            "Vice-Chairman of the WPK Central Military Commission Ri Pyong Chol",
            "리병철",
        ),
        (
            "Member of the Presidium of the Political Bureau of the WPK Central Committee Jo Yong Won",
            "조용원",
        ),
        ("Head of the International Department Kim Song Nam", "김성남"),
        ("President of the Republic of Korea Yoon Suk Yeol", "윤석열"),
        ("Minister of Unification Kim Yung-ho, who", "김영호"),
    ] {
        assert_eq!(hangul(written)[0].hangul, hangul_name, "{written}");
        assert_eq!(key(written), key(hangul_name), "{written}");
        assert!(compare(written, hangul_name).same, "{written}");
    }
    assert!(!compare("North Korean leader Kim Jong Un", "Kim Jong Il").same);
    // A title word with nothing after it is no description of a name.
    assert_ne!(key("Kim Jong Un Foreign Minister"), key("Kim Jong Un"));
    // Three words: a title before a name is the title alone (`Mr.`).
    assert_eq!(key("Chief Kim Yong"), key("Kim Yong"));
    // The name is the first surname with a given name after it (Kim Song
    // Il: Song is a surname too).
    assert_eq!(
        key("Minister of Foreign Affairs of the DPRK Kim Song Il"),
        key("김성일")
    );
}

/// A description after a comma (press lists, captions) is no part of the
/// name, while `SURNAME, Given` keeps its comma, also for a surname of two
/// syllables written as two words.
#[test]
fn a_description_after_a_comma_is_not_the_name() {
    for (written, hangul_name) in [
        ("Kim Jong Un, Chairman", "김정은"),
        ("Kim Jong Un, Chairman of the State Affairs Commission", "김정은"),
        ("Ri Son Gwon, Foreign Minister, DPRK", "리선권"),
        ("Choe Son Hui, first vice-minister", "최선희"),
        ("Jong Un Kim, Chairman", "김정은"),
        ("Moon Jae-in, President", "문재인"),
    ] {
        assert_eq!(hangul(written)[0].hangul, hangul_name, "{written}");
        assert_eq!(key(written), key(hangul_name), "{written}");
        assert!(compare(written, hangul_name).same, "{written}");
    }
    assert!(!compare("Kim Jong Un, Chairman", "Kim Jong Il").same);
    for (written, hangul_name) in [
        ("KIM, Jong Un", "김정은"),
        ("NAM GUNG, Min", "남궁민"),
        ("Namgung, Min", "남궁민"),
    ] {
        assert_eq!(hangul(written)[0].hangul, hangul_name, "{written}");
        assert_eq!(key(written), key(hangul_name), "{written}");
    }
}

/// Titles written with a Hangul name (`tables/name_titles.tsv`) are not the
/// name: after it, before it, or joined to it where usage joins them; and
/// where too little would be left, nothing is taken (김동지, 박 주석 and 이 현
/// may be names).
#[test]
fn korean_titles_are_not_the_name() {
    for (written, bare) in [
        ("김정은 동지", "김정은"),
        ("김정은 총비서 동지", "김정은"),
        ("김정은동지", "김정은"),
        ("국무위원장 김정은", "김정은"),
        ("북한 국무위원장 김정은", "김정은"),
        ("김정은 북한 국무위원장", "김정은"),
        ("김여정 제1부부장", "김여정"),
        ("리선권 외무상", "리선권"),
        ("김일성주석", "김일성"),
        ("김대중 전 대통령", "김대중"),
        ("남궁민 의원", "남궁민"),
        ("리영길 차수", "리영길"),
        ("홍길동씨", "홍길동"),
        // What ends in a title before the name describes it; what comes
        // between the name and a title after it is what the title is of.
        ("위대한 수령 김일성동지", "김일성"),
        ("경애하는 최고령도자 김정은동지", "김정은"),
        ("인민의 최고령도자 김정은동지", "김정은"),
        ("경애하는 김정일동지", "김정일"),
        ("조선로동당 중앙위원회 부부장 김여정", "김여정"),
        ("외무성 제1부상 최선희", "최선희"),
        ("김여정 당중앙위원회 부부장", "김여정"),
        ("김계관 외무성 제1부상", "김계관"),
        ("김 정은 당중앙위원회 위원장", "김정은"),
        ("남궁 민수 의원", "남궁민수"),
        // A title with particles after it, as running text writes it.
        ("윤석열 대통령은", "윤석열"),
        ("김정은 위원장의", "김정은"),
        ("김정은동지께서는", "김정은"),
        ("경애하는 김정은동지께서는", "김정은"),
    ] {
        assert_eq!(hangul(written)[0].hangul, bare, "{written}");
        assert_eq!(key(written), key(bare), "{written}");
        assert!(compare(written, bare).same, "{written}");
    }
    assert!(compare("김정은 동지", "Kim Jong Un").same);
    assert!(!compare("김정은 동지", "Kim Jong Il").same);
    for name in [
        "김동지",
        "박 주석",
        "이 현",
        "리철동지",
        "대통령",
        "김 위원장",
        "선우 재덕",
        "최 부상",
        "김 위원장은",
    ] {
        let joined: String = name.split(' ').collect();
        assert_eq!(hangul(name)[0].hangul, joined, "{name}");
    }
}

/// `Name::compare` of names read once is `compare` of the names as written:
/// on every dev pair, in both orders, and on pairs of different persons.
#[test]
fn read_names_compare_as_compare() {
    let Some(rows) = rows("data/names/pairs_dev.tsv") else {
        return;
    };
    let names: Vec<&str> = rows.iter().flat_map(|r| [r[0].as_str(), r[1].as_str()]).collect();
    let read: Vec<Name> = names.iter().map(|n| Name::new(n)).collect();
    for (i, (a, na)) in names.iter().zip(&read).enumerate() {
        assert_eq!(na.key(), key(a), "{a}");
        // Its pair, and the names seven and thirty places on.
        for j in [i ^ 1, (i + 7) % names.len(), (i + 30) % names.len()] {
            let (b, nb) = (names[j], &read[j]);
            let v = compare(a, b);
            assert_eq!(na.compare(nb), v, "{a} | {b}");
            assert_eq!(nb.compare(na), v, "{b} | {a}");
        }
    }
    // A list read once is shared by threads (its readings are read, once,
    // by whichever comparison needs them first).
    fn shared<T: Send + Sync>(_: &T) {}
    let fresh: Vec<Name> = names.iter().map(|n| Name::new(n)).collect();
    shared(&fresh);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| {
                for (i, a) in fresh.iter().enumerate() {
                    assert_eq!(a.compare(&fresh[i ^ 1]), compare(names[i], names[i ^ 1]));
                }
            });
        }
    });
}

/// A name no syllable table reads (a spelling of one person: a silent h, a
/// stray y) is judged by its key against a Korean name: the same where the
/// letters give the other's key, with the least score that is the same, and
/// different where they do not. Two such names are the same only as the same
/// words.
#[test]
fn unreadable_spellings_are_judged_by_their_keys() {
    for (latin, hangul_name) in [("HONG IHKPYO", "홍익표"), ("EOH KIYKU", "어기구")] {
        assert!(hangul(latin).is_empty(), "{latin}");
        assert_eq!(key(latin), key(hangul_name), "{latin}");
        let v = compare(latin, hangul_name);
        assert!(v.same && v.score > 0.0 && v.score < 0.1, "{latin}: {v:?}");
        assert_eq!(compare(hangul_name, latin), v);
    }
    assert!(compare("HONG IHKPYO", "Hong Ik-pyo").same);
    assert!(!compare("HONG IHKPYO", "홍익수").same);
    assert!(!compare("EOH KIYKU", "어기수").same);
    assert!(!compare("John Smith", "김정은").same);
    assert!(compare("TSANG, Yung Yuan", "Tsang Yung Yuan").same);
    assert!(!compare("TSANG, Yung Yuan", "Neil Tsang").same);
}

/// Persons the dev file does not link, though they are one: each pair of
/// person ids with why.
const ONE_PERSON_UNLINKED: &[(&str, &str, &str)] = &[(
    "un:KPi.043",
    "wd:jo-yong-won",
    "Jo Yong Won, the official 조용원: the UN list gives no Hangul, Wikidata does",
)];

/// Names of different persons are different names: every two names of
/// `pairs_dev.tsv` that no row links (a row links two spellings, its
/// person's id and its Hangul), read once and compared — about 400,000
/// pairs of DPRK officials, sanctioned persons and ROK lawmakers, nearly all
/// settled by their keys.
#[test]
fn different_persons_are_different_names() {
    let Some(rows) = rows("data/names/pairs_dev.tsv") else {
        return;
    };
    // Persons as the rows link them (union–find over names, ids, Hangul).
    let mut parent: std::collections::HashMap<String, String> = Default::default();
    fn root(parent: &mut std::collections::HashMap<String, String>, x: &str) -> String {
        let mut x = x.to_string();
        loop {
            let up = parent.entry(x.clone()).or_insert_with(|| x.clone()).clone();
            if up == x {
                return x;
            }
            x = up;
        }
    }
    let mut link = |a: String, b: String| {
        let (ra, rb) = (root(&mut parent, &a), root(&mut parent, &b));
        parent.insert(ra, rb);
    };
    for r in &rows {
        let person = format!("id {}", r[6]);
        link(format!("name {}", r[0]), person.clone());
        link(format!("name {}", r[1]), person.clone());
        if !r[2].is_empty() {
            link(person, format!("hangul {}", r[2]));
        }
    }
    for (a, b, _why) in ONE_PERSON_UNLINKED {
        link(format!("id {a}"), format!("id {b}"));
    }
    let mut names: Vec<&str> = rows.iter().flat_map(|r| [r[0].as_str(), r[1].as_str()]).collect();
    names.sort_unstable();
    names.dedup();
    let persons: Vec<String> = names
        .iter()
        .map(|n| root(&mut parent, &format!("name {n}")))
        .collect();
    let read: Vec<Name> = names.iter().map(|n| Name::new(n)).collect();
    let (mut pairs, mut matched) = (0, Vec::new());
    for i in 0..names.len() {
        for j in i + 1..names.len() {
            if persons[i] != persons[j] {
                pairs += 1;
                if read[i].compare(&read[j]).same {
                    matched.push(format!("{} | {}", names[i], names[j]));
                }
            }
        }
    }
    eprintln!(
        "{pairs} pairs of names of different persons, {} judged the same: {matched:?}",
        matched.len()
    );
    assert!(pairs > 300_000, "{pairs}");
    assert!(matched.is_empty(), "{matched:?}");
}

/// A surname spelled as the DPRK spells it (Ri, Rim, Ro) is its DPRK form
/// in any format, as every system transliterates 리, 림, 로; the ROK's
/// spellings (Lee, Lim, Roh) are the ROK forms.
#[test]
fn dprk_surname_spellings_read_as_dprk_forms() {
    for (name, expected) in [
        ("Ri Sol-ju", "리설주"),
        ("Ri Pyong-chol", "리병철"),
        ("RI, Je-Son", "리제선"),
        ("Ri Pyong Chol", "리병철"),
        ("Ro Tu Chol", "로두철"),
        ("Lee Myung-bak", "이명박"),
        ("Roh Moo-hyun", "노무현"),
        ("Lim Jong-seok", "임종석"),
    ] {
        assert_eq!(hangul(name)[0].hangul, expected, "{name}: {:?}", top(name));
    }
}

/// A surname of two syllables as its bearers spell it: joined or
/// hyphenated (Sun-woo, Hwang-bo: two pieces, not one), and in the
/// spellings the passports show for 남궁 (Namkoong, Namkung).
#[test]
fn two_syllable_surnames_as_their_bearers_spell_them() {
    for (name, expected) in [
        ("Sunwoo Jae-duk", "선우재덕"),
        ("Sun-woo Jae-duk", "선우재덕"),
        ("Nam-gung Min-su", "남궁민수"),
        ("Namkoong Min", "남궁민"),
        ("Nam-koong Min", "남궁민"),
        ("NAMKUNG, Min Su", "남궁민수"),
    ] {
        assert_eq!(hangul(name)[0].hangul, expected, "{name}: {:?}", top(name));
        assert_eq!(key(name), key(expected), "{name}");
        assert!(compare(name, expected).same, "{name}");
    }
    // (Kwan is also 권's spelling, a far commoner surname than 황보: the key
    // reads the name in Western order, and only `compare` tries both.)
    assert_eq!(hangul("Hwang-bo Kwan")[0].hangul, "황보관");
    assert!(compare("Hwang-bo Kwan", "황보관").same);
    // A given name that is also a surname of two syllables (선우) stays one.
    assert_eq!(hangul("Kim Seonu")[0].hangul, "김선우");
    assert_eq!(key("Kim Seonu"), key("김선우"));
}

/// Surnames beyond the commonest hundred, from the census (태, 계, 동, 피,
/// 옹 …), are surnames, spelled as each system spells them and as their
/// bearers do (Tai); a name in DPRK spelling is not read in Western order
/// to find a commoner surname at its end (Thae Yong Ho is not 허태영).
#[test]
fn surnames_beyond_the_commonest_hundred() {
    for (name, expected) in [
        ("Thae Yong Ho", "태영호"),
        ("Tae Yong-ho", "태영호"),
        ("Tai Yong-ho", "태영호"),
        ("Kye Ung Thae", "계응태"),
        ("Ong Jin Sik", "옹진식"),
    ] {
        assert_eq!(hangul(name)[0].hangul, expected, "{name}: {:?}", top(name));
        assert_eq!(key(name), key(expected), "{name}");
        assert!(compare(name, expected).same, "{name}");
    }
    // A rare surname first and a common one last, with no DPRK letter to
    // tell the order: the key reads Western order first (Ho, 허, is fifty
    // times 피), the readings and `compare` weigh both.
    assert_eq!(
        hangul("Pi Jong Ho")[0].hangul,
        "피정호",
        "{:?}",
        top("Pi Jong Ho")
    );
    assert!(compare("Pi Jong Ho", "피정호").same);
    // Western order as ROK spellings write it still reads (Yong is 용 in
    // RR, 영 or 용 in MR).
    for (name, surname) in [("Yong-ho Thae", '태'), ("Seung-ho Min", '민')] {
        assert!(
            hangul(name)[0].hangul.starts_with(surname),
            "{name}: {:?}",
            top(name)
        );
    }
}

/// McCune–Reischauer and the DPRK system voice ㄱ ㄷ ㅂ ㅈ between voiced
/// sounds, so that ch after a vowel or a nasal is ㅊ with its apostrophe
/// lost, and k t p begin a given name.
#[test]
fn voicing_tells_plain_from_aspirated() {
    for (name, expected) in [
        ("Pak Jong-chon", "박정천"),
        ("Pak Jong Chon", "박정천"),
        ("Kim Kye-gwan", "김계관"),
        ("Kim Tong-myong", "김동명"),
    ] {
        assert_eq!(hangul(name)[0].hangul, expected, "{name}: {:?}", top(name));
    }
}

/// A surname's letters tell the system as a given name's do: a breve only
/// McCune–Reischauer and the DPRK system write, an apostrophe of
/// aspiration only McCune–Reischauer, and in both a given name's t is ㄷ
/// (RR's would be ㅌ, which a two-word name would otherwise lean to).
#[test]
fn a_surname_with_a_breve_or_an_apostrophe_is_mccune_reischauer() {
    for (name, expected) in [
        ("Hŏ Tam", "허담"),
        ("HO', Tam", "허담"),
        ("Sŏ Tal", "서달"),
        ("Ch'oe Tam", "최담"),
        ("Ch'oe Ton", "최돈"),
    ] {
        assert_eq!(hangul(name)[0].hangul, expected, "{name}: {:?}", top(name));
    }
}

/// KCNA writes ㅜ and ㅡ alike (u). The prior's source fits counts from
/// letter pairs, which gives mass to syllables no name has (슨); a syllable
/// no Hanja reads with a count that may be zero is not taken for a name's:
/// Sun is 순, 선 before 슨.
#[test]
fn syllables_no_name_has_are_not_read() {
    for (latin, hangul) in [
        ("Kang Sun Nam", "강순남"),
        ("Ri Sun Sil", "리순실"),
        ("Pak Myong Sun", "박명순"),
    ] {
        let got = kcanon::names::hangul(latin);
        assert_eq!(got[0].hangul, hangul, "{latin}");
        // (Read as a syllable the prior does not list: possible, far behind.)
        assert!(
            got.iter().all(|c| !c.hangul.contains('슨') || c.score < 0.1),
            "{latin}: {got:?}"
        );
    }
}

/// `wh` before a vowel is the English spelling of ㅎ + w (Kang Kyung-wha,
/// Ewha): read, keyed and compared as `hw`.
#[test]
fn wh_is_hw() {
    assert_eq!(hangul("Kang Kyung-wha")[0].hangul, "강경화");
    assert_eq!(hangul("Whang Kyo-ahn")[0].hangul, "황교안");
    assert_eq!(key("Kang Kyung-wha"), key("강경화"));
    assert!(compare("KANG Kyung Wha", "강경화").same);
    assert!(!compare("Kang Kyung-wha", "Kang Kyung-hui").same);
}

/// A name of one word (a pen name, a surname alone) does not show where a
/// Hangul name's surname would end: it is compared with the Hangul keyed as
/// one word, and read as a given name alone or as a surname.
#[test]
fn one_word_names() {
    for (latin, hangul) in [
        ("Yulgok", "율곡"),
        ("Sowŏl", "소월"),
        ("Tasan", "다산"),
        ("Kim", "김"),
        ("Ri", "리"),
        ("Lee", "이"),
    ] {
        let verdict = compare(latin, hangul);
        assert!(verdict.same, "{latin} {hangul}: {verdict:?}");
        assert_eq!(Name::new(latin).compare(&Name::new(hangul)), verdict);
    }
    assert!(!compare("Kim", "Kim Jong Un").same);
    assert!(!compare("Yulgok", "Sowŏl").same);
    assert!(!compare("Tasan", "다안").same);
}

/// Spellings people choose for their passports beyond the variant table's
/// older rows (the 21st National Assembly members' own English names): a
/// final doubled as English spells a short vowel (Jaeill, Sungkull, as
/// Gunn and Kimm), ㅖ as yae (ㅒ and ㅖ are one sound), ㅓ as eou (RR's eo
/// and the conventional u at once), 이 as yi (as the surname Yi), ㅓ and ㅕ
/// with a silent h, as in the surnames Suh and Huh (Youn Yuh-jung). Each is
/// read, keyed and compared as the Hangul; none merges names that differ.
#[test]
fn passport_spellings() {
    for (latin, hangul_name) in [
        ("BYUN JAEILL", "변재일"),
        ("YOO SUNGKULL", "유성걸"),
        ("Park Chull-soo", "박철수"),
        ("JUN JOOHYAE", "전주혜"),
        ("Kim Hyae-jin", "김혜진"),
        ("HAN JEOUNGAE", "한정애"),
        ("Lee Jeoung-min", "이정민"),
        ("YANG YIWONYOUNG", "양이원영"),
        ("Choi Yiseul", "최이슬"),
        ("HER EUNA", "허은아"),
        ("Hur Jin-ho", "허진호"),
        ("Chey Tae-won", "최태원"),
        ("Tae-won Chey", "최태원"),
        ("Hahn Myeong-sook", "한명숙"),
        ("Shim Sang-jung", "심상정"),
        ("Whang Kyung-ja", "황경자"),
        ("Joung Ho-young", "정호영"),
        ("Youn Yuh-jung", "윤여정"),
        ("YOUN YUHJUNG", "윤여정"),
    ] {
        let read = hangul(latin);
        assert!(
            read.iter().take(3).any(|c| c.hangul == hangul_name),
            "{latin}: {read:?}"
        );
        assert_eq!(key(latin), key(hangul_name), "{latin}");
        assert!(compare(latin, hangul_name).same, "{latin}");
    }
    // A doubled l before a vowel still ends one syllable and begins the
    // next (철리 Cholli), and the new spellings tell names apart.
    assert_eq!(key("Kim Cholli"), key("김철리"));
    assert_ne!(key("Kim Cholli"), key("김철이"));
    assert!(!compare("JUN JOOHYAE", "전주희").same);
    assert!(!compare("HAN JEOUNGAE", "한종애").same);
    assert!(!compare("BYUN JAEILL", "변재인").same);
    assert!(!compare("Youn Yuh-jung", "윤유정").same);
}

/// A syllable spelled exactly as every system spells it is read so, even
/// when the given-name prior (people born in the 1990s) has almost no names
/// with it: 자 of 영자 and 순자, common among older women, is not read as
/// 재. (A variant row reading a as ㅐ, for Gyuback 규백, once made it so;
/// the key never let a and ㅐ match, so the row could not help `compare`.)
#[test]
fn older_given_names_read_as_spelled() {
    for (latin, hangul_name) in [
        ("Kim Young Ja", "김영자"),
        ("Lee Soon-ja", "이순자"),
        ("YANG HYANGJA", "양향자"),
        ("Park Myung-ja", "박명자"),
    ] {
        assert_eq!(hangul(latin)[0].hangul, hangul_name, "{latin}");
    }
}

/// Every spelling of `tables/name_variants.tsv` keeps the key: a variant
/// the key told apart from the letter it spells could only ever make
/// `hangul` read names otherwise, never make `compare` find them. Each row
/// is spelled in a syllable (an initial before `an`, a vowel between k and
/// n, a final after `ka`) and keyed against that syllable in Hangul.
#[test]
fn every_variant_keeps_the_key() {
    const INITIALS: &str = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
    const VOWELS: &str = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ";
    const FINALS: &str = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
    let syllable =
        |l: usize, v: usize, t: usize| char::from_u32(0xAC00 + ((l * 21 + v) * 28 + t) as u32).unwrap();
    let index = |set: &str, jamo: &str| set.chars().position(|c| jamo.starts_with(c)).unwrap();
    let table =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tables/name_variants.tsv")).unwrap();
    let mut rows = 0;
    for line in table.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (latin, part, jamo) = (f[0], f[1], f[2]);
        let (spelled, hangul_syllable) = match part {
            "initial" => (format!("{latin}a"), syllable(index(INITIALS, jamo), 0, 0)),
            "vowel" => (format!("k{latin}"), syllable(0, index(VOWELS, jamo), 0)),
            _ => (format!("ka{latin}"), syllable(0, 0, index(FINALS, jamo))),
        };
        let latin_name = format!("Kim {spelled}");
        let hangul_name = format!("김{hangul_syllable}");
        assert_eq!(key(&latin_name), key(&hangul_name), "{line}");
        rows += 1;
    }
    assert!(rows >= 30, "{rows} rows");
}

/// ch is ㅈ at a given name's start in the older conventional spellings
/// (Park Chung-hee, from MR), seldom now, and ㅊ inside it, where they write
/// ㅈ j: Minchae is 민채, not 민재, though the prior has far more 재; Cheik
/// is 채익, not 재익.
#[test]
fn ch_inside_a_given_name_is_chieut() {
    for (latin, hangul_name) in [
        ("Choi Minchae", "최민채"),
        ("Kim Eunchae", "김은채"),
        ("Park Chung-hee", "박정희"),
        ("Kim Minjae", "김민재"),
        ("LEE CHEIK", "이채익"),
        ("Lee Jae-ik", "이재익"),
    ] {
        assert_eq!(hangul(latin)[0].hangul, hangul_name, "{latin}");
    }
}

/// A given name in Hanja is made of the readings of the Hanja for names
/// (인명용 한자), so a syllable only other Hanja read (둑 of 纛, 걱) is as rare
/// as a native one: Duk is 덕, Kuk 국, though the prior's fitted counts give
/// 둑 and 걱 some weight.
#[test]
fn syllables_no_hanja_for_names_reads_are_rare() {
    for (latin, hangul_name) in [
        ("YOON HUDUK", "윤후덕"),
        ("CHUN JONGDUK", "전종덕"),
        ("Park Duk-soo", "박덕수"),
        ("KIM HEEKUK", "김희국"),
    ] {
        let read = hangul(latin);
        assert_eq!(read[0].hangul, hangul_name, "{latin}: {read:?}");
        assert!(
            read.iter()
                .all(|c| !c.hangul.contains(['둑', '걱']) || c.score < 0.15),
            "{latin}: {read:?}"
        );
    }
}

/// A known person's name (`tables/known_names.tsv`) as KCNA writes it reads
/// back as that name first, but where two names of the list are written
/// alike (리용호 and 리영호 are both Ri Yong Ho): the letters cannot tell
/// them apart, and the spelling is read as the list takes it, for the one
/// it names without a qualifier. A name off the list is read by the
/// syllables alone.
#[test]
fn known_names_read_as_the_persons() {
    use kcanon::romanize::{romanize_with, Kind, Options, System};
    let text =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tables/known_names.tsv")).unwrap();
    let names: Vec<&str> = text
        .lines()
        .skip(1)
        .filter_map(|l| l.split('\t').next())
        .collect();
    let kcna = |h: &str| romanize_with(h, System::Kcna, &Options::new(Kind::Name));
    let (mut read, mut alike) = (0, 0);
    for name in &names {
        let latin = kcna(name);
        if names.iter().filter(|other| kcna(other) == latin).count() > 1 {
            alike += 1;
            continue;
        }
        let top = &hangul(&latin)[0].hangul;
        assert!(
            key(top) == key(name) && compare(top, name).same,
            "{name}: {latin} read as {top}"
        );
        read += 1;
    }
    eprintln!("known names: {read} read back as written by KCNA, {alike} written like another");
    assert!(read >= 80, "{read}");
    // Ri Yong Ho is the foreign minister; Ri Yong Ho (General) is 리영호,
    // whom a breve tells.
    assert_eq!(hangul("Ri Yong Ho")[0].hangul, "리용호");
    assert_eq!(hangul("Ri Yŏng-ho")[0].hangul, "리영호");
    // Off the list, the prior decides: 영 is commoner than 용.
    assert_eq!(hangul("Jo Yong Su")[0].hangul, "조영수");
    assert_eq!(hangul("Jo Yong Won")[0].hangul, "조용원");
}

/// An apostrophe after y or w is a breve typed a letter early (OFAC's
/// `KIM TONG MY'ONG` for Myŏng), not a break between syllables.
#[test]
fn a_breve_out_of_place_is_dropped() {
    for written in ["KIM TONG MY’ONG", "Kim Tong My'ong", "Kim Tong-my'ong"] {
        assert_eq!(
            hangul(written)[0].hangul,
            "김동명",
            "{written}: {:?}",
            top(written)
        );
        assert_eq!(key(written), key("김동명"), "{written}");
        assert!(compare(written, "김동명").same, "{written}");
    }
}

/// A diacritic no system writes (ö, ü and ō for the breve, é) is read as
/// its base letter, not dropped with its letter: the name keeps its
/// vowels, its reading and its key.
#[test]
fn diacritics_no_system_writes_are_their_base_letters() {
    for written in ["Kim Chöng-ün", "Kim Chōng-ūn", "KIM CHÖNG ÜN"] {
        assert_eq!(hangul(written)[0].hangul, "김정은", "{written}");
        assert_eq!(key(written), key("Kim Chong-un"), "{written}");
        assert!(compare(written, "김정은").same, "{written}");
    }
    assert_eq!(key("Pak Jöng Chön"), key("박정천"));
}
