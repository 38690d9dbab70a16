//! Type objects: one slot per operation (DESIGN §4, Types).
//!
//! Slots return `NotImplemented` (for binary operators and comparisons) when they do not handle
//! the other operand's type, so that the generic operations in `ops/` can try the reflected slot.

use std::cell::Cell;

use crate::errors::PyResult;
use crate::object::{ObjHeader, Ref};
use crate::value::Value;

/// Rich comparison operators, in CPython's order.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    pub fn from_code(code: u32) -> Option<CompareOp> {
        use CompareOp::*;
        Some(match code {
            0 => Lt,
            1 => Le,
            2 => Eq,
            3 => Ne,
            4 => Gt,
            5 => Ge,
            _ => return None,
        })
    }

    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// The operator with its operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }

    /// Applies the operator to an ordering.
    pub fn holds(self, ord: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CompareOp::Lt => ord == Less,
            CompareOp::Le => ord != Greater,
            CompareOp::Eq => ord == Equal,
            CompareOp::Ne => ord != Equal,
            CompareOp::Gt => ord == Greater,
            CompareOp::Ge => ord != Less,
        }
    }
}

pub type UnaryFn = fn(Value) -> PyResult<Ref>;
pub type BinaryFn = fn(Value, Value) -> PyResult<Ref>;
/// `callable(*args, **kwargs)`, the keyword names being a tuple of str (DESIGN §4, Calls).
pub type CallFn = fn(Value, &[Value], Option<Value>) -> PyResult<Ref>;
pub type RichCompareFn = fn(Value, Value, CompareOp) -> PyResult<Ref>;
pub type SetItemFn = fn(Value, Value, Value) -> PyResult<()>;
/// `Ok(None)`: exhausted, no exception set.
pub type NextFn = fn(Value) -> PyResult<Option<Ref>>;
/// `Ok(None)`: no such attribute here, and no exception set.
pub type GetAttrFn = fn(Value, &str) -> PyResult<Option<Ref>>;
/// `obj.name = value`, or `del obj.name` when `value` is `None`.
pub type SetAttrFn = fn(Value, &str, Option<Value>) -> PyResult<()>;
/// Calling a type: makes an instance of the given type.
pub type ConstructFn = fn(&'static TypeObject, &[Value], Option<Value>) -> PyResult<Ref>;

/// The number protocol. Binary slots take the operands in source order and return
/// `NotImplemented` for operand types they do not handle.
#[derive(Clone, Copy)]
pub struct NumberSlots {
    pub add: Option<BinaryFn>,
    pub sub: Option<BinaryFn>,
    pub mul: Option<BinaryFn>,
    pub truediv: Option<BinaryFn>,
    pub floordiv: Option<BinaryFn>,
    pub rem: Option<BinaryFn>,
    pub pow: Option<BinaryFn>,
    pub lshift: Option<BinaryFn>,
    pub rshift: Option<BinaryFn>,
    pub and: Option<BinaryFn>,
    pub or: Option<BinaryFn>,
    pub xor: Option<BinaryFn>,
    pub matmul: Option<BinaryFn>,
    pub neg: Option<UnaryFn>,
    pub pos: Option<UnaryFn>,
    pub abs: Option<UnaryFn>,
    pub invert: Option<UnaryFn>,
    /// `__index__`: the value as an int, for indexing and `range`.
    pub index: Option<UnaryFn>,
    /// `__int__`.
    pub int: Option<UnaryFn>,
    /// `__float__`.
    pub float: Option<fn(Value) -> PyResult<f64>>,
}

impl NumberSlots {
    pub const EMPTY: NumberSlots = NumberSlots {
        add: None,
        sub: None,
        mul: None,
        truediv: None,
        floordiv: None,
        rem: None,
        pow: None,
        lshift: None,
        rshift: None,
        and: None,
        or: None,
        xor: None,
        matmul: None,
        neg: None,
        pos: None,
        abs: None,
        invert: None,
        index: None,
        int: None,
        float: None,
    };
}

#[repr(C)]
pub struct TypeObject {
    pub header: ObjHeader,
    pub name: &'static str,
    pub base: Option<&'static TypeObject>,
    /// Frees an instance whose refcount reached zero.
    pub dealloc: unsafe fn(Value),
    /// Present for containers the cycle collector watches; their objects are allocated with
    /// `gc::alloc` (behind a GC header) and freed with `gc::free`.
    pub gc: Option<&'static crate::gc::GcSlots>,
    pub repr: UnaryFn,
    /// `str(x)`; `repr` when absent.
    pub str: Option<UnaryFn>,
    /// `None` makes instances unhashable.
    pub hash: Option<fn(Value) -> PyResult<i64>>,
    pub richcompare: Option<RichCompareFn>,
    /// Truth value; `len` decides when absent, and everything else is true.
    pub bool: Option<fn(Value) -> PyResult<bool>>,
    pub len: Option<fn(Value) -> PyResult<usize>>,
    pub number: &'static NumberSlots,
    /// Sequence `+` and `*`, tried after the number slots (CPython's sq_concat, sq_repeat).
    pub concat: Option<BinaryFn>,
    pub repeat: Option<fn(Value, i64) -> PyResult<Ref>>,
    pub getitem: Option<BinaryFn>,
    pub setitem: Option<SetItemFn>,
    pub delitem: Option<fn(Value, Value) -> PyResult<()>>,
    pub contains: Option<fn(Value, Value) -> PyResult<bool>>,
    pub iter: Option<UnaryFn>,
    /// `Ok(None)`: exhausted, no exception set.
    pub next: Option<NextFn>,
    pub call: Option<CallFn>,
    pub construct: Option<ConstructFn>,
    /// Methods, found by attribute lookup on instances (and on subclasses' instances).
    pub methods: &'static [Method],
    /// Attributes other than methods (data of the instance, module members); `Ok(None)` when
    /// there is no such attribute.
    pub getattr: Option<GetAttrFn>,
    /// The names `getattr` answers that are attributes of every instance (`int.real`), so
    /// that `dir()` can list them.
    pub members: &'static [&'static str],
    /// `getattr` answers no name outside `members`, so the other names resolve to `methods`
    /// alone and method calls on instances can be cached (`attr_cache.rs`).
    pub getattr_only_members: bool,
    /// `obj.name = value`, or `del obj.name` when `value` is `None`.
    pub setattr: Option<SetAttrFn>,
    /// Classes defined in Python: the class namespace (a dict); 0 for builtin types.
    pub dict: Cell<Value>,
    /// Classes defined in Python: the method resolution order (C3), the class first.
    pub mro: Cell<&'static [&'static TypeObject]>,
    /// Classes defined in Python: `__module__` and `__qualname__`.
    pub module: Option<&'static str>,
    pub qualname: &'static str,
    /// The version tag attribute caches key on (DESIGN §4, Types): 0 until one is assigned,
    /// and again 0 once the namespace of the class or of a base changes (`attr_cache.rs`).
    pub version: Cell<u64>,
    /// Classes defined in Python: `__bases__`, in order.
    pub bases: Cell<&'static [&'static TypeObject]>,
}

/// A method implemented in Rust: called with `self` and the vectorcall arguments.
pub struct Method {
    pub name: &'static str,
    pub call: fn(Value, &[Value], Option<Value>) -> PyResult<Ref>,
    /// A class or static method (`dict.fromkeys`, `bytes.fromhex`): also found on the type
    /// itself, and then called with the type as `self`.
    pub on_type: bool,
}

impl Method {
    pub const fn new(
        name: &'static str,
        call: fn(Value, &[Value], Option<Value>) -> PyResult<Ref>,
    ) -> Method {
        Method {
            name,
            call,
            on_type: false,
        }
    }

    /// A method that receives either the type or an instance as `self`.
    pub const fn class_method(
        name: &'static str,
        call: fn(Value, &[Value], Option<Value>) -> PyResult<Ref>,
    ) -> Method {
        Method {
            name,
            call,
            on_type: true,
        }
    }
}

unsafe impl Sync for TypeObject {}

unsafe fn immortal_dealloc(v: Value) {
    let ty = crate::ops::type_of(v);
    panic!("pylift runtime: a static {} object was freed", ty.name);
}

fn default_repr(v: Value) -> PyResult<Ref> {
    let ty = crate::ops::type_of(v);
    Ok(crate::objects::str::new_str(&format!(
        "<{} object at {:#x}>",
        ty.name, v.0
    )))
}

fn default_hash(v: Value) -> PyResult<i64> {
    Ok(pointer_hash(v.0))
}

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits, so that consecutive objects
/// spread out.
pub fn pointer_hash(address: usize) -> i64 {
    (address as i64).rotate_right(4)
}

/// The answer of a type that defines `==` and `!=` only (bound methods): `equal` decides,
/// the orderings are NotImplemented.
pub fn equality_only(op: CompareOp, equal: impl FnOnce() -> PyResult<bool>) -> PyResult<Ref> {
    match op {
        CompareOp::Eq => Ok(crate::objects::singletons::bool_ref(equal()?)),
        CompareOp::Ne => Ok(crate::objects::singletons::bool_ref(!equal()?)),
        _ => Ok(crate::objects::singletons::not_implemented()),
    }
}

impl TypeObject {
    /// A type with every optional slot empty, for `..TypeObject::new(..)` in static definitions.
    pub const fn new(name: &'static str) -> TypeObject {
        TypeObject {
            header: ObjHeader::immortal(&TYPE_TYPE),
            name,
            base: Some(&OBJECT_TYPE),
            dealloc: immortal_dealloc,
            gc: None,
            repr: default_repr,
            str: None,
            hash: Some(default_hash),
            richcompare: None,
            bool: None,
            len: None,
            number: &NumberSlots::EMPTY,
            concat: None,
            repeat: None,
            getitem: None,
            setitem: None,
            delitem: None,
            contains: None,
            iter: None,
            next: None,
            call: None,
            construct: None,
            methods: &[],
            getattr: None,
            members: &[],
            getattr_only_members: false,
            setattr: None,
            dict: Cell::new(Value::NULL),
            mro: Cell::new(&[]),
            module: None,
            qualname: name,
            version: Cell::new(0),
            bases: Cell::new(&[]),
        }
    }

    /// Whether the class was defined in Python (it has a namespace dict).
    pub fn is_heap(&self) -> bool {
        !self.dict.get().is_null()
    }

    /// The classes searched for attributes: the C3 order for classes defined in Python, the
    /// base chain for builtin types.
    pub fn resolution_order(&'static self) -> Vec<&'static TypeObject> {
        let mro = self.mro.get();
        if !mro.is_empty() {
            return mro.to_vec();
        }
        let mut order = Vec::new();
        let mut t = Some(self);
        while let Some(ty) = t {
            order.push(ty);
            t = ty.base;
        }
        order
    }

    /// Finds `name` in the namespaces of the classes of the MRO defined in Python, borrowed;
    /// `None` also when a builtin type earlier in the MRO defines it (see
    /// `attr_cache::find_in_mro`).
    pub fn lookup(
        &'static self,
        name: impl crate::objects::attr_cache::Name,
    ) -> PyResult<Option<Value>> {
        crate::objects::attr_cache::find_in_mro(self, name.interned())
    }

    /// The method `name` of this type or its bases.
    pub fn find_method(&self, name: &str) -> Option<&'static Method> {
        let mut t: Option<&TypeObject> = Some(self);
        while let Some(ty) = t {
            if let Some(m) = ty.methods.iter().find(|m| m.name == name) {
                // Methods live in static tables.
                return Some(unsafe { &*(m as *const Method) });
            }
            t = ty.base;
        }
        None
    }

    /// `self` is the builtin type `base` or a class defined in Python deriving from it: the
    /// check of builtin types' own operations, which accept subclasses as CPython does.
    #[inline]
    pub fn is_or_derives(&self, base: &TypeObject) -> bool {
        std::ptr::eq(self, base) || (self.is_heap() && self.is_subtype(base))
    }

    /// `self` is `other` or derives from it.
    pub fn is_subtype(&self, other: &TypeObject) -> bool {
        let mro = self.mro.get();
        if !mro.is_empty() {
            return mro.iter().any(|t| std::ptr::eq(*t, other));
        }
        let mut t = Some(self);
        while let Some(ty) = t {
            if std::ptr::eq(ty, other) {
                return true;
            }
            t = ty.base;
        }
        false
    }

    pub fn as_value(&'static self) -> Value {
        Value::from_ptr(self)
    }
}

fn type_repr(v: Value) -> PyResult<Ref> {
    let ty = unsafe { &*v.as_ptr::<TypeObject>() };
    Ok(crate::objects::str::new_str(&match ty.module {
        Some(module) => format!("<class '{module}.{}'>", ty.qualname),
        None => format!("<class '{}'>", ty.name),
    }))
}

fn type_call(callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let ty: &'static TypeObject = unsafe { &*callable.as_ptr::<TypeObject>() };
    match ty.construct {
        Some(construct) => construct(ty, args, kwnames),
        None => Err(crate::errors::type_error(format!(
            "cannot create '{}' instances",
            ty.name
        ))),
    }
}

pub static TYPE_TYPE: TypeObject = TypeObject {
    repr: type_repr,
    call: Some(type_call),
    construct: Some(crate::objects::class::type_construct),
    getitem: Some(crate::objects::metaclass::type_getitem),
    getattr: Some(crate::objects::class::type_getattr),
    methods: crate::objects::metaclass::TYPE_METHODS,
    // CPython's getsets of `type` (its layout numbers aside, which pylift's layout does not share).
    members: &[
        "__abstractmethods__",
        "__base__",
        "__bases__",
        "__dict__",
        "__module__",
        "__mro__",
        "__name__",
        "__qualname__",
    ],
    setattr: Some(crate::objects::class::type_setattr),
    ..TypeObject::new("type")
};

/// An instance of `object` itself: nothing but the header, usable as a sentinel.
#[repr(C)]
struct PlainObject {
    header: ObjHeader,
}

/// `object()`: a new featureless instance.
pub fn new_plain_object() -> Ref {
    unsafe {
        Ref::from_owned(crate::object::alloc(PlainObject {
            header: ObjHeader::new(&OBJECT_TYPE),
        }))
    }
}

fn object_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let keywords = kwnames.map_or(0, |k| crate::objects::tuple::tuple_items(k).len());
    if !args.is_empty() || keywords > 0 {
        return Err(crate::errors::type_error("object() takes no arguments"));
    }
    Ok(new_plain_object())
}

pub static OBJECT_TYPE: TypeObject = TypeObject {
    base: None,
    dealloc: |v| unsafe { crate::object::free::<PlainObject>(v) },
    construct: Some(object_construct),
    methods: &crate::objects::builtin_subclass::OBJECT_METHODS,
    // `ops::get_attr` answers it for every object.
    members: &["__class__"],
    ..TypeObject::new("object")
};
