//! Metaclasses and class creation: `type.__new__` (CPython's `type_new`), the metaclass
//! calculation, the slots of metaclasses (types whose instances are classes), the class hooks
//! (`__init_subclass__`, `__set_name__`, `__class_getitem__`, `__instancecheck__`,
//! `__subclasscheck__`), and the dunders of `object` and `type` as unbound descriptors
//! (`object.__setattr__(self, ...)`, `super().__new__(mcls, ...)`).

use crate::errors::{self, PyResult};
use crate::object::{ObjHeader, Ref};
use crate::objects::attr_cache::static_name;
use crate::objects::class::{self, bind};
use crate::objects::dict;
use crate::objects::exception::{ATTRIBUTE_ERROR, RUNTIME_ERROR};
use crate::objects::function::is_function;
use crate::objects::list::new_list;
use crate::objects::method_args::no_args;
use crate::objects::singletons::{bool_ref, none, none_ref, not_implemented};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::type_object::{Method, TypeObject, OBJECT_TYPE, TYPE_TYPE};
use crate::ops::{self, type_of};
use crate::value::Value;

pub fn as_type(v: Value) -> Option<&'static TypeObject> {
    (!v.is_small_int() && type_of(v).is_subtype(&TYPE_TYPE))
        .then(|| unsafe { &*v.as_ptr::<TypeObject>() })
}

/// Whether `ty` is a class defined in Python deriving from `type` (its instances are classes).
pub fn is_metatype(ty: &'static TypeObject) -> bool {
    ty.gc.is_none() && ty.is_heap() && std::ptr::eq(ty.base_layout(), &TYPE_TYPE)
}

// ----- keyword arguments -----

/// The keyword arguments of a vectorcall as a dict, and the positional arguments.
pub fn split_kwargs(args: &[Value], kwnames: Option<Value>) -> PyResult<(&[Value], Ref)> {
    let d = dict::new_dict();
    let names = kwnames.map(tuple_items).unwrap_or(&[]);
    let npos = args.len() - names.len();
    for (name, value) in names.iter().zip(&args[npos..]) {
        dict::set_item(d.value(), name.value(), *value)?;
    }
    Ok((&args[..npos], d))
}

/// Calls `callable(*args, **kwargs)`, `kwargs` a dict with str keys.
pub fn call_with_kwargs(callable: Value, args: &[Value], kwargs: Option<Value>) -> PyResult<Ref> {
    let items = kwargs.map(dict::items).unwrap_or_default();
    if items.is_empty() {
        return ops::call(callable, args, None);
    }
    let mut full: Vec<Value> = args.to_vec();
    full.extend(items.iter().map(|(_, v)| v.value()));
    let names = new_tuple(items.iter().map(|(k, _)| k.clone()).collect());
    ops::call(callable, &full, Some(names.value()))
}

// ----- the metaclass calculation -----

/// The most derived of `meta` and the metaclasses of `bases`, or CPython's TypeError.
pub fn calculate_meta(
    meta: &'static TypeObject,
    bases: &[&'static TypeObject],
) -> PyResult<&'static TypeObject> {
    let mut winner = meta;
    for base in bases {
        let tmp = type_of(base.as_value());
        if winner.is_subtype(tmp) {
            continue;
        }
        if tmp.is_subtype(winner) {
            winner = tmp;
            continue;
        }
        return Err(errors::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
             subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

// ----- class statements -----

/// CPython's `__build_class__`: finds the metaclass, asks its `__prepare__` for the
/// namespace, runs the body on it, calls the metaclass, and checks that the `__class__`
/// cell was set.
pub fn build_class(
    body: Value,
    name: Value,
    qualname: Value,
    bases: Value,
    kwargs: Option<Value>,
) -> PyResult<Ref> {
    let kw = dict::new_dict();
    if let Some(k) = kwargs {
        dict::update_from(kw.value(), k)?;
    }
    let explicit = dict::pop_item(kw.value(), new_str("metaclass").value())?;
    let orig_bases = bases;
    let resolved_bases = resolve_mro_entries(orig_bases)?;
    let bases = resolved_bases.as_ref().map_or(orig_bases, Ref::value);
    let mut base_types = Vec::new();
    for b in tuple_items(bases) {
        match as_type(b.value()) {
            Some(t) => base_types.push(t),
            None => {
                return Err(errors::type_error(format!(
                    "bases must be types, not {}",
                    type_of(b.value()).name
                )))
            }
        }
    }
    let meta: Ref = match &explicit {
        Some(m) => match as_type(m.value()) {
            Some(t) => Ref::new(calculate_meta(t, &base_types)?.as_value()),
            None => m.clone(),
        },
        None => {
            let first = base_types
                .first()
                .map_or(&TYPE_TYPE, |b| type_of(b.as_value()));
            Ref::new(calculate_meta(first, &base_types)?.as_value())
        }
    };
    let is_type = std::ptr::eq(meta.value().as_ptr::<TypeObject>(), &TYPE_TYPE);
    let ns = if is_type {
        dict::new_dict()
    } else {
        prepare(meta.value(), name, bases, kw.value())?
    };
    // The body's first statement, `__module__ = __name__`, reads the name as the body does.
    let dunder_name = crate::objects::attr_cache::intern("__name__");
    let module_globals = unsafe { *(*crate::objects::function::code(body).module).globals };
    let module_name = match namespace_get(ns.value(), dunder_name)? {
        Some(n) => n,
        None => dict::get_item(module_globals, dunder_name)?
            .map_or_else(|| new_str("builtins"), Ref::new),
    };
    // Stored as the body's first statements would be, through a `__prepare__`d namespace's
    // own `__setitem__`.
    ops::set_item(
        ns.value(),
        new_str("__module__").value(),
        module_name.value(),
    )?;
    ops::set_item(ns.value(), new_str("__qualname__").value(), qualname)?;
    let cell = ops::call(body, &[ns.value()], None)?;
    if resolved_bases.is_some() {
        ops::set_item(ns.value(), new_str("__orig_bases__").value(), orig_bases)?;
    }
    let is_cell = std::ptr::eq(type_of(cell.value()), &crate::objects::cell::CELL_TYPE);
    if is_cell {
        ops::set_item(ns.value(), new_str("__classcell__").value(), cell.value())?;
    }
    let cls = if is_type {
        type_new(&TYPE_TYPE, name, bases, ns.value(), Some(kw.value()))?
    } else {
        call_with_kwargs(meta.value(), &[name, bases, ns.value()], Some(kw.value()))?
    };
    if is_cell && as_type(cls.value()).is_some() {
        let set = crate::objects::cell::is_bound(cell.value())
            .then(|| crate::objects::cell::get(cell.value(), "__class__", false))
            .transpose()?;
        match set {
            Some(c) if c.value() == cls.value() => {}
            None => {
                return Err(errors::raise(
                    &RUNTIME_ERROR,
                    format!(
                        "__class__ not set defining {} as {}. Was __classcell__ propagated to \
                         type.__new__?",
                        text(ops::repr(name)?),
                        text(ops::repr(cls.value())?)
                    ),
                ))
            }
            Some(c) => {
                return Err(errors::type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    text(ops::repr(c.value())?),
                    text(ops::repr(name)?),
                    text(ops::repr(cls.value())?)
                )))
            }
        }
    }
    Ok(cls)
}

/// PEP 560: the bases with each base that is not a class but has `__mro_entries__` replaced by
/// the classes it returns (`class Stack(Generic[T])`), or None when no base has one.
fn resolve_mro_entries(bases: Value) -> PyResult<Option<Ref>> {
    let mut resolved = Vec::new();
    let mut changed = false;
    for b in tuple_items(bases) {
        if as_type(b.value()).is_none() {
            if let Some(hook) =
                ops::get_attr_or_none(b.value(), new_str("__mro_entries__").value())?
            {
                let entries = ops::call(hook.value(), &[bases], None)?;
                if !is_tuple(entries.value()) {
                    return Err(errors::type_error("__mro_entries__ must return a tuple"));
                }
                resolved.extend(tuple_items(entries.value()).iter().cloned());
                changed = true;
                continue;
            }
        }
        resolved.push(b.clone());
    }
    Ok(changed.then(|| new_tuple(resolved)))
}

/// `name` in a class body's namespace: CPython's LOAD_NAME reads a dict directly and any other
/// mapping (a `__prepare__`d one, dict subclasses too) through its `__getitem__`, whose
/// KeyError means "not here".
pub fn namespace_get(ns: Value, name: Value) -> PyResult<Option<Ref>> {
    if std::ptr::eq(type_of(ns), &dict::DICT_TYPE) {
        return Ok(dict::get_item(ns, name)?.map(Ref::new));
    }
    match ops::get_item(ns, name) {
        Ok(v) => Ok(Some(v)),
        Err(_) if errors::matches(&crate::objects::exception::KEY_ERROR) => {
            errors::take();
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// `del name` in a class body (CPython's DELETE_NAME): any failure of the namespace's
/// deletion becomes NameError.
pub fn namespace_delete(ns: Value, name: Value) -> PyResult<()> {
    if ops::del_item(ns, name).is_ok() {
        return Ok(());
    }
    errors::take();
    Err(errors::raise(
        &crate::objects::exception::NAME_ERROR,
        format!("name '{}' is not defined", as_str(name).unwrap_or("?")),
    ))
}

fn text(r: Ref) -> String {
    as_str(r.value()).unwrap_or("?").to_string()
}

/// `meta.__prepare__(name, bases, **kwargs)`, or a new dict when there is none.
fn prepare(meta: Value, name: Value, bases: Value, kw: Value) -> PyResult<Ref> {
    let Some(prepare) = ops::get_attr_or_none(meta, new_str("__prepare__").value())? else {
        return Ok(dict::new_dict());
    };
    let ns = call_with_kwargs(prepare.value(), &[name, bases], Some(kw))?;
    if !is_mapping(ns.value())? {
        let meta_name = as_type(meta).map_or("<metaclass>", |t| t.name);
        return Err(errors::type_error(format!(
            "{meta_name}.__prepare__() must return a mapping, not {}",
            type_of(ns.value()).name
        )));
    }
    Ok(ns)
}

/// Whether `v` supports `v[key]` (CPython's `PyMapping_Check`).
fn is_mapping(v: Value) -> PyResult<bool> {
    let ty = type_of(v);
    if ty.is_heap() {
        return Ok(
            ty.lookup(static_name!("__getitem__"))?.is_some() || ty.base_layout().getitem.is_some()
        );
    }
    Ok(ty.getitem.is_some())
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`.
pub fn type_new(
    meta: &'static TypeObject,
    name: Value,
    bases: Value,
    ns: Value,
    kwargs: Option<Value>,
) -> PyResult<Ref> {
    let Some(name_text) = as_str(name) else {
        return Err(errors::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_of(name).name
        )));
    };
    if !is_tuple(bases) {
        return Err(errors::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_of(bases).name
        )));
    }
    if !dict::is_dict(ns) {
        return Err(errors::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_of(ns).name
        )));
    }
    let mut base_types = Vec::new();
    for b in tuple_items(bases) {
        match as_type(b.value()) {
            Some(t) => base_types.push(t),
            None => {
                return Err(errors::type_error(format!(
                    "bases must be types, not {}",
                    type_of(b.value()).name
                )))
            }
        }
    }
    let winner = calculate_meta(meta, &base_types)?;
    let meta = if std::ptr::eq(winner, meta) {
        meta
    } else {
        // A more derived metaclass with its own __new__ makes the class.
        if let Some(new) = winner.lookup(static_name!("__new__"))? {
            let new = class::unwrap_staticmethod(new);
            return call_with_kwargs(new, &[winner.as_value(), name, bases, ns], kwargs);
        }
        winner
    };
    let ns_copy = dict::new_dict();
    dict::update_from(ns_copy.value(), ns)?;
    let ns = ns_copy;
    let qualname = match dict::pop_item(ns.value(), new_str("__qualname__").value())? {
        Some(q) => match as_str(q.value()) {
            Some(q) => q.to_string(),
            None => {
                return Err(errors::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_of(q.value()).name
                )))
            }
        },
        None => name_text.to_string(),
    };
    let cell = dict::pop_item(ns.value(), new_str("__classcell__").value())?;
    let module = match dict::get_item(ns.value(), new_str("__module__").value())? {
        Some(m) => ops::str_text(m)?,
        // The `__name__` of the globals of the code calling `type()` (CPython's current frame).
        None => match crate::recursion::compiled_frame(0) {
            Some(code) => {
                let globals = crate::objects::code::globals_of(code);
                match dict::get_item(globals, new_str("__name__").value())? {
                    Some(m) => {
                        dict::set_item(ns.value(), new_str("__module__").value(), m)?;
                        ops::str_text(m)?
                    }
                    None => "builtins".into(),
                }
            }
            None => "builtins".into(),
        },
    };
    // Defining `__eq__` without `__hash__` makes instances unhashable.
    if dict::get_item(ns.value(), new_str("__eq__").value())?.is_some()
        && dict::get_item(ns.value(), new_str("__hash__").value())?.is_none()
    {
        dict::set_item(ns.value(), new_str("__hash__").value(), none())?;
    }
    if dict::get_item(ns.value(), new_str("__doc__").value())?.is_none() {
        dict::set_item(ns.value(), new_str("__doc__").value(), none())?;
    }
    // `__new__` is a static method, `__init_subclass__` and `__class_getitem__` class methods,
    // without decorators.
    for (special, kind) in [
        ("__new__", &class::STATICMETHOD_TYPE),
        ("__init_subclass__", &class::CLASSMETHOD_TYPE),
        ("__class_getitem__", &class::CLASSMETHOD_TYPE),
    ] {
        let key = new_str(special);
        if let Some(f) = dict::get_item(ns.value(), key.value())? {
            if is_function(f) {
                let wrapped = class::wrap_function(kind, f);
                dict::set_item(ns.value(), key.value(), wrapped.value())?;
            }
        }
    }
    let members = crate::objects::slots::prepare_slots(name_text, &base_types, ns.value())?;
    let ty =
        class::new_class_with_meta(name_text, &qualname, &module, &base_types, ns.value(), meta)?;
    crate::objects::slots::finish_slots(ty, &members);
    if let Some(cell) = cell {
        if std::ptr::eq(type_of(cell.value()), &crate::objects::cell::CELL_TYPE) {
            crate::objects::cell::set(cell.value(), Some(ty.as_value()));
        } else {
            return Err(errors::type_error(format!(
                "__classcell__ must be a nonlocal cell, not {}",
                type_of(cell.value()).name
            )));
        }
    }
    set_names(ty)?;
    init_subclass(ty, kwargs)?;
    Ok(Ref::new(ty.as_value()))
}

/// Calls `__set_name__(owner, name)` of the class attributes that have one.
fn set_names(ty: &'static TypeObject) -> PyResult<()> {
    for (key, value) in dict::items(ty.dict.get()) {
        let vt = type_of(value.value());
        if !vt.is_heap() {
            continue;
        }
        let Some(hook) = vt.lookup(static_name!("__set_name__"))? else {
            continue;
        };
        let bound = bind(hook, value.value(), Some(vt.as_value()))?;
        if ops::call(bound.value(), &[ty.as_value(), key.value()], None).is_err() {
            let cause = errors::take();
            let message = format!(
                "Error calling __set_name__ on '{}' instance {} in '{}'",
                vt.name,
                text(ops::repr(key.value())?),
                ty.name
            );
            let raised = errors::raise(&RUNTIME_ERROR, message);
            if let (Some(cause), Some(exc)) = (cause, errors::take()) {
                crate::objects::exception::set_cause(exc.value(), Some(cause));
                return Err(errors::restore(exc));
            }
            return Err(raised);
        }
    }
    Ok(())
}

/// `super(ty, ty).__init_subclass__(**kwargs)`.
fn init_subclass(ty: &'static TypeObject, kwargs: Option<Value>) -> PyResult<()> {
    let mro = ty.resolution_order();
    let key = new_str("__init_subclass__");
    for t in &mro[1..] {
        let d = t.dict.get();
        let found = if d.is_null() {
            builtin_slot(t, "__init_subclass__")
        } else {
            dict::get_item(d, key.value())?
        };
        if let Some(f) = found {
            let bound = bind(f, none(), Some(ty.as_value()))?;
            return call_with_kwargs(bound.value(), &[], kwargs).map(drop);
        }
    }
    Ok(())
}

// ----- metaclasses: the slots of a type whose instances are classes -----

fn the_type(v: Value) -> &'static TypeObject {
    unsafe { &*v.as_ptr::<TypeObject>() }
}

pub fn meta_repr(v: Value) -> PyResult<Ref> {
    let meta = type_of(v);
    if let Some(r) = meta.lookup(static_name!("__repr__"))? {
        return ops::call(bind(r, v, Some(meta.as_value()))?.value(), &[], None);
    }
    (TYPE_TYPE.repr)(v)
}

pub fn meta_str(v: Value) -> PyResult<Ref> {
    let meta = type_of(v);
    if let Some(r) = meta.lookup(static_name!("__str__"))? {
        return ops::call(bind(r, v, Some(meta.as_value()))?.value(), &[], None);
    }
    meta_repr(v)
}

/// Calling a class whose metaclass is `type(v)`: the metaclass's `__call__`, or `type`'s.
pub fn meta_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let meta = type_of(v);
    if let Some(call) = meta.lookup(static_name!("__call__"))? {
        let bound = bind(call, v, Some(meta.as_value()))?;
        return ops::call(bound.value(), args, kwnames);
    }
    type_call(v, args, kwnames)
}

fn type_call(cls: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let ty = the_type(cls);
    match ty.construct {
        Some(construct) => construct(ty, args, kwnames),
        None => Err(errors::type_error(format!(
            "cannot create '{}' instances",
            ty.name
        ))),
    }
}

/// Calling a metaclass `M(name, bases, ns, **kw)`: its `__new__` (or `type.__new__`), then
/// its `__init__`.
pub fn meta_construct(
    meta: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let obj = match meta.lookup(static_name!("__new__"))? {
        Some(new) => {
            let mut full = vec![meta.as_value()];
            full.extend_from_slice(args);
            ops::call(class::unwrap_staticmethod(new), &full, kwnames)?
        }
        None => {
            let mut full = vec![meta.as_value()];
            full.extend_from_slice(args);
            type_new_slot(&full, kwnames)?
        }
    };
    if !type_of(obj.value()).is_subtype(meta) {
        return Ok(obj);
    }
    if let Some(init) = meta.lookup(static_name!("__init__"))? {
        let bound = bind(init, obj.value(), Some(meta.as_value()))?;
        let r = ops::call(bound.value(), args, kwnames)?;
        if r.value() != none() {
            return Err(errors::type_error(format!(
                "__init__() should return None, not '{}'",
                type_of(r.value()).name
            )));
        }
    }
    Ok(obj)
}

/// Attributes of a class whose metaclass is defined in Python: the metaclass's data
/// descriptors, then the class's own MRO, then the metaclass's other attributes.
pub fn meta_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let meta = type_of(v);
    if name == "__class__" {
        return Ok(Some(Ref::new(meta.as_value())));
    }
    let found = match meta.lookup(static_name!("__getattribute__"))? {
        Some(custom) => {
            let bound = bind(custom, v, Some(meta.as_value()))?;
            let key = crate::objects::attr_cache::intern(name);
            ops::call(bound.value(), &[key], None).map(Some)
        }
        None => meta_getattribute(v, meta, name),
    };
    match found {
        Ok(Some(r)) => return Ok(Some(r)),
        Ok(None) => {}
        // `__getattr__` also answers when a descriptor raises AttributeError.
        Err(e) if errors::matches(&ATTRIBUTE_ERROR) => {
            if meta.lookup(static_name!("__getattr__"))?.is_none() {
                return Err(e);
            }
            errors::take();
        }
        Err(e) => return Err(e),
    }
    if let Some(getattr) = meta.lookup(static_name!("__getattr__"))? {
        let bound = bind(getattr, v, Some(meta.as_value()))?;
        return ops::call(bound.value(), &[new_str(name).value()], None).map(Some);
    }
    Ok(None)
}

/// `type.__getattribute__` of a class whose metaclass is `meta`.
fn meta_getattribute(v: Value, meta: &'static TypeObject, name: &str) -> PyResult<Option<Ref>> {
    let found = meta.lookup(name)?;
    if let Some(d) = found {
        if class::is_data_descriptor(d)? {
            return bind(d, v, Some(meta.as_value())).map(Some);
        }
    }
    if let Some(r) = class::type_getattr(v, name)? {
        return Ok(Some(r));
    }
    match found {
        Some(d) => bind(d, v, Some(meta.as_value())).map(Some),
        None => Ok(None),
    }
}

pub fn meta_setattr(v: Value, name: &str, value: Option<Value>) -> PyResult<()> {
    let meta = type_of(v);
    let hook = if value.is_some() {
        "__setattr__"
    } else {
        "__delattr__"
    };
    if let Some(custom) = meta.lookup(hook)? {
        let bound = bind(custom, v, Some(meta.as_value()))?;
        let n = new_str(name);
        let mut args = vec![n.value()];
        args.extend(value);
        return ops::call(bound.value(), &args, None).map(drop);
    }
    if let Some(d) = meta.lookup(name)? {
        let dt = type_of(d);
        let hook = if value.is_some() {
            "__set__"
        } else {
            "__delete__"
        };
        if dt.is_heap() {
            if let Some(set) = dt.lookup(hook)? {
                let mut args = vec![d, v];
                args.extend(value);
                return ops::call(set, &args, None).map(drop);
            }
        }
    }
    class::type_setattr(v, name, value)
}

/// `C[x]` for classes: the metaclass's `__getitem__`, or the class's `__class_getitem__`.
pub fn meta_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let meta = type_of(v);
    if let Some(getitem) = meta.lookup(static_name!("__getitem__"))? {
        let bound = bind(getitem, v, Some(meta.as_value()))?;
        return ops::call(bound.value(), &[key], None);
    }
    type_getitem(v, key)
}

/// `C[x]` through `__class_getitem__` (PEP 560).
pub fn type_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let ty = the_type(v);
    if ty.is_heap() {
        if let Some(f) = ty.lookup(static_name!("__class_getitem__"))? {
            let bound = bind(f, none(), Some(v))?;
            return ops::call(bound.value(), &[key], None);
        }
    }
    Err(errors::type_error(format!(
        "'{}' object is not subscriptable",
        type_of(v).name
    )))
}

unsafe fn class_dealloc(v: Value) {
    panic!(
        "pylift runtime: the class {} was freed",
        (*v.as_ptr::<TypeObject>()).name
    );
}

/// Gives a metaclass (a class deriving from `type`) the slots that work on its instances,
/// which are classes.
pub fn install_meta_slots(t: &mut TypeObject) {
    t.dealloc = class_dealloc;
    t.gc = None;
    t.repr = meta_repr;
    t.str = Some(meta_str);
    t.call = Some(meta_call);
    t.construct = Some(meta_construct);
    t.getattr = Some(meta_getattr);
    t.setattr = Some(meta_setattr);
    t.getitem = Some(meta_getitem);
}

// ----- isinstance and issubclass -----

/// `isinstance(obj, cls)` with the metaclass's `__instancecheck__`.
pub fn isinstance(obj: Value, cls: Value) -> PyResult<bool> {
    if type_of(obj).as_value() == cls {
        return Ok(true);
    }
    if let Some(ty) = as_type(cls) {
        if let Some(verdict) = check_hook(cls, "__instancecheck__", obj)? {
            return Ok(verdict);
        }
        return Ok(
            type_of(obj).is_subtype(ty) || claimed_class(obj)?.is_some_and(|c| c.is_subtype(ty))
        );
    }
    if is_tuple(cls) {
        return any_of(cls, " in __instancecheck__", |c| isinstance(obj, c));
    }
    // An object that is not a class answers through its type's hook (typing's aliases).
    if let Some(verdict) = check_hook(cls, "__instancecheck__", obj)? {
        return Ok(verdict);
    }
    Err(errors::type_error(
        "isinstance() arg 2 must be a type or tuple of types",
    ))
}

/// The answer of the metaclass's `__instancecheck__` or `__subclasscheck__` (`hook`) about
/// `arg`, when the metaclass defines one.
fn check_hook(cls: Value, hook: &'static str, arg: Value) -> PyResult<Option<bool>> {
    let meta = type_of(cls);
    if !meta.is_heap() {
        return Ok(None);
    }
    let Some(f) = meta.lookup(hook)? else {
        return Ok(None);
    };
    let bound = bind(f, cls, Some(meta.as_value()))?;
    let context = if hook == "__instancecheck__" {
        " in __instancecheck__"
    } else {
        " in __subclasscheck__"
    };
    let r = crate::recursion::guard(context, || ops::call(bound.value(), &[arg], None))?;
    ops::is_true(r.value()).map(Some)
}

/// Whether `check` holds for one of the items of the tuple `classes`.
fn any_of(
    classes: Value,
    context: &str,
    check: impl Fn(Value) -> PyResult<bool>,
) -> PyResult<bool> {
    crate::recursion::guard(context, || {
        for item in tuple_items(classes) {
            if check(item.value())? {
                return Ok(true);
            }
        }
        Ok(false)
    })
}

/// The class an instance claims through a `__class__` its class overrides, when that is a
/// class other than its type (`isinstance` accepts those too).
fn claimed_class(obj: Value) -> PyResult<Option<&'static TypeObject>> {
    let ty = type_of(obj);
    if !ty.is_heap() || ty.lookup(static_name!("__class__"))?.is_none() {
        return Ok(None);
    }
    let claimed = ops::get_attr_or_none(obj, new_str("__class__").value())?;
    Ok(claimed
        .and_then(|c| as_type(c.value()))
        .filter(|c| !std::ptr::eq(*c, ty)))
}

/// `issubclass(derived, cls)` with the metaclass's `__subclasscheck__`.
pub fn issubclass(derived: Value, cls: Value) -> PyResult<bool> {
    if let Some(ty) = as_type(cls) {
        if let Some(verdict) = check_hook(cls, "__subclasscheck__", derived)? {
            return Ok(verdict);
        }
        let Some(d) = as_type(derived) else {
            return Err(errors::type_error("issubclass() arg 1 must be a class"));
        };
        return Ok(d.is_subtype(ty));
    }
    if is_tuple(cls) {
        return any_of(cls, " in __subclasscheck__", |c| issubclass(derived, c));
    }
    if let Some(verdict) = check_hook(cls, "__subclasscheck__", derived)? {
        return Ok(verdict);
    }
    if as_type(derived).is_none() {
        return Err(errors::type_error("issubclass() arg 1 must be a class"));
    }
    Err(errors::type_error(
        "issubclass() arg 2 must be a class or tuple of classes",
    ))
}

// ----- the dunders of object and type, as unbound descriptors -----
//
// `object`'s `__init__`, `__new__`, `__setattr__`, ... are methods of its type object
// (`builtin_subclass::OBJECT_METHODS`); these are the ones of `type`, and those of `object`
// that class creation uses.

#[derive(Clone, Copy, PartialEq)]
pub enum SlotKind {
    /// Bound to the instance, like a function.
    Method,
    /// Never bound (`__new__`).
    Static,
    /// Bound to the class (`__init_subclass__`, `__prepare__`).
    Class,
}

/// A dunder of `object` or `type` implemented in Rust (CPython's slot wrappers); called with
/// the receiver first.
#[repr(C)]
pub struct SlotWrapper {
    header: ObjHeader,
    name: &'static str,
    owner: &'static TypeObject,
    pub kind: SlotKind,
    f: fn(&[Value], Option<Value>) -> PyResult<Ref>,
}

unsafe impl Sync for SlotWrapper {}

fn slot_call(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let w = unsafe { &*v.as_ptr::<SlotWrapper>() };
    let nkw = kwnames.map_or(0, |k| tuple_items(k).len());
    if w.kind == SlotKind::Method {
        if args.len() == nkw {
            return Err(errors::type_error(format!(
                "descriptor '{}' of '{}' object needs an argument",
                w.name, w.owner.name
            )));
        }
        if !type_of(args[0]).is_subtype(w.owner) {
            return Err(errors::type_error(format!(
                "descriptor '{}' requires a '{}' object but received a '{}'",
                w.name,
                w.owner.name,
                type_of(args[0]).name
            )));
        }
    }
    (w.f)(args, kwnames)
}

pub static SLOT_WRAPPER_TYPE: TypeObject = TypeObject {
    repr: |v| {
        let w = unsafe { &*v.as_ptr::<SlotWrapper>() };
        let what = match w.kind {
            SlotKind::Method => "slot wrapper",
            SlotKind::Static => "built-in method",
            SlotKind::Class => "method",
        };
        Ok(new_string(format!(
            "<{what} '{}' of '{}' objects>",
            w.name, w.owner.name
        )))
    },
    call: Some(slot_call),
    getattr: Some(|v, name| {
        let w = unsafe { &*v.as_ptr::<SlotWrapper>() };
        Ok(match name {
            "__name__" | "__qualname__" => Some(new_str(w.name)),
            "__objclass__" => Some(Ref::new(w.owner.as_value())),
            "__doc__" => Some(crate::objects::docstrings::method_doc(w.owner, w.name)),
            _ => None,
        })
    }),
    ..TypeObject::new("wrapper_descriptor")
};

pub fn is_slot_wrapper(v: Value) -> bool {
    std::ptr::eq(type_of(v), &SLOT_WRAPPER_TYPE)
}

macro_rules! slots {
    ($($static_name:ident: $owner:ident $name:literal $kind:ident $f:expr;)*) => {
        $(static $static_name: SlotWrapper = SlotWrapper {
            header: ObjHeader::immortal(&SLOT_WRAPPER_TYPE),
            name: $name,
            owner: &$owner,
            kind: SlotKind::$kind,
            f: $f,
        };)*
        static OBJECT_SLOTS: &[&SlotWrapper] = &[$(&$static_name),*];
    };
}

fn positional<'a>(
    name: &str,
    args: &'a [Value],
    kwnames: Option<Value>,
    n: usize,
) -> PyResult<&'a [Value]> {
    crate::builtins::args::no_keywords(name, kwnames)?;
    if args.len() != n {
        return Err(errors::type_error(format!(
            "expected {} argument{}, got {}",
            n - 1,
            if n == 2 { "" } else { "s" },
            args.len() - 1
        )));
    }
    Ok(args)
}

fn attr_name(v: Value) -> PyResult<&'static str> {
    as_str(v).ok_or_else(|| {
        errors::type_error(format!(
            "attribute name must be string, not '{}'",
            type_of(v).name
        ))
    })
}

fn object_init_subclass(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    if args.len() > 1 || kw.is_some_and(|k| !tuple_items(k).is_empty()) {
        return Err(errors::type_error(
            "__init_subclass__() takes no keyword arguments",
        ));
    }
    Ok(none_ref())
}

fn object_format(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__format__", args, kw, 2)?;
    let Some(spec) = as_str(a[1]) else {
        return Err(errors::type_error(format!(
            "__format__() argument must be str, not {}",
            type_of(a[1]).name
        )));
    };
    if !spec.is_empty() {
        return Err(errors::type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_of(a[0]).name
        )));
    }
    ops::str(a[0])
}

fn object_subclasshook(_: &[Value], _: Option<Value>) -> PyResult<Ref> {
    Ok(not_implemented())
}

fn type_new_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let (pos, kwargs) = split_kwargs(args, kw)?;
    let Some(&mcls) = pos.first() else {
        return Err(errors::type_error("type.__new__(): not enough arguments"));
    };
    let Some(meta) = as_type(mcls).filter(|t| t.is_subtype(&TYPE_TYPE)) else {
        return Err(errors::type_error(format!(
            "type.__new__(X): X is not a type object ({})",
            type_of(mcls).name
        )));
    };
    if pos.len() == 2 && std::ptr::eq(meta, &TYPE_TYPE) && dict::len(kwargs.value()) == 0 {
        return Ok(Ref::new(type_of(pos[1]).as_value()));
    }
    if pos.len() != 4 {
        return Err(errors::type_error("type() takes 1 or 3 arguments"));
    }
    type_new(meta, pos[1], pos[2], pos[3], Some(kwargs.value()))
}

fn type_init(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let nkw = kw.map_or(0, |k| tuple_items(k).len());
    let n = args.len() - nkw;
    if n != 2 && n != 4 {
        return Err(errors::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(none_ref())
}

fn type_call_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    type_call(args[0], &args[1..], kw)
}

fn type_prepare(_: &[Value], _: Option<Value>) -> PyResult<Ref> {
    Ok(dict::new_dict())
}

fn type_instancecheck(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__instancecheck__", args, kw, 2)?;
    Ok(bool_ref(type_of(a[1]).is_subtype(the_type(a[0]))))
}

fn type_subclasscheck(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__subclasscheck__", args, kw, 2)?;
    let Some(d) = as_type(a[1]) else {
        return Err(errors::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(bool_ref(d.is_subtype(the_type(a[0]))))
}

fn type_mro(cls: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    no_args("mro", args, kwnames)?;
    let classes = the_type(cls).resolution_order();
    Ok(new_list(
        classes.iter().map(|t| Ref::new(t.as_value())).collect(),
    ))
}

/// The classes defined in Python that name the class as a direct base, oldest first (classes
/// are never freed, so none has died meanwhile).
fn type_subclasses(cls: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    no_args("__subclasses__", args, kwnames)?;
    let classes = class::subclasses_of(the_type(cls));
    Ok(new_list(
        classes.iter().map(|t| Ref::new(t.as_value())).collect(),
    ))
}

/// The methods of `type` that are not slots (CPython's `type_methods`).
pub static TYPE_METHODS: &[Method] = &[
    Method::new("mro", type_mro),
    Method::new("__subclasses__", type_subclasses),
];

fn type_repr_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__repr__", args, kw, 1)?;
    (TYPE_TYPE.repr)(a[0])
}

fn type_setattr_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__setattr__", args, kw, 3)?;
    class::type_setattr(a[0], attr_name(a[1])?, Some(a[2]))?;
    Ok(none_ref())
}

fn type_delattr_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__delattr__", args, kw, 2)?;
    class::type_setattr(a[0], attr_name(a[1])?, None)?;
    Ok(none_ref())
}

fn type_getattribute_slot(args: &[Value], kw: Option<Value>) -> PyResult<Ref> {
    let a = positional("__getattribute__", args, kw, 2)?;
    let name = attr_name(a[1])?;
    match class::type_getattr(a[0], name)? {
        Some(r) => Ok(r),
        None => Err(errors::raise(
            &ATTRIBUTE_ERROR,
            format!(
                "type object '{}' has no attribute '{name}'",
                the_type(a[0]).name
            ),
        )),
    }
}

slots! {
    OBJECT_INIT_SUBCLASS: OBJECT_TYPE "__init_subclass__" Class object_init_subclass;
    OBJECT_SUBCLASSHOOK: OBJECT_TYPE "__subclasshook__" Class object_subclasshook;
    OBJECT_FORMAT: OBJECT_TYPE "__format__" Method object_format;
    TYPE_NEW: TYPE_TYPE "__new__" Static type_new_slot;
    TYPE_INIT: TYPE_TYPE "__init__" Method type_init;
    TYPE_CALL: TYPE_TYPE "__call__" Method type_call_slot;
    TYPE_PREPARE: TYPE_TYPE "__prepare__" Class type_prepare;
    TYPE_INSTANCECHECK: TYPE_TYPE "__instancecheck__" Method type_instancecheck;
    TYPE_SUBCLASSCHECK: TYPE_TYPE "__subclasscheck__" Method type_subclasscheck;
    TYPE_REPR: TYPE_TYPE "__repr__" Method type_repr_slot;
    TYPE_SETATTR: TYPE_TYPE "__setattr__" Method type_setattr_slot;
    TYPE_DELATTR: TYPE_TYPE "__delattr__" Method type_delattr_slot;
    TYPE_GETATTRIBUTE: TYPE_TYPE "__getattribute__" Method type_getattribute_slot;
}

/// The dunder `name` that the builtin type `ty` itself defines (`object` and `type` only).
pub fn builtin_slot(ty: &'static TypeObject, name: &str) -> Option<Value> {
    if !std::ptr::eq(ty, &OBJECT_TYPE) && !std::ptr::eq(ty, &TYPE_TYPE) {
        return None;
    }
    OBJECT_SLOTS
        .iter()
        .find(|s| std::ptr::eq(s.owner, ty) && s.name == name)
        .map(|s| Value::from_ptr(*s as *const SlotWrapper))
}

/// The namespace of a builtin type, for its `__dict__`: its methods, and the dunders of
/// `object` and `type` made here.
pub fn builtin_namespace(ty: &'static TypeObject) -> PyResult<Ref> {
    let d = dict::new_dict();
    for slot in OBJECT_SLOTS.iter().filter(|s| std::ptr::eq(s.owner, ty)) {
        let v = Value::from_ptr(*slot as *const SlotWrapper);
        dict::set_item(d.value(), new_str(slot.name).value(), v)?;
    }
    for m in ty.methods {
        if let Some(attr) = crate::objects::method::type_attribute(ty, m.name) {
            dict::set_item(d.value(), new_str(m.name).value(), attr.value())?;
        }
    }
    if is_unhashable_builtin(ty) {
        dict::set_item(d.value(), new_str("__hash__").value(), none())?;
    }
    Ok(d)
}

/// Whether the builtin type `ty` itself (not a base) has `name` in its namespace: a method of
/// its table, a slot wrapper, a member its `getattr` answers, or a dunder of a slot it sets
/// differently from its base (CPython's `add_operators`; `list.__hash__` is None).
pub fn builtin_defines(ty: &'static TypeObject, name: &str) -> bool {
    if ty.methods.iter().any(|m| m.name == name)
        || ty.members.contains(&name)
        || builtin_slot(ty, name).is_some()
    {
        return true;
    }
    let Some(base) = ty.base else {
        return false;
    };
    match name {
        "__repr__" => ty.repr as usize != base.repr as usize,
        "__str__" => ty.str.map(|f| f as usize) != base.str.map(|f| f as usize),
        "__hash__" => ty.hash.map(|f| f as usize) != base.hash.map(|f| f as usize),
        _ => false,
    }
}

/// The dunder `name` of the builtin types in `ty`'s MRO (after its classes defined in Python).
pub fn builtin_slot_in_mro(ty: &'static TypeObject, name: &str) -> Option<Value> {
    ty.resolution_order().into_iter().find_map(|t| {
        if name == "__hash__" && is_unhashable_builtin(t) {
            return Some(none());
        }
        builtin_slot(t, name)
    })
}

/// A builtin type whose instances cannot be hashed has `__hash__ = None` in its namespace
/// (CPython's `PyObject_HashNotImplemented`).
fn is_unhashable_builtin(ty: &TypeObject) -> bool {
    !ty.is_heap() && ty.hash.is_none()
}

/// What a slot wrapper becomes when read through `instance` (None: through the class).
pub fn bind_slot(descr: Value, instance: Value, owner: Option<Value>) -> Ref {
    let w = unsafe { &*descr.as_ptr::<SlotWrapper>() };
    match w.kind {
        SlotKind::Static => Ref::new(descr),
        SlotKind::Method if instance == none() => Ref::new(descr),
        SlotKind::Method => class::new_method(descr, instance),
        SlotKind::Class => {
            let cls = owner.unwrap_or_else(|| type_of(instance).as_value());
            class::new_method(descr, cls)
        }
    }
}
