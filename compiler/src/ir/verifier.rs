//! Structural checks of a function's IR; run after lowering and after each pass in debug builds
//! and by the test suite.

use super::{Function, Module, RegType, Terminator};

/// Returns a description of every violation found (empty when the IR is well-formed).
pub fn verify(module: &Module) -> Vec<String> {
    let mut errors = Vec::new();
    for (id, func) in module.functions.iter() {
        for e in verify_function(module, func) {
            errors.push(format!("{id} {}: {e}", func.qualname));
        }
    }
    errors
}

fn verify_function(module: &Module, func: &Function) -> Vec<String> {
    let mut errors = Vec::new();
    let nregs = func.regs.len();
    let nblocks = func.blocks.len();
    let reg_ok = |r: super::RegId| r.index() < nregs;
    for (bid, block) in func.blocks.iter() {
        for inst in &block.insts {
            for r in inst.op.operands() {
                if !reg_ok(r) {
                    errors.push(format!("{bid}: operand {r} does not exist"));
                }
            }
            if let Some(d) = inst.dst {
                if !reg_ok(d) {
                    errors.push(format!("{bid}: result {d} does not exist"));
                }
            }
            if let super::Op::Const(c) = inst.op {
                if c.index() >= module.constants.values.len() {
                    errors.push(format!("{bid}: constant {c} does not exist"));
                }
            }
        }
        for s in block.term.successors() {
            if s.index() >= nblocks {
                errors.push(format!("{bid}: successor {s} does not exist"));
            }
        }
        if let Terminator::Branch { cond, .. } = block.term {
            if reg_ok(cond) && func.regs[cond].ty != RegType::Bool {
                errors.push(format!("{bid}: branch on non-bool register {cond}"));
            }
        }
        for r in block.term.operands() {
            if !reg_ok(r) {
                errors.push(format!("{bid}: terminator operand {r} does not exist"));
            }
        }
    }
    errors
}
