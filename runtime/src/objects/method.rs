//! Bound methods of builtin types: `"abc".upper` before it is called.

use crate::errors::PyResult;
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::str::new_string;
use crate::objects::type_object::{pointer_hash, Method, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct BoundMethod {
    header: ObjHeader,
    receiver: Ref,
    method: &'static Method,
}

pub fn new_bound_method(receiver: Value, method: &'static Method) -> Ref {
    let v = gc::alloc(BoundMethod {
        header: ObjHeader::new(&BUILTIN_METHOD_TYPE),
        receiver: Ref::new(receiver),
        method,
    });
    unsafe { Ref::from_owned(v) }
}

fn bound(v: Value) -> &'static BoundMethod {
    unsafe { &*v.as_ptr::<BoundMethod>() }
}

fn call(callable: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let m = bound(callable);
    (m.method.call)(m.receiver.value(), args, kwnames)
}

pub static BUILTIN_METHOD_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { gc::free::<BoundMethod>(v) },
    gc: Some(&GcSlots {
        traverse: |v, visit| visit(bound(v).receiver.value()),
        clear: None,
        finalize: None,
    }),
    repr: |v| {
        let m = bound(v);
        let receiver = m.receiver.value();
        Ok(new_string(format!(
            "<built-in method {} of {} object at {:#x}>",
            m.method.name,
            type_of(receiver).name,
            receiver.0
        )))
    },
    call: Some(call),
    // The same method of the same object (by identity), as CPython's `meth_richcompare`.
    richcompare: Some(|a, b, op| {
        if !std::ptr::eq(type_of(b), &BUILTIN_METHOD_TYPE) {
            return Ok(crate::objects::singletons::not_implemented());
        }
        let (x, y) = (bound(a), bound(b));
        crate::objects::type_object::equality_only(op, || {
            Ok(x.receiver.value() == y.receiver.value() && std::ptr::eq(x.method, y.method))
        })
    }),
    hash: Some(|v| {
        let m = bound(v);
        Ok(pointer_hash(m.receiver.value().0) ^ pointer_hash(m.method as *const Method as usize))
    }),
    getattr: Some(bound_getattr),
    ..TypeObject::new("builtin_function_or_method")
};

/// `__name__`, `__qualname__`, `__self__` and `__doc__` of a bound builtin method.
fn bound_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let m = bound(v);
    Ok(match name {
        "__name__" => Some(crate::objects::str::new_str(m.method.name)),
        "__qualname__" => Some(new_string(format!(
            "{}.{}",
            receiver_type(m).name,
            m.method.name
        ))),
        "__self__" => Some(m.receiver.clone()),
        "__doc__" => Some(crate::objects::docstrings::method_doc(
            owner_of(receiver_type(m), m.method),
            m.method.name,
        )),
        _ => None,
    })
}

/// The type a bound method was found on: the receiver itself for a class method bound to a
/// type, else the type in the receiver's base chain that defines it.
fn receiver_type(m: &BoundMethod) -> &'static TypeObject {
    let receiver = m.receiver.value();
    if m.method.on_type
        && !receiver.is_small_int()
        && type_of(receiver).is_subtype(&crate::objects::type_object::TYPE_TYPE)
    {
        unsafe { &*receiver.as_ptr::<TypeObject>() }
    } else {
        owner_of(type_of(receiver), m.method)
    }
}

/// The type in `ty`'s base chain whose table holds `method`.
fn owner_of(ty: &'static TypeObject, method: &'static Method) -> &'static TypeObject {
    let mut t = Some(ty);
    while let Some(x) = t {
        if x.methods.iter().any(|m| std::ptr::eq(m, method)) {
            return x;
        }
        t = x.base;
    }
    ty
}

// ----- unbound methods of builtin types: `str.lower`, `int.__add__` -----

/// A method of a builtin type read from the type (CPython's method descriptor and slot
/// wrapper): calling it checks that the first argument is an instance of the type.
#[repr(C)]
pub struct MethodDescriptor {
    header: ObjHeader,
    owner: &'static TypeObject,
    method: &'static Method,
}

fn descriptor(v: Value) -> &'static MethodDescriptor {
    unsafe { &*v.as_ptr::<MethodDescriptor>() }
}

/// An attribute of a builtin type (or a class) found in the method tables of its base chain:
/// class methods bound to `ty`, the others unbound.
pub fn type_attribute(ty: &'static TypeObject, name: &str) -> Option<Ref> {
    let mut t = Some(ty);
    while let Some(owner) = t {
        if let Some(m) = owner.methods.iter().find(|m| m.name == name) {
            // Methods live in static tables.
            let method: &'static Method = unsafe { &*(m as *const Method) };
            if method.on_type {
                return Some(new_bound_method(ty.as_value(), method));
            }
            return Some(Ref::new(unbound(owner, method)));
        }
        t = owner.base;
    }
    None
}

type DescriptorMap = std::collections::HashMap<usize, Value>;

struct Descriptors(std::cell::RefCell<Option<DescriptorMap>>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for Descriptors {}

/// The descriptors made so far: like the ones in CPython's type dicts, each method has one
/// (`getattr(C, '__lt__') is getattr(object, '__lt__')` when `C` does not override it).
static DESCRIPTORS: Descriptors = Descriptors(std::cell::RefCell::new(None));

/// The immortal descriptor of `owner`'s `method`, borrowed.
fn unbound(owner: &'static TypeObject, method: &'static Method) -> Value {
    let mut table = DESCRIPTORS.0.borrow_mut();
    *table
        .get_or_insert_with(DescriptorMap::new)
        .entry(method as *const Method as usize)
        .or_insert_with(|| {
            let v = crate::object::alloc(MethodDescriptor {
                header: ObjHeader::new(&METHOD_DESCRIPTOR_TYPE),
                owner,
                method,
            });
            crate::object::make_immortal(v);
            v
        })
}

/// Whether CPython makes `name` of `owner` a slot wrapper rather than a method.
fn is_slot_wrapper(owner: &TypeObject, name: &str) -> bool {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return false;
    }
    let coexisting = match name {
        "__getitem__" => {
            std::ptr::eq(owner, &crate::objects::list::LIST_TYPE)
                || std::ptr::eq(owner, &crate::objects::dict::DICT_TYPE)
        }
        "__contains__" => std::ptr::eq(owner, &crate::objects::dict::DICT_TYPE),
        "__reversed__" | "__sizeof__" | "__format__" | "__getnewargs__" | "__round__"
        | "__trunc__" | "__floor__" | "__ceil__" | "__reduce__" | "__reduce_ex__" | "__dir__"
        | "__class_getitem__" | "__init_subclass__" | "__subclasshook__" | "__copy__"
        | "__deepcopy__" | "__enter__" | "__exit__" | "__getstate__" | "__length_hint__" => true,
        _ => false,
    };
    !coexisting
}

fn descriptor_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let d = descriptor(v);
    let name = d.method.name;
    let Some((&receiver, rest)) = args.split_first() else {
        return Err(crate::errors::type_error(format!(
            "descriptor '{name}' of '{}' object needs an argument",
            d.owner.name
        )));
    };
    if !type_of(receiver).is_subtype(d.owner) {
        let got = type_of(receiver).name;
        return Err(crate::errors::type_error(
            if is_slot_wrapper(d.owner, name) {
                format!(
                    "descriptor '{name}' requires a '{}' object but received a '{got}'",
                    d.owner.name
                )
            } else {
                format!(
                    "descriptor '{name}' for '{}' objects doesn't apply to a '{got}' object",
                    d.owner.name
                )
            },
        ));
    }
    (d.method.call)(receiver, rest, kwnames)
}

fn descriptor_repr(v: Value) -> PyResult<Ref> {
    let d = descriptor(v);
    let kind = if is_slot_wrapper(d.owner, d.method.name) {
        "slot wrapper"
    } else {
        "method"
    };
    Ok(new_string(format!(
        "<{kind} '{}' of '{}' objects>",
        d.method.name, d.owner.name
    )))
}

fn descriptor_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let d = descriptor(v);
    Ok(match name {
        "__name__" => Some(crate::objects::str::new_str(d.method.name)),
        "__qualname__" => Some(new_string(format!("{}.{}", d.owner.name, d.method.name))),
        "__objclass__" => Some(Ref::new(d.owner.as_value())),
        "__doc__" => Some(crate::objects::docstrings::method_doc(
            d.owner,
            d.method.name,
        )),
        _ => None,
    })
}

pub static METHOD_DESCRIPTOR_TYPE: TypeObject = TypeObject {
    repr: descriptor_repr,
    call: Some(descriptor_call),
    getattr: Some(descriptor_getattr),
    ..TypeObject::new("method_descriptor")
};

/// A method descriptor read through an instance (`__hash__ = str.__hash__` in a class body):
/// bound to it, or itself when read from the class (`instance` None).
pub fn bind_descriptor(descr: Value, instance: Value) -> Ref {
    if instance == crate::objects::singletons::none() {
        return Ref::new(descr);
    }
    new_bound_method(instance, descriptor(descr).method)
}
