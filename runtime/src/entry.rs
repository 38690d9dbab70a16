//! Process start-up and shutdown.

use crate::module::ModuleInfo;
use crate::objects::exception::{self, SYSTEM_EXIT};
use crate::objects::int::int_view;
use crate::{errors, io, ops, traceback};

/// Python code runs on a thread with a large stack, so that the recursion limit, not the
/// stack, ends deep recursion (DESIGN §4, Recursion).
const PYTHON_STACK_SIZE: usize = 1 << 30;

struct SendModule(&'static ModuleInfo);
unsafe impl Send for SendModule {}

pub fn main(argc: i32, argv: *const *const std::ffi::c_char, module: &ModuleInfo) -> i32 {
    let args = (0..argc.max(0) as usize)
        .map(|i| {
            unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) }
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    crate::modules::set_argv(args);
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
    let ok =
        crate::builtins::init().is_ok() && unsafe { crate::module::init_module(module) }.is_ok();
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
