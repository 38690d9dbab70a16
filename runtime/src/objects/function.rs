//! Function objects: compiled Python functions and builtins written in Rust.

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::module::CodeInfo;
use crate::object::{ObjHeader, Ref};
use crate::objects::dict::{del_item, get_item, is_dict, set_item};
use crate::objects::singletons::none;
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::tuple_items;
use crate::objects::type_object::{CallFn, Method, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

/// The entry every callable has (DESIGN §4, Calls): arguments borrowed, keyword names a tuple
/// of str or 0.
pub type Vectorcall = unsafe extern "C" fn(
    callable: Value,
    args: *const Value,
    nargs: usize,
    kwnames: Value,
) -> Value;

#[repr(C)]
pub struct FunctionObject {
    header: ObjHeader,
    /// At `abi::FUNCTION_CODE_OFFSET`: the direct-call guard compares it.
    pub code: *const CodeInfo,
    pub entry: Vectorcall,
    /// At `abi::FUNCTION_CLOSURE_OFFSET`: the tuple of cells of the free variables, or 0.
    closure: Value,
    /// The defaults of the last positional parameters (a tuple), or 0.
    defaults: Value,
    /// The defaults of keyword-only parameters (a dict), or 0.
    kwdefaults: Value,
    /// `__name__`, `__qualname__`, `__module__` once assigned (0: the code object's), `__doc__`
    /// (0: None), and `__dict__` and `__annotations__` (0 until first used).
    name: Value,
    qualname: Value,
    module: Value,
    doc: Value,
    dict: Value,
    annotations: Value,
}

/// A function object; `closure`, `defaults` and `kwdefaults` are borrowed, 0 when absent.
pub fn new_function(
    code: *const CodeInfo,
    entry: Vectorcall,
    closure: Value,
    defaults: Value,
    kwdefaults: Value,
) -> Ref {
    for v in [closure, defaults, kwdefaults] {
        if !v.is_null() {
            crate::object::incref(v);
        }
    }
    let v = gc::alloc(FunctionObject {
        header: ObjHeader::new(&FUNCTION_TYPE),
        code,
        entry,
        closure,
        defaults,
        kwdefaults,
        name: Value::NULL,
        qualname: Value::NULL,
        module: Value::NULL,
        doc: Value::NULL,
        dict: Value::NULL,
        annotations: Value::NULL,
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn function_dealloc(v: Value) {
    function_clear(v);
    gc::free::<FunctionObject>(v)
}

fn function_clear(v: Value) {
    let f = unsafe { &mut *v.as_ptr::<FunctionObject>() };
    let fields = [
        &mut f.closure,
        &mut f.defaults,
        &mut f.kwdefaults,
        &mut f.name,
        &mut f.qualname,
        &mut f.module,
        &mut f.doc,
        &mut f.dict,
        &mut f.annotations,
    ];
    for field in fields {
        let old = std::mem::replace(field, Value::NULL);
        if !old.is_null() {
            crate::object::decref(old);
        }
    }
}

static FUNCTION_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        let f = function(v);
        let fields = [
            f.closure,
            f.defaults,
            f.kwdefaults,
            f.name,
            f.qualname,
            f.module,
            f.doc,
            f.dict,
            f.annotations,
        ];
        for field in fields {
            if !field.is_null() {
                visit(field);
            }
        }
    },
    clear: Some(function_clear),
    finalize: None,
};

fn function(v: Value) -> &'static FunctionObject {
    unsafe { &*v.as_ptr::<FunctionObject>() }
}

pub fn code(v: Value) -> &'static CodeInfo {
    unsafe { &*function(v).code }
}

fn function_call(callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let f = function(callable);
    let nkw = kwnames.map_or(0, |k| tuple_items(k).len());
    let r = unsafe {
        (f.entry)(
            callable,
            args.as_ptr(),
            args.len() - nkw,
            kwnames.unwrap_or(Value::NULL),
        )
    };
    if r.is_null() {
        Err(errors::Raised)
    } else {
        Ok(unsafe { Ref::from_owned(r) })
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" (CPython's list of missing arguments).
fn quoted_list(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}

/// The default of parameter `slot` of `callable` (borrowed); the parameter has one.
pub fn default_of(callable: Value, slot: usize) -> Value {
    let f = function(callable);
    let code = code(callable);
    let npos = code.positional_count as usize;
    if slot < npos {
        let defaults = tuple_items(f.defaults);
        return defaults[slot + defaults.len() - npos].value();
    }
    let name = crate::objects::str::new_str(code.params()[slot].as_str());
    match crate::objects::dict::get_item(f.kwdefaults, name.value()) {
        Ok(Some(v)) => v,
        _ => unreachable!("the compiler bound a keyword-only default that exists"),
    }
}

/// Binds a call's arguments to `callable`'s parameters, CPython 3.8's way: positional ones
/// first, then keywords by name, then defaults; extra ones go to `*args` and `**kwargs`.
/// Writes one owned reference per parameter slot into `out`.
pub fn bind_arguments(
    callable: Value,
    args: &[Value],
    nargs: usize,
    kwnames: Option<Value>,
    out: &mut [Value],
) -> PyResult<()> {
    let f = function(callable);
    let code = code(callable);
    let name = code.name.as_str();
    let names = code.params();
    let npos = code.positional_count as usize;
    let nposonly = code.posonly_count as usize;
    let nkwonly = code.kwonly_count as usize;
    let mut slots: Vec<Option<Ref>> = vec![None; names.len()];
    let varargs_slot = code.has_varargs().then_some(npos + nkwonly);
    let varkw_slot = code
        .has_varkeywords()
        .then(|| npos + nkwonly + varargs_slot.is_some() as usize);

    // Positional arguments.
    for (slot, v) in slots.iter_mut().zip(&args[..nargs.min(npos)]) {
        *slot = Some(Ref::new(*v));
    }
    if let Some(i) = varargs_slot {
        let extra: Vec<Ref> = args[nargs.min(npos)..nargs]
            .iter()
            .map(|v| Ref::new(*v))
            .collect();
        slots[i] = Some(crate::objects::tuple::new_tuple(extra));
    } else if nargs > npos {
        return Err(too_many_positional(f, code, nargs, kwnames, args));
    }

    // Keyword arguments.
    let kwargs = varkw_slot.map(|_| crate::objects::dict::new_dict());
    let mut posonly_as_keyword = Vec::new();
    if let Some(kwnames) = kwnames {
        for (key, value) in tuple_items(kwnames).iter().zip(&args[nargs..]) {
            let key_text = crate::objects::str::as_str(key.value()).unwrap_or("");
            let found = names[nposonly..npos + nkwonly]
                .iter()
                .position(|p| p.as_str() == key_text)
                .map(|i| i + nposonly);
            match (found, &kwargs) {
                (Some(i), _) => {
                    if slots[i].is_some() {
                        return Err(errors::type_error(format!(
                            "{name}() got multiple values for argument '{key_text}'"
                        )));
                    }
                    slots[i] = Some(Ref::new(*value));
                }
                (None, Some(kwargs)) => {
                    crate::objects::dict::set_item(kwargs.value(), key.value(), *value)?
                }
                (None, None) => {
                    if names[..nposonly].iter().any(|p| p.as_str() == key_text) {
                        posonly_as_keyword.push(key_text);
                        continue;
                    }
                    return Err(errors::type_error(format!(
                        "{name}() got an unexpected keyword argument '{key_text}'"
                    )));
                }
            }
        }
    }
    if !posonly_as_keyword.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
            posonly_as_keyword.join(", ")
        )));
    }
    if let (Some(i), Some(kwargs)) = (varkw_slot, kwargs) {
        slots[i] = Some(kwargs);
    }

    // Defaults, then what is still missing.
    let defaults: &[Ref] = if f.defaults.is_null() {
        &[]
    } else {
        tuple_items(f.defaults)
    };
    let first_default = npos - defaults.len();
    for (i, d) in defaults.iter().enumerate() {
        let slot = &mut slots[first_default + i];
        if slot.is_none() {
            *slot = Some(d.clone());
        }
    }
    let missing: Vec<&str> = (0..npos)
        .filter(|&i| slots[i].is_none())
        .map(|i| names[i].as_str())
        .collect();
    if !missing.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    for i in npos..npos + nkwonly {
        if slots[i].is_none() && !f.kwdefaults.is_null() {
            let key = crate::objects::str::new_str(names[i].as_str());
            if let Some(v) = crate::objects::dict::get_item(f.kwdefaults, key.value())? {
                slots[i] = Some(Ref::new(v));
            }
        }
    }
    let missing: Vec<&str> = (npos..npos + nkwonly)
        .filter(|&i| slots[i].is_none())
        .map(|i| names[i].as_str())
        .collect();
    if !missing.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            quoted_list(&missing)
        )));
    }
    for (slot, value) in out.iter_mut().zip(slots) {
        *slot = value.expect("every slot is bound").into_raw();
    }
    Ok(())
}

fn too_many_positional(
    f: &FunctionObject,
    code: &CodeInfo,
    nargs: usize,
    kwnames: Option<Value>,
    args: &[Value],
) -> errors::Raised {
    let name = code.name.as_str();
    let npos = code.positional_count as usize;
    let ndefaults = if f.defaults.is_null() {
        0
    } else {
        tuple_items(f.defaults).len()
    };
    let takes = if ndefaults > 0 {
        format!("from {} to {npos} positional arguments", npos - ndefaults)
    } else {
        plural(npos, "positional argument")
    };
    // Keyword-only arguments that were given are mentioned, as in CPython.
    let names = code.params();
    let kwonly_given = kwnames.map_or(0, |k| {
        tuple_items(k)
            .iter()
            .zip(&args[nargs..])
            .filter(|(key, _)| {
                let key = crate::objects::str::as_str(key.value()).unwrap_or("");
                names[npos..npos + code.kwonly_count as usize]
                    .iter()
                    .any(|p| p.as_str() == key)
            })
            .count()
    });
    let given = if kwonly_given > 0 {
        format!(
            "{} (and {}) were given",
            plural(nargs, "positional argument"),
            plural(kwonly_given, "keyword-only argument")
        )
    } else {
        format!("{nargs} {} given", if nargs == 1 { "was" } else { "were" })
    };
    errors::type_error(format!("{name}() takes {takes} but {given}"))
}

#[export_name = "pl_function_type"]
pub static FUNCTION_TYPE: TypeObject = TypeObject {
    dealloc: function_dealloc,
    gc: Some(&FUNCTION_GC),
    repr: |v| {
        let qualname = function_getattr(v, "__qualname__")?.expect("functions have a qualname");
        let qualname = crate::ops::str(qualname.value())?;
        let qualname = crate::objects::str::as_str(qualname.value()).unwrap_or("");
        Ok(new_string(format!("<function {qualname} at {:#x}>", v.0)))
    },
    call: Some(function_call),
    methods: &[
        Method::new("__get__", function_get),
        Method::new("__call__", function_call),
    ],
    getattr: Some(function_getattr),
    members: &[
        "__annotations__",
        "__closure__",
        "__code__",
        "__defaults__",
        "__dict__",
        "__globals__",
        "__kwdefaults__",
        "__module__",
        "__name__",
        "__qualname__",
    ],
    setattr: Some(function_setattr),
    ..TypeObject::new("function")
};

/// `function.__get__(instance, owner=None)`: a method bound to the instance, or, without one,
/// the function itself.
fn function_get(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = crate::objects::method_args::positional("__get__", args, kwnames, 1, 2)?;
    let owner = args.get(1).copied().unwrap_or(none());
    if args[0] == none() {
        if owner == none() {
            return Err(errors::type_error("__get__(None, None) is invalid"));
        }
        return Ok(Ref::new(v));
    }
    Ok(crate::objects::class::new_method(v, args[0]))
}

fn or_none(v: Value) -> Ref {
    Ref::new(if v.is_null() { none() } else { v })
}

fn function_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let f = function(v);
    let assigned = |field: Value, default: &str| {
        if field.is_null() {
            new_str(default)
        } else {
            Ref::new(field)
        }
    };
    Ok(Some(match name {
        "__name__" => assigned(f.name, code(v).name.as_str()),
        "__qualname__" => assigned(f.qualname, code(v).qualname.as_str()),
        "__module__" => {
            let module = unsafe { code(v).module.as_ref() };
            match module {
                Some(m) if f.module.is_null() => new_str(m.name.as_str()),
                _ => or_none(f.module),
            }
        }
        "__doc__" => or_none(f.doc),
        "__code__" => crate::objects::code::code_object(code(v)),
        "__globals__" => Ref::new(crate::objects::code::globals_of(code(v))),
        "__closure__" => or_none(f.closure),
        "__defaults__" => or_none(f.defaults),
        "__kwdefaults__" => or_none(f.kwdefaults),
        "__dict__" => Ref::new(function_dict(v)),
        "__annotations__" => Ref::new(function_annotations(v)),
        _ if f.dict.is_null() => return Ok(None),
        _ => return Ok(get_item(f.dict, new_str(name).value())?.map(Ref::new)),
    }))
}

/// The function's `__dict__`, made at first use.
fn function_dict(v: Value) -> Value {
    let f = unsafe { &mut *v.as_ptr::<FunctionObject>() };
    if f.dict.is_null() {
        f.dict = crate::objects::dict::new_dict().into_raw();
    }
    f.dict
}

/// The function's `__annotations__`, an empty dict made at first use when it has none.
fn function_annotations(v: Value) -> Value {
    let f = unsafe { &mut *v.as_ptr::<FunctionObject>() };
    if f.annotations.is_null() {
        f.annotations = crate::objects::dict::new_dict().into_raw();
    }
    f.annotations
}

fn function_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let f = unsafe { &mut *v.as_ptr::<FunctionObject>() };
    let must_be = |what: &str| errors::type_error(format!("{name} must be set to {what}"));
    let field = match name {
        "__name__" | "__qualname__" => {
            if value.is_none_or(|v| crate::objects::str::as_str(v).is_none()) {
                return Err(must_be("a string object"));
            }
            if name == "__name__" {
                &mut f.name
            } else {
                &mut f.qualname
            }
        }
        "__annotations__" => {
            if !value.is_none_or(|v| v == none() || is_dict(v)) {
                return Err(must_be("a dict object"));
            }
            &mut f.annotations
        }
        "__globals__" | "__closure__" => {
            return Err(errors::raise(
                &crate::objects::exception::ATTRIBUTE_ERROR,
                "readonly attribute",
            ))
        }
        // Direct calls of a known function read its defaults and code by their compiled
        // positions.
        "__defaults__" | "__kwdefaults__" | "__code__" => {
            return Err(errors::raise(
                &crate::objects::exception::NOT_IMPLEMENTED_ERROR,
                format!("pylift does not support assigning {name} yet"),
            ))
        }
        "__module__" => &mut f.module,
        "__doc__" => &mut f.doc,
        "__dict__" => match value {
            Some(d) if is_dict(d) => &mut f.dict,
            Some(d) => {
                return Err(errors::type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{}'",
                    type_of(d).name
                )))
            }
            None => return Err(errors::type_error("cannot delete __dict__")),
        },
        _ => {
            let dict = function_dict(v);
            let key = new_str(name);
            return match value {
                Some(value) => set_item(dict, key.value(), value),
                None if del_item(dict, key.value())? => Ok(()),
                None => Err(errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    name,
                )),
            };
        }
    };
    // None assigned to the annotations means none (0), as does deleting.
    let new = match value {
        Some(v) if v == none() && name != "__module__" && name != "__doc__" => Value::NULL,
        Some(v) => v,
        None => Value::NULL,
    };
    if !new.is_null() {
        crate::object::incref(new);
    }
    let old = std::mem::replace(field, new);
    if !old.is_null() {
        crate::object::decref(old);
    }
    Ok(())
}

/// A builtin function: a static object whose behaviour is a Rust function.
#[repr(C)]
pub struct BuiltinFunction {
    header: ObjHeader,
    pub name: &'static str,
    pub call: fn(&[Value], Option<Value>) -> PyResult<Ref>,
}

impl BuiltinFunction {
    pub const fn new(
        name: &'static str,
        call: fn(&[Value], Option<Value>) -> PyResult<Ref>,
    ) -> Self {
        BuiltinFunction {
            header: ObjHeader::immortal(&BUILTIN_FUNCTION_TYPE),
            name,
            call,
        }
    }
}

fn builtin_call(callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let f = unsafe { &*callable.as_ptr::<BuiltinFunction>() };
    (f.call)(args, kwnames)
}

const BUILTIN_CALL: CallFn = builtin_call;

pub static BUILTIN_FUNCTION_TYPE: TypeObject = TypeObject {
    repr: |v| {
        let f = unsafe { &*v.as_ptr::<BuiltinFunction>() };
        Ok(new_string(format!("<built-in function {}>", f.name)))
    },
    call: Some(BUILTIN_CALL),
    getattr: Some(|v, name| {
        let f = unsafe { &*v.as_ptr::<BuiltinFunction>() };
        Ok(match name {
            "__name__" | "__qualname__" => {
                Some(new_str(f.name.rsplit('.').next().unwrap_or(f.name)))
            }
            "__doc__" => Some(crate::objects::docstrings::function_doc(f)),
            _ => None,
        })
    }),
    ..TypeObject::new("builtin_function_or_method")
};

pub fn is_function(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &FUNCTION_TYPE)
}

pub fn name_of(v: Value) -> Ref {
    new_str(code(v).name.as_str())
}
