//! Argument checks for the methods of builtin types and for builtin functions, with the
//! messages CPython 3.8 gives for each calling convention (`METH_NOARGS`, positional-only
//! ranges, keyword-only parameters). They complement `builtins::args`.

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::int::{int_view, saturating_i64};
use crate::objects::tuple::tuple_items;
use crate::value::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A method without parameters: `copy() takes no arguments (1 given)`.
pub fn no_args(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<()> {
    args::no_keywords(name, kwnames)?;
    if !args.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Between `min` and `max` positional arguments and no keywords (CPython's
/// `_PyArg_CheckPositional`): `pop expected at most 2 arguments, got 3`.
pub fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<Value>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args::no_keywords(name, kwnames)?;
    check_count(name, args.len(), min, max)?;
    Ok(args)
}

/// The count check of [`positional`] alone, for callers that take keywords too.
pub fn check_count(name: &str, given: usize, min: usize, max: usize) -> PyResult<()> {
    let (bound, wanted) = if given < min {
        (if min == max { "" } else { "at least " }, min)
    } else if given > max {
        (if min == max { "" } else { "at most " }, max)
    } else {
        return Ok(());
    };
    Err(errors::type_error(format!(
        "{name} expected {bound}{wanted} argument{}, got {given}",
        plural(wanted)
    )))
}

/// The arguments of a slot wrapper taking exactly `n` (CPython's `check_num_args`):
/// `list.__len__([], 1)` is `expected 0 arguments, got 1`.
pub fn slot_arguments<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<Value>,
    n: usize,
) -> PyResult<&'a [Value]> {
    no_wrapper_keywords(name, kwnames)?;
    if args.len() != n {
        return Err(errors::type_error(format!(
            "expected {n} argument{}, got {}",
            plural(n),
            args.len()
        )));
    }
    Ok(args)
}

/// The operand of a binary slot wrapper (`int.__divmod__`, `list.__iadd__`):
/// `expected 1 argument, got 2`.
pub fn slot_operand(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<Value> {
    Ok(slot_arguments(name, args, kwnames, 1)?[0])
}

/// The arguments of the slot wrappers CPython unpacks with an unnamed `PyArg_UnpackTuple`
/// (`list.__setitem__`, the sequence `__mul__`): ` expected 2 arguments, got 1`.
pub fn unnamed_slot_arguments<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<Value>,
    n: usize,
) -> PyResult<&'a [Value]> {
    no_wrapper_keywords(name, kwnames)?;
    check_count("", args.len(), n, n)?;
    Ok(args)
}

fn no_wrapper_keywords(name: &str, kwnames: Option<Value>) -> PyResult<()> {
    match kwnames {
        Some(names) if !tuple_items(names).is_empty() => Err(errors::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        ))),
        _ => Ok(()),
    }
}

/// The operand of an index-taking slot wrapper (`list.__imul__`), as a C `Py_ssize_t`.
pub fn index_sized_operand(v: Value) -> PyResult<i64> {
    let i = to_index(v, cannot_interpret)?;
    int_view(i.value())
        .and_then(|i| i.to_i64())
        .ok_or_else(|| errors::overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// Binds keyword arguments to keyword-only parameters `allowed` (`sort(*, key, reverse)`).
pub fn keyword_only(
    name: &str,
    keywords: &[(&str, Value)],
    allowed: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    if keywords.len() > allowed.len() {
        return Err(errors::type_error(format!(
            "{name}() takes at most {} keyword argument{} ({} given)",
            allowed.len(),
            plural(allowed.len()),
            keywords.len()
        )));
    }
    let mut bound = vec![None; allowed.len()];
    for (key, value) in keywords {
        match allowed.iter().position(|a| a == key) {
            Some(i) => bound[i] = Some(*value),
            None => {
                return Err(errors::type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    Ok(bound)
}

/// Whether the type of `v` implements `name`: for classes defined in Python, whether the
/// class defines it (their slots are all filled in and dispatch by name).
pub fn has_special(v: Value, name: &str, builtin_slot: bool) -> PyResult<bool> {
    let ty = crate::ops::type_of(v);
    if ty.is_heap() {
        return Ok(ty.lookup(name)?.is_some());
    }
    Ok(builtin_slot)
}

/// `v` as an int through `__index__` (CPython's `PyNumber_Index`): ints as they are, other
/// objects only if their type has `__index__`; `what` makes the TypeError's message from the
/// type's name otherwise.
pub fn to_index(v: Value, what: impl FnOnce(&str) -> String) -> PyResult<Ref> {
    if int_view(v).is_some() {
        return Ok(Ref::new(v));
    }
    let ty = crate::ops::type_of(v);
    let index = match ty.number.index {
        Some(index) if has_special(v, "__index__", true)? => index,
        _ => return Err(errors::type_error(what(ty.name))),
    };
    let r = index(v)?;
    if int_view(r.value()).is_none() {
        return Err(errors::type_error(format!(
            "__index__ returned non-int (type {})",
            crate::ops::type_of(r.value()).name
        )));
    }
    Ok(r)
}

/// Argument Clinic's name for the type of a wrong argument: None is "None", not "NoneType".
pub fn argument_type_name(v: Value) -> &'static str {
    if v == crate::objects::singletons::none() {
        "None"
    } else {
        crate::ops::type_of(v).name
    }
}

/// The message of an index that is not an integer.
pub fn cannot_interpret(name: &str) -> String {
    format!("'{name}' object cannot be interpreted as an integer")
}

/// Argument Clinic's first check of an integer argument: floats are refused by name.
fn refuse_float(v: Value) -> PyResult<()> {
    if crate::objects::float::float_value(v).is_some() {
        return Err(errors::type_error("integer argument expected, got float"));
    }
    Ok(())
}

/// An argument converted to a C `int` (CPython's `_PyLong_AsInt`), as `list.sort(reverse=)`
/// and `chr` take it.
pub fn c_int(v: Value) -> PyResult<i32> {
    refuse_float(v)?;
    let i = to_index(v, |name| {
        format!("an integer is required (got type {name})")
    })?;
    int_view(i.value())
        .and_then(|i| i.to_i64())
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| errors::overflow_error("Python int too large to convert to C int"))
}

/// An index argument converted to a C `Py_ssize_t`, as `list.pop` and `list.insert` take it.
pub fn ssize(v: Value) -> PyResult<i64> {
    refuse_float(v)?;
    let i = to_index(v, cannot_interpret)?;
    int_view(i.value())
        .and_then(|i| i.to_i64())
        .ok_or_else(|| errors::overflow_error("Python int too large to convert to C ssize_t"))
}

/// An index clamped to the `i64` range (big values saturate), as subscripts and slice bounds
/// take it: the caller treats saturated values as out of range.
pub fn clamped_index(v: Value, what: impl FnOnce(&str) -> String) -> PyResult<i64> {
    let i = to_index(v, what)?;
    Ok(saturating_i64(
        int_view(i.value()).expect("to_index gives an int"),
    ))
}

/// `args::bind`, counting keyword arguments as CPython does when there are too many in all:
/// `round(1.5, 2, ndigits=3)` takes at most 2 arguments (3 given).
pub fn bind<const N: usize>(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
    params: &[&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    if args.len() > params.len() {
        return Err(errors::type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            params.len(),
            plural(params.len()),
            args.len()
        )));
    }
    args::bind(name, args, kwnames, params, required)
}
