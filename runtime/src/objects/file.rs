//! File objects made by `open()`: CPython's `_io.TextIOWrapper` for text modes and
//! `_io.BufferedReader`/`BufferedWriter`/`BufferedRandom` for binary ones.
//!
//! A file is read whole on its first read (scripts read files that fit in memory), decoded
//! and with universal newlines in text mode; writes are buffered and reach the file on
//! `flush`, `close`, or when the object is freed, as in CPython.

use std::cell::RefCell;
use std::io::Write;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::bytes::{bytes_data, new_bytes};
use crate::objects::codecs;
use crate::objects::list::new_list;
use crate::objects::os_error;
use crate::objects::singletons::{bool_ref, none, none_ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

struct State {
    /// `None` once closed.
    file: Option<std::fs::File>,
    /// What is left to read: the whole rest of the file once the first read happened.
    unread: Option<Vec<u8>>,
    /// Decoded text left to read (text mode), from `unread`.
    unread_text: Option<String>,
    pending_writes: Vec<u8>,
}

#[repr(C)]
pub struct FileObject {
    header: ObjHeader,
    name: Ref,
    mode: String,
    binary: bool,
    readable: bool,
    writable: bool,
    encoding: String,
    errors: String,
    state: RefCell<State>,
}

fn file(v: Value) -> &'static FileObject {
    unsafe { &*v.as_ptr::<FileObject>() }
}

/// Written out once this much is pending.
const WRITE_BUFFER_SIZE: usize = 8192;

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, ...)`.
pub fn open(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = args::bind(
        "open",
        a,
        k,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let name = bound[0].unwrap();
    let text_arg = |i: usize, what: &str| -> PyResult<Option<&'static str>> {
        match bound[i] {
            None => Ok(None),
            Some(v) if v == none() => Ok(None),
            Some(v) => as_str(v).map(Some).ok_or_else(|| {
                errors::type_error(format!(
                    "open() argument '{what}' must be str or None, not {}",
                    type_of(v).name
                ))
            }),
        }
    };
    let mode = match bound[1] {
        None => "r",
        Some(m) => as_str(m).ok_or_else(|| {
            errors::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_of(m).name
            ))
        })?,
    };
    let encoding = text_arg(3, "encoding")?;
    let errors_arg = text_arg(4, "errors")?;
    let Some(path) = as_str(name) else {
        return Err(errors::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_of(name).name
        )));
    };
    let invalid_mode = || errors::value_error(format!("invalid mode: '{mode}'"));
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwxabt+".contains(c) || seen.contains(c) {
            return Err(invalid_mode());
        }
        seen.push(c);
    }
    let kinds = ['r', 'w', 'x', 'a']
        .iter()
        .filter(|c| seen.contains(**c))
        .count();
    let binary = seen.contains('b');
    if binary && seen.contains('t') {
        return Err(errors::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if kinds > 1 {
        return Err(errors::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if kinds == 0 {
        return Err(errors::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding.is_some() {
        return Err(errors::value_error(
            "binary mode doesn't take an encoding argument",
        ));
    }
    if binary && errors_arg.is_some() {
        return Err(errors::value_error(
            "binary mode doesn't take an errors argument",
        ));
    }
    let plus = seen.contains('+');
    let mut options = std::fs::OpenOptions::new();
    match seen.chars().find(|c| "rwxa".contains(*c)).unwrap() {
        'r' => options.read(true).write(plus),
        'w' => options.write(true).create(true).truncate(true).read(plus),
        'x' => options.write(true).create_new(true).read(plus),
        _ => options.append(true).create(true).read(plus),
    };
    let handle = options
        .open(path)
        .map_err(|e| os_error::raise_for_io(&e, name))?;
    if handle.metadata().is_ok_and(|m| m.is_dir()) {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(os_error::raise_for_io(&e, name));
    }
    if let Some(encoding) = encoding {
        // Check the encoding now, as CPython's TextIOWrapper does.
        codecs::decode(b"", encoding, "strict")?;
    }
    let readable = seen.contains('r') || plus;
    let writable = !seen.contains('r') || plus;
    let v = crate::gc::alloc(FileObject {
        header: ObjHeader::new(if binary {
            match (readable, writable) {
                (true, true) => &BUFFERED_RANDOM_TYPE,
                (true, false) => &BUFFERED_READER_TYPE,
                _ => &BUFFERED_WRITER_TYPE,
            }
        } else {
            &TEXT_IO_WRAPPER_TYPE
        }),
        name: Ref::new(name),
        mode: mode.to_string(),
        binary,
        readable,
        writable,
        encoding: encoding.unwrap_or("UTF-8").to_string(),
        errors: errors_arg.unwrap_or("strict").to_string(),
        state: RefCell::new(State {
            file: Some(handle),
            unread: None,
            unread_text: None,
            pending_writes: Vec::new(),
        }),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

fn closed_error() -> errors::Raised {
    errors::value_error("I/O operation on closed file.")
}

fn unsupported(what: &str) -> errors::Raised {
    errors::raise(&crate::modules::stdio::UNSUPPORTED_OPERATION, what)
}

/// Writes what is pending to the file.
fn flush(v: Value) -> PyResult<()> {
    let f = file(v);
    let mut state = f.state.borrow_mut();
    let state = &mut *state;
    let Some(handle) = state.file.as_mut() else {
        return Err(closed_error());
    };
    if !state.pending_writes.is_empty() {
        handle
            .write_all(&state.pending_writes)
            .map_err(|e| os_error::raise_for_io(&e, f.name.value()))?;
        state.pending_writes.clear();
    }
    Ok(())
}

fn close(v: Value) -> PyResult<()> {
    if file(v).state.borrow().file.is_none() {
        return Ok(());
    }
    let flushed = flush(v);
    file(v).state.borrow_mut().file = None;
    flushed
}

/// The rest of the file as bytes, read on first use.
fn with_unread<T>(v: Value, use_it: impl FnOnce(&mut State) -> PyResult<T>) -> PyResult<T> {
    let f = file(v);
    if !f.readable {
        return Err(unsupported("not readable"));
    }
    flush(v)?;
    let mut state = f.state.borrow_mut();
    if state.unread.is_none() {
        let mut data = Vec::new();
        let handle = state.file.as_mut().ok_or_else(closed_error)?;
        std::io::Read::read_to_end(handle, &mut data)
            .map_err(|e| os_error::raise_for_io(&e, f.name.value()))?;
        state.unread = Some(data);
    }
    use_it(&mut state)
}

/// The rest of the text (text mode), decoded with universal newlines on first use.
fn with_unread_text<T>(v: Value, use_it: impl FnOnce(&mut String) -> T) -> PyResult<T> {
    let f = file(v);
    with_unread(v, |state| {
        if state.unread_text.is_none() {
            let data = std::mem::take(state.unread.as_mut().unwrap());
            let text = codecs::decode(&data, &f.encoding, &f.errors)?;
            state.unread_text = Some(text.replace("\r\n", "\n").replace('\r', "\n"));
        }
        Ok(use_it(state.unread_text.as_mut().unwrap()))
    })
}

/// A size argument: None or negative means all.
fn size_arg(name: &str, a: &[Value], k: Option<Value>) -> PyResult<Option<usize>> {
    let a = crate::modules::arguments::positional(name, a, k, 0, 1)?;
    match a.first() {
        None => Ok(None),
        Some(&s) if s == none() => Ok(None),
        Some(&s) => {
            let n = crate::modules::arguments::index(s)?;
            Ok(usize::try_from(n).ok())
        }
    }
}

/// Splits off the first `n` characters of `text`.
fn take_chars(text: &mut String, n: Option<usize>) -> String {
    let end = match n {
        Some(n) => text.char_indices().nth(n).map_or(text.len(), |(i, _)| i),
        None => text.len(),
    };
    let rest = text.split_off(end);
    std::mem::replace(text, rest)
}

fn take_bytes(data: &mut Vec<u8>, n: Option<usize>) -> Vec<u8> {
    let end = n.map_or(data.len(), |n| n.min(data.len()));
    let rest = data.split_off(end);
    std::mem::replace(data, rest)
}

fn read(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let n = size_arg("read", a, k)?;
    if file(v).binary {
        let data = with_unread(v, |s| Ok(take_bytes(s.unread.as_mut().unwrap(), n)))?;
        return Ok(new_bytes(data));
    }
    Ok(new_string(with_unread_text(v, |t| take_chars(t, n))?))
}

/// One line, with its newline, of at most `limit` characters (bytes in binary mode).
fn read_line(v: Value, limit: Option<usize>) -> PyResult<Ref> {
    if file(v).binary {
        let data = with_unread(v, |s| {
            let data = s.unread.as_mut().unwrap();
            let line_end = data.iter().position(|&b| b == b'\n').map(|i| i + 1);
            let n = match (line_end, limit) {
                (Some(e), Some(l)) => Some(e.min(l)),
                (e, l) => e.or(l),
            };
            Ok(take_bytes(data, n))
        })?;
        return Ok(new_bytes(data));
    }
    let line = with_unread_text(v, |text| {
        let line_end = text.find('\n').map(|i| text[..i].chars().count() + 1);
        let n = match (line_end, limit) {
            (Some(e), Some(l)) => Some(e.min(l)),
            (e, l) => e.or(l),
        };
        take_chars(text, n)
    })?;
    Ok(new_string(line))
}

fn is_exhausted(line: &Ref) -> bool {
    match as_str(line.value()) {
        Some(s) => s.is_empty(),
        None => bytes_data(line.value()).is_some_and(<[u8]>::is_empty),
    }
}

fn readlines(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let hint = size_arg("readlines", a, k)?.filter(|&h| h > 0);
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = read_line(v, None)?;
        if is_exhausted(&line) {
            break;
        }
        total += ops::len(line.value())?;
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(new_list(lines))
}

fn write(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let data = args::exact("write", a, k, 1)?[0];
    let f = file(v);
    if f.state.borrow().file.is_none() {
        return Err(closed_error());
    }
    if !f.writable {
        return Err(unsupported("not writable"));
    }
    let (bytes, written) = if f.binary {
        let Some(bytes) = crate::objects::bytes_methods::bytes_like(data)? else {
            return Err(errors::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_of(data).name
            )));
        };
        let n = bytes.len();
        (bytes.into_owned(), n)
    } else {
        let Some(text) = as_str(data) else {
            return Err(errors::type_error(format!(
                "write() argument must be str, not {}",
                type_of(data).name
            )));
        };
        (
            codecs::encode(text, &f.encoding, &f.errors)?,
            text.chars().count(),
        )
    };
    let full = {
        let mut state = f.state.borrow_mut();
        state.pending_writes.extend_from_slice(&bytes);
        state.pending_writes.len() >= WRITE_BUFFER_SIZE
    };
    if full {
        flush(v)?;
    }
    Ok(crate::objects::int::from_i64(written as i64))
}

fn writelines(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let lines = args::exact("writelines", a, k, 1)?[0];
    let iter = ops::iter(lines)?;
    while let Some(line) = ops::next(iter.value())? {
        write(v, &[line.value()], None)?;
    }
    Ok(none_ref())
}

fn no_args_then<F>(name: &'static str, a: &[Value], k: Option<Value>, f: F) -> PyResult<Ref>
where
    F: FnOnce() -> PyResult<Ref>,
{
    crate::modules::arguments::none(name, a, k)?;
    f()
}

static FILE_METHODS: [Method; 16] = [
    Method::new("read", read),
    Method::new("readline", |v, a, k| {
        read_line(v, size_arg("readline", a, k)?)
    }),
    Method::new("readlines", readlines),
    Method::new("write", write),
    Method::new("writelines", writelines),
    Method::new("flush", |v, a, k| {
        no_args_then("flush", a, k, || flush(v).map(|_| none_ref()))
    }),
    Method::new("close", |v, a, k| {
        no_args_then("close", a, k, || close(v).map(|_| none_ref()))
    }),
    Method::new("readable", |v, a, k| {
        no_args_then("readable", a, k, || Ok(bool_ref(file(v).readable)))
    }),
    Method::new("writable", |v, a, k| {
        no_args_then("writable", a, k, || Ok(bool_ref(file(v).writable)))
    }),
    Method::new("seekable", |_, a, k| {
        no_args_then("seekable", a, k, || Ok(bool_ref(true)))
    }),
    Method::new("isatty", |_, a, k| {
        no_args_then("isatty", a, k, || Ok(bool_ref(false)))
    }),
    Method::new("fileno", |v, a, k| {
        no_args_then("fileno", a, k, || {
            use std::os::fd::AsRawFd;
            let state = file(v).state.borrow();
            let handle = state.file.as_ref().ok_or_else(closed_error)?;
            Ok(crate::objects::int::from_i64(handle.as_raw_fd() as i64))
        })
    }),
    Method::new("__enter__", |v, a, k| {
        no_args_then("__enter__", a, k, || {
            if file(v).state.borrow().file.is_none() {
                return Err(closed_error());
            }
            Ok(Ref::new(v))
        })
    }),
    Method::new("__exit__", |v, _, _| close(v).map(|_| none_ref())),
    Method::new("__iter__", |v, a, k| {
        no_args_then("__iter__", a, k, || {
            if file(v).state.borrow().file.is_none() {
                return Err(closed_error());
            }
            Ok(Ref::new(v))
        })
    }),
    Method::new("__next__", |v, a, k| {
        no_args_then("__next__", a, k, || match file_next(v)? {
            Some(line) => Ok(line),
            None => Err(errors::raise(
                &crate::objects::exception::STOP_ITERATION,
                "",
            )),
        })
    }),
];

fn file_next(v: Value) -> PyResult<Option<Ref>> {
    let line = read_line(v, None)?;
    Ok((!is_exhausted(&line)).then_some(line))
}

fn file_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let f = file(v);
    Ok(match name {
        "name" => Some(f.name.clone()),
        "mode" => Some(new_str(&f.mode)),
        "closed" => Some(bool_ref(f.state.borrow().file.is_none())),
        "encoding" if !f.binary => Some(new_str(&f.encoding)),
        "errors" if !f.binary => Some(new_str(&f.errors)),
        _ => None,
    })
}

fn file_repr(v: Value) -> PyResult<Ref> {
    let f = file(v);
    let name = ops::str_text(ops::repr(f.name.value())?.value())?;
    let ty = type_of(v).name;
    Ok(new_string(if f.binary {
        format!("<_io.{ty} name={name}>")
    } else {
        format!(
            "<_io.{ty} name={name} mode='{}' encoding='{}'>",
            f.mode, f.encoding
        )
    }))
}

/// A file freed while open is flushed and closed, as CPython's finalizer does; an error has
/// nowhere to go.
unsafe fn file_dealloc(v: Value) {
    crate::gc::untrack(v);
    if close(v).is_err() {
        errors::take();
    }
    crate::gc::free::<FileObject>(v)
}

/// Tracked as in CPython; the name is the one reference a file object holds.
static FILE_GC: crate::gc::GcSlots = crate::gc::GcSlots {
    traverse: |v, visit| visit(file(v).name.value()),
    clear: None,
    finalize: None,
};

const fn file_type(name: &'static str) -> TypeObject {
    TypeObject {
        dealloc: file_dealloc,
        gc: Some(&FILE_GC),
        repr: file_repr,
        iter: Some(|v| {
            if file(v).state.borrow().file.is_none() {
                return Err(closed_error());
            }
            Ok(Ref::new(v))
        }),
        next: Some(file_next),
        methods: &FILE_METHODS,
        getattr: Some(file_getattr),
        ..TypeObject::new(name)
    }
}

pub static TEXT_IO_WRAPPER_TYPE: TypeObject = file_type("TextIOWrapper");
pub static BUFFERED_READER_TYPE: TypeObject = file_type("BufferedReader");
pub static BUFFERED_WRITER_TYPE: TypeObject = file_type("BufferedWriter");
pub static BUFFERED_RANDOM_TYPE: TypeObject = file_type("BufferedRandom");
