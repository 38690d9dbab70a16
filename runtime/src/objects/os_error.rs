//! `OSError` and its subclasses: the `errno`, `strerror` and `filename` fields, the message
//! `[Errno 2] No such file or directory: 'name'`, and the subclass an errno selects
//! (`OSError(2, ...)` makes a FileNotFoundError, as in CPython 3.8).

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::dict;
use crate::objects::exception::{exception_type, instance_dict, new_exception, EXCEPTION};
use crate::objects::int::{from_i64, int_view};
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::{new_str, new_string};
use crate::objects::type_object::TypeObject;
use crate::ops;
use crate::value::Value;

/// The fields an OSError made with two to five arguments has, in constructor order
/// (`winerror` is Windows-only and always None here).
const FIELDS: [&str; 5] = ["errno", "strerror", "filename", "winerror", "filename2"];

const fn os_error_type(name: &'static str, base: &'static TypeObject) -> TypeObject {
    TypeObject {
        str: Some(os_error_str),
        getattr: Some(os_error_getattr),
        construct: Some(os_error_construct),
        ..exception_type(name, base)
    }
}

pub static OS_ERROR: TypeObject = os_error_type("OSError", &EXCEPTION);

/// Declares the subclasses with the errno values (Linux's, the same on both targets) that
/// select them.
macro_rules! os_error_subclasses {
    ($($static:ident = $name:literal : $base:ident [$($errno:literal),*];)*) => {
        $(pub static $static: TypeObject = os_error_type($name, &$base);)*

        /// OSError and its subclasses, for the builtins module.
        pub static ALL: &[&TypeObject] = &[&OS_ERROR, $(&$static),*];

        /// The subclass `OSError(errno, ...)` makes.
        fn subclass_for(errno: i64) -> Option<&'static TypeObject> {
            $(
                if [$($errno),*].contains(&errno) {
                    return Some(&$static);
                }
            )*
            None
        }
    };
}

os_error_subclasses! {
    BLOCKING_IO_ERROR = "BlockingIOError": OS_ERROR [11, 114, 115];
    CHILD_PROCESS_ERROR = "ChildProcessError": OS_ERROR [10];
    CONNECTION_ERROR = "ConnectionError": OS_ERROR [];
    BROKEN_PIPE_ERROR = "BrokenPipeError": CONNECTION_ERROR [32, 108];
    CONNECTION_ABORTED_ERROR = "ConnectionAbortedError": CONNECTION_ERROR [103];
    CONNECTION_REFUSED_ERROR = "ConnectionRefusedError": CONNECTION_ERROR [111];
    CONNECTION_RESET_ERROR = "ConnectionResetError": CONNECTION_ERROR [104];
    FILE_EXISTS_ERROR = "FileExistsError": OS_ERROR [17];
    FILE_NOT_FOUND_ERROR = "FileNotFoundError": OS_ERROR [2];
    INTERRUPTED_ERROR = "InterruptedError": OS_ERROR [4];
    IS_A_DIRECTORY_ERROR = "IsADirectoryError": OS_ERROR [21];
    NOT_A_DIRECTORY_ERROR = "NotADirectoryError": OS_ERROR [20];
    PERMISSION_ERROR = "PermissionError": OS_ERROR [1, 13];
    PROCESS_LOOKUP_ERROR = "ProcessLookupError": OS_ERROR [3];
    TIMEOUT_ERROR = "TimeoutError": OS_ERROR [110];
}

fn field(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let Some(d) = instance_dict(v, false) else {
        return Ok(None);
    };
    Ok(dict::get_item(d, new_str(name).value())?.map(Ref::new))
}

fn os_error_construct(
    ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    crate::builtins::args::no_keywords(ty.name, kwnames)?;
    let with_fields = (2..=5).contains(&args.len());
    let ty = match args.first().and_then(|&e| int_view(e)) {
        Some(errno) if with_fields && std::ptr::eq(ty, &OS_ERROR) => {
            errno.to_i64().and_then(subclass_for).unwrap_or(&OS_ERROR)
        }
        _ => ty,
    };
    // With a filename, `args` keeps only the errno and the message.
    let kept = if with_fields && args.len() > 2 {
        2
    } else {
        args.len()
    };
    let e = new_exception(ty, args[..kept].iter().map(|a| Ref::new(*a)).collect());
    if with_fields {
        let d = instance_dict(e.value(), true).expect("made on request");
        for (name, value) in FIELDS.iter().zip(args) {
            dict::set_item(d, new_str(name).value(), *value)?;
        }
    }
    Ok(e)
}

fn os_error_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    if FIELDS.contains(&name) || name == "characters_written" {
        if let Some(found) = field(v, name)? {
            return Ok(Some(found));
        }
        if name != "characters_written" {
            return Ok(Some(none_ref()));
        }
    }
    crate::objects::exception::exception_getattr(v, name)
}

fn os_error_str(v: Value) -> PyResult<Ref> {
    let present =
        |name| -> PyResult<Option<Ref>> { Ok(field(v, name)?.filter(|f| f.value() != none())) };
    let (Some(errno), Some(strerror)) = (present("errno")?, present("strerror")?) else {
        return crate::objects::exception::exception_str(v);
    };
    let errno = ops::str_text(errno.value())?;
    let strerror = ops::str_text(strerror.value())?;
    let mut text = format!("[Errno {errno}] {strerror}");
    if let Some(filename) = present("filename")? {
        text.push_str(&format!(
            ": {}",
            ops::str_text(ops::repr(filename.value())?.value())?
        ));
        if let Some(filename2) = present("filename2")? {
            text.push_str(&format!(
                " -> {}",
                ops::str_text(ops::repr(filename2.value())?.value())?
            ));
        }
    }
    Ok(new_string(text))
}

/// Raises the OSError subclass for a failed system call on `filename`, with the C library's
/// message for its errno, as CPython's `PyErr_SetFromErrnoWithFilename`.
pub fn raise_for_io(error: &std::io::Error, filename: Value) -> errors::Raised {
    let errno = error.raw_os_error().unwrap_or(0);
    let message = strerror(errno);
    let args = [
        from_i64(errno as i64),
        new_string(message),
        Ref::new(filename),
    ];
    let values: Vec<Value> = args.iter().map(Ref::value).collect();
    match os_error_construct(&OS_ERROR, &values, None) {
        Ok(e) => errors::set(e),
        Err(raised) => raised,
    }
}

/// The C library's text for an errno (`strerror`), without Rust's " (os error N)" suffix.
fn strerror(errno: i32) -> String {
    let text = std::io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}
