//! The recursion limit: every compiled call and every recursive runtime operation counts depth
//! against `sys.getrecursionlimit()` (DESIGN §4, Recursion).
//!
//! The same depth indexes the stack of running code: a compiled function entering level `d`
//! writes its `CodeInfo` at `frames[d]`, and a runtime operation writes null there. The
//! innermost compiled code is what CPython finds through the current frame (the globals that
//! `type(name, bases, ns)` takes `__module__` from, `sys._getframe`).

use std::cell::{Cell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::module::CodeInfo;
use crate::objects::exception::RECURSION_ERROR;

/// Read and written inline by generated code at function entry and exit: `depth` at offset 0,
/// `limit` at offset 8, `frames` at offset 16.
#[repr(C)]
pub struct RecursionState {
    pub depth: Cell<i64>,
    pub limit: Cell<i64>,
    /// `limit + 1` entries at least (the limit bounds the depth), never shrinking.
    frames: Cell<*mut *const CodeInfo>,
}

unsafe impl Sync for RecursionState {}

const INITIAL_LIMIT: usize = 1000;

struct InitialFrames(UnsafeCell<[*const CodeInfo; INITIAL_LIMIT + 1]>);
unsafe impl Sync for InitialFrames {}

static INITIAL_FRAMES: InitialFrames =
    InitialFrames(UnsafeCell::new([std::ptr::null(); INITIAL_LIMIT + 1]));

/// The capacity of `frames`.
static FRAME_CAPACITY: FrameCapacity = FrameCapacity(Cell::new(INITIAL_LIMIT + 1));
struct FrameCapacity(Cell<usize>);
unsafe impl Sync for FrameCapacity {}

#[no_mangle]
pub static pl_recursion: RecursionState = RecursionState {
    depth: Cell::new(0),
    limit: Cell::new(INITIAL_LIMIT as i64),
    frames: Cell::new(INITIAL_FRAMES.0.get() as *mut *const CodeInfo),
};

/// `sys.setrecursionlimit`: the frame stack grows to hold the deeper levels.
pub fn set_limit(limit: i64) {
    let needed = limit as usize + 1;
    if needed > FRAME_CAPACITY.0.get() {
        let depth = pl_recursion.depth.get() as usize;
        let mut grown = vec![std::ptr::null(); needed];
        grown[..=depth].copy_from_slice(unsafe {
            std::slice::from_raw_parts(pl_recursion.frames.get(), depth + 1)
        });
        // The program's frame stack from now on; the previous one is not freed, since the
        // initial one is static.
        pl_recursion
            .frames
            .set(Box::leak(grown.into_boxed_slice()).as_mut_ptr());
        FRAME_CAPACITY.0.set(needed);
    }
    pl_recursion.limit.set(limit);
}

/// The code running `n` compiled frames below the innermost one (0: the innermost), if any.
pub fn compiled_frame(n: usize) -> Option<&'static CodeInfo> {
    let depth = pl_recursion.depth.get() as usize;
    let frames = unsafe { std::slice::from_raw_parts(pl_recursion.frames.get(), depth + 1) };
    frames[1..]
        .iter()
        .rev()
        .filter(|code| !code.is_null())
        .nth(n)
        .map(|&code| unsafe { &*code })
}

/// Counts one level; raises RecursionError past the limit.
pub fn enter(context: &str) -> PyResult<()> {
    let depth = pl_recursion.depth.get() + 1;
    if depth > pl_recursion.limit.get() {
        return Err(errors::raise(
            &RECURSION_ERROR,
            format!("maximum recursion depth exceeded{context}"),
        ));
    }
    pl_recursion.depth.set(depth);
    // A level of the runtime's own, not a frame of compiled code.
    unsafe { *pl_recursion.frames.get().add(depth as usize) = std::ptr::null() };
    Ok(())
}

pub fn leave() {
    pl_recursion.depth.set(pl_recursion.depth.get() - 1);
}

/// Runs `f` one level deeper.
pub fn guard<T>(context: &str, f: impl FnOnce() -> PyResult<T>) -> PyResult<T> {
    enter(context)?;
    let r = f();
    leave();
    r
}
