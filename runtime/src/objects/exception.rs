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

/// Puts back the frames `v` had passed through before code that re-raised it ran.
pub fn restore_traceback(v: Value, entries: Vec<TracebackEntry>) {
    unsafe { *exception(v).traceback.get() = entries }
}

pub(crate) fn exception_str(v: Value) -> PyResult<Ref> {
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

/// `exc.__traceback__`: the frames the exception had passed through when it was read,
/// outermost first (`tb_lineno` of the first, `tb_next` for the rest).
#[repr(C)]
struct TracebackObject {
    header: ObjHeader,
    /// Innermost first, as the exception keeps them; shared along the `tb_next` chain.
    entries: std::rc::Rc<[TracebackEntry]>,
    /// Index into the entries, counted from the outermost.
    depth: usize,
}

impl TracebackObject {
    /// The frames from this one inwards, innermost first.
    fn frames(&self) -> &[TracebackEntry] {
        &self.entries[..self.entries.len() - self.depth]
    }
}

fn traceback_object(entries: std::rc::Rc<[TracebackEntry]>, depth: usize) -> Option<Ref> {
    if depth >= entries.len() {
        return None;
    }
    let v = object::alloc(TracebackObject {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        entries,
        depth,
    });
    Some(unsafe { Ref::from_owned(v) })
}

/// The traceback object of an exception, or None when it has not been raised.
pub fn traceback_of(exc: Value) -> Ref {
    traceback_object(traceback(exc).into(), 0).unwrap_or_else(crate::objects::singletons::none_ref)
}

static TRACEBACK_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<TracebackObject>(v) },
    getattr: Some(|v, name| {
        let tb = unsafe { &*v.as_ptr::<TracebackObject>() };
        let entry = tb.frames()[tb.frames().len() - 1];
        Ok(match name {
            "tb_lineno" => Some(crate::objects::int::from_i64(entry.line as i64)),
            "tb_next" => Some(
                traceback_object(tb.entries.clone(), tb.depth + 1)
                    .unwrap_or_else(crate::objects::singletons::none_ref),
            ),
            _ => None,
        })
    }),
    ..TypeObject::new("traceback")
};

/// `exc.name = value` (`None`: `del exc.name`) for the attributes BaseException keeps in its
/// own fields, with 3.8's checks; `Ok(false)` for other names.
pub(crate) fn set_field(v: Value, name: &str, value: Option<Value>) -> PyResult<bool> {
    let e = exception(v);
    let Some(value) = value else {
        let message = match name {
            "args" | "__context__" | "__cause__" | "__traceback__" => {
                format!("{name} may not be deleted")
            }
            "__suppress_context__" => "can't delete numeric/char attribute".to_string(),
            _ => return Ok(false),
        };
        return Err(crate::errors::type_error(message));
    };
    let is_none = value == crate::objects::singletons::none();
    let link = |what: &str| {
        if is_none {
            Ok(None)
        } else if is_exception(value) {
            Ok(Some(Ref::new(value)))
        } else {
            Err(crate::errors::type_error(format!(
                "exception {what} must be None or derive from BaseException"
            )))
        }
    };
    match name {
        "args" => set_args(v, new_tuple(ops::collect(value)?)),
        "__context__" => {
            let old = std::mem::replace(unsafe { &mut *e.context.get() }, link("context")?);
            drop(old);
        }
        "__cause__" => set_cause(v, link("cause")?),
        "__suppress_context__" => {
            if !std::ptr::eq(type_of(value), &crate::objects::singletons::BOOL_TYPE) {
                return Err(crate::errors::type_error(
                    "attribute value type must be bool",
                ));
            }
            e.suppress_context.set(ops::is_true(value)?);
        }
        "__traceback__" => set_traceback(v, value)?,
        _ => return Ok(false),
    }
    Ok(true)
}

/// `exc.__traceback__ = tb`: the frames of `tb` (a traceback object or None) replace the
/// exception's.
fn set_traceback(v: Value, tb: Value) -> PyResult<()> {
    let entries = if tb == crate::objects::singletons::none() {
        Vec::new()
    } else if std::ptr::eq(type_of(tb), &TRACEBACK_TYPE) {
        unsafe { &*tb.as_ptr::<TracebackObject>() }
            .frames()
            .to_vec()
    } else {
        return Err(crate::errors::type_error(
            "__traceback__ must be a traceback or None",
        ));
    };
    unsafe { *exception(v).traceback.get() = entries };
    Ok(())
}

pub(crate) fn exception_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let none = || crate::objects::singletons::none_ref();
    Ok(match name {
        "args" => Some(Ref::new(args_tuple(v))),
        "__cause__" => Some(cause(v).map(Ref::new).unwrap_or_else(none)),
        "__context__" => Some(context(v).map(Ref::new).unwrap_or_else(none)),
        "__suppress_context__" => Some(crate::objects::singletons::bool_ref(suppress_context(v))),
        "__traceback__" => Some(traceback_of(v)),
        // StopIteration's value and SystemExit's code are their first argument (the code is
        // the whole tuple when there are several).
        "value" if is_instance_of(v, &STOP_ITERATION) => Some(match args(v) {
            [] => none(),
            [first, ..] => first.clone(),
        }),
        "code" if is_instance_of(v, &SYSTEM_EXIT) => Some(match args(v) {
            [] => none(),
            [one] => one.clone(),
            _ => Ref::new(args_tuple(v)),
        }),
        _ => match instance_dict(v, false) {
            Some(d) => crate::objects::dict::get_item(d, crate::objects::attr_cache::intern(name))?
                .map(Ref::new),
            None => None,
        },
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

static BASE_EXCEPTION_METHODS: [crate::objects::type_object::Method; 4] = [
    crate::objects::type_object::Method::new(
        "__reduce__",
        crate::objects::reduce::exception_reduce,
    ),
    crate::objects::type_object::Method::new(
        "__setstate__",
        crate::objects::reduce::exception_setstate,
    ),
    crate::objects::type_object::Method::new("__init__", |v, args, kwnames| {
        crate::builtins::args::no_keywords(type_of(v).name, kwnames)?;
        set_args(v, new_tuple(args.iter().map(|a| Ref::new(*a)).collect()));
        Ok(crate::objects::singletons::none_ref())
    }),
    crate::objects::type_object::Method::new("with_traceback", |v, args, kwnames| {
        let tb = crate::builtins::args::exact("with_traceback", args, kwnames, 1)?[0];
        set_traceback(v, tb)?;
        Ok(Ref::new(v))
    }),
];

pub(crate) const fn exception_type(name: &'static str, base: &'static TypeObject) -> TypeObject {
    TypeObject {
        base: Some(base),
        dealloc: exception_dealloc,
        gc: Some(&EXCEPTION_GC),
        repr: exception_repr,
        str: Some(exception_str),
        construct: Some(exception_construct),
        getattr: Some(exception_getattr),
        // `generic_setattr` stores the fields through `set_field`.
        setattr: Some(crate::objects::class::generic_setattr),
        ..TypeObject::new(name)
    }
}

pub static BASE_EXCEPTION: TypeObject = TypeObject {
    methods: &BASE_EXCEPTION_METHODS,
    members: &[
        "args",
        "__cause__",
        "__context__",
        "__suppress_context__",
        "__traceback__",
    ],
    ..exception_type("BaseException", &crate::objects::type_object::OBJECT_TYPE)
};

/// Declares exception types: `STATIC = "Name": BASE;`, and the list of all of them for the
/// builtins module.
macro_rules! exception_types {
    ($($static:ident = $name:literal : $base:ident;)*) => {
        $(pub static $static: TypeObject = exception_type($name, &$base);)*
        pub static ALL: &[&TypeObject] = &[
            &BASE_EXCEPTION,
            &KEY_ERROR,
            &UNICODE_DECODE_ERROR,
            &UNICODE_ENCODE_ERROR,
            $(&$static),*
        ];
    };
}

exception_types! {
    SYSTEM_EXIT = "SystemExit": BASE_EXCEPTION;
    KEYBOARD_INTERRUPT = "KeyboardInterrupt": BASE_EXCEPTION;
    GENERATOR_EXIT = "GeneratorExit": BASE_EXCEPTION;
    EXCEPTION = "Exception": BASE_EXCEPTION;
    STOP_ITERATION = "StopIteration": EXCEPTION;
    STOP_ASYNC_ITERATION = "StopAsyncIteration": EXCEPTION;
    ARITHMETIC_ERROR = "ArithmeticError": EXCEPTION;
    FLOATING_POINT_ERROR = "FloatingPointError": ARITHMETIC_ERROR;
    OVERFLOW_ERROR = "OverflowError": ARITHMETIC_ERROR;
    ZERO_DIVISION_ERROR = "ZeroDivisionError": ARITHMETIC_ERROR;
    ASSERTION_ERROR = "AssertionError": EXCEPTION;
    ATTRIBUTE_ERROR = "AttributeError": EXCEPTION;
    EOF_ERROR = "EOFError": EXCEPTION;
    IMPORT_ERROR = "ImportError": EXCEPTION;
    MODULE_NOT_FOUND_ERROR = "ModuleNotFoundError": IMPORT_ERROR;
    LOOKUP_ERROR = "LookupError": EXCEPTION;
    INDEX_ERROR = "IndexError": LOOKUP_ERROR;
    MEMORY_ERROR = "MemoryError": EXCEPTION;
    NAME_ERROR = "NameError": EXCEPTION;
    UNBOUND_LOCAL_ERROR = "UnboundLocalError": NAME_ERROR;
    REFERENCE_ERROR = "ReferenceError": EXCEPTION;
    RUNTIME_ERROR = "RuntimeError": EXCEPTION;
    NOT_IMPLEMENTED_ERROR = "NotImplementedError": RUNTIME_ERROR;
    RECURSION_ERROR = "RecursionError": RUNTIME_ERROR;
    SYNTAX_ERROR = "SyntaxError": EXCEPTION;
    INDENTATION_ERROR = "IndentationError": SYNTAX_ERROR;
    TAB_ERROR = "TabError": INDENTATION_ERROR;
    SYSTEM_ERROR = "SystemError": EXCEPTION;
    TYPE_ERROR = "TypeError": EXCEPTION;
    VALUE_ERROR = "ValueError": EXCEPTION;
    UNICODE_ERROR = "UnicodeError": VALUE_ERROR;
    UNICODE_TRANSLATE_ERROR = "UnicodeTranslateError": UNICODE_ERROR;
    WARNING = "Warning": EXCEPTION;
    BYTES_WARNING = "BytesWarning": WARNING;
    DEPRECATION_WARNING = "DeprecationWarning": WARNING;
    FUTURE_WARNING = "FutureWarning": WARNING;
    IMPORT_WARNING = "ImportWarning": WARNING;
    PENDING_DEPRECATION_WARNING = "PendingDeprecationWarning": WARNING;
    RESOURCE_WARNING = "ResourceWarning": WARNING;
    RUNTIME_WARNING = "RuntimeWarning": WARNING;
    SYNTAX_WARNING = "SyntaxWarning": WARNING;
    UNICODE_WARNING = "UnicodeWarning": WARNING;
    USER_WARNING = "UserWarning": WARNING;
    BUFFER_ERROR = "BufferError": EXCEPTION;
}

/// KeyError differs from its siblings only in how it prints its argument.
pub static KEY_ERROR: TypeObject = TypeObject {
    str: Some(key_error_str),
    ..exception_type("KeyError", &LOOKUP_ERROR)
};

// ----- UnicodeDecodeError and UnicodeEncodeError -----

/// The names of the five arguments both Unicode errors take, in order.
const UNICODE_ERROR_FIELDS: [&str; 5] = ["encoding", "object", "start", "end", "reason"];

/// The encoding, object, start, end and reason of a Unicode error made with its five
/// arguments; `None` when its arguments are something else.
fn unicode_error_parts(v: Value) -> Option<(&'static str, Value, i64, i64, &'static str)> {
    let int =
        |r: &Ref| crate::objects::int::int_view(r.value()).map(crate::objects::int::saturating_i64);
    match args(v) {
        [encoding, object, start, end, reason] => Some((
            as_str(encoding.value())?,
            object.value(),
            int(start)?,
            int(end)?,
            as_str(reason.value())?,
        )),
        _ => None,
    }
}

/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", or "bytes in
/// position 0-1" for a longer stretch.
fn unicode_decode_error_str(v: Value) -> PyResult<Ref> {
    let Some((encoding, object, start, end, reason)) = unicode_error_parts(v) else {
        return exception_str(v);
    };
    let data = crate::objects::bytes_methods::bytes_like(object)?.unwrap_or_default();
    let byte = usize::try_from(start)
        .ok()
        .filter(|_| end == start + 1)
        .and_then(|i| data.get(i));
    Ok(new_string(match byte {
        Some(b) => {
            format!("'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        }
        None => format!(
            "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}

/// "'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)", or
/// "characters in position 1-2" for a longer stretch.
fn unicode_encode_error_str(v: Value) -> PyResult<Ref> {
    let Some((encoding, object, start, end, reason)) = unicode_error_parts(v) else {
        return exception_str(v);
    };
    let c = usize::try_from(start)
        .ok()
        .filter(|_| end == start + 1)
        .and_then(|i| as_str(object)?.chars().nth(i));
    Ok(new_string(match c {
        Some(c) => format!(
            "'{encoding}' codec can't encode character '{}' in position {start}: {reason}",
            crate::objects::codecs::escaped_char(c)
        ),
        None => format!(
            "'{encoding}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        ),
    }))
}

/// The fields are the arguments; a decode error's `object` is always bytes.
fn unicode_error_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let field = UNICODE_ERROR_FIELDS.iter().position(|f| *f == name);
    match (field, args(v)) {
        (Some(1), [_, object, ..]) if is_instance_of(v, &UNICODE_DECODE_ERROR) => {
            let data = crate::objects::bytes_methods::bytes_like(object.value())?;
            Ok(data.map(|d| crate::objects::bytes::new_bytes(d.into_owned())))
        }
        (Some(i), items) if items.len() == UNICODE_ERROR_FIELDS.len() => Ok(Some(items[i].clone())),
        _ => exception_getattr(v, name),
    }
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)`, checked as CPython parses
/// them: str, a bytes-like object (str for UnicodeEncodeError), two indices, str.
fn unicode_error_construct(
    ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords(ty.name, kwnames)?;
    if args.len() != UNICODE_ERROR_FIELDS.len() {
        return Err(crate::errors::type_error(format!(
            "function takes exactly 5 arguments ({} given)",
            args.len()
        )));
    }
    let must_be_str = |i: usize| match as_str(args[i]) {
        Some(_) => Ok(()),
        None => Err(crate::errors::type_error(format!(
            "argument {} must be str, not {}",
            i + 1,
            type_of(args[i]).name
        ))),
    };
    let encoding_error = ty.is_subtype(&UNICODE_ENCODE_ERROR);
    must_be_str(0)?;
    if encoding_error {
        must_be_str(1)?;
    }
    crate::objects::method_args::ssize(args[2])?;
    crate::objects::method_args::ssize(args[3])?;
    must_be_str(4)?;
    if !encoding_error {
        crate::objects::bytes_methods::require_bytes_like(args[1])?;
    }
    Ok(new_exception(
        ty,
        args.iter().map(|a| Ref::new(*a)).collect(),
    ))
}

pub static UNICODE_DECODE_ERROR: TypeObject = TypeObject {
    str: Some(unicode_decode_error_str),
    getattr: Some(unicode_error_getattr),
    construct: Some(unicode_error_construct),
    ..exception_type("UnicodeDecodeError", &UNICODE_ERROR)
};

pub static UNICODE_ENCODE_ERROR: TypeObject = TypeObject {
    str: Some(unicode_encode_error_str),
    getattr: Some(unicode_error_getattr),
    construct: Some(unicode_error_construct),
    ..exception_type("UnicodeEncodeError", &UNICODE_ERROR)
};
