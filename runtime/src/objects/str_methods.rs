//! The methods of str (`"a b".split()`, `s.startswith(...)`, ...), with Python 3.8's results
//! and error messages.
//!
//! Python positions count code points while the text is UTF-8; [`Text`] converts between the
//! two (for free when the text is ASCII, as most text is). Character properties and case
//! mappings follow Unicode 12.1, CPython 3.8's version: tables for what Rust's `char` methods do
//! not provide, and Rust's case mappings pinned to 12.1 where later versions changed them.

#[rustfmt::skip]
mod unicode_data;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::exception::LOOKUP_ERROR;
use crate::objects::int::{self, int_view};
use crate::objects::list::new_list;
use crate::objects::method_args;
use crate::objects::singletons::{bool_ref, none};
use crate::objects::str::{as_str, char_count, new_str, new_string};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::type_object::Method;
use crate::ops::{self, type_of};
use crate::value::Value;

/// The method table of `str`.
pub static STR_METHODS: &[Method] = &[
    crate::objects::builtin_subclass::slots::SIZEOF,
    Method::new("__getnewargs__", crate::objects::reduce::str_getnewargs),
    Method::new("capitalize", capitalize),
    Method::new("casefold", casefold),
    Method::new("center", center),
    Method::new("count", count),
    Method::new("encode", crate::objects::codecs::str_encode),
    Method::new("endswith", endswith),
    Method::new("expandtabs", expandtabs),
    Method::new("find", find),
    Method::new("format", crate::format::str_format_method),
    Method::new("format_map", crate::format::str_format_map_method),
    Method::new("index", index),
    Method::new("isalnum", isalnum),
    Method::new("isalpha", isalpha),
    Method::new("isascii", isascii),
    Method::new("isdecimal", isdecimal),
    Method::new("isdigit", isdigit),
    Method::new("isidentifier", isidentifier),
    Method::new("islower", islower),
    Method::new("isnumeric", isnumeric),
    Method::new("isprintable", isprintable),
    Method::new("isspace", isspace),
    Method::new("istitle", istitle),
    Method::new("isupper", isupper),
    Method::new("join", join),
    Method::new("ljust", ljust),
    Method::new("lower", lower),
    Method::new("lstrip", lstrip),
    Method::class_method("maketrans", maketrans),
    Method::new("partition", partition),
    Method::new("replace", replace),
    Method::new("rfind", rfind),
    Method::new("rindex", rindex),
    Method::new("rjust", rjust),
    Method::new("rpartition", rpartition),
    Method::new("rsplit", rsplit),
    Method::new("rstrip", rstrip),
    Method::new("split", split),
    Method::new("splitlines", splitlines),
    Method::new("startswith", startswith),
    Method::new("strip", strip),
    Method::new("swapcase", swapcase),
    Method::new("title", title),
    Method::new("translate", translate),
    Method::new("upper", upper),
    Method::new("zfill", zfill),
    crate::objects::builtin_subclass::slots::REPR,
    crate::objects::builtin_subclass::slots::STR,
    crate::objects::builtin_subclass::slots::HASH,
    crate::objects::builtin_subclass::slots::LEN,
    crate::objects::builtin_subclass::slots::GETITEM,
    crate::objects::builtin_subclass::slots::CONTAINS,
    crate::objects::builtin_subclass::slots::ITER,
    crate::objects::builtin_subclass::slots::LT,
    crate::objects::builtin_subclass::slots::LE,
    crate::objects::builtin_subclass::slots::EQ,
    crate::objects::builtin_subclass::slots::NE,
    crate::objects::builtin_subclass::slots::GT,
    crate::objects::builtin_subclass::slots::GE,
    crate::objects::builtin_subclass::slots::CONCAT,
    crate::objects::builtin_subclass::slots::REPEAT,
    crate::objects::builtin_subclass::slots::RREPEAT,
    crate::objects::builtin_subclass::slots::MOD,
    crate::objects::builtin_subclass::slots::RMOD,
    crate::objects::builtin_subclass::new::STR,
];

// ---------------------------------------------------------------------------------------------
// Text and code-point positions

/// A str's text with its length in code points.
#[derive(Clone, Copy)]
struct Text {
    s: &'static str,
    chars: usize,
}

impl Text {
    /// The text of `v`, which must be a str (methods are only found on str values).
    fn of(v: Value) -> Text {
        Text {
            s: as_str(v).expect("a str method called on a str"),
            chars: char_count(v),
        }
    }

    fn is_ascii(self) -> bool {
        self.chars == self.s.len()
    }

    /// The byte offset of code point `index` (the text's length past the end).
    fn byte_offset(self, index: usize) -> usize {
        if self.is_ascii() {
            return index.min(self.s.len());
        }
        self.s
            .char_indices()
            .nth(index)
            .map_or(self.s.len(), |(offset, _)| offset)
    }

    /// The code-point position of byte offset `offset`.
    fn position(self, offset: usize) -> usize {
        if self.is_ascii() {
            offset
        } else {
            self.s[..offset].chars().count()
        }
    }

    /// The code points `start..end`.
    fn slice(self, start: usize, end: usize) -> &'static str {
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let from = self.byte_offset(start);
        let rest = &self.s[from..];
        let len = rest
            .char_indices()
            .nth(end - start)
            .map_or(rest.len(), |(offset, _)| offset);
        &self.s[from..from + len]
    }
}

/// Resolves optional `start` and `end` as CPython's `ADJUST_INDICES` does: negative values
/// count from the end and stop at 0, end stops at `len`; start may exceed end (and `len`).
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let end = match end {
        None => len,
        Some(e) if e > len => len,
        Some(e) if e < 0 => (e + len).max(0),
        Some(e) => e,
    };
    let start = match start {
        None => 0,
        Some(s) if s < 0 => (s + len).max(0),
        Some(s) => s,
    };
    (start as usize, end as usize)
}

// ---------------------------------------------------------------------------------------------
// Argument binding, with the messages of the several ways CPython 3.8 parses str methods

/// `(sub[, start[, end]])` as `find`, `count` and `startswith` parse it (for str, bytes and
/// bytearray): the argument count, then start and end as slice indices.
pub(crate) fn find_arguments(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<(Value, Option<i64>, Option<i64>)> {
    args::no_keywords(name, kwnames)?;
    match args.len() {
        0 => Err(errors::type_error(format!(
            "{name}() takes at least 1 argument (0 given)"
        ))),
        1..=3 => {
            let start = args.get(1).map_or(Ok(None), |v| slice_index(*v))?;
            let end = args.get(2).map_or(Ok(None), |v| slice_index(*v))?;
            Ok((args[0], start, end))
        }
        n => Err(errors::type_error(format!(
            "{name}() takes at most 3 arguments ({n} given)"
        ))),
    }
}

/// A start or end position: None, or an int clamped to i64 (as `_PyEval_SliceIndex` clamps).
fn slice_index(v: Value) -> PyResult<Option<i64>> {
    if v == none() {
        return Ok(None);
    }
    method_args::clamped_index(v, |_| {
        "slice indices must be integers or None or have an __index__ method".to_string()
    })
    .map(Some)
}

/// An argument that must be a str: "must be str, not int".
fn str_argument(v: Value) -> PyResult<Text> {
    match as_str(v) {
        Some(_) => Ok(Text::of(v)),
        None => Err(errors::type_error(format!(
            "must be str, not {}",
            type_of(v).name
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// Character properties (Unicode 12.1)

/// The range of `table` that holds `c`.
fn range_holding(table: &[(u32, u32)], c: char) -> Option<(u32, u32)> {
    let c = c as u32;
    let i = table.partition_point(|&(_, hi)| hi < c);
    table.get(i).copied().filter(|&(lo, _)| lo <= c)
}

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    range_holding(table, c).is_some()
}

/// `str.isprintable` for one character (also what `repr` leaves unescaped).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(unicode_data::PRINTABLE, c)
}

/// Python's whitespace (`str.isspace`, and what `split()` and `strip()` remove): Unicode's
/// White_Space and the ASCII information separators U+001C..U+001F.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(unicode_data::ALPHABETIC, c)
}

/// The value of a decimal digit of any script; Unicode keeps each script's digits 0..9
/// contiguous, so a table range starting at a zero gives the values in order.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let (zero, _) = range_holding(unicode_data::DECIMAL, c)?;
    Some((c as u32 - zero) % 10)
}

fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_data::DECIMAL, c)
}

fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_data::DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(unicode_data::NUMERIC, c)
}

fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Characters that have case data in Unicode 12.1. Rust's tables are newer: characters
/// assigned later are excluded by this check, and the few older characters whose case
/// properties changed since are listed in the functions below.
fn has_case_data(c: char) -> bool {
    c.is_ascii() || is_printable(c)
}

// Characters assigned by 12.1 whose case data changed later: U+0295 was a lowercase letter,
// U+10FC was not, and U+019B and U+0264 had no uppercase mapping.
const LOWERCASE_ONLY_IN_12_1: char = '\u{295}';
const NOT_LOWERCASE_IN_12_1: char = '\u{10fc}';
const NO_UPPERCASE_IN_12_1: [char; 2] = ['\u{19b}', '\u{264}'];

fn is_lower(c: char) -> bool {
    match c {
        LOWERCASE_ONLY_IN_12_1 => true,
        NOT_LOWERCASE_IN_12_1 => false,
        _ => has_case_data(c) && c.is_lowercase(),
    }
}

fn is_upper(c: char) -> bool {
    has_case_data(c) && c.is_uppercase()
}

fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_table(unicode_data::TITLECASE, c)
}

/// Unicode's Cased: what makes the next letter lowercase in `title()`.
fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase(c)
}

fn push_upper(c: char, out: &mut String) {
    if has_case_data(c) && !NO_UPPERCASE_IN_12_1.contains(&c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

/// The full lowercase mapping, without the final-sigma rule (see [`Lowering`]).
fn push_lower(c: char, out: &mut String) {
    if has_case_data(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

fn lookup_mapping(table: &'static [(char, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by(|&(k, _)| k.cmp(&c))
        .ok()
        .map(|i| table[i].1)
}

fn push_title(c: char, out: &mut String) {
    match lookup_mapping(unicode_data::TITLE_MAPPING, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(c, out),
    }
}

fn push_casefold(c: char, out: &mut String) {
    match lookup_mapping(unicode_data::CASEFOLD_MAPPING, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_lower(c, out),
    }
}

fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if in_table(unicode_data::IDENTIFIER_START, first) => {
            chars.all(|c| in_table(unicode_data::IDENTIFIER_CONTINUE, c))
        }
        _ => false,
    }
}

/// Lowercases characters of one text, where capital sigma becomes final sigma (ς) at the
/// end of a word: after a cased letter and not before one, case-ignorable characters skipped.
struct Lowering {
    /// Byte offsets of the capital sigmas in word-final position.
    final_sigmas: Vec<usize>,
}

const CAPITAL_SIGMA: char = '\u{3a3}';
const SMALL_SIGMA: char = '\u{3c3}';
const FINAL_SIGMA: char = '\u{3c2}';

impl Lowering {
    fn new(text: &str) -> Lowering {
        let mut final_sigmas = Vec::new();
        if text.contains(CAPITAL_SIGMA) {
            // Rust's `str::to_lowercase` applies the same Final_Sigma rule: read its decision
            // for each sigma, stepping over what the other characters lowercase to.
            let lowered = text.to_lowercase();
            let mut out = lowered.chars();
            for (offset, c) in text.char_indices() {
                if c == CAPITAL_SIGMA {
                    if out.next() == Some(FINAL_SIGMA) {
                        final_sigmas.push(offset);
                    }
                } else {
                    for _ in c.to_lowercase() {
                        out.next();
                    }
                }
            }
        }
        Lowering { final_sigmas }
    }

    /// Lowercases the character `c` found at byte `offset`.
    fn push(&self, offset: usize, c: char, out: &mut String) {
        if c == CAPITAL_SIGMA {
            let is_final = self.final_sigmas.binary_search(&offset).is_ok();
            out.push(if is_final { FINAL_SIGMA } else { SMALL_SIGMA });
        } else {
            push_lower(c, out);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Case conversion

fn lower(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("lower", args, kwnames)?;
    let text = Text::of(this);
    if text.is_ascii() {
        return Ok(new_string(text.s.to_ascii_lowercase()));
    }
    let lowering = Lowering::new(text.s);
    let mut out = String::with_capacity(text.s.len());
    for (offset, c) in text.s.char_indices() {
        lowering.push(offset, c, &mut out);
    }
    Ok(new_string(out))
}

fn upper(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("upper", args, kwnames)?;
    let text = Text::of(this);
    if text.is_ascii() {
        return Ok(new_string(text.s.to_ascii_uppercase()));
    }
    let mut out = String::with_capacity(text.s.len());
    text.s.chars().for_each(|c| push_upper(c, &mut out));
    Ok(new_string(out))
}

fn casefold(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("casefold", args, kwnames)?;
    let text = Text::of(this);
    let mut out = String::with_capacity(text.s.len());
    text.s.chars().for_each(|c| push_casefold(c, &mut out));
    Ok(new_string(out))
}

fn swapcase(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("swapcase", args, kwnames)?;
    let text = Text::of(this);
    let lowering = Lowering::new(text.s);
    let mut out = String::with_capacity(text.s.len());
    for (offset, c) in text.s.char_indices() {
        if is_upper(c) {
            lowering.push(offset, c, &mut out);
        } else if is_lower(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Ok(new_string(out))
}

/// The first character in titlecase (3.8 changed this from uppercase), the rest lowercase.
fn capitalize(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("capitalize", args, kwnames)?;
    let text = Text::of(this);
    let lowering = Lowering::new(text.s);
    let mut out = String::with_capacity(text.s.len());
    for (offset, c) in text.s.char_indices() {
        if offset == 0 {
            push_title(c, &mut out);
        } else {
            lowering.push(offset, c, &mut out);
        }
    }
    Ok(new_string(out))
}

/// Titlecase after every uncased character (so also after apostrophes: "They'Re"),
/// lowercase after cased ones.
fn title(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("title", args, kwnames)?;
    let text = Text::of(this);
    let lowering = Lowering::new(text.s);
    let mut out = String::with_capacity(text.s.len());
    let mut previous_is_cased = false;
    for (offset, c) in text.s.char_indices() {
        if previous_is_cased {
            lowering.push(offset, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------------
// Predicates

/// Defines a predicate method that is true when the text is non-empty and every character
/// satisfies `test`.
macro_rules! all_chars_predicate {
    ($name:ident, $test:expr) => {
        fn $name(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
            method_args::no_args(stringify!($name), args, kwnames)?;
            let s = Text::of(this).s;
            Ok(bool_ref(!s.is_empty() && s.chars().all($test)))
        }
    };
}

all_chars_predicate!(isalpha, is_alpha);
all_chars_predicate!(isalnum, is_alnum);
all_chars_predicate!(isdecimal, is_decimal);
all_chars_predicate!(isdigit, is_digit);
all_chars_predicate!(isnumeric, is_numeric);
all_chars_predicate!(isspace, is_space);

fn isascii(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isascii", args, kwnames)?;
    Ok(bool_ref(Text::of(this).is_ascii()))
}

fn isprintable(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isprintable", args, kwnames)?;
    Ok(bool_ref(Text::of(this).s.chars().all(is_printable)))
}

fn isidentifier(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isidentifier", args, kwnames)?;
    Ok(bool_ref(is_identifier(Text::of(this).s)))
}

/// At least one cased character, and none of the `other_case` kind (nor titlecase).
fn only_one_case(s: &str, this_case: fn(char) -> bool, other_case: fn(char) -> bool) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if other_case(c) || is_titlecase(c) {
            return false;
        }
        cased |= this_case(c);
    }
    cased
}

fn islower(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("islower", args, kwnames)?;
    Ok(bool_ref(only_one_case(
        Text::of(this).s,
        is_lower,
        is_upper,
    )))
}

fn isupper(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("isupper", args, kwnames)?;
    Ok(bool_ref(only_one_case(
        Text::of(this).s,
        is_upper,
        is_lower,
    )))
}

/// Uppercase and titlecase characters only after uncased ones, lowercase only after cased
/// ones, and at least one cased character.
fn istitle(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("istitle", args, kwnames)?;
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in Text::of(this).s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return Ok(bool_ref(false));
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return Ok(bool_ref(false));
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    Ok(bool_ref(cased))
}

// ---------------------------------------------------------------------------------------------
// Searching

/// Where `sub` first (or last) occurs within code points `start..end`.
fn find_in(
    text: Text,
    sub: Text,
    start: Option<i64>,
    end: Option<i64>,
    last: bool,
) -> Option<usize> {
    let (start, end) = adjust_indices(start, end, text.chars);
    if end < start || end - start < sub.chars {
        return None;
    }
    if sub.chars == 0 {
        return Some(if last { end } else { start });
    }
    let from = text.byte_offset(start);
    let window = text.slice(start, end);
    let found = if last {
        window.rfind(sub.s)
    } else {
        window.find(sub.s)
    }?;
    Some(text.position(from + found))
}

fn find_method(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    last: bool,
) -> PyResult<Option<usize>> {
    let (sub, start, end) = find_arguments(name, args, kwnames)?;
    let sub = str_argument(sub)?;
    Ok(find_in(Text::of(this), sub, start, end, last))
}

/// What `find` and `rfind` (of str, bytes and bytearray) return.
pub(crate) fn position_or_minus_one(found: Option<usize>) -> Ref {
    int::from_i64(found.map_or(-1, |i| i as i64))
}

fn position_or_error(found: Option<usize>) -> PyResult<Ref> {
    match found {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(errors::value_error("substring not found")),
    }
}

fn find(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("find", this, args, kwnames, false).map(position_or_minus_one)
}

fn rfind(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("rfind", this, args, kwnames, true).map(position_or_minus_one)
}

fn index(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("index", this, args, kwnames, false).and_then(position_or_error)
}

fn rindex(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    find_method("rindex", this, args, kwnames, true).and_then(position_or_error)
}

/// Non-overlapping occurrences within `start..end`; the empty string occurs between every two
/// code points and at both ends.
fn count(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sub, start, end) = find_arguments("count", args, kwnames)?;
    let sub = str_argument(sub)?;
    let text = Text::of(this);
    let (start, end) = adjust_indices(start, end, text.chars);
    let n = if end < start {
        0
    } else if sub.chars == 0 {
        end - start + 1
    } else {
        text.slice(start, end).matches(sub.s).count()
    };
    Ok(int::from_i64(n as i64))
}

fn startswith(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    affix_match("startswith", this, args, kwnames, false)
}

fn endswith(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    affix_match("endswith", this, args, kwnames, true)
}

/// `startswith`/`endswith` with a str or a tuple of str (the first match wins, so later
/// items are not type-checked).
fn affix_match(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    at_end: bool,
) -> PyResult<Ref> {
    let (affix, start, end) = find_arguments(name, args, kwnames)?;
    let text = Text::of(this);
    if is_tuple(affix) {
        for item in tuple_items(affix) {
            if as_str(item.value()).is_none() {
                return Err(errors::type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    type_of(item.value()).name
                )));
            }
            if tail_match(text, Text::of(item.value()), start, end, at_end) {
                return Ok(bool_ref(true));
            }
        }
        return Ok(bool_ref(false));
    }
    if as_str(affix).is_none() {
        return Err(errors::type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_of(affix).name
        )));
    }
    Ok(bool_ref(tail_match(
        text,
        Text::of(affix),
        start,
        end,
        at_end,
    )))
}

fn tail_match(text: Text, affix: Text, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, text.chars);
    if end < start || end - start < affix.chars {
        return false;
    }
    let window = text.slice(start, end);
    if at_end {
        window.ends_with(affix.s)
    } else {
        window.starts_with(affix.s)
    }
}

// ---------------------------------------------------------------------------------------------
// Splitting and joining

/// `sep` for split and rsplit: None (runs of whitespace) or a non-empty str.
fn separator(sep: Option<Value>) -> PyResult<Option<&'static str>> {
    match sep {
        None => Ok(None),
        Some(v) if v == none() => Ok(None),
        Some(v) => match as_str(v) {
            Some("") => Err(errors::value_error("empty separator")),
            Some(s) => Ok(Some(s)),
            None => Err(errors::type_error(format!(
                "must be str or None, not {}",
                type_of(v).name
            ))),
        },
    }
}

/// `(sep=None, maxsplit=-1)`; a negative maxsplit means no limit.
fn split_arguments(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<(Option<&'static str>, Option<usize>)> {
    let bound = method_args::bind(name, args, kwnames, &["sep", "maxsplit"], 0)?;
    let maxsplit = match bound[1] {
        Some(v) => usize::try_from(method_args::ssize(v)?).ok(),
        None => None,
    };
    Ok((separator(bound[0])?, maxsplit))
}

fn str_list<'a>(parts: impl IntoIterator<Item = &'a str>) -> Ref {
    new_list(parts.into_iter().map(new_str).collect())
}

fn split(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sep, maxsplit) = split_arguments("split", args, kwnames)?;
    let s = Text::of(this).s;
    let pieces = maxsplit.map_or(usize::MAX, |m| m.saturating_add(1));
    Ok(match sep {
        Some(sep) => str_list(s.splitn(pieces, sep)),
        None => str_list(split_whitespace(s, pieces)),
    })
}

fn rsplit(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (sep, maxsplit) = split_arguments("rsplit", args, kwnames)?;
    let s = Text::of(this).s;
    let pieces = maxsplit.map_or(usize::MAX, |m| m.saturating_add(1));
    let mut parts: Vec<&str> = match sep {
        Some(sep) => s.rsplitn(pieces, sep).collect(),
        None => rsplit_whitespace(s, pieces),
    };
    parts.reverse();
    Ok(str_list(parts))
}

/// Words separated by runs of whitespace, at most `pieces` of them: the last keeps the rest of
/// the text after its leading whitespace.
fn split_whitespace(s: &str, pieces: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if parts.len() + 1 == pieces {
            parts.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        parts.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    parts
}

/// As [`split_whitespace`] from the right; the parts come out last first.
fn rsplit_whitespace(s: &str, pieces: usize) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if parts.len() + 1 == pieces {
            parts.push(rest);
            break;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        parts.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    parts
}

/// The characters that end a line for `splitlines`; `\r\n` counts as one line end.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn splitlines(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let keepends = keepends_argument(args, kwnames)?;
    let s = Text::of(this).s;
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut break_end = offset + c.len_utf8();
        if c == '\r' && chars.peek().map(|&(_, next)| next) == Some('\n') {
            chars.next();
            break_end += 1;
        }
        lines.push(&s[line_start..if keepends { break_end } else { offset }]);
        line_start = break_end;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    Ok(str_list(lines))
}

/// The `keepends=False` argument of `splitlines` (str, bytes and bytearray).
pub(crate) fn keepends_argument(args: &[Value], kwnames: Option<Value>) -> PyResult<bool> {
    let bound = method_args::bind("splitlines", args, kwnames, &["keepends"], 0)?;
    match bound[0] {
        Some(v) => Ok(method_args::c_int(v)? != 0),
        None => Ok(false),
    }
}

fn partition(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    partition_at("partition", this, args, kwnames, false)
}

fn rpartition(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    partition_at("rpartition", this, args, kwnames, true)
}

/// `(before, sep, after)` around the first (or last) `sep`; when absent, the whole text goes
/// first (or last).
fn partition_at(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    last: bool,
) -> PyResult<Ref> {
    let sep = args::exact(name, args, kwnames, 1)?[0];
    let sep_text = str_argument(sep)?.s;
    if sep_text.is_empty() {
        return Err(errors::value_error("empty separator"));
    }
    let s = Text::of(this).s;
    let found = if last {
        s.rfind(sep_text)
    } else {
        s.find(sep_text)
    };
    let parts = match found {
        Some(i) => [
            new_str(&s[..i]),
            Ref::new(sep),
            new_str(&s[i + sep_text.len()..]),
        ],
        None if last => [new_str(""), new_str(""), Ref::new(this)],
        None => [Ref::new(this), new_str(""), new_str("")],
    };
    Ok(new_tuple(parts.into()))
}

fn join(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let iterable = args::exact("join", args, kwnames, 1)?[0];
    if type_of(iterable).iter.is_none() {
        return Err(errors::type_error("can only join an iterable"));
    }
    let items = ops::collect(iterable)?;
    let sep = Text::of(this).s;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Some(piece) = as_str(item.value()) else {
            return Err(errors::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_of(item.value()).name
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(piece);
    }
    Ok(new_string(out))
}

// ---------------------------------------------------------------------------------------------
// Stripping, padding and tabs

fn strip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("strip", this, args, kwnames, true, true)
}

fn lstrip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("lstrip", this, args, kwnames, true, false)
}

fn rstrip(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    strip_sides("rstrip", this, args, kwnames, false, true)
}

/// Removes whitespace, or the characters of `chars`, from the chosen ends.
fn strip_sides(
    name: &str,
    this: Value,
    args: &[Value],
    kwnames: Option<Value>,
    left: bool,
    right: bool,
) -> PyResult<Ref> {
    let args = method_args::positional(name, args, kwnames, 0, 1)?;
    let chars = match args.first() {
        None => None,
        Some(&v) if v == none() => None,
        Some(&v) => match as_str(v) {
            Some(chars) => Some(chars),
            None => {
                return Err(errors::type_error(format!(
                    "{name} arg must be None or str"
                )))
            }
        },
    };
    let strips = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let mut s = Text::of(this).s;
    if left {
        s = s.trim_start_matches(strips);
    }
    if right {
        s = s.trim_end_matches(strips);
    }
    Ok(new_str(s))
}

/// `(width[, fillchar])` for center, ljust and rjust.
fn padding_arguments(name: &str, args: &[Value], kwnames: Option<Value>) -> PyResult<(i64, char)> {
    let args = method_args::positional(name, args, kwnames, 1, 2)?;
    let width = method_args::ssize(args[0])?;
    let fill = match args.get(1) {
        None => ' ',
        Some(&v) => fill_character(v)?,
    };
    Ok((width, fill))
}

fn fill_character(v: Value) -> PyResult<char> {
    let Some(s) = as_str(v) else {
        return Err(errors::type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_of(v).name
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(errors::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// The text with `left` and `right` fill characters around it.
fn padded(this: Value, left: usize, right: usize, fill: char) -> Ref {
    if left == 0 && right == 0 {
        return Ref::new(this);
    }
    let s = Text::of(this).s;
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    new_string(out)
}

/// How many fill characters reach `width`, or an error when the result could not exist.
fn fill_count(this: Value, width: i64) -> PyResult<usize> {
    let len = Text::of(this).chars as i64;
    let margin = (width - len).max(0) as usize;
    if margin > isize::MAX as usize / 4 {
        return Err(crate::objects::sequence::memory_error());
    }
    Ok(margin)
}

fn ljust(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("ljust", args, kwnames)?;
    Ok(padded(this, 0, fill_count(this, width)?, fill))
}

fn rjust(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("rjust", args, kwnames)?;
    Ok(padded(this, fill_count(this, width)?, 0, fill))
}

fn center(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (width, fill) = padding_arguments("center", args, kwnames)?;
    let (left, right) = center_margins(fill_count(this, width)?, width);
    Ok(padded(this, left, right, fill))
}

/// The fill before and after centered text (str and bytes): an odd margin puts the extra
/// fill character on the left only when the width is odd too (CPython's rule).
pub(crate) fn center_margins(margin: usize, width: i64) -> (usize, usize) {
    let left = margin / 2 + (margin & width as usize & 1);
    (left, margin - left)
}

/// Pads with zeros on the left, after a leading sign.
fn zfill(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let width = method_args::ssize(args::exact("zfill", args, kwnames, 1)?[0])?;
    let zeros = fill_count(this, width)?;
    if zeros == 0 {
        return Ok(Ref::new(this));
    }
    let s = Text::of(this).s;
    let (sign, digits) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (Some(c), &s[1..]),
        _ => (None, s),
    };
    let mut out = String::with_capacity(s.len() + zeros);
    out.extend(sign);
    out.extend(std::iter::repeat_n('0', zeros));
    out.push_str(digits);
    Ok(new_string(out))
}

fn expandtabs(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let tabsize = tabsize_argument(args, kwnames)?;
    let s = Text::of(this).s;
    let mut out = String::with_capacity(s.len());
    expand_tabs(s.chars(), tabsize, ' ', &mut out);
    Ok(new_string(out))
}

/// The `tabsize=8` argument of `expandtabs` (str, bytes and bytearray).
pub(crate) fn tabsize_argument(args: &[Value], kwnames: Option<Value>) -> PyResult<i64> {
    let bound = method_args::bind("expandtabs", args, kwnames, &["tabsize"], 0)?;
    match bound[0] {
        Some(v) => Ok(i64::from(method_args::c_int(v)?)),
        None => Ok(8),
    }
}

/// Replaces each tab by the spaces up to the next multiple of `tabsize` columns; columns
/// restart after `\n` and `\r`. The items are a str's characters or a bytes object's bytes.
pub(crate) fn expand_tabs<T: Copy + Into<u32>>(
    items: impl Iterator<Item = T>,
    tabsize: i64,
    space: T,
    out: &mut impl Extend<T>,
) {
    let mut column: i64 = 0;
    for item in items {
        match char::from_u32(item.into()) {
            Some('\t') => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    column += spaces;
                    out.extend(std::iter::repeat_n(space, spaces as usize));
                }
            }
            Some('\n' | '\r') => {
                column = 0;
                out.extend([item]);
            }
            _ => {
                column += 1;
                out.extend([item]);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Replacing

fn replace_argument(v: Value, position: usize) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| {
        errors::type_error(format!(
            "replace() argument {position} must be str, not {}",
            type_of(v).name
        ))
    })
}

/// How many occurrences `replace` (of str, bytes and bytearray) replaces: `None` when the
/// text stays as it is. A negative count means all; any other count leaves an empty text
/// alone, even for an empty `old` (CPython's quirk: `"".replace("", "a", 1)` is "",
/// `"".replace("", "a")` is "a").
pub(crate) fn replace_count(count: Option<Value>, text_is_empty: bool) -> PyResult<Option<usize>> {
    let count = match count {
        Some(v) => usize::try_from(method_args::ssize(v)?).ok(),
        None => None,
    };
    Ok(match count {
        Some(0) => None,
        Some(_) if text_is_empty => None,
        Some(n) => Some(n),
        None => Some(usize::MAX),
    })
}

/// Replaces the first `count` occurrences (all when negative); an empty `old` matches
/// before every character and at the end.
fn replace(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("replace", args, kwnames, 2, 3)?;
    let old = replace_argument(args[0], 1)?;
    let new = replace_argument(args[1], 2)?;
    let s = Text::of(this).s;
    let Some(count) = replace_count(args.get(2).copied(), s.is_empty())? else {
        return Ok(Ref::new(this));
    };
    if !old.is_empty() {
        return Ok(new_string(s.replacen(old, new, count)));
    }
    let mut out = String::with_capacity(s.len() + new.len());
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < count {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < count {
        out.push_str(new);
    }
    Ok(new_string(out))
}

/// Maps each character through `table[ord(c)]`: None deletes it, an int or str replaces it,
/// and a missing key (LookupError) keeps it.
fn translate(this: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let table = args::exact("translate", args, kwnames, 1)?[0];
    let s = Text::of(this).s;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = int::from_i64(c as i64);
        let mapped = match ops::get_item(table, key.value()) {
            Ok(mapped) => mapped,
            Err(e) => {
                if !errors::matches(&LOOKUP_ERROR) {
                    return Err(e);
                }
                drop(errors::take());
                out.push(c);
                continue;
            }
        };
        push_translation(mapped.value(), &mut out)?;
    }
    Ok(new_string(out))
}

/// `str.maketrans(x[, y[, z]])`, a static method: a dict of code points for `translate`, from a
/// dict whose keys may be characters, or from two strings of equal length mapped character by
/// character, and the characters of a third mapped to None.
fn maketrans(_receiver: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let args = method_args::positional("maketrans", args, kwnames, 1, 3)?;
    for (i, &v) in args.iter().enumerate().skip(1) {
        if as_str(v).is_none() {
            return Err(errors::type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_of(v).name
            )));
        }
    }
    let table = crate::objects::dict::new_dict();
    let add = |key: char, value: Value| {
        let key = int::from_i64(key as i64);
        crate::objects::dict::set_item(table.value(), key.value(), value)
    };
    if let [mapping] = args {
        if !crate::objects::dict::is_dict(*mapping) {
            return Err(errors::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        for (key, value) in crate::objects::dict::items(*mapping) {
            if let Some(text) = as_str(key.value()) {
                let mut chars = text.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => add(c, value.value())?,
                    _ => {
                        return Err(errors::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if int_view(key.value()).is_some() {
                crate::objects::dict::set_item(table.value(), key.value(), value.value())?;
            } else {
                return Err(errors::type_error(
                    "keys in translate table must be strings or integers",
                ));
            }
        }
        return Ok(table);
    }
    let Some(from) = as_str(args[0]) else {
        return Err(errors::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let to = Text::of(args[1]);
    if from.chars().count() != to.chars {
        return Err(errors::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (x, y) in from.chars().zip(to.s.chars()) {
        add(x, int::from_i64(y as i64).value())?;
    }
    if let Some(&deleted) = args.get(2) {
        for c in Text::of(deleted).s.chars() {
            add(c, none())?;
        }
    }
    Ok(table)
}

fn push_translation(mapped: Value, out: &mut String) -> PyResult<()> {
    if mapped == none() {
        return Ok(());
    }
    if let Some(s) = as_str(mapped) {
        out.push_str(s);
        return Ok(());
    }
    let Some(code) = int_view(mapped) else {
        return Err(errors::type_error(
            "character mapping must return integer, None or str",
        ));
    };
    let Some(code) = code.to_i64() else {
        return Err(errors::overflow_error(
            "Python int too large to convert to C long",
        ));
    };
    if !(0..0x110000).contains(&code) {
        return Err(errors::value_error(
            "character mapping must be in range(0x110000)",
        ));
    }
    match char::from_u32(code as u32) {
        Some(c) => {
            out.push(c);
            Ok(())
        }
        None => Err(errors::value_error(
            "pylift: strings with surrogate code points are not supported",
        )),
    }
}
