//! float: heap objects holding an f64, with Python's repr, division and modulo rules.

use std::cmp::Ordering;
use std::sync::atomic::{AtomicBool, Ordering::Relaxed};

use dashu_int::ops::BitTest;
use dashu_int::{IBig, UBig};

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::complex::{self, Complex};
use crate::objects::int::{self, int_view, round_half_even, IntView, HASH_MODULUS};
use crate::objects::method_args;
use crate::objects::singletons::{bool_ref, none, not_implemented};
use crate::objects::str::{as_str, new_str, new_string, repr_of_str};
use crate::objects::str_methods::{decimal_value, is_space};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
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
    (!v.is_small_int() && type_of(v).is_or_derives(&FLOAT_TYPE))
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
float_binary!(float_pow, |x, y| float_power(x, y));
float_binary!(float_divmod_slot, |x, y| {
    if y == 0.0 {
        return Err(errors::zero_division("float divmod()"));
    }
    let (quotient, remainder) = float_divmod(x, y);
    Ok(new_tuple(vec![new_float(quotient), new_float(remainder)]))
});

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

/// `x ** y` for floats (and ints given as floats), with CPython's special cases decided before
/// the C library's `pow` is asked: a negative base to a fractional power gives a complex.
pub fn float_power(x: f64, y: f64) -> PyResult<Ref> {
    let is_odd_integer = |v: f64| v.abs() % 2.0 == 1.0;
    if y == 0.0 {
        return Ok(new_float(1.0));
    }
    if x.is_nan() {
        return Ok(new_float(x));
    }
    if y.is_nan() {
        return Ok(new_float(if x == 1.0 { 1.0 } else { y }));
    }
    if y.is_infinite() {
        let base = x.abs();
        return Ok(new_float(if base == 1.0 {
            1.0
        } else if (y > 0.0) == (base > 1.0) {
            f64::INFINITY
        } else {
            0.0
        }));
    }
    if x.is_infinite() || x == 0.0 {
        if x == 0.0 && y < 0.0 {
            return Err(errors::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        // inf or 0 keep their sign under odd integer powers; other powers give inf or 0.
        let magnitude = if (y > 0.0) == x.is_infinite() {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(new_float(if is_odd_integer(y) {
            magnitude.copysign(x)
        } else {
            magnitude
        }));
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if y != y.floor() {
            let result = complex::power(Complex { re: x, im: 0.0 }, Complex { re: y, im: 0.0 })?;
            return Ok(complex::new_complex(result));
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    let r = if base == 1.0 {
        1.0
    } else {
        crate::modules::libm::pow(base, y)
    };
    if r.is_infinite() {
        return Err(errors::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(new_float(if negate { -r } else { r }))
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
    let whole_int = IBig::try_from(whole).expect("a finite float is an integer");
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
        return parse_float(&ascii_numeral(s), || Ok(repr_of_str(s)));
    }
    if let Some(float) = type_of(x).number.float {
        return float(x);
    }
    if let Some(data) = crate::objects::bytes_methods::bytes_like(x)? {
        // Bytes are read as ASCII; any other byte makes the text invalid.
        let text: String = data
            .iter()
            .map(|&b| if b.is_ascii() { char::from(b) } else { '?' })
            .collect();
        return parse_float(&text, || {
            let repr = crate::ops::repr(x)?;
            Ok(as_str(repr.value()).expect("repr is a str").to_string())
        });
    }
    Err(errors::type_error(format!(
        "float() argument must be a string or a number, not '{}'",
        type_of(x).name
    )))
}

/// Whitespace as C's `isspace` sees it in the C locale.
pub fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

/// The text number parsers read: decimal digits of any script become ASCII digits and Unicode
/// whitespace a space; any other non-ASCII character becomes '?', which no parser accepts.
pub fn ascii_numeral(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            _ if c.is_ascii() => c,
            _ if is_space(c) => ' ',
            _ => decimal_value(c).map_or('?', |d| char::from(b'0' + d as u8)),
        })
        .collect()
}

/// Removes the underscores of a number, which may only stand between two digits (`None` when
/// one does not).
pub fn remove_underscores(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut previous = '\0';
    for c in text.chars() {
        if c == '_' {
            if !previous.is_ascii_digit() {
                return None;
            }
        } else {
            if previous == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        previous = c;
    }
    (previous != '_').then_some(out)
}

/// A sign and `inf`, `infinity` or `nan` in any case at the start of `s`: the value and the
/// length read.
fn scan_special(s: &str) -> Option<(f64, usize)> {
    let (negative, start) = match s.as_bytes().first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let rest = &s.as_bytes()[start..];
    let starts = |word: &str| {
        rest.get(..word.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(word.as_bytes()))
    };
    let (magnitude, len) = if starts("infinity") {
        (f64::INFINITY, 8)
    } else if starts("inf") {
        (f64::INFINITY, 3)
    } else if starts("nan") {
        (f64::NAN, 3)
    } else {
        return None;
    };
    Some((if negative { -magnitude } else { magnitude }, start + len))
}

/// Reads the longest prefix of `s` that is a float (C's `strtod` as CPython uses it): a sign,
/// then `inf`, `infinity` or `nan`, or decimal digits with an optional point and exponent.
/// Returns the value, correctly rounded, and the length read; `None` when no prefix is a number.
pub fn scan_float(s: &str) -> Option<(f64, usize)> {
    if let Some(special) = scan_special(s) {
        return Some(special);
    }
    let b = s.as_bytes();
    let digits = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let mut end = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let whole = digits(end);
    end += whole;
    let mut fraction = 0;
    if b.get(end) == Some(&b'.') {
        fraction = digits(end + 1);
        end += 1 + fraction;
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(b.get(end), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(end + 1), Some(b'+' | b'-')));
        let exponent = digits(end + 1 + sign);
        if exponent > 0 {
            end += 1 + sign + exponent;
        }
    }
    Some((s[..end].parse().ok()?, end))
}

/// Parses what `float(str)` accepts from the text [`ascii_numeral`] made: a float surrounded
/// by whitespace, with single underscores between digits. `shown` is how the error message
/// shows the argument.
fn parse_float(text: &str, shown: impl FnOnce() -> PyResult<String>) -> PyResult<f64> {
    let clean = if text.contains('_') {
        remove_underscores(text)
    } else {
        Some(text.to_string())
    };
    let stripped = clean.as_deref().map(|c| c.trim_matches(is_c_space));
    if let Some((x, len)) = stripped.and_then(scan_float) {
        if Some(len) == stripped.map(str::len) {
            return Ok(x);
        }
    }
    // Nothing but whitespace is shown as the empty text left after stripping it.
    let shown = if stripped == Some("") {
        "''".to_string()
    } else {
        shown()?
    };
    Err(errors::value_error(format!(
        "could not convert string to float: {shown}"
    )))
}

fn float_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    match method_args::positional("float", args, kwnames, 0, 1)? {
        [x] => Ok(new_float(to_float(*x)?)),
        _ => Ok(new_float(0.0)),
    }
}

// =============================================================================================
// Methods

/// A finite, non-negative float as `mantissa * 2**exponent`, exactly.
fn exact_parts(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    }
}

/// The ndigits beyond which rounding a float changes nothing, and below which it gives 0.
const ROUND_NDIGITS_MAX: i64 = 323;
const ROUND_NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)`, correctly rounded: the float's exact binary value is rounded to
/// `ndigits` decimals (ties to even) and the decimal result converted back, as CPython does.
fn round_to_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() || ndigits > ROUND_NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < ROUND_NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (mantissa, exponent) = exact_parts(x.abs());
    let (mut num, mut den) = (IBig::from(mantissa), IBig::ONE);
    let scale = IBig::from(10).pow(ndigits.unsigned_abs() as usize);
    if ndigits >= 0 {
        num *= scale;
    } else {
        den *= scale;
    }
    if exponent >= 0 {
        num <<= exponent as usize;
    } else {
        den <<= (-exponent) as usize;
    }
    let digits = round_half_even(&num, &den);
    let magnitude: f64 = if digits.is_zero() {
        0.0
    } else {
        format!("{digits}e{}", -ndigits)
            .parse()
            .expect("digits and an exponent parse as a float")
    };
    if magnitude.is_infinite() {
        return Err(errors::overflow_error(
            "rounded value too large to represent",
        ));
    }
    Ok(magnitude.copysign(x))
}

/// `round(x)` (an int, ties to even) and `round(x, ndigits)` (a float); `ndigits` None is
/// the same as absent.
pub fn round(x: f64, ndigits: Option<Value>) -> PyResult<Ref> {
    match ndigits.filter(|n| *n != none()) {
        None => int::float_to_int(x.round_ties_even()),
        Some(n) => {
            let n = method_args::clamped_index(n, method_args::cannot_interpret)?;
            round_to_digits(x, n).map(new_float)
        }
    }
}

/// `float.hex()`: `[-]0x1.<13 hex digits>p<exponent>`, or `0x0.` for subnormals.
fn hex_string(x: f64) -> String {
    if !x.is_finite() {
        return float_repr_string(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exponent) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exponent:+}")
}

/// `float.fromhex(s)`: `[sign][0x]<hex digits>[.<hex digits>][p<exponent>]` or `inf`/`nan`,
/// with whitespace around, rounded half to even.
fn parse_hex_float(text: &str) -> PyResult<f64> {
    let invalid = || errors::value_error("invalid hexadecimal floating-point string");
    let s = text.trim_start_matches(is_c_space);
    let (value, rest) = match scan_special(s) {
        Some((x, len)) => (x, &s[len..]),
        None => {
            let b = s.as_bytes();
            let (negative, mut i) = match b.first() {
                Some(b'-') => (true, 1),
                Some(b'+') => (false, 1),
                _ => (false, 0),
            };
            if b.get(i) == Some(&b'0') && matches!(b.get(i + 1), Some(b'x' | b'X')) {
                i += 2;
            }
            let hex_digits = |from: usize| {
                b[from.min(b.len())..]
                    .iter()
                    .take_while(|c| c.is_ascii_hexdigit())
                    .count()
            };
            let whole = hex_digits(i);
            let mut digits = s[i..i + whole].to_string();
            i += whole;
            let mut fraction = 0;
            if b.get(i) == Some(&b'.') {
                fraction = hex_digits(i + 1);
                digits.push_str(&s[i + 1..i + 1 + fraction]);
                i += 1 + fraction;
            }
            if digits.is_empty() {
                return Err(invalid());
            }
            let mut exponent: i64 = 0;
            if matches!(b.get(i), Some(b'p' | b'P')) {
                i += 1;
                let negative_exponent = b.get(i) == Some(&b'-');
                if matches!(b.get(i), Some(b'+' | b'-')) {
                    i += 1;
                }
                let count = b[i.min(b.len())..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                if count == 0 {
                    return Err(invalid());
                }
                // Like C's strtol, a huge exponent saturates.
                for d in &b[i..i + count] {
                    let d = i64::from(d - b'0');
                    exponent = exponent
                        .saturating_mul(10)
                        .saturating_add(if negative_exponent { -d } else { d });
                }
                i += count;
            }
            let mantissa = UBig::from_str_radix(&digits, 16).map_err(|_| invalid())?;
            let magnitude = scale_by_power_of_two(mantissa, exponent, 4 * fraction as i64)?;
            (if negative { -magnitude } else { magnitude }, &s[i..])
        }
    };
    if !rest.trim_start_matches(is_c_space).is_empty() {
        return Err(invalid());
    }
    Ok(value)
}

/// `mantissa * 2**(exponent - fraction_bits)` rounded half to even to a float, or
/// OverflowError.
fn scale_by_power_of_two(mantissa: UBig, exponent: i64, fraction_bits: i64) -> PyResult<f64> {
    let too_large =
        || errors::overflow_error("hexadecimal value too large to represent as a float");
    // Exponents this far out give 0 or overflow whatever the digits; the bounds keep the
    // arithmetic below exact.
    if mantissa.is_zero() || exponent < i64::MIN / 2 {
        return Ok(0.0);
    }
    if exponent > i64::MAX / 2 {
        return Err(too_large());
    }
    const MANTISSA_BITS: i128 = 53;
    const MIN_EXPONENT: i128 = -1021;
    const MAX_EXPONENT: i128 = 1024;
    let exponent = exponent as i128 - fraction_bits as i128;
    // The value lies in [2**(top - 1), 2**top).
    let top = exponent + mantissa.bit_len() as i128;
    if top < MIN_EXPONENT - MANTISSA_BITS {
        return Ok(0.0);
    }
    if top > MAX_EXPONENT {
        return Err(too_large());
    }
    // The weight of the last bit a float keeps at this size (fixed for subnormals).
    let lsb = top.max(MIN_EXPONENT) - MANTISSA_BITS;
    let (kept, scale) = if exponent >= lsb {
        (mantissa, exponent)
    } else {
        let shift = (lsb - exponent) as usize;
        let kept = &mantissa >> shift;
        let dropped = mantissa - (&kept << shift);
        let half = UBig::ONE << (shift - 1);
        let round_up = dropped > half || (dropped == half && kept.bit(0));
        (if round_up { kept + 1u32 } else { kept }, lsb)
    };
    // At most 54 bits: exact.
    let kept = kept.to_f64().value();
    let x = ldexp(kept, scale as i64);
    if x.is_infinite() {
        return Err(too_large());
    }
    Ok(x)
}

fn float_fromhex(receiver: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let text = crate::builtins::args::exact("fromhex", a, k, 1)?[0];
    let value = match as_str(text) {
        Some(text) => parse_hex_float(text).map(new_float)?,
        None => {
            return Err(errors::type_error(
                "bad argument type for built-in operation",
            ))
        }
    };
    // A subclass makes its own instance from the float: `cls(value)`.
    let class = crate::objects::builtin_subclass::class_of_receiver(receiver);
    if std::ptr::eq(class, &FLOAT_TYPE) {
        return Ok(value);
    }
    crate::ops::call(class.as_value(), &[value.value()], None)
}

/// `float.as_integer_ratio()`: the exact value as a fraction in lowest terms.
fn integer_ratio(x: f64) -> PyResult<Ref> {
    if x.is_infinite() {
        return Err(errors::overflow_error(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(errors::value_error("cannot convert NaN to integer ratio"));
    }
    let (mantissa, exponent) = exact_parts(x.abs());
    let (numerator, denominator) = if mantissa == 0 {
        (IBig::ZERO, IBig::ONE)
    } else if exponent >= 0 {
        (IBig::from(mantissa) << exponent as usize, IBig::ONE)
    } else {
        // The denominator is a power of two: cancel the mantissa's factors of two.
        let common = (mantissa.trailing_zeros() as i64).min(-exponent);
        (
            IBig::from(mantissa >> common),
            IBig::ONE << (-exponent - common) as usize,
        )
    };
    let numerator = if x < 0.0 { -numerator } else { numerator };
    Ok(new_tuple(vec![
        int::from_big(numerator),
        int::from_big(denominator),
    ]))
}

/// Whether `float.__set_format__` declared the layout of C doubles, or of C floats, unknown.
static FORMAT_UNKNOWN: [AtomicBool; 2] = [AtomicBool::new(false), AtomicBool::new(false)];

/// The C type that `__getformat__` and `__set_format__` name: 0 for double, 1 for float.
fn format_type(typestr: &str, message: &str) -> PyResult<usize> {
    match typestr {
        "double" => Ok(0),
        "float" => Ok(1),
        _ => Err(errors::value_error(format!(
            "{message} argument 1 must be 'double' or 'float'"
        ))),
    }
}

/// `float.__set_format__`'s str argument `index`.
fn format_argument(v: Value, index: usize) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| {
        errors::type_error(format!(
            "__set_format__() argument {index} must be str, not {}",
            method_args::argument_type_name(v)
        ))
    })
}

/// The layout of the targets' C doubles and floats.
const NATIVE_FORMAT: &str = "IEEE, little-endian";

/// `float.__getformat__(typestr)`.
fn float_getformat(_: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let typestr = crate::builtins::args::exact("__getformat__", a, k, 1)?[0];
    let Some(typestr) = as_str(typestr) else {
        return Err(errors::type_error(format!(
            "__getformat__() argument must be str, not {}",
            method_args::argument_type_name(typestr)
        )));
    };
    let unknown = FORMAT_UNKNOWN[format_type(typestr, "__getformat__()")?].load(Relaxed);
    Ok(new_str(if unknown { "unknown" } else { NATIVE_FORMAT }))
}

/// `float.__set_format__(typestr, fmt)`: only "unknown" or the detected layout.
fn float_set_format(_: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = crate::builtins::args::exact("__set_format__", a, k, 2)?;
    let (typestr, format) = (format_argument(a[0], 1)?, format_argument(a[1], 2)?);
    let which = format_type(typestr, "__setformat__()")?;
    let unknown = match format {
        "unknown" => true,
        NATIVE_FORMAT => false,
        "IEEE, big-endian" => {
            return Err(errors::value_error(format!(
                "can only set {typestr} format to 'unknown' or the detected platform value"
            )))
        }
        _ => {
            return Err(errors::value_error(
                "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or \
                 'IEEE, big-endian'",
            ))
        }
    };
    FORMAT_UNKNOWN[which].store(unknown, Relaxed);
    Ok(crate::objects::singletons::none_ref())
}

static FLOAT_METHODS: &[Method] = &[
    Method::new("__getnewargs__", crate::objects::reduce::float_getnewargs),
    Method::new("hex", |v, a, k| {
        method_args::no_args("hex", a, k)?;
        Ok(new_string(hex_string(float_value(v).unwrap())))
    }),
    Method::class_method("fromhex", float_fromhex),
    Method::new("is_integer", |v, a, k| {
        method_args::no_args("is_integer", a, k)?;
        let x = float_value(v).unwrap();
        Ok(bool_ref(x.is_finite() && x.trunc() == x))
    }),
    Method::new("as_integer_ratio", |v, a, k| {
        method_args::no_args("as_integer_ratio", a, k)?;
        integer_ratio(float_value(v).unwrap())
    }),
    Method::new("conjugate", |v, a, k| {
        method_args::no_args("conjugate", a, k)?;
        Ok(new_float(float_value(v).unwrap()))
    }),
    Method::new("__round__", |v, a, k| {
        let a = method_args::positional("__round__", a, k, 0, 1)?;
        round(float_value(v).unwrap(), a.first().copied())
    }),
    Method::new("__trunc__", |v, a, k| {
        method_args::no_args("__trunc__", a, k)?;
        int::float_to_int(float_value(v).unwrap())
    }),
    Method::new("__divmod__", |v, a, k| {
        float_divmod_slot(v, method_args::slot_operand("__divmod__", a, k)?)
    }),
    Method::new("__rdivmod__", |v, a, k| {
        float_divmod_slot(method_args::slot_operand("__rdivmod__", a, k)?, v)
    }),
    Method::class_method("__getformat__", float_getformat),
    Method::class_method("__set_format__", float_set_format),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::HASH,
    crate::objects::builtin_subclass::slots::BOOL,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    crate::objects::builtin_subclass::slots::ADD,
    crate::objects::builtin_subclass::slots::RADD,
    crate::objects::builtin_subclass::slots::SUB,
    crate::objects::builtin_subclass::slots::RSUB,
    crate::objects::builtin_subclass::slots::MUL,
    crate::objects::builtin_subclass::slots::RMUL,
    crate::objects::builtin_subclass::slots::TRUEDIV,
    crate::objects::builtin_subclass::slots::RTRUEDIV,
    crate::objects::builtin_subclass::slots::FLOORDIV,
    crate::objects::builtin_subclass::slots::RFLOORDIV,
    crate::objects::builtin_subclass::slots::MOD,
    crate::objects::builtin_subclass::slots::RMOD,
    crate::objects::builtin_subclass::slots::POW,
    crate::objects::builtin_subclass::slots::RPOW,
    crate::objects::builtin_subclass::slots::NEG,
    crate::objects::builtin_subclass::slots::POS,
    crate::objects::builtin_subclass::slots::ABS,
    crate::objects::builtin_subclass::slots::INT,
    crate::objects::builtin_subclass::slots::FLOAT,
    crate::objects::builtin_subclass::new::FLOAT,
];

fn float_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    Ok(match name {
        "real" => Some(new_float(float_value(v).unwrap())),
        "imag" => Some(new_float(0.0)),
        _ => None,
    })
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
    methods: FLOAT_METHODS,
    getattr: Some(float_getattr),
    members: &["real", "imag"],
    getattr_only_members: true,
    ..TypeObject::new("float")
};
