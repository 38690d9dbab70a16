//! `import` and `from ... import`. The driver has resolved every imported module at compile
//! time (DESIGN §4, Modules); lowering turns the statements into the runtime's import ops.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use super::FunctionLowerer;
use crate::ir::Op;

/// The absolute name of the module `from <level dots><module> import ...` names, in a module
/// whose `__package__` is `package` (`None` for the script and top-level modules); CPython's
/// error, as the text of a diagnostic, when there is no such module.
pub fn absolute_module_name(
    package: Option<&str>,
    level: u32,
    module: Option<&str>,
) -> Result<String, &'static str> {
    if level == 0 {
        return Ok(module.unwrap_or_default().to_string());
    }
    let Some(package) = package else {
        return Err("ImportError: attempted relative import with no known parent package");
    };
    let parts: Vec<&str> = package.split('.').collect();
    let Some(kept) = parts
        .len()
        .checked_sub(level as usize - 1)
        .filter(|&n| n > 0)
    else {
        return Err("ValueError: attempted relative import beyond top-level package");
    };
    let base = parts[..kept].join(".");
    Ok(match module {
        Some(module) => format!("{base}.{module}"),
        None => base,
    })
}

impl FunctionLowerer<'_, '_> {
    pub(super) fn import(&mut self, import: &ast::StmtImport) {
        for alias in &import.names {
            let name = alias.name.id.as_str();
            let c = self.str_const(name);
            let module = self.emit(Op::Import(c));
            match (&alias.asname, name.split_once('.')) {
                (Some(asname), _) => self.store_name(asname.id.as_str(), module),
                (None, None) => self.store_name(name, module),
                // `import a.b.c` imports `a`, `a.b` and `a.b.c`, and binds `a`.
                (None, Some((top_level, _))) => {
                    let c = self.str_const(top_level);
                    let package = self.emit(Op::Import(c));
                    self.store_name(top_level, package);
                }
            }
        }
    }

    pub(super) fn import_from(&mut self, import: &ast::StmtImportFrom) {
        let relative_to = import.module.as_ref().map(|m| m.id.as_str());
        // `__future__` features of 3.8 are all on already, or (annotations) change nothing
        // pylift does with annotations yet.
        if import.level == 0 && relative_to == Some("__future__") {
            return;
        }
        let name =
            match absolute_module_name(self.module.package.as_deref(), import.level, relative_to) {
                Ok(name) => name,
                Err(message) => {
                    self.module.error(message, import.range());
                    return;
                }
            };
        let c = self.str_const(&name);
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
