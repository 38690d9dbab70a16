//! Pieces that list, tuple and other sequences share: index normalisation, repr, ordering and
//! an index-based iterator.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::{self, IntView};
use crate::objects::singletons::bool_ref;
use crate::objects::type_object::{CompareOp, TypeObject};
use crate::ops;
use crate::value::Value;

/// Resolves a possibly negative index against `len`; `None` when out of range.
pub fn normalize_index(index: IntView, len: usize) -> Option<usize> {
    let i = int::saturating_i64(index);
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

/// `open` + items' reprs joined by ", " + `close`.
pub fn repr_items(open: &str, items: &[Ref], close: &str) -> PyResult<String> {
    let mut out = String::from(open);
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let r = ops::repr(item.value())?;
        out.push_str(crate::objects::str::as_str(r.value()).unwrap());
    }
    out.push_str(close);
    Ok(out)
}

/// Lexicographic comparison, as list and tuple compare: the first unequal pair decides.
pub fn compare_items(a: &[Ref], b: &[Ref], op: CompareOp) -> PyResult<Ref> {
    for (x, y) in a.iter().zip(b) {
        if !ops::equal(x.value(), y.value())? {
            return match op {
                CompareOp::Eq => Ok(bool_ref(false)),
                CompareOp::Ne => Ok(bool_ref(true)),
                _ => ops::compare(x.value(), y.value(), op),
            };
        }
    }
    Ok(bool_ref(op.holds(a.len().cmp(&b.len()))))
}

/// Whether any item equals `needle` (identity first, as CPython's containment).
pub fn contains_item(items: &[Ref], needle: Value) -> PyResult<bool> {
    for item in items {
        if item.value() == needle || ops::equal(item.value(), needle)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// An iterator over any sequence that can fetch its `i`-th item; re-reads the length each step
/// so that a list changed during iteration behaves as in CPython.
#[repr(C)]
pub struct SeqIterator {
    header: ObjHeader,
    source: Ref,
    index: Cell<usize>,
    item_at: fn(Value, usize) -> Option<Ref>,
}

pub fn new_seq_iterator(
    ty: &'static TypeObject,
    source: Value,
    item_at: fn(Value, usize) -> Option<Ref>,
) -> Ref {
    let v = object::alloc(SeqIterator {
        header: ObjHeader::new(ty),
        source: Ref::new(source),
        index: Cell::new(0),
        item_at,
    });
    unsafe { Ref::from_owned(v) }
}

pub fn seq_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = unsafe { &*v.as_ptr::<SeqIterator>() };
    let i = it.index.get();
    let item = (it.item_at)(it.source.value(), i);
    if item.is_some() {
        it.index.set(i + 1);
    }
    Ok(item)
}

pub unsafe fn seq_iterator_dealloc(v: Value) {
    object::free::<SeqIterator>(v)
}

/// Defines an iterator type over a sequence.
macro_rules! seq_iterator_type {
    ($name:ident, $pyname:literal) => {
        pub static $name: $crate::objects::type_object::TypeObject =
            $crate::objects::type_object::TypeObject {
                dealloc: $crate::objects::sequence::seq_iterator_dealloc,
                iter: Some(|v| Ok($crate::object::Ref::new(v))),
                next: Some($crate::objects::sequence::seq_iterator_next),
                ..$crate::objects::type_object::TypeObject::new($pyname)
            };
    };
}
pub(crate) use seq_iterator_type;

/// The repetition count of `seq * n`.
pub fn repeat_count(n: Value) -> Option<i64> {
    int::int_view(n).map(int::saturating_i64)
}

pub fn memory_error() -> errors::Raised {
    errors::raise(&crate::objects::exception::MEMORY_ERROR, "")
}
