//! pylift: an ahead-of-time compiler from Python 3.8 to native executables.
//!
//! The pipeline (see ARCHITECTURE.md): [`frontend`] parses and analyses, [`lower`] builds the
//! [`ir`], [`passes`] add error checks and reference counting, [`codegen`] emits an object file
//! with Cranelift, and [`link`] links it with the runtime. [`driver`] strings them together;
//! [`bench`] measures compiled programs against CPython.

pub mod bench;
pub mod codegen;
pub mod driver;
pub mod frontend;
pub mod ir;
pub mod link;
pub mod lower;
pub mod passes;
pub mod target;
