//! Pickling's hooks, which `copy` builds on: `object.__reduce_ex__` and `object.__reduce__`
//! (CPython 3.8's `reduce_newobj` for protocols 2 and up, `copyreg._reduce_ex` below), the
//! builtin types' `__getnewargs__`, and the `__reduce__` of the types that have their own.
//! The reconstructors the results name (`copyreg.__newobj__`, ...) are the Python functions of
//! `runtime/lib/copyreg.py`, imported at the first reduction; they are compiled into the
//! programs that import `copyreg` or `copy`, and elsewhere the import fails
//! (ModuleNotFoundError).

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::attr_cache::intern;
use crate::objects::class;
use crate::objects::exception;
use crate::objects::method::{new_bound_method, type_attribute};
use crate::objects::method_args::{c_int, no_args, positional};
use crate::objects::singletons::{none, none_ref, ELLIPSIS_TYPE, NONE_TYPE, NOT_IMPLEMENTED_TYPE};
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::objects::type_object::{TypeObject, OBJECT_TYPE};
use crate::objects::{dict, list};
use crate::ops::{self, type_of};
use crate::value::Value;

/// `object.__reduce_ex__(protocol)`: a class's own `__reduce__` wins over the default.
pub fn object_reduce_ex(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let protocol = c_int(args::exact("__reduce_ex__", a, k, 1)?[0])?;
    let default = type_attribute(&OBJECT_TYPE, "__reduce__").expect("object has __reduce__");
    let reduce = intern("__reduce__");
    let found = ops::get_attr(type_of(v).as_value(), reduce)?;
    if found.value() != default.value() {
        return ops::call_method(v, reduce, &[], None);
    }
    common_reduce(v, protocol)
}

/// `object.__reduce__()`: the reduction of protocol 0.
pub fn object_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    common_reduce(v, 0)
}

fn common_reduce(v: Value, protocol: i32) -> PyResult<Ref> {
    if protocol >= 2 {
        return reduce_newobj(v);
    }
    let reduce_ex = copyreg_member("_reduce_ex")?;
    let protocol = crate::objects::int::from_i64(protocol.into());
    ops::call(reduce_ex.value(), &[v, protocol.value()], None)
}

/// A member of the `copyreg` module, imported on first use as CPython's runtime does.
fn copyreg_member(name: &str) -> PyResult<Ref> {
    let copyreg = crate::modules::import(intern("copyreg"))?;
    ops::get_attr(copyreg.value(), intern(name))
}

fn cannot_pickle(ty: &TypeObject) -> errors::Raised {
    errors::type_error(format!("cannot pickle '{}' object", ty.name))
}

/// Whether instances of the builtin type `ty` hold nothing but their header (CPython's
/// `tp_basicsize` equal to `object`'s), so that `__new__` alone remakes them.
fn is_bare_layout(ty: &TypeObject) -> bool {
    [
        &OBJECT_TYPE,
        &NONE_TYPE,
        &NOT_IMPLEMENTED_TYPE,
        &ELLIPSIS_TYPE,
    ]
    .iter()
    .any(|bare| std::ptr::eq(ty, *bare))
}

/// `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`, or with
/// `copyreg.__newobj_ex__` and `(cls, args, kwargs)` when there are keyword arguments.
fn reduce_newobj(v: Value) -> PyResult<Ref> {
    let ty = type_of(v);
    if ty.construct.is_none() && !is_bare_layout(ty) {
        return Err(cannot_pickle(ty));
    }
    let (args, kwargs) = new_arguments(v)?;
    let has_args = args.is_some();
    let cls = Ref::new(ty.as_value());
    let (constructor, new_args) = match (args, kwargs) {
        (Some(args), Some(kwargs)) if dict::len(kwargs.value()) > 0 => (
            copyreg_member("__newobj_ex__")?,
            new_tuple(vec![cls, args, kwargs]),
        ),
        (args, _) => {
            let mut items = vec![cls];
            if let Some(args) = args {
                items.extend(tuple_items(args.value()).iter().cloned());
            }
            (copyreg_member("__newobj__")?, new_tuple(items))
        }
    };
    let required = !has_args && !list::is_list(v) && !dict::is_dict(v);
    let state = object_state(v, required)?;
    let list_items = match list::is_list(v) {
        true => ops::iter(v)?,
        false => none_ref(),
    };
    let dict_items = match dict::is_dict(v) {
        true => {
            let items = ops::call_method(v, intern("items"), &[], None)?;
            ops::iter(items.value())?
        }
        false => none_ref(),
    };
    Ok(new_tuple(vec![
        constructor,
        new_args,
        state,
        list_items,
        dict_items,
    ]))
}

/// A special method looked up on the type and bound to `v`; None when the type has none.
fn lookup_special(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let ty = type_of(v);
    if let Some(found) = ty.lookup(name)? {
        return class::bind(found, v, Some(ty.as_value())).map(Some);
    }
    Ok(ty.find_method(name).map(|m| new_bound_method(v, m)))
}

fn not_a(what: &str, expected: &str, got: Value) -> errors::Raised {
    errors::type_error(format!(
        "{what} must be {expected}, not '{}'",
        type_of(got).name
    ))
}

/// The arguments of `__new__`, from `__getnewargs_ex__` or else `__getnewargs__`: (args,
/// kwargs), neither when the type has neither method.
fn new_arguments(v: Value) -> PyResult<(Option<Ref>, Option<Ref>)> {
    if let Some(method) = lookup_special(v, "__getnewargs_ex__")? {
        let pair = ops::call(method.value(), &[], None)?;
        if !crate::objects::tuple::is_tuple(pair.value()) {
            return Err(errors::type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                type_of(pair.value()).name
            )));
        }
        let [args, kwargs] = tuple_items(pair.value()) else {
            return Err(errors::value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                tuple_items(pair.value()).len()
            )));
        };
        if !crate::objects::tuple::is_tuple(args.value()) {
            return Err(not_a(
                "first item of the tuple returned by __getnewargs_ex__",
                "a tuple",
                args.value(),
            ));
        }
        if !dict::is_dict(kwargs.value()) {
            return Err(not_a(
                "second item of the tuple returned by __getnewargs_ex__",
                "a dict",
                kwargs.value(),
            ));
        }
        return Ok((Some(args.clone()), Some(kwargs.clone())));
    }
    if let Some(method) = lookup_special(v, "__getnewargs__")? {
        let args = ops::call(method.value(), &[], None)?;
        if !crate::objects::tuple::is_tuple(args.value()) {
            return Err(errors::type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                type_of(args.value()).name
            )));
        }
        return Ok((Some(args), None));
    }
    Ok((None, None))
}

/// What `__getstate__` returns, or else the instance's `__dict__` (None when empty) paired
/// with a dict of its slots' values when it has some: `(dict, slots)`. `required`: the state
/// must remake the object alone, which an object with data outside those cannot.
fn object_state(v: Value, required: bool) -> PyResult<Ref> {
    if let Some(getstate) = ops::get_attr_or_none(v, intern("__getstate__"))? {
        return ops::call(getstate.value(), &[], None);
    }
    let ty = type_of(v);
    let attributes = class::instance_dict(v, false)
        .filter(|d| !d.is_null() && dict::len(*d) > 0)
        .map_or_else(none_ref, Ref::new);
    let names = slot_names(ty)?;
    if required && !is_bare_layout(ty.base_layout()) {
        return Err(cannot_pickle(ty));
    }
    if names.value() == none() {
        return Ok(attributes);
    }
    let slots = dict::new_dict();
    let count = list::list_items(names.value()).len();
    for i in 0..count {
        let name = list::list_items(names.value())[i].clone();
        if let Some(value) = ops::get_attr_or_none(v, name.value())? {
            dict::set_item(slots.value(), name.value(), value.value())?;
        }
        if list::list_items(names.value()).len() != count {
            return Err(errors::raise(
                &exception::RUNTIME_ERROR,
                "__slotsname__ changed size during iteration",
            ));
        }
    }
    if dict::len(slots.value()) == 0 {
        return Ok(attributes);
    }
    Ok(new_tuple(vec![attributes, slots]))
}

/// The names of the slots of `ty` and its bases: the class's `__slotnames__` (which
/// `copyreg._slotnames` computes and caches), a list or None.
fn slot_names(ty: &'static TypeObject) -> PyResult<Ref> {
    let cached = match ty.is_heap() {
        true => dict::get_item(ty.dict.get(), intern("__slotnames__"))?,
        false => None,
    };
    if let Some(names) = cached {
        if names != none() && !list::is_list(names) {
            return Err(errors::type_error(format!(
                "{}.__slotnames__ should be a list or None, not {}",
                ty.name,
                type_of(names).name
            )));
        }
        return Ok(Ref::new(names));
    }
    let compute = copyreg_member("_slotnames")?;
    let names = ops::call(compute.value(), &[ty.as_value()], None)?;
    if names.value() != none() && !list::is_list(names.value()) {
        return Err(errors::type_error(
            "copyreg._slotnames didn't return a list or None",
        ));
    }
    Ok(names)
}

// ----- the builtin types' own hooks -----

/// `__getnewargs__` of the immutable builtin types: `(T(self),)`, the value as the exact type,
/// which `T.__new__(cls, value)` turns back into an instance of a subclass.
fn one_new_arg(a: &[Value], k: Option<Value>, exact: impl FnOnce() -> Ref) -> PyResult<Ref> {
    no_args("__getnewargs__", a, k)?;
    Ok(new_tuple(vec![exact()]))
}

pub fn int_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__getnewargs__", a, k)?;
    Ok(new_tuple(vec![crate::objects::int::int_exact(v)?]))
}

pub fn float_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    one_new_arg(a, k, || {
        crate::objects::float::new_float(crate::objects::float::float_value(v).expect("a float"))
    })
}

pub fn str_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    one_new_arg(a, k, || {
        new_str(crate::objects::str::as_str(v).expect("a str"))
    })
}

pub fn bytes_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    one_new_arg(a, k, || {
        let data = crate::objects::bytes::bytes_data(v).expect("bytes");
        crate::objects::bytes::new_bytes(data.to_vec())
    })
}

pub fn tuple_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    one_new_arg(a, k, || new_tuple(tuple_items(v).to_vec()))
}

/// `complex.__getnewargs__`: `(real, imag)`.
pub fn complex_getnewargs(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__getnewargs__", a, k)?;
    let c = crate::objects::complex::complex_value(v).expect("a complex");
    let part = crate::objects::float::new_float;
    Ok(new_tuple(vec![part(c.re), part(c.im)]))
}

/// The reduction of `Ellipsis` and `NotImplemented`: their name, which `copy` takes to mean
/// the object itself.
pub fn singleton_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    (type_of(v).repr)(v)
}

/// The instance's `__dict__`, or None when it has none (`getattr(self, '__dict__', None)`).
fn dict_or_none(v: Value) -> PyResult<Ref> {
    Ok(ops::get_attr_or_none(v, intern("__dict__"))?.unwrap_or_else(none_ref))
}

/// `set.__reduce__` and `frozenset.__reduce__`: `(type(self), (list(self),), __dict__)`.
pub fn set_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    let items = list::new_list(ops::collect(v)?);
    Ok(new_tuple(vec![
        Ref::new(type_of(v).as_value()),
        new_tuple(vec![items]),
        dict_or_none(v)?,
    ]))
}

/// `slice.__reduce__`: `(slice, (start, stop, step))`.
pub fn slice_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    let bounds = ["start", "stop", "step"]
        .iter()
        .map(|name| ops::get_attr(v, intern(name)))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_tuple(vec![
        Ref::new(type_of(v).as_value()),
        new_tuple(bounds),
    ]))
}

/// `bytearray.__reduce_ex__(protocol=0)`: below protocol 3 the contents travel as a latin-1
/// str, as Python 2 could read them; from 3 as bytes (none when empty).
pub fn bytearray_reduce_ex(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let protocol = match positional("__reduce_ex__", a, k, 0, 1)? {
        [p] => c_int(*p)?,
        _ => 0,
    };
    bytearray_reduction(v, protocol)
}

pub fn bytearray_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    bytearray_reduction(v, 2)
}

fn bytearray_reduction(v: Value, protocol: i32) -> PyResult<Ref> {
    let data = crate::objects::bytearray::contents(v).expect("a bytearray");
    let args = if protocol < 3 {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        vec![new_string(text), new_str("latin-1")]
    } else if data.is_empty() {
        vec![]
    } else {
        vec![crate::objects::bytes::new_bytes(data.to_vec())]
    };
    Ok(new_tuple(vec![
        Ref::new(type_of(v).as_value()),
        new_tuple(args),
        dict_or_none(v)?,
    ]))
}

/// `BaseException.__reduce__`: `(type(self), self.args)`, and the instance's dict once it has
/// one.
pub fn exception_reduce(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__reduce__", a, k)?;
    let mut parts = vec![
        Ref::new(type_of(v).as_value()),
        new_tuple(exception::args(v).to_vec()),
    ];
    if let Some(d) = exception::instance_dict(v, false) {
        parts.push(Ref::new(d));
    }
    Ok(new_tuple(parts))
}

/// `BaseException.__setstate__(state)`: the state's items become attributes.
pub fn exception_setstate(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let state = args::exact("__setstate__", a, k, 1)?[0];
    if state == none() {
        return Ok(none_ref());
    }
    if !dict::is_dict(state) {
        return Err(errors::type_error("state is not a dictionary"));
    }
    for (key, value) in dict::items(state) {
        ops::set_attr(v, key.value(), Some(value.value()))?;
    }
    Ok(none_ref())
}
