//! The `math` module.

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::float::{new_float, to_float};
use crate::objects::function::BuiltinFunction;
use crate::value::Value;

/// One float argument, one float result; NaN from a non-NaN argument is a domain error.
fn unary(name: &str, a: &[Value], k: Option<Value>, f: fn(f64) -> f64) -> PyResult<Ref> {
    let x = to_float(args::exact(name, a, k, 1)?[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(errors::value_error("math domain error"));
    }
    if r.is_infinite() && x.is_finite() {
        return Err(errors::overflow_error("math range error"));
    }
    Ok(new_float(r))
}

static FUNCTIONS: [BuiltinFunction; 3] = [
    BuiltinFunction::new("sqrt", |a, k| unary("sqrt", a, k, f64::sqrt)),
    BuiltinFunction::new("sin", |a, k| unary("sin", a, k, f64::sin)),
    BuiltinFunction::new("cos", |a, k| unary("cos", a, k, f64::cos)),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    super::add_value(m, "pi", new_float(std::f64::consts::PI))?;
    super::add_value(m, "e", new_float(std::f64::consts::E))?;
    super::add_value(m, "tau", new_float(std::f64::consts::TAU))?;
    super::add_value(m, "inf", new_float(f64::INFINITY))?;
    super::add_value(m, "nan", new_float(f64::NAN))?;
    Ok(())
}
