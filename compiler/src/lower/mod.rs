//! AST → IR, one file per construct family. Lowering emits plain operations: no reference
//! counting, no error checks (the passes add both).

mod asyncs;
mod class;
mod comprehension;
mod exceptions;
mod expr;
mod fstring;
mod function;
mod import;
mod stmt;

use std::borrow::Cow;
use std::collections::HashMap;

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::frontend::symtable::{ScopeId, SymbolScope};
use crate::frontend::{Diagnostic, ParsedModule};
use crate::ir::{
    self, BlockId, FuncId, FunctionKind, Inst, Op, RegId, RegKind, RegType, Terminator,
};

pub use import::absolute_module_name;

/// Lowers a parsed module to IR. `name` is its `__name__`, `package` its `__package__` (what
/// relative imports are relative to; `None` for the script and top-level modules).
pub fn lower_module(
    parsed: &ParsedModule,
    name: &str,
    package: Option<&str>,
    path: &str,
    source: &str,
) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut module = ModuleLowerer {
        parsed,
        package: package.map(str::to_string),
        ir: ir::Module {
            name: name.into(),
            path: path.into(),
            source: source.into(),
            ..Default::default()
        },
        diagnostics: Vec::new(),
        top_level_functions: HashMap::new(),
    };
    module.collect_top_level_functions();
    let body = FunctionLowerer::new(
        &mut module,
        ir::Function::new("<module>", "<module>", FunctionKind::ModuleBody, 1),
        parsed.symbols.root(),
    );
    let body = body.lower_body(&parsed.ast.body);
    module.ir.functions[ir::Module::BODY] = body;
    if module.diagnostics.is_empty() {
        Ok(module.ir)
    } else {
        Err(module.diagnostics)
    }
}

pub(crate) struct ModuleLowerer<'a> {
    parsed: &'a ParsedModule,
    package: Option<String>,
    ir: ir::Module,
    diagnostics: Vec<Diagnostic>,
    /// Module-level `def`s whose calls may go straight to the direct entry.
    top_level_functions: HashMap<String, DirectCallee>,
}

/// A module-level function that calls may reach through its direct entry.
struct DirectCallee {
    func: FuncId,
    params: function::DirectParams,
}

impl ModuleLowerer<'_> {
    /// Reserves ids for module-level functions up front, so calls can name them before their
    /// `def` is lowered (a function may call one defined after it).
    fn collect_top_level_functions(&mut self) {
        let placeholder = || ir::Function::new("", "", FunctionKind::Function, 0);
        self.ir.functions.push(placeholder()); // the module body, FuncId(0)
        let defs: Vec<&ast::StmtFunctionDef> = self
            .parsed
            .ast
            .body
            .iter()
            .filter_map(Stmt::as_function_def_stmt)
            .collect();
        // A name qualifies only if no module-level `def` of it is decorated or needs the
        // runtime to bind; calls bind against its first `def`, whose code the call checks for.
        let qualifies = |name: &str| {
            defs.iter()
                .filter(|d| d.name.id.as_str() == name)
                .all(|d| function::direct_params(d).is_some())
        };
        for def in &defs {
            let name = def.name.id.as_str();
            if self.top_level_functions.contains_key(name) || !qualifies(name) {
                continue;
            }
            if let Some(params) = function::direct_params(def) {
                let func = self.ir.functions.push(placeholder());
                self.top_level_functions
                    .insert(name.to_string(), DirectCallee { func, params });
            }
        }
    }

    fn unsupported(&mut self, what: &str, range: TextRange) {
        self.diagnostics.push(
            Diagnostic::error(format!("pylift does not support {what} yet"), range).with_note(
                "pylift compiles a growing subset of Python 3.8; see the README's status table",
            ),
        );
    }

    fn error(&mut self, message: impl Into<String>, range: TextRange) {
        self.diagnostics.push(Diagnostic::error(message, range));
    }
}

/// Break and continue targets of a loop.
#[derive(Clone, Copy)]
struct LoopTargets {
    continue_to: BlockId,
    break_to: BlockId,
    /// A `for` loop's iterator, released when `return` leaves the loop.
    iterator: Option<RegId>,
}

/// What leaving a region early (`break`, `continue`, `return`) must do on the way out.
enum Unwind {
    Loop(LoopTargets),
    /// Run the `finally` body, protected by the handlers outside its `try`.
    Finally {
        body: Vec<Stmt>,
        handler_depth: usize,
    },
    /// End the exception handler being run.
    Handler,
    /// Call a `with` statement's `__exit__(None, None, None)` (or await `__aexit__`'s), protected by the handlers
    /// outside it.
    With {
        exit: RegId,
        handler_depth: usize,
        /// `async with`: `__aexit__`'s result is awaited.
        is_async: bool,
    },
}

/// Lowers one code object.
pub(crate) struct FunctionLowerer<'m, 'a> {
    module: &'m mut ModuleLowerer<'a>,
    func: ir::Function,
    scope: ScopeId,
    current: BlockId,
    /// Regions being lowered, innermost last.
    unwind: Vec<Unwind>,
    /// Handlers of the enclosing `try`s, innermost last.
    handlers: Vec<BlockId>,
    /// Registers of parameters and local variables.
    locals: HashMap<String, RegId>,
    /// Line of the innermost statement or expression being lowered.
    line: u32,
    /// In a class body: the namespace dict its names live in.
    class_namespace: Option<RegId>,
}

impl<'m, 'a> FunctionLowerer<'m, 'a> {
    fn new(module: &'m mut ModuleLowerer<'a>, func: ir::Function, scope: ScopeId) -> Self {
        let current = func.entry;
        let line = func.first_line;
        FunctionLowerer {
            module,
            func,
            scope,
            current,
            unwind: Vec::new(),
            handlers: Vec::new(),
            class_namespace: None,
            locals: HashMap::new(),
            line,
        }
    }

    fn is_module(&self) -> bool {
        self.func.kind == FunctionKind::ModuleBody
    }

    /// Lowers the statements of the code object and returns it, ending with `return None`.
    fn lower_body(mut self, body: &[Stmt]) -> ir::Function {
        self.setup_annotations(body);
        self.lower_block(body);
        let none = self.emit(Op::None);
        self.terminate(Terminator::Return(none));
        self.func
    }

    fn line_of(&self, range: TextRange) -> u32 {
        self.module.parsed.line(range.start())
    }

    /// Runs `f` with the current line set to the start of `node`.
    fn at<T>(&mut self, node: &impl Ranged, f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.line;
        self.line = self.line_of(node.range());
        let r = f(self);
        self.line = saved;
        r
    }

    fn push(&mut self, dst: Option<RegId>, op: Op) {
        let line = self.line;
        self.func.blocks[self.current]
            .insts
            .push(Inst { dst, op, line });
    }

    /// Emits an op producing an object into a new temporary.
    fn emit(&mut self, op: Op) -> RegId {
        let dst = self.func.new_reg(RegType::Object, RegKind::Temp);
        self.push(Some(dst), op);
        dst
    }

    /// Emits an op with a machine result (a status or truth value).
    fn emit_machine(&mut self, op: Op, ty: RegType) -> RegId {
        let dst = self.func.new_reg(ty, RegKind::Temp);
        self.push(Some(dst), op);
        dst
    }

    fn emit_status(&mut self, op: Op) {
        self.emit_machine(op, RegType::Status);
    }

    fn terminate(&mut self, term: Terminator) {
        self.func.blocks[self.current].term = term;
        // Code after a jump or return is unreachable; it goes into a block nothing enters.
        let dead = self.func.new_block();
        self.switch_to(dead);
    }

    /// Continues emitting into `block`, which raises to the innermost handler.
    fn switch_to(&mut self, block: BlockId) {
        self.current = block;
        self.func.blocks[block].handler = self.handlers.last().copied();
    }

    fn jump(&mut self, to: BlockId) {
        self.terminate(Terminator::Jump(to));
    }

    fn str_const(&mut self, s: &str) -> ir::ConstId {
        self.module.ir.constants.str(s)
    }

    /// A name as this scope's code spells it: inside a class, a private name `__x` is
    /// `_Class__x` (CPython's mangling), in the symbol table and at run time alike.
    pub(super) fn mangled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        self.module.parsed.symbols.scope(self.scope).mangle(name)
    }

    /// Where a name lives in this scope.
    fn name_scope(&self, name: &str) -> SymbolScope {
        if self.is_module() {
            return SymbolScope::GlobalImplicit;
        }
        self.module
            .parsed
            .symbols
            .resolve(self.scope, name)
            .map_or(SymbolScope::GlobalImplicit, |s| s.scope)
    }

    /// The register of a local variable, made on first use.
    fn local_reg(&mut self, name: &str) -> RegId {
        if let Some(&r) = self.locals.get(name) {
            return r;
        }
        let r = self
            .func
            .new_reg(RegType::Object, RegKind::Local(name.into()));
        self.locals.insert(name.into(), r);
        r
    }
}
