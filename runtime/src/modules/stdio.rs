//! `sys.stdin`, `sys.stdout` and `sys.stderr`: text streams over the process's standard
//! streams, and [`write_to`], through which `print(file=...)` writes.
//!
//! stdout goes through `crate::io`'s buffer, so that `sys.stdout.write` and `print` interleave
//! in program order; stderr flushes stdout first, as `crate::io` does for tracebacks.

use std::io::BufRead;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::int::from_i64;
use crate::objects::list::new_list;
use crate::objects::os_error::OS_ERROR;
use crate::objects::singletons::{bool_ref, none, none_ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

use super::arguments;

#[derive(Clone, Copy, PartialEq)]
enum Stream {
    Stdin = 0,
    Stdout = 1,
    Stderr = 2,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdin => "<stdin>",
            Stream::Stdout => "<stdout>",
            Stream::Stderr => "<stderr>",
        }
    }

    fn readable(self) -> bool {
        self == Stream::Stdin
    }
}

/// A standard stream object; the three are static and immortal.
#[repr(C)]
pub struct TextStream {
    header: ObjHeader,
    stream: Stream,
}

pub static STDIN: TextStream = TextStream {
    header: ObjHeader::immortal(&TEXT_STREAM_TYPE),
    stream: Stream::Stdin,
};
pub static STDOUT: TextStream = TextStream {
    header: ObjHeader::immortal(&TEXT_STREAM_TYPE),
    stream: Stream::Stdout,
};
pub static STDERR: TextStream = TextStream {
    header: ObjHeader::immortal(&TEXT_STREAM_TYPE),
    stream: Stream::Stderr,
};

fn stream_of(v: Value) -> Option<Stream> {
    (!v.is_small_int() && std::ptr::eq(type_of(v), &TEXT_STREAM_TYPE))
        .then(|| unsafe { (*v.as_ptr::<TextStream>()).stream })
}

fn stream(v: Value) -> Stream {
    stream_of(v).expect("a method of a standard stream")
}

/// `io.UnsupportedOperation` (in CPython also a ValueError): reading stdout, writing stdin.
pub static UNSUPPORTED_OPERATION: TypeObject = TypeObject {
    base: Some(&OS_ERROR),
    dealloc: OS_ERROR.dealloc,
    repr: OS_ERROR.repr,
    str: OS_ERROR.str,
    construct: OS_ERROR.construct,
    getattr: OS_ERROR.getattr,
    setattr: OS_ERROR.setattr,
    ..TypeObject::new("io.UnsupportedOperation")
};

fn unsupported(what: &str) -> errors::Raised {
    errors::raise(&UNSUPPORTED_OPERATION, what)
}

// ---- Writing ------------------------------------------------------------------------------------

fn write_text(stream: Stream, text: &str) -> PyResult<()> {
    match stream {
        Stream::Stdout => crate::io::write_stdout(text),
        Stream::Stderr => crate::io::write_stderr(text),
        Stream::Stdin => return Err(unsupported("not writable")),
    }
    Ok(())
}

fn write(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let text = args::exact("write", a, k, 1)?[0];
    let Some(s) = as_str(text) else {
        return Err(errors::type_error(format!(
            "write() argument must be str, not {}",
            type_of(text).name
        )));
    };
    write_text(stream(v), s)?;
    Ok(from_i64(ops::len(text)? as i64))
}

fn writelines(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let lines = args::exact("writelines", a, k, 1)?[0];
    let it = ops::iter(lines)?;
    while let Some(line) = ops::next(it.value())? {
        match as_str(line.value()) {
            Some(s) => write_text(stream(v), s)?,
            None => {
                return Err(errors::type_error(format!(
                    "write() argument must be str, not {}",
                    type_of(line.value()).name
                )))
            }
        }
    }
    Ok(none_ref())
}

fn flush(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    arguments::none("flush", a, k)?;
    if stream(v) == Stream::Stdout {
        crate::io::flush_stdout();
    }
    Ok(none_ref())
}

/// Where `print(..., file=file)` writes: None means `sys.stdout` (nothing at all when that is
/// None).
pub fn print_target(file: Value) -> PyResult<Option<Ref>> {
    if file == none() {
        return super::sys::stdout();
    }
    Ok(Some(Ref::new(file)))
}

/// Writes `text` to a print target: a standard stream directly, anything else through its
/// `write` method.
pub fn write_to(file: Value, text: &str) -> PyResult<()> {
    if let Some(stream) = stream_of(file) {
        return write_text(stream, text);
    }
    let s = new_str(text);
    ops::call_method(file, new_str("write").value(), &[s.value()], None).map(drop)
}

/// `file.flush()`, for `print(..., flush=True)`.
pub fn flush_file(file: Value) -> PyResult<()> {
    ops::call_method(file, new_str("flush").value(), &[], None).map(drop)
}

// ---- Reading ------------------------------------------------------------------------------------

/// An optional size argument: None or a negative size means "no limit".
fn size_limit(name: &str, a: &[Value], k: Option<Value>) -> PyResult<Option<usize>> {
    let a = arguments::positional(name, a, k, 0, 1)?;
    match a.first() {
        None => Ok(None),
        Some(&v) if v == none() => Ok(None),
        Some(&v) => {
            let n = arguments::index(v)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// Reads from stdin up to and including `stop` (if given), or `limit` characters, or the end.
pub fn read_stdin(stop: Option<u8>, limit: Option<usize>) -> PyResult<String> {
    crate::io::flush_stdout();
    let mut bytes = Vec::new();
    let mut chars = 0;
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    'reading: while limit.is_none_or(|n| chars < n) {
        let buffer = match input.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(errors::raise(&OS_ERROR, e.to_string())),
        };
        if buffer.is_empty() {
            break;
        }
        let mut used = 0;
        for &byte in buffer {
            // A character starts at every byte that is not a UTF-8 continuation byte.
            if byte & 0xc0 != 0x80 {
                if limit.is_some_and(|n| chars == n) {
                    break;
                }
                chars += 1;
            }
            used += 1;
            bytes.push(byte);
            if Some(byte) == stop {
                input.consume(used);
                break 'reading;
            }
        }
        input.consume(used);
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

fn readable_stream(v: Value) -> PyResult<()> {
    if stream(v).readable() {
        Ok(())
    } else {
        Err(unsupported("not readable"))
    }
}

fn readline(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let limit = size_limit("readline", a, k)?;
    readable_stream(v)?;
    Ok(new_string(read_stdin(Some(b'\n'), limit)?))
}

fn read(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let limit = size_limit("read", a, k)?;
    readable_stream(v)?;
    Ok(new_string(read_stdin(None, limit)?))
}

fn readlines(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    arguments::positional("readlines", a, k, 0, 1)?;
    readable_stream(v)?;
    let mut lines = Vec::new();
    loop {
        let line = read_stdin(Some(b'\n'), None)?;
        if line.is_empty() {
            return Ok(new_list(lines));
        }
        lines.push(new_string(line));
    }
}

/// `for line in sys.stdin`.
fn next_line(v: Value) -> PyResult<Option<Ref>> {
    readable_stream(v)?;
    let line = read_stdin(Some(b'\n'), None)?;
    Ok((!line.is_empty()).then(|| new_string(line)))
}

// ---- The type -----------------------------------------------------------------------------------

extern "C" {
    fn isatty(fd: std::ffi::c_int) -> std::ffi::c_int;
}

fn query(name: &str, a: &[Value], k: Option<Value>) -> PyResult<()> {
    arguments::none(name, a, k)
}

static METHODS: [Method; 11] = [
    Method::new("write", write),
    Method::new("writelines", writelines),
    Method::new("flush", flush),
    Method::new("read", read),
    Method::new("readline", readline),
    Method::new("readlines", readlines),
    Method::new("fileno", |v, a, k| {
        query("fileno", a, k)?;
        Ok(from_i64(stream(v) as i64))
    }),
    Method::new("isatty", |v, a, k| {
        query("isatty", a, k)?;
        Ok(bool_ref(
            unsafe { isatty(stream(v) as std::ffi::c_int) } == 1,
        ))
    }),
    Method::new("readable", |v, a, k| {
        query("readable", a, k)?;
        Ok(bool_ref(stream(v).readable()))
    }),
    Method::new("writable", |v, a, k| {
        query("writable", a, k)?;
        Ok(bool_ref(!stream(v).readable()))
    }),
    Method::new("seekable", |_, a, k| {
        query("seekable", a, k)?;
        Ok(bool_ref(false))
    }),
];

fn getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let s = stream(v);
    Ok(Some(match name {
        "name" => new_str(s.name()),
        "mode" => new_str(if s.readable() { "r" } else { "w" }),
        "encoding" => new_str("utf-8"),
        "errors" => new_str(if s == Stream::Stderr {
            "backslashreplace"
        } else {
            "strict"
        }),
        "closed" => bool_ref(false),
        _ => return Ok(None),
    }))
}

pub static TEXT_STREAM_TYPE: TypeObject = TypeObject {
    repr: |v| {
        let s = stream(v);
        Ok(new_string(format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
            s.name(),
            if s.readable() { "r" } else { "w" }
        )))
    },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(next_line),
    methods: &METHODS,
    getattr: Some(getattr),
    ..TypeObject::new("_io.TextIOWrapper")
};

/// The three stream objects, for the `sys` module.
pub fn standard_streams() -> [(&'static str, Value); 3] {
    [
        ("stdin", Value::from_ptr(&STDIN)),
        ("stdout", Value::from_ptr(&STDOUT)),
        ("stderr", Value::from_ptr(&STDERR)),
    ]
}
