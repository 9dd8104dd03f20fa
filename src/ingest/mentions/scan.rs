//! A sentence scanned once, for every step that reads it: its tokens, its cue words and event
//! words (outside the words that name where the report was written), its clauses, and the token
//! ranges of its temporal expressions.

use super::{Ctx, Occ};
use crate::ingest::lexicon::{CueKind, EventEntry, EventFlags, LangTag};
use crate::ingest::sentences::Sentence;
use crate::ingest::text::{Hit, Token, tokenize};
use crate::ingest::time::usable;
use crate::model::EventType;
use crate::tagger::TemporalExpr;

/// The cue words of a sentence.
pub struct Cues {
    pub hits: Vec<(Hit, CueKind)>,
}

impl Cues {
    pub fn of(&self, kind: CueKind) -> impl Iterator<Item = &Hit> {
        self.hits
            .iter()
            .filter(move |(_, k)| *k == kind)
            .map(|(h, _)| h)
    }

    pub fn starting_at(&self, i: usize, kind: CueKind) -> bool {
        self.of(kind).any(|h| h.first == i)
    }
}

/// One sentence as the steps of the mentions stage read it.
pub struct Scan<'a> {
    pub ctx: &'a Ctx<'a>,
    /// The sentence's index in the report.
    pub index: usize,
    pub tokens: Vec<Token>,
    pub cues: Cues,
    /// Event words of the lexicon.
    pub event_hits: Vec<Hit>,
    /// The clause of each token: punctuation and "but"-words separate clauses.
    pub clause: Vec<usize>,
    /// The "since" of each comparison ("the worst since", "الأعنف منذ"): (its first token,
    /// the token after it). What follows it in its clause is the landmark compared with.
    pub comparisons: Vec<(usize, usize)>,
    /// The temporal expressions inside the sentence.
    pub exprs: &'a [&'a TemporalExpr],
    /// Their token ranges [a, b) (outside the words that name where the report was written).
    pub expr_tokens: Vec<(usize, usize, &'a TemporalExpr)>,
    /// The end (the first break) of a "by the time" clause that opens the sentence ("By the
    /// time troops reached the village on Monday, ..."), found once for every date weighed.
    pub by_the_time: Option<usize>,
}

impl<'a> Scan<'a> {
    /// Scan a sentence; `None` when it has no words.
    pub fn new(
        ctx: &'a Ctx<'a>,
        index: usize,
        sent: &Sentence,
        exprs: &'a [&'a TemporalExpr],
    ) -> Option<Scan<'a>> {
        let tokens = tokenize(&ctx.text[sent.start..sent.end], sent.start);
        if tokens.is_empty() {
            return None;
        }
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
                .filter(|(h, k)| *k != CueKind::Planned || !noun_will(&tokens, h))
                .filter(|(h, _)| !part_of_a_name(ctx, &tokens, h))
                .collect(),
        };
        let expr_tokens = expression_tokens(ctx, &tokens, exprs);
        let event_hits: Vec<Hit> = across_dates(ctx, &tokens, &expr_tokens)
            .into_iter()
            .filter(|h| !skipped(h.first))
            .filter(|h| !in_a_group_s_name(ctx, &tokens, h))
            .collect();
        let clause = clauses(&tokens, &cues);
        let comparisons = Self::comparison_sinces(&cues, &event_hits, &clause);
        let by_the_time = by_the_time_clause(&tokens);
        Some(Scan {
            ctx,
            index,
            tokens,
            cues,
            event_hits,
            clause,
            comparisons,
            exprs,
            expr_tokens,
            by_the_time,
        })
    }

    /// Token `i` lies in the words that name where the report was written.
    pub fn skipped(&self, i: usize) -> bool {
        self.ctx
            .skip
            .is_some_and(|(a, b)| self.tokens[i].start >= a && self.tokens[i].end <= b)
    }

    /// The lexicon entry of an event word.
    pub fn entry(&self, o: &Occ) -> &'a EventEntry {
        &self.ctx.lex.events[o.entry]
    }

    /// The flags of an event word's lexicon entry; none for a wordless one (a toll, a dated
    /// saying: [`super::NO_ENTRY`]).
    pub fn flags_of(&self, o: &Occ) -> EventFlags {
        self.ctx
            .lex
            .events
            .get(o.entry)
            .map(|e| e.flags)
            .unwrap_or_default()
    }

    pub fn type_of(&self, o: &Occ) -> EventType {
        self.type_of_entry(o.entry)
    }

    /// The event type of lexicon entry `entry` (`other` for a blocker).
    pub fn type_of_entry(&self, entry: usize) -> EventType {
        self.ctx
            .lex
            .events
            .get(entry)
            .and_then(|e| e.event_type)
            .unwrap_or(EventType::Other)
    }

    /// A negation or denial at most `reach` words before token `i`, in its clause.
    pub fn negated_within(&self, i: usize, reach: usize) -> bool {
        self.cue_within(&[CueKind::Negation, CueKind::Denial], i, reach)
    }

    /// A cue of one of `kinds` at most `reach` words before token `i`, in its clause.
    pub fn cue_within(&self, kinds: &[CueKind], i: usize, reach: usize) -> bool {
        self.cues_within(kinds, i, reach).next().is_some()
    }

    /// The cues of [`Scan::cue_within`].
    pub fn cues_within<'s>(
        &'s self,
        kinds: &'s [CueKind],
        i: usize,
        reach: usize,
    ) -> impl Iterator<Item = &'s Hit> + 's {
        self.cues
            .hits
            .iter()
            .filter(|(_, k)| kinds.contains(k))
            .map(|(h, _)| h)
            .filter(move |h| {
                h.last <= i && i - h.last <= reach && self.clause[h.first] == self.clause[i]
            })
    }

    /// A "since" up to three words after a superlative is a comparison's. When the superlative
    /// qualifies an event word ("the heaviest fighting between the two neighbours since their
    /// 2020 war", "أعنف اشتباكات بين البلدين منذ"), the event's own words may lie between, so
    /// the "since" may come later in the clause.
    fn comparison_sinces(cues: &Cues, events: &[Hit], clause: &[usize]) -> Vec<(usize, usize)> {
        const NEAR: usize = 3;
        const AFTER_EVENT: usize = 10;
        cues.of(CueKind::Landmark)
            .filter_map(|l| {
                let qualifies_event = events
                    .iter()
                    .any(|e| e.first >= l.last && e.first - l.last <= 1);
                let reach = if qualifies_event { AFTER_EVENT } else { NEAR };
                cues.of(CueKind::Since)
                    .find(|s| {
                        s.first >= l.last
                            && s.first - l.last <= reach
                            && clause[s.first] == clause[l.first]
                    })
                    .map(|s| (s.first, s.last))
            })
            .collect()
    }

    /// The comparison whose landmark token `i` lies in ("the worst since the 2020 war over
    /// Karabakh, which killed 6,500": war, Karabakh and the toll): the index of its "since".
    /// What a landmark names (places, tolls) is the landmark's, and nothing outside it is.
    pub fn landmark_of(&self, i: usize) -> Option<usize> {
        self.comparisons
            .iter()
            .find(|&&(since, after)| i >= after && self.clause[since] == self.clause[i])
            .map(|&(since, _)| since)
    }

    /// The stretch of the sentence token `i` lies in: "but"-words part stretches, commas do not.
    pub fn segment(&self, i: usize) -> usize {
        (0..=i)
            .filter(|&k| self.cues.starting_at(k, CueKind::ClauseBreak))
            .count()
    }

    /// A relation word ("after", "two days after", "بعد يومين من", "before") between tokens
    /// `lo` and `hi`: what lies on either side are two events.
    pub fn relation_between(&self, lo: usize, hi: usize) -> bool {
        self.cues
            .hits
            .iter()
            .any(|(h, k)| k.orders_in_time() && h.first > lo && h.first < hi)
    }

    /// "after", "a day after", "before", "during", "غداة", "بعد ساعات من": a preposition that
    /// takes a clause or a long noun phrase ("a day after the two sides agreed to a truce", "غداة
    /// مقتل تسعة سياح في قصف", "during the Uzbek president's visit"), unlike "later" or "the
    /// next day".
    pub fn prepositional(&self, h: &Hit) -> bool {
        h.last > 0
            && [
                "after",
                "before",
                "following",
                "into",
                "during",
                "غداه",
                "من",
            ]
            .contains(&self.tokens[h.last - 1].norm.as_str())
    }

    /// "the next day", "a day later", "within hours", "وفي اليوم التالي استدعت", "بعد يومين
    /// أعلنت": a time adverb for what its clause tells, not a relation to the event named right after it
    /// ("the day after the clashes", "في اليوم التالي للاشتباكات", "غداة الاشتباكات").
    pub fn adverbial(&self, h: &Hit) -> bool {
        let last = self.tokens[h.last - 1].norm.as_str();
        let next = self.tokens.get(h.last);
        if self.tokens[h.last - 1].arabic {
            // ("وعشية الاجتماع": the word after its clitic.)
            let takes_object = |w: &str| matches!(w, "من" | "غداه" | "عقب" | "اثر" | "عشيه");
            !self.tokens[h.last - 1].forms().any(takes_object)
                && next.is_none_or(|t| {
                    !matches!(t.norm.as_str(), "من" | "علي") && !t.norm.starts_with('ل')
                })
        } else {
            // "within hours", "hours later", "the next day": no word that takes an object
            // ("накануне встречи", "за день до встречи" take one).
            !matches!(
                last,
                "of" | "after"
                    | "before"
                    | "following"
                    | "since"
                    | "ahead"
                    | "into"
                    | "до"
                    | "после"
                    | "накануне"
            ) && next.is_none_or(|t| !matches!(t.norm.as_str(), "of" | "after"))
        }
    }

    /// An expression whose date can date an event lies within tokens [lo, hi).
    pub fn dated_within(&self, lo: usize, hi: usize) -> bool {
        self.expr_tokens
            .iter()
            .any(|&(a, b, e)| a >= lo && b <= hi && e.date.as_ref().is_some_and(usable))
    }
}

/// The clause of each token: punctuation and "but"-words separate them. The commas of an
/// English list ("tanks, mortars and drones") do not.
fn clauses(tokens: &[Token], cues: &Cues) -> Vec<usize> {
    let mut clause = vec![0usize; tokens.len()];
    let mut c = 0;
    for i in 0..tokens.len() {
        if i > 0
            && ((tokens[i].break_before && !in_list(tokens, i))
                || cues.starting_at(i, CueKind::ClauseBreak))
        {
            c += 1;
        }
        clause[i] = c;
    }
    clause
}

/// Token `i` follows the comma of an English list: one or two words, then "and"/"or" (or
/// another such comma) with no other break between.
fn in_list(tokens: &[Token], i: usize) -> bool {
    let comma = |k: usize| tokens[k].gap_before.trim() == ",";
    if tokens[i].arabic || !comma(i) {
        return false;
    }
    // The next item ends at "and"/"or" (no break before it) or at the list's next comma.
    let ends_item = |k: usize| {
        comma(k) || (matches!(tokens[k].norm.as_str(), "and" | "or") && !tokens[k].break_before)
    };
    (i + 1..(i + 3).min(tokens.len()))
        .any(|k| ends_item(k) && (i + 1..k).all(|j| !tokens[j].break_before))
}

/// The event words of a sentence, also where a date stands between a verb and its object
/// ("أطلقت أنقرة في 18 أبريل الماضي عملية", "launched on Monday an operation"): the words are
/// matched once as written and once with the dates (and the preposition before them) left
/// out; a match that spans a date replaces the pieces it covers.
fn across_dates(ctx: &Ctx, tokens: &[Token], dates: &[(usize, usize, &TemporalExpr)]) -> Vec<Hit> {
    let mut hits = ctx.lex.find_events(tokens, ctx.lang);
    if dates.is_empty() {
        return hits;
    }
    const PREPOSITIONS: &[&str] = &["في", "يوم", "on", "in"];
    let in_date = |i: usize| dates.iter().any(|&(a, b, _)| (a..b).contains(&i));
    let before_date = |i: usize| {
        PREPOSITIONS.contains(&tokens[i].norm.as_str()) && dates.iter().any(|&(a, _, _)| a == i + 1)
    };
    // Only a phrase that a date cuts in two is found again without it ("clashed on Thursday
    // with"), so only the words around each date are read again: as many on each side as the
    // longest phrase has.
    let reach = ctx.lex.longest_event();
    let mut windows: Vec<(usize, usize)> = Vec::new();
    for &(a, b, _) in dates {
        let (from, to) = (a.saturating_sub(reach), (b + reach).min(tokens.len()));
        match windows.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => windows.push((from, to)),
        }
    }
    for (from, to) in windows {
        let kept: Vec<usize> = (from..to)
            .filter(|&i| !in_date(i) && !before_date(i))
            .collect();
        if kept.len() == to - from {
            continue;
        }
        let stripped: Vec<Token> = kept.iter().map(|&i| tokens[i].clone()).collect();
        for h in ctx.lex.find_events(&stripped, ctx.lang) {
            let (first, last) = (kept[h.first], kept[h.last - 1] + 1);
            if last - first == h.last - h.first {
                continue;
            }
            hits.retain(|x| !(x.first >= first && x.last <= last));
            hits.push(Hit {
                entry: h.entry,
                first,
                last,
            });
        }
    }
    hits.sort_by_key(|h| (h.first, h.last));
    hits
}

/// Token ranges of the temporal expressions, outside the words that name where the report was
/// written.
fn expression_tokens<'a>(
    ctx: &Ctx,
    tokens: &[Token],
    exprs: &[&'a TemporalExpr],
) -> Vec<(usize, usize, &'a TemporalExpr)> {
    exprs
        .iter()
        .filter(|e| ctx.skip.is_none_or(|(a, b)| e.end <= a || e.start >= b))
        .filter(|e| !in_a_title(ctx.text, e.start, e.end))
        .filter_map(|e| {
            let a = tokens.iter().position(|t| t.end > e.start)?;
            let b = tokens.iter().rposition(|t| t.start < e.end)? + 1;
            (a < b).then_some((a, b, *e))
        })
        .collect()
}

/// Quotation marks a title is set in; straight quotes both open and close.
const OPENING_QUOTES: &[char] = &['«', '“', '„', '"'];
const CLOSING_QUOTES: &[char] = &['»', '”', '“', '"'];

/// The longest title, in bytes, whose dates are taken for a name's: a quotation longer than
/// this is words said.
const TITLE_BYTES: usize = 80;

/// The text at `start..end` lies inside a short quotation that follows a word, as the title of
/// a conference, an operation or a film does (конференция "Март 2005: десять лет спустя",
/// operation "Spring Storm 2020"): a date in a name is no date of the act. A quotation after a
/// colon, a comma or a dash is words said, and keeps its dates.
fn in_a_title(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(after)) = (text.get(..start), text.get(end..)) else {
        return false;
    };
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    let before = &before[line_start..];
    let Some(open) = before.rfind(OPENING_QUOTES) else {
        return false;
    };
    let inside_before = &before[open..];
    let mut quoted = inside_before.chars().skip(1);
    // (Closed again before the date: the date is outside it. A straight quote opens a title
    // only when an even number of them comes before it on its line.)
    if quoted.any(|c| CLOSING_QUOTES.contains(&c)) {
        return false;
    }
    if before[..open].ends_with('"') || before[..open].matches('"').count() % 2 == 1 {
        return false;
    }
    let Some(close) = after.find(|c: char| CLOSING_QUOTES.contains(&c) || c == '\n') else {
        return false;
    };
    if after[close..].starts_with('\n') || inside_before.len() + (end - start) + close > TITLE_BYTES
    {
        return false;
    }
    before[..open]
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
}

/// "Communication Minister Mohamed Said told ...": an English cue word written with a capital
/// right after a capitalised word, inside the sentence, is part of a name, not the verb.
fn part_of_a_name(ctx: &Ctx, tokens: &[Token], h: &Hit) -> bool {
    let capitalised = |t: &Token| capitalised(ctx, t);
    // (Not in a headline written in title case, "Police Say Two Men Were Arrested"; counted
    // only for a capitalised cue word.)
    ctx.lang == LangTag::En
        && h.first > 0
        && capitalised(&tokens[h.first])
        && capitalised(&tokens[h.first - 1])
        && !tokens[h.first].break_before
        && !title_case(ctx, tokens)
}

/// A headline written in title case ("Police Say Two Men Were Arrested"): half its words or
/// more start with a capital.
fn title_case(ctx: &Ctx, tokens: &[Token]) -> bool {
    let words = tokens
        .iter()
        .filter(|t| t.norm.chars().all(char::is_alphabetic));
    let (all, capitals) = words.fold((0, 0), |(n, c), t| {
        (n + 1, c + usize::from(capitalised(ctx, t)))
    });
    capitals * 2 >= all
}

/// The word is written with a capital first letter.
fn capitalised(ctx: &Ctx, t: &Token) -> bool {
    ctx.text[t.start..t.end]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Nouns that end or head the name of an armed group, a party or a body.
const GROUP_NOUNS: &[&str] = &[
    "movement",
    "front",
    "army",
    "forces",
    "force",
    "party",
    "council",
    "committee",
    "organization",
    "organisation",
    "union",
    "tigers",
    "brigade",
    "brigades",
    "group",
    "corps",
    "guard",
    "guards",
    "battalion",
    "battalions",
    "alliance",
    "coalition",
    "league",
    "militia",
    "militias",
    "congress",
];

/// "the National Movement for the Liberation of Azawad", "the Kosovo Liberation Army": an English
/// event word written with a capital, inside the sentence, in a run of capitalised words (joined
/// by "of", "for", "the", "and") that holds a group's noun, is part of the group's name.
fn in_a_group_s_name(ctx: &Ctx, tokens: &[Token], h: &Hit) -> bool {
    let capitalised = |t: &Token| capitalised(ctx, t);
    if ctx.lang != LangTag::En || h.first == 0 || !capitalised(&tokens[h.first]) {
        return false;
    }
    let joiner = |t: &Token| matches!(t.norm.as_str(), "of" | "for" | "the" | "and" | "s");
    let in_run = |t: &Token| capitalised(t) || joiner(t);
    // The run of the name around the word, stopped at a clause boundary.
    let mut lo = h.first;
    while lo > 0 && !tokens[lo].break_before && in_run(&tokens[lo - 1]) {
        lo -= 1;
    }
    let mut hi = h.last;
    while hi < tokens.len() && !tokens[hi].break_before && in_run(&tokens[hi]) {
        hi += 1;
    }
    let named = |t: &Token| capitalised(t) && GROUP_NOUNS.contains(&t.norm.as_str());
    (tokens[lo..h.first].iter().any(named) || tokens[h.last..hi].iter().any(named))
        && !title_case(ctx, tokens)
}

/// "political will", "the will of the people": the noun, not the auxiliary of a plan.
fn noun_will(tokens: &[Token], h: &Hit) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.norm.as_str());
    h.last - h.first == 1
        && word(h.first) == "will"
        && crate::tagger::tense::will_is_noun(
            h.first.checked_sub(1).map_or("", word),
            word(h.first + 1),
        )
}

/// Words that open a clause saying by when the main clause's act was done ("By the time the
/// leaders flew home, ...", "К тому времени, как ...", "بحلول الوقت الذي").
const BY_THE_TIME: &[&[&str]] = &[
    &["by", "the", "time"],
    &["к", "тому", "времени"],
    &["к", "моменту"],
    &["بحلول", "الوقت"],
];

/// The end (the first break) of a "by the time" clause that opens the sentence.
fn by_the_time_clause(tokens: &[Token]) -> Option<usize> {
    let opening = BY_THE_TIME.iter().find(|words| {
        words.len() <= tokens.len()
            && words
                .iter()
                .zip(tokens)
                .all(|(w, t)| t.forms().any(|f| f == *w))
    })?;
    // (Past the comma right after the words: "К тому времени, как ...".)
    (opening.len() + 1..tokens.len()).find(|&k| tokens[k].break_before)
}
