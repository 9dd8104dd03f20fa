//! `tarikh export --format geojson` through the binary, read back as a map tool would: the
//! output parsed with serde_json and checked against RFC 7946 (a FeatureCollection of Point
//! features at [longitude, latitude] in WGS 84 ranges), its properties against the JSON export,
//! and its points against coordinates known in advance.

mod workdir;

use serde_json::Value;
use workdir::{TARIKH_CSV_HEADER, Workdir, repo_file};

/// A database of the bundled reports.
fn bundled(wd: &Workdir) {
    let reports = repo_file("data/reports");
    wd.stdout(&["import", reports.to_str().unwrap()]);
}

/// Export and return the parsed document and standard error.
fn export(wd: &Workdir, name: &str, extra: &[&str]) -> (Value, String) {
    let mut args = vec!["export", "-o", name];
    args.extend_from_slice(extra);
    let out = wd.run(&args);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "export failed: {stderr}");
    let doc = serde_json::from_slice(&wd.read(name)).expect("the output is JSON");
    (doc, stderr)
}

/// The RFC 7946 rules a map tool relies on; returns the features.
fn check_rfc7946(doc: &Value) -> &Vec<Value> {
    let top = doc.as_object().expect("a JSON object");
    assert_eq!(top["type"], "FeatureCollection");
    // RFC 7946 removed "crs": coordinates are WGS 84, always.
    assert!(!top.contains_key("crs"));
    let features = top["features"].as_array().expect("features is an array");
    for f in features {
        let f = f.as_object().expect("a feature is an object");
        assert_eq!(f["type"], "Feature", "{f:?}");
        assert!(f["properties"].is_object(), "{f:?}");
        if let Some(id) = f.get("id") {
            assert!(id.is_number() || id.is_string(), "{id}");
        }
        let geometry = &f["geometry"];
        if geometry.is_null() {
            continue;
        }
        assert_eq!(geometry["type"], "Point", "{geometry}");
        let position = geometry["coordinates"].as_array().expect("coordinates");
        assert_eq!(position.len(), 2, "a position is [longitude, latitude]");
        let lon = position[0].as_f64().expect("a number");
        let lat = position[1].as_f64().expect("a number");
        assert!(lon.is_finite() && lat.is_finite());
        assert!((-180.0..=180.0).contains(&lon), "longitude {lon}");
        assert!((-90.0..=90.0).contains(&lat), "latitude {lat}");
    }
    features
}

#[test]
fn bundled_reports_make_a_valid_feature_collection() {
    let wd = Workdir::new();
    bundled(&wd);
    // The extension says GeoJSON.
    let (doc, stderr) = export(&wd, "incidents.geojson", &[]);
    let features = check_rfc7946(&doc);

    let json: Vec<Value> =
        serde_json::from_str(&wd.stdout(&["export", "-o", "-", "--format", "json"]))
            .expect("the JSON export");
    let located: Vec<&Value> = json
        .iter()
        .filter(|r| r["latitude"].is_number() && r["longitude"].is_number())
        .collect();
    assert!(!located.is_empty() && located.len() < json.len());
    assert_eq!(features.len(), located.len());
    assert!(
        stderr.contains(&format!(
            "{} incidents without coordinates left out",
            json.len() - located.len()
        )),
        "{stderr}"
    );

    for (feature, record) in features.iter().zip(&located) {
        // The properties are the JSON export's record, field for field.
        assert_eq!(&feature["properties"], *record);
        assert_eq!(feature["id"], record["id"]);
        assert_eq!(
            feature["geometry"]["coordinates"],
            serde_json::json!([record["longitude"], record["latitude"]])
        );
    }
    // The fields analysts asked for are there.
    let props = features[0]["properties"].as_object().unwrap();
    for key in [
        "date",
        "date_start",
        "date_end",
        "precision",
        "source_count",
        "source_urls",
        "first_reported",
        "last_reported",
    ] {
        assert!(props.contains_key(key), "{key}");
    }
}

#[test]
fn known_places_are_longitude_first() {
    let wd = Workdir::new();
    // Batken: latitude 40.06 N, longitude 70.82 E (a swap would put it in Antarctica's seas).
    wd.stdout(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "armed_clash",
        "--title",
        "Clash at Batken",
        "--place",
        "Batken",
        "--latitude",
        "40.06",
        "--longitude",
        "70.82",
    ]);
    // Santiago de Chile, through a tarikh CSV: both negative, and a longitude that is no
    // latitude at all.
    let csv = wd.write(
        "incidents.csv",
        format!(
            "{TARIKH_CSV_HEADER}\n\
             ,2021-05-01,,,,protest,occurred,Protest in Santiago,,Santiago,Chile,-33.4489,-70.6693,,,,,,,,,santiago-1\n"
        ),
    );
    wd.stdout(&["import", csv.to_str().unwrap()]);

    let (doc, _) = export(&wd, "map.geojson", &["--format", "geojson"]);
    let features = check_rfc7946(&doc);
    let point = |title: &str| {
        features
            .iter()
            .find(|f| f["properties"]["title"] == title)
            .unwrap_or_else(|| panic!("no feature '{title}'"))["geometry"]["coordinates"]
            .clone()
    };
    assert_eq!(point("Clash at Batken"), serde_json::json!([70.82, 40.06]));
    assert_eq!(
        point("Protest in Santiago"),
        serde_json::json!([-70.6693, -33.4489])
    );
}

#[test]
fn unlocated_incidents_only_when_asked() {
    let wd = Workdir::new();
    wd.stdout(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "ceasefire",
        "--title",
        "Truce",
    ]);
    wd.stdout(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "shelling",
        "--title",
        "Shelling of Isfara",
        "--latitude",
        "40.1264",
        "--longitude",
        "70.6253",
    ]);

    let (doc, stderr) = export(&wd, "a.geojson", &[]);
    let features = check_rfc7946(&doc);
    assert_eq!(features.len(), 1);
    assert_eq!(features[0]["properties"]["title"], "Shelling of Isfara");
    assert!(
        stderr.contains("1 incident without coordinates left out"),
        "{stderr}"
    );
    assert!(stderr.contains("--include-unlocated"), "{stderr}");

    let (doc, stderr) = export(&wd, "b.geojson", &["--include-unlocated"]);
    let features = check_rfc7946(&doc);
    assert_eq!(features.len(), 2);
    let truce = features
        .iter()
        .find(|f| f["properties"]["title"] == "Truce")
        .expect("the truce is a feature");
    assert!(truce.as_object().unwrap().contains_key("geometry"));
    assert!(truce["geometry"].is_null());
    assert!(
        stderr.contains("written with \"geometry\": null"),
        "{stderr}"
    );

    // The flag means nothing to other formats: say so rather than ignore it.
    let err = wd.stderr_of_failure(&["export", "-o", "c.csv", "--include-unlocated"]);
    assert!(
        err.contains("--include-unlocated is for --format geojson"),
        "{err}"
    );
}

#[test]
fn empty_selection_is_an_empty_collection_on_standard_output() {
    let wd = Workdir::new();
    wd.stdout(&[
        "add",
        "--date",
        "2021-04-29",
        "--type",
        "ceasefire",
        "--title",
        "Truce",
    ]);
    let out = wd.stdout(&[
        "export", "-o", "-", "--format", "geojson", "--type", "shelling",
    ]);
    let doc: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(check_rfc7946(&doc).len(), 0);
}
