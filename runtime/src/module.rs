//! What generated code hands the runtime about each module and code object, as static data.
//!
//! Architecture invariant: these `#[repr(C)]` layouts are written word by word by the compiler's
//! codegen (`compiler/src/codegen/data.rs`); every field is one 8-byte word or a `StrRef` (two).

use std::cell::Cell;

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::dict;
use crate::objects::exception::NAME_ERROR;
use crate::objects::str::as_str;
use crate::value::Value;

/// Text in the executable's read-only data, UTF-8.
#[repr(C)]
pub struct StrRef {
    pub ptr: *const u8,
    pub len: usize,
}

impl StrRef {
    pub fn as_str(&self) -> &'static str {
        unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(self.ptr, self.len)) }
    }
}

/// One compiled code object (module body, function).
#[repr(C)]
pub struct CodeInfo {
    pub name: StrRef,
    pub qualname: StrRef,
    pub module: *const ModuleInfo,
    pub first_line: u64,
    /// Every parameter slot: positional (the first `posonly_count` of them positional-only),
    /// keyword-only, then `*args` and `**kwargs` when the flags say so.
    pub param_count: u64,
    /// `param_count` names.
    pub param_names: *const StrRef,
    pub posonly_count: u64,
    pub positional_count: u64,
    pub kwonly_count: u64,
    /// `CodeInfo::VARARGS | CodeInfo::VARKEYWORDS | CodeInfo::COROUTINE | CodeInfo::ASYNC_GENERATOR`.
    pub flags: u64,
    /// A generator function's frame slots that own references at each resume label (null
    /// for other functions): the number of resume labels `n`, then `n + 2` indices into this
    /// array (label `k`'s slots are from the one at `k + 1` to the next; label 0, not started,
    /// holds the arguments), then the slots.
    pub resume_slots: *const u64,
    /// `co_varnames`, `co_cellvars` and `co_freevars`: counts and names.
    pub varname_count: u64,
    pub varnames: *const StrRef,
    pub cellvar_count: u64,
    pub cellvars: *const StrRef,
    pub freevar_count: u64,
    pub freevars: *const StrRef,
}

impl CodeInfo {
    pub const VARARGS: u64 = 1;
    pub const VARKEYWORDS: u64 = 2;
    /// An `async def` (or asynchronous comprehension): calls make coroutines.
    pub const COROUTINE: u64 = 4;
    /// An `async def` with `yield`: calls make asynchronous generators.
    pub const ASYNC_GENERATOR: u64 = 8;
    /// A generator function (not a coroutine).
    pub const GENERATOR: u64 = 16;
    /// Defined inside another function (CPython's `CO_NESTED`).
    pub const NESTED: u64 = 32;

    pub fn has_varargs(&self) -> bool {
        self.flags & Self::VARARGS != 0
    }

    pub fn has_varkeywords(&self) -> bool {
        self.flags & Self::VARKEYWORDS != 0
    }

    /// The frame slots that own references while a generator is suspended at `label`.
    pub fn owned_slots(&self, label: u64) -> &'static [u64] {
        if self.resume_slots.is_null() {
            return &[];
        }
        unsafe {
            let labels = *self.resume_slots;
            if label > labels {
                return &[];
            }
            let start = *self.resume_slots.add(label as usize + 1);
            let end = *self.resume_slots.add(label as usize + 2);
            std::slice::from_raw_parts(
                self.resume_slots.add(start as usize),
                (end - start) as usize,
            )
        }
    }

    pub fn params(&self) -> &'static [StrRef] {
        names(self.param_count, self.param_names)
    }

    pub fn varnames(&self) -> &'static [StrRef] {
        names(self.varname_count, self.varnames)
    }

    pub fn cellvars(&self) -> &'static [StrRef] {
        names(self.cellvar_count, self.cellvars)
    }

    pub fn freevars(&self) -> &'static [StrRef] {
        names(self.freevar_count, self.freevars)
    }
}

fn names(count: u64, array: *const StrRef) -> &'static [StrRef] {
    if count == 0 {
        return &[];
    }
    unsafe { std::slice::from_raw_parts(array, count as usize) }
}

/// How a constant is made at start-up.
#[repr(u64)]
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ConstKind {
    /// `data` is UTF-8 text.
    Str = 0,
    /// `data` is the decimal text of an int too large to tag.
    BigInt = 1,
    /// `len` holds the bits of an f64.
    Float = 2,
    /// A tuple of earlier constants: `data` points to `len` u64 constant indices.
    Tuple = 3,
    /// `data` is the value of a bytes literal.
    Bytes = 4,
    /// `data` holds the bits of the real part (not an address), `len` those of the imaginary.
    Complex = 5,
}

#[repr(C)]
pub struct ConstDesc {
    pub kind: u64,
    pub data: *const u8,
    pub len: u64,
}

#[repr(C)]
pub struct ModuleInfo {
    pub name: StrRef,
    /// The path tracebacks show: the script's as given on the command line, an imported
    /// module's absolute path (as CPython finds it through `sys.path`).
    pub filename: StrRef,
    /// The source text, for the lines tracebacks show.
    pub source: StrRef,
    pub const_count: u64,
    pub const_descs: *const ConstDesc,
    /// Filled at start-up with immortal objects; generated code loads constants from here.
    pub consts: *mut Value,
    /// The module's globals dict, filled at start-up.
    pub globals: *mut Value,
    /// Runs the module body; returns None, or 0 with an exception set.
    pub body: unsafe extern "C" fn() -> Value,
}

/// One global-load site's cache (DESIGN §4, Globals): valid while both dicts keep their versions.
#[repr(C)]
pub struct GlobalCache {
    pub globals_version: Cell<u64>,
    pub builtins_version: Cell<u64>,
    pub value: Cell<Value>,
}

/// What one attribute site found for objects of type `ty` while the type keeps the version tag
/// `version` (DESIGN §4, Attributes). Zeroed until used.
#[repr(C)]
pub struct AttrEntry {
    pub ty: Cell<*const crate::objects::type_object::TypeObject>,
    pub version: Cell<u64>,
    /// An `attr_cache::Kind`.
    pub kind: Cell<u64>,
    /// The class attribute (borrowed: the version changes before the class lets go of it), or
    /// a builtin method's `Method` record.
    pub value: Cell<Value>,
}

/// One attribute site's cache: entries for the last types seen there, the latest first, so
/// that a site reached by a few classes (a method of a base class) keeps hitting.
#[repr(C)]
pub struct AttrCache {
    pub entries: [AttrEntry; 4],
}

/// Makes the module's constants, the first time, and a new globals dict. A module is
/// initialised again when importing it failed and it is imported anew, as in CPython; its
/// constants stay.
///
/// # Safety
/// `module` must point to a `ModuleInfo` emitted by the compiler.
pub unsafe fn init_module(module: &ModuleInfo) -> PyResult<()> {
    let constants_made = module.const_count > 0 && !(*module.consts).is_null();
    if !constants_made {
        for i in 0..module.const_count as usize {
            let desc = &*module.const_descs.add(i);
            let value = make_constant(desc, std::slice::from_raw_parts(module.consts, i))?;
            // Constants live as long as the program: immortal, never freed (interned names
            // already are).
            if !crate::objects::attr_cache::is_immortal(value.value()) {
                crate::object::make_immortal(value.value());
            }
            *module.consts.add(i) = value.into_raw();
        }
    }
    let globals = dict::new_dict();
    dict::set_item(
        globals.value(),
        crate::objects::str::new_str("__name__").value(),
        crate::objects::str::new_str(module.name.as_str()).value(),
    )?;
    let earlier = std::mem::replace(&mut *module.globals, globals.into_raw());
    if !earlier.is_null() {
        crate::object::decref(earlier);
    }
    Ok(())
}

/// `earlier` are the constants already made; tuples refer to them by index.
unsafe fn make_constant(desc: &ConstDesc, earlier: &[Value]) -> PyResult<Ref> {
    let text =
        || std::str::from_utf8_unchecked(std::slice::from_raw_parts(desc.data, desc.len as usize));
    Ok(match desc.kind {
        // Identifier-like text is interned, as CPython interns such constants: attribute names
        // are then the very keys of the namespaces, and their hashes are computed once.
        k if k == ConstKind::Str as u64 => {
            let text = text();
            if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Ref::new(crate::objects::attr_cache::intern(text))
            } else {
                crate::objects::str::new_str(text)
            }
        }
        // Literal text, possibly with a base prefix and underscores.
        k if k == ConstKind::BigInt as u64 => crate::objects::int::parse_int(text(), 0)?,
        k if k == ConstKind::Float as u64 => {
            crate::objects::float::new_float(f64::from_bits(desc.len))
        }
        k if k == ConstKind::Complex as u64 => {
            crate::objects::complex::new_complex(crate::objects::complex::Complex {
                re: f64::from_bits(desc.data as u64),
                im: f64::from_bits(desc.len),
            })
        }
        k if k == ConstKind::Bytes as u64 => crate::objects::bytes::new_bytes(
            std::slice::from_raw_parts(desc.data, desc.len as usize).to_vec(),
        ),
        k if k == ConstKind::Tuple as u64 => {
            let indices = std::slice::from_raw_parts(desc.data as *const u64, desc.len as usize);
            crate::objects::tuple::new_tuple(
                indices
                    .iter()
                    .map(|&i| Ref::new(earlier[i as usize]))
                    .collect(),
            )
        }
        k => panic!("pylift runtime: unknown constant kind {k}"),
    })
}

/// LOAD_GLOBAL: the module's globals, then builtins; the result is borrowed.
pub fn load_global(module: &ModuleInfo, name: Value, cache: &GlobalCache) -> PyResult<Value> {
    let globals = unsafe { *module.globals };
    let builtins = crate::builtins::builtins_dict();
    let (gv, bv) = (dict::version(globals), dict::version(builtins));
    if cache.globals_version.get() == gv && cache.builtins_version.get() == bv {
        return Ok(cache.value.get());
    }
    let found = match dict::get_item(globals, name)? {
        Some(v) => v,
        None => match dict::get_item(builtins, name)? {
            Some(v) => v,
            None => {
                return Err(errors::raise(
                    &NAME_ERROR,
                    format!("name '{}' is not defined", as_str(name).unwrap()),
                ))
            }
        },
    };
    cache.globals_version.set(gv);
    cache.builtins_version.set(bv);
    cache.value.set(found);
    Ok(found)
}

pub fn store_global(module: &ModuleInfo, name: Value, value: Value) -> PyResult<()> {
    dict::set_item(unsafe { *module.globals }, name, value)
}

pub fn delete_global(module: &ModuleInfo, name: Value) -> PyResult<()> {
    if dict::del_item(unsafe { *module.globals }, name)? {
        Ok(())
    } else {
        Err(errors::raise(
            &NAME_ERROR,
            format!("name '{}' is not defined", as_str(name).unwrap()),
        ))
    }
}
