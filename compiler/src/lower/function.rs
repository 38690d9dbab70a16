//! `def` and `lambda`: each becomes its own code object, made into a function object at run
//! time with its defaults and closure.

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

use super::FunctionLowerer;
use crate::frontend::symtable::{Scope, ScopeId, SymbolScope, SymbolTable};
use crate::ir::{
    self, ArgSource, FuncId, FunctionKind, Op, RegId, RegKind, RegType, Signature, Terminator,
};

/// The parameters of a module-level function that calls can bind at compile time.
pub(super) struct DirectParams {
    /// Positional (positional-only first), then keyword-only.
    names: Vec<String>,
    posonly: usize,
    positional: usize,
    /// Which parameters have a default.
    has_default: Vec<bool>,
}

/// What calls may go straight to the direct entry of `def`: none when the name may end up
/// bound to something else than the function `def` makes (a decorator) or when binding needs
/// the runtime (`*args`, `**kwargs`).
pub(super) fn direct_params(def: &ast::StmtFunctionDef) -> Option<DirectParams> {
    let p = &def.parameters;
    if def.is_async || !def.decorator_list.is_empty() || p.vararg.is_some() || p.kwarg.is_some() {
        return None;
    }
    let params = p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs);
    Some(DirectParams {
        names: params
            .clone()
            .map(|a| a.parameter.name.id.to_string())
            .collect(),
        posonly: p.posonlyargs.len(),
        positional: p.posonlyargs.len() + p.args.len(),
        has_default: params.map(|a| a.default.is_some()).collect(),
    })
}

impl DirectParams {
    /// Binds `npositional` positional arguments and keyword arguments named `keywords` as
    /// CPython would, where each parameter's value comes from; `None` when the call does not
    /// bind (it then fails at run time with CPython's TypeError, through the generic call).
    pub(super) fn bind(&self, npositional: usize, keywords: &[&str]) -> Option<Vec<ArgSource>> {
        if npositional > self.positional {
            return None;
        }
        let mut slots: Vec<Option<ArgSource>> = vec![None; self.names.len()];
        for (i, slot) in slots.iter_mut().take(npositional).enumerate() {
            *slot = Some(ArgSource::Arg(i as u32));
        }
        for (k, keyword) in keywords.iter().enumerate() {
            let i = self.posonly
                + self.names[self.posonly..]
                    .iter()
                    .position(|n| n == keyword)?;
            if slots[i].is_some() {
                return None;
            }
            slots[i] = Some(ArgSource::Arg((npositional + k) as u32));
        }
        slots
            .into_iter()
            .enumerate()
            .map(|(i, slot)| slot.or(self.has_default[i].then_some(ArgSource::Default(i as u32))))
            .collect()
    }
}

/// The body of a code object: statements (`def`) or one expression (`lambda`).
enum Body<'b> {
    Statements(&'b [Stmt]),
    Expression(&'b Expr),
}

impl FunctionLowerer<'_, '_> {
    pub(super) fn function_def(&mut self, def: &ast::StmtFunctionDef) {
        let decorators: Vec<RegId> = def
            .decorator_list
            .iter()
            .map(|d| self.expr(&d.expression))
            .collect();
        let name = def.name.id.as_str();
        let Some(function) = self.make_function(
            name,
            &def.parameters,
            def.returns.as_deref(),
            Body::Statements(&def.body),
            def.range(),
        ) else {
            return;
        };
        if let Some(Stmt::Expr(e)) = def.body.first() {
            if let Expr::StringLiteral(doc) = &*e.value {
                let doc = self.str_const(doc.value.to_str());
                let value = self.emit(Op::Const(doc));
                let name = self.str_const("__doc__");
                self.emit_status(Op::SetAttr {
                    obj: function,
                    name,
                    value,
                });
            }
        }
        let mut function = function;
        for decorator in decorators.into_iter().rev() {
            function = self.emit(Op::Call {
                callee: decorator,
                args: vec![function],
                kwnames: None,
            });
        }
        self.store_name(name, function);
    }

    pub(super) fn lambda(&mut self, lambda: &ast::ExprLambda) -> RegId {
        let empty = ast::Parameters::default();
        let parameters = lambda.parameters.as_deref().unwrap_or(&empty);
        self.make_function(
            "<lambda>",
            parameters,
            None,
            Body::Expression(&lambda.body),
            lambda.range(),
        )
        .unwrap_or_else(|| self.emit(Op::None))
    }

    /// Evaluates what a `def` evaluates (defaults, annotations), lowers the body as a new code
    /// object, and makes the function object.
    fn make_function(
        &mut self,
        name: &str,
        parameters: &ast::Parameters,
        returns: Option<&Expr>,
        body: Body,
        range: TextRange,
    ) -> Option<RegId> {
        let Some(scope) = self.module.parsed.symbols.scope_for(range) else {
            self.module
                .error("internal error: no scope for this function", range);
            return None;
        };
        let positional: Vec<&ast::ParameterWithDefault> = parameters
            .posonlyargs
            .iter()
            .chain(parameters.args.iter())
            .collect();
        // 3.8 evaluates positional defaults, keyword-only defaults, then annotations.
        let defaults: Vec<RegId> = positional
            .iter()
            .filter_map(|p| p.default.as_deref())
            .map(|d| self.expr(d))
            .collect();
        let defaults = (!defaults.is_empty()).then(|| self.emit(Op::BuildTuple(defaults)));
        let mut kwdefaults = Vec::new();
        for p in parameters.kwonlyargs.iter() {
            if let Some(d) = &p.default {
                let key = self.mangled(p.parameter.name.id.as_str());
                let key = self.str_const(&key);
                kwdefaults.push(self.emit(Op::Const(key)));
                kwdefaults.push(self.expr(d));
            }
        }
        let kwdefaults = (!kwdefaults.is_empty()).then(|| self.emit(Op::BuildDict(kwdefaults)));
        // 3.8 takes the annotations of the ordinary parameters before the positional-only
        // ones, and keys them by their mangled names.
        let annotated: Vec<(String, &Expr)> = parameters
            .args
            .iter()
            .chain(parameters.posonlyargs.iter())
            .map(|p| &p.parameter)
            .chain(parameters.vararg.as_deref())
            .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(parameters.kwarg.as_deref())
            .filter_map(|p| {
                let annotation = p.annotation.as_deref()?;
                let symbols = &self.module.parsed.symbols;
                let key = symbols.scope(self.scope).mangle(p.name.id.as_str());
                Some((key.into_owned(), annotation))
            })
            .chain(returns.map(|r| ("return".to_string(), r)))
            .collect();
        let mut annotations = Vec::new();
        for (key, annotation) in annotated {
            let key = self.str_const(&key);
            annotations.push(self.emit(Op::Const(key)));
            annotations.push(self.expr(annotation));
        }
        let annotations = (!annotations.is_empty()).then(|| self.emit(Op::BuildDict(annotations)));

        let closure = self.closure_for(scope);
        let signature = Signature {
            posonly: parameters.posonlyargs.len() as u32,
            positional: positional.len() as u32,
            kwonly: parameters.kwonlyargs.len() as u32,
            varargs: parameters.vararg.is_some(),
            varkw: parameters.kwarg.is_some(),
        };
        let slots: Vec<_> = positional
            .iter()
            .map(|p| &p.parameter)
            .chain(parameters.kwonlyargs.iter().map(|p| &p.parameter))
            .chain(parameters.vararg.as_deref())
            .chain(parameters.kwarg.as_deref())
            .map(|p| self.mangled(p.name.id.as_str()))
            .collect();
        let slots: Vec<&str> = slots.iter().map(AsRef::as_ref).collect();
        let id = self.lower_nested(
            scope,
            name,
            range,
            &slots,
            signature,
            |lowerer| match body {
                Body::Statements(stmts) => {
                    lowerer.lower_block(stmts);
                    let none = lowerer.emit(Op::None);
                    lowerer.terminate(Terminator::Return(none));
                }
                Body::Expression(e) => {
                    let value = lowerer.expr(e);
                    lowerer.terminate(Terminator::Return(value));
                }
            },
        );
        let function = self.emit(Op::MakeFunction {
            func: id,
            closure,
            defaults,
            kwdefaults,
        });
        if let Some(value) = annotations {
            let name = self.str_const("__annotations__");
            self.emit_status(Op::SetAttr {
                obj: function,
                name,
                value,
            });
        }
        Some(function)
    }

    /// The closure tuple for a nested scope: this scope's cells of the names it uses freely.
    pub(super) fn closure_for(&mut self, scope: ScopeId) -> Option<RegId> {
        let free_names = sorted_free_names(self.module.parsed.symbols.scope(scope));
        if free_names.is_empty() {
            return None;
        }
        let cells: Vec<RegId> = free_names.iter().map(|n| self.cell_reg(n)).collect();
        Some(self.emit(Op::BuildTuple(cells)))
    }

    /// Lowers a nested code object (a function, lambda or comprehension) whose parameter
    /// slots are `params`; `body` lowers its code and ends it.
    pub(super) fn lower_nested(
        &mut self,
        scope: ScopeId,
        name: &str,
        range: TextRange,
        params: &[&str],
        signature: Signature,
        body: impl FnOnce(&mut FunctionLowerer),
    ) -> FuncId {
        let symbols = &self.module.parsed.symbols;
        let info = symbols.scope(scope);
        let free_names = sorted_free_names(info);
        let first_line = self.line_of(range);
        let mut func = ir::Function::new(name, &info.qualname, FunctionKind::Function, first_line);
        func.signature = signature;
        func.names = code_names(symbols, scope, params, &free_names);
        func.is_generator = info.is_generator || info.is_coroutine;
        func.is_coroutine = info.is_coroutine;
        func.has_yield = info.is_generator;
        let mut locals = std::collections::HashMap::new();
        for pname in params {
            let reg = func.new_reg(RegType::Object, RegKind::Param(pname.to_string()));
            func.params.push(reg);
            locals.insert(pname.to_string(), reg);
        }
        if !free_names.is_empty() {
            func.closure = Some(func.new_reg(RegType::Object, RegKind::Param(".closure".into())));
        }
        let id = self.reserve_function_id(name);
        let lowered = {
            let mut lowerer = FunctionLowerer::new(self.module, func, scope);
            lowerer.locals = locals;
            lowerer.bind_cells(scope, &free_names);
            body(&mut lowerer);
            lowerer.func
        };
        self.module.ir.functions[id] = lowered;
        id
    }

    /// At function entry: free variables' cells come from the closure, and variables that
    /// nested functions capture live in new cells (parameters' holding the argument).
    fn bind_cells(&mut self, scope: ScopeId, free_names: &[String]) {
        for (i, name) in free_names.iter().enumerate() {
            let closure = self
                .func
                .closure
                .expect("a function with free variables has a closure");
            let cell = self.emit(Op::TupleItem(closure, i as u32));
            let reg = self
                .func
                .new_reg(RegType::Object, RegKind::Local(name.clone()));
            self.push(Some(reg), Op::Move(cell));
            self.locals.insert(name.clone(), reg);
        }
        let cell_names: Vec<String> = self
            .module
            .parsed
            .symbols
            .scope(scope)
            .cell_vars()
            .map(|s| s.name.clone())
            .collect();
        for name in cell_names {
            let initial = self.locals.get(&name).copied();
            let cell = self.emit(Op::MakeCell(initial));
            let reg = self
                .func
                .new_reg(RegType::Object, RegKind::Local(name.clone()));
            self.push(Some(reg), Op::Move(cell));
            self.locals.insert(name, reg);
        }
    }

    /// The register holding the cell of a variable this scope shares with nested functions.
    pub(super) fn cell_reg(&mut self, name: &str) -> RegId {
        match self.locals.get(name) {
            Some(&r) => r,
            None => {
                self.module.error(
                    format!("internal error: no cell for '{name}'"),
                    self.module.parsed.symbols.scope(self.scope).range,
                );
                self.local_reg(name)
            }
        }
    }

    /// Module-level functions had their ids reserved (so calls can refer to them); others get
    /// one now.
    fn reserve_function_id(&mut self, name: &str) -> FuncId {
        if self.is_module() {
            if let Some(callee) = self.module.top_level_functions.get(name) {
                if self.module.ir.functions[callee.func].first_line == 0 {
                    return callee.func;
                }
            }
        }
        self.module
            .ir
            .functions
            .push(ir::Function::new("", "", FunctionKind::Function, 0))
    }

    /// `callee(args)` with `*` or `**` unpacking: the arguments are collected into a list and a
    /// dict, in order, then passed together.
    pub(super) fn call_with_unpacking(
        &mut self,
        callee: RegId,
        arguments: &ast::Arguments,
    ) -> RegId {
        let args = self.emit(Op::BuildList(vec![]));
        for arg in arguments.args.iter() {
            let (iterable, value) = match arg {
                Expr::Starred(s) => (true, self.expr(&s.value)),
                e => (false, self.expr(e)),
            };
            let iterable = if iterable {
                value
            } else {
                self.emit(Op::BuildTuple(vec![value]))
            };
            self.emit_status(Op::ExtendArgs {
                args,
                iterable,
                callee,
            });
        }
        let kwargs = if arguments.keywords.is_empty() {
            None
        } else {
            let kwargs = self.emit(Op::BuildDict(vec![]));
            for keyword in arguments.keywords.iter() {
                let mapping = match &keyword.arg {
                    None => self.expr(&keyword.value),
                    Some(name) => {
                        let key = self.str_const(name.id.as_str());
                        let key = self.emit(Op::Const(key));
                        let value = self.expr(&keyword.value);
                        self.emit(Op::BuildDict(vec![key, value]))
                    }
                };
                self.emit_status(Op::MergeKwargs {
                    kwargs,
                    mapping,
                    callee,
                });
            }
            Some(kwargs)
        };
        self.emit(Op::CallEx {
            callee,
            args,
            kwargs,
        })
    }
}

/// The names a scope receives through its closure, in the order of its closure tuple: sorted,
/// as CPython 3.8 orders `co_freevars` (and so `__closure__`).
fn sorted_free_names(scope: &Scope) -> Vec<String> {
    let mut names: Vec<String> = scope.free_vars().map(|s| s.name.clone()).collect();
    names.sort();
    names
}

/// `co_varnames`, `co_cellvars` and `co_freevars` of a function's code, with CPython 3.8's
/// orders: the parameters and then the other plain locals as first mentioned; cells sorted.
fn code_names(
    symbols: &SymbolTable,
    scope: ScopeId,
    params: &[&str],
    free_names: &[String],
) -> ir::CodeNames {
    let info = symbols.scope(scope);
    let mut varnames: Vec<String> = params.iter().map(|p| p.to_string()).collect();
    for symbol in &info.symbols {
        if symbol.scope == SymbolScope::Local && !varnames.contains(&symbol.name) {
            varnames.push(symbol.name.clone());
        }
    }
    let mut cellvars: Vec<String> = info.cell_vars().map(|s| s.name.clone()).collect();
    cellvars.sort();
    let mut parent = info.parent;
    let mut nested = false;
    while let Some(id) = parent {
        let enclosing = symbols.scope(id);
        nested |= enclosing.kind.is_function_like();
        parent = enclosing.parent;
    }
    ir::CodeNames {
        varnames,
        cellvars,
        freevars: free_names.to_vec(),
        nested,
    }
}
