//! The targets pylift builds for, and what each needs on this machine.

use std::path::{Path, PathBuf};
use std::str::FromStr;

use target_lexicon::{Architecture, Triple};

/// A supported target: its triple and the tools that link and run its executables.
#[derive(Debug, Clone)]
pub struct Target {
    pub triple: Triple,
    /// The C compiler driver that links for this target.
    pub linker: &'static str,
    /// The Debian packages that provide the linker and C library.
    pub linker_packages: &'static str,
    /// Runs executables when the host cannot (user-mode emulation).
    pub emulator: &'static str,
    /// Where the emulator finds the target's dynamic loader and C library.
    pub sysroot: &'static str,
}

pub const SUPPORTED: &[&str] = &["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"];

impl Target {
    pub fn host() -> Target {
        Target::parse(&target_lexicon::HOST.to_string()).unwrap_or_else(|_| {
            Target::parse(SUPPORTED[0]).expect("the first supported target parses")
        })
    }

    /// Accepts a full triple or the short `ARCH-linux-gnu` form.
    pub fn parse(name: &str) -> Result<Target, String> {
        let full = match name {
            "aarch64-linux-gnu" | "arm64-linux-gnu" => "aarch64-unknown-linux-gnu",
            "x86_64-linux-gnu" => "x86_64-unknown-linux-gnu",
            other => other,
        };
        let unsupported = || {
            format!(
                "unsupported target `{name}`; pylift builds for: {}",
                SUPPORTED.join(", ")
            )
        };
        if !SUPPORTED.contains(&full) {
            return Err(unsupported());
        }
        let triple = Triple::from_str(full).map_err(|_| unsupported())?;
        Ok(match triple.architecture {
            Architecture::Aarch64(_) => Target {
                triple,
                linker: "aarch64-linux-gnu-gcc",
                linker_packages: "gcc-aarch64-linux-gnu libc6-dev-arm64-cross",
                emulator: "qemu-aarch64",
                sysroot: "/usr/aarch64-linux-gnu",
            },
            _ => Target {
                triple,
                linker: "cc",
                linker_packages: "gcc libc6-dev",
                emulator: "qemu-x86_64",
                sysroot: "/usr/x86_64-linux-gnu",
            },
        })
    }

    pub fn name(&self) -> String {
        self.triple.to_string()
    }

    pub fn is_host(&self) -> bool {
        self.triple.architecture == target_lexicon::HOST.architecture
    }

    /// Where the runtime static library for this target may be, most specific first.
    pub fn runtime_candidates(&self, explicit: Option<&Path>) -> Vec<PathBuf> {
        const LIB: &str = "libpylift_runtime.a";
        if let Some(dir) = explicit {
            return vec![dir.join(LIB)];
        }
        if let Some(dir) = std::env::var_os("PYLIFT_RUNTIME_DIR") {
            return vec![PathBuf::from(dir).join(LIB)];
        }
        let mut candidates = Vec::new();
        let Ok(exe) = std::env::current_exe() else {
            return candidates;
        };
        // The compiler lives in target/<profile>/ (or target/<profile>/deps/ for tests); the
        // runtime for other targets in target/<triple>/<profile>/.
        for dir in exe.ancestors().skip(1).take(2) {
            let (Some(profile), Some(target_dir)) = (dir.file_name(), dir.parent()) else {
                continue;
            };
            if self.is_host() {
                candidates.push(dir.join(LIB));
            }
            candidates.push(target_dir.join(self.name()).join(profile).join(LIB));
        }
        if let Some(prefix) = exe.parent().and_then(Path::parent) {
            candidates.push(prefix.join("lib/pylift").join(self.name()).join(LIB));
        }
        candidates
    }

    pub fn find_runtime(&self, explicit: Option<&Path>) -> Result<PathBuf, String> {
        let candidates = self.runtime_candidates(explicit);
        candidates.iter().find(|p| p.is_file()).cloned().ok_or_else(|| {
            let looked: Vec<String> = candidates.iter().map(|p| p.display().to_string()).collect();
            let target_flag = if self.is_host() {
                String::new()
            } else {
                format!(" --target {}", self.name())
            };
            let rustup = if self.is_host() {
                String::new()
            } else {
                format!("rustup target add {} && ", self.name())
            };
            format!(
                "the pylift runtime library for {} was not found (looked in: {})\n  build it with: {rustup}cargo build -p pylift-runtime{target_flag}",
                self.name(),
                looked.join(", ")
            )
        })
    }

    /// Whether the linker is on PATH.
    pub fn linker_available(&self) -> bool {
        which(self.linker)
    }

    pub fn emulator_available(&self) -> bool {
        which(self.emulator)
    }
}

/// Whether `program` can be found on PATH.
pub fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}
