//! Instructions, terminators, and the one table of their effects.

use super::{BlockId, ConstId, FuncId, RegId};

/// The operator codes are the runtime's own, so generated code passes them through unchanged.
pub use pylift_runtime::abi::Failure;
pub use pylift_runtime::objects::coroutine::AsyncOp;
pub use pylift_runtime::objects::type_object::CompareOp;
pub use pylift_runtime::ops::{BinaryOp, UnaryOp};

#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// A module constant (immortal).
    Const(ConstId),
    /// A small int, tagged inline.
    Int(i64),
    None,
    /// The Ellipsis singleton, `...`.
    Ellipsis,
    Bool(bool),
    /// Copies a value into another register, passing ownership.
    Move(RegId),
    /// The global or builtin named by a str constant.
    LoadGlobal(ConstId),
    StoreGlobal(ConstId, RegId),
    DeleteGlobal(ConstId),
    Binary(BinaryOp, RegId, RegId),
    /// `a op= b`: mutates `a` in place where its type supports it (list `+=`).
    InPlace(BinaryOp, RegId, RegId),
    Unary(UnaryOp, RegId),
    Compare(CompareOp, RegId, RegId),
    /// `a is b` (negated: `is not`), as True or False.
    Is {
        negated: bool,
        a: RegId,
        b: RegId,
    },
    /// `item in container` (negated: `not in`), as True or False.
    Contains {
        negated: bool,
        item: RegId,
        container: RegId,
    },
    /// `not v`, as True or False.
    Not(RegId),
    /// The truth of a value as a machine bool.
    Truth(RegId),
    /// `callee(*args)`; the last `len(kwnames)` args are keyword arguments.
    Call {
        callee: RegId,
        args: Vec<RegId>,
        kwnames: Option<ConstId>,
    },
    /// A call that goes straight to `func`'s direct entry when `callee` is that function's
    /// object, and through the generic call (`args` with `kwnames`, as `Call`) otherwise
    /// (DESIGN §4, Calls). `slots`, one per parameter, say where the direct entry's arguments
    /// come from: the binding was done at compile time.
    CallDirect {
        callee: RegId,
        func: FuncId,
        args: Vec<RegId>,
        kwnames: Option<ConstId>,
        slots: Vec<ArgSource>,
    },
    /// The module's globals dict, borrowed.
    Globals,
    /// A new dict of a function's bound variables (what `locals()` returns): `names`, a tuple
    /// constant, names the registers of `values` and then the cells of `cells`.
    LocalsDict {
        names: ConstId,
        values: Vec<RegId>,
        cells: Vec<RegId>,
    },
    /// `callee()` where `callee` may be the builtin `globals`, `locals`, `vars` or `dir`,
    /// which answer from the caller's namespaces; any other callee is simply called.
    CallIntrospective {
        callee: RegId,
        globals: RegId,
        locals: RegId,
    },
    /// `callee.name(*args)`, without a bound method when `name` is a method of the type.
    CallMethod {
        receiver: RegId,
        name: ConstId,
        args: Vec<RegId>,
        kwnames: Option<ConstId>,
    },
    /// `obj.name`, the name a str constant.
    GetAttr(RegId, ConstId),
    SetAttr {
        obj: RegId,
        name: ConstId,
        value: RegId,
    },
    DelAttr(RegId, ConstId),
    BuildList(Vec<RegId>),
    /// A set of the items, added left to right.
    BuildSet(Vec<RegId>),
    /// `list.append(value)` for comprehensions.
    ListAppend(RegId, RegId),
    /// `set.add(value)` for comprehensions.
    SetAdd(RegId, RegId),
    BuildTuple(Vec<RegId>),
    /// Keys and values alternate.
    BuildDict(Vec<RegId>),
    /// The values for an unpacking assignment's targets, as a tuple (see `pl_unpack`).
    Unpack {
        value: RegId,
        before: u32,
        after: u32,
        star: bool,
    },
    /// `slice(start, stop, step)`.
    BuildSlice(RegId, RegId, RegId),
    GetItem(RegId, RegId),
    SetItem {
        container: RegId,
        key: RegId,
        value: RegId,
    },
    DelItem(RegId, RegId),
    GetIter(RegId),
    /// The next item, or 0 when exhausted.
    IterNext(RegId),
    /// A function object for a code object, with its closure (tuple of cells), positional
    /// defaults (tuple) and keyword-only defaults (dict).
    MakeFunction {
        func: FuncId,
        closure: Option<RegId>,
        defaults: Option<RegId>,
        kwdefaults: Option<RegId>,
    },
    /// `with`: enters the context manager; the result is (bound `__exit__`, entered value).
    WithSetup(RegId),
    /// An exception leaving a `with` body: whether `__exit__` suppresses it.
    WithExitException {
        exit: RegId,
        exc: RegId,
    },
    /// `yield value`: suspends the generator; the result is the value sent in when it resumes.
    Yield(RegId),
    /// The `yield` inside `yield from`: an exception thrown in at it goes to the delegating
    /// handler without a traceback entry (the sub-iterator's frames record it).
    YieldDelegating(RegId),
    /// One step of `yield from` (see `pl_yield_from_send`).
    YieldFromSend {
        iter: RegId,
        sent: RegId,
    },
    /// Passes an exception thrown in at `yield from` on to the sub-iterator.
    YieldFromThrow {
        iter: RegId,
        exc: RegId,
    },
    /// `yield from`'s result.
    TakeStopValue,
    /// An operation of `await`, `async for` or `async with` (see `AsyncOp`).
    Async(AsyncOp, RegId, Option<RegId>),
    /// An f-string part: the value converted (`b's'`, `b'r'`, `b'a'` or 0) and formatted with
    /// the spec.
    FormatValue {
        value: RegId,
        conversion: u8,
        spec: Option<RegId>,
    },
    /// The concatenation of str parts.
    BuildString(Vec<RegId>),
    /// A name read in a class body: the namespace, then globals and builtins.
    LoadName {
        ns: RegId,
        name: ConstId,
    },
    /// `del name` in a class body: deletes it from the namespace (NameError when missing).
    DeleteName {
        ns: RegId,
        name: ConstId,
    },
    /// Makes a class from its body function (see `pl_build_class`).
    BuildClass {
        body: RegId,
        name: ConstId,
        qualname: ConstId,
        bases: RegId,
        kwargs: Option<RegId>,
    },
    /// `import name` (a module the runtime provides).
    Import(ConstId),
    /// `from module import name`.
    ImportFrom(RegId, ConstId),
    /// `from module import *` into the module's globals.
    ImportStar(RegId),
    /// A new cell, holding the value if given.
    MakeCell(Option<RegId>),
    /// The value in a cell (a variable shared with nested functions); `free` when it belongs
    /// to an enclosing function (it decides the error for an unbound one).
    CellGet {
        cell: RegId,
        name: ConstId,
        free: bool,
    },
    /// Stores into a cell; `None` unbinds.
    CellSet(RegId, Option<RegId>),
    /// An item of a tuple known to be long enough (closures, unpacking), borrowed.
    TupleItem(RegId, u32),
    /// `callee(*args, **kwargs)`: args a list, kwargs a dict.
    CallEx {
        callee: RegId,
        args: RegId,
        kwargs: Option<RegId>,
    },
    /// `f(..., *iterable)`: extends the argument list (the callee names the error).
    ExtendArgs {
        args: RegId,
        iterable: RegId,
        callee: RegId,
    },
    /// `f(..., **mapping)`: merges into the keyword dict, refusing repeated names.
    MergeKwargs {
        kwargs: RegId,
        mapping: RegId,
        callee: RegId,
    },
    /// Raises UnboundLocalError for the local named by a str constant.
    RaiseUnboundLocal(ConstId),
    /// Makes a local unbound (0): `del x`, and the end of `except ... as x`.
    Unbind,
    /// Enters an exception handler: the current exception, now the one being handled.
    Catch,
    /// Leaves an exception handler (the previously handled exception is restored).
    EndHandler,
    /// Whether the exception matches an `except` clause (a class or tuple of classes).
    ExceptionMatches(RegId, RegId),
    /// `raise exc` or `raise exc from cause`.
    Raise(RegId, Option<RegId>),
    /// Raises a caught exception again, adding no traceback entry (leaving `finally`).
    Reraise(RegId),
    /// Bare `raise`: re-raises the exception being handled.
    ReraiseHandled,
    /// Inserted by the exceptions pass: records this frame in the current traceback.
    TracebackHere,
    /// Inserted by the refcount pass.
    IncRef(RegId),
    /// Inserted by the refcount pass; tests for 0 when the register may be unbound.
    DecRef(RegId),
}

/// Where a direct call takes one parameter's value from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArgSource {
    /// The call's argument at this index of its `args`.
    Arg(u32),
    /// The callee's default for the parameter in this slot.
    Default(u32),
}

/// How an op's result is owned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultKind {
    /// No result.
    None,
    /// A new reference.
    Owned,
    /// A reference owned elsewhere; the refcount pass increfs it.
    Borrowed,
    /// An immortal object or a tagged int: needs no reference counting at all.
    Immortal,
    /// A machine value (bool or status), not an object.
    Machine,
}

/// Which operands an op takes ownership of, whether it succeeds or fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Steals {
    None,
    All,
    First,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Effects {
    pub failure: Failure,
    pub result: ResultKind,
    pub steals: Steals,
}

impl Op {
    /// The effects table (DESIGN §3): how each op fails and what it owns.
    pub fn effects(&self) -> Effects {
        use Failure::*;
        use ResultKind as R;
        let (failure, result, steals) = match self {
            Op::Const(_) | Op::Int(_) | Op::None | Op::Ellipsis | Op::Bool(_) => {
                (Never, R::Immortal, Steals::None)
            }
            Op::Move(_) => (Never, R::Owned, Steals::All),
            Op::LoadGlobal(_) => (Null, R::Borrowed, Steals::None),
            Op::Globals => (Never, R::Borrowed, Steals::None),
            Op::LocalsDict { .. } | Op::CallIntrospective { .. } => (Null, R::Owned, Steals::None),
            Op::StoreGlobal(..) | Op::DeleteGlobal(_) | Op::DeleteName { .. } => {
                (Negative, R::Machine, Steals::None)
            }
            Op::Binary(..) | Op::InPlace(..) | Op::Unary(..) | Op::Compare(..) => {
                (Null, R::Owned, Steals::None)
            }
            Op::Is { .. } => (Never, R::Immortal, Steals::None),
            Op::Contains { .. } | Op::Not(_) => (Null, R::Immortal, Steals::None),
            Op::Truth(_) => (Negative, R::Machine, Steals::None),
            Op::Call { .. } | Op::CallDirect { .. } | Op::CallMethod { .. } => {
                (Null, R::Owned, Steals::None)
            }
            Op::GetAttr(..) => (Null, R::Owned, Steals::None),
            Op::SetAttr { .. } | Op::DelAttr(..) => (Negative, R::Machine, Steals::None),
            Op::BuildList(_) | Op::BuildTuple(_) => (Null, R::Owned, Steals::All),
            Op::BuildDict(_) | Op::BuildSet(_) => (Null, R::Owned, Steals::None),
            Op::ListAppend(..) | Op::SetAdd(..) => (Negative, R::Machine, Steals::None),
            Op::GetItem(..) | Op::BuildSlice(..) | Op::Unpack { .. } => {
                (Null, R::Owned, Steals::None)
            }
            Op::SetItem { .. } | Op::DelItem(..) => (Negative, R::Machine, Steals::None),
            Op::GetIter(_) => (Null, R::Owned, Steals::None),
            Op::IterNext(_) => (NullMaybeError, R::Owned, Steals::None),
            Op::MakeFunction { .. } | Op::MakeCell(_) | Op::CellGet { .. } | Op::CallEx { .. } => {
                (Null, R::Owned, Steals::None)
            }
            Op::CellSet(..) => (Never, R::None, Steals::None),
            Op::Yield(_) | Op::YieldDelegating(_) => (Null, R::Owned, Steals::All),
            Op::YieldFromSend { .. } | Op::YieldFromThrow { .. } => {
                (NullMaybeError, R::Owned, Steals::None)
            }
            Op::TakeStopValue => (Never, R::Owned, Steals::None),
            Op::Async(..) => (Null, R::Owned, Steals::None),
            Op::WithSetup(_) => (Null, R::Owned, Steals::None),
            Op::WithExitException { .. } => (Negative, R::Machine, Steals::None),
            Op::Import(_)
            | Op::ImportFrom(..)
            | Op::LoadName { .. }
            | Op::BuildClass { .. }
            | Op::FormatValue { .. }
            | Op::BuildString(_) => (Null, R::Owned, Steals::None),
            Op::ImportStar(_) => (Negative, R::Machine, Steals::None),
            Op::TupleItem(..) => (Never, R::Borrowed, Steals::None),
            Op::ExtendArgs { .. } | Op::MergeKwargs { .. } => (Negative, R::Machine, Steals::None),
            Op::RaiseUnboundLocal(_) | Op::Raise(..) | Op::Reraise(_) | Op::ReraiseHandled => {
                (Always, R::None, Steals::None)
            }
            Op::Unbind => (Never, R::Immortal, Steals::None),
            Op::Catch => (Never, R::Owned, Steals::None),
            Op::EndHandler => (Never, R::None, Steals::None),
            Op::ExceptionMatches(..) => (Negative, R::Machine, Steals::None),
            Op::TracebackHere => (Never, R::None, Steals::None),
            Op::IncRef(_) | Op::DecRef(_) => (Never, R::None, Steals::None),
        };
        Effects {
            failure,
            result,
            steals,
        }
    }

    /// The registers the op reads, in order.
    pub fn operands(&self) -> Vec<RegId> {
        match self {
            Op::Const(_)
            | Op::Int(_)
            | Op::None
            | Op::Ellipsis
            | Op::Bool(_)
            | Op::LoadGlobal(_)
            | Op::Globals
            | Op::DeleteGlobal(_)
            | Op::RaiseUnboundLocal(_)
            | Op::Unbind
            | Op::Catch
            | Op::EndHandler
            | Op::ReraiseHandled
            | Op::TracebackHere => vec![],
            Op::ExceptionMatches(a, b) => vec![*a, *b],
            Op::MakeFunction {
                closure,
                defaults,
                kwdefaults,
                ..
            } => [*closure, *defaults, *kwdefaults]
                .into_iter()
                .flatten()
                .collect(),
            Op::MakeCell(v) => v.iter().copied().collect(),
            Op::Import(_) => vec![],
            Op::LoadName { ns, .. } | Op::DeleteName { ns, .. } => vec![*ns],
            Op::Yield(v) | Op::YieldDelegating(v) | Op::WithSetup(v) => vec![*v],
            Op::YieldFromSend { iter, sent } => vec![*iter, *sent],
            Op::YieldFromThrow { iter, exc } => vec![*iter, *exc],
            Op::TakeStopValue => vec![],
            Op::Async(_, a, b) => std::iter::once(*a).chain(*b).collect(),
            Op::WithExitException { exit, exc } => vec![*exit, *exc],
            Op::FormatValue { value, spec, .. } => std::iter::once(*value).chain(*spec).collect(),
            Op::BuildString(parts) => parts.clone(),
            Op::BuildClass {
                body,
                bases,
                kwargs,
                ..
            } => [Some(*body), Some(*bases), *kwargs]
                .into_iter()
                .flatten()
                .collect(),
            Op::ImportFrom(m, _) | Op::ImportStar(m) => vec![*m],
            Op::CellGet { cell, .. } => vec![*cell],
            Op::CellSet(cell, v) => std::iter::once(*cell).chain(*v).collect(),
            Op::TupleItem(t, _) => vec![*t],
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => [Some(*callee), Some(*args), *kwargs]
                .into_iter()
                .flatten()
                .collect(),
            Op::ExtendArgs {
                args,
                iterable,
                callee,
            } => vec![*args, *iterable, *callee],
            Op::MergeKwargs {
                kwargs,
                mapping,
                callee,
            } => vec![*kwargs, *mapping, *callee],
            Op::Raise(exc, cause) => std::iter::once(*exc).chain(*cause).collect(),
            Op::Reraise(exc) => vec![*exc],
            Op::Move(r)
            | Op::Unpack { value: r, .. }
            | Op::GetAttr(r, _)
            | Op::DelAttr(r, _)
            | Op::StoreGlobal(_, r)
            | Op::Unary(_, r)
            | Op::Not(r)
            | Op::Truth(r)
            | Op::GetIter(r)
            | Op::IterNext(r)
            | Op::IncRef(r)
            | Op::DecRef(r) => vec![*r],
            Op::Binary(_, a, b)
            | Op::InPlace(_, a, b)
            | Op::Compare(_, a, b)
            | Op::GetItem(a, b)
            | Op::DelItem(a, b) => {
                vec![*a, *b]
            }
            Op::Is { a, b, .. } => vec![*a, *b],
            Op::Contains {
                item, container, ..
            } => vec![*item, *container],
            Op::Call { callee, args, .. } | Op::CallDirect { callee, args, .. } => {
                std::iter::once(*callee)
                    .chain(args.iter().copied())
                    .collect()
            }
            Op::LocalsDict { values, cells, .. } => values.iter().chain(cells).copied().collect(),
            Op::CallIntrospective {
                callee,
                globals,
                locals,
            } => vec![*callee, *globals, *locals],
            Op::CallMethod { receiver, args, .. } => std::iter::once(*receiver)
                .chain(args.iter().copied())
                .collect(),
            Op::SetAttr { obj, value, .. } => vec![*obj, *value],
            Op::BuildList(items)
            | Op::BuildTuple(items)
            | Op::BuildDict(items)
            | Op::BuildSet(items) => items.clone(),
            Op::ListAppend(a, b) | Op::SetAdd(a, b) => vec![*a, *b],
            Op::SetItem {
                container,
                key,
                value,
            } => vec![*container, *key, *value],
            Op::BuildSlice(a, b, c) => vec![*a, *b, *c],
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Terminator {
    Jump(BlockId),
    /// On a Bool register.
    Branch {
        cond: RegId,
        then_block: BlockId,
        else_block: BlockId,
    },
    /// On an Object register being 0 (an exhausted iterator).
    BranchIfNull {
        value: RegId,
        null: BlockId,
        non_null: BlockId,
    },
    /// Inserted by the exceptions pass after an op that can fail: `value` is the op's result
    /// (0 or -1 signal an error, per `failure`).
    OnError {
        value: Option<RegId>,
        failure: Failure,
        ok: BlockId,
        error: BlockId,
    },
    /// Returns the value, passing ownership to the caller.
    Return(RegId),
    /// Returns the error signal (the exception is set).
    ReturnError,
    /// Continues unwinding an exception that is set: to the block's handler, or out of the
    /// function. The exceptions pass turns it into a jump.
    Propagate,
    Unreachable,
}

impl Terminator {
    /// Whether control leaves the function here (with a value or an exception).
    pub fn leaves_function(&self) -> bool {
        matches!(self, Terminator::Return(_) | Terminator::ReturnError)
    }

    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Terminator::Jump(b) => vec![*b],
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => vec![*then_block, *else_block],
            Terminator::BranchIfNull { null, non_null, .. } => vec![*null, *non_null],
            Terminator::OnError { ok, error, .. } => vec![*ok, *error],
            Terminator::Return(_)
            | Terminator::ReturnError
            | Terminator::Propagate
            | Terminator::Unreachable => vec![],
        }
    }

    pub fn successors_mut(&mut self) -> Vec<&mut BlockId> {
        match self {
            Terminator::Jump(b) => vec![b],
            Terminator::Branch {
                then_block,
                else_block,
                ..
            } => vec![then_block, else_block],
            Terminator::BranchIfNull { null, non_null, .. } => vec![null, non_null],
            Terminator::OnError { ok, error, .. } => vec![ok, error],
            Terminator::Return(_)
            | Terminator::ReturnError
            | Terminator::Propagate
            | Terminator::Unreachable => vec![],
        }
    }

    pub fn operands(&self) -> Vec<RegId> {
        match self {
            Terminator::Branch { cond, .. } => vec![*cond],
            Terminator::BranchIfNull { value, .. } => vec![*value],
            Terminator::OnError { value, .. } => value.iter().copied().collect(),
            Terminator::Return(r) => vec![*r],
            _ => vec![],
        }
    }
}
