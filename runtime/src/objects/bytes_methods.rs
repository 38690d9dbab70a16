//! What bytes and bytearray share (CPython's `bytes_methods.c`): their methods, written once
//! over the receiver's bytes, whose results have the receiver's type; `+`, `*`, `in` and `%`;
//! their constructors' conversions; and the buffer protocol as they see it (which objects are
//! bytes-like, and their contents).

use std::borrow::Cow;

use memchr::memmem;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::bytearray::{self, BYTEARRAY_TYPE};
use crate::objects::bytes::{self, new_bytes};
use crate::objects::codecs;
use crate::objects::exception::TYPE_ERROR;
use crate::objects::int::{self, int_view};
use crate::objects::list::new_list;
use crate::objects::memoryview;
use crate::objects::method_args;
use crate::objects::sequence;
use crate::objects::singletons::{bool_ref, none, not_implemented};
use crate::objects::str::{as_str, new_string};
use crate::objects::str_methods::{self, adjust_indices, find_arguments, position_or_minus_one};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::ops::{self, type_of};
use crate::value::Value;

/// Which of the two types a method or constructor works for; results have the same type.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Bytes,
    ByteArray,
}

impl Kind {
    /// The kind of a receiver: an instance, or the type itself for class methods.
    pub fn of(v: Value) -> Kind {
        if bytearray::is_bytearray(v) || v == BYTEARRAY_TYPE.as_value() {
            Kind::ByteArray
        } else {
            Kind::Bytes
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Kind::Bytes => "bytes",
            Kind::ByteArray => "bytearray",
        }
    }

    pub fn make(self, data: Vec<u8>) -> Ref {
        match self {
            Kind::Bytes => new_bytes(data),
            Kind::ByteArray => bytearray::new_bytearray(data),
        }
    }
}

/// The contents of a bytes or bytearray receiver. Methods read it after converting their other
/// arguments, since conversions may run Python code that changes a bytearray.
fn data_of(v: Value) -> &'static [u8] {
    bytes::bytes_data(v)
        .or_else(|| bytearray::contents(v))
        .expect("a bytes method called on bytes or bytearray")
}

/// A result of the receiver's type.
fn make_like(this: Value, data: Vec<u8>) -> Ref {
    Kind::of(this).make(data)
}

// ---------------------------------------------------------------------------------------------
// The buffer protocol

/// The bytes of a bytes-like object (bytes, bytearray, or a contiguous memoryview), valid until
/// Python code runs; `None` for other objects. A memoryview that is released or not contiguous
/// raises, as CPython's simple buffer requests do.
pub fn bytes_like(v: Value) -> PyResult<Option<Cow<'static, [u8]>>> {
    if let Some(data) = bytes::bytes_data(v).or_else(|| bytearray::contents(v)) {
        return Ok(Some(Cow::Borrowed(data)));
    }
    if memoryview::is_memoryview(v) {
        return memoryview::contiguous_contents(v).map(Some);
    }
    Ok(None)
}

/// The bytes of any object with a buffer, a memoryview of any layout included (copied in
/// order); `None` for other objects.
pub fn buffer_contents(v: Value) -> PyResult<Option<Cow<'static, [u8]>>> {
    if memoryview::is_memoryview(v) {
        return memoryview::contents(v).map(|data| Some(Cow::Owned(data)));
    }
    bytes_like(v)
}

/// A bytes-like argument: "a bytes-like object is required, not 'str'".
pub fn require_bytes_like(v: Value) -> PyResult<Cow<'static, [u8]>> {
    match bytes_like(v)? {
        Some(data) => Ok(data),
        None => Err(errors::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_of(v).name
        ))),
    }
}

/// A bytes-like argument, with `error` replacing whatever refuses it (CPython's messages for
/// `+` and `join` replace the buffer protocol's).
pub fn bytes_like_or(
    v: Value,
    error: impl FnOnce() -> errors::Raised,
) -> PyResult<Cow<'static, [u8]>> {
    match bytes_like(v) {
        Ok(Some(data)) => Ok(data),
        Ok(None) => Err(error()),
        Err(_) => {
            drop(errors::take());
            Err(error())
        }
    }
}

/// An int taken as one byte (CPython's `_getbytevalue`): `__index__`, then 0..=255.
pub fn byte_value(v: Value) -> PyResult<u8> {
    let i = method_args::clamped_index(v, method_args::cannot_interpret)?;
    u8::try_from(i).map_err(|_| errors::value_error("byte must be in range(0, 256)"))
}

/// What `find`, `count`, `index` and `in` look for: a bytes-like object, or an int as one byte.
fn needle(v: Value, wrong_type: impl FnOnce(&str) -> String) -> PyResult<Cow<'static, [u8]>> {
    if let Some(data) = bytes_like(v)? {
        return Ok(data);
    }
    let i = method_args::to_index(v, wrong_type)?;
    Ok(Cow::Owned(vec![byte_value(i.value())?]))
}

/// Room for `len` bytes, or MemoryError when there is none.
fn with_capacity(len: usize) -> PyResult<Vec<u8>> {
    let mut data = Vec::new();
    data.try_reserve_exact(len)
        .map_err(|_| sequence::memory_error())?;
    Ok(data)
}

// ---------------------------------------------------------------------------------------------
// Construction

/// The contents `bytes(source, encoding, errors)` and `bytearray(...)` make: nothing, a str
/// encoded, a count of zero bytes, a copy of a buffer, or an iterable of ints; bytes also
/// asks `__bytes__` first.
pub fn constructor_contents(
    kind: Kind,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Vec<u8>> {
    let name = kind.name();
    let bound = method_args::bind(name, args, kwnames, &["source", "encoding", "errors"], 0)?;
    let (encoding, errors) =
        codecs::codec_arguments(name, &bound[1..], codecs::CONSTRUCTOR_CODEC_LABELS)?;
    let (has_encoding, has_errors) = (bound[1].is_some(), bound[2].is_some());
    let without_string = || {
        errors::type_error(if has_encoding {
            "encoding without a string argument"
        } else {
            "errors without a string argument"
        })
    };
    let Some(source) = bound[0] else {
        if has_encoding || has_errors {
            return Err(without_string());
        }
        return Ok(Vec::new());
    };
    if let Some(text) = as_str(source) {
        if !has_encoding {
            return Err(errors::type_error("string argument without an encoding"));
        }
        return codecs::encode(text, encoding, errors);
    }
    if has_encoding || has_errors {
        return Err(without_string());
    }
    if kind == Kind::Bytes {
        if let Some(made) = bytes::call_dunder_bytes(source)? {
            return Ok(bytes::bytes_data(made.value()).unwrap_or_default().to_vec());
        }
    }
    if let Some(count) = zero_count(source)? {
        let mut data = with_capacity(count)?;
        data.resize(count, 0);
        return Ok(data);
    }
    contents_of_object(kind, source)
}

/// The count of `bytes(n)`: `None` when `source` is not an integer.
fn zero_count(source: Value) -> PyResult<Option<usize>> {
    let ty = type_of(source);
    if !method_args::has_special(source, "__index__", ty.number.index.is_some())? {
        return Ok(None);
    }
    let index = method_args::to_index(source, method_args::cannot_interpret)?;
    let count = int_view(index.value())
        .and_then(|i| i.to_i64())
        .ok_or_else(|| {
            errors::overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                ty.name
            ))
        })?;
    usize::try_from(count)
        .map(Some)
        .map_err(|_| errors::value_error("negative count"))
}

/// "cannot convert 'float' object to bytes": what cannot make bytes or a bytearray.
pub fn cannot_convert(kind: Kind, source: Value) -> errors::Raised {
    errors::type_error(format!(
        "cannot convert '{}' object to {}",
        type_of(source).name,
        kind.name()
    ))
}

/// The bytes of a buffer, or of an iterable of ints (`bytes(x)` once other forms are ruled
/// out, `bytearray(x)`, and the right side of a bytearray slice assignment).
pub fn contents_of_object(kind: Kind, source: Value) -> PyResult<Vec<u8>> {
    if let Some(data) = buffer_contents(source)? {
        return Ok(data.into_owned());
    }
    let it = ops::iter(source).map_err(|e| {
        if !errors::matches(&TYPE_ERROR) {
            return e;
        }
        drop(errors::take());
        cannot_convert(kind, source)
    })?;
    let mut data = match ops::length_of_sized(source)? {
        Some(n) => with_capacity(n)?,
        None => Vec::new(),
    };
    while let Some(item) = ops::next(it.value())? {
        let byte = byte_value(item.value()).map_err(|e| {
            // bytes says "bytes must be in range", bytearray "byte must be in range".
            if kind == Kind::Bytes && errors::matches(&crate::objects::exception::VALUE_ERROR) {
                drop(errors::take());
                return errors::value_error("bytes must be in range(0, 256)");
            }
            e
        })?;
        data.push(byte);
    }
    Ok(data)
}

// ---------------------------------------------------------------------------------------------
// Operators

/// `a + b`: any bytes-like right operand; the result has `a`'s type.
pub fn concat(a: Value, b: Value) -> PyResult<Ref> {
    let right = bytes_like_or(b, || {
        errors::type_error(format!(
            "can't concat {} to {}",
            type_of(b).name,
            type_of(a).name
        ))
    })?;
    let left = data_of(a);
    let mut data = with_capacity(left.len().saturating_add(right.len()))?;
    data.extend_from_slice(left);
    data.extend_from_slice(&right);
    Ok(make_like(a, data))
}

/// `a * n` (no bytes for `n <= 0`).
pub fn repeat(a: Value, n: i64) -> PyResult<Ref> {
    let data = data_of(a);
    let too_long = usize::try_from(n).is_ok_and(|n| {
        data.len()
            .checked_mul(n)
            .is_none_or(|total| total > isize::MAX as usize)
    });
    if too_long && Kind::of(a) == Kind::Bytes {
        return Err(errors::overflow_error("repeated bytes are too long"));
    }
    Ok(make_like(a, repeated(data, n)?))
}

/// `data` `n` times over.
pub fn repeated(data: &[u8], n: i64) -> PyResult<Vec<u8>> {
    let n = usize::try_from(n).unwrap_or(0);
    let total = data
        .len()
        .checked_mul(n)
        .ok_or_else(sequence::memory_error)?;
    let mut out = with_capacity(total)?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

/// `x in b`: an int is a byte, anything else must be bytes-like.
pub fn contains(this: Value, item: Value) -> PyResult<bool> {
    let sub = needle(item, |name| {
        format!("a bytes-like object is required, not '{name}'")
    })?;
    Ok(memmem::find(data_of(this), &sub).is_some())
}

/// `bytes % args` and `bytearray % args`; other left operands are not theirs.
pub fn remainder(a: Value, b: Value) -> PyResult<Ref> {
    if !bytes::is_bytes(a) && !bytearray::is_bytearray(a) {
        return Ok(not_implemented());
    }
    // Formatting runs Python code (`__index__`, `__bytes__`), which could change a bytearray.
    let format = data_of(a).to_vec();
    Ok(make_like(
        a,
        crate::format::percent_format_bytes(&format, b)?,
    ))
}

/// The `i`-th byte as an int, for iteration.
pub fn item_at(v: Value, i: usize) -> Option<Ref> {
    data_of(v).get(i).map(|&b| Ref::small_int(b as i64))
}

// ---------------------------------------------------------------------------------------------
// The method table

/// The methods bytes and bytearray share, followed by `$extra` ones.
macro_rules! bytes_method_table {
    ($($extra:expr),* $(,)?) => {{
        use $crate::objects::bytes_methods as m;
        use $crate::objects::type_object::Method;
        [
            Method::new("capitalize", m::capitalize),
            Method::new("center", m::center),
            Method::new("count", m::count),
            Method::new("decode", m::decode),
            Method::new("endswith", m::endswith),
            Method::new("expandtabs", m::expandtabs),
            Method::new("find", m::find),
            Method::class_method("fromhex", m::fromhex),
            Method::new("hex", m::hex),
            Method::new("index", m::index),
            Method::new("isalnum", m::isalnum),
            Method::new("isalpha", m::isalpha),
            Method::new("isascii", m::isascii),
            Method::new("isdigit", m::isdigit),
            Method::new("islower", m::islower),
            Method::new("isspace", m::isspace),
            Method::new("istitle", m::istitle),
            Method::new("isupper", m::isupper),
            Method::new("join", m::join),
            Method::new("ljust", m::ljust),
            Method::new("lower", m::lower),
            Method::new("lstrip", m::lstrip),
            Method::class_method("maketrans", m::maketrans),
            Method::new("partition", m::partition),
            Method::new("replace", m::replace),
            Method::new("rfind", m::rfind),
            Method::new("rindex", m::rindex),
            Method::new("rjust", m::rjust),
            Method::new("rpartition", m::rpartition),
            Method::new("rsplit", m::rsplit),
            Method::new("rstrip", m::rstrip),
            Method::new("split", m::split),
            Method::new("splitlines", m::splitlines),
            Method::new("startswith", m::startswith),
            Method::new("strip", m::strip),
            Method::new("swapcase", m::swapcase),
            Method::new("title", m::title),
            Method::new("translate", m::translate),
            Method::new("upper", m::upper),
            Method::new("zfill", m::zfill),
            $($extra),*
        ]
    }};
}
pub(crate) use bytes_method_table;

// ---------------------------------------------------------------------------------------------
// ASCII character classes (bytes methods know no other letters)

/// Python's whitespace in bytes: space, `\t`, `\n`, `\v`, `\f` and `\r`.
fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Defines a predicate method that is true when the bytes are non-empty and every byte
/// satisfies `test`.
macro_rules! all_bytes_predicate {
    ($name:ident, $test:expr) => {
        pub(crate) fn $name(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
            method_args::no_args(stringify!($name), args, kwnames)?;
            let data = data_of(this);
            Ok(bool_ref(
                !data.is_empty() && data.iter().copied().all($test),
            ))
        }
    };
}

all_bytes_predicate!(isalnum, |b: u8| b.is_ascii_alphanumeric());
all_bytes_predicate!(isalpha, |b: u8| b.is_ascii_alphabetic());
all_bytes_predicate!(isdigit, |b: u8| b.is_ascii_digit());
all_bytes_predicate!(isspace, is_space);

pub(crate) fn isascii(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isascii", args, kwnames)?;
    Ok(bool_ref(data_of(this).is_ascii()))
}

/// At least one cased byte, and none of the other case.
fn only_one_case(data: &[u8], this_case: fn(&u8) -> bool, other_case: fn(&u8) -> bool) -> bool {
    !data.iter().any(other_case) && data.iter().any(this_case)
}

pub(crate) fn islower(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("islower", args, kwnames)?;
    Ok(bool_ref(only_one_case(
        data_of(this),
        u8::is_ascii_lowercase,
        u8::is_ascii_uppercase,
    )))
}

pub(crate) fn isupper(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isupper", args, kwnames)?;
    Ok(bool_ref(only_one_case(
        data_of(this),
        u8::is_ascii_uppercase,
        u8::is_ascii_lowercase,
    )))
}

/// Uppercase letters only after uncased bytes, lowercase only after cased ones, and at least
/// one cased letter.
pub(crate) fn istitle(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("istitle", args, kwnames)?;
    let mut cased = false;
    let mut previous_is_cased = false;
    for &b in data_of(this) {
        if b.is_ascii_uppercase() && previous_is_cased
            || b.is_ascii_lowercase() && !previous_is_cased
        {
            return Ok(bool_ref(false));
        }
        previous_is_cased = b.is_ascii_alphabetic();
        cased |= previous_is_cased;
    }
    Ok(bool_ref(cased))
}

// ---------------------------------------------------------------------------------------------
// Case conversion

/// Defines a method that maps every byte through `convert`.
macro_rules! bytewise_method {
    ($name:ident, $convert:expr) => {
        pub(crate) fn $name(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
            method_args::no_args(stringify!($name), args, kwnames)?;
            let data = data_of(this).iter().copied().map($convert).collect();
            Ok(make_like(this, data))
        }
    };
}

bytewise_method!(lower, |b: u8| b.to_ascii_lowercase());
bytewise_method!(upper, |b: u8| b.to_ascii_uppercase());
bytewise_method!(swapcase, |b: u8| if b.is_ascii_lowercase() {
    b.to_ascii_uppercase()
} else {
    b.to_ascii_lowercase()
});

pub(crate) fn capitalize(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("capitalize", args, kwnames)?;
    let data = data_of(this)
        .iter()
        .enumerate()
        .map(|(i, b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect();
    Ok(make_like(this, data))
}

/// Uppercase after every non-letter, lowercase after letters.
pub(crate) fn title(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("title", args, kwnames)?;
    let mut previous_is_cased = false;
    let data = data_of(this)
        .iter()
        .map(|&b| {
            let converted = if previous_is_cased {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            };
            previous_is_cased = b.is_ascii_alphabetic();
            converted
        })
        .collect();
    Ok(make_like(this, data))
}

// ---------------------------------------------------------------------------------------------
// Searching

fn find_bytes(haystack: &[u8], sub: &[u8], last: bool) -> Option<usize> {
    if last {
        memmem::rfind(haystack, sub)
    } else {
        memmem::find(haystack, sub)
    }
}

/// Where the `sub` argument first (or last) occurs within `start..end`.
fn find_method(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    last: bool,
) -> PyResult<Option<usize>> {
    let (sub, start, end) = find_arguments(name, args, kwnames)?;
    let sub = needle(sub, |t| {
        format!("argument should be integer or bytes-like object, not '{t}'")
    })?;
    let data = data_of(this);
    let (start, end) = adjust_indices(start, end, data.len());
    if end < start || end - start < sub.len() {
        return Ok(None);
    }
    Ok(find_bytes(&data[start..end], &sub, last).map(|i| start + i))
}

fn position_or_error(found: Option<usize>) -> PyResult<Ref> {
    match found {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(errors::value_error("subsection not found")),
    }
}

pub(crate) fn find(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("find", this, args, kwnames, false).map(position_or_minus_one)
}

pub(crate) fn rfind(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("rfind", this, args, kwnames, true).map(position_or_minus_one)
}

pub(crate) fn index(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("index", this, args, kwnames, false).and_then(position_or_error)
}

pub(crate) fn rindex(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("rindex", this, args, kwnames, true).and_then(position_or_error)
}

/// Non-overlapping occurrences within `start..end`; the empty bytes occur between every two
/// bytes and at both ends.
pub(crate) fn count(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sub, start, end) = find_arguments("count", args, kwnames)?;
    let sub = needle(sub, |t| {
        format!("argument should be integer or bytes-like object, not '{t}'")
    })?;
    let data = data_of(this);
    let (start, end) = adjust_indices(start, end, data.len());
    let n = if end < start {
        0
    } else if sub.is_empty() {
        end - start + 1
    } else {
        memmem::find_iter(&data[start..end], &sub).count()
    };
    Ok(int::from_i64(n as i64))
}

pub(crate) fn startswith(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    affix_match("startswith", this, args, kwnames, false)
}

pub(crate) fn endswith(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    affix_match("endswith", this, args, kwnames, true)
}

/// `startswith`/`endswith` with a bytes-like object or a tuple of them (the first match wins,
/// so later items are not checked).
fn affix_match(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    at_end: bool,
) -> PyResult<Ref> {
    let (affix, start, end) = find_arguments(name, args, kwnames)?;
    if is_tuple(affix) {
        for item in tuple_items(affix) {
            let candidate = require_bytes_like(item.value())?;
            if tail_match(data_of(this), &candidate, start, end, at_end) {
                return Ok(bool_ref(true));
            }
        }
        return Ok(bool_ref(false));
    }
    let Some(candidate) = bytes_like(affix)? else {
        return Err(errors::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_of(affix).name
        )));
    };
    Ok(bool_ref(tail_match(
        data_of(this),
        &candidate,
        start,
        end,
        at_end,
    )))
}

fn tail_match(
    data: &[u8],
    affix: &[u8],
    start: Option<i64>,
    end: Option<i64>,
    at_end: bool,
) -> bool {
    let (start, end) = adjust_indices(start, end, data.len());
    if end < start || end - start < affix.len() {
        return false;
    }
    let window = &data[start..end];
    if at_end {
        window.ends_with(affix)
    } else {
        window.starts_with(affix)
    }
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining

/// `(sep=None, maxsplit=-1)`: the separator (None for runs of whitespace) and how many pieces
/// at most.
fn split_arguments(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<(Option<Cow<'static, [u8]>>, usize)> {
    let bound = method_args::bind(name, args, kwnames, &["sep", "maxsplit"], 0)?;
    let maxsplit = match bound[1] {
        Some(v) => usize::try_from(method_args::ssize(v)?).ok(),
        None => None,
    };
    let pieces = maxsplit.map_or(usize::MAX, |m| m.saturating_add(1));
    let sep = match bound[0] {
        Some(v) if v != none() => {
            let sep = require_bytes_like(v)?;
            if sep.is_empty() {
                return Err(errors::value_error("empty separator"));
            }
            Some(sep)
        }
        _ => None,
    };
    Ok((sep, pieces))
}

/// A list of results of the receiver's type.
fn list_like(this: Value, parts: impl IntoIterator<Item = &'static [u8]>) -> Ref {
    let kind = Kind::of(this);
    new_list(parts.into_iter().map(|p| kind.make(p.to_vec())).collect())
}

pub(crate) fn split(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sep, pieces) = split_arguments("split", args, kwnames)?;
    let data = data_of(this);
    let parts = match sep {
        Some(sep) => split_on(data, &sep, pieces),
        None => split_whitespace(data, pieces),
    };
    Ok(list_like(this, parts))
}

pub(crate) fn rsplit(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sep, pieces) = split_arguments("rsplit", args, kwnames)?;
    let data = data_of(this);
    let mut parts = match sep {
        Some(sep) => rsplit_on(data, &sep, pieces),
        None => rsplit_whitespace(data, pieces),
    };
    parts.reverse();
    Ok(list_like(this, parts))
}

/// At most `pieces` parts between occurrences of `sep`, from the left.
fn split_on<'a>(data: &'a [u8], sep: &[u8], pieces: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = 0;
    for at in memmem::find_iter(data, sep) {
        if parts.len() + 1 == pieces {
            break;
        }
        parts.push(&data[rest..at]);
        rest = at + sep.len();
    }
    parts.push(&data[rest..]);
    parts
}

/// As [`split_on`] from the right; the parts come out last first.
fn rsplit_on<'a>(data: &'a [u8], sep: &[u8], pieces: usize) -> Vec<&'a [u8]> {
    let mut parts = Vec::new();
    let mut rest = data.len();
    for at in memmem::rfind_iter(data, sep) {
        if parts.len() + 1 == pieces {
            break;
        }
        parts.push(&data[at + sep.len()..rest]);
        rest = at;
    }
    parts.push(&data[..rest]);
    parts
}

/// Words separated by runs of whitespace, at most `pieces` of them: the last keeps the rest
/// after its leading whitespace.
fn split_whitespace(data: &[u8], pieces: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let skip = |from: usize| from + data[from..].iter().take_while(|b| is_space(**b)).count();
    let mut at = skip(0);
    while at < data.len() {
        if parts.len() + 1 == pieces {
            parts.push(&data[at..]);
            break;
        }
        let end = at + data[at..].iter().take_while(|b| !is_space(**b)).count();
        parts.push(&data[at..end]);
        at = skip(end);
    }
    parts
}

/// As [`split_whitespace`] from the right; the parts come out last first.
fn rsplit_whitespace(data: &[u8], pieces: usize) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let skip = |to: usize| {
        to - data[..to]
            .iter()
            .rev()
            .take_while(|b| is_space(**b))
            .count()
    };
    let mut end = skip(data.len());
    while end > 0 {
        if parts.len() + 1 == pieces {
            parts.push(&data[..end]);
            break;
        }
        let start = end
            - data[..end]
                .iter()
                .rev()
                .take_while(|b| !is_space(**b))
                .count();
        parts.push(&data[start..end]);
        end = skip(start);
    }
    parts
}

/// Lines end at `\n`, `\r` and `\r\n` (bytes know no other line breaks).
pub(crate) fn splitlines(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let keepends = str_methods::keepends_argument(args, kwnames)?;
    let data = data_of(this);
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut at = 0;
    while at < data.len() {
        let b = data[at];
        if b != b'\n' && b != b'\r' {
            at += 1;
            continue;
        }
        let mut break_end = at + 1;
        if b == b'\r' && data.get(at + 1) == Some(&b'\n') {
            break_end += 1;
        }
        lines.push(&data[line_start..if keepends { break_end } else { at }]);
        line_start = break_end;
        at = break_end;
    }
    if line_start < data.len() {
        lines.push(&data[line_start..]);
    }
    Ok(list_like(this, lines))
}

pub(crate) fn partition(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    partition_at("partition", this, args, kwnames, false)
}

pub(crate) fn rpartition(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    partition_at("rpartition", this, args, kwnames, true)
}

/// `(before, sep, after)` around the first (or last) `sep`; when absent, the whole goes first
/// (or last).
fn partition_at(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    last: bool,
) -> PyResult<Ref> {
    let sep_object = args::exact(name, args, kwnames, 1)?[0];
    let sep = require_bytes_like(sep_object)?;
    if sep.is_empty() {
        return Err(errors::value_error("empty separator"));
    }
    let data = data_of(this);
    let kind = Kind::of(this);
    let empty = || kind.make(Vec::new());
    // bytes gives back the separator object itself, bytearray a new bytearray.
    let found_sep = || match kind {
        Kind::Bytes => Ref::new(sep_object),
        Kind::ByteArray => kind.make(sep.to_vec()),
    };
    let parts = match find_bytes(data, &sep, last) {
        Some(i) => [
            kind.make(data[..i].to_vec()),
            found_sep(),
            kind.make(data[i + sep.len()..].to_vec()),
        ],
        None if last => [empty(), empty(), kind.make(data.to_vec())],
        None => [kind.make(data.to_vec()), empty(), empty()],
    };
    Ok(new_tuple(parts.into()))
}

pub(crate) fn join(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let iterable = args::exact("join", args, kwnames, 1)?[0];
    if type_of(iterable).iter.is_none() {
        return Err(errors::type_error("can only join an iterable"));
    }
    let items = ops::collect(iterable)?;
    let sep = data_of(this);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let piece = bytes_like_or(item.value(), || {
            errors::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_of(item.value()).name
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&piece);
    }
    Ok(make_like(this, out))
}

// ---------------------------------------------------------------------------------------------
// Stripping, padding and tabs

pub(crate) fn strip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("strip", this, args, kwnames, true, true)
}

pub(crate) fn lstrip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("lstrip", this, args, kwnames, true, false)
}

pub(crate) fn rstrip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("rstrip", this, args, kwnames, false, true)
}

/// Removes whitespace, or the bytes of the argument, from the chosen ends.
fn strip_sides(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    left: bool,
    right: bool,
) -> PyResult<Ref> {
    let args = method_args::positional(name, args, kwnames, 0, 1)?;
    let set = match args.first() {
        Some(&v) if v != none() => Some(require_bytes_like(v)?),
        _ => None,
    };
    let strips = |b: &u8| match &set {
        Some(set) => set.contains(b),
        None => is_space(*b),
    };
    let data = data_of(this);
    let mut start = 0;
    let mut end = data.len();
    if left {
        start += data.iter().take_while(|b| strips(b)).count();
    }
    if right {
        end -= data[start..].iter().rev().take_while(|b| strips(b)).count();
    }
    Ok(make_like(this, data[start..end].to_vec()))
}

/// `(width[, fillbyte])` for center, ljust and rjust.
fn padding_arguments(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<(i64, u8)> {
    let args = method_args::positional(name, args, kwnames, 1, 2)?;
    let width = method_args::ssize(args[0])?;
    let fill = match args.get(1) {
        None => b' ',
        Some(&v) => match bytes::bytes_data(v).or_else(|| bytearray::contents(v)) {
            Some(&[b]) => b,
            _ => {
                return Err(errors::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    method_args::argument_type_name(v)
                )))
            }
        },
    };
    Ok((width, fill))
}

/// How many fill bytes reach `width`.
fn fill_count(data: &[u8], width: i64) -> usize {
    usize::try_from(width)
        .unwrap_or(0)
        .saturating_sub(data.len())
}

fn padded(data: &[u8], left: usize, right: usize, fill: u8) -> PyResult<Vec<u8>> {
    let mut out = with_capacity(data.len().saturating_add(left).saturating_add(right))?;
    out.resize(left, fill);
    out.extend_from_slice(data);
    out.resize(out.len() + right, fill);
    Ok(out)
}

pub(crate) fn ljust(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("ljust", args, kwnames)?;
    let data = data_of(this);
    Ok(make_like(
        this,
        padded(data, 0, fill_count(data, width), fill)?,
    ))
}

pub(crate) fn rjust(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("rjust", args, kwnames)?;
    let data = data_of(this);
    Ok(make_like(
        this,
        padded(data, fill_count(data, width), 0, fill)?,
    ))
}

pub(crate) fn center(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("center", args, kwnames)?;
    let data = data_of(this);
    let (left, right) = str_methods::center_margins(fill_count(data, width), width);
    Ok(make_like(this, padded(data, left, right, fill)?))
}

/// Pads with zeros on the left, after a leading sign.
pub(crate) fn zfill(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let width = method_args::ssize(args::exact("zfill", args, kwnames, 1)?[0])?;
    let data = data_of(this);
    let zeros = fill_count(data, width);
    let (sign, digits) = match data.first() {
        Some(&sign @ (b'+' | b'-')) => (Some(sign), &data[1..]),
        _ => (None, data),
    };
    let mut out = with_capacity(data.len().saturating_add(zeros))?;
    out.extend(sign);
    out.extend(std::iter::repeat_n(b'0', zeros));
    out.extend_from_slice(digits);
    Ok(make_like(this, out))
}

pub(crate) fn expandtabs(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let tabsize = str_methods::tabsize_argument(args, kwnames)?;
    let data = data_of(this);
    let mut out = Vec::with_capacity(data.len());
    str_methods::expand_tabs(data.iter().copied(), tabsize, b' ', &mut out);
    Ok(make_like(this, out))
}

// ---------------------------------------------------------------------------------------------
// Replacing and translating

/// Replaces the first `count` occurrences (all when negative); an empty `old` matches before
/// every byte and at the end.
pub(crate) fn replace(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("replace", args, kwnames, 2, 3)?;
    let count = str_methods::replace_count(args.get(2).copied(), data_of(this).is_empty())?;
    let old = require_bytes_like(args[0])?;
    let new = require_bytes_like(args[1])?;
    let data = data_of(this);
    let Some(count) = count else {
        return Ok(make_like(this, data.to_vec()));
    };
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        let mut inserted = 0;
        for &b in data {
            if inserted < count {
                out.extend_from_slice(&new);
                inserted += 1;
            }
            out.push(b);
        }
        if inserted < count {
            out.extend_from_slice(&new);
        }
    } else {
        let mut rest = 0;
        for at in memmem::find_iter(data, &old).take(count) {
            out.extend_from_slice(&data[rest..at]);
            out.extend_from_slice(&new);
            rest = at + old.len();
        }
        out.extend_from_slice(&data[rest..]);
    }
    Ok(make_like(this, out))
}

/// `translate(table, /, delete=b"")`: drops the bytes of `delete`, then maps each through the
/// 256-byte `table` (None keeps them).
pub(crate) fn translate(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let bound = method_args::bind("translate", args, kwnames, &["", "delete"], 1)?;
    let table = match bound[0] {
        Some(v) if v != none() => {
            let table = require_bytes_like(v)?;
            if table.len() != 256 {
                return Err(errors::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(table)
        }
        _ => None,
    };
    let mut deleted = [false; 256];
    if let Some(delete) = bound[1] {
        for &b in require_bytes_like(delete)?.iter() {
            deleted[b as usize] = true;
        }
    }
    let data = data_of(this)
        .iter()
        .filter(|&&b| !deleted[b as usize])
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(make_like(this, data))
}

/// `bytes.maketrans(from, to)`, a static method: the 256-byte table mapping each byte of
/// `from` to the byte of `to` at the same position.
pub(crate) fn maketrans(_receiver: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("maketrans", args, kwnames, 2, 2)?;
    let from = require_bytes_like(args[0])?;
    let to = require_bytes_like(args[1])?;
    if from.len() != to.len() {
        return Err(errors::value_error(
            "maketrans arguments must have same length",
        ));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    Ok(new_bytes(table))
}

// ---------------------------------------------------------------------------------------------
// Decoding and hexadecimal

pub(crate) fn decode(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let bound = method_args::bind("decode", args, kwnames, &["encoding", "errors"], 0)?;
    let (encoding, errors) =
        codecs::codec_arguments("decode", &bound, codecs::METHOD_CODEC_LABELS)?;
    Ok(new_string(codecs::decode(data_of(this), encoding, errors)?))
}

pub(crate) fn hex(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let separator = hex_arguments(args, kwnames)?;
    Ok(new_string(to_hex(data_of(this), separator)))
}

/// The separator and group size of `hex(sep=None, bytes_per_sep=1)` (bytes, bytearray and
/// memoryview): `sep` is one ASCII character, as str or bytes.
pub fn hex_arguments(args: &[Value], kwnames: Option<Value>) -> PyResult<Option<(u8, i64)>> {
    let bound = method_args::bind("hex", args, kwnames, &["sep", "bytes_per_sep"], 0)?;
    let Some(sep) = bound[0].filter(|&v| v != none()) else {
        return Ok(None);
    };
    let group = match bound[1] {
        Some(v) => i64::from(method_args::c_int(v)?),
        None => 1,
    };
    if ops::len(sep)? != 1 {
        return Err(errors::value_error("sep must be length 1."));
    }
    let sep_code = match (as_str(sep), bytes::bytes_data(sep)) {
        (Some(text), _) => text.chars().next().map_or(0, u32::from),
        (_, Some(data)) => u32::from(data[0]),
        _ => return Err(errors::type_error("sep must be str or bytes.")),
    };
    let sep_byte = u8::try_from(sep_code)
        .ok()
        .filter(u8::is_ascii)
        .ok_or_else(|| errors::value_error("sep must be ASCII."))?;
    Ok(Some((sep_byte, group)))
}

/// Two lowercase hex digits per byte; with a separator, between groups of `|group|` bytes
/// counted from the right when `group` is positive, from the left when negative.
pub fn to_hex(data: &[u8], separator: Option<(u8, i64)>) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let separator = separator.filter(|&(_, group)| group != 0);
    for (i, b) in data.iter().enumerate() {
        if let Some((sep, group)) = separator {
            let size = group.unsigned_abs() as usize;
            let counted = if group > 0 { data.len() - i } else { i };
            if i > 0 && counted % size == 0 {
                out.push(sep as char);
            }
        }
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// `bytes.fromhex(string)`, a class method: pairs of hex digits, with ASCII whitespace allowed
/// between pairs.
pub(crate) fn fromhex(receiver: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let string = args::exact("fromhex", args, kwnames, 1)?[0];
    let Some(text) = as_str(string) else {
        return Err(errors::type_error(format!(
            "fromhex() argument must be str, not {}",
            type_of(string).name
        )));
    };
    let chars: Vec<char> = text.chars().collect();
    let digit = |i: usize| -> PyResult<u8> {
        let c = chars.get(i).copied().unwrap_or('\0');
        let value = if c.is_ascii() { c.to_digit(16) } else { None };
        value.map(|d| d as u8).ok_or_else(|| {
            errors::value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            ))
        })
    };
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut at = 0;
    while at < chars.len() {
        if chars[at].is_ascii() && is_space(chars[at] as u8) {
            at += 1;
            continue;
        }
        out.push(digit(at)? * 16 + digit(at + 1)?);
        at += 2;
    }
    Ok(Kind::of(receiver).make(out))
}
