//! Reading a report file: front matter, flags that override it, page furniture, the headline,
//! the report record (text without front matter, content hash), and vocabulary folders.

mod workdir;

use sha2::{Digest, Sha256};
use tarikh::ingest::{IngestError, IngestOptions, ingest_report};
use tarikh::model::EventType;
use workdir::{Workdir, day};

const EN: &str = "---
title: Border guards clash near Isfara
source: Example Wire
url: https://www.example.org/a/1
published: 2021-04-30
language: en
---
Home

Border guards clash near Isfara

Border guards of the two countries exchanged fire near Isfara on Thursday, local officials said.

Photo: a border post
Photo: a border post

Comments
";

#[test]
fn front_matter_fills_the_report() {
    let x = ingest_report("reports/a.txt", EN, &IngestOptions::default()).expect("read");
    assert_eq!(x.report.title, "Border guards clash near Isfara");
    assert_eq!(x.report.source, "Example Wire");
    assert_eq!(x.report.url.as_deref(), Some("https://www.example.org/a/1"));
    assert_eq!(x.report.published, day("2021-04-30"));
    assert_eq!(x.report.language, "en");
    assert_eq!(x.report.path.as_deref(), Some("reports/a.txt"));
    assert!(
        x.report.text.starts_with("Home"),
        "the text is what follows the front matter"
    );
    let hash: String = Sha256::digest(x.report.text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(x.report.hash, hash);
    assert_eq!(x.incidents.len(), 1);
    let i = &x.incidents[0];
    assert_eq!(i.event_type, EventType::ArmedClash);
    assert_eq!(i.date.to_edtf(), "2021-04-29");
    assert_eq!(i.place.as_deref(), Some("Isfara"));
    assert_eq!(i.country.as_deref(), Some("Tajikistan"));
    assert!(i.latitude.is_some() && i.longitude.is_some());
    assert_eq!(i.sources, vec!["Example Wire".to_string()]);
    assert_eq!(i.uid.len(), 16);
    assert_eq!(i.seq, 1);
    assert_eq!(i.evidence.len(), 1);
    assert_eq!(
        i.evidence[0].report.as_deref(),
        Some(x.report.hash.as_str())
    );
}

#[test]
fn flags_override_front_matter() {
    let opts = IngestOptions {
        published: Some(day("2021-05-01")),
        source: Some("Other Agency".into()),
        url: Some("https://other.example/x".into()),
        title: Some("My title".into()),
        ..Default::default()
    };
    let x = ingest_report("a.txt", EN, &opts).expect("read");
    assert_eq!(x.report.published, day("2021-05-01"));
    assert_eq!(x.report.source, "Other Agency");
    assert_eq!(x.report.url.as_deref(), Some("https://other.example/x"));
    assert_eq!(x.report.title, "My title");
    assert!(
        x.notes.iter().any(|n| n.contains("--published")),
        "{:?}",
        x.notes
    );
    // "on Thursday" now resolves against the flag's day.
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-04-29");
}

#[test]
fn furniture_is_not_evidence() {
    let x = ingest_report("a.txt", EN, &IngestOptions::default()).expect("read");
    let note = x
        .notes
        .iter()
        .find(|n| n.contains("furniture"))
        .expect("a furniture note");
    for word in ["Home", "Comments", "Photo: a border post"] {
        assert!(note.contains(word), "{note}");
    }
    for i in &x.incidents {
        for e in &i.evidence {
            assert!(!e.sentence.contains("Photo") && !e.sentence.contains("Comments"));
            assert_ne!(
                e.sentence, "Border guards clash near Isfara",
                "the headline is not evidence"
            );
        }
    }
}

#[test]
fn headline_becomes_the_title_without_front_matter() {
    let raw = "عاجل\n\nاشتباكات على حدود البلدين\n\nاندلعت اشتباكات بين حرس الحدود في منطقة باتكين يوم الخميس 29 أبريل 2021.\n";
    let opts = IngestOptions {
        published: Some(day("2021-04-30")),
        ..Default::default()
    };
    let x = ingest_report("dir/r.txt", raw, &opts).expect("read");
    assert_eq!(x.report.title, "اشتباكات على حدود البلدين");
    assert_eq!(x.report.source, "");
    assert_eq!(
        x.incidents[0].sources,
        vec!["اشتباكات على حدود البلدين".to_string()]
    );
    assert_eq!(x.incidents[0].date.to_edtf(), "2021-04-29");
}

#[test]
fn broken_front_matter_is_refused_with_the_file_named() {
    let err = ingest_report(
        "bad.txt",
        "---\ntitle: x\nBody without a closing line\n",
        &IngestOptions::default(),
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("bad.txt: "), "{msg}");
    let err = ingest_report(
        "bad.txt",
        "---\npublished: tomorrow\n---\nClashes erupted on the border on Monday.\n",
        &IngestOptions::default(),
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("published: tomorrow") && msg.contains("--published"),
        "{msg}"
    );
    let err = ingest_report(
        "empty.txt",
        "---\ntitle: x\n---\n\n",
        &IngestOptions::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("no text"), "{err}");
}

#[test]
fn same_text_same_ids() {
    let a = ingest_report("a.txt", EN, &IngestOptions::default()).expect("read");
    let b = ingest_report("b.txt", EN, &IngestOptions::default()).expect("read");
    assert_eq!(a.report.hash, b.report.hash);
    let ua: Vec<&str> = a.incidents.iter().map(|i| i.uid.as_str()).collect();
    let ub: Vec<&str> = b.incidents.iter().map(|i| i.uid.as_str()).collect();
    assert_eq!(ua, ub);
}

#[test]
fn vocabulary_folders_extend_the_builtin_words() {
    let wd = Workdir::new();
    wd.write("vocabulary/lexicon/events.tsv", "en\tskirmishing\tarmed_clash\tskirmishes\t\tuser word\nen\tcattle raid*\tattack\tcattle raid\n");
    wd.write(
        "vocabulary/places.tsv",
        "Jany-Aryk\tfacility\tKyrgyzstan\tBatken Region\t39.97\t70.64\tJany-Aryk|Dzhany-Aryk\n",
    );
    let raw = "A cattle raid near Dzhany-Aryk on Tuesday left two herders dead, villagers said.\n";
    let base = IngestOptions {
        published: Some(day("2021-05-06")),
        ..Default::default()
    };
    // Without the vocabulary the place is only the name as the text spells it, with no
    // coordinates; with it, the canonical name and its coordinates.
    let plain = ingest_report("r.txt", raw, &base).expect("read");
    assert!(
        plain
            .incidents
            .iter()
            .all(|i| i.place.as_deref() == Some("Dzhany-Aryk") && i.latitude.is_none()),
        "{:?}",
        plain.incidents
    );
    let opts = IngestOptions {
        vocabulary_dirs: vec![wd.path("vocabulary")],
        ..base.clone()
    };
    let x = ingest_report("r.txt", raw, &opts).expect("read");
    assert_eq!(x.incidents.len(), 1, "{:?}", x.incidents);
    let i = &x.incidents[0];
    assert_eq!(i.event_type, EventType::Attack);
    assert_eq!(i.place.as_deref(), Some("Jany-Aryk"));
    assert_eq!(i.latitude, Some(39.97));
    assert_eq!(i.date.to_edtf(), "2021-05-04");
    assert_eq!(i.fatalities.best, Some(2));

    let missing = IngestOptions {
        vocabulary_dirs: vec![wd.path("nope")],
        ..base.clone()
    };
    let err = ingest_report("r.txt", raw, &missing).unwrap_err();
    assert!(matches!(err, IngestError::Vocabulary { .. }), "{err}");
    wd.write("vocabulary/lexicon/events.tsv", "en\tfoo\tno_such_type\n");
    let err = ingest_report("r.txt", raw, &opts).unwrap_err();
    assert!(err.to_string().contains("events.tsv:1"), "{err}");
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    fn words() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "اشتباكات",
            "وقف إطلاق النار",
            "الماضي",
            "29 أبريل",
            "قتلى",
            "العشرات",
            "بعد ساعات من",
            "،",
            ".",
            "؟",
            "clashes",
            "the",
            "killed",
            "dozens",
            "on Monday",
            "after",
            "ceasefire",
            "2021",
            "05/10",
            "\n",
            "\n\n",
            "---",
            "Batken",
            "باتكين",
            "٢٩",
            "said",
            "قال",
            "إن",
            "will",
            "سيتم",
            " ",
            "(",
            ")",
            "-",
            "a",
            "Comments",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn never_panics(text in words(), any_text in "\\PC{0,200}") {
            let opts = IngestOptions { published: Some(day("2021-05-10")), ..Default::default() };
            let _ = ingest_report("p.txt", &text, &opts);
            let _ = ingest_report("p.txt", &any_text, &opts);
            let _ = ingest_report("p.txt", &text, &IngestOptions::default());
        }
    }
}

/// Sign-up boxes and legal links at the foot of a web page are furniture: "you agree to our
/// Privacy Policy" is no agreement.
#[test]
fn sign_up_boxes_are_furniture() {
    let raw = "---\npublished: 2022-06-28\nlanguage: en\n---\nSudan recalled its ambassador to Ethiopia on Monday.\n\nSubscribe\nBy signing up, you agree to our Privacy Policy\nTerms of Use\n";
    let x = ingest_report("a.txt", raw, &IngestOptions::default()).expect("read");
    assert!(
        x.incidents.iter().all(|i| i
            .evidence
            .iter()
            .all(|e| !e.sentence.contains("signing up"))),
        "{:#?}",
        x.incidents
    );
    assert_eq!(x.incidents.len(), 1, "{:#?}", x.incidents);
}

/// A short Arabic subheading standing alone between paragraphs sums up; it is no evidence.
#[test]
fn arabic_subheadings_are_not_evidence() {
    let raw = "---\npublished: 2021-05-01\nlanguage: ar\n---\nاندلعت اشتباكات بين حرس الحدود في منطقة باتكين يوم الخميس 29 أبريل 2021.\n\nاتفاق على سحب القوات\n\nواتفق الطرفان يوم الجمعة على سحب القوات من خط التماس.\n";
    // Standing alone, or right above the paragraph it heads.
    let right_above = raw.replace("القوات\n\nواتفق", "القوات\nواتفق");
    for raw in [raw, right_above.as_str()] {
        let x = ingest_report("a.txt", raw, &IngestOptions::default()).expect("read");
        assert!(
            x.incidents
                .iter()
                .flat_map(|i| &i.evidence)
                .all(|e| e.sentence != "اتفاق على سحب القوات"),
            "{:#?}",
            x.incidents
        );
    }
}
