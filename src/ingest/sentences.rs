//! Sentences: content lines (paragraphs) split on Arabic and Latin sentence punctuation
//! (. ! ? ؟ ؛ …), keeping byte offsets into the report text. A period after an abbreviation,
//! an initial or inside a number does not end a sentence.

use super::layout::furniture::Layout;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the report text.
    pub start: usize,
    pub end: usize,
    /// Index of the paragraph (content line) it belongs to, from 0.
    pub paragraph: usize,
}

const ABBREVIATIONS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "col",
    "lt",
    "maj",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "st",
    "jr",
    "sr",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "corp",
    "e.g",
    "i.e",
    "approx",
    "est",
    "u.s",
    "u.n",
    "u.k",
    "a.m",
    "p.m",
    "dept",
    "adm",
    "brig",
    "cmdr",
    "pres",
    "vol",
    "fig",
    "mt",
    "ft",
    // Russian: street, region, district, village, named after, that is, article, part, thousand,
    // million, about, over, see, Mr, deputy, acting; in addresses, block, building, flat,
    // square, embankment, point.
    "ул",
    "корп",
    "стр",
    "кв",
    "пл",
    "наб",
    "п",
    "обл",
    "им",
    "т.е",
    "т.н",
    "т.к",
    "ст",
    "ч",
    "пос",
    "с",
    "д",
    "тыс",
    "млн",
    "млрд",
    "ок",
    "св",
    "см",
    "зам",
    "и.о",
    "пгт",
    "мкр",
    "пр",
    "пер",
    "просп",
    "ген",
    "напр",
    "янв",
    "февр",
    "апр",
    "авг",
    "сент",
    "окт",
    "нояб",
    "дек",
];

/// The longest sentence kept whole, in words and in bytes. News sentences stay well under it
/// (the longest in the development sets has 73 words, 430 characters); a text without sentence
/// punctuation (a transcript, a damaged or hostile file) is cut into pieces no longer than
/// this, at a clause mark when there is one, so that the work per sentence stays bounded and
/// reading stays linear in the length of the text.
const MAX_WORDS: usize = 120;
const MAX_BYTES: usize = 2000;

/// Marks that may close a sentence after its final stop: quotes, brackets, and the asterisks
/// of a bold or italic run-in head ("**The army steps in.** On Saturday ...").
fn closes(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '›' | '*')
}

/// Split the content lines of a layout into sentences.
pub fn split(text: &str, layout: &Layout) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (paragraph, line) in layout.content().enumerate() {
        split_line(text, line.start, line.end, paragraph, &mut out);
    }
    out
}

fn split_line(text: &str, start: usize, end: usize, paragraph: usize, out: &mut Vec<Sentence>) {
    let line = &text[start..end];
    let mut sent_start = 0usize;
    let mut chars = line.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '؟' | '؛' | '…') {
            continue;
        }
        // Swallow runs of terminal marks and closing quotes/brackets.
        while chars
            .next_if(|&(_, n)| matches!(n, '.' | '!' | '?' | '؟' | '…') || closes(n))
            .is_some()
        {}
        let next = chars.peek().copied();
        let followed_by_space = next.is_some_and(|(_, n)| n.is_whitespace());
        if (next.is_none() || followed_by_space) && !(c == '.' && is_non_final_period(line, pos)) {
            let end_byte = next.map_or(line.len(), |(p, _)| p);
            push(out, text, start, sent_start, end_byte, paragraph);
            sent_start = end_byte;
        }
    }
    push(out, text, start, sent_start, line.len(), paragraph);
}

fn push(out: &mut Vec<Sentence>, text: &str, base: usize, a: usize, b: usize, paragraph: usize) {
    let piece = &text[base + a..base + b];
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    if !piece.trim().chars().any(|c| c.is_alphanumeric()) {
        return;
    }
    let (start, end) = (base + a + lead, base + b - trail);
    if end - start < 2 * MAX_WORDS {
        // Too short to hold more than MAX_WORDS words (each takes a byte and a space): no need
        // to count them.
        out.push(Sentence {
            start,
            end,
            paragraph,
        });
        return;
    }
    for (s, e) in bounded_pieces(&text[start..end]) {
        let part = &text[start + s..start + e];
        let lead = part.len() - part.trim_start().len();
        let trail = part.len() - part.trim_end().len();
        if part.trim().chars().any(|c| c.is_alphanumeric()) {
            out.push(Sentence {
                start: start + s + lead,
                end: start + e - trail,
                paragraph,
            });
        }
    }
}

/// Byte ranges that cut `sentence` into pieces of at most [`MAX_WORDS`] words and
/// [`MAX_BYTES`] bytes: after the last clause mark (a comma, a semicolon, a colon, a dash) in
/// the second half of a piece, or else before the word that goes over. One pass.
fn bounded_pieces(sentence: &str) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut piece_start = 0;
    let mut words = 0;
    // The last place to cut after a clause mark, and the words before it in the piece.
    let mut mark: Option<(usize, usize)> = None;
    let mut last_space = None;
    let mut in_word = false;
    for (pos, c) in sentence.char_indices() {
        if c.is_whitespace() {
            in_word = false;
            last_space = Some(pos);
            continue;
        }
        let over_bytes = pos + c.len_utf8() - piece_start > MAX_BYTES;
        let starts_word = !in_word;
        in_word = true;
        if starts_word {
            words += 1;
        }
        if (starts_word && words > MAX_WORDS) || over_bytes {
            let cut = match mark {
                Some((at, before)) if before >= MAX_WORDS / 2 => {
                    words -= before;
                    at
                }
                _ => {
                    // Before this word, or (one word longer than a piece) right here.
                    words = 1;
                    match last_space {
                        Some(space) if space > piece_start && starts_word => space,
                        _ => pos,
                    }
                }
            };
            pieces.push((piece_start, cut));
            piece_start = cut;
            mark = None;
        }
        if matches!(c, ',' | '،' | ';' | ':' | '—' | '–') {
            mark = Some((pos + c.len_utf8(), words));
        }
    }
    pieces.push((piece_start, sentence.len()));
    pieces
}

/// A period after an abbreviation or a single capital (an initial) does not end a sentence.
fn is_non_final_period(line: &str, pos: usize) -> bool {
    let before = &line[..pos];
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '.')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if word.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return true;
    }
    // Russian "г." is "year" after a number ("в 1991 г. на границе"), where a sentence may end
    // too, and "city" before a name ("г. Баткен"), where it cannot.
    if matches!(lower.as_str(), "г" | "гг" | "г.г") {
        let after = line[pos + 1..].trim_start();
        let number_before = before[..before.len() - word.len()]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit());
        let capital_after = after.chars().next().is_some_and(char::is_uppercase);
        return !(number_before && capital_after);
    }
    // "U.N.", "U.S.", "E.U.": capitals each followed by a period are an abbreviation (a
    // sentence rarely ends on one, and cutting "the U.N. Security Council" loses the name).
    let dotted_capitals = word.contains('.')
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
    let letters: Vec<char> = word
        .chars()
        .filter(|&c| crate::text::is_letter(c))
        .collect();
    // (A model name ends in a capital too, "Су-24М.", "MiG-29K.": with its figures it is no
    // initial.)
    let figures = word.chars().any(char::is_numeric);
    dotted_capitals || (letters.len() == 1 && letters[0].is_uppercase() && !figures)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::layout::furniture::{Line, LineKind};

    fn sentences(text: &str) -> Vec<&str> {
        let layout = Layout {
            lines: vec![Line {
                start: 0,
                end: text.len(),
                kind: LineKind::Content,
            }],
            dateline: None,
        };
        split(text, &layout)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn a_model_name_ending_in_a_capital_ends_its_sentence() {
        assert_eq!(
            sentences("Истребитель сбил российский Су-24М. Инцидент не был неожиданным."),
            [
                "Истребитель сбил российский Су-24М.",
                "Инцидент не был неожиданным."
            ]
        );
        // An initial still does not.
        assert_eq!(sentences("Заявил Н. Назарбаев.").len(), 1);
    }

    #[test]
    fn a_bold_run_in_head_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("**The army steps in.** On Saturday the army said it would act."),
            vec![
                "**The army steps in.**",
                "On Saturday the army said it would act."
            ]
        );
        assert_eq!(
            sentences("*Итоги.* В субботу стороны договорились."),
            vec!["*Итоги.*", "В субботу стороны договорились."]
        );
    }

    #[test]
    fn arabic_and_latin_punctuation() {
        assert_eq!(
            sentences("اندلعت اشتباكات. هل انتهت؟ نعم؛ انتهت"),
            vec!["اندلعت اشتباكات.", "هل انتهت؟", "نعم؛", "انتهت"]
        );
        assert_eq!(
            sentences(
                "Mr. Japarov met Gen. Tashiev in the U.S. capital. Then 3.5 km away, \"clashes began.\" Done!"
            ),
            vec![
                "Mr. Japarov met Gen. Tashiev in the U.S. capital.",
                "Then 3.5 km away, \"clashes began.\"",
                "Done!"
            ]
        );
    }

    #[test]
    fn russian_abbreviations() {
        assert_eq!(
            sentences(
                "В 1991 г. на границе было тихо. Бои шли у с. Ворух и в г. Баткен, сообщил С. Жапаров. Это было в 2021 г. Затем стороны встретились. В 5:03 в подвале дома № 6, корп. 3, стр. 1 по ул. Гурьянова прогремел взрыв."
            ),
            vec![
                "В 1991 г. на границе было тихо.",
                "Бои шли у с. Ворух и в г. Баткен, сообщил С. Жапаров.",
                "Это было в 2021 г.",
                "Затем стороны встретились.",
                "В 5:03 в подвале дома № 6, корп. 3, стр. 1 по ул. Гурьянова прогремел взрыв."
            ]
        );
    }

    #[test]
    fn dotted_capitals_are_an_abbreviation() {
        assert_eq!(
            sentences("Armenia asked the U.N. Security Council to meet. Baku objected."),
            vec![
                "Armenia asked the U.N. Security Council to meet.",
                "Baku objected."
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_text() {
        let text = "  أولا. ثانيا.";
        let layout = Layout {
            lines: vec![Line {
                start: 0,
                end: text.len(),
                kind: LineKind::Content,
            }],
            dateline: None,
        };
        let s = split(text, &layout);
        assert_eq!(&text[s[1].start..s[1].end], "ثانيا.");
    }

    #[test]
    fn a_text_without_punctuation_is_cut_into_bounded_pieces() {
        let words: Vec<String> = (0..300).map(|k| format!("w{k}")).collect();
        let text = words.join(" ");
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), 3);
        assert!(
            pieces
                .iter()
                .all(|p| p.split_whitespace().count() <= MAX_WORDS)
        );
        // Nothing lost, nothing doubled.
        assert_eq!(pieces.join(" "), text);
    }

    #[test]
    fn a_long_sentence_is_cut_after_a_clause_mark() {
        let head: Vec<String> = (0..80).map(|k| format!("a{k}")).collect();
        let tail: Vec<String> = (0..80).map(|k| format!("b{k}")).collect();
        let text = format!("{}، {}", head.join(" "), tail.join(" "));
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), 2);
        assert!(pieces[0].ends_with('،'), "{}", pieces[0]);
        assert!(pieces[1].starts_with("b0"), "{}", pieces[1]);
    }

    #[test]
    fn one_endless_word_is_cut_at_character_boundaries() {
        let text = "اشتباك".repeat(2000);
        let pieces = sentences(&text);
        assert!(pieces.iter().all(|p| p.len() <= MAX_BYTES));
        assert_eq!(pieces.concat(), text);
    }

    #[test]
    fn news_sentences_stay_whole() {
        let sentence = "Kyrgyz and Tajik border guards exchanged fire near the village of Kok-Tash on Thursday, \
            officials said, in the worst clash in years, while the two governments, which had agreed \
            to talks, blamed each other for the violence that left at least 31 people dead.";
        assert_eq!(sentences(sentence), vec![sentence]);
    }
}
