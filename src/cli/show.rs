//! `tarikh show`: everything about one incident: its fields, every source and evidence sentence,
//! and its history.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use tarikh::export::table::fatalities_text;

/// Show one incident with its sources, evidence sentences and history.
#[derive(Debug, clap::Args)]
#[command(after_help = "Example:\n  tarikh show 12\n  tarikh show 12 --json")]
pub struct Args {
    #[command(flatten)]
    pub database: super::Database,
    /// The incident's id (see `tarikh timeline`).
    pub id: i64,
    /// Print as one JSON object instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(db: &Path, args: Args) -> anyhow::Result<()> {
    let store = super::open_store_to_read(db)?;
    let stored = store.get(args.id)?;
    let history = store.history(args.id)?;
    let readings = store.readings(args.id)?;
    let mut out = BufWriter::new(io::stdout().lock());
    let i = &stored.incident;
    if args.json {
        let value = serde_json::json!({
            "incident": tarikh::record::FlatRecord::from_incident(i),
            "deleted_at": stored.deleted_at,
            "created_at": stored.created_at,
            "report": stored.report,
            "evidence": stored.evidence.iter().map(|(e, r)| serde_json::json!({
                "sentence": e.sentence, "char_start": e.char_start, "char_end": e.char_end, "report": r,
            })).collect::<Vec<_>>(),
            "sources": readings.iter().map(|r| serde_json::json!({
                "source": r.source.name,
                "url": r.source.url,
                "published": r.source.published.to_string(),
                "reading": tarikh::record::FlatRecord::from_incident(&r.incident),
            })).collect::<Vec<_>>(),
            "history": history,
        });
        serde_json::to_writer_pretty(&mut out, &value)?;
        writeln!(out)?;
        return Ok(out.flush()?);
    }
    writeln!(
        out,
        "Incident {}{}",
        args.id,
        if stored.deleted_at.is_some() {
            " (DELETED)"
        } else {
            ""
        }
    )?;
    let field = |out: &mut BufWriter<_>, name: &str, value: &str| -> io::Result<()> {
        if value.is_empty() {
            Ok(())
        } else {
            writeln!(out, "  {name:<11} {value}")
        }
    };
    field(&mut out, "title", &i.title)?;
    field(
        &mut out,
        "date",
        &format!(
            "{} ({}; EDTF {}; {} to {})",
            i.date.describe(),
            i.date.precision(),
            i.date.to_edtf(),
            i.date.earliest().map_or("open".into(), |d| d.to_string()),
            i.date.latest().map_or("open".into(), |d| d.to_string())
        ),
    )?;
    field(&mut out, "type", i.event_type.as_str())?;
    field(&mut out, "status", i.status.as_str())?;
    field(&mut out, "actors", &i.actors.join(", "))?;
    let coordinates = match (i.latitude, i.longitude) {
        (Some(lat), Some(lon)) => format!(" ({lat}, {lon})"),
        _ => String::new(),
    };
    let place = [
        i.place.clone().unwrap_or_default(),
        i.country.clone().unwrap_or_default(),
    ]
    .into_iter()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(", ");
    field(&mut out, "place", format!("{place}{coordinates}").trim())?;
    let toll = fatalities_text(i);
    let phrase = &i.fatalities.phrase;
    let fatalities = if !phrase.is_empty() && *phrase != toll {
        format!("{toll} (\"{phrase}\")")
    } else {
        toll
    };
    field(&mut out, "fatalities", fatalities.trim())?;
    field(&mut out, "summary", &i.summary)?;
    field(&mut out, "DISPUTED", &i.disputed)?;
    field(&mut out, "sources", &i.sources.join("; "))?;
    field(&mut out, "uid", &i.uid)?;
    if let Some(deleted) = &stored.deleted_at {
        field(&mut out, "deleted", deleted)?;
    }
    if readings.len() > 1 {
        // Told by several reports: each source side by side, with its reading and sentences.
        writeln!(out, "\nSources ({})", readings.len())?;
        for (n, r) in readings.iter().enumerate() {
            let url = r
                .source
                .url
                .as_deref()
                .map(|u| format!(" — {u}"))
                .unwrap_or_default();
            writeln!(
                out,
                "  {}. {}, published {}{url}",
                n + 1,
                r.source.name,
                r.source.published
            )?;
            let x = &r.incident;
            let reading = [
                x.date.to_edtf(),
                x.event_type.to_string(),
                x.status.to_string(),
                x.place.clone().unwrap_or_default(),
                fatalities_text(x),
            ]
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
            writeln!(out, "     reads  {reading}")?;
            for e in &x.evidence {
                writeln!(out, "     - {}", e.sentence)?;
            }
        }
    } else if let Some(r) = &stored.report {
        let source = if r.source.is_empty() {
            String::new()
        } else {
            format!(" — {}", r.source)
        };
        writeln!(
            out,
            "\nReport\n  {}{source} (published {})",
            r.title, r.published
        )?;
        if let Some(url) = &r.url {
            writeln!(out, "  {url}")?;
        }
        if let Some(path) = &r.path {
            writeln!(out, "  file: {path}")?;
        }
    }
    if !i.evidence.is_empty() && readings.len() <= 1 {
        writeln!(out, "\nEvidence")?;
        if stored.evidence.is_empty() {
            for e in &i.evidence {
                writeln!(out, "  - {}", e.sentence)?;
            }
        } else {
            for (e, report) in &stored.evidence {
                let at = match (e.char_start, e.char_end) {
                    (Some(s), Some(t)) => format!(" [chars {s}–{t}]"),
                    _ => String::new(),
                };
                // Name the report only when it is not the one shown above.
                let from = report
                    .as_ref()
                    .filter(|r| stored.report.as_ref().is_none_or(|own| own.hash != r.hash))
                    .map(|r| format!(" ({})", r.title))
                    .unwrap_or_default();
                writeln!(out, "  - {}{from}{at}", e.sentence)?;
            }
        }
    }
    if !history.is_empty() {
        writeln!(out, "\nHistory")?;
        // Each entry keeps the incident as it was before; what it became is the next entry's
        // "before", or the incident as it is now.
        for (k, h) in history.iter().enumerate() {
            let reason = if h.reason.is_empty() {
                String::new()
            } else {
                format!(": {}", h.reason)
            };
            writeln!(out, "  {} {}{reason}", h.at, h.action)?;
            let after = history.get(k + 1).map_or(i, |next| &next.previous);
            for (field, before, now) in h.previous.changes_to(after) {
                let shown = |v: &str| {
                    if v.is_empty() {
                        "(none)".to_string()
                    } else {
                        v.to_string()
                    }
                };
                writeln!(out, "      {field}: {} → {}", shown(&before), shown(&now))?;
            }
        }
    }
    Ok(out.flush()?)
}
