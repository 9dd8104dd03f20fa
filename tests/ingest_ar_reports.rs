//! Arabic reports in the styles of Arabic outlets (tests/data/reports/ar/): Egyptian,
//! Gulf (Hijri dateline), Levantine (Syriac month names), Maghrebi (ماي، أفريل، شتنبر), Al
//! Jazeera, Sky News Arabia, RT, Anadolu. Each test states what a careful analyst reads out of
//! one report: its key incidents with their dates, types and statuses, casualty figures, and
//! that no incident carries a day the text does not support.

mod ingest_support;
mod workdir;

use chrono::NaiveDate;

use ingest_support::{all, one};
use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident, Status};
use workdir::day;

const DIR: &str = "tests/data/reports/ar";

fn read(name: &str) -> Extraction {
    let path = format!("{DIR}/{name}");
    let raw = std::fs::read_to_string(&path).expect("report file");
    let x = ingest_report(&path, &raw, &IngestOptions::default()).expect("the report is read");
    ingest_support::print(&x);
    x
}

fn on(i: &Incident, d: &str) -> bool {
    i.date.exact_day() == Some(day(d))
}

fn bounds(i: &Incident) -> (Option<NaiveDate>, Option<NaiveDate>) {
    (i.date.earliest(), i.date.latest())
}

/// Within [lo, hi] and not one invented day.
fn within(i: &Incident, lo: &str, hi: &str) -> bool {
    let (a, b) = bounds(i);
    a.is_some_and(|a| a >= day(lo)) && b.is_some_and(|b| b <= day(hi))
}

/// Every incident dated to a single day is dated to one of the days the text supports.
fn only_days(x: &Extraction, days: &[&str]) {
    let ok: Vec<NaiveDate> = days.iter().map(|d| day(d)).collect();
    for i in &x.incidents {
        if let Some(d) = i.date.exact_day() {
            assert!(
                ok.contains(&d),
                "{} is dated {d}, a day the text does not give it",
                i.title
            );
        }
    }
}

/// Every incident lies within [lo, hi] (background included).
fn all_within(x: &Extraction, lo: &str, hi: &str) {
    for i in &x.incidents {
        let (a, b) = bounds(i);
        assert!(
            a.is_none_or(|a| a >= day(lo)) && b.is_some_and(|b| b <= day(hi)),
            "{} is dated {}, outside {lo}..{hi}",
            i.title,
            i.date.to_edtf()
        );
    }
}

#[test]
fn aljazeera_april_2021_clashes() {
    let x = read("01-aljazeera-kg-tj-2021-04-30.txt");
    assert_eq!(x.report.published, day("2021-04-30"));
    // Clashes yesterday, Thursday: at least 13 killed (injuries are not deaths).
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2021-04-29"));
    assert_eq!(c.fatalities.low, Some(13));
    assert_eq!(c.fatalities.high, None);
    assert_eq!(c.place.as_deref(), Some("Kok-Tash"));
    assert_eq!(c.status, Status::Occurred);
    // The ceasefire announced yesterday evening, after the clashes.
    let cf = one(&x, EventType::Ceasefire, |_| true);
    assert!(
        within(cf, "2021-04-29", "2021-04-30"),
        "{}",
        cf.date.to_edtf()
    );
    // Fire exchanged again this morning, Friday.
    one(&x, EventType::ArmedClash, |i| on(i, "2021-04-30"));
    // The 2014 exchange of fire near Vorukh: January 2014, background.
    let old = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2014-01");
    assert_eq!(old.place.as_deref(), Some("Vorukh"));
    assert_eq!(
        old.fatalities.low, None,
        "'عدة أشخاص' were injured, not killed"
    );
    // Bishkek accuses Tajik forces of an incursion and of burning houses: two claims.
    let d = one(&x, EventType::Deployment, |_| true);
    assert_eq!(d.status, Status::Claimed);
    let p = one(&x, EventType::PropertyDestruction, |_| true);
    assert_eq!(p.status, Status::Claimed);
    // The capitals speak for their governments; they are not where anything happened.
    assert!(
        x.incidents
            .iter()
            .all(|i| !matches!(i.place.as_deref(), Some("Dushanbe" | "Bishkek")))
    );
    // The presidents' meeting next month: planned, May 2021.
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    assert_eq!(t.date.to_edtf(), "2021-05");
    // The headline under "اقرأ أيضا" links another article: no mourning incident from it.
    assert!(all(&x, EventType::Statement).is_empty());
    assert!(all(&x, EventType::Displacement).len() == 1);
    only_days(&x, &["2021-04-29", "2021-04-30"]);
    all_within(&x, "2014-01-01", "2021-05-31");
}

#[test]
fn skynews_renewed_clashes_september_2022() {
    let x = read("02-skynews-kg-tj-2022-09-16.txt");
    // Renewed on Friday; the first clashes two days before are another incident, with a death.
    let renewed = one(&x, EventType::ArmedClash, |i| on(i, "2022-09-16"));
    assert!(renewed.place.as_deref() != Some("Samarkand"));
    let first = one(&x, EventType::ArmedClash, |i| !on(i, "2022-09-16"));
    assert!(
        first.date.latest() == Some(day("2022-09-15")),
        "{}",
        first.date.to_edtf()
    );
    assert_eq!(first.fatalities.low, Some(1));
    // Each side says the other shelled it.
    let shelling = all(&x, EventType::Shelling);
    assert_eq!(shelling.len(), 2);
    assert!(shelling.iter().all(|i| i.status == Status::Claimed));
    assert!(
        shelling
            .iter()
            .any(|i| i.place.as_deref() == Some("Isfara"))
    );
    // "ستجلي": the evacuation is planned.
    let ev = one(&x, EventType::Displacement, |_| true);
    assert_eq!(ev.status, Status::Planned);
    // The summit in Samarkand happened.
    let summit = one(&x, EventType::Talks, |_| true);
    assert_eq!(summit.place.as_deref(), Some("Samarkand"));
    assert_eq!(summit.status, Status::Occurred);
    only_days(&x, &["2022-09-16"]);
}

#[test]
fn rt_toll_rises_dateline_only() {
    let x = read("03-rt-kg-tj-2022-09-17.txt");
    assert_eq!(x.report.published, day("2022-09-17"), "from the dateline");
    // "ارتفاع حصيلة قتلى الاشتباكات ... إلى 24": the clashes that began on Wednesday.
    let c = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(c.date.earliest(), Some(day("2022-09-14")));
    assert!(c.date.latest() <= Some(day("2022-09-16")));
    assert_eq!(c.fatalities.best, Some(24));
    // The Tajik side's figure for a Kyrgyz shelling: a claim, 35 dead.
    let s = one(&x, EventType::Shelling, |_| true);
    assert_eq!(s.status, Status::Claimed);
    assert_eq!(s.fatalities.best, Some(35));
    assert_eq!(s.place.as_deref(), Some("Isfara"));
    // The ceasefire signed on Friday evening; the withdrawal is one of its terms, not an
    // incident of its own.
    one(&x, EventType::Ceasefire, |i| on(i, "2022-09-16"));
    assert!(all(&x, EventType::Withdrawal).is_empty());
    // The evacuation: after the clashes began, by the day of the report.
    let ev = one(&x, EventType::Displacement, |_| true);
    assert!(within(ev, "2022-09-14", "2022-09-17"));
    // Next week's meeting in Batken (a week begun on a Saturday, Sunday or Monday).
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    assert!(within(t, "2022-09-18", "2022-09-30"));
    // The health ministry's announcement "اليوم السبت": a statement of the report's day.
    one(&x, EventType::Statement, |i| on(i, "2022-09-17"));
    only_days(&x, &["2022-09-14", "2022-09-16", "2022-09-17"]);
}

#[test]
fn anadolu_withdrawal_and_the_crisis_it_ends() {
    let x = read("04-anadolu-kg-tj-2021-05-01.txt");
    // The clashes on Thursday: 31 killed.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2021-04-29"));
    assert_eq!(c.fatalities.best, Some(31));
    // Announced on Saturday, after the clashes: between them and the report, no exact day.
    let w = one(&x, EventType::Withdrawal, |_| true);
    assert_eq!(
        bounds(w),
        (Some(day("2021-04-29")), Some(day("2021-05-01")))
    );
    // The crisis began on Wednesday when residents protested.
    one(&x, EventType::Protest, |i| on(i, "2021-04-28"));
    // The cameras were installed before the protest: never given the protest's day.
    let inst = one(&x, EventType::Other, |i| i.title.contains("installation"));
    assert!(inst.date.exact_day().is_none(), "{}", inst.date.to_edtf());
    assert!(inst.date.latest() <= Some(day("2021-05-01")));
    // The stone-throwing: never a day the text does not give.
    let st = one(&x, EventType::MobViolence, |_| true);
    assert!(st.date.exact_day().is_none_or(|d| d == day("2021-04-28")));
    // The presidents intend to meet this May.
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    assert!(within(t, "2021-05-01", "2021-05-31"));
    only_days(&x, &["2021-04-28", "2021-04-29"]);
}

#[test]
fn levantine_syriac_months_and_the_next_day() {
    let x = read("05-levant-kg-tj-2021-05-09.txt");
    assert_eq!(
        x.report.published,
        day("2021-05-09"),
        "dateline '9 أيار 2021'"
    );
    // Stones on the 28th ("الثامن والعشرين من نيسان"), gunfire the next day.
    one(&x, EventType::MobViolence, |i| on(i, "2021-04-28"));
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2021-04-29"));
    assert_eq!(c.fatalities.best, Some(36));
    assert!(
        all(&x, EventType::ArmedClash)
            .iter()
            .all(|i| !on(i, "2021-04-28")),
        "the gunfire was the next day"
    );
    // Border guards intervened after the stones.
    let d = one(&x, EventType::Deployment, |_| true);
    assert!(d.date.earliest() >= Some(day("2021-04-28")));
    assert!(d.date.exact_day().is_none());
    // Withdrawal began on 1 May.
    one(&x, EventType::Withdrawal, |i| on(i, "2021-05-01"));
    // September 2019: three killed near Chorkuh.
    let old = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2019-09");
    assert_eq!(old.fatalities.best, Some(3));
    assert_eq!(old.place.as_deref(), Some("Chorkuh"));
    // The commission is expected to meet in mid-May in Khujand ("تجتمع").
    let t = one(&x, EventType::Talks, |i| i.status == Status::Planned);
    assert!(within(t, "2021-05-11", "2021-05-20"));
    assert_eq!(t.place.as_deref(), Some("Khujand"));
    assert!(
        x.incidents
            .iter()
            .all(|i| i.place.as_deref() != Some("Dushanbe"))
    );
    only_days(&x, &["2021-04-28", "2021-04-29", "2021-05-01"]);
}

#[test]
fn gulf_hijri_dateline_and_aid() {
    let x = read("06-gulf-hijri-kg-tj-2021-05-10.txt");
    // "28 رمضان 1442 هـ الموافق 10 مايو 2021 م".
    assert_eq!(x.report.published, day("2021-05-10"));
    let aid = one(&x, EventType::Aid, |i| on(i, "2021-05-10"));
    assert!(aid.actors.contains(&"KSrelief".to_string()));
    // The clashes "نهاية الشهر الماضي": late April, no day.
    let c = one(&x, EventType::ArmedClash, |_| true);
    assert!(within(c, "2021-04-21", "2021-04-30"));
    assert!(c.date.exact_day().is_none());
    // 30,000 displaced per the Red Crescent: a figure, not an allegation.
    let d = one(&x, EventType::Displacement, |_| true);
    assert_eq!(d.status, Status::Occurred);
    // The president's visit on 2 May; his pledge to rebuild is for later.
    one(&x, EventType::Visit, |i| on(i, "2021-05-02"));
    let r = one(&x, EventType::Other, |i| i.title.contains("reconstruction"));
    assert_eq!(r.status, Status::Planned);
    only_days(&x, &["2021-05-10", "2021-05-02"]);
}

#[test]
fn moroccan_month_names_and_a_cautious_calm() {
    let x = read("07-morocco-kg-tj-2022-09-18.txt");
    // "من 14 إلى 16 شتنبر": fighting over three days, about 100 dead.
    let f = one(&x, EventType::ArmedClash, |i| {
        i.date.earliest() == Some(day("2022-09-14"))
    });
    assert_eq!(f.date.latest(), Some(day("2022-09-16")));
    assert_eq!(f.fatalities.best, Some(100));
    // The ceasefire "أعلن مساء الجمعة 16 شتنبر", never today's Sunday.
    let cf = all(&x, EventType::Ceasefire);
    assert_eq!(cf.len(), 1, "one ceasefire");
    assert!(on(cf[0], "2022-09-16"), "{}", cf[0].date.to_edtf());
    // The breach on Saturday night: claimed, after the ceasefire.
    let b = one(&x, EventType::Accusation, |_| true);
    assert_eq!(b.status, Status::Claimed);
    assert!(within(b, "2022-09-16", "2022-09-18"));
    // April 2021: 55 dead.
    let old = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2021-04");
    assert_eq!(old.fatalities.best, Some(55));
    // "هدوء حذر" is not a warning; the CSTO mission is planned.
    assert!(all(&x, EventType::Statement).is_empty());
    let v = one(&x, EventType::Visit, |_| true);
    assert_eq!(v.status, Status::Planned);
    only_days(&x, &["2022-09-16"]);
}

#[test]
fn algerian_sudan_evacuation() {
    let x = read("08-algeria-sudan-2023-04-24.txt");
    // Fighting since 15 April ("15 أفريل الجاري"): more than 420 dead.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2023-04-15"));
    assert_eq!(c.fatalities.low, Some(421));
    // The Eid truce announced on Friday "did not hold": there was one.
    let t = one(&x, EventType::Ceasefire, |_| true);
    assert_eq!(
        bounds(t),
        (Some(day("2023-04-21")), Some(day("2023-04-21")))
    );
    // Shelling in Omdurman on Saturday morning.
    let s = one(&x, EventType::Shelling, |i| on(i, "2023-04-22"));
    assert_eq!(s.place.as_deref(), Some("Omdurman"));
    // The evacuation announced yesterday, Sunday: by then.
    let ev = one(&x, EventType::Displacement, |i| {
        i.status == Status::Occurred
    });
    assert_eq!(ev.date.latest(), Some(day("2023-04-23")));
    // A second plane on Tuesday: planned.
    let p = one(&x, EventType::Displacement, |i| i.status == Status::Planned);
    assert!(on(p, "2023-04-25"));
    // The army's accusation of looting.
    let l = one(&x, EventType::PropertyDestruction, |_| true);
    assert_eq!(l.status, Status::Claimed);
    one(&x, EventType::Talks, |i| on(i, "2023-04-20"));
    only_days(
        &x,
        &[
            "2023-04-15",
            "2023-04-20",
            "2023-04-21",
            "2023-04-22",
            // (The ministry's announcement, "أمس الأحد".)
            "2023-04-23",
            "2023-04-25",
        ],
    );
}

#[test]
fn armenia_azerbaijan_tolls_of_two_sides_and_the_same_year() {
    let x = read("09-armenia-azerbaijan-2022-09-14.txt");
    // 105 Armenian soldiers and 50 Azerbaijani ones: two sides' dead, not a dispute.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2022-09-13"));
    assert_eq!(c.fatalities.best, Some(155));
    assert!(c.disputed.is_empty(), "{}", c.disputed);
    assert!(c.actors.contains(&"Armenia".to_string()));
    assert_eq!(c.status, Status::Occurred);
    // The truce announced on Tuesday evening.
    one(&x, EventType::Ceasefire, |i| on(i, "2022-09-13"));
    // The 2020 war ("حربا ... في خريف 2020") and its ceasefire "10 نوفمبر من العام نفسه".
    let war = one(&x, EventType::ArmedClash, |i| {
        within(i, "2020-09-01", "2020-11-30")
    });
    assert_eq!(war.place.as_deref(), Some("Nagorno-Karabakh"));
    one(&x, EventType::Ceasefire, |i| on(i, "2020-11-10"));
    // Baku's accusation hours after the truce: Tuesday or Wednesday.
    let a = one(&x, EventType::Accusation, |_| true);
    assert_eq!(a.status, Status::Claimed);
    assert!(within(a, "2022-09-13", "2022-09-14"));
    one(&x, EventType::Talks, |i| {
        on(i, "2022-09-15") && i.status == Status::Planned
    });
    // "قال رئيس الوزراء الأرميني نيكول باشينيان، الأربعاء، إن ...": his words, Wednesday's.
    one(&x, EventType::Statement, |i| on(i, "2022-09-14"));
    only_days(
        &x,
        &["2022-09-13", "2020-11-10", "2022-09-15", "2022-09-14"],
    );
    all_within(&x, "2020-09-01", "2022-09-15");
}

#[test]
fn egyptian_gaza_ceasefire() {
    let x = read("10-egypt-gaza-2021-05-21.txt");
    one(&x, EventType::Ceasefire, |i| on(i, "2021-05-21"));
    // "استشهاد 232 فلسطينيا، بينهم 65 طفلا": 232, the children are among them.
    let a = one(&x, EventType::AirStrike, |_| true);
    assert_eq!(a.fatalities.best, Some(232));
    let r = one(&x, EventType::Shelling, |_| true);
    assert_eq!(r.fatalities.best, Some(12));
    one(&x, EventType::ArmedClash, |i| on(i, "2021-05-10"));
    // The displaced went home: a return, not a displacement.
    assert!(all(&x, EventType::Displacement).is_empty());
    one(&x, EventType::Other, |i| {
        i.title.contains("return") && on(i, "2021-05-21")
    });
    // Egyptian delegations will go: a planned visit, not a new agreement.
    let v = one(&x, EventType::Visit, |_| true);
    assert_eq!(v.status, Status::Planned);
    assert!(v.actors.contains(&"Egypt".to_string()));
    assert!(all(&x, EventType::Agreement).is_empty());
    only_days(&x, &["2021-05-21", "2021-05-10"]);
}

#[test]
fn afp_2014_dateline_in_the_first_paragraph() {
    let x = read("11-kg-tj-2014-01-12.txt");
    assert_eq!(x.report.published, day("2014-01-12"));
    // Yesterday, Saturday: injuries only.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2014-01-11"));
    assert_eq!(c.place.as_deref(), Some("Vorukh"));
    assert_eq!(c.fatalities.low, None);
    // The ambassador summoned "للاحتجاج": a diplomatic act, not a street protest.
    assert!(all(&x, EventType::Protest).is_empty());
    let s = one(&x, EventType::Other, |i| i.title.contains("summoning"));
    assert!(s.title.contains("summoning"));
    one(&x, EventType::Other, |i| i.title.contains("border closure"));
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    // Next week, begun on a Saturday, Sunday or Monday as the country counts it.
    assert!(within(t, "2014-01-13", "2014-01-25"));
    only_days(&x, &["2014-01-11"]);
    all_within(&x, "2014-01-01", "2014-01-25");
}

#[test]
fn aljazeera_sudan_second_day() {
    let x = read("12-aljazeera-sudan-2023-04-16.txt");
    // Fighting since yesterday morning, Saturday: at least 56 civilians killed.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2023-04-15"));
    assert_eq!(c.fatalities.low, Some(56));
    // Still fighting today, Sunday, "for the second day running": since Saturday ("دوي
    // انفجارات" is fighting, not a bombing of civilians).
    one(&x, EventType::ArmedClash, |i| {
        bounds(i) == (Some(day("2023-04-15")), Some(day("2023-04-16")))
    });
    assert!(all(&x, EventType::Attack).is_empty());
    // The RSF say they took the palace and the airport, which the army denied: a claim of
    // its own, not folded into the fighting.
    let t = one(&x, EventType::ArmedClash, |i| i.title.contains("takeover"));
    assert_eq!(t.status, Status::Claimed);
    // Air strikes in Omdurman yesterday evening.
    let a = one(&x, EventType::AirStrike, |i| on(i, "2023-04-15"));
    assert_eq!(a.place.as_deref(), Some("Omdurman"));
    // The photo caption "(رويترز)" is not evidence.
    assert!(x.incidents.iter().all(|i| {
        i.evidence
            .iter()
            .all(|e| !e.sentence.contains("دخان يتصاعد"))
    }));
    // Guterres' call for a ceasefire is an appeal, not a ceasefire.
    assert!(all(&x, EventType::Ceasefire).is_empty());
    let m = one(&x, EventType::Talks, |_| true);
    assert_eq!(m.status, Status::Planned);
    assert!(on(m, "2023-04-17"));
    only_days(&x, &["2023-04-15", "2023-04-16", "2023-04-17"]);
}

#[test]
fn ahram_night_through_and_tolls_by_side() {
    let x = read("13-ahram-kg-tj-2022-09-17.txt");
    // The clashes broke out last Wednesday; the accusations over who is to blame do not make
    // them a claim.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2022-09-14"));
    assert_eq!(c.status, Status::Occurred);
    // 3 killed on the first day; 24 of Bishkek's citizens and 35 of Dushanbe's in all: the
    // two sides' figures add up (59), and the first day's 3 does not hide them.
    assert_eq!(c.fatalities.low, Some(3));
    assert_eq!(c.fatalities.high, Some(59));
    // Each side's claim.
    let s = one(&x, EventType::Shelling, |_| true);
    assert_eq!(s.status, Status::Claimed);
    assert_eq!(s.place.as_deref(), Some("Isfara"));
    let a = one(&x, EventType::Attack, |_| true);
    assert_eq!(a.status, Status::Claimed);
    // Renewed in the night from Thursday to Friday: either day, not Thursday alone.
    let r = one(&x, EventType::ArmedClash, |i| !on(i, "2022-09-14"));
    assert_eq!(
        bounds(r),
        (Some(day("2022-09-15")), Some(day("2022-09-16")))
    );
    one(&x, EventType::Ceasefire, |i| on(i, "2022-09-16"));
    // Putin spoke by phone with both presidents.
    let t = one(&x, EventType::Talks, |_| true);
    assert!(t.actors.contains(&"Vladimir Putin".to_string()));
    only_days(&x, &["2022-09-14", "2022-09-16"]);
}

#[test]
fn youm7_dateline_with_weekday_and_time() {
    let x = read("14-youm7-gaza-2021-05-11.txt");
    // "الإثنين، 10 مايو 2021 11:45 م": the dateline, not the file name.
    assert_eq!(x.report.published, day("2021-05-10"));
    one(&x, EventType::Shelling, |i| on(i, "2021-05-10"));
    // The army responded with air strikes: after the rockets, on the day of the report.
    let a = one(&x, EventType::AirStrike, |_| true);
    assert!(on(a, "2021-05-10"), "{}", a.date.to_edtf());
    assert_eq!(a.fatalities.best, Some(20));
    one(&x, EventType::ArmedClash, |i| on(i, "2021-05-10"));
    // The deadline "to withdraw its forces" is a demand: no withdrawal.
    assert!(all(&x, EventType::Withdrawal).is_empty());
    one(&x, EventType::Talks, |i| {
        i.actors.contains(&"Egypt".to_string())
    });
    only_days(&x, &["2021-05-10"]);
}

#[test]
fn dateline_without_a_date_is_refused_until_published_is_given() {
    let path = format!("{DIR}/15-rt-dateline-no-date-kg-tj.txt");
    let raw = std::fs::read_to_string(&path).expect("report file");
    let err = ingest_report(&path, &raw, &IngestOptions::default())
        .expect_err("'موسكو – (د ب أ) –' gives no day");
    assert!(err.to_string().contains("--published"), "{err}");
    let opts = IngestOptions {
        published: Some(day("2022-09-21")),
        ..Default::default()
    };
    let x = ingest_report(&path, &raw, &opts).expect("read with --published");
    // Accused today, Wednesday, of firing on a village: a claim, on or before today, never
    // dated to the day of the accusation as if the firing were.
    let g = one(&x, EventType::ArmedClash, |_| true);
    assert_eq!(g.status, Status::Claimed);
    assert_eq!(g.date.latest(), Some(day("2022-09-21")));
    assert!(g.date.exact_day().is_none());
    assert_eq!(g.place.as_deref(), Some("Isfara"));
    // The prime ministers meet next week in Moscow (a week begun on a Saturday, Sunday or
    // Monday).
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    assert!(within(t, "2022-09-24", "2022-10-02"));
    assert_eq!(t.place.as_deref(), Some("Moscow"));
    only_days(&x, &[]);
}

#[test]
fn levantine_karabakh_since_its_outbreak() {
    let x = read("16-levant-karabakh-2020-10-02.txt");
    // "منذ اندلاعها في 27 أيلول الماضي": the war broke out on 27 September.
    let w = one(&x, EventType::ArmedClash, |i| on(i, "2020-09-27"));
    assert!(w.fatalities.low.is_some_and(|l| l >= 24));
    // Shelling along the line today, Friday.
    one(&x, EventType::Shelling, |i| on(i, "2020-10-02"));
    // Baku's claim of shelling on Tartar: no date of its own (the Tuesday in the clause after
    // "في حين" is the shoot-down's).
    let s = one(&x, EventType::Shelling, |i| i.status == Status::Claimed);
    assert_eq!(s.place.as_deref(), Some("Tartar"));
    assert!(s.date.exact_day().is_none(), "{}", s.date.to_edtf());
    // A warplane shot down by the other side's jet is fighting between armed forces, an act of
    // its own: not joined to the war's outbreak.
    let d = one(&x, EventType::ArmedClash, |i| i.title.contains("shot down"));
    assert!(on(d, "2020-09-29"));
    assert_eq!(d.status, Status::Claimed);
    // The presidents' call for a ceasefire is an appeal.
    assert!(all(&x, EventType::Ceasefire).is_empty());
    assert!(
        x.incidents
            .iter()
            .all(|i| !i.actors.contains(&"France".to_string()))
    );
    let t = one(&x, EventType::Talks, |_| true);
    assert_eq!(t.status, Status::Planned);
    assert_eq!(t.place.as_deref(), Some("Geneva"));
    // April 2016: four days of fighting, 200 dead.
    let old = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2016-04");
    assert_eq!(old.fatalities.best, Some(200));
    only_days(&x, &["2020-09-27", "2020-09-29", "2020-10-02"]);
}

#[test]
fn skynews_toll_update_and_a_truce_to_come() {
    let x = read("17-skynews-sudan-jeddah-2023-05-21.txt");
    // 17 dead in a first count, then "ارتفعت حصيلة ضحايا القصف اليوم الأحد إلى 30": the toll
    // is 30, not a dispute; the shelling stays on Saturday, the day of the update is not its.
    let s = one(&x, EventType::Shelling, |_| true);
    assert!(on(s, "2023-05-20"), "{}", s.date.to_edtf());
    assert_eq!(s.fatalities.best, Some(30));
    assert!(s.disputed.is_empty(), "{}", s.disputed);
    // Signed on Saturday evening; to take effect on Monday 22 May: two incidents.
    let signed = one(&x, EventType::Ceasefire, |i| i.status == Status::Occurred);
    assert!(on(signed, "2023-05-20"));
    let effect = one(&x, EventType::Ceasefire, |i| i.status == Status::Planned);
    assert!(on(effect, "2023-05-22"));
    // "هجوم مماثل": another attack, early this month, with its own toll.
    let a = one(&x, EventType::Attack, |_| true);
    assert!(within(a, "2023-05-01", "2023-05-10"));
    assert_eq!(a.fatalities.best, Some(12));
    assert_eq!(a.place.as_deref(), Some("Omdurman"));
    only_days(&x, &["2023-05-20", "2023-05-22"]);
}

#[test]
fn trt_agreed_during_their_meeting() {
    let x = read("18-trt-samarkand-2022-09-16.txt");
    // "اتفقا خلال لقائهما في سمرقند اليوم على سحب القوات ووقف إطلاق النار": the agreement is
    // a ceasefire holding the withdrawal, today; the meeting it was reached in is that
    // ceasefire, not talks of their own.
    let cf = one(&x, EventType::Ceasefire, |i| on(i, "2022-09-16"));
    assert_eq!(cf.status, Status::Occurred);
    assert_eq!(cf.place.as_deref(), Some("Samarkand"));
    assert!(all(&x, EventType::Withdrawal).is_empty());
    assert!(
        all(&x, EventType::Talks)
            .iter()
            .all(|t| t.status == Status::Planned)
    );
    // The Kremlin speaks for Russia: Putin's talks are planned and not "in the Kremlin".
    let p = one(&x, EventType::Talks, |i| i.status == Status::Planned);
    assert!(p.actors.contains(&"Vladimir Putin".to_string()));
    assert_ne!(p.place.as_deref(), Some("Kremlin"));
    // "قتل شخصان": two dead, January 2022.
    let j = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2022-01");
    assert_eq!(j.fatalities.best, Some(2));
    // April 2021's 55 dead; the repeated clashes are background, not an incident.
    assert!(
        x.incidents
            .iter()
            .any(|i| i.date.to_edtf() == "2021-04" && i.fatalities.best == Some(55))
    );
    assert_eq!(x.incidents.len(), 4);
    only_days(&x, &["2022-09-16"]);
}

#[test]
fn sputnik_present_tense_tells_what_is_to_come() {
    let x = read("19-sputnik-visits-2022-09-16.txt");
    // "يلتقي رئيسا قرغيزستان وطاجيكستان الأحد": the coming Sunday, planned.
    let m = one(&x, EventType::Talks, |i| {
        i.place.as_deref() == Some("Moscow")
    });
    assert_eq!(m.status, Status::Planned);
    assert!(on(m, "2022-09-18"), "{}", m.date.to_edtf());
    // "يزور لافروف بيشكيك في 20 سبتمبر": this September's, never last year's.
    let v = one(&x, EventType::Visit, |i| {
        i.place.as_deref() == Some("Bishkek")
    });
    assert_eq!(v.status, Status::Planned);
    assert!(on(v, "2022-09-20"), "{}", v.date.to_edtf());
    // The past visit to Tashkent last Sunday.
    let t = one(&x, EventType::Visit, |i| {
        i.place.as_deref() == Some("Tashkent")
    });
    assert!(on(t, "2022-09-11"));
    assert_eq!(t.actors, vec!["Sergei Lavrov".to_string()]);
    one(&x, EventType::ArmedClash, |i| on(i, "2022-09-14"));
    // "وتأتي الزيارة بعد ...": a reference to a visit told, not a new one.
    assert_eq!(all(&x, EventType::Visit).len(), 2);
    only_days(
        &x,
        &["2022-09-11", "2022-09-14", "2022-09-18", "2022-09-20"],
    );
}

#[test]
fn almasryalyoum_each_side_counts_its_own() {
    let x = read("20-almasryalyoum-kg-tj-2022-01-27.txt");
    assert_eq!(x.report.published, day("2022-01-27"), "from the dateline");
    // At least 4 killed today: two by the Kyrgyz count, two by the Tajik one.
    let c = one(&x, EventType::ArmedClash, |i| on(i, "2022-01-27"));
    assert_eq!(c.fatalities.low, Some(4));
    assert!(c.fatalities.high.is_none_or(|h| h >= 4));
    assert!(c.disputed.is_empty(), "{}", c.disputed);
    // The border guards' quote ("فتح الجانب الطاجيكي النار") is about today's clash, in Batken.
    assert_eq!(c.place.as_deref(), Some("Batken Region"));
    // "منذ اشتباكات أبريل الماضي": April 2021 is background, with its own 55 dead.
    let a = one(&x, EventType::ArmedClash, |i| i.date.to_edtf() == "2021-04");
    assert_eq!(a.fatalities.best, Some(55));
    one(&x, EventType::Ceasefire, |i| on(i, "2022-01-27"));
    // The archive photo and its caption are not content.
    assert!(x.notes.iter().any(|n| n.contains("صورة أرشيفية")));
    only_days(&x, &["2022-01-27"]);
}
