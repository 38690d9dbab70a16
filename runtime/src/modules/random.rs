//! `_random`: the Mersenne Twister (MT19937) under `random` (`runtime/lib/random.py`), seeded,
//! drawn from and saved exactly as CPython 3.8's `_random.Random`, so that seeded sequences are
//! the same; and the two primitives `random.py` would take from `os` and `hashlib`.

use std::cell::UnsafeCell;
use std::io::Read;

use dashu_int::ops::UnsignedAbs;
use dashu_int::{IBig, UBig};

use crate::builtins::args;
use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::bytes::new_bytes;
use crate::objects::bytes_methods::require_bytes_like;
use crate::objects::float::new_float;
use crate::objects::function::BuiltinFunction;
use crate::objects::int::{from_big, from_i64, int_view, IntView};
use crate::objects::method_args;
use crate::objects::singletons::{none, none_ref};
use crate::objects::str::new_str;
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::type_object::{Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

use super::sha512;

// ----- the generator -----

/// The number of 32-bit words of state.
const N: usize = 624;
/// The distance to the word that each regenerated word is mixed with.
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

struct MersenneTwister {
    state: [u32; N],
    /// The next word of `state` to temper and return; `N` once all are used.
    index: usize,
}

impl MersenneTwister {
    /// Fills the state from one word (the reference implementation's `init_genrand`).
    fn seeded_with_word(seed: u32) -> MersenneTwister {
        let mut state = [0u32; N];
        state[0] = seed;
        for i in 1..N {
            let previous = state[i - 1];
            state[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        MersenneTwister { state, index: N }
    }

    /// Fills the state from a key of any length (the reference implementation's
    /// `init_by_array`), as CPython seeds from ints and from entropy.
    fn seeded_with_key(key: &[u32]) -> MersenneTwister {
        let mut mt = MersenneTwister::seeded_with_word(19_650_218);
        let state = &mut mt.state;
        let (mut i, mut j) = (1, 0);
        for _ in 0..N.max(key.len()) {
            let previous = state[i - 1];
            state[i] = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = state[i - 1];
            state[i] = (state[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        // The most significant bit is set so that the state is never all zeros.
        state[0] = 0x8000_0000;
        mt
    }

    /// Computes the next `N` words of state at once.
    fn regenerate(&mut self) {
        let state = &mut self.state;
        for k in 0..N {
            let y = (state[k] & UPPER_MASK) | (state[(k + 1) % N] & LOWER_MASK);
            let odd = if y & 1 == 1 { MATRIX_A } else { 0 };
            state[k] = state[(k + M) % N] ^ (y >> 1) ^ odd;
        }
        self.index = 0;
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.regenerate();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// A float in [0, 1) with 53 random bits: 27 from one draw, 26 from the next.
    fn next_f64(&mut self) -> f64 {
        let high = (self.next_u32() >> 5) as f64;
        let low = (self.next_u32() >> 6) as f64;
        (high * 67_108_864.0 + low) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` (> 0) random bits: whole draws fill 32-bit words from the least significant up,
    /// and the last draw gives its top bits.
    fn next_bits(&mut self, k: u32) -> Ref {
        if k <= 32 {
            return from_i64(i64::from(self.next_u32() >> (32 - k)));
        }
        let mut bytes = Vec::with_capacity(k.div_ceil(32) as usize * 4);
        let mut remaining = k;
        while remaining > 0 {
            let word = self.next_u32();
            let word = if remaining < 32 {
                word >> (32 - remaining)
            } else {
                word
            };
            bytes.extend_from_slice(&word.to_le_bytes());
            remaining = remaining.saturating_sub(32);
        }
        from_big(IBig::from(UBig::from_le_bytes(&bytes)))
    }
}

/// The 32-bit words of a non-negative int, least significant first; `[0]` for zero.
fn key_words(magnitude: &UBig) -> Vec<u32> {
    let mut words: Vec<u32> = magnitude
        .to_le_bytes()
        .chunks(4)
        .map(|chunk| {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            u32::from_le_bytes(word)
        })
        .collect();
    if words.is_empty() {
        words.push(0);
    }
    words
}

fn read_entropy(buffer: &mut [u8]) -> std::io::Result<()> {
    std::fs::File::open("/dev/urandom")?.read_exact(buffer)
}

/// A generator seeded from the system's entropy, or when that cannot be read, from the time
/// and the process id, as CPython falls back to.
fn seeded_from_entropy() -> MersenneTwister {
    let mut bytes = [0u8; N * 4];
    if read_entropy(&mut bytes).is_ok() {
        let key: Vec<u32> = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4-byte chunk")))
            .collect();
        return MersenneTwister::seeded_with_key(&key);
    }
    let since_epoch = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let nanos = since_epoch.as_nanos() as u64;
    MersenneTwister::seeded_with_key(&[nanos as u32, (nanos >> 32) as u32, std::process::id()])
}

/// A generator seeded from a seed object as CPython 3.8's `random_seed`: None from entropy, an
/// int from its absolute value, anything else from its hash read as an unsigned word.
fn seeded_from(seed: Option<Value>) -> PyResult<MersenneTwister> {
    let magnitude = match seed {
        None => return Ok(seeded_from_entropy()),
        Some(s) if s == none() => return Ok(seeded_from_entropy()),
        Some(s) => match int_view(s) {
            Some(IntView::Small(i)) => UBig::from(i.unsigned_abs()),
            Some(IntView::Big(b)) => b.unsigned_abs(),
            None => UBig::from(ops::hash(s)? as u64),
        },
    };
    Ok(MersenneTwister::seeded_with_key(&key_words(&magnitude)))
}

// ----- the type -----

#[repr(C)]
pub struct RandomObject {
    header: ObjHeader,
    twister: UnsafeCell<MersenneTwister>,
}

fn twister(v: Value) -> &'static mut MersenneTwister {
    unsafe { &mut *(*v.as_ptr::<RandomObject>()).twister.get() }
}

unsafe fn random_dealloc(v: Value) {
    object::free::<RandomObject>(v)
}

fn new_random(twister: MersenneTwister) -> Ref {
    let v = object::alloc(RandomObject {
        header: ObjHeader::new(&RANDOM_TYPE),
        twister: UnsafeCell::new(twister),
    });
    unsafe { Ref::from_owned(v) }
}

/// A new generator made by `Random(*args)` or a subclass's `__new__`, which ignores keyword
/// arguments. CPython 3.8 seeds it with the tuple of the positional arguments itself (so by
/// its hash), whatever `__init__` does next.
pub fn new_from_arguments(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let (positional, _) = args::split(a, k);
    let seed = new_tuple(positional.iter().map(|v| Ref::new(*v)).collect());
    Ok(new_random(seeded_from(Some(seed.value()))?))
}

fn random_construct(_ty: &'static TypeObject, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    args::no_keywords("Random", k)?;
    new_from_arguments(a, k)
}

fn random_seed(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let a = method_args::positional("seed", a, k, 0, 1)?;
    *twister(v) = seeded_from(a.first().copied())?;
    Ok(none_ref())
}

fn random_random(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("random", a, k)?;
    Ok(new_float(twister(v).next_f64()))
}

fn random_getrandbits(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let bits = method_args::c_int(args::exact("getrandbits", a, k, 1)?[0])?;
    match u32::try_from(bits) {
        Ok(bits) if bits > 0 => Ok(twister(v).next_bits(bits)),
        _ => Err(errors::value_error(
            "number of bits must be greater than zero",
        )),
    }
}

/// `getstate()`: the `N` words of state, then the index of the next word.
fn random_getstate(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("getstate", a, k)?;
    let mt = twister(v);
    let mut items: Vec<Ref> = mt.state.iter().map(|w| from_i64(i64::from(*w))).collect();
    items.push(from_i64(mt.index as i64));
    Ok(new_tuple(items))
}

/// A state word as C's `unsigned long` (then cut to 32 bits, as CPython stores it).
fn state_word(v: Value) -> PyResult<u32> {
    let Some(i) = int_view(v) else {
        return Err(errors::type_error("an integer is required"));
    };
    if i.is_negative() {
        return Err(errors::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    let word = u64::try_from(i.as_big().as_ref()).map_err(|_| {
        errors::overflow_error("Python int too large to convert to C unsigned long")
    })?;
    Ok(word as u32)
}

/// The saved index, as C's `long`.
fn state_index(v: Value) -> PyResult<usize> {
    let Some(i) = int_view(v) else {
        return Err(errors::type_error(format!(
            "an integer is required (got type {})",
            type_of(v).name
        )));
    };
    let index = i
        .to_i64()
        .ok_or_else(|| errors::overflow_error("Python int too large to convert to C long"))?;
    usize::try_from(index)
        .ok()
        .filter(|&index| index <= N)
        .ok_or_else(|| errors::value_error("invalid state"))
}

fn random_setstate(v: Value, a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let saved = args::exact("setstate", a, k, 1)?[0];
    if !is_tuple(saved) {
        return Err(errors::type_error("state vector must be a tuple"));
    }
    let items = tuple_items(saved);
    if items.len() != N + 1 {
        return Err(errors::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (word, item) in state.iter_mut().zip(items) {
        *word = state_word(item.value())?;
    }
    let index = state_index(items[N].value())?;
    *twister(v) = MersenneTwister { state, index };
    Ok(none_ref())
}

pub static RANDOM_TYPE: TypeObject = TypeObject {
    dealloc: random_dealloc,
    construct: Some(random_construct),
    methods: RANDOM_METHODS,
    getattr_only_members: true,
    ..TypeObject::new("_random.Random")
};

static RANDOM_METHODS: &[Method] = &[
    Method::new("seed", random_seed),
    Method::new("random", random_random),
    Method::new("getrandbits", random_getrandbits),
    Method::new("getstate", random_getstate),
    Method::new("setstate", random_setstate),
    crate::objects::builtin_subclass::new::RANDOM,
];

// ----- the module -----

/// `_urandom(n)`: `n` bytes from the system's entropy (`os.urandom`, for `SystemRandom`).
fn urandom(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let n = method_args::ssize(args::exact("_urandom", a, k, 1)?[0])?;
    let n = usize::try_from(n).map_err(|_| errors::value_error("negative argument not allowed"))?;
    let mut bytes = vec![0u8; n];
    read_entropy(&mut bytes)
        .map_err(|e| crate::objects::os_error::raise_for_io(&e, new_str("/dev/urandom").value()))?;
    Ok(new_bytes(bytes))
}

/// `_sha512(data)`: the SHA-512 digest of bytes or a bytearray, as bytes.
fn sha512_digest(a: &[Value], k: Option<Value>) -> PyResult<Ref> {
    let data = require_bytes_like(args::exact("_sha512", a, k, 1)?[0])?;
    Ok(new_bytes(sha512::digest(&data).to_vec()))
}

static FUNCTIONS: [BuiltinFunction; 2] = [
    BuiltinFunction::new("_urandom", urandom),
    BuiltinFunction::new("_sha512", sha512_digest),
];

pub fn init(m: Value) -> PyResult<()> {
    super::add_functions(m, &FUNCTIONS)?;
    super::add_value(m, "Random", Ref::new(RANDOM_TYPE.as_value()))
}

#[cfg(test)]
mod tests {
    use super::MersenneTwister;

    /// The reference implementation's published first outputs for its own test key.
    #[test]
    fn reference_outputs() {
        let mut mt = MersenneTwister::seeded_with_key(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            [1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }
}
