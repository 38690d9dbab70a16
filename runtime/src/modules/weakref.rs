//! `_weakref`: the native parts of `weakref` (`runtime/lib/weakref.py`); the types are
//! `objects/weakref.rs`.

use crate::builtins::args;
use crate::errors::PyResult;
use crate::object::Ref;
use crate::objects::function::BuiltinFunction;
use crate::objects::int::from_i64;
use crate::objects::list::new_list;
use crate::objects::method_args;
use crate::objects::weakref::{self, CALLABLE_PROXY_TYPE, PROXY_TYPE, REF_TYPE};
use crate::value::Value;

static FUNCTIONS: [BuiltinFunction; 3] = [
    BuiltinFunction::new("getweakrefcount", |a, k| {
        let ob = args::exact("getweakrefcount", a, k, 1)?[0];
        Ok(from_i64(weakref::count(ob) as i64))
    }),
    BuiltinFunction::new("getweakrefs", |a, k| {
        let ob = args::exact("getweakrefs", a, k, 1)?[0];
        Ok(new_list(weakref::all_to(ob)))
    }),
    BuiltinFunction::new("proxy", |a, k| {
        args::no_keywords("proxy", k)?;
        method_args::check_count("proxy", a.len(), 1, 2)?;
        weakref::new_proxy(a[0], a.get(1).copied())
    }),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    for (name, ty) in [
        ("ref", &REF_TYPE),
        ("ReferenceType", &REF_TYPE),
        ("ProxyType", &PROXY_TYPE),
        ("CallableProxyType", &CALLABLE_PROXY_TYPE),
    ] {
        super::add_value(m, name, Ref::new(ty.as_value()))?;
    }
    Ok(())
}
