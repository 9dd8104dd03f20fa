//! ACLED and UCDP GED importers, on the real samples in `tests/data/formats/` and on small
//! hand-made files for the failure cases.

mod workdir;

use std::io::{Cursor, Read};
use std::path::Path;

use tarikh::date::Precision;
use tarikh::import::{ImportError, acled, ucdp};
use tarikh::model::{EventType, Incident, Status};
use workdir::{day, format_sample};

fn all<I: Iterator<Item = Result<Incident, ImportError>>>(rows: I) -> Vec<Incident> {
    rows.collect::<Result<Vec<_>, _>>().unwrap()
}

const ACLED_2020: &str = "acled_2020_kyrgyzstan_tajikistan_extract.csv";
const ACLED_2024: &str = "acled_2024_current_format_sample.csv";
const UCDP: &str = "ucdp_ged_sample_1000.csv";

/// The current ACLED header and one row of it, to vary in failure tests.
const ACLED_HEADER: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

fn acled_row(id: &str, date: &str, precision: &str, lat: &str, fatalities: &str) -> String {
    format!(
        "{id},{date},2020,{precision},Political violence,Battles,Armed clash,Military Forces of Kyrgyzstan,,State forces,Military Forces of Tajikistan,,State forces,State forces-State forces,,417,Caucasus and Central Asia,Kyrgyzstan,Batken,Batken,,Kok-Tash,{lat},70.549,2,AKIpress,National,\"Border guards exchanged fire.\",{fatalities},,1589217690"
    )
}

fn acled_text(text: &str) -> Result<Vec<Result<Incident, ImportError>>, ImportError> {
    Ok(acled::from_reader(Cursor::new(text.as_bytes().to_vec()), Path::new("test.csv"))?.collect())
}

#[test]
fn acled_2020_extract_all_five_rows() {
    let rows = all(acled::read(&format_sample(ACLED_2020)).unwrap());
    let summary: Vec<(&str, String, EventType, Option<u32>)> = rows
        .iter()
        .map(|i| {
            (
                i.uid.as_str(),
                i.date.to_edtf(),
                i.event_type,
                i.fatalities.best,
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            (
                "acled:KGZ394",
                "2020-05-09".to_string(),
                EventType::Protest,
                Some(0)
            ),
            (
                "acled:KGZ392",
                "2020-05-08".to_string(),
                EventType::ArmedClash,
                Some(0)
            ),
            (
                "acled:KGZ393",
                "2020-05-08".to_string(),
                EventType::Protest,
                Some(0)
            ),
            (
                "acled:KGZ391",
                "2020-05-07".to_string(),
                EventType::Protest,
                Some(0)
            ),
            (
                "acled:KGZ390",
                "2020-05-01".to_string(),
                EventType::Other,
                Some(0)
            ),
        ]
    );
    for inc in &rows {
        assert_eq!(inc.date.precision(), Precision::Day);
        assert_eq!(inc.status, Status::Occurred);
        assert_eq!(inc.country.as_deref(), Some("Kyrgyzstan"));
        assert_eq!(inc.fatalities.high, None, "ACLED gives no upper figure");
        assert_eq!(inc.evidence.len(), 1);
        assert!(inc.summary.starts_with("On "), "{}", inc.summary);
    }

    let clash = &rows[1];
    assert_eq!(clash.title, "Armed clash: Kok-Tash");
    assert_eq!(clash.date.exact_day(), Some(day("2020-05-08")));
    assert_eq!(
        clash.actors,
        [
            "Police Forces of Kyrgyzstan (2017-) Kyrgyz Frontier Force",
            "Rioters (Kyrgyzstan)",
            "Military Forces of Tajikistan (1994-) Border Service",
            "Rioters (Tajikistan)",
        ]
    );
    assert_eq!(clash.place.as_deref(), Some("Kok-Tash"));
    assert_eq!(
        (clash.latitude, clash.longitude),
        (Some(39.9507), Some(70.549))
    );
    assert_eq!(clash.fatalities.low, Some(0));
    assert_eq!(clash.fatalities.phrase, "ACLED fatalities: 0");
    assert_eq!(clash.sources, ["RFE/RL", "Reuters"]);
    assert!(
        clash.evidence[0]
            .sentence
            .contains("Tajik border guards firing mortar shells")
    );

    // Unmapped sub-event: type other, ACLED's classification kept in the title.
    assert_eq!(rows[4].title, "Strategic developments: Apkan");
    assert_eq!(
        rows[3].actors,
        ["Protesters (Kazakhstan)", "Farmers (Kazakhstan)"]
    );
    assert_eq!(rows[3].sources, ["AKIpress", "Sanjar Kalmatai"]);
}

#[test]
fn acled_2024_current_format() {
    let rows = all(acled::read(&format_sample(ACLED_2024)).unwrap());
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0].uid, "acled:PSE62716");
    assert_eq!(rows[0].date.exact_day(), Some(day("2024-11-01")));
    assert_eq!(rows[0].event_type, EventType::PropertyDestruction);
    assert_eq!(
        rows[0].title,
        "Looting/property destruction: Shi'b Al Batim"
    );
    assert_eq!(
        rows[0].actors,
        ["Settlers (Israel)", "Civilians (Palestine)"]
    );
    assert_eq!(rows[0].sources, ["PLO Negotiations Affairs Department"]);
    assert_eq!(rows[1].event_type, EventType::Protest);
    assert_eq!(
        rows[1].actors,
        ["Protesters (Yemen)", "Government of Yemen (2017-) Houthi"]
    );
    assert_eq!(rows[1].country.as_deref(), Some("Yemen"));
    assert_eq!(
        (rows[1].latitude, rows[1].longitude),
        (Some(14.7393), Some(44.2066))
    );
}

#[test]
fn acled_time_precision_week_and_month() {
    let text = format!(
        "{ACLED_HEADER}\n{}\n{}\n{}\n{}\n",
        acled_row("A1", "14-May-20", "2", "39.9", "3"),
        acled_row("A2", "15 May 2020", "3", "39.9", "3"),
        acled_row("A3", "2020-05-31", "3", "39.9", "3"),
        acled_row("A4", "01-05-20", "3", "39.9", "3"),
    );
    let rows: Vec<Incident> = acled_text(&text)
        .unwrap()
        .into_iter()
        .map(Result::unwrap)
        .collect();
    // Week: one unknown day in the seven centred on the stored middle day.
    assert_eq!(rows[0].date.to_edtf(), "[2020-05-11..2020-05-17]");
    assert_eq!(rows[0].date.describe(), "between 11 May and 17 May 2020");
    // Month, whether the stored day is the middle, the last or the first.
    for inc in &rows[1..] {
        assert_eq!(inc.date.to_edtf(), "2020-05", "{}", inc.uid);
        assert_eq!(inc.date.precision(), Precision::Month);
    }
    assert_eq!(rows[0].fatalities.low, Some(3));
}

#[test]
fn acled_impossible_date_names_file_line_and_column() {
    let text = format!(
        "{ACLED_HEADER}\n{}\n{}\n",
        acled_row("A1", "8-May-20", "1", "39.9", "0"),
        acled_row("A2", "30-Feb-20", "1", "39.9", "0")
    );
    let rows = acled_text(&text).unwrap();
    assert!(rows[0].is_ok());
    let err = rows[1].as_ref().unwrap_err().to_string();
    assert!(err.starts_with("test.csv:3: column 'event_date':"), "{err}");
    assert!(err.contains("February 2020 has 29 days"), "{err}");
}

#[test]
fn acled_bad_numbers_and_precision() {
    let text = format!(
        "{ACLED_HEADER}\n{}\n{}\n{}\n{}\n",
        acled_row("A1", "8-May-20", "1", "north", "0"),
        acled_row("A2", "8-May-20", "1", "39.9", "several"),
        acled_row("A3", "8-May-20", "4", "39.9", "0"),
        acled_row("A4", "8-May-20", "1", "139.9", "0"),
    );
    let errs: Vec<String> = acled_text(&text)
        .unwrap()
        .into_iter()
        .map(|r| r.unwrap_err().to_string())
        .collect();
    assert!(
        errs[0].starts_with("test.csv:2: column 'latitude': 'north' is not a number"),
        "{}",
        errs[0]
    );
    assert!(
        errs[1].starts_with("test.csv:3: column 'fatalities':"),
        "{}",
        errs[1]
    );
    assert!(errs[1].contains("whole number"), "{}", errs[1]);
    assert!(
        errs[2].contains("column 'time_precision'") && errs[2].contains("1 = day"),
        "{}",
        errs[2]
    );
    assert!(errs[3].contains("out of range"), "{}", errs[3]);
}

#[test]
fn acled_invalid_utf8_names_the_column() {
    let mut bytes = format!("{ACLED_HEADER}\n").into_bytes();
    bytes.extend(
        acled_row("A1", "8-May-20", "1", "39.9", "0")
            .replace("Border guards", "Border \u{1}")
            .into_bytes(),
    );
    // Replace the control byte with a lone Latin-1 byte: not UTF-8.
    let pos = bytes.iter().position(|b| *b == 1).unwrap();
    bytes[pos] = 0xE9;
    let rows: Vec<_> = acled::from_reader(Cursor::new(bytes), Path::new("latin1.csv"))
        .unwrap()
        .collect();
    let err = rows[0].as_ref().unwrap_err().to_string();
    assert!(
        err.starts_with("latin1.csv:2: column 'notes': not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn acled_wrong_header_and_missing_column() {
    let err = acled::read(&format_sample(UCDP)).err().unwrap().to_string();
    assert!(
        err.contains("ucdp_ged_sample_1000.csv: this is not an ACLED export"),
        "{err}"
    );

    let header = ACLED_HEADER.replace(",notes,", ",remarks,");
    let err = acled::from_reader(Cursor::new(format!("{header}\n")), Path::new("old.csv"))
        .err()
        .unwrap()
        .to_string();
    assert!(
        err.starts_with("old.csv:1: column 'notes': required column is missing"),
        "{err}"
    );

    let err = acled::from_reader(Cursor::new(""), Path::new("empty.csv"))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("empty"), "{err}");
}

#[test]
fn acled_row_with_missing_fields_is_a_row_error() {
    let text = format!(
        "{ACLED_HEADER}\nA1,8-May-20,2020\n{}\n",
        acled_row("A2", "8-May-20", "1", "39.9", "0")
    );
    let rows = acled_text(&text).unwrap();
    let err = rows[0].as_ref().unwrap_err().to_string();
    assert!(
        err.starts_with("test.csv:2:") && err.contains("fields"),
        "{err}"
    );
    assert!(rows[1].is_ok(), "reading goes on after a malformed row");
}

#[test]
fn acled_headers_in_capitals_with_bom() {
    let text = format!(
        "\u{feff}{}\n{}\n",
        ACLED_HEADER.to_uppercase(),
        acled_row("A1", "8-May-20", "1", "39.9", "0")
    );
    let rows = acled_text(&text).unwrap();
    assert_eq!(rows[0].as_ref().unwrap().uid, "acled:A1");
}

/// An endless ACLED file: the importer must hand out rows without reading to the end.
struct Endless {
    pending: Vec<u8>,
    n: u64,
}

impl Read for Endless {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() {
            self.n += 1;
            self.pending = format!(
                "{}\n",
                acled_row(&format!("E{}", self.n), "8-May-20", "1", "39.9", "0")
            )
            .into_bytes();
        }
        let k = buf.len().min(self.pending.len());
        buf[..k].copy_from_slice(&self.pending[..k]);
        self.pending.drain(..k);
        Ok(k)
    }
}

#[test]
fn acled_streams() {
    let input = Endless {
        pending: format!("{ACLED_HEADER}\n").into_bytes(),
        n: 0,
    };
    let first: Vec<String> = acled::from_reader(input, Path::new("endless.csv"))
        .unwrap()
        .take(3)
        .map(|r| r.unwrap().uid)
        .collect();
    assert_eq!(first, ["acled:E1", "acled:E2", "acled:E3"]);
}

#[test]
fn header_detection() {
    let header = |name: &str| {
        let mut r = csv::Reader::from_path(format_sample(name)).unwrap();
        r.headers().unwrap().clone()
    };
    for name in [ACLED_2020, ACLED_2024] {
        assert!(acled::matches_header(&header(name)), "{name}");
        assert!(!ucdp::matches_header(&header(name)), "{name}");
    }
    assert!(ucdp::matches_header(&header(UCDP)));
    assert!(!acled::matches_header(&header(UCDP)));
}

#[test]
fn ucdp_sample_imports_whole() {
    let mut reader = ucdp::read(&format_sample(UCDP)).unwrap();
    let rows = all(reader.by_ref());
    assert_eq!(rows.len(), 1000);
    let warnings = reader.take_warnings();
    // The sample breaks low <= best <= high in 13 rows: imported, and warned about.
    assert_eq!(warnings.len(), 13, "{warnings:#?}");
    assert!(
        warnings
            .iter()
            .all(|w| w.to_string().contains("ucdp_ged_sample_1000.csv:"))
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.message.contains("low 3 > best 2"))
    );
    let disputed = rows.iter().filter(|i| !i.disputed.is_empty()).count();
    assert_eq!(disputed, 13);
    let odd = rows.iter().find(|i| i.uid == "ucdp:236880").unwrap();
    assert_eq!(
        (odd.fatalities.low, odd.fatalities.best, odd.fatalities.high),
        (Some(3), Some(2), Some(3))
    );
    assert!(odd.disputed.contains("low 3 > best 2"), "{}", odd.disputed);

    let count = |t: EventType| rows.iter().filter(|i| i.event_type == t).count();
    assert_eq!(count(EventType::ArmedClash), 707 + 133);
    assert_eq!(count(EventType::Attack), 160);
    assert!(
        rows.iter()
            .all(|i| i.uid.starts_with("ucdp:") && !i.title.is_empty() && !i.sources.is_empty())
    );
}

#[test]
fn ucdp_spans_follow_date_start_and_end() {
    // Read the sample independently and compare each row's bounds and claim.
    let mut raw = csv::Reader::from_path(format_sample(UCDP)).unwrap();
    let rows = all(ucdp::read(&format_sample(UCDP)).unwrap());
    let (mut spans, mut aggregates) = (0, 0);
    for (rec, inc) in raw
        .deserialize::<std::collections::HashMap<String, String>>()
        .zip(&rows)
    {
        let rec = rec.unwrap();
        let start = day(&rec["date_start"][..10]);
        let end = day(&rec["date_end"][..10]);
        assert_eq!(inc.uid, format!("ucdp:{}", rec["id"]));
        assert_eq!(
            (inc.date.earliest(), inc.date.latest()),
            (Some(start), Some(end)),
            "{}",
            inc.uid
        );
        if rec["date_prec"] == "1" {
            assert_eq!(inc.date.precision(), Precision::Day, "{}", inc.uid);
        } else if rec["event_clarity"] == "2" {
            // Low clarity: a summary over the period, so an interval.
            aggregates += 1;
            assert_eq!(
                inc.date.precision(),
                Precision::Range,
                "{} {}",
                inc.uid,
                inc.date.to_edtf()
            );
            assert!(inc.summary.contains("Low clarity"), "{}", inc.summary);
        } else {
            spans += 1;
            assert!(
                matches!(
                    inc.date.precision(),
                    Precision::Unknown | Precision::Month | Precision::Year
                ),
                "{} {}",
                inc.uid,
                inc.date.to_edtf()
            );
        }
    }
    assert_eq!((spans, aggregates), (85, 66));
    let angola = rows.iter().find(|i| i.uid == "ucdp:21300").unwrap();
    assert_eq!(angola.date.to_edtf(), "1989-05-10/1989-05-16");
    let month = rows
        .iter()
        .find(|i| i.date.to_edtf() == "1994-07")
        .map(|i| i.uid.clone());
    assert!(month.is_some(), "a 1994-07-01..31 span reads as the month");
}

#[test]
fn ucdp_tajikistan_events() {
    let rows = all(ucdp::read(&format_sample(UCDP)).unwrap());
    let khujand = rows.iter().find(|i| i.uid == "ucdp:61235").unwrap();
    assert_eq!(khujand.date.to_edtf(), "[1998-11-04..1998-11-05]");
    assert_eq!(khujand.date.describe(), "between 4 Nov and 5 Nov 1998");
    assert_eq!(khujand.event_type, EventType::ArmedClash);
    assert_eq!(
        khujand.title,
        "Government of Tajikistan - Forces of Khudoberdiyev: Khujand town"
    );
    assert_eq!(
        khujand.actors,
        ["Government of Tajikistan", "Forces of Khudoberdiyev"]
    );
    assert_eq!(khujand.place.as_deref(), Some("Khujand town"));
    assert_eq!(khujand.country.as_deref(), Some("Tajikistan"));
    assert_eq!(
        (khujand.latitude, khujand.longitude),
        (Some(40.28256), Some(69.62216))
    );
    let f = &khujand.fatalities;
    assert_eq!((f.low, f.best, f.high), (Some(16), Some(16), Some(16)));
    assert_eq!(f.phrase, "UCDP best 16 (low 16, high 16)");
    // No source_office in this old row: the article citation stands in.
    assert_eq!(khujand.sources.len(), 1);
    assert!(
        khujand.sources[0].starts_with("ITAR-TASS news agency"),
        "{:?}",
        khujand.sources
    );
    assert!(
        khujand
            .summary
            .contains("State-based conflict (Tajikistan: Government)"),
        "{}",
        khujand.summary
    );
    assert!(
        khujand.summary.contains("Forces of Khudoberdiyev 16"),
        "{}",
        khujand.summary
    );
    assert!(khujand.disputed.is_empty());

    let dushanbe = rows.iter().find(|i| i.uid == "ucdp:60826").unwrap();
    assert_eq!(dushanbe.date.exact_day(), Some(day("1992-05-05")));
    assert_eq!(
        dushanbe.title,
        "Government of Tajikistan - UTO: Dushanbe city"
    );
    assert_eq!(dushanbe.fatalities.best, Some(4));
    assert!(
        dushanbe.sources[0].starts_with("Svenska Dagbladet 6 May 1992"),
        "{:?}",
        dushanbe.sources
    );

    let syria = rows.iter().find(|i| i.uid == "ucdp:300380").unwrap();
    assert_eq!(syria.sources, ["Support Kurds in Syria", "VDC"]);
    let evidence: Vec<&str> = syria.evidence.iter().map(|e| e.sentence.as_str()).collect();
    assert_eq!(
        evidence,
        ["Thursday 3 January 2013", "Abdul Satar Mustafa Hankosh"]
    );
}

const UCDP_HEADER: &str = "id,type_of_violence,dyad_name,side_a,side_b,source_office,source_headline,where_coordinates,adm_1,latitude,longitude,country,date_prec,date_start,date_end,best,high,low";

fn ucdp_text(body: &str) -> Vec<Result<Incident, ImportError>> {
    let text = format!("{UCDP_HEADER}\n{body}");
    ucdp::from_reader(Cursor::new(text), Path::new("ged.csv"))
        .unwrap()
        .collect()
}

#[test]
fn ucdp_plain_dates_and_reordered_columns() {
    let rows = ucdp_text(
        "7,3,A - civilians,A,civilians,Agency,Head,Town,Prov,1.5,2.5,Nowhere,3,2020-05-04,2020-05-10,2,3,1\n",
    );
    let inc = rows[0].as_ref().unwrap();
    assert_eq!(inc.event_type, EventType::Attack);
    assert_eq!(inc.date.to_edtf(), "[2020-05-04..2020-05-10]");
    assert_eq!(inc.fatalities.phrase, "UCDP best 2 (low 1, high 3)");
}

#[test]
fn ucdp_failures_name_line_and_column() {
    let rows = ucdp_text(
        "1,1,x,A,B,,,T,P,1,2,C,1,2020-02-30 00:00:00.000,2020-03-01 00:00:00.000,1,1,1\n\
         2,4,x,A,B,,,T,P,1,2,C,1,2020-02-03,2020-02-03,1,1,1\n\
         3,1,x,A,B,,,T,P,1,2,C,1,2020-02-05,2020-02-03,1,1,1\n\
         4,1,x,A,B,,,T,P,1,2,C,1,2020-02-03,2020-02-03,many,1,1\n",
    );
    let errs: Vec<String> = rows
        .into_iter()
        .map(|r| r.unwrap_err().to_string())
        .collect();
    assert!(
        errs[0].starts_with(
            "ged.csv:2: column 'date_start': '2020-02-30 00:00:00.000' is not a real date"
        ),
        "{}",
        errs[0]
    );
    assert!(
        errs[1].starts_with("ged.csv:3: column 'type_of_violence'"),
        "{}",
        errs[1]
    );
    assert!(
        errs[2].starts_with("ged.csv:4: column 'date_end'") && errs[2].contains("before"),
        "{}",
        errs[2]
    );
    assert!(
        errs[3].starts_with("ged.csv:5: column 'best'"),
        "{}",
        errs[3]
    );

    let err = ucdp::read(&format_sample(ACLED_2020))
        .err()
        .unwrap()
        .to_string();
    assert!(err.contains("not a UCDP GED file"), "{err}");
}

#[test]
fn ucdp_exact_precision_with_a_span_warns() {
    let text = format!("{UCDP_HEADER}\n9,1,x,A,B,,,T,P,1,2,C,1,2020-02-03,2020-02-05,1,1,1\n");
    let mut reader = ucdp::from_reader(Cursor::new(text), Path::new("ged.csv")).unwrap();
    let inc = reader.next().unwrap().unwrap();
    assert_eq!(inc.date.to_edtf(), "[2020-02-03..2020-02-05]");
    let warnings = reader.take_warnings();
    assert_eq!(warnings.len(), 1);
    assert!(
        warnings[0]
            .to_string()
            .starts_with("ged.csv:2: date_prec 1"),
        "{}",
        warnings[0]
    );
}
