//! Which language a report is in, by script (Arabic, Cyrillic, Latin, others) and, within the
//! Latin script, by common function words. tarikh reads Arabic and English; everything else is
//! named and refused so that a report is never half-read.

use crate::ingest::text::{fold, is_arabic_letter, word_spans};

/// What the text looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    Arabic,
    English,
    Russian,
    /// Another language, named for the message.
    Other(&'static str),
    /// Too little text to tell.
    Unknown,
}

impl Detected {
    pub fn name(self) -> &'static str {
        match self {
            Detected::Arabic => "Arabic",
            Detected::English => "English",
            Detected::Russian => "Russian",
            Detected::Other(n) => n,
            Detected::Unknown => "an unknown language",
        }
    }
}

/// Map a language name or code from the front matter or a flag.
pub fn from_code(code: &str) -> Detected {
    match fold(code.trim()).as_str() {
        "ar" | "ara" | "arabic" | "العربيه" | "عربي" => Detected::Arabic,
        "en" | "eng" | "english" => Detected::English,
        "ru" | "rus" | "russian" | "русский" => Detected::Russian,
        "fr" | "fra" | "french" | "francais" => Detected::Other("French"),
        "es" | "spa" | "spanish" | "espanol" => Detected::Other("Spanish"),
        "de" | "deu" | "german" | "deutsch" => Detected::Other("German"),
        "fa" | "fas" | "persian" | "farsi" => Detected::Other("Persian"),
        "tr" | "tur" | "turkish" => Detected::Other("Turkish"),
        "zh" | "chi" | "zho" | "chinese" => Detected::Other("Chinese"),
        "ky" | "kir" | "kyrgyz" => Detected::Other("Kyrgyz"),
        "tg" | "tgk" | "tajik" => Detected::Other("Tajik"),
        "uz" | "uzb" | "uzbek" => Detected::Other("Uzbek"),
        _ => Detected::Other("an unsupported language"),
    }
}

const ENGLISH: &[&str] = &[
    "the", "of", "and", "to", "in", "is", "was", "on", "for", "that", "with", "by", "at", "from",
    "said", "were", "has", "have", "it", "its", "as", "are", "be", "which", "after", "this", "an",
];
const FRENCH: &[&str] = &[
    "le", "la", "les", "des", "et", "est", "du", "une", "dans", "pour", "qui", "sur", "au", "aux",
    "avec", "par", "ont", "été", "ete",
];
const SPANISH: &[&str] = &[
    "el", "los", "las", "del", "y", "que", "por", "una", "con", "para", "fue", "han", "según",
    "segun",
];
const GERMAN: &[&str] = &[
    "der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "zu", "auf", "wurde",
    "sich",
];
const TURKISH: &[&str] = &[
    "ve", "bir", "bu", "ile", "için", "icin", "olarak", "da", "de", "sınır", "sinir",
];

/// Guess the language of a text.
pub fn detect(text: &str) -> Detected {
    let (mut arabic, mut persian, mut cyrillic, mut latin, mut cjk, mut other) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    for ch in text.chars() {
        if is_arabic_letter(ch) {
            arabic += 1;
            if matches!(
                ch,
                'پ' | 'چ' | 'ژ' | 'گ' | 'ی' | 'ک' | 'ے' | 'ٹ' | 'ڈ' | 'ں'
            ) {
                persian += 1;
            }
        } else if ('\u{0400}'..='\u{04FF}').contains(&ch) {
            cyrillic += 1;
        } else if ch.is_ascii_alphabetic()
            || (ch.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&ch))
        {
            latin += 1;
        } else if ('\u{3040}'..='\u{30FF}').contains(&ch)
            || ('\u{4E00}'..='\u{9FFF}').contains(&ch)
            || ('\u{AC00}'..='\u{D7AF}').contains(&ch)
        {
            cjk += 1;
        } else if ch.is_alphabetic() {
            other += 1;
        }
    }
    let total = arabic + cyrillic + latin + cjk + other;
    if total < 20 {
        return Detected::Unknown;
    }
    let max = arabic.max(cyrillic).max(latin).max(cjk).max(other);
    if max == arabic {
        // Persian and Urdu letters in more than a few percent of the letters.
        if persian * 50 > arabic {
            return Detected::Other("Persian or Urdu");
        }
        return Detected::Arabic;
    }
    if max == cyrillic {
        return Detected::Russian;
    }
    if max == cjk {
        return Detected::Other("Chinese, Japanese or Korean");
    }
    if max == other {
        return Detected::Other("a language in a script tarikh does not read");
    }
    // Latin script: count function words. They are short, so only short words are folded:
    // the whole text is not made into tokens for this.
    let words: Vec<std::borrow::Cow<str>> = word_spans(text)
        .filter(|&(_, start, end)| end - start <= 8)
        .map(|(_, start, end)| {
            let w = &text[start..end];
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                w.into()
            } else {
                fold(w).into()
            }
        })
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_ref())).count();
    let en = count(ENGLISH);
    let others = [
        ("French", count(FRENCH)),
        ("Spanish", count(SPANISH)),
        ("German", count(GERMAN)),
        ("Turkish", count(TURKISH)),
    ];
    let (best_name, best) = others
        .iter()
        .copied()
        .max_by_key(|&(_, n)| n)
        .unwrap_or(("", 0));
    if en >= 3 && en >= best * 2 {
        Detected::English
    } else if best >= 3 {
        Detected::Other(best_name)
    } else if en > 0 && en >= best {
        Detected::English
    } else {
        Detected::Other("a Latin-script language other than English")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_words() {
        assert_eq!(
            detect("اندلعت اشتباكات على الحدود بين البلدين يوم الخميس الماضي"),
            Detected::Arabic
        );
        assert_eq!(
            detect("Clashes broke out on the border between the two countries on Thursday."),
            Detected::English
        );
        assert_eq!(
            detect("16 сентября 2022 года на границе возобновились столкновения"),
            Detected::Russian
        );
        assert_eq!(
            detect(
                "Des affrontements ont éclaté à la frontière entre les deux pays, selon les autorités du Kirghizistan."
            ),
            Detected::Other("French")
        );
        assert!(matches!(
            detect("边境发生冲突，双方互相指责对方首先开火，造成多人伤亡。"),
            Detected::Other(_)
        ));
        assert!(matches!(
            detect("درگیری در مرز میان دو کشور پس از نصب دوربین‌ها آغاز شد و چند نفر کشته شدند"),
            Detected::Other(_)
        ));
        assert_eq!(detect("short"), Detected::Unknown);
    }

    #[test]
    fn codes() {
        assert_eq!(from_code("AR"), Detected::Arabic);
        assert_eq!(from_code("English"), Detected::English);
        assert_eq!(from_code("ru"), Detected::Russian);
        assert_eq!(from_code("fr"), Detected::Other("French"));
    }
}
