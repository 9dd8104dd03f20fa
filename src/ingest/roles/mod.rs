//! Stage: roles. Who took part, where, and how many died: the gazetteer names of a sentence (a
//! capital that speaks is its government, not a place), the actors and most specific place of
//! each mention from its own clauses, and the casualty figures of the sentence with the side
//! whose dead each counts ([`tolls`], which also combines the tolls of an incident).
//!
//! Entry point: [`read`], whose [`Roles`] give each mention its actors and place
//! ([`Roles::of`]) and its tolls ([`Roles::tolls`]).

pub mod tolls;

use super::gazetteer::{ActorKind, Gazetteer, NameHit, Target};
use super::lexicon::CueKind;
use super::mentions::Occ;
use super::mentions::scan::{Cues, Scan};
use super::numbers::{self, Casualty};

/// The names and casualty figures of a sentence.
#[derive(Debug, Clone)]
pub struct Roles {
    pub names: Vec<NameHit>,
    pub casualties: Vec<Casualty>,
}

/// Read the names and casualty figures of a sentence.
pub fn read(scan: &Scan) -> Roles {
    Roles {
        names: names(scan),
        casualties: casualties(scan),
    }
}

/// The gazetteer names of a sentence, outside the words that name where the report was written.
/// A capital or a seat of power named as the one who speaks, accuses or denies is its
/// government ([`government_of_capital`]); one named as a speaker or a source ("Bishkek said",
/// "according to Dushanbe", "the Kremlin said") is not where anything happened: left out.
fn names(scan: &Scan) -> Vec<NameHit> {
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
    gaz.find(tokens)
        .into_iter()
        .filter(|h| !scan.skipped(h.first))
        .map(|h| government_of_capital(gaz, cues, h))
        .filter(|h| !speaker_seat(h))
        .collect()
}

/// A capital (or a seat of power such as the Kremlin) named as the one who speaks, accuses,
/// denies or is the source ("قالت دوشنبه", "اتهمت بيشكيك", "نفته باكو", "Moscow said", "حسب
/// موسكو", "أكد الكرملين") is its government, not the place of an incident.
fn government_of_capital(gaz: &Gazetteer, cues: &Cues, h: NameHit) -> NameHit {
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
        Some(a) if speaks => NameHit {
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
    /// `occs`: from its own clauses; else the stretch of the sentence up to a "but" (", where
    /// Tajik forces shelled villages" still happened in the place named before the comma); a
    /// mention with no actor there takes the countries named anywhere in the sentence.
    pub fn of(&self, scan: &Scan, occs: &[Occ]) -> (Vec<String>, Vec<String>, Option<String>) {
        let (clause, gaz) = (&scan.clause, scan.ctx.gaz);
        let clauses: Vec<usize> = occs.iter().map(|o| clause[o.first]).collect();
        let own: Vec<NameHit> = self
            .names
            .iter()
            .copied()
            .filter(|h| clauses.contains(&clause[h.first]))
            .collect();
        let (mut actors, mut countries) = (Vec::new(), Vec::new());
        for h in &own {
            let (a, c) = self.actors_in(gaz, h.first, h.last);
            add_unique(&mut actors, a);
            add_unique(&mut countries, c);
        }
        let segments: Vec<usize> = occs.iter().map(|o| scan.segment(o.first)).collect();
        let wider: Vec<NameHit> = self
            .names
            .iter()
            .copied()
            .filter(|h| segments.contains(&scan.segment(h.first)))
            .collect();
        if actors.is_empty() {
            for h in &wider {
                let (a, c) = self.actors_in(gaz, h.first, h.last);
                add_unique(&mut actors, a);
                add_unique(&mut countries, c);
            }
        }
        if actors.is_empty() {
            let (_, sentence_countries) = self.actors_in(gaz, 0, scan.tokens.len());
            actors = sentence_countries.clone();
            countries = sentence_countries;
        }
        let place = most_specific_place(gaz, &own).or_else(|| most_specific_place(gaz, &wider));
        (actors, countries, place)
    }

    /// The actors named in tokens [a, b) (no media), and their countries (a person's or force's
    /// country).
    fn actors_in(&self, gaz: &Gazetteer, a: usize, b: usize) -> (Vec<String>, Vec<String>) {
        let mut actors = Vec::new();
        let mut countries = Vec::new();
        for h in self.names.iter().filter(|h| h.first >= a && h.last <= b) {
            if let Target::Actor(i) = h.target
                && let Some(actor) = gaz.actor(i)
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
    }
}

fn add_unique(list: &mut Vec<String>, items: Vec<String>) {
    for x in items {
        if !list.contains(&x) {
            list.push(x);
        }
    }
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

    /// One English paragraph, analysed.
    fn english(text: &str) -> Vec<SentenceAnalysis> {
        testing::analyse(&testing::english(&[text]))
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
