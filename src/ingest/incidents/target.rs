//! Which incident already told a mention belongs to, if any: a toll told on its own counts the
//! dead of the fighting told before; what a party to recent talks said is part of the talks; a
//! word that refers back ("the clashes", "the agreement", "after the talks") joins the latest
//! incident of its kind that fits; a mention that names the same event again (same type,
//! compatible date, no conflicting place or sides) joins it; anything else is new.

use chrono::NaiveDate;

use super::draft::{Draft, toll_only};
use crate::date::IncidentDate;
use crate::ingest::gazetteer::Gazetteer;
use crate::ingest::mentions::{Mention, RelKind, is_violent};
use crate::ingest::roles::tolls;
use crate::ingest::time::DateReading;
use crate::model::{EventType, Status};

/// Where a mention goes.
pub enum Target {
    New,
    Join(usize),
    /// The same incident told with an incompatible date.
    Dispute(usize),
    /// Content of an incident (what was said during talks): evidence, no change of type or status.
    Content(usize),
}

/// The incident a mention belongs to among `drafts` (none of those in `apart`: incidents the
/// sentence orders in time against it); `flashback`: its sentence steps back in time ("had
/// erupted", "وكانت ... قد").
pub fn find(
    m: &Mention,
    drafts: &[Draft],
    gaz: &Gazetteer,
    published: NaiveDate,
    apart: &[usize],
    flashback: bool,
) -> Target {
    let mut order: Vec<usize> = (0..drafts.len()).filter(|d| !apart.contains(d)).collect();
    // "the worst fighting since the civil war ended in 1990": the landmark of a comparison is
    // not the act compared with it ("the civil war" referred back to the fighting, which took
    // its year). (What follows a plain "since" may be: "the fighting since its outbreak".)
    if m.landmark {
        order.retain(|&d| drafts[d].background || drafts[d].last.0 != m.sentence);
    }
    // The most recently told first; background told in passing last.
    order.sort_by_key(|&d| (drafts[d].background, std::cmp::Reverse(drafts[d].last)));
    let fit = Fit::new(m, gaz);
    if fit.toll_only
        && let Some(d) = counted_fighting(m, drafts, &order, gaz)
    {
        return Target::Content(d);
    }
    if let Some(d) = talks_spoken_at(m, drafts, &order) {
        return Target::Content(d);
    }
    // A general word with a date of its own ("a flare-up in April 2021") tells a new event.
    // A general word with no date refers back, unless it is marked new or named as the cause
    // of something ("in response to attacks on ships") without the article.
    // So does an undated act told as going on ("exchanges of fire continued").
    let anaphoric = m.definite
        || m.reference
        || ((m.generic || m.continues) && m.date.is_none() && !m.fresh && !m.anchor);
    // Marked new with a date of its own ("ثم تكرر القصف على المدينة في 17 من الشهر"), even
    // with the article: another act on that day.
    if m.fresh && (!anaphoric || m.date.is_some()) {
        return Target::New;
    }
    if anaphoric {
        return fit.referred_to(drafts, &order, published);
    }
    // "وفي اليوم التالي، ردت الجزائر فاستدعت سفيريها" after the other side's recall: an act
    // told as a day or days after what came just before is not that act again.
    if m.date.is_none() && matches!(m.later, Some(RelKind::DayAfter | RelKind::DaysAfter)) {
        let just_before = order
            .iter()
            .copied()
            .filter(|&d| drafts[d].status != Status::Planned)
            .max_by_key(|&d| drafts[d].last);
        // Nor an act over before what that sentence told began ("ليل 26 كانون الأول ... وردّ
        // في اليوم التالي بقصف" does not join a shelling of 5 December).
        let told_last = just_before.map(|d| drafts[d].last.0);
        let began = order
            .iter()
            .filter(|&&d| {
                Some(drafts[d].last.0) == told_last && drafts[d].status != Status::Planned
            })
            .filter_map(|&d| drafts[d].span.latest_start)
            .max();
        order.retain(|&d| {
            Some(d) != just_before
                && began.is_none_or(|b| drafts[d].span.earliest_end.is_none_or(|l| l >= b))
        });
    }
    // "Летом 2014 года суд вынес приговор. В тот же день родственники перекрыли улицу": an act
    // of the day just told is no retelling of an act of its kind told further back.
    if m.date.is_none() && m.later == Some(RelKind::Simultaneous) {
        order.retain(|&d| m.sentence.saturating_sub(drafts[d].last.0) <= 1);
    }
    fit.told_again(drafts, &order, published, flashback)
}

/// A sentence that only gives a toll ("Tajikistan said 19 of its citizens died") counts the
/// dead of an incident told before: the fighting whose toll is being given, the latest violent
/// incident with a toll that the figure does not contradict, else with any toll, else the
/// latest armed one (a brawl's toll is a last resort).
fn counted_fighting(
    m: &Mention,
    drafts: &[Draft],
    order: &[usize],
    gaz: &Gazetteer,
) -> Option<usize> {
    let told: Vec<tolls::Toll> = m
        .fatalities
        .iter()
        .map(|(f, side)| (f.clone(), m.sentence, side.clone()))
        .collect();
    let fits = |dr: &Draft| !tolls::in_dispute(&dr.fatalities, &told);
    let pick = |with_toll: bool, fitting: bool, armed: bool| {
        order.iter().copied().find(|&d| {
            let dr = &drafts[d];
            is_violent(dr.event_type)
                && dr.status != Status::Planned
                && shared_day_fits(m, dr)
                && (!with_toll || !dr.fatalities.is_empty())
                && (!fitting || fits(dr))
                && (!armed
                    || !matches!(
                        dr.event_type,
                        EventType::MobViolence | EventType::ViolentDemonstration
                    ))
        })
    };
    // The fighting the sentence before told ("Saturday night, Taliban forces attacked dozens of
    // posts. The army said 23 of its soldiers were killed"), rather than fighting of another
    // episode, over a month apart, that already has a toll.
    let recent = |armed: bool| {
        order.iter().copied().find(|&d| {
            let dr = &drafts[d];
            is_violent(dr.event_type)
                && dr.status == Status::Occurred
                && shared_day_fits(m, dr)
                && m.sentence.saturating_sub(dr.last.0) <= 1
                && !places_conflict(gaz, &m.place, &dr.place)
                && (!armed
                    || !matches!(
                        dr.event_type,
                        EventType::MobViolence | EventType::ViolentDemonstration
                    ))
        })
    };
    let tolled = pick(true, true, false).or_else(|| pick(true, false, false));
    if let Some(d) = recent(true).or_else(|| recent(false))
        && tolled.is_none_or(|t| t == d || episodes_apart(&drafts[t], &drafts[d]))
    {
        return Some(d);
    }
    tolled
        .or_else(|| pick(false, false, true))
        .or_else(|| pick(false, false, false))
}

/// An undated mention told right after a dated act in its sentence shares that act's day
/// ("In an operation on 16 October, our soldiers killed ..."): it names no incident every one
/// of whose dates lies apart from that day. (Not what a side says or claims, nor what was
/// said to have been done by a day: "the military said on Wednesday that the South had fired
/// first" shares the day it was said.)
fn shared_day_fits(m: &Mention, d: &Draft) -> bool {
    let Some(r) = m.shares.as_ref().filter(|_| {
        m.date.is_none() && m.until.is_none() && m.status != Status::Claimed && m.speaker.is_empty()
    }) else {
        return true;
    };
    overlaps(&r.date, d)
}

/// Whether a date overlaps every date an incident was given: none starts after it ends or ends
/// before it starts.
fn overlaps(date: &IncidentDate, d: &Draft) -> bool {
    date.latest()
        .zip(d.span.latest_start)
        .is_none_or(|(end, start)| start <= end)
        && date
            .earliest()
            .zip(d.span.earliest_end)
            .is_none_or(|(start, end)| start <= end)
}

/// Two incidents whose dates lie over a month apart (or one told only as background): two
/// episodes of the conflict, not one.
fn episodes_apart(a: &Draft, b: &Draft) -> bool {
    let latest = |d: &Draft| d.span.latest_end;
    let earliest = |d: &Draft| d.span.earliest_start;
    a.background
        || b.background
        || matches!((latest(a), earliest(b)), (Some(x), Some(y)) if (y - x).num_days() > 31)
        || matches!((latest(b), earliest(a)), (Some(x), Some(y)) if (y - x).num_days() > 31)
}

/// What one of the parties to recent talks (at most two sentences back) said, undated and not
/// violent: part of the talks.
fn talks_spoken_at(m: &Mention, drafts: &[Draft], order: &[usize]) -> Option<usize> {
    if m.speaker.is_empty() || m.date.is_some() || is_violent(m.event_type) || m.anchor {
        return None;
    }
    order.iter().copied().find(|&d| {
        drafts[d].event_type == EventType::Talks
            && drafts[d].status != Status::Planned
            && m.sentence.saturating_sub(drafts[d].last.0) <= 2
            && drafts[d].actors.iter().any(|a| m.speaker.contains(a))
    })
}

/// A mention weighed against the incidents told.
struct Fit<'a> {
    m: &'a Mention,
    gaz: &'a Gazetteer,
    /// "The visit" with no date or status word of its own points back to the visit told, be it
    /// planned, whatever countries its sentence names.
    points_back: bool,
    /// It only gives a toll.
    toll_only: bool,
}

impl<'a> Fit<'a> {
    fn new(m: &'a Mention, gaz: &'a Gazetteer) -> Fit<'a> {
        Fit {
            m,
            gaz,
            points_back: m.reference
                || (m.definite && !m.generic && m.date.is_none() && m.status_why.is_empty()),
            toll_only: m.date.is_none() && toll_only(m),
        }
    }

    /// The same act, status (planned with planned, unless it points back), place (or places a
    /// few kilometres apart, unless they are two sides' mirrored claims) and sides.
    fn base_ok(&self, d: &Draft) -> bool {
        let (m, gaz) = (self.m, self.gaz);
        let status_ok =
            self.points_back || (m.status == Status::Planned) == (d.status == Status::Planned);
        ((!m.distinct && !d.distinct) || m.concept == d.concept)
            && status_ok
            && (self.toll_only
                || !places_conflict(gaz, &m.place, &d.place)
                || (places_near(gaz, &m.place, &d.place) && !mirrored_claims(gaz, m, d)))
            && (self.points_back || self.toll_only || !sides_conflict(m, d))
            && (self.points_back || !other_speaker(m, d))
    }

    /// Its date, if any, overlaps every date the incident was given.
    fn date_fits(&self, d: &Draft) -> bool {
        match &self.m.date {
            // Told as said on a day ("announced on Friday that it had freed Heglig"): it
            // happened by then, so not on a later day the incident was given.
            // So with an act it came before ("closed in 2023 after an exchange of fire").
            None => {
                [self.m.until, self.m.came_before]
                    .into_iter()
                    .flatten()
                    .all(|u| d.span.latest_start.is_none_or(|e| e <= u))
                    && shared_day_fits(self.m, d)
            }
            // Nor before the day it went on since, nor after the day it was announced.
            Some(r) => {
                overlaps(&r.date, d)
                    && d.since
                        .is_none_or(|s| r.date.latest().is_none_or(|l| l >= s))
                    && d.until
                        .is_none_or(|u| r.date.earliest().is_none_or(|e| e <= u))
            }
        }
    }

    /// A word that refers back joins the latest incident of its kind that fits (first the same
    /// type, then the same family); a definite specific word whose date does not fit is the same
    /// incident told with another date (disputed).
    fn referred_to(&self, drafts: &[Draft], order: &[usize], published: NaiveDate) -> Target {
        let m = self.m;
        // "the peace talks, which Pastrana ended on Feb. 20, 2002": a mention dated years
        // back names an older act of its kind, not the undated one the news told ("Uribe
        // telephoned Correa shortly after dawn").
        let years_back = m
            .date
            .as_ref()
            .and_then(|r| r.date.latest())
            .is_some_and(|l| l < published - chrono::Days::new(365));
        for pass in 0..2 {
            for &d in order {
                let dr = &drafts[d];
                let kind_ok = if pass == 0 {
                    same_kind(m, dr)
                } else {
                    families_match(m, dr)
                };
                if !kind_ok || !self.base_ok(dr) {
                    continue;
                }
                // A dated mention gives its date only to an undated incident of its own kind;
                // a mention with a place of its own joins only an incident at that place.
                // "بموجب اتفاقية وقعت عام 1996": a reference with a date of its own names that
                // agreement, not an undated one the report told.
                if m.reference && m.date.is_some() && dr.readings.is_empty() {
                    continue;
                }
                if years_back
                    && dr.readings.is_empty()
                    && !dr.background
                    && m.concept != dr.concept
                    && !is_violent(dr.event_type)
                {
                    continue;
                }
                // ("ارتفعت حصيلة الهجوم بطائرة مسيرة" then "أعلنت أن الهجوم وقع يوم الاثنين":
                // the attack, named again with its day right after an undated one was told,
                // dates that one.)
                let dates_the_last_told = m.definite
                    && !dr.background
                    && dr.status == m.status
                    && m.sentence.saturating_sub(dr.last.0) <= 1
                    && order.first() == Some(&d);
                if pass > 0
                    && ((m.date.is_some() && dr.readings.is_empty() && !dates_the_last_told)
                        || (m.place.is_some() && dr.place.is_none() && !self.toll_only))
                {
                    continue;
                }
                if self.date_fits(dr) {
                    return Target::Join(d);
                }
                if pass == 0
                    && m.definite
                    && !m.generic
                    && m.concept == dr.concept
                    && !dr.readings.is_empty()
                    && !days_apart(m, dr)
                {
                    return Target::Dispute(d);
                }
            }
        }
        Target::New
    }

    /// A mention that names an incident again: the same kind (or planned meetings of the same
    /// family with an actor in common), with a date that fits. A dated mention does not date an
    /// undated incident, except the fighting a report opens with ("The death toll from the
    /// fighting rose ..." then "the Sept. 14-16 hostilities"), if the date is recent.
    fn told_again(
        &self,
        drafts: &[Draft],
        order: &[usize],
        published: NaiveDate,
        flashback: bool,
    ) -> Target {
        let m = self.m;
        for &d in order {
            let dr = &drafts[d];
            // "Ethiopian forces ambushed an army patrol" in the lede, then in the very next
            // sentence "the patrol was attacked on Tuesday": one act of violence, the body
            // giving its day. Not a sentence that steps back to what came before ("clashes
            // had erupted in the morning").
            let lede_violence = !flashback
                && dr.readings.is_empty()
                && lede_only(dr)
                && !dr.generic
                && m.sentence == dr.last.0 + 1
                && is_violent(m.event_type)
                && is_violent(dr.event_type)
                && m.status != Status::Planned
                && dr.status != Status::Planned
                && m.date
                    .as_ref()
                    .is_some_and(|r| r.date.exact_day().is_some());
            let kind_ok = same_kind(m, dr)
                || lede_violence
                || (m.status == Status::Planned
                    && dr.status == Status::Planned
                    && families_match(m, dr)
                    && m.actors.iter().any(|a| dr.actors.contains(a)));
            if !kind_ok || !self.base_ok(dr) {
                continue;
            }
            let recent = |r: &DateReading| {
                r.date
                    .latest()
                    .is_some_and(|l| l <= published && (published - l).num_days() <= 31)
            };
            match &m.date {
                Some(r)
                    if dr.readings.is_empty() && dr.told_as_known && dr.generic && recent(r) =>
                {
                    return Target::Join(d);
                }
                // The lede sums up what the body then tells with its date ("clashes involving
                // drones killed 46 and forced 136,000 to flee" before "on Friday a drone
                // struck"): the body's telling dates the lede's incident.
                Some(r) if dr.readings.is_empty() && lede_only(dr) && recent(r) => {
                    return Target::Join(d);
                }
                Some(_) if dr.readings.is_empty() => continue,
                _ if !self.date_fits(dr) => continue,
                // "A week ago, three were killed by shelling" told after a shelling on Friday:
                // an act dated only to a span is not narrowed to a day of another telling.
                Some(r) if r.date.exact_day().is_none() && dr.span.any_exact_day => {
                    continue;
                }
                _ => return Target::Join(d),
            }
        }
        Target::New
    }
}

/// A mention dated days away from every date an incident was given: "the shell that killed
/// five on Wednesday", told after a shell that fell on Sunday, is that older shell, not the
/// Sunday one told with another date. (Reports that disagree about one act's day are a day
/// or two apart: "28 or 29 April".)
fn days_apart(m: &Mention, d: &Draft) -> bool {
    const DISPUTED_DAYS: i64 = 2;
    let Some(r) = &m.date else { return false };
    let far = |a: Option<NaiveDate>, b: Option<NaiveDate>| {
        a.zip(b)
            .is_some_and(|(a, b)| (b - a).num_days() > DISPUTED_DAYS)
    };
    far(r.date.latest(), d.span.earliest_start) || far(d.span.latest_end, r.date.earliest())
}

/// Told only in the report's first two sentences (a caption, a lede) or in summary lines
/// (bullets).
fn lede_only(d: &Draft) -> bool {
    (d.last.0 <= 1 || d.summary_only) && !d.background
}

fn families_match(m: &Mention, d: &Draft) -> bool {
    let ceasefire_family = |t| matches!(t, EventType::Ceasefire | EventType::Agreement);
    let meeting_family = |t| matches!(t, EventType::Talks | EventType::Visit);
    (ceasefire_family(m.event_type) && ceasefire_family(d.event_type))
        || ((m.generic || (m.continues && m.date.is_none()))
            && is_violent(m.event_type)
            && is_violent(d.event_type))
        || (m.status == Status::Planned
            && d.status == Status::Planned
            && meeting_family(m.event_type)
            && meeting_family(d.event_type))
}

fn same_kind(m: &Mention, d: &Draft) -> bool {
    m.event_type == d.event_type && (m.event_type != EventType::Other || m.concept == d.concept)
}

fn places_conflict(gaz: &Gazetteer, a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let listed = |p: &str| gaz.place_by_name(p).is_some();
            match (listed(x), listed(y)) {
                (true, true) => !(gaz.place_within(x, y) || gaz.place_within(y, x)),
                // Two names the gazetteer does not list: two places, unless spelled alike.
                (false, false) => crate::ingest::roles::unlisted::two_places(x, y),
                // Where an unlisted place lies is not known: it may be inside the other.
                _ => false,
            }
        }
        _ => false,
    }
}

/// Two places a few kilometres apart (border villages facing each other): two mentions of
/// one incident may name either ("near Vorukh" and "near Ak-Sai").
fn places_near(gaz: &Gazetteer, a: &Option<String>, b: &Option<String>) -> bool {
    let at = |p: &Option<String>| {
        p.as_deref()
            .and_then(|n| gaz.place_by_name(n))
            .and_then(|p| p.latitude.zip(p.longitude))
    };
    match (at(a), at(b)) {
        (Some((la, lo)), Some((lb, lob))) => {
            let dy = (la - lb) * 111.0;
            let dx = (lo - lob) * 111.0 * la.to_radians().cos();
            (dx * dx + dy * dy).sqrt() <= 20.0
        }
        _ => false,
    }
}

/// Two claims about places in different countries ("Bishkek says Tajik forces shelled
/// Batken", "Dushanbe says Kyrgyz forces shelled Isfara"): each side's own account, two
/// incidents however near the places lie.
fn mirrored_claims(gaz: &Gazetteer, m: &Mention, d: &Draft) -> bool {
    let country = |p: &Option<String>| {
        p.as_deref()
            .and_then(|n| gaz.place_by_name(n))
            .and_then(|p| p.country.clone())
    };
    m.status == Status::Claimed
        && d.status == Status::Claimed
        && matches!((country(&m.place), country(&d.place)), (Some(a), Some(b)) if a != b)
}

/// Words of one speaker told after words of another ("the engineers told us ...", then "the
/// UN envoy condemned the attack"): two statements, whatever their days.
fn other_speaker(m: &Mention, d: &Draft) -> bool {
    let spoken = |t| matches!(t, EventType::Statement | EventType::Accusation);
    // A bare saying nobody is named for ("the two sides confirmed on Friday that calm
    // prevailed") is not the words of one who is named, or whose capital is ("وكانت موسكو قد
    // دعت", read as the place of the words).
    let bare = |concept: &str, actors: &[String]| {
        concept == crate::ingest::mentions::grouping::SAYING && actors.is_empty()
    };
    let named = |actors: &[String], place: &Option<String>| !actors.is_empty() || place.is_some();
    spoken(m.event_type)
        && spoken(d.event_type)
        && (m
            .actors
            .first()
            .zip(d.actors.first())
            .is_some_and(|(a, b)| a != b && !d.actors.contains(a))
            || (bare(&m.concept, &m.actors) && named(&d.actors, &d.place))
            || (bare(&d.concept, &d.actors) && named(&m.actors, &m.place)))
}

fn sides_conflict(m: &Mention, d: &Draft) -> bool {
    !m.countries.is_empty()
        && !d.countries.is_empty()
        && !m.countries.iter().any(|c| d.countries.contains(c))
}
