//! Passes over the IR, each a function over one `Function`. They run in [`run_all`]'s order.

mod exceptions;
mod liveness;
mod refcount;
mod simplify;

pub use exceptions::insert_error_checks;
pub use liveness::owned_at_yields;
pub use refcount::insert_refcounts;
pub use simplify::remove_unreachable_blocks;

use crate::ir::Module;

/// The pipeline between lowering and codegen.
pub fn run_all(module: &mut Module) {
    for id in module.functions.keys() {
        let func = &mut module.functions[id];
        remove_unreachable_blocks(func);
        insert_error_checks(func);
        remove_unreachable_blocks(func);
        insert_refcounts(func);
    }
}
