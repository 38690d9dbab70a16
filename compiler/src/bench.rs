//! `pylift bench`: builds benchmark programs and times them against CPython 3.8 (and PyPy
//! when it is installed), checking first that every implementation prints the same output.
//!
//! Runs of the implementations are interleaved, so that a machine that slows down during the
//! measurement slows all of them alike; the table gives medians, and ratios of medians.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::driver::{self, BuildOptions, Emit};
use crate::target::Target;

/// An implementation of Python that runs a program's source: a command and its display name.
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub name: String,
    pub command: String,
}

pub struct BenchOptions {
    pub programs: Vec<PathBuf>,
    pub runs: usize,
    pub warmup: usize,
    /// CPython 3.8: required, since the ratios are against it.
    pub cpython: Interpreter,
    /// Other interpreters, measured when installed (PyPy).
    pub others: Vec<Interpreter>,
    pub build_dir: PathBuf,
}

/// One program's timings: pylift's first, then CPython's, then the other interpreters' that
/// are installed, in the order of `BenchResults::columns`.
pub struct ProgramResult {
    pub program: String,
    pub medians: Vec<Duration>,
}

pub struct BenchResults {
    /// The column names: "pylift", CPython's name, then the installed other interpreters.
    pub columns: Vec<String>,
    pub programs: Vec<ProgramResult>,
    /// Interpreters that were asked for but are not installed.
    pub missing: Vec<Interpreter>,
}

/// A problem that stops the benchmark, worded for the user.
pub type BenchError = String;

/// Whether `command` runs and reports a version starting with `version_prefix`.
fn reports_version(command: &str, version_prefix: &str) -> Option<String> {
    let output = Command::new(command)
        .arg("--version")
        .stdin(Stdio::null())
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&output.stdout).to_string()
        + &String::from_utf8_lossy(&output.stderr);
    let first = text.lines().next().unwrap_or("").trim().to_string();
    (output.status.success() && first.starts_with(version_prefix)).then_some(first)
}

/// The programs to measure: `.py` files, and the `.py` files of directories, sorted.
pub fn collect_programs(paths: &[PathBuf]) -> Result<Vec<PathBuf>, BenchError> {
    let mut programs = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read `{}`: {e}", path.display()))?;
            let mut found: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "py"))
                .collect();
            found.sort();
            programs.extend(found);
        } else if path.is_file() {
            programs.push(path.clone());
        } else {
            return Err(format!("no such file or directory: `{}`", path.display()));
        }
    }
    if programs.is_empty() {
        return Err("no benchmark programs (.py files) found".to_string());
    }
    Ok(programs)
}

/// Runs `command` with its output captured: stdout, or why it failed.
fn output_of(mut command: Command) -> Result<Vec<u8>, String> {
    let output = command
        .stdin(Stdio::null())
        .output()
        .map_err(|e| e.to_string())?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let last = stderr.lines().last().unwrap_or("").to_string();
        return Err(format!("exit status {}: {last}", output.status));
    }
    Ok(output.stdout)
}

fn time_once(command: &mut Command) -> Result<Duration, String> {
    let start = Instant::now();
    let status = command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    if !status.success() {
        return Err(format!("exit status {status}"));
    }
    Ok(elapsed)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    let n = times.len();
    if n % 2 == 1 {
        times[n / 2]
    } else {
        (times[n / 2 - 1] + times[n / 2]) / 2
    }
}

/// Builds and measures every program; `progress` hears about each step.
pub fn run(
    options: &BenchOptions,
    mut progress: impl FnMut(&str),
) -> Result<BenchResults, BenchError> {
    let version = reports_version(&options.cpython.command, "Python 3.8").ok_or_else(|| {
        format!(
            "`{}` is not CPython 3.8; pass the interpreter with --python \
             (with pyenv: PYENV_VERSION=3.8.18 pylift bench)",
            options.cpython.command
        )
    })?;
    let mut interpreters = vec![Interpreter {
        name: version.replace("Python", "CPython"),
        command: options.cpython.command.clone(),
    }];
    let mut missing = Vec::new();
    for other in &options.others {
        match reports_version(&other.command, "Python 3") {
            Some(_) => interpreters.push(other.clone()),
            None => missing.push(other.clone()),
        }
    }
    std::fs::create_dir_all(&options.build_dir)
        .map_err(|e| format!("cannot create `{}`: {e}", options.build_dir.display()))?;
    let mut results = Vec::new();
    for program in &options.programs {
        let name = program
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        progress(&format!("building {name}"));
        let exe = options.build_dir.join(Path::new(&name).with_extension(""));
        let build = BuildOptions {
            input: program.clone(),
            display_path: None,
            module_path: Vec::new(),
            output: exe.clone(),
            target: Target::host(),
            emit: Emit::Exe,
            static_link: false,
            runtime_dir: None,
        };
        driver::build(&build).map_err(|e| e.render(false))?;
        let mut commands: Vec<Box<dyn Fn() -> Command>> = vec![Box::new({
            let exe = exe.clone();
            move || Command::new(&exe)
        })];
        for interpreter in &interpreters {
            let interpreter = interpreter.clone();
            let program = program.clone();
            commands.push(Box::new(move || {
                let mut c = Command::new(&interpreter.command);
                c.arg(&program);
                c
            }));
        }
        progress(&format!("checking {name}'s output"));
        let expected = output_of(commands[1]())
            .map_err(|e| format!("{name} fails under {}: {e}", interpreters[0].name))?;
        for (i, command) in commands.iter().enumerate() {
            if i == 1 {
                continue;
            }
            let who = if i == 0 {
                "pylift".to_string()
            } else {
                interpreters[i - 1].name.clone()
            };
            let output =
                output_of(command()).map_err(|e| format!("{name} fails under {who}: {e}"))?;
            if output != expected {
                return Err(format!(
                    "{name}: the output under {who} differs from {}'s",
                    interpreters[0].name
                ));
            }
        }
        let mut times: Vec<Vec<Duration>> = vec![Vec::new(); commands.len()];
        for round in 0..options.warmup + options.runs {
            progress(&format!(
                "timing {name}: run {}/{}",
                round + 1,
                options.warmup + options.runs
            ));
            for (i, command) in commands.iter().enumerate() {
                let t = time_once(&mut command()).map_err(|e| format!("{name}: {e}"))?;
                if round >= options.warmup {
                    times[i].push(t);
                }
            }
        }
        results.push(ProgramResult {
            program: name,
            medians: times.into_iter().map(median).collect(),
        });
    }
    let mut columns = vec!["pylift".to_string()];
    columns.extend(interpreters.iter().map(|i| i.name.clone()));
    Ok(BenchResults {
        columns,
        programs: results,
        missing,
    })
}

fn format_duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    // In seconds from what would print as "1000.0 ms".
    if (ms * 10.0).round() >= 10_000.0 {
        format!("{:.2} s", ms / 1000.0)
    } else {
        format!("{ms:.1} ms")
    }
}

/// How many times faster than CPython (column 1) column `i` is.
fn speedup(result: &ProgramResult, i: usize) -> f64 {
    result.medians[1].as_secs_f64() / result.medians[i].as_secs_f64()
}

impl BenchResults {
    /// The results as a table: median times, and each implementation's speed-up over CPython.
    pub fn table(&self) -> String {
        let mut header = vec!["program".to_string()];
        for (i, c) in self.columns.iter().enumerate() {
            header.push(c.clone());
            if i != 1 {
                header.push(format!("{c} vs CPython"));
            }
        }
        let mut rows = vec![header];
        for r in &self.programs {
            let mut row = vec![r.program.clone()];
            for (i, t) in r.medians.iter().enumerate() {
                row.push(format_duration(*t));
                if i != 1 {
                    row.push(format!("{:.2}x", speedup(r, i)));
                }
            }
            rows.push(row);
        }
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|c| rows.iter().map(|r| r[c].len()).max().unwrap_or(0))
            .collect();
        let mut out = String::new();
        for (n, row) in rows.iter().enumerate() {
            let cells: Vec<String> = row
                .iter()
                .enumerate()
                .map(|(c, cell)| match c {
                    0 => format!("{cell:<w$}", w = widths[c]),
                    _ => format!("{cell:>w$}", w = widths[c]),
                })
                .collect();
            out.push_str(cells.join("  ").trim_end());
            out.push('\n');
            if n == 0 {
                let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
                out.push_str(&rule.join("  "));
                out.push('\n');
            }
        }
        out.push_str("(medians; \"vs CPython\" is how many times faster: above 1 is faster)\n");
        for m in &self.missing {
            out.push_str(&format!(
                "{} not measured: `{}` not found\n",
                m.name, m.command
            ));
        }
        out
    }

    /// The speed-ups over CPython as an SVG bar chart (logarithmic axis, CPython at 1x).
    pub fn chart_svg(&self) -> String {
        const ROW: f64 = 22.0;
        const LEFT: f64 = 140.0;
        const WIDTH: f64 = 460.0;
        const COLORS: [&str; 3] = ["#d9480f", "#1971c2", "#2f9e44"];
        let series: Vec<usize> = (0..self.columns.len()).filter(|&i| i != 1).collect();
        let max = self
            .programs
            .iter()
            .flat_map(|r| series.iter().map(move |&i| speedup(r, i)))
            .chain(
                self.programs
                    .iter()
                    .flat_map(|r| series.iter().map(move |&i| 1.0 / speedup(r, i))),
            )
            .fold(2.0f64, f64::max);
        let span = max.log10();
        // x of a speed-up on the log axis, CPython (1x) in the middle.
        let x = |s: f64| LEFT + WIDTH / 2.0 + (s.log10() / span) * (WIDTH / 2.0);
        let group = ROW * series.len() as f64 + 10.0;
        let height = 40.0 + group * self.programs.len() as f64 + 20.0 * series.len() as f64;
        let mut svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{height}\" \
             font-family=\"sans-serif\" font-size=\"12\">\n\
             <text x=\"{LEFT}\" y=\"16\">speed-up over CPython 3.8 (log scale; right of the line is faster)</text>\n",
            w = LEFT + WIDTH + 80.0
        );
        for (p, r) in self.programs.iter().enumerate() {
            let top = 30.0 + group * p as f64;
            svg.push_str(&format!(
                "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\n",
                LEFT - 8.0,
                top + group / 2.0,
                r.program
            ));
            for (k, &i) in series.iter().enumerate() {
                let s = speedup(r, i);
                let (x0, x1) = (x(1.0).min(x(s)), x(1.0).max(x(s)));
                let y = top + ROW * k as f64;
                svg.push_str(&format!(
                    "<rect x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"/>\n\
                     <text x=\"{:.1}\" y=\"{:.1}\">{s:.2}x</text>\n",
                    (x1 - x0).max(1.0),
                    ROW - 4.0,
                    COLORS[k % COLORS.len()],
                    x1 + 4.0,
                    y + ROW - 8.0
                ));
            }
        }
        let bottom = 30.0 + group * self.programs.len() as f64;
        svg.push_str(&format!(
            "<line x1=\"{0:.1}\" y1=\"24\" x2=\"{0:.1}\" y2=\"{bottom:.1}\" stroke=\"black\"/>\n",
            x(1.0)
        ));
        for (k, &i) in series.iter().enumerate() {
            let y = bottom + 16.0 + 20.0 * k as f64;
            svg.push_str(&format!(
                "<rect x=\"{LEFT}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{}\"/>\n\
                 <text x=\"{}\" y=\"{y:.1}\">{}</text>\n",
                y - 10.0,
                COLORS[k % COLORS.len()],
                LEFT + 18.0,
                self.columns[i]
            ));
        }
        svg.push_str("</svg>\n");
        svg
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results() -> BenchResults {
        let ms = Duration::from_millis;
        BenchResults {
            columns: vec!["pylift".into(), "CPython 3.8.18".into()],
            programs: vec![
                ProgramResult {
                    program: "fib.py".into(),
                    medians: vec![ms(30), ms(240)],
                },
                ProgramResult {
                    program: "objects.py".into(),
                    medians: vec![ms(1400), ms(700)],
                },
            ],
            missing: vec![Interpreter {
                name: "PyPy".into(),
                command: "pypy3".into(),
            }],
        }
    }

    #[test]
    fn table_gives_medians_and_speedups() {
        assert_eq!(
            results().table(),
            "program      pylift  pylift vs CPython  CPython 3.8.18\n\
             ----------  -------  -----------------  --------------\n\
             fib.py      30.0 ms              8.00x        240.0 ms\n\
             objects.py   1.40 s              0.50x        700.0 ms\n\
             (medians; \"vs CPython\" is how many times faster: above 1 is faster)\n\
             PyPy not measured: `pypy3` not found\n"
        );
    }

    #[test]
    fn durations_below_a_second_print_in_milliseconds() {
        assert_eq!(format_duration(Duration::from_micros(999_949)), "999.9 ms");
        assert_eq!(format_duration(Duration::from_micros(999_960)), "1.00 s");
    }

    #[test]
    fn chart_has_a_bar_per_program_and_implementation() {
        let svg = results().chart_svg();
        assert!(svg.starts_with("<svg "));
        assert_eq!(svg.matches("<rect ").count(), 2 + 1);
        assert!(svg.contains(">8.00x<") && svg.contains(">0.50x<"));
    }
}
