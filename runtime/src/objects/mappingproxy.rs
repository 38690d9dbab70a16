//! `mappingproxy` (CPython's `types.MappingProxyType`): a read-only window on a mapping. A
//! class's `__dict__` is one over the class namespace, so that the namespace changes only
//! through attribute assignment (which keeps the attribute caches right).

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::attr_cache::static_name;
use crate::objects::method_args;
use crate::objects::str::{as_str, new_string};
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
struct MappingProxy {
    header: ObjHeader,
    mapping: Ref,
}

fn mapping(v: Value) -> Value {
    unsafe { (*v.as_ptr::<MappingProxy>()).mapping.value() }
}

/// A proxy over `mapping` (a dict, or an object with `__getitem__`).
pub fn new_mappingproxy(mapping: Value) -> Ref {
    let v = gc::alloc(MappingProxy {
        header: ObjHeader::new(&MAPPINGPROXY_TYPE),
        mapping: Ref::new(mapping),
    });
    unsafe { Ref::from_owned(v) }
}

fn construct(_: &'static TypeObject, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = crate::builtins::args::bind("mappingproxy", args, kwnames, &["mapping"], 1)?;
    let m = a[0].expect("required");
    let ty = type_of(m);
    // CPython accepts what has `__getitem__`, except lists and tuples.
    let subscriptable = if ty.is_heap() {
        ty.lookup(static_name!("__getitem__"))?.is_some() || ty.base_layout().getitem.is_some()
    } else {
        ty.getitem.is_some()
    };
    if !subscriptable || crate::objects::list::is_list(m) || crate::objects::tuple::is_tuple(m) {
        return Err(errors::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            ty.name
        )));
    }
    Ok(new_mappingproxy(m))
}

fn repr(v: Value) -> PyResult<Ref> {
    let inner = ops::repr(mapping(v))?;
    Ok(new_string(format!(
        "mappingproxy({})",
        as_str(inner.value()).unwrap_or("")
    )))
}

/// `keys()`, `values()`, `items()` and `copy()` ask the mapping's own method.
fn forward(v: Value, name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args(name, args, kwnames)?;
    let key = crate::objects::attr_cache::intern(name);
    ops::call_method(mapping(v), key, &[], None)
}

static METHODS: [Method; 5] = [
    Method::new("get", |v, a, k| {
        let a = method_args::positional("get", a, k, 1, 2)?;
        let key = crate::objects::attr_cache::intern("get");
        ops::call_method(mapping(v), key, a, None)
    }),
    Method::new("keys", |v, a, k| forward(v, "keys", a, k)),
    Method::new("values", |v, a, k| forward(v, "values", a, k)),
    Method::new("items", |v, a, k| forward(v, "items", a, k)),
    Method::new("copy", |v, a, k| forward(v, "copy", a, k)),
];

pub static MAPPINGPROXY_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { gc::free::<MappingProxy>(v) },
    gc: Some(&GcSlots {
        traverse: |v, visit| visit(mapping(v)),
        clear: None,
        finalize: None,
    }),
    repr,
    str: Some(|v| ops::str(mapping(v))),
    hash: None,
    richcompare: Some(|a, b, op: CompareOp| ops::compare(mapping(a), b, op)),
    len: Some(|v| ops::len(mapping(v))),
    getitem: Some(|v, key| ops::get_item(mapping(v), key)),
    contains: Some(|v, key| ops::contains(mapping(v), key)),
    iter: Some(|v| ops::iter(mapping(v))),
    construct: Some(construct),
    methods: &METHODS,
    ..TypeObject::new("mappingproxy")
};
