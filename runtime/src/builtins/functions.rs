//! Builtin functions.

use dashu_int::fast_div::ConstDivisor;
use dashu_int::ops::UnsignedAbs;
use dashu_int::Sign;

use crate::builtins::args;
use crate::builtins::Builtin;
use crate::errors::{self, PyResult};
use crate::modules::stdio;
use crate::object::Ref;
use crate::objects::exception::STOP_ITERATION;
use crate::objects::float::float_value;
use crate::objects::int::{self, int_view};
use crate::objects::list::new_list;
use crate::objects::method_args;
use crate::objects::singletons::{bool_ref, is_not_implemented, none, none_ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::CompareOp;
use crate::objects::{iterators, list_sort};
use crate::ops::{self, type_of, BinaryOp};
use crate::value::Value;

pub static ALL: &[&Builtin] = &[
    &PRINT,
    &INPUT,
    &OPEN,
    &ASCII,
    &FORMAT,
    &GETATTR,
    &SETATTR,
    &HASATTR,
    &DELATTR,
    &EXEC,
    &EVAL,
    &COMPILE,
    &BREAKPOINT,
    &HELP,
    &LEN,
    &REPR,
    &ABS,
    &SORTED,
    &MIN,
    &MAX,
    &SUM,
    &ANY,
    &ALL_,
    &ITER,
    &NEXT,
    &ISINSTANCE,
    &ISSUBCLASS,
    &HASH,
    &ID,
    &CHR,
    &ORD,
    &HEX,
    &OCT,
    &BIN,
    &ROUND,
    &DIVMOD,
    &POW,
    &CALLABLE,
];

static PRINT: Builtin = Builtin::new("print", print);
static LEN: Builtin = Builtin::new("len", |a, k| {
    let a = args::exact("len", a, k, 1)?;
    Ok(int::from_i64(ops::len(a[0])? as i64))
});
static REPR: Builtin = Builtin::new("repr", |a, k| ops::repr(args::exact("repr", a, k, 1)?[0]));
static ABS: Builtin = Builtin::new("abs", |a, k| {
    let x = args::exact("abs", a, k, 1)?[0];
    match type_of(x).number.abs {
        Some(f) => f(x),
        None => Err(errors::type_error(format!(
            "bad operand type for abs(): '{}'",
            type_of(x).name
        ))),
    }
});

/// `print(*objects, sep=' ', end='\n', file=None, flush=False)`.
fn print(args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (objects, keywords) = args::split(args, kwnames);
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    let (mut file, mut flush) = (none(), false);
    for (key, value) in keywords {
        let target = match key {
            "sep" => &mut sep,
            "end" => &mut end,
            "file" => {
                file = value;
                continue;
            }
            "flush" => {
                flush = ops::is_true(value)?;
                continue;
            }
            _ => {
                return Err(errors::type_error(format!(
                    "'{key}' is an invalid keyword argument for print()"
                )))
            }
        };
        if value != none() {
            *target = match as_str(value) {
                Some(s) => s.to_string(),
                None => {
                    return Err(errors::type_error(format!(
                        "{key} must be None or a string, not {}",
                        type_of(value).name
                    )))
                }
            };
        }
    }
    let Some(target) = stdio::print_target(file)? else {
        return Ok(none_ref());
    };
    // CPython writes each object, separator and end in turn (what a failing str() leaves
    // written, and what a custom file's write sees).
    let target = target.value();
    for (i, x) in objects.iter().enumerate() {
        if i > 0 {
            stdio::write_to(target, &sep)?;
        }
        stdio::write_to(target, &ops::str_text(*x)?)?;
    }
    stdio::write_to(target, &end)?;
    if flush {
        stdio::flush_file(target)?;
    }
    Ok(none_ref())
}

// ----- sorting and reductions -----

/// `sorted(iterable, /, *, key=None, reverse=False)`: a new list, sorted by `list.sort`
/// (which also checks the keywords, so the errors name `sort()` as in CPython).
static SORTED: Builtin = Builtin::new("sorted", |args, kwnames| {
    let (positional, _) = args::split(args, kwnames);
    method_args::check_count("sorted", positional.len(), 1, 1)?;
    let list = new_list(ops::collect(positional[0])?);
    list_sort::sort_method(list.value(), &args[1..], kwnames)?;
    Ok(list)
});

static MIN: Builtin = Builtin::new("min", |a, k| min_max("min", CompareOp::Lt, a, k));
static MAX: Builtin = Builtin::new("max", |a, k| min_max("max", CompareOp::Gt, a, k));

/// `min(iterable, *, key=None, default=...)` and `min(a, b, *rest, key=None)`; the first of
/// equal items wins.
fn min_max(name: &str, better: CompareOp, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let (positional, keywords) = args::split(args, kwnames);
    method_args::check_count(name, positional.len().min(1), 1, 1)?;
    let options = method_args::keyword_only(name, &keywords, &["key", "default"])?;
    let key = options[0].filter(|k| *k != none());
    let default = options[1];
    let several = positional.len() > 1;
    if several && default.is_some() {
        return Err(errors::type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    let candidates = if several {
        new_tuple(positional.iter().map(|v| Ref::new(*v)).collect())
    } else {
        Ref::new(positional[0])
    };
    let it = ops::iter(candidates.value())?;
    let mut best: Option<(Ref, Ref)> = None;
    while let Some(item) = ops::next(it.value())? {
        let rank = match key {
            Some(f) => ops::call(f, &[item.value()], None)?,
            None => item.clone(),
        };
        let wins = match &best {
            None => true,
            Some((_, best_rank)) => {
                ops::is_true(ops::compare(rank.value(), best_rank.value(), better)?.value())?
            }
        };
        if wins {
            best = Some((item, rank));
        }
    }
    match (best, default) {
        (Some((item, _)), _) => Ok(item),
        (None, Some(default)) => Ok(Ref::new(default)),
        (None, None) => Err(errors::value_error(format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}

/// `sum(iterable, /, start=0)`: `start + item1 + item2 ...`, left to right.
static SUM: Builtin = Builtin::new("sum", |args, kwnames| {
    let (positional, _) = args::split(args, kwnames);
    if positional.is_empty() {
        return Err(errors::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let bound = method_args::bind("sum", args, kwnames, &["", "start"], 1)?;
    let start = bound[1].unwrap_or(Value::from_small_int(0));
    if as_str(start).is_some() {
        return Err(errors::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let mut total = Ref::new(start);
    let it = ops::iter(positional[0])?;
    while let Some(item) = ops::next(it.value())? {
        total = ops::binary_op(total.value(), item.value(), BinaryOp::Add)?;
    }
    Ok(total)
});

static ANY: Builtin = Builtin::new("any", |a, k| {
    let iterable = args::exact("any", a, k, 1)?[0];
    Ok(bool_ref(find_truth(iterable, true)?))
});

static ALL_: Builtin = Builtin::new("all", |a, k| {
    let iterable = args::exact("all", a, k, 1)?[0];
    Ok(bool_ref(!find_truth(iterable, false)?))
});

/// Whether some item's truth is `wanted`; stops at the first such item.
fn find_truth(iterable: Value, wanted: bool) -> PyResult<bool> {
    let it = ops::iter(iterable)?;
    while let Some(item) = ops::next(it.value())? {
        if ops::is_true(item.value())? == wanted {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `iter(iterable)` and `iter(callable, sentinel)`.
static ITER: Builtin = Builtin::new("iter", |args, kwnames| {
    let args = method_args::positional("iter", args, kwnames, 1, 2)?;
    match args {
        [iterable] => ops::iter(*iterable),
        [function, sentinel] => {
            if !is_callable(*function)? {
                return Err(errors::type_error("iter(v, w): v must be callable"));
            }
            Ok(iterators::new_callable_iterator(*function, *sentinel))
        }
        _ => unreachable!("positional() checked the count"),
    }
});

/// `next(iterator[, default])`.
static NEXT: Builtin = Builtin::new("next", |args, kwnames| {
    let args = method_args::positional("next", args, kwnames, 1, 2)?;
    if type_of(args[0]).next.is_none() {
        return Err(errors::type_error(format!(
            "'{}' object is not an iterator",
            type_of(args[0]).name
        )));
    }
    match (ops::next(args[0])?, args.get(1)) {
        (Some(item), _) => Ok(item),
        (None, Some(default)) => Ok(Ref::new(*default)),
        (None, None) if crate::objects::generator::is_generator(args[0]) => {
            Err(crate::objects::generator::raise_returned(args[0]))
        }
        (None, None) => Err(errors::raise_with_args(&STOP_ITERATION, Vec::new())),
    }
});

// ----- types and identity -----

/// `v` as a type object, if it is one.
static ISINSTANCE: Builtin = Builtin::new("isinstance", |args, kwnames| {
    let args = method_args::positional("isinstance", args, kwnames, 2, 2)?;
    Ok(bool_ref(crate::objects::metaclass::isinstance(
        args[0], args[1],
    )?))
});

static ISSUBCLASS: Builtin = Builtin::new("issubclass", |args, kwnames| {
    let args = method_args::positional("issubclass", args, kwnames, 2, 2)?;
    Ok(bool_ref(crate::objects::metaclass::issubclass(
        args[0], args[1],
    )?))
});

static HASH: Builtin = Builtin::new("hash", |a, k| {
    let x = args::exact("hash", a, k, 1)?[0];
    Ok(int::from_i64(ops::hash(x)?))
});

/// `id(x)`: the object's address (a small int's id is its tagged word, unique to its value).
static ID: Builtin = Builtin::new("id", |a, k| {
    let x = args::exact("id", a, k, 1)?[0];
    Ok(int::from_i128(x.0 as i128))
});

static CALLABLE: Builtin = Builtin::new("callable", |a, k| {
    let x = args::exact("callable", a, k, 1)?[0];
    Ok(bool_ref(is_callable(x)?))
});

/// Whether calling `v` can work: its type has a call slot (or, for a class defined in
/// Python, a `__call__`).
pub(crate) fn is_callable(v: Value) -> PyResult<bool> {
    if crate::objects::metaclass::is_metatype(type_of(v)) {
        // A class whose metaclass is defined in Python.
        return Ok(true);
    }
    if type_of(v).base_layout().call.is_some() {
        // A subclass of a callable builtin type (`weakref.ref`).
        return Ok(true);
    }
    method_args::has_special(v, "__call__", type_of(v).call.is_some())
}

// ----- characters and digits -----

static CHR: Builtin = Builtin::new("chr", |a, k| {
    let code = method_args::c_int(args::exact("chr", a, k, 1)?[0])?;
    if !(0..0x110000).contains(&code) {
        return Err(errors::value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(code as u32) {
        Some(c) => Ok(new_string(c.to_string())),
        None => Err(errors::value_error(
            "pylift: str cannot hold a lone surrogate (U+D800 to U+DFFF) yet",
        )),
    }
});

static ORD: Builtin = Builtin::new("ord", |a, k| {
    let x = args::exact("ord", a, k, 1)?[0];
    let Some(text) = as_str(x) else {
        return Err(errors::type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_of(x).name
        )));
    };
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(int::from_i64(c as i64)),
        _ => Err(errors::type_error(format!(
            "ord() expected a character, but string of length {} found",
            text.chars().count()
        ))),
    }
});

/// An int argument as `__index__` gives it: `'float' object cannot be interpreted as an
/// integer` for other types.
fn index_arg(v: Value) -> PyResult<Ref> {
    method_args::to_index(v, method_args::cannot_interpret)
}

/// `hex`, `oct`, `bin`: the sign, the prefix, then the digits of the magnitude.
fn int_in_base(
    name: &str,
    prefix: &str,
    radix: u8,
    a: &[Value],
    k: Option<Value>,
) -> PyResult<Ref> {
    let x = index_arg(args::exact(name, a, k, 1)?[0])?;
    let n = int_view(x.value())
        .expect("index_arg gives an int")
        .to_big();
    let sign = if n.sign() == Sign::Negative { "-" } else { "" };
    Ok(new_string(format!(
        "{sign}{prefix}{}",
        n.unsigned_abs().in_radix(radix)
    )))
}

static HEX: Builtin = Builtin::new("hex", |a, k| int_in_base("hex", "0x", 16, a, k));
static OCT: Builtin = Builtin::new("oct", |a, k| int_in_base("oct", "0o", 8, a, k));
static BIN: Builtin = Builtin::new("bin", |a, k| int_in_base("bin", "0b", 2, a, k));

// ----- input and output -----

static OPEN: Builtin = Builtin::new("open", crate::objects::file::open);

/// `input(prompt)`: the prompt goes to stdout, the line comes from stdin without its newline.
static INPUT: Builtin = Builtin::new("input", |a, k| {
    let a = crate::modules::arguments::positional("input", a, k, 0, 1)?;
    if let Some(&prompt) = a.first() {
        crate::io::write_stdout(&ops::str_text(prompt)?);
    }
    let line = crate::modules::stdio::read_stdin(Some(b'\n'), None)?;
    match line.strip_suffix('\n') {
        Some(line) => Ok(new_str(line)),
        None if line.is_empty() => Err(errors::raise(
            &crate::objects::exception::EOF_ERROR,
            "EOF when reading a line",
        )),
        None => Ok(new_string(line)),
    }
});

static ASCII: Builtin = Builtin::new("ascii", |a, k| {
    ops::ascii(args::exact("ascii", a, k, 1)?[0])
});

// ----- numbers -----

/// `round(number, ndigits=None)`: ties go to the even neighbour.
static ROUND: Builtin = Builtin::new("round", |args, kwnames| {
    let bound = method_args::bind("round", args, kwnames, &["number", "ndigits"], 1)?;
    let number = bound[0].unwrap();
    let ndigits = bound[1].filter(|n| *n != none());
    if int_view(number).is_some() {
        return int::round(number, ndigits);
    }
    if let Some(x) = float_value(number) {
        return crate::objects::float::round(x, ndigits);
    }
    if method_args::has_special(number, "__round__", false)? {
        let args: Vec<Value> = ndigits.into_iter().collect();
        return ops::call_method(number, new_str("__round__").value(), &args, None);
    }
    Err(errors::type_error(format!(
        "type {} doesn't define __round__ method",
        type_of(number).name
    )))
});

/// Whether `v` takes part in arithmetic as a number (int, bool or float).
fn is_number(v: Value) -> bool {
    int_view(v).is_some() || float_value(v).is_some()
}

static DIVMOD: Builtin = Builtin::new("divmod", |args, kwnames| {
    let args = method_args::positional("divmod", args, kwnames, 2, 2)?;
    let (a, b) = (args[0], args[1]);
    if let (Some(x), Some(y)) = (int_view(a), int_view(b)) {
        return int::divmod(x, y);
    }
    if is_number(a) && is_number(b) {
        let quotient = ops::binary_op(a, b, BinaryOp::FloorDiv)?;
        let remainder = ops::binary_op(a, b, BinaryOp::Mod)?;
        return Ok(new_tuple(vec![quotient, remainder]));
    }
    // Classes defined in Python: `a.__divmod__(b)`, then `b.__rdivmod__(a)`.
    for (receiver, name, other) in [(a, "__divmod__", b), (b, "__rdivmod__", a)] {
        if method_args::has_special(receiver, name, false)? {
            let r = ops::call_method(receiver, new_str(name).value(), &[other], None)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    crate::objects::complex::refuse_divmod(a, b)?;
    Err(errors::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_of(a).name,
        type_of(b).name
    )))
});

/// `pow(base, exp, mod=None)`.
static POW: Builtin = Builtin::new("pow", |args, kwnames| {
    let bound = method_args::bind("pow", args, kwnames, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (bound[0].unwrap(), bound[1].unwrap());
    match bound[2].filter(|m| *m != none()) {
        None => ops::binary_op(base, exp, BinaryOp::Pow),
        Some(modulus) => modular_pow(base, exp, modulus),
    }
});

/// Three-argument `pow`, for ints only. A negative exponent uses the inverse of the base
/// (new in 3.8). The result has the sign of the modulus, as `%` gives.
fn modular_pow(base: Value, exp: Value, modulus: Value) -> PyResult<Ref> {
    let (Some(b), Some(e), Some(m)) = (int_view(base), int_view(exp), int_view(modulus)) else {
        if [base, exp, modulus].iter().all(|v| is_number(*v)) {
            return Err(errors::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Err(errors::type_error(format!(
            "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
            type_of(base).name,
            type_of(exp).name,
            type_of(modulus).name
        )));
    };
    let m = m.to_big();
    if m.is_zero() {
        return Err(errors::value_error("pow() 3rd argument cannot be 0"));
    }
    let size = (&m).unsigned_abs();
    if size.is_one() {
        return Ok(Ref::small_int(0));
    }
    let ring = ConstDivisor::new(size.clone());
    let mut b = ring.reduce(b.to_big());
    let (e_sign, e) = e.to_big().into_parts();
    if e_sign == Sign::Negative {
        b = b
            .inv()
            .ok_or_else(|| errors::value_error("base is not invertible for the given modulus"))?;
    }
    let r = b.pow(&e).residue();
    let signed = if m.sign() == Sign::Negative && !r.is_zero() {
        -(size - r)
    } else {
        r.into()
    };
    Ok(int::from_big(signed))
}

// ----- attributes, format, and what an ahead-of-time compiler cannot do -----

static FORMAT: Builtin = Builtin::new("format", |a, k| {
    args::no_keywords("format", k)?;
    match a {
        [value] => ops::format(*value, ""),
        [value, spec] => match as_str(*spec) {
            Some(spec) => ops::format(*value, spec),
            None => Err(errors::type_error(format!(
                "format() argument 2 must be str, not {}",
                type_of(*spec).name
            ))),
        },
        _ => Err(errors::type_error(format!(
            "format expected at most 2 arguments, got {}",
            a.len()
        ))),
    }
});

/// The attribute name argument of getattr and friends, with 3.8's message.
fn attribute_name(name: Value, function: &str) -> PyResult<Value> {
    if as_str(name).is_some() {
        Ok(name)
    } else {
        Err(errors::type_error(format!(
            "{function}(): attribute name must be string"
        )))
    }
}

static GETATTR: Builtin = Builtin::new("getattr", |a, k| {
    args::no_keywords("getattr", k)?;
    match a {
        [obj, name] => ops::get_attr(*obj, attribute_name(*name, "getattr")?),
        [obj, name, default] => match ops::get_attr(*obj, attribute_name(*name, "getattr")?) {
            Ok(v) => Ok(v),
            Err(raised) => {
                if errors::matches(&crate::objects::exception::ATTRIBUTE_ERROR) {
                    errors::take();
                    return Ok(Ref::new(*default));
                }
                Err(raised)
            }
        },
        _ => Err(errors::type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            a.len()
        ))),
    }
});

static HASATTR: Builtin = Builtin::new("hasattr", |a, k| {
    let a = args::exact("hasattr", a, k, 2)?;
    match ops::get_attr(a[0], attribute_name(a[1], "hasattr")?) {
        Ok(_) => Ok(bool_ref(true)),
        Err(raised) => {
            if errors::matches(&crate::objects::exception::ATTRIBUTE_ERROR) {
                errors::take();
                return Ok(bool_ref(false));
            }
            Err(raised)
        }
    }
});

static SETATTR: Builtin = Builtin::new("setattr", |a, k| {
    let a = args::exact("setattr", a, k, 3)?;
    ops::set_attr(a[0], attribute_name(a[1], "setattr")?, Some(a[2]))?;
    Ok(none_ref())
});

static DELATTR: Builtin = Builtin::new("delattr", |a, k| {
    let a = args::exact("delattr", a, k, 2)?;
    ops::set_attr(a[0], attribute_name(a[1], "delattr")?, None)?;
    Ok(none_ref())
});

/// Running source text needs a Python implementation at run time, which compiled programs
/// do not carry: a clear error instead.
fn needs_interpreter(name: &str) -> errors::Raised {
    errors::raise(
        &crate::objects::exception::NOT_IMPLEMENTED_ERROR,
        format!(
            "pylift: {name}() of source text is not supported; programs are compiled ahead of time"
        ),
    )
}

static EXEC: Builtin = Builtin::new("exec", |_, _| Err(needs_interpreter("exec")));
static EVAL: Builtin = Builtin::new("eval", |_, _| Err(needs_interpreter("eval")));
static COMPILE: Builtin = Builtin::new("compile", |_, _| Err(needs_interpreter("compile")));

/// The interactive builtins have nothing to talk to in a compiled program.
fn not_interactive(name: &str) -> errors::Raised {
    errors::raise(
        &crate::objects::exception::NOT_IMPLEMENTED_ERROR,
        format!("pylift: {name}() is not available in a compiled program"),
    )
}

static BREAKPOINT: Builtin = Builtin::new("breakpoint", |_, _| Err(not_interactive("breakpoint")));
static HELP: Builtin = Builtin::new("help", |_, _| Err(not_interactive("help")));
