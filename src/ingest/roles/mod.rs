//! Stage: roles. Who took part, where, and how many died: the gazetteer names of a sentence (a
//! capital that speaks is its government, not a place), the actors and most specific place of
//! each mention from its own clauses, and the casualty figures of the sentence with the side
//! whose dead each counts ([`tolls`], which also combines the tolls of an incident).
//!
//! Who tells or mediates is no actor of what is told ([`tellers`]), and a generic force takes
//! its side from its phrase or the story ([`sides`]).
//!
//! Entry point: [`read`], whose [`Roles`] give each mention its actors and place
//! ([`Roles::of`]) and its tolls ([`Roles::tolls`]).

pub mod sides;
pub mod tellers;
pub mod tolls;
pub mod unlisted;

use super::gazetteer::{ActorKind, Gazetteer, NameHit, Target};
use super::lexicon::CueKind;
use super::mentions::scan::{Cues, Scan};
use super::mentions::{Occ, is_cooperative, is_violent};
use super::numbers::{self, Casualty};
use super::status::SentenceCues;
use super::text::Token;
use crate::model::EventType;
use sides::Named;
use tellers::Span;

/// The names and casualty figures of a sentence.
#[derive(Debug, Clone)]
pub struct Roles {
    pub names: Vec<NameHit>,
    /// Names of places the gazetteer does not list ([`unlisted`]).
    unlisted: Vec<unlisted::Candidate>,
    /// For each name, whether it mediates or hosts ("brokered by Russia"): never an actor.
    brokers: Vec<bool>,
    pub casualties: Vec<Casualty>,
}

/// Who took part in a mention, and where.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    /// Canonical actor names (no media, no mediator, no teller of someone else's act).
    pub actors: Vec<String>,
    /// Countries named or implied (a person's or force's country), its tellers' too: the sides
    /// it concerns, for the incident's country and for telling incidents apart.
    pub countries: Vec<String>,
    pub place: Option<String>,
    /// A generic force among the actors says nothing of its side in its own phrase
    /// ([`sides::lacks_side`]): the story may tell it.
    pub sideless: bool,
}

/// Read the names and casualty figures of a sentence.
pub fn read(scan: &Scan) -> Roles {
    // Every name the gazetteer reads, before any is left out as a seat or a time zone: none
    // of them is a place it does not list.
    let hits = scan.ctx.gaz.find(&scan.tokens);
    let unlisted = unlisted::candidates(scan, &hits);
    let names = names(scan, hits);
    Roles {
        brokers: tellers::brokers(scan, &names),
        unlisted,
        names,
        casualties: casualties(scan),
    }
}

/// The gazetteer names of a sentence, outside the words that name where the report was written.
/// A capital or a seat of power named as the one who speaks, accuses or denies is its
/// government ([`government_of_capital`]); one named as a speaker or a source ("Bishkek said",
/// "according to Dushanbe", "the Kremlin said") is not where anything happened: left out.
fn names(scan: &Scan, hits: Vec<NameHit>) -> Vec<NameHit> {
    let (tokens, cues, gaz) = (&scan.tokens, &scan.cues, scan.ctx.gaz);
    let speaker_seat = |h: &NameHit| {
        let Target::Place(i) = h.target else {
            return false;
        };
        let seat = gaz
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
    hits.into_iter()
        .filter(|h| !scan.skipped(h.first) && !time_zone(tokens, h) && !names_a_treaty(scan, h))
        .map(|h| {
            let government = governs(scan, &h) || states(scan, &h) || represented(scan, &h);
            government_of_capital(gaz, cues, h, government)
        })
        .filter(|h| !speaker_seat(h))
        .collect()
}

/// "the Minsk agreements", "the Doha accord", "اتفاق القاهرة", "Минские соглашения": a place
/// that an agreement or a truce is named after (written before its word, or after it in an
/// Arabic construct) names the agreement, not where anything the sentence tells happened.
fn names_a_treaty(scan: &Scan, h: &NameHit) -> bool {
    // (Countries name the parties: "the Kyrgyzstan–Tajikistan ceasefire".)
    matches!(h.target, Target::Place(_))
        && scan.event_hits.iter().any(|e| {
            matches!(
                scan.type_of_entry(e.entry),
                EventType::Agreement | EventType::Ceasefire
            ) && if scan.tokens[h.first].arabic {
                e.last == h.first
            } else {
                e.first == h.last
            }
        })
}

/// A name that opens its clause ("; Dushanbe gave its figure on Monday", "Tehran vowed
/// revenge", "بينما طهران ...") with no act of violence told right after it ("Tehran was hit")
/// is the clause's subject: a capital there is its government, not where something happened.
fn governs(scan: &Scan, h: &NameHit) -> bool {
    let tokens = &scan.tokens;
    // (After a comma a name may stand in apposition or a list: "the capital, Khartoum, and
    // its twin city of Omdurman".)
    let clause_break = |t: &Token| t.gap_before.contains([';', ':', '—', '–', '؛']);
    let opens = h.first == 0
        || clause_break(&tokens[h.first])
        || (CLAUSE_CONJUNCTIONS.contains(&tokens[h.first - 1].norm.as_str())
            && (h.first == 1 || tokens[h.first - 1].break_before));
    opens
        && !scan.event_hits.iter().any(|e| {
            e.first >= h.last && e.first - h.last <= 3 && is_violent(scan.type_of_entry(e.entry))
        })
}

/// A name that is the subject of a statement, next to its verb or inside its phrase
/// ("أعربت دمشق عن أسفها", "Damascus expressed regret"): a capital there is its government.
fn states(scan: &Scan, h: &NameHit) -> bool {
    scan.event_hits.iter().any(|e| {
        matches!(
            scan.type_of_entry(e.entry),
            EventType::Statement | EventType::Accusation
        ) && (e.last == h.first || e.first == h.last || (e.first < h.first && h.last < e.last))
    })
}

/// Who speaks or acts for a capital: "представители Баку провели встречу", "representatives of
/// Baku", "وفد الرياض": the capital is its government, not where they met. (Only the name right
/// after the word: in "представители Баку и Степанакерта" the second is not read so.)
fn represented(scan: &Scan, h: &NameHit) -> bool {
    const FOR_A_CAPITAL: &[&str] = &[
        "representatives",
        "envoys",
        "delegation",
        "delegations",
        "officials",
        "authorities",
        "представители",
        "представителей",
        "представитель",
        "представителями",
        "делегация",
        "делегации",
        "делегацию",
        "власти",
        "властей",
        "властям",
        "руководство",
        "руководства",
        "правительство",
        "правительства",
        "ممثلو",
        "ممثلي",
        "وفد",
        "سلطات",
        "حكومه",
    ];
    let word = |k: usize| scan.tokens[k].norm.as_str();
    let before = |k: usize| {
        h.first >= k
            && !scan.tokens[h.first + 1 - k..=h.first]
                .iter()
                .any(|t| t.break_before)
    };
    // "представители Баку", "وفد الرياض"; "representatives of Baku", "a delegation from Baku".
    (before(1) && FOR_A_CAPITAL.contains(&word(h.first - 1)))
        || (before(2)
            && ["of", "from"].contains(&word(h.first - 1))
            && FOR_A_CAPITAL.contains(&word(h.first - 2)))
}

/// Words for a border ("the border with Ethiopia", "الحدود الليبية", "ливийской границы").
const BORDER_WORDS: &[&str] = &[
    "border",
    "frontier",
    "الحدود",
    "حدود",
    "حدودها",
    "حدوده",
    "границе",
    "границы",
    "границу",
    "границей",
    "рубеже",
    "рубежа",
];

/// "inspected the troops in al-Fashaga on the border with Ethiopia", "على الحدود مع إثيوبيا",
/// "на границе с Таджикистаном":
/// the country across a border names where, not who (an act of violence there may still be
/// that country's).
fn across_the_border(scan: &Scan, h: &NameHit) -> bool {
    let word = |k: usize| scan.tokens[k].norm.as_str();
    h.first >= 2
        && ["with", "مع", "с", "со"].contains(&word(h.first - 1))
        && BORDER_WORDS.contains(&word(h.first - 2))
}

/// "at In Amenas, near the Libyan border", "near the border with Syria", "قرب الحدود الليبية",
/// "بالقرب من الحدود مع سوريا", "вблизи границы с Афганистаном", "у афганской границы": a
/// country one is near is where, never who, whatever the act (a country that fought there is
/// named as such: "Libyan gunmen").
fn near_a_border(scan: &Scan, h: &NameHit) -> bool {
    let word = |k: usize| scan.tokens.get(k).map_or("", |t| t.norm.as_str());
    let near = |k: usize| {
        matches!(word(k), "near" | "قرب" | "вблизи" | "близ" | "у" | "возле" | "около")
            // "close to the", "بالقرب من", "недалеко от"
            || (word(k) == "to" && k > 0 && word(k - 1) == "close")
            || (word(k) == "من" && k > 0 && word(k - 1) == "بالقرب")
            || (word(k) == "от" && k > 0 && word(k - 1) == "недалеко")
    };
    let border = |k: usize| BORDER_WORDS.contains(&word(k));
    // "near the Libyan border", "у ливийской границы"
    let adjective = BORDER_WORDS.contains(&word(h.last))
        && h.first >= 2
        && ((word(h.first - 1) == "the" && near(h.first - 2)) || near(h.first - 1));
    // "قرب الحدود الليبية"
    let after = h.first >= 2 && border(h.first - 1) && near(h.first - 2);
    // "near the border with Libya", "قرب الحدود مع ليبيا", "вблизи границы с Ливией"
    let with = h.first >= 3
        && across_the_border(scan, h)
        && (near(h.first - 3) || (word(h.first - 3) == "the" && h.first >= 4 && near(h.first - 4)));
    adjective || after || with
}

/// Words of a journey that names where it began and where it was bound ("flying from Moscow
/// to Damascus", "рейс Москва — Дамаск", "летевший из Москвы в Дамаск", "رحلة من موسكو إلى
/// دمشق").
fn journey_word(word: &str) -> bool {
    matches!(
        word,
        "flying"
            | "flight"
            | "travelling"
            | "traveling"
            | "heading"
            | "headed"
            | "bound"
            | "route"
            | "sailing"
            | "рейс"
            | "рейса"
            | "рейсом"
            | "летевший"
            | "летевшего"
            | "летевшем"
            | "следовавший"
            | "следовавшего"
            | "следовавшем"
            | "направлявшийся"
            | "направлявшегося"
            // (Arabic as folded: ة is ه.)
            | "رحله"
            | "القادمه"
            | "قادمه"
            | "المتجهه"
            | "متجهه"
            | "المتوجهه"
    )
}

/// "a Syrian airliner flying from Moscow to Damascus was forced to land in Ankara", "рейс
/// Москва — Дамаск": the ends of a journey are not where what happened to it happened.
fn journey_end(scan: &Scan, h: &NameHit) -> bool {
    if !matches!(h.target, Target::Place(_)) {
        return false;
    }
    let word = |k: usize| scan.tokens.get(k).map_or("", |t| t.norm.as_str());
    let from = |k: usize| matches!(word(k), "from" | "из" | "من");
    let to = |k: usize| matches!(word(k), "to" | "в" | "во" | "до" | "الي");
    // The journey's word, then its start: "flying from X", "en route from X", "рейс X", "رحلة من
    // X".
    let starts_at =
        |k: usize| (from(k) && k >= 1 && journey_word(word(k - 1))) || journey_word(word(k));
    let Some(before) = h.first.checked_sub(1) else {
        return false;
    };
    if starts_at(before) {
        return true;
    }
    // Its end: "to Y", "в Y", "إلى Y", or "X — Y" in a flight's name, within a few words of its
    // start.
    let dash = scan.tokens[h.first].gap_before.contains(['—', '–', '-']);
    // "a convoy heading for Goma", "a ship bound for Odessa".
    let bound_for = word(before) == "for" && before >= 1 && journey_word(word(before - 1));
    (to(before) || dash || bound_for)
        && (h.first.saturating_sub(6)..before)
            .any(|k| starts_at(k) && scan.clause[k] == scan.clause[h.first])
}

/// Conjunctions that may open a clause before its subject.
const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "and",
    "but",
    "while",
    "whereas",
    "و",
    "ف",
    "بينما",
    "فيما",
    "и",
    "а",
    "но",
    "однако",
];

/// "20:00 local time (17:00 Moscow time)", "بتوقيت موسكو", "по времени Бишкека": a city that names a clock's time
/// zone is no place of the act.
fn time_zone(tokens: &[Token], h: &NameHit) -> bool {
    tokens.get(h.last).is_some_and(|t| t.norm == "time")
        || (h.first > 0 && tokens[h.first - 1].norm.ends_with("توقيت"))
        // "по времени Бишкека"
        || (h.first > 0 && tokens[h.first - 1].norm == "времени")
}

/// A capital (or a seat of power such as the Kremlin) named as the one who speaks, accuses,
/// denies, appeals or is appealed to, or is the source ("قالت دوشنبه", "اتهمت بيشكيك", "نفته باكو", "Moscow said", "حسب
/// موسكو", "أكد الكرملين") is its government, not the place of an incident.
fn government_of_capital(gaz: &Gazetteer, cues: &Cues, h: NameHit, governs: bool) -> NameHit {
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
        // "ودعت الخرطوم إلى", "urged Moscow to", "Moscow urged": who is appealed to, or
        // appeals, is a government too.
        CueKind::Speech
        | CueKind::Claim
        | CueKind::Negation
        | CueKind::Denial
        | CueKind::Appeal => c.last == h.first || c.first == h.last,
        CueKind::Attribution => c.last == h.first,
        _ => false,
    });
    match gaz
        .actors
        .iter()
        .position(|a| a.kind == ActorKind::Country && a.name == country)
    {
        Some(a) if speaks || governs => NameHit {
            target: Target::Actor(a),
            ..h
        },
        _ => h,
    }
}

/// The casualty figures of a sentence (amounts inside its temporal expressions are no figures;
/// negated ones, "no one was killed", are none).
fn casualties(scan: &Scan) -> Vec<Casualty> {
    let (ctx, tokens) = (scan.ctx, &scan.tokens);
    let expr_bytes: Vec<(usize, usize)> = scan.exprs.iter().map(|e| (e.start, e.end)).collect();
    let quantities = numbers::quantities(tokens, ctx.lex, ctx.lang, &expr_bytes);
    numbers::casualties(tokens, ctx.lex, ctx.lang, &quantities, &|i| {
        scan.negated_within(i, 3)
    })
}

impl Roles {
    /// The actors (no media), their countries, and the most specific place of a mention named by
    /// `occs`, of type `ty`: from its own clauses; else the stretch of the sentence up to a "but"
    /// (", where Tajik forces shelled villages" still happened in the place named before the
    /// comma); a mention with no actor there takes the countries named anywhere in the sentence.
    /// Mediators are never actors; who tells an act is not its actor, unless the act is a
    /// telling, one its parties tell (talks, agreements) or their clause refers back to them
    /// ("said it evacuated"); the capital they speak from is not its place ([`tellers`]).
    pub fn of(&self, scan: &Scan, occs: &[Occ], ty: EventType) -> Cast {
        let gaz = scan.ctx.gaz;
        let head = occs.first().map_or(0, |o| o.first);
        let clauses: Vec<usize> = occs.iter().map(|o| scan.clause[o.first]).collect();
        let tellers = tellers::spans(scan, &SentenceCues::new(scan, &self.names), head);
        let telling = is_telling(scan, occs, ty);
        // Talks, agreements, visits, aid: their parties tell them ("Armenia said a truce was
        // agreed").
        let tellers_act =
            telling || is_cooperative(ty) || tellers::referred_back(scan, &clauses, &tellers);
        let seats = if telling {
            Vec::new()
        } else {
            tellers::seats(scan, gaz, &self.names, &tellers)
        };
        // Mediators and the seats tellers speak from are out; tellers still say which sides an
        // act concerns (its countries), not who took part.
        // A comparison's landmark names its own places and sides ("the worst since the 2020
        // war over Karabakh"), and the acts outside it take none of them.
        let landmark = scan.landmark_of(head);
        let named: Vec<NameHit> = self
            .names
            .iter()
            .enumerate()
            .filter(|&(i, _)| !self.brokers[i] && !seats.contains(&i))
            .filter(|&(_, h)| landmark.is_some() || scan.landmark_of(h.first).is_none())
            .filter(|&(_, h)| is_violent(ty) || !across_the_border(scan, h))
            .filter(|&(_, h)| !near_a_border(scan, h))
            .filter(|&(_, h)| !journey_end(scan, h))
            .map(|(_, h)| *h)
            .collect();
        let acting = |names: &[NameHit]| -> Vec<NameHit> {
            names
                .iter()
                .copied()
                .filter(|h| tellers_act || !within(h, &tellers))
                .collect()
        };
        // "ويأتي الهجوم بعد أيام من زيارة وفد إلى الرياض", "the strike came a day after talks in
        // Moscow": a place after the anchor of a relation is the anchor's.
        let anchors_name = |h: &NameHit| {
            matches!(h.target, Target::Place(_))
                && scan.event_hits.iter().any(|e| {
                    e.first > head
                        && e.first < h.first
                        && scan.clause[e.first] == scan.clause[h.first]
                        && !occs.iter().any(|o| o.first == e.first)
                        && scan.relation_between(head, e.first)
                })
        };
        let own: Vec<NameHit> = named
            .iter()
            .copied()
            .filter(|h| clauses.contains(&scan.clause[h.first]) && !anchors_name(h))
            .collect();
        let segments: Vec<usize> = occs.iter().map(|o| scan.segment(o.first)).collect();
        let wider: Vec<NameHit> = named
            .iter()
            .copied()
            .filter(|h| segments.contains(&scan.segment(h.first)))
            .collect();
        let mut cast = Cast::default();
        let scope = [&own, &wider]
            .into_iter()
            .find(|names| !actors_of(gaz, names).0.is_empty());
        if let Some(names) = scope {
            let acting = acting(names);
            cast.actors = actors_of(gaz, &acting).0;
            cast.countries = actors_of(gaz, names).1;
            cast.sideless = acting.iter().any(|h| {
                sides::is_generic_force(gaz, h) && sides::lacks_side(scan, &self.names, h)
            });
        } else {
            cast.actors = actors_of(gaz, &acting(&named)).1;
            cast.countries = actors_of(gaz, &named).1;
        }
        // "Armenia said shelling continued": with no one else named, the side that tells it is
        // the side it concerns (its country, not its ministry or leader).
        if cast.actors.is_empty() {
            cast.actors = cast.countries.clone();
        }
        // A place told after the act, in the clause of another act, is that act's ("the
        // clashes are the worst since 2025, when fighting ended in a truce signed in Doha"); one
        // told before frames the sentence ("fighting in Karabakh entered its sixth day, amid
        // shelling along the line").
        let others_place = |h: &NameHit| {
            let c = scan.clause[h.first];
            h.first > head
                && scan
                    .event_hits
                    .iter()
                    .any(|e| scan.clause[e.first] == c && !occs.iter().any(|o| o.first == e.first))
        };
        let free: Vec<NameHit> = wider.iter().copied().filter(|h| !others_place(h)).collect();
        // "died of his wounds in El Arish hospital", "في مستشفى العريش": where the wounded are
        // treated is not where they were hit.
        let place_of_act = |names: &[NameHit]| -> Vec<NameHit> {
            names
                .iter()
                .copied()
                .filter(|h| !at_a_hospital(scan, h))
                .collect()
        };
        cast.place = most_specific_place(gaz, &place_of_act(&own))
            .or_else(|| most_specific_place(gaz, &place_of_act(&free)))
            .or_else(|| unlisted::pick(scan, &self.unlisted, &clauses, head));
        cast
    }

    /// The countries the sentence names, apart by role: as a side, or only as who tells one of
    /// the acts at `heads` (mediators are neither).
    pub fn named(&self, scan: &Scan, heads: &[usize]) -> Named {
        let gaz = scan.ctx.gaz;
        let cues = SentenceCues::new(scan, &self.names);
        let tellers: Vec<Span> = heads
            .iter()
            .flat_map(|&head| tellers::spans(scan, &cues, head))
            .collect();
        let mut named = Named::default();
        for (i, h) in self.names.iter().enumerate() {
            let Some(country) = country_named(gaz, h).filter(|_| !self.brokers[i]) else {
                continue;
            };
            let role = if within(h, &tellers) {
                &mut named.tellers
            } else {
                &mut named.sides
            };
            add_unique(role, vec![country]);
        }
        // Named as a side too: a side.
        named.tellers.retain(|c| !named.sides.contains(c));
        named
    }
}

/// The act is a telling (a statement, an accusation, a summons; a speech verb among its
/// words): who speaks does it, where they speak.
fn is_telling(scan: &Scan, occs: &[Occ], ty: EventType) -> bool {
    occs.iter().any(|o| {
        scan.ctx
            .lex
            .events
            .get(o.entry)
            .is_some_and(|e| super::mentions::is_telling(ty, &e.concept))
    }) || matches!(ty, EventType::Statement | EventType::Accusation)
        || scan
            .cues
            .of(CueKind::Speech)
            .any(|c| occs.iter().any(|o| o.first < c.last && c.first < o.last))
}

/// A name's country: a country's own name, or the country of a person or force (none for the
/// media).
pub fn country_named(gaz: &Gazetteer, h: &NameHit) -> Option<String> {
    let Target::Actor(i) = h.target else {
        return None;
    };
    let actor = gaz.actor(i)?;
    match actor.kind {
        ActorKind::Country => Some(actor.name.clone()),
        ActorKind::Media => None,
        _ => actor.country.clone(),
    }
}

/// The name lies within one of the spans.
fn within(h: &NameHit, spans: &[Span]) -> bool {
    spans.iter().any(|&(a, b)| h.first >= a && h.last <= b)
}

/// The actors of these names (no media), and their countries (a person's or force's country).
fn actors_of(gaz: &Gazetteer, names: &[NameHit]) -> (Vec<String>, Vec<String>) {
    let mut actors = Vec::new();
    let mut countries = Vec::new();
    for h in names {
        let Target::Actor(i) = h.target else {
            continue;
        };
        let Some(actor) = gaz.actor(i).filter(|a| a.kind != ActorKind::Media) else {
            continue;
        };
        add_unique(&mut actors, vec![actor.name.clone()]);
        add_unique(&mut countries, country_named(gaz, h).into_iter().collect());
    }
    (actors, countries)
}

fn add_unique(list: &mut Vec<String>, items: Vec<String>) {
    for x in items {
        if !list.contains(&x) {
            list.push(x);
        }
    }
}

/// A name told with a hospital where the wounded are treated, just before it ("hospital in
/// Ashdod", "مستشفى العريش العام", "в больнице Грозного") or just after it ("El Arish
/// hospital"); not a hospital that an act hits ("shelled a hospital in Batken").
fn at_a_hospital(scan: &Scan, h: &NameHit) -> bool {
    let hospital = |k: usize| {
        let w = scan.tokens[k].norm.as_str();
        let word = w == "hospital"
            || w == "hospitals"
            || w.ends_with("مستشفي")
            || w.ends_with("مستشفيات")
            || w.starts_with("больниц")
            || w.starts_with("госпитал");
        word && !scan
            .event_hits
            .iter()
            .any(|e| e.last <= k && k - e.last <= 2)
    };
    let tokens = &scan.tokens;
    let before = (h.first.saturating_sub(3)..h.first)
        .any(|k| hospital(k) && !tokens[k + 1..=h.first].iter().any(|t| t.break_before));
    let after = tokens.get(h.last).is_some_and(|t| !t.break_before) && hospital(h.last);
    before || after
}

/// The most specific place named: a facility, village or exclave before a town or district,
/// before a city or capital, before a region or country.
pub fn most_specific_place(gaz: &Gazetteer, names: &[NameHit]) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use crate::ingest::mentions::SentenceAnalysis;
    use crate::ingest::testing;
    use crate::model::EventType;

    /// One English paragraph, analysed.
    fn english(text: &str) -> Vec<SentenceAnalysis> {
        testing::analyse(&testing::english(&[text]))
    }

    /// A report of these paragraphs, English or Arabic.
    fn report(paragraphs: &[&str]) -> String {
        let arabic = paragraphs
            .iter()
            .any(|p| p.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)));
        let cyrillic = paragraphs
            .iter()
            .any(|p| p.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)));
        if arabic {
            testing::arabic(paragraphs)
        } else if cyrillic {
            testing::russian(paragraphs)
        } else {
            testing::english(paragraphs)
        }
    }

    /// The actors of the first mention of the last sentence of these paragraphs.
    fn actors(paragraphs: &[&str]) -> Vec<String> {
        let s = testing::analyse(&report(paragraphs));
        let last = s.last().expect("a sentence");
        assert!(!last.mentions.is_empty(), "no mention in {paragraphs:?}");
        last.mentions[0].actors.clone()
    }

    /// The place of the first mention of the only sentence.
    fn place(text: &str) -> Option<String> {
        let s = testing::analyse(&report(&[text]));
        assert!(!s[0].mentions.is_empty(), "no mention in {text}");
        s[0].mentions[0].place.clone()
    }

    /// Each case: the paragraphs and the actors of the first mention of the last sentence.
    fn check(cases: &[(&[&str], &[&str])]) {
        let wrong: Vec<String> = cases
            .iter()
            .filter_map(|(paragraphs, want)| {
                let got = actors(paragraphs);
                (got != *want).then(|| format!("{paragraphs:?}: {got:?}, want {want:?}"))
            })
            .collect();
        assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
    }

    #[test]
    fn a_mediator_or_host_is_no_actor() {
        check(&[
            (
                &["The ceasefire, brokered by Russia, took effect on Wednesday."],
                &[],
            ),
            (&["A Russian-brokered truce took effect on Tuesday."], &[]),
            (
                &[
                    "The talks, held under the auspices of the OSCE, took place in Vienna on Thursday between Armenian and Azerbaijani diplomats.",
                ],
                &["Armenia", "Azerbaijan"],
            ),
            (
                &[
                    "Talks mediated by Russia and the OSCE between Armenia and Azerbaijan took place in Moscow on Friday.",
                ],
                &["Armenia", "Azerbaijan"],
            ),
            (
                &[
                    "A ceasefire brokered by Turkish President Recep Tayyip Erdogan took effect on Saturday.",
                ],
                &[],
            ),
            (&["دخلت هدنة بوساطة روسية حيز التنفيذ يوم الأربعاء."], &[]),
            (
                &["وقعت أرمينيا وأذربيجان اتفاقا برعاية روسية يوم السبت."],
                &["Armenia", "Azerbaijan"],
            ),
            // Not mediators: the parties themselves.
            (
                &["Russia and Turkey agreed a ceasefire on Friday."],
                &["Russia", "Turkey"],
            ),
        ]);
    }

    /// The teller's ministry, leader or service is never the act's actor; with no one else
    /// named, the teller's country is the side the act concerns.
    #[test]
    fn who_tells_an_act_is_not_its_actor() {
        check(&[
            (
                &[
                    "The Kyrgyz Defence Ministry said Tajik troops attacked a border post near Kok-Tash on Tuesday.",
                ],
                &["Tajikistan", "Army"],
            ),
            (
                &["Tajik forces shelled Kok-Tash on Monday, Kyrgyz President Sadyr Japarov said."],
                &["Tajikistan"],
            ),
            (
                &["Houses were set on fire in Kok-Tash on Monday, according to Kyrgyz officials."],
                &["Kyrgyzstan"],
            ),
            (
                &["قالت وزارة الدفاع القرغيزية إن القوات الطاجيكية قصفت قرية كوك تاش يوم الاثنين."],
                &["Tajikistan"],
            ),
            (
                &[
                    "قال الرئيس القرغيزي صادر جباروف إن القوات الطاجيكية قصفت قرى حدودية يوم الاثنين.",
                ],
                &["Tajikistan"],
            ),
            (
                &["تجدد تبادل إطلاق النار صباح الجمعة على الحدود، حسب حرس الحدود القرغيزي."],
                &["Kyrgyzstan"],
            ),
        ]);
    }

    #[test]
    fn a_teller_named_as_target_or_doer_stays_an_actor() {
        check(&[
            // The side that reports the attack is its target through its own word.
            (
                &[
                    "The Kyrgyz Defence Ministry said Tajik troops attacked a Kyrgyz border post on Tuesday.",
                ],
                &["Tajikistan", "Army", "Kyrgyzstan"],
            ),
            (
                &["Kyrgyzstan said Tajik troops shelled its border posts near Kok-Tash on Monday."],
                &["Kyrgyzstan", "Tajikistan", "Army"],
            ),
            (
                &["Kyrgyzstan said it had evacuated 2,000 people from Kok-Tash on Monday."],
                &["Kyrgyzstan"],
            ),
            (
                &["قالت أذربيجان إن القوات الأرمينية قصفت مواقعها في كلبجار يوم الاثنين."],
                &["Azerbaijan", "Armenia"],
            ),
            // Announcing one's own act: who announces did it.
            (
                &["أعلن الجيش الأذربيجاني السيطرة على قرى في كلبجار يوم الاثنين."],
                &["Army", "Azerbaijan"],
            ),
            // A passive verb of saying has no teller.
            (
                &["Tajik troops were reported to have shelled Kok-Tash on Monday."],
                &["Tajikistan", "Army"],
            ),
            // The accuser stays the actor of the accusation.
            (
                &["Tajikistan accused Kyrgyzstan of violating the ceasefire on Monday."],
                &["Tajikistan", "Kyrgyzstan"],
            ),
            (
                &["اتهمت طاجيكستان قرغيزستان بخرق الهدنة يوم الاثنين."],
                &["Tajikistan", "Kyrgyzstan"],
            ),
        ]);
    }

    #[test]
    fn the_capital_a_teller_speaks_from_is_not_the_place() {
        for text in [
            "Azerbaijani forces shelled villages on Tuesday, the defence ministry in Yerevan said.",
            "Azerbaijani forces shelled villages on Tuesday, Pashinyan said in Yerevan.",
            "Armenian President Vahagn Khachaturyan, speaking from Yerevan, said Azerbaijani forces shelled villages on Tuesday.",
            "وقال المتحدث باسم الوزارة في بيشكيك إن القوات الطاجيكية قصفت قرى حدودية يوم الاثنين.",
        ] {
            assert_eq!(place(text), None, "{text}");
        }
        // A city that names a clock's time zone is no place either.
        for text in [
            "The two sides agreed on a ceasefire from 20:00 local time (17:00 Moscow time) on Thursday.",
            "واتفق الطرفان على وقف لإطلاق النار اعتبارا من الساعة الثامنة مساء الخميس بتوقيت موسكو.",
        ] {
            assert_eq!(place(text), None, "{text}");
        }
        // A capital where the act happened stays its place.
        assert_eq!(
            place("Protesters rallied in Yerevan on Tuesday, police said.").as_deref(),
            Some("Yerevan")
        );
    }

    #[test]
    fn a_generic_force_takes_the_side_the_story_is_about() {
        check(&[
            (
                &[
                    "Tajik troops shelled Kok-Tash on Monday. The army also fired mortars at Ak-Sai on Monday.",
                ],
                &["Army", "Tajikistan"],
            ),
            (
                &[
                    "قصفت القوات الطاجيكية قرية كوك تاش يوم الاثنين. وقصف الجيش قرية آك ساي في اليوم نفسه.",
                ],
                &["Army", "Tajikistan"],
            ),
            // The other side of its own sentence is not its side.
            (
                &[
                    "Kyrgyz border guards detained two smugglers on Monday. Border guards exchanged fire with Tajik troops on Tuesday.",
                ],
                &["Border guards", "Tajikistan", "Army", "Kyrgyzstan"],
            ),
            // Its own phrase says it.
            (
                &[
                    "Kyrgyzstan's Defence Ministry said Kyrgyz border guards repelled an attack on Monday.",
                ],
                &["Kyrgyzstan", "Border guards"],
            ),
        ]);
    }

    #[test]
    fn a_generic_force_takes_no_side_when_two_are_possible() {
        check(&[
            (
                &[
                    "Kyrgyz and Tajik border guards clashed on Monday. The army shelled Kok-Tash on Tuesday.",
                ],
                &["Army"],
            ),
            // Who told the sentence before is the other possible side.
            (
                &[
                    "Kyrgyzstan said Tajik troops shelled Kok-Tash on Monday. Border guards returned fire on Monday.",
                ],
                &["Border guards"],
            ),
            // The only country told before is the other side of its own sentence.
            (
                &[
                    "Tajik troops shelled Kok-Tash on Monday. Border guards returned fire on Tajik positions on Monday.",
                ],
                &["Border guards", "Tajikistan"],
            ),
            // A new paragraph is a new story.
            (
                &[
                    "Tajik troops shelled Kok-Tash on Monday.",
                    "The army fired mortars at Ak-Sai on Tuesday.",
                ],
                &["Army"],
            ),
        ]);
    }

    #[test]
    fn actors_and_the_most_specific_place_come_from_the_mention_s_clauses() {
        let s =
            english("Tajik troops shelled the village of Kok-Tash in the Batken region on Monday.");
        let m = &s[0].mentions[0];
        assert_eq!(m.actors, ["Tajikistan", "Army"]);
        assert_eq!(
            m.place.as_deref(),
            Some("Kok-Tash"),
            "the village, not the region"
        );
    }

    /// A place told after an act, in the clause of another act, is the other act's; one told
    /// before it, in the clause the sentence opens with, frames both.
    #[test]
    fn a_place_in_another_act_s_clause_is_that_act_s() {
        assert_eq!(
            place("The clashes were the worst since 2019, when a ceasefire was signed in Bishkek."),
            None
        );
        let s = english("Fighting around Vorukh entered its third day, amid heavy shelling.");
        let shelling = s[0]
            .mentions
            .iter()
            .find(|m| m.event_type == EventType::Shelling)
            .expect("the shelling");
        assert_eq!(shelling.place.as_deref(), Some("Vorukh"));
    }

    /// Where the wounded are treated is not where they were hit.
    #[test]
    fn a_hospital_s_town_is_not_where_the_act_took_place() {
        for text in [
            "Two guards wounded in the shelling on Monday died in hospital in Batken.",
            "Two guards wounded in the shelling on Monday died in Batken hospital.",
            "توفي جنديان متأثرين بجروح أصيبا بها في القصف يوم الاثنين في مستشفى باتكن.",
        ] {
            assert_eq!(place(text), None, "{text}");
        }
        // A hospital hit is the act's target, in its town.
        for text in [
            "Tajik troops shelled a hospital in Batken on Monday.",
            "قصفت القوات الطاجيكية مستشفى باتكن يوم الاثنين.",
        ] {
            assert_eq!(place(text).as_deref(), Some("Batken"), "{text}");
        }
    }

    /// The ends of a journey are not where what happened to it happened: the place named
    /// besides them is, and with none, the act has no place.
    #[test]
    fn the_ends_of_a_journey_are_not_the_place_of_the_act() {
        for (text, want) in [
            (
                "Troops travelling from Bishkek to Batken were attacked near Isfara on Monday.",
                Some("Isfara"),
            ),
            (
                "A convoy heading for Batken was shelled near Vorukh on Monday.",
                Some("Vorukh"),
            ),
            (
                "В понедельник был обстрелян автобус, следовавший из Бишкека в Баткен, в районе Исфары.",
                Some("Isfara"),
            ),
            (
                "Самолет, выполнявший рейс Бишкек — Баткен, в среду был обстрелян в районе Исфары.",
                Some("Isfara"),
            ),
            (
                "قصفت القوات يوم الاثنين حافلة قادمة من بيشكيك إلى باتكن قرب اسفرة.",
                Some("Isfara"),
            ),
            (
                "A bus travelling from Bishkek to Batken was shelled on Monday.",
                None,
            ),
            // Where one went is the place of a visit or a meeting there.
            (
                "The prime minister flew to Batken on Monday for talks.",
                Some("Batken"),
            ),
            (
                "Tajik troops shelled Batken from Isfara on Monday.",
                Some("Batken"),
            ),
        ] {
            assert_eq!(place(text).as_deref(), want, "{text}");
        }
    }

    /// A place the gazetteer does not list is the name the text gives after a word for a place,
    /// as written; words that name no place after "at" or "in" are not one.
    #[test]
    fn a_place_the_gazetteer_does_not_list_is_its_name_as_written() {
        for (text, want) in [
            (
                "Gunmen attacked an army post in Aguelhok on Tuesday.",
                Some("Aguelhok"),
            ),
            (
                "Rebels shelled the town of Menaka on Tuesday.",
                Some("Menaka"),
            ),
            (
                "The rebellion began on Tuesday with an attack on Menaka.",
                Some("Menaka"),
            ),
            (
                "هاجم مسلحون موقعا للجيش في بلدة أغلهوك يوم الثلاثاء.",
                Some("أغلهوك"),
            ),
            // A name of two words, and a noun that names no place.
            (
                "قصفت طائرات حربية بلدة ميس الجبل يوم الثلاثاء.",
                Some("ميس الجبل"),
            ),
            (
                "هاجم مسلحون مواقع الجيش عند مداخل مخيم نهر البارد يوم الأحد.",
                Some("نهر البارد"),
            ),
            ("قصفت طائرات حربية محيط مطار العاصمة يوم الثلاثاء.", None),
            // A preposition after a noun of place is no name: the village is.
            ("سقطت قذيفة الجمعة في حقل قرب قرية غوفيجي.", Some("غوفيجي")),
            (
                "Во вторник в городе Кидаль произошли столкновения.",
                Some("Кидаль"),
            ),
            // A listed place wins.
            (
                "Troops shelled Vorukh and a post in Aguelhok on Thursday.",
                Some("Vorukh"),
            ),
            (
                "Soldiers threw stones at Defence Minister Sadio Gassama on Tuesday.",
                None,
            ),
            ("Troops clashed in April with rebels.", None),
            // A name joined to a word in lower case is an adjective; a number is part of a
            // road's or a hill's name.
            (
                "On Monday the protests turned into attacks on Tuareg-owned homes.",
                None,
            ),
            (
                "Gunmen carried out attacks on Route 12 on Thursday.",
                Some("Route 12"),
            ),
            (
                "Fighting broke out near Hill 262 on Friday.",
                Some("Hill 262"),
            ),
        ] {
            assert_eq!(place(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn a_capital_that_speaks_is_its_government_not_a_place() {
        let s = english("Bishkek said Tajik forces shelled Kok-Tash on Monday.");
        let m = &s[0].mentions[0];
        assert_eq!(m.place.as_deref(), Some("Kok-Tash"));
        assert!(
            m.speaker.contains(&"Kyrgyzstan".to_string()),
            "{:?}",
            m.speaker
        );
    }

    /// A capital others speak or act for ("представители Баку", "a delegation from Bishkek",
    /// "وفد الرياض") is its government, not where they met.
    #[test]
    fn a_capital_others_act_for_is_its_government() {
        for text in [
            "В четверг представители Баку провели встречу с армянской общиной.",
            "On Thursday a delegation from Bishkek held talks with Tajik officials.",
            "التقى وفد الرياض يوم الخميس بمسؤولين يمنيين.",
        ] {
            assert_eq!(place(text), None, "{text}");
        }
    }

    /// A capital appealed to ("urged Khartoum to", "ودعت الخرطوم إلى") is its government.
    #[test]
    fn a_capital_appealed_to_is_its_government() {
        assert_eq!(
            place(
                "Ethiopia accused Sudanese troops of attacking farmers and urged Khartoum to withdraw."
            ),
            None
        );
    }

    /// A capital that expresses regret or concern ("أعربت دمشق عن أسفها") is its government,
    /// not where the shelling it regrets fell.
    #[test]
    fn a_capital_that_makes_a_statement_is_its_government() {
        let s = testing::analyse(&report(&[
            "أعربت دمشق أمس عن أسفها لسقوط قذيفة على بلدة حدودية تركية.",
        ]));
        let places: Vec<_> = s[0].mentions.iter().map(|m| &m.place).collect();
        assert!(places.iter().all(|p| p.is_none()), "{places:?}");
        // One that has not published its toll ("فيما لم تنشر دوشنبه حصيلة رسمية").
        assert_eq!(
            place(
                "دارت معارك يوم الجمعة على الحدود مع طاجيكستان، فيما لم تنشر دوشنبه حصيلة رسمية."
            ),
            None
        );
    }

    /// A capital that opens its clause with no act of violence after it is the clause's
    /// subject, its government; one that was struck is a place.
    #[test]
    fn a_capital_that_opens_its_clause_is_its_government() {
        assert_eq!(
            place(
                "The heaviest fighting, on Friday, killed 59 people in Kyrgyzstan; Dushanbe gave its figure for the first time on Monday."
            ),
            None
        );
        assert_eq!(
            place("Tehran was hit by missiles early on Saturday.").as_deref(),
            Some("Tehran")
        );
        assert_eq!(
            place("Israeli jets struck military sites in Tehran early on Saturday.").as_deref(),
            Some("Tehran")
        );
    }

    /// The country across a border names where an act was, not who made it, unless the act
    /// is violence there.
    #[test]
    fn the_country_across_the_border_is_no_actor_of_a_visit() {
        let visit = actors(&[
            "Sudan's army chief visited troops in al-Fashaga on the border with Ethiopia on Thursday.",
        ]);
        assert!(!visit.contains(&"Ethiopia".to_string()), "{visit:?}");
        let clash = actors(&[
            "Sudanese troops clashed with gunmen in al-Fashaga on the border with Ethiopia on Thursday.",
        ]);
        assert!(clash.contains(&"Ethiopia".to_string()), "{clash:?}");
    }

    /// A country an act was near ("near the Libyan border") is where, not who, even for
    /// violence; the two sides of a border named together still are.
    #[test]
    fn a_country_near_which_an_act_was_is_no_actor() {
        for text in [
            "Gunmen stormed a gas plant at In Amenas, near the Libyan border, on Wednesday.",
            "Gunmen stormed a gas plant near the border with Libya on Wednesday.",
            "هاجم مسلحون منشأة للغاز قرب الحدود الليبية يوم الأربعاء.",
            "Боевики атаковали газовый объект вблизи границы с Ливией в среду.",
        ] {
            let found = actors(&[text]);
            assert!(!found.contains(&"Libya".to_string()), "{text}: {found:?}");
        }
        let pair =
            actors(&["Kyrgyz and Tajik troops clashed near the Kyrgyz-Tajik border on Monday."]);
        assert!(pair.contains(&"Tajikistan".to_string()), "{pair:?}");
        let named =
            actors(&["Libyan gunmen stormed a gas plant near the Algerian border on Wednesday."]);
        assert!(named.contains(&"Libya".to_string()), "{named:?}");
    }

    /// The commas of a list are no clause breaks: the target named at its end is the act's.
    #[test]
    fn a_list_is_one_clause() {
        let s = english(
            "Tajik troops burned houses, a school and a market in several Kyrgyz villages on Monday.",
        );
        let m = &s[0].mentions[0];
        assert!(
            m.actors.contains(&"Kyrgyzstan".to_string()),
            "{:?}",
            m.actors
        );
    }

    #[test]
    fn a_toll_counts_the_side_it_names() {
        let side = |text: &str| {
            let s = english(text);
            let (f, side) = s[0].mentions[0].fatalities[0].clone();
            (f.best, side)
        };
        let kyrgyz = Some("Kyrgyzstan".to_string());
        assert_eq!(
            side("The fighting killed 59 Kyrgyz citizens."),
            (Some(59), kyrgyz.clone())
        );
        assert_eq!(
            side("The fighting killed 36 people on the Kyrgyz side."),
            (Some(36), kyrgyz.clone())
        );
        assert_eq!(
            side("Kyrgyzstan said 19 of its citizens died."),
            (Some(19), kyrgyz)
        );
        assert_eq!(side("The fighting killed 24 people."), (Some(24), None));
    }

    #[test]
    fn a_toll_that_rises_updates_the_toll() {
        let s = english("The death toll from the clashes rose to 24 on Friday.");
        let m = &s[0].mentions[0];
        assert_eq!(m.fatalities[0].0.best, Some(24));
        assert_eq!(m.fatality_updates, [true]);
    }
}
