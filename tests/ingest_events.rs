//! Event coverage (issue 7, item 6): what the lexicon's words for acts become, one made-up
//! sentence at a time, in English and Arabic. Each sentence is read as a report of its own with
//! `ingest_report`, and the types (with the concept the title shows) of its incidents are
//! compared with the table. The types are those independent analysts chose for these acts:
//! captives taken are an arrest, a shoot-down or a mine is an act of its own (`other`), an envoy
//! summoned or recalled is `other` (a protest note an accusation), and so on. Negative rows say
//! what must not fire ("the closure of the case", "mine" the pronoun, "spoke to reporters").
//!
//! The sentences are written for these tests: general news language in the tenses, persons and
//! voices reports use, never the wording of a known text.

mod ingest_support;

use tarikh::ingest::{IngestOptions, ingest_report};
use tarikh::model::{EventType, Status};

use EventType::*;

use ingest_support::{
    PUBLISHED, check_events as check, incidents_of as incidents, read_sentence as read,
};

/// Each row: the sentence and the types that must not come out of it.
fn check_none(lang: &str, rows: &[(&str, &[EventType])]) {
    let mut failures = Vec::new();
    for (sentence, never) in rows {
        let got = incidents(lang, sentence);
        if got.iter().any(|(t, _)| never.contains(t)) {
            failures.push(format!(
                "{sentence}\n    none of {never:?}\n    got {got:?}"
            ));
        }
    }
    ingest_support::assert_rows(&failures, rows.len());
}

// ------------------------------------------------------------------------------ English

#[test]
fn english_captives_executions_and_prisoners() {
    check(
        "en",
        &[
            (
                "Two soldiers were taken captive on Tuesday.",
                &[(Arrest, "captives")],
            ),
            (
                "Rebels captured five soldiers near the border.",
                &[(Arrest, "captives")],
            ),
            (
                "Militants captured two Armenian servicemen.",
                &[(Arrest, "captives")],
            ),
            (
                "Three guards were captured during the raid on Tuesday.",
                &[(Arrest, "captives"), (Attack, "raid")],
            ),
            (
                "The fighters took twelve soldiers prisoner.",
                &[(Arrest, "captives")],
            ),
            ("He was taken prisoner in 2020.", &[(Arrest, "captives")]),
            (
                "Gunmen abducted three civilians from the village.",
                &[(Arrest, "abduction")],
            ),
            (
                "Two aid workers were kidnapped on Monday.",
                &[(Arrest, "abduction")],
            ),
            (
                "The rebels executed four prisoners on Friday.",
                &[(Attack, "execution")],
            ),
            (
                "Two men were executed in the square.",
                &[(Attack, "execution")],
            ),
            (
                "The two agencies said in a joint statement on Saturday that the deaths were avoidable.",
                &[(Statement, "statement")],
            ),
            (
                "The group seized the Galaxy Leader cargo ship and its 25 crew members in November.",
                &[(Arrest, "ship seized")],
            ),
            (
                "The navy seized a Liberian-flagged oil tanker off the coast on Friday.",
                &[(Arrest, "ship seized")],
            ),
            (
                "Coast guards boarded the freighter and detained its crew of 19.",
                &[(Arrest, "ship seized")],
            ),
            (
                "Authorities impounded two fishing vessels near the disputed islands.",
                &[(Arrest, "ship seized")],
            ),
            (
                "Prosecutors said they had charged 65 migrants with illegal entry.",
                &[(Arrest, "charges")],
            ),
            (
                "In early March, some 2,500 people tried to scale the fence over two days.",
                &[(MobViolence, "fence stormed")],
            ),
            (
                "The permanent council voted 22 to 2 for a resolution on Friday.",
                &[(Other, "vote")],
            ),
            (
                "The Security Council unanimously adopted resolution 1701 on Friday.",
                &[(Other, "resolution")],
            ),
            (
                "India inaugurated an 80-km link road to the pass on May 8.",
                &[(Other, "inauguration")],
            ),
            (
                "Nepal sent a diplomatic note to New Delhi the next day.",
                &[(Accusation, "diplomatic protest")],
            ),
            (
                "A child died on Monday when a dinghy carrying 48 people capsized.",
                &[(Other, "boat capsized")],
            ),
            (
                "Aid agencies are providing hot meals, water and blankets at the transit centre.",
                &[(Aid, "humanitarian aid")],
            ),
            (
                "Iraq said it would fly home about 200 of its citizens on Thursday.",
                &[(Other, "repatriation")],
            ),
            (
                "Border guards moved about 1,000 migrants from the camp to a warehouse.",
                &[(Displacement, "evacuation")],
            ),
            (
                "Costa Rica sent about 150 police officers to the border area.",
                &[(Deployment, "deployment")],
            ),
            (
                "Turkish troops held live-fire exercises along the river on Monday.",
                &[(Other, "military exercise")],
            ),
            (
                "The island has been Costa Rican under the 1858 Cañas-Jerez treaty.",
                &[(Agreement, "treaty")],
            ),
            (
                "The army moved additional units and armored vehicles to the river on Saturday.",
                &[(Deployment, "troop movements")],
            ),
            (
                "The president ordered extra border units and helicopters to the area.",
                &[(Deployment, "troop movements")],
            ),
            (
                "Chinese vessels fired water cannon at a Philippine convoy.",
                &[(Attack, "water cannon")],
            ),
            (
                "Coast guard speedboats rammed two navy boats on Monday.",
                &[(Attack, "ramming")],
            ),
            (
                "A new regulation took effect on Saturday allowing the coast guard to detain foreigners.",
                &[(Other, "law in force")],
            ),
            (
                "The ruling was issued on July 12, 2016.",
                &[(Other, "court ruling")],
            ),
            (
                "The two sides traded heavy fire near the post on Sunday.",
                &[(ArmedClash, "exchange of fire")],
            ),
            (
                "Guards traded fire with smugglers in 2022.",
                &[(ArmedClash, "exchange of fire")],
            ),
            (
                "Flows fell below the volume guaranteed by the 1973 Helmand River treaty.",
                &[(Agreement, "treaty")],
            ),
            (
                "The two sides exchanged prisoners on Sunday.",
                &[(Other, "prisoner exchange")],
            ),
            (
                "Azerbaijan and Armenia exchanged 20 prisoners of war.",
                &[(Other, "prisoner exchange")],
            ),
            (
                "The exchange of prisoners took place at the border.",
                &[(Other, "prisoner exchange")],
            ),
            (
                "Baku released 15 prisoners of war on Monday.",
                &[(Other, "release")],
            ),
            (
                "The government agreed to the release of the detainees.",
                &[(Other, "release")],
            ),
        ],
    );
}

#[test]
fn english_envoys_and_relations() {
    check(
        "en",
        &[
            (
                "The foreign ministry summoned the Iranian ambassador on Tuesday.",
                &[(Other, "summoning")],
            ),
            (
                "The Russian envoy was summoned to the ministry.",
                &[(Other, "summoning")],
            ),
            (
                "Baku handed a protest note to the Russian envoy.",
                &[(Accusation, "diplomatic protest")],
            ),
            (
                "The ministry delivered a demarche on Friday.",
                &[(Accusation, "diplomatic protest")],
            ),
            (
                "Kyrgyzstan recalled its ambassador from Dushanbe.",
                &[(Other, "ambassador recalled")],
            ),
            (
                "Yerevan withdrew its ambassador from Baku.",
                &[(Other, "ambassador recalled")],
            ),
            (
                "The government expelled two Russian diplomats.",
                &[(Other, "diplomats expelled")],
            ),
            (
                "The ambassador was declared persona non grata.",
                &[(Other, "diplomats expelled")],
            ),
            (
                "Morocco cut diplomatic relations with Algeria on Tuesday.",
                &[(Other, "relations cut")],
            ),
            (
                "Algeria severed ties with Morocco.",
                &[(Other, "relations cut")],
            ),
            (
                "Iran suspended diplomatic relations with Baku.",
                &[(Other, "relations cut")],
            ),
        ],
    );
}

#[test]
fn english_appeals_to_the_security_council_and_allies() {
    check(
        "en",
        &[
            (
                "Armenia filed a complaint with the UN Security Council.",
                &[(Statement, "complaint")],
            ),
            (
                "Yerevan also asked the U.N. Security Council to convene an urgent meeting.",
                &[(Statement, "request for a Security Council meeting")],
            ),
            (
                "Thailand said it will inform the United Nations Security Council of the attacks.",
                &[(Statement, "letter")],
            ),
            (
                "Baku sent a letter to the UN Security Council on Thursday.",
                &[(Statement, "letter")],
            ),
            (
                "Armenia requested an emergency meeting of the Security Council.",
                &[(Statement, "request for a Security Council meeting")],
            ),
            (
                "Armenia called for an emergency meeting of the Security Council.",
                &[(Statement, "request for a Security Council meeting")],
            ),
            (
                "Yerevan invoked Article 4 of the alliance's charter.",
                &[(Statement, "treaty invoked")],
            ),
            (
                "Armenia asked the CSTO for military assistance.",
                &[(Statement, "request for help")],
            ),
            (
                "Pashinyan asked Moscow for help on Tuesday.",
                &[(Statement, "request for help")],
            ),
            (
                "The Secretary-General today appealed to both Governments to exercise restraint.",
                &[(Statement, "appeal")],
            ),
            (
                "The Pope appealed for calm on Sunday.",
                &[(Statement, "appeal")],
            ),
            (
                "China expressed deep concern over the escalation on Monday.",
                &[(Statement, "concern")],
            ),
            (
                "Jordan deplored the attack on the embassy.",
                &[(Statement, "condemnation")],
            ),
            (
                "Presidential elections were held on 10 July.",
                &[(Other, "election")],
            ),
        ],
    );
}

#[test]
fn english_closures_flights_and_trade() {
    check(
        "en",
        &[
            // Giving up arms, and drills that are no fighting.
            (
                "About a hundred Congolese soldiers surrendered to the rebels in Goma.",
                &[(Other, "surrender")],
            ),
            (
                "The fighters laid down their arms at the checkpoint on Sunday.",
                &[(Other, "surrender")],
            ),
            (
                "A nationwide civil defence drill was held on Wednesday.",
                &[(Other, "civil defence drill")],
            ),
            (
                "Kyrgyzstan closed the border crossing with Tajikistan on Friday.",
                &[(Other, "border closure")],
            ),
            (
                "The authorities closed all crossings on Monday.",
                &[(Other, "border closure")],
            ),
            (
                "The Rafah crossing was closed on Tuesday.",
                &[(Other, "border closure")],
            ),
            (
                "The border has been closed since Friday.",
                &[(Other, "border closure")],
            ),
            (
                "The closure of the crossing left hundreds of trucks stranded.",
                &[(Other, "border closure")],
            ),
            (
                "Iran closed its airspace on Saturday.",
                &[(Other, "airspace closure")],
            ),
            (
                "The airport was closed on Friday.",
                &[(Other, "airspace closure")],
            ),
            (
                "Airlines suspended flights to Yerevan on Sunday.",
                &[(Other, "flights suspended")],
            ),
            (
                "Flights were suspended at the airport.",
                &[(Other, "flights suspended")],
            ),
            (
                "Flights to Beirut were suspended on Monday.",
                &[(Other, "flights suspended")],
            ),
            (
                "Pakistan suspended the bus service to Delhi on Thursday.",
                &[(Other, "services suspended")],
            ),
            (
                "India suspended the two trains that link the countries.",
                &[(Other, "services suspended")],
            ),
            // A disciplinary suspension is no stopped service.
            ("The army suspended two servicemen on Friday.", &[]),
            (
                "Kazakhstan halted trade with Kyrgyzstan.",
                &[(Other, "trade halted")],
            ),
            (
                "The border crossing was reopened on Monday.",
                &[(Other, "reopening")],
            ),
            (
                "The airline resumed flights to Baku.",
                &[(Other, "reopening")],
            ),
        ],
    );
}

#[test]
fn english_evacuations_and_mourning() {
    check(
        "en",
        &[
            (
                "About 136,000 people were evacuated from the border villages.",
                &[(Displacement, "evacuation")],
            ),
            (
                "The authorities evacuated 19,000 people on Friday.",
                &[(Displacement, "evacuation")],
            ),
            (
                "Thousands of residents took refuge in nearby villages.",
                &[(Displacement, "flight")],
            ),
            (
                "The president declared three days of national mourning.",
                &[(Statement, "mourning")],
            ),
            (
                "Flags were flown at half-mast on Friday.",
                &[(Statement, "mourning")],
            ),
        ],
    );
}

#[test]
fn english_shoot_downs_and_landmines() {
    check(
        "en",
        &[
            // The drone word belongs to the shoot-down: no air strike besides it.
            (
                "Air defences shot down three drones over the city on Friday.",
                &[(Other, "shot down")],
            ),
            (
                "A Turkish-made drone was shot down near the border.",
                &[(Other, "shot down")],
            ),
            (
                "An Azerbaijani drone was downed over the town.",
                &[(Other, "shot down")],
            ),
            (
                "Troops intercepted two drones on Tuesday.",
                &[(Other, "shot down")],
            ),
            // An aircraft shot down by the other side is fighting between armed forces.
            (
                "The army said it had shot down a helicopter.",
                &[(ArmedClash, "shot down")],
            ),
            (
                "Two drones were spotted over the capital on Monday.",
                &[(Other, "drone sighted")],
            ),
            (
                "A landmine exploded under a truck near the village.",
                &[(Other, "landmine")],
            ),
            (
                "A mine exploded under a truck on Monday.",
                &[(Other, "landmine")],
            ),
            (
                "Militants planted mines along the road.",
                &[(Other, "mining")],
            ),
            (
                "A shepherd stepped on a mine near the border.",
                &[(Other, "landmine")],
            ),
        ],
    );
}

#[test]
fn english_burning_deployments_and_captured_places() {
    check(
        "en",
        &[
            (
                "On Monday riot police ringed the parliament building.",
                &[(Deployment, "cordon")],
            ),
            (
                "Federal forces began storming the village on Monday.",
                &[(Attack, "raid")],
            ),
            (
                "The two-day session opened in Abu Dhabi on Friday.",
                &[(Talks, "meeting")],
            ),
            (
                "The cabinet session began on Monday afternoon.",
                &[(Talks, "meeting")],
            ),
            (
                "Militants set houses on fire in the village.",
                &[(PropertyDestruction, "arson")],
            ),
            (
                "Several shops were set ablaze on Tuesday.",
                &[(PropertyDestruction, "arson")],
            ),
            (
                "The attackers torched a school.",
                &[(PropertyDestruction, "arson")],
            ),
            (
                "Kyrgyzstan deployed troops to the border on Friday.",
                &[(Deployment, "deployment")],
            ),
            (
                "Russia moved additional troops to the region.",
                &[(Deployment, "troop movements")],
            ),
            (
                "Troops were sent to the area on Saturday.",
                &[(Deployment, "deployment")],
            ),
            (
                "Both sides reinforced their positions along the border.",
                &[(Deployment, "reinforcements")],
            ),
            (
                "Government forces recaptured the town on Monday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "The rebels seized the airport on Sunday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "Azerbaijani forces captured several villages.",
                &[(ArmedClash, "capture")],
            ),
            (
                "The army took the village on Thursday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "The rebels took over the city on Sunday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "The town was captured on Friday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "Forces reached the outskirts of the city.",
                &[(ArmedClash, "advance")],
            ),
        ],
    );
}

#[test]
fn english_strikes_fire_calls_treaties_courts_and_protests() {
    check(
        "en",
        &[
            (
                "Israeli aircraft hit nine sites in Gaza on Friday.",
                &[(AirStrike, "strike")],
            ),
            // The weapon named decides the type of a general strike word.
            (
                "Artillery struck several targets overnight.",
                &[(Shelling, "artillery")],
            ),
            (
                "Armenian forces returned fire.",
                &[(ArmedClash, "exchange of fire")],
            ),
            (
                "Japarov spoke to Rahmon on Saturday.",
                &[(Talks, "phone call")],
            ),
            (
                "The president telephoned his counterpart on Friday.",
                &[(Talks, "phone call")],
            ),
            (
                "He called his Tajik counterpart on Monday.",
                &[(Talks, "phone call")],
            ),
            (
                "The treaty of 1997 set the border line.",
                &[(Agreement, "treaty")],
            ),
            (
                "The 2009 treaty set the border line.",
                &[(Agreement, "treaty")],
            ),
            (
                "The Supreme Court ruled on Tuesday that the decree was void.",
                &[(Other, "court ruling")],
            ),
            ("A referendum was held on Sunday.", &[(Other, "referendum")]),
            (
                "Soldiers of the two armies pushed and punched one another on Tuesday.",
                &[(ArmedClash, "brawl between forces")],
            ),
            (
                "Villagers from both sides punched one another at the market.",
                &[(MobViolence, "brawl")],
            ),
            (
                "The president responded by ordering more than 5,000 troops to the frontier.",
                &[(Deployment, "deployment")],
            ),
            (
                "Soldiers blew up an empty house near the border on Wednesday.",
                &[(PropertyDestruction, "demolition")],
            ),
            (
                "Troops of the two countries faced off for weeks on the plateau.",
                &[(Other, "standoff")],
            ),
            (
                "On Friday, the ICJ ordered both sides to withdraw.",
                &[(Other, "court ruling")],
            ),
            (
                "The frontier was fixed by an arbitral award in 1905.",
                &[(Other, "court ruling")],
            ),
            (
                "The president has spoken by telephone with his counterpart.",
                &[(Talks, "phone call")],
            ),
            (
                "The minister has written to the Secretary-General of the United Nations.",
                &[(Statement, "letter")],
            ),
            (
                "Two fighter jets entered Latvia's airspace on Friday.",
                &[(Other, "airspace violation")],
            ),
            (
                "A military helicopter violated the country's airspace near the border on Thursday.",
                &[(Other, "airspace violation")],
            ),
            (
                "The country's airspace was violated by two military aircraft on Sunday.",
                &[(Other, "airspace violation")],
            ),
            (
                "Government warplanes hit the rebel-held town on Monday.",
                &[(AirStrike, "air strike")],
            ),
            (
                "Thousands took to the streets of the capital on Saturday.",
                &[(Protest, "protest")],
            ),
            (
                "Hundreds demonstrated outside the parliament.",
                &[(Protest, "demonstration")],
            ),
            // Words said at a meeting are a statement, not talks.
            (
                "\"The enemy made a big mistake tonight,\" the prime minister told a meeting of his security cabinet.",
                &[(Statement, "remarks")],
            ),
            (
                "The foreign minister told a news conference in Tashkent that the border was calm.",
                &[(Statement, "press conference")],
            ),
            // A strike that is no weapon: labour and hunger strikes are protests.
            (
                "Dock workers began a general strike in the port on Monday.",
                &[(Protest, "general strike")],
            ),
            (
                "Activists went on hunger strike in the prison.",
                &[(Protest, "hunger strike")],
            ),
            // A decree is one side's act: a statement, not an agreement.
            (
                "The president signed a decree imposing a state of emergency in the region.",
                &[(Statement, "decree"), (Other, "state of emergency")],
            ),
            (
                "The president issued a decree on Tuesday dissolving the border commission.",
                &[(Statement, "decree")],
            ),
        ],
    );
}

#[test]
fn english_purges_and_travel_bans() {
    check(
        "en",
        &[
            (
                "The interior ministry suspended 8,000 police officers on Tuesday.",
                &[(Other, "purge")],
            ),
            (
                "The council dismissed 2,700 judges after the failed coup.",
                &[(Other, "purge")],
            ),
            (
                "University staff were barred from travelling abroad on Wednesday.",
                &[(Other, "travel ban")],
            ),
            (
                "The government sacked thousands of teachers after the strike.",
                &[(Other, "purge")],
            ),
            // Talks suspended with teachers: no one removed from a post (a purge is told by
            // the number removed).
            (
                "The government suspended talks with teachers on Monday.",
                &[(Other, "talks called off")],
            ),
        ],
    );
    check_none(
        "en",
        &[(
            "The court dismissed claims by officers on Monday.",
            &[Other],
        )],
    );
}

#[test]
fn english_words_that_must_not_fire() {
    check(
        "en",
        &[
            (
                "Troops exchanged fire on Monday near the point where the borders of the three countries meet.",
                &[(ArmedClash, "exchange of fire")],
            ),
            (
                "The court ordered the closure of the case on Monday.",
                &[(Other, "court ruling")],
            ),
            ("This house is mine, he said.", &[]),
            ("The minister spoke to reporters in Bishkek.", &[]),
            ("The session was held behind closed doors.", &[]),
            ("The company issued a press release on Monday.", &[]),
            (
                "The Collective Security Treaty Organization met in Moscow.",
                &[(Talks, "meeting")],
            ),
            ("He took up his post in May.", &[]),
            ("Police seized weapons and ammunition.", &[]),
            ("The journey took over two hours.", &[]),
            ("The blast was captured on video.", &[(Attack, "explosion")]),
            ("The ministry remained vigilant.", &[]),
            (
                "Partners have been asked to meet immediate needs from existing funds.",
                &[],
            ),
            ("The government met the deadline on Monday.", &[]),
        ],
    );
    check_none(
        "en",
        &[
            // Prisoners of war are no war of their own.
            ("Baku released 15 prisoners of war.", &[ArmedClash]),
            // The drone shot down is no air strike.
            ("Air defences shot down an Armenian drone.", &[AirStrike]),
            // A recalled ambassador is no withdrawal of troops.
            ("Yerevan withdrew its ambassador from Baku.", &[Withdrawal]),
            ("The attackers fled.", &[Attack]),
            (
                "The minister spoke with journalists after the meeting.",
                &[Talks],
            ),
        ],
    );
}

// ------------------------------------------------------------------------------- Arabic

#[test]
fn arabic_captives_executions_and_prisoners() {
    check(
        "ar",
        &[
            ("وقع ثلاثة جنود في الأسر.", &[(Arrest, "captives")]),
            (
                "وأعلنت البحرية احتجاز ناقلة نفط أجنبية في المضيق.",
                &[(Arrest, "ship seized")],
            ),
            (
                "وأعلنت الشرطة أنها فتحت تحقيقا في ملابسات الحادثة.",
                &[(Statement, "investigation")],
            ),
            (
                "وقرر مجلس الوزراء أمس حظر سفر المواطنين إلى ليبيا.",
                &[(Other, "travel ban")],
            ),
            (
                "وجدد السودان الشهر الماضي شكواه لدى مجلس الأمن.",
                &[(Statement, "complaint")],
            ),
            (
                "ونظم عشرات الناشطين وقفة قرب السفارة مساء أمس.",
                &[(Protest, "protest")],
            ),
            (
                "ودانت الحكومة الليبية الغارات المصرية.",
                &[(Statement, "condemnation"), (AirStrike, "air strike")],
            ),
            (
                "دبابات إسرائيلية تقدمت أمس إلى مشارف البلدة.",
                &[(Deployment, "advance")],
            ),
            (
                "أطلقت سفن خفر السواحل خراطيم المياه على قارب للصيادين.",
                &[(Attack, "water cannon")],
            ),
            ("أسرت القوات جنديين يوم الثلاثاء.", &[(Arrest, "captives")]),
            (
                "اختطف مسلحون خمسة مدنيين من القرية.",
                &[(Arrest, "abduction")],
            ),
            ("تم اختطاف ثلاثة مواطنين.", &[(Arrest, "abduction")]),
            (
                "أعدم المسلحون أربعة أسرى يوم الجمعة.",
                &[(Attack, "execution")],
            ),
            (
                "تبادل الطرفان الأسرى يوم الأحد.",
                &[(Other, "prisoner exchange")],
            ),
            (
                "جرى تبادل الأسرى عند الحدود.",
                &[(Other, "prisoner exchange")],
            ),
            ("أفرجت أرمينيا عن 15 أسيرا.", &[(Other, "release")]),
            (
                "أطلقت السلطات سراح المعتقلين يوم الاثنين.",
                &[(Other, "release")],
            ),
            // إخلاء سبيل: a release, not an evacuation.
            ("قررت النيابة إخلاء سبيل المتهمين.", &[(Other, "release")]),
        ],
    );
}

#[test]
fn arabic_envoys_and_relations() {
    check(
        "ar",
        &[
            (
                "استدعت وزارة الخارجية السفير الإيراني يوم الثلاثاء.",
                &[(Other, "summoning")],
            ),
            (
                "قررت الوزارة استدعاء القائم بالأعمال.",
                &[(Other, "summoning")],
            ),
            (
                "سلمت أذربيجان مذكرة احتجاج إلى السفير الروسي.",
                &[(Accusation, "diplomatic protest")],
            ),
            (
                "قدمت الخارجية احتجاجا رسميا.",
                &[(Accusation, "diplomatic protest")],
            ),
            (
                "أبلغت الخارجية السفير احتجاجها.",
                &[(Accusation, "diplomatic protest")],
            ),
            // A protest conveyed to the envoy summoned is part of the summons.
            (
                "استدعت الخارجية السفير في أنقرة، وأبلغته احتجاجها على نشر عربات مدرعة.",
                &[(Other, "summoning")],
            ),
            // Their own ambassador called home: a recall.
            (
                "استدعت الجزائر سفيرها لدى المغرب للتشاور.",
                &[(Other, "ambassador recalled")],
            ),
            (
                "سحبت أرمينيا سفيرها من موسكو.",
                &[(Other, "ambassador recalled")],
            ),
            (
                "طردت الحكومة دبلوماسيين روسيين.",
                &[(Other, "diplomats expelled")],
            ),
            (
                "أعلنت الخارجية السفير شخصا غير مرغوب فيه.",
                &[(Other, "diplomats expelled")],
            ),
            (
                "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب يوم الثلاثاء.",
                &[(Other, "relations cut")],
            ),
            (
                "أعلن المغرب قطع العلاقات مع إيران.",
                &[(Other, "relations cut")],
            ),
        ],
    );
}

#[test]
fn arabic_appeals_to_the_security_council_and_allies() {
    check(
        "ar",
        &[
            (
                "تقدمت أرمينيا بشكوى إلى مجلس الأمن الدولي.",
                &[(Statement, "complaint")],
            ),
            (
                "وقالت الحكومة إنها أبلغت الأمين العام للأمم المتحدة بالهجوم.",
                &[(Statement, "letter")],
            ),
            (
                "وجهت أذربيجان رسالة إلى مجلس الأمن يوم الخميس.",
                &[(Statement, "letter")],
            ),
            (
                "طلبت أرمينيا عقد جلسة طارئة لمجلس الأمن الدولي.",
                &[(Statement, "request for a Security Council meeting")],
            ),
            (
                "دعت أرمينيا إلى عقد اجتماع طارئ لمجلس الأمن.",
                &[(Statement, "request for a Security Council meeting")],
            ),
            (
                "طلبت أرمينيا المساعدة من حلفائها.",
                &[(Statement, "request for help")],
            ),
            (
                "أعلنت يريفان تفعيل المادة الرابعة من الميثاق.",
                &[(Statement, "treaty invoked")],
            ),
        ],
    );
}

#[test]
fn arabic_closures_flights_and_trade() {
    check(
        "ar",
        &[
            (
                "فرضت السلطات حظر تجوال في المدينة مساء الأحد.",
                &[(Other, "curfew")],
            ),
            (
                "سلّم الجنود أسلحتهم إلى المتمردين في غوما يوم الاثنين.",
                &[(Other, "surrender")],
            ),
            (
                "أغلقت السلطات معبر رفح يوم الجمعة.",
                &[(Other, "border closure")],
            ),
            (
                "تم إغلاق المعبر الحدودي أمام الشاحنات.",
                &[(Other, "border closure")],
            ),
            (
                "وأغلقت قرغيزستان حدودها مع طاجيكستان.",
                &[(Other, "closure")],
            ),
            (
                "أغلقت إيران مجالها الجوي يوم السبت.",
                &[(Other, "airspace closure")],
            ),
            ("أعلنت السلطات إغلاق المطار.", &[(Other, "airspace closure")]),
            (
                "علقت شركات الطيران رحلاتها إلى يريفان.",
                &[(Other, "flights suspended")],
            ),
            (
                "تقرر تعليق الرحلات الجوية إلى بيشكيك.",
                &[(Other, "flights suspended")],
            ),
            (
                "أوقفت كازاخستان التبادل التجاري مع قرغيزستان.",
                &[(Other, "trade halted")],
            ),
            ("أعيد فتح المعبر يوم الاثنين.", &[(Other, "reopening")]),
            (
                "أعادت السلطات فتح المطار يوم الثلاثاء.",
                &[(Other, "reopening")],
            ),
        ],
    );
}

#[test]
fn arabic_evacuations_and_mourning() {
    check(
        "ar",
        &[
            (
                "مئات العائلات تغادر البلدة باتجاه الحدود.",
                &[(Displacement, "flight")],
            ),
            (
                "وغادرت آلاف العائلات المدينة خلال الليل.",
                &[(Displacement, "flight")],
            ),
            (
                "أجلت السلطات 19 ألف شخص من المنطقة يوم الجمعة.",
                &[(Displacement, "evacuation")],
            ),
            (
                "تم إجلاء أكثر من 136 ألف شخص من القرى الحدودية.",
                &[(Displacement, "evacuation")],
            ),
            (
                "نزح آلاف السكان من المنطقة.",
                &[(Displacement, "displacement")],
            ),
            (
                "أخلت السلطات القرى الحدودية.",
                &[(Displacement, "evacuation")],
            ),
            (
                "أعلن الرئيس الحداد الوطني ثلاثة أيام.",
                &[(Statement, "mourning")],
            ),
            ("قررت الحكومة تنكيس الأعلام.", &[(Statement, "mourning")]),
        ],
    );
}

#[test]
fn arabic_shoot_downs_and_landmines() {
    check(
        "ar",
        &[
            (
                "أسقطت الدفاعات الجوية ثلاث مسيرات فوق المدينة يوم الجمعة.",
                &[(Other, "shot down")],
            ),
            ("تم إسقاط طائرة مسيرة أذربيجانية.", &[(Other, "shot down")]),
            ("أسقط الجيش طائرة استطلاع.", &[(ArmedClash, "shot down")]),
            (
                "اعترضت الدفاعات الجوية مسيرات معادية.",
                &[(Other, "shot down")],
            ),
            (
                "رصدت القوات طائرات مسيرة فوق الحدود.",
                &[(Other, "drone sighted")],
            ),
            ("انفجر لغم بشاحنة قرب القرية.", &[(Other, "landmine")]),
            ("زرع المسلحون ألغاما على الطريق.", &[(Other, "mining")]),
            ("وقع انفجار لغم أرضي قرب القرية.", &[(Other, "landmine")]),
        ],
    );
}

#[test]
fn arabic_burning_deployments_and_captured_places() {
    check(
        "ar",
        &[
            (
                "أضرم المسلحون النار في منازل القرية يوم الخميس.",
                &[(PropertyDestruction, "arson")],
            ),
            (
                "ومع سيطرة الحركة على كابول في 15 أغسطس 2021 تغير الوضع.",
                &[(ArmedClash, "takeover")],
            ),
            (
                "سيطرت القوات على التلة الاستراتيجية.",
                &[(ArmedClash, "takeover")],
            ),
            (
                "أغارت مقاتلات على بلدة حدودية فجر الأحد.",
                &[(AirStrike, "air strike")],
            ),
            (
                "وأعلن الوزير أن القوات المسلحة حررت البلدة بالكامل.",
                &[(ArmedClash, "takeover")],
            ),
            (
                "أضرموا النار في المحال التجارية.",
                &[(PropertyDestruction, "arson")],
            ),
            ("أحرق المهاجمون مدرسة.", &[(PropertyDestruction, "arson")]),
            // Forces massed; a crowd gathered (below) is no build-up.
            (
                "حشد الجيش قوات ودبابات على الحدود يوم الأحد.",
                &[(Deployment, "build-up")],
            ),
            (
                "حشدت الدولتان آلاف الجنود على الحدود.",
                &[(Deployment, "build-up")],
            ),
            (
                "تم إحراق عدد من المنازل.",
                &[(PropertyDestruction, "arson")],
            ),
            (
                "انتشرت قوات الجيش على طول الحدود يوم الجمعة.",
                &[(Deployment, "deployment")],
            ),
            (
                "أرسلت روسيا تعزيزات عسكرية إلى المنطقة.",
                &[(Deployment, "reinforcements")],
            ),
            (
                "دفع الجيش بقوات إضافية إلى الحدود.",
                &[(Deployment, "reinforcements")],
            ),
            (
                "عززت طاجيكستان مواقعها على الحدود.",
                &[(Deployment, "reinforcements")],
            ),
            (
                "سيطرت القوات الأذربيجانية على عدة مواقع يوم الثلاثاء.",
                &[(ArmedClash, "takeover")],
            ),
            (
                "استعادت القوات الحكومية السيطرة على المدينة.",
                &[(ArmedClash, "takeover")],
            ),
            (
                "استولى المسلحون على المطار يوم الأحد.",
                &[(ArmedClash, "takeover")],
            ),
            ("وصلت القوات إلى مشارف العاصمة.", &[(ArmedClash, "advance")]),
        ],
    );
}

#[test]
fn arabic_strikes_fire_calls_treaties_courts_and_protests() {
    check(
        "ar",
        &[
            (
                "شنت القوات الإسرائيلية ضربات على تسعة مواقع في غزة.",
                &[(AirStrike, "strike")],
            ),
            (
                "ردت القوات القرغيزية بالمثل.",
                &[(ArmedClash, "exchange of fire")],
            ),
            (
                "ردت القوات على مصادر النيران.",
                &[(ArmedClash, "exchange of fire")],
            ),
            // A raid is the act it made (the incursion alone stays one).
            (
                "توغلت قوة إسرائيلية فجر اليوم داخل الأراضي اللبنانية وفجّرت منزلاً غير مأهول.",
                &[(PropertyDestruction, "demolition")],
            ),
            (
                "توغلت قوة إسرائيلية فجر اليوم داخل الأراضي اللبنانية.",
                &[(Deployment, "incursion")],
            ),
            (
                "قالت الوزارة إن القاهرة ستوفد وفدين أمنيين إلى غزة.",
                &[(Visit, "delegation")],
            ),
            (
                "أعلنت وزارة الدفاع أنها ستنشر نحو 200 جندي على الحدود.",
                &[(Deployment, "deployment")],
            ),
            (
                "أعلن الجيش اللبناني الاثنين أنه نشر وحدات إضافية في محيط البلدة.",
                // (The announcement, of its day, and the deployment it tells, by then.)
                &[(Statement, "statement"), (Deployment, "deployment")],
            ),
            (
                "تشابك جنود البلدين بالأيدي على الحدود يوم الثلاثاء.",
                &[(ArmedClash, "brawl between forces")],
            ),
            (
                "اخترقت طائرتان حربيتان المجال الجوي للبلاد يوم الجمعة.",
                &[(Other, "airspace violation")],
            ),
            (
                "أعلن الجيش أن مسيرة انتهكت الأجواء اللبنانية فجر الخميس.",
                &[(Other, "airspace violation")],
            ),
            (
                "أجرى الرئيس اتصالا مع نظيره الطاجيكي يوم الجمعة.",
                &[(Talks, "phone call")],
            ),
            (
                "تلقى الرئيس اتصالا من نظيره الروسي.",
                &[(Talks, "phone call")],
            ),
            ("تحدث بوتين مع جاباروف يوم السبت.", &[(Talks, "phone call")]),
            (
                "وقع البلدان معاهدة حسن الجوار عام 1997.",
                &[(Agreement, "treaty")],
            ),
            (
                "قضت المحكمة الدستورية يوم الثلاثاء بعدم دستورية القرار.",
                &[(Other, "court ruling")],
            ),
            (
                "أجري استفتاء على الدستور يوم الأحد.",
                &[(Other, "referendum")],
            ),
            (
                "خرج آلاف المحتجين إلى الشوارع في يريفان.",
                &[(Protest, "protest")],
            ),
            (
                "تجمع محتجون أمام البرلمان يوم السبت.",
                &[(Protest, "rally")],
            ),
            (
                "بدأ المعتقلون إضرابا عن الطعام في السجن.",
                &[(Protest, "hunger strike")],
            ),
            (
                "نفذ عمال الميناء إضرابا عاما في المدينة يوم الاثنين.",
                &[(Protest, "general strike")],
            ),
            // A march, not a drone.
            (
                "نظم السكان مسيرة احتجاجية في المدينة.",
                &[(Protest, "march")],
            ),
            (
                "خرج مئات السكان مساء أمس في مسيرة قرب السفارة.",
                &[(Protest, "march")],
            ),
        ],
    );
}

#[test]
fn arabic_purges_resignations_and_present_arrests() {
    check(
        "ar",
        &[
            (
                "قرر المجلس إقصاء 2700 قاض من مناصبهم يوم السبت.",
                &[(Other, "purge")],
            ),
            (
                "قدم وزير الدفاع محمد علي حسن استقالته يوم الأحد.",
                &[(Other, "resignation")],
            ),
            (
                "الشرطة اليونانية تعتقل ثمانية عسكريين أتراك.",
                &[(Arrest, "arrest")],
            ),
            ("قررت الحكومة فصل آلاف الموظفين.", &[(Other, "purge")]),
        ],
    );
    // An employee stopped by the police is no purge.
    check_none("ar", &[("أوقفت الشرطة موظفا في المطار.", &[Other])]);
}

#[test]
fn arabic_words_that_must_not_fire() {
    check(
        "ar",
        &[
            // A case closed by a court: a ruling, not a closure.
            ("قررت المحكمة إغلاق القضية.", &[(Other, "court ruling")]),
            ("تحدث الوزير مع الصحفيين يوم الاثنين.", &[]),
            ("انتشر الفيروس في المنطقة.", &[]),
            // The liberation movement's name is no takeover.
            ("قاد الجيش الشعبي لتحرير السودان الحركة لعقود.", &[]),
            ("أشاد الوزير بالتقدم نحو السلام.", &[]),
            ("قررت الشركة إغلاق الملف نهائيا.", &[]),
            (
                "اجتمع ممثلو منظمة معاهدة الأمن الجماعي في موسكو.",
                &[(Talks, "meeting")],
            ),
        ],
    );
    check_none(
        "ar",
        &[
            ("أسقطت الدفاعات الجوية مسيرة أرمينية.", &[AirStrike]),
            // Crowds gathered for a rally or a ceremony are no troops massed.
            (
                "حشد الرئيس أكثر من مليون شخص في مهرجان بالعاصمة يوم الأحد.",
                &[Deployment],
            ),
            ("توافدت حشود غفيرة على الساحة منذ الظهيرة.", &[Deployment]),
            ("أفرجت السلطات عن أسرى الحرب.", &[ArmedClash]),
            // Their own envoy withdrawn is no withdrawal of troops.
            ("سحبت أرمينيا سفيرها من موسكو.", &[Withdrawal]),
            // "أخلت بالتزاماتها": a breach, not an evacuation.
            ("أخلت إسرائيل بالتزاماتها.", &[Displacement]),
            // The missiles a plant makes, a depot holds or a programme builds were not fired.
            (
                "أغارت الطائرات الإسرائيلية السبت على منشآت لإنتاج الصواريخ في طهران.",
                &[Shelling],
            ),
            (
                "أغارت الطائرات الإسرائيلية السبت على مستودعات صواريخ قرب حلب.",
                &[Shelling],
            ),
            (
                "فرضت واشنطن عقوبات على البرنامج الصاروخي الإيراني.",
                &[Shelling],
            ),
        ],
    );
}

#[test]
fn the_future_prefix_makes_the_act_planned() {
    let x = read("ar", "ستغلق السلطات المعبر الحدودي يوم الاثنين.");
    ingest_support::print(&x);
    assert_eq!(x.incidents.len(), 1);
    assert_eq!(x.incidents[0].event_type, Other);
    assert_eq!(x.incidents[0].status, Status::Planned);
}

#[test]
fn a_side_naming_an_act_tells_no_act_of_its_own() {
    check(
        "en",
        &[(
            "Baku summoned the Armenian ambassador on Monday to protest what it called an act of aggression.",
            &[(Other, "envoy")],
        )],
    );
    check(
        "ar",
        &[(
            "استدعت وزارة الخارجية اليوم الخميس القائم بالأعمال، وسلمته احتجاجا رسميا على ما وصفته بـ\"العدوان السافر\".",
            &[(Other, "summoning")],
        )],
    );
    // "described ... as": the name given, not an act.
    check_none(
        "en",
        &[(
            "Indian officials described the incident, in which no shots were fired, as a local face-off.",
            &[Other],
        )],
    );
    // A specific act after the same words is still told.
    check(
        "en",
        &[(
            "Baku accused Yerevan of what it called the shelling of Tovuz on Monday.",
            &[(Shelling, "shelling")],
        )],
    );
    // Violence named as one already known ("the attacks", "этот обстрел") is no new act: the
    // accusation is the news.
    check(
        "en",
        &[
            (
                "Hezbollah accused Israel of carrying out the pager attacks.",
                &[(Accusation, "accusation")],
            ),
            (
                "Tehran accused Riyadh of using the embassy attack as a pretext.",
                &[(Accusation, "accusation")],
            ),
            // ("the" is the army's: the attack is new.)
            (
                "The rebels accused the army of shelling their camp near Kidal.",
                &[(Shelling, "shelling")],
            ),
        ],
    );
    // (The shelling named with "этом" stands as the one the report told before.)
    check(
        "ru",
        &[(
            "Баку обвинил Ереван в этом обстреле.",
            &[(Accusation, "accusation"), (Shelling, "shelling")],
        )],
    );
}

#[test]
fn a_government_protesting_to_another_is_a_diplomatic_protest() {
    check(
        "en",
        &[
            (
                "Bishkek formally protested to Dushanbe on Monday over the incursion.",
                &[(Accusation, "protest"), (Deployment, "incursion")],
            ),
            (
                "Hundreds protested in Batken on Monday.",
                &[(Protest, "protest")],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                "احتجت قرغيزستان لدى طاجيكستان على الهجوم.",
                &[(Accusation, "protest")],
            ),
            (
                "احتج مئات السكان في باتكن يوم الاثنين.",
                &[(Protest, "protest")],
            ),
        ],
    );
}

#[test]
fn the_wounded_evacuated_are_no_displacement() {
    check_none(
        "en",
        &[(
            "Two soldiers sustained gunshot wounds and were evacuated to Georgetown.",
            &[Displacement],
        )],
    );
    check_none(
        "ar",
        &[("تم إجلاء الجرحى إلى مستشفى المدينة.", &[Displacement])],
    );
    check(
        "en",
        &[(
            "Authorities evacuated 3,000 residents of Ovchi on Friday.",
            &[(Displacement, "evacuation")],
        )],
    );
}

#[test]
fn people_travelling_are_no_official_visit() {
    check_none(
        "en",
        &[(
            "Flights have resumed, and pilgrims are again travelling to Mount Kailash.",
            &[Visit],
        )],
    );
    check_none("ar", &[("عاد الزوار يتوجهون إلى المدينة.", &[Visit])]);
    check(
        "en",
        &[(
            "The foreign minister travelled to Dushanbe on Monday.",
            &[(Visit, "visit")],
        )],
    );
}

#[test]
fn weapons_moved_are_no_fire_of_their_own() {
    check(
        "en",
        &[(
            "Serbia deployed troops to the border, including artillery and tanks.",
            &[(Deployment, "deploy")],
        )],
    );
    check(
        "ar",
        &[(
            "أعرب البيت الأبيض عن قلقه من حشد عسكري على الحدود يشمل مدفعية ودبابات، داعيا بلغراد إلى سحب قواتها.",
            &[(Statement, "concern"), (Deployment, "build-up")],
        )],
    );
    // Fire told with its own verb stays.
    check(
        "en",
        &[(
            "Troops were deployed to the border, and artillery shelled two villages.",
            &[(Deployment, "deploy"), (Shelling, "shell")],
        )],
    );
}

#[test]
fn what_a_protest_is_held_to_say_is_its_content() {
    check(
        "en",
        &[(
            "Hundreds of people marched through Goma on Monday to denounce Rwanda.",
            &[(Protest, "march")],
        )],
    );
    check(
        "en",
        &[(
            "Hundreds of people rallied in the capital on Friday to mark the first anniversary of the clashes.",
            &[(Protest, "rall")],
        )],
    );
}

/// The dead a commemoration or a funeral is held for were killed in an act already told: they
/// make no attack of the commemoration's day.
#[test]
fn the_dead_remembered_are_no_attack_of_their_own() {
    check(
        "en",
        &[
            (
                "Djibouti will mark the second anniversary of the Ras Doumeira martyrs next Thursday with a ceremony at the military cemetery.",
                &[(Other, "commemoration")],
            ),
            (
                "Veterans marked the tenth anniversary of the war on Sunday.",
                &[(Other, "commemoration")],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "وتستعد جيبوتي لإحياء الذكرى الثانية لـ«شهداء رأس دميرة» يوم الخميس المقبل بمراسم في المقبرة العسكرية.",
            &[(Other, "commemoration")],
        )],
    );
}

#[test]
fn an_alleged_thing_does_not_make_the_whole_sentence_a_claim() {
    let x = read(
        "en",
        "Hundreds marched in Goma on Monday, two days after Kinshasa ordered Rwanda's ambassador to leave over its alleged support for the rebels.",
    );
    ingest_support::print(&x);
    assert!(
        x.incidents.iter().all(|i| i.status == Status::Occurred),
        "{:?}",
        x.incidents
            .iter()
            .map(|i| (&i.title, i.status))
            .collect::<Vec<_>>()
    );
    assert!(x.incidents.iter().any(|i| i.event_type == Other));
}

#[test]
fn weapons_that_came_with_a_fight_are_no_strike_of_their_own() {
    check(
        "en",
        &[(
            "Clashes involving tanks, mortars and drones killed 46 people on Friday.",
            &[(ArmedClash, "clash")],
        )],
    );
    check(
        "ar",
        &[(
            "تقدمت القوات مدعومة بمسيرات واشتبكت مع المسلحين يوم الجمعة.",
            &[(ArmedClash, "clash")],
        )],
    );
}

#[test]
fn declarations_signed_are_agreements() {
    check(
        "en",
        &[(
            "The two leaders signed a joint declaration in Asmara in July 2018.",
            &[(Agreement, "declaration")],
        )],
    );
    check(
        "ar",
        &[(
            "وفي يوليو 2018 وقّع الزعيمان إعلان سلام في أسمرة.",
            &[(Agreement, "declaration")],
        )],
    );
}

#[test]
fn strikes_that_hit_bases_and_camps() {
    check(
        "en",
        &[
            (
                "Iran said it had hit two bases of the group in Balochistan.",
                &[(AirStrike, "strike")],
            ),
            (
                "Jets struck militant camps near the border on Monday.",
                &[(AirStrike, "strike")],
            ),
        ],
    );
    // A hit song is no strike.
    check_none("en", &[("The band had a hit in 2010.", &[AirStrike])]);
}

#[test]
fn an_offer_to_host_talks_is_a_statement_not_planned_talks() {
    check(
        "en",
        &[(
            "Qatar offered on Thursday to host talks between Islamabad and Kabul.",
            &[(Statement, "offer")],
        )],
    );
    check(
        "ar",
        &[(
            "عرضت قطر يوم الخميس استضافة محادثات بين البلدين.",
            &[(Statement, "offer")],
        )],
    );
}

#[test]
fn troops_reduced_truces_expired_and_operations_launched() {
    check(
        "en",
        &[
            (
                "The president ordered a troop reduction along the border on Monday.",
                &[(Withdrawal, "drawdown")],
            ),
            (
                "The army launched a new operation in the north on Monday.",
                &[(ArmedClash, "operation")],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                "أعلن الرئيس أنه أمر بتقليص عدد الجنود المنتشرين قرب الحدود.",
                &[(Withdrawal, "drawdown")],
            ),
            (
                "اندلعت اشتباكات يوم الاثنين بعد انتهاء سريانها منتصف ليل الأحد.",
                &[(ArmedClash, "clash"), (Other, "expiry")],
            ),
        ],
    );
}

#[test]
fn crossings_closed_across_an_apposition() {
    check(
        "en",
        &[(
            "Officials said the Torkham and Chaman crossings, the two main trade points, were closed on Sunday.",
            &[(Other, "closure")],
        )],
    );
    check_none("en", &[("The session was closed on Sunday.", &[Other])]);
}

#[test]
fn treaties_suspended_and_crossings_named_at_length() {
    check(
        "en",
        &[
            (
                "India put the Indus Waters Treaty in abeyance on April 23.",
                &[(Other, "treaty suspended")],
            ),
            (
                "Pakistan closed the Attari-Wagah border crossing on April 24.",
                &[(Other, "closure")],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "علقت الهند العمل بمعاهدة مياه السند يوم 23 أبريل.",
            &[(Other, "treaty suspended")],
        )],
    );
}

#[test]
fn a_new_saying_after_a_denial_is_asserted() {
    check(
        "ar",
        &[(
            "ونفى الرئيس نية بلاده التصعيد، وأعلن أنه أمر بتقليص عدد الجنود المنتشرين قرب الحدود.",
            &[(Withdrawal, "drawdown")],
        )],
    );
    // Still denied without one.
    check_none(
        "ar",
        &[("نفى الوزير أن تكون بلاده قد أطلقت أي قذيفة.", &[Shelling])],
    );
}

#[test]
fn unrest_and_acts_of_violence() {
    check(
        "en",
        &[(
            "Unrest broke out in the border town on Monday.",
            &[(ArmedClash, "violence")],
        )],
    );
    check(
        "ar",
        &[(
            "شهدت البلدة الحدودية أعمال عنف يوم الاثنين.",
            &[(ArmedClash, "violence")],
        )],
    );
}

/// Talks called off, postponed or suspended are an act of their own, not talks; a trade or a
/// manner ("construction workers", "constructive") is no construction.
#[test]
fn talks_called_off_and_words_that_only_look_like_construction() {
    check(
        "en",
        &[
            (
                "Seoul on Wednesday called off Red Cross talks with the North.",
                &[(Other, "talks called off")],
            ),
            (
                "The two men, construction workers from Incheon, spoke to reporters.",
                &[],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "وأعلنت الحكومة تأجيل المحادثات مع الجانب الآخر.",
            &[(Other, "talks called off")],
        )],
    );
    check_none(
        "en",
        &[(
            "Both ministers described the talks as constructive.",
            &[Other],
        )],
    );
}

/// An army's statement: forces that repelled a crossing fought it; units spread through the
/// streets are deployed.
#[test]
fn arabic_repelled_and_units_deployed() {
    check(
        "ar",
        &[
            (
                "حاولت مجموعة من المسلحين عبور الوادي فتصدت لها وحداتنا المتمركزة في المنطقة.",
                &[(ArmedClash, "repelled")],
            ),
            (
                "أكد الجيش انتشار الوحدات العسكرية في بعض شوارع العاصمة.",
                &[(Deployment, "deployment")],
            ),
        ],
    );
}

/// A date between a verb and its object ("أطلقت أنقرة في 18 أبريل الماضي عملية") does not hide
/// the phrase.
#[test]
fn an_event_phrase_across_a_date() {
    check(
        "ar",
        &[(
            "وأطلقت أنقرة في 18 أبريل الماضي عملية جوية وبرية في شمال العراق.",
            &[(ArmedClash, "military operation")],
        )],
    );
    // Nor does a subject of two words between the verb and its object.
    check(
        "ar",
        &[
            (
                "وفي 27 سبتمبر 2020، أطلق الجيش الأذربيجاني عملية في إقليم قره باغ.",
                &[(ArmedClash, "military operation")],
            ),
            (
                "وشن الجيش التركي عملية جديدة ضد المسلحين أمس.",
                &[(ArmedClash, "military operation")],
            ),
        ],
    );
}

/// An envoy called back "for consultations" or "from" the other capital is recalled, not
/// summoned.
#[test]
fn arabic_envoys_recalled_for_consultations() {
    check(
        "ar",
        &[
            (
                "قرر المجلس استدعاء القائم بالأعمال العراقي من أنقرة.",
                &[(Other, "ambassador recalled")],
            ),
            (
                "قررت الحكومة استدعاء السفير في طهران للتشاور.",
                &[(Other, "ambassador recalled")],
            ),
        ],
    );
}

/// "Denied any attack", "نفى وقوع أي هجوم": "any" after a denial denies the act, even with the
/// speaker and a date between.
#[test]
fn a_denial_of_any_act() {
    check_none(
        "ar",
        &[(
            "نفى الجيش، في بيان أمس الأربعاء، وقوع أي هجوم داخل التراب الوطني.",
            &[Attack],
        )],
    );
    check_none(
        "en",
        &[(
            "The army on Wednesday denied carrying out any attack inside the country.",
            &[Attack],
        )],
    );
}

/// What is feared or in prospect has not happened: "the danger of a wider war", "a potential
/// invasion", "احتمال اندلاع حرب", "تحسبا لأي هجوم".
#[test]
fn what_is_feared_or_in_prospect() {
    check_none(
        "en",
        &[
            (
                "Diplomats warned of the danger of a wider war.",
                &[ArmedClash],
            ),
            (
                "Troops were readied for a potential invasion.",
                &[ArmedClash],
            ),
        ],
    );
    check_none(
        "ar",
        &[
            ("حذر دبلوماسيون من احتمال اندلاع حرب شاملة.", &[ArmedClash]),
            ("رفع الجيش حالة التأهب تحسبا لأي هجوم.", &[Attack]),
        ],
    );
}

/// Explosions a witness heard are the sound of an act, a general word that joins the act told
/// before it, not a bombing of its own.
#[test]
fn explosions_heard() {
    check(
        "ar",
        &[(
            "شنت إيران غارات جوية على بلدة بنجكور مساء الثلاثاء. وقال أحد السكان: سمعنا انفجارين قويين بعد صلاة العشاء.",
            &[(AirStrike, "air strike")],
        )],
    );
    check(
        "en",
        &[(
            "Iranian aircraft carried out air strikes on the town of Panjgur on Tuesday. A resident said he heard two loud explosions after midnight.",
            &[(AirStrike, "air strike")],
        )],
    );
}

#[test]
fn talks_that_end_in_a_pact_are_that_pact() {
    check(
        "en",
        &[
            (
                "On Friday the heads of the two border services met at the Dostuk checkpoint and signed a protocol on the withdrawal of troops.",
                &[(Agreement, "agreement")],
            ),
            (
                "The two foreign ministers agreed on a ceasefire from 8 p.m. on Thursday during telephone talks.",
                &[(Ceasefire, "ceasefire")],
            ),
            // Talks about a ceasefire are no ceasefire, and a meeting that agreed to set
            // something up stays a meeting.
            (
                "The two defence ministers held talks on a ceasefire in Moscow on Thursday.",
                &[(Talks, "talks")],
            ),
            (
                "The two ministers met in Beijing on Thursday and agreed to set up an expert group.",
                &[(Talks, "meeting")],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "والتقى رئيسا جهازي حرس الحدود يوم الجمعة في معبر دوستوك ووقعا بروتوكولا بشأن سحب القوات.",
            &[(Agreement, "agreement")],
        )],
    );
}

#[test]
fn forces_moving_in_and_presence_stepped_up() {
    check(
        "en",
        &[
            (
                "Ethiopian troops crossed into the district on Tuesday, officials said.",
                &[(Deployment, "incursion")],
            ),
            (
                "The peacekeeping force has increased its presence along the boundary.",
                &[(Deployment, "reinforcements")],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                "دخلت قوات إثيوبية إلى المنطقة الحدودية يوم الثلاثاء.",
                &[(Deployment, "incursion")],
            ),
            (
                "وعززت القوة الدولية وجودها على طول الحدود.",
                &[(Deployment, "reinforcements")],
            ),
            (
                "وكانت القوات قد احتلت البلدة في أبريل 2012.",
                &[(ArmedClash, "capture")],
            ),
        ],
    );
    // Refugees crossing are no forces moving in.
    check_none(
        "en",
        &[(
            "Thousands of refugees crossed into Rwanda on Monday.",
            &[Deployment],
        )],
    );
}

#[test]
fn a_statement_issued_with_its_maker_between() {
    check(
        "ar",
        &[(
            "وأصدرت هيئة أركان الجيش المالي بياناً مقتضباً يوم الأربعاء.",
            &[(Statement, "statement")],
        )],
    );
    check(
        "en",
        &[(
            "The army general staff issued a brief statement on Wednesday.",
            &[(Statement, "statement")],
        )],
    );
}

#[test]
fn military_drills_are_an_act_of_their_own() {
    check(
        "en",
        &[(
            "South Korean marines were holding routine artillery drills near the island on Tuesday.",
            &[(Other, "exercise")],
        )],
    );
    check(
        "ar",
        &[(
            "وأعلن الجيش أنه سيبدأ غدا مناورات للدفاع الجوي قرب الحدود.",
            &[(Other, "exercise")],
        )],
    );
}

#[test]
fn forces_moved_in_order_to_strike_are_the_strike() {
    check(
        "en",
        &[(
            "The air force deployed F-16 fighter jets to strike military targets across the border on Thursday.",
            &[(AirStrike, "air strike")],
        )],
    );
    check(
        "ar",
        &[(
            "ونشرت القوات الجوية طائرات حربية لقصف مواقع عسكرية عبر الحدود يوم الخميس.",
            &[(AirStrike, "air strike")],
        )],
    );
    // Troops sent to hold the border are a deployment of their own.
    check(
        "en",
        &[(
            "The army deployed two battalions to the border on Thursday.",
            &[(Deployment, "deployment")],
        )],
    );
}

/// Civilians beside a general word for fighting are who fought ("clashes between villagers"),
/// unless they are counted among its dead or wounded: then they are its victims, and the
/// fighting is the forces'.
#[test]
fn civilians_who_fight_and_civilians_who_died() {
    check(
        "en",
        &[
            (
                "Clashes between villagers killed two people on Friday.",
                &[(MobViolence, "clashes between civilians")],
            ),
            (
                "The fighting on Friday killed three civilians.",
                &[(ArmedClash, "fighting")],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                "وقعت اشتباكات بين سكان القريتين يوم الجمعة.",
                &[(MobViolence, "clashes between civilians")],
            ),
            (
                "ارتفع عدد القتلى من مواطني البلاد في المعارك التي دارت يوم الجمعة إلى 46 قتيلاً.",
                &[(ArmedClash, "fighting")],
            ),
        ],
    );
}

/// "Struck"/"striking" with the sites, targets or bases it hit is a strike; the verb alone
/// ("struck a deal") is none.
#[test]
fn strikes_told_by_their_verb() {
    check(
        "en",
        &[(
            "The army opened an operation on Friday, striking nine sites across the border.",
            &[(AirStrike, "strike")],
        )],
    );
    check_none(
        "en",
        &[("The two governments struck a deal on Friday.", &[AirStrike])],
    );
}

/// A weapons test is an act of its own, not fire on anyone: the missile named in it is no
/// shelling.
#[test]
fn weapons_tests_are_not_fire() {
    check(
        "en",
        &[
            (
                "On Saturday the army test-fired its new 450-km ballistic missile.",
                &[(Other, "weapons test")],
            ),
            (
                "The navy carried out a missile test off the coast on Thursday.",
                &[(Other, "weapons test")],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "وأجرت البلاد السبت الماضي تجربة على صاروخ باليستي يبلغ مداه 450 كيلومتراً.",
            &[(Other, "weapons test")],
        )],
    );
}

/// "You will recall that …" is the speaker's aside, not a plan: what follows keeps its tense
/// and its date.
#[test]
fn an_aside_in_the_future_plans_nothing() {
    let x = read(
        "en",
        "You will recall that the minister spoke by phone on 29 August with his counterpart.",
    );
    let talks: Vec<_> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == Talks)
        .collect();
    assert_eq!(talks.len(), 1, "{:?}", x.incidents);
    assert_eq!(talks[0].status, Status::Occurred);
    assert_eq!(talks[0].date.to_edtf(), "2022-08-29");
}

/// "X condemned the attack on Friday": the attack named again as the object of the
/// condemnation is the one told before, not a new attack on the day it was condemned.
#[test]
fn an_act_condemned_later_is_not_a_new_act() {
    let x = read(
        "en",
        "The army said a patrol was attacked on Thursday near the border. The prime minister condemned the attack on Friday.",
    );
    let dated: Vec<(EventType, String)> = x
        .incidents
        .iter()
        .map(|i| (i.event_type, i.date.to_edtf()))
        .collect();
    assert!(dated.contains(&(Attack, "2022-09-15".into())), "{dated:?}");
    assert!(
        dated.contains(&(Statement, "2022-09-16".into())),
        "{dated:?}"
    );
    assert!(!dated.contains(&(Attack, "2022-09-16".into())), "{dated:?}");
}

/// A lede that tells an act with no day, and the very next sentence that tells it with its day
/// under another word for violence ("ambushed" then "was attacked on Tuesday"): one incident,
/// on that day.
#[test]
fn the_sentence_after_the_lede_gives_its_day() {
    let raw = format!(
        "---\npublished: {PUBLISHED}\nlanguage: en\n---\nHeadline\n\nThe government said four soldiers were killed when gunmen ambushed an army patrol in the border strip.\n\nThe army said the patrol was attacked on Thursday near the hills.\n"
    );
    let x = ingest_report("t.txt", &raw, &IngestOptions::default()).expect("the report is read");
    let violent: Vec<(EventType, String)> = x
        .incidents
        .iter()
        .filter(|i| matches!(i.event_type, ArmedClash | Attack))
        .map(|i| (i.event_type, i.date.to_edtf()))
        .collect();
    assert_eq!(violent.len(), 1, "{violent:?}");
    assert_eq!(violent[0].1, "2022-09-15", "{violent:?}");
}

/// A liveblog entry's stamp ("12:20 - …") is when the entry was written, not a time in the
/// story: the entry's act does not take the day an earlier entry named ("On Saturday …").
#[test]
fn a_liveblog_stamp_carries_no_day_of_the_entries_before() {
    let raw = format!(
        "---\npublished: {PUBLISHED}\nlanguage: en\n---\nLive updates\n\n08:15 - Tensions had been building for days. On Tuesday the army held a missile drill near the border.\n\n12:20 - The army confirms heavy artillery fire in the border district since the early hours.\n"
    );
    let x = ingest_report("t.txt", &raw, &IngestOptions::default()).expect("the report is read");
    let shelling: Vec<String> = x
        .incidents
        .iter()
        .filter(|i| i.event_type == Shelling)
        .map(|i| i.date.to_edtf())
        .collect();
    assert_eq!(shelling.len(), 1, "{shelling:?}");
    assert_ne!(shelling[0], "2022-09-13", "the drill's day");
}

#[test]
fn english_courts_memory_closures_custody_and_officials() {
    check(
        "en",
        &[
            (
                "A court in Baku sentenced three men to ten years in prison on Monday.",
                &[(Other, "verdict")],
            ),
            (
                "The two soldiers were convicted of desertion.",
                &[(Other, "verdict")],
            ),
            (
                "The trial of the activists opened on Tuesday.",
                &[(Other, "trial")],
            ),
            ("Their lawyers appealed the verdict.", &[(Other, "appeal")]),
            (
                "Hundreds attended a memorial service on Sunday.",
                &[(Other, "commemoration")],
            ),
            (
                "The president laid flowers at the memorial.",
                &[(Other, "commemoration")],
            ),
            (
                "Residents held a candlelight vigil for the victims.",
                &[(Other, "commemoration")],
            ),
            (
                "Protesters held a vigil outside parliament.",
                &[(Protest, "protest")],
            ),
            (
                "Authorities cut off mobile internet in the region.",
                &[(Other, "internet shutdown")],
            ),
            (
                "The internet was shut down across the country on Friday.",
                &[(Other, "internet shutdown")],
            ),
            (
                "Villagers blocked the railway for three hours.",
                &[(Protest, "road blocked")],
            ),
            (
                "Gunmen took dozens of hostages at the school.",
                &[(Arrest, "hostage-taking")],
            ),
            (
                "The militants released the hostages on Sunday.",
                &[(Other, "release")],
            ),
            (
                "The men said they were beaten in custody.",
                &[(Attack, "abuse in custody")],
            ),
            (
                "Azerbaijan handed over the bodies to the Armenian side.",
                &[(Other, "bodies handed over")],
            ),
            (
                "The bodies were handed over at the border on Friday.",
                &[(Other, "bodies handed over")],
            ),
            (
                "Troops seized about 30 square kilometres of territory.",
                &[(ArmedClash, "territory seized")],
            ),
            (
                "Soldiers were laying mines along the road.",
                &[(Other, "mining")],
            ),
            (
                "The Security Council will convene on Monday.",
                &[(Talks, "meeting")],
            ),
            (
                "An international conference on the conflict will be held in Paris.",
                &[(Talks, "meeting")],
            ),
            (
                "The commission published its report on Thursday.",
                &[(Statement, "report")],
            ),
            (
                "The monitors released their findings on Monday.",
                &[(Statement, "report")],
            ),
            (
                "The president dismissed the defence minister on Friday.",
                &[(Other, "dismissal")],
            ),
            ("The army chief was sacked.", &[(Other, "dismissal")]),
        ],
    );
}

#[test]
fn english_court_memory_and_office_words_that_must_not_fire() {
    check_none(
        "en",
        &[
            ("The ministry dismissed the claims as baseless.", &[Other]),
            ("The power blackout lasted four hours.", &[Other]),
            ("The mayor appealed to residents to stay calm.", &[Other]),
            (
                "Elections were held in the occupied territories.",
                &[ArmedClash],
            ),
            ("The drug passed a clinical trial last year.", &[Other]),
            ("The minister spoke at a conference in London.", &[Talks]),
            ("Troops held positions near the village.", &[Arrest]),
        ],
    );
}

#[test]
fn arabic_courts_memory_closures_custody_and_officials() {
    check(
        "ar",
        &[
            (
                "أصدرت المحكمة حكما بسجن المتهمين عشر سنوات.",
                &[(Other, "verdict")],
            ),
            ("قضت المحكمة بسجن ثلاثة جنود.", &[(Other, "verdict")]),
            ("بدأت محاكمة الضباط الخمسة يوم الاثنين.", &[(Other, "trial")]),
            ("استأنف المحامون الحكم.", &[(Other, "appeal")]),
            ("أحيا الأهالي ذكرى الضحايا.", &[(Other, "commemoration")]),
            (
                "نظمت العائلات وقفة تأبينية أمام المستشفى.",
                &[(Other, "commemoration")],
            ),
            (
                "أغلقت السلطات المعبر أمام المسافرين.",
                &[(Other, "border closure")],
            ),
            (
                "قطعت السلطات خدمة الإنترنت في المدينة.",
                &[(Other, "internet shutdown")],
            ),
            (
                "احتجز المسلحون رهائن داخل المبنى.",
                &[(Arrest, "hostage-taking")],
            ),
            ("أفرج الخاطفون عن الرهائن.", &[(Other, "release")]),
            (
                "قال الرجال إنهم تعرضوا للتعذيب في السجن.",
                &[(Attack, "abuse in custody")],
            ),
            (
                "جرى تسليم جثث القتلى عبر الحدود.",
                &[(Other, "bodies handed over")],
            ),
            (
                "سيطرت القوات على مساحة واسعة من الأراضي.",
                &[(ArmedClash, "territory seized")],
            ),
            ("زرع المسلحون ألغاما على الطريق.", &[(Other, "mining")]),
            ("يعقد مجلس الأمن جلسة يوم الجمعة.", &[(Talks, "meeting")]),
            ("نشرت اللجنة تقريرها يوم الخميس.", &[(Statement, "report")]),
            ("أقال الرئيس وزير الدفاع.", &[(Other, "dismissal")]),
            ("أعفي قائد الشرطة من منصبه.", &[(Other, "dismissal")]),
        ],
    );
}

#[test]
fn arabic_court_memory_and_office_words_that_must_not_fire() {
    check_none(
        "ar",
        &[
            ("زار الوفد الأقاليم الشمالية.", &[Other]),
            ("استأنف الطرفان المحادثات.", &[Other]),
            ("أدان الوزير الهجوم.", &[Other]),
            ("أصدرت الوزارة بيانا.", &[Other]),
            ("تشتهر المنطقة بمياهها العذبة.", &[Attack]),
            ("يحكم الحزب البلاد منذ عشر سنوات.", &[Other]),
        ],
    );
}

#[test]
fn claims_of_responsibility_and_pictures_released() {
    check(
        "en",
        &[
            (
                "A little-known group claimed responsibility for the bombing on Tuesday.",
                &[(Statement, "claim of responsibility"), (Attack, "bombing")],
            ),
            (
                "The army released images of a captured pilot on Wednesday.",
                &[(Arrest, "captives")],
            ),
        ],
    );
    check_none(
        "en",
        &[(
            "The ministry released video of the strike on Wednesday.",
            &[Other],
        )],
    );
}

#[test]
fn arabic_concern_expressed_is_a_statement() {
    check(
        "ar",
        &[
            (
                "وأعرب الأمين العام للجامعة العربية أمس عن قلقه البالغ.",
                &[(Statement, "concern")],
            ),
            (
                "أعربت الخارجية المصرية عن تضامنها الكامل مع المملكة.",
                &[(Statement, "concern")],
            ),
        ],
    );
}

#[test]
fn resignations_bombings_live_fire_and_threat_levels() {
    check(
        "en",
        &[
            (
                "Prime Minister Daniel Kunin resigned on Thursday.",
                &[(Other, "resignation")],
            ),
            (
                "The interior minister handed in his resignation on Friday.",
                &[(Other, "resignation")],
            ),
            (
                "On 15 April the president signed a resignation letter in Jalal-Abad.",
                &[(Other, "resignation")],
            ),
            // (Resigned to a war is no resignation: only the saying is an act.)
            (
                "He said on Thursday he was resigned to a long war.",
                &[(Statement, "Statement")],
            ),
            (
                "Sudanese warplanes bombed a market near the border on Monday.",
                &[(AirStrike, "air strike")],
            ),
            (
                "Militants bombed a bus in Quetta on Monday.",
                &[(Attack, "bombing")],
            ),
            (
                "Police used live ammunition against the crowd on Tuesday.",
                &[(ArmedClash, "gunfire")],
            ),
            (
                "On 18 July Almaty raised the terrorism threat level to red.",
                &[(Other, "counter-terrorism")],
            ),
        ],
    );
    check(
        "ar",
        &[
            ("استقال رئيس الوزراء يوم الخميس.", &[(Other, "resignation")]),
            (
                "قدم وزير الداخلية استقالته يوم الجمعة.",
                &[(Other, "resignation")],
            ),
        ],
    );
}

#[test]
fn sessions_amnesties_votes_addresses_and_silent_marches() {
    check(
        "en",
        &[
            (
                "The Council of Ministers held an extraordinary session today under the prime minister.",
                &[(Talks, "meeting")],
            ),
            (
                "The new Duma amnestied the leaders of the revolt on February 26.",
                &[(Other, "amnesty")],
            ),
            (
                "On December 12 voters approved the new constitution.",
                &[(Other, "vote")],
            ),
            (
                "He will address the nation on Friday, his office said.",
                &[(Statement, "address")],
            ),
            (
                "Hunt is due to update parliament on Monday.",
                &[(Statement, "address")],
            ),
            (
                "On Saturday, a few hundred people walked in silence to the army barracks.",
                &[(Protest, "march")],
            ),
            (
                "The pilot was handed over to the Indian authorities on Friday.",
                &[(Other, "release")],
            ),
            (
                "Iraqi troops and federal police moved on Kirkuk on Monday.",
                &[(Deployment, "advance")],
            ),
        ],
    );
}

#[test]
fn arabic_urging_sessions_bodies_suspects_speeches_and_deployments() {
    check(
        "ar",
        &[
            (
                "وحضّ المبعوث الأممي أمس جميع الأطراف على ضبط النفس.",
                &[(Statement, "appeal")],
            ),
            (
                "وأمس الثلاثاء، تسلمت أرمينيا من الجانب الأذربيجاني جثث 32 جندياً عبر نقطة قرب غوريس.",
                &[(Other, "bodies")],
            ),
            (
                "وأوقفت قوات الأمن منذ الاثنين أكثر من عشرة مشتبه بهم.",
                &[(Arrest, "arrest")],
            ),
            (
                "ومن المنتظر أن يلقي رئيس الوزراء غداً الخميس كلمة بلاده أمام الجمعية العامة.",
                &[(Statement, "address")],
            ),
            (
                "فيما بدأت وحدات من الجيش اللبناني الانتشار في التلال يوم الأحد.",
                &[(Deployment, "deployment")],
            ),
        ],
    );
}

/// "أعلن التنظيم مسؤوليته عن الهجوم": a claim of responsibility is a statement of the day it was
/// made; the attack it claims is not of that day.
#[test]
fn arabic_claims_of_responsibility() {
    check(
        "ar",
        &[(
            "وأعلن التنظيم أمس مسؤوليته عن الهجوم على المنشأة الغازية.",
            &[(Statement, "claim of responsibility")],
        )],
    );
}

/// A parliament's vote that authorises force is an act of its own, dated by the vote.
#[test]
fn votes_that_authorise_force() {
    check(
        "en",
        &[(
            "The Turkish parliament on Thursday authorised the government to launch cross-border military operations.",
            &[(Other, "vote")],
        )],
    );
    check(
        "ar",
        &[(
            "صوّت البرلمان التركي أمس الخميس بأغلبية كبيرة على مذكرة تجيز العمليات العسكرية.",
            &[(Other, "vote")],
        )],
    );
    check(
        "ru",
        &[(
            "Совет Федерации в субботу дал согласие на использование вооруженных сил за рубежом.",
            &[(Other, "vote")],
        )],
    );
}

/// Condolences offered are a statement of their day.
#[test]
fn condolences_offered() {
    check(
        "en",
        &[(
            "Information Minister Omran al-Zoubi offered condolences to the Turkish people on Thursday.",
            &[(Statement, "regret")],
        )],
    );
    check(
        "ar",
        &[(
            "وقدّم وزير الإعلام أمس «التعازي للشعب التركي الصديق».",
            &[(Statement, "regret")],
        )],
    );
}

/// An event word in a group's name ("the Liberation of ...", "Liberation Army") is no act.
#[test]
fn event_words_in_a_group_s_name() {
    check_none(
        "en",
        &[
            (
                "The National Movement for the Liberation of Azawad, founded last October, said it controlled the north.",
                &[ArmedClash],
            ),
            (
                "A commander of the Kosovo Liberation Army was arrested in Pristina on Monday.",
                &[ArmedClash],
            ),
        ],
    );
    // Not the act itself, nor a headline written in title case.
    check(
        "en",
        &[
            (
                "Rebels announced the liberation of the town on Monday.",
                &[(ArmedClash, "capture")],
            ),
            (
                "Army Announces Liberation Of Kidal",
                &[(ArmedClash, "capture")],
            ),
        ],
    );
}

/// Addresses to the nation, joint patrols, flights and classes resumed, resignations accepted,
/// hostages let go and the dead bidden farewell (thirty-seventh session).
#[test]
fn addresses_patrols_resumptions_and_farewells() {
    check(
        "en",
        &[
            (
                "The president delivered a televised address to the nation on Friday.",
                &[(Statement, "address")],
            ),
            (
                "Parliament accepted the prime minister's resignation on Monday.",
                &[(Other, "resignation")],
            ),
            (
                "Russian and Turkish joint patrols began east of the Euphrates on Friday.",
                &[(Other, "joint patrols")],
            ),
        ],
    );
    check(
        "ar",
        &[
            (
                "ألقى الرئيس خطاباً إلى الأمة مساء الخميس.",
                &[(Statement, "address")],
            ),
            (
                "بدأت دوريات روسية تركية مشتركة يوم الجمعة شرقي الفرات.",
                &[(Other, "joint patrols")],
            ),
        ],
    );
    check(
        "ru",
        &[
            (
                "В понедельник президент выступил с телеобращением.",
                &[(Statement, "address")],
            ),
            (
                "Через неделю парламент принял отставку президента.",
                &[(Other, "resignation")],
            ),
            (
                "В четверг боевики отпустили несколько десятков заложников.",
                &[(Other, "release")],
            ),
            (
                "Сегодня в Оше простились с погибшими пограничниками.",
                &[(Other, "funeral")],
            ),
            (
                "Возобновить полеты в аэропорту планируют в пятницу.",
                &[(Other, "reopening")],
            ),
        ],
    );
}

/// The dead buried, a speech to a crowd, an airliner forced down.
#[test]
fn burials_speeches_to_crowds_and_forced_landings() {
    check(
        "en",
        &[
            (
                "Most of the victims were buried on Sunday in their home villages.",
                &[(Other, "funeral")],
            ),
            (
                "Addressing crowds in the capital on Friday, the president promised to rebuild the border villages.",
                &[(Statement, "address")],
            ),
            (
                "Fighter jets forced a passenger plane to land in the capital on Wednesday.",
                &[(Other, "forced landing")],
            ),
        ],
    );
}

/// An oath of office, and an airliner intercepted and forced down, in three languages (a pilot
/// who lands the plane forces nothing).
#[test]
fn oaths_of_office_and_airliners_forced_down() {
    check_none(
        "ru",
        &[(
            "Пилот благополучно посадил самолет в аэропорту Оша в среду.",
            &[Other],
        )],
    );
    check(
        "en",
        &[(
            "The speaker of parliament was sworn in as interim president on Thursday.",
            &[(Other, "inauguration")],
        )],
    );
    check(
        "ar",
        &[
            (
                "وأدى الرئيس الجديد اليمين الدستورية أمس.",
                &[(Other, "inauguration")],
            ),
            (
                "أجبرت مقاتلات تركية طائرة ركاب سورية على الهبوط في أنقرة مساء الأربعاء.",
                &[(Other, "forced landing")],
            ),
        ],
    );
    check(
        "ru",
        &[
            (
                "В ту же ночь депутаты привели к присяге нового председателя.",
                &[(Other, "inauguration")],
            ),
            (
                "В среду вечером пассажирский самолет был перехвачен турецкими истребителями.",
                &[(Other, "forced landing")],
            ),
        ],
    );
}

/// Communications cut, with the subject told first and words between, in three languages.
#[test]
fn communications_cut() {
    check(
        "en",
        &[(
            "Authorities cut off mobile internet in the region on Tuesday.",
            &[(Other, "internet shutdown")],
        )],
    );
    check(
        "ar",
        &[(
            "وقطعت السلطات خدمة الإنترنت في المنطقة أمس.",
            &[(Other, "internet shutdown")],
        )],
    );
    check(
        "ru",
        &[(
            "Мобильная связь и интернет в области были отключены утром во вторник.",
            &[(Other, "internet shutdown")],
        )],
    );
}

#[test]
fn crowds_in_their_tens_of_thousands_and_silent_vigils() {
    check(
        "ar",
        &[
            (
                "واحتشد عشرات الآلاف من أنصار المجلس في ساحة العروض أمس.",
                &[(Protest, "rally")],
            ),
            (
                "وأقيمت أمس الأحد وقفة صامتة أمام الفندق.",
                &[(Protest, "protest")],
            ),
        ],
    );
}

#[test]
fn trials_adjourned_and_warrants_abroad() {
    check(
        "en",
        &[
            (
                "In The Hague, judges adjourned the trial of the deputy president for a week.",
                &[(Other, "trial")],
            ),
            (
                "Interpol issued a red notice for the suspect on Thursday.",
                &[(Arrest, "warrant")],
            ),
        ],
    );
    check(
        "ar",
        &[(
            "وأصدر الإنتربول النشرة الحمراء بحق المتهم أمس.",
            &[(Arrest, "warrant")],
        )],
    );
    check(
        "ru",
        &[(
            "Бывший министр объявлен в международный розыск.",
            &[(Arrest, "warrant")],
        )],
    );
}

#[test]
fn leaders_on_television_or_on_air() {
    check(
        "en",
        &[
            (
                "By nightfall the president had gone on television.",
                &[(Statement, "address")],
            ),
            (
                "Kenyatta went back on air in the evening.",
                &[(Statement, "address")],
            ),
        ],
    );
}

/// Accusations two sides keep trading are a standing exchange, no act of one day: with no day
/// in their sentence they give nothing; told with their day they are an accusation.
#[test]
fn mutual_accusations_need_their_day() {
    for (lang, undated, dated) in [
        (
            "en",
            "Each side accuses the other of breaking the truce.",
            "The two sides accused each other on Tuesday of breaking the truce.",
        ),
        (
            "ru",
            "Стороны продолжают обвинять друг друга в нарушениях перемирия.",
            "Во вторник стороны обвинили друг друга в нарушении перемирия.",
        ),
        (
            "ar",
            "وتتبادل طهران وإسلام آباد منذ سنوات الاتهامات بإيواء مسلحين.",
            "وتبادل الطرفان الاتهامات يوم الثلاثاء بخرق الهدنة.",
        ),
    ] {
        check(
            lang,
            &[(undated, &[]), (dated, &[(Accusation, "accusation")])],
        );
    }
}

/// An Arabic negated verb of holding or announcing denies its subject told after "yet" ("حتى
/// الآن"): talks not yet held, a truce not yet announced.
#[test]
fn arabic_acts_not_yet_held() {
    check(
        "ar",
        &[
            ("ولم تنعقد حتى الآن المحادثات التي دعت إليها الرياض.", &[]),
            ("ولم يتم حتى الآن الإعلان عن وقف إطلاق النار.", &[]),
            // Held: the negation is another verb's.
            (
                "انعقدت المحادثات في جدة ولم يصدر عنها بيان حتى الآن.",
                &[(Talks, "talks")],
            ),
        ],
    );
}
