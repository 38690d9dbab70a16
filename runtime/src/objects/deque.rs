//! `collections.deque`: a double-ended queue over a ring buffer, with O(1) appends and pops at
//! both ends, an optional maximum length (items fall off the opposite end), and CPython's
//! "deque mutated during iteration" check through a state counter.

use std::cell::{Cell, UnsafeCell};
use std::collections::VecDeque;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::exception::{ATTRIBUTE_ERROR, RUNTIME_ERROR};
use crate::objects::iterators::{collectable, into_object, iterator_type};
use crate::objects::method_args;
use crate::objects::sequence::{self, ReprGuard};
use crate::objects::singletons::{none, none_ref, not_implemented};
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct DequeObject {
    header: ObjHeader,
    items: UnsafeCell<VecDeque<Ref>>,
    /// `None` when unbounded.
    maxlen: Cell<Option<usize>>,
    /// Changes whenever items are added, removed or moved (not replaced): iterators remember it
    /// and fail once it differs.
    state: Cell<u64>,
}

fn deque(v: Value) -> &'static DequeObject {
    unsafe { &*v.as_ptr::<DequeObject>() }
}

/// The items of a deque. Callers must not hold them across calls that can run Python code.
fn items(v: Value) -> &'static mut VecDeque<Ref> {
    unsafe { &mut *deque(v).items.get() }
}

fn mutated(v: Value) {
    let d = deque(v);
    d.state.set(d.state.get().wrapping_add(1));
}

pub fn is_deque(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&DEQUE_TYPE)
}

/// A new empty deque; `maxlen` `None` makes it unbounded.
pub fn new_deque(maxlen: Option<usize>) -> Ref {
    let v = gc::alloc(DequeObject {
        header: ObjHeader::new(&DEQUE_TYPE),
        items: UnsafeCell::new(VecDeque::new()),
        maxlen: Cell::new(maxlen),
        state: Cell::new(0),
    });
    unsafe { Ref::from_owned(v) }
}

/// Releases removed items only once the deque is consistent again (their `__del__` may look at
/// it), last to first as CPython does.
fn release(removed: VecDeque<Ref>) {
    sequence::release_reversed(removed.into())
}

unsafe fn deque_dealloc(v: Value) {
    release(std::mem::take(items(v)));
    gc::free::<DequeObject>(v)
}

static DEQUE_GC: GcSlots = GcSlots {
    traverse: |v, visit| items(v).iter().for_each(|item| visit(item.value())),
    clear: Some(|v| release(std::mem::take(items(v)))),
    finalize: None,
};

fn item_at(v: Value, i: usize) -> Option<Ref> {
    items(v).get(i).cloned()
}

// ----- adding and removing at the ends -----

fn append(v: Value, x: Value) {
    let d = deque(v);
    let items = items(v);
    items.push_back(Ref::new(x));
    mutated(v);
    if d.maxlen.get().is_some_and(|max| items.len() > max) {
        drop(items.pop_front());
    }
}

fn append_left(v: Value, x: Value) {
    let d = deque(v);
    let items = items(v);
    items.push_front(Ref::new(x));
    mutated(v);
    if d.maxlen.get().is_some_and(|max| items.len() > max) {
        drop(items.pop_back());
    }
}

fn pop_end(v: Value, left: bool) -> PyResult<Ref> {
    let items = items(v);
    let popped = if left {
        items.pop_front()
    } else {
        items.pop_back()
    };
    mutated(v);
    popped.ok_or_else(|| errors::index_error("pop from an empty deque"))
}

/// `extend` and `extendleft`: a deque extended with itself takes a snapshot first; a deque of
/// `maxlen=0` still consumes the iterable.
fn extend_with(v: Value, iterable: Value, add: fn(Value, Value)) -> PyResult<()> {
    if iterable == v {
        let snapshot: Vec<Ref> = items(v).iter().cloned().collect();
        snapshot.iter().for_each(|x| add(v, x.value()));
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(x) = ops::next(it.value())? {
        add(v, x.value());
    }
    Ok(())
}

fn clear(v: Value) {
    let old = std::mem::take(items(v));
    mutated(v);
    release(old);
}

fn rotate(v: Value, n: i64) {
    let items = items(v);
    let len = items.len() as i64;
    if len <= 1 {
        return;
    }
    let steps = n.rem_euclid(len) as usize;
    items.rotate_right(steps);
    mutated(v);
}

// ----- construction -----

/// The `maxlen` argument: None or a non-negative int.
fn maxlen_argument(maxlen: Option<Value>) -> PyResult<Option<usize>> {
    match maxlen {
        None => Ok(None),
        Some(m) if m == none() => Ok(None),
        Some(m) => {
            let n = crate::objects::int::int_view(m)
                .ok_or_else(|| errors::type_error("an integer is required"))?
                .to_i64()
                .ok_or_else(|| {
                    errors::overflow_error("Python int too large to convert to C ssize_t")
                })?;
            usize::try_from(n)
                .map(Some)
                .map_err(|_| errors::value_error("maxlen must be non-negative"))
        }
    }
}

/// `deque.__init__(self, iterable=(), maxlen=None)`: the deque becomes the iterable's items.
fn deque_init(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (positional, keywords) = args::split(args, kwnames);
    if positional.len() + keywords.len() > 2 {
        return Err(errors::type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            positional.len() + keywords.len()
        )));
    }
    let mut bound = [positional.first().copied(), positional.get(1).copied()];
    for (name, value) in keywords {
        let slot = match name {
            "iterable" => 0,
            "maxlen" => 1,
            _ => {
                return Err(errors::type_error(format!(
                    "'{name}' is an invalid keyword argument for deque()"
                )))
            }
        };
        if bound[slot].is_some() {
            return Err(errors::type_error(format!(
                "argument for deque() given by name ('{name}') and position ({})",
                slot + 1
            )));
        }
        bound[slot] = Some(value);
    }
    deque(v).maxlen.set(maxlen_argument(bound[1])?);
    if !items(v).is_empty() {
        clear(v);
    }
    if let Some(iterable) = bound[0] {
        extend_with(v, iterable, append)?;
    }
    Ok(none_ref())
}

fn deque_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let d = new_deque(None);
    deque_init(d.value(), args, kwnames)?;
    Ok(d)
}

/// A shallow copy: of the exact type directly, of a subclass by calling the class with the
/// deque (and its `maxlen`), as CPython does.
fn copy_of(v: Value) -> PyResult<Ref> {
    let ty = type_of(v);
    let maxlen = deque(v).maxlen.get();
    if std::ptr::eq(ty, &DEQUE_TYPE) {
        let copy = new_deque(maxlen);
        *items(copy.value()) = items(v).clone();
        return Ok(copy);
    }
    let copy = match maxlen {
        None => ops::call(ty.as_value(), &[v], None)?,
        Some(m) => {
            let m = crate::objects::int::from_i64(m as i64);
            ops::call(ty.as_value(), &[v, m.value()], None)?
        }
    };
    if !is_deque(copy.value()) {
        return Err(errors::type_error(format!(
            "{}() must return a deque, not {}",
            ty.name,
            type_of(copy.value()).name
        )));
    }
    Ok(copy)
}

// ----- slots -----

fn short_type_name(v: Value) -> &'static str {
    let name = type_of(v).name;
    name.rsplit('.').next().unwrap_or(name)
}

fn deque_repr(v: Value) -> PyResult<Ref> {
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok(new_str("[...]"));
    };
    let snapshot: Vec<Ref> = items(v).iter().cloned().collect();
    let shown = sequence::repr_items("[", &snapshot, "]")?;
    let name = short_type_name(v);
    Ok(new_string(match deque(v).maxlen.get() {
        None => format!("{name}({shown})"),
        Some(max) => format!("{name}({shown}, maxlen={max})"),
    }))
}

fn deque_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_deque(b) {
        return Ok(not_implemented());
    }
    let x: Vec<Ref> = items(a).iter().cloned().collect();
    let y: Vec<Ref> = items(b).iter().cloned().collect();
    sequence::compare_items(&x, &y, op)
}

/// The position of an index argument; deques take integers only (no slices).
fn position(v: Value, key: Value) -> PyResult<Option<usize>> {
    let index = method_args::clamped_index(key, |name| {
        format!("sequence index must be integer, not '{name}'")
    })?;
    Ok(sequence::resolve_index(index, items(v).len()))
}

fn out_of_range() -> errors::Raised {
    errors::index_error("deque index out of range")
}

fn deque_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let i = position(v, key)?.ok_or_else(out_of_range)?;
    Ok(items(v)[i].clone())
}

fn deque_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    let i = position(v, key)?.ok_or_else(out_of_range)?;
    let old = std::mem::replace(&mut items(v)[i], Ref::new(value));
    drop(old);
    Ok(())
}

fn deque_delitem(v: Value, key: Value) -> PyResult<()> {
    let i = position(v, key)?.ok_or_else(out_of_range)?;
    let removed = items(v).remove(i);
    mutated(v);
    drop(removed);
    Ok(())
}

/// Runs `visit` on each item in order while the deque stays unchanged; a change made by the
/// comparison is CPython's RuntimeError. Stops at the first `Some`.
fn scan<T>(
    v: Value,
    range: std::ops::Range<usize>,
    mut visit: impl FnMut(usize, Value) -> PyResult<Option<T>>,
) -> PyResult<Option<T>> {
    let state = deque(v).state.get();
    for i in range {
        let Some(item) = item_at(v, i) else { break };
        let found = visit(i, item.value())?;
        if deque(v).state.get() != state {
            return Err(errors::raise(
                &RUNTIME_ERROR,
                "deque mutated during iteration",
            ));
        }
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

fn deque_contains(v: Value, x: Value) -> PyResult<bool> {
    let found = scan(v, 0..usize::MAX, |_, item| {
        Ok(sequence::same_or_equal(item, x)?.then_some(()))
    })?;
    Ok(found.is_some())
}

fn deque_concat(a: Value, b: Value) -> PyResult<Ref> {
    if !is_deque(b) {
        return Err(errors::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_of(b).name
        )));
    }
    let result = copy_of(a)?;
    extend_with(result.value(), b, append)?;
    Ok(result)
}

/// `deque *= n`: with a `maxlen`, only the last `maxlen` items of the repetition remain.
fn repeat_in_place(v: Value, n: i64) -> PyResult<()> {
    let items = items(v);
    if n <= 0 || items.is_empty() {
        clear(v);
        return Ok(());
    }
    let original: Vec<Ref> = items.iter().cloned().collect();
    let total = original
        .len()
        .checked_mul(n as usize)
        .ok_or_else(sequence::memory_error)?;
    let kept = deque(v).maxlen.get().map_or(total, |max| max.min(total));
    let mut repeated = VecDeque::with_capacity(kept);
    for i in total - kept..total {
        repeated.push_back(original[i % original.len()].clone());
    }
    let old = std::mem::replace(items, repeated);
    mutated(v);
    release(old);
    Ok(())
}

fn deque_repeat(v: Value, n: i64) -> PyResult<Ref> {
    let result = copy_of(v)?;
    repeat_in_place(result.value(), n)?;
    Ok(result)
}

/// `deque += iterable` and `deque *= n` (from `ops::inplace_op`): `None` when `op` is not one
/// of them.
pub fn inplace_op(v: Value, other: Value, op: ops::BinaryOp) -> PyResult<Option<Ref>> {
    match op {
        ops::BinaryOp::Add => extend_with(v, other, append)?,
        ops::BinaryOp::Mul => match sequence::repeat_count(other) {
            Some(n) => repeat_in_place(v, n)?,
            None => return Ok(None),
        },
        _ => return Ok(None),
    }
    Ok(Some(Ref::new(v)))
}

fn deque_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    Ok(match name {
        "maxlen" => Some(match deque(v).maxlen.get() {
            None => none_ref(),
            Some(max) => crate::objects::int::from_i64(max as i64),
        }),
        _ => None,
    })
}

fn deque_setattr(_v: Value, name: &str, _value: Option<Value>) -> PyResult<()> {
    let message = if name == "maxlen" {
        "attribute 'maxlen' of 'collections.deque' objects is not writable".to_string()
    } else {
        format!("'collections.deque' object has no attribute '{name}'")
    };
    Err(errors::raise(&ATTRIBUTE_ERROR, message))
}

// ----- iterators -----

#[repr(C)]
struct DequeIterator {
    header: ObjHeader,
    deque: Ref,
    /// The deque's state when iteration began.
    state: u64,
    /// Items still to give; 0 once exhausted or failed.
    remaining: Cell<usize>,
}

collectable!(DequeIterator: deque);

fn new_iterator(ty: &'static TypeObject, v: Value) -> Ref {
    into_object(DequeIterator {
        header: ObjHeader::new(ty),
        deque: Ref::new(v),
        state: deque(v).state.get(),
        remaining: Cell::new(items(v).len()),
    })
}

/// The next item of a deque iterator: `position` maps the remaining count to the item's index.
fn iterator_next(it: Value, position: fn(usize, usize) -> usize) -> PyResult<Option<Ref>> {
    let it = unsafe { &*it.as_ptr::<DequeIterator>() };
    let d = it.deque.value();
    if deque(d).state.get() != it.state {
        it.remaining.set(0);
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "deque mutated during iteration",
        ));
    }
    let remaining = it.remaining.get();
    if remaining == 0 {
        return Ok(None);
    }
    it.remaining.set(remaining - 1);
    Ok(item_at(d, position(items(d).len(), remaining)))
}

static DEQUE_ITERATOR_TYPE: TypeObject =
    iterator_type::<DequeIterator>("_collections._deque_iterator", |it| {
        iterator_next(it, |len, remaining| len - remaining)
    });

static DEQUE_REVERSE_ITERATOR_TYPE: TypeObject =
    iterator_type::<DequeIterator>("_collections._deque_reverse_iterator", |it| {
        iterator_next(it, |_, remaining| remaining - 1)
    });

// ----- the type -----

pub static DEQUE_TYPE: TypeObject = TypeObject {
    dealloc: deque_dealloc,
    gc: Some(&DEQUE_GC),
    repr: deque_repr,
    hash: None,
    richcompare: Some(deque_richcompare),
    bool: Some(|v| Ok(!items(v).is_empty())),
    len: Some(|v| Ok(items(v).len())),
    concat: Some(deque_concat),
    repeat: Some(deque_repeat),
    getitem: Some(deque_getitem),
    setitem: Some(deque_setitem),
    delitem: Some(deque_delitem),
    contains: Some(deque_contains),
    iter: Some(|v| Ok(new_iterator(&DEQUE_ITERATOR_TYPE, v))),
    construct: Some(deque_construct),
    methods: DEQUE_METHODS,
    getattr: Some(deque_getattr),
    members: &["maxlen"],
    getattr_only_members: true,
    setattr: Some(deque_setattr),
    ..TypeObject::new("collections.deque")
};

static DEQUE_METHODS: &[Method] = &[
    Method::new("append", |v, a, k| {
        append(v, args::exact("append", a, k, 1)?[0]);
        Ok(none_ref())
    }),
    Method::new("appendleft", |v, a, k| {
        append_left(v, args::exact("appendleft", a, k, 1)?[0]);
        Ok(none_ref())
    }),
    Method::new("pop", |v, a, k| {
        method_args::no_args("pop", a, k)?;
        pop_end(v, false)
    }),
    Method::new("popleft", |v, a, k| {
        method_args::no_args("popleft", a, k)?;
        pop_end(v, true)
    }),
    Method::new("extend", |v, a, k| {
        extend_with(v, args::exact("extend", a, k, 1)?[0], append)?;
        Ok(none_ref())
    }),
    Method::new("extendleft", |v, a, k| {
        extend_with(v, args::exact("extendleft", a, k, 1)?[0], append_left)?;
        Ok(none_ref())
    }),
    Method::new("rotate", |v, a, k| {
        let a = method_args::positional("rotate", a, k, 0, 1)?;
        let n = match a.first() {
            Some(n) => method_args::ssize(*n)?,
            None => 1,
        };
        rotate(v, n);
        Ok(none_ref())
    }),
    Method::new("clear", |v, a, k| {
        method_args::no_args("clear", a, k)?;
        clear(v);
        Ok(none_ref())
    }),
    Method::new("copy", |v, a, k| {
        method_args::no_args("copy", a, k)?;
        copy_of(v)
    }),
    Method::new("__copy__", |v, a, k| {
        method_args::no_args("__copy__", a, k)?;
        copy_of(v)
    }),
    Method::new("count", deque_count),
    Method::new("index", deque_index),
    Method::new("insert", deque_insert),
    Method::new("remove", deque_remove),
    Method::new("reverse", |v, a, k| {
        method_args::no_args("reverse", a, k)?;
        items(v).make_contiguous().reverse();
        Ok(none_ref())
    }),
    Method::new("__reversed__", |v, a, k| {
        method_args::no_args("__reversed__", a, k)?;
        Ok(new_iterator(&DEQUE_REVERSE_ITERATOR_TYPE, v))
    }),
    Method::new("__iadd__", |v, a, k| {
        let other = args::exact("__iadd__", a, k, 1)?[0];
        extend_with(v, other, append)?;
        Ok(Ref::new(v))
    }),
    Method::new("__imul__", |v, a, k| {
        let n = method_args::ssize(args::exact("__imul__", a, k, 1)?[0])?;
        repeat_in_place(v, n)?;
        Ok(Ref::new(v))
    }),
    Method::new("__reduce__", deque_reduce),
    Method::new("__init__", deque_init),
    crate::objects::builtin_subclass::new::DEQUE,
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::BOOL,
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
];

fn deque_count(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("count", a, k, 1)?[0];
    let mut count = 0;
    scan(v, 0..usize::MAX, |_, item| {
        count += sequence::same_or_equal(item, x)? as i64;
        Ok(None::<()>)
    })?;
    Ok(crate::objects::int::from_i64(count))
}

/// `deque.index(x[, start[, stop]])`.
fn deque_index(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("index", a, k, 1, 3)?;
    let x = a[0];
    let bounds = sequence::search_bounds(&a[1..], items(v).len())?;
    let found = scan(v, bounds, |i, item| {
        Ok(sequence::same_or_equal(item, x)?.then_some(i))
    })?;
    match found {
        Some(i) => Ok(crate::objects::int::from_i64(i as i64)),
        None => {
            let shown = ops::str_text(ops::repr(x)?.value())?;
            Err(errors::value_error(format!("{shown} is not in deque")))
        }
    }
}

/// `deque.insert(i, x)`: `i` counts from the end when negative and is clamped to the deque.
fn deque_insert(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("insert", a, k, 2, 2)?;
    let index = method_args::ssize(a[0])?;
    let len = items(v).len();
    if deque(v).maxlen.get() == Some(len) {
        return Err(errors::index_error("deque already at its maximum size"));
    }
    let len = len as i64;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    items(v).insert(at as usize, Ref::new(a[1]));
    mutated(v);
    Ok(none_ref())
}

fn deque_remove(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("remove", a, k, 1)?[0];
    let len = items(v).len();
    for i in 0..len {
        let Some(item) = item_at(v, i) else { break };
        let equal = sequence::same_or_equal(item.value(), x)?;
        if items(v).len() != len {
            return Err(errors::index_error("deque mutated during remove()."));
        }
        if equal {
            let removed = items(v).remove(i);
            mutated(v);
            drop(removed);
            return Ok(none_ref());
        }
    }
    Err(errors::value_error("deque.remove(x): x not in deque"))
}

/// `deque.__reduce__()`: `(type, args, state, iterator of the items)`.
fn deque_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("__reduce__", a, k)?;
    let args = match deque(v).maxlen.get() {
        None => new_tuple(Vec::new()),
        Some(max) => new_tuple(vec![
            new_tuple(Vec::new()),
            crate::objects::int::from_i64(max as i64),
        ]),
    };
    let state = crate::objects::class::instance_dict(v, false).map_or_else(none_ref, Ref::new);
    Ok(new_tuple(vec![
        Ref::new(type_of(v).as_value()),
        args,
        state,
        ops::iter(v)?,
    ]))
}
