//! Folding of text before matching, with a map back to the original offsets.
//!
//! Arabic is written with optional diacritics, tatweel, several alef/yeh/teh-marbuta shapes and
//! three digit sets; English varies in case. Matching on one folded form keeps the word lists
//! small and the scan linear. Every byte of the folded text remembers which original character
//! produced it, so a match can always be reported as a slice of the input, on char boundaries.

/// A folded copy of one line and, for each of its bytes, the byte offset in the input of the
/// character that produced it.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub text: String,
    /// `map[i]` = input offset of the character that produced folded byte `i`; one extra entry
    /// at the end holds the input offset just past the folded line.
    pub map: Vec<usize>,
}

impl Folded {
    /// Fold `line`, which starts at byte `base` of `input`. Reuses the buffers.
    pub fn fill(&mut self, line: &str, base: usize) {
        self.text.clear();
        self.map.clear();
        for (i, c) in line.char_indices() {
            let at = base + i;
            if c.is_ascii() {
                self.text.push(c.to_ascii_lowercase());
                self.map.push(at);
                continue;
            }
            if let Some(f) = fold(c) {
                let before = self.text.len();
                self.text.push(f);
                for _ in before..self.text.len() {
                    self.map.push(at);
                }
            }
        }
        self.map.push(base + line.len());
    }

    /// The input byte range for the folded range `start..end` (`start < end`). The end is
    /// extended over marks that folding dropped right after the last character (the tanween
    /// in "غداً"), since they belong to the word.
    pub fn input_range(&self, input: &str, start: usize, end: usize) -> (usize, usize) {
        let s = self.map.get(start).copied().unwrap_or(input.len());
        let last = self.map.get(end.saturating_sub(1)).copied().unwrap_or(s);
        let mut e = input[last..]
            .chars()
            .next()
            .map_or(last, |c| last + c.len_utf8());
        for c in input[e..].chars() {
            if is_word_mark(c) {
                e += c.len_utf8();
            } else {
                break;
            }
        }
        (s, e.max(s))
    }
}

/// Marks that are dropped and that attach to the preceding letter.
fn is_word_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}')
}

/// The folded form of one non-ASCII character; `None` drops it.
pub(crate) fn fold(c: char) -> Option<char> {
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ة' | 'ۃ' | 'ھ' | 'ہ' => 'ه',
        'ى' | 'ی' | 'ې' => 'ي',
        'ک' => 'ك',
        // Diacritics, tatweel, Quranic marks: spelling aids, not letters.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{06D6}'..='\u{06ED}' => return None,
        // Direction and joiner controls, BOM: invisible in the text as read.
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{061C}'
        | '\u{FEFF}'
        | '\u{00AD}' => return None,
        '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
        '،' | '٬' => ',',
        '؛' => ';',
        '؟' => '?',
        '٫' => '.',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE63}' | '\u{FF0D}' => '-',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => ' ',
        '\u{2018}' | '\u{2019}' | '\u{02BC}' => '\'',
        '\u{FF0F}' | '\u{2044}' => '/',
        _ => c,
    })
}

/// Fold a whole word-list entry (used when building the lexicon, so lists may be written
/// with hamzas and diacritics as they are usually spelled).
pub(crate) fn fold_str(s: &str) -> String {
    let mut f = Folded::default();
    f.fill(s, 0);
    f.text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arabic_variants_and_digits() {
        assert_eq!(fold_str("عامًا"), "عاما");
        assert_eq!(fold_str("إبريل"), "ابريل");
        assert_eq!(fold_str("الجمعة"), "الجمعه");
        assert_eq!(fold_str("جمادى"), "جمادي");
        assert_eq!(fold_str("شهـر"), "شهر");
        assert_eq!(fold_str("٢٩ ۲۰۲۱"), "29 2021");
        assert_eq!(fold_str("May،"), "may,");
    }

    #[test]
    fn maps_back_including_trailing_marks() {
        let input = "قال غداً، ثم";
        let mut f = Folded::default();
        f.fill(input, 0);
        let start = f.text.find("غدا").unwrap();
        let (s, e) = f.input_range(input, start, start + "غدا".len());
        assert_eq!(&input[s..e], "غداً");
    }
}
