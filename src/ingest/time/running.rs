//! Days running: "pounded the camp for a second day on Monday", "مغلقاً لليوم السادس على
//! التوالي", "бои идут вторые сутки". An act told as in its Nth day on a day D began N − 1 days
//! before it: its date is the span from then to D, not D alone.

use chrono::{Days, NaiveDate};

use crate::date::IncidentDate;
use crate::ingest::lexicon::LangTag;
use crate::ingest::mentions::Mention;
use crate::ingest::mentions::scan::Scan;
use crate::model::EventType;

/// Ordinals from the second to the tenth, as the count's word in each language (folded:
/// Arabic ة is ه, Russian ё is е).
const EN_ORDINALS: &[&str] = &[
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];
const AR_ORDINALS: &[&str] = &[
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
];
/// Feminine, after "الليلة" (the night).
const AR_ORDINALS_F: &[&str] = &[
    "الثانيه",
    "الثالثه",
    "الرابعه",
    "الخامسه",
    "السادسه",
    "السابعه",
    "الثامنه",
    "التاسعه",
    "العاشره",
];
/// Masculine, before "день".
const RU_ORDINALS_M: &[&str] = &[
    "второй",
    "третий",
    "четвертый",
    "пятый",
    "шестой",
    "седьмой",
    "восьмой",
    "девятый",
    "десятый",
];
/// Feminine accusative, before "ночь".
const RU_ORDINALS_F: &[&str] = &[
    "вторую",
    "третью",
    "четвертую",
    "пятую",
    "шестую",
    "седьмую",
    "восьмую",
    "девятую",
    "десятую",
];
/// Plural, before "сутки" (days of 24 hours).
const RU_ORDINALS_PL: &[&str] = &[
    "вторые",
    "третьи",
    "четвертые",
    "пятые",
    "шестые",
    "седьмые",
    "восьмые",
    "девятые",
    "десятые",
];
/// English words between the ordinal and "day": "for a third straight day".
const EN_RUNNING: &[&str] = &["straight", "consecutive", "successive"];
/// Russian prepositions before an ordinal day that make it a day counted from something ("на
/// второй день боев", on the second day of the fighting), not how long something has run.
const RU_PREPOSITIONS: &[&str] = &["на", "в", "во", "к", "ко", "с", "со", "до", "за", "по"];

/// How far before a count of days running the act it counts may end, in words ("pounded the
/// Nahr al-Bared camp for a second day"); further off, the count is of something the lexicon
/// does not name ("air strikes on the port ..., as firefighters struggled for a second day").
const NEAR_BEFORE: usize = 7;

/// A count of days running: its tokens `first..last` and the count (2 for "a second day").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Running {
    pub first: usize,
    pub last: usize,
    pub days: u64,
}

/// The counts of days running the sentence tells, in order.
pub fn phrases(scan: &Scan) -> Vec<Running> {
    let tokens = &scan.tokens;
    let word = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    let ordinal = |list: &[&str], i: usize| list.iter().position(|w| *w == word(i));
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        let found = match scan.ctx.lang {
            // "for a second day", "for the third straight day", "into a fourth day", "for a
            // third day running".
            LangTag::En
                if ["for", "into"].contains(&word(i))
                    && ["a", "the", "its"].contains(&word(i + 1)) =>
            {
                ordinal(EN_ORDINALS, i + 2).and_then(|n| {
                    let day = if EN_RUNNING.contains(&word(i + 3)) {
                        i + 4
                    } else {
                        i + 3
                    };
                    let last = day + 1 + usize::from(word(day + 1) == "running");
                    ["day", "night"]
                        .contains(&word(day))
                        .then_some((i, last, n))
                })
            }
            // "لليوم السادس على التوالي", "لليلة الثانية".
            LangTag::Ar if word(i) == "لليوم" => {
                ordinal(AR_ORDINALS, i + 1).map(|n| (i, i + 2, n))
            }
            LangTag::Ar if word(i) == "لليله" => {
                ordinal(AR_ORDINALS_F, i + 1).map(|n| (i, i + 2, n))
            }
            // "идут вторые сутки", "продолжаются третий день подряд", "вторую ночь".
            LangTag::Ru if i == 0 || !RU_PREPOSITIONS.contains(&word(i - 1)) => {
                let n = match word(i + 1) {
                    "день" => ordinal(RU_ORDINALS_M, i),
                    "сутки" => ordinal(RU_ORDINALS_PL, i),
                    "ночь" => ordinal(RU_ORDINALS_F, i),
                    _ => None,
                };
                n.map(|n| (i, i + 2, n))
            }
            _ => None,
        };
        if let Some((first, last, n)) = found {
            out.push(Running {
                first,
                last,
                // (The lists start at the second day.)
                days: n as u64 + 2,
            });
        }
    }
    out
}

/// The mention a count of days running tells: the nearest before it in its clause and near it
/// ("pounded the camp for a second day"), else one right after it ("третьи сутки идут бои").
pub fn counted(scan: &Scan, mentions: &[Mention], r: &Running) -> Option<usize> {
    let clause = scan.clause[r.first];
    let near = |m: &Mention| {
        m.occs.iter().any(|o| {
            scan.clause[o.first] == clause
                && ((o.last <= r.first && r.first - o.last <= NEAR_BEFORE)
                    || (o.first >= r.last && o.first - r.last <= 1))
        })
    };
    let before = (0..mentions.len())
        .filter(|&m| near(&mentions[m]) && mentions[m].head() < r.first)
        .max_by_key(|&m| mentions[m].head());
    before.or_else(|| {
        (0..mentions.len())
            .filter(|&m| near(&mentions[m]) && mentions[m].head() >= r.last)
            .min_by_key(|&m| mentions[m].head())
    })
}

/// The span of `days` days that ends on `day`.
pub fn span_to(day: NaiveDate, days: u64) -> Option<IncidentDate> {
    let first = day.checked_sub_days(Days::new(days.saturating_sub(1)))?;
    IncidentDate::one_of(Some(first), Some(day)).ok()
}

/// Each mention told as in its Nth day: a date of one day becomes the span of days it has
/// run; an undated one keeps the count for the day the story gives it
/// ([`Mention::days_running`]); `running` are the sentence's [`phrases`].
pub fn widen(scan: &Scan, mentions: &mut [Mention], running: &[Running]) {
    for r in running {
        let Some(m) = counted(scan, mentions, r) else {
            continue;
        };
        let m = &mut mentions[m];
        // "the truce held for a third day": what is counted is its holding, not when it was made.
        if matches!(m.event_type, EventType::Ceasefire | EventType::Agreement) {
            continue;
        }
        match m.date.as_mut() {
            Some(reading) => {
                if let Some(span) = reading.date.exact_day().and_then(|d| span_to(d, r.days)) {
                    reading.date = span;
                }
            }
            None => m.days_running = Some(r.days),
        }
    }
}
