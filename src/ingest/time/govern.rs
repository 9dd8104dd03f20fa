//! The date that governs a mention among the expressions given to it.

use chrono::NaiveDate;

use super::DateReading;
use crate::date::{IncidentDate, Precision};

/// An expression given to a mention: (cost, reading, byte start, byte end).
pub type Assigned = (usize, DateReading, usize, usize);

/// The date that governs a mention among the expressions given to it (in text order): the
/// nearest, most precise one; coordinated days govern together ("on Wednesday and Thursday" is
/// the span of both; "Monday or Tuesday" one of them).
pub fn govern(text: &str, list: Vec<Assigned>, published: NaiveDate) -> Option<DateReading> {
    // The coming reading of an item, for a planned event: today stays today.
    let coming_of = |r: &DateReading| match r.coming {
        Some(c) if r.date.exact_day() != Some(published) => c,
        _ => r.date,
    };
    let mut joined: Vec<Assigned> = Vec::new();
    for item in list {
        if let Some(prev) = joined.last_mut() {
            let between = text.get(prev.3..item.2).unwrap_or("").trim();
            let and = [
                "and", "و", "-", "–", "to", "through", "until", "till", "الى", "إلى", "حتى",
            ]
            .contains(&between);
            let or = ["or", "أو", "او"].contains(&between);
            let lo = prev.1.date.earliest().min(item.1.date.earliest());
            let hi = prev.1.date.latest().max(item.1.date.latest());
            if let (true, Some(lo), Some(hi)) = (and || or, lo, hi) {
                let date = if and {
                    IncidentDate::interval(lo, hi)
                } else {
                    IncidentDate::one_of(Some(lo), Some(hi))
                };
                if let Ok(date) = date {
                    let text = text.get(prev.2..item.3).unwrap_or("").to_string();
                    // "on Thursday and Friday" said of the future: both coming days.
                    let coming = if prev.1.coming.is_some() || item.1.coming.is_some() {
                        let (a, b) = (coming_of(&prev.1), coming_of(&item.1));
                        match (a.earliest().min(b.earliest()), a.latest().max(b.latest())) {
                            (Some(lo), Some(hi)) if and => IncidentDate::interval(lo, hi).ok(),
                            (Some(lo), Some(hi)) => IncidentDate::one_of(Some(lo), Some(hi)).ok(),
                            _ => None,
                        }
                    } else {
                        None
                    };
                    *prev = (
                        prev.0.min(item.0),
                        DateReading {
                            date,
                            text,
                            coming,
                            ahead: prev.1.ahead || item.1.ahead,
                            from_now: prev.1.from_now && item.1.from_now,
                            counts_from_anchor: None,
                            directed: false,
                        },
                        prev.2,
                        item.3,
                    );
                    continue;
                }
            }
        }
        joined.push(item);
    }
    joined.sort_by_key(|(cost, r, _, _)| (*cost, precision_rank(r.date.precision())));
    let mut readings = joined.into_iter().map(|(_, r, _, _)| r);
    let best = readings.next()?;
    // "в 2014 году: в январе пограничники обменялись огнем": a date of the same act that lies
    // within the closest one, when that is a month or more, says more of it (the narrowest
    // such). (Not within a night or a few days: "ليل الاثنين-الثلاثاء" is both days.)
    let within = |r: &DateReading| {
        let (Some(a), Some(b)) = (best.date.earliest(), best.date.latest()) else {
            return false;
        };
        if (b - a).num_days() < 27 {
            return false;
        }
        let (Some(x), Some(y)) = (r.date.earliest(), r.date.latest()) else {
            return false;
        };
        a <= x && y <= b && (a, b) != (x, y) && r.coming.is_none() && best.coming.is_none()
    };
    let span = |r: &DateReading| {
        r.date
            .earliest()
            .zip(r.date.latest())
            .map_or(i64::MAX, |(x, y)| (y - x).num_days())
    };
    Some(readings.filter(within).min_by_key(span).unwrap_or(best))
}

fn precision_rank(p: Precision) -> u8 {
    match p {
        Precision::Day => 0,
        Precision::Range => 1,
        Precision::Unknown => 2,
        Precision::Month => 3,
        Precision::Year => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The expression `word` in `text`, read as `date`, at `cost`.
    fn item(text: &str, word: &str, date: IncidentDate, cost: usize) -> Assigned {
        let start = text.find(word).unwrap();
        let reading = DateReading {
            date,
            text: word.to_string(),
            coming: None,
            ahead: false,
            from_now: false,
            counts_from_anchor: None,
            directed: false,
        };
        (cost, reading, start, start + word.len())
    }

    #[test]
    fn coordinated_days_govern_together() {
        let text = "clashes on Wednesday and Thursday";
        let wed = item(text, "Wednesday", IncidentDate::day(d("2022-09-14")), 1);
        let thu = item(text, "Thursday", IncidentDate::day(d("2022-09-15")), 3);
        let r = govern(text, vec![wed, thu], d("2022-09-16")).unwrap();
        assert_eq!(r.date.to_edtf(), "2022-09-14/2022-09-15");
        assert_eq!(r.text, "Wednesday and Thursday");
        let text = "on Monday or Tuesday";
        let mon = item(text, "Monday", IncidentDate::day(d("2022-09-12")), 1);
        let tue = item(text, "Tuesday", IncidentDate::day(d("2022-09-13")), 1);
        let r = govern(text, vec![mon, tue], d("2022-09-16")).unwrap();
        assert_eq!(r.date.to_edtf(), "[2022-09-12..2022-09-13]");
    }

    #[test]
    fn the_nearest_then_the_most_precise_governs() {
        let text = "in April 2021, on 29 April, last year";
        let month = item(text, "April 2021", IncidentDate::month(2021, 4).unwrap(), 2);
        let day = item(text, "29 April", IncidentDate::day(d("2021-04-29")), 2);
        let year = item(text, "last year", IncidentDate::year(2020), 1);
        let r = govern(text, vec![month.clone(), day.clone()], d("2021-05-01")).unwrap();
        assert_eq!(r.text, "29 April", "equal cost: the day");
        let r = govern(text, vec![month, day, year], d("2021-05-01")).unwrap();
        assert_eq!(r.text, "last year", "the nearest");
        assert_eq!(govern(text, Vec::new(), d("2021-05-01")), None);
    }
}
