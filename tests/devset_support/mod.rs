//! Scoring for the blind development sets: gold files read, tarikh run through its library,
//! mentions matched to gold rows, and the figures the issue tracker asks for.
//!
//! Reports (`NN-name.txt` + `NN-name.gold.tsv`): a gold row is found when an incident of the
//! same type family carries the row's evidence phrase in one of its evidence sentences (one
//! incident per row). Precision is matched incidents over all incidents; an exact date has the
//! same first and last possible day as the gold; a silently wrong date is a matched incident
//! whose span does not meet the gold span at all.
//!
//! English news texts (`xNN.txt` + `xNN.tsv`, TimeML values): a gold expression is found when
//! an expression tarikh resolves overlaps it; exact when the spans of days agree; wrong when
//! they do not meet. `PRESENT_REF`/`PAST_REF`/`FUTURE_REF` and fiscal years are counted apart
//! (tarikh gives no value for them), as is anything tarikh tags that the gold does not hold.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use chrono::{Datelike, NaiveDate, Weekday};
use tarikh::date::last_day_of_month;
use tarikh::ingest::layout::frontmatter;
use tarikh::ingest::{IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident};
use tarikh::tagger::{Lang, TagOptions, tag};

type Span = (Option<NaiveDate>, Option<NaiveDate>);

fn ymd(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn iso_day(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// Whether two spans of days share at least one day (open ends reach forever).
fn meet(a: Span, b: Span) -> bool {
    let starts_before_end = |s: Option<NaiveDate>, e: Option<NaiveDate>| match (s, e) {
        (Some(s), Some(e)) => s <= e,
        _ => true,
    };
    starts_before_end(a.0, b.1) && starts_before_end(b.0, a.1)
}

/// Families of event types that a scorer lets meet: the same act is coded as a clash by one
/// reader and as the shelling in it by another, but never as talks.
fn family(t: EventType) -> u8 {
    use EventType::*;
    match t {
        ArmedClash | Shelling | AirStrike | Attack | MobViolence | ViolentDemonstration
        | PropertyDestruction => 1,
        Ceasefire | Agreement => 2,
        Withdrawal | Deployment => 3,
        Talks | Visit => 4,
        Statement | Accusation | Protest => 5,
        Arrest => 6,
        Displacement => 7,
        Aid => 8,
        Other => 9,
    }
}

fn files(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(ext))
        .collect();
    v.sort();
    v
}

// ---------------------------------------------------------------------------------------------
// Reports

#[derive(Debug, Clone)]
pub struct GoldRow {
    pub span: Span,
    pub precision: String,
    pub event_type: EventType,
    pub status: String,
    pub evidence: String,
    /// The real incident's key in a merge set (`tests/data/mergeset/`): the same in every
    /// report that tells it. Empty in the report sets.
    pub event: String,
    pub line: usize,
}

/// The publication day and rows of a `.gold.tsv` file.
pub fn read_gold(path: &Path) -> (NaiveDate, Vec<GoldRow>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut published = None;
    let mut rows = Vec::new();
    let mut header: Option<Vec<String>> = None;
    for (n, line) in text.lines().enumerate() {
        if let Some(rest) = line.strip_prefix('#') {
            if let Some(v) = rest.trim().strip_prefix("published:") {
                published = iso_day(v);
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        let Some(h) = &header else {
            header = Some(cells.iter().map(|c| c.trim().to_string()).collect());
            continue;
        };
        let get = |name: &str| {
            h.iter()
                .position(|c| c == name)
                .and_then(|i| cells.get(i))
                .map_or("", |c| c.trim())
        };
        let event_type: EventType = get("event_type")
            .parse()
            .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
        rows.push(GoldRow {
            span: (iso_day(get("date_start")), iso_day(get("date_end"))),
            precision: get("precision").to_string(),
            event_type,
            status: get("status").to_string(),
            evidence: get("evidence").to_string(),
            event: get("event").to_string(),
            line: n + 1,
        });
    }
    let published =
        published.unwrap_or_else(|| panic!("{}: no '# published:' line", path.display()));
    (published, rows)
}

#[derive(Debug, Default, Clone)]
pub struct ReportScore {
    pub gold: usize,
    pub system: usize,
    pub matched: usize,
    pub exact: usize,
    pub wrong: usize,
    pub same_type: usize,
    pub same_status: usize,
    pub refused: usize,
    /// Misses by cause, counts only (safe to print for unread sets): no incident carries the
    /// evidence; only incidents of another type family carry it; every carrier went to
    /// another gold row (tarikh made one incident of several).
    pub missed_no_incident: usize,
    pub missed_other_family: usize,
    pub missed_all_taken: usize,
    /// Wrong dates by side: tarikh's span ends before the gold's starts, or starts after it ends.
    pub wrong_early: usize,
    pub wrong_late: usize,
    /// Extra incidents: in a sentence that carries some gold row's evidence (a split or a
    /// type the gold does not give), or in one that carries none.
    pub extra_in_gold_sentence: usize,
    pub extra_elsewhere: usize,
}

impl ReportScore {
    pub fn found(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.system)
    }
    pub fn exact(&self) -> f64 {
        ratio(self.exact, self.gold)
    }
    pub fn add(&mut self, o: &ReportScore) {
        self.gold += o.gold;
        self.system += o.system;
        self.matched += o.matched;
        self.exact += o.exact;
        self.wrong += o.wrong;
        self.same_type += o.same_type;
        self.same_status += o.same_status;
        self.refused += o.refused;
        self.missed_no_incident += o.missed_no_incident;
        self.missed_other_family += o.missed_other_family;
        self.missed_all_taken += o.missed_all_taken;
        self.wrong_early += o.wrong_early;
        self.wrong_late += o.wrong_late;
        self.extra_in_gold_sentence += o.extra_in_gold_sentence;
        self.extra_elsewhere += o.extra_elsewhere;
    }
    /// Counts of misses by cause and of wrong dates by side, without any text.
    pub fn breakdown(&self) -> String {
        format!(
            "missed: no incident {} other type family {} merged into another {} | extra: in a gold sentence {} elsewhere {} | wrong: early {} late {}",
            self.missed_no_incident,
            self.missed_other_family,
            self.missed_all_taken,
            self.extra_in_gold_sentence,
            self.extra_elsewhere,
            self.wrong_early,
            self.wrong_late,
        )
    }
    pub fn summary(&self) -> String {
        format!(
            "gold {} system {} | found {:.2} precision {:.2} exact date {:.2} wrong {} | type {:.2} status {:.2} (of matched) | refused reports {}",
            self.gold,
            self.system,
            self.found(),
            self.precision(),
            self.exact(),
            self.wrong,
            ratio(self.same_type, self.matched),
            ratio(self.same_status, self.matched),
            self.refused,
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn show_span(s: Span) -> String {
    let d = |x: Option<NaiveDate>| x.map_or("..".to_string(), |d| d.to_string());
    if s.0 == s.1 && s.0.is_some() {
        d(s.0)
    } else {
        format!("[{} .. {}]", d(s.0), d(s.1))
    }
}

/// Each gold row's incident among `incidents`, if any: one that carries the row's evidence
/// phrase in one of its evidence sentences and is of the same type family, one incident per
/// row, the best candidates first: a span that meets the row's (of two incidents one sentence
/// tells, the one whose date fits is the one telling the row), then the same type, then the
/// same span.
pub fn align(gold: &[GoldRow], incidents: &[Incident]) -> Vec<Option<usize>> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        let phrase = squash(&g.evidence);
        for (si, inc) in incidents.iter().enumerate() {
            let carries = inc
                .evidence
                .iter()
                .any(|e| squash(&e.sentence).contains(&phrase));
            if !carries || family(inc.event_type) != family(g.event_type) {
                continue;
            }
            let span = (inc.date.earliest(), inc.date.latest());
            let rank = (
                !meet(span, g.span),
                inc.event_type != g.event_type,
                span != g.span,
            );
            pairs.push((rank, gi, si));
        }
    }
    pairs.sort();
    let mut gold_taken = vec![None; gold.len()];
    let mut sys_taken = vec![false; incidents.len()];
    for (_, gi, si) in pairs {
        if gold_taken[gi].is_none() && !sys_taken[si] {
            gold_taken[gi] = Some(si);
            sys_taken[si] = true;
        }
    }
    gold_taken
}

/// Score every report of a folder against its gold.
pub fn score_reports(dir: &str, verbose: bool) -> ReportScore {
    let mut total = ReportScore::default();
    for gold_path in files(dir, ".gold.tsv") {
        let name = gold_path.to_string_lossy().replace(".gold.tsv", ".txt");
        let (published, gold) = read_gold(&gold_path);
        let raw = std::fs::read_to_string(&name).unwrap_or_else(|e| panic!("{name}: {e}"));
        let options = IngestOptions {
            published: Some(published),
            ..Default::default()
        };
        let mut s = ReportScore {
            gold: gold.len(),
            ..Default::default()
        };
        let mut log = String::new();
        match ingest_report(&name, &raw, &options) {
            Err(e) => {
                s.refused = 1;
                let _ = writeln!(log, "  refused: {e}");
            }
            Ok(x) => {
                s.system = x.incidents.len();
                let gold_taken = align(&gold, &x.incidents);
                let mut sys_taken = vec![false; x.incidents.len()];
                for si in gold_taken.iter().flatten() {
                    sys_taken[*si] = true;
                }
                for (gi, g) in gold.iter().enumerate() {
                    let Some(si) = gold_taken[gi] else {
                        // Why: no incident carries the phrase, or one of another family does,
                        // or one that another gold row took.
                        let phrase = squash(&g.evidence);
                        let carriers: Vec<String> = x
                            .incidents
                            .iter()
                            .enumerate()
                            .filter(|(_, i)| {
                                i.evidence
                                    .iter()
                                    .any(|e| squash(&e.sentence).contains(&phrase))
                            })
                            .map(|(k, i)| {
                                let taken = if sys_taken[k] { " taken" } else { "" };
                                format!("{}{taken}", i.event_type)
                            })
                            .collect();
                        if carriers.is_empty() {
                            s.missed_no_incident += 1;
                        } else if carriers.iter().all(|c| c.ends_with(" taken")) {
                            s.missed_all_taken += 1;
                        } else {
                            s.missed_other_family += 1;
                        }
                        let why = if carriers.is_empty() {
                            "no incident".to_string()
                        } else {
                            carriers.join(", ")
                        };
                        let _ = writeln!(
                            log,
                            "  MISSED  line {:>2} {} {} {} '{}' [{why}]",
                            g.line,
                            show_span(g.span),
                            g.event_type,
                            g.status,
                            g.evidence
                        );
                        continue;
                    };
                    let inc = &x.incidents[si];
                    s.matched += 1;
                    let span = (inc.date.earliest(), inc.date.latest());
                    if inc.event_type == g.event_type {
                        s.same_type += 1;
                    }
                    if inc.status.as_str() == g.status {
                        s.same_status += 1;
                    }
                    if span == g.span {
                        s.exact += 1;
                    } else {
                        let wrong = !meet(span, g.span);
                        if wrong {
                            s.wrong += 1;
                            match (span.1, g.span.0) {
                                (Some(end), Some(start)) if end < start => s.wrong_early += 1,
                                _ => s.wrong_late += 1,
                            }
                        }
                        let _ = writeln!(
                            log,
                            "  {}  line {:>2} gold {} ({}) got {} | {} {} '{}'",
                            if wrong { "WRONG " } else { "INEXACT" },
                            g.line,
                            show_span(g.span),
                            g.precision,
                            inc.date.to_edtf(),
                            g.event_type,
                            g.status,
                            g.evidence
                        );
                    }
                    if inc.status.as_str() != g.status {
                        let _ = writeln!(
                            log,
                            "  STATUS  line {:>2} gold {} got {} '{}'",
                            g.line, g.status, inc.status, g.evidence
                        );
                    }
                }
                for (si, inc) in x.incidents.iter().enumerate() {
                    if !sys_taken[si] {
                        let in_gold_sentence = gold.iter().any(|g| {
                            let phrase = squash(&g.evidence);
                            inc.evidence
                                .iter()
                                .any(|e| squash(&e.sentence).contains(&phrase))
                        });
                        if in_gold_sentence {
                            s.extra_in_gold_sentence += 1;
                        } else {
                            s.extra_elsewhere += 1;
                        }
                        let first = inc
                            .evidence
                            .first()
                            .map(|e| e.sentence.chars().take(90).collect::<String>())
                            .unwrap_or_default();
                        let _ = writeln!(
                            log,
                            "  EXTRA{}  {} {} {} | {}",
                            if in_gold_sentence { "+" } else { " " },
                            inc.date.to_edtf(),
                            inc.event_type,
                            inc.status,
                            first
                        );
                    }
                }
            }
        }
        if verbose {
            println!("{name}: {}\n{log}", s.summary());
        }
        total.add(&s);
    }
    total
}

// ---------------------------------------------------------------------------------------------
// TimeML values

/// The span of days a TimeML value names; `None` for values tarikh does not resolve (references
/// to the present, past or future; fiscal years; times without a date).
pub fn timeml_span(value: &str) -> Option<(NaiveDate, NaiveDate)> {
    let v = value.trim();
    let date_part = v.split('T').next()?;
    let parts: Vec<&str> = date_part.split('-').collect();
    let year = |s: &str| -> Option<i32> {
        (s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse().ok())?
    };
    match parts.as_slice() {
        [y] if y.len() == 4 => {
            let y = year(y)?;
            Some((ymd(y, 1, 1)?, ymd(y, 12, 31)?))
        }
        [d] if d.len() == 3 => {
            let y = year(d)? * 10;
            Some((ymd(y, 1, 1)?, ymd(y + 9, 12, 31)?))
        }
        [c] if c.len() == 2 => {
            let y = year(c)? * 100;
            Some((ymd(y, 1, 1)?, ymd(y + 99, 12, 31)?))
        }
        [y, m] if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) => {
            let (y, m) = (year(y)?, m.parse().ok()?);
            Some((ymd(y, m, 1)?, last_day_of_month(y, m)))
        }
        [y, w] if w.starts_with('W') => {
            let (y, w) = (year(y)?, w[1..].parse().ok()?);
            let monday = NaiveDate::from_isoywd_opt(y, w, Weekday::Mon)?;
            Some((monday, monday + chrono::Days::new(6)))
        }
        [y, q] if q.starts_with('Q') => {
            let (y, q): (i32, u32) = (year(y)?, q[1..].parse().ok()?);
            let m = (q - 1) * 3 + 1;
            Some((ymd(y, m, 1)?, last_day_of_month(y, m + 2)))
        }
        [y, h] if h.starts_with('H') => {
            let (y, h): (i32, u32) = (year(y)?, h[1..].parse().ok()?);
            let m = (h - 1) * 6 + 1;
            Some((ymd(y, m, 1)?, last_day_of_month(y, m + 5)))
        }
        [y, s] if ["SP", "SU", "FA", "WI"].contains(s) => {
            let y = year(y)?;
            Some(match *s {
                "SP" => (ymd(y, 3, 1)?, ymd(y, 5, 31)?),
                "SU" => (ymd(y, 6, 1)?, ymd(y, 8, 31)?),
                "FA" => (ymd(y, 9, 1)?, ymd(y, 11, 30)?),
                _ => (ymd(y, 12, 1)?, last_day_of_month(y + 1, 2)),
            })
        }
        [y, m, d] => {
            let d = ymd(year(y)?, m.parse().ok()?, d.get(..2)?.parse().ok()?)?;
            Some((d, d))
        }
        _ => None,
    }
}

#[derive(Debug, Default, Clone)]
pub struct TimexScore {
    /// Gold expressions with a value tarikh can give (a span of days).
    pub gold: usize,
    /// Gold expressions without one (PRESENT_REF, fiscal years, ...).
    pub unresolvable: usize,
    pub found: usize,
    pub exact: usize,
    pub wrong: usize,
    /// Expressions tarikh resolved that overlap no gold expression.
    pub extra: usize,
    /// Expressions tarikh resolved.
    pub system: usize,
    /// Per kind of gold value: (gold, exact, wrong).
    pub by_kind: BTreeMap<&'static str, (usize, usize, usize)>,
}

impl TimexScore {
    pub fn exact(&self) -> f64 {
        ratio(self.exact, self.gold)
    }
    pub fn wrong_rate(&self) -> f64 {
        ratio(self.wrong, self.gold)
    }
    /// Of the expressions tarikh resolved on gold expressions, the share whose span is right.
    pub fn precision(&self) -> f64 {
        ratio(self.exact, self.found)
    }
    pub fn summary(&self) -> String {
        let kinds: Vec<String> = self
            .by_kind
            .iter()
            .map(|(k, (g, e, w))| format!("{k} {e}/{g} ({w} wrong)"))
            .collect();
        format!(
            "gold {} (+{} without a span) | found {:.2} exact {:.2} precision {:.2} wrong {:.3} ({}) | tagged outside the gold {} of {} | {}",
            self.gold,
            self.unresolvable,
            ratio(self.found, self.gold),
            self.exact(),
            self.precision(),
            self.wrong_rate(),
            self.wrong,
            self.extra,
            self.system,
            kinds.join(", ")
        )
    }
}

fn kind_of(value: &str) -> &'static str {
    let d = value.split('T').next().unwrap_or("");
    let parts: Vec<&str> = d.split('-').collect();
    match parts.as_slice() {
        [y] if y.len() == 4 => "year",
        [_] => "decade",
        [_, m] if m.starts_with('W') => "week",
        [_, m] if m.starts_with('Q') || m.starts_with('H') => "quarter",
        [_, m] if m.len() == 2 && m.chars().all(|c| c.is_ascii_digit()) => "month",
        [_, _] => "season",
        _ => "day",
    }
}

/// Score the tagger on every `*.tsv` of a folder (with its `.txt`).
pub fn score_timex(dir: &str, verbose: bool) -> TimexScore {
    let mut s = TimexScore::default();
    for tsv in files(dir, ".tsv") {
        let txt = tsv.to_string_lossy().replace(".tsv", ".txt");
        let raw = std::fs::read_to_string(&txt).unwrap_or_else(|e| panic!("{txt}: {e}"));
        let (fm, at) = frontmatter::split(&raw).unwrap_or_else(|e| panic!("{txt}: {e}"));
        let body = &raw[at..];
        let published = fm
            .published
            .as_deref()
            .and_then(iso_day)
            .unwrap_or_else(|| panic!("{txt}: no published day"));
        let exprs = tag(
            body,
            &TagOptions {
                published,
                lang: Some(Lang::En),
            },
        );
        let resolved: Vec<_> = exprs.iter().filter(|e| e.date.is_some()).collect();
        s.system += resolved.len();
        let mut used = vec![false; resolved.len()];
        let gold_text = std::fs::read_to_string(&tsv).unwrap_or_default();
        let mut log = String::new();
        for (n, line) in gold_text.lines().enumerate().skip(1) {
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() < 4 {
                continue;
            }
            let (text, occurrence, value) = (cells[0], cells[1], cells[3].trim());
            let occurrence: usize = occurrence.trim().parse().unwrap_or(1);
            let Some(start) = body
                .match_indices(text)
                .nth(occurrence.saturating_sub(1))
                .map(|(i, _)| i)
            else {
                let _ = writeln!(
                    log,
                    "  gold line {} '{text}' #{occurrence} not in the text",
                    n + 1
                );
                continue;
            };
            let end = start + text.len();
            let hit = resolved.iter().position(|e| e.start < end && start < e.end);
            let Some(span) = timeml_span(value) else {
                s.unresolvable += 1;
                if let Some(k) = hit {
                    used[k] = true;
                }
                continue;
            };
            let kind = kind_of(value);
            s.gold += 1;
            let entry = s.by_kind.entry(kind).or_default();
            entry.0 += 1;
            let Some(k) = hit else {
                let _ = writeln!(log, "  MISSED  '{text}' = {value}");
                continue;
            };
            used[k] = true;
            s.found += 1;
            let e = resolved[k];
            let date = e.date.expect("resolved");
            let got = (date.earliest(), date.latest());
            if got == (Some(span.0), Some(span.1)) {
                s.exact += 1;
                entry.1 += 1;
            } else {
                let wrong = !meet(got, (Some(span.0), Some(span.1)));
                if wrong {
                    s.wrong += 1;
                    entry.2 += 1;
                }
                let _ = writeln!(
                    log,
                    "  {}  '{text}' = {value} got '{}' {} ({})",
                    if wrong { "WRONG  " } else { "INEXACT" },
                    e.text,
                    date.to_edtf(),
                    e.rule
                );
            }
        }
        for (k, e) in resolved.iter().enumerate() {
            if !used[k] {
                s.extra += 1;
                let _ = writeln!(
                    log,
                    "  EXTRA   '{}' {} ({})",
                    e.text,
                    e.date.map(|d| d.to_edtf()).unwrap_or_default(),
                    e.rule
                );
            }
        }
        if verbose {
            println!(
                "{txt} (published {published}, {})\n{log}",
                published.weekday()
            );
        }
    }
    s
}

// ---------------------------------------------------------------------------------------------
// Merging across reports

/// Merge figures over pairs of mentions from different reports, as issue 8 counts them. A
/// mention is a gold row; it is aligned when a stored reading carries it (as in the report
/// sets), and two aligned mentions are merged when their readings sit in one incident.
#[derive(Debug, Default, Clone)]
pub struct MergeScore {
    pub reports: usize,
    pub refused: usize,
    pub mentions: usize,
    pub aligned: usize,
    /// Events told by two or more reports.
    pub shared_events: usize,
    /// Pairs of mentions of one event from different reports; and of those, the pairs whose
    /// two mentions were both aligned (the pairs the merge could join).
    pub gold_pairs: usize,
    pub gold_pairs_aligned: usize,
    /// Pairs of aligned mentions from different reports in one incident; and of those, the
    /// pairs of one event.
    pub merged_pairs: usize,
    pub true_pairs: usize,
    /// Over the events, the incidents holding an event's aligned mentions, less one.
    pub duplicates: usize,
    /// Over the incidents, the events whose aligned mentions one incident holds, less one.
    pub conflated: usize,
}

impl MergeScore {
    pub fn precision(&self) -> f64 {
        ratio(self.true_pairs, self.merged_pairs)
    }
    /// Recall over every pair of the gold: a mention tarikh did not read joins nothing.
    pub fn recall(&self) -> f64 {
        ratio(self.true_pairs, self.gold_pairs)
    }
    /// Recall over the pairs whose mentions were both read: the merge's own share.
    pub fn recall_aligned(&self) -> f64 {
        ratio(self.true_pairs, self.gold_pairs_aligned)
    }
    pub fn summary(&self) -> String {
        format!(
            "reports {} (refused {}) mentions {} aligned {} | shared events {} pairs {} (both read {}) | merge precision {:.2} recall {:.2} (of read pairs {:.2}) | duplicate copies {} events conflated {}",
            self.reports,
            self.refused,
            self.mentions,
            self.aligned,
            self.shared_events,
            self.gold_pairs,
            self.gold_pairs_aligned,
            self.precision(),
            self.recall(),
            self.recall_aligned(),
            self.duplicates,
            self.conflated,
        )
    }
}

/// Import every report of a merge set (`en/` and `ar/`, with `event` keys in the gold) into
/// one in-memory database, as `tarikh import` stores them, and score how the readings were
/// grouped into incidents. `verbose` lists the wrong and the missed merges (read sets only).
pub fn score_merge(dir: &str, verbose: bool) -> MergeScore {
    use std::collections::{BTreeSet, HashMap};
    use tarikh::ingest::Vocabulary;
    use tarikh::store::{Filter, Store, StoreError};

    let names = &Vocabulary::builtin()
        .expect("the built-in vocabulary")
        .gazetteer;
    let mut store = Store::open_in_memory().expect("a database");
    let mut score = MergeScore::default();
    // Each gold mention: (report, row, the key of the reading that carries it).
    let mut mentions: Vec<(String, GoldRow, Option<String>)> = Vec::new();
    let mut staged = Vec::new();
    for lang in ["en", "ar", "ru"] {
        for gold_path in files(&format!("{dir}/{lang}"), ".gold.tsv") {
            let name = gold_path.to_string_lossy().replace(".gold.tsv", ".txt");
            let short = Path::new(&name)
                .file_name()
                .map_or(name.clone(), |f| f.to_string_lossy().into_owned());
            let (published, gold) = read_gold(&gold_path);
            let raw = std::fs::read_to_string(&name).unwrap_or_else(|e| panic!("{name}: {e}"));
            let options = IngestOptions {
                published: Some(published),
                ..Default::default()
            };
            score.reports += 1;
            let Ok(x) = ingest_report(&name, &raw, &options) else {
                score.refused += 1;
                mentions.extend(gold.into_iter().map(|g| (short.clone(), g, None)));
                continue;
            };
            let taken = align(&gold, &x.incidents);
            for (g, si) in gold.into_iter().zip(taken) {
                // A reading's key as the store makes it: its report, its first sentence, its
                // type (one sentence can tell several incidents).
                let key = si.and_then(|si| {
                    let incident = &x.incidents[si];
                    let at = incident.evidence.first()?.char_start?;
                    Some(format!("{}@{at}/{}", x.report.hash, incident.event_type))
                });
                mentions.push((short.clone(), g, key));
            }
            staged.push(x);
        }
    }
    // The reports stored as one `tarikh import` of the set stores them: grouped at once.
    store
        .transaction(|b| -> Result<(), StoreError> {
            for x in &staged {
                b.stage_report(&x.report, &x.incidents, &x.actors, &x.places)?;
            }
            b.settle_staged(names)?;
            Ok(())
        })
        .unwrap_or_else(|e| panic!("{dir}: {e}"));
    // Where each reading ended up.
    let mut ids = Vec::new();
    store
        .for_each(&Filter::default(), |i| -> Result<(), StoreError> {
            ids.extend(i.id);
            Ok(())
        })
        .expect("the timeline");
    let mut incident_of: HashMap<String, i64> = HashMap::new();
    // What tarikh read, for the verbose lists: date, type, place, actors.
    let mut read_as: HashMap<String, String> = HashMap::new();
    // The readings themselves, to say of a pair left apart whether the rules forbid it.
    let mut reading_of: HashMap<String, tarikh::merge::Reading> = HashMap::new();
    for id in ids {
        for r in store.readings(id).expect("the readings") {
            if let Some(at) = r.incident.evidence.first().and_then(|e| e.char_start) {
                let key = format!("{}@{at}/{}", r.source.report_hash, r.incident.event_type);
                let i = &r.incident;
                read_as.insert(
                    key.clone(),
                    format!(
                        "{} {} {} {} [{}]",
                        i.date.to_edtf(),
                        i.event_type,
                        i.status,
                        i.place.as_deref().unwrap_or("-"),
                        i.actors.join("|")
                    ),
                );
                incident_of.insert(key.clone(), id);
                reading_of.insert(key, r);
            }
        }
    }
    let mut keys_of: HashMap<i64, Vec<String>> = HashMap::new();
    for (k, id) in &incident_of {
        keys_of.entry(*id).or_default().push(k.clone());
    }
    let read = |k: usize| {
        mentions[k]
            .2
            .as_ref()
            .and_then(|key| read_as.get(key))
            .cloned()
            .unwrap_or_default()
    };
    let placed: Vec<Option<i64>> = mentions
        .iter()
        .map(|(_, _, key)| key.as_ref().and_then(|k| incident_of.get(k).copied()))
        .collect();
    score.mentions = mentions.len();
    score.aligned = placed.iter().flatten().count();
    let mut by_event: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    let mut by_incident: BTreeMap<i64, BTreeSet<&str>> = BTreeMap::new();
    for (k, (_, g, _)) in mentions.iter().enumerate() {
        by_event.entry(g.event.as_str()).or_default().push(k);
        if let Some(id) = placed[k] {
            by_incident.entry(id).or_default().insert(g.event.as_str());
        }
    }
    let mut log = String::new();
    for a in 0..mentions.len() {
        for b in a + 1..mentions.len() {
            let ((ra, ga, _), (rb, gb, _)) = (&mentions[a], &mentions[b]);
            if ra == rb {
                continue;
            }
            let same_event = ga.event == gb.event;
            let both = placed[a].zip(placed[b]);
            if same_event {
                score.gold_pairs += 1;
                if both.is_some() {
                    score.gold_pairs_aligned += 1;
                }
            }
            let Some((ia, ib)) = both else { continue };
            if ia != ib {
                if same_event {
                    let pair = mentions[a]
                        .2
                        .as_ref()
                        .and_then(|k| reading_of.get(k))
                        .zip(mentions[b].2.as_ref().and_then(|k| reading_of.get(k)));
                    let verdict = match pair {
                        Some((x, y)) => match tarikh::merge::affinity(x, y, names) {
                            Some(s) => {
                                // What keeps a tied pair apart: readings of the other's incident
                                // that the rules do not let it meet.
                                let blockers = |r: &tarikh::merge::Reading, other: i64| {
                                    keys_of
                                        .get(&other)
                                        .into_iter()
                                        .flatten()
                                        .filter(|k| {
                                            !tarikh::merge::may_meet(r, &reading_of[*k], names)
                                                && reading_of[*k].source.report_hash
                                                    != r.source.report_hash
                                        })
                                        .map(|k| {
                                            format!(
                                                "{} ({})",
                                                read_as[k],
                                                forbidding_rule(r, &reading_of[k], names)
                                            )
                                        })
                                        .collect::<Vec<_>>()
                                };
                                let (bx, by) = (blockers(x, ib), blockers(y, ia));
                                let cross = || {
                                    let none = Vec::new();
                                    let (ka, kb) = (
                                        keys_of.get(&ia).unwrap_or(&none),
                                        keys_of.get(&ib).unwrap_or(&none),
                                    );
                                    ka.iter()
                                        .flat_map(|p| kb.iter().map(move |q| (p, q)))
                                        .filter(|(p, q)| {
                                            !tarikh::merge::may_meet(
                                                &reading_of[*p],
                                                &reading_of[*q],
                                                names,
                                            )
                                        })
                                        .map(|(p, q)| format!("{} ~ {}", read_as[p], read_as[q]))
                                        .take(2)
                                        .collect::<Vec<_>>()
                                };
                                if bx.is_empty() && by.is_empty() {
                                    format!("tied {s}, groups kept apart by {:?}", cross())
                                } else {
                                    format!("tied {s}, blocked by {bx:?} / {by:?}")
                                }
                            }
                            None if tarikh::merge::may_meet(x, y, names) => "allowed".into(),
                            None => format!("forbidden: {}", forbidding_rule(x, y, names)),
                        },
                        None => "?".into(),
                    };
                    let _ = writeln!(
                        log,
                        "  APART   {} ({verdict}) | {ra}:{} #{ia} {} | {rb}:{} #{ib} {}",
                        ga.event,
                        ga.line,
                        read(a),
                        gb.line,
                        read(b)
                    );
                }
                continue;
            }
            score.merged_pairs += 1;
            if same_event {
                score.true_pairs += 1;
            } else {
                let _ = writeln!(
                    log,
                    "  JOINED  #{ia} | {ra}:{} {} {} | {rb}:{} {} {}",
                    ga.line,
                    ga.event,
                    read(a),
                    gb.line,
                    gb.event,
                    read(b)
                );
            }
        }
    }
    for members in by_event.values() {
        let reports: BTreeSet<&str> = members.iter().map(|&k| mentions[k].0.as_str()).collect();
        if reports.len() > 1 {
            score.shared_events += 1;
        }
        let incidents: BTreeSet<i64> = members.iter().filter_map(|&k| placed[k]).collect();
        score.duplicates += incidents.len().saturating_sub(1);
    }
    score.conflated = by_incident
        .values()
        .map(|events| events.len().saturating_sub(1))
        .sum();
    if verbose {
        println!("{dir}:\n{log}");
    }
    score
}

/// Which of the merge rules a pair of readings breaks, roughly (for the verbose lists): the
/// ones [`tarikh::merge`] checks first, else its place or its sides.
fn forbidding_rule(
    x: &tarikh::merge::Reading,
    y: &tarikh::merge::Reading,
    names: &dyn tarikh::merge::Names,
) -> &'static str {
    use tarikh::model::Status;
    let (a, b) = (&x.incident, &y.incident);
    if (a.status == Status::Planned) != (b.status == Status::Planned) {
        return "planned and done";
    }
    if !tarikh::merge::types_meet(a.event_type, b.event_type) {
        return "types";
    }
    if let (Some(p), Some(q)) = (a.date.exact_day(), b.date.exact_day()) {
        if p != q {
            return "two exact days";
        }
    } else {
        match (
            tarikh::merge::window(&a.date),
            tarikh::merge::window(&b.date),
        ) {
            (Some((a0, a1)), Some((b0, b1))) => {
                let slack = chrono::Duration::days(1);
                if a0 > b1 + slack || b0 > a1 + slack {
                    return "days apart";
                }
                if tarikh::merge::is_wide((a0, a1)) || tarikh::merge::is_wide((b0, b1)) {
                    return "a date too wide";
                }
            }
            _ => return "a date too wide",
        }
    }
    let spoken = |t| {
        matches!(
            t,
            tarikh::model::EventType::Statement | tarikh::model::EventType::Accusation
        )
    };
    if spoken(a.event_type) && spoken(b.event_type) {
        let speaker = |i: &tarikh::model::Incident| i.actors.first().and_then(|s| names.side(s));
        if speaker(a) != speaker(b) {
            return "speakers";
        }
    }
    let (sa, sb) = (
        tarikh::merge::sides(a, names),
        tarikh::merge::sides(b, names),
    );
    if !sa.is_empty() && !sb.is_empty() && !sa.iter().any(|s| sb.contains(s)) {
        return "sides";
    }
    if a.place.is_some() && b.place.is_some() && a.place != b.place {
        return "place";
    }
    "kind of act"
}
