//! The one-word value representation shared with generated code (DESIGN §4, Value).
//!
//! Low bit 1: a small int, `word >> 1` (63-bit signed). Low bit 0: a pointer to an object.
//! The word 0 is "no value", the error signal of every fallible entry point.

use crate::object::ObjHeader;

/// A borrowed Python value. Owning references are [`crate::object::Ref`].
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Value(pub usize);

/// Bit set in the word of a tagged small int.
pub const INT_TAG: usize = 1;
/// Range of ints that are stored tagged.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The error signal: "no value, an exception is set".
    pub const NULL: Value = Value(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }

    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & INT_TAG != 0
    }

    #[inline]
    pub fn from_small_int(v: i64) -> Value {
        debug_assert!((SMALL_INT_MIN..=SMALL_INT_MAX).contains(&v));
        Value(((v << 1) as usize) | INT_TAG)
    }

    /// A small int if `v` fits the tagged range.
    #[inline]
    pub fn try_small_int(v: i64) -> Option<Value> {
        (SMALL_INT_MIN..=SMALL_INT_MAX)
            .contains(&v)
            .then(|| Value::from_small_int(v))
    }

    #[inline]
    pub fn small_int(self) -> i64 {
        (self.0 as i64) >> 1
    }

    #[inline]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as usize)
    }

    /// The object header; only valid when `!is_small_int() && !is_null()`.
    #[inline]
    pub fn header(self) -> *mut ObjHeader {
        self.0 as *mut ObjHeader
    }

    #[inline]
    pub fn as_ptr<T>(self) -> *mut T {
        self.0 as *mut T
    }
}
