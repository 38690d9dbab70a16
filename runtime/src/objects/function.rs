//! Function objects: compiled Python functions and builtins written in Rust.

use crate::errors::{self, PyResult};
use crate::module::CodeInfo;
use crate::object::{self, ObjHeader, Ref};
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
    pub code: *const CodeInfo,
    pub entry: Vectorcall,
}

pub fn new_function(code: *const CodeInfo, entry: Vectorcall) -> Ref {
    let v = object::alloc(FunctionObject {
        header: ObjHeader::new(&FUNCTION_TYPE),
        code,
        entry,
    });
    unsafe { Ref::from_owned(v) }
}

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

/// Raises the TypeError for a call whose arguments do not bind to `callable`'s parameters.
pub fn raise_bad_call(callable: Value, nargs: usize, kwnames: Value) -> errors::Raised {
    let code = code(callable);
    let name = code.name.as_str();
    if !kwnames.is_null() && !tuple_items(kwnames).is_empty() {
        let first = crate::objects::str::as_str(tuple_items(kwnames)[0].value()).unwrap();
        let params = code.params();
        return match params.iter().position(|p| p.as_str() == first) {
            Some(i) if i < nargs => errors::type_error(format!(
                "{name}() got multiple values for argument '{first}'"
            )),
            Some(_) => errors::type_error(format!(
                "pylift: keyword arguments to Python functions are not supported yet (calling {name}())"
            )),
            None => errors::type_error(format!(
                "{name}() got an unexpected keyword argument '{first}'"
            )),
        };
    }
    let params = code.params();
    if nargs > params.len() {
        let n = params.len();
        return errors::type_error(format!(
            "{name}() takes {n} positional argument{} but {nargs} {} given",
            if n == 1 { "" } else { "s" },
            if nargs == 1 { "was" } else { "were" }
        ));
    }
    let missing: Vec<String> = params[nargs..]
        .iter()
        .map(|p| format!("'{}'", p.as_str()))
        .collect();
    let list = match missing.as_slice() {
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        [] => String::new(),
    };
    errors::type_error(format!(
        "{name}() missing {} required positional argument{}: {list}",
        missing.len(),
        if missing.len() == 1 { "" } else { "s" }
    ))
}

#[export_name = "pl_function_type"]
pub static FUNCTION_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<FunctionObject>(v) },
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
