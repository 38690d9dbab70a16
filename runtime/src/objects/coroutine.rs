//! Coroutines and asynchronous generators: generator objects (`generator.rs`) of other types,
//! the awaitables an asynchronous generator hands out (`asend`, `athrow`), and the operations
//! of `await`, `async for` and `async with` (CPython's GET_AWAITABLE, GET_AITER, GET_ANEXT,
//! BEFORE_ASYNC_WITH).
//!
//! An asynchronous generator's body yields two kinds of values through its resume function:
//! what an `await` inside it passes up to the event loop, and, wrapped in an
//! `async_generator_wrapped_value`, what its `yield` produces. Its `asend`/`athrow` awaitables
//! pass the first kind on and turn the second into their result.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::class::special_method;
use crate::objects::exception::{self, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ASYNC_ITERATION};
use crate::objects::generator::{self, generator_dealloc};
use crate::objects::int::from_i64 as new_int;
use crate::objects::singletons::{bool_ref, none, none_ref};
use crate::objects::str::new_string;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

fn qualname(v: Value) -> String {
    generator::qualname(v)
}

fn is_type(v: Value, ty: &'static TypeObject) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), ty)
}

fn no_args(name: &str, a: &[Value], k: Option<Value>) -> PyResult<()> {
    crate::builtins::args::exact(name, a, k, 0).map(drop)
}

fn one_arg(name: &str, a: &[Value], k: Option<Value>) -> PyResult<Value> {
    Ok(crate::builtins::args::exact(name, a, k, 1)?[0])
}

// ----- coroutine -----

static COROUTINE_METHODS: [Method; 5] = [
    generator::SEND,
    generator::THROW,
    generator::CLOSE,
    generator::DEL,
    Method::new("__await__", |v, a, k| {
        no_args("__await__", a, k)?;
        Ok(new_wrapper(v))
    }),
];

pub static COROUTINE_TYPE: TypeObject = TypeObject {
    dealloc: generator_dealloc,
    gc: Some(&crate::objects::generator::GENERATOR_GC),
    repr: |v| {
        Ok(new_string(format!(
            "<coroutine object {} at {:#x}>",
            qualname(v),
            v.0
        )))
    },
    methods: &COROUTINE_METHODS,
    getattr: Some(|v, name| {
        Ok(match name {
            // Origin tracking (`sys.set_coroutine_origin_tracking_depth`) is never on.
            "cr_origin" => Some(none_ref()),
            _ => generator::common_attr(v, name),
        })
    }),
    members: &[
        "__name__",
        "__qualname__",
        "cr_code",
        "cr_frame",
        "cr_origin",
        "cr_running",
    ],
    setattr: Some(generator::set_name_attr),
    ..TypeObject::new("coroutine")
};

/// The objects here that hold one value: a coroutine's frame and `__await__` iterator, and
/// a value an asynchronous generator yielded.
#[repr(C)]
struct Holder {
    header: ObjHeader,
    held: Ref,
}

fn hold(ty: &'static TypeObject, value: Value) -> Ref {
    let v = object::alloc(Holder {
        header: ObjHeader::new(ty),
        held: Ref::new(value),
    });
    unsafe { Ref::from_owned(v) }
}

fn held(v: Value) -> Value {
    unsafe { (*v.as_ptr::<Holder>()).held.value() }
}

unsafe fn holder_dealloc(v: Value) {
    object::free::<Holder>(v)
}

pub(crate) fn new_frame(coro: Value) -> Ref {
    hold(&FRAME_TYPE, coro)
}

/// The frame of a generator, coroutine or asynchronous generator that has not finished: its
/// line (`f_lineno`) and `f_code`.
static FRAME_TYPE: TypeObject = TypeObject {
    dealloc: holder_dealloc,
    repr: |v| {
        let (info, line) = generator::location(held(v));
        Ok(new_string(format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            v.0,
            unsafe { (*info.module).filename.as_str() },
            line.unwrap_or(info.first_line),
            info.name.as_str()
        )))
    },
    getattr: Some(|v, name| {
        let coro = held(v);
        let (info, line) = generator::location(coro);
        Ok(match name {
            "f_lineno" => Some(new_int(line.unwrap_or(info.first_line) as i64)),
            "f_code" => Some(crate::objects::code::code_object(info)),
            _ => None,
        })
    }),
    members: &["f_code", "f_lineno"],
    ..TypeObject::new("frame")
};

/// What `coroutine.__await__()` returns: an iterator driving the coroutine.
fn new_wrapper(coro: Value) -> Ref {
    hold(&WRAPPER_TYPE, coro)
}

static WRAPPER_METHODS: [Method; 3] = [
    Method::new("send", |v, a, k| {
        generator::send(held(v), one_arg("send", a, k)?)
    }),
    Method::new("throw", |v, a, k| {
        let exc = generator::thrown("throw", a, k)?;
        generator::throw(held(v), exc.value())
    }),
    Method::new("close", |v, a, k| {
        no_args("close", a, k)?;
        generator::close(held(v))?;
        Ok(none_ref())
    }),
];

static WRAPPER_TYPE: TypeObject = TypeObject {
    dealloc: holder_dealloc,
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| generator::send(held(v), none()).map(Some)),
    methods: &WRAPPER_METHODS,
    ..TypeObject::new("coroutine_wrapper")
};

// ----- asynchronous generators -----

static ASYNC_GENERATOR_METHODS: [Method; 6] = [
    generator::DEL,
    Method::new("__aiter__", |v, a, k| {
        no_args("__aiter__", a, k)?;
        Ok(Ref::new(v))
    }),
    Method::new("__anext__", |v, a, k| {
        no_args("__anext__", a, k)?;
        Ok(new_asend(v, none()))
    }),
    Method::new("asend", |v, a, k| Ok(new_asend(v, one_arg("asend", a, k)?))),
    Method::new("athrow", |v, a, k| {
        let exc = generator::thrown("athrow", a, k)?;
        Ok(new_athrow(v, Some(exc)))
    }),
    Method::new("aclose", |v, a, k| {
        no_args("aclose", a, k)?;
        Ok(new_athrow(v, None))
    }),
];

pub static ASYNC_GENERATOR_TYPE: TypeObject = TypeObject {
    dealloc: generator_dealloc,
    gc: Some(&crate::objects::generator::GENERATOR_GC),
    repr: |v| {
        Ok(new_string(format!(
            "<async_generator object {} at {:#x}>",
            qualname(v),
            v.0
        )))
    },
    methods: &ASYNC_GENERATOR_METHODS,
    getattr: Some(|v, name| Ok(generator::common_attr(v, name))),
    members: &[
        "__name__",
        "__qualname__",
        "ag_code",
        "ag_frame",
        "ag_running",
    ],
    setattr: Some(generator::set_name_attr),
    ..TypeObject::new("async_generator")
};

/// A value the asynchronous generator's body yielded (as opposed to one an `await` in it
/// passes up).
static WRAPPED_VALUE_TYPE: TypeObject = TypeObject {
    dealloc: holder_dealloc,
    ..TypeObject::new("async_generator_wrapped_value")
};

/// Where an `asend`/`athrow` awaitable is: not started, running the generator, or done.
#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

/// `agen.asend(value)` and `agen.__anext__()`; with `throw` set, `agen.athrow(exc)`, and
/// with `close` set, `agen.aclose()`.
#[repr(C)]
struct AsyncGenAwaitable {
    header: ObjHeader,
    gen: Ref,
    /// asend: the value to send first; athrow: the exception; aclose: None.
    value: Option<Ref>,
    thrower: bool,
    state: Cell<State>,
}

fn awaitable(v: Value) -> &'static AsyncGenAwaitable {
    unsafe { &*v.as_ptr::<AsyncGenAwaitable>() }
}

fn new_awaitable(ty: &'static TypeObject, gen: Value, value: Option<Ref>, thrower: bool) -> Ref {
    let v = object::alloc(AsyncGenAwaitable {
        header: ObjHeader::new(ty),
        gen: Ref::new(gen),
        value,
        thrower,
        state: Cell::new(State::Init),
    });
    unsafe { Ref::from_owned(v) }
}

fn new_asend(gen: Value, value: Value) -> Ref {
    new_awaitable(&ASEND_TYPE, gen, Some(Ref::new(value)), false)
}

fn new_athrow(gen: Value, exc: Option<Ref>) -> Ref {
    new_awaitable(&ATHROW_TYPE, gen, exc, true)
}

/// What the generator's resume produced, seen from the awaitable: a yielded value is its
/// result (StopIteration), an `await`'s value goes on up, the end is StopAsyncIteration.
fn unwrap(a: &AsyncGenAwaitable, r: PyResult<Option<Ref>>) -> PyResult<Ref> {
    let closing = a.thrower && a.value.is_none();
    match r {
        Ok(Some(v)) if is_type(v.value(), &WRAPPED_VALUE_TYPE) => {
            a.state.set(State::Closed);
            if closing {
                return Err(errors::raise(
                    &RUNTIME_ERROR,
                    "async generator ignored GeneratorExit",
                ));
            }
            Err(generator::stop_iteration(Some(Ref::new(held(v.value())))))
        }
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            a.state.set(State::Closed);
            generator::take_result(generator::generator(a.gen.value()));
            if closing {
                return Err(generator::stop_iteration(None));
            }
            Err(errors::raise_with_args(&STOP_ASYNC_ITERATION, vec![]))
        }
        Err(raised) => {
            a.state.set(State::Closed);
            if closing
                && (errors::matches(&STOP_ASYNC_ITERATION) || errors::matches(&GENERATOR_EXIT))
            {
                errors::take();
                return Err(generator::stop_iteration(None));
            }
            Err(raised)
        }
    }
}

fn awaitable_send(v: Value, sent: Value) -> PyResult<Ref> {
    let a = awaitable(v);
    let gen = a.gen.value();
    match a.state.get() {
        State::Closed => {
            let what = if a.thrower {
                "aclose()/athrow()"
            } else {
                "__anext__()/asend()"
            };
            return Err(errors::raise(
                &RUNTIME_ERROR,
                format!("cannot reuse already awaited {what}"),
            ));
        }
        State::Iter => return unwrap(a, generator::send_raw(gen, sent)),
        State::Init => {}
    }
    a.state.set(State::Iter);
    if !a.thrower {
        let first = if sent == none() {
            a.value.as_ref().map_or(none(), Ref::value)
        } else {
            sent
        };
        return unwrap(a, generator::send_raw(gen, first));
    }
    let exc = match &a.value {
        Some(exc) => exc.clone(),
        None => exception::new_exception(&GENERATOR_EXIT, vec![]),
    };
    unwrap(a, generator::throw_raw(gen, exc.value()))
}

fn awaitable_throw(v: Value, exc: Value) -> PyResult<Ref> {
    let a = awaitable(v);
    if a.state.get() == State::Closed {
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "cannot reuse already awaited aclose()/athrow()",
        ));
    }
    a.state.set(State::Iter);
    unwrap(a, generator::throw_raw(a.gen.value(), exc))
}

static AWAITABLE_METHODS: [Method; 4] = [
    Method::new("send", |v, a, k| awaitable_send(v, one_arg("send", a, k)?)),
    Method::new("throw", |v, a, k| {
        let exc = generator::thrown("throw", a, k)?;
        awaitable_throw(v, exc.value())
    }),
    Method::new("close", |v, a, k| {
        no_args("close", a, k)?;
        awaitable(v).state.set(State::Closed);
        Ok(none_ref())
    }),
    Method::new("__await__", |v, a, k| {
        no_args("__await__", a, k)?;
        Ok(Ref::new(v))
    }),
];

static ASEND_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<AsyncGenAwaitable>(v) },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| awaitable_send(v, none()).map(Some)),
    methods: &AWAITABLE_METHODS,
    ..TypeObject::new("async_generator_asend")
};

static ATHROW_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<AsyncGenAwaitable>(v) },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| awaitable_send(v, none()).map(Some)),
    methods: &AWAITABLE_METHODS,
    ..TypeObject::new("async_generator_athrow")
};

// ----- the operations of await, async for and async with -----

/// The operations generated code performs for the asynchronous statements and expressions.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AsyncOp {
    /// `await a`: the iterator to `yield from`.
    Await,
    /// `async for`: the asynchronous iterator.
    AIter,
    /// `async for`: the iterator of the awaitable of the next item.
    ANext,
    /// Whether the exception (a) ends an `async for` (StopAsyncIteration), as True or False.
    EndsAsyncFor,
    /// `async with` (a the manager): the tuple (bound `__aexit__`, the iterator of the
    /// awaitable `__aenter__()` returned).
    AEnter,
    /// `async with`: the iterator of the awaitable `__aexit__` returned (a).
    AExit,
    /// `async with` left by the exception b: the iterator of the awaitable of
    /// `__aexit__(type, exc, tb)` (a the bound `__aexit__`).
    AExitException,
    /// `yield value` in an asynchronous generator: the value, marked as yielded.
    Wrap,
}

impl AsyncOp {
    pub const ALL: [AsyncOp; 8] = [
        AsyncOp::Await,
        AsyncOp::AIter,
        AsyncOp::ANext,
        AsyncOp::EndsAsyncFor,
        AsyncOp::AEnter,
        AsyncOp::AExit,
        AsyncOp::AExitException,
        AsyncOp::Wrap,
    ];
}

/// The iterator that awaiting `v` drives, or `Ok(None)` when `v` is not awaitable.
fn awaitable_iter(v: Value) -> PyResult<Option<Ref>> {
    // A coroutine only suspends in an `await`: a started one is already awaited by another.
    if is_type(v, &COROUTINE_TYPE) && generator::is_suspended(v) {
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "coroutine is being awaited already",
        ));
    }
    if is_type(v, &COROUTINE_TYPE) || is_type(v, &ASEND_TYPE) || is_type(v, &ATHROW_TYPE) {
        return Ok(Some(Ref::new(v)));
    }
    let Some(method) = optional_special_method(v, "__await__")? else {
        return Ok(None);
    };
    let it = ops::call(method.value(), &[], None)?;
    if is_type(it.value(), &COROUTINE_TYPE) {
        return Err(errors::type_error("__await__() returned a coroutine"));
    }
    if type_of(it.value()).next.is_none() {
        return Err(errors::type_error(format!(
            "__await__() returned non-iterator of type '{}'",
            type_of(it.value()).name
        )));
    }
    Ok(Some(it))
}

fn optional_special_method(v: Value, name: &str) -> PyResult<Option<Ref>> {
    match special_method(v, name) {
        Ok(m) => Ok(Some(m)),
        Err(raised) => {
            if errors::matches(&exception::ATTRIBUTE_ERROR) {
                errors::take();
                return Ok(None);
            }
            Err(raised)
        }
    }
}

/// `awaitable_iter`, or the TypeError `message` followed by the type's name.
fn awaitable_or(v: Value, message: &str) -> PyResult<Ref> {
    awaitable_iter(v)?.ok_or_else(|| errors::type_error(format!("{message}{}", type_of(v).name)))
}

pub fn async_op(op: AsyncOp, a: Value, b: Value) -> PyResult<Ref> {
    match op {
        AsyncOp::Await => awaitable_iter(a)?.ok_or_else(|| {
            errors::type_error(format!(
                "object {} can't be used in 'await' expression",
                type_of(a).name
            ))
        }),
        AsyncOp::AIter => {
            let Some(method) = optional_special_method(a, "__aiter__")? else {
                return Err(errors::type_error(format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    type_of(a).name
                )));
            };
            let it = ops::call(method.value(), &[], None)?;
            if optional_special_method(it.value(), "__anext__")?.is_none() {
                return Err(errors::type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    type_of(it.value()).name
                )));
            }
            Ok(it)
        }
        AsyncOp::ANext => {
            if is_type(a, &ASYNC_GENERATOR_TYPE) {
                return Ok(new_asend(a, none()));
            }
            let Some(method) = optional_special_method(a, "__anext__")? else {
                return Err(errors::type_error(format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    type_of(a).name
                )));
            };
            let next = ops::call(method.value(), &[], None)?;
            awaitable_or(
                next.value(),
                "'async for' received an invalid object from __anext__: ",
            )
        }
        AsyncOp::EndsAsyncFor => Ok(bool_ref(exception::is_instance_of(
            a,
            &STOP_ASYNC_ITERATION,
        ))),
        AsyncOp::AEnter => {
            let exit = special_method(a, "__aexit__")?;
            let enter = special_method(a, "__aenter__")?;
            let entered = ops::call(enter.value(), &[], None)?;
            let it = awaitable_or(
                entered.value(),
                "'async with' received an object from __aenter__ that does not implement __await__: ",
            )?;
            Ok(new_tuple(vec![exit, it]))
        }
        AsyncOp::AExit => awaitable_or(
            a,
            "'async with' received an object from __aexit__ that does not implement __await__: ",
        ),
        AsyncOp::AExitException => {
            let ty = type_of(b).as_value();
            let tb = exception::traceback_of(b);
            let r = ops::call(a, &[ty, b, tb.value()], None)?;
            async_op(AsyncOp::AExit, r.value(), Value::NULL)
        }
        AsyncOp::Wrap => Ok(hold(&WRAPPED_VALUE_TYPE, a)),
    }
}
