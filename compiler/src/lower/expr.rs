//! Expressions.

use ruff_python_ast::{self as ast, Expr, Number};
use ruff_text_size::Ranged;

use super::comprehension::Collect;
use super::FunctionLowerer;
use crate::frontend::symtable::SymbolScope;
use crate::ir::{BinaryOp, CompareOp, Constant, Op, RegId, RegKind, RegType, Terminator, UnaryOp};

pub(super) fn binary_op(op: ast::Operator) -> BinaryOp {
    use ast::Operator as O;
    match op {
        O::Add => BinaryOp::Add,
        O::Sub => BinaryOp::Sub,
        O::Mult => BinaryOp::Mul,
        O::MatMult => BinaryOp::MatMul,
        O::Div => BinaryOp::TrueDiv,
        O::Mod => BinaryOp::Mod,
        O::Pow => BinaryOp::Pow,
        O::LShift => BinaryOp::LShift,
        O::RShift => BinaryOp::RShift,
        O::BitOr => BinaryOp::BitOr,
        O::BitXor => BinaryOp::BitXor,
        O::BitAnd => BinaryOp::BitAnd,
        O::FloorDiv => BinaryOp::FloorDiv,
    }
}

impl FunctionLowerer<'_, '_> {
    /// Lowers an expression and returns the register holding its value.
    pub(super) fn expr(&mut self, e: &Expr) -> RegId {
        self.at(e, |this| this.expr_inner(e))
    }

    fn expr_inner(&mut self, e: &Expr) -> RegId {
        match e {
            Expr::NumberLiteral(n) => self.number(&n.value),
            Expr::StringLiteral(s) => {
                let c = self.str_const(s.value.to_str());
                self.emit(Op::Const(c))
            }
            Expr::BytesLiteral(b) => {
                let bytes = b.value.bytes().collect();
                let c = self.module.ir.constants.intern(Constant::Bytes(bytes));
                self.emit(Op::Const(c))
            }
            Expr::BooleanLiteral(b) => self.emit(Op::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit(Op::None),
            Expr::EllipsisLiteral(_) => self.emit(Op::Ellipsis),
            Expr::Name(name) => self.load_name(name.id.as_str()),
            Expr::BinOp(b) => {
                let left = self.expr(&b.left);
                let right = self.expr(&b.right);
                self.emit(Op::Binary(binary_op(b.op), left, right))
            }
            Expr::UnaryOp(u) => {
                let operand = self.expr(&u.operand);
                match u.op {
                    ast::UnaryOp::Not => self.emit(Op::Not(operand)),
                    ast::UnaryOp::USub => self.emit(Op::Unary(UnaryOp::Neg, operand)),
                    ast::UnaryOp::UAdd => self.emit(Op::Unary(UnaryOp::Pos, operand)),
                    ast::UnaryOp::Invert => self.emit(Op::Unary(UnaryOp::Invert, operand)),
                }
            }
            Expr::BoolOp(b) => self.bool_op(b),
            Expr::Compare(c) => self.compare(c),
            Expr::If(i) => {
                let result = self.func.new_reg(RegType::Object, RegKind::Temp);
                let (then_block, else_block, done) = (
                    self.func.new_block(),
                    self.func.new_block(),
                    self.func.new_block(),
                );
                self.branch_on(&i.test, then_block, else_block);
                for (block, value) in [(then_block, &i.body), (else_block, &i.orelse)] {
                    self.switch_to(block);
                    let v = self.expr(value);
                    self.push(Some(result), Op::Move(v));
                    self.jump(done);
                }
                self.switch_to(done);
                result
            }
            Expr::Named(n) => {
                let value = self.expr(&n.value);
                self.store(&n.target, value);
                // The walrus's own value is the stored value, read back.
                self.expr(&n.target)
            }
            Expr::Call(call) => self.call(call),
            Expr::Lambda(lambda) => self.lambda(lambda),
            Expr::ListComp(c) => self.comprehension(
                "<listcomp>",
                Collect::List(&c.elt),
                &c.generators,
                c.range(),
            ),
            Expr::SetComp(c) => {
                self.comprehension("<setcomp>", Collect::Set(&c.elt), &c.generators, c.range())
            }
            Expr::DictComp(c) => match c.key.as_deref() {
                Some(key) => self.comprehension(
                    "<dictcomp>",
                    Collect::Dict(key, &c.value),
                    &c.generators,
                    c.range(),
                ),
                None => {
                    self.module
                        .unsupported("`**` in a dict comprehension", c.range());
                    self.emit(Op::None)
                }
            },
            Expr::Set(set) => self.set_display(set),
            Expr::FString(f) => self.fstring(f),
            Expr::Yield(y) => {
                let value = match &y.value {
                    Some(v) => self.expr(v),
                    None => self.emit(Op::None),
                };
                self.yield_value(value)
            }
            Expr::Await(a) => self.await_expr(&a.value),
            Expr::YieldFrom(y) => self.yield_from(&y.value),
            Expr::Generator(g) => self.comprehension(
                "<genexpr>",
                Collect::Yield(&g.elt),
                &g.generators,
                g.range(),
            ),
            Expr::List(l) => {
                let items = self.items(&l.elts);
                self.emit(Op::BuildList(items))
            }
            Expr::Tuple(t) => {
                let items = self.items(&t.elts);
                self.emit(Op::BuildTuple(items))
            }
            Expr::Dict(d) => {
                let mut items = Vec::with_capacity(d.items.len() * 2);
                for item in &d.items {
                    let Some(key) = &item.key else {
                        self.module
                            .unsupported("`**` unpacking in a dict display", item.value.range());
                        continue;
                    };
                    items.push(self.expr(key));
                    items.push(self.expr(&item.value));
                }
                self.emit(Op::BuildDict(items))
            }
            Expr::Attribute(a) => {
                let obj = self.expr(&a.value);
                let name = self.attribute_name(a.attr.id.as_str());
                self.emit(Op::GetAttr(obj, name))
            }
            Expr::Subscript(s) => {
                let container = self.expr(&s.value);
                let key = self.subscript_key(&s.slice);
                self.emit(Op::GetItem(container, key))
            }
            _ => {
                self.module.unsupported(expr_kind(e), e.range());
                self.emit(Op::None)
            }
        }
    }

    /// A subscript's key: the index expression, or a slice object for `a:b:c`.
    pub(super) fn subscript_key(&mut self, key: &Expr) -> RegId {
        match key {
            Expr::Slice(s) => {
                let mut part = |e: &Option<Box<Expr>>| match e {
                    Some(e) => self.expr(e),
                    None => self.emit(Op::None),
                };
                let (lower, upper, step) = (part(&s.lower), part(&s.upper), part(&s.step));
                self.emit(Op::BuildSlice(lower, upper, step))
            }
            _ => self.expr(key),
        }
    }

    fn number(&mut self, n: &Number) -> RegId {
        match n {
            Number::Int(i) => match i.as_i64().filter(|v| *v < (1 << 62)) {
                Some(v) => self.emit(Op::Int(v)),
                None => {
                    let c = self
                        .module
                        .ir
                        .constants
                        .intern(Constant::BigInt(i.to_string()));
                    self.emit(Op::Const(c))
                }
            },
            Number::Float(f) => {
                let c = self
                    .module
                    .ir
                    .constants
                    .intern(Constant::Float(f.to_bits()));
                self.emit(Op::Const(c))
            }
            Number::Complex { real, imag } => {
                let c = self
                    .module
                    .ir
                    .constants
                    .intern(Constant::Complex(real.to_bits(), imag.to_bits()));
                self.emit(Op::Const(c))
            }
        }
    }

    fn items(&mut self, elts: &[Expr]) -> Vec<RegId> {
        elts.iter()
            .map(|e| {
                if let Expr::Starred(s) = e {
                    self.module
                        .unsupported("starred expressions in displays", s.range());
                }
                self.expr(e)
            })
            .collect()
    }

    pub(super) fn load_name(&mut self, name: &str) -> RegId {
        let name = self.mangled(name);
        let name = name.as_ref();
        let scope = self.name_scope(name);
        if let Some(ns) = self.in_class_body(scope) {
            let name = self.str_const(name);
            return self.emit(Op::LoadName { ns, name });
        }
        match scope {
            SymbolScope::Local => {
                let reg = self.local_reg(name);
                if matches!(self.func.regs[reg].kind, RegKind::Local(_)) {
                    self.check_bound(reg, name);
                }
                reg
            }
            SymbolScope::GlobalExplicit | SymbolScope::GlobalImplicit => {
                let c = self.str_const(name);
                self.emit(Op::LoadGlobal(c))
            }
            scope @ (SymbolScope::Free | SymbolScope::Cell) => {
                let cell = self.cell_reg(name);
                let name = self.str_const(name);
                self.emit(Op::CellGet {
                    cell,
                    name,
                    free: scope == SymbolScope::Free,
                })
            }
        }
    }

    /// Raises UnboundLocalError when a local has not been assigned yet.
    fn check_bound(&mut self, reg: RegId, name: &str) {
        let (unbound, bound) = (self.func.new_block(), self.func.new_block());
        self.terminate(Terminator::BranchIfNull {
            value: reg,
            null: unbound,
            non_null: bound,
        });
        self.switch_to(unbound);
        let c = self.str_const(name);
        self.push(None, Op::RaiseUnboundLocal(c));
        self.terminate(Terminator::Unreachable);
        self.switch_to(bound);
    }

    /// Evaluates `test` and branches on its truth.
    pub(super) fn branch_on(
        &mut self,
        test: &Expr,
        then_block: crate::ir::BlockId,
        else_block: crate::ir::BlockId,
    ) {
        let value = self.expr(test);
        let cond = self.emit_machine(Op::Truth(value), RegType::Bool);
        self.terminate(Terminator::Branch {
            cond,
            then_block,
            else_block,
        });
    }

    /// `a and b and c` / `a or b`: the first operand that decides, or the last.
    fn bool_op(&mut self, b: &ast::ExprBoolOp) -> RegId {
        let result = self.func.new_reg(RegType::Object, RegKind::Temp);
        let done = self.func.new_block();
        let (last, rest) = b.values.split_last().expect("a bool op has operands");
        for value in rest {
            let v = self.expr(value);
            self.push(Some(result), Op::Move(v));
            let cond = self.emit_machine(Op::Truth(result), RegType::Bool);
            let next = self.func.new_block();
            let (then_block, else_block) = match b.op {
                ast::BoolOp::And => (next, done),
                ast::BoolOp::Or => (done, next),
            };
            self.terminate(Terminator::Branch {
                cond,
                then_block,
                else_block,
            });
            self.switch_to(next);
        }
        let v = self.expr(last);
        self.push(Some(result), Op::Move(v));
        self.jump(done);
        self.switch_to(done);
        result
    }

    /// Comparisons; a chain `a < b < c` evaluates each operand once and stops at the first
    /// false result, which is the chain's value.
    fn compare(&mut self, c: &ast::ExprCompare) -> RegId {
        let mut left = self.expr(&c.left);
        if c.ops.len() == 1 {
            let right = self.expr(&c.comparators[0]);
            return self.compare_op(c.ops[0], left, right);
        }
        let result = self.func.new_reg(RegType::Object, RegKind::Temp);
        let done = self.func.new_block();
        let n = c.ops.len();
        for (i, (op, comparator)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let right = self.expr(comparator);
            let r = self.compare_op(*op, left, right);
            self.push(Some(result), Op::Move(r));
            if i + 1 == n {
                break;
            }
            let cond = self.emit_machine(Op::Truth(result), RegType::Bool);
            let next = self.func.new_block();
            self.terminate(Terminator::Branch {
                cond,
                then_block: next,
                else_block: done,
            });
            self.switch_to(next);
            left = right;
        }
        self.jump(done);
        self.switch_to(done);
        result
    }

    fn compare_op(&mut self, op: ast::CmpOp, a: RegId, b: RegId) -> RegId {
        use ast::CmpOp as C;
        let op = match op {
            C::Eq => Op::Compare(CompareOp::Eq, a, b),
            C::NotEq => Op::Compare(CompareOp::Ne, a, b),
            C::Lt => Op::Compare(CompareOp::Lt, a, b),
            C::LtE => Op::Compare(CompareOp::Le, a, b),
            C::Gt => Op::Compare(CompareOp::Gt, a, b),
            C::GtE => Op::Compare(CompareOp::Ge, a, b),
            C::Is => Op::Is {
                negated: false,
                a,
                b,
            },
            C::IsNot => Op::Is {
                negated: true,
                a,
                b,
            },
            C::In => Op::Contains {
                negated: false,
                item: a,
                container: b,
            },
            C::NotIn => Op::Contains {
                negated: true,
                item: a,
                container: b,
            },
        };
        self.emit(op)
    }

    /// `globals()`, `locals()`, `vars()` or `dir()` by a name that is not a local variable: the
    /// call gets this code's namespaces, which the builtins (if that is what the name holds
    /// at run time) answer from.
    fn introspective_call(&mut self, call: &ast::ExprCall) -> Option<RegId> {
        let Expr::Name(name) = &*call.func else {
            return None;
        };
        let introspective = ["globals", "locals", "vars", "dir"].contains(&name.id.as_str());
        if !introspective
            || !call.arguments.args.is_empty()
            || !call.arguments.keywords.is_empty()
            || !matches!(
                self.name_scope(name.id.as_str()),
                SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit
            )
        {
            return None;
        }
        let callee = self.expr(&call.func);
        let globals = self.emit(Op::Globals);
        let locals = if self.is_module() {
            globals
        } else if let Some(ns) = self.class_namespace {
            ns
        } else {
            self.locals_dict()
        };
        Some(self.emit(Op::CallIntrospective {
            callee,
            globals,
            locals,
        }))
    }

    /// A dict of this function's bound variables, in CPython's order: parameters and other
    /// locals as first used, then the cells and free variables by name.
    fn locals_dict(&mut self) -> RegId {
        let scope = self.module.parsed.symbols.scope(self.scope);
        let mut plain: Vec<String> = scope.params.clone();
        for s in &scope.symbols {
            if s.scope == SymbolScope::Local && !plain.contains(&s.name) {
                plain.push(s.name.clone());
            }
        }
        let mut shared: Vec<String> = scope
            .symbols
            .iter()
            .filter(|s| matches!(s.scope, SymbolScope::Cell | SymbolScope::Free))
            .map(|s| s.name.clone())
            .collect();
        shared.sort();
        plain.retain(|n| !shared.contains(n));
        let registers = |names: &[String], this: &Self| -> Vec<(String, RegId)> {
            names
                .iter()
                .filter_map(|n| this.locals.get(n.as_str()).map(|&r| (n.clone(), r)))
                .collect()
        };
        let values = registers(&plain, self);
        let cells = registers(&shared, self);
        let names = values
            .iter()
            .chain(&cells)
            .map(|(n, _)| self.str_const(n))
            .collect();
        let names = self.module.ir.constants.intern(Constant::KwNames(names));
        self.emit(Op::LocalsDict {
            names,
            values: values.into_iter().map(|(_, r)| r).collect(),
            cells: cells.into_iter().map(|(_, r)| r).collect(),
        })
    }

    fn call(&mut self, call: &ast::ExprCall) -> RegId {
        let arguments = &call.arguments;
        let unpacking = arguments.args.iter().any(Expr::is_starred_expr)
            || arguments.keywords.iter().any(|k| k.arg.is_none());
        if unpacking {
            let callee = self.expr(&call.func);
            return self.call_with_unpacking(callee, arguments);
        }
        // `obj.name(...)`: a method call, which needs no bound method object.
        if let Expr::Attribute(a) = &*call.func {
            let receiver = self.expr(&a.value);
            let name = self.attribute_name(a.attr.id.as_str());
            let (args, kwnames) = self.call_arguments(arguments);
            return self.emit(Op::CallMethod {
                receiver,
                name,
                args,
                kwnames,
            });
        }
        if let Some(result) = self.introspective_call(call) {
            return result;
        }
        let direct = match &*call.func {
            Expr::Name(name)
                if matches!(
                    self.name_scope(name.id.as_str()),
                    SymbolScope::GlobalImplicit | SymbolScope::GlobalExplicit
                ) =>
            {
                let keywords: Vec<&str> = arguments
                    .keywords
                    .iter()
                    .filter_map(|k| k.arg.as_ref().map(|a| a.id.as_str()))
                    .collect();
                self.module
                    .top_level_functions
                    .get(self.mangled(name.id.as_str()).as_ref())
                    .and_then(|callee| {
                        let slots = callee.params.bind(arguments.args.len(), &keywords)?;
                        Some((callee.func, slots))
                    })
            }
            _ => None,
        };
        let callee = self.expr(&call.func);
        if let Expr::Name(n) = &*call.func {
            if n.id.as_str() == "super"
                && arguments.args.is_empty()
                && arguments.keywords.is_empty()
            {
                if let Some(args) = self.zero_argument_super() {
                    return self.emit(Op::Call {
                        callee,
                        args,
                        kwnames: None,
                    });
                }
            }
        }
        let (args, kwnames) = self.call_arguments(arguments);
        match direct {
            Some((func, slots)) => self.emit(Op::CallDirect {
                callee,
                func,
                args,
                kwnames,
                slots,
            }),
            None => self.emit(Op::Call {
                callee,
                args,
                kwnames,
            }),
        }
    }

    /// Positional then keyword argument values, and the keyword names constant.
    fn call_arguments(
        &mut self,
        arguments: &ast::Arguments,
    ) -> (Vec<RegId>, Option<crate::ir::ConstId>) {
        let mut args = Vec::with_capacity(arguments.args.len() + arguments.keywords.len());
        for arg in arguments.args.iter() {
            args.push(self.expr(arg));
        }
        let mut names = Vec::new();
        for keyword in arguments.keywords.iter() {
            let name = keyword
                .arg
                .as_ref()
                .expect("`**` arguments take the unpacking path");
            names.push(self.str_const(name.id.as_str()));
            args.push(self.expr(&keyword.value));
        }
        let kwnames =
            (!names.is_empty()).then(|| self.module.ir.constants.intern(Constant::KwNames(names)));
        (args, kwnames)
    }
}

/// A name for an expression kind, for "not supported" diagnostics.
pub(super) fn expr_kind(e: &Expr) -> &'static str {
    match e {
        Expr::Set(_) => "set displays",
        Expr::ListComp(_) => "list comprehensions",
        Expr::SetComp(_) => "set comprehensions",
        Expr::DictComp(_) => "dict comprehensions",
        Expr::Generator(_) => "generator expressions",
        Expr::Await(_) => "await",
        Expr::YieldFrom(_) => "yield from",
        Expr::FString(_) => "f-strings",
        Expr::Starred(_) => "starred expressions",
        _ => "this expression",
    }
}
