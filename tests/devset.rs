//! The blind development sets (`tests/data/devset/`): reports and English news texts written,
//! with their gold, by helpers who had not read the ingester or the tagger. This test scores
//! tarikh on them and fails when a figure falls below the floor recorded here, so that a change
//! that reads worse is seen. The figures are printed with
//! `cargo test --release --test devset -- --nocapture`; `TARIKH_DEVSET_VERBOSE=1` also lists
//! every miss, extra incident and wrong date.
//!
//! Nothing in `src/` or `data/` may be written for these texts: they stand in for reports
//! nobody on the project has seen. Fix classes of errors, then record the new figures in the
//! README's Quality section and raise the floors.

mod devset_support;

use devset_support::{ReportScore, TimexScore, score_reports, score_timex};

/// Floors: the figures reached so far, minus a little room for rounding. Raise them when the
/// reading improves; never lower them to make a change pass.
const REPORTS_FOUND: f64 = 0.69;
const REPORTS_PRECISION: f64 = 0.64;
const REPORTS_EXACT: f64 = 0.45;
const REPORTS_WRONG_MAX: usize = 8;
const TIMEX_EXACT: f64 = 0.89;
const TIMEX_WRONG_MAX: f64 = 0.008;

fn verbose() -> bool {
    std::env::var_os("TARIKH_DEVSET_VERBOSE").is_some()
}

#[test]
fn blind_reports() {
    let mut all = ReportScore::default();
    for lang in ["en", "ar"] {
        let dir = format!("tests/data/devset/reports/{lang}");
        let s = score_reports(&dir, verbose());
        println!("reports/{lang}: {}", s.summary());
        all.add(&s);
    }
    println!("reports/all: {}", all.summary());
    assert!(all.gold > 0, "the development set has no gold rows");
    assert!(
        all.found() >= REPORTS_FOUND,
        "found {:.3} < {REPORTS_FOUND}",
        all.found()
    );
    assert!(
        all.precision() >= REPORTS_PRECISION,
        "precision {:.3} < {REPORTS_PRECISION}",
        all.precision()
    );
    assert!(
        all.exact() >= REPORTS_EXACT,
        "exact {:.3} < {REPORTS_EXACT}",
        all.exact()
    );
    assert!(
        all.wrong <= REPORTS_WRONG_MAX,
        "{} silently wrong dates > {REPORTS_WRONG_MAX}",
        all.wrong
    );
}

#[test]
fn blind_timex() {
    let s: TimexScore = score_timex("tests/data/devset/timex/en", verbose());
    println!("timex/en: {}", s.summary());
    assert!(s.gold > 0, "the development set has no gold expressions");
    assert!(
        s.exact() >= TIMEX_EXACT,
        "exact {:.3} < {TIMEX_EXACT}",
        s.exact()
    );
    assert!(
        s.wrong_rate() <= TIMEX_WRONG_MAX,
        "wrong {:.3} > {TIMEX_WRONG_MAX}",
        s.wrong_rate()
    );
}
