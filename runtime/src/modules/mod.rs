//! Builtin modules (written in Rust) and the import machinery for them and for the program's
//! own modules, which the compiler resolved and compiled into the executable (DESIGN §4).
//!
//! Architecture invariant: `BUILTIN_MODULES` is the one list of modules the runtime provides;
//! the compiler reads it to decide at compile time which imports resolve.

pub(crate) mod arguments;
mod collections;
mod gc;
mod itertools;
pub(crate) mod libm;
mod math;
mod math_gamma;
mod math_integer;
pub mod python_lib;
pub(crate) mod random;
mod sha512;
pub mod stdio;
mod struct_sequence;
pub(crate) mod sys;
mod time;
mod weakref;

pub use sys::{read_environment, set_argv};

use std::cell::{Cell, RefCell};

use crate::errors::{self, PyResult};
use crate::module::ModuleInfo;
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
        name: "_collections",
        init: collections::init,
    },
    BuiltinModule {
        name: "_random",
        init: random::init,
    },
    BuiltinModule {
        name: "_weakref",
        init: weakref::init,
    },
    BuiltinModule {
        name: "gc",
        init: gc::init,
    },
    BuiltinModule {
        name: "itertools",
        init: itertools::init,
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

/// The program's own modules, compiled into the executable, in the order the compiler found
/// them; set at start-up.
struct ProgramModules(Cell<&'static [&'static ModuleInfo]>);
unsafe impl Sync for ProgramModules {}

static PROGRAM_MODULES: ProgramModules = ProgramModules(Cell::new(&[]));

/// The modules whose bodies are running, innermost last: a circular import finds them in
/// `sys.modules` partly initialised, and CPython's ImportError says so.
struct Initializing(RefCell<Vec<Value>>);
unsafe impl Sync for Initializing {}

static INITIALIZING: Initializing = Initializing(RefCell::new(Vec::new()));

pub fn set_program_modules(modules: &'static [&'static ModuleInfo]) {
    PROGRAM_MODULES.0.set(modules);
}

fn program_module(name: &str) -> Option<&'static ModuleInfo> {
    PROGRAM_MODULES
        .0
        .get()
        .iter()
        .copied()
        .find(|m| m.name.as_str() == name)
}

/// At exit, after the main module's globals: empties the globals of the imported modules,
/// the last imported first, which releases what they hold (running `__del__` methods) and
/// breaks the cycles between modules that import each other.
pub fn clear_program_module_globals() {
    for info in PROGRAM_MODULES.0.get().iter().rev() {
        let globals = unsafe { *info.globals };
        if !globals.is_null() {
            dict::clear(globals);
        }
    }
}

/// Drops `sys.modules` and the modules in it, at shutdown.
pub fn release_modules() {
    let modules = MODULES.0.replace(Value::NULL);
    if !modules.is_null() {
        dict::clear(modules);
        crate::object::decref(modules);
    }
    for info in PROGRAM_MODULES.0.get() {
        let globals = unsafe { std::mem::replace(&mut *info.globals, Value::NULL) };
        if !globals.is_null() {
            dict::clear(globals);
            crate::object::decref(globals);
        }
    }
    sys::release();
    crate::gc::release();
}

pub fn modules_dict() -> Value {
    if MODULES.0.get().is_null() {
        MODULES.0.set(dict::new_dict().into_raw());
    }
    MODULES.0.get()
}

/// `import name` (a dotted name imports its parents first): the module from `sys.modules`,
/// made and initialised on first import. The program's own modules come before the runtime's,
/// because the compiler resolved the name to the program's file when there is one.
pub fn import(name: Value) -> PyResult<Ref> {
    let modules = modules_dict();
    if let Some(m) = dict::get_item(modules, name)? {
        return Ok(Ref::new(m));
    }
    let text = as_str(name).unwrap_or("");
    let parent = match text.rsplit_once('.') {
        Some((parent_name, child_name)) => {
            let parent = import(new_str(parent_name).value())?;
            // The parent's body may have imported this module.
            if let Some(m) = dict::get_item(modules, name)? {
                return Ok(Ref::new(m));
            }
            Some((parent, child_name))
        }
        None => None,
    };
    let m = if let Some(info) = program_module(text) {
        load_program_module(info, name)?
    } else if let Some(builtin) = BUILTIN_MODULES.iter().find(|m| m.name == text) {
        let m = new_module(builtin.name)?;
        dict::set_item(modules, name, m.value())?;
        (builtin.init)(m.value())?;
        m
    } else {
        return Err(errors::raise(
            &crate::objects::exception::MODULE_NOT_FOUND_ERROR,
            format!("No module named '{text}'"),
        ));
    };
    // A submodule is an attribute of its package once loaded.
    if let Some((parent, child_name)) = parent {
        module::add(parent.value(), child_name, m.value())?;
    }
    Ok(m)
}

/// Puts the script's module in `sys.modules` as `__main__`, with its `__file__`, before its
/// body runs.
pub fn register_main_module(info: &ModuleInfo) -> PyResult<()> {
    let globals = unsafe { *info.globals };
    dict::set_item(
        globals,
        new_str("__file__").value(),
        new_str(info.filename.as_str()).value(),
    )?;
    let name = new_str("__main__");
    let m = module::module_with_dict(Ref::new(name.value()), Ref::new(globals));
    dict::set_item(modules_dict(), name.value(), m.value())
}

/// Runs a compiled module's body on a new module whose dict is its globals. The module is in
/// `sys.modules` while the body runs, so imports that come back to it find it; a body that
/// raises takes it out again, so that a later import runs the body anew, as in CPython.
fn load_program_module(info: &'static ModuleInfo, name: Value) -> PyResult<Ref> {
    unsafe { crate::module::init_module(info) }?;
    let globals = Ref::new(unsafe { *info.globals });
    dict::set_item(
        globals.value(),
        new_str("__file__").value(),
        new_str(info.filename.as_str()).value(),
    )?;
    let m = module::module_with_dict(Ref::new(name), globals);
    let modules = modules_dict();
    dict::set_item(modules, name, m.value())?;
    INITIALIZING.0.borrow_mut().push(m.value());
    let result = unsafe { (info.body)() };
    INITIALIZING.0.borrow_mut().pop();
    if result.is_null() {
        // The exception raised stays set: removing a str key cannot raise another.
        let _ = dict::del_item(modules, name);
        return Err(errors::Raised);
    }
    crate::object::decref(result);
    Ok(m)
}

/// `from module import name`: the attribute, else the submodule `module.name` (imported now
/// if it is one of the program's modules, as CPython's `_handle_fromlist` does).
pub fn import_from(m: Value, name: Value) -> PyResult<Ref> {
    if let Some(v) = dict::get_item(module::dict_of(m), name)? {
        return Ok(Ref::new(v));
    }
    let text = as_str(name).unwrap_or("");
    let full_name = format!("{}.{text}", module::name(m));
    if program_module(&full_name).is_some() {
        return import(new_str(&full_name).value());
    }
    if let Some(submodule) = dict::get_item(modules_dict(), new_str(&full_name).value())? {
        return Ok(Ref::new(submodule));
    }
    let location =
        match dict::get_item(module::dict_of(m), new_str("__file__").value())?.and_then(as_str) {
            Some(file) => file.to_string(),
            None => "unknown location".to_string(),
        };
    let initializing = INITIALIZING.0.borrow().contains(&m);
    let module_name = module::name(m);
    let message = if initializing {
        format!(
            "cannot import name '{text}' from partially initialized module '{module_name}' \
             (most likely due to a circular import) ({location})"
        )
    } else {
        format!("cannot import name '{text}' from '{module_name}' ({location})")
    };
    Err(errors::raise(&IMPORT_ERROR, message))
}

/// `from module import *` into a globals dict: the names in the module's `__all__`, or else
/// every name in its dict that does not start with an underscore.
pub fn import_star(m: Value, globals: Value) -> PyResult<()> {
    let all_name = new_str("__all__");
    let Some(all) = dict::get_item(module::dict_of(m), all_name.value())? else {
        for (key, value) in dict::items(module::dict_of(m)) {
            let Some(key_text) = as_str(key.value()) else {
                return Err(errors::type_error(format!(
                    "Key in {}.__dict__ must be str, not {}",
                    module::name(m),
                    crate::ops::type_of(key.value()).name
                )));
            };
            if !key_text.starts_with('_') {
                dict::set_item(globals, key.value(), value.value())?;
            }
        }
        return Ok(());
    };
    for name in crate::ops::collect(all)? {
        if as_str(name.value()).is_none() {
            return Err(errors::type_error(format!(
                "Item in {}.__all__ must be str, not {}",
                module::name(m),
                crate::ops::type_of(name.value()).name
            )));
        }
        let value = crate::ops::get_attr(m, name.value())?;
        dict::set_item(globals, name.value(), value.value())?;
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
