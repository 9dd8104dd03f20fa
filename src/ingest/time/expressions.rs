//! The report's temporal expressions: the tagger's, against the publication day, leaving out
//! the dateline (the day of writing dates no event); and those inside each sentence.

use super::DateReading;
use crate::ingest::layout::Page;
use crate::ingest::sentences::Sentence;
use crate::tagger::{self, TagOptions, TemporalExpr};

/// The temporal expressions of a laid-out report, outside its dateline.
pub fn of_report(page: &Page) -> Vec<TemporalExpr> {
    let mut exprs: Vec<TemporalExpr> = tagger::tag(
        page.text,
        &TagOptions {
            published: page.published,
            lang: Some(page.lang),
        },
    )
    .into_iter()
    .filter(|e| {
        page.layout
            .dateline
            .as_ref()
            .is_none_or(|d| e.end <= d.start || e.start >= d.end)
    })
    .collect();
    // In text order, for [`in_sentence`]'s search (the tagger gives them so already).
    exprs.sort_by_key(|e| e.start);
    exprs
}

/// How the ingester reads an expression's date: the reading on or before the publication day
/// `p` where it has one (what a report means when it tells of something that happened), the
/// coming one when it has two (for what is planned), and whether the tagger took the coming
/// one from the tense of its clause or its nearness ("set for Nov. 5", "will meet Thursday").
pub fn readings(e: &TemporalExpr, p: chrono::NaiveDate) -> Option<DateReading> {
    let date = e.recent(p)?;
    Some(DateReading {
        date,
        text: e.text.clone(),
        coming: e.upcoming(p),
        ahead: e.date != Some(date),
        from_now: [".dayword", ".dayword_weekday", ".overnight"]
            .iter()
            .any(|r| e.rule.ends_with(r)),
        counts_from_anchor: e.counts_from_anchor,
        directed: e.rule.ends_with(".weekday_direction"),
    })
}

/// The expressions wholly inside a sentence.
/// `exprs` are in text order (as the tagger gives them): the sentence's are found by a binary
/// search, not by a walk over all of them.
pub fn in_sentence<'a>(exprs: &'a [TemporalExpr], s: &Sentence) -> Vec<&'a TemporalExpr> {
    let from = exprs.partition_point(|e| e.start < s.start);
    exprs[from..]
        .iter()
        .take_while(|e| e.start < s.end)
        .filter(|e| e.end <= s.end)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{IngestOptions, Vocabulary, layout};

    #[test]
    fn the_dateline_dates_nothing() {
        let raw = "May 01 2021 11:34 AM\n\nBoth sides withdrew troops from the border on Friday.\n";
        let vocab = Vocabulary::builtin().unwrap();
        let page = layout::read(raw, &IngestOptions::default(), vocab, &mut Vec::new()).unwrap();
        let exprs = of_report(&page);
        let texts: Vec<&str> = exprs.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, ["Friday"]);
        assert_eq!(exprs[0].date.unwrap().to_edtf(), "2021-04-30");
        let r = readings(&exprs[0], page.published).unwrap();
        assert_eq!(r.date.to_edtf(), "2021-04-30");
        assert!(!r.ahead);
        let sentences = crate::ingest::sentences::split(page.text, &page.layout);
        assert_eq!(in_sentence(&exprs, &sentences[0]).len(), 1);
    }
}
