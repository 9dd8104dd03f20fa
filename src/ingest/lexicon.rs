//! The ingester's vocabulary tables, loaded from TSV data files: event words (what happened),
//! cue words (status, time relations, clause structure), casualty words, quantities (number
//! words, vague amounts, modifiers) and page furniture. The built-in tables under
//! `data/lexicon/` are embedded; files of the same name in `IngestOptions::vocabulary_dirs`
//! (directly or in a `lexicon/` subfolder) extend them without recompiling. The code knows no
//! particular word: everything language-specific is in the data (see `data/lexicon/README.md`).

use std::path::Path;

use crate::model::EventType;

use super::text::{Hit, Pattern, PatternIndex, Token, select_longest};

/// Which language an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LangTag {
    Ar,
    En,
    Ru,
    /// `*`: every language.
    Any,
}

impl LangTag {
    pub fn parse(s: &str) -> Result<LangTag, String> {
        Ok(match s.trim() {
            "ar" => LangTag::Ar,
            "en" => LangTag::En,
            "ru" => LangTag::Ru,
            "*" | "any" => LangTag::Any,
            other => return Err(format!("unknown language '{other}' (ar, en, ru or *)")),
        })
    }

    pub fn accepts(self, lang: LangTag) -> bool {
        self == LangTag::Any || lang == LangTag::Any || self == lang
    }
}

/// Special behaviour of an event word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EventFlags {
    /// A general word ("clashes") that names whatever a more specific word in the same sentence
    /// names ("stone-throwing"), and refers back to an earlier incident of its family.
    pub generic: bool,
    /// An agreement or discussion that holds the events named after it as its content ("an
    /// agreement on a ceasefire and the withdrawal of forces").
    pub container: bool,
    /// A verb of agreeing ("agreed to"): with an event after it, the event is agreed, not the
    /// verb an event of its own.
    pub governs: bool,
    /// A breach of an agreement: happens after the agreement named with it.
    pub violation: bool,
    /// An act that is an incident of its own ("took control of", "shot down"): never one with
    /// another incident of its type named by other words.
    pub distinct: bool,
    /// A reply in kind ("ردت بالمثل", "responded in kind"): it names the act told after it in
    /// its sentence ("ردت بالمثل، فاستدعت سفيرها"); alone it is fire returned.
    pub reply: bool,
    /// An act that kills by itself ("a dinghy capsized"): the deaths told with it are its toll,
    /// not an attack of their own.
    pub deadly: bool,
}

#[derive(Debug, Clone)]
pub struct EventEntry {
    pub lang: LangTag,
    pub pattern: Pattern,
    /// `None`: a blocker (the words are not an event, e.g. "line of contact").
    pub event_type: Option<EventType>,
    /// Short English label ("gunfire", "stone-throwing"): the title's detail and the key that
    /// keeps different `other` events apart.
    pub concept: String,
    pub flags: EventFlags,
    pub origin: String,
}

/// What a cue word says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// Future or agreed-upon: the events after it in its clause are planned.
    Planned,
    /// Follows the event it marks as planned ("the upcoming meeting" in languages that put it
    /// after the noun).
    PlannedPost,
    /// An allegation verb: the events after it in the sentence are one side's claim.
    Claim,
    /// "according to" + a source: a claim when the source is a party.
    Attribution,
    /// A speech verb ("said that"): a claim when the speaker is a party and the event contested.
    Speech,
    /// "after X": the event it modifies happened after X.
    After,
    /// "hours after X": the same day as X or the next.
    HoursAfter,
    /// "a day after X", "the next day".
    DayAfter,
    /// "days after X": at least a day after X.
    DaysAfter,
    /// "before X".
    Before,
    /// "on the eve of X", "накануне X", "عشية X": the day before X.
    DayBefore,
    /// "later", "subsequently": after what the story told before.
    Later,
    /// "when", "as": at the same time as the event of the main clause.
    Simultaneous,
    /// "in line with X", "under X": after agreement X.
    Accordance,
    /// A pluperfect auxiliary at the head of a sentence ("had", "كان"): the story steps back.
    Flashback,
    /// The particle that completes an Arabic pluperfect ("قد").
    FlashbackParticle,
    /// Civilians, residents, villagers: a generic clash among them is mob violence.
    Civilian,
    /// "which provides for", "يقضي بـ": the terms of the agreement or talks named before it
    /// follow, across a comma.
    Terms,
    /// Negates the event right after it.
    Negation,
    /// A denial verb: negates the event right after it ("نفت وقوع اشتباكات"); an event told
    /// before it in the sentence is contested, a claim ("..., وهو ما نفاه الجيش").
    Denial,
    /// Begins with a negation but does not deny the event after it: "لم تصمد الهدنة" (the
    /// truce did not hold: there was a truce). Longer than the bare negation, so it wins.
    NotNegation,
    /// "but", "however": a clause boundary.
    ClauseBreak,
    /// "the", "this", "those": the following event word refers back.
    Definite,
    /// Sources that are a party when named ("the ministry", "authorities").
    PartySource,
    /// "since": a date after it dates what follows, not the event before it.
    Since,
    /// "the worst since", "الأعنف منذ": what follows is the landmark a comparison is measured
    /// against ("the heaviest since the 2020 war"), not an incident the report tells.
    Landmark,
    /// "repeated", "متكررة": a habitual background, not one incident.
    Habitual,
    /// "called for", "دعا إلى": what follows is asked for, not an event.
    Appeal,
    /// "a", "another", "fresh", "جديدة": a new event, not one told before.
    Indefinite,
    /// "rose to", "reached": a date after it dates a count ("the toll rose to 50 on Sunday"),
    /// not the event counted.
    Count,
    /// "the same evening", "later that day": on the day of what the story told before.
    SameDay,
    /// "declared", "designated": a weekday right after it, followed by "a" or "as", is the
    /// day named for something ("declared Monday a day of mourning"): the coming one.
    Designation,
    /// "brokered by", "under the auspices of", "بوساطة": the names after it mediate or host;
    /// they are no party to what the sentence tells.
    Broker,
    /// "brokered", "mediated" joined by a hyphen to the name before it ("a Russian-brokered
    /// truce"): that name mediates.
    BrokerPost,
    /// "its", "he", "أنها", "قواتها": refers back to who speaks, who then takes part in what
    /// its clause tells ("Kyrgyzstan said it evacuated ...").
    SelfReference,
    /// "what it called", "described as", "ما وصفته بـ": the general word after it ("an
    /// aggression", "a provocation") names an act told elsewhere; it is no act of its own.
    Characterization,
    /// "spread to", "امتدت إلى": the fighting named with it reached new places; it is told as
    /// new, not as a reference back.
    Spread,
    /// "continued", "تواصلت": the act named with it goes on from one already told; undated, it
    /// is that act, not a new one.
    Continuation,
    /// "a.m.", "local time", "ظهرا": a time of day. With no day named, a sentence that gives
    /// one tells the story's day.
    Clock,
    /// "collapsed", "انهارت": the truce or deal named beside it broke down; a date right after
    /// them is the breakdown's, not the day the truce or deal was made.
    Breakdown,
    /// "despite", "رغم": the event named right after it is the background the sentence's act
    /// goes against ("despite the truce, fighters seized the town"), not an act it tells.
    Concession,
    /// "analysts", "الباحث", "مراقبون": a sentence that gives the view of a commentator names
    /// acts to weigh them, not to tell them; only those it dates are told.
    Commentary,
    /// "an earlier version of this article said", "incorrectly said": a correction's sentence
    /// tells what was wrongly reported; it tells no act.
    Retraction,
}

impl CueKind {
    /// A relation word that orders two acts in time ("after", "hours after", "the next day",
    /// "days after", "before").
    pub fn orders_in_time(self) -> bool {
        matches!(
            self,
            CueKind::After
                | CueKind::HoursAfter
                | CueKind::DayAfter
                | CueKind::DaysAfter
                | CueKind::Before
                | CueKind::DayBefore
        )
    }

    fn parse(s: &str) -> Result<CueKind, String> {
        Ok(match s.trim() {
            "planned" => CueKind::Planned,
            "planned_post" => CueKind::PlannedPost,
            "claim" => CueKind::Claim,
            "attribution" => CueKind::Attribution,
            "speech" => CueKind::Speech,
            "after" => CueKind::After,
            "hours_after" => CueKind::HoursAfter,
            "day_after" => CueKind::DayAfter,
            "days_after" => CueKind::DaysAfter,
            "before" => CueKind::Before,
            "day_before" => CueKind::DayBefore,
            "later" => CueKind::Later,
            "simultaneous" => CueKind::Simultaneous,
            "accordance" => CueKind::Accordance,
            "flashback" => CueKind::Flashback,
            "flashback_particle" => CueKind::FlashbackParticle,
            "civilian" => CueKind::Civilian,
            "terms" => CueKind::Terms,
            "negation" => CueKind::Negation,
            "denial" => CueKind::Denial,
            "not_negation" => CueKind::NotNegation,
            "clause_break" => CueKind::ClauseBreak,
            "definite" => CueKind::Definite,
            "party_source" => CueKind::PartySource,
            "since" => CueKind::Since,
            "landmark" => CueKind::Landmark,
            "habitual" => CueKind::Habitual,
            "appeal" => CueKind::Appeal,
            "indefinite" => CueKind::Indefinite,
            "count" => CueKind::Count,
            "same_day" => CueKind::SameDay,
            "designation" => CueKind::Designation,
            "broker" => CueKind::Broker,
            "broker_post" => CueKind::BrokerPost,
            "self_reference" => CueKind::SelfReference,
            "characterization" => CueKind::Characterization,
            "spread" => CueKind::Spread,
            "continuation" => CueKind::Continuation,
            "clock" => CueKind::Clock,
            "breakdown" => CueKind::Breakdown,
            "concession" => CueKind::Concession,
            "commentary" => CueKind::Commentary,
            "retraction" => CueKind::Retraction,
            other => return Err(format!("unknown cue kind '{other}'")),
        })
    }
}

#[derive(Debug, Clone)]
pub struct CueEntry {
    pub lang: LangTag,
    pub pattern: Pattern,
    pub kind: CueKind,
}

/// What a casualty word counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasualtyKind {
    Killed,
    Injured,
    /// Killed and injured counted together ("casualties", "killed and wounded"): not a death toll.
    KilledOrInjured,
}

#[derive(Debug, Clone)]
pub struct CasualtyEntry {
    pub lang: LangTag,
    pub pattern: Pattern,
    pub kind: CasualtyKind,
}

/// How a modifier bends the number after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    AtLeast,
    MoreThan,
    About,
    UpTo,
    FewerThan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuantityValue {
    /// An exact number word ("three", "ثلاثة"); `multiplier` words ("hundred") multiply what
    /// comes before them.
    Number {
        value: u32,
        multiplier: bool,
    },
    /// A vague amount kept as a range ("dozens" = 24..99).
    Vague {
        low: u32,
        high: Option<u32>,
    },
    Modifier(Modifier),
    /// A word right after a number that makes it no count of people ("12-year-old", "20 km").
    Unit,
}

#[derive(Debug, Clone)]
pub struct QuantityEntry {
    pub lang: LangTag,
    pub pattern: Pattern,
    pub value: QuantityValue,
}

#[derive(Debug, Clone)]
pub struct FurnitureEntry {
    pub lang: LangTag,
    /// The folded line (tokens joined by one space).
    pub words: String,
    /// Matches lines that start with the words (captions, "Read more: ...").
    pub prefix: bool,
    /// Heads a list of links ("Read more", "Related"): standing alone on its line, the short
    /// lines under it are headlines of other pages, not content.
    pub list: bool,
}

/// All lexicon tables.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub events: Vec<EventEntry>,
    pub cues: Vec<CueEntry>,
    pub casualties: Vec<CasualtyEntry>,
    pub quantities: Vec<QuantityEntry>,
    pub furniture: Vec<FurnitureEntry>,
    /// The lists indexed by their first word, built on first use after they change.
    index: std::sync::OnceLock<Indexes>,
}

/// The indexes of the lists that are matched against every sentence, and the rank of each
/// event entry for ties (see [`Lexicon::find_events`]).
#[derive(Debug, Clone, Default)]
struct Indexes {
    events: PatternIndex,
    /// Each event entry's rank, and the entry of each rank.
    event_rank: Vec<usize>,
    by_rank: Vec<usize>,
    cues: PatternIndex,
    casualties: PatternIndex,
    quantities: PatternIndex,
    /// The most words an event pattern has.
    longest_event: usize,
}

const BUILTIN: &[(&str, &str)] = &[
    ("events.tsv", include_str!("../../data/lexicon/events.tsv")),
    ("cues.tsv", include_str!("../../data/lexicon/cues.tsv")),
    (
        "casualties.tsv",
        include_str!("../../data/lexicon/casualties.tsv"),
    ),
    (
        "quantities.tsv",
        include_str!("../../data/lexicon/quantities.tsv"),
    ),
    (
        "furniture.tsv",
        include_str!("../../data/lexicon/furniture.tsv"),
    ),
];

/// File names the lexicon is made of.
pub const FILES: &[&str] = &[
    "events.tsv",
    "cues.tsv",
    "casualties.tsv",
    "quantities.tsv",
    "furniture.tsv",
];

/// Rows of a TSV file: (line number, fields), skipping blank lines and `#` comments.
pub fn tsv_rows(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        Some((i + 1, line.split('\t').map(str::trim).collect()))
    })
}

fn field<'a>(fields: &[&'a str], i: usize) -> &'a str {
    fields.get(i).copied().unwrap_or("")
}

impl Lexicon {
    /// The embedded tables.
    pub fn builtin() -> Result<Lexicon, String> {
        let mut lex = Lexicon::default();
        for (name, text) in BUILTIN {
            lex.add_file(name, text, &format!("built-in data/lexicon/{name}"))?;
        }
        Ok(lex)
    }

    /// Add the tables found in a vocabulary folder (`DIR/NAME` or `DIR/lexicon/NAME`).
    pub fn extend_from_dir(&mut self, dir: &Path) -> Result<usize, String> {
        let mut loaded = 0;
        for name in FILES {
            for candidate in [dir.join(name), dir.join("lexicon").join(name)] {
                if candidate.is_file() {
                    let text = std::fs::read_to_string(&candidate)
                        .map_err(|e| format!("cannot read {}: {e}", candidate.display()))?;
                    self.add_file(name, &text, &candidate.display().to_string())?;
                    loaded += 1;
                }
            }
        }
        Ok(loaded)
    }

    /// Parse one table by its file name; `origin` names it in error messages.
    pub fn add_file(&mut self, name: &str, text: &str, origin: &str) -> Result<(), String> {
        self.index = std::sync::OnceLock::new();
        for (line, f) in tsv_rows(text) {
            let at = || format!("{origin}:{line}");
            let lang = LangTag::parse(field(&f, 0)).map_err(|e| format!("{}: {e}", at()))?;
            // "_..N" stands for none to N words: one entry is made for each count.
            for written in expand_gaps(field(&f, 1)).map_err(|e| format!("{}: {e}", at()))? {
                let pattern = Pattern::parse(&written).map_err(|e| format!("{}: {e}", at()))?;
                match name {
                    "events.tsv" => {
                        let ty = field(&f, 2);
                        let event_type = if ty == "-" {
                            None
                        } else {
                            Some(
                                ty.parse::<EventType>()
                                    .map_err(|e| format!("{}: {e}", at()))?,
                            )
                        };
                        let mut flags = EventFlags::default();
                        for flag in field(&f, 4).split([',', ' ']).filter(|s| !s.is_empty()) {
                            match flag {
                                "generic" => flags.generic = true,
                                "container" => flags.container = true,
                                "governs" => flags.governs = true,
                                "violation" => flags.violation = true,
                                "distinct" => flags.distinct = true,
                                "reply" => flags.reply = true,
                                "deadly" => flags.deadly = true,
                                other => {
                                    return Err(format!(
                                        "{}: unknown flag '{other}' (generic, container, governs, violation, distinct, reply, deadly)",
                                        at()
                                    ));
                                }
                            }
                        }
                        let concept = match field(&f, 3) {
                            "" => event_type
                                .map(|t| t.as_str().replace('_', " "))
                                .unwrap_or_default(),
                            c => c.to_string(),
                        };
                        // User entries go first so that they win ties against built-in ones.
                        let entry = EventEntry {
                            lang,
                            pattern,
                            event_type,
                            concept,
                            flags,
                            origin: at(),
                        };
                        let turned = turned_around(&entry);
                        if origin.starts_with("built-in") {
                            self.events.push(entry);
                            self.events.extend(turned);
                        } else {
                            self.events.insert(0, entry);
                            for (k, e) in turned.into_iter().enumerate() {
                                self.events.insert(1 + k, e);
                            }
                        }
                    }
                    "cues.tsv" => {
                        let kind =
                            CueKind::parse(field(&f, 2)).map_err(|e| format!("{}: {e}", at()))?;
                        self.cues.push(CueEntry {
                            lang,
                            pattern,
                            kind,
                        });
                    }
                    "casualties.tsv" => {
                        let kind = match field(&f, 2) {
                            "killed" => CasualtyKind::Killed,
                            "injured" => CasualtyKind::Injured,
                            "killed_or_injured" => CasualtyKind::KilledOrInjured,
                            other => {
                                return Err(format!(
                                    "{}: unknown casualty kind '{other}' (killed, injured, killed_or_injured)",
                                    at()
                                ));
                            }
                        };
                        self.casualties.push(CasualtyEntry {
                            lang,
                            pattern,
                            kind,
                        });
                    }
                    "quantities.tsv" => {
                        let value = parse_quantity(field(&f, 2), field(&f, 3))
                            .map_err(|e| format!("{}: {e}", at()))?;
                        self.quantities.push(QuantityEntry {
                            lang,
                            pattern,
                            value,
                        });
                    }
                    "furniture.tsv" => {
                        let (prefix, list) = match field(&f, 2) {
                            "" | "line" => (false, false),
                            "prefix" => (true, false),
                            "list" => (true, true),
                            other => {
                                return Err(format!(
                                    "{}: unknown furniture match '{other}' (line, prefix or list)",
                                    at()
                                ));
                            }
                        };
                        let words = pattern
                            .words
                            .iter()
                            .map(|w| match w {
                                super::text::PatWord::Exact(x)
                                | super::text::PatWord::Prefix(x) => x.clone(),
                                super::text::PatWord::Any => "_".to_string(),
                                super::text::PatWord::Number => "#".to_string(),
                            })
                            .collect::<Vec<_>>()
                            .join(" ");
                        self.furniture.push(FurnitureEntry {
                            lang,
                            words,
                            prefix,
                            list,
                        });
                    }
                    other => return Err(format!("{origin}: unknown lexicon file '{other}'")),
                }
            }
        }
        Ok(())
    }

    /// Build the indexes now rather than on first use.
    pub fn prepare(&self) {
        self.indexes();
    }

    /// The lists' indexes, built once after the lists change.
    fn indexes(&self) -> &Indexes {
        self.index.get_or_init(|| {
            // Ties (equal token length) go to the more specific pattern, then to blockers, then
            // to the earlier entry.
            let mut ranked: Vec<usize> = (0..self.events.len()).collect();
            ranked.sort_by_cached_key(|&i| {
                let e = &self.events[i];
                let letters: usize = e
                    .pattern
                    .words
                    .iter()
                    .map(|w| match w {
                        super::text::PatWord::Exact(x) => x.chars().count() + 1,
                        super::text::PatWord::Prefix(x) => x.chars().count(),
                        super::text::PatWord::Any | super::text::PatWord::Number => 0,
                    })
                    .sum();
                (std::cmp::Reverse(letters), e.event_type.is_some(), i)
            });
            let mut event_rank = vec![0; self.events.len()];
            for (r, &i) in ranked.iter().enumerate() {
                event_rank[i] = r;
            }
            Indexes {
                events: PatternIndex::build(self.events.iter().map(|e| &e.pattern).enumerate()),
                event_rank,
                by_rank: ranked,
                cues: PatternIndex::build(self.cues.iter().map(|e| &e.pattern).enumerate()),
                casualties: PatternIndex::build(
                    self.casualties.iter().map(|e| &e.pattern).enumerate(),
                ),
                quantities: PatternIndex::build(
                    self.quantities.iter().map(|e| &e.pattern).enumerate(),
                ),
                longest_event: self
                    .events
                    .iter()
                    .map(|e| e.pattern.words.len())
                    .max()
                    .unwrap_or(0),
            }
        })
    }

    /// The most words an event word or phrase of the lexicon has.
    pub fn longest_event(&self) -> usize {
        self.indexes().longest_event
    }

    /// Event words in a sentence: longest matches win; at equal length the more specific
    /// pattern (more letters), then blockers, then earlier entries.
    pub fn find_events(&self, tokens: &[Token], lang: LangTag) -> Vec<Hit> {
        let ix = self.indexes();
        // Ties go by rank: select with the rank as the entry, then map back.
        let hits: Vec<Hit> = ix
            .events
            .matches(
                tokens,
                |i| &self.events[i].pattern,
                |i| self.events[i].lang.accepts(lang),
            )
            .into_iter()
            .map(|h| Hit {
                entry: ix.event_rank[h.entry],
                ..h
            })
            .collect();
        select_longest(hits)
            .into_iter()
            .filter_map(|h| ix.by_rank.get(h.entry).map(|&i| Hit { entry: i, ..h }))
            .filter(|h| {
                self.events
                    .get(h.entry)
                    .is_some_and(|e| e.event_type.is_some())
            })
            .collect()
    }

    pub fn find_cues(&self, tokens: &[Token], lang: LangTag) -> Vec<(Hit, CueKind)> {
        find_entries(&self.cues, &self.indexes().cues, tokens, lang, |c| {
            (c.lang, &c.pattern, c.kind)
        })
    }

    pub fn find_casualties(&self, tokens: &[Token], lang: LangTag) -> Vec<(Hit, CasualtyKind)> {
        find_entries(
            &self.casualties,
            &self.indexes().casualties,
            tokens,
            lang,
            |c| (c.lang, &c.pattern, c.kind),
        )
    }

    pub fn find_quantities(&self, tokens: &[Token], lang: LangTag) -> Vec<(Hit, QuantityValue)> {
        find_entries(
            &self.quantities,
            &self.indexes().quantities,
            tokens,
            lang,
            |q| (q.lang, &q.pattern, q.value),
        )
    }

    /// Whether a folded line is the head of a list of links, alone on its line ("Read more").
    pub fn is_list_head(&self, folded_words: &str, lang: LangTag) -> bool {
        self.furniture
            .iter()
            .filter(|f| f.lang.accepts(lang) && f.list)
            .any(|f| folded_words == f.words)
    }

    /// Whether a folded line (tokens joined by spaces) is page furniture by the list.
    pub fn is_furniture_line(&self, folded_words: &str, lang: LangTag) -> bool {
        self.furniture
            .iter()
            .filter(|f| f.lang.accepts(lang))
            .any(|f| {
                if f.prefix {
                    folded_words
                        .strip_prefix(f.words.as_str())
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
                } else {
                    folded_words == f.words
                }
            })
    }
}

fn parse_quantity(kind: &str, value: &str) -> Result<QuantityValue, String> {
    let num = |s: &str| {
        s.trim()
            .parse::<u32>()
            .map_err(|_| format!("'{s}' is not a whole number"))
    };
    Ok(match kind {
        "number" => QuantityValue::Number {
            value: num(value)?,
            multiplier: false,
        },
        "multiplier" => QuantityValue::Number {
            value: num(value)?,
            multiplier: true,
        },
        "vague" => {
            let (lo, hi) = value
                .split_once('-')
                .ok_or_else(|| format!("vague amount '{value}' must be LOW-HIGH or LOW-"))?;
            let high = if hi.trim().is_empty() {
                None
            } else {
                Some(num(hi)?)
            };
            QuantityValue::Vague {
                low: num(lo)?,
                high,
            }
        }
        "unit" => QuantityValue::Unit,
        "modifier" => QuantityValue::Modifier(match value {
            "at_least" => Modifier::AtLeast,
            "more_than" => Modifier::MoreThan,
            "about" => Modifier::About,
            "up_to" => Modifier::UpTo,
            "fewer_than" => Modifier::FewerThan,
            other => {
                return Err(format!(
                    "unknown modifier '{other}' (at_least, more_than, about, up_to, fewer_than)"
                ));
            }
        }),
        other => {
            return Err(format!(
                "unknown quantity kind '{other}' (number, multiplier, vague, modifier, unit)"
            ));
        }
    })
}

/// The longest matches of a list's patterns (those for `lang`) in the tokens, each with the value
/// its entry gives; `parts` gives an entry's language, pattern and value.
fn find_entries<'a, T, V>(
    entries: &'a [T],
    index: &PatternIndex,
    tokens: &[Token],
    lang: LangTag,
    parts: impl Fn(&'a T) -> (LangTag, &'a Pattern, V),
) -> Vec<(Hit, V)> {
    let all = index.matches(
        tokens,
        |i| parts(&entries[i]).1,
        |i| parts(&entries[i]).0.accepts(lang),
    );
    select_longest(all)
        .into_iter()
        .filter_map(|h| entries.get(h.entry).map(|e| (h, parts(e).2)))
        .collect()
}

/// Russian orders its words freely: an entry of a past verb and the word it takes ("вошл*
/// подразделени*", "прибыл* в", "покинул* дома") is also read with that word first, next to
/// the verb or one word away ("подразделения армии вошли", "в Баткен прибыли"). The verb is a
/// prefix ending in -л, as the entries write past stems; other entries keep their order.
fn turned_around(entry: &EventEntry) -> Vec<EventEntry> {
    use crate::ingest::text::PatWord;
    if entry.lang != LangTag::Ru {
        return Vec::new();
    }
    let [PatWord::Prefix(verb), object] = entry.pattern.words.as_slice() else {
        return Vec::new();
    };
    if !verb.ends_with('л') || *object == PatWord::Any {
        return Vec::new();
    }
    let verb = PatWord::Prefix(verb.clone());
    [
        vec![object.clone(), verb.clone()],
        vec![object.clone(), PatWord::Any, verb],
    ]
    .into_iter()
    .map(|words| EventEntry {
        pattern: crate::ingest::text::Pattern {
            words,
            source: format!("{} (turned around)", entry.pattern.source),
        },
        origin: format!("{} (turned around)", entry.origin),
        ..entry.clone()
    })
    .collect()
}

/// A pattern with `_..N` ("from none to N words", N at most 8) as the patterns it stands for,
/// shortest first: `seized _..2 tanker*` is `seized tanker*`, `seized _ tanker*` and `seized _ _
/// tanker*`. One gap at most, and not at either end. Any other pattern is itself.
fn expand_gaps(written: &str) -> Result<Vec<String>, String> {
    let words: Vec<&str> = written.split_whitespace().collect();
    let gaps: Vec<usize> = (0..words.len())
        .filter(|&k| words[k].starts_with("_.."))
        .collect();
    let [at] = gaps[..] else {
        return match gaps.len() {
            0 => Ok(vec![written.to_string()]),
            _ => Err(format!("'{written}': one '_..N' at most")),
        };
    };
    let most: usize = words[at][3..]
        .parse()
        .ok()
        .filter(|n| (1..=8).contains(n))
        .ok_or_else(|| format!("'{written}': '_..N' needs N from 1 to 8"))?;
    if at == 0 || at + 1 == words.len() {
        return Err(format!(
            "'{written}': '_..N' between two words, not at an end"
        ));
    }
    Ok((0..=most)
        .map(|n| {
            let mut out: Vec<&str> = words[..at].to_vec();
            out.extend(std::iter::repeat_n("_", n));
            out.extend(&words[at + 1..]);
            out.join(" ")
        })
        .collect())
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_gap_of_up_to_n_words_stands_for_each_count() {
        assert_eq!(
            expand_gaps("seized _..2 tanker*").unwrap(),
            ["seized tanker*", "seized _ tanker*", "seized _ _ tanker*"]
        );
        assert_eq!(expand_gaps("seized _ ship").unwrap(), ["seized _ ship"]);
        assert!(expand_gaps("_..2 tanker").is_err(), "not at an end");
        assert!(expand_gaps("seized _..2").is_err(), "not at an end");
        assert!(expand_gaps("seized _..0 ship").is_err(), "N from 1");
        assert!(expand_gaps("seized _..9 ship").is_err(), "N to 8");
        assert!(expand_gaps("a _..2 b _..2 c").is_err(), "one gap");
        // A vocabulary line with a gap makes an entry of each length.
        let mut lexicon = Lexicon::default();
        lexicon
            .add_file(
                "events.tsv",
                "en\tseized _..3 tanker*\tarrest\tship seized\n",
                "test",
            )
            .unwrap();
        assert_eq!(lexicon.events.len(), 4);
    }

    use super::*;
    use crate::ingest::text::tokenize;

    #[test]
    fn builtin_tables_load() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.events.len() > 100);
        assert!(!lex.cues.is_empty());
        assert!(!lex.casualties.is_empty());
        assert!(!lex.quantities.is_empty());
        assert!(!lex.furniture.is_empty());
    }

    fn types(lex: &Lexicon, text: &str, lang: LangTag) -> Vec<(String, String)> {
        let toks = tokenize(text, 0);
        lex.find_events(&toks, lang)
            .into_iter()
            .map(|h| {
                let e = &lex.events[h.entry];
                (
                    e.event_type
                        .map(|t| t.as_str().to_string())
                        .unwrap_or_default(),
                    e.concept.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn longest_and_most_specific_event_words_win() {
        let lex = Lexicon::builtin().unwrap();
        let t = types(&lex, "اتفق الجانبان على وقف إطلاق النار", LangTag::Ar);
        assert!(t.iter().any(|(ty, _)| ty == "ceasefire"), "{t:?}");
        assert!(!t.iter().any(|(ty, _)| ty == "armed_clash"), "{t:?}");
        let t = types(&lex, "عقد اجتماع حول الوضع الاجتماعي", LangTag::Ar);
        assert_eq!(t.iter().filter(|(ty, _)| ty == "talks").count(), 1, "{t:?}");
        let t = types(
            &lex,
            "troops moved back from the line of contact",
            LangTag::En,
        );
        assert!(!t.iter().any(|(ty, _)| ty == "armed_clash"), "{t:?}");
        let t = types(&lex, "villagers threw stones at each other", LangTag::En);
        assert!(t.iter().any(|(ty, _)| ty == "mob_violence"), "{t:?}");
    }

    #[test]
    fn user_files_extend_and_win() {
        let mut lex = Lexicon::builtin().unwrap();
        lex.add_file(
            "events.tsv",
            "en\tskirmish*\tshelling\tuser word\t\tnotes here\n",
            "/tmp/user/events.tsv",
        )
        .unwrap();
        let t = types(&lex, "a skirmish near the post", LangTag::En);
        assert_eq!(t, vec![("shelling".to_string(), "user word".to_string())]);
        let err = lex
            .add_file("events.tsv", "en\tfoo\tnot_a_type\n", "x.tsv")
            .unwrap_err();
        assert!(err.contains("x.tsv:1"), "{err}");
    }

    #[test]
    fn furniture_lines() {
        let lex = Lexicon::builtin().unwrap();
        assert!(lex.is_furniture_line("comments", LangTag::En));
        assert!(lex.is_furniture_line("read more kyrgyz news", LangTag::En));
    }
}
