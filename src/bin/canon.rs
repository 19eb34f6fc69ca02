//! `canon`: the kcanon command-line filter. See `canon --help`.
//!
//! Records come from the TEXT arguments, or else one per line of standard
//! input; each gives exactly one output line, in order, streamed. A line's
//! ending (`\n` or `\r\n`) is kept, and so is a missing final newline.

use std::borrow::Cow;
use std::ffi::OsString;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

use kcanon::names;
use kcanon::romanize::{self, Kind};
use kcanon::{Canonicalizer, Change, System};

const HELP: &str = "\
canon — canonical forms for Korean text

Usage: canon [OPTIONS] [TEXT...]                 canonicalize
       canon variants [TEXT...]                    every spelling of each word (search expansion)
       canon romanize [--system S] [--name [--surname STYLE]|--place] [--hyphen|--no-hyphen] [TEXT...]
       canon pron [TEXT...]                        standard pronunciation, in Hangul
       canon hangul [--all] [NAME...]              romanized name → Hangul
       canon key [NAME...]                         match key
       canon match A B | canon match < pairs       are two names one name?

Each TEXT is one record; with no TEXT, each line of standard input is one.
Every record gives exactly one output line, in order. Line endings (\\n or
\\r\\n) are kept, and so is a missing final newline.

Canonicalization folds every Unicode encoding of the same Korean text into one:
NFC with Hangul composed (NFD and conjoining jamo, as in files from macOS),
full-width ASCII and half-width Hangul made ordinary, odd spaces made U+0020,
zero-width characters inside words removed, and the apostrophe and breve
look-alikes of romanized names folded inside Latin words. Then DPRK spelling
becomes ROK spelling: 로씨야 → 러시아, 로동 → 노동, 되였다 → 되었다,
《》 → “”, 하는것 → 하는 것 (--to dprk goes the other way, from the tables).
canon variants prints, for each word, its ROK form and every DPRK spelling,
tab-separated: 노동 → 노동<TAB>로동.

Romanization (canon romanize) follows the pronunciation rules of each system:
  rr            Revised Romanization (ROK 2000): 신라 Silla, 묵호 Mukho, 잡혀 japyeo
  rr-translit   the RR norm's letter-by-letter transliteration, reversible
  mr            McCune–Reischauer (1939): P'yŏngyang, han'gŭl, Kim Tong-myŏng
  mr-ascii      McCune–Reischauer as the press types it: Pyongyang, Kim Tong-myong
  dprk          the DPRK's own system: Phyŏngyang, kŭmgyo, wikhibaekgwa
  kcna          KCNA practice: Kim Jong Un, Ri Son Gwon, Choe Son Hui
  yale          Yale, letter by letter, for linguistics: hankul
  --name        a personal name, surname first: 한복남 → Han Boknam
  --place       a place name: capitalized, units after a hyphen: 종로 2가 → Jongno 2(i)-ga
  --hyphen      hyphenate where syllables would be misread (Jung-ang, Hae-undae-gu)
  --surname S   with --name: system (Gim, I, Bak in RR), conventional (Kim, Lee, Park),
                dprk (Ri, Pak, Choe)
Text keeps everything that is not Hangul as it is, spacing included.

Names (canon hangul, key, match) are read in any system and either order:
Kim Jong Un, KIM, Chong-un, Kim Tong-myŏng, Lee Myung-bak, 김정은.
  hangul        the likeliest Hangul (--all: every reading, best first,
                tab-separated); an empty line if nothing reads as a name
  key           a short key every spelling of one name shares: kim-congon
  match A B     prints same<TAB>score or different<TAB>score; exit status 0
                if same, 1 if different. With no A B, each line of standard
                input is A<TAB>B and gives one verdict line; exit status 0.

Options:
      --to rok|dprk     Target orthography: rok (ROK standard; the default) or dprk
      --no-spelling     Unicode folds only: leave the spelling as it is
      --no-lexicon      Spelling rules without the 우리말샘 lexicon
      --no-spacing      Leave word spacing as it is
      --no-punctuation  Leave 《》 and commas as they are
      --vocabulary      Also replace DPRK words by different ROK words
      --designations    Also replace political designations (남조선 → 한국)
      --rok-surnames    Apply the initial-sound rule to DPRK surnames (리설주 → 이설주)
      --json            One JSON object per record: input, output, changes
                        (start and end are byte offsets into the input)
      --keep LIST       Folds to leave out, comma-separated:
                        width, space, zero-width, marks
      --lossy           Replace invalid UTF-8 with U+FFFD and go on
                        (default: stop with an error naming line and byte)
      --line-buffered   Flush after every line (default when writing to a terminal)
  -h, --help            Print this help
  -V, --version         Print the version

Examples:
  canon 'Ｐ’yǒngyang'                    →  P'yŏngyang
  canon romanize 신라 종로               →  silla / jongno
  canon romanize --place 충청북도        →  Chungcheongbuk-do
  canon romanize --system rr-translit 값 →  gabs
  canon pron 같이 신라                   →  가치 / 실라
  canon hangul 'Kim Jong Un'             →  김정은
  canon key 'KIM, Tong-Myo'\''ng'          →  kim-tongmyong
  canon match 'Choe Son Hui' 최선희      →  same	1.000
  canon < macos-nfd.txt > nfc.txt        compose decomposed Hangul
  canon --json '김 동명'                 changes with byte spans and rule ids
  canon --keep space,width < in.txt      leave NBSP and full-width forms alone

Exit status: 0 on success, 1 on invalid UTF-8 or an I/O error, 2 on a usage error.
";

/// What `canon` does to each record.
enum Command {
    Canonicalize,
    Romanize(System, romanize::Options),
    Pron,
    /// Names back to Hangul: the best, or every reading.
    Hangul {
        all: bool,
    },
    Key,
    /// Every spelling of each word.
    Variants,
    /// Verdicts: two arguments, or `A<TAB>B` lines.
    Match,
}

struct Options {
    command: Command,
    json: bool,
    lossy: bool,
    line_buffered: bool,
    canonicalizer: Canonicalizer,
    texts: Vec<OsString>,
}

enum Parsed {
    Run(Options),
    Exit(ExitCode),
}

fn usage_error(message: impl std::fmt::Display) -> Parsed {
    eprintln!("canon: {message} (see canon --help)");
    Parsed::Exit(ExitCode::from(2))
}

fn parse_args() -> Parsed {
    use lexopt::prelude::*;

    let mut json = false;
    let mut lossy = false;
    let mut line_buffered = false;
    let mut builder = Canonicalizer::builder();
    let mut texts = Vec::new();
    let mut command = Command::Canonicalize;
    let (mut system, mut kind, mut hyphenate) = (System::Rr, Kind::Text, None);
    let mut surname = romanize::SurnameStyle::System;
    let mut parser = lexopt::Parser::from_env();
    let mut first = true;
    loop {
        let arg = match parser.next() {
            Ok(Some(arg)) => arg,
            Ok(None) => break,
            Err(e) => return usage_error(e),
        };
        let at_start = std::mem::replace(&mut first, false);
        match arg {
            Value(ref v) if at_start && v == "romanize" => {
                command = Command::Romanize(System::Rr, Default::default())
            }
            Value(ref v) if at_start && v == "pron" => command = Command::Pron,
            Value(ref v) if at_start && v == "hangul" => command = Command::Hangul { all: false },
            Value(ref v) if at_start && v == "key" => command = Command::Key,
            Value(ref v) if at_start && v == "variants" => command = Command::Variants,
            Value(ref v) if at_start && v == "match" => command = Command::Match,
            Long("all") if matches!(command, Command::Hangul { .. }) => {
                command = Command::Hangul { all: true }
            }
            Long("system") if matches!(command, Command::Romanize(..)) => {
                match parser.value().map(|v| v.into_string()) {
                    Ok(Ok(v)) => match System::from_id(&v) {
                        Some(s) => system = s,
                        None => {
                            return usage_error(format_args!(
                                "--system: unknown system '{v}' (known: rr, rr-translit, mr, mr-ascii, dprk, kcna, yale)"
                            ))
                        }
                    },
                    Ok(Err(_)) => return usage_error("--system: the value is not valid UTF-8"),
                    Err(e) => return usage_error(e),
                }
            }
            Long("name") if matches!(command, Command::Romanize(..)) => kind = Kind::Name,
            Long("place") if matches!(command, Command::Romanize(..)) => kind = Kind::Place,
            Long("hyphen") if matches!(command, Command::Romanize(..)) => hyphenate = Some(true),
            Long("surname") if matches!(command, Command::Romanize(..)) => {
                surname = match parser.value().map(|v| v.into_string()) {
                    Ok(Ok(v)) if v == "system" => romanize::SurnameStyle::System,
                    Ok(Ok(v)) if v == "conventional" => romanize::SurnameStyle::Conventional,
                    Ok(Ok(v)) if v == "dprk" => romanize::SurnameStyle::Dprk,
                    Ok(Ok(v)) => {
                        return usage_error(format_args!(
                            "--surname: unknown style '{v}' (known: system, conventional, dprk)"
                        ))
                    }
                    Ok(Err(_)) => return usage_error("--surname: the value is not valid UTF-8"),
                    Err(e) => return usage_error(e),
                };
            }
            Long("no-hyphen") if matches!(command, Command::Romanize(..)) => hyphenate = Some(false),
            Long("json") => json = true,
            Long("lossy") => lossy = true,
            Long("line-buffered") => line_buffered = true,
            Long("to") => match parser.value().map(|v| v.into_string()) {
                Ok(Ok(v)) if v == "rok" => builder = builder.target(kcanon::Target::Rok),
                Ok(Ok(v)) if v == "dprk" => builder = builder.target(kcanon::Target::Dprk),
                Ok(Ok(v)) => {
                    return usage_error(format_args!("--to: unknown target '{v}' (known: rok, dprk)"))
                }
                Ok(Err(_)) => return usage_error("--to: the value is not valid UTF-8"),
                Err(e) => return usage_error(e),
            },
            Long("no-spelling") => builder = builder.spelling(false),
            Long("no-lexicon") => builder = builder.lexicon(false),
            Long("no-spacing") => builder = builder.spacing(false),
            Long("no-punctuation") => builder = builder.punctuation(false),
            Long("vocabulary") => builder = builder.vocabulary(true),
            Long("designations") => builder = builder.designations(true),
            Long("rok-surnames") => builder = builder.rok_surnames(true),
            Long("keep") => {
                let list = match parser.value().map(|v| v.into_string()) {
                    Ok(Ok(v)) => v,
                    Ok(Err(_)) => return usage_error("--keep: the value is not valid UTF-8"),
                    Err(e) => return usage_error(e),
                };
                for item in list.split(',').map(str::trim) {
                    builder = match item {
                        "width" => builder.fold_width(false),
                        "space" => builder.fold_spaces(false),
                        "zero-width" => builder.remove_zero_width(false),
                        "marks" => builder.fold_romanization_marks(false),
                        _ => {
                            return usage_error(format_args!(
                                "--keep: unknown fold '{item}' (known: width, space, zero-width, marks)"
                            ))
                        }
                    };
                }
            }
            Short('h') | Long("help") => {
                print!("{HELP}");
                return Parsed::Exit(ExitCode::SUCCESS);
            }
            Short('V') | Long("version") => {
                println!("canon {}", env!("CARGO_PKG_VERSION"));
                return Parsed::Exit(ExitCode::SUCCESS);
            }
            Value(text) => texts.push(text),
            other => return usage_error(other.unexpected()),
        }
    }
    if matches!(command, Command::Match) && !matches!(texts.len(), 0 | 2) {
        return usage_error(format_args!(
            "match takes two names (A B), or none to read A<TAB>B lines; got {}",
            texts.len()
        ));
    }
    if let Command::Romanize(..) = command {
        let mut o = romanize::Options::new(kind);
        o.hyphenate = hyphenate;
        o.surname = surname;
        command = Command::Romanize(system, o);
    }
    Parsed::Run(Options {
        command,
        json,
        lossy,
        line_buffered,
        canonicalizer: builder.build(),
        texts,
    })
}

#[derive(serde::Serialize)]
struct JsonRecord<'a> {
    input: &'a str,
    output: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<&'a [Change]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    candidates: Option<&'a [names::Candidate]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    variants: Option<&'a [Vec<String>]>,
}

#[derive(serde::Serialize)]
struct JsonVerdict<'a> {
    a: &'a str,
    b: &'a str,
    same: bool,
    score: f64,
}

/// A verdict as a line: `same<TAB>0.873`.
fn verdict_line(v: names::Verdict) -> String {
    format!("{}\t{:.3}", if v.same { "same" } else { "different" }, v.score)
}

/// Writes one record's output, without its line ending.
fn write_record(opts: &Options, text: &str, read: &mut ReadNames, out: &mut impl Write) -> Result<(), Stop> {
    if let Command::Match = opts.command {
        let Some((a, b)) = text.split_once('\t') else {
            return Err(Stop::Record("no tab between the two names".into()));
        };
        let v = read.compare(a, b);
        if opts.json {
            let record = JsonVerdict {
                a,
                b,
                same: v.same,
                score: v.score,
            };
            return serde_json::to_writer(&mut *out, &record).map_err(|e| Stop::Io(e.into()));
        }
        return Ok(out.write_all(verdict_line(v).as_bytes())?);
    }
    let mut candidates = None;
    let mut variants = None;
    let converted = match &opts.command {
        Command::Variants => {
            let found: Vec<Vec<String>> = text
                .split_whitespace()
                .map(|w| opts.canonicalizer.variants(w))
                .collect();
            let line = found
                .iter()
                .flatten()
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join("\t");
            variants = Some(found);
            Some(line)
        }
        Command::Canonicalize | Command::Match => None,
        Command::Romanize(system, o) => Some(romanize::romanize_with(text, *system, o)),
        Command::Pron => Some(kcanon::pronounce(text)),
        Command::Key => Some(names::key(text)),
        Command::Hangul { all } => {
            let found = names::hangul(text);
            let shown = if *all { found.len() } else { found.len().min(1) };
            let line = found[..shown]
                .iter()
                .map(|c| c.hangul.as_str())
                .collect::<Vec<_>>()
                .join("\t");
            candidates = Some(found);
            Some(line)
        }
    };
    if let Some(output) = converted {
        return if opts.json {
            let record = JsonRecord {
                input: text,
                output: &output,
                changes: None,
                candidates: candidates.as_deref(),
                variants: variants.as_deref(),
            };
            serde_json::to_writer(&mut *out, &record).map_err(|e| Stop::Io(e.into()))
        } else {
            Ok(out.write_all(output.as_bytes())?)
        };
    }
    if opts.json {
        let e = opts.canonicalizer.explain(text);
        let record = JsonRecord {
            input: text,
            output: &e.output,
            changes: Some(&e.changes),
            candidates: None,
            variants: None,
        };
        serde_json::to_writer(&mut *out, &record).map_err(|e| Stop::Io(e.into()))
    } else {
        Ok(out.write_all(opts.canonicalizer.canonicalize(text).as_bytes())?)
    }
}

/// Why a run stopped early.
enum Stop {
    Io(io::Error),
    /// Invalid UTF-8: where, already formatted ("line 3" or "argument 2"),
    /// and the 1-based byte offset within that record.
    BadUtf8(String, usize),
    /// A record the command cannot take (a match line without a tab):
    /// why, then where once known.
    Record(String),
    /// [`Stop::Record`] with its place: "line 3: no tab …".
    BadRecord(String),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Self {
        Stop::Io(e)
    }
}

/// The record's text, or where its UTF-8 goes wrong.
///
/// Validation is the CLI's largest cost after canonicalization itself, so the
/// common case (valid) goes through `simdutf8`; the error path asks std where.
fn decode<'a>(bytes: &'a [u8], lossy: bool) -> Result<Cow<'a, str>, usize> {
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return Ok(Cow::Borrowed(s));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Cow::Borrowed(s)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(e.valid_up_to() + 1),
    }
}

fn run_args(opts: &Options, out: &mut impl Write) -> Result<bool, Stop> {
    if let Command::Match = opts.command {
        // `canon match A B`: one verdict, and the exit status says it.
        let mut names = Vec::new();
        for (n, arg) in opts.texts.iter().enumerate() {
            let bytes = arg.as_encoded_bytes();
            names.push(
                decode(bytes, opts.lossy).map_err(|b| Stop::BadUtf8(format!("argument {}", n + 1), b))?,
            );
        }
        let v = names::compare(&names[0], &names[1]);
        if opts.json {
            let record = JsonVerdict {
                a: &names[0],
                b: &names[1],
                same: v.same,
                score: v.score,
            };
            serde_json::to_writer(&mut *out, &record).map_err(|e| Stop::Io(e.into()))?;
        } else {
            out.write_all(verdict_line(v).as_bytes())?;
        }
        out.write_all(b"\n")?;
        return Ok(v.same);
    }
    for (n, arg) in opts.texts.iter().enumerate() {
        let bytes = arg.as_encoded_bytes();
        let text = decode(bytes, opts.lossy).map_err(|b| Stop::BadUtf8(format!("argument {}", n + 1), b))?;
        write_record(opts, &text, &mut ReadNames::default(), out)
            .map_err(|e| placed(e, format!("argument {}", n + 1)))?;
        out.write_all(b"\n")?;
    }
    Ok(true)
}

/// The names of a `canon match` batch met so far: a screening file repeats
/// its query on every line, and a list its names on many lines, so a name
/// met again is read once and kept ([`names::Name`], whose verdicts are
/// exactly [`names::compare`]'s). A name met once is only remembered by a
/// hash, so that a file of names that never repeat costs what
/// [`names::compare`] costs. Bounded: each part is emptied when full.
struct ReadNames {
    /// Names met more than once, read.
    kept: std::collections::HashMap<String, names::Name>,
    /// Hashes of names met once, each in a slot its hash chooses (a name
    /// whose slot another takes is forgotten: it is read afresh, no more).
    met: Vec<u64>,
    /// At most this many names are kept read.
    capacity: usize,
}

impl Default for ReadNames {
    fn default() -> ReadNames {
        ReadNames {
            kept: Default::default(),
            met: Vec::new(),
            capacity: Self::KEPT,
        }
    }
}

impl ReadNames {
    /// At most this many names are kept read (a few megabytes) ...
    const KEPT: usize = 1 << 14;
    /// ... and this many remembered as met (half a megabyte).
    const MET: usize = 1 << 16;
    /// The longest name kept, in bytes.
    const LONGEST: usize = 256;

    fn compare(&mut self, a: &str, b: &str) -> names::Verdict {
        self.keep(a);
        self.keep(b);
        // (Looked up after both are kept: keeping `b` may have emptied the
        // list that `a` had just joined.)
        match (self.kept.get(a), self.kept.get(b)) {
            (Some(a), Some(b)) => a.compare(b),
            (Some(a), None) => a.compare(&names::Name::new(b)),
            (None, Some(b)) => names::Name::new(a).compare(b),
            (None, None) => names::compare(a, b),
        }
    }

    /// Keeps `name` read if it was met before. (A text longer than any name
    /// is never kept, so that the kept names stay a few megabytes whatever
    /// the input.)
    fn keep(&mut self, name: &str) {
        if name.len() > Self::LONGEST || self.kept.contains_key(name) {
            return;
        }
        let hash = {
            use std::hash::Hasher;
            let mut h = std::hash::DefaultHasher::new();
            h.write(name.as_bytes());
            h.finish()
        };
        if self.met.is_empty() {
            self.met = vec![0; Self::MET];
        }
        let slot = &mut self.met[hash as usize % Self::MET];
        if *slot != hash {
            *slot = hash;
            return;
        }
        *slot = 0;
        if self.kept.len() >= self.capacity {
            self.kept.clear();
        }
        self.kept.insert(name.to_string(), names::Name::new(name));
    }
}

/// Names the place of a record's error.
fn placed(e: Stop, place: String) -> Stop {
    match e {
        Stop::Record(why) => Stop::BadRecord(format!("{place}: {why}")),
        other => other,
    }
}

fn run_stdin(opts: &Options, out: &mut impl Write) -> Result<(), Stop> {
    let stdin = io::stdin();
    let interactive = stdin.is_terminal();
    let mut reader = BufReader::with_capacity(1 << 16, stdin.lock());
    let mut line = Vec::with_capacity(1 << 12);
    let mut number = 0usize;
    let mut read = ReadNames::default();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        number += 1;
        let content_len = if line.ends_with(b"\r\n") {
            line.len() - 2
        } else if line.ends_with(b"\n") {
            line.len() - 1
        } else {
            line.len()
        };
        let (content, ending) = line.split_at(content_len);
        let text = decode(content, opts.lossy).map_err(|b| Stop::BadUtf8(format!("line {number}"), b))?;
        write_record(opts, &text, &mut read, out).map_err(|e| placed(e, format!("line {number}")))?;
        out.write_all(ending)?;
        if opts.line_buffered || interactive {
            out.flush()?;
        }
    }
}

fn main() -> ExitCode {
    let mut opts = match parse_args() {
        Parsed::Run(opts) => opts,
        Parsed::Exit(code) => return code,
    };
    let stdout = io::stdout();
    opts.line_buffered |= stdout.is_terminal();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let result = if opts.texts.is_empty() {
        run_stdin(&opts, &mut out).map(|()| true)
    } else {
        run_args(&opts, &mut out)
    };
    // Every record before a failure is written before the error is reported.
    let flushed = out.flush();
    let result = result.and_then(|same| flushed.map(|()| same).map_err(Stop::Io));
    match result {
        Ok(true) => ExitCode::SUCCESS,
        // `canon match A B` on different names.
        Ok(false) => ExitCode::FAILURE,
        Err(Stop::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Stop::Io(e)) => {
            eprintln!("canon: {e}");
            ExitCode::FAILURE
        }
        Err(Stop::BadUtf8(place, byte)) => {
            eprintln!("canon: {place}: invalid UTF-8 at byte {byte}");
            ExitCode::FAILURE
        }
        Err(Stop::BadRecord(why) | Stop::Record(why)) => {
            eprintln!("canon: {why}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kept names emptied at any point, between the two names of a pair
    /// too: every verdict is still `compare`'s.
    #[test]
    fn kept_names_emptied_at_any_point() {
        let names = [
            "Kim Jong Un",
            "KIM, Chong-un",
            "김정은",
            "Kim Jong Il",
            "Ri Pyong Chol",
            "이병철",
        ];
        for capacity in 1..=4 {
            let mut read = ReadNames {
                capacity,
                ..ReadNames::default()
            };
            for round in 0..4 {
                for (i, a) in names.iter().enumerate() {
                    let b = names[(i + round + 1) % names.len()];
                    assert_eq!(read.compare(a, b), names::compare(a, b), "{capacity}: {a} | {b}");
                    assert!(read.kept.len() <= capacity);
                }
            }
        }
    }
}
