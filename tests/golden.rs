//! File-driven tests (like Cranelift's filetests and ruff's fixtures), one test case per file:
//!
//! - `programs/**/X.py`: compiled and run on every available target; stdout must equal `X.out`,
//!   stderr `X.err` (empty when absent), the exit status `X.code` (0 when absent). Expected
//!   files are recorded from CPython 3.8 by `record.sh`. Programs run with
//!   `PYLIFT_CHECK_LEAKS=1`, so a leaked object shows up on stderr. A program with an
//!   `X.test-args` file runs with the whitespace-separated arguments it holds.
//! - `examples/bench/X.py`: the benchmarks, run the same way at the small size their
//!   `X.test-args` gives (which every benchmark must have), so that the output of every
//!   program `pylift bench` times is checked on every target.
//! - `diagnostics/X.py`: must fail to compile; pylift's rendered diagnostics equal `X.stderr`.
//! - Files in directories named `lib` are no test cases: they are the packages and modules the
//!   programs beside them import (`import lib.shapes`), since CPython finds modules in the
//!   script's directory.
//! - `ir/X.py`: `pylift build --emit ir` equals `X.ir`.
//!
//! `PYLIFT_BLESS=1 cargo test` re-records: programs from CPython 3.8 (through `record.sh`),
//! diagnostics and IR from pylift itself (review the diff before committing).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use pylift::driver::{self, BuildOptions, Emit};
use pylift::target::{self, Target};

const RUN_TIMEOUT: Duration = Duration::from_secs(120);

fn tests_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn workspace_dir() -> PathBuf {
    tests_dir().parent().unwrap().to_path_buf()
}

fn blessing() -> bool {
    std::env::var_os("PYLIFT_BLESS").is_some_and(|v| v == "1")
}

/// All `.py` files below `dir`, sorted, except those in directories named `lib`: those hold
/// the modules the programs import.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let p = entry.path();
            if p.is_dir() {
                if p.file_name().is_some_and(|name| name != "lib") {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|e| e == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

fn read_or_empty(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap_or_default()
}

/// A readable account of how `actual` differs from `expected`.
fn diff(what: &str, expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let first = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let mut out = format!("{what} differs from line {}:\n", first + 1);
    for line in e.iter().skip(first).take(8) {
        out.push_str(&format!("  - {line}\n"));
    }
    for line in a.iter().skip(first).take(8) {
        out.push_str(&format!("  + {line}\n"));
    }
    if e.len() == a.len() && expected != actual {
        out.push_str("  (the difference is in line endings or a final newline)\n");
    }
    out
}

/// Builds the runtime library for `target` with cargo (into its own target dir, since the
/// outer `cargo test` holds the main one), returning the directory holding it.
fn build_runtime(target: &Target) -> Result<PathBuf, String> {
    let target_dir = workspace_dir().join("target").join("runtimes");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(workspace_dir())
        .args([
            "build",
            "--quiet",
            "-p",
            "pylift-runtime",
            "--target",
            &target.name(),
            "--target-dir",
        ])
        .arg(&target_dir)
        .output()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "building the runtime for {} failed:\n{}",
            target.name(),
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(target_dir.join(target.name()).join("debug"))
}

/// A target the program corpus runs on, with its runtime and the command that runs binaries.
struct TestTarget {
    target: Target,
    runtime_dir: PathBuf,
}

/// The host always; aarch64 when its linker, emulator and Rust standard library are present.
/// In CI a missing cross toolchain fails the run instead of skipping it.
fn test_targets() -> Vec<TestTarget> {
    let mut targets = Vec::new();
    for name in target::SUPPORTED {
        let t = Target::parse(name).unwrap();
        let missing: Vec<String> = if t.is_host() {
            vec![]
        } else {
            let mut m = Vec::new();
            if !t.linker_available() {
                m.push(format!(
                    "{} (apt-get install {})",
                    t.linker, t.linker_packages
                ));
            }
            if !t.emulator_available() {
                m.push(format!("{} (apt-get install qemu-user)", t.emulator));
            }
            m
        };
        if !missing.is_empty() {
            let message = format!("{}: cannot test, missing {}", t.name(), missing.join(", "));
            if std::env::var_os("CI").is_some() {
                panic!("{message}");
            }
            eprintln!(
                "\n*** WARNING: {message} — the {} corpus run is SKIPPED ***\n",
                t.name()
            );
            continue;
        }
        match build_runtime(&t) {
            Ok(runtime_dir) => targets.push(TestTarget {
                target: t,
                runtime_dir,
            }),
            Err(e) if t.is_host() || std::env::var_os("CI").is_some() => panic!("{e}"),
            Err(e) => eprintln!(
                "\n*** WARNING: {e}\n  (rustup target add {}) — SKIPPED ***\n",
                t.name()
            ),
        }
    }
    targets
}

fn arch(t: &Target) -> String {
    t.triple.architecture.to_string()
}

/// A directory of golden programs, named in the tests' names (`programs::x86_64::...`).
struct Corpus {
    name: &'static str,
    dir: PathBuf,
    /// Whether each program must have an `X.test-args` file (the benchmarks' small sizes).
    requires_test_args: bool,
}

fn corpora() -> [Corpus; 2] {
    [
        Corpus {
            name: "programs",
            dir: tests_dir().join("programs"),
            requires_test_args: false,
        },
        Corpus {
            name: "bench",
            dir: workspace_dir().join("examples/bench"),
            requires_test_args: true,
        },
    ]
}

fn program_trial(file: PathBuf, corpus: &Corpus, tt: &TestTarget) -> Trial {
    let stem = file.strip_prefix(&corpus.dir).unwrap().with_extension("");
    let name = format!("{}::{}::{}", corpus.name, arch(&tt.target), stem.display());
    let rel = Path::new(corpus.name).join(stem);
    let requires_test_args = corpus.requires_test_args;
    let target = tt.target.clone();
    let runtime_dir = tt.runtime_dir.clone();
    Trial::test(name, move || {
        let args_file = file.with_extension("test-args");
        if requires_test_args && !args_file.is_file() {
            return Err(format!(
                "{} is missing: give the program a small size to test",
                args_file.display()
            )
            .into());
        }
        let args: Vec<String> = read_or_empty(&args_file)
            .split_whitespace()
            .map(String::from)
            .collect();
        run_program(&file, &rel, &args, &target, &runtime_dir)
    })
}

/// Builds `file`, runs it with `args` and compares what it does with the expected files.
/// `rel` names its scratch directory under `target/pylift-tests/ARCH`.
fn run_program(
    file: &Path,
    rel: &Path,
    args: &[String],
    target: &Target,
    runtime_dir: &Path,
) -> Result<(), Failed> {
    if blessing() && target.is_host() {
        let status = Command::new("bash")
            .arg(tests_dir().join("record.sh"))
            .arg(file)
            .stdout(Stdio::null())
            .status()?;
        if !status.success() {
            return Err("record.sh failed".into());
        }
    }
    let out_dir = workspace_dir()
        .join("target/pylift-tests")
        .join(arch(target))
        .join(rel.parent().unwrap());
    std::fs::create_dir_all(&out_dir)?;
    let exe = out_dir.join(rel.file_name().unwrap());
    let options = BuildOptions {
        input: file.to_path_buf(),
        display_path: Some(file.file_name().unwrap().to_string_lossy().into_owned()),
        module_path: Vec::new(),
        output: exe.clone(),
        target: target.clone(),
        emit: Emit::Exe,
        static_link: false,
        runtime_dir: Some(runtime_dir.to_path_buf()),
    };
    driver::build(&options).map_err(|e| e.render(false))?;
    let mut cmd = if target.is_host() {
        Command::new(&exe)
    } else {
        let mut c = Command::new(target.emulator);
        c.arg("-L").arg(target.sysroot).arg(&exe);
        c
    };
    cmd.args(args);
    // The runtime reports any object still alive once the program and its roots are gone.
    // Each run has its own working directory, so programs that write files do not race.
    let child = cmd
        .current_dir(&out_dir)
        .env("PYLIFT_CHECK_LEAKS", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let output = wait_with_timeout(child)?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    let code = output.status.code().unwrap_or(-1);
    let expected_out = read_or_empty(&file.with_extension("out"));
    let expected_err = read_or_empty(&file.with_extension("err"));
    let expected_code: i32 = read_or_empty(&file.with_extension("code"))
        .trim()
        .parse()
        .unwrap_or(0);
    let mut problems = String::new();
    if stdout != expected_out {
        problems.push_str(&diff("stdout", &expected_out, &stdout));
    }
    if stderr != expected_err {
        problems.push_str(&diff("stderr", &expected_err, &stderr));
    }
    if code != expected_code {
        problems.push_str(&format!("exit status {code}, expected {expected_code}\n"));
    }
    if problems.is_empty() {
        // Executables are tens of megabytes each; only a failing one is kept for inspection.
        std::fs::remove_file(&exe)?;
        Ok(())
    } else {
        Err(problems.into())
    }
}

fn wait_with_timeout(mut child: std::process::Child) -> Result<std::process::Output, Failed> {
    // Read the pipes on threads so a chatty program cannot block on a full pipe.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut v).map(|_| v)
    });
    let err = std::thread::spawn(move || {
        let mut v = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut v).map(|_| v)
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() > RUN_TIMEOUT {
            let _ = child.kill();
            return Err(format!("timed out after {RUN_TIMEOUT:?}").into());
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    Ok(std::process::Output {
        status,
        stdout: out.join().unwrap()?,
        stderr: err.join().unwrap()?,
    })
}

/// Compares `actual` with the expected file, or writes it when blessing.
fn compare_or_bless(expected_path: &Path, actual: &str) -> Result<(), Failed> {
    if blessing() {
        std::fs::write(expected_path, actual)?;
        return Ok(());
    }
    let expected = read_or_empty(expected_path);
    if expected == actual {
        Ok(())
    } else {
        Err(diff(&expected_path.display().to_string(), &expected, actual).into())
    }
}

fn diagnostic_trial(file: PathBuf) -> Trial {
    let name = format!(
        "diagnostics::{}",
        file.file_stem().unwrap().to_string_lossy()
    );
    Trial::test(name, move || {
        let options = BuildOptions {
            input: file.clone(),
            display_path: Some(file.file_name().unwrap().to_string_lossy().into_owned()),
            module_path: Vec::new(),
            output: PathBuf::from("/nonexistent"),
            target: Target::host(),
            emit: Emit::Ir,
            static_link: false,
            runtime_dir: None,
        };
        match driver::build(&options) {
            Ok(_) => Err("compiled, but a diagnostic was expected".into()),
            Err(e) => compare_or_bless(&file.with_extension("stderr"), &e.render(false)),
        }
    })
}

fn ir_trial(file: PathBuf) -> Trial {
    let name = format!("ir::{}", file.file_stem().unwrap().to_string_lossy());
    Trial::test(name, move || {
        let source = std::fs::read_to_string(&file)?;
        let path = file.file_name().unwrap().to_string_lossy().into_owned();
        let module = driver::compile_to_ir(&source, &path).map_err(|d| format!("{d:?}"))?;
        compare_or_bless(&file.with_extension("ir"), &module.to_string())
    })
}

/// `--static` executables: no dynamic loader (checked in the ELF), and they run with an empty
/// environment (for aarch64, under qemu without a sysroot).
fn static_trial(tt: &TestTarget) -> Trial {
    let name = format!("static::{}::fib", arch(&tt.target));
    let target = tt.target.clone();
    let runtime_dir = tt.runtime_dir.clone();
    Trial::test(name, move || {
        let file = workspace_dir().join("examples/fib.py");
        let out_dir = workspace_dir()
            .join("target/pylift-tests")
            .join(arch(&target));
        std::fs::create_dir_all(&out_dir)?;
        let exe = out_dir.join("fib-static");
        let options = BuildOptions {
            input: file.clone(),
            display_path: None,
            module_path: Vec::new(),
            output: exe.clone(),
            target: target.clone(),
            emit: Emit::Exe,
            static_link: true,
            runtime_dir: Some(runtime_dir.clone()),
        };
        driver::build(&options).map_err(|e| e.render(false))?;
        let elf = std::fs::read(&exe)?;
        if has_interpreter(&elf) {
            return Err("the static executable asks for a dynamic loader (PT_INTERP)".into());
        }
        let mut cmd = if target.is_host() {
            Command::new(&exe)
        } else {
            let mut c = Command::new(which_path(target.emulator).ok_or("emulator not found")?);
            c.arg(&exe);
            c
        };
        let output = cmd.env_clear().output()?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() || !stdout.ends_with("fib(30) = 832040\n") {
            return Err(format!(
                "static executable failed: {:?}\n{stdout}{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )
            .into());
        }
        Ok(())
    })
}

/// Whether an ELF file asks for a dynamic loader (has a PT_INTERP program header).
fn has_interpreter(elf: &[u8]) -> bool {
    use object::read::elf::{ElfFile64, ProgramHeader};
    let Ok(file) = ElfFile64::<object::Endianness>::parse(elf) else {
        return true;
    };
    let endian = file.endian();
    file.elf_program_headers()
        .iter()
        .any(|header| header.p_type(endian) == object::elf::PT_INTERP)
}

fn which_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for file in python_files(&tests_dir().join("diagnostics")) {
        trials.push(diagnostic_trial(file));
    }
    for file in python_files(&tests_dir().join("ir")) {
        trials.push(ir_trial(file));
    }
    if !args.list {
        for tt in test_targets() {
            trials.push(static_trial(&tt));
            for corpus in &corpora() {
                for file in python_files(&corpus.dir) {
                    trials.push(program_trial(file, corpus, &tt));
                }
            }
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
