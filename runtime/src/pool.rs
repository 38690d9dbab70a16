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
//! Every page starts with the size of its blocks. Pages come from chunks mapped from the
//! system. Handing blocks out and taking them back touches only the free lists and a count of
//! the free bytes; when that count has grown enough since the last look, a sweep finds the
//! pages whose blocks are all free, takes them off the free lists and gives their memory back
//! (a chunk whose every page is free is unmapped), as CPython frees an arena whose pools are
//! all empty.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::{Cell, UnsafeCell};
use std::sync::atomic::{AtomicBool, Ordering};

/// Block sizes are multiples of this, which is also the blocks' alignment.
const GRANULE: usize = 16;
/// Larger blocks come from the C allocator.
const MAX_BLOCK: usize = 512;
const SIZES: usize = MAX_BLOCK / GRANULE;
const PAGE: usize = 16 * 1024;
/// Pages are mapped this many at a time: one bit each in [`Chunk`]'s masks.
const PAGES_PER_CHUNK: usize = 64;
const CHUNK: usize = PAGE * PAGES_PER_CHUNK;
/// The free bytes at which the first sweep runs; each sweep sets the next one at twice what
/// it left free (and at least this), so that sweeping costs a bounded share of the frees.
const SWEEP_MIN: usize = 8 << 20;

/// The first granule of every page.
#[repr(C)]
struct PageHeader {
    /// The size of the page's blocks; 0 while the page belongs to no size.
    block_size: usize,
    /// During a sweep: how many of the page's blocks are free.
    free_blocks: usize,
}

/// A chunk of pages mapped from the system, aligned to its size.
#[derive(Clone, Copy)]
struct Chunk {
    base: usize,
    /// Bit n: page n belongs to no size.
    spare: u64,
    /// Bit n: the sweep running now found page n empty; its memory is to be given back.
    emptied: u64,
}

struct Pools {
    /// Per size: the most recently freed block, whose first word links to the next one; 0
    /// when there is none.
    free: [Cell<usize>; SIZES],
    /// Per size: where the next fresh block of the current page is, and where the page ends.
    fresh: [Cell<usize>; SIZES],
    fresh_end: [Cell<usize>; SIZES],
    /// How many more bytes the free lists may gain before the next sweep: a sweep runs when
    /// this goes below zero (one count to keep up on the fast paths).
    sweep_budget: Cell<isize>,
    /// The chunks in address order, in an array from the C allocator.
    chunks: Cell<*mut Chunk>,
    chunk_count: Cell<usize>,
    chunk_capacity: Cell<usize>,
    /// The pages of all chunks that belong to no size, and the first chunk that may have one.
    spare_pages: Cell<usize>,
    first_spare: Cell<usize>,
}

impl Pools {
    fn chunks(&self) -> &mut [Chunk] {
        if self.chunk_count.get() == 0 {
            return &mut [];
        }
        unsafe { std::slice::from_raw_parts_mut(self.chunks.get(), self.chunk_count.get()) }
    }
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
        sweep_budget: Cell::new(SWEEP_MIN as isize),
        chunks: Cell::new(std::ptr::null_mut()),
        chunk_count: Cell::new(0),
        chunk_capacity: Cell::new(0),
        spare_pages: Cell::new(0),
        first_spare: Cell::new(0),
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

fn page_header(page: usize) -> &'static mut PageHeader {
    unsafe { &mut *(page as *mut PageHeader) }
}

fn page_of(block: usize) -> usize {
    block & !(PAGE - 1)
}

fn alloc_block(p: &Pools, i: usize) -> *mut u8 {
    let size = (i + 1) * GRANULE;
    let block = p.free[i].get();
    if block != 0 {
        p.free[i].set(unsafe { *(block as *const usize) });
        p.sweep_budget.set(p.sweep_budget.get() + size as isize);
        return block as *mut u8;
    }
    if p.fresh[i].get() + size > p.fresh_end[i].get() {
        let Some(page) = new_page(p) else {
            return std::ptr::null_mut();
        };
        *page_header(page) = PageHeader {
            block_size: size,
            free_blocks: 0,
        };
        p.fresh[i].set(page + GRANULE);
        p.fresh_end[i].set(page + PAGE);
    }
    let block = p.fresh[i].get();
    p.fresh[i].set(block + size);
    block as *mut u8
}

#[inline]
fn free_block(p: &Pools, block: *mut u8) {
    let size = block_size(block);
    let free = &p.free[size_index(size)];
    unsafe { *(block as *mut usize) = free.get() };
    free.set(block as usize);
    p.sweep_budget.set(p.sweep_budget.get() - size as isize);
    if p.sweep_budget.get() < 0 {
        sweep(p);
    }
}

extern "C" {
    fn mallopt(param: i32, value: i32) -> i32;
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, offset: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
    fn madvise(addr: *mut u8, len: usize, advice: i32) -> i32;
}

/// glibc's `M_TRIM_THRESHOLD`.
const M_TRIM_THRESHOLD: i32 = -1;
/// Linux's values, the same on x86-64 and aarch64.
const PROT_READ_WRITE: i32 = 0x1 | 0x2;
const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
const MADV_DONTNEED: i32 = 4;

/// With the small blocks here, the C allocator's heap holds mostly large buffers (big ints,
/// long lists), and by default it gives the top of the heap back whenever such a buffer there
/// is freed, to fault it in again for the next: it keeps up to this much free instead.
const TRIM_THRESHOLD: i32 = 64 << 20;

/// A page for a size: a spare one of the lowest chunk that has one, or the first of a new
/// chunk.
fn new_page(p: &Pools) -> Option<usize> {
    if p.spare_pages.get() == 0 {
        map_chunk(p)?;
    }
    let chunks = p.chunks();
    let mut index = p.first_spare.get();
    while chunks[index].spare == 0 {
        index += 1;
    }
    p.first_spare.set(index);
    let chunk = &mut chunks[index];
    let n = chunk.spare.trailing_zeros() as usize;
    chunk.spare &= !(1 << n);
    p.spare_pages.set(p.spare_pages.get() - 1);
    Some(chunk.base + n * PAGE)
}

/// Maps a chunk, all of its pages spare, and records it in address order.
#[cold]
fn map_chunk(p: &Pools) -> Option<()> {
    if p.chunk_capacity.get() == 0 {
        unsafe { mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD) };
    }
    if p.chunk_count.get() == p.chunk_capacity.get() {
        let capacity = (p.chunk_capacity.get() * 2).max(16);
        let layout = Layout::array::<Chunk>(capacity).ok()?;
        let grown = unsafe {
            if p.chunk_capacity.get() == 0 {
                System.alloc(layout)
            } else {
                let old = Layout::array::<Chunk>(p.chunk_capacity.get()).ok()?;
                System.realloc(p.chunks.get() as *mut u8, old, layout.size())
            }
        };
        if grown.is_null() {
            return None;
        }
        p.chunks.set(grown as *mut Chunk);
        p.chunk_capacity.set(capacity);
    }
    // Twice the size, to cut an aligned chunk out of it.
    let raw = unsafe {
        mmap(
            std::ptr::null_mut(),
            2 * CHUNK,
            PROT_READ_WRITE,
            MAP_PRIVATE_ANONYMOUS,
            -1,
            0,
        )
    };
    if raw as isize == -1 {
        return None;
    }
    let raw = raw as usize;
    let base = (raw + CHUNK - 1) & !(CHUNK - 1);
    unsafe {
        if base > raw {
            munmap(raw as *mut u8, base - raw);
        }
        munmap((base + CHUNK) as *mut u8, raw + 2 * CHUNK - (base + CHUNK));
    }
    let position = p.chunks().partition_point(|c| c.base < base);
    p.chunk_count.set(p.chunk_count.get() + 1);
    let chunks = p.chunks();
    chunks.copy_within(position..chunks.len() - 1, position + 1);
    chunks[position] = Chunk {
        base,
        spare: u64::MAX,
        emptied: 0,
    };
    p.spare_pages.set(p.spare_pages.get() + PAGES_PER_CHUNK);
    p.first_spare.set(p.first_spare.get().min(position));
    Some(())
}

/// Visits the blocks of one size's free list.
fn each_free_block(p: &Pools, i: usize, mut f: impl FnMut(usize)) {
    let mut block = p.free[i].get();
    while block != 0 {
        f(block);
        block = unsafe { *(block as *const usize) };
    }
}

/// Takes the pages whose blocks are all free off the free lists and gives their memory back.
/// The page each size is carving is kept.
#[cold]
#[inline(never)]
fn sweep(p: &Pools) {
    for i in 0..SIZES {
        each_free_block(p, i, |block| page_header(page_of(block)).free_blocks = 0);
    }
    for i in 0..SIZES {
        each_free_block(p, i, |block| page_header(page_of(block)).free_blocks += 1);
    }
    let mut kept_bytes = 0;
    for i in 0..SIZES {
        let size = (i + 1) * GRANULE;
        let capacity = (PAGE - GRANULE) / size;
        let carving = p.fresh_end[i].get().wrapping_sub(PAGE);
        // Relinks the blocks that stay, in their order.
        let mut tail = p.free[i].as_ptr();
        let mut block = p.free[i].get();
        while block != 0 {
            let next = unsafe { *(block as *const usize) };
            let page = page_of(block);
            let header = page_header(page);
            if header.free_blocks == capacity && page != carving {
                if header.block_size != 0 {
                    header.block_size = 0;
                    page_emptied(p, page);
                }
            } else {
                unsafe { *tail = block };
                tail = block as *mut usize;
                kept_bytes += size;
            }
            block = next;
        }
        unsafe { *tail = 0 };
    }
    give_back_emptied(p);
    p.sweep_budget
        .set(((2 * kept_bytes).max(SWEEP_MIN) - kept_bytes) as isize);
}

fn page_emptied(p: &Pools, page: usize) {
    let base = page & !(CHUNK - 1);
    let chunks = p.chunks();
    let index = chunks.partition_point(|c| c.base < base);
    debug_assert_eq!(chunks[index].base, base);
    let bit = 1 << ((page - base) / PAGE);
    chunks[index].spare |= bit;
    chunks[index].emptied |= bit;
    p.spare_pages.set(p.spare_pages.get() + 1);
    p.first_spare.set(p.first_spare.get().min(index));
}

/// Unmaps the chunks a sweep left with every page spare, and tells the system it may drop
/// the memory of the other pages it emptied.
fn give_back_emptied(p: &Pools) {
    let mut index = 0;
    while index < p.chunk_count.get() {
        let chunks = p.chunks();
        let chunk = chunks[index];
        if chunk.emptied == 0 {
            index += 1;
            continue;
        }
        if chunk.spare == u64::MAX {
            unsafe { munmap(chunk.base as *mut u8, CHUNK) };
            chunks.copy_within(index + 1.., index);
            p.chunk_count.set(p.chunk_count.get() - 1);
            p.spare_pages.set(p.spare_pages.get() - PAGES_PER_CHUNK);
            continue;
        }
        // Runs of emptied pages, one call each.
        let mut emptied = chunk.emptied;
        while emptied != 0 {
            let first = emptied.trailing_zeros() as usize;
            let run = (emptied >> first).trailing_ones() as usize;
            unsafe {
                madvise(
                    (chunk.base + first * PAGE) as *mut u8,
                    run * PAGE,
                    MADV_DONTNEED,
                )
            };
            emptied &= !((((1u128 << run) - 1) << first) as u64);
        }
        chunks[index].emptied = 0;
        index += 1;
    }
    p.first_spare.set(0);
}

/// The block's own size, which its page records.
fn block_size(ptr: *mut u8) -> usize {
    page_header(page_of(ptr as usize)).block_size
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
        with_pools(|p| free_block(p, ptr))
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
