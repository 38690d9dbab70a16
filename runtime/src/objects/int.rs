//! int: tagged small ints, and heap big ints for values outside the 63-bit range.

use std::borrow::Cow;
use std::cmp::Ordering;

use dashu_int::ops::{Abs, BitTest, DivRem, UnsignedAbs};
use dashu_int::{IBig, Sign, UBig};

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::modules::arguments::{self, Signature};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::float;
use crate::objects::method_args::{self, cannot_interpret};
use crate::objects::singletons::{bool_ref, none, not_implemented, BoolObject, BOOL_TYPE};
use crate::objects::str::{as_str, new_str};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject, TYPE_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct BigIntObject {
    header: ObjHeader,
    value: IBig,
}

/// An int operand, whatever its representation (bools read as 0 and 1).
#[derive(Clone, Copy)]
pub enum IntView<'a> {
    Small(i64),
    Big(&'a IBig),
}

impl<'a> IntView<'a> {
    pub fn to_big(self) -> IBig {
        match self {
            IntView::Small(v) => IBig::from(v),
            IntView::Big(b) => b.clone(),
        }
    }

    /// The value as a big int, borrowed when it is one: arithmetic on big operands then
    /// copies nothing.
    pub fn as_big(self) -> Cow<'a, IBig> {
        match self {
            IntView::Small(v) => Cow::Owned(IBig::from(v)),
            IntView::Big(b) => Cow::Borrowed(b),
        }
    }

    pub fn is_negative(self) -> bool {
        match self {
            IntView::Small(v) => v < 0,
            IntView::Big(b) => b.sign() == Sign::Negative,
        }
    }

    pub fn is_zero(self) -> bool {
        matches!(self, IntView::Small(0))
    }

    /// The number of bits of the magnitude (`int.bit_length`).
    pub fn bit_length(self) -> u64 {
        match self {
            IntView::Small(i) => 64 - u64::from(i.unsigned_abs().leading_zeros()),
            IntView::Big(b) => b.bit_len() as u64,
        }
    }

    pub fn to_i64(self) -> Option<i64> {
        match self {
            IntView::Small(v) => Some(v),
            IntView::Big(b) => i64::try_from(b).ok(),
        }
    }

    pub fn to_f64(self) -> PyResult<f64> {
        match self {
            IntView::Small(v) => Ok(v as f64),
            // Rounded half to even, as CPython's.
            IntView::Big(b) => match b.to_f64().value() {
                f if f.is_finite() => Ok(f),
                _ => Err(errors::overflow_error("int too large to convert to float")),
            },
        }
    }
}

/// Views `v` as an int if it is one (int, bool, or later a subclass of int).
pub fn int_view(v: Value) -> Option<IntView<'static>> {
    if v.is_small_int() {
        return Some(IntView::Small(v.small_int()));
    }
    let ty = type_of(v);
    if std::ptr::eq(ty, &INT_TYPE) {
        Some(IntView::Big(unsafe {
            &(*v.as_ptr::<BigIntObject>()).value
        }))
    } else if ty.is_heap() && ty.is_subtype(&INT_TYPE) {
        // An instance of a subclass holds any value as a big int.
        let big = unsafe { &(*v.as_ptr::<BigIntObject>()).value };
        Some(match i64::try_from(big).ok() {
            Some(small) if Value::try_small_int(small).is_some() => IntView::Small(small),
            _ => IntView::Big(big),
        })
    } else if std::ptr::eq(ty, &BOOL_TYPE) {
        Some(IntView::Small(
            unsafe { (*v.as_ptr::<BoolObject>()).value } as i64
        ))
    } else {
        None
    }
}

pub fn from_i64(v: i64) -> Ref {
    match Value::try_small_int(v) {
        Some(small) => unsafe { Ref::from_owned(small) },
        None => new_big(IBig::from(v)),
    }
}

pub fn from_i128(v: i128) -> Ref {
    match i64::try_from(v) {
        Ok(v) => from_i64(v),
        Err(_) => new_big(IBig::from(v)),
    }
}

/// Normalises: values in the small range are always tagged, so equal ints have one form.
pub fn from_big(v: IBig) -> Ref {
    match i64::try_from(&v) {
        Ok(small) => from_i64(small),
        Err(_) => new_big(v),
    }
}

/// A new int object holding `value` even in the small range: the start of an instance of a
/// subclass of int.
pub fn new_big_unnormalized(value: IBig) -> Ref {
    new_big(value)
}

fn new_big(value: IBig) -> Ref {
    let v = object::alloc(BigIntObject {
        header: ObjHeader::new(&INT_TYPE),
        value,
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn big_dealloc(v: Value) {
    object::free::<BigIntObject>(v)
}

/// The int↔str conversion limit of CPython 3.8.14+ (`sys.set_int_max_str_digits`).
pub static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// Checks a conversion of `digits` digits against the limit; CPython's message names the
/// count only when parsing.
fn check_str_digits(digits: usize, parsing: bool) -> PyResult<()> {
    let limit = MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed);
    if limit > 0 && digits > limit {
        let count = if parsing {
            format!(": value has {digits} digits")
        } else {
            String::new()
        };
        return Err(errors::value_error(format!(
            "Exceeds the limit ({limit}) for integer string conversion{count}; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

fn int_repr(v: Value) -> PyResult<Ref> {
    match int_view(v).expect("int repr of a non-int") {
        IntView::Small(i) => Ok(new_str(&i.to_string())),
        IntView::Big(b) => {
            let text = b.to_string();
            check_str_digits(text.len() - (b.sign() == Sign::Negative) as usize, false)?;
            Ok(new_str(&text))
        }
    }
}

/// The modulus of numeric hashes: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;

pub fn hash_int(v: IntView) -> i64 {
    let h = match v {
        IntView::Small(i) => {
            let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
            if i < 0 {
                -m
            } else {
                m
            }
        }
        // The remainder of truncating division has the sign of `b`, as the hash has.
        IntView::Big(b) => b % HASH_MODULUS,
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

fn int_hash(v: Value) -> PyResult<i64> {
    Ok(hash_int(int_view(v).unwrap()))
}

pub fn compare_ints(a: IntView, b: IntView) -> Ordering {
    match (a, b) {
        (IntView::Small(x), IntView::Small(y)) => x.cmp(&y),
        _ => a.as_big().cmp(&b.as_big()),
    }
}

fn int_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => Ok(bool_ref(op.holds(compare_ints(x, y)))),
        _ => Ok(not_implemented()),
    }
}

/// Applies a binary int operation when both operands are ints, else returns NotImplemented.
macro_rules! int_binary {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        fn $name(a: Value, b: Value) -> PyResult<Ref> {
            match (int_view(a), int_view(b)) {
                (Some($x), Some($y)) => $body,
                _ => Ok(not_implemented()),
            }
        }
    };
}

int_binary!(int_add, |x, y| Ok(match (x, y) {
    (IntView::Small(x), IntView::Small(y)) => from_i128(x as i128 + y as i128),
    _ => from_big(&*x.as_big() + &*y.as_big()),
}));

int_binary!(int_sub, |x, y| Ok(match (x, y) {
    (IntView::Small(x), IntView::Small(y)) => from_i128(x as i128 - y as i128),
    _ => from_big(&*x.as_big() - &*y.as_big()),
}));

int_binary!(int_mul, |x, y| Ok(match (x, y) {
    (IntView::Small(x), IntView::Small(y)) => from_i128(x as i128 * y as i128),
    _ => from_big(&*x.as_big() * &*y.as_big()),
}));

const INT_DIVISION_BY_ZERO: &str = "integer division or modulo by zero";

/// `(x // y, x % y)` for `y != 0`, with Python's signs: the quotient rounds toward minus
/// infinity and a nonzero remainder takes the sign of `y`. Widened so `MIN // -1` fits.
fn floor_div_mod_small(x: i64, y: i64) -> (i128, i128) {
    let (x, y) = (i128::from(x), i128::from(y));
    let (q, r) = (x / y, x % y);
    if r != 0 && (r < 0) != (y < 0) {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

/// `(x // y, x % y)` of big ints, with Python's signs as in `floor_div_mod_small`.
pub fn floor_div_mod(x: &IBig, y: &IBig) -> (IBig, IBig) {
    let (q, r) = x.div_rem(y);
    if !r.is_zero() && r.sign() != y.sign() {
        (q - 1, r + y)
    } else {
        (q, r)
    }
}

int_binary!(int_floordiv, |x, y| {
    if y.is_zero() {
        return Err(errors::zero_division(INT_DIVISION_BY_ZERO));
    }
    Ok(match (x, y) {
        (IntView::Small(x), IntView::Small(y)) => from_i128(floor_div_mod_small(x, y).0),
        _ => from_big(floor_div_mod(&x.as_big(), &y.as_big()).0),
    })
});

int_binary!(int_rem, |x, y| {
    if y.is_zero() {
        return Err(errors::zero_division(INT_DIVISION_BY_ZERO));
    }
    Ok(match (x, y) {
        (IntView::Small(x), IntView::Small(y)) => from_i128(floor_div_mod_small(x, y).1),
        _ => from_big(floor_div_mod(&x.as_big(), &y.as_big()).1),
    })
});

/// `int.__divmod__`: NotImplemented unless both operands are ints.
fn divmod_slot(a: Value, b: Value) -> PyResult<Ref> {
    match (int_view(a), int_view(b)) {
        (Some(x), Some(y)) => divmod(x, y),
        _ => Ok(not_implemented()),
    }
}

/// `divmod(x, y)` of ints, with one division.
pub fn divmod(x: IntView, y: IntView) -> PyResult<Ref> {
    if y.is_zero() {
        return Err(errors::zero_division(INT_DIVISION_BY_ZERO));
    }
    let (quotient, remainder) = match (x, y) {
        (IntView::Small(a), IntView::Small(b)) => {
            let (q, r) = floor_div_mod_small(a, b);
            (from_i128(q), from_i128(r))
        }
        _ => {
            let (q, r) = floor_div_mod(&x.as_big(), &y.as_big());
            (from_big(q), from_big(r))
        }
    };
    Ok(new_tuple(vec![quotient, remainder]))
}

int_binary!(int_truediv, |x, y| {
    if y.is_zero() {
        return Err(errors::zero_division("division by zero"));
    }
    Ok(float::new_float(true_divide(x, y)?))
});

/// Correctly rounded `x / y` for ints of any size, as CPython's long true division.
fn true_divide(x: IntView, y: IntView) -> PyResult<f64> {
    const EXACT: i64 = 1 << 53;
    if let (IntView::Small(a), IntView::Small(b)) = (x, y) {
        if a.abs() <= EXACT && b.abs() <= EXACT {
            return Ok(a as f64 / b as f64);
        }
    }
    let negative = x.is_negative() != y.is_negative();
    let (a, b) = (x.to_big().unsigned_abs(), y.to_big().unsigned_abs());
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    // Scale so the integer quotient has 55 or 56 bits: enough for a 53-bit mantissa, a
    // rounding bit and a sticky bit, so converting it to f64 rounds exactly once.
    let shift = 55 - (a.bit_len() as i64 - b.bit_len() as i64);
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = u64::try_from(q).expect("scaled quotient fits 64 bits");
    if !r.is_zero() {
        q |= 1;
    }
    let result = float::ldexp(q as f64, -shift);
    if result.is_infinite() {
        return Err(errors::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -result } else { result })
}

int_binary!(int_pow, |x, y| {
    if y.is_negative() {
        // A negative exponent gives a float, as in CPython.
        return float::float_power(x.to_f64()?, y.to_f64()?);
    }
    let exp = match y.to_i64().and_then(|e| u32::try_from(e).ok()) {
        Some(e) => e,
        None => {
            return match x {
                IntView::Small(0) | IntView::Small(1) => Ok(from_i64(x.to_i64().unwrap())),
                IntView::Small(-1) => Ok(from_i64(if y.to_big().bit(0) { -1 } else { 1 })),
                _ => Err(errors::raise(&crate::objects::exception::MEMORY_ERROR, "")),
            }
        }
    };
    Ok(match x {
        IntView::Small(b) => match b.checked_pow(exp) {
            Some(r) => from_i64(r),
            None => from_big(IBig::from(b).pow(exp as usize)),
        },
        IntView::Big(b) => from_big(b.pow(exp as usize)),
    })
});

fn shift_count(y: IntView) -> PyResult<Option<usize>> {
    if y.is_negative() {
        return Err(errors::value_error("negative shift count"));
    }
    Ok(y.to_i64().and_then(|c| usize::try_from(c).ok()))
}

int_binary!(int_lshift, |x, y| {
    let Some(count) = shift_count(y)? else {
        return if x.is_zero() {
            Ok(from_i64(0))
        } else {
            Err(errors::overflow_error("too many digits in integer"))
        };
    };
    Ok(from_big(&*x.as_big() << count))
});

int_binary!(int_rshift, |x, y| {
    let count = shift_count(y)?.unwrap_or(usize::MAX);
    Ok(match x {
        IntView::Small(v) => from_i64(v >> count.min(63)),
        IntView::Big(b) => {
            // Python's >> floors, as dashu's does for negative values.
            if count > b.bit_len() {
                from_i64(if b.sign() == Sign::Negative { -1 } else { 0 })
            } else {
                from_big(b >> count)
            }
        }
    })
});

int_binary!(int_and, |x, y| Ok(match (x, y) {
    (IntView::Small(a), IntView::Small(b)) => from_i64(a & b),
    _ => from_big(&*x.as_big() & &*y.as_big()),
}));
int_binary!(int_or, |x, y| Ok(match (x, y) {
    (IntView::Small(a), IntView::Small(b)) => from_i64(a | b),
    _ => from_big(&*x.as_big() | &*y.as_big()),
}));
int_binary!(int_xor, |x, y| Ok(match (x, y) {
    (IntView::Small(a), IntView::Small(b)) => from_i64(a ^ b),
    _ => from_big(&*x.as_big() ^ &*y.as_big()),
}));

fn int_neg(v: Value) -> PyResult<Ref> {
    Ok(match int_view(v).unwrap() {
        IntView::Small(i) => from_i128(-(i as i128)),
        IntView::Big(b) => from_big(-b),
    })
}

/// `+x` and `int(x)` of an int or bool: the plain int.
pub fn int_exact(v: Value) -> PyResult<Ref> {
    Ok(match int_view(v).unwrap() {
        IntView::Small(i) => from_i64(i),
        IntView::Big(_) => Ref::new(v),
    })
}

fn int_abs(v: Value) -> PyResult<Ref> {
    Ok(match int_view(v).unwrap() {
        IntView::Small(i) => from_i128((i as i128).abs()),
        IntView::Big(b) => from_big(b.abs()),
    })
}

fn int_invert(v: Value) -> PyResult<Ref> {
    Ok(match int_view(v).unwrap() {
        IntView::Small(i) => from_i64(!i),
        // Two's complement: `~b == -(b + 1)`.
        IntView::Big(b) => from_big(!b),
    })
}

pub static INT_NUMBER: NumberSlots = NumberSlots {
    add: Some(int_add),
    sub: Some(int_sub),
    mul: Some(int_mul),
    truediv: Some(int_truediv),
    floordiv: Some(int_floordiv),
    rem: Some(int_rem),
    pow: Some(int_pow),
    lshift: Some(int_lshift),
    rshift: Some(int_rshift),
    and: Some(int_and),
    or: Some(int_or),
    xor: Some(int_xor),
    matmul: None,
    neg: Some(int_neg),
    pos: Some(int_exact),
    abs: Some(int_abs),
    invert: Some(int_invert),
    index: Some(int_exact),
    int: Some(int_exact),
    float: Some(|v| int_view(v).unwrap().to_f64()),
};

pub static INT_TYPE: TypeObject = TypeObject {
    dealloc: big_dealloc,
    repr: int_repr,
    hash: Some(int_hash),
    richcompare: Some(int_richcompare),
    bool: Some(|v| Ok(!int_view(v).unwrap().is_zero_any())),
    number: &INT_NUMBER,
    construct: Some(int_construct),
    methods: INT_METHODS,
    getattr: Some(int_getattr),
    members: &["real", "imag", "numerator", "denominator"],
    getattr_only_members: true,
    ..TypeObject::new("int")
};

impl IntView<'_> {
    fn is_zero_any(self) -> bool {
        match self {
            IntView::Small(v) => v == 0,
            IntView::Big(b) => b.is_zero(),
        }
    }
}

/// `int()`, `int(x)`, `int(s, base)`.
fn int_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let args = crate::builtins::args::bind("int", args, kwnames, &["", "base"], 0)?;
    let (Some(x), base) = (args[0], args[1]) else {
        if args[1].is_some() {
            return Err(errors::type_error("int() missing string argument"));
        }
        return Ok(from_i64(0));
    };
    if let Some(base) = base {
        let Some(s) = crate::objects::str::as_str(x) else {
            return Err(errors::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        let base = match int_view(base).and_then(|b| b.to_i64()) {
            Some(b) if b == 0 || (2..=36).contains(&b) => b as u32,
            Some(_) | None if int_view(base).is_some() => {
                return Err(errors::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ))
            }
            _ => {
                return Err(errors::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_of(base).name
                )))
            }
        };
        return parse_int(s, base);
    }
    to_int(x)
}

/// `int(x)` for one argument.
pub fn to_int(x: Value) -> PyResult<Ref> {
    if int_view(x).is_some() {
        return int_exact(x);
    }
    if let Some(f) = float::float_value(x) {
        return float_to_int(f);
    }
    if let Some(s) = crate::objects::str::as_str(x) {
        return parse_int(s, 10);
    }
    if let Some(int) = type_of(x).number.int {
        return int(x);
    }
    Err(errors::type_error(format!(
        "int() argument must be a string, a bytes-like object or a number, not '{}'",
        type_of(x).name
    )))
}

pub fn float_to_int(f: f64) -> PyResult<Ref> {
    if f.is_nan() {
        return Err(errors::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(errors::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(from_i64(t as i64));
    }
    Ok(from_big(
        IBig::try_from(t).expect("a finite float is an integer"),
    ))
}

/// Parses an int literal the way `int(s, base)` does: whitespace around, a sign, base prefixes
/// for base 0 or the matching base, and single underscores between digits.
pub fn parse_int(text: &str, base: u32) -> PyResult<Ref> {
    let invalid = || {
        errors::value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::objects::str::repr_of_str(text)
        ))
    };
    let ascii = float::ascii_numeral(text);
    let s = ascii.trim_matches(float::is_c_space);
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = s.to_ascii_lowercase();
    let (radix, digits, had_prefix) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &s[2..], true),
        (0 | 8, Some("0o")) => (8, &s[2..], true),
        (0 | 2, Some("0b")) => (2, &s[2..], true),
        (0, _) => (10, s, false),
        _ => (base, s, false),
    };
    // After a prefix an underscore may come first ("0x_ff"); otherwise digits must.
    let digits = if had_prefix {
        digits.strip_prefix('_').unwrap_or(digits)
    } else {
        digits
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return Err(invalid());
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(radix)) {
        return Err(invalid());
    }
    // Base 0 rejects leading zeros in a non-zero decimal ("010"), as Python literals do.
    if base == 0
        && radix == 10
        && clean.len() > 1
        && clean.starts_with('0')
        && clean.chars().any(|c| c != '0')
    {
        return Err(invalid());
    }
    // Only the power-of-two bases convert in linear time, so CPython limits all the others.
    if !radix.is_power_of_two() {
        check_str_digits(clean.len(), true)?;
    }
    let magnitude = IBig::from(UBig::from_str_radix(&clean, radix).map_err(|_| invalid())?);
    Ok(from_big(if negative { -magnitude } else { magnitude }))
}

/// The value as an index (`__index__`), for subscripts, `range` and repetition counts.
pub fn index_value(v: Value, what: impl FnOnce(&str) -> String) -> PyResult<IntView<'static>> {
    match int_view(v) {
        Some(i) => Ok(i),
        // An instance of a class with `__index__` (CPython's `PyNumber_Index`).
        None if type_of(v).is_heap() => {
            let r = crate::objects::method_args::to_index(v, what)?;
            if !r.value().is_small_int() {
                // The view borrows the int: keep a big one alive.
                crate::object::make_immortal(r.value());
            }
            Ok(int_view(r.into_raw()).unwrap())
        }
        None => Err(errors::type_error(what(type_of(v).name))),
    }
}

/// Clamps an index-sized int to i64 (big values saturate, which callers treat as out of range).
pub fn saturating_i64(v: IntView) -> i64 {
    match v {
        IntView::Small(i) => i,
        IntView::Big(b) => {
            if b.sign() == Sign::Negative {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    }
}

// =============================================================================================
// Methods and attributes

/// `num / den` (with `den > 0`) rounded to the nearest integer, ties to even.
pub fn round_half_even(num: &IBig, den: &IBig) -> IBig {
    let (q, r) = floor_div_mod(num, den);
    let twice = r * 2;
    if twice > *den || (twice == *den && q.bit(0)) {
        q + 1
    } else {
        q
    }
}

/// Rounds to the nearest multiple of `10**-ndigits` (a change only for negative `ndigits`).
fn round_to_digits(x: IntView, ndigits: IntView) -> Ref {
    if !ndigits.is_negative() {
        return from_big(x.to_big());
    }
    let x = x.to_big();
    // A multiple of 10**k above twice |x| rounds everything to 0 (and 10**k may be huge).
    let digits = (&x).unsigned_abs().to_string().len();
    let k = match usize::try_from(-ndigits.to_big()) {
        Ok(k) if k <= digits + 1 => k,
        _ => return Ref::small_int(0),
    };
    let unit = IBig::from(10).pow(k);
    from_big(round_half_even(&x, &unit) * unit)
}

/// `round(x)` and `round(x, ndigits)` of an int; `ndigits` None is the same as absent.
pub fn round(x: Value, ndigits: Option<Value>) -> PyResult<Ref> {
    match ndigits.filter(|n| *n != none()) {
        None => int_exact(x),
        Some(n) => round_with_ndigits(x, n),
    }
}

fn round_with_ndigits(x: Value, ndigits: Value) -> PyResult<Ref> {
    let n = method_args::to_index(ndigits, cannot_interpret)?;
    Ok(round_to_digits(
        int_view(x).expect("round of an int"),
        int_view(n.value()).expect("to_index gives an int"),
    ))
}

/// `int.__round__([ndigits])`, where an explicit None is not an int.
fn int_round(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("__round__", k)?;
    match a {
        [] => int_exact(v),
        [ndigits] => round_with_ndigits(v, *ndigits),
        _ => Err(errors::type_error(format!(
            "function takes at most 1 argument ({} given)",
            a.len()
        ))),
    }
}

/// The byte order argument of `to_bytes` and `from_bytes`: true for little-endian.
fn is_little_endian(name: &str, byteorder: Value) -> PyResult<bool> {
    match as_str(byteorder) {
        Some("little") => Ok(true),
        Some("big") => Ok(false),
        Some(_) => Err(errors::value_error(
            "byteorder must be either 'little' or 'big'",
        )),
        None => Err(errors::type_error(format!(
            "{name}() argument 'byteorder' must be str, not {}",
            type_of(byteorder).name
        ))),
    }
}

/// Binds `(length_or_bytes, byteorder, *, signed=False)`: CPython counts all arguments first.
fn bind_byte_conversion(
    name: &str,
    first: &'static str,
    a: &[Value],
    k: Option<Value>,
) -> PyResult<(Value, bool, bool)> {
    arguments::at_most(name, a, k, 3)?;
    let bound = Signature {
        name,
        positional: &[first, "byteorder"],
        required: 2,
        keyword_only: &["signed"],
    }
    .bind(a, k)?;
    let little = is_little_endian(name, bound[1].expect("required"))?;
    let signed = match bound[2] {
        Some(v) => ops::is_true(v)?,
        None => false,
    };
    Ok((bound[0].expect("required"), little, signed))
}

/// `int.to_bytes(length, byteorder, *, signed=False)`: two's complement when signed.
fn int_to_bytes(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (length, little, signed) = bind_byte_conversion("to_bytes", "length", a, k)?;
    let length = method_args::ssize(length)?;
    let Ok(length) = usize::try_from(length) else {
        return Err(errors::value_error("length argument must be non-negative"));
    };
    let n = int_view(v).expect("to_bytes of an int").as_big();
    let negative = n.sign() == Sign::Negative;
    if !signed && negative {
        return Err(errors::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    // Both forms are empty for 0; the signed one is two's complement with room for the sign.
    let mut bytes = if signed {
        n.to_le_bytes()
    } else {
        n.as_ubig().expect("checked non-negative").to_le_bytes()
    }
    .into_vec();
    if bytes.len() > length {
        return Err(errors::overflow_error("int too big to convert"));
    }
    if bytes.try_reserve_exact(length - bytes.len()).is_err() {
        return Err(crate::objects::sequence::memory_error());
    }
    let fill = if negative { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder, *, signed=False)`, a class method; `bytes` may be any
/// object `bytes()` accepts other than a count.
fn int_from_bytes(receiver: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (source, little, signed) = bind_byte_conversion("from_bytes", "bytes", a, k)?;
    let bytes = crate::objects::bytes::bytes_of(source)?;
    let value = from_big(match (little, signed) {
        (true, true) => IBig::from_le_bytes(&bytes),
        (true, false) => UBig::from_le_bytes(&bytes).into(),
        (false, true) => IBig::from_be_bytes(&bytes),
        (false, false) => UBig::from_be_bytes(&bytes).into(),
    });
    // A subclass (bool among them) makes its own instance from the int: `cls(value)`.
    let class = if type_of(receiver).is_subtype(&TYPE_TYPE) {
        receiver
    } else {
        type_of(receiver).as_value()
    };
    if class == INT_TYPE.as_value() {
        return Ok(value);
    }
    ops::call(class, &[value.value()], None)
}

static INT_METHODS: &[Method] = &[
    Method::new("__getnewargs__", crate::objects::reduce::int_getnewargs),
    Method::new("bit_length", |v, a, k| {
        method_args::no_args("bit_length", a, k)?;
        let bits = int_view(v).expect("bit_length of an int").bit_length();
        Ok(from_i64(bits as i64))
    }),
    Method::new("conjugate", |v, a, k| {
        method_args::no_args("conjugate", a, k)?;
        int_exact(v)
    }),
    Method::new("as_integer_ratio", |v, a, k| {
        method_args::no_args("as_integer_ratio", a, k)?;
        Ok(new_tuple(vec![int_exact(v)?, Ref::small_int(1)]))
    }),
    Method::new("to_bytes", int_to_bytes),
    Method::class_method("from_bytes", int_from_bytes),
    Method::new("__index__", |v, a, k| {
        args::no_keywords("__index__", k)?;
        if !a.is_empty() {
            return Err(errors::type_error(format!(
                "expected 0 arguments, got {}",
                a.len()
            )));
        }
        int_exact(v)
    }),
    Method::new("__round__", int_round),
    Method::new("__trunc__", |v, a, k| {
        method_args::no_args("__trunc__", a, k)?;
        int_exact(v)
    }),
    Method::new("__floor__", |v, a, k| {
        method_args::no_args("__floor__", a, k)?;
        int_exact(v)
    }),
    Method::new("__ceil__", |v, a, k| {
        method_args::no_args("__ceil__", a, k)?;
        int_exact(v)
    }),
    Method::new("__divmod__", |v, a, k| {
        divmod_slot(v, method_args::slot_operand("__divmod__", a, k)?)
    }),
    Method::new("__rdivmod__", |v, a, k| {
        divmod_slot(method_args::slot_operand("__rdivmod__", a, k)?, v)
    }),
    crate::objects::builtin_subclass::slots::SIZEOF,
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
    crate::objects::builtin_subclass::slots::LSHIFT,
    crate::objects::builtin_subclass::slots::RLSHIFT,
    crate::objects::builtin_subclass::slots::RSHIFT,
    crate::objects::builtin_subclass::slots::RRSHIFT,
    crate::objects::builtin_subclass::slots::AND,
    crate::objects::builtin_subclass::slots::RAND,
    crate::objects::builtin_subclass::slots::OR,
    crate::objects::builtin_subclass::slots::ROR,
    crate::objects::builtin_subclass::slots::XOR,
    crate::objects::builtin_subclass::slots::RXOR,
    crate::objects::builtin_subclass::slots::INVERT,
    crate::objects::builtin_subclass::slots::NEG,
    crate::objects::builtin_subclass::slots::POS,
    crate::objects::builtin_subclass::slots::ABS,
    crate::objects::builtin_subclass::slots::INT,
    crate::objects::builtin_subclass::slots::FLOAT,
    crate::objects::builtin_subclass::new::INT,
];

/// The attributes ints have as rational and complex numbers.
fn int_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    Ok(match name {
        "real" | "numerator" => Some(int_exact(v)?),
        "imag" => Some(Ref::small_int(0)),
        "denominator" => Some(Ref::small_int(1)),
        _ => None,
    })
}
