//! `await`, `async for`, `async with` and the `yield` of asynchronous generators, on the
//! generator machinery: `await x` is `yield from` of the iterator `x`'s awaitable gives
//! (`AsyncOp::Await`), and the asynchronous statements await what their special methods
//! return.

use super::FunctionLowerer;
use crate::ir::{AsyncOp, BlockId, Op, RegId, RegKind, RegType, Terminator};
use ruff_python_ast::{self as ast, Expr};

impl FunctionLowerer<'_, '_> {
    /// `await value`.
    pub(super) fn await_expr(&mut self, value: &Expr) -> RegId {
        let awaitable = self.expr(value);
        let iter = self.emit(Op::Async(AsyncOp::Await, awaitable, None));
        self.yield_from_iter(iter)
    }

    /// Awaits the result of a call that returned an awaitable (a coroutine comprehension).
    pub(super) fn await_value(&mut self, awaitable: RegId) -> RegId {
        let iter = self.emit(Op::Async(AsyncOp::Await, awaitable, None));
        self.yield_from_iter(iter)
    }

    /// `yield value`; in an asynchronous generator the value is marked as yielded, to tell it
    /// from what its `await`s pass up to the event loop.
    pub(super) fn yield_value(&mut self, value: RegId) -> RegId {
        let value = if self.func.is_coroutine {
            self.emit(Op::Async(AsyncOp::Wrap, value, None))
        } else {
            value
        };
        self.emit(Op::Yield(value))
    }

    /// The next item of an asynchronous iterator (`await it.__anext__()`); StopAsyncIteration
    /// ends the iteration by jumping to `exhausted`.
    pub(super) fn async_next(&mut self, aiter: RegId, exhausted: BlockId) -> RegId {
        let stop = self.func.new_block();
        self.handlers.push(stop);
        self.start_block();
        let awaitable = self.emit(Op::Async(AsyncOp::ANext, aiter, None));
        let received = self.yield_from_iter(awaitable);
        let item = self.func.new_reg(RegType::Object, RegKind::Temp);
        self.push(Some(item), Op::Move(received));
        self.handlers.pop();
        let after = self.func.new_block();
        self.jump(after);
        self.switch_to(stop);
        let exc = self.emit(Op::Catch);
        let ends = self.emit(Op::Async(AsyncOp::EndsAsyncFor, exc, None));
        let ends = self.emit_machine(Op::Truth(ends), RegType::Bool);
        let (end, reraise) = (self.func.new_block(), self.func.new_block());
        self.terminate(Terminator::Branch {
            cond: ends,
            then_block: end,
            else_block: reraise,
        });
        self.switch_to(reraise);
        self.push(None, Op::Reraise(exc));
        self.terminate(Terminator::Unreachable);
        self.switch_to(end);
        self.push(None, Op::EndHandler);
        self.jump(exhausted);
        self.switch_to(after);
        item
    }

    /// `async for target in iterable: body else: orelse`.
    pub(super) fn async_for_stmt(&mut self, f: &ast::StmtFor) {
        let iterable = self.expr(&f.iter);
        let aiter = self.at(&*f.iter, |this| {
            this.emit(Op::Async(AsyncOp::AIter, iterable, None))
        });
        let (head, orelse, done) = (
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        let item = self.at(&*f.iter, |this| this.async_next(aiter, orelse));
        self.at(&*f.target, |this| this.store(&f.target, item));
        self.for_body(f, aiter, head, orelse, done);
    }

    /// Enters `async with manager`: the bound `__aexit__` and the awaited `__aenter__()`.
    pub(super) fn async_with_enter(
        &mut self,
        item: &ast::WithItem,
        manager: RegId,
    ) -> (RegId, RegId) {
        let setup = self.at(&item.context_expr, |this| {
            this.emit(Op::Async(AsyncOp::AEnter, manager, None))
        });
        // Both are moved out of the tuple, which dies here.
        let [exit, enter] = [0, 1].map(|i| {
            let borrowed = self.emit(Op::TupleItem(setup, i));
            let owned = self.func.new_reg(RegType::Object, RegKind::Temp);
            self.push(Some(owned), Op::Move(borrowed));
            owned
        });
        let value = self.at(&item.context_expr, |this| this.yield_from_iter(enter));
        (exit, value)
    }

    /// Awaits what `__aexit__` returned.
    pub(super) fn await_exit(&mut self, result: RegId) -> RegId {
        let iter = self.emit(Op::Async(AsyncOp::AExit, result, None));
        self.yield_from_iter(iter)
    }

    /// An exception leaving an `async with` body: whether the awaited
    /// `__aexit__(type, exc, tb)` suppresses it.
    pub(super) fn async_exit_with_exception(&mut self, exit: RegId, exc: RegId) -> RegId {
        let iter = self.emit(Op::Async(AsyncOp::AExitException, exit, Some(exc)));
        let result = self.yield_from_iter(iter);
        self.emit_machine(Op::Truth(result), RegType::Bool)
    }

    /// Whether an asynchronous comprehension's code object makes a coroutine (it builds a
    /// list, set or dict) to be awaited where it is called.
    pub(super) fn comprehension_is_awaited(
        &self,
        scope: crate::frontend::symtable::ScopeId,
    ) -> bool {
        let info = self.module.parsed.symbols.scope(scope);
        info.is_coroutine && !info.is_generator
    }
}
