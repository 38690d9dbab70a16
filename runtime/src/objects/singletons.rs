//! The static, immortal objects: None, NotImplemented, Ellipsis, True and False.

use crate::errors::PyResult;
use crate::object::{ObjHeader, Ref};
use crate::objects::int;
use crate::objects::str::new_str;
use crate::objects::type_object::{NumberSlots, TypeObject};
use crate::value::Value;

#[repr(C)]
pub struct Singleton {
    header: ObjHeader,
}

#[repr(C)]
pub struct BoolObject {
    header: ObjHeader,
    pub value: bool,
}

pub static NONE_TYPE: TypeObject = TypeObject {
    repr: |_| Ok(new_str("None")),
    bool: Some(|_| Ok(false)),
    methods: &[crate::objects::builtin_subclass::slots::BOOL],
    ..TypeObject::new("NoneType")
};

/// `Ellipsis.__reduce__()` and `NotImplemented.__reduce__()`: the name they are found by.
static NAMED_SINGLETON_METHODS: [crate::objects::type_object::Method; 1] =
    [crate::objects::type_object::Method::new(
        "__reduce__",
        crate::objects::reduce::singleton_reduce,
    )];

pub static NOT_IMPLEMENTED_TYPE: TypeObject = TypeObject {
    repr: |_| Ok(new_str("NotImplemented")),
    methods: &NAMED_SINGLETON_METHODS,
    ..TypeObject::new("NotImplementedType")
};
pub static ELLIPSIS_TYPE: TypeObject = TypeObject {
    repr: |_| Ok(new_str("Ellipsis")),
    methods: &NAMED_SINGLETON_METHODS,
    ..TypeObject::new("ellipsis")
};

#[no_mangle]
pub static pl_None: Singleton = Singleton {
    header: ObjHeader::immortal(&NONE_TYPE),
};
#[no_mangle]
pub static pl_NotImplemented: Singleton = Singleton {
    header: ObjHeader::immortal(&NOT_IMPLEMENTED_TYPE),
};
#[no_mangle]
pub static pl_Ellipsis: Singleton = Singleton {
    header: ObjHeader::immortal(&ELLIPSIS_TYPE),
};

fn bool_repr(v: Value) -> PyResult<Ref> {
    Ok(new_str(if is_true_object(v) { "True" } else { "False" }))
}

/// bool is a subclass of int: arithmetic goes through int's slots, which read bools as 0 and 1.
pub static BOOL_TYPE: TypeObject = TypeObject {
    base: Some(&int::INT_TYPE),
    repr: bool_repr,
    hash: Some(|v| Ok(is_true_object(v) as i64)),
    richcompare: int::INT_TYPE.richcompare,
    getattr: int::INT_TYPE.getattr,
    bool: Some(|v| Ok(is_true_object(v))),
    number: &BOOL_NUMBER,
    construct: Some(|_, args, kwnames| {
        crate::builtins::args::no_keywords("bool", kwnames)?;
        match args {
            [] => Ok(bool_ref(false)),
            [x] => Ok(bool_ref(crate::ops::is_true(*x)?)),
            _ => Err(crate::errors::type_error(format!(
                "bool expected at most 1 arguments, got {}",
                args.len()
            ))),
        }
    }),
    ..TypeObject::new("bool")
};

static BOOL_NUMBER: NumberSlots = int::INT_NUMBER;

#[no_mangle]
pub static pl_True: BoolObject = BoolObject {
    header: ObjHeader::immortal(&BOOL_TYPE),
    value: true,
};
#[no_mangle]
pub static pl_False: BoolObject = BoolObject {
    header: ObjHeader::immortal(&BOOL_TYPE),
    value: false,
};

#[inline]
pub fn none() -> Value {
    Value::from_ptr(&pl_None)
}
#[inline]
pub fn none_ref() -> Ref {
    Ref::new(none())
}
#[inline]
pub fn not_implemented() -> Ref {
    Ref::new(Value::from_ptr(&pl_NotImplemented))
}
#[inline]
pub fn is_not_implemented(v: &Ref) -> bool {
    v.value() == Value::from_ptr(&pl_NotImplemented)
}
#[inline]
pub fn bool_value(b: bool) -> Value {
    if b {
        Value::from_ptr(&pl_True)
    } else {
        Value::from_ptr(&pl_False)
    }
}
#[inline]
pub fn bool_ref(b: bool) -> Ref {
    Ref::new(bool_value(b))
}
#[inline]
pub fn is_true_object(v: Value) -> bool {
    v == Value::from_ptr(&pl_True)
}
