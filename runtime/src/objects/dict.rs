//! dict: CPython's compact, insertion-ordered hash table, with a PEP 509 version number that
//! changes on every mutation (the globals cache keys on it).
//!
//! The views (`keys()`, `values()`, `items()`) and the iterators live in `dict_views.rs`.

use std::cell::{Cell, UnsafeCell};

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::dict_views::{self, ViewKind};
use crate::objects::exception::{ATTRIBUTE_ERROR, TYPE_ERROR};
use crate::objects::method_args;
use crate::objects::sequence::{same_or_equal, ReprGuard};
use crate::objects::singletons::{bool_ref, none, none_ref, not_implemented};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

const EMPTY: i64 = -1;
const DELETED: i64 = -2;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

struct Entry {
    hash: i64,
    /// `None` once deleted; entries keep their place so that order survives deletions.
    key: Option<Ref>,
    value: Option<Ref>,
}

struct Table {
    /// Open-addressing index into `entries`; EMPTY or DELETED otherwise. Length: a power of two.
    indices: Vec<i64>,
    entries: Vec<Entry>,
    /// Live entries.
    used: usize,
    /// New entries that fit before the table must grow. Deletions do not give room back
    /// (their slots stay DELETED), as in CPython, so probing always finds an EMPTY slot.
    usable: usize,
}

#[repr(C)]
pub struct DictObject {
    header: ObjHeader,
    version: Cell<u64>,
    table: UnsafeCell<Table>,
}

/// Where a dict's version is, for the inline global-load cache check in generated code.
pub const VERSION_OFFSET: usize = std::mem::offset_of!(DictObject, version);

/// PEP 509: one counter for all dicts, so a version is never reused by another mutation.
struct VersionCounter(Cell<u64>);
unsafe impl Sync for VersionCounter {}
static NEXT_VERSION: VersionCounter = VersionCounter(Cell::new(1));

fn next_version() -> u64 {
    let v = NEXT_VERSION.0.get() + 1;
    NEXT_VERSION.0.set(v);
    v
}

/// Entries a table of `size` slots takes before growing: two thirds.
fn usable_fraction(size: usize) -> usize {
    size * 2 / 3
}

impl Table {
    fn new() -> Table {
        Table {
            indices: vec![EMPTY; MIN_SIZE],
            entries: Vec::new(),
            used: 0,
            usable: usable_fraction(MIN_SIZE),
        }
    }

    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// The slots to probe for `hash`, in CPython's order.
    fn probe(&self, hash: i64) -> impl Iterator<Item = usize> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        let mut first = true;
        std::iter::from_fn(move || {
            if !first {
                perturb >>= PERTURB_SHIFT;
                slot = (slot
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            first = false;
            Some(slot)
        })
    }

    fn empty_slot(&self, hash: i64) -> usize {
        self.probe(hash)
            .find(|&slot| self.indices[slot] < 0)
            .expect("a table always has free slots")
    }

    /// The slot that points at entry `ix`.
    fn slot_of_entry(&self, ix: usize) -> usize {
        let hash = self.entries[ix].hash;
        self.probe(hash)
            .find(|&slot| self.indices[slot] == ix as i64)
            .expect("a live entry has a slot")
    }

    /// Rebuilds with room for growth (CPython 3.8: size for `used * 3`), dropping deleted entries.
    fn grow(&mut self) {
        let wanted = (self.used * 3).max(MIN_SIZE);
        let size = wanted.next_power_of_two();
        let entries: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| e.key.is_some())
            .collect();
        self.indices = vec![EMPTY; size];
        self.entries = entries;
        self.usable = usable_fraction(size) - self.entries.len();
        for i in 0..self.entries.len() {
            let slot = self.empty_slot(self.entries[i].hash);
            self.indices[slot] = i as i64;
        }
    }
}

pub fn new_dict() -> Ref {
    let v = gc::alloc(DictObject {
        header: ObjHeader::new(&DICT_TYPE),
        version: Cell::new(next_version()),
        table: UnsafeCell::new(Table::new()),
    });
    // A dict holding only atoms cannot be in a cycle; it is tracked from its first
    // container (CPython's MAINTAIN_TRACKING).
    gc::untrack(v);
    unsafe { Ref::from_owned(v) }
}

unsafe fn dict_dealloc(v: Value) {
    gc::free::<DictObject>(v)
}

static DICT_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        for e in &table(v).entries {
            if let (Some(k), Some(val)) = (&e.key, &e.value) {
                visit(k.value());
                visit(val.value());
            }
        }
    },
    clear: Some(clear),
    finalize: None,
};

fn is_exact_dict(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &DICT_TYPE)
}

pub fn is_dict(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&DICT_TYPE)
}

fn dict(v: Value) -> &'static DictObject {
    debug_assert!(is_dict(v));
    unsafe { &*v.as_ptr::<DictObject>() }
}

/// The table of a dict. Callers must not keep it across anything that can run Python code
/// (a key's `__eq__` may change the dict); they fetch it again afterwards.
fn table(v: Value) -> &'static mut Table {
    unsafe { &mut *dict(v).table.get() }
}

pub fn version(v: Value) -> u64 {
    dict(v).version.get()
}

fn touch(v: Value) {
    dict(v).version.set(next_version());
}

/// The slot for `key` and the index of its entry if present. A key comparison can run code
/// that changes the dict; the lookup then starts over, as CPython's does.
fn lookup(d: Value, key: Value, hash: i64) -> PyResult<(usize, Option<usize>)> {
    'restart: loop {
        let t = table(d);
        for slot in t.probe(hash) {
            let ix = t.indices[slot];
            if ix == EMPTY {
                return Ok((slot, None));
            }
            if ix < 0 {
                continue;
            }
            let entry = &t.entries[ix as usize];
            let Some(k) = &entry.key else { continue };
            if k.value() == key {
                return Ok((slot, Some(ix as usize)));
            }
            if entry.hash != hash {
                continue;
            }
            // `__eq__` may delete the key from the dict: hold it meanwhile.
            let k = k.clone();
            let before = version(d);
            let equal = ops::equal(k.value(), key)?;
            if version(d) != before {
                continue 'restart;
            }
            if equal {
                return Ok((slot, Some(ix as usize)));
            }
        }
        unreachable!("probing ends at an EMPTY slot");
    }
}

/// The value for `key`, borrowed, or `None`.
pub fn get_item(d: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(key)?;
    get_item_with_hash(d, key, hash)
}

pub fn get_item_with_hash(d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
    let (_, ix) = lookup(d, key, hash)?;
    Ok(ix.and_then(|i| table(d).entries[i].value.as_ref().map(Ref::value)))
}

pub fn set_item(d: Value, key: Value, value: Value) -> PyResult<()> {
    let hash = ops::hash(key)?;
    let (_, ix) = lookup(d, key, hash)?;
    touch(d);
    let t = table(d);
    if let Some(i) = ix {
        let old = t.entries[i].value.replace(Ref::new(value));
        drop(old);
        if gc::may_be_tracked(value) {
            gc::track(d);
        }
        return Ok(());
    }
    if t.usable == 0 {
        t.grow();
    }
    let slot = t.empty_slot(hash);
    t.indices[slot] = t.entries.len() as i64;
    if t.entries.len() == t.entries.capacity() {
        // Room for every entry until the next growth, in one allocation.
        t.entries.reserve_exact(t.usable);
    }
    t.entries.push(Entry {
        hash,
        key: Some(Ref::new(key)),
        value: Some(Ref::new(value)),
    });
    if gc::may_be_tracked(key) || gc::may_be_tracked(value) {
        gc::track(d);
    }
    t.used += 1;
    t.usable -= 1;
    Ok(())
}

/// The value of entry `ix` when its key is `key` itself, borrowed: attribute caches remember
/// where a name was, and the dicts of a class's instances are mostly filled in the same order.
pub fn value_at(d: Value, ix: usize, key: Value) -> Option<Value> {
    match table(d).entries.get(ix)? {
        Entry {
            key: Some(k),
            value: Some(v),
            ..
        } if k.value() == key => Some(v.value()),
        _ => None,
    }
}

/// The index of `key`'s entry, for [`value_at`] and [`replace_at`].
pub fn index_of(d: Value, key: Value) -> PyResult<Option<usize>> {
    let hash = ops::hash(key)?;
    Ok(lookup(d, key, hash)?.1)
}

/// Replaces the value of entry `ix` when its key is `key` itself; whether it did.
pub fn replace_at(d: Value, ix: usize, key: Value, value: Value) -> bool {
    let Some(entry) = table(d).entries.get_mut(ix) else {
        return false;
    };
    if !matches!(&entry.key, Some(k) if k.value() == key) {
        return false;
    }
    touch(d);
    let old = entry.value.replace(Ref::new(value));
    if gc::may_be_tracked(value) {
        gc::track(d);
    }
    drop(old);
    true
}

/// Removes `key` and returns its value; `Ok(None)` when it was absent.
pub fn pop_item(d: Value, key: Value) -> PyResult<Option<Ref>> {
    let hash = ops::hash(key)?;
    let (slot, ix) = lookup(d, key, hash)?;
    let Some(i) = ix else { return Ok(None) };
    touch(d);
    let t = table(d);
    t.indices[slot] = DELETED;
    t.used -= 1;
    let key = t.entries[i].key.take();
    let value = t.entries[i].value.take();
    drop(key);
    Ok(value)
}

/// Removes `key`; `Ok(false)` when it was absent.
pub fn del_item(d: Value, key: Value) -> PyResult<bool> {
    Ok(pop_item(d, key)?.is_some())
}

/// Removes and returns the last inserted pair (`popitem`). The entries after it are all
/// deleted ones, so they go too and the next insertion takes its place, as in CPython.
fn pop_last(d: Value) -> Option<(Ref, Ref)> {
    let t = table(d);
    let i = t.entries.iter().rposition(|e| e.key.is_some())?;
    touch(d);
    let slot = t.slot_of_entry(i);
    t.indices[slot] = DELETED;
    t.used -= 1;
    t.entries.truncate(i + 1);
    let entry = t.entries.pop()?;
    Some((entry.key?, entry.value?))
}

/// Empties the dict; the old entries are dropped once it is consistent again.
pub fn clear(d: Value) {
    touch(d);
    let old = std::mem::replace(table(d), Table::new());
    drop(old);
}

pub fn len(d: Value) -> usize {
    table(d).used
}

/// The live (key, value) pairs in insertion order, as new references.
pub fn items(d: Value) -> Vec<(Ref, Ref)> {
    table(d)
        .entries
        .iter()
        .filter_map(|e| Some((e.key.clone()?, e.value.clone()?)))
        .collect()
}

/// How many entry positions there are, deleted ones included (iterators walk positions).
pub fn entry_count(d: Value) -> usize {
    table(d).entries.len()
}

/// The pair at entry position `i`, or `None` when that entry is deleted or past the end.
pub fn entry_at(d: Value, i: usize) -> Option<(Ref, Ref)> {
    let e = table(d).entries.get(i)?;
    Some((e.key.clone()?, e.value.clone()?))
}

fn dict_repr(v: Value) -> PyResult<Ref> {
    if len(v) == 0 {
        return Ok(new_str("{}"));
    }
    let Some(_guard) = ReprGuard::enter(v) else {
        return Ok(new_str("{...}"));
    };
    let mut out = String::from("{");
    for (i, (k, val)) in items(v).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let kr = ops::repr(k.value())?;
        let vr = ops::repr(val.value())?;
        out.push_str(as_str(kr.value()).unwrap());
        out.push_str(": ");
        out.push_str(as_str(vr.value()).unwrap());
    }
    out.push('}');
    Ok(new_string(out))
}

fn dict_getitem(d: Value, key: Value) -> PyResult<Ref> {
    match get_item(d, key)? {
        Some(v) => Ok(Ref::new(v)),
        None => Err(errors::key_error(key)),
    }
}

fn dict_delitem(d: Value, key: Value) -> PyResult<()> {
    if del_item(d, key)? {
        Ok(())
    } else {
        Err(errors::key_error(key))
    }
}

fn dict_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_dict(b) || !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let mut equal = len(a) == len(b);
    if equal {
        for (k, v) in items(a) {
            match get_item(b, k.value())? {
                Some(other) if same_or_equal(v.value(), other)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(bool_ref(equal == (op == CompareOp::Eq)))
}

/// `dict.update(source)` and `dict(source)`: a dict, a mapping (anything with `keys()`), or
/// an iterable of pairs. Pairs go in one by one, so an error keeps the ones before it.
pub fn update_from(d: Value, source: Value) -> PyResult<()> {
    if is_dict(source) {
        for (k, v) in items(source) {
            set_item(d, k.value(), v.value())?;
        }
        return Ok(());
    }
    match keys_method(source)? {
        Some(keys) => update_from_mapping(d, source, keys.value()),
        None => update_from_pairs(d, source),
    }
}

/// `source.keys` if it has one (CPython's test for a mapping).
fn keys_method(source: Value) -> PyResult<Option<Ref>> {
    match ops::get_attr(source, new_str("keys").value()) {
        Ok(keys) => Ok(Some(keys)),
        Err(_) if errors::matches(&ATTRIBUTE_ERROR) => {
            errors::take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn update_from_mapping(d: Value, source: Value, keys: Value) -> PyResult<()> {
    let keys = ops::call(keys, &[], None)?;
    let it = ops::iter(keys.value())?;
    while let Some(k) = ops::next(it.value())? {
        let v = ops::get_item(source, k.value())?;
        set_item(d, k.value(), v.value())?;
    }
    Ok(())
}

fn update_from_pairs(d: Value, source: Value) -> PyResult<()> {
    let it = ops::iter(source)?;
    let mut i = 0;
    while let Some(pair) = ops::next(it.value())? {
        let kv = ops::collect(pair.value()).map_err(|e| {
            if !errors::matches(&TYPE_ERROR) {
                return e;
            }
            errors::take();
            errors::type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            return Err(errors::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                kv.len()
            )));
        }
        set_item(d, kv[0].value(), kv[1].value())?;
        i += 1;
    }
    Ok(())
}

/// Keyword arguments as dict entries (`dict(a=1)`, `d.update(a=1)`).
fn update_from_keywords(d: Value, keywords: &[(&str, Value)]) -> PyResult<()> {
    for (name, value) in keywords {
        set_item(d, new_str(name).value(), *value)?;
    }
    Ok(())
}

fn dict_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let (positional, keywords) = args::split(args, kwnames);
    if positional.len() > 1 {
        return Err(errors::type_error(format!(
            "dict expected at most 1 argument, got {}",
            positional.len()
        )));
    }
    let d = new_dict();
    if let Some(source) = positional.first() {
        update_from(d.value(), *source)?;
    }
    update_from_keywords(d.value(), &keywords)?;
    Ok(d)
}

pub static DICT_TYPE: TypeObject = TypeObject {
    dealloc: dict_dealloc,
    gc: Some(&DICT_GC),
    repr: dict_repr,
    hash: None,
    richcompare: Some(dict_richcompare),
    len: Some(|v| Ok(len(v))),
    getitem: Some(dict_getitem),
    setitem: Some(set_item),
    delitem: Some(dict_delitem),
    contains: Some(|d, k| Ok(get_item(d, k)?.is_some())),
    iter: Some(|d| Ok(dict_views::new_iterator(d, ViewKind::Keys, false))),
    construct: Some(dict_construct),
    methods: DICT_METHODS,
    ..TypeObject::new("dict")
};

// ----- methods -----

static DICT_METHODS: &[Method] = &[
    Method::new("get", dict_get),
    Method::new("setdefault", dict_setdefault),
    Method::new("pop", dict_pop),
    Method::new("popitem", dict_popitem),
    Method::new("keys", |d, a, k| {
        view_method("keys", d, a, k, ViewKind::Keys)
    }),
    Method::new("values", |d, a, k| {
        view_method("values", d, a, k, ViewKind::Values)
    }),
    Method::new("items", |d, a, k| {
        view_method("items", d, a, k, ViewKind::Items)
    }),
    Method::new("update", dict_update),
    Method::new("clear", dict_clear),
    Method::new("copy", dict_copy),
    Method::class_method("fromkeys", dict_fromkeys),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::SETITEM,
    crate::objects::builtin_subclass::slots::DELITEM,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    Method::new("__reversed__", |d, a, k| {
        method_args::no_args("__reversed__", a, k)?;
        Ok(dict_views::reversed(d).expect("a dict is reversible"))
    }),
    crate::objects::builtin_subclass::slots::SIZEOF,
    Method::new("__init__", dict_init),
    crate::objects::builtin_subclass::new::DICT,
];

/// The optional second argument of `get`, `setdefault` and `pop`, None by default.
fn default_arg(args: &[Value]) -> Value {
    args.get(1).copied().unwrap_or_else(none)
}

fn dict_get(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("get", args, kwnames, 1, 2)?;
    let found = get_item(d, args[0])?;
    Ok(Ref::new(found.unwrap_or_else(|| default_arg(args))))
}

fn dict_setdefault(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("setdefault", args, kwnames, 1, 2)?;
    if let Some(found) = get_item(d, args[0])? {
        return Ok(Ref::new(found));
    }
    let default = default_arg(args);
    set_item(d, args[0], default)?;
    Ok(Ref::new(default))
}

fn dict_pop(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("pop", args, kwnames, 1, 2)?;
    // An empty dict does not hash the key: `{}.pop([])` is a KeyError, as in CPython.
    let found = if len(d) == 0 {
        None
    } else {
        pop_item(d, args[0])?
    };
    match (found, args.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(default)) => Ok(Ref::new(*default)),
        (None, None) => Err(errors::key_error(args[0])),
    }
}

fn dict_popitem(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("popitem", args, kwnames)?;
    match pop_last(d) {
        Some((k, v)) => Ok(new_tuple(vec![k, v])),
        None => Err(errors::raise(
            &crate::objects::exception::KEY_ERROR,
            "popitem(): dictionary is empty",
        )),
    }
}

fn view_method(
    name: &str,
    d: Value,
    args: &[Value],
    kwnames: Option<Value>,
    kind: ViewKind,
) -> PyResult<Ref> {
    method_args::no_args(name, args, kwnames)?;
    Ok(dict_views::new_view(d, kind))
}

/// `d.update([source], **kwargs)`.
fn dict_update(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (positional, keywords) = args::split(args, kwnames);
    if positional.len() > 1 {
        return Err(errors::type_error(format!(
            "update expected at most 1 argument, got {}",
            positional.len()
        )));
    }
    if let Some(source) = positional.first() {
        update_from(d, *source)?;
    }
    update_from_keywords(d, &keywords)?;
    Ok(none_ref())
}

fn dict_clear(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("clear", args, kwnames)?;
    clear(d);
    Ok(none_ref())
}

fn dict_copy(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("copy", args, kwnames)?;
    let copy = new_dict();
    update_from(copy.value(), d)?;
    Ok(copy)
}

/// `dict.fromkeys(iterable, value=None)`, a class method: the receiver is `dict` or a dict.
fn dict_fromkeys(receiver: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("fromkeys", args, kwnames, 1, 2)?;
    let value = default_arg(args);
    // A subclass makes its own instance, `cls()`, and fills it through `__setitem__`.
    let class = crate::objects::builtin_subclass::class_of_receiver(receiver);
    let d = if std::ptr::eq(class, &DICT_TYPE) {
        new_dict()
    } else {
        ops::call(class.as_value(), &[], None)?
    };
    let it = ops::iter(args[0])?;
    while let Some(k) = ops::next(it.value())? {
        if is_exact_dict(d.value()) {
            set_item(d.value(), k.value(), value)?;
        } else {
            ops::set_item(d.value(), k.value(), value)?;
        }
    }
    Ok(d)
}

/// `dict.__init__(self, *args, **kwargs)`: `update` with the constructor's checks.
fn dict_init(d: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (positional, _) = args::split(args, kwnames);
    if positional.len() > 1 {
        return Err(errors::type_error(format!(
            "dict expected at most 1 arguments, got {}",
            positional.len()
        )));
    }
    dict_update(d, args, kwnames)
}
