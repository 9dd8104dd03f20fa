//! The gazetteer: actors (countries, people, forces, organisations, media) and places (with
//! coordinates), each with aliases in several scripts and spellings. Loaded from the TSV files
//! under `data/gazetteer/` (embedded) and extended by `actors.tsv` / `places.tsv` in the
//! vocabulary folders. Adjectives are aliases of their country ("Kyrgyz", "القرغيزي").

use std::path::Path;
use std::sync::OnceLock;

use super::lexicon::tsv_rows;
use super::text::{Hit, Pattern, PatternIndex, Token, select_longest};
use crate::model::NameEntry;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorKind {
    Country,
    Person,
    Force,
    Organisation,
    Media,
}

#[derive(Debug, Clone)]
pub struct Actor {
    pub name: String,
    pub kind: ActorKind,
    /// The country a person or force belongs to.
    pub country: Option<String>,
    /// A force whose name does not say its side ("army", "border guards"): it takes the country
    /// of its phrase or of the story.
    pub generic: bool,
}

#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

/// A place typed by hand as the gazetteer knows it ([`Gazetteer::locate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Located {
    pub name: String,
    pub country: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Actor(usize),
    Place(usize),
}

#[derive(Debug, Clone)]
struct Alias {
    pattern: Pattern,
    /// Written in capitals in the data: only matches words written in capitals ("US" not "us").
    acronym: bool,
    target: Target,
}

#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    aliases: Vec<Alias>,
    /// Russian case forms of the Cyrillic aliases written in one form (see
    /// [`russian_case_forms`]): matched after every alias written out, so that one of those
    /// always wins a tie, and never shown as spellings.
    inflected: Vec<Alias>,
    /// The aliases indexed by their first word, built on first use after they change.
    index: OnceLock<PatternIndex>,
    /// Actors and places by canonical name, built on first use after they change.
    by_name: OnceLock<ByName>,
}

#[derive(Debug, Clone, Default)]
struct ByName {
    actors: crate::text::WordMap<usize>,
    places: crate::text::WordMap<usize>,
    /// The spellings of each actor and place, by index (see [`Gazetteer::spellings`]).
    actor_spellings: Vec<Vec<String>>,
    place_spellings: Vec<Vec<String>>,
    /// Each place's parent, by index, when the parent is a place of the gazetteer.
    place_parents: Vec<Option<usize>>,
}

/// A gazetteer name found in a token sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameHit {
    pub target: Target,
    pub first: usize,
    pub last: usize,
}

const ACTORS: &str = include_str!("../../data/gazetteer/actors.tsv");
const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");

fn field<'a>(f: &[&'a str], i: usize) -> &'a str {
    f.get(i).copied().unwrap_or("")
}

fn opt(s: &str) -> Option<String> {
    if s.is_empty() {
        None
    } else {
        Some(s.to_string())
    }
}

impl Gazetteer {
    pub fn builtin() -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        g.add_actors(ACTORS, "built-in data/gazetteer/actors.tsv")?;
        g.add_places(PLACES, "built-in data/gazetteer/places.tsv")?;
        Ok(g)
    }

    /// Add `actors.tsv` / `places.tsv` found in a folder (directly or in `gazetteer/`).
    pub fn extend_from_dir(&mut self, dir: &Path) -> Result<usize, String> {
        let mut loaded = 0;
        for sub in [dir.to_path_buf(), dir.join("gazetteer")] {
            for (name, is_actors) in [("actors.tsv", true), ("places.tsv", false)] {
                let path = sub.join(name);
                if path.is_file() {
                    let text = std::fs::read_to_string(&path)
                        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
                    let origin = path.display().to_string();
                    if is_actors {
                        self.add_actors(&text, &origin)?;
                    } else {
                        self.add_places(&text, &origin)?;
                    }
                    loaded += 1;
                }
            }
        }
        Ok(loaded)
    }

    fn add_aliases(&mut self, list: &str, target: Target, at: &str) -> Result<(), String> {
        for form in russian_case_forms(list) {
            let pattern = Pattern::parse(&form).map_err(|e| format!("{at}: {e}"))?;
            self.inflected.push(Alias {
                pattern,
                acronym: false,
                target,
            });
        }
        for alias in list.split('|').map(str::trim).filter(|a| !a.is_empty()) {
            let pattern = Pattern::parse(alias).map_err(|e| format!("{at}: {e}"))?;
            let letters: Vec<char> = alias
                .chars()
                .filter(|&c| crate::text::is_letter(c))
                .collect();
            let acronym = letters.len() >= 2
                && letters.len() <= 6
                && letters.iter().all(|c| c.is_uppercase());
            self.aliases.push(Alias {
                pattern,
                acronym,
                target,
            });
            self.index = OnceLock::new();
        }
        Ok(())
    }

    pub fn add_actors(&mut self, text: &str, origin: &str) -> Result<(), String> {
        self.by_name = OnceLock::new();
        for (line, f) in tsv_rows(text) {
            let at = format!("{origin}:{line}");
            let name = field(&f, 0);
            if name.is_empty() {
                return Err(format!("{at}: an actor needs a canonical name"));
            }
            let kind_field = field(&f, 1);
            let kind = match kind_field {
                "country" => ActorKind::Country,
                "person" => ActorKind::Person,
                "force" | "generic_force" => ActorKind::Force,
                "organisation" | "organization" => ActorKind::Organisation,
                "media" => ActorKind::Media,
                other => {
                    return Err(format!(
                        "{at}: unknown actor kind '{other}' (country, person, force, generic_force, organisation, media)"
                    ));
                }
            };
            let idx = match self.actors.iter().position(|a| a.name == name) {
                Some(i) => i,
                None => {
                    self.actors.push(Actor {
                        name: name.to_string(),
                        kind,
                        country: opt(field(&f, 2)),
                        generic: kind_field == "generic_force",
                    });
                    self.actors.len() - 1
                }
            };
            self.add_aliases(field(&f, 3), Target::Actor(idx), &at)?;
            // The canonical name is an alias too.
            self.add_aliases(name, Target::Actor(idx), &at)?;
        }
        Ok(())
    }

    pub fn add_places(&mut self, text: &str, origin: &str) -> Result<(), String> {
        self.by_name = OnceLock::new();
        for (line, f) in tsv_rows(text) {
            let at = format!("{origin}:{line}");
            let name = field(&f, 0);
            if name.is_empty() {
                return Err(format!("{at}: a place needs a canonical name"));
            }
            let coord = |i: usize, what: &str, range: f64| -> Result<Option<f64>, String> {
                match field(&f, i) {
                    "" => Ok(None),
                    s => match s.parse::<f64>() {
                        Ok(v) if v.abs() <= range => Ok(Some(v)),
                        _ => Err(format!(
                            "{at}: {what} '{s}' is not a number within ±{range}"
                        )),
                    },
                }
            };
            let place = Place {
                name: name.to_string(),
                kind: field(&f, 1).to_string(),
                country: opt(field(&f, 2)),
                parent: opt(field(&f, 3)),
                latitude: coord(4, "latitude", 90.0)?,
                longitude: coord(5, "longitude", 180.0)?,
            };
            let idx = match self.places.iter().position(|p| p.name == name) {
                Some(i) => {
                    self.places[i] = place;
                    i
                }
                None => {
                    self.places.push(place);
                    self.places.len() - 1
                }
            };
            self.add_aliases(field(&f, 6), Target::Place(idx), &at)?;
            self.add_aliases(name, Target::Place(idx), &at)?;
        }
        Ok(())
    }

    /// Every spelling of an actor or place; a stem keeps its `*` ("Kyrgyz*"). Patterns with
    /// gaps (`_`) are left out: they are not names.
    pub fn spellings(&self, target: Target) -> Vec<String> {
        let by_name = self.by_name();
        let spellings = match target {
            Target::Actor(i) => by_name.actor_spellings.get(i),
            Target::Place(i) => by_name.place_spellings.get(i),
        };
        spellings.cloned().unwrap_or_default()
    }

    /// The entries for these actor and place names, with their spellings, for the store.
    pub fn entries(&self, actors: &[&str], places: &[&str]) -> (Vec<NameEntry>, Vec<NameEntry>) {
        let actor_entries = actors
            .iter()
            .filter_map(|name| self.actors.iter().position(|a| a.name == *name))
            .map(|i| NameEntry {
                name: self.actors[i].name.clone(),
                aliases: self.spellings(Target::Actor(i)),
                country: self.actors[i].country.clone(),
                latitude: None,
                longitude: None,
            })
            .collect();
        let place_entries = places
            .iter()
            .filter_map(|name| self.places.iter().position(|p| p.name == *name))
            .map(|i| {
                let p = &self.places[i];
                NameEntry {
                    name: p.name.clone(),
                    aliases: self.spellings(Target::Place(i)),
                    country: p.country.clone(),
                    latitude: p.latitude,
                    longitude: p.longitude,
                }
            })
            .collect();
        (actor_entries, place_entries)
    }

    /// Build the indexes now rather than on first use.
    pub fn prepare(&self) {
        self.index();
        self.by_name();
    }

    fn index(&self) -> &PatternIndex {
        self.index.get_or_init(|| {
            PatternIndex::build(
                self.aliases
                    .iter()
                    .chain(&self.inflected)
                    .enumerate()
                    .map(|(k, a)| (k, &a.pattern)),
            )
        })
    }

    /// Every actor and place named in the tokens (longest names win).
    pub fn find(&self, tokens: &[Token]) -> Vec<NameHit> {
        let index = self.index();
        let all: Vec<Hit> = index
            .matches(tokens, |k| &self.alias(k).pattern, |_| true)
            .into_iter()
            .filter(|h| {
                !self.alias(h.entry).acronym || tokens[h.first..h.last].iter().all(|t| t.caps)
            })
            .collect();
        select_longest(all)
            .into_iter()
            .filter_map(|h| {
                Some(self.alias(h.entry)).map(|a| NameHit {
                    target: a.target,
                    first: h.first,
                    last: h.last,
                })
            })
            .collect()
    }

    /// Alias `k` of the index: the written aliases, then the inflected ones.
    fn alias(&self, k: usize) -> &Alias {
        self.aliases
            .get(k)
            .unwrap_or_else(|| &self.inflected[k - self.aliases.len()])
    }

    pub fn actor(&self, i: usize) -> Option<&Actor> {
        self.actors.get(i)
    }

    pub fn place(&self, i: usize) -> Option<&Place> {
        self.places.get(i)
    }

    /// The canonical name of an actor or place ("" for an index out of range).
    pub fn name(&self, t: Target) -> &str {
        match t {
            Target::Actor(i) => self.actor(i).map_or("", |a| a.name.as_str()),
            Target::Place(i) => self.place(i).map_or("", |p| p.name.as_str()),
        }
    }

    fn by_name(&self) -> &ByName {
        self.by_name.get_or_init(|| {
            let mut by_name = ByName {
                actors: self
                    .actors
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (a.name.clone(), i))
                    .collect(),
                places: self
                    .places
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (p.name.clone(), i))
                    .collect(),
                actor_spellings: vec![Vec::new(); self.actors.len()],
                place_spellings: vec![Vec::new(); self.places.len()],
                place_parents: Vec::new(),
            };
            by_name.place_parents = self
                .places
                .iter()
                .map(|p| {
                    let parent = p.parent.as_deref()?;
                    by_name.places.get(parent).copied()
                })
                .collect();
            // Spellings with a wildcard ("_") are patterns, not names to show.
            for a in self
                .aliases
                .iter()
                .filter(|a| !a.pattern.source.contains('_'))
            {
                let list = match a.target {
                    Target::Actor(i) => by_name.actor_spellings.get_mut(i),
                    Target::Place(i) => by_name.place_spellings.get_mut(i),
                };
                if let Some(list) = list {
                    list.push(a.pattern.source.clone());
                }
            }
            by_name
        })
    }

    pub fn place_by_name(&self, name: &str) -> Option<&Place> {
        self.by_name()
            .places
            .get(name)
            .and_then(|&i| self.places.get(i))
    }

    /// The canonical name of the actor a name is a spelling of, if the gazetteer knows one.
    pub fn canonical_actor(&self, name: &str) -> Option<String> {
        match self.resolve(name)? {
            Target::Actor(i) => self.actor(i).map(|a| a.name.clone()),
            Target::Place(_) => None,
        }
    }

    /// What a name typed by hand names: an actor or a place under any of its spellings
    /// ("Киргизия", "قرغيزستان", "Kyrgyz Republic"), when the whole name is one of them.
    pub fn resolve(&self, name: &str) -> Option<Target> {
        let tokens = crate::ingest::text::tokenize(name, 0);
        self.find(&tokens)
            .into_iter()
            .find(|h| h.first == 0 && h.last == tokens.len())
            .map(|h| h.target)
    }

    /// Where a place typed by hand is, as `tarikh edit --place` finds it: the place under its
    /// canonical name with its country and coordinates, or a country named as the place (that
    /// country, no point); `None` for a name the gazetteer knows as neither.
    pub fn locate(&self, typed: &str) -> Option<Located> {
        match self.resolve(typed)? {
            Target::Place(i) => self.place(i).map(|place| Located {
                name: place.name.clone(),
                country: place.country.clone(),
                latitude: place.latitude,
                longitude: place.longitude,
            }),
            Target::Actor(i) => {
                self.actor(i)
                    .filter(|a| a.kind == ActorKind::Country)
                    .map(|country| Located {
                        name: country.name.clone(),
                        country: Some(country.name.clone()),
                        latitude: None,
                        longitude: None,
                    })
            }
        }
    }

    pub fn actor_by_name(&self, name: &str) -> Option<&Actor> {
        self.by_name()
            .actors
            .get(name)
            .and_then(|&i| self.actors.get(i))
    }

    /// True when `inner` is `outer` or lies within it (by the parent chain).
    pub fn place_within(&self, inner: &str, outer: &str) -> bool {
        // The merge asks this of every pair it compares: one lookup by name, then up the chain
        // by index.
        if inner == outer {
            return true;
        }
        let by_name = self.by_name();
        let mut at = by_name.places.get(inner).copied();
        for _ in 0..8 {
            let Some(i) = at else {
                return false;
            };
            match self.places.get(i).and_then(|p| p.parent.as_deref()) {
                Some(parent) if parent == outer => return true,
                Some(_) => at = by_name.place_parents.get(i).copied().flatten(),
                None => return false,
            }
        }
        false
    }
}

/// The Russian case forms of the Cyrillic aliases in a row's list that the list gives in one
/// form only: "Кок-Таш" is also "Кок-Таша", "Кок-Ташу", "в Кок-Таше", "Кок-Ташем"; "Исфана"
/// "Исфаны", "Исфане"; "Кадамжай" "Кадамжая". The last part of each word is declined as a
/// noun (or an adjective: "Лейлекский", "Лейлекского"). Left as written: a stem ("Баткен*"
/// already takes every ending), an acronym ("ОДКБ"), a word ending in a vowel that does not
/// decline ("Душанбе", "Баку"), and every alias of a row that lists forms of its own ("Куба|Кубы",
/// "Газа|Газе": whoever wrote them chose the forms, often because others are common words:
/// "кубе", "газу").
pub fn russian_case_forms(list: &str) -> Vec<String> {
    let cyrillic = |s: &str| s.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    let aliases: Vec<&str> = list
        .split('|')
        .map(str::trim)
        .filter(|a| !a.is_empty() && cyrillic(a))
        .collect();
    let exact: Vec<&str> = aliases
        .iter()
        .copied()
        .filter(|a| !a.contains(['*', '_']))
        .collect();
    // A row that writes out a case form of one of its aliases lists its forms itself.
    let generated: Vec<(&str, Vec<String>)> =
        exact.iter().map(|a| (*a, alias_case_forms(a))).collect();
    let folded: Vec<String> = exact.iter().map(|b| crate::text::fold(b)).collect();
    let lists_forms = generated.iter().any(|(a, forms)| {
        forms.iter().skip(1).any(|f| {
            let f = crate::text::fold(f);
            exact
                .iter()
                .zip(&folded)
                .any(|(b, folded_b)| b != a && *folded_b == f)
        })
    });
    if lists_forms {
        return Vec::new();
    }
    generated
        .into_iter()
        .flat_map(|(_, forms)| forms.into_iter().skip(1))
        .collect()
}

/// An alias and its case forms (the alias first), every word declined; only the alias when
/// it has more than three words or more than 64 forms.
fn alias_case_forms(alias: &str) -> Vec<String> {
    let words: Vec<&str> = alias.split_whitespace().collect();
    if words.len() > 3 {
        return vec![alias.to_string()];
    }
    let mut combos: Vec<String> = vec![String::new()];
    for w in &words {
        let forms = word_case_forms(w);
        let mut next = Vec::new();
        for c in &combos {
            for f in &forms {
                next.push(if c.is_empty() {
                    f.clone()
                } else {
                    format!("{c} {f}")
                });
            }
        }
        combos = next;
        if combos.len() > 64 {
            return vec![alias.to_string()];
        }
    }
    combos
}

/// A word's case forms (itself first): its last hyphenated part declined.
fn word_case_forms(word: &str) -> Vec<String> {
    let letters: Vec<char> = word
        .chars()
        .filter(|&c| crate::text::is_letter(c))
        .collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
    let cyr = word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c));
    if acronym || !cyr || letters.len() < 2 {
        return vec![word.to_string()];
    }
    let (before, last) = match word.rfind('-') {
        Some(i) => (&word[..=i], &word[i + 1..]),
        None => ("", word),
    };
    let lower = last.to_lowercase();
    let cut = |n: usize| -> &str {
        let end = last.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
        &last[..end]
    };
    let ends = |e: &str| lower.ends_with(e) && lower.chars().count() > e.chars().count() + 1;
    let sibilant_or_velar = |stem: &str| {
        stem.chars()
            .last()
            .is_some_and(|c| "кгхжшчщ".contains(c.to_lowercase().next().unwrap_or(c)))
    };
    let with = |stem: &str, endings: &[&str]| -> Vec<String> {
        endings
            .iter()
            .map(|e| format!("{before}{stem}{e}"))
            .collect()
    };
    let mut forms = vec![word.to_string()];
    let more: Vec<String> = if ends("ая") || ends("яя") {
        with(cut(2), &["ой", "ую", "ою", "ей", "юю"])
    } else if ends("ий") || ends("ый") || ends("ой") {
        with(cut(2), &["ого", "ому", "им", "ым", "ом", "ем"])
    } else if ends("ое") || ends("ее") {
        with(cut(2), &["ого", "ому", "ым", "им", "ом", "ем"])
    } else if ends("ые") || ends("ие") {
        with(cut(2), &["ых", "их", "ым", "им", "ыми", "ими"])
    } else if lower.ends_with('а')
        && letters.len() > 2
        && !lower
            .chars()
            .rev()
            .nth(1)
            .is_some_and(|c| "аоуиеыэюяё".contains(c))
    {
        let stem = cut(1);
        let plural = if sibilant_or_velar(stem) { "и" } else { "ы" };
        with(stem, &[plural, "е", "у", "ой", "ою"])
    } else if lower.ends_with('я') && letters.len() > 2 {
        with(cut(1), &["и", "е", "ю", "ей", "ею"])
    } else if lower.ends_with('ь') {
        with(cut(1), &["и", "ью", "я", "ю", "ем", "е"])
    } else if lower.ends_with('й') {
        with(cut(1), &["я", "ю", "ем", "е"])
    } else if lower
        .chars()
        .last()
        .is_some_and(|c| "оеиуыюэё".contains(c) || !c.is_alphabetic())
    {
        Vec::new()
    } else {
        with(last, &["а", "у", "е", "ом", "ем"])
    };
    forms.extend(more);
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::text::tokenize;

    fn names(g: &Gazetteer, text: &str) -> Vec<String> {
        g.find(&tokenize(text, 0))
            .into_iter()
            .map(|h| g.name(h.target).to_string())
            .collect()
    }

    #[test]
    fn a_place_typed_by_hand_is_located_under_its_canonical_name() {
        let g = Gazetteer::builtin().unwrap();
        let batken = g.locate("باتكن").unwrap();
        assert_eq!(batken.name, "Batken");
        assert_eq!(batken.country.as_deref(), Some("Kyrgyzstan"));
        assert_eq!(
            (batken.latitude, batken.longitude),
            (Some(40.0625), Some(70.8194))
        );
        let country = g.locate("Kirghizia").unwrap();
        assert_eq!(
            (
                country.name.as_str(),
                country.country.as_deref(),
                country.latitude
            ),
            ("Kyrgyzstan", Some("Kyrgyzstan"), None)
        );
        assert_eq!(g.locate("Sadyr Japarov"), None, "a person is no place");
        assert_eq!(g.locate("Atlantis"), None);
    }

    #[test]
    fn aliases_in_several_scripts() {
        let g = Gazetteer::builtin().unwrap();
        assert_eq!(
            names(
                &g,
                "قيرغيزستان وقرغيزستان Kyrgyzstan Kirghizia Кыргызстан Киргизия"
            ),
            vec!["Kyrgyzstan"; 6]
        );
        assert_eq!(
            names(&g, "جاباروف جابروف Japarov Zhaparov Жапаров"),
            vec!["Sadyr Japarov"; 5]
        );
        assert_eq!(
            names(&g, "الرئيس القرغيزي والحكومة الطاجيكية"),
            vec!["Kyrgyzstan", "Tajikistan"]
        );
        assert_eq!(names(&g, "في إقليم باتكين"), vec!["Batken Region"]);
        assert_eq!(names(&g, "in Batken"), vec!["Batken"]);
        assert_eq!(
            names(&g, "the Batken region of Kyrgyzstan"),
            vec!["Batken Region", "Kyrgyzstan"]
        );
        assert_eq!(names(&g, "إلى موسكو"), vec!["Moscow"]);
    }

    #[test]
    fn russian_names_in_their_cases() {
        let g = Gazetteer::builtin().unwrap();
        for (text, want) in [
            ("у села Кок-Таша", "Kok-Tash"),
            ("в Кок-Таше", "Kok-Tash"),
            ("в Кадамжае", "Kadamjay"),
            ("жители Исфаны", "Isfana"),
            ("в Ак-Сае", "Ak-Sai"),
        ] {
            assert_eq!(names(&g, text), [want], "{text}");
        }
        assert_eq!(
            russian_case_forms("Кок-Таш|Кокташ"),
            [
                "Кок-Таша",
                "Кок-Ташу",
                "Кок-Таше",
                "Кок-Ташом",
                "Кок-Ташем",
                "Кокташа",
                "Кокташу",
                "Кокташе",
                "Кокташом",
                "Кокташем"
            ]
        );
        // A row that lists its forms, a stem, an acronym, a vowel that does not decline.
        assert!(russian_case_forms("Куба|Кубы").is_empty());
        assert!(russian_case_forms("Баткен*|ОДКБ|Душанбе").is_empty());
    }

    #[test]
    fn acronyms_need_capitals() {
        let g = Gazetteer::builtin().unwrap();
        assert_eq!(
            names(&g, "he told us about the US plan"),
            vec!["United States"]
        );
    }

    #[test]
    fn places_nest() {
        let g = Gazetteer::builtin().unwrap();
        assert!(g.place_within("Kok-Tash", "Batken Region"));
        assert!(!g.place_within("Isfara", "Batken Region"));
        let b = g.place_by_name("Batken").unwrap();
        assert!(b.latitude.is_some() && b.country.as_deref() == Some("Kyrgyzstan"));
    }

    #[test]
    fn user_rows_extend() {
        let mut g = Gazetteer::builtin().unwrap();
        g.add_places(
            "Golovnoi\tfacility\tKyrgyzstan\tBatken Region\t39.97\t70.64\tGolovnoi|Golovnoy\n",
            "user/places.tsv",
        )
        .unwrap();
        assert_eq!(names(&g, "near Golovnoy"), vec!["Golovnoi"]);
        let err = g
            .add_places("X\ttown\t\t\t100\t0\tX\n", "user/places.tsv")
            .unwrap_err();
        assert!(err.contains("user/places.tsv:1"), "{err}");
    }
}
