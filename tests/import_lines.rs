//! A bad row is named by its physical line, as an editor shows it, in every CSV tarikh reads:
//! its own, ACLED's and UCDP GED's, with Unix or Windows line ends (Excel saves CRLF), with a
//! byte-order mark, and after a quoted cell that runs over two lines.

mod workdir;

use workdir::{Workdir, repo_file};

/// A header and three data rows of a kind of CSV, and the columns to break and to stretch.
struct Sample {
    name: &'static str,
    rows: Vec<Vec<String>>,
    date_column: &'static str,
    text_column: &'static str,
}

fn first_rows(csv_text: &str) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    reader
        .records()
        .take(4)
        .map(|r| {
            r.expect("a sample row")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

fn samples(wd: &Workdir) -> Vec<Sample> {
    let out = wd.run(&[
        "import",
        repo_file("data/reports").to_str().expect("utf-8 path"),
    ]);
    assert!(out.status.success());
    let own = wd.stdout(&["export", "-o", "-", "--format", "csv-plain"]);
    let read = |f: &str| std::fs::read_to_string(repo_file(f)).expect("a sample file");
    vec![
        Sample {
            name: "tarikh",
            rows: first_rows(&own),
            date_column: "date",
            text_column: "title",
        },
        Sample {
            name: "acled",
            rows: first_rows(&read(
                "tests/data/formats/acled_2020_kyrgyzstan_tajikistan_extract.csv",
            )),
            date_column: "event_date",
            text_column: "notes",
        },
        Sample {
            name: "ucdp",
            rows: first_rows(&read("tests/data/formats/ucdp_ged_sample_1000.csv")),
            date_column: "date_start",
            text_column: "where_description",
        },
    ]
}

/// The sample with its third data row's date impossible, written with CRLF or LF line ends, a
/// byte-order mark or not, and a two-line cell in the second data row or not.
fn broken(sample: &Sample, crlf: bool, bom: bool, two_line_cell: bool) -> Vec<u8> {
    let mut rows = sample.rows.clone();
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|c| c == name)
            .unwrap_or_else(|| panic!("{}: no column {name}", sample.name))
    };
    let (date, text) = (column(sample.date_column), column(sample.text_column));
    rows[3][date] = "2021-02-30".to_string();
    if two_line_cell {
        rows[2][text] = format!("{}\nand a second line", rows[2][text]);
    }
    let mut writer = csv::WriterBuilder::new()
        .flexible(true)
        .terminator(if crlf {
            csv::Terminator::CRLF
        } else {
            csv::Terminator::Any(b'\n')
        })
        .from_writer(Vec::new());
    for row in &rows {
        writer.write_record(row).expect("a row");
    }
    let mut bytes = if bom {
        vec![0xEF, 0xBB, 0xBF]
    } else {
        Vec::new()
    };
    bytes.extend(writer.into_inner().expect("the bytes"));
    bytes
}

#[test]
fn a_bad_row_is_named_by_its_physical_line() {
    let wd = Workdir::new();
    for sample in samples(&wd) {
        for crlf in [false, true] {
            for bom in [false, true] {
                for two_line_cell in [false, true] {
                    let name = format!(
                        "{}-{}{}{}.csv",
                        sample.name,
                        if crlf { "crlf" } else { "lf" },
                        if bom { "-bom" } else { "" },
                        if two_line_cell { "-multiline" } else { "" }
                    );
                    let file = wd.write(&name, broken(&sample, crlf, bom, two_line_cell));
                    let other = wd.path("other.db");
                    let out = wd.run_on(&other, &["import", file.to_str().expect("utf-8 path")]);
                    assert!(!out.status.success(), "{name} was imported");
                    let err = String::from_utf8_lossy(&out.stderr);
                    // Header on line 1, data rows on 2, 3 and 4; the two-line cell pushes the
                    // bad row to line 5.
                    let line = if two_line_cell { 5 } else { 4 };
                    assert!(
                        err.contains(&format!("{name}:{line}:")),
                        "{name}: expected line {line}: {err}"
                    );
                }
            }
        }
    }
}
