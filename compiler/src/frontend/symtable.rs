//! Symbol tables: which names every scope binds, and where each name lives at run time.
//!
//! This is the pass CPython 3.8 performs in its symbol-table stage, re-derived from the
//! language rules and checked against `python3.8`'s `symtable` module. It runs in two phases:
//!
//! 1. **Collection** (`Collector`) walks the AST once. It creates a [`Scope`] for the module
//!    and for every class, function, lambda and comprehension, and records for every name how
//!    that scope uses it ([`SymbolFlags`]). Errors that can be seen locally — duplicate
//!    parameters, `global` after use, misplaced walrus targets — are reported here.
//! 2. **Resolution** (`Resolver`) walks the finished scope tree from the top, handing each
//!    scope the set of names bound by its enclosing *function* scopes. That decides each
//!    symbol's [`SymbolScope`]; free variables then flow back up and turn the enclosing
//!    function's locals into cells.
//!
//! Names are stored *mangled* (`__x` inside class `C` is `_C__x`), exactly as CPython stores
//! them, because the mangled spelling is what the generated code must use.
//! [`SymbolTable::resolve`] mangles a source spelling for you; [`mangle`] is public for the
//! code generator, which has to mangle attribute names the same way.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::ops::{BitOr, BitOrAssign};

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{
    self as ast, Comprehension, ExceptHandler, Expr, ExprContext, Identifier, ModModule,
    Parameters, Pattern, Stmt,
};
use ruff_text_size::TextRange;

// ---------------------------------------------------------------------------------------------
// Public data model
// ---------------------------------------------------------------------------------------------

/// Dense index of a [`Scope`] inside its [`SymbolTable`] (cranelift-entity style).
///
/// Scopes are numbered in creation order, which is a pre-order walk of the source, so a
/// parent always has a smaller id than its children and the module is always id 0.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ScopeId(u32);

impl ScopeId {
    /// The module scope is always created first.
    const MODULE: Self = Self(0);

    fn new(index: usize) -> Self {
        // Every scope is created by a node spanning at least one byte of a source that
        // `TextSize` (a u32) can address, so the count always fits.
        Self(u32::try_from(index).expect("scope count is bounded by the u32 source length"))
    }

    /// Position of this scope in [`SymbolTable::scopes`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The syntactic construct that created a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

impl ScopeKind {
    /// Whether this scope runs as a function frame (CPython's `FunctionBlock`): it has fast
    /// locals, can own cells, and its bindings are visible to nested scopes.
    pub fn is_function_like(self) -> bool {
        matches!(self, Self::Function | Self::Lambda | Self::Comprehension)
    }
}

impl fmt::Display for ScopeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Module => "module",
            Self::Class => "class",
            Self::Function => "function",
            Self::Lambda => "lambda",
            Self::Comprehension => "comprehension",
        })
    }
}

/// Where a name lives at run time, in CPython's terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SymbolScope {
    /// A binding of this scope: a fast local in functions, a namespace entry in classes and
    /// in the module.
    Local,
    /// Declared `global` here (or bound at module level by a walrus in a comprehension).
    GlobalExplicit,
    /// Not bound anywhere visible: looked up in globals, then builtins.
    GlobalImplicit,
    /// Bound in an enclosing function; reached through the closure.
    Free,
    /// A local that nested scopes capture, so it lives in a cell.
    Cell,
}

impl fmt::Display for SymbolScope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Local => "local",
            Self::GlobalExplicit => "global_explicit",
            Self::GlobalImplicit => "global_implicit",
            Self::Free => "free",
            Self::Cell => "cell",
        })
    }
}

/// How a scope uses a name, collected from the syntax before resolution (a small bitset).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SymbolFlags(u16);

impl SymbolFlags {
    pub const EMPTY: Self = Self(0);
    /// Bound by assignment, `for`, `with`, `except ... as`, `del`, `def`, `class`, walrus...
    pub const ASSIGNED: Self = Self(1 << 0);
    pub const PARAMETER: Self = Self(1 << 1);
    /// Read (a `Load` of the name; `super()` also counts as a read of `__class__`).
    pub const USED: Self = Self(1 << 2);
    pub const DECLARED_GLOBAL: Self = Self(1 << 3);
    pub const DECLARED_NONLOCAL: Self = Self(1 << 4);
    pub const IMPORTED: Self = Self(1 << 5);
    /// Target of a simple annotated assignment (`x: int`), with or without a value.
    pub const ANNOTATED: Self = Self(1 << 6);
    /// Iteration variable of a comprehension's `for` clause.
    pub const COMPREHENSION_ITER: Self = Self(1 << 7);
    /// Target of a walrus inside a comprehension, in the comprehension and in the scope that
    /// receives the binding.
    pub const WALRUS_TARGET: Self = Self(1 << 8);
    /// Class-scope binding whose name a method also reads as a free variable of an
    /// enclosing function, so the class body must look in its namespace first and then in
    /// the closure (CPython's `LOAD_CLASSDEREF`).
    pub const FREE_CLASS: Self = Self(1 << 9);

    /// Any flag that creates a binding in the scope.
    pub const BOUND: Self = Self(Self::ASSIGNED.0 | Self::PARAMETER.0 | Self::IMPORTED.0);

    const NAMES: [(Self, &'static str); 10] = [
        (Self::ASSIGNED, "assigned"),
        (Self::PARAMETER, "parameter"),
        (Self::USED, "used"),
        (Self::DECLARED_GLOBAL, "declared_global"),
        (Self::DECLARED_NONLOCAL, "declared_nonlocal"),
        (Self::IMPORTED, "imported"),
        (Self::ANNOTATED, "annotated"),
        (Self::COMPREHENSION_ITER, "comprehension_iter"),
        (Self::WALRUS_TARGET, "walrus_target"),
        (Self::FREE_CLASS, "free_class"),
    ];

    pub const fn bits(self) -> u16 {
        self.0
    }

    /// True when every flag of `other` is set.
    pub const fn contains(self, other: Self) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when at least one flag of `other` is set.
    pub const fn intersects(self, other: Self) -> bool {
        self.0 & other.0 != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lower-case names of the set flags, in a fixed order.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Self::NAMES
            .into_iter()
            .filter(move |(flag, _)| self.contains(*flag))
            .map(|(_, name)| name)
    }
}

impl BitOr for SymbolFlags {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        Self(self.0 | rhs.0)
    }
}

impl BitOrAssign for SymbolFlags {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}

impl fmt::Debug for SymbolFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.names()).finish()
    }
}

/// One name as seen by one scope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    /// The mangled name.
    pub name: String,
    pub scope: SymbolScope,
    pub flags: SymbolFlags,
    /// The first `global`/`nonlocal` statement (or comprehension walrus) that declared this
    /// name here; errors found during resolution point at it.
    pub declared_at: Option<TextRange>,
}

impl Symbol {
    fn new(name: String) -> Self {
        Self {
            name,
            // Placeholder until resolution, which assigns every symbol.
            scope: SymbolScope::Local,
            flags: SymbolFlags::EMPTY,
            declared_at: None,
        }
    }

    /// True when this scope itself binds the name.
    pub fn is_bound(&self) -> bool {
        self.flags.intersects(SymbolFlags::BOUND)
    }
}

/// One module, class, function, lambda or comprehension body.
#[derive(Debug, Clone)]
pub struct Scope {
    pub kind: ScopeKind,
    /// Unmangled name as it appears in `co_name`: `<module>`, the def/class name,
    /// `<lambda>`, `<listcomp>`, `<setcomp>`, `<dictcomp>` or `<genexpr>`.
    pub name: String,
    /// Python 3.8 `__qualname__`. Only meaningful below the module, whose own qualname is
    /// `<module>` and is never used as a prefix.
    pub qualname: String,
    pub parent: Option<ScopeId>,
    /// Nested scopes in source order.
    pub children: Vec<ScopeId>,
    /// Range of the node that creates the scope (the whole def/class/lambda/comprehension).
    pub range: TextRange,
    /// Every name the scope mentions, in first-seen order.
    pub symbols: Vec<Symbol>,
    /// Parameter symbol names in declaration order: positional-only, positional, `*args`,
    /// keyword-only, `**kwargs` (mangled, like the symbols). Comprehensions have the single
    /// implicit parameter `.0`, their outermost iterator.
    pub params: Vec<String>,
    /// Contains `yield`/`yield from`, or is a generator expression.
    pub is_generator: bool,
    /// An `async def`, or a comprehension that awaits (`await` or `async for`).
    pub is_coroutine: bool,
    /// A class whose methods (at any depth) use `super` or `__class__`, so the class body
    /// must create the implicit `__class__` cell.
    pub needs_class_cell: bool,
    /// Class name used to mangle private names written in this scope (CPython's
    /// `u_private`): the innermost enclosing class, including the class itself.
    pub private: Option<String>,
    symbol_index: HashMap<String, usize>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, range: TextRange, parent: Option<ScopeId>) -> Self {
        Self {
            kind,
            name: name.to_owned(),
            qualname: name.to_owned(),
            parent,
            children: Vec::new(),
            range,
            symbols: Vec::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            needs_class_cell: false,
            private: None,
            symbol_index: HashMap::new(),
        }
    }

    /// The symbol with this (already mangled) name.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.symbol_index
            .get(name)
            .map(|&index| &self.symbols[index])
    }

    /// Mangle a source spelling the way this scope's code must spell it.
    pub fn mangle<'n>(&self, name: &'n str) -> Cow<'n, str> {
        mangle(self.private.as_deref(), name)
    }

    /// Locals captured by nested scopes (CPython's `co_cellvars`, unsorted). The implicit
    /// `__class__` cell of a class is not a symbol; see [`Scope::needs_class_cell`].
    pub fn cell_vars(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols
            .iter()
            .filter(|symbol| symbol.scope == SymbolScope::Cell)
    }

    /// Names the scope receives through its closure (CPython's `co_freevars`, unsorted):
    /// free symbols, plus class bindings that methods read as free variables.
    pub fn free_vars(&self) -> impl Iterator<Item = &Symbol> {
        self.symbols.iter().filter(|symbol| {
            symbol.scope == SymbolScope::Free || symbol.flags.contains(SymbolFlags::FREE_CLASS)
        })
    }

    /// Whether the scope's code needs a closure or cells at all.
    pub fn has_free_or_cells(&self) -> bool {
        self.needs_class_cell
            || self.cell_vars().next().is_some()
            || self.free_vars().next().is_some()
    }

    fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        let index = *self.symbol_index.get(name)?;
        Some(&mut self.symbols[index])
    }

    fn flags_of(&self, name: &str) -> SymbolFlags {
        self.lookup(name)
            .map_or(SymbolFlags::EMPTY, |symbol| symbol.flags)
    }

    /// The symbol for `name`, created (with no flags) on first mention.
    fn entry(&mut self, name: &str) -> &mut Symbol {
        let index = match self.symbol_index.get(name) {
            Some(&index) => index,
            None => {
                self.symbols.push(Symbol::new(name.to_owned()));
                self.symbol_index
                    .insert(name.to_owned(), self.symbols.len() - 1);
                self.symbols.len() - 1
            }
        };
        &mut self.symbols[index]
    }
}

/// A Python 3.8 compile-time `SyntaxError` that the parser does not report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScopeError {
    /// CPython 3.8's exact message, e.g. `name 'x' is parameter and global`.
    pub message: String,
    pub range: TextRange,
}

impl ScopeError {
    fn new(message: impl Into<String>, range: TextRange) -> Self {
        Self {
            message: message.into(),
            range,
        }
    }
}

impl fmt::Display for ScopeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ScopeError {}

/// All scopes of one module, with every name resolved.
#[derive(Debug, Clone)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_range: HashMap<TextRange, ScopeId>,
}

impl SymbolTable {
    /// Build and resolve the symbol table of a module.
    ///
    /// On failure the errors come in the order CPython 3.8 would meet them, so the first
    /// one is the `SyntaxError` `python3.8` reports: symbol-table errors in source-walk
    /// order, then resolution errors, then the few compiler-stage checks done here
    /// (`'return' outside function`, misplaced `yield`/`await`, ...) by position.
    pub fn build(module: &ModModule) -> Result<SymbolTable, Vec<ScopeError>> {
        let mut collector = Collector::new(module.range);
        collector.visit_body(&module.body);
        let Collector {
            mut scopes,
            by_range,
            mut errors,
            mut late_errors,
            ..
        } = collector;

        errors.extend(Resolver::run(&mut scopes));
        late_errors.extend(async_comprehension_errors(&scopes));
        late_errors.sort_by_key(|error| (error.range.start(), error.range.end()));
        errors.extend(late_errors);
        assign_qualnames(&mut scopes);

        if errors.is_empty() {
            Ok(SymbolTable { scopes, by_range })
        } else {
            Err(errors)
        }
    }

    /// The module scope.
    pub fn root(&self) -> ScopeId {
        ScopeId::MODULE
    }

    /// Panics on an id from another table, like any arena index.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// All scopes in creation (pre-)order, parents before children.
    pub fn scopes(&self) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(index, scope)| (ScopeId::new(index), scope))
    }

    /// The scope created by the def/lambda/class/comprehension node with this range.
    pub fn scope_for(&self, node_range: TextRange) -> Option<ScopeId> {
        self.by_range.get(&node_range).copied()
    }

    /// The symbol with this exact (mangled) name in `scope`.
    pub fn lookup(&self, scope: ScopeId, name: &str) -> Option<&Symbol> {
        self.scope(scope).lookup(name)
    }

    /// The symbol a name *as written in the source* refers to in `scope` (mangles first).
    pub fn resolve(&self, scope: ScopeId, source_name: &str) -> Option<&Symbol> {
        let scope = self.scope(scope);
        scope.lookup(&scope.mangle(source_name))
    }

    fn write_scope(&self, f: &mut fmt::Formatter<'_>, id: ScopeId, depth: usize) -> fmt::Result {
        let scope = self.scope(id);
        let indent = "  ".repeat(depth);
        write!(f, "{indent}{} {}", scope.kind, scope.name)?;
        let mut notes = Vec::new();
        if scope.kind != ScopeKind::Module {
            notes.push(format!("qualname={}", scope.qualname));
        }
        if scope.kind.is_function_like() {
            notes.push(format!("params=({})", scope.params.join(", ")));
        }
        for (set, note) in [
            (scope.is_generator, "generator"),
            (scope.is_coroutine, "coroutine"),
            (scope.needs_class_cell, "needs_class_cell"),
        ] {
            if set {
                notes.push(note.to_owned());
            }
        }
        if !notes.is_empty() {
            write!(f, " [{}]", notes.join(" "))?;
        }
        writeln!(f)?;
        for symbol in &scope.symbols {
            write!(f, "{indent}  - {}: {}", symbol.name, symbol.scope)?;
            if !symbol.flags.is_empty() {
                let flags: Vec<_> = symbol.flags.names().collect();
                write!(f, " ({})", flags.join(", "))?;
            }
            writeln!(f)?;
        }
        for &child in &scope.children {
            self.write_scope(f, child, depth + 1)?;
        }
        Ok(())
    }
}

/// A deterministic dump for golden tests: one block per scope, indented by nesting, then
/// each symbol with its resolved scope and flags, in first-seen order.
impl fmt::Display for SymbolTable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_scope(f, self.root(), 0)
    }
}

/// Private-name mangling: inside class `private`, `__spam` becomes `_private__spam`.
///
/// Dunder names (`__x__`), dotted import names and names in classes whose name is all
/// underscores are left alone; leading underscores of the class name are dropped.
pub fn mangle<'n>(private: Option<&str>, name: &'n str) -> Cow<'n, str> {
    let Some(private) = private else {
        return Cow::Borrowed(name);
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return Cow::Borrowed(name);
    }
    let class = private.trim_start_matches('_');
    if class.is_empty() {
        return Cow::Borrowed(name);
    }
    Cow::Owned(format!("_{class}{name}"))
}

// ---------------------------------------------------------------------------------------------
// Phase 1: collection
// ---------------------------------------------------------------------------------------------

/// Collection state of one scope that the finished table does not need.
#[derive(Default)]
struct ScopeState {
    /// Visiting a comprehension's `for` target: every name seen is an iteration variable.
    in_comprehension_target: bool,
    /// Nesting depth of comprehension iterables being visited in this scope (inherited by
    /// scopes created inside them); a walrus there is an error.
    in_comprehension_iter: u32,
    /// First `return <value>`, for the async-generator check.
    return_with_value: Option<TextRange>,
}

/// Which declaration statement is being processed.
#[derive(Clone, Copy)]
enum Declaration {
    Global,
    Nonlocal,
}

impl Declaration {
    fn keyword(self) -> &'static str {
        match self {
            Self::Global => "global",
            Self::Nonlocal => "nonlocal",
        }
    }

    fn flag(self) -> SymbolFlags {
        match self {
            Self::Global => SymbolFlags::DECLARED_GLOBAL,
            Self::Nonlocal => SymbolFlags::DECLARED_NONLOCAL,
        }
    }

    /// The error for declaring a name that the scope already uses, if any. Imports are
    /// deliberately not a conflict: 3.8 accepts `import x; global x`.
    fn conflict(self, name: &str, existing: SymbolFlags) -> Option<String> {
        let keyword = self.keyword();
        let message = if existing.contains(SymbolFlags::PARAMETER) {
            format!("name '{name}' is parameter and {keyword}")
        } else if existing.contains(SymbolFlags::USED) {
            format!("name '{name}' is used prior to {keyword} declaration")
        } else if existing.contains(SymbolFlags::ANNOTATED) {
            format!("annotated name '{name}' can't be {keyword}")
        } else if existing.contains(SymbolFlags::ASSIGNED) {
            format!("name '{name}' is assigned to before {keyword} declaration")
        } else {
            return None;
        };
        Some(message)
    }
}

/// The four comprehension forms, which differ only in naming.
#[derive(Clone, Copy)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

impl ComprehensionKind {
    fn scope_name(self) -> &'static str {
        match self {
            Self::List => "<listcomp>",
            Self::Set => "<setcomp>",
            Self::Dict => "<dictcomp>",
            Self::Generator => "<genexpr>",
        }
    }

    fn description(self) -> &'static str {
        match self {
            Self::List => "list comprehension",
            Self::Set => "set comprehension",
            Self::Dict => "dict comprehension",
            Self::Generator => "generator expression",
        }
    }
}

/// Phase 1: walks the AST, building scopes and recording name uses.
struct Collector {
    scopes: Vec<Scope>,
    states: Vec<ScopeState>,
    by_range: HashMap<TextRange, ScopeId>,
    current: ScopeId,
    /// Errors of the symbol-table stage, in discovery order.
    errors: Vec<ScopeError>,
    /// Errors CPython's compiler stage raises later; sorted by position at the end.
    late_errors: Vec<ScopeError>,
}

impl Collector {
    fn new(module_range: TextRange) -> Self {
        let module = Scope::new(ScopeKind::Module, "<module>", module_range, None);
        Self {
            scopes: vec![module],
            states: vec![ScopeState::default()],
            by_range: HashMap::new(),
            current: ScopeId::MODULE,
            errors: Vec::new(),
            late_errors: Vec::new(),
        }
    }

    fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.index()]
    }

    fn current_scope(&self) -> &Scope {
        self.scope(self.current)
    }

    fn current_scope_mut(&mut self) -> &mut Scope {
        self.scope_mut(self.current)
    }

    fn state(&self) -> &ScopeState {
        &self.states[self.current.index()]
    }

    fn state_mut(&mut self) -> &mut ScopeState {
        &mut self.states[self.current.index()]
    }

    fn error(&mut self, message: impl Into<String>, range: TextRange) {
        self.errors.push(ScopeError::new(message, range));
    }

    fn late_error(&mut self, message: impl Into<String>, range: TextRange) {
        self.late_errors.push(ScopeError::new(message, range));
    }

    /// Mangle a source name for the current class context.
    fn mangled(&self, name: &str) -> String {
        self.current_scope().mangle(name).into_owned()
    }

    /// Create a child scope of the current one (without entering it).
    fn open_scope(&mut self, kind: ScopeKind, name: &str, range: TextRange) -> ScopeId {
        let id = ScopeId::new(self.scopes.len());
        let mut scope = Scope::new(kind, name, range, Some(self.current));
        // A class body mangles with its own name; everything else inherits.
        scope.private = match kind {
            ScopeKind::Class => Some(name.to_owned()),
            _ => self.current_scope().private.clone(),
        };
        self.scopes.push(scope);
        // A scope created inside a comprehension iterable (a lambda, say) is still inside
        // that iterable as far as the walrus ban is concerned.
        self.states.push(ScopeState {
            in_comprehension_iter: self.state().in_comprehension_iter,
            ..ScopeState::default()
        });
        self.current_scope_mut().children.push(id);
        self.by_range.entry(range).or_insert(id);
        id
    }

    /// Run `body` with `scope` as the current scope.
    fn within(&mut self, scope: ScopeId, body: impl FnOnce(&mut Self)) {
        let outer = std::mem::replace(&mut self.current, scope);
        body(self);
        self.current = outer;
    }

    /// Record a use of the source name `name` in the current scope.
    fn add(&mut self, name: &str, flags: SymbolFlags, range: TextRange) {
        self.add_to(self.current, name, flags, range);
    }

    /// Record a use of the source name `name` in `scope`. The name is mangled for the
    /// *current* class context even when `scope` is an outer one (a walrus target), as
    /// CPython does; messages quote the unmangled spelling, as CPython's do.
    fn add_to(&mut self, scope: ScopeId, name: &str, flags: SymbolFlags, range: TextRange) {
        let mangled = self.mangled(name);
        let existing = self.scope(scope).flags_of(&mangled);
        if flags.contains(SymbolFlags::PARAMETER) && existing.contains(SymbolFlags::PARAMETER) {
            self.error(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
            return;
        }
        let mut flags = flags;
        if self.states[scope.index()].in_comprehension_target {
            // An iteration variable must not also be the walrus target of an earlier clause.
            let walrus = SymbolFlags::DECLARED_GLOBAL | SymbolFlags::DECLARED_NONLOCAL;
            if (existing | flags).intersects(walrus) {
                self.error(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                );
                return;
            }
            flags |= SymbolFlags::COMPREHENSION_ITER;
        }
        self.scope_mut(scope).entry(&mangled).flags |= flags;
        if flags.contains(SymbolFlags::DECLARED_GLOBAL) && scope != ScopeId::MODULE {
            // Like CPython, a `global` anywhere also marks the module's own symbol, which
            // therefore resolves as an explicit global at module level.
            let module = self.scope_mut(ScopeId::MODULE);
            module.entry(&mangled).flags |= SymbolFlags::DECLARED_GLOBAL;
        }
    }

    /// Remember where `name` was first declared global/nonlocal in `scope`.
    fn mark_declared(&mut self, scope: ScopeId, name: &str, at: TextRange) {
        let mangled = self.mangled(name);
        let symbol = self.scope_mut(scope).entry(&mangled);
        symbol.declared_at.get_or_insert(at);
    }

    // --- statements -------------------------------------------------------------------------

    fn function_def(&mut self, def: &ast::StmtFunctionDef) {
        self.add(def.name.as_str(), SymbolFlags::ASSIGNED, def.name.range);
        // Defaults, annotations and decorators run in the enclosing scope when the `def`
        // executes (3.8 evaluates annotations eagerly; the future import only stringifies
        // them at compile time, and CPython's symbol table still records their names).
        self.visit_parameter_defaults(&def.parameters);
        self.visit_parameter_annotations(&def.parameters);
        if let Some(returns) = &def.returns {
            self.visit_annotation(returns);
        }
        for decorator in &def.decorator_list {
            self.visit_decorator(decorator);
        }
        let scope = self.open_scope(ScopeKind::Function, def.name.as_str(), def.range);
        self.within(scope, |this| {
            this.current_scope_mut().is_coroutine = def.is_async;
            this.declare_parameters(&def.parameters);
            this.visit_body(&def.body);
        });
        self.check_async_generator_return(scope);
    }

    fn class_def(&mut self, class: &ast::StmtClassDef) {
        self.add(class.name.as_str(), SymbolFlags::ASSIGNED, class.name.range);
        if let Some(arguments) = &class.arguments {
            self.visit_arguments(arguments);
        }
        for decorator in &class.decorator_list {
            self.visit_decorator(decorator);
        }
        let scope = self.open_scope(ScopeKind::Class, class.name.as_str(), class.range);
        self.within(scope, |this| this.visit_body(&class.body));
    }

    fn visit_parameter_defaults(&mut self, parameters: &Parameters) {
        for default in parameters
            .iter_non_variadic_params()
            .filter_map(|p| p.default())
        {
            self.visit_expr(default);
        }
    }

    fn visit_parameter_annotations(&mut self, parameters: &Parameters) {
        for annotation in parameters.iter().filter_map(|p| p.annotation()) {
            self.visit_annotation(annotation);
        }
    }

    /// Symbols are declared in CPython's `co_varnames` order (keyword-only parameters
    /// before `*args`), so symbol order matches CPython's; `params` keeps signature order.
    fn declare_parameters(&mut self, parameters: &Parameters) {
        let varnames_order = parameters
            .iter_non_variadic_params()
            .map(|parameter| parameter.name())
            .chain(parameters.vararg.iter().map(|parameter| parameter.name()))
            .chain(parameters.kwarg.iter().map(|parameter| parameter.name()));
        for ident in varnames_order {
            self.add(ident.as_str(), SymbolFlags::PARAMETER, ident.range);
        }
        let signature_order = parameters
            .iter()
            .map(|parameter| self.mangled(parameter.name().as_str()))
            .collect();
        self.current_scope_mut().params = signature_order;
    }

    fn declare(&mut self, names: &[Identifier], declaration: Declaration) {
        for ident in names {
            let name = ident.as_str();
            let existing = self.current_scope().flags_of(&self.mangled(name));
            if let Some(message) = declaration.conflict(name, existing) {
                self.error(message, ident.range);
                continue;
            }
            self.add(name, declaration.flag(), ident.range);
            self.mark_declared(self.current, name, ident.range);
        }
    }

    fn annotated_assignment(&mut self, assign: &ast::StmtAnnAssign) {
        match &*assign.target {
            Expr::Name(target) => {
                let name = target.id.as_str();
                let existing = self.current_scope().flags_of(&self.mangled(name));
                if assign.simple && self.current != ScopeId::MODULE {
                    let keyword = if existing.contains(SymbolFlags::DECLARED_GLOBAL) {
                        Some("global")
                    } else if existing.contains(SymbolFlags::DECLARED_NONLOCAL) {
                        Some("nonlocal")
                    } else {
                        None
                    };
                    if let Some(keyword) = keyword {
                        self.error(
                            format!("annotated name '{name}' can't be {keyword}"),
                            target.range,
                        );
                        return;
                    }
                }
                // `(x): int` is not "simple": it annotates nothing and binds only with a value.
                if assign.simple {
                    let flags = SymbolFlags::ANNOTATED | SymbolFlags::ASSIGNED;
                    self.add(name, flags, target.range);
                } else if assign.value.is_some() {
                    self.add(name, SymbolFlags::ASSIGNED, target.range);
                }
            }
            target => self.visit_expr(target),
        }
        self.visit_annotation(&assign.annotation);
        if let Some(value) = &assign.value {
            self.visit_expr(value);
        }
    }

    fn return_statement(&mut self, ret: &ast::StmtReturn) {
        if !self.current_scope().kind.is_function_like() {
            self.late_error("'return' outside function", ret.range);
        } else if ret.value.is_some() {
            self.state_mut().return_with_value.get_or_insert(ret.range);
        }
    }

    fn check_async_generator_return(&mut self, scope: ScopeId) {
        let function = self.scope(scope);
        if function.is_coroutine && function.is_generator {
            if let Some(range) = self.states[scope.index()].return_with_value {
                self.late_error("'return' with value in async generator", range);
            }
        }
    }

    // --- expressions ------------------------------------------------------------------------

    fn name(&mut self, name: &ast::ExprName) {
        match name.ctx {
            ExprContext::Load => {
                self.add(name.id.as_str(), SymbolFlags::USED, name.range);
                // `super()` without arguments reads the implicit `__class__` cell.
                if name.id.as_str() == "super" && self.current_scope().kind.is_function_like() {
                    self.add("__class__", SymbolFlags::USED, name.range);
                }
            }
            ExprContext::Store | ExprContext::Del => {
                self.add(name.id.as_str(), SymbolFlags::ASSIGNED, name.range);
            }
            ExprContext::Invalid => {}
        }
    }

    fn lambda(&mut self, lambda: &ast::ExprLambda) {
        if let Some(parameters) = &lambda.parameters {
            self.visit_parameter_defaults(parameters);
        }
        let scope = self.open_scope(ScopeKind::Lambda, "<lambda>", lambda.range);
        self.within(scope, |this| {
            if let Some(parameters) = &lambda.parameters {
                this.declare_parameters(parameters);
            }
            this.visit_expr(&lambda.body);
        });
    }

    /// Comprehensions run in their own function scope, except the outermost iterable,
    /// which the enclosing scope evaluates and passes in as the parameter `.0`.
    fn comprehension(
        &mut self,
        kind: ComprehensionKind,
        range: TextRange,
        generators: &[Comprehension],
        elements: &[&Expr],
    ) {
        let Some((outermost, rest)) = generators.split_first() else {
            return; // The parser never produces this.
        };
        self.visit_comprehension_iter(&outermost.iter);
        let scope = self.open_scope(ScopeKind::Comprehension, kind.scope_name(), range);
        self.within(scope, |this| {
            this.add(".0", SymbolFlags::PARAMETER, range);
            this.current_scope_mut().params.push(".0".to_owned());
            this.visit_comprehension_target(outermost);
            for condition in &outermost.ifs {
                this.visit_expr(condition);
            }
            for generator in rest {
                this.visit_comprehension_target(generator);
                this.visit_comprehension_iter(&generator.iter);
                for condition in &generator.ifs {
                    this.visit_expr(condition);
                }
            }
            for element in elements {
                this.visit_expr(element);
            }
            if this.current_scope().is_generator {
                this.error(format!("'yield' inside {}", kind.description()), range);
            }
            if matches!(kind, ComprehensionKind::Generator) {
                this.current_scope_mut().is_generator = true;
            }
        });
    }

    fn visit_comprehension_target(&mut self, generator: &Comprehension) {
        if generator.is_async {
            self.current_scope_mut().is_coroutine = true;
        }
        self.state_mut().in_comprehension_target = true;
        self.visit_expr(&generator.target);
        self.state_mut().in_comprehension_target = false;
    }

    fn visit_comprehension_iter(&mut self, iter: &Expr) {
        self.state_mut().in_comprehension_iter += 1;
        self.visit_expr(iter);
        self.state_mut().in_comprehension_iter -= 1;
    }

    fn named_expr(&mut self, named: &ast::ExprNamed) {
        if self.state().in_comprehension_iter > 0 {
            self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                named.range,
            );
            return;
        }
        if self.current_scope().kind == ScopeKind::Comprehension {
            if let Expr::Name(target) = &*named.target {
                if !self.bind_walrus_in_comprehension(target, named.range) {
                    return;
                }
            }
        }
        self.visit_expr(&named.value);
        self.visit_expr(&named.target);
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module,
    /// not in the comprehension: the comprehension sees the name as nonlocal (or global).
    /// Returns false after reporting an error.
    fn bind_walrus_in_comprehension(&mut self, target: &ast::ExprName, walrus: TextRange) -> bool {
        let name = target.id.as_str();
        let at = target.range;
        let mut scope_id = self.current;
        loop {
            let scope = self.scope(scope_id);
            // CPython 3.8 looks the *unmangled* spelling up in this walk; so do we, to
            // accept exactly what 3.8 accepts.
            let flags = scope.flags_of(name);
            match scope.kind {
                ScopeKind::Comprehension => {
                    if flags.contains(SymbolFlags::COMPREHENSION_ITER) {
                        self.error(
                            format!("assignment expression cannot rebind comprehension iteration variable '{name}'"),
                            at,
                        );
                        return false;
                    }
                    let Some(parent) = scope.parent else {
                        return true; // Unreachable: comprehensions always have a parent.
                    };
                    scope_id = parent;
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    let declaration = if flags.contains(SymbolFlags::DECLARED_GLOBAL) {
                        SymbolFlags::DECLARED_GLOBAL
                    } else {
                        SymbolFlags::DECLARED_NONLOCAL
                    };
                    self.bind_walrus_target(name, at, declaration, scope_id, SymbolFlags::ASSIGNED);
                    return true;
                }
                ScopeKind::Module => {
                    let global = SymbolFlags::DECLARED_GLOBAL;
                    self.bind_walrus_target(name, at, global, scope_id, global);
                    return true;
                }
                ScopeKind::Class => {
                    self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        walrus,
                    );
                    return false;
                }
            }
        }
    }

    /// Declare the walrus target `name` in the current comprehension and bind it in
    /// `owner`, the scope that really stores it.
    fn bind_walrus_target(
        &mut self,
        name: &str,
        at: TextRange,
        declaration: SymbolFlags,
        owner: ScopeId,
        binding: SymbolFlags,
    ) {
        self.add(name, declaration | SymbolFlags::WALRUS_TARGET, at);
        self.mark_declared(self.current, name, at);
        self.add_to(owner, name, binding | SymbolFlags::WALRUS_TARGET, at);
    }

    fn yield_expr(&mut self, range: TextRange, is_yield_from: bool) {
        let scope = self.current_scope();
        if !scope.kind.is_function_like() {
            self.late_error("'yield' outside function", range);
            return;
        }
        if is_yield_from && scope.kind == ScopeKind::Function && scope.is_coroutine {
            self.late_error("'yield from' inside async function", range);
        }
        self.current_scope_mut().is_generator = true;
    }

    fn await_expr(&mut self, range: TextRange) {
        let scope = self.current_scope();
        match scope.kind {
            ScopeKind::Module | ScopeKind::Class => {
                self.late_error("'await' outside function", range)
            }
            ScopeKind::Function if scope.is_coroutine => {}
            ScopeKind::Function | ScopeKind::Lambda => {
                self.late_error("'await' outside async function", range);
            }
            // Awaiting makes the comprehension itself asynchronous; whether that is allowed
            // depends on its parent and is checked once all scopes are known.
            ScopeKind::Comprehension => self.current_scope_mut().is_coroutine = true,
        }
    }

    fn import_alias(&mut self, alias: &ast::Alias) {
        let bound = alias.asname.as_ref().unwrap_or(&alias.name);
        if bound.as_str() == "*" {
            if self.current_scope().kind != ScopeKind::Module {
                self.error("import * only allowed at module level", alias.range);
            }
            return;
        }
        // `import a.b.c` binds `a`.
        let first = bound.as_str().split('.').next().unwrap_or_default();
        self.add(first, SymbolFlags::IMPORTED, bound.range);
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::FunctionDef(def) => self.function_def(def),
            Stmt::ClassDef(class) => self.class_def(class),
            Stmt::Global(global) => self.declare(&global.names, Declaration::Global),
            Stmt::Nonlocal(nonlocal) => self.declare(&nonlocal.names, Declaration::Nonlocal),
            Stmt::AnnAssign(assign) => self.annotated_assignment(assign),
            Stmt::Return(ret) => {
                self.return_statement(ret);
                visitor::walk_stmt(self, stmt);
            }
            // The statements below are walked in CPython's order rather than ruff's
            // evaluation order. Order is observable: it decides whether a `global` comes
            // "after" an assignment, and the order of symbols and child scopes.
            Stmt::Assign(assign) => {
                for target in &assign.targets {
                    self.visit_expr(target);
                }
                self.visit_expr(&assign.value);
            }
            Stmt::AugAssign(assign) => {
                self.visit_expr(&assign.target);
                self.visit_expr(&assign.value);
            }
            Stmt::For(for_stmt) => {
                self.visit_expr(&for_stmt.target);
                self.visit_expr(&for_stmt.iter);
                self.visit_body(&for_stmt.body);
                self.visit_body(&for_stmt.orelse);
            }
            Stmt::Try(try_stmt) => {
                self.visit_body(&try_stmt.body);
                self.visit_body(&try_stmt.orelse);
                for handler in &try_stmt.handlers {
                    self.visit_except_handler(handler);
                }
                self.visit_body(&try_stmt.finalbody);
            }
            _ => visitor::walk_stmt(self, stmt),
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Name(name) => self.name(name),
            Expr::Named(named) => self.named_expr(named),
            Expr::Lambda(lambda) => self.lambda(lambda),
            Expr::ListComp(comp) => {
                self.comprehension(
                    ComprehensionKind::List,
                    comp.range,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::SetComp(comp) => {
                self.comprehension(
                    ComprehensionKind::Set,
                    comp.range,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::DictComp(comp) => {
                // The value is visited before the key, as CPython does.
                let mut elements = vec![&*comp.value];
                elements.extend(comp.key.as_deref());
                self.comprehension(
                    ComprehensionKind::Dict,
                    comp.range,
                    &comp.generators,
                    &elements,
                );
            }
            Expr::Generator(comp) => {
                self.comprehension(
                    ComprehensionKind::Generator,
                    comp.range,
                    &comp.generators,
                    &[&comp.elt],
                );
            }
            Expr::Dict(dict) => {
                // All keys, then all values (CPython's order; see `visit_stmt`).
                for key in dict.items.iter().filter_map(|item| item.key.as_ref()) {
                    self.visit_expr(key);
                }
                for item in &dict.items {
                    self.visit_expr(&item.value);
                }
            }
            Expr::Yield(yield_expr) => {
                self.yield_expr(yield_expr.range, false);
                visitor::walk_expr(self, expr);
            }
            Expr::YieldFrom(yield_from) => {
                self.yield_expr(yield_from.range, true);
                visitor::walk_expr(self, expr);
            }
            Expr::Await(await_expr) => {
                self.await_expr(await_expr.range);
                visitor::walk_expr(self, expr);
            }
            _ => visitor::walk_expr(self, expr),
        }
    }

    fn visit_except_handler(&mut self, handler: &'a ExceptHandler) {
        let ExceptHandler::ExceptHandler(handler) = handler;
        if let Some(exception_type) = &handler.type_ {
            self.visit_expr(exception_type);
        }
        if let Some(name) = &handler.name {
            self.add(name.as_str(), SymbolFlags::ASSIGNED, name.range);
        }
        self.visit_body(&handler.body);
    }

    fn visit_alias(&mut self, alias: &'a ast::Alias) {
        self.import_alias(alias);
    }

    /// `match` is not Python 3.8, but capture patterns are bindings wherever they parse.
    fn visit_pattern(&mut self, pattern: &'a Pattern) {
        let capture = match pattern {
            Pattern::MatchAs(pattern) => pattern.name.as_ref(),
            Pattern::MatchStar(pattern) => pattern.name.as_ref(),
            Pattern::MatchMapping(pattern) => pattern.rest.as_ref(),
            _ => None,
        };
        visitor::walk_pattern(self, pattern);
        if let Some(name) = capture {
            self.add(name.as_str(), SymbolFlags::ASSIGNED, name.range);
        }
    }
}

/// 3.8 rejects an asynchronous list/set/dict comprehension unless the scope around it is
/// itself asynchronous (an `async def` or an asynchronous comprehension).
fn async_comprehension_errors(scopes: &[Scope]) -> Vec<ScopeError> {
    scopes
        .iter()
        .filter(|scope| {
            scope.kind == ScopeKind::Comprehension && scope.is_coroutine && !scope.is_generator
        })
        .filter(|scope| {
            scope
                .parent
                .is_some_and(|parent| !scopes[parent.index()].is_coroutine)
        })
        .map(|scope| {
            ScopeError::new(
                "asynchronous comprehension outside of an asynchronous function",
                scope.range,
            )
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Phase 2: resolution
// ---------------------------------------------------------------------------------------------

/// What a scope can see of its surroundings while its names are resolved.
#[derive(Clone, Default)]
struct Surroundings {
    /// Names bound by enclosing function scopes, which a free variable can refer to.
    /// `None` only for the module itself, where `nonlocal` has nothing to refer to.
    bound: Option<BTreeSet<String>>,
    /// Names declared `global` by enclosing scopes and not rebound in between.
    globals: BTreeSet<String>,
}

/// What a scope's own symbols turned out to be, as far as nested scopes care.
#[derive(Default)]
struct OwnNames {
    /// Names bound here.
    locals: BTreeSet<String>,
    /// Names this scope takes from its closure.
    free: BTreeSet<String>,
}

/// Phase 2: decides every symbol's [`SymbolScope`], top-down.
struct Resolver<'t> {
    scopes: &'t mut [Scope],
    errors: Vec<ScopeError>,
}

impl Resolver<'_> {
    fn run(scopes: &mut [Scope]) -> Vec<ScopeError> {
        let mut resolver = Resolver {
            scopes,
            errors: Vec::new(),
        };
        resolver.resolve_scope(ScopeId::MODULE, Surroundings::default());
        resolver.errors
    }

    /// Resolve `id` and its subtree; returns the names that must come from the closure of
    /// `id`, i.e. free variables the enclosing scopes have to provide.
    fn resolve_scope(&mut self, id: ScopeId, mut outer: Surroundings) -> BTreeSet<String> {
        let kind = self.scopes[id.index()].kind;
        // A class body's bindings are invisible to the scopes nested in it, so what they
        // see is fixed before the class's own names are considered; the implicit
        // `__class__` cell is the one name a class provides to its methods.
        let class_view = (kind == ScopeKind::Class).then(|| {
            let mut bound = outer.bound.clone().unwrap_or_default();
            bound.insert("__class__".to_owned());
            Surroundings {
                bound: Some(bound),
                globals: outer.globals.clone(),
            }
        });

        let mut own = OwnNames::default();
        let default_at = self.scopes[id.index()].range;
        for index in 0..self.scopes[id.index()].symbols.len() {
            let symbol = &self.scopes[id.index()].symbols[index];
            let name = symbol.name.clone();
            let at = symbol.declared_at.unwrap_or(default_at);
            let resolved = self.resolve_symbol(name, symbol.flags, at, &mut outer, &mut own);
            self.scopes[id.index()].symbols[index].scope = resolved;
        }

        let inner_view = class_view.unwrap_or_else(|| {
            let mut bound = outer.bound.clone().unwrap_or_default();
            if kind.is_function_like() {
                bound.extend(own.locals.iter().cloned());
            }
            Surroundings {
                bound: Some(bound),
                globals: outer.globals.clone(),
            }
        });
        let mut inner_free = BTreeSet::new();
        for child in self.scopes[id.index()].children.clone() {
            inner_free.extend(self.resolve_scope(child, inner_view.clone()));
        }

        self.settle_inner_free(id, &mut inner_free, outer.bound.as_ref());
        own.free.extend(inner_free);
        own.free
    }

    /// The scope of one symbol, given what is visible from outside. Updates `outer` for
    /// the nested scopes, since a `global` or a local binding hides outer bindings.
    fn resolve_symbol(
        &mut self,
        name: String,
        flags: SymbolFlags,
        at: TextRange,
        outer: &mut Surroundings,
        own: &mut OwnNames,
    ) -> SymbolScope {
        if flags.contains(SymbolFlags::DECLARED_GLOBAL) {
            if flags.contains(SymbolFlags::DECLARED_NONLOCAL) {
                self.error(format!("name '{name}' is nonlocal and global"), at);
            }
            if let Some(bound) = &mut outer.bound {
                bound.remove(&name);
            }
            outer.globals.insert(name);
            return SymbolScope::GlobalExplicit;
        }
        if flags.contains(SymbolFlags::DECLARED_NONLOCAL) {
            return match &outer.bound {
                None => {
                    self.error("nonlocal declaration not allowed at module level", at);
                    SymbolScope::GlobalImplicit
                }
                Some(bound) if !bound.contains(&name) => {
                    self.error(format!("no binding for nonlocal '{name}' found"), at);
                    SymbolScope::GlobalImplicit
                }
                Some(_) => {
                    own.free.insert(name);
                    SymbolScope::Free
                }
            };
        }
        if flags.intersects(SymbolFlags::BOUND) {
            outer.globals.remove(&name);
            own.locals.insert(name);
            return SymbolScope::Local;
        }
        if outer
            .bound
            .as_ref()
            .is_some_and(|bound| bound.contains(&name))
        {
            own.free.insert(name);
            return SymbolScope::Free;
        }
        SymbolScope::GlobalImplicit
    }

    /// Settle the free variables requested by nested scopes: a function turns its own
    /// locals among them into cells, a class satisfies `__class__` with its implicit cell,
    /// and other names pass through this scope (as implicit free symbols) on their way to
    /// the function that binds them. Leaves in `inner_free` what must come from further out.
    fn settle_inner_free(
        &mut self,
        id: ScopeId,
        inner_free: &mut BTreeSet<String>,
        outer_bound: Option<&BTreeSet<String>>,
    ) {
        let scope = &mut self.scopes[id.index()];
        if scope.kind.is_function_like() {
            for symbol in &mut scope.symbols {
                if symbol.scope == SymbolScope::Local && inner_free.remove(&symbol.name) {
                    symbol.scope = SymbolScope::Cell;
                }
            }
        } else if scope.kind == ScopeKind::Class && inner_free.remove("__class__") {
            scope.needs_class_cell = true;
        }

        let is_class = scope.kind == ScopeKind::Class;
        for name in inner_free.iter() {
            match scope.symbol_mut(name) {
                // A class binding of the same name only shadows it inside the class body,
                // which must then check its namespace before the closure.
                Some(symbol) if is_class => {
                    let shadowing = SymbolFlags::BOUND | SymbolFlags::DECLARED_GLOBAL;
                    if symbol.flags.intersects(shadowing) {
                        symbol.flags |= SymbolFlags::FREE_CLASS;
                    }
                }
                // Already free here (or a cell, handled above).
                Some(_) => {}
                None => {
                    // Defensive, as in CPython: a name the surroundings do not bind cannot
                    // be passed through.
                    if outer_bound.is_none_or(|bound| bound.contains(name)) {
                        scope.entry(name).scope = SymbolScope::Free;
                    }
                }
            }
        }
    }

    fn error(&mut self, message: impl Into<String>, range: TextRange) {
        self.errors.push(ScopeError::new(message, range));
    }
}

/// Python 3.8 `__qualname__`s. Nested in a function or lambda, a name gets the parent's
/// qualname plus `.<locals>`; nested in a class or comprehension, just the parent's
/// qualname; at module level (or for a def/class whose name the parent declares global),
/// the bare name.
fn assign_qualnames(scopes: &mut [Scope]) {
    // Ids are pre-order, so every parent is final before its children are visited.
    for index in 1..scopes.len() {
        let Some(parent_id) = scopes[index].parent else {
            continue;
        };
        let parent = &scopes[parent_id.index()];
        let scope = &scopes[index];
        let declared_global = matches!(scope.kind, ScopeKind::Function | ScopeKind::Class)
            && parent
                .lookup(&parent.mangle(&scope.name))
                .is_some_and(|symbol| symbol.scope == SymbolScope::GlobalExplicit);
        let qualname = if parent.kind == ScopeKind::Module || declared_global {
            scope.name.clone()
        } else if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, scope.name)
        } else {
            format!("{}.{}", parent.qualname, scope.name)
        };
        scopes[index].qualname = qualname;
    }
}

#[cfg(test)]
mod tests {
    //! Every expectation here was checked against CPython 3.8.18 (its `symtable` module for
    //! scopes and flags, `compile()` for error messages, code objects for qualnames, cells
    //! and free variables).

    use super::*;
    use ruff_python_ast::PythonVersion;
    use ruff_python_parser::{parse, parse_unchecked, Mode, ParseOptions};
    use ruff_text_size::Ranged;
    use SymbolFlags as F;
    use SymbolScope as S;

    fn options() -> ParseOptions {
        ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY38)
    }

    fn parse_module(source: &str) -> ModModule {
        parse(source, options())
            .expect("test source parses")
            .try_into_module()
            .expect("module")
            .into_syntax()
    }

    fn build(source: &str) -> SymbolTable {
        SymbolTable::build(&parse_module(source))
            .unwrap_or_else(|errors| panic!("unexpected errors: {errors:?}"))
    }

    /// The first error, which is the one python3.8 reports.
    fn first_error(source: &str) -> String {
        match SymbolTable::build(&parse_module(source)) {
            Ok(table) => panic!("expected an error, got:\n{table}"),
            Err(errors) => errors[0].message.clone(),
        }
    }

    fn scope<'t>(table: &'t SymbolTable, qualname: &str) -> &'t Scope {
        table
            .scopes()
            .map(|(_, scope)| scope)
            .find(|scope| scope.qualname == qualname)
            .unwrap_or_else(|| panic!("no scope {qualname} in\n{table}"))
    }

    fn symbol<'t>(table: &'t SymbolTable, qualname: &str, name: &str) -> &'t Symbol {
        scope(table, qualname)
            .lookup(name)
            .unwrap_or_else(|| panic!("no symbol {name} in {qualname}:\n{table}"))
    }

    /// Asserts the resolved scope and the exact flags of a symbol.
    #[track_caller]
    fn check(table: &SymbolTable, qualname: &str, name: &str, scope: S, flags: F) {
        let symbol = symbol(table, qualname, name);
        assert_eq!(
            (symbol.scope, symbol.flags),
            (scope, flags),
            "{name} in {qualname}:\n{table}"
        );
    }

    const EMPTY: F = F::EMPTY;

    #[test]
    fn dump_is_readable_and_indented_by_nesting() {
        let table = build(
            "import os.path
x = 1
def f(a, *args, b=x, **kw):
    y = a
    def g():
        return y + x
    return g
class C:
    def m(self):
        return super().m()
squares = [n * n for n in range(x)]
",
        );
        let expected = "\
module <module>
  - os: local (imported)
  - x: local (assigned, used)
  - f: local (assigned)
  - C: local (assigned)
  - squares: local (assigned)
  - range: global_implicit (used)
  function f [qualname=f params=(a, args, b, kw)]
    - a: local (parameter, used)
    - b: local (parameter)
    - args: local (parameter)
    - kw: local (parameter)
    - y: cell (assigned)
    - g: local (assigned, used)
    function g [qualname=f.<locals>.g params=()]
      - y: free (used)
      - x: global_implicit (used)
  class C [qualname=C needs_class_cell]
    - m: local (assigned)
    function m [qualname=C.m params=(self)]
      - self: local (parameter)
      - super: global_implicit (used)
      - __class__: free (used)
  comprehension <listcomp> [qualname=<listcomp> params=(.0)]
    - .0: local (parameter)
    - n: local (assigned, used, comprehension_iter)
";
        assert_eq!(table.to_string(), expected);
    }

    #[test]
    fn build_is_deterministic() {
        let source = "def f():\n  a = b = c = 1\n  def g():\n    return [a, b, c, d]\n  class K:\n    def m(self): return a, b, c\n";
        let first = build(source).to_string();
        for _ in 0..5 {
            assert_eq!(build(source).to_string(), first);
        }
    }

    #[test]
    fn module_names_are_local_and_unbound_names_global_implicit() {
        let table = build("x = 1\nprint(x)\n");
        check(&table, "<module>", "x", S::Local, F::ASSIGNED | F::USED);
        check(&table, "<module>", "print", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn parameters_keep_signature_order() {
        let table = build("def f(a, b=1, /, c=2, *d, e, g=3, **h): pass\n");
        let function = scope(&table, "f");
        assert_eq!(function.params, ["a", "b", "c", "d", "e", "g", "h"]);
        for name in &function.params {
            check(&table, "f", name, S::Local, F::PARAMETER);
        }
        let lambda = build("lambda x, *y, z=1: 0\n");
        assert_eq!(scope(&lambda, "<lambda>").params, ["x", "y", "z"]);
    }

    #[test]
    fn every_binding_construct_makes_a_local() {
        let table = build(
            "def f():
    a += 1
    b: int
    for c, (d, *e) in x: pass
    with x as g, x as [h]: pass
    try: pass
    except E as i: pass
    del j
    import k.l.m, n.o as p
    from q import r as s, t
    def u(): pass
    class V: pass
    if (w := 1): pass
",
        );
        for name in ["a", "c", "d", "e", "g", "h", "i", "j", "u", "V", "w"] {
            check(&table, "f", name, S::Local, F::ASSIGNED);
        }
        check(&table, "f", "b", S::Local, F::ANNOTATED | F::ASSIGNED);
        for name in ["k", "p", "s", "t"] {
            check(&table, "f", name, S::Local, F::IMPORTED);
        }
        // `import k.l.m` binds only the first component.
        assert!(scope(&table, "f").lookup("k.l.m").is_none());
        check(&table, "f", "x", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn parenthesized_annotation_target_binds_only_with_a_value() {
        let table = build("def f():\n  (x): int\n  (y): int = 1\n");
        assert!(scope(&table, "f").lookup("x").is_none());
        check(&table, "f", "y", S::Local, F::ASSIGNED);
        check(&table, "f", "int", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn decorators_defaults_and_annotations_run_in_the_enclosing_scope() {
        let table = build(
            "def f():
    a = 1
    @dec(a)
    def g(x=a, *, y: a = a) -> a: pass
    class C(a, metaclass=a): pass
    return lambda z=a: z
",
        );
        check(&table, "f", "a", S::Local, F::ASSIGNED | F::USED);
        check(&table, "f", "dec", S::GlobalImplicit, F::USED);
        assert!(scope(&table, "f.<locals>.g").lookup("a").is_none());
        assert!(scope(&table, "f.<locals>.C").lookup("a").is_none());
        assert!(scope(&table, "f.<locals>.<lambda>").lookup("a").is_none());
    }

    #[test]
    fn annotations_are_recorded_even_under_future_annotations() {
        let table = build("from __future__ import annotations\ndef f(x: T) -> R: pass\n");
        check(&table, "<module>", "T", S::GlobalImplicit, F::USED);
        check(&table, "<module>", "R", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn captured_locals_become_cells_and_uses_free() {
        let table = build("def f():\n  x = 1\n  def g():\n    def h():\n      return x\n");
        check(&table, "f", "x", S::Cell, F::ASSIGNED);
        // `g` does not mention `x` but must carry it through to `h`.
        check(&table, "f.<locals>.g", "x", S::Free, EMPTY);
        check(&table, "f.<locals>.g.<locals>.h", "x", S::Free, F::USED);
        assert!(scope(&table, "f.<locals>.g").has_free_or_cells());
    }

    #[test]
    fn global_declaration_hides_enclosing_binding() {
        let table = build(
            "def f():\n  x = 1\n  def g():\n    global x\n    def h():\n      return x\n  return g\n",
        );
        check(&table, "f", "x", S::Local, F::ASSIGNED);
        check(
            &table,
            "f.<locals>.g",
            "x",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL,
        );
        check(
            &table,
            "f.<locals>.g.<locals>.h",
            "x",
            S::GlobalImplicit,
            F::USED,
        );
        // A `global` anywhere marks the module's symbol too.
        check(
            &table,
            "<module>",
            "x",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL,
        );
    }

    #[test]
    fn methods_do_not_see_class_names() {
        let table = build("class C:\n  y = 1\n  def m(self):\n    return y\n");
        check(&table, "C", "y", S::Local, F::ASSIGNED);
        check(&table, "C.m", "y", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn class_local_that_methods_read_as_free_is_marked_free_class() {
        let table =
            build("def f():\n  x = 1\n  class C:\n    x = 2\n    def m(self):\n      return x\n");
        check(&table, "f", "x", S::Cell, F::ASSIGNED);
        check(
            &table,
            "f.<locals>.C",
            "x",
            S::Local,
            F::ASSIGNED | F::FREE_CLASS,
        );
        check(&table, "f.<locals>.C.m", "x", S::Free, F::USED);
        let class = scope(&table, "f.<locals>.C");
        assert_eq!(
            class
                .free_vars()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>(),
            ["x"]
        );
    }

    #[test]
    fn class_passes_free_variables_through_and_can_be_nonlocal() {
        let table = build(
            "def f():\n  x = 1\n  class C:\n    def m(self):\n      return [x for _ in ()]\n",
        );
        check(&table, "f.<locals>.C", "x", S::Free, EMPTY);
        check(&table, "f.<locals>.C.m", "x", S::Free, EMPTY);
        check(
            &table,
            "f.<locals>.C.m.<locals>.<listcomp>",
            "x",
            S::Free,
            F::USED,
        );

        let table = build("def f():\n  x = 1\n  class C:\n    nonlocal x\n    x = 2\n");
        check(&table, "f", "x", S::Cell, F::ASSIGNED);
        check(
            &table,
            "f.<locals>.C",
            "x",
            S::Free,
            F::DECLARED_NONLOCAL | F::ASSIGNED,
        );
    }

    #[test]
    fn super_and_dunder_class_create_the_implicit_class_cell() {
        let table =
            build("class C:\n  def f(self):\n    def g():\n      return super()\n    return g\n");
        assert!(scope(&table, "C").needs_class_cell);
        assert!(scope(&table, "C").lookup("__class__").is_none());
        check(&table, "C.f", "__class__", S::Free, EMPTY);
        check(&table, "C.f.<locals>.g", "__class__", S::Free, F::USED);

        let table = build("class C:\n  f = lambda self: __class__\n  xs = [super() for _ in ()]\n");
        assert!(scope(&table, "C").needs_class_cell);
        check(&table, "C.<lambda>", "__class__", S::Free, F::USED);
        check(&table, "C.<listcomp>", "__class__", S::Free, F::USED);

        // The class body itself and functions outside any class see no cell.
        let table = build("class C:\n  x = __class__\ndef f():\n  return super()\n");
        assert!(!scope(&table, "C").needs_class_cell);
        check(&table, "C", "__class__", S::GlobalImplicit, F::USED);
        check(&table, "f", "__class__", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn comprehension_evaluates_only_its_first_iterable_outside() {
        let table = build("def f():\n  a = 1\n  return [x for x in a for y in a if x]\n");
        let comprehension = scope(&table, "f.<locals>.<listcomp>");
        assert_eq!(comprehension.kind, ScopeKind::Comprehension);
        assert_eq!(comprehension.params, [".0"]);
        check(
            &table,
            "f.<locals>.<listcomp>",
            ".0",
            S::Local,
            F::PARAMETER,
        );
        check(
            &table,
            "f.<locals>.<listcomp>",
            "x",
            S::Local,
            F::ASSIGNED | F::USED | F::COMPREHENSION_ITER,
        );
        check(&table, "f.<locals>.<listcomp>", "a", S::Free, F::USED);
        check(&table, "f", "a", S::Cell, F::ASSIGNED | F::USED);

        // In a class, only the first iterable can see class names.
        let table = build("class C:\n  n = 3\n  xs = [n for i in range(n)]\n");
        check(&table, "C", "n", S::Local, F::ASSIGNED | F::USED);
        check(&table, "C.<listcomp>", "n", S::GlobalImplicit, F::USED);
    }

    #[test]
    fn comprehension_kinds_are_named_like_cpython() {
        let table = build("[a for a in x]\n{b for b in x}\n{c: 1 for c in x}\n(d for d in x)\n");
        let names: Vec<_> = scope(&table, "<module>")
            .children
            .iter()
            .map(|&id| table.scope(id).name.as_str())
            .collect();
        assert_eq!(
            names,
            ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"]
        );
        assert!(scope(&table, "<genexpr>").is_generator);
        assert!(!scope(&table, "<listcomp>").is_generator);
    }

    #[test]
    fn walrus_in_module_comprehension_binds_an_explicit_global() {
        let table = build("[y := 1 for x in z]\nprint(y)\n");
        check(
            &table,
            "<module>",
            "y",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::USED | F::WALRUS_TARGET,
        );
        check(
            &table,
            "<listcomp>",
            "y",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::ASSIGNED | F::WALRUS_TARGET,
        );
    }

    #[test]
    fn walrus_in_function_comprehension_binds_the_function_local() {
        let table = build("def f():\n  [[y := a for a in b] for x in z]\n  return y\n");
        check(
            &table,
            "f",
            "y",
            S::Cell,
            F::ASSIGNED | F::USED | F::WALRUS_TARGET,
        );
        check(&table, "f.<locals>.<listcomp>", "y", S::Free, EMPTY);
        check(
            &table,
            "f.<locals>.<listcomp>.<listcomp>",
            "y",
            S::Free,
            F::DECLARED_NONLOCAL | F::ASSIGNED | F::WALRUS_TARGET,
        );

        // With the target declared global in the function, it stays global.
        let table = build("def f():\n  global y\n  [y := 1 for x in z]\n");
        check(
            &table,
            "f",
            "y",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::ASSIGNED | F::WALRUS_TARGET,
        );
        check(
            &table,
            "f.<locals>.<listcomp>",
            "y",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::ASSIGNED | F::WALRUS_TARGET,
        );

        // Outside comprehensions a walrus is an ordinary assignment.
        let table = build("def f():\n  if (n := 10) > 5: return n\n");
        check(&table, "f", "n", S::Local, F::ASSIGNED | F::USED);
    }

    #[test]
    fn walrus_errors() {
        assert_eq!(
            first_error("[x := 1 for x in y]\n"),
            "assignment expression cannot rebind comprehension iteration variable 'x'"
        );
        assert_eq!(
            first_error("[[x := 1 for a in b] for x in y]\n"),
            "assignment expression cannot rebind comprehension iteration variable 'x'"
        );
        assert_eq!(
            first_error("class C:\n  [y := 1 for x in z]\n"),
            "assignment expression within a comprehension cannot be used in a class body"
        );
        let iterable =
            "assignment expression cannot be used in a comprehension iterable expression";
        assert_eq!(first_error("[x for x in (y := z)]\n"), iterable);
        assert_eq!(first_error("[x for a in b for x in (y := z)]\n"), iterable);
        // Even inside a lambda within the iterable.
        assert_eq!(first_error("[x for x in (lambda: (y := z))()]\n"), iterable);
        assert_eq!(
            first_error("[i for i in x if (j := i) for j in y]\n"),
            "comprehension inner loop cannot rebind assignment expression target 'j'"
        );
        // A method inside a class is fine.
        build("class C:\n  def m(self):\n    return [y := 1 for x in z], y\n");
    }

    #[test]
    fn global_declaration_errors() {
        assert_eq!(
            first_error("def f(x):\n  global x\n"),
            "name 'x' is parameter and global"
        );
        assert_eq!(
            first_error("def f():\n  print(x)\n  global x\n"),
            "name 'x' is used prior to global declaration"
        );
        assert_eq!(
            first_error("def f():\n  x = 1\n  global x\n"),
            "name 'x' is assigned to before global declaration"
        );
        assert_eq!(
            first_error("def f():\n  x: int\n  global x\n"),
            "annotated name 'x' can't be global"
        );
        // Use wins over annotation, as in CPython.
        assert_eq!(
            first_error("def f():\n  x: int\n  print(x)\n  global x\n"),
            "name 'x' is used prior to global declaration"
        );
        // Also at module level.
        assert_eq!(
            first_error("x = 1\nglobal x\n"),
            "name 'x' is assigned to before global declaration"
        );
        // An import before `global` is accepted by 3.8.
        build("def f():\n  import x\n  global x\n");
    }

    #[test]
    fn nonlocal_declaration_errors() {
        let outer = |body: &str| format!("def g():\n  x = 1\n  def f(y):\n{body}");
        assert_eq!(
            first_error(&outer("    nonlocal y\n")),
            "name 'y' is parameter and nonlocal"
        );
        assert_eq!(
            first_error(&outer("    print(x)\n    nonlocal x\n")),
            "name 'x' is used prior to nonlocal declaration"
        );
        assert_eq!(
            first_error(&outer("    x = 2\n    nonlocal x\n")),
            "name 'x' is assigned to before nonlocal declaration"
        );
        assert_eq!(
            first_error(&outer("    x: int\n    nonlocal x\n")),
            "annotated name 'x' can't be nonlocal"
        );
        assert_eq!(
            first_error(&outer("    nonlocal x\n    global x\n")),
            "name 'x' is nonlocal and global"
        );
        assert_eq!(
            first_error(&outer("    global x\n    nonlocal x\n")),
            "name 'x' is nonlocal and global"
        );
        assert_eq!(
            first_error("nonlocal x\n"),
            "nonlocal declaration not allowed at module level"
        );
        assert_eq!(
            first_error("def f():\n  nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        assert_eq!(
            first_error("class C:\n  nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        // Class bindings are not candidates.
        assert_eq!(
            first_error("class C:\n  x = 1\n  def f(self):\n    nonlocal x\n"),
            "no binding for nonlocal 'x' found"
        );
        // Nor are bindings hidden by an intermediate `global`.
        assert_eq!(
            first_error(
                "def f():\n  x = 1\n  def g():\n    global x\n    def h():\n      nonlocal x\n"
            ),
            "no binding for nonlocal 'x' found"
        );
    }

    #[test]
    fn nonlocal_resolves_to_the_enclosing_binding() {
        let table =
            build("def f():\n  x = 0\n  def g():\n    nonlocal x\n    x += 1\n  return g\n");
        check(&table, "f", "x", S::Cell, F::ASSIGNED);
        check(
            &table,
            "f.<locals>.g",
            "x",
            S::Free,
            F::DECLARED_NONLOCAL | F::ASSIGNED,
        );
        let symbol = symbol(&table, "f.<locals>.g", "x");
        assert!(symbol.declared_at.is_some());
    }

    #[test]
    fn annotated_declared_names() {
        assert_eq!(
            first_error("def f():\n  global x\n  x: int = 1\n"),
            "annotated name 'x' can't be global"
        );
        assert_eq!(
            first_error("def g():\n  x = 1\n  def f():\n    nonlocal x\n    x: int\n"),
            "annotated name 'x' can't be nonlocal"
        );
        // Allowed at module level and for parenthesized targets.
        build("global x\nx: int = 1\n");
        let table = build("def f():\n  global x\n  (x): int = 1\n");
        check(
            &table,
            "f",
            "x",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::ASSIGNED,
        );
    }

    #[test]
    fn import_star_only_at_module_level() {
        let message = "import * only allowed at module level";
        assert_eq!(first_error("def f():\n  from m import *\n"), message);
        assert_eq!(first_error("class C:\n  from m import *\n"), message);
        let table = build("from m import *\n");
        assert!(scope(&table, "<module>").symbols.is_empty());
    }

    #[test]
    fn duplicate_arguments() {
        let message = |name: &str| format!("duplicate argument '{name}' in function definition");
        assert_eq!(first_error("def f(a, b, a): pass\n"), message("a"));
        assert_eq!(first_error("def f(a, *, a): pass\n"), message("a"));
        assert_eq!(first_error("def f(*a, **a): pass\n"), message("a"));
        assert_eq!(first_error("lambda a, a: 0\n"), message("a"));
        // Quoted unmangled, though detected on the mangled spelling.
        assert_eq!(
            first_error("class C:\n  def m(self, __a, __a): pass\n"),
            message("__a")
        );
    }

    #[test]
    fn generator_and_coroutine_detection() {
        let table = build(
            "def gen():\n  yield 1\ndef delegating():\n  yield from x\nasync def co():\n  await x\nasync def agen():\n  yield 1\ndef plain():\n  return lambda: (yield)\n",
        );
        let flags = |qualname: &str| {
            let scope = scope(&table, qualname);
            (scope.is_generator, scope.is_coroutine)
        };
        assert_eq!(flags("gen"), (true, false));
        assert_eq!(flags("delegating"), (true, false));
        assert_eq!(flags("co"), (false, true));
        assert_eq!(flags("agen"), (true, true));
        assert_eq!(flags("plain"), (false, false));
        assert_eq!(flags("plain.<locals>.<lambda>"), (true, false));

        let table = build(
            "async def f():\n  [x async for x in y]\n  [await x for x in y]\n  (x for x in y)\n",
        );
        assert!(table.scope(scope(&table, "f").children[0]).is_coroutine);
        assert!(table.scope(scope(&table, "f").children[1]).is_coroutine);
        assert!(!table.scope(scope(&table, "f").children[2]).is_coroutine);
        // `yield` in the first iterable belongs to the enclosing function.
        let table = build("def f():\n  return [x for x in (yield)]\n");
        assert!(scope(&table, "f").is_generator);
    }

    #[test]
    fn yield_inside_comprehension_is_an_error() {
        assert_eq!(
            first_error("def f(): [(yield) for x in y]\n"),
            "'yield' inside list comprehension"
        );
        assert_eq!(
            first_error("def f(): {(yield) for x in y}\n"),
            "'yield' inside set comprehension"
        );
        assert_eq!(
            first_error("def f(): {(yield): 1 for x in y}\n"),
            "'yield' inside dict comprehension"
        );
        assert_eq!(
            first_error("def f(): ((yield x) for x in y)\n"),
            "'yield' inside generator expression"
        );
    }

    #[test]
    fn compiler_stage_errors() {
        assert_eq!(first_error("return 1\n"), "'return' outside function");
        assert_eq!(
            first_error("class C:\n  return\n"),
            "'return' outside function"
        );
        assert_eq!(first_error("yield 1\n"), "'yield' outside function");
        assert_eq!(
            first_error("class C:\n  yield 1\n"),
            "'yield' outside function"
        );
        assert_eq!(first_error("await x\n"), "'await' outside function");
        assert_eq!(
            first_error("def f():\n  await x\n"),
            "'await' outside async function"
        );
        assert_eq!(
            first_error("async def f():\n  lambda: await x\n"),
            "'await' outside async function"
        );
        assert_eq!(
            first_error("async def f():\n  yield from x\n"),
            "'yield from' inside async function"
        );
        assert_eq!(
            first_error("async def f():\n  yield 1\n  return 2\n"),
            "'return' with value in async generator"
        );
        let async_comprehension = "asynchronous comprehension outside of an asynchronous function";
        assert_eq!(
            first_error("def f():\n  return [x async for x in y]\n"),
            async_comprehension
        );
        // 3.8 requires the *immediate* parent to be asynchronous.
        assert_eq!(
            first_error("async def f():\n  return [[await z for z in x] for x in y]\n"),
            async_comprehension
        );
        // Asynchronous generator expressions are fine anywhere.
        build("def f():\n  return (x async for x in y)\n");
        build("async def f():\n  yield 1\n  return\n");
    }

    #[test]
    fn qualnames_follow_python_3_8() {
        let table = build(
            "def f():
    def g():
        class K:
            def m(self): pass
    h = lambda: [lambda: 0 for x in y]
class C:
    def m(self): pass
    class D:
        async def n(self): pass
def outer():
    global inner
    def inner(): pass
[lambda: 0 for x in y]
",
        );
        let qualnames: Vec<_> = table
            .scopes()
            .map(|(_, scope)| scope.qualname.as_str())
            .collect();
        assert_eq!(
            qualnames,
            [
                "<module>",
                "f",
                "f.<locals>.g",
                "f.<locals>.g.<locals>.K",
                "f.<locals>.g.<locals>.K.m",
                "f.<locals>.<lambda>",
                "f.<locals>.<lambda>.<locals>.<listcomp>",
                "f.<locals>.<lambda>.<locals>.<listcomp>.<lambda>",
                "C",
                "C.m",
                "C.D",
                "C.D.n",
                "outer",
                // Declared global in its parent: a bare name.
                "inner",
                "<listcomp>",
                "<listcomp>.<lambda>",
            ]
        );
    }

    #[test]
    fn private_names_are_mangled() {
        let table = build(
            "class __C:\n  __x = 1\n  __q__ = 2\n  def __f(self, __a):\n    import __m.n\n    class __D:\n      __y = __x\n",
        );
        let class = scope(&table, "__C");
        assert_eq!(class.private.as_deref(), Some("__C"));
        check(&table, "__C", "_C__x", S::Local, F::ASSIGNED);
        check(&table, "__C", "__q__", S::Local, F::ASSIGNED);
        check(&table, "__C", "_C__f", S::Local, F::ASSIGNED);
        // The scope keeps its source name; its qualname too.
        assert_eq!(scope(&table, "__C.__f").params, ["self", "_C__a"]);
        check(&table, "__C.__f", "_C__m", S::Local, F::IMPORTED);
        check(&table, "__C.__f", "_C__D", S::Local, F::ASSIGNED);
        check(
            &table,
            "__C.__f.<locals>.__D",
            "_D__y",
            S::Local,
            F::ASSIGNED,
        );
        check(
            &table,
            "__C.__f.<locals>.__D",
            "_D__x",
            S::GlobalImplicit,
            F::USED,
        );
        let id = table.scope_for(class.range).expect("class scope");
        assert_eq!(
            table.resolve(id, "__x").map(|s| s.name.as_str()),
            Some("_C__x")
        );

        assert_eq!(mangle(Some("C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("_C"), "__x"), "_C__x");
        assert_eq!(mangle(Some("___"), "__x"), "__x");
        assert_eq!(mangle(Some("C"), "__x__"), "__x__");
        assert_eq!(mangle(Some("C"), "_x"), "_x");
        assert_eq!(mangle(Some("C"), "__a.b"), "__a.b");
        assert_eq!(mangle(None, "__x"), "__x");
    }

    #[test]
    fn try_else_is_visited_before_handlers() {
        // CPython walks `else` before the handlers, so this `global` is not "after" the
        // handler's assignment.
        let table = build("def f():\n  try: pass\n  except E: x = 1\n  else: global x\n");
        check(
            &table,
            "f",
            "x",
            S::GlobalExplicit,
            F::DECLARED_GLOBAL | F::ASSIGNED,
        );
    }

    #[test]
    fn scope_for_finds_the_scope_of_each_node() {
        let source = "def f():\n  return lambda: [x for x in y]\nclass C: pass\n";
        let module = parse_module(source);
        let table = SymbolTable::build(&module).expect("valid");
        let Stmt::FunctionDef(def) = &module.body[0] else {
            panic!("def")
        };
        let Stmt::ClassDef(class) = &module.body[1] else {
            panic!("class")
        };
        let Stmt::Return(ret) = &def.body[0] else {
            panic!("return")
        };
        let lambda = ret.value.as_deref().expect("value");
        let Expr::Lambda(lambda_node) = lambda else {
            panic!("lambda")
        };
        let expected = [
            (def.range, "f"),
            (class.range, "C"),
            (lambda_node.range, "f.<locals>.<lambda>"),
            (
                lambda_node.body.range(),
                "f.<locals>.<lambda>.<locals>.<listcomp>",
            ),
        ];
        for (range, qualname) in expected {
            let id = table.scope_for(range).expect("scope");
            assert_eq!(table.scope(id).qualname, qualname);
        }
        assert_eq!(table.scope_for(module.range), None);
        assert_eq!(table.root().index(), 0);
        assert_eq!(table.scope(table.root()).kind, ScopeKind::Module);
    }

    #[test]
    fn malformed_trees_from_error_recovery_do_not_panic() {
        let sources = [
            "def (:\n",
            "class\n",
            "lambda x, x, *: (y := \n",
            "[x for in]\n",
            "global\nnonlocal\n",
            "def f(a, a, /, *, **):\n  nonlocal q\n  return [z := 1 for z in (w := 2)]\n",
            "x: = \nfrom . import *\nimport a..b\n",
            "async def f(:\n  await\n  yield from\n",
            "{**a, b: c for d in}\n",
            "@\ndef\n",
        ];
        for source in sources {
            if let Some(module) = parse_unchecked(source, options()).try_into_module() {
                let _ = SymbolTable::build(module.syntax());
            }
        }
    }
}
