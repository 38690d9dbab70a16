//! Cells: the shared boxes of variables that nested functions capture (closures).

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::exception::{NAME_ERROR, UNBOUND_LOCAL_ERROR};
use crate::objects::str::new_string;
use crate::objects::type_object::TypeObject;
use crate::value::Value;

#[repr(C)]
pub struct CellObject {
    header: ObjHeader,
    /// 0 while the variable is unbound.
    value: Cell<Value>,
}

pub fn new_cell(value: Option<Value>) -> Ref {
    if let Some(v) = value {
        crate::object::incref(v);
    }
    let v = gc::alloc(CellObject {
        header: ObjHeader::new(&CELL_TYPE),
        value: Cell::new(value.unwrap_or(Value::NULL)),
    });
    unsafe { Ref::from_owned(v) }
}

fn cell(v: Value) -> &'static CellObject {
    unsafe { &*v.as_ptr::<CellObject>() }
}

/// The variable's value; `free` says whether it belongs to an enclosing function, which
/// decides CPython's error for an unbound one.
pub fn get(c: Value, name: &str, free: bool) -> PyResult<Ref> {
    let v = cell(c).value.get();
    if !v.is_null() {
        return Ok(Ref::new(v));
    }
    Err(if free {
        errors::raise(
            &NAME_ERROR,
            format!("free variable '{name}' referenced before assignment in enclosing scope"),
        )
    } else {
        errors::raise(
            &UNBOUND_LOCAL_ERROR,
            format!("local variable '{name}' referenced before assignment"),
        )
    })
}

/// Binds (or, with `None`, unbinds) the variable.
pub fn set(c: Value, value: Option<Value>) {
    if let Some(v) = value {
        crate::object::incref(v);
    }
    let old = cell(c).value.replace(value.unwrap_or(Value::NULL));
    if !old.is_null() {
        crate::object::decref(old);
    }
}

pub fn is_bound(c: Value) -> bool {
    !cell(c).value.get().is_null()
}

unsafe fn cell_dealloc(v: Value) {
    set(v, None);
    gc::free::<CellObject>(v)
}

static CELL_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        let inner = cell(v).value.get();
        if !inner.is_null() {
            visit(inner);
        }
    },
    clear: Some(|v| set(v, None)),
    finalize: None,
};

pub static CELL_TYPE: TypeObject = TypeObject {
    dealloc: cell_dealloc,
    gc: Some(&CELL_GC),
    repr: |v| {
        let inner = cell(v).value.get();
        Ok(new_string(if inner.is_null() {
            format!("<cell at {:#x}: empty>", v.0)
        } else {
            format!(
                "<cell at {:#x}: {} object at {:#x}>",
                v.0,
                crate::ops::type_of(inner).name,
                inner.0
            )
        }))
    },
    getattr: Some(|v, name| {
        if name != "cell_contents" {
            return Ok(None);
        }
        match cell(v).value.get() {
            inner if inner.is_null() => Err(errors::value_error("Cell is empty")),
            inner => Ok(Some(Ref::new(inner))),
        }
    }),
    members: &["cell_contents"],
    setattr: Some(|v, name, value| {
        if name != "cell_contents" {
            return Err(errors::raise(
                &crate::objects::exception::ATTRIBUTE_ERROR,
                format!("'cell' object has no attribute '{name}'"),
            ));
        }
        set(v, value);
        Ok(())
    }),
    ..TypeObject::new("cell")
};
