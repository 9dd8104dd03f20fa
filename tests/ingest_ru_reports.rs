//! Russian reports in the styles of the region's press (tests/data/ru/): a TASS wire, a
//! 24.kg page with its furniture, a border service's and a foreign ministry's statements, an
//! Interfax wire, RIA and AKIpress wires, a Kaktus anniversary piece and live feed, an
//! Asia-Plus story with a correction. Each test states what a careful analyst reads
//! out of one report: its key incidents with their types, statuses, places, sides and tolls,
//! and that no incident carries a day the text does not support.
//!
//! Until the Russian temporal tagger lands (issue 11, item 1), dates written in Russian words
//! ("утром в пятницу", "29 апреля 2021 года") are not found: these tests pin dates only where
//! they come from the publication day, a dateline or a numeric date ("29.04.2021"). The
//! expectations that need the tagger are in `needs_the_tagger_*` tests, ignored until then
//! (`cargo test --test ingest_ru_reports -- --ignored` runs them).

mod ingest_support;
mod workdir;

use chrono::NaiveDate;

use ingest_support::{all, one};
use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident, Status};
use workdir::{Workdir, day, repo_file};

const DIR: &str = "tests/data/ru";

fn read_with(name: &str, published: Option<&str>) -> Extraction {
    let path = format!("{DIR}/{name}");
    let raw = std::fs::read_to_string(&path).expect("report file");
    let options = IngestOptions {
        published: published.map(day),
        ..Default::default()
    };
    let x = ingest_report(&path, &raw, &options).expect("the report is read");
    ingest_support::print(&x);
    x
}

fn read(name: &str) -> Extraction {
    read_with(name, None)
}

fn at(i: &Incident, place: &str) -> bool {
    i.place.as_deref() == Some(place)
}

fn has(i: &Incident, actor: &str) -> bool {
    i.actors.iter().any(|a| a == actor)
}

fn bounds(i: &Incident) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (i.date.earliest(), i.date.latest())
}

/// Every incident dated to a single day is dated to one of the days the text supports.
fn only_days(x: &Extraction, days: &[&str]) {
    let ok: Vec<NaiveDate> = days.iter().map(|d| day(d)).collect();
    for i in &x.incidents {
        if let Some(d) = i.date.exact_day() {
            assert!(
                ok.contains(&d),
                "{} is dated {d}, a day the text does not give it",
                i.title
            );
        }
    }
}

/// What happened is on or before the publication day; what is planned, on or after it.
fn no_day_beyond(x: &Extraction, published: &str) {
    let p = day(published);
    for i in &x.incidents {
        let (a, b) = bounds(i);
        if i.status == Status::Planned {
            assert!(a.is_some_and(|a| a >= p), "{} planned before {p}", i.title);
        } else {
            assert!(b.is_some_and(|b| b <= p), "{} is dated after {p}", i.title);
        }
    }
}

/// No incident takes a place from the words that say where the report was written.
fn nothing_at(x: &Extraction, place: &str) {
    for i in &x.incidents {
        assert!(!at(i, place), "{} is placed in {place}", i.title);
    }
}

#[test]
fn tass_wire_without_a_year_is_refused_until_the_day_is_given() {
    let path = format!("{DIR}/2022-09-16-tass-wire.ru.txt");
    let raw = std::fs::read_to_string(&path).unwrap();
    let options = IngestOptions {
        today: Some(day("2024-01-01")),
        ..Default::default()
    };
    let e = ingest_report(&path, &raw, &options)
        .expect_err("a dateline without its year and no clue: no day is guessed")
        .to_string();
    assert!(e.contains("--published"), "{e}");
}

#[test]
fn tass_wire() {
    let x = read_with("2022-09-16-tass-wire.ru.txt", Some("2022-09-16"));
    assert_eq!(x.report.language, "ru");
    let clash = one(&x, EventType::ArmedClash, |i| at(i, "Kok-Tash"));
    assert!(has(clash, "Kyrgyzstan") && has(clash, "Tajikistan"));
    assert_eq!(clash.status, Status::Occurred);
    assert_eq!(clash.fatalities.low, Some(24));
    let batken = one(&x, EventType::Shelling, |i| at(i, "Batken"));
    assert!(has(batken, "Tajikistan"));
    assert_eq!(batken.status, Status::Occurred);
    // What the other side's border troops say: claimed.
    let claimed = one(&x, EventType::Shelling, |i| at(i, "Ovchi-Kalacha"));
    assert_eq!(claimed.status, Status::Claimed);
    assert!(has(claimed, "Kyrgyzstan"));
    let blame = one(&x, EventType::Accusation, |_| true);
    assert_eq!(blame.status, Status::Claimed);
    // Agreed at the summit: a ceasefire, not a plan; its makers are the presidents.
    let truce = one(&x, EventType::Ceasefire, |_| true);
    assert_eq!(truce.status, Status::Occurred);
    assert!(has(truce, "Sadyr Japarov") && has(truce, "Emomali Rahmon"));
    let evacuation = one(&x, EventType::Displacement, |_| true);
    assert!(at(evacuation, "Batken Region"));
    // The dateline's city is where the report was written.
    nothing_at(&x, "Bishkek");
    // "возобновилась утром в пятницу": the Friday of the dateline's day.
    only_days(&x, &["2022-09-16"]);
    no_day_beyond(&x, "2022-09-16");
}

#[test]
fn local_site_with_page_furniture() {
    // The page's own timestamp "16 сентября 2022, 18:40" is the publication day.
    let x = read("2022-09-16-24kg-evacuation.ru.txt");
    assert_eq!(x.report.published, day("2022-09-16"));
    let left_out = x
        .notes
        .iter()
        .find(|n| n.starts_with("page furniture left out"))
        .expect("a note on the furniture");
    for furniture in ["Поделиться", "Читайте также", "Фото: 24.kg"] {
        assert!(left_out.contains(furniture), "{left_out}");
    }
    // The headlines under "Читайте также" are links, not talks held.
    assert!(all(&x, EventType::Talks).is_empty());
    let evacuation = one(&x, EventType::Displacement, |_| true);
    assert!(at(evacuation, "Batken District"));
    // "число погибших ... возросло до 24 человек": the toll, updated.
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(
        (clash.fatalities.low, clash.fatalities.best),
        (Some(24), Some(24))
    );
    let burning = one(&x, EventType::PropertyDestruction, |_| true);
    assert!(at(burning, "Maksat"));
    let shelling = one(&x, EventType::Shelling, |_| true);
    assert!(has(shelling, "Tajikistan"));
    let rally = one(&x, EventType::Protest, |_| true);
    assert!(at(rally, "Bishkek"));
    // "Среди погибших есть мирные жители": the dead already counted, no act of its own.
    assert!(all(&x, EventType::Attack).is_empty());
    only_days(&x, &[]);
    no_day_beyond(&x, "2022-09-16");
}

#[test]
fn border_troops_statement_with_a_numeric_date() {
    let x = read("2021-04-30-tajik-border-troops-statement.ru.txt");
    assert_eq!(x.report.published, day("2021-04-30"));
    // "29.04.2021 г. около 10:00 военнослужащие Кыргызской Республики открыли огонь".
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(clash.date.exact_day(), Some(day("2021-04-29")));
    assert!(at(clash, "Golovnoi"));
    assert!(has(clash, "Kyrgyzstan") && has(clash, "Tajikistan"));
    let chorkuh = one(&x, EventType::Shelling, |i| at(i, "Chorkuh"));
    assert!(has(chorkuh, "Kyrgyzstan"));
    let burning = one(&x, EventType::PropertyDestruction, |_| true);
    assert!(at(burning, "Chorkuh"));
    // "погибли двое таджикских военнослужащих": two, and they are Tajikistan's.
    assert!(
        x.incidents
            .iter()
            .any(|i| i.fatalities.best == Some(2) && i.fatalities.low == Some(2))
    );
    // "Вечером 29 апреля ... договорились о прекращении огня": a day in words, read by the
    // Russian tagger.
    let truce = one(&x, EventType::Ceasefire, |_| true);
    assert_eq!(truce.date.exact_day(), Some(day("2021-04-29")));
    assert_eq!(truce.status, Status::Occurred);
    only_days(&x, &["2021-04-29"]);
    no_day_beyond(&x, "2021-04-30");
}

#[test]
fn interfax_wire_on_armenia_and_azerbaijan() {
    let x = read_with(
        "2022-09-13-interfax-armenia-azerbaijan.ru.txt",
        Some("2022-09-13"),
    );
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert!(has(clash, "Azerbaijan") && has(clash, "Armenia"));
    assert!(at(clash, "Goris"));
    // Baku's version: claimed, in Kalbajar.
    let shelling = one(&x, EventType::Shelling, |_| true);
    assert_eq!(shelling.status, Status::Claimed);
    assert!(at(shelling, "Kalbajar"));
    let blame = one(&x, EventType::Accusation, |_| true);
    assert_eq!(blame.status, Status::Claimed);
    let call = one(&x, EventType::Talks, |i| i.status == Status::Occurred);
    assert!(has(call, "Nikol Pashinyan") && has(call, "Vladimir Putin"));
    // "Совет Безопасности ООН проведет экстренное заседание": to come.
    let session = one(&x, EventType::Talks, |i| i.status == Status::Planned);
    assert!(has(session, "UN Security Council"));
    assert!(x.incidents.iter().any(|i| i.fatalities.best == Some(49)));
    nothing_at(&x, "Yerevan");
    only_days(&x, &[]);
    no_day_beyond(&x, "2022-09-13");
}

#[test]
fn ria_wire_on_the_truce() {
    let x = read_with("2022-09-20-ria-ceasefire-talks.ru.txt", Some("2022-09-20"));
    let truce = one(&x, EventType::Ceasefire, |_| true);
    assert!(has(truce, "Saimumin Yatimov") && has(truce, "Kamchybek Tashiev"));
    assert_eq!(truce.status, Status::Occurred);
    one(&x, EventType::Withdrawal, |_| true);
    // "Следующая встреча делегаций состоится в Баткене": the verb after its subject.
    let meeting = one(&x, EventType::Talks, |_| true);
    assert_eq!(meeting.status, Status::Planned);
    assert!(at(meeting, "Batken"));
    let arrest = one(&x, EventType::Arrest, |_| true);
    assert!(has(arrest, "Kyrgyzstan"));
    assert!(x.incidents.iter().any(|i| i.fatalities.best == Some(41)));
    nothing_at(&x, "Dushanbe");
    only_days(&x, &[]);
    no_day_beyond(&x, "2022-09-20");
}

#[test]
fn akipress_wire_on_claims_and_denials() {
    let x = read_with("2022-09-17-akipress-accusations.ru.txt", Some("2022-09-17"));
    // A note handed over is an act; what the note says the other side did is its claim.
    let note = one(&x, EventType::Accusation, |i| {
        i.title.contains("diplomatic protest")
    });
    assert_eq!(note.status, Status::Occurred);
    assert!(has(note, "Kyrgyzstan") && has(note, "Tajikistan"));
    assert!(all(&x, EventType::Shelling).iter().any(|i| at(i, "Ak-Sai")));
    // "По версии таджикского МИД, огонь первыми открыли кыргызские пограничники": one side's
    // account of who started, an accusation.
    let version = one(&x, EventType::Accusation, |i| at(i, "Ovchi-Kalacha"));
    assert_eq!(version.status, Status::Claimed);
    assert!(has(version, "Kyrgyzstan"));
    // "договорились провести встречу": the meeting is to come.
    let meeting = one(&x, EventType::Talks, |_| true);
    assert_eq!(meeting.status, Status::Planned);
    assert!(has(meeting, "Sadyr Japarov") && has(meeting, "Emomali Rahmon"));
    // Words of rhetoric ("не намерена отвечать на провокации") are no act.
    assert!(
        !x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Accusation && i.status == Status::Planned)
    );
    nothing_at(&x, "Bishkek");
    no_day_beyond(&x, "2022-09-17");
}

#[test]
fn anniversary_piece() {
    let x = read("2022-04-29-anniversary-golovnoi.ru.txt");
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert!(at(clash, "Golovnoi"));
    assert!(has(clash, "Kyrgyzstan") && has(clash, "Tajikistan"));
    assert_eq!(clash.fatalities.best, Some(36));
    one(&x, EventType::MobViolence, |_| true);
    let burning = one(&x, EventType::PropertyDestruction, |_| true);
    assert!(at(burning, "Leilek District"));
    one(&x, EventType::Displacement, |_| true);
    // "Ровно год назад, 29 апреля 2021 года": the war's day, never the anniversary's.
    only_days(&x, &["2021-04-29"]);
    no_day_beyond(&x, "2022-04-29");
}

#[test]
fn foreign_ministry_statement() {
    let x = read("2022-09-15-mfa-kg-statement.ru.txt");
    // "14.09.2022 года таджикские военнослужащие открыли огонь ...".
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(clash.date.exact_day(), Some(day("2022-09-14")));
    assert!(at(clash, "Batken District"));
    assert!(has(clash, "Tajikistan") && has(clash, "Kyrgyzstan"));
    // The chargé d'affaires summoned and handed a note: one act, of the days after the clash.
    let summons = one(&x, EventType::Other, |i| i.title.contains("summoning"));
    assert_eq!(
        bounds(summons),
        (Some(day("2022-09-14")), Some(day("2022-09-15")))
    );
    // "призывает ... воздержаться от действий, ведущих к эскалации, и решать все вопросы путем
    // переговоров": an appeal, with neither a flare-up nor talks of its own.
    let appeal = one(&x, EventType::Statement, |_| true);
    assert!(appeal.title.contains("appeal"));
    assert!(all(&x, EventType::Talks).is_empty());
    assert!(!x.incidents.iter().any(|i| i.title.contains("flare-up")));
    // The protest is the statement's day, not the day of what it protests.
    assert!(
        !x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Accusation
                && i.date.exact_day() == Some(day("2022-09-14")))
    );
    only_days(&x, &["2022-09-14"]);
    no_day_beyond(&x, "2022-09-15");
}

#[test]
fn live_feed_of_stamped_posts() {
    // Posts stamped with a time and no day are the publication day's.
    let x = read("2022-09-16-telegram-feed.ru.txt");
    let shelling = one(&x, EventType::Shelling, |_| true);
    assert!(at(shelling, "Dostuk"));
    assert!(has(shelling, "Tajikistan"));
    assert_eq!(shelling.date.exact_day(), Some(day("2022-09-16")));
    let evacuation = one(&x, EventType::Displacement, |_| true);
    assert!(at(evacuation, "Leilek District"));
    assert_eq!(evacuation.date.exact_day(), Some(day("2022-09-16")));
    one(&x, EventType::PropertyDestruction, |i| at(i, "Batken"));
    let truce = one(&x, EventType::Ceasefire, |_| true);
    assert_eq!(truce.date.exact_day(), Some(day("2022-09-16")));
    assert!(
        all(&x, EventType::ArmedClash)
            .iter()
            .any(|i| at(i, "Kok-Tash") && i.date.exact_day() == Some(day("2022-09-16")))
    );
    only_days(&x, &["2022-09-16"]);
    no_day_beyond(&x, "2022-09-16");
}

#[test]
fn story_with_a_correction() {
    let x = read("2023-09-20-asia-plus-correction.ru.txt");
    let operation = one(&x, EventType::ArmedClash, |_| true);
    assert!(has(operation, "Azerbaijan"));
    assert!(at(operation, "Nagorno-Karabakh"));
    // The shelling the Karabakh authorities count and Armenia accuses Baku of: one act.
    let shelling = one(&x, EventType::Shelling, |_| true);
    assert!(at(shelling, "Stepanakert"));
    assert!(has(shelling, "Azerbaijan"));
    assert_eq!(shelling.fatalities.low, Some(27));
    // "при посредничестве российских миротворцев": the mediators are no side.
    let truce = one(&x, EventType::Ceasefire, |_| true);
    assert!(!has(truce, "Russia"));
    one(&x, EventType::Talks, |i| has(i, "Vladimir Putin"));
    // What the correction retracts ("ошибочно указывалось, что погибли 50 человек") is no toll.
    assert!(!x.incidents.iter().any(|i| i.fatalities.low == Some(50)));
    only_days(&x, &[]);
    no_day_beyond(&x, "2023-09-20");
}

/// A day in words the tagger does not read yet is no day of the narrative before it: the act
/// keeps its bounds rather than take the numeric date of the sentence before.
#[test]
fn an_unread_day_stops_the_narrative() {
    let raw = "---\npublished: 2021-05-02\nlanguage: ru\n---\n29.04.2021 г. военнослужащие Кыргызской Республики открыли огонь по позициям таджикских пограничников у водозабора «Головной». 1 мая в Исфаринском районе сожжены два дома. Затем жители сел эвакуированы в Исфару.\n";
    let x = ingest_report("t.txt", raw, &IngestOptions::default()).expect("read");
    ingest_support::print(&x);
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(clash.date.exact_day(), Some(day("2021-04-29")));
    for t in [EventType::PropertyDestruction, EventType::Displacement] {
        let i = one(&x, t, |_| true);
        assert_ne!(i.date.exact_day(), Some(day("2021-04-29")), "{}", i.title);
    }
    only_days(&x, &["2021-04-29", "2021-05-01"]);
}

/// Dates that need the Russian tagger (issue 11, item 1): enable when it lands.
#[test]
fn the_tagger_dates_the_wires() {
    // "утром в пятницу" with P = Friday 16 September 2022.
    let x = read_with("2022-09-16-tass-wire.ru.txt", Some("2022-09-16"));
    let clash = one(&x, EventType::ArmedClash, |i| at(i, "Kok-Tash"));
    assert_eq!(clash.date.exact_day(), Some(day("2022-09-16")));
    // "Ранее, в конце апреля 2021 года, конфликт ... унес жизни более 50 человек": background
    // of its own, not this week's clash.
    assert!(x.incidents.iter().any(|i| {
        i.date.latest().is_some_and(|d| d <= day("2021-04-30")) && i.fatalities.low == Some(51)
    }));
    // "Ровно год назад, 29 апреля 2021 года".
    let x = read("2022-04-29-anniversary-golovnoi.ru.txt");
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(clash.date.exact_day(), Some(day("2021-04-29")));
    // "в ночь на вторник" with P = Tuesday 13 September 2022: the night of the 12th to 13th.
    let x = read_with(
        "2022-09-13-interfax-armenia-azerbaijan.ru.txt",
        Some("2022-09-13"),
    );
    let clash = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(
        bounds(clash),
        (Some(day("2022-09-12")), Some(day("2022-09-13")))
    );
}

/// A Russian statement about the clash of 29 April 2021 joins the incident an English wire
/// already told, through the gazetteer's canonical names (Golovnoi, Kyrgyzstan, Tajikistan).
#[test]
fn a_russian_report_joins_an_incident_told_in_english() {
    let w = Workdir::new();
    let english = repo_file("data/reports/2021-04-29-steppe-wire-clash.en.txt");
    let russian = repo_file(&format!(
        "{DIR}/2021-04-30-tajik-border-troops-statement.ru.txt"
    ));
    w.stdout(&["import", english.to_str().unwrap()]);
    w.stdout(&["import", russian.to_str().unwrap()]);
    let out = w.stdout(&["timeline", "--type", "armed_clash", "--format", "csv"]);
    let rows: Vec<&str> = out.lines().skip(1).filter(|l| !l.is_empty()).collect();
    let clash: Vec<&&str> = rows
        .iter()
        .filter(|r| r.starts_with_date("2021-04-29"))
        .collect();
    assert_eq!(clash.len(), 1, "{out}");
    assert!(
        clash[0].contains("Steppe Wire") && clash[0].contains("Пограничные войска ГКНБ РТ"),
        "{out}"
    );
}

/// The same statement joins the clash an Arabic agency told, whatever the order of imports.
#[test]
fn a_russian_report_joins_an_incident_told_in_arabic() {
    let arabic = repo_file("data/reports/2021-04-30-regional-news-agency-clash.ar.txt");
    let russian = repo_file(&format!(
        "{DIR}/2021-04-30-tajik-border-troops-statement.ru.txt"
    ));
    for order in [[&arabic, &russian], [&russian, &arabic]] {
        let w = Workdir::new();
        for f in order {
            w.stdout(&["import", f.to_str().unwrap()]);
        }
        let out = w.stdout(&["timeline", "--type", "armed_clash", "--format", "csv"]);
        let clash: Vec<&str> = out
            .lines()
            .skip(1)
            .filter(|r| r.starts_with_date("2021-04-29"))
            .collect();
        assert_eq!(clash.len(), 1, "{out}");
        assert!(
            clash[0].contains("الوكالة الإقليمية للأنباء")
                && clash[0].contains("Пограничные войска ГКНБ РТ"),
            "{out}"
        );
    }
}

/// `--lang ru` and a manifest's `lang` column take Russian; Kyrgyz stays refused by name.
#[test]
fn russian_through_the_flag_and_the_manifest() {
    let w = Workdir::new();
    let wire = repo_file(&format!("{DIR}/2022-09-16-tass-wire.ru.txt"));
    let out = w.stdout(&[
        "import",
        wire.to_str().unwrap(),
        "--lang",
        "ru",
        "--published",
        "2022-09-16",
        "--dry-run",
    ]);
    assert!(out.contains("armed_clash"), "{out}");
    let folder = w.path("archive");
    std::fs::create_dir(&folder).unwrap();
    std::fs::copy(&wire, folder.join("tass.txt")).unwrap();
    std::fs::write(
        folder.join("kg.txt"),
        "Өкмөт чек арадагы атышуу тууралуу билдирүү жасады. Баткен облусунда эки киши жарадар болду.\n",
    )
    .unwrap();
    let manifest = folder.join("manifest.csv");
    std::fs::write(
        &manifest,
        "path,published,source,lang\ntass.txt,2022-09-16,ТАСС,ru\nkg.txt,2022-09-16,Kabar,\n",
    )
    .unwrap();
    let out = w.run(&[
        "import",
        "--manifest",
        manifest.to_str().unwrap(),
        "--keep-going",
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    // The Russian wire is stored; the Kyrgyz report is listed as refused, by its language.
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("kg.txt") && err.contains("Kyrgyz"), "{err}");
    let csv = w.stdout(&["timeline", "--format", "csv"]);
    assert!(csv.contains("ТАСС") && csv.contains("Kok-Tash"), "{csv}");
}

trait DateRow {
    fn starts_with_date(&self, d: &str) -> bool;
}

impl DateRow for &str {
    /// The row's `date` column (the second) is `d`.
    fn starts_with_date(&self, d: &str) -> bool {
        self.split(',').nth(1) == Some(d)
    }
}
