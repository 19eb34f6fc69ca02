//! The `canon` command line against its contract (DESIGN.md).

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn canon(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canon"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run canon");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(out: &Output) -> &str {
    std::str::from_utf8(&out.stdout).unwrap()
}

fn stderr(out: &Output) -> &str {
    std::str::from_utf8(&out.stderr).unwrap()
}

#[test]
fn golden_sample() {
    let input = include_bytes!("../examples/sample.txt");
    let out = canon(&[], input);
    assert!(out.status.success());
    assert_eq!(stdout(&out), include_str!("golden/sample.out"));
    let out = canon(&["--json"], input);
    assert!(out.status.success());
    assert_eq!(stdout(&out), include_str!("golden/sample.json"));
    for line in stdout(&out).lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["input"].is_string() && v["output"].is_string() && v["changes"].is_array());
    }
}

#[test]
fn each_argument_is_one_record() {
    let out = canon(&["Ｐ’yǒngyang", "김\u{A0}동명", ""], b"ignored\n");
    assert!(out.status.success());
    assert_eq!(stdout(&out), "P'yŏngyang\n김 동명\n\n");
}

#[test]
fn line_endings_and_a_missing_final_newline_are_kept() {
    let out = canon(&[], "ａ\r\nｂ\n\r\n\nｃ".as_bytes());
    assert_eq!(stdout(&out), "a\r\nb\n\r\n\nc");
    let out = canon(&[], "ａ\n".as_bytes());
    assert_eq!(stdout(&out), "a\n");
    let out = canon(&[], b"");
    assert_eq!(stdout(&out), "");
    // A lone CR inside a line is content, not an ending.
    let out = canon(&[], b"a\rb\n");
    assert_eq!(stdout(&out), "a\rb\n");
}

#[test]
fn nfd_input_gives_the_nfc_bytes() {
    use unicode_normalization::UnicodeNormalization;
    let nfc = "국제정치연구학회 연구사 김동명이 29일 글을 발표하였다.\n";
    let nfd: String = nfc.nfd().collect();
    assert_eq!(canon(&[], nfd.as_bytes()).stdout, nfc.as_bytes());
    // Conjoining jamo typed one by one, and a syllable followed by a final.
    assert_eq!(
        stdout(&canon(&["\u{1100}\u{1175}\u{11B7}", "가\u{11A8}"], b"")),
        "김\n각\n"
    );
}

#[test]
fn rok_standard_text_is_byte_identical() {
    let Some(dir) = common::shared() else { return };
    let mut files = vec![dir.join("corpus/rok/constitution.txt")];
    for e in std::fs::read_dir(dir.join("corpus/rok/bills")).unwrap() {
        files.push(e.unwrap().path());
    }
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        // The Unicode layer leaves ROK-standard text byte-identical (the
        // spelling layer's do-no-harm figures are in tests/spelling.rs).
        let out = canon(&["--no-spelling"], &bytes);
        assert!(out.status.success());
        assert!(out.stdout == bytes, "{} changed", path.display());
    }
}

#[test]
fn invalid_utf8_stops_after_writing_every_earlier_line() {
    let out = canon(&[], b"\xEF\xBC\xA1\nok\r\nab\xFFcd\nnever\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "A\nok\r\n");
    assert_eq!(stderr(&out), "canon: line 3: invalid UTF-8 at byte 3\n");
    // A truncated sequence at the very end of the input.
    let out = canon(&[], b"\xEA\xB0");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stderr(&out), "canon: line 1: invalid UTF-8 at byte 1\n");
}

#[test]
fn lossy_replaces_and_goes_on() {
    let out = canon(&["--lossy"], b"ab\xFFcd\nnext\n");
    assert!(out.status.success());
    assert_eq!(stdout(&out), "ab\u{FFFD}cd\nnext\n");
}

#[cfg(unix)]
#[test]
fn invalid_utf8_in_an_argument_names_the_argument() {
    use std::os::unix::ffi::OsStrExt;
    let bad = std::ffi::OsStr::from_bytes(b"x\xFFy");
    let out = Command::new(env!("CARGO_BIN_EXE_canon"))
        .arg("ok")
        .arg(bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "ok\n");
    assert_eq!(stderr(&out), "canon: argument 2: invalid UTF-8 at byte 2\n");
    let out = Command::new(env!("CARGO_BIN_EXE_canon"))
        .arg("--lossy")
        .arg(bad)
        .output()
        .unwrap();
    assert_eq!(stdout(&out), "x\u{FFFD}y\n");
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    for args in [
        &["--bogus"][..],
        &["--to", "mars"],
        &["--to"],
        &["--keep", "everything"],
        &["-x"],
    ] {
        let out = canon(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("canon: ") && err.contains("--help"), "{err}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn options() {
    assert_eq!(stdout(&canon(&["--to", "rok", "ａ"], b"")), "a\n");
    assert_eq!(stdout(&canon(&["--to=rok", "ａ"], b"")), "a\n");
    assert_eq!(
        stdout(&canon(&["--keep", "width,space", "ａ\u{A0}’"], b"")),
        "ａ\u{A0}’\n"
    );
    assert_eq!(stdout(&canon(&["--keep=marks", "P’yǒng"], b"")), "P’yǒng\n");
    assert_eq!(
        stdout(&canon(&["--keep=zero-width", "가\u{200B}나"], b"")),
        "가\u{200B}나\n"
    );
    assert_eq!(stdout(&canon(&["--", "--json"], b"")), "--json\n");
    assert_eq!(stdout(&canon(&["--line-buffered"], "ａ\n".as_bytes())), "a\n");
}

#[test]
fn help_shows_examples_and_version_prints() {
    let out = canon(&["--help"], b"");
    assert!(out.status.success());
    assert!(stdout(&out).contains("Examples:") && stdout(&out).contains("Usage: canon"));
    let out = canon(&["-V"], b"");
    assert_eq!(stdout(&out), format!("canon {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn json_changes_point_into_the_input() {
    let out = canon(&["--json"], "ＫＣＮＡ 로동\u{200B}신문\r\n".as_bytes());
    let text = stdout(&out);
    assert!(text.ends_with("\r\n"));
    let v: serde_json::Value = serde_json::from_str(text.trim_end()).unwrap();
    let input = v["input"].as_str().unwrap();
    assert_eq!(input, "ＫＣＮＡ 로동\u{200B}신문");
    assert_eq!(v["output"], "KCNA 노동신문");
    for c in v["changes"].as_array().unwrap() {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[s..e], c["from"].as_str().unwrap());
    }
    // The spelling change (로동신문 → 노동신문) covers the zero-width space
    // it absorbed; replaying the changes on the input gives the output.
    assert_eq!(v["changes"][1]["rule"], "spelling.lexicon");
    assert_eq!(v["changes"][1]["from"], "로동\u{200B}신문");
    let mut replay = String::new();
    let mut at = 0;
    for c in v["changes"].as_array().unwrap() {
        let (s, e) = (
            c["start"].as_u64().unwrap() as usize,
            c["end"].as_u64().unwrap() as usize,
        );
        replay.push_str(&input[at..s]);
        replay.push_str(c["to"].as_str().unwrap());
        at = e;
    }
    replay.push_str(&input[at..]);
    assert_eq!(replay, v["output"].as_str().unwrap());
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canon"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the reader went away, like `canon | head -0`
    let mut stdin = child.stdin.take().unwrap();
    let _ = stdin.write_all(&"가나다\n".repeat(200_000).into_bytes());
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert!(out.stderr.is_empty());
}

#[test]
fn romanize_and_pron_subcommands() {
    let out = canon(&["romanize", "신라", "종로에서 같이", "억US$에"], b"");
    assert_eq!(stdout(&out), "silla\njongnoeseo gachi\neokUS$e\n");
    let out = canon(
        &["romanize", "--place"],
        "충청북도\r\n종로 2가\n봉천1동".as_bytes(),
    );
    assert_eq!(
        stdout(&out),
        "Chungcheongbuk-do\r\nJongno 2(i)-ga\nBongcheon 1(il)-dong"
    );
    assert_eq!(
        stdout(&canon(&["romanize", "--name", "한복남"], b"")),
        "Han Boknam\n"
    );
    assert_eq!(
        stdout(&canon(&["romanize", "--name", "--hyphen", "한복남"], b"")),
        "Han Bok-nam\n"
    );
    assert_eq!(
        stdout(&canon(&["romanize", "--system", "rr-translit", "붓꽃"], b"")),
        "buskkoch\n"
    );
    assert_eq!(
        stdout(&canon(&["pron", "같이", "값이 없어"], b"")),
        "가치\n갑씨 업써\n"
    );
    let out = canon(&["romanize", "--json", "묵호"], b"");
    assert_eq!(stdout(&out), "{\"input\":\"묵호\",\"output\":\"mukho\"}\n");
    // Usage errors name what is known.
    let out = canon(&["romanize", "--system", "klingon", "x"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("known: rr, rr-translit, mr"));
    // Subcommand options are not canonicalization options.
    assert_eq!(canon(&["--place", "x"], b"").status.code(), Some(2));
    // A subcommand name later on is a record.
    assert_eq!(stdout(&canon(&["x", "pron"], b"")), "x\npron\n");
}

#[test]
fn romanize_in_every_system_and_surname_style() {
    let cases: [(&[&str], &str); 9] = [
        (
            &["romanize", "--system", "mr", "평양 한글"],
            "p'yŏngyang han'gŭl\n",
        ),
        (&["romanize", "--system", "mr-ascii", "평양"], "pyongyang\n"),
        (&["romanize", "--system", "dprk", "위키백과"], "wikhibaekgwa\n"),
        (
            &["romanize", "--system", "kcna", "--name", "김정은"],
            "Kim Jong Un\n",
        ),
        (&["romanize", "--system", "kcna", "평양"], "Pyongyang\n"),
        (&["romanize", "--system", "yale", "굳이 한글"], "kwuti hankul\n"),
        (
            &["romanize", "--system", "mr", "--name", "김동명"],
            "Kim Tong-myŏng\n",
        ),
        (
            &["romanize", "--name", "--surname", "conventional", "박정천"],
            "Park Jeongcheon\n",
        ),
        (
            &["romanize", "--name", "--surname", "dprk", "이설주"],
            "Ri Seolju\n",
        ),
    ];
    for (args, expected) in cases {
        let out = canon(args, b"");
        assert!(out.status.success(), "{args:?}");
        assert_eq!(stdout(&out), expected, "{args:?}");
    }
    assert_eq!(
        canon(&["romanize", "--surname", "x", "a"], b"").status.code(),
        Some(2)
    );
}

#[test]
fn names_subcommands() {
    // hangul: the best reading per record; an empty line when nothing reads.
    let out = canon(
        &[
            "hangul",
            "Kim Jong Un",
            "KIM, Tong-Myo'ng",
            "Lee Myung-bak",
            "1234",
        ],
        b"",
    );
    assert!(out.status.success());
    assert_eq!(stdout(&out), "김정은\n김동명\n이명박\n\n");
    // --all: every reading, best first, tab-separated.
    let out = canon(&["hangul", "--all", "Kim Jong Un"], b"");
    let line = stdout(&out).trim_end();
    let all: Vec<&str> = line.split('\t').collect();
    assert_eq!(all[0], "김정은");
    assert!(all.contains(&"김정운") && all.contains(&"김종은"), "{line}");
    // Streamed from standard input, line endings kept.
    let out = canon(&["hangul"], b"Kim Jong Un\r\nChoe Son Hui");
    assert_eq!(stdout(&out), "김정은\r\n최선희");
    // key: one key for every spelling.
    let out = canon(
        &["key", "Kim Jong Un", "KIM, Chong-un", "김정은", "Kim Jong Il"],
        b"",
    );
    let keys: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(keys[0], keys[1]);
    assert_eq!(keys[0], keys[2]);
    assert_ne!(keys[0], keys[3]);
    // match A B: the verdict line and the exit status.
    let out = canon(&["match", "Choe Son Hui", "최선희"], b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("same\t"), "{}", stdout(&out));
    let out = canon(&["match", "Choe Son Hui", "Cho Son Hui"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out), "different\t0.000\n");
    // Batch: A<TAB>B lines, one verdict each, exit 0.
    let out = canon(
        &["match"],
        b"Kim Jong Un\t\xea\xb9\x80\xec\xa0\x95\xec\x9d\x80\nKim Jong Il\tKim Jong Un\n",
    );
    assert_eq!(out.status.code(), Some(0));
    let lines: Vec<&str> = stdout(&out).lines().collect();
    assert!(
        lines[0].starts_with("same\t") && lines[1] == "different\t0.000",
        "{lines:?}"
    );
    // A line without a tab stops, naming the line, after the earlier ones.
    let out = canon(&["match"], b"Kim Jong Un\tKim Jong Un\nno tab\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(stdout(&out).lines().count(), 1);
    assert_eq!(stderr(&out), "canon: line 2: no tab between the two names\n");
    // One name alone is a usage error.
    let out = canon(&["match", "Kim"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);
    // --json carries the candidates and the verdict.
    let out = canon(&["hangul", "--json", "Kim Jong Un"], b"");
    assert!(
        stdout(&out).contains("\"candidates\":[{\"hangul\":\"김정은\""),
        "{}",
        stdout(&out)
    );
    let out = canon(&["match", "--json", "Kim Jong Un", "Kim Jong Il"], b"");
    assert!(stdout(&out).contains("\"same\":false"), "{}", stdout(&out));
}

/// The batch form reads a name met again once and keeps it; each verdict
/// is still exactly `compare`'s, whether both names, one or neither is
/// kept, and in either order.
#[test]
fn batch_match_with_recurring_names_gives_compare_verdicts() {
    let Some(pairs) = common::shared_text("data/names/pairs_dev.tsv") else {
        return;
    };
    let names: Vec<&str> = pairs
        .lines()
        .skip(1)
        .take(120)
        .flat_map(|l| l.split('\t').take(2))
        .collect();
    // A query against a list (it recurs, they do not at first), the list
    // against itself shifted (each of them met again), and pairs reversed.
    let mut lines = Vec::new();
    for n in &names {
        lines.push(("Kim Jong Un", *n));
    }
    for (a, b) in names.iter().zip(names.iter().skip(3)) {
        lines.push((a, b));
        lines.push((b, a));
    }
    // A text longer than any name, met again and again: never kept.
    let long = format!("Kim {}", "Jong-".repeat(60));
    for _ in 0..3 {
        lines.push((long.as_str(), "Kim Jong Un"));
        lines.push((long.as_str(), long.as_str()));
    }
    let input: String = lines.iter().map(|(a, b)| format!("{a}\t{b}\n")).collect();
    let out = canon(&["match"], input.as_bytes());
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let got: Vec<&str> = stdout(&out).lines().collect();
    assert_eq!(got.len(), lines.len());
    for ((a, b), line) in lines.iter().zip(&got) {
        let v = kcanon::names::compare(a, b);
        let want = format!("{}\t{:.3}", if v.same { "same" } else { "different" }, v.score);
        assert_eq!(*line, want, "{a} | {b}");
    }
}

#[test]
fn spelling_both_ways_and_variants() {
    let out = canon(
        &[],
        "로씨야와 뽈스까의 로동자들이 《아시아판 나토》를 론하였다\n".as_bytes(),
    );
    assert_eq!(
        stdout(&out),
        "러시아와 폴란드의 노동자들이 “아시아판 나토”를 논하였다\n"
    );
    let out = canon(&["--to", "dprk"], "노동자들이 되었다\n".as_bytes());
    assert_eq!(stdout(&out), "로동자들이 되였다\n");
    let out = canon(&["--no-spelling"], "로동\n".as_bytes());
    assert_eq!(stdout(&out), "로동\n");
    let out = canon(&["--designations"], "남조선과\n".as_bytes());
    assert_eq!(stdout(&out), "한국과\n");
    let out = canon(&[], "남조선과\n".as_bytes());
    assert_eq!(stdout(&out), "남조선과\n");
    let out = canon(&["variants", "노동", "이용"], b"");
    assert_eq!(stdout(&out), "노동\t로동\n이용\t리용\n");
    let out = canon(&["variants"], "로동 러시아\n".as_bytes());
    assert_eq!(stdout(&out), "노동\t로동\t러시아\t로씨야\n");
    let out = canon(&["--to", "north"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("known: rok, dprk"));
}
