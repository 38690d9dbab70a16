//! The C library's math functions, called directly.
//!
//! CPython's `math` module calls the platform libm, and a float result is printed through its
//! repr, so pylift must call the very same functions to print the same digits. Rust's `f64`
//! methods mostly do, but some (`asinh`, `acosh`, `atanh`) are implemented in Rust instead;
//! declaring every function here keeps the choice explicit and in one place.

use std::ffi::c_int;

mod c {
    use std::ffi::c_int;

    extern "C" {
        pub fn sin(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn acos(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn fmod(x: f64, y: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn frexp(x: f64, exp: *mut c_int) -> f64;
        pub fn ldexp(x: f64, exp: c_int) -> f64;
        pub fn modf(x: f64, int_part: *mut f64) -> f64;
    }
}

/// Safe wrappers: these functions only read their arguments (and may set `errno`, which pylift
/// never reads).
macro_rules! pure_functions {
    ($($name:ident($($arg:ident),+);)*) => {$(
        pub fn $name($($arg: f64),+) -> f64 {
            unsafe { c::$name($($arg),+) }
        }
    )*};
}

pure_functions! {
    sin(x); cos(x); tan(x); asin(x); acos(x); atan(x); atan2(y, x); hypot(x, y);
    sinh(x); cosh(x); tanh(x); asinh(x); acosh(x); atanh(x);
    exp(x); expm1(x); log(x); log2(x); log10(x); log1p(x); pow(x, y); fmod(x, y);
    erf(x); erfc(x);
}

/// `x` as a mantissa in [0.5, 1) (or 0) and a power of two.
pub fn frexp(x: f64) -> (f64, i32) {
    let mut exp: c_int = 0;
    let mantissa = unsafe { c::frexp(x, &mut exp) };
    (mantissa, exp)
}

/// `x * 2**exp`, correctly rounded.
pub fn ldexp(x: f64, exp: i32) -> f64 {
    unsafe { c::ldexp(x, exp) }
}

/// The fractional and integral parts of `x`, both with its sign.
pub fn modf(x: f64) -> (f64, f64) {
    let mut int_part = 0.0;
    let frac = unsafe { c::modf(x, &mut int_part) };
    (frac, int_part)
}
