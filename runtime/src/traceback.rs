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
    // Classes outside builtins are named with their module (`__main__.ConfigError`).
    let name = match ty.module {
        Some(module) if module != "builtins" => format!("{module}.{}", ty.name),
        _ => ty.name.to_string(),
    };
    Ok(if message.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {message}\n")
    })
}

/// Writes the traceback of `exc` to stderr, after the exceptions it was chained to.
pub fn print_exception(exc: Value) {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(exc, &mut seen, &mut out);
    crate::io::write_stderr(&out);
}

/// Reports the exception that is set and clears it, where nothing can catch it (`__del__`,
/// finalizers): CPython's "Exception ignored in: <what>" followed by the traceback.
pub fn print_unraisable(context: Option<Value>) {
    let Some(exc) = crate::errors::take() else {
        return;
    };
    let what = context
        .and_then(|c| crate::ops::repr(c).ok())
        .and_then(|r| crate::ops::str_text(r.value()).ok());
    crate::errors::take();
    if let Some(what) = what {
        crate::io::write_stderr(&format!("Exception ignored in: {what}\n"));
    }
    print_exception(exc.value());
}

const CAUSE_MESSAGE: &str =
    "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &str =
    "\nDuring handling of the above exception, another exception occurred:\n\n";

fn format_chain(exc: Value, seen: &mut Vec<Value>, out: &mut String) {
    seen.push(exc);
    if let Some(cause) = exception::cause(exc) {
        // A cause already printed hides the context too, as in CPython.
        if !seen.contains(&cause) {
            format_chain(cause, seen, out);
            out.push_str(CAUSE_MESSAGE);
        }
    } else if let Some(context) =
        exception::context(exc).filter(|c| !exception::suppress_context(exc) && !seen.contains(c))
    {
        format_chain(context, seen, out);
        out.push_str(CONTEXT_MESSAGE);
    }
    format_one(exc, out);
}

fn format_one(exc: Value, out: &mut String) {
    let entries = exception::traceback(exc);
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        format_entries(entries, out);
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
}
