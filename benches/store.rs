//! Store benchmark: tarikh against the `sqlite3` shell on generated incidents.
//!
//! `cargo bench --bench store` (add `-- 100000` for a quicker run). It generates N incidents
//! (default 1,000,000) as tarikh CSV, then measures, each as a separate process:
//! - `tarikh import` against `sqlite3 .import` of the same file into a plain table;
//! - `tarikh timeline --format csv` of all rows against `sqlite3 -csv` running the same ordered
//!   SELECT;
//! - a filtered timeline (one actor, one month), in process, warm;
//! - peak memory (max RSS) of import and timeline at N/10 and N rows, to show it does not grow
//!   with the number of rows.
//!
//! Files go to `target/bench-store/`.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ACTORS: &[&str] = &[
    "Kyrgyzstan",
    "Tajikistan",
    "Uzbekistan",
    "Russia",
    "Kazakhstan",
    "Afghanistan",
    "Border Service of Tajikistan",
    "Kyrgyz Frontier Force",
    "Civilians (Kyrgyzstan)",
    "Civilians (Tajikistan)",
    "CSTO",
    "Protesters",
    "Rioters",
    "Police",
    "Military Forces of Kyrgyzstan",
    "Military Forces of Tajikistan",
    "Unidentified armed group",
    "Local residents",
    "Government of Kyrgyzstan",
    "Government of Tajikistan",
];
const PLACES: &[(&str, &str, f64, f64)] = &[
    ("Batken", "Kyrgyzstan", 40.06, 70.82),
    ("Isfara", "Tajikistan", 40.13, 70.63),
    ("Vorukh", "Tajikistan", 39.86, 70.58),
    ("Kok-Tash", "Kyrgyzstan", 39.95, 70.55),
    ("Leilek", "Kyrgyzstan", 39.83, 69.58),
    ("Osh", "Kyrgyzstan", 40.53, 72.80),
    ("Dushanbe", "Tajikistan", 38.56, 68.79),
    ("Bishkek", "Kyrgyzstan", 42.87, 74.59),
];
const TYPES: &[&str] = &[
    "armed_clash",
    "shelling",
    "mob_violence",
    "ceasefire",
    "agreement",
    "withdrawal",
    "talks",
    "statement",
];

/// A small deterministic generator (xorshift), so every run measures the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn generate(path: &Path, rows: usize) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    writeln!(
        out,
        "id,date,date_start,date_end,precision,event_type,status,title,actors,place,country,latitude,longitude,\
         fatalities_low,fatalities_best,fatalities_high,sources,evidence,summary,fatalities_phrase,disputed,uid"
    )?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    for i in 0..rows {
        let day = base + chrono::Duration::days(rng.below(25 * 365) as i64);
        let (date, start, end, precision) = match rng.below(10) {
            0 => {
                let month = day.format("%Y-%m").to_string();
                let last = tarikh::date::last_day_of_month(
                    chrono::Datelike::year(&day),
                    chrono::Datelike::month(&day),
                );
                (
                    month.clone(),
                    format!("{month}-01"),
                    last.to_string(),
                    "month",
                )
            }
            1 => {
                let later = day + chrono::Duration::days(1 + rng.below(10) as i64);
                (
                    format!("[{day}..{later}]"),
                    day.to_string(),
                    later.to_string(),
                    "unknown",
                )
            }
            _ => (day.to_string(), day.to_string(), day.to_string(), "day"),
        };
        let kind = TYPES[rng.below(TYPES.len())];
        let a = ACTORS[rng.below(ACTORS.len())];
        let b = ACTORS[rng.below(ACTORS.len())];
        let actors = if a == b {
            a.to_string()
        } else {
            format!("{a}; {b}")
        };
        let (place, country, lat, lon) = PLACES[rng.below(PLACES.len())];
        let killed = rng.below(12);
        writeln!(
            out,
            "{id},{date},{start},{end},{precision},{kind},occurred,Incident {id} near {place},{actors},{place},{country},\
             {lat},{lon},{killed},{killed},{killed},Generated news,Residents reported an incident near {place} on this day.,,,,g{id}",
            id = i + 1
        )?;
    }
    out.flush()
}

/// Run a command to completion; its wall time and peak memory (max RSS, KiB).
fn measure(cmd: &mut Command) -> (Duration, u64) {
    let started = Instant::now();
    let child = match cmd.stdout(Stdio::null()).spawn() {
        Ok(child) => child,
        Err(e) => panic!("cannot run {cmd:?}: {e}"),
    };
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // wait4 gives this child's own resource usage, not a running maximum over all children.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert!(
        waited == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed"
    );
    (elapsed, usage.ru_maxrss as u64)
}

fn best_of(runs: usize, mut make: impl FnMut() -> Command) -> (Duration, u64) {
    (0..runs)
        .map(|_| measure(&mut make()))
        .min_by_key(|(t, _)| *t)
        .unwrap_or_default()
}

fn secs(d: Duration) -> String {
    format!("{:.2} s", d.as_secs_f64())
}

const ORDERED_SELECT: &str = "SELECT i.id, i.date, i.date_start, i.date_end, i.precision, i.event_type, i.status, \
    i.title, i.actors_text, p.name, coalesce(i.country, p.country), coalesce(i.latitude, p.latitude), \
    coalesce(i.longitude, p.longitude), i.fatalities_low, i.fatalities_best, i.fatalities_high, i.sources_text, \
    i.evidence_text, i.summary, i.fatalities_text, i.disputed, i.uid \
    FROM incidents i LEFT JOIN places p ON p.id = i.place_id WHERE i.deleted_at IS NULL \
    ORDER BY i.sort_start, i.sort_end, i.seq, i.id";

fn main() {
    let rows: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.replace('_', "").parse().ok())
        .unwrap_or(1_000_000);
    let tarikh = PathBuf::from(env!("CARGO_BIN_EXE_tarikh"));
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-store");
    std::fs::create_dir_all(&dir).expect("bench folder");
    let have_sqlite3 = Command::new("sqlite3").arg("-version").output().is_ok();
    if !have_sqlite3 {
        eprintln!(
            "note: no sqlite3 shell on PATH (apt-get install sqlite3); comparisons are skipped"
        );
    }

    let mut memory = Vec::new();
    for n in [rows / 10, rows] {
        let csv = dir.join(format!("incidents-{n}.csv"));
        let db = dir.join(format!("tarikh-{n}.db"));
        let plain = dir.join(format!("plain-{n}.db"));
        let started = Instant::now();
        generate(&csv, n).expect("generate CSV");
        let size = std::fs::metadata(&csv).map(|m| m.len()).unwrap_or(0);
        println!(
            "\n== {n} incidents ({:.0} MB of CSV, generated in {})",
            size as f64 / 1e6,
            secs(started.elapsed())
        );

        let remove = |p: &Path| {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", p.display()));
            }
        };
        let (import_time, import_rss) = best_of(1, || {
            remove(&db);
            let mut c = Command::new(&tarikh);
            c.arg("--db")
                .arg(&db)
                .arg("import")
                .arg(&csv)
                .stderr(Stdio::null());
            c
        });
        println!(
            "tarikh import                     {:>9}   peak memory {:>7} KiB",
            secs(import_time),
            import_rss
        );
        if have_sqlite3 {
            let (t, _) = best_of(1, || {
                remove(&plain);
                let mut c = Command::new("sqlite3");
                c.arg(&plain)
                    .arg(format!(".import --csv {} incidents", csv.display()));
                c
            });
            println!(
                "sqlite3 .import (plain table)     {:>9}   tarikh/sqlite3 = {:.2}",
                secs(t),
                import_time.as_secs_f64() / t.as_secs_f64()
            );
        }

        let (timeline_time, timeline_rss) = best_of(3, || {
            let mut c = Command::new(&tarikh);
            c.arg("--db").arg(&db).args(["timeline", "--format", "csv"]);
            c
        });
        println!(
            "tarikh timeline --format csv      {:>9}   peak memory {:>7} KiB",
            secs(timeline_time),
            timeline_rss
        );
        if have_sqlite3 {
            let (t, _) = best_of(3, || {
                let mut c = Command::new("sqlite3");
                c.arg("-csv").arg("-header").arg(&db).arg(ORDERED_SELECT);
                c
            });
            println!(
                "sqlite3 -csv ordered SELECT       {:>9}   tarikh/sqlite3 = {:.2}",
                secs(t),
                timeline_time.as_secs_f64() / t.as_secs_f64()
            );
        }
        memory.push((n, import_rss, timeline_rss));

        // A filtered timeline in process: open, query, walk the rows (warm cache, best of 5).
        let store = tarikh::store::Store::open(&db).expect("open bench database");
        let filter = tarikh::store::Filter {
            actor: Some("Tajikistan".into()),
            from: chrono::NaiveDate::from_ymd_opt(2012, 3, 1),
            to: chrono::NaiveDate::from_ymd_opt(2012, 3, 31),
            ..Default::default()
        };
        let mut best = Duration::MAX;
        let mut found = 0;
        for _ in 0..5 {
            let started = Instant::now();
            found = 0;
            store
                .for_each(&filter, |_| -> Result<(), tarikh::store::StoreError> {
                    found += 1;
                    Ok(())
                })
                .expect("filtered timeline");
            best = best.min(started.elapsed());
        }
        println!(
            "filtered timeline (actor + month) {:>6.1} ms   {found} incidents",
            best.as_secs_f64() * 1e3
        );
        let (t, _) = best_of(3, || {
            let mut c = Command::new(&tarikh);
            c.arg("--db").arg(&db).args([
                "timeline",
                "--actor",
                "Tajikistan",
                "--from",
                "2012-03",
                "--to",
                "2012-03",
                "--format",
                "csv",
            ]);
            c
        });
        println!(
            "  the same as a command           {:>6.1} ms (process start included)",
            t.as_secs_f64() * 1e3
        );
    }
    if let [(small, si, st), (large, li, lt)] = memory[..] {
        println!(
            "\npeak memory, {small} → {large} rows: import {si} → {li} KiB, timeline {st} → {lt} KiB"
        );
    }
}
