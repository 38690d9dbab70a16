//! Process start-up and shutdown.

use crate::module::ModuleInfo;
use crate::objects::dict;
use crate::objects::exception::{self, SYSTEM_EXIT};
use crate::objects::int::int_view;
use crate::value::Value;
use crate::{errors, gc, io, ops, traceback};

/// Python code runs on a thread with a large stack, so that the recursion limit, not the
/// stack, ends deep recursion (DESIGN §4, Recursion).
const PYTHON_STACK_SIZE: usize = 1 << 30;

struct SendModule(&'static ModuleInfo);
unsafe impl Send for SendModule {}

pub fn main(
    argc: i32,
    argv: *const *const std::ffi::c_char,
    module: &ModuleInfo,
    imported_modules: &'static [&'static ModuleInfo],
) -> i32 {
    let args = (0..argc.max(0) as usize)
        .map(|i| {
            unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    crate::modules::set_argv(args);
    crate::modules::set_program_modules(imported_modules);
    let module = SendModule(unsafe { &*(module as *const ModuleInfo) });
    let status = std::thread::Builder::new()
        .name("python".into())
        .stack_size(PYTHON_STACK_SIZE)
        .spawn(move || run_main_module(module))
        .map(|t| t.join().unwrap_or(1))
        .unwrap_or_else(|e| {
            io::write_stderr(&format!("pylift: cannot start the main thread: {e}\n"));
            1
        });
    io::flush_stdout();
    status
}

fn run_main_module(module: SendModule) -> i32 {
    let module = module.0;
    if let Err(message) = crate::modules::read_environment() {
        io::write_stderr(&message);
        return 1;
    }
    let status = run_body(module);
    shut_down(module);
    status
}

/// Runs the module body; the exit status, after printing the traceback of an uncaught
/// exception.
fn run_body(module: &ModuleInfo) -> i32 {
    let ok = crate::builtins::init().is_ok()
        && unsafe { crate::module::init_module(module) }.is_ok()
        && crate::modules::register_main_module(module).is_ok();
    if ok {
        let result = unsafe { (module.body)() };
        if !result.is_null() {
            crate::object::decref(result);
            return 0;
        }
    }
    let Some(exc) = errors::take() else {
        io::write_stderr("pylift: the program failed without an exception\n");
        return 1;
    };
    if exception::is_instance_of(exc.value(), &SYSTEM_EXIT) {
        return system_exit_status(exc.value());
    }
    traceback::print_exception(exc.value());
    1
}

/// What CPython's finalization does that a program can see: the main module's globals are
/// released in order (running the `__del__` of what they held), then the imported modules'
/// globals, then the collector frees the cycles left. With `PYLIFT_CHECK_LEAKS=1` the runtime's own roots go too, and objects still
/// alive — leaked references — are reported; the test suite runs every program so.
fn shut_down(module: &ModuleInfo) {
    let globals = unsafe { *module.globals };
    if !globals.is_null() {
        dict::clear(globals);
    }
    crate::modules::clear_program_module_globals();
    gc::collect_now(gc::GENERATIONS - 1);
    if std::env::var_os("PYLIFT_CHECK_LEAKS").is_some_and(|v| v == "1") {
        unsafe {
            *module.globals = Value::NULL;
        }
        if !globals.is_null() {
            crate::object::decref(globals);
        }
        crate::modules::release_modules();
        crate::builtins::release();
        crate::objects::class::release_class_namespaces();
        gc::collect_now(gc::GENERATIONS - 1);
        let alive = crate::object::live::count();
        if alive != 0 {
            io::write_stderr(&format!("pylift: {alive} objects still alive at exit\n"));
        }
    }
}

/// SystemExit(code): None is 0, an int is the status, anything else is printed and gives 1.
fn system_exit_status(exc: crate::value::Value) -> i32 {
    match exception::args(exc) {
        [] => 0,
        [code] => {
            let code = code.value();
            if code == crate::objects::singletons::none() {
                0
            } else if let Some(i) = int_view(code) {
                i.to_i64().map_or(-1, |v| v as i32)
            } else {
                let text = ops::str_text(code).unwrap_or_default();
                io::write_stderr(&format!("{text}\n"));
                1
            }
        }
        _ => {
            let text = ops::str_text(exc).unwrap_or_default();
            io::write_stderr(&format!("{text}\n"));
            1
        }
    }
}
