//! Text formatting with CPython 3.8's results and errors:
//!
//! - the format-spec mini-language, [`format_value`] (`format(value, spec)`, and what f-strings
//!   and `str.format` apply to each field);
//! - `str.format` and `str.format_map` templates;
//! - printf-style formatting, `str % args` ([`percent_format`]) and `bytes % args`
//!   ([`percent_format_bytes`]).
//!
//! Floats are laid out as CPython's `PyOS_double_to_string` does, from the decimal digits
//! that Rust's exact float formatting produces (shortest round-trip digits, or correctly
//! rounded to a number of significant or fractional digits, ties to even as CPython's dtoa).

use dashu_int::ops::UnsignedAbs;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::complex::complex_value;
use crate::objects::float::float_value;
use crate::objects::int::{self, int_view, IntView};
use crate::objects::method_args::{self, has_special};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::str_methods::decimal_value;
use crate::objects::tuple::{is_tuple, tuple_items};
use crate::ops::{self, type_of};
use crate::value::Value;

/// `format(value, spec)` for str, int, bool, float and complex; other types accept only an empty spec
/// (object's `__format__`).
pub fn format_value(value: Value, spec: &str) -> PyResult<Ref> {
    if spec.is_empty() {
        return ops::str(value);
    }
    if let Some(text) = as_str(value) {
        return format_str(text, spec).map(new_string);
    }
    if let Some(i) = int_view(value) {
        return format_int(i, spec, type_of(value).name).map(new_string);
    }
    if let Some(x) = float_value(value) {
        return format_float_value(x, spec).map(new_string);
    }
    if let Some(c) = complex_value(value) {
        return format_complex(c.re, c.im, spec).map(new_string);
    }
    Err(errors::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_of(value).name
    )))
}

// =============================================================================================
// Format specs

/// A parsed `[[fill]align][sign][#][0][width][grouping][.precision][type]`.
struct Spec {
    fill: char,
    /// One of `<`, `>`, `^` and `=` (padding between the sign and the digits).
    align: char,
    sign: Option<char>,
    alternate: bool,
    width: Option<usize>,
    /// `,` or `_`.
    grouping: Option<char>,
    precision: Option<usize>,
    kind: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// A character in an error message: itself when printable ASCII, else `\xNN`.
fn code_for_message(c: char) -> String {
    if (33..127).contains(&(c as u32)) {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

fn unknown_format_code(code: char, type_name: &str) -> errors::Raised {
    errors::value_error(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_for_message(code)
    ))
}

/// Reads a run of decimal digits (any script's) at `pos`; `None` when there is none.
fn parse_count(chars: &[char], pos: &mut usize) -> PyResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize);
        value = Some(
            next.ok_or_else(|| errors::value_error("Too many decimal digits in format string"))?,
        );
        *pos += 1;
    }
    Ok(value)
}

impl Spec {
    fn parse(spec: &str, default_kind: Option<char>, default_align: char) -> PyResult<Spec> {
        let chars: Vec<char> = spec.chars().collect();
        let mut parsed = Spec {
            fill: ' ',
            align: default_align,
            sign: None,
            alternate: false,
            width: None,
            grouping: None,
            precision: None,
            kind: default_kind,
        };
        let mut pos = 0;
        let (fill, align) = parse_fill_and_align(&chars, &mut pos);
        parsed.fill = fill.unwrap_or(' ');
        parsed.align = align.unwrap_or(default_align);
        if let Some(&sign @ ('+' | '-' | ' ')) = chars.get(pos) {
            parsed.sign = Some(sign);
            pos += 1;
        }
        if chars.get(pos) == Some(&'#') {
            parsed.alternate = true;
            pos += 1;
        }
        // A leading zero means zero padding after the sign, unless a fill was given.
        if fill.is_none() && chars.get(pos) == Some(&'0') {
            parsed.fill = '0';
            if align.is_none() {
                parsed.align = '=';
            }
            pos += 1;
        }
        parsed.width = parse_count(&chars, &mut pos)?;
        parsed.grouping = parse_grouping(&chars, &mut pos)?;
        if chars.get(pos) == Some(&'.') {
            pos += 1;
            parsed.precision = parse_count(&chars, &mut pos)?;
            if parsed.precision.is_none() {
                return Err(errors::value_error("Format specifier missing precision"));
            }
        }
        match chars.len() - pos {
            0 => {}
            1 => parsed.kind = Some(chars[pos]),
            _ => return Err(errors::value_error("Invalid format specifier")),
        }
        if let Some(separator) = parsed.grouping {
            parsed.check_grouping(separator)?;
        }
        Ok(parsed)
    }

    /// Thousands separators go with decimal presentations; `_` also with b, o, x and X.
    fn check_grouping(&self, separator: char) -> PyResult<()> {
        match self.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
            Some('b' | 'o' | 'x' | 'X') if separator == '_' => Ok(()),
            Some(kind) => Err(errors::value_error(format!(
                "Cannot specify '{separator}' with '{}'.",
                code_for_message(kind)
            ))),
        }
    }

    /// How digits are grouped: every three digits, or every four for `_` in binary, octal
    /// and hexadecimal.
    fn digit_grouping(&self) -> Option<Grouping> {
        let separator = self.grouping?;
        let size = match self.kind {
            Some('b' | 'o' | 'x' | 'X') => 4,
            _ => 3,
        };
        Some(Grouping { size, separator })
    }
}

/// `[[fill]align]`: a fill character is recognised only before an alignment.
fn parse_fill_and_align(chars: &[char], pos: &mut usize) -> (Option<char>, Option<char>) {
    if chars.len() >= 2 && is_align(chars[1]) {
        *pos = 2;
        (Some(chars[0]), Some(chars[1]))
    } else if chars.first().is_some_and(|&c| is_align(c)) {
        *pos = 1;
        (None, Some(chars[0]))
    } else {
        (None, None)
    }
}

fn parse_grouping(chars: &[char], pos: &mut usize) -> PyResult<Option<char>> {
    let both = || errors::value_error("Cannot specify both ',' and '_'.");
    let mut grouping = None;
    if chars.get(*pos) == Some(&',') {
        grouping = Some(',');
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'_') {
        if grouping.is_some() {
            return Err(both());
        }
        grouping = Some('_');
        *pos += 1;
    }
    if chars.get(*pos) == Some(&',') {
        return Err(both());
    }
    Ok(grouping)
}

/// Fill characters to add before and after `len` characters for `width` and `align`.
fn padding(len: usize, width: Option<usize>, align: char) -> (usize, usize) {
    let total = width.unwrap_or(0).max(len);
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}

fn push_fill(out: &mut String, fill: char, count: usize) {
    out.extend(std::iter::repeat_n(fill, count));
}

/// A padded result must be one the machine can hold (CPython fails to allocate it).
fn check_width(width: Option<usize>) -> PyResult<()> {
    match width {
        Some(w) if w > isize::MAX as usize / 8 => Err(crate::objects::sequence::memory_error()),
        _ => Ok(()),
    }
}

// =============================================================================================
// str

fn format_str(text: &str, spec: &str) -> PyResult<String> {
    let spec = Spec::parse(spec, Some('s'), '<')?;
    if let Some(code) = spec.kind.filter(|&code| code != 's') {
        return Err(unknown_format_code(code, "str"));
    }
    if spec.sign.is_some() {
        return Err(errors::value_error(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(errors::value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(errors::value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    check_width(spec.width)?;
    let shown = match spec.precision {
        Some(p) => text
            .char_indices()
            .nth(p)
            .map_or(text, |(end, _)| &text[..end]),
        None => text,
    };
    let (left, right) = padding(shown.chars().count(), spec.width, spec.align);
    let mut out = String::with_capacity(shown.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.push_str(shown);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

// =============================================================================================
// Numbers

#[derive(Clone, Copy)]
struct Grouping {
    size: usize,
    separator: char,
}

/// A formatted number before padding: `<sign><prefix><digits>[.]<rest>`, where only the
/// integer digits are grouped and zero-padded.
struct NumberParts<'a> {
    negative: bool,
    /// `0x` and the like.
    prefix: &'a str,
    digits: &'a str,
    has_point: bool,
    /// Fraction, exponent, `%`; or the character of the `c` presentation.
    rest: &'a str,
}

/// Lays out a number: sign, prefix, grouped digits and the rest, padded to the width. With
/// `0` padding the zeros are digits, grouped like the others (`00,001,234`).
fn render_number(parts: &NumberParts, spec: &Spec, grouping: Option<Grouping>) -> PyResult<String> {
    check_width(spec.width)?;
    let sign = match (parts.negative, spec.sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    };
    let fixed =
        sign.len() + parts.prefix.len() + parts.has_point as usize + parts.rest.chars().count();
    let width = spec.width.map_or(-1, |w| w as i64);
    let min_digits = if spec.fill == '0' && spec.align == '=' {
        width - fixed as i64
    } else {
        0
    };
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits, min_digits, grouping)
    };
    let pad = (width - (fixed + grouped.chars().count()) as i64).max(0) as usize;
    let (left, inner, right) = match spec.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::with_capacity(fixed + grouped.len() + pad);
    push_fill(&mut out, spec.fill, left);
    out.push_str(sign);
    out.push_str(parts.prefix);
    push_fill(&mut out, spec.fill, inner);
    out.push_str(&grouped);
    if parts.has_point {
        out.push('.');
    }
    out.push_str(parts.rest);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

/// Inserts separators every `grouping.size` digits from the right, first padding with zeros
/// to at least `min_width` characters (separators included). A group that would start with a
/// separator is filled with a zero instead, so the result may be one longer than asked.
fn group_digits(digits: &str, min_width: i64, grouping: Option<Grouping>) -> String {
    let Some(Grouping { size, separator }) = grouping else {
        let zeros = (min_width - digits.len() as i64).max(0) as usize;
        return "0".repeat(zeros) + digits;
    };
    let size = size as i64;
    let mut groups: Vec<String> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let taken = remaining.min(len).max(0);
        let zeros = (len - taken) as usize;
        let end = remaining as usize;
        groups.push("0".repeat(zeros) + &digits[end - taken as usize..end]);
        remaining -= taken;
        min_width -= size;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator
    }
    groups.reverse();
    groups.join(&separator.to_string())
}

/// The digits of `|i|` in `radix`, lowercase.
fn magnitude_digits(i: IntView, radix: u32) -> PyResult<String> {
    Ok(match i {
        IntView::Small(v) => match radix {
            2 => format!("{:b}", v.unsigned_abs()),
            8 => format!("{:o}", v.unsigned_abs()),
            10 => v.unsigned_abs().to_string(),
            _ => format!("{:x}", v.unsigned_abs()),
        },
        IntView::Big(b) if radix == 10 => {
            // int's repr applies CPython's limit on the number of decimal digits.
            let text = ops::repr(int::from_big(b.clone()).value())?;
            as_str(text.value())
                .unwrap()
                .trim_start_matches('-')
                .to_string()
        }
        IntView::Big(b) => b.unsigned_abs().in_radix(radix as u8).to_string(),
    })
}

fn format_int(i: IntView, spec: &str, type_name: &str) -> PyResult<String> {
    let spec = Spec::parse(spec, Some('d'), '>')?;
    match spec.kind.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_digits(i, &spec),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float(i.to_f64()?, &spec),
        code => Err(unknown_format_code(code, type_name)),
    }
}

fn format_int_digits(i: IntView, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some() {
        return Err(errors::value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        return format_int_as_char(i, spec);
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = magnitude_digits(i, radix)?;
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        negative: i.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        has_point: false,
        rest: "",
    };
    // 'n' groups as the locale says, and pylift runs in the C locale, which does not group.
    render_number(&parts, spec, spec.digit_grouping())
}

fn format_int_as_char(i: IntView, spec: &Spec) -> PyResult<String> {
    if spec.sign.is_some() {
        return Err(errors::value_error(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(errors::value_error(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    let Some(code) = i.to_i64() else {
        return Err(errors::overflow_error(
            "Python int too large to convert to C long",
        ));
    };
    let c = char_from_code(code)?;
    let text = c.to_string();
    let parts = NumberParts {
        negative: false,
        prefix: "",
        digits: "",
        has_point: false,
        rest: &text,
    };
    render_number(&parts, spec, None)
}

/// `chr(code)` for `%c` and the `c` presentation.
fn char_from_code(code: i64) -> PyResult<char> {
    if !(0..0x110000).contains(&code) {
        return Err(errors::overflow_error("%c arg not in range(0x110000)"));
    }
    char::from_u32(code as u32).ok_or_else(|| {
        errors::value_error("pylift: strings with surrogate code points are not supported")
    })
}

fn format_float_value(x: f64, spec: &str) -> PyResult<String> {
    let spec = Spec::parse(spec, None, '>')?;
    match spec.kind {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float(x, &spec),
        Some(code) => Err(unknown_format_code(code, "float")),
    }
}

fn format_float(x: f64, spec: &Spec) -> PyResult<String> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(errors::value_error("precision too big"));
    }
    // Without a type: repr's digits, or with a precision 'g' that keeps a digit after the
    // point ("1.0", not "1").
    let (mut code, add_dot_0, default_precision) = match spec.kind {
        None => ('r', true, 0),
        Some('n') => ('g', false, 6),
        Some(code) => (code, false, 6),
    };
    let mut x = x;
    let percent = code == '%';
    if percent {
        code = 'f';
        x *= 100.0;
    }
    let precision = match spec.precision {
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
        None => default_precision,
    };
    let mut text = float_to_string(x, code, precision, spec.alternate, add_dot_0);
    if percent {
        text.push('%');
    }
    render_float_text(&text, spec)
}

/// Lays out a float's text as the spec says: sign, grouped digits, and the rest.
fn render_float_text(text: &str, spec: &Spec) -> PyResult<String> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let digits_end = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let has_point = unsigned[digits_end..].starts_with('.');
    let parts = NumberParts {
        negative,
        prefix: "",
        digits: &unsigned[..digits_end],
        has_point,
        rest: &unsigned[digits_end + has_point as usize..],
    };
    render_number(&parts, spec, spec.digit_grouping())
}

// =============================================================================================
// complex

/// `format(complex, spec)`: each part formatted as a float, the imaginary one always signed,
/// then the whole padded. Without a type it looks like repr: the real part left out when it is
/// +0, parentheses otherwise, and no ".0".
fn format_complex(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let spec = Spec::parse(spec, None, '>')?;
    if let Some(code) = spec
        .kind
        .filter(|code| !matches!(code, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n'))
    {
        return Err(unknown_format_code(code, "complex"));
    }
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(errors::value_error("precision too big"));
    }
    if spec.fill == '0' {
        return Err(errors::value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == '=' {
        return Err(errors::value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, default_precision, skip_real) = match spec.kind {
        None => ('r', 0, re == 0.0 && re.is_sign_positive()),
        Some('n') => ('g', 6, false),
        Some(code) => (code, 6, false),
    };
    let (code, precision) = match spec.precision {
        Some(p) if code == 'r' => ('g', p),
        Some(p) => (code, p),
        None => (code, default_precision),
    };
    let add_parens = spec.kind.is_none() && !skip_real;
    // The parts are laid out unpadded; the padding goes around the whole.
    let part_spec = |sign| Spec {
        fill: ' ',
        align: '<',
        width: None,
        sign,
        ..spec
    };
    let mut body = String::new();
    if add_parens {
        body.push('(');
    }
    if !skip_real {
        let text = float_to_string(re, code, precision, spec.alternate, false);
        body.push_str(&render_float_text(&text, &part_spec(spec.sign))?);
    }
    let imag_sign = if skip_real { spec.sign } else { Some('+') };
    let text = float_to_string(im, code, precision, spec.alternate, false);
    body.push_str(&render_float_text(&text, &part_spec(imag_sign))?);
    body.push('j');
    if add_parens {
        body.push(')');
    }
    check_width(spec.width)?;
    let (left, right) = padding(body.chars().count(), spec.width, spec.align);
    let mut out = String::with_capacity(body.len() + left + right);
    push_fill(&mut out, spec.fill, left);
    out.push_str(&body);
    push_fill(&mut out, spec.fill, right);
    Ok(out)
}

// =============================================================================================
// Float to decimal text

/// Enough digits to write any float exactly: at most 767 are significant, and the smallest
/// subnormal, 2**-1074, has 1074 digits after the point.
const EXACT_SIGNIFICANT_DIGITS: usize = 800;
const EXACT_FRACTION_DIGITS: usize = 1100;

/// A finite non-negative float as decimal digits `d1 d2 ...` (no trailing zeros, at least one
/// digit) and the position of the decimal point: the value is `0.d1d2... * 10**point`.
struct Decimal {
    digits: String,
    point: i64,
}

impl Decimal {
    /// Reads a non-negative decimal numeral, `123.45` or `1.2345e+2` (Rust's or Python's).
    fn parse(text: &str) -> Decimal {
        let (mantissa, exponent) = match text.split_once(['e', 'E']) {
            Some((m, e)) => (m, e.parse::<i64>().expect("a decimal exponent")),
            None => (text, 0),
        };
        let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all = format!("{whole}{fraction}");
        let significant = all.trim_start_matches('0');
        let leading_zeros = (all.len() - significant.len()) as i64;
        let digits = significant.trim_end_matches('0');
        if digits.is_empty() {
            return Decimal {
                digits: "0".into(),
                point: 1,
            };
        }
        Decimal {
            digits: digits.to_string(),
            point: whole.len() as i64 - leading_zeros + exponent,
        }
    }

    /// The shortest digits that read back as `x`, as repr chooses them.
    fn shortest(x: f64) -> Decimal {
        Decimal::parse(&crate::objects::float::float_repr_string(x))
    }

    /// Rounded to `n` (at least 1) significant digits.
    fn significant(x: f64, n: usize) -> Decimal {
        // Rust's formatting precision is limited, and no float has more significant digits.
        let n = n.min(EXACT_SIGNIFICANT_DIGITS);
        Decimal::parse(&format!("{:.*e}", n - 1, x))
    }

    /// Rounded to `n` digits after the decimal point.
    fn fixed(x: f64, n: usize) -> Decimal {
        let n = n.min(EXACT_FRACTION_DIGITS);
        Decimal::parse(&format!("{x:.n$}"))
    }
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e f g r` (or uppercase `E F G`),
/// `alternate` keeps the point and trailing zeros, `add_dot_0` makes integral results end in
/// ".0" (and moves 'g' to exponent notation one digit sooner).
fn float_to_string(
    x: f64,
    code: char,
    precision: usize,
    alternate: bool,
    add_dot_0: bool,
) -> String {
    let upper = code.is_ascii_uppercase();
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}{}", if upper { "INF" } else { "inf" });
    }
    let code = code.to_ascii_lowercase();
    let layout = FloatLayout::choose(x.abs(), code, precision, alternate, add_dot_0);
    let mut out = String::from(sign);
    layout.write_digits(add_dot_0, alternate, &mut out);
    if layout.use_exponent {
        let e = if upper { 'E' } else { 'e' };
        out.push_str(&format!("{e}{:+03}", layout.decimal.point - 1));
    }
    out
}

/// A float's digits and how to show them.
struct FloatLayout {
    decimal: Decimal,
    /// How many digit positions, counted from the first significant digit, to show at least.
    end: i64,
    use_exponent: bool,
}

/// 'g' and repr style use an exponent for values below 1e-4 and for those with more than
/// `limit` integer digits.
fn needs_exponent(point: i64, limit: i64) -> bool {
    point <= -4 || point > limit
}

impl FloatLayout {
    fn choose(
        x: f64,
        code: char,
        precision: usize,
        alternate: bool,
        add_dot_0: bool,
    ) -> FloatLayout {
        let p = precision as i64;
        match code {
            'e' => FloatLayout {
                decimal: Decimal::significant(x, precision + 1),
                end: p + 1,
                use_exponent: true,
            },
            'f' => {
                let decimal = Decimal::fixed(x, precision);
                let end = decimal.point + p;
                FloatLayout {
                    decimal,
                    end,
                    use_exponent: false,
                }
            }
            'g' => {
                // Precision 0 means 1; keeping a ".0" needs one digit more before an exponent.
                let p = p.max(1);
                let decimal = Decimal::significant(x, p as usize);
                let end = if alternate {
                    p
                } else {
                    decimal.digits.len() as i64
                };
                let use_exponent = needs_exponent(decimal.point, p - add_dot_0 as i64);
                FloatLayout {
                    decimal,
                    end,
                    use_exponent,
                }
            }
            _ => {
                let decimal = Decimal::shortest(x);
                let end = decimal.digits.len() as i64;
                let use_exponent = needs_exponent(decimal.point, 16);
                FloatLayout {
                    decimal,
                    end,
                    use_exponent,
                }
            }
        }
    }

    /// Writes the digits with the decimal point, padded with zeros: before the point when it
    /// comes first ("0.00ddd"), after the digits up to `end`.
    fn write_digits(&self, add_dot_0: bool, alternate: bool, out: &mut String) {
        let point = if self.use_exponent {
            1
        } else {
            self.decimal.point
        };
        let start = if point <= 0 { point - 1 } else { 0 };
        let end = if !self.use_exponent && add_dot_0 {
            self.end.max(point + 1)
        } else {
            self.end.max(point)
        };
        let digits = self.decimal.digits.as_bytes();
        for position in start..end {
            if position == point {
                out.push('.');
            }
            let digit = usize::try_from(position).ok().and_then(|i| digits.get(i));
            out.push(digit.map_or('0', |&d| d as char));
        }
        if point == end && alternate {
            out.push('.');
        }
    }
}

// =============================================================================================
// str.format and str.format_map

/// `str.format(*args, **kwargs)`.
pub fn str_format_method(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let template = as_str(this).expect("str.format on a str");
    let (positional, keywords) = args::split(args, kwnames);
    let fields = FieldSource {
        positional: Some(positional),
        keywords: Keywords::Pairs(&keywords),
    };
    let mut numbering = Numbering::Unset;
    render_template(template, &fields, 2, &mut numbering).map(new_string)
}

/// `str.format_map(mapping)`: named fields come from the mapping; positional ones are errors.
pub fn str_format_map_method(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let template = as_str(this).expect("str.format_map on a str");
    let mapping = args::exact("format_map", args, kwnames, 1)?[0];
    let fields = FieldSource {
        positional: None,
        keywords: Keywords::Mapping(mapping),
    };
    let mut numbering = Numbering::Unset;
    render_template(template, &fields, 2, &mut numbering).map(new_string)
}

/// Where replacement fields find their values.
struct FieldSource<'a> {
    /// `None` for `format_map`.
    positional: Option<&'a [Value]>,
    keywords: Keywords<'a>,
}

enum Keywords<'a> {
    Pairs(&'a [(&'static str, Value)]),
    Mapping(Value),
}

/// Fields are numbered automatically (`{}`) or manually (`{0}`), never both.
enum Numbering {
    Unset,
    Automatic(usize),
    Manual,
}

/// One replacement field: `{name!conversion:spec}`.
struct Field<'t> {
    name: &'t str,
    conversion: Option<char>,
    spec: &'t str,
    /// The spec contains fields of its own (`{:{width}}`).
    spec_has_fields: bool,
}

/// Renders `template`; `depth` limits how deeply specs may nest fields.
fn render_template(
    template: &str,
    source: &FieldSource,
    depth: u32,
    numbering: &mut Numbering,
) -> PyResult<String> {
    if depth == 0 {
        return Err(errors::value_error("Max string recursion exceeded"));
    }
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let brace = rest.as_bytes()[i] as char;
        let after = &rest[i + 1..];
        if after.starts_with(brace) {
            out.push(brace);
            rest = &after[1..];
            continue;
        }
        if brace == '}' {
            return Err(errors::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if after.is_empty() {
            return Err(errors::value_error(
                "Single '{' encountered in format string",
            ));
        }
        let (field, remaining) = parse_field(after)?;
        render_field(&field, source, depth, numbering, &mut out)?;
        rest = remaining;
    }
    out.push_str(rest);
    Ok(out)
}

/// Parses a field after its `{`; returns it and the text after its `}`.
fn parse_field(text: &str) -> PyResult<(Field<'_>, &str)> {
    let mut chars = text.char_indices();
    let mut terminator = None;
    // The name runs to `}`, `:` or `!`; inside `[...]` those characters are part of a key.
    while let Some((i, c)) = chars.next() {
        match c {
            '{' => return Err(errors::value_error("unexpected '{' in field name")),
            '[' => {
                for (_, k) in chars.by_ref() {
                    if k == ']' {
                        break;
                    }
                }
            }
            '}' | ':' | '!' => {
                terminator = Some((i, c));
                break;
            }
            _ => {}
        }
    }
    let Some((name_end, terminator)) = terminator else {
        return Err(errors::value_error("expected '}' before end of string"));
    };
    let mut field = Field {
        name: &text[..name_end],
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if terminator == '}' {
        return Ok((field, &text[name_end + 1..]));
    }
    let mut spec_start = name_end + 1;
    if terminator == '!' {
        let Some((_, conversion)) = chars.next() else {
            return Err(errors::value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conversion);
        match chars.next() {
            Some((i, '}')) => return Ok((field, &text[i + 1..])),
            Some((i, ':')) => spec_start = i + 1,
            Some(_) => {
                return Err(errors::value_error(
                    "expected ':' after conversion specifier",
                ))
            }
            None => spec_start = text.len(),
        }
    }
    // The spec runs to the `}` that balances the field's `{`.
    let mut open = 1;
    for (i, c) in text[spec_start..].char_indices() {
        match c {
            '{' => {
                field.spec_has_fields = true;
                open += 1;
            }
            '}' => {
                open -= 1;
                if open == 0 {
                    field.spec = &text[spec_start..spec_start + i];
                    return Ok((field, &text[spec_start + i + 1..]));
                }
            }
            _ => {}
        }
    }
    Err(errors::value_error("unmatched '{' in format spec"))
}

fn render_field(
    field: &Field,
    source: &FieldSource,
    depth: u32,
    numbering: &mut Numbering,
    out: &mut String,
) -> PyResult<()> {
    let mut value = field_value(field.name, source, numbering)?;
    if let Some(conversion) = field.conversion {
        value = convert(value.value(), conversion)?;
    }
    let expanded;
    let spec = if field.spec_has_fields {
        expanded = render_template(field.spec, source, depth - 1, numbering)?;
        expanded.as_str()
    } else {
        field.spec
    };
    // Through `format()`, so that classes' `__format__` methods apply.
    let text = ops::format(value.value(), spec)?;
    out.push_str(as_str(text.value()).unwrap());
    Ok(())
}

/// `!r`, `!s` and `!a`.
fn convert(value: Value, conversion: char) -> PyResult<Ref> {
    match conversion {
        'r' => ops::repr(value),
        's' => ops::str(value),
        'a' => ops::ascii(value),
        other => Err(errors::value_error(format!(
            "Unknown conversion specifier {}",
            code_for_message(other)
        ))),
    }
}

/// A run of decimal digits as an index; `None` when the text is not all digits.
fn parse_index(text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let chars: Vec<char> = text.chars().collect();
    if !chars.iter().all(|&c| decimal_value(c).is_some()) {
        return Ok(None);
    }
    parse_count(&chars, &mut 0)
}

/// The value a field name selects: an argument, then `.attribute` and `[key]` lookups.
fn field_value(name: &str, source: &FieldSource, numbering: &mut Numbering) -> PyResult<Ref> {
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(first_end);
    let index = match parse_index(first)? {
        Some(i) => Some(i),
        None if first.is_empty() => Some(next_automatic_index(numbering)?),
        None => None,
    };
    if index.is_some() && !first.is_empty() {
        use_manual_numbering(numbering)?;
    }
    let mut value = match index {
        Some(i) => positional_field(source, i)?,
        None => keyword_field(source, first)?,
    };
    while !rest.is_empty() {
        let (lookup, after) = next_lookup(rest)?;
        value = match lookup {
            Lookup::Attribute(attr) => ops::get_attr(value.value(), new_str(attr).value())?,
            Lookup::Item(key) => {
                let key = match parse_index(key)? {
                    Some(i) => int::from_i64(i as i64),
                    None => new_str(key),
                };
                ops::get_item(value.value(), key.value())?
            }
        };
        rest = after;
    }
    Ok(value)
}

fn next_automatic_index(numbering: &mut Numbering) -> PyResult<usize> {
    match numbering {
        Numbering::Manual => Err(errors::value_error(
            "cannot switch from manual field specification to automatic field numbering",
        )),
        Numbering::Unset => {
            *numbering = Numbering::Automatic(1);
            Ok(0)
        }
        Numbering::Automatic(next) => {
            *next += 1;
            Ok(*next - 1)
        }
    }
}

fn use_manual_numbering(numbering: &mut Numbering) -> PyResult<()> {
    match numbering {
        Numbering::Automatic(_) => Err(errors::value_error(
            "cannot switch from automatic field numbering to manual field specification",
        )),
        _ => {
            *numbering = Numbering::Manual;
            Ok(())
        }
    }
}

fn positional_field(source: &FieldSource, index: usize) -> PyResult<Ref> {
    let Some(positional) = source.positional else {
        return Err(errors::value_error(
            "Format string contains positional fields",
        ));
    };
    match positional.get(index) {
        Some(&v) => Ok(Ref::new(v)),
        None => Err(errors::index_error(format!(
            "Replacement index {index} out of range for positional args tuple"
        ))),
    }
}

fn keyword_field(source: &FieldSource, name: &str) -> PyResult<Ref> {
    match source.keywords {
        Keywords::Pairs(pairs) => match pairs.iter().find(|(k, _)| *k == name) {
            Some(&(_, v)) => Ok(Ref::new(v)),
            None => Err(errors::key_error(new_str(name).value())),
        },
        Keywords::Mapping(mapping) => ops::get_item(mapping, new_str(name).value()),
    }
}

enum Lookup<'a> {
    Attribute(&'a str),
    Item(&'a str),
}

/// Splits `.name` or `[key]` off the front of the rest of a field name.
fn next_lookup(rest: &str) -> PyResult<(Lookup<'_>, &str)> {
    let (lookup, after) = if let Some(attr) = rest.strip_prefix('.') {
        let end = attr.find(['.', '[']).unwrap_or(attr.len());
        (Lookup::Attribute(&attr[..end]), &attr[end..])
    } else if let Some(item) = rest.strip_prefix('[') {
        let Some(end) = item.find(']') else {
            return Err(errors::value_error("Missing ']' in format string"));
        };
        (Lookup::Item(&item[..end]), &item[end + 1..])
    } else {
        return Err(errors::value_error(
            "Only '.' or '[' may follow ']' in format field specifier",
        ));
    };
    let (Lookup::Attribute(text) | Lookup::Item(text)) = &lookup;
    if text.is_empty() {
        return Err(errors::value_error("Empty attribute in format string"));
    }
    Ok((lookup, after))
}

// =============================================================================================
// printf-style formatting: str % args and bytes % args

/// What `%` formats. bytes and bytearray differ from str in `%s` (bytes-like objects only, and
/// `%b` the same), `%r` (the same as `%a`), `%c` (one byte), and their mapping keys (bytes).
#[derive(Clone, Copy, PartialEq, Eq)]
enum PercentTarget {
    Str,
    Bytes,
}

impl PercentTarget {
    fn not_all_converted(self) -> errors::Raised {
        errors::type_error(match self {
            PercentTarget::Str => "not all arguments converted during string formatting",
            PercentTarget::Bytes => "not all arguments converted during bytes formatting",
        })
    }
}

/// `format % args`.
pub fn percent_format(format: &str, args: Value) -> PyResult<Ref> {
    let chars: Vec<char> = format.chars().collect();
    Ok(new_string(percent_format_chars(
        &chars,
        args,
        PercentTarget::Str,
    )?))
}

/// `bytes % args` (and bytearray): while formatting, each byte stands for the code point of
/// the same value, and every code point of the result is below 256.
pub fn percent_format_bytes(format: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = format.iter().map(|&b| char::from(b)).collect();
    let text = percent_format_chars(&chars, args, PercentTarget::Bytes)?;
    Ok(text.chars().map(|c| c as u8).collect())
}

fn percent_format_chars(chars: &[char], args: Value, target: PercentTarget) -> PyResult<String> {
    let mut state = PercentArgs::new(args, target)?;
    let mut out = String::with_capacity(chars.len());
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            out.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let directive = parse_directive(chars, &mut pos, &mut state)?;
        let value = state.next()?;
        let text = convert_directive(&directive, value.value(), pos - 1, target)?;
        out.push_str(&directive.pad(&text));
        state.check_mapping_consumed()?;
    }
    if state.has_unused() && state.mapping.is_none() {
        return Err(target.not_all_converted());
    }
    Ok(out)
}

/// The arguments of `%`: a tuple's items in turn, or a single value; with a mapping,
/// `%(key)s` switches to the value under `key`.
struct PercentArgs {
    current: Ref,
    /// `Some(n)`: `current` is a tuple of `n` items.
    tuple_len: Option<usize>,
    used: usize,
    mapping: Option<Value>,
    target: PercentTarget,
}

impl PercentArgs {
    fn new(args: Value, target: PercentTarget) -> PyResult<PercentArgs> {
        let tuple_len = is_tuple(args).then(|| tuple_items(args).len());
        // Anything subscriptable other than a tuple or str (or bytes, formatting bytes) may
        // serve as the mapping.
        let subscriptable = has_special(args, "__getitem__", type_of(args).getitem.is_some())?;
        let is_mapping = subscriptable
            && !is_tuple(args)
            && as_str(args).is_none()
            && !(target == PercentTarget::Bytes && crate::objects::bytes::is_bytes(args));
        Ok(PercentArgs {
            current: Ref::new(args),
            tuple_len,
            used: 0,
            mapping: is_mapping.then_some(args),
            target,
        })
    }

    fn has_unused(&self) -> bool {
        self.used < self.tuple_len.unwrap_or(1)
    }

    fn next(&mut self) -> PyResult<Ref> {
        if !self.has_unused() {
            return Err(errors::type_error("not enough arguments for format string"));
        }
        self.used += 1;
        Ok(match self.tuple_len {
            Some(_) => tuple_items(self.current.value())[self.used - 1].clone(),
            None => self.current.clone(),
        })
    }

    fn select_key(&mut self, key: &str) -> PyResult<()> {
        let Some(mapping) = self.mapping else {
            return Err(errors::type_error("format requires a mapping"));
        };
        let key = match self.target {
            PercentTarget::Str => new_str(key),
            PercentTarget::Bytes => {
                crate::objects::bytes::new_bytes(key.chars().map(|c| c as u8).collect())
            }
        };
        self.current = ops::get_item(mapping, key.value())?;
        self.tuple_len = None;
        self.used = 0;
        Ok(())
    }

    /// With a mapping, a value selected (or the mapping itself) must be used by its directive.
    fn check_mapping_consumed(&self) -> PyResult<()> {
        if self.mapping.is_some() && self.has_unused() {
            return Err(self.target.not_all_converted());
        }
        Ok(())
    }
}

/// One `%[(key)][flags][width][.precision][length]type` directive.
#[derive(Default)]
struct Directive {
    left_adjust: bool,
    plus: bool,
    blank: bool,
    alternate: bool,
    zero: bool,
    width: Option<usize>,
    precision: Option<usize>,
    kind: char,
}

fn incomplete_format() -> errors::Raised {
    errors::value_error("incomplete format")
}

/// Parses a directive after its `%`, leaving `pos` after the type character.
fn parse_directive(
    chars: &[char],
    pos: &mut usize,
    state: &mut PercentArgs,
) -> PyResult<Directive> {
    let mut d = Directive::default();
    if chars.get(*pos) == Some(&'(') {
        let key = parse_key(chars, pos, state)?;
        state.select_key(&key)?;
    }
    while let Some(&c) = chars.get(*pos) {
        match c {
            '-' => d.left_adjust = true,
            '+' => d.plus = true,
            ' ' => d.blank = true,
            '#' => d.alternate = true,
            '0' => d.zero = true,
            _ => break,
        }
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        let width = star_argument(state)?.filter(|&w| w != i64::MIN);
        let width = width.ok_or_else(|| {
            errors::overflow_error("Python int too large to convert to C ssize_t")
        })?;
        if width < 0 {
            d.left_adjust = true;
        }
        d.width = Some(width.unsigned_abs() as usize);
    } else {
        d.width = parse_directive_number(chars, pos, isize::MAX as usize, "width too big")?;
    }
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        if chars.get(*pos) == Some(&'*') {
            *pos += 1;
            let precision = star_argument(state)?.and_then(|p| i32::try_from(p).ok());
            let precision = precision.ok_or_else(|| {
                errors::overflow_error("Python int too large to convert to C int")
            })?;
            d.precision = Some(precision.max(0) as usize);
        } else {
            let precision =
                parse_directive_number(chars, pos, i32::MAX as usize, "precision too big")?;
            d.precision = Some(precision.unwrap_or(0));
        }
    }
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    d.kind = *chars.get(*pos).ok_or_else(incomplete_format)?;
    *pos += 1;
    Ok(d)
}

/// The key of `%(key)`, parentheses inside it balanced.
fn parse_key(chars: &[char], pos: &mut usize, state: &PercentArgs) -> PyResult<String> {
    if state.mapping.is_none() {
        return Err(errors::type_error("format requires a mapping"));
    }
    let start = *pos + 1;
    let mut depth = 1;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    *pos = i + 1;
                    return Ok(chars[start..i].iter().collect());
                }
            }
            _ => {}
        }
        i += 1;
    }
    Err(errors::value_error("incomplete format key"))
}

fn parse_directive_number(
    chars: &[char],
    pos: &mut usize,
    limit: usize,
    too_big: &str,
) -> PyResult<Option<usize>> {
    let mut value: Option<usize> = None;
    while let Some(digit) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let next = value.unwrap_or(0) * 10 + digit as usize;
        if next > limit {
            return Err(errors::value_error(too_big));
        }
        value = Some(next);
        *pos += 1;
    }
    Ok(value)
}

/// The int argument a `*` width or precision takes (`None` when it exceeds i64).
fn star_argument(state: &mut PercentArgs) -> PyResult<Option<i64>> {
    let v = state.next()?;
    match int_view(v.value()) {
        Some(i) => Ok(i.to_i64()),
        None => Err(errors::type_error("* wants int")),
    }
}

/// Whether `v` is a number (CPython's `PyNumber_Check`), as `%d` and `itertools.count` want: it
/// has `__index__`, `__int__` or `__float__`.
pub(crate) fn is_number(v: Value) -> PyResult<bool> {
    let n = type_of(v).number;
    Ok(has_special(v, "__index__", n.index.is_some())?
        || has_special(v, "__int__", n.int.is_some())?
        || has_special(v, "__float__", n.float.is_some())?)
}

/// The text a directive's conversion produces, before padding.
fn convert_directive(
    d: &Directive,
    value: Value,
    index: usize,
    target: PercentTarget,
) -> PyResult<String> {
    let ascii = || ops::ascii(value).map(|r| as_str(r.value()).unwrap().to_string());
    match (d.kind, target) {
        ('s' | 'b', PercentTarget::Bytes) => percent_bytes(value),
        ('r' | 'a', PercentTarget::Bytes) => ascii(),
        ('c', PercentTarget::Bytes) => percent_byte(value).map(String::from),
        ('s', PercentTarget::Str) => ops::str_text(value),
        ('r', PercentTarget::Str) => {
            ops::repr(value).map(|r| as_str(r.value()).unwrap().to_string())
        }
        ('a', PercentTarget::Str) => ascii(),
        _ => convert_number_directive(d, value, index, target),
    }
}

/// The conversions str and bytes share: numbers, and the error for unknown ones.
fn convert_number_directive(
    d: &Directive,
    value: Value,
    index: usize,
    target: PercentTarget,
) -> PyResult<String> {
    match d.kind {
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => percent_integer(d, value),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let x = real_number(value).map_err(|e| match target {
                PercentTarget::Str => e,
                PercentTarget::Bytes => {
                    drop(errors::take());
                    errors::type_error(format!(
                        "float argument required, not {}",
                        type_of(value).name
                    ))
                }
            })?;
            Ok(float_to_string(
                x,
                d.kind,
                d.precision.unwrap_or(6),
                d.alternate,
                false,
            ))
        }
        'c' => percent_char(value).map(String::from),
        other => Err(errors::value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {index}",
            // Formatting bytes, CPython shows the byte as it is.
            if (' '..='~').contains(&other) || target == PercentTarget::Bytes {
                other
            } else {
                '?'
            },
            other as u32
        ))),
    }
}

/// `%s` and `%b` formatting bytes: a bytes-like object, or what `__bytes__` makes; each byte
/// as the code point of its value.
fn percent_bytes(v: Value) -> PyResult<String> {
    use crate::objects::bytes;
    if let Some(made) = bytes::call_dunder_bytes(v)? {
        return Ok(latin1_text(
            bytes::bytes_data(made.value()).unwrap_or_default(),
        ));
    }
    match crate::objects::bytes_methods::bytes_like(v)? {
        Some(data) => Ok(latin1_text(&data)),
        None => Err(errors::type_error(format!(
            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
            type_of(v).name
        ))),
    }
}

fn latin1_text(data: &[u8]) -> String {
    data.iter().map(|&b| char::from(b)).collect()
}

/// `%c` formatting bytes: an int in range(256), or bytes or bytearray of length 1.
fn percent_byte(v: Value) -> PyResult<char> {
    use crate::objects::{bytearray, bytes};
    if let Some(&[b]) = bytes::bytes_data(v).or_else(|| bytearray::contents(v)) {
        return Ok(char::from(b));
    }
    let wrong = || errors::type_error("%c requires an integer in range(256) or a single byte");
    let i = method_args::to_index(v, |_| String::new()).map_err(|e| {
        if !errors::matches(&crate::objects::exception::TYPE_ERROR) {
            return e;
        }
        drop(errors::take());
        wrong()
    })?;
    let byte = int_view(i.value())
        .and_then(|i| i.to_i64())
        .and_then(|i| u8::try_from(i).ok());
    byte.map(char::from)
        .ok_or_else(|| errors::overflow_error("%c arg not in range(256)"))
}

/// `%d` and friends: `[-][0x]` then the digits, zero-padded to the precision.
fn percent_integer(d: &Directive, value: Value) -> PyResult<String> {
    let int = percent_integer_value(d.kind, value)?;
    let i = int_view(int.value()).expect("an int");
    let (radix, prefix) = match d.kind {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = magnitude_digits(i, radix)?;
    let mut out = String::new();
    if i.is_negative() {
        out.push('-');
    }
    if d.alternate {
        out.push_str(prefix);
    }
    let precision = d.precision.unwrap_or(0);
    if precision > digits.len() {
        out.push_str(&"0".repeat(precision - digits.len()));
    }
    out.push_str(&digits);
    if d.kind == 'X' {
        out.make_ascii_uppercase();
    }
    Ok(out)
}

/// The int `%d` formats: other numbers are truncated (`int(x)`); `%o` and `%x` take only
/// integers (`__index__`).
fn percent_integer_value(kind: char, value: Value) -> PyResult<Ref> {
    let wrong_type = || {
        let what = if matches!(kind, 'o' | 'x' | 'X') {
            "an integer"
        } else {
            "a number"
        };
        errors::type_error(format!(
            "%{kind} format: {what} is required, not {}",
            type_of(value).name
        ))
    };
    if int_view(value).is_some() {
        return Ok(Ref::new(value));
    }
    if !is_number(value)? {
        return Err(wrong_type());
    }
    let converted = if matches!(kind, 'o' | 'x' | 'X') {
        method_args::to_index(value, |_| String::new())
    } else {
        int::to_int(value)
    };
    converted.map_err(|e| {
        if errors::matches(&crate::objects::exception::TYPE_ERROR) {
            wrong_type()
        } else {
            e
        }
    })
}

/// A float for `%e`, `%f` and `%g` (`__float__`, or `__index__` as 3.8 allows).
fn real_number(v: Value) -> PyResult<f64> {
    if let Some(f) = float_value(v) {
        return Ok(f);
    }
    if let Some(i) = int_view(v) {
        return i.to_f64();
    }
    let n = type_of(v).number;
    if let Some(float) = n.float {
        if has_special(v, "__float__", true)? {
            return float(v);
        }
    }
    if has_special(v, "__index__", n.index.is_some())? {
        let i = method_args::to_index(v, method_args::cannot_interpret)?;
        return int_view(i.value()).expect("an int").to_f64();
    }
    Err(errors::type_error(format!(
        "must be real number, not {}",
        type_of(v).name
    )))
}

/// `%c`: a one-character str, or an integer code point.
fn percent_char(v: Value) -> PyResult<char> {
    let wrong = || errors::type_error("%c requires int or char");
    if let Some(s) = as_str(v) {
        let mut chars = s.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(wrong()),
        };
    }
    // Whatever fails here, from `__index__` to a C long overflow, is reported as the type.
    let Ok(i) = method_args::to_index(v, |_| String::new()) else {
        return Err(wrong());
    };
    let code = int_view(i.value())
        .and_then(|i| i.to_i64())
        .ok_or_else(wrong)?;
    char_from_code(code)
}

impl Directive {
    fn is_numeric(&self) -> bool {
        matches!(
            self.kind,
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G'
        )
    }

    /// Pads converted text to the width: `%s`-style precision truncates; numbers get a sign
    /// for `+` and ` `, and `0` pads between the sign (and `0x` prefix) and the digits.
    fn pad(&self, text: &str) -> String {
        let mut body: Vec<char> = text.chars().collect();
        if matches!(self.kind, 's' | 'r' | 'a' | 'b') {
            if let Some(p) = self.precision {
                body.truncate(p);
            }
        }
        let numeric = self.is_numeric();
        let fill = if numeric && self.zero { '0' } else { ' ' };
        let mut sign = None;
        if numeric {
            if matches!(body.first(), Some('-' | '+')) {
                sign = Some(body.remove(0));
            } else if self.plus {
                sign = Some('+');
            } else if self.blank {
                sign = Some(' ');
            }
        }
        let mut prefix: Vec<char> = Vec::new();
        if self.alternate && matches!(self.kind, 'o' | 'x' | 'X') {
            prefix = body.drain(..2).collect();
        }
        // The width counts the sign only when there is room for it.
        let len = body.len() + prefix.len();
        let mut width = self.width.unwrap_or(0).max(len);
        if sign.is_some() && width > len {
            width -= 1;
        }
        let pad = width.saturating_sub(len);
        let mut out = String::with_capacity(text.len() + pad + 1);
        let head: String = sign.into_iter().chain(prefix).collect();
        if self.left_adjust {
            out.push_str(&head);
            out.extend(body);
            push_fill(&mut out, ' ', pad);
        } else if fill == '0' {
            out.push_str(&head);
            push_fill(&mut out, '0', pad);
            out.extend(body);
        } else {
            push_fill(&mut out, ' ', pad);
            out.push_str(&head);
            out.extend(body);
        }
        out
    }
}
