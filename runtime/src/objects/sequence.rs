//! Pieces that list, tuple and other sequences share: index normalisation, repr (with the
//! guard against containers that contain themselves), ordering, searching by equality and an
//! index-based iterator.

use std::cell::{Cell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::int::{self, IntView};
use crate::objects::singletons::bool_ref;
use crate::objects::type_object::{CompareOp, TypeObject};
use crate::ops;
use crate::value::Value;

/// Resolves a possibly negative index against `len`; `None` when out of range.
pub fn normalize_index(index: IntView, len: usize) -> Option<usize> {
    resolve_index(int::saturating_i64(index), len)
}

/// [`normalize_index`] for an index already clamped to `i64`.
pub fn resolve_index(i: i64, len: usize) -> Option<usize> {
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
    // Sequences of different lengths are unequal without looking at the items.
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(bool_ref(op == CompareOp::Ne));
    }
    for (x, y) in a.iter().zip(b) {
        if !same_or_equal(x.value(), y.value())? {
            return match op {
                CompareOp::Eq => Ok(bool_ref(false)),
                CompareOp::Ne => Ok(bool_ref(true)),
                _ => ops::compare(x.value(), y.value(), op),
            };
        }
    }
    Ok(bool_ref(op.holds(a.len().cmp(&b.len()))))
}

/// `a == b` the way containers compare their items (CPython's `PyObject_RichCompareBool`):
/// identity first, so that an object is always found even if it is not equal to itself (NaN).
pub fn same_or_equal(a: Value, b: Value) -> PyResult<bool> {
    Ok(a == b || ops::equal(a, b)?)
}

/// Whether any item equals `needle`.
pub fn contains_item(items: &[Ref], needle: Value) -> PyResult<bool> {
    for item in items {
        if same_or_equal(needle, item.value())? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The first position in `positions` whose item satisfies `matches`. The item is fetched
/// afresh at each step and the search ends where the sequence does, because `matches` may run
/// Python code that changes the sequence (as CPython's loops over a list re-read its size).
pub fn find_position(
    item_at: impl Fn(usize) -> Option<Ref>,
    positions: std::ops::Range<usize>,
    mut matches: impl FnMut(Value) -> PyResult<bool>,
) -> PyResult<Option<usize>> {
    for i in positions {
        let Some(item) = item_at(i) else { break };
        if matches(item.value())? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// How many items equal `needle` (`list.count`, `tuple.count`).
pub fn count_equal(item_at: impl Fn(usize) -> Option<Ref>, needle: Value) -> PyResult<usize> {
    let mut count = 0;
    let mut i = 0;
    while let Some(item) = item_at(i) {
        if same_or_equal(item.value(), needle)? {
            count += 1;
        }
        i += 1;
    }
    Ok(count)
}

/// The `start` and `stop` arguments of `list.index` and `tuple.index`, resolved against `len`
/// as CPython does: negative values count from the end and clamp at 0, big ones saturate.
pub fn search_bounds(args: &[Value], len: usize) -> PyResult<std::ops::Range<usize>> {
    let bound = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        let Some(v) = v else { return Ok(default) };
        let i = crate::objects::method_args::clamped_index(*v, |_| {
            "slice indices must be integers or have an __index__ method".to_string()
        })?;
        Ok(if i < 0 {
            i.saturating_add(len as i64).max(0) as usize
        } else {
            i as usize
        })
    };
    Ok(bound(args.first(), 0)?..bound(args.get(1), usize::MAX)?)
}

/// Marks a container whose repr is being built, so that a container reached again through
/// its own items prints as `[...]` instead of recursing forever (CPython's `Py_ReprEnter`).
pub struct ReprGuard(usize);

struct ReprInProgress(std::cell::RefCell<Vec<usize>>);
// Python code runs on one thread at a time.
unsafe impl Sync for ReprInProgress {}
static REPR_IN_PROGRESS: ReprInProgress = ReprInProgress(std::cell::RefCell::new(Vec::new()));

impl ReprGuard {
    /// `None` when `v`'s repr is already being built further up.
    pub fn enter(v: Value) -> Option<ReprGuard> {
        let mut active = REPR_IN_PROGRESS.0.borrow_mut();
        if active.contains(&v.0) {
            return None;
        }
        active.push(v.0);
        Some(ReprGuard(v.0))
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        let mut active = REPR_IN_PROGRESS.0.borrow_mut();
        if let Some(i) = active.iter().rposition(|&a| a == self.0) {
            active.remove(i);
        }
    }
}

/// An iterator over any sequence that can fetch its `i`-th item; re-reads the length each step
/// so that a list changed during iteration behaves as in CPython, and lets go of the sequence
/// once exhausted, so that it stays exhausted even if the list grows again.
#[repr(C)]
pub struct SeqIterator {
    header: ObjHeader,
    /// `None` once exhausted.
    source: UnsafeCell<Option<Ref>>,
    index: Cell<usize>,
    item_at: fn(Value, usize) -> Option<Ref>,
}

crate::objects::iterators::collectable!(SeqIterator: source);

pub fn new_seq_iterator(
    ty: &'static TypeObject,
    source: Value,
    item_at: fn(Value, usize) -> Option<Ref>,
) -> Ref {
    crate::objects::iterators::into_object(SeqIterator {
        header: ObjHeader::new(ty),
        source: UnsafeCell::new(Some(Ref::new(source))),
        index: Cell::new(0),
        item_at,
    })
}

pub fn seq_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = unsafe { &*v.as_ptr::<SeqIterator>() };
    let source = unsafe { &mut *it.source.get() };
    let Some(seq) = source.as_ref() else {
        return Ok(None);
    };
    let i = it.index.get();
    let item = (it.item_at)(seq.value(), i);
    match item {
        Some(_) => it.index.set(i + 1),
        None => drop(source.take()),
    }
    Ok(item)
}

/// Defines an iterator type over a sequence.
macro_rules! seq_iterator_type {
    ($name:ident, $pyname:literal) => {
        pub static $name: $crate::objects::type_object::TypeObject =
            $crate::objects::iterators::iterator_type::<$crate::objects::sequence::SeqIterator>(
                $pyname,
                $crate::objects::sequence::seq_iterator_next,
            );
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

/// Releases the items of a list or tuple last to first, the order in which CPython frees them
/// (visible when their `__del__` methods print).
pub fn release_reversed(items: Vec<Ref>) {
    items.into_iter().rev().for_each(drop);
}
