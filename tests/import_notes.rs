//! The notes `import` prints about a report's incidents name them by the id they were stored
//! under, which `tarikh show` takes; a dry run, which stores nothing, names them by their place
//! in the report.

mod workdir;

use workdir::Workdir;

const REPORT: &str = "---\ntitle: Clash\nsource: Example Wire\npublished: 2021-05-01\nlanguage: en\n---\nTroops of Kyrgyzstan and Tajikistan exchanged fire near Vorukh on Thursday.\n\nTajikistan accused Kyrgyzstan of shelling the village of Kok-Tash.\n";

#[test]
fn notes_on_incidents_name_their_stored_ids() {
    let wd = Workdir::new();
    // Ids 1 and 2 are taken, so that a report's first incident is not stored as 1.
    for title in ["Earlier talks", "Earlier visit"] {
        wd.stdout(&[
            "add",
            "--date",
            "2020-01-01",
            "--type",
            "talks",
            "--title",
            title,
        ]);
    }
    let file = wd.write("clash.txt", REPORT);
    let path = file.to_str().expect("utf-8 path");

    let dry = wd.run(&["import", "--dry-run", path]);
    let dry_notes = String::from_utf8_lossy(&dry.stderr);
    assert!(dry_notes.contains("incident 2 '"), "{dry_notes}");

    let out = wd.run(&["import", path]);
    assert!(out.status.success());
    let notes = String::from_utf8_lossy(&out.stderr);
    let named: Vec<i64> = notes
        .lines()
        .filter_map(|l| {
            l.split_once(": incident ")?
                .1
                .split_once(' ')?
                .0
                .parse()
                .ok()
        })
        .collect();
    assert!(!named.is_empty(), "{notes}");
    for id in named {
        assert!(
            id > 2,
            "a note names incident {id}, not a stored id: {notes}"
        );
        let shown = wd.stdout(&["show", &id.to_string()]);
        assert!(shown.contains("Example Wire"), "{shown}");
    }
}

/// A report that names no source, and has no URL to name its site, is credited to its
/// headline, and the import says so and how to name it.
#[test]
fn a_report_without_a_source_is_credited_to_its_headline_and_the_import_says_so() {
    let wd = Workdir::new();
    let without = wd.write(
        "bare.txt",
        "---\ntitle: Talks in Bishkek\npublished: 2021-05-03\nlanguage: en\n---\nThe foreign ministers of Kyrgyzstan and Tajikistan held talks in Bishkek on Monday.\n",
    );
    let out = wd.run(&["import", without.to_str().expect("utf-8 path")]);
    assert!(out.status.success());
    let notes = String::from_utf8_lossy(&out.stderr);
    assert!(
        notes.contains("no source named")
            && notes.contains("credited to its headline 'Talks in Bishkek'")
            && notes.contains("--source"),
        "{notes}"
    );

    // A URL names the site; a named source needs no note either.
    let with_url = wd.write(
        "scraped.txt",
        "---\ntitle: Border clash\nurl: https://www.steppe-news.example/2021/04/30/clash\npublished: 2021-04-30\nlanguage: en\n---\nTroops of Kyrgyzstan and Tajikistan exchanged fire near Vorukh on Thursday.\n",
    );
    let named = wd.write("named.txt", REPORT);
    for file in [with_url, named] {
        let out = wd.run(&["import", file.to_str().expect("utf-8 path")]);
        assert!(!String::from_utf8_lossy(&out.stderr).contains("no source named"));
    }
    let exported = wd.stdout(&["export", "--format", "jsonl", "-o", "-"]);
    assert!(
        exported.contains("\"sources\":[\"steppe-news.example\""),
        "{exported}"
    );
}

/// A note names the incident that holds its reading when the import ends, also when a later
/// report of the same command moves the reading (here, reports read again with `--replace`
/// are grouped one by one, and a new report after them joins their incidents).
#[test]
fn notes_name_where_each_reading_ends_up() {
    let wd = Workdir::new();
    let reports = [
        "data/reports/2021-04-29-steppe-wire-clash.en.txt",
        "data/reports/2021-04-30-frontier-ministry-statement.en.txt",
        "data/reports/2021-04-30-regional-news-agency-clash.ar.txt",
    ]
    .map(|p| {
        workdir::repo_file(p)
            .to_str()
            .expect("utf-8 path")
            .to_string()
    });
    let first = wd.run(&["import", &reports[0], &reports[1]]);
    assert!(first.status.success());
    let out = wd.run(&["import", "--replace", &reports[0], &reports[1], &reports[2]]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let notes = String::from_utf8_lossy(&out.stderr);
    let mut checked = 0;
    for report in &reports {
        let text = std::fs::read_to_string(report).expect("a bundled report");
        let source = text
            .lines()
            .find_map(|l| l.strip_prefix("source: "))
            .expect("a source in the front matter");
        for line in notes.lines() {
            let Some(id) = line
                .strip_prefix(&format!("{report}: incident "))
                .and_then(|rest| rest.split_once(' '))
                .and_then(|(id, _)| id.parse::<i64>().ok())
            else {
                continue;
            };
            let shown = wd.stdout(&["show", &id.to_string()]);
            assert!(!shown.contains("DELETED"), "{line}\n{shown}");
            assert!(
                shown.contains(source),
                "{line}: not told by {source}\n{shown}"
            );
            checked += 1;
        }
    }
    assert!(checked >= 6, "{notes}");
}

/// With --replace, a later file of the same import that replaces an earlier one (the same URL)
/// leaves the earlier one's line saying so, not naming the later one's incidents as its own.
#[test]
fn a_file_replaced_later_in_the_same_import_says_so() {
    let wd = Workdir::new();
    let text = std::fs::read_to_string(workdir::repo_file(
        "data/reports/2021-04-29-steppe-wire-clash.en.txt",
    ))
    .expect("a bundled report");
    assert!(text.contains("\nurl: "), "the report has a URL");
    let first = wd.write(
        "first.txt",
        text.replacen("title: ", "title: First version of ", 1),
    );
    let second = wd.write(
        "second.txt",
        text.replacen("title: ", "title: Corrected ", 1),
    );
    let (first, second) = (
        first.to_str().expect("utf-8 path"),
        second.to_str().expect("utf-8 path"),
    );
    let out = wd.run(&["import", "--replace", first, second]);
    assert!(out.status.success());
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains(&format!(
            "{first}: replaced by {second} later in this import"
        )),
        "{said}"
    );
    assert!(
        !said.contains(&format!("{first}: incident ")),
        "the first file's notes name the second's incidents: {said}"
    );
    assert!(
        said.contains(&format!("{second}: replaces stored report")),
        "{said}"
    );
}
