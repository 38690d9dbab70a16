//! Embeds the runtime's modules written in Python (`lib/`) as a table of sources, which the
//! compiler compiles into programs that import them (DESIGN §4, Modules).

use std::path::{Path, PathBuf};

fn python_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            python_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "py") {
            found.push(path);
        }
    }
}

fn main() {
    let lib = Path::new(env!("CARGO_MANIFEST_DIR")).join("lib");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut files = Vec::new();
    python_files(&lib, &mut files);
    files.sort();
    let mut table = String::from("pub static PYTHON_LIB: &[(&str, &str)] = &[\n");
    for file in &files {
        let relative = file.strip_prefix(&lib).expect("found under lib/");
        table.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            relative.to_str().expect("UTF-8 file names in lib/"),
            file.to_str().expect("UTF-8 paths")
        ));
    }
    table.push_str("];\n");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("python_lib.rs"), table).expect("OUT_DIR is writable");
}
