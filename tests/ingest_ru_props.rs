//! Properties of reading Cyrillic text: random Russian words, and random Cyrillic letters with
//! those of Kyrgyz, Tajik, Kazakh and Ukrainian among them, are read as a report or refused
//! with a message, never a panic; a Russian report stays Russian whatever names in other
//! Cyrillic languages it quotes; and no incident read from random Russian words is dated after
//! the publication day unless it is planned.

use proptest::prelude::*;

use tarikh::ingest::{IngestOptions, ingest_report};
use tarikh::model::Status;

fn options() -> IngestOptions {
    IngestOptions {
        published: chrono::NaiveDate::from_ymd_opt(2022, 9, 16),
        ..Default::default()
    }
}

const WORDS: &[&str] = &[
    "перестрелка",
    "обстреляли",
    "погибли",
    "ранены",
    "двое",
    "пять",
    "не",
    "менее",
    "более",
    "около",
    "человек",
    "пограничники",
    "Кыргызстана",
    "таджикские",
    "военные",
    "у",
    "села",
    "Кок-Таш",
    "в",
    "Баткенской",
    "области",
    "16",
    "сентября",
    "2022",
    "года",
    "заявил",
    "что",
    "договорились",
    "о",
    "прекращении",
    "огня",
    "состоится",
    "встреча",
    "не",
    "было",
    "нет",
    "ранее",
    "якобы",
    "по",
    "данным",
    ".",
    ",",
    "—",
    "\n",
    "/ТАСС/.",
    "«",
    "»",
];

/// Letters of the Russian alphabet and of the other Cyrillic languages, with spaces and stops.
fn cyrillic_char() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => (0x0430u32..=0x044F).prop_map(|c| char::from_u32(c).unwrap()),
        2 => (0x0410u32..=0x042F).prop_map(|c| char::from_u32(c).unwrap()),
        1 => prop::sample::select(vec![
            'ң', 'ө', 'ү', 'ә', 'ұ', 'һ', 'ӣ', 'ӯ', 'ҷ', 'ҳ', 'ғ', 'қ', 'і', 'ї', 'є', 'ґ', 'ў', 'ё',
        ]),
        3 => prop::sample::select(vec![' ', ' ', '.', ',', '\n', '-', '1', '9']),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_russian_words_are_read_and_stay_within_the_day(
        picks in proptest::collection::vec(prop::sample::select(WORDS), 0..300)
    ) {
        let text = picks.join(" ");
        if let Ok(x) = ingest_report("words.txt", &text, &options()) {
            let published = options().published.unwrap();
            for i in &x.incidents {
                // An act told as done cannot lie wholly after the publication day. Its date may
                // reach past it: "в сентябре" in a report of 16 September is the month, as "in
                // September" is in English, and the truth lies inside it.
                if i.status != Status::Planned {
                    prop_assert!(
                        i.date.earliest().is_none_or(|d| d <= published),
                        "{} dated {} wholly after the publication day",
                        i.title,
                        i.date.to_edtf()
                    );
                }
            }
        }
    }

    #[test]
    fn random_cyrillic_is_read_or_refused(
        chars in proptest::collection::vec(cyrillic_char(), 0..2000)
    ) {
        let text: String = chars.into_iter().collect();
        match ingest_report("random.txt", &text, &options()) {
            Ok(x) => prop_assert_eq!(x.report.language, "ru"),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// A few quoted names with other languages' letters leave a Russian report Russian.
    #[test]
    fn quoted_names_leave_russian_russian(
        quotes in proptest::collection::vec(
            prop::sample::select(vec!["Жогорку Кеңеш", "Київ", "Хуҷанд", "Өзгөн", "Суғд"]),
            0..3,
        )
    ) {
        let text = format!(
            "Пограничная служба сообщила, что таджикские военные открыли огонь по заставе у \
             села Кок-Таш. По данным ведомства, погибли два пограничника, ещё трое ранены. \
             Депутаты обсудили ситуацию, а в МИД заявили, что это было нарушение \
             договорённостей, которые стороны подписали ранее ({}).\n",
            quotes.join(", ")
        );
        let x = ingest_report("quotes.txt", &text, &options()).expect("read as Russian");
        prop_assert_eq!(x.report.language, "ru");
    }
}
