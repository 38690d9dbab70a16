//! range: a lazy arithmetic sequence. Bounds are kept as i128, which holds any range whose
//! length a program could use; iteration stays on i64 when the values fit.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::{self, index_value};
use crate::objects::str::new_string;
use crate::objects::type_object::TypeObject;
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct RangeObject {
    header: ObjHeader,
    start: i128,
    stop: i128,
    step: i128,
}

fn range(v: Value) -> &'static RangeObject {
    unsafe { &*v.as_ptr::<RangeObject>() }
}

fn range_length(r: &RangeObject) -> i128 {
    let (start, stop, step) = (r.start, r.stop, r.step);
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

/// `len(range)`: CPython raises OverflowError past the machine word.
fn range_len(r: &RangeObject) -> PyResult<usize> {
    let n = range_length(r);
    if n > isize::MAX as i128 {
        return Err(errors::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    Ok(n as usize)
}

fn from_i128(v: i128) -> Ref {
    int::from_i128(v)
}

fn range_repr(v: Value) -> PyResult<Ref> {
    let r = range(v);
    Ok(new_string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn bound(v: Value) -> PyResult<i128> {
    let i = index_value(v, |name| {
        format!("'{name}' object cannot be interpreted as an integer")
    })?;
    match i {
        int::IntView::Small(s) => Ok(s as i128),
        int::IntView::Big(b) => i128::try_from(b).map_err(|_| {
            errors::overflow_error("pylift: range bounds beyond 128 bits are not supported yet")
        }),
    }
}

fn range_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("range", kwnames)?;
    let (start, stop, step) = match args {
        [stop] => (0, bound(*stop)?, 1),
        [start, stop] => (bound(*start)?, bound(*stop)?, 1),
        [start, stop, step] => (bound(*start)?, bound(*stop)?, bound(*step)?),
        [] => return Err(errors::type_error("range expected 1 arguments, got 0")),
        _ => {
            return Err(errors::type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )))
        }
    };
    if step == 0 {
        return Err(errors::value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(start, stop, step))
}

fn new_range(start: i128, stop: i128, step: i128) -> Ref {
    let v = object::alloc(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    });
    unsafe { Ref::from_owned(v) }
}

fn range_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let r = range(v);
    if crate::objects::slice::is_slice(key) {
        // The members the slice selects, as a range of their own.
        let (start, stop, step) = crate::objects::slice::clamped_bounds(key, range_len(r)?)?;
        let at = |i: i64| r.start + r.step * i128::from(i);
        return Ok(new_range(at(start), at(stop), r.step * i128::from(step)));
    }
    let index = index_value(key, |name| {
        format!("range indices must be integers or slices, not {name}")
    })?;
    match crate::objects::sequence::normalize_index(index, range_len(r)?) {
        Some(i) => Ok(from_i128(r.start + r.step * i as i128)),
        None => Err(errors::index_error("range object index out of range")),
    }
}

fn range_contains(v: Value, x: Value) -> PyResult<bool> {
    let r = range(v);
    let Some(i) = int::int_view(x) else {
        // Non-ints compare by equality with each member, as in CPython.
        let items = crate::ops::collect(v)?;
        return crate::objects::sequence::contains_item(&items, x);
    };
    let i = match i {
        int::IntView::Small(s) => s as i128,
        int::IntView::Big(b) => match i128::try_from(b) {
            Ok(v) => v,
            Err(_) => return Ok(false),
        },
    };
    let in_bounds = if r.step > 0 {
        r.start <= i && i < r.stop
    } else {
        r.stop < i && i <= r.start
    };
    Ok(in_bounds && (i - r.start) % r.step == 0)
}

#[repr(C)]
struct RangeIterator {
    header: ObjHeader,
    next: Cell<i128>,
    step: i128,
    remaining: Cell<i128>,
}

static RANGE_ITERATOR_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<RangeIterator>(v) },
    methods: &[
        crate::objects::builtin_subclass::slots::ITER,
        crate::objects::builtin_subclass::slots::NEXT,
        crate::objects::type_object::Method::new("__length_hint__", |v, a, k| {
            crate::objects::method_args::no_args("__length_hint__", a, k)?;
            let it = unsafe { &*v.as_ptr::<RangeIterator>() };
            Ok(from_i128(it.remaining.get()))
        }),
    ],
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| {
        let it = unsafe { &*v.as_ptr::<RangeIterator>() };
        let remaining = it.remaining.get();
        if remaining == 0 {
            return Ok(None);
        }
        let current = it.next.get();
        it.remaining.set(remaining - 1);
        it.next.set(current + it.step);
        Ok(Some(from_i128(current)))
    }),
    ..TypeObject::new("range_iterator")
};

fn range_iter(v: Value) -> PyResult<Ref> {
    let r = range(v);
    let it = object::alloc(RangeIterator {
        header: ObjHeader::new(&RANGE_ITERATOR_TYPE),
        next: Cell::new(r.start),
        step: r.step,
        remaining: Cell::new(range_length(r)),
    });
    Ok(unsafe { Ref::from_owned(it) })
}

/// `range.__reduce__`: `(range, (start, stop, step))`.
fn range_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    crate::objects::method_args::no_args("__reduce__", a, k)?;
    let r = range(v);
    let bounds = [r.start, r.stop, r.step].map(from_i128).to_vec();
    Ok(crate::objects::tuple::new_tuple(vec![
        Ref::new(RANGE_TYPE.as_value()),
        crate::objects::tuple::new_tuple(bounds),
    ]))
}

/// The position of `x` in the range `v`, when `x` is an int it holds.
fn position_of(v: Value, x: Value) -> PyResult<Option<i128>> {
    let Some(i) = int::int_view(x) else {
        return Ok(None);
    };
    if !range_contains(v, x)? {
        return Ok(None);
    }
    let r = range(v);
    let i = match i {
        int::IntView::Small(i) => i128::from(i),
        int::IntView::Big(b) => i128::try_from(b).expect("a member fits the bounds"),
    };
    Ok(Some((i - r.start) / r.step))
}

/// `range.count(x)`: ints by arithmetic, other objects by equality with each member.
fn range_count(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = crate::builtins::args::exact("count", a, k, 1)?[0];
    if int::int_view(x).is_some() {
        return Ok(Ref::small_int(i64::from(range_contains(v, x)?)));
    }
    let items = crate::ops::collect(v)?;
    let count = crate::objects::sequence::count_equal(|i| items.get(i).cloned(), x)?;
    Ok(int::from_i64(count as i64))
}

/// `range.index(x)`.
fn range_index(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = crate::builtins::args::exact("index", a, k, 1)?[0];
    if int::int_view(x).is_some() {
        return match position_of(v, x)? {
            Some(i) => Ok(from_i128(i)),
            None => {
                let shown = crate::ops::repr(x)?;
                let shown = crate::objects::str::as_str(shown.value()).unwrap_or_default();
                Err(errors::value_error(format!("{shown} is not in range")))
            }
        };
    }
    let items = crate::ops::collect(v)?;
    for (i, item) in items.iter().enumerate() {
        if crate::objects::sequence::same_or_equal(item.value(), x)? {
            return Ok(int::from_i64(i as i64));
        }
    }
    Err(errors::value_error("sequence.index(x): x not in sequence"))
}

/// `reversed(range)`: the iterator that counts from the last member down.
pub fn reversed(v: Value) -> Ref {
    let r = range(v);
    let len = range_length(r);
    let it = object::alloc(RangeIterator {
        header: ObjHeader::new(&RANGE_ITERATOR_TYPE),
        next: Cell::new(r.start + (len - 1) * r.step),
        step: -r.step,
        remaining: Cell::new(len),
    });
    unsafe { Ref::from_owned(it) }
}

static RANGE_METHODS: [crate::objects::type_object::Method; 9] = [
    crate::objects::type_object::Method::new("__reduce__", range_reduce),
    crate::objects::type_object::Method::new("count", range_count),
    crate::objects::type_object::Method::new("index", range_index),
    crate::objects::type_object::Method::new("__reversed__", |v, a, k| {
        crate::objects::method_args::no_args("__reversed__", a, k)?;
        Ok(reversed(v))
    }),
    crate::objects::builtin_subclass::slots::BOOL,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
];

pub static RANGE_TYPE: TypeObject = TypeObject {
    methods: &RANGE_METHODS,
    dealloc: |v| unsafe { object::free::<RangeObject>(v) },
    repr: range_repr,
    len: Some(|v| range_len(range(v))),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(range_iter),
    construct: Some(range_construct),
    getattr: Some(|v, name| {
        let r = range(v);
        Ok(match name {
            "start" => Some(from_i128(r.start)),
            "stop" => Some(from_i128(r.stop)),
            "step" => Some(from_i128(r.step)),
            _ => None,
        })
    }),
    members: &["start", "stop", "step"],
    getattr_only_members: true,
    ..TypeObject::new("range")
};

pub fn is_range(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &RANGE_TYPE)
}
