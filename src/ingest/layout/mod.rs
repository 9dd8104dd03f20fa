//! Stage 1, layout: what a report is before its sentences are read. Its front matter
//! ([`frontmatter`]); its language, by flag, front matter or script ([`language`]); its page
//! furniture, headline and dateline lines ([`furniture`]); its publication day, from flag, front
//! matter or dateline, settled by the text's own clues ([`dateline`]); and the head of its first
//! paragraph that names where it was written, not where anything happened.
//!
//! Entry point: [`read`].

pub mod dateline;
pub mod frontmatter;
pub mod furniture;
pub mod language;

use chrono::{Datelike, NaiveDate};

use super::lexicon::LangTag;
use super::{IngestOptions, Vocabulary};
use crate::tagger::Lang;

use dateline::Settled;
use frontmatter::FrontMatter;
use furniture::Layout;
use language::Detected;

/// A report laid out: everything the later stages read it with.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    pub front: FrontMatter,
    /// The text after the front matter: the report itself.
    pub text: &'a str,
    pub lang: Lang,
    pub lang_tag: LangTag,
    /// Its lines: content, furniture, headline, dateline.
    pub layout: Layout,
    pub published: NaiveDate,
    /// A byte range whose words name where the report was written (the dateline at the head of
    /// the first paragraph, "BISHKEK, May 1 (Reuters) -", or a wire head with no date): no
    /// event, actor or place is read in it.
    pub skip: Option<(usize, usize)>,
}

/// Lay out a report (with optional front matter). What was inferred is added to `notes`; a
/// report that cannot be read as it is gives the message that says what to do.
pub fn read<'a>(
    raw: &'a str,
    options: &IngestOptions,
    vocab: &Vocabulary,
    notes: &mut Vec<String>,
) -> Result<Page<'a>, String> {
    let (front, text) = front_matter(raw, notes)?;
    let lang = language(options, &front, text, notes)?;
    let lang_tag = match lang {
        Lang::Ar => LangTag::Ar,
        Lang::En => LangTag::En,
        Lang::Ru => LangTag::Ru,
    };
    let title_hint = options.title.as_deref().or(front.title.as_deref());
    let layout = lines(text, vocab, lang_tag, title_hint, notes)?;
    let published = publication_day(options, &front, text, &layout, lang, vocab, notes)?;
    let skip = place_of_writing(text, &layout);
    Ok(Page {
        front,
        text,
        lang,
        lang_tag,
        layout,
        published,
        skip,
    })
}

/// The front matter and the text after it, which must hold some words.
fn front_matter<'a>(
    raw: &'a str,
    notes: &mut Vec<String>,
) -> Result<(FrontMatter, &'a str), String> {
    let (fm, body_at) = frontmatter::split(raw)?;
    let text = &raw[body_at..];
    if !text.chars().any(char::is_alphanumeric) {
        return Err("the report has no text after its front matter".into());
    }
    if !fm.unknown.is_empty() {
        notes.push(format!(
            "front matter keys ignored: {}",
            fm.unknown.join(", ")
        ));
    }
    Ok((fm, text))
}

/// The language: the flag, else the front matter, else the script and common words; only
/// Arabic, English and Russian are read.
fn language(
    options: &IngestOptions,
    fm: &FrontMatter,
    text: &str,
    notes: &mut Vec<String>,
) -> Result<Lang, String> {
    let lang = choose_language(options.lang, fm.language.as_deref(), text)?;
    if options.lang.is_none() && fm.language.is_none() {
        notes.push(format!(
            "language: {} (by script and common words)",
            lang_name(lang)
        ));
    }
    Ok(lang)
}

/// Page furniture, headline and dateline lines; at least one line must read as content.
fn lines(
    text: &str,
    vocab: &Vocabulary,
    lang: LangTag,
    title_hint: Option<&str>,
    notes: &mut Vec<String>,
) -> Result<Layout, String> {
    let layout = furniture::classify(text, &vocab.lexicon, &vocab.calendar, lang, title_hint);
    let dropped = layout.furniture(text);
    if !dropped.is_empty() {
        let shown: Vec<String> = dropped
            .iter()
            .take(8)
            .map(|(l, _)| format!("'{}'", clip(l, 40)))
            .collect();
        let more = if dropped.len() > 8 {
            format!(" and {} more", dropped.len() - 8)
        } else {
            String::new()
        };
        notes.push(format!(
            "page furniture left out: {}{more}",
            shown.join(", ")
        ));
    }
    if layout.content().next().is_none() {
        return Err(
            "no paragraph of the report reads as content (everything looks like page furniture)"
                .into(),
        );
    }
    Ok(layout)
}

/// The words at the head of the first paragraph that name where the report was written: the
/// dateline there, which runs to the dash that ends it, or a wire head with no date
/// ("BISHKEK, Kyrgyzstan (AP) —").
fn place_of_writing(text: &str, layout: &Layout) -> Option<(usize, usize)> {
    let dateline_head = layout
        .dateline
        .as_ref()
        .filter(|d| {
            layout
                .content()
                .any(|l| l.start <= d.start && d.end <= l.end)
        })
        .map(|d| {
            // The dateline at the head of a paragraph runs to the dash that ends it.
            let rest = &text[d.end..];
            // Or to the agency's mark of a Russian wire ("/ТАСС/.", "— РИА Новости.").
            let end = dateline::agency_tail(&rest[..rest.floor_char_boundary(200)]).map_or_else(
                || {
                    rest.char_indices()
                        .take(80)
                        .find(|(_, c)| matches!(c, '-' | '–' | '—' | ':'))
                        .map_or(d.end, |(i, c)| d.end + i + c.len_utf8())
                },
                |n| d.end + n,
            );
            let line_start = layout
                .content()
                .find(|l| l.start <= d.start && d.end <= l.end)
                .map_or(d.start, |l| l.start);
            (line_start, end)
        });
    // A wire head with no date ("BISHKEK, Kyrgyzstan (AP) —") names where the report was
    // written, not where anything happened.
    dateline_head.or_else(|| {
        let first = layout.content().next()?;
        wire_head(&text[first.start..first.end]).map(|n| (first.start, first.start + n))
    })
}

/// The length of a wire head at the start of a paragraph: a place in capitals, perhaps more
/// words, an agency in brackets and a dash ("BISHKEK, Kyrgyzstan (AP) —", "KHARTOUM (Reuters) -"),
/// or the Arabic press's place, dash, agency and colon ("بيشكيك - وكالات:", "دوشنبه – أ ف ب:").
fn wire_head(line: &str) -> Option<usize> {
    bracketed_wire_head(line).or_else(|| colon_wire_head(line))
}

/// "بيشكيك - وكالات:": one to three words, a dash between spaces, one to four words with no
/// digits and no sentence mark, and a colon, all within the first 60 bytes or so.
fn colon_wire_head(line: &str) -> Option<usize> {
    let (dash, dash_char) = line
        .char_indices()
        .take(40)
        .find(|(_, c)| matches!(c, '-' | '–' | '—'))?;
    let place = &line[..dash];
    let after = dash + dash_char.len_utf8();
    let colon = after
        + line[after..]
            .char_indices()
            .take(35)
            .find(|&(_, c)| c == ':')?
            .0;
    let agency = &line[after..colon];
    let words = |s: &str| s.split_whitespace().count();
    let plain = |s: &str| {
        !s.chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | '،' | ',' | '!' | '?' | '؟'))
    };
    let spaced = place.ends_with(char::is_whitespace) && agency.starts_with(char::is_whitespace);
    (spaced
        && (1..=3).contains(&words(place))
        && (1..=4).contains(&words(agency))
        && plain(place)
        && plain(agency))
    .then_some(colon + 1)
}

fn bracketed_wire_head(line: &str) -> Option<usize> {
    let open = line.find('(').filter(|&i| i > 0 && i <= 60)?;
    let first_word: String = line
        .chars()
        .take_while(|c| c.is_alphabetic() || matches!(c, '/' | '-' | '.' | '\''))
        .collect();
    let letters = first_word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = !first_word.chars().any(char::is_lowercase);
    let capitalised = first_word.chars().next().is_some_and(char::is_uppercase);
    if letters < 3 || !(capitals || capitalised) {
        return None;
    }
    let close = open + line[open..].find(')')?;
    // (Counted in characters: an Arabic agency's name takes two bytes a letter.)
    if line[open..close].chars().count() > 40 {
        return None;
    }
    // "Islamabad (AFP) –": a place written in title case, then one word, the agency.
    if !capitals && line[open + 1..close].contains(char::is_whitespace) {
        return None;
    }
    let rest = &line[close + 1..];
    let trimmed = rest.trim_start();
    let dash = trimmed
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    Some(close + 1 + (rest.len() - trimmed.len()) + dash.len_utf8())
}

fn lang_name(l: Lang) -> &'static str {
    match l {
        Lang::Ar => "Arabic",
        Lang::En => "English",
        Lang::Ru => "Russian",
    }
}

fn choose_language(flag: Option<Lang>, front: Option<&str>, text: &str) -> Result<Lang, String> {
    if let Some(l) = flag {
        return Ok(l);
    }
    let (detected, by) = match front {
        Some(code) => (
            language::from_code(code),
            format!("its front matter says language: {code}"),
        ),
        None => (
            language::detect(text),
            "by its script and words".to_string(),
        ),
    };
    match detected {
        Detected::Arabic => Ok(Lang::Ar),
        Detected::English => Ok(Lang::En),
        Detected::Russian => Ok(Lang::Ru),
        Detected::Other(name) => Err(format!(
            "the report is in {name} ({by}); tarikh reads Arabic, English and Russian reports. Nothing was read; pass --lang ar, en or ru only if the detection is wrong"
        )),
        Detected::Unknown => Err(
            "the report has too little text to tell its language; pass --lang ar, en or ru".into(),
        ),
    }
}

/// The publication day: the flag, else the front matter (a dateline that disagrees is noted),
/// else the dateline settled by the text's clues.
fn publication_day(
    options: &IngestOptions,
    fm: &FrontMatter,
    text: &str,
    layout: &Layout,
    lang: Lang,
    vocab: &Vocabulary,
    notes: &mut Vec<String>,
) -> Result<NaiveDate, String> {
    let from_front = match fm.published.as_deref() {
        Some(v) => Some(dateline::parse_published(v).ok_or_else(|| {
            format!("the front matter's 'published: {v}' is not a day (YYYY-MM-DD); correct it or pass --published YYYY-MM-DD")
        })?),
        None => None,
    };
    let given = options
        .published
        .map(|d| (d, "--published"))
        .or(from_front.map(|d| (d, "the front matter")));
    if let Some((day, by)) = given {
        notes.push(format!("publication date {day} from {by}"));
        if let Some(d) = &layout.dateline {
            let fits = d.readings.iter().any(|r| {
                r.month == day.month()
                    && r.day == day.day()
                    && r.year.is_none_or(|y| y == day.year())
            });
            if !fits {
                notes.push(format!(
                    "the dateline '{}' does not read as {day}; {by} was used",
                    d.text
                ));
            }
        }
        return Ok(day);
    }
    let Some(d) = &layout.dateline else {
        return Err("the report has no publication date: no --published, no 'published' in front matter and no dateline; pass --published YYYY-MM-DD".into());
    };
    let today = options
        .today
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    match dateline::settle(text, d, lang, &vocab.calendar, today) {
        Settled::Day { date, notes: mut n } => {
            notes.append(&mut n);
            Ok(date)
        }
        Settled::Refused { reason } => Err(format!("{reason}; pass --published YYYY-MM-DD")),
    }
}

/// At most `n` characters of `s`, with an ellipsis when cut.
fn clip(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page<'a>(raw: &'a str, options: &IngestOptions) -> Result<(Page<'a>, Vec<String>), String> {
        let mut notes = Vec::new();
        let vocab = Vocabulary::builtin()?;
        read(raw, options, vocab, &mut notes).map(|p| (p, notes))
    }

    #[test]
    fn front_matter_language_and_publication_day() {
        let raw = "---\npublished: 2022-09-16\nsource: Example Wire\n---\nClashes broke out on the border on Wednesday, officials said.\n";
        let (p, notes) = page(raw, &IngestOptions::default()).expect("laid out");
        assert_eq!(
            p.text,
            "Clashes broke out on the border on Wednesday, officials said.\n"
        );
        assert_eq!(p.front.source.as_deref(), Some("Example Wire"));
        assert_eq!(p.lang, Lang::En);
        assert_eq!(p.published.to_string(), "2022-09-16");
        assert_eq!(
            notes,
            [
                "language: English (by script and common words)",
                "publication date 2022-09-16 from the front matter"
            ]
        );
        assert_eq!(p.skip, None);
    }

    #[test]
    fn the_flag_overrides_the_front_matter() {
        let raw = "---\npublished: 2022-09-16\nlanguage: en\n---\nClashes broke out on the border on Wednesday.\n";
        let options = IngestOptions {
            published: NaiveDate::from_ymd_opt(2022, 9, 20),
            ..Default::default()
        };
        let (p, notes) = page(raw, &options).expect("laid out");
        assert_eq!(p.published.to_string(), "2022-09-20");
        assert_eq!(notes, ["publication date 2022-09-20 from --published"]);
    }

    #[test]
    fn the_head_of_a_wire_report_names_where_it_was_written() {
        let raw = "---\npublished: 2022-09-16\n---\nBISHKEK, Kyrgyzstan (AP) — Fighting resumed on the border on Friday.\n";
        let (p, _) = page(raw, &IngestOptions::default()).expect("laid out");
        let (a, b) = p.skip.expect("a wire head");
        assert_eq!(&p.text[a..b], "BISHKEK, Kyrgyzstan (AP) —");
        let raw = "---\npublished: 2022-09-16\n---\nBISHKEK, Sept 16 (Example Wire) - Fighting resumed on Friday.\n";
        let (p, _) = page(raw, &IngestOptions::default()).expect("laid out");
        let (a, b) = p.skip.expect("a dateline head");
        assert_eq!(&p.text[a..b], "BISHKEK, Sept 16 (Example Wire) -");
    }

    #[test]
    fn the_head_of_a_russian_wire_runs_to_the_agency_mark() {
        for (line, head) in [
            (
                "БИШКЕК, 16 сентября. /ТАСС/. Перестрелка на границе возобновилась утром.",
                "БИШКЕК, 16 сентября. /ТАСС/.",
            ),
            (
                "ОШ, 3 марта. /Корр. ТАСС Иван Петров/. Пограничники открыли огонь — сообщил источник.",
                "ОШ, 3 марта. /Корр. ТАСС Иван Петров/.",
            ),
            (
                "Душанбе. 11 июня. INTERFAX.RU - Стороны договорились о прекращении огня.",
                "Душанбе. 11 июня. INTERFAX.RU -",
            ),
            (
                "ХУДЖАНД, 2 окт — РИА Новости. Делегации провели переговоры в Худжанде.",
                "ХУДЖАНД, 2 окт — РИА Новости.",
            ),
        ] {
            let raw = format!("---\npublished: 2022-09-16\n---\n{line}\n");
            let (p, _) = page(&raw, &IngestOptions::default()).expect("laid out");
            assert_eq!(p.lang, Lang::Ru);
            let (a, b) = p.skip.expect("a dateline head");
            assert_eq!(&p.text[a..b], head);
        }
    }

    #[test]
    fn a_russian_wire_without_a_year_asks_for_the_day() {
        let raw = "БИШКЕК, 16 сентября. /ТАСС/. Перестрелка на кыргызско-таджикской границе возобновилась утром, сообщили в погранслужбе.\n";
        let options = IngestOptions {
            today: NaiveDate::from_ymd_opt(2024, 1, 1),
            ..Default::default()
        };
        let e = page(raw, &options).expect_err("no year");
        assert!(e.contains("--published"), "{e}");
    }

    #[test]
    fn an_arabic_wire_head_with_two_cities_and_a_long_agency_name() {
        let head = "بيشكيك - دوشنبه (الوكالة الإقليمية للأنباء) -";
        assert_eq!(
            wire_head(&format!("{head} قالت وزارة الصحة إن عدد القتلى ارتفع.")),
            Some(head.len())
        );
    }

    #[test]
    fn a_wire_head_in_title_case_names_where_the_report_was_written() {
        let head = "Islamabad (AFP) –";
        assert_eq!(
            wire_head("Islamabad (AFP) – Pakistan struck."),
            Some(head.len())
        );
        // A sentence that starts with a name and a bracket is no wire head.
        assert_eq!(wire_head("Kyrgyzstan (the larger side) - said"), None);
    }

    #[test]
    fn an_arabic_wire_head_runs_to_its_colon() {
        let head = "بيشكيك - وكالات:";
        assert_eq!(
            wire_head("بيشكيك - وكالات: أعلنت وزارة الصحة القرغيزية ارتفاع عدد القتلى."),
            Some(head.len())
        );
        let head = "دوشنبه – أ ف ب:";
        assert_eq!(wire_head("دوشنبه – أ ف ب: قالت الحكومة"), Some(head.len()));
        // A dash inside a sentence, or a colon after a number, is no head.
        assert_eq!(
            wire_head("قال الوزير - في بيان رسمي صدر اليوم عن الوزارة: إن"),
            None
        );
        assert_eq!(wire_head("الحصيلة - حتى الساعة 10: ثلاثة قتلى"), None);
    }

    #[test]
    fn reports_that_cannot_be_read_say_what_to_do() {
        let none = IngestOptions::default();
        let err = page("---\ntitle: x\n---\n  \n", &none).unwrap_err();
        assert_eq!(err, "the report has no text after its front matter");
        let err = page("Clashes broke out on the border on Wednesday.\n", &none).unwrap_err();
        assert!(
            err.contains("no publication date") && err.contains("--published"),
            "{err}"
        );
    }
}
