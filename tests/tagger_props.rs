//! Property tests of the temporal tagger: any input, however odd, never panics, and every
//! expression is an exact slice of the input on character boundaries with a sane date. Russian
//! text gets its own pieces (inflected month and weekday forms, suffixed numbers, Roman
//! numerals) and characters the folder rewrites (capitals, ё, Latin look-alikes, combining
//! marks, soft hyphens). Linear time is measured by the benchmark, not here.

use chrono::NaiveDate;
use proptest::prelude::*;
use tarikh::tagger::{Lang, TagOptions, TemporalExpr, tag};

fn check(input: &str, published: NaiveDate, lang: Option<Lang>) -> Vec<TemporalExpr> {
    let found = tag(input, &TagOptions { published, lang });
    let mut last_start = 0;
    for e in &found {
        assert!(e.start < e.end, "empty span {e:?}");
        assert!(
            input.is_char_boundary(e.start) && input.is_char_boundary(e.end),
            "{e:?}"
        );
        assert_eq!(&input[e.start..e.end], e.text);
        assert!(e.start >= last_start, "out of order or overlapping: {e:?}");
        last_start = e.end;
        assert_eq!(e.line, input[..e.start].matches('\n').count() + 1, "{e:?}");
        if let Some(d) = e.date {
            if let (Some(a), Some(b)) = (d.earliest(), d.latest()) {
                assert!(a <= b, "{e:?}");
            }
            let back: tarikh::date::IncidentDate = d.to_edtf().parse().expect("EDTF round trip");
            assert_eq!(back.to_edtf(), d.to_edtf());
        }
        // Of a date and its alternative, one lies wholly before the publication day and the
        // other wholly after it.
        if let Some(a) = e.alternative {
            let d = e.date.expect("an alternative without a date");
            let before = |x: tarikh::date::IncidentDate| x.latest().is_some_and(|l| l < published);
            let after = |x: tarikh::date::IncidentDate| x.earliest().is_some_and(|f| f > published);
            assert!((before(d) && after(a)) || (after(d) && before(a)), "{e:?}");
            let back: tarikh::date::IncidentDate = a.to_edtf().parse().expect("EDTF round trip");
            assert_eq!(back.to_edtf(), a.to_edtf());
        }
    }
    found
}

/// Pieces that reach deep into the grammar when glued together at random.
const PIECES: &[&str] = &[
    "29",
    "05",
    "10",
    "1991",
    "2021",
    "1442",
    "٢٩",
    "۲۰۲۱",
    "31",
    "0",
    "99999999999",
    "/",
    "-",
    ".",
    ",",
    "،",
    " ",
    "\n",
    "(",
    ")",
    ":",
    "هـ",
    "م",
    "أبريل",
    "مايو",
    "آب",
    "أيار",
    "كانون",
    "الثاني",
    "رمضان",
    "ذي",
    "الحجة",
    "الماضي",
    "الجاري",
    "المقبل",
    "التالي",
    "قبل",
    "منذ",
    "بعد",
    "ذلك",
    "بيومين",
    "عامًا",
    "عامي",
    "و2015",
    "يومين",
    "أيام",
    "الأسبوع",
    "الشهر",
    "العام",
    "نهاية",
    "أواخر",
    "أول",
    "أمس",
    "اليوم",
    "الإثنين",
    "الخميس",
    "الموافق",
    "في",
    "من",
    "إلى",
    "بين",
    "شهر",
    "التسعينيات",
    "القرن",
    "April",
    "May",
    "December",
    "January",
    "June",
    "Friday",
    "Sunday",
    "from",
    "until",
    "late",
    "ديسمبر",
    "يناير",
    "يونيو",
    "الجمعة",
    "والأحد",
    "حتى",
    "نهاية",
    "شعبان",
    "march",
    "Thursday",
    "last",
    "next",
    "this",
    "the",
    "day",
    "days",
    "week",
    "ago",
    "later",
    "earlier",
    "early",
    "mid",
    "end",
    "of",
    "between",
    "and",
    "to",
    "29th",
    "1990s",
    "a",
    "few",
    "twenty",
    "first",
    "Sept",
    "ً",
    "ـ",
    "\u{200F}",
    "é",
    "𝔸",
    "🙂",
    // Russian.
    "апреля",
    "АПРЕЛЯ",
    "апреле",
    "мая",
    "Мая",
    "сент",
    "сен\u{AD}тября",
    "сeнтября",
    "среду",
    "среде",
    "пятницу",
    "Пятницу",
    "вторника",
    "прошлую",
    "следующей",
    "позапрошлом",
    "неделе",
    "году",
    "года",
    "г",
    "гг",
    "лет",
    "дня",
    "дней",
    "назад",
    "спустя",
    "через",
    "накануне",
    "похорон",
    "ночь",
    "на",
    "в",
    "во",
    "с",
    "со",
    "по",
    "до",
    "к",
    "между",
    "и",
    "конце",
    "начале",
    "середине",
    "числа",
    "века",
    "веке",
    "XX",
    "ХIХ",
    "ХІ",
    "в.",
    "29-го",
    "90-х",
    "1990-е",
    "1991-м",
    "15-е",
    "тот",
    "же",
    "этот",
    "день",
    "вчера",
    "сегодня",
    "полгода",
    "квартале",
    "половине",
    "выходные",
    "«",
    "»",
    "„",
    "“",
    "—",
    "\u{2011}",
    "\u{A0}",
    "\u{301}",
    "\u{306}",
    "\u{308}",
    "\u{2060}",
    "ё",
    "Ё",
    "й",
    "и",
    "ул.",
    "мск",
    "16:00",
];

/// Characters a Russian text is made of, and those the folder rewrites in it.
fn russian_char() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => prop::char::range('\u{0400}', '\u{04FF}'),
        2 => prop::char::range('\u{0300}', '\u{036F}'),
        2 => prop::sample::select(vec!['a', 'c', 'e', 'o', 'p', 'x', 'y', 'B', 'H', 'T', 'I', 'X', 'V']),
        2 => prop::sample::select(vec![' ', '-', '.', ',', '\n', '\u{AD}', '\u{A0}', '\u{2060}', '«', '»']),
        2 => prop::char::range('0', '9'),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_unicode_never_panics(input in any::<String>(), days in 0i64..40000) {
        let published = NaiveDate::from_ymd_opt(1950, 1, 1).expect("day") + chrono::Days::new(days as u64);
        for lang in [None, Some(Lang::Ar), Some(Lang::En), Some(Lang::Ru)] {
            check(&input, published, lang);
        }
    }

    #[test]
    fn arbitrary_cyrillic_never_panics(
        chars in proptest::collection::vec(russian_char(), 0..120),
        days in 0i64..40000,
    ) {
        let input: String = chars.into_iter().collect();
        let published = NaiveDate::from_ymd_opt(1950, 1, 1).expect("day") + chrono::Days::new(days as u64);
        for lang in [None, Some(Lang::Ru)] {
            check(&input, published, lang);
        }
    }

    #[test]
    fn glued_vocabulary_never_panics(
        picks in proptest::collection::vec((0..PIECES.len(), prop::bool::ANY), 0..40),
        days in 0i64..3_000_000,
    ) {
        let mut input = String::new();
        for (i, space) in picks {
            input.push_str(PIECES[i]);
            if space {
                input.push(' ');
            }
        }
        // Publication days across the whole calendar, including its edges.
        let published = NaiveDate::from_ymd_opt(1, 1, 1).expect("day")
            .checked_add_days(chrono::Days::new(days as u64))
            .unwrap_or(NaiveDate::MAX);
        check(&input, published, None);
        check(&input, published, Some(Lang::Ru));
    }
}

#[test]
fn calendar_edges() {
    for published in [
        NaiveDate::MIN,
        NaiveDate::MAX,
        NaiveDate::from_ymd_opt(1, 1, 1).expect("day"),
    ] {
        check(
            "قبل 30 عامًا في 29 أبريل الماضي الأسبوع المقبل 28 رمضان 1442 هـ 99999 years ago",
            published,
            None,
        );
        check(
            "April 29 last year, the 1990s, next week, 2 days later, 05/10",
            published,
            None,
        );
        check(
            "from December 30 to January 2, from Friday to Sunday, between April and June, \
             from 28 April to the end of June, 28 December to 2 January 2021",
            published,
            None,
        );
        check(
            "من 30 ديسمبر إلى 2 يناير ومن الجمعة إلى الأحد ومن 25 ذي الحجة إلى 5 محرم",
            published,
            None,
        );
        check(
            "с 30 декабря по 2 января, в прошлую пятницу, на следующей неделе, в позапрошлом \
             году, 30 лет назад, в ночь на среду, накануне 1 января, в XX веке, в 90-х, \
             16.09.22, через неделю, в конце года, с начала года, в ближайшие выходные",
            published,
            Some(Lang::Ru),
        );
    }
}
