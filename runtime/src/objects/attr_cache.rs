//! Fast attribute access (DESIGN §4, Types and Attributes): interned names, type version tags,
//! a global cache of class-namespace lookups, and the per-site caches of attribute loads,
//! stores and method calls.
//!
//! A class's version tag is assigned when a cache first relies on it and dropped (set to 0)
//! whenever the namespace of the class or of one of its bases changes; tags are never reused,
//! so an entry recorded under a tag is valid exactly while the type still carries it. Cached
//! class attributes are borrowed: the class cannot let go of one without changing its tag.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::errors::PyResult;
use crate::module::{AttrCache, AttrEntry};
use crate::object::{Ref, IMMORTAL_REFCNT};
use crate::objects::class::{self, PROPERTY_TYPE};
use crate::objects::type_object::{Method, TypeObject, TYPE_TYPE};
use crate::objects::{dict, function, module, str as str_object};
use crate::ops::{self, type_of};
use crate::value::Value;

/// The runtime runs Python code on one thread at a time.
struct Global<T>(T);
unsafe impl<T> Sync for Global<T> {}

pub fn is_immortal(v: Value) -> bool {
    !v.is_small_int() && unsafe { (*v.header()).refcnt.get() } >= IMMORTAL_REFCNT
}

// ----- interned names -----

/// FNV-1a: names are short, and SipHash would cost more than the lookup it serves.
#[derive(Default)]
struct NameHasher(u64);

impl Hasher for NameHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type Names = HashMap<&'static str, Value, BuildHasherDefault<NameHasher>>;

static INTERNED: Global<RefCell<Option<Names>>> = Global(RefCell::new(None));

/// The names last interned, by the address of their text: the runtime's names are mostly
/// literals, and comparing their text is cheaper than hashing it.
static RECENT: Global<[Cell<(usize, Value)>; 64]> =
    Global([const { Cell::new((0, Value::NULL)) }; 64]);

/// The one immortal str object with this text (CPython's interned strings): names the runtime
/// looks up by `&str` cost no allocation, and their hash is computed once.
pub fn intern(text: &str) -> Value {
    let address = text.as_ptr() as usize;
    let recent = &RECENT.0[((address >> 3) ^ text.len()) % 64];
    let (seen_at, seen) = recent.get();
    if seen_at == address && !seen.is_null() && str_object::as_str(seen) == Some(text) {
        return seen;
    }
    let v = intern_text(text);
    recent.set((address, v));
    v
}

/// A name known when the runtime is built, interned on first use and read with one load
/// afterwards: the dunders looked up for every operator and every instance creation would
/// otherwise pay `intern`'s text comparison each time. Made by `static_name!`.
pub struct StaticName {
    text: &'static str,
    interned: Cell<Value>,
}

unsafe impl Sync for StaticName {}

impl StaticName {
    pub const fn new(text: &'static str) -> Self {
        StaticName {
            text,
            interned: Cell::new(Value::NULL),
        }
    }

    #[inline]
    pub fn get(&self) -> Value {
        let v = self.interned.get();
        if v.is_null() {
            return self.intern_now();
        }
        v
    }

    #[cold]
    fn intern_now(&self) -> Value {
        let v = intern(self.text);
        self.interned.set(v);
        v
    }
}

/// The interned str of a literal name, cached at the use site: `static_name!("__init__")`.
macro_rules! static_name {
    ($text:literal) => {{
        static NAME: $crate::objects::attr_cache::StaticName =
            $crate::objects::attr_cache::StaticName::new($text);
        &NAME
    }};
}
pub(crate) use static_name;

/// A name to look up: text (interned on each use) or a `static_name!`.
pub trait Name: Copy {
    fn interned(self) -> Value;
}

impl Name for &str {
    fn interned(self) -> Value {
        intern(self)
    }
}

impl Name for &'static StaticName {
    #[inline]
    fn interned(self) -> Value {
        self.get()
    }
}

fn intern_text(text: &str) -> Value {
    let mut table = INTERNED.0.borrow_mut();
    let names = table.get_or_insert_with(Names::default);
    if let Some(&v) = names.get(text) {
        return v;
    }
    let s = str_object::new_str(text);
    crate::object::make_immortal(s.value());
    let v = s.into_raw();
    names.insert(str_object::as_str(v).expect("a str"), v);
    v
}

// ----- version tags -----

static NEXT_TAG: Global<Cell<u64>> = Global(Cell::new(0));

/// The types that carry a tag, so that a change to a class can find its subclasses.
static TAGGED: Global<RefCell<Vec<&'static TypeObject>>> = Global(RefCell::new(Vec::new()));

/// The type's version tag, assigning a new one if it has none.
fn version_tag(ty: &'static TypeObject) -> u64 {
    let tag = ty.version.get();
    if tag != 0 {
        return tag;
    }
    let tag = NEXT_TAG.0.get() + 1;
    NEXT_TAG.0.set(tag);
    ty.version.set(tag);
    TAGGED.0.borrow_mut().push(ty);
    tag
}

/// The namespace of `ty` changed: it and its subclasses lose their tags, and with them every
/// cache entry recorded under those (CPython's `PyType_Modified`).
pub fn type_modified(ty: &TypeObject) {
    TAGGED.0.borrow_mut().retain(|t| {
        let affected = t.is_subtype(ty);
        if affected {
            t.version.set(0);
        }
        !affected
    });
}

// ----- class-namespace lookups -----

#[derive(Clone, Copy)]
struct LookupEntry {
    ty: *const TypeObject,
    tag: u64,
    name: Value,
    /// Borrowed; NULL when no class of the MRO has the name.
    found: Value,
}

const LOOKUP_SLOTS: usize = 4096;

static LOOKUPS: Global<[Cell<LookupEntry>; LOOKUP_SLOTS]> = Global(
    [const {
        Cell::new(LookupEntry {
            ty: std::ptr::null(),
            tag: 0,
            name: Value::NULL,
            found: Value::NULL,
        })
    }; LOOKUP_SLOTS],
);

/// `name` (a str) in the namespaces of the classes of `ty`'s MRO, borrowed. The MRO's
/// builtin types count too: one that defines `name` ends the search with `None`, since its
/// behaviour is what the class's slots fall back to (`class J(int, M)` hashes as an int even
/// when `M` has a `__hash__`). Lookups of immortal names (interned ones, constants) are
/// remembered per version tag.
pub fn find_in_mro(ty: &'static TypeObject, name: Value) -> PyResult<Option<Value>> {
    let mro = ty.mro.get();
    if mro.is_empty() {
        let mut t = Some(ty);
        while let Some(base) = t {
            let d = base.dict.get();
            if !d.is_null() {
                if let Some(v) = dict::get_item(d, name)? {
                    return Ok(Some(v));
                }
            }
            t = base.base;
        }
        return Ok(None);
    }
    let cacheable = is_immortal(name);
    let tag = version_tag(ty);
    let slot = &LOOKUPS.0[(tag as usize ^ (name.0 >> 4)) % LOOKUP_SLOTS];
    let entry = slot.get();
    if cacheable && std::ptr::eq(entry.ty, ty) && entry.tag == tag && entry.name == name {
        return Ok((!entry.found.is_null()).then_some(entry.found));
    }
    let mut found = None;
    for t in mro {
        let d = t.dict.get();
        if !d.is_null() {
            if let Some(v) = dict::get_item(d, name)? {
                found = Some(v);
                break;
            }
        } else if is_builtin_definer(t, name) {
            break;
        }
    }
    // A key comparison could have run code that changed the class.
    if cacheable && ty.version.get() == tag {
        slot.set(LookupEntry {
            ty,
            tag,
            name,
            found: found.unwrap_or(Value::NULL),
        });
    }
    Ok(found)
}

/// Whether `ty`, a builtin type in an MRO, itself defines `name` (a str). `object`, last in
/// every MRO, need not be asked: ending the search there finds nothing either way.
fn is_builtin_definer(ty: &'static TypeObject, name: Value) -> bool {
    !std::ptr::eq(ty, &crate::objects::type_object::OBJECT_TYPE)
        && str_object::as_str(name)
            .is_some_and(|text| crate::objects::metaclass::builtin_defines(ty, text))
}

// ----- attribute sites -----

/// What an attribute site found for its type.
#[repr(u64)]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Nothing usable is cached.
    Empty = 0,
    /// No class attribute: the instance dict, else the generic path.
    InstanceDict = 1,
    /// A function of the class: the instance dict, else the function bound (or, in a call,
    /// called with the instance prepended).
    Method = 2,
    /// A non-data descriptor or a plain value of the class: the instance dict, else the
    /// class attribute as `class::bind` makes it.
    NonData = 3,
    /// A property: its getter, before any instance attribute.
    Data = 4,
    /// A module's member.
    ModuleDict = 5,
    /// A method of a builtin type whose `getattr` slot, if any, cannot answer the name
    /// (`value` is its `Method`).
    BuiltinMethod = 6,
    /// A store into the instance dict (no `__setattr__`, no data descriptor).
    StoreDict = 7,
    /// A namedtuple field (a `tuplegetter` of the class): the item at index `value`.
    TupleField = 8,
    /// A method of the builtin base of a class defined in Python (`value` is its `Method`):
    /// the instance dict, else the method.
    InheritedBuiltinMethod = 9,
}

const KINDS: [Kind; 10] = [
    Kind::Empty,
    Kind::InstanceDict,
    Kind::Method,
    Kind::NonData,
    Kind::Data,
    Kind::ModuleDict,
    Kind::BuiltinMethod,
    Kind::StoreDict,
    Kind::TupleField,
    Kind::InheritedBuiltinMethod,
];

/// The entry valid for `obj`'s type.
fn cached(obj: Value, cache: &AttrCache) -> Option<&AttrEntry> {
    if obj.is_small_int() {
        return None;
    }
    let ty = type_of(obj);
    let version = ty.version.get();
    cache
        .entries
        .iter()
        .find(|e| std::ptr::eq(e.ty.get(), ty) && e.version.get() == version)
}

fn kind(entry: &AttrEntry) -> Kind {
    KINDS[entry.kind.get() as usize]
}

/// Records where in the instance dict `name` was found (for `InstanceDict` and `StoreDict`
/// entries, whose `value` is that index), unless Python code run meanwhile reused the entry.
fn set_hint(entry: &AttrEntry, obj: Value, expected: Kind, ix: usize) {
    if std::ptr::eq(entry.ty.get(), type_of(obj)) && kind(entry) == expected {
        entry.value.set(Value(ix));
    }
}

/// The value of `name` in the plain instance dict `d`, trying the entry's remembered index
/// first.
fn dict_get_hinted(
    d: Value,
    name: Value,
    obj: Value,
    entry: &AttrEntry,
) -> PyResult<Option<Value>> {
    if let Some(v) = dict::value_at(d, entry.value.get().0, name) {
        return Ok(Some(v));
    }
    let Some(ix) = dict::index_of(d, name)? else {
        return Ok(None);
    };
    set_hint(entry, obj, Kind::InstanceDict, ix);
    Ok(dict::value_at(d, ix, name))
}

/// Records the entry for `ty` first, in place of the type's stale entry or of the oldest.
fn fill<'c>(
    cache: &'c AttrCache,
    ty: &'static TypeObject,
    kind: Kind,
    value: Value,
) -> &'c AttrEntry {
    let entries = &cache.entries;
    let last = entries
        .iter()
        .position(|e| std::ptr::eq(e.ty.get(), ty))
        .unwrap_or(entries.len() - 1);
    for i in (1..=last).rev() {
        let (to, from) = (&entries[i], &entries[i - 1]);
        to.ty.set(from.ty.get());
        to.version.set(from.version.get());
        to.kind.set(from.kind.get());
        to.value.set(from.value.get());
    }
    let first = &entries[0];
    first.ty.set(ty);
    first.version.set(ty.version.get());
    first.kind.set(kind as u64);
    first.value.set(value);
    first
}

/// Class attributes an instance attribute of the same name hides (functions, static and
/// class methods, and values that do not bind), for types whose behaviour cannot change.
fn is_non_data(v: Value) -> bool {
    use crate::objects::*;
    let ty = type_of(v);
    [
        &function::FUNCTION_TYPE,
        &class::STATICMETHOD_TYPE,
        &class::CLASSMETHOD_TYPE,
        &int::INT_TYPE,
        &float::FLOAT_TYPE,
        &str::STR_TYPE,
        &singletons::BOOL_TYPE,
        &singletons::NONE_TYPE,
        &tuple::TUPLE_TYPE,
        &bytes::BYTES_TYPE,
        &list::LIST_TYPE,
        &dict::DICT_TYPE,
        &set::SET_TYPE,
        &set::FROZENSET_TYPE,
        &complex::COMPLEX_TYPE,
        &function::BUILTIN_FUNCTION_TYPE,
        &TYPE_TYPE,
    ]
    .iter()
    .any(|t| std::ptr::eq(*t, ty))
}

/// The instance dict of an instance with the plain layout of classes (`class::InstanceObject`).
fn plain_dict(obj: Value) -> Value {
    unsafe { *((obj.0 + class::INSTANCE_DICT_OFFSET) as *const Value) }
}

/// `name` in the instance dict of `obj`, if it has one.
fn instance_dict_item(obj: Value, name: Value) -> PyResult<Option<Ref>> {
    match class::instance_dict(obj, false) {
        Some(d) if dict::len(d) > 0 => Ok(dict::get_item(d, name)?.map(Ref::new)),
        _ => Ok(None),
    }
}

/// Whether `obj`, of a class defined in Python, has the plain instance layout, so that its
/// dict is at `INSTANCE_DICT_OFFSET` (as for every instance of its type).
fn has_plain_layout(obj: Value, ty: &'static TypeObject) -> bool {
    std::ptr::eq(ty.base_layout(), &crate::objects::type_object::OBJECT_TYPE)
        && class::instance_dict(obj, false) == Some(plain_dict(obj))
}

/// Works out what a load of `name` from `obj` depends on and records it for the type (`Empty`:
/// the generic path decides); the kind and value recorded.
fn fill_load(obj: Value, name: Value, cache: &AttrCache) -> PyResult<&AttrEntry> {
    let ty = type_of(obj);
    let text = str_object::as_str(name).unwrap_or("");
    let kind_and_value = if let Some(index) = tuple_field(obj, ty, name)? {
        Some((Kind::TupleField, Value(index)))
    } else if ty.is_heap() {
        let generic = ty.getattr.map(|f| f as *const ()) == Some(class::heap_getattr as *const ())
            && !matches!(text, "__class__" | "__dict__" | "__weakref__")
            && !class::has_attribute_hooks(ty)?;
        if !generic {
            None
        } else if !has_plain_layout(obj, ty) {
            inherited_builtin_method(ty, name, text)?.map(|m| {
                (
                    Kind::InheritedBuiltinMethod,
                    Value(m as *const Method as usize),
                )
            })
        } else {
            match find_in_mro(ty, name)? {
                None => Some((Kind::InstanceDict, Value::NULL)),
                Some(d) if function::is_function(d) => Some((Kind::Method, d)),
                Some(d) if std::ptr::eq(type_of(d), &PROPERTY_TYPE) => Some((Kind::Data, d)),
                Some(d) if is_non_data(d) => Some((Kind::NonData, d)),
                Some(_) => None,
            }
        }
    } else if std::ptr::eq(ty, &module::MODULE_TYPE) {
        (text != "__dict__").then_some((Kind::ModuleDict, Value::NULL))
    } else if ty.getattr.is_none() || (ty.getattr_only_members && !ty.members.contains(&text)) {
        ty.find_method(text)
            .map(|m| (Kind::BuiltinMethod, Value(m as *const Method as usize)))
    } else {
        None
    };
    let (kind, value) = kind_and_value.unwrap_or((Kind::Empty, Value::NULL));
    if ty.is_heap() {
        version_tag(ty);
    }
    Ok(fill(cache, ty, kind, value))
}

/// The method of the builtin base that `name` finds on an instance of `ty` (a class defined in
/// Python) when the instance dict does not have it: one the class's namespaces don't shadow
/// and that the base's `getattr` cannot answer (`class R(random.Random)`'s `getrandbits`).
fn inherited_builtin_method(
    ty: &'static TypeObject,
    name: Value,
    text: &str,
) -> PyResult<Option<&'static Method>> {
    let base = ty.base_layout();
    let answered_by_getattr =
        base.getattr.is_some() && !(base.getattr_only_members && !base.members.contains(&text));
    if answered_by_getattr || find_in_mro(ty, name)?.is_some() {
        return Ok(None);
    }
    Ok(ty.find_method(text))
}

/// The index `name` of `obj` reads when it is a namedtuple field: a `tuplegetter` of a tuple
/// subclass whose attribute reads are the generic ones.
fn tuple_field(obj: Value, ty: &'static TypeObject, name: Value) -> PyResult<Option<usize>> {
    use crate::objects::tuplegetter;
    if !(ty.is_heap()
        && ty.getattr.map(|f| f as *const ()) == Some(class::heap_getattr as *const ())
        && crate::objects::tuple::is_tuple(obj)
        && !class::has_attribute_hooks(ty)?)
    {
        return Ok(None);
    }
    Ok(find_in_mro(ty, name)?
        .filter(|&d| tuplegetter::is_tuplegetter(d))
        .map(tuplegetter::index_of))
}

/// A load through a valid entry; `Ok(None)` when the generic path must decide.
fn load_cached(obj: Value, name: Value, entry: &AttrEntry) -> PyResult<Option<Ref>> {
    // The class attribute is borrowed from a namespace that a getter, or a key's `__eq__` in
    // the dict lookup, may change.
    let class_attr = || Ref::new(entry.value.get());
    match kind(entry) {
        Kind::InstanceDict => Ok(dict_get_hinted(plain_dict(obj), name, obj, entry)?.map(Ref::new)),
        kind @ (Kind::Method | Kind::NonData) => {
            let descr = class_attr();
            if let Some(found) = dict::get_item(plain_dict(obj), name)? {
                return Ok(Some(Ref::new(found)));
            }
            match kind {
                Kind::Method => Ok(Some(class::new_method(descr.value(), obj))),
                _ => class::bind(descr.value(), obj, None).map(Some),
            }
        }
        Kind::Data => {
            let descr = class_attr();
            class::bind(descr.value(), obj, None).map(Some)
        }
        Kind::ModuleDict => Ok(dict::get_item(module::dict_of(obj), name)?.map(Ref::new)),
        Kind::TupleField => Ok(crate::objects::tuple::tuple_items(obj)
            .get(entry.value.get().0)
            .cloned()),
        Kind::BuiltinMethod => {
            let method = unsafe { &*(entry.value.get().0 as *const Method) };
            Ok(Some(crate::objects::method::new_bound_method(obj, method)))
        }
        Kind::InheritedBuiltinMethod => {
            if let Some(found) = instance_dict_item(obj, name)? {
                return Ok(Some(found));
            }
            let method = unsafe { &*(entry.value.get().0 as *const Method) };
            Ok(Some(crate::objects::method::new_bound_method(obj, method)))
        }
        Kind::Empty | Kind::StoreDict => Ok(None),
    }
}

/// `obj.name` at a site with a cache.
pub fn load_attr(obj: Value, name: Value, cache: &AttrCache) -> PyResult<Ref> {
    let entry = match cached(obj, cache) {
        Some(hit) => hit,
        None if obj.is_small_int() => return ops::get_attr(obj, name),
        None => fill_load(obj, name, cache)?,
    };
    match load_cached(obj, name, entry)? {
        Some(v) => Ok(v),
        None => ops::get_attr(obj, name),
    }
}

/// `obj.name = value` at a site with a cache.
pub fn store_attr(obj: Value, name: Value, value: Value, cache: &AttrCache) -> PyResult<()> {
    let entry = match cached(obj, cache) {
        Some(hit) => hit,
        None if obj.is_small_int() => return ops::set_attr(obj, name, Some(value)),
        None => fill_store(obj, name, cache)?,
    };
    if kind(entry) != Kind::StoreDict {
        return ops::set_attr(obj, name, Some(value));
    }
    let d = plain_dict(obj);
    let hint = entry.value.get().0;
    if dict::replace_at(d, hint, name, value) {
        return Ok(());
    }
    dict::set_item(d, name, value)?;
    // A new attribute usually lands where it did in the previous instance's dict.
    if dict::value_at(d, hint, name).is_none() {
        if let Some(ix) = dict::index_of(d, name)? {
            set_hint(entry, obj, Kind::StoreDict, ix);
        }
    }
    Ok(())
}

/// Records for the type whether a store of `name` goes straight into the instance dict, as
/// `object.__setattr__` does without a data descriptor; the kind recorded.
fn fill_store(obj: Value, name: Value, cache: &AttrCache) -> PyResult<&AttrEntry> {
    let ty = type_of(obj);
    let text = str_object::as_str(name).unwrap_or("");
    let to_dict = ty.is_heap()
        && ty.setattr.map(|f| f as *const ()) == Some(class::heap_setattr as *const ())
        && !matches!(text, "__class__" | "__dict__")
        && has_plain_layout(obj, ty)
        && find_in_mro(ty, intern("__setattr__"))?.is_none()
        && find_in_mro(ty, name)?.is_none_or(is_non_data);
    let kind = if to_dict {
        Kind::StoreDict
    } else {
        Kind::Empty
    };
    if ty.is_heap() {
        version_tag(ty);
    }
    Ok(fill(cache, ty, kind, Value::NULL))
}

/// `obj.name(*args)` at a site with a cache: `args[0]` is `obj`, so that a function of the
/// class is called with the instance prepended and no bound method is made.
pub fn call_method(
    args: &[Value],
    kwnames: Option<Value>,
    name: Value,
    cache: &AttrCache,
) -> PyResult<Ref> {
    let obj = args[0];
    let entry = match cached(obj, cache) {
        Some(hit) => hit,
        None if obj.is_small_int() => return ops::call_method(obj, name, &args[1..], kwnames),
        None => fill_load(obj, name, cache)?,
    };
    let value = entry.value.get();
    match kind(entry) {
        Kind::Method => {
            // Borrowed from namespaces that the lookup and the call may change.
            let function = Ref::new(value);
            let d = plain_dict(obj);
            let shadowed = match dict::len(d) {
                0 => None,
                _ => dict::get_item(d, name)?.map(Ref::new),
            };
            match shadowed {
                Some(attr) => ops::call(attr.value(), &args[1..], kwnames),
                None => ops::call(function.value(), args, kwnames),
            }
        }
        Kind::BuiltinMethod => {
            let method = unsafe { &*(value.0 as *const Method) };
            (method.call)(obj, &args[1..], kwnames)
        }
        Kind::InheritedBuiltinMethod => match instance_dict_item(obj, name)? {
            Some(attr) => ops::call(attr.value(), &args[1..], kwnames),
            None => {
                let method = unsafe { &*(value.0 as *const Method) };
                (method.call)(obj, &args[1..], kwnames)
            }
        },
        Kind::Empty | Kind::StoreDict => ops::call_method(obj, name, &args[1..], kwnames),
        _ => {
            let callable = match load_cached(obj, name, entry)? {
                Some(v) => v,
                None => ops::get_attr(obj, name)?,
            };
            ops::call(callable.value(), &args[1..], kwnames)
        }
    }
}
