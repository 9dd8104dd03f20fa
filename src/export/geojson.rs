//! GeoJSON (RFC 7946) for maps (QGIS, kepler.gl, Leaflet): one FeatureCollection, one Point
//! feature per incident, `[longitude, latitude]` in WGS 84, the incident's fields as properties
//! under the names of the JSON export. Written feature by feature, so any number of incidents
//! streams through in constant memory.
//!
//! An incident without both coordinates has no place on a map: it is left out and counted
//! ([`GeoJsonWriter::unlocated`]), or, when asked, written with `"geometry": null` as RFC 7946
//! allows. Coordinates outside the WGS 84 ranges are an error rather than a point drawn in the
//! wrong place.

use std::io::{self, Write};

use super::IncidentWriter;
use crate::model::Incident;
use crate::record::FlatRecord;

/// What to do with incidents that have no coordinates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Unlocated {
    /// Leave them out (counted).
    #[default]
    Skip,
    /// Write them as features with `"geometry": null`.
    NullGeometry,
}

pub struct GeoJsonWriter<W: Write> {
    out: W,
    unlocated: Unlocated,
    /// Features written so far.
    written: u64,
    /// Incidents without coordinates seen so far (written or not).
    without_coordinates: u64,
}

impl<W: Write> GeoJsonWriter<W> {
    pub fn new(mut out: W, unlocated: Unlocated) -> io::Result<GeoJsonWriter<W>> {
        out.write_all(br#"{"type":"FeatureCollection","features":["#)?;
        Ok(GeoJsonWriter {
            out,
            unlocated,
            written: 0,
            without_coordinates: 0,
        })
    }

    /// Features written.
    pub fn written(&self) -> u64 {
        self.written
    }

    /// Incidents that had no coordinates: left out, or written with null geometry.
    pub fn unlocated(&self) -> u64 {
        self.without_coordinates
    }
}

/// The point of an incident, `[longitude, latitude]`; `None` without both coordinates.
fn point(incident: &Incident) -> io::Result<Option<[f64; 2]>> {
    let (Some(lat), Some(lon)) = (incident.latitude, incident.longitude) else {
        return Ok(None);
    };
    // A point outside the WGS 84 ranges would be drawn somewhere else or refused by the map
    // tool: say which incident is wrong instead.
    // (NaN and infinities are in neither range.)
    if !((-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)) {
        let who = match incident.id {
            Some(id) => format!("incident {id}"),
            None => format!("incident '{}'", incident.title),
        };
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{who} has latitude {lat}, longitude {lon}: not WGS 84 degrees (latitude -90..90, longitude -180..180); correct it with tarikh edit"
            ),
        ));
    }
    Ok(Some([lon, lat]))
}

impl<W: Write> IncidentWriter for GeoJsonWriter<W> {
    fn write(&mut self, incident: &Incident) -> io::Result<()> {
        let point = point(incident)?;
        if point.is_none() {
            self.without_coordinates += 1;
            if self.unlocated == Unlocated::Skip {
                return Ok(());
            }
        }
        // One feature a line: the file stays readable and diffable.
        self.out
            .write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
        self.out.write_all(br#"{"type":"Feature","#)?;
        if let Some(id) = incident.id {
            write!(self.out, r#""id":{id},"#)?;
        }
        match point {
            Some(coordinates) => {
                self.out
                    .write_all(br#""geometry":{"type":"Point","coordinates":"#)?;
                serde_json::to_writer(&mut self.out, &coordinates)?;
                self.out.write_all(b"},")?;
            }
            None => self.out.write_all(br#""geometry":null,"#)?,
        }
        self.out.write_all(br#""properties":"#)?;
        serde_json::to_writer(&mut self.out, &FlatRecord::from_incident(incident))?;
        self.out.write_all(b"}")?;
        self.written += 1;
        Ok(())
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(b"\n]}\n")?;
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::IncidentDate;
    use crate::model::EventType;

    fn incident(lat: Option<f64>, lon: Option<f64>) -> Incident {
        let date = IncidentDate::year(2021);
        let mut i = Incident::new(date, EventType::ArmedClash, "clash");
        i.id = Some(7);
        i.latitude = lat;
        i.longitude = lon;
        i
    }

    fn written(incidents: &[Incident], unlocated: Unlocated) -> serde_json::Value {
        let mut out = Vec::new();
        let mut w = GeoJsonWriter::new(&mut out, unlocated).unwrap();
        for i in incidents {
            w.write(i).unwrap();
        }
        w.finish().unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn empty_collection_is_valid_json() {
        let doc = written(&[], Unlocated::Skip);
        assert_eq!(doc["type"], "FeatureCollection");
        assert_eq!(doc["features"].as_array().unwrap().len(), 0);
    }

    #[test]
    fn longitude_comes_first() {
        let doc = written(&[incident(Some(39.5), Some(70.25))], Unlocated::Skip);
        assert_eq!(
            doc["features"][0]["geometry"]["coordinates"],
            serde_json::json!([70.25, 39.5])
        );
        assert_eq!(doc["features"][0]["id"], 7);
    }

    #[test]
    fn half_a_position_is_no_position() {
        let list = [incident(Some(39.5), None), incident(None, None)];
        assert_eq!(
            written(&list, Unlocated::Skip)["features"]
                .as_array()
                .unwrap()
                .len(),
            0
        );
        let doc = written(&list, Unlocated::NullGeometry);
        assert!(doc["features"][1]["geometry"].is_null());
        assert_eq!(doc["features"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn out_of_range_coordinates_are_an_error() {
        let mut out = Vec::new();
        let mut w = GeoJsonWriter::new(&mut out, Unlocated::Skip).unwrap();
        let err = w.write(&incident(Some(95.0), Some(70.0))).unwrap_err();
        assert!(err.to_string().contains("incident 7"), "{err}");
        assert!(w.write(&incident(Some(f64::NAN), Some(70.0))).is_err());
    }
}
