//! Generic operations on any value, dispatching through type slots (CPython's abstract layer).

mod attr;
mod number;

pub use attr::{call_method, get_attr, get_attr_or_none, set_attr};

pub use number::{binary_op, inplace_op, unary_op, BinaryOp, UnaryOp};

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::attr_cache::static_name;
use crate::objects::int::INT_TYPE;
use crate::objects::singletons::{bool_ref, is_not_implemented, is_true_object, BOOL_TYPE};
use crate::objects::str::as_str;
use crate::objects::type_object::{CompareOp, TypeObject};
use crate::value::Value;

#[inline]
pub fn type_of(v: Value) -> &'static TypeObject {
    if v.is_small_int() {
        &INT_TYPE
    } else {
        unsafe { &*(*v.header()).ty.get() }
    }
}

/// `repr(v)`, always a str.
pub fn repr(v: Value) -> PyResult<Ref> {
    crate::recursion::guard(" while getting the repr of an object", || {
        (type_of(v).repr)(v)
    })
}

/// `str(v)`, always a str.
pub fn str(v: Value) -> PyResult<Ref> {
    let ty = type_of(v);
    match ty.str {
        Some(f) => f(v),
        None => repr(v),
    }
}

/// `str(v)` as Rust text.
pub fn str_text(v: Value) -> PyResult<String> {
    Ok(as_str(str(v)?.value()).unwrap().to_string())
}

pub fn hash(v: Value) -> PyResult<i64> {
    match type_of(v).hash {
        Some(h) => h(v),
        None => Err(errors::type_error(format!(
            "unhashable type: '{}'",
            type_of(v).name
        ))),
    }
}

/// Rich comparison with CPython's fallbacks: the reflected operation, then identity for
/// `==`/`!=`, then TypeError for orderings.
pub fn compare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    crate::recursion::guard(" in comparison", || {
        let (ta, tb) = (type_of(a), type_of(b));
        if let Some(f) = ta.richcompare {
            let r = f(a, b, op)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        // The reflected operation is tried even for two operands of one type (`a > b` falls
        // back to `b < a`), as in CPython.
        if let Some(f) = tb.richcompare {
            let r = f(b, a, op.swapped())?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        match op {
            CompareOp::Eq => Ok(bool_ref(a == b)),
            CompareOp::Ne => Ok(bool_ref(a != b)),
            _ => Err(errors::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                ta.name,
                tb.name
            ))),
        }
    })
}

pub fn equal(a: Value, b: Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (
        crate::objects::int::int_view(a),
        crate::objects::int::int_view(b),
    ) {
        return Ok(crate::objects::int::compare_ints(x, y).is_eq());
    }
    is_true(compare(a, b, CompareOp::Eq)?.value())
}

pub fn is_true(v: Value) -> PyResult<bool> {
    if v.is_small_int() {
        return Ok(v.small_int() != 0);
    }
    let ty = type_of(v);
    if std::ptr::eq(ty, &BOOL_TYPE) {
        return Ok(is_true_object(v));
    }
    if let Some(b) = ty.bool {
        return b(v);
    }
    if let Some(len) = ty.len {
        return Ok(len(v)? > 0);
    }
    Ok(true)
}

pub fn len(v: Value) -> PyResult<usize> {
    match type_of(v).len {
        Some(f) => f(v),
        None => Err(errors::type_error(format!(
            "object of type '{}' has no len()",
            type_of(v).name
        ))),
    }
}

pub fn get_item(container: Value, key: Value) -> PyResult<Ref> {
    match type_of(container).getitem {
        Some(f) => f(container, key),
        None => Err(errors::type_error(format!(
            "'{}' object is not subscriptable",
            type_of(container).name
        ))),
    }
}

pub fn set_item(container: Value, key: Value, value: Value) -> PyResult<()> {
    match type_of(container).setitem {
        Some(f) => f(container, key, value),
        None => Err(errors::type_error(format!(
            "'{}' object does not support item assignment",
            type_of(container).name
        ))),
    }
}

pub fn del_item(container: Value, key: Value) -> PyResult<()> {
    match type_of(container).delitem {
        Some(f) => f(container, key),
        None => Err(errors::type_error(format!(
            "'{}' object does not support item deletion",
            type_of(container).name
        ))),
    }
}

/// `item in container`.
pub fn contains(container: Value, item: Value) -> PyResult<bool> {
    if let Some(f) = type_of(container).contains {
        return f(container, item);
    }
    if type_of(container).iter.is_some() {
        let it = iter(container)?;
        while let Some(x) = next(it.value())? {
            if x.value() == item || equal(x.value(), item)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    Err(errors::type_error(format!(
        "argument of type '{}' is not iterable",
        type_of(container).name
    )))
}

pub fn iter(v: Value) -> PyResult<Ref> {
    match type_of(v).iter {
        Some(f) => f(v),
        None => Err(errors::type_error(format!(
            "'{}' object is not iterable",
            type_of(v).name
        ))),
    }
}

/// The next item; `Ok(None)` when the iterator is exhausted.
pub fn next(it: Value) -> PyResult<Option<Ref>> {
    match type_of(it).next {
        Some(f) => f(it),
        None => Err(errors::type_error(format!(
            "'{}' object is not an iterator",
            type_of(it).name
        ))),
    }
}

/// All items of an iterable, preallocating exactly from its length when it has one.
pub fn collect(v: Value) -> PyResult<Vec<Ref>> {
    let it = iter(v)?;
    let mut items = match length_of_sized(v)? {
        Some(n) => Vec::with_capacity(n),
        None => Vec::new(),
    };
    while let Some(x) = next(it.value())? {
        items.push(x);
    }
    Ok(items)
}

/// Unpacking assignment (`a, *b, c = v`): a tuple of the targets' values in order, the
/// starred target's being a list.
pub fn unpack(v: Value, before: usize, after: usize, star: bool) -> PyResult<Ref> {
    let it = match type_of(v).iter {
        Some(f) => f(v)?,
        None => {
            return Err(errors::type_error(format!(
                "cannot unpack non-iterable {} object",
                type_of(v).name
            )))
        }
    };
    let wanted = before + after;
    let mut items = Vec::with_capacity(wanted + star as usize);
    while let Some(x) = next(it.value())? {
        if !star && items.len() == wanted {
            return Err(errors::value_error(format!(
                "too many values to unpack (expected {wanted})"
            )));
        }
        items.push(x);
    }
    if items.len() < wanted {
        return Err(errors::value_error(if star {
            format!(
                "not enough values to unpack (expected at least {wanted}, got {})",
                items.len()
            )
        } else {
            format!(
                "not enough values to unpack (expected {wanted}, got {})",
                items.len()
            )
        }));
    }
    if star {
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        items.push(crate::objects::list::new_list(middle));
        items.extend(tail);
    }
    Ok(crate::objects::tuple::new_tuple(items))
}

/// `ascii(v)`: the repr with non-ASCII characters escaped.
pub fn ascii(v: Value) -> PyResult<Ref> {
    let r = repr(v)?;
    let text = as_str(r.value()).unwrap();
    if text.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            u @ 0x80..=0xff => out.push_str(&format!("\\x{u:02x}")),
            u @ 0x100..=0xffff => out.push_str(&format!("\\u{u:04x}")),
            u => out.push_str(&format!("\\U{u:08x}")),
        }
    }
    Ok(crate::objects::str::new_string(out))
}

/// An f-string replacement field: the conversion, then `format(value, spec)`; `__format__` of
/// classes defined in Python is called when they have one.
pub fn format_value(v: Value, conversion: u8, spec: Option<Value>) -> PyResult<Ref> {
    let converted = match conversion {
        b's' => Some(str(v)?),
        b'r' => Some(repr(v)?),
        b'a' => Some(ascii(v)?),
        _ => None,
    };
    let value = converted.as_ref().map_or(v, Ref::value);
    let spec_text = spec.and_then(as_str).unwrap_or("");
    format(value, spec_text)
}

/// `format(value, spec)`.
pub fn format(value: Value, spec: &str) -> PyResult<Ref> {
    let ty = type_of(value);
    if ty.is_heap() {
        if let Some(method) = ty.lookup(static_name!("__format__"))? {
            let spec = crate::objects::str::new_str(spec);
            return call(method, &[value, spec.value()], None);
        }
        if spec.is_empty() {
            return str(value);
        }
        // A subclass of int, float or str formats as its base does.
        if !crate::objects::builtin_subclass::is_subclassable(ty.base_layout()) {
            return Err(errors::type_error(format!(
                "unsupported format string passed to {}.__format__",
                ty.name
            )));
        }
    }
    if spec.is_empty() {
        if as_str(value).is_some() {
            return Ok(Ref::new(value));
        }
        return str(value);
    }
    format_with_spec(value, spec)
}

/// The format-spec mini-language for builtin types.
fn format_with_spec(value: Value, spec: &str) -> PyResult<Ref> {
    crate::format::format_value(value, spec)
}

/// How CPython names a callable in argument errors: `f()` for functions, `print()` for
/// builtins, `X object` otherwise.
fn callable_description(callable: Value) -> String {
    if crate::objects::function::is_function(callable) {
        return format!(
            "{}()",
            crate::objects::function::code(callable).name.as_str()
        );
    }
    if std::ptr::eq(
        type_of(callable),
        &crate::objects::function::BUILTIN_FUNCTION_TYPE,
    ) {
        let f = unsafe { &*callable.as_ptr::<crate::objects::function::BuiltinFunction>() };
        return format!("{}()", f.name);
    }
    format!("{} object", type_of(callable).name)
}

/// `f(*iterable)`: the positional arguments gain the iterable's items.
pub fn extend_call_args(args: Value, iterable: Value, callable: Value) -> PyResult<()> {
    if type_of(iterable).iter.is_none() {
        return Err(errors::type_error(format!(
            "{} argument after * must be an iterable, not {}",
            callable_description(callable),
            type_of(iterable).name
        )));
    }
    crate::objects::list::extend(args, iterable)
}

/// `f(**mapping)`: the keyword arguments gain the mapping's items, each name once.
pub fn merge_call_kwargs(kwargs: Value, mapping: Value, callable: Value) -> PyResult<()> {
    use crate::objects::dict;
    if !dict::is_dict(mapping) {
        return Err(errors::type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            callable_description(callable),
            type_of(mapping).name
        )));
    }
    for (key, value) in dict::items(mapping) {
        if as_str(key.value()).is_none() {
            return Err(errors::type_error(format!(
                "{} keywords must be strings",
                callable_description(callable)
            )));
        }
        if dict::get_item(kwargs, key.value())?.is_some() {
            return Err(errors::type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                callable_description(callable),
                as_str(key.value()).unwrap()
            )));
        }
        dict::set_item(kwargs, key.value(), value.value())?;
    }
    Ok(())
}

/// `callable(*args, **kwargs)` with the arguments already collected.
pub fn call_ex(callable: Value, args: Value, kwargs: Option<Value>) -> PyResult<Ref> {
    let mut flat: Vec<Value> = if crate::objects::tuple::is_tuple(args) {
        crate::objects::tuple::tuple_items(args)
            .iter()
            .map(Ref::value)
            .collect()
    } else {
        crate::objects::list::list_items(args)
            .iter()
            .map(Ref::value)
            .collect()
    };
    // Keep the argument values alive while the call runs, whatever it does to the list.
    let _hold: Vec<Ref> = flat.iter().map(|v| Ref::new(*v)).collect();
    let mut names = Vec::new();
    let mut held_values = Vec::new();
    if let Some(kwargs) = kwargs {
        for (key, value) in crate::objects::dict::items(kwargs) {
            flat.push(value.value());
            names.push(key);
            held_values.push(value);
        }
    }
    let kwnames = (!names.is_empty()).then(|| crate::objects::tuple::new_tuple(names));
    call(callable, &flat, kwnames.as_ref().map(Ref::value))
}

/// `len(v)` when the object has a length (classes only when they define `__len__`).
pub fn length_of_sized(v: Value) -> PyResult<Option<usize>> {
    let ty = type_of(v);
    match ty.len {
        Some(_) if ty.is_heap() && ty.lookup(static_name!("__len__"))?.is_none() => Ok(None),
        Some(len) => len(v).map(Some),
        None => Ok(None),
    }
}

/// `callable(*args)` with keyword names for the trailing arguments (DESIGN §4, Calls).
pub fn call(callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    match type_of(callable).call {
        Some(f) => f(callable, args, kwnames),
        None => Err(errors::type_error(format!(
            "'{}' object is not callable",
            type_of(callable).name
        ))),
    }
}
