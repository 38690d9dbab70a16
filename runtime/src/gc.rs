//! The cycle collector: CPython 3.8's generational collector (DESIGN §4, Object header and
//! Memory).
//!
//! Objects of a type with [`GcSlots`] carry a two-word [`GcHeader`] in front of them that links
//! them into one of three generations. Collecting a generation finds the objects referenced
//! only from inside it: each object's refcount minus the references its fellow members hold
//! leaves the references from outside (the stack, globals, objects that are not tracked). An
//! object with some is reachable, and so is everything it refers to; the rest are garbage,
//! finalized once (PEP 442), then broken apart with their `clear` slots.
//!
//! Architecture invariant: a type's `traverse` visits exactly the references its objects own,
//! each once. Visiting a borrowed reference would make the collector free a live object; a
//! type that cannot say what it owns leaves `gc` empty and is never traversed (its references
//! count as coming from outside, which is always safe).

use std::cell::{Cell, UnsafeCell};

use crate::errors::PyResult;
use crate::object::{self, decref, incref, Ref};
use crate::objects::{class, dict, generator, list, slots};
use crate::ops::type_of;
use crate::value::Value;

/// The collector's view of a type.
pub struct GcSlots {
    /// Calls the visitor once for each reference the object owns.
    pub traverse: fn(Value, &mut dyn FnMut(Value)),
    /// Drops the object's references so that a garbage cycle comes apart (CPython's
    /// `tp_clear`); immutable objects have none, and their cycles go through a mutable one.
    pub clear: Option<fn(Value)>,
    /// Runs once before the object is collected as garbage (`__del__`, PEP 442).
    pub finalize: Option<fn(Value)>,
}

/// Two words in front of every object of a type with [`GcSlots`].
#[repr(C)]
pub struct GcHeader {
    /// The next object in the list, or 0 when the object is not tracked. During a
    /// collection the low bit marks the list of tentatively unreachable objects.
    next: Cell<usize>,
    /// The previous object, with [`FINALIZED`], [`COLLECTING`] and [`WEAKLY_REFERENCED`] in
    /// the low bits. While a collection computes references from outside, the count replaces
    /// the pointer.
    prev: Cell<usize>,
}

const FINALIZED: usize = 1;
const COLLECTING: usize = 2;
/// Weak references point at the object (`objects/weakref.rs` keeps them in a side table), so
/// freeing it must clear them: an ordinary free pays this one bit test.
const WEAKLY_REFERENCED: usize = 4;
const FLAG_BITS: usize = 7;
const REFS_SHIFT: u32 = 3;
const NEXT_UNREACHABLE: usize = 1;

/// Bytes from the header to the object: the header is two words and objects are word-aligned.
const HEADER_SIZE: usize = std::mem::size_of::<GcHeader>();

#[repr(C)]
struct GcBox<T> {
    gc: GcHeader,
    object: T,
}

fn header(v: Value) -> &'static GcHeader {
    unsafe { &*((v.0 - HEADER_SIZE) as *const GcHeader) }
}

fn object_of(h: &GcHeader) -> Value {
    Value(addr(h) + HEADER_SIZE)
}

fn addr(h: &GcHeader) -> usize {
    h as *const GcHeader as usize
}

fn at(address: usize) -> &'static GcHeader {
    unsafe { &*(address as *const GcHeader) }
}

impl GcHeader {
    const fn untracked() -> GcHeader {
        GcHeader {
            next: Cell::new(0),
            prev: Cell::new(0),
        }
    }

    fn next(&self) -> &'static GcHeader {
        at(self.next.get() & !NEXT_UNREACHABLE)
    }

    fn prev(&self) -> &'static GcHeader {
        at(self.prev.get() & !FLAG_BITS)
    }

    fn set_prev(&self, p: &GcHeader) {
        self.prev.set((self.prev.get() & FLAG_BITS) | addr(p));
    }

    fn set_next(&self, n: &GcHeader) {
        self.next.set(addr(n));
    }

    fn is_collecting(&self) -> bool {
        self.prev.get() & COLLECTING != 0
    }

    fn refs(&self) -> usize {
        self.prev.get() >> REFS_SHIFT
    }

    fn set_refs(&self, refs: usize) {
        self.prev
            .set((self.prev.get() & FLAG_BITS) | (refs << REFS_SHIFT));
    }

    fn reset_refs(&self, refs: usize) {
        self.prev.set(
            (self.prev.get() & (FINALIZED | WEAKLY_REFERENCED)) | COLLECTING | (refs << REFS_SHIFT),
        );
    }

    fn decrement_refs(&self) {
        self.prev.set(self.prev.get() - (1 << REFS_SHIFT));
    }
}

// ----- lists of objects: circular, doubly linked through their headers -----

fn list_init(head: &GcHeader) {
    head.set_next(head);
    head.prev.set(addr(head));
}

fn list_is_empty(head: &GcHeader) -> bool {
    head.next.get() == addr(head)
}

fn list_append(node: &GcHeader, head: &GcHeader) {
    let last = head.prev();
    node.set_prev(last);
    last.set_next(node);
    head.prev.set(addr(node));
    node.set_next(head);
}

fn list_remove(node: &GcHeader) {
    let (prev, next) = (node.prev(), node.next());
    prev.set_next(next);
    next.set_prev(prev);
    node.next.set(0);
}

fn list_move(node: &GcHeader, head: &GcHeader) {
    let (prev, next) = (node.prev(), node.next());
    prev.set_next(next);
    next.set_prev(prev);
    list_append(node, head);
}

/// Appends all of `from` to `to`, leaving `from` empty.
fn list_merge(from: &GcHeader, to: &GcHeader) {
    if !list_is_empty(from) {
        let last = to.prev();
        last.set_next(from.next());
        from.next().set_prev(last);
        to.prev.set(addr(from.prev()));
        from.prev().set_next(to);
    }
    list_init(from);
}

fn list_nodes(head: &GcHeader) -> impl Iterator<Item = &'static GcHeader> + '_ {
    let mut node = head.next();
    std::iter::from_fn(move || {
        if addr(node) == addr(head) {
            return None;
        }
        let current = node;
        node = node.next();
        Some(current)
    })
}

// ----- the collector's state -----

pub const GENERATIONS: usize = 3;

struct Generation {
    head: GcHeader,
    threshold: Cell<usize>,
    /// Generation 0: allocations minus deallocations; older: collections of the younger one.
    count: Cell<usize>,
    /// For `gc.get_stats()`: collections of this generation, and the garbage they found.
    collections: Cell<usize>,
    collected: Cell<usize>,
}

struct Collector {
    generations: [Generation; GENERATIONS],
    /// Objects `gc.freeze()` set aside: tracked, but never examined.
    permanent: GcHeader,
    enabled: Cell<bool>,
    collecting: Cell<bool>,
    /// Objects that survived a middle-generation collection since the last full one, and the
    /// objects that survived that: a full collection waits until the first is a quarter of
    /// the second, so that building a large structure stays linear.
    long_lived_pending: Cell<usize>,
    long_lived_total: Cell<usize>,
    initialized: Cell<bool>,
    /// `gc.set_debug()`'s flags.
    debug: Cell<i64>,
    /// `gc.garbage` and `gc.callbacks`: lists, made when the `gc` module is imported.
    garbage: Cell<Value>,
    callbacks: Cell<Value>,
}

struct Shared(UnsafeCell<Collector>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for Shared {}

const fn generation(threshold: usize) -> Generation {
    Generation {
        head: GcHeader::untracked(),
        threshold: Cell::new(threshold),
        count: Cell::new(0),
        collections: Cell::new(0),
        collected: Cell::new(0),
    }
}

static COLLECTOR: Shared = Shared(UnsafeCell::new(Collector {
    generations: [generation(700), generation(10), generation(10)],
    permanent: GcHeader::untracked(),
    enabled: Cell::new(true),
    collecting: Cell::new(false),
    long_lived_pending: Cell::new(0),
    long_lived_total: Cell::new(0),
    initialized: Cell::new(false),
    debug: Cell::new(0),
    garbage: Cell::new(Value::NULL),
    callbacks: Cell::new(Value::NULL),
}));

fn collector() -> &'static Collector {
    let c = unsafe { &*COLLECTOR.0.get() };
    if !c.initialized.get() {
        c.initialized.set(true);
        for g in &c.generations {
            list_init(&g.head);
        }
        list_init(&c.permanent);
    }
    c
}

fn gc_slots(v: Value) -> Option<&'static GcSlots> {
    if v.is_small_int() {
        return None;
    }
    type_of(v).gc
}

// ----- allocation -----

/// Moves `obj` (an object whose type has [`GcSlots`]) to the heap behind a GC header, tracked.
pub fn alloc<T>(obj: T) -> Value {
    let c = collector();
    let young = &c.generations[0];
    young.count.set(young.count.get() + 1);
    if young.count.get() > young.threshold.get()
        && young.threshold.get() > 0
        && c.enabled.get()
        && !c.collecting.get()
        && !crate::errors::occurred()
    {
        collect_generations(c);
    }
    object::live::allocated();
    let boxed = Box::into_raw(Box::new(GcBox {
        gc: GcHeader::untracked(),
        object: obj,
    }));
    let v = Value::from_ptr(unsafe { &(*boxed).object });
    track(v);
    v
}

/// The matching free for [`alloc`]; `dealloc` slots call it after dropping their fields.
///
/// # Safety
/// `v` must have been made by `alloc::<T>` and not be used afterwards.
pub unsafe fn free<T>(v: Value) {
    untrack(v);
    // Before the fields go, as CPython clears weak references before it clears the object.
    if header(v).prev.get() & WEAKLY_REFERENCED != 0 {
        crate::objects::weakref::referent_freed(v);
    }
    let young = &collector().generations[0];
    young.count.set(young.count.get().saturating_sub(1));
    object::live::freed();
    drop(Box::from_raw((v.0 - HEADER_SIZE) as *mut GcBox<T>));
}

pub fn is_tracked(v: Value) -> bool {
    gc_slots(v).is_some() && header(v).next.get() != 0
}

/// Starts watching `v` (made by [`alloc`]), in the youngest generation.
pub fn track(v: Value) {
    let h = header(v);
    if h.next.get() == 0 {
        list_append(h, &collector().generations[0].head);
    }
}

/// Stops watching `v`: it holds nothing that can form a cycle, or it is being freed.
pub fn untrack(v: Value) {
    let h = header(v);
    if h.next.get() != 0 {
        list_remove(h);
    }
}

/// Whether `v` may ever be part of a cycle (CPython's `_PyObject_GC_MAY_BE_TRACKED`): a
/// container, other than a tuple that was found to hold only atoms.
pub fn may_be_tracked(v: Value) -> bool {
    gc_slots(v).is_some() && (!crate::objects::tuple::is_tuple(v) || header(v).next.get() != 0)
}

/// Marks that `__del__` ran, so a resurrected object is not finalized again (PEP 442);
/// returns whether it had run before.
pub fn mark_finalized(v: Value) -> bool {
    let h = header(v);
    let before = h.prev.get() & FINALIZED != 0;
    h.prev.set(h.prev.get() | FINALIZED);
    before
}

/// Records whether weak references point at `v`, an object made by [`alloc`].
pub fn set_weakly_referenced(v: Value, referenced: bool) {
    let h = header(v);
    if referenced {
        h.prev.set(h.prev.get() | WEAKLY_REFERENCED);
    } else {
        h.prev.set(h.prev.get() & !WEAKLY_REFERENCED);
    }
}

// ----- collecting -----

/// Collections triggered by allocation: the oldest generation over its threshold.
fn collect_generations(c: &Collector) {
    for g in (0..GENERATIONS).rev() {
        if c.generations[g].count.get() > c.generations[g].threshold.get() {
            if g == GENERATIONS - 1 && c.long_lived_pending.get() < c.long_lived_total.get() / 4 {
                continue;
            }
            collect_unless_collecting(g, collect_with_callbacks);
            break;
        }
    }
}

/// Collects `generation` without telling `gc.callbacks` (the collections at exit); returns
/// the number of objects freed.
pub fn collect_now(generation: usize) -> usize {
    collect_unless_collecting(generation, collect)
}

/// `gc.collect(generation)`: [`collect_now`], with `gc.callbacks` called before and after.
pub fn collect_from_python(generation: usize) -> usize {
    collect_unless_collecting(generation, collect_with_callbacks)
}

/// A collection started while one runs (from a finalizer or a callback) does nothing.
fn collect_unless_collecting(generation: usize, run: fn(&Collector, usize) -> usize) -> usize {
    let c = collector();
    if c.collecting.get() {
        return 0;
    }
    c.collecting.set(true);
    let found = run(c, generation);
    c.collecting.set(false);
    found
}

fn collect_with_callbacks(c: &Collector, generation: usize) -> usize {
    run_callbacks(c, "start", generation, 0);
    let found = collect(c, generation);
    run_callbacks(c, "stop", generation, found);
    found
}

/// Calls each of `gc.callbacks` with the phase and a dict describing the collection; an
/// exception one raises is reported as ignored, as CPython does.
fn run_callbacks(c: &Collector, phase: &str, generation: usize, collected: usize) {
    let callbacks = c.callbacks.get();
    if callbacks.is_null() || list::list_items(callbacks).is_empty() {
        return;
    }
    let Ok(info) = collection_info(generation, collected) else {
        crate::traceback::print_unraisable(None);
        return;
    };
    let phase = crate::objects::str::new_str(phase);
    let mut i = 0;
    // The list may change while its callbacks run.
    while let Some(callback) = list::list_items(callbacks).get(i).cloned() {
        if crate::ops::call(callback.value(), &[phase.value(), info.value()], None).is_err() {
            crate::traceback::print_unraisable(Some(callback.value()));
        }
        i += 1;
    }
}

fn collection_info(generation: usize, collected: usize) -> PyResult<Ref> {
    let info = dict::new_dict();
    for (key, n) in [
        ("generation", generation),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        let key = crate::objects::str::new_str(key);
        let n = crate::objects::int::from_i64(n as i64);
        dict::set_item(info.value(), key.value(), n.value())?;
    }
    Ok(info)
}

/// How many objects ahead of the one being examined the walks over a snapshot prefetch: the
/// objects are scattered over the heap, and a walk that waits for each in turn is bound by
/// memory latency.
const PREFETCH_AHEAD: usize = 8;

fn prefetch(h: &GcHeader) {
    #[cfg(target_arch = "x86_64")]
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(addr(h) as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = h;
}

/// Sets each object's count of references from outside the list; leaves the list's objects
/// in `nodes`, in order.
fn compute_outside_refs(containers: &GcHeader, nodes: &mut Vec<&'static GcHeader>) {
    nodes.clear();
    for h in list_nodes(containers) {
        let refcnt = unsafe { (*object_of(h).header()).refcnt.get() };
        h.reset_refs(refcnt as usize);
        nodes.push(h);
    }
    for (i, h) in nodes.iter().enumerate() {
        if let Some(ahead) = nodes.get(i + PREFETCH_AHEAD) {
            prefetch(ahead);
        }
        let v = object_of(h);
        (type_of(v)
            .gc
            .expect("tracked objects have gc slots")
            .traverse)(v, &mut |child| {
            if gc_slots(child).is_some() {
                let ch = header(child);
                if ch.next.get() != 0 && ch.is_collecting() {
                    ch.decrement_refs();
                }
            }
        });
    }
}

/// Moves the objects of `young` that nothing outside reaches to `unreachable`, given the
/// objects in list order. Tuples (and dicts, with `dicts_too`) found reachable and holding
/// only atoms cannot be in a cycle: CPython stops tracking them, which `gc.is_tracked` shows,
/// and so does this scan, in the order of the list it leaves. Returns how many objects stay.
fn move_unreachable(
    young: &GcHeader,
    unreachable: &GcHeader,
    nodes: &[&GcHeader],
    dicts_too: bool,
) -> usize {
    let mut prev = young;
    let mut node = young.next();
    let mut scanned = 0;
    let mut kept = 0;
    while addr(node) != addr(young) {
        // Until objects moved back come up, the scan follows the snapshot.
        if let Some(ahead) = nodes.get(scanned + PREFETCH_AHEAD) {
            prefetch(ahead);
        }
        scanned += 1;
        if node.refs() > 0 {
            let v = object_of(node);
            let candidate = crate::objects::tuple::is_tuple(v)
                || (dicts_too && crate::objects::dict::is_dict(v));
            let mut atoms = true;
            (type_of(v).gc.unwrap().traverse)(v, &mut |child| {
                atoms &= !may_be_tracked(child);
                visit_reachable(child, young)
            });
            node.prev.set(node.prev.get() & !COLLECTING);
            if candidate && atoms {
                prev.next.set(node.next.get());
                node.next.set(0);
            } else {
                node.set_prev(prev);
                prev = node;
                kept += 1;
            }
        } else {
            // Tentatively unreachable: a later object may still reach it and move it back.
            prev.next.set(node.next.get());
            let last = unreachable.prev();
            last.next.set(NEXT_UNREACHABLE | addr(node));
            node.set_prev(last);
            node.next.set(NEXT_UNREACHABLE | addr(unreachable));
            unreachable.prev.set(addr(node));
        }
        node = at(prev.next.get());
    }
    young.prev.set(addr(prev));
    kept
}

fn visit_reachable(child: Value, young: &GcHeader) {
    if gc_slots(child).is_none() {
        return;
    }
    let h = header(child);
    if h.next.get() == 0 || !h.is_collecting() {
        return;
    }
    if h.next.get() & NEXT_UNREACHABLE != 0 {
        // Seen before and thought unreachable: back to the end of `young`, to be scanned.
        let prev = h.prev();
        let next = h.next();
        prev.next.set(h.next.get());
        next.set_prev(prev);
        list_append(h, young);
        h.set_refs(1);
    } else if h.refs() == 0 {
        // Not scanned yet; it is reachable, so its scan will traverse it.
        h.set_refs(1);
    }
}

/// Collects `generation` and the younger ones; returns what CPython 3.8's `collect` counts:
/// the objects still unreachable once the finalizers ran, none if a finalizer resurrected
/// any of them (then all survive this time).
fn collect(c: &Collector, generation: usize) -> usize {
    let debug = c.debug.get();
    let started = (debug & DEBUG_STATS != 0).then(|| {
        print_generation_sizes(c, generation);
        std::time::Instant::now()
    });
    let gens = &c.generations;
    if generation + 1 < GENERATIONS {
        gens[generation + 1]
            .count
            .set(gens[generation + 1].count.get() + 1);
    }
    for g in &gens[..=generation] {
        g.count.set(0);
    }
    for g in 0..generation {
        list_merge(&gens[g].head, &gens[generation].head);
    }
    let young = &gens[generation].head;
    let old = if generation + 1 < GENERATIONS {
        &gens[generation + 1].head
    } else {
        young
    };

    let mut nodes = Vec::new();
    compute_outside_refs(young, &mut nodes);
    let unreachable = GcHeader::untracked();
    list_init(&unreachable);
    let survivors = move_unreachable(young, &unreachable, &nodes, generation == GENERATIONS - 1);
    if addr(young) != addr(old) {
        if generation == GENERATIONS - 2 {
            c.long_lived_pending
                .set(c.long_lived_pending.get() + survivors);
        }
        list_merge(young, old);
    } else {
        c.long_lived_pending.set(0);
        c.long_lived_total.set(survivors);
    }
    unreachable
        .next
        .set(unreachable.next.get() & !NEXT_UNREACHABLE);
    for h in list_nodes(&unreachable) {
        h.next.set(h.next.get() & !NEXT_UNREACHABLE);
        if debug & DEBUG_COLLECTABLE != 0 {
            let v = object_of(h);
            crate::io::write_stderr(&format!(
                "gc: collectable <{} {:#x}>\n",
                type_of(v).name,
                v.0
            ));
        }
    }
    let freed_weakrefs = handle_weakrefs(&unreachable);
    finalize_garbage(&unreachable);
    let found = freed_weakrefs
        + if resurrected(&unreachable, &mut nodes) {
            list_merge(&unreachable, old);
            0
        } else {
            let found: usize = list_nodes(&unreachable).map(cpython_objects).sum();
            if debug & DEBUG_SAVEALL != 0 {
                save_garbage(c, &unreachable, old);
            } else {
                delete_garbage(&unreachable, old);
            }
            found
        };
    if let Some(started) = started {
        crate::io::write_stderr(&format!(
            "gc: done, {found} unreachable, 0 uncollectable, {:.4}s elapsed\n",
            started.elapsed().as_secs_f64()
        ));
    }
    let stats = &gens[generation];
    stats.collections.set(stats.collections.get() + 1);
    stats.collected.set(stats.collected.get() + found);
    found
}

/// `gc.DEBUG_STATS`'s report at the start of a collection.
fn print_generation_sizes(c: &Collector, generation: usize) {
    let sizes = c
        .generations
        .iter()
        .map(|g| list_nodes(&g.head).count().to_string())
        .collect::<Vec<_>>()
        .join(" ");
    crate::io::write_stderr(&format!(
        "gc: collecting generation {generation}...\n\
         gc: objects in each generation: {sizes}\n\
         gc: objects in permanent generation: {}\n",
        list_nodes(&c.permanent).count()
    ));
}

/// How many objects CPython 3.8 frees for this garbage object, so that counts agree. A
/// generator, coroutine or asynchronous generator with a body left to run (not started, or
/// suspended, and not closed by its finalizer) keeps its frame inline, where CPython's has a
/// frame object that the collector frees with it. A slotted instance keeps its slot values
/// in a hidden dict (`slots.rs`) that CPython's does not have: when that dict is tracked it
/// is garbage too and counts for the instance.
fn cpython_objects(h: &GcHeader) -> usize {
    let v = object_of(h);
    let slots = type_of(v).gc.expect("tracked objects have gc slots");
    if std::ptr::eq(slots, &generator::GENERATOR_GC) {
        1 + generator::holds_frame(v) as usize
    } else if (std::ptr::eq(slots, &slots::SLOTTED_NODICT_GC)
        || std::ptr::eq(slots, &slots::SLOTTED_DICT_GC))
        && is_tracked(class::raw_instance_dict(v))
    {
        0
    } else {
        1
    }
}

/// `gc.DEBUG_SAVEALL`: the garbage goes to `gc.garbage` instead of being broken apart.
fn save_garbage(c: &Collector, garbage: &GcHeader, old: &GcHeader) {
    let saved = list::list_items(owned_list(&c.garbage));
    saved.extend(list_nodes(garbage).map(|h| Ref::new(object_of(h))));
    list_merge(garbage, old);
}

/// Clears the weak references to the garbage before anything else runs, so that no callback
/// or finalizer can reach a garbage object through one. The callbacks of the weak references
/// that are not garbage themselves run then; returns how many of those weak references the
/// callbacks' end freed, which CPython 3.8 counts as collected.
fn handle_weakrefs(garbage: &GcHeader) -> usize {
    let mut to_call = Vec::new();
    for h in list_nodes(garbage) {
        if h.prev.get() & WEAKLY_REFERENCED == 0 {
            continue;
        }
        h.prev.set(h.prev.get() & !WEAKLY_REFERENCED);
        for wr in crate::objects::weakref::detach_all(object_of(h)) {
            let wr_header = header(wr);
            let is_garbage = wr_header.next.get() != 0 && wr_header.is_collecting();
            if crate::objects::weakref::has_callback(wr) && !is_garbage {
                to_call.push(Ref::new(wr));
            }
        }
    }
    let mut freed = 0;
    for wr in to_call {
        crate::objects::weakref::run_callback(wr.value());
        let last = unsafe { (*wr.value().header()).refcnt.get() } == 1;
        freed += last as usize;
    }
    freed
}

/// Runs each garbage object's finalizer once, keeping the objects alive meanwhile.
fn finalize_garbage(garbage: &GcHeader) {
    let seen = GcHeader::untracked();
    list_init(&seen);
    while !list_is_empty(garbage) {
        let h = garbage.next();
        list_move(h, &seen);
        let v = object_of(h);
        if let Some(finalize) = type_of(v).gc.unwrap().finalize {
            if h.prev.get() & FINALIZED == 0 {
                h.prev.set(h.prev.get() | FINALIZED);
                incref(v);
                finalize(v);
                decref(v);
            }
        }
    }
    list_merge(&seen, garbage);
}

/// Whether a finalizer made any garbage object reachable again; then none of it is freed
/// this time. Restores the list's back links and clears the collecting marks either way.
fn resurrected(garbage: &GcHeader, nodes: &mut Vec<&'static GcHeader>) -> bool {
    compute_outside_refs(garbage, nodes);
    let mut any = false;
    let mut prev = garbage;
    for h in list_nodes(garbage) {
        any |= h.refs() != 0;
        h.set_prev(prev);
        h.prev.set(h.prev.get() & !COLLECTING);
        prev = h;
    }
    garbage.prev.set(addr(prev));
    any
}

/// Breaks the garbage apart; what survives (held by something cleared later) moves to `old`.
fn delete_garbage(garbage: &GcHeader, old: &GcHeader) {
    while !list_is_empty(garbage) {
        let h = garbage.next();
        let v = object_of(h);
        incref(v);
        if let Some(clear) = type_of(v).gc.unwrap().clear {
            clear(v);
        }
        if addr(garbage.next()) == addr(h) {
            list_move(h, old);
        }
        decref(v);
    }
}

// ----- what the `gc` module exposes -----

pub const DEBUG_STATS: i64 = 1;
pub const DEBUG_COLLECTABLE: i64 = 2;
pub const DEBUG_UNCOLLECTABLE: i64 = 4;
pub const DEBUG_SAVEALL: i64 = 32;

pub fn debug_flags() -> i64 {
    collector().debug.get()
}

pub fn set_debug_flags(flags: i64) {
    collector().debug.set(flags);
}

/// `gc.garbage`: the list DEBUG_SAVEALL saves garbage to.
pub fn garbage_list() -> Value {
    owned_list(&collector().garbage)
}

/// `gc.callbacks`: the list of what each collection calls.
pub fn callbacks_list() -> Value {
    owned_list(&collector().callbacks)
}

/// One of the collector's lists, made on first use.
fn owned_list(cell: &Cell<Value>) -> Value {
    if cell.get().is_null() {
        cell.set(list::new_list(Vec::new()).into_raw());
    }
    cell.get()
}

/// Drops `gc.garbage` and `gc.callbacks` at shutdown; the last collections save nothing.
pub fn release() {
    let c = collector();
    c.debug.set(0);
    for cell in [&c.garbage, &c.callbacks] {
        let v = cell.replace(Value::NULL);
        if !v.is_null() {
            decref(v);
        }
    }
}

pub fn enable(on: bool) {
    collector().enabled.set(on);
}

pub fn is_enabled() -> bool {
    collector().enabled.get()
}

pub fn counts() -> [usize; GENERATIONS] {
    let c = collector();
    [0, 1, 2].map(|g| c.generations[g].count.get())
}

pub fn thresholds() -> [usize; GENERATIONS] {
    let c = collector();
    [0, 1, 2].map(|g| c.generations[g].threshold.get())
}

pub fn set_threshold(generation: usize, threshold: usize) {
    collector().generations[generation].threshold.set(threshold);
}

/// The tracked objects of one generation, or of all.
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    let c = collector();
    let gens = match generation {
        Some(g) => g..g + 1,
        None => 0..GENERATIONS,
    };
    gens.flat_map(|g| list_nodes(&c.generations[g].head).map(object_of))
        .collect()
}

/// `gc.get_stats()`: (collections, collected) per generation.
pub fn stats() -> [(usize, usize); GENERATIONS] {
    let c = collector();
    [0, 1, 2].map(|g| {
        let g = &c.generations[g];
        (g.collections.get(), g.collected.get())
    })
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    let c = collector();
    for g in &c.generations {
        list_merge(&g.head, &c.permanent);
        g.count.set(0);
    }
}

/// `gc.unfreeze()`: the permanent generation goes back to the oldest.
pub fn unfreeze() {
    let c = collector();
    list_merge(&c.permanent, &c.generations[GENERATIONS - 1].head);
}

pub fn frozen_count() -> usize {
    list_nodes(&collector().permanent).count()
}

/// The objects `v` refers to that the collector sees (`gc.get_referents`).
pub fn referents(v: Value) -> Vec<Value> {
    let mut found = Vec::new();
    if let Some(slots) = gc_slots(v) {
        (slots.traverse)(v, &mut |child| found.push(child));
    }
    found
}
