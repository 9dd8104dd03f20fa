//! Report import through the real binary: the seed report, inference of the publication day,
//! refusals, idempotence, dry runs and atomicity.

mod workdir;

use workdir::{Workdir, repo_file};

const SEED: &str = "data/reports/2021-05-10-putin-japarov-kg-tj-border.ar.txt";

/// (date, event_type, status) of each incident in a JSON Lines timeline.
fn rows(jsonl: &str) -> Vec<(String, String, String)> {
    jsonl
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = |k: &str| v[k].as_str().unwrap_or_default().to_string();
            (text("date"), text("event_type"), text("status"))
        })
        .collect()
}

fn seed_path() -> String {
    repo_file(SEED).display().to_string()
}

#[test]
fn the_seed_report_gives_its_incidents_with_the_dates_the_text_supports() {
    let wd = Workdir::new();
    let out = wd.stdout(&["import", &seed_path(), "--published", "2021-05-10"]);
    assert!(
        out.contains("29 Apr 2021") && out.contains("about 21–31 May 2021"),
        "{out}"
    );
    let timeline = rows(&wd.stdout(&["timeline", "--format", "jsonl"]));
    let has = |date: &str, kind: &str, status: &str| {
        timeline
            .iter()
            .any(|(d, k, s)| d == date && k == kind && s == status)
    };
    assert!(has("1991", "other", "occurred"), "{timeline:?}");
    assert!(
        has("2021-04-28", "mob_violence", "occurred"),
        "{timeline:?}"
    );
    assert!(has("2021-04-29", "armed_clash", "occurred"), "{timeline:?}");
    assert!(has("2021-05-10", "talks", "occurred"), "{timeline:?}");
    assert!(
        has("2021-05-21/2021-05-31~", "visit", "planned"),
        "{timeline:?}"
    );
    // The stone-throwing (28th) comes before the gunfire (29th): two incidents, in that order.
    let position = |kind: &str| timeline.iter().position(|(_, k, _)| k == kind).unwrap();
    assert!(position("mob_violence") < position("armed_clash"));
    // Undated incidents keep bounds within the story and the publication day, never one day.
    for (date, kind, _) in &timeline {
        if ["ceasefire", "withdrawal", "accusation"].contains(&kind.as_str()) {
            let parsed: tarikh::date::IncidentDate = date.parse().unwrap();
            assert!(
                parsed.exact_day().is_none(),
                "{kind} was given a day: {date}"
            );
            assert!(
                parsed
                    .earliest()
                    .is_some_and(|d| d.to_string().as_str() >= "2021-04-28"),
                "{kind}: {date}"
            );
            assert!(
                parsed
                    .latest()
                    .is_some_and(|d| d.to_string().as_str() <= "2021-05-10"),
                "{kind}: {date}"
            );
        }
    }
    // Every incident cites its sentence, and an actor is found under any spelling.
    let show = wd.stdout(&["show", "1"]);
    assert!(
        show.contains("Evidence") && show.contains("chars"),
        "{show}"
    );
    let by_arabic = wd.stdout(&["timeline", "--format", "jsonl", "--actor", "قيرغيزستان"]);
    let by_latin = wd.stdout(&["timeline", "--format", "jsonl", "--actor", "Kyrgyzstan"]);
    assert!(!by_latin.is_empty());
    assert_eq!(by_arabic, by_latin);
}

#[test]
fn without_published_the_seed_is_dated_from_its_text() {
    let wd = Workdir::new();
    let out = wd.run(&["import", &seed_path()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains("publication date 2021-05-10 inferred from the dateline '05/10'"),
        "{stderr}"
    );
    let timeline = rows(&wd.stdout(&["timeline", "--format", "jsonl"]));
    assert!(
        timeline
            .iter()
            .any(|(d, k, _)| d == "2021-04-29" && k == "armed_clash")
    );
}

#[test]
fn a_dateline_without_year_and_without_clues_is_refused_naming_published() {
    let wd = Workdir::new();
    let report = wd.write(
        "report.txt",
        "Border guards exchange fire\n\n03/04 10:15\n\nBorder guards of the two countries exchanged fire near the village, officials said.\n",
    );
    let err = wd.stderr_of_failure(&["import", report.to_str().unwrap()]);
    assert!(err.contains("--published"), "{err}");
    assert!(err.contains("report.txt"), "{err}");
    assert!(!wd.db().exists() || wd.stdout(&["timeline", "--format", "jsonl"]).is_empty());
}

#[test]
fn front_matter_is_read_and_flags_override_it() {
    let wd = Workdir::new();
    let report = wd.write(
        "fm.txt",
        "---\ntitle: Shelling near the border\nsource: Example Wire\npublished: 2022-09-16\nlanguage: en\n---\n\
         Tajik forces shelled the town of Batken on Thursday, the Kyrgyz border service said.\n",
    );
    wd.stdout(&["import", report.to_str().unwrap()]);
    let timeline = wd.stdout(&["timeline", "--format", "jsonl"]);
    assert!(
        timeline.contains(r#""date":"2022-09-15""#),
        "Thursday before Friday 16 Sep: {timeline}"
    );
    assert!(timeline.contains("Example Wire"), "{timeline}");
    // The same text published a week later (by flag) is another report, dated from that day.
    let other = Workdir::new();
    other.stdout(&[
        "import",
        report.to_str().unwrap(),
        "--published",
        "2022-09-23",
        "--source",
        "Other Wire",
    ]);
    let timeline = other.stdout(&["timeline", "--format", "jsonl"]);
    assert!(timeline.contains(r#""date":"2022-09-22""#), "{timeline}");
    assert!(timeline.contains("Other Wire"), "{timeline}");
}

#[test]
fn importing_a_report_twice_stores_nothing_new() {
    let wd = Workdir::new();
    wd.stdout(&["import", &seed_path(), "--published", "2021-05-10"]);
    let before = wd.dump();
    let out = wd.run(&["import", &seed_path(), "--published", "2021-05-10"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("already imported"));
    assert_eq!(before, wd.dump());
}

#[test]
fn dry_run_shows_and_stores_nothing() {
    let wd = Workdir::new();
    let out = wd.stdout(&[
        "import",
        &seed_path(),
        "--published",
        "2021-05-10",
        "--dry-run",
    ]);
    assert!(
        out.contains("read (importing joins") && out.contains("29 Apr 2021"),
        "{out}"
    );
    assert!(!wd.db().exists(), "a dry run created the database");
}

#[test]
fn unsupported_languages_are_refused_whole() {
    let wd = Workdir::new();
    wd.stdout(&["import", &seed_path(), "--published", "2021-05-10"]);
    let before = wd.dump();
    let french = wd.write(
        "fr.txt",
        "Des affrontements ont éclaté mercredi à la frontière entre le Kirghizistan et le Tadjikistan, \
         faisant plusieurs morts selon les autorités locales.\n",
    );
    let err = wd.stderr_of_failure(&[
        "import",
        "--published",
        "2022-09-16",
        french.to_str().unwrap(),
    ]);
    assert!(err.contains("fr.txt"), "{err}");
    assert!(
        err.to_lowercase().contains("french") || err.contains("language"),
        "{err}"
    );
    assert_eq!(before, wd.dump());
}

#[test]
fn one_bad_report_in_a_folder_stores_nothing() {
    let wd = Workdir::new();
    wd.write(
        "in/a.txt",
        "---\npublished: 2022-09-16\n---\nKyrgyz and Tajik border guards exchanged fire on Wednesday near Vorukh.\n",
    );
    wd.write("in/b.txt", [0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
    let err = wd.stderr_of_failure(&["import", wd.path("in").to_str().unwrap()]);
    assert!(err.contains("b.txt"), "{err}");
    assert!(!wd.db().exists() || wd.stdout(&["timeline", "--format", "jsonl"]).is_empty());
    // Without the bad file the folder imports.
    std::fs::remove_file(wd.path("in/b.txt")).unwrap();
    wd.stdout(&["import", wd.path("in").to_str().unwrap()]);
    assert!(
        wd.stdout(&["timeline", "--format", "jsonl"])
            .contains("armed_clash")
    );
}

#[test]
fn arabic_report_with_relative_dates() {
    let wd = Workdir::new();
    let report = wd.write(
        "ar.txt",
        "---\npublished: 2022-09-16\nsource: وكالة مثال\n---\n\
         اندلعت اشتباكات مسلحة بين قوات حرس الحدود القرغيزية والطاجيكية يوم الأربعاء الماضي قرب منطقة باتكين.\n\n\
         وقالت السلطات إن الجانبين اتفقا على وقف إطلاق النار أمس.\n",
    );
    wd.stdout(&["import", report.to_str().unwrap()]);
    let timeline = rows(&wd.stdout(&["timeline", "--format", "jsonl"]));
    assert!(
        timeline
            .iter()
            .any(|(d, k, _)| d == "2022-09-14" && k == "armed_clash"),
        "{timeline:?}"
    );
    assert!(
        timeline
            .iter()
            .any(|(d, k, _)| d == "2022-09-15" && k == "ceasefire"),
        "{timeline:?}"
    );
}

#[test]
fn a_vocabulary_folder_extends_the_gazetteer_without_recompiling() {
    let wd = Workdir::new();
    let report = wd.write(
        "r.txt",
        "---\npublished: 2022-09-16\n---\nBorder guards exchanged fire near Zarbogh on Wednesday, officials said.\n",
    );
    wd.stdout(&["import", "--dry-run", report.to_str().unwrap()]);
    wd.write(
        "vocab/places.tsv",
        "Zarbogh\tvillage\tTajikistan\t\t39.9\t70.6\tZarbogh|Зарбог\t\n",
    );
    let out = wd.stdout(&[
        "import",
        "--vocabulary",
        wd.path("vocab").to_str().unwrap(),
        report.to_str().unwrap(),
    ]);
    assert!(out.contains("Zarbogh"), "{out}");
    let rows = wd.stdout(&["timeline", "--format", "jsonl", "--place", "Зарбог"]);
    assert!(rows.contains(r#""latitude":39.9"#), "{rows}");
    // A broken vocabulary file is refused, naming the file and line.
    wd.write("bad/places.tsv", "Nowhere\tvillage\t\t\tnorth\t70\t\t\n");
    let err = wd.stderr_of_failure(&[
        "import",
        "--vocabulary",
        wd.path("bad").to_str().unwrap(),
        report.to_str().unwrap(),
    ]);
    assert!(
        err.contains("places.tsv:1") && err.contains("latitude"),
        "{err}"
    );
}

#[test]
fn disputed_readings_show_in_show_and_exports() {
    let wd = Workdir::new();
    let report = wd.write(
        "d.txt",
        "---\npublished: 2022-09-20\nlanguage: en\n---\n\
         Tajik forces shelled the town of Batken on Wednesday, Kyrgyz officials said.\n\n\
         The shelling of Batken on Thursday destroyed several houses, according to local residents.\n",
    );
    wd.stdout(&["import", report.to_str().unwrap()]);
    let jsonl = wd.stdout(&["timeline", "--format", "jsonl", "--type", "shelling"]);
    let value: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert_eq!(value["date"], "[2022-09-14..2022-09-15]");
    let disputed = value["disputed"].as_str().unwrap();
    assert!(
        disputed.contains("2022-09-14") && disputed.contains("2022-09-15"),
        "{disputed}"
    );
    let id = value["id"].to_string();
    let show = wd.stdout(&["show", &id]);
    assert!(show.contains("DISPUTED"), "{show}");
    wd.stdout(&["export", "-o", "out.csv"]);
    let csv = String::from_utf8(wd.read("out.csv")).unwrap();
    assert!(csv.contains(disputed), "{csv}");
    assert!(
        wd.stdout(&["timeline"]).contains("claimed!")
            || wd.stdout(&["timeline"]).contains("occurred!")
    );
}
