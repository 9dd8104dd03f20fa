//! The event words of a sentence that tell something happened or is to happen (not those it
//! negates or only calls for), and what the agreeing verbs among them govern.

use super::Occ;
use super::scan::Scan;
use crate::ingest::lexicon::{CasualtyKind, CueKind, LangTag};
use crate::ingest::time::mention::COMPLEMENTIZERS;
use crate::model::EventType;

/// Event occurrences, without negated ones and without what one side merely calls for
/// ("urged both sides to return to talks"), also across the commas around a date or a name
/// ("دعا X، الخميس، إلى وقف ...").
pub fn find(scan: &Scan) -> Vec<Occ> {
    scan.event_hits
        .iter()
        .filter(|h| {
            !negated_before(scan, h.first)
                && !negated_after(scan, h.last)
                && !appealed(scan, h.first)
                && !denied(scan, h.first)
                && !where_lines_meet(scan, h.first, h.entry)
                && !characterized(scan, h.first, h.entry)
                && !medical_evacuation(scan, h.first, h.entry)
                && !private_travel(scan, h.first, h.entry)
                && !closed_without_crossing(scan, h.first, h.entry)
        })
        .map(|h| Occ {
            first: h.first,
            last: h.last,
            entry: h.entry,
        })
        .collect()
}

/// A negation or denial at most two words before the event word at `i`, in its clause. A
/// preposition of absence ("без", "without", "دون") negates the noun it governs ("без жертв",
/// "without casualties"), not a past verb told after that noun: "без предупреждения открыли
/// огонь", "without warning opened fire".
fn negated_before(scan: &Scan, i: usize) -> bool {
    let verb = scan.tokens.get(i).is_some_and(|t| {
        let w = t.norm.as_str();
        match scan.ctx.lang {
            LangTag::Ru => {
                w.chars().count() >= 4
                    && crate::tagger::tense::RU_PAST_ENDINGS
                        .iter()
                        .any(|e| w.ends_with(e))
            }
            LangTag::En => w.len() >= 4 && w.ends_with("ed"),
            _ => false,
        }
    });
    let absence = |h: &crate::ingest::text::Hit| {
        h.last == h.first + 1
            && scan
                .tokens
                .get(h.first)
                .is_some_and(|t| matches!(t.norm.as_str(), "без" | "without" | "دون" | "بدون"))
    };
    scan.cues_within(&[CueKind::Negation, CueKind::Denial], i, 2)
        .any(|h| !(h.last < i && verb && absence(h)))
        || negated_yet(scan, i)
}

/// Arabic words a negated verb may put before its subject without moving the negation off it:
/// "yet" ("حتى الآن") and "is done" ("ولم يتم حتى الآن الإعلان عن وقف إطلاق النار").
const AR_YET: &[&str] = &["حتي", "الان", "يتم", "تتم"];

/// An Arabic negation before a verb and its subject, "yet" between them ("ولم تنعقد حتى الآن
/// المحادثات"): at most two other words between the negation and the event word at `i`.
fn negated_yet(scan: &Scan, i: usize) -> bool {
    if scan.ctx.lang != LangTag::Ar {
        return false;
    }
    let word = |k: usize| scan.tokens.get(k).map_or("", |t| t.norm.as_str());
    scan.cues_within(&[CueKind::Negation], i, 6).any(|h| {
        let between = h.last..i;
        between.clone().any(|k| AR_YET.contains(&word(k)))
            && between.filter(|&k| !AR_YET.contains(&word(k))).count() <= 2
    })
}

/// Russian puts the negation after the act it denies: "Обстрела не было", "перестрелки не
/// зафиксировано", "столкновений нет" (not "не" before another verb: "обстрел не прекращался"
/// is no denial). `end` is where the event word ends.
fn negated_after(scan: &Scan, end: usize) -> bool {
    if scan.ctx.lang != LangTag::Ru {
        return false;
    }
    let word = |k: usize| scan.tokens.get(k).map_or("", |t| t.norm.as_str());
    let breaks = |k: usize| scan.tokens.get(k).is_some_and(|t| t.break_before);
    // At most four words on ("Перестрелки у села Кок-Таш не зафиксировано"), within the
    // clause, with no other event word between, but for the act it governs right after it
    // ("нарушений режима прекращения огня не зафиксировано": the truce is what was breached).
    let mut last = (end + 5).min(scan.tokens.len());
    let mut k = end;
    while k < last {
        if breaks(k) {
            return false;
        }
        if let Some(h) = scan.event_hits.iter().find(|h| h.first == k) {
            if k > end + 1 {
                return false;
            }
            last = (last + (h.last - h.first)).min(scan.tokens.len());
            k = h.last;
            continue;
        }
        if word(k) == "нет" {
            return true;
        }
        if word(k) == "не" {
            return !breaks(k + 1) && HAPPENED.contains(&word(k + 1));
        }
        k += 1;
    }
    false
}

/// Russian verbs of happening and recording that "не" denies after an act.
const HAPPENED: &[&str] = &[
    "было",
    "были",
    "был",
    "была",
    "произошло",
    "произошла",
    "произошли",
    "случилось",
    "зафиксировано",
    "зафиксированы",
    "зафиксирован",
    "зафиксирована",
    "отмечено",
    "отмечалось",
    "допущено",
    "велось",
    "велся",
    "велась",
    "велись",
    "последовало",
    // Acts held, brought in, begun or signed: "Переговоры так и не состоялись", "Военное
    // положение пока не вводилось", "Соглашение не подписано".
    "состоялся",
    "состоялась",
    "состоялось",
    "состоялись",
    "проводился",
    "проводилась",
    "проводилось",
    "проводились",
    "вводился",
    "вводилась",
    "вводилось",
    "вводились",
    "введен",
    "введена",
    "введено",
    "введены",
    "объявлялся",
    "объявлялась",
    "объявлялось",
    "объявлялись",
    "объявлен",
    "объявлена",
    "объявлено",
    "объявлены",
    "начался",
    "началась",
    "началось",
    "начались",
    "подписан",
    "подписана",
    "подписано",
    "подписаны",
];

/// The types of the violent acts a sentence denies: in a denied clause, or right after the
/// denial ("denied firing any shells", "نفت قصف").
pub fn denied_violence(scan: &Scan) -> Vec<EventType> {
    let mut out: Vec<EventType> = scan
        .event_hits
        .iter()
        .filter(|h| denied(scan, h.first) || scan.cue_within(&[CueKind::Denial], h.first, 3))
        .map(|h| scan.type_of_entry(h.entry))
        .filter(|t| super::is_violent(*t))
        .collect();
    out.dedup();
    out
}

/// A general violent word that names an act as a side sees it ("protested against what it
/// called an aggression", "ما وصفته بـ\"العدوان\""): the act is told elsewhere or not at all.
/// So is any event word after the "as" of "described ... as" ("described the incident ... as a
/// local face-off").
fn characterized(scan: &Scan, i: usize, entry: usize) -> bool {
    let e = &scan.ctx.lex.events[entry];
    let named = e.flags.generic
        && super::is_violent(scan.type_of_entry(entry))
        && scan
            .cues
            .of(CueKind::Characterization)
            .any(|h| h.last <= i && i - h.last <= 3 && scan.segment(h.first) == scan.segment(i));
    let word = |k: usize| scan.tokens[k].norm.as_str();
    let described_as = (i.saturating_sub(4)..i).any(|k| {
        word(k) == "as" && (k.saturating_sub(30)..k).any(|j| DESCRIBING.contains(&word(j)))
    });
    named || described_as
}

/// Verbs that name something "as" something else.
const DESCRIBING: &[&str] = &[
    "described",
    "describes",
    "describing",
    "characterised",
    "characterized",
    "termed",
    "labelled",
    "labeled",
    "branded",
];

/// The wounded taken to hospital ("two soldiers sustained wounds and were evacuated to
/// Georgetown", "تم إجلاء الجرحى"): care for casualties, not people displaced.
fn medical_evacuation(scan: &Scan, i: usize, entry: usize) -> bool {
    if scan.type_of_entry(entry) != EventType::Displacement
        || scan.ctx.lex.events[entry].concept != "evacuation"
    {
        return false;
    }
    scan.ctx
        .lex
        .find_casualties(&scan.tokens, scan.ctx.lang)
        .iter()
        .any(|(h, kind)| {
            *kind == CasualtyKind::Injured
                && scan.segment(h.first) == scan.segment(i)
                && (h.last <= i && i - h.last <= 6 || h.first > i && h.first - i <= 3)
        })
}

/// Pilgrims, traders or residents travelling ("pilgrims are again travelling to Mount
/// Kailash"): people on the move, not an official visit.
fn private_travel(scan: &Scan, i: usize, entry: usize) -> bool {
    scan.type_of_entry(entry) == EventType::Visit && scan.cue_within(&[CueKind::Civilian], i, 4)
}

/// What can be closed at a border: "the crossings, the two main trade points, were closed".
const CLOSABLE: &[&str] = &[
    "border",
    "borders",
    "crossing",
    "crossings",
    "checkpoint",
    "checkpoints",
    "airport",
    "airports",
    "airspace",
    "road",
    "roads",
    "highway",
    "corridor",
    "pass",
    "frontier",
];

/// "was closed" with no crossing, border, airport or road named before it in the sentence: a
/// door, a session, a case.
fn closed_without_crossing(scan: &Scan, i: usize, entry: usize) -> bool {
    scan.ctx.lex.events[entry].concept == "border closure"
        && ["was", "were", "been"].contains(&scan.tokens[i].norm.as_str())
        && !(i.saturating_sub(20)..i).any(|k| CLOSABLE.contains(&scan.tokens[k].norm.as_str()))
}

/// Things that meet without talking ("where the borders of Thailand, Cambodia and Laos meet").
const LINES: &[&str] = &[
    "border",
    "borders",
    "frontier",
    "frontiers",
    "boundary",
    "boundaries",
    "river",
    "rivers",
    "road",
    "roads",
    "lines",
];

/// The talks verb "meet" whose subject is a border, a river or a road: a place, not a meeting.
fn where_lines_meet(scan: &Scan, i: usize, entry: usize) -> bool {
    scan.type_of_entry(entry) == EventType::Talks
        && ["meet", "meets"].contains(&scan.tokens[i].norm.as_str())
        && (i.saturating_sub(10)..i).any(|k| {
            LINES.contains(&scan.tokens[k].norm.as_str()) && scan.segment(k) == scan.segment(i)
        })
}

/// Token `i` is in the clause a denial denies: "نفى الوزير في تغريدة أن تكون بلاده قد أطلقت أي
/// قذيفة", "the ministry denied that its troops had fired": not told as having happened. A
/// "but" or another verb of saying between them ends the denial.
fn denied(scan: &Scan, i: usize) -> bool {
    // "نفى الجيش، في بيان أمس، وقوع أي هجوم", "denied any attack": "any" right before the act.
    let any_before =
        (i.saturating_sub(2)..i).any(|k| ["اي", "any"].contains(&scan.tokens[k].norm.as_str()));
    scan.cues.of(CueKind::Denial).any(|h| {
        h.last <= i
            && i - h.last <= 16
            && scan.segment(h.first) == scan.segment(i)
            && (any_before
                || (h.last..i).any(|k| COMPLEMENTIZERS.contains(&scan.tokens[k].norm.as_str())))
            && !scan
                .cues
                .of(CueKind::ClauseBreak)
                .chain(scan.cues.of(CueKind::Speech))
                // "نفى نية بلاده التصعيد، وأعلن أنه أمر بتقليص ...": a new saying asserts.
                .any(|c| c.first > h.last && c.first < i)
    })
}

/// Token `i` is what an appeal calls for: in the appeal's clause, or after its "to" with no
/// "but" and no other event word between. Not what a relative clause tells of a thing named in
/// the appeal, its verb right after the relative pronoun ("طالبت ... بالإفراج عن الناقلة التي
/// احتجزتها القوات أمس", "urged Iran to free the tanker which its navy seized on Monday"): that
/// is told as done. (Not a purpose in it: "المهلة التي حددتها لإسرائيل لسحب قواتها", the deadline
/// set for a withdrawal; nor "that", which may open what is called for: "urged that the
/// fighting stop".)
pub fn appealed(scan: &Scan, i: usize) -> bool {
    use crate::ingest::time::mention::RELATIVE_PRONOUNS;
    let (tokens, clause, cues) = (&scan.tokens, &scan.clause, &scan.cues);
    let purpose = |k: usize| {
        let w = tokens[k].norm.as_str();
        w == "to" || (tokens[k].arabic && w.starts_with('ل'))
    };
    let relative_verb = (i.saturating_sub(3)..i).any(|k| {
        let w = tokens[k].norm.as_str();
        w != "that" && RELATIVE_PRONOUNS.contains(&w) && !(k + 1..=i).any(purpose)
    });
    !relative_verb
        && cues.of(CueKind::Appeal).any(|h| {
            h.last <= i
                && i - h.last <= 14
                && (clause[h.first] == clause[i]
                    || ((h.last..i).any(|k| ["الي", "to"].contains(&tokens[k].norm.as_str()))
                        && !(h.last..i).any(|k| {
                            cues.starting_at(k, CueKind::ClauseBreak)
                                || scan.event_hits.iter().any(|e| e.first == k)
                        })))
        })
}

/// The appeal verb whose own day the expression at token `i` gives: right after the verb and
/// who made the appeal, before anything is called for ("طالبت كوريا الجنوبية اليوم الثلاثاء
/// إيران بالإفراج", "urged both sides on Tuesday to meet"). The verb's first token.
pub fn appeal_dated_at(scan: &Scan, i: usize) -> Option<usize> {
    let tokens = &scan.tokens;
    let calls_for = |k: usize| {
        let w = tokens[k].norm.as_str();
        ["to", "for", "الي", "علي"].contains(&w) || (tokens[k].arabic && w.starts_with('ب'))
    };
    scan.cues
        .of(CueKind::Appeal)
        .find(|h| h.last <= i && i - h.last <= 4 && !(h.last..i).any(calls_for))
        .map(|h| h.first)
}

/// What the agreeing verbs of a sentence govern.
#[derive(Debug, Default)]
pub struct Agreements {
    /// Heads of the event words agreed on ("agreed to hold a visit"): the visit is agreed, to
    /// come, not a new agreement.
    pub agreed_at: Vec<usize>,
    /// Heads of agreeing verbs kept as the agreement that holds what was agreed ("agreed on the
    /// withdrawal of forces and a ceasefire").
    pub kept_pacts: Vec<usize>,
}

/// Agreeing verbs: "agreed to hold a visit" makes the visit agreed, and the verb is no event
/// of its own unless a date stands between them ("agreed on Friday to withdraw troops": the
/// agreeing is Friday's, the withdrawal to come). "agreed on the withdrawal of forces and a
/// ceasefire": the agreement itself is the incident, a ceasefire holding its terms. The verbs
/// that are no event of their own are removed from `occs`.
pub fn agreeing_verbs(scan: &Scan, occs: &mut Vec<Occ>) -> Agreements {
    let clause = &scan.clause;
    let mut out = Agreements::default();
    let mut drop = vec![false; occs.len()];
    for (k, o) in occs.iter().enumerate() {
        if !scan.entry(o).flags.governs {
            continue;
        }
        // The next event word that is not itself introduced by a relation word ("agreed
        // during their meeting on a ceasefire": the ceasefire, not the meeting).
        let introduced = |p: &Occ| {
            scan.cues.hits.iter().any(|(h, k)| {
                matches!(
                    k,
                    CueKind::Simultaneous | CueKind::After | CueKind::Before | CueKind::HoursAfter
                ) && h.last <= p.first
                    && p.first - h.last <= 1
            })
        };
        if let Some(next) = occs
            .iter()
            .skip(k + 1)
            .find(|p| p.first >= o.last && !introduced(p))
            && next.first - o.last <= 8
            && clause[next.first] == clause[o.first]
        {
            // "agreed on the withdrawal of forces and a ceasefire": the agreement itself is the
            // incident (a ceasefire holding its terms), not a planned withdrawal.
            let is_pact = |p: &Occ| {
                matches!(scan.type_of(p), EventType::Ceasefire | EventType::Agreement)
                    && !scan.entry(p).flags.governs
            };
            let pact_follows = !is_pact(next)
                && occs.iter().any(|p| {
                    p.first > next.first
                        && p.first - next.first <= 8
                        && clause[p.first] == clause[o.first]
                        && is_pact(p)
                });
            if pact_follows && !matches!(scan.type_of(next), EventType::Talks | EventType::Visit) {
                out.kept_pacts.push(o.first);
                continue;
            }
            out.agreed_at.push(next.first);
            // "agreed on Friday to withdraw troops": the date is the agreeing's, so the
            // agreement stays an event of its own and the withdrawal is to come.
            let dated_between = scan.dated_within(o.last, next.first);
            drop[k] = !dated_between;
        }
    }
    let mut k = 0;
    occs.retain(|_| {
        let keep = !drop[k];
        k += 1;
        keep
    });
    out
}
