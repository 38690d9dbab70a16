//! Builtin functions.

use crate::builtins::args;
use crate::builtins::Builtin;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::int;
use crate::objects::singletons::none_ref;
use crate::objects::str::as_str;
use crate::ops::{self, type_of};
use crate::value::Value;

pub static ALL: &[&Builtin] = &[&PRINT, &LEN, &REPR, &ABS];

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
    for (key, value) in keywords {
        let target = match key {
            "sep" => &mut sep,
            "end" => &mut end,
            "flush" => continue,
            "file" if value == crate::objects::singletons::none() => continue,
            "file" => {
                return Err(errors::type_error(
                    "pylift: print(file=...) is not supported yet",
                ))
            }
            _ => {
                return Err(errors::type_error(format!(
                    "'{key}' is an invalid keyword argument for print()"
                )))
            }
        };
        if value != crate::objects::singletons::none() {
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
    let mut line = String::new();
    for (i, x) in objects.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&ops::str_text(*x)?);
    }
    line.push_str(&end);
    crate::io::write_stdout(&line);
    Ok(none_ref())
}
