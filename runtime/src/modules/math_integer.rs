//! The integer functions of `math`: gcd, factorial, comb, perm and isqrt, for ints of any size.

use dashu_int::ops::{Gcd, SquareRoot};
use dashu_int::{IBig, Sign};

use super::arguments::{self, index};
use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::float::float_value;
use crate::objects::int::{from_big, from_i64};
use crate::objects::singletons::none;
use crate::value::Value;

pub fn gcd(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = args::exact("gcd", a, k, 2)?;
    let (x, y) = (index(a[0])?, index(a[1])?);
    // dashu leaves gcd(0, 0) undefined (it panics); Python's is 0.
    if x.is_zero() && y.is_zero() {
        return Ok(from_i64(0));
    }
    Ok(from_big(x.gcd(&y).into()))
}

pub fn isqrt(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let n = index(args::exact("isqrt", a, k, 1)?[0])?;
    if n.sign() == Sign::Negative {
        return Err(errors::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(from_big(n.sqrt().into()))
}

pub fn factorial(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let x = args::exact("factorial", a, k, 1)?[0];
    factorial_of(x)
}

/// `factorial(x)`; also `perm(n)`. CPython 3.8 still accepts integral floats (with a
/// DeprecationWarning, which pylift does not print).
fn factorial_of(x: Value) -> PyResult<Ref> {
    let n = match float_value(x) {
        Some(f) if !(f.is_finite() && f == f.floor()) => {
            return Err(errors::value_error(
                "factorial() only accepts integral values",
            ))
        }
        Some(f) => IBig::try_from(f).expect("a finite float is an integer"),
        None => index(x)?,
    };
    if n.sign() == Sign::Negative {
        return Err(errors::value_error(
            "factorial() not defined for negative values",
        ));
    }
    let Some(n) = u64::try_from(&n).ok().filter(|&n| n <= i64::MAX as u64) else {
        return Err(errors::overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(from_big(product(1, n)))
}

/// The product of the integers in `low..=high` (1 when empty), by splitting the range in halves
/// so that the multiplications are of numbers of similar size.
fn product(low: u64, high: u64) -> IBig {
    if low > high {
        return IBig::ONE;
    }
    if high - low < 16 {
        let mut p = IBig::from(low);
        for i in low + 1..=high {
            p *= i;
        }
        return p;
    }
    let middle = low + (high - low) / 2;
    product(low, middle) * product(middle + 1, high)
}

/// `n` and `k` of comb and perm, both non-negative.
fn comb_perm_arguments(n: Value, k: Value) -> PyResult<(IBig, IBig)> {
    let (n, k) = (index(n)?, index(k)?);
    if n.sign() == Sign::Negative {
        return Err(errors::value_error("n must be a non-negative integer"));
    }
    if k.sign() == Sign::Negative {
        return Err(errors::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// A count of factors that must fit a C `long long`, as in CPython.
fn factor_count(k: &IBig, what: &str) -> PyResult<u64> {
    i64::try_from(k)
        .map(|k| k as u64)
        .map_err(|_| errors::overflow_error(format!("{what} must not exceed {}", i64::MAX)))
}

/// n * (n-1) * ... * (n-k+1).
fn falling_product(n: &IBig, k: u64) -> IBig {
    if k == 0 {
        return IBig::ONE;
    }
    if let Ok(n) = u64::try_from(n) {
        return product(n - k + 1, n);
    }
    let mut p = IBig::ONE;
    let mut factor = n.clone();
    for _ in 0..k {
        p *= &factor;
        factor -= 1;
    }
    p
}

pub fn comb(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = arguments::positional("comb", a, k, 2, 2)?;
    let (n, k) = comb_perm_arguments(a[0], a[1])?;
    let rest = &n - &k;
    if rest.sign() == Sign::Negative {
        return Ok(from_i64(0));
    }
    let k = factor_count(&k.min(rest), "min(n - k, k)")?;
    if k == 0 {
        return Ok(from_i64(1));
    }
    // C(n, i+1) = C(n, i) * (n - i) / (i + 1), each division exact.
    let mut result = n.clone();
    let mut factor = n;
    for i in 1..k {
        factor -= 1;
        result *= &factor;
        result /= i + 1;
    }
    Ok(from_big(result))
}

pub fn perm(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = arguments::positional("perm", a, k, 1, 2)?;
    let k = match a.get(1) {
        Some(&k) if k != none() => k,
        _ => return factorial_of(a[0]),
    };
    let (n, k) = comb_perm_arguments(a[0], k)?;
    if n < k {
        return Ok(from_i64(0));
    }
    let k = factor_count(&k, "k")?;
    Ok(from_big(falling_product(&n, k)))
}
