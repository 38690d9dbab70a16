//! The static data generated code and the runtime share: strings, constant descriptions, code
//! and module records (their layouts are `pylift_runtime::module`'s), caches and slots.

use std::collections::HashMap;

use cranelift_module::{DataDescription, DataId, FuncId as ClifFuncId, Linkage, Module};
use cranelift_object::ObjectModule;
use pylift_runtime::module::{CodeInfo, ConstKind};

use crate::ir::{self, Constant, FuncId};

/// Ids of the data objects functions refer to.
pub struct DataIds {
    pub module: DataId,
    pub consts: DataId,
    pub global_caches: DataId,
    /// The attribute sites' `AttrCache` records.
    pub attr_caches: DataId,
    /// The module's globals slot (a Value word holding the dict).
    pub globals: DataId,
    pub code_infos: HashMap<FuncId, DataId>,
}

/// Collects text (and the bytes of bytes literals) into one read-only blob, addressed by
/// (offset, length).
#[derive(Default)]
struct Strings {
    bytes: Vec<u8>,
    offsets: HashMap<Vec<u8>, usize>,
}

impl Strings {
    fn add(&mut self, s: &str) -> (usize, usize) {
        self.add_bytes(s.as_bytes())
    }

    fn add_bytes(&mut self, b: &[u8]) -> (usize, usize) {
        if let Some(&off) = self.offsets.get(b) {
            return (off, b.len());
        }
        let off = self.bytes.len();
        self.bytes.extend_from_slice(b);
        self.offsets.insert(b.to_vec(), off);
        (off, b.len())
    }
}

/// A data object being laid out word by word, with relocations.
struct Words {
    words: Vec<u64>,
    data_relocs: Vec<(usize, DataId, i64)>,
    func_relocs: Vec<(usize, ClifFuncId)>,
}

impl Words {
    fn new() -> Words {
        Words {
            words: Vec::new(),
            data_relocs: Vec::new(),
            func_relocs: Vec::new(),
        }
    }

    fn word(&mut self, w: u64) {
        self.words.push(w);
    }

    fn data_addr(&mut self, data: DataId, addend: usize) {
        self.data_relocs
            .push((self.words.len(), data, addend as i64));
        self.words.push(0);
    }

    fn func_addr(&mut self, f: ClifFuncId) {
        self.func_relocs.push((self.words.len(), f));
        self.words.push(0);
    }

    /// A `StrRef`: pointer into the string blob, then length.
    fn str_ref(&mut self, blob: DataId, (off, len): (usize, usize)) {
        self.data_addr(blob, off);
        self.word(len as u64);
    }

    fn define(self, object: &mut ObjectModule, id: DataId) -> Result<(), String> {
        let mut desc = DataDescription::new();
        let mut bytes: Vec<u8> = self.words.iter().flat_map(|w| w.to_le_bytes()).collect();
        if bytes.is_empty() {
            bytes.resize(8, 0);
        }
        desc.define(bytes.into_boxed_slice());
        desc.set_align(8);
        for (index, data, addend) in self.data_relocs {
            let gv = object.declare_data_in_data(data, &mut desc);
            desc.write_data_addr((index * 8) as u32, gv, addend);
        }
        for (index, f) in self.func_relocs {
            let fr = object.declare_func_in_data(f, &mut desc);
            desc.write_function_addr((index * 8) as u32, fr);
        }
        object.define_data(id, &desc).map_err(|e| e.to_string())
    }
}

fn declare(object: &mut ObjectModule, name: &str, writable: bool) -> Result<DataId, String> {
    object
        .declare_data(name, Linkage::Local, writable, false)
        .map_err(|e| e.to_string())
}

fn define_zeroed(object: &mut ObjectModule, id: DataId, size: usize) -> Result<(), String> {
    let mut desc = DataDescription::new();
    desc.define_zeroinit(size.max(8));
    desc.set_align(8);
    object.define_data(id, &desc).map_err(|e| e.to_string())
}

/// Emits all static data of `module`, its symbols' names starting with `prefix`; `direct` are
/// the body functions' ids.
pub fn emit(
    object: &mut ObjectModule,
    module: &ir::Module,
    prefix: &str,
    direct: &HashMap<FuncId, ClifFuncId>,
    cache_sites: super::function::CacheSites,
) -> Result<DataIds, String> {
    let mut strings = Strings::default();
    let blob = declare(object, &format!("{prefix}strings"), false)?;
    let module_info = declare(object, &format!("{prefix}module"), false)?;
    let const_descs = declare(object, &format!("{prefix}const_descs"), false)?;
    let tuple_indices = declare(object, &format!("{prefix}const_tuples"), false)?;
    let consts = declare(object, &format!("{prefix}consts"), true)?;
    let globals = declare(object, &format!("{prefix}globals"), true)?;
    let global_caches = declare(object, &format!("{prefix}global_caches"), true)?;
    let attr_caches = declare(object, &format!("{prefix}attr_caches"), true)?;

    // Constants.
    let mut descs = Words::new();
    let mut tuples = Words::new();
    for c in module.constants.values.values() {
        match c {
            Constant::Str(s) => {
                descs.word(ConstKind::Str as u64);
                descs.str_ref(blob, strings.add(s));
            }
            Constant::BigInt(text) => {
                descs.word(ConstKind::BigInt as u64);
                descs.str_ref(blob, strings.add(text));
            }
            Constant::Float(bits) => {
                descs.word(ConstKind::Float as u64);
                descs.word(0);
                descs.word(*bits);
            }
            Constant::Complex(re, im) => {
                descs.word(ConstKind::Complex as u64);
                descs.word(*re);
                descs.word(*im);
            }
            Constant::Bytes(b) => {
                descs.word(ConstKind::Bytes as u64);
                descs.str_ref(blob, strings.add_bytes(b));
            }
            Constant::KwNames(names) => {
                descs.word(ConstKind::Tuple as u64);
                descs.data_addr(tuple_indices, tuples.words.len() * 8);
                descs.word(names.len() as u64);
                for n in names {
                    tuples.word(n.0 as u64);
                }
            }
        }
    }
    descs.define(object, const_descs)?;
    tuples.define(object, tuple_indices)?;
    define_zeroed(object, consts, 8 * module.constants.values.len())?;
    define_zeroed(object, globals, 8)?;
    define_zeroed(object, global_caches, 24 * cache_sites.global)?;
    define_zeroed(
        object,
        attr_caches,
        super::function::ATTR_CACHE_SIZE * cache_sites.attr,
    )?;

    // Code objects.
    let mut code_infos = HashMap::new();
    for (id, func) in module.functions.iter() {
        let info = declare(object, &format!("{prefix}code{}", id.0), false)?;
        let mut name_arrays = Vec::new();
        for (what, names) in [
            ("params", func.param_names()),
            ("varnames", strs(&func.names.varnames)),
            ("cellvars", strs(&func.names.cellvars)),
            ("freevars", strs(&func.names.freevars)),
        ] {
            let array = declare(object, &format!("{prefix}code{}_{what}", id.0), false)?;
            let mut words = Words::new();
            for name in &names {
                words.str_ref(blob, strings.add(name));
            }
            words.define(object, array)?;
            name_arrays.push((names.len(), array));
        }
        let params = name_arrays[0].1;
        let mut w = Words::new();
        w.str_ref(blob, strings.add(&func.name));
        w.str_ref(blob, strings.add(&func.qualname));
        w.data_addr(module_info, 0);
        w.word(func.first_line as u64);
        w.word(func.params.len() as u64);
        w.data_addr(params, 0);
        let sig = func.signature;
        w.word(sig.posonly as u64);
        w.word(sig.positional as u64);
        w.word(sig.kwonly as u64);
        w.word(
            (sig.varargs as u64 * CodeInfo::VARARGS)
                | (sig.varkw as u64 * CodeInfo::VARKEYWORDS)
                | (func.is_coroutine as u64 * CodeInfo::COROUTINE)
                | ((func.is_coroutine && func.has_yield) as u64 * CodeInfo::ASYNC_GENERATOR)
                | ((func.has_yield && !func.is_coroutine) as u64 * CodeInfo::GENERATOR)
                | (func.names.nested as u64 * CodeInfo::NESTED),
        );
        if func.is_generator {
            let slots = declare(object, &format!("{prefix}code{}_resume_slots", id.0), false)?;
            resume_slots(func).define(object, slots)?;
            w.data_addr(slots, 0);
        } else {
            w.word(0);
        }
        for &(count, array) in &name_arrays[1..] {
            w.word(count as u64);
            w.data_addr(array, 0);
        }
        w.define(object, info)?;
        code_infos.insert(id, info);
    }

    // The module record, in `ModuleInfo`'s field order.
    let mut m = Words::new();
    m.str_ref(blob, strings.add(&module.name));
    m.str_ref(blob, strings.add(&module.path));
    m.str_ref(blob, strings.add(&module.source));
    m.word(module.constants.values.len() as u64);
    m.data_addr(const_descs, 0);
    m.data_addr(consts, 0);
    m.data_addr(globals, 0);
    m.func_addr(direct[&ir::Module::BODY]);
    m.define(object, module_info)?;

    let mut desc = DataDescription::new();
    let mut bytes = std::mem::take(&mut strings.bytes);
    if bytes.is_empty() {
        bytes.push(0);
    }
    desc.define(bytes.into_boxed_slice());
    object.define_data(blob, &desc).map_err(|e| e.to_string())?;

    Ok(DataIds {
        module: module_info,
        consts,
        global_caches,
        attr_caches,
        globals,
        code_infos,
    })
}

fn strs(names: &[String]) -> Vec<&str> {
    names.iter().map(String::as_str).collect()
}

/// `CodeInfo::resume_slots` of a generator function: the number of resume labels, then for
/// label 0 (not started: the arguments' slots), each resume label and one past the last, the
/// index where its slots start, then the slots.
fn resume_slots(func: &ir::Function) -> Words {
    let arguments: Vec<ir::RegId> = func.params.iter().chain(&func.closure).copied().collect();
    let tables: Vec<Vec<ir::RegId>> = std::iter::once(arguments)
        .chain(crate::passes::owned_at_yields(func))
        .collect();
    let mut w = Words::new();
    w.word(tables.len() as u64 - 1);
    let mut start = tables.len() + 2;
    for table in &tables {
        w.word(start as u64);
        start += table.len();
    }
    w.word(start as u64);
    for r in tables.iter().flatten() {
        w.word(r.index() as u64);
    }
    w
}

/// The array of the imported modules' `ModuleInfo` addresses that the C `main` hands the
/// runtime, which finds modules there when they are first imported.
pub fn emit_module_table(object: &mut ObjectModule, modules: &[DataId]) -> Result<DataId, String> {
    let table = declare(object, "pl_modules", false)?;
    let mut words = Words::new();
    for &module in modules {
        words.data_addr(module, 0);
    }
    words.define(object, table)?;
    Ok(table)
}
