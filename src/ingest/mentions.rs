//! Event mentions in one sentence: event words found with the lexicon, grouped into mentions
//! (a general word such as "clashes" joins the specific word beside it, "stone-throwing"; an
//! agreement holds the measures named after it), each with the temporal expression that governs
//! it, its relations to other mentions of the sentence ("hours after X", "before X", "in line
//! with X"), its status, casualty figures, actors and place.

use chrono::NaiveDate;

use super::gazetteer::{ActorKind, Gazetteer, Target};
use super::lexicon::{CasualtyKind, CueKind, LangTag, Lexicon};
use super::numbers;
use super::sentences::Sentence;
use super::status;
use super::text::{Hit, Token, tokenize};
use crate::date::{IncidentDate, Precision};
use crate::model::{EventType, Fatalities, Status};
use crate::tagger::TemporalExpr;

/// How a mention stands in time to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RelKind {
    /// It happened after the anchor.
    After,
    /// The same day as the anchor or the next.
    HoursAfter,
    /// The day after the anchor.
    DayAfter,
    /// At least a day after the anchor.
    DaysAfter,
    /// It happened before the anchor.
    Before,
    /// At the same time as the anchor.
    Simultaneous,
}

/// One event word (or phrase) in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occ {
    pub first: usize,
    pub last: usize,
    pub entry: usize,
}

/// A date read from a temporal expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateReading {
    pub date: IncidentDate,
    pub text: String,
    /// The coming reading of a date with no year and no direction word ("will meet on
    /// Sunday"), from the tagger; used when the event is planned.
    pub coming: Option<IncidentDate>,
}

/// Everything the sentence says about one event.
#[derive(Debug, Clone)]
pub struct Mention {
    pub sentence: usize,
    pub occs: Vec<Occ>,
    pub event_type: EventType,
    pub concept: String,
    /// Only general words ("clashes", "the attack").
    pub generic: bool,
    /// The event word carries the article or a demonstrative: it may refer back.
    pub definite: bool,
    /// Named only as the anchor of a relation ("after the talks", "in line with the
    /// agreement"): it points to an incident told elsewhere and is not new evidence.
    pub reference: bool,
    /// Named after a relation word ("after X", "before X"): the anchor of another mention.
    pub anchor: bool,
    /// Object of an agreeing verb ("agreed to hold a visit").
    pub agreed: bool,
    pub date: Option<DateReading>,
    /// Relations to other mentions of the same sentence (by index).
    pub relations: Vec<(RelKind, usize)>,
    /// "later", "hours later": after what the story told before.
    pub later: Option<RelKind>,
    pub status: Status,
    pub status_why: String,
    /// Death tolls, each with the side whose dead it counts when the text names one ("59
    /// Kyrgyz citizens", "19 of its citizens", "50 من جنودها"): tolls of different sides add up.
    pub fatalities: Vec<(Fatalities, Option<String>)>,
    /// For each figure, whether it updates the toll ("ارتفعت الحصيلة إلى 30", "rose to 30"):
    /// it replaces the figures told before it.
    pub fatality_updates: Vec<bool>,
    /// Canonical actor names named in the sentence (no media).
    pub actors: Vec<String>,
    /// Countries named or implied (a person's or force's country).
    pub countries: Vec<String>,
    pub place: Option<String>,
    /// Actors named as the speaker of a speech verb that governs this mention.
    pub speaker: Vec<String>,
    /// "evacuated since Wednesday": the day it began at the earliest.
    pub since: Option<NaiveDate>,
    /// "announced on Saturday the withdrawal of forces": it happened on that day at the latest.
    pub until: Option<NaiveDate>,
    /// Marked as new ("a strike", "fresh clashes", "اشتباكات جديدة"): not a reference back.
    pub fresh: bool,
    /// An event verb with the Arabic future prefix ("ستجلي", will evacuate): planned.
    pub future: bool,
    /// Named by a `distinct` word: an act that is an incident of its own.
    pub distinct: bool,
    /// Named right after "since" ("the first clash since the clashes of last April"): told as
    /// background to what the sentence is about.
    pub background: bool,
    /// Named by an Arabic imperfect verb ("يلتقي", "يزور"): with a bare day ("الأحد"), news
    /// tells what is to come.
    pub imperfect: bool,
    /// Named undated after "since" ("since independence"): joins the event if the report
    /// tells it, else is left out.
    pub time_mark: bool,
}

impl Mention {
    pub fn head(&self) -> usize {
        self.occs.first().map_or(0, |o| o.first)
    }
}

/// A sentence with its mentions.
#[derive(Debug, Clone)]
pub struct SentenceAnalysis {
    pub index: usize,
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    /// The sentence steps back in the story (a pluperfect at its head).
    pub flashback: bool,
    /// The date the sentence opens with ("In January 2014, ..."): earlier than what the story
    /// has told, it steps back too.
    pub opening: Option<IncidentDate>,
    pub mentions: Vec<Mention>,
}

/// What the analysis needs besides the sentence.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub lex: &'a Lexicon,
    pub gaz: &'a Gazetteer,
    pub lang: LangTag,
    pub published: NaiveDate,
    /// A byte range to ignore (the dateline at the head of the first paragraph: "BISHKEK,
    /// May 1 (Reuters) -" names the place of writing, not of an event).
    pub skip: Option<(usize, usize)>,
}

pub fn is_violent(t: EventType) -> bool {
    matches!(
        t,
        EventType::ArmedClash
            | EventType::Shelling
            | EventType::AirStrike
            | EventType::Attack
            | EventType::MobViolence
            | EventType::ViolentDemonstration
    )
}

/// Agreements, talks, visits, aid: not something one side alleges against the other.
pub fn is_cooperative(t: EventType) -> bool {
    matches!(
        t,
        EventType::Talks
            | EventType::Visit
            | EventType::Agreement
            | EventType::Ceasefire
            | EventType::Aid
    )
}

fn family(t: EventType) -> u8 {
    match t {
        EventType::Ceasefire | EventType::Agreement => 1,
        _ => 0,
    }
}

/// Whether an expression's date can date an event: a day, month or year, or a span of at most
/// a season or quarter ("خريف 2020", "the first quarter") with both ends known.
pub fn usable(date: &IncidentDate) -> bool {
    match date.precision() {
        Precision::Day | Precision::Month | Precision::Year => true,
        Precision::Range | Precision::Unknown => match (date.earliest(), date.latest()) {
            (Some(a), Some(b)) => (b - a).num_days() <= 92,
            _ => false,
        },
    }
}

struct Cues {
    hits: Vec<(Hit, CueKind)>,
}

impl Cues {
    fn of(&self, kind: CueKind) -> impl Iterator<Item = &Hit> {
        self.hits
            .iter()
            .filter(move |(_, k)| *k == kind)
            .map(|(h, _)| h)
    }
    fn starting_at(&self, i: usize, kind: CueKind) -> bool {
        self.of(kind).any(|h| h.first == i)
    }
}

/// Analyse one sentence. `exprs` are the temporal expressions inside it.
pub fn analyze(
    ctx: &Ctx,
    index: usize,
    sent: &Sentence,
    exprs: &[&TemporalExpr],
) -> SentenceAnalysis {
    let s_text = &ctx.text[sent.start..sent.end];
    let tokens = tokenize(s_text, sent.start);
    let mut out = SentenceAnalysis {
        index,
        start: sent.start,
        end: sent.end,
        paragraph: sent.paragraph,
        flashback: false,
        opening: None,
        mentions: Vec::new(),
    };
    if tokens.is_empty() {
        return out;
    }
    let n = tokens.len();
    let skipped = |i: usize| {
        ctx.skip
            .is_some_and(|(a, b)| tokens[i].start >= a && tokens[i].end <= b)
    };
    let cues = Cues {
        hits: ctx
            .lex
            .find_cues(&tokens, ctx.lang)
            .into_iter()
            .filter(|(h, _)| !skipped(h.first))
            .collect(),
    };
    let event_hits: Vec<Hit> = ctx
        .lex
        .find_events(&tokens, ctx.lang)
        .into_iter()
        .filter(|h| !skipped(h.first))
        .collect();

    // Clauses: punctuation and "but"-words separate them.
    let mut clause = vec![0usize; n];
    let mut c = 0;
    for i in 0..n {
        if i > 0 && (tokens[i].break_before || cues.starting_at(i, CueKind::ClauseBreak)) {
            c += 1;
        }
        clause[i] = c;
    }
    let negated_within = |i: usize, reach: usize| {
        cues.hits
            .iter()
            .filter(|(_, k)| matches!(k, CueKind::Negation | CueKind::Denial))
            .map(|(h, _)| h)
            .any(|h| h.last <= i && i - h.last <= reach && clause[h.first] == clause[i])
    };

    out.flashback = flashback(&tokens, &cues, ctx.lang);

    // Token ranges of the temporal expressions.
    let expr_tokens: Vec<(usize, usize, &TemporalExpr)> = exprs
        .iter()
        .filter(|e| ctx.skip.is_none_or(|(a, b)| e.end <= a || e.start >= b))
        .filter_map(|e| {
            let a = tokens.iter().position(|t| t.end > e.start)?;
            let b = tokens.iter().rposition(|t| t.start < e.end)? + 1;
            (a < b).then_some((a, b, *e))
        })
        .collect();

    out.opening = expr_tokens
        .iter()
        .find(|&&(a, _, e)| a <= 1 && e.date.as_ref().is_some_and(usable))
        .and_then(|&(_, _, e)| e.date);

    // Event occurrences, without negated ones and without what one side merely calls for
    // ("urged both sides to return to talks").
    // (Also across the commas around a date or a name: "دعا X، الخميس، إلى وقف ...".)
    let appealed = |i: usize| {
        cues.of(CueKind::Appeal).any(|h| {
            h.last <= i
                && i - h.last <= 14
                && (clause[h.first] == clause[i]
                    || ((h.last..i).any(|k| ["الي", "to"].contains(&tokens[k].norm.as_str()))
                        && !(h.last..i).any(|k| {
                            cues.starting_at(k, CueKind::ClauseBreak)
                                || event_hits.iter().any(|e| e.first == k)
                        })))
        })
    };
    let mut occs: Vec<Occ> = event_hits
        .iter()
        .filter(|h| !negated_within(h.first, 2) && !appealed(h.first))
        .map(|h| Occ {
            first: h.first,
            last: h.last,
            entry: h.entry,
        })
        .collect();
    let entry = |o: &Occ| &ctx.lex.events[o.entry];
    let ty_of = |o: &Occ| entry(o).event_type.unwrap_or(EventType::Other);

    // Agreeing verbs: "agreed to hold a visit" makes the visit agreed, not a new agreement.
    let mut agreed_at: Vec<usize> = Vec::new();
    // Agreeing verbs kept as the agreement that holds what was agreed.
    let mut kept_pacts: Vec<usize> = Vec::new();
    let mut drop = vec![false; occs.len()];
    for (k, o) in occs.iter().enumerate() {
        if !entry(o).flags.governs {
            continue;
        }
        // The next event word that is not itself introduced by a relation word ("agreed
        // during their meeting on a ceasefire": the ceasefire, not the meeting).
        let introduced = |p: &Occ| {
            cues.hits.iter().any(|(h, k)| {
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
                matches!(ty_of(p), EventType::Ceasefire | EventType::Agreement)
                    && !entry(p).flags.governs
            };
            let pact_follows = !is_pact(next)
                && occs.iter().any(|p| {
                    p.first > next.first
                        && p.first - next.first <= 8
                        && clause[p.first] == clause[o.first]
                        && is_pact(p)
                });
            if pact_follows && !matches!(ty_of(next), EventType::Talks | EventType::Visit) {
                kept_pacts.push(o.first);
                continue;
            }
            agreed_at.push(next.first);
            // "agreed on Friday to withdraw troops": the date is the agreeing's, so the
            // agreement stays an event of its own and the withdrawal is to come.
            let dated_between = expr_tokens.iter().any(|&(a, b, e)| {
                a >= o.last && b <= next.first && e.date.as_ref().is_some_and(usable)
            });
            drop[k] = !dated_between;
        }
    }
    let mut k = 0;
    occs.retain(|_| {
        let keep = !drop[k];
        k += 1;
        keep
    });

    // "after", "a day after", "before": a preposition that takes a clause ("a day after the two
    // sides agreed to a truce"), unlike "later" or "the next day".
    let prepositional = |h: &Hit| {
        h.last > 0 && ["after", "before", "following"].contains(&tokens[h.last - 1].norm.as_str())
    };
    // The relation word right before an occurrence (at most two words between).
    let is_event_tok = |i: usize| occs.iter().any(|o| (o.first..o.last).contains(&i));
    let pre_cue = |o: &Occ| -> Option<CueKind> {
        let mut best: Option<(usize, CueKind)> = None;
        for (h, kind) in &cues.hits {
            let relational = matches!(
                kind,
                CueKind::After
                    | CueKind::HoursAfter
                    | CueKind::DayAfter
                    | CueKind::DaysAfter
                    | CueKind::Before
                    | CueKind::Accordance
                    | CueKind::Attribution
                    | CueKind::Simultaneous
            );
            // "after residents of both sides threw stones": the subject of the clause may stand
            // between a time word and its event.
            let reach = if prepositional(h) { 7 } else { 2 };
            if !relational || h.last > o.first || o.first - h.last > reach {
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
    };

    // Group occurrences into mentions.
    struct Build {
        occs: Vec<Occ>,
        ty: EventType,
        concept: String,
        weight: usize,
        generic: bool,
        violation: bool,
        cue: Option<CueKind>,
    }
    let mut builds: Vec<Build> = Vec::new();
    let mut generics: Vec<(Occ, Option<CueKind>)> = Vec::new();
    let mut open_container: Option<usize> = None;
    // "spoke by phone on Friday and agreed that their ministers will meet": a meeting to come
    // is another event than the talks being told.
    let planned_at = |i: usize| {
        cues.of(CueKind::Planned)
            .any(|h| h.last <= i && i - h.last <= 3 && clause[h.first] == clause[i])
    };
    // "يلتقي الرئيسان ... لبحث ترسيم الحدود": a verbal noun after the preposition ل is the
    // purpose of what precedes it (the word itself does not begin with ل: not "لقاء").
    let purpose = |o: &Occ| {
        tokens[o.first].arabic
            && tokens[o.first].norm.starts_with('ل')
            && entry(o)
                .pattern
                .first_literal()
                .is_some_and(|w| !w.starts_with('ل'))
    };
    for o in &occs {
        let e = entry(o);
        let ty = ty_of(o);
        let cue = pre_cue(o);
        let anchor_cue = cue.filter(|k| *k != CueKind::Simultaneous);
        if let Some(ci) = open_container {
            let last = builds[ci].occs.last().map_or(0, |x| x.last);
            // "an agreement, which provides for the withdrawal of forces": its terms follow
            // across the comma.
            let terms = (last..o.first).any(|i| cues.starting_at(i, CueKind::Terms))
                && !(last..o.first).any(|i| {
                    occs.iter().any(|x| x.first == i)
                        || (i > last
                            && tokens[i].break_before
                            && !cues.starting_at(i, CueKind::Terms))
                });
            let broken = (last..o.first).any(|i| cues.starting_at(i, CueKind::ClauseBreak))
                || (clause[last.saturating_sub(1)] != clause[o.first] && !terms);
            if broken || anchor_cue.is_some() {
                open_container = None;
            }
        }
        if e.flags.generic && is_violent(ty) && anchor_cue.is_none() {
            generics.push((*o, cue));
            continue;
        }
        if anchor_cue.is_none() {
            if let Some(ci) = open_container {
                // Talks hold what was discussed; agreements hold their terms, not new talks.
                // (An agreement reached during talks is an incident of its own.)
                let c = &builds[ci];
                // "met ... to discuss the withdrawal of troops": the subject of the talks.
                let discussed = c.occs.last().is_some_and(|x| {
                    entry(x).concept == "discussion" && o.first >= x.last && o.first - x.last <= 3
                });
                let fits = if c.ty == EventType::Talks {
                    match ty {
                        EventType::Talks => {
                            planned_at(o.first) == planned_at(c.occs[0].first) || purpose(o)
                        }
                        EventType::Aid | EventType::Statement => true,
                        _ if discussed => true,
                        EventType::Agreement | EventType::Ceasefire => {
                            !agreed_at.contains(&o.first)
                        }
                        _ => false,
                    }
                } else {
                    !matches!(ty, EventType::Talks | EventType::Visit)
                };
                if !is_violent(ty) && fits {
                    let b = &mut builds[ci];
                    b.occs.push(*o);
                    let w = o.last - o.first;
                    if (b.ty == EventType::Agreement && ty == EventType::Ceasefire)
                        || (b.ty == ty && w > b.weight)
                    {
                        b.ty = ty;
                        b.weight = w;
                        b.concept = e.concept.clone();
                    }
                    continue;
                }
            }
            // Shelling with aircraft named beside it is an air strike.
            let air = |a: EventType, b: EventType| {
                matches!(
                    (a, b),
                    (EventType::Shelling, EventType::AirStrike)
                        | (EventType::AirStrike, EventType::Shelling)
                )
            };
            let near = |b: &Build| {
                b.occs
                    .iter()
                    .any(|x| clause[x.first] == clause[o.first] && x.last.abs_diff(o.first) <= 4)
            };
            // "flew to Dushanbe on Monday for talks": the talks are the visit's purpose.
            let for_talks = |b: &Build| {
                b.occs
                    .iter()
                    .any(|x| x.last <= o.first && clause[x.first] == clause[o.first])
                    && (o.first.saturating_sub(3)..o.first)
                        .any(|k| tokens[k].norm == "for" && clause[k] == clause[o.first])
            };
            // "met several times, but talks on demarcation stalled": a "but" parts them.
            let parted = |b: &Build| {
                b.occs.iter().all(|x| {
                    let (lo, hi) = (x.first.min(o.first), x.first.max(o.first));
                    (lo + 1..=hi).any(|k| cues.starting_at(k, CueKind::ClauseBreak))
                })
            };
            if let Some((bi, b)) = builds.iter_mut().enumerate().find(|(_, b)| {
                b.cue.is_none()
                    && !parted(b)
                    && (!matches!(ty, EventType::Talks | EventType::Visit)
                        || planned_at(o.first) == planned_at(b.occs[0].first))
                    && ((b.ty == ty && (ty != EventType::Other || b.concept == e.concept))
                        || (family(b.ty) != 0 && family(b.ty) == family(ty))
                        || (air(b.ty, ty) && near(b))
                        || (b.ty == EventType::Visit && ty == EventType::Talks && for_talks(b)))
            }) {
                if e.flags.container {
                    open_container = Some(bi);
                }
                b.occs.push(*o);
                let w = o.last - o.first;
                if w > b.weight && b.ty == ty {
                    b.weight = w;
                    b.concept = e.concept.clone();
                }
                if (b.ty == EventType::Agreement && ty == EventType::Ceasefire)
                    || (b.ty == EventType::Shelling && ty == EventType::AirStrike)
                {
                    b.ty = ty;
                    b.concept = e.concept.clone();
                }
                continue;
            }
        }
        builds.push(Build {
            occs: vec![*o],
            ty,
            concept: e.concept.clone(),
            weight: o.last - o.first,
            generic: e.flags.generic,
            violation: e.flags.violation,
            cue: anchor_cue.or(cue),
        });
        // ("agreed during their meeting on ...": the meeting named in passing does not take
        // over what the agreement holds.)
        let in_passing = cue == Some(CueKind::Simultaneous)
            && open_container.is_some_and(|ci| {
                matches!(builds[ci].ty, EventType::Agreement | EventType::Ceasefire)
            });
        if (e.flags.container || kept_pacts.contains(&o.first)) && !in_passing {
            open_container = Some(builds.len() - 1);
        }
    }
    // General violent words join the nearest specific violent mention of their clause (or of the
    // sentence, when they refer back: "those clashes"); otherwise they are a mention of their own
    // (mob violence when civilians are named beside them).
    if !generics.is_empty() {
        let specific: Vec<usize> = (0..builds.len())
            .filter(|&b| is_violent(builds[b].ty) && !builds[b].generic && builds[b].cue.is_none())
            .collect();
        let mut left: Vec<(Occ, Option<CueKind>)> = Vec::new();
        for &(g, cue) in &generics {
            let refers = status::is_definite(&tokens, &cues.hits, g.first);
            // A date between the two tells them apart ("broke out on Wednesday ... and spread on
            // Thursday to villages where forces used mortars").
            let dated_between = |o: &Occ| {
                let (lo, hi) = (o.first.min(g.first), o.first.max(g.first));
                expr_tokens
                    .iter()
                    .any(|&(a, b, e)| a > lo && b <= hi && e.date.as_ref().is_some_and(usable))
            };
            let nearest = specific
                .iter()
                .copied()
                .filter_map(|b| {
                    builds[b]
                        .occs
                        .iter()
                        .filter(|o| refers || clause[o.first] == clause[g.first])
                        .filter(|o| !dated_between(o))
                        .map(|o| o.first.abs_diff(g.first))
                        .min()
                        .map(|d| (d, b))
                })
                .min();
            match nearest {
                Some((_, b)) => builds[b].occs.push(g),
                None => left.push((g, cue)),
            }
        }
        // General words left over name one event, unless one is marked new ("since a
        // flare-up") or a date stands between them.
        let mut groups: Vec<Vec<(Occ, Option<CueKind>)>> = Vec::new();
        for &(g, cue) in &left {
            let new_event = cues
                .of(CueKind::Indefinite)
                .any(|h| h.last <= g.first && g.first - h.last <= 1);
            let split = groups
                .last()
                .and_then(|grp| grp.last())
                .is_none_or(|(p, _)| {
                    new_event
                        || expr_tokens.iter().any(|&(a, b, e)| {
                            a >= p.last && b <= g.first && e.date.as_ref().is_some_and(usable)
                        })
                });
            if split {
                groups.push(vec![(g, cue)]);
            } else if let Some(grp) = groups.last_mut() {
                grp.push((g, cue));
            }
        }
        for grp in groups {
            let (first, cue) = grp[0];
            builds.push(Build {
                occs: grp.iter().map(|(g, _)| *g).collect(),
                ty: ty_of(&first),
                concept: entry(&first).concept.clone(),
                weight: 0,
                generic: true,
                violation: false,
                cue,
            });
        }
    }
    // "The shelling destroyed houses": the destruction is what the shelling did.
    let mut k = 0;
    while k < builds.len() {
        let b = &builds[k];
        if b.ty == EventType::PropertyDestruction && b.cue.is_none() {
            let at = b.occs[0].first;
            let cause = (0..builds.len()).find(|&c| {
                c != k
                    && is_violent(builds[c].ty)
                    && builds[c]
                        .occs
                        .iter()
                        .any(|o| o.last <= at && at - o.last <= 6 && clause[o.first] == clause[at])
            });
            if let Some(c) = cause {
                let moved = builds.remove(k);
                let c = if c > k { c - 1 } else { c };
                builds[c].occs.extend(moved.occs);
                continue;
            }
        }
        k += 1;
    }
    for b in &mut builds {
        b.occs.sort_by_key(|o| o.first);
        // A general clash word with civilians named beside it: civilians fighting civilians.
        if b.generic && b.ty == EventType::ArmedClash {
            let civilians = cues.of(CueKind::Civilian).any(|h| {
                b.occs
                    .iter()
                    .any(|g| clause[h.first] == clause[g.first] && h.first.abs_diff(g.first) <= 6)
            });
            if civilians {
                b.ty = EventType::MobViolence;
                b.concept = "clashes between civilians".into();
            }
        }
    }
    builds.sort_by_key(|b| b.occs.first().map_or(0, |o| o.first));
    // "X accused Y of shelling": the shelling is the incident (claimed), not the accusation.
    // So are the acts an accusation holds ("accused Y of an incursion and of burning houses"):
    // each is an incident of its own, and the accusation is left out.
    let segment = |i: usize| {
        (0..=i)
            .filter(|&k| cues.starting_at(k, CueKind::ClauseBreak))
            .count()
    };
    let accused_act = |t: EventType| {
        matches!(
            t,
            EventType::Deployment
                | EventType::PropertyDestruction
                | EventType::Arrest
                | EventType::Displacement
                | EventType::Other
        )
    };
    let mut split: Vec<Build> = Vec::new();
    let mut told_acts = vec![false; builds.len()];
    for (bi, b) in builds.iter_mut().enumerate() {
        if b.ty != EventType::Accusation || b.violation {
            continue;
        }
        let acts: Vec<Occ> = b
            .occs
            .iter()
            .copied()
            .filter(|o| {
                ctx.lex
                    .events
                    .get(o.entry)
                    .is_some_and(|e| e.event_type.is_some_and(accused_act))
            })
            .collect();
        if acts.is_empty() {
            continue;
        }
        b.occs.retain(|o| !acts.contains(o));
        told_acts[bi] = true;
        for o in acts {
            let e = entry(&o);
            let ty = ty_of(&o);
            if let Some(x) = split
                .iter_mut()
                .find(|x| x.ty == ty && x.concept == e.concept)
            {
                x.occs.push(o);
                continue;
            }
            split.push(Build {
                occs: vec![o],
                ty,
                concept: e.concept.clone(),
                weight: o.last - o.first,
                generic: e.flags.generic,
                violation: false,
                cue: None,
            });
        }
    }
    let violent_heads: Vec<usize> = builds
        .iter()
        .filter(|b| is_violent(b.ty))
        .map(|b| b.occs[0].first)
        .collect();
    let mut bi = 0;
    builds.retain(|b| {
        let acts_told = told_acts.get(bi).copied().unwrap_or(false);
        bi += 1;
        !(b.ty == EventType::Accusation
            && !b.violation
            && (acts_told
                || violent_heads
                    .iter()
                    .any(|&h| h > b.occs[0].first && segment(h) == segment(b.occs[0].first))))
    });
    if !split.is_empty() {
        builds.extend(split);
        builds.sort_by_key(|b| b.occs.first().map_or(0, |o| o.first));
    }
    // "repeated clashes", "اشتباكات متكررة": habitual background, not an incident.
    // The qualifier follows the noun in Arabic and precedes it in English.
    builds.retain(|b| {
        !cues.of(CueKind::Habitual).any(|h| {
            b.occs.iter().any(|o| {
                clause[h.first] == clause[o.first]
                    && match ctx.lang {
                        LangTag::Ar => h.first >= o.last && h.first - o.last <= 1,
                        // "repeated clashes", "regularly escalate into violence".
                        _ => h.last <= o.first && o.first - h.last <= 3,
                    }
            })
        })
    });

    // Casualties.
    let expr_bytes: Vec<(usize, usize)> = exprs.iter().map(|e| (e.start, e.end)).collect();
    let quantities = numbers::quantities(&tokens, ctx.lex, ctx.lang, &expr_bytes);
    let casualties = numbers::casualties(&tokens, ctx.lex, ctx.lang, &quantities, &|i| {
        negated_within(i, 3)
    });
    if builds.iter().all(|b| !is_violent(b.ty))
        && let Some(c) = casualties.iter().find(|c| {
            (c.kind != CasualtyKind::Injured || casualties.len() == 1)
                // "mourning for the victims" counts no one.
                && (c.kind != CasualtyKind::KilledOrInjured || c.quantity.is_some())
        })
    {
        builds.push(Build {
            occs: vec![Occ {
                first: c.first,
                last: c.last,
                entry: usize::MAX,
            }],
            ty: EventType::Attack,
            concept: "casualties".into(),
            weight: 0,
            generic: true,
            violation: false,
            cue: None,
        });
        builds.sort_by_key(|b| b.occs.first().map_or(0, |o| o.first));
    }

    // Names.
    // A capital or a seat of power named as a speaker ("Bishkek said", "according to
    // Dushanbe", "the Kremlin said") stands for its government: not where anything happened.
    let speaker_seat = |h: &super::gazetteer::NameHit| {
        let Target::Place(i) = h.target else {
            return false;
        };
        let seat = ctx
            .gaz
            .place(i)
            .is_some_and(|p| matches!(p.kind.as_str(), "capital" | "facility"));
        let says_after = cues
            .of(CueKind::Speech)
            .any(|c| c.first == h.last || (c.first == h.last + 1 && tokens[h.last].norm == "has"));
        let source_before = cues.of(CueKind::Attribution).any(|c| c.last == h.first)
            || (h.first > 0
                && tokens[h.first - 1].norm == "from"
                && h.first >= 2
                && ["comment", "response", "reaction"]
                    .contains(&tokens[h.first.saturating_sub(2)].norm.as_str()));
        seat && (says_after || source_before)
    };
    let names: Vec<super::gazetteer::NameHit> = ctx
        .gaz
        .find(&tokens)
        .into_iter()
        .filter(|h| !skipped(h.first))
        .map(|h| government_of_capital(ctx.gaz, &cues, h))
        .filter(|h| !speaker_seat(h))
        .collect();
    let actors_in = |a: usize, b: usize| -> (Vec<String>, Vec<String>) {
        let mut actors = Vec::new();
        let mut countries = Vec::new();
        for h in names.iter().filter(|h| h.first >= a && h.last <= b) {
            if let Target::Actor(i) = h.target
                && let Some(actor) = ctx.gaz.actor(i)
            {
                if actor.kind == ActorKind::Media {
                    continue;
                }
                if !actors.contains(&actor.name) {
                    actors.push(actor.name.clone());
                }
                let country = if actor.kind == ActorKind::Country {
                    Some(actor.name.clone())
                } else {
                    actor.country.clone()
                };
                if let Some(c) = country
                    && !countries.contains(&c)
                {
                    countries.push(c);
                }
            }
        }
        (actors, countries)
    };
    // Actors and place of a mention come from its own clauses; a mention with no actor there
    // takes the countries named elsewhere in the sentence.
    let (_, sentence_countries) = actors_in(0, n);
    let in_clauses = |b: &Build| -> (Vec<String>, Vec<String>, Option<String>) {
        let clauses: Vec<usize> = b.occs.iter().map(|o| clause[o.first]).collect();
        let own: Vec<super::gazetteer::NameHit> = names
            .iter()
            .copied()
            .filter(|h| clauses.contains(&clause[h.first]))
            .collect();
        let (mut actors, mut countries) = (Vec::new(), Vec::new());
        for h in &own {
            let (a, c) = actors_in(h.first, h.last);
            for x in a {
                if !actors.contains(&x) {
                    actors.push(x);
                }
            }
            for x in c {
                if !countries.contains(&x) {
                    countries.push(x);
                }
            }
        }
        // Else the stretch of the sentence up to a "but": "..., where Tajik forces shelled
        // villages" still happened in the place named before the comma.
        let segment = |i: usize| {
            (0..=i)
                .filter(|&k| cues.starting_at(k, CueKind::ClauseBreak))
                .count()
        };
        let segments: Vec<usize> = b.occs.iter().map(|o| segment(o.first)).collect();
        let wider: Vec<super::gazetteer::NameHit> = names
            .iter()
            .copied()
            .filter(|h| segments.contains(&segment(h.first)))
            .collect();
        if actors.is_empty() {
            for h in &wider {
                let (a, c) = actors_in(h.first, h.last);
                for x in a {
                    if !actors.contains(&x) {
                        actors.push(x);
                    }
                }
                for x in c {
                    if !countries.contains(&x) {
                        countries.push(x);
                    }
                }
            }
        }
        if actors.is_empty() {
            actors = sentence_countries.clone();
            countries = sentence_countries.clone();
        }
        let place =
            most_specific_place(ctx.gaz, &own).or_else(|| most_specific_place(ctx.gaz, &wider));
        (actors, countries, place)
    };

    // Build mentions.
    let mut mentions: Vec<Mention> = builds
        .iter()
        .map(|b| {
            let head = b.occs[0];
            let definite = status::is_definite(&tokens, &cues.hits, head.first);
            let (actors, countries, place) = in_clauses(b);
            let reference = matches!(b.cue, Some(CueKind::Accordance))
                || (definite
                    && matches!(
                        b.cue,
                        Some(
                            CueKind::After
                                | CueKind::HoursAfter
                                | CueKind::DayAfter
                                | CueKind::DaysAfter
                        )
                    ));
            Mention {
                sentence: index,
                occs: b.occs.clone(),
                event_type: b.ty,
                concept: b.concept.clone(),
                generic: b.generic,
                definite: definite || reference,
                reference,
                anchor: b.cue.is_some_and(|k| k != CueKind::Simultaneous),
                agreed: b.occs.iter().any(|o| agreed_at.contains(&o.first)),
                date: None,
                relations: Vec::new(),
                later: None,
                status: Status::Occurred,
                status_why: String::new(),
                fatalities: Vec::new(),
                fatality_updates: Vec::new(),
                actors,
                countries,
                place,
                speaker: Vec::new(),
                since: None,
                until: None,
                time_mark: false,
                fresh: cues.of(CueKind::Indefinite).any(|h| {
                    (h.last <= head.first && head.first - h.last <= 1)
                        || (ctx.lang == LangTag::Ar
                            && h.first >= head.last
                            && h.first - head.last <= 1)
                }),
                background: cues
                    .of(CueKind::Since)
                    .any(|h| h.last <= head.first && head.first - h.last <= 1),
                imperfect: ctx.lang == LangTag::Ar
                    && b.occs.iter().any(|o| {
                        ctx.lex.events.get(o.entry).is_some_and(|e| {
                            e.pattern
                                .first_literal()
                                .is_some_and(|w| w.starts_with('ي'))
                        })
                    }),
                distinct: b.occs.iter().any(|o| {
                    ctx.lex
                        .events
                        .get(o.entry)
                        .is_some_and(|e| e.flags.distinct)
                }),
                future: b.occs.iter().any(|o| {
                    ctx.lex
                        .events
                        .get(o.entry)
                        .is_some_and(|e| future_tense(&tokens[o.first], e))
                }),
            }
        })
        .collect();

    // Relations from the relation words.
    for xi in 0..mentions.len() {
        let Some(kind) = builds[xi].cue else { continue };
        let x_head = mentions[xi].head();
        let x_last = mentions[xi].occs.last().map_or(x_head, |o| o.last);
        // The mention the phrase modifies: one told just before in the same clause, or, for a
        // fronted phrase ("After X, Y"), the next one.
        let before = (0..mentions.len())
            .filter(|&m| m != xi)
            .filter_map(|m| {
                mentions[m]
                    .occs
                    .iter()
                    .filter(|o| o.last <= x_head && clause[o.first] == clause[x_head])
                    .map(|o| o.last)
                    .max()
                    .map(|end| (end, m))
            })
            .max();
        let same_clause_next = (0..mentions.len())
            .filter(|&m| m != xi && mentions[m].head() >= x_last)
            .filter(|&m| clause[mentions[m].head()] == clause[x_head])
            .min_by_key(|&m| mentions[m].head());
        // ", after residents threw stones": a trailing phrase modifies the clause before it.
        let trailing = (0..mentions.len())
            .filter(|&m| m != xi && kind != CueKind::Simultaneous)
            .filter_map(|m| {
                mentions[m]
                    .occs
                    .iter()
                    .filter(|o| o.last <= x_head && clause[o.first] + 1 == clause[x_head])
                    .map(|o| o.last)
                    .max()
                    .map(|end| (end, m))
            })
            .max();
        let y = match before.or(trailing) {
            Some((_, m)) => Some(m),
            None if kind == CueKind::Simultaneous && same_clause_next.is_some() => same_clause_next,
            None => (0..mentions.len())
                .filter(|&m| m != xi && mentions[m].head() >= x_last)
                .min_by_key(|&m| mentions[m].head())
                .filter(|&m| {
                    (x_last..=mentions[m].head())
                        .any(|i| tokens.get(i).is_some_and(|t| t.break_before))
                })
                // "X, after Y": the phrase set off by a comma modifies what was told before it
                // in the same stretch of the sentence.
                .or_else(|| {
                    (0..mentions.len())
                        .filter(|&m| m != xi)
                        .filter_map(|m| {
                            mentions[m]
                                .occs
                                .iter()
                                .filter(|o| o.last <= x_head && segment(o.first) == segment(x_head))
                                .map(|o| o.last)
                                .max()
                                .map(|end| (end, m))
                        })
                        .max()
                        .map(|(_, m)| m)
                }),
        };
        let Some(yi) = y else { continue };
        let rel = match kind {
            CueKind::After | CueKind::Accordance => Some((yi, RelKind::After, xi)),
            CueKind::HoursAfter => Some((yi, RelKind::HoursAfter, xi)),
            CueKind::DayAfter => Some((yi, RelKind::DayAfter, xi)),
            CueKind::DaysAfter => Some((yi, RelKind::DaysAfter, xi)),
            CueKind::Before => Some((yi, RelKind::Before, xi)),
            CueKind::Simultaneous => Some((xi, RelKind::Simultaneous, yi)),
            _ => None,
        };
        if let Some((who, r, anchor)) = rel {
            mentions[who].relations.push((r, anchor));
        }
    }
    // A breach comes after the agreement named with it.
    for vi in 0..mentions.len() {
        if builds[vi].violation
            && let Some(ai) =
                (0..mentions.len()).find(|&a| a != vi && family(mentions[a].event_type) == 1)
        {
            mentions[vi].relations.push((RelKind::After, ai));
        }
    }
    // "later", and "hours later" / "the next day" without an event after them.
    for (h, kind) in &cues.hits {
        let rel = match kind {
            CueKind::Later => RelKind::After,
            CueKind::SameDay => RelKind::Simultaneous,
            CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter => {
                let reach = if prepositional(h) { 7 } else { 2 };
                if occs
                    .iter()
                    .any(|o| o.first >= h.last && o.first - h.last <= reach)
                {
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
        let target = (0..mentions.len())
            .filter(|&m| {
                mentions[m]
                    .occs
                    .iter()
                    .any(|o| clause[o.first] == clause[h.first])
            })
            .min_by_key(|&m| {
                mentions[m]
                    .occs
                    .iter()
                    .map(|o| o.first.abs_diff(h.first))
                    .min()
                    .unwrap_or(usize::MAX)
            })
            .or_else(|| (0..mentions.len()).find(|&m| mentions[m].head() >= h.last));
        if let Some(m) = target {
            mentions[m].later = Some(rel);
        }
    }

    // Dates: each expression governs the nearest mention (clause boundaries count extra).
    let mut assigned: Vec<Vec<Assigned>> = vec![Vec::new(); mentions.len()];
    // (speech verb end, day it was said): what follows was said on that day.
    let mut said_by: Vec<(usize, NaiveDate)> = Vec::new();
    // Where the relation word that makes a mention an anchor begins ("after the ceasefire"):
    // a date told before that word is not the anchor's.
    let relation_at: Vec<Option<usize>> = mentions
        .iter()
        .enumerate()
        .map(|(m, x)| {
            builds[m].cue.filter(|k| *k != CueKind::Simultaneous)?;
            let head = x.head();
            cues.hits
                .iter()
                .filter(|(h, k)| {
                    matches!(
                        k,
                        CueKind::After
                            | CueKind::HoursAfter
                            | CueKind::DayAfter
                            | CueKind::DaysAfter
                            | CueKind::Before
                            | CueKind::Accordance
                            | CueKind::Attribution
                    ) && h.last <= head
                        && head - h.last <= 2
                })
                .map(|(h, _)| h.first)
                .max()
        })
        .collect();
    // The agreement a breach is of ("خرق الهدنة ليلة السبت"): the date is the breach's.
    let breached: Vec<bool> = mentions
        .iter()
        .map(|x| {
            let head = x.head();
            occs.iter().any(|o| {
                o.last == head
                    && ctx
                        .lex
                        .events
                        .get(o.entry)
                        .is_some_and(|e| e.flags.violation)
            }) && !x.occs.iter().any(|o| {
                ctx.lex
                    .events
                    .get(o.entry)
                    .is_some_and(|e| e.flags.violation)
            })
        })
        .collect();
    for &(a, b, e) in &expr_tokens {
        let Some(date) = e.date else { continue };
        // A wide span with both ends known ("earlier this year") still bounds an event the
        // sentence dates no other way; any other date of the sentence comes first.
        let wide = !usable(&date)
            && match (date.earliest(), date.latest()) {
                (Some(x), Some(y)) => (y - x).num_days() <= 366,
                _ => false,
            };
        if !usable(&date) && !wide {
            continue;
        }
        // An expression inside a relation phrase ("hours after") is the relation's, not a date.
        if cues.hits.iter().any(|(h, k)| {
            matches!(
                k,
                CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter
            ) && h.first < b
                && h.last > a
        }) {
            continue;
        }
        // "stalled after a change of government in October": the date is of what the event
        // came after, which the lexicon does not name; it dates nothing here.
        if cues
            .of(CueKind::After)
            .chain(cues.of(CueKind::Before))
            .any(|h| {
                h.last <= a
                    && a - h.last <= 8
                    && clause[h.first] == clause[a]
                    && !occs.iter().any(|o| o.first >= h.last && o.first < b)
            })
        {
            continue;
        }
        // "said on Friday" dates the saying.
        // (Arabic: "أعلنت الوزارة، اليوم السبت، ارتفاع الحصيلة": the date comes between the
        // speaker and what was said, with no event word before it.) What was said happened
        // on or before that day. But "the truce that the two sides announced on Friday"
        // ("الهدنة التي أعلنها الطرفان الجمعة") dates the truce: the announcement is the event.
        // "the toll rose to 50 on Sunday" dates the count, not the event counted.
        if let Some(h) = cues
            .hits
            .iter()
            .filter(|(_, k)| matches!(k, CueKind::Speech | CueKind::Claim | CueKind::Count))
            .map(|(h, _)| h)
            .find(|h| {
                h.last <= a
                    && a - h.last <= 6
                    && !occs.iter().any(|o| o.first >= h.last && o.first < a)
                    && !(h.first >= 2
                        && RELATIVE_PRONOUNS.contains(&tokens[h.first - 1].norm.as_str())
                        && occs.iter().any(|o| o.last == h.first - 1))
            })
        {
            if let Some(day) = date.latest() {
                said_by.push((h.last, day));
            }
            continue;
        }
        // "ارتفعت حصيلة ضحايا القصف اليوم الأحد إلى 30": the day the toll was updated, not
        // the day of the shelling.
        if tokens.get(b).is_some_and(|t| t.norm == "الي")
            && tokens.get(b + 1).is_some_and(Token::is_number)
            && (a.saturating_sub(6)..a).any(|k| tokens[k].variants.iter().any(|v| v == "حصيله"))
        {
            continue;
        }
        let leans_left = a > 0
            && clause[a - 1] == clause[a]
            && (PREPOSITIONS.contains(&tokens[a - 1].norm.as_str())
                || PREPOSITIONS.contains(&tokens[a].norm.as_str()));
        let mut ranked: Vec<(usize, usize)> = (0..mentions.len())
            .filter(|&m| !breached[m] && relation_at[m].is_none_or(|at| a >= at))
            .map(|m| {
                let cost = mentions[m]
                    .occs
                    .iter()
                    // "clashes since the collapse in 1991": the year dates what follows "since".
                    .filter(|o| {
                        !cues
                            .of(CueKind::Since)
                            .any(|h| o.last <= h.first && h.last <= a)
                    })
                    // "X, whereas Y said ... on Tuesday": a date never crosses a "but" or
                    // "whereas"; it dates its own part of the sentence.
                    .filter(|o| segment(o.first) == segment(a))
                    // "intervened to separate the crowds, and the situation was calm on the
                    // morning of January 12": a clause of its own dates its own predicate.
                    .filter(|o| {
                        !(ctx.lang == LangTag::En
                            && o.last <= a
                            && clause[o.first] < clause[a]
                            && new_predicate(&tokens, &clause, a))
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
                        let crossed = expr_tokens.iter().any(|&(x, y, f)| {
                            x >= lo && y <= hi && f.date.as_ref().is_some_and(usable)
                        });
                        d + 3 * clause[a].abs_diff(clause[o.first])
                            + if left { 4 } else { 0 }
                            + if crossed { 10 } else { 0 }
                    })
                    .min()
                    .unwrap_or(usize::MAX);
                (cost, m)
            })
            .filter(|(c, _)| *c != usize::MAX)
            .collect();
        ranked.sort_unstable();
        if !ranked.is_empty() {
            // "declared Monday a day of mourning": the day named is the coming one (or today).
            let designated = a > 0
                && cues.of(CueKind::Designation).any(|h| h.last == a)
                && tokens
                    .get(b)
                    .is_some_and(|t| ["a", "an", "as"].contains(&t.norm.as_str()));
            let date = match e.alternative {
                Some(c) if designated && date.exact_day() != Some(ctx.published) => c,
                _ => date,
            };
            let reading = DateReading {
                date,
                text: e.text.clone(),
                coming: e.alternative,
            };
            let (cost, m) = ranked[0];
            let cost = if wide { cost + 50 } else { cost };
            assigned[m].push((cost, reading, e.start, e.end));
        }
    }
    for (m, mut list) in assigned.into_iter().enumerate() {
        list.sort_by_key(|x| x.2);
        mentions[m].date = govern(ctx.text, list, ctx.published);
    }
    // "the worst fighting since a 2020 war", "since independence": an undated event named
    // after "since" only marks a time; it is evidence of that event if the report tells it,
    // never an incident of its own.
    for m in &mut mentions {
        let head = m.head();
        m.time_mark = m.date.is_none()
            && (m.generic || m.event_type == EventType::Other)
            && cues
                .of(CueKind::Since)
                .any(|h| h.last <= head && head - h.last <= 3 && clause[h.first] == clause[head]);
    }
    // "evacuated ... since last Wednesday": it began on that day at the earliest.
    for &(a, _, e) in &expr_tokens {
        // The cue may be inside the expression ("منذ الأربعاء الماضي") or just before it.
        let Some(since) = cues
            .of(CueKind::Since)
            .find(|h| h.first <= a && a <= h.last + 1)
        else {
            continue;
        };
        let Some(lo) = e.date.as_ref().and_then(|d| d.earliest()) else {
            continue;
        };
        let target = (0..mentions.len())
            .filter(|&m| mentions[m].date.is_none())
            .filter(|&m| {
                mentions[m].occs.iter().any(|o| {
                    o.last <= since.first
                        && clause[o.first] == clause[since.first]
                        && !occs
                            .iter()
                            .any(|x| x.first >= o.last && x.first < a && x.first != o.first)
                })
            })
            .max_by_key(|&m| mentions[m].head());
        if let Some(m) = target {
            mentions[m].since = Some(lo);
        }
    }

    // Casualties go to the nearest violent mention.
    let mut sides: Vec<(usize, usize, Option<Side>, usize)> = Vec::new();
    for c in &casualties {
        let Some(f) = c.fatalities(ctx.text) else {
            continue;
        };
        let target = (0..mentions.len())
            .filter(|&m| is_violent(mentions[m].event_type))
            .min_by_key(|&m| {
                (
                    mentions[m].reference,
                    mentions[m]
                        .occs
                        .iter()
                        .map(|o| o.first.abs_diff(c.first))
                        .min()
                        .unwrap_or(usize::MAX),
                )
            });
        if let Some(m) = target {
            // Arabic: the country right after the figure, "من جنودها" (its own), or the party
            // that announced it; English: the country in the phrase, "its citizens".
            let side = c
                .quantity
                .filter(|_| ctx.lang == LangTag::Ar)
                .and_then(|q| {
                    let stop = |k: usize| {
                        (k > q.first && tokens[k].break_before)
                            || occs.iter().any(|o| (o.first..o.last).contains(&k))
                            || SIDE_STOPS.contains(&tokens[k].norm.as_str())
                    };
                    let end = q.last.max(if c.first >= q.last { c.last } else { 0 }) + 3;
                    for (k, w) in tokens.iter().enumerate().take(end.min(n)).skip(q.last) {
                        if stop(k) {
                            break;
                        }
                        if let Some(h) = names.iter().find(|h| h.first == k)
                            && let Target::Actor(i) = h.target
                            && let Some(a) = ctx.gaz.actor(i)
                            && let Some(c) = match a.kind {
                                ActorKind::Country => Some(a.name.clone()),
                                ActorKind::Media => None,
                                _ => a.country.clone(),
                            }
                        {
                            return Some(Side::Country(c));
                        }
                        if w.arabic
                            && ["ها", "ه", "هم"].iter().any(|p| w.norm.ends_with(p))
                            && OWN_PEOPLE
                                .iter()
                                .any(|x| w.variants.iter().any(|v| v.starts_with(x)))
                        {
                            return Some(Side::Own);
                        }
                    }
                    // "أعلنت وزارة الصحة القرغيزية مقتل شخصين": a party announcing deaths counts
                    // its own.
                    let first = c.first.min(q.first);
                    cues.of(CueKind::Speech)
                        .any(|h| {
                            h.last <= first
                                && first - h.last <= 8
                                && segment(h.last) == segment(first)
                                && !(h.last..first).any(|k| occs.iter().any(|o| o.first == k))
                        })
                        .then_some(Side::Own)
                });
            let found = if ctx.lang == LangTag::Ar {
                side
            } else {
                toll_side(&tokens, &names, ctx.gaz, c).map(Side::Country)
            };
            sides.push((m, mentions[m].fatalities.len(), found, c.first));
            mentions[m].fatalities.push((f, None));
            let update = c.quantity.is_some_and(|q| {
                q.first > 0
                    && ["الي", "to"].contains(&tokens[q.first - 1].norm.as_str())
                    && tokens[..q.first].iter().any(|t| {
                        t.variants.iter().any(|v| {
                            [
                                "ارتفع",
                                "ارتفاع",
                                "يرتفع",
                                "ترتفع",
                                "rose",
                                "risen",
                                "climbed",
                            ]
                            .iter()
                            .any(|w| v.starts_with(w))
                        })
                    })
            });
            mentions[m].fatality_updates.push(update);
        }
    }

    // Status.
    let info = status::SentenceCues {
        tokens: &tokens,
        cues: &cues.hits,
        clause: &clause,
        names: &names,
        gaz: ctx.gaz,
        lang: ctx.lang,
    };
    for m in &mut mentions {
        let (st, why, speaker) = status::decide(&info, m, ctx.published);
        m.status = st;
        m.status_why = why;
        m.speaker = speaker;
        // A planned event on "Sunday" or "7 June" is the coming one, not the last; on the
        // weekday of the publication day it is today ("due to meet on Thursday", written on a
        // Thursday).
        if st == Status::Planned
            && let Some(d) = m.date.as_mut()
            && let Some(c) = d.coming.take()
            && d.date.exact_day() != Some(ctx.published)
        {
            d.date = c;
        }
    }
    // The side of each figure; "من جنودها" is the side of who announced it: the speaker of
    // the nearest speech verb before the figure ("أعلنت بيشكيك مقتل 24 من مواطنيها").
    let country_of = |a: &super::gazetteer::Actor| {
        if a.kind == ActorKind::Country {
            Some(a.name.clone())
        } else {
            a.country.clone()
        }
    };
    let speaker_country = |at: usize| -> Option<String> {
        let h = cues
            .hits
            .iter()
            .filter(|(h, k)| matches!(k, CueKind::Speech | CueKind::Claim) && h.last <= at)
            .map(|(h, _)| h)
            .max_by_key(|h| h.last)?;
        let named = |a: usize, b: usize| {
            names
                .iter()
                .filter(|n| n.first >= a && n.last <= b)
                .find_map(|n| match n.target {
                    Target::Actor(i) => ctx
                        .gaz
                        .actor(i)
                        .filter(|x| x.kind != ActorKind::Media)
                        .and_then(country_of),
                    _ => None,
                })
        };
        named(h.last, at).or_else(|| named(h.first.saturating_sub(6), h.first))
    };
    for (m, k, side, at) in sides {
        let country = match side {
            Some(Side::Country(c)) => Some(c),
            Some(Side::Own) => speaker_country(at).or_else(|| {
                mentions[m].speaker.iter().find_map(|a| {
                    ctx.gaz
                        .actors
                        .iter()
                        .find(|x| &x.name == a)
                        .and_then(country_of)
                })
            }),
            None => None,
        };
        if let Some(slot) = mentions[m].fatalities.get_mut(k) {
            slot.1 = country;
        }
    }
    // What was said on a day happened on or before it.
    for m in &mut mentions {
        if m.status == Status::Planned || m.date.is_some() {
            continue;
        }
        // Only what that speaker said: the same stretch of the sentence, no other speaker
        // or accuser in between ("..., but Baku accused Yerevan hours later").
        let head = m.head();
        m.until = said_by
            .iter()
            .filter(|(at, _)| {
                *at <= head
                    && segment(*at) == segment(head)
                    && !cues.hits.iter().any(|(h, k)| {
                        matches!(k, CueKind::Speech | CueKind::Claim)
                            && h.first >= *at
                            && h.first <= head
                    })
            })
            .map(|&(_, d)| d)
            .min();
    }
    out.mentions = mentions;
    out
}

/// A capital (or a seat of power such as the Kremlin) named as the one who speaks, accuses,
/// denies or is the source ("قالت دوشنبه", "اتهمت بيشكيك", "نفته باكو", "Moscow said", "حسب
/// موسكو", "أكد الكرملين") is its government, not the place of an incident.
fn government_of_capital(
    gaz: &Gazetteer,
    cues: &Cues,
    h: super::gazetteer::NameHit,
) -> super::gazetteer::NameHit {
    let Target::Place(i) = h.target else {
        return h;
    };
    let Some(country) = gaz
        .place(i)
        .filter(|p| p.kind == "capital" || p.kind == "facility")
        .and_then(|p| p.country.as_deref())
    else {
        return h;
    };
    let speaks = cues.hits.iter().any(|(c, k)| match k {
        CueKind::Speech | CueKind::Claim | CueKind::Negation | CueKind::Denial => {
            c.last == h.first || c.first == h.last
        }
        CueKind::Attribution => c.last == h.first,
        _ => false,
    });
    match gaz
        .actors
        .iter()
        .position(|a| a.kind == ActorKind::Country && a.name == country)
    {
        Some(a) if speaks => super::gazetteer::NameHit {
            target: Target::Actor(a),
            ..h
        },
        _ => h,
    }
}

/// The event word is a verb with the Arabic future prefix: the pattern matches the verb
/// without the prefix and not the word as written ("ستجلي" for "تجلي"; not "سيارة مفخخة").
fn future_tense(tok: &Token, e: &super::lexicon::EventEntry) -> bool {
    use super::text::PatWord;
    let Some(stem) = super::text::arabic_future_stem(&tok.norm) else {
        return false;
    };
    let fits = |v: &str| match e.pattern.words.first() {
        Some(PatWord::Exact(x)) => v == x,
        Some(PatWord::Prefix(x)) => v.starts_with(x.as_str()),
        _ => false,
    };
    fits(stem) && !tok.variants.iter().any(|v| v != stem && fits(v))
}

/// Whose dead a figure counts.
enum Side {
    Country(String),
    /// "من جنودها": the speaker's own.
    Own,
}

/// Words after a figure that end the search for whose dead it counts ("35 killed in a Kyrgyz
/// strike" names the attacker, not the victims).
const SIDE_STOPS: &[&str] = &[
    "في", "علي", "مع", "بين", "الي", "قرب", "خلال", "جراء", "بسبب", "بعد", "in", "on", "at", "near",
    "with", "by", "after",
];

/// Stems of words for a side's own people, with a possessive pronoun ("جنودها", "عناصره").
const OWN_PEOPLE: &[&str] = &["جنود", "عناصر", "قوات", "مواطن", "عسكري", "افراد", "رعايا"];

/// Relative pronouns: "the truce that was announced on Friday".
const RELATIVE_PRONOUNS: &[&str] = &[
    "الذي",
    "التي",
    "الذين",
    "اللذين",
    "اللتين",
    "اللذان",
    "اللتان",
    "that",
    "which",
];

/// The side whose dead a toll counts: the one country named in the phrase or just after it
/// ("59 Kyrgyz citizens", "36 people dead on the Kyrgyz side"), or, for "its citizens" / "on
/// their side", the first country the sentence names before it (its subject).
fn toll_side(
    tokens: &[Token],
    names: &[super::gazetteer::NameHit],
    gaz: &Gazetteer,
    c: &numbers::Casualty,
) -> Option<String> {
    let a = c.quantity.map_or(c.first, |q| q.first.min(c.first));
    let mut b = c.quantity.map_or(c.last, |q| q.last.max(c.last));
    let mut k = b;
    while k < tokens.len() && k < b + 4 && !tokens[k].break_before {
        k += 1;
    }
    b = k;
    let country_of = |h: &super::gazetteer::NameHit| match h.target {
        Target::Actor(i) => gaz.actor(i).and_then(|x| match x.kind {
            ActorKind::Country => Some(x.name.clone()),
            ActorKind::Force | ActorKind::Person => x.country.clone(),
            _ => None,
        }),
        _ => None,
    };
    let mut inside: Vec<String> = names
        .iter()
        .filter(|h| h.first >= a && h.last <= b)
        .filter_map(country_of)
        .collect();
    inside.dedup();
    match inside.len() {
        1 => inside.pop(),
        0 if tokens[a..b]
            .iter()
            .any(|t| ["its", "their", "our"].contains(&t.norm.as_str())) =>
        {
            names.iter().filter(|h| h.last <= a).find_map(country_of)
        }
        _ => None,
    }
}

/// The clause of token `i` opens with a conjunction or relative word (", and the situation
/// was calm on ...", ", while ...", ", which ..."): it has a predicate of its own.
fn new_predicate(tokens: &[Token], clause: &[usize], i: usize) -> bool {
    let first = (0..=i).find(|&k| clause[k] == clause[i]).unwrap_or(i);
    [
        "and", "but", "while", "whereas", "although", "though", "where", "as",
    ]
    .contains(&tokens[first].norm.as_str())
}

/// Words that attach the date after them to what was said before: "clashes on Thursday".
const PREPOSITIONS: &[&str] = &[
    "on", "in", "at", "during", "of", "في", "يوم", "خلال", "مساء", "صباح",
];

/// An expression given to a mention: (cost, reading, byte start, byte end).
type Assigned = (usize, DateReading, usize, usize);

/// The date that governs a mention among the expressions given to it (in text order): the
/// nearest, most precise one; coordinated days govern together ("on Wednesday and Thursday" is
/// the span of both; "Monday or Tuesday" one of them).
fn govern(text: &str, list: Vec<Assigned>, published: NaiveDate) -> Option<DateReading> {
    // The coming reading of an item, for a planned event: today stays today.
    let coming_of = |r: &DateReading| match r.coming {
        Some(c) if r.date.exact_day() != Some(published) => c,
        _ => r.date,
    };
    let mut joined: Vec<Assigned> = Vec::new();
    for item in list {
        if let Some(prev) = joined.last_mut() {
            let between = text.get(prev.3..item.2).unwrap_or("").trim();
            let and = [
                "and", "و", "-", "–", "to", "through", "until", "till", "الى", "إلى", "حتى",
            ]
            .contains(&between);
            let or = ["or", "أو", "او"].contains(&between);
            let lo = prev.1.date.earliest().min(item.1.date.earliest());
            let hi = prev.1.date.latest().max(item.1.date.latest());
            if let (true, Some(lo), Some(hi)) = (and || or, lo, hi) {
                let date = if and {
                    IncidentDate::interval(lo, hi)
                } else {
                    IncidentDate::one_of(Some(lo), Some(hi))
                };
                if let Ok(date) = date {
                    let text = text.get(prev.2..item.3).unwrap_or("").to_string();
                    // "on Thursday and Friday" said of the future: both coming days.
                    let coming = if prev.1.coming.is_some() || item.1.coming.is_some() {
                        let (a, b) = (coming_of(&prev.1), coming_of(&item.1));
                        match (a.earliest().min(b.earliest()), a.latest().max(b.latest())) {
                            (Some(lo), Some(hi)) if and => IncidentDate::interval(lo, hi).ok(),
                            (Some(lo), Some(hi)) => IncidentDate::one_of(Some(lo), Some(hi)).ok(),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    *prev = (
                        prev.0.min(item.0),
                        DateReading { date, text, coming },
                        prev.2,
                        item.3,
                    );
                    continue;
                }
            }
        }
        joined.push(item);
    }
    joined.sort_by_key(|(cost, r, _, _)| (*cost, precision_rank(r.date.precision())));
    joined.into_iter().next().map(|(_, r, _, _)| r)
}

fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 0,
        Precision::Range => 1,
        Precision::Unknown => 2,
        Precision::Month => 3,
        Precision::Year => 4,
    }
}

fn most_specific_place(gaz: &Gazetteer, names: &[super::gazetteer::NameHit]) -> Option<String> {
    let rank = |kind: &str| match kind {
        "facility" | "village" | "exclave" => 0,
        "town" | "district" => 1,
        "city" | "capital" => 2,
        _ => 3,
    };
    names
        .iter()
        .filter_map(|h| match h.target {
            Target::Place(i) => gaz.place(i),
            _ => None,
        })
        .min_by_key(|p| rank(&p.kind))
        .map(|p| p.name.clone())
}

/// A pluperfect at the head of the sentence: Arabic كان/كانت ... قد, English "had" + participle.
fn flashback(tokens: &[Token], cues: &Cues, lang: LangTag) -> bool {
    cues.of(CueKind::Flashback).any(|h| {
        if h.first > 3 {
            return false;
        }
        match lang {
            LangTag::Ar => cues
                .of(CueKind::FlashbackParticle)
                .any(|p| p.first > h.first && p.first - h.first <= 10),
            _ => tokens.get(h.last).is_some_and(|t| {
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
