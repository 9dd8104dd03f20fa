//! Event words grouped into the events a sentence tells: a general word such as "clashes" joins
//! the specific word beside it ("stone-throwing"); talks and agreements hold what they discuss
//! or provide for; two words for one event ("the ceasefire ... the truce") are one; shelling
//! with aircraft named beside it is an air strike; destruction is what the violence beside it
//! did; habitual events ("repeated clashes") are no incident; deaths told with no event word are
//! an attack of their own.

use super::occurrences::Agreements;
use super::relations::cue_before;
use super::scan::Scan;
use super::{NO_ENTRY, Occ, family, is_violent};
use crate::ingest::lexicon::{CasualtyKind, CueKind, EventEntry, LangTag};
use crate::ingest::numbers::Casualty;
use crate::ingest::status;
use crate::ingest::text::Hit;
use crate::model::EventType;

/// The event words of one event of the sentence, before they become a mention.
#[derive(Debug, Clone)]
pub struct Group {
    pub occs: Vec<Occ>,
    pub ty: EventType,
    pub concept: String,
    /// Length of the word that named its concept: the longest, most specific word wins.
    pub weight: usize,
    /// Only general words ("clashes", "the attack").
    pub generic: bool,
    /// Named by a word for the breach of an agreement.
    pub violation: bool,
    /// The relation word before it ("after", "in line with"): it is the anchor of another event.
    pub cue: Option<CueKind>,
}

impl Group {
    fn new(o: &Occ, ty: EventType, e: &EventEntry, cue: Option<CueKind>) -> Group {
        Group {
            occs: vec![*o],
            ty,
            concept: e.concept.clone(),
            weight: o.last - o.first,
            generic: e.flags.generic,
            violation: e.flags.violation,
            cue,
        }
    }

    fn head(&self) -> usize {
        self.occs.first().map_or(0, |o| o.first)
    }
}

/// Group the event words `occs` of a sentence into events, in the order the sentence tells them.
pub fn group(scan: &Scan, occs: &[Occ], agreements: &Agreements) -> Vec<Group> {
    let (mut groups, generics) = specific_words(scan, occs, agreements);
    outcomes_of_talks(scan, agreements, &mut groups);
    // ("أنهى أكثر من عام من المواجهات، تواصل إسرائيل شن غارات شبه يومية": a general word is
    // not lost with the habitual strikes beside it.)
    drop_habitual(scan, &mut groups);
    attach_generic_words(scan, &mut groups, &generics);
    destruction_by_violence(scan, &mut groups);
    craft_of_distinct_acts(scan, &mut groups);
    equipment_of_moves(scan, &mut groups);
    purpose_of_protests(scan, &mut groups);
    moves_made_to_strike(scan, &mut groups);
    replies_in_kind(scan, &mut groups);
    for g in &mut groups {
        g.occs.sort_by_key(|o| o.first);
    }
    civilians_fighting(scan, &mut groups);
    forces_brawling(scan, &mut groups);
    groups.sort_by_key(Group::head);
    groups
}

/// Words for a court case: "приговор по делу о беспорядках", "the verdict in the case of the
/// riots": beside a verdict or a trial, what they name is what was judged, not told.
fn judges(t: &crate::ingest::text::Token) -> bool {
    t.forms()
        .any(|f| matches!(f, "case" | "дело" | "делу" | "деле" | "делам" | "قضيه"))
}

/// Words for the memory of an act: what they name is remembered, not told.
fn remembers(t: &crate::ingest::text::Token) -> bool {
    t.forms().any(|f| {
        matches!(
            f,
            "anniversary" | "anniversaries" | "memory" | "remembrance" | "памяти" | "память"
        ) || f.starts_with("годовщин")
            || f.starts_with("ذكري")
    })
}

/// An act of remembering: a commemoration or a funeral.
fn remembering(g: &Group) -> bool {
    matches!(g.concept.as_str(), "commemoration" | "funeral")
}

/// "marked the tenth anniversary of the war on Sunday", "траурные мероприятия в память о жертвах
/// теракта", "مراسم لإحياء ذكرى قتلى الحرب": beside a commemoration or a funeral, an act a
/// memory word names (at most three words before it, in one clause, with no date of its own
/// between them) is an act of the past being remembered; beside a verdict or a trial, an act a
/// word for the case names ("огласил приговор по делу о беспорядках") is the act judged. It is
/// no incident of the sentence, but a date told right after it is still its own, not the
/// remembering's: the caller drops it once the sentence's dates are given out. One flag per
/// group.
pub fn remembered_acts(scan: &Scan, groups: &[Group]) -> Vec<bool> {
    use crate::ingest::time::mention::RELATIVE_PRONOUNS;
    let judging = |g: &Group| matches!(g.concept.as_str(), "verdict" | "trial" | "court ruling");
    let any_remembering = groups.iter().any(remembering);
    let any_judging = groups.iter().any(judging);
    let names_past = |t: &crate::ingest::text::Token| {
        (any_remembering && remembers(t)) || (any_judging && judges(t))
    };
    let remembered_at = |o: &Occ| {
        // ("the first anniversary of the attack that struck the plant on this day last year":
        // a clause of its own that dates it tells it.)
        let dated_clause = (o.last..scan.tokens.len().min(o.last + 4)).any(|k| {
            RELATIVE_PRONOUNS.contains(&scan.tokens[k].norm.as_str())
                && scan.dated_within(k, scan.tokens.len())
        });
        !dated_clause
            && (o.first.saturating_sub(3)..o.first).any(|m| {
                names_past(&scan.tokens[m])
                    && !(m + 1..=o.first).any(|k| scan.tokens[k].break_before)
                    && !scan.dated_within(m, o.first)
            })
    };
    // Only beside the act of remembering or judging, which the sentence's day is for:
    // "refugees recall the Aguelhok massacre of 24 January" tells the massacre. (Every word
    // for the act a memory word names: "the anniversary of the attack" in a headline and "the
    // attack" told in the text are the act told.)
    groups
        .iter()
        .map(|g| !remembering(g) && !judging(g) && g.occs.iter().all(remembered_at))
        .collect()
}

/// "ردت الجزائر بالمثل، فاستدعت سفيريها": a reply in kind is the act told after it in its
/// sentence, not fire exchanged; only alone is it an act of its own.
fn replies_in_kind(scan: &Scan, groups: &mut Vec<Group>) {
    let is_reply = |g: &Group| g.occs.iter().all(|o| scan.entry(o).flags.reply);
    let named_after = |g: &Group| {
        groups.iter().any(|p| {
            !is_reply(p) && p.head() > g.head() && scan.segment(p.head()) == scan.segment(g.head())
        })
    };
    let dropped: Vec<bool> = groups
        .iter()
        .map(|g| is_reply(g) && named_after(g))
        .collect();
    let mut drop = dropped.into_iter();
    groups.retain(|_| !drop.next().unwrap_or(false));
}

/// Words that name aircraft, not what they did ("warplanes", "fighter jets", "طائرات").
const AIRCRAFT: &[&str] = &[
    "warplane",
    "jet",
    "aircraft",
    "plane",
    "helicopter",
    "طائر",
    "مقاتل",
    "مروحي",
];

/// Weapons named as things, not as fire ("artillery", "mortars", "drones", "مدفعية", "مسيرات").
const WEAPONS: &[&str] = &[
    "artillery",
    "mortar",
    "rocket",
    "drone",
    "مدفعي",
    "هاون",
    "صاروخ",
    "صواريخ",
    "مسير",
    "طائر",
];

/// "marched through Goma on Monday to denounce Rwanda": what a protest was held to say (a
/// statement after "to" in its clause) or to remember is its content, not an act of its own.
fn purpose_of_protests(scan: &Scan, groups: &mut Vec<Group>) {
    let clause = &scan.clause;
    let mut k = 0;
    while k < groups.len() {
        let g = &groups[k];
        // ("rallied on Friday to mark the anniversary": so is the memory it was held in.)
        let said = (matches!(g.ty, EventType::Statement | EventType::Accusation)
            && !super::is_diplomatic(g.ty, &g.concept))
            || g.concept == "commemoration";
        let first = g.head();
        let to_before = (first.saturating_sub(2)..first).any(|i| scan.tokens[i].norm == "to");
        let holder = groups.iter().position(|p| {
            p.ty == EventType::Protest && p.head() < first && clause[p.head()] == clause[first]
        });
        if let (true, true, Some(pi)) = (said, to_before, holder) {
            let occs = groups.remove(k).occs;
            let pi = if pi > k { pi - 1 } else { pi };
            groups[pi].occs.extend(occs);
            continue;
        }
        k += 1;
    }
}

/// "deployed F-16 fighter aircraft to strike military targets", "أرسل قوات لمهاجمة": forces
/// moved in order to strike are the strike; the move is how it was done, not an incident of
/// its own.
fn moves_made_to_strike(scan: &Scan, groups: &mut Vec<Group>) {
    let clause = &scan.clause;
    let mut k = 0;
    while k < groups.len() {
        let g = &groups[k];
        let moved_end = g.occs.last().map_or(g.head(), |o| o.last);
        let act = groups.iter().position(|v| {
            is_violent(v.ty)
                && v.occs.iter().any(|o| {
                    o.first >= moved_end
                        && o.first - moved_end <= 6
                        && clause[o.first] == clause[g.head()]
                        && (scan.tokens[o.first - 1].norm == "to" || purpose(scan, o))
                })
        });
        if let (EventType::Deployment, Some(vi)) = (g.ty, act) {
            let occs = groups.remove(k).occs;
            let vi = if vi > k { vi - 1 } else { vi };
            groups[vi].occs.extend(occs);
            continue;
        }
        k += 1;
    }
}

/// Words that introduce the weapons that came with an act ("clashes involving tanks, mortars and
/// drones", "advanced, backed by drones", "مدعومة بمسيرات"). Not "with" or "using": "attacked
/// with drones" may be the drone strike itself.
const INSTRUMENT_WORDS: &[&str] = &[
    "involving",
    "including",
    "backed",
    "supported",
    "مدعومه",
    "مدعوما",
    "بما",
    "يشمل",
    "تشمل",
];

/// "a build-up on the border including artillery and tanks", "clashes involving tanks, mortars
/// and drones", "داعيا إلى سحب المدفعية": weapons named by bare nouns after troops moved up
/// or pulled back, or after a fight introduced as what it was fought with, in the same stretch
/// of the sentence, are what was moved or used, not fire of their own.
fn equipment_of_moves(scan: &Scan, groups: &mut Vec<Group>) {
    let bare_weapon = |o: &Occ| {
        o.last == o.first + 1 && {
            let w = scan.tokens[o.first].norm.as_str();
            WEAPONS.iter().any(|x| w.contains(x))
        }
    };
    // Within a list: "involving tanks, mortars and drones".
    let introduced = |i: usize| {
        (i.saturating_sub(6)..i).any(|k| {
            INSTRUMENT_WORDS.contains(&scan.tokens[k].norm.as_str())
                && scan.clause[k] == scan.clause[i]
        })
    };
    let holders: Vec<(usize, bool)> = groups
        .iter()
        .filter(|g| {
            matches!(
                g.ty,
                EventType::Deployment
                    | EventType::Withdrawal
                    | EventType::ArmedClash
                    | EventType::Attack
            )
        })
        .map(|g| {
            (
                g.head(),
                matches!(g.ty, EventType::Deployment | EventType::Withdrawal),
            )
        })
        .collect();
    // A fight grouped with the weapons it came with ("clashes involving mortars and drones")
    // stays a fight.
    for g in groups.iter_mut() {
        let fight = g
            .occs
            .iter()
            .find(|o| matches!(scan.type_of(o), EventType::ArmedClash | EventType::Attack));
        if let Some(f) = fight.copied()
            && g.occs.len() > 1
            && g.occs
                .iter()
                .all(|o| o.first == f.first || (bare_weapon(o) && introduced(o.first)))
        {
            let e = scan.entry(&f);
            g.occs = vec![f];
            g.ty = scan.type_of(&f);
            g.concept = e.concept.clone();
            g.weight = f.last - f.first;
        }
    }
    if holders.is_empty() {
        return;
    }
    groups.retain(|g| {
        !(matches!(g.ty, EventType::Shelling | EventType::AirStrike)
            && g.occs.iter().all(bare_weapon)
            && holders.iter().any(|&(h, moved)| {
                scan.segment(h) == scan.segment(g.head())
                    && ((moved && h < g.head()) || introduced(g.occs[0].first))
            }))
    });
}

/// "Two fighter jets entered Latvia's airspace": aircraft named in the clause of an act of its
/// own (an airspace violation, a shoot-down) are that act's craft, not an air strike.
fn craft_of_distinct_acts(scan: &Scan, groups: &mut Vec<Group>) {
    let clause = &scan.clause;
    let distinct: Vec<usize> = groups
        .iter()
        .filter(|g| g.ty == EventType::Other && g.occs.iter().any(|o| scan.entry(o).flags.distinct))
        .flat_map(|g| g.occs.iter().map(|o| clause[o.first]))
        .collect();
    if distinct.is_empty() {
        return;
    }
    let craft_only = |g: &Group| {
        g.ty == EventType::AirStrike
            && g.occs.iter().all(|o| {
                distinct.contains(&clause[o.first])
                    && (o.first..o.last).any(|k| {
                        let w = scan.tokens[k].norm.as_str();
                        AIRCRAFT.iter().any(|a| w.contains(a))
                    })
                    && (o.first..o.last).all(|k| {
                        let w = scan.tokens[k].norm.as_str();
                        AIRCRAFT.iter().any(|a| w.contains(a)) || !w.ends_with("ed")
                    })
            })
    };
    groups.retain(|g| !craft_only(g));
}

/// The specific words in sentence order: each joins the talks or agreement that holds it, or a
/// group of the same event, or begins a group of its own. General violent words are set aside
/// (with their relation word) for [`attach_generic_words`].
fn specific_words(
    scan: &Scan,
    occs: &[Occ],
    agreements: &Agreements,
) -> (Vec<Group>, Vec<(Occ, Option<CueKind>)>) {
    let mut groups: Vec<Group> = Vec::new();
    let mut generics: Vec<(Occ, Option<CueKind>)> = Vec::new();
    // The talks or agreement whose content the words that follow may be.
    let mut open_container: Option<usize> = None;
    for o in occs {
        let e = scan.entry(o);
        let ty = scan.type_of(o);
        let cue = cue_before(scan, occs, o);
        let anchor_cue = cue.filter(|k| *k != CueKind::Simultaneous);
        if let Some(ci) = open_container
            && (container_closed(scan, occs, &groups[ci], o) || anchor_cue.is_some())
        {
            open_container = None;
        }
        if e.flags.generic && is_violent(ty) && anchor_cue.is_none() {
            generics.push((*o, cue));
            continue;
        }
        if anchor_cue.is_none() {
            if let Some(ci) = open_container
                && !is_violent(ty)
                && holds(scan, agreements, &groups[ci], o, ty)
            {
                let reached = reached(scan, agreements, o);
                let b = &mut groups[ci];
                b.occs.push(*o);
                let w = o.last - o.first;
                // "met at Dostuk and signed a protocol on the withdrawal": a meeting that
                // ends in an agreement is that agreement, holding its terms.
                if (b.ty == EventType::Agreement && ty == EventType::Ceasefire)
                    || (b.ty == EventType::Talks && is_pact(ty) && reached)
                    || (b.ty == ty && w > b.weight)
                {
                    b.ty = ty;
                    b.weight = w;
                    b.concept = e.concept.clone();
                }
                continue;
            }
            if let Some(bi) = same_event(scan, agreements, &groups, o, ty, e) {
                if e.flags.container {
                    open_container = Some(bi);
                }
                let b = &mut groups[bi];
                b.occs.push(*o);
                let w = o.last - o.first;
                if w > b.weight && b.ty == ty {
                    b.weight = w;
                    b.concept = e.concept.clone();
                }
                if (b.ty == EventType::Agreement && ty == EventType::Ceasefire)
                    || (b.ty == EventType::Shelling && ty == EventType::AirStrike)
                    || (b.ty == EventType::ArmedClash
                        && matches!(ty, EventType::Shelling | EventType::AirStrike))
                {
                    b.ty = ty;
                    b.concept = e.concept.clone();
                }
                continue;
            }
        }
        groups.push(Group::new(o, ty, e, anchor_cue.or(cue)));
        // ("agreed during their meeting on ...": the meeting named in passing does not take
        // over what the agreement holds.)
        let in_passing = cue == Some(CueKind::Simultaneous)
            && open_container.is_some_and(|ci| {
                matches!(groups[ci].ty, EventType::Agreement | EventType::Ceasefire)
            });
        if (e.flags.container || agreements.kept_pacts.contains(&o.first)) && !in_passing {
            open_container = Some(groups.len() - 1);
        }
    }
    (groups, generics)
}

/// What a container holds ends at a "but" or at another clause, except for its terms told
/// across a comma ("an agreement, which provides for the withdrawal of forces").
fn container_closed(scan: &Scan, occs: &[Occ], container: &Group, o: &Occ) -> bool {
    let (tokens, clause, cues) = (&scan.tokens, &scan.clause, &scan.cues);
    let last = container.occs.last().map_or(0, |x| x.last);
    let terms = (last..o.first).any(|i| cues.starting_at(i, CueKind::Terms))
        && !(last..o.first).any(|i| {
            occs.iter().any(|x| x.first == i)
                || (i > last && tokens[i].break_before && !cues.starting_at(i, CueKind::Terms))
        });
    (last..o.first).any(|i| cues.starting_at(i, CueKind::ClauseBreak))
        || (clause[last.saturating_sub(1)] != clause[o.first] && !terms)
}

/// Talks hold what was discussed ("met ... to discuss the withdrawal of troops"), aid and
/// statements, and planned talks beside planned ones; agreements hold their terms, not new
/// talks. (An agreement reached during talks is an incident of its own.)
fn holds(scan: &Scan, agreements: &Agreements, c: &Group, o: &Occ, ty: EventType) -> bool {
    if c.ty != EventType::Talks {
        return !matches!(ty, EventType::Talks | EventType::Visit);
    }
    // "met ... to discuss the withdrawal of troops": the subject of the talks.
    let discussed = c.occs.last().is_some_and(|x| {
        scan.entry(x).concept == "discussion" && o.first >= x.last && o.first - x.last <= 3
    });
    match ty {
        EventType::Talks => {
            to_come(scan, agreements, o.first) == to_come(scan, agreements, c.occs[0].first)
                || purpose(scan, o)
        }
        EventType::Aid | EventType::Statement => true,
        _ if discussed => true,
        EventType::Agreement | EventType::Ceasefire => !agreements.agreed_at.contains(&o.first),
        _ => false,
    }
}

fn is_pact(ty: EventType) -> bool {
    matches!(ty, EventType::Agreement | EventType::Ceasefire)
}

/// The word tells a pact reached, not one discussed: a signing ("signed a protocol"), an
/// understanding reached, or a ceasefire or agreement that was agreed on ("agreed on a
/// ceasefire"). (Talks that "agreed to set up a group" or "agreed to pull back troops" stay
/// talks, with what they agreed to come.)
fn reached(scan: &Scan, agreements: &Agreements, o: &Occ) -> bool {
    let e = scan.entry(o);
    matches!(e.concept.as_str(), "signing" | "understanding")
        || agreements.kept_pacts.contains(&o.first)
        || (is_pact(scan.type_of(o)) && agreements.agreed_at.contains(&o.first))
}

/// "met and signed a memorandum", "agreed on a ceasefire during telephone talks": talks that
/// end in a pact, or held while one was reached, are that pact (a ceasefire when one was
/// agreed). Talks to come, talks parted from it by a "but", a relation word or a date, stay
/// apart.
fn outcomes_of_talks(scan: &Scan, agreements: &Agreements, groups: &mut Vec<Group>) {
    let mut ti = 0;
    while ti < groups.len() {
        let t = &groups[ti];
        if t.ty != EventType::Talks
            || !matches!(t.cue, None | Some(CueKind::Simultaneous))
            || to_come(scan, agreements, t.head())
        {
            ti += 1;
            continue;
        }
        let during = t.cue == Some(CueKind::Simultaneous);
        // ("agreed on a ceasefire from 20:00 on April 29 during telephone talks": a date
        // between them is the time of both.)
        let apart = |a: &Group| {
            let (lo, hi) = (t.head().min(a.head()), t.head().max(a.head()));
            (lo + 1..=hi).any(|k| scan.cues.starting_at(k, CueKind::ClauseBreak))
                || (!during && (scan.relation_between(lo, hi) || scan.dated_within(lo, hi)))
        };
        let outcome = groups.iter().position(|a| {
            a.cue.is_none()
                && is_pact(a.ty)
                && !apart(a)
                && a.occs
                    .iter()
                    .any(|o| during || reached(scan, agreements, o))
                && !a.occs.iter().any(|o| planned_at(scan, o.first))
        });
        let Some(ai) = outcome else {
            ti += 1;
            continue;
        };
        let talks = groups.remove(ti);
        let ai = if ai > ti { ai - 1 } else { ai };
        let a = &mut groups[ai];
        a.occs.extend(talks.occs);
        a.occs.sort_by_key(|o| o.first);
        ti = 0;
    }
}

/// "spoke by phone on Friday and agreed that their ministers will meet": a meeting to come is
/// another event than the talks being told.
fn planned_at(scan: &Scan, i: usize) -> bool {
    scan.cues
        .of(CueKind::Planned)
        .any(|h| h.last <= i && i - h.last <= 3 && scan.clause[h.first] == scan.clause[i])
}

/// Talks named as to come: after a planning word, or as what was agreed ("held a phone call
/// on Thursday and agreed to hold a meeting in May": the meeting is another event).
fn to_come(scan: &Scan, agreements: &Agreements, i: usize) -> bool {
    planned_at(scan, i) || agreements.agreed_at.contains(&i)
}

/// "يلتقي الرئيسان ... لبحث ترسيم الحدود": a verbal noun after the preposition ل is the purpose
/// of what precedes it (the word itself does not begin with ل: not "لقاء").
fn purpose(scan: &Scan, o: &Occ) -> bool {
    scan.tokens[o.first].arabic
        && scan.tokens[o.first].norm.starts_with('ل')
        && scan
            .entry(o)
            .pattern
            .first_literal()
            .is_some_and(|w| !w.starts_with('ل'))
}

/// "ثم تكرر القصف في 17 من الشهر", "another clash": the word at `i` is told as an act again, a
/// new one, not as a word for an act the sentence already named (a bare article is no such
/// mark).
fn marked_new(scan: &Scan, i: usize) -> bool {
    scan.cues.of(CueKind::Indefinite).any(|h| {
        h.last <= i
            && i - h.last <= 1
            && !(h.last - h.first == 1
                && scan
                    .tokens
                    .get(h.first)
                    .is_some_and(|t| ["a", "an"].contains(&t.norm.as_str())))
    })
}

/// Words that make what follows them the purpose of the act before ("for talks", "to
/// discuss", "для обсуждения", "чтобы обсудить", "на переговоры").
const PURPOSE_WORDS: &[&str] = &["for", "to", "для", "чтобы", "на"];

/// The group of the same event a word joins: the same type (and concept, for `other`), the
/// ceasefire family, shelling beside an air strike, or a visit's talks ("flew to Dushanbe on
/// Monday for talks"); never across a "but", and planned talks or visits only with planned ones.
fn same_event(
    scan: &Scan,
    agreements: &Agreements,
    groups: &[Group],
    o: &Occ,
    ty: EventType,
    e: &EventEntry,
) -> Option<usize> {
    let (tokens, clause, cues) = (&scan.tokens, &scan.clause, &scan.cues);
    if marked_new(scan, o.first) {
        return None;
    }
    // Shelling with aircraft named beside it is an air strike; fire opened with the weapon
    // named beside it ("opened fire with mortars") is that weapon's act. (Fire exchanged is a
    // clash whatever its weapons: the lexicon reads "exchanged mortar fire" as one phrase.)
    let air = |a: EventType, b: EventType| {
        matches!(
            (a, b),
            (EventType::Shelling, EventType::AirStrike)
                | (EventType::AirStrike, EventType::Shelling)
                | (
                    EventType::ArmedClash,
                    EventType::Shelling | EventType::AirStrike
                )
                | (
                    EventType::Shelling | EventType::AirStrike,
                    EventType::ArmedClash
                )
        )
    };
    let near = |b: &Group| {
        b.occs
            .iter()
            .any(|x| clause[x.first] == clause[o.first] && x.last.abs_diff(o.first) <= 4)
    };
    // "flew to Dushanbe on Monday for talks", "arrived in Moscow to discuss the border",
    // "прибудет в Тегеран для обсуждения", "يصل إلى طهران ... لبحث الملف": the talks are the
    // visit's purpose, planned when the visit is.
    let for_talks = |b: &Group| {
        b.occs
            .iter()
            .any(|x| x.last <= o.first && clause[x.first] == clause[o.first])
            && (purpose(scan, o)
                || (o.first.saturating_sub(3)..o.first).any(|k| {
                    PURPOSE_WORDS.contains(&tokens[k].norm.as_str()) && clause[k] == clause[o.first]
                }))
    };
    // "met several times, but talks on demarcation stalled": a "but" parts them.
    let parted = |b: &Group| {
        b.occs.iter().all(|x| {
            let (lo, hi) = (x.first.min(o.first), x.first.max(o.first));
            (lo + 1..=hi).any(|k| cues.starting_at(k, CueKind::ClauseBreak))
        })
    };
    // "Wednesday's strikes recall February 2019, when Indian jets raided Balakot": a date
    // between two words of one kind tells two events apart.
    let dated_apart = |b: &Group| {
        is_violent(b.ty)
            && b.occs.iter().all(|x| {
                let (lo, hi) = (x.last.min(o.first), x.first.max(o.first));
                scan.dated_within(lo, hi)
            })
    };
    // "الغارة بعد يومين من قصف مدفعي": a relation word between two words tells two events.
    let related_apart = |b: &Group| {
        b.occs.iter().all(|x| {
            let (lo, hi) = (x.first.min(o.first), x.first.max(o.first));
            scan.relation_between(lo, hi)
        })
    };
    // "بعد يومين من قصف مدفعي", "after artillery shelled": a word right after the anchor of a
    // relation names the same anchor.
    let extends_anchor = |b: &Group| {
        b.occs.last().is_some_and(|x| {
            x.last <= o.first && o.first - x.last <= 1 && clause[x.first] == clause[o.first]
        })
    };
    groups.iter().position(|b| {
        (b.cue.is_none() || extends_anchor(b))
            && !parted(b)
            && !dated_apart(b)
            && !related_apart(b)
            && (!matches!(ty, EventType::Talks | EventType::Visit)
                || to_come(scan, agreements, o.first) == to_come(scan, agreements, b.occs[0].first)
                || (b.ty == EventType::Visit && ty == EventType::Talks && for_talks(b)))
            && ((b.ty == ty && (ty != EventType::Other || b.concept == e.concept))
                || (family(b.ty) != 0 && family(b.ty) == family(ty))
                || (air(b.ty, ty) && near(b))
                // "استدعت القائم بالأعمال وسلمته احتجاجا رسميا": the summons and the note it
                // hands over are one diplomatic act.
                || (super::is_diplomatic(b.ty, &b.concept) && super::is_diplomatic(ty, &e.concept))
                || (b.ty == EventType::Visit && ty == EventType::Talks && for_talks(b)))
    })
}

/// General violent words join the nearest specific violent group of their clause (or of the
/// sentence, when they refer back: "those clashes"), unless a date stands between them ("broke
/// out on Wednesday ... and spread on Thursday to villages where forces used mortars").
/// Otherwise they name one event of their own, unless one is marked new ("since a flare-up") or
/// a date stands between them.
fn attach_generic_words(scan: &Scan, groups: &mut Vec<Group>, generics: &[(Occ, Option<CueKind>)]) {
    let clause = &scan.clause;
    let specific: Vec<usize> = (0..groups.len())
        .filter(|&b| is_violent(groups[b].ty) && !groups[b].generic)
        .collect();
    let mut left: Vec<(Occ, Option<CueKind>)> = Vec::new();
    for &(g, cue) in generics {
        let refers = status::is_definite(&scan.tokens, &scan.cues.hits, g.first);
        // A date between the two tells them apart; one inside the words of both ("شنت الهند
        // فجر اليوم ضربات صاروخية": the verb's pattern reaches over the date to the strikes)
        // does not.
        let dated_between = |o: &Occ| {
            let (lo, hi) = if g.last <= o.first {
                (g.last, o.first)
            } else if o.last <= g.first {
                (o.last, g.first)
            } else {
                return false;
            };
            scan.dated_within(lo, hi)
        };
        // "The strike came two days after artillery shelled the village": a relation word
        // between the two makes them two events.
        let related_between = |o: &Occ| {
            let (lo, hi) = (o.first.min(g.first), o.first.max(g.first));
            scan.relation_between(lo, hi)
        };
        // The anchor of a relation ("hours after a strike") takes only the general words
        // told after it in its clause ("a strike that targeted a camp on Sunday evening"), not
        // the sentence's main act ("clashes broke out hours after shelling").
        let nearest = specific
            .iter()
            .copied()
            .filter(|&b| groups[b].cue.is_none() || g.first > groups[b].head())
            .filter_map(|b| {
                groups[b]
                    .occs
                    .iter()
                    .filter(|o| refers || clause[o.first] == clause[g.first])
                    .filter(|o| !dated_between(o) && !related_between(o))
                    .map(|o| o.first.abs_diff(g.first))
                    .min()
                    .map(|d| (d, b))
            })
            .min();
        match nearest {
            Some((_, b)) if !marked_new(scan, g.first) => groups[b].occs.push(g),
            _ => left.push((g, cue)),
        }
    }
    // General words left over name one event, unless one is marked new ("since a flare-up"),
    // named after "since" ("the fighting, the heaviest since the 44-day war, broke out": the
    // war is another event), or a date stands between them.
    let mut runs: Vec<Vec<(Occ, Option<CueKind>)>> = Vec::new();
    for &(g, cue) in &left {
        let after = |kind: CueKind, reach: usize| {
            scan.cues
                .of(kind)
                .any(|h| h.last <= g.first && g.first - h.last <= reach)
        };
        // "fought a short war": the verb's object is the verb's event, article or not.
        let object_of = |p: &Occ| {
            p.last <= g.first && g.first - p.last <= 3 && clause[p.first] == clause[g.first]
        };
        let split = runs.last().and_then(|run| run.last()).is_none_or(|(p, _)| {
            (after(CueKind::Indefinite, 1) && !object_of(p))
                || after(CueKind::Since, 3)
                || scan.dated_within(p.last, g.first)
        });
        if split {
            runs.push(vec![(g, cue)]);
        } else if let Some(run) = runs.last_mut() {
            run.push((g, cue));
        }
    }
    for run in runs {
        let (first, cue) = run[0];
        groups.push(Group {
            occs: run.iter().map(|(g, _)| *g).collect(),
            ty: scan.type_of(&first),
            concept: scan.entry(&first).concept.clone(),
            weight: 0,
            generic: true,
            violation: false,
            cue,
        });
    }
}

/// "The shelling destroyed houses": the destruction is what the violence just before it in its
/// clause did, not an incident of its own.
fn destruction_by_violence(scan: &Scan, groups: &mut Vec<Group>) {
    let clause = &scan.clause;
    let mut k = 0;
    while k < groups.len() {
        let b = &groups[k];
        if b.ty == EventType::PropertyDestruction && b.cue.is_none() {
            let at = b.occs[0].first;
            let cause = (0..groups.len()).find(|&c| {
                c != k
                    && is_violent(groups[c].ty)
                    && groups[c]
                        .occs
                        .iter()
                        .any(|o| o.last <= at && at - o.last <= 6 && clause[o.first] == clause[at])
            });
            if let Some(c) = cause {
                let moved = groups.remove(k);
                let c = if c > k { c - 1 } else { c };
                groups[c].occs.extend(moved.occs);
                continue;
            }
        }
        k += 1;
    }
}

/// A general clash word with civilians named beside it: civilians fighting civilians. Not
/// civilians counted among the dead or wounded ("the dead among Kyrgyz citizens in the
/// fighting", "القتلى من مواطني قرغيزستان في المعارك"): they are its victims.
fn civilians_fighting(scan: &Scan, groups: &mut [Group]) {
    let clause = &scan.clause;
    let mut casualties: Option<Vec<Hit>> = None;
    for b in groups {
        if b.generic && b.ty == EventType::ArmedClash {
            let victims = casualties.get_or_insert_with(|| {
                scan.ctx
                    .lex
                    .find_casualties(&scan.tokens, scan.ctx.lang)
                    .into_iter()
                    .map(|(h, _)| h)
                    .collect()
            });
            // Counted: after a casualty word ("killed three civilians", "القتلى من مواطني"),
            // or before one with a form of "be" between ("civilians were killed"); never
            // after "between" ("clashes between villagers killed two").
            let counted = |c: &Hit| {
                let between = c.first > 0
                    && ["between", "among", "بين"]
                        .contains(&scan.tokens[c.first - 1].norm.as_str());
                let passive = |a: usize, b: usize| {
                    scan.tokens[a..b]
                        .iter()
                        .any(|t| ["were", "was", "are", "is", "been"].contains(&t.norm.as_str()))
                };
                !between
                    && victims.iter().any(|v| {
                        clause[v.first] == clause[c.first]
                            && (v.last <= c.first && c.first - v.last <= 3
                                || v.first >= c.last
                                    && v.first - c.last <= 3
                                    && passive(c.last, v.first))
                    })
            };
            let civilians = scan.cues.of(CueKind::Civilian).any(|h| {
                !counted(h)
                    && b.occs.iter().any(|g| {
                        clause[h.first] == clause[g.first] && h.first.abs_diff(g.first) <= 6
                    })
            });
            if civilians {
                b.ty = EventType::MobViolence;
                b.concept = "clashes between civilians".into();
            }
        }
    }
}

/// Words for armed forces ("soldiers", "جنود"), folded: who brawls in a clash of forces.
const FORCES: &[&str] = &[
    "soldiers",
    "troops",
    "guards",
    "servicemen",
    "forces",
    "جنود",
    "الجنود",
    "جنودا",
    "قوات",
    "القوات",
    "حرس",
    "عسكريين",
    "العسكريين",
];

/// "Indian and Chinese soldiers pushed and punched one another": a brawl between armed forces
/// is a clash of those forces, whatever the weapons (taxonomy: fighting between armed forces).
fn forces_brawling(scan: &Scan, groups: &mut [Group]) {
    let clause = &scan.clause;
    for b in groups {
        if b.ty != EventType::MobViolence || b.concept != "brawl" && b.concept != "scuffle" {
            continue;
        }
        let forces = scan.tokens.iter().enumerate().any(|(k, t)| {
            FORCES.contains(&t.norm.as_str())
                && b.occs
                    .iter()
                    .any(|g| clause[k] == clause[g.first] && k.abs_diff(g.first) <= 10)
        });
        if forces {
            b.ty = EventType::ArmedClash;
            b.concept = "brawl between forces".into();
        }
    }
}

/// "repeated clashes", "اشتباكات متكررة": habitual background, not an incident. The qualifier
/// follows the noun in Arabic and precedes it in English ("repeated clashes", "regularly
/// escalate into violence"). Only the group's own kind of act counts: talks "to discuss the
/// repeated attacks" are no habit.
pub fn drop_habitual(scan: &Scan, groups: &mut Vec<Group>) {
    let clause = &scan.clause;
    groups.retain(|b| {
        let own = |o: &Occ| {
            let ty = scan.type_of(o);
            ty == b.ty || (is_violent(ty) && is_violent(b.ty))
        };
        !scan.cues.of(CueKind::Habitual).any(|h| {
            b.occs.iter().filter(|o| own(o)).any(|o| {
                clause[h.first] == clause[o.first]
                    && match scan.ctx.lang {
                        LangTag::Ar => h.first >= o.last && h.first - o.last <= 1,
                        _ => h.last <= o.first && o.first - h.last <= 3,
                    }
            })
        })
    });
}

/// A raid told as one act: an incursion with what the force then did in the sentence ("توغلت
/// قوة ... وفجّرت منزلاً", "crossed into ... and clashed with troops") is that act, and its
/// pulling back after it ("قبل أن تنسحب", "before withdrawing", "then withdrew") is the end of
/// the raid, not a withdrawal of its own.
pub fn fold_raids(scan: &Scan, groups: &mut Vec<Group>) {
    let act = |g: &Group| {
        is_violent(g.ty) || matches!(g.ty, EventType::PropertyDestruction | EventType::Arrest)
    };
    let incursion = |g: &Group| g.ty == EventType::Deployment && g.concept == "incursion";
    let first_act = groups
        .iter()
        .filter(|g| g.cue.is_none() && (act(g) || incursion(g)))
        .map(Group::head)
        .min();
    let Some(first_act) = first_act else {
        return;
    };
    // "اتهمت بيشكيك القوات الطاجيكية بالتوغل في أراضيها وإحراق منازل": each act one side
    // alleges is a claim of its own.
    if scan.cues.of(CueKind::Claim).any(|h| h.first < first_act) {
        return;
    }
    let ended_after = |g: &Group| {
        let w = g.head();
        let told_after = scan.cues.hits.iter().any(|(h, k)| {
            matches!(k, CueKind::Before | CueKind::Later)
                && h.first > first_act
                && h.last <= w
                && w - h.last <= 1
        });
        let then = scan.ctx.lang == LangTag::En && w >= 1 && scan.tokens[w - 1].norm == "then";
        w > first_act && (told_after || then)
    };
    // (Not a place taken: "دخلت المنطقة العازلة وسيطرت على ..." is the entry told.)
    let acts_after = |g: &Group| {
        groups
            .iter()
            .any(|x| x.cue.is_none() && act(x) && x.concept != "takeover" && x.head() > g.head())
    };
    let drop: Vec<bool> = groups
        .iter()
        .map(|g| {
            (g.ty == EventType::Withdrawal && ended_after(g))
                || (incursion(g) && g.cue.is_none() && acts_after(g))
        })
        .collect();
    let mut dropped = drop.into_iter();
    groups.retain(|_| !dropped.next().unwrap_or(false));
}

/// Deaths told in a sentence that names no violent event ("two herders were found dead"): an
/// attack of their own, named by the casualty phrase (its event word is [`NO_ENTRY`]). Injuries
/// count only when they are all the sentence tells; "mourning for the victims" counts no one.
pub fn deaths_without_event_word(scan: &Scan, casualties: &[Casualty], groups: &mut Vec<Group>) {
    // ("A child died when a dinghy capsized": the deaths are the capsizing's.)
    let deadly = groups
        .iter()
        .flat_map(|g| &g.occs)
        .any(|o| scan.flags_of(o).deadly);
    // "the second anniversary of the Ras Doumeira martyrs", "митинг памяти погибших": the
    // dead a commemoration or a funeral is for are dead already told, however named.
    let mourned = |at: usize| {
        groups.iter().any(|g| {
            remembering(g)
                && g.occs.iter().any(|o| {
                    o.last <= at
                        && at - o.last <= 3
                        && !(o.last + 1..=at).any(|k| scan.tokens[k].break_before)
                })
        })
    };
    if !deadly
        && groups.iter().all(|b| !is_violent(b.ty))
        && let Some(c) = casualties.iter().find(|c| {
            (c.kind != CasualtyKind::Injured || casualties.len() == 1)
                && (c.kind != CasualtyKind::KilledOrInjured || c.quantity.is_some())
                // "the martyrs", "ذوي الشهداء" without a count: dead already told of
                // (condolences, a funeral), not deaths of an attack of their own.
                && (c.quantity.is_some()
                    || !status::is_definite(&scan.tokens, &scan.cues.hits, c.first))
                && !mourned(c.first)
        })
    {
        groups.push(Group {
            occs: vec![Occ {
                first: c.first,
                last: c.last,
                entry: NO_ENTRY,
            }],
            ty: EventType::Attack,
            concept: CASUALTIES.into(),
            weight: 0,
            generic: true,
            violation: false,
            cue: None,
        });
        groups.sort_by_key(Group::head);
    }
}

/// The concept of a statement made of a saying alone ([`dated_saying`]), as of the bare word
/// for one ("issued a statement"): words with no kind of their own.
pub const SAYING: &str = "statement";

/// The concept of an attack made of a toll alone ("36 people were killed"), with no word for
/// the act ([`deaths_without_event_word`]).
pub const CASUALTIES: &str = "casualties";

/// Words that confirm what was feared or told before ("confirmed", "подтвердил", "أكد").
fn confirming(word: &str) -> bool {
    // (Arabic "وأكدت", "فأكد": after a conjunction.)
    let stem = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    word.starts_with("confirm") || word.starts_with("подтверд") || stem.starts_with("اكد")
}

/// "Tokyo on Monday confirmed the deaths of seven citizens", "Statoil в пятницу подтвердила
/// гибель", "أكدت الوزارة مقتل": deaths named right after a verb that confirms them are deaths
/// already told of (the confirming is the act of its day, not when they died).
fn confirmed_deaths(scan: &Scan, g: &Group) -> bool {
    let (Some(o), true) = (g.occs.first(), g.concept == CASUALTIES) else {
        return false;
    };
    // (An Arabic verb comes first, its subject between it and what it confirms.)
    let reach = if scan.ctx.lang == LangTag::Ar { 6 } else { 3 };
    o.wordless()
        && scan.cues.of(CueKind::Speech).any(|h| {
            h.last <= o.first
                && o.first - h.last <= reach
                && !(h.last..=o.first).any(|k| scan.tokens[k].break_before)
                && scan.tokens[h.first..h.last]
                    .iter()
                    .any(|t| confirming(&t.norm))
        })
}

/// "Prime Minister Abiy Ahmed said on Wednesday ...", "قال رئيس الوزراء آبي أحمد أمس":
/// a saying told with its own day, in a sentence that tells no new act (none, or only acts it
/// refers back to), is an act: a statement (its word is [`NO_ENTRY`], its date the saying's).
/// So is one whose day comes right after its verb, beside new acts that have no day of their
/// own ("said on Saturday troops had shelled the camp": the shelling is bounded by that day).
pub fn dated_saying(scan: &Scan, groups: &mut Vec<Group>) {
    // Acts it names only with a general word and the article ("said the strikes had failed",
    // "قال إن الضربات") are acts already told: the saying is still an act of the sentence.
    let definite = |g: &Group| status::is_definite(&scan.tokens, &scan.cues.hits, g.occs[0].first);
    let refers_back = |g: &Group| (g.generic && definite(g)) || confirmed_deaths(scan, g);
    let new_acts = !groups.iter().all(refers_back);
    // Beside new acts, only a saying whose day is the sentence's only date, and not when what
    // was said is a toll ("said on Friday that 31 people had died", "قالت ... الجمعة إن عدد
    // القتلى جراء المواجهات المسلحة ارتفع") or acts named with the article (an update of what the
    // story told), words said ("accused Baku on Monday of shelling": the saying is that act) or
    // a deal or truce announced ("said late on Thursday that they had agreed a ceasefire").
    if new_acts
        && (scan.expr_tokens.len() != 1
            || groups
                .iter()
                .all(|g| g.concept == CASUALTIES || definite(g))
            || groups.iter().any(|g| {
                matches!(
                    g.ty,
                    EventType::Statement
                        | EventType::Accusation
                        | EventType::Ceasefire
                        | EventType::Agreement
                )
            }))
    {
        return;
    }
    // (A date after the act it names is that act's: "said the strikes on Monday killed ...".)
    let occs: Vec<Occ> = groups.iter().flat_map(|g| g.occs.iter().copied()).collect();
    // The saying's words, first to last (`None`: a saying the cues do not mark as one).
    let Some(Some((first, last))) = scan.expr_tokens.iter().find_map(|&(a, b, _)| {
        use crate::ingest::time::mention::{
            between_speaker_and_verb, saying, statement_word_before,
        };
        let words = match saying(scan, &occs, a, b, true)
            .or_else(|| between_speaker_and_verb(scan, &occs, a, b))
        {
            Some(at) => (
                at,
                scan.cues
                    .hits
                    .iter()
                    .find(|(h, k)| *k == CueKind::Speech && h.last == at)
                    .map(|(h, _)| (h.first, h.last)),
            ),
            // "In a statement on Thursday, the group claimed the bombings": the word for a
            // statement, dated, is the saying.
            None => {
                let k = statement_word_before(scan, a)?;
                (k + 1, Some((k, k + 1)))
            }
        };
        let at = words.0;
        // Right after the verb and who spoke ("told reporters on Friday", "قال رئيس
        // الوزراء الإثيوبي آبي أحمد أمس"): farther, an English date is the words' ("said he
        // would travel on Friday").
        // (A date that opens the sentence, before who spoke, is the saying's: see
        // [`saying`](crate::ingest::time::mention::saying).)
        let reach = if scan.ctx.lang == LangTag::En { 3 } else { 6 };
        // (A date that opens the sentence is the saying's when what was said is acts to come:
        // "On June 5 the coalition announced that Ethiopia would accept ...".)
        let to_come = crate::ingest::time::mention::clause_to_come(scan, &occs, at);
        ((at > a && (!new_acts || to_come)) || (a >= at && a - at <= reach)).then_some(words.1)
    }) else {
        return;
    };
    // (What it refers back to is named in what was said, after the verb.)
    if groups.iter().any(|g| g.occs[0].first < last) {
        return;
    }
    groups.push(Group {
        occs: vec![Occ {
            first,
            last,
            entry: NO_ENTRY,
        }],
        ty: EventType::Statement,
        concept: SAYING.into(),
        weight: 0,
        generic: false,
        violation: false,
        cue: None,
    });
}
