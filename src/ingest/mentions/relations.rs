//! How the mentions of a sentence stand in time to each other: the relation words before an
//! event word ("hours after X", "before X", "in line with X"), breaches of an agreement, and
//! "later", "hours later", "the next day" without an event after them.

use super::grouping::Group;
use super::scan::Scan;
use super::{Mention, Occ, RelKind, family};
use crate::ingest::lexicon::CueKind;
use crate::ingest::text::{Hit, Token};
use crate::ingest::time::mention::starts_a_period;

/// The relation word right before an occurrence (at most two words between; seven after a
/// preposition that takes a clause, "after residents of both sides threw stones"), with
/// "according to" read as "in line with".
pub fn cue_before(scan: &Scan, occs: &[Occ], o: &Occ) -> Option<CueKind> {
    let tokens = &scan.tokens;
    let is_event_tok = |i: usize| occs.iter().any(|o| (o.first..o.last).contains(&i));
    let mut best: Option<(usize, CueKind)> = None;
    for (h, kind) in &scan.cues.hits {
        let relational = kind.orders_in_time()
            || matches!(
                kind,
                CueKind::Accordance | CueKind::Attribution | CueKind::Simultaneous
            );
        // "after residents of both sides threw stones": the subject of the clause may stand
        // between a time word and its event.
        // So may the subject of a clause after "when" ("when Armenia said Azerbaijani forces
        // began shelling", "حين أطلق عناصر من الجيش النار").
        let conjunction = *kind == CueKind::Simultaneous && when_clause(scan, h.first);
        let reach = if scan.prepositional(h) || conjunction {
            7
        } else {
            2
        };
        let counted = matches!(
            kind,
            CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter | CueKind::DayBefore
        );
        if !relational
            || h.last > o.first
            || o.first - h.last > reach
            || (counted && scan.adverbial(h))
        {
            continue;
        }
        // "Before dawn India fired", "before first light": the word relates a time of day, not
        // the act after it.
        if first_light(tokens, h.last)
            || tokens
                .get(h.last)
                .is_some_and(|t| TIMES_OF_DAY.contains(&t.norm.as_str()))
        {
            continue;
        }
        if (h.last..o.first).any(|i| is_event_tok(i) || tokens[i].break_before)
            || tokens[o.first].break_before && h.last < o.first
        {
            continue;
        }
        if best.is_none_or(|(end, _)| h.last > end) {
            best = Some((h.last, *kind));
        }
    }
    best.map(|(_, k)| {
        if k == CueKind::Attribution {
            CueKind::Accordance
        } else {
            k
        }
    })
}

/// "first light" (daybreak) begins at `i`: two words for one time of day.
pub fn first_light(tokens: &[Token], i: usize) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.norm.as_str());
    word(i) == "first" && word(i + 1) == "light"
}

/// Times of day a relation word may take ("before dawn", "after midnight", "قبل الفجر").
const TIMES_OF_DAY: &[&str] = &[
    "dawn",
    "daybreak",
    "sunrise",
    "sunset",
    "dusk",
    "nightfall",
    "midnight",
    "noon",
    "midday",
    "الفجر",
    "فجر",
    "الغروب",
    "الظهر",
    "منتصف",
    "شروق",
    "الشروق",
    "рассвета",
    "рассвете",
    "полуночи",
    "полудня",
    "заката",
];

/// Words that open a clause describing what was just named ("where", "during which", "حيث").
const DESCRIBING: &[&str] = &[
    "where",
    "during",
    "which",
    "who",
    "whose",
    "где",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "которых",
    "حيث",
    "الذي",
    "التي",
    "الذين",
    "خلالها",
];

/// "when", "عندما", "حين": a conjunction that opens a clause telling what happened at the time
/// of the act told before it ("broke out after midnight, when forces began shelling").
fn when_clause(scan: &Scan, i: usize) -> bool {
    matches!(
        scan.tokens[i].norm.as_str(),
        "when" | "عندما" | "حين" | "حينما"
    )
}

/// Relate the mentions of a sentence (`groups[i]` is what `mentions[i]` was built from).
pub fn relate(scan: &Scan, groups: &[Group], mentions: &mut [Mention]) {
    from_relation_words(scan, groups, mentions);
    breaches(groups, mentions);
    later_words(scan, mentions);
}

/// Relations from the relation words: the mention a phrase ("after X") modifies stands in that
/// relation to X.
fn from_relation_words(scan: &Scan, groups: &[Group], mentions: &mut [Mention]) {
    for (xi, g) in groups.iter().enumerate() {
        let Some(kind) = g.cue else { continue };
        let when = (kind == CueKind::Simultaneous)
            .then(|| when_act(scan, mentions, xi))
            .flatten();
        let Some(yi) = when.or_else(|| modified(scan, mentions, xi, kind)) else {
            continue;
        };
        let rel = match kind {
            CueKind::After | CueKind::Accordance => Some((yi, RelKind::After, xi)),
            CueKind::HoursAfter => Some((yi, RelKind::HoursAfter, xi)),
            CueKind::DayAfter => Some((yi, RelKind::DayAfter, xi)),
            CueKind::DaysAfter => Some((yi, RelKind::DaysAfter, xi)),
            CueKind::Before => Some((yi, RelKind::Before, xi)),
            CueKind::DayBefore => Some((yi, RelKind::DayBefore, xi)),
            CueKind::Simultaneous => Some((xi, RelKind::Simultaneous, yi)),
            _ => None,
        };
        if let Some((who, r, anchor)) = rel {
            mentions[who].relations.push((r, anchor));
        }
    }
}

/// The act a "when" clause naming mention `xi` tells the time of: the last one told before
/// the conjunction, whatever its clause, but not background named after "since" nor the
/// landmark of a comparison ("the heaviest since the 2020 war").
fn when_act(scan: &Scan, mentions: &[Mention], xi: usize) -> Option<usize> {
    let x_head = mentions[xi].head();
    let conj = (x_head.saturating_sub(8)..x_head)
        .rev()
        .find(|&i| when_clause(scan, i))?;
    (0..mentions.len())
        .filter(|&m| {
            m != xi
                && !mentions[m].background
                && mentions[m].head() < conj
                && scan.landmark_of(mentions[m].head()).is_none()
        })
        .max_by_key(|&m| mentions[m].head())
}

/// The mention a relation phrase naming mention `xi` modifies: one told just before in the same
/// clause, or, for a fronted phrase ("After X, Y"), the next one.
fn modified(scan: &Scan, mentions: &[Mention], xi: usize, kind: CueKind) -> Option<usize> {
    let (tokens, clause) = (&scan.tokens, &scan.clause);
    let x_head = mentions[xi].head();
    let x_last = mentions[xi].occs.last().map_or(x_head, |o| o.last);
    // The last occurrence of each other mention that ends before `x_head` and passes `keep`.
    let last_before = |keep: &dyn Fn(&Occ) -> bool| {
        (0..mentions.len())
            .filter(|&m| m != xi && !mentions[m].background)
            .filter_map(|m| {
                mentions[m]
                    .occs
                    .iter()
                    .filter(|o| o.last <= x_head && keep(o))
                    .map(|o| o.last)
                    .max()
                    .map(|end| (end, m))
            })
            .max()
    };
    let before = last_before(&|o| clause[o.first] == clause[x_head]);
    let same_clause_next = (0..mentions.len())
        .filter(|&m| m != xi && mentions[m].head() >= x_last)
        .filter(|&m| clause[mentions[m].head()] == clause[x_head])
        .min_by_key(|&m| mentions[m].head());
    // ", after residents threw stones": a trailing phrase modifies the clause before it.
    let trailing = if kind == CueKind::Simultaneous {
        None
    } else {
        last_before(&|o| clause[o.first] + 1 == clause[x_head])
    };
    match before.or(trailing) {
        Some((_, m)) => Some(m),
        None if kind == CueKind::Simultaneous && same_clause_next.is_some() => same_clause_next,
        None => (0..mentions.len())
            .filter(|&m| m != xi && mentions[m].head() >= x_last)
            .min_by_key(|&m| mentions[m].head())
            // (A phrase that opens the sentence needs no comma after it: "Накануне встречи
            // премьеров Госдума обвинила ...", "After the meeting the Duma accused ...".)
            .filter(|&m| {
                opens_sentence(scan, x_head)
                    || (x_last..=mentions[m].head())
                        .any(|i| tokens.get(i).is_some_and(|t| t.break_before))
            })
            // "a day after the envoy's visit, where he warned ...": a clause that describes the
            // anchor tells no act the phrase dates.
            .filter(|&m| {
                let opener = (x_last..=mentions[m].head())
                    .find(|&i| tokens.get(i).is_some_and(|t| t.break_before));
                !opener.is_some_and(|i| DESCRIBING.contains(&tokens[i].norm.as_str()))
            })
            // "X, after Y": the phrase set off by a comma modifies what was told before it
            // in the same stretch of the sentence.
            .or_else(|| {
                last_before(&|o| scan.segment(o.first) == scan.segment(x_head)).map(|(_, m)| m)
            }),
    }
}

/// A relation word opens the sentence (after "and", "but" at most) and names the act at
/// `x_head` with no break between.
fn opens_sentence(scan: &Scan, x_head: usize) -> bool {
    let tokens = &scan.tokens;
    scan.cues.hits.iter().any(|(h, k)| {
        let opener = h.first == 1
            && ["and", "but", "then", "и", "а", "но", "затем"].contains(&tokens[0].norm.as_str());
        k.orders_in_time()
            && (h.first == 0 || opener)
            && h.last <= x_head
            && (h.first + 1..=x_head).all(|i| !tokens[i].break_before)
    })
}

/// A breach comes after the agreement named with it.
fn breaches(groups: &[Group], mentions: &mut [Mention]) {
    for vi in 0..mentions.len() {
        if groups[vi].violation
            && let Some(ai) =
                (0..mentions.len()).find(|&a| a != vi && family(mentions[a].event_type) == 1)
        {
            mentions[vi].relations.push((RelKind::After, ai));
        }
    }
}

/// An English adverb ending in "later" ("two days later", "hours later"), which follows the
/// act it dates.
fn postposed(scan: &Scan, h: &Hit) -> bool {
    let last = &scan.tokens[h.last - 1];
    !last.arabic && last.norm == "later"
}

/// The mention of the clause of token `at` whose event word ends nearest before it.
fn last_in_clause_before(scan: &Scan, mentions: &[Mention], at: usize) -> Option<usize> {
    let clause = &scan.clause;
    (0..mentions.len())
        .filter_map(|m| {
            mentions[m]
                .occs
                .iter()
                .filter(|o| o.last <= at && clause[o.first] == clause[at])
                .map(|o| o.last)
                .max()
                .map(|end| (end, m))
        })
        .max()
        .map(|(_, m)| m)
}

/// The mention of the clause of token `at` whose event word lies nearest to it.
fn nearest_in_clause(scan: &Scan, mentions: &[Mention], at: usize) -> Option<usize> {
    let clause = &scan.clause;
    (0..mentions.len())
        .filter(|&m| {
            mentions[m]
                .occs
                .iter()
                .any(|o| clause[o.first] == clause[at])
        })
        .min_by_key(|&m| {
            mentions[m]
                .occs
                .iter()
                .map(|o| o.first.abs_diff(at))
                .min()
                .unwrap_or(usize::MAX)
        })
}

/// The act a time cue at `h` dates: the nearest in its clause, else the first told after it.
fn act_of_cue(scan: &Scan, mentions: &[Mention], h: &Hit) -> Option<usize> {
    nearest_in_clause(scan, mentions, h.first)
        .or_else(|| (0..mentions.len()).find(|&m| mentions[m].head() >= h.last))
}

/// The words before token `i` say that what follows is when a period begins ("from the
/// following day", "со следующего дня", or a word of [`starts_a_period`]: "starting the next
/// day", "اعتبارا من اليوم التالي").
fn opens_a_period(scan: &Scan, i: usize) -> bool {
    let before = i.checked_sub(1).and_then(|k| scan.tokens.get(k));
    before.is_some_and(|t| matches!(t.norm.as_str(), "from" | "с" | "со"))
        || starts_a_period(scan, i)
}

/// "later", and "hours later" / "the next day" without an event after them: the nearest mention
/// of the clause comes after what the story told before it.
fn later_words(scan: &Scan, mentions: &mut [Mention]) {
    let clause = &scan.clause;
    for (h, kind) in &scan.cues.hits {
        let rel = match kind {
            CueKind::Later => RelKind::After,
            // "В тот же день, когда был сбит самолёт": the day of the act the clause names,
            // not of what was told last.
            CueKind::SameDay
                if scan
                    .tokens
                    .get(h.last)
                    .is_some_and(|t| ["когда", "when"].contains(&t.norm.as_str())) =>
            {
                if let Some(m) = act_of_cue(scan, mentions, h) {
                    mentions[m].counted_from_untold = true;
                }
                continue;
            }
            CueKind::SameDay => RelKind::Simultaneous,
            // "declared a ceasefire from the following day": the day a declared period
            // begins, not when the act was made.
            CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter
                if opens_a_period(scan, h.first) =>
            {
                continue;
            }
            CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter => {
                let reach = if scan.prepositional(h) { 7 } else { 2 };
                // "hours after the clashes": a relation to the event named after it (not
                // across a comma: "Hours later, troops shelled ..."). Words that name no
                // event of their own (a reply in kind) do not count.
                if !scan.adverbial(h)
                    && mentions.iter().flat_map(|m| &m.occs).any(|o| {
                        o.first >= h.last
                            && o.first - h.last <= reach
                            && clause[o.first] == clause[h.first]
                    })
                {
                    continue;
                }
                // "في اليوم التالي للأحداث", "the day after the riots", "fifteen days after the
                // Grace 1 was stopped": counted from what it names, which is no event told
                // here or lies beyond reach. The act it dates is that one's day plus the count,
                // not the day the narrative has reached.
                // Set off by a comma at the head of the sentence ("Four days after the
                // incident, Russia imposed sanctions"), it counts for the act after it.
                if !scan.adverbial(h) {
                    if let Some(m) = act_of_cue(scan, mentions, h) {
                        mentions[m].counted_from_untold = true;
                    }
                    continue;
                }
                match kind {
                    CueKind::HoursAfter => RelKind::HoursAfter,
                    CueKind::DayAfter => RelKind::DayAfter,
                    _ => RelKind::DaysAfter,
                }
            }
            _ => continue,
        };
        // "arrived in Tehran two days later for talks": an English "... later" told after its
        // verb dates what came before it in the clause, not what follows ("for talks").
        let after_its_act = postposed(scan, h)
            .then(|| last_in_clause_before(scan, mentions, h.first))
            .flatten();
        // What the clause goes on to tell ("for talks", "and met the president") is no earlier.
        if let Some(t) = after_its_act {
            for (m, x) in mentions.iter_mut().enumerate() {
                if m != t
                    && x.later.is_none()
                    && x.relations.is_empty()
                    && x.occs
                        .iter()
                        .any(|o| o.first >= h.last && clause[o.first] == clause[h.first])
                {
                    x.later = Some(rel);
                }
            }
        }
        let target = after_its_act.or_else(|| act_of_cue(scan, mentions, h));
        // "وفي اليوم التالي، ردت الجزائر": a plain "later" word says less than the day
        // already given.
        if let Some(m) = target
            && !(rel == RelKind::After && mentions[m].later.is_some())
        {
            mentions[m].later = Some(rel);
        }
    }
}
