//! The `extern "C"` entry points listed in the ABI table. Each converts between the word-level
//! convention of generated code (0 / -1 on error, borrowed arguments) and the runtime's
//! `PyResult` functions.

use crate::errors::{self, into_raw, into_status};
use crate::module::{AttrCache, CodeInfo, GlobalCache, ModuleInfo};
use crate::object::{self, Ref};
use crate::objects::exception::{self, TracebackEntry};
use crate::objects::singletons::bool_ref;
use crate::objects::type_object::CompareOp;
use crate::objects::{attr_cache, dict, function, list, str::as_str, tuple};
use crate::ops::{self, BinaryOp, UnaryOp};
use crate::value::Value;

/// # Safety
/// `v` is a heap object whose refcount reached zero.
#[no_mangle]
pub unsafe extern "C" fn pl_dealloc(v: Value) {
    object::dealloc(v)
}

#[no_mangle]
pub unsafe extern "C" fn pl_binary_op(a: Value, b: Value, op: u32) -> Value {
    let op = BinaryOp::from_code(op).expect("binary op code");
    into_raw(ops::binary_op(a, b, op))
}

#[no_mangle]
pub unsafe extern "C" fn pl_inplace_op(a: Value, b: Value, op: u32) -> Value {
    let op = BinaryOp::from_code(op).expect("binary op code");
    into_raw(ops::inplace_op(a, b, op))
}

#[no_mangle]
pub unsafe extern "C" fn pl_unary_op(a: Value, op: u32) -> Value {
    let op = UnaryOp::from_code(op).expect("unary op code");
    into_raw(ops::unary_op(a, op))
}

#[no_mangle]
pub unsafe extern "C" fn pl_compare(a: Value, b: Value, op: u32) -> Value {
    let op = CompareOp::from_code(op).expect("compare op code");
    into_raw(ops::compare(a, b, op))
}

#[no_mangle]
pub unsafe extern "C" fn pl_contains(item: Value, container: Value, negated: u32) -> Value {
    into_raw(ops::contains(container, item).map(|found| bool_ref(found != (negated != 0))))
}

#[no_mangle]
pub unsafe extern "C" fn pl_is_true(v: Value) -> i32 {
    match ops::is_true(v) {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_not(v: Value) -> Value {
    into_raw(ops::is_true(v).map(|b| bool_ref(!b)))
}

#[no_mangle]
pub unsafe extern "C" fn pl_getattr(obj: Value, name: Value, cache: *const u8) -> Value {
    into_raw(attr_cache::load_attr(
        obj,
        name,
        &*(cache as *const AttrCache),
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_setattr(
    obj: Value,
    name: Value,
    value: Value,
    cache: *const u8,
) -> i32 {
    into_status(if value.is_null() {
        ops::set_attr(obj, name, None)
    } else {
        attr_cache::store_attr(obj, name, value, &*(cache as *const AttrCache))
    })
}

#[no_mangle]
pub unsafe extern "C" fn pl_call_method(
    args: *const u8,
    nargs: usize,
    kwnames: Value,
    name: Value,
    cache: *const u8,
) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::tuple_items(kwnames).len()
    };
    let args = borrow_items(args, nargs + nkw);
    let kwnames = (!kwnames.is_null()).then_some(kwnames);
    into_raw(attr_cache::call_method(
        args,
        kwnames,
        name,
        &*(cache as *const AttrCache),
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_locals_dict(
    names: Value,
    values: *const u8,
    nvalues: usize,
    cells: *const u8,
    ncells: usize,
) -> Value {
    let values = borrow_items(values, nvalues);
    let cells = borrow_items(cells, ncells);
    into_raw(crate::builtins::introspection::locals_dict(
        names, values, cells,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_call_introspective(
    callee: Value,
    globals: Value,
    locals: Value,
) -> Value {
    into_raw(crate::builtins::introspection::call(
        callee, globals, locals,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_unpack(v: Value, before: usize, after: usize, star: u32) -> Value {
    into_raw(ops::unpack(v, before, after, star != 0))
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_slice(start: Value, stop: Value, step: Value) -> Value {
    crate::objects::slice::new_slice(start, stop, step).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_getitem(container: Value, key: Value) -> Value {
    into_raw(ops::get_item(container, key))
}

#[no_mangle]
pub unsafe extern "C" fn pl_setitem(container: Value, key: Value, value: Value) -> i32 {
    into_status(ops::set_item(container, key, value))
}

#[no_mangle]
pub unsafe extern "C" fn pl_delitem(container: Value, key: Value) -> i32 {
    into_status(ops::del_item(container, key))
}

/// Takes ownership of `n` owned references at `items`.
unsafe fn take_items(items: *const u8, n: usize) -> Vec<Ref> {
    let items = items as *const Value;
    (0..n).map(|i| Ref::from_owned(*items.add(i))).collect()
}

unsafe fn borrow_items<'a>(items: *const u8, n: usize) -> &'a [Value] {
    if n == 0 {
        return &[];
    }
    std::slice::from_raw_parts(items as *const Value, n)
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_list(items: *const u8, n: usize) -> Value {
    list::new_list(take_items(items, n)).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_tuple(items: *const u8, n: usize) -> Value {
    tuple::new_tuple(take_items(items, n)).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_set(items: *const u8, n: usize) -> Value {
    into_raw(crate::objects::set::build_set(borrow_items(items, n)))
}

#[no_mangle]
pub unsafe extern "C" fn pl_set_add(s: Value, v: Value) -> i32 {
    into_status(crate::objects::set::add(s, v))
}

#[no_mangle]
pub unsafe extern "C" fn pl_list_append(l: Value, v: Value) -> i32 {
    list::list_items(l).push(Ref::new(v));
    0
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_dict(items: *const u8, n: usize) -> Value {
    let pairs = borrow_items(items, 2 * n);
    let d = dict::new_dict();
    for pair in pairs.chunks(2) {
        if dict::set_item(d.value(), pair[0], pair[1]).is_err() {
            return Value::NULL;
        }
    }
    d.into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_call(
    callable: Value,
    args: *const u8,
    nargs: usize,
    kwnames: Value,
) -> Value {
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::tuple_items(kwnames).len()
    };
    let args = borrow_items(args, nargs + nkw);
    let kwnames = (!kwnames.is_null()).then_some(kwnames);
    into_raw(ops::call(callable, args, kwnames))
}

#[no_mangle]
pub unsafe extern "C" fn pl_get_iter(v: Value) -> Value {
    into_raw(ops::iter(v))
}

#[no_mangle]
pub unsafe extern "C" fn pl_iter_next(it: Value) -> Value {
    match ops::next(it) {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) | Err(_) => Value::NULL,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_err_occurred() -> i32 {
    errors::occurred() as i32
}

#[no_mangle]
pub unsafe extern "C" fn pl_load_global(module: *const u8, name: Value, cache: *const u8) -> Value {
    let module = &*(module as *const ModuleInfo);
    let cache = &*(cache as *const GlobalCache);
    crate::module::load_global(module, name, cache).unwrap_or(Value::NULL)
}

#[no_mangle]
pub unsafe extern "C" fn pl_store_global(module: *const u8, name: Value, value: Value) -> i32 {
    into_status(crate::module::store_global(
        &*(module as *const ModuleInfo),
        name,
        value,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_delete_global(module: *const u8, name: Value) -> i32 {
    into_status(crate::module::delete_global(
        &*(module as *const ModuleInfo),
        name,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_make_function(
    code: *const u8,
    entry: *const u8,
    closure: Value,
    defaults: Value,
    kwdefaults: Value,
) -> Value {
    let entry: function::Vectorcall = std::mem::transmute(entry);
    function::new_function(
        code as *const CodeInfo,
        entry,
        closure,
        defaults,
        kwdefaults,
    )
    .into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_bind_args(
    callable: Value,
    args: *const u8,
    nargs: usize,
    kwnames: Value,
    out: *const u8,
) -> i32 {
    let code = function::code(callable);
    let nkw = if kwnames.is_null() {
        0
    } else {
        tuple::tuple_items(kwnames).len()
    };
    let args = borrow_items(args, nargs + nkw);
    let out = std::slice::from_raw_parts_mut(out as *mut Value, code.param_count as usize);
    into_status(function::bind_arguments(
        callable,
        args,
        nargs,
        (!kwnames.is_null()).then_some(kwnames),
        out,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_function_default(callable: Value, slot: usize) -> Value {
    function::default_of(callable, slot)
}

#[no_mangle]
pub unsafe extern "C" fn pl_release(items: *const u8, n: usize) {
    for v in borrow_items(items, n) {
        object::decref(*v);
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_make_cell(v: Value) -> Value {
    crate::objects::cell::new_cell((!v.is_null()).then_some(v)).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_cell_get(cell: Value, name: Value, free: u32) -> Value {
    into_raw(crate::objects::cell::get(
        cell,
        as_str(name).unwrap_or("?"),
        free != 0,
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_cell_set(cell: Value, v: Value) {
    crate::objects::cell::set(cell, (!v.is_null()).then_some(v))
}

#[no_mangle]
pub unsafe extern "C" fn pl_tuple_item(t: Value, i: usize) -> Value {
    tuple::tuple_items(t)[i].value()
}

#[no_mangle]
pub unsafe extern "C" fn pl_call_ex(callable: Value, args: Value, kwargs: Value) -> Value {
    into_raw(ops::call_ex(
        callable,
        args,
        (!kwargs.is_null()).then_some(kwargs),
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_extend_args(args: Value, iterable: Value, callable: Value) -> i32 {
    into_status(ops::extend_call_args(args, iterable, callable))
}

#[no_mangle]
pub unsafe extern "C" fn pl_merge_kwargs(kwargs: Value, mapping: Value, callable: Value) -> i32 {
    into_status(ops::merge_call_kwargs(kwargs, mapping, callable))
}

#[no_mangle]
pub unsafe extern "C" fn pl_format_value(v: Value, conversion: u32, spec: Value) -> Value {
    into_raw(ops::format_value(
        v,
        conversion as u8,
        (!spec.is_null()).then_some(spec),
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_string(items: *const u8, n: usize) -> Value {
    let mut text = String::new();
    for part in borrow_items(items, n) {
        text.push_str(as_str(*part).unwrap_or(""));
    }
    crate::objects::str::new_string(text).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_new_generator(
    code: *const u8,
    resume: *const u8,
    nslots: usize,
    arguments: *const u8,
    n: usize,
) -> Value {
    let resume: crate::objects::generator::ResumeFn = std::mem::transmute(resume);
    crate::objects::generator::new_generator(
        &*(code as *const CodeInfo),
        resume,
        nslots,
        borrow_items(arguments, n),
    )
    .into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_yield_from_send(it: Value, sent: Value) -> Value {
    match crate::objects::generator::yield_from_send(it, sent) {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) | Err(_) => Value::NULL,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_yield_from_throw(it: Value, exc: Value) -> Value {
    match crate::objects::generator::yield_from_throw(it, exc) {
        Ok(Some(v)) => v.into_raw(),
        Ok(None) | Err(_) => Value::NULL,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_take_stop_value() -> Value {
    crate::objects::generator::take_stop_value().into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_async_op(op: u32, a: Value, b: Value) -> Value {
    use crate::objects::coroutine::{async_op, AsyncOp};
    match AsyncOp::ALL.get(op as usize) {
        Some(&op) => into_raw(async_op(op, a, b)),
        None => Value::NULL,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_generator_return(gen: Value, value: Value) {
    crate::objects::generator::set_result(gen, value)
}

#[no_mangle]
pub unsafe extern "C" fn pl_with_setup(mgr: Value) -> Value {
    into_raw(crate::objects::class::with_setup(mgr))
}

#[no_mangle]
pub unsafe extern "C" fn pl_with_exit_exception(exit: Value, exc: Value) -> i32 {
    let ty = ops::type_of(exc).as_value();
    let tb = exception::traceback_of(exc);
    let frames = exception::traceback(exc).to_vec();
    match ops::call(exit, &[ty, exc, tb.value()], None).and_then(|r| ops::is_true(r.value())) {
        Ok(suppress) => {
            // The `with` re-raises the exception with the traceback it had (CPython keeps it
            // on the stack), not the frames a `raise` or `throw` in `__exit__` added to it.
            if !suppress {
                exception::restore_traceback(exc, frames);
            }
            suppress as i32
        }
        Err(_) => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_load_name(ns: Value, module: *const u8, name: Value) -> Value {
    let module = &*(module as *const ModuleInfo);
    match crate::objects::metaclass::namespace_get(ns, name) {
        Ok(Some(v)) => return v.into_raw(),
        Ok(None) => {}
        Err(_) => return Value::NULL,
    }
    let cache = GlobalCache {
        globals_version: std::cell::Cell::new(0),
        builtins_version: std::cell::Cell::new(0),
        value: std::cell::Cell::new(Value::NULL),
    };
    match crate::module::load_global(module, name, &cache) {
        Ok(v) => Ref::new(v).into_raw(),
        Err(_) => Value::NULL,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_delete_name(ns: Value, name: Value) -> i32 {
    into_status(crate::objects::metaclass::namespace_delete(ns, name))
}

#[no_mangle]
pub unsafe extern "C" fn pl_build_class(
    body: Value,
    name: Value,
    qualname: Value,
    bases: Value,
    kwargs: Value,
) -> Value {
    into_raw(crate::objects::class::build_class(
        body,
        name,
        qualname,
        bases,
        (!kwargs.is_null()).then_some(kwargs),
    ))
}

#[no_mangle]
pub unsafe extern "C" fn pl_import(name: Value) -> Value {
    into_raw(crate::modules::import(name))
}

#[no_mangle]
pub unsafe extern "C" fn pl_import_from(module: Value, name: Value) -> Value {
    into_raw(crate::modules::import_from(module, name))
}

#[no_mangle]
pub unsafe extern "C" fn pl_import_star(module: Value, into: *const u8) -> i32 {
    let into = &*(into as *const ModuleInfo);
    into_status(crate::modules::import_star(module, *into.globals))
}

#[no_mangle]
pub unsafe extern "C" fn pl_traceback_here(code: *const u8, line: u32) {
    let exc = errors::current();
    if !exc.is_null() {
        exception::push_traceback(
            exc,
            TracebackEntry {
                code: code as *const CodeInfo,
                line,
            },
        );
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_catch() -> Value {
    let exc = errors::begin_handling();
    Ref::new(exc).into_raw()
}

#[no_mangle]
pub unsafe extern "C" fn pl_end_handler() {
    errors::end_handling();
}

#[no_mangle]
pub unsafe extern "C" fn pl_exception_matches(exc: Value, clause: Value) -> i32 {
    match exception::matches_clause(exc, clause) {
        Ok(b) => b as i32,
        Err(_) => -1,
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_raise(exc: Value, cause: Value) {
    exception::raise(exc, (!cause.is_null()).then_some(cause));
}

#[no_mangle]
pub unsafe extern "C" fn pl_reraise(exc: Value) {
    errors::restore(Ref::new(exc));
}

#[no_mangle]
pub unsafe extern "C" fn pl_reraise_handled(code: *const u8, line: u32) {
    match errors::handled() {
        Some(exc) => {
            errors::restore(Ref::new(exc));
        }
        None => {
            errors::raise(&exception::RUNTIME_ERROR, "No active exception to reraise");
            pl_traceback_here(code, line);
        }
    }
}

#[no_mangle]
pub unsafe extern "C" fn pl_raise_unbound_local(name: Value) {
    errors::raise(
        &exception::UNBOUND_LOCAL_ERROR,
        format!(
            "local variable '{}' referenced before assignment",
            as_str(name).unwrap()
        ),
    );
}

#[no_mangle]
pub unsafe extern "C" fn pl_raise_recursion() {
    errors::raise(
        &exception::RECURSION_ERROR,
        "maximum recursion depth exceeded",
    );
}

#[no_mangle]
pub unsafe extern "C" fn pl_main(
    argc: i32,
    argv: *const u8,
    module: *const u8,
    modules: *const u8,
    module_count: usize,
) -> i32 {
    let modules: &'static [&'static ModuleInfo] = if module_count == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(modules as *const &'static ModuleInfo, module_count)
    };
    crate::entry::main(
        argc,
        argv as *const *const std::ffi::c_char,
        &*(module as *const ModuleInfo),
        modules,
    )
}
