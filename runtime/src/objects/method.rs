//! Bound methods of builtin types: `"abc".upper` before it is called.

use crate::errors::PyResult;
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::str::new_string;
use crate::objects::type_object::{Method, TypeObject};
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
    ..TypeObject::new("builtin_function_or_method")
};
