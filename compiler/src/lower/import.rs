//! `import` and `from ... import`: modules are resolved at compile time (DESIGN §4, Modules).

use ruff_python_ast as ast;
use ruff_text_size::{Ranged, TextRange};

use super::FunctionLowerer;
use crate::ir::Op;

impl FunctionLowerer<'_, '_> {
    /// Reports a module that cannot be found; true when the module is available.
    fn check_module(&mut self, name: &str, range: TextRange) -> bool {
        if pylift_runtime::modules::is_builtin_module(name) {
            return true;
        }
        let available: Vec<&str> = pylift_runtime::modules::BUILTIN_MODULES
            .iter()
            .map(|m| m.name)
            .collect();
        self.module.diagnostics.push(
            crate::frontend::Diagnostic::error(
                format!("ModuleNotFoundError: No module named '{name}'"),
                range,
            )
            .with_note(format!(
                "the modules pylift provides so far are: {}",
                available.join(", ")
            )),
        );
        false
    }

    pub(super) fn import(&mut self, import: &ast::StmtImport) {
        for alias in &import.names {
            let name = alias.name.id.as_str();
            if !self.check_module(name, alias.range()) {
                continue;
            }
            let c = self.str_const(name);
            let m = self.emit(Op::Import(c));
            let bound = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
            self.store_name(bound, m);
        }
    }

    pub(super) fn import_from(&mut self, import: &ast::StmtImportFrom) {
        let Some(module) = &import.module else {
            self.module.unsupported("relative imports", import.range());
            return;
        };
        let name = module.id.as_str();
        if import.level > 0 {
            self.module.unsupported("relative imports", import.range());
            return;
        }
        // `__future__` features of 3.8 are all on already, or (annotations) change nothing
        // pylift does with annotations yet.
        if name == "__future__" {
            return;
        }
        if !self.check_module(name, module.range()) {
            return;
        }
        let c = self.str_const(name);
        let m = self.emit(Op::Import(c));
        for alias in &import.names {
            let member = alias.name.id.as_str();
            if member == "*" {
                self.emit_status(Op::ImportStar(m));
                continue;
            }
            let c = self.str_const(member);
            let value = self.at(alias, |this| this.emit(Op::ImportFrom(m, c)));
            let bound = alias.asname.as_ref().map_or(member, |a| a.id.as_str());
            self.store_name(bound, value);
        }
    }
}
