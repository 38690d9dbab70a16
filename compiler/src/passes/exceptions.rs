//! Makes failure explicit: after every op that can fail, the block ends with an `OnError`
//! branch to a block that records the traceback entry and leaves the function.

use crate::ir::{Block, BlockId, Failure, Function, Inst, Op, Terminator};

pub fn insert_error_checks(func: &mut Function) {
    let error_exit = func.new_block();
    func.blocks[error_exit].term = Terminator::ReturnError;
    let unwind_to = |func: &Function, b: BlockId| func.blocks[b].handler.unwrap_or(error_exit);
    for b in func.blocks.keys().collect::<Vec<_>>() {
        if func.blocks[b].term == Terminator::Propagate {
            func.blocks[b].term = Terminator::Jump(unwind_to(func, b));
        }
    }
    let mut work: Vec<BlockId> = func.blocks.keys().filter(|b| *b != error_exit).collect();
    while let Some(b) = work.pop() {
        let Some(i) = func.blocks[b]
            .insts
            .iter()
            .position(|inst| inst.op.effects().failure != Failure::Never)
        else {
            continue;
        };
        let rest: Vec<Inst> = func.blocks[b].insts.split_off(i + 1);
        let inst = func.blocks[b].insts[i].clone();
        let handler = func.blocks[b].handler;
        let cont = func.new_block();
        func.blocks[cont] = Block {
            insts: rest,
            term: std::mem::replace(&mut func.blocks[b].term, Terminator::Unreachable),
            handler,
        };
        // Re-raising continues an unwinding that already recorded this frame.
        let error = if matches!(
            inst.op,
            Op::Reraise(_) | Op::ReraiseHandled | Op::YieldDelegating(_)
        ) {
            unwind_to(func, b)
        } else {
            let traceback = func.new_block();
            func.blocks[traceback] = Block {
                insts: vec![Inst {
                    dst: None,
                    op: Op::TracebackHere,
                    line: inst.line,
                }],
                term: Terminator::Jump(unwind_to(func, b)),
                handler,
            };
            traceback
        };
        func.blocks[b].term = Terminator::OnError {
            value: inst.dst,
            failure: inst.op.effects().failure,
            ok: cont,
            error,
        };
        work.push(cont);
    }
}
