//! Code objects: a compiled function's `__code__`, answering from the static `CodeInfo` record
//! the compiler emitted for it. Only the attributes that record can answer truthfully exist;
//! there is no bytecode (`co_code`, `co_consts`, `co_lnotab`, ...).
//!
//! Also the frames `sys._getframe` returns, as far as compiled code has them: which code runs
//! at that level of the stack (`recursion.rs`), hence `f_code` and `f_globals`; no line, locals
//! or `f_back`.

use std::cell::RefCell;

use crate::errors::PyResult;
use crate::module::{CodeInfo, StrRef};
use crate::object::{ObjHeader, Ref};
use crate::objects::int::from_i64;
use crate::objects::str::{new_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::type_object::TypeObject;
use crate::value::Value;

#[repr(C)]
struct CodeObject {
    header: ObjHeader,
    info: *const CodeInfo,
}

struct CodeObjects(RefCell<Vec<Value>>);
// The runtime runs Python code on one thread at a time.
unsafe impl Sync for CodeObjects {}

/// One code object per compiled code, made at first use and kept for the program's life (as
/// the functions' code is), so that `f.__code__ is f.__code__`.
static CODE_OBJECTS: CodeObjects = CodeObjects(RefCell::new(Vec::new()));

/// The code object of `info`.
pub fn code_object(info: &'static CodeInfo) -> Ref {
    let mut made = CODE_OBJECTS.0.borrow_mut();
    let existing = made
        .iter()
        .find(|v| std::ptr::eq(unsafe { (*v.as_ptr::<CodeObject>()).info }, info));
    if let Some(&v) = existing {
        return Ref::new(v);
    }
    let v = crate::object::alloc(CodeObject {
        header: ObjHeader::new(&CODE_TYPE),
        info,
    });
    crate::object::make_immortal(v);
    made.push(v);
    Ref::new(v)
}

fn info(v: Value) -> &'static CodeInfo {
    unsafe { &*(*v.as_ptr::<CodeObject>()).info }
}

/// CPython 3.8's `co_flags` bits.
mod flags {
    pub const OPTIMIZED: u64 = 0x1;
    pub const NEWLOCALS: u64 = 0x2;
    pub const VARARGS: u64 = 0x4;
    pub const VARKEYWORDS: u64 = 0x8;
    pub const NESTED: u64 = 0x10;
    pub const GENERATOR: u64 = 0x20;
    pub const NOFREE: u64 = 0x40;
    pub const COROUTINE: u64 = 0x80;
    pub const ASYNC_GENERATOR: u64 = 0x200;
}

fn co_flags(code: &CodeInfo) -> u64 {
    let mut bits = flags::OPTIMIZED | flags::NEWLOCALS;
    let ours = [
        (CodeInfo::VARARGS, flags::VARARGS),
        (CodeInfo::VARKEYWORDS, flags::VARKEYWORDS),
        (CodeInfo::NESTED, flags::NESTED),
        (CodeInfo::GENERATOR, flags::GENERATOR),
        (CodeInfo::ASYNC_GENERATOR, flags::ASYNC_GENERATOR),
    ];
    for (pylift, cpython) in ours {
        if code.flags & pylift != 0 {
            bits |= cpython;
        }
    }
    // An asynchronous generator is not also a coroutine.
    if code.flags & (CodeInfo::COROUTINE | CodeInfo::ASYNC_GENERATOR) == CodeInfo::COROUTINE {
        bits |= flags::COROUTINE;
    }
    if code.cellvar_count == 0 && code.freevar_count == 0 {
        bits |= flags::NOFREE;
    }
    bits
}

fn names_tuple(names: &[StrRef]) -> Ref {
    new_tuple(names.iter().map(|n| new_str(n.as_str())).collect())
}

fn filename(code: &CodeInfo) -> &'static str {
    unsafe { code.module.as_ref() }.map_or("", |m| m.filename.as_str())
}

fn code_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let code = info(v);
    Ok(Some(match name {
        "co_name" => new_str(code.name.as_str()),
        "co_filename" => new_str(filename(code)),
        "co_firstlineno" => from_i64(code.first_line as i64),
        "co_argcount" => from_i64(code.positional_count as i64),
        "co_posonlyargcount" => from_i64(code.posonly_count as i64),
        "co_kwonlyargcount" => from_i64(code.kwonly_count as i64),
        "co_nlocals" => from_i64(code.varname_count as i64),
        "co_varnames" => names_tuple(code.varnames()),
        "co_cellvars" => names_tuple(code.cellvars()),
        "co_freevars" => names_tuple(code.freevars()),
        "co_flags" => from_i64(co_flags(code) as i64),
        _ => return Ok(None),
    }))
}

pub static CODE_TYPE: TypeObject = TypeObject {
    repr: |v| {
        let code = info(v);
        Ok(new_string(format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            code.name.as_str(),
            v.0,
            filename(code),
            code.first_line
        )))
    },
    getattr: Some(code_getattr),
    members: &[
        "co_argcount",
        "co_cellvars",
        "co_filename",
        "co_firstlineno",
        "co_flags",
        "co_freevars",
        "co_kwonlyargcount",
        "co_name",
        "co_nlocals",
        "co_posonlyargcount",
        "co_varnames",
    ],
    ..TypeObject::new("code")
};

#[repr(C)]
struct FrameObject {
    header: ObjHeader,
    info: &'static CodeInfo,
}

/// A frame object for the compiled code `info` running on the stack.
pub fn new_frame(info: &'static CodeInfo) -> Ref {
    let v = crate::object::alloc(FrameObject {
        header: ObjHeader::new(&FRAME_TYPE),
        info,
    });
    unsafe { Ref::from_owned(v) }
}

/// The globals of the module whose code `info` is.
pub fn globals_of(info: &CodeInfo) -> Value {
    unsafe { *(*info.module).globals }
}

pub static FRAME_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { crate::object::free::<FrameObject>(v) },
    getattr: Some(|v, name| {
        let info = unsafe { (*v.as_ptr::<FrameObject>()).info };
        Ok(match name {
            "f_code" => Some(code_object(info)),
            "f_globals" => Some(Ref::new(globals_of(info))),
            _ => None,
        })
    }),
    members: &["f_code", "f_globals"],
    ..TypeObject::new("frame")
};
