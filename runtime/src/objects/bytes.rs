//! bytes: an immutable sequence of bytes. Its methods, shared with bytearray, are in
//! `bytes_methods.rs`.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::bytes_methods::{self, bytes_method_table, Kind};
use crate::objects::method_args;
use crate::objects::sequence::{self, seq_iterator_type};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::slice;
use crate::objects::str::{hash_bytes, new_str, new_string};
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct BytesObject {
    header: ObjHeader,
    /// -1 until first computed.
    hash: Cell<i64>,
    data: Box<[u8]>,
}

pub fn new_bytes(data: Vec<u8>) -> Ref {
    let v = object::alloc(BytesObject {
        header: ObjHeader::new(&BYTES_TYPE),
        hash: Cell::new(-1),
        data: data.into_boxed_slice(),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn bytes_dealloc(v: Value) {
    object::free::<BytesObject>(v)
}

fn bytes_object(v: Value) -> Option<&'static BytesObject> {
    is_bytes(v).then(|| unsafe { &*v.as_ptr::<BytesObject>() })
}

pub fn is_bytes(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&BYTES_TYPE)
}

/// The contents of a bytes object.
pub fn bytes_data(v: Value) -> Option<&'static [u8]> {
    bytes_object(v).map(|b| &*b.data)
}

/// Python's `repr(bytes)`: `b'...'` in single quotes unless the bytes hold a single quote and
/// no double quote; `\t`, `\n`, `\r` and bytes outside printable ASCII escaped. bytearray's
/// repr escapes every single quote, even inside double quotes (`escape_every_single_quote`).
pub fn repr_of_bytes(data: &[u8], escape_every_single_quote: bool) -> String {
    let quote = if data.contains(&b'\'') && !data.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(data.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &b in data {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\'' if escape_every_single_quote || quote == b'\'' => out.push_str("\\'"),
            b' '..=b'~' => out.push(b as char),
            _ => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote as char);
    out
}

fn bytes_repr(v: Value) -> PyResult<Ref> {
    Ok(new_string(repr_of_bytes(bytes_data(v).unwrap(), false)))
}

fn bytes_hash(v: Value) -> PyResult<i64> {
    let b = bytes_object(v).unwrap();
    if b.hash.get() == -1 {
        b.hash.set(hash_bytes(&b.data));
    }
    Ok(b.hash.get())
}

/// bytes compare only with bytes; bytearray and memoryview handle the mixed comparisons.
fn bytes_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    match (bytes_data(a), bytes_data(b)) {
        (Some(x), Some(y)) => Ok(bool_ref(op.holds(x.cmp(y)))),
        _ => Ok(not_implemented()),
    }
}

/// `b[i]` is an int, `b[i:j:k]` bytes.
fn bytes_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let data = bytes_data(v).unwrap();
    if slice::is_slice(key) {
        let picked = slice::indices(key, data.len())?;
        return Ok(new_bytes(picked.iter().map(|i| data[i]).collect()));
    }
    let index = method_args::clamped_index(key, |name| {
        format!("byte indices must be integers or slices, not {name}")
    })?;
    match sequence::resolve_index(index, data.len()) {
        Some(i) => Ok(Ref::small_int(data[i] as i64)),
        None => Err(errors::index_error("index out of range")),
    }
}

/// The result of `x.__bytes__()` for objects of classes that define it; it must be bytes.
pub fn call_dunder_bytes(x: Value) -> PyResult<Option<Ref>> {
    if !method_args::has_special(x, "__bytes__", false)? {
        return Ok(None);
    }
    let made = ops::call_method(x, new_str("__bytes__").value(), &[], None)?;
    if !is_bytes(made.value()) {
        return Err(errors::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_of(made.value()).name
        )));
    }
    Ok(Some(made))
}

/// `bytes(x)` for anything but a count (CPython's `PyObject_Bytes`): what `__bytes__` makes,
/// or the bytes of a buffer or of an iterable of ints (a str is neither).
pub fn bytes_of(x: Value) -> PyResult<Vec<u8>> {
    if let Some(made) = call_dunder_bytes(x)? {
        return Ok(bytes_data(made.value()).unwrap_or_default().to_vec());
    }
    if crate::objects::str::as_str(x).is_some() {
        return Err(bytes_methods::cannot_convert(Kind::Bytes, x));
    }
    bytes_methods::contents_of_object(Kind::Bytes, x)
}

fn bytes_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    if let [source] = args {
        // An exact bytes is its own copy; a subclass's instance becomes a bytes.
        if is_bytes(*source) && std::ptr::eq(type_of(*source), &BYTES_TYPE) && kwnames.is_none() {
            return Ok(Ref::new(*source));
        }
    }
    Ok(new_bytes(bytes_methods::constructor_contents(
        Kind::Bytes,
        args,
        kwnames,
    )?))
}

seq_iterator_type!(BYTES_ITERATOR_TYPE, "bytes_iterator");

static BYTES_NUMBER: NumberSlots = NumberSlots {
    rem: Some(bytes_methods::remainder),
    ..NumberSlots::EMPTY
};

static BYTES_METHODS: &[Method] = &bytes_method_table![
    Method::new("__getnewargs__", crate::objects::reduce::bytes_getnewargs),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::HASH,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    crate::objects::builtin_subclass::slots::CONCAT,
    crate::objects::builtin_subclass::slots::REPEAT,
    crate::objects::builtin_subclass::slots::RREPEAT,
    crate::objects::builtin_subclass::slots::MOD,
    crate::objects::builtin_subclass::slots::RMOD,
    crate::objects::builtin_subclass::new::BYTES,
];

pub static BYTES_TYPE: TypeObject = TypeObject {
    dealloc: bytes_dealloc,
    repr: bytes_repr,
    hash: Some(bytes_hash),
    richcompare: Some(bytes_richcompare),
    len: Some(|v| Ok(bytes_data(v).unwrap().len())),
    number: &BYTES_NUMBER,
    concat: Some(bytes_methods::concat),
    repeat: Some(bytes_methods::repeat),
    getitem: Some(bytes_getitem),
    contains: Some(bytes_methods::contains),
    iter: Some(|v| {
        Ok(sequence::new_seq_iterator(
            &BYTES_ITERATOR_TYPE,
            v,
            bytes_methods::item_at,
        ))
    }),
    construct: Some(bytes_construct),
    methods: BYTES_METHODS,
    ..TypeObject::new("bytes")
};
