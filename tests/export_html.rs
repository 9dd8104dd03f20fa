//! `tarikh export --format html`: the page, read without a browser. It must be one file that
//! refers to nothing outside itself, and its embedded data must hold every incident as the
//! other exports do, with each source's reading, its evidence and its disputes, Arabic intact
//! and no text able to leave its script element. `scripts/check-html` renders it in Chromium.

mod workdir;

use std::collections::HashSet;

use serde_json::Value;
use workdir::{TARIKH_CSV_HEADER, Workdir, repo_file};

/// The text of the element `<script type="application/json" id="ID">`.
fn script_json<'a>(page: &'a str, id: &str) -> &'a str {
    let open = format!("<script type=\"application/json\" id=\"{id}\">");
    let start = page
        .find(&open)
        .unwrap_or_else(|| panic!("no {id} element"))
        + open.len();
    let end = page[start..].find("</script>").expect("the element closes") + start;
    &page[start..end]
}

/// The incidents embedded in the page.
fn page_data(page: &str) -> Vec<Value> {
    serde_json::from_str::<Value>(script_json(page, "tarikh-data"))
        .expect("the embedded data is JSON")
        .as_array()
        .expect("a list of incidents")
        .clone()
}

/// The page outside the embedded data: the frame, its style and its script.
fn frame(page: &str) -> String {
    let data = script_json(page, "tarikh-data");
    page.replacen(data, "", 1)
}

fn export_page(wd: &Workdir, args: &[&str]) -> String {
    let mut all = vec!["export", "-o", "timeline.html"];
    all.extend_from_slice(args);
    wd.stdout(&all);
    String::from_utf8(wd.read("timeline.html")).expect("the page is UTF-8")
}

fn bundled() -> Workdir {
    let wd = Workdir::new();
    let reports = repo_file("data/reports");
    wd.stdout(&["import", reports.to_str().unwrap()]);
    wd
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_page_is_one_file_that_fetches_nothing() {
    let wd = bundled();
    let page = export_page(&wd, &[]);
    assert!(page.starts_with("<!DOCTYPE html>"), "not an HTML page");
    assert!(page.trim_end().ends_with("</html>"));
    let frame = frame(&page);
    let lower = frame.to_ascii_lowercase();
    for banned in [
        "src=\"http",
        "src='http",
        "href=\"http",
        "href='http",
        "@import",
        "<link",
        "<iframe",
        "<img",
        "<object",
        "<embed",
        "<script src",
        "http://",
        "https://",
        "//cdn",
        "fetch(",
        "xmlhttprequest",
        "websocket",
    ] {
        assert!(!lower.contains(banned), "the page's frame holds {banned:?}");
    }
    let style = &frame
        [frame.find("<style>").expect("inline style")..frame.find("</style>").expect("style ends")];
    assert!(!style.contains("url("), "the style loads something");
    // Scripts: the two data elements and one inline script, nothing loaded.
    assert_eq!(lower.matches("<script").count(), 3);
    assert_eq!(page.matches("</script>").count(), 3);
    // The browser is told to fetch nothing, whatever the page holds.
    assert!(
        frame
            .contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"),
        "no Content-Security-Policy"
    );
    // Source links are data for the page's script, never markup.
    let data = script_json(&page, "tarikh-data");
    assert!(
        data.contains("https://"),
        "the bundled reports' URLs are in the data"
    );
    assert!(!data.contains("href="));
}

#[test]
fn every_incident_is_embedded_with_its_sources_evidence_and_disputes() {
    let wd = bundled();
    let page = export_page(&wd, &[]);
    let items = page_data(&page);
    let json: Value = serde_json::from_str(&wd.stdout(&["export", "-o", "-", "--format", "json"]))
        .expect("the JSON export parses");
    let records = json.as_array().expect("a JSON array");
    assert!(
        records.len() > 20,
        "the bundled reports give many incidents"
    );
    assert_eq!(items.len(), records.len(), "one item per incident");

    let mut disputed = 0;
    for (item, record) in items.iter().zip(records) {
        // Same incidents in the same (timeline) order, with the same values.
        for (page_field, export_field) in [
            ("id", "id"),
            ("uid", "uid"),
            ("title", "title"),
            ("event_type", "event_type"),
            ("status", "status"),
            ("disputed", "disputed"),
            ("place", "place"),
            ("source_count", "source_count"),
        ] {
            assert_eq!(
                item[page_field], record[export_field],
                "{page_field} of {item}"
            );
        }
        assert_eq!(item["date"]["edtf"], record["date"]);
        assert_eq!(item["date"]["start"], record["date_start"]);
        assert_eq!(item["date"]["end"], record["date_end"]);
        assert_eq!(strings(&item["actors"]), strings(&record["actors"]));
        assert_eq!(strings(&item["sources"]), strings(&record["sources"]));
        assert_eq!(
            strings(&item["source_urls"]),
            strings(&record["source_urls"])
        );

        // Every evidence sentence is there, under its source or on its own, and only once.
        let readings = item["readings"].as_array().expect("readings");
        let mut shown: Vec<String> = strings(&item["evidence"]);
        for r in readings {
            shown.extend(strings(&r["evidence"]));
        }
        for sentence in strings(&record["evidence"]) {
            assert!(
                shown.contains(&sentence),
                "incident {}: evidence missing: {sentence}",
                item["id"]
            );
        }
        let own: HashSet<String> = strings(&item["evidence"]).into_iter().collect();
        for r in readings {
            for s in strings(&r["evidence"]) {
                assert!(!own.contains(&s), "sentence written twice: {s}");
            }
        }

        // Each source as `tarikh show` lists it: name, URL, publication day.
        let id = item["id"].as_i64().expect("stored incidents have ids");
        let shown: Value = serde_json::from_str(&wd.stdout(&["show", &id.to_string(), "--json"]))
            .expect("show --json parses");
        let sources = shown["sources"].as_array().expect("sources");
        assert_eq!(
            readings.len(),
            sources.len(),
            "incident {id}: one reading per source"
        );
        for (r, s) in readings.iter().zip(sources) {
            assert_eq!(r["name"], s["source"]);
            assert_eq!(r["url"], s["url"]);
            assert_eq!(r["published"], s["published"]);
            assert_eq!(r["date"]["edtf"], s["reading"]["date"]);
            assert_eq!(strings(&r["evidence"]), strings(&s["reading"]["evidence"]));
        }

        // A dispute is laid out point by point, by the sources that give each value.
        let text = item["disputed"].as_str().unwrap_or_default();
        let points = item["disputes"].as_array().expect("disputes");
        assert_eq!(text.is_empty(), points.is_empty(), "incident {id}");
        if !text.is_empty() {
            disputed += 1;
            let names: HashSet<&str> = readings.iter().filter_map(|r| r["name"].as_str()).collect();
            for point in points {
                let field = point["field"].as_str().unwrap_or_default();
                assert!(text.contains(&format!("{field}: ")), "{field} in {text}");
                let values = point["values"].as_array().expect("values");
                assert!(values.len() >= 2, "a dispute has two sides: {point}");
                for v in values {
                    assert!(text.contains(v["value"].as_str().unwrap_or("\u{0}")));
                    for name in strings(&v["sources"]) {
                        assert!(names.contains(name.as_str()), "{name} is no source of {id}");
                    }
                }
            }
        }
    }
    assert!(
        disputed > 0,
        "the bundled reports disagree on some incidents"
    );
}

#[test]
fn arabic_text_survives_intact() {
    let wd = bundled();
    let page = export_page(&wd, &["--title", "الحدود القرغيزية الطاجيكية"]);
    assert!(page.contains("<title>الحدود القرغيزية الطاجيكية</title>"));
    assert!(page.contains("<h1 id=\"page-title\" dir=\"auto\">الحدود القرغيزية الطاجيكية</h1>"));
    let items = page_data(&page);
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06ff}').contains(&c));
    let mut sentences = 0;
    for item in &items {
        for r in item["readings"].as_array().expect("readings") {
            for s in strings(&r["evidence"]).into_iter().filter(|s| arabic(s)) {
                // Written as UTF-8 in the page itself, not as \u escapes (only JSON's own
                // escapes, such as \" for a quote).
                let json = serde_json::to_string(&s).unwrap();
                assert!(page.contains(&json[1..json.len() - 1]), "not intact: {s}");
                sentences += 1;
            }
            if arabic(r["name"].as_str().unwrap_or_default()) {
                assert!(page.contains(r["name"].as_str().unwrap_or_default()));
            }
        }
    }
    assert!(
        sentences > 10,
        "the bundled Arabic reports give Arabic evidence"
    );
    // One sentence checked character for character against the reading's text.
    let item = items
        .iter()
        .find(|i| {
            i["readings"].as_array().is_some_and(|r| {
                r.iter()
                    .any(|r| strings(&r["evidence"]).iter().any(|s| arabic(s)))
            })
        })
        .expect("an incident an Arabic report tells");
    let id = item["id"].to_string();
    let shown: Value =
        serde_json::from_str(&wd.stdout(&["show", &id, "--json"])).expect("show --json parses");
    let expected: Vec<String> = shown["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .flat_map(|s| strings(&s["reading"]["evidence"]))
        .filter(|s| arabic(s))
        .collect();
    let got: Vec<String> = item["readings"]
        .as_array()
        .expect("readings")
        .iter()
        .flat_map(|r| strings(&r["evidence"]))
        .filter(|s| arabic(s))
        .collect();
    assert_eq!(got, expected);
}

/// A tarikh CSV row: id, date, type, status, title, actors, place, sources, evidence, disputed,
/// uid; the other cells empty.
#[allow(clippy::too_many_arguments)]
fn row(
    id: usize,
    date: &str,
    event_type: &str,
    status: &str,
    title: &str,
    actors: &str,
    place: &str,
    sources: &str,
    evidence: &str,
    disputed: &str,
    uid: &str,
) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    format!(
        "{id},{},,,,{event_type},{status},{},{},{},,,,,,,{},{},,,{},{}\n",
        q(date),
        q(title),
        q(actors),
        q(place),
        q(sources),
        q(evidence),
        q(disputed),
        q(uid)
    )
}

#[test]
fn text_cannot_break_out_of_the_data() {
    let wd = Workdir::new();
    let hostile = "</script><script>alert(1)</script><!-- <b>";
    let csv = format!(
        "{TARIKH_CSV_HEADER}\n{}{}",
        row(
            1,
            "2021-04-29",
            "armed_clash",
            "occurred",
            hostile,
            "Kyrgyzstan; </SCRIPT >",
            "<!--Batken",
            "Wire </script>",
            "He said \"</script>\" twice: </script>",
            "date: 2021-04-29 (a) / 2021-04-30 (</script>)",
            "hostile-1",
        ),
        row(
            2,
            "2021-04-30",
            "shelling",
            "claimed",
            "{{DATA}} {{JS}}",
            "Tajikistan",
            "Isfara",
            "Wire",
            "Plain.",
            "",
            "hostile-2",
        ),
    );
    wd.write("hostile.csv", csv);
    wd.stdout(&["import", "hostile.csv"]);
    let page = export_page(&wd, &["--title", "</title><script>alert(2)</script>"]);
    // Three script elements, three ends: the meta, the data and the page's own script.
    assert_eq!(
        page.matches("</script>").count(),
        3,
        "a script element was closed early"
    );
    assert_eq!(page.to_ascii_lowercase().matches("</script").count(), 3);
    assert!(!script_json(&page, "tarikh-data").contains('<'));
    assert!(!script_json(&page, "tarikh-meta").contains('<'));
    assert!(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>"));
    // The text comes back as written.
    let items = page_data(&page);
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["title"], hostile);
    assert_eq!(
        strings(&items[0]["actors"]),
        vec!["Kyrgyzstan", "</SCRIPT >"]
    );
    assert_eq!(items[0]["place"], "<!--Batken");
    assert_eq!(
        strings(&items[0]["evidence"]),
        vec!["He said \"</script>\" twice: </script>"]
    );
    assert_eq!(items[1]["title"], "{{DATA}} {{JS}}");
    let meta: Value = serde_json::from_str(script_json(&page, "tarikh-meta")).expect("meta parses");
    assert_eq!(meta["title"], "</title><script>alert(2)</script>");
}

#[test]
fn each_kind_of_date_says_how_to_draw_it() {
    let wd = Workdir::new();
    let dates = [
        ("2021-04-29", "day", Some("2021-04-29"), Some("2021-04-29")),
        ("2021-04-29?", "day", Some("2021-04-29"), Some("2021-04-29")),
        (
            "2021-04-28/2021-05-01",
            "span",
            Some("2021-04-28"),
            Some("2021-05-01"),
        ),
        (
            "2021-05-21/2021-05-31~",
            "span",
            Some("2021-05-21"),
            Some("2021-05-31"),
        ),
        ("2021-04-28/..", "span", Some("2021-04-28"), None),
        (
            "[2021-04-29..2021-05-10]",
            "within",
            Some("2021-04-29"),
            Some("2021-05-10"),
        ),
        ("[..2021-05-10]", "within", None, Some("2021-05-10")),
        ("[2021-05-01..]", "within", Some("2021-05-01"), None),
        ("2021-05", "within", Some("2021-05-01"), Some("2021-05-31")),
        ("1991", "within", Some("1991-01-01"), Some("1991-12-31")),
    ];
    let mut csv = format!("{TARIKH_CSV_HEADER}\n");
    for (k, (date, ..)) in dates.iter().enumerate() {
        csv.push_str(&row(
            k + 1,
            date,
            "armed_clash",
            "occurred",
            &format!("clash {k}"),
            "Kyrgyzstan",
            "Batken",
            "Wire",
            "Fighting.",
            "",
            &format!("date-{k}"),
        ));
    }
    wd.write("dates.csv", csv);
    wd.stdout(&["import", "dates.csv"]);
    let items = page_data(&export_page(&wd, &[]));
    assert_eq!(items.len(), dates.len());
    for (date, shape, start, end) in dates {
        let item = items
            .iter()
            .find(|i| i["date"]["edtf"] == date)
            .unwrap_or_else(|| panic!("{date} is in the page"));
        let when = &item["date"];
        assert_eq!(when["shape"], shape, "{date}");
        assert_eq!(when["start"].as_str(), start, "{date}");
        assert_eq!(when["end"].as_str(), end, "{date}");
        assert_eq!(when["approximate"], date.ends_with('~'), "{date}");
        assert_eq!(when["uncertain"], date.ends_with('?'), "{date}");
        assert_eq!(when["ongoing"], date.ends_with(".."), "{date}");
        assert!(!when["text"].as_str().unwrap_or_default().is_empty());
    }
    let before = items
        .iter()
        .find(|i| i["date"]["edtf"] == "[..2021-05-10]")
        .unwrap();
    assert_eq!(before["date"]["text"], "on or before 10 May 2021");
}

#[test]
fn the_format_follows_the_file_name_and_goes_to_standard_output() {
    let wd = bundled();
    for name in ["a.html", "b.HTM"] {
        wd.stdout(&["export", "-o", name]);
        let page = String::from_utf8(wd.read(name)).unwrap();
        assert!(page.starts_with("<!DOCTYPE html>"), "{name} is not a page");
    }
    let out = wd.stdout(&[
        "export",
        "-o",
        "-",
        "--format",
        "html",
        "--type",
        "ceasefire",
    ]);
    let items = page_data(&out);
    assert!(!items.is_empty());
    assert!(
        items.iter().all(|i| i["event_type"] == "ceasefire"),
        "the filter applies"
    );
    // Nothing matches: still a page, with no incidents.
    let out = wd.stdout(&["export", "-o", "-", "--format", "html", "--type", "aid"]);
    assert!(page_data(&out).is_empty());
    assert!(out.contains("</html>"));
}

#[test]
fn twenty_thousand_incidents_make_a_page_of_reasonable_size() {
    const N: usize = 20_000;
    let wd = Workdir::new();
    let types = ["armed_clash", "shelling", "ceasefire", "talks", "statement"];
    let mut csv = format!("{TARIKH_CSV_HEADER}\n");
    for k in 0..N {
        // Five years of days, each kind of date, Arabic in one row of four.
        let day = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).unwrap()
            + chrono::Days::new((k * 1826 / N) as u64);
        let date = match k % 5 {
            0 => day.to_string(),
            1 => day.format("%Y-%m").to_string(),
            2 => format!("[{day}..{}]", day + chrono::Days::new(5)),
            3 => format!("[..{day}]"),
            _ => format!("{day}/{}~", day + chrono::Days::new(3)),
        };
        let arabic = k % 4 == 0;
        let (title, evidence) = if arabic {
            (
                format!("اشتباك على الحدود رقم {k}"),
                format!(
                    "قال مسؤولون إن اشتباكا وقع قرب القرية {k} وأسفر عن سقوط قتلى وجرحى من الجانبين."
                ),
            )
        } else {
            (
                format!("Border clash number {k}"),
                format!(
                    "Officials said guards exchanged fire near village {k}, leaving several dead and wounded on both sides."
                ),
            )
        };
        csv.push_str(&row(
            k + 1,
            &date,
            types[k % types.len()],
            "occurred",
            &title,
            "Kyrgyzstan; Tajikistan",
            &format!("Village {}", k % 500),
            "Synthetic Wire",
            &evidence,
            "",
            &format!("synthetic-{k}"),
        ));
    }
    wd.write("large.csv", &csv);
    wd.stdout(&["import", "large.csv"]);
    let page = export_page(&wd, &["--title", "20,000"]);
    let items = page_data(&page);
    assert_eq!(items.len(), N);
    let uids: HashSet<&str> = items.iter().filter_map(|i| i["uid"].as_str()).collect();
    assert_eq!(uids.len(), N, "every incident once");
    // Reasonable: the frame is small, and the page costs no more than twice the JSON Lines
    // export of the same incidents (that is the data, once, in its plainest form).
    let frame = frame(&page).len();
    assert!(frame < 150_000, "the frame alone is {frame} bytes");
    let jsonl = wd.stdout(&["export", "-o", "-", "--format", "jsonl"]).len();
    assert!(
        page.len() < 2 * jsonl,
        "the page is {} bytes, the JSON Lines export {jsonl}",
        page.len()
    );
}
