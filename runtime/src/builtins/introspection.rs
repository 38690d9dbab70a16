//! The builtins that look at namespaces: `globals`, `locals`, `vars`, `dir`, and `__import__`.
//!
//! A compiled program has no frame objects to find the caller's namespaces in. Called by
//! name without arguments, these builtins are reached through `pl_call_introspective`, to
//! which the compiled caller passes its globals and locals; reached any other way, the
//! argument-less forms say so.

use crate::builtins::{args, Builtin};
use crate::errors::{self, PyResult};
use crate::modules::arguments;
use crate::object::Ref;
use crate::objects::exception::{ATTRIBUTE_ERROR, NOT_IMPLEMENTED_ERROR};
use crate::objects::list::new_list;
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::tuple_items;
use crate::objects::type_object::{TypeObject, OBJECT_TYPE, TYPE_TYPE};
use crate::objects::{cell, dict, list_sort, module};
use crate::ops::{self, type_of};
use crate::value::Value;

fn needs_caller(name: &str) -> errors::Raised {
    errors::raise(
        &NOT_IMPLEMENTED_ERROR,
        format!(
            "pylift: {name}() without arguments works only when called by its own name \
             (a compiled program has no frames to inspect)"
        ),
    )
}

pub static GLOBALS: Builtin = Builtin::new("globals", |a, k| {
    arguments::none("globals", a, k)?;
    Err(needs_caller("globals"))
});

pub static LOCALS: Builtin = Builtin::new("locals", |a, k| {
    arguments::none("locals", a, k)?;
    Err(needs_caller("locals"))
});

pub static VARS: Builtin = Builtin::new("vars", |a, k| {
    let a = arguments::positional("vars", a, k, 0, 1)?;
    let Some(&obj) = a.first() else {
        return Err(needs_caller("vars"));
    };
    match ops::get_attr(obj, new_str("__dict__").value()) {
        Ok(d) => Ok(d),
        Err(_) if errors::matches(&ATTRIBUTE_ERROR) => {
            errors::take();
            Err(errors::type_error(
                "vars() argument must have __dict__ attribute",
            ))
        }
        Err(raised) => Err(raised),
    }
});

pub static DIR: Builtin = Builtin::new("dir", |a, k| {
    let a = arguments::positional("dir", a, k, 0, 1)?;
    match a.first() {
        Some(&obj) => dir_of(obj),
        None => Err(needs_caller("dir")),
    }
});

pub static IMPORT: Builtin = Builtin::new("__import__", |a, k| {
    let bound = args::bind(
        "__import__",
        a,
        k,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let name = bound[0].unwrap();
    if as_str(name).is_none() {
        return Err(errors::type_error(format!(
            "__import__() argument 1 must be str, not {}",
            type_of(name).name
        )));
    }
    crate::modules::import(name)
});

pub static ALL: &[&Builtin] = &[&GLOBALS, &LOCALS, &VARS, &DIR, &IMPORT];

/// `callee()` for the compiled caller whose namespaces are `globals` and `locals`.
pub fn call(callee: Value, globals: Value, locals: Value) -> PyResult<Ref> {
    let is = |builtin: &Builtin| callee == Value::from_ptr(builtin);
    if is(&GLOBALS) {
        Ok(Ref::new(globals))
    } else if is(&LOCALS) || is(&VARS) {
        Ok(Ref::new(locals))
    } else if is(&DIR) {
        sorted_keys(locals)
    } else {
        ops::call(callee, &[], None)
    }
}

/// A function's bound variables as a new dict: `values` and then the contents of `cells`,
/// named by the tuple `names`; unbound ones are left out.
pub fn locals_dict(names: Value, values: &[Value], cells: &[Value]) -> PyResult<Ref> {
    let d = dict::new_dict();
    let names = tuple_items(names);
    let cell_values = cells
        .iter()
        .map(|&c| (!c.is_null() && cell::is_bound(c)).then(|| cell::get(c, "", false)));
    let plain = values
        .iter()
        .map(|&v| (!v.is_null()).then(|| Ok(Ref::new(v))));
    for (name, value) in names.iter().zip(plain.chain(cell_values)) {
        if let Some(value) = value {
            dict::set_item(d.value(), name.value(), value?.value())?;
        }
    }
    Ok(d)
}

fn sorted_keys(mapping: Value) -> PyResult<Ref> {
    let list = new_list(dict::items(mapping).into_iter().map(|(k, _)| k).collect());
    list_sort::sort_list(list.value(), None, false)?;
    Ok(list)
}

/// The attributes `object` itself has, as CPython 3.8's `dir(object())` lists them.
const OBJECT_ATTRIBUTES: [&str; 23] = [
    "__class__",
    "__delattr__",
    "__dir__",
    "__doc__",
    "__eq__",
    "__format__",
    "__ge__",
    "__getattribute__",
    "__gt__",
    "__hash__",
    "__init__",
    "__init_subclass__",
    "__le__",
    "__lt__",
    "__ne__",
    "__new__",
    "__reduce__",
    "__reduce_ex__",
    "__repr__",
    "__setattr__",
    "__sizeof__",
    "__str__",
    "__subclasshook__",
];

/// The attribute names of a class defined in Python whose layout is `object`'s: its
/// namespace and its bases', the descriptors CPython adds, and `object`'s.
fn class_attributes(ty: &'static TypeObject) -> Option<Vec<Ref>> {
    if !std::ptr::eq(ty.base_layout(), &OBJECT_TYPE) {
        return None;
    }
    let mut names: Vec<Ref> = OBJECT_ATTRIBUTES.iter().map(|n| new_str(n)).collect();
    for class in ty.resolution_order() {
        if class.is_heap() {
            names.extend(["__dict__", "__weakref__", "__module__"].map(new_str));
            names.extend(dict::items(class.dict.get()).into_iter().map(|(k, _)| k));
        }
    }
    // `type.__new__` takes `__qualname__` out of the namespace.
    names.retain(|n| as_str(n.value()) != Some("__qualname__"));
    Some(names)
}

/// `dir(obj)`: a user `__dir__`, or the attributes of modules, classes defined in Python and
/// their instances, sorted and without repeats.
fn dir_of(obj: Value) -> PyResult<Ref> {
    let ty = type_of(obj);
    if ty.is_heap() {
        if let Some(custom) = ty.lookup("__dir__")? {
            let names = ops::call(custom, &[obj], None)?;
            let list = new_list(Vec::new());
            crate::objects::list::extend(list.value(), names.value())?;
            list_sort::sort_list(list.value(), None, false)?;
            return Ok(list);
        }
    }
    let names = if std::ptr::eq(ty, &crate::objects::module::MODULE_TYPE) {
        Some(
            dict::items(module::dict_of(obj))
                .into_iter()
                .map(|(k, _)| k)
                .collect(),
        )
    } else if ty.is_subtype(&TYPE_TYPE) {
        class_attributes(unsafe { &*obj.as_ptr::<TypeObject>() })
    } else if ty.is_heap() {
        class_attributes(ty).map(|mut names| {
            if let Some(d) = crate::objects::class::instance_dict(obj, false) {
                names.extend(dict::items(d).into_iter().map(|(k, _)| k));
            }
            names
        })
    } else {
        None
    };
    let Some(names) = names else {
        return Err(errors::raise(
            &NOT_IMPLEMENTED_ERROR,
            format!("pylift: dir() of {} objects is not supported yet", ty.name),
        ));
    };
    let unique = crate::objects::set::new_set();
    for n in &names {
        crate::objects::set::add(unique.value(), n.value())?;
    }
    let list = new_list(Vec::new());
    crate::objects::list::extend(list.value(), unique.value())?;
    list_sort::sort_list(list.value(), None, false)?;
    Ok(list)
}
