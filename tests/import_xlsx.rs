//! `tarikh import edited.xlsx`: tarikh's XLSX export, edited cell by cell as an analyst would in
//! Excel (read with calamine, written again with rust_xlsxwriter, typed cells kept), comes back
//! as edits recorded in each incident's history; an unedited export changes nothing however
//! often it is imported; one bad cell refuses the whole file, naming its sheet, row and column,
//! and leaves the database as it was.

mod workdir;

use calamine::{Data, Reader, Xlsx, open_workbook};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};
use workdir::{Workdir, repo_file};

const WIRE: &str = "tests/data/merge/wire-clash.en.txt";
const DAILY: &str = "tests/data/merge/daily-clash.ar.txt";

/// A value typed into a cell.
#[derive(Clone, Copy)]
enum Value<'a> {
    Text(&'a str),
    Number(f64),
    /// A real date cell, as Excel makes of a day typed into any cell.
    Day(i32, u8, u8),
}

/// A database with two reports of one clash imported, exported to `export.xlsx`.
fn exported() -> Workdir {
    let wd = Workdir::new();
    for report in [WIRE, DAILY] {
        let out = wd.run(&["import", &repo_file(report).display().to_string()]);
        assert!(out.status.success());
    }
    wd.stdout(&["export", "-o", "export.xlsx"]);
    wd
}

/// The first sheet of a workbook, cell by cell.
fn cells(wd: &Workdir, name: &str) -> (String, Vec<Vec<Data>>) {
    let mut book: Xlsx<_> = open_workbook(wd.path(name)).expect("a workbook");
    let sheet = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&sheet).expect("its first sheet");
    assert_eq!(range.start(), Some((0, 0)));
    (sheet, range.rows().map(<[Data]>::to_vec).collect())
}

/// Excel's row number (1 is the header) of the incident with this uid, and the column index of
/// each name.
fn row_of(rows: &[Vec<Data>], uid: &str) -> usize {
    let col = column(rows, "uid");
    rows.iter()
        .position(|r| r.get(col) == Some(&Data::String(uid.into())))
        .expect("the uid's row")
        + 1
}

fn column(rows: &[Vec<Data>], name: &str) -> usize {
    rows[0]
        .iter()
        .position(|c| *c == Data::String(name.into()))
        .unwrap_or_else(|| panic!("no column {name}"))
}

/// Copy `from` to `to` cell by cell with its types, changing the cells in `edits` (Excel row
/// number, column name, value), as saving the workbook from a spreadsheet would.
fn edit(wd: &Workdir, from: &str, to: &str, edits: &[(usize, &str, Value<'_>)]) {
    let (name, mut rows) = cells(wd, from);
    for &(row, col, value) in edits {
        let c = column(&rows, col);
        if rows.len() < row {
            rows.resize(row, Vec::new());
        }
        let cells = &mut rows[row - 1];
        if cells.len() <= c {
            cells.resize(c + 1, Data::Empty);
        }
        cells[c] = match value {
            Value::Text(t) => Data::String(t.into()),
            Value::Number(n) => Data::Float(n),
            Value::Day(y, m, d) => {
                let serial = chrono::NaiveDate::from_ymd_opt(y, m.into(), d.into())
                    .unwrap()
                    .signed_duration_since(chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap())
                    .num_days();
                Data::DateTime(calamine::ExcelDateTime::new(
                    serial as f64,
                    calamine::ExcelDateTimeType::DateTime,
                    false,
                ))
            }
        };
    }
    let mut book = Workbook::new();
    let day = Format::new().set_num_format("yyyy-mm-dd");
    let sheet = book.add_worksheet();
    sheet.set_name(&name).unwrap();
    for (r, cells) in rows.iter().enumerate() {
        for (c, cell) in cells.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            match cell {
                Data::String(s) => {
                    sheet.write_string(r, c, s).unwrap();
                }
                Data::Float(x) => {
                    sheet.write_number(r, c, *x).unwrap();
                }
                Data::Int(n) => {
                    sheet.write_number(r, c, *n as f64).unwrap();
                }
                Data::DateTime(dt) => {
                    let (y, m, d, ..) = dt.to_ymd_hms_milli();
                    let excel = ExcelDateTime::from_ymd(y, m, d).unwrap();
                    sheet
                        .write_datetime_with_format(r, c, &excel, &day)
                        .unwrap();
                }
                Data::Empty => {}
                other => panic!("a cell the export does not write: {other:?}"),
            }
        }
    }
    book.save(wd.path(to)).unwrap();
}

/// The clash both reports tell, from the JSON Lines export.
fn clash(wd: &Workdir) -> serde_json::Value {
    wd.stdout(&["export", "--format", "jsonl", "-o", "-"])
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["event_type"] == "armed_clash")
        .expect("the clash")
}

fn import(wd: &Workdir, file: &str) -> std::process::Output {
    wd.run(&["import", file])
}

#[test]
fn cells_edited_in_the_workbook_are_edits_in_history() {
    let wd = exported();
    let before = clash(&wd);
    let uid = before["uid"].as_str().unwrap();
    let id = before["id"].to_string();
    let (_, rows) = cells(&wd, "export.xlsx");
    let row = row_of(&rows, uid);
    // The day typed into `date` becomes a date cell; date_start and date_end stay as exported.
    edit(
        &wd,
        "export.xlsx",
        "edited.xlsx",
        &[
            (row, "date", Value::Day(2021, 4, 28)),
            (
                row,
                "title",
                Value::Text("Border guards exchange fire at Kok-Tash"),
            ),
            (row, "fatalities_best", Value::Number(35.0)),
            (row, "actors", Value::Text("Kyrgyzstan; Tajikistan")),
        ],
    );
    let out = import(&wd, "edited.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains(&format!(
            "edited.xlsx: edited incident {id}: date, title, actors, fatalities"
        )),
        "{said}"
    );
    assert!(
        said.contains("1 incident edited, 1 row unchanged"),
        "{said}"
    );

    let after = clash(&wd);
    assert_eq!(after["date"], "2021-04-28");
    assert_eq!(after["title"], "Border guards exchange fire at Kok-Tash");
    assert_eq!(after["fatalities_best"], 35);
    assert_eq!(
        after["actors"],
        serde_json::json!(["Kyrgyzstan", "Tajikistan"])
    );
    // What the edit does not touch stays: the sources' evidence and provenance.
    for kept in [
        "evidence",
        "source_count",
        "source_urls",
        "published",
        "uid",
    ] {
        assert_eq!(after[kept], before[kept], "{kept}");
    }

    let show = wd.stdout(&["show", &id]);
    let history = &show[show.find("\nHistory").expect("a history")..];
    assert!(
        history.contains(&format!(
            "edit: imported from edited.xlsx, sheet 'incidents', row {row}"
        )),
        "{history}"
    );
    assert!(
        history.contains("date: 2021-04-29 → 2021-04-28"),
        "{history}"
    );
    assert!(
        history.contains("title: ")
            && history.contains("→ Border guards exchange fire at Kok-Tash"),
        "{history}"
    );
    assert!(history.contains("fatalities: "), "{history}");
    assert!(history.contains("actors: "), "{history}");

    // The same edited file again: nothing left to change.
    let dump = wd.dump();
    let out = import(&wd, "edited.xlsx");
    assert!(out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("2 rows unchanged"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(wd.dump(), dump);
}

#[test]
fn an_unedited_export_changes_nothing_however_often_it_is_imported() {
    let wd = exported();
    // Also rows of every other kind of date and toll, typed by hand.
    wd.write(
        "rows.csv",
        "date,event_type,status,title,actors,place,latitude,longitude,fatalities_low,fatalities_high,fatalities_phrase,summary,uid\n\
         [2021-04-29..2021-05-10],ceasefire,claimed,وقف إطلاق النار,قرغيزستان; طاجيكستان,باتكن,40.06,70.82,12,50,مقتل العشرات,\"two\nlines\",u1\n\
         2021-05,deployment,occurred,=HYPERLINK(\"x\"),,,,,,,,,u2\n\
         1991,statement,occurred,+independence,,,,,,,,,u3\n\
         2021-05-21/2021-05-31~,armed_clash,occurred,\"Fighting, end of May\",,,,,,,,,u4\n\
         [..2021-05-10],talks,planned,Talks,,,,,,,,,u5\n",
    );
    assert!(import(&wd, "rows.csv").status.success());
    wd.stdout(&["export", "-o", "export.xlsx"]);
    let before = wd.dump();
    for _ in 0..2 {
        let out = import(&wd, "export.xlsx");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        assert!(said.contains("7 rows unchanged"), "{said}");
        assert_eq!(wd.dump(), before, "{said}");
    }
}

#[test]
fn a_bad_cell_refuses_the_whole_file_with_its_sheet_row_and_column() {
    let wd = exported();
    // A good edit on row 2, stored before row 3 is read; a bad cell on row 3.
    let (row, other) = (2, 3);
    let cases: [(&str, Value<'_>, &str, &str); 4] = [
        ("date", Value::Text("2021-02-30"), "B", "2021-02-30"),
        (
            "event_type",
            Value::Text("skirmish"),
            "F",
            "unknown event type 'skirmish'",
        ),
        (
            "fatalities_low",
            Value::Text("many"),
            "N",
            "'many' is not a whole number",
        ),
        (
            "latitude",
            Value::Day(2021, 4, 29),
            "L",
            "Excel made this cell a date",
        ),
    ];
    let before = wd.dump();
    for (col, value, letter, why) in cases {
        edit(
            &wd,
            "export.xlsx",
            "bad.xlsx",
            &[(row, "title", Value::Text("Edited")), (other, col, value)],
        );
        let out = import(&wd, "bad.xlsx");
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{col}: {said}");
        assert!(
            said.contains(&format!(
                "bad.xlsx: sheet 'incidents', row {other}, column '{col}' ({letter}): "
            )),
            "{col}: {said}"
        );
        assert!(said.contains(why), "{col}: {said}");
        assert_eq!(wd.dump(), before, "{col}: the database is as it was");
    }
}

#[test]
fn a_row_without_a_stored_uid_is_a_new_incident_as_in_tarikh_csv() {
    let wd = exported();
    let (_, rows) = cells(&wd, "export.xlsx");
    let new_row = rows.len() + 1;
    edit(
        &wd,
        "export.xlsx",
        "more.xlsx",
        &[
            (new_row, "date", Value::Day(2021, 5, 2)),
            (new_row, "event_type", Value::Text("talks")),
            (new_row, "title", Value::Text("Talks in Batken")),
            (new_row + 1, "date", Value::Text("2021-05")),
            (new_row + 1, "event_type", Value::Text("statement")),
            (new_row + 1, "title", Value::Text("A statement of its own")),
            (new_row + 1, "uid", Value::Text("mine:1")),
        ],
    );
    let out = import(&wd, "more.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("2 new incidents stored, 2 rows unchanged"),
        "{said}"
    );
    let all = wd.stdout(&["export", "--format", "jsonl", "-o", "-"]);
    assert!(all.contains("\"title\":\"Talks in Batken\""), "{all}");
    assert!(all.contains("\"uid\":\"mine:1\""), "{all}");
    // Again: both rows are stored now, so nothing changes.
    let dump = wd.dump();
    let out = import(&wd, "more.xlsx");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("4 rows unchanged"));
    assert_eq!(wd.dump(), dump);
}

#[test]
fn a_row_that_edits_a_deleted_incident_is_refused() {
    let wd = exported();
    let clash = clash(&wd);
    let uid = clash["uid"].as_str().unwrap();
    let id = clash["id"].to_string();
    let (_, rows) = cells(&wd, "export.xlsx");
    let row = row_of(&rows, uid);
    wd.stdout(&["delete", &id]);
    edit(
        &wd,
        "export.xlsx",
        "late.xlsx",
        &[(row, "title", Value::Text("Edited"))],
    );
    let before = wd.dump();
    let err = wd.stderr_of_failure(&["import", "late.xlsx"]);
    assert!(
        err.contains(&format!(
            "late.xlsx: sheet 'incidents', row {row}: incident {id}"
        )),
        "{err}"
    );
    assert!(err.contains(&format!("tarikh restore {id}")), "{err}");
    assert_eq!(wd.dump(), before);
    // Unedited, the same row says nothing and is let through.
    assert!(import(&wd, "export.xlsx").status.success());
}

#[test]
fn a_file_named_xlsx_that_is_not_a_workbook_is_refused_as_such() {
    let wd = Workdir::new();
    wd.write("notes.xlsx", "id,date\n");
    let err = wd.stderr_of_failure(&["import", "notes.xlsx"]);
    assert!(err.contains("not an XLSX workbook"), "{err}");
    assert!(!wd.db().exists(), "no database is left behind");
}

/// A workbook whose sheet holds a cell reference too long for calamine's arithmetic (it
/// overflows, and panics where overflow is checked): refused as damaged, or read, never a
/// crash, and a refused file changes nothing.
#[test]
fn a_damaged_cell_reference_is_refused_not_a_crash() {
    use std::io::{Read, Write};
    let wd = exported();
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(wd.path("export.xlsx")).unwrap()).unwrap();
    let mut out = zip::ZipWriter::new(std::fs::File::create(wd.path("damaged.xlsx")).unwrap());
    let mut damaged = false;
    for i in 0..zip.len() {
        let mut entry = zip.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        if name.starts_with("xl/worksheets/") {
            let xml = String::from_utf8(bytes).unwrap();
            assert!(xml.contains("r=\"A2\""), "{name}");
            bytes = xml
                .replacen("r=\"A2\"", "r=\"AAAAAAAAAAAAAAAA2\"", 1)
                .into_bytes();
            damaged = true;
        }
        out.start_file(name, zip::write::SimpleFileOptions::default())
            .unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap();
    assert!(damaged);
    let before = wd.dump();
    let result = import(&wd, "damaged.xlsx");
    let code = result.status.code();
    assert!(matches!(code, Some(0 | 1)), "{result:?}");
    if code == Some(1) {
        let stderr = String::from_utf8_lossy(&result.stderr);
        assert!(stderr.contains("damaged.xlsx"), "{stderr}");
        assert_eq!(wd.dump(), before);
    }
}

/// Every incident of a JSON Lines export, by uid.
fn incidents_by_uid(wd: &Workdir, db: &std::path::Path) -> Vec<(String, serde_json::Value)> {
    let mut all: Vec<(String, serde_json::Value)> = wd
        .stdout_on(db, &["export", "--format", "jsonl", "-o", "-"])
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            (v["uid"].as_str().unwrap().to_string(), v)
        })
        .collect();
    all.sort_by(|a, b| a.0.cmp(&b.0));
    all
}

/// The `date` column of an export: a date cell for a date of one exact day, which Excel sorts
/// and filters as a day; its EDTF as text for any other. Read back into an empty database, the
/// workbook gives the same incidents, and exported again the same cells.
#[test]
fn a_day_is_a_date_cell_in_date_and_every_other_date_its_edtf_text() {
    let wd = exported();
    wd.write(
        "rows.csv",
        "date,event_type,title,uid\n\
         2021-05-03,talks,One day,day\n\
         1900-01-15,statement,A day in Excel's first months,early\n\
         1900-03-01,statement,A day after Excel's leap day,march\n\
         1899-12-31,statement,A day before Excel's first,old\n\
         2021-05-03~,talks,About a day,approx\n\
         2021-05-03?,talks,Perhaps a day,uncertain\n\
         2021-05,deployment,A month,month\n\
         1991,statement,A year,year\n\
         2021-05-21/2021-05-31,armed_clash,A span,span\n\
         [2021-04-29..2021-05-10],ceasefire,One day of several,one-of\n\
         [..2021-05-10],talks,On or before,open\n",
    );
    assert!(import(&wd, "rows.csv").status.success());
    wd.stdout(&["export", "-o", "export.xlsx"]);

    let (_, rows) = cells(&wd, "export.xlsx");
    let date = column(&rows, "date");
    let of = |uid: &str| rows[row_of(&rows, uid) - 1][date].clone();
    let day = |cell: &Data| match cell {
        Data::DateTime(dt) if !dt.is_duration() => {
            let (y, m, d, h, min, s, ms) = dt.to_ymd_hms_milli();
            assert_eq!((h, min, s, ms), (0, 0, 0, 0), "a day, no time: {cell:?}");
            Some(format!("{y:04}-{m:02}-{d:02}"))
        }
        _ => None,
    };
    for (uid, want) in [
        ("day", "2021-05-03"),
        ("early", "1900-01-15"),
        ("march", "1900-03-01"),
    ] {
        assert_eq!(day(&of(uid)).as_deref(), Some(want), "{uid}: {:?}", of(uid));
    }
    // The clash the reports tell is on one day too.
    let clash = clash(&wd);
    assert_eq!(
        day(&of(clash["uid"].as_str().unwrap())),
        clash["date"].as_str().map(str::to_string)
    );
    for (uid, edtf) in [
        ("old", "1899-12-31"),
        ("approx", "2021-05-03~"),
        ("uncertain", "2021-05-03?"),
        ("month", "2021-05"),
        ("year", "1991"),
        ("span", "2021-05-21/2021-05-31"),
        ("one-of", "[2021-04-29..2021-05-10]"),
        ("open", "[..2021-05-10]"),
    ] {
        assert_eq!(of(uid), Data::String(edtf.into()), "{uid}");
    }
    // The cell is formatted as a day, as date_start is.
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(wd.path("export.xlsx")).unwrap()).unwrap();
    let mut sheet = String::new();
    std::io::Read::read_to_string(
        &mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut sheet,
    )
    .unwrap();
    let style = |cell: &str| {
        let at = sheet.find(&format!("<c r=\"{cell}\"")).expect(cell);
        let tag = &sheet[at..at + sheet[at..].find('>').unwrap()];
        tag.split(" s=\"")
            .nth(1)
            .map(|s| s[..s.find('"').unwrap()].to_string())
    };
    let row = row_of(&rows, "day");
    assert_eq!(style(&format!("B{row}")), style(&format!("C{row}")));
    assert!(style(&format!("B{row}")).is_some());

    // Round trip: into an empty database, and out again.
    let fresh = wd.path("fresh.db");
    let out = wd.run_on(&fresh, &["import", "export.xlsx"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        incidents_by_uid(&wd, &fresh),
        incidents_by_uid(&wd, &wd.db())
    );
    wd.stdout_on(&fresh, &["export", "-o", "again.xlsx"]);
    let sorted = |name: &str| {
        let (_, mut rows) = cells(&wd, name);
        let uid = column(&rows, "uid");
        rows.sort_by_key(|r| format!("{:?}", r[uid]));
        rows
    };
    assert_eq!(sorted("again.xlsx"), sorted("export.xlsx"));
}

/// Hand-made incidents at places, imported and exported to `export.xlsx`: the database knows
/// Batken (with its country) and Kok-Tash from these rows; the valley has no country.
fn placed() -> Workdir {
    let wd = Workdir::new();
    wd.write("places.csv", PLACED);
    assert!(import(&wd, "places.csv").status.success());
    wd.stdout(&["export", "-o", "export.xlsx"]);
    wd
}

const PLACED: &str = "date,event_type,title,place,country,latitude,longitude,uid\n\
     2021-04-28,mob_violence,Stone-throwing in the valley,Fergana Valley,,40.9,71.8,valley\n\
     2021-05-01,displacement,Evacuation of Batken,Batken,Kyrgyzstan,40.0625,70.8194,batken\n\
     2021-04-29,armed_clash,Clash at the intake,Kok-Tash,Kyrgyzstan,39.97,70.66,clash\n\
     2021-04-29,shelling,Shelling with a typed point,Kok-Tash,Kyrgyzstan,39.97,70.66,typed\n\
     2021-04-29,shelling,Shelling with a typed country,Kok-Tash,Kyrgyzstan,39.97,70.66,country\n\
     2021-04-30,property_destruction,Houses burnt,Kok-Tash,Kyrgyzstan,39.97,70.66,nowhere\n\
     2021-04-30,property_destruction,Houses burnt at the place,Kok-Tash,,,,kok\n";

/// Where an incident is, from the JSON Lines export: place, country, latitude, longitude.
fn whereabouts(wd: &Workdir, db: &std::path::Path, uid: &str) -> serde_json::Value {
    let (_, v) = incidents_by_uid(wd, db)
        .into_iter()
        .find(|(u, _)| u == uid)
        .unwrap_or_else(|| panic!("no incident {uid}"));
    serde_json::json!([v["place"], v["country"], v["latitude"], v["longitude"]])
}

fn id_of(wd: &Workdir, db: &std::path::Path, uid: &str) -> String {
    let (_, v) = incidents_by_uid(wd, db)
        .into_iter()
        .find(|(u, _)| u == uid)
        .unwrap();
    v["id"].to_string()
}

/// A row whose place the analyst changed puts the incident at the new place: its country and
/// point from the gazetteer, as `tarikh edit --place` gives them, not the old place's. A
/// country or point changed in the same row is the analyst's and wins; a place the gazetteer
/// does not know has no point.
#[test]
fn a_row_that_moves_an_incident_takes_the_new_places_country_and_point() {
    let wd = placed();
    let (_, rows) = cells(&wd, "export.xlsx");
    let row = |uid: &str| row_of(&rows, uid);
    edit(
        &wd,
        "export.xlsx",
        "moved.xlsx",
        &[
            (row("valley"), "place", Value::Text("Batken")),
            // Another spelling the gazetteer knows, of a place the database does not.
            (row("clash"), "place", Value::Text("Исфара")),
            (row("typed"), "place", Value::Text("Isfara")),
            (row("typed"), "latitude", Value::Number(40.2)),
            (row("typed"), "longitude", Value::Number(70.7)),
            (row("country"), "place", Value::Text("Isfara")),
            (row("country"), "country", Value::Text("Uzbekistan")),
            (row("nowhere"), "place", Value::Text("Nowhere Village")),
        ],
    );
    let out = import(&wd, "moved.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    let valley = id_of(&wd, &wd.db(), "valley");
    assert!(
        said.contains(&format!(
            "edited incident {valley}: place, country, latitude, longitude"
        )),
        "{said}"
    );
    let db = wd.db();
    let at = |uid: &str| whereabouts(&wd, &db, uid);
    use serde_json::json;
    assert_eq!(
        at("valley"),
        json!(["Batken", "Kyrgyzstan", 40.0625, 70.8194])
    );
    assert_eq!(
        at("clash"),
        json!(["Isfara", "Tajikistan", 40.1264, 70.6253])
    );
    assert_eq!(at("typed"), json!(["Isfara", "Tajikistan", 40.2, 70.7]));
    assert_eq!(
        at("country"),
        json!(["Isfara", "Uzbekistan", 40.1264, 70.6253])
    );
    assert_eq!(
        at("nowhere"),
        json!(["Nowhere Village", "Kyrgyzstan", null, null])
    );

    // What `tarikh edit --place` gives the same incidents in a database of their own.
    let twin = wd.path("twin.db");
    let csv = wd.path("places.csv").display().to_string();
    wd.stdout_on(&twin, &["import", &csv]);
    for (uid, place) in [("valley", "Batken"), ("clash", "Исфара")] {
        let id = id_of(&wd, &twin, uid);
        wd.stdout_on(&twin, &["edit", &id, "--place", place]);
        assert_eq!(whereabouts(&wd, &twin, uid), at(uid), "{uid}");
    }
}

/// Importing the same edited workbook again stores nothing new, however often: a row equal to
/// the incident as stored, once its place is looked up, is no edit, and no history entry ever
/// lists no field. The cells the export wrote for the old place do not move the incident
/// back when the same sheet is edited further and imported again.
#[test]
fn importing_an_edited_workbook_again_stores_nothing_new() {
    let wd = placed();
    let (_, rows) = cells(&wd, "export.xlsx");
    let (valley, kok) = (row_of(&rows, "valley"), row_of(&rows, "kok"));
    // The incident at Kok-Tash has the place's country (the row gave none): an emptied
    // country cell is what the database reads back all the same.
    assert_eq!(
        rows[kok - 1][column(&rows, "country")],
        Data::String("Kyrgyzstan".into())
    );
    edit(
        &wd,
        "export.xlsx",
        "edited.xlsx",
        &[
            (valley, "place", Value::Text("Batken")),
            (kok, "country", Value::Text("")),
        ],
    );
    let out = import(&wd, "edited.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("1 incident edited, 6 rows unchanged"),
        "{said}"
    );
    let dump = wd.dump();
    for _ in 0..2 {
        let out = import(&wd, "edited.xlsx");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{said}");
        assert!(
            said.contains("sheet 'incidents': 7 rows unchanged"),
            "{said}"
        );
        assert!(!said.contains("edited incident"), "{said}");
        assert_eq!(wd.dump(), dump, "{said}");
    }

    // Every history entry lists what it changed: the valley has one edit, Kok-Tash none.
    let history = |uid: &str| {
        let show = wd.stdout(&["show", &id_of(&wd, &wd.db(), uid)]);
        show.find("\nHistory")
            .map(|at| show[at..].to_string())
            .unwrap_or_default()
    };
    let entries = |history: &str| -> Vec<Vec<String>> {
        let mut entries: Vec<Vec<String>> = Vec::new();
        for line in history.lines().skip(1) {
            if line.starts_with("      ") {
                entries
                    .last_mut()
                    .expect("an entry")
                    .push(line.trim().into());
            } else if line.starts_with("  ") {
                entries.push(Vec::new());
            }
        }
        entries
    };
    let moved = entries(&history("valley"));
    assert_eq!(moved.len(), 1, "{moved:?}");
    assert_eq!(
        moved[0],
        [
            "place: Fergana Valley → Batken",
            "country: (none) → Kyrgyzstan",
            "latitude: 40.9 → 40.0625",
            "longitude: 71.8 → 70.8194"
        ]
    );
    assert!(entries(&history("kok")).is_empty(), "{}", history("kok"));

    // The same sheet edited further: the summary changes, and the valley's old point, still
    // in its cells, does not come back.
    edit(
        &wd,
        "edited.xlsx",
        "again.xlsx",
        &[(
            valley,
            "summary",
            Value::Text("Stones thrown across the canal"),
        )],
    );
    let out = import(&wd, "again.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!(
            "edited incident {}: summary\n",
            id_of(&wd, &wd.db(), "valley")
        )),
        "{said}"
    );
    assert_eq!(
        whereabouts(&wd, &wd.db(), "valley"),
        serde_json::json!(["Batken", "Kyrgyzstan", 40.0625, 70.8194])
    );
    let moved = entries(&history("valley"));
    assert_eq!(moved.len(), 2, "{moved:?}");
    assert!(moved.iter().all(|e| !e.is_empty()), "{moved:?}");
}

/// Actors a row adds are stored under the gazetteer's names, as `tarikh edit --actor` stores
/// them; a name it does not know stays as typed, and importing the same file again stores
/// nothing new.
#[test]
fn actors_a_row_adds_go_by_the_gazetteers_names() {
    let wd = exported();
    let before = clash(&wd);
    let uid = before["uid"].as_str().unwrap();
    let (_, rows) = cells(&wd, "export.xlsx");
    let row = row_of(&rows, uid);
    edit(
        &wd,
        "export.xlsx",
        "actors.xlsx",
        &[(
            row,
            "actors",
            Value::Text("Kyrgyzstan; طاجيكستان; Киргизия; Local Militia"),
        )],
    );
    let out = import(&wd, "actors.xlsx");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        clash(&wd)["actors"],
        serde_json::json!(["Kyrgyzstan", "Tajikistan", "Local Militia"])
    );
    let out = import(&wd, "actors.xlsx");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!said.contains("edited incident"), "{said}");
}
