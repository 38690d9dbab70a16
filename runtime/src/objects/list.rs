//! list: a growable vector of owned references.

use std::cell::UnsafeCell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::index_value;
use crate::objects::sequence::{self, normalize_index, seq_iterator_type};
use crate::objects::slice;
use crate::objects::singletons::not_implemented;
use crate::objects::str::new_string;
use crate::objects::type_object::{CompareOp, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct ListObject {
    header: ObjHeader,
    items: UnsafeCell<Vec<Ref>>,
}

pub fn new_list(items: Vec<Ref>) -> Ref {
    let v = object::alloc(ListObject {
        header: ObjHeader::new(&LIST_TYPE),
        items: UnsafeCell::new(items),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn list_dealloc(v: Value) {
    object::free::<ListObject>(v)
}

pub fn is_list(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &LIST_TYPE)
}

/// The items of a list. Callers must not hold the slice across calls that can run Python code
/// (which could change the list); they clone what they keep.
pub fn list_items(v: Value) -> &'static mut Vec<Ref> {
    debug_assert!(is_list(v));
    unsafe { &mut *(*v.as_ptr::<ListObject>()).items.get() }
}

fn item_at(v: Value, i: usize) -> Option<Ref> {
    list_items(v).get(i).cloned()
}

fn list_repr(v: Value) -> PyResult<Ref> {
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
    let index = index_value(key, index_error_message)?;
    let items = list_items(v);
    match normalize_index(index, items.len()) {
        Some(i) => Ok(items[i].clone()),
        None => Err(errors::index_error("list index out of range")),
    }
}

/// `list[a:b:c] = iterable`: a plain slice may change the length; an extended one must match.
fn list_set_slice(v: Value, key: Value, value: Value) -> PyResult<()> {
    let new_items = if value == v { list_items(v).clone() } else { crate::ops::collect(value).map_err(|e| {
        if crate::errors::matches(&crate::objects::exception::TYPE_ERROR) {
            crate::errors::take();
            return errors::type_error("can only assign an iterable");
        }
        e
    })? };
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
    let index = index_value(key, index_error_message)?;
    let items = list_items(v);
    match normalize_index(index, items.len()) {
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
    let index = index_value(key, index_error_message)?;
    let items = list_items(v);
    match normalize_index(index, items.len()) {
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
        let items = list_items(v).clone();
        sequence::contains_item(&items, x)
    }),
    iter: Some(|v| Ok(sequence::new_seq_iterator(&LIST_ITERATOR_TYPE, v, item_at))),
    construct: Some(list_construct),
    ..TypeObject::new("list")
};
