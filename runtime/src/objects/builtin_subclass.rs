//! Classes defined in Python whose builtin base is `int`, `float`, `str`, `tuple`, `list`,
//! `dict`, `set`, `frozenset`, `bytes`, `collections.deque`, `_random.Random`, `weakref.ref`,
//! `staticmethod`, `classmethod`, `property` or one of the builtin iterators (`enumerate`,
//! `zip`, `map`, `filter`, `reversed`), and the unbound slot methods of builtin types
//! (`int.__add__`, `dict.__setitem__`, `super().__getitem__(k)`, `object.__init__`).
//!
//! An instance is the base's own struct followed by one word, the instance `__dict__`
//! ([`Sub<T>`], CPython's `tp_dictoffset`), always allocated by the collector: the base's code
//! reads it as one of its own objects, and only the header's type differs. The class's slots
//! ([`inherit_slots`]) run a dunder method the class defines and otherwise the base's slot.

use std::mem::ManuallyDrop;
use std::sync::OnceLock;

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::modules::random::{RandomObject, RANDOM_TYPE};
use crate::object::{self, Ref};
use crate::objects::attr_cache::static_name;
use crate::objects::bytes::{BytesObject, BYTES_TYPE};
use crate::objects::class::{
    PropertyObject, WrapperObject, CLASSMETHOD_TYPE, PROPERTY_TYPE, STATICMETHOD_TYPE,
};
use crate::objects::deque::{DequeObject, DEQUE_TYPE};
use crate::objects::dict::{self, DictObject, DICT_TYPE};
use crate::objects::float::{FloatObject, FLOAT_TYPE};
use crate::objects::int::{BigIntObject, INT_TYPE};
use crate::objects::iterators::{
    Enumerate, Filter, Map, Reversed, Zip, ENUMERATE_TYPE, FILTER_TYPE, MAP_TYPE, REVERSED_TYPE,
    ZIP_TYPE,
};
use crate::objects::list::{ListObject, LIST_TYPE};
use crate::objects::method_args;
use crate::objects::set::{SetObject, FROZENSET_TYPE, SET_TYPE};
use crate::objects::singletons::{is_not_implemented, none_ref, not_implemented};
use crate::objects::str::{StrObject, STR_TYPE};
use crate::objects::tuple::{TupleObject, TUPLE_TYPE};
use crate::objects::type_object::{
    BinaryFn, CallFn, CompareOp, Method, NumberSlots, RichCompareFn, SetItemFn, TypeObject,
    UnaryFn, OBJECT_TYPE,
};
use crate::objects::weakref::{WeakRefObject, REF_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

/// An instance of a subclass of a builtin type: the base's object, then the instance dict.
#[repr(C)]
pub struct Sub<T> {
    base: T,
    dict: Ref,
}

/// How instances of subclasses of one builtin type are laid out and freed.
struct Layout {
    base: &'static TypeObject,
    dict_offset: usize,
    dealloc: unsafe fn(Value),
    gc: &'static GcSlots,
}

unsafe fn sub_dealloc<T>(v: Value) {
    if crate::objects::class::finalize_before_free(v) {
        gc::free::<Sub<T>>(v)
    }
}

macro_rules! layouts {
    ($($name:ident: $t:ty, $base:expr;)*) => {
        static LAYOUTS: &[Layout] = &[$(
            Layout {
                base: &$base,
                dict_offset: std::mem::offset_of!(Sub<$t>, dict),
                dealloc: sub_dealloc::<$t>,
                gc: &GcSlots {
                    traverse: |v, visit| {
                        if let Some(g) = $base.gc {
                            (g.traverse)(v, visit);
                        }
                        visit(unsafe { (*v.as_ptr::<Sub<$t>>()).dict.value() });
                    },
                    clear: match $base.gc {
                        Some(g) => g.clear,
                        None => None,
                    },
                    finalize: Some(crate::objects::class::run_del),
                },
            },
        )*];
    };
}

layouts! {
    INT: BigIntObject, INT_TYPE;
    FLOAT: FloatObject, FLOAT_TYPE;
    STR: StrObject, STR_TYPE;
    TUPLE: TupleObject, TUPLE_TYPE;
    LIST: ListObject, LIST_TYPE;
    DICT: DictObject, DICT_TYPE;
    SET: SetObject, SET_TYPE;
    FROZENSET: SetObject, FROZENSET_TYPE;
    BYTES: BytesObject, BYTES_TYPE;
    DEQUE: DequeObject, DEQUE_TYPE;
    RANDOM: RandomObject, RANDOM_TYPE;
    WEAKREF: WeakRefObject, REF_TYPE;
    STATICMETHOD: WrapperObject, STATICMETHOD_TYPE;
    CLASSMETHOD: WrapperObject, CLASSMETHOD_TYPE;
    PROPERTY: PropertyObject, PROPERTY_TYPE;
    ENUMERATE: Enumerate, ENUMERATE_TYPE;
    ZIP: Zip, ZIP_TYPE;
    MAP: Map, MAP_TYPE;
    FILTER: Filter, FILTER_TYPE;
    REVERSED: Reversed, REVERSED_TYPE;
}

fn layout_of(base: &TypeObject) -> Option<&'static Layout> {
    LAYOUTS.iter().find(|l| std::ptr::eq(l.base, base))
}

/// Whether instances of a class can have `base` as their builtin layout.
pub fn is_subclassable(base: &TypeObject) -> bool {
    layout_of(base).is_some()
}

/// `instance_dict` for instances of subclasses of a builtin type: `Some(answer)`, or None
/// for other objects.
pub fn instance_dict(v: Value) -> Option<Option<Value>> {
    let ty = type_of(v);
    if !ty.is_heap() {
        return None;
    }
    let layout = layout_of(ty.base_layout())?;
    if is_dictless(ty) {
        return Some(None);
    }
    Some(Some(unsafe {
        *((v.0 + layout.dict_offset) as *const Value)
    }))
}

struct Dictless(std::cell::RefCell<Vec<*const TypeObject>>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for Dictless {}

/// The classes on a builtin layout whose every class says `__slots__ = ()` (a namedtuple):
/// their instances keep the dict word, but show no `__dict__`.
static DICTLESS: Dictless = Dictless(std::cell::RefCell::new(Vec::new()));

fn is_dictless(ty: &TypeObject) -> bool {
    DICTLESS.0.borrow().contains(&(ty as *const TypeObject))
}

/// Records a new class on a builtin layout as without `__dict__` when it and its bases
/// defined in Python all have empty `__slots__` (non-empty ones keep a plain `__dict__`).
pub fn note_slots(
    ty: &'static TypeObject,
    bases: &[&'static TypeObject],
    ns: Value,
) -> PyResult<()> {
    let bases_dictless = bases.iter().all(|b| !b.is_heap() || is_dictless(b));
    if layout_of(ty.base_layout()).is_none() || !bases_dictless {
        return Ok(());
    }
    let key = crate::objects::str::new_str("__slots__");
    let Some(slots) = dict::get_item(ns, key.value())? else {
        return Ok(());
    };
    let empty = match crate::objects::str::as_str(slots) {
        Some(name) => name == "__weakref__",
        None => ops::len(slots)? == 0,
    };
    if empty {
        DICTLESS.0.borrow_mut().push(ty);
    }
    Ok(())
}

/// Moves a new object of the builtin base (refcount 1, referenced from nowhere else) into an
/// instance of `ty`.
unsafe fn rehome<T>(fresh: Ref, ty: &'static TypeObject) -> Ref {
    let v = fresh.into_raw();
    let base: T = std::ptr::read(v.as_ptr::<T>());
    if type_of(v).gc.is_some() {
        gc::free::<ManuallyDrop<T>>(v);
    } else {
        object::free::<ManuallyDrop<T>>(v);
    }
    new_instance(ty, base)
}

/// A new instance of `ty` holding `base`, for bases whose objects are made in place (a weak
/// reference's address is known to its referent's list, so it cannot move).
pub fn new_instance<T>(ty: &'static TypeObject, base: T) -> Ref {
    let sub = gc::alloc(Sub {
        base,
        dict: dict::new_dict(),
    });
    unsafe {
        (*sub.header()).ty.set(ty);
        (*sub.header()).refcnt.set(1);
        Ref::from_owned(sub)
    }
}

/// An instance of `ty` (a class with a builtin base other than object and exceptions) holding
/// `fresh`'s contents; `fresh` is a new object of the base type.
pub fn wrap(ty: &'static TypeObject, fresh: Ref) -> Ref {
    let base = ty.base_layout();
    unsafe {
        if std::ptr::eq(base, &INT_TYPE) {
            rehome::<BigIntObject>(fresh, ty)
        } else if std::ptr::eq(base, &FLOAT_TYPE) {
            rehome::<FloatObject>(fresh, ty)
        } else if std::ptr::eq(base, &STR_TYPE) {
            rehome::<StrObject>(fresh, ty)
        } else if std::ptr::eq(base, &TUPLE_TYPE) {
            rehome::<TupleObject>(fresh, ty)
        } else if std::ptr::eq(base, &LIST_TYPE) {
            rehome::<ListObject>(fresh, ty)
        } else if std::ptr::eq(base, &DICT_TYPE) {
            rehome::<DictObject>(fresh, ty)
        } else if std::ptr::eq(base, &BYTES_TYPE) {
            rehome::<BytesObject>(fresh, ty)
        } else if std::ptr::eq(base, &DEQUE_TYPE) {
            rehome::<DequeObject>(fresh, ty)
        } else if std::ptr::eq(base, &RANDOM_TYPE) {
            rehome::<RandomObject>(fresh, ty)
        } else if std::ptr::eq(base, &STATICMETHOD_TYPE) || std::ptr::eq(base, &CLASSMETHOD_TYPE) {
            rehome::<WrapperObject>(fresh, ty)
        } else if std::ptr::eq(base, &PROPERTY_TYPE) {
            rehome::<PropertyObject>(fresh, ty)
        } else if std::ptr::eq(base, &ENUMERATE_TYPE) {
            rehome::<Enumerate>(fresh, ty)
        } else if std::ptr::eq(base, &ZIP_TYPE) {
            rehome::<Zip>(fresh, ty)
        } else if std::ptr::eq(base, &MAP_TYPE) {
            rehome::<Map>(fresh, ty)
        } else if std::ptr::eq(base, &FILTER_TYPE) {
            rehome::<Filter>(fresh, ty)
        } else if std::ptr::eq(base, &REVERSED_TYPE) {
            rehome::<Reversed>(fresh, ty)
        } else {
            rehome::<SetObject>(fresh, ty)
        }
    }
}

/// A new instance of `ty`, whose builtin base is `base`: mutable bases start empty (their
/// `__init__` fills them), immutable ones are made from the arguments as the base would be.
pub fn allocate(
    ty: &'static TypeObject,
    base: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let fresh = if std::ptr::eq(base, &LIST_TYPE) {
        crate::objects::list::new_list(Vec::new())
    } else if std::ptr::eq(base, &DICT_TYPE) {
        dict::new_dict()
    } else if std::ptr::eq(base, &SET_TYPE) {
        crate::objects::set::new_set()
    } else if std::ptr::eq(base, &DEQUE_TYPE) {
        crate::objects::deque::new_deque(None)
    } else if std::ptr::eq(base, &RANDOM_TYPE) {
        crate::modules::random::new_from_arguments(args, kwnames)?
    } else if std::ptr::eq(base, &REF_TYPE) {
        return (base.construct.expect("builtin base has a constructor"))(ty, args, kwnames);
    } else if [&STATICMETHOD_TYPE, &CLASSMETHOD_TYPE, &PROPERTY_TYPE]
        .iter()
        .any(|t| std::ptr::eq(*t, base))
    {
        // Always a new object of the base type.
        (base.construct.expect("builtin base has a constructor"))(base, args, kwnames)?
    } else if base.next.is_some() {
        // The builtin iterators: a new object of the base type, except that `reversed`
        // gives what the sequence's own `__reversed__` makes, which stays as it is.
        let made = (base.construct.expect("builtin base has a constructor"))(base, args, kwnames)?;
        if !std::ptr::eq(type_of(made.value()), base) {
            return Ok(made);
        }
        made
    } else {
        let made = (base.construct.expect("builtin base has a constructor"))(base, args, kwnames)?;
        fresh_copy(base, made.value())
    };
    Ok(wrap(ty, fresh))
}

/// A new object of the exact type `base` equal to `v` (an instance of `base` or a subclass).
fn fresh_copy(base: &'static TypeObject, v: Value) -> Ref {
    use crate::objects::*;
    if std::ptr::eq(base, &INT_TYPE) {
        int::new_big_unnormalized(int::int_view(v).unwrap().to_big())
    } else if std::ptr::eq(base, &FLOAT_TYPE) {
        float::new_float(float::float_value(v).unwrap())
    } else if std::ptr::eq(base, &STR_TYPE) {
        str::new_unshared_string(str::as_str(v).unwrap().to_string())
    } else if std::ptr::eq(base, &TUPLE_TYPE) {
        tuple::new_tuple(tuple::tuple_items(v).to_vec())
    } else if std::ptr::eq(base, &BYTES_TYPE) {
        bytes::new_bytes(bytes::bytes_data(v).unwrap().to_vec())
    } else {
        set::new_frozenset_copy(v)
    }
}

/// `T.__new__(cls, *args)` of a builtin type `owner`.
pub fn builtin_new(
    owner: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let Some((&cls, rest)) = args.split_first() else {
        return Err(errors::type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.name
        )));
    };
    let cls_type = if !cls.is_small_int()
        && type_of(cls).is_subtype(&crate::objects::type_object::TYPE_TYPE)
    {
        unsafe { &*cls.as_ptr::<TypeObject>() }
    } else {
        return Err(errors::type_error(format!(
            "{}.__new__(X): X is not a type object ({})",
            owner.name,
            type_of(cls).name
        )));
    };
    if !cls_type.is_subtype(owner) {
        return Err(errors::type_error(format!(
            "{}.__new__({}): {} is not a subtype of {}",
            owner.name, cls_type.name, cls_type.name, owner.name
        )));
    }
    if std::ptr::eq(owner, &OBJECT_TYPE) {
        let takes_args = !rest.is_empty() || kwnames.is_some_and(|k| dict_or_tuple_len(k) > 0);
        if takes_args && cls_type.is_heap() {
            let own_new = cls_type.lookup(static_name!("__new__"))?.is_some();
            let own_init = cls_type.lookup(static_name!("__init__"))?.is_some();
            if own_new {
                return Err(errors::type_error(
                    "object.__new__() takes exactly one argument (the type to instantiate)",
                ));
            }
            if !own_init {
                return Err(errors::type_error(format!(
                    "{}() takes no arguments",
                    cls_type.name
                )));
            }
        }
        if std::ptr::eq(cls_type, &OBJECT_TYPE) {
            return Ok(crate::objects::type_object::new_plain_object());
        }
        if !cls_type.is_heap() {
            return Err(errors::type_error(format!(
                "object.__new__({}) is not safe, use {}.__new__()",
                cls_type.name, cls_type.name
            )));
        }
        return crate::objects::class::allocate(cls_type, &[], None);
    }
    if !cls_type.is_heap() {
        let construct = cls_type.construct.ok_or_else(|| {
            errors::type_error(format!("cannot create '{}' instances", cls_type.name))
        })?;
        return construct(cls_type, rest, kwnames);
    }
    if std::ptr::eq(cls_type.base_layout(), owner) {
        return allocate(cls_type, owner, rest, kwnames);
    }
    crate::objects::class::allocate(cls_type, rest, kwnames)
}

/// The class a class method was called on: the receiver itself when it is a type, else its
/// type.
pub fn class_of_receiver(receiver: Value) -> &'static TypeObject {
    if !receiver.is_small_int()
        && type_of(receiver).is_subtype(&crate::objects::type_object::TYPE_TYPE)
    {
        unsafe { &*receiver.as_ptr::<TypeObject>() }
    } else {
        type_of(receiver)
    }
}

fn dict_or_tuple_len(k: Value) -> usize {
    crate::objects::tuple::tuple_items(k).len()
}

// ----- the slots of a subclass -----

/// The slots every class defined in Python gets (`class.rs`), kept to call the class's dunder
/// methods.
struct HeapSlots {
    repr: UnaryFn,
    str: Option<UnaryFn>,
    hash: Option<fn(Value) -> PyResult<i64>>,
    richcompare: Option<RichCompareFn>,
    bool: Option<fn(Value) -> PyResult<bool>>,
    len: Option<fn(Value) -> PyResult<usize>>,
    number: &'static NumberSlots,
    getitem: Option<BinaryFn>,
    setitem: Option<SetItemFn>,
    delitem: Option<fn(Value, Value) -> PyResult<()>>,
    contains: Option<fn(Value, Value) -> PyResult<bool>>,
    iter: Option<UnaryFn>,
    next: Option<fn(Value) -> PyResult<Option<Ref>>>,
    call: Option<CallFn>,
}

static HEAP: OnceLock<HeapSlots> = OnceLock::new();

fn heap() -> &'static HeapSlots {
    HEAP.get().expect("heap slots recorded")
}

/// The slots of a new class whose builtin layout is `solid`: unchanged for `object` and the
/// exceptions; for the other builtin bases, the base's layout, collector slots and, wherever
/// the class defines no dunder method, the base's behaviour.
pub fn inherit_slots(t: TypeObject, solid: &'static TypeObject) -> TypeObject {
    let Some(layout) = layout_of(solid) else {
        return t;
    };
    HEAP.get_or_init(|| HeapSlots {
        repr: t.repr,
        str: t.str,
        hash: t.hash,
        richcompare: t.richcompare,
        bool: t.bool,
        len: t.len,
        number: t.number,
        getitem: t.getitem,
        setitem: t.setitem,
        delitem: t.delitem,
        contains: t.contains,
        iter: t.iter,
        next: t.next,
        call: t.call,
    });
    TypeObject {
        dealloc: layout.dealloc,
        gc: Some(layout.gc),
        repr: sub_repr,
        str: Some(sub_str),
        hash: Some(sub_hash),
        richcompare: Some(sub_richcompare),
        bool: Some(sub_bool),
        len: Some(sub_len),
        number: &SUB_NUMBER,
        concat: solid.concat,
        repeat: solid.repeat,
        getitem: Some(sub_getitem),
        setitem: Some(sub_setitem),
        delitem: Some(sub_delitem),
        contains: Some(sub_contains),
        iter: Some(sub_iter),
        next: Some(sub_next),
        call: Some(sub_call),
        ..t
    }
}

/// Whether the class of `v` (one defined in Python) defines `name`.
fn defines(v: Value, name: &str) -> bool {
    matches!(type_of(v).lookup(name), Ok(Some(_)))
}

fn base_of(v: Value) -> &'static TypeObject {
    type_of(v).base_layout()
}

/// Whether `v` is an instance of a class defined in Python with a builtin base of ours.
fn is_sub_instance(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_heap() && layout_of(type_of(v).base_layout()).is_some()
}

fn sub_repr(v: Value) -> PyResult<Ref> {
    if defines(v, "__repr__") {
        return (heap().repr)(v);
    }
    (base_of(v).repr)(v)
}

fn sub_str(v: Value) -> PyResult<Ref> {
    if defines(v, "__str__") {
        return (heap().str.unwrap())(v);
    }
    if std::ptr::eq(base_of(v), &STR_TYPE) {
        return Ok(crate::objects::str::new_str(
            crate::objects::str::as_str(v).unwrap(),
        ));
    }
    sub_repr(v)
}

fn sub_hash(v: Value) -> PyResult<i64> {
    if defines(v, "__hash__") || defines(v, "__eq__") {
        return (heap().hash.unwrap())(v);
    }
    match base_of(v).hash {
        Some(h) => h(v),
        None => Err(errors::type_error(format!(
            "unhashable type: '{}'",
            type_of(v).name
        ))),
    }
}

fn compare_name(op: CompareOp) -> &'static str {
    match op {
        CompareOp::Lt => "__lt__",
        CompareOp::Le => "__le__",
        CompareOp::Eq => "__eq__",
        CompareOp::Ne => "__ne__",
        CompareOp::Gt => "__gt__",
        CompareOp::Ge => "__ge__",
    }
}

fn sub_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if defines(a, compare_name(op)) {
        return (heap().richcompare.unwrap())(a, b, op);
    }
    match base_of(a).richcompare {
        Some(f) => f(a, b, op),
        None => Ok(not_implemented()),
    }
}

/// A class's `__bool__`, else the base's truth slot (which wins over a `__len__` the class
/// defines, as CPython's inherited `nb_bool` does), else the length.
fn sub_bool(v: Value) -> PyResult<bool> {
    let base = base_of(v);
    if defines(v, "__bool__") || (base.bool.is_none() && defines(v, "__len__")) {
        return (heap().bool.unwrap())(v);
    }
    if let Some(f) = base.bool {
        return f(v);
    }
    if let Some(f) = base.len {
        return Ok(f(v)? > 0);
    }
    Ok(true)
}

fn sub_len(v: Value) -> PyResult<usize> {
    match base_of(v).len {
        Some(f) if !defines(v, "__len__") => f(v),
        _ => (heap().len.unwrap())(v),
    }
}

fn sub_getitem(v: Value, key: Value) -> PyResult<Ref> {
    if defines(v, "__getitem__") {
        return (heap().getitem.unwrap())(v, key);
    }
    let base = base_of(v);
    if std::ptr::eq(base, &DICT_TYPE) {
        return subclass_dict_getitem(v, key);
    }
    match base.getitem {
        Some(f) => f(v, key),
        None => (heap().getitem.unwrap())(v, key),
    }
}

/// `dict.__getitem__` of an instance of a dict subclass: the item, else what the class's
/// `__missing__` makes of the key, else KeyError.
fn subclass_dict_getitem(v: Value, key: Value) -> PyResult<Ref> {
    if let Some(found) = dict::get_item(v, key)? {
        return Ok(Ref::new(found));
    }
    if let Some(missing) = type_of(v).lookup(static_name!("__missing__"))? {
        let bound = crate::objects::class::bind(missing, v, None)?;
        return ops::call(bound.value(), &[key], None);
    }
    (DICT_TYPE.getitem.expect("dict has getitem"))(v, key)
}

fn sub_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    match base_of(v).setitem {
        Some(f) if !defines(v, "__setitem__") => f(v, key, value),
        _ => (heap().setitem.unwrap())(v, key, value),
    }
}

fn sub_delitem(v: Value, key: Value) -> PyResult<()> {
    match base_of(v).delitem {
        Some(f) if !defines(v, "__delitem__") => f(v, key),
        _ => (heap().delitem.unwrap())(v, key),
    }
}

fn sub_contains(v: Value, item: Value) -> PyResult<bool> {
    match base_of(v).contains {
        Some(f) if !defines(v, "__contains__") && !defines(v, "__iter__") => f(v, item),
        _ => (heap().contains.unwrap())(v, item),
    }
}

fn sub_iter(v: Value) -> PyResult<Ref> {
    match base_of(v).iter {
        Some(f) if !defines(v, "__iter__") => f(v),
        _ => (heap().iter.unwrap())(v),
    }
}

fn sub_next(v: Value) -> PyResult<Option<Ref>> {
    match base_of(v).next {
        Some(f) if !defines(v, "__next__") => f(v),
        _ => (heap().next.unwrap())(v),
    }
}

fn sub_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    match base_of(v).call {
        Some(f) if !defines(v, "__call__") => f(v, args, kwnames),
        _ => (heap().call.unwrap())(v, args, kwnames),
    }
}

/// A binary operator: the class's dunder methods first, then each operand's builtin base.
fn sub_binary(a: Value, b: Value, slot: fn(&NumberSlots) -> Option<BinaryFn>) -> PyResult<Ref> {
    let r = (slot(heap().number).unwrap())(a, b)?;
    if !is_not_implemented(&r) {
        return Ok(r);
    }
    for x in [a, b] {
        if is_sub_instance(x) {
            if let Some(f) = slot(base_of(x).number) {
                let r = f(a, b)?;
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
    }
    Ok(r)
}

macro_rules! sub_binaries {
    ($($fn_name:ident: $slot:ident;)*) => {$(
        fn $fn_name(a: Value, b: Value) -> PyResult<Ref> {
            sub_binary(a, b, |n| n.$slot)
        }
    )*};
}

sub_binaries! {
    sub_add: add; sub_sub: sub; sub_mul: mul; sub_truediv: truediv; sub_floordiv: floordiv;
    sub_rem: rem; sub_pow: pow; sub_lshift: lshift; sub_rshift: rshift; sub_and: and;
    sub_or: or; sub_xor: xor; sub_matmul: matmul;
}

macro_rules! sub_unaries {
    ($($fn_name:ident: $slot:ident, $dunder:literal;)*) => {$(
        fn $fn_name(v: Value) -> PyResult<Ref> {
            match base_of(v).number.$slot {
                Some(f) if !defines(v, $dunder) => f(v),
                _ => (heap().number.$slot.unwrap())(v),
            }
        }
    )*};
}

sub_unaries! {
    sub_neg: neg, "__neg__"; sub_pos: pos, "__pos__"; sub_abs: abs, "__abs__";
    sub_invert: invert, "__invert__"; sub_index: index, "__index__"; sub_int: int, "__int__";
}

fn sub_float(v: Value) -> PyResult<f64> {
    match base_of(v).number.float {
        Some(f) if !defines(v, "__float__") => f(v),
        _ => (heap().number.float.unwrap())(v),
    }
}

static SUB_NUMBER: NumberSlots = NumberSlots {
    add: Some(sub_add),
    sub: Some(sub_sub),
    mul: Some(sub_mul),
    truediv: Some(sub_truediv),
    floordiv: Some(sub_floordiv),
    rem: Some(sub_rem),
    pow: Some(sub_pow),
    lshift: Some(sub_lshift),
    rshift: Some(sub_rshift),
    and: Some(sub_and),
    or: Some(sub_or),
    xor: Some(sub_xor),
    matmul: Some(sub_matmul),
    neg: Some(sub_neg),
    pos: Some(sub_pos),
    abs: Some(sub_abs),
    invert: Some(sub_invert),
    index: Some(sub_index),
    int: Some(sub_int),
    float: Some(sub_float),
};

// ----- slot methods: `int.__add__`, `super().__getitem__(k)` -----
//
// A slot method runs the slot of the receiver's builtin type, never the class's override,
// so that `super().__repr__()` in a subclass reaches the base.

fn layout_type(v: Value) -> &'static TypeObject {
    type_of(v).base_layout()
}

fn one_arg(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<Value> {
    method_args::slot_operand(name, args, kwnames)
}

fn no_args(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<()> {
    method_args::slot_arguments(name, args, kwnames, 0).map(drop)
}

/// The argument of `__getitem__` or `__contains__`, which dict, list and set define as
/// methods of their own (`takes exactly one argument`), the other types as slot wrappers.
fn item_arg(
    v: Value,
    name: &str,
    own_method_in: &[&TypeObject],
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Value> {
    if own_method_in
        .iter()
        .any(|t| std::ptr::eq(layout_type(v), *t))
    {
        return Ok(crate::builtins::args::exact(name, args, kwnames, 1)?[0]);
    }
    one_arg(name, args, kwnames)
}

fn slot_missing(v: Value, name: &str) -> errors::Raised {
    errors::raise(
        &crate::objects::exception::ATTRIBUTE_ERROR,
        format!("'{}' object has no attribute '{name}'", type_of(v).name),
    )
}

fn m_repr(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__repr__", a, k)?;
    (layout_type(v).repr)(v)
}

fn m_str(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__str__", a, k)?;
    if type_of(v).is_heap() && std::ptr::eq(layout_type(v), &STR_TYPE) {
        return Ok(crate::objects::str::new_str(
            crate::objects::str::as_str(v).unwrap(),
        ));
    }
    match layout_type(v).str {
        Some(f) => f(v),
        None => (layout_type(v).repr)(v),
    }
}

fn m_hash(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__hash__", a, k)?;
    match layout_type(v).hash {
        Some(h) => Ok(crate::objects::int::from_i64(h(v)?)),
        None => Err(errors::type_error(format!(
            "unhashable type: '{}'",
            type_of(v).name
        ))),
    }
}

fn m_len(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__len__", a, k)?;
    match layout_type(v).len {
        Some(f) => Ok(crate::objects::int::from_i64(f(v)? as i64)),
        None => Err(slot_missing(v, "__len__")),
    }
}

fn m_bool(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__bool__", a, k)?;
    let t = layout_type(v);
    let b = match (t.bool, t.len) {
        (Some(f), _) => f(v)?,
        (None, Some(f)) => f(v)? > 0,
        _ => true,
    };
    Ok(crate::objects::singletons::bool_ref(b))
}

fn m_iter(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__iter__", a, k)?;
    match layout_type(v).iter {
        Some(f) => f(v),
        None => Err(slot_missing(v, "__iter__")),
    }
}

fn m_next(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__next__", a, k)?;
    let Some(next) = layout_type(v).next else {
        return Err(slot_missing(v, "__next__"));
    };
    next(v)?.ok_or_else(|| {
        errors::raise_with_args(&crate::objects::exception::STOP_ITERATION, Vec::new())
    })
}

fn m_getitem(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let key = item_arg(v, "__getitem__", &[&DICT_TYPE, &LIST_TYPE], a, k)?;
    if type_of(v).is_heap() && std::ptr::eq(layout_type(v), &DICT_TYPE) {
        return subclass_dict_getitem(v, key);
    }
    match layout_type(v).getitem {
        Some(f) => f(v, key),
        None => Err(slot_missing(v, "__getitem__")),
    }
}

fn m_setitem(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::unnamed_slot_arguments("__setitem__", a, k, 2)?;
    match layout_type(v).setitem {
        Some(f) => f(v, a[0], a[1]).map(|_| none_ref()),
        None => Err(slot_missing(v, "__setitem__")),
    }
}

fn m_delitem(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let key = one_arg("__delitem__", a, k)?;
    match layout_type(v).delitem {
        Some(f) => f(v, key).map(|_| none_ref()),
        None => Err(slot_missing(v, "__delitem__")),
    }
}

fn m_contains(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = item_arg(
        v,
        "__contains__",
        &[&DICT_TYPE, &SET_TYPE, &FROZENSET_TYPE],
        a,
        k,
    )?;
    match layout_type(v).contains {
        Some(f) => Ok(crate::objects::singletons::bool_ref(f(v, x)?)),
        None => Err(slot_missing(v, "__contains__")),
    }
}

macro_rules! compare_methods {
    ($($fn_name:ident: $name:literal, $op:ident;)*) => {$(
        fn $fn_name(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
            let other = one_arg($name, a, k)?;
            match layout_type(v).richcompare {
                Some(f) => f(v, other, CompareOp::$op),
                None => object_compare(v, other, CompareOp::$op),
            }
        }
    )*};
}

compare_methods! {
    m_lt: "__lt__", Lt; m_le: "__le__", Le; m_eq: "__eq__", Eq;
    m_ne: "__ne__", Ne; m_gt: "__gt__", Gt; m_ge: "__ge__", Ge;
}

/// `object.__eq__` and friends: identity for `==` (else NotImplemented), the `==` of `v`'s
/// type inverted for `!=` unless that is NotImplemented, NotImplemented for the orderings.
pub(crate) fn object_compare(v: Value, other: Value, op: CompareOp) -> PyResult<Ref> {
    match op {
        CompareOp::Eq if v == other => Ok(crate::objects::singletons::bool_ref(true)),
        CompareOp::Ne => {
            let eq = match type_of(v).richcompare {
                Some(f) => f(v, other, CompareOp::Eq)?,
                None => object_compare(v, other, CompareOp::Eq)?,
            };
            if is_not_implemented(&eq) {
                return Ok(eq);
            }
            Ok(crate::objects::singletons::bool_ref(!ops::is_true(
                eq.value(),
            )?))
        }
        _ => Ok(not_implemented()),
    }
}

macro_rules! binary_methods {
    ($($fn_name:ident, $rfn_name:ident: $name:literal, $rname:literal, $slot:ident;)*) => {$(
        fn $fn_name(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
            let other = one_arg($name, a, k)?;
            binary_method(v, other, false, |n| n.$slot)
        }
        fn $rfn_name(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
            let other = one_arg($rname, a, k)?;
            binary_method(v, other, true, |n| n.$slot)
        }
    )*};
}

fn binary_method(
    v: Value,
    other: Value,
    reflected: bool,
    slot: fn(&NumberSlots) -> Option<BinaryFn>,
) -> PyResult<Ref> {
    let t = layout_type(v);
    let (a, b) = if reflected { (other, v) } else { (v, other) };
    match slot(t.number) {
        Some(f) => f(a, b),
        None => Ok(not_implemented()),
    }
}

binary_methods! {
    m_add, m_radd: "__add__", "__radd__", add;
    m_sub, m_rsub: "__sub__", "__rsub__", sub;
    m_mul, m_rmul: "__mul__", "__rmul__", mul;
    m_truediv, m_rtruediv: "__truediv__", "__rtruediv__", truediv;
    m_floordiv, m_rfloordiv: "__floordiv__", "__rfloordiv__", floordiv;
    m_mod, m_rmod: "__mod__", "__rmod__", rem;
    m_pow, m_rpow: "__pow__", "__rpow__", pow;
    m_lshift, m_rlshift: "__lshift__", "__rlshift__", lshift;
    m_rshift, m_rrshift: "__rshift__", "__rrshift__", rshift;
    m_and, m_rand: "__and__", "__rand__", and;
    m_or, m_ror: "__or__", "__ror__", or;
    m_xor, m_rxor: "__xor__", "__rxor__", xor;
}

/// Sequence `+` and `*` (list, tuple, str): the concat and repeat slots.
fn m_concat(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let other = one_arg("__add__", a, k)?;
    match layout_type(v).concat {
        Some(f) => f(v, other),
        None => Ok(not_implemented()),
    }
}

fn m_repeat(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let n = method_args::unnamed_slot_arguments("__mul__", a, k, 1)?[0];
    let Some(f) = layout_type(v).repeat else {
        return Ok(not_implemented());
    };
    match crate::objects::int::int_view(n) {
        Some(i) => f(v, crate::objects::int::saturating_i64(i)),
        None => Ok(not_implemented()),
    }
}

macro_rules! unary_methods {
    ($($fn_name:ident: $name:literal, $slot:ident;)*) => {$(
        fn $fn_name(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
            no_args($name, a, k)?;
            match layout_type(v).number.$slot {
                Some(f) => f(v),
                None => Err(slot_missing(v, $name)),
            }
        }
    )*};
}

unary_methods! {
    m_neg: "__neg__", neg; m_pos: "__pos__", pos; m_abs: "__abs__", abs;
    m_invert: "__invert__", invert; m_index: "__index__", index; m_int: "__int__", int;
}

fn m_float(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__float__", a, k)?;
    match layout_type(v).number.float {
        Some(f) => Ok(crate::objects::float::new_float(f(v)?)),
        None => Err(slot_missing(v, "__float__")),
    }
}

/// `__sizeof__` of `object` and of the builtin types that redefine it: what `sys.getsizeof`
/// reports, less the collector's header.
fn m_sizeof(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    crate::objects::method_args::no_args("__sizeof__", a, k)?;
    Ok(crate::objects::int::from_i64(
        crate::modules::sys::sizeof(v) as i64,
    ))
}

/// The slot methods, by name.
pub mod slots {
    use super::*;
    pub const REPR: Method = Method::new("__repr__", m_repr);
    pub const STR: Method = Method::new("__str__", m_str);
    pub const HASH: Method = Method::new("__hash__", m_hash);
    pub const LEN: Method = Method::new("__len__", m_len);
    pub const BOOL: Method = Method::new("__bool__", m_bool);
    pub const ITER: Method = Method::new("__iter__", m_iter);
    pub const GETITEM: Method = Method::new("__getitem__", m_getitem);
    pub const SETITEM: Method = Method::new("__setitem__", m_setitem);
    pub const DELITEM: Method = Method::new("__delitem__", m_delitem);
    pub const CONTAINS: Method = Method::new("__contains__", m_contains);
    pub const LT: Method = Method::new("__lt__", m_lt);
    pub const LE: Method = Method::new("__le__", m_le);
    pub const EQ: Method = Method::new("__eq__", m_eq);
    pub const NE: Method = Method::new("__ne__", m_ne);
    pub const GT: Method = Method::new("__gt__", m_gt);
    pub const GE: Method = Method::new("__ge__", m_ge);
    pub const CONCAT: Method = Method::new("__add__", m_concat);
    pub const REPEAT: Method = Method::new("__mul__", m_repeat);
    pub const RREPEAT: Method = Method::new("__rmul__", m_repeat);
    pub const ADD: Method = Method::new("__add__", m_add);
    pub const RADD: Method = Method::new("__radd__", m_radd);
    pub const SUB: Method = Method::new("__sub__", m_sub);
    pub const RSUB: Method = Method::new("__rsub__", m_rsub);
    pub const MUL: Method = Method::new("__mul__", m_mul);
    pub const RMUL: Method = Method::new("__rmul__", m_rmul);
    pub const TRUEDIV: Method = Method::new("__truediv__", m_truediv);
    pub const RTRUEDIV: Method = Method::new("__rtruediv__", m_rtruediv);
    pub const FLOORDIV: Method = Method::new("__floordiv__", m_floordiv);
    pub const RFLOORDIV: Method = Method::new("__rfloordiv__", m_rfloordiv);
    pub const MOD: Method = Method::new("__mod__", m_mod);
    pub const RMOD: Method = Method::new("__rmod__", m_rmod);
    pub const POW: Method = Method::new("__pow__", m_pow);
    pub const RPOW: Method = Method::new("__rpow__", m_rpow);
    pub const LSHIFT: Method = Method::new("__lshift__", m_lshift);
    pub const RLSHIFT: Method = Method::new("__rlshift__", m_rlshift);
    pub const RSHIFT: Method = Method::new("__rshift__", m_rshift);
    pub const RRSHIFT: Method = Method::new("__rrshift__", m_rrshift);
    pub const AND: Method = Method::new("__and__", m_and);
    pub const RAND: Method = Method::new("__rand__", m_rand);
    pub const OR: Method = Method::new("__or__", m_or);
    pub const ROR: Method = Method::new("__ror__", m_ror);
    pub const XOR: Method = Method::new("__xor__", m_xor);
    pub const RXOR: Method = Method::new("__rxor__", m_rxor);
    pub const NEG: Method = Method::new("__neg__", m_neg);
    pub const POS: Method = Method::new("__pos__", m_pos);
    pub const ABS: Method = Method::new("__abs__", m_abs);
    pub const INVERT: Method = Method::new("__invert__", m_invert);
    pub const INDEX: Method = Method::new("__index__", m_index);
    pub const INT: Method = Method::new("__int__", m_int);
    pub const FLOAT: Method = Method::new("__float__", m_float);
    pub const SIZEOF: Method = Method::new("__sizeof__", m_sizeof);
    pub const NEXT: Method = Method::new("__next__", m_next);

    /// The comparisons.
    pub const COMPARE: [Method; 6] = [LT, LE, EQ, NE, GT, GE];
}

// ----- object's methods -----

fn object_init(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let excess = !args.is_empty() || kwnames.is_some_and(|k| dict_or_tuple_len(k) > 0);
    if excess {
        let ty = type_of(v);
        let own_init = ty.is_heap() && ty.lookup(static_name!("__init__"))?.is_some();
        let own_new = ty.is_heap() && ty.lookup(static_name!("__new__"))?.is_some();
        let object_layout = std::ptr::eq(ty.base_layout(), &OBJECT_TYPE);
        if own_init || (!own_new && object_layout) {
            return Err(errors::type_error(if own_init {
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string()
            } else {
                format!("{}() takes no arguments", ty.name)
            }));
        }
    }
    Ok(none_ref())
}

fn object_new(_v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    builtin_new(&OBJECT_TYPE, args, kwnames)
}

fn object_setattr(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = crate::builtins::args::exact("__setattr__", args, kwnames, 2)?;
    let name = attribute_name(a[0])?;
    set_attribute(v, &name, Some(a[1]))
}

fn object_delattr(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = one_arg("__delattr__", args, kwnames)?;
    let name = attribute_name(a)?;
    set_attribute(v, &name, None)
}

fn attribute_name(v: Value) -> PyResult<String> {
    match crate::objects::str::as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => Err(errors::type_error(format!(
            "attribute name must be string, not '{}'",
            type_of(v).name
        ))),
    }
}

fn set_attribute(v: Value, name: &str, value: Option<Value>) -> PyResult<Ref> {
    if type_of(v).is_heap() {
        crate::objects::class::generic_setattr(v, name, value)?;
    } else {
        let n = crate::objects::str::new_str(name);
        ops::set_attr(v, n.value(), value)?;
    }
    Ok(none_ref())
}

fn object_getattribute(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let name = one_arg("__getattribute__", args, kwnames)?;
    attribute_name(name)?;
    crate::objects::class::object_getattribute(v, name)
}

fn object_repr(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__repr__", a, k)?;
    let ty = type_of(v);
    Ok(crate::objects::str::new_string(match ty.module {
        Some(module) if module != "builtins" => {
            format!("<{module}.{} object at {:#x}>", ty.qualname, v.0)
        }
        _ => format!("<{} object at {:#x}>", ty.qualname, v.0),
    }))
}

fn object_str(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__str__", a, k)?;
    ops::repr(v)
}

fn object_hash(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    no_args("__hash__", a, k)?;
    Ok(crate::objects::int::from_i64(
        crate::objects::type_object::pointer_hash(v.0),
    ))
}

fn object_eq(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    object_compare(v, one_arg("__eq__", a, k)?, CompareOp::Eq)
}

fn object_ne(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    object_compare(v, one_arg("__ne__", a, k)?, CompareOp::Ne)
}

/// `object.__lt__` and the other orderings: NotImplemented, after the argument check.
fn object_order(name: &str, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    one_arg(name, a, k)?;
    Ok(not_implemented())
}

pub static OBJECT_METHODS: [Method; 18] = [
    Method::new("__reduce_ex__", crate::objects::reduce::object_reduce_ex),
    Method::new("__reduce__", crate::objects::reduce::object_reduce),
    Method::new("__init__", object_init),
    Method::class_method("__new__", object_new),
    Method::new("__setattr__", object_setattr),
    Method::new("__delattr__", object_delattr),
    Method::new("__getattribute__", object_getattribute),
    Method::new("__repr__", object_repr),
    Method::new("__str__", object_str),
    Method::new("__hash__", object_hash),
    Method::new("__eq__", object_eq),
    Method::new("__ne__", object_ne),
    Method::new("__lt__", |_, a, k| object_order("__lt__", a, k)),
    Method::new("__le__", |_, a, k| object_order("__le__", a, k)),
    Method::new("__gt__", |_, a, k| object_order("__gt__", a, k)),
    Method::new("__ge__", |_, a, k| object_order("__ge__", a, k)),
    Method::new("__dir__", |v, a, k| {
        no_args("__dir__", a, k)?;
        crate::builtins::introspection::attribute_names(v)
    }),
    slots::SIZEOF,
];

/// `__new__` of each builtin type that can be subclassed.
macro_rules! new_methods {
    ($($name:ident: $ty:expr;)*) => {$(
        pub const $name: Method = Method::class_method("__new__", |_, a, k| builtin_new(&$ty, a, k));
    )*};
}

pub mod new {
    use super::*;
    new_methods! {
        WEAKREF: REF_TYPE;
        INT: INT_TYPE; FLOAT: FLOAT_TYPE; STR: STR_TYPE; TUPLE: TUPLE_TYPE; LIST: LIST_TYPE;
        DICT: DICT_TYPE; SET: SET_TYPE; FROZENSET: FROZENSET_TYPE; BYTES: BYTES_TYPE;
        DEQUE: DEQUE_TYPE; RANDOM: RANDOM_TYPE; STATICMETHOD: STATICMETHOD_TYPE;
        CLASSMETHOD: CLASSMETHOD_TYPE; PROPERTY: PROPERTY_TYPE;
    }
}
