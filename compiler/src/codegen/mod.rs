//! IR → Cranelift → one object file for all the program's modules (DESIGN §5). One Cranelift
//! function per code object's body (the direct entry), one vectorcall entry per Python
//! function, static data for the runtime, and the C `main`.

mod data;
mod function;
mod runtime;

use std::collections::HashMap;

use cranelift_codegen::ir::{types, AbiParam, Signature, UserFuncName};
use cranelift_codegen::isa::{CallConv, OwnedTargetIsa};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataId, FuncId as ClifFuncId, Linkage, Module as _};
use cranelift_object::{ObjectBuilder, ObjectModule};
use target_lexicon::Triple;

use crate::ir::{self, FuncId};
use runtime::RuntimeImports;

/// Builds the Cranelift target for `triple`: optimising, position-independent.
pub fn make_isa(triple: &Triple) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    let set = |flags: &mut settings::Builder, k: &str, v: &str| {
        flags
            .set(k, v)
            .map_err(|e| format!("cranelift setting {k}={v}: {e}"))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "is_pic", "true")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    let builder = cranelift_codegen::isa::lookup(triple.clone())
        .map_err(|e| format!("no code generator for {triple}: {e}"))?;
    builder
        .finish(settings::Flags::new(flags))
        .map_err(|e| format!("cannot configure the code generator for {triple}: {e}"))
}

/// What `compile` produces besides the object: the Cranelift IR text, when asked for.
pub struct Output {
    pub object: Vec<u8>,
    pub clif: Option<String>,
}

/// Compiles the program's modules (after the passes; the script's first) into one object file
/// for `isa`. The C `main` hands the runtime the script's module and a table of the others,
/// which `import` runs when they are first imported.
pub fn compile(
    modules: &[ir::Module],
    isa: OwnedTargetIsa,
    want_clif: bool,
) -> Result<Output, String> {
    let (script, imported) = modules
        .split_first()
        .expect("a program has at least its script");
    let builder = ObjectBuilder::new(
        isa,
        script.name.as_bytes().to_vec(),
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| format!("cannot create the object file: {e}"))?;
    let mut object = ObjectModule::new(builder);
    let mut symbols = Vec::with_capacity(modules.len());
    for (index, module) in modules.iter().enumerate() {
        symbols.push(declare_module(&mut object, module, &symbol_prefix(index))?);
    }
    let script_info = symbols[0].data.module;
    let imported_infos: Vec<_> = symbols[1..].iter().map(|s| s.data.module).collect();
    let module_table = data::emit_module_table(&mut object, &imported_infos)?;
    let mut symbols = symbols.into_iter();
    let script_symbols = symbols.next().expect("declared above");
    let mut cg = Codegen {
        object,
        runtime: RuntimeImports::default(),
        direct: script_symbols.direct,
        vectorcall: script_symbols.vectorcall,
        resume: script_symbols.resume,
        data: script_symbols.data,
        clif: want_clif.then(String::new),
    };
    let mut ctx = cg.object.make_context();
    let mut fctx = FunctionBuilderContext::new();
    cg.define_module(script, &mut ctx, &mut fctx)?;
    for (module, module_symbols) in imported.iter().zip(symbols) {
        cg.enter(module_symbols);
        cg.define_module(module, &mut ctx, &mut fctx)?;
    }
    cg.define_main(
        script_info,
        module_table,
        imported.len(),
        &mut ctx,
        &mut fctx,
    )?;
    let product = cg.object.finish();
    let object = product
        .emit()
        .map_err(|e| format!("cannot write the object file: {e}"))?;
    Ok(Output {
        object,
        clif: cg.clif,
    })
}

/// The start of the names of a module's symbols: each module has its own functions, constants,
/// globals and caches. The script's keep the plain `pl_` names.
fn symbol_prefix(module_index: usize) -> String {
    if module_index == 0 {
        "pl_".to_string()
    } else {
        format!("pl_m{module_index}_")
    }
}

/// What one module's code refers to: its functions and its static data.
struct ModuleSymbols {
    direct: FunctionIds,
    vectorcall: FunctionIds,
    resume: FunctionIds,
    data: data::DataIds,
}

fn declare_module(
    object: &mut ObjectModule,
    module: &ir::Module,
    prefix: &str,
) -> Result<ModuleSymbols, String> {
    let (direct, vectorcall) = declare_functions(object, module, prefix)?;
    let resume = declare_resume_functions(object, module, prefix)?;
    let sites = function::CacheSites::of(module);
    let data = data::emit(object, module, prefix, &direct, sites)?;
    Ok(ModuleSymbols {
        direct,
        vectorcall,
        resume,
        data,
    })
}

fn body_signature(object: &ObjectModule, func: &ir::Function) -> Signature {
    let ptr = object.target_config().pointer_type();
    let mut sig = Signature::new(object.target_config().default_call_conv);
    sig.params.extend(
        func.params
            .iter()
            .chain(&func.closure)
            .map(|_| AbiParam::new(ptr)),
    );
    sig.returns.push(AbiParam::new(ptr));
    sig
}

fn vectorcall_signature(object: &ObjectModule) -> Signature {
    let ptr = object.target_config().pointer_type();
    let mut sig = Signature::new(object.target_config().default_call_conv);
    sig.params.extend([AbiParam::new(ptr); 4]);
    sig.returns.push(AbiParam::new(ptr));
    sig
}

type FunctionIds = HashMap<FuncId, ClifFuncId>;

/// Declares each code object's body and, for Python functions, its vectorcall entry.
fn declare_functions(
    object: &mut ObjectModule,
    module: &ir::Module,
    prefix: &str,
) -> Result<(FunctionIds, FunctionIds), String> {
    let (mut direct, mut vectorcall) = (HashMap::new(), HashMap::new());
    for (id, func) in module.functions.iter() {
        let sig = body_signature(object, func);
        let f = object
            .declare_function(&format!("{prefix}f{}", id.0), Linkage::Local, &sig)
            .map_err(|e| e.to_string())?;
        direct.insert(id, f);
        if func.kind == ir::FunctionKind::Function {
            let sig = vectorcall_signature(object);
            let f = object
                .declare_function(&format!("{prefix}f{}_vc", id.0), Linkage::Local, &sig)
                .map_err(|e| e.to_string())?;
            vectorcall.insert(id, f);
        }
    }
    Ok((direct, vectorcall))
}

/// `resume(generator, sent) -> value` for each generator function.
fn declare_resume_functions(
    object: &mut ObjectModule,
    module: &ir::Module,
    prefix: &str,
) -> Result<FunctionIds, String> {
    let ptr = object.target_config().pointer_type();
    let mut sig = Signature::new(object.target_config().default_call_conv);
    sig.params.extend([AbiParam::new(ptr); 2]);
    sig.returns.push(AbiParam::new(ptr));
    let mut resume = HashMap::new();
    for (id, func) in module.functions.iter() {
        if func.is_generator {
            let f = object
                .declare_function(&format!("{prefix}f{}_resume", id.0), Linkage::Local, &sig)
                .map_err(|e| e.to_string())?;
            resume.insert(id, f);
        }
    }
    Ok(resume)
}

/// Translates the modules one after the other; the function and data ids are those of the
/// module being translated.
pub(crate) struct Codegen {
    object: ObjectModule,
    runtime: RuntimeImports,
    direct: HashMap<FuncId, ClifFuncId>,
    vectorcall: HashMap<FuncId, ClifFuncId>,
    /// Generator functions' resume functions.
    resume: HashMap<FuncId, ClifFuncId>,
    data: data::DataIds,
    clif: Option<String>,
}

impl Codegen {
    fn pointer(&self) -> types::Type {
        self.object.target_config().pointer_type()
    }

    fn call_conv(&self) -> CallConv {
        self.object.target_config().default_call_conv
    }

    /// Makes `symbols` those the following translations refer to.
    fn enter(&mut self, symbols: ModuleSymbols) {
        self.direct = symbols.direct;
        self.vectorcall = symbols.vectorcall;
        self.resume = symbols.resume;
        self.data = symbols.data;
    }

    /// Translates every code object of `module`.
    fn define_module(
        &mut self,
        module: &ir::Module,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        let mut cache_sites = function::CacheSites::default();
        for (id, func) in module.functions.iter() {
            self.define_body(module, id, func, ctx, fctx, &mut cache_sites)?;
            if func.kind == ir::FunctionKind::Function {
                self.define_vectorcall(id, func, ctx, fctx)?;
            }
        }
        Ok(())
    }

    fn finish_function(
        &mut self,
        id: ClifFuncId,
        name: &str,
        ctx: &mut Context,
    ) -> Result<(), String> {
        if let Some(text) = &mut self.clif {
            text.push_str(&format!("; {name}\n{}\n", ctx.func.display()));
        }
        self.object
            .define_function(id, ctx)
            .map_err(|e| format!("code generation failed for {name}: {e:?}"))?;
        self.object.clear_context(ctx);
        Ok(())
    }

    fn define_body(
        &mut self,
        module: &ir::Module,
        id: FuncId,
        func: &ir::Function,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
        cache_sites: &mut function::CacheSites,
    ) -> Result<(), String> {
        ctx.func.signature = body_signature(&self.object, func);
        ctx.func.name = UserFuncName::user(0, id.0);
        if let Some(&resume) = self.resume.get(&id) {
            {
                let builder = FunctionBuilder::new(&mut ctx.func, fctx);
                function::FunctionTranslator::new(self, module, id, func, builder, cache_sites)
                    .translate_generator_constructor(resume);
            }
            let clif_id = self.direct[&id];
            self.finish_function(clif_id, &func.qualname, ctx)?;
            let ptr = self.pointer();
            let mut sig = Signature::new(self.call_conv());
            sig.params.extend([AbiParam::new(ptr); 2]);
            sig.returns.push(AbiParam::new(ptr));
            ctx.func.signature = sig;
            ctx.func.name = UserFuncName::user(3, id.0);
            {
                let builder = FunctionBuilder::new(&mut ctx.func, fctx);
                function::FunctionTranslator::new(self, module, id, func, builder, cache_sites)
                    .translate_resume();
            }
            return self.finish_function(resume, &format!("{} (resume)", func.qualname), ctx);
        }
        {
            let builder = FunctionBuilder::new(&mut ctx.func, fctx);
            function::FunctionTranslator::new(self, module, id, func, builder, cache_sites)
                .translate();
        }
        let clif_id = self.direct[&id];
        self.finish_function(clif_id, &func.qualname, ctx)
    }

    /// The vectorcall entry: binds the arguments to the parameter slots (inline when they are
    /// exactly the positional parameters, through the runtime otherwise) and calls the body.
    fn define_vectorcall(
        &mut self,
        id: FuncId,
        func: &ir::Function,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        use cranelift_codegen::ir::{
            condcodes::IntCC, InstBuilder, MemFlagsData, StackSlotData, StackSlotKind,
        };
        use pylift_runtime::abi::{RuntimeFn, FUNCTION_CLOSURE_OFFSET};
        ctx.func.signature = vectorcall_signature(&self.object);
        ctx.func.name = UserFuncName::user(1, id.0);
        let ptr = self.pointer();
        let nslots = func.params.len();
        let body = self
            .object
            .declare_func_in_func(self.direct[&id], &mut ctx.func);
        let bind = self
            .runtime
            .func_ref(&mut self.object, &mut ctx.func, RuntimeFn::BindArgs);
        let release = self
            .runtime
            .func_ref(&mut self.object, &mut ctx.func, RuntimeFn::Release);
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let [callable, args, nargs, kwnames] = b.block_params(entry).try_into().unwrap();
        let closure = func.closure.map(|_| {
            b.ins().load(
                ptr,
                MemFlagsData::trusted(),
                callable,
                FUNCTION_CLOSURE_OFFSET,
            )
        });
        let bind_block = b.create_block();
        if func.signature.is_simple() {
            let direct_block = b.create_block();
            let arity_ok = b.ins().icmp_imm_s(IntCC::Equal, nargs, nslots as i64);
            let no_keywords = b.ins().icmp_imm_s(IntCC::Equal, kwnames, 0);
            let ok = b.ins().band(arity_ok, no_keywords);
            b.ins().brif(ok, direct_block, &[], bind_block, &[]);
            b.switch_to_block(direct_block);
            let mut loaded: Vec<_> = (0..nslots)
                .map(|i| {
                    b.ins()
                        .load(ptr, MemFlagsData::trusted(), args, (i * 8) as i32)
                })
                .collect();
            loaded.extend(closure);
            let call = b.ins().call(body, &loaded);
            let result = b.inst_results(call)[0];
            b.ins().return_(&[result]);
        } else {
            b.ins().jump(bind_block, &[]);
        }
        b.switch_to_block(bind_block);
        let slots = b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            (nslots.max(1) * 8) as u32,
            3,
        ));
        let slots_addr = b.ins().stack_addr(ptr, slots, 0);
        let status = b
            .ins()
            .call(bind, &[callable, args, nargs, kwnames, slots_addr]);
        let status = b.inst_results(status)[0];
        let failed = b.ins().icmp_imm_s(IntCC::SignedLessThan, status, 0);
        let (fail_block, call_block) = (b.create_block(), b.create_block());
        b.ins().brif(failed, fail_block, &[], call_block, &[]);
        b.switch_to_block(fail_block);
        let zero = b.ins().iconst(ptr, 0);
        b.ins().return_(&[zero]);
        b.switch_to_block(call_block);
        let mut loaded: Vec<_> = (0..nslots)
            .map(|i| b.ins().stack_load(ptr, ptr, slots, (i * 8) as i32))
            .collect();
        loaded.extend(closure);
        let call = b.ins().call(body, &loaded);
        let result = b.inst_results(call)[0];
        // The body borrowed the bound arguments; the references were the binder's.
        let count = b.ins().iconst(ptr, nslots as i64);
        b.ins().call(release, &[slots_addr, count]);
        b.ins().return_(&[result]);
        b.seal_all_blocks();
        b.finalize(self.object.target_config());
        let clif_id = self.vectorcall[&id];
        self.finish_function(clif_id, &format!("{} (vectorcall)", func.qualname), ctx)
    }

    /// `int main(int argc, char **argv)`: hands the script's module and the table of the
    /// `imported_count` imported modules to the runtime.
    fn define_main(
        &mut self,
        script_info: DataId,
        module_table: DataId,
        imported_count: usize,
        ctx: &mut Context,
        fctx: &mut FunctionBuilderContext,
    ) -> Result<(), String> {
        use cranelift_codegen::ir::InstBuilder;
        let ptr = self.pointer();
        let mut sig = Signature::new(self.call_conv());
        sig.params.push(AbiParam::new(types::I32));
        sig.params.push(AbiParam::new(ptr));
        sig.returns.push(AbiParam::new(types::I32));
        let main = self
            .object
            .declare_function("main", Linkage::Export, &sig)
            .map_err(|e| e.to_string())?;
        ctx.func.signature = sig;
        ctx.func.name = UserFuncName::user(2, 0);
        let run = self.runtime.func_ref(
            &mut self.object,
            &mut ctx.func,
            pylift_runtime::abi::RuntimeFn::Main,
        );
        let module_gv = self.object.declare_data_in_func(script_info, &mut ctx.func);
        let table_gv = self
            .object
            .declare_data_in_func(module_table, &mut ctx.func);
        let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let (argc, argv) = (b.block_params(entry)[0], b.block_params(entry)[1]);
        let module = b.ins().symbol_value(ptr, module_gv);
        let table = b.ins().symbol_value(ptr, table_gv);
        let count = b.ins().iconst(ptr, imported_count as i64);
        let call = b.ins().call(run, &[argc, argv, module, table, count]);
        let status = b.inst_results(call)[0];
        b.ins().return_(&[status]);
        b.seal_all_blocks();
        b.finalize(self.object.target_config());
        self.finish_function(main, "main", ctx)
    }
}
