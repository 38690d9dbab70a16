//! `tee` and its `_tee` objects. The tee objects made from one iterator share what they read
//! from it: a chain of blocks of items, each tee object walking the chain at its own pace.
//! A block is freed once every tee object has passed it, so the items kept are those between
//! the slowest and the fastest tee object.

use crate::objects::attr_cache::static_name;
use std::cell::{Cell, RefCell};

use super::held;
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::exception::RUNTIME_ERROR;
use crate::objects::iterators::{self, collectable, fields, into_object, iterator_type};
use crate::objects::method_args;
use crate::objects::sequence::memory_error;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

/// Items per block, as in CPython.
const BLOCK_LEN: usize = 57;

/// A block of the items read from the iterator (CPython's `_tee_dataobject`): an object of its
/// own, so that the collector sees the tee objects share it.
#[repr(C)]
struct Block {
    header: ObjHeader,
    iterator: Ref,
    /// Set while reading from the iterator, which must not ask a tee object of its own for an
    /// item meanwhile.
    reading: Cell<bool>,
    items: RefCell<Vec<Ref>>,
    /// The block after this one, made when the first tee object gets past this one.
    next: RefCell<Option<Ref>>,
}

collectable!(Block: iterator, items, next);

fn new_block(iterator: Ref) -> Ref {
    into_object(Block {
        header: ObjHeader::new(&BLOCK_TYPE),
        iterator,
        reading: Cell::new(false),
        items: RefCell::new(Vec::with_capacity(BLOCK_LEN)),
        next: RefCell::new(None),
    })
}

/// The item at `index` of a block, read from the iterator by the first tee object to get
/// there.
fn block_item(block: Value, index: usize) -> PyResult<Option<Ref>> {
    let b = fields::<Block>(block);
    let already_read = b.items.borrow().get(index).cloned();
    if already_read.is_some() {
        return Ok(already_read);
    }
    if b.reading.get() {
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "cannot re-enter the tee iterator",
        ));
    }
    b.reading.set(true);
    let item = ops::next(b.iterator.value());
    b.reading.set(false);
    let item = item?;
    if let Some(item) = &item {
        b.items.borrow_mut().push(item.clone());
    }
    Ok(item)
}

fn block_successor(block: Value) -> Ref {
    let b = fields::<Block>(block);
    if let Some(next) = held(&b.next) {
        return next;
    }
    let next = new_block(b.iterator.clone());
    b.next.replace(Some(next.clone()));
    next
}

/// Frees the blocks after this one that nothing else holds in a loop, as a long chain
/// freed recursively could exhaust the stack.
unsafe fn block_dealloc(v: Value) {
    let mut next = fields::<Block>(v).next.take();
    while let Some(block) = next {
        let only_holder = (*block.value().header()).refcnt.get() == 1;
        next = if only_holder {
            fields::<Block>(block.value()).next.take()
        } else {
            None
        };
    }
    iterators::free_collectable::<Block>(v)
}

static BLOCK_TYPE: TypeObject = TypeObject {
    dealloc: block_dealloc,
    gc: Some(<Block as iterators::Collectable>::GC),
    ..TypeObject::new("itertools._tee_dataobject")
};

#[repr(C)]
struct Tee {
    header: ObjHeader,
    block: RefCell<Ref>,
    /// The position in the block of the next item.
    index: Cell<usize>,
}

collectable!(Tee: block);

fn new_tee(block: Ref, index: usize) -> Ref {
    into_object(Tee {
        header: ObjHeader::new(&TEE_TYPE),
        block: RefCell::new(block),
        index: Cell::new(index),
    })
}

fn is_tee(v: Value) -> bool {
    std::ptr::eq(type_of(v), &TEE_TYPE)
}

/// A tee object at the same place as `v`, a tee object.
fn tee_copy(v: Value) -> Ref {
    let t = fields::<Tee>(v);
    new_tee(held(&t.block), t.index.get())
}

/// A tee object over an iterable; over a tee object, a copy of it.
fn tee_from_iterable(iterable: Value) -> PyResult<Ref> {
    let iterator = ops::iter(iterable)?;
    if is_tee(iterator.value()) {
        return Ok(tee_copy(iterator.value()));
    }
    Ok(new_tee(new_block(iterator), 0))
}

fn tee_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("_tee", a, k, 1, 1)?;
    tee_from_iterable(a[0])
}

fn tee_next(v: Value) -> PyResult<Option<Ref>> {
    let t = fields::<Tee>(v);
    if t.index.get() == BLOCK_LEN {
        let next = block_successor(held(&t.block).value());
        t.block.replace(next);
        t.index.set(0);
    }
    let item = block_item(held(&t.block).value(), t.index.get())?;
    if item.is_some() {
        t.index.set(t.index.get() + 1);
    }
    Ok(item)
}

pub(super) static TEE_TYPE: TypeObject = TypeObject {
    construct: Some(tee_new),
    methods: &[Method::new("__copy__", |v, a, k| {
        method_args::no_args("__copy__", a, k)?;
        Ok(tee_copy(v))
    })],
    ..iterator_type::<Tee>("itertools._tee", tee_next)
};

/// Whether an iterator copies itself with a `__copy__` of its class, so that `tee` need not
/// wrap it: tee objects, and classes defined in Python that say so.
fn copies_itself(iterator: Value) -> PyResult<bool> {
    let ty = type_of(iterator);
    Ok(is_tee(iterator) || (ty.is_heap() && ty.lookup(static_name!("__copy__"))?.is_some()))
}

fn copy_of(iterator: Value) -> PyResult<Ref> {
    if is_tee(iterator) {
        return Ok(tee_copy(iterator));
    }
    ops::call_method(iterator, new_str("__copy__").value(), &[], None)
}

/// `tee(iterable, n=2)`: `n` independent iterators over the iterable's items.
pub(super) fn tee(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("tee", a, k, 1, 2)?;
    let n = a.get(1).map_or(Ok(2), |n| method_args::ssize(*n))?;
    if n < 0 {
        return Err(errors::value_error("n must be >= 0"));
    }
    let mut tees = Vec::new();
    tees.try_reserve_exact(n as usize)
        .map_err(|_| memory_error())?;
    if n == 0 {
        return Ok(new_tuple(tees));
    }
    let iterator = ops::iter(a[0])?;
    tees.push(if copies_itself(iterator.value())? {
        iterator
    } else {
        tee_from_iterable(iterator.value())?
    });
    for _ in 1..n {
        let copy = copy_of(tees[0].value())?;
        tees.push(copy);
    }
    Ok(new_tuple(tees))
}
