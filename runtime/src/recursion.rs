//! The recursion limit: every compiled call and every recursive runtime operation counts depth
//! against `sys.getrecursionlimit()` (DESIGN §4, Recursion).

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::objects::exception::RECURSION_ERROR;

/// Read and written inline by generated code at function entry and exit: `depth` at offset 0,
/// `limit` at offset 8.
#[repr(C)]
pub struct RecursionState {
    pub depth: Cell<i64>,
    pub limit: Cell<i64>,
}

unsafe impl Sync for RecursionState {}

#[no_mangle]
pub static pl_recursion: RecursionState = RecursionState {
    depth: Cell::new(0),
    limit: Cell::new(1000),
};

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
