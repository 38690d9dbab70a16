//! `def` statements: each becomes its own code object, made into a function object at run time.

use ruff_python_ast::{self as ast};
use ruff_text_size::Ranged;

use super::FunctionLowerer;
use crate::frontend::symtable::SymbolScope;
use crate::ir::{self, FuncId, FunctionKind, Op, RegKind, RegType};

/// Only plain positional parameters, no decorators: what lowering supports so far.
pub(super) fn is_simple_positional(def: &ast::StmtFunctionDef) -> bool {
    let p = &def.parameters;
    !def.is_async
        && def.decorator_list.is_empty()
        && p.posonlyargs.is_empty()
        && p.vararg.is_none()
        && p.kwonlyargs.is_empty()
        && p.kwarg.is_none()
        && p.args.iter().all(|a| a.default.is_none())
}

impl FunctionLowerer<'_, '_> {
    pub(super) fn function_def(&mut self, def: &ast::StmtFunctionDef) {
        if !is_simple_positional(def) {
            let what = if def.is_async {
                "async functions"
            } else if !def.decorator_list.is_empty() {
                "decorators"
            } else {
                "default values, `*args`, keyword-only or `**kwargs` parameters"
            };
            self.module.unsupported(what, def.range());
            return;
        }
        // 3.8 evaluates parameter and return annotations when the `def` runs.
        for param in def.parameters.args.iter() {
            if let Some(annotation) = &param.parameter.annotation {
                self.expr(annotation);
            }
        }
        if let Some(returns) = &def.returns {
            self.expr(returns);
        }
        let Some(scope) = self.module.parsed.symbols.scope_for(def.range()) else {
            self.module
                .error("internal error: no scope for this function", def.range());
            return;
        };
        let info = self.module.parsed.symbols.scope(scope);
        if info.is_generator || info.is_coroutine {
            self.module.unsupported("generators (yield)", def.range());
            return;
        }
        if info
            .symbols
            .iter()
            .any(|s| matches!(s.scope, SymbolScope::Free | SymbolScope::Cell))
        {
            self.module.unsupported(
                "closures (variables shared with nested functions)",
                def.range(),
            );
            return;
        }
        let name = def.name.id.as_str();
        let first_line = self.line_of(def.range());
        let mut func = ir::Function::new(name, &info.qualname, FunctionKind::Function, first_line);
        let mut lowerer_locals = std::collections::HashMap::new();
        for param in def.parameters.args.iter() {
            let pname = param.parameter.name.id.as_str();
            let reg = func.new_reg(RegType::Object, RegKind::Param(pname.into()));
            func.params.push(reg);
            lowerer_locals.insert(pname.to_string(), reg);
        }
        let id = self.reserve_function_id(name, def);
        let body = {
            let mut lowerer = FunctionLowerer::new(self.module, func, scope);
            lowerer.locals = lowerer_locals;
            lowerer.lower_body(&def.body)
        };
        self.module.ir.functions[id] = body;
        let function = self.emit(Op::MakeFunction(id));
        self.store_name(name, function);
    }

    /// Module-level functions had their ids reserved (so calls can refer to them); others get
    /// one now.
    fn reserve_function_id(&mut self, name: &str, def: &ast::StmtFunctionDef) -> FuncId {
        if self.is_module() {
            if let Some(&(id, _)) = self.module.top_level_functions.get(name) {
                if self.module.ir.functions[id].first_line == 0 {
                    return id;
                }
            }
        }
        let _ = def;
        self.module
            .ir
            .functions
            .push(ir::Function::new("", "", FunctionKind::Function, 0))
    }
}
