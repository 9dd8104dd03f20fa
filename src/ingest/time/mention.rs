//! The dates of the mentions of a sentence: each temporal expression governs the nearest
//! mention it can date (clause boundaries count extra), unless it dates a saying, a count, or
//! something the lexicon does not name; then [`govern`] picks among the expressions a mention
//! was given. Also: "since" gives the earliest day an undated mention began, and what was said
//! on a day happened on or before it.

use super::govern::{Assigned, govern};
use super::{DateReading, usable};
use crate::date::{IncidentDate, Precision};
use crate::ingest::lexicon::{CueKind, LangTag};
use crate::ingest::mentions::grouping::Group;
use crate::ingest::mentions::scan::Scan;
use crate::ingest::mentions::{Mention, Occ, RelKind, is_telling};
use crate::ingest::mentions::{occurrences, relations};
use crate::ingest::text::{Hit, Token};
use crate::model::{EventType, Status};
use crate::tagger::TemporalExpr;

/// The dates things were said on: (end of the speech verb, date, the expression as written).
/// What follows was said on that date; see [`SaidOn::bound`].
pub struct SaidOn(Vec<(usize, IncidentDate, String)>);

/// Words that attach the date after them to what was said before: "clashes on Thursday".
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "of",
    "في",
    "يوم",
    "خلال",
    "مساء",
    "صباح",
    "в",
    "во",
    "утром",
    "вечером",
    "ночью",
    "днем",
];

/// Auxiliaries and modals after a weekday that make it the subject of its own clause ("said
/// Monday would be a day of mourning").
const AUXILIARIES: &[&str] = &[
    "would",
    "will",
    "was",
    "is",
    "be",
    "had",
    "has",
    "could",
    "should",
    "might",
    "будет",
    "станет",
    "был",
    "была",
    "стал",
    "стала",
];

/// Nouns of a toll or a count, whose relative clause may give the day it was counted.
const TOLL_NOUNS: &[&str] = &[
    "حصيله",
    "toll",
    "tally",
    "figures",
    "данные",
    "данным",
    "данных",
];

/// Relative pronouns: "the truce that was announced on Friday".
pub const RELATIVE_PRONOUNS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "that",
    "which",
    "который",
    "которая",
    "которое",
    "которые",
    "которого",
    "которой",
    "которых",
];

/// Words that open what was said ("said that", "أعلنت أنها", "قال إن", "заявил, что"): a date after one is
/// the date of what was said, not of the saying; after a denial, what is denied. Folded forms
/// (ا for أ/إ).
pub const COMPLEMENTIZERS: &[&str] = &[
    "that",
    "что",
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
];

/// Date the mentions of a sentence (`groups[i]` is what `mentions[i]` was built from; `occs`
/// are its event words), mark the undated ones named after "since", and give "since" bounds.
pub fn date_mentions(
    scan: &Scan,
    groups: &[Group],
    occs: &[Occ],
    mentions: &mut [Mention],
) -> SaidOn {
    let running = super::running::phrases(scan);
    let said = assign_expressions(scan, groups, occs, mentions, &running);
    super::running::widen(scan, mentions, &running);
    at_the_time_of(scan, mentions);
    mark_times(scan, mentions);
    since(scan, occs, mentions);
    said
}

/// "تجري القوات منذ الثلاثاء الماضي مناورات", "وعززت السلطات منذ أمس انتشار عناصرها": an
/// activity dated by منذ has gone on from that day to the report's; only a truce, a pact or a
/// war that broke out is dated by the day it began. (Run once relations have used the day it
/// began: what it came after came before that day.)
pub fn going_on_since(scan: &Scan, mentions: &mut [Mention]) {
    // (English "since" takes a clause as often as a date: "since India inaugurated a road on
    // May 8" dates the road. Arabic منذ before a date is read so.)
    if scan.ctx.lang != LangTag::Ar {
        return;
    }
    let published = scan.ctx.published;
    for &(a, b, e) in &scan.expr_tokens {
        // (منذ before a count is "ago": "منذ أيام" is a past moment, not a start.)
        if since_before(scan, a).is_none() || e.rule.contains("ago") {
            continue;
        }
        for m in mentions.iter_mut() {
            let begins = matches!(
                m.event_type,
                EventType::Ceasefire | EventType::Agreement | EventType::ArmedClash
            );
            let dated_by_it = m.date.as_ref().is_some_and(|r| r.text == e.text);
            let aside = m.anchor || m.background || m.reference;
            if begins || aside || !dated_by_it || m.head() < b || m.status == Status::Planned {
                continue;
            }
            if let Some(r) = m.date.as_mut()
                && let Some(lo) = r.date.earliest().filter(|&lo| lo < published)
                && let Ok(span) = IncidentDate::one_of(Some(lo), Some(published))
            {
                r.date = span;
            }
        }
    }
}

/// Each usable expression goes to the mention it most likely dates; each mention is then
/// governed by the expressions it was given.
fn assign_expressions(
    scan: &Scan,
    groups: &[Group],
    occs: &[Occ],
    mentions: &mut [Mention],
    running: &[super::running::Running],
) -> SaidOn {
    let ctx = scan.ctx;
    let mut assigned: Vec<Vec<Assigned>> = vec![Vec::new(); mentions.len()];
    let mut said_by: Vec<(usize, IncidentDate, String)> = Vec::new();
    let relation_at = relation_words(scan, groups, mentions);
    let breached = breached_agreements(scan, occs, mentions);
    // (A dated saying's own statement is no act of what was said.)
    let told_before = mentions
        .iter()
        .all(|m| (m.generic && m.definite) || m.occs.iter().all(Occ::wordless));
    // "Pakistan violated the ceasefire": the truce breached is one the story knows, named to
    // say what was breached; it is evidence of a truce the report tells, never one of its own.
    // Russian has no article to say so: the truce a breach word names ("нарушили режим
    // прекращения огня", "нарушение перемирия") is the one already made.
    let articled = ctx.lang != LangTag::Ru;
    for (m, &b) in mentions.iter_mut().zip(&breached) {
        if b && (m.definite || !articled) {
            m.reference = true;
        }
    }
    for &(a, b, e) in &scan.expr_tokens {
        let Some(reading) = super::expressions::readings(e, ctx.published) else {
            continue;
        };
        let date = reading.date;
        // A wide span with both ends known ("earlier this year", "in the 1990s", "between
        // 2008 and 2011") still bounds an event the sentence dates no other way; any other
        // date of the sentence comes first.
        let wide = !usable(&date) && date.earliest().is_some() && date.latest().is_some();
        if !usable(&date) && !wide {
            continue;
        }
        // "came after Iran said late Tuesday it had hit two bases": the day of a saying, even
        // inside a relation phrase, bounds what was said.
        if let Some(at) = saying(scan, occs, a, b, told_before) {
            if date.latest().is_some() {
                said_by.push((at, date, e.text.clone()));
            }
            continue;
        }
        // "pounded the camp for a second day on Monday": the day told with a count of days
        // running is the counted act's, whichever act is nearer.
        if let Some(m) = running
            .iter()
            .find(|r| {
                scan.clause[r.first] == scan.clause[a]
                    && ((r.last <= a && a - r.last <= 1) || b == r.first)
            })
            .and_then(|r| super::running::counted(scan, mentions, r))
        {
            assigned[m].push((0, reading, e.start, e.end));
            continue;
        }
        // "urged both sides to meet next week", "offered to host talks as soon as next week":
        // the date is the one of what is asked for or offered, which is no event. Right after
        // the appeal's verb and who made it, before anything is called for, it is the appeal's
        // own day, and only the appeal's.
        let appealed = occurrences::appealed(scan, a);
        if appealed
            && let Some(verb) = occurrences::appeal_dated_at(scan, a)
            && let Some(m) = mentions
                .iter()
                .position(|m| m.occs.iter().any(|o| o.first <= verb && verb < o.last))
        {
            assigned[m].push((0, reading, e.start, e.end));
            continue;
        }
        // "أدانت كوريا الجنوبية اليوم الثلاثاء احتجاز الناقلة": in a verb-first Arabic
        // sentence, a date right after a condemnation's or accusation's verb and who spoke,
        // before the act it names, is the words' own day (in English and Russian the date
        // comes before the verb, or right after it, and goes to it already).
        if scan.ctx.lang == LangTag::Ar
            && let Some(m) = mentions.iter().position(|m| {
                matches!(m.event_type, EventType::Statement | EventType::Accusation)
                    && m.occs.iter().any(|o| {
                        o.last < a
                            && a - o.last <= 4
                            && !occs.iter().any(|p| p.first > o.last && p.first < a)
                    })
            })
        {
            assigned[m].push((0, reading, e.start, e.end));
            continue;
        }
        if in_relation_phrase(scan, a, b)
            || superseded_plan(scan, a, b)
            || appealed
            || dates_what_came_before(scan, occs, a, b)
            || names_a_month(scan, occs, a, &date)
        {
            continue;
        }
        if day_of_toll_update(scan, a, b) || in_participle_clause(scan, occs, a) {
            continue;
        }
        // "signed a declaration in front of the guarantors of the 1942 Rio Protocol": a year
        // that modifies a name dates only what that name heads.
        let modified = modified_by_year(scan, e, a, b, &date);
        let broken = broken_on(scan, occs, a);
        // "the Indus Waters Treaty signed in 1960", "بمعاهدة مياه السند الموقعة عام 1960": the
        // year of a signing dates only an agreement.
        let signing = signed_at(scan, a);
        let mut ranked: Vec<(usize, usize)> = (0..mentions.len())
            .filter(|&m| !breached[m] && relation_at[m].is_none_or(|at| a >= at))
            .filter(|&m| broken.is_none_or(|o| !mentions[m].occs.contains(&o)))
            .filter(|&m| {
                modified.is_none_or(|(first, last)| (first..=last).contains(&mentions[m].head()))
            })
            .filter(|&m| {
                !signing
                    || matches!(
                        mentions[m].event_type,
                        EventType::Agreement | EventType::Ceasefire
                    )
            })
            .map(|m| (cost(scan, &mentions[m], a, b), m))
            .filter(|(c, _)| *c != usize::MAX)
            .collect();
        ranked.sort_unstable();
        // "will withdraw in the next two days, before the period set in the agreement ends":
        // the act named after a relation word in its clause is what the relation is measured
        // from; a date told before that word is the other act's.
        if ranked
            .iter()
            .any(|&(_, m)| !past_relation(scan, b, &mentions[m]))
        {
            ranked.retain(|&(_, m)| !past_relation(scan, b, &mentions[m]));
        }
        // "condemned the attack in a statement on Tuesday", "دان الهجوم في بيان أمس": the day
        // after the word for a statement is the statement's, not the act it names.
        if in_a_statement(scan, a) {
            ranked.sort_by_key(|&(c, m)| (!said_act(mentions[m].event_type), c));
        }
        if let Some(&(cost, m)) = ranked.first() {
            // "declared three days of national mourning starting the next morning", "أعلن
            // الحداد ثلاثة أيام ابتداءً من اليوم": the day a declared period begins; the
            // declaration was made by then.
            if mentions[m].event_type == EventType::Statement && starts_a_period(scan, a) {
                mentions[m].until = super::min_opt(mentions[m].until, date.latest());
                continue;
            }
            let reading = DateReading {
                date: designated_day(scan, &reading, a, b),
                ..reading
            };
            let reading = deadline(scan, reading, a);
            // (Right beside its act, "войне 1991–1992 годов", "the war of 1991-1992", a wide
            // date is that act's own, whatever the sentence dates further on.)
            let cost = if wide && cost > 1 { cost + 50 } else { cost };
            assigned[m].push((cost, reading, e.start, e.end));
        }
    }
    for (m, mut list) in assigned.into_iter().enumerate() {
        list.sort_by_key(|x| x.2);
        mentions[m].date = govern(ctx.text, list, ctx.published);
    }
    SaidOn(said_by)
}

/// The expression at token `a` is the start of a period ("starting Friday", "from Monday",
/// "ابتداءً من اليوم", "اعتبارا من الغد", "начиная с понедельника").
pub fn starts_a_period(scan: &Scan, a: usize) -> bool {
    const STARTING: &[&str] = &[
        "starting",
        "beginning",
        "effective",
        "ابتداء",
        "اعتبارا",
        "بدءا",
        "начиная",
    ];
    (a.saturating_sub(2)..a).any(|k| {
        STARTING.contains(&scan.tokens[k].norm.trim_end_matches('ً'))
            && (k + 1..=a).all(|j| !scan.tokens[j].break_before)
    })
}

/// Words for a statement, after which a date is the statement's ("in a statement on Tuesday",
/// "في بيان أمس", "في بيان صدر اليوم").
const STATEMENT_WORDS: &[&str] = &[
    "statement",
    "communique",
    "communiqué",
    "بيان",
    "بيانها",
    "بيانه",
    "تصريح",
    "تصريحات",
];

/// The expression at token `a` follows a word for a statement, with at most a preposition or a
/// word of issuing between ("statement on Tuesday", "بيان صدر اليوم").
fn in_a_statement(scan: &Scan, a: usize) -> bool {
    statement_word_before(scan, a).is_some()
}

/// The word for a statement that the expression at token `a` follows (see [`in_a_statement`]).
pub fn statement_word_before(scan: &Scan, a: usize) -> Option<usize> {
    let tokens = &scan.tokens;
    let bridge = |k: usize| {
        PREPOSITIONS.contains(&tokens[k].norm.as_str())
            || [
                "issued",
                "released",
                "صدر",
                "اصدرته",
                "اصدرها",
                "نشرته",
                "نشر",
            ]
            .contains(&tokens[k].norm.as_str())
    };
    (a.saturating_sub(3)..a).find(|&k| {
        STATEMENT_WORDS.contains(&tokens[k].norm.as_str())
            && (k + 1..a).all(|j| bridge(j) && !tokens[j].break_before)
    })
}

/// Acts made in words: a statement's date is theirs.
fn said_act(t: EventType) -> bool {
    matches!(t, EventType::Statement | EventType::Accusation)
}

/// Words of a signing right before a date ("signed in 1960", "الموقعة عام 1960").
const SIGNED: &[&str] = &[
    "signed",
    "الموقعه",
    "الموقع",
    "الموقعتين",
    "المبرمه",
    "المبرم",
];

/// A year that modifies a noun dates what the noun phrase names, never another act of the
/// sentence: written between the article and the noun in English ("the 1942 Rio Protocol",
/// "the 2015 agreement", "the 2021 clashes"), after the noun in the genitive in Russian with no
/// preposition ("гарантов протокола 1942 года", "договор 1997 года"), and after it with the
/// preposition of belonging in Arabic ("لبروتوكول ريو لعام 1942"; a bare "عام 1948" after a
/// verb or noun is adverbial: "اندلعت الحرب عام 1948"). Gives the tokens where that noun
/// phrase's head may lie: the year and the few words after it (English), or the few before it,
/// within its clause.
fn modified_by_year(
    scan: &Scan,
    e: &TemporalExpr,
    a: usize,
    b: usize,
    date: &IncidentDate,
) -> Option<(usize, usize)> {
    let tokens = &scan.tokens;
    if date.precision() != Precision::Year || a == 0 || tokens[a].break_before {
        return None;
    }
    let word = |t: &Token| t.norm.chars().next().is_some_and(char::is_alphabetic);
    match scan.ctx.lang {
        LangTag::En => {
            let attributive = b == a + 1
                && tokens[a - 1].norm == "the"
                && tokens.get(b).is_some_and(|t| !t.break_before && word(t));
            attributive.then(|| {
                let last = (b..tokens.len().min(b + 4))
                    .take_while(|&i| i == b || !tokens[i].break_before)
                    .last()
                    .unwrap_or(b);
                (a, last)
            })
        }
        LangTag::Ru => {
            let genitive = e.text.ends_with("года") || e.text.ends_with("г.");
            let after_noun = word(&tokens[a - 1])
                && !RU_YEAR_PREPOSITIONS.contains(&tokens[a - 1].norm.as_str());
            (genitive && after_noun).then(|| (noun_phrase_before(tokens, a), a))
        }
        LangTag::Ar => {
            let before = scan.ctx.text.get(..e.start).unwrap_or("");
            let mut last_two = before.chars().rev();
            let of_the_year =
                last_two.next() == Some('ل') && last_two.next().is_none_or(char::is_whitespace);
            of_the_year.then(|| (noun_phrase_before(tokens, a), a))
        }
        LangTag::Any => None,
    }
}

/// Words a Russian year in the genitive follows when it says when ("с 1942 года", "до 1991
/// года"), not what a noun is of. (A part of a year or a season, "конца 1942 года", is read
/// with its year as one span.)
const RU_YEAR_PREPOSITIONS: &[&str] = &[
    "с",
    "со",
    "до",
    "от",
    "после",
    "около",
    "начиная",
    "кроме",
    "вплоть",
    "накануне",
];

/// The first of the four tokens before `a` that lie in `a`'s clause.
fn noun_phrase_before(tokens: &[Token], a: usize) -> usize {
    let mut first = a - 1;
    while first > a.saturating_sub(4) && !tokens[first].break_before {
        first -= 1;
    }
    first
}

/// The expression starting at token `a` follows a word of signing, in its clause (a place may
/// stand between: "الموقّع في الصخيرات في كانون الأول ٢٠١٥", "signed in Skhirat in December").
fn signed_at(scan: &Scan, a: usize) -> bool {
    (a.saturating_sub(5)..a).any(|k| {
        SIGNED.contains(&scan.tokens[k].norm.as_str())
            && (k + 1..=a).all(|i| !scan.tokens[i].break_before)
    })
}

/// The mention is named after a relation word ("before", "after") in that word's clause,
/// and the relation word comes after the date that ends at token `b`.
fn past_relation(scan: &Scan, b: usize, m: &Mention) -> bool {
    let head = m.head();
    scan.cues.hits.iter().any(|(h, k)| {
        k.orders_in_time()
            && h.first >= b
            && h.last <= head
            && scan.clause[h.first] == scan.clause[head]
    })
}

/// Where the relation word that makes a mention an anchor begins ("after the ceasefire"): a
/// date told before that word is not the anchor's.
fn relation_words(scan: &Scan, groups: &[Group], mentions: &[Mention]) -> Vec<Option<usize>> {
    mentions
        .iter()
        .enumerate()
        .map(|(m, x)| {
            groups[m].cue.filter(|k| *k != CueKind::Simultaneous)?;
            let head = x.head();
            scan.cues
                .hits
                .iter()
                .filter(|(h, k)| {
                    (k.orders_in_time() || matches!(k, CueKind::Accordance | CueKind::Attribution))
                        && h.last <= head
                        && head - h.last <= 2
                })
                .map(|(h, _)| h.first)
                .max()
        })
        .collect()
}

/// The agreement a breach is of ("خرق الهدنة ليلة السبت"): the date is the breach's.
fn breached_agreements(scan: &Scan, occs: &[Occ], mentions: &[Mention]) -> Vec<bool> {
    let violation = |o: &Occ| {
        scan.ctx
            .lex
            .events
            .get(o.entry)
            .is_some_and(|e| e.flags.violation)
    };
    mentions
        .iter()
        .map(|x| {
            // "violated the truce", "خرق الهدنة", "in violation of the Minsk agreements": the
            // agreement right after the breach word, past an article or determiner, "of", and
            // the name the agreement goes by.
            let head = x.head();
            let right_after = |o: &Occ| {
                o.last <= head
                    && head - o.last <= 4
                    && (o.last..head).all(|k| {
                        let word = scan.tokens[k].norm.as_str();
                        DETERMINERS.contains(&word) || word == "of" || named(scan, k)
                    })
            };
            occs.iter().any(|o| right_after(o) && violation(o)) && !x.occs.iter().any(violation)
        })
        .collect()
}

/// Whether token `k` is a word of Latin or Cyrillic letters written with a capital, or a year:
/// part of the name an agreement goes by ("the Minsk agreements", "the 2020 ceasefire").
fn named(scan: &Scan, k: usize) -> bool {
    let t = &scan.tokens[k];
    let written = &scan.ctx.text[t.start..t.end];
    (!t.arabic && written.chars().next().is_some_and(char::is_uppercase))
        || (written.len() == 4 && written.chars().all(|c| c.is_ascii_digit()))
}

/// "Putin's visit, which had been planned for Oct. 15, is now expected in early December",
/// "визит, первоначально намеченный на 15 октября, перенесён на декабрь": a day a plan had
/// before it moved, with the new one told after it in the sentence, dates nothing.
fn superseded_plan(scan: &Scan, a: usize, b: usize) -> bool {
    let tokens = &scan.tokens;
    let word = |k: usize| tokens[k].norm.as_str();
    let window = a.saturating_sub(5)..a;
    let earlier = window.clone().any(|k| {
        matches!(
            word(k),
            "originally" | "initially" | "первоначально" | "изначально"
        ) || word(k).starts_with("планировавш")
    });
    let had_been = window.clone().any(|k| {
        word(k) == "had"
            && tokens.get(k + 1).is_some_and(|t| t.norm == "been")
            && tokens.get(k + 2).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "planned" | "scheduled" | "set" | "slated" | "expected" | "due"
                )
            })
    });
    (earlier || had_been) && scan.dated_within(b, tokens.len())
}

/// An expression inside a relation phrase ("hours after") is the relation's, not a date.
fn in_relation_phrase(scan: &Scan, a: usize, b: usize) -> bool {
    scan.cues.hits.iter().any(|(h, k)| {
        matches!(
            k,
            CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter
        ) && h.first < b
            && h.last > a
    })
}

/// "stalled after a change of government in October": the date is of what the event came
/// after, which the lexicon does not name; it dates nothing here. (When the lexicon names it,
/// before the date or right after it, "بعد أن شنت نيودلهي فجر الأربعاء ضربات", the date is
/// that event's.)
fn dates_what_came_before(scan: &Scan, occs: &[Occ], a: usize, b: usize) -> bool {
    let clause = &scan.clause;
    scan.cues
        .of(CueKind::After)
        .chain(scan.cues.of(CueKind::Before))
        .any(|h| {
            !names_a_time_of_day(scan, h.last)
                && h.last <= a
                && a - h.last <= 8
                && clause[h.first] == clause[a]
                && !occs.iter().any(|o| {
                    (o.first >= h.last && o.first < b)
                        || (o.first >= b && o.first <= b + 2 && clause[o.first] == clause[a])
                })
        })
}

/// Words for a time of day that "after" or "before" can be part of ("بعد ظهر الأربعاء",
/// Wednesday afternoon; "shortly after midnight"; "before dawn"), folded.
const TIMES_OF_DAY: &[&str] = &[
    "ظهر",
    "الظهر",
    "منتصف",
    "الزوال",
    "العصر",
    "midnight",
    "dawn",
    "noon",
    "nightfall",
    "dark",
    "sunset",
    "sunrise",
    "daybreak",
    // A prayer's hour: "عقب صلاة الجمعة", after Friday prayers.
    "صلاه",
    "الصلاه",
];

/// Token `i` (right after an "after" or "before" word) names a time of day: the word says when
/// in the day, not what the event came after. So does a day with its prayers ("after Friday
/// prayers").
fn names_a_time_of_day(scan: &Scan, i: usize) -> bool {
    let word = |k: usize| scan.tokens.get(k).map_or("", |t| t.norm.as_str());
    TIMES_OF_DAY.contains(&word(i))
        || relations::first_light(&scan.tokens, i)
        || ["prayers", "prayer"].contains(&word(i + 1))
}

/// Words before an Arabic month name that make it say when ("في ديسمبر", "مطلع يونيو", "منذ
/// أكتوبر"), folded.
const MONTH_ADVERBIALS: &[&str] = &[
    "في",
    "منذ",
    "خلال",
    "حتي",
    "قبل",
    "بعد",
    "من",
    "الي",
    "مطلع",
    "اوائل",
    "اواخر",
    "اواسط",
    "منتصف",
    "نهايه",
    "بدايه",
    "اول",
    "اخر",
    "شهر",
    "طيله",
    "طوال",
    "بحلول",
    "ابتداء",
    "اعتبارا",
    "مع",
    "او",
    "و",
];

/// An Arabic month named by a noun it follows in construct ("يطوون صفحة كانون الأول", turning
/// December's page), with no preposition or time word before it, names that noun's month; it
/// does not say when another act happened. (After an event word, "أحداث ديسمبر", it dates the
/// event.)
fn names_a_month(scan: &Scan, occs: &[Occ], a: usize, date: &IncidentDate) -> bool {
    let tokens = &scan.tokens;
    let adverbial = |t: &Token| t.forms().any(|v| MONTH_ADVERBIALS.contains(&v));
    scan.ctx.lang == LangTag::Ar
        && date.precision() == Precision::Month
        && a > 0
        && !adverbial(&tokens[a])
        && tokens[a - 1].arabic
        && !tokens[a].break_before
        && !adverbial(&tokens[a - 1])
        && !occs.iter().any(|o| o.last == a)
}

/// "said on Friday" dates the saying: the end of the speech, claim or count verb the expression
/// at token `a` dates. (Arabic: "أعلنت الوزارة، اليوم السبت، ارتفاع الحصيلة": the date comes
/// between the speaker and what was said, with no event word before it.) What was said
/// happened on or before that day. But "the truce that the two sides announced on Friday"
/// ("الهدنة التي أعلنها الطرفان الجمعة") dates the truce: the announcement is the event. "the
/// toll rose to 50 on Sunday" dates the count, not the event counted.
///
/// `told_before`: every act the sentence names is one already told (a general word with the
/// article); only then does a date that opens the sentence date the saying (see
/// [`fronted_saying`]).
pub fn saying(scan: &Scan, occs: &[Occ], a: usize, b: usize, told_before: bool) -> Option<usize> {
    let tokens = &scan.tokens;
    // "said Tajik troops Friday shelled ...": in English a date right before an event word or
    // a verb of its own ("said Monday would be a day of mourning") dates what follows, not the
    // saying. (Arabic puts the date of the saying there: "أعلنت الوزارة، السبت، سحب القوات".)
    let leads_on = scan.ctx.lang == LangTag::En
        && (occs.iter().any(|o| o.first == b)
            || tokens
                .get(b)
                .is_some_and(|t| AUXILIARIES.contains(&t.norm.as_str())));
    if leads_on {
        return None;
    }
    scan.cues
        .hits
        .iter()
        // ("как заявил в субботу Ташиев": a Russian attribution with its verb is a saying, of
        // the day inside it; "Как заявили в Минобороны, утром в среду ..." dates what was said.)
        .filter(|(h, k)| {
            matches!(k, CueKind::Speech | CueKind::Claim | CueKind::Count)
                || (*k == CueKind::Attribution
                    && tokens[h.first].norm == "как"
                    && !(h.last..=a.min(tokens.len() - 1)).any(|k| tokens[k].break_before))
        })
        .map(|(h, _)| h)
        // "По версии таджикской стороны, в четверг ...", "allegedly on Friday": a claim word
        // that is no verb says whose account it is, not when it was given.
        .filter(|h| !unspoken(&tokens[h.first].norm, &tokens[h.last - 1].norm))
        .find(|h| {
            h.last <= a
                && a - h.last <= 6
                && !occs.iter().any(|o| o.first >= h.last && o.first < a)
                && !(h.last..a).any(|k| COMPLEMENTIZERS.contains(&tokens[k].norm.as_str()))
                && !(h.first >= 2
                    && RELATIVE_PRONOUNS.contains(&tokens[h.first - 1].norm.as_str())
                    && occs.iter().any(|o| o.last == h.first - 1))
                // "هدنة إنسانية أعلنت في موسكو في العاشر من أكتوبر", "a truce announced in
                // Moscow on Oct. 10": the verb qualifies the event named right before it.
                && !occs.iter().any(|o| {
                    o.last <= h.first
                        && h.first - o.last <= 1
                        && (o.last..=h.first).all(|k| !tokens[k].break_before)
                })
        })
        .map(|h| h.last)
        .or_else(|| said_right_after(scan, a, b))
        .or_else(|| fronted_saying(scan, occs, a, b, told_before))
}

/// "по данным, которые в понедельник огласил премьер": in a Russian relative clause, a date
/// right before its speech verb is the day of the saying (the end of the verb).
fn said_right_after(scan: &Scan, a: usize, b: usize) -> Option<usize> {
    let tokens = &scan.tokens;
    if scan.ctx.lang != LangTag::Ru
        || tokens.get(b).is_none_or(|t| t.break_before)
        || !(a.saturating_sub(2)..a).any(|k| RELATIVE_PRONOUNS.contains(&tokens[k].norm.as_str()))
    {
        return None;
    }
    scan.cues
        .of(CueKind::Speech)
        .find(|h| h.first == b)
        .map(|h| h.last)
}

/// "Бакиев в четверг заявил, что ...", "The ministry on Friday said ...": a date between who
/// speaks and the speech verb, with no act named before it, modifies the saying. The end of
/// the speech verb. (Only for a saying with no new act: tellings that what was said names, an
/// accusation, take the saying's day by [`saying`]'s other rules.)
pub fn between_speaker_and_verb(scan: &Scan, occs: &[Occ], a: usize, b: usize) -> Option<usize> {
    let tokens = &scan.tokens;
    if a == 0 || occs.iter().any(|o| o.first < a) || tokens.get(b)?.break_before {
        return None;
    }
    scan.cues
        .of(CueKind::Speech)
        .find(|h| h.first == b && scan.clause[a - 1] == scan.clause[b])
        .map(|h| h.last)
}

/// The first words of claim cues that are no verb of saying: "по версии", "по утверждению",
/// "якобы", "allegedly", "alleged".
const UNSPOKEN_CLAIMS: &[&str] = &["по", "якобы", "allegedly", "alleged"];

/// A claim cue from `first` to `last` is no saying that a date can mark: one of
/// [`UNSPOKEN_CLAIMS`], or "как" with an impersonal verb ("как утверждается", "как сообщается").
/// "как заявил в субботу Ташиев" is a saying with its day.
fn unspoken(first: &str, last: &str) -> bool {
    UNSPOKEN_CLAIMS.contains(&first) || (first == "как" && last.ends_with("ся"))
}

/// Words that may open a clause before a fronted date ("And on Sunday, ...", "وفي يوم الأحد").
const CLAUSE_OPENERS: &[&str] = &[
    "and",
    "but",
    "then",
    "late",
    "early",
    "later",
    // "Earlier, on Friday, the president said ...", "Напомним, в пятницу Токаев заявил ...":
    // a word that steps back or aside before the date.
    "earlier",
    "meanwhile",
    "separately",
    "however",
    "و",
    "ثم",
    "وفي",
    "ويوم",
    "и",
    "а",
    "но",
    "однако",
    "ранее",
    "напомним",
    "напоминаем",
    "также",
    // "Only two days later", "Еще через пять дней", "Уже в понедельник": a word that weighs
    // the date.
    "only",
    "just",
    "already",
    "еще",
    "уже",
    "лишь",
    "только",
];

/// "On Sunday, Supreme Leader Ali Khamenei said the attack ...", "وفي يوم الأحد، قال المرشد إن
/// الهجوم ...": a date that opens the sentence and is followed by who spoke and the speech
/// verb, with no act named before that verb, modifies the saying (the main verb), not what was
/// said. The end of the speech verb. (Only when what was said names acts already told
/// (`told_before`), or is a clause of acts to come ("On June 5 the coalition announced that
/// Ethiopia would accept the ruling": the acceptance was to come after that day): "On 24
/// August, the minister announced the severing of ties" is the severing's day, and so, as
/// reports tell it, is "В прошлую пятницу Минобороны сообщило, что ... открыли огонь".)
fn fronted_saying(
    scan: &Scan,
    occs: &[Occ],
    a: usize,
    b: usize,
    told_before: bool,
) -> Option<usize> {
    let tokens = &scan.tokens;
    let opens = (0..a).all(|k| {
        let w = tokens[k].norm.as_str();
        CLAUSE_OPENERS.contains(&w) || PREPOSITIONS.contains(&w)
    });
    if a > 2 || !opens {
        return None;
    }
    scan.cues
        .of(CueKind::Speech)
        .find(|h| {
            // (Who spoke may be named at length: "командующий войсками Северо-Кавказского
            // военного округа генерал Виктор Казанцев заявил"; but in one clause.)
            h.first >= b
                && (h.first - b <= 8
                    || (h.first - b <= 14 && !(b + 1..=h.first).any(|k| tokens[k].break_before)))
                && !occs.iter().any(|o| o.first < h.last)
                && !(b..h.first).any(|k| {
                    let w = tokens[k].norm.as_str();
                    COMPLEMENTIZERS.contains(&w) || RELATIVE_PRONOUNS.contains(&w)
                })
                && (told_before || clause_to_come(scan, occs, h.last))
        })
        .map(|h| h.last)
}

/// What a speech verb ending at `at` introduces is a clause ("that", "что", "أن") of acts to
/// come: a future word between it and the first act the clause names ("would", "will",
/// "будет", "سوف", "ستسحب").
pub fn clause_to_come(scan: &Scan, occs: &[Occ], at: usize) -> bool {
    let tokens = &scan.tokens;
    if tokens
        .get(at)
        .is_none_or(|t| !COMPLEMENTIZERS.contains(&t.norm.as_str()))
    {
        return false;
    }
    let end = occs
        .iter()
        .filter(|o| o.first > at)
        .map(|o| o.first + 1)
        .min()
        .unwrap_or(tokens.len())
        .min(tokens.len());
    (at + 1..end).any(|k| {
        let w = tokens[k].norm.as_str();
        ["would", "will", "shall", "будет", "будут", "сможет", "سوف"].contains(&w)
            || (tokens[k].arabic && crate::ingest::text::arabic_future_stem(w).is_some())
    })
}

/// "ارتفعت حصيلة ضحايا القصف اليوم الأحد إلى 30": the day the toll was updated, not the day of
/// the shelling.
/// So is the day a count was made as of ("по состоянию на 17 сентября погиб 41 человек", "as
/// of Sunday, 41 had died").
fn day_of_toll_update(scan: &Scan, a: usize, b: usize) -> bool {
    let tokens = &scan.tokens;
    let before = |back: usize| {
        a.checked_sub(back)
            .and_then(|k| tokens.get(k))
            .map_or("", |t| t.norm.as_str())
    };
    // "حسب الحصيلة التي قدمها الوزير الأول في 21 جانفي", "the toll that the ministry gave on
    // Monday": a date in a relative clause on a toll is the day it was counted.
    let toll_clause = (a.saturating_sub(10)..a).any(|j| {
        tokens[j].forms().any(|v| TOLL_NOUNS.contains(&v))
            && (j + 1..a).any(|k| RELATIVE_PRONOUNS.contains(&tokens[k].norm.as_str()))
            && !(j + 1..=a).any(|k| tokens[k].break_before)
    });
    // "по данным Минздрава на утро четверга": the figures as of that day.
    let figures_as_of = scan.ctx.lang == LangTag::Ru
        && (a.saturating_sub(2)..a).any(|k| {
            tokens[k].norm == "на"
                && (k.saturating_sub(3)..k).any(|j| {
                    tokens[j].forms().any(|v| TOLL_NOUNS.contains(&v))
                        && !(j + 1..=a).any(|i| tokens[i].break_before)
                })
        });
    toll_clause
        || figures_as_of
        || crate::tagger::tense::as_of(before(3), before(2), before(1))
        || tokens.get(b).is_some_and(|t| t.norm == "الي")
            && tokens.get(b + 1).is_some_and(Token::is_number)
            && (a.saturating_sub(6)..a).any(|k| tokens[k].forms().any(|v| v == "حصيله"))
}

/// "the deal collapsed early Friday when fighting erupted", "انهارت الهدنة يوم الجمعة": the
/// date at token `a` right after a truce or deal and the word of its breakdown is the day it
/// broke down (and of what broke it), not the day it was made. The word of what broke down.
fn broken_on(scan: &Scan, occs: &[Occ], a: usize) -> Option<Occ> {
    let clause = &scan.clause;
    scan.cues.of(CueKind::Breakdown).find_map(|h| {
        let broken = occs.iter().find(|o| match scan.ctx.lang {
            LangTag::Ar => o.first >= h.last && o.first - h.last <= 1,
            _ => o.last <= h.first && h.first - o.last <= 1,
        })?;
        let end = h.last.max(broken.last);
        (a >= end && a - end <= 2 && clause[a] == clause[h.first]).then_some(*broken)
    })
}

/// How far the expression at tokens [a, b) lies from a mention (`usize::MAX`: it cannot date
/// it): words between, three per clause boundary, four when the date leans on the words before
/// it ("X on Thursday") and the mention follows, ten when another date lies between them.
fn cost(scan: &Scan, mention: &Mention, a: usize, b: usize) -> usize {
    let (tokens, clause) = (&scan.tokens, &scan.clause);
    // "في اجتماع طارئ عقدوه أمس", the meeting they held yesterday: a date right after an Arabic
    // verb with its object pronoun belongs to that verb's act, before it.
    let after_held_it = a > 0
        && tokens[a - 1].arabic
        && ["وه", "وها"]
            .iter()
            .any(|p| tokens[a - 1].norm.ends_with(p));
    // (Not at the head of its clause: "В конце мая Тбилиси выставил посты" has nothing before
    // the preposition for the date to belong to.)
    let leans_left = a > 0
        && clause[a - 1] == clause[a]
        && ((PREPOSITIONS.contains(&tokens[a - 1].norm.as_str())
            && a > 1
            && clause[a - 2] == clause[a])
            || PREPOSITIONS.contains(&tokens[a].norm.as_str())
            || after_held_it);
    let comparisons = &scan.comparisons;
    mention
        .occs
        .iter()
        // "clashes since the collapse in 1991": a date after "since" dates what follows
        // "since" (in its clause: "the clashes, the worst since 1991, broke out on Wednesday"
        // are Wednesday's) ...
        .filter(|o| {
            !scan
                .cues
                .of(CueKind::Since)
                .any(|h| o.last <= h.first && h.last <= a && clause[h.first] == clause[a])
        })
        // "ومنذ 7 أكتوبر، تشن إسرائيل حربا", "Since October 7, Israel has waged war": a date
        // right after "since" at the head of its clause says since when what the next clause
        // tells has gone on (see [`since`]), not the day it happened.
        .filter(|o| {
            !(o.first >= b
                && clause[o.first] != clause[a]
                && !told_at_the_time(scan, b, o.first)
                && scan.cues.of(CueKind::Since).any(|h| {
                    h.first <= a
                        && a <= h.last + 1
                        && !comparisons.iter().any(|&(first, _)| first == h.first)
                        && opens_its_stretch(scan, h.first)
                }))
        })
        // ... and after a comparison's "since" only its landmark ("the worst since the war
        // two years ago, broke out at midnight, when forces began shelling": the shelling is
        // not two years old), or what its "when" tells ("the worst since October 2025, when
        // dozens were killed in fighting").
        .filter(|o| {
            !comparisons.iter().any(|&(since, after)| {
                after <= a
                    && clause[since] == clause[a]
                    && (o.first < after || clause[o.first] != clause[a])
            }) || told_at_the_time(scan, b, o.first)
        })
        // "found the bodies on Wednesday, raising the death toll from the barrage to four": an
        // act named as what a toll counts is dated only inside its own phrase ("the toll from
        // Tuesday's barrage"); the count is told later than the act.
        .filter(|o| counted_by(scan, o.first).is_none_or(|t| a > t && a < o.last + 2))
        // "had agreed to return them, with the first transfer expected next week": a date to
        // come after a word of expectation dates what is expected, not an act told in the past
        // tense before it.
        .filter(|o| !expected_after_past_act(scan, o, a))
        // "اتفقا على إعادة فتحه في العشرين من الشهر", "agreed to reopen it on the 20th": a
        // date inside what was agreed is the agreed act's, not the agreement's.
        .filter(|o| !inside_what_was_agreed(scan, o, a))
        // "Спустя неделю после визита на остров, в четверг, премьеры встретились", "After the
        // talks, on Thursday, the ministers signed": what a fronted relation phrase names is
        // what the act came after; a date that opens the next part of the sentence is the act's.
        .filter(|o| !fronted_relation_object(scan, o, a))
        // "By the time troops reached the village on Monday, gunmen had burned the houses": the
        // day of the "by the time" clause bounds the main clause's acts (see `done_by_then`).
        .filter(|o| !by_the_time(scan, a, o.first))
        // "X, whereas Y said ... on Tuesday": a date never crosses a "but" or "whereas"; it
        // dates its own part of the sentence.
        .filter(|o| scan.segment(o.first) == scan.segment(a))
        // "intervened to separate the crowds, and the situation was calm on the morning of
        // January 12": a clause of its own dates its own predicate.
        .filter(|o| {
            !(scan.ctx.lang != LangTag::Ar
                && o.last <= a
                && clause[o.first] < clause[a]
                && new_predicate(tokens, clause, a))
        })
        .map(|o| {
            let d = if b <= o.first {
                o.first - b
            } else {
                a.saturating_sub(o.last)
            };
            // "X on Thursday": a date after a preposition belongs to what precedes.
            let left = o.first >= b && leans_left;
            // Another date between them most likely dates what lies between.
            let (lo, hi) = if b <= o.first {
                (b, o.first)
            } else {
                (o.last, a)
            };
            let crossed = scan.dated_within(lo, hi);
            // "وأدانت الخارجية، أمس، الغارة على المخيم": an act named again with the article
            // after the date, with another act before it in its clause, is the object of that
            // act; the date is the act's that governs it.
            // So in Arabic is any act after a date set off by commas right after the verb
            // and its subject ("ودانت دولة الإمارات، أمس الأول الاثنين، سيطرة إسرائيل").
            let parenthetical = scan.ctx.lang == LangTag::Ar
                && tokens[a].break_before
                && tokens.get(b).is_some_and(|t| t.break_before);
            let known_object = o.first >= b
                && (mention.definite || parenthetical)
                && o.first == mention.head()
                && other_act_before(scan, mention, a);
            // "Hamdok condemned the attack on Wednesday": the same after the date, in
            // English: an act named again as the object of the act right before it takes
            // its date from that act, not from the day it is spoken of.
            let known_object = known_object
                || (o.last <= a && mention.definite && object_of_act(scan, mention, o.first));
            // "саммит Россия — ЕС, намеченный на 11 ноября", "talks scheduled for Monday":
            // the date a planning word right after the act gives is the act's.
            let scheduled = scan.cues.of(CueKind::PlannedPost).any(|h| {
                h.first >= o.last && h.first - o.last <= 3 && h.last <= a && a - h.last <= 1
            });
            if scheduled {
                return 0;
            }
            // "Летом более тысячи участников забастовки были уволены", "organisers of the
            // protest were arrested on Monday": an act named to say who the people are is no act
            // of the clause's day.
            let known_object = known_object || named_for_its_people(tokens, o.first);
            d + 3 * clause[a].abs_diff(clause[o.first])
                + if known_object { 6 } else { 0 }
                + if left { 4 } else { 0 }
                + if crossed { 10 } else { 0 }
        })
        .min()
        .unwrap_or(usize::MAX)
}

/// The act `o` is named by a relation phrase at the head of its clause ("После визита", "A
/// week after the talks"), closed by a break, and the date at token `a` opens the next part of
/// the sentence: the date is not the act's.
fn fronted_relation_object(scan: &Scan, o: &Occ, a: usize) -> bool {
    let tokens = &scan.tokens;
    let unbroken = |lo: usize, hi: usize| (lo..hi).all(|k| !tokens[k].break_before);
    let part_start = if tokens[a].break_before {
        a
    } else if a > 0
        && tokens[a - 1].break_before
        && PREPOSITIONS.contains(&tokens[a - 1].norm.as_str())
    {
        a - 1
    } else {
        return false;
    };
    o.last <= part_start
        && unbroken(o.first + 1, part_start)
        && scan.cues.hits.iter().any(|(h, k)| {
            let clause_head = (0..=h.first)
                .rev()
                .find(|&i| i == 0 || tokens[i].break_before)
                .unwrap_or(0);
            k.orders_in_time()
                && h.last <= o.first
                && o.first - h.last <= 2
                && h.first - clause_head <= 2
                && unbroken(h.first + 1, o.first + 1)
        })
}

/// People named by an act they took part in or suffered ("participants", "organisers",
/// "victims", "участники", "организаторы", "жертвы", "المشاركين", "منظمي", "ضحايا"): the act
/// after them is named to say who they are.
const PEOPLE_OF_AN_ACT: &[&str] = &[
    "participants",
    "organisers",
    "organizers",
    "victims",
    "instigators",
    "ringleaders",
    "participant",
    "victim",
    "участник",
    "участника",
    "участники",
    "участников",
    "участникам",
    "участниками",
    "организатор",
    "организатора",
    "организаторы",
    "организаторов",
    "организаторам",
    "жертвы",
    "жертв",
    "жертвам",
    "зачинщики",
    "зачинщиков",
    "المشاركين",
    "المشاركون",
    "مشاركين",
    "منظمي",
    "منظمو",
    "ضحايا",
];

/// The act at token `k` follows a word for people it names ("участников забастовки",
/// "organisers of the protest", "ضحايا الهجوم"), with only "of", "in", the article or "في"
/// between.
fn named_for_its_people(tokens: &[Token], k: usize) -> bool {
    let linking = ["of", "in", "the", "في"];
    let mut i = k;
    while i > 0 && k - i < 3 {
        i -= 1;
        if tokens[i + 1].break_before {
            return false;
        }
        if tokens[i].forms().any(|f| PEOPLE_OF_AN_ACT.contains(&f)) {
            return true;
        }
        if !linking.contains(&tokens[i].norm.as_str()) {
            return false;
        }
    }
    false
}

/// The expression at token `a` names a time after publication, a word of expectation ("expected",
/// "due", "will") stands between it and occurrence `o` before it, and `o` is an English verb in
/// the past tense ("agreed", "signed"): the date is what is expected's.
fn expected_after_past_act(scan: &Scan, o: &Occ, a: usize) -> bool {
    let published = scan.ctx.published;
    let to_come = scan.expr_tokens.iter().any(|&(x, _, e)| {
        x == a
            && e.recent(published)
                .and_then(|d| d.earliest())
                .is_some_and(|d| d > published)
    });
    to_come
        && scan.ctx.lang == LangTag::En
        && o.last <= a
        && scan.tokens[o.first].norm.ends_with("ed")
        && ((o.last..a).any(|k| EXPECTING.contains(&scan.tokens[k].norm.as_str()))
            || scan
                .cues
                .of(CueKind::Planned)
                .any(|h| h.first >= o.last && h.last <= a))
}

/// Occurrence `o` is an agreeing verb followed by what was agreed ("agreed to", "اتفقا على"),
/// and the expression at token `a` lies inside that, in the verb's clause.
fn inside_what_was_agreed(scan: &Scan, o: &Occ, a: usize) -> bool {
    scan.flags_of(o).governs
        && a > o.last
        && scan
            .tokens
            .get(o.last)
            .is_some_and(|t| matches!(t.norm.as_str(), "to" | "علي"))
        && scan.clause[a] == scan.clause[o.first]
}

/// Words after which a date tells when something is expected ("the first transfer expected
/// next week").
const EXPECTING: &[&str] = &["expected", "due", "scheduled", "slated", "planned"];

/// An event word of another act than `mention` ends right before the expression at token `a`
/// (at most four words back: its subject between, and the commas that set the date off).
fn other_act_before(scan: &Scan, mention: &Mention, a: usize) -> bool {
    scan.event_hits.iter().any(|e| {
        e.last <= a
            && a - e.last <= 4
            && scan.segment(e.first) == scan.segment(a)
            && !mention.occs.iter().any(|o| o.first == e.first)
    })
}

/// The event word at token `i` of `mention` is the object of another act's word right before
/// it ("condemned the attack", "denied the shelling"), with at most one word between and no
/// clause boundary.
fn object_of_act(scan: &Scan, mention: &Mention, i: usize) -> bool {
    scan.event_hits.iter().any(|e| {
        e.last <= i
            && i - e.last <= 1
            && scan.clause[e.first] == scan.clause[i]
            && !mention.occs.iter().any(|o| o.first == e.first)
    })
}

/// The "toll" word whose phrase names the act at token `i` ("the death toll from North Korea's
/// artillery barrage", "حصيلة ضحايا القصف"), if any.
fn counted_by(scan: &Scan, i: usize) -> Option<usize> {
    const TOLL: &[&str] = &["toll", "tolls", "حصيله"];
    let tokens = &scan.tokens;
    (i.saturating_sub(5)..i)
        .rev()
        .find(|&k| TOLL.contains(&tokens[k].norm.as_str()))
        .filter(|&k| {
            scan.clause[k] == scan.clause[i] && !tokens[k + 1..=i].iter().any(|t| t.break_before)
        })
}

/// Token `i` opens its stretch of the sentence (only "and" or "but" before it): "Since October
/// 7, ...", "ومنذ 7 أكتوبر، ..." (unlike "traded fire almost daily since October 8, a day
/// after ...", "ويتصاعد التوتر منذ مطلع مايو، عندما ...").
fn opens_its_stretch(scan: &Scan, i: usize) -> bool {
    (0..i)
        .filter(|&k| scan.segment(k) == scan.segment(i))
        .all(|k| matches!(scan.tokens[k].norm.as_str(), "and" | "but" | "ثم"))
}

/// Words that tell what happened at the time just named ("October 2025, when ...").
const WHEN: &[&str] = &["when", "عندما", "حين", "حينما", "حينها"];

/// Token `i` lies in the "when" clause right after the date ending at token `b`, with no other
/// date between: "since October 2025, when dozens of soldiers were killed" tells October's
/// events.
fn told_at_the_time(scan: &Scan, b: usize, i: usize) -> bool {
    let tokens = &scan.tokens;
    let at = if tokens.get(b).is_some_and(|t| t.norm == ",") {
        b + 1
    } else {
        b
    };
    tokens
        .get(at)
        .is_some_and(|t| WHEN.contains(&t.norm.as_str()))
        && i > at
        && !scan.dated_within(at, i)
}

/// The clause of token `i` opens with a conjunction or relative word (", and the situation
/// was calm on ...", ", while ...", ", which ...", ", и в 2004-м многие опасались"): it has a
/// predicate of its own.
fn new_predicate(tokens: &[Token], clause: &[usize], i: usize) -> bool {
    let first = (0..=i).find(|&k| clause[k] == clause[i]).unwrap_or(i);
    [
        "and",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "where",
        "as",
        "и",
        "а",
        "но",
        "однако",
        "хотя",
        "где",
    ]
    .contains(&tokens[first].norm.as_str())
}

/// Words right before a date that make it a deadline: "by October 1", "بحلول".
const DEADLINE_WORDS: &[&str] = &["by", "بحلول"];

/// "The withdrawal is to be completed by May 1": on or before that day (from the publication
/// day on, for the coming reading), not that day.
fn deadline(scan: &Scan, r: DateReading, a: usize) -> DateReading {
    let by = a > 0 && DEADLINE_WORDS.contains(&scan.tokens[a - 1].norm.as_str());
    if !by {
        return r;
    }
    let p = scan.ctx.published;
    let before = |d: IncidentDate| {
        let hi = d.latest();
        let lo = hi.filter(|h| *h > p).map(|_| p);
        IncidentDate::one_of(lo, hi).unwrap_or(d)
    };
    DateReading {
        date: before(r.date),
        coming: r.coming.map(before),
        ..r
    }
}

/// "declared Monday a day of mourning": the day named is the coming one (or today).
fn designated_day(scan: &Scan, r: &DateReading, a: usize, b: usize) -> IncidentDate {
    let designated = a > 0
        && scan.cues.of(CueKind::Designation).any(|h| h.last == a)
        && scan
            .tokens
            .get(b)
            .is_some_and(|t| ["a", "an", "as"].contains(&t.norm.as_str()));
    match r.coming {
        Some(c) if designated && r.date.exact_day() != Some(scan.ctx.published) => c,
        _ => r.date,
    }
}

/// "the deal collapsed early Friday when fighting erupted": an undated act told as happening at
/// the time of a dated one of its sentence takes its date, either way round.
fn at_the_time_of(scan: &Scan, mentions: &mut [Mention]) {
    for k in 0..mentions.len() {
        if mentions[k].date.is_some() || mentions[k].status == Status::Planned {
            continue;
        }
        let anchor = mentions[k]
            .relations
            .iter()
            .find(|(kind, a)| {
                *kind == RelKind::Simultaneous
                    && mentions
                        .get(*a)
                        .is_some_and(|x| x.date.is_some() && x.status != Status::Planned)
            })
            .map(|&(_, a)| a)
            // "во время визита 5 сентября президенты подписали договор", "during Monday's
            // visit the presidents signed": the act named after "during" is dated, and the
            // act told at its time takes its day.
            .or_else(|| {
                (0..mentions.len()).find(|&x| {
                    x != k
                        && named_after_during(scan, mentions[x].head())
                        && mentions[x]
                            .date
                            .as_ref()
                            .is_some_and(|d| d.date.exact_day().is_some())
                        && mentions[x].status != Status::Planned
                        && mentions[x].relations.contains(&(RelKind::Simultaneous, k))
                })
            });
        if let Some(a) = anchor {
            mentions[k].date = mentions[a].date.clone();
        }
    }
}

/// The act at token `h` is named right after "during" ("during the visit", "во время визита",
/// "أثناء الزيارة", "خلال الزيارة"), with at most three words between in its clause.
fn named_after_during(scan: &Scan, h: usize) -> bool {
    (h.saturating_sub(4)..h).any(|k| {
        matches!(
            scan.tokens[k].norm.as_str(),
            "during" | "время" | "اثناء" | "خلال"
        ) && (k + 1..=h).all(|j| !scan.tokens[j].break_before)
    })
}

/// Words before an event word that make it the object of another act ("protested against the
/// installation", "احتجوا على تركيب"): told as a cause or a topic, not as the next act.
/// (Folded, as tokens are: على is written علي.)
const ARGUMENT_WORDS: &[&str] = &[
    "against", "over", "about", "of", "for", "علي", "ضد", "بشان", "حول", "عن",
];

/// Articles and determiners between a preposition and its noun ("against the installation").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "its", "their", "his", "her", "this", "these",
];

/// An undated act shares the day of the act told before it in its part of the sentence ("Troops
/// shelled the village on Thursday, and thousands of residents fled"; no "but" or "whereas"
/// between them, not a date after "since"), unless it is planned, named as that act's object or cause
/// ("protested on Wednesday against the installation of cameras"), in the pluperfect ("that
/// officials had installed"), after "since", or as the anchor of a relation. Run once statuses
/// are settled; the day is used only if the incident gets no date of its own.
pub fn share_dates(scan: &Scan, mentions: &mut [Mention]) {
    let tokens = &scan.tokens;
    for k in 0..mentions.len() {
        let m = &mentions[k];
        let head = m.head();
        // The word before the event word, past an article or determiner.
        let before = (0..head)
            .rev()
            .find(|&i| !DETERMINERS.contains(&tokens[i].norm.as_str()));
        let argument = before.is_some_and(|i| ARGUMENT_WORDS.contains(&tokens[i].norm.as_str()));
        // "cameras that officials had installed", "كانت قد": told as earlier than the rest.
        let pluperfect =
            (head.saturating_sub(2)..head).any(|i| matches!(tokens[i].norm.as_str(), "had" | "قد"));
        if m.date.is_some()
            || m.status == Status::Planned
            || m.anchor
            || m.reference
            || m.background
            || m.time_mark
            || argument
            || pluperfect
        {
            continue;
        }
        // "the heaviest since the 44-day war two years ago": what follows "since" is another
        // time.
        let after_since = |x: &Mention| {
            scan.cues
                .of(CueKind::Since)
                .any(|h| h.last <= x.head() && x.head() - h.last <= 3)
        };
        let says = |x: &Mention| is_telling(x.event_type, &x.concept);
        let m_says = says(m);
        let shared = mentions
            .iter()
            .filter(|x| {
                x.head() < head
                    && scan.segment(x.head()) == scan.segment(head)
                    // "agreed on Friday ..., after clashes forced thousands to flee": what came
                    // after "after" happened before it.
                    && !scan
                        .cues
                        .of(CueKind::After)
                        .chain(scan.cues.of(CueKind::Before))
                        .chain(
                            // "two days after Congo ordered ...": before it, too.
                            [CueKind::HoursAfter, CueKind::DayAfter, CueKind::DaysAfter]
                                .into_iter()
                                .flat_map(|k| scan.cues.of(k))
                                .filter(|h| scan.prepositional(h)),
                        )
                        .any(|h| x.head() < h.first && h.first < head)
                    && x.status != Status::Planned
                    && !x.background
                    && !x.anchor
                    && !after_since(x)
                    // "said on Monday that troops shelled": the telling's day is not the act's;
                    // "declared mourning on Thursday and summoned the envoy": one day's
                    // statements ("a truce agreed on Friday, despite accusations": not theirs).
                    // A saying in a Russian gerund clause is a circumstance of the act after it,
                    // by the same subject at the same time: "16 сентября абхазская сторона,
                    // обвинив Тбилиси в нарушении перемирия, возобновила наступление".
                    && (says(x) == m_says || (says(x) && in_gerund_clause(scan, x.head())))
                    // "the soldiers killed in the war": the conflict named, not a day's act
                    // (unless the day is its own: "وتجدد القتال ليل الخميس").
                    && !(x.generic && x.definite && !dated_right_after(scan, x.head()))
            })
            .filter_map(|x| x.date.clone().map(|d| (x.head(), d)))
            // "By the time the leaders flew home on Wednesday, the country had been through the
            // worst fighting": what the main clause tells was done by that day (see below).
            .filter(|&(h, _)| !by_the_time(scan, h, head))
            // A day or a night ("ليل الخميس الجمعة"), not a month or a year: the two acts may
            // lie apart within it.
            .filter(|(_, d)| match (d.date.earliest(), d.date.latest()) {
                (Some(a), Some(b)) => (b - a).num_days() <= 3,
                _ => false,
            })
            .max_by_key(|(h, _)| *h)
            .map(|(_, d)| DateReading {
                coming: None,
                ahead: false,
                ..d
            });
        mentions[k].shares = shared;
    }
}

/// "By the time troops reached the village on Monday, gunmen had burned the houses": an act
/// of the main clause that has no date of its own was done by the day the "by the time" clause
/// before it gives.
pub fn done_by_then(scan: &Scan, mentions: &mut [Mention]) {
    let Some(end) = scan.by_the_time else {
        return;
    };
    let by_then = scan
        .expr_tokens
        .iter()
        .filter(|&&(_, b, _)| b <= end)
        .filter_map(|&(_, _, e)| super::expressions::readings(e, scan.ctx.published))
        .filter(|r| usable(&r.date))
        .filter_map(|r| r.date.latest())
        .min();
    for m in mentions.iter_mut() {
        if m.head() >= end && m.date.is_none() && m.status != Status::Planned {
            m.until = super::min_opt(m.until, by_then);
        }
    }
}

/// The act at token `x` lies in a "by the time" clause at the head of the sentence and the act
/// at token `m` in the main clause after it.
fn by_the_time(scan: &Scan, x: usize, m: usize) -> bool {
    scan.by_the_time.is_some_and(|end| x < end && end <= m)
}

/// Whether token `i` lies in a Russian adverbial clause opened, after a comma, by a perfective
/// gerund ("..., обвинив Тбилиси в нарушении перемирия, ..."; "заявив", "сославшись").
fn in_gerund_clause(scan: &Scan, i: usize) -> bool {
    let tokens = &scan.tokens;
    for k in (i.saturating_sub(5)..=i).rev() {
        // A comma between the word and this token ends the clause.
        if k < i && tokens.get(k + 1).is_some_and(|n| n.break_before) {
            return false;
        }
        let Some(t) = tokens.get(k) else { continue };
        let w = t.norm.as_str();
        let gerund = w.chars().count() >= 5
            && w.chars().all(|c| ('а'..='я').contains(&c) || c == 'ё')
            && ["ив", "ав", "ев", "ыв", "ув", "яв", "вши", "вшись"]
                .iter()
                .any(|e| w.ends_with(e));
        if gerund {
            return t.break_before;
        }
    }
    false
}

/// "вывели из СИЗО экс-президента Атамбаева, осужденного летом этого года": a date right
/// after a full participle that opens a clause after a comma tells when the noun before the
/// comma became so (the conviction), not when the sentence's act happened. It dates nothing
/// unless the participle or that noun is an act's own word ("перемирие, объявленное 5 мая,
/// нарушено"), when the usual nearness decides.
fn in_participle_clause(scan: &Scan, occs: &[Occ], a: usize) -> bool {
    let tokens = &scan.tokens;
    let in_occ = |k: usize| occs.iter().any(|o| o.first <= k && k <= o.last);
    // The participle and the date may have a light preposition between ("задержанного в мае").
    for k in (a.saturating_sub(2)..a).rev() {
        let Some(t) = tokens.get(k) else { continue };
        if tokens.get(k + 1).is_some_and(|n| n.break_before) {
            return false;
        }
        let w = t.norm.as_str();
        let participle = w.chars().count() >= 7
            && w.chars().all(|c| ('а'..='я').contains(&c))
            && RU_FULL_PARTICIPLE_ENDINGS.iter().any(|e| w.ends_with(e));
        // ("саммит Россия — ЕС, намеченный на 17–18 мая": a participle of planning dates the
        // act planned, named before it.)
        let planning = scan.cues.of(CueKind::PlannedPost).any(|h| h.first == k);
        if participle {
            return t.break_before && k > 0 && !in_occ(k) && !in_occ(k - 1) && !planning;
        }
    }
    false
}

/// The endings of Russian full (attributive) passive and past active participles, in every
/// case: осужденного, назначенный, избранной, захваченных, покинувшего, совершившей.
const RU_FULL_PARTICIPLE_ENDINGS: &[&str] = &[
    "нного",
    "нному",
    "нным",
    "нном",
    "нной",
    "нную",
    "нные",
    "нных",
    "нный",
    "нная",
    "нное",
    "вшего",
    "вшему",
    "вшим",
    "вшем",
    "вшей",
    "вшую",
    "вшие",
    "вших",
    "вший",
    "вшая",
    "вшее",
];

/// A temporal expression right after token `i` ("تجدد القتال ليل الخميس"): the word's own
/// date.
fn dated_right_after(scan: &Scan, i: usize) -> bool {
    scan.expr_tokens
        .iter()
        .any(|&(a, _, _)| a > i && a <= i + 2)
}

/// "the worst fighting since a 2020 war", "since independence": an undated event named after
/// "since" only marks a time; it is evidence of that event if the report tells it, never an
/// incident of its own.
///
/// So does an undated run of acts named as what another answers ("strikes in response to
/// attacks by the Iranian regime", "ردا على هجمات النظام"): a general word in the plural,
/// without the article, says why, not which act.
fn mark_times(scan: &Scan, mentions: &mut [Mention]) {
    let clause = &scan.clause;
    for m in mentions {
        let head = m.head();
        let since = (m.generic || m.event_type == EventType::Other)
            && scan
                .cues
                .of(CueKind::Since)
                .any(|h| h.last <= head && head - h.last <= 3 && clause[h.first] == clause[head]);
        let motive = m.anchor
            && m.generic
            && !m.definite
            && m.fatalities.is_empty()
            && plural(&scan.tokens[head], scan.ctx.lang)
            && scan.cues.of(CueKind::After).any(|h| {
                h.last <= head
                    && head - h.last <= 1
                    && (h.first..h.last)
                        .any(|k| RESPONSE_WORDS.contains(&scan.tokens[k].norm.as_str()))
            });
        m.time_mark = m.date.is_none() && (since || motive);
    }
}

/// Words of answering among the words of "after" ("in response to", "ردا على"): what follows
/// is why, not only what came before ("after clashes killed 31" tells the clashes).
const RESPONSE_WORDS: &[&str] = &["response", "retaliation", "reprisal", "ردا", "رد"];

/// A word in the plural, by its ending: English "-s", Arabic sound feminine plural "-ات".
fn plural(t: &Token, lang: LangTag) -> bool {
    match lang {
        LangTag::En => t.norm.len() > 3 && t.norm.ends_with('s') && !t.norm.ends_with("ss"),
        LangTag::Ar => t.norm.chars().count() > 4 && t.norm.ends_with("ات"),
        _ => false,
    }
}

/// The "since" word right before (or inside) the expression at token `a`, unless it opens a
/// comparison ("the most intense since the 2006 war" compares; it does not say since when).
fn since_before<'a>(scan: &'a Scan, a: usize) -> Option<&'a Hit> {
    scan.cues
        .of(CueKind::Since)
        .find(|h| h.first <= a && a <= h.last + 1)
        .filter(|h| !scan.comparisons.iter().any(|&(first, _)| first == h.first))
}

/// "evacuated ... since last Wednesday": it began on that day at the earliest. The cue may be
/// inside the expression ("منذ الأربعاء الماضي") or just before it.
fn since(scan: &Scan, occs: &[Occ], mentions: &mut [Mention]) {
    let clause = &scan.clause;
    for &(a, b, e) in &scan.expr_tokens {
        let Some(since) = since_before(scan, a) else {
            continue;
        };
        let Some(lo) = e.recent(scan.ctx.published).and_then(|d| d.earliest()) else {
            continue;
        };
        // A date that ends before the day it went on since was another act's: "... أواخر
        // تموز، حين رفعت الحكومة الأسعار، ... لتنظيم اعتصامات منذ 18 آب".
        let before_since = |m: &Mention| {
            m.date
                .as_ref()
                .is_some_and(|r| r.date.latest().is_some_and(|l| l < lo))
        };
        let target = (0..mentions.len())
            .filter(|&m| mentions[m].date.is_none() || before_since(&mentions[m]))
            .filter(|&m| {
                mentions[m].occs.iter().any(|o| {
                    o.last <= since.first
                        && clause[o.first] == clause[since.first]
                        && !occs
                            .iter()
                            .any(|x| x.first >= o.last && x.first < a && x.first != o.first)
                })
            })
            .max_by_key(|&m| mentions[m].head())
            .or_else(|| {
                // "Since October 7, Israel has waged war": what the next clause tells.
                let opens = opens_its_stretch(scan, since.first);
                (0..mentions.len())
                    .filter(|&m| opens && mentions[m].date.is_none())
                    .filter(|&m| {
                        let h = mentions[m].head();
                        h >= b && clause[h] != clause[a] && scan.segment(h) == scan.segment(a)
                    })
                    .min_by_key(|&m| mentions[m].head())
            });
        if let Some(m) = target {
            let m = &mut mentions[m];
            // "حالة الطوارئ المعلنة منذ 24 نوفمبر", "the curfew in force since Friday": a
            // state made by announcing it began that day, and its announcement is the act.
            let declared = made_by_announcing(&m.concept)
                .then(|| super::expressions::readings(e, scan.ctx.published))
                .flatten()
                .filter(|r| r.date.precision() == Precision::Day);
            if let Some(r) = declared {
                m.date = Some(r);
            } else {
                m.since = Some(lo);
                m.date = None;
            }
        }
    }
}

/// The date a saying was made on, as the reading of what it dates.
fn said_on(date: &IncidentDate, text: &str) -> DateReading {
    DateReading {
        date: *date,
        text: text.to_string(),
        coming: None,
        ahead: false,
        from_now: false,
        counts_from_anchor: None,
        directed: false,
    }
}

/// Acts done by announcing them: the announcement is the act.
fn made_by_announcing(concept: &str) -> bool {
    matches!(
        concept,
        "relations cut"
            | "state of emergency"
            | "curfew"
            | "martial law"
            | "mobilisation"
            | "ambassador recalled"
            | "ceasefire"
            | "truce"
    )
}

/// Whether the saying that ends at token `at` (its verb, and in Arabic who spoke) announces or
/// declares ("announced", "أعلنت", "объявил"), rather than only says.
fn announces(scan: &Scan, at: usize) -> bool {
    scan.cues
        .hits
        .iter()
        .filter(|(h, k)| *k == CueKind::Speech && h.last == at)
        .flat_map(|(h, _)| scan.tokens.get(h.first..=h.last).unwrap_or_default())
        .any(|t| {
            let w = t.norm.as_str();
            w.starts_with("announc")
                || w.starts_with("declar")
                || w.starts_with("اعلن")
                || w.starts_with("объяв")
        })
}

/// The saying that ends at token `at` is the act `o` names: inside its words ("issued a
/// statement"), or the word itself when a dated saying is the act (a wordless statement).
fn saying_of(o: &Occ, at: usize) -> bool {
    (o.first < at || o.wordless()) && at <= o.last
}

impl SaidOn {
    /// What was said on a day happened on or before it: an undated mention that is not planned
    /// (statuses are decided) is bounded by the day its speaker spoke on. Only what that
    /// speaker said: the same stretch of the sentence, no other speaker or accuser in between
    /// ("..., but Baku accused Yerevan hours later").
    /// A statement that is what was said ("said on Monday it regretted the deaths", "denied on
    /// Tuesday") was made that day: the saying's date is its own.
    pub fn bound(&self, scan: &Scan, mentions: &mut [Mention]) {
        for m in mentions {
            if m.status == Status::Planned {
                continue;
            }
            // "واتهم مسؤولون في وزارة الدفاع، الخميس، إثيوبيا بتسليح ...": the accusing or
            // saying verb is the act itself; the day it was said on is its own.
            let own_saying = matches!(m.event_type, EventType::Statement | EventType::Accusation)
                .then(|| {
                    self.0
                        .iter()
                        .find(|(at, _, _)| m.occs.iter().any(|o| saying_of(o, *at)))
                })
                .flatten()
                .filter(|(_, date, _)| {
                    date.latest().is_some_and(|l| l <= scan.ctx.published)
                        // (Any usable date for a saying that is the act: "أعلن مطلع يوليو".)
                        && (date.precision() == Precision::Day
                            || (m.occs.iter().all(Occ::wordless) && usable(date)))
                });
            if m.date.is_some() {
                // A statement that is only its dated saying ([`grouping::dated_saying`]) takes
                // the saying's day even where a nearer date was given to it: "غادرت الناقلة ظهر
                // أمس الجمعة، بعدما أعلن المتحدث ... يوم الاثنين الماضي أن ...".
                if m.event_type == EventType::Statement
                    && m.occs.iter().all(Occ::wordless)
                    && let Some((_, date, text)) = own_saying
                {
                    m.date = Some(said_on(date, text));
                }
                continue;
            }
            let head = m.head();
            let said: Vec<&(usize, IncidentDate, String)> = self
                .0
                .iter()
                .filter(|(at, _, _)| {
                    *at <= head
                        && scan.segment(*at) == scan.segment(head)
                        && !scan.cues.hits.iter().any(|(h, k)| {
                            matches!(k, CueKind::Speech | CueKind::Claim)
                                && h.first >= *at
                                && h.first <= head
                        })
                })
                .collect();
            m.until = said.iter().filter_map(|(_, d, _)| d.latest()).min();
            if let Some((_, date, text)) = own_saying {
                m.date = Some(said_on(date, text));
                continue;
            }
            // "أعلن الجبير مساء اليوم الأحد قطع العلاقات", "объявил в воскресенье режим ЧП": an
            // act made by announcing it (relations cut, an emergency, a truce declared) is of the
            // day it was announced, not only by then.
            if made_by_announcing(&m.concept)
                && let Some((_, date, text)) = said
                    .iter()
                    .find(|(at, d, _)| announces(scan, *at) && d.precision() == Precision::Day)
                && date.latest().is_some_and(|l| l <= scan.ctx.published)
            {
                m.date = Some(said_on(date, text));
                continue;
            }
            // (Not a day still to come: "announced next Monday a day of mourning" names the
            // day of mourning, not the day it was said.)
            // An accusation that is what was said ("said on Tuesday that Kyrgyz troops opened
            // fire first", "заявили в пятницу, что организатором нападений является ...") is
            // made in the saying.
            if matches!(m.event_type, EventType::Statement | EventType::Accusation)
                && let Some((_, date, text)) = said.iter().min_by_key(|(_, d, _)| d.latest())
                && date.latest().is_some_and(|l| l <= scan.ctx.published)
            {
                m.date = Some(said_on(date, text));
            }
        }
    }
}
