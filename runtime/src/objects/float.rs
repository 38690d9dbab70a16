//! float: heap objects holding an f64, with Python's repr, division and modulo rules.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::{self, int_view, IntView, HASH_MODULUS};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::str::new_str;
use crate::objects::type_object::{CompareOp, NumberSlots, TypeObject};
use crate::ops::type_of;
use crate::value::Value;

#[repr(C)]
pub struct FloatObject {
    header: ObjHeader,
    value: f64,
}

pub fn new_float(value: f64) -> Ref {
    let v = object::alloc(FloatObject {
        header: ObjHeader::new(&FLOAT_TYPE),
        value,
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn float_dealloc(v: Value) {
    object::free::<FloatObject>(v)
}

pub fn float_value(v: Value) -> Option<f64> {
    (!v.is_small_int() && std::ptr::eq(type_of(v), &FLOAT_TYPE))
        .then(|| unsafe { (*v.as_ptr::<FloatObject>()).value })
}

/// `x * 2**exp` without intermediate overflow or double rounding for normal results.
pub fn ldexp(mut x: f64, mut exp: i64) -> f64 {
    while exp > 1000 {
        x *= 2f64.powi(1000);
        exp -= 1000;
        if x.is_infinite() {
            return x;
        }
    }
    while exp < -1000 {
        x *= 2f64.powi(-1000);
        exp += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * 2f64.powi(exp as i32)
}

/// Python's `repr(float)`: the shortest string that round-trips, in fixed notation when the
/// decimal exponent is in -4..16 and in scientific notation (two-digit exponent) otherwise.
pub fn float_repr_string(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits ("d.ddde±x"), but when two digit
    // strings of that length round-trip it may pick the farther one; like CPython, take the
    // correctly rounded one (ties to even), which `{:.Ne}` computes.
    let shortest = format!("{:e}", f);
    let ndigits = shortest
        .split('e')
        .next()
        .unwrap()
        .chars()
        .filter(char::is_ascii_digit)
        .count();
    let rounded = format!("{:.*e}", ndigits - 1, f);
    let sci = if rounded.parse::<f64>() == Ok(f) {
        rounded
    } else {
        shortest
    };
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1; // digits before the decimal point
        if point <= 0 {
            format!("{sign}0.{}{digits}", "0".repeat((-point) as usize))
        } else if point as usize >= digits.len() {
            format!(
                "{sign}{digits}{}.0",
                "0".repeat(point as usize - digits.len())
            )
        } else {
            let (int_part, frac) = digits.split_at(point as usize);
            format!("{sign}{int_part}.{frac}")
        }
    } else {
        let (first, rest) = digits.split_at(1);
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let exp_sign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{first}{frac}e{exp_sign}{:02}", exp.abs())
    }
}

fn float_repr(v: Value) -> PyResult<Ref> {
    Ok(new_str(&float_repr_string(float_value(v).unwrap())))
}

/// The hash of a float equals the hash of an equal int; otherwise it reduces the exact
/// binary value modulo 2**61 - 1.
pub fn hash_float(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    const BITS: i64 = 61;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    let modulus = HASH_MODULUS as u64;
    while m != 0.0 {
        x = ((x << 28) & modulus) | (x >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= modulus {
            x -= modulus;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & modulus) | (x >> (BITS - e));
    let mut h = x as i64;
    if f < 0.0 {
        h = -h;
    }
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Splits `f` (finite, non-negative) into mantissa in [0.5, 1) and exponent.
fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 {
        return (0.0, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    if exp == 0 {
        // Subnormal: normalise first.
        let (m, e) = frexp(f * 2f64.powi(64));
        return (m, e - 64);
    }
    let mantissa = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (mantissa, exp - 1022)
}

/// A float operand: a float, or an int converted exactly or with OverflowError.
fn as_f64(v: Value) -> Option<PyResult<f64>> {
    if let Some(f) = float_value(v) {
        return Some(Ok(f));
    }
    int_view(v).map(|i| i.to_f64())
}

macro_rules! float_binary {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        fn $name(a: Value, b: Value) -> PyResult<Ref> {
            match (as_f64(a), as_f64(b)) {
                (Some(x), Some(y)) => {
                    let ($x, $y) = (x?, y?);
                    $body
                }
                _ => Ok(not_implemented()),
            }
        }
    };
}

float_binary!(float_add, |x, y| Ok(new_float(x + y)));
float_binary!(float_sub, |x, y| Ok(new_float(x - y)));
float_binary!(float_mul, |x, y| Ok(new_float(x * y)));
float_binary!(float_truediv, |x, y| {
    if y == 0.0 {
        return Err(errors::zero_division("float division by zero"));
    }
    Ok(new_float(x / y))
});
float_binary!(float_floordiv, |x, y| {
    if y == 0.0 {
        return Err(errors::zero_division("float divmod()"));
    }
    Ok(new_float(float_divmod(x, y).0))
});
float_binary!(float_rem, |x, y| {
    if y == 0.0 {
        return Err(errors::zero_division("float modulo"));
    }
    Ok(new_float(float_divmod(x, y).1))
});
float_binary!(float_pow, |x, y| float_power(x, y).map(new_float));

/// Python's `divmod` for floats: the remainder takes the divisor's sign, and the quotient is
/// the floor of the exact quotient, adjusted so that `div * y + mod` is close to `x`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn float_power(x: f64, y: f64) -> PyResult<f64> {
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(errors::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && y.is_finite() && y.fract() != 0.0 {
        // CPython returns a complex number here; complex arrives with the runtime-core work.
        return Err(errors::value_error(
            "pylift: a negative number raised to a fractional power gives a complex number, which is not supported yet",
        ));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(errors::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(r)
}

fn float_neg(v: Value) -> PyResult<Ref> {
    Ok(new_float(-float_value(v).unwrap()))
}
fn float_pos(v: Value) -> PyResult<Ref> {
    Ok(new_float(float_value(v).unwrap()))
}
fn float_abs(v: Value) -> PyResult<Ref> {
    Ok(new_float(float_value(v).unwrap().abs()))
}

/// Compares an int and a float exactly, whatever their sizes (`None` when the float is NaN).
pub fn compare_int_float(i: IntView, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntView::Small(s) = i {
        if s.unsigned_abs() < (1 << 53) {
            return (s as f64).partial_cmp(&f);
        }
    }
    let whole = f.trunc();
    let whole_int = BigInt::from_f64(whole).unwrap();
    match i.to_big().cmp(&whole_int) {
        Ordering::Equal => 0.0.partial_cmp(&(f - whole)),
        other => Some(other),
    }
}

fn float_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    let x = float_value(a).unwrap();
    let ord = if let Some(y) = float_value(b) {
        x.partial_cmp(&y)
    } else if let Some(i) = int_view(b) {
        compare_int_float(i, x).map(Ordering::reverse)
    } else {
        return Ok(not_implemented());
    };
    Ok(bool_ref(match ord {
        Some(ord) => op.holds(ord),
        None => op == CompareOp::Ne,
    }))
}

/// `float(x)`.
pub fn to_float(x: Value) -> PyResult<f64> {
    if let Some(f) = float_value(x) {
        return Ok(f);
    }
    if let Some(i) = int_view(x) {
        return i.to_f64();
    }
    if let Some(s) = crate::objects::str::as_str(x) {
        return parse_float(s).ok_or_else(|| {
            errors::value_error(format!(
                "could not convert string to float: {}",
                crate::objects::str::repr_of_str(s)
            ))
        });
    }
    if let Some(float) = type_of(x).number.float {
        return float(x);
    }
    Err(errors::type_error(format!(
        "float() argument must be a string or a number, not '{}'",
        type_of(x).name
    )))
}

/// Parses what `float(str)` accepts: decimal literals with single underscores between digits,
/// `inf`, `infinity` and `nan` in any case, with a sign and surrounding whitespace.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => {
            let bytes = body.as_bytes();
            for (i, &c) in bytes.iter().enumerate() {
                if c == b'_' {
                    let digit = |j: Option<&u8>| j.is_some_and(|d| d.is_ascii_digit());
                    if !digit(i.checked_sub(1).and_then(|j| bytes.get(j)))
                        || !digit(bytes.get(i + 1))
                    {
                        return None;
                    }
                } else if !(c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-')) {
                    return None;
                }
            }
            let clean: String = body.chars().filter(|&c| c != '_').collect();
            clean.parse::<f64>().ok()?
        }
    };
    Some(if negative { -magnitude } else { magnitude })
}

fn float_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords("float", kwnames)?;
    match args {
        [] => Ok(new_float(0.0)),
        [x] => Ok(new_float(to_float(*x)?)),
        _ => Err(errors::type_error(format!(
            "float expected at most 1 arguments, got {}",
            args.len()
        ))),
    }
}

pub static FLOAT_NUMBER: NumberSlots = NumberSlots {
    add: Some(float_add),
    sub: Some(float_sub),
    mul: Some(float_mul),
    truediv: Some(float_truediv),
    floordiv: Some(float_floordiv),
    rem: Some(float_rem),
    pow: Some(float_pow),
    neg: Some(float_neg),
    pos: Some(float_pos),
    abs: Some(float_abs),
    int: Some(|v| int::float_to_int(float_value(v).unwrap())),
    float: Some(|v| Ok(float_value(v).unwrap())),
    ..NumberSlots::EMPTY
};

pub static FLOAT_TYPE: TypeObject = TypeObject {
    dealloc: float_dealloc,
    repr: float_repr,
    hash: Some(|v| Ok(hash_float(float_value(v).unwrap()))),
    richcompare: Some(float_richcompare),
    bool: Some(|v| Ok(float_value(v).unwrap() != 0.0)),
    number: &FLOAT_NUMBER,
    construct: Some(float_construct),
    ..TypeObject::new("float")
};
