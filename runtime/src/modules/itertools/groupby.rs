//! `groupby` and its `_grouper` objects. The groupby reads one item ahead; the grouper of the
//! current group takes items from it while their key equals the group's, and stops for good
//! once the groupby has moved on to another group.

use std::cell::{Cell, RefCell};

use super::{bind, held};
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::iterators::{collectable, fields, into_object, iterator_type};
use crate::objects::method_args;
use crate::objects::sequence::same_or_equal;
use crate::objects::singletons::none;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::TypeObject;
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
struct GroupBy {
    header: ObjHeader,
    source: Ref,
    /// `None`: each item is its own key.
    key_function: Option<Ref>,
    /// The key of the group given last.
    target_key: RefCell<Option<Ref>>,
    /// The item read ahead and its key; a grouper that gives the item takes both.
    current_key: RefCell<Option<Ref>>,
    current_value: RefCell<Option<Ref>>,
    /// The number of the grouper that may still give items (0: none).
    live_grouper: Cell<u64>,
    groupers_made: Cell<u64>,
}

collectable!(GroupBy: source, key_function, target_key, current_key, current_value);

/// `groupby(iterable, key=None)`.
fn groupby_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("groupby", a, k, &["iterable", "key"], 1, &[])?;
    Ok(into_object(GroupBy {
        header: ObjHeader::new(&GROUPBY_TYPE),
        source: ops::iter(bound[0].expect("iterable is required"))?,
        key_function: bound[1].filter(|f| *f != none()).map(Ref::new),
        target_key: RefCell::new(None),
        current_key: RefCell::new(None),
        current_value: RefCell::new(None),
        live_grouper: Cell::new(0),
        groupers_made: Cell::new(0),
    }))
}

/// Reads the next item and its key; false when the source is exhausted.
fn read_ahead(g: &GroupBy) -> PyResult<bool> {
    let Some(value) = ops::next(g.source.value())? else {
        return Ok(false);
    };
    let key = match &g.key_function {
        None => value.clone(),
        Some(f) => ops::call(f.value(), &[value.value()], None)?,
    };
    g.current_value.replace(Some(value));
    g.current_key.replace(Some(key));
    Ok(true)
}

/// Skips what is left of the current group and gives `(key, grouper)` for the next one.
fn groupby_next(v: Value) -> PyResult<Option<Ref>> {
    let g = fields::<GroupBy>(v);
    g.live_grouper.set(0);
    let key = loop {
        if let Some(current) = held(&g.current_key) {
            let same_group = match held(&g.target_key) {
                Some(target) => same_or_equal(target.value(), current.value())?,
                None => false,
            };
            if !same_group {
                break current;
            }
        }
        if !read_ahead(g)? {
            return Ok(None);
        }
    };
    g.target_key.replace(Some(key.clone()));
    let grouper = new_grouper(v, key.clone());
    Ok(Some(new_tuple(vec![key, grouper])))
}

pub(super) static GROUPBY_TYPE: TypeObject = TypeObject {
    construct: Some(groupby_new),
    ..iterator_type::<GroupBy>("itertools.groupby", groupby_next)
};

// ----- _grouper -----

#[repr(C)]
struct Grouper {
    header: ObjHeader,
    parent: Ref,
    target_key: Ref,
    /// Which of the parent's groupers this is.
    number: u64,
}

collectable!(Grouper: parent, target_key);

/// The grouper of the parent's current group; any earlier one stops giving items.
fn new_grouper(parent: Value, target_key: Ref) -> Ref {
    let g = fields::<GroupBy>(parent);
    let number = g.groupers_made.get() + 1;
    g.groupers_made.set(number);
    g.live_grouper.set(number);
    into_object(Grouper {
        header: ObjHeader::new(&GROUPER_TYPE),
        parent: Ref::new(parent),
        target_key,
        number,
    })
}

/// `_grouper(parent, tgtkey)`, as pickled groupers are made again.
fn grouper_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("_grouper", a, k, 2, 2)?;
    if !std::ptr::eq(type_of(a[0]), &GROUPBY_TYPE) {
        return Err(errors::type_error(format!(
            "_grouper() argument 1 must be {}, not {}",
            GROUPBY_TYPE.name,
            type_of(a[0]).name
        )));
    }
    Ok(new_grouper(a[0], Ref::new(a[1])))
}

fn grouper_next(v: Value) -> PyResult<Option<Ref>> {
    let grouper = fields::<Grouper>(v);
    let g = fields::<GroupBy>(grouper.parent.value());
    if g.live_grouper.get() != grouper.number {
        return Ok(None);
    }
    if held(&g.current_value).is_none() && !read_ahead(g)? {
        return Ok(None);
    }
    let Some(current_key) = held(&g.current_key) else {
        return Ok(None);
    };
    if !same_or_equal(grouper.target_key.value(), current_key.value())? {
        return Ok(None);
    }
    g.current_key.take();
    Ok(g.current_value.take())
}

pub(super) static GROUPER_TYPE: TypeObject = TypeObject {
    construct: Some(grouper_new),
    ..iterator_type::<Grouper>("itertools._grouper", grouper_next)
};
