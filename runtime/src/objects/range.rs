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
        int::IntView::Big(b) => num_traits::ToPrimitive::to_i128(b).ok_or_else(|| {
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
    let v = object::alloc(RangeObject {
        header: ObjHeader::new(&RANGE_TYPE),
        start,
        stop,
        step,
    });
    Ok(unsafe { Ref::from_owned(v) })
}

fn range_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let r = range(v);
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
        int::IntView::Big(b) => match num_traits::ToPrimitive::to_i128(b) {
            Some(v) => v,
            None => return Ok(false),
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

pub static RANGE_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<RangeObject>(v) },
    repr: range_repr,
    len: Some(|v| range_len(range(v))),
    getitem: Some(range_getitem),
    contains: Some(range_contains),
    iter: Some(range_iter),
    construct: Some(range_construct),
    ..TypeObject::new("range")
};

pub fn is_range(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &RANGE_TYPE)
}
