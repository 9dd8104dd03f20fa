//! Text primitives the ingester shares: folding words for matching (Arabic alef/yeh/teh-marbuta
//! folding, hamza seats folded, diacritics and tatweel stripped, digits to ASCII, Latin lowercased without accents,
//! Cyrillic lowercased), tokenizing with byte offsets, Arabic clitic variants, and the small
//! pattern language the lexicons and the gazetteer are written in.
//!
//! Pattern language (one entry = words separated by spaces, matched against consecutive tokens):
//! - `word`  the token (or, for Arabic, the token without its proclitics و ف ب ك ل ال) is `word`;
//! - `word*` the token (or a clitic-stripped variant) starts with `word`;
//! - `_`     any one token;
//! - `#`     a number written in digits ("15,200" is two: `# #`).
//!
//! Pattern words are folded like text, so `إلقاء` and `القاء` are the same pattern.

pub use crate::text::fold;

/// Characters that belong to a word: letters, digits, combining marks, tatweel.
pub fn is_word_char(ch: char) -> bool {
    // The scripts of the reports first: Unicode's tables are slow to search.
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric();
    }
    if matches!(ch, '\u{0621}'..='\u{064A}' | '\u{0660}'..='\u{0669}' | '\u{0400}'..='\u{0481}' | '\u{048A}'..='\u{04FF}')
    {
        return true;
    }
    ch.is_alphanumeric()
        || matches!(ch, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
        || ('\u{0300}'..='\u{036F}').contains(&ch)
}

/// A mark that opens an item of a list ("- 13 تموز: ...", "• M23 says ...").
pub fn is_bullet(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '•' | '*' | '·' | '▪')
}

/// A line that is an item of a list: a bullet, then a space. A dated item tells its own day,
/// not the day of writing or of the paragraphs below it.
pub fn is_list_item(line: &str) -> bool {
    let mut chars = line.trim_start().chars();
    chars.next().is_some_and(is_bullet) && chars.next().is_some_and(char::is_whitespace)
}

pub fn is_arabic_letter(ch: char) -> bool {
    matches!(ch, '\u{0620}'..='\u{064A}' | '\u{066E}'..='\u{06D3}' | '\u{06FA}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// One word of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte offsets in the text that was tokenized (plus the base offset given).
    pub start: usize,
    pub end: usize,
    /// The folded word.
    pub norm: String,
    /// Folded forms to match against besides `norm` (see [`other_forms`]); [`Token::forms`]
    /// gives them all.
    pub variants: std::sync::Arc<[String]>,
    /// A clause boundary (comma, semicolon, colon, bracket, dash) lies between the previous token
    /// and this one.
    pub break_before: bool,
    /// The characters between the previous token and this one, as written.
    pub gap_before: std::borrow::Cow<'static, str>,
    pub arabic: bool,
    /// Written in capitals (acronyms such as "US", "CSTO").
    pub caps: bool,
    /// The keys [`PatternIndex`] looks each of [`Token::forms`] up by, in the same order.
    pub keys: std::sync::Arc<[FormKeys]>,
}

/// The hashes a pattern index looks a word form up by: the form's, and those of its first two
/// and first three letters (for prefix patterns). Computed once per distinct word, with its
/// folding, rather than once per index and sentence: hashing was most of the time the
/// lexicon and gazetteer scans took.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormKeys {
    pub word: u64,
    pub prefixes: [Option<u64>; 2],
}

fn key_of(s: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = crate::text::Fnv::default();
    h.write(s.as_bytes());
    h.finish()
}

fn form_keys(form: &str) -> FormKeys {
    let mut prefixes = [None; 2];
    for (slot, p) in prefixes.iter_mut().zip(prefix_lookups(form)) {
        *slot = Some(key_of(p));
    }
    FormKeys {
        word: key_of(form),
        prefixes,
    }
}

impl Token {
    /// The folded forms to match against: the word itself, then its other forms.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.norm.as_str()).chain(self.variants.iter().map(String::as_str))
    }

    pub fn is_number(&self) -> bool {
        !self.norm.is_empty() && self.norm.bytes().all(|b| b.is_ascii_digit())
    }

    /// True when the written word carries the Arabic article (possibly after a conjunction or
    /// preposition) or is an English word; used to tell definite references.
    pub fn has_arabic_article(&self) -> bool {
        if !self.arabic {
            return false;
        }
        let n = self.norm.as_str();
        [
            "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "فبال", "وكال",
        ]
        .iter()
        .any(|p| n.starts_with(p) && n.chars().count() > p.chars().count() + 1)
    }
}

/// Split a text into tokens. `base` is added to every offset (for tokenizing a slice of a larger
/// text).
pub fn tokenize(text: &str, base: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    for (gap_start, start, end) in word_spans(text) {
        push_token(&mut tokens, text, gap_start, start, end, base);
    }
    tokens
}

/// The words of a text as [`tokenize`] cuts them, each (start of the gap before it, start,
/// end), without making tokens of them.
pub fn word_spans(text: &str) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    let mut gap_start = 0usize;
    let mut word_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    let mut done = false;
    std::iter::from_fn(move || {
        while let Some((pos, ch)) = chars.next() {
            let joiner = (ch == '\'' || ch == '’')
                && word_start.is_some()
                && chars
                    .peek()
                    .is_some_and(|&(_, n)| crate::text::is_letter(n));
            if is_word_char(ch) || joiner {
                if word_start.is_none() {
                    word_start = Some(pos);
                }
            } else if let Some(ws) = word_start.take() {
                let span = (gap_start, ws, pos);
                gap_start = pos;
                return Some(span);
            }
        }
        if done {
            return None;
        }
        done = true;
        word_start.take().map(|ws| (gap_start, ws, text.len()))
    })
}

/// The folded words of a text joined by single spaces: the tokens' `norm`s as [`tokenize`]
/// would give them, without the tokens.
pub fn folded_words(text: &str) -> String {
    let mut out = String::new();
    for (_, start, end) in word_spans(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        let word = &text[start..end];
        let cached = FORMS.with(|cache| {
            cache
                .borrow()
                .get(word)
                .map(|(norm, _, _, _)| out.push_str(norm))
                .is_some()
        });
        if !cached {
            out.push_str(&folded_forms(word).0);
        }
    }
    out
}

/// How many words' folded forms a thread remembers before it forgets them all: the words of a
/// few reports, a few MB at most, whatever the input.
const FORMS_REMEMBERED: usize = 20_000;

thread_local! {
    /// Each word's folded form, its other forms and whether it is Arabic, by the word as
    /// written: folding is a tenth of reading a report, and most words recur.
    static FORMS: std::cell::RefCell<crate::text::WordMap<Forms>> =
        std::cell::RefCell::new(crate::text::WordMap::default());
}

/// The folded form of a word, its other forms, whether it has an Arabic letter, and the
/// index keys of its forms.
type Forms = (
    String,
    std::sync::Arc<[String]>,
    bool,
    std::sync::Arc<[FormKeys]>,
);

fn folded_forms(word: &str) -> Forms {
    FORMS.with(|cache| {
        if let Some(hit) = cache.borrow().get(word) {
            return hit.clone();
        }
        let norm = fold(word);
        let arabic = word.chars().any(is_arabic_letter);
        let variants = other_forms(&norm, arabic);
        let keys: std::sync::Arc<[FormKeys]> = std::iter::once(norm.as_str())
            .chain(variants.iter().map(String::as_str))
            .map(form_keys)
            .collect();
        // Shared, not copied, by every token of the word (most words have no other form).
        let forms = (norm, variants.into(), arabic, keys);
        let mut cache = cache.borrow_mut();
        if cache.len() >= FORMS_REMEMBERED {
            cache.clear();
        }
        cache.insert(word.to_string(), forms.clone());
        forms
    })
}

fn push_token(
    tokens: &mut Vec<Token>,
    text: &str,
    gap_start: usize,
    start: usize,
    end: usize,
    base: usize,
) {
    let word = &text[start..end];
    let gap = &text[gap_start..start];
    let (norm, variants, arabic, keys) = folded_forms(word);
    // The period of "U.N." or of an initial ("Vladimir V. Putin") is no break.
    let after_initial = tokens.last().is_some_and(|t: &Token| {
        let prev = &text[t.start - base..t.end - base];
        prev.chars().count() == 1 && prev.chars().all(char::is_uppercase) && gap.trim() == "."
    });
    // "5,000" and "2.5" are one number: the comma or point between digits is no break.
    let digits = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit());
    let in_number = matches!(gap, "," | "." | "٬" | "٫")
        && digits(&norm)
        && tokens.last().is_some_and(|t: &Token| {
            t.end - base == gap_start && digits(&text[t.start - base..t.end - base])
        });
    // "саммит Россия — ЕС", "the Kyrgyzstan–Tajikistan border": a dash between two names is
    // a pair, no break. (A dateline's "KABUL — Taliban ..." in capitals still breaks.)
    let name_pair = matches!(gap.trim(), "-" | "–" | "—")
        && word.chars().next().is_some_and(char::is_uppercase)
        && tokens.last().is_some_and(|t: &Token| {
            let prev = &text[t.start - base..t.end - base];
            prev.chars().next().is_some_and(char::is_uppercase) && (!t.caps || gap == gap.trim())
        });
    let break_before =
        !tokens.is_empty() && gap_is_break(gap) && !after_initial && !in_number && !name_pair;
    // "под руководством А. Назарзода", "В. Путин": a Cyrillic initial before a name is no word,
    // though its letter alone is one ("а" opens a clause, "в" is a preposition).
    if after_initial
        && word.chars().next().is_some_and(char::is_uppercase)
        && let Some(prev) = tokens.last_mut()
        && prev
            .norm
            .chars()
            .all(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        let initial = format!("{}.", prev.norm);
        prev.keys = std::iter::once(form_keys(&initial)).collect();
        prev.variants = std::sync::Arc::from(Vec::<String>::new());
        prev.norm = initial;
    }
    // An Arabic letter has no case: a word with one is not in capitals.
    let caps = !arabic
        && word.chars().any(crate::text::is_letter)
        && word
            .chars()
            .filter(|&c| crate::text::is_letter(c))
            .all(char::is_uppercase);
    tokens.push(Token {
        start: base + start,
        end: base + end,
        norm,
        variants,
        break_before,
        gap_before: match gap {
            // The gaps almost every word has cost no allocation.
            "" => "".into(),
            " " => " ".into(),
            ", " => ", ".into(),
            ". " => ". ".into(),
            _ => gap.to_string().into(),
        },
        arabic,
        caps,
        keys,
    });
}

fn gap_is_break(gap: &str) -> bool {
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | '،' | ';' | '؛' | ':' | '(' | ')' | '[' | ']' | '–' | '—' | '.' | '!' | '?' | '؟'
        )
    }) || gap.contains(" - ")
}

/// Forms of a folded word to match patterns against: the word itself, then
/// [`other_forms`].
pub fn variants_of(norm: &str, arabic: bool) -> Vec<String> {
    std::iter::once(norm.to_string())
        .chain(other_forms(norm, arabic))
        .collect()
}

/// The forms of a folded word other than itself: Arabic clitic-stripped forms, an English
/// possessive without `'s`. Most English words have none (and allocate nothing).
pub fn other_forms(norm: &str, arabic: bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let known = |out: &[String], s: &str| s == norm || out.iter().any(|v| v == s);
    if arabic {
        for prefix in arabic_prefixes() {
            if let Some(rest) = norm.strip_prefix(prefix.as_str())
                && rest.chars().count() >= 2
                && !known(&out, rest)
            {
                out.push(rest.to_string());
            }
        }
        // The future prefix س on a verb: ستجلي → تجلي (will evacuate).
        if let Some(stem) = arabic_future_stem(norm)
            && !known(&out, stem)
        {
            out.push(stem.to_string());
        }
        // A possessive or object pronoun: هجماتها → هجمات, اتهامهم → اتهام, مساعدتها → مساعده
        // (the ta marbuta written ت before it, folded back to ه).
        let stems: Vec<String> = std::iter::once(norm)
            .chain(out.iter().map(String::as_str))
            .filter_map(|v| {
                ["هما", "ها", "هم"]
                    .iter()
                    .find_map(|p| v.strip_suffix(p))
                    .filter(|stem| stem.chars().count() >= 3)
            })
            .flat_map(|stem| {
                let mut forms = vec![stem.to_string()];
                if let Some(t) = stem.strip_suffix('ت') {
                    forms.push(format!("{t}ه"));
                }
                forms
            })
            .collect();
        for stem in stems {
            if !known(&out, &stem) {
                out.push(stem);
            }
        }
        // The accusative of an indefinite noun ends in alef (tanween): حربا → حرب, قتالا → قتال.
        let bare: Vec<String> = std::iter::once(norm)
            .chain(out.iter().map(String::as_str))
            .filter(|v| v.chars().count() >= 4)
            .filter_map(|v| v.strip_suffix('ا'))
            .filter(|v| !v.ends_with('ا'))
            .map(str::to_string)
            .collect();
        for b in bare {
            if !known(&out, &b) {
                out.push(b);
            }
        }
    } else if let Some(rest) = norm.strip_suffix("'s").or_else(|| norm.strip_suffix('\''))
        && !rest.is_empty()
    {
        out.push(rest.to_string());
    }
    out
}

/// The verb after the Arabic future prefix س (after an optional و or ف): "وستجلي" → "تجلي".
/// Only before the imperfect prefixes ي ت ن, with at least three letters left.
pub fn arabic_future_stem(norm: &str) -> Option<&str> {
    let w = norm
        .strip_prefix('و')
        .or_else(|| norm.strip_prefix('ف'))
        .filter(|w| w.starts_with('س'))
        .unwrap_or(norm);
    let rest = w.strip_prefix('س')?;
    (rest.starts_with(['ي', 'ت', 'ن']) && rest.chars().count() >= 3).then_some(rest)
}

/// The proclitic stacks of Arabic: optional conjunction (و ف), optional preposition (ب ك ل),
/// optional article (ال; ل + ال is written لل).
fn arabic_prefixes() -> &'static [String] {
    use std::sync::OnceLock;
    static PREFIXES: OnceLock<Vec<String>> = OnceLock::new();
    PREFIXES.get_or_init(|| {
        let mut v = Vec::new();
        for c in ["", "و", "ف"] {
            for p in ["", "ب", "ك", "ل"] {
                for a in ["", "ال"] {
                    let prefix = if p == "ل" && a == "ال" {
                        format!("{c}لل")
                    } else {
                        format!("{c}{p}{a}")
                    };
                    if !prefix.is_empty() && !v.contains(&prefix) {
                        v.push(prefix);
                    }
                }
            }
        }
        v.sort_by_key(|p: &String| std::cmp::Reverse(p.chars().count()));
        v
    })
}

/// One word of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatWord {
    Exact(String),
    Prefix(String),
    Any,
    /// A number written in digits.
    Number,
}

/// A sequence of pattern words (see the module documentation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    pub words: Vec<PatWord>,
    /// The pattern as written, for messages.
    pub source: String,
}

impl Pattern {
    pub fn parse(s: &str) -> Result<Pattern, String> {
        let mut words = Vec::new();
        for raw in s.split_whitespace() {
            if raw == "_" {
                words.push(PatWord::Any);
                continue;
            }
            if raw == "#" {
                words.push(PatWord::Number);
                continue;
            }
            let (body, prefix) = match raw.strip_suffix('*') {
                Some(b) => (b, true),
                None => (raw, false),
            };
            // Fold each piece of the written word; a hyphenated word is several tokens. Only
            // the pieces' folded forms are needed, not whole tokens: parsing the built-in
            // vocabulary's patterns is most of what a short import does.
            let pieces: Vec<String> = word_spans(body)
                .map(|(_, start, end)| fold(&body[start..end]))
                .collect();
            if pieces.is_empty() {
                return Err(format!("pattern '{s}' has an empty word '{raw}'"));
            }
            let n = pieces.len();
            for (i, piece) in pieces.into_iter().enumerate() {
                if prefix && i + 1 == n {
                    if piece.chars().count() < 2 {
                        return Err(format!(
                            "pattern '{s}': prefix '{raw}' is too short (two letters at least)"
                        ));
                    }
                    words.push(PatWord::Prefix(piece));
                } else {
                    words.push(PatWord::Exact(piece));
                }
            }
        }
        if words.is_empty()
            || words
                .iter()
                .all(|w| matches!(w, PatWord::Any | PatWord::Number))
        {
            return Err(format!("pattern '{s}' has no words"));
        }
        Ok(Pattern {
            words,
            source: s.to_string(),
        })
    }

    /// Number of tokens matched at `i`, if the pattern matches there.
    pub fn match_at(&self, tokens: &[Token], i: usize) -> Option<usize> {
        if i + self.words.len() > tokens.len() {
            return None;
        }
        for (k, w) in self.words.iter().enumerate() {
            let tok = &tokens[i + k];
            // Words of a pattern after the first must not jump over a clause boundary.
            if k > 0 && tok.break_before && *w != PatWord::Any {
                return None;
            }
            let ok = match w {
                PatWord::Any => true,
                PatWord::Number => tok.is_number(),
                PatWord::Exact(x) => tok.forms().any(|v| v == x),
                PatWord::Prefix(x) => tok.forms().any(|v| v.starts_with(x.as_str())),
            };
            if !ok {
                return None;
            }
        }
        Some(self.words.len())
    }

    /// The first word when it is a literal (exact or prefix), for indexing.
    pub fn first_literal(&self) -> Option<&str> {
        match self.words.first() {
            Some(PatWord::Exact(x)) | Some(PatWord::Prefix(x)) => Some(x.as_str()),
            _ => None,
        }
    }
}

/// A match of some entry in a token sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index of the entry in its table.
    pub entry: usize,
    /// Token range [first, last).
    pub first: usize,
    pub last: usize,
}

/// Patterns indexed by their first word, so that a scan tries at each token only the patterns
/// that can start there (an exact first word, a prefix by its first two letters, or `_`),
/// instead of every pattern of a list. Built once per list.
#[derive(Debug, Clone, Default)]
pub struct PatternIndex {
    exact: KeyMap<Vec<usize>>,
    prefix: KeyMap<Vec<usize>>,
    any: Vec<usize>,
}

/// A map by [`FormKeys`] hash: the key is a hash already.
type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

#[derive(Default)]
struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// The keys a prefix pattern is filed under: its first three letters, or its two when it has
/// only two (prefixes have two at least). Three, because Arabic words share their first two
/// letters often ("است…", "اس…"): a key of two put 81 patterns in one list.
fn prefix_key(s: &str) -> Option<&str> {
    let mut chars = s.char_indices();
    chars.nth(1)?;
    Some(&s[..chars.nth(1).map_or(s.len(), |(i, _)| i)])
}

/// The keys a word is looked up under among the prefixes: its first two letters and its
/// first three.
fn prefix_lookups(s: &str) -> impl Iterator<Item = &str> {
    let mut ends = s
        .char_indices()
        .map(|(i, _)| i)
        .chain([s.len()])
        .skip(2)
        .take(2);
    std::iter::from_fn(move || ends.next().map(|end| &s[..end]))
}

impl PatternIndex {
    /// Index `(entry, pattern)` pairs.
    pub fn build<'a>(patterns: impl IntoIterator<Item = (usize, &'a Pattern)>) -> PatternIndex {
        let mut ix = PatternIndex::default();
        for (entry, p) in patterns {
            match p.words.first() {
                Some(PatWord::Exact(w)) => ix.exact.entry(key_of(w)).or_default().push(entry),
                Some(PatWord::Prefix(w)) => match prefix_key(w) {
                    Some(k) => ix.prefix.entry(key_of(k)).or_default().push(entry),
                    None => ix.any.push(entry),
                },
                _ => ix.any.push(entry),
            }
        }
        ix
    }

    /// Every match in the tokens of the indexed patterns that `keep` accepts (`pattern` gives
    /// an entry's pattern), each (entry, first token, end token).
    pub fn matches<'p>(
        &self,
        tokens: &[Token],
        pattern: impl Fn(usize) -> &'p Pattern,
        keep: impl Fn(usize) -> bool,
    ) -> Vec<Hit> {
        let mut all = Vec::new();
        let mut seen: Vec<usize> = Vec::new();
        for (i, tok) in tokens.iter().enumerate() {
            seen.clear();
            // A hash shared by two words only adds a pattern that `match_at` then refuses.
            let exact = tok.keys.iter().filter_map(|k| self.exact.get(&k.word));
            let prefix = tok
                .keys
                .iter()
                .flat_map(|k| k.prefixes.iter().flatten())
                .filter_map(|k| self.prefix.get(k));
            for &entry in exact.chain(prefix).flatten().chain(self.any.iter()) {
                if seen.contains(&entry) || !keep(entry) {
                    continue;
                }
                seen.push(entry);
                if let Some(n) = pattern(entry).match_at(tokens, i) {
                    all.push(Hit {
                        entry,
                        first: i,
                        last: i + n,
                    });
                }
            }
        }
        all
    }
}

/// Greedy non-overlapping selection, longest first, then leftmost, then lowest entry index
/// (later entries, such as user extensions, are placed first by callers that want them to win).
pub fn select_longest(mut all: Vec<Hit>) -> Vec<Hit> {
    all.sort_by(|a, b| {
        (b.last - b.first)
            .cmp(&(a.last - a.first))
            .then(a.first.cmp(&b.first))
            .then(a.entry.cmp(&b.entry))
    });
    // Which tokens a taken hit covers: a hit is checked against its own few tokens, not
    // against every hit taken before it (a long line has thousands).
    let mut covered = vec![false; all.iter().map(|h| h.last).max().unwrap_or(0)];
    let mut taken: Vec<Hit> = Vec::new();
    for h in all {
        if !covered[h.first..h.last].iter().any(|&c| c) {
            covered[h.first..h.last].iter_mut().for_each(|c| *c = true);
            taken.push(h);
        }
    }
    taken.sort_by_key(|h| (h.first, h.last));
    taken
}

/// Map byte offsets of a text to character offsets.
///
/// It keeps the byte offset of every [`CharIndex::STEP`]th character only and counts the rest,
/// so that its memory is a small part of the text's, however long.
#[derive(Debug, Clone)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// The byte offset of characters 0, STEP, 2 STEP, ...
    marks: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    const STEP: usize = 64;

    pub fn new(text: &'a str) -> CharIndex<'a> {
        let marks = text
            .char_indices()
            .step_by(Self::STEP)
            .map(|(b, _)| b)
            .collect();
        CharIndex { text, marks }
    }

    /// Character offset of a byte offset (the next char boundary at or after it).
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = self.text.ceil_char_boundary(byte.min(self.text.len()));
        let k = self.marks.partition_point(|&m| m <= byte).saturating_sub(1);
        let from = self.marks.get(k).copied().unwrap_or(0);
        k * Self::STEP + self.text[from..byte].chars().count()
    }
}

/// The minute of the day of a clock time, "16:10" or "16.10" (two digits of minutes).
pub fn minute_of(clock: &str) -> Option<u32> {
    let (h, m) = clock.split_once([':', '.'])?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_words_are_the_tokens_norms() {
        for text in [
            "Kyrgyz border guards' posts near Kok-Tash came under fire, U.N. said; 5,000 fled.",
            "قالت وزارة الدفاع الطاجيكية إن ٣ جنود قتلوا في اشتباكات يوم 29 أبريل.",
            "",
            "  ...  ",
            "O’Brien’s",
        ] {
            let joined = tokenize(text, 0)
                .iter()
                .map(|t| t.norm.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            assert_eq!(folded_words(text), joined, "{text}");
            assert_eq!(word_spans(text).count(), tokenize(text, 0).len(), "{text}");
        }
    }

    #[test]
    fn a_cyrillic_initial_is_no_word() {
        let norms =
            |text: &str| -> Vec<String> { tokenize(text, 0).into_iter().map(|t| t.norm).collect() };
        // Not the conjunction "а", nor the preposition "в".
        assert_eq!(
            norms("под руководством А. Назарзода"),
            ["под", "руководством", "а.", "назарзода"]
        );
        assert_eq!(norms("В. Путин"), ["в.", "путин"]);
        // The letters alone stay words, and Latin initials stay as they were ("U.S.").
        assert_eq!(norms("а в Оше"), ["а", "в", "оше"]);
        assert_eq!(norms("U.S. troops"), ["u", "s", "troops"]);
    }

    #[test]
    fn folds_arabic_variants_together() {
        assert_eq!(fold("منشأة"), fold("منشآة"));
        assert_eq!(fold("إلقاء"), "القاء");
        assert_eq!(fold("عامًا"), "عاما");
        assert_eq!(fold("شهـر"), "شهر");
        assert_eq!(fold("الأولى"), "الاولي");
        assert_eq!(fold("٢٩"), "29");
        assert_eq!(fold("Kyrgyzstan’s"), "kyrgyzstan's");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Vorukh É"), "vorukh e");
    }

    #[test]
    fn word_characters_are_unicode_letters_digits_and_marks() {
        // The fast paths agree with Unicode's tables.
        for ch in ('\0'..='\u{07FF}').chain('\u{FB50}'..='\u{FEFF}') {
            let expected = ch.is_alphanumeric()
                || matches!(ch, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}')
                || ('\u{0300}'..='\u{036F}').contains(&ch);
            assert_eq!(is_word_char(ch), expected, "{ch:?}");
        }
    }

    #[test]
    fn character_offsets_of_byte_offsets() {
        let text = "تاريخ ".repeat(40) + "end";
        let index = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_of(byte), chars);
            // Inside a character: the next one.
            if byte > 0 && !text.is_char_boundary(byte - 1) {
                assert_eq!(index.char_of(byte - 1), chars);
            }
        }
        assert_eq!(index.char_of(text.len()), text.chars().count());
        assert_eq!(CharIndex::new("").char_of(0), 0);
    }

    #[test]
    fn separators_inside_numbers_are_no_breaks() {
        let toks = tokenize("ordered 5,000 troops, and 2.5 tonnes", 0);
        let norms: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(
            norms,
            ["ordered", "5", "000", "troops", "and", "2", "5", "tonnes"]
        );
        assert!(!toks[2].break_before, "5,000");
        assert!(toks[4].break_before, "the comma after troops");
        assert!(!toks[6].break_before, "2.5");
    }

    #[test]
    fn tokens_keep_offsets_and_breaks() {
        let text = "وقال بوتين، إن «الاتحاد»";
        let toks = tokenize(text, 10);
        assert_eq!(toks.len(), 4);
        assert_eq!(&text[toks[1].start - 10..toks[1].end - 10], "بوتين");
        assert!(toks[2].break_before);
        assert!(!toks[1].break_before);
        assert!(toks[0].forms().any(|v| v == "قال"));
        let en = tokenize("Kyrgyzstan's stone-throwing", 0);
        assert_eq!(en.len(), 3);
        assert!(en[0].forms().any(|v| v == "kyrgyzstan"));
    }

    #[test]
    fn clitic_variants() {
        let v = variants_of(&fold("وبالاشتباكات"), true);
        assert!(v.contains(&"اشتباكات".to_string()), "{v:?}");
        let v = variants_of(&fold("للاتفاق"), true);
        assert!(v.contains(&"اتفاق".to_string()), "{v:?}");
    }

    #[test]
    fn pronoun_suffix_variants() {
        // A possessive or object pronoun comes off; a ta marbuta before it comes back.
        let v = variants_of(&fold("وهجماتها"), true);
        assert!(v.contains(&"هجمات".to_string()), "{v:?}");
        let v = variants_of(&fold("فتحهما"), true);
        assert!(v.contains(&"فتح".to_string()), "{v:?}");
        let v = variants_of(&fold("شكوتهم"), true);
        assert!(v.contains(&"شكوه".to_string()), "{v:?}");
        // Too short a stem is left alone.
        let v = variants_of(&fold("منها"), true);
        assert!(!v.contains(&"من".to_string()), "{v:?}");
    }

    #[test]
    fn future_prefix_and_accusative_alef() {
        let v = variants_of(&fold("وستجلي"), true);
        assert!(v.contains(&"تجلي".to_string()), "{v:?}");
        assert_eq!(arabic_future_stem("سيارة"), Some("يارة"));
        assert_eq!(arabic_future_stem("ستة"), None);
        assert_eq!(arabic_future_stem("سحبت"), None);
        let v = variants_of(&fold("حربًا"), true);
        assert!(v.contains(&"حرب".to_string()), "{v:?}");
        let v = variants_of(&fold("كما"), true);
        assert!(!v.contains(&"كم".to_string()), "{v:?}");
    }

    #[test]
    fn patterns_match_with_clitics_and_prefixes() {
        let p = Pattern::parse("وقف إطلاق النار").unwrap();
        let toks = tokenize("اتفاق لوقف إطلاق النار", 0);
        assert_eq!(p.match_at(&toks, 1), Some(3));
        let p = Pattern::parse("اشتباك*").unwrap();
        let toks = tokenize("واندلعت الاشتباكات", 0);
        assert_eq!(p.match_at(&toks, 1), Some(1));
        let p = Pattern::parse("stone-throw*").unwrap();
        assert_eq!(p.words.len(), 2);
        let toks = tokenize("the stone throwing began", 0);
        assert_eq!(p.match_at(&toks, 1), Some(2));
        assert!(Pattern::parse("_").is_err());
        assert!(Pattern::parse("a*").is_err());
        // `#` is a number in digits, and only that: "15,200" is two numbers.
        let p = Pattern::parse("suspended # # staff").unwrap();
        assert_eq!(
            p.match_at(&tokenize("suspended 15,200 staff", 0), 0),
            Some(4)
        );
        assert_eq!(
            p.match_at(&tokenize("suspended talks with staff", 0), 0),
            None
        );
        let p = Pattern::parse("فصل # موظف*").unwrap();
        assert_eq!(p.match_at(&tokenize("فصل ٢٠٠ موظف", 0), 0), Some(3));
        assert!(Pattern::parse("# _").is_err());
    }

    #[test]
    fn longest_wins() {
        let a = Pattern::parse("إطلاق النار").unwrap();
        let b = Pattern::parse("وقف إطلاق النار").unwrap();
        let toks = tokenize("وقف إطلاق النار", 0);
        let patterns = [a, b];
        let index = PatternIndex::build(patterns.iter().enumerate());
        let hits = select_longest(index.matches(&toks, |i| &patterns[i], |_| true));
        assert_eq!(
            hits,
            vec![Hit {
                entry: 1,
                first: 0,
                last: 3
            }]
        );
    }

    #[test]
    fn char_index() {
        let t = "aب c";
        let ci = CharIndex::new(t);
        assert_eq!(ci.char_of(0), 0);
        assert_eq!(ci.char_of(1), 1);
        assert_eq!(ci.char_of(3), 2);
        assert_eq!(ci.char_of(t.len()), 4);
    }
}
