//! BaseException and the builtin exception hierarchy of CPython 3.8.

use std::cell::UnsafeCell;

use crate::errors::PyResult;
use crate::object::{self, ObjHeader, Ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::objects::type_object::TypeObject;
use crate::ops::{self, type_of};
use crate::value::Value;

/// One frame the exception passed through: which code object, at which line.
#[derive(Clone, Copy)]
pub struct TracebackEntry {
    pub code: *const crate::module::CodeInfo,
    pub line: u32,
}

#[repr(C)]
pub struct ExceptionObject {
    header: ObjHeader,
    args: Ref,
    /// Innermost frame last, the order in which frames are unwound.
    traceback: UnsafeCell<Vec<TracebackEntry>>,
}

pub fn new_exception(ty: &'static TypeObject, args: Vec<Ref>) -> Ref {
    let v = object::alloc(ExceptionObject {
        header: ObjHeader::new(ty),
        args: new_tuple(args),
        traceback: UnsafeCell::new(Vec::new()),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn exception_dealloc(v: Value) {
    object::free::<ExceptionObject>(v)
}

fn exception(v: Value) -> &'static ExceptionObject {
    unsafe { &*v.as_ptr::<ExceptionObject>() }
}

pub fn is_instance_of(v: Value, ty: &TypeObject) -> bool {
    type_of(v).is_subtype(ty)
}

pub fn args(v: Value) -> &'static [Ref] {
    tuple_items(exception(v).args.value())
}

pub fn push_traceback(v: Value, entry: TracebackEntry) {
    unsafe { (*exception(v).traceback.get()).push(entry) }
}

pub fn traceback(v: Value) -> &'static [TracebackEntry] {
    unsafe { &*exception(v).traceback.get() }
}

fn exception_str(v: Value) -> PyResult<Ref> {
    match args(v) {
        [] => Ok(new_str("")),
        [one] => ops::str(one.value()),
        _ => ops::str(exception(v).args.value()),
    }
}

/// KeyError shows its key as a repr, so that `KeyError: 'name'` is quoted.
fn key_error_str(v: Value) -> PyResult<Ref> {
    match args(v) {
        [one] => ops::repr(one.value()),
        _ => exception_str(v),
    }
}

fn exception_repr(v: Value) -> PyResult<Ref> {
    let name = type_of(v).name;
    let inner = match args(v) {
        [one] => as_str(ops::repr(one.value())?.value()).unwrap().to_string(),
        _ => {
            let r = ops::repr(exception(v).args.value())?;
            let t = as_str(r.value()).unwrap();
            t[1..t.len() - 1].to_string()
        }
    };
    Ok(new_string(format!("{name}({inner})")))
}

fn exception_construct(
    ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords(ty.name, kwnames)?;
    Ok(new_exception(
        ty,
        args.iter().map(|a| Ref::new(*a)).collect(),
    ))
}

const fn exception_type(name: &'static str, base: &'static TypeObject) -> TypeObject {
    TypeObject {
        base: Some(base),
        dealloc: exception_dealloc,
        repr: exception_repr,
        str: Some(exception_str),
        construct: Some(exception_construct),
        ..TypeObject::new(name)
    }
}

pub static BASE_EXCEPTION: TypeObject =
    exception_type("BaseException", &crate::objects::type_object::OBJECT_TYPE);

/// Declares exception types: `STATIC = "Name": BASE;`, and the list of all of them for the
/// builtins module.
macro_rules! exception_types {
    ($($static:ident = $name:literal : $base:ident;)*) => {
        $(pub static $static: TypeObject = exception_type($name, &$base);)*
        pub static ALL: &[&TypeObject] = &[&BASE_EXCEPTION, &KEY_ERROR, $(&$static),*];
    };
}

exception_types! {
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    OS_ERROR = "OSError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
}

/// KeyError differs from its siblings only in how it prints its argument.
pub static KEY_ERROR: TypeObject = TypeObject {
    str: Some(key_error_str),
    ..exception_type("KeyError", &LOOKUP_ERROR)
};
