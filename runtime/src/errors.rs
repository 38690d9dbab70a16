//! The error indicator: a failing operation stores the exception here and returns an error
//! signal (0, -1, or `Err(Raised)` inside the runtime), as CPython's thread state does.

use std::cell::Cell;

use crate::object::Ref;
use crate::objects::exception::{self, new_exception};
use crate::objects::type_object::TypeObject;
use crate::value::Value;

/// Proof that an exception is set in the error indicator.
#[derive(Debug)]
pub struct Raised;

pub type PyResult<T> = Result<T, Raised>;

struct ErrorIndicator(Cell<Value>);
// One thread runs Python code at a time (DESIGN §4, Recursion, signals, threads).
unsafe impl Sync for ErrorIndicator {}

static CURRENT: ErrorIndicator = ErrorIndicator(Cell::new(Value::NULL));

/// Sets `exc` (an exception instance) as the current exception, chaining it to the exception
/// being handled (`__context__`), as CPython does whenever an exception is set.
pub fn set(exc: Ref) -> Raised {
    if let Some(handled) = handled() {
        exception::set_context(exc.value(), handled);
    }
    restore(exc)
}

/// Sets `exc` as the current exception as it is: re-raising keeps its context.
pub fn restore(exc: Ref) -> Raised {
    let old = CURRENT.0.replace(exc.into_raw());
    if !old.is_null() {
        drop(unsafe { Ref::from_owned(old) });
    }
    Raised
}

/// Raises a new instance of `ty` with one string argument.
pub fn raise(ty: &'static TypeObject, message: impl AsRef<str>) -> Raised {
    let arg = crate::objects::str::new_str(message.as_ref());
    set(new_exception(ty, vec![arg]))
}

/// Raises a new instance of `ty` with `args`.
pub fn raise_with_args(ty: &'static TypeObject, args: Vec<Ref>) -> Raised {
    set(new_exception(ty, args))
}

pub fn occurred() -> bool {
    !CURRENT.0.get().is_null()
}

/// Removes and returns the current exception.
pub fn take() -> Option<Ref> {
    let v = CURRENT.0.replace(Value::NULL);
    (!v.is_null()).then(|| unsafe { Ref::from_owned(v) })
}

/// The current exception, borrowed.
pub fn current() -> Value {
    CURRENT.0.get()
}

struct HandledStack(std::cell::RefCell<Vec<Ref>>);
unsafe impl Sync for HandledStack {}

/// Exceptions being handled by `except` and `finally` blocks, innermost last (`sys.exc_info`).
static HANDLED: HandledStack = HandledStack(std::cell::RefCell::new(Vec::new()));

/// Entering an exception handler: the current exception becomes the handled one.
pub fn begin_handling() -> Value {
    let exc = take().expect("a handler is entered with an exception set");
    let v = exc.value();
    HANDLED.0.borrow_mut().push(exc);
    v
}

/// Leaving a handler, normally or not: the previously handled exception is back.
pub fn end_handling() {
    let done = HANDLED.0.borrow_mut().pop();
    drop(done);
}

/// How many exceptions are being handled (a generator saves those above its resume depth).
pub fn handled_depth() -> usize {
    HANDLED.0.borrow().len()
}

/// Removes the handled exceptions above `depth` (a generator suspending inside handlers).
pub fn split_handled(depth: usize) -> Vec<Ref> {
    let mut stack = HANDLED.0.borrow_mut();
    let at = depth.min(stack.len());
    stack.split_off(at)
}

/// Puts back handled exceptions a generator saved when it suspended.
pub fn restore_handled(saved: Vec<Ref>) {
    HANDLED.0.borrow_mut().extend(saved);
}

/// The exception being handled, if any (`sys.exc_info()[1]`).
pub fn handled() -> Option<Value> {
    HANDLED.0.borrow().last().map(Ref::value)
}

/// Whether the current exception is an instance of `ty`.
pub fn matches(ty: &'static TypeObject) -> bool {
    let cur = current();
    !cur.is_null() && exception::is_instance_of(cur, ty)
}

pub fn type_error(message: impl AsRef<str>) -> Raised {
    raise(&exception::TYPE_ERROR, message)
}

pub fn value_error(message: impl AsRef<str>) -> Raised {
    raise(&exception::VALUE_ERROR, message)
}

pub fn index_error(message: impl AsRef<str>) -> Raised {
    raise(&exception::INDEX_ERROR, message)
}

pub fn overflow_error(message: impl AsRef<str>) -> Raised {
    raise(&exception::OVERFLOW_ERROR, message)
}

pub fn zero_division(message: impl AsRef<str>) -> Raised {
    raise(&exception::ZERO_DIVISION_ERROR, message)
}

/// KeyError's argument is the key itself (its message is the key's repr).
pub fn key_error(key: Value) -> Raised {
    raise_with_args(&exception::KEY_ERROR, vec![Ref::new(key)])
}

/// Converts an error-signalling result into the word generated code expects.
#[inline]
pub fn into_raw(r: PyResult<Ref>) -> Value {
    match r {
        Ok(v) => v.into_raw(),
        Err(Raised) => Value::NULL,
    }
}

/// The C-int convention: 0 on success, -1 with the exception set.
#[inline]
pub fn into_status(r: PyResult<()>) -> i32 {
    match r {
        Ok(()) => 0,
        Err(Raised) => -1,
    }
}
