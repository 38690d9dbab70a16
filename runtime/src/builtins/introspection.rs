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
use crate::objects::attr_cache::static_name;
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

/// The attribute names of a builtin type: its namespace (methods and slot wrappers), the
/// members its `getattr` answers, and `__doc__`, which every type's namespace has.
fn builtin_type_attributes(ty: &'static TypeObject, names: &mut Vec<Ref>) -> PyResult<()> {
    let ns = crate::objects::metaclass::builtin_namespace(ty)?;
    names.extend(dict::items(ns.value()).into_iter().map(|(k, _)| k));
    names.extend(ty.members.iter().map(|n| new_str(n)));
    names.push(new_str("__doc__"));
    Ok(())
}

/// The attribute names of a class and its bases: the namespaces of classes defined in Python
/// (with the `__dict__` and `__weakref__` descriptors `type.__new__` adds where instances
/// get them) and of the builtin types.
fn class_attributes(ty: &'static TypeObject) -> PyResult<Vec<Ref>> {
    let mut names = Vec::new();
    for class in ty.resolution_order() {
        if !class.is_heap() {
            builtin_type_attributes(class, &mut names)?;
            continue;
        }
        let ns = class.dict.get();
        if dict::get_item(ns, new_str("__slots__").value())?.is_none() {
            names.push(new_str("__dict__"));
            if std::ptr::eq(class.base_layout(), &OBJECT_TYPE) {
                names.push(new_str("__weakref__"));
            }
        }
        // `type.__new__` takes `__qualname__` out of the namespace.
        names.extend(
            dict::items(ns)
                .into_iter()
                .map(|(k, _)| k)
                .filter(|k| as_str(k.value()) != Some("__qualname__")),
        );
    }
    Ok(names)
}

/// `object.__dir__(obj)`: the attributes of modules, classes and other objects, and those in
/// the instance's `__dict__`, unsorted and without repeats.
pub fn attribute_names(obj: Value) -> PyResult<Ref> {
    let ty = type_of(obj);
    let names = if std::ptr::eq(ty, &crate::objects::module::MODULE_TYPE) {
        dict::items(module::dict_of(obj))
            .into_iter()
            .map(|(k, _)| k)
            .collect()
    } else if ty.is_subtype(&TYPE_TYPE) {
        class_attributes(unsafe { &*obj.as_ptr::<TypeObject>() })?
    } else {
        let mut names = Vec::new();
        if ty.is_heap() {
            if let Some(d) = crate::objects::class::instance_dict(obj, false) {
                names.extend(dict::items(d).into_iter().map(|(k, _)| k));
            }
        }
        names.extend(class_attributes(ty)?);
        names
    };
    let unique = dict::new_dict();
    for n in &names {
        dict::set_item(
            unique.value(),
            n.value(),
            crate::objects::singletons::none(),
        )?;
    }
    Ok(new_list(
        dict::items(unique.value())
            .into_iter()
            .map(|(k, _)| k)
            .collect(),
    ))
}

/// `dir(obj)`: its `__dir__` (a class's own, else `object.__dir__`), sorted.
fn dir_of(obj: Value) -> PyResult<Ref> {
    let ty = type_of(obj);
    let names = match ty
        .is_heap()
        .then(|| ty.lookup(static_name!("__dir__")))
        .transpose()?
        .flatten()
    {
        Some(custom) => ops::call(custom, &[obj], None)?,
        None => attribute_names(obj)?,
    };
    let list = new_list(Vec::new());
    crate::objects::list::extend(list.value(), names.value())?;
    list_sort::sort_list(list.value(), None, false)?;
    Ok(list)
}
