//! Attribute access and method calls (CPython's `PyObject_GetAttr` and `LOAD_METHOD`).

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::method::new_bound_method;
use crate::objects::str::as_str;
use crate::ops::type_of;
use crate::value::Value;

fn attribute_error(obj: Value, name: &str) -> errors::Raised {
    let ty = type_of(obj);
    if std::ptr::eq(ty, &crate::objects::module::MODULE_TYPE) {
        return errors::raise(
            &crate::objects::exception::ATTRIBUTE_ERROR,
            format!(
                "module '{}' has no attribute '{name}'",
                crate::objects::module::name(obj)
            ),
        );
    }
    if ty.is_subtype(&crate::objects::type_object::TYPE_TYPE) {
        let class = unsafe { &*obj.as_ptr::<crate::objects::type_object::TypeObject>() };
        return errors::raise(
            &crate::objects::exception::ATTRIBUTE_ERROR,
            format!("type object '{}' has no attribute '{name}'", class.name),
        );
    }
    errors::raise(
        &crate::objects::exception::ATTRIBUTE_ERROR,
        format!("'{}' object has no attribute '{name}'", ty.name),
    )
}

fn name_text(name: Value) -> PyResult<&'static str> {
    as_str(name).ok_or_else(|| {
        errors::type_error(format!(
            "attribute name must be string, not '{}'",
            type_of(name).name
        ))
    })
}

/// `obj.name`.
pub fn get_attr(obj: Value, name: Value) -> PyResult<Ref> {
    let text = name_text(name)?;
    let ty = type_of(obj);
    if let Some(getattr) = ty.getattr {
        if let Some(v) = getattr(obj, text)? {
            return Ok(v);
        }
    }
    if let Some(method) = ty.find_method(text) {
        return Ok(new_bound_method(obj, method));
    }
    match text {
        "__class__" => Ok(Ref::new(ty.as_value())),
        "__doc__" => Ok(crate::objects::docstrings::type_doc(ty)),
        _ => Err(attribute_error(obj, text)),
    }
}

/// `obj.name`, or `None` where that raises AttributeError (CPython's
/// `_PyObject_LookupAttr`).
pub fn get_attr_or_none(obj: Value, name: Value) -> PyResult<Option<Ref>> {
    match get_attr(obj, name) {
        Ok(v) => Ok(Some(v)),
        Err(_) if errors::matches(&crate::objects::exception::ATTRIBUTE_ERROR) => {
            errors::take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `obj.name = value` (`value` None: `del obj.name`).
pub fn set_attr(obj: Value, name: Value, value: Option<Value>) -> PyResult<()> {
    let text = name_text(name)?;
    let ty = type_of(obj);
    match ty.setattr {
        Some(setattr) => setattr(obj, text, value),
        None if ty.find_method(text).is_some() => Err(errors::raise(
            &crate::objects::exception::ATTRIBUTE_ERROR,
            format!("'{}' object attribute '{text}' is read-only", ty.name),
        )),
        None => Err(attribute_error(obj, text)),
    }
}

/// `obj.name(*args)` without making a bound method when `name` is a method of the type.
pub fn call_method(
    obj: Value,
    name: Value,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let text = name_text(name)?;
    let ty = type_of(obj);
    if ty.getattr.is_none() {
        if let Some(method) = ty.find_method(text) {
            return (method.call)(obj, args, kwnames);
        }
    }
    if let Some(function) = crate::objects::class::find_plain_method(obj, text)? {
        let mut full = Vec::with_capacity(args.len() + 1);
        full.push(obj);
        full.extend_from_slice(args);
        return crate::ops::call(function, &full, kwnames);
    }
    let callable = get_attr(obj, name)?;
    crate::ops::call(callable.value(), args, kwnames)
}
