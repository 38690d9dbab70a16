//! Imports of the runtime's entry points, declared from the ABI table.

use std::collections::HashMap;

use cranelift_codegen::ir::{types, AbiParam, FuncRef, Function, Signature};
use cranelift_module::{FuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use pylift_runtime::abi::{AbiType, RuntimeFn};

#[derive(Default)]
pub struct RuntimeImports {
    declared: HashMap<RuntimeFn, FuncId>,
}

fn clif_type(t: AbiType, ptr: types::Type) -> Option<types::Type> {
    match t {
        AbiType::Value | AbiType::Usize | AbiType::Ptr | AbiType::I64 => Some(ptr),
        AbiType::I32 | AbiType::U32 => Some(types::I32),
        AbiType::Void => None,
    }
}

impl RuntimeImports {
    /// A reference to `f` usable in `func`, declaring the import on first use.
    pub fn func_ref(
        &mut self,
        object: &mut ObjectModule,
        func: &mut Function,
        f: RuntimeFn,
    ) -> FuncRef {
        let id = *self.declared.entry(f).or_insert_with(|| {
            let entry = f.entry();
            let ptr = object.target_config().pointer_type();
            let mut sig = Signature::new(object.target_config().default_call_conv);
            sig.params.extend(
                entry
                    .params
                    .iter()
                    .filter_map(|&t| clif_type(t, ptr))
                    .map(AbiParam::new),
            );
            sig.returns
                .extend(clif_type(entry.ret, ptr).map(AbiParam::new));
            object
                .declare_function(entry.name, Linkage::Import, &sig)
                .expect("runtime entry names are unique")
        });
        object.declare_func_in_func(id, func)
    }
}
