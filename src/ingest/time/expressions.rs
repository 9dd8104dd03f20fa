//! The report's temporal expressions: the tagger's, against the publication day, leaving out
//! the dateline (the day of writing dates no event); and those inside each sentence.

use crate::ingest::layout::Page;
use crate::ingest::sentences::Sentence;
use crate::tagger::{self, TagOptions, TemporalExpr};

/// The temporal expressions of a laid-out report, outside its dateline.
pub fn of_report(page: &Page) -> Vec<TemporalExpr> {
    tagger::tag(
        page.text,
        &TagOptions {
            published: page.published,
            lang: Some(page.lang),
        },
    )
    .into_iter()
    // The ingester reads a date as what happened unless the mention is planned: the last
    // reading first, the coming one as the alternative (see `time::mention`).
    .map(|mut e| {
        (e.date, e.alternative) = (e.recent(page.published), e.upcoming(page.published));
        e
    })
    .filter(|e| {
        page.layout
            .dateline
            .as_ref()
            .is_none_or(|d| e.end <= d.start || e.start >= d.end)
    })
    .collect()
}

/// The expressions wholly inside a sentence.
pub fn in_sentence<'a>(exprs: &'a [TemporalExpr], s: &Sentence) -> Vec<&'a TemporalExpr> {
    exprs
        .iter()
        .filter(|e| e.start >= s.start && e.end <= s.end)
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
        let sentences = crate::ingest::sentences::split(page.text, &page.layout);
        assert_eq!(in_sentence(&exprs, &sentences[0]).len(), 1);
    }
}
