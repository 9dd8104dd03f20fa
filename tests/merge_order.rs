//! Order independence of merging, as a property: importing the bundled reports and the merge
//! fixtures in any order, one by one or in batches, each report grouped as it is saved or a
//! batch grouped at once (as `tarikh import` does), gives the same incidents with the same
//! readings and disputes (ids aside).

mod workdir;

use proptest::prelude::*;
use tarikh::ingest::{Extraction, IngestOptions, Vocabulary, ingest_report};
use tarikh::record::FlatRecord;
use tarikh::store::{Filter, Store, StoreError};
use workdir::repo_file;

fn report_paths() -> Vec<std::path::PathBuf> {
    let mut paths: Vec<std::path::PathBuf> = Vec::new();
    for dir in ["data/reports", "tests/data/merge"] {
        for entry in std::fs::read_dir(repo_file(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                paths.push(path);
            }
        }
    }
    paths.sort();
    paths
}

fn extractions() -> Vec<Extraction> {
    report_paths()
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap();
            let options = IngestOptions {
                // The seed has no front matter; its day is known.
                published: p
                    .to_string_lossy()
                    .contains("putin-japarov")
                    .then(|| "2021-05-10".parse().unwrap()),
                ..Default::default()
            };
            ingest_report(&p.display().to_string(), &text, &options).unwrap()
        })
        .collect()
}

/// The incidents of a database, each as its flat record without id and uid, sorted.
fn incidents(store: &Store) -> Vec<String> {
    let mut rows = Vec::new();
    store
        .for_each(&Filter::default(), |incident| -> Result<(), StoreError> {
            let mut record = FlatRecord::from_incident(&incident);
            record.id = None;
            record.uid = String::new();
            rows.push(serde_json::to_string(&record).unwrap());
            Ok(())
        })
        .unwrap();
    rows.sort();
    rows
}

/// Import the extractions in this order, `batch` reports per transaction; `staged`: each
/// batch's reports grouped at once when the batch ends, else each as it is saved.
fn import(all: &[Extraction], order: &[usize], batch: usize, staged: bool) -> Vec<String> {
    let names = &Vocabulary::builtin().unwrap().gazetteer;
    let mut store = Store::open_in_memory().unwrap();
    for chunk in order.chunks(batch.max(1)) {
        store
            .transaction(|b| -> Result<(), StoreError> {
                for &i in chunk {
                    let x = &all[i];
                    if staged {
                        b.stage_report(&x.report, &x.incidents, &x.actors, &x.places)?;
                    } else {
                        b.save_report(&x.report, &x.incidents, &x.actors, &x.places, names)?;
                    }
                }
                if staged {
                    b.settle_staged(names)?;
                }
                Ok(())
            })
            .unwrap();
    }
    incidents(&store)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn any_order_gives_the_same_incidents(
        order in Just((0..report_paths().len()).collect::<Vec<usize>>()).prop_shuffle(),
        batch in 1usize..5,
        staged in any::<bool>(),
    ) {
        let all = extractions();
        prop_assert!(all.len() >= 14, "the bundled reports and the merge fixtures");
        let natural: Vec<usize> = (0..all.len()).collect();
        let expected = import(&all, &natural, all.len(), false);
        prop_assert_eq!(import(&all, &order, batch, staged), expected);
    }
}

/// All the reports staged in one batch and grouped at once give what saving them one by one
/// gives.
#[test]
fn one_staged_batch_gives_the_same_incidents() {
    let all = extractions();
    let natural: Vec<usize> = (0..all.len()).collect();
    assert_eq!(
        import(&all, &natural, all.len(), true),
        import(&all, &natural, all.len(), false)
    );
}
