//! The views of a dict (`d.keys()`, `d.values()`, `d.items()`): live windows on the dict that
//! see its later changes. And the iterators over a dict and its views, forwards and (new in
//! 3.8) backwards with `reversed`.

use std::cell::{Cell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::builtin_subclass::slots;
use crate::objects::dict::{self, is_dict};
use crate::objects::exception::RUNTIME_ERROR;
use crate::objects::sequence::{self, same_or_equal, ReprGuard};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

/// What a view or an iterator yields from each entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

impl ViewKind {
    fn pick(self, key: Ref, value: Ref) -> Ref {
        match self {
            ViewKind::Keys => key,
            ViewKind::Values => value,
            ViewKind::Items => new_tuple(vec![key, value]),
        }
    }
}

// ----- views -----

#[repr(C)]
struct DictView {
    header: ObjHeader,
    dict: Ref,
}

pub fn new_view(d: Value, kind: ViewKind) -> Ref {
    let ty = match kind {
        ViewKind::Keys => &DICT_KEYS_TYPE,
        ViewKind::Values => &DICT_VALUES_TYPE,
        ViewKind::Items => &DICT_ITEMS_TYPE,
    };
    let v = gc::alloc(DictView {
        header: ObjHeader::new(ty),
        dict: Ref::new(d),
    });
    unsafe { Ref::from_owned(v) }
}

/// The kind of a view, or `None` for anything else.
fn view_kind(v: Value) -> Option<ViewKind> {
    if v.is_small_int() {
        return None;
    }
    let ty = type_of(v);
    [
        (&DICT_KEYS_TYPE, ViewKind::Keys),
        (&DICT_VALUES_TYPE, ViewKind::Values),
        (&DICT_ITEMS_TYPE, ViewKind::Items),
    ]
    .into_iter()
    .find(|(t, _)| std::ptr::eq(*t, ty))
    .map(|(_, kind)| kind)
}

/// The dict a view shows; only for views.
fn view_dict(v: Value) -> Value {
    unsafe { (*v.as_ptr::<DictView>()).dict.value() }
}

/// Keys and items views behave as sets, and like sets they are unhashable. Values may
/// repeat, so their view is neither (and hashes by identity).
fn is_set_like_view(v: Value) -> bool {
    matches!(view_kind(v), Some(ViewKind::Keys | ViewKind::Items))
}

/// `dict_keys(['a', 'b'])`.
fn view_repr(v: Value) -> PyResult<Ref> {
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok(new_str("..."));
    };
    let items = ops::collect(v)?;
    let list = sequence::repr_items("[", &items, "]")?;
    Ok(new_string(format!("{}({list})", type_of(v).name)))
}

fn view_len(v: Value) -> PyResult<usize> {
    Ok(dict::len(view_dict(v)))
}

fn view_iter(v: Value) -> PyResult<Ref> {
    let kind = view_kind(v).expect("a dict view");
    Ok(new_iterator(view_dict(v), kind, false))
}

fn keys_contains(v: Value, key: Value) -> PyResult<bool> {
    Ok(dict::get_item(view_dict(v), key)?.is_some())
}

/// `(key, value) in d.items()`: anything but a pair is simply absent.
fn items_contains(v: Value, pair: Value) -> PyResult<bool> {
    let (key, value) = match is_tuple(pair).then(|| tuple_items(pair)) {
        Some([k, val]) => (k.value(), val.value()),
        _ => return Ok(false),
    };
    match dict::get_item(view_dict(v), key)? {
        Some(found) => {
            // The dict may change while comparing; keep the value alive.
            let found = Ref::new(found);
            same_or_equal(found.value(), value)
        }
        None => Ok(false),
    }
}

/// Whether every item of `a` is in `b`.
fn all_contained_in(a: Value, b: Value) -> PyResult<bool> {
    let it = ops::iter(a)?;
    while let Some(x) = ops::next(it.value())? {
        if !ops::contains(b, x.value())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons of keys and items views with each other and with sets: equality, subset
/// and superset.
fn view_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_set_like_view(b) && !crate::objects::set::is_anyset(b) {
        return Ok(not_implemented());
    }
    let (len_a, len_b) = (view_len(a)?, ops::len(b)?);
    let result = match op {
        CompareOp::Eq => len_a == len_b && all_contained_in(a, b)?,
        CompareOp::Ne => !(len_a == len_b && all_contained_in(a, b)?),
        CompareOp::Lt => len_a < len_b && all_contained_in(a, b)?,
        CompareOp::Le => len_a <= len_b && all_contained_in(a, b)?,
        CompareOp::Gt => len_a > len_b && all_contained_in(b, a)?,
        CompareOp::Ge => len_a >= len_b && all_contained_in(b, a)?,
    };
    Ok(bool_ref(result))
}

/// `view.isdisjoint(iterable)`: no item of the iterable is in the view.
fn view_isdisjoint(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let other = crate::builtins::args::exact("isdisjoint", args, kwnames, 1)?[0];
    let it = ops::iter(other)?;
    while let Some(x) = ops::next(it.value())? {
        if ops::contains(v, x.value())? {
            return Ok(bool_ref(false));
        }
    }
    Ok(bool_ref(true))
}

/// The set operators of keys and items views, the view on either side (3.8's `dictviews_and`
/// and kin): a new set of the left operand's items, updated with the right operand by `update`.
fn set_operation(a: Value, b: Value, update: &str) -> PyResult<Ref> {
    let result = crate::objects::set::new_set();
    ops::call_method(result.value(), new_str("update").value(), &[a], None)?;
    ops::call_method(result.value(), new_str(update).value(), &[b], None)?;
    Ok(result)
}

static SET_LIKE_VIEW_NUMBER: NumberSlots = NumberSlots {
    and: Some(|a, b| set_operation(a, b, "intersection_update")),
    or: Some(|a, b| set_operation(a, b, "update")),
    sub: Some(|a, b| set_operation(a, b, "difference_update")),
    xor: Some(|a, b| set_operation(a, b, "symmetric_difference_update")),
    ..NumberSlots::EMPTY
};

const REVERSED: Method = Method::new("__reversed__", |v, a, k| {
    crate::objects::method_args::no_args("__reversed__", a, k)?;
    Ok(reversed(v).expect("a dict view"))
});

static VALUES_VIEW_METHODS: [Method; 3] = [slots::LEN, slots::ITER, REVERSED];

static SET_LIKE_VIEW_METHODS: [Method; 13] = [
    slots::LEN,
    slots::ITER,
    slots::CONTAINS,
    REVERSED,
    slots::AND,
    slots::RAND,
    slots::OR,
    slots::ROR,
    slots::SUB,
    slots::RSUB,
    slots::XOR,
    slots::RXOR,
    Method::new("isdisjoint", view_isdisjoint),
];

/// The slots every view has.
const fn view_type(name: &'static str) -> TypeObject {
    TypeObject {
        dealloc: |v| unsafe { gc::free::<DictView>(v) },
        gc: Some(&GcSlots {
            traverse: |v, visit| visit(unsafe { (*v.as_ptr::<DictView>()).dict.value() }),
            clear: None,
            finalize: None,
        }),
        repr: view_repr,
        len: Some(view_len),
        iter: Some(view_iter),
        methods: &VALUES_VIEW_METHODS,
        ..TypeObject::new(name)
    }
}

pub static DICT_KEYS_TYPE: TypeObject = TypeObject {
    hash: None,
    contains: Some(keys_contains),
    richcompare: Some(view_richcompare),
    number: &SET_LIKE_VIEW_NUMBER,
    methods: &SET_LIKE_VIEW_METHODS,
    ..view_type("dict_keys")
};

pub static DICT_VALUES_TYPE: TypeObject = view_type("dict_values");

pub static DICT_ITEMS_TYPE: TypeObject = TypeObject {
    hash: None,
    contains: Some(items_contains),
    richcompare: Some(view_richcompare),
    number: &SET_LIKE_VIEW_NUMBER,
    methods: &SET_LIKE_VIEW_METHODS,
    ..view_type("dict_items")
};

/// `reversed(x)` for a dict or a view; `None` when `x` is neither.
pub fn reversed(x: Value) -> Option<Ref> {
    if is_dict(x) {
        return Some(new_iterator(x, ViewKind::Keys, true));
    }
    view_kind(x).map(|kind| new_iterator(view_dict(x), kind, true))
}

// ----- iterators -----

/// Walks the entries of a dict by position. Like CPython's, it raises when the dict's size
/// changes (and keeps raising), and once exhausted it lets go of the dict and stays exhausted.
#[repr(C)]
struct DictIterator {
    header: ObjHeader,
    /// `None` once exhausted.
    dict: UnsafeCell<Option<Ref>>,
    /// The next entry position to look at (for reverse iteration: going down; -1 is the end).
    position: Cell<isize>,
    /// The dict's size when iteration began; -1 after a size change, so the error sticks.
    expected_len: Cell<isize>,
    /// Items left to yield; running out early means the keys changed under us.
    remaining: Cell<usize>,
    kind: ViewKind,
    reverse: bool,
}

pub fn new_iterator(d: Value, kind: ViewKind, reverse: bool) -> Ref {
    let ty = match (kind, reverse) {
        (ViewKind::Keys, false) => &DICT_KEYITERATOR_TYPE,
        (ViewKind::Values, false) => &DICT_VALUEITERATOR_TYPE,
        (ViewKind::Items, false) => &DICT_ITEMITERATOR_TYPE,
        (ViewKind::Keys, true) => &DICT_REVERSEKEYITERATOR_TYPE,
        (ViewKind::Values, true) => &DICT_REVERSEVALUEITERATOR_TYPE,
        (ViewKind::Items, true) => &DICT_REVERSEITEMITERATOR_TYPE,
    };
    let position = if reverse {
        dict::entry_count(d) as isize - 1
    } else {
        0
    };
    crate::objects::iterators::into_object(DictIterator {
        header: ObjHeader::new(ty),
        dict: UnsafeCell::new(Some(Ref::new(d))),
        position: Cell::new(position),
        expected_len: Cell::new(dict::len(d) as isize),
        remaining: Cell::new(dict::len(d)),
        kind,
        reverse,
    })
}

fn iterator(v: Value) -> &'static DictIterator {
    unsafe { &*v.as_ptr::<DictIterator>() }
}

impl DictIterator {
    fn dict(&self) -> Option<Value> {
        unsafe { (*self.dict.get()).as_ref().map(Ref::value) }
    }

    /// Ends the iteration for good.
    fn release(&self) {
        let d = unsafe { (*self.dict.get()).take() };
        drop(d);
    }

    /// The next live entry at or after the position.
    fn step_forward(&self, d: Value) -> PyResult<Option<(Ref, Ref)>> {
        let mut i = self.position.get().max(0) as usize;
        while i < dict::entry_count(d) {
            if let Some(pair) = dict::entry_at(d, i) {
                if self.remaining.get() == 0 {
                    self.release();
                    return Err(errors::raise(
                        &RUNTIME_ERROR,
                        "dictionary keys changed during iteration",
                    ));
                }
                self.position.set(i as isize + 1);
                self.remaining.set(self.remaining.get() - 1);
                return Ok(Some(pair));
            }
            i += 1;
        }
        Ok(None)
    }

    /// The next live entry at or before the position.
    fn step_back(&self, d: Value) -> Option<(Ref, Ref)> {
        let mut i = self.position.get();
        while i >= 0 {
            if let Some(pair) = dict::entry_at(d, i as usize) {
                self.position.set(i - 1);
                self.remaining.set(self.remaining.get().saturating_sub(1));
                return Some(pair);
            }
            i -= 1;
        }
        None
    }
}

fn iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = iterator(v);
    let Some(d) = it.dict() else { return Ok(None) };
    if dict::len(d) as isize != it.expected_len.get() {
        it.expected_len.set(-1);
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "dictionary changed size during iteration",
        ));
    }
    let found = if it.reverse {
        it.step_back(d)
    } else {
        it.step_forward(d)?
    };
    match found {
        Some((key, value)) => Ok(Some(it.kind.pick(key, value))),
        None => {
            it.release();
            Ok(None)
        }
    }
}

crate::objects::iterators::collectable!(DictIterator: dict);

const fn iterator_type(name: &'static str) -> TypeObject {
    crate::objects::iterators::iterator_type::<DictIterator>(name, iterator_next)
}

static DICT_KEYITERATOR_TYPE: TypeObject = iterator_type("dict_keyiterator");
static DICT_VALUEITERATOR_TYPE: TypeObject = iterator_type("dict_valueiterator");
static DICT_ITEMITERATOR_TYPE: TypeObject = iterator_type("dict_itemiterator");
static DICT_REVERSEKEYITERATOR_TYPE: TypeObject = iterator_type("dict_reversekeyiterator");
static DICT_REVERSEVALUEITERATOR_TYPE: TypeObject = iterator_type("dict_reversevalueiterator");
static DICT_REVERSEITEMITERATOR_TYPE: TypeObject = iterator_type("dict_reverseitemiterator");
