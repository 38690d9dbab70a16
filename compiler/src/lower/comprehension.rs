//! List, set and dict comprehensions: as in CPython 3.8, each is a nested function taking the
//! first iterable's iterator (`.0`), called at once. Its variables stay in its own scope, it
//! closes over the enclosing function's variables, and tracebacks show its `<listcomp>` frame.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::FunctionLowerer;
use crate::ir::{AsyncOp, Op, RegId, Signature, Terminator};

/// What a comprehension builds, and from which element expressions.
pub(super) enum Collect<'e> {
    List(&'e Expr),
    Set(&'e Expr),
    Dict(&'e Expr, &'e Expr),
    /// A generator expression: each element is yielded.
    Yield(&'e Expr),
}

impl FunctionLowerer<'_, '_> {
    pub(super) fn comprehension(
        &mut self,
        name: &str,
        collect: Collect,
        generators: &[ast::Comprehension],
        range: TextRange,
    ) -> RegId {
        let Some(scope) = self.module.parsed.symbols.scope_for(range) else {
            self.module
                .error("internal error: no scope for this comprehension", range);
            return self.emit(Op::None);
        };
        // The first iterable is evaluated here, in the enclosing scope.
        let first = self.expr(&generators[0].iter);
        let first = self.at(&generators[0].iter, |this| {
            this.emit(if generators[0].is_async {
                Op::Async(AsyncOp::AIter, first, None)
            } else {
                Op::GetIter(first)
            })
        });
        let closure = self.closure_for(scope);
        let signature = Signature {
            positional: 1,
            ..Signature::default()
        };
        let func = self.lower_nested(scope, name, range, &[".0"], signature, |lowerer| {
            let result = match collect {
                Collect::List(_) => lowerer.emit(Op::BuildList(vec![])),
                Collect::Set(_) => lowerer.emit(Op::BuildSet(vec![])),
                Collect::Dict(..) => lowerer.emit(Op::BuildDict(vec![])),
                Collect::Yield(_) => lowerer.emit(Op::None),
            };
            let iterator = lowerer.func.params[0];
            lowerer.comprehension_loops(generators, Some(iterator), &collect, result);
            lowerer.terminate(Terminator::Return(result));
        });
        let function = self.emit(Op::MakeFunction {
            func,
            closure,
            defaults: None,
            kwdefaults: None,
        });
        let result = self.emit(Op::Call {
            callee: function,
            args: vec![first],
            kwnames: None,
        });
        if self.comprehension_is_awaited(scope) {
            return self.at(&range, |this| this.await_value(result));
        }
        result
    }

    /// One `for ... in ... if ...` clause, with the rest nested inside it.
    fn comprehension_loops(
        &mut self,
        generators: &[ast::Comprehension],
        first_iterator: Option<RegId>,
        collect: &Collect,
        result: RegId,
    ) {
        let Some((generator, rest)) = generators.split_first() else {
            self.collect_element(collect, result);
            return;
        };
        let iterator = match first_iterator {
            Some(it) => it,
            None => {
                let iterable = self.expr(&generator.iter);
                self.at(&generator.iter, |this| {
                    this.emit(if generator.is_async {
                        Op::Async(AsyncOp::AIter, iterable, None)
                    } else {
                        Op::GetIter(iterable)
                    })
                })
            }
        };
        let (head, body, done) = (
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        let item = if generator.is_async {
            let item = self.at(&generator.iter, |this| this.async_next(iterator, done));
            self.jump(body);
            item
        } else {
            let item = self.at(&generator.iter, |this| this.emit(Op::IterNext(iterator)));
            self.terminate(Terminator::BranchIfNull {
                value: item,
                null: done,
                non_null: body,
            });
            item
        };
        self.switch_to(body);
        self.at(&generator.target, |this| {
            this.store(&generator.target, item)
        });
        for condition in &generator.ifs {
            let next = self.func.new_block();
            self.at(condition, |this| this.branch_on(condition, next, head));
            self.switch_to(next);
        }
        self.comprehension_loops(rest, None, collect, result);
        self.jump(head);
        self.switch_to(done);
    }

    fn collect_element(&mut self, collect: &Collect, result: RegId) {
        match collect {
            Collect::List(elt) => {
                let value = self.expr(elt);
                self.at(*elt, |this| this.emit_status(Op::ListAppend(result, value)));
            }
            Collect::Set(elt) => {
                let value = self.expr(elt);
                self.at(*elt, |this| this.emit_status(Op::SetAdd(result, value)));
            }
            Collect::Yield(elt) => {
                let value = self.expr(elt);
                self.at(*elt, |this| this.yield_value(value));
            }
            Collect::Dict(key_expr, value) => {
                let key = self.expr(key_expr);
                let value = self.expr(value);
                self.at(*key_expr, |this| {
                    this.emit_status(Op::SetItem {
                        container: result,
                        key,
                        value,
                    })
                });
            }
        }
    }

    /// `yield from it`: a loop that passes values sent in and exceptions thrown in on to `it`,
    /// yielding what it yields; the result is what `it` returned.
    pub(super) fn yield_from(&mut self, iterable: &Expr) -> RegId {
        let value = self.expr(iterable);
        let iter = self.emit(Op::GetIter(value));
        self.yield_from_iter(iter)
    }

    /// The loop of `yield from` (and `await`) over the iterator `iter`.
    pub(super) fn yield_from_iter(&mut self, iter: RegId) -> RegId {
        let sent = self
            .func
            .new_reg(crate::ir::RegType::Object, crate::ir::RegKind::Temp);
        let step = self
            .func
            .new_reg(crate::ir::RegType::Object, crate::ir::RegKind::Temp);
        let none = self.emit(Op::None);
        self.push(Some(sent), Op::Move(none));
        let (head, yield_block, thrown, done) = (
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        let next = self.emit(Op::YieldFromSend { iter, sent });
        self.push(Some(step), Op::Move(next));
        self.terminate(Terminator::BranchIfNull {
            value: step,
            null: done,
            non_null: yield_block,
        });
        // Yield what the sub-iterator yielded; exceptions thrown in go to `thrown`.
        self.handlers.push(thrown);
        self.switch_to(yield_block);
        let received = self.emit(Op::YieldDelegating(step));
        self.handlers.pop();
        let resumed = self.func.new_block();
        self.jump(resumed);
        self.switch_to(resumed);
        self.push(Some(sent), Op::Move(received));
        self.jump(head);
        self.switch_to(thrown);
        let exc = self.emit(Op::Catch);
        self.push(None, Op::EndHandler);
        let after_throw = self.emit(Op::YieldFromThrow { iter, exc });
        self.push(Some(step), Op::Move(after_throw));
        self.terminate(Terminator::BranchIfNull {
            value: step,
            null: done,
            non_null: yield_block,
        });
        self.switch_to(done);
        self.emit(Op::TakeStopValue)
    }

    /// `{a, b, *c}`: the items added left to right, as 3.8's BUILD_SET does.
    pub(super) fn set_display(&mut self, set: &ast::ExprSet) -> RegId {
        if set.elts.iter().any(Expr::is_starred_expr) {
            self.module
                .unsupported("starred expressions in set displays", set.range());
        }
        let items = set.elts.iter().map(|e| self.expr(e)).collect();
        self.emit(Op::BuildSet(items))
    }
}
