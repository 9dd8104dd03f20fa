//! Ingest benchmark: how fast reports are read (text to incidents, without storing), on the
//! project's own reports, and on a hostile text.
//!
//! `cargo bench --bench ingest` reads, in this order:
//! 1. 20 MB of generated text without punctuation or line breaks, once: the time and the
//!    process's peak memory (read first, so that the peak is this text's);
//! 2. every report of the project (`data/reports/`, the development sets, the merge sets),
//!    over and over until 8 MB have been read, on one core: MB per second.
//!
//! Add `-- corpus` or `-- hostile` for one part only, and `-- 5` for 5 MB of hostile text.

use std::path::{Path, PathBuf};
use std::time::Instant;

use tarikh::ingest::{IngestOptions, ingest_report};

// The binary's allocator, so that the peak memory is what `tarikh import` would take.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn reports(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            reports(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt")
            && std::fs::read_to_string(&path).is_ok_and(|t| t.starts_with("---\n"))
        {
            out.push(path);
        }
    }
}

/// Peak resident memory of this process so far, in MB (Linux).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn hostile(megabytes: usize) {
    let words: Vec<&str> = "the border guards said that troops of the army fired on the village near the post and the clash lasted for hours while officials met in the capital on Monday"
        .split(' ')
        .collect();
    let mut text =
        String::from("---\ntitle: t\nsource: s\npublished: 2021-05-01\nlanguage: en\n---\n");
    let mut state: u64 = 1;
    while text.len() < megabytes * 1_000_000 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(words[(state >> 33) as usize % words.len()]);
        text.push(' ');
    }
    let started = Instant::now();
    let x = tarikh::ingest::ingest_text("hostile.txt", text, &IngestOptions::default())
        .expect("the hostile text is read");
    let took = started.elapsed().as_secs_f64();
    println!(
        "hostile: {megabytes} MB without punctuation or line breaks: {took:.1} s, {} incidents, peak memory {:.0} MB",
        x.incidents.len(),
        peak_mb().unwrap_or(f64::NAN)
    );
}

fn corpus() {
    let mut files = Vec::new();
    for dir in ["data/reports", "tests/data/devset", "tests/data/mergeset"] {
        reports(Path::new(dir), &mut files);
    }
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| Some((p.display().to_string(), std::fs::read_to_string(p).ok()?)))
        .collect();
    let size: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let rounds = (8_000_000 / size.max(1)).max(1);
    let started = Instant::now();
    let mut incidents = 0;
    for _ in 0..rounds {
        for (name, text) in &texts {
            if let Ok(x) = ingest_report(name, text, &IngestOptions::default()) {
                incidents += x.incidents.len();
            }
        }
    }
    let took = started.elapsed().as_secs_f64();
    let mb = (size * rounds) as f64 / 1e6;
    println!(
        "corpus: {} reports ({:.2} MB) read {rounds} times: {mb:.1} MB in {took:.1} s = {:.2} MB/s on one core, {:.0} reports/s, {incidents} incidents",
        texts.len(),
        size as f64 / 1e6,
        mb / took,
        (texts.len() * rounds) as f64 / took
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = |part: &str| {
        !args.iter().any(|a| a == "corpus" || a == "hostile") || args.iter().any(|a| a == part)
    };
    let megabytes = args.iter().find_map(|a| a.parse().ok()).unwrap_or(20);
    if only("hostile") {
        hostile(megabytes);
    }
    if only("corpus") {
        corpus();
    }
}
