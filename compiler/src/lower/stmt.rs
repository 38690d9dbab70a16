//! Statements.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::expr::{binary_op, expr_kind};
use super::{FunctionLowerer, LoopTargets, Unwind};
use crate::frontend::symtable::SymbolScope;
use crate::ir::{BlockId, Op, RegId, Terminator};

impl FunctionLowerer<'_, '_> {
    pub(super) fn lower_block(&mut self, body: &[Stmt]) {
        for stmt in body {
            self.at(stmt, |this| this.stmt(stmt));
        }
    }

    fn stmt(&mut self, stmt: &Stmt) {
        match stmt {
            Stmt::Expr(e) => {
                self.expr(&e.value);
            }
            Stmt::Pass(_) => {}
            Stmt::Assign(a) => {
                let value = self.expr(&a.value);
                for target in &a.targets {
                    self.store(target, value);
                }
            }
            Stmt::AnnAssign(a) => self.annotated_assign(a),
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::If(i) => self.if_stmt(i),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Break(b) => match self.leave_to_loop() {
                Some(targets) => self.jump(targets.break_to),
                None => self
                    .module
                    .error("SyntaxError: 'break' outside loop", b.range),
            },
            Stmt::Continue(c) => match self.leave_to_loop() {
                Some(targets) => self.jump(targets.continue_to),
                None => self
                    .module
                    .error("SyntaxError: 'continue' not properly in loop", c.range),
            },
            Stmt::Return(r) => {
                if self.is_module() {
                    self.module
                        .error("SyntaxError: 'return' outside function", r.range);
                    return;
                }
                let value = match &r.value {
                    Some(v) => self.expr(v),
                    None => self.emit(Op::None),
                };
                self.leave_all();
                self.terminate(Terminator::Return(value));
            }
            Stmt::FunctionDef(def) => self.function_def(def),
            Stmt::Global(_) => {}
            Stmt::Delete(d) => {
                for target in &d.targets {
                    self.delete(target);
                }
            }
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::With(w) => self.with_stmt(w),
            Stmt::Raise(r) => self.raise_stmt(r),
            Stmt::Assert(a) => self.assert_stmt(a),
            Stmt::Import(i) => self.import(i),
            Stmt::ImportFrom(i) => self.import_from(i),
            // The symbol table did the work of `global` and `nonlocal`.
            Stmt::Nonlocal(_) => {}
            _ => self.module.unsupported("this statement", stmt.range()),
        }
    }

    /// Binds `value` to an assignment target.
    pub(super) fn store(&mut self, target: &Expr, value: RegId) {
        match target {
            Expr::Name(name) => self.store_name(name.id.as_str(), value),
            Expr::Subscript(s) => {
                let container = self.expr(&s.value);
                let key = self.subscript_key(&s.slice);
                self.emit_status(Op::SetItem {
                    container,
                    key,
                    value,
                });
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.attribute_name(a.attr.id.as_str());
                self.emit_status(Op::SetAttr { obj, name, value });
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                self.unpack_into(elts, value, target)
            }
            _ => self.module.unsupported(expr_kind(target), target.range()),
        }
    }

    /// `a, (b, *c), d = value`: unpacks once, then stores each target left to right.
    fn unpack_into(&mut self, targets: &[Expr], value: RegId, whole: &Expr) {
        let stars: Vec<usize> = targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_starred_expr())
            .map(|(i, _)| i)
            .collect();
        if stars.len() > 1 {
            self.module.error(
                "SyntaxError: two starred expressions in assignment",
                whole.range(),
            );
            return;
        }
        let (before, after) = match stars.first() {
            Some(&i) => (i, targets.len() - i - 1),
            None => (targets.len(), 0),
        };
        let values = self.emit(Op::Unpack {
            value,
            before: before as u32,
            after: after as u32,
            star: !stars.is_empty(),
        });
        for (i, target) in targets.iter().enumerate() {
            let index = self.emit(Op::Int(i as i64));
            let item = self.emit(Op::GetItem(values, index));
            let target = match target {
                Expr::Starred(s) => &*s.value,
                t => t,
            };
            self.store(target, item);
        }
    }

    /// `target: annotation [= value]`. 3.8 binds the value first; then, in a module or class
    /// body only, evaluates the annotation, and records a simple name's in `__annotations__`.
    fn annotated_assign(&mut self, a: &ast::StmtAnnAssign) {
        if let Some(value) = &a.value {
            let value = self.expr(value);
            self.store(&a.target, value);
        }
        if !self.is_module() && self.class_namespace.is_none() {
            return;
        }
        let annotation = self.expr(&a.annotation);
        if let (Expr::Name(name), true) = (&*a.target, a.simple) {
            let key = self.attribute_name(name.id.as_str());
            let annotations = self.load_name("__annotations__");
            let key = self.emit(Op::Const(key));
            self.emit_status(Op::SetItem {
                container: annotations,
                key,
                value: annotation,
            });
        }
    }

    /// CPython's SETUP_ANNOTATIONS: a module or class body with a simple annotated name
    /// starts with an empty `__annotations__`.
    pub(super) fn setup_annotations(&mut self, body: &[Stmt]) {
        if body.iter().any(annotates_a_name) {
            let annotations = self.emit(Op::BuildDict(Vec::new()));
            self.store_name("__annotations__", annotations);
        }
    }

    pub(super) fn store_name(&mut self, name: &str, value: RegId) {
        let name = self.mangled(name);
        let name = name.as_ref();
        let scope = self.name_scope(name);
        if let Some(ns) = self.in_class_body(scope) {
            let key = self.str_const(name);
            let key = self.emit(Op::Const(key));
            self.emit_status(Op::SetItem {
                container: ns,
                key,
                value,
            });
            return;
        }
        match scope {
            SymbolScope::Local => {
                let reg = self.local_reg(name);
                self.push(Some(reg), Op::Move(value));
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit => {
                let c = self.str_const(name);
                self.emit_status(Op::StoreGlobal(c, value));
            }
            SymbolScope::Free | SymbolScope::Cell => {
                let cell = self.cell_reg(name);
                self.push(None, Op::CellSet(cell, Some(value)));
            }
        }
    }

    /// `del name`: a local must be bound (UnboundLocalError otherwise) and becomes unbound.
    pub(super) fn delete_name(&mut self, name: &str) {
        let name = self.mangled(name);
        let name = name.as_ref();
        if let Some(ns) = self.in_class_body(self.name_scope(name)) {
            let name = self.str_const(name);
            self.emit_status(Op::DeleteName { ns, name });
            return;
        }
        match self.name_scope(name) {
            SymbolScope::Local => {
                self.load_name(name);
                let reg = self.local_reg(name);
                self.push(Some(reg), Op::Unbind);
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit => {
                let c = self.str_const(name);
                self.emit_status(Op::DeleteGlobal(c));
            }
            SymbolScope::Free | SymbolScope::Cell => {
                self.load_name(name);
                let cell = self.cell_reg(name);
                self.push(None, Op::CellSet(cell, None));
            }
        }
    }

    fn delete(&mut self, target: &Expr) {
        match target {
            Expr::Name(name) => self.delete_name(name.id.as_str()),
            Expr::Subscript(s) => {
                let container = self.expr(&s.value);
                let key = self.subscript_key(&s.slice);
                self.emit_status(Op::DelItem(container, key));
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e);
                }
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.attribute_name(a.attr.id.as_str());
                self.emit_status(Op::DelAttr(obj, name));
            }
            _ => self
                .module
                .unsupported("this kind of `del`", target.range()),
        }
    }

    /// `target op= value`, evaluating the target's parts once.
    fn aug_assign(&mut self, a: &ast::StmtAugAssign) {
        let op = binary_op(a.op);
        match &*a.target {
            Expr::Name(name) => {
                let current = self.load_name(name.id.as_str());
                let value = self.expr(&a.value);
                let result = self.emit(Op::InPlace(op, current, value));
                self.store_name(name.id.as_str(), result);
            }
            Expr::Attribute(attr) => {
                let obj = self.expr(&attr.value);
                let name = self.attribute_name(attr.attr.id.as_str());
                let current = self.emit(Op::GetAttr(obj, name));
                let value = self.expr(&a.value);
                let result = self.emit(Op::InPlace(op, current, value));
                self.emit_status(Op::SetAttr {
                    obj,
                    name,
                    value: result,
                });
            }
            Expr::Subscript(s) => {
                let container = self.expr(&s.value);
                let key = self.subscript_key(&s.slice);
                let current = self.emit(Op::GetItem(container, key));
                let value = self.expr(&a.value);
                let result = self.emit(Op::InPlace(op, current, value));
                self.emit_status(Op::SetItem {
                    container,
                    key,
                    value: result,
                });
            }
            target => self.module.unsupported(expr_kind(target), target.range()),
        }
    }

    fn if_stmt(&mut self, i: &ast::StmtIf) {
        let done = self.func.new_block();
        let mut next = self.func.new_block();
        let then_block = self.func.new_block();
        self.branch_on(&i.test, then_block, next);
        self.switch_to(then_block);
        self.lower_block(&i.body);
        self.jump(done);
        for clause in &i.elif_else_clauses {
            self.switch_to(next);
            match &clause.test {
                Some(test) => {
                    let body = self.func.new_block();
                    next = self.func.new_block();
                    self.at(test, |this| this.branch_on(test, body, next));
                    self.switch_to(body);
                    self.lower_block(&clause.body);
                    self.jump(done);
                }
                None => {
                    self.lower_block(&clause.body);
                    self.jump(done);
                    next = self.func.new_block();
                }
            }
        }
        self.switch_to(next);
        self.jump(done);
        self.switch_to(done);
    }

    fn while_stmt(&mut self, w: &ast::StmtWhile) {
        let (head, body, orelse, done) = (
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        self.at(&*w.test, |this| this.branch_on(&w.test, body, orelse));
        self.switch_to(body);
        self.unwind.push(Unwind::Loop(LoopTargets {
            continue_to: head,
            break_to: done,
            iterator: None,
        }));
        self.lower_block(&w.body);
        self.unwind.pop();
        self.jump(head);
        self.switch_to(orelse);
        self.lower_block(&w.orelse);
        self.jump(done);
        self.switch_to(done);
    }

    fn for_stmt(&mut self, f: &ast::StmtFor) {
        if f.is_async {
            self.async_for_stmt(f);
            return;
        }
        let iterable = self.expr(&f.iter);
        let iterator = self.at(&*f.iter, |this| this.emit(Op::GetIter(iterable)));
        let (head, body, orelse, done) = (
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
            self.func.new_block(),
        );
        self.jump(head);
        self.switch_to(head);
        let item = self.at(&*f.iter, |this| this.emit(Op::IterNext(iterator)));
        self.terminate(Terminator::BranchIfNull {
            value: item,
            null: orelse,
            non_null: body,
        });
        self.switch_to(body);
        self.at(&*f.target, |this| this.store(&f.target, item));
        self.for_body(f, iterator, head, orelse, done);
    }

    /// The body and `else` of a `for` loop (also `async for`) over `iterator`, which is released
    /// when the loop is left, by exhaustion, `break`, `return` or an exception: CPython keeps it
    /// on the stack until then, so a generator left by `break` is closed after the body, not
    /// before, and one left by an exception after the body's `finally` and `except` code.
    pub(super) fn for_body(
        &mut self,
        f: &ast::StmtFor,
        iterator: RegId,
        head: BlockId,
        orelse: BlockId,
        done: BlockId,
    ) {
        let broken = self.func.new_block();
        let unwinding = self.func.new_block();
        self.handlers.push(unwinding);
        self.start_block();
        self.unwind.push(Unwind::Loop(LoopTargets {
            continue_to: head,
            break_to: broken,
            iterator: Some(iterator),
        }));
        self.lower_block(&f.body);
        self.unwind.pop();
        self.jump(head);
        self.handlers.pop();
        self.switch_to(unwinding);
        self.emit(Op::Move(iterator));
        self.terminate(Terminator::Propagate);
        self.switch_to(broken);
        self.emit(Op::Move(iterator));
        self.jump(done);
        self.switch_to(orelse);
        self.emit(Op::Move(iterator));
        self.lower_block(&f.orelse);
        self.jump(done);
        self.switch_to(done);
    }
}

/// Whether the statement, or one nested in its blocks (not in a nested scope), is an annotated
/// assignment to a simple name.
fn annotates_a_name(stmt: &Stmt) -> bool {
    let any = |body: &[Stmt]| body.iter().any(annotates_a_name);
    match stmt {
        Stmt::AnnAssign(a) => a.simple,
        Stmt::If(s) => any(&s.body) || s.elif_else_clauses.iter().any(|c| any(&c.body)),
        Stmt::For(s) => any(&s.body) || any(&s.orelse),
        Stmt::While(s) => any(&s.body) || any(&s.orelse),
        Stmt::With(s) => any(&s.body),
        Stmt::Try(s) => {
            any(&s.body)
                || s.handlers.iter().any(|h| match h {
                    ast::ExceptHandler::ExceptHandler(h) => any(&h.body),
                })
                || any(&s.orelse)
                || any(&s.finalbody)
        }
        _ => false,
    }
}
