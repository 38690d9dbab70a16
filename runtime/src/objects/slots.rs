//! `__slots__`: member descriptors and instances without a `__dict__`.
//!
//! Instances of classes with slots keep the object layout of other instances (one dict word):
//! their slot values live in that hidden dict under the slot names, and the `__dict__` they
//! may also have is a second dict kept in the first under a private key. The class's `gc`
//! slots say which of the three kinds of instance a class makes, so that `instance_dict`
//! answers with one pointer comparison.

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::gc::GcSlots;
use crate::object::{self, ObjHeader, Ref};
use crate::objects::class;
use crate::objects::dict;
use crate::objects::exception::ATTRIBUTE_ERROR;
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::type_object::{Method, TypeObject, OBJECT_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

/// Instances of classes with slots and a `__dict__`.
pub static SLOTTED_DICT_GC: GcSlots = GcSlots {
    traverse: class::INSTANCE_GC.traverse,
    clear: None,
    finalize: class::INSTANCE_GC.finalize,
};

/// Instances of classes whose every class has `__slots__`: no `__dict__`.
pub static SLOTTED_NODICT_GC: GcSlots = GcSlots {
    traverse: class::INSTANCE_GC.traverse,
    clear: None,
    finalize: class::INSTANCE_GC.finalize,
};

fn is(gc: Option<&'static GcSlots>, which: &'static GcSlots) -> bool {
    gc.is_some_and(|g| std::ptr::eq(g, which))
}

/// The key of the `__dict__` inside an instance's hidden dict.
fn dict_key() -> Value {
    MEMBER_TYPE.as_value()
}

/// `instance_dict` for instances of classes with slots: `Some(answer)`, or None for other
/// instances.
pub fn special_instance_dict(
    ty: &'static TypeObject,
    v: Value,
    create: bool,
) -> Option<Option<Value>> {
    if is(ty.gc, &SLOTTED_NODICT_GC) {
        return Some(None);
    }
    if is(ty.gc, &SLOTTED_DICT_GC) {
        let storage = class::raw_instance_dict(v);
        let found = dict::get_item(storage, dict_key()).ok().flatten();
        return Some(match found {
            Some(d) => Some(d),
            None if create => {
                let d = dict::new_dict();
                dict::set_item(storage, dict_key(), d.value()).ok()?;
                Some(d.value())
            }
            None => None,
        });
    }
    None
}

/// `obj.__dict__ = d` for instances of classes with slots and a `__dict__`; whether `ty` is
/// such a class.
pub fn set_instance_dict(ty: &'static TypeObject, v: Value, d: Value) -> PyResult<bool> {
    if !is(ty.gc, &SLOTTED_DICT_GC) {
        return Ok(false);
    }
    dict::set_item(class::raw_instance_dict(v), dict_key(), d)?;
    Ok(true)
}

/// Whether instances of `ty` have a `__dict__` (for classes defined in Python on `object`).
fn has_dict(ty: &'static TypeObject) -> bool {
    !is(ty.gc, &SLOTTED_NODICT_GC)
}

fn is_slotted(ty: &'static TypeObject) -> bool {
    is(ty.gc, &SLOTTED_NODICT_GC) || is(ty.gc, &SLOTTED_DICT_GC)
}

/// The GC slots of a new class on `object`'s layout: the plain instance ones unless slots
/// are involved.
pub fn gc_for(bases: &[&'static TypeObject], ns: Value) -> Option<&'static GcSlots> {
    let own = dict::get_item(ns, new_str("__slots__").value())
        .ok()
        .flatten();
    let heap_bases: Vec<_> = bases.iter().filter(|b| b.is_heap()).collect();
    let any_slots = own.is_some() || heap_bases.iter().any(|b| is_slotted(b));
    if !any_slots {
        return None;
    }
    let own_dict = match own {
        None => true,
        Some(s) => slot_names(s)
            .map(|names| names.iter().any(|n| n == "__dict__"))
            .unwrap_or(false),
    };
    let dict = own_dict || heap_bases.iter().any(|b| has_dict(b));
    Some(if dict {
        &SLOTTED_DICT_GC
    } else {
        &SLOTTED_NODICT_GC
    })
}

fn slot_names(slots: Value) -> PyResult<Vec<String>> {
    if let Some(s) = as_str(slots) {
        return Ok(vec![s.to_string()]);
    }
    let it = ops::iter(slots)?;
    let mut names = Vec::new();
    while let Some(item) = ops::next(it.value())? {
        match as_str(item.value()) {
            Some(s) => names.push(s.to_string()),
            None => {
                return Err(errors::type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_of(item.value()).name
                )))
            }
        }
    }
    Ok(names)
}

fn mangle(class_name: &str, name: &str) -> String {
    let stripped = class_name.trim_start_matches('_');
    if !name.starts_with("__") || name.ends_with("__") || stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// Checks the class's `__slots__` and adds a member descriptor to the namespace for each slot;
/// the descriptors, to be given their class once it exists.
pub fn prepare_slots(
    class_name: &str,
    bases: &[&'static TypeObject],
    ns: Value,
) -> PyResult<Vec<Ref>> {
    let Some(slots) = dict::get_item(ns, new_str("__slots__").value())? else {
        return Ok(Vec::new());
    };
    // Slots live in the dict word of `object`'s instance layout; classes on other layouts
    // (exceptions, builtin types) keep a plain `__dict__`.
    let object_layout = bases
        .iter()
        .all(|b| std::ptr::eq(b.base_layout(), &OBJECT_TYPE));
    if !object_layout {
        return Ok(Vec::new());
    }
    let names = slot_names(slots)?;
    let base_has_dict = bases.iter().any(|b| {
        if b.is_heap() {
            std::ptr::eq(b.base_layout(), &OBJECT_TYPE) && has_dict(b)
        } else {
            !std::ptr::eq(*b, &OBJECT_TYPE)
        }
    });
    let mut members = Vec::new();
    let mut seen_dict = false;
    for name in &names {
        let ident = name
            .chars()
            .enumerate()
            .all(|(i, c)| c == '_' || c.is_alphabetic() || (i > 0 && c.is_alphanumeric()));
        if name.is_empty() || !ident {
            return Err(errors::type_error("__slots__ must be identifiers"));
        }
        if name == "__dict__" {
            if base_has_dict || seen_dict {
                return Err(errors::type_error(
                    "__dict__ slot disallowed: we already got one",
                ));
            }
            seen_dict = true;
            continue;
        }
        if name == "__weakref__" {
            continue;
        }
        let mangled = mangle(class_name, name);
        let key = new_str(&mangled);
        if dict::get_item(ns, key.value())?.is_some() {
            return Err(errors::value_error(format!(
                "'{mangled}' in __slots__ conflicts with class variable"
            )));
        }
        let member = object::alloc(MemberObject {
            header: ObjHeader::new(&MEMBER_TYPE),
            name: key.clone(),
            owner: Cell::new(None),
        });
        let member = unsafe { Ref::from_owned(member) };
        dict::set_item(ns, key.value(), member.value())?;
        members.push(member);
    }
    Ok(members)
}

/// Gives the member descriptors made by [`prepare_slots`] their class.
pub fn finish_slots(ty: &'static TypeObject, members: &[Ref]) {
    for m in members {
        member(m.value()).owner.set(Some(ty));
    }
}

// ----- member descriptors -----

#[repr(C)]
pub struct MemberObject {
    header: ObjHeader,
    name: Ref,
    owner: Cell<Option<&'static TypeObject>>,
}

fn member(v: Value) -> &'static MemberObject {
    unsafe { &*v.as_ptr::<MemberObject>() }
}

pub fn is_member(v: Value) -> bool {
    std::ptr::eq(type_of(v), &MEMBER_TYPE)
}

fn owner_name(m: &MemberObject) -> &'static str {
    m.owner.get().map_or("?", |t| t.name)
}

fn check_instance(m: &MemberObject, instance: Value) -> PyResult<Value> {
    let ok = m
        .owner
        .get()
        .is_some_and(|owner| type_of(instance).is_subtype(owner));
    if !ok {
        return Err(errors::type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            as_str(m.name.value()).unwrap_or("?"),
            owner_name(m),
            type_of(instance).name
        )));
    }
    Ok(class::raw_instance_dict(instance))
}

/// `descr.__get__(instance)`: the slot's value, or AttributeError with the slot's name.
pub fn member_get(descr: Value, instance: Value) -> PyResult<Ref> {
    if instance == none() {
        return Ok(Ref::new(descr));
    }
    let m = member(descr);
    let storage = check_instance(m, instance)?;
    match dict::get_item(storage, m.name.value())? {
        Some(v) => Ok(Ref::new(v)),
        None => Err(errors::raise(
            &ATTRIBUTE_ERROR,
            as_str(m.name.value()).unwrap_or("?"),
        )),
    }
}

/// `descr.__set__(instance, value)` and `descr.__delete__(instance)` (value None).
pub fn member_set(descr: Value, instance: Value, value: Option<Value>) -> PyResult<()> {
    let m = member(descr);
    let storage = check_instance(m, instance)?;
    match value {
        Some(v) => dict::set_item(storage, m.name.value(), v),
        None => {
            if dict::del_item(storage, m.name.value())? {
                Ok(())
            } else {
                Err(errors::raise(
                    &ATTRIBUTE_ERROR,
                    as_str(m.name.value()).unwrap_or("?"),
                ))
            }
        }
    }
}

static MEMBER_METHODS: [Method; 3] = [
    Method::new("__get__", |v, a, k| {
        let a = crate::objects::method_args::positional("__get__", a, k, 1, 2)?;
        member_get(v, a[0])
    }),
    Method::new("__set__", |v, a, k| {
        let a = crate::builtins::args::exact("__set__", a, k, 2)?;
        member_set(v, a[0], Some(a[1]))?;
        Ok(none_ref())
    }),
    Method::new("__delete__", |v, a, k| {
        let a = crate::builtins::args::exact("__delete__", a, k, 1)?;
        member_set(v, a[0], None)?;
        Ok(none_ref())
    }),
];

pub static MEMBER_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<MemberObject>(v) },
    repr: |v| {
        let m = member(v);
        Ok(new_string(format!(
            "<member '{}' of '{}' objects>",
            as_str(m.name.value()).unwrap_or("?"),
            owner_name(m)
        )))
    },
    methods: &MEMBER_METHODS,
    getattr: Some(|v, name| {
        let m = member(v);
        Ok(match name {
            "__name__" | "__qualname__" => Some(m.name.clone()),
            "__objclass__" => m.owner.get().map(|t| Ref::new(t.as_value())),
            "__doc__" => Some(none_ref()),
            _ => None,
        })
    }),
    ..TypeObject::new("member_descriptor")
};
