//! memoryview: a one-dimensional view of the buffer of a bytes or bytearray object, read as
//! items of a native struct format ('B' unless cast). Slices are views of the same buffer, and
//! writes through a view of a bytearray change it; while views exist (until released), the
//! bytearray cannot change size.

use std::cell::{Cell, UnsafeCell};

use crate::errors::{self, PyResult};
use crate::gc::{self, GcSlots};
use crate::object::{ObjHeader, Ref};
use crate::objects::bytearray;
use crate::objects::bytes::{self, new_bytes};
use crate::objects::bytes_methods;
use crate::objects::exception::{BUFFER_ERROR, NOT_IMPLEMENTED_ERROR};
use crate::objects::float::{float_value, new_float};
use crate::objects::int::{self, int_view};
use crate::objects::iterators::{self, collectable, Owns};
use crate::objects::list::{is_list, list_items, new_list};
use crate::objects::method_args;
use crate::objects::sequence;
use crate::objects::singletons::{bool_ref, none, none_ref, not_implemented};
use crate::objects::slice;
use crate::objects::str::{as_str, hash_bytes, new_string};
use crate::objects::tuple::{is_tuple, new_tuple, tuple_items};
use crate::objects::type_object::{CompareOp, Method, TypeObject};
use crate::ops::{self, type_of};
use crate::value::Value;

/// The format of a view's items: one native struct code, as given (`'@i'` keeps its `@`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct ItemFormat {
    code: u8,
    at_prefix: bool,
}

/// One item read from a buffer.
#[derive(Clone, Copy, Debug)]
enum Item {
    Int(i128),
    Float(f64),
    /// Format 'c': a bytes object of length 1.
    Char(u8),
    Bool(bool),
}

impl ItemFormat {
    const BYTES: ItemFormat = ItemFormat {
        code: b'B',
        at_prefix: false,
    };

    /// A native single-character format with an optional `@` (what `cast` accepts).
    fn parse(text: &str) -> Option<ItemFormat> {
        let (at_prefix, code) = match text.as_bytes() {
            [b'@', code] => (true, *code),
            [code] => (false, *code),
            _ => return None,
        };
        let format = ItemFormat { code, at_prefix };
        format.itemsize().map(|_| format)
    }

    /// The size of an item on the 64-bit Linux targets, `None` for codes that are not native
    /// formats.
    fn itemsize(self) -> Option<usize> {
        Some(match self.code {
            b'c' | b'b' | b'B' | b'?' => 1,
            b'h' | b'H' => 2,
            b'i' | b'I' | b'f' => 4,
            b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
            _ => return None,
        })
    }

    fn size(self) -> usize {
        self.itemsize().expect("a parsed format")
    }

    /// 'B', 'b' and 'c': the formats a view can be cast from or to anything.
    fn is_byte_format(self) -> bool {
        matches!(self.code, b'B' | b'b' | b'c')
    }

    fn text(self) -> String {
        let code = self.code as char;
        if self.at_prefix {
            format!("@{code}")
        } else {
            code.to_string()
        }
    }

    /// Reads one item from its bytes, in native byte order.
    fn unpack(self, raw: &[u8]) -> Item {
        let signed = |n: usize| {
            let mut word = [0u8; 8];
            word[..n].copy_from_slice(raw);
            // Sign-extend from the item's width.
            let shift = 64 - 8 * n as u32;
            Item::Int(((i64::from_ne_bytes(word) << shift) >> shift) as i128)
        };
        let unsigned = |n: usize| {
            let mut word = [0u8; 8];
            word[..n].copy_from_slice(raw);
            Item::Int(u64::from_ne_bytes(word) as i128)
        };
        match self.code {
            b'c' => Item::Char(raw[0]),
            b'?' => Item::Bool(raw[0] != 0),
            b'f' => Item::Float(f32::from_ne_bytes(raw.try_into().unwrap()) as f64),
            b'd' => Item::Float(f64::from_ne_bytes(raw.try_into().unwrap())),
            b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => signed(raw.len()),
            _ => unsigned(raw.len()),
        }
    }

    /// The bytes of `value` as one item; TypeError and ValueError name the format.
    fn pack(self, value: Value) -> PyResult<Vec<u8>> {
        let invalid_type = || {
            errors::type_error(format!(
                "memoryview: invalid type for format '{}'",
                self.text()
            ))
        };
        let invalid_value = || {
            errors::value_error(format!(
                "memoryview: invalid value for format '{}'",
                self.text()
            ))
        };
        let size = self.size();
        match self.code {
            b'c' => match bytes::bytes_data(value) {
                Some(&[b]) => Ok(vec![b]),
                Some(_) => Err(invalid_value()),
                None => Err(invalid_type()),
            },
            b'?' => Ok(vec![ops::is_true(value)? as u8]),
            b'f' | b'd' => {
                let x = match (float_value(value), int_view(value)) {
                    (Some(x), _) => x,
                    (None, Some(i)) => i.to_f64()?,
                    (None, None) => return Err(invalid_type()),
                };
                if self.code == b'd' {
                    return Ok(x.to_ne_bytes().to_vec());
                }
                let narrow = x as f32;
                if narrow.is_infinite() && x.is_finite() {
                    return Err(invalid_value());
                }
                Ok(narrow.to_ne_bytes().to_vec())
            }
            code => {
                let i = int_view(value).ok_or_else(invalid_type)?;
                let bits = 8 * size as u32;
                let (low, high) = if matches!(code, b'b' | b'h' | b'i' | b'l' | b'q' | b'n') {
                    (-(1i128 << (bits - 1)), (1i128 << (bits - 1)) - 1)
                } else {
                    (0, (1i128 << bits) - 1)
                };
                let n = match i {
                    int::IntView::Small(n) => n as i128,
                    int::IntView::Big(b) => i128::try_from(b).map_err(|_| invalid_value())?,
                };
                if !(low..=high).contains(&n) {
                    return Err(invalid_value());
                }
                Ok(n.to_ne_bytes()[..size].to_vec())
            }
        }
    }
}

impl Item {
    fn to_object(self) -> Ref {
        match self {
            Item::Int(n) => int::from_i128(n),
            Item::Float(x) => new_float(x),
            Item::Char(b) => new_bytes(vec![b]),
            Item::Bool(b) => bool_ref(b),
        }
    }

    /// Python's `==` between the values the items stand for.
    fn equals(self, other: Item) -> bool {
        let numeric = |item: Item| match item {
            Item::Int(n) => Some(Err(n)),
            Item::Bool(b) => Some(Err(b as i128)),
            Item::Float(x) => Some(Ok(x)),
            Item::Char(_) => None,
        };
        match (self, other) {
            (Item::Char(a), Item::Char(b)) => a == b,
            _ => match (numeric(self), numeric(other)) {
                (Some(Err(a)), Some(Err(b))) => a == b,
                (Some(Ok(a)), Some(Ok(b))) => a == b,
                (Some(Err(n)), Some(Ok(x))) | (Some(Ok(x)), Some(Err(n))) => {
                    x.fract() == 0.0 && x.abs() < 2f64.powi(127) && x as i128 == n
                }
                _ => false,
            },
        }
    }
}

/// Where a view's items are in its source's buffer, and how to read them.
#[derive(Clone, Copy, Debug)]
struct Layout {
    /// Where the first item starts.
    offset: usize,
    /// How many items.
    len: usize,
    /// Bytes from one item to the next; negative for reversed slices.
    stride: isize,
    format: ItemFormat,
}

#[repr(C)]
pub struct MemoryViewObject {
    header: ObjHeader,
    /// The object whose buffer this views (bytes or bytearray); `None` once released.
    source: UnsafeCell<Option<Ref>>,
    layout: Layout,
    readonly: bool,
}

/// A view still attached to its source.
struct LiveView {
    layout: Layout,
    readonly: bool,
    source: Value,
}

impl LiveView {
    /// The source's whole buffer, valid until Python code runs.
    fn buffer(&self) -> &'static [u8] {
        bytes::bytes_data(self.source)
            .or_else(|| bytearray::contents(self.source))
            .expect("a memoryview's source is bytes or bytearray")
    }

    /// Where item `i` starts in the buffer.
    fn item_offset(&self, i: usize) -> usize {
        (self.layout.offset as isize + i as isize * self.layout.stride) as usize
    }

    fn item_bytes(&self, i: usize) -> &'static [u8] {
        let start = self.item_offset(i);
        &self.buffer()[start..start + self.layout.format.size()]
    }

    fn item(&self, i: usize) -> Item {
        self.layout.format.unpack(self.item_bytes(i))
    }

    fn nbytes(&self) -> usize {
        self.layout.len * self.layout.format.size()
    }

    /// CPython's C-contiguity of one dimension.
    fn is_contiguous(&self) -> bool {
        self.layout.len <= 1 || self.layout.stride == self.layout.format.size() as isize
    }

    /// The items' bytes in order.
    fn to_bytes(&self) -> Vec<u8> {
        if self.is_contiguous() {
            let start = self.layout.offset;
            return self.buffer()[start..start + self.nbytes()].to_vec();
        }
        (0..self.layout.len)
            .flat_map(|i| self.item_bytes(i).iter().copied())
            .collect()
    }

    /// A new view of the same source.
    fn derive(&self, layout: Layout) -> Ref {
        new_view(self.source, layout, self.readonly)
    }
}

fn view_object(v: Value) -> &'static MemoryViewObject {
    debug_assert!(is_memoryview(v));
    unsafe { &*v.as_ptr::<MemoryViewObject>() }
}

fn released_error() -> errors::Raised {
    errors::value_error("operation forbidden on released memoryview object")
}

/// The view and its source, or ValueError once released.
fn live(v: Value) -> PyResult<LiveView> {
    let view = view_object(v);
    match unsafe { &*view.source.get() } {
        Some(source) => Ok(LiveView {
            layout: view.layout,
            readonly: view.readonly,
            source: source.value(),
        }),
        None => Err(released_error()),
    }
}

fn new_view(source: Value, layout: Layout, readonly: bool) -> Ref {
    if bytearray::is_bytearray(source) {
        bytearray::add_export(source);
    }
    let v = gc::alloc(MemoryViewObject {
        header: ObjHeader::new(&MEMORYVIEW_TYPE),
        source: UnsafeCell::new(Some(Ref::new(source))),
        layout,
        readonly,
    });
    unsafe { Ref::from_owned(v) }
}

pub fn is_memoryview(v: Value) -> bool {
    !v.is_small_int() && std::ptr::eq(type_of(v), &MEMORYVIEW_TYPE)
}

/// Detaches a view from its source (`release()`, `with`, and freeing).
fn release(v: Value) {
    let source = unsafe { (*view_object(v).source.get()).take() };
    if let Some(source) = source {
        if bytearray::is_bytearray(source.value()) {
            bytearray::remove_export(source.value());
        }
    }
}

unsafe fn memoryview_dealloc(v: Value) {
    release(v);
    gc::free::<MemoryViewObject>(v)
}

/// Tracked as in CPython, although bytes and bytearray objects refer to nothing, so no cycle
/// goes through a view yet.
static MEMORYVIEW_GC: GcSlots = GcSlots {
    traverse: |v, visit| view_object(v).source.visit_owned(visit),
    clear: Some(release),
    finalize: None,
};

/// The bytes of a contiguous view, for bytes-like arguments; a view with gaps is refused as
/// CPython refuses simple buffer requests.
pub fn contiguous_contents(v: Value) -> PyResult<std::borrow::Cow<'static, [u8]>> {
    let view = live(v)?;
    if !view.is_contiguous() {
        return Err(errors::raise(
            &BUFFER_ERROR,
            "memoryview: underlying buffer is not C-contiguous",
        ));
    }
    let start = view.layout.offset;
    Ok(std::borrow::Cow::Borrowed(
        &view.buffer()[start..start + view.nbytes()],
    ))
}

/// The bytes of a view of any layout, in order.
pub fn contents(v: Value) -> PyResult<Vec<u8>> {
    Ok(live(v)?.to_bytes())
}

/// A buffer as memoryview operations see another object: its items' format, count and bytes.
struct Buffer {
    format: ItemFormat,
    len: usize,
    bytes: Vec<u8>,
}

impl Buffer {
    fn of(v: Value) -> PyResult<Option<Buffer>> {
        if is_memoryview(v) {
            let view = live(v)?;
            return Ok(Some(Buffer {
                format: view.layout.format,
                len: view.layout.len,
                bytes: view.to_bytes(),
            }));
        }
        Ok(bytes_methods::bytes_like(v)?.map(|data| Buffer {
            format: ItemFormat::BYTES,
            len: data.len(),
            bytes: data.into_owned(),
        }))
    }

    fn items(&self) -> impl Iterator<Item = Item> + '_ {
        self.bytes
            .chunks_exact(self.format.size())
            .map(|raw| self.format.unpack(raw))
    }
}

fn memoryview_construct(
    _ty: &'static TypeObject,
    args: &[Value],
    kwnames: Option<Value>,
) -> PyResult<Ref> {
    let object = method_args::bind("memoryview", args, kwnames, &["object"], 1)?[0]
        .expect("a required argument");
    if is_memoryview(object) {
        let view = live(object)?;
        return Ok(view.derive(view.layout));
    }
    let readonly = bytes::is_bytes(object);
    let len = match (bytes::bytes_data(object), bytearray::contents(object)) {
        (Some(data), _) | (_, Some(data)) => data.len(),
        _ => {
            return Err(errors::type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                type_of(object).name
            )))
        }
    };
    let layout = Layout {
        offset: 0,
        len,
        stride: 1,
        format: ItemFormat::BYTES,
    };
    Ok(new_view(object, layout, readonly))
}

fn memoryview_repr(v: Value) -> PyResult<Ref> {
    let state = if live(v).is_ok() { "" } else { "released " };
    Ok(new_string(format!("<{state}memory at {:#x}>", v.0)))
}

/// Only readonly views of bytes formats hash, as the bytes they hold.
fn memoryview_hash(v: Value) -> PyResult<i64> {
    let view = live(v)?;
    if !view.readonly {
        return Err(errors::value_error(
            "cannot hash writable memoryview object",
        ));
    }
    if !view.layout.format.is_byte_format() {
        return Err(errors::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    Ok(hash_bytes(&view.to_bytes()))
}

/// `==` and `!=` compare item values with any buffer of the same length; released views equal
/// only themselves.
fn memoryview_richcompare(a: Value, b: Value, op: CompareOp) -> PyResult<Ref> {
    if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(not_implemented());
    }
    let released = |v: Value| is_memoryview(v) && live(v).is_err();
    let equal = if released(a) || released(b) {
        a == b
    } else {
        let mine = Buffer::of(a)?.expect("a live memoryview");
        let theirs = match Buffer::of(b) {
            Ok(Some(buffer)) => buffer,
            Ok(None) => return Ok(not_implemented()),
            Err(_) => {
                drop(errors::take());
                return Ok(not_implemented());
            }
        };
        mine.len == theirs.len && mine.items().zip(theirs.items()).all(|(x, y)| x.equals(y))
    };
    Ok(bool_ref(equal == (op == CompareOp::Eq)))
}

fn memoryview_len(v: Value) -> PyResult<usize> {
    Ok(live(v)?.layout.len)
}

/// `m[i]` is an item, `m[i:j:k]` a view of the same buffer.
fn memoryview_getitem(v: Value, key: Value) -> PyResult<Ref> {
    let view = live(v)?;
    if slice::is_slice(key) {
        let picked = slice::indices(key, view.layout.len)?;
        let offset = if picked.len == 0 {
            view.layout.offset
        } else {
            view.item_offset(picked.start as usize)
        };
        return Ok(view.derive(Layout {
            offset,
            len: picked.len,
            stride: view.layout.stride * picked.step as isize,
            format: view.layout.format,
        }));
    }
    let i = item_index(&view, key)?;
    Ok(view.item(i).to_object())
}

/// An int index resolved against the view (`m[i]` and `m[i] = x`).
fn item_index(view: &LiveView, key: Value) -> PyResult<usize> {
    if int_view(key).is_none() && !method_args::has_special(key, "__index__", false)? {
        return Err(errors::type_error("memoryview: invalid slice key"));
    }
    let index = method_args::clamped_index(key, |_| "memoryview: invalid slice key".into())?;
    sequence::resolve_index(index, view.layout.len)
        .ok_or_else(|| errors::index_error("index out of bounds on dimension 1"))
}

/// `m[i] = x` packs one item; `m[i:j:k] = buffer` copies a buffer of the same format and
/// length.
fn memoryview_setitem(v: Value, key: Value, value: Value) -> PyResult<()> {
    let view = writable(v)?;
    if slice::is_slice(key) {
        let picked = slice::indices(key, view.layout.len)?;
        let Some(source) = Buffer::of(value)? else {
            return Err(errors::type_error(format!(
                "a bytes-like object is required, not '{}'",
                type_of(value).name
            )));
        };
        if source.format.code != view.layout.format.code || source.len != picked.len {
            return Err(errors::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let size = view.layout.format.size();
        for (i, raw) in picked.iter().zip(source.bytes.chunks_exact(size)) {
            write_item(&view, i, raw);
        }
        return Ok(());
    }
    let i = item_index(&view, key)?;
    let raw = view.layout.format.pack(value)?;
    write_item(&view, i, &raw);
    Ok(())
}

/// The view, when it may be written through.
fn writable(v: Value) -> PyResult<LiveView> {
    let view = live(v)?;
    if view.readonly {
        return Err(errors::type_error("cannot modify read-only memory"));
    }
    Ok(view)
}

fn write_item(view: &LiveView, i: usize, raw: &[u8]) {
    let start = view.item_offset(i);
    bytearray::data_mut(view.source)[start..start + raw.len()].copy_from_slice(raw);
}

fn memoryview_delitem(v: Value, _key: Value) -> PyResult<()> {
    writable(v)?;
    Err(errors::type_error("cannot delete memory"))
}

/// Iterates over a view's items by index, as CPython 3.8 iterates sequences without
/// `__iter__`: a view released meanwhile raises.
#[repr(C)]
struct MemoryViewIterator {
    header: ObjHeader,
    view: Ref,
    index: Cell<usize>,
}

fn iterator_next(v: Value) -> PyResult<Option<Ref>> {
    let it = unsafe { &*v.as_ptr::<MemoryViewIterator>() };
    let view = live(it.view.value())?;
    let i = it.index.get();
    if i >= view.layout.len {
        return Ok(None);
    }
    it.index.set(i + 1);
    Ok(Some(view.item(i).to_object()))
}

collectable!(MemoryViewIterator: view);

static MEMORYVIEW_ITERATOR_TYPE: TypeObject =
    iterators::iterator_type::<MemoryViewIterator>("iterator", iterator_next);

fn memoryview_iter(v: Value) -> PyResult<Ref> {
    Ok(iterators::into_object(MemoryViewIterator {
        header: ObjHeader::new(&MEMORYVIEW_ITERATOR_TYPE),
        view: Ref::new(v),
        index: Cell::new(0),
    }))
}

fn memoryview_getattr(v: Value, name: &str) -> PyResult<Option<Ref>> {
    const ATTRIBUTES: [&str; 12] = [
        "obj",
        "nbytes",
        "readonly",
        "itemsize",
        "format",
        "ndim",
        "shape",
        "strides",
        "suboffsets",
        "c_contiguous",
        "f_contiguous",
        "contiguous",
    ];
    if !ATTRIBUTES.contains(&name) {
        return Ok(None);
    }
    let view = live(v)?;
    let layout = view.layout;
    Ok(Some(match name {
        "obj" => Ref::new(view.source),
        "nbytes" => int::from_i64(view.nbytes() as i64),
        "readonly" => bool_ref(view.readonly),
        "itemsize" => int::from_i64(layout.format.size() as i64),
        "format" => new_string(layout.format.text()),
        "ndim" => Ref::small_int(1),
        "shape" => new_tuple(vec![int::from_i64(layout.len as i64)]),
        "strides" => new_tuple(vec![int::from_i64(layout.stride as i64)]),
        "suboffsets" => new_tuple(Vec::new()),
        _ => bool_ref(view.is_contiguous()),
    }))
}

pub static MEMORYVIEW_TYPE: TypeObject = TypeObject {
    dealloc: memoryview_dealloc,
    gc: Some(&MEMORYVIEW_GC),
    repr: memoryview_repr,
    hash: Some(memoryview_hash),
    richcompare: Some(memoryview_richcompare),
    len: Some(memoryview_len),
    getitem: Some(memoryview_getitem),
    setitem: Some(memoryview_setitem),
    delitem: Some(memoryview_delitem),
    iter: Some(memoryview_iter),
    construct: Some(memoryview_construct),
    getattr: Some(memoryview_getattr),
    methods: &MEMORYVIEW_METHODS,
    ..TypeObject::new("memoryview")
};

// ----- methods -----

static MEMORYVIEW_METHODS: [Method; 8] = [
    Method::new("tobytes", tobytes),
    Method::new("tolist", tolist),
    Method::new("hex", hex),
    Method::new("cast", cast),
    Method::new("toreadonly", toreadonly),
    Method::new("release", release_method),
    Method::new("__enter__", enter),
    Method::new("__exit__", exit),
];

/// `tobytes(order=None)`: the order of a one-dimensional view's items is its own.
fn tobytes(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let bound = method_args::bind("tobytes", args, kwnames, &["order"], 0)?;
    let view = live(v)?;
    if let Some(order) = bound[0].filter(|&o| o != none()) {
        if !matches!(as_str(order), Some("C" | "F" | "A")) {
            return Err(errors::value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(new_bytes(view.to_bytes()))
}

fn tolist(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("tolist", args, kwnames)?;
    let view = live(v)?;
    Ok(new_list(
        (0..view.layout.len)
            .map(|i| view.item(i).to_object())
            .collect(),
    ))
}

fn hex(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let separator = bytes_methods::hex_arguments(args, kwnames)?;
    let view = live(v)?;
    Ok(new_string(bytes_methods::to_hex(
        &view.to_bytes(),
        separator,
    )))
}

fn toreadonly(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("toreadonly", args, kwnames)?;
    let view = live(v)?;
    Ok(new_view(view.source, view.layout, true))
}

fn release_method(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("release", args, kwnames)?;
    release(v);
    Ok(none_ref())
}

fn enter(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    method_args::no_args("__enter__", args, kwnames)?;
    live(v)?;
    Ok(Ref::new(v))
}

fn exit(v: Value, _args: &[Value], _kwnames: Option<Value>) -> PyResult<Ref> {
    release(v);
    Ok(none_ref())
}

/// `cast(format, shape=None)`: a contiguous view read as items of another native format;
/// one side of the cast must be a byte format ('B', 'b' or 'c').
fn cast(v: Value, args: &[Value], kwnames: Option<Value>) -> PyResult<Ref> {
    let bound = method_args::bind("cast", args, kwnames, &["format", "shape"], 1)?;
    let view = live(v)?;
    let Some(text) = bound[0].and_then(as_str) else {
        return Err(errors::type_error(
            "memoryview: format argument must be a string",
        ));
    };
    if !view.is_contiguous() {
        return Err(errors::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let shape = match bound[1].filter(|&s| s != none()) {
        Some(shape) => Some(shape_dimensions(shape, view.layout.len)?),
        None => None,
    };
    let Some(format) = ItemFormat::parse(text) else {
        return Err(errors::value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    if !view.layout.format.is_byte_format() && !format.is_byte_format() {
        return Err(errors::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = view.nbytes();
    if nbytes % format.size() != 0 {
        return Err(errors::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / format.size();
    if let Some(dimensions) = shape {
        check_shape(&dimensions, len)?;
    }
    Ok(view.derive(Layout {
        offset: view.layout.offset,
        len,
        stride: format.size() as isize,
        format,
    }))
}

/// The items of a cast's `shape`, which only a view with items may take.
fn shape_dimensions(shape: Value, items: usize) -> PyResult<Vec<Ref>> {
    if items == 0 {
        return Err(errors::type_error(
            "memoryview: cannot cast view with zeros in shape or strides",
        ));
    }
    if is_list(shape) {
        Ok(list_items(shape).clone())
    } else if is_tuple(shape) {
        Ok(tuple_items(shape).to_vec())
    } else {
        Err(errors::type_error("shape must be a list or a tuple"))
    }
}

/// A cast's shape must be one dimension holding every item.
fn check_shape(dimensions: &[Ref], len: usize) -> PyResult<()> {
    let [dimension] = dimensions else {
        return Err(errors::raise(
            &NOT_IMPLEMENTED_ERROR,
            "pylift: memoryviews of other than one dimension are not supported",
        ));
    };
    let positive = int_view(dimension.value())
        .and_then(|d| d.to_i64())
        .filter(|&d| d > 0);
    let Some(d) = positive else {
        return Err(errors::value_error(
            "memoryview.cast(): elements of shape must be integers > 0",
        ));
    };
    if d as usize != len {
        return Err(errors::type_error(
            "memoryview: product(shape) * itemsize != buffer size",
        ));
    }
    Ok(())
}
