//! English word lists: months and their abbreviations, weekdays, day words, units, direction
//! words, part-of-period words, number words and ordinals, plus multi-word phrases ("the day
//! before yesterday", "earlier this week"). Entries are lower case. Grammar lives in
//! `grammar.rs`; this file is data.

use chrono::Weekday;

use super::lex::{Approx, Dir, Era, Form, Lex, Part, Prep, Strength, Unit, Vague};
use super::resolve::MovableFeast;

pub(crate) fn words() -> Vec<(&'static str, Lex)> {
    use Strength::{Abbrev, Strong, Weak};
    let m = |n: u8, s: Strength| Lex::Month(n, s);
    let mut v: Vec<(&'static str, Lex)> = vec![
        ("january", m(1, Strong)),
        ("february", m(2, Strong)),
        ("march", m(3, Weak)),
        ("april", m(4, Strong)),
        ("may", m(5, Weak)),
        ("june", m(6, Strong)),
        ("july", m(7, Strong)),
        ("august", m(8, Strong)),
        ("september", m(9, Strong)),
        ("october", m(10, Strong)),
        ("november", m(11, Strong)),
        ("december", m(12, Strong)),
        ("jan", m(1, Abbrev)),
        ("feb", m(2, Abbrev)),
        ("mar", m(3, Abbrev)),
        ("apr", m(4, Abbrev)),
        ("jun", m(6, Abbrev)),
        ("jul", m(7, Abbrev)),
        ("aug", m(8, Abbrev)),
        ("sep", m(9, Abbrev)),
        ("sept", m(9, Abbrev)),
        ("oct", m(10, Abbrev)),
        ("nov", m(11, Abbrev)),
        ("dec", m(12, Abbrev)),
        ("monday", Lex::Weekday(Weekday::Mon)),
        ("tuesday", Lex::Weekday(Weekday::Tue)),
        ("wednesday", Lex::Weekday(Weekday::Wed)),
        ("thursday", Lex::Weekday(Weekday::Thu)),
        ("friday", Lex::Weekday(Weekday::Fri)),
        ("saturday", Lex::Weekday(Weekday::Sat)),
        ("sunday", Lex::Weekday(Weekday::Sun)),
        ("today", Lex::DayRel(0)),
        ("tonight", Lex::DayRel(0)),
        ("yesterday", Lex::DayRel(-1)),
        ("tomorrow", Lex::DayRel(1)),
        ("day", Lex::Unit(Unit::Day, Form::One)),
        ("days", Lex::Unit(Unit::Day, Form::Many)),
        ("week", Lex::Unit(Unit::Week, Form::One)),
        ("weeks", Lex::Unit(Unit::Week, Form::Many)),
        ("weekend", Lex::Unit(Unit::Week, Form::Two)),
        ("month", Lex::Unit(Unit::Month, Form::One)),
        ("months", Lex::Unit(Unit::Month, Form::Many)),
        ("year", Lex::Unit(Unit::Year, Form::One)),
        ("years", Lex::Unit(Unit::Year, Form::Many)),
        ("decade", Lex::Unit(Unit::Decade, Form::One)),
        ("decades", Lex::Unit(Unit::Decade, Form::Many)),
        ("century", Lex::Unit(Unit::Century, Form::One)),
        ("centuries", Lex::Unit(Unit::Century, Form::Many)),
        ("hour", Lex::Unit(Unit::Hour, Form::One)),
        ("hours", Lex::Unit(Unit::Hour, Form::Many)),
        ("minute", Lex::Unit(Unit::Minute, Form::One)),
        ("minutes", Lex::Unit(Unit::Minute, Form::Many)),
        ("last", Lex::Qual(Dir::Past)),
        ("past", Lex::Qual(Dir::Recent)),
        ("previous", Lex::Qual(Dir::Past)),
        ("next", Lex::Qual(Dir::Future)),
        ("coming", Lex::Qual(Dir::Future)),
        ("following", Lex::Qual(Dir::Following)),
        ("this", Lex::This),
        ("that", Lex::That),
        ("early", Lex::Part(Part::Early)),
        ("beginning", Lex::Part(Part::Early)),
        ("start", Lex::Part(Part::Early)),
        ("mid", Lex::Part(Part::Mid)),
        ("middle", Lex::Part(Part::Mid)),
        ("late", Lex::Part(Part::Late)),
        ("end", Lex::Part(Part::Late)),
        ("a", Lex::Prep(Prep::A)),
        ("an", Lex::Prep(Prep::A)),
        ("one", Lex::Card(1)),
        ("two", Lex::Card(2)),
        ("three", Lex::Card(3)),
        ("four", Lex::Card(4)),
        ("five", Lex::Card(5)),
        ("six", Lex::Card(6)),
        ("seven", Lex::Card(7)),
        ("eight", Lex::Card(8)),
        ("nine", Lex::Card(9)),
        ("ten", Lex::Card(10)),
        ("eleven", Lex::Card(11)),
        ("twelve", Lex::Card(12)),
        ("thirteen", Lex::Card(13)),
        ("fourteen", Lex::Card(14)),
        ("fifteen", Lex::Card(15)),
        ("sixteen", Lex::Card(16)),
        ("seventeen", Lex::Card(17)),
        ("eighteen", Lex::Card(18)),
        ("nineteen", Lex::Card(19)),
        ("twenty", Lex::Card(20)),
        ("thirty", Lex::Card(30)),
        ("forty", Lex::Card(40)),
        ("fifty", Lex::Card(50)),
        ("sixty", Lex::Card(60)),
        ("seventy", Lex::Card(70)),
        ("eighty", Lex::Card(80)),
        ("ninety", Lex::Card(90)),
        ("hundred", Lex::Card(100)),
        ("several", Lex::Card(0)),
        ("few", Lex::Card(0)),
        ("first", Lex::Ord(1)),
        ("second", Lex::Ord(2)),
        ("third", Lex::Ord(3)),
        ("fourth", Lex::Ord(4)),
        ("fifth", Lex::Ord(5)),
        ("sixth", Lex::Ord(6)),
        ("seventh", Lex::Ord(7)),
        ("eighth", Lex::Ord(8)),
        ("ninth", Lex::Ord(9)),
        ("tenth", Lex::Ord(10)),
        ("eleventh", Lex::Ord(11)),
        ("twelfth", Lex::Ord(12)),
        ("thirteenth", Lex::Ord(13)),
        ("fourteenth", Lex::Ord(14)),
        ("fifteenth", Lex::Ord(15)),
        ("sixteenth", Lex::Ord(16)),
        ("seventeenth", Lex::Ord(17)),
        ("eighteenth", Lex::Ord(18)),
        ("nineteenth", Lex::Ord(19)),
        ("twentieth", Lex::Ord(20)),
        ("thirtieth", Lex::Ord(30)),
        ("before", Lex::Prep(Prep::Before)),
        ("since", Lex::Prep(Prep::Since)),
        ("after", Lex::Prep(Prep::After)),
        ("in", Lex::Prep(Prep::In)),
        ("from", Lex::Prep(Prep::From)),
        ("to", Lex::Prep(Prep::To)),
        ("until", Lex::Prep(Prep::To)),
        ("till", Lex::Prep(Prep::To)),
        ("through", Lex::Prep(Prep::To)),
        ("between", Lex::Prep(Prep::Between)),
        ("for", Lex::Prep(Prep::For)),
        ("and", Lex::Prep(Prep::And)),
        ("on", Lex::Prep(Prep::On)),
        ("by", Lex::Prep(Prep::By)),
        ("during", Lex::Prep(Prep::During)),
        ("throughout", Lex::Prep(Prep::During)),
        ("within", Lex::Prep(Prep::During)),
        ("the", Lex::Prep(Prep::The)),
        ("of", Lex::Prep(Prep::Of)),
        ("ago", Lex::Ago),
        ("later", Lex::Later),
        ("earlier", Lex::Earlier),
        ("bc", Lex::Era(Era::Bc)),
        ("bce", Lex::Era(Era::Bc)),
        ("ad", Lex::Era(Era::Gregorian)),
        ("ce", Lex::Era(Era::Gregorian)),
        ("ah", Lex::Era(Era::Hijri)),
        ("about", Lex::Approx(Approx::About)),
        ("around", Lex::Approx(Approx::About)),
        ("nearly", Lex::Approx(Approx::About)),
        ("almost", Lex::Approx(Approx::About)),
        ("some", Lex::Approx(Approx::About)),
        ("roughly", Lex::Approx(Approx::About)),
        ("approximately", Lex::Approx(Approx::About)),
        ("recently", Lex::Vague(Vague::Before)),
        ("lately", Lex::Vague(Vague::Before)),
        ("soon", Lex::Vague(Vague::After)),
        ("morning", Lex::PartOfDay),
        ("afternoon", Lex::PartOfDay),
        ("evening", Lex::PartOfDay),
        ("night", Lex::PartOfDay),
        ("overnight", Lex::Overnight),
        ("same", Lex::Same),
        ("twenties", Lex::Decade(2)),
        ("thirties", Lex::Decade(3)),
        ("forties", Lex::Decade(4)),
        ("fifties", Lex::Decade(5)),
        ("sixties", Lex::Decade(6)),
        ("seventies", Lex::Decade(7)),
        ("eighties", Lex::Decade(8)),
        ("nineties", Lex::Decade(9)),
        ("quarter", Lex::Quarter),
        ("half", Lex::Half),
        ("q", Lex::Quarter),
        ("h", Lex::Half),
        ("christmas", Lex::Holiday(false, 12, 25)),
        ("spring", Lex::Season(1)),
        ("summer", Lex::Season(2)),
        ("autumn", Lex::Season(3)),
        ("fall", Lex::Season(3)),
        ("winter", Lex::Season(4)),
        ("ashura", Lex::Holiday(true, 1, 10)),
        ("halloween", Lex::Holiday(false, 10, 31)),
        ("thanksgiving", Lex::Feast(THANKSGIVING)),
        ("easter", Lex::Feast(MovableFeast::Easter(0))),
        ("pentecost", Lex::Feast(MovableFeast::Easter(49))),
        ("noon", Lex::Clock(12)),
        ("midday", Lex::Clock(12)),
        ("midnight", Lex::Clock(0)),
    ];
    v.shrink_to_fit();
    v
}

/// Words that cannot be the noun a month name modifies ("the April is", "the June and"):
/// verbs, auxiliaries, pronouns, conjunctions, prepositions and adverbs with no entry in
/// `words`.
pub(crate) const NOT_NOUNS: &[&str] = &[
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "not",
    "or",
    "but",
    "nor",
    "so",
    "yet",
    "as",
    "at",
    "for",
    "with",
    "without",
    "into",
    "onto",
    "upon",
    "under",
    "over",
    "against",
    "within",
    "when",
    "where",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "that",
    "than",
    "then",
    "there",
    "here",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "him",
    "them",
    "us",
    "me",
    "s",
    "t",
    "also",
    "only",
    "too",
    "very",
    "again",
    "still",
    "already",
    "just",
    "said",
    "says",
    "say",
    "if",
    "while",
    "because",
    "though",
    "although",
    "up",
    "down",
    "out",
    "off",
    "per",
    "via",
    "like",
    "unlike",
    "near",
    "across",
    "along",
    "among",
    "amid",
    "around",
    "toward",
    "towards",
    "behind",
    "beyond",
    "despite",
    "whether",
    "how",
    "why",
    // Names of past events that are not the latest such month: "the June war" (1967), "the
    // July revolution" (1952), "the October war" (1973).
    "war",
    "wars",
    "revolution",
    "revolutions",
    "uprising",
    "intifada",
    "coup",
    "movement",
    "accord",
    "accords",
    "declaration",
    "constitution",
    "resolution",
    "crisis",
];

/// Nouns for an event after a month name that is also a name or a verb ("the May clashes",
/// "the March offensive"): only these make May or March a month after "the".
pub(crate) const EVENT_NOUNS: &[&str] = &[
    "clashes",
    "clash",
    "fighting",
    "violence",
    "attack",
    "attacks",
    "offensive",
    "election",
    "elections",
    "protest",
    "protests",
    "riots",
    "war",
    "ceasefire",
    "truce",
    "bombing",
    "bombings",
    "killings",
    "massacre",
    "incident",
    "incidents",
    "escalation",
    "unrest",
    "raid",
    "raids",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "shelling",
    "skirmishes",
    "events",
    "operation",
    "hostilities",
    "battle",
    "battles",
    "assault",
];

/// The fourth Thursday of November (the United States).
const THANKSGIVING: MovableFeast = MovableFeast::NthWeekday {
    m: 11,
    w: Weekday::Thu,
    n: 4,
};

pub(crate) fn phrases() -> Vec<(&'static str, Lex)> {
    let easter = |days: i8| Lex::Feast(MovableFeast::Easter(days));
    let nth = |m: u8, w: Weekday, n: u8| Lex::Feast(MovableFeast::NthWeekday { m, w, n });
    vec![
        ("thanksgiving day", Lex::Feast(THANKSGIVING)),
        ("good friday", easter(-2)),
        ("holy thursday", easter(-3)),
        ("maundy thursday", easter(-3)),
        ("palm sunday", easter(-7)),
        ("easter sunday", easter(0)),
        ("easter monday", easter(1)),
        ("ash wednesday", easter(-46)),
        ("whit sunday", easter(49)),
        ("whit monday", easter(50)),
        // United States federal holidays by their usual names; "Labour Day" is 1 May elsewhere.
        ("labor day", nth(9, Weekday::Mon, 1)),
        ("memorial day", nth(5, Weekday::Mon, 0)),
        ("labour day", Lex::Holiday(false, 5, 1)),
        ("christmas day", Lex::Holiday(false, 12, 25)),
        ("boxing day", Lex::Holiday(false, 12, 26)),
        ("valentine s day", Lex::Holiday(false, 2, 14)),
        ("veterans day", Lex::Holiday(false, 11, 11)),
        ("armistice day", Lex::Holiday(false, 11, 11)),
        ("the following morning", Lex::AnchorDay(1)),
        ("the following afternoon", Lex::AnchorDay(1)),
        ("the following evening", Lex::AnchorDay(1)),
        ("the following night", Lex::AnchorDay(1)),
        ("the next morning", Lex::AnchorDay(1)),
        ("the next afternoon", Lex::AnchorDay(1)),
        ("the next evening", Lex::AnchorDay(1)),
        ("the previous evening", Lex::AnchorDay(-1)),
        ("the previous night", Lex::AnchorDay(-1)),
        ("the day before yesterday", Lex::DayRel(-2)),
        ("the day after tomorrow", Lex::DayRel(2)),
        ("last night", Lex::DayRel(-1)),
        ("the day before", Lex::AnchorDay(-1)),
        ("the previous day", Lex::AnchorDay(-1)),
        ("the preceding day", Lex::AnchorDay(-1)),
        ("the day after", Lex::AnchorDay(1)),
        ("the next day", Lex::AnchorDay(1)),
        ("the following day", Lex::AnchorDay(1)),
        ("the same day", Lex::AnchorDay(0)),
        ("in the days that followed", Lex::AnchorAfter),
        ("in the following days", Lex::AnchorAfter),
        ("in the days after", Lex::AnchorAfter),
        ("in subsequent days", Lex::AnchorAfter),
        ("over the following days", Lex::AnchorAfter),
        ("over the next few days", Lex::AnchorAfter),
        ("that same day", Lex::AnchorDay(0)),
        ("that same night", Lex::AnchorDay(0)),
        ("that same evening", Lex::AnchorDay(0)),
        ("that same morning", Lex::AnchorDay(0)),
        ("the same night", Lex::AnchorDay(0)),
        ("the same evening", Lex::AnchorDay(0)),
        ("the same morning", Lex::AnchorDay(0)),
        ("the same afternoon", Lex::AnchorDay(0)),
        ("later that day", Lex::AnchorDay(0)),
        ("earlier that day", Lex::AnchorDay(0)),
        ("that day", Lex::AnchorDay(0)),
        ("that night", Lex::AnchorDay(0)),
        ("that evening", Lex::AnchorDay(0)),
        ("that morning", Lex::AnchorDay(0)),
        ("that afternoon", Lex::AnchorDay(0)),
        ("in recent days", Lex::Vague(Vague::Before)),
        ("in recent weeks", Lex::Vague(Vague::Before)),
        ("in recent months", Lex::Vague(Vague::Before)),
        ("in recent years", Lex::Vague(Vague::Before)),
        ("in the coming days", Lex::Vague(Vague::ComingDays)),
        ("in the coming weeks", Lex::Vague(Vague::After)),
        ("in the coming months", Lex::Vague(Vague::After)),
        ("in the coming years", Lex::Vague(Vague::After)),
        ("since then", Lex::Vague(Vague::Unknown)),
        ("at the time", Lex::Vague(Vague::Unknown)),
        ("more than", Lex::Approx(Approx::MoreThan)),
        ("over", Lex::Approx(Approx::MoreThan)),
        ("less than", Lex::Approx(Approx::LessThan)),
        ("the turn of the century", Lex::Vague(Vague::Unknown)),
        ("christmas eve", Lex::Holiday(false, 12, 24)),
        ("new year s day", Lex::Holiday(false, 1, 1)),
        ("new year s eve", Lex::Holiday(false, 12, 31)),
        ("eid al fitr", Lex::Holiday(true, 10, 1)),
        ("eid al adha", Lex::Holiday(true, 12, 10)),
        ("eid ul fitr", Lex::Holiday(true, 10, 1)),
        ("eid ul adha", Lex::Holiday(true, 12, 10)),
        ("earlier today", Lex::DayRel(0)),
        ("later today", Lex::DayRel(0)),
        ("this morning", Lex::DayRel(0)),
        ("this afternoon", Lex::DayRel(0)),
        ("this evening", Lex::DayRel(0)),
        ("the weekend", Lex::Unit(Unit::Week, Form::Two)),
    ]
}

/// Words that tell the tense of a clause (see `tense.rs`), each list one string of words.
pub(crate) struct TenseWords {
    /// Future and scheduling words, and present-tense verbs of schedule ("meets", "begins").
    pub future: &'static str,
    /// Past forms that do not end in "-ed", and words that speak of the past.
    pub past: &'static str,
    /// Words ending in "-ed" that are not past forms.
    pub not_past: &'static str,
    /// Words that make a schedule before "for", "to" or "on" ("set for", "due to").
    pub scheduling: &'static str,
    /// Words right before a date that make it a deadline ("by Friday").
    pub deadline: &'static str,
    /// Verbs of saying, asking and setting, whose tense is the telling's and not that of the
    /// date they name ("had insisted on Jan. 12").
    pub telling: &'static str,
    /// Light words that cost nothing between a verb and its date ("broke out on").
    pub light: &'static str,
    /// Words that make a following "before" or "after" tell when something happened rather
    /// than set a deadline ("shortly before 8 p.m.").
    pub narrating: &'static str,
    /// Plain present forms (third person plural) of verbs of scheduled acts, read as such
    /// after a plural subject: "voters go to the polls Sunday", "Russians vote Sunday".
    pub schedule_present: &'static str,
    /// Future auxiliaries: with no tense cue near a date, one anywhere before it in the
    /// sentence gives the sentence's tense.
    pub auxiliary: &'static str,
    /// Words that open another clause: a future auxiliary before them does not reach a date
    /// after them ("will keep bombing ... despite the plan's acceptance Thursday").
    pub clause: &'static str,
}

pub(crate) const TENSE: TenseWords = TenseWords {
    future: "will shall ll would scheduled planned upcoming expected tomorrow forthcoming \
        slated pending could might should must due meets leaves comes begins starts opens ends \
        closes arrives returns resumes hosts holds expires visits travels flies heads convenes \
        reconvenes faces takes goes",
    past: "was were had did said told met began begun broke came went took gave fought shot \
        held left fled made saw rose fell struck won lost sent spent kept brought found stood \
        led paid sold built spoke wrote flew drove threw grew knew drew ran became got withdrew \
        arose caught felt froze hung heard laid meant overran sought shook slept swept taught \
        understood upheld woke withheld ago yesterday earlier last previously former formerly \
        has have been since blew bought chose dug forgot hid lit rang rode sank shut slid \
        sprang stole stuck swore tore undertook wore overcame overtook",
    not_past: "armed united hundred need proceed exceed speed embed indeed succeed breed bleed \
        feed seed based scheduled planned expected proposed alleged unprecedented detailed \
        limited advanced concerned unidentified undisclosed disputed contested embattled \
        besieged shared coordinated renewed red interested supposed related bed wed shed naked \
        wicked sacred beloved aged learned marked doomed reported unexpected skilled designed \
        intended estimated combined divided isolated occupied organized organised mixed \
        increased reduced extended amended revised",
    scheduling: "set due slated poised timed expected scheduled plans planning intends aims \
        hopes expects going",
    deadline: "by until till through before for",
    telling: "said says say told insisted proposed suggested demanded asked urged called \
        announced set agreed promised pledged vowed threatened warned decided ordered postponed \
        delayed moved invited reported added stated declared confirmed according",
    light: "on in at from of out up off down again early late until till through by for to the \
        between during around about near",
    narrating: "shortly just soon right long immediately minutes hours moments",
    schedule_present: "vote go meet begin start open resume convene reconvene return gather",
    auxiliary: "will shall ll",
    clause: "but while whereas although though after before since when that despite because until \
        unless if which who where as",
};

/// Words around a four-digit number that make it an amount, a number or a time rather than a
/// year (see `grammar/bare_year.rs`), each list one string of words.
pub(crate) struct YearWords {
    /// Words after which a number is an identifier: "page 1990", "flight 1990".
    pub identifying: &'static str,
    /// Words after which a number counts something: "killed 1990", "rose to 1990".
    pub counting: &'static str,
    /// Words after a number that make it a count, whatever else follows: "1990 people",
    /// "1990 km", "1900 GMT".
    pub counted: &'static str,
    /// Counted nouns after an adjective: "1990 armed men".
    pub people: &'static str,
    /// Plural nouns a year qualifies ("1989 earnings", "the 1967 borders"); after any other
    /// plural a number counts ("1990 troops").
    pub year_plurals: &'static str,
}

pub(crate) const YEAR_WORDS: YearWords = YearWords {
    identifying: "no nos number numbers num page pages p pp flight flights route highway road \
        resolution resolutions room suite apartment box article articles paragraph section \
        chapter clause item line bus train platform gate hill point km kilometre kilometer mile \
        model version serial code channel unit vision agenda windows dow index nasdaq level \
        extension ext tel phone fax id ref case file bill decree regulation directive grid sector \
        block plot lot category class grade stage phase step round game match at height elevation \
        altitude frequency batch lane street avenue exit seat seats row cell ward bed beds pier \
        berth hangar camp checkpoint post border marker",
    counting: "killed wounded injured arrested detained displaced evacuated deployed sent rose \
        fell reached totaled totalled numbered hit topped exceeded surpassed least most only just \
        estimated additional another total up down gained lost added shed cut climbed jumped \
        dropped slipped declined increased decreased grew risen fallen employs employed hired",
    counted: "people persons men women children kids police policemen personnel staff cattle \
        sheep head dead wounded injured killed missing more other others new additional extra of \
        times feet ft km kg mw m mm cm sq square percent per cent pct million billion thousand \
        hundred gmt utc hours hrs hr h local zulu est edt cst cdt pst pdt bst cet cest msk ist z \
        lb lbs oz mph kph bpd mt",
    people: "people persons men women",
    year_plurals: "earnings sales results revenues profits losses figures levels prices elections \
        talks accords agreements games olympics borders lines boundaries riots protests attacks \
        bombings clashes killings massacres events hostilities negotiations budgets estimates \
        forecasts numbers rates totals standards rules guidelines reforms sanctions resolutions \
        operations campaigns uprisings wars floods championships finals models editions \
        statistics returns taxes contracts deliveries crops harvests plans targets goals \
        projections quotas shipments imports exports payments deadlines exams polls primaries \
        offensives invasions incursions airstrikes shootings demonstrations ceasefires truces \
        deals treaties summits meetings visits hearings trials purges protocols understandings \
        arrangements census accounts filings reports surveys assessments data findings gains \
        declines increases cuts terms conditions constitutions laws acts amendments",
};

/// Time zones written after a clock time ("5 p.m. EST Friday").
pub(crate) const TIME_ZONES: &str = "est edt cst cdt mst mdt pst pdt akst akdt hst gmt utc bst \
    cet cest eet eest msk ist pkt jst kst aest aedt wib ast adt sast wat eat cat irst gst z";

/// Nouns a feast's name qualifies, making it a name: "the Good Friday agreement", "the Easter
/// rising".
pub(crate) const FEAST_NAMES: &str = "agreement accord accords rising uprising offensive massacre \
    bombing bombings attack attacks raid tsunami earthquake";

/// Words that compare two figures, before "a year ago" counted from the period just named:
/// "up from", "compared with", "than", "versus".
pub(crate) const COMPARING: &str = "from with than versus vs against compared";
