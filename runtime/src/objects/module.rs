//! Module objects: a name and a dict of members, read through attribute access.

use crate::errors::PyResult;
use crate::object::{self, ObjHeader, Ref};
use crate::objects::dict;
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::type_object::TypeObject;
use crate::value::Value;

#[repr(C)]
pub struct ModuleObject {
    header: ObjHeader,
    name: Ref,
    dict: Ref,
}

/// A module with an empty dict but for `__name__`.
pub fn new_module(name: &str) -> PyResult<Ref> {
    let d = dict::new_dict();
    let name = new_str(name);
    dict::set_item(d.value(), new_str("__name__").value(), name.value())?;
    Ok(module_with_dict(name, d))
}

/// A module whose members are `dict`: a compiled module's globals.
pub fn module_with_dict(name: Ref, dict: Ref) -> Ref {
    let v = object::alloc(ModuleObject {
        header: ObjHeader::new(&MODULE_TYPE),
        name,
        dict,
    });
    unsafe { Ref::from_owned(v) }
}

fn module(v: Value) -> &'static ModuleObject {
    unsafe { &*v.as_ptr::<ModuleObject>() }
}

pub fn name(v: Value) -> &'static str {
    as_str(module(v).name.value()).unwrap_or("?")
}

pub fn dict_of(v: Value) -> Value {
    module(v).dict.value()
}

/// Adds a member.
pub fn add(m: Value, name: &str, value: Value) -> PyResult<()> {
    dict::set_item(dict_of(m), new_str(name).value(), value)
}

fn module_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    if name == "__dict__" {
        return Ok(Some(module(v).dict.clone()));
    }
    Ok(dict::get_item(dict_of(v), new_str(name).value())?.map(Ref::new))
}

fn module_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let key = new_str(name);
    match value {
        Some(value) => dict::set_item(dict_of(v), key.value(), value),
        None => {
            if dict::del_item(dict_of(v), key.value())? {
                Ok(())
            } else {
                Err(crate::errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    format!("module '{}' has no attribute '{name}'", self::name(v)),
                ))
            }
        }
    }
}

/// A module compiled from a file names it, as CPython's modules loaded from source do.
fn module_repr(v: Value) -> PyResult<Ref> {
    let file = dict::get_item(dict_of(v), new_str("__file__").value())?.and_then(as_str);
    Ok(new_string(match file {
        Some(file) => format!("<module '{}' from '{file}'>", name(v)),
        None => format!("<module '{}' (built-in)>", name(v)),
    }))
}

pub static MODULE_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<ModuleObject>(v) },
    repr: module_repr,
    getattr: Some(module_getattr),
    setattr: Some(module_setattr),
    ..TypeObject::new("module")
};
