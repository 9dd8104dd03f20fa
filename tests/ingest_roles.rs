//! Who took part, read from whole reports written for the tests, in English and Arabic: a
//! mediator is no actor of the truce or talks it brings about; who tells an attack is no actor
//! of it, unless their own words make them one ("it had evacuated"); the capital a ministry
//! speaks from is not where the attack happened; "the army" takes the one side its paragraph
//! tells of, and none when two are possible.

use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use tarikh::model::{EventType, Incident};

fn read(raw: &str) -> Extraction {
    ingest_report("t.txt", raw, &IngestOptions::default()).expect("the report is read")
}

/// The one incident of type `t` at `place` (`None`: with no place).
fn at<'a>(x: &'a Extraction, t: EventType, place: Option<&str>) -> &'a Incident {
    let v: Vec<&Incident> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == t && i.place.as_deref() == place)
        .collect();
    assert_eq!(
        v.len(),
        1,
        "one {t} incident at {place:?} expected in {:#?}",
        x.incidents
            .iter()
            .map(|i| (&i.title, &i.actors, &i.place))
            .collect::<Vec<_>>()
    );
    v[0]
}

const EN: &str = "---
published: 2023-03-11
language: en
---
Azerbaijani forces shelled the village of Sotk on Wednesday, wounding two civilians, the defence ministry in Yerevan said.

Armenian troops fired on positions near Tovuz on Thursday, Azerbaijani President Ilham Aliyev said. The army also shelled the town of Berd on Thursday.

Azerbaijani forces opened fire near Tegh on Thursday night. The army also shelled the town of Kapan the same night.

A ceasefire brokered by Russia took effect on Friday morning, officials on both sides said.

Talks between the foreign ministers of Armenia and Azerbaijan, held under the auspices of the OSCE, took place in Vienna on Saturday.

Armenia said it had evacuated 300 residents from border villages in Tavush Province on Thursday.
";

#[test]
fn english_report() {
    let x = read(EN);
    // The ministry in Yerevan tells the shelling: neither Armenia nor Yerevan is in it.
    let s = at(&x, EventType::Shelling, Some("Sotk"));
    assert_eq!(s.actors, ["Azerbaijan"]);
    // Aliyev tells the gunfire: he is no actor of it.
    let g = at(&x, EventType::ArmedClash, Some("Tovuz"));
    assert_eq!(g.actors, ["Armenia", "Army"]);
    // "The army" after a sentence that names both sides (one as the teller): no side.
    let b = at(&x, EventType::Shelling, Some("Berd"));
    assert_eq!(b.actors, ["Army"]);
    // "The army" after a sentence about one side only: that side.
    let k = at(&x, EventType::Shelling, Some("Kapan"));
    assert_eq!(k.actors, ["Army", "Azerbaijan"]);
    // The mediator is no party to the ceasefire; the OSCE none to the talks.
    let c = at(&x, EventType::Ceasefire, None);
    assert!(c.actors.is_empty(), "{:?}", c.actors);
    let t = at(&x, EventType::Talks, None);
    assert_eq!(t.actors, ["Armenia", "Azerbaijan"]);
    // "said it had evacuated": the teller did it.
    let e = at(&x, EventType::Displacement, Some("Tavush Province"));
    assert_eq!(e.actors, ["Armenia"]);
    // No actor list anywhere names the mediator or the leader who only spoke.
    for i in &x.incidents {
        for absent in ["Russia", "OSCE", "Ilham Aliyev"] {
            assert!(
                !i.actors.iter().any(|a| a == absent),
                "{}: {absent}",
                i.title
            );
        }
    }
}

const AR: &str = "---
published: 2023-03-11
language: ar
---
قالت وزارة الدفاع الأرمينية في يريفان إن القوات الأذربيجانية قصفت بلدة جيرموك يوم الأربعاء.

وقصفت القوات الأذربيجانية بلدة كابان يوم الخميس. وقصف الجيش أيضا بلدة غوريس يوم الخميس.

ودخلت هدنة بوساطة روسية حيز التنفيذ صباح الجمعة.

وأعلنت أرمينيا أنها أجلت 300 من سكان القرى الحدودية يوم الخميس.
";

#[test]
fn arabic_report() {
    let x = read(AR);
    let s = at(&x, EventType::Shelling, Some("Jermuk"));
    assert_eq!(s.actors, ["Azerbaijan"]);
    let g = at(&x, EventType::Shelling, Some("Goris"));
    assert_eq!(g.actors, ["Army", "Azerbaijan"]);
    // "بوساطة روسية": Russia mediated.
    let c = at(&x, EventType::Ceasefire, None);
    assert!(c.actors.is_empty(), "{:?}", c.actors);
    // "أعلنت أرمينيا أنها أجلت": Armenia evacuated.
    let e = at(&x, EventType::Displacement, None);
    assert_eq!(e.actors, ["Armenia"]);
}
