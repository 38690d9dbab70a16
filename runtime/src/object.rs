//! Object header, reference counting and allocation (DESIGN §4, Object header and Memory).

use std::cell::Cell;
use std::mem::ManuallyDrop;

use crate::objects::type_object::TypeObject;
use crate::value::Value;

/// The first two words of every heap object. Generated code reads and writes `refcnt` inline.
#[repr(C)]
pub struct ObjHeader {
    pub refcnt: Cell<isize>,
    pub ty: Cell<*const TypeObject>,
}

// The runtime runs Python code on one thread at a time; statics holding objects are shared
// only in that sense.
unsafe impl Sync for ObjHeader {}

/// Refcount of static objects (None, True, type objects, constants). Large enough that no
/// program's increments or decrements can bring it to zero, so immortal objects are never
/// freed, and steals of them need no incref.
pub const IMMORTAL_REFCNT: isize = 1 << 60;

/// Byte offsets that generated code relies on.
pub const REFCNT_OFFSET: i32 = 0;
pub const TYPE_OFFSET: i32 = 8;

impl ObjHeader {
    pub const fn immortal(ty: *const TypeObject) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(IMMORTAL_REFCNT),
            ty: Cell::new(ty),
        }
    }

    pub fn new(ty: &'static TypeObject) -> ObjHeader {
        ObjHeader {
            refcnt: Cell::new(1),
            ty: Cell::new(ty),
        }
    }
}

/// Makes `v` live as long as the program, like the static objects: constants, and singletons
/// made at run time. It no longer counts as live, and the collector no longer examines it.
pub fn make_immortal(v: Value) {
    if unsafe { (*v.header()).refcnt.get() } >= IMMORTAL_REFCNT {
        return;
    }
    unsafe { (*v.header()).refcnt.set(IMMORTAL_REFCNT) };
    live::freed();
    if crate::ops::type_of(v).gc.is_some() {
        crate::gc::untrack(v);
    }
}

#[inline]
pub fn incref(v: Value) {
    if !v.is_small_int() {
        let h = unsafe { &*v.header() };
        h.refcnt.set(h.refcnt.get() + 1);
    }
}

#[inline]
pub fn decref(v: Value) {
    if !v.is_small_int() {
        let h = unsafe { &*v.header() };
        let n = h.refcnt.get() - 1;
        h.refcnt.set(n);
        if n == 0 {
            unsafe { dealloc(v) }
        }
    }
}

/// Frees an object whose refcount reached zero, through its type's `dealloc` slot.
///
/// # Safety
/// `v` must be a heap object with no remaining references.
pub unsafe fn dealloc(v: Value) {
    let ty = &*(*v.header()).ty.get();
    (ty.dealloc)(v);
}

/// An owned (strong) reference: dropping it decrefs. Borrowed values are plain [`Value`]s.
#[repr(transparent)]
pub struct Ref(Value);

impl Ref {
    /// Takes ownership of a reference the caller already owns.
    ///
    /// # Safety
    /// `v` must be an owned, non-null reference.
    #[inline]
    pub unsafe fn from_owned(v: Value) -> Ref {
        debug_assert!(!v.is_null());
        Ref(v)
    }

    /// A new reference to a borrowed value.
    #[inline]
    pub fn new(v: Value) -> Ref {
        debug_assert!(!v.is_null());
        incref(v);
        Ref(v)
    }

    #[inline]
    pub fn small_int(v: i64) -> Ref {
        Ref(Value::from_small_int(v))
    }

    #[inline]
    pub fn value(&self) -> Value {
        self.0
    }

    /// Hands the reference to the caller (generated code or a container).
    #[inline]
    pub fn into_raw(self) -> Value {
        ManuallyDrop::new(self).0
    }
}

impl Clone for Ref {
    fn clone(&self) -> Ref {
        Ref::new(self.0)
    }
}

impl Drop for Ref {
    #[inline]
    fn drop(&mut self) {
        decref(self.0)
    }
}

impl std::fmt::Debug for Ref {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ref({:#x})", self.0 .0)
    }
}

/// Counts live heap objects so tests can check that a program frees what it allocated
/// (`PYLIFT_CHECK_LEAKS=1`, see `entry.rs`).
pub mod live {
    use std::sync::atomic::{AtomicIsize, Ordering};

    static LIVE: AtomicIsize = AtomicIsize::new(0);

    #[inline]
    pub fn allocated() {
        LIVE.fetch_add(1, Ordering::Relaxed);
    }
    #[inline]
    pub fn freed() {
        LIVE.fetch_sub(1, Ordering::Relaxed);
    }
    pub fn count() -> isize {
        LIVE.load(Ordering::Relaxed)
    }
}

/// Moves `obj` to the heap as a new object with refcount 1.
pub fn alloc<T>(obj: T) -> Value {
    live::allocated();
    Value::from_ptr(Box::into_raw(Box::new(obj)))
}

/// The matching free for [`alloc`]; type `dealloc` slots call it after dropping their fields.
///
/// # Safety
/// `v` must have been made by `alloc::<T>` and not be used afterwards.
pub unsafe fn free<T>(v: Value) {
    live::freed();
    drop(Box::from_raw(v.as_ptr::<T>()));
}
