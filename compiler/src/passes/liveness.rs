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
