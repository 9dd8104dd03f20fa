//! Folding of text before matching, with a map back to the original offsets.
//!
//! Arabic is written with optional diacritics, tatweel, several alef/yeh/teh-marbuta shapes and
//! three digit sets; English varies in case; Russian in case and ё, and copied text puts Latin
//! look-alikes, soft hyphens and decomposed letters in its words. Matching on one folded form keeps the word lists
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
        // A line with Cyrillic in it is folded word by word (see `fill_cyrillic`), any other
        // character by character.
        if may_have_cyrillic(line.as_bytes()) {
            self.fill_cyrillic(line, base);
        } else {
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
        }
        self.map.push(base + line.len());
    }

    /// Append the folded form of `c`, which is at input offset `at`.
    #[inline]
    fn push(&mut self, c: char, at: usize) {
        // Lower-case Russian letters (а-я) stand as they are: two bytes.
        if ('\u{0430}'..='\u{044F}').contains(&c) {
            self.text.push(c);
            self.map.extend([at, at]);
            return;
        }
        if c.is_ascii() {
            self.text.push(c.to_ascii_lowercase());
            self.map.push(at);
            return;
        }
        if let Some(f) = fold(c) {
            let before = self.text.len();
            self.text.push(f);
            for _ in before..self.text.len() {
                self.map.push(at);
            }
        }
    }

    /// Fold a line with Cyrillic in it. Besides [`fold`]: a word whose letters are mostly
    /// Cyrillic gets the Cyrillic twins of the Latin look-alikes in it (`сeнтября` with a Latin
    /// e, `Bоpух`), a word of Roman-numeral letters typed partly in Cyrillic (`ХХ`, `ХIХ`) is
    /// read in Latin, and decomposed letters are composed (и + U+0306 is й; е + U+0308 is ё,
    /// which folds to е) with the stress accent U+0301 dropped.
    fn fill_cyrillic(&mut self, line: &str, base: usize) {
        let mut chars = line.char_indices().peekable();
        while let Some(&(i, c)) = chars.peek() {
            if !is_word_letter(c) {
                chars.next();
                self.push_cyrillic_mark(c, base + i);
                continue;
            }
            // One word: letters of either script and combining marks.
            let mut end = i;
            let (mut cyr, mut lat, mut lookalike, mut roman, mut upper) = (0, 0, true, true, false);
            for (k, ch) in line[i..].char_indices() {
                if !(is_word_letter(ch) || is_combining(ch)) {
                    break;
                }
                end = i + k + ch.len_utf8();
                if is_cyrillic(ch) {
                    cyr += 1;
                    roman &= matches!(ch, 'Х' | 'І');
                } else if ch.is_ascii_alphabetic() {
                    lat += 1;
                    lookalike &= cyrillic_twin(ch).is_some();
                    roman &= matches!(ch, 'I' | 'V' | 'X' | 'L');
                } else if !is_combining(ch) {
                    roman = false;
                    lookalike = false;
                }
                upper |= matches!(ch, 'A'..='Z' | '\u{0400}'..='\u{042F}');
            }
            let roman = roman && cyr > 0 && upper;
            let twins = !roman && cyr > lat && lat > 0 && lookalike;
            while chars.peek().is_some_and(|&(k, _)| k < end) {
                let Some((k, ch)) = chars.next() else { break };
                let at = base + k;
                let numeral = match ch {
                    'Х' => Some('x'),
                    'І' => Some('i'),
                    _ if ch.is_ascii_alphabetic() => Some(ch.to_ascii_lowercase()),
                    _ => None,
                };
                if roman && let Some(latin) = numeral {
                    self.text.push(latin);
                    self.map.push(at);
                } else if twins && let Some(t) = cyrillic_twin(ch) {
                    self.push(t, at);
                } else {
                    self.push_cyrillic_mark(ch, at);
                }
            }
        }
    }

    /// [`push`](Self::push), with the combining marks of Cyrillic text composed or dropped.
    fn push_cyrillic_mark(&mut self, c: char, at: usize) {
        match c {
            // и + breve: й (both two bytes in UTF-8: the last byte changes).
            '\u{0306}' if self.text.ends_with('и') => {
                self.text.pop();
                self.text.push('й');
            }
            // е + diaeresis is ё, which folds to е; the stress accent is a reading aid.
            '\u{0308}' if self.text.ends_with('е') => {}
            '\u{0301}' => {}
            // Russian quotes, «ёлочки» and „лапки“, are plain quote marks.
            '«' | '»' | '„' | '‹' | '›' => {
                self.text.push('"');
                self.map.push(at);
            }
            _ => self.push(c, at),
        }
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

/// The folded form of one non-ASCII character; `None` drops it. Inlined: it is called for
/// every letter of Arabic and Russian text.
#[inline(always)]
pub(crate) fn fold(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic: lower case, and ё written as е (most sites do).
        'Ё' | 'ё' => 'е',
        // А-Я to а-я, and Ѐ-Џ (Ukrainian, Serbian ...) to ѐ-џ.
        '\u{0410}'..='\u{042F}' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
        '\u{0400}'..='\u{040F}' => char::from_u32(c as u32 + 0x50).unwrap_or(c),
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
        | '\u{2060}'
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

/// Whether `bytes` (UTF-8) may hold a Cyrillic letter: a lead byte 0xD0-0xD7 (Cyrillic is
/// 0xD0-0xD4; Armenian and Hebrew, 0xD5-0xD7, are let through and folded as any text).
/// Eight bytes at a time, since Arabic and English lines, which have none, are read whole.
fn may_have_cyrillic(bytes: &[u8]) -> bool {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let lead = |b: u8| b & 0xF8 == 0xD0;
    let mut chunks = bytes.chunks_exact(8);
    let found = chunks.by_ref().any(|c| {
        let mut word = [0u8; 8];
        word.copy_from_slice(c);
        // A byte of `x` is zero where the byte of the chunk is 0xD0-0xD7.
        let x = (u64::from_le_bytes(word) & 0xF8F8_F8F8_F8F8_F8F8) ^ 0xD0D0_D0D0_D0D0_D0D0;
        x.wrapping_sub(LOW) & !x & HIGH != 0
    });
    found || chunks.remainder().iter().any(|&b| lead(b))
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{052F}')
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A letter that may be part of a Russian word, in either script.
fn is_word_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || is_cyrillic(c)
}

/// The Cyrillic letter a Latin one stands for inside a Cyrillic word, where it looks the same.
fn cyrillic_twin(c: char) -> Option<char> {
    Some(match c {
        'a' | 'A' => 'а',
        'c' | 'C' => 'с',
        'e' | 'E' => 'е',
        'o' | 'O' => 'о',
        'p' | 'P' => 'р',
        'x' | 'X' => 'х',
        'y' => 'у',
        'k' | 'K' => 'к',
        'm' | 'M' => 'м',
        'B' => 'в',
        'H' => 'н',
        'T' => 'т',
        _ => return None,
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
    fn folds_russian_case_yo_lookalikes_and_decomposed_letters() {
        assert_eq!(fold_str("БИШКЕК, 16 СЕНТЯБРЯ"), "бишкек, 16 сентября");
        assert_eq!(fold_str("Четвёртого ЁЛКИ"), "четвертого елки");
        // Latin e, p, B in mostly Cyrillic words; a brand that mixes the scripts on purpose.
        assert_eq!(fold_str("сeнтября Bоpух"), "сентября ворух");
        assert_eq!(fold_str("АКИpress"), "акиpress");
        // Roman numerals typed in Cyrillic (Х) or Ukrainian І.
        assert_eq!(fold_str("ХХ век, ХIХ и ХІХ"), "xx век, xix и xix");
        // Decomposed й and ё, the stress accent, a soft hyphen, a word joiner.
        assert_eq!(
            fold_str("ма\u{438}\u{306} че\u{308}т сентя\u{301}бря"),
            "май чет сентября"
        );
        assert_eq!(fold_str("сен\u{AD}тя\u{2060}бря"), "сентября");
        assert_eq!(fold_str("«29 апреля»"), "\"29 апреля\"");
    }

    #[test]
    fn a_line_without_cyrillic_is_told_apart_eight_bytes_at_a_time() {
        assert!(!may_have_cyrillic(
            "قال المتحدث إن القوات انسحبت".as_bytes()
        ));
        assert!(!may_have_cyrillic(
            b"Border guards exchanged fire on Thursday"
        ));
        assert!(may_have_cyrillic(
            "Border guards exchanged fire in Ворух".as_bytes()
        ));
        assert!(may_have_cyrillic("ж".as_bytes()));
        assert!(may_have_cyrillic("12345678ж".as_bytes()));
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
