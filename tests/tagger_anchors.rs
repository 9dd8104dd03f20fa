//! "The next day", "two days later": counted from the nearest preceding date only when that date
//! is a day (or a range of days); after a coarser one they are left undated, never counted from
//! an older date or from the publication day.

use chrono::NaiveDate;
use tarikh::tagger::{TagOptions, tag};

fn dates(text: &str) -> Vec<(String, Option<String>)> {
    let options = TagOptions {
        published: NaiveDate::from_ymd_opt(2021, 5, 10).unwrap(),
        lang: None,
    };
    tag(text, &options)
        .into_iter()
        .map(|e| (e.text, e.date.map(|d| d.to_edtf())))
        .collect()
}

fn date_of(text: &str, expr: &str) -> Option<Option<String>> {
    dates(text)
        .into_iter()
        .find(|(t, _)| t == expr)
        .map(|(_, d)| d)
}

#[test]
fn counted_from_a_preceding_day() {
    assert_eq!(
        date_of(
            "On 28 April clashes broke out. The next day troops left.",
            "The next day"
        ),
        Some(Some("2021-04-29".into()))
    );
    assert_eq!(
        date_of(
            "اندلعت الاشتباكات في 28 أبريل. وفي اليوم التالي انسحبت القوات.",
            "اليوم التالي"
        ),
        Some(Some("2021-04-29".into()))
    );
}

#[test]
fn never_counted_past_a_coarser_date() {
    for (text, expr) in [
        (
            "In late April the clashes erupted. The next day, troops withdrew.",
            "The next day",
        ),
        (
            "Clashes erupted in April. Two days later, troops withdrew.",
            "Two days later",
        ),
        (
            "On 28 April clashes broke out. In May talks began. Two days later troops left.",
            "Two days later",
        ),
        (
            "اندلعت الاشتباكات أواخر أبريل. وفي اليوم التالي انسحبت القوات.",
            "اليوم التالي",
        ),
        (
            "اندلعت الاشتباكات في 28 أبريل. وبدأت المحادثات في مايو. وبعد يومين انسحبت القوات.",
            "بعد يومين",
        ),
    ] {
        let found = date_of(text, expr);
        assert!(
            matches!(found, None | Some(None)),
            "{text}: {expr} was dated {found:?}"
        );
    }
}

#[test]
fn with_no_date_before_the_publication_day_counts() {
    assert_eq!(
        date_of(
            "Officials said the next day would bring talks.",
            "the next day"
        ),
        Some(Some("2021-05-11".into()))
    );
}

/// "that month", "the same year", "later that month", "الشهر نفسه", "في ذلك العام": the month or
/// year of the nearest preceding date; a month never from a bare year.
#[test]
fn the_same_month_or_year_as_the_date_before() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "Talks opened on 3 March 2019. Later that month the border closed.",
            "Later that month",
            Some("[2019-03-04..2019-03-31]"),
        ),
        (
            "Talks opened on 3 March 2019. In the same month the border closed.",
            "the same month",
            Some("2019-03"),
        ),
        (
            "Talks opened in 2016. That year the border closed.",
            "That year",
            Some("2016"),
        ),
        (
            "بدأت المحادثات في 3 مارس 2019. وفي الشهر نفسه أغلقت الحدود.",
            "الشهر نفسه",
            Some("2019-03"),
        ),
        (
            "بدأت المحادثات عام 2016. وفي ذلك العام أغلقت الحدود.",
            "ذلك العام",
            Some("2016"),
        ),
        // A day of that month.
        (
            "بدأت المحادثات في 3 مارس 2019. ثم أغلقت الحدود في 17 من الشهر نفسه.",
            "17 من الشهر نفسه",
            Some("2019-03-17"),
        ),
        (
            "Talks opened on 3 March 2019. On the 17th of that month the border closed.",
            "the 17th of that month",
            Some("2019-03-17"),
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(date_of(text, expr), Some(want.map(String::from)), "{text}");
    }
    // A month is not known from a year alone.
    assert_eq!(
        date_of(
            "Talks opened in 2016. That month the border closed.",
            "That month"
        ),
        None
    );
}

/// A month or year that looks back from the story's day ("the post fought over in April
/// 2020") does not move the story: "the same day" still counts from the day before it. A
/// coarser date that reaches the day or lies after it still stops the count (above).
#[test]
fn a_look_back_leaves_the_story_at_its_day() {
    let text = "On 28 April guards exchanged fire near the water point, the same one fought \
                over in April 2020. The same day, troops shelled a village. That evening the \
                commanders agreed to stop.";
    assert_eq!(
        date_of(text, "The same day"),
        Some(Some("2021-04-28".into()))
    );
    assert_eq!(
        date_of(text, "That evening"),
        Some(Some("2021-04-28".into()))
    );
    let reaching = date_of(
        "On 28 April clashes broke out. By late April the border was calm. The next day troops left.",
        "The next day",
    );
    assert!(matches!(reaching, None | Some(None)), "{reaching:?}");
}

/// "Over the next 24 hours" told as past follows the story's day, not the publication day;
/// told as what will come, it still counts from the publication day.
#[test]
fn the_next_hours_of_a_story_told_as_past() {
    assert_eq!(
        date_of(
            "On 1 May a truce took hold. It was broken repeatedly over the next three days.",
            "the next three days"
        ),
        Some(Some("[2021-05-01..2021-05-04]".into()))
    );
    assert_eq!(
        date_of(
            "On 1 May a truce took hold. Troops will stay over the next three days.",
            "the next three days"
        ),
        Some(Some("[2021-05-10..2021-05-13]".into()))
    );
}

/// A day or month with no year, in a sentence that has just written a year out, is of that
/// year's story: the reading nearest to the written date. Not after a "since" date (a state
/// that lasts), a bare year, or across a sentence.
#[test]
fn a_day_without_its_year_after_a_written_year_in_its_sentence() {
    let cases = [
        (
            "In February 2019 a bomber killed 40 police, and India replied on 26 February with an air strike.",
            "26 February",
            Some("2019-02-26"),
        ),
        (
            "ففي شباط/فبراير 2019 قتل انتحاري 40 شرطياً، فردّت الهند في 26 شباط/فبراير بغارة جوية.",
            "26 شباط/فبراير",
            Some("2019-02-26"),
        ),
        (
            "Talks began in December 2019 and collapsed on 5 January.",
            "5 January",
            Some("2020-01-05"),
        ),
        (
            "The crossing, closed since March 2020, reopened on 17 April.",
            "17 April",
            Some("2021-04-17"),
        ),
        (
            "In April 2019 fighting killed 55 people. A shootout in January left two dead.",
            "January",
            Some("2021-01"),
        ),
    ];
    for (text, expr, want) in cases {
        assert_eq!(date_of(text, expr), Some(want.map(String::from)), "{text}");
    }
}

/// "This evening", "هذا المساء", "هذا الصباح": the publication day, as "this morning" is.
#[test]
fn this_evening_is_the_publication_day() {
    for (text, expr) in [
        (
            "Pakistan committed repeated violations this evening.",
            "this evening",
        ),
        (
            "قال الوزير إن باكستان ارتكبت انتهاكات هذا المساء.",
            "هذا المساء",
        ),
        ("وأعلن الجيش هذا الصباح مقتل جنديين.", "هذا الصباح"),
    ] {
        assert_eq!(
            date_of(text, expr),
            Some(Some("2021-05-10".into())),
            "{text}"
        );
    }
}

#[test]
fn a_weekday_in_a_paragraph_that_opens_with_its_day_is_a_day_beside_it() {
    // Published on Monday 10 May 2021; the paragraph is headed by Wednesday 5 May. Its
    // "Monday night" is the Monday before, not the publication day.
    assert_eq!(
        date_of(
            "Wednesday, 5 May. The truce did not survive Monday night, and by Thursday the guns were silent.",
            "Monday night"
        ),
        Some(Some("2021-05-03".into()))
    );
    // The same day in mid-sentence, within a week of publication: the weekday is the
    // publication week's, as news writes it.
    assert_eq!(
        date_of(
            "Fighting began on Wednesday, 5 May, and the ministry spoke on Monday.",
            "Monday"
        ),
        Some(Some("2021-05-10".into()))
    );
}

#[test]
fn a_day_of_the_month_alone_is_of_the_month_told() {
    let text = "Clashes began on 28 April. On the 29th troops withdrew, and by the 30th the border was quiet.";
    assert_eq!(date_of(text, "the 29th"), Some(Some("2021-04-29".into())));
    assert_eq!(date_of(text, "the 30th"), Some(Some("2021-04-30".into())));
    // After a later day of the month it could be the next month's: no date.
    assert_eq!(
        date_of(
            "Clashes began on 28 April. On the 2nd talks opened.",
            "the 2nd"
        ),
        None
    );
    // An ordinal that counts is no day.
    assert_eq!(
        date_of(
            "Clashes began on 28 April, on the 3rd anniversary of the deal.",
            "the 3rd"
        ),
        None
    );
    // With no date before it: the nearest such day to the publication day, by the tense.
    assert_eq!(
        date_of("On the 3rd, talks began.", "the 3rd"),
        Some(Some("2021-05-03".into()))
    );
    assert_eq!(
        date_of("Talks will open on the 20th.", "the 20th"),
        Some(Some("2021-05-20".into()))
    );
}

/// The day a toll was counted ("as of 8 May", "по состоянию на 8 мая") is no day the story
/// tells: "the same day" after it is the day of the events before it.
#[test]
fn not_counted_from_the_day_of_a_count() {
    assert_eq!(
        date_of(
            "Shelling resumed on 6 May. As of 8 May, 41 people had died. The same day a drone hit a mosque.",
            "The same day"
        ),
        Some(Some("2021-05-06".into()))
    );
    assert_eq!(
        date_of(
            "6 мая обстрелы возобновились. По состоянию на 8 мая погиб 41 человек. В тот же день беспилотник ударил по мечети.",
            "тот же день"
        ),
        Some(Some("2021-05-06".into()))
    );
}

/// "В тот же день, когда был сбит самолёт": the same day as the act the clause names, which the
/// tagger does not know; not the day told in the sentence before. Without the clause it is.
#[test]
fn the_same_day_as_a_named_act_is_not_the_day_told_before() {
    let text =
        "1 мая прошли похороны. В тот же день, когда был сбит самолёт, погиб морской пехотинец.";
    assert_eq!(date_of(text, "тот же день"), None);
    assert_eq!(
        date_of(
            "1 мая прошли похороны. В тот же день погиб морской пехотинец.",
            "тот же день"
        ),
        Some(Some("2021-05-01".into()))
    );
}

/// A year told as the time of what follows ("в 2014 году: в январе", "in 2014, in January")
/// gives its year to a month after it in the sentence; a year that names something ("the war
/// of 2008") does not.
#[test]
fn a_year_told_as_the_time_gives_its_year_to_a_month_after_it() {
    assert_eq!(
        date_of(
            "Первая перестрелка случилась еще в 2014 году: в январе пограничники обменялись огнем.",
            "январе"
        ),
        Some(Some("2014-01".into()))
    );
    assert_eq!(
        date_of("In 2014, in January, guards exchanged fire.", "January"),
        Some(Some("2014-01".into()))
    );
    assert_ne!(
        date_of(
            "The war of 2008 ended, and in January guards exchanged fire.",
            "January"
        ),
        Some(Some("2008-01".into()))
    );
}

/// An anniversary piece counts years back in its lead ("Десять лет назад", "Ten years ago
/// this week"): a day or month told as past with no year is then of the story's year, not of
/// the publication's (here 10 May 2021). What is to come, and a piece whose lead tells today's
/// news, keep the publication's year.
#[test]
fn years_counted_back_in_the_lead_give_the_story_its_year() {
    let lead = "Десять лет назад юг страны пережил самые кровавые беспорядки в своей новейшей истории, погибли сотни людей.";
    let text = format!(
        "{lead}\n\nВечером 3 мая в центре города произошла драка.\nСледующий раунд переговоров намечен на июнь."
    );
    assert_eq!(date_of(&text, "3 мая"), Some(Some("2011-05-03".into())));
    assert_eq!(date_of(&text, "июнь"), Some(Some("2021-06".into())));
    // A verb of saying, and a span of days.
    let text = format!(
        "{lead}\n\n5 мая президент объявил о введении чрезвычайного положения. С 8 по 12 мая бои шли в пригородах."
    );
    assert_eq!(date_of(&text, "5 мая"), Some(Some("2011-05-05".into())));
    assert_eq!(
        date_of(&text, "8 по 12 мая"),
        Some(Some("2011-05-08/2011-05-12".into()))
    );
    let text = format!("{lead}\n\nВ ночь на 2 мая в городе начались поджоги.");
    assert_eq!(
        date_of(&text, "ночь на 2 мая"),
        Some(Some("[2011-05-01..2011-05-02]".into()))
    );
    // A weekday is of the story's week, by the last day told.
    let text = format!(
        "{lead}\n\nВ ночь на 13 мая вооруженные люди захватили тюрьму.\n\nУтром в пятницу на площади собрались тысячи людей."
    );
    assert_eq!(date_of(&text, "пятницу"), Some(Some("2011-05-13".into())));
    // A part of a month with no year: "в конце июля" is of the story's year too.
    let text = format!("{lead}\n\nВ конце июля большую часть беженцев вывезли из лагерей.");
    assert_eq!(
        date_of(&text, "конце июля"),
        Some(Some("2011-07-21/2011-07-31~".into()))
    );
    let text = "Ten years ago this week, the army moved into the border district and began a war that changed the region.\n\nFighting broke out on 7 May near the river.";
    assert_eq!(date_of(text, "7 May"), Some(Some("2011-05-07".into())));
    // Years counted since the day ("тридцать лет с того дня, когда") frame the story too.
    let text = "Сегодня тридцать лет с того дня, когда начались бои в городе.\n\nДвадцать первого июля в Москве подписали соглашение.";
    assert_eq!(
        date_of(text, "Двадцать первого июля"),
        Some(Some("1991-07-21".into()))
    );
    // A year back is still today's news: the story may have come up to the present, and a
    // month with no year is the most recent one.
    let text = "Ровно год назад у водозабора жители двух стран начали бросать друг в друга камни.\n\nЛетом прошлого года начали строить дороги. В конце января у села пограничники вновь обменялись огнем.";
    assert_eq!(
        date_of(text, "конце января"),
        Some(Some("2021-01-21/2021-01-31~".into()))
    );
    // Not in the lead: a later paragraph's look back frames nothing.
    let text = "Troops clashed on the border on Saturday, and officials said several soldiers were wounded in the fighting.\n\nFighting broke out on 7 May near the river.\n\nTen years ago, a similar clash killed five soldiers there.";
    assert_eq!(date_of(text, "7 May"), Some(Some("2021-05-07".into())));
}

/// A week retold day by day: a bare weekday in the paragraph after a day counted from the one
/// before is the next such day, not the one before the publication (published 10 May
/// 2021, a Monday: "Friday" alone would be 7 May). Not a weekday in apposition to the day just
/// told, nor one in a report that counts no days.
#[test]
fn a_weekday_after_a_counted_day_goes_on_with_the_week_retold() {
    let retold = "On Tuesday, April 20, a strike began.\n\nThe following afternoon, the leader spoke.\n\nBy Friday afternoon, fighters held the city.\n\nOn Saturday the army took over the streets.";
    assert_eq!(
        date_of(retold, "Friday afternoon"),
        Some(Some("2021-04-23".into()))
    );
    assert_eq!(date_of(retold, "Saturday"), Some(Some("2021-04-24".into())));
    let news = "On Tuesday, April 20, a strike began.\n\nOn Friday, fighters held the city.";
    assert_eq!(date_of(news, "Friday"), Some(Some("2021-05-07".into())));
    // Told on in the same paragraph: "Late that Saturday ... said on Sunday" is the next day
    // (published on a Monday, "Sunday" alone would be the day before).
    let weekly = "It began a week ago yesterday with an announcement.\n\nLate that Saturday a crowd stormed the embassy. The police said on Sunday that 40 people had been held.";
    assert_eq!(date_of(weekly, "Sunday"), Some(Some("2021-05-02".into())));
    // But a weekday set beside the day just counted ("В тот же день, в среду") is not read on
    // from it: whichever day the writer meant, it is not the day after.
    let apposed = "20 апреля армия начала обстрел лагеря, и через два дня стороны договорились о перемирии. В тот же день, в среду, премьер призвал боевиков сдаться.";
    assert_ne!(date_of(apposed, "среду"), Some(Some("2021-04-28".into())));
}

/// A day told in a concession ("хотя кризис закончился 20 апреля") is no anchor within its
/// sentence, but a count of days in the next one counts from it: nothing else came between.
#[test]
fn a_count_after_a_concession_counts_from_its_day() {
    let text = "Отношения, разорванные 3 апреля, не восстановлены, хотя кризис закончился на саммите 20 апреля. Десять дней спустя министры осудили удар.";
    assert_eq!(
        date_of(text, "Десять дней спустя"),
        Some(Some("2021-04-30".into()))
    );
}
