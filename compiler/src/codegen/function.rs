//! Translation of one IR function body to Cranelift, with inline fast paths for tagged ints,
//! reference counting, truth tests and the direct-call guard.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{
    types, Block, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind, Value as ClifValue,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::Module;
use pylift_runtime::abi::{self, Failure, RuntimeFn};
use pylift_runtime::object::{REFCNT_OFFSET, TYPE_OFFSET};

use super::Codegen;
use crate::ir::{self, ArgSource, BinaryOp, CompareOp, FuncId, Op, RegId, RegType, Terminator};

/// How a generator's resume function reaches its frame, and where it resumes.
struct GeneratorFrame {
    gen: ClifValue,
    sent: ClifValue,
    /// The frame's slots: one per register.
    slots: ClifValue,
    /// Where each `yield` resumes, in order (label k + 1 resumes at `resume_blocks[k]`).
    resume_blocks: Vec<Block>,
    next_label: usize,
}

pub struct FunctionTranslator<'a, 'b> {
    generator: Option<GeneratorFrame>,
    cg: &'a mut Codegen,
    module: &'a ir::Module,
    id: FuncId,
    func: &'a ir::Function,
    b: FunctionBuilder<'b>,
    vars: Vec<Variable>,
    blocks: Vec<Block>,
    ptr: types::Type,
    cache_sites: &'a mut CacheSites,
}

/// The cache records used so far in the module, numbered in function order: global loads, and
/// attribute loads, stores and method calls.
#[derive(Default, Clone, Copy)]
pub struct CacheSites {
    pub global: usize,
    pub attr: usize,
}

impl CacheSites {
    /// The records the module's functions use.
    pub fn of(module: &ir::Module) -> CacheSites {
        let mut sites = CacheSites::default();
        let blocks = module.functions.values().flat_map(|f| f.blocks.values());
        for inst in blocks.flat_map(|b| b.insts.iter()) {
            match inst.op {
                Op::LoadGlobal(_) => sites.global += 1,
                Op::GetAttr(..) | Op::SetAttr { .. } | Op::CallMethod { .. } => sites.attr += 1,
                _ => {}
            }
        }
        sites
    }
}

/// Bytes of one `AttrCache` record.
pub const ATTR_CACHE_SIZE: usize = std::mem::size_of::<pylift_runtime::module::AttrCache>();

/// Tagged small ints have the low bit set (DESIGN §4, Value).
const INT_TAG: i64 = 1;

impl<'a, 'b> FunctionTranslator<'a, 'b> {
    pub fn new(
        cg: &'a mut Codegen,
        module: &'a ir::Module,
        id: FuncId,
        func: &'a ir::Function,
        b: FunctionBuilder<'b>,
        cache_sites: &'a mut CacheSites,
    ) -> Self {
        let ptr = cg.pointer();
        FunctionTranslator {
            generator: None,
            cg,
            module,
            id,
            func,
            b,
            vars: Vec::new(),
            blocks: Vec::new(),
            ptr,
            cache_sites,
        }
    }

    /// Translates a generator function's body as its resume function: registers live in the
    /// frame, and the label picks where to continue.
    pub fn translate_resume(mut self) {
        use abi::{GENERATOR_FRAME_OFFSET, GENERATOR_LABEL_OFFSET};
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let (gen, sent) = (self.b.block_params(entry)[0], self.b.block_params(entry)[1]);
        let slots = self.b.ins().load(
            self.ptr,
            MemFlagsData::trusted(),
            gen,
            GENERATOR_FRAME_OFFSET,
        );
        let yields = self
            .func
            .blocks
            .values()
            .flat_map(|b| b.insts.iter())
            .filter(|i| matches!(i.op, Op::Yield(_) | Op::YieldDelegating(_)))
            .count();
        let resume_blocks = (0..yields).map(|_| self.b.create_block()).collect();
        self.generator = Some(GeneratorFrame {
            gen,
            sent,
            slots,
            resume_blocks,
            next_label: 0,
        });
        self.declare_machine_vars();
        self.blocks = self
            .func
            .blocks
            .keys()
            .map(|_| self.b.create_block())
            .collect();
        self.enter_frame();
        let label = self.b.ins().load(
            self.ptr,
            MemFlagsData::trusted(),
            gen,
            GENERATOR_LABEL_OFFSET,
        );
        let mut switch = cranelift_frontend::Switch::new();
        switch.set_entry(0, self.blocks[self.func.entry.index()]);
        let frame = self.generator.as_ref().unwrap();
        for (k, block) in frame.resume_blocks.clone().into_iter().enumerate() {
            switch.set_entry(k as u128 + 1, block);
        }
        let invalid = self.b.create_block();
        switch.emit(&mut self.b, label, invalid);
        self.b.switch_to_block(invalid);
        self.b
            .ins()
            .trap(cranelift_codegen::ir::TrapCode::unwrap_user(2));
        self.translate_blocks();
        let config = self.cg.object.target_config();
        self.b.finalize(config);
    }

    /// One Cranelift variable per register. In generators only the machine registers use
    /// theirs (none lives across a `yield`); values live in the frame.
    fn declare_machine_vars(&mut self) {
        for (_, reg) in self.func.regs.iter() {
            let ty = match reg.ty {
                RegType::Object => self.ptr,
                RegType::Bool | RegType::Status => types::I32,
            };
            let var = self.b.declare_var(ty);
            let zero = self.b.ins().iconst(ty, 0);
            self.b.def_var(var, zero);
            self.vars.push(var);
        }
    }

    fn translate_blocks(&mut self) {
        for (bid, block) in self.func.blocks.iter() {
            self.b.switch_to_block(self.blocks[bid.index()]);
            for inst in &block.insts {
                self.inst(inst);
            }
            self.terminator(&block.term);
        }
        self.b.seal_all_blocks();
    }

    /// A generator function's direct entry: makes the generator, its frame holding the
    /// arguments; the body runs when the generator is resumed.
    pub fn translate_generator_constructor(mut self, resume: cranelift_module::FuncId) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        // The arguments go to the frame slots that the code's table lists for label 0.
        let args: Vec<ClifValue> = self.b.block_params(entry).to_vec();
        let values = self.array(&args);
        let code = self.code_info(self.id);
        let fr = self.cg.object.declare_func_in_func(resume, self.b.func);
        let resume_addr = self.b.ins().func_addr(self.ptr, fr);
        let nslots = self.iconst(self.func.regs.len() as i64);
        let n = self.iconst(args.len() as i64);
        let gen = self
            .call(
                RuntimeFn::NewGenerator,
                &[code, resume_addr, nslots, values, n],
            )
            .expect("returns the generator");
        self.b.ins().return_(&[gen]);
        self.b.seal_all_blocks();
        let config = self.cg.object.target_config();
        self.b.finalize(config);
    }

    pub fn translate(mut self) {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        self.declare_machine_vars();
        let params: Vec<ClifValue> = self.b.block_params(entry).to_vec();
        for (reg, value) in self
            .func
            .params
            .iter()
            .chain(&self.func.closure)
            .zip(params)
        {
            self.b.def_var(self.vars[reg.index()], value);
        }
        self.blocks = self
            .func
            .blocks
            .keys()
            .map(|_| self.b.create_block())
            .collect();
        self.enter_frame();
        let first = self.blocks[self.func.entry.index()];
        self.b.ins().jump(first, &[]);
        self.translate_blocks();
        let config = self.cg.object.target_config();
        self.b.finalize(config);
    }

    // ----- helpers -----

    fn var(&mut self, r: RegId) -> ClifValue {
        if let Some(frame) = &self.generator {
            if self.func.regs[r].ty == RegType::Object {
                let slots = frame.slots;
                return self.b.ins().load(
                    self.ptr,
                    MemFlagsData::trusted(),
                    slots,
                    (r.index() * 8) as i32,
                );
            }
        }
        self.b.use_var(self.vars[r.index()])
    }

    /// An optional register's value, or 0 (the "absent" word of the runtime entries).
    fn var_or_null(&mut self, r: Option<RegId>) -> ClifValue {
        match r {
            Some(r) => self.var(r),
            None => self.iconst(0),
        }
    }

    fn set(&mut self, r: RegId, v: ClifValue) {
        if let Some(frame) = &self.generator {
            if self.func.regs[r].ty == RegType::Object {
                let slots = frame.slots;
                self.b
                    .ins()
                    .store(MemFlagsData::trusted(), v, slots, (r.index() * 8) as i32);
                return;
            }
        }
        self.b.def_var(self.vars[r.index()], v);
    }

    /// `yield v`: records where to resume, and returns the value to the caller; the code after
    /// it receives the value sent in (0 when resumed to raise).
    fn yield_value(&mut self, value: RegId, line: u32) -> ClifValue {
        let v = self.var(value);
        let frame = self
            .generator
            .as_mut()
            .expect("yield only appears in generators");
        let label = frame.next_label;
        frame.next_label += 1;
        let (gen, sent, resume) = (frame.gen, frame.sent, frame.resume_blocks[label]);
        let label_value = self.iconst(label as i64 + 1);
        self.b.ins().store(
            MemFlagsData::trusted(),
            label_value,
            gen,
            abi::GENERATOR_LABEL_OFFSET,
        );
        // The line a suspended coroutine shows (`cr_frame.f_lineno`).
        let line_value = self.iconst(line as i64);
        self.b.ins().store(
            MemFlagsData::trusted(),
            line_value,
            gen,
            abi::GENERATOR_LINE_OFFSET,
        );
        self.leave_frame();
        self.b.ins().return_(&[v]);
        self.b.switch_to_block(resume);
        sent
    }

    fn call(&mut self, f: RuntimeFn, args: &[ClifValue]) -> Option<ClifValue> {
        let fr = self
            .cg
            .runtime
            .func_ref(&mut self.cg.object, self.b.func, f);
        let call = self.b.ins().call(fr, args);
        self.b.inst_results(call).first().copied()
    }

    fn data_symbol(&mut self, name: &str) -> ClifValue {
        let id = self
            .cg
            .object
            .declare_data(name, cranelift_module::Linkage::Import, true, false)
            .expect("runtime data symbols are declared consistently");
        let gv = self.cg.object.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(self.ptr, gv)
    }

    fn data_addr(&mut self, id: cranelift_module::DataId) -> ClifValue {
        let gv = self.cg.object.declare_data_in_func(id, self.b.func);
        self.b.ins().symbol_value(self.ptr, gv)
    }

    fn code_info(&mut self, f: FuncId) -> ClifValue {
        let id = self.cg.data.code_infos[&f];
        self.data_addr(id)
    }

    /// The module's globals dict (borrowed).
    fn module_globals(&mut self) -> ClifValue {
        let globals_slot = self.data_addr(self.cg.data.globals);
        self.b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), globals_slot, 0)
    }

    fn constant(&mut self, c: ir::ConstId) -> ClifValue {
        let consts = self.data_addr(self.cg.data.consts);
        self.b.ins().load(
            self.ptr,
            MemFlagsData::trusted(),
            consts,
            (c.index() * 8) as i32,
        )
    }

    fn bool_object(&mut self, cond: ClifValue) -> ClifValue {
        let t = self.data_symbol(abi::data::TRUE);
        let f = self.data_symbol(abi::data::FALSE);
        self.b.ins().select(cond, t, f)
    }

    fn iconst(&mut self, v: i64) -> ClifValue {
        self.b.ins().iconst(self.ptr, v)
    }

    /// Stores `values` in a stack array and returns its address.
    fn array(&mut self, values: &[ClifValue]) -> ClifValue {
        if values.is_empty() {
            return self.iconst(0);
        }
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (values.len() * 8) as u32,
            3,
        ));
        for (i, v) in values.iter().enumerate() {
            self.b.ins().stack_store(self.ptr, *v, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(self.ptr, slot, 0)
    }

    /// Branches to `fast` when both words are tagged ints, else to `slow`.
    fn branch_if_both_ints(&mut self, a: ClifValue, b: ClifValue, fast: Block, slow: Block) {
        let both = self.b.ins().band(a, b);
        let tag = self.b.ins().band_imm_s(both, INT_TAG);
        self.b.ins().brif(tag, fast, &[], slow, &[]);
    }

    // ----- frame entry and exit: the recursion limit (DESIGN §4, Recursion) -----

    fn recursion_state(&mut self) -> ClifValue {
        self.data_symbol(abi::data::RECURSION)
    }

    fn enter_frame(&mut self) {
        let state = self.recursion_state();
        let depth = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), state, 0);
        let limit = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), state, 8);
        let deeper = self.b.ins().iadd_imm_s(depth, 1);
        let over = self.b.ins().icmp(IntCC::SignedGreaterThan, deeper, limit);
        let (fail, ok) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(fail);
        self.b.ins().brif(over, fail, &[], ok, &[]);
        self.b.switch_to_block(fail);
        self.call(RuntimeFn::RaiseRecursion, &[]);
        let zero = self.iconst(0);
        self.b.ins().return_(&[zero]);
        self.b.switch_to_block(ok);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), deeper, state, 0);
        // This code runs at that depth of the frame stack (`recursion.rs`).
        let frames = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), state, 16);
        let offset = self.b.ins().ishl_imm_u(deeper, 3);
        let slot = self.b.ins().iadd(frames, offset);
        let code = self.code_info(self.id);
        self.b.ins().store(MemFlagsData::trusted(), code, slot, 0);
    }

    fn leave_frame(&mut self) {
        let state = self.recursion_state();
        let depth = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), state, 0);
        let shallower = self.b.ins().iadd_imm_s(depth, -1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), shallower, state, 0);
    }

    // ----- reference counting -----

    fn incref(&mut self, v: ClifValue) {
        let (inc, done) = (self.b.create_block(), self.b.create_block());
        let tag = self.b.ins().band_imm_s(v, INT_TAG);
        self.b.ins().brif(tag, done, &[], inc, &[]);
        self.b.switch_to_block(inc);
        let rc = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), v, REFCNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, 1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), rc, v, REFCNT_OFFSET);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    fn decref(&mut self, v: ClifValue, maybe_null: bool) {
        let (check, dec, free, done) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        if maybe_null {
            self.b.ins().brif(v, check, &[], done, &[]);
        } else {
            self.b.ins().jump(check, &[]);
        }
        self.b.switch_to_block(check);
        let tag = self.b.ins().band_imm_s(v, INT_TAG);
        self.b.ins().brif(tag, done, &[], dec, &[]);
        self.b.switch_to_block(dec);
        let rc = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), v, REFCNT_OFFSET);
        let rc = self.b.ins().iadd_imm_s(rc, -1);
        self.b
            .ins()
            .store(MemFlagsData::trusted(), rc, v, REFCNT_OFFSET);
        self.b.ins().brif(rc, done, &[], free, &[]);
        self.b.switch_to_block(free);
        self.b.set_cold_block(free);
        self.call(RuntimeFn::Dealloc, &[v]);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    // ----- instructions -----

    fn inst(&mut self, inst: &ir::Inst) {
        let result = self.op(&inst.op, inst.line);
        if let (Some(dst), Some(v)) = (inst.dst, result) {
            self.set(dst, v);
        }
    }

    fn op(&mut self, op: &Op, line: u32) -> Option<ClifValue> {
        Some(match op {
            Op::Const(c) => self.constant(*c),
            Op::Int(i) => self.iconst((*i << 1) | INT_TAG),
            Op::None => self.data_symbol(abi::data::NONE),
            Op::Ellipsis => self.data_symbol(abi::data::ELLIPSIS),
            Op::Bool(true) => self.data_symbol(abi::data::TRUE),
            Op::Bool(false) => self.data_symbol(abi::data::FALSE),
            Op::Move(r) => self.var(*r),
            Op::LoadGlobal(name) => self.load_global(*name),
            Op::StoreGlobal(name, v) => {
                let module = self.data_addr(self.cg.data.module);
                let name = self.constant(*name);
                let v = self.var(*v);
                self.call(RuntimeFn::StoreGlobal, &[module, name, v])?
            }
            Op::DeleteGlobal(name) => {
                let module = self.data_addr(self.cg.data.module);
                let name = self.constant(*name);
                self.call(RuntimeFn::DeleteGlobal, &[module, name])?
            }
            Op::Binary(op, a, b) => self.binary(*op, *a, *b, RuntimeFn::Binary),
            Op::InPlace(op, a, b) => self.binary(*op, *a, *b, RuntimeFn::InPlace),
            Op::Unary(op, a) => {
                let a = self.var(*a);
                let code = self.b.ins().iconst(types::I32, *op as i64);
                self.call(RuntimeFn::Unary, &[a, code])?
            }
            Op::Compare(op, a, b) => self.compare(*op, *a, *b),
            Op::Is { negated, a, b } => {
                let (a, b) = (self.var(*a), self.var(*b));
                let cc = if *negated {
                    IntCC::NotEqual
                } else {
                    IntCC::Equal
                };
                let cond = self.b.ins().icmp(cc, a, b);
                self.bool_object(cond)
            }
            Op::Contains {
                negated,
                item,
                container,
            } => {
                let (item, container) = (self.var(*item), self.var(*container));
                let negated = self.b.ins().iconst(types::I32, *negated as i64);
                self.call(RuntimeFn::Contains, &[item, container, negated])?
            }
            Op::Not(v) => {
                let v = self.var(*v);
                self.call(RuntimeFn::Not, &[v])?
            }
            Op::Truth(v) => self.truth(*v),
            Op::Call {
                callee,
                args,
                kwnames,
            } => {
                let callee = self.var(*callee);
                let (array, nargs, kwnames) = self.arguments(args, *kwnames);
                self.call(RuntimeFn::Call, &[callee, array, nargs, kwnames])?
            }
            Op::CallDirect {
                callee,
                func,
                args,
                kwnames,
                slots,
            } => self.call_direct(*callee, *func, args, *kwnames, slots),
            Op::Globals => self.module_globals(),
            Op::LocalsDict {
                names,
                values,
                cells,
            } => {
                let names = self.constant(*names);
                let values: Vec<ClifValue> = values.iter().map(|r| self.var(*r)).collect();
                let cells: Vec<ClifValue> = cells.iter().map(|r| self.var(*r)).collect();
                let (nvalues, ncells) = (
                    self.iconst(values.len() as i64),
                    self.iconst(cells.len() as i64),
                );
                let values = self.array(&values);
                let cells = self.array(&cells);
                self.call(
                    RuntimeFn::LocalsDict,
                    &[names, values, nvalues, cells, ncells],
                )?
            }
            Op::CallIntrospective {
                callee,
                globals,
                locals,
            } => {
                let args = [self.var(*callee), self.var(*globals), self.var(*locals)];
                self.call(RuntimeFn::CallIntrospective, &args)?
            }
            Op::CallMethod {
                receiver,
                name,
                args,
                kwnames,
            } => {
                // The receiver goes first in the argument array, so that calling a function
                // of its class needs no bound method and no copy of the arguments.
                let with_receiver: Vec<RegId> = std::iter::once(*receiver)
                    .chain(args.iter().copied())
                    .collect();
                let (array, nargs, kwnames) = self.arguments(&with_receiver, *kwnames);
                let name = self.constant(*name);
                let cache = self.attr_cache();
                self.call(RuntimeFn::CallMethod, &[array, nargs, kwnames, name, cache])?
            }
            Op::GetAttr(obj, name) => {
                let obj = self.var(*obj);
                let name = self.constant(*name);
                let cache = self.attr_cache();
                self.call(RuntimeFn::GetAttr, &[obj, name, cache])?
            }
            Op::SetAttr { obj, name, value } => {
                let (obj, value) = (self.var(*obj), self.var(*value));
                let name = self.constant(*name);
                let cache = self.attr_cache();
                self.call(RuntimeFn::SetAttr, &[obj, name, value, cache])?
            }
            Op::DelAttr(obj, name) => {
                let obj = self.var(*obj);
                let name = self.constant(*name);
                let deleting = self.iconst(0);
                self.call(RuntimeFn::SetAttr, &[obj, name, deleting, deleting])?
            }
            Op::BuildList(items) => self.build(RuntimeFn::BuildList, items, items.len()),
            Op::BuildTuple(items) => self.build(RuntimeFn::BuildTuple, items, items.len()),
            Op::BuildDict(items) => self.build(RuntimeFn::BuildDict, items, items.len() / 2),
            Op::BuildSet(items) => self.build(RuntimeFn::BuildSet, items, items.len()),
            Op::SetAdd(s, v) => {
                let (s, v) = (self.var(*s), self.var(*v));
                self.call(RuntimeFn::SetAdd, &[s, v])?
            }
            Op::ListAppend(l, v) => {
                let (l, v) = (self.var(*l), self.var(*v));
                self.call(RuntimeFn::ListAppend, &[l, v])?
            }

            Op::Unpack {
                value,
                before,
                after,
                star,
            } => {
                let value = self.var(*value);
                let before = self.iconst(*before as i64);
                let after = self.iconst(*after as i64);
                let star = self.b.ins().iconst(types::I32, *star as i64);
                self.call(RuntimeFn::Unpack, &[value, before, after, star])?
            }
            Op::BuildSlice(a, b, c) => {
                let (a, b, c) = (self.var(*a), self.var(*b), self.var(*c));
                self.call(RuntimeFn::BuildSlice, &[a, b, c])?
            }
            Op::GetItem(c, k) => {
                let (c, k) = (self.var(*c), self.var(*k));
                self.call(RuntimeFn::GetItem, &[c, k])?
            }
            Op::SetItem {
                container,
                key,
                value,
            } => {
                let (c, k, v) = (self.var(*container), self.var(*key), self.var(*value));
                self.call(RuntimeFn::SetItem, &[c, k, v])?
            }
            Op::DelItem(c, k) => {
                let (c, k) = (self.var(*c), self.var(*k));
                self.call(RuntimeFn::DelItem, &[c, k])?
            }
            Op::GetIter(v) => {
                let v = self.var(*v);
                self.call(RuntimeFn::GetIter, &[v])?
            }
            Op::IterNext(v) => {
                let v = self.var(*v);
                self.call(RuntimeFn::IterNext, &[v])?
            }
            Op::MakeFunction {
                func,
                closure,
                defaults,
                kwdefaults,
            } => {
                let code = self.code_info(*func);
                let vc = self.cg.vectorcall[func];
                let fr = self.cg.object.declare_func_in_func(vc, self.b.func);
                let entry = self.b.ins().func_addr(self.ptr, fr);
                let [closure, defaults, kwdefaults] =
                    [*closure, *defaults, *kwdefaults].map(|r| self.var_or_null(r));
                self.call(
                    RuntimeFn::MakeFunction,
                    &[code, entry, closure, defaults, kwdefaults],
                )?
            }
            Op::Yield(v) | Op::YieldDelegating(v) => self.yield_value(*v, line),
            Op::YieldFromSend { iter, sent } => {
                let (iter, sent) = (self.var(*iter), self.var(*sent));
                self.call(RuntimeFn::YieldFromSend, &[iter, sent])?
            }
            Op::YieldFromThrow { iter, exc } => {
                let (iter, exc) = (self.var(*iter), self.var(*exc));
                self.call(RuntimeFn::YieldFromThrow, &[iter, exc])?
            }
            Op::TakeStopValue => self.call(RuntimeFn::TakeStopValue, &[])?,
            Op::Async(op, a, b) => {
                let code = self.b.ins().iconst(types::I32, *op as i64);
                let (a, b) = (self.var(*a), self.var_or_null(*b));
                self.call(RuntimeFn::AsyncOp, &[code, a, b])?
            }
            Op::WithSetup(m) => {
                let m = self.var(*m);
                self.call(RuntimeFn::WithSetup, &[m])?
            }
            Op::WithExitException { exit, exc } => {
                let (exit, exc) = (self.var(*exit), self.var(*exc));
                self.call(RuntimeFn::WithExitException, &[exit, exc])?
            }
            Op::FormatValue {
                value,
                conversion,
                spec,
            } => {
                let value = self.var(*value);
                let conversion = self.b.ins().iconst(types::I32, *conversion as i64);
                let spec = self.var_or_null(*spec);
                self.call(RuntimeFn::FormatValue, &[value, conversion, spec])?
            }
            Op::BuildString(parts) => self.build(RuntimeFn::BuildString, parts, parts.len()),
            Op::LoadName { ns, name } => {
                let ns = self.var(*ns);
                let module = self.data_addr(self.cg.data.module);
                let name = self.constant(*name);
                self.call(RuntimeFn::LoadName, &[ns, module, name])?
            }
            Op::DeleteName { ns, name } => {
                let ns = self.var(*ns);
                let name = self.constant(*name);
                self.call(RuntimeFn::DeleteName, &[ns, name])?
            }
            Op::BuildClass {
                body,
                name,
                qualname,
                bases,
                kwargs,
            } => {
                let (body, bases) = (self.var(*body), self.var(*bases));
                let (name, qualname) = (self.constant(*name), self.constant(*qualname));
                let kwargs = self.var_or_null(*kwargs);
                self.call(
                    RuntimeFn::BuildClass,
                    &[body, name, qualname, bases, kwargs],
                )?
            }
            Op::Import(name) => {
                let name = self.constant(*name);
                self.call(RuntimeFn::Import, &[name])?
            }
            Op::ImportFrom(m, name) => {
                let m = self.var(*m);
                let name = self.constant(*name);
                self.call(RuntimeFn::ImportFrom, &[m, name])?
            }
            Op::ImportStar(m) => {
                let m = self.var(*m);
                let module = self.data_addr(self.cg.data.module);
                self.call(RuntimeFn::ImportStar, &[m, module])?
            }
            Op::MakeCell(v) => {
                let v = self.var_or_null(*v);
                self.call(RuntimeFn::MakeCell, &[v])?
            }
            Op::CellGet { cell, name, free } => {
                let cell = self.var(*cell);
                let name = self.constant(*name);
                let free = self.b.ins().iconst(types::I32, *free as i64);
                self.call(RuntimeFn::CellGet, &[cell, name, free])?
            }
            Op::CellSet(cell, v) => {
                let cell = self.var(*cell);
                let v = self.var_or_null(*v);
                self.call(RuntimeFn::CellSet, &[cell, v]);
                return None;
            }
            Op::TupleItem(t, i) => {
                let t = self.var(*t);
                let i = self.iconst(*i as i64);
                self.call(RuntimeFn::TupleItem, &[t, i])?
            }
            Op::CallEx {
                callee,
                args,
                kwargs,
            } => {
                let (callee, args) = (self.var(*callee), self.var(*args));
                let kwargs = self.var_or_null(*kwargs);
                self.call(RuntimeFn::CallEx, &[callee, args, kwargs])?
            }
            Op::ExtendArgs {
                args,
                iterable,
                callee,
            } => {
                let (a, i, c) = (self.var(*args), self.var(*iterable), self.var(*callee));
                self.call(RuntimeFn::ExtendArgs, &[a, i, c])?
            }
            Op::MergeKwargs {
                kwargs,
                mapping,
                callee,
            } => {
                let (k, m, c) = (self.var(*kwargs), self.var(*mapping), self.var(*callee));
                self.call(RuntimeFn::MergeKwargs, &[k, m, c])?
            }
            Op::RaiseUnboundLocal(name) => {
                let name = self.constant(*name);
                self.call(RuntimeFn::RaiseUnboundLocal, &[name]);
                return None;
            }
            Op::Unbind => self.iconst(0),
            Op::Catch => self.call(RuntimeFn::Catch, &[])?,
            Op::EndHandler => {
                self.call(RuntimeFn::EndHandler, &[]);
                return None;
            }
            Op::ExceptionMatches(exc, clause) => {
                let (exc, clause) = (self.var(*exc), self.var(*clause));
                self.call(RuntimeFn::ExceptionMatches, &[exc, clause])?
            }
            Op::Raise(exc, cause) => {
                let exc = self.var(*exc);
                let cause = self.var_or_null(*cause);
                self.call(RuntimeFn::Raise, &[exc, cause]);
                return None;
            }
            Op::Reraise(exc) => {
                let exc = self.var(*exc);
                self.call(RuntimeFn::Reraise, &[exc]);
                return None;
            }
            Op::ReraiseHandled => {
                let code = self.code_info(self.id);
                let line = self.b.ins().iconst(types::I32, line as i64);
                self.call(RuntimeFn::ReraiseHandled, &[code, line]);
                return None;
            }
            Op::TracebackHere => {
                let code = self.code_info(self.id);
                let line = self.b.ins().iconst(types::I32, line as i64);
                self.call(RuntimeFn::TracebackHere, &[code, line]);
                return None;
            }
            Op::IncRef(r) => {
                let v = self.var(*r);
                self.incref(v);
                return None;
            }
            Op::DecRef(r) => {
                let v = self.var(*r);
                let maybe_null = self.func.regs[*r].maybe_null();
                self.decref(v, maybe_null);
                return None;
            }
        })
    }

    /// The next attribute site's cache record (`pylift_runtime::module::AttrCache`).
    fn attr_cache(&mut self) -> ClifValue {
        let caches = self.data_addr(self.cg.data.attr_caches);
        let offset = self.cache_sites.attr * ATTR_CACHE_SIZE;
        self.cache_sites.attr += 1;
        self.b.ins().iadd_imm_s(caches, offset as i64)
    }

    /// LOAD_GLOBAL through the site's cache (DESIGN §4, Globals): when the versions of the
    /// globals and builtins dicts are the ones cached, the value is the cached one (two
    /// compares and a load); otherwise the runtime looks it up and refills the cache.
    fn load_global(&mut self, name: ir::ConstId) -> ClifValue {
        use pylift_runtime::abi::DICT_VERSION_OFFSET;
        let flags = MemFlagsData::trusted();
        let caches = self.data_addr(self.cg.data.global_caches);
        let cache = self
            .b
            .ins()
            .iadd_imm_s(caches, (self.cache_sites.global * 24) as i64);
        self.cache_sites.global += 1;
        let globals = self.module_globals();
        let globals_version = self
            .b
            .ins()
            .load(types::I64, flags, globals, DICT_VERSION_OFFSET);
        let builtins_slot = self.data_symbol(abi::data::BUILTINS);
        let builtins = self.b.ins().load(self.ptr, flags, builtins_slot, 0);
        let builtins_version = self
            .b
            .ins()
            .load(types::I64, flags, builtins, DICT_VERSION_OFFSET);
        let cached_globals = self.b.ins().load(types::I64, flags, cache, 0);
        let cached_builtins = self.b.ins().load(types::I64, flags, cache, 8);
        let same_globals = self
            .b
            .ins()
            .icmp(IntCC::Equal, globals_version, cached_globals);
        let same_builtins = self
            .b
            .ins()
            .icmp(IntCC::Equal, builtins_version, cached_builtins);
        let hit = self.b.ins().band(same_globals, same_builtins);
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, self.ptr);
        let (hit_block, miss_block) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(hit, hit_block, &[], miss_block, &[]);
        self.b.switch_to_block(hit_block);
        let value = self.b.ins().load(self.ptr, flags, cache, 16);
        self.b.ins().jump(done, &[value.into()]);
        self.b.switch_to_block(miss_block);
        self.b.set_cold_block(miss_block);
        let module = self.data_addr(self.cg.data.module);
        let name = self.constant(name);
        let value = self
            .call(RuntimeFn::LoadGlobal, &[module, name, cache])
            .expect("load_global returns a value");
        self.b.ins().jump(done, &[value.into()]);
        self.b.switch_to_block(done);
        result
    }

    /// A call's argument array, positional count and keyword names (vectorcall convention).
    fn arguments(
        &mut self,
        args: &[RegId],
        kwnames: Option<ir::ConstId>,
    ) -> (ClifValue, ClifValue, ClifValue) {
        let values: Vec<ClifValue> = args.iter().map(|a| self.var(*a)).collect();
        let nkw = match kwnames {
            Some(k) => match self.module.constants.get(k) {
                ir::Constant::KwNames(names) => names.len(),
                _ => unreachable!("call keyword names are a KwNames constant"),
            },
            None => 0,
        };
        let array = self.array(&values);
        let nargs = self.iconst((values.len() - nkw) as i64);
        let kwnames = match kwnames {
            Some(k) => self.constant(k),
            None => self.iconst(0),
        };
        (array, nargs, kwnames)
    }

    fn build(&mut self, f: RuntimeFn, items: &[RegId], n: usize) -> ClifValue {
        let values: Vec<ClifValue> = items.iter().map(|a| self.var(*a)).collect();
        let array = self.array(&values);
        let n = self.iconst(n as i64);
        self.call(f, &[array, n]).expect("build ops return a value")
    }

    /// `+`, `-`, `*` of two tagged ints inline, with the runtime on overflow or other types.
    fn binary(&mut self, op: BinaryOp, a: RegId, b: RegId, slow_fn: RuntimeFn) -> ClifValue {
        let (a, b) = (self.var(a), self.var(b));
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, self.ptr);
        let slow = self.b.create_block();
        if matches!(op, BinaryOp::Add | BinaryOp::Sub | BinaryOp::Mul) {
            let fast = self.b.create_block();
            self.branch_if_both_ints(a, b, fast, slow);
            self.b.switch_to_block(fast);
            // With x = 2a+1 and y = 2b+1: x + (y-1) = 2(a+b)+1, x - (y-1) = 2(a-b)+1,
            // (x>>1) * (y-1) + 1 = 2ab+1.
            let b_untagged = self.b.ins().iadd_imm_s(b, -INT_TAG);
            let (r, overflow) = match op {
                BinaryOp::Add => self.b.ins().sadd_overflow(a, b_untagged),
                BinaryOp::Sub => self.b.ins().ssub_overflow(a, b_untagged),
                _ => {
                    let a_value = self.b.ins().sshr_imm_s(a, 1);
                    let (p, o) = self.b.ins().smul_overflow(a_value, b_untagged);
                    (self.b.ins().iadd_imm_s(p, INT_TAG), o)
                }
            };
            self.b.ins().brif(overflow, slow, &[], done, &[r.into()]);
        } else {
            self.b.ins().jump(slow, &[]);
        }
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(types::I32, op as i64);
        let r = self
            .call(slow_fn, &[a, b, code])
            .expect("binary ops return a value");
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        result
    }

    fn compare(&mut self, op: CompareOp, a: RegId, b: RegId) -> ClifValue {
        let (a, b) = (self.var(a), self.var(b));
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, self.ptr);
        let (fast, slow) = (self.b.create_block(), self.b.create_block());
        self.branch_if_both_ints(a, b, fast, slow);
        self.b.switch_to_block(fast);
        // Tagging preserves order, so tagged words compare as their values do.
        let cc = match op {
            CompareOp::Lt => IntCC::SignedLessThan,
            CompareOp::Le => IntCC::SignedLessThanOrEqual,
            CompareOp::Eq => IntCC::Equal,
            CompareOp::Ne => IntCC::NotEqual,
            CompareOp::Gt => IntCC::SignedGreaterThan,
            CompareOp::Ge => IntCC::SignedGreaterThanOrEqual,
        };
        let cond = self.b.ins().icmp(cc, a, b);
        let r = self.bool_object(cond);
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(slow);
        let code = self.b.ins().iconst(types::I32, op as i64);
        let r = self
            .call(RuntimeFn::Compare, &[a, b, code])
            .expect("compare returns a value");
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        result
    }

    /// Truth as 1/0 (or -1 on error): True, False, None and tagged ints inline.
    fn truth(&mut self, v: RegId) -> ClifValue {
        let v = self.var(v);
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, types::I32);
        let (not_true, not_false, not_none, int_case, slow) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let one = self.b.ins().iconst(types::I32, 1);
        let zero = self.b.ins().iconst(types::I32, 0);
        let t = self.data_symbol(abi::data::TRUE);
        let is_true = self.b.ins().icmp(IntCC::Equal, v, t);
        self.b
            .ins()
            .brif(is_true, done, &[one.into()], not_true, &[]);
        self.b.switch_to_block(not_true);
        let f = self.data_symbol(abi::data::FALSE);
        let is_false = self.b.ins().icmp(IntCC::Equal, v, f);
        self.b
            .ins()
            .brif(is_false, done, &[zero.into()], not_false, &[]);
        self.b.switch_to_block(not_false);
        let n = self.data_symbol(abi::data::NONE);
        let is_none = self.b.ins().icmp(IntCC::Equal, v, n);
        self.b
            .ins()
            .brif(is_none, done, &[zero.into()], not_none, &[]);
        self.b.switch_to_block(not_none);
        let tag = self.b.ins().band_imm_s(v, INT_TAG);
        self.b.ins().brif(tag, int_case, &[], slow, &[]);
        self.b.switch_to_block(int_case);
        let nonzero = self.b.ins().icmp_imm_s(IntCC::NotEqual, v, INT_TAG);
        let nonzero = self.b.ins().uextend(types::I32, nonzero);
        self.b.ins().jump(done, &[nonzero.into()]);
        self.b.switch_to_block(slow);
        let r = self
            .call(RuntimeFn::IsTrue, &[v])
            .expect("is_true returns a status");
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        result
    }

    /// Calls `func`'s body directly when `callee` is its function object; otherwise the call
    /// goes through the object's vectorcall entry like any other.
    fn call_direct(
        &mut self,
        callee: RegId,
        func: FuncId,
        args: &[RegId],
        kwnames: Option<ir::ConstId>,
        slots: &[ArgSource],
    ) -> ClifValue {
        let callee = self.var(callee);
        let done = self.b.create_block();
        let result = self.b.append_block_param(done, self.ptr);
        let (check_type, check_code, direct, generic) = (
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
            self.b.create_block(),
        );
        let tag = self.b.ins().band_imm_s(callee, INT_TAG);
        self.b.ins().brif(tag, generic, &[], check_type, &[]);
        self.b.switch_to_block(check_type);
        let ty = self
            .b
            .ins()
            .load(self.ptr, MemFlagsData::trusted(), callee, TYPE_OFFSET);
        let function_type = self.data_symbol(abi::data::FUNCTION_TYPE);
        let is_function = self.b.ins().icmp(IntCC::Equal, ty, function_type);
        self.b
            .ins()
            .brif(is_function, check_code, &[], generic, &[]);
        self.b.switch_to_block(check_code);
        let code = self.b.ins().load(
            self.ptr,
            MemFlagsData::trusted(),
            callee,
            abi::FUNCTION_CODE_OFFSET,
        );
        let expected = self.code_info(func);
        let same = self.b.ins().icmp(IntCC::Equal, code, expected);
        self.b.ins().brif(same, direct, &[], generic, &[]);
        self.b.switch_to_block(direct);
        let mut values = Vec::with_capacity(slots.len());
        for slot in slots {
            values.push(match *slot {
                ArgSource::Arg(i) => self.var(args[i as usize]),
                ArgSource::Default(i) => {
                    let index = self.iconst(i64::from(i));
                    self.call(RuntimeFn::FunctionDefault, &[callee, index])
                        .expect("a default is a value")
                }
            });
        }
        let body = self
            .cg
            .object
            .declare_func_in_func(self.cg.direct[&func], self.b.func);
        let call = self.b.ins().call(body, &values);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(generic);
        let (array, nargs, kwnames) = self.arguments(args, kwnames);
        let r = self
            .call(RuntimeFn::Call, &[callee, array, nargs, kwnames])
            .expect("call returns a value");
        self.b.ins().jump(done, &[r.into()]);
        self.b.switch_to_block(done);
        result
    }

    // ----- terminators -----

    fn block(&self, b: ir::BlockId) -> Block {
        self.blocks[b.index()]
    }

    fn terminator(&mut self, term: &Terminator) {
        match term {
            Terminator::Jump(to) => {
                let to = self.block(*to);
                self.b.ins().jump(to, &[]);
            }
            Terminator::Branch {
                cond,
                then_block,
                else_block,
            } => {
                let c = self.var(*cond);
                let (t, e) = (self.block(*then_block), self.block(*else_block));
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            Terminator::BranchIfNull {
                value,
                null,
                non_null,
            } => {
                let v = self.var(*value);
                let (n, nn) = (self.block(*null), self.block(*non_null));
                self.b.ins().brif(v, nn, &[], n, &[]);
            }
            Terminator::OnError {
                value,
                failure,
                ok,
                error,
            } => {
                let (ok, error) = (self.block(*ok), self.block(*error));
                match failure {
                    Failure::Never => {
                        self.b.ins().jump(ok, &[]);
                    }
                    Failure::Always => {
                        self.b.ins().jump(error, &[]);
                    }
                    Failure::Null => {
                        let v = self.var(value.expect("a null-failing op has a result"));
                        self.b.ins().brif(v, ok, &[], error, &[]);
                    }
                    Failure::Negative => {
                        let v = self.var(value.expect("a status op has a result"));
                        let failed = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v, 0);
                        self.b.ins().brif(failed, error, &[], ok, &[]);
                    }
                    Failure::NullMaybeError => {
                        let v = self.var(value.expect("iteration has a result"));
                        let check = self.b.create_block();
                        self.b.ins().brif(v, ok, &[], check, &[]);
                        self.b.switch_to_block(check);
                        let occurred = self
                            .call(RuntimeFn::ErrOccurred, &[])
                            .expect("returns a flag");
                        self.b.ins().brif(occurred, error, &[], ok, &[]);
                    }
                }
            }
            Terminator::Return(r) => {
                let v = self.var(*r);
                self.leave_frame();
                match &self.generator {
                    // The value goes to StopIteration; 0 without an exception means "returned".
                    Some(frame) => {
                        let gen = frame.gen;
                        self.call(RuntimeFn::GeneratorReturn, &[gen, v]);
                        // `return` steals: the generator keeps its own reference.
                        self.decref(v, false);
                        let zero = self.iconst(0);
                        self.b.ins().return_(&[zero]);
                    }
                    None => {
                        self.b.ins().return_(&[v]);
                    }
                }
            }
            Terminator::ReturnError => {
                self.leave_frame();
                let zero = self.iconst(0);
                self.b.ins().return_(&[zero]);
            }
            Terminator::Propagate => unreachable!("the exceptions pass resolves Propagate"),
            Terminator::Unreachable => {
                self.b
                    .ins()
                    .trap(cranelift_codegen::ir::TrapCode::unwrap_user(1));
            }
        }
    }
}
