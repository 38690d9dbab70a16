//! dict: CPython's compact, insertion-ordered hash table, with a PEP 509 version number that
//! changes on every mutation (the globals cache keys on it).

use std::cell::{Cell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::str::new_string;
use crate::objects::type_object::{CompareOp, TypeObject};
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
    used: usize,
}

#[repr(C)]
pub struct DictObject {
    header: ObjHeader,
    version: Cell<u64>,
    table: UnsafeCell<Table>,
}

/// PEP 509: one counter for all dicts, so a version is never reused by another mutation.
struct VersionCounter(Cell<u64>);
unsafe impl Sync for VersionCounter {}
static NEXT_VERSION: VersionCounter = VersionCounter(Cell::new(1));

fn next_version() -> u64 {
    let v = NEXT_VERSION.0.get() + 1;
    NEXT_VERSION.0.set(v);
    v
}

pub fn new_dict() -> Ref {
    let v = object::alloc(DictObject {
        header: ObjHeader::new(&DICT_TYPE),
        version: Cell::new(next_version()),
        table: UnsafeCell::new(Table {
            indices: vec![EMPTY; MIN_SIZE],
            entries: Vec::new(),
            used: 0,
        }),
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn dict_dealloc(v: Value) {
    object::free::<DictObject>(v)
}

pub fn is_dict(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &DICT_TYPE)
}

fn dict(v: Value) -> &'static DictObject {
    debug_assert!(is_dict(v));
    unsafe { &*v.as_ptr::<DictObject>() }
}

fn table(v: Value) -> &'static mut Table {
    unsafe { &mut *dict(v).table.get() }
}

pub fn version(v: Value) -> u64 {
    dict(v).version.get()
}

fn touch(v: Value) {
    dict(v).version.set(next_version());
}

fn keys_equal(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    ops::equal(a, b)
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// The slot in `indices` and the entry index of `key`, if present.
    fn find(&self, key: Value, hash: i64) -> PyResult<(usize, Option<usize>)> {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[slot];
            if ix == EMPTY {
                return Ok((slot, None));
            }
            if ix >= 0 {
                let entry = &self.entries[ix as usize];
                if entry.hash == hash {
                    if let Some(k) = &entry.key {
                        if keys_equal(k.value(), key)? {
                            return Ok((slot, Some(ix as usize)));
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn empty_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut slot = (hash as u64 as usize) & mask;
        while self.indices[slot] >= 0 {
            perturb >>= PERTURB_SHIFT;
            slot = (slot
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
        slot
    }

    fn usable(&self) -> usize {
        (self.indices.len() * 2 / 3).saturating_sub(self.entries.len())
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
        for i in 0..self.entries.len() {
            let slot = self.empty_slot(self.entries[i].hash);
            self.indices[slot] = i as i64;
        }
    }
}

/// The value for `key`, borrowed, or `None`.
pub fn get_item(d: Value, key: Value) -> PyResult<Option<Value>> {
    let hash = ops::hash(key)?;
    get_item_with_hash(d, key, hash)
}

pub fn get_item_with_hash(d: Value, key: Value, hash: i64) -> PyResult<Option<Value>> {
    let t = table(d);
    let (_, ix) = t.find(key, hash)?;
    Ok(ix.and_then(|i| t.entries[i].value.as_ref().map(Ref::value)))
}

pub fn set_item(d: Value, key: Value, value: Value) -> PyResult<()> {
    let hash = ops::hash(key)?;
    let t = table(d);
    let (_, ix) = t.find(key, hash)?;
    touch(d);
    if let Some(i) = ix {
        let old = t.entries[i].value.replace(Ref::new(value));
        drop(old);
        return Ok(());
    }
    if t.usable() == 0 {
        t.grow();
    }
    let slot = t.empty_slot(hash);
    t.indices[slot] = t.entries.len() as i64;
    t.entries.push(Entry {
        hash,
        key: Some(Ref::new(key)),
        value: Some(Ref::new(value)),
    });
    t.used += 1;
    Ok(())
}

/// Removes `key`; `Ok(false)` when it was absent.
pub fn del_item(d: Value, key: Value) -> PyResult<bool> {
    let hash = ops::hash(key)?;
    let t = table(d);
    let (slot, ix) = t.find(key, hash)?;
    let Some(i) = ix else { return Ok(false) };
    touch(d);
    t.indices[slot] = DELETED;
    t.used -= 1;
    let key = t.entries[i].key.take();
    let value = t.entries[i].value.take();
    drop((key, value));
    Ok(true)
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

fn key_at(d: Value, position: usize) -> Option<Ref> {
    // Iteration walks entries; deleted ones are skipped by the caller's position bookkeeping.
    table(d).entries.get(position).map(|e| e.key.clone())?
}

fn dict_repr(v: Value) -> PyResult<Ref> {
    let mut out = String::from("{");
    for (i, (k, val)) in items(v).iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let kr = ops::repr(k.value())?;
        let vr = ops::repr(val.value())?;
        out.push_str(crate::objects::str::as_str(kr.value()).unwrap());
        out.push_str(": ");
        out.push_str(crate::objects::str::as_str(vr.value()).unwrap());
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
                Some(other) if ops::equal(v.value(), other)? => {}
                _ => {
                    equal = false;
                    break;
                }
            }
        }
    }
    Ok(bool_ref(equal == (op == CompareOp::Eq)))
}

/// Iterates over keys; raises if the dict changes size during iteration, as CPython does.
#[repr(C)]
struct DictKeyIterator {
    header: ObjHeader,
    dict: Ref,
    position: Cell<usize>,
    expected_len: usize,
}

static DICT_KEY_ITERATOR_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<DictKeyIterator>(v) },
    iter: Some(|v| Ok(Ref::new(v))),
    next: Some(|v| {
        let it = unsafe { &*v.as_ptr::<DictKeyIterator>() };
        let d = it.dict.value();
        if len(d) != it.expected_len {
            return Err(errors::raise(
                &crate::objects::exception::RUNTIME_ERROR,
                "dictionary changed size during iteration",
            ));
        }
        let entries = table(d).entries.len();
        let mut pos = it.position.get();
        while pos < entries {
            pos += 1;
            if let Some(k) = key_at(d, pos - 1) {
                it.position.set(pos);
                return Ok(Some(k));
            }
        }
        it.position.set(pos);
        Ok(None)
    }),
    ..TypeObject::new("dict_keyiterator")
};

fn dict_iter(d: Value) -> PyResult<Ref> {
    let v = object::alloc(DictKeyIterator {
        header: ObjHeader::new(&DICT_KEY_ITERATOR_TYPE),
        dict: Ref::new(d),
        position: Cell::new(0),
        expected_len: len(d),
    });
    Ok(unsafe { Ref::from_owned(v) })
}

fn dict_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let d = new_dict();
    if args.len() > 1 + kwnames.map_or(0, |k| crate::objects::tuple::tuple_items(k).len()) {
        return Err(errors::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let npos = args.len() - kwnames.map_or(0, |k| crate::objects::tuple::tuple_items(k).len());
    if npos == 1 {
        let source = args[0];
        if is_dict(source) {
            for (k, v) in items(source) {
                set_item(d.value(), k.value(), v.value())?;
            }
        } else {
            for (i, pair) in ops::collect(source)?.into_iter().enumerate() {
                let kv = ops::collect(pair.value()).map_err(|_| {
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
                set_item(d.value(), kv[0].value(), kv[1].value())?;
            }
        }
    }
    if let Some(names) = kwnames {
        for (name, value) in crate::objects::tuple::tuple_items(names)
            .iter()
            .zip(&args[npos..])
        {
            set_item(d.value(), name.value(), *value)?;
        }
    }
    Ok(d)
}

pub static DICT_TYPE: TypeObject = TypeObject {
    dealloc: dict_dealloc,
    repr: dict_repr,
    hash: None,
    richcompare: Some(dict_richcompare),
    len: Some(|v| Ok(len(v))),
    getitem: Some(dict_getitem),
    setitem: Some(set_item),
    delitem: Some(dict_delitem),
    contains: Some(|d, k| Ok(get_item(d, k)?.is_some())),
    iter: Some(dict_iter),
    construct: Some(dict_construct),
    ..TypeObject::new("dict")
};
