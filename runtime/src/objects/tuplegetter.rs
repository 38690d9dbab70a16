//! `_collections._tuplegetter`: the data descriptor of a namedtuple's fields (DESIGN §4,
//! Attributes). Reading a field is a type check and an indexed load; the attribute caches
//! recognise these descriptors and do the load themselves (`attr_cache.rs`).

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::exception::{ATTRIBUTE_ERROR, INDEX_ERROR};
use crate::objects::int::int_view;
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::new_string;
use crate::objects::tuple::{is_tuple, tuple_items};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct TupleGetter {
    header: ObjHeader,
    index: usize,
    /// Owned; writable, as the generated classes set it after the fact.
    doc: Cell<Value>,
}

fn getter(v: Value) -> &'static TupleGetter {
    unsafe { &*v.as_ptr::<TupleGetter>() }
}

pub fn is_tuplegetter(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &TUPLEGETTER_TYPE)
}

/// The index a tuplegetter reads.
pub fn index_of(v: Value) -> usize {
    getter(v).index
}

/// `descr.__get__(instance)`: the item, or the descriptor itself when read from the class.
pub fn get(descr: Value, instance: Value) -> PyResult<Ref> {
    if instance == none() {
        return Ok(Ref::new(descr));
    }
    let index = getter(descr).index;
    if !is_tuple(instance) {
        return Err(errors::type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
            type_of(instance).name
        )));
    }
    match tuple_items(instance).get(index) {
        Some(item) => Ok(item.clone()),
        None => Err(errors::raise(&INDEX_ERROR, "tuple index out of range")),
    }
}

/// `descr.__set__` and `descr.__delete__` (value None): fields are read-only.
pub fn set(value: Option<Value>) -> PyResult<()> {
    Err(errors::raise(
        &ATTRIBUTE_ERROR,
        match value {
            Some(_) => "can't set attribute",
            None => "can't delete attribute",
        },
    ))
}

fn construct(_: &'static TypeObject, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let a = crate::modules::arguments::positional("_tuplegetter", args, kwnames, 2, 2)?;
    let Some(index) = int_view(a[0]).and_then(|i| i.to_i64()) else {
        return Err(errors::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_of(a[0]).name
        )));
    };
    // A negative index reads nothing: every read is an IndexError.
    let index = usize::try_from(index).unwrap_or(usize::MAX);
    let v = object::alloc(TupleGetter {
        header: ObjHeader::new(&TUPLEGETTER_TYPE),
        index,
        doc: Cell::new(Ref::new(a[1]).into_raw()),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

unsafe fn dealloc(v: Value) {
    drop(Ref::from_owned(getter(v).doc.get()));
    object::free::<TupleGetter>(v)
}

static METHODS: [Method; 3] = [
    Method::new("__get__", |v, a, k| {
        let a = crate::objects::method_args::positional("__get__", a, k, 1, 2)?;
        get(v, a[0])
    }),
    Method::new("__set__", |_, a, k| {
        let a = crate::builtins::args::exact("__set__", a, k, 2)?;
        set(Some(a[1])).map(|()| none_ref())
    }),
    Method::new("__delete__", |_, a, k| {
        crate::builtins::args::exact("__delete__", a, k, 1)?;
        set(None).map(|()| none_ref())
    }),
];

pub static TUPLEGETTER_TYPE: TypeObject = TypeObject {
    dealloc,
    repr: |v| {
        Ok(new_string(format!(
            "<_collections._tuplegetter object at {:#x}>",
            v.0
        )))
    },
    construct: Some(construct),
    methods: &METHODS,
    getattr: Some(|v, name| {
        Ok(match name {
            "__doc__" => Some(Ref::new(getter(v).doc.get())),
            _ => None,
        })
    }),
    setattr: Some(|v, name, value| {
        let d = getter(v);
        match (name, value) {
            ("__doc__", Some(value)) => {
                let old = d.doc.replace(Ref::new(value).into_raw());
                drop(unsafe { Ref::from_owned(old) });
                Ok(())
            }
            _ => Err(errors::raise(
                &ATTRIBUTE_ERROR,
                format!("'_collections._tuplegetter' object attribute '{name}' is read-only"),
            )),
        }
    }),
    ..TypeObject::new("_collections._tuplegetter")
};
