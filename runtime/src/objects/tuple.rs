//! tuple: an immutable array of owned references.

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::sequence::{self, seq_iterator_type, ReprGuard};
use crate::objects::singletons::not_implemented;
use crate::objects::str::{new_str, new_string};
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct TupleObject {
    header: ObjHeader,
    items: Box<[Ref]>,
}

pub fn new_tuple(items: Vec<Ref>) -> Ref {
    let v = gc::alloc(TupleObject {
        header: ObjHeader::new(&TUPLE_TYPE),
        items: items.into_boxed_slice(),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn tuple_dealloc(v: Value) {
    let items = std::mem::take(&mut (*v.as_ptr::<TupleObject>()).items);
    sequence::release_reversed(items.into_vec());
    gc::free::<TupleObject>(v)
}

static TUPLE_GC: GcSlots = GcSlots {
    traverse: |v, visit| tuple_items(v).iter().for_each(|item| visit(item.value())),
    clear: None,
    finalize: None,
};

pub fn is_tuple(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&TUPLE_TYPE)
}

pub fn tuple_items(v: Value) -> &'static [Ref] {
    debug_assert!(is_tuple(v));
    unsafe { &(*v.as_ptr::<TupleObject>()).items }
}

fn item_at(v: Value, i: usize) -> Option<Ref> {
    tuple_items(v).get(i).cloned()
}

fn tuple_repr(v: Value) -> PyResult<Ref> {
    let items = tuple_items(v);
    if items.is_empty() {
        return Ok(new_str("()"));
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok(new_str("(...)"));
    };
    let close = if items.len() == 1 { ",)" } else { ")" };
    Ok(new_string(sequence::repr_items("(", items, close)?))
}

/// CPython 3.8's tuple hash (an xxHash-derived combination of the item hashes).
fn tuple_hash(v: Value) -> PyResult<i64> {
    const PRIME_1: u64 = 11400714785074694791;
    const PRIME_2: u64 = 14029467366897019727;
    const PRIME_5: u64 = 2870177450012600261;
    let items = tuple_items(v);
    let mut acc = PRIME_5;
    for item in items {
        let lane = ops::hash(item.value())? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(PRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(PRIME_1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (PRIME_5 ^ 3527539));
    Ok(if acc as i64 == -1 {
        1546275796
    } else {
        acc as i64
    })
}

fn tuple_getitem(v: Value, key: Value) -> PyResult<Ref> {
    if crate::objects::slice::is_slice(key) {
        let items = tuple_items(v);
        let picked = crate::objects::slice::indices(key, items.len())?;
        if picked.len == items.len() && picked.step == 1 {
            return Ok(Ref::new(v));
        }
        return Ok(new_tuple(picked.iter().map(|i| items[i].clone()).collect()));
    }
    let index = crate::objects::method_args::clamped_index(key, |name| {
        format!("tuple indices must be integers or slices, not {name}")
    })?;
    let items = tuple_items(v);
    match sequence::resolve_index(index, items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(errors::index_error("tuple index out of range")),
    }
}

fn tuple_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_tuple(b) {
        return Ok(not_implemented());
    }
    sequence::compare_items(tuple_items(a), tuple_items(b), op)
}

fn tuple_concat(a: Value, b: Value) -> PyResult<Ref> {
    if !is_tuple(b) {
        return Err(errors::type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_of(b).name
        )));
    }
    let items: Vec<Ref> = tuple_items(a)
        .iter()
        .chain(tuple_items(b))
        .cloned()
        .collect();
    Ok(new_tuple(items))
}

fn tuple_repeat(a: Value, n: i64) -> PyResult<Ref> {
    let x = tuple_items(a);
    let n = n.max(0) as usize;
    let total = x.len().checked_mul(n).ok_or_else(sequence::memory_error)?;
    let mut items = Vec::with_capacity(total);
    for _ in 0..n {
        items.extend(x.iter().cloned());
    }
    Ok(new_tuple(items))
}

seq_iterator_type!(TUPLE_ITERATOR_TYPE, "tuple_iterator");

fn tuple_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("tuple", kwnames)?;
    match args {
        [] => Ok(new_tuple(Vec::new())),
        // An exact tuple is its own copy; a subclass's instance becomes a tuple.
        [x] if is_tuple(*x) && std::ptr::eq(type_of(*x), &TUPLE_TYPE) => Ok(Ref::new(*x)),
        [x] => Ok(new_tuple(ops::collect(*x)?)),
        _ => Err(errors::type_error(format!(
            "tuple expected at most 1 arguments, got {}",
            args.len()
        ))),
    }
}

pub static TUPLE_TYPE: TypeObject = TypeObject {
    dealloc: tuple_dealloc,
    gc: Some(&TUPLE_GC),
    repr: tuple_repr,
    hash: Some(tuple_hash),
    richcompare: Some(tuple_richcompare),
    len: Some(|v| Ok(tuple_items(v).len())),
    concat: Some(tuple_concat),
    repeat: Some(tuple_repeat),
    getitem: Some(tuple_getitem),
    contains: Some(|v, x| sequence::contains_item(tuple_items(v), x)),
    iter: Some(|v| Ok(sequence::new_seq_iterator(&TUPLE_ITERATOR_TYPE, v, item_at))),
    construct: Some(tuple_construct),
    methods: TUPLE_METHODS,
    ..TypeObject::new("tuple")
};

// ----- methods -----

static TUPLE_METHODS: &[Method] = &[
    Method::new("__getnewargs__", crate::objects::reduce::tuple_getnewargs),
    Method::new("index", tuple_index),
    Method::new("count", tuple_count),
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
    crate::objects::builtin_subclass::new::TUPLE,
];

/// `tuple.index(x[, start[, stop]])`.
fn tuple_index(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = crate::objects::method_args::positional("index", args, kwnames, 1, 3)?;
    let x = args[0];
    let bounds = sequence::search_bounds(&args[1..], tuple_items(v).len())?;
    let found = sequence::find_position(
        |i| item_at(v, i),
        bounds,
        |item| sequence::same_or_equal(item, x),
    )?;
    match found {
        Some(i) => Ok(crate::objects::int::from_i64(i as i64)),
        None => Err(errors::value_error("tuple.index(x): x not in tuple")),
    }
}

fn tuple_count(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let x = crate::builtins::args::exact("count", args, kwnames, 1)?[0];
    let n = sequence::count_equal(|i| item_at(v, i), x)?;
    Ok(crate::objects::int::from_i64(n as i64))
}
