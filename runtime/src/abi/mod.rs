//! The runtime's entry points: one table, read by the compiler's codegen to declare imports and
//! checked here against the Rust definitions, so the two sides cannot drift (DESIGN §5).
//!
//! Architecture invariant: generated code calls the runtime only through entries of this table
//! and the few data symbols in [`DATA_SYMBOLS`].

mod entries;

/// How a parameter or result travels, as the compiler sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    /// A Python value word.
    Value,
    I32,
    U32,
    I64,
    Usize,
    /// Any pointer (static data, arrays, functions).
    Ptr,
    Void,
}

/// How an entry reports an exception.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Failure {
    /// Cannot fail.
    Never,
    /// Returns 0 with the exception set.
    Null,
    /// Returns -1 with the exception set.
    Negative,
    /// Returns 0 either when done (no exception) or on error (exception set): iteration.
    NullMaybeError,
    /// Always fails (raising helpers).
    Always,
}

#[derive(Debug)]
pub struct Entry {
    pub name: &'static str,
    pub params: &'static [AbiType],
    pub ret: AbiType,
    pub failure: Failure,
    /// The result is a borrowed reference (the caller must incref to keep it).
    pub borrowed: bool,
}

macro_rules! abi_rust_type {
    (Value) => { crate::value::Value };
    (I32) => { i32 };
    (U32) => { u32 };
    (I64) => { i64 };
    (Usize) => { usize };
    (Ptr) => { *const u8 };
    (Void) => { () };
}

macro_rules! abi_table {
    ($(
        $(#[doc = $doc:literal])*
        $variant:ident = $name:ident($($arg:ident: $ty:ident),*) -> $ret:ident, $failure:ident $(, $borrowed:ident)?;
    )*) => {
        /// Names an entry of [`ENTRIES`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuntimeFn { $($(#[doc = $doc])* $variant),* }

        pub static ENTRIES: &[Entry] = &[$(Entry {
            name: stringify!($name),
            params: &[$(AbiType::$ty),*],
            ret: AbiType::$ret,
            failure: Failure::$failure,
            borrowed: abi_table!(@borrowed $($borrowed)?),
        }),*];

        impl RuntimeFn {
            pub const ALL: &'static [RuntimeFn] = &[$(RuntimeFn::$variant),*];
            pub fn entry(self) -> &'static Entry {
                &ENTRIES[self as usize]
            }
        }

        // Each entry must exist with exactly the declared signature.
        $(const _: unsafe extern "C" fn($(abi_rust_type!($ty)),*) -> abi_rust_type!($ret) = entries::$name;)*
    };
    (@borrowed borrowed) => { true };
    (@borrowed) => { false };
}

abi_table! {
    /// Frees an object whose refcount reached zero (inline decref's slow path).
    Dealloc = pl_dealloc(v: Value) -> Void, Never;
    /// `a <op> b`, op a `BinaryOp` code.
    Binary = pl_binary_op(a: Value, b: Value, op: U32) -> Value, Null;
    /// `a <op>= b`, op a `BinaryOp` code.
    InPlace = pl_inplace_op(a: Value, b: Value, op: U32) -> Value, Null;
    /// `<op> a`, op a `UnaryOp` code.
    Unary = pl_unary_op(a: Value, op: U32) -> Value, Null;
    /// `a <op> b`, op a `CompareOp` code.
    Compare = pl_compare(a: Value, b: Value, op: U32) -> Value, Null;
    /// `item in container` (`not in` when negated) as True or False.
    Contains = pl_contains(item: Value, container: Value, negated: U32) -> Value, Null;
    /// Truth value: 1, 0, or -1 on error.
    IsTrue = pl_is_true(v: Value) -> I32, Negative;
    /// `not v` as True or False.
    Not = pl_not(v: Value) -> Value, Null;
    /// `obj.name`, name a str, through the site's `AttrCache`.
    GetAttr = pl_getattr(obj: Value, name: Value, cache: Ptr) -> Value, Null;
    /// `obj.name = value` through the site's `AttrCache`; `del obj.name` when value is 0 (and
    /// the cache too).
    SetAttr = pl_setattr(obj: Value, name: Value, value: Value, cache: Ptr) -> I32, Negative;
    /// `locals()` in a function: a dict of the bound variables, named by the tuple `names`:
    /// the values first, then the cells.
    LocalsDict = pl_locals_dict(names: Value, values: Ptr, nvalues: Usize, cells: Ptr, ncells: Usize) -> Value, Null;
    /// `callee()` of a name that may be the builtin globals, locals, vars or dir.
    CallIntrospective = pl_call_introspective(callee: Value, globals: Value, locals: Value) -> Value, Null;
    /// `obj.name(*args)` (LOAD_METHOD + CALL_METHOD) through the site's `AttrCache`: `args` is
    /// `obj`, the `nargs - 1` positional arguments, then one per keyword name.
    CallMethod = pl_call_method(args: Ptr, nargs: Usize, kwnames: Value, name: Value, cache: Ptr) -> Value, Null;
    /// Unpacking assignment: a tuple of `before + after` items (plus, when `star`, a list of
    /// the middle ones between them), with CPython's errors for the wrong count.
    Unpack = pl_unpack(v: Value, before: Usize, after: Usize, star: U32) -> Value, Null;
    /// `slice(start, stop, step)` for `x[start:stop:step]`.
    BuildSlice = pl_build_slice(start: Value, stop: Value, step: Value) -> Value, Null;
    GetItem = pl_getitem(container: Value, key: Value) -> Value, Null;
    SetItem = pl_setitem(container: Value, key: Value, value: Value) -> I32, Negative;
    DelItem = pl_delitem(container: Value, key: Value) -> I32, Negative;
    /// A list of `n` items, taking ownership of each.
    BuildList = pl_build_list(items: Ptr, n: Usize) -> Value, Null;
    /// A tuple of `n` items, taking ownership of each.
    BuildTuple = pl_build_tuple(items: Ptr, n: Usize) -> Value, Null;
    /// A set of `n` borrowed items, added left to right.
    BuildSet = pl_build_set(items: Ptr, n: Usize) -> Value, Null;
    /// `set.add(v)`.
    SetAdd = pl_set_add(set: Value, v: Value) -> I32, Negative;
    /// `list.append(v)`.
    ListAppend = pl_list_append(list: Value, v: Value) -> I32, Negative;
    /// A dict from `n` key/value pairs laid out alternately, borrowed.
    BuildDict = pl_build_dict(items: Ptr, n: Usize) -> Value, Null;
    /// `callable(*args)`, the last `len(kwnames)` args being keywords (vectorcall).
    Call = pl_call(callable: Value, args: Ptr, nargs: Usize, kwnames: Value) -> Value, Null;
    GetIter = pl_get_iter(v: Value) -> Value, Null;
    /// The next item, or 0: exhausted if no exception is set.
    IterNext = pl_iter_next(it: Value) -> Value, NullMaybeError;
    /// Whether an exception is set (after a NullMaybeError result).
    ErrOccurred = pl_err_occurred() -> I32, Never;
    /// LOAD_GLOBAL through the site's cache; the result is borrowed.
    LoadGlobal = pl_load_global(module: Ptr, name: Value, cache: Ptr) -> Value, Null, borrowed;
    StoreGlobal = pl_store_global(module: Ptr, name: Value, value: Value) -> I32, Negative;
    DeleteGlobal = pl_delete_global(module: Ptr, name: Value) -> I32, Negative;
    /// A function object for a compiled code object and its vectorcall entry; the closure
    /// (tuple of cells), defaults (tuple) and keyword-only defaults (dict) are 0 when absent.
    MakeFunction = pl_make_function(code: Ptr, entry: Ptr, closure: Value, defaults: Value, kwdefaults: Value) -> Value, Null;
    /// Binds vectorcall arguments to a compiled function's parameter slots, writing one owned
    /// reference per slot to `out`.
    BindArgs = pl_bind_args(callable: Value, args: Ptr, nargs: Usize, kwnames: Value, out: Ptr) -> I32, Negative;
    /// The default of a compiled function's parameter `slot` (borrowed), for a direct call
    /// whose binding the compiler did and which the function's `def` gave that default.
    FunctionDefault = pl_function_default(callable: Value, slot: Usize) -> Value, Never;
    /// Decrefs `n` values in an array.
    Release = pl_release(items: Ptr, n: Usize) -> Void, Never;
    /// A new cell holding `v` (0: empty).
    MakeCell = pl_make_cell(v: Value) -> Value, Null;
    /// The value in a cell; unbound: UnboundLocalError, or NameError when `free`.
    CellGet = pl_cell_get(cell: Value, name: Value, free: U32) -> Value, Null;
    /// Stores into a cell (0: unbinds).
    CellSet = pl_cell_set(cell: Value, v: Value) -> Void, Never;
    /// The `i`-th item of a tuple, borrowed.
    TupleItem = pl_tuple_item(t: Value, i: Usize) -> Value, Never, borrowed;
    /// `callable(*args, **kwargs)`: args a list or tuple, kwargs a dict or 0.
    CallEx = pl_call_ex(callable: Value, args: Value, kwargs: Value) -> Value, Null;
    /// `f(..., *iterable)`: appends the items to the argument list.
    ExtendArgs = pl_extend_args(args: Value, iterable: Value, callable: Value) -> I32, Negative;
    /// `f(..., **mapping)`: adds the items to the keyword dict, refusing repeated names.
    MergeKwargs = pl_merge_kwargs(kwargs: Value, mapping: Value, callable: Value) -> I32, Negative;
    /// Enters an exception handler: takes the current exception (a new reference) and makes it
    /// the one being handled.
    Catch = pl_catch() -> Value, Never;
    /// Leaves an exception handler.
    EndHandler = pl_end_handler() -> Void, Never;
    /// Whether `exc` matches an `except` clause's class or tuple of classes: 1, 0, -1.
    ExceptionMatches = pl_exception_matches(exc: Value, clause: Value) -> I32, Negative;
    /// `raise exc` / `raise exc from cause` (cause 0 when absent).
    Raise = pl_raise(exc: Value, cause: Value) -> Void, Always;
    /// Raises `exc` again as it is (bare `raise`, leaving `finally`).
    Reraise = pl_reraise(exc: Value) -> Void, Always;
    /// Bare `raise`: the exception being handled, again; when there is none, a RuntimeError,
    /// which is new and so records `code` and `line` in its traceback.
    ReraiseHandled = pl_reraise_handled(code: Ptr, line: U32) -> Void, Always;
    /// An f-string part: `conversion` is b's', b'r', b'a' or 0; `spec` a str or 0.
    FormatValue = pl_format_value(v: Value, conversion: U32, spec: Value) -> Value, Null;
    /// The concatenation of `n` borrowed str values.
    BuildString = pl_build_string(items: Ptr, n: Usize) -> Value, Null;
    /// A call of a generator function: a generator whose frame slots `slots[i]` hold the
    /// arguments `values[i]` (borrowed).
    NewGenerator = pl_new_generator(code: Ptr, resume: Ptr, nslots: Usize, arguments: Ptr, n: Usize) -> Value, Null;
    /// One step of `yield from it` (next, or send when `sent` is not None): the value to yield
    /// on, or 0: finished (no exception; `TakeStopValue` has the result) or failed.
    YieldFromSend = pl_yield_from_send(it: Value, sent: Value) -> Value, NullMaybeError;
    /// An exception (caught, borrowed) thrown into a generator in `yield from it`, passed on to
    /// `it`: as `YieldFromSend`.
    YieldFromThrow = pl_yield_from_throw(it: Value, exc: Value) -> Value, NullMaybeError;
    /// `yield from`'s result: the sub-iterator's return value.
    TakeStopValue = pl_take_stop_value() -> Value, Never;
    /// The operation `op` (a `coroutine::AsyncOp`) of `await`, `async for` or `async with` on
    /// `a` and `b` (0 when unused).
    AsyncOp = pl_async_op(op: U32, a: Value, b: Value) -> Value, Null;
    /// `return value` in a generator (value borrowed): kept for StopIteration.
    GeneratorReturn = pl_generator_return(gen: Value, value: Value) -> Void, Never;
    /// `with mgr`: looks up `__enter__` and `__exit__` (AttributeError naming the missing one),
    /// calls `__enter__`, and returns the tuple (bound `__exit__`, what `__enter__` returned).
    WithSetup = pl_with_setup(mgr: Value) -> Value, Null;
    /// An exception leaving a `with` body: `exit(type(exc), exc, None)`; 1 when it suppresses.
    WithExitException = pl_with_exit_exception(exit: Value, exc: Value) -> I32, Negative;
    /// A name in a class body: the class namespace, then the module's globals and builtins.
    LoadName = pl_load_name(ns: Value, module: Ptr, name: Value) -> Value, Null;
    /// `del name` in a class body: NameError when the namespace cannot delete it.
    DeleteName = pl_delete_name(ns: Value, name: Value) -> I32, Negative;
    /// `class C(*bases, **kwargs)`: runs the body function on a new namespace and makes the
    /// class (kwargs 0 when absent).
    BuildClass = pl_build_class(body: Value, name: Value, qualname: Value, bases: Value, kwargs: Value) -> Value, Null;
    /// `import name`: the module object.
    Import = pl_import(name: Value) -> Value, Null;
    /// `from module import name`.
    ImportFrom = pl_import_from(module: Value, name: Value) -> Value, Null;
    /// `from module import *` into the globals of `into` (a ModuleInfo).
    ImportStar = pl_import_star(module: Value, into: Ptr) -> I32, Negative;
    /// Records that the current exception passed through `code` at `line`.
    TracebackHere = pl_traceback_here(code: Ptr, line: U32) -> Void, Never;
    RaiseUnboundLocal = pl_raise_unbound_local(name: Value) -> Void, Always;
    /// Raises RecursionError at a call past the limit.
    RaiseRecursion = pl_raise_recursion() -> Void, Always;
    /// The process entry: runs the main module and returns the exit status. `modules` is the
    /// array of the `module_count` imported modules' `ModuleInfo`s.
    Main = pl_main(argc: I32, argv: Ptr, module: Ptr, modules: Ptr, module_count: Usize) -> I32, Never;
}

/// Data symbols generated code reads directly.
pub mod data {
    /// `RecursionState`: depth at offset 0, limit at offset 8, the frame stack at offset 16.
    pub const RECURSION: &str = "pl_recursion";
    pub const NONE: &str = "pl_None";
    pub const ELLIPSIS: &str = "pl_Ellipsis";
    pub const TRUE: &str = "pl_True";
    pub const FALSE: &str = "pl_False";
    pub const FUNCTION_TYPE: &str = "pl_function_type";
    /// The builtins dict (a Value word), for the inline global-load cache check.
    pub const BUILTINS: &str = "pl_builtins";
}

pub const DATA_SYMBOLS: &[&str] = &[
    data::RECURSION,
    data::NONE,
    data::ELLIPSIS,
    data::TRUE,
    data::FALSE,
    data::FUNCTION_TYPE,
    data::BUILTINS,
];

/// Byte offset of a dict's PEP 509 version.
pub const DICT_VERSION_OFFSET: i32 = crate::objects::dict::VERSION_OFFSET as i32;

/// Byte offset of a function object's code pointer (for the direct-call guard).
pub const FUNCTION_CODE_OFFSET: i32 = 16;
/// Byte offsets of a generator's frame pointer and resume label (`objects::generator`).
pub const GENERATOR_FRAME_OFFSET: i32 = 16;
pub const GENERATOR_LABEL_OFFSET: i32 = 24;
/// Byte offset of the line of the `yield` a generator is suspended at.
pub const GENERATOR_LINE_OFFSET: i32 = 32;
/// Byte offset of a function object's closure tuple (0 when it has none).
pub const FUNCTION_CLOSURE_OFFSET: i32 = 32;
