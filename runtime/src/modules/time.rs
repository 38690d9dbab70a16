//! The `time` module: the clocks CPython reads on Linux, and `sleep`.

use std::ffi::c_int;

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::float::{float_value, new_float};
use crate::objects::function::BuiltinFunction;
use crate::objects::int::{from_i64, int_view};
use crate::objects::singletons::none_ref;
use crate::ops::type_of;
use crate::value::Value;

use super::arguments;

/// The clocks of `clock_gettime` that CPython uses for each function.
#[derive(Clone, Copy)]
enum Clock {
    /// `time()`: wall-clock time since the epoch.
    Realtime = 0,
    /// `monotonic()` and `perf_counter()`.
    Monotonic = 1,
    /// `process_time()`: CPU time of the process.
    ProcessCpu = 2,
}

/// C's `struct timespec`, whose two `long`s are 64 bits on the supported targets.
#[repr(C)]
struct Timespec {
    seconds: i64,
    nanoseconds: i64,
}

extern "C" {
    fn clock_gettime(clock: c_int, time: *mut Timespec) -> c_int;
}

const NANOSECONDS_PER_SECOND: i64 = 1_000_000_000;

/// The clock's reading in nanoseconds (the clocks used always exist on Linux).
fn now_ns(clock: Clock) -> i64 {
    let mut t = Timespec {
        seconds: 0,
        nanoseconds: 0,
    };
    unsafe { clock_gettime(clock as c_int, &mut t) };
    t.seconds * NANOSECONDS_PER_SECOND + t.nanoseconds
}

/// Seconds as CPython converts nanoseconds to a float.
fn seconds(ns: i64) -> f64 {
    ns as f64 / 1e9
}

fn read_seconds(name: &str, a: &[Value], k: Option<Value>, clock: Clock) -> PyResult<Ref> {
    arguments::none(name, a, k)?;
    Ok(new_float(seconds(now_ns(clock))))
}

fn read_ns(name: &str, a: &[Value], k: Option<Value>, clock: Clock) -> PyResult<Ref> {
    arguments::none(name, a, k)?;
    Ok(from_i64(now_ns(clock)))
}

fn too_large() -> errors::Raised {
    errors::overflow_error("timestamp too large to convert to C _PyTime_t")
}

/// A duration in seconds (an int or a float) as nanoseconds, rounded away from zero as
/// CPython rounds timeouts.
fn duration_ns(v: Value) -> PyResult<i64> {
    if let Some(f) = float_value(v) {
        if f.is_nan() {
            return Err(errors::value_error("Invalid value NaN (not a number)"));
        }
        let ns = f * 1e9;
        let ns = if ns >= 0.0 { ns.ceil() } else { ns.floor() };
        // i64::MAX as f64 rounds up to 2**63, which is already out of range.
        if !(ns >= i64::MIN as f64 && ns < i64::MAX as f64) {
            return Err(too_large());
        }
        return Ok(ns as i64);
    }
    let Some(i) = int_view(v) else {
        return Err(errors::type_error(format!(
            "an integer is required (got type {})",
            type_of(v).name
        )));
    };
    i.to_i64()
        .and_then(|s| s.checked_mul(NANOSECONDS_PER_SECOND))
        .ok_or_else(too_large)
}

fn sleep(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let ns = duration_ns(args::exact("sleep", a, k, 1)?[0])?;
    if ns < 0 {
        return Err(errors::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(none_ref())
}

macro_rules! clock_functions {
    ($($seconds:literal, $ns:literal: $clock:ident;)*) => {
        [$(
            BuiltinFunction::new($seconds, |a, k| read_seconds($seconds, a, k, Clock::$clock)),
            BuiltinFunction::new($ns, |a, k| read_ns($ns, a, k, Clock::$clock)),
        )*]
    };
}

static CLOCKS: [BuiltinFunction; 8] = clock_functions! {
    "time", "time_ns": Realtime;
    "monotonic", "monotonic_ns": Monotonic;
    "perf_counter", "perf_counter_ns": Monotonic;
    "process_time", "process_time_ns": ProcessCpu;
};

static SLEEP: [BuiltinFunction; 1] = [BuiltinFunction::new("sleep", sleep)];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &CLOCKS)?;
    super::add_functions(m, &SLEEP)
}
