//! Clues about the publication day itself, which settle a dateline that has no year: a day
//! word beside a weekday ("today, Thursday"), a date with its weekday ("Thursday, Sept. 16"),
//! a year named beside "last year" or "this year", and a written-out year told as past ("since
//! April 2021"). Each is found only where the words leave no other reading; the negative cases
//! are phrases that must give no clue at all.

use chrono::{NaiveDate, Weekday};
use tarikh::tagger::{Lang, PublicationClue, TagOptions, tag};

/// 2021-09-16 is a Thursday.
const THU: &str = "2021-09-16";
/// 2022-09-16 is a Friday.
const FRI: &str = "2022-09-16";

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("test day {s}: {e}"))
}

fn tagged(published: &str, phrase: &str) -> Vec<tarikh::tagger::TemporalExpr> {
    let lang = if phrase.is_ascii() {
        Lang::En
    } else {
        Lang::Ar
    };
    tag(
        phrase,
        &TagOptions {
            published: day(published),
            lang: Some(lang),
        },
    )
}

#[test]
fn clues_and_the_expressions_that_give_them() {
    use PublicationClue::*;
    let today_thursday = TodayIs {
        weekday: Weekday::Thu,
    };
    // Publication day, phrase, the expression that gives the clue, its date, the clue.
    let cases: Vec<(&str, &str, &str, &str, PublicationClue)> = vec![
        // A day word beside a weekday, in the orders English writes it.
        (
            THU,
            "Border guards exchanged fire today, Thursday, officials said.",
            "today, Thursday",
            "2021-09-16",
            today_thursday,
        ),
        (
            THU,
            "Border guards exchanged fire today (Thursday) near the village.",
            "today (Thursday)",
            "2021-09-16",
            today_thursday,
        ),
        (
            THU,
            "Troops clashed today Thursday in the valley.",
            "today Thursday",
            "2021-09-16",
            today_thursday,
        ),
        (
            THU,
            "The talks opened on Thursday (today) in the capital.",
            "Thursday (today)",
            "2021-09-16",
            today_thursday,
        ),
        (
            THU,
            "The two ministers meet this Thursday, today.",
            "this Thursday, today",
            "2021-09-16",
            today_thursday,
        ),
        (
            THU,
            "Fighting flared again this morning, Thursday, residents said.",
            "this morning, Thursday",
            "2021-09-16",
            today_thursday,
        ),
        // Another day word says today's weekday too.
        (
            THU,
            "Shelling resumed yesterday, Wednesday, the ministry said.",
            "yesterday, Wednesday",
            "2021-09-15",
            today_thursday,
        ),
        (
            FRI,
            "أعلنت الوزارة أمس الخميس وقف إطلاق النار.",
            "أمس الخميس",
            "2022-09-15",
            TodayIs {
                weekday: Weekday::Fri,
            },
        ),
        (
            FRI,
            "بحث الوزيران اليوم الجمعة الوضع على الحدود.",
            "اليوم الجمعة",
            "2022-09-16",
            TodayIs {
                weekday: Weekday::Fri,
            },
        ),
        // A date with its weekday and no year.
        (
            THU,
            "Fighting broke out on Thursday, Sept. 16, officials said.",
            "Thursday, Sept. 16",
            "2021-09-16",
            DateIsWeekday {
                month: 9,
                day: 16,
                weekday: Weekday::Thu,
            },
        ),
        (
            THU,
            "The clashes began on Tuesday, September 14, near the border.",
            "Tuesday, September 14",
            "2021-09-14",
            DateIsWeekday {
                month: 9,
                day: 14,
                weekday: Weekday::Tue,
            },
        ),
        (
            FRI,
            "وقعت الاشتباكات يوم الأربعاء 14 سبتمبر على الحدود.",
            "يوم الأربعاء 14 سبتمبر",
            "2022-09-14",
            DateIsWeekday {
                month: 9,
                day: 14,
                weekday: Weekday::Wed,
            },
        ),
        // A year named beside a year counted from the publication day.
        (
            THU,
            "Clashes erupted earlier this year, in March 2022, officials said.",
            "earlier this year",
            "[2021-01-01..2021-09-15]",
            YearNamedBeside {
                year: 2022,
                named: 2022,
            },
        ),
        (
            THU,
            "Fighting broke out last year (2021) near the border.",
            "last year",
            "2020",
            YearNamedBeside {
                year: 2022,
                named: 2021,
            },
        ),
        (
            THU,
            "Talks began this year, 2022, after the clashes.",
            "this year",
            "2021",
            YearNamedBeside {
                year: 2022,
                named: 2022,
            },
        ),
        // A written-out year told as past.
        (
            THU,
            "It was the worst fighting since April 2021.",
            "April 2021",
            "2021-04",
            NotBefore {
                day: day("2021-04-01"),
            },
        ),
        (
            THU,
            "It was the heaviest shelling since early 2021.",
            "early 2021",
            "2021-01-01/2021-03-31~",
            NotBefore {
                day: day("2021-01-01"),
            },
        ),
        // Approximate bounds count from the start of their year.
        (
            THU,
            "Shelling has not stopped since late 2020.",
            "late 2020",
            "2020-09-01/2020-12-31~",
            NotBefore {
                day: day("2020-01-01"),
            },
        ),
        (
            THU,
            "In 2019, 50 people died in clashes over water.",
            "2019",
            "2019",
            NotBefore {
                day: day("2019-01-01"),
            },
        ),
        (
            THU,
            "Fighting erupted in April 2021 near the border.",
            "April 2021",
            "2021-04",
            NotBefore {
                day: day("2021-04-01"),
            },
        ),
        (
            THU,
            "The attack came on Thursday, Sept. 16, 2021.",
            "Thursday, Sept. 16, 2021",
            "2021-09-16",
            NotBefore {
                day: day("2021-09-16"),
            },
        ),
        (
            FRI,
            "وهي أسوأ اشتباكات منذ عام 2021.",
            "عام 2021",
            "2021",
            NotBefore {
                day: day("2021-01-01"),
            },
        ),
    ];
    let mut failures = Vec::new();
    for (published, phrase, span, edtf, clue) in cases {
        let found = tagged(published, phrase);
        let shown = || {
            found
                .iter()
                .map(|e| {
                    format!(
                        "«{}» {:?} {:?}",
                        e.text,
                        e.date.map(|d| d.to_edtf()),
                        e.clue
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        match found.iter().find(|e| e.text == span) {
            Some(e)
                if e.clue == Some(clue) && e.date.map(|d| d.to_edtf()).as_deref() == Some(edtf) => {
            }
            _ => failures.push(format!(
                "«{phrase}»: want «{span}» {edtf} {clue:?}; found [{}]",
                shown()
            )),
        }
        let others = found.iter().filter(|e| e.clue.is_some()).count();
        if others != 1 {
            failures.push(format!("«{phrase}»: {others} clues: [{}]", shown()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn no_clue_where_the_words_allow_another_reading() {
    let cases = [
        // A weekday in a list, a possessive, a bare weekday.
        "Talks run today, Thursday and Friday.",
        "Voters cast ballots today, Thursday's count follows.",
        "Border guards met on Thursday.",
        "The talks ended on Monday, today officials said.",
        // Years of plans, deadlines and what is to come.
        "The elections, due in 2024, were postponed until 2025.",
        "The two sides agreed to hold elections in 2024.",
        "The deadline was in 2025.",
        "A deal reached in 2025 would end the war.",
        "The two sides signed an agreement on elections in 2024.",
        "In 2025, the two sides will hold talks.",
        "If fighting erupted in 2025, the talks would collapse.",
        "The vote was moved to 2025.",
        "ستجرى الانتخابات في عام 2024.",
        // A count after "last year" is not a year; a date with its year is no weekday clue.
        "Last year, 2000 people fled the fighting.",
        "The summit is set for Thursday, Sept. 16, 2027.",
    ];
    let mut failures = Vec::new();
    for phrase in cases {
        for e in tagged(THU, phrase) {
            if let Some(c) = e.clue {
                failures.push(format!("«{phrase}»: «{}» gives {c:?}", e.text));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
