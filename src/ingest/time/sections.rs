//! Date headings: a report told day by day ("SATURDAY, MAY 27" / "SUNDAY" / "MONDAY" in a
//! weekly review, "السبت ٢٤ أيلول" in a حصاد الأسبوع, a liveblog's "May 7, 2025 16:10 IST", a
//! chronology's run-in "Friday, 16 September. The truce ...") dates what each section tells: an
//! act told under a heading with no date of its own happened on the heading's day, and a bare
//! weekday under it is the one nearest the heading's day.
//!
//! Only where the layout says so:
//! - a heading is a line of its own that holds a day and nothing else (a clock time may follow
//!   it), or a paragraph's first sentence that is only a day (or a month or part of one, in a
//!   chronology: "Конец января 1981 года."), after the story has begun: a date stamp above the first paragraph is the dateline
//!   (a date line below it may be taken for the dateline too, and still heads a section);
//! - the report has at least two of them: one date line alone is a stamp, not a structure;
//! - a section runs to the next heading, or to a cross-head that is no date ("THE
//!   BACKGROUND", "ليست المرة الأولى"), which ends it;
//! - the days follow each other: a bare weekday that the tagger reads as a day before the
//!   heading above it heads nothing;
//! - with no day headings, a feed of at least three stamped posts whose stamps run one way
//!   through the day ("🔴 02:45 | ...", "16:10 - ...") is one day's: the publication day heads
//!   each post.
//!
//! What the heading dates ([`date_undated`]): an act with no date, no bounds and no relation of
//! its own, neither planned nor background, in a sentence that does not step back. A general
//! word with the article ("the incident") or a toll ("casualties") keeps to the act it refers
//! to or tolls; a general act without them ("India struck nine sites") is the section's own.

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};

use super::{DateReading, expressions};
use crate::date::IncidentDate;
use crate::ingest::layout::Page;
use crate::ingest::layout::dateline::Calendar;
use crate::ingest::layout::furniture::LineKind;
use crate::ingest::mentions::{RelKind, SentenceAnalysis};
use crate::ingest::sentences::Sentence;
use crate::ingest::text::{is_list_item, minute_of};
use crate::model::Status;
use crate::tagger::{self, TagOptions};

/// The day heading each content line (paragraph) of the page, if any.
pub fn headed_days(page: &Page) -> Vec<Option<DateReading>> {
    let mut out = Vec::new();
    let mut current: Option<DateReading> = None;
    let mut last_heading: Option<NaiveDate> = None;
    let mut headings = 0usize;
    let mut begun = false;
    // A liveblog's posts under a day heading carry clock stamps on lines of their own
    // ("21:45"): they go on the heading's day, until the stamps turn back across midnight.
    let mut stamps = ClockRun::default();
    let heads = line_heads(page);
    let chain = weekday_chain(&heads);
    // A line's heading: a bare weekday of a run of them by the run (see [`weekday_chain`]),
    // another only in the order of the days.
    let day_of = |k: usize, after: Option<NaiveDate>| {
        let r = heads[k].clone()?;
        match chain.get(&k) {
            Some(&(first, last)) => Some(DateReading {
                date: IncidentDate::interval(first, last).ok()?,
                ..r
            }),
            None => in_order(&r, after).then_some(r),
        }
    };
    for (k, line) in page.layout.lines.iter().enumerate() {
        match line.kind {
            LineKind::Blank => {}
            LineKind::Content => {
                begun = true;
                // "Friday, 16 September. The truce did not survive ...": a chronology's run-in
                // head, a day that is a sentence of its own at the paragraph's start.
                let text = &page.text[line.start..line.end];
                let head = day_of(k, last_heading);
                // "- 13 تموز: قصف مطار بيروت" in a box of milestones: a dated item of a list
                // dates itself, not the paragraphs below it.
                if is_list_item(text) {
                    out.push(head.or_else(|| current.clone()));
                    continue;
                }
                if let Some(r) = head {
                    headings += 1;
                    last_heading = r.date.earliest();
                    current = Some(r);
                }
                out.push(current.clone());
            }
            LineKind::Furniture("photo caption") => {}
            _ if !begun => {}
            _ => {
                let text = &page.text[line.start..line.end];
                if let Some(minute) = clock_line(text) {
                    if current.is_some() && stamps.turns_back(minute) {
                        current = None;
                    }
                    continue;
                }
                current = day_of(k, last_heading);
                stamps = ClockRun::default();
                if let Some(r) = &current {
                    headings += 1;
                    last_heading = r.date.earliest();
                }
            }
        }
    }
    if headings < 2 {
        out.iter_mut().for_each(|d| *d = None);
        feed_day(page, &mut out);
    }
    out
}

/// The days of a run of headings that are bare weekdays ("SATURDAY. At about half past noon
/// ...", "SUNDAY. Soldiers stormed ...", ... "FRIDAY. The mourning ended."), by line: a review
/// told day by day runs forward, each heading the first such weekday after the one above it,
/// and the last is the latest such weekday on or before the publication day (as the tagger
/// reads it). Read one by one, a review published on a Saturday would put its first
/// "SATURDAY" on the publication day and every later heading out of order. Empty unless there
/// are at least two such headings. A heading of two weekdays ("Суббота и воскресенье.") takes
/// its place in the run as the two days.
fn weekday_chain(heads: &[Option<DateReading>]) -> HashMap<usize, (NaiveDate, NaiveDate)> {
    let mut run: Vec<(usize, NaiveDate, NaiveDate)> = Vec::new();
    for (k, r) in heads.iter().enumerate() {
        let Some(r) = r else { continue };
        match (r.date.earliest(), r.date.latest()) {
            (Some(a), Some(b)) if bare_weekday(r) && (b - a).num_days() <= 1 => {
                run.push((k, a, b));
            }
            // A heading with a date of its own ends the run: what came before it is told
            // against it (see [`in_order`]).
            _ => run.clear(),
        }
    }
    let mut out = HashMap::new();
    let Some(&(k, first, last)) = run.last().filter(|_| run.len() >= 2) else {
        return out;
    };
    out.insert(k, (first, last));
    let mut next = first;
    for &(k, read_first, read_last) in run.iter().rev().skip(1) {
        let gap = (next.weekday().num_days_from_monday() + 7
            - read_last.weekday().num_days_from_monday())
            % 7;
        // Days told one by one skip a day or two at most: "TUESDAY", "MONDAY" is no run.
        if gap == 0 || gap > MAX_SKIPPED_DAYS + 1 {
            return HashMap::new();
        }
        let last = next - Duration::days(i64::from(gap));
        next = last - (read_last - read_first);
        out.insert(k, (next, last));
    }
    out
}

/// The most days a review told day by day passes over between two headings of a run of bare
/// weekdays (see [`weekday_chain`]).
const MAX_SKIPPED_DAYS: u32 = 2;

/// A feed of stamped posts with no day headings ("🔴 02:45 | انفجارات قوية تهز راولبندي", "16:10 -
/// Army confirms ..."), at least three of them with stamps that run one way through the day, is
/// one day's feed: the publication day heads each post.
fn feed_day(page: &Page, out: &mut [Option<DateReading>]) {
    let stamps: Vec<(usize, u32)> = page
        .layout
        .lines
        .iter()
        .filter(|l| l.kind == LineKind::Content)
        .enumerate()
        .filter_map(|(k, l)| post_stamp(&page.text[l.start..l.end]).map(|m| (k, m)))
        .collect();
    let rising = stamps.windows(2).all(|w| w[0].1 <= w[1].1);
    let falling = stamps.windows(2).all(|w| w[0].1 >= w[1].1);
    if stamps.len() < 3 || !(rising || falling) {
        return;
    }
    let day = DateReading {
        date: IncidentDate::day(page.published),
        text: "the day of the feed's posts".into(),
        coming: None,
        ahead: false,
        from_now: false,
        counts_from_anchor: None,
        directed: false,
    };
    for &(k, _) in &stamps {
        if let Some(d) = out.get_mut(k) {
            *d = Some(day.clone());
        }
    }
}

/// Words for an update before a post's clock stamp, longest first.
const UPDATE_WORDS: &[&str] = &[
    "Обновлено в",
    "Обновлено",
    "Обновление в",
    "Обновление",
    "Updated at",
    "Updated",
    "Update",
];

/// The minute of the day a post's stamp gives: a clock time at the line's head, before a dash
/// or a bar, after at most a mark ("🔴 02:45 |", "16:10 -", "09:15 —"); the clock may be
/// followed by the same time in another zone, and then a full stop ("10:40 (08:40 мск).").
/// A word for an update may come first ("Обновлено в 21:40.", "Updated at 14:05 -").
fn post_stamp(line: &str) -> Option<u32> {
    let line = UPDATE_WORDS
        .iter()
        .find_map(|w| line.strip_prefix(w))
        .map_or(line, str::trim_start);
    let rest = line.trim_start_matches(|c: char| !c.is_ascii_digit() && !c.is_alphanumeric());
    if line.len() - rest.len() > 8 {
        return None;
    }
    let (clock, after) = rest.split_once(char::is_whitespace)?;
    let after = after.trim_start();
    // "09:25. Около 09:00 ...": a colon clock closed by a full stop is a stamp of its own (a
    // dotted "16.10." could be a date).
    if let Some(clock) = clock.strip_suffix('.')
        && clock.contains(':')
        && !clock.contains('.')
    {
        return minute_of(clock);
    }
    let (separators, after): (&[char], &str) = match after.strip_prefix('(') {
        Some(zoned) => {
            let (inside, rest) = zoned.split_once(')')?;
            let other_clock = inside
                .split_whitespace()
                .next()
                .and_then(minute_of)
                .is_some();
            if !other_clock || inside.chars().count() > 16 {
                return None;
            }
            (&['-', '–', '—', '|', '.'], rest.trim_start())
        }
        None => (&['-', '–', '—', '|'], after),
    };
    if !after.starts_with(separators) || clock.contains('.') {
        return None;
    }
    minute_of(clock)
}

/// The heading each line of the page could be, read with no heading above it (see
/// [`heading_day`]): a content line's run-in head, or a line of its own after the story has
/// begun (not a photo caption).
fn line_heads(page: &Page) -> Vec<Option<DateReading>> {
    let mut begun = false;
    page.layout
        .lines
        .iter()
        .map(|line| {
            let text = &page.text[line.start..line.end];
            let head = match line.kind {
                LineKind::Blank | LineKind::Furniture("photo caption") => None,
                LineKind::Content => {
                    begun = true;
                    // "Friday, 16 September. The truce did not survive ...": a chronology's
                    // run-in head, a day that is a sentence of its own at the paragraph's start.
                    run_in_head(text)
                }
                _ if !begun => None,
                _ => Some(text),
            };
            head.and_then(|h| heading_day(page, h))
        })
        .collect()
}

/// A heading that is a bare weekday ("SATURDAY", "يوم الخميس"): no number in it.
fn bare_weekday(r: &DateReading) -> bool {
    !r.text.chars().any(char::is_numeric)
}

/// A bare weekday read as the last one before publication that comes before the heading above
/// it (`after`) breaks the order of the days: what it heads is not known.
fn in_order(r: &DateReading, after: Option<NaiveDate>) -> bool {
    let day = r.date.exact_day().or_else(|| r.date.earliest());
    !(bare_weekday(r) && after.zip(day).is_some_and(|(prev, day)| day < prev))
}

/// The day a line names when it holds nothing else (but a clock time): "SATURDAY, MAY 27",
/// "الأحد ٢٥ أيلول", "May 7, 2025 16:10 IST", on or before the publication day.
fn heading_day(page: &Page, line: &str) -> Option<DateReading> {
    // The line is read on its own: a date line below the story's start may have been taken
    // for the dateline, whose expressions the report's leave out.
    let inside = tagger::tag(
        line,
        &TagOptions {
            published: page.published,
            lang: Some(page.lang),
        },
    );
    let mut rest = String::new();
    let mut at = 0;
    for e in &inside {
        rest.push_str(&line[at..e.start]);
        rest.push(' ');
        at = e.end;
    }
    rest.push_str(&line[at..]);
    if !rest.split_whitespace().all(clock_word) {
        return None;
    }
    let [e] = inside.as_slice() else {
        return None;
    };
    let r = expressions::readings(e, page.published)?;
    // A day, or a few days told as one section ("17–18 мая.", "Sept. 13-14:"): the section's
    // acts happened within them. So within a month or a part of one ("Июль 1941 года.",
    // "Конец января 1981 года."): an item of a chronology that heads no day still ends the
    // section above it.
    let day = r.date.exact_day().or_else(|| r.date.earliest())?;
    (day <= page.published).then_some(r)
}

/// The minute of the day a line gives when it holds only a clock time ("21:45", "07:30 GMT").
fn clock_line(line: &str) -> Option<u32> {
    let mut words = line.split_whitespace();
    let clock = words
        .next()?
        .trim_end_matches(['.', ',', '|', '-', '–', '—']);
    if !words.all(clock_word) {
        return None;
    }
    minute_of(clock)
}

/// The clock stamps of one section's posts, in the order they are told.
#[derive(Default)]
struct ClockRun {
    last: Option<u32>,
    /// +1 when the stamps rise (oldest post first), −1 when they fall (newest first).
    direction: Option<i64>,
}

impl ClockRun {
    /// Takes the next stamp; true when it turns back across midnight: a step of more than
    /// six hours against the run's direction ("23:40" then "00:20" in a feed that rises).
    /// A smaller step back is an editor's order, not another day.
    fn turns_back(&mut self, minute: u32) -> bool {
        let step = self.last.map(|prev| i64::from(minute) - i64::from(prev));
        self.last = Some(minute);
        match (step, self.direction) {
            (Some(d), Some(dir)) => d * dir < -360,
            (Some(d), None) => {
                if d != 0 {
                    self.direction = Some(d.signum());
                }
                false
            }
            (None, _) => false,
        }
    }
}

/// The first sentence of a paragraph when it is short enough to be a run-in head ("Monday, 19
/// September."), without its period.
fn run_in_head(paragraph: &str) -> Option<&str> {
    let end = paragraph
        .char_indices()
        .take(40)
        .find(|&(i, c)| {
            matches!(c, '.' | ':')
                && paragraph[i + 1..].starts_with(char::is_whitespace)
                && !paragraph[..i].ends_with(|d: char| d.is_numeric())
        })
        .map(|(i, _)| i)?;
    Some(&paragraph[..end])
}

/// A chronology's item whose first sentence is only its date ("26 января 1995 года. В верховьях
/// реки Сенепа начинаются столкновения."): the date and what it heads are one sentence, so
/// that the act's evidence says its day.
pub fn join_run_in_heads(page: &Page, sentences: Vec<Sentence>) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::with_capacity(sentences.len());
    let mut pending: Option<Sentence> = None;
    for s in sentences {
        if let Some(head) = pending.take() {
            if head.paragraph == s.paragraph {
                out.push(Sentence {
                    start: head.start,
                    end: s.end,
                    paragraph: s.paragraph,
                });
                continue;
            }
            out.push(head);
        }
        let first_of_paragraph = out.last().is_none_or(|p| p.paragraph != s.paragraph);
        let text = &page.text[s.start..s.end];
        if first_of_paragraph
            && text.len() <= 60
            && heading_day(page, text.trim_end_matches(['.', ':'])).is_some()
        {
            pending = Some(s);
        } else {
            out.push(s);
        }
    }
    out.extend(pending);
    out
}

/// A word a heading may hold beside its day: punctuation, a clock time, a time zone or a
/// half-day mark ("16:10", "IST", "GMT", "a.m.", "ص").
fn clock_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.is_empty()
        || w.chars().all(|c| c.is_numeric() || c == ':' || c == '.')
        || (w.len() <= 4 && w.chars().all(|c| c.is_ascii_uppercase()))
        || [
            "am",
            "pm",
            "a.m",
            "p.m",
            "ص",
            "م",
            "صباحا",
            "صباحاً",
            "مساء",
            "مساءً",
        ]
        .contains(&w.to_lowercase().as_str())
}

/// Date the undated acts told under a day heading (see the module documentation), and read a
/// bare weekday under it by the heading's day, not by the publication's: in a review published
/// on Thursday 22 September, "Thursday night" under "Friday, 16 September" is the 15th.
pub fn date_undated(
    sentences: &mut [SentenceAnalysis],
    headed: &[Option<DateReading>],
    calendar: &Calendar,
    published: NaiveDate,
) {
    let first_heading = headed
        .iter()
        .flatten()
        .filter_map(|d| d.date.exact_day())
        .min();
    for s in sentences.iter_mut() {
        let Some(Some(day)) = headed.get(s.paragraph) else {
            continue;
        };
        for m in s.mentions.iter_mut() {
            if let Some(own) = &mut m.date {
                reanchor_weekday(own, day, calendar);
                reanchor_day_word(own, day, published, calendar);
                reanchor_same_day(own, day, first_heading, published);
            }
        }
        if s.flashback {
            continue;
        }
        for m in s.mentions.iter_mut() {
            let own = m.date.is_some() || m.since.is_some() || m.until.is_some();
            // "Within hours artillery pounded Poonch": under its day's heading, still that day.
            let later_that_day =
                matches!(m.later, Some(RelKind::HoursAfter | RelKind::Simultaneous));
            let tied = !m.relations.is_empty()
                || (m.later.is_some() && !later_that_day)
                || m.shares.is_some();
            let aside = m.background || m.anchor || m.reference || m.time_mark || m.continues;
            // A general word with the article ("the attack"), a toll ("nine people were
            // killed") or its update ("the toll rose to 13") refers back to an act already
            // told; a general act without them ("India struck nine sites") is the section's.
            let refers_back = m.generic
                && (m.definite
                    || m.concept == crate::ingest::mentions::grouping::CASUALTIES
                    || m.fatality_updates.iter().any(|&u| u));
            if own || tied || aside || refers_back || m.status == Status::Planned || m.future {
                continue;
            }
            m.date = Some(day.clone());
        }
    }
}

/// "В тот же день в Вене ..." under ВТОРНИК: "the same day" (or the next, or the day before)
/// that the tagger counted from a date told before the first heading, above the sections, or
/// from the publication day for want of any date it read (a run-in "Четверг." heading is the
/// sections' to read, not the tagger's), counts from the heading's day: the section tells that
/// day.
fn reanchor_same_day(
    own: &mut DateReading,
    heading: &DateReading,
    first: Option<NaiveDate>,
    published: NaiveDate,
) {
    let (Some(n), Some(head), Some(first), Some(day)) = (
        own.counts_from_anchor,
        heading.date.exact_day(),
        first,
        own.date.exact_day(),
    ) else {
        return;
    };
    let base = day - Duration::days(n);
    if (base < first && base < head) || (base == published && head < published) {
        own.date = IncidentDate::day(head + Duration::days(n));
    }
}

/// A day word the tagger counted from the publication day ("India said Pakistan had tried
/// overnight", under THURSDAY in a review published the next Monday) that falls after the
/// heading's day is counted again from the heading's day: the section tells that day.
///
/// A day word with its weekday ("صباح اليوم الاثنين", "yesterday, Sunday") moves only by whole
/// weeks: a weekday the heading's day does not fall on says the heading does not date it.
fn reanchor_day_word(
    own: &mut DateReading,
    heading: &DateReading,
    published: NaiveDate,
    calendar: &Calendar,
) {
    let Some(head) = heading.date.exact_day() else {
        return;
    };
    if !own.from_now {
        return;
    }
    if calendar.weekday_in(&own.text).is_some() && (published - head).num_days() % 7 != 0 {
        return;
    }
    let (Some(a), Some(b)) = (own.date.earliest(), own.date.latest()) else {
        return;
    };
    if a <= head || head >= published {
        return;
    }
    // The tagger counted from the publication day; count the same from the heading's.
    let shift = |d: NaiveDate| d - (published - head);
    let moved = if a == b {
        Ok(IncidentDate::day(shift(a)))
    } else {
        IncidentDate::one_of(Some(shift(a)), Some(shift(b)))
    };
    if let Ok(d) = moved {
        own.date = d;
        own.coming = None;
    }
}

/// A bare weekday ("Thursday night", "يوم الخميس") read as a day more than three days away from
/// the heading's day is read again as the same weekday nearest the heading; when the one before
/// and the one after are about as near, as either of them. One with a direction word ("на
/// следующий вторник", "next Tuesday") is no bare weekday: it counts from the publication day.
fn reanchor_weekday(own: &mut DateReading, heading: &DateReading, calendar: &Calendar) {
    let (Some(read), Some(head)) = (own.date.exact_day(), heading.date.exact_day()) else {
        return;
    };
    if own.directed
        || own.text.chars().any(char::is_numeric)
        || calendar.weekday_in(&own.text).is_none()
    {
        return;
    }
    if (read - head).num_days().abs() <= 3 {
        return;
    }
    let back = (0..7)
        .map(|k| head - Duration::days(k))
        .find(|d| d.weekday() == read.weekday());
    let ahead = (0..7)
        .map(|k| head + Duration::days(k))
        .find(|d| d.weekday() == read.weekday());
    let (Some(back), Some(ahead)) = (back, ahead) else {
        return;
    };
    let (before, after) = ((head - back).num_days(), (ahead - head).num_days());
    own.date = if before + 2 < after {
        IncidentDate::day(back)
    } else if after + 2 < before {
        IncidentDate::day(ahead)
    } else {
        match IncidentDate::one_of(Some(back), Some(ahead)) {
            Ok(d) => d,
            Err(_) => return,
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{IngestOptions, Vocabulary, layout};

    /// The EDTF heading each paragraph of a report published on Wednesday 2025-05-07.
    fn heads(body: &str) -> Vec<String> {
        let raw = format!("---\npublished: 2025-05-07\nlanguage: en\n---\n{body}\n");
        let vocab = Vocabulary::builtin().expect("vocabulary");
        let page = layout::read(&raw, &IngestOptions::default(), vocab, &mut Vec::new())
            .expect("laid out");
        headed_days(&page)
            .into_iter()
            .map(|d| d.map_or("-".into(), |r| r.date.to_edtf()))
            .collect()
    }

    /// "type status date" of each incident of a whole report, in the order read.
    fn incidents_of(raw: &str) -> Vec<String> {
        crate::ingest::ingest_report("review.txt", raw, &IngestOptions::default())
            .expect("read")
            .incidents
            .iter()
            .map(|i| format!("{} {} {}", i.event_type, i.status, i.date.to_edtf()))
            .collect()
    }

    const LEDE: &str = "Follow the latest on the strikes and the response from both capitals here.";

    #[test]
    fn day_lines_head_the_paragraphs_below_them() {
        // A liveblog's stamps, with a clock time and a time zone.
        let body = format!(
            "{LEDE}\n\nMay 7, 2025 16:10 IST\nThe committee met in the afternoon.\n\nMay 6, 2025 23:50 IST\nSirens sounded in two cities."
        );
        assert_eq!(heads(&body), ["-", "2025-05-07", "2025-05-06"]);
    }

    #[test]
    fn what_is_no_day_line_heads_nothing() {
        // One stamp is no structure; a line with other words ("Reactions so far") is no
        // heading, and as a cross-head it ends a section.
        let body = format!("{LEDE}\n\nMay 6, 2025\nSirens sounded in two cities.");
        assert_eq!(heads(&body), ["-", "-"]);
        let body = format!(
            "{LEDE}\n\nMONDAY\nSirens sounded.\n\nReactions so far\nThe committee met.\n\nTUESDAY\nTroops moved.\n\nWHAT NEXT\nTalks may follow."
        );
        assert_eq!(heads(&body), ["-", "2025-05-05", "-", "2025-05-06", "-"]);
    }

    #[test]
    fn a_feed_of_stamped_posts_is_the_publication_day_s() {
        let body = format!(
            "{LEDE}\n\n🔴 02:45 | Strong blasts shake the city.\n\n🔴 09:15 | Officials say two were hurt.\n\n🔴 16:55 - Both sides agreed a ceasefire."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-05-07", "2025-05-07", "2025-05-07"]
        );
        // Stamps that go back and forth may span two days; two posts are no feed.
        let body = format!(
            "{LEDE}\n\n23:40 - Blasts shake the city.\n\n00:15 - Two were hurt.\n\n22:10 - Talks began."
        );
        assert_eq!(heads(&body), ["-", "-", "-", "-"]);
        let body = format!("{LEDE}\n\n09:40 - Blasts shake the city.\n\n10:15 - Two were hurt.");
        assert_eq!(heads(&body), ["-", "-", "-"]);
        // Stamps with the time in another zone, then a full stop.
        let body = format!(
            "{LEDE}\n\n10:40 (08:40 MSK). Crowds gather.\n\n12:10 (10:10 MSK). The rally began.\n\n13:40 (11:40 MSK). Clashes broke out."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-05-07", "2025-05-07", "2025-05-07"]
        );
        // Stamps closed by a full stop ("09:25. Около 09:00 ..."); a dotted "16.10." may be a
        // date and stamps nothing.
        let body = format!(
            "{LEDE}\n\n09:25. Crowds gather.\n\n12:10. The rally began.\n\n13:40. Clashes broke out."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-05-07", "2025-05-07", "2025-05-07"]
        );
        let body = format!(
            "{LEDE}\n\n09.25. Crowds gather.\n\n12.10. The rally began.\n\n13.40. Clashes broke out."
        );
        assert!(heads(&body).iter().all(|d| d == "-"), "{:?}", heads(&body));
        // A word for the update before the stamp ("Обновлено в 21:40.", newest first).
        let body = format!(
            "{LEDE}\n\nUpdated at 21:40. Opposition leaders said a new rally would be held outside parliament at noon.\n\nUpdated at 19:15. The president called the dispersal of the students a crime against his own people.\n\nUpdated at 13:40. Several hundred students gathered outside the university and were beaten with batons."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-05-07", "2025-05-07", "2025-05-07"]
        );
    }

    #[test]
    fn days_out_of_order_head_nothing() {
        // After Tuesday's heading, a bare "MONDAY" read as the last Monday comes before it.
        let body = format!(
            "{LEDE}\n\nTUESDAY\nSirens sounded.\n\nMONDAY\nTroops moved.\n\nWEDNESDAY\nTalks began."
        );
        assert_eq!(heads(&body), ["-", "2025-05-06", "-", "2025-05-07"]);
    }

    #[test]
    fn a_run_of_bare_weekdays_heads_the_days_of_the_week_before() {
        // Published on Wednesday 7 May: a review told day by day from the Thursday before,
        // with run-in heads or lines of their own, a day skipped; "WEDNESDAY" is the
        // publication day, "THURSDAY" the first day, not the coming one.
        let body = format!(
            "{LEDE}

THURSDAY. Sirens sounded.

FRIDAY. Troops moved.

SUNDAY
Talks began.

MONDAY
Talks failed.

WEDNESDAY
A truce held."
        );
        assert_eq!(
            heads(&body),
            [
                "-",
                "2025-05-01",
                "2025-05-02",
                "2025-05-04",
                "2025-05-05",
                "2025-05-07"
            ]
        );
        // A review published on the weekday its first heading names: that heading is a week
        // back, not the publication day.
        let body = format!(
            "{LEDE}

WEDNESDAY
Sirens sounded.

THURSDAY
Troops moved.

FRIDAY
Talks began."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-04-30", "2025-05-01", "2025-05-02"]
        );
    }

    #[test]
    fn a_chronologys_run_in_days_head_their_paragraphs() {
        let body = format!(
            "{LEDE}\n\nMonday, 5 May. Sirens sounded in two cities.\n\nTroops moved at night.\n\nTuesday, 6 May. The committee met."
        );
        assert_eq!(
            heads(&body),
            ["-", "2025-05-05", "2025-05-05", "2025-05-06"]
        );
        // A short first sentence that is no day heads nothing.
        let body = format!("{LEDE}\n\nU.S. officials spoke. Sirens sounded.\n\nTroops moved.");
        assert_eq!(heads(&body), ["-", "-", "-"]);
    }

    #[test]
    fn a_weekday_under_a_day_heading_is_read_by_the_heading() {
        // A review published on Thursday 22 September 2022: "Thursday night" under Friday the
        // 16th's heading is the 15th, not the publication day.
        let raw = "---\npublished: 2022-09-22\nlanguage: en\n---\nThe week on the border, day by day.\n\nWednesday, 14 September. Border guards exchanged fire near the village of Kok-Tash.\n\nFriday, 16 September. The truce collapsed on Thursday night, and heavy fighting erupted near Ak-Sai.\n";
        let days = incidents_of(raw);
        assert!(
            days.iter().any(|d| d == "armed_clash occurred 2022-09-14"),
            "{days:?}"
        );
        assert!(
            days.iter().all(|d| !d.ends_with("2022-09-22")),
            "nothing happened on the publication day: {days:?}"
        );
    }

    /// A Russian review told day by day under run-in weekday heads: a heading of two days
    /// takes its place in the run, and a head the sentence begins with ("Понедельник. В Гагре
    /// ...") is the section's day, not a day the sentence names and the tagger did not read.
    #[test]
    fn run_in_weekday_heads_of_a_russian_review_date_their_sections() {
        // Published on Saturday 30 May 1998: the days run from Thursday the 21st.
        let raw = "---\npublished: 1998-05-30\nlanguage: ru\n---\nМинувшая неделя стала самой тяжелой за пять лет.\n\nЧетверг. Бои шли у сел Сида и Набакеви.\n\nПятница. МИД Грузии выступил с заявлением.\n\nСуббота и воскресенье. Интенсивность боев снизилась.\n\nПонедельник. В Гагре стороны подписали протокол о прекращении огня.\n";
        let mut days = incidents_of(raw);
        days.sort();
        assert_eq!(
            days,
            [
                "armed_clash occurred 1998-05-21",
                "armed_clash occurred 1998-05-23/1998-05-24",
                "ceasefire occurred 1998-05-25",
                "statement occurred 1998-05-22"
            ]
        );
    }

    /// A weekday with a direction word ("next Tuesday") under a day heading counts from the
    /// publication day, as the tagger read it; a bare one is read by the heading.
    #[test]
    fn a_weekday_with_a_direction_word_is_not_read_by_the_heading() {
        // Published on Saturday 24 September 2022.
        let raw = "---\npublished: 2022-09-24\nlanguage: en\n---\nThe week on the border, day by day.\n\nMonday, 12 September. Border guards exchanged fire near the village of Kok-Tash.\n\nWednesday, 14 September. The truce collapsed, and heavy fighting erupted near Ak-Sai. Talks between the two governments are set for next Tuesday in Moscow.\n";
        let days = incidents_of(raw);
        assert!(
            days.iter().any(|d| d == "talks planned 2022-09-27"),
            "{days:?}"
        );
    }
}
