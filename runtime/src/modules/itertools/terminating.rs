//! The iterators that end with their input: `accumulate`, `chain`, `compress`, `dropwhile`,
//! `filterfalse`, `islice`, `starmap`, `takewhile` and `zip_longest`.

use std::cell::{Cell, RefCell};

use super::{bind, held};
use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::int::int_view;
use crate::objects::iterators::{collectable, fields, into_object, iterator_type, iterators_of};
use crate::objects::method_args;
use crate::objects::singletons::{none, none_ref};
use crate::objects::tuple::{is_tuple, new_tuple};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, BinaryOp};
use crate::value::Value;

/// An optional argument where `None` means the same as leaving it out.
fn unless_none(v: Option<Value>) -> Option<Ref> {
    v.filter(|v| *v != none()).map(Ref::new)
}

/// Calls a predicate on an item and takes the truth of its verdict.
fn holds_for(predicate: &Ref, item: &Ref) -> PyResult<bool> {
    let verdict = ops::call(predicate.value(), &[item.value()], None)?;
    ops::is_true(verdict.value())
}

// ----- accumulate -----

#[repr(C)]
struct Accumulate {
    header: ObjHeader,
    source: Ref,
    /// `None`: add with `+`.
    function: Option<Ref>,
    /// `None` until the first item.
    total: RefCell<Option<Ref>>,
    /// The `initial` value, until it has been given as the first item.
    initial: RefCell<Option<Ref>>,
}

collectable!(Accumulate: source, function, total, initial);

/// `accumulate(iterable, func=None, *, initial=None)`.
fn accumulate_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("accumulate", a, k, &["iterable", "func"], 1, &["initial"])?;
    Ok(into_object(Accumulate {
        header: ObjHeader::new(&ACCUMULATE_TYPE),
        source: ops::iter(bound[0].expect("iterable is required"))?,
        function: unless_none(bound[1]),
        total: RefCell::new(None),
        initial: RefCell::new(unless_none(bound[2])),
    }))
}

fn accumulate_next(v: Value) -> PyResult<Option<Ref>> {
    let acc = fields::<Accumulate>(v);
    if let Some(initial) = acc.initial.take() {
        acc.total.replace(Some(initial.clone()));
        return Ok(Some(initial));
    }
    let Some(item) = ops::next(acc.source.value())? else {
        return Ok(None);
    };
    let total = match (held(&acc.total), &acc.function) {
        (None, _) => item,
        (Some(total), None) => ops::binary_op(total.value(), item.value(), BinaryOp::Add)?,
        (Some(total), Some(f)) => ops::call(f.value(), &[total.value(), item.value()], None)?,
    };
    acc.total.replace(Some(total.clone()));
    Ok(Some(total))
}

pub(super) static ACCUMULATE_TYPE: TypeObject = TypeObject {
    construct: Some(accumulate_new),
    ..iterator_type::<Accumulate>("itertools.accumulate", accumulate_next)
};

// ----- chain -----

#[repr(C)]
struct Chain {
    header: ObjHeader,
    /// The iterator over the iterables; `None` once it is exhausted or has failed.
    source: RefCell<Option<Ref>>,
    /// The iterator of the iterable being given, opened only when reached.
    active: RefCell<Option<Ref>>,
}

collectable!(Chain: source, active);

fn new_chain(source: Ref) -> Ref {
    into_object(Chain {
        header: ObjHeader::new(&CHAIN_TYPE),
        source: RefCell::new(Some(source)),
        active: RefCell::new(None),
    })
}

fn chain_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("chain", k)?;
    let iterables = new_tuple(a.iter().map(|v| Ref::new(*v)).collect());
    Ok(new_chain(ops::iter(iterables.value())?))
}

/// `chain.from_iterable(iterables)`, a class method: the receiver is `chain` or a chain.
fn chain_from_iterable(_receiver: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = args::exact("from_iterable", a, k, 1)?;
    Ok(new_chain(ops::iter(a[0])?))
}

/// The iterator of the next iterable; the chain ends for good when there is none or it cannot
/// be iterated.
fn open_next_iterable(c: &Chain, source: &Ref) -> PyResult<Option<Ref>> {
    let opened = match ops::next(source.value()) {
        Ok(Some(iterable)) => ops::iter(iterable.value()).map(Some),
        other => other,
    };
    match &opened {
        Ok(Some(active)) => {
            c.active.replace(Some(active.clone()));
        }
        _ => {
            c.source.take();
        }
    }
    opened
}

fn chain_next(v: Value) -> PyResult<Option<Ref>> {
    let c = fields::<Chain>(v);
    while let Some(source) = held(&c.source) {
        let active = match held(&c.active) {
            Some(active) => active,
            None => match open_next_iterable(c, &source)? {
                Some(active) => active,
                None => return Ok(None),
            },
        };
        if let Some(item) = ops::next(active.value())? {
            return Ok(Some(item));
        }
        c.active.take();
    }
    Ok(None)
}

pub(super) static CHAIN_TYPE: TypeObject = TypeObject {
    construct: Some(chain_new),
    methods: &[Method::class_method("from_iterable", chain_from_iterable)],
    ..iterator_type::<Chain>("itertools.chain", chain_next)
};

// ----- compress -----

#[repr(C)]
struct Compress {
    header: ObjHeader,
    data: Ref,
    selectors: Ref,
}

collectable!(Compress: data, selectors);

fn compress_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("compress", a, k, &["data", "selectors"], 2, &[])?;
    Ok(into_object(Compress {
        header: ObjHeader::new(&COMPRESS_TYPE),
        data: ops::iter(bound[0].expect("data is required"))?,
        selectors: ops::iter(bound[1].expect("selectors is required"))?,
    }))
}

fn compress_next(v: Value) -> PyResult<Option<Ref>> {
    let c = fields::<Compress>(v);
    loop {
        let Some(datum) = ops::next(c.data.value())? else {
            return Ok(None);
        };
        let Some(selector) = ops::next(c.selectors.value())? else {
            return Ok(None);
        };
        if ops::is_true(selector.value())? {
            return Ok(Some(datum));
        }
    }
}

pub(super) static COMPRESS_TYPE: TypeObject = TypeObject {
    construct: Some(compress_new),
    ..iterator_type::<Compress>("itertools.compress", compress_next)
};

// ----- dropwhile, takewhile, filterfalse, starmap -----

/// A function and the iterator it is applied to, with a flag for where the iteration is:
/// `dropwhile` has stopped dropping, `takewhile` has stopped taking.
#[repr(C)]
struct Applied {
    header: ObjHeader,
    function: Ref,
    source: Ref,
    done: Cell<bool>,
}

collectable!(Applied: function, source);

/// The constructor of the four types taking `(function, iterable)` by position only.
fn applied_new(
    name: &str,
    ty: &'static TypeObject,
    a: &[Value],
    k: Option<Value>,
) -> PyResult<Ref> {
    let a = method_args::positional(name, a, k, 2, 2)?;
    Ok(into_object(Applied {
        header: ObjHeader::new(ty),
        function: Ref::new(a[0]),
        source: ops::iter(a[1])?,
        done: Cell::new(false),
    }))
}

fn dropwhile_next(v: Value) -> PyResult<Option<Ref>> {
    let d = fields::<Applied>(v);
    while let Some(item) = ops::next(d.source.value())? {
        if d.done.get() || !holds_for(&d.function, &item)? {
            d.done.set(true);
            return Ok(Some(item));
        }
    }
    Ok(None)
}

pub(super) static DROPWHILE_TYPE: TypeObject = TypeObject {
    construct: Some(|ty, a, k| applied_new("dropwhile", ty, a, k)),
    ..iterator_type::<Applied>("itertools.dropwhile", dropwhile_next)
};

fn takewhile_next(v: Value) -> PyResult<Option<Ref>> {
    let t = fields::<Applied>(v);
    if t.done.get() {
        return Ok(None);
    }
    let Some(item) = ops::next(t.source.value())? else {
        return Ok(None);
    };
    if holds_for(&t.function, &item)? {
        return Ok(Some(item));
    }
    t.done.set(true);
    Ok(None)
}

pub(super) static TAKEWHILE_TYPE: TypeObject = TypeObject {
    construct: Some(|ty, a, k| applied_new("takewhile", ty, a, k)),
    ..iterator_type::<Applied>("itertools.takewhile", takewhile_next)
};

/// `filterfalse(None, ...)` keeps the false items themselves.
fn filterfalse_next(v: Value) -> PyResult<Option<Ref>> {
    let f = fields::<Applied>(v);
    while let Some(item) = ops::next(f.source.value())? {
        let true_for_item = if f.function.value() == none() {
            ops::is_true(item.value())?
        } else {
            holds_for(&f.function, &item)?
        };
        if !true_for_item {
            return Ok(Some(item));
        }
    }
    Ok(None)
}

pub(super) static FILTERFALSE_TYPE: TypeObject = TypeObject {
    construct: Some(|ty, a, k| applied_new("filterfalse", ty, a, k)),
    ..iterator_type::<Applied>("itertools.filterfalse", filterfalse_next)
};

/// Calls the function with each item's items as arguments.
fn starmap_next(v: Value) -> PyResult<Option<Ref>> {
    let s = fields::<Applied>(v);
    let Some(item) = ops::next(s.source.value())? else {
        return Ok(None);
    };
    let arguments = if is_tuple(item.value()) {
        item
    } else {
        new_tuple(ops::collect(item.value())?)
    };
    ops::call_ex(s.function.value(), arguments.value(), None).map(Some)
}

pub(super) static STARMAP_TYPE: TypeObject = TypeObject {
    construct: Some(|ty, a, k| applied_new("starmap", ty, a, k)),
    ..iterator_type::<Applied>("itertools.starmap", starmap_next)
};

// ----- islice -----

#[repr(C)]
struct Islice {
    header: ObjHeader,
    /// `None` once the slice is over (or the source has failed).
    source: RefCell<Option<Ref>>,
    /// How many items have been taken from the source.
    consumed: Cell<i64>,
    /// The source index of the next item to give.
    next_index: Cell<i64>,
    stop: Option<i64>,
    step: i64,
}

collectable!(Islice: source);

const STOP_MESSAGE: &str =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

/// An islice argument read as CPython reads it (`PyNumber_AsSsize_t`, errors dropped): -1,
/// which every check refuses, for what is not an integer or does not fit `sys.maxsize`.
fn slice_argument(v: Value) -> i64 {
    match method_args::to_index(v, method_args::cannot_interpret) {
        Ok(i) => int_view(i.value()).and_then(|i| i.to_i64()).unwrap_or(-1),
        Err(_) => {
            errors::take();
            -1
        }
    }
}

/// `islice(iterable, stop)` or `islice(iterable, start, stop[, step])`.
fn islice_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("islice", a, k, 2, 4)?;
    let (start, stop, step) = if a.len() == 2 {
        (None, a[1], None)
    } else {
        (Some(a[1]), a[2], a.get(3).copied())
    };
    let start = unless_none(start).map_or(0, |v| slice_argument(v.value()));
    let stop = match unless_none(Some(stop)) {
        None => None,
        Some(v) => match slice_argument(v.value()) {
            -1 => return Err(errors::value_error(STOP_MESSAGE)),
            n => Some(n),
        },
    };
    if start < 0 || stop.is_some_and(|n| n < 0) {
        return Err(errors::value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    let step = unless_none(step).map_or(1, |v| slice_argument(v.value()));
    if step < 1 {
        return Err(errors::value_error(
            "Step for islice() must be a positive integer or None.",
        ));
    }
    Ok(into_object(Islice {
        header: ObjHeader::new(&ISLICE_TYPE),
        source: RefCell::new(Some(ops::iter(a[0])?)),
        consumed: Cell::new(0),
        next_index: Cell::new(start),
        stop,
        step,
    }))
}

/// Skips to the next index in the slice and takes that item.
fn islice_advance(s: &Islice, source: &Ref) -> PyResult<Option<Ref>> {
    let take_one = || -> PyResult<Option<Ref>> {
        let item = ops::next(source.value())?;
        if item.is_some() {
            s.consumed.set(s.consumed.get() + 1);
        }
        Ok(item)
    };
    while s.consumed.get() < s.next_index.get() {
        if take_one()?.is_none() {
            return Ok(None);
        }
    }
    if s.stop.is_some_and(|stop| s.consumed.get() >= stop) {
        return Ok(None);
    }
    let item = take_one()?;
    if item.is_some() {
        let limit = s.stop.unwrap_or(i64::MAX);
        let following = s.next_index.get().checked_add(s.step).unwrap_or(limit);
        s.next_index.set(following.min(limit));
    }
    Ok(item)
}

fn islice_next(v: Value) -> PyResult<Option<Ref>> {
    let s = fields::<Islice>(v);
    let Some(source) = held(&s.source) else {
        return Ok(None);
    };
    let result = islice_advance(s, &source);
    if !matches!(result, Ok(Some(_))) {
        s.source.take();
    }
    result
}

pub(super) static ISLICE_TYPE: TypeObject = TypeObject {
    construct: Some(islice_new),
    ..iterator_type::<Islice>("itertools.islice", islice_next)
};

// ----- zip_longest -----

#[repr(C)]
struct ZipLongest {
    header: ObjHeader,
    /// One slot per iterable; emptied when that iterable is exhausted.
    iterators: Box<[RefCell<Option<Ref>>]>,
    /// How many iterators are not exhausted yet.
    active: Cell<usize>,
    fillvalue: Ref,
}

collectable!(ZipLongest: iterators, fillvalue);

/// `zip_longest(*iterables, fillvalue=None)`.
fn zip_longest_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (iterables, keywords) = args::split(a, k);
    let fillvalue = match keywords[..] {
        [] => none_ref(),
        [("fillvalue", v)] => Ref::new(v),
        _ => {
            return Err(errors::type_error(
                "zip_longest() got an unexpected keyword argument",
            ))
        }
    };
    let iterators = iterators_of(iterables)?;
    Ok(into_object(ZipLongest {
        header: ObjHeader::new(&ZIP_LONGEST_TYPE),
        active: Cell::new(iterators.len()),
        iterators: iterators
            .into_iter()
            .map(|i| RefCell::new(Some(i)))
            .collect(),
        fillvalue,
    }))
}

fn zip_longest_next(v: Value) -> PyResult<Option<Ref>> {
    let z = fields::<ZipLongest>(v);
    if z.active.get() == 0 {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(z.iterators.len());
    for slot in z.iterators.iter() {
        let Some(iterator) = held(slot) else {
            items.push(z.fillvalue.clone());
            continue;
        };
        match ops::next(iterator.value()) {
            Ok(Some(item)) => items.push(item),
            Ok(None) => {
                z.active.set(z.active.get() - 1);
                if z.active.get() == 0 {
                    return Ok(None);
                }
                slot.take();
                items.push(z.fillvalue.clone());
            }
            Err(e) => {
                z.active.set(0);
                return Err(e);
            }
        }
    }
    Ok(Some(new_tuple(items)))
}

pub(super) static ZIP_LONGEST_TYPE: TypeObject = TypeObject {
    construct: Some(zip_longest_new),
    ..iterator_type::<ZipLongest>("itertools.zip_longest", zip_longest_next)
};
