//! Table tests of the temporal tagger on Russian: each line of `tests/data/tagger/ru.tsv` is a
//! phrase, the publication day, the span the tagger must find and the EDTF it must resolve to,
//! and optionally the EDTF of the reading not taken (`alternative`; `-` for none). A span of
//! `-` means nothing may be found in the phrase; an EDTF of `none` means the expression is
//! found but given no date.
//!
//! Every row is read twice, with the language given and found by script, and every
//! expression found in Russian text must be named for Russian (`ru.*`, or a range or numeric
//! date, which are no language's).
//!
//! Columns: published, phrase, span, edtf[, alternative]. `#` starts a comment line.

use chrono::NaiveDate;
use tarikh::date::IncidentDate;
use tarikh::tagger::{Lang, TagOptions, TemporalExpr, tag};

fn edtf(d: Option<IncidentDate>) -> String {
    d.map_or("none".to_string(), |d| d.to_edtf())
}

fn shown(found: &[TemporalExpr]) -> String {
    found
        .iter()
        .map(|e| format!("«{}» {} ({})", e.text, edtf(e.date), e.rule))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The failures of one row, read with `lang`.
fn check_row(
    published: NaiveDate,
    phrase: &str,
    span: &str,
    want: &str,
    want_alt: Option<&str>,
    lang: Option<Lang>,
) -> Vec<String> {
    let found = tag(phrase, &TagOptions { published, lang });
    let mut failures = Vec::new();
    let mut fail = |why: String| {
        failures.push(format!(
            "«{phrase}» ({published}, {lang:?}): {why}; found: [{}]",
            shown(&found)
        ))
    };
    for e in &found {
        let named = e.rule.starts_with("ru.") || e.rule == "range" || e.rule.starts_with("numeric");
        if !named {
            fail(format!("«{}» is named {}, not for Russian", e.text, e.rule));
        }
    }
    if span == "-" {
        if !found.is_empty() {
            fail("expected nothing".into());
        }
        return failures;
    }
    let Some(e) = found.iter().find(|e| e.text == span) else {
        fail(format!("expected span «{span}»"));
        return failures;
    };
    match (want, e.date) {
        ("none", None) => {}
        ("none", Some(d)) => fail(format!("expected no date, got {}", d.to_edtf())),
        (want, Some(d)) => {
            let want_date: IncidentDate = want
                .parse()
                .unwrap_or_else(|err| panic!("bad EDTF {want}: {err}"));
            if d.to_edtf() != want || d.precision() != want_date.precision() {
                fail(format!("expected {want}, got {}", d.to_edtf()));
            }
        }
        (want, None) => fail(format!("expected {want}, got no date")),
    }
    if let Some(alt) = want_alt {
        let got = e.alternative.map_or("-".to_string(), |a| a.to_edtf());
        if got != alt {
            fail(format!("expected the alternative {alt}, got {got}"));
        }
    }
    failures
}

#[test]
fn russian_phrases() {
    let path = format!("{}/tests/data/tagger/ru.tsv", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let (mut rows, mut negative) = (0, 0);
    let mut failures = Vec::new();
    for (n, line) in data.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let (published, phrase, span, want, alt) = match cols[..] {
            [p, ph, s, w] => (p, ph, s, w, None),
            [p, ph, s, w, a] => (p, ph, s, w, Some(a)),
            _ => {
                failures.push(format!("ru.tsv:{}: expected 4 or 5 columns", n + 1));
                continue;
            }
        };
        rows += 1;
        negative += usize::from(span == "-");
        let published = NaiveDate::parse_from_str(published, "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("ru.tsv:{}: bad day {published}: {e}", n + 1));
        for lang in [Some(Lang::Ru), None] {
            for f in check_row(published, phrase, span, want, alt, lang) {
                failures.push(format!("ru.tsv:{}: {f}", n + 1));
            }
        }
    }
    assert!(rows >= 300, "only {rows} rows");
    assert!(negative >= 40, "only {negative} rows that must not match");
    assert!(
        failures.is_empty(),
        "{} failures in {rows} rows:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Russian words are read only when the text is Russian or its language is left to the
/// script: a Russian date in a text given as Arabic or English is none of theirs.
#[test]
fn russian_words_only_in_russian_or_unknown_text() {
    let published = NaiveDate::from_ymd_opt(2024, 5, 3).expect("day");
    let text = "29 апреля на посту стреляли";
    for lang in [Some(Lang::Ar), Some(Lang::En)] {
        assert!(tag(text, &TagOptions { published, lang }).is_empty());
    }
    let found = tag(
        text,
        &TagOptions {
            published,
            lang: Some(Lang::Ru),
        },
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].text, "29 апреля");
}

/// Offsets of what the folder changed (capitals, ё, a Latin letter in a Cyrillic word, a
/// soft hyphen, a decomposed letter, a stress accent) are those of the input as written.
#[test]
fn spans_are_slices_of_the_text_as_written() {
    let published = NaiveDate::from_ymd_opt(2022, 9, 20).expect("day");
    let text = "«ВСТРЕЧА НАМЕЧЕНА НА 12\u{A0}СЕН\u{AD}ТЯБРЯ», — сообщил он. Бои шли 1\u{2060}4 сeнтября \
                и 15 сентя\u{301}бря; Четве\u{308}ртого сентября и в ма\u{438}\u{306} 2021 года.";
    let found = tag(
        text,
        &TagOptions {
            published,
            lang: Some(Lang::Ru),
        },
    );
    for e in &found {
        assert_eq!(&text[e.start..e.end], e.text);
    }
    let texts: Vec<&str> = found.iter().map(|e| e.text.as_str()).collect();
    assert!(texts.contains(&"12\u{A0}СЕН\u{AD}ТЯБРЯ"), "{texts:?}");
    assert!(texts.contains(&"1\u{2060}4 сeнтября"), "{texts:?}");
    assert!(texts.contains(&"15 сентя\u{301}бря"), "{texts:?}");
    assert!(texts.contains(&"Четве\u{308}ртого сентября"), "{texts:?}");
    assert!(texts.contains(&"ма\u{438}\u{306} 2021 года"), "{texts:?}");
}

/// The reading of прошлый and следующий with a weekday: the day of the week before or after
/// the publication day's, approximate (with a note naming the nearer day) where the nearest
/// such day differs.
#[test]
fn calendar_week_readings_say_when_they_differ_from_the_nearest_day() {
    let published = NaiveDate::from_ymd_opt(2024, 1, 10).expect("a Wednesday");
    let read = |text: &str| {
        tag(
            text,
            &TagOptions {
                published,
                lang: Some(Lang::Ru),
            },
        )
        .into_iter()
        .next()
        .expect("found")
    };
    let monday = read("В прошлый понедельник погибли двое.");
    assert_eq!(edtf(monday.date), "2024-01-01~");
    assert!(
        monday
            .note
            .as_deref()
            .is_some_and(|n| n.contains("2024-01-08")),
        "{:?}",
        monday.note
    );
    let thursday = read("В прошлый четверг погибли двое.");
    assert_eq!(edtf(thursday.date), "2024-01-04");
    assert_eq!(thursday.note, None);
    let friday = read("В следующую пятницу состоится встреча.");
    assert_eq!(edtf(friday.date), "2024-01-19~");
    assert!(
        friday
            .note
            .as_deref()
            .is_some_and(|n| n.contains("2024-01-12"))
    );
}

/// "сегодня, в среду", "вчера, во вторник": the publication day's weekday, for a dateline with
/// no year; a day word that disagrees with its weekday keeps its day, with a note.
#[test]
fn a_day_word_beside_its_weekday_names_the_publication_weekday() {
    use chrono::Weekday;
    use tarikh::tagger::PublicationClue;
    let published = NaiveDate::from_ymd_opt(2022, 9, 16).expect("a Friday");
    let read = |text: &str| {
        tag(
            text,
            &TagOptions {
                published,
                lang: Some(Lang::Ru),
            },
        )
        .into_iter()
        .next()
        .expect("found")
    };
    let today = read("Сегодня, в пятницу, на границе спокойно.");
    assert_eq!(
        today.clue,
        Some(PublicationClue::TodayIs {
            weekday: Weekday::Fri
        })
    );
    assert_eq!(today.note, None);
    let yesterday = read("Вчера, в среду, на границе стреляли.");
    assert_eq!(edtf(yesterday.date), "2022-09-15");
    assert_eq!(
        yesterday.clue,
        Some(PublicationClue::TodayIs {
            weekday: Weekday::Thu
        })
    );
    assert!(yesterday.note.is_some());
}

/// Rules that read a date inside another ("накануне 30 апреля", "в ночь на 14 сентября") do
/// not come back to themselves: a long run of such words is read without deep recursion.
#[test]
fn a_run_of_eve_and_night_words_is_read_flat() {
    let published = NaiveDate::from_ymd_opt(2024, 5, 3).expect("day");
    for piece in ["накануне ", "накануне, ", "в ночь на ", "ночь с 1 на "]
    {
        let text = piece.repeat(20_000) + "30 апреля";
        let found = tag(
            &text,
            &TagOptions {
                published,
                lang: Some(Lang::Ru),
            },
        );
        assert!(
            found.iter().any(|e| e.text.ends_with("30 апреля")),
            "{piece}"
        );
    }
}

/// "Накануне" alone is the eve of the date its paragraph last told; in a paragraph that has
/// told none yet, of the report's day, as the news tells each paragraph from its own day.
#[test]
fn an_eve_counts_from_the_date_of_its_own_paragraph() {
    let published = NaiveDate::from_ymd_opt(2022, 8, 5).expect("a day");
    let eve = |text: &str| -> Vec<String> {
        tag(
            text,
            &TagOptions {
                published,
                lang: Some(Lang::Ru),
            },
        )
        .into_iter()
        .filter(|e| e.text.to_lowercase().starts_with("накануне"))
        .map(|e| edtf(e.date))
        .collect()
    };
    let told = "Минобороны в среду вечером заявило о нарушении перемирия.";
    assert_eq!(
        eve(&format!(
            "{told}\n\nДипломатия. Накануне премьер провел переговоры."
        )),
        ["2022-08-04"]
    );
    assert_eq!(
        eve(&format!("{told} Накануне премьер провел переговоры.")),
        ["2022-08-02"]
    );
    assert_eq!(
        eve("Накануне в ведомстве заявили о переговорах."),
        ["2022-08-04"]
    );
}

/// A range of parts of months with no year ("в конце августа — начале сентября"), in an
/// anniversary piece that goes on with the story of a past year, is of that year, as a day or
/// a month with no year is.
#[test]
fn a_yearless_range_of_parts_goes_on_with_the_story() {
    let published = NaiveDate::from_ymd_opt(2019, 8, 7).expect("a day");
    let text = "В середине августа 1999 года шли бои в Ботлихском районе. \
        В конце августа — начале сентября федеральные силы провели операцию в Кадарской зоне.";
    let found = tag(
        text,
        &TagOptions {
            published,
            lang: Some(Lang::Ru),
        },
    );
    let range = found
        .iter()
        .find(|e| e.text.contains("начале сентября"))
        .expect("the range is read");
    assert_eq!(
        edtf(range.date),
        "1999-08-21/1999-09-10~",
        "{}",
        shown(&found)
    );
}
