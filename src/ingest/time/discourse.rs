//! Where a sentence stands in the story's time: a pluperfect at its head ("had clashed", "كانت
//! ... قد") steps back, and so may the date it opens with ("In January 2014, ..."), when it is
//! earlier than what the story has told (see [`super::story`]).

use super::usable;
use crate::date::IncidentDate;
use crate::ingest::lexicon::{CueKind, LangTag};
use crate::ingest::mentions::scan::Scan;

/// Whether the sentence opens with a pluperfect, and the date it opens with.
pub fn steps_back(scan: &Scan) -> (bool, Option<IncidentDate>) {
    (flashback(scan), opening(scan))
}

/// A pluperfect at the head of the sentence: Arabic كان/كانت ... قد, English "had" + participle.
fn flashback(scan: &Scan) -> bool {
    let cues = &scan.cues;
    cues.of(CueKind::Flashback).any(|h| {
        if h.first > 3 {
            return false;
        }
        match scan.ctx.lang {
            LangTag::Ar => cues
                .of(CueKind::FlashbackParticle)
                .any(|p| p.first > h.first && p.first - h.first <= 10),
            _ => scan.tokens.get(h.last).is_some_and(|t| {
                let w = t.norm.as_str();
                w.ends_with("ed")
                    || w.ends_with("en")
                    || w.ends_with("wn")
                    || w.ends_with("ght")
                    || [
                        "been", "begun", "met", "held", "won", "struck", "left", "fled", "hit",
                        "shot", "put",
                    ]
                    .contains(&w)
            }),
        }
    })
}

/// The usable date of an expression at the sentence's head (its first or second word).
fn opening(scan: &Scan) -> Option<IncidentDate> {
    scan.expr_tokens
        .iter()
        .find(|&&(a, _, e)| a <= 1 && e.date.as_ref().is_some_and(usable))
        .and_then(|&(_, _, e)| e.date)
}
