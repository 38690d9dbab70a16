//! Generator objects (DESIGN §4, Generators): a frame holding the code object's registers and
//! a resume label; one compiled resume function runs the body from the label.
//!
//! Architecture invariant: `frame` and `label` sit at `abi::GENERATOR_FRAME_OFFSET` and
//! `abi::GENERATOR_LABEL_OFFSET`; generated resume functions read and write them directly.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::module::CodeInfo;
use crate::object::{self, ObjHeader, Ref};
use crate::objects::exception::{self, GENERATOR_EXIT, RUNTIME_ERROR, STOP_ITERATION};
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
    nslots: usize,
    code: *const CodeInfo,
    resume: ResumeFn,
    running: Cell<bool>,
    /// The `return` value, for StopIteration.
    result: Cell<Value>,
    /// Frame slots holding the arguments, released if the generator never runs.
    argument_slots: Box<[u32]>,
    /// Exceptions its suspended body is handling (it yielded inside `except` or `finally`);
    /// they are the handled ones again while it runs, as in CPython's per-frame exc_info.
    handled: std::cell::RefCell<Vec<Ref>>,
}

fn generator(v: Value) -> &'static GeneratorObject {
    unsafe { &*v.as_ptr::<GeneratorObject>() }
}

impl GeneratorObject {
    fn slot(&self, i: usize) -> &Cell<Value> {
        unsafe { &*(self.frame.add(i) as *const Cell<Value>) }
    }
}

/// A generator for a call of a generator function: the arguments (borrowed) go to their
/// frame slots.
pub fn new_generator(
    code: *const CodeInfo,
    resume: ResumeFn,
    nslots: usize,
    values: &[Value],
    slots: &[u32],
) -> Ref {
    let frame = Box::into_raw(vec![Value::NULL; nslots.max(1)].into_boxed_slice()) as *mut Value;
    for (v, slot) in values.iter().zip(slots) {
        crate::object::incref(*v);
        unsafe { *frame.add(*slot as usize) = *v };
    }
    let v = object::alloc(GeneratorObject {
        header: ObjHeader::new(&GENERATOR_TYPE),
        frame,
        label: Cell::new(0),
        nslots: nslots.max(1),
        code,
        resume,
        running: Cell::new(false),
        result: Cell::new(Value::NULL),
        argument_slots: slots.into(),
        handled: std::cell::RefCell::new(Vec::new()),
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

fn take_result(g: &GeneratorObject) -> Option<Ref> {
    let r = g.result.replace(Value::NULL);
    (!r.is_null()).then(|| unsafe { Ref::from_owned(r) })
}

/// Resumes the body. `Ok(None)`: the generator returned (its value is kept for StopIteration).
fn resume(gen: Value, sent: Option<Ref>) -> PyResult<Option<Ref>> {
    let g = generator(gen);
    if g.running.get() {
        return Err(errors::value_error("generator already executing"));
    }
    if g.label.get() == DONE {
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
    // PEP 479: a StopIteration escaping the body would end the caller's loop silently.
    if errors::matches(&STOP_ITERATION) {
        let cause = errors::take().unwrap();
        let e = exception::new_exception(
            &RUNTIME_ERROR,
            vec![new_str("generator raised StopIteration")],
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

fn stop_iteration(result: Option<Ref>) -> errors::Raised {
    let args = result.filter(|r| r.value() != none()).into_iter().collect();
    errors::set(exception::new_exception(&STOP_ITERATION, args))
}

/// `gen.send(value)`.
fn send(gen: Value, value: Value) -> PyResult<Ref> {
    let g = generator(gen);
    if g.label.get() == 0 && value != none() {
        return Err(errors::type_error(
            "can't send non-None value to a just-started generator",
        ));
    }
    match resume(gen, Some(Ref::new(value)))? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_result(g))),
    }
}

/// `gen.throw(exc)`: raises `exc` at the suspended yield.
fn throw(gen: Value, exc: Value, value: Option<Value>) -> PyResult<Ref> {
    let g = generator(gen);
    let exc = match value {
        Some(v) if v != none() && exception::is_exception_type(exc) => {
            crate::ops::call(exc, &[v], None)?
        }
        _ => Ref::new(exc),
    };
    let raised = exception::raise(exc.value(), None);
    if g.label.get() == 0 || g.label.get() == DONE {
        g.label.set(DONE);
        return Err(raised);
    }
    match resume(gen, None)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(take_result(g))),
    }
}

/// `gen.close()`: GeneratorExit at the yield; the body may clean up but not yield again.
fn close(gen: Value) -> PyResult<()> {
    let g = generator(gen);
    if g.label.get() == 0 || g.label.get() == DONE {
        g.label.set(DONE);
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
            "generator ignored GeneratorExit",
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

unsafe fn generator_dealloc(v: Value) {
    let g = generator(v);
    match g.label.get() {
        0 => {
            for &slot in g.argument_slots.iter() {
                let value = g.slot(slot as usize).replace(Value::NULL);
                if !value.is_null() {
                    crate::object::decref(value);
                }
            }
        }
        DONE => {}
        _ => {
            // Run `finally` blocks: the body releases what it holds on the way out. An error
            // here has nowhere to go (CPython prints it as "ignored").
            (*v.header()).refcnt.set(1);
            let saved = errors::take();
            if close(v).is_err() {
                errors::take();
            }
            if let Some(e) = saved {
                errors::restore(e);
            }
        }
    }
    if let Some(r) = take_result(g) {
        drop(r);
    }
    drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(
        g.frame, g.nslots,
    )));
    object::free::<GeneratorObject>(v)
}

static GENERATOR_METHODS: [Method; 3] = [
    Method::new("send", |v, a, k| {
        send(v, crate::builtins::args::exact("send", a, k, 1)?[0])
    }),
    Method::new("throw", |v, a, k| {
        crate::builtins::args::no_keywords("throw", k)?;
        match a {
            [exc] => throw(v, *exc, None),
            [exc, value] | [exc, value, _] => throw(v, *exc, Some(*value)),
            _ => Err(errors::type_error(format!(
                "throw expected at least 1 argument, got {}",
                a.len()
            ))),
        }
    }),
    Method::new("close", |v, a, k| {
        crate::builtins::args::exact("close", a, k, 0)?;
        close(v)?;
        Ok(none_ref())
    }),
];

pub static GENERATOR_TYPE: TypeObject = TypeObject {
    dealloc: generator_dealloc,
    repr: |v| {
        let code = unsafe { &*generator(v).code };
        Ok(new_string(format!(
            "<generator object {} at {:#x}>",
            code.qualname.as_str(),
            v.0
        )))
    },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| resume(v, Some(none_ref()))),
    methods: &GENERATOR_METHODS,
    getattr: Some(|v, name| {
        let g = generator(v);
        let code = unsafe { &*g.code };
        Ok(match name {
            "gi_running" => Some(crate::objects::singletons::bool_ref(g.running.get())),
            "__name__" => Some(new_str(code.name.as_str())),
            "__qualname__" => Some(new_str(code.qualname.as_str())),
            _ => None,
        })
    }),
    ..TypeObject::new("generator")
};

pub fn is_generator(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &GENERATOR_TYPE)
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
    if is_generator(it) {
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
    if sent == none() {
        return match crate::ops::next(it)? {
            Some(v) => Ok(Some(v)),
            None => {
                stash_stop_value(None);
                Ok(None)
            }
        };
    }
    match crate::ops::call_method(it, new_str("send").value(), &[sent], None) {
        Ok(v) => Ok(Some(v)),
        Err(raised) => finished_or_error(raised),
    }
}

/// An exception thrown into a generator suspended in `yield from it`: GeneratorExit closes
/// `it` and goes on; others are thrown into `it` when it can take them.
pub fn yield_from_throw(it: Value, exc: Value) -> PyResult<Option<Ref>> {
    let reraise = || errors::restore(Ref::new(exc));
    if exception::is_instance_of(exc, &GENERATOR_EXIT) {
        if is_generator(it) {
            close(it)?;
        } else if let Ok(close) = crate::ops::get_attr(it, new_str("close").value()) {
            crate::ops::call(close.value(), &[], None)?;
        } else {
            errors::take();
        }
        return Err(reraise());
    }
    let result = if is_generator(it) {
        throw(it, exc, None)
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
