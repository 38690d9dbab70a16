//! Removes blocks no path from the entry reaches (code after `return`, `break` and raising ops).

use crate::ir::{BlockId, EntityVec, Function};

pub fn remove_unreachable_blocks(func: &mut Function) {
    let n = func.blocks.len();
    let mut reached = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut stack = vec![func.entry];
    reached[func.entry.index()] = true;
    // Depth-first, successors in order: keeps the printed IR in source order.
    while let Some(b) = stack.pop() {
        order.push(b);
        // A handler is reached through error edges the exceptions pass has yet to add.
        let handler = func.blocks[b].handler;
        for s in func.blocks[b]
            .term
            .successors()
            .into_iter()
            .rev()
            .chain(handler)
        {
            if !reached[s.index()] {
                reached[s.index()] = true;
                stack.push(s);
            }
        }
    }
    if order.len() == n && order.iter().enumerate().all(|(i, b)| b.index() == i) {
        return;
    }
    let mut new_id = vec![None; n];
    for (i, b) in order.iter().enumerate() {
        new_id[b.index()] = Some(BlockId::from(i));
    }
    let mut blocks = EntityVec::new();
    for b in &order {
        let mut block = std::mem::take(&mut func.blocks[*b]);
        for s in block.term.successors_mut() {
            *s = new_id[s.index()].expect("successor of a reached block is reached");
        }
        if let Some(h) = block.handler {
            block.handler =
                Some(new_id[h.index()].expect("the handler of a reached block is reached"));
        }
        blocks.push(block);
    }
    func.blocks = blocks;
    func.entry = BlockId(0);
}
