//! Compile errors as data, rendered the way rustc and ruff print them.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use ruff_text_size::TextRange;

/// A problem in the user's program, located in its source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub range: TextRange,
    /// Extra explanation printed after the snippet.
    pub note: Option<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>, range: TextRange) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            range,
            note: None,
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.note = Some(note.into());
        self
    }

    /// Renders as `error: message`, ` --> file:line:col`, the source line and a caret.
    pub fn render(&self, path: &str, source: &str, color: bool) -> String {
        let start = (u32::from(self.range.start()) as usize).min(source.len());
        let mut end = (u32::from(self.range.end()) as usize).clamp(start, source.len());
        // A range running past the end of its line (an unexpected newline) points at where
        // the line ends, as CPython's caret does.
        if let Some(newline) = source[start..end].find('\n') {
            end = start + newline;
        }
        if end == start && end < source.len() && !source[start..].starts_with(['\n', '\r']) {
            // Point at one character, so an error at a position still gets a caret.
            end = start + source[start..].chars().next().map_or(0, char::len_utf8);
        }
        let snippet = Snippet::source(source)
            .path(path)
            .annotation(AnnotationKind::Primary.span(start..end));
        let mut report = vec![Level::ERROR
            .primary_title(self.message.as_str())
            .element(snippet)];
        if let Some(note) = &self.note {
            report.push(Group::with_title(
                Level::NOTE.secondary_title(note.as_str()),
            ));
        }
        let renderer = if color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        renderer.render(&report)
    }
}
