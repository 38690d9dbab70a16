//! The public pipeline: source file → diagnostics or an executable. The CLI and the tests both
//! call these functions.

use std::path::{Path, PathBuf};

use crate::frontend::{self, Diagnostic};
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
    pub output: PathBuf,
    pub target: Target,
    pub emit: Emit,
    pub static_link: bool,
    /// Directory holding `libpylift_runtime.a`; found next to the compiler when absent.
    pub runtime_dir: Option<PathBuf>,
}

/// Why a build failed.
#[derive(Debug)]
pub enum Failure {
    /// The program has errors; render them with `render`.
    Program {
        path: String,
        source: String,
        diagnostics: Vec<Diagnostic>,
    },
    /// Something outside the program: a file, the linker, the runtime library.
    Environment(String),
}

impl Failure {
    pub fn render(&self, color: bool) -> String {
        match self {
            Failure::Program {
                path,
                source,
                diagnostics,
            } => {
                let mut out = String::new();
                for d in diagnostics {
                    out.push_str(&d.render(path, source, color));
                    out.push_str("\n\n");
                }
                let n = diagnostics.len();
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

fn read_source(path: &Path) -> Result<String, Failure> {
    let bytes = std::fs::read(path)
        .map_err(|e| Failure::Environment(format!("cannot read `{}`: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| {
        Failure::Environment(format!(
            "`{}` is not valid UTF-8 (byte {}); Python 3 source is UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Parses, analyses and lowers a module, then runs the IR passes.
pub fn compile_to_ir(source: &str, path: &str) -> Result<ir::Module, Vec<Diagnostic>> {
    let parsed = frontend::analyze(source)?;
    let mut module = lower::lower_module(&parsed, "__main__", path, source)?;
    passes::run_all(&mut module);
    let problems = ir::verify(&module);
    assert!(
        problems.is_empty(),
        "IR verification failed:\n{}",
        problems.join("\n")
    );
    Ok(module)
}

/// `pylift check`: parse and analyse only.
pub fn check(input: &Path) -> Result<(), Failure> {
    let source = read_source(input)?;
    let path = input.display().to_string();
    frontend::analyze(&source)
        .map(|_| ())
        .map_err(|diagnostics| Failure::Program {
            path,
            source,
            diagnostics,
        })
}

/// What a successful build produced: the text for `--emit ir/clif`, or the written file.
pub enum Built {
    Text(String),
    File(PathBuf),
}

/// `pylift build`.
pub fn build(options: &BuildOptions) -> Result<Built, Failure> {
    let source = read_source(&options.input)?;
    let path = options
        .display_path
        .clone()
        .unwrap_or_else(|| options.input.display().to_string());
    let module = compile_to_ir(&source, &path).map_err(|diagnostics| Failure::Program {
        path: path.clone(),
        source: source.clone(),
        diagnostics,
    })?;
    if options.emit == Emit::Ir {
        return Ok(Built::Text(module.to_string()));
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
    let output =
        codegen::compile(&module, isa, options.emit == Emit::Clif).map_err(Failure::Environment)?;
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
