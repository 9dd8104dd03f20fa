//! Throughput of the temporal tagger over at least 10 MB of mixed Arabic, English and Russian
//! news-like text, generated here (made-up sentences with and without dates), and over Russian
//! text alone. Prints MB/s for one core.
//!
//! Run: `cargo bench --bench tagger`

use std::time::{Duration, Instant};

use chrono::NaiveDate;
use tarikh::tagger::{TagOptions, tag};

const AR: &[&str] = &[
    "قال المتحدث باسم وزارة الدفاع إن القوات انسحبت من المواقع الحدودية في 12 مارس الماضي بعد اشتباكات متقطعة.",
    "وأضاف أن الطرفين اتفقا على عقد جولة جديدة من المحادثات الأسبوع المقبل في العاصمة بحضور وسطاء دوليين.",
    "وكانت المنظمة قد حذرت قبل ثلاثة أيام من تدهور الأوضاع الإنسانية في المخيمات المكتظة بالنازحين.",
    "وتعود جذور النزاع إلى عام 1994 حين رسمت الحدود دون الرجوع إلى السكان المحليين في القرى المتاخمة.",
    "وأفاد شهود عيان بأن دوي انفجارات سمع مساء أمس في الأحياء الشرقية للمدينة، دون أن تتضح أسبابها.",
    "ومن المقرر أن يزور الوفد البرلماني المنطقة في نهاية شهر يونيو المقبل لتفقد أوضاع اللاجئين.",
    "وأشار التقرير إلى أن عدد الضحايا ارتفع خلال السنوات الماضية بشكل ملحوظ رغم الاتفاقات المتتالية.",
    "ويطالب الأهالي بتعويضات عن المنازل التي دمرت، فيما تعهدت الحكومة بإعادة الإعمار في أقرب وقت.",
    "وصرح المحافظ اليوم الثلاثاء بأن حركة المرور عبر المعبر عادت إلى طبيعتها بعد إغلاق دام أسبوعين.",
    "وتشير الإحصاءات الرسمية الصادرة في ٢٠/٤/٢٠٢١ إلى تراجع طفيف في أعداد المصابين بالمدينة.",
    "وأكد الناطق أن اللجنة المشتركة ستواصل أعمالها حتى الانتهاء من ترسيم الخط الفاصل بين البلدين.",
    "واستمرت المواجهات من 13 إلى 15 تموز، وأسفرت عن سقوط عشرات الجرحى في صفوف المدنيين.",
];

const EN: &[&str] = &[
    "Border guards exchanged fire on Thursday, April 29, according to a statement from the regional governor.",
    "The two presidents agreed to meet in Moscow at the end of May to discuss security and trade.",
    "Aid agencies said three days ago that thousands of families had fled their homes in the valley.",
    "The dispute over the water facility dates back to 1991, when both countries became independent.",
    "Officials declined to comment on reports that troops had been moved closer to the frontier last week.",
    "The ceasefire, signed on 1 May 2021, has largely held despite mutual accusations of violations.",
    "Local residents told reporters that the shelling stopped late in the evening and resumed the next day.",
    "Both sides have pledged to withdraw heavy equipment from the contact line within the coming weeks.",
    "A joint commission is expected to publish its findings early next month, a spokesman said.",
    "The statement dated 2021-05-03 listed forty-one villages affected by the fighting in recent years.",
    "Talks between the delegations continued for several hours without a breakthrough on the main issues.",
    "Prices of flour and fuel have doubled since January, according to the World Food Programme.",
];

const RU: &[&str] = &[
    "БИШКЕК, 16 сентября. /ТАСС/. Пограничники Киргизии и Таджикистана вновь открыли огонь на участке у села Кок-Таш.",
    "По данным погранслужбы, перестрелка началась в 16:00 (13:00 мск) и продолжалась около двух часов.",
    "В прошлую пятницу стороны договорились об отводе войск, однако уже в среду обстрелы возобновились.",
    "Переговоры делегаций пройдут на следующей неделе в Душанбе, сообщили в МИД республики.",
    "Напомним, ещё в апреле 2021 года в результате столкновений погибли более 50 человек.",
    "Накануне в ведомстве заявили, что обстановка на границе остаётся стабильной и контролируемой.",
    "С 14 по 16 сентября 2022 года в Баткенской области были эвакуированы свыше 130 тысяч жителей.",
    "Три дня назад на КПП «Достук» задержали грузовик с оружием, возбуждено уголовное дело.",
    "В 90-х годах на этом участке границы не было ни одного поста, отмечают местные жители.",
    "Совещание межправительственной комиссии назначено на 15 мая с. г., уточнили в пресс-службе.",
    "В ночь на среду в приграничном селе сгорели два дома, пострадавших нет.",
    "Указ от 16.09.2022 № 345 объявил 19 сентября днём траура по погибшим.",
];

/// A small deterministic generator, so every run measures the same text.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) as usize
    }
}

/// At least `min_bytes` of paragraphs from `pools`: 3 to 6 sentences each, mostly of one
/// language, one sentence in eight from another.
fn corpus(min_bytes: usize, pools: &[&[&str]]) -> String {
    let mut rng = Lcg(0x7461_7269_6b68);
    let mut text = String::with_capacity(min_bytes + 4096);
    while text.len() < min_bytes {
        let n = 3 + rng.next() % 4;
        let lang = rng.next() % pools.len();
        for _ in 0..n {
            let mixed = rng.next().is_multiple_of(8);
            let pool = pools[if mixed {
                (lang + 1) % pools.len()
            } else {
                lang
            }];
            text.push_str(pool[rng.next() % pool.len()]);
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// Tags `text` (best of 3 after a warm-up) and prints the figure.
fn measure(what: &str, text: &str) {
    let options = TagOptions {
        published: NaiveDate::from_ymd_opt(2021, 5, 10).expect("day"),
        lang: None,
    };
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    // Warm-up builds the word lists once.
    let found = tag(text, &options).len();
    let mut best = Duration::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let n = tag(text, &options).len();
        best = best.min(t.elapsed());
        assert_eq!(n, found);
    }
    let secs = best.as_secs_f64();
    println!(
        "tagger: {mb:.1} MB {what}, {found} expressions, best of 3: {secs:.3} s = {:.1} MB/s (one core)",
        mb / secs
    );
}

fn main() {
    measure(
        "mixed Arabic/English/Russian",
        &corpus(12 * 1024 * 1024, &[AR, EN, RU]),
    );
    measure("Russian", &corpus(12 * 1024 * 1024, &[RU]));
    measure("mixed Arabic/English", &corpus(12 * 1024 * 1024, &[AR, EN]));
}
