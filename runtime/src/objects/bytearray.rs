//! bytearray: a mutable sequence of bytes. The methods it shares with bytes are in
//! `bytes_methods.rs`; here are its own (mutation) and its item and slice assignment. While a
//! memoryview exports its buffer, a bytearray cannot change size.

use std::cell::{Cell, UnsafeCell};

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::bytes::repr_of_bytes;
use crate::objects::bytes_methods::{self, byte_value, bytes_method_table, Kind};
use crate::objects::exception::BUFFER_ERROR;
use crate::objects::method_args;
use crate::objects::sequence::{self, seq_iterator_type};
use crate::objects::singletons::{bool_ref, none_ref, not_implemented};
use crate::objects::slice;
use crate::objects::str::new_string;
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct ByteArrayObject {
    header: ObjHeader,
    data: UnsafeCell<Vec<u8>>,
    /// How many memoryviews (not released) view the buffer.
    exports: Cell<usize>,
}

pub fn new_bytearray(data: Vec<u8>) -> Ref {
    let v = object::alloc(ByteArrayObject {
        header: ObjHeader::new(&BYTEARRAY_TYPE),
        data: UnsafeCell::new(data),
        exports: Cell::new(0),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn bytearray_dealloc(v: Value) {
    object::free::<ByteArrayObject>(v)
}

pub fn is_bytearray(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &BYTEARRAY_TYPE)
}

fn bytearray_object(v: Value) -> &'static ByteArrayObject {
    debug_assert!(is_bytearray(v));
    unsafe { &*v.as_ptr::<ByteArrayObject>() }
}

/// The contents of a bytearray. Callers must not hold the slice across calls that can run
/// Python code (which could change the bytearray).
pub fn contents(v: Value) -> Option<&'static [u8]> {
    is_bytearray(v).then(|| &data_mut(v)[..])
}

/// The contents of a bytearray, to change in place; the length changes only through
/// [`resize_guard`].
pub fn data_mut(v: Value) -> &'static mut Vec<u8> {
    unsafe { &mut *bytearray_object(v).data.get() }
}

/// The bytes a bytearray allocated (`__alloc__`): built whole, its contents and a terminator.
pub fn allocated(v: Value) -> usize {
    match contents(v).unwrap().len() {
        0 => 0,
        len => len + 1,
    }
}

/// A memoryview starts or stops viewing the buffer.
pub fn add_export(v: Value) {
    let exports = &bytearray_object(v).exports;
    exports.set(exports.get() + 1);
}

pub fn remove_export(v: Value) {
    let exports = &bytearray_object(v).exports;
    exports.set(exports.get() - 1);
}

/// Refuses a change of length while memoryviews export the buffer; the same length is fine.
fn resize_guard(v: Value, new_len: usize) -> PyResult<&'static mut Vec<u8>> {
    let data = data_mut(v);
    if new_len != data.len() && bytearray_object(v).exports.get() > 0 {
        return Err(errors::raise(
            &BUFFER_ERROR,
            "Existing exports of data: object cannot be re-sized",
        ));
    }
    Ok(data)
}

fn bytearray_repr(v: Value) -> PyResult<Ref> {
    let data = contents(v).unwrap();
    Ok(new_string(format!(
        "bytearray({})",
        repr_of_bytes(data, true)
    )))
}

/// Compares with any bytes-like object; the others are not bytearray's business.
fn bytearray_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    match bytes_methods::bytes_like(b) {
        Ok(Some(other)) => Ok(bool_ref(op.holds(contents(a).unwrap().cmp(&other)))),
        Ok(None) => Ok(not_implemented()),
        Err(_) => {
            drop(errors::take());
            Ok(not_implemented())
        }
    }
}

fn index_error_message(name: &str) -> String {
    format!("bytearray indices must be integers or slices, not {name}")
}

fn out_of_range() -> errors::Raised {
    errors::index_error("bytearray index out of range")
}

fn bytearray_getitem(v: Value, key: Value) -> PyResult<Ref> {
    if slice::is_slice(key) {
        let data = contents(v).unwrap();
        let picked = slice::indices(key, data.len())?;
        return Ok(new_bytearray(picked.iter().map(|i| data[i]).collect()));
    }
    let index = method_args::clamped_index(key, index_error_message)?;
    let data = contents(v).unwrap();
    match sequence::resolve_index(index, data.len()) {
        Some(i) => Ok(Ref::small_int(data[i] as i64)),
        None => Err(out_of_range()),
    }
}

fn bytearray_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        return set_slice(v, key, value);
    }
    let index = method_args::clamped_index(key, index_error_message)?;
    let byte = byte_value(value)?;
    let data = data_mut(v);
    match sequence::resolve_index(index, data.len()) {
        Some(i) => {
            data[i] = byte;
            Ok(())
        }
        None => Err(out_of_range()),
    }
}

/// `b[a:b:c] = values`: bytes-like or an iterable of ints; a plain slice may change the
/// length, an extended one must keep it.
fn set_slice(v: Value, key: Value, value: Value) -> PyResult<()> {
    if crate::format::is_number(value)? || crate::objects::str::as_str(value).is_some() {
        return Err(errors::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    let new_items = bytes_methods::contents_of_object(Kind::ByteArray, value)?;
    let len = contents(v).unwrap().len();
    let picked = slice::indices(key, len)?;
    if picked.step == 1 {
        let start = picked.start.clamp(0, len as i64) as usize;
        let data = resize_guard(v, len - picked.len + new_items.len())?;
        data.splice(start..start + picked.len, new_items);
        return Ok(());
    }
    if new_items.len() != picked.len {
        return Err(errors::value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            new_items.len(),
            picked.len
        )));
    }
    let data = data_mut(v);
    for (i, byte) in picked.iter().zip(new_items) {
        data[i] = byte;
    }
    Ok(())
}

fn bytearray_delitem(v: Value, key: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        let len = contents(v).unwrap().len();
        let picked = slice::indices(key, len)?;
        let mut doomed = vec![false; len];
        for i in picked.iter() {
            doomed[i] = true;
        }
        let data = resize_guard(v, len - picked.len)?;
        let mut position = 0;
        data.retain(|_| {
            position += 1;
            !doomed[position - 1]
        });
        return Ok(());
    }
    let index = method_args::clamped_index(key, index_error_message)?;
    let len = contents(v).unwrap().len();
    let i = sequence::resolve_index(index, len).ok_or_else(out_of_range)?;
    resize_guard(v, len - 1)?.remove(i);
    Ok(())
}

/// `b += other`: any bytes-like object.
pub fn inplace_concat(v: Value, other: Value) -> PyResult<Ref> {
    let addition = match bytes_methods::bytes_like(other) {
        Ok(Some(data)) => data.into_owned(),
        result => {
            if result.is_err() {
                drop(errors::take());
            }
            return Err(errors::type_error(format!(
                "can't concat {} to bytearray",
                type_of(other).name
            )));
        }
    };
    // CPython holds `other`'s buffer while it resizes, so `b += b` finds `b` exported.
    let adding_itself = other == v;
    if adding_itself {
        add_export(v);
    }
    let len = contents(v).unwrap().len();
    let resized = resize_guard(v, len + addition.len());
    if adding_itself {
        remove_export(v);
    }
    resized?.extend_from_slice(&addition);
    Ok(Ref::new(v))
}

/// `b *= n`.
pub fn inplace_repeat(v: Value, n: i64) -> PyResult<Ref> {
    let repeated = bytes_methods::repeated(contents(v).unwrap(), n)?;
    let data = resize_guard(v, repeated.len())?;
    *data = repeated;
    Ok(Ref::new(v))
}

fn bytearray_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    Ok(new_bytearray(bytes_methods::constructor_contents(
        Kind::ByteArray,
        args,
        kwnames,
    )?))
}

seq_iterator_type!(BYTEARRAY_ITERATOR_TYPE, "bytearray_iterator");

static BYTEARRAY_NUMBER: NumberSlots = NumberSlots {
    rem: Some(bytes_methods::remainder),
    ..NumberSlots::EMPTY
};

static BYTEARRAY_METHODS: &[Method] = &bytes_method_table![
    Method::new("__reduce__", crate::objects::reduce::bytearray_reduce),
    Method::new("__reduce_ex__", crate::objects::reduce::bytearray_reduce_ex),
    Method::new("append", append),
    Method::new("clear", clear),
    Method::new("copy", copy),
    Method::new("extend", extend),
    Method::new("insert", insert),
    Method::new("pop", pop),
    Method::new("remove", remove),
    Method::new("reverse", reverse),
    Method::new("__alloc__", |v, a, k| {
        method_args::no_args("__alloc__", a, k)?;
        Ok(crate::objects::int::from_i64(allocated(v) as i64))
    }),
    Method::new("__iadd__", |v, a, k| {
        inplace_concat(v, method_args::slot_operand("__iadd__", a, k)?)
    }),
    Method::new("__imul__", |v, a, k| {
        let n = method_args::slot_operand("__imul__", a, k)?;
        inplace_repeat(v, method_args::index_sized_operand(n)?)
    }),
    crate::objects::builtin_subclass::slots::SIZEOF,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::SETITEM,
    crate::objects::builtin_subclass::slots::DELITEM,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::CONCAT,
    crate::objects::builtin_subclass::slots::REPEAT,
    crate::objects::builtin_subclass::slots::RREPEAT,
    crate::objects::builtin_subclass::slots::MOD,
    crate::objects::builtin_subclass::slots::RMOD,
];

pub static BYTEARRAY_TYPE: TypeObject = TypeObject {
    dealloc: bytearray_dealloc,
    repr: bytearray_repr,
    hash: None,
    richcompare: Some(bytearray_richcompare),
    len: Some(|v| Ok(contents(v).unwrap().len())),
    number: &BYTEARRAY_NUMBER,
    concat: Some(bytes_methods::concat),
    repeat: Some(bytes_methods::repeat),
    getitem: Some(bytearray_getitem),
    setitem: Some(bytearray_setitem),
    delitem: Some(bytearray_delitem),
    contains: Some(bytes_methods::contains),
    iter: Some(|v| {
        Ok(sequence::new_seq_iterator(
            &BYTEARRAY_ITERATOR_TYPE,
            v,
            bytes_methods::item_at,
        ))
    }),
    construct: Some(bytearray_construct),
    methods: BYTEARRAY_METHODS,
    ..TypeObject::new("bytearray")
};

// ----- methods -----

fn append(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let byte = byte_value(args::exact("append", args, kwnames, 1)?[0])?;
    let len = contents(v).unwrap().len();
    resize_guard(v, len + 1)?.push(byte);
    Ok(none_ref())
}

/// `extend(iterable)`: a buffer's bytes, or ints.
fn extend(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let iterable = args::exact("extend", args, kwnames, 1)?[0];
    if type_of(iterable).iter.is_none() && bytes_methods::buffer_contents(iterable)?.is_none() {
        return Err(errors::type_error(format!(
            "can't extend bytearray with {}",
            type_of(iterable).name
        )));
    }
    let addition = bytes_methods::contents_of_object(Kind::ByteArray, iterable)?;
    let len = contents(v).unwrap().len();
    resize_guard(v, len + addition.len())?.extend_from_slice(&addition);
    Ok(none_ref())
}

/// `insert(i, x)`: `i` counts from the end when negative and is clamped to the bytearray.
fn insert(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("insert", args, kwnames, 2, 2)?;
    let index = method_args::ssize(args[0])?;
    let byte = byte_value(args[1])?;
    let len = contents(v).unwrap().len();
    let at = if index < 0 {
        (index + len as i64).max(0)
    } else {
        index.min(len as i64)
    };
    resize_guard(v, len + 1)?.insert(at as usize, byte);
    Ok(none_ref())
}

fn pop(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("pop", args, kwnames, 0, 1)?;
    let index = match args.first() {
        Some(&i) => method_args::ssize(i)?,
        None => -1,
    };
    let len = contents(v).unwrap().len();
    if len == 0 {
        return Err(errors::index_error("pop from empty bytearray"));
    }
    let i = sequence::resolve_index(index, len)
        .ok_or_else(|| errors::index_error("pop index out of range"))?;
    let byte = resize_guard(v, len - 1)?.remove(i);
    Ok(Ref::small_int(byte as i64))
}

fn remove(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let byte = byte_value(args::exact("remove", args, kwnames, 1)?[0])?;
    let data = contents(v).unwrap();
    let i = data
        .iter()
        .position(|&b| b == byte)
        .ok_or_else(|| errors::value_error("value not found in bytearray"))?;
    resize_guard(v, data.len() - 1)?.remove(i);
    Ok(none_ref())
}

fn reverse(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("reverse", args, kwnames)?;
    data_mut(v).reverse();
    Ok(none_ref())
}

fn clear(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("clear", args, kwnames)?;
    resize_guard(v, 0)?.clear();
    Ok(none_ref())
}

fn copy(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("copy", args, kwnames)?;
    Ok(new_bytearray(contents(v).unwrap().to_vec()))
}
