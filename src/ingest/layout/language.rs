//! Which language a report is in, by script (Arabic, Cyrillic, Latin, others) and, within the
//! Latin and Cyrillic scripts, by the letters other languages add and common function words.
//! tarikh reads Arabic, English and Russian; everything else (Kyrgyz, Tajik, Ukrainian and the
//! other Cyrillic languages among them) is named and refused so that a report is never
//! half-read.

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
        "uk" | "ukr" | "ukrainian" => Detected::Other("Ukrainian"),
        "kk" | "kaz" | "kazakh" => Detected::Other("Kazakh"),
        "be" | "bel" | "belarusian" => Detected::Other("Belarusian"),
        "bg" | "bul" | "bulgarian" => Detected::Other("Bulgarian"),
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
        return cyrillic_language(text, cyrillic);
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

/// Words frequent in Russian news and absent from (or rare in) the other Cyrillic languages
/// read here.
const RUSSIAN: &[&str] = &[
    "и",
    "в",
    "не",
    "что",
    "это",
    "также",
    "который",
    "которые",
    "которая",
    "которых",
    "году",
    "года",
    "был",
    "была",
    "были",
    "было",
    "как",
    "его",
    "после",
    "между",
    "при",
    "или",
    "уже",
    "сообщил",
    "сообщили",
    "заявил",
    "заявили",
    "более",
    "со",
    "о",
    "об",
    "их",
];
const KYRGYZ: &[&str] = &[
    "жана",
    "менен",
    "үчүн",
    "учун",
    "деп",
    "бул",
    "боюнча",
    "тарабынан",
    "жөнүндө",
    "жонундо",
    "болуп",
    "жылы",
    "чек",
    "арадагы",
    "тууралуу",
    "кылып",
    "берди",
    "экенин",
];
const TAJIK: &[&str] = &[
    "ва",
    "дар",
    "аз",
    "ба",
    "бо",
    "ки",
    "барои",
    "мебошад",
    "шуд",
    "ҳам",
    "хам",
    "буд",
    "кард",
    "гуфт",
    "намуд",
    "бораи",
    "сарҳад",
    "сархад",
];
const UKRAINIAN: &[&str] = &[
    "і",
    "та",
    "що",
    "це",
    "від",
    "як",
    "вже",
    "також",
    "який",
    "яка",
    "які",
    "році",
    "року",
    "у",
    "з",
    "щодо",
    "були",
    "йому",
];
const KAZAKH: &[&str] = &["және", "мен", "үшін", "бойынша", "бұл", "туралы", "деді"];

/// Which Cyrillic language a text whose letters are mostly Cyrillic is in. The letters other
/// languages add to the Russian alphabet decide when they are more than a few per thousand
/// letters (a Russian report quotes "Жогорку Кеңеш" or "Київ" now and then; a Kyrgyz or Tajik
/// text has such a letter every few words); function words decide a text typed without them
/// (Tajik and Kyrgyz are often written with Russian letters only) and confirm the letters.
fn cyrillic_language(text: &str, cyrillic: usize) -> Detected {
    // Letters by the languages that use them: Kazakh alone (ә ұ һ), Kyrgyz and Kazakh (ң ө ү),
    // Tajik alone (ӣ ӯ ҷ), Tajik, Kazakh and Uzbek (ҳ ғ қ), Ukrainian alone (ї є ґ), Ukrainian,
    // Belarusian and Kazakh (і), Belarusian and Uzbek (ў), Serbian and Macedonian.
    let (mut kz, mut kg, mut tj, mut hq, mut uk, mut i, mut w, mut sr) = (
        0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize, 0usize,
    );
    let mut russian_only = 0usize;
    for ch in text.chars() {
        match ch.to_lowercase().next().unwrap_or(ch) {
            'ә' | 'ұ' | 'һ' => kz += 1,
            'ң' | 'ө' | 'ү' => kg += 1,
            'ӣ' | 'ӯ' | 'ҷ' => tj += 1,
            'ҳ' | 'ғ' | 'қ' => hq += 1,
            'ї' | 'є' | 'ґ' => uk += 1,
            'і' => i += 1,
            'ў' => w += 1,
            'ј' | 'љ' | 'њ' | 'ђ' | 'ћ' | 'џ' | 'ѓ' | 'ќ' | 'ѕ' => sr += 1,
            'ы' | 'э' => russian_only += 1,
            _ => {}
        }
    }
    let words: Vec<String> = word_spans(text)
        .filter(|&(_, start, end)| end - start <= 24)
        .map(|(_, start, end)| fold(&text[start..end]))
        .collect();
    let count = |list: &[&str]| words.iter().filter(|w| list.contains(&w.as_str())).count();
    let ru = count(RUSSIAN);
    let foreign = kz + kg + tj + hq + uk + i + w + sr;
    // A class of letters counts when it is at least a tenth of the foreign letters: a quoted
    // name in another language does not change what the rest is.
    let has = |n: usize| n > 0 && n * 10 >= foreign;
    let by_letters: Option<(&'static str, usize)> =
        if foreign >= 3 && foreign * 1000 / cyrillic.max(1) >= 5 {
            Some(if has(sr) {
                ("Serbian or Macedonian", 0)
            } else if has(kz) || (has(i) && (has(kg) || has(hq))) {
                ("Kazakh", count(KAZAKH))
            } else if has(kg) {
                ("Kyrgyz", count(KYRGYZ))
            } else if has(w) && has(hq) {
                ("Uzbek", 0)
            } else if has(w) && has(i) {
                ("Belarusian", 0)
            } else if has(tj) || has(hq) {
                ("Tajik", count(TAJIK))
            } else if has(uk) || has(i) {
                ("Ukrainian", count(UKRAINIAN))
            } else {
                ("Uzbek or Belarusian", 0)
            })
        } else {
            None
        };
    if let Some((name, own_words)) = by_letters {
        // A Russian text that quotes many names in another language still reads as Russian
        // by its words, unless the letters are too many for quotations.
        let quoting = foreign * 1000 / cyrillic.max(1) < 20 && ru >= 3 && ru > 2 * own_words;
        if !quoting {
            return Detected::Other(name);
        }
    }
    // Typed without the letters of its own: the function words tell.
    let others = [
        ("Kyrgyz", count(KYRGYZ)),
        ("Tajik", count(TAJIK)),
        ("Ukrainian", count(UKRAINIAN)),
        ("Kazakh", count(KAZAKH)),
    ];
    let (name, best) = others
        .iter()
        .copied()
        .max_by_key(|&(_, n)| n)
        .unwrap_or(("", 0));
    if best >= 3 && best > ru {
        return Detected::Other(name);
    }
    // A long text with neither ы nor э is not Russian (Bulgarian, or Tajik or Ukrainian typed
    // without their letters).
    if cyrillic >= 300 && russian_only == 0 {
        return Detected::Other("a Cyrillic-script language other than Russian");
    }
    Detected::Russian
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
    fn cyrillic_languages() {
        let ru = [
            "Правительство сделало заявление о перестрелке на границе.",
            "16 сентября 2022 года на границе возобновились столкновения",
            "Пограничная служба ГКНБ сообщила, что таджикские военные открыли огонь по посту у села Кок-Таш, а депутаты Жогорку Кеңеша потребовали созвать заседание. Погибли два пограничника, ещё трое ранены.",
            "Ответственность за обстрел в Киеве и Харькове, как заявил министр, лежит на другой стороне. По его словам, в Київ направлена нота протеста.",
        ];
        for t in ru {
            assert_eq!(detect(t), Detected::Russian, "{t}");
        }
        let other = [
            (
                "Өкмөт чек арадагы атышуу тууралуу билдирүү жасады.",
                "Kyrgyz",
            ),
            (
                "Ҳукумат дар бораи тирпарронӣ дар сарҳад изҳорот дод.",
                "Tajik",
            ),
            (
                "Хукумат дар бораи тирпарронй дар сархад изхорот дод ва гуфт ки вазъ ором аст.",
                "Tajik",
            ),
            (
                "Уряд і прикордонна служба зробили заяву щодо перестрілки на кордоні.",
                "Ukrainian",
            ),
            ("Үкімет шекарадағы атыс туралы мәлімдеме жасады.", "Kazakh"),
        ];
        for (t, name) in other {
            assert_eq!(detect(t), Detected::Other(name), "{t}");
        }
    }

    #[test]
    fn codes() {
        assert_eq!(from_code("AR"), Detected::Arabic);
        assert_eq!(from_code("English"), Detected::English);
        assert_eq!(from_code("ru"), Detected::Russian);
        assert_eq!(from_code("fr"), Detected::Other("French"));
    }
}
