//! Generator objects (DESIGN §4, Generators): a frame holding the code object's registers and
//! a resume label; one compiled resume function runs the body from the label. Coroutines and
//! asynchronous generators are the same objects with another type (`coroutine.rs`).
//!
//! Architecture invariant: `frame`, `label` and `line` sit at `abi::GENERATOR_FRAME_OFFSET`,
//! `abi::GENERATOR_LABEL_OFFSET` and `abi::GENERATOR_LINE_OFFSET`; generated resume functions
//! read and write them directly.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::module::CodeInfo;
use crate::object::{ObjHeader, Ref};
use crate::objects::coroutine::{ASYNC_GENERATOR_TYPE, COROUTINE_TYPE};
use crate::objects::exception::{
    self, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION,
};
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::{new_str, new_string};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

/// Runs the body from the current label: returns the yielded value, or 0 when the body
/// returned (no exception set) or raised. `sent` is an owned reference, or 0 to resume with
/// the exception that is set.
pub type ResumeFn = unsafe extern "C" fn(gen: Value, sent: Value) -> Value;

/// The label of a generator that finished.
pub const DONE: u64 = u64::MAX;

#[repr(C)]
pub struct GeneratorObject {
    header: ObjHeader,
    frame: *mut Value,
    /// 0: not started; DONE: finished; otherwise the yield to resume after.
    label: Cell<u64>,
    /// The line of the `yield` it is suspended at (the first line before it starts).
    line: Cell<u64>,
    nslots: usize,
    code: *const CodeInfo,
    resume: ResumeFn,
    running: Cell<bool>,
    /// The `return` value, for StopIteration.
    result: Cell<Value>,
    /// Exceptions its suspended body is handling (it yielded inside `except` or `finally`);
    /// they are the handled ones again while it runs, as in CPython's per-frame exc_info.
    handled: std::cell::RefCell<Vec<Ref>>,
    /// `__name__` and `__qualname__` once assigned (the code's until then).
    name: std::cell::RefCell<Option<Ref>>,
    qualname: std::cell::RefCell<Option<Ref>>,
}

const _: () = {
    use std::mem::offset_of;
    assert!(offset_of!(GeneratorObject, frame) == crate::abi::GENERATOR_FRAME_OFFSET as usize);
    assert!(offset_of!(GeneratorObject, label) == crate::abi::GENERATOR_LABEL_OFFSET as usize);
    assert!(offset_of!(GeneratorObject, line) == crate::abi::GENERATOR_LINE_OFFSET as usize);
};

pub(crate) fn generator(v: Value) -> &'static GeneratorObject {
    unsafe { &*v.as_ptr::<GeneratorObject>() }
}

/// Which of the three kinds of generator-like object the body belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl Kind {
    fn of(v: Value) -> Kind {
        let ty = type_of(v);
        if std::ptr::eq(ty, &COROUTINE_TYPE) {
            Kind::Coroutine
        } else if std::ptr::eq(ty, &ASYNC_GENERATOR_TYPE) {
            Kind::AsyncGenerator
        } else {
            Kind::Generator
        }
    }

    /// What CPython's attribute names start with (`gi_frame`, `cr_frame`, `ag_frame`).
    fn prefix(self) -> &'static str {
        match self {
            Kind::Generator => "gi_",
            Kind::Coroutine => "cr_",
            Kind::AsyncGenerator => "ag_",
        }
    }

    /// How CPython's messages name it.
    fn noun(self) -> &'static str {
        match self {
            Kind::Generator => "generator",
            Kind::Coroutine => "coroutine",
            Kind::AsyncGenerator => "async generator",
        }
    }
}

impl GeneratorObject {
    fn slot(&self, i: usize) -> &Cell<Value> {
        unsafe { &*(self.frame.add(i) as *const Cell<Value>) }
    }
}

/// A generator for a call of a generator function: the arguments (borrowed) go to their
/// frame slots.
pub fn new_generator(
    code: &'static CodeInfo,
    resume: ResumeFn,
    nslots: usize,
    arguments: &[Value],
) -> Ref {
    let frame = Box::into_raw(vec![Value::NULL; nslots.max(1)].into_boxed_slice()) as *mut Value;
    for (v, &slot) in arguments.iter().zip(code.owned_slots(0)) {
        crate::object::incref(*v);
        unsafe { *frame.add(slot as usize) = *v };
    }
    let flags = code.flags;
    let ty = if flags & CodeInfo::ASYNC_GENERATOR != 0 {
        &ASYNC_GENERATOR_TYPE
    } else if flags & CodeInfo::COROUTINE != 0 {
        &COROUTINE_TYPE
    } else {
        &GENERATOR_TYPE
    };
    let v = crate::gc::alloc(GeneratorObject {
        header: ObjHeader::new(ty),
        frame,
        label: Cell::new(0),
        line: Cell::new(code.first_line),
        nslots: nslots.max(1),
        code,
        resume,
        running: Cell::new(false),
        result: Cell::new(Value::NULL),
        handled: std::cell::RefCell::new(Vec::new()),
        name: std::cell::RefCell::new(None),
        qualname: std::cell::RefCell::new(None),
    });
    unsafe { Ref::from_owned(v) }
}

/// Called by the compiled body at `return value` (value borrowed).
pub fn set_result(gen: Value, value: Value) {
    let g = generator(gen);
    crate::object::incref(value);
    let old = g.result.replace(value);
    if !old.is_null() {
        crate::object::decref(old);
    }
}

pub(crate) fn take_result(g: &GeneratorObject) -> Option<Ref> {
    let r = g.result.replace(Value::NULL);
    (!r.is_null()).then(|| unsafe { Ref::from_owned(r) })
}

/// Resumes the body. `Ok(None)`: the generator returned (its value is kept for StopIteration).
pub(crate) fn resume(gen: Value, sent: Option<Ref>) -> PyResult<Option<Ref>> {
    let g = generator(gen);
    let kind = Kind::of(gen);
    if g.running.get() {
        return Err(errors::value_error(format!(
            "{} already executing",
            kind.noun()
        )));
    }
    if g.label.get() == DONE {
        if kind == Kind::Coroutine {
            return Err(errors::raise(
                &RUNTIME_ERROR,
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(None);
    }
    g.running.set(true);
    let depth = errors::handled_depth();
    errors::restore_handled(std::mem::take(&mut *g.handled.borrow_mut()));
    let r = unsafe { (g.resume)(gen, sent.map_or(Value::NULL, Ref::into_raw)) };
    let still_handling = errors::split_handled(depth);
    g.running.set(false);
    if !r.is_null() {
        *g.handled.borrow_mut() = still_handling;
        return Ok(Some(unsafe { Ref::from_owned(r) }));
    }
    drop(still_handling);
    g.label.set(DONE);
    if !errors::occurred() {
        return Ok(None);
    }
    // PEP 479: a StopIteration escaping the body would end the caller's loop silently (and
    // StopAsyncIteration an `async for`'s).
    let escaped = if errors::matches(&STOP_ITERATION) {
        "StopIteration"
    } else if kind == Kind::AsyncGenerator && errors::matches(&STOP_ASYNC_ITERATION) {
        "StopAsyncIteration"
    } else {
        ""
    };
    if !escaped.is_empty() {
        let cause = errors::take().unwrap();
        let e = exception::new_exception(
            &RUNTIME_ERROR,
            vec![new_string(format!("{} raised {escaped}", kind.noun()))],
        );
        exception::set_cause(e.value(), Some(cause.clone()));
        exception::set_context(e.value(), cause.value());
        return Err(errors::restore(e));
    }
    Err(errors::Raised)
}

/// `next(gen)` of a generator that has returned: StopIteration carrying its return value.
pub fn raise_returned(gen: Value) -> errors::Raised {
    stop_iteration(take_result(generator(gen)))
}

pub(crate) fn stop_iteration(result: Option<Ref>) -> errors::Raised {
    let args = result.filter(|r| r.value() != none()).into_iter().collect();
    errors::set(exception::new_exception(&STOP_ITERATION, args))
}

/// `gen.send(value)`.
pub(crate) fn send(gen: Value, value: Value) -> PyResult<Ref> {
    match send_raw(gen, value)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_result(generator(gen)))),
    }
}

/// `send`, with `Ok(None)` when the body returned.
pub(crate) fn send_raw(gen: Value, value: Value) -> PyResult<Option<Ref>> {
    if generator(gen).label.get() == 0 && value != none() {
        return Err(errors::type_error(format!(
            "can't send non-None value to a just-started {}",
            Kind::of(gen).noun()
        )));
    }
    resume(gen, Some(Ref::new(value)))
}

/// `gen.throw(exc)`: raises `exc` at the suspended yield.
pub(crate) fn throw(gen: Value, exc: Value) -> PyResult<Ref> {
    match throw_raw(gen, exc)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_result(generator(gen)))),
    }
}

/// The exception of `throw(type[, value[, tb]])` (also `athrow`'s): the one to raise.
pub(crate) fn thrown(name: &str, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    crate::builtins::args::no_keywords(name, k)?;
    match a {
        [exc, value] | [exc, value, _]
            if *value != none() && exception::is_exception_type(*exc) =>
        {
            // CPython's `PyErr_NormalizeException`: an instance of the class is thrown as it
            // is, a tuple holds the constructor's arguments.
            if crate::objects::metaclass::isinstance(*value, *exc)? {
                return Ok(Ref::new(*value));
            }
            let arguments: Vec<Value> = match crate::objects::tuple::is_tuple(*value) {
                true => crate::objects::tuple::tuple_items(*value)
                    .iter()
                    .map(Ref::value)
                    .collect(),
                false => vec![*value],
            };
            crate::ops::call(*exc, &arguments, None)
        }
        [exc, value] | [exc, value, _] if *value != none() && exception::is_exception(*exc) => Err(
            errors::type_error("instance exception may not have a separate value"),
        ),
        [exc] | [exc, _] | [exc, _, _]
            if exception::is_exception(*exc) || exception::is_exception_type(*exc) =>
        {
            Ok(Ref::new(*exc))
        }
        [exc] | [exc, _] | [exc, _, _] => Err(errors::type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            crate::ops::type_of(*exc).name
        ))),
        _ => Err(errors::type_error(format!(
            "{name} expected at least 1 argument, got {}",
            a.len()
        ))),
    }
}

/// `throw` of an exception (instance or class), with `Ok(None)` when the body returned.
pub(crate) fn throw_raw(gen: Value, exc: Value) -> PyResult<Option<Ref>> {
    let g = generator(gen);
    let raised = exception::raise(exc, None);
    match g.label.get() {
        // A finished coroutine refuses, as `resume` does.
        DONE if Kind::of(gen) == Kind::Coroutine => drop(errors::take()),
        0 | DONE => {
            finish_unstarted(g);
            return Err(raised);
        }
        _ => {}
    }
    resume(gen, None)
}

/// Not finished: CPython's generator still has its frame (the collector counts it).
pub(crate) fn holds_frame(gen: Value) -> bool {
    generator(gen).label.get() != DONE
}

/// Started and not finished.
pub(crate) fn is_suspended(gen: Value) -> bool {
    !matches!(generator(gen).label.get(), 0 | DONE)
}

pub(crate) fn is_running(gen: Value) -> bool {
    generator(gen).running.get()
}

/// Where the body is: its code, and the line it is suspended at (None once finished).
pub(crate) fn location(gen: Value) -> (&'static CodeInfo, Option<u64>) {
    let g = generator(gen);
    let line = (g.label.get() != DONE).then(|| g.line.get());
    (unsafe { &*g.code }, line)
}

/// `__qualname__`, for reprs.
pub(crate) fn qualname(gen: Value) -> String {
    let g = generator(gen);
    match &*g.qualname.borrow() {
        Some(q) => crate::objects::str::as_str(q.value())
            .unwrap_or_default()
            .to_string(),
        None => unsafe { (*g.code).qualname.as_str() }.to_string(),
    }
}

/// The attributes every kind has: `__name__`, `__qualname__`, and those CPython spells with
/// the kind's prefix (`gi_code`, `cr_code`, `ag_code`): its code, frame (None once finished)
/// and whether it runs.
pub(crate) fn common_attr(gen: Value, name: &str) -> Option<Ref> {
    let g = generator(gen);
    let code = unsafe { &*g.code };
    let (prefix, rest) = name.split_at(name.len().min(3));
    if matches!(prefix, "gi_" | "cr_" | "ag_") && prefix == Kind::of(gen).prefix() {
        return match rest {
            "code" => Some(crate::objects::code::code_object(code)),
            "frame" if g.label.get() == DONE => Some(none_ref()),
            "frame" => Some(crate::objects::coroutine::new_frame(gen)),
            "running" => Some(crate::objects::singletons::bool_ref(g.running.get())),
            _ => None,
        };
    }
    match name {
        "__name__" => Some(
            g.name
                .borrow()
                .clone()
                .unwrap_or_else(|| new_str(code.name.as_str())),
        ),
        "__qualname__" => Some(
            g.qualname
                .borrow()
                .clone()
                .unwrap_or_else(|| new_str(code.qualname.as_str())),
        ),
        _ => None,
    }
}

/// `gen.__name__ = value` and `gen.__qualname__ = value`, which every kind allows.
pub(crate) fn set_name_attr(gen: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let g = generator(gen);
    let field = match name {
        "__name__" => &g.name,
        "__qualname__" => &g.qualname,
        _ => {
            let ty = type_of(gen).name;
            let message = if common_attr(gen, name).is_some() {
                "readonly attribute".to_string()
            } else {
                format!("'{ty}' object has no attribute '{name}'")
            };
            return Err(errors::raise(&exception::ATTRIBUTE_ERROR, message));
        }
    };
    match value {
        Some(v) if crate::objects::str::as_str(v).is_some() => {
            drop(field.replace(Some(Ref::new(v))));
            Ok(())
        }
        _ => Err(errors::type_error(format!(
            "{name} must be set to a string object"
        ))),
    }
}

/// `gen.close()`: GeneratorExit at the yield; the body may clean up but not yield again.
pub(crate) fn close(gen: Value) -> PyResult<()> {
    let g = generator(gen);
    if g.label.get() == 0 || g.label.get() == DONE {
        finish_unstarted(g);
        return Ok(());
    }
    errors::raise(&GENERATOR_EXIT, "");
    errors::take().map(|e| {
        // GeneratorExit() has no arguments.
        let bare = exception::new_exception(&GENERATOR_EXIT, vec![]);
        drop(e);
        errors::restore(bare)
    });
    match resume(gen, None) {
        Ok(Some(_)) => Err(errors::raise(
            &RUNTIME_ERROR,
            format!("{} ignored GeneratorExit", Kind::of(gen).noun()),
        )),
        Ok(None) => Ok(()),
        Err(raised) => {
            if errors::matches(&GENERATOR_EXIT) || errors::matches(&STOP_ITERATION) {
                errors::take();
                return Ok(());
            }
            Err(raised)
        }
    }
}

/// Ends a generator that never ran (or has finished): the arguments its frame holds go.
fn finish_unstarted(g: &GeneratorObject) {
    if g.label.get() == 0 {
        for &slot in unsafe { &*g.code }.owned_slots(0) {
            let value = g.slot(slot as usize).replace(Value::NULL);
            if !value.is_null() {
                crate::object::decref(value);
            }
        }
    }
    g.label.set(DONE);
}

pub(crate) unsafe fn generator_dealloc(v: Value) {
    let g = generator(v);
    crate::gc::untrack(v);
    // The finalizer, unless the collector ran it (PEP 442).
    if !crate::gc::mark_finalized(v) {
        (*v.header()).refcnt.set(1);
        finalize(v);
    }
    clear(v);
    drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
        g.frame, g.nslots,
    )));
    crate::gc::free::<GeneratorObject>(v)
}

/// CPython's `_PyGen_Finalize`: a suspended body is closed, so its `finally` blocks run and it
/// releases what it holds on the way out; an error has nowhere to go and is printed as ignored.
/// One that never started releases its arguments, except a coroutine, whose frame CPython
/// keeps to report it was never awaited.
fn finalize(v: Value) {
    if is_running(v) {
        return;
    }
    if generator(v).label.get() == 0 && Kind::of(v) != Kind::Coroutine {
        finish_unstarted(generator(v));
    }
    if !is_suspended(v) {
        return;
    }
    let saved = errors::take();
    if close(v).is_err() {
        crate::traceback::print_unraisable(Some(v));
    }
    if let Some(e) = saved {
        errors::restore(e);
    }
}

/// The frame slots that own a reference: the arguments before the body starts, those the
/// code's table lists for the yield it is suspended at, none once it has finished. A running
/// body's slots change under it, so the collector counts them as held from outside.
fn owned_slots(g: &GeneratorObject) -> &'static [u64] {
    if g.running.get() || g.label.get() == DONE {
        return &[];
    }
    unsafe { &*g.code }.owned_slots(g.label.get())
}

fn traverse(v: Value, visit: &mut dyn FnMut(Value)) {
    let g = generator(v);
    for &slot in owned_slots(g) {
        let value = g.slot(slot as usize).get();
        if !value.is_null() {
            visit(value);
        }
    }
    let result = g.result.get();
    if !result.is_null() {
        visit(result);
    }
    if !g.running.get() {
        g.handled.borrow().iter().for_each(|e| visit(e.value()));
    }
    for renamed in [&g.name, &g.qualname] {
        if let Some(r) = &*renamed.borrow() {
            visit(r.value());
        }
    }
}

/// Breaks a collected generator whose finalizer left it suspended (it ignored GeneratorExit,
/// or was finalized before): as CPython clears such a frame, what it holds is released without
/// running the body, which is finished from then on.
fn clear(v: Value) {
    let g = generator(v);
    if g.running.get() {
        return;
    }
    let owned = owned_slots(g);
    g.label.set(DONE);
    for &slot in owned {
        let value = g.slot(slot as usize).replace(Value::NULL);
        if !value.is_null() {
            crate::object::decref(value);
        }
    }
    drop(take_result(g));
    drop(std::mem::take(&mut *g.handled.borrow_mut()));
    drop(g.name.take());
    drop(g.qualname.take());
}

/// How the collector sees generators, coroutines and asynchronous generators alike.
pub(crate) static GENERATOR_GC: crate::gc::GcSlots = crate::gc::GcSlots {
    traverse,
    clear: Some(clear),
    finalize: Some(finalize),
};

/// The methods coroutines share with generators.
pub(crate) const SEND: Method = Method::new("send", |v, a, k| {
    send(v, crate::builtins::args::exact("send", a, k, 1)?[0])
});
pub(crate) const THROW: Method =
    Method::new("throw", |v, a, k| throw(v, thrown("throw", a, k)?.value()));
pub(crate) const CLOSE: Method = Method::new("close", |v, a, k| {
    crate::builtins::args::exact("close", a, k, 0)?;
    close(v)?;
    Ok(none_ref())
});

/// `gen.__del__()`: the finalizer, which closes a suspended body.
pub(crate) const DEL: Method = Method::new("__del__", |v, a, k| {
    crate::builtins::args::exact("__del__", a, k, 0)?;
    finalize(v);
    Ok(none_ref())
});

static GENERATOR_METHODS: [Method; 6] = [
    SEND,
    THROW,
    CLOSE,
    DEL,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::NEXT,
];

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    dealloc: generator_dealloc,
    gc: Some(&GENERATOR_GC),
    repr: |v| {
        Ok(new_string(format!(
            "<generator object {} at {:#x}>",
            qualname(v),
            v.0
        )))
    },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| resume(v, Some(none_ref()))),
    methods: &GENERATOR_METHODS,
    getattr: Some(|v, name| Ok(common_attr(v, name))),
    members: &[
        "__name__",
        "__qualname__",
        "gi_code",
        "gi_frame",
        "gi_running",
    ],
    setattr: Some(set_name_attr),
    ..TypeObject::new("generator")
};

pub fn is_generator(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &GENERATOR_TYPE)
}

/// A generator or a coroutine: what `yield from` and `await` drive through the resume
/// function directly.
fn is_resumable(v: Value) -> bool {
    is_generator(v) || (!v.is_small_int() && std::ptr::eq(type_of(v), &COROUTINE_TYPE))
}

// ----- yield from -----

struct StopValue(Cell<Value>);
unsafe impl Sync for StopValue {}

/// The value a delegated-to iterator finished with (`yield from`'s result), until taken.
static STOP_VALUE: StopValue = StopValue(Cell::new(Value::NULL));

fn stash_stop_value(value: Option<Ref>) {
    let old = STOP_VALUE
        .0
        .replace(value.map_or(Value::NULL, Ref::into_raw));
    if !old.is_null() {
        crate::object::decref(old);
    }
}

/// `yield from`'s result: what the sub-iterator returned (None when nothing).
pub fn take_stop_value() -> Ref {
    let v = STOP_VALUE.0.replace(Value::NULL);
    if v.is_null() {
        none_ref()
    } else {
        unsafe { Ref::from_owned(v) }
    }
}

/// A StopIteration that is set becomes the stashed result; `Ok(None)`: the iterator finished.
fn finished_or_error(raised: errors::Raised) -> PyResult<Option<Ref>> {
    if errors::matches(&STOP_ITERATION) {
        let stop = errors::take().unwrap();
        stash_stop_value(exception::args(stop.value()).first().cloned());
        return Ok(None);
    }
    Err(raised)
}

/// One step of `yield from it`: sends `sent` in (`next` for None). `Ok(None)`: finished.
pub fn yield_from_send(it: Value, sent: Value) -> PyResult<Option<Ref>> {
    if is_resumable(it) {
        let g = generator(it);
        if sent == none() {
            return match resume(it, Some(none_ref()))? {
                Some(v) => Ok(Some(v)),
                None => {
                    stash_stop_value(take_result(g));
                    Ok(None)
                }
            };
        }
        return match send(it, sent) {
            Ok(v) => Ok(Some(v)),
            Err(raised) => finished_or_error(raised),
        };
    }
    // A class's `__next__` is called directly: the value of the StopIteration it raises is
    // the result (an `__await__` iterator's return value).
    if sent == none() && !type_of(it).is_heap() {
        return match crate::ops::next(it) {
            Ok(Some(v)) => Ok(Some(v)),
            Ok(None) => {
                stash_stop_value(None);
                Ok(None)
            }
            Err(raised) => finished_or_error(raised),
        };
    }
    let method = if sent == none() { "__next__" } else { "send" };
    let args: &[Value] = if sent == none() { &[] } else { &[sent] };
    match crate::ops::call_method(it, new_str(method).value(), args, None) {
        Ok(v) => Ok(Some(v)),
        Err(raised) => finished_or_error(raised),
    }
}

/// An exception thrown into a generator suspended in `yield from it`: GeneratorExit closes
/// `it` and goes on; others are thrown into `it` when it can take them.
pub fn yield_from_throw(it: Value, exc: Value) -> PyResult<Option<Ref>> {
    let reraise = || errors::restore(Ref::new(exc));
    if exception::is_instance_of(exc, &GENERATOR_EXIT) {
        if is_resumable(it) {
            close(it)?;
        } else if let Ok(close) = crate::ops::get_attr(it, new_str("close").value()) {
            crate::ops::call(close.value(), &[], None)?;
        } else {
            errors::take();
        }
        return Err(reraise());
    }
    let result = if is_resumable(it) {
        throw(it, exc)
    } else {
        match crate::ops::get_attr(it, new_str("throw").value()) {
            Ok(throw) => crate::ops::call(throw.value(), &[exc], None),
            Err(_) => {
                errors::take();
                return Err(reraise());
            }
        }
    };
    match result {
        Ok(v) => Ok(Some(v)),
        Err(raised) => finished_or_error(raised),
    }
}
