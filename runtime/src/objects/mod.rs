//! The builtin object types, one file per type family.

pub mod cell;
pub mod class;
pub mod dict;
pub mod dict_views;
pub mod exception;
pub mod float;
pub mod function;
pub mod generator;
pub mod int;
pub mod iterators;
pub mod list;
pub mod list_sort;
pub mod method;
pub mod method_args;
pub mod module;
pub mod range;
pub mod sequence;
pub mod set;
pub mod singletons;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod type_object;
