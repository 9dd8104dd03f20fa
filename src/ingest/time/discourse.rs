//! Discourse time: where a sentence stands in the story's time, and the time an undated act
//! takes from the narrative it is told in.
//!
//! A pluperfect at a sentence's head ("had clashed", "كانت ... قد") steps back, and so may the
//! date it opens with ("In January 2014, ..."), when it is earlier than what the story has
//! told ([`steps_back`]). A sentence that opens by going on with what was just told ("They",
//! "Then", "A few hours later", "ثم") continues it across a paragraph break ([`goes_on`]).
//!
//! [`carried`]: an act told with no date of its own continues the time of the narrative it
//! follows: "Guards entered the village on Wednesday. They opened fire. A few hours later
//! clashes spread to two more villages." are all Wednesday. Only where the text supports it:
//! - the narrative is the paragraph (or the next one, when it opens by going on), and its time
//!   is the day of the last act it dated (not a planned act, not background, not a count);
//!   within one sentence, the day of the act told before it there
//!   ([`super::mention::share_dates`]);
//! - a new date, a sentence stepping back, a new paragraph that does not go on, or a date
//!   coarser than a day ends it;
//! - what one side alleges, or a speaker says, in a later sentence is reported speech about a
//!   time the text does not give: it keeps its bounds;
//! - except where the sentence gives a time of day and no day ("at around 6 a.m.", "عند
//!   الظهيرة"): that is the story's day, the last day it dated, across paragraphs too;
//! - an act the text relates to another ("after X", "the day after X", "since Friday") is
//!   dated by that relation instead; "hours later" after a day's evening or night may be the
//!   next day, and is too;
//! - statements and accusations are tellings, dated by when they were told, not by the story.

use chrono::NaiveDate;

use super::{DateReading, usable};
use crate::date::{IncidentDate, Precision};
use crate::ingest::incidents::Gathered;
use crate::ingest::lexicon::{CueKind, LangTag};
use crate::ingest::mentions::scan::Scan;
use crate::ingest::mentions::{Mention, RelKind, SentenceAnalysis, is_telling};
use crate::model::{EventType, Status};

/// Whether the sentence opens with a pluperfect, and the date it opens with.
pub fn steps_back(scan: &Scan) -> (bool, Option<IncidentDate>) {
    (flashback(scan), opening(scan))
}

/// A pluperfect at the head of the sentence: Arabic كان/كانت ... قد, English "had" + participle,
/// a Russian word of stepping back ("Ранее", "Ещё в").
fn flashback(scan: &Scan) -> bool {
    let cues = &scan.cues;
    cues.of(CueKind::Flashback).any(|h| {
        if h.first > 3 {
            return false;
        }
        match scan.ctx.lang {
            LangTag::Ar => cues
                .of(CueKind::FlashbackParticle)
                .any(|p| p.first > h.first && p.first - h.first <= 10),
            // Russian has no pluperfect: the word itself steps back ("Ранее", "Ещё в 2021 году",
            // "Напомним").
            LangTag::Ru => true,
            _ => scan.tokens.get(h.last).is_some_and(|t| {
                let w = t.norm.as_str();
                w.ends_with("ed")
                    || w.ends_with("en")
                    || w.ends_with("wn")
                    || w.ends_with("ght")
                    || [
                        "been", "begun", "met", "held", "won", "struck", "left", "fled", "hit",
                        "shot", "put",
                    ]
                    .contains(&w)
            }),
        }
    })
}

/// A Russian word for a month, a weekday or a day ("30 апреля", "в пятницу", "накануне") that
/// no temporal expression covers: the sentence names a day tarikh did not read. (With a
/// tagger that reads Russian dates, every such word is inside an expression and this is
/// false.)
pub fn unread_russian_date(scan: &Scan) -> bool {
    if scan.ctx.lang != LangTag::Ru {
        return false;
    }
    let read = |i: usize| {
        scan.expr_tokens
            .iter()
            .any(|&(a, b, _)| (a..b).contains(&i))
    };
    // "Понедельник. В Гагре стороны подписали протокол": a chronology's run-in heading, which
    // the day headings read (see `sections`), not a day the sentence names.
    let heading = scan
        .tokens
        .iter()
        .take_while(|t| t.norm == "и" || crate::tagger::is_russian_weekday_name(&t.norm))
        .count();
    let heading = if heading > 0
        && scan
            .tokens
            .get(heading)
            .is_some_and(|t| t.gap_before.contains(['.', ':']))
    {
        heading
    } else {
        0
    };
    scan.tokens.iter().enumerate().skip(heading).any(|(i, t)| {
        let w = t.norm.as_str();
        let dated = RUSSIAN_DAY_WORDS.contains(&w)
            || RUSSIAN_MONTH_STEMS.iter().any(|m| w.starts_with(m))
            || (w.len() == 4
                && t.is_number()
                && scan
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.norm.starts_with("год") || n.norm == "г"));
        dated && !read(i)
    })
}

/// Russian months (their stems: "апрел" is апрель, апреля, апреле), weekdays and day words.
const RUSSIAN_MONTH_STEMS: &[&str] = &[
    "январ",
    "феврал",
    "апрел",
    "июн",
    "июл",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];
const RUSSIAN_DAY_WORDS: &[&str] = &[
    "март",
    "марта",
    "марте",
    "май",
    "мая",
    "мае",
    "августа",
    "августе",
    "понедельник",
    "вторник",
    "среду",
    "четверг",
    "пятницу",
    "субботу",
    "воскресенье",
    "вчера",
    "позавчера",
    "сегодня",
    "накануне",
    "завтра",
];

/// The usable date of an expression at the sentence's head (its first or second word).
fn opening(scan: &Scan) -> Option<IncidentDate> {
    scan.expr_tokens
        .iter()
        .find(|&&(a, _, e)| a <= 1 && e.date.as_ref().is_some_and(usable))
        .and_then(|&(_, _, e)| e.date)
}

/// Whether the sentence opens by going on with what was just told: a "later" or "hours later"
/// word, or a pronoun subject ("They set fire to houses").
pub fn goes_on(scan: &Scan) -> bool {
    let at_head = |k: &CueKind| {
        matches!(
            k,
            CueKind::Later | CueKind::HoursAfter | CueKind::SameDay | CueKind::Simultaneous
        )
    };
    scan.cues
        .hits
        .iter()
        .any(|(h, k)| h.first <= 1 && at_head(k))
        || scan.tokens.first().is_some_and(|t| {
            [
                "they",
                "it",
                "he",
                "she",
                "then",
                "они",
                "он",
                "она",
                "затем",
                "потом",
            ]
            .contains(&t.norm.as_str())
        })
}

/// The last day the sentence names that is not the day something was said ("said on
/// Saturday", "أعلنت اليوم"): the day what it tells happened on. Not a day the tagger reads
/// as to come ("Режим действует ... до 21 октября"): nothing has happened on it yet.
pub fn told_on(scan: &Scan) -> Option<DateReading> {
    scan.expr_tokens
        .iter()
        .filter(|&&(a, _, _)| !after_saying(scan, a))
        .filter_map(|&(_, _, e)| {
            super::expressions::readings(e, scan.ctx.published)
                .filter(|r| r.date.precision() == Precision::Day && !r.ahead)
        })
        .next_back()
}

/// Every date the sentence names is the day something was said: right after a saying verb
/// ("reported on Saturday", "сообщил в субботу") or before it with at most one word between
/// and no comma ("on Saturday also reported", "в субботу сообщил"; not "killed in Goma today,
/// officials say", where the saying only names who tells it).
pub fn only_said_on(scan: &Scan) -> bool {
    let comma = |k: usize| {
        scan.tokens
            .get(k)
            .is_some_and(|t| t.gap_before.contains(','))
    };
    !scan.expr_tokens.is_empty()
        && scan.expr_tokens.iter().all(|&(a, b, _)| {
            after_saying(scan, a)
                || scan
                    .cues
                    .of(CueKind::Speech)
                    .any(|h| h.first >= b && h.first - b <= 1 && !(b..=h.first).any(comma))
        })
}

/// A saying verb ends at most two words before token `a` ("said on Saturday", "أعلنت اليوم").
fn after_saying(scan: &Scan, a: usize) -> bool {
    scan.cues
        .of(CueKind::Speech)
        .any(|h| h.last <= a && a - h.last <= 2)
}

/// Whether the sentence gives a time of day: a clock cue ("a.m.", "local time", "ظهرا", "at
/// dawn", "in the early hours") or a clock written with a colon ("at 14:30"). Not the stamp
/// that opens a liveblog entry ("12:20 - Army confirms ...", "🔴 16:55 | عاجل"): that is when
/// the entry was written, not a time in the story.
pub fn gives_clock_time(scan: &Scan) -> bool {
    let tokens = &scan.tokens;
    let colon_clock = tokens.windows(2).enumerate().any(|(k, w)| {
        let clock = w[0].is_number()
            && w[1].is_number()
            && w[0].norm.len() <= 2
            && w[1].norm.len() == 2
            && w[1].gap_before == ":";
        let stamp = k == 0
            && tokens.get(2).is_some_and(|t| {
                t.gap_before
                    .chars()
                    .any(|c| matches!(c, '-' | '–' | '—' | '|'))
            });
        clock && !stamp
    });
    colon_clock || scan.cues.of(CueKind::Clock).next().is_some()
}

/// The narrative time an undated incident takes: the date, and the words that gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Carried {
    pub date: IncidentDate,
    pub from: String,
}

/// The time of the narrative in force: the day, the words that gave it, and whether they
/// name an evening or a night (after which "hours later" may be the next day).
#[derive(Debug, Clone)]
struct Now {
    date: IncidentDate,
    text: String,
    night: bool,
}

/// Words of an expression that put it in the evening or at night.
const NIGHT_WORDS: &[&str] = &[
    "evening",
    "night",
    "late",
    "overnight",
    "midnight",
    "مساء",
    "مساء",
    "ليل",
    "ليلة",
    "ليله",
    "منتصف",
    "вечер",
    "ноч",
    "полноч",
    "поздно",
];

impl Now {
    fn of(r: &DateReading) -> Now {
        let lower = r.text.to_lowercase();
        Now {
            date: r.date,
            text: r.text.clone(),
            night: NIGHT_WORDS.iter().any(|w| lower.contains(w)),
        }
    }
}

/// The acts whose date is the day they happened on in the story, as opposed to the tellings
/// (statements, accusations, a summons) whose date is when they were told.
fn narrated(t: EventType, concept: &str) -> bool {
    !is_telling(t, concept)
}

/// A mention's own date, if it can set the narrative's time: a day (or a span of a few days)
/// on or before the publication day, of an act that happened (not planned, not background,
/// not the anchor of a relation).
fn sets_time(m: &Mention, published: NaiveDate) -> Option<&DateReading> {
    let r = m.date.as_ref()?;
    (sets_time_reading(r, published)
        && narrated(m.event_type, &m.concept)
        && m.status != Status::Planned
        && !m.background
        && !m.anchor
        && !m.reference)
        .then_some(r)
}

/// A reading that can set the narrative's time: a day, or a span of a few days, on or before
/// the publication day.
fn sets_time_reading(r: &DateReading, published: NaiveDate) -> bool {
    let fine = match r.date.precision() {
        Precision::Day => true,
        Precision::Range | Precision::Unknown => match (r.date.earliest(), r.date.latest()) {
            (Some(a), Some(b)) => (b - a).num_days() <= 3,
            _ => false,
        },
        _ => false,
    };
    fine && usable(&r.date) && r.date.latest().is_some_and(|l| l <= published)
}

/// The narrative time in force when each sentence begins, from the sentences before it: that
/// of its paragraph, and that of the story (the same, but kept across paragraphs).
fn narrative_before(
    sentences: &[SentenceAnalysis],
    published: NaiveDate,
) -> Vec<(Option<Now>, Option<Now>)> {
    let mut out = Vec::with_capacity(sentences.len());
    let mut now: Option<Now> = None;
    let mut story: Option<Now> = None;
    let mut paragraph = None;
    for s in sentences {
        if paragraph.is_some_and(|p| p != s.paragraph) && !s.continues {
            now = None;
        }
        paragraph = Some(s.paragraph);
        out.push(if s.flashback {
            (None, None)
        } else {
            (now.clone(), story.clone())
        });
        // The sentence's own dates set the time for what follows; a coarser date, a date to
        // come or a step back ends the narrative's day.
        let dated: Vec<&Mention> = s
            .mentions
            .iter()
            .filter(|m| m.date.is_some() && m.status != Status::Planned && !m.background)
            .collect();
        if let Some(last) = dated.iter().max_by_key(|m| m.head()) {
            now = sets_time(last, published).map(Now::of);
            story = now.clone();
        } else if let Some(r) = s
            .told_on
            .as_ref()
            .filter(|r| r.date.latest().is_some_and(|l| l <= published))
        {
            now = Some(Now::of(r));
            story = now.clone();
        } else if s.flashback || s.opening.is_some() {
            now = None;
            story = None;
        }
    }
    out
}

/// The narrative time each undated incident of `g` takes, where the text supports it (see the
/// module documentation); `None` for the others.
pub fn carried(
    sentences: &[SentenceAnalysis],
    g: &Gathered,
    published: NaiveDate,
) -> Vec<Option<Carried>> {
    let before = narrative_before(sentences, published);
    g.drafts
        .iter()
        .map(|d| {
            if !d.readings.is_empty() || d.status == Status::Planned || d.since.is_some() {
                return None;
            }
            let &(si, mi) = d.mentions.first()?;
            let s = sentences.get(si)?;
            let m = s.mentions.get(mi)?;
            if m.reference || m.anchor || m.time_mark || m.background || s.flashback {
                return None;
            }
            // A general word with no date ("the war", "the hostilities") names the conflict as
            // a whole, or refers back; it is no act of the narrative. Told as an act after a
            // dated one in its sentence ("crossed the border on Wednesday and clashed with
            // troops"), it is that act's.
            if d.generic && (m.definite || m.shares.is_none()) {
                return None;
            }
            let related = m.relations.iter().any(|(k, _)| *k != RelKind::Simultaneous);
            // "after" another act leaves its day open; "a day after" fixes it. "before" another
            // act does not move it off the day of the act told before it ("gathered yesterday
            // evening and burned the flag, before the police intervened").
            let loosely_related = m.relations.iter().any(|(k, _)| *k == RelKind::After);
            let counted_after = matches!(
                m.later,
                Some(RelKind::After | RelKind::DayAfter | RelKind::DaysAfter)
            );
            if counted_after || m.counted_from_untold {
                return None;
            }
            // What one side alleges, or a speaker says, is reported speech about a time the
            // text does not give; a sentence with a date of its own (even a coarse one: "a year
            // earlier") is no longer on the narrative's day.
            let reported = m.status == Status::Claimed || !m.speaker.is_empty();
            let own_time = s
                .mentions
                .iter()
                .any(|x| x.date.is_some() && x.status != Status::Planned);
            // The day of the act told before it in its sentence (also when a relation follows:
            // "declared mourning on Thursday and summoned the envoy, a day after the
            // shelling"), else of the narrative.
            let same_sentence = m
                .shares
                .as_ref()
                .filter(|_| !loosely_related)
                .filter(|r| sets_time_reading(r, published))
                .map(Now::of);
            // Statements and accusations are no acts of the narrative; they take only the
            // day of an act told with them ("declared mourning on Thursday and summoned ...").
            // A time of day with no day ("at around 6 a.m.", "عند الظهيرة") is on the story's
            // day, across paragraphs and in what a side reports.
            let (paragraph_now, story_now) = before.get(si).cloned().unwrap_or_default();
            let narrative_now = if s.clock {
                story_now.filter(|n| n.date.precision() == Precision::Day)
            } else {
                paragraph_now
            };
            // "On December 29, the president went much further. In a speech he accused Rwanda
            // ...": a sentence that tells only a time sets the scene of the next one in its
            // paragraph, whatever that one tells (words said, a claim).
            let after_scene = si > 0
                && sentences.get(si - 1).is_some_and(|p| {
                    p.mentions.is_empty()
                        && p.paragraph == s.paragraph
                        && p.told_on.is_some()
                        && !p.flashback
                });
            let now = same_sentence.or_else(|| {
                (!related
                    && !own_time
                    && (after_scene
                        || ((!reported || s.clock) && narrated(d.event_type, &d.concept))))
                .then_some(narrative_now)
                .flatten()
            })?;
            if m.later == Some(RelKind::HoursAfter) && now.night {
                return None;
            }
            Some(Carried {
                date: now.date,
                from: now.text,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::testing::gathered;

    /// The EDTF each incident of the paragraphs takes from the narrative (`-`: none), by
    /// event type, in the order gathered. Published Saturday 2021-05-01.
    fn carried_dates(paragraphs: &[&str]) -> Vec<(EventType, String)> {
        let (analysed, g) = gathered(paragraphs);
        let published = NaiveDate::from_ymd_opt(2021, 5, 1).unwrap();
        carried(&analysed, &g, published)
            .into_iter()
            .zip(&g.drafts)
            .map(|(c, d)| (d.event_type, c.map_or("-".into(), |c| c.date.to_edtf())))
            .collect()
    }

    fn date_of(got: &[(EventType, String)], t: EventType) -> &str {
        got.iter()
            .find(|(x, _)| *x == t)
            .map_or("no such incident", |(_, d)| d.as_str())
    }

    /// (paragraphs, event type, the date it takes from the narrative or `-`).
    const CASES: &[(&[&str], EventType, &str)] = &[
        // A day the sentence tells as to come is no day of the story: what follows does not
        // take it (nor the same day a year back).
        (
            &[
                "Режим действует с 20:00 пятницы до 8:00 21 мая. В столицу вводятся войска, на въездах в город выставлены блокпосты.",
            ],
            EventType::Deployment,
            "-",
        ),
        // The narrative of a paragraph goes on from sentence to sentence.
        (
            &["Border guards shelled the village on Wednesday. They set fire to houses."],
            EventType::PropertyDestruction,
            "2021-04-28",
        ),
        // "A few hours later" after a day with no evening: the same day.
        (
            &["Troops shelled Ak-Sai on Wednesday. A few hours later, residents fled the area."],
            EventType::Displacement,
            "2021-04-28",
        ),
        // In the same sentence: the act told before it.
        (
            &["Tajik forces shelled the village on Thursday, and thousands of residents fled."],
            EventType::Displacement,
            "2021-04-29",
        ),
        // An act told before another ("before withdrawing") keeps the day of the act told
        // before it.
        (
            &[
                "Hundreds protested outside the embassy on Wednesday evening and set fire to a car, before the police intervened.",
            ],
            EventType::PropertyDestruction,
            "2021-04-28",
        ),
        // A new paragraph that does not go on starts a new story.
        (
            &[
                "Troops shelled Ak-Sai on Wednesday.",
                "Residents fled the area.",
            ],
            EventType::Displacement,
            "-",
        ),
        // One that opens by going on continues it.
        (
            &[
                "Troops shelled Ak-Sai on Wednesday.",
                "They also set fire to houses.",
            ],
            EventType::PropertyDestruction,
            "2021-04-28",
        ),
        // A sentence stepping back (a pluperfect at its head) does not take the day.
        (
            &["Troops shelled Ak-Sai on Wednesday. Residents had fled the area."],
            EventType::Displacement,
            "-",
        ),
        // What one side alleges in a later sentence is reported speech about another time.
        (
            &[
                "Troops shelled Ak-Sai on Wednesday. Kyrgyzstan accused Tajik forces of burning houses.",
            ],
            EventType::PropertyDestruction,
            "-",
        ),
        // A planned act keeps its own bounds; so does an act related to another ("after").
        (
            &["Troops shelled Ak-Sai on Wednesday. The ministers will meet in Moscow."],
            EventType::Talks,
            "-",
        ),
        // The object of an act is no act after it.
        (
            &["Residents protested on Wednesday against the installation of cameras."],
            EventType::Other,
            "-",
        ),
        // "hours later" after an evening may be the next day: the relation bounds it instead.
        (
            &["A truce was agreed on Thursday evening. Hours later, troops shelled Ak-Sai."],
            EventType::Shelling,
            "-",
        ),
        // Counted from an act the text does not date, it is not on the narrative's day.
        (
            &[
                "Troops shelled Ak-Sai on Wednesday. Guards seized a tanker fifteen days after the Grace 1 was stopped.",
            ],
            EventType::Arrest,
            "-",
        ),
        // The day something was said dates no act.
        (
            &["The ministry said on Friday that troops had shelled Ak-Sai."],
            EventType::Shelling,
            "-",
        ),
        // A time of day with no day is on the story's day, in a later paragraph and in what a
        // side alleges.
        (
            &[
                "Troops shelled Ak-Sai on Wednesday.",
                "Kyrgyzstan said a drone struck the airport at around 6 a.m. local time.",
            ],
            EventType::AirStrike,
            "2021-04-28",
        ),
        (
            &[
                "قصفت القوات الطاجيكية قرية أكساي يوم الأربعاء.",
                "كما زعمت بيشكك أن طائرة مسيرة قصفت محيط المطار عند الظهيرة.",
            ],
            EventType::AirStrike,
            "2021-04-28",
        ),
        (
            &[
                "Troops shelled Ak-Sai on Wednesday.",
                "A drone struck the airport at 14:30.",
            ],
            EventType::AirStrike,
            "2021-04-28",
        ),
        // So is a part of the day named in words ("In the early hours of the morning").
        (
            &[
                "Troops shelled Ak-Sai on Wednesday.",
                "In the early hours of the morning drones struck the airport.",
            ],
            EventType::AirStrike,
            "2021-04-28",
        ),
        // Not when the story's time is a span of days.
        (
            &[
                "Mines were laid on the roads between 26 and 28 April.",
                "A drone struck the airport at around 6 a.m.",
            ],
            EventType::AirStrike,
            "-",
        ),
    ];

    #[test]
    fn undated_acts_take_the_day_of_their_narrative() {
        let mut failures = Vec::new();
        for (paragraphs, t, want) in CASES {
            let got = carried_dates(paragraphs);
            if date_of(&got, *t) != *want {
                failures.push(format!("{paragraphs:?}: {t} {want}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
