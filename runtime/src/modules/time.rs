//! The `time` module.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::builtins::args;
use crate::errors::PyResult;
use crate::objects::float::new_float;
use crate::objects::function::BuiltinFunction;
use crate::value::Value;

static FUNCTIONS: [BuiltinFunction; 1] = [BuiltinFunction::new("time", |a, k| {
    args::exact("time", a, k, 0)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Ok(new_float(now.as_secs_f64()))
})];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)
}
