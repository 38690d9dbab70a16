//! The `sys` module.

use std::cell::RefCell;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::exception::{new_exception, SYSTEM_EXIT};
use crate::objects::function::BuiltinFunction;
use crate::objects::int::{from_i64, int_view};
use crate::objects::list::new_list;
use crate::objects::singletons::none_ref;
use crate::objects::str::new_str;
use crate::value::Value;

struct Argv(RefCell<Vec<String>>);
unsafe impl Sync for Argv {}
static ARGV: Argv = Argv(RefCell::new(Vec::new()));

/// Called at start-up with the process arguments (the executable's path first).
pub fn set_argv(argv: Vec<String>) {
    *ARGV.0.borrow_mut() = argv;
}

static FUNCTIONS: [BuiltinFunction; 3] = [
    BuiltinFunction::new("exit", |a, k| {
        args::no_keywords("exit", k)?;
        let args: Vec<Ref> = a.iter().map(|v| Ref::new(*v)).collect();
        if args.len() > 1 {
            return Err(errors::type_error(format!("exit expected at most 1 arguments, got {}", args.len())));
        }
        Err(errors::set(new_exception(&SYSTEM_EXIT, args)))
    }),
    BuiltinFunction::new("getrecursionlimit", |a, k| {
        args::exact("getrecursionlimit", a, k, 0)?;
        Ok(from_i64(crate::recursion::pl_recursion.limit.get()))
    }),
    BuiltinFunction::new("setrecursionlimit", |a, k| {
        let n = args::exact("setrecursionlimit", a, k, 1)?[0];
        let Some(limit) = int_view(n).and_then(|i| i.to_i64()) else {
            return Err(errors::type_error("an integer is required"));
        };
        if limit < 1 {
            return Err(errors::value_error("recursion limit must be greater or equal than 1"));
        }
        crate::recursion::pl_recursion.limit.set(limit);
        Ok(none_ref())
    }),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    let argv: Vec<Ref> = ARGV.0.borrow().iter().map(|a| new_str(a)).collect();
    super::add_value(m, "argv", new_list(argv))?;
    super::add_value(m, "modules", Ref::new(super::modules_dict()))?;
    super::add_value(m, "maxsize", from_i64(i64::MAX))?;
    super::add_str(m, "platform", "linux")?;
    super::add_str(m, "byteorder", if cfg!(target_endian = "little") { "little" } else { "big" })?;
    Ok(())
}
