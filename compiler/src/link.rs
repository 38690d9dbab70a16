//! Linking: the object file and the runtime static library, through the target's C compiler
//! driver (DESIGN §5).

use std::path::Path;
use std::process::Command;

use crate::target::Target;

/// The system libraries Rust's standard library (inside the runtime) needs.
const SYSTEM_LIBS: &[&str] = &["-lpthread", "-lm", "-ldl", "-lrt", "-lutil"];

pub fn link(
    target: &Target,
    object: &Path,
    runtime: &Path,
    output: &Path,
    static_link: bool,
) -> Result<(), String> {
    if !target.linker_available() {
        return Err(format!(
            "the linker for {} (`{}`) was not found\n  install it with: apt-get install {}",
            target.name(),
            target.linker,
            target.linker_packages
        ));
    }
    let mut cmd = Command::new(target.linker);
    cmd.arg("-o").arg(output).arg(object).arg(runtime);
    cmd.args(SYSTEM_LIBS);
    if static_link {
        cmd.arg("-static");
    } else {
        cmd.arg("-lgcc_s");
    }
    let result = cmd
        .output()
        .map_err(|e| format!("cannot run `{}`: {e}", target.linker))?;
    if !result.status.success() {
        return Err(format!(
            "linking failed: {:?}\n{}",
            cmd,
            String::from_utf8_lossy(&result.stderr)
        ));
    }
    Ok(())
}
