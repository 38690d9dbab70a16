//! The process's standard streams. stdout is block-buffered (as CPython's is when not a
//! terminal) and flushed before anything goes to stderr, so interleaving stays readable.

use std::cell::RefCell;
use std::io::Write;

struct Stdout(RefCell<Option<std::io::BufWriter<std::io::Stdout>>>);
unsafe impl Sync for Stdout {}

static STDOUT: Stdout = Stdout(RefCell::new(None));

pub fn write_stdout(text: &str) {
    let mut out = STDOUT.0.borrow_mut();
    let w = out.get_or_insert_with(|| std::io::BufWriter::with_capacity(8192, std::io::stdout()));
    // A closed stdout (a pipe whose reader left) is not the program's error to report here.
    let _ = w.write_all(text.as_bytes());
}

pub fn flush_stdout() {
    if let Some(w) = STDOUT.0.borrow_mut().as_mut() {
        let _ = w.flush();
    }
}

pub fn write_stderr(text: &str) {
    flush_stdout();
    let _ = std::io::stderr().write_all(text.as_bytes());
}
