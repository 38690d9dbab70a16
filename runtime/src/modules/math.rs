//! The `math` module: CPython 3.8's functions, errors and results, bit for bit.
//!
//! Float functions call the C library as CPython does (`libm.rs`); where CPython computes a
//! result itself (gamma, lgamma, hypot, dist, fsum, remainder, the special cases of pow and
//! atan2) pylift uses the same algorithm, so that the same float comes out. The functions on
//! integers are in `math_integer.rs`, gamma and lgamma in `math_gamma.rs`.

use std::f64::consts::PI;

use dashu_int::ops::BitTest;
use dashu_int::IBig;

use super::arguments::{self, real, Signature};
use super::libm;
use super::math_gamma::{lgamma, tgamma};
use super::math_integer;
use crate::builtins::args;
use crate::errors::{self, PyResult, Raised};
use crate::object::Ref;
use crate::objects::class;
use crate::objects::float::{float_value, new_float};
use crate::objects::function::BuiltinFunction;
use crate::objects::int::{self, float_to_int, int_exact, int_view};
use crate::objects::singletons::bool_ref;
use crate::objects::tuple::new_tuple;
use crate::ops::{self, type_of, BinaryOp};
use crate::value::Value;

/// How a math function failed: CPython tells the two apart by `errno` (EDOM and ERANGE).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum MathError {
    /// An argument outside the function's domain: ValueError.
    Domain,
    /// A result too large for a float: OverflowError.
    Range,
}

impl MathError {
    pub fn raise(self) -> Raised {
        match self {
            MathError::Domain => errors::value_error("math domain error"),
            MathError::Range => errors::overflow_error("math range error"),
        }
    }
}

pub type MathResult = Result<f64, MathError>;

/// What an infinite result from a finite argument means for a one-argument function.
#[derive(Clone, Copy)]
enum Infinity {
    /// The true result is finite but too large (`exp(1000)`).
    Overflow,
    /// The function has a pole there (`atanh(1)`, `log(0)`).
    Singularity,
}

/// Checks a one-argument result as CPython's `math_1` does: NaN from a number, or infinity from
/// a finite number, is an error.
fn check_unary(x: f64, r: f64, infinity: Infinity) -> MathResult {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match infinity {
            Infinity::Overflow => MathError::Range,
            Infinity::Singularity => MathError::Domain,
        });
    }
    Ok(r)
}

/// Checks a two-argument result as CPython's `math_2` does.
fn check_binary(x: f64, y: f64, r: f64) -> MathResult {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(MathError::Range);
    }
    Ok(r)
}

fn float_result(r: MathResult) -> PyResult<Ref> {
    r.map(new_float).map_err(MathError::raise)
}

/// The single float argument of a one-argument function.
fn one_real(name: &str, a: &[Value], k: Option<Value>) -> PyResult<f64> {
    real(args::exact(name, a, k, 1)?[0])
}

/// The two float arguments of a two-argument function.
fn two_reals(name: &str, a: &[Value], k: Option<Value>) -> PyResult<(f64, f64)> {
    let a = args::exact(name, a, k, 2)?;
    Ok((real(a[0])?, real(a[1])?))
}

fn unary(
    name: &str,
    a: &[Value],
    k: Option<Value>,
    f: fn(f64) -> f64,
    infinity: Infinity,
) -> PyResult<Ref> {
    let x = one_real(name, a, k)?;
    float_result(check_unary(x, f(x), infinity))
}

fn binary(name: &str, a: &[Value], k: Option<Value>, f: fn(f64, f64) -> f64) -> PyResult<Ref> {
    let (x, y) = two_reals(name, a, k)?;
    float_result(check_binary(x, y, f(x, y)))
}

/// A function that reports its own errors (CPython's `math_1a`).
fn unary_checked(
    name: &str,
    a: &[Value],
    k: Option<Value>,
    f: fn(f64) -> MathResult,
) -> PyResult<Ref> {
    float_result(f(one_real(name, a, k)?))
}

// ---- Logarithms -------------------------------------------------------------------------------

/// A logarithm extended to the whole real line as CPython's `m_log` does: -inf at 0, NaN below.
fn extended_log(x: f64, log: fn(f64) -> f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        x
    } else if x > 0.0 {
        log(x)
    } else if x == 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::NAN
    }
}

/// `log(x)` for ints of any size (CPython's `loghelper`): an int too large for a float is split
/// as `m * 2**e` and its log is `log(m) + e * log(2)`.
fn log_of(v: Value, log: fn(f64) -> f64) -> PyResult<f64> {
    let Some(i) = int_view(v) else {
        let x = real(v)?;
        return check_unary(x, extended_log(x, log), Infinity::Singularity)
            .map_err(MathError::raise);
    };
    if i.is_negative() || i.is_zero() {
        return Err(MathError::Domain.raise());
    }
    if let Ok(x) = i.to_f64() {
        return Ok(log(x));
    }
    errors::take();
    let (m, e) = big_frexp(&i.to_big());
    Ok(log(m) + log(2.0) * e as f64)
}

/// A positive big int as `m * 2**e` with `m` in [0.5, 1) rounded to 53 bits, half to even
/// (CPython's `_PyLong_Frexp`).
fn big_frexp(n: &IBig) -> (f64, u64) {
    const KEPT: u64 = 55; // 53 bits, a rounding bit and a sticky bit
    let bits = n.bit_len() as u64;
    let shift = bits.saturating_sub(KEPT);
    let mut top = u64::try_from(n >> shift as usize).expect("55 bits fit a u64");
    if n.trailing_zeros().is_some_and(|z| (z as u64) < shift) {
        top |= 1; // sticky: nonzero bits were shifted out
    }
    // The u64 → f64 conversion rounds once, to nearest even.
    let m = top as f64 / 2f64.powi(KEPT as i32);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

fn math_log(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("log", k)?;
    if a.is_empty() || a.len() > 2 {
        return Err(errors::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(a[0], libm::log)?;
    let Some(&base) = a.get(1) else {
        return Ok(new_float(num));
    };
    let den = log_of(base, libm::log)?;
    if den == 0.0 {
        return Err(errors::zero_division("float division by zero"));
    }
    Ok(new_float(num / den))
}

fn log_function(name: &str, a: &[Value], k: Option<Value>, log: fn(f64) -> f64) -> PyResult<Ref> {
    Ok(new_float(log_of(args::exact(name, a, k, 1)?[0], log)?))
}

/// `log1p` keeps the sign of a zero argument.
fn log1p(x: f64) -> f64 {
    if x == 0.0 {
        x
    } else {
        libm::log1p(x)
    }
}

// ---- Powers, remainders, angles -----------------------------------------------------------------

/// `pow(x, y)` with C99's special values decided here, as CPython does, and libm for the rest.
fn pow(x: f64, y: f64) -> MathResult {
    if x.is_finite() && y.is_finite() {
        let r = libm::pow(x, y);
        return if r.is_nan() {
            Err(MathError::Domain)
        } else if r.is_infinite() {
            // (±0)**negative is a pole; anything else is overflow.
            Err(if x == 0.0 {
                MathError::Domain
            } else {
                MathError::Range
            })
        } else {
            Ok(r)
        };
    }
    Ok(if x.is_nan() {
        if y == 0.0 {
            1.0
        } else {
            x
        }
    } else if y.is_nan() {
        if x == 1.0 {
            1.0
        } else {
            y
        }
    } else if x.is_infinite() {
        let odd_y = y.is_finite() && libm::fmod(y.abs(), 2.0) == 1.0;
        if y > 0.0 {
            if odd_y {
                x
            } else {
                x.abs()
            }
        } else if y == 0.0 {
            1.0
        } else if odd_y {
            0f64.copysign(x)
        } else {
            0.0
        }
    } else if x.abs() == 1.0 {
        // y is infinite from here on.
        1.0
    } else if y < 0.0 && x == 0.0 {
        // 0**-inf divides by zero.
        return Err(MathError::Domain);
    } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
        f64::INFINITY
    } else {
        0.0
    })
}

fn fmod(x: f64, y: f64) -> MathResult {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = libm::fmod(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(MathError::Domain);
    }
    Ok(r)
}

/// IEEE 754 remainder: `x - n*y` with `n` the integer nearest `x/y`, ties to even.
fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (absx, absy) = (x.abs(), y.abs());
        let m = libm::fmod(absx, absy);
        // Compare m with absy - m rather than with absy / 2, which may not be representable.
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Exactly halfway: pick the even multiple. fmod(0.5 * (absx - m), absy) is m when
            // the quotient is odd and 0 when it is even; every step is exact.
            m - 2.0 * libm::fmod(0.5 * (absx - m), absy)
        };
        return 1f64.copysign(x) * r;
    }
    if x.is_nan() {
        x
    } else if y.is_nan() {
        y
    } else if x.is_infinite() {
        f64::NAN
    } else {
        x
    }
}

/// `atan2` with the special values CPython decides itself rather than trusting libm.
fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    let x_positive = x.is_sign_positive();
    if y.is_infinite() {
        return if x.is_infinite() {
            (if x_positive { 0.25 * PI } else { 0.75 * PI }).copysign(y)
        } else {
            (0.5 * PI).copysign(y)
        };
    }
    if x.is_infinite() || y == 0.0 {
        return if x_positive {
            0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    libm::atan2(y, x)
}

fn math_pow(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (x, y) = two_reals("pow", a, k)?;
    float_result(pow(x, y))
}

fn math_fmod(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (x, y) = two_reals("fmod", a, k)?;
    float_result(fmod(x, y))
}

// ---- Decomposition ----------------------------------------------------------------------------

fn math_frexp(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = one_real("frexp", a, k)?;
    let (m, e) = if x.is_finite() && x != 0.0 {
        libm::frexp(x)
    } else {
        (x, 0)
    };
    Ok(new_tuple(vec![new_float(m), int::from_i64(e.into())]))
}

fn math_modf(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = one_real("modf", a, k)?;
    let (frac, whole) = if x.is_infinite() {
        (0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        libm::modf(x)
    };
    Ok(new_tuple(vec![new_float(frac), new_float(whole)]))
}

fn math_ldexp(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = args::exact("ldexp", a, k, 2)?;
    let x = real(a[0])?;
    let Some(exp) = int_view(a[1]) else {
        return Err(errors::type_error(
            "Expected an int as second argument to ldexp.",
        ));
    };
    let exp = int::saturating_i64(exp);
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX.into() {
        return Err(MathError::Range.raise());
    } else if exp < i32::MIN.into() {
        0f64.copysign(x)
    } else {
        libm::ldexp(x, exp as i32)
    };
    if r.is_infinite() && x.is_finite() {
        return Err(MathError::Range.raise());
    }
    Ok(new_float(r))
}

// ---- Rounding to ints ---------------------------------------------------------------------------

/// Calls `x.<name>()` when `x`'s class (one defined in Python) has that special method.
fn call_special(x: Value, name: &str) -> PyResult<Option<Ref>> {
    let ty = type_of(x);
    if !ty.is_heap() {
        return Ok(None);
    }
    match ty.lookup(name)? {
        Some(method) => {
            let bound = class::bind(method, x, Some(ty.as_value()))?;
            ops::call(bound.value(), &[], None).map(Some)
        }
        None => Ok(None),
    }
}

/// `ceil` and `floor`: ints are returned as they are, objects with `__ceil__` or `__floor__`
/// decide, and anything else rounds as a float.
fn round_to_int(
    name: &str,
    a: &[Value],
    k: Option<Value>,
    special: &str,
    round: fn(f64) -> f64,
) -> PyResult<Ref> {
    let x = args::exact(name, a, k, 1)?[0];
    if int_view(x).is_some() {
        return int_exact(x);
    }
    if let Some(r) = call_special(x, special)? {
        return Ok(r);
    }
    float_to_int(round(real(x)?))
}

fn math_trunc(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("trunc", a, k, 1)?[0];
    if int_view(x).is_some() {
        return int_exact(x);
    }
    if let Some(f) = float_value(x) {
        return float_to_int(f.trunc());
    }
    match call_special(x, "__trunc__")? {
        Some(r) => Ok(r),
        None => Err(errors::type_error(format!(
            "type {} doesn't define __trunc__ method",
            type_of(x).name
        ))),
    }
}

// ---- Classification and comparison --------------------------------------------------------------

fn classify(name: &str, a: &[Value], k: Option<Value>, test: fn(f64) -> bool) -> PyResult<Ref> {
    Ok(bool_ref(test(one_real(name, a, k)?)))
}

static ISCLOSE: Signature = Signature {
    name: "isclose",
    positional: &["a", "b"],
    required: 2,
    keyword_only: &["rel_tol", "abs_tol"],
};

fn math_isclose(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = ISCLOSE.bind(a, k)?;
    let x = real(bound[0].unwrap())?;
    let y = real(bound[1].unwrap())?;
    let rel_tol = bound[2].map(real).transpose()?.unwrap_or(1e-9);
    let abs_tol = bound[3].map(real).transpose()?.unwrap_or(0.0);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(errors::value_error("tolerances must be non-negative"));
    }
    Ok(bool_ref(is_close(x, y, rel_tol, abs_tol)))
}

fn is_close(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    // Two infinities of the same sign were equal; anything else is infinitely far apart.
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
}

// ---- Norms and sums -----------------------------------------------------------------------------

/// The Euclidean norm of non-negative coordinates whose maximum is `max` (CPython 3.8's
/// `vector_norm`): scaled by `max` against overflow, the squares summed with the rounding error
/// of each addition carried in `frac`, starting from 1.0 so the sum never loses its top bits.
fn vector_norm(coordinates: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || coordinates.len() <= 1 {
        return max;
    }
    let (mut csum, mut frac) = (1.0f64, 0.0f64);
    for &x in coordinates {
        let x = x / max;
        let square = x * x;
        let old = csum;
        csum += square;
        frac += (old - csum) + square;
    }
    max * (csum - 1.0 + frac).sqrt()
}

/// Absolute values ready for `vector_norm`, with their maximum and whether one is NaN.
fn norm_of(values: impl IntoIterator<Item = f64>) -> f64 {
    let coordinates: Vec<f64> = values.into_iter().map(f64::abs).collect();
    let found_nan = coordinates.iter().any(|x| x.is_nan());
    let max = coordinates
        .iter()
        .fold(0.0f64, |m, &x| if x > m { x } else { m });
    vector_norm(&coordinates, max, found_nan)
}

fn math_hypot(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("hypot", k)?;
    let coordinates = a.iter().map(|v| real(*v)).collect::<PyResult<Vec<f64>>>()?;
    Ok(new_float(norm_of(coordinates)))
}

fn math_dist(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = arguments::positional("dist", a, k, 2, 2)?;
    let p = ops::collect(a[0])?;
    let q = ops::collect(a[1])?;
    if p.len() != q.len() {
        return Err(errors::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut differences = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(&q) {
        differences.push(real(x.value())? - real(y.value())?);
    }
    Ok(new_float(norm_of(differences)))
}

/// Exactly rounded sum of floats (Shewchuk's algorithm, as CPython's `fsum`): `partials` holds
/// non-overlapping floats, increasing in magnitude, whose exact sum is the sum so far.
struct ExactSum {
    partials: Vec<f64>,
    /// The sum of the infinities and NaNs seen, which end the exact summation.
    special: f64,
    infinities: f64,
}

impl ExactSum {
    fn new() -> ExactSum {
        ExactSum {
            partials: Vec::new(),
            special: 0.0,
            infinities: 0.0,
        }
    }

    fn add(&mut self, value: f64) -> PyResult<()> {
        let mut x = value;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x == 0.0 {
            return Ok(());
        }
        if x.is_finite() {
            self.partials.push(x);
            return Ok(());
        }
        // A non-finite sum comes from an infinity or NaN summand, or from overflow.
        if value.is_finite() {
            return Err(errors::overflow_error("intermediate overflow in fsum"));
        }
        if value.is_infinite() {
            self.infinities += value;
        }
        self.special += value;
        self.partials.clear();
        Ok(())
    }

    fn total(mut self) -> PyResult<f64> {
        if self.special != 0.0 {
            if self.infinities.is_nan() {
                return Err(errors::value_error("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let Some(mut hi) = self.partials.pop() else {
            return Ok(0.0);
        };
        // Add from the top while the sum stays exact.
        let mut lo = 0.0;
        while let Some(y) = self.partials.pop() {
            let x = hi;
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across partials: if the next partial has lo's sign, the true sum
        // is past the halfway point that `hi` was rounded from.
        if let Some(&next) = self.partials.last() {
            if (lo < 0.0 && next < 0.0) || (lo > 0.0 && next > 0.0) {
                let y = lo * 2.0;
                let x = hi + y;
                if y == x - hi {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

fn math_fsum(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let iterable = args::exact("fsum", a, k, 1)?[0];
    let it = ops::iter(iterable)?;
    let mut sum = ExactSum::new();
    while let Some(item) = ops::next(it.value())? {
        sum.add(real(item.value())?)?;
    }
    Ok(new_float(sum.total()?))
}

static PROD: Signature = Signature {
    name: "prod",
    positional: &[""],
    required: 1,
    keyword_only: &["start"],
};

fn math_prod(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = PROD.bind(a, k)?;
    let it = ops::iter(bound[0].unwrap())?;
    let mut product = match bound[1] {
        Some(start) => Ref::new(start),
        None => int::from_i64(1),
    };
    while let Some(item) = ops::next(it.value())? {
        product = ops::binary_op(product.value(), item.value(), BinaryOp::Mul)?;
    }
    Ok(product)
}

// ---- The module ---------------------------------------------------------------------------------

/// Degrees per radian and radians per degree, rounded as CPython computes them.
const DEGREES_PER_RADIAN: f64 = 180.0 / PI;
const RADIANS_PER_DEGREE: f64 = PI / 180.0;

macro_rules! unary {
    ($name:literal, $f:expr, $infinity:ident) => {
        BuiltinFunction::new($name, |a, k| unary($name, a, k, $f, Infinity::$infinity))
    };
}

macro_rules! binary {
    ($name:literal, $f:expr) => {
        BuiltinFunction::new($name, |a, k| binary($name, a, k, $f))
    };
}

static FUNCTIONS: [BuiltinFunction; 50] = [
    unary!("acos", libm::acos, Singularity),
    unary!("acosh", libm::acosh, Singularity),
    unary!("asin", libm::asin, Singularity),
    unary!("asinh", libm::asinh, Singularity),
    unary!("atan", libm::atan, Singularity),
    binary!("atan2", atan2),
    unary!("atanh", libm::atanh, Singularity),
    BuiltinFunction::new("ceil", |a, k| {
        round_to_int("ceil", a, k, "__ceil__", f64::ceil)
    }),
    BuiltinFunction::new("comb", math_integer::comb),
    binary!("copysign", f64::copysign),
    unary!("cos", libm::cos, Singularity),
    unary!("cosh", libm::cosh, Overflow),
    BuiltinFunction::new("degrees", |a, k| {
        Ok(new_float(one_real("degrees", a, k)? * DEGREES_PER_RADIAN))
    }),
    BuiltinFunction::new("dist", math_dist),
    BuiltinFunction::new("erf", |a, k| {
        unary_checked("erf", a, k, |x| Ok(libm::erf(x)))
    }),
    BuiltinFunction::new("erfc", |a, k| {
        unary_checked("erfc", a, k, |x| Ok(libm::erfc(x)))
    }),
    unary!("exp", libm::exp, Overflow),
    unary!("expm1", libm::expm1, Overflow),
    unary!("fabs", f64::abs, Singularity),
    BuiltinFunction::new("factorial", math_integer::factorial),
    BuiltinFunction::new("floor", |a, k| {
        round_to_int("floor", a, k, "__floor__", f64::floor)
    }),
    BuiltinFunction::new("fmod", math_fmod),
    BuiltinFunction::new("frexp", math_frexp),
    BuiltinFunction::new("fsum", math_fsum),
    BuiltinFunction::new("gamma", |a, k| unary_checked("gamma", a, k, tgamma)),
    BuiltinFunction::new("gcd", math_integer::gcd),
    BuiltinFunction::new("hypot", math_hypot),
    BuiltinFunction::new("isclose", math_isclose),
    BuiltinFunction::new("isfinite", |a, k| {
        classify("isfinite", a, k, f64::is_finite)
    }),
    BuiltinFunction::new("isinf", |a, k| classify("isinf", a, k, f64::is_infinite)),
    BuiltinFunction::new("isnan", |a, k| classify("isnan", a, k, f64::is_nan)),
    BuiltinFunction::new("isqrt", math_integer::isqrt),
    BuiltinFunction::new("ldexp", math_ldexp),
    BuiltinFunction::new("lgamma", |a, k| unary_checked("lgamma", a, k, lgamma)),
    BuiltinFunction::new("log", math_log),
    BuiltinFunction::new("log10", |a, k| log_function("log10", a, k, libm::log10)),
    unary!("log1p", log1p, Singularity),
    BuiltinFunction::new("log2", |a, k| log_function("log2", a, k, libm::log2)),
    BuiltinFunction::new("modf", math_modf),
    BuiltinFunction::new("perm", math_integer::perm),
    BuiltinFunction::new("pow", math_pow),
    BuiltinFunction::new("prod", math_prod),
    BuiltinFunction::new("radians", |a, k| {
        Ok(new_float(one_real("radians", a, k)? * RADIANS_PER_DEGREE))
    }),
    binary!("remainder", remainder),
    unary!("sin", libm::sin, Singularity),
    unary!("sinh", libm::sinh, Overflow),
    unary!("sqrt", f64::sqrt, Singularity),
    unary!("tan", libm::tan, Singularity),
    unary!("tanh", libm::tanh, Singularity),
    BuiltinFunction::new("trunc", math_trunc),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    super::add_value(m, "pi", new_float(PI))?;
    super::add_value(m, "e", new_float(std::f64::consts::E))?;
    super::add_value(m, "tau", new_float(std::f64::consts::TAU))?;
    super::add_value(m, "inf", new_float(f64::INFINITY))?;
    super::add_value(m, "nan", new_float(f64::NAN))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn big_frexp_rounds_half_to_even() {
        let n = (IBig::from(1u64 << 53) + 1) << 2000usize; // halfway, rounds down to even
        assert_eq!(big_frexp(&n), (0.5, 2054));
        let n = (IBig::from((1u64 << 53) - 1) << 2000usize) + 1; // just above: stays
        assert_eq!(big_frexp(&n).1, 2053);
        let all_ones = (IBig::ONE << 3000usize) - 1; // rounds up to the next power of two
        assert_eq!(big_frexp(&all_ones), (0.5, 3001));
    }

    #[test]
    fn remainder_ties_to_even() {
        assert_eq!(remainder(5.0, 2.0), 1.0);
        assert_eq!(remainder(7.0, 2.0), -1.0);
        assert_eq!(remainder(-5.0, 2.0), -1.0);
    }

    #[test]
    fn fsum_is_exact() {
        let mut s = ExactSum::new();
        for x in [1e100, 1.0, -1e100, 1e-100] {
            s.add(x).unwrap();
        }
        assert_eq!(s.total().unwrap(), 1.0);
    }
}
