//! `_collections`: the native parts of `collections` (`runtime/lib/collections/`).

use crate::errors::PyResult;
use crate::object::Ref;
use crate::objects::tuplegetter::TUPLEGETTER_TYPE;
use crate::value::Value;

pub fn init(m: Value) -> PyResult<()> {
    super::add_value(m, "_tuplegetter", Ref::new(TUPLEGETTER_TYPE.as_value()))
}
