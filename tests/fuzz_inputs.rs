//! Arbitrary input never crashes tarikh: random bytes, and random damage to real files, read as
//! a report and by each importer must give incidents or an error, never a panic. The suite runs
//! a small budget; `PROPTEST_CASES=5000 cargo test --release --test fuzz_inputs` runs a longer
//! one (see the README for what was run and found).

use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;
use tarikh::import::{self, InputKind};
use tarikh::ingest::{IngestOptions, ingest_report};

/// Two rows of tarikh's own CSV.
const TARIKH_CSV: &str = "id,date,date_start,date_end,precision,event_type,status,title,actors,place,country,latitude,longitude,fatalities_low,fatalities_best,fatalities_high,sources,evidence,summary,fatalities_phrase,disputed,uid
1,2021-04-29,2021-04-29,2021-04-29,day,armed_clash,occurred,Clash at Kok-Tash,Kyrgyzstan;Tajikistan,Kok-Tash,Kyrgyzstan,39.97,70.68,31,31,41,Example Wire,\"Guards exchanged fire, officials said.\",,at least 31,,a1
2,[..2021-05-01],,2021-05-01,unknown,ceasefire,planned,Truce,,,,,,,,,Example Daily,,,,,a2
";

fn options() -> IngestOptions {
    IngestOptions {
        published: NaiveDate::from_ymd_opt(2021, 5, 1),
        ..Default::default()
    }
}

/// Read a file to the end with one importer; every row is an incident or an error.
fn read_all(path: &Path, kind: InputKind) {
    if let Ok(reader) = import::open_data(path, kind) {
        for row in reader.take(10_000) {
            let _ = row;
        }
    }
}

/// tarikh's XLSX export of the two rows of [`TARIKH_CSV`].
fn own_workbook() -> Vec<u8> {
    let dir = tempfile::tempdir().expect("a folder");
    let csv = dir.path().join("rows.csv");
    std::fs::write(&csv, TARIKH_CSV).expect("written");
    let rows = import::tarikh_csv::read(&csv).expect("tarikh CSV");
    let mut out = Vec::new();
    tarikh::export::xlsx::write_to(&mut out, rows).expect("a workbook");
    out
}

fn sample(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).expect("a sample file")
}

/// A real file with a few bytes replaced, inserted or cut.
fn damaged(base: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = base.len().max(1);
    proptest::collection::vec((0..len, any::<u8>(), 0..3u8), 1..8).prop_map(move |edits| {
        let mut bytes = base.clone();
        for (at, byte, how) in edits {
            let at = at.min(bytes.len());
            match how {
                0 if at < bytes.len() => bytes[at] = byte,
                1 => bytes.insert(at, byte),
                _ => bytes.truncate(at.max(1)),
            }
        }
        bytes
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn random_text_is_read_as_a_report_or_refused(bytes in proptest::collection::vec(any::<u8>(), 0..3000)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = ingest_report("random.txt", &text, &options());
    }

    #[test]
    fn random_words_are_read_as_a_report(words in proptest::collection::vec(
        prop_oneof![
            Just("clash"), Just("Thursday"), Just("on"), Just("the"), Just("border"),
            Just("اشتباكات"), Just("أمس"), Just("29"), Just("April"), Just("killed"),
            Just("."), Just(","), Just("\n"), Just("—"), Just("ceasefire"), Just("Batken"),
        ],
        0..400,
    )) {
        let text = words.join(" ");
        let _ = ingest_report("words.txt", &text, &options());
    }

    #[test]
    fn damaged_data_files_are_read_or_refused(
        acled_bytes in damaged(sample("tests/data/formats/acled_2020_kyrgyzstan_tajikistan_extract.csv")),
        ucdp in damaged(sample("tests/data/formats/ucdp_ged_sample_1000.csv")[..6000].to_vec()),
        report in damaged(sample("data/reports/2021-04-29-steppe-wire-clash.en.txt")),
        own in damaged(TARIKH_CSV.as_bytes().to_vec()),
    ) {
        let dir = tempfile::tempdir().expect("a folder");
        let acled = dir.path().join("acled.csv");
        std::fs::write(&acled, &acled_bytes).expect("written");
        read_all(&acled, InputKind::Acled);
        read_all(&acled, InputKind::TarikhCsv);
        read_all(&acled, InputKind::JsonLines);
        let mine = dir.path().join("tarikh.csv");
        std::fs::write(&mine, &own).expect("written");
        read_all(&mine, InputKind::TarikhCsv);
        let ged = dir.path().join("ged.csv");
        std::fs::write(&ged, &ucdp).expect("written");
        read_all(&ged, InputKind::Ucdp);
        let _ = import::detect(&ged);
        let _ = ingest_report("report.txt", &String::from_utf8_lossy(&report), &IngestOptions::default());
    }

    #[test]
    fn damaged_workbooks_are_read_or_refused(book in damaged(own_workbook())) {
        let dir = tempfile::tempdir().expect("a folder");
        let path = dir.path().join("edited.xlsx");
        std::fs::write(&path, &book).expect("written");
        let _ = import::detect(&path);
        if let Ok(sheet) = import::xlsx::read(&path) {
            let _ = sheet.check();
            for row in sheet.rows() {
                let _ = sheet.incident(row);
            }
        }
    }
}
