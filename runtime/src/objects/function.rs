//! Function objects: compiled Python functions and builtins written in Rust.

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::module::CodeInfo;
use crate::object::{ObjHeader, Ref};
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::tuple_items;
use crate::objects::type_object::{CallFn, TypeObject};
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
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn function_dealloc(v: Value) {
    function_clear(v);
    gc::free::<FunctionObject>(v)
}

fn function_clear(v: Value) {
    let f = unsafe { &mut *v.as_ptr::<FunctionObject>() };
    for field in [&mut f.closure, &mut f.defaults, &mut f.kwdefaults] {
        let old = std::mem::replace(field, Value::NULL);
        if !old.is_null() {
            crate::object::decref(old);
        }
    }
}

static FUNCTION_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        let f = function(v);
        for field in [f.closure, f.defaults, f.kwdefaults] {
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
        Ok(new_string(format!(
            "<function {} at {:#x}>",
            code(v).qualname.as_str(),
            v.0
        )))
    },
    call: Some(function_call),
    ..TypeObject::new("function")
};

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
    ..TypeObject::new("builtin_function_or_method")
};

pub fn is_function(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &FUNCTION_TYPE)
}

pub fn name_of(v: Value) -> Ref {
    new_str(code(v).name.as_str())
}
