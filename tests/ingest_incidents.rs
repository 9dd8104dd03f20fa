//! Incidents from small reports written for the tests, in English and Arabic: merging mentions
//! of one incident, keeping different events apart, disputed dates and tolls, status,
//! casualty figures, undated incidents bounded by the story, background years.

mod workdir;

use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident, Status};
use workdir::day;

/// A report of `body` (paragraphs separated by `\n\n`), published on `published` in `lang`.
fn report(published: &str, lang: &str, body: &str) -> Extraction {
    read(&format!(
        "---\npublished: {published}\nlanguage: {lang}\n---\n{body}\n"
    ))
}

fn read(raw: &str) -> Extraction {
    ingest_report("t.txt", raw, &IngestOptions::default()).expect("the report is read")
}

/// Each incident's type and EDTF date, for the message of a failed check.
fn types_and_dates(x: &Extraction) -> Vec<(EventType, String)> {
    x.incidents
        .iter()
        .map(|i| (i.event_type, i.date.to_edtf()))
        .collect()
}

/// `x` has an incident of type `t` dated `edtf` (the panic lists what it has).
fn assert_has(x: &Extraction, t: EventType, edtf: &str) {
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == t && i.date.to_edtf() == edtf),
        "no {t} dated {edtf} in {:?}",
        types_and_dates(x)
    );
}

/// Every incident of `x` passes `ok` (the panic says `why` and lists what `x` has).
fn assert_every(x: &Extraction, why: &str, ok: impl Fn(&Incident) -> bool) {
    assert!(
        x.incidents.iter().all(ok),
        "{why}: {:?}",
        types_and_dates(x)
    );
}

fn only(x: &Extraction, t: EventType) -> &Incident {
    let v: Vec<&Incident> = x.incidents.iter().filter(|i| i.event_type == t).collect();
    assert_eq!(
        v.len(),
        1,
        "one {t} incident expected in {:#?}",
        x.incidents
            .iter()
            .map(|i| (&i.title, i.date.to_edtf()))
            .collect::<Vec<_>>()
    );
    v[0]
}

const EN: &str = "---
published: 2022-09-20
language: en
---
Tajik forces shelled the town of Batken on Wednesday, Kyrgyz officials said.

The shelling of Batken on Thursday destroyed several houses, according to local residents.

Clashes in Vorukh on Monday killed 12 people, Tajik officials said. The clashes in Vorukh on Monday killed 15 people, a local hospital said.

Both sides later withdrew troops from the border.

Hours after the fighting in Vorukh began, hundreds of villagers fled their homes.

The two foreign ministers will meet in Moscow next week. Kyrgyzstan accused Tajikistan of using drones against civilians.

The dispute dates back to independence in 1991.
";

#[test]
fn english_report() {
    let x = read(EN);
    // The same shelling told twice with two days: one incident, both readings, disputed.
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.date.to_edtf(), "[2022-09-14..2022-09-15]");
    assert!(
        s.disputed.contains("2022-09-14") && s.disputed.contains("2022-09-15"),
        "{}",
        s.disputed
    );
    assert_eq!(s.evidence.len(), 2);
    assert_eq!(s.place.as_deref(), Some("Batken"));
    // The clashes told twice with two tolls: one incident, the toll disputed, a range kept.
    let c = only(&x, EventType::ArmedClash);
    assert_eq!(c.date.to_edtf(), "2022-09-19");
    assert_eq!(
        (c.fatalities.low, c.fatalities.best, c.fatalities.high),
        (Some(12), None, Some(15))
    );
    assert!(
        c.disputed.contains("12") && c.disputed.contains("15"),
        "{}",
        c.disputed
    );
    // "later": after the clashes, on or before the publication day; never one invented day.
    let w = only(&x, EventType::Withdrawal);
    assert_eq!(w.date.to_edtf(), "[2022-09-19..2022-09-20]");
    // "hours after the fighting": the same day or the next.
    let d = only(&x, EventType::Displacement);
    assert_eq!(d.date.to_edtf(), "[2022-09-19..2022-09-20]");
    // Future: planned.
    let t = only(&x, EventType::Talks);
    assert_eq!(t.status, Status::Planned);
    assert_eq!(t.place.as_deref(), Some("Moscow"));
    assert!(t.date.earliest().is_some_and(|e| e > day("2022-09-20")));
    // An accusation of an attack: the attack, claimed.
    let a = only(&x, EventType::AirStrike);
    assert_eq!(a.status, Status::Claimed);
    // Background keeps its year.
    let b = only(&x, EventType::Other);
    assert_eq!(b.date.to_edtf(), "1991");
    // Story order.
    let seqs: Vec<i64> = x.incidents.iter().map(|i| i.seq).collect();
    assert_eq!(seqs, (1..=x.incidents.len() as i64).collect::<Vec<_>>());
}

const AR: &str = "---
published: 2021-05-07
language: ar
---
اندلعت الاشتباكات في 3 مايو عندما رشق السكان بعضهم بعضا بالحجارة قرب قرية كوك تاش.

وكانت الاشتباكات المسلحة قد اندلعت في 4 مايو بإطلاق نار كثيف بين حرس الحدود، ما أدى إلى مقتل 3 جنود وإصابة 7 آخرين.

وتوصل الطرفان إلى اتفاق لوقف إطلاق النار مساء الرابع من مايو.

وأكدت وزارة الخارجية أن وقف إطلاق النار صامد حتى الآن، مشيرة إلى أن الجانبين سيعقدان محادثات الأسبوع المقبل.

واتهمت وزارة الدفاع الطاجيكية الجانب القيرغيزي بقصف مواقع حدودية.

وقالت مصادر محلية إن القوات انسحبت من المنطقة في وقت لاحق.
";

#[test]
fn arabic_report() {
    let x = read(AR);
    // Both called "the clashes", but stones on the 3rd and gunfire on the 4th: two incidents.
    let m = only(&x, EventType::MobViolence);
    assert_eq!(m.date.to_edtf(), "2021-05-03");
    assert_eq!(m.place.as_deref(), Some("Kok-Tash"));
    let c = only(&x, EventType::ArmedClash);
    assert_eq!(c.date.to_edtf(), "2021-05-04");
    assert_eq!(
        c.fatalities.best,
        Some(3),
        "three soldiers killed; the seven wounded are not deaths"
    );
    // The ceasefire told twice: one incident with both sentences.
    let f = only(&x, EventType::Ceasefire);
    assert_eq!(f.date.to_edtf(), "2021-05-04");
    assert_eq!(f.evidence.len(), 2);
    assert_eq!(f.status, Status::Occurred);
    // "سيعقدان محادثات الأسبوع المقبل": planned.
    let t = only(&x, EventType::Talks);
    assert_eq!(t.status, Status::Planned);
    // "اتهمت ... بقصف": the shelling, claimed.
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.status, Status::Claimed);
    assert!(s.date.exact_day().is_none());
    // "في وقت لاحق": later than what was told before; bounded, not a day.
    let w = only(&x, EventType::Withdrawal);
    assert!(
        w.date.earliest().is_some_and(|e| e >= day("2021-05-04")),
        "{}",
        w.date.to_edtf()
    );
    assert_eq!(w.date.latest(), Some(day("2021-05-07")));
}

#[test]
fn casualty_figures() {
    let x = report(
        "2022-09-20",
        "en",
        "Shelling in Isfara on Monday killed more than 30 people.\n\nDozens of people were killed in clashes in Osh on Tuesday.\n\nDozens were killed or wounded in fighting in Batken on Sunday.\n\nThree soldiers were killed in an ambush near Sulukta on Saturday.",
    );
    let by_place = |p: &str| {
        x.incidents
            .iter()
            .find(|i| i.place.as_deref() == Some(p))
            .expect(p)
    };
    let f = &by_place("Isfara").fatalities;
    assert_eq!((f.low, f.best, f.high), (Some(31), None, None));
    assert!(f.phrase.contains("more than 30"), "{}", f.phrase);
    let f = &by_place("Osh").fatalities;
    assert_eq!(
        (f.low, f.high),
        (Some(24), Some(99)),
        "dozens stays a range"
    );
    let f = &by_place("Batken").fatalities;
    assert_eq!(
        (f.low, f.best, f.high),
        (None, None, None),
        "killed or wounded together is not a death toll"
    );
    assert!(f.phrase.contains("killed or wounded"), "{}", f.phrase);
    let f = &by_place("Sulukta").fatalities;
    assert_eq!(f.best, Some(3));

    let x = report(
        "2021-05-07",
        "ar",
        "أسفر القصف على مدينة إسفرة يوم الإثنين عن مقتل خمسة مدنيين.\n\nوسقط عشرات القتلى في اشتباكات بمدينة أوش يوم الثلاثاء.",
    );
    let by_place = |p: &str| {
        x.incidents
            .iter()
            .find(|i| i.place.as_deref() == Some(p))
            .expect(p)
    };
    assert_eq!(by_place("Isfara").fatalities.best, Some(5));
    let f = &by_place("Osh").fatalities;
    assert_eq!((f.low, f.high), (Some(24), Some(99)));
}

#[test]
fn status_words() {
    let x = report(
        "2022-09-20",
        "en",
        "The two presidents agreed to hold talks in Bishkek.\n\nTajik troops shelled Kok-Tash on Monday, according to the Kyrgyz border service.\n\nKyrgyz troops withdrew from Ak-Sai on Sunday.",
    );
    assert_eq!(only(&x, EventType::Talks).status, Status::Planned);
    assert_eq!(only(&x, EventType::Shelling).status, Status::Claimed);
    assert_eq!(only(&x, EventType::Withdrawal).status, Status::Occurred);
    assert!(
        x.notes.iter().any(|n| n.contains("claimed")),
        "{:?}",
        x.notes
    );

    let x = report(
        "2021-05-07",
        "ar",
        "اتفق الجانبان على إجراء مفاوضات في موسكو.\n\nوحسب الجانب الطاجيكي، قصفت القوات القرغيزية قرية فوروخ يوم الثلاثاء.\n\nوسحب البلدان قواتهما من الحدود أمس.",
    );
    assert_eq!(only(&x, EventType::Talks).status, Status::Planned);
    assert_eq!(only(&x, EventType::Shelling).status, Status::Claimed);
    let w = only(&x, EventType::Withdrawal);
    assert_eq!(w.status, Status::Occurred);
    assert_eq!(w.date.to_edtf(), "2021-05-06");
}

#[test]
fn undated_incidents_are_bounded_never_a_day() {
    let x = report(
        "2022-09-20",
        "en",
        "Fighting broke out near Vorukh on September 14.\n\nThe two sides agreed a ceasefire.\n\nThousands of people were evacuated from the area.",
    );
    for t in [EventType::Ceasefire, EventType::Displacement] {
        let i = only(&x, t);
        assert_eq!(i.date.to_edtf(), "[2022-09-14..2022-09-20]", "{}", i.title);
        assert!(
            x.notes
                .iter()
                .any(|n| n.contains(&i.title) && n.contains("no date of its own")),
            "{:?}",
            x.notes
        );
    }
}

#[test]
fn nothing_known_is_said() {
    let x = report(
        "2022-09-20",
        "en",
        "The weather in the capital was warm and sunny for most of the week.",
    );
    assert!(x.incidents.is_empty());
    assert!(
        x.notes.iter().any(|n| n.contains("no incidents")),
        "{:?}",
        x.notes
    );
}

#[test]
fn planned_dates_are_the_coming_ones() {
    let x = report(
        "2022-09-20",
        "en",
        "The two foreign ministers will meet in Bishkek on September 2 to discuss the border.\n\nThe presidents met on September 2 in Astana.",
    );
    let planned = x
        .incidents
        .iter()
        .find(|i| i.status == Status::Planned)
        .expect("planned talks");
    assert_eq!(planned.date.to_edtf(), "2023-09-02");
    let held = x
        .incidents
        .iter()
        .find(|i| i.status == Status::Occurred)
        .expect("held talks");
    assert_eq!(held.date.to_edtf(), "2022-09-02");
}

/// A meeting "called for" a day (convened: passive) is planned for that day; "called for calm"
/// plans nothing.
#[test]
fn a_meeting_called_for_a_coming_day_is_planned() {
    let x = report(
        "2019-02-15",
        "en",
        "Militants attacked a convoy on Thursday.\n\nAn all-party meeting has been called for Saturday, officials said.",
    );
    let meeting = only(&x, EventType::Talks);
    assert_eq!(meeting.status, Status::Planned);
    assert_eq!(meeting.date.to_edtf(), "2019-02-16");
    let x = report(
        "2019-02-15",
        "en",
        "Militants attacked a convoy on Thursday.\n\nThe talks were set for Monday, the ministry said.",
    );
    assert_has(&x, EventType::Talks, "2019-02-18");
}

/// A quotation that opens with a planning word plans what it says ("ready to help if both sides
/// ask"); only a quoted label of the act itself ('a "planned provocation"') says how it was done.
#[test]
fn a_quotation_opening_with_a_planning_word_plans() {
    let x = report(
        "2021-05-01",
        "ar",
        "اندلعت اشتباكات على الحدود يوم الأربعاء.\n\nوقال المتحدث باسم الكرملين إن موسكو \"مستعدة للمساعدة في حال طلب الطرفان ذلك\".",
    );
    assert_every(&x, "the help is offered, not given", |i| {
        i.event_type != EventType::Aid || i.status == Status::Planned
    });
}

/// Readings of one sentence each: fire opened with a named weapon is that weapon's act (one
/// incident, not a clash and a shelling), and fire exchanged is a clash whatever its weapons; a
/// "since" aside dates nothing outside its own clause; a truce breached is not dated by the
/// breach.
#[test]
fn weapons_since_asides_and_breaches() {
    let x = report(
        "2022-09-17",
        "en",
        "Tajik troops opened fire with mortars on a Kyrgyz border post on Friday, the Kyrgyz border service said.",
    );
    assert_eq!(x.incidents.len(), 1, "{:#?}", x.incidents);
    assert_eq!(x.incidents[0].event_type, EventType::Shelling);
    assert_eq!(x.incidents[0].date.to_edtf(), "2022-09-16");

    let x = report(
        "2022-09-17",
        "en",
        "Kyrgyz and Tajik border guards exchanged mortar fire on Thursday, Sept. 15, along a disputed stretch of the border.",
    );
    assert_eq!(x.incidents.len(), 1, "{:#?}", x.incidents);
    // An exchange is two-sided: a clash (taxonomy: "exchange of fire"), whatever the weapon.
    assert_eq!(x.incidents[0].event_type, EventType::ArmedClash);
    assert_eq!(x.incidents[0].date.to_edtf(), "2022-09-15");

    let x = report(
        "2022-09-17",
        "en",
        "The clashes, the worst since 1991, broke out on Wednesday near the village of Ak-Sai.",
    );
    let clash = only(&x, EventType::ArmedClash);
    assert_eq!(clash.date.to_edtf(), "2022-09-14");

    let x = report(
        "2022-09-17",
        "en",
        "Both sides said the other violated the truce on Friday with heavy gunfire near Vorukh.",
    );
    assert!(
        x.incidents
            .iter()
            .filter(|i| i.event_type == EventType::Ceasefire)
            .all(|i| i.date.to_edtf() != "2022-09-16"),
        "the truce is not Friday's: {:#?}",
        types_and_dates(&x)
    );
}

/// What follows the "since" of a comparison ("the worst since the 2021 war") is a landmark: a
/// background incident of its own, dated by its own words; its date dates nothing else, and it
/// says nothing about since when anything else has gone on.
#[test]
fn landmarks_of_comparisons_keep_their_own_dates() {
    let dates = |raw: &str| {
        let mut v: Vec<String> = read(raw)
            .incidents
            .iter()
            .map(|i| format!("{} {}", i.date.to_edtf(), i.event_type))
            .collect();
        v.sort();
        v
    };
    let en = "---\npublished: 2022-09-17\nlanguage: en\n---\nThe fighting, the heaviest since the war two years ago, broke out on Monday, when troops began shelling villages near Vorukh.\n";
    assert_eq!(dates(en), ["2020 armed_clash", "2022-09-12 shelling"]);

    let ar = "---\npublished: 2022-09-17\nlanguage: ar\n---\nاندلعت يوم الاثنين اشتباكات قرب فوروخ هي الأعنف منذ حرب 2021.\n";
    assert_eq!(dates(ar), ["2021 armed_clash", "2022-09-12 armed_clash"]);
}

/// A superlative that qualifies an event word reaches the "since" across the event's own words
/// ("the heaviest fighting between the two neighbours since their 2020 war"); the landmark keeps
/// its own place, and the act before it keeps the toll told after it.
#[test]
fn a_comparison_reaches_its_since_across_the_event_s_words() {
    let x = report(
        "2022-09-13",
        "en",
        "Troops of the two neighbours fought on Tuesday the heaviest fighting between the two ex-Soviet neighbours since their 2020 war over the Nagorno-Karabakh region, with officials saying 49 soldiers had been killed.",
    );
    let now = x
        .incidents
        .iter()
        .find(|i| i.date.to_edtf() == "2022-09-13")
        .expect("Tuesday's fighting");
    assert_eq!(now.fatalities.best, Some(49));
    assert_ne!(now.place.as_deref(), Some("Nagorno-Karabakh"));
    assert!(
        !x.incidents
            .iter()
            .any(|i| i.date.to_edtf().starts_with("[2020")),
        "no span running since the landmark: {:?}",
        x.incidents
            .iter()
            .map(|i| i.date.to_edtf())
            .collect::<Vec<_>>()
    );

    let ar = report(
        "2022-09-17",
        "ar",
        "اندلعت يوم الاثنين أعنف اشتباكات بين البلدين الجارين منذ حرب 2021.",
    );
    assert_has(&ar, EventType::ArmedClash, "2022-09-12");
    assert_has(&ar, EventType::ArmedClash, "2021");
}

/// A diplomatic tit for tat: "the same night" is the night of the day told before, not
/// tonight; "ردت بالمثل" is the recall told after it, not an exchange of fire; and a recall "the
/// next day" is a second recall, not the first told again.
#[test]
fn a_reply_in_kind_the_same_night_and_the_next_day() {
    let x = report(
        "2025-04-12",
        "ar",
        "واتهمت الحكومة المالية الجزائر مساء الأحد الماضي بعمل عدائي. وفي بيان منفصل في الليلة نفسها، أعلنت مالي استدعاء سفرائها من الجزائر للتشاور.\n\nوفي اليوم التالي، ردت الجزائر بالمثل، فاستدعت سفيريها في باماكو ونيامي.",
    );
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::ArmedClash),
        "no fire was exchanged: {:?}",
        x.incidents.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
    assert_has(&x, EventType::Other, "2025-04-06");
    assert_has(&x, EventType::Other, "2025-04-07");
    assert!(
        x.incidents.iter().all(|i| i.date.to_edtf() != "2025-04-12"),
        "nothing happened tonight"
    );
}

/// A toll told right after an attack counts that attack's dead, not those of fighting a year
/// and a half earlier that already had a toll.
#[test]
fn a_toll_counts_the_fighting_just_told_rather_than_an_older_episode() {
    let x = report(
        "2025-10-28",
        "ar",
        "وفي مارس 2024 شنت باكستان غارات جوية على خوست قتل فيها ثمانية مدنيين.\n\nوليلة السبت 11 أكتوبر، هاجمت قوات طالبان عشرات المواقع الحدودية الباكستانية. وأعلن الجيش الباكستاني مقتل 23 من جنوده، بينما قالت كابول إنها قتلت 58 جنديا باكستانيا.\n\nوفي اليوم التالي، أغلقت باكستان معابرها الحدودية الرئيسية.",
    );
    let old = only(&x, EventType::AirStrike);
    assert_eq!(old.fatalities.best, Some(8));
    let attack = only(&x, EventType::Attack);
    assert_eq!(attack.date.to_edtf(), "2025-10-11");
    assert_eq!(attack.fatalities.low, Some(23));
    assert_has(&x, EventType::Other, "2025-10-12");
}

/// Summary bullets retell what the body then tells with its date: one incident, the body's date.
#[test]
fn summary_bullets_are_joined_by_the_body_s_dated_telling() {
    let x = report(
        "2025-01-27",
        "en",
        "Live: fighting rages in eastern DR Congo\n\nSummary\n- Rebels say they have entered the city\n- At least 17 people killed in Goma today, hospital officials say\n- Rwanda says five civilians killed in Gisenyi by shells fired from Congo\n- Kenya's president calls a regional summit\n\nRwanda's army says shells fired from across the border killed five civilians in the Rwandan town of Gisenyi this afternoon.",
    );
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.date.to_edtf(), "2025-01-27");
    assert_eq!(s.evidence.len(), 2);
}

/// An act named as what a toll counts ("raising the death toll from the barrage to four") is
/// not dated by the day the bodies were found: the toll is counted later than the act.
#[test]
fn the_day_a_toll_rose_does_not_date_the_act_it_counts() {
    let x = report(
        "2010-11-24",
        "en",
        "Rescuers found the bodies of two civilians on Wednesday in the ruins of a building on the island, raising the death toll from North Korea's artillery barrage to four, officials said.\n\nTwo marines were killed when North Korea fired about 170 shells at the island on Tuesday afternoon.",
    );
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.date.to_edtf(), "2010-11-23");
}

/// What has gone on since Saturday did not happen the Sunday before: a deployment "since
/// Saturday evening" and an incursion a week earlier stay two incidents.
#[test]
fn an_act_going_on_since_a_day_takes_no_earlier_telling() {
    let x = report(
        "2021-04-19",
        "ar",
        "إن انتشار الوحدات العسكرية في بعض شوارع العاصمة منذ مساء السبت يندرج في إطار إجراءات احترازية.\n\nوتذكر هيئة الأركان بأن هذه العصابات توغلت في التراب الوطني يوم الأحد 11 أبريل 2021.",
    );
    assert_has(&x, EventType::Deployment, "2021-04-11");
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Deployment
                && i.date.earliest() == Some(day("2021-04-17"))),
        "{:?}",
        x.incidents
            .iter()
            .map(|i| i.date.to_edtf())
            .collect::<Vec<_>>()
    );
}

/// "hours after a strike that targeted a camp on Sunday evening": the general word after the
/// anchor of a relation tells that anchor, and its date is the strike's.
#[test]
fn a_general_word_after_a_relation_s_anchor_tells_the_anchor() {
    let x = report(
        "2024-05-28",
        "ar",
        "قتل جندي مصري صباح أمس الاثنين في تبادل لإطلاق النار قرب معبر رفح. ويأتي الحادث بعد ساعات من غارة إسرائيلية استهدفت مساء الأحد مخيما للنازحين في رفح، وأسفرت عن مقتل 45 فلسطينيا.",
    );
    let strike = only(&x, EventType::AirStrike);
    assert_eq!(strike.date.to_edtf(), "2024-05-26");
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::Attack),
        "the targeting is the strike's: {:?}",
        x.incidents.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
}

/// A statement that is what was said ("said on Monday it regretted the deaths") was made on
/// the day of the saying; a denial told with its day is a statement of its own, an undated
/// one-line denial only contests what it denies.
#[test]
fn regret_and_denials_as_statements() {
    let x = report(
        "2022-06-30",
        "en",
        "Ethiopia's government said on Monday it regretted the deaths.\n\nTurkey's foreign ministry denied the accusations in a statement on Wednesday evening.\n\nRwanda denies sending soldiers to fight alongside the rebels.",
    );
    let days: Vec<String> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == EventType::Statement)
        .map(|i| i.date.to_edtf())
        .collect();
    assert_eq!(days, ["2022-06-27", "2022-06-29"], "{days:?}");

    let ar = report(
        "2022-07-21",
        "ar",
        "ونفت وزارة الخارجية التركية في بيان مساء أمس مسؤوليتها عن القصف.",
    );
    assert_has(&ar, EventType::Statement, "2022-07-20");
}

/// "وفي اليوم التالي استدعت": the next day with a verb after it is a time adverb (the day after
/// what was told), not "the day after the recall".
#[test]
fn the_next_day_before_a_verb_counts_from_what_was_told() {
    let x = report(
        "2024-12-14",
        "ar",
        "وقعت إثيوبيا، في الأول من يناير الماضي، مذكرة تفاهم مع إقليم أرض الصومال.\n\nوفي اليوم التالي استدعت مقديشو سفيرها لدى إثيوبيا للتشاور.",
    );
    assert_has(&x, EventType::Other, "2024-01-02");
}

/// "Since October 7, Israel has waged war": a date after a "since" that opens the sentence says
/// since when the next clause has gone on, not the day it happened.
#[test]
fn a_sentence_opening_with_since_tells_what_has_gone_on() {
    for (lang, body) in [
        ("ar", "ومنذ ٧ أكتوبر ٢٠٢٣، تشن إسرائيل حربا على قطاع غزة."),
        (
            "en",
            "Since October 7, 2023, Israel has waged war on the Gaza Strip.",
        ),
    ] {
        let x = report("2024-05-28", lang, body);
        let war = only(&x, EventType::ArmedClash);
        assert_eq!(war.date.earliest(), Some(day("2023-10-07")), "{lang}");
        assert_eq!(war.date.latest(), Some(day("2024-05-28")), "{lang}");
    }
}

/// A date inside what was said ("announced that it carried out, at dawn today, strikes") is the
/// act's, not the saying's; a general act word told after a dated act in its sentence ("crossed
/// on Wednesday ... and clashed with") is on that act's day.
#[test]
fn dates_inside_what_was_said_and_acts_told_after_a_dated_one() {
    let x = report(
        "2024-01-18",
        "ar",
        "أعلنت باكستان أنها نفذت، فجر اليوم الخميس، ضربات عسكرية ضد مخابئ في إقليم سيستان وبلوشستان.",
    );
    let strike = only(&x, EventType::AirStrike);
    assert_eq!(strike.date.to_edtf(), "2024-01-18");

    let x = report(
        "2024-01-18",
        "en",
        "The ministry said that troops on Tuesday shelled two villages near the border.",
    );
    assert_eq!(only(&x, EventType::Shelling).date.to_edtf(), "2024-01-16");

    let x = report(
        "2022-06-26",
        "ar",
        "وقالت الوزارة إن قوة من الجيش الإثيوبي توغلت يوم الأربعاء 22 يونيو 2022 داخل الأراضي السودانية، واشتبكت مع قوة من الجيش السوداني.",
    );
    assert_eq!(only(&x, EventType::ArmedClash).date.to_edtf(), "2022-06-22");
}

/// A date after "after" dates the event named right after it ("بعد أن شنت الهند فجر الأربعاء
/// ضربات"), not only an event named before it; with no event there it dates nothing.
#[test]
fn a_date_after_after_dates_the_event_named_next_to_it() {
    let x = report(
        "2025-05-07",
        "ar",
        "تصاعد التوتر بين البلدين بعد أن شنت الهند فجر الأربعاء ضربات على تسعة مواقع في باكستان.",
    );
    assert_eq!(only(&x, EventType::AirStrike).date.to_edtf(), "2025-05-07");

    let x = report(
        "2022-09-17",
        "en",
        "The talks stalled after a change of government in March, officials said.",
    );
    assert!(
        x.incidents
            .iter()
            .all(|i| !i.date.to_edtf().starts_with("2022-03")),
        "{:#?}",
        x.incidents
    );
}

/// For each (language, text) report published on `published`, the types of the incidents dated
/// `edtf` pass `check` (the panic lists every incident of the report).
fn each_dated(
    published: &str,
    cases: &[(&str, &str)],
    edtf: &str,
    check: impl Fn(&[EventType]) -> bool,
) {
    for (lang, body) in cases {
        let x = report(published, lang, body);
        let dated: Vec<EventType> = x
            .incidents
            .iter()
            .filter(|i| i.date.to_edtf() == edtf)
            .map(|i| i.event_type)
            .collect();
        assert!(
            check(&dated),
            "{body}\n    {edtf}: {dated:?}\n    all: {:?}",
            types_and_dates(&x)
        );
    }
}

/// A relation phrase at the head of a sentence, closed by a comma ("After the shelling, on
/// Thursday, ..."), names what came before: the date that opens the next part is the act's
/// after it, not the one named in the phrase.
#[test]
fn a_fronted_relation_phrase_leaves_the_date_after_it_to_the_act() {
    let cases = [
        (
            "ru",
            "Спустя неделю после визита президента на остров, в четверг, премьер-министры встретились в Москве.",
        ),
        (
            "ru",
            "После обстрела заставы, 30 октября, стороны подписали соглашение о прекращении огня.",
        ),
        (
            "en",
            "After the shelling of the post, on Thursday, the two sides signed a ceasefire agreement.",
        ),
    ];
    each_dated("2003-11-01", &cases, "2003-10-30", |dated| {
        matches!(
            dated,
            [EventType::Talks | EventType::Agreement | EventType::Ceasefire]
        )
    });
}

/// "declared a ceasefire from the following day": the day the declared truce begins says
/// nothing of the day it was declared, which stays open rather than the day after the last act.
#[test]
fn a_period_declared_from_the_following_day_is_no_day_after() {
    let cases = [
        (
            "en",
            "Rebels seized the town of Kalehe on Monday, 3 February.\n\nThe rebel coalition declared a unilateral ceasefire from the following day.",
        ),
        (
            "ar",
            "سيطر المتمردون على بلدة كاليهي يوم الاثنين 3 فبراير.\n\nوأعلن التحالف المتمرد وقفا لإطلاق النار من جانب واحد اعتبارا من اليوم التالي.",
        ),
    ];
    each_dated("2025-02-09", &cases, "[2025-02-03..2025-02-09]", |dated| {
        dated == [EventType::Ceasefire]
    });
}

/// "By the time troops reached the village on Monday, gunmen had burned the houses": the
/// burning was done by Monday, not on it.
#[test]
fn what_was_done_by_the_time_of_a_dated_act_is_bounded_by_its_day() {
    let cases = [
        (
            "en",
            "By the time troops reached the village on Monday evening, gunmen had set fire to a dozen houses.",
        ),
        (
            "ru",
            "К тому времени, как в понедельник вечером в село вошли войска, боевики сожгли десяток домов.",
        ),
        (
            "ar",
            "وبحلول الوقت الذي وصلت فيه القوات إلى القرية مساء الاثنين، أحرق المسلحون عشرات المنازل.",
        ),
    ];
    each_dated("2008-05-24", &cases, "[..2008-05-19]", |dated| {
        dated == [EventType::PropertyDestruction]
    });
}

/// "5 сентября 2017 года, во время визита ..., президенты подписали договор": an act told as
/// done during a dated one takes its day as its own, and so stays apart from a later act of
/// its kind that the report tells undated.
#[test]
fn an_act_during_a_dated_visit_takes_its_day() {
    let cases = [
        (
            "ru",
            "В начале октября стороны согласовали новый договор о границе.\n\n5 сентября 2017 года, во время визита президента Узбекистана в Бишкек, президенты подписали договор о большей части границы.",
        ),
        (
            "ru",
            "В начале октября стороны согласовали новый договор о границе.\n\nПрезиденты подписали договор о большей части границы во время визита Мирзиёева в Бишкек 5 сентября 2017 года.",
        ),
        (
            "en",
            "Early in October the two sides agreed a new border treaty.\n\nOn 5 September 2017, during the Uzbek president's visit to Bishkek, the presidents signed a treaty on most of the border.",
        ),
    ];
    each_dated("2022-10-26", &cases, "2017-09-05", |dated| {
        dated.contains(&EventType::Agreement)
    });
}

/// An Arabic month named by the noun it follows ("صفحة كانون الأول", December's page) does not
/// date the act told after it; after "في" or an event word it does.
#[test]
fn a_month_in_construct_names_its_noun_s_month() {
    let x = report(
        "2024-01-03",
        "ar",
        "لم يكد اللبنانيون يطوون صفحة كانون الأول حتى جاء اغتيال القيادي في الضاحية الجنوبية لبيروت، مساء أمس الثلاثاء.",
    );
    assert_eq!(only(&x, EventType::Attack).date.to_edtf(), "2024-01-02");

    let x = report(
        "2024-01-03",
        "ar",
        "وقع اغتيال القيادي في الضاحية الجنوبية لبيروت في كانون الأول.",
    );
    assert_eq!(only(&x, EventType::Attack).date.to_edtf(), "2023-12");
}

/// A verb of announcing right after the event it qualifies ("هدنة إنسانية أعلنت في موسكو في
/// العاشر من أكتوبر", "a truce announced in Moscow on Oct. 10") dates the event; after a
/// comma ("clashes erupted, the ministry announced on Monday") it is the telling's.
#[test]
fn an_announced_event_takes_the_announcement_s_date() {
    let x = report(
        "2021-09-27",
        "ar",
        "ولم تصمد هدنة إنسانية أعلنت في موسكو في العاشر من أكتوبر 2020 سوى ساعات.",
    );
    assert_eq!(only(&x, EventType::Ceasefire).date.to_edtf(), "2020-10-10");

    let x = report(
        "2021-09-27",
        "en",
        "A truce announced in Moscow on October 10, 2020 lasted only hours.",
    );
    assert_eq!(only(&x, EventType::Ceasefire).date.to_edtf(), "2020-10-10");
}

/// "agreed late Friday to halt the fighting, after clashes forced thousands to flee": the
/// fighting to be halted is no planned incident, and the flight told after "after" does not
/// take the agreement's day.
#[test]
fn what_is_to_stop_and_what_came_before_an_agreement() {
    let x = report(
        "2022-09-17",
        "en",
        "Kyrgyzstan and Tajikistan agreed late Friday to halt the fighting on their border, after clashes forced more than 100,000 people to flee their homes.",
    );
    assert!(
        x.incidents.iter().all(|i| i.status != Status::Planned),
        "{:#?}",
        x.incidents
    );
    let flight = only(&x, EventType::Displacement);
    assert_ne!(flight.date.to_edtf(), "2022-09-16");
    assert_eq!(only(&x, EventType::Agreement).date.to_edtf(), "2022-09-16");
}

/// "violated the ceasefire": the truce breached is named to say what was breached; it makes
/// no ceasefire incident of its own.
#[test]
fn a_breached_truce_is_no_incident_of_its_own() {
    let x = report(
        "2025-05-07",
        "en",
        "The army said Pakistan violated the ceasefire along the Line of Control on Tuesday night.",
    );
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::Ceasefire),
        "{:#?}",
        x.incidents
    );
    assert!(!x.incidents.is_empty());
}

/// A breach of an agreement named after a place ("in violation of the Minsk agreements", "в
/// нарушение Минских соглашений"): the agreement is the one the reader knows, no incident of
/// its own, and the place it is named after is not where the shelling was.
#[test]
fn a_breached_agreement_named_after_a_place_is_neither_incident_nor_place() {
    for (lang, text) in [
        (
            "en",
            "Rebels shelled army positions on Saturday in violation of the Minsk agreements, the army said.",
        ),
        (
            "ru",
            "В субботу боевики обстреляли позиции армии в нарушение Минских соглашений.",
        ),
    ] {
        let x = report("2015-03-01", lang, text);
        assert!(
            x.incidents
                .iter()
                .all(|i| i.event_type != EventType::Agreement),
            "{lang}: {:#?}",
            x.incidents
        );
        let shelling = only(&x, EventType::Shelling);
        assert_eq!(shelling.date.to_edtf(), "2015-02-28", "{lang}");
        assert_eq!(shelling.place, None, "{lang}");
    }
    // An Arabic construct names the agreement after its word ("اتفاق القاهرة").
    let x = report(
        "2008-05-20",
        "ar",
        "هاجم مسلحون يوم السبت مواقع الجيش عند مداخل المخيم الذي لم يدخله الجيش منذ اتفاق القاهرة عام 1969.",
    );
    assert_eq!(only(&x, EventType::Attack).place, None);
}

/// A written span of years ("between 2003 and 2006", "بين عامي 1994 و1996", "in the 1980s")
/// dates the act it belongs to when the sentence dates it no other way.
#[test]
fn spans_of_years_date_background_acts() {
    let x = report(
        "2024-05-02",
        "en",
        "The two armies fought a string of deadly artillery duels between 2003 and 2006 over the plateau.",
    );
    assert_eq!(
        only(&x, EventType::Shelling).date.to_edtf(),
        "2003-01-01/2006-12-31"
    );

    let x = report(
        "2024-05-02",
        "ar",
        "وخاض البلدان حربا حدودية بين عامي 1994 و1996.",
    );
    assert_eq!(
        only(&x, EventType::ArmedClash).date.to_edtf(),
        "1994-01-01/1996-12-31"
    );

    let x = report(
        "2024-05-02",
        "en",
        "Rebels attacked border posts in the 1980s.",
    );
    assert_eq!(
        only(&x, EventType::Attack).date.to_edtf(),
        "[1980-01-01..1989-12-31]"
    );
}

/// "exchanged small-arms and rocket fire": an exchange is one clash, whatever weapons are
/// named between the verb and "fire".
#[test]
fn fire_exchanged_with_several_weapons_is_one_clash() {
    let x = report(
        "2023-06-08",
        "en",
        "Troops of the two countries exchanged heavy machine-gun and mortar fire near the border post on Tuesday.",
    );
    assert_eq!(x.incidents.len(), 1, "{:#?}", x.incidents);
    assert_eq!(only(&x, EventType::ArmedClash).date.to_edtf(), "2023-06-06");
}

/// "the worst since October 2019, when ...": the landmark's "when" clause tells what happened
/// then, and takes the landmark's date.
#[test]
fn what_a_landmark_s_when_tells_takes_its_date() {
    assert_has(
        &report(
            "2022-09-17",
            "en",
            "The clashes are the worst since October 2019, when dozens of soldiers were killed in fighting along the frontier.",
        ),
        EventType::ArmedClash,
        "2019-10",
    );
    assert_has(
        &report(
            "2022-09-17",
            "ar",
            "وتعد هذه المواجهات الأعنف منذ أكتوبر 2019، عندما قتل العشرات في اشتباكات على الحدود.",
        ),
        EventType::ArmedClash,
        "2019-10",
    );
}

/// "بعد ظهر الأربعاء" (Wednesday afternoon), "shortly after midnight on Sunday": an "after"
/// that is part of a time of day dates the act like any other date.
#[test]
fn after_as_part_of_a_time_of_day() {
    let x = report(
        "2022-07-21",
        "ar",
        "وكانت قذائف عدة قد سقطت بعد ظهر الأربعاء على قرية حدودية.",
    );
    assert_eq!(only(&x, EventType::Shelling).date.to_edtf(), "2022-07-20");
    let x = report(
        "2022-07-21",
        "en",
        "Shells landed in two villages shortly after midnight on Sunday.",
    );
    assert_eq!(only(&x, EventType::Shelling).date.to_edtf(), "2022-07-17");
}

/// "fought a short war ... in 1971": the verb and its object are one event, dated once.
#[test]
fn a_fighting_verb_and_its_object_are_one_event() {
    let x = report(
        "2024-05-02",
        "en",
        "The two countries fought a short war over the pass in 1971, which ended in a stalemate.",
    );
    assert_eq!(only(&x, EventType::ArmedClash).date.to_edtf(), "1971");
}

/// "The raid came two days after artillery shelled the village early on Sunday": the date
/// after the anchor is the anchor's, and the raid is two days after it.
#[test]
fn a_date_after_the_anchor_of_a_relation_is_the_anchor_s() {
    assert_has(
        &report(
            "2025-09-03",
            "en",
            "The raid came two days after Israeli artillery shelled the outskirts of the village early on Sunday.",
        ),
        EventType::Shelling,
        "2025-08-31",
    );
    let x = report(
        "2025-09-03",
        "ar",
        "وتأتي الغارة بعد يومين من قصف مدفعي إسرائيلي طال أطراف البلدة فجر الأحد.",
    );
    assert_eq!(only(&x, EventType::Shelling).date.to_edtf(), "2025-08-31");
    // "Two days after" is read loosely, a day either way, but never the anchor's day.
    let raid = only(&x, EventType::AirStrike);
    assert!(
        raid.date.earliest() > Some(day("2025-08-31")),
        "{}",
        raid.date
    );
    assert!(
        raid.date.latest() >= Some(day("2025-09-02")),
        "{}",
        raid.date
    );
}

/// A denial contests the act told just before it ("Cambodia has denied firing any artillery
/// rounds"): that act is claimed, and the denied clause tells no act of its own. A war feared
/// ("fears of an open war", "مخاوف من انزلاق البلدين إلى حرب") is no incident.
#[test]
fn denials_contest_and_fears_tell_nothing() {
    let x = report(
        "2025-03-12",
        "en",
        "The army said Cambodian artillery shelled a border village late Sunday, amid fears of an open war. Cambodia has denied firing any artillery rounds.",
    );
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.status, Status::Claimed);
    assert_eq!(s.date.to_edtf(), "2025-03-09");
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::ArmedClash),
        "{:#?}",
        x.incidents
    );

    let x = report(
        "2026-08-06",
        "ar",
        "قال مسؤول محلي إن سبعة مدنيين قتلوا جراء قصف مدفعي استهدف أحياء سكنية في البلدة فجر الأربعاء، وسط مخاوف من انزلاق البلدين إلى حرب مفتوحة.\n\nمن جانبه، نفى وزير الإعلام في تغريدة أن تكون بلاده قد أطلقت أي قذيفة.",
    );
    let s = only(&x, EventType::Shelling);
    assert_eq!(s.status, Status::Claimed);
    assert_eq!(s.date.to_edtf(), "2026-08-05");
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::ArmedClash),
        "{:#?}",
        x.incidents
    );
}

/// "under an agreement signed in 1996": a reference with a date of its own names that
/// agreement, not an undated one told before it.
#[test]
fn a_dated_reference_names_its_own_agreement() {
    let x = report(
        "2020-06-17",
        "ar",
        "وتوصل الطرفان إلى اتفاق على فض الاشتباك.\n\nويلتزم الطرفان بموجب اتفاقية وقعت عام 1996 بعدم استخدام الأسلحة النارية في المناطق الحدودية.",
    );
    let mut dates: Vec<String> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == EventType::Agreement)
        .map(|i| i.date.to_edtf())
        .collect();
    dates.sort();
    assert_eq!(dates.len(), 2, "{dates:?}");
    assert_eq!(dates[0], "1996", "{dates:?}");
}

/// "A week ago, three fighters were killed by Israeli shelling", told after a shelling on
/// Friday: an act dated to a span is another telling than the day-dated one, never narrowed to
/// its day.
#[test]
fn an_act_dated_to_a_span_is_not_narrowed_to_another_s_day() {
    let x = report(
        "2023-10-16",
        "en",
        "Israeli artillery shelled the outskirts of two villages on Friday.\n\nA week ago, three fighters were killed by Israeli shelling near the border.",
    );
    assert_has(&x, EventType::Shelling, "2023-10-13");
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Shelling
                && i.date.earliest() == Some(day("2023-10-09"))),
        "{:?}",
        types_and_dates(&x)
    );
}

/// What was said on Thursday to have happened ("officials said on Thursday that troops shelled
/// a post") happened by Thursday: it is not the shelling of Saturday told before it.
#[test]
fn an_act_said_on_a_day_is_not_a_later_one() {
    let x = report(
        "2022-09-17",
        "en",
        "Tajik troops shelled a border post near Ak-Sai on Saturday morning.\n\nKyrgyz officials said on Thursday that Tajik troops shelled a border post near Ak-Sai.",
    );
    assert_has(&x, EventType::Shelling, "2022-09-17");
    assert_has(&x, EventType::Shelling, "[..2022-09-15]");
}

#[test]
fn a_denial_contests_the_violence_not_the_mourning_or_the_summons() {
    let x = report(
        "2022-07-21",
        "ar",
        "أعلنت الحكومة العراقية الحداد الرسمي الخميس، واستدعت القائم بالأعمال التركي، غداة مقتل تسعة سياح في قصف مدفعي استهدف منتجعا في زاخو، فيما نفت أنقرة أي مسؤولية.",
    );
    let mourning = only(&x, EventType::Statement);
    assert_eq!(mourning.status, Status::Occurred);
    assert_eq!(mourning.date.to_edtf(), "2022-07-21");
    // The summons, told with the mourning, is that Thursday's act too, and no allegation.
    let summons = only(&x, EventType::Other);
    assert_eq!(summons.status, Status::Occurred);
    assert_eq!(summons.date.to_edtf(), "2022-07-21");
    let shelling = only(&x, EventType::Shelling);
    assert_eq!(shelling.status, Status::Claimed);
    assert_eq!(shelling.date.to_edtf(), "2022-07-20");
}

#[test]
fn the_body_dates_what_the_lede_sums_up() {
    let x = report(
        "2022-09-17",
        "en",
        "Clashes involving tanks and drones killed dozens and forced thousands to flee their homes.\n\n\
         Officials said talks would continue.\n\n\
         On Friday, more than 136,000 people fled the border villages of Batken.",
    );
    let fled = only(&x, EventType::Displacement);
    assert_eq!(fled.date.to_edtf(), "2022-09-16");
}

#[test]
fn a_date_of_what_is_offered_or_asked_for_dates_no_event() {
    let x = report(
        "2026-11-20",
        "en",
        "Qatar has offered to host talks between Islamabad and Kabul as soon as next week.",
    );
    let offer = only(&x, EventType::Statement);
    assert_eq!(offer.status, Status::Occurred);
    assert!(
        offer.date.latest() <= Some(day("2026-11-20")),
        "{}",
        offer.date.to_edtf()
    );
}

#[test]
fn the_year_of_a_signing_dates_only_the_agreement() {
    for (lang, body) in [
        (
            "en",
            "India suspended the Indus Waters Treaty signed in 1960 with Pakistan.",
        ),
        (
            "ar",
            "علقت الهند العمل بمعاهدة مياه السند الموقعة عام 1960.",
        ),
    ] {
        let x = report("2025-05-07", lang, body);
        let suspended = only(&x, EventType::Other);
        assert_ne!(suspended.date.to_edtf(), "1960", "{lang}");
    }
}

#[test]
fn fighting_that_spread_to_new_places_is_new_fighting() {
    let x = report(
        "2022-09-17",
        "en",
        "On Friday, troops clashed near Dostuk.\n\nA few hours later, the fighting had spread to Ak-Sai and Kapchygai.",
    );
    let clashes: Vec<_> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == EventType::ArmedClash)
        .collect();
    assert_eq!(
        clashes.len(),
        2,
        "{:?}",
        clashes.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
    let x = report(
        "2021-05-01",
        "ar",
        "اندلعت اشتباكات يوم الخميس قرب قرية كوك-تاش.\n\nوبعد ساعات، امتدت الاشتباكات إلى محيط جيب فوروخ.",
    );
    let clashes = x
        .incidents
        .iter()
        .filter(|i| i.event_type == EventType::ArmedClash)
        .count();
    assert_eq!(clashes, 2);
}

#[test]
fn a_saying_inside_an_after_phrase_still_bounds_what_was_said() {
    let x = report(
        "2024-01-18",
        "en",
        "Islamabad (AFP) – The strikes came after Iran said late Tuesday it had hit two bases of the group in Balochistan with missiles and drones.",
    );
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::AirStrike
                && i.date.latest() <= Some(day("2024-01-16"))),
        "{:?}",
        x.incidents
            .iter()
            .map(|i| i.date.to_edtf())
            .collect::<Vec<_>>()
    );
    // The wire head names where the report was written, not where anything happened.
    assert!(
        x.incidents
            .iter()
            .all(|i| i.place.as_deref() != Some("Islamabad"))
    );
}

#[test]
fn a_when_clause_tells_the_time_of_the_act_before_it_not_of_a_landmark() {
    // The lede dates the fighting; "The fighting ... broke out after midnight, when forces
    // began shelling" puts the shelling at its time, and neither joins the war the fighting
    // is measured against.
    let x = report(
        "2022-09-13",
        "en",
        "Dozens of soldiers were killed in fighting along the border on Tuesday, officials said.\n\nThe fighting, the heaviest since the 44-day war two years ago, broke out shortly after midnight, when Azerbaijani forces began shelling positions near Jermuk.",
    );
    assert_has(&x, EventType::Shelling, "2022-09-13");
    assert_has(&x, EventType::ArmedClash, "2020");
    assert!(
        x.incidents
            .iter()
            .filter(|i| i.date.to_edtf() == "2020")
            .all(|i| i.evidence.len() == 1),
        "the war is told once: {:?}",
        x.incidents
            .iter()
            .map(|i| (i.event_type, i.date.to_edtf(), i.evidence.len()))
            .collect::<Vec<_>>()
    );
    let x = report(
        "2026-04-20",
        "ar",
        "اندلعت الاشتباكات فجر الأحد، حين أطلق عناصر من الجيش النار على مزارعين قرب الواحة.",
    );
    assert_every(&x, "every act on the Sunday", |i| {
        i.date.to_edtf() == "2026-04-19"
    });
}

#[test]
fn the_act_named_again_with_its_day_dates_the_one_just_told() {
    // "the attack took place on Monday", right after an undated drone attack was told: that
    // attack's day, not a second attack.
    let x = report(
        "2023-09-27",
        "en",
        "The death toll from a drone attack on a Bahraini position on the Saudi border rose to three, the army said.\n\nThe command had said in a first statement that the attack took place on Monday, September 25.",
    );
    let strike = only(&x, EventType::AirStrike);
    assert_eq!(strike.date.to_edtf(), "2023-09-25");
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::Attack)
    );
    let x = report(
        "2023-09-27",
        "ar",
        "ارتفعت حصيلة قتلى الهجوم بطائرة مسيرة على موقع لقوة دفاع البحرين إلى ثلاثة عسكريين.\n\nوكانت القيادة العامة قد أعلنت في بيان أول أن الهجوم وقع يوم الاثنين 25 سبتمبر 2023.",
    );
    assert_eq!(only(&x, EventType::AirStrike).date.to_edtf(), "2023-09-25");
}

#[test]
fn a_place_after_the_anchor_of_a_relation_is_the_anchor_s() {
    let x = report(
        "2025-09-03",
        "en",
        "An Israeli drone strike on a car killed three people in Bint Jbeil on Tuesday.\n\nThe strike came two days after Israeli artillery shelled the outskirts of Kfar Kila.",
    );
    let strike = only(&x, EventType::AirStrike);
    assert_eq!(strike.place.as_deref(), Some("Bint Jbeil"));
    assert_eq!(strike.date.to_edtf(), "2025-09-02");
    assert_eq!(
        only(&x, EventType::Shelling).place.as_deref(),
        Some("Kfar Kila")
    );
}

#[test]
fn daily_strikes_are_a_pattern_but_the_war_they_follow_is_not_lost() {
    let x = report(
        "2025-09-03",
        "ar",
        "ورغم سريان وقف إطلاق النار منذ 27 تشرين الثاني/نوفمبر 2024، الذي أنهى أكثر من عام من المواجهات بين حزب الله وإسرائيل، تواصل إسرائيل شن غارات شبه يومية على جنوب لبنان.",
    );
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::AirStrike)
    );
    assert_eq!(
        x.incidents
            .iter()
            .filter(|i| i.event_type == EventType::ArmedClash)
            .count(),
        1
    );
    let x = report(
        "2025-09-03",
        "en",
        "Israel has kept up near-daily strikes on southern Lebanon since the ceasefire.",
    );
    assert!(
        x.incidents
            .iter()
            .all(|i| i.event_type != EventType::AirStrike)
    );
}

#[test]
fn an_act_told_the_next_day_does_not_join_one_over_before() {
    let check = |x: &Extraction| {
        assert_has(x, EventType::Shelling, "2023-12-05");
        assert!(
            x.incidents
                .iter()
                .any(|i| i.event_type == EventType::Shelling
                    && i.date.earliest() >= Some(day("2023-12-26"))),
            "{:?}",
            types_and_dates(x)
        );
    };
    check(&report(
        "2024-01-03",
        "en",
        "On December 5, Israeli shelling hit an army post near Odaisseh, killing a soldier.\n\nOn the night of December 26, a drone struck a house in Bint Jbeil. Hezbollah responded the next day by shelling the Branit barracks.",
    ));
    check(&report(
        "2024-01-03",
        "ar",
        "ففي 5 كانون الأول، قتل جندي لبناني جراء قصف إسرائيلي استهدف مركزاً للجيش قرب العديسة.\n\nأما ليل 26 كانون الأول، فاستهدفت مسيّرة منزلاً في بنت جبيل ما أدى إلى مقتل ثلاثة. ورد الحزب في اليوم التالي بقصف ثكنة برانيت.",
    ));
}

#[test]
fn an_act_told_as_going_on_is_the_one_already_told() {
    let x = report(
        "2023-09-24",
        "en",
        "Armed men ambushed a police patrol near Banjska at 02:30 on Sunday, killing an officer.\n\nExchanges of fire continued intermittently throughout the day.",
    );
    assert_eq!(
        x.incidents.len(),
        1,
        "{:?}",
        x.incidents.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
    let x = report(
        "2023-09-24",
        "ar",
        "هاجم مسلحون دورية للشرطة قرب بانيسكا فجر الأحد، ما أدى إلى مقتل شرطي.\n\nوتواصل تبادل إطلاق النار بشكل متقطع طوال النهار.",
    );
    assert_eq!(
        x.incidents.len(),
        1,
        "{:?}",
        x.incidents.iter().map(|i| &i.title).collect::<Vec<_>>()
    );
}

#[test]
fn a_date_between_an_act_and_a_known_act_it_names_is_the_first_act_s() {
    // "condemned, yesterday, the strike": the condemnation is yesterday's; the strike keeps
    // the evening it was told with.
    let x = report(
        "2024-05-28",
        "ar",
        "قتل 45 شخصا في غارة إسرائيلية استهدفت مساء الأحد مخيما للنازحين غربي رفح.\n\nوأدانت وزارة الخارجية المصرية، أمس، بأشد العبارات الغارة على المخيم.",
    );
    assert_has(&x, EventType::AirStrike, "2024-05-26");
    assert_has(&x, EventType::Statement, "2024-05-27");
}

#[test]
fn what_a_dated_act_came_after_happened_by_then() {
    // The exchange of fire the 2023 closure came after is not the clash of this week.
    let x = report(
        "2025-10-31",
        "ar",
        "وقتل ثلاثة جنود في تبادل لإطلاق النار بين حرس الحدود في الجانبين يوم الثلاثاء.\n\nففي سبتمبر 2023، أغلق معبر طورخم تسعة أيام إثر تبادل لإطلاق النار بين حرس الحدود في الجانبين.",
    );
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::ArmedClash
                && i.date.latest() <= Some(day("2023-09-30"))),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_report_told_day_by_day_dates_each_section_by_its_heading() {
    // A weekly review: each day's heading dates the undated acts under it, up to a cross-head
    // that is no date.
    let x = report(
        "2023-06-03",
        "en",
        "Here is how a tense week on the border unfolded, day by day, according to officials on both sides.\n\nMONDAY, MAY 29\nBorder guards of the two countries exchanged fire near the river crossing for two hours.\n\nTUESDAY\nThe two interior ministers held talks by telephone.\n\nTHE BACKGROUND\nResidents of the valley fled their homes.",
    );
    assert_has(&x, EventType::ArmedClash, "2023-05-29");
    assert_has(&x, EventType::Talks, "2023-05-30");
    assert!(
        only(&x, EventType::Displacement).date.exact_day().is_none(),
        "{:?}",
        types_and_dates(&x)
    );
    let x = report(
        "2022-09-30",
        "ar",
        "شهد الأسبوع تصعيدا على الحدود بين البلدين، وفي ما يلي أبرز ما جرى يوما بيوم.\n\nالأحد ٢٥ أيلول\nقصفت المدفعية قرى حدودية في المنطقة.\n\nالثلاثاء ٢٧ أيلول\nتظاهر المئات أمام مقر الأمم المتحدة.",
    );
    assert_has(&x, EventType::Shelling, "2022-09-25");
    assert_has(&x, EventType::Protest, "2022-09-27");
}

#[test]
fn a_saying_in_a_russian_gerund_clause_shares_its_day_with_the_act_after_it() {
    // "обвинив ..." is a circumstance of the offensive its subject resumed that day.
    let x = report(
        "2023-09-27",
        "ru",
        "16 сентября 1993 года абхазская сторона, обвинив Тбилиси в нарушении перемирия, возобновила наступление на Сухуми.",
    );
    assert_has(&x, EventType::ArmedClash, "1993-09-16");
}

#[test]
fn a_liveblog_s_clock_stamps_keep_the_day_heading_above_them() {
    // Posts stamped "21:45" on lines of their own stay under their day's heading.
    let x = report(
        "2022-09-14",
        "ru",
        "Мы продолжаем следить за ситуацией на границе. Лента обновляется.\n\n13 сентября\n\n21:45\nСовет безопасности решил направить в регион миссию.\n\n14 сентября\n\n07:30\nПограничники двух стран обменялись огнем у села.\n\n09:10\nМинистры провели телефонный разговор.",
    );
    assert_has(&x, EventType::ArmedClash, "2022-09-14");
    assert_has(&x, EventType::Talks, "2022-09-14");
    // Stamps that turn back across midnight ("23:40", then "00:20") leave the heading's day.
    let x = report(
        "2022-09-15",
        "en",
        "Follow the latest on the border here, as the two armies trade fire.\n\nSeptember 13\n\n08:10\nBorder guards exchanged fire near the river crossing.\n\nSeptember 14\n\n10:00\nThe two foreign ministers held talks by telephone.\n\n23:40\nArtillery shelled the village of Uri.\n\n00:20\nHundreds of residents fled their homes.",
    );
    assert_has(&x, EventType::ArmedClash, "2022-09-13");
    assert_has(&x, EventType::Shelling, "2022-09-14");
    assert!(
        only(&x, EventType::Displacement).date.to_edtf() != "2022-09-14",
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_part_of_the_day_named_in_words_is_on_the_story_s_day() {
    // "At dawn", "in the early hours" with no day, in a paragraph of its own: the day the
    // story last told, as a clock time would be; not merely on or before the publication day.
    for opening in [
        "At dawn",
        "In the early hours of the morning",
        "In the afternoon",
    ] {
        let x = report(
            "2022-09-14",
            "en",
            &format!(
                "Rebel fighters attacked the army post at Kamsar on Monday.\n\n{opening}, government aircraft bombed the rebels' positions near the river."
            ),
        );
        assert_has(&x, EventType::Attack, "2022-09-12");
        assert_has(&x, EventType::AirStrike, "2022-09-12");
    }
}

#[test]
fn a_weekday_before_last_and_the_last_day_of_a_year_date_their_acts() {
    // Published Saturday 6 December 2008: "the Wednesday before last" is 26 November, not the
    // last Wednesday (3 December).
    let x = report(
        "2008-12-06",
        "ar",
        "هاجم مسلحون فندقا في المدينة ليل الأربعاء قبل الماضي.",
    );
    assert_has(&x, EventType::Attack, "2008-11-26");
    // "the last day of 1989" is a day, not the year (nor, once the year was set aside, the
    // day of the story told around it).
    let x = report(
        "1990-01-27",
        "ru",
        "Войска вошли в город в пятницу.\n\nВ последний день 1989 года жители разрушили пограничные сооружения.",
    );
    assert_has(&x, EventType::PropertyDestruction, "1989-12-31");
}

#[test]
fn an_act_going_on_since_a_day_is_not_dated_before_it() {
    // The month at the sentence's head is the price rise's (no act tarikh reads); the sit-ins
    // have gone on since 3 July, so they cannot be of early June.
    let x = report(
        "2014-09-19",
        "ar",
        "بدأت الأزمة في أوائل حزيران الماضي، حين رفعت الحكومة الضرائب، وهو ما دفع النقابات إلى تنظيم اعتصامات أمام البرلمان منذ 3 تموز.",
    );
    let sit_in = only(&x, EventType::Protest);
    assert_eq!(
        sit_in.date.earliest().map(|d| d.to_string()).as_deref(),
        Some("2014-07-03"),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn an_act_sharing_the_day_of_the_act_before_it_joins_no_incident_of_another_day() {
    // "killed" is of 16 October, the day its sentence opens with: it is no toll of the May
    // attack, and "the following day" counts from the 16th (it had been 24 May).
    let x = report(
        "2017-10-23",
        "en",
        "Militants attacked the town of Kamsar on 23 May, starting a long siege.\n\nIn a pre-dawn operation on 16 October, acting on a tip from a freed captive, troops killed two rebel leaders. The following day, the President visited the city.",
    );
    assert_has(&x, EventType::Visit, "2017-10-17");
}

#[test]
fn a_state_declared_since_a_day_is_of_that_day() {
    // A state made by announcing it, in force since a day: announced that day (not merely
    // begun by then, and not after an act the sentence tells it followed).
    let x = report(
        "2016-03-08",
        "ar",
        "وتؤكد الوزارة أن حالة الطوارئ المعلنة منذ 20 نوفمبر 2015، إثر هجوم على حافلة للأمن، ما تزال سارية.",
    );
    assert_has(&x, EventType::Other, "2015-11-20");
    let x = report(
        "2021-05-10",
        "en",
        "The curfew declared in the province since Friday remains in force.",
    );
    assert_has(&x, EventType::Other, "2021-05-07");
}

#[test]
fn the_same_day_under_a_run_in_weekday_heading_is_the_heading_s_day() {
    // A chronicle of the week published on Saturday: "В тот же день" under "Четверг." is that
    // Thursday, not the publication day (the tagger read no date before it).
    let x = report(
        "1999-09-25",
        "ru",
        "Хроника недели.\n\nПонедельник. В прокуратуре прошло совещание руководителей ведомств.\n\nЧетверг. Министр объявил, что в городе предотвращен взрыв. В тот же день авиация нанесла удары по аэропорту.",
    );
    assert_has(&x, EventType::AirStrike, "1999-09-23");
}

#[test]
fn a_section_dates_a_general_act_and_what_followed_within_hours() {
    // Under its heading: a strike told with a general verb, shelling "within hours", missiles
    // fired "before dawn". A toll told after them adds no act of its own.
    let x = report(
        "2025-05-12",
        "en",
        "Our weekly round-up of the crisis, day by day. The two armies fought for four days.\n\nWEDNESDAY\nIndia struck nine sites in Pakistan. Pakistan said 31 civilians were killed. Within hours Pakistani artillery pounded the town of Poonch.\n\nSATURDAY\nBefore dawn India fired missiles at three air bases.",
    );
    assert_has(&x, EventType::AirStrike, "2025-05-07");
    assert_has(&x, EventType::Shelling, "2025-05-07");
    assert_has(&x, EventType::Shelling, "2025-05-10");
    assert_every(&x, "every act is dated by its section", |i| {
        i.date.exact_day().is_some()
    });
}

#[test]
fn a_day_word_under_a_day_heading_counts_from_the_heading() {
    // Published on 7 May; the entry of 5 May says "yesterday": the 4th, not the 6th.
    let x = report(
        "2025-05-07",
        "en",
        "Follow the latest on the border here, as the two armies trade fire.\n\nMay 5, 2025\nArtillery shelled the border village of Uri yesterday, officials said.\n\nMay 6, 2025\nTroops clashed near the river crossing.",
    );
    assert!(
        x.incidents.iter().any(|i| i.date.to_edtf() == "2025-05-04"),
        "nothing dated 2025-05-04 in {:?}",
        types_and_dates(&x)
    );
    assert_has(&x, EventType::ArmedClash, "2025-05-06");
}

#[test]
fn what_a_concession_names_is_background_not_the_section_s_act() {
    // "Despite the truce" under the 5th refers to the truce of the 3rd; it is no truce of the
    // 5th.
    let x = report(
        "2025-02-09",
        "en",
        "Here is what we know about the fighting, day by day.\n\nMonday 3 February\nThe rebels declared a ceasefire.\n\nWednesday 5 February\nDespite the truce, fighters seized the mining town of Nyabibwe.",
    );
    assert_eq!(only(&x, EventType::Ceasefire).date.to_edtf(), "2025-02-03");
}

#[test]
fn a_box_of_dated_milestones_dates_its_items_and_nothing_below() {
    // A liveblog's list of the war's milestones: each item keeps its own day, none is taken
    // for the dateline, and the entry below ("this morning, Monday") stays on the publication
    // day: no item's day heads it.
    let x = report(
        "2006-08-14",
        "ar",
        "14:05\nمحطات الحرب:\n- 13 تموز: قصف مطار بيروت الدولي.\n- 30 تموز: غارة على بلدة قانا.\n- 6 آب: مقتل 12 جندي احتياط بصاروخ في كفرجلعادي.\n\n08:00\nبدأ عند الثامنة من صباح اليوم الاثنين سريان وقف الأعمال العدائية بين إسرائيل وحزب الله.",
    );
    assert_eq!(
        only(&x, EventType::Ceasefire).date.to_edtf(),
        "2006-08-14",
        "{:?}",
        types_and_dates(&x)
    );
    for day in ["2006-07-13", "2006-08-06"] {
        assert!(
            x.incidents.iter().any(|i| i.date.to_edtf() == day),
            "no item dated {day} in {:?}",
            types_and_dates(&x)
        );
    }
    assert!(
        !x.notes.iter().any(|n| n.contains("does not read as")),
        "{:?}",
        x.notes
    );
}

#[test]
fn what_a_past_act_was_for_is_not_planned() {
    // "appeared in a recording late in December to deny ...": the ل of purpose before the
    // imperfect verb ties the denial to the recording's time; late December is the one before
    // publication, not the coming one.
    let x = report(
        "2010-01-31",
        "ar",
        "وكان الحوثي قد ظهر في تسجيل صوتي أواخر ديسمبر لينفي أنباء إصابته.",
    );
    let denial = only(&x, EventType::Statement);
    assert_eq!(denial.status, Status::Occurred, "{:?}", types_and_dates(&x));
    assert!(
        denial.date.latest() <= Some(day("2009-12-31")),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn what_someone_is_urged_to_do_is_not_done_nor_planned() {
    // "advised Russians not to travel": no visit; 'a "planned provocation"' is how the
    // downing is called, no plan.
    let x = report(
        "2015-11-28",
        "en",
        "Sergei Lavrov advised Russians not to travel to Turkey and called the downing a \"planned provocation\".",
    );
    assert!(
        x.incidents.iter().all(|i| i.event_type != EventType::Visit),
        "{:?}",
        types_and_dates(&x)
    );
    assert!(
        x.incidents.iter().all(|i| i.status != Status::Planned),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn days_after_something_unnamed_at_the_head_of_a_sentence_is_not_the_story_s_day() {
    // "Four days after the incident, ...": not the day of the downing the sentence before told.
    let x = report(
        "2015-12-24",
        "en",
        "On 24 November a Turkish F-16 shot down a Russian Su-24 over Latakia. Four days after the incident, Russia imposed sanctions on Turkey.",
    );
    let sanctions = x
        .incidents
        .iter()
        .find(|i| i.title.contains("sanctions"))
        .expect("the sanctions");
    assert_ne!(
        sanctions.date.exact_day(),
        Some(day("2015-11-24")),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn an_appeal_s_own_day_right_after_who_made_it() {
    // Verb first: "urged South Korea today, Tuesday, Iran to release the tanker the Guards
    // seized yesterday, Monday": the appeal is Tuesday's; Monday is the seizure's.
    let x = report(
        "2021-01-05",
        "ar",
        "حثت كوريا الجنوبية اليوم الثلاثاء إيران على الإفراج الفوري عن ناقلة المواد الكيميائية التي احتجزتها القوات البحرية للحرس الثوري أمس الاثنين.",
    );
    let appeal = only(&x, EventType::Statement);
    assert_eq!(
        appeal.date.to_edtf(),
        "2021-01-05",
        "{:?}",
        types_and_dates(&x)
    );
    // What the relative clause tells of the tanker is no part of the appeal: it was done.
    let seizure = only(&x, EventType::Arrest);
    assert_eq!(
        (seizure.status, seizure.date.to_edtf()),
        (Status::Occurred, "2021-01-04".to_string()),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn one_date_line_is_a_stamp_not_a_heading() {
    let x = report(
        "2023-06-03",
        "en",
        "Tension on the border rose again this week, according to officials on both sides.\n\nWEDNESDAY, MAY 31\nBorder guards of the two countries exchanged fire near the river crossing.",
    );
    assert!(
        only(&x, EventType::ArmedClash).date.exact_day().is_none(),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_date_to_come_after_expected_is_not_a_past_act_s() {
    // "next week" dates the transfer that is expected, not the agreement already made.
    let x = report(
        "2024-02-09",
        "en",
        "Bangladesh authorities said on 7 February that the two governments had agreed to return the guards by sea, with the first transfer expected next week.",
    );
    let a = only(&x, EventType::Agreement);
    assert_eq!(a.status, Status::Occurred, "{:?}", types_and_dates(&x));
    assert!(
        a.date.latest() <= Some(day("2024-02-07")),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_date_inside_what_was_agreed_is_not_the_agreement_s() {
    // Met on 12 June and agreed to reopen the crossing on the 20th: the 20th is the reopening's.
    let x = report(
        "2024-07-03",
        "ar",
        "وفي 12 يونيو/حزيران التقى وزيرا الداخلية الليبي والتونسي عند المعبر، واتفقا على إعادة فتحه في العشرين من الشهر نفسه.",
    );
    assert!(
        !x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Agreement
                && i.date.earliest() > Some(day("2024-06-12"))),
        "{:?}",
        types_and_dates(&x)
    );
    assert!(
        x.incidents
            .iter()
            .any(|i| i.date.exact_day() == Some(day("2024-06-12"))),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn the_day_after_something_unnamed_is_no_day_after_the_last_act() {
    // "the day after the events" names no act told here: the protest is after what was told,
    // not the day after Saturday's closure (the events may be Friday's).
    let x = report(
        "2022-06-27",
        "ar",
        "اندلعت اشتباكات عند السياج يوم الجمعة.\n\nوأغلقت السلطات المعبر يوم السبت.\n\nوفي اليوم التالي للأحداث، تظاهر المئات أمام البرلمان.",
    );
    let i = only(&x, EventType::Protest);
    assert!(
        i.date.exact_day().is_none() && i.date.earliest() <= Some(day("2022-06-25")),
        "{}",
        i.date.to_edtf()
    );
}

#[test]
fn what_a_day_after_word_names_beyond_reach_is_not_after_the_story() {
    // "the day after Nairobi received the Somaliland president on a visit": the visit came
    // before the break of relations, not after it.
    let x = report(
        "2021-01-26",
        "ar",
        "قطع الصومال علاقاته الدبلوماسية مع كينيا في 15 كانون الأول/ديسمبر الماضي، وذلك غداة استقبال نيروبي رئيس إقليم أرض الصومال الانفصالي في زيارة رسمية.",
    );
    let v = only(&x, EventType::Visit);
    assert!(
        v.date.earliest().is_none_or(|e| e <= day("2020-12-14")),
        "{}",
        v.date.to_edtf()
    );
}

#[test]
fn an_activity_going_on_since_a_day_lasts_to_the_report() {
    // Drills held since last Tuesday go on to the day of the report; "منذ أيام" (days ago) is
    // a past moment, not a start.
    let x = report(
        "2018-01-06",
        "ar",
        "وتجري القوات البحرية المصرية منذ الثلاثاء الماضي مناورات عسكرية في البحر الأحمر.\n\nودفعت الخرطوم منذ أيام بتعزيزات عسكرية إلى الحدود.",
    );
    assert_has(&x, EventType::Other, "[2018-01-02..2018-01-06]");
    assert_has(&x, EventType::Deployment, "[2017-12-30..2018-01-05]");
}

#[test]
fn the_day_a_truce_broke_down_is_not_the_day_it_was_made() {
    // "collapsed early Friday when fighting erupted": Friday is the fighting's, not the truce's.
    let x = report(
        "2021-05-01",
        "en",
        "The two sides agreed a truce on Monday, but the truce collapsed early Friday when fighting erupted near Vorukh.",
    );
    assert_has(&x, EventType::ArmedClash, "2021-04-30");
    assert_every(&x, "the truce made on Monday", |i| {
        i.event_type != EventType::Ceasefire || i.date.to_edtf() == "2021-04-26"
    });
    let x = report(
        "2021-05-01",
        "ar",
        "اتفق الطرفان على هدنة يوم الاثنين، لكن انهارت الهدنة يوم الجمعة مع اندلاع اشتباكات قرب فوروخ.",
    );
    assert_every(&x, "the truce made on Monday", |i| {
        i.event_type != EventType::Ceasefire || i.date.to_edtf() == "2021-04-26"
    });
}

#[test]
fn a_date_set_off_after_a_telling_verb_and_its_subject_is_the_tellings() {
    // "The UAE condemned, the day before yesterday, Thursday, Israel's seizure of the buffer
    // zone": the day is the condemnation's, not the seizure's.
    let x = report(
        "2021-05-01",
        "ar",
        "ودانت دولة الإمارات، أمس الأول الخميس، سيطرة إسرائيل على المنطقة العازلة.",
    );
    assert_has(&x, EventType::Statement, "2021-04-29");
    assert_every(&x, "only the condemnation on Thursday", |i| {
        i.event_type == EventType::Statement || i.date.to_edtf() != "2021-04-29"
    });
    // The accusing verb is the act: the day after it is its own.
    let x = report(
        "2021-05-01",
        "ar",
        "واتهم مسؤولون في وزارة الدفاع الصومالية، الخميس، إثيوبيا بتسليح قوات جوبالاند.",
    );
    assert_has(&x, EventType::Accusation, "2021-04-29");
}

#[test]
fn a_raid_is_the_act_it_made_and_its_pulling_back_no_withdrawal() {
    let no_raid_parts =
        |i: &Incident| !matches!(i.event_type, EventType::Deployment | EventType::Withdrawal);
    let x = report(
        "2021-05-01",
        "ar",
        "أفاد مصدر أمني بأن قوة توغلت فجر اليوم مسافة 300 متر داخل الأراضي اللبنانية، وفجرت منزلا غير مأهول قبل أن تنسحب.",
    );
    assert_has(&x, EventType::PropertyDestruction, "2021-05-01");
    assert_every(&x, "no incursion or withdrawal of their own", no_raid_parts);
    let x = report(
        "2021-05-01",
        "en",
        "Militants made an incursion into the district on Friday and attacked a police post before withdrawing.",
    );
    assert_has(&x, EventType::Attack, "2021-04-30");
    assert_every(&x, "no incursion or withdrawal of their own", no_raid_parts);
    // An incursion told alone stays one.
    let x = report(
        "2021-05-01",
        "en",
        "Militants made an incursion into the district on Friday.",
    );
    assert_has(&x, EventType::Deployment, "2021-04-30");
}

#[test]
fn political_will_is_no_plan() {
    let x = report(
        "2024-01-17",
        "en",
        "Both sides showed political will at the talks in Doha on Monday.",
    );
    let t = only(&x, EventType::Talks);
    assert_eq!(
        (t.status, t.date.to_edtf()),
        (Status::Occurred, "2024-01-15".to_string())
    );
}

/// One act given a year and, after it, a month of that year ("in 2014: in January ...") is
/// dated by the month: the narrower date within the closer one says more of it.
#[test]
fn a_month_within_the_year_of_the_same_act_dates_it() {
    let x = report(
        "2022-09-17",
        "ru",
        "Первая серьезная перестрелка случилась еще в 2014 году: в январе пограничники обменялись минометным огнем у Тамдыка.",
    );
    assert_eq!(only(&x, EventType::ArmedClash).date.to_edtf(), "2014-01");
}

/// "По версии X, в четверг ...": a claim word that is no verb ("по версии", "allegedly") says
/// whose account it is; the date after it is the act's, not the day the account was given.
#[test]
fn a_date_after_whose_account_it_is_dates_the_act() {
    let x = report(
        "2021-05-01",
        "ru",
        "По версии таджикской стороны, в четверг киргизские военные обстреляли из минометов село Ходжаи Аъло.",
    );
    let shelling = only(&x, EventType::Shelling);
    assert_eq!(shelling.date.to_edtf(), "2021-04-29");
    assert_eq!(shelling.status, tarikh::model::Status::Claimed);
}

/// A ceremony held today "in memory of the victims of the attack" does not date the attack
/// today: the attack is what it commemorates.
#[test]
fn what_a_ceremony_commemorates_is_not_of_its_day() {
    for (lang, body) in [
        (
            "ru",
            "Сегодня в Беслане начались траурные мероприятия в память о жертвах теракта в школе.",
        ),
        (
            "en",
            "Memorial ceremonies began today in Beslan in memory of the victims of the attack on the school.",
        ),
    ] {
        let x = report("2014-09-01", lang, body);
        assert_every(
            &x,
            &format!("{lang}: no attack on the ceremony's day"),
            |i| i.event_type != EventType::Attack || i.date.to_edtf() != "2014-09-01",
        );
    }
}

/// An act made by announcing it (relations cut, an emergency, a truce declared) is of the day
/// it was announced: a verb-first Arabic sentence gives the day to the saying, and the act had
/// been only "on or before" it.
#[test]
fn an_act_made_by_announcing_it_is_of_the_day_announced() {
    for (body, t) in [
        (
            "أعلن وزير الخارجية السعودي مساء اليوم الأحد قطع العلاقات الدبلوماسية بين المملكة وإيران.",
            EventType::Other,
        ),
        (
            "أعلنت الحكومة اليوم الأحد حالة الطوارئ في البلاد.",
            EventType::Other,
        ),
        (
            "أعلن الجيش اليوم الأحد وقف إطلاق النار.",
            EventType::Ceasefire,
        ),
    ] {
        let x = report("2016-01-03", "ar", body);
        assert_has(&x, t, "2016-01-03");
    }
    // What is only said to have been done stays bounded by the day it was said.
    let x = report(
        "2016-01-03",
        "ar",
        "أعلن المدعي العام اليوم الأحد اعتقال 40 شخصا.",
    );
    assert_eq!(only(&x, EventType::Arrest).date.to_edtf(), "[..2016-01-03]");
}

/// In a verb-first Arabic sentence the day after a condemnation's verb and who spoke is the
/// condemnation's; the seizure it names keeps only the bound of being told by then (it had
/// taken the condemnation's day, a silently wrong date: the tanker was seized the day before).
#[test]
fn the_day_after_an_arabic_condemnation_verb_is_the_condemnation_s() {
    let x = report(
        "2021-01-05",
        "ar",
        "احتجز الحرس الثوري ناقلة كورية جنوبية في الخليج.\n\nأدانت كوريا الجنوبية اليوم الثلاثاء احتجاز الناقلة.",
    );
    assert_has(&x, EventType::Statement, "2021-01-05");
    assert_every(&x, "no seizure on the condemnation's day", |i| {
        i.event_type != EventType::Arrest || i.date.to_edtf() != "2021-01-05"
    });
}

/// An English "two days later" told after its verb dates that act, and what the clause goes
/// on to tell ("for talks") is no earlier: the visit had taken the narrative's day, the
/// seizure's, a silently wrong date.
#[test]
fn a_later_told_after_its_verb_dates_that_act() {
    let x = report(
        "2021-01-25",
        "en",
        "Guards seized a tanker on January 20. The minister arrived in Tehran two days later for talks.",
    );
    assert_has(&x, EventType::Arrest, "2021-01-20");
    assert_every(&x, "nothing after the seizure on its day", |i| {
        i.event_type == EventType::Arrest || i.date.earliest() > Some(day("2021-01-20"))
    });
    only(&x, EventType::Visit);
}

/// The landmark of a comparison is not the act compared with it: "the worst fighting since the
/// civil war ended in 1990" had joined the fighting to the civil war, dating it 1990.
#[test]
fn the_landmark_of_a_comparison_is_not_the_act_compared() {
    let x = report(
        "2008-05-24",
        "en",
        "Lebanon went through the worst fighting since the civil war ended in 1990.",
    );
    assert_every(&x, "the fighting does not take the war's year", |i| {
        i.date.to_edtf() != "1990" || i.title.contains("war")
    });
    let x = report(
        "2010-11-24",
        "en",
        "North Korea fired shells at the island on Tuesday, in one of the most serious incidents since the 1950-53 Korean War.",
    );
    assert_has(&x, EventType::Shelling, "2010-11-23");
}

/// A chronology's item headed by a month or a part of one ("Конец января 1981 года.") ends the
/// section of the day above it: the fighting of 1981 had taken the day of 1942's protocol.
#[test]
fn a_coarse_run_in_head_ends_the_day_section_above_it() {
    let x = report(
        "1998-10-27",
        "ru",
        "29 января 1942 года. В Рио-де-Жанейро подписан протокол о мире.\n\nКонец января 1981 года. Бои у постов Пакиша и Мачинас.\n\n26 января 1995 года. В верховьях реки Сенепа начинаются столкновения.",
    );
    assert_every(&x, "no fighting on the protocol's day", |i| {
        i.event_type != EventType::ArmedClash || i.date.to_edtf() != "1942-01-29"
    });
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::ArmedClash
                && i.date.earliest() == Some(day("1981-01-21"))),
        "{:?}",
        types_and_dates(&x)
    );
}

/// "Within hours", "the next day" count from a day, never from a month told last: the shelling
/// had been put "hours after" a seizure of last month (1 September to 1 October), a silently
/// wrong span.
#[test]
fn hours_later_never_count_from_a_month() {
    let x = report(
        "2012-10-04",
        "en",
        "A mortar bomb killed five people in Akcakale on Wednesday.\n\nThe shell struck a house at about 4:30 p.m. Residents said shells had landed on the edge of the town several times since rebels seized the Tal Abyad crossing last month.\n\nWithin hours the Turkish army fired artillery at targets near Tal Abyad.",
    );
    let s = x
        .incidents
        .iter()
        .find(|i| i.title.contains("artillery"))
        .expect("the artillery fire");
    assert!(
        s.date.latest() >= Some(day("2012-10-03")),
        "{}",
        s.date.to_edtf()
    );
}

/// "Within 24 hours" counts hours from the day the story told, as "within hours" does: in an
/// analysis written two months later, the bombing had been bounded only by the publication day.
#[test]
fn within_a_count_of_hours_counts_from_the_story_s_day() {
    let x = report(
        "2006-09-14",
        "en",
        "When Hezbollah fighters ambushed an Israeli patrol near Zar'it on July 12, killing three soldiers and seizing two, the group's leaders expected a few days of retaliation and, eventually, a prisoner exchange. They badly misjudged the response. Within 24 hours Israel had bombed Beirut's airport, and by the morning of the 13th its navy was enforcing a blockade of the coast.",
    );
    let s = x
        .incidents
        .iter()
        .find(|i| i.title.contains("Beirut"))
        .expect("the bombing of the airport");
    assert!(
        s.date.earliest() >= Some(day("2006-07-12")) && s.date.latest() <= Some(day("2006-07-13")),
        "{}",
        s.date.to_edtf()
    );
}

/// A Cyrillic initial is no conjunction: "под руководством А. Назарзода" had opened a clause at
/// "А", and the date before it no longer reached the attack.
#[test]
fn a_russian_initial_opens_no_clause() {
    let x = report(
        "2015-09-17",
        "ru",
        "Напоминаем, что 04.09.2015 вооруженные группы под руководством А. Назарзода напали на здание Министерства обороны.",
    );
    let a = x
        .incidents
        .iter()
        .find(|i| i.event_type == EventType::Attack)
        .expect("the attack");
    assert_eq!(
        a.date.exact_day(),
        Some(day("2015-09-04")),
        "{}",
        a.date.to_edtf()
    );
}

/// A day a plan had before it moved dates nothing when the new one follows: the visit "which
/// had been planned for Oct. 15, is now expected in early December" had taken 15 October.
#[test]
fn a_plan_moved_takes_its_new_day() {
    let x = report(
        "2012-10-10",
        "en",
        "Vladimir Putin's visit to Turkey, which had been planned for Oct. 15, is now expected in early December, officials say.",
    );
    let v = only(&x, EventType::Visit);
    assert_eq!(v.status, Status::Planned);
    assert_eq!(
        v.date.earliest(),
        Some(day("2012-12-01")),
        "{}",
        v.date.to_edtf()
    );
    let x = report(
        "2012-10-10",
        "ru",
        "Визит Путина в Турцию, первоначально намеченный на 15 октября, перенесён на начало декабря.",
    );
    assert_every(&x, "the moved visit is not on 15 October", |i| {
        i.date.to_edtf() != "2012-10-15"
    });
}

/// An Arabic statement issued ("أصدر ... بياناً") is past whatever the present of what it says
/// ("يدين", condemns): it had been read as planned for the coming Thursday night.
#[test]
fn an_arabic_statement_issued_is_past_whatever_it_says() {
    let x = report(
        "2008-06-14",
        "ar",
        "وفي نيويورك، أصدر مجلس الأمن ليل الخميس - الجمعة بياناً رئاسياً يدين العمل العسكري.",
    );
    let s = only(&x, EventType::Statement);
    assert_eq!(s.status, Status::Occurred);
    assert_eq!(
        s.date.latest(),
        Some(day("2008-06-13")),
        "{}",
        s.date.to_edtf()
    );
}

/// An Arabic act named before the verb that will begin it ("انسحاب القوات سيبدأ خلال الأيام
/// المقبلة") is planned.
#[test]
fn an_arabic_act_that_will_begin_is_planned() {
    let x = report(
        "2010-06-07",
        "ar",
        "وقال الوزير صباح اليوم إن انسحاب القوات الإريترية «سيبدأ خلال الأيام المقبلة» بالتزامن مع وصول القوة القطرية.",
    );
    assert_eq!(only(&x, EventType::Withdrawal).status, Status::Planned);
}

/// A chronology item whose first sentence is only its date: the date and what it heads are one
/// sentence, and the act's evidence says its day.
#[test]
fn a_run_in_date_head_and_its_item_are_one_sentence() {
    let x = report(
        "1998-10-27",
        "ru",
        "29 января 1942 года. В Рио-де-Жанейро подписан протокол о мире.\n\n26 января 1995 года. В верховьях реки Сенепа начинаются столкновения.",
    );
    let clash = only(&x, EventType::ArmedClash);
    assert_eq!(clash.date.to_edtf(), "1995-01-26");
    assert!(
        clash.evidence[0]
            .sentence
            .starts_with("26 января 1995 года."),
        "{}",
        clash.evidence[0].sentence
    );
}

/// An act told as in its Nth day ("for a second day on Monday", "لليوم السادس على التوالي",
/// "идут вторые сутки") began N − 1 days before the day it is told on: its date spans them.
#[test]
fn a_count_of_days_running_spans_the_days() {
    let x = report(
        "2007-05-21",
        "en",
        "Lebanese tanks and artillery pounded the Nahr al-Bared camp for a second day on Monday, as troops fought militants inside.",
    );
    assert_has(&x, EventType::Shelling, "[2007-05-20..2007-05-21]");
    let x = report(
        "2012-10-09",
        "ar",
        "قصفت المدفعية التركية أمس مواقع لقوات النظام لليوم السادس على التوالي.",
    );
    assert_eq!(
        only(&x, EventType::Shelling).date.to_edtf(),
        "[2012-10-03..2012-10-08]"
    );
    let x = report(
        "2022-09-14",
        "ru",
        "Бои на кыргызско-таджикской границе идут вторые сутки.",
    );
    assert_eq!(
        only(&x, EventType::ArmedClash).date.to_edtf(),
        "[2022-09-13..2022-09-14]"
    );
}

/// A count of days running far from an act, or of something the lexicon does not name, leaves
/// the act's day alone: firefighters are no firefight.
#[test]
fn days_running_of_something_else_leave_the_act_s_day() {
    let x = report(
        "2024-07-21",
        "en",
        "Israeli jets struck oil facilities at the port of Hodeidah on Saturday afternoon.\n\nThe death toll from the Israeli air strikes on the port rose to six, the health ministry said, as firefighters struggled for a second day to contain a blaze.",
    );
    assert_every(&x, "the strike is Saturday's, nothing else is told", |i| {
        i.event_type == EventType::AirStrike && i.date.to_edtf() == "2024-07-20"
    });
}

/// A count of days running ends on the day it is told on, never on a first day another sentence
/// gives ("erupted on Tuesday ... for a third day"), and a truce that holds for a third day
/// keeps the day it was made.
#[test]
fn days_running_never_end_on_the_first_day() {
    let x = report(
        "2022-09-16",
        "en",
        "Clashes erupted on Tuesday between Kyrgyz and Tajik border guards near Vorukh.\n\nThe fighting went on for a third day, officials said.",
    );
    assert_every(&x, "no clash begins before Tuesday 13 September", |i| {
        i.date.earliest() >= Some(day("2022-09-13"))
    });
    let x = report(
        "2021-05-02",
        "ar",
        "اتفق البلدان على وقف إطلاق النار يوم الخميس 29 أبريل.\n\nوبقي وقف إطلاق النار صامداً لليوم الثالث على التوالي.",
    );
    assert_eq!(only(&x, EventType::Ceasefire).date.to_edtf(), "2021-04-29");
}

/// Talks dated years back ("the peace talks, which Pastrana ended on Feb. 20, 2002") are an
/// older act, not the undated phone call the news tells: the call keeps no 2002 date.
#[test]
fn an_act_dated_years_back_is_not_the_undated_news() {
    let x = report(
        "2008-03-01",
        "en",
        "President Alvaro Uribe telephoned Ecuador's President Rafael Correa shortly after dawn to inform him of the operation, officials said.\n\nReyes led the rebel side in the peace talks in the Caguan zone, which President Andres Pastrana ended on Feb. 20, 2002.",
    );
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Talks && i.date.latest() == Some(day("2008-03-01"))),
        "{:?}",
        types_and_dates(&x)
    );
}

/// In a Russian relative clause, the day before the speech verb is the announcement's ("по
/// данным, которые в понедельник огласил премьер"): the deaths it counts are not dated by it.
#[test]
fn the_day_of_an_announcement_in_a_relative_clause_is_the_saying_s() {
    let x = report(
        "2013-01-26",
        "ru",
        "Боевики захватили газовый комплекс 16 января.\n\nПо итоговым данным, которые в понедельник огласил премьер-министр, погибли не менее 37 иностранцев.",
    );
    assert_every(&x, "nothing is dated Monday 21 January", |i| {
        i.date.exact_day() != Some(day("2013-01-21"))
    });
}

/// A date in a relative clause on a toll ("حسب الحصيلة التي قدمها الوزير الأول في 21
/// جانفي", "by the toll that the prime minister gave on January 21") is the day it was counted,
/// not the day of the deaths or arrests it counts.
#[test]
fn the_day_a_toll_was_given_dates_no_act() {
    for (lang, body) in [
        (
            "ar",
            "هاجم مسلحون المنشأة الغازية في 16 جانفي 2013.\n\nوأسفر الاعتداء، حسب الحصيلة التي قدمها الوزير الأول في 21 جانفي من العام الماضي، عن مقتل 37 رهينة واعتقال ثلاثة مسلحين.",
        ),
        (
            "en",
            "Gunmen attacked the gas plant on January 16, 2013.\n\nThe attack, by the toll that the prime minister gave on January 21, killed 37 hostages, and three gunmen were arrested.",
        ),
    ] {
        let x = report("2014-01-16", lang, body);
        assert_every(&x, "nothing is dated 21 January", |i| {
            i.date.exact_day() != Some(day("2013-01-21"))
        });
    }
}

/// What is refused or ruled out did not happen: no talks from "refused talks with the
/// kidnappers", "ruled out negotiations", "исключил переговоры с похитителями".
#[test]
fn refused_talks_are_no_talks() {
    for (lang, body) in [
        (
            "en",
            "The interior minister refused talks with the kidnappers on Wednesday.",
        ),
        (
            "en",
            "On Wednesday the interior minister ruled out negotiations with the kidnappers.",
        ),
        (
            "ru",
            "В среду министр внутренних дел исключил переговоры с похитителями.",
        ),
    ] {
        let x = report("2013-01-18", lang, body);
        assert_every(&x, body, |i| i.event_type != EventType::Talks);
    }
}

/// A planning word right after an act ("намеченный на 11 ноября", "scheduled for November
/// 11") plans it and gives its day, though a date of the saying opens the sentence; a dash
/// between two names ("Россия — ЕС") joins them as the summit's sides.
#[test]
fn a_planning_participle_dates_the_act_before_it() {
    for (lang, body) in [
        (
            "ru",
            "Накануне Кремль объявил, что саммит Россия — ЕС, намеченный на 11 ноября в Копенгагене, перенесен в Брюссель.",
        ),
        (
            "ru",
            "Следующая проверка — саммит Россия — ЕС, намеченный на 11 ноября: отношения с Таллином станут одной из его тем.",
        ),
        (
            "en",
            "On Tuesday the Kremlin said the EU-Russia summit, scheduled for November 11 in Copenhagen, would move to Brussels.",
        ),
    ] {
        let x = report("2002-10-30", lang, body);
        let talks = only(&x, EventType::Talks);
        assert_eq!(talks.status, Status::Planned, "{body}");
        assert_eq!(talks.date.to_edtf(), "2002-11-11", "{body}");
        assert!(
            talks.actors.iter().any(|a| a == "European Union"),
            "{body}: {:?}",
            talks.actors
        );
    }
}

/// "On the eve of" an act told elsewhere ("накануне встречи", "عشية الاجتماع", "за день до
/// встречи") is the day before it; a relation that opens the sentence needs no comma after it.
#[test]
fn the_eve_of_an_act_is_the_day_before_it() {
    for (lang, body) in [
        (
            "ru",
            "В четверг в Москве прошла встреча премьеров двух стран. Накануне встречи премьеров Государственная дума обвинила Украину.",
        ),
        (
            "ru",
            "В четверг в Москве прошла встреча премьеров двух стран. За день до встречи премьеров Государственная дума обвинила Украину.",
        ),
        (
            "en",
            "The prime ministers met in Moscow on Thursday. On the eve of the meeting the Duma accused Ukraine.",
        ),
        (
            "ar",
            "التقى رئيسا الوزراء في موسكو يوم الخميس. وعشية الاجتماع اتهم مجلس الدوما أوكرانيا.",
        ),
    ] {
        let x = report("2003-11-01", lang, body);
        assert_eq!(
            only(&x, EventType::Accusation).date.to_edtf(),
            "2003-10-29",
            "{body}"
        );
    }
    // "After the meeting the Duma accused Ukraine": after it, with no comma.
    let x = report(
        "2003-11-01",
        "en",
        "The prime ministers met in Moscow on Thursday. After the meeting the Duma accused Ukraine.",
    );
    assert_eq!(
        only(&x, EventType::Accusation).date.earliest(),
        Some(day("2003-10-30"))
    );
}

/// Recognition withdrawn is no troops withdrawn, and the month of a signing told after the
/// place it was signed ("الموقّع في الصخيرات في كانون الأول ٢٠١٥", "signed in Skhirat in
/// December 2015") dates the agreement, not the act before it.
#[test]
fn an_agreement_signed_at_a_place_in_a_month() {
    for (lang, body) in [
        (
            "ar",
            "وردّ مجلس النواب في طبرق بالتصويت يوم الاثنين ٦ آذار على تعليق مشاركته في الحوار السياسي الذي ترعاه الأمم المتحدة، وسحب اعترافه بالاتفاق السياسي الموقّع في الصخيرات في كانون الأول ٢٠١٥.",
        ),
        (
            "en",
            "On Monday, March 6, the House of Representatives withdrew its recognition of the political agreement signed in Skhirat in December 2015.",
        ),
    ] {
        let x = report("2017-03-15", lang, body);
        assert_eq!(
            only(&x, EventType::Agreement).date.to_edtf(),
            "2015-12",
            "{body}"
        );
        assert_every(&x, "no troops withdrawn", |i| {
            i.event_type != EventType::Withdrawal
        });
    }
}

/// A statement that is only its dated saying takes the saying's day, though another date
/// stands nearer its verb ("غادرت ... ظهر أمس الجمعة، بعدما أعلن المتحدث ... يوم الاثنين
/// الماضي أن ...").
#[test]
fn a_dated_saying_keeps_its_own_day() {
    let x = report(
        "2019-09-28",
        "ar",
        "وكانت الناقلة قد غادرت ميناء بندر عباس ظهر أمس الجمعة، بعدما أعلن المتحدث باسم الحكومة الإيرانية علي ربيعي يوم الاثنين الماضي أن «الإجراءات القانونية انتهت» وأن السفينة باتت حرة في المغادرة.",
    );
    assert_eq!(only(&x, EventType::Statement).date.to_edtf(), "2019-09-23");
}

/// "по данным Минздрава на утро четверга": the day the figures stand as of dates the count,
/// not the deaths it counts.
#[test]
fn figures_as_of_a_day_date_no_act() {
    let x = report(
        "2010-04-08",
        "ru",
        "Число погибших, по данным Минздрава на утро четверга, возросло до 75. К вечеру среды протестующие взяли штурмом здания парламента.",
    );
    assert_every(&x, "nothing is dated Thursday 8 April", |i| {
        i.date.exact_day() != Some(day("2010-04-08"))
    });
}

/// A town that fell into a side's hands ("سقطت مدينة كيدال صباح اليوم الجمعة في أيدي
/// مقاتلي الحركة") was taken that day, whatever attack before it began the day before.
#[test]
fn a_town_that_fell_into_their_hands() {
    let x = report(
        "2012-03-30",
        "ar",
        "نبدأ نشرتنا من شمال مالي، حيث سقطت مدينة كيدال صباح اليوم الجمعة في أيدي مقاتلي الحركة الوطنية لتحرير أزواد وجماعة أنصار الدين، بعد هجوم على المعسكر الرئيسي للجيش بدأ أمس.",
    );
    assert_has(&x, EventType::ArmedClash, "2012-03-30");
    assert_has(&x, EventType::Attack, "2012-03-29");
}

/// Everyday words for acts: "rounded up" people are arrested; "ворвались в здание" and
/// "протаранили ворота" are attacks; "бомбит" is an air strike, "были переброшены" a
/// deployment, "cordoned off" a cordon of troops or police.
#[test]
fn everyday_words_for_acts() {
    for (lang, body, t) in [
        (
            "en",
            "Police rounded up dozens of people in the city on Tuesday.",
            EventType::Arrest,
        ),
        (
            "ru",
            "Во вторник боевики ворвались в здание районной администрации.",
            EventType::Attack,
        ),
        (
            "ru",
            "Во вторник нападавшие протаранили ворота воинской части.",
            EventType::Attack,
        ),
        (
            "ru",
            "Во вторник федеральная авиация бомбит позиции боевиков у села.",
            EventType::AirStrike,
        ),
        (
            "ru",
            "Во вторник на остров были переброшены пограничники.",
            EventType::Deployment,
        ),
        (
            "en",
            "Riot police cordoned off the parliament building on Tuesday.",
            EventType::Deployment,
        ),
    ] {
        let x = report("2016-06-08", lang, body);
        assert_eq!(only(&x, t).date.to_edtf(), "2016-06-07", "{body}");
    }
}

/// "Indian aircraft struck what New Delhi described as a camp" is an air strike, and "About
/// 3,000 people crossed the river" people fleeing.
#[test]
fn aircraft_that_struck_and_people_who_crossed() {
    let x = report(
        "2019-02-27",
        "en",
        "Indian aircraft struck what New Delhi described as a training camp on Tuesday.",
    );
    assert_eq!(only(&x, EventType::AirStrike).date.to_edtf(), "2019-02-26");
    let x = report(
        "2024-04-22",
        "en",
        "About 3,000 people crossed the river into Chad on Sunday.",
    );
    assert_eq!(
        only(&x, EventType::Displacement).date.to_edtf(),
        "2024-04-21"
    );
}

/// A dated saying after a word that steps back ("Earlier, on Friday, ...", "Напомним, в
/// пятницу ...") is still the statement of that day.
#[test]
fn a_dated_saying_after_a_step_back_is_a_statement_of_its_day() {
    for (lang, text) in [
        (
            "en",
            "Earlier, on Friday, President Tokayev said the situation was stable.",
        ),
        (
            "ru",
            "Напомним, в пятницу Токаев заявил журналистам, что ситуация стабилизировалась.",
        ),
        (
            "ru",
            "Напоминаем: в пятницу Токаев заявил о введении режима ЧП.",
        ),
    ] {
        let x = report("2022-01-10", lang, text);
        assert_eq!(
            only(&x, EventType::Statement).date.to_edtf(),
            "2022-01-07",
            "{lang}"
        );
    }
}

/// A word that weighs a date opening the sentence ("Еще через пять дней", "Only five days
/// later") leaves it the date of the saying that follows.
#[test]
fn a_weighed_date_opening_the_sentence_dates_the_saying() {
    let ru = report(
        "2010-04-27",
        "ru",
        "15 апреля Бакиев ушел в отставку. Еще через пять дней Александр Лукашенко объявил, что бывший президент находится в Минске.",
    );
    assert_has(&ru, EventType::Statement, "2010-04-20");
    let en = report(
        "2010-04-27",
        "en",
        "On 15 April Bakiyev resigned. Only five days later Alexander Lukashenko announced that the former president was in Minsk.",
    );
    assert_has(&en, EventType::Statement, "2010-04-20");
}

/// "В тот же день" after a span with no day ("Летом 2014 года") is no retelling of an act of
/// its kind told years before: the road blocked is not the protest of 6 April 2010.
#[test]
fn an_act_of_the_same_day_is_no_retelling_of_an_older_one() {
    let x = report(
        "2020-04-07",
        "ru",
        "Накануне, 6 апреля 2010 года, в Таласе прошел митинг оппозиции.\n\nПроцесс шел больше трех лет. Летом 2014 года военный суд заочно приговорил Бакиева к пожизненному лишению свободы. В тот же день родственники погибших перекрыли улицу у здания суда.",
    );
    let protests: Vec<&Incident> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == EventType::Protest)
        .collect();
    assert_eq!(protests.len(), 2, "{:?}", types_and_dates(&x));
    assert_every(&x, "no road blocked on the rally's day", |i| {
        !(i.title.contains("road blocked") && i.date.to_edtf() == "2010-04-06")
    });
}

/// "В тот же день, когда был сбит самолёт": the day of the act the clause names, not of the
/// day the narrative has reached.
#[test]
fn the_same_day_as_a_named_act_is_not_the_day_told_last() {
    let x = report(
        "2015-12-02",
        "ru",
        "Бомбардировщик был сбит истребителем 24 ноября над границей.\n\nТело лётчика доставили в Москву в понедельник, 30 ноября. На следующий день штурман заявил журналистам, что предупреждений не было. В тот же день, когда был сбит самолёт, при попытке спасти лётчиков погиб морской пехотинец.",
    );
    assert_every(&x, "no shooting down after 24 November", |i| {
        i.event_type != EventType::ArmedClash || i.date.to_edtf() == "2015-11-24"
    });
}

/// An accusation that is what was said is made on the day of the saying.
#[test]
fn an_accusation_said_on_a_day_is_of_that_day() {
    let en = report(
        "2019-09-18",
        "en",
        "Tajikistan said on Tuesday that Kyrgyz troops opened fire first.",
    );
    assert_has(&en, EventType::Accusation, "2019-09-17");
    let ru = report(
        "2019-09-18",
        "ru",
        "В МВД Таджикистана во вторник заявили, что организатором нападений является бывший замминистра.",
    );
    assert_has(&ru, EventType::Accusation, "2019-09-17");
}

/// An act remembered beside a commemoration ("the anniversary of the war", "в память о жертвах
/// теракта") is an act of the past: no incident of the commemoration's day. The day stays the
/// remembering's when it is told before.
#[test]
fn an_act_remembered_is_not_of_the_day_it_is_remembered() {
    let en = report(
        "2010-06-07",
        "en",
        "On Sunday veterans marked the tenth anniversary of the war in the capital.",
    );
    assert_has(&en, EventType::Other, "2010-06-06");
    assert_every(&en, "no war on the day of its anniversary", |i| {
        i.event_type == EventType::Other
    });
    let ru = report(
        "2014-09-01",
        "ru",
        "Сегодня в Беслане начались трехдневные траурные мероприятия в память о жертвах теракта в школе.",
    );
    assert_every(&ru, "no bombing on the day of its mourning", |i| {
        i.event_type == EventType::Other
    });
}

/// ", и в 2004-м многие опасались": a clause of its own, opened by a conjunction, dates its own
/// predicate, not the fighting told before it with a date of its own.
#[test]
fn a_russian_clause_of_its_own_dates_its_own_predicate() {
    let x = report(
        "2014-09-01",
        "ru",
        "Осенью 1992 года неподалеку, в Пригородном районе, шли бои между осетинскими и ингушскими формированиями, и в 2004-м многие опасались, что теракт вновь столкнет соседей.",
    );
    assert_every(&x, "the fighting is of autumn 1992", |i| {
        i.event_type != EventType::ArmedClash || i.date.to_edtf().starts_with("1992-09-01")
    });
}

/// "огласил приговор по делу о беспорядках": beside a verdict, the act a word for the case
/// names is the act judged, not an act of the verdict's day; the eve of the verdict is the day
/// before it.
#[test]
fn the_act_a_case_is_about_is_not_of_the_verdict_s_day() {
    let x = report(
        "2023-01-31",
        "ru",
        "Бухарский областной суд во вторник огласил приговор по делу о беспорядках в Нукусе.\n\nНакануне оглашения приговора у здания суда полиция задержала двух журналистов из Ташкента.",
    );
    assert_has(&x, EventType::Other, "2023-01-31");
    assert_has(&x, EventType::Arrest, "2023-01-30");
    assert_every(&x, "no riot on the verdict's day", |i| {
        i.event_type != EventType::ViolentDemonstration || i.date.to_edtf() != "2023-01-31"
    });
}

/// A date in a title set in quotes after a word (a conference "Март 2005: десять лет спустя")
/// is part of a name, not a date of the act; a quotation after a colon is words said, and
/// keeps its dates.
#[test]
fn a_date_in_a_title_dates_no_act() {
    let x = report(
        "2015-03-24",
        "ru",
        "Дискуссия продолжится в пятницу: в Ошском университете пройдет научная конференция \"Март 2005: десять лет спустя\", на которую приглашены участники событий.",
    );
    assert_has(&x, EventType::Talks, "2015-03-27");
    let said = report(
        "2015-03-24",
        "ru",
        "Министр заявил: \"Нападение на заставу произошло 12 марта 2015 года\", - передает агентство.",
    );
    assert_has(&said, EventType::Attack, "2015-03-12");
}

/// A date that opens the sentence dates the saying after a long title of who spoke, in one
/// clause; across a comma it does not ("В среду в Махачкалу прибудет министр, сообщили ...":
/// the coming Wednesday is the visit's).
#[test]
fn a_fronted_date_reaches_the_saying_past_a_long_title() {
    let x = report(
        "1999-08-28",
        "ru",
        "Во вторник, 24 августа, командующий войсками Северо-Кавказского военного округа генерал Виктор Казанцев заявил о завершении операции в Ботлихском районе.",
    );
    assert_has(&x, EventType::Statement, "1999-08-24");
    let y = report(
        "1999-08-10",
        "ru",
        "В среду в Махачкалу прибудет министр внутренних дел России Владимир Рушайло, сообщили агентству в министерстве.",
    );
    assert_every(&y, "no saying on the past Wednesday", |i| {
        i.date.to_edtf() != "1999-08-04"
    });
}

/// "Mohamed Said told ...": a capitalised "Said" after a first name is part of the name, not the
/// verb, and the statement is the whole name's; a headline in title case keeps its verb.
#[test]
fn said_in_a_name_is_no_saying() {
    let x = report(
        "2013-01-18",
        "en",
        "Communication Minister Mohamed Said told reporters on Thursday that he would resign.",
    );
    assert_has(&x, EventType::Statement, "2013-01-17");
    assert_every(&x, "the statement is Mohamed Said's", |i| {
        i.actors.iter().any(|a| a == "Mohamed Said")
    });
    let headline = report(
        "2022-09-20",
        "en",
        "Kyrgyz Border Service Said Tajik Troops Shelled Kok-Tash On Monday Night",
    );
    assert!(
        headline
            .incidents
            .iter()
            .any(|i| i.event_type == EventType::Shelling && i.status == Status::Claimed),
        "{:?}",
        types_and_dates(&headline)
    );
}

/// "Tokyo on Monday confirmed the deaths of seven citizens": deaths a speaker confirms died
/// before the confirming, which is the act of its day. The confirmation is a statement of that
/// day; the deaths are never dated by it.
#[test]
fn deaths_confirmed_are_dated_by_no_confirming() {
    for (lang, text) in [
        (
            "en",
            "Tokyo on Monday confirmed the deaths of seven Japanese citizens.",
        ),
        (
            "ru",
            "Токио в понедельник подтвердил гибель семерых граждан Японии.",
        ),
        (
            "ar",
            "وأكدت وزارة الخارجية اليابانية الاثنين مقتل سبعة من مواطنيها.",
        ),
    ] {
        let x = report("2013-01-26", lang, text);
        assert_has(&x, EventType::Statement, "2013-01-21");
        assert_every(&x, "the deaths are not of the day confirmed", |i| {
            i.event_type == EventType::Statement || i.date.exact_day().is_none()
        });
        assert!(
            x.incidents.iter().any(|i| i.fatalities.best == Some(7)),
            "{lang}: the toll is kept: {:?}",
            types_and_dates(&x)
        );
    }
}

/// "The ministry said on Friday ...": a new saying of its own day is no statement told before,
/// whatever the article before who spoke; two sayings on two days are two statements.
#[test]
fn a_new_saying_is_not_one_told_before() {
    let x = report(
        "2013-01-26",
        "en",
        "Tokyo on Monday confirmed the deaths of seven Japanese citizens.\n\nThe ministry confirmed on Friday the deaths of two soldiers.",
    );
    assert_has(&x, EventType::Statement, "2013-01-21");
    assert_has(&x, EventType::Statement, "2013-01-25");
}

/// "Santos said on Saturday troops had shelled the camp": the day right after the speech verb
/// is the saying's. The saying is a statement of that day, and the act it tells happened by
/// then (not necessarily on it). A date that opens the sentence still dates what was said.
#[test]
fn a_saying_dated_after_its_verb_is_a_statement_of_that_day() {
    for (lang, text) in [
        (
            "en",
            "Defence Minister Juan Manuel Santos said on Saturday government troops had shelled a rebel camp.",
        ),
        (
            "ar",
            "وقال وزير الدفاع الكولومبي خوان مانويل سانتوس أمس السبت إن الطائرات قصفت معسكرا للمتمردين.",
        ),
    ] {
        let x = report("2008-03-02", lang, text);
        assert_has(&x, EventType::Statement, "2008-03-01");
        assert_every(&x, "the act said is bounded by the saying", |i| {
            i.event_type == EventType::Statement || i.date.exact_day().is_none()
        });
    }
    let fronted = report(
        "2023-05-16",
        "ru",
        "В прошлую пятницу Минобороны Армении сообщило, что азербайджанские подразделения открыли огонь по стройплощадке.",
    );
    assert_has(&fronted, EventType::ArmedClash, "2023-05-12");
}

/// Words of one speaker are no statement another speaker made: "the UN envoy condemned the
/// attack", told after officials "told reporters on Thursday" they had no news, is not of that
/// Thursday.
#[test]
fn another_speaker_s_words_are_another_statement() {
    let x = report(
        "2018-06-22",
        "en",
        "Officials in Tripoli told reporters on Thursday they had no news.\n\nThe UN envoy, Ghassan Salame, condemned the attack and called for calm.",
    );
    let condemned = x
        .incidents
        .iter()
        .find(|i| {
            i.actors.iter().any(|a| a == "United Nations") && i.event_type == EventType::Statement
        })
        .expect("the envoy's condemnation");
    assert_eq!(
        condemned.date.exact_day(),
        None,
        "{:?}",
        types_and_dates(&x)
    );
}

/// "On December 29, the president went much further. In a speech he accused Rwanda ...": a
/// sentence that tells only a time sets the scene of the next one, words said and claims too.
#[test]
fn a_sentence_of_only_a_time_dates_the_next_one_s_words() {
    let x = report(
        "2024-01-12",
        "en",
        "On December 22, gunmen attacked the village of Vugizo, killing 20 people.\n\nOn December 29, the president went much further. In a speech in Cibitoke province he accused Rwanda of financing the rebels.",
    );
    assert_has(&x, EventType::Accusation, "2023-12-29");
    // Not when the scene is another paragraph's.
    let y = report(
        "2024-01-12",
        "en",
        "On December 29, the president went much further.\n\nIn a speech in Cibitoke province he accused Rwanda of financing the rebels.",
    );
    assert_every(&y, "no scene across paragraphs", |i| {
        i.date.exact_day().is_none()
    });
}

#[test]
fn the_act_named_again_days_away_is_an_older_one_not_a_dispute() {
    // "the shell that killed five on Wednesday", told after a shell that fell on Sunday, is the
    // Wednesday shell: not the Sunday one told with a date four days off.
    let x = report(
        "2012-10-08",
        "en",
        "Turkish artillery shelled army positions in Idlib on Monday in response to a shell that landed on Sunday on the edge of the Turkish town of Altinozu.\n\nIt is the sixth day in a row that Turkish guns have fired across the border since the shell that killed five Turkish civilians in Akcakale on Wednesday.",
    );
    assert_has(&x, EventType::Shelling, "2012-10-03");
    assert_has(&x, EventType::Shelling, "2012-10-07");
    assert_has(&x, EventType::Shelling, "2012-10-08");
    // A day or two apart, one report's two dates for the act are still one act, disputed.
    let y = report(
        "2021-05-02",
        "en",
        "Border guards clashed near the village of Kok-Tash on Wednesday.\n\nThe clash, which local officials said began on Thursday morning, killed three guards.",
    );
    assert_eq!(
        y.incidents
            .iter()
            .filter(|i| i.event_type == EventType::ArmedClash)
            .count(),
        1,
        "{:?}",
        types_and_dates(&y)
    );
}

#[test]
fn a_dated_saying_by_someone_the_gazetteer_cannot_name_is_a_statement() {
    let x = report(
        "2012-06-05",
        "ru",
        "В воскресенье мать обвиняемого заявила журналистам, что ее сын невиновен.",
    );
    assert_has(&x, EventType::Statement, "2012-06-03");
    // Nor is it the words told in the pluperfect by one who is named: "the two sides confirmed
    // yesterday that calm prevailed", then "Moscow had called on them to show restraint".
    let y = report(
        "2021-05-02",
        "ar",
        "وأكد الجانبان أمس أن الهدوء يسود على امتداد خط التماس.\n\nوكانت موسكو قد دعت الطرفين إلى حل الخلاف عبر الحوار، وعرضت المساعدة في الوساطة.",
    );
    assert_has(&y, EventType::Statement, "2021-05-01");
    assert_eq!(y.incidents.len(), 2, "{:?}", types_and_dates(&y));
    assert!(
        y.incidents.iter().any(|i| i.date.exact_day().is_none()),
        "Moscow's call is not dated by the sides' words: {:?}",
        types_and_dates(&y)
    );
}

#[test]
fn a_toll_updated_on_a_later_day_is_the_act_s_toll_not_a_new_act() {
    // The day a toll rose, was raised or revised, or was counted "as of" is the day it was
    // counted: the act keeps its day, one incident with the latest figure (the figure after
    // "the number of people killed in the bombing" is the toll too).
    let bomb = |then: &str| format!("A bomb in the metro on Monday killed 11 people. {then}");
    let bomb_ru = |then: &str| {
        format!("В понедельник в результате взрыва на станции метро погибли 11 человек. {then}")
    };
    let strike = |verb: &str| {
        format!(
            "An air strike hit the port on Saturday, killing three people. On Sunday the health ministry {verb} the death toll to six."
        )
    };
    for (published, lang, text, kind, day, toll) in [
        (
            "2011-04-15",
            "en",
            bomb(
                "On Thursday the death toll rose to 13. The number of people killed in the bombing has risen to 14, the ministry said on Friday.",
            ),
            EventType::Attack,
            "2011-04-11",
            14,
        ),
        (
            "2011-04-15",
            "ru",
            bomb_ru(
                "В четверг в больнице скончалась еще одна пострадавшая, и число погибших достигло 13.",
            ),
            EventType::Attack,
            "2011-04-11",
            13,
        ),
        (
            "2011-04-15",
            "en",
            bomb("As of 18:00 on Thursday, 13 people have died, the ministry said."),
            EventType::Attack,
            "2011-04-11",
            13,
        ),
        (
            "2011-04-15",
            "ru",
            bomb_ru("По состоянию на 18:00 четверга погибли 13 человек."),
            EventType::Attack,
            "2011-04-11",
            13,
        ),
        (
            "2024-07-22",
            "en",
            strike("raised"),
            EventType::AirStrike,
            "2024-07-20",
            6,
        ),
        (
            "2024-07-22",
            "en",
            strike("revised"),
            EventType::AirStrike,
            "2024-07-20",
            6,
        ),
    ] {
        let x = report(published, lang, &text);
        let act = only(&x, kind);
        assert_eq!(
            (act.date.to_edtf(), act.fatalities.best),
            (day.to_string(), Some(toll)),
            "{text}: {:?}",
            types_and_dates(&x)
        );
    }
}

#[test]
fn a_toll_given_on_a_later_day_is_the_act_s_toll_not_a_new_act() {
    // "reported on Saturday": the day the wounded were counted, not a new act of Saturday.
    for (lang, text) in [
        (
            "en",
            "A shootout erupted on the border on Thursday. The health ministry on Saturday also reported 178 wounded.",
        ),
        (
            "ru",
            "В четверг на границе произошла перестрелка. Минздрав в субботу сообщил также о 178 раненых.",
        ),
    ] {
        let x = report("2021-05-02", lang, text);
        assert_eq!(x.incidents.len(), 1, "{lang}: {:?}", types_and_dates(&x));
        assert_has(&x, EventType::ArmedClash, "2021-04-29");
    }
}

#[test]
fn a_date_opening_the_sentence_is_the_saying_s_when_what_was_said_is_to_come() {
    // Not the withdrawal's, which was to come after the saying: read as its coming June 5 it
    // was a year after the report.
    let x = report(
        "2018-07-10",
        "en",
        "On June 5 the government announced that it would withdraw its troops from the border.",
    );
    let statement = only(&x, EventType::Statement);
    assert_eq!(
        statement.date.to_edtf(),
        "2018-06-05",
        "{:?}",
        types_and_dates(&x)
    );
    let withdrawal = only(&x, EventType::Withdrawal);
    assert_eq!(withdrawal.status, Status::Planned);
    assert!(
        withdrawal
            .date
            .latest()
            .is_none_or(|d| d <= day("2018-12-31")),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_death_sentence_is_no_death_and_a_killing_keeps_its_year() {
    // "sentenced him to death": the verdict of April 2004; "the 2002 killing of a US diplomat":
    // an attack of 2002, not dated by the verdict.
    let x = report(
        "2005-11-14",
        "en",
        "A military court sentenced him to death in absentia in April 2004 for the 2002 killing of a US diplomat in Amman.",
    );
    let verdict = only(&x, EventType::Other);
    assert_eq!(
        verdict.date.to_edtf(),
        "2004-04",
        "{:?}",
        types_and_dates(&x)
    );
    let killing = only(&x, EventType::Attack);
    assert_eq!(killing.date.to_edtf(), "2002", "{:?}", types_and_dates(&x));
    // Three men sentenced to death on Monday: a verdict of that day, and no three dead.
    let x = report(
        "2005-11-14",
        "en",
        "A military court sentenced three men to death on Monday.",
    );
    assert_eq!(
        types_and_dates(&x),
        [(EventType::Other, "2005-11-14".to_string())]
    );
}

#[test]
fn a_declared_period_s_first_day_is_not_the_declaration_s() {
    // Mourning declared on Tuesday to start on Wednesday or the next morning: the declaration
    // was made by the publication day, neither the Wednesday before nor the coming one.
    for text in [
        "The president declared three days of national mourning starting Wednesday.",
        "The president declared three days of national mourning starting the next morning.",
    ] {
        let x = report("2013-09-24", "en", text);
        let mourning = only(&x, EventType::Statement);
        assert_eq!(
            (mourning.status, mourning.date.to_edtf()),
            (Status::Occurred, "[..2013-09-24]".to_string()),
            "{text}"
        );
    }
}

#[test]
fn a_refusal_to_tell_plans_nothing() {
    // "would not say when she had been detained": the detention happened; "would" is the
    // refusal's.
    let x = report(
        "2005-11-14",
        "en",
        "Officials would not say when or where she had been detained.",
    );
    let arrest = only(&x, EventType::Arrest);
    assert_eq!(
        (arrest.status, arrest.date.to_edtf()),
        (Status::Occurred, "[..2005-11-14]".to_string()),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_statement_dated_where_it_is_named_is_a_statement_of_that_day() {
    // "In a statement on Thursday, the group called ...": no verb of saying, but the word for
    // the statement carries its day.
    let x = report(
        "2005-11-14",
        "en",
        "In a first internet statement on Thursday, the group called the hotels dens of foreign intelligence.",
    );
    let statement = only(&x, EventType::Statement);
    assert_eq!(
        statement.date.to_edtf(),
        "2005-11-10",
        "{:?}",
        types_and_dates(&x)
    );
    // The group's statement happened, whatever it claims.
    let x = report(
        "2005-11-14",
        "en",
        "In a statement on Thursday, the group claimed the bombings.",
    );
    assert_eq!(only(&x, EventType::Statement).status, Status::Occurred);
}

#[test]
fn after_friday_prayers_is_on_the_friday() {
    // A prayer's hour says when in the day, not what the march came after.
    let x = report(
        "2005-11-14",
        "en",
        "Thousands marched through Amman after Friday prayers.",
    );
    assert_eq!(
        only(&x, EventType::Protest).date.to_edtf(),
        "2005-11-11",
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn words_written_noted_or_admitted_on_a_day_are_a_statement_of_that_day() {
    for text in [
        "The ambassador wrote on Thursday night that the tanker would be released.",
        "The minister noted on Thursday that the border had been calm.",
        "The army admitted on Thursday that its troops had opened fire.",
        "The president explained on Thursday that the decision was final.",
    ] {
        let x = report("2019-08-16", "en", text);
        let statement = only(&x, EventType::Statement);
        assert_eq!(
            statement.date.to_edtf(),
            "2019-08-15",
            "{text}: {:?}",
            types_and_dates(&x)
        );
    }
}

#[test]
fn a_year_that_modifies_a_name_dates_only_what_it_names() {
    // "the 1942 Rio Protocol" names an old treaty; the declaration was signed on Friday.
    let x = report(
        "1995-02-19",
        "en",
        "On Friday, in the Itamaraty palace in Brasília, the deputy foreign ministers signed a peace declaration in front of envoys of the guarantors of the 1942 Rio Protocol.",
    );
    assert_eq!(
        only(&x, EventType::Agreement).date.to_edtf(),
        "1995-02-17",
        "{:?}",
        types_and_dates(&x)
    );
    // So in Russian (a genitive year after its noun) and Arabic ("لعام" after its noun).
    for (lang, text) in [
        (
            "ru",
            "В пятницу в Бразилиа заместители министров подписали декларацию о мире в присутствии гарантов протокола 1942 года.",
        ),
        (
            "ar",
            "وقع نائبا وزيري الخارجية يوم الجمعة في برازيليا إعلان سلام بحضور ممثلي الدول الضامنة لبروتوكول ريو لعام 1942.",
        ),
    ] {
        let x = report("1995-02-19", lang, text);
        assert_eq!(
            only(&x, EventType::Agreement).date.to_edtf(),
            "1995-02-17",
            "{text}: {:?}",
            types_and_dates(&x)
        );
    }
    // The treaty the year names still takes it.
    let x = report(
        "2020-12-20",
        "en",
        "Under the 1902 Anglo-Ethiopian treaty the border ran along the river.",
    );
    assert_eq!(
        only(&x, EventType::Agreement).date.to_edtf(),
        "1902",
        "{:?}",
        types_and_dates(&x)
    );
    for (lang, text) in [
        (
            "ru",
            "Израиль ссылается на мирный договор с Египтом 1979 года.",
        ),
        ("ar", "تستند إسرائيل إلى معاهدة السلام لعام 1979."),
    ] {
        let x = report("2011-09-11", lang, text);
        assert_eq!(
            only(&x, EventType::Agreement).date.to_edtf(),
            "1979",
            "{text}: {:?}",
            types_and_dates(&x)
        );
    }
}

#[test]
fn the_war_named_in_passing_is_no_act_of_its_own() {
    // "The war" refers to nothing the report told and has no day, place or toll of its own:
    // it names the conflict the analysis is about, not an act of the story's day.
    let x = report(
        "2007-09-15",
        "en",
        "When Lebanese troops raised the flag over the ruins of Nahr al-Bared two weeks ago, crowds in Tripoli fired into the air.\n\nThe war began almost by accident. Hours after police stormed a flat in Tripoli on 20 May, gunmen fell on army checkpoints around the camp.\n\nWhen the defence minister declared the operation over in late June, the hardest fighting was still ahead.",
    );
    assert!(
        x.incidents.iter().all(|i| i
            .evidence
            .iter()
            .all(|e| !e.sentence.contains("The war began"))),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn an_act_that_names_its_people_takes_no_date_of_the_clause() {
    // "the organisers of the protest", "участников забастовки": the act says who the people
    // are; the day is the arrest's or the dismissal's.
    let x = report(
        "2011-12-26",
        "en",
        "Thousands protested in the square in May.\n\nOn Monday the organisers of the protest were arrested.",
    );
    assert_eq!(
        only(&x, EventType::Protest).date.to_edtf(),
        "2011-05",
        "{:?}",
        types_and_dates(&x)
    );
    assert_has(&x, EventType::Arrest, "2011-12-26");
    let x = report(
        "2011-12-26",
        "ru",
        "В мае нефтяники начали забастовку.\n\nЛетом более тысячи участников забастовки были уволены.",
    );
    assert_eq!(
        only(&x, EventType::Protest).date.to_edtf(),
        "2011-05",
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn a_date_opening_its_clause_dates_the_act_after_it() {
    // "В конце мая" opens the sentence: its preposition has nothing before it to lean on, so
    // the date is the posts', not the next clause's "в начале июня" (whose act, a market
    // closed, names no incident).
    let x = report(
        "2004-11-12",
        "ru",
        "В конце мая Тбилиси выставил антиконтрабандные посты, в начале июня закрыли рынок в Эргнети.",
    );
    assert_has(&x, EventType::Deployment, "2004-05-21/2004-05-31~");
}

#[test]
fn a_wide_date_right_beside_its_act_is_that_act_s() {
    // "войне 1991–1992 годов": two years are no usable day, but right beside the war they are
    // its date, not the December 1990 the next clause gives the abolished autonomy.
    let x = report(
        "2004-11-12",
        "ru",
        "Там жива память о войне 1991–1992 годов и о том, как в декабре 1990 года Верховный совет Грузии упразднил осетинскую автономию.",
    );
    assert_has(&x, EventType::ArmedClash, "1991-01-01/1992-12-31");
}

#[test]
fn a_post_told_after_its_update_stamp_is_content() {
    // "Updated at 13:40." opens a live post: what follows is the report, not an update line.
    let x = report(
        "2004-05-04",
        "en",
        "Updated at 13:40. Several hundred students gathered outside the university and were beaten with batons.",
    );
    assert!(
        x.incidents
            .iter()
            .any(|i| i.event_type == EventType::Protest),
        "{:?}",
        types_and_dates(&x)
    );
}

#[test]
fn talks_a_visit_is_made_for_are_that_visit() {
    // "прибудет в Тегеран ... для обсуждения": the talks are the visit's purpose, planned with
    // it; read apart, they had been told as done, on or before the publication day.
    let ru = "Замминистра иностранных дел Южной Кореи прибудет в Тегеран в воскресенье для обсуждения вопроса замороженных средств.";
    let en = "Iran's foreign minister arrived in Moscow on Monday to discuss the border dispute.";
    for (lang, sentence) in [("ru", ru), ("en", en)] {
        let x = report("2021-01-05", lang, sentence);
        assert_eq!(x.incidents.len(), 1, "{lang}: {:?}", types_and_dates(&x));
    }
    let x = report("2021-01-05", "ru", ru);
    let visit = only(&x, EventType::Visit);
    assert_eq!(visit.status, Status::Planned);
    assert_eq!(visit.date.to_edtf(), "2021-01-10");
}

#[test]
fn repeated_attacks_a_visit_will_discuss_are_no_habit_of_the_visit() {
    // "سيزور طهران ... لبحث الاعتداءات المتكررة": the attacks are habitual, the visit is not.
    let x = report(
        "2022-09-30",
        "ar",
        "قالت مصادر حكومية عراقية إن وزير الخارجية سيزور طهران الأسبوع المقبل لبحث \"الاعتداءات المتكررة\" على الإقليم.",
    );
    let visit = only(&x, EventType::Visit);
    assert_eq!(visit.status, Status::Planned);
}

#[test]
fn a_verb_after_its_subject_s_article_is_a_new_act() {
    // "After the incident the ministry summoned the ambassador": the article is the ministry's,
    // so the summons is no act told before, nor the anchor of "after"; it had been dropped.
    let x = report(
        "2015-12-24",
        "en",
        "On 24 November a Turkish fighter shot down a Russian Su-24.\n\nAfter the incident the ministry summoned the ambassador.",
    );
    let summons = only(&x, EventType::Other);
    assert!(summons.title.contains("summoning"), "{}", summons.title);
    // A participle with its preposition still refers back: the killed are the strike's.
    let x = report(
        "2015-12-24",
        "en",
        "An air strike hit the market on Monday.\n\nRelatives buried the civilians killed in the strike.",
    );
    assert_every(&x, "the killed are no attack of their own", |i| {
        i.event_type != EventType::Attack
    });
}

#[test]
fn before_first_light_tells_a_time_not_a_relation() {
    // "Before first light on Friday, December 15": a time of day, as "before dawn"; the day
    // after it is the attack's (it had been left with no day of its own).
    let x = report(
        "1995-12-24",
        "en",
        "Before first light on Friday, December 15, troops came ashore from landing craft and attacked the small garrison.",
    );
    assert_has(&x, EventType::Attack, "1995-12-15");
}

#[test]
fn an_arabic_date_after_a_verb_with_its_object_pronoun_is_that_verb_s() {
    // "في اجتماع عقدوه أمس": the meeting they held yesterday. The day had gone to the delegation
    // named after it, which is to arrive on Thursday.
    let x = report(
        "2008-05-12",
        "ar",
        "وقرر وزراء الداخلية في اجتماع عقدوه أمس إرسال وفد أمني إلى صنعاء، على أن يصل يوم الخميس المقبل.",
    );
    assert_has(&x, EventType::Talks, "2008-05-11");
    let visit = only(&x, EventType::Visit);
    assert_eq!(visit.status, Status::Planned);
    assert_eq!(visit.date.to_edtf(), "2008-05-15");
}
