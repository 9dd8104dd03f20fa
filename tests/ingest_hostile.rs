//! Texts no news site writes: one long line without punctuation, one word repeated, no line
//! breaks at all. They are read like any report, in time that grows with their length (the
//! 20 MB figures are in `cargo bench --bench ingest`; a test never times anything), and what
//! they tell is stored as it is for a report with punctuation.

mod workdir;

use workdir::Workdir;

const HEAD: &str =
    "---\ntitle: Transcript\nsource: Example Monitor\npublished: 2021-05-01\nlanguage: en\n---\n";

/// Words of a border report with no punctuation, in a fixed pseudo-random order.
fn unpunctuated(words: usize) -> String {
    let vocabulary: Vec<&str> = "the border guards said that troops of the army fired on the village near the post and the clash lasted for hours while officials met in the capital on Monday"
        .split(' ')
        .collect();
    let mut state: u64 = 7;
    let mut out = String::from(HEAD);
    for k in 0..words {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        if k > 0 {
            out.push(' ');
        }
        out.push_str(vocabulary[(state >> 33) as usize % vocabulary.len()]);
    }
    out
}

#[test]
fn a_long_text_without_punctuation_is_read_and_stored() {
    let wd = Workdir::new();
    let file = wd.write("transcript.txt", unpunctuated(40_000));
    let out = wd.run(&["import", file.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // An incident told in hundreds of its pieces keeps the first hundred as its evidence, and
    // says so; the report is stored whole.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("the first 100 are kept as its evidence"),
        "{stderr}"
    );
    let json: serde_json::Value =
        serde_json::from_str(&wd.stdout(&["export", "-o", "-", "--format", "json"])).expect("JSON");
    let incidents = json.as_array().expect("a list of incidents");
    assert!(
        incidents.iter().any(|i| i["event_type"] == "armed_clash"),
        "{json}"
    );
    assert!(
        incidents
            .iter()
            .all(|i| i["evidence"].as_array().is_some_and(|e| e.len() <= 100)),
        "{json}"
    );
    let conn = rusqlite::Connection::open(wd.db()).expect("the database opens");
    let stored: i64 = conn
        .query_row("SELECT length(text) FROM reports", [], |r| r.get(0))
        .expect("the report is stored");
    let text = unpunctuated(40_000);
    assert_eq!(stored as usize, text[HEAD.len()..].chars().count());
    // Its evidence sentences are the bounded pieces the text was cut into.
    for sentence in incidents
        .iter()
        .flat_map(|i| i["evidence"].as_array().into_iter().flatten())
    {
        let words = sentence
            .as_str()
            .map_or(0, |s| s.split_whitespace().count());
        assert!((1..=120).contains(&words), "{words} words");
    }
}

#[test]
fn one_word_repeated_is_read_without_an_incident_per_word() {
    let wd = Workdir::new();
    let text = format!("{HEAD}{}", "clash ".repeat(60_000));
    let file = wd.write("repeated.txt", text);
    let out = wd.run(&["import", file.to_str().expect("utf-8 path")]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids = wd.stdout(&["timeline", "--format", "csv"]);
    // One undated clash told over and over, or none: never thousands.
    assert!(ids.lines().count() < 50, "{}", ids.lines().count());
}

#[test]
fn a_text_of_one_endless_word_is_read() {
    let wd = Workdir::new();
    let text = format!("{HEAD}{}", "اشتباك".repeat(100_000));
    let file = wd.write("word.txt", text);
    let out = wd.run(&["import", "--lang", "ar", file.to_str().expect("utf-8 path")]);
    // Nothing in it is an incident: it is stored as a report with none, or refused with a
    // message; never a hang or a crash.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() || stderr.contains("word.txt"),
        "{stderr}"
    );
}
