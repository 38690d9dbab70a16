//! f-strings, with 3.8's `=` specifier: the parts are formatted one by one and joined.

use ruff_python_ast::{self as ast, ConversionFlag, FStringPart, InterpolatedStringElement};

use super::FunctionLowerer;
use crate::ir::{Op, RegId};

impl FunctionLowerer<'_, '_> {
    pub(super) fn fstring(&mut self, f: &ast::ExprFString) -> RegId {
        let mut parts = Vec::new();
        for part in f.value.as_slice() {
            match part {
                FStringPart::Literal(s) => {
                    let c = self.str_const(&s.value);
                    parts.push(self.emit(Op::Const(c)));
                }
                FStringPart::FString(fs) => self.fstring_elements(&fs.elements, &mut parts),
            }
        }
        self.emit(Op::BuildString(parts))
    }

    fn fstring_elements(&mut self, elements: &[InterpolatedStringElement], parts: &mut Vec<RegId>) {
        for element in elements {
            match element {
                InterpolatedStringElement::Literal(literal) => {
                    let c = self.str_const(&literal.value);
                    parts.push(self.emit(Op::Const(c)));
                }
                InterpolatedStringElement::Interpolation(e) => {
                    let part = self.at(e, |this| this.interpolation(e, parts));
                    parts.push(part);
                }
            }
        }
    }

    /// `{expr!c:spec}`; `{expr=}` also writes the expression's text and defaults to repr
    /// unless a format spec is given.
    fn interpolation(&mut self, e: &ast::InterpolatedElement, parts: &mut Vec<RegId>) -> RegId {
        if let Some(debug) = &e.debug_text {
            let c = self.str_const(debug.as_str());
            parts.push(self.emit(Op::Const(c)));
        }
        let value = self.expr(&e.expression);
        let spec = e.format_spec.as_ref().map(|spec| {
            let mut spec_parts = Vec::new();
            self.fstring_elements(&spec.elements, &mut spec_parts);
            self.emit(Op::BuildString(spec_parts))
        });
        let conversion = match e.conversion {
            ConversionFlag::None if e.debug_text.is_some() && spec.is_none() => b'r',
            ConversionFlag::None => 0,
            ConversionFlag::Str => b's',
            ConversionFlag::Repr => b'r',
            ConversionFlag::Ascii => b'a',
        };
        self.emit(Op::FormatValue {
            value,
            conversion,
            spec,
        })
    }
}
