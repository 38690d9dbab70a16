//! The `sys` module.

use std::cell::{Cell, RefCell};
use std::sync::atomic::Ordering;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::dict;
use crate::objects::exception::{self, new_exception, RECURSION_ERROR, SYSTEM_EXIT};
use crate::objects::float::new_float;
use crate::objects::function::BuiltinFunction;
use crate::objects::int::{from_i64, int_view, MAX_STR_DIGITS};
use crate::objects::list::{list_items, new_list};
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::{as_str, new_str, new_string};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::objects::type_object::TypeObject;
use crate::ops::type_of;
use crate::recursion::pl_recursion;
use crate::value::Value;

use super::arguments::{self, Signature};
use super::struct_sequence::{
    new_struct_sequence, FLOAT_INFO_TYPE, HASH_INFO_TYPE, INT_INFO_TYPE, VERSION_INFO_TYPE,
};

/// The version pylift implements.
const VERSION: (i64, i64, i64) = (3, 8, 20);
const VERSION_TEXT: &str = "3.8.20 (default, pylift) \n[pylift]";

/// A value kept for the life of the process, shared by the one thread running Python code.
struct Global<T>(T);
unsafe impl<T> Sync for Global<T> {}

static ARGV: Global<RefCell<Vec<String>>> = Global(RefCell::new(Vec::new()));

/// Called at start-up with the process arguments (the executable's path first).
pub fn set_argv(argv: Vec<String>) {
    *ARGV.0.borrow_mut() = argv;
}

/// The `sys` module's dict once it is imported (a strong reference), else 0.
static SYS_DICT: Global<Cell<Value>> = Global(Cell::new(Value::NULL));

/// Drops what the module keeps outside its dict, at shutdown.
pub fn release() {
    for root in [&SYS_DICT.0, &INTERNED.0] {
        let v = root.replace(Value::NULL);
        if !v.is_null() {
            crate::object::decref(v);
        }
    }
}

/// `sys.stdout` as the program has it now; None when the program set it to None.
pub fn stdout() -> PyResult<Option<Ref>> {
    let d = SYS_DICT.0.get();
    let default = || Ref::new(Value::from_ptr(&super::stdio::STDOUT));
    if d.is_null() {
        return Ok(Some(default()));
    }
    let key = new_str("stdout");
    match dict::get_item(d, key.value())? {
        Some(v) if v == none() => Ok(None),
        Some(v) => Ok(Some(Ref::new(v))),
        // Deleted: CPython's print raises RuntimeError("lost sys.stdout").
        None => Err(errors::raise(&exception::RUNTIME_ERROR, "lost sys.stdout")),
    }
}

// ---- The int ↔ str digit limit ------------------------------------------------------------------

/// The smallest limit other than 0 (unlimited) that CPython accepts.
const MIN_STR_DIGITS: i64 = 640;
const DEFAULT_MAX_STR_DIGITS: i64 = 4300;

/// Applies `PYTHONINTMAXSTRDIGITS` at start-up. An invalid value is fatal in CPython: the
/// error is the text to print on stderr before exiting with status 1.
pub fn read_environment() -> Result<(), String> {
    let Some(text) = std::env::var_os("PYTHONINTMAXSTRDIGITS") else {
        return Ok(());
    };
    let text = text.to_string_lossy();
    // An empty variable counts as unset, as for every PYTHON* variable.
    if text.is_empty() {
        return Ok(());
    }
    match parse_str_digits_limit(&text) {
        Some(limit) => {
            MAX_STR_DIGITS.store(limit, Ordering::Relaxed);
            Ok(())
        }
        None => Err("Fatal Python error: config_init_int_max_str_digits: \
                     PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\n\
                     Python runtime state: preinitialized\n\n"
            .to_string()),
    }
}

/// A digit limit as CPython reads it with `strtol`: leading whitespace and a sign, then only
/// digits; 0 (unlimited) or at least 640, within a C int.
fn parse_str_digits_limit(text: &str) -> Option<usize> {
    let n: i32 = text.trim_start().parse().ok()?;
    (n == 0 || i64::from(n) >= MIN_STR_DIGITS).then_some(n as usize)
}

static SET_INT_MAX_STR_DIGITS: Signature = Signature {
    name: "set_int_max_str_digits",
    positional: &["maxdigits"],
    required: 1,
    keyword_only: &[],
};

fn set_int_max_str_digits(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    arguments::at_most("set_int_max_str_digits", a, k, 1)?;
    let limit = arguments::c_int(SET_INT_MAX_STR_DIGITS.bind(a, k)?[0].unwrap())?;
    if limit != 0 && limit < MIN_STR_DIGITS {
        return Err(errors::value_error(
            "maxdigits must be 0 or larger than 640",
        ));
    }
    MAX_STR_DIGITS.store(limit as usize, Ordering::Relaxed);
    Ok(none_ref())
}

// ---- Recursion ----------------------------------------------------------------------------------

fn setrecursionlimit(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let limit = arguments::c_int(args::exact("setrecursionlimit", a, k, 1)?[0])?;
    if limit < 1 {
        return Err(errors::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    // CPython refuses a limit whose "low-water mark" the current depth has reached. Its depth
    // also counts this call, which pylift's does not.
    let low_water_mark = if limit > 200 {
        limit - 50
    } else {
        3 * (limit >> 2)
    };
    let depth = pl_recursion.depth.get() + 1;
    if depth >= low_water_mark {
        return Err(errors::raise(
            &RECURSION_ERROR,
            format!(
                "cannot set the recursion limit to {limit} at the recursion depth {depth}: \
                 the limit is too low"
            ),
        ));
    }
    crate::recursion::set_limit(limit);
    Ok(none_ref())
}

// ---- Exceptions ---------------------------------------------------------------------------------

/// `sys.exit([status])`: raises SystemExit, which start-up turns into the exit status.
fn exit(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = arguments::positional("exit", a, k, 0, 1)?;
    let args = a.iter().map(|v| Ref::new(*v)).collect();
    Err(errors::set(new_exception(&SYSTEM_EXIT, args)))
}

/// A traceback object, as far as pylift has them: the frames an exception went through, with
/// their line numbers (`tb_lineno`) and the next frame inwards (`tb_next`).
#[repr(C)]
struct Traceback {
    header: ObjHeader,
    exception: Ref,
    /// Index into the exception's entries, which run from the innermost frame outwards.
    entry: usize,
}

fn new_traceback(exc: Value, entry: usize) -> Ref {
    let v = object::alloc(Traceback {
        header: ObjHeader::new(&TRACEBACK_TYPE),
        exception: Ref::new(exc),
        entry,
    });
    unsafe { Ref::from_owned(v) }
}

/// The outermost traceback of `exc`, or None if it never left a frame.
fn traceback_of(exc: Value) -> Ref {
    match exception::traceback(exc).len() {
        0 => none_ref(),
        n => new_traceback(exc, n - 1),
    }
}

fn traceback_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    let tb = unsafe { &*v.as_ptr::<Traceback>() };
    let entries = exception::traceback(tb.exception.value());
    Ok(match name {
        "tb_lineno" => Some(from_i64(entries[tb.entry].line.into())),
        "tb_next" if tb.entry == 0 => Some(none_ref()),
        "tb_next" => Some(new_traceback(tb.exception.value(), tb.entry - 1)),
        _ => None,
    })
}

static TRACEBACK_TYPE: TypeObject = TypeObject {
    dealloc: |v| unsafe { object::free::<Traceback>(v) },
    getattr: Some(traceback_getattr),
    ..TypeObject::new("traceback")
};

fn exc_info(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    arguments::none("exc_info", a, k)?;
    let info = match errors::handled() {
        Some(exc) => vec![
            Ref::new(type_of(exc).as_value()),
            Ref::new(exc),
            traceback_of(exc),
        ],
        None => vec![none_ref(), none_ref(), none_ref()],
    };
    Ok(new_tuple(info))
}

// ---- Object sizes -------------------------------------------------------------------------------

/// `__sizeof__` of a builtin object: the bytes CPython 3.8 reports on 64-bit Linux.
/// Containers count their allocation as CPython would have made it; objects of other types
/// count a bare header.
pub fn sizeof(v: Value) -> usize {
    use crate::objects::*;
    if let Some(i) = int_view(v) {
        let digits = (i.bit_length() as usize).div_ceil(30);
        return 24 + 4 * digits;
    }
    if let Some(text) = as_str(v) {
        return str_size(text);
    }
    if let Some(data) = bytes::bytes_data(v) {
        return 33 + data.len();
    }
    if bytearray::is_bytearray(v) {
        return 56 + bytearray::allocated(v);
    }
    let ty = type_of(v);
    if std::ptr::eq(ty, &float::FLOAT_TYPE) {
        24
    } else if std::ptr::eq(ty, &complex::COMPLEX_TYPE) {
        32
    } else if tuple::is_tuple(v) {
        24 + 8 * tuple_items(v).len()
    } else if list::is_list(v) {
        40 + 8 * list_allocation(list_items(v))
    } else if dict::is_dict(v) {
        dict_size(dict::len(v))
    } else if set::is_anyset(v) {
        set_size(set::table_slots(v))
    } else if range::is_range(v) {
        48
    } else if slice::is_slice(v) {
        40
    } else if std::ptr::eq(ty, &function::BUILTIN_FUNCTION_TYPE) {
        56
    } else if function::is_function(v) {
        120
    } else if std::ptr::eq(ty, &module::MODULE_TYPE) {
        56
    } else if exception::is_exception(v) {
        64
    } else {
        16
    }
}

/// Whether CPython allocates `v` behind the cycle collector's 16-byte header, which
/// `getsizeof` counts on top of `__sizeof__`: the containers, and instances of classes.
fn has_gc_header(v: Value) -> bool {
    use crate::objects::*;
    let ty = type_of(v);
    ty.is_heap()
        || tuple::is_tuple(v)
        || list::is_list(v)
        || dict::is_dict(v)
        || set::is_anyset(v)
        || slice::is_slice(v)
        || std::ptr::eq(ty, &function::BUILTIN_FUNCTION_TYPE)
        || function::is_function(v)
        || std::ptr::eq(ty, &module::MODULE_TYPE)
        || exception::is_exception(v)
}

/// Compact strings: a header, then one, two or four bytes per character and a terminator.
fn str_size(text: &str) -> usize {
    let n = text.chars().count();
    match text.chars().map(u32::from).max().unwrap_or(0) {
        0..=0x7f => 48 + n + 1,
        0x80..=0xff => 72 + n + 1,
        0x100..=0xffff => 72 + 2 * (n + 1),
        _ => 72 + 4 * (n + 1),
    }
}

/// A list's allocated slots: exact when it was built whole (a display, `list(...)`), and as
/// CPython's growth pattern leaves them when it grew by appending.
fn list_allocation(items: &Vec<Ref>) -> usize {
    if items.capacity() == items.len() {
        return items.len();
    }
    let mut allocated = 0;
    for size in 1..=items.len() {
        if size > allocated {
            allocated = size + (size >> 3) + if size < 9 { 3 } else { 6 };
        }
    }
    allocated
}

/// A dict of `len` items filled by insertion: the table starts with 8 slots, two thirds of
/// them usable, and grows to the power of two at least three times the items.
fn dict_size(len: usize) -> usize {
    if len == 0 {
        return 48;
    }
    let usable = |size: usize| size * 2 / 3;
    let mut size = 8;
    while len > usable(size) {
        size = (usable(size) * 3).next_power_of_two();
    }
    let index_bytes = match size {
        0..=128 => 1,
        129..=0xffff => 2,
        _ => 4,
    };
    48 + 40 + size * index_bytes + 24 * usable(size)
}

/// A set whose table has `slots` slots: the first 8 live inside the object.
fn set_size(slots: usize) -> usize {
    200 + if slots > 8 { 16 * slots } else { 0 }
}

/// `sys.getsizeof(object[, default])`: the object's `__sizeof__`, and the collector's header.
fn getsizeof(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bound = args::bind("getsizeof", a, k, &["object", "default"], 1)?;
    let object = bound[0].unwrap();
    match reported_size(object) {
        Ok(size) => Ok(from_i64(size + if has_gc_header(object) { 16 } else { 0 })),
        Err(_) if bound[1].is_some() && errors::matches(&exception::TYPE_ERROR) => {
            errors::take();
            Ok(Ref::new(bound[1].unwrap()))
        }
        Err(raised) => Err(raised),
    }
}

/// What `object.__sizeof__()` returns, checked to be a size.
fn reported_size(object: Value) -> PyResult<i64> {
    let name = new_str("__sizeof__");
    let size = crate::ops::call_method(object, name.value(), &[], None)?;
    let Some(size) = int_view(size.value()) else {
        return Err(errors::type_error("an integer is required"));
    };
    match size.to_i64() {
        Some(n) if n >= 0 => Ok(n),
        Some(_) => Err(errors::value_error("__sizeof__() should return >= 0")),
        None => Err(errors::overflow_error(
            "Python int too large to convert to C ssize_t",
        )),
    }
}

// ---- Strings ------------------------------------------------------------------------------------

/// The interned strings: each text's one object.
static INTERNED: Global<Cell<Value>> = Global(Cell::new(Value::NULL));

fn intern(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let s = args::exact("intern", a, k, 1)?[0];
    if as_str(s).is_none() {
        return Err(errors::type_error(format!(
            "intern() argument must be str, not {}",
            type_of(s).name
        )));
    }
    if INTERNED.0.get().is_null() {
        INTERNED.0.set(dict::new_dict().into_raw());
    }
    let table = INTERNED.0.get();
    if let Some(existing) = dict::get_item(table, s)? {
        return Ok(Ref::new(existing));
    }
    dict::set_item(table, s, s)?;
    Ok(Ref::new(s))
}

// ---- The module ---------------------------------------------------------------------------------

/// `sys._getframe(depth=0)`: the frame of the compiled code `depth` calls below the caller.
fn getframe(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = arguments::positional("_getframe", a, k, 0, 1)?;
    let depth = match a.first() {
        Some(&d) => arguments::c_int(d)?,
        None => 0,
    };
    // A negative depth is the caller's frame, as in CPython.
    let code = crate::recursion::compiled_frame(depth.max(0) as usize)
        .ok_or_else(|| errors::value_error("call stack is not deep enough"))?;
    Ok(crate::objects::code::new_frame(code))
}

fn constant(name: &str, a: &[Value], k: Option<Value>, value: &str) -> PyResult<Ref> {
    arguments::none(name, a, k)?;
    Ok(new_str(value))
}

static FUNCTIONS: [BuiltinFunction; 11] = [
    BuiltinFunction::new("_getframe", getframe),
    BuiltinFunction::new("exc_info", exc_info),
    BuiltinFunction::new("exit", exit),
    BuiltinFunction::new("getdefaultencoding", |a, k| {
        constant("getdefaultencoding", a, k, "utf-8")
    }),
    BuiltinFunction::new("getfilesystemencoding", |a, k| {
        constant("getfilesystemencoding", a, k, "utf-8")
    }),
    BuiltinFunction::new("get_int_max_str_digits", |a, k| {
        arguments::none("get_int_max_str_digits", a, k)?;
        Ok(from_i64(MAX_STR_DIGITS.load(Ordering::Relaxed) as i64))
    }),
    BuiltinFunction::new("getrecursionlimit", |a, k| {
        arguments::none("getrecursionlimit", a, k)?;
        Ok(from_i64(pl_recursion.limit.get()))
    }),
    BuiltinFunction::new("getsizeof", getsizeof),
    BuiltinFunction::new("intern", intern),
    BuiltinFunction::new("set_int_max_str_digits", set_int_max_str_digits),
    BuiltinFunction::new("setrecursionlimit", setrecursionlimit),
];

fn version_info() -> Ref {
    static FIELDS: [&str; 5] = ["major", "minor", "micro", "releaselevel", "serial"];
    let (major, minor, micro) = VERSION;
    let values = vec![
        from_i64(major),
        from_i64(minor),
        from_i64(micro),
        new_str("final"),
        from_i64(0),
    ];
    new_struct_sequence(&VERSION_INFO_TYPE, &FIELDS, values)
}

fn float_info() -> Ref {
    static FIELDS: [&str; 11] = [
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ];
    let values = vec![
        new_float(f64::MAX),
        from_i64(f64::MAX_EXP.into()),
        from_i64(f64::MAX_10_EXP.into()),
        new_float(f64::MIN_POSITIVE),
        from_i64(f64::MIN_EXP.into()),
        from_i64(f64::MIN_10_EXP.into()),
        from_i64(f64::DIGITS.into()),
        from_i64(f64::MANTISSA_DIGITS.into()),
        new_float(f64::EPSILON),
        from_i64(f64::RADIX.into()),
        from_i64(1), // round to nearest
    ];
    new_struct_sequence(&FLOAT_INFO_TYPE, &FIELDS, values)
}

fn int_info() -> Ref {
    static FIELDS: [&str; 4] = [
        "bits_per_digit",
        "sizeof_digit",
        "default_max_str_digits",
        "str_digits_check_threshold",
    ];
    let values = vec![
        from_i64(30),
        from_i64(4),
        from_i64(DEFAULT_MAX_STR_DIGITS),
        from_i64(MIN_STR_DIGITS),
    ];
    new_struct_sequence(&INT_INFO_TYPE, &FIELDS, values)
}

fn hash_info() -> Ref {
    static FIELDS: [&str; 9] = [
        "width",
        "modulus",
        "inf",
        "nan",
        "imag",
        "algorithm",
        "hash_bits",
        "seed_bits",
        "cutoff",
    ];
    let values = vec![
        from_i64(64),
        from_i64(crate::objects::int::HASH_MODULUS),
        from_i64(314159),
        from_i64(0),
        from_i64(1000003),
        new_str("siphash24"),
        from_i64(64),
        from_i64(128),
        from_i64(0),
    ];
    new_struct_sequence(&HASH_INFO_TYPE, &FIELDS, values)
}

/// The running executable, and the directory it is in (CPython's script directory).
fn executable() -> (String, String) {
    let exe = std::env::current_exe().unwrap_or_default();
    let dir = exe
        .parent()
        .map(|d| d.display().to_string())
        .unwrap_or_default();
    (exe.display().to_string(), dir)
}

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    let argv: Vec<Ref> = ARGV.0.borrow().iter().map(|a| new_str(a)).collect();
    super::add_value(m, "argv", new_list(argv))?;
    // A compiled program takes no -W options.
    super::add_value(m, "warnoptions", new_list(Vec::new()))?;
    super::add_value(m, "modules", Ref::new(super::modules_dict()))?;
    let (exe, dir) = executable();
    super::add_value(m, "path", new_list(vec![new_string(dir)]))?;
    super::add_value(m, "executable", new_string(exe))?;
    super::add_value(m, "maxsize", from_i64(i64::MAX))?;
    super::add_value(m, "maxunicode", from_i64(char::MAX as i64))?;
    super::add_str(m, "version", VERSION_TEXT)?;
    super::add_value(m, "version_info", version_info())?;
    let (major, minor, micro) = VERSION;
    let hexversion = (major << 24) | (minor << 16) | (micro << 8) | 0xf0;
    super::add_value(m, "hexversion", from_i64(hexversion))?;
    super::add_value(m, "float_info", float_info())?;
    super::add_value(m, "int_info", int_info())?;
    super::add_value(m, "hash_info", hash_info())?;
    super::add_str(m, "float_repr_style", "short")?;
    super::add_str(m, "platform", "linux")?;
    let byteorder = if cfg!(target_endian = "little") {
        "little"
    } else {
        "big"
    };
    super::add_str(m, "byteorder", byteorder)?;
    for (name, stream) in super::stdio::standard_streams() {
        super::add_value(m, name, Ref::new(stream))?;
        super::add_value(m, &format!("__{name}__"), Ref::new(stream))?;
    }
    let d = crate::objects::module::dict_of(m);
    object::incref(d);
    SYS_DICT.0.set(d);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dict_sizes_follow_cpython_growth() {
        // `{...}.__sizeof__()` in CPython 3.8; getsizeof adds the 16-byte collector header.
        let sizes: Vec<usize> = [0, 1, 5, 6, 10, 11, 21, 22].map(dict_size).to_vec();
        assert_eq!(sizes, [48, 216, 216, 344, 344, 624, 624, 1160]);
    }

    #[test]
    fn str_digits_limits_parse_as_cpython_does() {
        let parsed: Vec<Option<usize>> = [
            "1000",
            " 700",
            "+640",
            "0",
            "639",
            "-5",
            "abc",
            "7 ",
            "99999999999",
        ]
        .map(parse_str_digits_limit)
        .to_vec();
        assert_eq!(
            parsed,
            [
                Some(1000),
                Some(700),
                Some(640),
                Some(0),
                None,
                None,
                None,
                None,
                None
            ]
        );
    }

    #[test]
    fn str_sizes_depend_on_the_widest_character() {
        assert_eq!(str_size(""), 49);
        assert_eq!(str_size("abc"), 52);
        assert_eq!(str_size("é"), 74);
        assert_eq!(str_size("€"), 76);
        assert_eq!(str_size("😀"), 80);
    }
}
