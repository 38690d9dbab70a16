//! The `pylift` command.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use clap::{Parser, Subcommand, ValueEnum};
use pylift::driver::{self, BuildOptions, Built, Emit};
use pylift::target::{self, Target};

const EXAMPLES: &str = "\
Examples:
  pylift run examples/fib.py                 build and run a script
  pylift run app.py -- --verbose input.txt   pass arguments to the program
  pylift build app.py -o app                 compile to ./app
  pylift build app.py --path vendor          also find imported modules in vendor/
  pylift build app.py --emit ir              print pylift's IR
  pylift build app.py --target aarch64-unknown-linux-gnu -o app-arm
  pylift check app.py                        report errors without building
  pylift targets                             list targets and their toolchains
  pylift bench --chart bench.svg             time examples/bench/*.py against CPython 3.8";

#[derive(Parser)]
#[command(name = "pylift", version, about = "Compile Python 3.8 programs to native executables", after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Commands,
}

#[derive(Subcommand)]
enum Commands {
    /// Compile a script and the modules it imports into an executable
    Build {
        file: PathBuf,
        /// Output path (default: the script's name without `.py`)
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Write an intermediate form instead of an executable
        #[arg(long, value_enum)]
        emit: Option<EmitArg>,
        #[command(flatten)]
        modules: ModuleArgs,
        #[command(flatten)]
        target: TargetArgs,
    },
    /// Build a script into a cache directory and run it
    Run {
        file: PathBuf,
        #[command(flatten)]
        modules: ModuleArgs,
        #[command(flatten)]
        target: TargetArgs,
        /// Arguments for the program (after `--`)
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// Parse and analyse a script and the modules it imports without building them
    Check {
        file: PathBuf,
        #[command(flatten)]
        modules: ModuleArgs,
    },
    /// List the supported targets and whether their runtime and linker are installed
    Targets,
    /// Measure benchmark programs against CPython 3.8, and PyPy when it is installed
    Bench {
        /// Programs, or directories of programs (default: examples/bench)
        programs: Vec<PathBuf>,
        /// Timed runs of each implementation per program
        #[arg(long, default_value_t = 5)]
        runs: usize,
        /// Untimed runs before them
        #[arg(long, default_value_t = 1)]
        warmup: usize,
        /// The CPython 3.8 interpreter to compare with
        #[arg(long, default_value = "python3.8")]
        python: String,
        /// The PyPy interpreter, measured when it is found
        #[arg(long, default_value = "pypy3")]
        pypy: String,
        /// Also write the speed-ups as an SVG bar chart
        #[arg(long, value_name = "FILE.svg")]
        chart: Option<PathBuf>,
    },
}

#[derive(clap::Args)]
struct TargetArgs {
    /// Target triple, e.g. aarch64-unknown-linux-gnu (default: this machine)
    #[arg(long)]
    target: Option<String>,
    /// Link statically: the executable needs no dynamic loader or shared libraries
    #[arg(long = "static")]
    static_link: bool,
}

#[derive(clap::Args)]
struct ModuleArgs {
    /// Another directory to find the program's modules in, after the script's own and before
    /// those of PYTHONPATH (repeatable)
    #[arg(long = "path", value_name = "DIR")]
    paths: Vec<PathBuf>,
}

impl ModuleArgs {
    /// Where modules are looked for after the script's directory: `--path`, then PYTHONPATH.
    fn module_path(&self) -> Vec<PathBuf> {
        let mut dirs = self.paths.clone();
        if let Some(python_path) = std::env::var_os("PYTHONPATH") {
            dirs.extend(std::env::split_paths(&python_path).filter(|d| !d.as_os_str().is_empty()));
        }
        dirs
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitArg {
    Ir,
    Clif,
    Obj,
}

fn fail(message: &str) -> ExitCode {
    eprint!("{message}");
    ExitCode::from(1)
}

fn color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

fn target(args: &TargetArgs) -> Result<Target, ExitCode> {
    match &args.target {
        None => Ok(Target::host()),
        Some(name) => Target::parse(name).map_err(|e| fail(&format!("error: {e}\n"))),
    }
}

fn default_output(file: &Path) -> PathBuf {
    PathBuf::from(file.file_stem().unwrap_or(file.as_os_str()))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Commands::Build {
            file,
            output,
            emit,
            modules,
            target: target_args,
        } => {
            let target = match target(&target_args) {
                Ok(t) => t,
                Err(code) => return code,
            };
            let emit = match emit {
                None => Emit::Exe,
                Some(EmitArg::Ir) => Emit::Ir,
                Some(EmitArg::Clif) => Emit::Clif,
                Some(EmitArg::Obj) => Emit::Obj,
            };
            let output = output.unwrap_or_else(|| {
                let stem = default_output(&file);
                if emit == Emit::Obj {
                    stem.with_extension("o")
                } else {
                    stem
                }
            });
            if output == file {
                return fail(
                    "error: the output would overwrite the input script; choose another with -o\n",
                );
            }
            let options = BuildOptions {
                input: file,
                display_path: None,
                module_path: modules.module_path(),
                output,
                target,
                emit,
                static_link: target_args.static_link,
                runtime_dir: None,
            };
            match driver::build(&options) {
                Ok(Built::Text(text)) => {
                    print!("{text}");
                    ExitCode::SUCCESS
                }
                Ok(Built::File(_)) => ExitCode::SUCCESS,
                Err(e) => fail(&e.render(color())),
            }
        }
        Commands::Run {
            file,
            modules,
            target: target_args,
            args,
        } => {
            let target = match target(&target_args) {
                Ok(t) => t,
                Err(code) => return code,
            };
            run(
                file,
                modules.module_path(),
                target,
                target_args.static_link,
                args,
            )
        }
        Commands::Check { file, modules } => match driver::check(&file, &modules.module_path()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e.render(color())),
        },
        Commands::Targets => {
            for name in target::SUPPORTED {
                let t = Target::parse(name).expect("supported targets parse");
                let runtime = match t.find_runtime(None) {
                    Ok(p) => format!("runtime: {}", p.display()),
                    Err(_) => "runtime: missing".to_string(),
                };
                let linker = if t.linker_available() {
                    format!("linker: {}", t.linker)
                } else {
                    format!(
                        "linker: {} missing (apt-get install {})",
                        t.linker, t.linker_packages
                    )
                };
                let host = if t.is_host() { " (host)" } else { "" };
                println!("{name}{host}\n  {runtime}\n  {linker}");
                if !t.is_host() {
                    let emulator = if t.emulator_available() {
                        "found"
                    } else {
                        "missing (apt-get install qemu-user)"
                    };
                    println!("  emulator: {} {emulator}", t.emulator);
                }
            }
            ExitCode::SUCCESS
        }
        Commands::Bench {
            programs,
            runs,
            warmup,
            python,
            pypy,
            chart,
        } => bench(programs, runs, warmup, python, pypy, chart),
    }
}

fn bench(
    programs: Vec<PathBuf>,
    runs: usize,
    warmup: usize,
    python: String,
    pypy: String,
    chart: Option<PathBuf>,
) -> ExitCode {
    let paths = if programs.is_empty() {
        vec![PathBuf::from("examples/bench")]
    } else {
        programs
    };
    let programs = match pylift::bench::collect_programs(&paths) {
        Ok(p) => p,
        Err(e) => return fail(&format!("error: {e}\n")),
    };
    let options = pylift::bench::BenchOptions {
        programs,
        runs: runs.max(1),
        warmup,
        cpython: pylift::bench::Interpreter {
            name: "CPython 3.8".to_string(),
            command: python,
        },
        others: vec![pylift::bench::Interpreter {
            name: "PyPy".to_string(),
            command: pypy,
        }],
        build_dir: std::env::temp_dir().join(format!("pylift-bench-{}", std::process::id())),
    };
    let results = pylift::bench::run(&options, |step| eprintln!("bench: {step}"));
    let _ = std::fs::remove_dir_all(&options.build_dir);
    let results = match results {
        Ok(r) => r,
        Err(e) => return fail(&format!("error: {e}\n")),
    };
    print!("{}", results.table());
    if let Some(path) = chart {
        if let Err(e) = std::fs::write(&path, results.chart_svg()) {
            return fail(&format!("error: cannot write `{}`: {e}\n", path.display()));
        }
        eprintln!("bench: wrote {}", path.display());
    }
    ExitCode::SUCCESS
}

/// Builds into the cache directory and runs the executable, forwarding its exit status.
fn run(
    file: PathBuf,
    module_path: Vec<PathBuf>,
    target: Target,
    static_link: bool,
    args: Vec<String>,
) -> ExitCode {
    let cache = std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(std::env::temp_dir)
        .join("pylift")
        .join("run");
    if let Err(e) = std::fs::create_dir_all(&cache) {
        return fail(&format!(
            "error: cannot create the cache directory `{}`: {e}\n",
            cache.display()
        ));
    }
    let canonical = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        canonical.hash(&mut h);
        target.name().hash(&mut h);
        h.finish()
    };
    let exe = cache.join(format!("{}-{key:016x}", default_output(&file).display()));
    let options = BuildOptions {
        input: file,
        display_path: None,
        module_path,
        output: exe.clone(),
        target: target.clone(),
        emit: Emit::Exe,
        static_link,
        runtime_dir: None,
    };
    if let Err(e) = driver::build(&options) {
        return fail(&e.render(color()));
    }
    let mut cmd = if target.is_host() {
        Command::new(&exe)
    } else {
        if !target.emulator_available() {
            return fail(&format!(
                "error: running {} programs needs `{}`\n  install it with: apt-get install qemu-user\n",
                target.name(),
                target.emulator
            ));
        }
        let mut c = Command::new(target.emulator);
        c.arg("-L").arg(target.sysroot).arg(&exe);
        c
    };
    cmd.args(&args);
    match cmd.status() {
        Ok(status) => exit_code(status),
        Err(e) => fail(&format!("error: cannot run `{}`: {e}\n", exe.display())),
    }
}

/// The child's exit status, or 128 + signal as shells report a killed process.
fn exit_code(status: std::process::ExitStatus) -> ExitCode {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => ExitCode::from(code as u8),
        (None, Some(signal)) => ExitCode::from(128 + signal as u8),
        _ => ExitCode::from(1),
    }
}
