//! The public pipeline: a script and the modules it imports → diagnostics or an executable.
//! The CLI and the tests both call these functions.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use pylift_runtime::modules::python_lib;
use ruff_python_ast::statement_visitor::{self, StatementVisitor};
use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::{Ranged, TextRange};

use crate::frontend::{self, Diagnostic, ParsedModule};
use crate::target::Target;
use crate::{codegen, ir, link, lower, passes};

/// What `build` writes instead of an executable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Emit {
    /// The IR after all passes, as text.
    Ir,
    /// Cranelift's IR of every function, as text.
    Clif,
    /// The object file, unlinked.
    Obj,
    /// A linked executable.
    Exe,
}

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub input: PathBuf,
    /// The script path shown in tracebacks; defaults to `input` as given.
    pub display_path: Option<String>,
    /// Where the program's modules are looked for after the script's directory, in order
    /// (`--path`, then `PYTHONPATH`).
    pub module_path: Vec<PathBuf>,
    pub output: PathBuf,
    pub target: Target,
    pub emit: Emit,
    pub static_link: bool,
    /// Directory holding `libpylift_runtime.a`; found next to the compiler when absent.
    pub runtime_dir: Option<PathBuf>,
}

/// The diagnostics of one source file of the program.
#[derive(Debug)]
pub struct FileDiagnostics {
    pub path: String,
    pub source: String,
    pub diagnostics: Vec<Diagnostic>,
}

/// Why a build failed.
#[derive(Debug)]
pub enum Failure {
    /// The program has errors, in the script or the modules it imports; render them with
    /// `render`. `path` is the script's.
    Program {
        path: String,
        files: Vec<FileDiagnostics>,
    },
    /// Something outside the program: a file, the linker, the runtime library.
    Environment(String),
}

impl Failure {
    pub fn render(&self, color: bool) -> String {
        match self {
            Failure::Program { path, files } => {
                let mut out = String::new();
                for file in files {
                    for d in &file.diagnostics {
                        out.push_str(&d.render(&file.path, &file.source, color));
                        out.push_str("\n\n");
                    }
                }
                let n: usize = files.iter().map(|f| f.diagnostics.len()).sum();
                out.push_str(&format!(
                    "error: could not compile `{path}` due to {n} previous error{}\n",
                    if n == 1 { "" } else { "s" }
                ));
                out
            }
            Failure::Environment(message) => format!("error: {message}\n"),
        }
    }
}

fn read_source(path: &Path) -> Result<String, String> {
    let bytes =
        std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "`{}` is not valid UTF-8 (byte {}); Python 3 source is UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

/// Parses, analyses and lowers one module as the script, then runs the IR passes. Imports
/// are not resolved: `build` does that for the whole program.
pub fn compile_to_ir(source: &str, path: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    let parsed = frontend::analyze(source)?;
    lower_and_run_passes(&parsed, "__main__", None, path, source)
}

fn lower_and_run_passes(
    parsed: &ParsedModule,
    name: &str,
    package: Option<&str>,
    path: &str,
    source: &str,
) -> Result<ir::Module, Vec<Diagnostic>> {
    let mut module = lower::lower_module(parsed, name, package, path, source)?;
    passes::run_all(&mut module);
    let problems = ir::verify(&module);
    assert!(
        problems.is_empty(),
        "IR verification failed:\n{}",
        problems.join("\n")
    );
    Ok(module)
}

/// `pylift check`: parse and analyse the script and the modules it imports.
pub fn check(input: &Path, module_path: &[PathBuf]) -> Result<(), Failure> {
    let shown_path = input.display().to_string();
    let program = load_program(input, &shown_path, module_path)?;
    program_failure(&shown_path, program.iter().map(|file| file.problems()))
}

/// The failure listing every file's diagnostics, if any file has some. A file compiled twice
/// (the script, imported by its own name) is listed once.
fn program_failure(
    script_path: &str,
    files: impl Iterator<Item = Option<FileDiagnostics>>,
) -> Result<(), Failure> {
    let mut listed: Vec<FileDiagnostics> = Vec::new();
    for file in files.flatten() {
        if !listed
            .iter()
            .any(|l| l.path == file.path && l.diagnostics == file.diagnostics)
        {
            listed.push(file);
        }
    }
    if listed.is_empty() {
        return Ok(());
    }
    Err(Failure::Program {
        path: script_path.to_string(),
        files: listed,
    })
}

/// What a successful build produced: the text for `--emit ir/clif`, or the written file.
pub enum Built {
    Text(String),
    File(PathBuf),
}

/// `pylift build`.
pub fn build(options: &BuildOptions) -> Result<Built, Failure> {
    let shown_path = options
        .display_path
        .clone()
        .unwrap_or_else(|| options.input.display().to_string());
    let mut program = load_program(&options.input, &shown_path, &options.module_path)?;
    // Every file that parses is lowered, so that its import problems and its other errors
    // are reported together.
    let mut modules = Vec::with_capacity(program.len());
    for file in &mut program {
        let Some(parsed) = &file.parsed else {
            continue;
        };
        match lower_and_run_passes(
            parsed,
            &file.name,
            file.package.as_deref(),
            &file.runtime_path,
            &file.source,
        ) {
            Ok(module) => modules.push(module),
            Err(diagnostics) => {
                file.diagnostics.extend(diagnostics);
                file.diagnostics.sort_by_key(|d| d.range.start());
            }
        }
    }
    program_failure(&shown_path, program.iter().map(|file| file.problems()))?;
    if options.emit == Emit::Ir {
        let text: Vec<String> = modules.iter().map(|m| m.to_string()).collect();
        return Ok(Built::Text(text.join("\n")));
    }
    // Find the runtime before the slow part, so a missing one is reported at once.
    let runtime = match options.emit {
        Emit::Exe => Some(
            options
                .target
                .find_runtime(options.runtime_dir.as_deref())
                .map_err(Failure::Environment)?,
        ),
        _ => None,
    };
    let isa = codegen::make_isa(&options.target.triple).map_err(Failure::Environment)?;
    let output = codegen::compile(&modules, isa, options.emit == Emit::Clif)
        .map_err(Failure::Environment)?;
    if let Some(clif) = output.clif {
        return Ok(Built::Text(clif));
    }
    let write = |p: &Path, bytes: &[u8]| {
        std::fs::write(p, bytes)
            .map_err(|e| Failure::Environment(format!("cannot write `{}`: {e}", p.display())))
    };
    if options.emit == Emit::Obj {
        write(&options.output, &output.object)?;
        return Ok(Built::File(options.output.clone()));
    }
    let object_path = options.output.with_extension("pylift.o");
    write(&object_path, &output.object)?;
    let linked = link::link(
        &options.target,
        &object_path,
        runtime.as_deref().expect("found above for executables"),
        &options.output,
        options.static_link,
    );
    let _ = std::fs::remove_file(&object_path);
    linked.map_err(Failure::Environment)?;
    Ok(Built::File(options.output.clone()))
}

// ----- finding the program's modules (DESIGN §4, Modules) -----

/// How diagnostics and tracebacks show the directory of the runtime's Python modules.
const PYTHON_LIB_SHOWN: &str = "<pylift-lib>";

/// The modules CPython 3.8 has compiled in (`sys.builtin_module_names` on Linux): a file of the
/// program cannot shadow these, while it does shadow the rest of the standard library, which
/// CPython finds on `sys.path` after the program's directories.
#[rustfmt::skip]
const CPYTHON_COMPILED_IN_MODULES: &[&str] = &[
    "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale",
    "_operator", "_signal", "_sre", "_stat", "_string", "_symtable", "_thread", "_tracemalloc",
    "_warnings", "_weakref", "atexit", "builtins", "errno", "faulthandler", "gc", "itertools",
    "marshal", "posix", "pwd", "sys", "time", "xxsubtype",
];

/// A directory modules are looked for in, under the three names a path in it goes by.
#[derive(Debug, Clone)]
struct SearchDir {
    /// Where the compiler reads files.
    dir: PathBuf,
    /// How diagnostics show it: relative to the shown script path for the script's directory,
    /// as the user gave it otherwise.
    shown: PathBuf,
    /// How tracebacks show it: CPython makes the entries of `sys.path` absolute.
    absolute: PathBuf,
    /// Whether `dir` is a path in the runtime's Python library (`runtime/lib/`, embedded in
    /// pylift) rather than in the file system.
    bundled: bool,
}

impl SearchDir {
    fn new(dir: PathBuf, shown: PathBuf) -> SearchDir {
        let absolute = std::path::absolute(&dir).unwrap_or_else(|_| dir.clone());
        SearchDir {
            dir,
            shown,
            absolute,
            bundled: false,
        }
    }

    /// The runtime's modules written in Python, searched after the program's directories as
    /// CPython searches its standard library after them.
    fn python_lib() -> SearchDir {
        SearchDir {
            dir: PathBuf::new(),
            shown: PathBuf::from(PYTHON_LIB_SHOWN),
            absolute: PathBuf::from(PYTHON_LIB_SHOWN),
            bundled: true,
        }
    }

    fn bundled_path(&self) -> &str {
        self.dir.to_str().unwrap_or_default()
    }

    fn is_file(&self) -> bool {
        if self.bundled {
            python_lib::source(self.bundled_path()).is_some()
        } else {
            self.dir.is_file()
        }
    }

    fn is_dir(&self) -> bool {
        if self.bundled {
            python_lib::is_directory(self.bundled_path())
        } else {
            self.dir.is_dir()
        }
    }

    fn read(&self) -> Result<String, String> {
        match self.bundled {
            true => Ok(python_lib::source(self.bundled_path())
                .unwrap_or_default()
                .to_string()),
            false => read_source(&self.dir),
        }
    }

    fn join(&self, name: &str) -> SearchDir {
        SearchDir {
            dir: self.dir.join(name),
            shown: self.shown.join(name),
            absolute: self.absolute.join(name),
            bundled: self.bundled,
        }
    }

    fn shown(&self) -> String {
        show_path(&self.shown)
    }
}

fn show_path(path: &Path) -> String {
    if path.as_os_str().is_empty() {
        ".".to_string()
    } else {
        path.display().to_string()
    }
}

/// One source file of the program: the script, or a module it imports.
struct SourceFile {
    /// `__name__`: `__main__` for the script, the dotted module name otherwise.
    name: String,
    /// `__package__`, what relative imports in it are relative to.
    package: Option<String>,
    /// For a package, the directory its submodules are in.
    package_dir: Option<SearchDir>,
    /// The path diagnostics show.
    shown_path: String,
    /// The path tracebacks show.
    runtime_path: String,
    source: String,
    /// `None` when the source has syntax errors (in `diagnostics`).
    parsed: Option<ParsedModule>,
    diagnostics: Vec<Diagnostic>,
}

impl SourceFile {
    fn problems(&self) -> Option<FileDiagnostics> {
        (!self.diagnostics.is_empty()).then(|| FileDiagnostics {
            path: self.shown_path.clone(),
            source: self.source.clone(),
            diagnostics: self.diagnostics.clone(),
        })
    }
}

/// Where an imported name leads.
#[derive(Debug, Clone, Copy)]
enum Resolved {
    /// A module of the runtime.
    Builtin,
    /// The program's source file with this index.
    File(usize),
}

/// A module's source file, and the directory of its submodules when it is a package.
struct ModuleFile {
    file: SearchDir,
    package_dir: Option<SearchDir>,
}

/// What looking for a module in a directory found.
enum Lookup {
    Module(ModuleFile),
    /// A directory without `__init__.py`: CPython would make it a namespace package.
    Directory,
    Missing,
}

/// Looks for module `name` in `dir` as CPython's path finder does: the package first.
fn look_in(dir: &SearchDir, name: &str) -> Lookup {
    let package_dir = dir.join(name);
    let init = package_dir.join("__init__.py");
    if init.is_file() {
        return Lookup::Module(ModuleFile {
            file: init,
            package_dir: Some(package_dir),
        });
    }
    let file = dir.join(&format!("{name}.py"));
    if file.is_file() {
        return Lookup::Module(ModuleFile {
            file,
            package_dir: None,
        });
    }
    if package_dir.is_dir() {
        Lookup::Directory
    } else {
        Lookup::Missing
    }
}

/// Why an import cannot be resolved; `diagnostic` words it at the import.
enum ImportProblem {
    NotFound {
        name: String,
        searched: Vec<String>,
        top_level: bool,
    },
    NotAPackage {
        name: String,
        parent: String,
    },
    NamespacePackage {
        name: String,
    },
    /// The module's file was found but cannot be read: the `read_source` message.
    Unreadable(String),
}

impl ImportProblem {
    fn diagnostic(self, range: TextRange) -> Diagnostic {
        match self {
            ImportProblem::NotFound {
                name,
                searched,
                top_level,
            } => {
                let last = name.rsplit('.').next().unwrap_or(&name);
                let searched: Vec<String> = searched.iter().map(|d| format!("`{d}`")).collect();
                let mut note = format!(
                    "pylift looked for `{last}.py` and `{last}/__init__.py` in {}",
                    searched.join(", ")
                );
                if top_level {
                    let mut builtin: Vec<&str> = pylift_runtime::modules::BUILTIN_MODULES
                        .iter()
                        .map(|m| m.name)
                        .chain(python_lib::top_level_names())
                        // Private helper modules of the others are not worth naming.
                        .filter(|name| !name.starts_with('_'))
                        .collect();
                    builtin.sort_unstable();
                    note.push_str(&format!(
                        "; the modules pylift provides so far are: {}",
                        builtin.join(", ")
                    ));
                }
                Diagnostic::error(
                    format!("ModuleNotFoundError: No module named '{name}'"),
                    range,
                )
                .with_note(note)
            }
            ImportProblem::NotAPackage { name, parent } => Diagnostic::error(
                format!(
                    "ModuleNotFoundError: No module named '{name}'; '{parent}' is not a package"
                ),
                range,
            ),
            ImportProblem::NamespacePackage { name } => Diagnostic::error(
                format!(
                    "pylift does not support namespace packages yet: `{name}` is a directory \
                     without `__init__.py`"
                ),
                range,
            )
            .with_note(format!(
                "an empty `{}/__init__.py` makes it a regular package",
                name.replace('.', "/")
            )),
            ImportProblem::Unreadable(message) => Diagnostic::error(message, range),
        }
    }
}

/// A module an import statement needs, and the names `from ... import` takes from it, which
/// may be its submodules.
struct ImportRequest {
    module: String,
    range: TextRange,
    members: Vec<String>,
}

/// Collects the imports of a module, wherever they are: inside functions, classes, `if` and
/// `try` too, since any of them may run.
struct ImportCollector<'p> {
    package: Option<&'p str>,
    requests: Vec<ImportRequest>,
}

impl<'a> StatementVisitor<'a> for ImportCollector<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Import(import) => {
                for alias in &import.names {
                    self.requests.push(ImportRequest {
                        module: alias.name.id.to_string(),
                        range: alias.name.range(),
                        members: Vec::new(),
                    });
                }
            }
            Stmt::ImportFrom(import) => self.import_from(import),
            _ => statement_visitor::walk_stmt(self, stmt),
        }
    }
}

impl ImportCollector<'_> {
    fn import_from(&mut self, import: &ast::StmtImportFrom) {
        let relative_to = import.module.as_ref().map(|m| m.id.as_str());
        if import.level == 0 && relative_to == Some("__future__") {
            return;
        }
        // A relative import with no module to import is lowering's diagnostic.
        let Ok(module) = lower::absolute_module_name(self.package, import.level, relative_to)
        else {
            return;
        };
        self.requests.push(ImportRequest {
            module,
            range: import.module.as_ref().map_or(import.range(), |m| m.range()),
            members: import
                .names
                .iter()
                .map(|alias| alias.name.id.to_string())
                .filter(|name| name != "*")
                .collect(),
        });
    }
}

/// Finds, reads and analyses the script and, transitively, every module it imports.
struct ProgramLoader {
    search_dirs: Vec<SearchDir>,
    files: Vec<SourceFile>,
    resolved: HashMap<String, Resolved>,
}

/// The script first, then the modules in the order they were found.
fn load_program(
    input: &Path,
    shown_path: &str,
    module_path: &[PathBuf],
) -> Result<Vec<SourceFile>, Failure> {
    let source = read_source(input).map_err(Failure::Environment)?;
    let script_dir = match input.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let shown_script_dir = Path::new(shown_path)
        .parent()
        .unwrap_or(Path::new(""))
        .to_path_buf();
    let mut script_search_dir = SearchDir::new(script_dir, shown_script_dir);
    // CPython's `sys.path[0]` is the script's real directory, with symbolic links resolved.
    if let Ok(real) = std::fs::canonicalize(&script_search_dir.dir) {
        script_search_dir.absolute = real;
    }
    let mut search_dirs = vec![script_search_dir];
    search_dirs.extend(
        module_path
            .iter()
            .map(|dir| SearchDir::new(dir.clone(), dir.clone())),
    );
    search_dirs.push(SearchDir::python_lib());
    let mut loader = ProgramLoader {
        search_dirs,
        files: Vec::new(),
        resolved: HashMap::new(),
    };
    loader.files.push(SourceFile {
        name: "__main__".to_string(),
        package: None,
        package_dir: None,
        shown_path: shown_path.to_string(),
        runtime_path: shown_path.to_string(),
        source,
        parsed: None,
        diagnostics: Vec::new(),
    });
    // `import __main__` is the script itself, which CPython puts in `sys.modules` first.
    loader
        .resolved
        .insert("__main__".to_string(), Resolved::File(0));
    let mut next = 0;
    while next < loader.files.len() {
        loader.analyze(next);
        next += 1;
    }
    Ok(loader.files)
}

impl ProgramLoader {
    /// Parses and analyses file `index`, then resolves its imports, adding the modules they
    /// find.
    fn analyze(&mut self, index: usize) {
        let file = &mut self.files[index];
        let parsed = match frontend::analyze(&file.source) {
            Ok(parsed) => parsed,
            Err(diagnostics) => {
                file.diagnostics = diagnostics;
                return;
            }
        };
        let mut collector = ImportCollector {
            package: file.package.as_deref(),
            requests: Vec::new(),
        };
        collector.visit_body(&parsed.ast.body);
        let mut requests = collector.requests;
        // `object.__reduce__` and `__reduce_ex__` import copyreg when they run, as CPython's
        // do; a program that names them gets it compiled in.
        if file.source.contains("__reduce") {
            requests.push(ImportRequest {
                module: "copyreg".to_string(),
                range: TextRange::default(),
                members: Vec::new(),
            });
        }
        file.parsed = Some(parsed);
        for request in requests {
            match self.resolve(&request.module) {
                Ok(Resolved::File(module)) if self.files[module].package_dir.is_some() => {
                    // `from package import name` imports the submodule `name`, if there is
                    // one; other names are the package's attributes.
                    for member in &request.members {
                        let submodule = format!("{}.{member}", request.module);
                        if let Err(ImportProblem::Unreadable(message)) = self.resolve(&submodule) {
                            self.files[index]
                                .diagnostics
                                .push(Diagnostic::error(message, request.range));
                        }
                    }
                }
                Ok(_) => {}
                Err(problem) => self.files[index]
                    .diagnostics
                    .push(problem.diagnostic(request.range)),
            }
        }
    }

    /// Resolves a dotted module name, package by package, adding the source files found.
    fn resolve(&mut self, name: &str) -> Result<Resolved, ImportProblem> {
        let mut resolved: Option<(Resolved, &str)> = None;
        for (end, part) in dotted_prefixes(name) {
            let full_name = &name[..end];
            if let Some(&known) = self.resolved.get(full_name) {
                resolved = Some((known, full_name));
                continue;
            }
            let found = match resolved {
                None => self.find_top_level(full_name)?,
                Some((parent, parent_name)) => {
                    let package_dir = match parent {
                        Resolved::File(parent) => self.files[parent].package_dir.as_ref(),
                        Resolved::Builtin => None,
                    };
                    let Some(package_dir) = package_dir else {
                        return Err(ImportProblem::NotAPackage {
                            name: name.to_string(),
                            parent: parent_name.to_string(),
                        });
                    };
                    match look_in(package_dir, part) {
                        Lookup::Module(found) => Some(found),
                        Lookup::Directory => {
                            return Err(ImportProblem::NamespacePackage {
                                name: full_name.to_string(),
                            })
                        }
                        Lookup::Missing => {
                            return Err(ImportProblem::NotFound {
                                name: full_name.to_string(),
                                searched: vec![package_dir.shown()],
                                top_level: false,
                            })
                        }
                    }
                }
            };
            let known = match found {
                None => Resolved::Builtin,
                Some(found) => Resolved::File(self.add_file(full_name, found)?),
            };
            self.resolved.insert(full_name.to_string(), known);
            resolved = Some((known, full_name));
        }
        Ok(resolved.expect("a module name has at least one part").0)
    }

    /// A top-level module: `None` for one of the runtime's, else the program's file.
    fn find_top_level(&self, name: &str) -> Result<Option<ModuleFile>, ImportProblem> {
        let builtin = pylift_runtime::modules::is_builtin_module(name);
        if builtin && CPYTHON_COMPILED_IN_MODULES.contains(&name) {
            return Ok(None);
        }
        let mut directory = false;
        for dir in &self.search_dirs {
            match look_in(dir, name) {
                Lookup::Module(found) => return Ok(Some(found)),
                Lookup::Directory => directory = true,
                Lookup::Missing => {}
            }
        }
        if builtin {
            Ok(None)
        } else if directory {
            Err(ImportProblem::NamespacePackage {
                name: name.to_string(),
            })
        } else {
            Err(ImportProblem::NotFound {
                name: name.to_string(),
                searched: self
                    .search_dirs
                    .iter()
                    .filter(|dir| !dir.bundled)
                    .map(SearchDir::shown)
                    .collect(),
                top_level: true,
            })
        }
    }

    fn add_file(&mut self, name: &str, found: ModuleFile) -> Result<usize, ImportProblem> {
        let source = found.file.read().map_err(ImportProblem::Unreadable)?;
        let package = match &found.package_dir {
            Some(_) => Some(name.to_string()),
            None => name.rsplit_once('.').map(|(parent, _)| parent.to_string()),
        };
        self.files.push(SourceFile {
            name: name.to_string(),
            package,
            package_dir: found.package_dir,
            shown_path: show_path(&found.file.shown),
            runtime_path: found.file.absolute.display().to_string(),
            source,
            parsed: None,
            diagnostics: Vec::new(),
        });
        Ok(self.files.len() - 1)
    }
}

/// `a.b.c` → (1, "a"), (3, "b"), (5, "c"): where each prefix of the name ends, and its last
/// part.
fn dotted_prefixes(name: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    name.split('.').map(move |part| {
        let end = start + part.len();
        start = end + 1;
        (end, part)
    })
}
