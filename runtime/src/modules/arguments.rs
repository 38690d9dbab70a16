//! Argument conversion and binding shared by the builtin modules, with the messages of
//! CPython's C API (`PyFloat_AsDouble`, `PyNumber_Index`, Argument Clinic).

use crate::objects::attr_cache::static_name;
use dashu_int::IBig;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::float::float_value;
use crate::objects::int::{from_big, int_view};
use crate::ops::type_of;
use crate::value::Value;

/// A float argument (`PyFloat_AsDouble`): a float, an int converted exactly or with
/// OverflowError, anything with `__float__`, or else with `__index__`.
pub fn real(v: Value) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        return Ok(f);
    }
    if let Some(i) = int_view(v) {
        return i.to_f64();
    }
    let ty = type_of(v);
    if ty.is_heap()
        && ty.lookup(static_name!("__float__"))?.is_none()
        && ty.lookup(static_name!("__index__"))?.is_some()
    {
        let i = from_big(index(v)?);
        return int_view(i.value()).expect("an int").to_f64();
    }
    match type_of(v).number.float {
        Some(to_float) => to_float(v),
        None => Err(errors::type_error(format!(
            "must be real number, not {}",
            type_of(v).name
        ))),
    }
}

/// An integer argument (`PyNumber_Index`): an int, or anything with `__index__`.
pub fn index(v: Value) -> PyResult<IBig> {
    if let Some(i) = int_view(v) {
        return Ok(i.to_big());
    }
    let not_an_integer = || {
        errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(v).name
        ))
    };
    let to_index = type_of(v).number.index.ok_or_else(not_an_integer)?;
    let result: Ref = to_index(v)?;
    match int_view(result.value()) {
        Some(i) => Ok(i.to_big()),
        None => Err(errors::type_error(format!(
            "__index__ returned non-int (type {})",
            type_of(result.value()).name
        ))),
    }
}

/// A C `int` argument of Argument Clinic's `int` converter (floats are refused outright).
pub fn c_int(v: Value) -> PyResult<i64> {
    if float_value(v).is_some() {
        return Err(errors::type_error("integer argument expected, got float"));
    }
    let Some(i) = int_view(v) else {
        return Err(errors::type_error(format!(
            "an integer is required (got type {})",
            type_of(v).name
        )));
    };
    i.to_i64()
        .and_then(|n| i32::try_from(n).ok())
        .map(i64::from)
        .ok_or_else(|| errors::overflow_error("Python int too large to convert to C int"))
}

/// A function without parameters (`METH_NOARGS`).
pub fn none(name: &str, a: &[Value], kwnames: Option<Value>) -> PyResult<()> {
    args::no_keywords(name, kwnames)?;
    if !a.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() takes no arguments ({} given)",
            a.len()
        )));
    }
    Ok(())
}

/// Positional arguments only, between `min` and `max` of them (`_PyArg_CheckPositional`).
pub fn positional<'a>(
    name: &str,
    a: &'a [Value],
    kwnames: Option<Value>,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    args::no_keywords(name, kwnames)?;
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    if a.len() < min {
        let bound = if min == max { "" } else { "at least " };
        return Err(errors::type_error(format!(
            "{name} expected {bound}{min} argument{}, got {}",
            plural(min),
            a.len()
        )));
    }
    if a.len() > max {
        let bound = if min == max { "" } else { "at most " };
        return Err(errors::type_error(format!(
            "{name} expected {bound}{max} argument{}, got {}",
            plural(max),
            a.len()
        )));
    }
    Ok(a)
}

/// The count check of `PyArg_ParseTupleAndKeywords`, which counts keyword arguments too.
pub fn at_most(name: &str, a: &[Value], kwnames: Option<Value>, max: usize) -> PyResult<()> {
    let (positional, _) = args::split(a, kwnames);
    if a.len() > max {
        return Err(errors::type_error(format!(
            "{name}() takes at most {max} {}argument{} ({} given)",
            if positional.is_empty() {
                "keyword "
            } else {
                ""
            },
            if max == 1 { "" } else { "s" },
            a.len()
        )));
    }
    Ok(())
}

/// The parameters of a function with keyword-only ones, as Argument Clinic declares them.
pub struct Signature<'a> {
    pub name: &'a str,
    /// Positional parameters; an empty name is positional-only.
    pub positional: &'a [&'a str],
    /// How many of the positional parameters are required.
    pub required: usize,
    /// Optional keyword-only parameters.
    pub keyword_only: &'a [&'a str],
}

impl Signature<'_> {
    /// Binds arguments (`_PyArg_UnpackKeywords`): one slot per positional parameter, then one per
    /// keyword-only parameter.
    pub fn bind(&self, a: &[Value], kwnames: Option<Value>) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let (given, keywords) = args::split(a, kwnames);
        let max = self.positional.len();
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        if given.len() > max {
            let bound = if self.required < max {
                "at most"
            } else {
                "exactly"
            };
            return Err(errors::type_error(format!(
                "{name}() takes {bound} {max} positional argument{} ({} given)",
                plural(max),
                given.len()
            )));
        }
        let positional_only = self.positional.iter().take_while(|p| p.is_empty()).count();
        let required_positional_only = positional_only.min(self.required);
        if given.len() < required_positional_only {
            let bound = if required_positional_only < max {
                "at least"
            } else {
                "exactly"
            };
            return Err(errors::type_error(format!(
                "{name}() takes {bound} {required_positional_only} positional argument{} ({} given)",
                plural(required_positional_only),
                given.len()
            )));
        }
        let names: Vec<&str> = self
            .positional
            .iter()
            .chain(self.keyword_only)
            .copied()
            .collect();
        let mut bound: Vec<Option<Value>> = vec![None; names.len()];
        for (slot, v) in bound.iter_mut().zip(given) {
            *slot = Some(*v);
        }
        // Keywords fill the parameters not given by position; a keyword naming no free
        // parameter is reported after missing arguments, as CPython checks in that order.
        let mut misplaced = None;
        for (key, v) in keywords {
            match names.iter().position(|p| !p.is_empty() && *p == key) {
                Some(i) if i >= given.len() => bound[i] = Some(v),
                found => {
                    misplaced.get_or_insert((key, found));
                }
            }
        }
        if let Some(missing) = bound[..self.required].iter().position(Option::is_none) {
            return Err(errors::type_error(format!(
                "{name}() missing required argument '{}' (pos {})",
                names[missing],
                missing + 1
            )));
        }
        match misplaced {
            Some((key, Some(i))) => Err(errors::type_error(format!(
                "argument for {name}() given by name ('{key}') and position ({})",
                i + 1
            ))),
            Some((key, None)) => Err(errors::type_error(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            ))),
            None => Ok(bound),
        }
    }
}
