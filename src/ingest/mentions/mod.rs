//! Stage: mentions. What one sentence says about each event it names: the event words found
//! with the lexicon and grouped into mentions (a general word such as "clashes" joins the
//! specific word beside it, "stone-throwing"; an agreement holds the measures named after it),
//! each with the temporal expression that governs it, its relations to other mentions of the
//! sentence ("hours after X", "before X", "in line with X"), its status, casualty figures,
//! actors and place.
//!
//! Entry point: [`analyze`], which runs the steps in order on one [`scan::Scan`] of the
//! sentence:
//! 1. [`occurrences`]: the event words, less the negated and the merely called for; what the
//!    agreeing verbs govern;
//! 2. [`grouping`]: words of one event grouped (containers, general words, destruction by
//!    violence, civilians fighting), habitual events left out;
//! 3. [`accusations`]: the acts an accusation holds are incidents of their own;
//! 4. roles ([`crate::ingest::roles`]): names and casualty figures; deaths with no event word;
//! 5. the mentions, with their actors, place and markers;
//! 6. [`relations`]: "after X", "before X", breaches, "later";
//! 7. dates ([`crate::ingest::time::mention`]);
//! 8. tolls, status ([`crate::ingest::status`]), the tolls' sides, and "said on" bounds.

pub mod accusations;
pub mod grouping;
pub mod occurrences;
pub mod relations;
pub mod scan;

use chrono::NaiveDate;

use super::gazetteer::Gazetteer;
use super::lexicon::{CueKind, EventEntry, LangTag, Lexicon};
use super::roles::{self, Roles};
use super::sentences::Sentence;
use super::status;
use super::text::{PatWord, Token, arabic_future_stem, is_bullet};
use super::time::{self, DateReading, min_opt};
use crate::date::IncidentDate;
use crate::model::{EventType, Fatalities, Status};
use crate::tagger::TemporalExpr;

use grouping::Group;
use occurrences::Agreements;
use scan::Scan;

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
    /// The day before the anchor.
    DayBefore,
    /// At the same time as the anchor.
    Simultaneous,
}

/// One event word (or phrase) in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occ {
    pub first: usize,
    pub last: usize,
    /// Its event lexicon entry, or [`NO_ENTRY`].
    pub entry: usize,
}

/// The entry of words that name an act with no event word of the lexicon: a toll ("two herders
/// were found dead") or a saying told with its own day ("said on Wednesday").
pub const NO_ENTRY: usize = usize::MAX;

impl Occ {
    /// Named by no event word of the lexicon (see [`NO_ENTRY`]).
    pub fn wordless(&self) -> bool {
        self.entry == NO_ENTRY
    }
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
    /// Counted from an act the sentence names but tells no event word for ("fifteen days after
    /// the Grace 1 was stopped"): its day is that act's plus the count, which the text does
    /// not give here, so it does not take the narrative's day.
    pub counted_from_untold: bool,
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
    /// Countries named or implied (a person's or force's country), its tellers' too (see
    /// [`roles::Cast`]).
    pub countries: Vec<String>,
    pub place: Option<String>,
    /// Actors named as the speaker of a speech verb that governs this mention.
    pub speaker: Vec<String>,
    /// A generic force among the actors says nothing of its side ("the army"): the story may
    /// tell it ([`roles::sides::from_story`]).
    pub sideless: bool,
    /// "evacuated since Wednesday": the day it began at the earliest.
    pub since: Option<NaiveDate>,
    /// "announced on Saturday the withdrawal of forces": it happened on that day at the latest.
    pub until: Option<NaiveDate>,
    /// The last possible day of a dated act of the sentence that came after it ("أغلق المعبر
    /// في سبتمبر 2023 إثر تبادل لإطلاق النار"): it joins no incident told as later. (The
    /// story bounds its date by the relation itself.)
    pub came_before: Option<NaiveDate>,
    /// "планируется провести до конца мая", "will withdraw before 1 June": the last day a
    /// planned act is due by ([`deadlines`]).
    pub due_by: Option<NaiveDate>,
    /// Marked as new ("a strike", "fresh clashes", "اشتباكات جديدة"): not a reference back.
    pub fresh: bool,
    /// An event verb with the Arabic future prefix ("ستجلي", will evacuate): planned.
    pub future: bool,
    /// Named by a `distinct` word: an act that is an incident of its own.
    pub distinct: bool,
    /// Named right after "since" ("the first clash since the clashes of last April"), or the
    /// landmark of a comparison ("the worst since the 2020 war"): told as background to what
    /// the sentence is about.
    pub background: bool,
    /// The landmark of a comparison ("the worst fighting since the civil war ended in 1990"):
    /// another event than the one compared with it.
    pub landmark: bool,
    /// Named by an Arabic imperfect verb ("يلتقي", "يزور"): with a bare day ("الأحد"), news
    /// tells what is to come.
    pub imperfect: bool,
    /// Named undated after "since" ("since independence"): joins the event if the report
    /// tells it, else is left out.
    pub time_mark: bool,
    /// Undated, the day of the act told before it in its part of the sentence ("Troops shelled
    /// the town on Friday, and residents fled"): used if its incident gets no date of its own
    /// (see [`time::discourse`]).
    pub shares: Option<DateReading>,
    /// Told in a summary line (a bullet, or a dated line of a recap: "22 June - Seven soldiers
    /// captured"): it retells what the body tells.
    pub summary: bool,
    /// Named with a word of going on ("exchanges of fire continued", "تواصلت الاشتباكات"):
    /// undated, it is an act already told.
    pub continues: bool,
    /// Undated, told as in its Nth day ("fighting raged for a third day"): the days it has run
    /// up to the day the story gives it ([`time::running`]).
    pub days_running: Option<u64>,
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
    /// The sentence steps back in the story (a pluperfect at its head), or names a day that
    /// was not read (a Russian date the tagger does not know): the narrative's day does not
    /// reach it.
    pub flashback: bool,
    /// The date the sentence opens with ("In January 2014, ..."): earlier than what the story
    /// has told, it steps back too.
    pub opening: Option<IncidentDate>,
    /// The sentence opens by going on with what was just told ("They", "Then", "A few hours
    /// later", "ثم"): at the head of a paragraph it continues the narrative of the last one.
    pub continues: bool,
    /// The day the sentence tells something on, when none of its mentions carries it ("Troops
    /// came down from the hills early Friday."): not the day something was said.
    pub told_on: Option<DateReading>,
    /// It gives a time of day ("at around 6 a.m.", "عند الظهيرة", "at 14:30").
    pub clock: bool,
    /// The countries it names as sides and as who tells (for the sides of generic forces).
    pub named: roles::sides::Named,
    pub mentions: Vec<Mention>,
    /// Violent acts the sentence denies ("Cambodia has denied firing any artillery rounds"):
    /// they contest an act told before, not tell one.
    pub denied: Vec<EventType>,
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

/// A summons of an envoy or a protest note ("summoned the ambassador", "سلمته مذكرة احتجاج"):
/// an act of the side that makes it, beside the violence it is about, unlike an allegation.
pub fn is_diplomatic(t: EventType, concept: &str) -> bool {
    matches!(t, EventType::Accusation | EventType::Other)
        && matches!(concept, "summoning of an envoy" | "diplomatic protest")
}

/// A telling, dated by when it was told rather than by the story: a statement, an accusation
/// or a diplomatic act (a summons, a protest note).
pub fn is_telling(t: EventType, concept: &str) -> bool {
    matches!(t, EventType::Statement | EventType::Accusation) || is_diplomatic(t, concept)
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

/// Agreements and ceasefires are one family (1); everything else none (0).
pub fn family(t: EventType) -> u8 {
    match t {
        EventType::Ceasefire | EventType::Agreement => 1,
        _ => 0,
    }
}

/// Analyse one sentence. `exprs` are the temporal expressions inside it.
pub fn analyze(
    ctx: &Ctx,
    index: usize,
    sent: &Sentence,
    exprs: &[&TemporalExpr],
) -> SentenceAnalysis {
    let mut out = SentenceAnalysis {
        index,
        start: sent.start,
        end: sent.end,
        paragraph: sent.paragraph,
        flashback: false,
        opening: None,
        continues: false,
        told_on: None,
        clock: false,
        named: roles::sides::Named::default(),
        mentions: Vec::new(),
        denied: Vec::new(),
    };
    // "Could it lead to war?", "س: ماذا حدث مساء السبت؟": a question asks, it tells no act.
    if is_question(&ctx.text[sent.start..sent.end]) {
        return out;
    }
    let Some(scan) = Scan::new(ctx, index, sent, exprs) else {
        return out;
    };
    // "Задержания.", "Arrests.": a sentence of one word is a section's heading, a topic; it
    // tells no act.
    if scan.tokens.len() == 1 {
        return out;
    }
    // "An earlier version of this article said the strikes took place on Friday": what a
    // correction retracts is no act.
    if scan.cues.of(CueKind::Retraction).next().is_some() {
        return out;
    }
    (out.flashback, out.opening) = time::discourse::steps_back(&scan);
    // A Russian date the tagger did not read ("30 апреля", "в пятницу") is a day of its own
    // that the text gives and tarikh cannot: the sentence's acts keep their bounds rather than
    // take the day of the narrative before it.
    out.flashback |= time::discourse::unread_russian_date(&scan);
    out.continues = time::discourse::goes_on(&scan);
    out.told_on = time::discourse::told_on(&scan);
    out.clock = time::discourse::gives_clock_time(&scan);

    let mut occs = occurrences::find(&scan);
    out.denied = occurrences::denied_violence(&scan);
    let agreements = occurrences::agreeing_verbs(&scan, &mut occs);
    let mut groups = grouping::group(&scan, &occs, &agreements);
    accusations::unfold(&scan, &mut groups);
    grouping::drop_habitual(&scan, &mut groups);
    grouping::fold_raids(&scan, &mut groups);
    let roles = roles::read(&scan);
    grouping::deaths_without_event_word(&scan, &roles.casualties, &mut groups);
    grouping::dated_saying(&scan, &mut groups);
    let remembered = grouping::remembered_acts(&scan, &groups);

    let summary = summary_line(&scan);
    let mut mentions: Vec<Mention> = groups
        .iter()
        .map(|g| Mention {
            summary,
            ..mention(&scan, g, &agreements, &roles)
        })
        .collect();
    let heads: Vec<usize> = mentions.iter().map(Mention::head).collect();
    out.named = roles.named(&scan, &heads);
    relations::relate(&scan, &groups, &mut mentions);
    let said = time::mention::date_mentions(&scan, &groups, &occs, &mut mentions);
    let mut remembered = remembered.into_iter();
    mentions.retain(|_| !remembered.next().unwrap_or(false));
    let sides = roles.tolls(&scan, &occs, &mut mentions);
    // "On Thursday the death toll rose to 13", "В четверг ... число погибших достигло 13": the
    // day a toll named with no act of its own rose is the day it was counted, not the day of
    // the act it counts, which happened by then.
    // So is the day a toll was given ("The health ministry on Saturday reported 178 wounded",
    // "Минздрав в субботу сообщил о 178 раненых") when the sentence names no other day.
    let said_on = time::discourse::only_said_on(&scan);
    for m in mentions.iter_mut() {
        if m.concept == grouping::CASUALTIES
            && (said_on || m.fatality_updates.iter().any(|&u| u))
            && let Some(r) = m.date.take()
        {
            m.until = min_opt(m.until, r.date.latest());
        }
    }
    status::settle(&scan, &roles, &mut mentions);
    deadlines(&scan, &mut mentions);
    time::mention::share_dates(&scan, &mut mentions);
    roles.settle_sides(&scan, sides, &mut mentions);
    said.bound(&scan, &mut mentions);
    time::mention::done_by_then(&scan, &mut mentions);
    came_by(&mut mentions);
    time::mention::going_on_since(&scan, &mut mentions);
    // "Rwanda denies sending soldiers": an undated denial contests what it denies (a claim);
    // only a denial told with its day ("denied on Wednesday in a statement") is an act too.
    // A saying made a statement for its day ([`grouping::dated_saying`]) is no act either if it
    // did not keep that day. It is one whoever spoke: the gazetteer's names, a person it does
    // not know ("Kurmanbek Bakiyev said on Thursday": its actor, as the text spells the name),
    // or someone it cannot name ("В воскресенье мать обвиняемого заявила журналистам", "the
    // delegation announced the next day"). (Dropping the last kind had cost found 0.09 and
    // exact 0.12, summed over the sets, and no wrong date.)
    for m in mentions.iter_mut() {
        if m.event_type == EventType::Statement
            && m.actors.is_empty()
            && m.occs.iter().all(Occ::wordless)
            && let Some(o) = m.occs.first()
            && let Some(name) = roles::unlisted::speaker(&scan, (o.first, o.last))
        {
            m.actors = vec![name];
        }
    }
    mentions.retain(|m| {
        let saying = m.occs.iter().all(Occ::wordless);
        !(m.event_type == EventType::Statement
            && (m.concept == DENIAL || saying)
            && m.date.is_none())
    });
    // "Стороны обвиняли друг друга в нарушениях": accusations two sides keep trading are no
    // act of their own, unless the sentence gives them a day.
    mentions.retain(|m| {
        !(m.event_type == EventType::Accusation
            && m.date.is_none()
            && accusations::mutual(&scan, m.head()))
    });
    // "an armed attack that would invoke the treaty", "خطوة من شأنها أن تشعل الحرب": what a
    // thing would bring about, named to qualify it, is no act.
    mentions.retain(|m| m.date.is_some() || !hypothetical(&scan, m.head()));
    // "there was no longer any ground to detain the vessel", "no reason to evacuate": what
    // there is or is not a reason for is no act, whatever the day of the sentence.
    mentions.retain(|m| !reason_for(&scan, m.head()) && !requested(&scan, m.head()));
    // A commentator's view ("ويرى الباحث أن ...", "analysts said the truce was fragile") names
    // acts to weigh them: only those it dates are told.
    if scan.cues.of(CueKind::Commentary).next().is_some() {
        mentions.retain(|m| m.date.is_some());
    }
    out.mentions = mentions;
    out
}

/// The event word at `head` follows a relative clause's conditional ("that would", "which
/// could", "من شأنه أن", "который может") in its clause, at most two words after it.
fn hypothetical(scan: &Scan, head: usize) -> bool {
    let tokens = &scan.tokens;
    let word = |k: usize| tokens[k].norm.as_str();
    (head.saturating_sub(3)..head).any(|k| {
        let conditional = k >= 1
            && ["would", "could"].contains(&word(k))
            && ["that", "which"].contains(&word(k - 1));
        let arabic = k >= 2
            && word(k) == "ان"
            && ["شانه", "شانها"].contains(&word(k - 1))
            && word(k - 2) == "من";
        // "инцидент, который может привести к войне", "что способно спровоцировать".
        let russian = k >= 1
            && [
                "может",
                "могут",
                "мог",
                "могла",
                "могло",
                "могли",
                "способен",
                "способна",
                "способно",
                "способны",
            ]
            .contains(&word(k))
            && ["который", "которая", "которое", "которые", "что"].contains(&word(k - 1));
        (conditional || arabic || russian)
            && scan.clause[k] == scan.clause[head]
            && !(k + 1..=head).any(|j| tokens[j].break_before)
    })
}

/// An English event verb after "ground to", "reason to", "need to" (a noun and "to"): the act
/// a reason is given or denied for.
fn reason_for(scan: &Scan, head: usize) -> bool {
    let word = |k: usize| scan.tokens[k].norm.as_str();
    scan.ctx.lang == LangTag::En
        && head >= 2
        && word(head - 1) == "to"
        && [
            "ground",
            "grounds",
            "reason",
            "reasons",
            "basis",
            "need",
            "justification",
            "pretext",
        ]
        .contains(&word(head - 2))
}

/// An English event verb in a subjunctive a request governs ("asking that the ship be seized",
/// "demanded that the troops be withdrawn"), or in what someone is urged to do ("advised
/// Russians not to travel", "urged both sides to withdraw"): what is asked for is no act.
fn requested(scan: &Scan, head: usize) -> bool {
    let word = |k: usize| scan.tokens[k].norm.as_str();
    let asking = [
        "asking",
        "asked",
        "asks",
        "ask",
        "demanding",
        "demanded",
        "demands",
        "requesting",
        "requested",
        "requests",
        "urging",
        "urged",
        "insisting",
        "insisted",
        "proposing",
        "proposed",
    ];
    let urging = [
        "advised",
        "advising",
        "urged",
        "urging",
        "urges",
        "warned",
        "warning",
        "encouraged",
        "called",
        "calling",
        "appealed",
        "appealing",
    ];
    scan.ctx.lang == LangTag::En
        && head >= 3
        && ((word(head - 1) == "be"
            && (head.saturating_sub(8)..head - 1)
                .any(|k| k >= 1 && word(k) == "that" && asking.contains(&word(k - 1))))
            || (word(head - 1) == "to"
                && (head.saturating_sub(6)..head - 1).any(|k| urging.contains(&word(k)))))
}

/// The sentence ends with a question mark (before any closing quote or bracket).
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]".contains(c))
        .ends_with(['?', '؟'])
}

/// "أغلق المعبر في سبتمبر 2023 إثر تبادل لإطلاق النار": an undated act that a dated one came
/// after had happened by that one's last possible day ([`Mention::came_before`]).
fn came_by(mentions: &mut [Mention]) {
    let bounds: Vec<(usize, NaiveDate)> = mentions
        .iter()
        .flat_map(|m| {
            let latest = m.date.as_ref().and_then(|d| d.date.latest());
            m.relations
                .iter()
                .filter(|(k, _)| {
                    matches!(
                        k,
                        RelKind::After
                            | RelKind::HoursAfter
                            | RelKind::DayAfter
                            | RelKind::DaysAfter
                    )
                })
                .filter_map(move |&(_, a)| latest.map(|l| (a, l)))
        })
        .collect();
    for (a, l) in bounds {
        if let Some(x) = mentions.get_mut(a)
            && x.date.is_none()
        {
            x.came_before = Some(x.came_before.map_or(l, |u| u.min(l)));
        }
    }
}

/// "Встречу планируется провести до конца мая", "troops will pull back before 1 June": a
/// date right after a "before" word, after the word of a planned act in its clause and with
/// no other act between, is the day it is due by. It does not date the act (a date after
/// "before" is another's, [`time::mention`]), but bounds it: from the publication day to then.
fn deadlines(scan: &Scan, mentions: &mut [Mention]) {
    let heads: Vec<usize> = mentions.iter().map(Mention::head).collect();
    for m in mentions.iter_mut() {
        if m.date.is_some() || m.status != Status::Planned {
            continue;
        }
        let head = m.head();
        // (A clause may hold an aside between them: "Встречу, как заявил Ташиев, планируется
        // провести до конца мая".)
        m.due_by = scan.cues.of(CueKind::Before).find_map(|h| {
            let &(_, _, expr) = scan.expr_tokens.iter().find(|(a, _, _)| *a == h.last)?;
            let near = h.first > head
                && h.first - head <= 16
                && !heads.iter().any(|&x| x > head && x < h.first);
            near.then(|| expr.date.as_ref().and_then(IncidentDate::latest))
                .flatten()
        });
    }
}

/// The concept of the lexicon's denial statements (`events.tsv`).
const DENIAL: &str = "denial";

/// The sentence opens a summary line: a bullet ("- M23 says it has taken Goma"), or a line
/// of a recap that starts with its date ("22 June 2022 - Seven soldiers captured").
fn summary_line(scan: &Scan) -> bool {
    let text = scan.ctx.text;
    let Some(first) = scan.tokens.first() else {
        return false;
    };
    // What stands between the line's start and the sentence: nothing, or a bullet. Walked back
    // only until a second mark shows it is neither (a line may hold a whole text).
    let mut lead = None;
    for c in text[..first.start].chars().rev() {
        if c == '\n' {
            break;
        }
        if !c.is_whitespace() {
            if lead.is_some() {
                return false;
            }
            lead = Some(c);
        }
    }
    if let Some(c) = lead {
        return is_bullet(c);
    }
    scan.expr_tokens.iter().any(|&(a, b, _)| {
        a == 0
            && b > 0
            && scan.tokens.get(b).is_some_and(|t| {
                let gap = text[scan.tokens[b - 1].end..t.start].trim();
                ["-", "–", "—"].contains(&gap)
            })
    })
}

/// The mention a group of event words makes, before relations, dates, tolls and status: its
/// actors and place, whether it is definite, a mere reference ("in line with the agreement",
/// "after the clashes"), an anchor, agreed, marked new, background after "since", an Arabic
/// imperfect or future verb, a distinct act.
fn mention(scan: &Scan, g: &Group, agreements: &Agreements, roles: &Roles) -> Mention {
    let (ctx, tokens) = (scan.ctx, &scan.tokens);
    let event = |entry: usize| ctx.lex.events.get(entry);
    let head = g.occs[0];
    // "the fighting had spread to Ak-Sai", "امتدت الاشتباكات إلى": fighting in new places.
    let spread = scan.cues.of(CueKind::Spread).any(|h| {
        scan.clause[h.first] == scan.clause[head.first]
            && ((h.first >= head.last && h.first - head.last <= 2)
                || (h.last <= head.first && head.first - h.last <= 1))
    });
    // "السعودية تدين "استهداف سيادة إيران"", "condemned an attack on the town": what is
    // condemned has happened and is named as known, so it may refer back like a definite word.
    let condemned = scan.event_hits.iter().any(|h| {
        h.last <= head.first
            && head.first - h.last <= 1
            && !(h.last..=head.first)
                .skip(1)
                .any(|k| tokens[k].break_before)
            && event(h.entry).is_some_and(|e| e.concept == "condemnation")
    });
    // (A statement that is only its dated saying has no word of its own that an article could
    // mark as told before: "The ministry said on Friday" is a new saying.)
    let saying_only = g.ty == EventType::Statement && g.occs.iter().all(Occ::wordless);
    let definite = (status::is_definite(tokens, &scan.cues.hits, head.first) || condemned)
        && !spread
        && !saying_only;
    let cast = roles.of(scan, &g.occs, g.ty);
    let reference = matches!(g.cue, Some(CueKind::Accordance))
        || (definite
            && matches!(
                g.cue,
                Some(CueKind::After | CueKind::HoursAfter | CueKind::DayAfter | CueKind::DaysAfter)
            ));
    Mention {
        sentence: scan.index,
        occs: g.occs.clone(),
        event_type: g.ty,
        concept: g.concept.clone(),
        generic: g.generic,
        definite: definite || reference,
        reference,
        anchor: g.cue.is_some_and(|k| k != CueKind::Simultaneous),
        agreed: g
            .occs
            .iter()
            .any(|o| agreements.agreed_at.contains(&o.first)),
        date: None,
        relations: Vec::new(),
        later: None,
        counted_from_untold: false,
        status: Status::Occurred,
        status_why: String::new(),
        fatalities: Vec::new(),
        fatality_updates: Vec::new(),
        actors: cast.actors,
        countries: cast.countries,
        place: cast.place,
        speaker: Vec::new(),
        sideless: cast.sideless,
        since: None,
        until: None,
        came_before: None,
        due_by: None,
        time_mark: false,
        shares: None,
        summary: false,
        days_running: None,
        continues: scan.cues.of(CueKind::Continuation).any(|h| {
            scan.clause[h.first] == scan.clause[head.first]
                && ((h.first >= head.last && h.first - head.last <= 2)
                    || (h.last <= head.first && head.first - h.last <= 2))
        }),
        fresh: spread
            || scan.cues.of(CueKind::Indefinite).any(|h| {
                (h.last <= head.first && head.first - h.last <= 1)
                    || (ctx.lang == LangTag::Ar && h.first >= head.last && h.first - head.last <= 1)
            }),
        // So is the landmark of a comparison ("the worst since the 44-day war two years ago").
        // And what a concession names ("despite the truce").
        landmark: scan.landmark_of(head.first).is_some(),
        background: scan
            .cues
            .hits
            .iter()
            .filter(|(_, k)| matches!(k, CueKind::Since | CueKind::Concession))
            .any(|(h, _)| h.last <= head.first && head.first - h.last <= 1)
            || scan.landmark_of(head.first).is_some(),
        // Not after the ل of purpose ("ظهر في تسجيل صوتي لينفي ..."): what a past act was for
        // shares its time.
        // (The verb that tells the act, the first of its words: "أصدر مجلس الأمن بياناً يدين" is
        // a statement issued, whatever the present of what it says.)
        imperfect: ctx.lang == LangTag::Ar
            && g.occs.iter().min_by_key(|o| o.first).into_iter().any(|o| {
                event(o.entry).is_some_and(|e| {
                    e.pattern
                        .first_literal()
                        .is_some_and(|w| w.starts_with('ي'))
                }) && !scan.tokens[o.first].norm.starts_with("لي")
            }),
        distinct: g
            .occs
            .iter()
            .any(|o| event(o.entry).is_some_and(|e| e.flags.distinct)),
        future: g.occs.iter().any(|o| {
            event(o.entry).is_some_and(|e| future_tense(&tokens[o.first], e))
                || tokens[o.first..o.last]
                    .iter()
                    .any(|t| RUSSIAN_FUTURE.contains(&t.norm.as_str()))
        }),
    }
}

/// Russian event verbs in the perfective future (the present-tense form of a perfective
/// verb speaks of what is to come: "подпишут", "встретятся", "посетит", "отведут"): the act
/// is planned, as after "will".
const RUSSIAN_FUTURE: &[&str] = &[
    "встретятся",
    "встретится",
    "посетит",
    "посетят",
    "прибудет",
    "прибудут",
    "подпишут",
    "подпишет",
    "обсудят",
    "обсудит",
    "проведут",
    "проведет",
    "отведут",
    "отведет",
    "выведут",
    "выведет",
    "созвонятся",
    "вылетит",
    "вылетят",
    "обменяются",
    "договорятся",
    "откроют",
    "откроет",
    "закроют",
    "закроет",
    "направят",
    "направит",
    "передадут",
    "передаст",
    "освободят",
    "освободит",
    "задержат",
    "введут",
    "введет",
    "перебросят",
    "проверят",
    "осмотрят",
    "доставят",
    "доставит",
    "возобновят",
    "возобновит",
];

/// The event word is a verb with the Arabic future prefix: the pattern matches the verb
/// without the prefix and not the word as written ("ستجلي" for "تجلي"; not "سيارة مفخخة").
fn future_tense(tok: &Token, e: &EventEntry) -> bool {
    let Some(stem) = arabic_future_stem(&tok.norm) else {
        return false;
    };
    let fits = |v: &str| match e.pattern.words.first() {
        Some(PatWord::Exact(x)) => v == x,
        Some(PatWord::Prefix(x)) => v.starts_with(x.as_str()),
        _ => false,
    };
    fits(stem) && !tok.forms().any(|v| v != stem && fits(v))
}

/// Print each sentence's mentions to standard error (type, date, relations, status, actors,
/// place, tolls), for working on the vocabulary (`TARIKH_INGEST_DEBUG`).
pub fn debug_print(text: &str, analysed: &[SentenceAnalysis]) {
    for s in analysed {
        eprintln!("[{}] {}", s.index, &text[s.start..s.end]);
        for m in &s.mentions {
            eprintln!(
                "    {:?} {} head {} def {} ref {} gen {} date {:?} rel {:?} later {:?} {:?} {} actors {:?} place {:?} toll {:?} updates {:?} shares {:?}",
                m.event_type,
                m.concept,
                m.head(),
                m.definite,
                m.reference,
                m.generic,
                m.date.as_ref().map(|d| d.date.to_edtf()),
                m.relations,
                m.later,
                m.status,
                m.status_why,
                m.actors,
                m.place,
                m.fatalities
                    .iter()
                    .map(|(f, side)| (f.low, f.best, f.high, side))
                    .collect::<Vec<_>>(),
                m.fatality_updates,
                m.shares.as_ref().map(|d| d.date.to_edtf())
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::testing;

    /// One English paragraph, published on Saturday 2021-05-01, analysed.
    fn english(text: &str) -> Vec<SentenceAnalysis> {
        testing::analyse(&testing::english(&[text]))
    }

    /// The Arabic sentence tells a statement with a date.
    fn assert_dated_statement(text: &str) {
        let s = testing::analyse(&testing::arabic(&[text]));
        let m = &s[0].mentions;
        let statement = m.iter().find(|m| m.event_type == EventType::Statement);
        assert!(
            statement.is_some_and(|m| m.date.is_some()),
            "{text}: {m:#?}"
        );
    }

    /// (type, date, status) of each mention of the only sentence.
    fn read(text: &str) -> Vec<(EventType, Option<String>, Status)> {
        let s = english(text);
        assert_eq!(s.len(), 1, "one sentence");
        s[0].mentions
            .iter()
            .map(|m| {
                (
                    m.event_type,
                    m.date.as_ref().map(|d| d.date.to_edtf()),
                    m.status,
                )
            })
            .collect()
    }

    #[test]
    fn agreeing_on_a_day_is_an_agreement_and_what_was_agreed_is_to_come() {
        assert_eq!(
            read("The two sides agreed on Friday to withdraw troops from the border."),
            [
                (
                    EventType::Agreement,
                    Some("2021-04-30".into()),
                    Status::Occurred
                ),
                (EventType::Withdrawal, None, Status::Planned),
            ]
        );
        // With no date between, the agreeing verb is no event of its own.
        let s = english("The presidents agreed to hold talks in Moscow.");
        let m = &s[0].mentions;
        assert_eq!(m.len(), 1);
        assert_eq!((m[0].event_type, m[0].agreed), (EventType::Talks, true));
        assert_eq!(m[0].place.as_deref(), Some("Moscow"));
    }

    #[test]
    fn a_day_after_relates_two_events_and_civilians_clashing_is_mob_violence() {
        let s = english(
            "The two sides exchanged fire late on Thursday near Kok-Tash, a day after villagers clashed over a water pipe.",
        );
        let m = &s[0].mentions;
        assert_eq!(m.len(), 2);
        assert_eq!(m[0].event_type, EventType::ArmedClash);
        assert_eq!(m[0].relations, [(RelKind::DayAfter, 1)]);
        assert_eq!(m[1].event_type, EventType::MobViolence);
        assert_eq!(m[1].concept, "clashes between civilians");
        assert!(m[1].date.is_none(), "the date is the exchange of fire's");
    }

    #[test]
    fn a_clause_describing_the_anchor_is_not_what_the_phrase_dates() {
        // "A day after the envoy's visit, where he warned ...": the warning was made on the
        // visit; the phrase relates the visit to what the sentence is about.
        let related = |text: &str| -> Vec<EventType> {
            english(text)[0]
                .mentions
                .iter()
                .filter(|m| !m.relations.is_empty())
                .map(|m| m.event_type)
                .collect()
        };
        assert_eq!(
            related(
                "It comes a day after the envoy's visit to Israel, where he warned against an escalation."
            ),
            []
        );
        // A fronted phrase still dates the act of the clause that follows it.
        assert_eq!(
            related("A day after the envoy's visit to Israel, troops shelled the border villages."),
            [EventType::Shelling]
        );
    }

    #[test]
    fn an_accusation_tells_the_acts_it_holds() {
        let s =
            english("Tajikistan accused Kyrgyz troops of shelling Vorukh and of burning houses.");
        let m = &s[0].mentions;
        let types: Vec<EventType> = m.iter().map(|m| m.event_type).collect();
        assert_eq!(types, [EventType::Shelling, EventType::PropertyDestruction]);
        assert!(m.iter().all(|m| m.status == Status::Claimed));
    }

    #[test]
    fn a_date_inside_the_words_of_one_act_does_not_split_it() {
        // "India launched at dawn today, Wednesday, missile strikes": the verb's words reach
        // over the date to the strikes; one act, dated.
        let s = testing::analyse(&testing::arabic(&[
            "شنّت الهند فجر اليوم الأربعاء ضربات صاروخية على تسعة مواقع في باكستان.",
        ]));
        let m = &s[0].mentions;
        assert_eq!(m.len(), 1, "{m:#?}");
        assert!(m[0].date.is_some());
    }

    #[test]
    fn the_day_after_the_word_for_a_statement_is_the_statement_s() {
        let s = english("Kyrgyzstan condemned the shelling of Kok-Tash in a statement on Monday.");
        let m = &s[0].mentions;
        let statement = m.iter().find(|m| m.event_type == EventType::Statement);
        assert!(statement.is_some_and(|m| m.date.is_some()), "{m:#?}");
        let shelling = m.iter().find(|m| m.event_type == EventType::Shelling);
        assert!(shelling.is_none_or(|m| m.date.is_none()), "{m:#?}");
        assert_dated_statement("ودانت قرغيزستان قصف قرية كوك تاش في بيان أمس.");
    }

    #[test]
    fn what_a_correction_retracts_is_no_act() {
        let s = english(
            "Correction: An earlier version of this article incorrectly said that three crew members were injured by water cannon fire on March 5.",
        );
        assert!(s[0].mentions.is_empty(), "{:#?}", s[0].mentions);
        let s = english("Three crew members were injured by water cannon fire on March 23.");
        assert!(!s[0].mentions.is_empty());
    }

    #[test]
    fn days_into_an_act_are_days_after_it() {
        let s = english(
            "Four days into the offensive, abandoned by its ally, the SDF struck a deal with Damascus.",
        );
        let m = &s[0].mentions;
        let deal = m.iter().find(|m| m.event_type == EventType::Agreement);
        assert!(
            deal.is_some_and(|d| d.relations.iter().any(|(r, _)| *r == RelKind::DaysAfter)),
            "{m:#?}"
        );
    }

    #[test]
    fn a_question_tells_no_act() {
        for text in [
            "Could the clashes turn into a wider war?",
            "JUMA: And the government blamed Rwanda straight away?",
            "Did troops shell the village on Monday?\u{201d}",
        ] {
            assert!(english(text)[0].mentions.is_empty(), "{text}");
        }
        let s = testing::analyse(&testing::arabic(&["س: ماذا حدث في الاشتباكات مساء السبت؟"]));
        assert!(s[0].mentions.is_empty());
        assert!(
            !english("Troops shelled the village on Monday.")[0]
                .mentions
                .is_empty()
        );
    }

    #[test]
    fn a_commentator_s_view_tells_only_the_acts_it_dates() {
        let s = english("Analysts warned that the ceasefire remained fragile.");
        assert!(s[0].mentions.is_empty(), "{:#?}", s[0].mentions);
        let s = testing::analyse(&testing::arabic(&[
            "ويرى الباحث في الشؤون الأمنية أن الاشتباكات قد تتجدد في أي وقت.",
        ]));
        assert!(s[0].mentions.is_empty(), "{:#?}", s[0].mentions);
        // One it dates is still told.
        let s = english("Analysts said the clashes of 14 September were the worst in years.");
        let types: Vec<EventType> = s[0].mentions.iter().map(|m| m.event_type).collect();
        assert_eq!(types, [EventType::ArmedClash]);
        // Without a commentator the same words tell an act.
        let s = english("Officials warned that the ceasefire remained fragile.");
        assert!(!s[0].mentions.is_empty());
    }

    #[test]
    fn a_saying_told_with_its_day_and_no_act_is_a_statement() {
        let s = testing::analyse(&testing::arabic(&[
            "وقال رئيس الوزراء الإثيوبي آبي أحمد أمس إن العلاقات بين البلدين تاريخية.",
        ]));
        let m = &s[0].mentions;
        assert_eq!(m.len(), 1, "{m:#?}");
        assert_eq!(m[0].event_type, EventType::Statement);
        assert!(m[0].date.is_some(), "{m:#?}");
        let s = english("The ministry said on Monday that the talks had gone well.");
        let types: Vec<EventType> = s[0].mentions.iter().map(|m| m.event_type).collect();
        assert_eq!(
            types,
            [EventType::Talks],
            "an act said is the act, not the saying"
        );
        let s = english("The ministry said the situation at the border was calm.");
        assert!(s[0].mentions.is_empty(), "undated words are no act");
        // Words about an act already told ("the strikes") are still a statement of their day.
        assert_dated_statement("وقال رئيس الوزراء الإثيوبي آبي أحمد أمس إن الضربات لن تغير شيئا.");
    }

    /// A person the gazetteer does not know who spoke on a day is the statement's actor, as
    /// the text spells the name; a speaker that is no name makes no statement.
    #[test]
    fn a_saying_by_a_person_the_gazetteer_does_not_know_is_theirs() {
        let actors = |s: &[SentenceAnalysis]| -> Vec<Vec<String>> {
            s[0].mentions.iter().map(|m| m.actors.clone()).collect()
        };
        for (text, who) in [
            (
                "Kurmanbek Bakiyev said on Thursday that the situation was under control.",
                "Kurmanbek Bakiyev",
            ),
            (
                "On Thursday, Bakiyev told reporters that the situation was under control.",
                "Bakiyev",
            ),
            (
                "The situation is under control, said President Bakiyev on Thursday.",
                "Bakiyev",
            ),
        ] {
            assert_eq!(actors(&english(text)), [[who.to_string()]], "{text}");
        }
        let s = testing::analyse(&testing::russian(&[
            "Бакиев в четверг заявил журналистам, что ситуация под контролем.",
        ]));
        assert_eq!(actors(&s), [["Бакиев".to_string()]]);
        // Whom the gazetteer cannot name still spoke: a statement of that day, nobody's.
        for text in [
            "Local officials said on Thursday that the situation was under control.",
            "Officials said on Thursday that the situation was under control.",
        ] {
            let s = english(text);
            assert_eq!(actors(&s), [Vec::<String>::new()], "{text}");
            assert_eq!(s[0].mentions[0].event_type, EventType::Statement, "{text}");
        }
    }

    /// What there is a reason for, and what a request asks for, is no act.
    #[test]
    fn what_is_asked_for_or_has_no_ground_is_no_act() {
        for text in [
            "The judge ruled on Thursday that there was no longer any ground to detain the tanker.",
            "The ruling came despite an application, lodged on Thursday, asking that the tanker be seized.",
            "Residents said on Friday there was no need to evacuate the village.",
        ] {
            let s = english(text);
            let types: Vec<EventType> = s[0].mentions.iter().map(|m| m.event_type).collect();
            assert!(
                !types.iter().any(|t| matches!(
                    t,
                    EventType::Arrest | EventType::ArmedClash | EventType::Displacement
                )),
                "{text}: {types:?}"
            );
        }
        // The same acts told are acts.
        let s = english("The navy seized the tanker on Thursday.");
        let types: Vec<EventType> = s[0].mentions.iter().map(|m| m.event_type).collect();
        assert_eq!(types, [EventType::Arrest]);
    }

    /// What is condemned is named as known: it may refer back, with or without the article.
    #[test]
    fn what_is_condemned_may_refer_back() {
        let s = testing::analyse(&testing::arabic(&[
            "السعودية تدين \"استهداف سيادة الجمهورية الإسلامية الإيرانية\" وتدعو إلى ضبط النفس.",
        ]));
        let m = &s[0].mentions;
        let attack = m.iter().find(|m| m.event_type == EventType::Attack);
        assert!(attack.is_some_and(|a| a.definite), "{m:#?}");
        let s = testing::analyse(&testing::arabic(&[
            "واستهدفت طائرات مسيرة مواقع عسكرية قرب الحدود.",
        ]));
        assert!(
            s[0].mentions.iter().all(|m| !m.definite),
            "{:#?}",
            s[0].mentions
        );
    }

    /// Acts named in the plural, without the article, as what another answers say why; they
    /// are no incident of their own.
    #[test]
    fn acts_answered_in_the_plural_are_no_incident() {
        let s = english(
            "The army said it carried out precise strikes on military targets on Saturday in response to attacks by the regime.",
        );
        let m = &s[0].mentions;
        let answered = m.iter().filter(|m| m.event_type == EventType::Attack);
        assert!(
            answered.clone().count() == 1 && answered.clone().all(|m| m.time_mark),
            "{m:#?}"
        );
        // One act answered is one the report may tell.
        let s = english(
            "The army said it carried out strikes on Saturday in response to an attack on its base.",
        );
        assert!(
            s[0].mentions.iter().all(|m| !m.time_mark),
            "{:#?}",
            s[0].mentions
        );
    }

    /// What a thing would bring about, named to qualify it, is no act (it had been a planned
    /// act dated after the publication day).
    #[test]
    fn what_a_thing_would_bring_about_is_no_act() {
        let s = english(
            "Officials did not consider the incident an armed attack that would invoke the treaty.",
        );
        assert!(
            s[0].mentions.iter().all(|m| m.concept != "treaty invoked"),
            "{:#?}",
            s[0].mentions
        );
        let s = english("The two sides will hold talks that would end the fighting next week.");
        assert!(
            s[0].mentions
                .iter()
                .any(|m| m.event_type == EventType::Talks),
            "{:#?}",
            s[0].mentions
        );
    }

    /// A date told before a relation word is not the date of the act the relation is measured
    /// from.
    #[test]
    fn a_date_before_a_relation_word_is_not_its_anchor_s() {
        let s = english(
            "Our forces will withdraw from the area between the two towns (on the border) in the next two days, before the period set in the agreement ends.",
        );
        let m = &s[0].mentions;
        let of = |t: EventType| m.iter().find(|m| m.event_type == t);
        assert!(
            of(EventType::Withdrawal).is_some_and(|w| w.date.is_some()),
            "{m:#?}"
        );
        assert!(
            of(EventType::Agreement).is_some_and(|a| a.date.is_none()),
            "{m:#?}"
        );
    }

    /// A date that opens the sentence before who spoke dates the saying when what was said
    /// names only acts already told; an act it tells is still the date's.
    #[test]
    fn a_date_before_the_speaker_dates_the_saying_of_acts_already_told() {
        let s = english(
            "On Sunday, Supreme Leader Ali Khamenei said the attack should be neither exaggerated nor downplayed.",
        );
        let m = &s[0].mentions;
        let statement = m.iter().find(|m| m.event_type == EventType::Statement);
        assert!(
            statement.is_some_and(|s| s
                .date
                .as_ref()
                .is_some_and(|d| d.date.to_edtf() == "2021-04-25")),
            "{m:#?}"
        );
        let attack = m.iter().find(|m| m.event_type == EventType::Attack);
        assert!(attack.is_some_and(|a| a.date.is_none()), "{m:#?}");
        // The act announced is the date's.
        let s = english("On Sunday, the ministry announced the withdrawal of its troops.");
        let m = &s[0].mentions;
        assert_eq!(m.len(), 1, "{m:#?}");
        assert_eq!(m[0].event_type, EventType::Withdrawal);
        assert!(m[0].date.is_some(), "{m:#?}");
    }

    #[test]
    fn habitual_events_are_no_incident_but_their_dead_are_counted() {
        let s = english("Kyrgyzstan said 19 of its citizens died in the repeated clashes.");
        let m = &s[0].mentions;
        assert_eq!(m.len(), 1);
        assert_eq!(
            (m[0].event_type, m[0].concept.as_str()),
            (EventType::Attack, "casualties")
        );
        assert!(m[0].occs.iter().all(Occ::wordless));
    }

    #[test]
    fn deaths_with_no_event_word_are_an_attack_unless_they_are_the_dead_already_told() {
        let s = english("Two herders were found dead near the border.");
        let types: Vec<EventType> = s[0].mentions.iter().map(|m| m.event_type).collect();
        assert_eq!(types, [EventType::Attack]);
        // Condolences to the families of the victims count no new dead.
        for text in [
            "The minister will travel to the town on Tuesday to offer condolences to the families of the victims.",
            "The funeral of the martyrs will be held on Tuesday.",
        ] {
            let s = english(text);
            assert!(
                s[0].mentions
                    .iter()
                    .all(|m| m.event_type != EventType::Attack),
                "{text}"
            );
        }
        let s = testing::analyse(&testing::arabic(&[
            "ويصل وزير الداخلية إلى المدينة غدا الثلاثاء لتقديم واجب العزاء لذوي الشهداء.",
        ]));
        assert!(
            s[0].mentions
                .iter()
                .all(|m| m.event_type != EventType::Attack)
        );
    }

    #[test]
    fn a_pluperfect_or_an_earlier_opening_date_steps_back() {
        let s = english("In January 2014, border guards exchanged fire near Vorukh.");
        assert_eq!(
            s[0].opening.map(|d| d.to_edtf()).as_deref(),
            Some("2014-01")
        );
        let s = english("The two sides had clashed near Vorukh.");
        assert!(s[0].flashback);
    }
}
