//! The gazetteer on names of border conflicts on three continents: every spelling of an actor or
//! place names that entry and no other; English, Arabic and Russian spellings of one name meet
//! on its canonical name; a place's country and coordinates reach the incident; and ordinary
//! words that look like names (Arabic "مالي" "financial", Russian "того" "of that", "burning
//! tyres") stay words.

mod workdir;

use tarikh::ingest::gazetteer::{ActorKind, Gazetteer, Target};
use tarikh::ingest::text::tokenize;
use tarikh::ingest::{Extraction, IngestOptions, ingest_report};
use workdir::day;

fn gazetteer() -> Gazetteer {
    Gazetteer::builtin().expect("the built-in gazetteer loads")
}

/// The canonical names found in a text, in order.
fn names(g: &Gazetteer, text: &str) -> Vec<String> {
    g.find(&tokenize(text, 0))
        .into_iter()
        .map(|h| g.name(h.target).to_string())
        .collect()
}

fn name_of(g: &Gazetteer, t: Target) -> String {
    match t {
        Target::Actor(i) => format!("actor {}", g.actors[i].name),
        Target::Place(i) => format!("place {}", g.places[i].name),
    }
}

/// Spellings in the data that the matcher cannot take as written: a `.` is a clause boundary
/// to the tokenizer (`text::gap_is_break`) unless it follows a single capital ("U.S.", "U.N."),
/// and no name runs across one. "Saint Petersburg" beside it does.
const DOTTED: &[&str] = &["St. Petersburg", "24.kg"];

#[test]
fn every_spelling_names_its_own_entry() {
    let g = gazetteer();
    let mut targets: Vec<Target> = (0..g.actors.len()).map(Target::Actor).collect();
    targets.extend((0..g.places.len()).map(Target::Place));
    let mut wrong = Vec::new();
    let mut checked = 0;
    for t in targets {
        for spelling in g.spellings(t) {
            // A canonical name with a bracket ("Tyre (Lebanon)") is never matched itself: the
            // bracket is a clause boundary. That is how a place whose bare name is a common
            // word ("tyre", "sake") keeps its name out of the matcher; its aliases say more.
            if DOTTED.contains(&spelling.as_str()) || spelling.contains('(') {
                continue;
            }
            // A stem is tried as it stands: "Kyrgyz*" on "Kyrgyz".
            let text = spelling.replace('*', "");
            let tokens = tokenize(&text, 0);
            let hits = g.find(&tokens);
            checked += 1;
            let whole = hits.len() == 1 && hits[0].first == 0 && hits[0].last == tokens.len();
            if !(whole && hits[0].target == t) {
                let got: Vec<String> = hits.iter().map(|h| name_of(&g, h.target)).collect();
                wrong.push(format!(
                    "'{spelling}' of {} reads as {got:?}",
                    name_of(&g, t)
                ));
            }
        }
    }
    assert!(checked > 3000, "only {checked} spellings");
    assert!(
        wrong.is_empty(),
        "{} spellings name another entry or only part of themselves:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// Each line: a text and the canonical names it must yield, in order.
fn expect(g: &Gazetteer, cases: &[(&str, &[&str])]) {
    let mut wrong = Vec::new();
    for (text, want) in cases {
        let got = names(g, text);
        if got != *want {
            wrong.push(format!("{text}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

#[test]
fn three_scripts_meet_on_one_name() {
    let g = gazetteer();
    expect(
        &g,
        &[
            // Thailand-Cambodia
            (
                "Thai troops and Cambodian soldiers clashed near Ta Muen Thom temple in Surin province",
                &[
                    "Thailand",
                    "Army",
                    "Cambodia",
                    "Army",
                    "Ta Muen Thom",
                    "Surin Province",
                ],
            ),
            (
                "اشتباكات بين القوات التايلاندية والجيش الكمبودي قرب معبد تا موين ثوم",
                &["Thailand", "Army", "Cambodia", "Ta Muen Thom"],
            ),
            ("تايلاند وتايلند والتايلنديين", &["Thailand"; 3]),
            (
                "Таиланд обвинил Камбоджу в обстреле провинции Сисакет",
                &["Thailand", "Cambodia", "Sisaket Province"],
            ),
            (
                "Preah Vihear temple, Prasat Preah Vihear",
                &["Preah Vihear Temple"; 2],
            ),
            // DR Congo-Rwanda
            (
                "M23 rebels backed by Rwandan troops entered Goma, the capital of North Kivu",
                &["M23", "Rwanda", "Army", "Goma", "North Kivu"],
            ),
            (
                "سيطرت حركة 23 مارس على مدينة غوما في شمال كيفو شرقي الكونغو الديمقراطية",
                &["M23", "Goma", "North Kivu", "DR Congo"],
            ),
            (
                "Повстанцы М23 заняли Гому, заявили власти ДР Конго и Руанды",
                &["M23", "Goma", "DR Congo", "Rwanda"],
            ),
            (
                "Congolese, DRC, Democratic Republic of the Congo",
                &["DR Congo"; 3],
            ),
            ("Republic of the Congo", &["Republic of the Congo"]),
            (
                "Tshisekedi and Kagame",
                &["Felix Tshisekedi", "Paul Kagame"],
            ),
            // India-Pakistan, India-China, Afghanistan-Pakistan, Iran-Pakistan
            (
                "Indian and Pakistani troops exchanged fire along the Line of Control in Poonch",
                &["India", "Pakistan", "Army", "Line of Control", "Poonch"],
            ),
            (
                "قصفت الهند مواقع في بهاولبور وموريدكي ومظفر آباد",
                &["India", "Bahawalpur", "Muridke", "Muzaffarabad"],
            ),
            (
                "Индия и Пакистан: удары по Бахавалпуру и Музаффарабаду",
                &["India", "Pakistan", "Bahawalpur", "Muzaffarabad"],
            ),
            (
                "Chinese and Indian soldiers clashed in the Galwan Valley in Ladakh",
                &["China", "India", "Army", "Galwan Valley", "Ladakh"],
            ),
            (
                "the Pakistani Taliban crossed the Durand Line near Torkham",
                &["Tehrik-i-Taliban Pakistan", "Durand Line", "Torkham"],
            ),
            (
                "Iran struck Jaish al-Adl in Panjgur; Pakistan hit Saravan in Sistan and Baluchestan",
                &[
                    "Iran",
                    "Jaish al-Adl",
                    "Panjgur",
                    "Pakistan",
                    "Saravan",
                    "Sistan and Baluchestan",
                ],
            ),
            // the Sudans, Ethiopia, Eritrea, Djibouti
            (
                "الجيش السوداني يستعيد أراضي الفشقة في ولاية القضارف من الميليشيات الإثيوبية",
                &[
                    "Sudanese Armed Forces",
                    "Al-Fashaga",
                    "Gedaref State",
                    "Ethiopia",
                ],
            ),
            (
                "South Sudanese forces seized Heglig; Sudan's army shelled Bentiu",
                &["South Sudan", "Heglig", "Sudan", "Army", "Bentiu"],
            ),
            (
                "Badme, Zalambessa, Tigray, Ras Doumeira",
                &["Badme", "Zalambessa", "Tigray", "Ras Doumeira"],
            ),
            (
                "إريتريا وجيبوتي ورأس دميرة",
                &["Eritrea", "Djibouti", "Ras Doumeira"],
            ),
            // the Caucasus and Central Asia
            (
                "Azerbaijani forces shelled Jermuk, Goris and Sotk in Armenia",
                &["Azerbaijan", "Jermuk", "Goris", "Sotk", "Armenia"],
            ),
            (
                "Таджикские пограничники обстреляли село Кок-Таш в Баткенской области",
                &["Tajikistan", "Border guards", "Kok-Tash", "Batken Region"],
            ),
            (
                "clashes at the Golovnoi water intake near Khojai A'lo and Vorukh",
                &["Golovnoi", "Khojai A'lo", "Vorukh"],
            ),
            // Israel-Lebanon, Gaza, Egypt
            (
                "The IDF struck Hezbollah positions near Naqoura and Bint Jbeil after rockets hit Kiryat Shmona",
                &[
                    "Israel Defense Forces",
                    "Hezbollah",
                    "Naqoura",
                    "Bint Jbeil",
                    "Kiryat Shmona",
                ],
            ),
            (
                "قصف جيش الاحتلال بلدة الخيام ومرجعيون، وأطلق حزب الله صواريخ على كريات شمونة",
                &[
                    "Israel Defense Forces",
                    "Khiam",
                    "Marjayoun",
                    "Hezbollah",
                    "Kiryat Shmona",
                ],
            ),
            (
                "Армия обороны Израиля нанесла удар по Накуре",
                &["Israel Defense Forces", "Naqoura"],
            ),
            (
                "معبر رفح ومعبر كرم أبو سالم",
                &["Rafah crossing", "Kerem Shalom"],
            ),
            // Serbia-Kosovo, Morocco-Algeria, Venezuela-Guyana, Turkey-Iraq, Saudi-Yemen
            (
                "Kosovo Serb gunmen attacked police in Banjska near Zvecan",
                &["Kosovo Serb armed groups", "Police", "Banjska", "Zvecan"],
            ),
            ("صربيا والصربي وكوسوفو", &["Serbia", "Serbia", "Kosovo"]),
            (
                "البوليساريو تهاجم الجيش المغربي قرب الكركرات في الصحراء الغربية",
                &[
                    "Polisario Front",
                    "Army",
                    "Morocco",
                    "Guerguerat",
                    "Western Sahara",
                ],
            ),
            (
                "الجزائر والجزائري والمغربي وتندوف",
                &["Algeria", "Algeria", "Morocco", "Tindouf"],
            ),
            (
                "Venezuela's claim to Essequibo alarmed Guyana",
                &["Venezuela", "Essequibo", "Guyana"],
            ),
            (
                "فنزويلا والفنزويلي وغيانا",
                &["Venezuela", "Venezuela", "Guyana"],
            ),
            (
                "Turkish jets struck Qandil and Zakho in Duhok",
                &["Turkey", "Qandil Mountains", "Zakho", "Duhok"],
            ),
            (
                "صاروخ حوثي على جازان ونجران من صعدة",
                &["Houthis", "Jazan", "Najran", "Saada"],
            ),
            // more countries in Arabic, with their adjectives
            (
                "تشاد والبحرين وإريتريا ورواندا والرواندي وكمبوديا والكمبودية",
                &[
                    "Chad", "Bahrain", "Eritrea", "Rwanda", "Rwanda", "Cambodia", "Cambodia",
                ],
            ),
            (
                "Chadian, Malian, Nigerien, Nigerian, Guinean",
                &["Chad", "Mali", "Niger", "Nigeria", "Guinea"],
            ),
        ],
    );
}

#[test]
fn longer_names_hold_a_country_s_name() {
    let g = gazetteer();
    expect(
        &g,
        &[
            (
                "Guinea-Bissau and Equatorial Guinea",
                &["Guinea-Bissau", "Equatorial Guinea"],
            ),
            ("Papua New Guinea", &["Papua New Guinea"]),
            ("South Sudan and Sudan", &["South Sudan", "Sudan"]),
            (
                "the Indian Ocean and the Gulf of Oman",
                &["Indian Ocean", "Gulf of Oman"],
            ),
            ("المغرب العربي", &["Maghreb"]),
            ("الصحراء المغربية", &["Western Sahara"]),
            ("the Jordan River and Jordan", &["Jordan River", "Jordan"]),
            ("the Niger Delta and Niger", &["Niger Delta", "Niger"]),
            (
                "Sudan People's Liberation Army",
                &["South Sudan People's Defence Forces"],
            ),
            ("People's Liberation Army", &["People's Liberation Army"]),
            (
                "Republic of China and the People's Republic of China",
                &["Taiwan", "China"],
            ),
            ("Northern Ireland", &["Northern Ireland"]),
        ],
    );
}

#[test]
fn ordinary_words_stay_words() {
    let g = gazetteer();
    for text in [
        // English: prefixes of names
        "malice and malign intent, a gazette, peruse the files",
        "he told us to let them pass",
        "for the sake of peace, villagers set tyres alight",
        "the shire and the gulf between them",
        // Arabic: "financial", "boys", "the white", "naval", "tents", "pictures", "drunk"
        "قدمت الحكومة دعما ماليا ووضعا ماليا مستقرا وقال المدير المالي",
        "مدرسة بنين في البيت الأبيض",
        "فرض حصار بحري ونصبت الخيام وعرضت صور",
        "رجل مخمور وجده ميتا",
        "قال إن الجولة كانت مجدية وذهب إلى الداخلية",
        "أمل كبير في السلام",
        // Russian: "of that", "to load", "small", "tiger", "head (office)"
        "после того как начали грузить маленький тигр в головной офис",
    ] {
        let got = names(&g, text);
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn who_is_a_person_a_force_a_country() {
    let g = gazetteer();
    let actor = |name: &str| g.actors.iter().find(|a| a.name == name).unwrap().clone();
    for (name, country) in [
        ("Hun Manet", "Cambodia"),
        ("Anutin Charnvirakul", "Thailand"),
        ("Paul Kagame", "Rwanda"),
        ("Nicolas Maduro", "Venezuela"),
        ("Albin Kurti", "Kosovo"),
        ("Shehbaz Sharif", "Pakistan"),
        ("Narendra Modi", "India"),
        ("Isaias Afwerki", "Eritrea"),
        ("Nasser Bourita", "Morocco"),
    ] {
        let a = actor(name);
        assert_eq!(a.kind, ActorKind::Person, "{name}");
        assert_eq!(a.country.as_deref(), Some(country), "{name}");
    }
    for (name, country) in [
        ("People's Liberation Army", Some("China")),
        ("Israel Defense Forces", Some("Israel")),
        ("Rwanda Defence Force", Some("Rwanda")),
        ("FARDC", Some("DR Congo")),
        ("Polisario Front", Some("Western Sahara")),
        ("M23", None),
        ("Tehrik-i-Taliban Pakistan", None),
    ] {
        let a = actor(name);
        assert_eq!(a.kind, ActorKind::Force, "{name}");
        assert_eq!(a.country.as_deref(), country, "{name}");
    }
    let countries = g
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Country)
        .count();
    // The 193 UN members, Kosovo, Palestine, Taiwan and Western Sahara.
    assert_eq!(countries, 197);
    // Every country a person, force or place names is a country of the gazetteer.
    let known = |c: &str| {
        g.actors
            .iter()
            .any(|a| a.kind == ActorKind::Country && a.name == c)
    };
    for a in &g.actors {
        if let Some(c) = &a.country {
            assert!(known(c), "{}: unknown country {c}", a.name);
        }
    }
    for p in &g.places {
        if let Some(c) = &p.country {
            assert!(known(c), "{}: unknown country {c}", p.name);
        }
        if let Some(parent) = &p.parent {
            assert!(
                g.place_by_name(parent).is_some(),
                "{}: unknown parent {parent}",
                p.name
            );
        }
    }
}

fn read(language: &str, published: &str, body: &str) -> Extraction {
    let raw = format!("---\npublished: {published}\nlanguage: {language}\n---\n{body}\n");
    let opts = IngestOptions {
        published: Some(day(published)),
        ..Default::default()
    };
    ingest_report("t.txt", &raw, &opts).expect("the report is read")
}

#[test]
fn a_place_brings_its_country_and_coordinates() {
    let x = read(
        "en",
        "2025-07-25",
        "Thai and Cambodian troops exchanged fire near the Ta Muen Thom temple on Thursday, the Thai army said.",
    );
    let i = x
        .incidents
        .iter()
        .find(|i| i.place.as_deref() == Some("Ta Muen Thom"))
        .unwrap_or_else(|| panic!("{:#?}", x.incidents));
    assert_eq!(i.country.as_deref(), Some("Thailand"));
    assert!(
        (i.latitude.unwrap() - 14.35).abs() < 0.1,
        "{:?}",
        i.latitude
    );
    assert!(
        (i.longitude.unwrap() - 103.27).abs() < 0.1,
        "{:?}",
        i.longitude
    );
    assert!(i.actors.iter().any(|a| a == "Cambodia"), "{:?}", i.actors);

    let x = read(
        "ar",
        "2025-01-28",
        // "حركة 23 مارس" (the March 23 Movement) would also be read as a date by the tagger.
        "اندلعت اشتباكات بين الجيش الكونغولي ومتمردي إم 23 في مدينة غوما أمس.",
    );
    let i = x
        .incidents
        .iter()
        .find(|i| i.place.as_deref() == Some("Goma"))
        .unwrap_or_else(|| panic!("{:#?}", x.incidents));
    assert_eq!(i.country.as_deref(), Some("DR Congo"));
    assert!(
        (i.latitude.unwrap() + 1.68).abs() < 0.05,
        "{:?}",
        i.latitude
    );
    assert!(i.actors.iter().any(|a| a == "M23"), "{:?}", i.actors);

    // A disputed place names no country: the Line of Control has neither a country nor a point,
    // so the village beside it gives the incident its place.
    let x = read(
        "en",
        "2025-05-07",
        "Pakistani troops shelled villages along the Line of Control in Kupwara on Tuesday, Indian officials said.",
    );
    let i = x
        .incidents
        .iter()
        .find(|i| i.place.is_some())
        .unwrap_or_else(|| panic!("{:#?}", x.incidents));
    assert_eq!(i.place.as_deref(), Some("Kupwara"));
    assert_eq!(i.country.as_deref(), Some("India"));
}
