//! The `itertools` module: CPython 3.8's iterator building blocks, each a lazy iterator type
//! that pulls from its sources only when asked for an item.
//!
//! The types are named as CPython names them (`itertools.count`), which is what their
//! instances' default repr and error messages show. One file per family: `infinite.rs`
//! (count, cycle, repeat), `terminating.rs` (those that stop with their shortest or longest
//! input), `combinatoric.rs` (product, permutations, combinations), `groupby.rs` and `tee.rs`.

mod combinatoric;
mod groupby;
mod infinite;
mod tee;
mod terminating;

use std::cell::RefCell;

use super::arguments::{self, Signature};
use crate::errors::PyResult;
use crate::object::Ref;
use crate::objects::function::BuiltinFunction;
use crate::objects::type_object::TypeObject;
use crate::value::Value;

/// The types the module exports, under the names after their dot.
static TYPES: [&TypeObject; 19] = [
    &terminating::ACCUMULATE_TYPE,
    &combinatoric::COMBINATIONS_TYPE,
    &combinatoric::COMBINATIONS_WITH_REPLACEMENT_TYPE,
    &infinite::CYCLE_TYPE,
    &terminating::DROPWHILE_TYPE,
    &terminating::TAKEWHILE_TYPE,
    &terminating::ISLICE_TYPE,
    &terminating::STARMAP_TYPE,
    &terminating::CHAIN_TYPE,
    &terminating::COMPRESS_TYPE,
    &terminating::FILTERFALSE_TYPE,
    &infinite::COUNT_TYPE,
    &terminating::ZIP_LONGEST_TYPE,
    &combinatoric::PERMUTATIONS_TYPE,
    &combinatoric::PRODUCT_TYPE,
    &infinite::REPEAT_TYPE,
    &groupby::GROUPBY_TYPE,
    &groupby::GROUPER_TYPE,
    &tee::TEE_TYPE,
];

static FUNCTIONS: [BuiltinFunction; 1] = [BuiltinFunction::new("tee", tee::tee)];

pub fn init(m: Value) -> PyResult<()> {
    for ty in TYPES {
        let name = ty.name.strip_prefix("itertools.").unwrap_or(ty.name);
        super::add_value(m, name, Ref::new(ty.as_value()))?;
    }
    super::add_functions(m, &FUNCTIONS)
}

/// A copy of what a field holds. Taking it in a call of its own ends the borrow before the
/// caller runs Python code, which may reach the same field again.
fn held<T: Clone>(field: &RefCell<T>) -> T {
    field.borrow().clone()
}

/// Binds arguments to positional-or-keyword parameters, then keyword-only ones, checking them
/// in CPython's order: too many arguments, then missing ones, then keywords that name no free
/// parameter.
fn bind(
    name: &str,
    a: &[Value],
    k: Option<Value>,
    positional: &[&str],
    required: usize,
    keyword_only: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    arguments::at_most(name, a, k, positional.len() + keyword_only.len())?;
    Signature {
        name,
        positional,
        required,
        keyword_only,
    }
    .bind(a, k)
}
