//! The iterators that may go on forever: `count`, `cycle` and `repeat`.

use std::cell::{Cell, RefCell};

use super::{bind, held};
use crate::errors::{self, PyResult};
use crate::format::is_number;
use crate::object::{ObjHeader, Ref};
use crate::objects::int::{self, int_view, IntView};
use crate::objects::iterators::{collectable, fields, into_object, iterator_type};
use crate::objects::method_args;
use crate::objects::sequence::repr_items;
use crate::objects::str::new_string;
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, BinaryOp};
use crate::value::Value;

// ----- count -----

#[repr(C)]
struct Count {
    header: ObjHeader,
    /// The value the next call returns.
    current: RefCell<Ref>,
    step: Ref,
}

collectable!(Count: current, step);

fn is_one(v: Value) -> bool {
    matches!(int_view(v), Some(IntView::Small(1)))
}

/// `count(start=0, step=1)`: any numbers, added with `+`.
fn count_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("count", a, k, &["start", "step"], 0, &[])?;
    for v in bound.iter().flatten() {
        if !is_number(*v)? {
            return Err(errors::type_error("a number is required"));
        }
    }
    let step = bound[1].map_or_else(|| Ref::small_int(1), Ref::new);
    let start = match bound[0] {
        None => Ref::small_int(0),
        // CPython counts an int start with a step of 1 in a C integer, so a bool start
        // comes out as the int it equals.
        Some(start) => match int_view(start) {
            Some(IntView::Small(i)) if is_one(step.value()) => int::from_i64(i),
            _ => Ref::new(start),
        },
    };
    Ok(into_object(Count {
        header: ObjHeader::new(&COUNT_TYPE),
        current: RefCell::new(start),
        step,
    }))
}

fn count_next(v: Value) -> PyResult<Option<Ref>> {
    let c = fields::<Count>(v);
    let current = held(&c.current);
    let following = ops::binary_op(current.value(), c.step.value(), BinaryOp::Add)?;
    c.current.replace(following);
    Ok(Some(current))
}

/// `count(5)`, `count(1.5, 0.5)`: the step shows unless it is the int 1.
fn count_repr(v: Value) -> PyResult<Ref> {
    let c = fields::<Count>(v);
    let current = held(&c.current);
    let shown = if is_one(c.step.value()) {
        vec![current]
    } else {
        vec![current, c.step.clone()]
    };
    Ok(new_string(repr_items("count(", &shown, ")")?))
}

pub(super) static COUNT_TYPE: TypeObject = TypeObject {
    repr: count_repr,
    construct: Some(count_new),
    ..iterator_type::<Count>("itertools.count", count_next)
};

// ----- cycle -----

#[repr(C)]
struct Cycle {
    header: ObjHeader,
    /// `None` once the first pass is over.
    source: RefCell<Option<Ref>>,
    /// The items of the first pass, given again in turn afterwards.
    saved: RefCell<Vec<Ref>>,
    replay_index: Cell<usize>,
}

collectable!(Cycle: source, saved);

fn cycle_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("cycle", a, k, 1, 1)?;
    Ok(into_object(Cycle {
        header: ObjHeader::new(&CYCLE_TYPE),
        source: RefCell::new(Some(ops::iter(a[0])?)),
        saved: RefCell::new(Vec::new()),
        replay_index: Cell::new(0),
    }))
}

fn cycle_next(v: Value) -> PyResult<Option<Ref>> {
    let c = fields::<Cycle>(v);
    let source = held(&c.source);
    if let Some(source) = source {
        if let Some(item) = ops::next(source.value())? {
            c.saved.borrow_mut().push(item.clone());
            return Ok(Some(item));
        }
        c.source.take();
    }
    let saved = c.saved.borrow();
    if saved.is_empty() {
        return Ok(None);
    }
    let index = c.replay_index.get();
    c.replay_index.set((index + 1) % saved.len());
    Ok(Some(saved[index].clone()))
}

pub(super) static CYCLE_TYPE: TypeObject = TypeObject {
    construct: Some(cycle_new),
    ..iterator_type::<Cycle>("itertools.cycle", cycle_next)
};

// ----- repeat -----

#[repr(C)]
struct Repeat {
    header: ObjHeader,
    element: Ref,
    /// How many more times to give the element; `None`: forever.
    remaining: Cell<Option<i64>>,
}

collectable!(Repeat: element);

/// `repeat(object, times=None)`; a negative `times` repeats no times.
fn repeat_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("repeat", a, k, &["object", "times"], 1, &[])?;
    let remaining = match bound[1] {
        Some(times) => Some(method_args::ssize(times)?.max(0)),
        None => None,
    };
    Ok(into_object(Repeat {
        header: ObjHeader::new(&REPEAT_TYPE),
        element: Ref::new(bound[0].expect("object is required")),
        remaining: Cell::new(remaining),
    }))
}

fn repeat_next(v: Value) -> PyResult<Option<Ref>> {
    let r = fields::<Repeat>(v);
    match r.remaining.get() {
        Some(0) => return Ok(None),
        Some(n) => r.remaining.set(Some(n - 1)),
        None => {}
    }
    Ok(Some(r.element.clone()))
}

/// `repeat('a', 3)`, or `repeat('a')` when it repeats forever.
fn repeat_repr(v: Value) -> PyResult<Ref> {
    let r = fields::<Repeat>(v);
    let mut shown = vec![r.element.clone()];
    shown.extend(r.remaining.get().map(int::from_i64));
    Ok(new_string(repr_items("repeat(", &shown, ")")?))
}

fn repeat_length_hint(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("__length_hint__", a, k)?;
    match fields::<Repeat>(v).remaining.get() {
        Some(n) => Ok(int::from_i64(n)),
        None => Err(errors::type_error("len() of unsized object")),
    }
}

pub(super) static REPEAT_TYPE: TypeObject = TypeObject {
    repr: repeat_repr,
    construct: Some(repeat_new),
    methods: &[Method::new("__length_hint__", repeat_length_hint)],
    ..iterator_type::<Repeat>("itertools.repeat", repeat_next)
};
