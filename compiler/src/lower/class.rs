//! `class` statements: the body is a nested function run on the class namespace (a dict),
//! then the runtime makes the class from the namespace (CPython's `__build_class__`).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use super::FunctionLowerer;
use crate::frontend::symtable::SymbolScope;
use crate::ir::{Op, RegId, RegKind, RegType, Signature, Terminator};

impl FunctionLowerer<'_, '_> {
    pub(super) fn class_def(&mut self, class: &ast::StmtClassDef) {
        if class.type_params.is_some() {
            self.module.unsupported("type parameters", class.range());
            return;
        }
        let Some(scope) = self.module.parsed.symbols.scope_for(class.range()) else {
            self.module
                .error("internal error: no scope for this class", class.range());
            return;
        };
        let decorators: Vec<RegId> = class
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if let Some(arguments) = &class.arguments {
            for base in arguments.args.iter() {
                if let Expr::Starred(s) = base {
                    self.module.unsupported("`*` in class bases", s.range());
                }
                bases.push(self.expr(base));
            }
            for keyword in arguments.keywords.iter() {
                let Some(name) = &keyword.arg else {
                    self.module
                        .unsupported("`**` in class keywords", keyword.range());
                    continue;
                };
                let key = self.str_const(name.id.as_str());
                keywords.push(self.emit(Op::Const(key)));
                keywords.push(self.expr(&keyword.value));
            }
        }
        let bases = self.emit(Op::BuildTuple(bases));
        let kwargs = (!keywords.is_empty()).then(|| self.emit(Op::BuildDict(keywords)));
        let closure = self.closure_for(scope);
        let name = class.name.id.as_str();
        let qualname = self.module.parsed.symbols.scope(scope).qualname.clone();
        let needs_class_cell = self.module.parsed.symbols.scope(scope).needs_class_cell;
        let signature = Signature {
            positional: 1,
            ..Signature::default()
        };
        let body = &class.body;
        let func = self.lower_nested(scope, name, class.range(), &[".ns"], signature, |lowerer| {
            let ns = lowerer.func.params[0];
            lowerer.class_namespace = Some(ns);
            let class_cell = needs_class_cell.then(|| {
                let cell = lowerer.emit(Op::MakeCell(None));
                let reg = lowerer
                    .func
                    .new_reg(RegType::Object, RegKind::Local("__class__".into()));
                lowerer.push(Some(reg), Op::Move(cell));
                lowerer.locals.insert("__class__".into(), reg);
                reg
            });
            if let Some(Stmt::Expr(e)) = body.first() {
                if let Expr::StringLiteral(doc) = &*e.value {
                    let c = lowerer.str_const(doc.value.to_str());
                    let value = lowerer.emit(Op::Const(c));
                    lowerer.store_name("__doc__", value);
                }
            }
            lowerer.setup_annotations(body);
            lowerer.lower_block(body);
            let result = match class_cell {
                Some(cell) => cell,
                None => lowerer.emit(Op::None),
            };
            lowerer.terminate(Terminator::Return(result));
        });
        let body = self.emit(Op::MakeFunction {
            func,
            closure,
            defaults: None,
            kwdefaults: None,
        });
        let name_const = self.str_const(name);
        let qualname_const = self.str_const(&qualname);
        let mut class_value = self.emit(Op::BuildClass {
            body,
            name: name_const,
            qualname: qualname_const,
            bases,
            kwargs,
        });
        for decorator in decorators.into_iter().rev() {
            class_value = self.emit(Op::Call {
                callee: decorator,
                args: vec![class_value],
                kwnames: None,
            });
        }
        self.store_name(name, class_value);
    }

    /// The constant naming attribute `name` as written in this scope: private names
    /// (`obj.__x` inside class `C`) are mangled to `_C__x`, as CPython does.
    pub(super) fn attribute_name(&mut self, name: &str) -> crate::ir::ConstId {
        let mangled = self.mangled(name);
        self.str_const(&mangled)
    }

    /// Whether names in this code object live in a class namespace.
    pub(super) fn in_class_body(&self, scope: SymbolScope) -> Option<RegId> {
        match scope {
            SymbolScope::Local | SymbolScope::GlobalImplicit => self.class_namespace,
            _ => None,
        }
    }

    /// `super()` in a method: `super(__class__, <first argument>)`, as CPython finds them in
    /// the frame.
    pub(super) fn zero_argument_super(&mut self) -> Option<Vec<RegId>> {
        let symbols = &self.module.parsed.symbols;
        let class_cell = symbols.lookup(self.scope, "__class__")?;
        if class_cell.scope != SymbolScope::Free {
            return None;
        }
        let first = symbols.scope(self.scope).params.first()?.clone();
        let class = self.load_name("__class__");
        let receiver = self.load_name(&first);
        Some(vec![class, receiver])
    }
}
