//! Builtin modules (written in Rust) and the import machinery for them.
//!
//! Architecture invariant: `BUILTIN_MODULES` is the one list of modules the runtime provides;
//! the compiler reads it to decide at compile time which imports resolve.

mod arguments;
mod gc;
mod libm;
mod math;
mod math_gamma;
mod math_integer;
pub mod stdio;
mod struct_sequence;
mod sys;
mod time;

pub use sys::{read_environment, set_argv};

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::exception::IMPORT_ERROR;
use crate::objects::module::{self, new_module};
use crate::objects::str::{as_str, new_str};
use crate::objects::{dict, function::BuiltinFunction};
use crate::value::Value;

/// A module's name and the function that fills a new module object with its members.
pub struct BuiltinModule {
    pub name: &'static str,
    pub init: fn(Value) -> PyResult<()>,
}

pub static BUILTIN_MODULES: &[BuiltinModule] = &[
    BuiltinModule {
        name: "gc",
        init: gc::init,
    },
    BuiltinModule {
        name: "math",
        init: math::init,
    },
    BuiltinModule {
        name: "sys",
        init: sys::init,
    },
    BuiltinModule {
        name: "time",
        init: time::init,
    },
];

/// Whether `name` is a module the runtime provides.
pub fn is_builtin_module(name: &str) -> bool {
    BUILTIN_MODULES.iter().any(|m| m.name == name)
}

struct ModulesDict(Cell<Value>);
unsafe impl Sync for ModulesDict {}

/// `sys.modules`.
static MODULES: ModulesDict = ModulesDict(Cell::new(Value::NULL));

/// Drops `sys.modules` and the modules in it, at shutdown.
pub fn release_modules() {
    let modules = MODULES.0.replace(Value::NULL);
    if !modules.is_null() {
        dict::clear(modules);
        crate::object::decref(modules);
    }
    sys::release();
}

pub fn modules_dict() -> Value {
    if MODULES.0.get().is_null() {
        MODULES.0.set(dict::new_dict().into_raw());
    }
    MODULES.0.get()
}

/// `import name`: the module from `sys.modules`, made and initialised on first import.
pub fn import(name: Value) -> PyResult<Ref> {
    let modules = modules_dict();
    if let Some(m) = dict::get_item(modules, name)? {
        return Ok(Ref::new(m));
    }
    let text = as_str(name).unwrap_or("");
    let Some(builtin) = BUILTIN_MODULES.iter().find(|m| m.name == text) else {
        return Err(errors::raise(
            &crate::objects::exception::MODULE_NOT_FOUND_ERROR,
            format!("No module named '{text}'"),
        ));
    };
    let m = new_module(builtin.name)?;
    dict::set_item(modules, name, m.value())?;
    (builtin.init)(m.value())?;
    Ok(m)
}

/// `from module import name`.
pub fn import_from(m: Value, name: Value) -> PyResult<Ref> {
    let text = as_str(name).unwrap_or("");
    match dict::get_item(module::dict_of(m), name)? {
        Some(v) => Ok(Ref::new(v)),
        None => Err(errors::raise(
            &IMPORT_ERROR,
            format!(
                "cannot import name '{text}' from '{}' (unknown location)",
                module::name(m)
            ),
        )),
    }
}

/// `from module import *` into a globals dict: every public name (or `__all__`).
pub fn import_star(m: Value, globals: Value) -> PyResult<()> {
    for (key, value) in dict::items(module::dict_of(m)) {
        if as_str(key.value()).is_some_and(|k| !k.starts_with('_')) {
            dict::set_item(globals, key.value(), value.value())?;
        }
    }
    Ok(())
}

/// Adds builtin functions to a module.
pub fn add_functions(m: Value, functions: &'static [BuiltinFunction]) -> PyResult<()> {
    for f in functions {
        module::add(m, f.name, Value::from_ptr(f))?;
    }
    Ok(())
}

pub fn add_value(m: Value, name: &str, value: Ref) -> PyResult<()> {
    module::add(m, name, value.value())
}

pub fn add_str(m: Value, name: &str, text: &str) -> PyResult<()> {
    module::add(m, name, new_str(text).value())
}
