//! The blind merge sets (`tests/data/mergeset/`): reports about one episode from many made-up
//! outlets, in Arabic, English and Russian, written with their gold by helpers who had not read the
//! ingester or the merge rules. Every gold row names the real incident it tells (`event`), so
//! that the grouping of readings into incidents can be scored over pairs of mentions from
//! different reports, as issue 8 counts it. The figures are printed with
//! `cargo test --release --test merge_devset -- --nocapture`; `TARIKH_DEVSET_VERBOSE=1` also
//! lists the pairs joined wrongly and the pairs left apart (read sets only).
//!
//! Nothing in `src/` or `data/` may be written for these texts.

mod devset_support;

use devset_support::{MergeScore, score_merge};

struct Floors {
    precision: f64,
    recall: f64,
    duplicates_max: usize,
}

/// Score one set against its floors. Only a set already `read` lists its pairs under
/// `TARIKH_DEVSET_VERBOSE`: an unread one prints its summary whatever the environment says.
fn check(set: &str, read: bool, floors: Floors) {
    let verbose = read && std::env::var_os("TARIKH_DEVSET_VERBOSE").is_some();
    let s: MergeScore = score_merge(&format!("tests/data/mergeset/{set}"), verbose);
    println!("mergeset/{set}: {}", s.summary());
    assert!(s.mentions > 0, "mergeset/{set}: no gold rows read");
    assert!(
        s.precision() >= floors.precision,
        "mergeset/{set}: merge precision {:.2} fell below {:.2}",
        s.precision(),
        floors.precision
    );
    assert!(
        s.recall() >= floors.recall,
        "mergeset/{set}: merge recall {:.2} fell below {:.2}",
        s.recall(),
        floors.recall
    );
    assert!(
        s.duplicates <= floors.duplicates_max,
        "mergeset/{set}: {} duplicate copies, more than {}",
        s.duplicates,
        floors.duplicates_max
    );
}

/// Written by helper-21 at the start of the twelfth session (20 reports, 128 gold rows, 59
/// events, 20 of them told by 2 to 8 reports, 178 pairs). Scored blind at commit c542fc3 once
/// the scorer told apart two readings of one sentence: precision 0.66, recall 0.24 (0.33 of
/// the pairs both read), 28 duplicate copies. Read since, to find the classes of merge errors.
#[test]
fn fresh1_merges() {
    check(
        "fresh1",
        true,
        Floors {
            precision: 0.82,
            recall: 0.36,
            duplicates_max: 25,
        },
    );
}

/// Written by helper-22 at the same time (20 reports, 121 gold rows, 57 events, 21 of them
/// told by 2 to 8 reports, 170 pairs). Scored blind at commit c542fc3 (the scorer as for
/// fresh1): precision 0.62, recall 0.24 (0.37 of the pairs both read), 20 duplicate copies.
/// Meant to stay unread, but on 2026-12-04 (thirteenth session) one run with
/// `TARIKH_DEVSET_VERBOSE` listed its wrongly joined pairs, because `check` did not yet hold
/// the variable back for unread sets. No rule has been changed for what they showed; its
/// figures are no longer blind all the same. Its pairs stay unlisted from now on. (Its
/// precision floor went from 0.65 to 0.62 in the seventeenth session, when the country of
/// violence's place became one of its sides: 0.68 to 0.64 here, for 0.82 / 0.26 to 0.85 / 0.31
/// on fresh4, 0.73 / 0.16 to 0.77 / 0.20 on fresh7 and 0.66 / 0.28 to 0.67 / 0.30 on fresh5.)
#[test]
fn fresh2_merges() {
    check(
        "fresh2",
        false,
        Floors {
            precision: 0.62,
            recall: 0.17,
            duplicates_max: 27,
        },
    );
}

/// Written by helper-24 in the thirteenth session (20 reports, 129 gold rows, 59 events, 24 of
/// them told by 2 to 8 reports, 169 pairs: Galwan 2020 and Thailand–Cambodia 2025), after
/// `fresh2` was seen. Scored blind at commit f8cbf64: precision 0.69, recall 0.21 (0.40 of
/// the pairs both read), 18 duplicate copies. Keep it unread: summary figures only.
#[test]
fn fresh3_merges() {
    check(
        "fresh3",
        false,
        Floors {
            precision: 0.75,
            recall: 0.17,
            duplicates_max: 23,
        },
    );
}

/// Written by helper-25 at the start of the fourteenth session (20 reports, 139 gold rows, 57
/// events, 36 of them told by 2 to 8 reports, 175 pairs: India–Pakistan, April–May 2025, and
/// al-Fashaga, December 2020 – January 2021; liveblog, TV transcript, UN briefing, Telegram
/// feed, correction, weekly round-up, Arabic agency and satellite copy). Scored blind at
/// commit 12f6aa6: precision 0.66, recall 0.19 (0.36 of the pairs both read), 26 duplicate
/// copies. Read since, as fresh1 is, to find classes of errors; fresh3 stays the blind one.
/// (0.82 / 0.34 when each report was grouped as it was saved; 0.81 / 0.34 since the set is
/// grouped at once, as `tarikh import` of the folder does.)
#[test]
fn fresh4_merges() {
    check(
        "fresh4",
        true,
        Floors {
            precision: 0.80,
            recall: 0.27,
            duplicates_max: 26,
        },
    );
}

/// Written by helper-28 in the sixteenth session (20 reports, 143 gold rows, 65 events, 39 of
/// them told by 2 to 8 reports, 180 pairs: Israel–Iran, April 2024, and Serbia–Kosovo,
/// September 2023). Scored blind at 8ca090d, the sixteenth session's start, and again at
/// its rules of the day: precision 0.67, recall 0.23 (0.39 of the pairs both read), 18
/// duplicate copies both times. Keep it unread: summary figures only.
#[test]
fn fresh5_merges() {
    check(
        "fresh5",
        false,
        Floors {
            precision: 0.64,
            recall: 0.26,
            duplicates_max: 16,
        },
    );
}

/// Written by helper-30 at the start of the seventeenth session (20 reports on Azerbaijan's
/// Karabakh offensive of September 2023 and the Iran–Pakistan strikes of January 2024, 133 gold
/// rows, 57 events, 36 of them told by 2 to 7 reports, 158 pairs). Scored blind with the rules of
/// that session's start (2c3e119): precision 0.61, recall 0.11 (0.18 of the pairs both read), 28
/// duplicate copies; 0.63 / 0.12 (0.21) / 27 at that session's end. Kept unread.
#[test]
fn fresh6_merges() {
    check(
        "fresh6",
        false,
        Floors {
            precision: 0.60,
            recall: 0.10,
            duplicates_max: 30,
        },
    );
}

/// Written by helper-31 in the seventeenth session as a read set, to find classes of errors on
/// text unlike the older sets (20 reports on Turkey's incursion into north-east Syria, October
/// 2019, and the Israel–Iran strikes of October 2024; 149 gold rows, 74 events, 45 of them told
/// by 2 to 8 reports, 136 pairs). Scored before anyone read it, with the rules of that session's
/// start (2c3e119): precision 0.78, recall 0.13 (0.23 of the pairs both read), 24 duplicate
/// copies; 0.81 / 0.26 (0.43) / 21 at that session's end.
#[test]
fn fresh7_merges() {
    check(
        "fresh7",
        true,
        Floors {
            precision: 0.78,
            recall: 0.22,
            duplicates_max: 24,
        },
    );
}

/// Written by helper-32 in the eighteenth session, blind (the Zakho resort shelling, July 2022,
/// and the assault on Zamzam camp and El Fasher, April 2025; 20 reports, 153 gold rows, 55
/// events, 43 of them told by 2 to 10 reports, 237 pairs). Scored blind with the rules of the
/// session's start (09ae17f): precision 0.79, recall 0.19 (0.35 of the pairs both read), 29
/// duplicate copies; at its end 0.79 / 0.20 (0.38) / 28. Kept unread.
#[test]
fn fresh8_merges() {
    check(
        "fresh8",
        false,
        Floors {
            precision: 0.74,
            recall: 0.17,
            duplicates_max: 32,
        },
    );
}

/// Written by helper-53 in the twenty-fifth session, blind (the Kerch Strait incident of
/// November 2018 and Heglig, March–May 2012; 20 reports, 188 gold rows, 70 events, 55 of them
/// told by 2 to 10 reports, 275 pairs). Scored blind at c0e4683 (the set grouped at once, as
/// one import does): precision 0.67, recall 0.09 (0.27 of the pairs both read: only 82 of the
/// 188 mentions were read and aligned), 22 duplicate copies. Keep it unread.
#[test]
fn fresh9_merges() {
    check(
        "fresh9",
        false,
        Floors {
            precision: 0.62,
            recall: 0.07,
            duplicates_max: 26,
        },
    );
}

/// Written by helper-57 in the twenty-sixth session, blind (the Israel–Hezbollah war of
/// July–August 2006 and northern Mali with the Bamako coup, January–May 2012; 20 reports, 238
/// gold rows, 111 events, 74 of them told by 2 to 8 reports, 234 pairs). A read set: it is
/// there to find why merges are missed. Scored blind at 7390172: precision 0.70, recall 0.12
/// (0.26 of the pairs both read: 124 of the 238 mentions read and aligned), 38 duplicate
/// copies.
#[test]
fn fresh10_merges() {
    check(
        "fresh10",
        true,
        Floors {
            precision: 0.65,
            recall: 0.10,
            duplicates_max: 42,
        },
    );
}

/// Written by helper-60 in the twenty-seventh session, blind, in three languages (the
/// Saudi–Houthi border war of November 2009 – March 2010 and Turkey's downing of the Russian
/// Su-24 in November 2015; 18 reports, 6 each in English, Arabic and Russian, 211 gold rows, 99
/// events, 53 of them told by 2 to 8 reports, 236 pairs). A read set: the one that shows how
/// Russian mentions meet Arabic and English ones. Scored blind at 79fc08f: precision 0.77, recall
/// 0.08 (0.32 of the pairs both read: 96 of the 211 mentions read and aligned), 20 duplicate
/// copies.
#[test]
fn fresh11_merges() {
    check(
        "fresh11",
        true,
        Floors {
            precision: 0.72,
            recall: 0.06,
            duplicates_max: 24,
        },
    );
}

/// Written by helper-63 in the twenty-ninth session, blind, in three languages (Nahr al-Bared,
/// May–September 2007, and the Eilat attacks and the Egypt–Israel crisis of August–September
/// 2011; 18 reports, 6 each in English, Arabic and Russian, 197 gold rows, 93 events, 52 of them
/// told by 2 to 8 reports, 213 pairs). A read set. Scored blind at c87c186: precision 0.46, recall
/// 0.17 (0.42 of the pairs both read: 109 of the 197 mentions read and aligned), 21 duplicate
/// copies, 13 events conflated.
#[test]
fn fresh12_merges() {
    check(
        "fresh12",
        true,
        Floors {
            precision: 0.40,
            recall: 0.13,
            duplicates_max: 26,
        },
    );
}

/// Written by helper-67 in the thirtieth session (18 reports, 6 each in English, Arabic and
/// Russian: Turkey and Syria in October 2012, Djibouti and Eritrea at Ras Doumeira in June 2008;
/// 195 gold rows, 98 events, 54 told by 2 to 8 reports, 204 pairs). Blind at f77fe2f:
/// precision 0.70, recall 0.17 (0.44 of the pairs both read), 20 duplicate copies; read since
/// later in the thirtieth session, for its nine wrong dates.
#[test]
fn fresh13_merges() {
    check(
        "fresh13",
        true,
        Floors {
            precision: 0.64,
            recall: 0.14,
            duplicates_max: 24,
        },
    );
}

/// Written by helper-68 in the thirty-first session, blind, in three languages (Colombia's
/// Angostura raid and the Andean crisis of March 2008, the In Amenas siege of January 2013; 18
/// reports, 6 each in English, Arabic and Russian, 189 gold rows, 91 events, 45 told by 2 to 8
/// reports, 215 pairs). Read since the thirty-first session, after its blind score. Blind at 12e7c9d: precision 0.73, recall 0.05 (0.23 of the
/// pairs both read: 71 of the 189 mentions read and aligned), 16 duplicate copies, 5 events
/// conflated.
#[test]
fn fresh14_merges() {
    check(
        "fresh14",
        true,
        Floors {
            precision: 0.65,
            recall: 0.03,
            duplicates_max: 20,
        },
    );
}

/// Written by helper-71 in the thirty-fourth session, blind, in three languages (Egypt's air
/// strikes on Derna after the Sirte killings, February 2015; the Thailand–Cambodia fighting at
/// Preah Vihear, February 2011; 18 reports, 6 each in English, Arabic and Russian, 218 gold rows,
/// 110 events, 56 told by 2 to 8 reports, 227 pairs). Unread: never look inside it. Blind at
/// 328f2c0: precision 0.67, recall 0.18 (0.47 of the 87 pairs both read), 15 duplicate copies,
/// 9 events conflated; at 3cd75a5: 0.71, 0.18 (0.44 of 93), 16 copies, 9 conflated.
#[test]
fn fresh15_merges() {
    check(
        "fresh15",
        false,
        Floors {
            precision: 0.62,
            recall: 0.13,
            duplicates_max: 21,
        },
    );
}

/// Written by helper-73 in the thirty-fifth session, blind, in three languages (Morocco's
/// operation at Guerguerat and the end of the Western Sahara ceasefire, November 2020; Israel's
/// strike at Quneitra and Hezbollah's Shebaa Farms ambush, January 2015; 18 reports, 6 each in
/// English, Arabic and Russian, 197 gold rows, 99 events, 41 told by 2 to 9 reports, 230
/// pairs). Unread: never look inside it. Blind at 1365e04: precision 0.69, recall 0.11 (0.27 of
/// the 91 pairs both read), 18 duplicate copies, 4 events conflated; the same at ace0026.
#[test]
fn fresh16_merges() {
    check(
        "fresh16",
        false,
        Floors {
            precision: 0.62,
            recall: 0.08,
            duplicates_max: 23,
        },
    );
}

/// Written by helper-74 in the thirty-sixth session, blind, in three languages (the Mavi Marmara
/// flotilla raid, May–June 2010; the Adaisseh border-tree clash between Lebanon and Israel,
/// August 2010; 18 reports, 6 each in English, Arabic and Russian, 210 gold rows, 106 events,
/// 49 told by 2 to 9 reports, 234 pairs). Unread: never look inside it. Blind at 51429ef:
/// precision 0.80, recall 0.21 (0.51 of the 94 pairs both read), 17 duplicate copies, 11 events
/// conflated; at 14455f0 0.83 / 0.21 (0.52) / 17.
#[test]
fn fresh17_merges() {
    check(
        "fresh17",
        false,
        Floors {
            precision: 0.79,
            recall: 0.18,
            duplicates_max: 20,
        },
    );
}

/// Written by helper-75 in the thirty-seventh session, blind, in three languages (Pulwama and
/// Balakot, India–Pakistan, February–March 2019; the killing of Soleimani and Iran's reprisal,
/// January 2020; 18 reports, 6 each in English, Arabic and Russian, 248 gold rows, 161 events,
/// 45 told by 2 to 9 reports, 186 pairs). Unread: never look inside it. (Read devset fresh13 has
/// a report of the Balakot days, so its vocabulary was tuned on other text of that episode.)
/// Blind at 0d3ce95: precision 0.81, recall 0.13 (0.27 of the 91 pairs both read), 29 duplicate
/// copies, 7 events conflated; at 5618f3a (the speakers' statements) 0.84 / 0.14 (0.29) / 28.
#[test]
fn fresh18_merges() {
    check(
        "fresh18",
        false,
        Floors {
            precision: 0.80,
            recall: 0.11,
            duplicates_max: 32,
        },
    );
}

/// Written by helper-78 at the start of the thirty-ninth session (the Tovuz clashes on the
/// Armenia–Azerbaijan border, July 2020; the Uri attack and India's "surgical strikes" across
/// the Line of Control, September 2016; 18 reports, 6 each in English, Arabic and Russian, 196
/// gold rows, 94 events, 51 told by 2 to 9 reports, 219 pairs). Unread: never look inside it.
/// (Devsets ru2 and ru3 tell the 2020 Armenia–Azerbaijan war, and fresh18 may name Uri as
/// background, so some of the vocabulary was tuned on other text of these episodes.)
/// Blind at cb15020: precision 0.82, recall 0.21 (0.39 of the 118 pairs both read), 22
/// duplicate copies, 4 events conflated.
#[test]
fn fresh20_merges() {
    check(
        "fresh20",
        false,
        Floors {
            precision: 0.78,
            recall: 0.18,
            duplicates_max: 26,
        },
    );
}

/// Written by helper-79 at the start of the fortieth session (the Eritrea–Ethiopia fighting at
/// Tsorona, June 2016; the Ahvaz parade attack and the missile strikes on Abu Kamal,
/// September–October 2018; 18 reports, 6 each in English, Arabic and Russian, 188 gold rows,
/// 92 events, 40 told by 2 to 9 reports, 236 pairs). Unread: never look inside it. (Devset
/// fresh19 tells the 1998–2000 war and mergeset fresh13 Djibouti–Eritrea in 2008, both only
/// background here.)
/// Blind at e254bc9: precision 0.85, recall 0.22 (0.38 of the 138 pairs both read), 22
/// duplicate copies, 6 events conflated.
#[test]
fn fresh21_merges() {
    check(
        "fresh21",
        false,
        Floors {
            precision: 0.81,
            recall: 0.19,
            duplicates_max: 26,
        },
    );
}
