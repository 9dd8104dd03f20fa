//! XLSX and TimelineJS exporters: write incidents, read the output back with an independent
//! reader (calamine, the csv crate, serde_json) and check what a user would see.

mod workdir;

use std::convert::Infallible;
use std::io::Read;

use calamine::{Data, Reader, Xlsx, open_workbook};
use tarikh::date::IncidentDate;
use tarikh::export::{timelinejs, xlsx};
use tarikh::import::acled;
use tarikh::model::{EventType, Evidence, Fatalities, Incident, Status};
use workdir::{Workdir, day, format_sample};

/// KGZ392 as imported, plus hand-made incidents covering the other kinds of date, Arabic text
/// and hostile text.
fn incidents() -> Vec<Incident> {
    let mut out: Vec<Incident> = acled::read(&format_sample(
        "acled_2020_kyrgyzstan_tajikistan_extract.csv",
    ))
    .unwrap()
    .map(Result::unwrap)
    .filter(|i| i.uid == "acled:KGZ392")
    .collect();
    out[0].id = Some(1);

    let mut arabic = Incident::new(
        IncidentDate::one_of(Some(day("2021-04-29")), Some(day("2021-05-10"))).unwrap(),
        EventType::Ceasefire,
        "وقف إطلاق النار على الحدود القرغيزية الطاجيكية",
    );
    arabic.id = Some(2);
    arabic.uid = "report:abc#3".into();
    arabic.status = Status::Claimed;
    arabic.summary = "اتفق الجانبان على وقف إطلاق النار".into();
    arabic.actors = vec!["قرغيزستان".into(), "طاجيكستان".into()];
    arabic.place = Some("باتكن".into());
    arabic.country = Some("Kyrgyzstan".into());
    arabic.fatalities = Fatalities {
        low: Some(12),
        best: None,
        high: Some(50),
        phrase: "مقتل العشرات".into(),
    };
    arabic.sources = vec!["الجزيرة".into(), "RT Arabic".into()];
    arabic.evidence = vec![
        Evidence::sentence("أعلن الجانبان وقف إطلاق النار."),
        Evidence::sentence("ثانياً"),
    ];
    arabic.disputed = "Tajik side: 29 April".into();

    let mut month = Incident::new(
        IncidentDate::month(2021, 5).unwrap(),
        EventType::Deployment,
        "=HYPERLINK(\"x\")",
    );
    month.summary = "<script>alert(1)</script> & more".into();

    let mut year = Incident::new(
        IncidentDate::year(1991),
        EventType::Statement,
        "+independence",
    );
    year.uid = "year".into();

    let about: IncidentDate = "2021-05-21/2021-05-31~".parse().unwrap();
    let mut approx = Incident::new(about, EventType::ArmedClash, "Fighting, end of May");
    approx.uid = "approx".into();

    let before: IncidentDate = "[..2021-05-10]".parse().unwrap();
    let mut open = Incident::new(before, EventType::Talks, "Talks before the report");
    open.uid = "open".into();

    out.extend([arabic, month, year, approx, open]);
    out
}

fn ok(list: Vec<Incident>) -> impl Iterator<Item = Result<Incident, Infallible>> {
    list.into_iter().map(Ok)
}

fn cell(range: &calamine::Range<Data>, row: usize, col: &str) -> Data {
    let c = xlsx::COLUMNS.iter().position(|n| *n == col).unwrap();
    range.get((row, c)).cloned().unwrap_or(Data::Empty)
}

/// A real date cell's day (Excel counts days from 1899-12-30); `None` for any other cell.
fn day_of(cell: &Data) -> Option<String> {
    match cell {
        Data::DateTime(dt) => {
            let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
            let day = epoch + chrono::Duration::days(dt.as_f64().floor() as i64);
            Some(day.format("%Y-%m-%d").to_string())
        }
        _ => None,
    }
}

fn text(s: &str) -> Data {
    Data::String(s.to_string())
}

#[test]
fn xlsx_round_trip() {
    let wd = Workdir::new();
    let path = wd.path("out.xlsx");
    let written = xlsx::write(&path, ok(incidents())).unwrap();
    assert_eq!(written, 6);

    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let range = book.worksheet_range("incidents").unwrap();
    assert_eq!(range.start(), Some((0, 0)));
    assert_eq!(range.height(), 7);
    let header: Vec<Data> = (0..xlsx::COLUMNS.len())
        .map(|c| range.get((0, c)).cloned().unwrap())
        .collect();
    assert_eq!(
        header,
        xlsx::COLUMNS.iter().map(|s| text(s)).collect::<Vec<_>>()
    );

    // KGZ392: numbers are numbers, lists are joined, high is blank.
    assert_eq!(cell(&range, 1, "id"), Data::Float(1.0));
    // A date of one day and the day bounds are real date cells, so that Excel sorts and
    // filters them as dates.
    assert_eq!(
        day_of(&cell(&range, 1, "date")).as_deref(),
        Some("2020-05-08")
    );
    assert_eq!(
        day_of(&cell(&range, 1, "date_start")).as_deref(),
        Some("2020-05-08")
    );
    assert_eq!(cell(&range, 1, "precision"), text("day"));
    assert_eq!(cell(&range, 1, "event_type"), text("armed_clash"));
    assert_eq!(cell(&range, 1, "title"), text("Armed clash: Kok-Tash"));
    assert_eq!(cell(&range, 1, "latitude"), Data::Float(39.9507));
    assert_eq!(cell(&range, 1, "fatalities_low"), Data::Float(0.0));
    assert_eq!(cell(&range, 1, "fatalities_high"), Data::Empty);
    assert_eq!(cell(&range, 1, "sources"), text("RFE/RL; Reuters"));
    assert_eq!(cell(&range, 1, "uid"), text("acled:KGZ392"));
    // The columns after uid are filled too, not headers over empty cells.
    assert!(matches!(cell(&range, 1, "source_count"), Data::Float(_)));

    // Arabic comes back as written; a one-of span keeps its bounds and its claim.
    assert_eq!(
        cell(&range, 2, "title"),
        text("وقف إطلاق النار على الحدود القرغيزية الطاجيكية")
    );
    assert_eq!(cell(&range, 2, "date"), text("[2021-04-29..2021-05-10]"));
    assert_eq!(
        day_of(&cell(&range, 2, "date_start")).as_deref(),
        Some("2021-04-29")
    );
    assert_eq!(
        day_of(&cell(&range, 2, "date_end")).as_deref(),
        Some("2021-05-10")
    );
    assert_eq!(cell(&range, 2, "precision"), text("unknown"));
    assert_eq!(cell(&range, 2, "status"), text("claimed"));
    assert_eq!(cell(&range, 2, "actors"), text("قرغيزستان; طاجيكستان"));
    assert_eq!(
        cell(&range, 2, "evidence"),
        text("أعلن الجانبان وقف إطلاق النار.; ثانياً")
    );
    assert_eq!(cell(&range, 2, "fatalities_best"), Data::Empty);
    assert_eq!(cell(&range, 2, "fatalities_high"), Data::Float(50.0));
    assert_eq!(cell(&range, 2, "fatalities_phrase"), text("مقتل العشرات"));
    assert_eq!(cell(&range, 2, "disputed"), text("Tajik side: 29 April"));

    // Formula-looking text is a text cell, and no formula is stored anywhere.
    assert_eq!(cell(&range, 3, "title"), text("=HYPERLINK(\"x\")"));
    assert_eq!(cell(&range, 3, "id"), Data::Empty);
    assert_eq!(
        day_of(&cell(&range, 4, "date_end")).as_deref(),
        Some("1991-12-31")
    );
    assert_eq!(cell(&range, 6, "date_start"), Data::Empty, "open start");
    // Any date but one exact day keeps its EDTF, as text.
    for (row, edtf) in [
        (3, "2021-05"),
        (4, "1991"),
        (5, "2021-05-21/2021-05-31~"),
        (6, "[..2021-05-10]"),
    ] {
        assert_eq!(cell(&range, row, "date"), text(edtf), "row {row}");
    }
    let formulas = book.worksheet_formula("incidents").unwrap();
    assert!(formulas.used_cells().all(|(_, _, f)| f.is_empty()));

    // Bold header, frozen top row, autofilter over all the data.
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut sheet = String::new();
    zip.by_name("xl/worksheets/sheet1.xml")
        .unwrap()
        .read_to_string(&mut sheet)
        .unwrap();
    assert!(sheet.contains(r#"<autoFilter ref="A1:AA7"/>"#), "{sheet}");
    assert!(sheet.contains(r#"ySplit="1""#) && sheet.contains(r#"state="frozen""#));
    assert!(sheet.contains("<cols>"));
    let mut styles = String::new();
    zip.by_name("xl/styles.xml")
        .unwrap()
        .read_to_string(&mut styles)
        .unwrap();
    assert!(styles.contains("<b/>"));
}

#[test]
fn xlsx_input_error_leaves_no_file() {
    let wd = Workdir::new();
    let path = wd.path("out.xlsx");
    let items: Vec<Result<Incident, std::io::Error>> = vec![
        Ok(incidents().remove(0)),
        Err(std::io::Error::other("database is locked")),
    ];
    let err = xlsx::write(&path, items).unwrap_err();
    assert!(matches!(err, xlsx::Error::Input(_)));
    assert_eq!(err.to_string(), "database is locked");
    assert!(!path.exists());
}

#[test]
fn xlsx_empty_is_a_header() {
    let mut buf = std::io::Cursor::new(Vec::new());
    assert_eq!(xlsx::write_to(&mut buf, ok(Vec::new())).unwrap(), 0);
    let mut book = Xlsx::new(std::io::Cursor::new(buf.into_inner())).unwrap();
    let range = book.worksheet_range("incidents").unwrap();
    assert_eq!(range.height(), 1);
}

fn timeline_csv(options: &timelinejs::Options) -> (Vec<u8>, Vec<csv::StringRecord>) {
    let mut out = Vec::new();
    let n = timelinejs::write_csv(&mut out, ok(incidents()), options).unwrap();
    assert_eq!(n, 6);
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header = reader.headers().unwrap().clone();
    assert_eq!(header.iter().collect::<Vec<_>>(), timelinejs::CSV_HEADER);
    let rows = reader.records().map(Result::unwrap).collect();
    (out, rows)
}

fn col(row: &csv::StringRecord, name: &str) -> String {
    let i = timelinejs::CSV_HEADER
        .iter()
        .position(|n| *n == name)
        .unwrap();
    row.get(i).unwrap().to_string()
}

fn ymd(row: &csv::StringRecord, prefix: &str) -> [String; 3] {
    [
        col(row, &format!("{prefix}Year")),
        col(row, &format!("{prefix}Month")),
        col(row, &format!("{prefix}Day")),
    ]
}

#[test]
fn timelinejs_csv_template() {
    let options = timelinejs::Options {
        title: Some(timelinejs::Title {
            headline: "Batken border".into(),
            text: "2020–2021".into(),
        }),
        ..Default::default()
    };
    let (bytes, rows) = timeline_csv(&options);
    assert!(
        bytes.starts_with("\u{feff}Year,Month,Day,Time,End Year".as_bytes()),
        "BOM for Excel"
    );
    assert_eq!(rows.len(), 7);

    let title = &rows[0];
    assert_eq!(col(title, "Type"), "title");
    assert_eq!(col(title, "Headline"), "Batken border");
    assert_eq!(col(title, "Text"), "<p>2020–2021</p>");

    let clash = &rows[1];
    assert_eq!(ymd(clash, ""), ["2020", "5", "8"]);
    assert_eq!(ymd(clash, "End "), ["", "", ""]);
    assert_eq!(col(clash, "Display Date"), "8 May 2020");
    assert_eq!(col(clash, "Headline"), "Armed clash: Kok-Tash");
    assert_eq!(col(clash, "Group"), "armed_clash");
    let body = col(clash, "Text");
    assert!(
        body.starts_with("<p>On 8 May 2020, about 30-40 Kyrgyz"),
        "{body}"
    );
    assert!(
        body.contains("<p><b>Sources:</b> RFE/RL; Reuters</p>"),
        "{body}"
    );
    assert!(
        body.contains("<p><b>Fatalities:</b> ACLED fatalities: 0</p>"),
        "{body}"
    );
    assert!(
        !body.contains("<blockquote>"),
        "evidence equal to the summary is not repeated: {body}"
    );

    let arabic = &rows[2];
    assert_eq!(ymd(arabic, ""), ["2021", "4", "29"]);
    assert_eq!(ymd(arabic, "End "), ["2021", "5", "10"]);
    assert_eq!(
        col(arabic, "Display Date"),
        "between 29 Apr and 10 May 2021"
    );
    assert_eq!(col(arabic, "Group"), "ceasefire");
    let body = col(arabic, "Text");
    assert!(
        body.contains("<i>Claimed: one side's allegation, as reported.</i>"),
        "{body}"
    );
    assert!(
        body.contains("<blockquote>أعلن الجانبان وقف إطلاق النار.</blockquote>"),
        "{body}"
    );
    assert!(
        body.contains("<p><b>Disputed:</b> Tajik side: 29 April</p>"),
        "{body}"
    );

    let month = &rows[3];
    assert_eq!(
        ymd(month, ""),
        ["2021", "5", ""],
        "month precision leaves Day empty"
    );
    assert_eq!(col(month, "Display Date"), "May 2021");
    assert_eq!(
        col(month, "Headline"),
        "&#61;HYPERLINK(&quot;x&quot;)",
        "no formula, no raw HTML"
    );
    assert_eq!(
        col(month, "Text"),
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>"
    );

    let year = &rows[4];
    assert_eq!(ymd(year, ""), ["1991", "", ""]);
    assert_eq!(col(year, "Headline"), "&#43;independence");

    let approx = &rows[5];
    assert_eq!(ymd(approx, ""), ["2021", "5", "21"]);
    assert_eq!(ymd(approx, "End "), ["2021", "5", "31"]);
    assert_eq!(col(approx, "Display Date"), "about 21–31 May 2021");

    let open = &rows[6];
    assert_eq!(
        ymd(open, ""),
        ["2021", "5", "10"],
        "an open start still has a Year"
    );
    assert_eq!(col(open, "Display Date"), "on or before 10 May 2021");

    for row in &rows {
        for field in row {
            assert!(
                !field.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "{field:?}"
            );
        }
    }
}

#[test]
fn timelinejs_csv_without_bom() {
    let (bytes, _) = timeline_csv(&timelinejs::Options {
        title: None,
        bom: false,
    });
    assert!(bytes.starts_with(b"Year,Month,Day,"));
}

#[test]
fn timelinejs_json() {
    let options = timelinejs::Options {
        title: Some(timelinejs::Title {
            headline: "Batken <border>".into(),
            text: String::new(),
        }),
        ..Default::default()
    };
    let mut out = Vec::new();
    assert_eq!(
        timelinejs::write_json(&mut out, ok(incidents()), &options).unwrap(),
        6
    );
    assert!(!out.starts_with("\u{feff}".as_bytes()), "no BOM in JSON");
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();

    assert_eq!(json["title"]["text"]["headline"], "Batken &lt;border&gt;");
    let events = json["events"].as_array().unwrap();
    assert_eq!(events.len(), 6);

    let clash = &events[0];
    assert_eq!(
        clash["start_date"],
        serde_json::json!({"year": 2020, "month": 5, "day": 8, "display_date": "8 May 2020"})
    );
    assert!(clash.get("end_date").is_none());
    assert_eq!(clash["display_date"], "8 May 2020");
    assert_eq!(clash["group"], "armed_clash");
    assert_eq!(clash["unique_id"], "acled-KGZ392");
    assert_eq!(clash["text"]["headline"], "Armed clash: Kok-Tash");

    let arabic = &events[1];
    assert_eq!(
        arabic["end_date"],
        serde_json::json!({"year": 2021, "month": 5, "day": 10})
    );
    assert_eq!(arabic["display_date"], "between 29 Apr and 10 May 2021");
    assert_eq!(
        arabic["text"]["headline"],
        "وقف إطلاق النار على الحدود القرغيزية الطاجيكية"
    );
    assert_eq!(arabic["unique_id"], "report-abc-3");

    assert_eq!(
        events[2]["start_date"],
        serde_json::json!({"year": 2021, "month": 5, "display_date": "May 2021"})
    );
    assert_eq!(
        events[2]["unique_id"], "slide-2",
        "no uid, no id: a positional id"
    );
    assert_eq!(events[3]["start_date"]["year"], 1991);
    assert!(events[3]["start_date"].get("month").is_none());
    assert_eq!(events[4]["display_date"], "about 21–31 May 2021");
    assert_eq!(events[5]["start_date"]["day"], 10);
    assert_eq!(events[5]["display_date"], "on or before 10 May 2021");
}

#[test]
fn timelinejs_json_empty_and_untitled() {
    let mut out = Vec::new();
    timelinejs::write_json(&mut out, ok(Vec::new()), &timelinejs::Options::default()).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(json, serde_json::json!({"events": []}));
}

#[test]
fn timelinejs_stops_on_input_error() {
    let items: Vec<Result<Incident, String>> = vec![Err("store closed".into())];
    let err =
        timelinejs::write_json(Vec::new(), items, &timelinejs::Options::default()).unwrap_err();
    assert_eq!(err.to_string(), "store closed");
}
