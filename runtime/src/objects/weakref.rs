//! Weak references (`_weakref`): `weakref.ref`, the proxies, and the clearing of both when
//! their referent goes.
//!
//! A weak reference holds its referent's address without owning it. The weak references to
//! one object live in a side table keyed by that address, in CPython's order (the shared
//! plain reference first, then the shared plain proxy, then the others, newest first). Objects
//! that can die carry the collector's header, whose "weakly referenced" bit sends their free
//! (`gc::free`) or their collection (`gc.rs`'s `handle_weakrefs`) here, so every weak reference
//! to an object is cleared before its memory can be reused. The other objects that accept weak
//! references (types, builtin functions) are never freed.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{decref, ObjHeader, Ref};
use crate::objects::exception::REFERENCE_ERROR;
use crate::objects::method_args;
use crate::objects::singletons::{bool_ref, none, none_ref, not_implemented};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject, TYPE_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

/// A weak reference or a proxy (the three types share the layout).
#[repr(C)]
pub struct WeakRefObject {
    header: ObjHeader,
    /// Borrowed; null once the referent is gone.
    referent: Cell<Value>,
    /// Owned, or null.
    callback: Cell<Value>,
    /// The referent's hash, once asked for: a dead reference keeps answering with it.
    hash: Cell<Option<i64>>,
}

fn weakref(v: Value) -> &'static WeakRefObject {
    unsafe { &*v.as_ptr::<WeakRefObject>() }
}

/// The weak references and proxies to each referent, by its address.
struct Table(RefCell<BTreeMap<usize, Vec<Value>>>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for Table {}

static TABLE: Table = Table(RefCell::new(BTreeMap::new()));

fn refs_to(referent: Value) -> Vec<Value> {
    TABLE
        .0
        .borrow()
        .get(&referent.0)
        .cloned()
        .unwrap_or_default()
}

pub fn is_weakref(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&REF_TYPE)
}

fn is_proxy(v: Value) -> bool {
    !v.is_small_int()
        && (std::ptr::eq(type_of(v), &PROXY_TYPE) || std::ptr::eq(type_of(v), &CALLABLE_PROXY_TYPE))
}

/// The shared weak reference or proxy without callback: the one `ref(x)` and `proxy(x)` give
/// again while it lives.
fn is_plain(v: Value, ty: &'static TypeObject) -> bool {
    std::ptr::eq(type_of(v), ty) && weakref(v).callback.get().is_null()
}

// ----- which objects accept weak references -----

/// The builtin types whose instances accept weak references, as in CPython 3.8 (types and
/// builtin functions are never freed; the others carry the collector's header).
fn builtin_accepts(ty: &'static TypeObject) -> bool {
    use crate::objects::*;
    [
        &function::FUNCTION_TYPE,
        &function::BUILTIN_FUNCTION_TYPE,
        &class::METHOD_TYPE,
        &method::BUILTIN_METHOD_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &generator::GENERATOR_TYPE,
        &coroutine::COROUTINE_TYPE,
        &coroutine::ASYNC_GENERATOR_TYPE,
        &deque::DEQUE_TYPE,
        &memoryview::MEMORYVIEW_TYPE,
        &file::TEXT_IO_WRAPPER_TYPE,
        &file::BUFFERED_READER_TYPE,
        &file::BUFFERED_WRITER_TYPE,
        &file::BUFFERED_RANDOM_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(*t, ty))
}

/// Whether a class defined in Python gives its instances a weak reference list: one of its
/// classes has no `__slots__` or names `__weakref__` in them, or its builtin base accepts weak
/// references. Like CPython, bases with items inline (`int`, `tuple`, `bytes`) add none.
fn class_accepts(ty: &'static TypeObject) -> PyResult<bool> {
    let layout = ty.base_layout();
    if builtin_accepts(layout) {
        return Ok(true);
    }
    let inline_items = [
        &crate::objects::int::INT_TYPE,
        &crate::objects::tuple::TUPLE_TYPE,
        &crate::objects::bytes::BYTES_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(*t, layout));
    if inline_items {
        return Ok(false);
    }
    let slots_key = crate::objects::attr_cache::intern("__slots__");
    for class in ty.resolution_order() {
        if !class.is_heap() {
            continue;
        }
        let Some(slots) = crate::objects::dict::get_item(class.dict.get(), slots_key)? else {
            return Ok(true);
        };
        let names_weakref = match as_str(slots) {
            Some(name) => name == "__weakref__",
            None => ops::collect(slots)?
                .iter()
                .any(|n| as_str(n.value()) == Some("__weakref__")),
        };
        if names_weakref {
            return Ok(true);
        }
    }
    Ok(false)
}

fn accepts_weakrefs(v: Value) -> PyResult<bool> {
    if v.is_small_int() {
        return Ok(false);
    }
    let ty = type_of(v);
    if ty.is_subtype(&TYPE_TYPE) {
        return Ok(true);
    }
    if ty.is_heap() {
        return class_accepts(ty);
    }
    Ok(builtin_accepts(ty))
}

fn check_accepts(v: Value) -> PyResult<()> {
    if accepts_weakrefs(v)? {
        return Ok(());
    }
    Err(errors::type_error(format!(
        "cannot create weak reference to '{}' object",
        type_of(v).name
    )))
}

/// Whether the referent carries the collector's header (it can die), rather than being a
/// type or a builtin function.
fn is_mortal(v: Value) -> bool {
    let ty = type_of(v);
    ty.gc.is_some() && !ty.is_subtype(&TYPE_TYPE)
}

// ----- making and registering -----

fn allocate(ty: &'static TypeObject, referent: Value, callback: Option<Value>) -> Ref {
    let callback = callback.map_or(Value::NULL, |c| Ref::new(c).into_raw());
    let wr = WeakRefObject {
        header: ObjHeader::new(ty),
        referent: Cell::new(referent),
        callback: Cell::new(callback),
        hash: Cell::new(None),
    };
    if ty.is_heap() {
        return crate::objects::builtin_subclass::new_instance(ty, wr);
    }
    unsafe { Ref::from_owned(gc::alloc(wr)) }
}

/// Puts a new weak reference in its referent's list at CPython's place: the plain reference
/// first, the plain proxy after it, any other after those two.
fn register(wr: Value) {
    let referent = weakref(wr).referent.get();
    let mut table = TABLE.0.borrow_mut();
    let list = table.entry(referent.0).or_default();
    let at = if is_plain(wr, &REF_TYPE) {
        0
    } else {
        let plain_ref = list.first().is_some_and(|&r| is_plain(r, &REF_TYPE)) as usize;
        let plain_proxy = list
            .get(plain_ref)
            .is_some_and(|&p| is_plain(p, &PROXY_TYPE) || is_plain(p, &CALLABLE_PROXY_TYPE))
            as usize;
        if is_proxy(wr) && weakref(wr).callback.get().is_null() {
            plain_ref
        } else {
            plain_ref + plain_proxy
        }
    };
    list.insert(at, wr);
    if list.len() == 1 && is_mortal(referent) {
        gc::set_weakly_referenced(referent, true);
    }
}

/// Takes a weak reference out of its referent's list (it is being freed or cleared).
fn unregister(wr: Value) {
    let referent = weakref(wr).referent.replace(Value::NULL);
    if referent.is_null() {
        return;
    }
    let mut table = TABLE.0.borrow_mut();
    let Some(list) = table.get_mut(&referent.0) else {
        return;
    };
    list.retain(|&r| r != wr);
    if list.is_empty() {
        table.remove(&referent.0);
        if is_mortal(referent) {
            gc::set_weakly_referenced(referent, false);
        }
    }
}

/// `ref(ob, callback=None)` or `proxy(ob, callback=None)` of the type `ty`: the shared plain
/// one when there is no callback and it exists.
fn new_weakref(ty: &'static TypeObject, referent: Value, callback: Option<Value>) -> PyResult<Ref> {
    check_accepts(referent)?;
    let callback = callback.filter(|&c| c != none());
    if callback.is_none() && !ty.is_heap() {
        if let Some(existing) = refs_to(referent).into_iter().find(|&r| is_plain(r, ty)) {
            return Ok(Ref::new(existing));
        }
    }
    let wr = allocate(ty, referent, callback);
    register(wr.value());
    Ok(wr)
}

/// `weakref.proxy(ob, callback=None)`: a callable proxy for a callable referent.
pub fn new_proxy(referent: Value, callback: Option<Value>) -> PyResult<Ref> {
    let ty = if crate::builtins::functions::is_callable(referent)? {
        &CALLABLE_PROXY_TYPE
    } else {
        &PROXY_TYPE
    };
    new_weakref(ty, referent, callback)
}

/// `weakref.getweakrefcount(ob)`.
pub fn count(referent: Value) -> usize {
    if referent.is_small_int() {
        return 0;
    }
    TABLE.0.borrow().get(&referent.0).map_or(0, Vec::len)
}

/// `weakref.getweakrefs(ob)`, in list order.
pub fn all_to(referent: Value) -> Vec<Ref> {
    if referent.is_small_int() {
        return Vec::new();
    }
    refs_to(referent).into_iter().map(Ref::new).collect()
}

// ----- clearing -----

/// Clears every weak reference to `referent` and empties its list, returning them (borrowed:
/// nothing has run since they were found alive).
pub fn detach_all(referent: Value) -> Vec<Value> {
    let refs = TABLE.0.borrow_mut().remove(&referent.0).unwrap_or_default();
    for &wr in &refs {
        weakref(wr).referent.set(Value::NULL);
    }
    refs
}

pub fn has_callback(wr: Value) -> bool {
    !weakref(wr).callback.get().is_null()
}

/// Calls `callback` with the cleared weak reference `wr`; an exception is reported as
/// ignored, as CPython does.
fn call_back(wr: Value, callback: Value) {
    if ops::call(callback, &[wr], None).is_err() {
        crate::traceback::print_unraisable(Some(callback));
    }
}

/// The collector's call of a weak reference it cleared: the weak reference keeps its
/// callback (`__callback__`) until it is freed, as in CPython.
pub fn run_callback(wr: Value) {
    let callback = Ref::new(weakref(wr).callback.get());
    call_back(wr, callback.value());
}

/// The referent's last reference went (from `gc::free`): its weak references are cleared and
/// lose their callbacks, then the callbacks run in list order, with the exception being
/// handled kept.
pub fn referent_freed(referent: Value) {
    let calls: Vec<(Ref, Ref)> = detach_all(referent)
        .into_iter()
        .filter(|&wr| has_callback(wr))
        .map(|wr| {
            let callback = weakref(wr).callback.replace(Value::NULL);
            (Ref::new(wr), unsafe { Ref::from_owned(callback) })
        })
        .collect();
    if calls.is_empty() {
        return;
    }
    let saved = errors::take();
    for (wr, callback) in &calls {
        call_back(wr.value(), callback.value());
    }
    if let Some(e) = saved {
        errors::restore(e);
    }
}

fn clear(v: Value) {
    unregister(v);
    let callback = weakref(v).callback.replace(Value::NULL);
    if !callback.is_null() {
        decref(callback);
    }
}

// Instances of subclasses of `ref` are freed with their class's layout, which drops this.
impl Drop for WeakRefObject {
    fn drop(&mut self) {
        clear(Value::from_ptr(self));
    }
}

unsafe fn dealloc(v: Value) {
    gc::free::<WeakRefObject>(v)
}

static WEAKREF_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        let callback = weakref(v).callback.get();
        if !callback.is_null() {
            visit(callback);
        }
    },
    clear: Some(clear),
    finalize: None,
};

// ----- `weakref.ref` -----

/// The referent, or None once it is gone.
fn referent_or_none(v: Value) -> Ref {
    let referent = weakref(v).referent.get();
    if referent.is_null() {
        none_ref()
    } else {
        Ref::new(referent)
    }
}

fn ref_construct(ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("ref", k)?;
    method_args::check_count("__new__", a.len(), 1, 2)?;
    new_weakref(ty, a[0], a.get(1).copied())
}

fn ref_repr(v: Value) -> PyResult<Ref> {
    let referent = weakref(v).referent.get();
    if referent.is_null() {
        return Ok(new_string(format!("<weakref at {:#x}; dead>", v.0)));
    }
    let name = ops::get_attr_or_none(referent, new_str("__name__").value())?;
    let to = format!(
        "<weakref at {:#x}; to '{}' at {:#x}",
        v.0,
        type_of(referent).name,
        referent.0
    );
    Ok(new_string(
        match name.as_ref().and_then(|n| as_str(n.value())) {
            Some(name) => format!("{to} ({name})>"),
            None => format!("{to}>"),
        },
    ))
}

fn ref_hash(v: Value) -> PyResult<i64> {
    let w = weakref(v);
    if let Some(h) = w.hash.get() {
        return Ok(h);
    }
    let referent = w.referent.get();
    if referent.is_null() {
        return Err(errors::type_error("weak object has gone away"));
    }
    let h = ops::hash(referent)?;
    w.hash.set(Some(h));
    Ok(h)
}

/// `==` and `!=`: the referents' comparison while both live, identity otherwise.
fn ref_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) || !is_weakref(b) {
        return Ok(not_implemented());
    }
    let (x, y) = (weakref(a).referent.get(), weakref(b).referent.get());
    if x.is_null() || y.is_null() {
        return Ok(bool_ref((a == b) == (op == CompareOp::Eq)));
    }
    // The comparison may drop the last other references to either referent.
    let (x, y) = (Ref::new(x), Ref::new(y));
    ops::compare(x.value(), y.value(), op)
}

fn ref_call(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (positional, keywords) = args::split(a, k);
    let (what, given) = if !keywords.is_empty() {
        ("keyword arguments", keywords.len())
    } else {
        ("arguments", positional.len())
    };
    if given > 0 {
        return Err(errors::type_error(format!(
            "__call__() takes at most 0 {what} ({given} given)"
        )));
    }
    Ok(referent_or_none(v))
}

fn ref_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    Ok(match name {
        "__callback__" => {
            let callback = weakref(v).callback.get();
            Some(if callback.is_null() {
                none_ref()
            } else {
                Ref::new(callback)
            })
        }
        _ => None,
    })
}

pub static REF_TYPE: TypeObject = TypeObject {
    dealloc,
    gc: Some(&WEAKREF_GC),
    repr: ref_repr,
    hash: Some(ref_hash),
    richcompare: Some(ref_richcompare),
    call: Some(ref_call),
    construct: Some(ref_construct),
    methods: &[
        Method::new("__init__", |_, a, k| {
            args::no_keywords("ref", k)?;
            method_args::check_count("__init__", a.len(), 1, 2)?;
            Ok(none_ref())
        }),
        Method::new("__call__", ref_call),
        crate::objects::builtin_subclass::new::WEAKREF,
        crate::objects::builtin_subclass::slots::REPR,
        crate::objects::builtin_subclass::slots::HASH,
        crate::objects::builtin_subclass::slots::EQ,
        crate::objects::builtin_subclass::slots::NE,
    ],
    getattr: Some(ref_getattr),
    members: &["__callback__"],
    getattr_only_members: true,
    ..TypeObject::new("weakref")
};

// ----- proxies -----

/// The referent of a proxy, or CPython's ReferenceError once it is gone.
fn live_referent(proxy: Value) -> PyResult<Ref> {
    let referent = weakref(proxy).referent.get();
    if referent.is_null() {
        return Err(errors::raise(
            &REFERENCE_ERROR,
            "weakly-referenced object no longer exists",
        ));
    }
    Ok(Ref::new(referent))
}

/// A proxy operand stands for its referent; other operands for themselves.
fn unwrapped(v: Value) -> PyResult<Ref> {
    if is_proxy(v) {
        live_referent(v)
    } else {
        Ok(Ref::new(v))
    }
}

fn proxy_repr(v: Value) -> PyResult<Ref> {
    let referent = weakref(v).referent.get();
    let (type_name, at) = if referent.is_null() {
        ("NoneType", none().0)
    } else {
        (type_of(referent).name, referent.0)
    };
    Ok(new_string(format!(
        "<weakproxy at {:#x} to {type_name} at {at:#x}>",
        v.0
    )))
}

fn proxy_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let referent = live_referent(v)?;
    ops::get_attr(referent.value(), new_str(name).value()).map(Some)
}

fn proxy_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let referent = live_referent(v)?;
    ops::set_attr(referent.value(), new_str(name).value(), value)
}

fn proxy_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    let (x, y) = (unwrapped(a)?, unwrapped(b)?);
    ops::compare(x.value(), y.value(), op)
}

fn proxy_call(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let referent = live_referent(v)?;
    ops::call(referent.value(), a, k)
}

fn proxy_next(v: Value) -> PyResult<Option<Ref>> {
    let referent = live_referent(v)?;
    if type_of(referent.value()).next.is_none() {
        return Err(errors::type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            type_of(referent.value()).name
        )));
    }
    ops::next(referent.value())
}

/// The arithmetic of proxies: the operation on the referents.
macro_rules! proxy_number {
    (binary: $($binary:ident: $bop:ident),*; unary: $($unary:ident: $uop:ident),*) => {
        $(fn $binary(a: Value, b: Value) -> PyResult<Ref> {
            let (x, y) = (unwrapped(a)?, unwrapped(b)?);
            ops::binary_op(x.value(), y.value(), ops::BinaryOp::$bop)
        })*
        $(fn $unary(v: Value) -> PyResult<Ref> {
            ops::unary_op(live_referent(v)?.value(), ops::UnaryOp::$uop)
        })*
        static PROXY_NUMBER: NumberSlots = NumberSlots {
            $($binary: Some($binary),)*
            $($unary: Some($unary),)*
            ..NumberSlots::EMPTY
        };
    };
}

proxy_number! {
    binary: add: Add, sub: Sub, mul: Mul, truediv: TrueDiv, floordiv: FloorDiv, rem: Mod,
        pow: Pow, lshift: LShift, rshift: RShift, and: BitAnd, or: BitOr, xor: BitXor,
        matmul: MatMul;
    unary: neg: Neg, pos: Pos, invert: Invert
}

macro_rules! proxy_type {
    ($name:expr, $call:expr) => {
        TypeObject {
            dealloc,
            gc: Some(&WEAKREF_GC),
            repr: proxy_repr,
            str: Some(|v| ops::str(live_referent(v)?.value())),
            hash: None,
            richcompare: Some(proxy_richcompare),
            bool: Some(|v| ops::is_true(live_referent(v)?.value())),
            number: &PROXY_NUMBER,
            len: Some(|v| ops::len(live_referent(v)?.value())),
            getitem: Some(|v, key| ops::get_item(live_referent(v)?.value(), key)),
            setitem: Some(|v, key, value| ops::set_item(live_referent(v)?.value(), key, value)),
            delitem: Some(|v, key| ops::del_item(live_referent(v)?.value(), key)),
            contains: Some(|v, item| ops::contains(live_referent(v)?.value(), item)),
            iter: Some(|v| ops::iter(live_referent(v)?.value())),
            next: Some(proxy_next),
            call: $call,
            getattr: Some(proxy_getattr),
            setattr: Some(proxy_setattr),
            ..TypeObject::new($name)
        }
    };
}

pub static PROXY_TYPE: TypeObject = proxy_type!("weakproxy", None);
pub static CALLABLE_PROXY_TYPE: TypeObject = proxy_type!("weakcallableproxy", Some(proxy_call));

/// An instance's `__weakref__` (for `class.rs`): its first weak reference or None, when its
/// class gives it a weak reference list.
pub fn weakref_attribute(v: Value) -> PyResult<Option<Ref>> {
    if !accepts_weakrefs(v)? {
        return Ok(None);
    }
    Ok(Some(
        refs_to(v).first().map_or_else(none_ref, |&r| Ref::new(r)),
    ))
}
