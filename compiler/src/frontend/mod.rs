//! Parsing and analysis: source text to a checked AST with its symbol table.

pub mod diagnostic;
pub mod symtable;

use ruff_python_ast::{ModModule, PythonVersion};
use ruff_python_parser::{parse, Mode, ParseOptions};
use ruff_source_file::LineIndex;
use ruff_text_size::TextSize;

pub use diagnostic::Diagnostic;
use symtable::SymbolTable;

/// A parsed and analysed module, ready for lowering.
pub struct ParsedModule {
    pub ast: ModModule,
    pub symbols: SymbolTable,
    pub lines: LineIndex,
}

impl ParsedModule {
    /// The one-based line of a source offset.
    pub fn line(&self, offset: TextSize) -> u32 {
        self.lines.line_index(offset).get() as u32
    }
}

/// Parses Python 3.8 source: every syntax error, and every construct newer than 3.8, is a
/// diagnostic.
pub fn analyze(source: &str) -> Result<ParsedModule, Vec<Diagnostic>> {
    let options = ParseOptions::from(Mode::Module).with_target_version(PythonVersion::PY38);
    let parsed = match parse(source, options) {
        Ok(parsed) => parsed,
        Err(error) => {
            return Err(vec![Diagnostic::error(
                format!("SyntaxError: {}", error.error),
                error.location,
            )])
        }
    };
    let unsupported: Vec<Diagnostic> = parsed
        .unsupported_syntax_errors()
        .iter()
        .map(|e| Diagnostic::error(format!("SyntaxError: {e}"), e.range))
        .collect();
    if !unsupported.is_empty() {
        return Err(unsupported);
    }
    let ast = parsed
        .into_syntax()
        .module()
        .expect("Mode::Module parses a module");
    let symbols = SymbolTable::build(&ast).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| Diagnostic::error(format!("SyntaxError: {}", e.message), e.range))
            .collect::<Vec<_>>()
    })?;
    Ok(ParsedModule {
        ast,
        symbols,
        lines: LineIndex::from_source_text(source),
    })
}
