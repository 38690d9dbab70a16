//! Inserts reference counting from liveness (DESIGN §3): a register owns its value from its
//! definition to its last use, where it is decref'd; ops that steal an operand get an incref
//! first when the operand lives on; values that die on only some outgoing edges are decref'd on
//! those edges.
//!
//! Registers that need no counting: machine values, registers only ever holding immortal
//! objects or tagged ints, and parameters that are never reassigned (borrowed from the caller).
//!
//! Variables (locals and reassigned parameters) keep their value until the function returns or
//! they are rebound, as CPython's frame does, so that `__del__` runs and files close when
//! CPython would; temporaries die at their last use, as values on CPython's stack do.

use super::liveness::{self, RegSet};
use crate::ir::{
    Block, BlockId, Function, Inst, Op, RegId, RegKind, RegType, ResultKind, Steals, Terminator,
};

pub fn insert_refcounts(func: &mut Function) {
    incref_borrowed_results(func);
    let counted = counted_registers(func);
    let is_counted = |r: RegId| counted[r.index()];
    let mut variables = RegSet::new(func.regs.len());
    for (r, reg) in func.regs.iter() {
        if counted[r.index()] && matches!(reg.kind, RegKind::Local(_) | RegKind::Param(_)) {
            variables.insert(r);
        }
    }
    let live = liveness::compute(func, &is_counted, &variables);

    for b in func.blocks.keys().collect::<Vec<_>>() {
        let live_after_block = live.live_before_term[b.index()].clone();
        insert_in_block(&mut func.blocks[b], live_after_block, &counted, &variables);
    }
    insert_on_edges(func, &live, &counted);

    // Parameters that are reassigned are counted: take a reference to the caller's value.
    let entry = func.entry;
    let entry_increfs: Vec<Inst> = func
        .params
        .iter()
        .filter(|p| {
            !func.is_generator && counted[p.index()] && live.live_in[entry.index()].contains(**p)
        })
        .map(|&p| Inst {
            dst: None,
            op: Op::IncRef(p),
            line: func.first_line,
        })
        .collect();
    func.blocks[entry].insts.splice(0..0, entry_increfs);
}

/// Ops returning borrowed references get an incref where their result is known to be valid:
/// right after them, or at the start of their success block when they can fail.
fn incref_borrowed_results(func: &mut Function) {
    for b in func.blocks.keys().collect::<Vec<_>>() {
        let mut i = 0;
        while i < func.blocks[b].insts.len() {
            let inst = &func.blocks[b].insts[i];
            if inst.op.effects().result == ResultKind::Borrowed {
                let dst = inst.dst.expect("a borrowed result has a register");
                let incref = Inst {
                    dst: None,
                    op: Op::IncRef(dst),
                    line: inst.line,
                };
                let last = i + 1 == func.blocks[b].insts.len();
                match (&func.blocks[b].term, last) {
                    (Terminator::OnError { ok, .. }, true) => {
                        let ok = *ok;
                        func.blocks[ok].insts.insert(0, incref);
                    }
                    _ => {
                        func.blocks[b].insts.insert(i + 1, incref);
                        i += 1;
                    }
                }
            }
            i += 1;
        }
    }
}

/// Which registers own references.
fn counted_registers(func: &Function) -> Vec<bool> {
    let mut defined_by_counted_op = vec![false; func.regs.len()];
    for block in func.blocks.values() {
        for inst in &block.insts {
            if let Some(d) = inst.dst {
                if inst.op.effects().result != ResultKind::Immortal {
                    defined_by_counted_op[d.index()] = true;
                }
            }
        }
    }
    func.regs
        .iter()
        .map(|(r, reg)| {
            reg.ty == RegType::Object
                && match reg.kind {
                    // A parameter is borrowed unless something assigns it; a generator's frame
                    // owns its arguments.
                    RegKind::Param(_) => func.is_generator || defined_by_counted_op[r.index()],
                    RegKind::Temp | RegKind::Local(_) => defined_by_counted_op[r.index()],
                }
        })
        .collect()
}

fn decref(r: RegId, line: u32) -> Inst {
    Inst {
        dst: None,
        op: Op::DecRef(r),
        line,
    }
}

fn incref(r: RegId, line: u32) -> Inst {
    Inst {
        dst: None,
        op: Op::IncRef(r),
        line,
    }
}

/// Walks a block backwards from the live set before its terminator.
fn insert_in_block(block: &mut Block, mut live: RegSet, counted: &[bool], variables: &RegSet) {
    let is_counted = |r: RegId| counted[r.index()];
    // The terminator's operands: `Return` steals its value. Leaving the function releases
    // the variables, the returned one excepted.
    let mut term_prefix = Vec::new();
    if let Terminator::Return(r) = block.term {
        if !is_counted(r) {
            term_prefix.push(incref(r, 0));
        }
    }
    if block.term.leaves_function() {
        let returned = match block.term {
            Terminator::Return(r) => Some(r),
            _ => None,
        };
        let line = block.insts.last().map_or(0, |i| i.line);
        term_prefix.extend(
            variables
                .iter()
                .filter(|&v| Some(v) != returned)
                .map(|v| decref(v, line)),
        );
    }
    let mut out: Vec<Inst> = Vec::with_capacity(block.insts.len() * 2);
    // Built in reverse, then flipped.
    for inst in term_prefix.into_iter().rev() {
        out.push(inst);
    }
    for inst in std::mem::take(&mut block.insts).into_iter().rev() {
        let effects = inst.op.effects();
        let operands = inst.op.operands();
        let stolen: Vec<RegId> = match effects.steals {
            Steals::None => vec![],
            Steals::All => operands.clone(),
            Steals::First => operands.first().copied().into_iter().collect(),
        };
        // After the instruction (pushed first, since `out` is reversed).
        if let Some(d) = inst.dst {
            if is_counted(d) && !live.contains(d) {
                out.push(decref(d, inst.line));
            }
        }
        // A borrowed result is owned by an operand (a tuple's item): one dying here is
        // released after the result's incref, which follows the instruction.
        let at = match (effects.result, inst.dst) {
            (ResultKind::Borrowed, Some(d)) => out
                .iter()
                .rposition(|i| i.op == Op::IncRef(d))
                .unwrap_or(out.len()),
            _ => out.len(),
        };
        let mut seen = Vec::new();
        let mut dying = Vec::new();
        for &r in &operands {
            if is_counted(r)
                && !live.contains(r)
                && !stolen.contains(&r)
                && !seen.contains(&r)
                && inst.dst != Some(r)
            {
                dying.push(decref(r, inst.line));
            }
            seen.push(r);
        }
        out.splice(at..at, dying);
        let line = inst.line;
        let increfs: Vec<Inst> = stolen
            .iter()
            .enumerate()
            .filter(|(i, r)| {
                let repeated = stolen[..*i].contains(r);
                !is_counted(**r) || live.contains(**r) || repeated
            })
            .map(|(_, r)| incref(*r, line))
            .collect();
        if let Some(d) = inst.dst {
            live.remove(d);
        }
        for &r in &operands {
            if is_counted(r) {
                live.insert(r);
            }
        }
        out.push(inst);
        out.extend(increfs);
    }
    out.reverse();
    block.insts = out;
}

/// On each edge, decrefs what is live leaving the block but not entering the successor (a
/// value known to be 0 on that edge excepted).
fn insert_on_edges(func: &mut Function, live: &liveness::Liveness, counted: &[bool]) {
    for b in func.blocks.keys().collect::<Vec<_>>() {
        let leaving = &live.live_before_term[b.index()];
        let term = func.blocks[b].term.clone();
        let null_on = |s: BlockId| -> Option<RegId> {
            match term {
                Terminator::OnError { value, error, .. } if s == error => value,
                Terminator::BranchIfNull { value, null, .. } if s == null => Some(value),
                _ => None,
            }
        };
        let successors = term.successors();
        let mut new_targets = Vec::with_capacity(successors.len());
        for s in successors {
            let entering = &live.live_in[s.index()];
            let line = func.blocks[b]
                .insts
                .last()
                .map_or(func.first_line, |i| i.line);
            let dying: Vec<Inst> = leaving
                .iter()
                .filter(|r| counted[r.index()] && !entering.contains(*r) && Some(*r) != null_on(s))
                .map(|r| decref(r, line))
                .collect();
            if dying.is_empty() {
                new_targets.push(s);
            } else {
                let edge = func.new_block();
                func.blocks[edge] = Block {
                    insts: dying,
                    term: Terminator::Jump(s),
                    handler: func.blocks[b].handler,
                };
                new_targets.push(edge);
            }
        }
        for (slot, target) in func.blocks[b]
            .term
            .successors_mut()
            .into_iter()
            .zip(new_targets)
        {
            *slot = target;
        }
    }
}
