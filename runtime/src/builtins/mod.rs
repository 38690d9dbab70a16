//! The `builtins` module: functions written in Rust and the builtin types.

pub mod args;
pub(crate) mod functions;
pub mod introspection;

use std::cell::Cell;

use crate::errors::PyResult;
use crate::objects::function::BuiltinFunction;
use crate::objects::str::new_str;
use crate::objects::type_object::TypeObject;
use crate::objects::{dict, exception, os_error};
use crate::value::Value;

#[repr(transparent)]
pub struct BuiltinsDict(Cell<Value>);
unsafe impl Sync for BuiltinsDict {}

/// The builtins dict; generated code reads it (`abi::data::BUILTINS`) for the global cache.
#[export_name = "pl_builtins"]
pub static BUILTINS: BuiltinsDict = BuiltinsDict(Cell::new(Value::NULL));

pub fn builtins_dict() -> Value {
    BUILTINS.0.get()
}

/// Drops the builtins dict, at shutdown.
pub fn release() {
    let d = BUILTINS.0.replace(Value::NULL);
    if !d.is_null() {
        dict::clear(d);
        crate::object::decref(d);
    }
}

fn types() -> [&'static TypeObject; 25] {
    use crate::objects::*;
    [
        &int::INT_TYPE,
        &singletons::BOOL_TYPE,
        &float::FLOAT_TYPE,
        &complex::COMPLEX_TYPE,
        &str::STR_TYPE,
        &bytes::BYTES_TYPE,
        &bytearray::BYTEARRAY_TYPE,
        &memoryview::MEMORYVIEW_TYPE,
        &list::LIST_TYPE,
        &tuple::TUPLE_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &range::RANGE_TYPE,
        &slice::SLICE_TYPE,
        &type_object::OBJECT_TYPE,
        &class::PROPERTY_TYPE,
        &class::STATICMETHOD_TYPE,
        &class::CLASSMETHOD_TYPE,
        &class::SUPER_TYPE,
        &iterators::ENUMERATE_TYPE,
        &iterators::ZIP_TYPE,
        &iterators::MAP_TYPE,
        &iterators::FILTER_TYPE,
        &iterators::REVERSED_TYPE,
    ]
}

/// Whether `f` is one of the builtins module's functions.
pub fn is_builtins_function(f: &BuiltinFunction) -> bool {
    let all = functions::ALL.iter().chain(introspection::ALL);
    all.copied().any(|b| std::ptr::eq(b, f))
}

/// Creates the builtins dict; called once at start-up.
pub fn init() -> PyResult<()> {
    let d = dict::new_dict();
    let add = |name: &str, v: Value| dict::set_item(d.value(), new_str(name).value(), v);
    for f in functions::ALL.iter().chain(introspection::ALL) {
        add(f.name, Value::from_ptr(*f))?;
    }
    let exceptions = exception::ALL.iter().chain(os_error::ALL);
    for ty in types().into_iter().chain(exceptions.copied()) {
        add(ty.name, ty.as_value())?;
    }
    // 3.8's other names of OSError.
    add("EnvironmentError", os_error::OS_ERROR.as_value())?;
    add("IOError", os_error::OS_ERROR.as_value())?;
    add("type", crate::objects::type_object::TYPE_TYPE.as_value())?;
    add("None", crate::objects::singletons::none())?;
    add("True", crate::objects::singletons::bool_value(true))?;
    add("False", crate::objects::singletons::bool_value(false))?;
    add(
        "NotImplemented",
        Value::from_ptr(&crate::objects::singletons::pl_NotImplemented),
    )?;
    add(
        "Ellipsis",
        Value::from_ptr(&crate::objects::singletons::pl_Ellipsis),
    )?;
    BUILTINS.0.set(d.into_raw());
    Ok(())
}

pub(crate) type Builtin = BuiltinFunction;
