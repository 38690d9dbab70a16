//! The lazy iterators the builtins return: `enumerate`, `zip`, `map`, `filter`, `reversed`
//! and `iter(callable, sentinel)`. Each pulls from its sources only when asked for an item.
//!
//! Every iterator that holds references is a container of the cycle collector, as in CPython:
//! `collectable!` lists the fields of its struct that own references, which is all its
//! `traverse` needs; the containers' and `itertools`' iterators are made the same way.

use std::cell::{Cell, RefCell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::exception::{INDEX_ERROR, STOP_ITERATION};
use crate::objects::int::{self, int_view, IntView};
use crate::objects::sequence::same_or_equal;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::TypeObject;
use crate::ops::{self, BinaryOp};
use crate::value::Value;

/// A new iterator object: a container of the cycle collector, as CPython's iterators are.
pub(crate) fn into_object<T: Collectable>(obj: T) -> Ref {
    unsafe { Ref::from_owned(gc::alloc(obj)) }
}

/// What a field owns, listed for the collector's `traverse`.
pub(crate) trait Owns {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value));
}

impl Owns for Ref {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        visit(self.value())
    }
}

impl<T: Owns> Owns for Option<T> {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        if let Some(x) = self {
            x.visit_owned(visit)
        }
    }
}

impl<T: Owns> Owns for [T] {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        self.iter().for_each(|x| x.visit_owned(visit))
    }
}

impl<T: Owns> Owns for Vec<T> {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        self.as_slice().visit_owned(visit)
    }
}

impl<T: Owns + ?Sized> Owns for Box<T> {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        (**self).visit_owned(visit)
    }
}

/// A cell being changed when a collection starts is skipped: what it holds then counts as
/// referenced from outside, which keeps it alive.
impl<T: Owns> Owns for RefCell<T> {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        if let Ok(x) = self.try_borrow() {
            x.visit_owned(visit)
        }
    }
}

/// The cells of these types are only changed between calls that can run Python code, so a
/// collection never sees one half-changed.
impl<T: Owns> Owns for UnsafeCell<T> {
    fn visit_owned(&self, visit: &mut dyn FnMut(Value)) {
        unsafe { (*self.get()).visit_owned(visit) }
    }
}

/// An object struct allocated by [`into_object`], whose fields say what it owns. Like most of
/// CPython's iterators they have no `clear`: a cycle through them also goes through a
/// container that has one.
pub(crate) trait Collectable: Owns + Sized + 'static {
    const GC: &'static GcSlots = &GcSlots {
        traverse: |v, visit| fields::<Self>(v).visit_owned(visit),
        clear: None,
        finalize: None,
    };
}

/// Makes an object struct [`Collectable`], owning the references in the fields named.
macro_rules! collectable {
    ($t:ty: $($field:ident),*) => {
        impl $crate::objects::iterators::Owns for $t {
            fn visit_owned(&self, visit: &mut dyn FnMut($crate::value::Value)) {
                $($crate::objects::iterators::Owns::visit_owned(&self.$field, visit);)*
            }
        }
        impl $crate::objects::iterators::Collectable for $t {}
    };
}
pub(crate) use collectable;

pub(crate) unsafe fn free_collectable<T: Collectable>(v: Value) {
    gc::free::<T>(v)
}

pub(crate) fn fields<T>(v: Value) -> &'static T {
    unsafe { &*v.as_ptr::<T>() }
}

/// The iterators of several iterables, in order.
pub(crate) fn iterators_of(iterables: &[Value]) -> PyResult<Vec<Ref>> {
    iterables.iter().map(|x| ops::iter(*x)).collect()
}

/// The next item of each iterator, or `None` as soon as one is exhausted (the ones before it
/// have then given an item that is dropped, as in CPython).
fn next_of_each(iterators: &[Ref]) -> PyResult<Option<Vec<Ref>>> {
    let mut items = Vec::with_capacity(iterators.len());
    for it in iterators {
        match ops::next(it.value())? {
            Some(item) => items.push(item),
            None => return Ok(None),
        }
    }
    Ok(Some(items))
}

/// Slots every iterator type here shares: it is its own iterator, made by [`into_object`].
pub(crate) const fn iterator_type<T: Collectable>(
    name: &'static str,
    next: fn(Value) -> PyResult<Option<Ref>>,
) -> TypeObject {
    TypeObject {
        dealloc: free_collectable::<T>,
        gc: Some(T::GC),
        iter: Some(|v| Ok(Ref::new(v))),
        next: Some(next),
        methods: &[
            crate::objects::builtin_subclass::slots::ITER,
            crate::objects::builtin_subclass::slots::NEXT,
        ],
        ..TypeObject::new(name)
    }
}

// ----- enumerate -----

#[repr(C)]
struct Enumerate {
    header: ObjHeader,
    source: Ref,
    /// The index of the next item: any int, since `start` may be big.
    count: UnsafeCell<Ref>,
}

collectable!(Enumerate: source, count);

/// `enumerate(iterable, start)`; `start` is an int.
pub fn new_enumerate(iterable: Value, start: Value) -> PyResult<Ref> {
    Ok(into_object(Enumerate {
        header: ObjHeader::new(&ENUMERATE_TYPE),
        source: ops::iter(iterable)?,
        count: UnsafeCell::new(Ref::new(start)),
    }))
}

fn successor(n: Value) -> PyResult<Ref> {
    match int_view(n) {
        Some(IntView::Small(i)) if i < i64::MAX => Ok(int::from_i64(i + 1)),
        _ => ops::binary_op(n, Value::from_small_int(1), BinaryOp::Add),
    }
}

fn enumerate_next(v: Value) -> PyResult<Option<Ref>> {
    let e = fields::<Enumerate>(v);
    let Some(item) = ops::next(e.source.value())? else {
        return Ok(None);
    };
    let count = unsafe { &mut *e.count.get() };
    let next = successor(count.value())?;
    let index = std::mem::replace(count, next);
    Ok(Some(new_tuple(vec![index, item])))
}

pub static ENUMERATE_TYPE: TypeObject = iterator_type::<Enumerate>("enumerate", enumerate_next);

// ----- zip -----

#[repr(C)]
struct Zip {
    header: ObjHeader,
    iterators: Vec<Ref>,
}

collectable!(Zip: iterators);

pub fn new_zip(iterables: &[Value]) -> PyResult<Ref> {
    Ok(into_object(Zip {
        header: ObjHeader::new(&ZIP_TYPE),
        iterators: iterators_of(iterables)?,
    }))
}

fn zip_next(v: Value) -> PyResult<Option<Ref>> {
    let z = fields::<Zip>(v);
    if z.iterators.is_empty() {
        return Ok(None);
    }
    Ok(next_of_each(&z.iterators)?.map(new_tuple))
}

pub static ZIP_TYPE: TypeObject = iterator_type::<Zip>("zip", zip_next);

// ----- map -----

#[repr(C)]
struct Map {
    header: ObjHeader,
    function: Ref,
    iterators: Vec<Ref>,
}

collectable!(Map: function, iterators);

/// `map(function, *iterables)`, with at least one iterable.
pub fn new_map(function: Value, iterables: &[Value]) -> PyResult<Ref> {
    Ok(into_object(Map {
        header: ObjHeader::new(&MAP_TYPE),
        function: Ref::new(function),
        iterators: iterators_of(iterables)?,
    }))
}

fn map_next(v: Value) -> PyResult<Option<Ref>> {
    let m = fields::<Map>(v);
    let Some(args) = next_of_each(&m.iterators)? else {
        return Ok(None);
    };
    let args: Vec<Value> = args.iter().map(Ref::value).collect();
    ops::call(m.function.value(), &args, None).map(Some)
}

pub static MAP_TYPE: TypeObject = iterator_type::<Map>("map", map_next);

// ----- filter -----

#[repr(C)]
struct Filter {
    header: ObjHeader,
    /// `None` for `filter(None, ...)`, which keeps the true items.
    function: Option<Ref>,
    source: Ref,
}

collectable!(Filter: function, source);

pub fn new_filter(function: Option<Value>, iterable: Value) -> PyResult<Ref> {
    Ok(into_object(Filter {
        header: ObjHeader::new(&FILTER_TYPE),
        function: function.map(Ref::new),
        source: ops::iter(iterable)?,
    }))
}

fn filter_next(v: Value) -> PyResult<Option<Ref>> {
    let f = fields::<Filter>(v);
    while let Some(item) = ops::next(f.source.value())? {
        let keep = match &f.function {
            None => ops::is_true(item.value())?,
            Some(function) => {
                let verdict = ops::call(function.value(), &[item.value()], None)?;
                ops::is_true(verdict.value())?
            }
        };
        if keep {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

pub static FILTER_TYPE: TypeObject = iterator_type::<Filter>("filter", filter_next);

// ----- reversed -----

/// Walks a sequence from its last index down to 0, fetching each item when asked; it stops
/// for good at the first index the sequence no longer has.
#[repr(C)]
struct Reversed {
    header: ObjHeader,
    /// `None` once exhausted.
    source: UnsafeCell<Option<Ref>>,
    index: Cell<isize>,
    fetch: fn(Value, usize) -> PyResult<Option<Ref>>,
}

collectable!(Reversed: source);

fn new_reversed_with(
    ty: &'static TypeObject,
    source: Value,
    len: usize,
    fetch: fn(Value, usize) -> PyResult<Option<Ref>>,
) -> Ref {
    into_object(Reversed {
        header: ObjHeader::new(ty),
        source: UnsafeCell::new(Some(Ref::new(source))),
        index: Cell::new(len as isize - 1),
        fetch,
    })
}

/// `reversed(list)`: a `list_reverseiterator`, which sees the list's later changes.
pub fn new_list_reversed(list: Value) -> Ref {
    let len = crate::objects::list::list_items(list).len();
    new_reversed_with(&LIST_REVERSEITERATOR_TYPE, list, len, |v, i| {
        Ok(crate::objects::list::item_at(v, i))
    })
}

/// `reversed(seq)` for any other sequence (with a length and integer subscripts).
pub fn new_sequence_reversed(seq: Value) -> PyResult<Ref> {
    let len = ops::len(seq)?;
    Ok(new_reversed_with(
        &REVERSED_TYPE,
        seq,
        len,
        fetch_by_subscript,
    ))
}

/// `seq[i]`; an IndexError means the sequence has become shorter.
fn fetch_by_subscript(seq: Value, i: usize) -> PyResult<Option<Ref>> {
    match ops::get_item(seq, int::from_i64(i as i64).value()) {
        Ok(item) => Ok(Some(item)),
        Err(_) if errors::matches(&INDEX_ERROR) || errors::matches(&STOP_ITERATION) => {
            errors::take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn reversed_next(v: Value) -> PyResult<Option<Ref>> {
    let r = fields::<Reversed>(v);
    let Some(seq) = (unsafe { &*r.source.get() }).clone() else {
        return Ok(None);
    };
    let index = r.index.get();
    if index >= 0 {
        if let Some(item) = (r.fetch)(seq.value(), index as usize)? {
            r.index.set(index - 1);
            return Ok(Some(item));
        }
    }
    r.index.set(-1);
    release(&r.source);
    Ok(None)
}

/// Lets go of what an exhausted iterator holds; fetched afresh, as the iterator may have been
/// used by the code its last step ran.
fn release(slot: &UnsafeCell<Option<Ref>>) {
    let held = unsafe { (*slot.get()).take() };
    drop(held);
}

pub static REVERSED_TYPE: TypeObject = iterator_type::<Reversed>("reversed", reversed_next);
pub static LIST_REVERSEITERATOR_TYPE: TypeObject =
    iterator_type::<Reversed>("list_reverseiterator", reversed_next);

// ----- iter(callable, sentinel) -----

#[repr(C)]
struct CallableIterator {
    header: ObjHeader,
    /// `None` once the sentinel has come back.
    function: UnsafeCell<Option<Ref>>,
    sentinel: Ref,
}

collectable!(CallableIterator: function, sentinel);

pub fn new_callable_iterator(function: Value, sentinel: Value) -> Ref {
    into_object(CallableIterator {
        header: ObjHeader::new(&CALLABLE_ITERATOR_TYPE),
        function: UnsafeCell::new(Some(Ref::new(function))),
        sentinel: Ref::new(sentinel),
    })
}

/// Calls the function until it returns the sentinel (or raises StopIteration).
fn callable_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let c = fields::<CallableIterator>(v);
    let Some(function) = (unsafe { &*c.function.get() }).clone() else {
        return Ok(None);
    };
    let result = match ops::call(function.value(), &[], None) {
        Ok(result) => result,
        Err(_) if errors::matches(&STOP_ITERATION) => {
            errors::take();
            release(&c.function);
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    if same_or_equal(c.sentinel.value(), result.value())? {
        release(&c.function);
        return Ok(None);
    }
    Ok(Some(result))
}

pub static CALLABLE_ITERATOR_TYPE: TypeObject =
    iterator_type::<CallableIterator>("callable_iterator", callable_iterator_next);

// ----- iter(obj) of an object with only `__getitem__` -----

#[repr(C)]
struct SequenceIterator {
    header: ObjHeader,
    /// `None` once `__getitem__` has raised IndexError or StopIteration.
    sequence: UnsafeCell<Option<Ref>>,
    index: Cell<i64>,
}

collectable!(SequenceIterator: sequence);

/// The iterator CPython makes for objects that have `__getitem__` but no `__iter__`: it asks
/// for items 0, 1, 2, ... until IndexError.
pub fn new_sequence_iterator(sequence: Value) -> Ref {
    into_object(SequenceIterator {
        header: ObjHeader::new(&SEQUENCE_ITERATOR_TYPE),
        sequence: UnsafeCell::new(Some(Ref::new(sequence))),
        index: Cell::new(0),
    })
}

fn sequence_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let s = fields::<SequenceIterator>(v);
    let Some(sequence) = (unsafe { &*s.sequence.get() }).clone() else {
        return Ok(None);
    };
    let index = int::from_i64(s.index.get());
    match ops::get_item(sequence.value(), index.value()) {
        Ok(item) => {
            s.index.set(s.index.get() + 1);
            Ok(Some(item))
        }
        Err(_) if errors::matches(&INDEX_ERROR) || errors::matches(&STOP_ITERATION) => {
            errors::take();
            release(&s.sequence);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

pub static SEQUENCE_ITERATOR_TYPE: TypeObject =
    iterator_type::<SequenceIterator>("iterator", sequence_iterator_next);
