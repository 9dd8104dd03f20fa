//! Filter flags shared by `timeline` and `export`.

use tarikh::date::IncidentDate;
use tarikh::model::{EventType, Status};
use tarikh::store::{Filter, Order};

#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Only incidents that may have happened on or after this date (2021-04-29, 2021-04, 2021 or
    /// any EDTF).
    #[arg(long, value_name = "DATE")]
    pub from: Option<IncidentDate>,
    /// Only incidents that may have happened on or before this date.
    #[arg(long, value_name = "DATE")]
    pub to: Option<IncidentDate>,
    /// Only these event types (repeatable, or comma-separated), e.g. armed_clash,ceasefire.
    #[arg(long = "type", value_name = "TYPE", value_delimiter = ',')]
    pub event_types: Vec<EventType>,
    /// Only these statuses: occurred, planned, claimed.
    #[arg(long, value_name = "STATUS", value_delimiter = ',')]
    pub status: Vec<Status>,
    /// Only incidents involving this actor, under any of its spellings (Kyrgyzstan, قرغيزستان).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only incidents at this place, under any of its spellings.
    #[arg(long)]
    pub place: Option<String>,
    /// Only incidents whose title, summary or evidence contains this text.
    #[arg(long)]
    pub text: Option<String>,
    /// Only incidents whose date is open at one end or spans more than a month: the ones to
    /// review.
    #[arg(long)]
    pub undated: bool,
    /// Order: earliest (by the earliest day it can have happened; "on or before X" by X),
    /// latest, or reported (by the day it was first reported).
    #[arg(long, value_enum, default_value_t = Sort::Earliest)]
    pub sort: Sort,
    /// At most this many incidents.
    #[arg(long)]
    pub limit: Option<u64>,
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Sort {
    Earliest,
    Latest,
    Reported,
}

impl FilterArgs {
    pub fn to_filter(&self) -> anyhow::Result<Filter> {
        // A bad date is refused by the argument parser, as a usage error (exit code 2); so is
        // a range that ends before it starts, which no incident could match.
        let (from, to) = (self.from.as_ref(), self.to.as_ref());
        if let (Some(start), Some(end)) = (
            from.and_then(IncidentDate::earliest),
            to.and_then(IncidentDate::latest),
        ) && start > end
        {
            return Err(super::Usage(format!(
                "--from {start} is after --to {end}: nothing could match; swap them"
            ))
            .into());
        }
        Ok(Filter {
            from: from.and_then(|d| d.earliest()),
            to: to.and_then(|d| d.latest()),
            event_types: self.event_types.clone(),
            statuses: self.status.clone(),
            actor: self.actor.clone(),
            place: self.place.clone(),
            text: self.text.clone(),
            undated: self.undated,
            order: match self.sort {
                Sort::Earliest => Order::Earliest,
                Sort::Latest => Order::Latest,
                Sort::Reported => Order::Reported,
            },
            limit: self.limit,
            ids: None,
        })
    }
}
