//! English reports written in the styles real outlets use (wire, AP, Al Jazeera, RFE/RL,
//! Eurasianet, a government press release, a liveblog), on the Kyrgyz–Tajik border clashes of
//! 2014, 2021 and 2022, Armenia–Azerbaijan (2022) and Sudan (2023): what a careful analyst reads
//! out of each, and above all no date the text does not support.

mod ingest_support;
mod workdir;

use tarikh::ingest::{Extraction, IngestError, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident, Status};
use workdir::day;

const DIR: &str = "tests/data/reports/en";

fn try_read(name: &str, published: Option<&str>) -> Result<Extraction, IngestError> {
    let path = format!("{DIR}/{name}");
    let raw = std::fs::read_to_string(&path).expect("test report");
    let options = IngestOptions {
        published: published.map(day),
        ..Default::default()
    };
    ingest_report(&path, &raw, &options)
}

fn read(name: &str, published: Option<&str>) -> Extraction {
    let x = try_read(name, published).expect("the report is read");
    ingest_support::print(&x);
    x
}

/// The incidents of a type whose date reads `edtf`.
fn dated<'a>(x: &'a Extraction, t: EventType, edtf: &str) -> Vec<&'a Incident> {
    x.incidents
        .iter()
        .filter(|i| i.event_type == t && i.date.to_edtf() == edtf)
        .collect()
}

/// Exactly one incident of this type, date and status.
fn one<'a>(x: &'a Extraction, t: EventType, edtf: &str, status: Status) -> &'a Incident {
    let found: Vec<&Incident> = dated(x, t, edtf)
        .into_iter()
        .filter(|i| i.status == status)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one {status} {t} dated {edtf}, found {}",
        found.len()
    );
    found[0]
}

/// No incident (of any type) is pinned to this day.
fn no_incident_on(x: &Extraction, d: &str) {
    for i in &x.incidents {
        assert_ne!(
            i.date.exact_day(),
            Some(day(d)),
            "{} is dated {d}, a day the text does not give it",
            i.title
        );
    }
}

/// Every incident of this type lies within [lo, hi] (either bound optional).
fn all_within(x: &Extraction, t: EventType, lo: Option<&str>, hi: Option<&str>) {
    let mut n = 0;
    for i in x.incidents.iter().filter(|i| i.event_type == t) {
        n += 1;
        if let Some(lo) = lo {
            assert!(
                i.date.earliest().is_some_and(|a| a >= day(lo)),
                "{}: {} may start before {lo}",
                i.title,
                i.date.to_edtf()
            );
        }
        if let Some(hi) = hi {
            assert!(
                i.date.latest().is_some_and(|b| b <= day(hi)),
                "{}: {} may end after {hi}",
                i.title,
                i.date.to_edtf()
            );
        }
    }
    assert!(n > 0, "no {t} incident at all");
}

fn evidence_has(i: &Incident, words: &str) -> bool {
    i.evidence.iter().any(|e| e.sentence.contains(words))
}

#[test]
fn wire_2014_dateline_with_year_dates_the_saturday_shootout() {
    let x = read("2014-01-12-wire-border-guards-exchange-fire.txt", None);
    assert_eq!(x.report.published, day("2014-01-12"));
    let clash = one(&x, EventType::ArmedClash, "2014-01-11", Status::Occurred);
    // Wounded, no one killed: no death toll.
    assert_eq!(clash.fatalities.low, None);
    assert_eq!(clash.fatalities.best, None);
    // "said on Sunday" dates the saying, not the shooting.
    assert!(dated(&x, EventType::ArmedClash, "2014-01-12").is_empty());
    one(&x, EventType::Other, "2014-01-12", Status::Occurred); // border crossings closed
    one(&x, EventType::Talks, "2014-01-14", Status::Planned); // "expected to meet on Tuesday"
    // Recalling an ambassador "for consultations" is no talks.
    assert!(
        x.incidents
            .iter()
            .all(|i| !(i.event_type == EventType::Talks && i.status == Status::Occurred))
    );
}

#[test]
fn rferl_vorukh_brawl_is_one_incident_of_the_eleventh() {
    let x = read("2021-01-13-rferl-vorukh-brawl.txt", None);
    let brawl = one(&x, EventType::MobViolence, "2021-01-11", Status::Occurred);
    assert_eq!(brawl.fatalities.low, None, "seven injured, no one killed");
    one(&x, EventType::Talks, "2021-01-12", Status::Occurred);
    one(
        &x,
        EventType::Talks,
        "[2021-01-18..2021-01-24]",
        Status::Planned,
    );
    one(&x, EventType::ArmedClash, "2014", Status::Occurred); // background
    // "intervened ..., and the situation was calm on the morning of January 12": the calm is
    // dated, not the intervention.
    all_within(
        &x,
        EventType::Deployment,
        Some("2021-01-11"),
        Some("2021-01-13"),
    );
    assert!(dated(&x, EventType::Deployment, "2021-01-12").is_empty());
    all_within(
        &x,
        EventType::PropertyDestruction,
        Some("2021-01-11"),
        Some("2021-01-13"),
    );
}

#[test]
fn al_jazeera_2021_ceasefire_report() {
    let x = read("2021-04-30-aljazeera-ceasefire.txt", None);
    one(&x, EventType::ArmedClash, "2019", Status::Occurred);
    // The presidents' call happened on Friday; the security chiefs' meeting is to come.
    one(&x, EventType::Talks, "2021-04-30", Status::Occurred);
    one(&x, EventType::Talks, "[2021-04-30..]", Status::Planned);
    // The stones were thrown on or before the Thursday the fighting erupted.
    all_within(&x, EventType::MobViolence, None, Some("2021-04-29"));
    all_within(&x, EventType::Ceasefire, None, Some("2021-04-30"));
    all_within(
        &x,
        EventType::Displacement,
        Some("2021-04-29"),
        Some("2021-04-30"),
    );
    // "The fighting erupted on Thursday ..., after residents ... threw stones": the fighting is
    // Thursday's, the stones come before it.
    let main = one(&x, EventType::ArmedClash, "2021-04-29", Status::Occurred);
    assert_eq!(main.fatalities.low, Some(31));
    // The headlines under "Read more" are links, not evidence.
    for i in &x.incidents {
        assert!(!evidence_has(i, "water wars"), "{}", i.title);
        assert!(
            !evidence_has(i, "frequently lead to violence"),
            "{}",
            i.title
        );
    }
}

#[test]
fn eurasianet_analysis_keeps_background_years_apart() {
    let x = read("2021-05-06-eurasianet-analysis.txt", None);
    let april = one(
        &x,
        EventType::ArmedClash,
        "2021-04-28/2021-04-29",
        Status::Occurred,
    );
    // 36 on the Kyrgyz side and 19 Tajik citizens: 55, not a dispute.
    assert_eq!(april.fatalities.low, Some(55));
    assert!(april.disputed.is_empty(), "{}", april.disputed);
    one(&x, EventType::Ceasefire, "2021-04-29", Status::Occurred);
    // "signed a protocol under which troops were to return to their bases": the signing
    // happened on May 1; only its terms are to come.
    one(&x, EventType::Agreement, "2021-05-01", Status::Occurred);
    // "flew to Dushanbe on Monday for further talks": one visit, the talks its purpose.
    one(&x, EventType::Visit, "2021-05-03", Status::Occurred);
    // "talks stalled after a change of government in October": October dates no talks.
    assert!(x.incidents.iter().all(|i| i.date.to_edtf() != "2020-10"));
    one(&x, EventType::Talks, "2020", Status::Occurred);
    one(&x, EventType::ArmedClash, "2014-01", Status::Occurred);
    one(&x, EventType::ArmedClash, "2014-07", Status::Occurred);
    // "the bloodiest since independence" marks a time, it tells no incident.
    assert!(x.incidents.iter().all(|i| i.event_type != EventType::Other));
    // A subheading is no evidence.
    assert!(
        !april
            .evidence
            .iter()
            .any(|e| e.sentence.contains("history of"))
    );
    let chorkuh = one(&x, EventType::ArmedClash, "2019-09", Status::Occurred);
    assert!(chorkuh.fatalities.low >= Some(3));
    one(
        &x,
        EventType::Talks,
        "[2021-05-07..2021-05-31]",
        Status::Planned,
    );
    all_within(
        &x,
        EventType::Displacement,
        Some("2021-04-28"),
        Some("2021-05-06"),
    );
    // "Both sides blamed the other" is told in the 2014 paragraph: not after the 2021 fighting.
    let blame = x
        .incidents
        .iter()
        .find(|i| evidence_has(i, "Both sides blamed"))
        .expect("the mutual blame");
    assert!(blame.date.earliest() < Some(day("2021-01-01")));
}

#[test]
fn press_release_dates_the_shooting_and_the_meeting() {
    let x = read("2022-01-28-press-release-kg-border-service.txt", None);
    one(&x, EventType::ArmedClash, "2022-01-27", Status::Occurred);
    one(&x, EventType::Talks, "2022-01-28", Status::Occurred);
    all_within(&x, EventType::Withdrawal, Some("2022-01-28"), None);
    assert!(
        x.incidents
            .iter()
            .filter(|i| i.event_type == EventType::Withdrawal)
            .all(|i| i.status == Status::Planned)
    );
    // "strongly protests against the actions": a diplomatic protest, not a demonstration.
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::Protest)
    );
    all_within(
        &x,
        EventType::Ceasefire,
        Some("2022-01-27"),
        Some("2022-01-28"),
    );
}

#[test]
fn armenia_azerbaijan_tolls_of_both_sides_add_up() {
    let x = read("2022-09-13-wire-armenia-azerbaijan.txt", None);
    let fighting = x
        .incidents
        .iter()
        .find(|i| {
            i.event_type == EventType::ArmedClash && i.date.latest() == Some(day("2022-09-13"))
        })
        .expect("the fighting");
    // 49 Armenian soldiers (at least) and 50 Azerbaijani servicemen.
    assert_eq!(fighting.fatalities.low, Some(99));
    one(&x, EventType::Talks, "2022-09-14", Status::Planned); // UN Security Council
    one(&x, EventType::Ceasefire, "2020-11-10", Status::Occurred);
    // "since a 2020 war" is the 2020 war, not a second war this week. The tagger now dates
    // "a 2020 war"; the ingester does not yet join that mention with the war of 2020 the
    // report tells later (different actors and place), so the war is there twice, both times
    // dated 2020.
    assert!(!dated(&x, EventType::ArmedClash, "2020").is_empty());
    let clashes_since_2020 = x
        .incidents
        .iter()
        .filter(|i| {
            i.event_type == EventType::ArmedClash && i.date.earliest() > Some(day("2020-12-31"))
        })
        .count();
    assert_eq!(clashes_since_2020, 1, "this week's fighting only");
    for i in &x.incidents {
        if i.status != Status::Planned {
            assert!(i.date.latest() <= Some(day("2022-09-13")), "{}", i.title);
        }
    }
}

#[test]
fn liveblog_reads_wednesday_thursday_and_the_coming_summit() {
    let x = read("2022-09-15-liveblog-kg-tj.txt", None);
    one(&x, EventType::ArmedClash, "2022-09-14", Status::Claimed);
    let thursday = dated(&x, EventType::ArmedClash, "2022-09-15");
    assert!(!thursday.is_empty());
    // "due to attend a summit ... on Thursday and Friday", written on the Thursday.
    one(
        &x,
        EventType::Talks,
        "2022-09-15/2022-09-16",
        Status::Planned,
    );
    no_incident_on(&x, "2022-09-09");
    // "A ceasefire was agreed the same evening": Wednesday's.
    one(&x, EventType::Ceasefire, "2022-09-14", Status::Occurred);
}

#[test]
fn wire_without_a_year_is_refused() {
    // "Sept 16" with no year, and nothing in the text settles it (no weekday beside a date,
    // no year of its own): refused, never read as a guessed year.
    let err = match try_read("2022-09-16-wire-kg-tj-ceasefire.txt", None) {
        Err(e) => e.to_string(),
        Ok(x) => panic!("read as published {}", x.report.published),
    };
    assert!(
        err.contains("'Sept 16' has no year") && err.contains("--published"),
        "{err}"
    );
}

#[test]
fn wire_ceasefire_report_with_its_day() {
    let x = read("2022-09-16-wire-kg-tj-ceasefire.txt", Some("2022-09-16"));
    one(&x, EventType::Ceasefire, "2022-09-16", Status::Occurred);
    let april = one(&x, EventType::ArmedClash, "2021-04", Status::Occurred);
    assert_eq!(april.fatalities.best, Some(50));
    one(&x, EventType::Talks, "[2022-09-16..]", Status::Planned);
    // The mortars were Thursday's; the April 2021 date belongs to the flare-up alone.
    one(&x, EventType::Shelling, "2022-09-15", Status::Claimed);
    all_within(&x, EventType::Withdrawal, Some("2022-09-16"), None);
    all_within(
        &x,
        EventType::Displacement,
        Some("2022-09-14"),
        Some("2022-09-16"),
    );
    // The 24 Kyrgyz dead are the fighting's, not the Tajik claim's single civilian.
    let isfara = x
        .incidents
        .iter()
        .find(|i| i.place.as_deref() == Some("Isfara"))
        .expect("the Tajik claim about Isfara");
    assert_eq!(isfara.status, Status::Claimed);
    assert_eq!(isfara.fatalities.best, Some(1));
}

#[test]
fn ap_death_toll_report_never_dates_the_fighting_by_the_toll() {
    let x = read("2022-09-18-ap-death-toll.txt", None);
    let hostilities = one(
        &x,
        EventType::ArmedClash,
        "2022-09-14/2022-09-16",
        Status::Occurred,
    );
    // 59 Kyrgyz citizens and 35 on the Tajik side.
    assert_eq!(hostilities.fatalities.low, Some(94));
    // "The death toll ... rose to nearly 100 on Sunday": Sunday is when the toll was given.
    assert!(dated(&x, EventType::ArmedClash, "2022-09-18").is_empty());
    one(&x, EventType::Ceasefire, "2022-09-16", Status::Occurred);
    one(&x, EventType::ArmedClash, "2022-09-17", Status::Claimed); // firing near Ak-Sai
    one(&x, EventType::Talks, "2022-09-16", Status::Occurred); // Putin's calls
    one(&x, EventType::Talks, "2022-09-20", Status::Planned);
    // "declared Monday a national day of mourning", written on a Sunday: the coming Monday.
    one(&x, EventType::Statement, "2022-09-19", Status::Planned);
    no_incident_on(&x, "2022-09-12");
    // The photo was taken on Saturday; the house burned before. A caption is no evidence.
    assert!(dated(&x, EventType::PropertyDestruction, "2022-09-17").is_empty());
    assert!(x.incidents.iter().all(|i| !evidence_has(i, "AP Photo")));
    all_within(
        &x,
        EventType::PropertyDestruction,
        Some("2022-09-14"),
        Some("2022-09-18"),
    );
    all_within(
        &x,
        EventType::Displacement,
        Some("2022-09-14"),
        Some("2022-09-18"),
    );
}

#[test]
fn rferl_follow_up_dates_meeting_rally_and_plans() {
    let x = read("2022-09-27-rferl-withdrawal-deal.txt", None);
    one(&x, EventType::Talks, "2022-09-25", Status::Occurred);
    one(
        &x,
        EventType::ArmedClash,
        "[2022-09-01..2022-09-26]",
        Status::Occurred,
    );
    one(&x, EventType::Protest, "2022-09-24", Status::Occurred);
    one(&x, EventType::Talks, "2022-10-14", Status::Planned);
    // Checkpoints dismantled "by October 1": on or before that day.
    one(
        &x,
        EventType::Other,
        "[2022-09-27..2022-10-01]",
        Status::Planned,
    );
    one(&x, EventType::Agreement, "2021", Status::Occurred); // Kyrgyz-Uzbek deal
    one(
        &x,
        EventType::Arrest,
        "[2022-09-19..2022-09-25]",
        Status::Occurred,
    );
    // "by October 1" is this year's, never last year's.
    no_incident_on(&x, "2021-10-01");
    assert!(
        x.incidents
            .iter()
            .all(|i| !i.date.to_edtf().starts_with("2021-10"))
    );
    // "the bodies of the dead" is no toll.
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::Attack)
    );
}

#[test]
fn sudan_april_2023_fighting() {
    let x = read("2023-04-17-sudan-fighting.txt", None);
    let fighting = one(&x, EventType::ArmedClash, "2023-04-15", Status::Occurred);
    assert!(fighting.fatalities.low >= Some(97));
    one(&x, EventType::Ceasefire, "2023-04-16", Status::Occurred); // the three-hour pause
    one(&x, EventType::Agreement, "2022-12", Status::Occurred);
    one(&x, EventType::Attack, "2023-04-15", Status::Claimed); // RSF: the army attacked first
    one(&x, EventType::Talks, "2023-04-16", Status::Occurred); // Arab League in Cairo
    one(&x, EventType::Other, "2021-10", Status::Occurred); // the coup
    let wfp = x
        .incidents
        .iter()
        .find(|i| evidence_has(i, "World Food Programme"))
        .expect("the WFP staff killed");
    assert_eq!(wfp.fatalities.best, Some(3));
    // Nothing but the planned visit lies after the publication day, and no fighting is planned.
    for i in &x.incidents {
        assert!(
            i.status == Status::Planned || i.date.latest() <= Some(day("2023-04-17")),
            "{}",
            i.title
        );
        assert!(
            !(i.status == Status::Planned && i.event_type == EventType::ArmedClash),
            "{}",
            i.title
        );
    }
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Visit && i.status == Status::Planned)
    );
}

#[test]
fn relative_clauses_day_after_and_claims_in_short_sentences() {
    let raw = "---\npublished: 2022-09-20\n---\n\
Kyrgyz border guards said on Monday that Tajik troops had fired on their positions on Sunday.\n\n\
The clashes, which began on Wednesday, killed 24 people.\n\n\
Fighting erupted again on Friday, a day after the two sides agreed to a truce.\n\n\
Officials said the two sides would withdraw troops by Sunday.\n";
    let x = ingest_report("short.txt", raw, &IngestOptions::default()).expect("read");
    // One side says the other fired: a claim, on the Sunday, apart from Wednesday's clashes.
    one(&x, EventType::ArmedClash, "2022-09-18", Status::Claimed);
    let clashes = one(&x, EventType::ArmedClash, "2022-09-14", Status::Occurred);
    assert_eq!(clashes.fatalities.best, Some(24));
    one(&x, EventType::ArmedClash, "2022-09-16", Status::Occurred);
    // "a day after the two sides agreed to a truce": the truce is Thursday's.
    one(&x, EventType::Ceasefire, "2022-09-15", Status::Occurred);
    no_incident_on(&x, "2022-09-17");
    // "would withdraw troops by Sunday": a deadline, on or before the coming Sunday.
    one(
        &x,
        EventType::Withdrawal,
        "[2022-09-20..2022-09-25]",
        Status::Planned,
    );
}

#[test]
fn the_day_of_agreeing_is_not_the_day_of_what_was_agreed() {
    let raw = "---\npublished: 2021-05-03\n---\n\
The two sides agreed on Friday to withdraw troops from the border.\n\n\
The two sides exchanged fire late on Thursday near Kok-Tash, a day after villagers clashed over a water pipe.\n\n\
At least 41 people were killed, according to the health ministry.\n";
    let x = ingest_report("agree.txt", raw, &IngestOptions::default()).expect("read");
    one(&x, EventType::Agreement, "2021-04-30", Status::Occurred);
    // The withdrawal is to come, on no day the text gives; never the coming Friday.
    all_within(&x, EventType::Withdrawal, Some("2021-05-03"), None);
    assert!(dated(&x, EventType::Withdrawal, "2021-05-07").is_empty());
    let fire = one(&x, EventType::ArmedClash, "2021-04-29", Status::Occurred);
    assert_eq!(fire.fatalities.low, Some(41), "the toll is the shooting's");
    one(&x, EventType::MobViolence, "2021-04-28", Status::Occurred);
}

#[test]
fn earlier_this_year_bounds_without_inventing_a_day() {
    let raw = "---\npublished: 2022-09-21\n---\n\
Earlier this year, the two countries signed a protocol on water sharing.\n\n\
Clashes between Sept 14 and 16 killed dozens of people on both sides.\n";
    let x = ingest_report("earlier.txt", raw, &IngestOptions::default()).expect("read");
    all_within(
        &x,
        EventType::Agreement,
        Some("2022-01-01"),
        Some("2022-09-21"),
    );
    assert!(
        x.incidents
            .iter()
            .filter(|i| i.event_type == EventType::Agreement)
            .all(|i| i.date.exact_day().is_none())
    );
    let clashes = one(
        &x,
        EventType::ArmedClash,
        "2022-09-14/2022-09-16",
        Status::Occurred,
    );
    // "dozens" stays a range.
    assert_eq!(clashes.fatalities.low, Some(24));
    assert_eq!(clashes.fatalities.best, None);
}
