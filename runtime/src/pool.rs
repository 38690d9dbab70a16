//! The process's memory allocator (DESIGN §4, Memory): small blocks of a few sizes, each size
//! carved from its own pages, as CPython's object allocator does; larger ones from the C
//! allocator.
//!
//! A program that makes and drops many objects (and their dicts' tables and lists' items)
//! would otherwise make the C allocator keep reorganizing its free chunks, and it would scatter
//! the objects over the heap, which makes every walk of the cycle collector wait on memory.
//! Here a freed block goes to the front of its size's free list and is the next one handed
//! out, and fresh blocks come in address order from the size's current page.
//!
//! Every page starts with the size of its blocks. Pages are kept for reuse by the same size,
//! never given back.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};

/// Block sizes are multiples of this, which is also the blocks' alignment.
const GRANULE: usize = 16;
/// Larger blocks come from the C allocator.
const MAX_BLOCK: usize = 512;
const SIZES: usize = MAX_BLOCK / GRANULE;
const PAGE: usize = 16 * 1024;
/// Pages are taken from the C allocator this many at a time.
const PAGES_PER_CHUNK: usize = 64;

/// The first granule of every page.
#[repr(C)]
struct PageHeader {
    block_size: usize,
}

struct Pools {
    /// Per size: the most recently freed block, whose first word links to the next one; 0
    /// when there is none.
    free: [Cell<usize>; SIZES],
    /// Per size: where the next fresh block of the current page is, and where the page ends.
    fresh: [Cell<usize>; SIZES],
    fresh_end: [Cell<usize>; SIZES],
    /// Pages taken from the C allocator and not yet given to a size.
    spare_pages: Cell<usize>,
    spare_end: Cell<usize>,
}

/// Python code runs on one thread, but the process has others (the one that starts it, and
/// the compiler's, which links this crate too): a lock that is almost never contended.
struct Shared {
    locked: AtomicBool,
    pools: UnsafeCell<Pools>,
}

unsafe impl Sync for Shared {}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Cell<usize> = Cell::new(0);

static POOLS: Shared = Shared {
    locked: AtomicBool::new(false),
    pools: UnsafeCell::new(Pools {
        free: [EMPTY; SIZES],
        fresh: [EMPTY; SIZES],
        fresh_end: [EMPTY; SIZES],
        spare_pages: Cell::new(0),
        spare_end: Cell::new(0),
    }),
};

/// Runs `f` on the pools, holding the lock.
#[inline]
fn with_pools<R>(f: impl FnOnce(&Pools) -> R) -> R {
    while POOLS
        .locked
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        std::hint::spin_loop();
    }
    let result = f(unsafe { &*POOLS.pools.get() });
    POOLS.locked.store(false, Ordering::Release);
    result
}

fn pooled(layout: Layout) -> bool {
    layout.size() <= MAX_BLOCK && layout.align() <= GRANULE
}

fn size_index(size: usize) -> usize {
    (size.max(1) - 1) / GRANULE
}

fn alloc_block(p: &Pools, i: usize) -> *mut u8 {
    let block = p.free[i].get();
    if block != 0 {
        p.free[i].set(unsafe { *(block as *const usize) });
        return block as *mut u8;
    }
    let size = (i + 1) * GRANULE;
    if p.fresh[i].get() + size > p.fresh_end[i].get() {
        let Some(page) = new_page(p) else {
            return std::ptr::null_mut();
        };
        unsafe { (*(page as *mut PageHeader)).block_size = size };
        p.fresh[i].set(page + GRANULE);
        p.fresh_end[i].set(page + PAGE);
    }
    let block = p.fresh[i].get();
    p.fresh[i].set(block + size);
    block as *mut u8
}

extern "C" {
    fn mallopt(param: i32, value: i32) -> i32;
}

/// glibc's `M_TRIM_THRESHOLD`.
const M_TRIM_THRESHOLD: i32 = -1;

/// With the small blocks here, the C allocator's heap holds mostly large buffers (big ints,
/// long lists), and by default it gives the top of the heap back whenever such a buffer there
/// is freed, to fault it in again for the next: it keeps up to this much free instead.
const TRIM_THRESHOLD: i32 = 64 << 20;

fn new_page(p: &Pools) -> Option<usize> {
    if p.spare_pages.get() == p.spare_end.get() {
        if p.spare_end.get() == 0 {
            unsafe { mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) };
        }
        let chunk_layout = Layout::from_size_align(PAGE * PAGES_PER_CHUNK, PAGE).ok()?;
        let chunk = unsafe { System.alloc(chunk_layout) } as usize;
        if chunk == 0 {
            return None;
        }
        p.spare_pages.set(chunk);
        p.spare_end.set(chunk + PAGE * PAGES_PER_CHUNK);
    }
    let page = p.spare_pages.get();
    p.spare_pages.set(page + PAGE);
    Some(page)
}

/// The block's own size, which its page records.
fn block_size(ptr: *mut u8) -> usize {
    unsafe { (*((ptr as usize & !(PAGE - 1)) as *const PageHeader)).block_size }
}

struct PoolAllocator;

unsafe impl GlobalAlloc for PoolAllocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if !pooled(layout) {
            return System.alloc(layout);
        }
        with_pools(|p| alloc_block(p, size_index(layout.size())))
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if !pooled(layout) {
            return System.dealloc(ptr, layout);
        }
        with_pools(|p| {
            let free = &p.free[size_index(block_size(ptr))];
            *(ptr as *mut usize) = free.get();
            free.set(ptr as usize);
        })
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
        match (pooled(layout), pooled(new_layout)) {
            (false, false) => System.realloc(ptr, layout, new_size),
            (true, true) if new_size <= block_size(ptr) && new_size > block_size(ptr) / 2 => ptr,
            _ => {
                let new = self.alloc(new_layout);
                if !new.is_null() {
                    std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
                    self.dealloc(ptr, layout);
                }
                new
            }
        }
    }
}

#[global_allocator]
static ALLOCATOR: PoolAllocator = PoolAllocator;
