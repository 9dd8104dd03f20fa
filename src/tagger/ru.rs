//! Russian word lists: month names and weekdays in every case (with the cases each form can
//! be, for the prepositions that govern them), abbreviations, day words, units in their count
//! forms (день / дня / дней, год / года / лет), direction words in every gender and case,
//! part-of-period words, number words and ordinals, plus multi-word phrases ("на следующий
//! день", "тому назад"). See `shared/reference/russian-dates.md`. Entries are folded before use
//! (lower case, ё as е), so they are written here the usual way. Grammar lives in `grammar.rs`
//! and `grammar/russian.rs`; this file is data.

use chrono::Weekday;

use super::lex::{Approx, Dir, Form, Lex, Part, Prep, Strength, Unit, Vague};

/// Grammatical cases a noun form can be, as bits: a preposition governs some of them ("в
/// среду" takes the accusative, "в апреле" the prepositional, "к среде" the dative).
pub(crate) const NOM: u8 = 1;
pub(crate) const GEN: u8 = 2;
pub(crate) const DAT: u8 = 4;
pub(crate) const ACC: u8 = 8;
pub(crate) const INS: u8 = 16;
pub(crate) const PRE: u8 = 32;

/// Month names: nominative (= accusative), genitive, prepositional, dative, instrumental.
const MONTHS: [[&str; 5]; 12] = [
    ["январь", "января", "январе", "январю", "январём"],
    ["февраль", "февраля", "феврале", "февралю", "февралём"],
    ["март", "марта", "марте", "марту", "мартом"],
    ["апрель", "апреля", "апреле", "апрелю", "апрелем"],
    ["май", "мая", "мае", "маю", "маем"],
    ["июнь", "июня", "июне", "июню", "июнем"],
    ["июль", "июля", "июле", "июлю", "июлем"],
    ["август", "августа", "августе", "августу", "августом"],
    ["сентябрь", "сентября", "сентябре", "сентябрю", "сентябрём"],
    ["октябрь", "октября", "октябре", "октябрю", "октябрём"],
    ["ноябрь", "ноября", "ноябре", "ноябрю", "ноябрём"],
    ["декабрь", "декабря", "декабре", "декабрю", "декабрём"],
];

/// Abbreviations, with or without their full stop; read only beside a day number or a year.
const MONTH_ABBREVIATIONS: &[(&str, u8)] = &[
    ("янв", 1),
    ("фев", 2),
    ("февр", 2),
    ("мар", 3),
    ("апр", 4),
    ("июн", 6),
    ("июл", 7),
    ("авг", 8),
    ("сен", 9),
    ("сент", 9),
    ("окт", 10),
    ("ноя", 11),
    ("нояб", 11),
    ("дек", 12),
];

/// Weekdays: each form with the cases it can be.
const WEEKDAYS: &[(Weekday, &[(&str, u8)])] = &[
    (
        Weekday::Mon,
        &[
            ("понедельник", NOM | ACC),
            ("понедельника", GEN),
            ("понедельнику", DAT),
            ("понедельником", INS),
            ("понедельнике", PRE),
        ],
    ),
    (
        Weekday::Tue,
        &[
            ("вторник", NOM | ACC),
            ("вторника", GEN),
            ("вторнику", DAT),
            ("вторником", INS),
            ("вторнике", PRE),
        ],
    ),
    (
        Weekday::Wed,
        &[
            ("среда", NOM),
            ("среду", ACC),
            ("среды", GEN),
            ("среде", DAT | PRE),
            ("средой", INS),
        ],
    ),
    (
        Weekday::Thu,
        &[
            ("четверг", NOM | ACC),
            ("четверга", GEN),
            ("четвергу", DAT),
            ("четвергом", INS),
            ("четверге", PRE),
        ],
    ),
    (
        Weekday::Fri,
        &[
            ("пятница", NOM),
            ("пятницу", ACC),
            ("пятницы", GEN),
            ("пятнице", DAT | PRE),
            ("пятницей", INS),
        ],
    ),
    (
        Weekday::Sat,
        &[
            ("суббота", NOM),
            ("субботу", ACC),
            ("субботы", GEN),
            ("субботе", DAT | PRE),
            ("субботой", INS),
        ],
    ),
    (
        Weekday::Sun,
        &[
            ("воскресенье", NOM | ACC | PRE),
            ("воскресенья", GEN),
            ("воскресенью", DAT),
            ("воскресеньем", INS),
        ],
    ),
];

/// The cases a preposition (or a noun that takes a genitive: "утро среды", "середина
/// апреля") governs, for the month and weekday forms after it.
pub(crate) const GOVERNS: &[(&str, u8)] = &[
    ("в", ACC | PRE),
    ("во", ACC | PRE),
    ("на", ACC),
    ("по", ACC),
    ("за", ACC | INS),
    ("с", GEN | INS),
    ("со", GEN | INS),
    ("до", GEN),
    ("от", GEN),
    ("после", GEN),
    ("около", GEN),
    ("накануне", GEN),
    ("кануне", GEN),
    ("канун", GEN),
    ("утро", GEN),
    ("утра", GEN),
    ("вечер", GEN),
    ("вечера", GEN),
    ("ночь", GEN),
    ("ночи", GEN),
    ("утром", GEN),
    ("вечером", GEN),
    ("ночью", GEN),
    ("к", DAT),
    ("ко", DAT),
    ("перед", INS),
    ("между", INS),
    // "события среды", "после событий апреля": the events of a day or month.
    ("события", GEN),
    ("событий", GEN),
    ("событиям", GEN),
    ("событиями", GEN),
    ("событиях", GEN),
];

/// Words before a day number that make it part of a name, not a date: streets, squares,
/// districts and institutions named after a day ("ул. 8 Марта", "проспект 50 лет Октября").
pub(crate) const STREET_WORDS: &str = "ул улица улицы улице улицу улицей проспект проспекта \
    проспекте пр пр-т площадь площади пл переулок переулка переулке пер мкр микрорайон \
    микрорайона микрорайоне бульвар бульвара бульваре б-р шоссе имени им парк парка парке \
    совхоз совхоза колхоз колхоза завод завода фабрика фабрики кинотеатр";

/// Nouns for an event after "накануне" (in the genitive): "накануне похорон" is the eve of
/// the funeral, not the day before the one the text is telling.
pub(crate) const EVE_NOUNS: &str = "встречи переговоров визита выборов похорон праздника \
    праздников саммита заседания голосования референдума годовщины дня начала открытия \
    подписания совещания инаугурации прибытия приезда поездки конференции парада митинга \
    акции суда слушаний консультаций игр матча отъезда вылета прилета приезда оглашения \
    вынесения приговора решения заседаний съезда форума сессии пленума дебатов обмена \
    перемирия отставки церемонии";

/// Words after which a full stop ends no sentence: abbreviations of units, places and
/// counts ("1991 гг.", "ул.", "тыс.").
pub(crate) const ABBREVIATIONS: &str = "гг вв ул пер пл пр им обл ок св тыс млн млрд сут мин \
    нед мес дн ст ч корр рис см тел";

/// Words of a clock time's zone and hour: "(13:00 мск)", "по местному времени", "в 3 часа
/// ночи".
pub(crate) const TIME_WORDS: &str = "мск utc gmt местному московскому бишкекскому \
    душанбинскому ташкентскому алматинскому астанинскому времени час часа часов утра вечера \
    ночи дня";

/// A declined adjective: its stem and the ending set it takes.
#[derive(Clone, Copy)]
enum Decl {
    /// прошлый: -ый -ая -ое -ые -ого -ой -ому -ом -ую -ым -ых -ыми.
    Hard,
    /// второй (stressed ending): as `Hard` with -ой for -ый.
    Stressed,
    /// следующий, минувший (stem in ж ш ч щ): -ий -ая -ее -ие -его -ей -ему -ем -ую -им -их -ими.
    Sibilant,
    /// нынешний, последний (soft н): -ий -яя -ее -ие -его -ей -ему -ем -юю -им -их -ими.
    Soft,
}

/// Every form of an adjective; `plural` adds the plural forms.
fn declined(stem: &str, decl: Decl, plural: bool) -> Vec<String> {
    let singular: &[&str] = match decl {
        Decl::Hard => &["ый", "ая", "ое", "ого", "ой", "ому", "ом", "ую", "ым"],
        Decl::Stressed => &["ой", "ая", "ое", "ого", "ому", "ом", "ую", "ым"],
        Decl::Sibilant => &["ий", "ая", "ее", "его", "ей", "ему", "ем", "ую", "им"],
        Decl::Soft => &["ий", "яя", "ее", "его", "ей", "ему", "ем", "юю", "им"],
    };
    let many: &[&str] = match decl {
        Decl::Hard | Decl::Stressed => &["ые", "ых", "ыми"],
        Decl::Sibilant | Decl::Soft => &["ие", "их", "ими"],
    };
    singular
        .iter()
        .chain(if plural { many } else { &[] })
        .map(|e| format!("{stem}{e}"))
        .collect()
}

pub(crate) fn words() -> Vec<(String, Lex)> {
    let mut v: Vec<(String, Lex)> = Vec::with_capacity(900);
    let mut add = |w: &str, l: Lex| v.push((w.to_string(), l));
    for (n, forms) in (1u8..).zip(MONTHS.iter()) {
        for f in forms {
            add(f, Lex::Month(n, Strength::Strong));
        }
    }
    for (w, n) in MONTH_ABBREVIATIONS {
        add(w, Lex::Month(*n, Strength::Abbrev));
    }
    for (day, forms) in WEEKDAYS {
        for (f, _) in *forms {
            add(f, Lex::Weekday(*day));
        }
    }
    for (w, d) in [
        ("сегодня", 0),
        ("вчера", -1),
        ("позавчера", -2),
        ("завтра", 1),
        ("послезавтра", 2),
    ] {
        add(w, Lex::DayRel(d));
    }
    for (stem, d) in [
        ("сегодняшн", 0),
        ("вчерашн", -1),
        ("позавчерашн", -2),
        ("завтрашн", 1),
        ("послезавтрашн", 2),
    ] {
        for f in declined(stem, Decl::Soft, true) {
            add(&f, Lex::DayRel(d));
        }
    }
    add("назавтра", Lex::AnchorDay(1));
    add("наутро", Lex::AnchorDay(1));
    add("накануне", Lex::Eve);
    add("канун", Lex::Eve);
    add("кануне", Lex::Eve);
    let unit = |u: Unit, f: Form| Lex::Unit(u, f);
    use Form::{Half, Many, One, Two};
    for (forms, u, f) in [
        (&["день", "дня", "дню", "дне"][..], Unit::Day, One),
        (
            &["дней", "дни", "дням", "днями", "днях"][..],
            Unit::Day,
            Many,
        ),
        (&["сутки"][..], Unit::Day, One),
        (&["суток", "суткам", "сутками"][..], Unit::Day, Many),
        (
            &["неделя", "неделю", "недели", "неделе", "неделей"][..],
            Unit::Week,
            One,
        ),
        (
            &["недель", "неделям", "неделями", "неделях"][..],
            Unit::Week,
            Many,
        ),
        (
            &["выходные", "выходных", "выходным", "выходными"][..],
            Unit::Week,
            Two,
        ),
        (
            &["месяц", "месяца", "месяцу", "месяцем", "месяце"][..],
            Unit::Month,
            One,
        ),
        (
            &["месяцев", "месяцы", "месяцам", "месяцами", "месяцах"][..],
            Unit::Month,
            Many,
        ),
        (&["год", "года", "году", "годом", "г"][..], Unit::Year, One),
        (
            &["лет", "годы", "годов", "годам", "годами", "годах", "гг"][..],
            Unit::Year,
            Many,
        ),
        (
            &[
                "десятилетие",
                "десятилетия",
                "десятилетию",
                "десятилетием",
                "десятилетии",
            ][..],
            Unit::Decade,
            One,
        ),
        (&["десятилетий"][..], Unit::Decade, Many),
        (
            &["век", "века", "веку", "веком", "веке"][..],
            Unit::Century,
            One,
        ),
        (&["веков", "веками", "веках"][..], Unit::Century, Many),
        (&["полгода", "полугода"][..], Unit::Year, Half),
        (&["час", "часа", "часу"][..], Unit::Hour, One),
        (&["часов"][..], Unit::Hour, Many),
        (&["минута", "минуту", "минуты"][..], Unit::Minute, One),
        (&["минут"][..], Unit::Minute, Many),
    ] {
        for w in forms {
            add(w, unit(u, f));
        }
    }
    // Direction words in every gender and case.
    for (stem, decl, lex) in [
        ("прошл", Decl::Hard, Lex::Qual(Dir::Past)),
        ("минувш", Decl::Sibilant, Lex::Qual(Dir::Past)),
        ("прошедш", Decl::Sibilant, Lex::Qual(Dir::Past)),
        ("позапрошл", Decl::Hard, Lex::BeforeLast),
        ("текущ", Decl::Sibilant, Lex::Qual(Dir::Current)),
        ("нынешн", Decl::Soft, Lex::Qual(Dir::Current)),
        ("следующ", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("будущ", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("предстоящ", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("грядущ", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("наступающ", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("ближайш", Decl::Sibilant, Lex::Qual(Dir::Future)),
        ("истекш", Decl::Sibilant, Lex::Qual(Dir::Recent)),
        ("последн", Decl::Soft, Lex::Qual(Dir::Recent)),
    ] {
        for f in declined(stem, decl, true) {
            add(&f, lex);
        }
    }
    for w in [
        "этот",
        "эта",
        "это",
        "эти",
        "этого",
        "этой",
        "этому",
        "этом",
        "эту",
        "этим",
        "этих",
    ] {
        add(w, Lex::This);
    }
    for w in [
        "тот", "та", "то", "те", "того", "той", "тому", "том", "ту", "тем", "тех",
    ] {
        add(w, Lex::That);
    }
    for w in ["квартал", "квартала", "кварталу", "кварталом", "квартале"]
    {
        add(w, Lex::Quarter);
    }
    for w in [
        "половина",
        "половины",
        "половине",
        "половину",
        "половиной",
        "полугодие",
        "полугодия",
        "полугодию",
        "полугодии",
    ] {
        add(w, Lex::Half);
    }
    for (forms, p) in [
        (
            &["начало", "начала", "началу", "началом", "начале"][..],
            Part::Early,
        ),
        (
            &["середина", "середины", "середине", "середину", "серединой"][..],
            Part::Mid,
        ),
        (
            &["конец", "конца", "концу", "концом", "конце"][..],
            Part::Late,
        ),
    ] {
        for w in forms {
            add(w, Lex::Part(p));
        }
    }
    for (forms, n) in [
        (
            &[
                "один",
                "одна",
                "одно",
                "одного",
                "одной",
                "одному",
                "одном",
                "одну",
                "одним",
            ][..],
            1,
        ),
        (
            &["два", "две", "двух", "двум", "двумя", "пару", "двое"][..],
            2,
        ),
        (&["три", "трех", "трем", "тремя", "трое"][..], 3),
        (
            &["четыре", "четырех", "четырем", "четырьмя", "четверо"][..],
            4,
        ),
        (&["пять", "пяти", "пятью", "пятеро"][..], 5),
        (&["шесть", "шести", "шестью", "шестеро"][..], 6),
        (&["семь", "семи", "семью", "семеро"][..], 7),
        (&["восемь", "восьми", "восемью"][..], 8),
        (&["девять", "девяти", "девятью"][..], 9),
        (&["десять", "десяти", "десятью"][..], 10),
        (&["одиннадцать", "одиннадцати"][..], 11),
        (&["двенадцать", "двенадцати"][..], 12),
        (&["тринадцать", "тринадцати"][..], 13),
        (&["четырнадцать", "четырнадцати"][..], 14),
        (&["пятнадцать", "пятнадцати"][..], 15),
        (&["шестнадцать", "шестнадцати"][..], 16),
        (&["семнадцать", "семнадцати"][..], 17),
        (&["восемнадцать", "восемнадцати"][..], 18),
        (&["девятнадцать", "девятнадцати"][..], 19),
        (&["двадцать", "двадцати"][..], 20),
        (&["тридцать", "тридцати"][..], 30),
        (&["сорок", "сорока"][..], 40),
        (&["пятьдесят", "пятидесяти"][..], 50),
        (&["шестьдесят", "шестидесяти"][..], 60),
        (&["семьдесят", "семидесяти"][..], 70),
        (&["восемьдесят", "восьмидесяти"][..], 80),
        (&["девяносто", "девяноста"][..], 90),
        (&["сто", "ста"][..], 100),
        // The head of a year in words ("тысяча девятьсот девяносто первом году").
        (&["тысяча"][..], 1000),
        // "several": a count with no number.
        (
            &["несколько", "нескольких", "нескольким", "несколькими"][..],
            0,
        ),
    ] {
        for w in forms {
            add(w, Lex::Card(n));
        }
    }
    // Ordinals, singular forms only (a day of the month, a century).
    for (stem, decl, n) in [
        ("перв", Decl::Hard, 1),
        ("втор", Decl::Stressed, 2),
        ("четверт", Decl::Hard, 4),
        ("пят", Decl::Hard, 5),
        ("шест", Decl::Stressed, 6),
        ("седьм", Decl::Stressed, 7),
        ("восьм", Decl::Stressed, 8),
        ("девят", Decl::Hard, 9),
        ("десят", Decl::Hard, 10),
        ("одиннадцат", Decl::Hard, 11),
        ("двенадцат", Decl::Hard, 12),
        ("тринадцат", Decl::Hard, 13),
        ("четырнадцат", Decl::Hard, 14),
        ("пятнадцат", Decl::Hard, 15),
        ("шестнадцат", Decl::Hard, 16),
        ("семнадцат", Decl::Hard, 17),
        ("восемнадцат", Decl::Hard, 18),
        ("девятнадцат", Decl::Hard, 19),
        ("двадцат", Decl::Hard, 20),
        ("тридцат", Decl::Hard, 30),
    ] {
        for f in declined(stem, decl, false) {
            add(&f, Lex::Ord(n));
        }
    }
    // "в двухтысячном году": the year 2000 as one ordinal word.
    for f in declined("двухтысячн", Decl::Hard, false) {
        add(&f, Lex::Ord(2000));
    }
    for w in [
        "третий",
        "третья",
        "третье",
        "третьего",
        "третьей",
        "третьему",
        "третьем",
        "третью",
        "третьим",
    ] {
        add(w, Lex::Ord(3));
    }
    for (stem, d) in [
        ("двадцат", 2),
        ("тридцат", 3),
        ("сороков", 4),
        ("пятидесят", 5),
        ("шестидесят", 6),
        ("семидесят", 7),
        ("восьмидесят", 8),
        ("девяност", 9),
        ("двухтысячн", 0),
    ] {
        for e in ["ые", "ых", "ым", "ыми"] {
            add(&format!("{stem}{e}"), Lex::Decade(d));
        }
    }
    for (forms, s) in [
        (
            &["весна", "весны", "весне", "весну", "весной", "весною"][..],
            1,
        ),
        (&["лето", "лета", "лету", "летом"][..], 2),
        (&["осень", "осени", "осенью"][..], 3),
        (&["зима", "зимы", "зиме", "зиму", "зимой", "зимою"][..], 4),
    ] {
        for w in forms {
            add(w, Lex::Season(s));
        }
    }
    for (w, p) in [
        ("в", Prep::In),
        ("во", Prep::In),
        ("на", Prep::On),
        ("с", Prep::From),
        ("со", Prep::From),
        ("от", Prep::From),
        ("по", Prep::To),
        ("до", Prep::To),
        ("к", Prep::By),
        ("ко", Prep::By),
        ("между", Prep::Between),
        // "на рубеже 1980-х и 1990-х годов": the turn from one to the other, within both.
        ("рубеже", Prep::Between),
        ("рубежа", Prep::Between),
        ("и", Prep::And),
        ("после", Prep::After),
        ("перед", Prep::Before),
        ("за", Prep::For),
    ] {
        add(w, Lex::Prep(p));
    }
    for (w, a) in [
        ("около", Approx::About),
        ("примерно", Approx::About),
        ("приблизительно", Approx::About),
        ("почти", Approx::About),
        ("порядка", Approx::About),
        ("более", Approx::MoreThan),
        ("свыше", Approx::MoreThan),
        ("больше", Approx::MoreThan),
        ("менее", Approx::LessThan),
        ("меньше", Approx::LessThan),
    ] {
        add(w, Lex::Approx(a));
    }
    for w in [
        "утром",
        "утро",
        "утра",
        "утру",
        "днем",
        "вечером",
        "вечер",
        "вечера",
        "вечеру",
        "ночью",
        "ночь",
        "ночи",
    ] {
        add(w, Lex::PartOfDay);
    }
    add("полдень", Lex::Clock(12));
    add("полночь", Lex::Clock(0));
    add("назад", Lex::Ago);
    add("спустя", Lex::Later);
    add("через", Lex::Later);
    add("позже", Lex::Later);
    add("позднее", Lex::Later);
    add("ранее", Lex::Earlier);
    add("раньше", Lex::Earlier);
    add("недавно", Lex::Vague(Vague::Before));
    add("рождество", Lex::Holiday(false, 1, 7));
    add("рождества", Lex::Holiday(false, 1, 7));
    add("рождеству", Lex::Holiday(false, 1, 7));
    add("рождеством", Lex::Holiday(false, 1, 7));
    for w in [
        "навруз",
        "навруза",
        "нооруз",
        "нооруза",
        "наурыз",
        "наурыза",
    ] {
        add(w, Lex::Holiday(false, 3, 21));
    }
    v
}

/// Month and weekday forms with the cases each can be.
pub(crate) fn cases() -> Vec<(&'static str, u8)> {
    let mut v = Vec::new();
    for forms in &MONTHS {
        let [nom, genitive, pre, dat, ins] = *forms;
        v.extend([
            (nom, NOM | ACC),
            (genitive, GEN),
            (pre, PRE),
            (dat, DAT),
            (ins, INS),
        ]);
    }
    for (_, forms) in WEEKDAYS {
        v.extend(forms.iter().copied());
    }
    v
}

/// Whether a folded word is a weekday's name (its nominative: "понедельник", "среда").
pub(crate) fn is_weekday_name(word: &str) -> bool {
    WEEKDAYS
        .iter()
        .flat_map(|(_, forms)| forms.iter())
        .any(|&(form, cases)| cases & NOM != 0 && form == word)
}

/// Multi-word phrases, matched longest first.
pub(crate) fn phrases() -> Vec<(&'static str, Lex)> {
    let new_year = Lex::Holiday(false, 1, 1);
    let victory = Lex::Holiday(false, 5, 9);
    vec![
        ("тому назад", Lex::Ago),
        ("следующий день", Lex::AnchorDay(1)),
        ("следующего дня", Lex::AnchorDay(1)),
        ("следующее утро", Lex::AnchorDay(1)),
        ("на другой день", Lex::AnchorDay(1)),
        ("тот же день", Lex::AnchorDay(0)),
        ("тот же вечер", Lex::AnchorDay(0)),
        ("то же утро", Lex::AnchorDay(0)),
        ("ту же ночь", Lex::AnchorDay(0)),
        ("той же ночью", Lex::AnchorDay(0)),
        ("этот же день", Lex::AnchorDay(0)),
        ("тот день", Lex::AnchorDay(0)),
        ("этот день", Lex::AnchorDay(0)),
        ("тогда же", Lex::AnchorDay(0)),
        ("предыдущий день", Lex::AnchorDay(-1)),
        ("днем ранее", Lex::AnchorDay(-1)),
        ("днем раньше", Lex::AnchorDay(-1)),
        ("за день до этого", Lex::AnchorDay(-1)),
        ("днем позже", Lex::AnchorDay(1)),
        ("днем позднее", Lex::AnchorDay(1)),
        ("прошлой ночью", Lex::Overnight),
        ("минувшей ночью", Lex::Overnight),
        ("прошедшей ночью", Lex::Overnight),
        ("вчера ночью", Lex::Overnight),
        ("этой ночью", Lex::Overnight),
        ("на днях", Lex::Vague(Vague::Days)),
        ("в последнее время", Lex::Vague(Vague::Before)),
        ("в последние дни", Lex::Vague(Vague::Before)),
        ("в последние недели", Lex::Vague(Vague::Before)),
        ("в последние месяцы", Lex::Vague(Vague::Before)),
        ("в последние годы", Lex::Vague(Vague::Before)),
        ("в ближайшее время", Lex::Vague(Vague::After)),
        ("в ближайшие дни", Lex::Vague(Vague::ComingDays)),
        ("в ближайшие недели", Lex::Vague(Vague::After)),
        ("в ближайшие месяцы", Lex::Vague(Vague::After)),
        ("в ближайшие годы", Lex::Vague(Vague::After)),
        ("с тех пор", Lex::Vague(Vague::Unknown)),
        ("в то время", Lex::Vague(Vague::Unknown)),
        ("первых числах", Lex::Part(Part::Early)),
        ("первые числа", Lex::Part(Part::Early)),
        ("последних числах", Lex::Part(Part::Late)),
        ("последние числа", Lex::Part(Part::Late)),
        ("первой декаде", Lex::Part(Part::Early)),
        ("второй декаде", Lex::Part(Part::Mid)),
        ("третьей декаде", Lex::Part(Part::Late)),
        ("последней декаде", Lex::Part(Part::Late)),
        ("новый год", new_year),
        ("нового года", new_year),
        ("новому году", new_year),
        ("новым годом", new_year),
        ("день победы", victory),
        ("дня победы", victory),
        ("дню победы", victory),
        ("днем победы", victory),
        ("ураза байрам", Lex::Holiday(true, 10, 1)),
        ("ураза байрама", Lex::Holiday(true, 10, 1)),
        ("ураза байраме", Lex::Holiday(true, 10, 1)),
        ("орозо айт", Lex::Holiday(true, 10, 1)),
        ("курбан байрам", Lex::Holiday(true, 12, 10)),
        ("курбан байрама", Lex::Holiday(true, 12, 10)),
        ("курбан байраме", Lex::Holiday(true, 12, 10)),
        ("курман айт", Lex::Holiday(true, 12, 10)),
        ("в течение", Lex::Prep(Prep::During)),
    ]
}

/// Words that tell the tense of a clause (see `tense.rs`), each list one string of words.
/// Regular past forms (-л, -ла, -ло, -ли and their -ся forms) are read by the rule itself,
/// with `not_past` as the nouns and adverbs that end so.
pub(crate) struct TenseWords {
    /// The analytic future, perfective verbs in the present form (which tell the future),
    /// and words of plans and schedules.
    pub future: &'static str,
    /// Past forms that do not end in -л (погиб, шел), short passive participles (задержаны,
    /// ранены) and words that speak of the past.
    pub past: &'static str,
    /// Words ending as past verbs do that are no verbs: обстрел, посол, земли, число, около.
    pub not_past: &'static str,
    /// Verbs of saying, announcing and agreeing: their tense is the telling's.
    pub telling: &'static str,
    /// Prepositions and particles that cost nothing between a verb and its date.
    pub light: &'static str,
    /// Words that open another clause.
    pub clause: &'static str,
    /// Words right before a date that make it a deadline ("к среде", "до 15 мая").
    pub deadline: &'static str,
    /// Words before a deadline word that make it tell when something happened ("незадолго до").
    pub narrating: &'static str,
    /// The future auxiliary: with no tense cue near a date, one before it in the sentence
    /// gives the sentence's tense.
    pub auxiliary: &'static str,
}

pub(crate) const TENSE: TenseWords = TenseWords {
    future: "будет будут буду будем будете будешь станет станут состоится состоятся \
        пройдет пройдут проведут проведет подпишут подпишет встретятся встретится посетит \
        посетят прибудет прибудут отведут отведет продолжат продолжит начнется начнутся \
        начнет начнут откроется откроют обсудят обсудит рассмотрят рассмотрит вернутся \
        вернется соберется соберутся вступит вступят завершится завершатся завершат \
        отправится отправятся примет примут выступит выступят объявят объявит планируется \
        планируются запланирован запланирована запланировано запланированы намечен намечена \
        намечено намечены ожидается ожидаются предполагается предстоит предстоят назначен \
        назначена назначено назначены намерен намерена намерены собирается собираются \
        должен должна должно должны может могут сможет смогут завтра послезавтра \
        вызовет вызовут направит направят вручит вручат передаст передадут закроет закроют \
        введет введут отменит отменят представит представят опубликует опубликуют \
        продлится продлятся созовет созовут заслушает заслушают потребует потребуют \
        предложит предложат обратится обратятся выведет выведут разместит разместят \
        возобновит возобновят приостановит приостановят завершит проголосует проголосуют \
        изберут сообщит сообщат назначит назначат освободит освободят поедет поедут \
        приедет приедут прилетит прилетят вылетит вылетят посетят подведет подведут \
        сделает сделают даст дадут получит получат окажет окажут обеспечит обеспечат \
        поддержит поддержат установит установят снимет снимут восстановит восстановят \
        выделит выделят отправит отправят обменяются договорятся подготовит подготовят \
        утвердит утвердят ратифицирует ратифицируют вернет вернут запустит запустят \
        проверит проверят оценит оценят продлится возобновится возобновятся закроется \
        закроются определит определят обсудим проведем подпишем встретимся обжалует \
        обжалуют подаст подадут вынесет вынесут огласит огласят уйдет уйдут соберет ответит \
        ответят выплатит выплатят",
    past: "был была было были погиб погибла погибло погибли умер умерла умерли шел шла шли \
        прошел произошел пришел ушел вошел нашел привез вез нес помог смог мог сжег поджег \
        задержан задержана задержаны ранен ранена ранены убит убита убиты подписан подписано \
        подписаны разрушен разрушено разрушены поврежден повреждено повреждены вчера позавчера \
        назад накануне \
        рос вырос перерос подрос возрос разросся зарос дорос отрос прирос пророс нарос \
        принес унес перенес вынес занес внес отнес поднес пронес разнес снес донес нанес \
        увез вывез завез отвез перевез довез ввез изнемог выжег зажег обжег истек утек \
        протек потек возник проник вник поник достиг настиг постиг высох засох пересох \
        замерз исчез слег залег лег спасся потряс отверг опроверг сверг вторгся запер отпер \
        обрек пренебрег",
    not_past: "около мало тепло светло тяжело весело смело кругло зло село села дело дела \
        тело тела число числа крыло масло стекло весло сало кресло начало начала сила стрела \
        игла смола скала пчела мгла метла вилла земли цели роли воли боли соли доли мысли \
        пыли пули петли капли рубли угли нули мили корабли короли вдали ли или обстрел \
        обстрела выстрел выстрела расстрел расстрела отдел отдела раздел раздела предел \
        предела посол посла стол стола пол пола тыл тыла зал зала вал вала канал канала \
        генерал генерала материал материала сигнал сигнала персонал персонала финал финала \
        капитал капитала интервал интервала арсенал арсенала адмирал адмирала журнал \
        журнала провал провала подвал подвала перевал перевала трибунал трибунала протокол \
        протокола символ символа консул консула караул караула аул аула угол угла котел \
        котла узел узла орел орла пепел ангел ангела футбол футбола престол престола",
    telling: "заявил заявила заявили заявило заявляет заявляют сообщил сообщила сообщили \
        сообщило сообщает сообщают сообщается отметил отметила отметили подчеркнул \
        подчеркнула подчеркнули сказал сказала сказали добавил добавила добавили рассказал \
        рассказала рассказали пояснил пояснила пояснили уточнил уточнила уточнили передает \
        пишет говорится указал указала указали напомнил напомнила напомнили объявил \
        объявила объявили объявило предложил предложила предложили призвал призвала \
        призвали потребовал потребовала потребовали договорились решили пообещал пообещала \
        пообещали обещал обещала обещали пригрозил пригрозила пригрозили предупредил предупредила предупредили \
        назначил назначила назначили перенесли перенес перенесла согласовали утвердили",
    light: "в во на с со к ко по до от у о об за из при около утром днем вечером ночью же \
        уже также еще вновь снова",
    clause: "но а что чтобы когда хотя пока если где который которая которое которые \
        которых которого которой после поскольку так",
    deadline: "к ко до",
    narrating: "незадолго",
    auxiliary: "будет будут",
};
