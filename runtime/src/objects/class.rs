//! Classes defined in Python: type objects made at run time, their instances, and the slots
//! that dispatch to the classes' dunder methods.
//!
//! Classes live as long as the program (their type objects are leaked), like the builtin types.

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::attr_cache::{static_name, Name};
use crate::objects::dict;
use crate::objects::exception::{self, BASE_EXCEPTION};
use crate::objects::function::is_function;
use crate::objects::mappingproxy::new_mappingproxy;
use crate::objects::singletons::{is_not_implemented, none, none_ref, not_implemented};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::objects::type_object::{CompareOp, NumberSlots, TypeObject, OBJECT_TYPE, TYPE_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

/// An instance of a class whose builtin base is `object`: just its attribute dict.
#[repr(C)]
pub struct InstanceObject {
    header: ObjHeader,
    dict: Ref,
}

/// Where an instance's dict is, for the attribute caches (`attr_cache.rs`).
pub(crate) const INSTANCE_DICT_OFFSET: usize = std::mem::offset_of!(InstanceObject, dict);

unsafe fn instance_dealloc(v: Value) {
    if finalize_before_free(v) {
        gc::free::<InstanceObject>(v)
    }
}

pub(crate) static INSTANCE_GC: GcSlots = GcSlots {
    traverse: |v, visit| visit(unsafe { (*v.as_ptr::<InstanceObject>()).dict.value() }),
    // The dict is garbage too, and clearing it breaks the cycle.
    clear: None,
    finalize: Some(run_del),
};

/// Whether any class has had a `__del__`: until one has, freeing an instance looks up nothing.
static FINALIZERS_EXIST: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether any class has had a `__getattribute__` or `__getattr__`: until one has, attribute
/// reads look up neither.
static ATTRIBUTE_HOOKS_EXIST: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

fn note_finalizer(name: &str) {
    if name == "__del__" {
        FINALIZERS_EXIST.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    if name == "__getattribute__" || name == "__getattr__" {
        ATTRIBUTE_HOOKS_EXIST.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    if name == "__abstractmethods__" {
        ABSTRACT_CLASSES_EXIST.store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

fn attribute_hooks_exist() -> bool {
    ATTRIBUTE_HOOKS_EXIST.load(std::sync::atomic::Ordering::Relaxed)
}

/// The dict word of an instance of a class on `object`'s layout (for classes with slots, the
/// hidden dict that holds the slots).
pub(crate) fn raw_instance_dict(v: Value) -> Value {
    unsafe { (*v.as_ptr::<InstanceObject>()).dict.value() }
}

/// Calls `__del__`, if the class has one. Like CPython, an exception it raises is reported
/// as ignored, and the exception being handled or raised meanwhile is kept.
pub(crate) fn run_del(v: Value) {
    if !FINALIZERS_EXIST.load(std::sync::atomic::Ordering::Relaxed) {
        return;
    }
    let saved = errors::take();
    match type_of(v).lookup(static_name!("__del__")) {
        Ok(Some(del)) => {
            if call_unbound(del, &[v]).is_err() {
                crate::traceback::print_unraisable(Some(del));
            }
        }
        Ok(None) => {}
        Err(_) => crate::traceback::print_unraisable(None),
    }
    if let Some(e) = saved {
        errors::restore(e);
    }
}

/// Runs `__del__` once in the object's life (PEP 442) when its last reference goes; whether
/// the object can be freed (`__del__` may have stored a new reference to it).
pub(crate) unsafe fn finalize_before_free(v: Value) -> bool {
    if !FINALIZERS_EXIST.load(std::sync::atomic::Ordering::Relaxed) || gc::mark_finalized(v) {
        return true;
    }
    let header = &*v.header();
    header.refcnt.set(1);
    run_del(v);
    let remaining = header.refcnt.get() - 1;
    header.refcnt.set(remaining);
    remaining == 0
}

/// The attribute dict of an instance of a class defined in Python, made on first use.
pub fn instance_dict(v: Value, create: bool) -> Option<Value> {
    let ty = type_of(v);
    if ty.is_subtype(&BASE_EXCEPTION) {
        return exception::instance_dict(v, create);
    }
    if let Some(special) = crate::objects::slots::special_instance_dict(ty, v, create) {
        return special;
    }
    if ty.gc.is_none() && crate::objects::metaclass::is_metatype(ty) {
        return None;
    }
    if ty.is_heap() {
        if let Some(d) = crate::objects::builtin_subclass::instance_dict(v) {
            return d;
        }
        return Some(unsafe { (*v.as_ptr::<InstanceObject>()).dict.value() });
    }
    None
}

struct Classes(std::cell::RefCell<Vec<&'static TypeObject>>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for Classes {}

/// Every class made, so that shutdown can release what their namespaces hold.
static CLASSES: Classes = Classes(std::cell::RefCell::new(Vec::new()));

/// Empties the namespaces of all classes, at shutdown: the type objects themselves stay (they
/// are never freed), but the functions and values in them go.
pub fn release_class_namespaces() {
    let classes = std::mem::take(&mut *CLASSES.0.borrow_mut());
    for ty in classes {
        let ns = ty.dict.get();
        crate::objects::attr_cache::type_modified(ty);
        dict::clear(ns);
    }
}

/// The classes made so far that have `ty` among their `__bases__`, in creation order.
pub fn subclasses_of(ty: &'static TypeObject) -> Vec<&'static TypeObject> {
    let classes = CLASSES.0.borrow();
    classes
        .iter()
        .copied()
        .filter(|c| c.bases.get().iter().any(|b| std::ptr::eq(*b, ty)))
        .collect()
}

fn as_type(v: Value) -> Option<&'static TypeObject> {
    (!v.is_small_int() && type_of(v).is_subtype(&TYPE_TYPE))
        .then(|| unsafe { &*v.as_ptr::<TypeObject>() })
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

// ----- the MRO -----

/// C3 linearisation; CPython's TypeError when the bases admit no consistent order.
fn c3(bases: &[&'static TypeObject]) -> PyResult<Vec<&'static TypeObject>> {
    let mut sequences: Vec<Vec<&'static TypeObject>> =
        bases.iter().map(|b| b.resolution_order()).collect();
    sequences.push(bases.to_vec());
    let mut result = Vec::new();
    loop {
        sequences.retain(|s| !s.is_empty());
        if sequences.is_empty() {
            return Ok(result);
        }
        let candidate = sequences.iter().map(|s| s[0]).find(|head| {
            !sequences
                .iter()
                .any(|s| s[1..].iter().any(|t| std::ptr::eq(*t, *head)))
        });
        let Some(next) = candidate else {
            let names: Vec<&str> = sequences.iter().map(|s| s[0].name).collect();
            let mut unique = Vec::new();
            for n in names {
                if !unique.contains(&n) {
                    unique.push(n);
                }
            }
            return Err(errors::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                unique.join(", ")
            )));
        };
        result.push(next);
        for s in &mut sequences {
            if std::ptr::eq(s[0], next) {
                s.remove(0);
            }
        }
    }
}

/// The builtin type whose instance layout a class uses: `object`, an exception type, or one of
/// the builtin types of `builtin_subclass.rs`.
fn layout_base(bases: &[&'static TypeObject]) -> PyResult<&'static TypeObject> {
    let mut solid: &'static TypeObject = &OBJECT_TYPE;
    for base in bases {
        let mut b: &'static TypeObject = base;
        while b.is_heap() {
            b = b.base.unwrap_or(&OBJECT_TYPE);
        }
        if std::ptr::eq(b, &OBJECT_TYPE) {
            continue;
        }
        if !b.is_subtype(&BASE_EXCEPTION) && !crate::objects::builtin_subclass::is_subclassable(b) {
            return Err(errors::type_error(format!(
                "pylift: subclassing the builtin type '{}' is not supported yet",
                b.name
            )));
        }
        if std::ptr::eq(solid, &OBJECT_TYPE) || b.is_subtype(solid) {
            solid = b;
        } else if !solid.is_subtype(b) {
            return Err(errors::type_error(
                "multiple bases have instance lay-out conflict",
            ));
        }
    }
    Ok(solid)
}

/// `type(name, bases, namespace)`: a new class.
pub fn new_class(
    name: &str,
    qualname: &str,
    module: &str,
    bases: &[&'static TypeObject],
    namespace: Value,
) -> PyResult<&'static TypeObject> {
    new_class_with_meta(name, qualname, module, bases, namespace, &TYPE_TYPE)
}

/// A new class whose type is `meta` (`type` or a class deriving from it).
pub fn new_class_with_meta(
    name: &str,
    qualname: &str,
    module: &str,
    bases: &[&'static TypeObject],
    namespace: Value,
    meta: &'static TypeObject,
) -> PyResult<&'static TypeObject> {
    let bases: Vec<&'static TypeObject> = if bases.is_empty() {
        vec![&OBJECT_TYPE]
    } else {
        bases.to_vec()
    };
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|o| std::ptr::eq(*o, *b)) {
            return Err(errors::type_error(format!(
                "duplicate base class {}",
                b.name
            )));
        }
    }
    // A metaclass: its instances are classes.
    let is_metatype = bases.iter().any(|b| b.is_subtype(&TYPE_TYPE));
    let solid = if is_metatype {
        &TYPE_TYPE
    } else {
        layout_base(&bases)?
    };
    let ns = dict::new_dict();
    for (k, v) in dict::items(namespace) {
        dict::set_item(ns.value(), k.value(), v.value())?;
    }
    // CPython's best base: the first base whose instances have this class's layout (for
    // `class E(int, Mixin)` that is `int`, so that `base_layout` finds the int layout).
    let heap_base = bases
        .iter()
        .copied()
        .find(|b| std::ptr::eq(b.base_layout(), solid))
        .unwrap_or(solid);
    for (k, _) in dict::items(ns.value()) {
        note_finalizer(as_str(k.value()).unwrap_or(""));
    }
    let mut new_type = crate::objects::builtin_subclass::inherit_slots(
        TypeObject {
            base: Some(heap_base),
            dealloc: if std::ptr::eq(solid, &OBJECT_TYPE) {
                instance_dealloc
            } else {
                solid.dealloc
            },
            gc: if std::ptr::eq(solid, &OBJECT_TYPE) {
                Some(&INSTANCE_GC)
            } else {
                solid.gc
            },
            repr: heap_repr,
            str: Some(heap_str),
            hash: Some(heap_hash),
            richcompare: Some(heap_richcompare),
            bool: Some(heap_bool),
            len: Some(heap_len),
            number: &HEAP_NUMBER,
            getitem: Some(heap_getitem),
            setitem: Some(heap_setitem),
            delitem: Some(heap_delitem),
            contains: Some(heap_contains),
            iter: Some(heap_iter),
            next: Some(heap_next),
            call: Some(heap_call),
            construct: Some(construct),
            getattr: Some(heap_getattr),
            setattr: Some(heap_setattr),
            module: Some(leak(module)),
            qualname: leak(qualname),
            ..TypeObject::new(leak(name))
        },
        solid,
    );
    new_type.header = ObjHeader::immortal(meta);
    if is_metatype {
        crate::objects::metaclass::install_meta_slots(&mut new_type);
    } else if std::ptr::eq(solid, &OBJECT_TYPE) {
        if let Some(gc) = crate::objects::slots::gc_for(&bases, ns.value()) {
            new_type.gc = Some(gc);
        }
    }
    let ty: &'static TypeObject = Box::leak(Box::new(new_type));
    // The namespace lives as long as the type.
    object::make_immortal(ns.value());
    ty.dict.set(ns.into_raw());
    CLASSES.0.borrow_mut().push(ty);
    ty.bases.set(Box::leak(bases.clone().into_boxed_slice()));
    crate::objects::builtin_subclass::note_slots(ty, &bases, ty.dict.get())?;
    let mut mro = vec![ty];
    mro.extend(c3(&bases)?);
    ty.mro.set(Box::leak(mro.into_boxed_slice()));
    Ok(ty)
}

// ----- dunder dispatch -----

/// Calls the dunder method `name` of `v`'s class, if it has one.
fn call_dunder(v: Value, name: impl Name, args: &[Value]) -> PyResult<Option<Ref>> {
    let Some(method) = type_of(v).lookup(name)? else {
        return Ok(None);
    };
    with_receiver(v, args, |full| call_unbound(method, full)).map(Some)
}

/// Runs `f` on `first` followed by `args`. Dunders and constructors take a few arguments:
/// those go on the stack, not in a new vector.
fn with_receiver<R>(first: Value, args: &[Value], f: impl FnOnce(&[Value]) -> R) -> R {
    let mut few = [Value::NULL; 8];
    if args.len() < few.len() {
        few[0] = first;
        few[1..=args.len()].copy_from_slice(args);
        return f(&few[..=args.len()]);
    }
    let many: Vec<Value> = std::iter::once(first).chain(args.iter().copied()).collect();
    f(&many)
}

/// Calls a class attribute with the instance as first argument, honouring staticmethod and
/// classmethod.
fn call_unbound(method: Value, args: &[Value]) -> PyResult<Ref> {
    if is_function(method) {
        return ops::call(method, args, None);
    }
    let bound = bind(method, args[0], Some(type_of(args[0]).as_value()))?;
    ops::call(bound.value(), &args[1..], None)
}

fn heap_repr(v: Value) -> PyResult<Ref> {
    if let Some(r) = call_dunder(v, static_name!("__repr__"), &[])? {
        return check_str(r, "__repr__");
    }
    let ty = type_of(v);
    if ty.is_subtype(&BASE_EXCEPTION) {
        return (BASE_EXCEPTION.repr)(v).map(|r| {
            let text = as_str(r.value()).unwrap();
            let args = &text[text.find('(').unwrap_or(0)..];
            new_string(format!("{}{args}", ty.name))
        });
    }
    Ok(new_string(format!(
        "<{}.{} object at {:#x}>",
        ty.module.unwrap_or("__main__"),
        ty.qualname,
        v.0
    )))
}

fn check_str(r: Ref, method: &str) -> PyResult<Ref> {
    if as_str(r.value()).is_some() {
        Ok(r)
    } else {
        Err(errors::type_error(format!(
            "{method} returned non-string (type {})",
            type_of(r.value()).name
        )))
    }
}

fn heap_str(v: Value) -> PyResult<Ref> {
    if let Some(r) = call_dunder(v, static_name!("__str__"), &[])? {
        return check_str(r, "__str__");
    }
    // An exception class's builtin base defines `__str__`: `lookup` stopped there.
    match type_of(v).base_layout().str {
        Some(base_str) if type_of(v).is_subtype(&BASE_EXCEPTION) => base_str(v),
        _ => heap_repr(v),
    }
}

fn heap_hash(v: Value) -> PyResult<i64> {
    let ty = type_of(v);
    match ty.lookup(static_name!("__hash__"))? {
        Some(h) if h == none() => Err(errors::type_error(format!(
            "unhashable type: '{}'",
            ty.name
        ))),
        Some(_) => {
            let r = call_dunder(v, static_name!("__hash__"), &[])?.unwrap();
            // As CPython: a result that fits a machine word is the hash itself (-1 is kept
            // for errors); a bigger one is hashed as an int.
            match crate::objects::int::int_view(r.value()) {
                Some(i) => Ok(match i64::try_from(&i.to_big()) {
                    Ok(-1) => -2,
                    Ok(h) => h,
                    Err(_) => crate::objects::int::hash_int(i),
                }),
                None => Err(errors::type_error(
                    "__hash__ method should return an integer",
                )),
            }
        }
        // Defining __eq__ without __hash__ makes instances unhashable.
        None if ty.lookup(static_name!("__eq__"))?.is_some() => Err(errors::type_error(format!(
            "unhashable type: '{}'",
            ty.name
        ))),
        None => Ok(crate::objects::type_object::pointer_hash(v.0)),
    }
}

fn heap_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    let name = match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    };
    if let Some(r) = call_dunder(a, name, &[b])? {
        return Ok(r);
    }
    crate::objects::builtin_subclass::object_compare(a, b, op)
}

fn heap_bool(v: Value) -> PyResult<bool> {
    if let Some(r) = call_dunder(v, static_name!("__bool__"), &[])? {
        return match r.value() {
            b if std::ptr::eq(type_of(b), &crate::objects::singletons::BOOL_TYPE) => {
                ops::is_true(b)
            }
            other => Err(errors::type_error(format!(
                "__bool__ should return bool, returned {}",
                type_of(other).name
            ))),
        };
    }
    if type_of(v).lookup(static_name!("__len__"))?.is_some() {
        return Ok(heap_len(v)? > 0);
    }
    Ok(true)
}

fn heap_len(v: Value) -> PyResult<usize> {
    let Some(r) = call_dunder(v, static_name!("__len__"), &[])? else {
        return Err(errors::type_error(format!(
            "object of type '{}' has no len()",
            type_of(v).name
        )));
    };
    match crate::objects::int::int_view(r.value()) {
        Some(i) if i.is_negative() => Err(errors::value_error("__len__() should return >= 0")),
        Some(i) => Ok(crate::objects::int::saturating_i64(i) as usize),
        None => Err(errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(r.value()).name
        ))),
    }
}

fn missing(v: Value, what: &str) -> errors::Raised {
    errors::type_error(format!("'{}' object {what}", type_of(v).name))
}

fn heap_getitem(v: Value, key: Value) -> PyResult<Ref> {
    call_dunder(v, static_name!("__getitem__"), &[key])?
        .ok_or_else(|| missing(v, "is not subscriptable"))
}

fn heap_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    call_dunder(v, static_name!("__setitem__"), &[key, value])?
        .map(drop)
        .ok_or_else(|| missing(v, "does not support item assignment"))
}

fn heap_delitem(v: Value, key: Value) -> PyResult<()> {
    call_dunder(v, static_name!("__delitem__"), &[key])?
        .map(drop)
        .ok_or_else(|| missing(v, "does not support item deletion"))
}

fn heap_contains(v: Value, item: Value) -> PyResult<bool> {
    if let Some(r) = call_dunder(v, static_name!("__contains__"), &[item])? {
        return ops::is_true(r.value());
    }
    let it = heap_iter(v)?;
    while let Some(x) = ops::next(it.value())? {
        if x.value() == item || ops::equal(x.value(), item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

fn heap_iter(v: Value) -> PyResult<Ref> {
    match call_dunder(v, static_name!("__iter__"), &[])? {
        Some(it) => {
            if type_of(it.value()).next.is_none() {
                return Err(errors::type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    type_of(it.value()).name
                )));
            }
            Ok(it)
        }
        // CPython iterates over an object with only `__getitem__` by index.
        None if type_of(v).lookup(static_name!("__getitem__"))?.is_some() => {
            Ok(crate::objects::iterators::new_sequence_iterator(v))
        }
        None => Err(missing(v, "is not iterable")),
    }
}

fn heap_next(v: Value) -> PyResult<Option<Ref>> {
    match call_dunder(v, static_name!("__next__"), &[]) {
        Ok(Some(r)) => Ok(Some(r)),
        Ok(None) => Err(missing(v, "is not an iterator")),
        Err(raised) => {
            if errors::matches(&crate::objects::exception::STOP_ITERATION) {
                errors::take();
                return Ok(None);
            }
            Err(raised)
        }
    }
}

fn heap_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let Some(method) = type_of(v).lookup(static_name!("__call__"))? else {
        return Err(missing(v, "is not callable"));
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(v);
    full.extend_from_slice(args);
    ops::call(method, &full, kwnames)
}

/// Binary operators: the left operand's `__op__`, or the right operand's `__rop__`.
macro_rules! heap_binary {
    ($($fn_name:ident: $op:literal, $rop:literal;)*) => {$(
        fn $fn_name(a: Value, b: Value) -> PyResult<Ref> {
            if type_of(a).is_heap() {
                if let Some(r) = call_dunder(a, static_name!($op), &[b])? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            if type_of(b).is_heap() && !std::ptr::eq(type_of(a), type_of(b)) {
                if let Some(r) = call_dunder(b, static_name!($rop), &[a])? {
                    return Ok(r);
                }
            }
            Ok(not_implemented())
        }
    )*};
}

heap_binary! {
    heap_add: "__add__", "__radd__";
    heap_sub: "__sub__", "__rsub__";
    heap_mul: "__mul__", "__rmul__";
    heap_truediv: "__truediv__", "__rtruediv__";
    heap_floordiv: "__floordiv__", "__rfloordiv__";
    heap_mod: "__mod__", "__rmod__";
    heap_pow: "__pow__", "__rpow__";
    heap_lshift: "__lshift__", "__rlshift__";
    heap_rshift: "__rshift__", "__rrshift__";
    heap_and: "__and__", "__rand__";
    heap_or: "__or__", "__ror__";
    heap_xor: "__xor__", "__rxor__";
    heap_matmul: "__matmul__", "__rmatmul__";
}

macro_rules! heap_unary {
    ($($fn_name:ident: $op:literal, $what:literal;)*) => {$(
        fn $fn_name(v: Value) -> PyResult<Ref> {
            call_dunder(v, static_name!($op), &[])?.ok_or_else(|| {
                errors::type_error(format!("bad operand type for {}: '{}'", $what, type_of(v).name))
            })
        }
    )*};
}

heap_unary! {
    heap_neg: "__neg__", "unary -";
    heap_pos: "__pos__", "unary +";
    heap_abs: "__abs__", "abs()";
    heap_invert: "__invert__", "unary ~";
}

fn heap_index(v: Value) -> PyResult<Ref> {
    call_dunder(v, static_name!("__index__"), &[])?.ok_or_else(|| {
        errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(v).name
        ))
    })
}

fn heap_int(v: Value) -> PyResult<Ref> {
    match call_dunder(v, static_name!("__int__"), &[])? {
        Some(r) => Ok(r),
        None => heap_index(v),
    }
}

fn heap_float(v: Value) -> PyResult<f64> {
    match call_dunder(v, static_name!("__float__"), &[])? {
        Some(r) => crate::objects::float::float_value(r.value()).ok_or_else(|| {
            errors::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_of(v).name,
                type_of(r.value()).name
            ))
        }),
        None => Err(errors::type_error(format!(
            "must be real number, not {}",
            type_of(v).name
        ))),
    }
}

static HEAP_NUMBER: NumberSlots = NumberSlots {
    add: Some(heap_add),
    sub: Some(heap_sub),
    mul: Some(heap_mul),
    truediv: Some(heap_truediv),
    floordiv: Some(heap_floordiv),
    rem: Some(heap_mod),
    pow: Some(heap_pow),
    lshift: Some(heap_lshift),
    rshift: Some(heap_rshift),
    and: Some(heap_and),
    or: Some(heap_or),
    xor: Some(heap_xor),
    matmul: Some(heap_matmul),
    neg: Some(heap_neg),
    pos: Some(heap_pos),
    abs: Some(heap_abs),
    invert: Some(heap_invert),
    index: Some(heap_index),
    int: Some(heap_int),
    float: Some(heap_float),
};

/// `a op= b` for instances: `__iop__` when the class has it.
pub fn inplace_dunder(a: Value, b: Value, op: crate::ops::BinaryOp) -> PyResult<Option<Ref>> {
    if !type_of(a).is_heap() {
        return Ok(None);
    }
    let name = format!("__i{}", &binary_dunder(op)[2..]);
    match call_dunder(a, name.as_str(), &[b])? {
        Some(r) if !is_not_implemented(&r) => Ok(Some(r)),
        _ => Ok(None),
    }
}

fn binary_dunder(op: crate::ops::BinaryOp) -> &'static str {
    use crate::ops::BinaryOp::*;
    match op {
        Add => "__add__",
        Sub => "__sub__",
        Mul => "__mul__",
        TrueDiv => "__truediv__",
        FloorDiv => "__floordiv__",
        Mod => "__mod__",
        Pow => "__pow__",
        LShift => "__lshift__",
        RShift => "__rshift__",
        BitAnd => "__and__",
        BitOr => "__or__",
        BitXor => "__xor__",
        MatMul => "__matmul__",
    }
}

// ----- instances -----

/// Calling a class: `__new__` (or a plain instance of the layout), then `__init__`.
fn construct(ty: &'static TypeObject, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let instance = match ty.lookup(static_name!("__new__"))? {
        Some(new) => {
            let new = unwrap_staticmethod(new);
            let obj = with_receiver(ty.as_value(), args, |full| ops::call(new, full, kwnames))?;
            if !type_of(obj.value()).is_subtype(ty) {
                return Ok(obj);
            }
            obj
        }
        None => allocate(ty, args, kwnames)?,
    };
    match ty.lookup(static_name!("__init__"))? {
        Some(init) => {
            let r = with_receiver(instance.value(), args, |full| {
                ops::call(init, full, kwnames)
            })?;
            if r.value() != none() {
                return Err(errors::type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_of(r.value()).name
                )));
            }
        }
        None => {
            let builtin_init = ty.find_method("__init__");
            match builtin_init {
                Some(m) if !std::ptr::eq(ty.base_layout(), &OBJECT_TYPE) => {
                    (m.call)(instance.value(), args, kwnames)?;
                }
                _ if (!args.is_empty() || kwnames.is_some_and(|k| !tuple_items(k).is_empty()))
                    && ty.lookup(static_name!("__new__"))?.is_none() =>
                {
                    return Err(errors::type_error(format!(
                        "{}() takes no arguments",
                        ty.name
                    )));
                }
                _ => {}
            }
        }
    }
    Ok(instance)
}

/// A new, empty instance of `ty` (exception classes keep the constructor's arguments;
/// subclasses of immutable builtin types are made from them).
pub(crate) fn allocate(
    ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let layout = ty.base_layout();
    if crate::objects::builtin_subclass::is_subclassable(layout) {
        return crate::objects::builtin_subclass::allocate(ty, layout, args, kwnames);
    }
    if ty.is_subtype(&BASE_EXCEPTION) {
        let e =
            exception::new_exception(&BASE_EXCEPTION, args.iter().map(|a| Ref::new(*a)).collect());
        unsafe { (*e.value().header()).ty.set(ty) };
        return Ok(e);
    }
    check_abstract(ty)?;
    let v = gc::alloc(InstanceObject {
        header: ObjHeader::new(ty),
        dict: dict::new_dict(),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

/// Whether any class has had an `__abstractmethods__`: until one has, making an instance
/// looks it up nowhere.
static ABSTRACT_CLASSES_EXIST: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// CPython's `object.__new__` refuses classes whose own `__abstractmethods__` is not empty
/// (what `abc.ABCMeta` computes), naming the methods in sorted order.
fn check_abstract(ty: &'static TypeObject) -> PyResult<()> {
    if !ABSTRACT_CLASSES_EXIST.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(());
    }
    let key = crate::objects::attr_cache::intern("__abstractmethods__");
    let Some(methods) = dict::get_item(ty.dict.get(), key)?.map(Ref::new) else {
        return Ok(());
    };
    if !ops::is_true(methods.value())? {
        return Ok(());
    }
    let mut names = Vec::new();
    for name in ops::collect(methods.value())? {
        names.push(ops::str_text(name.value())?);
    }
    // Code-point order, as `sorted` gives for str.
    names.sort();
    Err(errors::type_error(format!(
        "Can't instantiate abstract class {} with abstract methods {}",
        ty.name,
        names.join(", ")
    )))
}

impl TypeObject {
    /// The builtin type whose layout instances of this class have.
    pub fn base_layout(&'static self) -> &'static TypeObject {
        let mut t = self;
        while t.is_heap() {
            t = t.base.unwrap_or(&OBJECT_TYPE);
        }
        t
    }
}

pub(crate) fn unwrap_staticmethod(v: Value) -> Value {
    if !v.is_small_int() && type_of(v).is_or_derives(&STATICMETHOD_TYPE) {
        return unsafe { (*v.as_ptr::<WrapperObject>()).inner.value() };
    }
    v
}

// ----- attributes -----

/// Whether a class attribute is a data descriptor (takes precedence over instance attributes).
pub(crate) fn is_data_descriptor(descr: Value) -> PyResult<bool> {
    let ty = type_of(descr);
    if ty.is_or_derives(&PROPERTY_TYPE)
        || crate::objects::slots::is_member(descr)
        || crate::objects::tuplegetter::is_tuplegetter(descr)
    {
        return Ok(true);
    }
    Ok(ty.is_heap()
        && (ty.lookup(static_name!("__set__"))?.is_some()
            || ty.lookup(static_name!("__delete__"))?.is_some()))
}

/// What a class attribute becomes when read through an instance (`owner` the class): functions
/// bind, static and class methods unwrap, descriptors run their `__get__`.
pub fn bind(descr: Value, instance: Value, owner: Option<Value>) -> PyResult<Ref> {
    let ty = type_of(descr);
    if is_function(descr) {
        if instance == none() {
            return Ok(Ref::new(descr));
        }
        return Ok(new_method(descr, instance));
    }
    if ty.is_or_derives(&STATICMETHOD_TYPE) {
        return Ok(unsafe { (*descr.as_ptr::<WrapperObject>()).inner.clone() });
    }
    if std::ptr::eq(ty, &crate::objects::method::METHOD_DESCRIPTOR_TYPE) {
        return Ok(crate::objects::method::bind_descriptor(descr, instance));
    }
    if crate::objects::slots::is_member(descr) {
        return crate::objects::slots::member_get(descr, instance);
    }
    if crate::objects::tuplegetter::is_tuplegetter(descr) {
        return crate::objects::tuplegetter::get(descr, instance);
    }
    if crate::objects::metaclass::is_slot_wrapper(descr) {
        return Ok(crate::objects::metaclass::bind_slot(descr, instance, owner));
    }
    if ty.is_or_derives(&CLASSMETHOD_TYPE) {
        let inner = unsafe { (*descr.as_ptr::<WrapperObject>()).inner.value() };
        let cls = owner.unwrap_or_else(|| type_of(instance).as_value());
        return Ok(new_method(inner, cls));
    }
    if ty.is_or_derives(&PROPERTY_TYPE) {
        if instance == none() {
            return Ok(Ref::new(descr));
        }
        let p = unsafe { &*descr.as_ptr::<PropertyObject>() };
        return match &p.fget {
            Some(f) => ops::call(f.value(), &[instance], None),
            None => Err(errors::raise(
                &crate::objects::exception::ATTRIBUTE_ERROR,
                "unreadable attribute",
            )),
        };
    }
    if ty.is_heap() {
        if let Some(get) = ty.lookup(static_name!("__get__"))? {
            let owner = owner.unwrap_or_else(|| type_of(instance).as_value());
            return ops::call(get, &[descr, instance, owner], None);
        }
    }
    Ok(Ref::new(descr))
}

/// Whether reads of `ty`'s instances run a `__getattribute__` or `__getattr__` (which the
/// attribute caches then leave to `heap_getattr`).
pub(crate) fn has_attribute_hooks(ty: &'static TypeObject) -> PyResult<bool> {
    Ok(attribute_hooks_exist()
        && (ty.lookup(static_name!("__getattribute__"))?.is_some()
            || ty.lookup(static_name!("__getattr__"))?.is_some()))
}

/// Attribute reads of instances: a `__getattribute__` of the class replaces
/// `object.__getattribute__`, and `__getattr__` runs when that raises AttributeError. Both
/// are looked up at each read, as they may be set on the class or a base at any time.
pub(crate) fn heap_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    if !attribute_hooks_exist() {
        return generic_getattr(v, name);
    }
    let ty = type_of(v);
    let key = crate::objects::attr_cache::intern(name);
    let found = match ty.lookup(static_name!("__getattribute__"))? {
        Some(custom) => call_unbound(custom, &[v, key]).map(Some),
        None => generic_getattr(v, name),
    };
    let missing = match found {
        Ok(Some(r)) => return Ok(Some(r)),
        Ok(None) => None,
        Err(e) if errors::matches(&crate::objects::exception::ATTRIBUTE_ERROR) => Some(e),
        Err(e) => return Err(e),
    };
    let Some(getattr) = ty.lookup(static_name!("__getattr__"))? else {
        return match missing {
            Some(e) => Err(e),
            None => Ok(None),
        };
    };
    if missing.is_some() {
        errors::take();
    }
    call_unbound(getattr, &[v, key]).map(Some)
}

/// `object.__getattribute__(obj, name)`: the generic read, without `__getattr__`.
pub fn object_getattribute(v: Value, name: Value) -> PyResult<Ref> {
    let ty = type_of(v);
    if !ty.is_heap() || ty.gc.is_none() && crate::objects::metaclass::is_metatype(ty) {
        return ops::get_attr(v, name);
    }
    let text = ops::str_text(name)?;
    match generic_getattr(v, &text)? {
        Some(r) => Ok(r),
        None => Err(errors::raise(
            &crate::objects::exception::ATTRIBUTE_ERROR,
            format!("'{}' object has no attribute '{text}'", ty.name),
        )),
    }
}

/// `object.__getattribute__` of instances of classes defined in Python: data descriptors,
/// the instance dict, other class attributes, the builtin base's attributes.
pub(crate) fn generic_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let ty = type_of(v);
    let descr = ty.lookup(name)?;
    // `object.__class__` is a data descriptor that a class may override.
    if name == "__class__" && descr.is_none() {
        return Ok(Some(Ref::new(ty.as_value())));
    }
    if let Some(d) = descr {
        if is_data_descriptor(d)? {
            return bind(d, v, None).map(Some);
        }
    }
    if name == "__dict__" {
        if let Some(d) = instance_dict(v, true) {
            return Ok(Some(Ref::new(d)));
        }
    }
    if name == "__weakref__" {
        if let Some(first) = crate::objects::weakref::weakref_attribute(v)? {
            return Ok(Some(first));
        }
    }
    let key = crate::objects::attr_cache::intern(name);
    if let Some(d) = instance_dict(v, false) {
        if let Some(found) = dict::get_item(d, key)? {
            return Ok(Some(Ref::new(found)));
        }
    }
    if let Some(d) = descr {
        // Borrowed from the class, which a descriptor's `__get__` may change.
        let d = Ref::new(d);
        return bind(d.value(), v, None).map(Some);
    }
    // The builtin base's own attributes (an exception's `args`, ...).
    if let Some(getattr) = ty.base_layout().getattr {
        if let Some(found) = getattr(v, name)? {
            return Ok(Some(found));
        }
    }
    if let Some(m) = ty.find_method(name) {
        return Ok(Some(crate::objects::method::new_bound_method(v, m)));
    }
    Ok(None)
}

pub(crate) fn heap_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(v);
    let hook = if value.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(custom) = ty.lookup(hook)? {
        let n = new_str(name);
        let mut args = vec![v, n.value()];
        args.extend(value);
        return call_unbound(custom, &args).map(drop);
    }
    generic_setattr(v, name, value)
}

/// `object.__setattr__`: data descriptors, then the instance dict.
pub fn generic_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(v);
    if name == "__class__" {
        return set_class(v, value);
    }
    if name == "__dict__" && ty.lookup(name)?.is_none() {
        return set_dict(v, value);
    }
    if let Some(d) = ty.lookup(name)? {
        if crate::objects::slots::is_member(d) {
            return crate::objects::slots::member_set(d, v, value);
        }
        if crate::objects::tuplegetter::is_tuplegetter(d) {
            return crate::objects::tuplegetter::set(value);
        }
        if std::ptr::eq(type_of(d), &PROPERTY_TYPE) {
            let p = unsafe { &*d.as_ptr::<PropertyObject>() };
            let (f, message) = match value {
                Some(_) => (&p.fset, "can't set attribute"),
                None => (&p.fdel, "can't delete attribute"),
            };
            let Some(f) = f else {
                return Err(errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    message,
                ));
            };
            let mut args = vec![v];
            args.extend(value);
            return ops::call(f.value(), &args, None).map(drop);
        }
        let dty = type_of(d);
        if dty.is_heap() {
            let hook = if value.is_some() {
                "__set__"
            } else {
                "__delete__"
            };
            if let Some(set) = dty.lookup(hook)? {
                let mut args = vec![d, v];
                args.extend(value);
                return ops::call(set, &args, None).map(drop);
            }
        }
    }
    if ty.is_subtype(&BASE_EXCEPTION) && exception::set_field(v, name, value)? {
        return Ok(());
    }
    let Some(d) = instance_dict(v, true) else {
        return Err(errors::raise(
            &crate::objects::exception::ATTRIBUTE_ERROR,
            format!("'{}' object has no attribute '{name}'", ty.name),
        ));
    };
    let key = new_str(name);
    match value {
        Some(value) => dict::set_item(d, key.value(), value),
        None => {
            if dict::del_item(d, key.value())? {
                Ok(())
            } else {
                // 3.8 says just the name.
                Err(errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    name,
                ))
            }
        }
    }
}

/// Attributes of class objects: `C.x` looks through the MRO; functions stay plain.
pub fn type_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let ty = unsafe { &*v.as_ptr::<TypeObject>() };
    // A builtin type of a module other than builtins is named with its module, as CPython's
    // `tp_name` is: `itertools.count` is `count` of module `itertools`.
    let dotted = ty.name.rsplit_once('.').filter(|_| !ty.is_heap());
    match name {
        "__name__" => return Ok(Some(new_str(dotted.map_or(ty.name, |(_, n)| n)))),
        "__qualname__" => return Ok(Some(new_str(dotted.map_or(ty.qualname, |(_, n)| n)))),
        "__module__" => {
            let module = dotted.map_or(ty.module.unwrap_or("builtins"), |(m, _)| m);
            return Ok(Some(new_str(module)));
        }
        "__mro__" => {
            let items = ty
                .resolution_order()
                .iter()
                .map(|t| Ref::new(t.as_value()))
                .collect();
            return Ok(Some(new_tuple(items)));
        }
        "__bases__" => {
            let bases = match ty.bases.get() {
                [] => ty.base.into_iter().collect(),
                bases => bases.to_vec(),
            };
            let items = bases.iter().map(|b| Ref::new(b.as_value())).collect();
            return Ok(Some(new_tuple(items)));
        }
        "__base__" => {
            let base = ty.base.map_or_else(none_ref, |b| Ref::new(b.as_value()));
            return Ok(Some(base));
        }
        "__abstractmethods__" => {
            // Only the class's own (CPython's getset on `type`), never inherited.
            let key = crate::objects::attr_cache::intern(name);
            let own = if ty.is_heap() {
                dict::get_item(ty.dict.get(), key)?
            } else {
                None
            };
            return match own {
                Some(m) => Ok(Some(Ref::new(m))),
                None => Err(errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    name,
                )),
            };
        }
        "__dict__" if ty.is_heap() => return Ok(Some(new_mappingproxy(ty.dict.get()))),
        "__doc__" if !ty.is_heap() => return Ok(Some(crate::objects::docstrings::type_doc(ty))),
        "__dict__" => {
            let d = crate::objects::metaclass::builtin_namespace(ty)?;
            return Ok(Some(new_mappingproxy(d.value())));
        }
        _ => {}
    }
    match ty.lookup(name)? {
        Some(d) => bind(d, none(), Some(v)).map(Some),
        None => match crate::objects::metaclass::builtin_slot_in_mro(ty, name) {
            Some(slot) => bind(slot, none(), Some(v)).map(Some),
            None => match crate::objects::method::type_attribute(ty, name) {
                Some(attr) => Ok(Some(attr)),
                // The methods of the metaclass (`cls.mro()`, `cls.__instancecheck__`), bound
                // to the class.
                None => {
                    let meta = type_of(v);
                    // A metaclass defined in Python overrides `type`'s own methods.
                    if let Some(d) = meta.lookup(name)? {
                        return bind(d, v, Some(meta.as_value())).map(Some);
                    }
                    if let Some(method) = meta.find_method(name) {
                        return Ok(Some(crate::objects::method::new_bound_method(v, method)));
                    }
                    match crate::objects::metaclass::builtin_slot_in_mro(meta, name) {
                        Some(slot) => bind(slot, v, Some(meta.as_value())).map(Some),
                        None => Ok(None),
                    }
                }
            },
        },
    }
}

/// `obj.__dict__ = d`: the instance's attributes become `d`.
fn set_dict(v: Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(v);
    let Some(value) = value else {
        return Err(errors::type_error("cannot delete __dict__"));
    };
    if !dict::is_dict(value) {
        return Err(errors::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            type_of(value).name
        )));
    }
    let plain = ty.gc.is_some_and(|g| std::ptr::eq(g, &INSTANCE_GC));
    if plain && std::ptr::eq(ty.base_layout(), &OBJECT_TYPE) {
        let old = std::mem::replace(
            unsafe { &mut (*v.as_ptr::<InstanceObject>()).dict },
            Ref::new(value),
        );
        drop(old);
        return Ok(());
    }
    if crate::objects::slots::set_instance_dict(ty, v, value)? {
        return Ok(());
    }
    Err(errors::raise(
        &crate::objects::exception::ATTRIBUTE_ERROR,
        format!("'{}' object has no attribute '__dict__'", ty.name),
    ))
}

/// `obj.__class__ = cls`, between classes defined in Python whose instances look alike.
fn set_class(v: Value, value: Option<Value>) -> PyResult<()> {
    let ty = type_of(v);
    let Some(value) = value else {
        return Err(errors::type_error("can't delete __class__ attribute"));
    };
    let Some(new) = crate::objects::metaclass::as_type(value) else {
        return Err(errors::type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_of(value).name
        )));
    };
    if !new.is_heap() || !ty.is_heap() {
        return Err(errors::type_error(
            "__class__ assignment only supported for heap types or ModuleType subclasses",
        ));
    }
    let same_gc = match (ty.gc, new.gc) {
        (Some(a), Some(b)) => std::ptr::eq(a, b),
        (None, None) => true,
        _ => false,
    };
    if !same_gc || !std::ptr::eq(ty.base_layout(), new.base_layout()) {
        return Err(errors::type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new.name, ty.name
        )));
    }
    unsafe { (*v.header()).ty.set(new) };
    Ok(())
}

pub fn type_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let ty = unsafe { &*v.as_ptr::<TypeObject>() };
    if !ty.is_heap() {
        return Err(errors::type_error(format!(
            "can't set attributes of built-in/extension type '{}'",
            ty.name
        )));
    }
    let key = crate::objects::attr_cache::intern(name);
    note_finalizer(name);
    crate::objects::attr_cache::type_modified(ty);
    match value {
        Some(value) => dict::set_item(ty.dict.get(), key, value),
        None => {
            if dict::del_item(ty.dict.get(), key)? {
                Ok(())
            } else {
                Err(errors::raise(
                    &crate::objects::exception::ATTRIBUTE_ERROR,
                    name,
                ))
            }
        }
    }
}

/// Method calls on instances without making a bound method: plain functions of the class.
pub fn find_plain_method(v: Value, name: &str) -> PyResult<Option<Value>> {
    let ty = type_of(v);
    if !ty.is_heap() || ty.gc.is_none() && crate::objects::metaclass::is_metatype(ty) {
        return Ok(None);
    }
    if attribute_hooks_exist() && ty.lookup(static_name!("__getattribute__"))?.is_some() {
        return Ok(None);
    }
    let Some(d) = ty.lookup(name)? else {
        return Ok(None);
    };
    if !is_function(d) {
        return Ok(None);
    }
    if let Some(dict) = instance_dict(v, false) {
        if dict::get_item(dict, crate::objects::attr_cache::intern(name))?.is_some() {
            return Ok(None);
        }
    }
    Ok(Some(d))
}

// ----- methods bound to instances -----

#[repr(C)]
pub struct MethodObject {
    header: ObjHeader,
    func: Ref,
    receiver: Ref,
}

pub fn new_method(func: Value, receiver: Value) -> Ref {
    let v = gc::alloc(MethodObject {
        header: ObjHeader::new(&METHOD_TYPE),
        func: Ref::new(func),
        receiver: Ref::new(receiver),
    });
    unsafe { Ref::from_owned(v) }
}

fn method_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let m = unsafe { &*v.as_ptr::<MethodObject>() };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(m.receiver.value());
    full.extend_from_slice(args);
    ops::call(m.func.value(), &full, kwnames)
}

pub static METHOD_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { gc::free::<MethodObject>(v) },
    gc: Some(&GcSlots {
        traverse: |v, visit| {
            let m = unsafe { &*v.as_ptr::<MethodObject>() };
            visit(m.func.value());
            visit(m.receiver.value());
        },
        clear: None,
        finalize: None,
    }),
    repr: |v| {
        let m = unsafe { &*v.as_ptr::<MethodObject>() };
        let qualname = ops::get_attr(m.func.value(), new_str("__qualname__").value())
            .and_then(|q| ops::str_text(q.value()))
            .unwrap_or_else(|_| {
                errors::take();
                "?".into()
            });
        let receiver = ops::repr(m.receiver.value())?;
        Ok(new_string(format!(
            "<bound method {qualname} of {}>",
            as_str(receiver.value()).unwrap()
        )))
    },
    call: Some(method_call),
    // Python 3.8: the same function (by `==`) bound to the same object (by identity).
    richcompare: Some(|a, b, op| {
        if !std::ptr::eq(type_of(b), &METHOD_TYPE) {
            return Ok(not_implemented());
        }
        let (x, y) = unsafe { (&*a.as_ptr::<MethodObject>(), &*b.as_ptr::<MethodObject>()) };
        crate::objects::type_object::equality_only(op, || {
            Ok(x.receiver.value() == y.receiver.value()
                && ops::equal(x.func.value(), y.func.value())?)
        })
    }),
    hash: Some(|v| {
        let m = unsafe { &*v.as_ptr::<MethodObject>() };
        Ok(
            crate::objects::type_object::pointer_hash(m.receiver.value().0)
                ^ ops::hash(m.func.value())?,
        )
    }),
    getattr: Some(|v, name| {
        let m = unsafe { &*v.as_ptr::<MethodObject>() };
        Ok(match name {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            // The function's attributes (`__doc__`, `__name__`) show through the method.
            _ => Some(ops::get_attr(m.func.value(), new_str(name).value())?),
        })
    }),
    ..TypeObject::new("method")
};

// ----- staticmethod, classmethod, property -----

#[repr(C)]
pub struct WrapperObject {
    header: ObjHeader,
    inner: Ref,
}

/// `staticmethod(f)` or `classmethod(f)`.
pub(crate) fn wrap_function(ty: &'static TypeObject, f: Value) -> Ref {
    let v = object::alloc(WrapperObject {
        header: ObjHeader::new(ty),
        inner: Ref::new(f),
    });
    unsafe { Ref::from_owned(v) }
}

fn wrap(ty: &'static TypeObject, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = crate::builtins::args::exact(ty.name, args, kwnames, 1)?;
    let v = object::alloc(WrapperObject {
        header: ObjHeader::new(ty),
        inner: Ref::new(a[0]),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

/// `obj.__isabstractmethod__`, false when missing (what `abc` marks abstract methods with).
fn is_abstract(v: Value) -> PyResult<bool> {
    let name = crate::objects::attr_cache::intern("__isabstractmethod__");
    match ops::get_attr_or_none(v, name)? {
        Some(r) => ops::is_true(r.value()),
        None => Ok(false),
    }
}

fn wrapper_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let inner = unsafe { &(*v.as_ptr::<WrapperObject>()).inner };
    Ok(match name {
        "__func__" => Some(inner.clone()),
        "__isabstractmethod__" => Some(crate::objects::singletons::bool_ref(is_abstract(
            inner.value(),
        )?)),
        _ => None,
    })
}

/// `staticmethod.__init__(self, f)` and `classmethod`'s (which subclasses call): wraps `f`.
fn wrapper_init(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let ty = type_of(v).base_layout();
    let f = crate::builtins::args::exact(ty.name, args, kwnames, 1)?[0];
    let w = unsafe { &mut *v.as_ptr::<WrapperObject>() };
    drop(std::mem::replace(&mut w.inner, Ref::new(f)));
    Ok(none_ref())
}

pub static STATICMETHOD_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<WrapperObject>(v) },
    construct: Some(wrap),
    methods: &[
        crate::objects::type_object::Method::new("__init__", wrapper_init),
        crate::objects::builtin_subclass::new::STATICMETHOD,
    ],
    getattr: Some(wrapper_getattr),
    ..TypeObject::new("staticmethod")
};

pub static CLASSMETHOD_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<WrapperObject>(v) },
    construct: Some(wrap),
    methods: &[
        crate::objects::type_object::Method::new("__init__", wrapper_init),
        crate::objects::builtin_subclass::new::CLASSMETHOD,
    ],
    getattr: Some(wrapper_getattr),
    ..TypeObject::new("classmethod")
};

#[repr(C)]
pub struct PropertyObject {
    header: ObjHeader,
    fget: Option<Ref>,
    fset: Option<Ref>,
    fdel: Option<Ref>,
    doc: Option<Ref>,
}

fn new_property(
    fget: Option<Value>,
    fset: Option<Value>,
    fdel: Option<Value>,
    doc: Option<Value>,
) -> Ref {
    let keep = |v: Option<Value>| v.filter(|x| *x != none()).map(Ref::new);
    let v = object::alloc(PropertyObject {
        header: ObjHeader::new(&PROPERTY_TYPE),
        fget: keep(fget),
        fset: keep(fset),
        fdel: keep(fdel),
        doc: keep(doc),
    });
    unsafe { Ref::from_owned(v) }
}

fn property_arguments(args: &[Value], kwnames: Option<Value>) -> PyResult<[Option<Value>; 4]> {
    crate::builtins::args::bind(
        "property",
        args,
        kwnames,
        &["fget", "fset", "fdel", "doc"],
        0,
    )
}

fn property_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let a = property_arguments(args, kwnames)?;
    Ok(new_property(a[0], a[1], a[2], a[3]))
}

/// `property.__init__(self, fget=None, fset=None, fdel=None, doc=None)`, which subclasses call.
fn property_init(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = property_arguments(args, kwnames)?;
    let fresh = new_property(a[0], a[1], a[2], a[3]);
    let p = unsafe { &mut *v.as_ptr::<PropertyObject>() };
    let f = unsafe { &mut *fresh.value().as_ptr::<PropertyObject>() };
    std::mem::swap(&mut p.fget, &mut f.fget);
    std::mem::swap(&mut p.fset, &mut f.fset);
    std::mem::swap(&mut p.fdel, &mut f.fdel);
    std::mem::swap(&mut p.doc, &mut f.doc);
    Ok(none_ref())
}

fn property(v: Value) -> &'static PropertyObject {
    unsafe { &*v.as_ptr::<PropertyObject>() }
}

/// `@x.setter` and friends: a copy of the property with one function replaced.
fn property_with(v: Value, which: usize, f: Value) -> Ref {
    let p = property(v);
    let get = |r: &Option<Ref>| r.as_ref().map(Ref::value);
    let mut parts = [get(&p.fget), get(&p.fset), get(&p.fdel)];
    parts[which] = Some(f);
    new_property(parts[0], parts[1], parts[2], get(&p.doc))
}

static PROPERTY_METHODS: [crate::objects::type_object::Method; 5] = [
    crate::objects::type_object::Method::new("__init__", property_init),
    crate::objects::builtin_subclass::new::PROPERTY,
    crate::objects::type_object::Method::new("getter", |v, a, k| {
        Ok(property_with(
            v,
            0,
            crate::builtins::args::exact("getter", a, k, 1)?[0],
        ))
    }),
    crate::objects::type_object::Method::new("setter", |v, a, k| {
        Ok(property_with(
            v,
            1,
            crate::builtins::args::exact("setter", a, k, 1)?[0],
        ))
    }),
    crate::objects::type_object::Method::new("deleter", |v, a, k| {
        Ok(property_with(
            v,
            2,
            crate::builtins::args::exact("deleter", a, k, 1)?[0],
        ))
    }),
];

pub static PROPERTY_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<PropertyObject>(v) },
    construct: Some(property_construct),
    methods: &PROPERTY_METHODS,
    getattr: Some(|v, name| {
        let p = property(v);
        let field = match name {
            "fget" => &p.fget,
            "fset" => &p.fset,
            "fdel" => &p.fdel,
            "__doc__" => &p.doc,
            "__isabstractmethod__" => {
                for f in [&p.fget, &p.fset, &p.fdel].into_iter().flatten() {
                    if is_abstract(f.value())? {
                        return Ok(Some(crate::objects::singletons::bool_ref(true)));
                    }
                }
                return Ok(Some(crate::objects::singletons::bool_ref(false)));
            }
            _ => return Ok(None),
        };
        Ok(Some(field.clone().unwrap_or_else(none_ref)))
    }),
    ..TypeObject::new("property")
};

// ----- super -----

#[repr(C)]
pub struct SuperObject {
    header: ObjHeader,
    /// Search the MRO after this class.
    start: &'static TypeObject,
    receiver: Ref,
}

fn super_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("super", kwnames)?;
    let [class, receiver] = args else {
        return Err(errors::raise(
            &crate::objects::exception::RUNTIME_ERROR,
            "super(): no arguments",
        ));
    };
    let Some(start) = as_type(*class) else {
        return Err(errors::type_error(format!(
            "super() argument 1 must be type, not {}",
            type_of(*class).name
        )));
    };
    let receiver_type = as_type(*receiver)
        .filter(|t| t.is_subtype(start))
        .unwrap_or(type_of(*receiver));
    if !receiver_type.is_subtype(start) {
        return Err(errors::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    }
    let v = object::alloc(SuperObject {
        header: ObjHeader::new(&SUPER_TYPE),
        start,
        receiver: Ref::new(*receiver),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

fn super_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let s = unsafe { &*v.as_ptr::<SuperObject>() };
    let receiver = s.receiver.value();
    let (owner, instance) = match as_type(receiver) {
        Some(t) if t.is_subtype(s.start) => (t, none()),
        _ => (type_of(receiver), receiver),
    };
    let key = new_str(name);
    let mro = owner.resolution_order();
    let after = mro
        .iter()
        .position(|t| std::ptr::eq(*t, s.start))
        .map_or(mro.len(), |i| i + 1);
    for ty in &mro[after..] {
        let d = ty.dict.get();
        if !d.is_null() {
            if let Some(found) = dict::get_item(d, key.value())? {
                return bind(found, instance, Some(owner.as_value())).map(Some);
            }
        } else if let Some(slot) = crate::objects::metaclass::builtin_slot(ty, name) {
            return bind(slot, instance, Some(owner.as_value())).map(Some);
        } else if let Some(m) = ty.methods.iter().find(|m| m.name == name) {
            let m: &'static crate::objects::type_object::Method = unsafe { &*(m as *const _) };
            return Ok(Some(crate::objects::method::new_bound_method(receiver, m)));
        }
    }
    Ok(None)
}

pub static SUPER_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<SuperObject>(v) },
    construct: Some(super_construct),
    getattr: Some(super_getattr),
    ..TypeObject::new("super")
};

// ----- with statements -----

/// A special method looked up on the type, bound to `mgr` (CPython's `special_lookup`); 3.8's
/// AttributeError is just the method's name.
pub(crate) fn special_method(mgr: Value, name: &str) -> PyResult<Ref> {
    let ty = type_of(mgr);
    if let Some(d) = ty.lookup(name)? {
        return bind(d, mgr, None);
    }
    if let Some(m) = ty.find_method(name) {
        return Ok(crate::objects::method::new_bound_method(mgr, m));
    }
    Err(errors::raise(
        &crate::objects::exception::ATTRIBUTE_ERROR,
        name,
    ))
}

/// `with mgr:` — the bound `__exit__` and the value of `__enter__()`.
pub fn with_setup(mgr: Value) -> PyResult<Ref> {
    let enter = special_method(mgr, "__enter__")?;
    let exit = special_method(mgr, "__exit__")?;
    let value = ops::call(enter.value(), &[], None)?;
    Ok(new_tuple(vec![exit, value]))
}

// ----- class statements -----

/// Runs a class body and makes the class (CPython's `__build_class__`): see
/// `metaclass::build_class`.
pub fn build_class(
    body: Value,
    name: Value,
    qualname: Value,
    bases: Value,
    kwargs: Option<Value>,
) -> PyResult<Ref> {
    crate::objects::metaclass::build_class(body, name, qualname, bases, kwargs)
}

/// `type(x)` and `type(name, bases, dict, **kwargs)`.
pub fn type_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let nkw = kwnames.map_or(0, |k| tuple_items(k).len());
    match args {
        [x] if nkw == 0 => Ok(Ref::new(type_of(*x).as_value())),
        _ if args.len() - nkw == 3 => {
            let (pos, kwargs) = crate::objects::metaclass::split_kwargs(args, kwnames)?;
            let cls = crate::objects::metaclass::type_new(
                &TYPE_TYPE,
                pos[0],
                pos[1],
                pos[2],
                Some(kwargs.value()),
            )?;
            // A more derived metaclass made the class: its `__init__` runs too.
            let meta = type_of(cls.value());
            if meta.is_heap() {
                if let Some(init) = meta.lookup(static_name!("__init__"))? {
                    let bound = bind(init, cls.value(), Some(meta.as_value()))?;
                    ops::call(bound.value(), args, kwnames)?;
                }
            }
            Ok(cls)
        }
        _ => Err(errors::type_error("type() takes 1 or 3 arguments")),
    }
}
