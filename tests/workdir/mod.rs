//! What the test binaries share: a temporary folder with a database, in which tests run the
//! real `tarikh` binary ([`Workdir`]); files of the repository; test days.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;

pub struct Workdir {
    dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir {
            dir: tempfile::tempdir().expect("temporary folder"),
        }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn db(&self) -> PathBuf {
        self.path("tarikh.db")
    }

    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&path, contents).expect("write file");
        path
    }

    pub fn read(&self, name: &str) -> Vec<u8> {
        std::fs::read(self.path(name)).expect("read file")
    }

    /// A `tarikh` command on this folder's database, run in this folder.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tarikh"));
        cmd.current_dir(self.dir.path())
            .env("TARIKH_DB", self.db())
            .args(args)
            .stdin(Stdio::null());
        cmd
    }

    /// Run and return the output, whatever the exit code.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run tarikh")
    }

    /// Like [`Workdir::run`], on another database.
    pub fn run_on(&self, db: &Path, args: &[&str]) -> Output {
        self.command(args)
            .env("TARIKH_DB", db)
            .output()
            .expect("run tarikh")
    }

    /// Run, require success, return standard output.
    pub fn stdout(&self, args: &[&str]) -> String {
        self.stdout_on(&self.db(), args)
    }

    /// Like [`Workdir::stdout`], on another database.
    pub fn stdout_on(&self, db: &Path, args: &[&str]) -> String {
        let out = self
            .command(args)
            .env("TARIKH_DB", db)
            .output()
            .expect("run tarikh");
        assert!(
            out.status.success(),
            "tarikh {args:?} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("UTF-8 output")
    }

    /// Run, require failure, return standard error.
    pub fn stderr_of_failure(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            !out.status.success(),
            "tarikh {args:?} should have failed but printed:\n{}",
            String::from_utf8_lossy(&out.stdout)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    /// Every row of every table, for before/after comparisons.
    pub fn dump(&self) -> String {
        tarikh::store::Store::open(&self.db())
            .expect("open database")
            .dump()
            .expect("dump")
    }

    pub fn db_bytes(&self) -> Vec<u8> {
        std::fs::read(self.db()).unwrap_or_default()
    }
}

/// Run a command with its standard output on a new pseudo-terminal `cols` wide and `rows` high
/// (0 leaves the size unset, as `stty cols N` alone leaves the rows in a new one): what the
/// terminal was sent (with its carriage returns taken out), and standard error.
#[cfg(target_os = "linux")]
pub fn in_terminal(mut cmd: Command, cols: u16, rows: u16) -> (String, String) {
    use std::io::Read;
    use std::os::fd::FromRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    // SAFETY: plain libc calls on a descriptor this function owns; each result is checked.
    let (master, slave_path) = unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY);
        assert!(master >= 0, "posix_openpt");
        let master_file = std::fs::File::from_raw_fd(master);
        // Not inherited by the commands other tests start meanwhile.
        assert_eq!(
            libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC),
            0,
            "FD_CLOEXEC"
        );
        assert_eq!(libc::grantpt(master), 0, "grantpt");
        assert_eq!(libc::unlockpt(master), 0, "unlockpt");
        let mut name = [0 as libc::c_char; 128];
        assert_eq!(
            libc::ptsname_r(master, name.as_mut_ptr(), name.len()),
            0,
            "ptsname_r"
        );
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        assert_eq!(
            libc::ioctl(master, libc::TIOCSWINSZ, &size),
            0,
            "TIOCSWINSZ"
        );
        let path = std::ffi::CStr::from_ptr(name.as_ptr())
            .to_string_lossy()
            .into_owned();
        (master_file, path)
    };
    let slave = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NOCTTY)
        .open(&slave_path)
        .expect("open the terminal's other end");
    cmd.stdout(Stdio::from(slave)).stderr(Stdio::piped());
    let child = cmd.spawn().expect("run tarikh");
    // The command holds this process's copy of the terminal's end: without dropping it, reading
    // would never see the end.
    drop(cmd);
    // Read while it runs, or it would wait for room in the terminal's buffer.
    let reader = std::thread::spawn(move || {
        let mut master = master;
        let mut bytes = Vec::new();
        let mut buf = [0u8; 4096];
        loop {
            match master.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => bytes.extend_from_slice(&buf[..n]),
                // Linux says EIO once every process has closed the other end.
                Err(e) if e.raw_os_error() == Some(libc::EIO) => break,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(e) => panic!("reading the terminal: {e}"),
            }
        }
        bytes
    });
    let out = child.wait_with_output().expect("wait for tarikh");
    let shown = reader.join().expect("the reading thread");
    let shown = String::from_utf8(shown)
        .expect("UTF-8 on the terminal")
        .replace('\r', "");
    (shown, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Run a command with `input` on its standard input; the output, whatever the exit code.
pub fn with_input(mut cmd: Command, input: &[u8]) -> Output {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run tarikh");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for tarikh")
}

/// Start a command, let it run for `wait`, and kill it (SIGKILL), as a crash or a power cut
/// would stop it at a random moment.
pub fn kill_after(mut cmd: Command, wait: std::time::Duration) {
    let mut child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tarikh starts");
    std::thread::sleep(wait);
    let _ = child.kill();
    let _ = child.wait();
}

/// A file of the repository, by its path from the repository's root.
pub fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A sample file of `tests/data/formats/` (real ACLED and UCDP extracts, hand-made files).
pub fn format_sample(name: &str) -> PathBuf {
    repo_file("tests/data/formats").join(name)
}

/// A test day, `YYYY-MM-DD`.
pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("test day {s}: {e}"))
}

/// The header of tarikh's own CSV, as `export --format csv` writes it.
pub const TARIKH_CSV_HEADER: &str = "id,date,date_start,date_end,precision,event_type,status,title,actors,place,country,latitude,longitude,fatalities_low,fatalities_best,fatalities_high,sources,evidence,summary,fatalities_phrase,disputed,uid";

/// A tarikh CSV of `rows` armed clashes in April 2021, row `k` (from 0) titled `title(k)`, with
/// actors `actors`, evidence `evidence(k)` and uid `uid(k)`.
pub fn clashes_csv(
    rows: usize,
    actors: &str,
    title: impl Fn(usize) -> String,
    evidence: impl Fn(usize) -> String,
    uid: impl Fn(usize) -> String,
) -> String {
    let mut csv = format!("{TARIKH_CSV_HEADER}\n");
    for k in 0..rows {
        let day = 1 + k % 28;
        csv.push_str(&format!(
            "{},2021-04-{day:02},,,,armed_clash,occurred,{},{actors},Batken,Kyrgyzstan,,,1,2,3,Example Wire,{},,,,{}\n",
            k + 1,
            title(k),
            evidence(k),
            uid(k)
        ));
    }
    csv
}
