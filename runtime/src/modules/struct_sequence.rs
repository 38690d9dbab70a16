//! Struct sequences: tuples whose items are also named attributes, such as `sys.version_info`
//! (CPython's `structseq`). The items live in a real tuple that every sequence operation is
//! delegated to, so indexing, slicing, comparison and hashing behave exactly as a tuple's.

use crate::errors::PyResult;
use crate::object::{self, ObjHeader, Ref};
use crate::objects::singletons::not_implemented;
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::{is_tuple, new_tuple};
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of, BinaryOp};
use crate::value::Value;

#[repr(C)]
struct StructSequence {
    header: ObjHeader,
    /// The items, as a tuple.
    items: Ref,
    /// The name of each item, in order.
    fields: &'static [&'static str],
}

/// A struct sequence of type `ty`, with one value per field.
pub fn new_struct_sequence(
    ty: &'static TypeObject,
    fields: &'static [&'static str],
    values: Vec<Ref>,
) -> Ref {
    debug_assert_eq!(fields.len(), values.len());
    let v = object::alloc(StructSequence {
        header: ObjHeader::new(ty),
        items: new_tuple(values),
        fields,
    });
    unsafe { Ref::from_owned(v) }
}

fn struct_sequence(v: Value) -> &'static StructSequence {
    unsafe { &*v.as_ptr::<StructSequence>() }
}

fn items(v: Value) -> Value {
    struct_sequence(v).items.value()
}

fn is_struct_sequence(v: Value) -> bool {
    ALL_TYPES.iter().any(|ty| std::ptr::eq(type_of(v), *ty))
}

/// The tuple a struct sequence or tuple operand stands for, if it is one.
fn as_tuple(v: Value) -> Option<Value> {
    if is_struct_sequence(v) {
        Some(items(v))
    } else {
        is_tuple(v).then_some(v)
    }
}

/// `sys.version_info(major=3, minor=8, ...)`.
fn repr(v: Value) -> PyResult<Ref> {
    let s = struct_sequence(v);
    let values = crate::objects::tuple::tuple_items(s.items.value());
    let mut text = format!("{}(", type_of(v).name);
    for (i, (field, value)) in s.fields.iter().zip(values).enumerate() {
        if i > 0 {
            text.push_str(", ");
        }
        let r = ops::repr(value.value())?;
        text.push_str(field);
        text.push('=');
        text.push_str(as_str(r.value()).unwrap_or(""));
    }
    text.push(')');
    Ok(new_string(text))
}

fn richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    match as_tuple(b) {
        Some(other) => ops::compare(items(a), other, op),
        None => Ok(not_implemented()),
    }
}

fn concat(a: Value, b: Value) -> PyResult<Ref> {
    ops::binary_op(items(a), as_tuple(b).unwrap_or(b), BinaryOp::Add)
}

fn repeat(a: Value, n: i64) -> PyResult<Ref> {
    let n = crate::objects::int::from_i64(n);
    ops::binary_op(items(a), n.value(), BinaryOp::Mul)
}

fn getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let s = struct_sequence(v);
    match s.fields.iter().position(|f| *f == name) {
        Some(i) => Ok(Some(ops::get_item(
            s.items.value(),
            Value::from_small_int(i as i64),
        )?)),
        None => Ok(None),
    }
}

/// Tuple methods (`count`, `index`), applied to the items.
fn tuple_method(name: &str, v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    ops::call_method(items(v), new_str(name).value(), a, k)
}

static METHODS: [Method; 2] = [
    Method::new("count", |v, a, k| tuple_method("count", v, a, k)),
    Method::new("index", |v, a, k| tuple_method("index", v, a, k)),
];

const fn struct_sequence_type(name: &'static str) -> TypeObject {
    TypeObject {
        dealloc: |v| unsafe { object::free::<StructSequence>(v) },
        repr,
        hash: Some(|v| ops::hash(items(v))),
        richcompare: Some(richcompare),
        len: Some(|v| ops::len(items(v))),
        concat: Some(concat),
        repeat: Some(repeat),
        getitem: Some(|v, key| ops::get_item(items(v), key)),
        contains: Some(|v, x| ops::contains(items(v), x)),
        iter: Some(|v| ops::iter(items(v))),
        methods: &METHODS,
        getattr: Some(getattr),
        ..TypeObject::new(name)
    }
}

pub static VERSION_INFO_TYPE: TypeObject = struct_sequence_type("sys.version_info");
pub static FLOAT_INFO_TYPE: TypeObject = struct_sequence_type("sys.float_info");
pub static INT_INFO_TYPE: TypeObject = struct_sequence_type("sys.int_info");
pub static HASH_INFO_TYPE: TypeObject = struct_sequence_type("sys.hash_info");

static ALL_TYPES: [&TypeObject; 4] = [
    &VERSION_INFO_TYPE,
    &FLOAT_INFO_TYPE,
    &INT_INFO_TYPE,
    &HASH_INFO_TYPE,
];
