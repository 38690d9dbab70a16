//! Printing an uncaught exception the way CPython 3.8 does.

use crate::errors::PyResult;
use crate::objects::exception::{self, TracebackEntry};
use crate::objects::str::as_str;
use crate::ops::{self, type_of};
use crate::value::Value;

/// CPython prints at most this many entries (the innermost ones).
const TRACEBACK_LIMIT: usize = 1000;
/// Identical consecutive entries beyond this many are summarised.
const RECURSIVE_CUTOFF: usize = 3;

fn source_line(entry: &TracebackEntry) -> Option<&'static str> {
    let code = unsafe { &*entry.code };
    let module = unsafe { &*code.module };
    let line = module
        .source
        .as_str()
        .lines()
        .nth(entry.line.checked_sub(1)? as usize)?;
    Some(line.trim_start_matches([' ', '\t', '\x0c']))
}

fn write_repeats(out: &mut String, count: usize) {
    if count > RECURSIVE_CUTOFF {
        let more = count - RECURSIVE_CUTOFF;
        out.push_str(&format!(
            "  [Previous line repeated {more} more time{}]\n",
            if more > 1 { "s" } else { "" }
        ));
    }
}

/// The "Traceback (most recent call last):" block, oldest frame first.
fn format_entries(entries: &[TracebackEntry], out: &mut String) {
    let skip = entries.len().saturating_sub(TRACEBACK_LIMIT);
    let mut last: Option<(*const crate::module::CodeInfo, u32)> = None;
    let mut count = 0;
    for entry in entries.iter().rev().skip(skip) {
        let key = (entry.code, entry.line);
        if last == Some(key) {
            count += 1;
            if count > RECURSIVE_CUTOFF {
                continue;
            }
        } else {
            write_repeats(out, count);
            last = Some(key);
            count = 1;
        }
        let code = unsafe { &*entry.code };
        let module = unsafe { &*code.module };
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            module.filename.as_str(),
            entry.line,
            code.name.as_str()
        ));
        if let Some(line) = source_line(entry) {
            out.push_str(&format!("    {line}\n"));
        }
    }
    write_repeats(out, count);
}

/// The last line: `Type: message`, or just `Type` when the message is empty.
fn format_exception_only(exc: Value) -> PyResult<String> {
    let ty = type_of(exc);
    let message = ops::str(exc)?;
    let message = as_str(message.value()).unwrap();
    Ok(if message.is_empty() {
        format!("{}\n", ty.name)
    } else {
        format!("{}: {}\n", ty.name, message)
    })
}

/// Writes the traceback of `exc` to stderr.
pub fn print_exception(exc: Value) {
    let mut out = String::new();
    let entries = exception::traceback(exc);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_entries(entries, &mut out);
    }
    match format_exception_only(exc) {
        Ok(last) => out.push_str(&last),
        Err(_) => {
            crate::errors::take();
            out.push_str(&format!(
                "{}: <exception str() failed>\n",
                type_of(exc).name
            ));
        }
    }
    crate::io::write_stderr(&out);
}
