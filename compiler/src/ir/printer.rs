//! The textual form of the IR (`pylift build --emit ir`): deterministic, one op per line.

use std::fmt::{self, Write};

use super::{ArgSource, Constant, Function, Inst, Module, Op, RegKind, RegType, Terminator};

impl fmt::Display for Module {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "module {} \"{}\"", self.name, self.path)?;
        for (id, c) in self.constants.values.iter() {
            write!(f, "  {id} = ")?;
            match c {
                Constant::Str(s) => writeln!(f, "str {s:?}")?,
                Constant::BigInt(s) => writeln!(f, "int {s}")?,
                Constant::Float(bits) => writeln!(f, "float {:?}", f64::from_bits(*bits))?,
                Constant::Complex(re, im) => writeln!(
                    f,
                    "complex {:?} {:?}",
                    f64::from_bits(*re),
                    f64::from_bits(*im)
                )?,
                Constant::KwNames(names) => {
                    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
                    writeln!(f, "kwnames ({})", names.join(", "))?
                }
                Constant::Bytes(b) => writeln!(f, "bytes b\"{}\"", b.escape_ascii())?,
            }
        }
        for (id, func) in self.functions.iter() {
            writeln!(f)?;
            write!(f, "{id} ")?;
            func.fmt(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut params: Vec<String> = self.params.iter().map(|p| p.to_string()).collect();
        if let Some(c) = self.closure {
            params.push(format!("closure {c}"));
        }
        writeln!(
            f,
            "{} {}({}) line {}",
            if self.is_coroutine {
                "coroutine"
            } else if self.is_generator {
                "generator"
            } else {
                "function"
            },
            self.qualname,
            params.join(", "),
            self.first_line
        )?;
        for (id, reg) in self.regs.iter() {
            if let RegKind::Temp = reg.kind {
                if reg.ty == RegType::Object {
                    continue;
                }
            }
            let ty = match reg.ty {
                RegType::Object => "object",
                RegType::Bool => "bool",
                RegType::Status => "status",
            };
            let kind = match &reg.kind {
                RegKind::Temp => String::new(),
                RegKind::Param(n) => format!(" param {n}"),
                RegKind::Local(n) => format!(" local {n}"),
            };
            writeln!(f, "  {id}: {ty}{kind}")?;
        }
        for (id, block) in self.blocks.iter() {
            match block.handler {
                Some(h) => writeln!(f, "{id}: (handler {h})")?,
                None => writeln!(f, "{id}:")?,
            }
            for inst in &block.insts {
                writeln!(f, "    {}", InstDisplay(inst))?;
            }
            writeln!(f, "    {}", TermDisplay(&block.term))?;
        }
        Ok(())
    }
}

struct InstDisplay<'a>(&'a Inst);

fn list<T: fmt::Display>(items: &[T]) -> String {
    let mut s = String::new();
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let _ = write!(s, "{x}");
    }
    s
}

impl fmt::Display for InstDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inst = self.0;
        let mut text = String::new();
        if let Some(dst) = inst.dst {
            write!(text, "{dst} = ")?;
        }
        match &inst.op {
            Op::Const(c) => write!(text, "const {c}"),
            Op::Int(i) => write!(text, "int {i}"),
            Op::None => write!(text, "none"),
            Op::Ellipsis => write!(text, "ellipsis"),
            Op::Bool(b) => write!(text, "bool {b}"),
            Op::Move(r) => write!(text, "move {r}"),
            Op::LoadGlobal(c) => write!(text, "load_global {c}"),
            Op::StoreGlobal(c, r) => write!(text, "store_global {c}, {r}"),
            Op::DeleteGlobal(c) => write!(text, "delete_global {c}"),
            Op::Binary(op, a, b) => write!(text, "binary {op:?} {a}, {b}"),
            Op::InPlace(op, a, b) => write!(text, "inplace {op:?} {a}, {b}"),
            Op::Unary(op, a) => write!(text, "unary {op:?} {a}"),
            Op::Compare(op, a, b) => write!(text, "compare {op:?} {a}, {b}"),
            Op::Is { negated, a, b } => {
                write!(text, "{} {a}, {b}", if *negated { "is_not" } else { "is" })
            }
            Op::Contains {
                negated,
                item,
                container,
            } => write!(
                text,
                "{} {item}, {container}",
                if *negated { "not_in" } else { "in" }
            ),
            Op::Not(r) => write!(text, "not {r}"),
            Op::Truth(r) => write!(text, "truth {r}"),
            Op::Call {
                callee,
                args,
                kwnames,
            } => {
                write!(text, "call {callee}({})", list(args))?;
                match kwnames {
                    Some(k) => write!(text, " kwnames {k}"),
                    None => Ok(()),
                }
            }
            Op::Globals => write!(text, "globals"),
            Op::LocalsDict {
                names,
                values,
                cells,
            } => write!(
                text,
                "locals_dict {names} values({}) cells({})",
                list(values),
                list(cells)
            ),
            Op::CallIntrospective {
                callee,
                globals,
                locals,
            } => write!(
                text,
                "call_introspective {callee}() globals {globals} locals {locals}"
            ),
            Op::CallDirect {
                callee,
                func,
                args,
                kwnames,
                slots,
            } => {
                write!(text, "call_direct {func} via {callee}({})", list(args))?;
                if let Some(k) = kwnames {
                    write!(text, " kwnames {k}")?;
                }
                let in_order = slots
                    .iter()
                    .enumerate()
                    .all(|(i, s)| *s == ArgSource::Arg(i as u32));
                if in_order {
                    Ok(())
                } else {
                    let bound: Vec<String> = slots
                        .iter()
                        .map(|s| match s {
                            ArgSource::Arg(i) => format!("arg{i}"),
                            ArgSource::Default(i) => format!("default{i}"),
                        })
                        .collect();
                    write!(text, " binds [{}]", bound.join(", "))
                }
            }
            Op::CallMethod {
                receiver,
                name,
                args,
                kwnames,
            } => {
                write!(text, "call_method {receiver}.{name}({})", list(args))?;
                match kwnames {
                    Some(k) => write!(text, " kwnames {k}"),
                    None => Ok(()),
                }
            }
            Op::GetAttr(obj, name) => write!(text, "get_attr {obj}.{name}"),
            Op::SetAttr { obj, name, value } => write!(text, "set_attr {obj}.{name} = {value}"),
            Op::DelAttr(obj, name) => write!(text, "del_attr {obj}.{name}"),
            Op::BuildList(items) => write!(text, "build_list [{}]", list(items)),
            Op::BuildSet(items) => write!(text, "build_set {{{}}}", list(items)),
            Op::ListAppend(l, v) => write!(text, "list_append {l}, {v}"),
            Op::SetAdd(s, v) => write!(text, "set_add {s}, {v}"),
            Op::BuildTuple(items) => write!(text, "build_tuple ({})", list(items)),
            Op::BuildDict(items) => write!(text, "build_dict {{{}}}", list(items)),
            Op::Unpack {
                value,
                before,
                after,
                star,
            } => write!(
                text,
                "unpack {value} ({before}{}{after})",
                if *star { " *, " } else { ", " }
            ),
            Op::BuildSlice(a, b, c) => write!(text, "build_slice {a}:{b}:{c}"),
            Op::GetItem(a, b) => write!(text, "get_item {a}[{b}]"),
            Op::SetItem {
                container,
                key,
                value,
            } => write!(text, "set_item {container}[{key}] = {value}"),
            Op::DelItem(a, b) => write!(text, "del_item {a}[{b}]"),
            Op::GetIter(r) => write!(text, "get_iter {r}"),
            Op::IterNext(r) => write!(text, "iter_next {r}"),
            Op::MakeFunction {
                func,
                closure,
                defaults,
                kwdefaults,
            } => {
                write!(text, "make_function {func}")?;
                for (label, r) in [
                    ("closure", closure),
                    ("defaults", defaults),
                    ("kwdefaults", kwdefaults),
                ] {
                    if let Some(r) = r {
                        write!(text, " {label} {r}")?;
                    }
                }
                Ok(())
            }
            Op::Import(name) => write!(text, "import {name}"),
            Op::Yield(v) => write!(text, "yield {v}"),
            Op::YieldDelegating(v) => write!(text, "yield_delegating {v}"),
            Op::YieldFromSend { iter, sent } => write!(text, "yield_from_send {iter}, {sent}"),
            Op::YieldFromThrow { iter, exc } => write!(text, "yield_from_throw {iter}, {exc}"),
            Op::TakeStopValue => write!(text, "take_stop_value"),
            Op::Async(op, a, b) => match b {
                Some(b) => write!(text, "async {op:?} {a}, {b}"),
                None => write!(text, "async {op:?} {a}"),
            },
            Op::WithSetup(m) => write!(text, "with_setup {m}"),
            Op::WithExitException { exit, exc } => {
                write!(text, "with_exit_exception {exit}, {exc}")
            }
            Op::FormatValue {
                value,
                conversion,
                spec,
            } => {
                write!(text, "format_value {value}")?;
                if *conversion != 0 {
                    write!(text, " !{}", *conversion as char)?;
                }
                match spec {
                    Some(s) => write!(text, " spec {s}"),
                    None => Ok(()),
                }
            }
            Op::BuildString(parts) => write!(text, "build_string ({})", list(parts)),
            Op::LoadName { ns, name } => write!(text, "load_name {ns}[{name}]"),
            Op::DeleteName { ns, name } => write!(text, "delete_name {ns}[{name}]"),
            Op::BuildClass {
                body,
                name,
                bases,
                kwargs,
                ..
            } => match kwargs {
                Some(k) => write!(
                    text,
                    "build_class {name} body {body} bases {bases} kwargs {k}"
                ),
                None => write!(text, "build_class {name} body {body} bases {bases}"),
            },
            Op::ImportFrom(m, name) => write!(text, "import_from {m}, {name}"),
            Op::ImportStar(m) => write!(text, "import_star {m}"),
            Op::MakeCell(Some(v)) => write!(text, "make_cell {v}"),
            Op::MakeCell(None) => write!(text, "make_cell"),
            Op::CellGet { cell, name, free } => {
                write!(
                    text,
                    "cell_get {cell} {name}{}",
                    if *free { " free" } else { "" }
                )
            }
            Op::CellSet(cell, Some(v)) => write!(text, "cell_set {cell}, {v}"),
            Op::CellSet(cell, None) => write!(text, "cell_clear {cell}"),
            Op::TupleItem(t, i) => write!(text, "tuple_item {t}[{i}]"),
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => match kwargs {
                Some(k) => write!(text, "call_ex {callee}(*{args}, **{k})"),
                None => write!(text, "call_ex {callee}(*{args})"),
            },
            Op::ExtendArgs { args, iterable, .. } => write!(text, "extend_args {args}, {iterable}"),
            Op::MergeKwargs {
                kwargs, mapping, ..
            } => write!(text, "merge_kwargs {kwargs}, {mapping}"),
            Op::RaiseUnboundLocal(c) => write!(text, "raise_unbound_local {c}"),
            Op::Unbind => write!(text, "unbind"),
            Op::Catch => write!(text, "catch"),
            Op::EndHandler => write!(text, "end_handler"),
            Op::ExceptionMatches(e, c) => write!(text, "exception_matches {e}, {c}"),
            Op::Raise(e, Some(c)) => write!(text, "raise {e} from {c}"),
            Op::Raise(e, None) => write!(text, "raise {e}"),
            Op::Reraise(e) => write!(text, "reraise {e}"),
            Op::ReraiseHandled => write!(text, "reraise_handled"),
            Op::TracebackHere => write!(text, "traceback_here"),
            Op::IncRef(r) => write!(text, "incref {r}"),
            Op::DecRef(r) => write!(text, "decref {r}"),
        }?;
        write!(f, "{text:<40} ; line {}", inst.line)
    }
}

struct TermDisplay<'a>(&'a Terminator);

impl fmt::Display for TermDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Terminator::Jump(b) => write!(f, "jump {b}"),
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => write!(f, "branch {cond}, {then_block}, {else_block}"),
            Terminator::BranchIfNull {
                value,
                null,
                non_null,
            } => write!(f, "branch_if_null {value}, {null}, {non_null}"),
            Terminator::OnError {
                value,
                failure,
                ok,
                error,
            } => {
                let v = value.map(|v| format!("{v} ")).unwrap_or_default();
                write!(f, "on_error {v}{failure:?}, ok {ok}, error {error}")
            }
            Terminator::Return(r) => write!(f, "return {r}"),
            Terminator::ReturnError => write!(f, "return_error"),
            Terminator::Propagate => write!(f, "propagate"),
            Terminator::Unreachable => write!(f, "unreachable"),
        }
    }
}
