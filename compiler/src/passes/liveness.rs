//! Backward liveness of registers over a function's blocks, as bit sets.

use crate::ir::{BlockId, Function, RegId};

/// A set of registers.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RegSet(Vec<u64>);

impl RegSet {
    pub fn new(nregs: usize) -> RegSet {
        RegSet(vec![0; nregs.div_ceil(64)])
    }

    pub fn contains(&self, r: RegId) -> bool {
        self.0[r.index() / 64] & (1 << (r.index() % 64)) != 0
    }

    pub fn insert(&mut self, r: RegId) {
        self.0[r.index() / 64] |= 1 << (r.index() % 64);
    }

    pub fn remove(&mut self, r: RegId) {
        self.0[r.index() / 64] &= !(1 << (r.index() % 64));
    }

    pub fn union_with(&mut self, other: &RegSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }

    /// The members, in register order.
    pub fn iter(&self) -> impl Iterator<Item = RegId> + '_ {
        self.0.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| RegId::from(w * 64 + b))
        })
    }
}

pub struct Liveness {
    pub live_in: Vec<RegSet>,
    /// Live just before the terminator: what flows out plus what the terminator reads.
    pub live_before_term: Vec<RegSet>,
}

/// Computes liveness of the registers `tracked` says to track; the registers in
/// `used_at_exit` count as read by every terminator that leaves the function.
pub fn compute(
    func: &Function,
    tracked: &dyn Fn(RegId) -> bool,
    used_at_exit: &RegSet,
) -> Liveness {
    let n = func.blocks.len();
    let nregs = func.regs.len();
    let mut live_in = vec![RegSet::new(nregs); n];
    let mut live_before_term = vec![RegSet::new(nregs); n];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..n).rev().map(BlockId::from) {
            let block = &func.blocks[b];
            let mut live = RegSet::new(nregs);
            for s in block.term.successors() {
                live.union_with(&live_in[s.index()]);
            }
            for r in block.term.operands() {
                if tracked(r) {
                    live.insert(r);
                }
            }
            if block.term.leaves_function() {
                live.union_with(used_at_exit);
            }
            live_before_term[b.index()] = live.clone();
            for inst in block.insts.iter().rev() {
                if let Some(d) = inst.dst {
                    live.remove(d);
                }
                for r in inst.op.operands() {
                    if tracked(r) {
                        live.insert(r);
                    }
                }
            }
            if live != live_in[b.index()] {
                live_in[b.index()] = live;
                changed = true;
            }
        }
    }
    Liveness {
        live_in,
        live_before_term,
    }
}

/// For each `yield` of a generator, in block order (the order of its resume labels), the
/// registers whose frame slots own a reference while it is suspended there: what the cycle
/// collector visits. Runs on the counted IR. A register qualifies when it is live after the
/// `yield` and, on every path to it, was written since it was last released (by a `DecRef`,
/// or by an op that took its reference as it died): its slot then holds an owned reference
/// or 0, never a stale pointer. An owner this misses only keeps a cycle from being found.
pub fn owned_at_yields(func: &Function) -> Vec<Vec<RegId>> {
    let nregs = func.regs.len();
    let is_object = |r: RegId| func.regs[r].ty == crate::ir::RegType::Object;
    let live = compute(func, &is_object, &RegSet::new(nregs));
    let all = RegSet(vec![u64::MAX; nregs.div_ceil(64)]);
    // Live after each instruction of a block.
    let live_after = |b: BlockId| -> Vec<RegSet> {
        let block = &func.blocks[b];
        let mut live_now = live.live_before_term[b.index()].clone();
        let mut after = vec![RegSet::new(nregs); block.insts.len()];
        for (i, inst) in block.insts.iter().enumerate().rev() {
            after[i] = live_now.clone();
            if let Some(d) = inst.dst {
                live_now.remove(d);
            }
            for r in inst.op.operands() {
                if is_object(r) {
                    live_now.insert(r);
                }
            }
        }
        after
    };
    // Applies an instruction to the set of registers written since their release.
    let step = |written: &mut RegSet, inst: &crate::ir::Inst, live_after: &RegSet| {
        let operands = inst.op.operands();
        let stolen: &[RegId] = match inst.op.effects().steals {
            crate::ir::Steals::None => &[],
            crate::ir::Steals::All => &operands,
            crate::ir::Steals::First => &operands[..operands.len().min(1)],
        };
        for &r in stolen {
            if !live_after.contains(r) {
                written.remove(r);
            }
        }
        if let crate::ir::Op::DecRef(r) = inst.op {
            written.remove(r);
        }
    };
    // Forward, intersecting over predecessors; the entry's slots hold arguments or 0.
    let n = func.blocks.len();
    let mut out = vec![all.clone(); n];
    let mut preds = vec![Vec::new(); n];
    for (b, block) in func.blocks.iter() {
        for s in block.term.successors() {
            preds[s.index()].push(b);
        }
    }
    let block_in = |out: &[RegSet], b: BlockId| {
        let mut written = all.clone();
        for p in &preds[b.index()] {
            for (w, o) in written.0.iter_mut().zip(&out[p.index()].0) {
                *w &= o;
            }
        }
        written
    };
    let afters: Vec<Vec<RegSet>> = func.blocks.keys().map(live_after).collect();
    let mut changed = true;
    while changed {
        changed = false;
        for (b, block) in func.blocks.iter() {
            let mut written = block_in(&out, b);
            for (inst, after) in block.insts.iter().zip(&afters[b.index()]) {
                step(&mut written, inst, after);
                if let Some(d) = inst.dst {
                    written.insert(d);
                }
            }
            if written != out[b.index()] {
                out[b.index()] = written;
                changed = true;
            }
        }
    }
    let mut tables = Vec::new();
    for (b, block) in func.blocks.iter() {
        let mut written = block_in(&out, b);
        for (inst, after) in block.insts.iter().zip(&afters[b.index()]) {
            step(&mut written, inst, after);
            if matches!(
                inst.op,
                crate::ir::Op::Yield(_) | crate::ir::Op::YieldDelegating(_)
            ) {
                let owned = after
                    .iter()
                    .filter(|&r| written.contains(r) && Some(r) != inst.dst)
                    .collect();
                tables.push(owned);
            }
            if let Some(d) = inst.dst {
                written.insert(d);
            }
        }
    }
    tables
}
