//! list: a growable vector of owned references.

use std::cell::UnsafeCell;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::method_args;
use crate::objects::sequence::{self, seq_iterator_type, ReprGuard};
use crate::objects::singletons::{none_ref, not_implemented};
use crate::objects::slice;
use crate::objects::str::{new_str, new_string};
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct ListObject {
    header: ObjHeader,
    items: UnsafeCell<Vec<Ref>>,
}

pub fn new_list(items: Vec<Ref>) -> Ref {
    let v = gc::alloc(ListObject {
        header: ObjHeader::new(&LIST_TYPE),
        items: UnsafeCell::new(items),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn list_dealloc(v: Value) {
    sequence::release_reversed(std::mem::take(list_items(v)));
    gc::free::<ListObject>(v)
}

static LIST_GC: GcSlots = GcSlots {
    traverse: |v, visit| list_items(v).iter().for_each(|item| visit(item.value())),
    clear: Some(|v| sequence::release_reversed(std::mem::take(list_items(v)))),
    finalize: None,
};

pub fn is_list(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&LIST_TYPE)
}

/// The items of a list. Callers must not hold the slice across calls that can run Python code
/// (which could change the list); they clone what they keep.
pub fn list_items(v: Value) -> &'static mut Vec<Ref> {
    debug_assert!(is_list(v));
    unsafe { &mut *(*v.as_ptr::<ListObject>()).items.get() }
}

pub fn item_at(v: Value, i: usize) -> Option<Ref> {
    list_items(v).get(i).cloned()
}

fn list_repr(v: Value) -> PyResult<Ref> {
    if list_items(v).is_empty() {
        return Ok(new_str("[]"));
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok(new_str("[...]"));
    };
    let items = list_items(v).clone();
    Ok(new_string(sequence::repr_items("[", &items, "]")?))
}

fn index_error_message(name: &str) -> String {
    format!("list indices must be integers or slices, not {name}")
}

fn list_getitem(v: Value, key: Value) -> PyResult<Ref> {
    if slice::is_slice(key) {
        let items = list_items(v);
        let picked = slice::indices(key, items.len())?;
        return Ok(new_list(picked.iter().map(|i| items[i].clone()).collect()));
    }
    // Converting the index may run Python code (`__index__`); the list is read after.
    let index = method_args::clamped_index(key, index_error_message)?;
    let items = list_items(v);
    match sequence::resolve_index(index, items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(errors::index_error("list index out of range")),
    }
}

/// `list[a:b:c] = iterable`: a plain slice may change the length; an extended one must match.
fn list_set_slice(v: Value, key: Value, value: Value) -> PyResult<()> {
    let new_items = if value == v {
        list_items(v).clone()
    } else {
        crate::ops::collect(value).map_err(|e| {
            if crate::errors::matches(&crate::objects::exception::TYPE_ERROR) {
                crate::errors::take();
                return errors::type_error("can only assign an iterable");
            }
            e
        })?
    };
    let items = list_items(v);
    let picked = slice::indices(key, items.len())?;
    if picked.step == 1 {
        let start = picked.start.clamp(0, items.len() as i64) as usize;
        let end = start + picked.len;
        let removed: Vec<Ref> = items.splice(start..end, new_items).collect();
        drop(removed);
        return Ok(());
    }
    if new_items.len() != picked.len {
        return Err(errors::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            new_items.len(),
            picked.len
        )));
    }
    let mut old = Vec::with_capacity(picked.len);
    for (i, item) in picked.iter().zip(new_items) {
        old.push(std::mem::replace(&mut items[i], item));
    }
    drop(old);
    Ok(())
}

fn list_del_slice(v: Value, key: Value) -> PyResult<()> {
    let items = list_items(v);
    let picked = slice::indices(key, items.len())?;
    let mut doomed = vec![false; items.len()];
    for i in picked.iter() {
        doomed[i] = true;
    }
    let mut kept = Vec::with_capacity(items.len() - picked.len);
    let mut removed = Vec::with_capacity(picked.len);
    for (i, item) in std::mem::take(items).into_iter().enumerate() {
        if doomed[i] {
            removed.push(item);
        } else {
            kept.push(item);
        }
    }
    *items = kept;
    drop(removed);
    Ok(())
}

fn list_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        return list_set_slice(v, key, value);
    }
    // Converting the index may run Python code (`__index__`); the list is read after.
    let index = method_args::clamped_index(key, index_error_message)?;
    let items = list_items(v);
    match sequence::resolve_index(index, items.len()) {
        Some(i) => {
            // Drop the old item only after the list is consistent again.
            let old = std::mem::replace(&mut items[i], Ref::new(value));
            drop(old);
            Ok(())
        }
        None => Err(errors::index_error("list assignment index out of range")),
    }
}

fn list_delitem(v: Value, key: Value) -> PyResult<()> {
    if slice::is_slice(key) {
        return list_del_slice(v, key);
    }
    // Converting the index may run Python code (`__index__`); the list is read after.
    let index = method_args::clamped_index(key, index_error_message)?;
    let items = list_items(v);
    match sequence::resolve_index(index, items.len()) {
        Some(i) => {
            let old = items.remove(i);
            drop(old);
            Ok(())
        }
        None => Err(errors::index_error("list assignment index out of range")),
    }
}

fn list_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_list(b) {
        return Ok(not_implemented());
    }
    let (x, y) = (list_items(a).clone(), list_items(b).clone());
    sequence::compare_items(&x, &y, op)
}

fn list_concat(a: Value, b: Value) -> PyResult<Ref> {
    if !is_list(b) {
        return Err(errors::type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_of(b).name
        )));
    }
    let (x, y) = (list_items(a), list_items(b));
    let mut items = Vec::with_capacity(x.len() + y.len());
    items.extend(x.iter().cloned());
    items.extend(y.iter().cloned());
    Ok(new_list(items))
}

fn list_repeat(a: Value, n: i64) -> PyResult<Ref> {
    let x = list_items(a);
    let n = n.max(0) as usize;
    let total = x.len().checked_mul(n).ok_or_else(sequence::memory_error)?;
    let mut items = Vec::with_capacity(total);
    for _ in 0..n {
        items.extend(x.iter().cloned());
    }
    Ok(new_list(items))
}

/// `list += iterable`.
pub fn extend(list: Value, iterable: Value) -> PyResult<()> {
    let items = if is_list(iterable) {
        list_items(iterable).clone()
    } else {
        crate::ops::collect(iterable)?
    };
    list_items(list).extend(items);
    Ok(())
}

/// `list *= n`.
pub fn repeat_in_place(list: Value, n: i64) {
    let items = list_items(list);
    if n <= 0 {
        let old = std::mem::take(items);
        drop(old);
        return;
    }
    let original = items.clone();
    for _ in 1..n {
        items.extend(original.iter().cloned());
    }
}

seq_iterator_type!(LIST_ITERATOR_TYPE, "list_iterator");

/// `list()` and `list(iterable)`, preallocating exactly when the iterable has a length.
fn list_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("list", kwnames)?;
    match args {
        [] => Ok(new_list(Vec::new())),
        [x] => Ok(new_list(crate::ops::collect(*x)?)),
        _ => Err(errors::type_error(format!(
            "list expected at most 1 arguments, got {}",
            args.len()
        ))),
    }
}

pub static LIST_TYPE: TypeObject = TypeObject {
    dealloc: list_dealloc,
    gc: Some(&LIST_GC),
    repr: list_repr,
    hash: None,
    richcompare: Some(list_richcompare),
    len: Some(|v| Ok(list_items(v).len())),
    concat: Some(list_concat),
    repeat: Some(list_repeat),
    getitem: Some(list_getitem),
    setitem: Some(list_setitem),
    delitem: Some(list_delitem),
    contains: Some(|v, x| {
        let found = sequence::find_position(
            |i| item_at(v, i),
            0..usize::MAX,
            |item| sequence::same_or_equal(x, item),
        )?;
        Ok(found.is_some())
    }),
    iter: Some(|v| Ok(sequence::new_seq_iterator(&LIST_ITERATOR_TYPE, v, item_at))),
    construct: Some(list_construct),
    methods: LIST_METHODS,
    ..TypeObject::new("list")
};

// ----- methods -----

static LIST_METHODS: &[Method] = &[
    Method::new("append", list_append),
    Method::new("extend", list_extend),
    Method::new("insert", list_insert),
    Method::new("remove", list_remove),
    Method::new("pop", list_pop),
    Method::new("clear", list_clear),
    Method::new("index", list_index),
    Method::new("count", list_count),
    Method::new("sort", crate::objects::list_sort::sort_method),
    Method::new("reverse", list_reverse),
    Method::new("copy", list_copy),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::SETITEM,
    crate::objects::builtin_subclass::slots::DELITEM,
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
    Method::new("__iadd__", |v, a, k| {
        extend(v, method_args::slot_operand("__iadd__", a, k)?)?;
        Ok(Ref::new(v))
    }),
    Method::new("__imul__", |v, a, k| {
        let n = method_args::slot_operand("__imul__", a, k)?;
        repeat_in_place(v, method_args::index_sized_operand(n)?);
        Ok(Ref::new(v))
    }),
    Method::new("__reversed__", |v, a, k| {
        method_args::no_args("__reversed__", a, k)?;
        Ok(crate::objects::iterators::new_list_reversed(v))
    }),
    crate::objects::builtin_subclass::slots::SIZEOF,
    Method::new("__init__", list_init),
    crate::objects::builtin_subclass::new::LIST,
];

fn list_append(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("append", args, kwnames, 1)?[0];
    list_items(v).push(Ref::new(x));
    Ok(none_ref())
}

fn list_extend(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    extend(v, args::exact("extend", args, kwnames, 1)?[0])?;
    Ok(none_ref())
}

/// `list.insert(i, x)`: `i` counts from the end when negative and is clamped to the list.
fn list_insert(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("insert", args, kwnames, 2, 2)?;
    let index = method_args::ssize(args[0])?;
    let items = list_items(v);
    let len = items.len() as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    items.insert(at as usize, Ref::new(args[1]));
    Ok(none_ref())
}

fn list_remove(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("remove", args, kwnames, 1)?[0];
    let found = sequence::find_position(
        |i| item_at(v, i),
        0..usize::MAX,
        |item| sequence::same_or_equal(item, x),
    )?;
    let items = list_items(v);
    match found {
        // The comparison may have shortened the list.
        Some(i) if i < items.len() => {
            let removed = items.remove(i);
            drop(removed);
            Ok(none_ref())
        }
        Some(_) => Ok(none_ref()),
        None => Err(errors::value_error("list.remove(x): x not in list")),
    }
}

fn list_pop(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("pop", args, kwnames, 0, 1)?;
    let index = match args.first() {
        Some(i) => method_args::ssize(*i)?,
        None => -1,
    };
    let items = list_items(v);
    if items.is_empty() {
        return Err(errors::index_error("pop from empty list"));
    }
    let len = items.len() as i64;
    let at = if index < 0 { index + len } else { index };
    if !(0..len).contains(&at) {
        return Err(errors::index_error("pop index out of range"));
    }
    Ok(items.remove(at as usize))
}

fn list_clear(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("clear", args, kwnames)?;
    sequence::release_reversed(std::mem::take(list_items(v)));
    Ok(none_ref())
}

/// `list.index(x[, start[, stop]])`.
fn list_index(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("index", args, kwnames, 1, 3)?;
    let x = args[0];
    let bounds = sequence::search_bounds(&args[1..], list_items(v).len())?;
    let found = sequence::find_position(
        |i| item_at(v, i),
        bounds,
        |item| sequence::same_or_equal(item, x),
    )?;
    match found {
        Some(i) => Ok(crate::objects::int::from_i64(i as i64)),
        None => {
            let shown = crate::ops::repr(x)?;
            Err(errors::value_error(format!(
                "{} is not in list",
                crate::objects::str::as_str(shown.value()).unwrap_or("?")
            )))
        }
    }
}

fn list_count(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("count", args, kwnames, 1)?[0];
    let n = sequence::count_equal(|i| item_at(v, i), x)?;
    Ok(crate::objects::int::from_i64(n as i64))
}

fn list_reverse(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("reverse", args, kwnames)?;
    list_items(v).reverse();
    Ok(none_ref())
}

fn list_copy(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("copy", args, kwnames)?;
    Ok(new_list(list_items(v).clone()))
}

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("list", kwnames)?;
    let items = match args {
        [] => Vec::new(),
        [x] => crate::ops::collect(*x)?,
        _ => {
            return Err(errors::type_error(format!(
                "list expected at most 1 arguments, got {}",
                args.len()
            )))
        }
    };
    let old = std::mem::replace(list_items(v), items);
    drop(old);
    Ok(none_ref())
}
