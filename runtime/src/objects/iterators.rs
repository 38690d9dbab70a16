//! The lazy iterators the builtins return: `enumerate`, `zip`, `map`, `filter`, `reversed`
//! and `iter(callable, sentinel)`. Each pulls from its sources only when asked for an item.
//!
//! Every iterator that holds references is a container of the cycle collector, as in CPython:
//! `collectable!` lists the fields of its struct that own references, which is all its
//! `traverse` needs; the containers' and `itertools`' iterators are made the same way.

use crate::objects::attr_cache::static_name;
use std::cell::{Cell, RefCell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::exception::{INDEX_ERROR, STOP_ITERATION};
use crate::objects::int::{self, int_view, IntView};
use crate::objects::method_args;
use crate::objects::sequence::same_or_equal;
use crate::objects::singletons::{none, BOOL_TYPE};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::TypeObject;
use crate::ops::{self, type_of, BinaryOp};
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
pub(crate) struct Enumerate {
    header: ObjHeader,
    source: Ref,
    /// The index of the next item: any int, since `start` may be big.
    count: UnsafeCell<Ref>,
}

collectable!(Enumerate: source, count);

/// `enumerate(iterable, start=0)`.
fn enumerate_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let bound = method_args::bind("enumerate", args, kwnames, &["iterable", "start"], 1)?;
    let start = match bound[1] {
        Some(s) => {
            int::int_exact(method_args::to_index(s, method_args::cannot_interpret)?.value())?
        }
        None => Ref::small_int(0),
    };
    Ok(into_object(Enumerate {
        header: ObjHeader::new(&ENUMERATE_TYPE),
        source: ops::iter(bound[0].unwrap())?,
        count: UnsafeCell::new(start),
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

pub static ENUMERATE_TYPE: TypeObject = TypeObject {
    construct: Some(enumerate_construct),
    ..iterator_type::<Enumerate>("enumerate", enumerate_next)
};

// ----- zip -----

#[repr(C)]
pub(crate) struct Zip {
    header: ObjHeader,
    iterators: Vec<Ref>,
}

collectable!(Zip: iterators);

/// `zip(*iterables)`.
fn zip_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("zip", kwnames)?;
    Ok(into_object(Zip {
        header: ObjHeader::new(&ZIP_TYPE),
        iterators: iterators_of(args)?,
    }))
}

fn zip_next(v: Value) -> PyResult<Option<Ref>> {
    let z = fields::<Zip>(v);
    if z.iterators.is_empty() {
        return Ok(None);
    }
    Ok(next_of_each(&z.iterators)?.map(new_tuple))
}

pub static ZIP_TYPE: TypeObject = TypeObject {
    construct: Some(zip_construct),
    ..iterator_type::<Zip>("zip", zip_next)
};

// ----- map -----

#[repr(C)]
pub(crate) struct Map {
    header: ObjHeader,
    function: Ref,
    iterators: Vec<Ref>,
}

collectable!(Map: function, iterators);

/// `map(function, *iterables)`, with at least one iterable.
fn map_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("map", kwnames)?;
    if args.len() < 2 {
        return Err(errors::type_error(
            "map() must have at least two arguments.",
        ));
    }
    Ok(into_object(Map {
        header: ObjHeader::new(&MAP_TYPE),
        function: Ref::new(args[0]),
        iterators: iterators_of(&args[1..])?,
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

pub static MAP_TYPE: TypeObject = TypeObject {
    construct: Some(map_construct),
    ..iterator_type::<Map>("map", map_next)
};

// ----- filter -----

#[repr(C)]
pub(crate) struct Filter {
    header: ObjHeader,
    /// `None` for `filter(None, ...)`, which keeps the true items.
    function: Option<Ref>,
    source: Ref,
}

collectable!(Filter: function, source);

/// `filter(function or None, iterable)`.
fn filter_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let [function, iterable] = *method_args::positional("filter", args, kwnames, 2, 2)? else {
        unreachable!("positional checks the count")
    };
    let keeps_true_items = function == none() || function == BOOL_TYPE.as_value();
    Ok(into_object(Filter {
        header: ObjHeader::new(&FILTER_TYPE),
        function: (!keeps_true_items).then(|| Ref::new(function)),
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

pub static FILTER_TYPE: TypeObject = TypeObject {
    construct: Some(filter_construct),
    ..iterator_type::<Filter>("filter", filter_next)
};

// ----- reversed -----

/// Walks a sequence from its last index down to 0, fetching each item when asked; it stops
/// for good at the first index the sequence no longer has.
#[repr(C)]
pub(crate) struct Reversed {
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

/// `reversed(seq)`: the sequence's own `__reversed__`, or a walk down its subscripts.
fn reversed_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let seq = method_args::positional("reversed", args, kwnames, 1, 1)?[0];
    if crate::objects::list::is_list(seq) {
        return Ok(new_list_reversed(seq));
    }
    if let Some(it) = crate::objects::dict_views::reversed(seq) {
        return Ok(it);
    }
    if crate::objects::range::is_range(seq) {
        return reversed_range(seq);
    }
    let ty = type_of(seq);
    let not_reversible = || errors::type_error(format!("'{}' object is not reversible", ty.name));
    if ty.is_heap() {
        match ty.lookup(static_name!("__reversed__"))? {
            Some(m) if m == none() => return Err(not_reversible()),
            Some(_) => return ops::call_method(seq, new_str("__reversed__").value(), &[], None),
            None => {}
        }
    }
    if let Some(method) = ty.find_method("__reversed__") {
        return (method.call)(seq, &[], None);
    }
    // A sequence: something with integer subscripts (the length is asked for next).
    if method_args::has_special(seq, "__getitem__", ty.getitem.is_some())? {
        return new_sequence_reversed(seq);
    }
    Err(not_reversible())
}

/// `reversed(range(...))` is the iterator of the range that counts the other way.
fn reversed_range(r: Value) -> PyResult<Ref> {
    let len = ops::len(r)?;
    let at = |i: usize| ops::get_item(r, int::from_i64(i as i64).value());
    let backwards = if len == 0 {
        ops::call(
            crate::objects::range::RANGE_TYPE.as_value(),
            &[Value::from_small_int(0)],
            None,
        )?
    } else {
        let (first, last) = (at(0)?, at(len - 1)?);
        let step = if len > 1 {
            ops::binary_op(at(1)?.value(), first.value(), BinaryOp::Sub)?
        } else {
            Ref::small_int(1)
        };
        let stop = ops::binary_op(first.value(), step.value(), BinaryOp::Sub)?;
        let down = ops::unary_op(step.value(), ops::UnaryOp::Neg)?;
        ops::call(
            crate::objects::range::RANGE_TYPE.as_value(),
            &[last.value(), stop.value(), down.value()],
            None,
        )?
    };
    ops::iter(backwards.value())
}

/// `reversed(seq)` for any other sequence (with a length and integer subscripts).
fn new_sequence_reversed(seq: Value) -> PyResult<Ref> {
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

pub static REVERSED_TYPE: TypeObject = TypeObject {
    construct: Some(reversed_construct),
    ..iterator_type::<Reversed>("reversed", reversed_next)
};
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
