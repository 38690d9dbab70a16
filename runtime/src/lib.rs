//! pylift's runtime: the object model, builtins and the entry points compiled programs call.
//!
//! Built as a static library linked into every executable, and as an rlib so the compiler can
//! read the ABI table ([`abi`]) and the layouts generated code depends on.

#![allow(clippy::missing_safety_doc)]

pub mod abi;
pub mod builtins;
mod entry;
pub mod errors;
pub mod format;
pub mod gc;
pub mod io;
pub mod module;
pub mod modules;
pub mod object;
pub mod objects;
pub mod ops;
mod pool;
pub mod recursion;
pub mod traceback;
pub mod value;
