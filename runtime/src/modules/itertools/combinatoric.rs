//! The combinatoric iterators: `product`, `permutations`, `combinations` and
//! `combinations_with_replacement`. Each reads its input into pools when made and then steps
//! a vector of indices into them, in CPython's order.

use std::cell::{Cell, RefCell};

use super::bind;
use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::int::int_view;
use crate::objects::iterators::{collectable, fields, into_object, iterator_type};
use crate::objects::method_args;
use crate::objects::sequence::memory_error;
use crate::objects::singletons::none;
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{ConstructFn, TypeObject};
use crate::ops;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq)]
enum Progress {
    BeforeFirst,
    Giving,
    Done,
}

/// `len` indices, the i-th being `index(i)`, or MemoryError when that many cannot be had.
/// They are made with the iterator, as CPython makes them, even when no result follows.
fn indices(len: usize, index: impl Fn(usize) -> usize) -> PyResult<Vec<usize>> {
    let mut v = Vec::new();
    v.try_reserve_exact(len).map_err(|_| memory_error())?;
    v.extend((0..len).map(index));
    Ok(v)
}

// ----- product -----

#[repr(C)]
struct Product {
    header: ObjHeader,
    /// The items of each iterable, repeated `repeat` times.
    pools: Vec<Vec<Ref>>,
    indices: RefCell<Vec<usize>>,
    progress: Cell<Progress>,
}

collectable!(Product: pools);

/// `product(*iterables, repeat=1)`.
fn product_new(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (iterables, keywords) = args::split(a, k);
    let bound = method_args::keyword_only("product", &keywords, &["repeat"])?;
    let repeat = bound[0].map_or(Ok(1), method_args::ssize)?;
    if repeat < 0 {
        return Err(errors::value_error("repeat argument cannot be negative"));
    }
    // With no repetitions the iterables are not even read.
    let iterables = if repeat == 0 { &[] } else { iterables };
    if iterables.len() as i64 > i64::MAX / 8 / repeat.max(1) {
        return Err(errors::overflow_error("repeat argument too large"));
    }
    let distinct = iterables
        .iter()
        .map(|x| ops::collect(*x))
        .collect::<PyResult<Vec<_>>>()?;
    let count = distinct.len() * repeat as usize;
    let mut pools = Vec::new();
    pools.try_reserve_exact(count).map_err(|_| memory_error())?;
    for _ in 0..repeat {
        pools.extend(distinct.iter().cloned());
    }
    Ok(into_object(Product {
        header: ObjHeader::new(&PRODUCT_TYPE),
        indices: RefCell::new(indices(count, |_| 0)?),
        pools,
        progress: Cell::new(Progress::BeforeFirst),
    }))
}

/// Moves the indices on like an odometer: the rightmost one that can advance does, and those
/// after it go back to 0. False when all have wrapped around.
fn product_advance(pools: &[Vec<Ref>], indices: &mut [usize]) -> bool {
    for i in (0..indices.len()).rev() {
        indices[i] += 1;
        if indices[i] < pools[i].len() {
            return true;
        }
        indices[i] = 0;
    }
    false
}

fn product_next(v: Value) -> PyResult<Option<Ref>> {
    let p = fields::<Product>(v);
    let more = match p.progress.get() {
        Progress::Done => false,
        Progress::BeforeFirst => p.pools.iter().all(|pool| !pool.is_empty()),
        Progress::Giving => product_advance(&p.pools, &mut p.indices.borrow_mut()),
    };
    if !more {
        p.progress.set(Progress::Done);
        return Ok(None);
    }
    p.progress.set(Progress::Giving);
    let items: Vec<Ref> = (p.indices.borrow().iter().zip(&p.pools))
        .map(|(&i, pool)| pool[i].clone())
        .collect();
    Ok(Some(new_tuple(items)))
}

pub(super) static PRODUCT_TYPE: TypeObject = TypeObject {
    construct: Some(product_new),
    ..iterator_type::<Product>("itertools.product", product_next)
};

// ----- permutations, combinations, combinations_with_replacement -----

/// The indices of a selection in the pool, and for permutations the cycles of its positions.
type Positions = (Vec<usize>, Vec<usize>);

/// How one kind of selection starts and steps on.
struct Order {
    /// The first indices and (for permutations) cycles, for `n` items taken `r` at a time.
    start: fn(n: usize, r: usize) -> PyResult<Positions>,
    /// Whether there is any selection of `n` items taken `r` at a time.
    any: fn(n: usize, r: usize) -> bool,
    /// Steps to the next selection; false when there is none.
    advance: fn(indices: &mut [usize], cycles: &mut [usize], n: usize, r: usize) -> bool,
}

/// Selections of `r` items from one pool.
#[repr(C)]
struct Selection {
    header: ObjHeader,
    order: &'static Order,
    pool: Vec<Ref>,
    r: usize,
    /// The positions in the pool of the items of the next result (for permutations, all `n`
    /// positions, the first `r` of which are the result).
    indices: RefCell<Vec<usize>>,
    /// For permutations: how many more swaps each of the first `r` positions takes before its
    /// items rotate back.
    cycles: RefCell<Vec<usize>>,
    progress: Cell<Progress>,
}

collectable!(Selection: pool);

fn new_selection(
    ty: &'static TypeObject,
    order: &'static Order,
    pool: Vec<Ref>,
    r: i64,
) -> PyResult<Ref> {
    if r < 0 {
        return Err(errors::value_error("r must be non-negative"));
    }
    let r = r as usize;
    let (indices, cycles) = (order.start)(pool.len(), r)?;
    Ok(into_object(Selection {
        header: ObjHeader::new(ty),
        order,
        pool,
        r,
        indices: RefCell::new(indices),
        cycles: RefCell::new(cycles),
        progress: Cell::new(Progress::BeforeFirst),
    }))
}

fn selection_next(v: Value) -> PyResult<Option<Ref>> {
    let s = fields::<Selection>(v);
    let (n, r) = (s.pool.len(), s.r);
    let more = match s.progress.get() {
        Progress::Done => false,
        Progress::BeforeFirst => (s.order.any)(n, r),
        Progress::Giving => {
            let mut indices = s.indices.borrow_mut();
            (s.order.advance)(&mut indices, &mut s.cycles.borrow_mut(), n, r)
        }
    };
    if !more {
        s.progress.set(Progress::Done);
        return Ok(None);
    }
    s.progress.set(Progress::Giving);
    let items: Vec<Ref> = s.indices.borrow()[..r]
        .iter()
        .map(|&i| s.pool[i].clone())
        .collect();
    Ok(Some(new_tuple(items)))
}

const fn selection_type(name: &'static str, construct: ConstructFn) -> TypeObject {
    TypeObject {
        construct: Some(construct),
        ..iterator_type::<Selection>(name, selection_next)
    }
}

/// Whether `r` items can be taken from `n` without putting any back.
fn at_most_all(n: usize, r: usize) -> bool {
    r <= n
}

/// `permutations(iterable, r=None)`: `r` must be an int (without `__index__`), and is read
/// after the iterable.
fn permutations_new(ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = bind("permutations", a, k, &["iterable", "r"], 1, &[])?;
    let pool = ops::collect(bound[0].expect("iterable is required"))?;
    let r = match bound[1].filter(|r| *r != none()) {
        None => pool.len() as i64,
        Some(r) => {
            let Some(i) = int_view(r) else {
                return Err(errors::type_error("Expected int as r"));
            };
            i.to_i64().ok_or_else(|| {
                errors::overflow_error("Python int too large to convert to C ssize_t")
            })?
        }
    };
    new_selection(ty, &PERMUTATIONS, pool, r)
}

/// Permutations start from the pool in order, each of the first `r` positions with a cycle
/// of the `n - i` items it can hold (meaningless when `r > n`, which gives no permutation).
fn permutations_start(n: usize, r: usize) -> PyResult<Positions> {
    Ok((indices(n, |i| i)?, indices(r, |i| n.saturating_sub(i))?))
}

/// The next permutation in lexicographic order of positions: the rightmost position whose
/// cycle is not over swaps with a later item; positions whose cycle is over rotate back.
fn permutations_advance(indices: &mut [usize], cycles: &mut [usize], n: usize, r: usize) -> bool {
    for i in (0..r).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            indices.swap(i, n - cycles[i]);
            return true;
        }
    }
    false
}

static PERMUTATIONS: Order = Order {
    start: permutations_start,
    any: at_most_all,
    advance: permutations_advance,
};

pub(super) static PERMUTATIONS_TYPE: TypeObject =
    selection_type("itertools.permutations", permutations_new);

/// `combinations(iterable, r)` and `combinations_with_replacement(iterable, r)`: `r` is read
/// (as a C `Py_ssize_t`) before the iterable.
fn new_combinations(
    name: &str,
    ty: &'static TypeObject,
    order: &'static Order,
    a: &[Value],
    k: Option<Value>,
) -> PyResult<Ref> {
    let bound = bind(name, a, k, &["iterable", "r"], 2, &[])?;
    let r = method_args::ssize(bound[1].expect("r is required"))?;
    let pool = ops::collect(bound[0].expect("iterable is required"))?;
    new_selection(ty, order, pool, r)
}

fn combinations_start(_n: usize, r: usize) -> PyResult<Positions> {
    Ok((indices(r, |i| i)?, Vec::new()))
}

/// The rightmost index below its highest place (`n - r + i`) moves up by one, and the ones
/// after it follow on consecutively.
fn combinations_advance(indices: &mut [usize], _: &mut [usize], n: usize, r: usize) -> bool {
    let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
        return false;
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    true
}

static COMBINATIONS: Order = Order {
    start: combinations_start,
    any: at_most_all,
    advance: combinations_advance,
};

pub(super) static COMBINATIONS_TYPE: TypeObject =
    selection_type("itertools.combinations", |ty, a, k| {
        new_combinations("combinations", ty, &COMBINATIONS, a, k)
    });

fn replacement_start(_n: usize, r: usize) -> PyResult<Positions> {
    Ok((indices(r, |_| 0)?, Vec::new()))
}

/// With replacement, any `r` can be had from a pool that is not empty.
fn replacement_any(n: usize, r: usize) -> bool {
    n > 0 || r == 0
}

/// The rightmost index below the last item moves up by one, and the ones after it take the
/// same place.
fn replacement_advance(indices: &mut [usize], _: &mut [usize], n: usize, r: usize) -> bool {
    let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
        return false;
    };
    let place = indices[i] + 1;
    indices[i..].fill(place);
    true
}

static COMBINATIONS_WITH_REPLACEMENT: Order = Order {
    start: replacement_start,
    any: replacement_any,
    advance: replacement_advance,
};

pub(super) static COMBINATIONS_WITH_REPLACEMENT_TYPE: TypeObject =
    selection_type("itertools.combinations_with_replacement", |ty, a, k| {
        let order = &COMBINATIONS_WITH_REPLACEMENT;
        new_combinations("combinations_with_replacement", ty, order, a, k)
    });
