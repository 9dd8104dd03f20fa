//! Language by script and words: Arabic, English and Russian are read; other languages
//! (Kyrgyz, Tajik and Ukrainian among the Cyrillic ones) are refused clearly (the message names
//! the language and --lang), never half-read.

use chrono::NaiveDate;
use tarikh::ingest::{IngestOptions, ingest_report};
use tarikh::tagger::Lang;

fn opts() -> IngestOptions {
    IngestOptions {
        published: NaiveDate::from_ymd_opt(2022, 9, 16),
        ..Default::default()
    }
}

fn refusal(raw: &str) -> String {
    match ingest_report("x.txt", raw, &opts()) {
        Ok(x) => panic!("expected a refusal, got {} incidents", x.incidents.len()),
        Err(e) => e.to_string(),
    }
}

#[test]
fn french_is_refused() {
    let msg = refusal(
        "Des affrontements ont éclaté jeudi à la frontière entre le Kirghizistan et le Tadjikistan, selon les autorités. Le bilan est de 24 morts et des dizaines de blessés dans la région de Batken.\n",
    );
    assert!(
        msg.starts_with("x.txt: ") && msg.contains("French") && msg.contains("--lang"),
        "{msg}"
    );
}

#[test]
fn chinese_and_persian_are_refused() {
    let msg = refusal(
        "吉尔吉斯斯坦和塔吉克斯坦边境周四再次发生冲突，双方互相指责对方首先开火，造成多人伤亡。\n",
    );
    assert!(
        msg.contains("Chinese") && msg.contains("Arabic, English and Russian"),
        "{msg}"
    );
    let msg = refusal(
        "درگیری در مرز قرقیزستان و تاجیکستان پس از نصب دوربین‌ها آغاز شد و چند نفر کشته شدند. گفتگوها ادامه دارد.\n",
    );
    assert!(msg.contains("Persian"), "{msg}");
}

#[test]
fn russian_is_read() {
    let o = IngestOptions {
        published: None,
        ..opts()
    };
    let x = ingest_report(
        "x.txt",
        "16 сентября 2022\n\nНа кыргызско-таджикской границе возобновились столкновения, сообщили пограничники. Погибли 24 человека.\n",
        &o,
    )
    .expect("read");
    assert_eq!(x.report.language, "ru");
    assert_eq!(x.report.published.to_string(), "2022-09-16");
    assert!(!x.incidents.is_empty());
}

#[test]
fn kyrgyz_tajik_and_ukrainian_are_refused_by_name() {
    for (text, name) in [
        (
            "Өкмөт чек арадагы атышуу тууралуу билдирүү жасады. Баткен облусунда эки киши жарадар болду.\n",
            "Kyrgyz",
        ),
        (
            "Ҳукумат дар бораи тирпарронӣ дар сарҳад изҳорот дод. Вазъ дар ноҳияи Исфара ором аст.\n",
            "Tajik",
        ),
        (
            "Уряд і прикордонна служба зробили заяву щодо перестрілки на кордоні. Загинули двоє військових.\n",
            "Ukrainian",
        ),
    ] {
        let msg = refusal(text);
        assert!(
            msg.contains(name) && msg.contains("Nothing was read") && msg.contains("--lang"),
            "{msg}"
        );
    }
}

#[test]
fn front_matter_language_is_trusted() {
    let msg = refusal(
        "---\nlanguage: fr\n---\nClashes erupted on the border on Thursday, officials said.\n",
    );
    assert!(
        msg.contains("French") && msg.contains("front matter"),
        "{msg}"
    );
    let x = ingest_report(
        "x.txt",
        "---\nlanguage: en\n---\nClashes erupted on the border on Thursday, officials said.\n",
        &opts(),
    )
    .expect("read");
    assert_eq!(x.report.language, "en");
}

#[test]
fn the_flag_wins() {
    let raw = "Des affrontements ont éclaté à la frontière, selon les autorités du pays voisin et de la région.\n";
    let o = IngestOptions {
        lang: Some(Lang::En),
        ..opts()
    };
    assert!(ingest_report("x.txt", raw, &o).is_ok());
}

#[test]
fn too_little_text_asks_for_the_language() {
    let msg = refusal("Clashes.\n");
    assert!(msg.contains("--lang"), "{msg}");
}
