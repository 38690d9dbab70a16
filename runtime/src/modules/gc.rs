//! The `gc` module: the cycle collector's controls and statistics (`crate::gc` is the
//! collector itself).

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::gc::{self, GENERATIONS};
use crate::object::Ref;
use crate::objects::dict;
use crate::objects::function::BuiltinFunction;
use crate::objects::int::from_i64;
use crate::objects::list::new_list;
use crate::objects::singletons::{bool_ref, none_ref};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops::type_of;
use crate::value::Value;

use super::arguments;

fn int(n: usize) -> Ref {
    from_i64(n as i64)
}

fn int_tuple(values: [usize; GENERATIONS]) -> Ref {
    new_tuple(values.iter().map(|&n| int(n)).collect())
}

fn objects_as_list(objects: Vec<Value>) -> Ref {
    new_list(objects.into_iter().map(Ref::new).collect())
}

fn collect(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = args::bind("collect", a, k, &["generation"], 0)?;
    let generation = match bound[0] {
        Some(g) => arguments::c_int(g)?,
        None => GENERATIONS as i64 - 1,
    };
    if !(0..GENERATIONS as i64).contains(&generation) {
        return Err(errors::value_error("invalid generation"));
    }
    Ok(int(gc::collect_from_python(generation as usize)))
}

fn set_threshold(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("set_threshold", k)?;
    if a.is_empty() || a.len() > GENERATIONS {
        let (bound, n) = if a.is_empty() {
            ("least", 1)
        } else {
            ("most", GENERATIONS)
        };
        return Err(errors::type_error(format!(
            "set_threshold() takes at {bound} {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            a.len()
        )));
    }
    let thresholds = a
        .iter()
        .map(|&t| arguments::c_int(t))
        .collect::<PyResult<Vec<i64>>>()?;
    for (generation, t) in thresholds.into_iter().enumerate() {
        // A negative threshold, like 0, never triggers a collection.
        gc::set_threshold(generation, t.max(0) as usize);
    }
    Ok(none_ref())
}

fn get_objects(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = args::bind("get_objects", a, k, &["generation"], 0)?;
    let generation = match bound[0] {
        None => None,
        Some(g) if g == crate::objects::singletons::none() => None,
        Some(g) if crate::objects::int::int_view(g).is_some() => Some(arguments::c_int(g)?),
        Some(g) => {
            return Err(errors::type_error(format!(
                "argument should be integer or None, not '{}'",
                type_of(g).name
            )))
        }
    };
    if generation.is_some_and(|g| g >= GENERATIONS as i64) {
        return Err(errors::value_error(format!(
            "generation parameter must be less than the number of available generations ({GENERATIONS})"
        )));
    }
    // As in 3.8, a negative generation means all of them.
    let generation = generation.filter(|&g| g >= 0).map(|g| g as usize);
    Ok(objects_as_list(gc::objects(generation)))
}

fn get_referrers(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("get_referrers", k)?;
    let referrers = gc::objects(None)
        .into_iter()
        .filter(|&holder| gc::referents(holder).iter().any(|r| a.contains(r)))
        .collect();
    Ok(objects_as_list(referrers))
}

fn get_referents(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("get_referents", k)?;
    Ok(objects_as_list(
        a.iter().flat_map(|&v| gc::referents(v)).collect(),
    ))
}

fn get_stats(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    arguments::none("get_stats", a, k)?;
    let mut per_generation = Vec::with_capacity(GENERATIONS);
    for (collections, collected) in gc::stats() {
        let d = dict::new_dict();
        for (key, n) in [
            ("collections", collections),
            ("collected", collected),
            ("uncollectable", 0),
        ] {
            dict::set_item(d.value(), new_str(key).value(), int(n).value())?;
        }
        per_generation.push(d);
    }
    Ok(new_list(per_generation))
}

static FUNCTIONS: [BuiltinFunction; 17] = [
    BuiltinFunction::new("enable", |a, k| {
        arguments::none("enable", a, k)?;
        gc::enable(true);
        Ok(none_ref())
    }),
    BuiltinFunction::new("disable", |a, k| {
        arguments::none("disable", a, k)?;
        gc::enable(false);
        Ok(none_ref())
    }),
    BuiltinFunction::new("isenabled", |a, k| {
        arguments::none("isenabled", a, k)?;
        Ok(bool_ref(gc::is_enabled()))
    }),
    BuiltinFunction::new("collect", collect),
    BuiltinFunction::new("get_count", |a, k| {
        arguments::none("get_count", a, k)?;
        Ok(int_tuple(gc::counts()))
    }),
    BuiltinFunction::new("get_threshold", |a, k| {
        arguments::none("get_threshold", a, k)?;
        Ok(int_tuple(gc::thresholds()))
    }),
    BuiltinFunction::new("set_threshold", set_threshold),
    BuiltinFunction::new("is_tracked", |a, k| {
        let v = args::exact("is_tracked", a, k, 1)?[0];
        Ok(bool_ref(gc::is_tracked(v)))
    }),
    BuiltinFunction::new("get_objects", get_objects),
    BuiltinFunction::new("get_referrers", get_referrers),
    BuiltinFunction::new("get_referents", get_referents),
    BuiltinFunction::new("get_stats", get_stats),
    BuiltinFunction::new("freeze", |a, k| {
        arguments::none("freeze", a, k)?;
        gc::freeze();
        Ok(none_ref())
    }),
    BuiltinFunction::new("unfreeze", |a, k| {
        arguments::none("unfreeze", a, k)?;
        gc::unfreeze();
        Ok(none_ref())
    }),
    BuiltinFunction::new("get_freeze_count", |a, k| {
        arguments::none("get_freeze_count", a, k)?;
        Ok(int(gc::frozen_count()))
    }),
    BuiltinFunction::new("set_debug", |a, k| {
        let flags = args::exact("set_debug", a, k, 1)?[0];
        gc::set_debug_flags(arguments::c_int(flags)?);
        Ok(none_ref())
    }),
    BuiltinFunction::new("get_debug", |a, k| {
        arguments::none("get_debug", a, k)?;
        Ok(from_i64(gc::debug_flags()))
    }),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    for (name, flag) in [
        ("DEBUG_STATS", gc::DEBUG_STATS),
        ("DEBUG_COLLECTABLE", gc::DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", gc::DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", gc::DEBUG_SAVEALL),
        (
            "DEBUG_LEAK",
            gc::DEBUG_COLLECTABLE | gc::DEBUG_UNCOLLECTABLE | gc::DEBUG_SAVEALL,
        ),
    ] {
        super::add_value(m, name, from_i64(flag))?;
    }
    // Nothing is uncollectable here (there are no legacy `tp_del` finalizers): `garbage`
    // holds only what DEBUG_SAVEALL saves.
    super::add_value(m, "garbage", Ref::new(gc::garbage_list()))?;
    super::add_value(m, "callbacks", Ref::new(gc::callbacks_list()))
}
