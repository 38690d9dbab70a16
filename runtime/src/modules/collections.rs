//! `_collections`: the native parts of `collections` (`runtime/lib/collections/`).

use crate::errors::PyResult;
use crate::object::Ref;
use crate::objects::deque::DEQUE_TYPE;
use crate::objects::tuplegetter::TUPLEGETTER_TYPE;
use crate::value::Value;

pub fn init(m: Value) -> PyResult<()> {
    super::add_value(m, "_tuplegetter", Ref::new(TUPLEGETTER_TYPE.as_value()))?;
    super::add_value(m, "deque", Ref::new(DEQUE_TYPE.as_value()))
}
