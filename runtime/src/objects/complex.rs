//! complex: two f64s, with CPython 3.8's arithmetic (Smith's division, integer powers by
//! repeated squaring), repr, hash, string parsing and constructor.

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::modules::{arguments, libm};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::float::{self, compare_int_float, float_value, hash_float};
use crate::objects::int::int_view;
use crate::objects::method_args::{self, has_special};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::str::{as_str, new_string, repr_of_str};
use crate::objects::type_object::{CompareOp, Method, NumberSlots, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    const ONE: Complex = Complex { re: 1.0, im: 0.0 };

    fn real(re: f64) -> Complex {
        Complex { re, im: 0.0 }
    }

    fn add(self, b: Complex) -> Complex {
        Complex {
            re: self.re + b.re,
            im: self.im + b.im,
        }
    }

    fn sub(self, b: Complex) -> Complex {
        Complex {
            re: self.re - b.re,
            im: self.im - b.im,
        }
    }

    fn mul(self, b: Complex) -> Complex {
        Complex {
            re: self.re * b.re - self.im * b.im,
            im: self.re * b.im + self.im * b.re,
        }
    }

    /// Smith's algorithm: divides through by the divisor's larger component, which avoids
    /// most spurious overflow. `None` when dividing by zero.
    fn div(self, b: Complex) -> Option<Complex> {
        let (abs_re, abs_im) = (b.re.abs(), b.im.abs());
        if abs_re >= abs_im {
            if abs_re == 0.0 {
                return None;
            }
            let ratio = b.im / b.re;
            let denom = b.re + b.im * ratio;
            Some(Complex {
                re: (self.re + self.im * ratio) / denom,
                im: (self.im - self.re * ratio) / denom,
            })
        } else if abs_im >= abs_re {
            let ratio = b.re / b.im;
            let denom = b.re * ratio + b.im;
            Some(Complex {
                re: (self.re * ratio + self.im) / denom,
                im: (self.im * ratio - self.re) / denom,
            })
        } else {
            // A component of the divisor is NaN.
            Some(Complex {
                re: f64::NAN,
                im: f64::NAN,
            })
        }
    }

    fn is_zero(self) -> bool {
        self.re == 0.0 && self.im == 0.0
    }
}

#[repr(C)]
pub struct ComplexObject {
    header: ObjHeader,
    value: Complex,
}

pub fn new_complex(value: Complex) -> Ref {
    let v = object::alloc(ComplexObject {
        header: ObjHeader::new(&COMPLEX_TYPE),
        value,
    });
    unsafe { Ref::from_owned(v) }
}

unsafe fn complex_dealloc(v: Value) {
    object::free::<ComplexObject>(v)
}

pub fn complex_value(v: Value) -> Option<Complex> {
    (!v.is_small_int() && std::ptr::eq(type_of(v), &COMPLEX_TYPE))
        .then(|| unsafe { (*v.as_ptr::<ComplexObject>()).value })
}

fn value_of(v: Value) -> Complex {
    complex_value(v).expect("a complex")
}

/// An arithmetic operand: a complex, or a float or int as a complex with a zero imaginary part
/// (an int too large for a float raises OverflowError). `None` for other types.
fn operand(v: Value) -> Option<PyResult<Complex>> {
    if let Some(c) = complex_value(v) {
        return Some(Ok(c));
    }
    if let Some(f) = float_value(v) {
        return Some(Ok(Complex::real(f)));
    }
    int_view(v).map(|i| i.to_f64().map(Complex::real))
}

macro_rules! complex_binary {
    ($name:ident, |$x:ident, $y:ident| $body:expr) => {
        fn $name(a: Value, b: Value) -> PyResult<Ref> {
            match (operand(a), operand(b)) {
                (Some(x), Some(y)) => {
                    let ($x, $y) = (x?, y?);
                    $body
                }
                _ => Ok(not_implemented()),
            }
        }
    };
}

complex_binary!(complex_add, |x, y| Ok(new_complex(x.add(y))));
complex_binary!(complex_sub, |x, y| Ok(new_complex(x.sub(y))));
complex_binary!(complex_mul, |x, y| Ok(new_complex(x.mul(y))));
complex_binary!(complex_truediv, |x, y| match x.div(y) {
    Some(q) => Ok(new_complex(q)),
    None => Err(errors::zero_division("complex division by zero")),
});
complex_binary!(complex_pow, |x, y| power(x, y).map(new_complex));

// Floor division and modulo refuse any operand, as in CPython 3.8.
fn complex_floordiv(_: Value, _: Value) -> PyResult<Ref> {
    Err(errors::type_error("can't take floor of complex number."))
}

fn complex_rem(_: Value, _: Value) -> PyResult<Ref> {
    Err(errors::type_error("can't mod complex numbers."))
}

/// `divmod(a, b)` when either is a complex.
pub fn refuse_divmod(a: Value, b: Value) -> PyResult<()> {
    if complex_value(a).is_some() || complex_value(b).is_some() {
        return Err(refuse_any_divmod());
    }
    Ok(())
}

/// `complex.__divmod__` refuses every operand, as in CPython 3.8.
fn refuse_any_divmod() -> errors::Raised {
    errors::type_error("can't take floor or mod of complex number.")
}

/// `a ** b`: integral exponents up to 100 in size by repeated squaring (so that `z ** 2` is
/// `z * z` exactly), others through polar form.
pub fn power(a: Complex, b: Complex) -> PyResult<Complex> {
    let int_exponent = b.re as i64;
    let result = if b.im == 0.0 && b.re == int_exponent as f64 {
        integer_power(a, int_exponent)
    } else {
        polar_power(a, b)
    };
    let Some(result) = result else {
        return Err(errors::zero_division("0.0 to a negative or complex power"));
    };
    if result.re.is_infinite() || result.im.is_infinite() {
        return Err(errors::overflow_error("complex exponentiation"));
    }
    Ok(result)
}

/// `None`: zero to a negative or complex power.
fn integer_power(a: Complex, n: i64) -> Option<Complex> {
    if !(-100..=100).contains(&n) {
        return polar_power(a, Complex::real(n as f64));
    }
    if n >= 0 {
        Some(unsigned_power(a, n as u64))
    } else {
        Complex::ONE.div(unsigned_power(a, n.unsigned_abs()))
    }
}

fn unsigned_power(a: Complex, n: u64) -> Complex {
    let mut result = Complex::ONE;
    let mut square = a;
    let mut bit = 1;
    while bit <= n {
        if n & bit != 0 {
            result = result.mul(square);
        }
        bit <<= 1;
        square = square.mul(square);
    }
    result
}

fn polar_power(a: Complex, b: Complex) -> Option<Complex> {
    if b.is_zero() {
        return Some(Complex::ONE);
    }
    if a.is_zero() {
        return if b.im != 0.0 || b.re < 0.0 {
            None
        } else {
            Some(Complex::real(0.0))
        };
    }
    let modulus = libm::hypot(a.re, a.im);
    let mut length = libm::pow(modulus, b.re);
    let angle = libm::atan2(a.im, a.re);
    let mut phase = angle * b.re;
    if b.im != 0.0 {
        length /= libm::exp(angle * b.im);
        phase += b.im * libm::log(modulus);
    }
    Some(Complex {
        re: length * libm::cos(phase),
        im: length * libm::sin(phase),
    })
}

fn complex_neg(v: Value) -> PyResult<Ref> {
    let c = value_of(v);
    Ok(new_complex(Complex {
        re: -c.re,
        im: -c.im,
    }))
}

fn complex_abs(v: Value) -> PyResult<Ref> {
    let c = value_of(v);
    // An infinite component makes the modulus infinite, even beside a NaN.
    if c.re.is_infinite() || c.im.is_infinite() {
        return Ok(float::new_float(f64::INFINITY));
    }
    let modulus = libm::hypot(c.re, c.im);
    if modulus.is_infinite() {
        return Err(errors::overflow_error("absolute value too large"));
    }
    Ok(float::new_float(modulus))
}

pub static COMPLEX_NUMBER: NumberSlots = NumberSlots {
    add: Some(complex_add),
    sub: Some(complex_sub),
    mul: Some(complex_mul),
    truediv: Some(complex_truediv),
    floordiv: Some(complex_floordiv),
    rem: Some(complex_rem),
    pow: Some(complex_pow),
    neg: Some(complex_neg),
    pos: Some(|v| Ok(Ref::new(v))),
    abs: Some(complex_abs),
    int: Some(|_| Err(errors::type_error("can't convert complex to int"))),
    float: Some(|_| Err(errors::type_error("can't convert complex to float"))),
    ..NumberSlots::EMPTY
};

/// A component as repr shows it: the float's repr without a trailing ".0".
fn component_repr(x: f64) -> String {
    let mut text = float::float_repr_string(x);
    if text.ends_with(".0") {
        text.truncate(text.len() - 2);
    }
    text
}

/// `1j`, `(1+2j)`, `(-0-0j)`: without parentheses only when the real part is +0.
fn complex_repr_string(c: Complex) -> String {
    let imag = component_repr(c.im);
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{imag}j");
    }
    // The imaginary part always has a sign; a NaN's is '+'.
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{imag}j)", component_repr(c.re))
}

fn complex_repr(v: Value) -> PyResult<Ref> {
    Ok(new_string(complex_repr_string(value_of(v))))
}

/// Equal complexes, floats and ints hash alike: the parts' hashes combined.
fn complex_hash(v: Value) -> PyResult<i64> {
    const IMAG_MULTIPLIER: u64 = 1_000_003;
    let c = value_of(v);
    let combined = (hash_float(c.re) as u64)
        .wrapping_add(IMAG_MULTIPLIER.wrapping_mul(hash_float(c.im) as u64))
        as i64;
    Ok(if combined == -1 { -2 } else { combined })
}

/// Only `==` and `!=`: complex numbers have no order.
fn complex_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let x = value_of(a);
    let equal = if let Some(i) = int_view(b) {
        x.im == 0.0 && compare_int_float(i, x.re) == Some(std::cmp::Ordering::Equal)
    } else if let Some(f) = float_value(b) {
        x.re == f && x.im == 0.0
    } else if let Some(y) = complex_value(b) {
        x == y
    } else {
        return Ok(not_implemented());
    };
    Ok(bool_ref(equal == (op == CompareOp::Eq)))
}

fn complex_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let c = value_of(v);
    Ok(match name {
        "real" => Some(float::new_float(c.re)),
        "imag" => Some(float::new_float(c.im)),
        _ => None,
    })
}

static COMPLEX_METHODS: &[Method] = &[
    Method::new("conjugate", |v, a, k| {
        method_args::no_args("conjugate", a, k)?;
        let c = value_of(v);
        Ok(new_complex(Complex {
            re: c.re,
            im: -c.im,
        }))
    }),
    Method::new("__getnewargs__", crate::objects::reduce::complex_getnewargs),
    Method::new("__divmod__", |_, a, k| {
        method_args::slot_operand("__divmod__", a, k)?;
        Err(refuse_any_divmod())
    }),
    Method::new("__rdivmod__", |_, a, k| {
        method_args::slot_operand("__rdivmod__", a, k)?;
        Err(refuse_any_divmod())
    }),
    crate::objects::builtin_subclass::slots::BOOL,
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
];

pub static COMPLEX_TYPE: TypeObject = TypeObject {
    dealloc: complex_dealloc,
    repr: complex_repr,
    hash: Some(complex_hash),
    richcompare: Some(complex_richcompare),
    bool: Some(|v| Ok(!value_of(v).is_zero())),
    number: &COMPLEX_NUMBER,
    construct: Some(complex_construct),
    methods: COMPLEX_METHODS,
    getattr: Some(complex_getattr),
    members: &["real", "imag"],
    getattr_only_members: true,
    ..TypeObject::new("complex")
};

// =============================================================================================
// complex()

/// `complex(real=0, imag=0)`: from a string, or from numbers as `real + imag*1j` (either may
/// itself be complex).
fn complex_construct(
    _ty: &'static TypeObject,
    a: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let bound = args::bind("complex", a, kwnames, &["real", "imag"], 0)?;
    let zero = Ref::small_int(0);
    let (real, imag) = (bound[0].unwrap_or(zero.value()), bound[1]);
    if complex_value(real).is_some() && imag.is_none() {
        return Ok(Ref::new(real));
    }
    if let Some(text) = as_str(real) {
        if imag.is_some() {
            return Err(errors::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(text).map(new_complex);
    }
    if imag.is_some_and(|i| as_str(i).is_some()) {
        return Err(errors::type_error("complex() second arg can't be a string"));
    }
    from_numbers(real, imag)
}

fn from_numbers(real: Value, imag: Option<Value>) -> PyResult<Ref> {
    let converted = special_complex(real)?;
    let real = converted.as_ref().map_or(real, Ref::value);
    if !is_number(real)? {
        return Err(errors::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_of(real).name
        )));
    }
    if let Some(imag) = imag {
        if !is_number(imag)? {
            return Err(errors::type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_of(imag).name
            )));
        }
    }
    let (mut result, real_is_complex) = match complex_value(real) {
        Some(c) => (c, true),
        None => (Complex::real(arguments::real(real)?), false),
    };
    if let Some(imag) = imag {
        let imag_real = match complex_value(imag) {
            Some(c) => {
                // The imaginary argument's own imaginary part turns real: i * i = -1.
                result.re -= c.im;
                c.re
            }
            None => arguments::real(imag)?,
        };
        // Adding is skipped, not done with 0.0, so that a -0.0 imaginary part stays negative.
        result.im = if real_is_complex {
            imag_real + result.im
        } else {
            imag_real
        };
    }
    Ok(new_complex(result))
}

/// What `__complex__` gives for objects of classes that define it.
fn special_complex(v: Value) -> PyResult<Option<Ref>> {
    if !has_special(v, "__complex__", false)? {
        return Ok(None);
    }
    let method = crate::objects::str::new_str("__complex__");
    let result = ops::call_method(v, method.value(), &[], None)?;
    if complex_value(result.value()).is_none() {
        return Err(errors::type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_of(result.value()).name
        )));
    }
    Ok(Some(result))
}

/// Whether `complex()` takes `v` as a number: it is complex or has `__float__` or `__index__`.
fn is_number(v: Value) -> PyResult<bool> {
    let n = type_of(v).number;
    Ok(complex_value(v).is_some()
        || has_special(v, "__float__", n.float.is_some())?
        || has_special(v, "__index__", n.index.is_some())?)
}

/// `complex(str)`: `<float>`, `<float>j` or `<float><signed float>j` (where `<float>` is what
/// `float()` reads), also `j`, `<sign>j` and `<float><sign>j`; surrounded by whitespace and
/// optionally by parentheses with whitespace inside.
fn parse_complex(text: &str) -> PyResult<Complex> {
    let ascii = float::ascii_numeral(text);
    let clean = if ascii.contains('_') {
        float::remove_underscores(&ascii).ok_or_else(|| {
            errors::value_error(format!(
                "could not convert string to complex: {}",
                repr_of_str(text)
            ))
        })?
    } else {
        ascii
    };
    read_complex(&clean).ok_or_else(|| errors::value_error("complex() arg is a malformed string"))
}

fn read_complex(s: &str) -> Option<Complex> {
    let mut rest = s.trim_start_matches(float::is_c_space);
    let bracketed = rest.starts_with('(');
    if bracketed {
        rest = rest[1..].trim_start_matches(float::is_c_space);
    }
    let is_j = |s: &str| s.starts_with(['j', 'J']);
    let sign_of = |s: &str| match s.as_bytes().first() {
        Some(b'+') => Some(1.0),
        Some(b'-') => Some(-1.0),
        _ => None,
    };
    let value = match float::scan_float(rest) {
        Some((first, len)) => {
            rest = &rest[len..];
            if let Some(sign) = sign_of(rest) {
                let imag = match float::scan_float(rest) {
                    Some((imag, len)) => {
                        rest = &rest[len..];
                        imag
                    }
                    None => {
                        rest = &rest[1..];
                        sign
                    }
                };
                if !is_j(rest) {
                    return None;
                }
                rest = &rest[1..];
                Complex {
                    re: first,
                    im: imag,
                }
            } else if is_j(rest) {
                rest = &rest[1..];
                Complex { re: 0.0, im: first }
            } else {
                Complex::real(first)
            }
        }
        None => {
            let imag = match sign_of(rest) {
                Some(sign) => {
                    rest = &rest[1..];
                    sign
                }
                None => 1.0,
            };
            if !is_j(rest) {
                return None;
            }
            rest = &rest[1..];
            Complex { re: 0.0, im: imag }
        }
    };
    rest = rest.trim_start_matches(float::is_c_space);
    if bracketed {
        rest = rest
            .strip_prefix(')')?
            .trim_start_matches(float::is_c_space);
    }
    rest.is_empty().then_some(value)
}
