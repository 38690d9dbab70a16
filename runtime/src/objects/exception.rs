//! BaseException and the builtin exception hierarchy of CPython 3.8.

use std::cell::{Cell, UnsafeCell};

use crate::errors::PyResult;
use crate::gc::{self, GcSlots};
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
    args: UnsafeCell<Ref>,
    /// Attributes set on the instance (user exception classes); 0 until the first one.
    dict: Cell<Value>,
    /// Innermost frame first: each frame the exception leaves is pushed, and tracebacks print
    /// in reverse (CPython prepends to a linked list).
    traceback: UnsafeCell<Vec<TracebackEntry>>,
    /// `__cause__` (`raise ... from cause`).
    cause: UnsafeCell<Option<Ref>>,
    /// `__context__`: the exception being handled when this one was raised.
    context: UnsafeCell<Option<Ref>>,
    suppress_context: Cell<bool>,
}

pub fn new_exception(ty: &'static TypeObject, args: Vec<Ref>) -> Ref {
    let v = gc::alloc(ExceptionObject {
        header: ObjHeader::new(ty),
        args: UnsafeCell::new(new_tuple(args)),
        dict: Cell::new(Value::NULL),
        traceback: UnsafeCell::new(Vec::new()),
        cause: UnsafeCell::new(None),
        context: UnsafeCell::new(None),
        suppress_context: Cell::new(false),
    });
    unsafe { Ref::from_owned(v) }
}

/// Whether `v` is an exception instance (of BaseException or a subclass).
pub fn is_exception(v: Value) -> bool {
    is_instance_of(v, &BASE_EXCEPTION)
}

/// Whether `v` is an exception class.
pub fn is_exception_type(v: Value) -> bool {
    !v.is_small_int()
        && std::ptr::eq(type_of(v), &crate::objects::type_object::TYPE_TYPE)
        && unsafe { &*v.as_ptr::<TypeObject>() }.is_subtype(&BASE_EXCEPTION)
}

pub fn cause(v: Value) -> Option<Value> {
    unsafe { (*exception(v).cause.get()).as_ref().map(Ref::value) }
}

pub fn context(v: Value) -> Option<Value> {
    unsafe { (*exception(v).context.get()).as_ref().map(Ref::value) }
}

pub fn suppress_context(v: Value) -> bool {
    exception(v).suppress_context.get()
}

/// `raise v from cause`: sets `__cause__` (None clears it) and `__suppress_context__`.
pub fn set_cause(v: Value, cause: Option<Ref>) {
    let old = unsafe { std::mem::replace(&mut *exception(v).cause.get(), cause) };
    exception(v).suppress_context.set(true);
    drop(old);
}

/// Implicit chaining: records the exception being handled as `__context__`, unless that would
/// make the chain loop back to `v`.
pub fn set_context(v: Value, handled: Value) {
    if v == handled {
        return;
    }
    let mut link = Some(handled);
    while let Some(e) = link {
        if e == v {
            // Break the loop as CPython does: cut the chain where it would reach `v` again.
            return;
        }
        link = context(e);
    }
    let old = unsafe { (*exception(v).context.get()).replace(Ref::new(handled)) };
    drop(old);
}

unsafe fn exception_dealloc(v: Value) {
    exception_clear(v);
    gc::free::<ExceptionObject>(v)
}

fn exception_clear(v: Value) {
    let e = exception(v);
    let d = e.dict.replace(Value::NULL);
    if !d.is_null() {
        crate::object::decref(d);
    }
    unsafe {
        drop((*e.cause.get()).take());
        drop((*e.context.get()).take());
    }
}

static EXCEPTION_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        let e = exception(v);
        visit(args_tuple(v));
        let d = e.dict.get();
        if !d.is_null() {
            visit(d);
        }
        let chained = unsafe { [&*e.cause.get(), &*e.context.get()] };
        for link in chained.into_iter().flatten() {
            visit(link.value());
        }
    },
    clear: Some(exception_clear),
    finalize: None,
};

fn args_tuple(v: Value) -> Value {
    unsafe { (*exception(v).args.get()).value() }
}

fn set_args(v: Value, args: Ref) {
    let old = unsafe { std::mem::replace(&mut *exception(v).args.get(), args) };
    drop(old);
}

/// The instance's attribute dict, made on first use when `create`.
pub fn instance_dict(v: Value, create: bool) -> Option<Value> {
    let e = exception(v);
    if e.dict.get().is_null() && create {
        e.dict.set(crate::objects::dict::new_dict().into_raw());
    }
    let d = e.dict.get();
    (!d.is_null()).then_some(d)
}

fn exception(v: Value) -> &'static ExceptionObject {
    unsafe { &*v.as_ptr::<ExceptionObject>() }
}

pub fn is_instance_of(v: Value, ty: &TypeObject) -> bool {
    type_of(v).is_subtype(ty)
}

pub fn args(v: Value) -> &'static [Ref] {
    tuple_items(args_tuple(v))
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
        _ => ops::str(args_tuple(v)),
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
            let r = ops::repr(args_tuple(v))?;
            let t = as_str(r.value()).unwrap();
            t[1..t.len() - 1].to_string()
        }
    };
    Ok(new_string(format!("{name}({inner})")))
}

/// An exception instance from what `raise` was given: an instance, or a class to call.
fn instantiate(v: Value, what: &str) -> PyResult<Ref> {
    if is_exception(v) {
        return Ok(Ref::new(v));
    }
    if is_exception_type(v) {
        let instance = ops::call(v, &[], None)?;
        if !is_exception(instance.value()) {
            return Err(crate::errors::type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr(v)
                    .map(|r| as_str(r.value()).unwrap().to_string())
                    .unwrap_or_default(),
                type_of(instance.value()).name
            )));
        }
        return Ok(instance);
    }
    Err(crate::errors::type_error(format!(
        "{what} must derive from BaseException"
    )))
}

/// `raise exc [from cause]`: always ends with an exception set.
pub fn raise(exc: Value, cause: Option<Value>) -> crate::errors::Raised {
    let exc = match instantiate(exc, "exceptions") {
        Ok(e) => e,
        Err(raised) => return raised,
    };
    if let Some(cause) = cause {
        let cause = if cause == crate::objects::singletons::none() {
            None
        } else {
            match instantiate(cause, "exception causes") {
                Ok(c) => Some(c),
                Err(raised) => return raised,
            }
        };
        set_cause(exc.value(), cause);
    }
    crate::errors::set(exc)
}

/// Whether `exc` matches an `except` clause: a class or a tuple of classes.
pub fn matches_clause(exc: Value, clause: Value) -> PyResult<bool> {
    let classes: Vec<Value> = if crate::objects::tuple::is_tuple(clause) {
        tuple_items(clause).iter().map(Ref::value).collect()
    } else {
        vec![clause]
    };
    for class in &classes {
        if !is_exception_type(*class) {
            return Err(crate::errors::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    Ok(classes
        .iter()
        .any(|c| type_of(exc).is_subtype(unsafe { &*c.as_ptr::<TypeObject>() })))
}

/// `exc.__traceback__`: the frames the exception passed through, outermost first
/// (`tb_lineno` of the first, `tb_next` for the rest).
#[repr(C)]
struct TracebackObject {
    header: ObjHeader,
    exception: Ref,
    /// Index into the exception's entries, counted from the outermost.
    depth: usize,
}

fn traceback_object(exc: Value, depth: usize) -> Option<Ref> {
    let entries = traceback(exc);
    if depth >= entries.len() {
        return None;
    }
    let v = object::alloc(TracebackObject {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        exception: Ref::new(exc),
        depth,
    });
    Some(unsafe { Ref::from_owned(v) })
}

/// The traceback object of an exception, or None when it has not been raised.
pub fn traceback_of(exc: Value) -> Ref {
    traceback_object(exc, 0).unwrap_or_else(crate::objects::singletons::none_ref)
}

static TRACEBACK_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<TracebackObject>(v) },
    getattr: Some(|v, name| {
        let tb = unsafe { &*v.as_ptr::<TracebackObject>() };
        let entries = traceback(tb.exception.value());
        let entry = entries[entries.len() - 1 - tb.depth];
        Ok(match name {
            "tb_lineno" => Some(crate::objects::int::from_i64(entry.line as i64)),
            "tb_next" => Some(
                traceback_object(tb.exception.value(), tb.depth + 1)
                    .unwrap_or_else(crate::objects::singletons::none_ref),
            ),
            _ => None,
        })
    }),
    ..TypeObject::new("traceback")
};

fn exception_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let none = || crate::objects::singletons::none_ref();
    Ok(match name {
        "args" => Some(Ref::new(args_tuple(v))),
        "__cause__" => Some(cause(v).map(Ref::new).unwrap_or_else(none)),
        "__context__" => Some(context(v).map(Ref::new).unwrap_or_else(none)),
        "__suppress_context__" => Some(crate::objects::singletons::bool_ref(suppress_context(v))),
        "__traceback__" => Some(traceback_of(v)),
        _ => None,
    })
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

static BASE_EXCEPTION_METHODS: [crate::objects::type_object::Method; 2] = [
    crate::objects::type_object::Method::new("__init__", |v, args, kwnames| {
        crate::builtins::args::no_keywords(type_of(v).name, kwnames)?;
        set_args(v, new_tuple(args.iter().map(|a| Ref::new(*a)).collect()));
        Ok(crate::objects::singletons::none_ref())
    }),
    crate::objects::type_object::Method::new("with_traceback", |v, _, _| Ok(Ref::new(v))),
];

const fn exception_type(name: &'static str, base: &'static TypeObject) -> TypeObject {
    TypeObject {
        base: Some(base),
        dealloc: exception_dealloc,
        gc: Some(&EXCEPTION_GC),
        repr: exception_repr,
        str: Some(exception_str),
        construct: Some(exception_construct),
        getattr: Some(exception_getattr),
        ..TypeObject::new(name)
    }
}

pub static BASE_EXCEPTION: TypeObject = TypeObject {
    methods: &BASE_EXCEPTION_METHODS,
    ..exception_type("BaseException", &crate::objects::type_object::OBJECT_TYPE)
};

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
