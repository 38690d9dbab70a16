//! Argument binding for builtins implemented in Rust, with CPython's TypeError messages.

use crate::errors::{self, PyResult};
use crate::objects::str::as_str;
use crate::objects::tuple::tuple_items;
use crate::value::Value;

/// Splits vectorcall arguments into positional ones and (name, value) keyword pairs.
pub fn split(args: &[Value], kwnames: Option<Value>) -> (&[Value], Vec<(&'static str, Value)>) {
    let names = kwnames.map(tuple_items).unwrap_or(&[]);
    let npos = args.len() - names.len();
    let keywords = names
        .iter()
        .zip(&args[npos..])
        .map(|(n, v)| (as_str(n.value()).unwrap(), *v))
        .collect();
    (&args[..npos], keywords)
}

pub fn no_keywords(name: &str, kwnames: Option<Value>) -> PyResult<()> {
    match kwnames {
        Some(names) if !tuple_items(names).is_empty() => Err(errors::type_error(format!(
            "{name}() takes no keyword arguments"
        ))),
        _ => Ok(()),
    }
}

/// Binds arguments to `params` (positional-or-keyword; an empty name is positional-only).
/// The first `required` parameters must be given.
pub fn bind<const N: usize>(
    name: &str,
    args: &[Value],
    kwnames: Option<Value>,
    params: &[&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let (positional, keywords) = split(args, kwnames);
    // CPython counts keyword arguments too.
    let given = positional.len() + keywords.len();
    if given > params.len() {
        return Err(errors::type_error(format!(
            "{name}() takes at most {} argument{} ({given} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
        )));
    }
    // An array, not a vector: builtins like `sum` bind their arguments on every call.
    let mut bound = [None; N];
    for (slot, v) in bound.iter_mut().zip(positional) {
        *slot = Some(*v);
    }
    for (key, v) in keywords {
        match params.iter().position(|p| !p.is_empty() && *p == key) {
            Some(i) if bound[i].is_some() => {
                return Err(errors::type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => bound[i] = Some(v),
            None => {
                return Err(errors::type_error(format!(
                    "'{key}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    if let Some(missing) = bound[..required].iter().position(Option::is_none) {
        let p = params[missing];
        return Err(errors::type_error(if p.is_empty() {
            format!(
                "{name}() takes at least {required} argument{}",
                if required == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name}() missing required argument '{p}' (pos {})",
                missing + 1
            )
        }));
    }
    Ok(bound)
}

/// Checks the count of a builtin taking exactly `n` positional arguments.
pub fn exact<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<Value>,
    n: usize,
) -> PyResult<&'a [Value]> {
    no_keywords(name, kwnames)?;
    if args.len() != n {
        return Err(errors::type_error(if n == 1 {
            format!("{name}() takes exactly one argument ({} given)", args.len())
        } else {
            format!("{name} expected {n} arguments, got {}", args.len())
        }));
    }
    Ok(args)
}
