//! Text folding shared by every lookup of words and names: one actor, place or event word is
//! found under any of its spellings, whatever the case, accents, Arabic diacritics, tatweel,
//! hamza seat or alef/yeh/teh-marbuta variant, or digit set. Also [`counted`], which every
//! message that gives a count writes it with.

/// Fold one word (or a whole line) for matching.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            // Arabic diacritics, Quranic marks, superscript alef, tatweel.
            '\u{0610}'..='\u{061A}'
            | '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ی' => out.push('ي'),
            // Hamza on its seat or alone is one letter: لقاء / لقائهما / لقاؤهما.
            'ئ' | 'ؤ' => out.push('ء'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (ch as u32 - 0x0660) as u8)),
            '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (ch as u32 - 0x06F0) as u8)),
            '’' | '‘' | 'ʼ' => out.push('\''),
            'ё' | 'Ё' => out.push('е'),
            _ if ch.is_ascii() => out.push(ch.to_ascii_lowercase()),
            // The letters of the reports' other scripts without a look-up in Unicode's tables
            // (the same result, much sooner): Arabic has no case, basic Cyrillic's capitals
            // lie at a fixed distance from their small letters.
            '\u{0621}'..='\u{064A}' | 'а'..='я' | '\u{0450}'..='\u{045F}' => out.push(ch),
            'А'..='Я' => out.push(char::from_u32(ch as u32 + 0x20).unwrap_or(ch)),
            '\u{0400}'..='\u{040F}' => out.push(char::from_u32(ch as u32 + 0x50).unwrap_or(ch)),
            _ => {
                if let Some(base) = latin_base(ch) {
                    out.push(base);
                } else {
                    out.extend(ch.to_lowercase());
                }
            }
        }
    }
    out
}

/// The unaccented lowercase letter for common accented Latin letters.
fn latin_base(ch: char) -> Option<char> {
    let c = ch.to_lowercase().next().unwrap_or(ch);
    Some(match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ō' | 'ø' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ş' | 'ś' | 'š' | 'ș' => 's',
        'ţ' | 'ț' | 'ť' => 't',
        'ğ' => 'g',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'đ' | 'ď' => 'd',
        'ř' => 'r',
        _ => return None,
    })
}

/// Whether a character is a letter (`char::is_alphabetic`), without a look-up in Unicode's
/// tables for the letters of the reports' scripts.
pub fn is_letter(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphabetic();
    }
    matches!(ch, '\u{0621}'..='\u{064A}' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
        || ch.is_alphabetic()
}

/// Fold a name into its lookup key: [`fold`], with runs of whitespace and punctuation collapsed
/// to one space, so "Kok-Tash" and "kok tash" are one key.
pub fn fold_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in fold(name).chars() {
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}
/// A fast hasher for the short keys of word lists (FNV-1a). The lists are the vocabulary's,
/// not the input's, so no protection against crafted collisions is needed; SipHash, the
/// standard one, took a twentieth of the time of reading a report.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map from words (of a vocabulary list) to what they stand for.
pub(crate) type WordMap<V> =
    std::collections::HashMap<String, V, std::hash::BuildHasherDefault<Fnv>>;

/// A count with its noun in the right number: "1 incident", "2 incidents", "0 incidents".
pub fn counted<N>(n: N, one: &str, many: &str) -> String
where
    N: std::fmt::Display + PartialEq + From<u8>,
{
    let noun = if n == N::from(1) { one } else { many };
    format!("{n} {noun}")
}

#[cfg(test)]
mod tests {
    use super::{fold, fold_key};

    /// The quick paths for Arabic and Cyrillic letters give what Unicode's tables give.
    #[test]
    fn arabic_and_cyrillic_letters_fold_as_unicode_says() {
        let special = "أإآٱىیئؤةکـЁё";
        for ch in ('\u{0400}'..='\u{045F}').chain('\u{0621}'..='\u{064A}') {
            if special.contains(ch) {
                continue;
            }
            let by_tables: String = ch.to_lowercase().collect();
            assert_eq!(
                fold(&ch.to_string()),
                by_tables,
                "{ch} (U+{:04X})",
                ch as u32
            );
        }
        for ch in ('\u{0000}'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            assert_eq!(
                super::is_letter(ch),
                ch.is_alphabetic(),
                "U+{:04X}",
                ch as u32
            );
        }
        assert_eq!(fold("ЁЛКА Ёлка"), "елка елка");
        assert_eq!(fold("БИШКЕК Ѓ"), "бишкек ѓ");
    }

    #[test]
    fn spellings_fold_together() {
        assert_eq!(fold_key("قِيرْغِيزِسْتَانُ"), "قيرغيزستان", "diacritics");
        assert_eq!(
            fold_key("إسفرة"),
            fold_key("اسفره"),
            "hamza seat and teh marbuta"
        );
        assert_eq!(fold_key("مستشفى"), fold_key("مستشفي"), "alef maqsura");
        assert_eq!(fold_key("٢٩ أبريل"), "29 ابريل", "Arabic-Indic digits");
        assert_eq!(fold_key("Isfara’s"), "isfara s");
        assert_eq!(fold_key("Khujand"), fold_key("KHUJAND"));
        assert_eq!(fold_key("Chorkůh"), "chorkuh");
        assert_ne!(
            fold_key("قرغيزستان"),
            fold_key("قيرغيزستان"),
            "a letter more"
        );
        assert_eq!(fold_key("منشأة"), fold_key("منشآة"));
        assert_eq!(fold_key("عامًا"), fold_key("عاما"));
        assert_eq!(fold_key("  Batken  Region "), "batken region");
        assert_eq!(fold_key("Kok-Tash"), "kok tash");
        assert_eq!(fold_key("شهـر"), fold_key("شهر"));
        assert_eq!(fold_key("Кыргызстан"), "кыргызстан");
    }
}
