//! The intermediate representation: per code object, a register machine over basic blocks
//! (DESIGN §3). Not SSA; Cranelift builds SSA from the registers.
//!
//! Architecture invariant: lowering emits no reference counting and no error checks. Ops
//! declare how they fail and what they own in [`Op::effects`]; the `exceptions` and `refcount`
//! passes insert the checks and the increfs/decrefs from that one table.

mod entity;
mod op;
mod printer;
mod verifier;

pub use entity::{BlockId, ConstId, EntityVec, FuncId, RegId};
pub use op::{
    ArgSource, AsyncOp, BinaryOp, CompareOp, Effects, Failure, Op, ResultKind, Steals, Terminator,
    UnaryOp,
};
pub use verifier::verify;

/// A whole compilation unit: the main module's code objects and constants.
#[derive(Debug, Default)]
pub struct Module {
    /// The module's `__name__`.
    pub name: String,
    /// The script path as given by the user, shown in tracebacks.
    pub path: String,
    pub source: String,
    /// `functions[FuncId(0)]` is the module body.
    pub functions: EntityVec<FuncId, Function>,
    pub constants: Constants,
}

impl Module {
    pub const BODY: FuncId = FuncId(0);
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Constant {
    Str(String),
    /// An int outside the tagged range, as decimal text.
    BigInt(String),
    /// An f64, by its bits (so constants can be hashed and deduplicated).
    Float(u64),
    /// A complex (an imaginary literal): the bits of the real and imaginary parts.
    Complex(u64, u64),
    /// A tuple of str constants: the keyword names of a call.
    KwNames(Vec<ConstId>),
    /// A bytes literal's value.
    Bytes(Vec<u8>),
}

/// The module's constant pool, deduplicated.
#[derive(Debug, Default)]
pub struct Constants {
    pub values: EntityVec<ConstId, Constant>,
    index: std::collections::HashMap<Constant, ConstId>,
}

impl Constants {
    pub fn intern(&mut self, c: Constant) -> ConstId {
        if let Some(&id) = self.index.get(&c) {
            return id;
        }
        let id = self.values.push(c.clone());
        self.index.insert(c, id);
        id
    }

    pub fn str(&mut self, s: &str) -> ConstId {
        self.intern(Constant::Str(s.to_string()))
    }

    pub fn get(&self, id: ConstId) -> &Constant {
        &self.values[id]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    ModuleBody,
    Function,
}

/// The variables of a function's code, as its `__code__` lists them (`co_varnames`,
/// `co_cellvars`, `co_freevars`), and whether it is nested in another function (`CO_NESTED`).
#[derive(Debug, Default)]
pub struct CodeNames {
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub nested: bool,
}

/// One code object.
#[derive(Debug)]
pub struct Function {
    pub name: String,
    pub qualname: String,
    pub kind: FunctionKind,
    pub first_line: u32,
    /// Parameter registers, one per slot: positional, keyword-only, `*args`, `**kwargs`.
    pub params: Vec<RegId>,
    pub signature: Signature,
    /// The tuple of cells of the free variables, passed after the parameters.
    pub closure: Option<RegId>,
    /// A generator function: calling it makes a generator whose frame holds the registers.
    pub is_generator: bool,
    /// An `async def` or asynchronous comprehension: its generator is a coroutine, or with
    /// `yield`, an asynchronous generator.
    pub is_coroutine: bool,
    /// Contains `yield` (for a coroutine: it is an asynchronous generator).
    pub has_yield: bool,
    /// What the function's `__code__` reports of its variables.
    pub names: CodeNames,
    pub regs: EntityVec<RegId, Reg>,
    pub blocks: EntityVec<BlockId, Block>,
    pub entry: BlockId,
}

impl Function {
    pub fn new(name: &str, qualname: &str, kind: FunctionKind, first_line: u32) -> Function {
        let mut blocks = EntityVec::new();
        let entry = blocks.push(Block::default());
        Function {
            name: name.into(),
            qualname: qualname.into(),
            kind,
            first_line,
            params: Vec::new(),
            signature: Signature::default(),
            closure: None,
            is_generator: false,
            is_coroutine: false,
            has_yield: false,
            names: CodeNames::default(),
            regs: EntityVec::new(),
            blocks,
            entry,
        }
    }

    pub fn new_reg(&mut self, ty: RegType, kind: RegKind) -> RegId {
        self.regs.push(Reg { ty, kind })
    }

    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default())
    }

    pub fn param_names(&self) -> Vec<&str> {
        self.params
            .iter()
            .map(|&p| match &self.regs[p].kind {
                RegKind::Param(name) => name.as_str(),
                _ => "",
            })
            .collect()
    }
}

/// The shape of a function's parameters (the slots of `Function::params`, in order).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signature {
    pub posonly: u32,
    /// Positional parameters, positional-only ones included.
    pub positional: u32,
    pub kwonly: u32,
    pub varargs: bool,
    pub varkw: bool,
}

impl Signature {
    /// Only positional parameters: a call with exactly that many positional arguments binds
    /// without the runtime's help.
    pub fn is_simple(&self) -> bool {
        self.kwonly == 0 && !self.varargs && !self.varkw
    }
}

/// What a register holds at run time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RegType {
    /// A Python value word (owned reference unless the refcount pass says otherwise).
    Object,
    /// A machine truth value, 0 or 1.
    Bool,
    /// A C-int status: 0, or -1 with an exception set.
    Status,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegKind {
    /// An expression's value, assigned once before its uses.
    Temp,
    /// A parameter: borrowed from the caller unless reassigned.
    Param(String),
    /// A local variable: may be unbound (0) on some paths.
    Local(String),
}

#[derive(Debug, Clone)]
pub struct Reg {
    pub ty: RegType,
    pub kind: RegKind,
}

impl Reg {
    /// May hold 0 while live (an unbound local, or a parameter after `del`), so decrefs must
    /// test for it.
    pub fn maybe_null(&self) -> bool {
        matches!(self.kind, RegKind::Local(_) | RegKind::Param(_))
    }
}

#[derive(Debug, Clone)]
pub struct Inst {
    pub dst: Option<RegId>,
    pub op: Op,
    /// The source line, for tracebacks.
    pub line: u32,
}

#[derive(Debug, Clone)]
pub struct Block {
    pub insts: Vec<Inst>,
    pub term: Terminator,
    /// Where an exception raised in this block goes: the innermost enclosing `try`'s handler,
    /// or (None) out of the function.
    pub handler: Option<BlockId>,
}

impl Default for Block {
    fn default() -> Block {
        Block {
            insts: Vec::new(),
            term: Terminator::Unreachable,
            handler: None,
        }
    }
}
