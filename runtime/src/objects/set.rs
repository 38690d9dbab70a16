//! set and frozenset, with CPython 3.8's hash table reproduced exactly, because programs print
//! sets and their iteration order is the table's slot order.
//!
//! The table: open addressing over a power-of-two array of slots. A probe visits `hash & mask`,
//! then the LINEAR_PROBES slots after it when they fit before the end of the table, then jumps
//! to `i * 5 + 1 + perturb` (perturb being the hash shifted right 5 more bits at each jump).
//! Deletion leaves a dummy, which a later insertion reuses (the last one its probe passed). The
//! table grows when active plus dummy slots reach 3/5 of it. The operations (union,
//! intersection, ...) visit their operands and build their results in 3.8's ways, which differ
//! from one operation to the next, since the results' order depends on it.

use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::dict;
use crate::objects::exception::{KEY_ERROR, RUNTIME_ERROR, TYPE_ERROR};
use crate::objects::method_args;
use crate::objects::sequence::repr_items;
use crate::objects::singletons::{bool_ref, none_ref, not_implemented};
use crate::objects::str::new_string;
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
use crate::ops::{self, type_of, BinaryOp};
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Above this many elements a growing table doubles instead of quadrupling.
const LARGE_SET: usize = 50_000;

#[derive(Clone)]
enum Slot {
    Unused,
    /// A deleted element's place: probes go on past it, and insertions may reuse it.
    Dummy,
    Active {
        hash: i64,
        key: Ref,
    },
}

impl Slot {
    /// Turns an active slot into a dummy, handing over its key; leaves other slots alone.
    fn remove(&mut self) -> Option<Ref> {
        match std::mem::replace(self, Slot::Dummy) {
            Slot::Active { key, .. } => Some(key),
            other => {
                *self = other;
                None
            }
        }
    }
}

struct Table {
    /// Length: a power of two, at least MIN_SIZE.
    slots: Vec<Slot>,
    /// Active and dummy slots.
    fill: usize,
    /// Active slots: the set's length.
    used: usize,
    /// Unique to this array of slots: a lookup whose comparison ran Python code checks it to
    /// learn whether the table it was walking was replaced meanwhile.
    generation: u64,
}

#[repr(C)]
pub struct SetObject {
    header: ObjHeader,
    table: UnsafeCell<Table>,
    /// Where `pop` starts looking (CPython's "finger"); it outlives resizes and clears.
    finger: Cell<usize>,
    /// A frozenset's hash once computed, -1 before (and always for a set).
    hash: Cell<i64>,
}

fn next_generation() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// The slots a lookup of `hash` visits, in 3.8's order. Endless: the caller stops at an unused
/// slot, and a table always has one.
struct Probe {
    mask: usize,
    perturb: u64,
    /// The slot the current run of linear probes started at.
    base: usize,
    /// How many slots of the current run were visited.
    offset: usize,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Probe {
        Probe {
            mask,
            perturb: hash as u64,
            base: hash as u64 as usize & mask,
            offset: 0,
        }
    }

    fn next_slot(&mut self) -> usize {
        // A run covers the base slot and, when they fit before the end, LINEAR_PROBES more.
        let run = if self.base + LINEAR_PROBES <= self.mask {
            LINEAR_PROBES + 1
        } else {
            1
        };
        if self.offset == run {
            self.perturb >>= PERTURB_SHIFT;
            self.base = self
                .base
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb as usize)
                & self.mask;
            self.offset = 0;
        }
        self.offset += 1;
        self.base + self.offset - 1
    }
}

impl Table {
    fn new(size: usize) -> Table {
        Table {
            slots: vec![Slot::Unused; size],
            fill: 0,
            used: 0,
            generation: next_generation(),
        }
    }

    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Puts a key known to be absent into a table without dummies (CPython's
    /// set_insert_clean); the caller accounts for it in `fill` and `used`.
    fn insert_clean(&mut self, hash: i64, key: Ref) {
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let slot = probe.next_slot();
            if let Slot::Unused = self.slots[slot] {
                self.slots[slot] = Slot::Active { hash, key };
                return;
            }
        }
    }

    /// Rebuilds with the smallest size above `min_used`, dropping the dummies; the elements are
    /// reinserted in slot order.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(self, Table::new(size));
        self.fill = old.used;
        self.used = old.used;
        for slot in old.slots {
            if let Slot::Active { hash, key } = slot {
                self.insert_clean(hash, key);
            }
        }
    }

    /// The size to resize to when the table has filled up or emptied out.
    fn resize_target(&self) -> usize {
        if self.used > LARGE_SET {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// New references to the elements and their hashes, in slot order.
    fn entries(&self) -> Vec<(i64, Ref)> {
        self.slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active { hash, key } => Some((*hash, key.clone())),
                _ => None,
            })
            .collect()
    }

    fn key_at(&self, slot: usize) -> Option<Value> {
        match &self.slots[slot] {
            Slot::Active { key, .. } => Some(key.value()),
            _ => None,
        }
    }
}

pub fn is_set(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&SET_TYPE)
}

pub fn is_frozenset(v: Value) -> bool {
    !v.is_small_int() && type_of(v).is_or_derives(&FROZENSET_TYPE)
}

/// A set or a frozenset (CPython's PyAnySet_Check).
pub fn is_anyset(v: Value) -> bool {
    is_set(v) || is_frozenset(v)
}

fn set_object(v: Value) -> &'static SetObject {
    debug_assert!(is_anyset(v));
    unsafe { &*v.as_ptr::<SetObject>() }
}

/// The table of a set. Callers must not hold it across calls that can run Python code (which
/// could change the set); they fetch it again afterwards.
fn table(v: Value) -> &'static mut Table {
    unsafe { &mut *set_object(v).table.get() }
}

/// The number of slots in a set's table, which its size in memory follows.
pub fn table_slots(v: Value) -> usize {
    table(v).slots.len()
}

/// An empty set or frozenset (`ty` being one of the two).
fn new_empty(ty: &'static TypeObject) -> Ref {
    let v = gc::alloc(SetObject {
        header: ObjHeader::new(ty),
        table: UnsafeCell::new(Table::new(MIN_SIZE)),
        finger: Cell::new(0),
        hash: Cell::new(-1),
    });
    unsafe { Ref::from_owned(v) }
}

/// A new frozenset with the elements of the set or frozenset `v`.
pub fn new_frozenset_copy(v: Value) -> Ref {
    new_from(&FROZENSET_TYPE, v).expect("copying a set's elements cannot fail")
}

pub fn new_set() -> Ref {
    new_empty(&SET_TYPE)
}

/// A new set or frozenset of the iterable's elements (CPython's make_new_set).
fn new_from(ty: &'static TypeObject, iterable: Value) -> PyResult<Ref> {
    let set = new_empty(ty);
    update_from(set.value(), iterable)?;
    Ok(set)
}

/// A new set of the same type with the same elements (CPython's set_copy).
fn copy_of(set: Value) -> PyResult<Ref> {
    new_from(type_of(set).base_layout(), set)
}

unsafe fn set_dealloc(v: Value) {
    gc::free::<SetObject>(v)
}

static SET_GC: GcSlots = GcSlots {
    traverse: |v, visit| {
        for slot in &table(v).slots {
            if let Slot::Active { key, .. } = slot {
                visit(key.value());
            }
        }
    },
    clear: Some(clear),
    finalize: None,
};

pub fn len(set: Value) -> usize {
    table(set).used
}

/// Whether the key in `slot` equals `key`, and whether the table is still the one the caller
/// was walking with that key in that slot: equality can run Python code that changes the set.
struct Comparison {
    equal: bool,
    unchanged: bool,
}

fn compare_at(set: Value, slot: usize, stored: Value, key: Value) -> PyResult<Comparison> {
    if stored == key {
        return Ok(Comparison {
            equal: true,
            unchanged: true,
        });
    }
    let generation = table(set).generation;
    // Keeps the stored key alive even if the comparison removes it from the set.
    let stored = Ref::new(stored);
    let equal = ops::equal(stored.value(), key)?;
    let t = table(set);
    let unchanged = t.generation == generation && t.key_at(slot) == Some(stored.value());
    Ok(Comparison { equal, unchanged })
}

/// The slot holding an element equal to `key`, if any (CPython's set_lookkey).
fn find(set: Value, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut probe = Probe::new(hash, table(set).mask());
        loop {
            let slot = probe.next_slot();
            let stored = match &table(set).slots[slot] {
                Slot::Unused => return Ok(None),
                Slot::Active { hash: h, key: k } if *h == hash => k.value(),
                _ => continue,
            };
            let c = compare_at(set, slot, stored, key)?;
            if !c.unchanged {
                continue 'restart;
            }
            if c.equal {
                return Ok(Some(slot));
            }
        }
    }
}

/// Adds `key` unless an equal element is present (CPython's set_add_entry): into the last
/// dummy the probe passed if any, else into the unused slot that ended it, growing the table
/// when it is 3/5 full.
fn add_entry(set: Value, key: Value, hash: i64) -> PyResult<()> {
    'restart: loop {
        let mut probe = Probe::new(hash, table(set).mask());
        let mut free_slot = None;
        let unused_slot = loop {
            let slot = probe.next_slot();
            let stored = match &table(set).slots[slot] {
                Slot::Unused => break slot,
                Slot::Dummy => {
                    free_slot = Some(slot);
                    continue;
                }
                Slot::Active { hash: h, key: k } if *h == hash => k.value(),
                Slot::Active { .. } => continue,
            };
            let c = compare_at(set, slot, stored, key)?;
            if c.equal {
                return Ok(());
            }
            if !c.unchanged {
                continue 'restart;
            }
        };
        let t = table(set);
        let entry = Slot::Active {
            hash,
            key: Ref::new(key),
        };
        t.used += 1;
        if let Some(slot) = free_slot {
            t.slots[slot] = entry;
            return Ok(());
        }
        t.slots[unused_slot] = entry;
        t.fill += 1;
        if t.fill * 5 >= t.mask() * 3 {
            t.resize(t.resize_target());
        }
        return Ok(());
    }
}

/// `set.add(key)`, also what set displays and comprehensions do.
pub fn add(set: Value, key: Value) -> PyResult<()> {
    add_entry(set, key, ops::hash(key)?)
}

/// Removes the element equal to `key`, leaving a dummy; `Ok(false)` when absent.
fn discard_entry(set: Value, key: Value, hash: i64) -> PyResult<bool> {
    let Some(slot) = find(set, key, hash)? else {
        return Ok(false);
    };
    let t = table(set);
    let old = t.slots[slot].remove();
    t.used -= 1;
    // The element goes only once the set is consistent again.
    drop(old);
    Ok(true)
}

fn contains_key(set: Value, key: Value) -> PyResult<bool> {
    Ok(find(set, key, ops::hash(key)?)?.is_some())
}

/// `key in set`, `set.remove(key)` and `set.discard(key)` accept an (unhashable) set as key,
/// looking for the frozenset of its elements instead, as CPython does.
fn with_frozen_key<T>(key: Value, lookup: impl Fn(Value) -> PyResult<T>) -> PyResult<T> {
    match lookup(key) {
        Err(_) if is_set(key) && errors::matches(&TYPE_ERROR) => {
            errors::take();
            let frozen = new_from(&FROZENSET_TYPE, key)?;
            lookup(frozen.value())
        }
        result => result,
    }
}

fn set_contains(set: Value, key: Value) -> PyResult<bool> {
    with_frozen_key(key, |k| contains_key(set, k))
}

/// Empties the set into a fresh minimum-size table.
fn clear(set: Value) {
    let old = std::mem::replace(table(set), Table::new(MIN_SIZE));
    // The elements go only once the set is consistent again.
    drop(old);
}

/// Adds the elements of another set (CPython's set_merge): one resize up front, then a
/// straight copy of the slots, or clean insertions, or ordinary ones, depending on whether
/// `set` is empty and the two tables alike.
fn merge(set: Value, other: Value) -> PyResult<()> {
    let other_used = len(other);
    if set == other || other_used == 0 {
        return Ok(());
    }
    let t = table(set);
    if (t.fill + other_used) * 5 >= t.mask() * 3 {
        t.resize((t.used + other_used) * 2);
    }
    let source = table(other);
    if t.fill == 0 {
        if t.mask() == source.mask() && source.fill == source.used {
            t.slots.clone_from(&source.slots);
            t.generation = next_generation();
        } else {
            for (hash, key) in source.entries() {
                t.insert_clean(hash, key);
            }
        }
        t.fill = other_used;
        t.used = other_used;
        return Ok(());
    }
    for (hash, key) in source.entries() {
        add_entry(set, key.value(), hash)?;
    }
    Ok(())
}

/// The keys of a dict with their hashes, in the dict's order.
fn dict_entries(d: Value) -> PyResult<Vec<(i64, Ref)>> {
    dict::items(d)
        .into_iter()
        .map(|(key, _)| Ok((ops::hash(key.value())?, key)))
        .collect()
}

/// Adds the elements of any iterable (CPython's set_update_internal).
fn update_from(set: Value, iterable: Value) -> PyResult<()> {
    if is_anyset(iterable) {
        return merge(set, iterable);
    }
    if dict::is_dict(iterable) {
        let t = table(set);
        let size = dict::len(iterable);
        if (t.fill + size) * 5 >= t.mask() * 3 {
            t.resize((t.used + size) * 2);
        }
        for (hash, key) in dict_entries(iterable)? {
            add_entry(set, key.value(), hash)?;
        }
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(key) = ops::next(it.value())? {
        add(set, key.value())?;
    }
    Ok(())
}

/// The elements of `set` also in `other`, as a new set of `set`'s type (CPython's
/// set_intersection): with two sets, it walks the smaller and keeps the smaller's elements.
fn intersection(set: Value, other: Value) -> PyResult<Ref> {
    if set == other {
        return copy_of(set);
    }
    let result = new_empty(type_of(set).base_layout());
    if is_anyset(other) {
        let (larger, smaller) = if len(other) > len(set) {
            (other, set)
        } else {
            (set, other)
        };
        for (hash, key) in table(smaller).entries() {
            if find(larger, key.value(), hash)?.is_some() {
                add_entry(result.value(), key.value(), hash)?;
            }
        }
        return Ok(result);
    }
    let it = ops::iter(other)?;
    while let Some(key) = ops::next(it.value())? {
        let hash = ops::hash(key.value())?;
        if find(set, key.value(), hash)?.is_some() {
            add_entry(result.value(), key.value(), hash)?;
        }
    }
    Ok(result)
}

fn intersection_of_all(set: Value, others: &[Value]) -> PyResult<Ref> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(set);
    };
    let mut result = intersection(set, *first)?;
    for other in rest {
        result = intersection(result.value(), *other)?;
    }
    Ok(result)
}

/// Gives `set` the table of `source` (CPython's set_swap_bodies, for the in-place
/// intersection, which computes a new set first).
fn take_table(set: Value, source: Ref) {
    std::mem::swap(table(set), table(source.value()));
}

/// Removes the elements of `other`, then drops the dummies if more than a quarter of the
/// table is dummies (CPython's set_difference_update_internal).
fn difference_update(set: Value, other: Value) -> PyResult<()> {
    if set == other {
        clear(set);
        return Ok(());
    }
    if is_anyset(other) {
        for (hash, key) in table(other).entries() {
            discard_entry(set, key.value(), hash)?;
        }
    } else {
        let it = ops::iter(other)?;
        while let Some(key) = ops::next(it.value())? {
            discard_entry(set, key.value(), ops::hash(key.value())?)?;
        }
    }
    let t = table(set);
    if t.fill - t.used > t.mask() / 4 {
        t.resize(t.resize_target());
    }
    Ok(())
}

fn copy_and_difference(set: Value, other: Value) -> PyResult<Ref> {
    let result = copy_of(set)?;
    difference_update(result.value(), other)?;
    Ok(result)
}

/// `set - other` (CPython's set_difference): a filtered walk of `set`, unless `set` is much
/// larger than `other` or `other` is neither a set nor a dict, which copy and remove.
fn difference(set: Value, other: Value) -> PyResult<Ref> {
    let other_len = if is_anyset(other) {
        len(other)
    } else if dict::is_dict(other) {
        dict::len(other)
    } else {
        return copy_and_difference(set, other);
    };
    if len(set) >> 2 > other_len {
        return copy_and_difference(set, other);
    }
    let result = new_empty(type_of(set).base_layout());
    for (hash, key) in table(set).entries() {
        let present = if dict::is_dict(other) {
            dict::get_item_with_hash(other, key.value(), hash)?.is_some()
        } else {
            find(other, key.value(), hash)?.is_some()
        };
        if !present {
            add_entry(result.value(), key.value(), hash)?;
        }
    }
    Ok(result)
}

fn difference_of_all(set: Value, others: &[Value]) -> PyResult<Ref> {
    let Some((first, rest)) = others.split_first() else {
        return copy_of(set);
    };
    let result = difference(set, *first)?;
    for other in rest {
        difference_update(result.value(), *other)?;
    }
    Ok(result)
}

/// Removes the elements of `other` that are in `set` and adds the others, walking a dict in its
/// order, a set in its slot order, and anything else as a set made of it first.
fn symmetric_difference_update(set: Value, other: Value) -> PyResult<()> {
    if set == other {
        clear(set);
        return Ok(());
    }
    let entries = if dict::is_dict(other) {
        dict_entries(other)?
    } else if is_anyset(other) {
        table(other).entries()
    } else {
        table(new_from(type_of(set).base_layout(), other)?.value()).entries()
    };
    for (hash, key) in entries {
        if !discard_entry(set, key.value(), hash)? {
            add_entry(set, key.value(), hash)?;
        }
    }
    Ok(())
}

/// `set ^ other`: a new set of `set`'s type made from `other`, updated with `set`.
fn symmetric_difference(set: Value, other: Value) -> PyResult<Ref> {
    let result = new_from(type_of(set).base_layout(), other)?;
    symmetric_difference_update(result.value(), set)?;
    Ok(result)
}

fn union_of_all(set: Value, others: &[Value]) -> PyResult<Ref> {
    let result = copy_of(set)?;
    for other in others {
        if *other != set {
            update_from(result.value(), *other)?;
        }
    }
    Ok(result)
}

/// Whether every element of `set` is in `other`, any iterable.
fn is_subset(set: Value, other: Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let other = new_from(&SET_TYPE, other)?;
        return is_subset(set, other.value());
    }
    if len(set) > len(other) {
        return Ok(false);
    }
    for (hash, key) in table(set).entries() {
        if find(other, key.value(), hash)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn is_superset(set: Value, other: Value) -> PyResult<bool> {
    if !is_anyset(other) {
        let other = new_from(&SET_TYPE, other)?;
        return is_subset(other.value(), set);
    }
    is_subset(other, set)
}

fn is_disjoint(set: Value, other: Value) -> PyResult<bool> {
    if set == other {
        return Ok(len(set) == 0);
    }
    if is_anyset(other) {
        let (larger, smaller) = if len(other) > len(set) {
            (other, set)
        } else {
            (set, other)
        };
        for (hash, key) in table(smaller).entries() {
            if find(larger, key.value(), hash)?.is_some() {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let it = ops::iter(other)?;
    while let Some(key) = ops::next(it.value())? {
        if contains_key(set, key.value())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Removes and returns an element: the first active slot from the finger on.
fn pop(set: Value) -> PyResult<Ref> {
    let t = table(set);
    if t.used == 0 {
        return Err(errors::raise(&KEY_ERROR, "pop from an empty set"));
    }
    let mask = t.mask();
    let mut slot = set_object(set).finger.get() & mask;
    let key = loop {
        if let Some(key) = t.slots[slot].remove() {
            break key;
        }
        slot = (slot + 1) & mask;
    };
    t.used -= 1;
    set_object(set).finger.set(slot + 1);
    Ok(key)
}

/// `{a, b, c}`: adds the items left to right, as 3.8's BUILD_SET.
pub fn build_set(items: &[Value]) -> PyResult<Ref> {
    let set = new_set();
    for item in items {
        add(set.value(), *item)?;
    }
    Ok(set)
}

/// frozenset's hash: independent of order, from the shuffled hashes of the elements and the
/// length (CPython 3.8's frozenset_hash, computed once).
fn frozenset_hash(v: Value) -> PyResult<i64> {
    fn shuffle_bits(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let cached = set_object(v).hash.get();
    if cached != -1 {
        return Ok(cached);
    }
    let t = table(v);
    let mut hash = t
        .slots
        .iter()
        .filter_map(|s| match s {
            Slot::Active { hash, .. } => Some(shuffle_bits(*hash as u64)),
            _ => None,
        })
        .fold(0u64, |acc, h| acc ^ h);
    hash ^= (t.used as u64 + 1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    // -1 means "not computed" (and an error in CPython).
    let hash = if hash == u64::MAX {
        590_923_713
    } else {
        hash as i64
    };
    set_object(v).hash.set(hash);
    Ok(hash)
}

fn set_repr(v: Value) -> PyResult<Ref> {
    let name = type_of(v).name;
    if len(v) == 0 {
        return Ok(new_string(format!("{name}()")));
    }
    let keys: Vec<Ref> = table(v).entries().into_iter().map(|(_, k)| k).collect();
    let items = repr_items("{", &keys, "}")?;
    Ok(new_string(if is_set(v) {
        items
    } else {
        format!("{name}({items})")
    }))
}

/// Subset and superset orderings; `==` first compares lengths and known frozenset hashes.
fn set_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !is_anyset(b) {
        return Ok(not_implemented());
    }
    let (len_a, len_b) = (len(a), len(b));
    let result = match op {
        CompareOp::Eq | CompareOp::Ne => {
            let (hash_a, hash_b) = (set_object(a).hash.get(), set_object(b).hash.get());
            let equal = len_a == len_b
                && (hash_a == -1 || hash_b == -1 || hash_a == hash_b)
                && is_subset(a, b)?;
            equal == (op == CompareOp::Eq)
        }
        CompareOp::Le => is_subset(a, b)?,
        CompareOp::Ge => is_superset(a, b)?,
        CompareOp::Lt => len_a < len_b && is_subset(a, b)?,
        CompareOp::Gt => len_a > len_b && is_superset(a, b)?,
    };
    Ok(bool_ref(result))
}

/// The number slots take the operands in source order; both must be sets.
fn binary_slot(a: Value, b: Value, op: fn(Value, Value) -> PyResult<Ref>) -> PyResult<Ref> {
    if !is_anyset(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    op(a, b)
}

static SET_NUMBER: NumberSlots = NumberSlots {
    or: Some(|a, b| binary_slot(a, b, |a, b| union_of_all(a, &[b]))),
    and: Some(|a, b| binary_slot(a, b, intersection)),
    sub: Some(|a, b| binary_slot(a, b, difference)),
    xor: Some(|a, b| binary_slot(a, b, symmetric_difference)),
    ..NumberSlots::EMPTY
};

/// `a op= b` for a set `a` (CPython's nb_inplace_or, _and, _sub, _xor of set): changes `a` and
/// returns it. NotImplemented when `a` is not a set or `b` is not a set or frozenset, or for
/// other operators; the caller then falls back to `a op b`.
pub fn inplace_op(a: Value, b: Value, op: BinaryOp) -> PyResult<Ref> {
    if !is_set(a) || !is_anyset(b) {
        return Ok(not_implemented());
    }
    match op {
        BinaryOp::BitOr => update_from(a, b)?,
        BinaryOp::BitAnd => take_table(a, intersection(a, b)?),
        BinaryOp::Sub => difference_update(a, b)?,
        BinaryOp::BitXor => symmetric_difference_update(a, b)?,
        _ => return Ok(not_implemented()),
    }
    Ok(Ref::new(a))
}

/// `set.__ior__` and the other in-place operators, called as methods.
fn inplace_method(
    name: &str,
    v: Value,
    args: &[Value],
    kwnames: Option<Value>,
    op: BinaryOp,
) -> PyResult<Ref> {
    inplace_op(v, method_args::slot_operand(name, args, kwnames)?, op)
}

/// Iterates in slot order; raises if the set changes size meanwhile, as CPython does.
#[repr(C)]
struct SetIterator {
    header: ObjHeader,
    /// `None` once exhausted: CPython lets go of the set then, so the iterator stays exhausted
    /// even if the set grows again.
    set: UnsafeCell<Option<Ref>>,
    /// The set's length when iteration began; `usize::MAX` once a change was reported, so that
    /// the error repeats.
    expected_len: Cell<usize>,
    position: Cell<usize>,
}

fn set_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = unsafe { &*v.as_ptr::<SetIterator>() };
    let held = unsafe { &mut *it.set.get() };
    let Some(set) = held.as_ref().map(Ref::value) else {
        return Ok(None);
    };
    if len(set) != it.expected_len.get() {
        it.expected_len.set(usize::MAX);
        return Err(errors::raise(
            &RUNTIME_ERROR,
            "Set changed size during iteration",
        ));
    }
    let t = table(set);
    for slot in it.position.get()..t.slots.len() {
        if let Some(key) = t.key_at(slot) {
            it.position.set(slot + 1);
            return Ok(Some(Ref::new(key)));
        }
    }
    drop(held.take());
    Ok(None)
}

crate::objects::iterators::collectable!(SetIterator: set);

static SET_ITERATOR_TYPE: TypeObject =
    crate::objects::iterators::iterator_type::<SetIterator>("set_iterator", set_iterator_next);

fn set_iter(set: Value) -> PyResult<Ref> {
    Ok(crate::objects::iterators::into_object(SetIterator {
        header: ObjHeader::new(&SET_ITERATOR_TYPE),
        set: UnsafeCell::new(Some(Ref::new(set))),
        expected_len: Cell::new(len(set)),
        position: Cell::new(0),
    }))
}

/// The optional iterable of `set(...)` and `frozenset(...)`.
fn constructor_argument(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Option<Value>> {
    args::no_keywords(name, kwnames)?;
    match args {
        [] => Ok(None),
        [x] => Ok(Some(*x)),
        _ => Err(errors::type_error(format!(
            "{name} expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

fn set_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    match constructor_argument("set", args, kwnames)? {
        Some(iterable) => new_from(&SET_TYPE, iterable),
        None => Ok(new_set()),
    }
}

/// The one empty frozenset that `frozenset()` returns, as in CPython (immortal once made).
fn empty_frozenset() -> Ref {
    struct Shared(Cell<Value>);
    unsafe impl Sync for Shared {}
    static EMPTY: Shared = Shared(Cell::new(Value::NULL));
    if EMPTY.0.get().is_null() {
        let v = new_empty(&FROZENSET_TYPE).into_raw();
        object::make_immortal(v);
        EMPTY.0.set(v);
    }
    Ref::new(EMPTY.0.get())
}

/// `frozenset(x)` is `x` itself when it is a frozenset, and empty ones are all the same object.
fn frozenset_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    match constructor_argument("frozenset", args, kwnames)? {
        Some(iterable)
            if is_frozenset(iterable) && std::ptr::eq(type_of(iterable), &FROZENSET_TYPE) =>
        {
            Ok(Ref::new(iterable))
        }
        Some(iterable) => {
            let set = new_from(&FROZENSET_TYPE, iterable)?;
            Ok(if len(set.value()) > 0 {
                set
            } else {
                empty_frozenset()
            })
        }
        None => Ok(empty_frozenset()),
    }
}

/// Checks the arguments of a method that takes none (CPython's METH_NOARGS).
fn no_arguments(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<()> {
    args::no_keywords(name, kwnames)?;
    if !args.is_empty() {
        return Err(errors::type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// The argument of a method that takes exactly one (CPython's METH_O).
fn one_argument(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<Value> {
    Ok(args::exact(name, args, kwnames, 1)?[0])
}

/// The arguments of a method that takes any number of positional ones (METH_VARARGS).
fn positional<'a>(name: &str, args: &'a [Value], kwnames: Option<Value>) -> PyResult<&'a [Value]> {
    args::no_keywords(name, kwnames)?;
    Ok(args)
}

fn method_add(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    add(set, one_argument("add", args, kwnames)?)?;
    Ok(none_ref())
}

fn method_remove(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let key = one_argument("remove", args, kwnames)?;
    let removed = with_frozen_key(key, |k| discard_entry(set, k, ops::hash(k)?))?;
    if !removed {
        return Err(errors::key_error(key));
    }
    Ok(none_ref())
}

fn method_discard(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let key = one_argument("discard", args, kwnames)?;
    with_frozen_key(key, |k| discard_entry(set, k, ops::hash(k)?))?;
    Ok(none_ref())
}

fn method_pop(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    no_arguments("pop", args, kwnames)?;
    pop(set)
}

fn method_clear(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    no_arguments("clear", args, kwnames)?;
    clear(set);
    Ok(none_ref())
}

/// `copy()`: a frozenset is its own copy.
fn method_copy(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    no_arguments("copy", args, kwnames)?;
    if is_frozenset(set) && std::ptr::eq(type_of(set), &FROZENSET_TYPE) {
        return Ok(Ref::new(set));
    }
    copy_of(set)
}

fn method_update(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    for other in positional("update", args, kwnames)? {
        update_from(set, *other)?;
    }
    Ok(none_ref())
}

fn method_intersection_update(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let others = positional("intersection_update", args, kwnames)?;
    take_table(set, intersection_of_all(set, others)?);
    Ok(none_ref())
}

fn method_difference_update(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    for other in positional("difference_update", args, kwnames)? {
        difference_update(set, *other)?;
    }
    Ok(none_ref())
}

fn method_symmetric_difference_update(
    set: Value,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let other = one_argument("symmetric_difference_update", args, kwnames)?;
    symmetric_difference_update(set, other)?;
    Ok(none_ref())
}

fn method_union(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    union_of_all(set, positional("union", args, kwnames)?)
}

fn method_intersection(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    intersection_of_all(set, positional("intersection", args, kwnames)?)
}

fn method_difference(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    difference_of_all(set, positional("difference", args, kwnames)?)
}

fn method_symmetric_difference(
    set: Value,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    symmetric_difference(set, one_argument("symmetric_difference", args, kwnames)?)
}

fn method_issubset(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    Ok(bool_ref(is_subset(
        set,
        one_argument("issubset", args, kwnames)?,
    )?))
}

fn method_issuperset(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    Ok(bool_ref(is_superset(
        set,
        one_argument("issuperset", args, kwnames)?,
    )?))
}

fn method_isdisjoint(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    Ok(bool_ref(is_disjoint(
        set,
        one_argument("isdisjoint", args, kwnames)?,
    )?))
}

static SET_METHODS: &[Method] = &[
    Method::new("__reduce__", crate::objects::reduce::set_reduce),
    Method::new("add", method_add),
    Method::new("clear", method_clear),
    Method::new("copy", method_copy),
    Method::new("discard", method_discard),
    Method::new("difference", method_difference),
    Method::new("difference_update", method_difference_update),
    Method::new("intersection", method_intersection),
    Method::new("intersection_update", method_intersection_update),
    Method::new("isdisjoint", method_isdisjoint),
    Method::new("issubset", method_issubset),
    Method::new("issuperset", method_issuperset),
    Method::new("pop", method_pop),
    Method::new("remove", method_remove),
    Method::new("symmetric_difference", method_symmetric_difference),
    Method::new(
        "symmetric_difference_update",
        method_symmetric_difference_update,
    ),
    Method::new("union", method_union),
    Method::new("update", method_update),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    crate::objects::builtin_subclass::slots::AND,
    crate::objects::builtin_subclass::slots::RAND,
    crate::objects::builtin_subclass::slots::OR,
    crate::objects::builtin_subclass::slots::ROR,
    crate::objects::builtin_subclass::slots::XOR,
    crate::objects::builtin_subclass::slots::RXOR,
    crate::objects::builtin_subclass::slots::SUB,
    crate::objects::builtin_subclass::slots::RSUB,
    Method::new("__ior__", |v, a, k| {
        inplace_method("__ior__", v, a, k, BinaryOp::BitOr)
    }),
    Method::new("__iand__", |v, a, k| {
        inplace_method("__iand__", v, a, k, BinaryOp::BitAnd)
    }),
    Method::new("__isub__", |v, a, k| {
        inplace_method("__isub__", v, a, k, BinaryOp::Sub)
    }),
    Method::new("__ixor__", |v, a, k| {
        inplace_method("__ixor__", v, a, k, BinaryOp::BitXor)
    }),
    crate::objects::builtin_subclass::slots::SIZEOF,
    Method::new("__init__", set_init),
    crate::objects::builtin_subclass::new::SET,
];

static FROZENSET_METHODS: &[Method] = &[
    Method::new("__reduce__", crate::objects::reduce::set_reduce),
    Method::new("copy", method_copy),
    Method::new("difference", method_difference),
    Method::new("intersection", method_intersection),
    Method::new("isdisjoint", method_isdisjoint),
    Method::new("issubset", method_issubset),
    Method::new("issuperset", method_issuperset),
    Method::new("symmetric_difference", method_symmetric_difference),
    Method::new("union", method_union),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::HASH,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    crate::objects::builtin_subclass::slots::AND,
    crate::objects::builtin_subclass::slots::RAND,
    crate::objects::builtin_subclass::slots::OR,
    crate::objects::builtin_subclass::slots::ROR,
    crate::objects::builtin_subclass::slots::XOR,
    crate::objects::builtin_subclass::slots::RXOR,
    crate::objects::builtin_subclass::slots::SUB,
    crate::objects::builtin_subclass::slots::RSUB,
    crate::objects::builtin_subclass::slots::SIZEOF,
    crate::objects::builtin_subclass::new::FROZENSET,
];

pub static SET_TYPE: TypeObject = TypeObject {
    dealloc: set_dealloc,
    gc: Some(&SET_GC),
    repr: set_repr,
    hash: None,
    richcompare: Some(set_richcompare),
    len: Some(|v| Ok(len(v))),
    number: &SET_NUMBER,
    contains: Some(set_contains),
    iter: Some(set_iter),
    construct: Some(set_construct),
    methods: SET_METHODS,
    ..TypeObject::new("set")
};

pub static FROZENSET_TYPE: TypeObject = TypeObject {
    dealloc: set_dealloc,
    gc: Some(&SET_GC),
    repr: set_repr,
    hash: Some(frozenset_hash),
    richcompare: Some(set_richcompare),
    len: Some(|v| Ok(len(v))),
    number: &SET_NUMBER,
    contains: Some(set_contains),
    iter: Some(set_iter),
    construct: Some(frozenset_construct),
    methods: FROZENSET_METHODS,
    ..TypeObject::new("frozenset")
};

/// `set.__init__(self, iterable=())`: the set becomes the iterable's elements.
fn set_init(set: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("set", kwnames)?;
    if args.len() > 1 {
        return Err(errors::type_error(format!(
            "set expected at most 1 arguments, got {}",
            args.len()
        )));
    }
    method_clear(set, &[], None)?;
    if let Some(iterable) = args.first() {
        update_from(set, *iterable)?;
    }
    Ok(none_ref())
}
