//! `canon` streams: resident memory stays flat however much text goes
//! through it. 1 GiB in release builds (as `.ci/run` runs it), 64 MiB in debug
//! builds; `KCANON_STREAM_MIB` overrides.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Peak resident set size of a live process, in KiB (Linux).
fn vm_hwm_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

#[test]
fn streaming_keeps_resident_memory_under_64_mib() {
    if !std::path::Path::new("/proc/self/status").exists() {
        eprintln!("skipped: needs /proc");
        return;
    }
    let mib: usize = std::env::var("KCANON_STREAM_MIB")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if cfg!(debug_assertions) { 64 } else { 1024 });
    // Text that exercises both paths: canonical lines and lines that change.
    let block = "조선중앙통신 2023년 1월 30일 나토사무총장의 행각은 무엇을 노리는가.\n\
                 ＫＣＮＡ\u{3000}평양\u{A0}Kim Tong-myǒng, P’yǒngyang\r\n\
                 \u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF} 로동\u{200B}신문\n"
        .repeat(512);
    let total = mib << 20;

    let mut child = Command::new(env!("CARGO_BIN_EXE_canon"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run canon");
    let pid = child.id();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let mut sent = 0;
        while sent < total {
            stdin.write_all(block.as_bytes()).unwrap();
            sent += block.len();
        }
        sent
    });
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut buf = vec![0u8; 1 << 16];
        let mut got = 0u64;
        loop {
            match stdout.read(&mut buf) {
                Ok(0) | Err(_) => return got,
                Ok(n) => got += n as u64,
            }
        }
    });
    let started = Instant::now();
    let mut peak = 0;
    while !writer.is_finished() {
        peak = peak.max(vm_hwm_kib(pid).unwrap_or(0));
        std::thread::sleep(Duration::from_millis(20));
    }
    peak = peak.max(vm_hwm_kib(pid).unwrap_or(0));
    let sent = writer.join().unwrap();
    let got = reader.join().unwrap();
    assert!(child.wait().unwrap().success());
    let secs = started.elapsed().as_secs_f64();
    eprintln!(
        "streamed {} MiB in {secs:.1} s ({:.0} MiB/s), peak RSS {} KiB",
        sent >> 20,
        sent as f64 / (1 << 20) as f64 / secs,
        peak
    );
    assert!(got > 0 && got as usize <= sent);
    assert!(peak > 0, "could not read VmHWM");
    assert!(peak < 64 * 1024, "peak RSS {peak} KiB");
}
