//! str: UTF-8 text with its length in code points cached, and an ASCII flag for O(1) indexing.

use std::cell::Cell;
use std::hash::Hasher;

use siphasher::sip::SipHasher24;

use crate::errors::{self, PyResult};
use crate::object::{self, ObjHeader, Ref};
use crate::objects::int::{self, index_value};
use crate::objects::singletons::{bool_ref, not_implemented};
use crate::objects::str_methods::{is_printable, STR_METHODS};
use crate::objects::type_object::{CompareOp, NumberSlots, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

#[repr(C)]
pub struct StrObject {
    header: ObjHeader,
    /// -1 until first computed.
    hash: Cell<i64>,
    char_len: usize,
    text: Box<str>,
}

impl StrObject {
    fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }
}

pub fn new_str(text: &str) -> Ref {
    if let [byte] = text.as_bytes() {
        if byte.is_ascii() {
            return ascii_char(*byte);
        }
    }
    new_string(text.into())
}

pub fn new_string(text: String) -> Ref {
    if let [byte] = text.as_bytes() {
        if byte.is_ascii() {
            return ascii_char(*byte);
        }
    }
    new_unshared_string(text)
}

/// A str object of its own, never a shared one: the base of a str subclass's instance,
/// whose header then changes.
pub fn new_unshared_string(text: String) -> Ref {
    let char_len = text.chars().count();
    let v = object::alloc(StrObject {
        header: ObjHeader::new(&STR_TYPE),
        hash: Cell::new(-1),
        char_len,
        text: text.into_boxed_str(),
    });
    unsafe { Ref::from_owned(v) }
}

/// The runtime runs Python code on one thread at a time.
struct AsciiChars([Cell<Value>; 128]);
unsafe impl Sync for AsciiChars {}

static ASCII_CHARS: AsciiChars = AsciiChars([const { Cell::new(Value::NULL) }; 128]);

/// The one immortal str of an ASCII character (CPython keeps its one-character strings too):
/// indexing and iterating over text makes them constantly.
fn ascii_char(byte: u8) -> Ref {
    let slot = &ASCII_CHARS.0[byte as usize];
    if slot.get().is_null() {
        let v = object::alloc(StrObject {
            header: ObjHeader::new(&STR_TYPE),
            hash: Cell::new(-1),
            char_len: 1,
            text: char::from(byte).to_string().into_boxed_str(),
        });
        object::make_immortal(v);
        slot.set(v);
    }
    Ref::new(slot.get())
}

unsafe fn str_dealloc(v: Value) {
    object::free::<StrObject>(v)
}

fn str_object(v: Value) -> Option<&'static StrObject> {
    (!v.is_small_int() && type_of(v).is_or_derives(&STR_TYPE))
        .then(|| unsafe { &*v.as_ptr::<StrObject>() })
}

/// The length of a str in code points (`len(s)`); `v` must be a str.
pub fn char_count(v: Value) -> usize {
    str_object(v).expect("char_count of a str").char_len
}

/// The text of a str object.
pub fn as_str(v: Value) -> Option<&'static str> {
    str_object(v).map(|s| &*s.text)
}

/// Python's `repr(str)`: single quotes unless the text has a single quote and no double quote.
pub fn repr_of_str(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

fn str_repr(v: Value) -> PyResult<Ref> {
    Ok(new_string(repr_of_str(as_str(v).unwrap())))
}

/// The hash of a str: [`hash_bytes`] of the PEP 393 canonical buffer, one byte per character
/// when all are below 256, else two, else four, little-endian.
pub fn hash_str(text: &str) -> i64 {
    let max = text.chars().map(|c| c as u32).max().unwrap_or(0);
    let buffer: Vec<u8> = if max < 0x100 {
        text.chars().map(|c| c as u8).collect()
    } else if max < 0x10000 {
        text.chars()
            .flat_map(|c| (c as u16).to_le_bytes())
            .collect()
    } else {
        text.chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect()
    };
    hash_bytes(&buffer)
}

/// SipHash-2-4 with a zero key (CPython's `PYTHONHASHSEED=0`), 0 for no bytes: the hash of
/// bytes objects, and of str through its canonical buffer.
pub fn hash_bytes(bytes: &[u8]) -> i64 {
    if bytes.is_empty() {
        return 0;
    }
    let mut hasher = SipHasher24::new_with_keys(0, 0);
    hasher.write(bytes);
    let h = hasher.finish() as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

fn str_hash(v: Value) -> PyResult<i64> {
    let s = str_object(v).unwrap();
    if s.hash.get() == -1 {
        s.hash.set(hash_str(&s.text));
    }
    Ok(s.hash.get())
}

fn str_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    match (as_str(a), as_str(b)) {
        // UTF-8 byte order is code point order.
        (Some(x), Some(y)) => Ok(bool_ref(op.holds(x.cmp(y)))),
        _ => Ok(not_implemented()),
    }
}

fn str_concat(a: Value, b: Value) -> PyResult<Ref> {
    match (as_str(a), as_str(b)) {
        (Some(x), Some(y)) => {
            let mut s = String::with_capacity(x.len() + y.len());
            s.push_str(x);
            s.push_str(y);
            Ok(new_string(s))
        }
        _ => Err(errors::type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_of(b).name
        ))),
    }
}

fn str_repeat(a: Value, n: i64) -> PyResult<Ref> {
    let s = as_str(a).unwrap();
    if n <= 0 || s.is_empty() {
        return Ok(new_str(""));
    }
    let total = (s.len() as u128) * (n as u128);
    if total > isize::MAX as u128 {
        return Err(errors::raise(&crate::objects::exception::MEMORY_ERROR, ""));
    }
    Ok(new_string(s.repeat(n as usize)))
}

/// The `index`-th code point, counting from the end when negative.
fn char_at(s: &StrObject, index: i64) -> Option<&str> {
    let len = s.char_len as i64;
    let i = if index < 0 { index + len } else { index };
    if !(0..len).contains(&i) {
        return None;
    }
    let i = i as usize;
    if s.is_ascii() {
        return Some(&s.text[i..i + 1]);
    }
    let (start, c) = s.text.char_indices().nth(i)?;
    Some(&s.text[start..start + c.len_utf8()])
}

fn str_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let s = str_object(v).unwrap();
    if crate::objects::slice::is_slice(key) {
        let picked = crate::objects::slice::indices(key, s.char_len)?;
        if s.is_ascii() {
            let bytes = s.text.as_bytes();
            let text: String = picked.iter().map(|i| bytes[i] as char).collect();
            return Ok(new_string(text));
        }
        let chars: Vec<char> = s.text.chars().collect();
        return Ok(new_string(picked.iter().map(|i| chars[i]).collect()));
    }
    let index = index_value(key, |_| "string indices must be integers".to_string())?;
    // (3.8's message; later versions add "not 'X'".)
    match char_at(s, int::saturating_i64(index)) {
        Some(c) => Ok(new_str(c)),
        None => Err(errors::index_error("string index out of range")),
    }
}

fn str_contains(v: Value, item: Value) -> PyResult<bool> {
    match as_str(item) {
        Some(needle) => Ok(as_str(v).unwrap().contains(needle)),
        None => Err(errors::type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_of(item).name
        ))),
    }
}

/// Iterates over the characters of a str.
#[repr(C)]
struct StrIterator {
    header: ObjHeader,
    source: Ref,
    byte_pos: Cell<usize>,
}

crate::objects::iterators::collectable!(StrIterator: source);

fn str_iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = unsafe { &*v.as_ptr::<StrIterator>() };
    let text = as_str(it.source.value()).unwrap();
    let pos = it.byte_pos.get();
    Ok(text[pos..].chars().next().map(|c| {
        it.byte_pos.set(pos + c.len_utf8());
        new_str(&text[pos..pos + c.len_utf8()])
    }))
}

static STR_ITERATOR_TYPE: TypeObject =
    crate::objects::iterators::iterator_type::<StrIterator>("str_iterator", str_iterator_next);

fn str_iter(v: Value) -> PyResult<Ref> {
    Ok(crate::objects::iterators::into_object(StrIterator {
        header: ObjHeader::new(&STR_ITERATOR_TYPE),
        source: Ref::new(v),
        byte_pos: Cell::new(0),
    }))
}

fn str_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let args =
        crate::builtins::args::bind("str", args, kwnames, &["object", "encoding", "errors"], 0)?;
    match args[0] {
        None => Ok(new_str("")),
        Some(x) if args[1].is_some() || args[2].is_some() => decode_object(x, &args[1..]),
        Some(x) => ops::str(x),
    }
}

/// `str(object, encoding, errors)`: decodes a bytes-like object.
fn decode_object(object: Value, codec_args: &[Option<Value>]) -> PyResult<Ref> {
    use crate::objects::codecs;
    let (encoding, errors) =
        codecs::codec_arguments("str", codec_args, codecs::CONSTRUCTOR_CODEC_LABELS)?;
    if as_str(object).is_some() {
        return Err(errors::type_error("decoding str is not supported"));
    }
    let data = crate::objects::bytes_methods::bytes_like_or(object, || {
        errors::type_error(format!(
            "decoding to str: need a bytes-like object, {} found",
            type_of(object).name
        ))
    })?;
    Ok(new_string(codecs::decode(&data, encoding, errors)?))
}

/// `str % args` is printf-style formatting; `x % str` for other `x` is not str's business.
fn str_remainder(a: Value, b: Value) -> PyResult<Ref> {
    match as_str(a) {
        Some(format) => crate::format::percent_format(format, b),
        None => Ok(not_implemented()),
    }
}

static STR_NUMBER: NumberSlots = NumberSlots {
    rem: Some(str_remainder),
    ..NumberSlots::EMPTY
};

pub static STR_TYPE: TypeObject = TypeObject {
    dealloc: str_dealloc,
    repr: str_repr,
    str: Some(|v| Ok(Ref::new(v))),
    hash: Some(str_hash),
    richcompare: Some(str_richcompare),
    len: Some(|v| Ok(str_object(v).unwrap().char_len)),
    concat: Some(str_concat),
    repeat: Some(str_repeat),
    getitem: Some(str_getitem),
    contains: Some(str_contains),
    iter: Some(str_iter),
    construct: Some(str_construct),
    number: &STR_NUMBER,
    methods: STR_METHODS,
    ..TypeObject::new("str")
};
