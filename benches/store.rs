//! Store benchmark: tarikh against the `sqlite3` shell on generated incidents.
//!
//! `cargo bench --bench store` (add `-- 100000` for a quicker run). It generates N incidents
//! (default 1,000,000) as tarikh CSV with rows like those an export of read reports holds (an
//! Arabic title, 2-3 actors in Arabic and Latin script, one or two evidence sentences, Arabic in
//! four rows of five, sources with URLs; about 1.3 KB a row), then measures, each as a separate
//! process:
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

/// Actors as real rows name them: countries, forces and people, in Arabic script (read from
/// Arabic reports) and in Latin script (English reports, datasets).
const ACTORS: &[&str] = &[
    "Kyrgyzstan",
    "Tajikistan",
    "Uzbekistan",
    "Russia",
    "Border Service of Tajikistan",
    "Kyrgyz Frontier Force",
    "Civilians (Kyrgyzstan)",
    "Civilians (Tajikistan)",
    "CSTO",
    "Sadyr Japarov",
    "Emomali Rahmon",
    "Police",
    "Local residents",
    "Government of Kyrgyzstan",
    "قرغيزستان",
    "طاجيكستان",
    "أوزبكستان",
    "روسيا",
    "قوات حرس الحدود الطاجيكية",
    "حرس الحدود القرغيزي",
    "الجيش الطاجيكي",
    "القوات المسلحة القرغيزية",
    "سكان محليون",
    "الشرطة",
    "صادر جاباروف",
    "إمام علي رحمن",
    "منظمة معاهدة الأمن الجماعي",
    "وزارة الخارجية القرغيزية",
    "لجنة الأمن القومي الطاجيكية",
    "مسلحون مجهولون",
];
/// Places in either script: name, country (in the same script), latitude, longitude.
const PLACES: &[(&str, &str, f64, f64)] = &[
    ("Batken", "Kyrgyzstan", 40.06, 70.82),
    ("Isfara", "Tajikistan", 40.13, 70.63),
    ("Vorukh", "Tajikistan", 39.86, 70.58),
    ("Kok-Tash", "Kyrgyzstan", 39.95, 70.55),
    ("Leilek", "Kyrgyzstan", 39.83, 69.58),
    ("Osh", "Kyrgyzstan", 40.53, 72.80),
    ("باتكين", "قرغيزستان", 40.06, 70.82),
    ("إسفرة", "طاجيكستان", 40.13, 70.63),
    ("فوروخ", "طاجيكستان", 39.86, 70.58),
    ("كوك تاش", "قرغيزستان", 39.95, 70.55),
    ("خوجاي علو", "طاجيكستان", 39.97, 70.61),
    ("دوشنبه", "طاجيكستان", 38.56, 68.79),
    ("بيشكيك", "قرغيزستان", 42.87, 74.59),
    ("وادي فرغانة", "", 40.90, 71.80),
];
/// Event types with how an Arabic title and an English sentence say them.
const TYPES: &[(&str, &str, &str)] = &[
    ("armed_clash", "اشتباك مسلح", "exchanged fire with"),
    ("shelling", "قصف مدفعي متبادل", "shelled positions held by"),
    (
        "mob_violence",
        "مواجهات بالحجارة",
        "clashed with stones against",
    ),
    (
        "ceasefire",
        "إعلان وقف إطلاق النار",
        "agreed a ceasefire with",
    ),
    (
        "agreement",
        "توقيع بروتوكول لسحب القوات",
        "signed a protocol with",
    ),
    (
        "withdrawal",
        "سحب المدرعات من خط التماس",
        "began pulling troops back from",
    ),
    (
        "talks",
        "محادثات حول ترسيم الحدود",
        "held talks on the border with",
    ),
    (
        "statement",
        "بيان رسمي يتهم الجانب الآخر",
        "issued a statement accusing",
    ),
];
const TITLE_TAILS: &[&str] = &[
    "",
    " على الحدود المتنازع عليها",
    " بعد خلاف على منشأة لضخ المياه",
    " وسط اتهامات متبادلة بخرق الهدنة",
    " في منطقة باتكين الحدودية",
    " إثر تركيب كاميرات مراقبة عند السد",
];
const AR_OPENERS: &[&str] = &[
    "وقال مصدر في وزارة الدفاع إن",
    "وأفادت وكالة الأنباء الرسمية بأن",
    "وذكر شهود عيان من سكان القرى الحدودية أن",
    "وأعلنت لجنة الأمن القومي في بيان صدر مساء الخميس أن",
    "ونقلت وسائل إعلام محلية عن مسؤولين أن",
];
const AR_ACTS: &[&str] = &[
    "تبادلت إطلاق النار مع",
    "قصفت مواقع تابعة لـ",
    "اشتبكت بالحجارة والعصي مع",
    "توصلت إلى اتفاق لوقف إطلاق النار مع",
    "وقعت بروتوكولاً لسحب القوات والمدرعات مع",
    "بدأت سحب وحداتها بعيداً عن مواقع",
    "عقدت جولة جديدة من المحادثات مع",
    "اتهمت في بيان رسمي",
];
const AR_WHEN: &[&str] = &[
    "صباح يوم الخميس",
    "في ساعة متأخرة من مساء الأربعاء",
    "خلال عطلة نهاية الأسبوع",
    "بعد ظهر يوم الاثنين",
    "في الأول من أيار/مايو",
    "قبل يومين من موعد المحادثات",
];
const AR_OUTCOMES: &[&str] = &[
    "مما أسفر عن مقتل عدد من الأشخاص وإصابة العشرات من الجانبين",
    "ولم تسجل أي إصابات بين المدنيين وفق الحصيلة الأولية",
    "وأدى ذلك إلى نزوح مئات السكان من القرى المجاورة للحدود",
    "وسط مخاوف من تجدد الاشتباكات في المنطقة المتنازع عليها منذ عقود",
    "في حين تعهد الطرفان بمواصلة العمل على ترسيم الحدود المشتركة",
];
const EN_OPENERS: &[&str] = &[
    "A spokesman for the defence ministry said that",
    "According to the state news agency,",
    "Residents of the border villages said that",
    "In a statement on Thursday evening, officials said",
    "Local media, quoting officials, reported that",
];
const EN_WHEN: &[&str] = &[
    "on Thursday morning",
    "late on Wednesday",
    "over the weekend",
    "on Monday afternoon",
    "on 1 May",
    "two days before the talks were due",
];
const EN_OUTCOMES: &[&str] = &[
    "leaving several people dead and dozens wounded on both sides",
    "and no civilian casualties were reported in the first count",
    "forcing hundreds of residents to leave the villages along the border",
    "amid fears of new clashes in an area disputed for decades",
    "while both sides pledged to keep working on the demarcation of the border",
];
const SOURCES: &[(&str, &str)] = &[
    (
        "الوكالة الإقليمية للأنباء",
        "https://regional-news-agency.example/ar/2021/04/30/kyrgyz-tajik-toll",
    ),
    (
        "جريدة الضفتين",
        "https://aldiffatain.example/world/2021/05/05/kyrgyz-tajik-aftermath",
    ),
    ("قناة سحب", "https://suhoub.example/news/2021/05/02/truce"),
    (
        "Tien Shan Wire",
        "https://tienshanwire.example/news/kyrgyz-tajik-toll-40-ceasefire",
    ),
    (
        "Steppe Wire",
        "https://steppewire.example/2021/04/29/kyrgyz-tajik-border-shooting",
    ),
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
    fn pick<'a, T>(&mut self, list: &'a [T]) -> &'a T {
        &list[self.below(list.len())]
    }
}

/// Append a CSV cell (quoted when it must be) and a comma.
fn cell(row: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        row.push('"');
        row.push_str(&text.replace('"', "\"\""));
        row.push('"');
    } else {
        row.push_str(text);
    }
    row.push(',');
}

/// One evidence sentence about `a` and `b` at `place`: Arabic, or English for about one row in
/// five; 150-300 characters, as sentences of news reports are.
fn sentence(rng: &mut Rng, arabic: bool, kind: usize, a: &str, b: &str, place: &str) -> String {
    if arabic {
        format!(
            "{} {a} {} {b} قرب {place} {}، {}.",
            rng.pick(AR_OPENERS),
            AR_ACTS[kind],
            rng.pick(AR_WHEN),
            rng.pick(AR_OUTCOMES)
        )
    } else {
        format!(
            "{} {a} {} {b} near {place} {}, {}.",
            rng.pick(EN_OPENERS),
            TYPES[kind].2,
            rng.pick(EN_WHEN),
            rng.pick(EN_OUTCOMES)
        )
    }
}

/// Rows as tarikh exports them after reading Arabic and English reports: an Arabic title, 2-3
/// actors in both scripts, a place in either, one or two evidence sentences (the first is the
/// summary), one or two sources with their URLs, and a 16-hex-digit uid.
fn generate(path: &Path, rows: usize) -> std::io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 20, File::create(path)?);
    writeln!(out, "{}", tarikh::record::ALL_COLUMNS.join(","))?;
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let base = chrono::NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    let arabic_actors = &ACTORS[14..];
    let mut row = String::with_capacity(4096);
    for i in 0..rows {
        row.clear();
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
        let kind = rng.below(TYPES.len());
        let mut actors: Vec<&str> = Vec::with_capacity(3);
        while actors.len() < 2 + rng.below(2) {
            let actor = *rng.pick(ACTORS);
            if !actors.contains(&actor) {
                actors.push(actor);
            }
        }
        let (place, country, lat, lon) = *rng.pick(PLACES);
        let title = format!(
            "{} بين {} و{} قرب {place}{}",
            TYPES[kind].1,
            rng.pick(arabic_actors),
            rng.pick(arabic_actors),
            rng.pick(TITLE_TAILS)
        );
        let arabic = rng.below(5) != 0;
        let first = sentence(&mut rng, arabic, kind, actors[0], actors[1], place);
        let evidence = if rng.below(2) == 0 {
            let second = sentence(&mut rng, arabic, kind, actors[1], actors[0], place);
            format!("{first}; {second}")
        } else {
            first.clone()
        };
        let (source, url) = *rng.pick(SOURCES);
        let (sources, urls, count) = if rng.below(3) == 0 {
            let (other, other_url) = *rng.pick(SOURCES);
            if other == source {
                (source.to_string(), url.to_string(), 1)
            } else {
                (
                    format!("{source}; {other}"),
                    format!("{url}; {other_url}"),
                    2,
                )
            }
        } else {
            (source.to_string(), url.to_string(), 1)
        };
        let killed = rng.below(12);
        let phrase = if killed > 0 && rng.below(3) == 0 {
            format!("مقتل {killed} أشخاص على الأقل")
        } else {
            String::new()
        };
        let reported = day + chrono::Duration::days(1 + rng.below(3) as i64);
        let last_reported = reported + chrono::Duration::days(rng.below(4) as i64);
        let uid = format!("{:016x}", rng.next());
        let killed = killed.to_string();
        // Each source's publication day, as the export lists them.
        let published = if count > 1 {
            format!("{reported}; {last_reported}")
        } else {
            reported.to_string()
        };
        for text in [
            &(i + 1).to_string(),
            &date,
            &start,
            &end,
            precision,
            TYPES[kind].0,
            "occurred",
            &title,
            &actors.join("; "),
            place,
            country,
            &lat.to_string(),
            &lon.to_string(),
            &killed,
            &killed,
            &killed,
            &sources,
            &evidence,
            &first,
            &phrase,
            "",
            &uid,
            &count.to_string(),
            &urls,
            &reported.to_string(),
            &last_reported.to_string(),
            &published,
        ] {
            cell(&mut row, text);
        }
        row.pop();
        row.push('\n');
        out.write_all(row.as_bytes())?;
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
