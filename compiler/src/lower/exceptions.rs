//! `try`/`except`/`else`/`finally`, `raise` and `assert`, and leaving regions early.
//!
//! `finally` bodies are lowered once per way out (falling through, an exception, and each
//! `break`/`continue`/`return` crossing them), so no "why did we get here" state is needed.
//! Every block records its innermost handler; the exceptions pass routes error edges there.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use super::{FunctionLowerer, LoopTargets, Unwind};
use crate::ir::{Op, RegId, RegType, Terminator};

impl FunctionLowerer<'_, '_> {
    /// For `break`/`continue`: runs the cleanups between here and the innermost loop, and
    /// returns that loop's targets (None outside a loop).
    pub(super) fn leave_to_loop(&mut self) -> Option<LoopTargets> {
        let depth = self
            .unwind
            .iter()
            .rposition(|u| matches!(u, Unwind::Loop(_)))?;
        let Unwind::Loop(targets) = self.unwind[depth] else {
            unreachable!("rposition found a loop")
        };
        self.run_cleanups_down_to(depth + 1);
        Some(targets)
    }

    /// For `return`: runs every cleanup in the function.
    pub(super) fn leave_all(&mut self) {
        self.run_cleanups_down_to(0);
    }

    /// Runs the cleanups of the regions at `unwind[depth..]`, innermost first. A `finally` body
    /// runs with the regions and handlers that surround its own `try`.
    fn run_cleanups_down_to(&mut self, depth: usize) {
        let mut i = self.unwind.len();
        while i > depth {
            i -= 1;
            match &self.unwind[i] {
                Unwind::Loop(targets) => {
                    if let Some(iterator) = targets.iterator {
                        self.emit(Op::Move(iterator));
                    }
                }
                Unwind::Handler => self.push(None, Op::EndHandler),
                Unwind::With {
                    exit,
                    handler_depth,
                    is_async,
                } => {
                    let (exit, handler_depth, is_async) = (*exit, *handler_depth, *is_async);
                    let saved_unwind = self.unwind.split_off(i);
                    let saved_handlers = self.handlers.split_off(handler_depth);
                    self.start_block();
                    self.call_exit_without_exception(exit, is_async);
                    self.unwind.extend(saved_unwind);
                    self.handlers.extend(saved_handlers);
                    self.start_block();
                }
                Unwind::Finally {
                    body,
                    handler_depth,
                } => {
                    let (body, handler_depth) = (body.clone(), *handler_depth);
                    let saved_unwind = self.unwind.split_off(i);
                    let saved_handlers = self.handlers.split_off(handler_depth);
                    self.start_block();
                    self.lower_block(&body);
                    self.unwind.extend(saved_unwind);
                    self.handlers.extend(saved_handlers);
                    self.start_block();
                }
            }
        }
    }

    pub(super) fn try_stmt(&mut self, t: &ast::StmtTry) {
        if t.is_star {
            self.module.unsupported("except*", t.range());
            return;
        }
        if t.finalbody.is_empty() {
            self.try_except(&t.body, &t.handlers, &t.orelse);
        } else {
            self.try_finally(t);
        }
    }

    fn try_finally(&mut self, t: &ast::StmtTry) {
        let handler = self.func.new_block();
        let handler_depth = self.handlers.len();
        self.handlers.push(handler);
        self.unwind.push(Unwind::Finally {
            body: t.finalbody.to_vec(),
            handler_depth,
        });
        self.start_block();
        if t.handlers.is_empty() {
            self.lower_block(&t.body);
            self.lower_block(&t.orelse);
        } else {
            self.try_except(&t.body, &t.handlers, &t.orelse);
        }
        self.unwind.pop();
        self.handlers.pop();
        self.start_block();
        // Falling through.
        self.lower_block(&t.finalbody);
        let after = self.func.new_block();
        self.jump(after);
        // An exception: run the body with the exception as the one being handled, then
        // raise it again.
        self.switch_to(handler);
        let exc = self.enter_handler();
        self.lower_block(&t.finalbody);
        self.push(None, Op::Reraise(exc));
        self.terminate(Terminator::Unreachable);
        self.exit_handler();
        self.switch_to(after);
    }

    /// Continues in a new block, so that a change of handler applies from here on only.
    pub(super) fn start_block(&mut self) {
        let next = self.func.new_block();
        self.jump(next);
        self.switch_to(next);
    }

    /// Catches the current exception; until `exit_handler`, exceptions escaping the handler's
    /// code end it on their way out.
    fn enter_handler(&mut self) -> RegId {
        let exc = self.emit(Op::Catch);
        let cleanup = self.func.new_block();
        self.func.blocks[cleanup].handler = self.handlers.last().copied();
        self.func.blocks[cleanup].insts.push(crate::ir::Inst {
            dst: None,
            op: Op::EndHandler,
            line: self.line,
        });
        self.func.blocks[cleanup].term = Terminator::Propagate;
        self.handlers.push(cleanup);
        self.unwind.push(Unwind::Handler);
        self.start_block();
        exc
    }

    fn exit_handler(&mut self) {
        self.unwind.pop();
        self.handlers.pop();
    }

    fn try_except(&mut self, body: &[Stmt], handlers: &[ast::ExceptHandler], orelse: &[Stmt]) {
        let handler = self.func.new_block();
        let after = self.func.new_block();
        self.handlers.push(handler);
        self.start_block();
        self.lower_block(body);
        self.handlers.pop();
        self.start_block();
        self.lower_block(orelse);
        self.jump(after);

        self.switch_to(handler);
        let exc = self.enter_handler();
        for clause in handlers {
            let ast::ExceptHandler::ExceptHandler(clause) = clause;
            self.at(clause, |this| this.except_clause(clause, exc, after));
        }
        // No clause matched: the exception goes on.
        self.push(None, Op::Reraise(exc));
        self.terminate(Terminator::Unreachable);
        self.exit_handler();
        self.switch_to(after);
    }

    /// One `except [E [as name]]:` clause; falls through to the next clause when E does not
    /// match.
    fn except_clause(
        &mut self,
        clause: &ast::ExceptHandlerExceptHandler,
        exc: RegId,
        after: crate::ir::BlockId,
    ) {
        let body = self.func.new_block();
        let next = self.func.new_block();
        match &clause.type_ {
            Some(class) => {
                let class = self.expr(class);
                let cond = self.emit_machine(Op::ExceptionMatches(exc, class), RegType::Bool);
                self.terminate(Terminator::Branch {
                    cond,
                    then_block: body,
                    else_block: next,
                });
            }
            None => self.jump(body),
        }
        self.switch_to(body);
        if let Some(name) = &clause.name {
            self.store_name(name.id.as_str(), exc);
        }
        self.lower_block(&clause.body);
        // 3.8 deletes the name at the end of the clause (`e = None; del e`).
        if let Some(name) = &clause.name {
            let none = self.emit(Op::None);
            self.store_name(name.id.as_str(), none);
            self.delete_name(name.id.as_str());
        }
        self.push(None, Op::EndHandler);
        self.jump(after);
        self.switch_to(next);
    }

    pub(super) fn with_stmt(&mut self, w: &ast::StmtWith) {
        self.with_items(&w.items, &w.body, w.is_async);
    }

    /// `with a, b: body` is `with a: with b: body`; `async with` awaits `__aenter__` and
    /// `__aexit__`.
    fn with_items(&mut self, items: &[ast::WithItem], body: &[Stmt], is_async: bool) {
        let Some((item, rest)) = items.split_first() else {
            self.lower_block(body);
            return;
        };
        let manager = self.expr(&item.context_expr);
        let (exit_reg, value) = if is_async {
            self.async_with_enter(item, manager)
        } else {
            let setup = self.at(&item.context_expr, |this| this.emit(Op::WithSetup(manager)));
            let exit = self.emit(Op::TupleItem(setup, 0));
            let exit_reg = self.func.new_reg(RegType::Object, crate::ir::RegKind::Temp);
            self.push(Some(exit_reg), Op::Move(exit));
            (exit_reg, self.emit(Op::TupleItem(setup, 1)))
        };
        let handler = self.func.new_block();
        let handler_depth = self.handlers.len();
        self.handlers.push(handler);
        self.unwind.push(Unwind::With {
            exit: exit_reg,
            handler_depth,
            is_async,
        });
        self.start_block();
        if let Some(target) = &item.optional_vars {
            self.store(target, value)
        }
        self.with_items(rest, body, is_async);
        self.unwind.pop();
        self.handlers.pop();
        self.start_block();
        self.call_exit_without_exception(exit_reg, is_async);
        let after = self.func.new_block();
        self.jump(after);
        // An exception leaves the body: __exit__ sees it and may suppress it.
        self.switch_to(handler);
        let exc = self.enter_handler();
        let suppress = if is_async {
            self.async_exit_with_exception(exit_reg, exc)
        } else {
            self.emit_machine(
                Op::WithExitException {
                    exit: exit_reg,
                    exc,
                },
                RegType::Bool,
            )
        };
        let (suppressed, reraise) = (self.func.new_block(), self.func.new_block());
        self.terminate(Terminator::Branch {
            cond: suppress,
            then_block: suppressed,
            else_block: reraise,
        });
        self.switch_to(reraise);
        self.push(None, Op::Reraise(exc));
        self.terminate(Terminator::Unreachable);
        self.switch_to(suppressed);
        self.push(None, Op::EndHandler);
        self.exit_handler();
        self.jump(after);
        self.switch_to(after);
    }

    fn call_exit_without_exception(&mut self, exit: RegId, is_async: bool) {
        let none = self.emit(Op::None);
        let result = self.emit(Op::Call {
            callee: exit,
            args: vec![none, none, none],
            kwnames: None,
        });
        if is_async {
            self.await_exit(result);
        }
    }

    pub(super) fn raise_stmt(&mut self, r: &ast::StmtRaise) {
        match &r.exc {
            None => self.push(None, Op::ReraiseHandled),
            Some(exc) => {
                let exc = self.expr(exc);
                let cause = r.cause.as_ref().map(|c| self.expr(c));
                self.push(None, Op::Raise(exc, cause));
            }
        }
        self.terminate(Terminator::Unreachable);
    }

    /// `assert test, msg`: 3.8 looks `AssertionError` up as a global.
    pub(super) fn assert_stmt(&mut self, a: &ast::StmtAssert) {
        let (fail, ok) = (self.func.new_block(), self.func.new_block());
        self.branch_on(&a.test, ok, fail);
        self.switch_to(fail);
        let name = self.str_const("AssertionError");
        let class = self.emit(Op::LoadGlobal(name));
        let exc = match &a.msg {
            Some(msg) => {
                let msg = self.expr(msg);
                self.emit(Op::Call {
                    callee: class,
                    args: vec![msg],
                    kwnames: None,
                })
            }
            None => class,
        };
        self.push(None, Op::Raise(exc, None));
        self.terminate(Terminator::Unreachable);
        self.switch_to(ok);
    }
}
