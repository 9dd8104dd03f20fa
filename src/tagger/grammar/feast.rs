//! Feasts whose day moves by a rule of the Gregorian calendar: Thanksgiving (the fourth
//! Thursday of November), Labor Day, Easter and the days counted from it (Good Friday). With a
//! year or a direction word the text places them; without, like a fixed feast, they are the
//! most recent one and the coming one, and the tense of the clause picks.

use chrono::Datelike;

use super::{Found, Grain, Parser};
use crate::date::IncidentDate;
use crate::tagger::en::FEAST_NAMES;
use crate::tagger::lex::{Dir, Era, Form, Kind, Lex, Unit, listed};

impl Parser<'_> {
    pub(super) fn rule_movable_feast(&self, i: usize) -> Option<Found> {
        let (dir, mut k) = self.english_direction(i);
        let Lex::Feast(feast) = self.lx(k) else {
            return None;
        };
        // A name, so written with its capital in ordinary text.
        if self.latin(k) && self.cased && !self.tok(k).is_some_and(|t| t.cap) {
            return None;
        }
        k += 1;
        // "the Good Friday Agreement", "the Easter Rising": the feast names something else.
        if self.latin(k)
            && (listed(FEAST_NAMES, self.word(k))
                || (self.cased
                    && self
                        .tok(k)
                        .is_some_and(|t| t.cap && t.lex == Lex::None && t.kind == Kind::Word)))
        {
            return None;
        }
        let p = self.ctx.published;
        let mut year = None;
        if dir.is_none() {
            if let Some(y) = self.year_after(k) {
                if y.era == Some(Era::Hijri) {
                    return None;
                }
                year = Some(y.year);
                k = y.end;
            } else if self.lx(k) == Lex::This
                && matches!(self.lx(k + 1), Lex::Unit(Unit::Year, Form::One))
            {
                year = Some(p.year());
                k += 2;
            }
        }
        let day = match year {
            Some(y) => feast.in_year(y)?,
            None => feast.around(p, dir)?,
        };
        let mut f = self.found(i, k, Some(IncidentDate::day(day)), "en.feast");
        if dir.is_none() && year.is_none() {
            f.coming = feast.around(p, Some(Dir::Future)).map(IncidentDate::day);
        }
        f.anchor = true;
        f.grain = Some(Grain::Day);
        Some(f)
    }
}
