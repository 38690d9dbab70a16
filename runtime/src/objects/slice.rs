//! slice objects (`x[a:b:c]`) and their resolution against a sequence length.

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::{self, int_view, IntView};
use crate::objects::sequence;
use crate::objects::singletons::{bool_ref, none, not_implemented};
use crate::objects::str::new_string;
use crate::objects::type_object::{CompareOp, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct SliceObject {
    header: ObjHeader,
    start: Ref,
    stop: Ref,
    step: Ref,
}

pub fn new_slice(start: Value, stop: Value, step: Value) -> Ref {
    let v = object::alloc(SliceObject {
        header: ObjHeader::new(&SLICE_TYPE),
        start: Ref::new(start),
        stop: Ref::new(stop),
        step: Ref::new(step),
    });
    unsafe { Ref::from_owned(v) }
}

pub fn is_slice(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &SLICE_TYPE)
}

fn slice(v: Value) -> &'static SliceObject {
    unsafe { &*v.as_ptr::<SliceObject>() }
}

/// A slice resolved against a length: the first index, the step and how many items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SliceIndices {
    pub start: i64,
    pub step: i64,
    pub len: usize,
}

impl SliceIndices {
    /// The indices the slice selects, in order.
    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

fn bound_value(v: Value) -> PyResult<Option<i64>> {
    if v == none() {
        return Ok(None);
    }
    if let Some(i) = int_view(v) {
        return Ok(Some(int::saturating_i64(i)));
    }
    let i = crate::objects::method_args::to_index(v, |_| {
        "slice indices must be integers or None or have an __index__ method".to_string()
    })?;
    Ok(Some(int::saturating_i64(int_view(i.value()).unwrap())))
}

/// CPython's `PySlice_GetIndicesEx`: clamps start and stop into range for the step's direction.
pub fn indices(v: Value, length: usize) -> PyResult<SliceIndices> {
    let (start, stop, step) = clamped_bounds(v, length)?;
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok(SliceIndices {
        start,
        step,
        len: count as usize,
    })
}

/// Start, stop and step against a sequence of `length` items (`slice.indices`).
pub fn clamped_bounds(v: Value, length: usize) -> PyResult<(i64, i64, i64)> {
    let s = slice(v);
    let step = bound_value(s.step.value())?.unwrap_or(1);
    if step == 0 {
        return Err(errors::value_error("slice step cannot be zero"));
    }
    let len = length as i64;
    let clamp = |bound: Option<i64>, default: i64| -> i64 {
        match bound {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i = i.saturating_add(len);
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= len {
                    i = if step < 0 { len - 1 } else { len };
                }
                i
            }
        }
    };
    let (start, stop) = if step < 0 {
        (
            clamp(bound_value(s.start.value())?, len - 1),
            clamp(bound_value(s.stop.value())?, -1),
        )
    } else {
        (
            clamp(bound_value(s.start.value())?, 0),
            clamp(bound_value(s.stop.value())?, len),
        )
    };
    Ok((start, stop, step))
}

/// `slice.indices(length)`.
fn slice_indices(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let length = crate::builtins::args::exact("indices", a, k, 1)?[0];
    let length = crate::objects::method_args::to_index(
        length,
        crate::objects::method_args::cannot_interpret,
    )?;
    let length = int::saturating_i64(int_view(length.value()).unwrap());
    if length < 0 {
        return Err(errors::value_error("length should not be negative"));
    }
    let (start, stop, step) = clamped_bounds(v, length as usize)?;
    Ok(crate::objects::tuple::new_tuple(
        [start, stop, step].map(int::from_i64).to_vec(),
    ))
}

/// Whether an int view is a valid index type (for types whose `getitem` takes ints or slices).
pub fn is_index(v: Value) -> Option<IntView<'static>> {
    int_view(v)
}

fn slice_repr(v: Value) -> PyResult<Ref> {
    let s = slice(v);
    let part = |x: &Ref| -> PyResult<String> {
        ops::repr(x.value()).map(|r| crate::objects::str::as_str(r.value()).unwrap().to_string())
    };
    Ok(new_string(format!(
        "slice({}, {}, {})",
        part(&s.start)?,
        part(&s.stop)?,
        part(&s.step)?
    )))
}

fn slice_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("slice", kwnames)?;
    let n = none();
    match args {
        [stop] => Ok(new_slice(n, *stop, n)),
        [start, stop] => Ok(new_slice(*start, *stop, n)),
        [start, stop, step] => Ok(new_slice(*start, *stop, *step)),
        [] => Err(errors::type_error(
            "slice expected at least 1 arguments, got 0",
        )),
        _ => Err(errors::type_error(format!(
            "slice expected at most 3 arguments, got {}",
            args.len()
        ))),
    }
}

/// Slices compare as their `(start, stop, step)` tuples; a slice equals itself even when a
/// bound does not (CPython's identity shortcut).
fn slice_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_slice(b) {
        return Ok(not_implemented());
    }
    if a == b {
        return Ok(bool_ref(matches!(
            op,
            CompareOp::Le | CompareOp::Ge | CompareOp::Eq
        )));
    }
    let bounds = |s: &SliceObject| [s.start.clone(), s.stop.clone(), s.step.clone()];
    sequence::compare_items(&bounds(slice(a)), &bounds(slice(b)), op)
}

static SLICE_METHODS: [crate::objects::type_object::Method; 2] = [
    crate::objects::type_object::Method::new("__reduce__", crate::objects::reduce::slice_reduce),
    crate::objects::type_object::Method::new("indices", slice_indices),
];

pub static SLICE_TYPE: TypeObject = TypeObject {
    methods: &SLICE_METHODS,
    dealloc: |v| unsafe { object::free::<SliceObject>(v) },
    repr: slice_repr,
    hash: None,
    richcompare: Some(slice_richcompare),
    construct: Some(slice_construct),
    members: &["start", "stop", "step"],
    getattr: Some(|v, name| {
        let s = slice(v);
        Ok(match name {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        })
    }),
    ..TypeObject::new("slice")
};
