//! Telling a report's content from its page furniture, line by line, by general rules: lines in
//! the furniture list ("Comments", "عاجل", "Read more ..."), lines repeated from earlier (captions,
//! datelines shown twice), the dateline, short lines with neither sentence punctuation nor
//! event vocabulary (navigation, bylines), and the headline (an unpunctuated line before the
//! first paragraph) which names the report but is not evidence.

use super::dateline::{self, Calendar, Dateline};
use crate::ingest::lexicon::{LangTag, Lexicon};
use crate::ingest::text::{fold, folded_words, minute_of, tokenize, word_spans};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    Content,
    /// The headline.
    Title,
    Dateline,
    /// Not content, with the reason.
    Furniture(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// Byte range in the text, without the line break.
    pub start: usize,
    pub end: usize,
    pub kind: LineKind,
}

/// The lines of a report, classified, and its dateline if one was seen.
#[derive(Debug, Clone)]
pub struct Layout {
    pub lines: Vec<Line>,
    pub dateline: Option<Dateline>,
}

impl Layout {
    pub fn content(&self) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(|l| l.kind == LineKind::Content)
    }

    pub fn title_text<'a>(&self, text: &'a str) -> Option<&'a str> {
        self.lines
            .iter()
            .find(|l| l.kind == LineKind::Title)
            .map(|l| text[l.start..l.end].trim())
    }

    /// Lines dropped as furniture, as written, with the reason.
    pub fn furniture<'a>(&self, text: &'a str) -> Vec<(&'a str, &'static str)> {
        self.lines
            .iter()
            .filter_map(|l| match l.kind {
                LineKind::Furniture(why) => Some((text[l.start..l.end].trim(), why)),
                _ => None,
            })
            .collect()
    }
}

/// A photo caption: a line that ends with a photo credit ("(AP Photo/Jane Roe)", "[File:
/// Reuters]") or, after its last sentence, a short bracketed source ("... 2023. [Reuters]").
fn photo_credit(line: &str) -> bool {
    let t = line.trim_end();
    let (open, close) = match t.chars().last() {
        Some(')') => ('(', ')'),
        Some(']') => ('[', ']'),
        _ => return false,
    };
    let Some(at) = t.rfind(open) else {
        return false;
    };
    let inner = &t[at + open.len_utf8()..t.len() - close.len_utf8()];
    let lower = inner.to_lowercase();
    let credit_word = ["photo", "getty", "file:", "image"]
        .iter()
        .any(|w| lower.contains(w));
    let short_source = open == '['
        && inner.split_whitespace().count() <= 4
        && t[..at].trim_end().ends_with(['.', '!', '?']);
    credit_word || short_source
}

/// The line ends with a short credit in brackets: "(رويترز)", "(الفرنسية)".
fn credit_at_end(line: &str) -> bool {
    let t = line.trim_end();
    let Some(body) = t.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let inside = &body[open + 1..];
    let words = tokenize(inside, 0);
    !words.is_empty() && words.len() <= 4 && !inside.chars().any(|c| c.is_ascii_digit()) && open > 0
}

fn ends_like_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    t.ends_with(['.', '!', '?', '؟', '…', '؛'])
}

/// A post stamped with a clock time and told in a sentence after it ("Updated at 13:40. Several
/// hundred students gathered ...", "Обновлено в 21:40. Лидеры ... объявили ..."): content, though
/// its first word is an update line's.
fn post_told_after_stamp(line: &str) -> bool {
    // (A colon clock: a dotted "16.10" may be a date.)
    let is_clock = |w: &str| {
        let w = w.trim_end_matches(['.', ',', ':', '-', '–', '—', '|']);
        w.contains(':') && minute_of(w).is_some()
    };
    let mut words = line.split_whitespace();
    if !words.by_ref().take(6).any(is_clock) {
        return false;
    }
    let told = words.filter(|w| w.chars().any(char::is_alphabetic)).count();
    told >= 5 && ends_like_sentence(line)
}

/// Split `text` into lines and classify them.
/// Bytes beyond which a line is taken for running text without a look at its words.
const LONG_LINE: usize = 4000;

pub fn classify(
    text: &str,
    lex: &Lexicon,
    cal: &Calendar,
    lang: LangTag,
    known_title: Option<&str>,
) -> Layout {
    let mut lines = Vec::new();
    let mut pos = 0;
    for piece in text.split_inclusive('\n') {
        let body = piece.trim_end_matches(['\n', '\r']);
        lines.push(Line {
            start: pos,
            end: pos + body.len(),
            kind: LineKind::Blank,
        });
        pos += piece.len();
    }
    let known_title = known_title.map(|t| {
        tokenize(t, 0)
            .into_iter()
            .map(|t| t.norm)
            .collect::<Vec<_>>()
            .join(" ")
    });
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut dateline: Option<Dateline> = None;
    let mut first_sentence_line: Option<usize> = None;
    // Under a "Read more" head: headlines of other pages until a line of running text.
    let mut in_links = false;
    for (idx, line) in lines.iter_mut().enumerate() {
        let raw = &text[line.start..line.end];
        if raw.trim().is_empty() {
            continue;
        }
        if in_links {
            let t = raw.trim_end();
            if tokenize(raw, 0).len() <= 16 && !t.ends_with('.') {
                line.kind = LineKind::Furniture("link to another page");
                continue;
            }
            in_links = false;
        }
        // A line far longer than any heading, byline, caption or dateline is running text;
        // it is not tokenized here (a text without line breaks is one line).
        if raw.len() > LONG_LINE {
            if !seen.insert(raw.trim().to_string()) {
                line.kind = LineKind::Furniture("repeated line");
                continue;
            }
            line.kind = LineKind::Content;
            if first_sentence_line.is_none() && ends_like_sentence(raw) {
                first_sentence_line = Some(idx);
            }
            continue;
        }
        // Only a short line is made into tokens: a paragraph is content whatever words it
        // has, and its sentences are tokenized when they are read.
        let n_words = word_spans(raw).take(SHORT_LINE_WORDS + 1).count();
        if n_words == 0 {
            line.kind = LineKind::Furniture("no words");
            continue;
        }
        let short = (n_words <= SHORT_LINE_WORDS).then(|| tokenize(raw, line.start));
        // A longer line counts as one word over the limit: every test below is on shorter ones.
        let n_words = short.as_ref().map_or(SHORT_LINE_WORDS + 1, Vec::len);
        let sentence_like = ends_like_sentence(raw);
        let words = match &short {
            Some(tokens) => tokens
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" "),
            // A paragraph that reads as a sentence is asked only whether it repeats: as
            // written, as the longest lines are (folding every paragraph cost a twentieth of
            // reading a report).
            None if sentence_like => raw.trim().to_string(),
            None => folded_words(raw),
        };
        // Only a short line is asked whether it names an event (a paragraph is content
        // whatever it names).
        let has_events = n_words <= 14
            && short
                .as_ref()
                .is_some_and(|tokens| !lex.find_events(tokens, lang).is_empty());
        // The first dateline wins, even on a "Published ..." line.
        if dateline.is_none()
            && !has_events
            && n_words <= 14
            && let Some(d) = dateline::find(text, &[(line.start, line.end)], None, cal)
        {
            dateline = Some(d);
            line.kind = LineKind::Dateline;
        } else if (n_words <= 25 || !sentence_like)
            && lex.is_furniture_line(&words, lang)
            && !post_told_after_stamp(raw)
        {
            line.kind = LineKind::Furniture("navigation or page word");
            in_links = lex.is_list_head(&words, lang);
        } else if photo_credit(raw)
            || (first_sentence_line.is_some()
                && !sentence_like
                && n_words <= 25
                && credit_at_end(raw))
        {
            // "جنود عند نقطة تفتيش (رويترز)": a photo caption after the story has begun.
            line.kind = LineKind::Furniture("photo caption");
        } else if seen.contains(words.as_str()) {
            line.kind = LineKind::Furniture("repeated line");
        } else if known_title.as_deref() == Some(words.as_str()) {
            line.kind = LineKind::Title;
        } else if n_words <= 6 && !sentence_like && !has_events {
            line.kind = LineKind::Furniture("short line without a sentence or event words");
        } else {
            line.kind = LineKind::Content;
            if sentence_like && first_sentence_line.is_none() {
                first_sentence_line = Some(idx);
            }
        }
        seen.insert(words);
    }
    // The headline: the first unpunctuated content line before the first paragraph.
    let has_title = lines.iter().any(|l| l.kind == LineKind::Title);
    if !has_title {
        let limit = first_sentence_line.unwrap_or(usize::MAX);
        if let Some(line) = lines
            .iter_mut()
            .take(limit)
            .find(|l| l.kind == LineKind::Content)
        {
            let raw = &text[line.start..line.end];
            if !ends_like_sentence(raw) && !has_more_words(raw, 25) && first_sentence_line.is_some()
            {
                line.kind = LineKind::Title;
            }
        }
    }
    // A subheading between paragraphs ("A long history of skirmishes", "اتهامات متبادلة"): a
    // short unpunctuated line standing alone after the story has begun; it sums up, it is not
    // evidence. Arabic paragraphs often end without a stop, so there only a line of five
    // words at most, with no number, counts.
    let longest = if lang == LangTag::En { 10 } else { 5 };
    if let Some(first) = first_sentence_line {
        let blank = |l: Option<&Line>| l.is_none_or(|l| l.kind == LineKind::Blank);
        for idx in first + 1..lines.len() {
            let l = &lines[idx];
            if l.kind != LineKind::Content {
                continue;
            }
            let raw = &text[l.start..l.end];
            if !ends_like_sentence(raw)
                && !raw.trim_end().ends_with([':', ','])
                && !has_more_words(raw, longest)
                && (lang == LangTag::En || !raw.chars().any(|c| c.is_numeric()))
                && blank(idx.checked_sub(1).and_then(|i| lines.get(i)))
                // Alone, or heading the paragraph right under it ("اتهامات متبادلة" then the
                // paragraph on the next line).
                && (blank(lines.get(idx + 1))
                    || lines.get(idx + 1).is_some_and(|n| {
                        n.kind == LineKind::Content
                            && has_more_words(&text[n.start..n.end], longest)
                    }))
            {
                lines[idx].kind = LineKind::Furniture("subheading");
            }
        }
    }
    // A dateline at the head of the first paragraph ("BISHKEK, May 1 (Reuters) -").
    if dateline.is_none()
        && let Some(first) = lines.iter().find(|l| l.kind == LineKind::Content)
    {
        dateline = dateline::find(text, &[], Some((first.start, first.end)), cal);
    }
    let _ = fold;
    Layout { lines, dateline }
}

/// Whether a line has more than `n` words. A line longer than [`LONG_LINE`] has, and is not
/// tokenized to say so (a text without line breaks is one line).
/// The longest line whose words the layout asks anything of (a furniture line, a caption, a
/// dateline): longer ones are paragraphs.
const SHORT_LINE_WORDS: usize = 25;

fn has_more_words(raw: &str, n: usize) -> bool {
    raw.len() > LONG_LINE || tokenize(raw, 0).len() > n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str, lang: LangTag) -> Vec<LineKind> {
        let lex = Lexicon::builtin().unwrap();
        let cal = Calendar::builtin().unwrap();
        classify(text, &lex, &cal, lang, None)
            .lines
            .into_iter()
            .filter(|l| l.kind != LineKind::Blank)
            .map(|l| l.kind)
            .collect()
    }

    #[test]
    fn arabic_page() {
        let text = "الرئيسية\n\nاشتباكات على الحدود بين البلدين\n\n05/11 10:00\n\nاندلعت اشتباكات على الحدود يوم الخميس.\n\nوقالت السلطات إن الوضع هادئ الآن.\n\nاقرأ أيضا: أخبار أخرى\n\nتعليقات\n\nعاجل\n";
        let k = kinds(text, LangTag::Ar);
        assert_eq!(
            k,
            vec![
                LineKind::Furniture("navigation or page word"),
                LineKind::Title,
                LineKind::Dateline,
                LineKind::Content,
                LineKind::Content,
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("navigation or page word"),
            ]
        );
    }

    #[test]
    fn headlines_after_read_also_are_links() {
        let text = "اشتباكات على الحدود\n\nاندلعت اشتباكات على الحدود يوم الخميس.\n\nاقرأ أيضا\n\nالبلدان يعلنان الحداد على ضحايا الاشتباكات\n\nوقالت السلطات إن الوضع هادئ الآن.\n";
        let k = kinds(text, LangTag::Ar);
        assert_eq!(
            k,
            vec![
                LineKind::Title,
                LineKind::Content,
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("link to another page"),
                LineKind::Content,
            ]
        );
    }

    #[test]
    fn captions_with_a_credit_are_not_content() {
        let text = "اشتباكات على الحدود\n\nاندلعت اشتباكات على الحدود يوم الخميس.\n\nآثار القصف على منزل في قرية حدودية (رويترز)\n\nوقالت السلطات إن الوضع هادئ الآن.\n";
        let k = kinds(text, LangTag::Ar);
        assert_eq!(
            k,
            vec![
                LineKind::Title,
                LineKind::Content,
                LineKind::Furniture("photo caption"),
                LineKind::Content,
            ]
        );
    }

    #[test]
    fn english_page_with_repeats_and_bylines() {
        let text = "Skip to main content\nBorder clashes kill two\nBy Jane Roe\nTwo guards were killed in clashes on Monday.\nPhoto: guards at the border post\nPhoto: guards at the border post\nShare\nReporting by Jane Roe; Editing by John Doe\n";
        let k = kinds(text, LangTag::En);
        assert_eq!(
            k,
            vec![
                LineKind::Furniture("navigation or page word"),
                LineKind::Title,
                LineKind::Furniture("short line without a sentence or event words"),
                LineKind::Content,
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("navigation or page word"),
                LineKind::Furniture("navigation or page word"),
            ]
        );
    }

    #[test]
    fn a_press_release_header_is_no_release_of_prisoners() {
        let text = "FOR IMMEDIATE RELEASE\nEMBARGOED UNTIL 00:01 GMT, 25 APRIL\nGuards fired on returnees\nBorder guards fired on returnees on Monday.\n";
        let k = kinds(text, LangTag::En);
        assert_eq!(k[0], LineKind::Furniture("navigation or page word"));
        assert_eq!(k[1], LineKind::Furniture("navigation or page word"));
        assert_eq!(k[3], LineKind::Content);
    }
}
