//! Binary and unary operators with CPython's dispatch: the left operand's slot, then the right
//! operand's, then sequence concatenation and repetition, then TypeError.

use crate::errors::{self, PyResult};
use crate::object::Ref;
use crate::objects::sequence::repeat_count;
use crate::objects::singletons::is_not_implemented;
use crate::objects::type_object::{BinaryFn, NumberSlots, UnaryFn};
use crate::ops::type_of;
use crate::value::Value;

/// Binary operators; the discriminants are the IR's and generated code passes them as is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum BinaryOp {
    Add = 0,
    Sub = 1,
    Mul = 2,
    TrueDiv = 3,
    FloorDiv = 4,
    Mod = 5,
    Pow = 6,
    LShift = 7,
    RShift = 8,
    BitAnd = 9,
    BitOr = 10,
    BitXor = 11,
    MatMul = 12,
}

impl BinaryOp {
    pub const ALL: [BinaryOp; 13] = [
        BinaryOp::Add,
        BinaryOp::Sub,
        BinaryOp::Mul,
        BinaryOp::TrueDiv,
        BinaryOp::FloorDiv,
        BinaryOp::Mod,
        BinaryOp::Pow,
        BinaryOp::LShift,
        BinaryOp::RShift,
        BinaryOp::BitAnd,
        BinaryOp::BitOr,
        BinaryOp::BitXor,
        BinaryOp::MatMul,
    ];

    pub fn from_code(code: u32) -> Option<BinaryOp> {
        BinaryOp::ALL.get(code as usize).copied()
    }

    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::TrueDiv => "/",
            BinaryOp::FloorDiv => "//",
            BinaryOp::Mod => "%",
            BinaryOp::Pow => "** or pow()",
            BinaryOp::LShift => "<<",
            BinaryOp::RShift => ">>",
            BinaryOp::BitAnd => "&",
            BinaryOp::BitOr => "|",
            BinaryOp::BitXor => "^",
            BinaryOp::MatMul => "@",
        }
    }

    fn slot(self, n: &NumberSlots) -> Option<BinaryFn> {
        match self {
            BinaryOp::Add => n.add,
            BinaryOp::Sub => n.sub,
            BinaryOp::Mul => n.mul,
            BinaryOp::TrueDiv => n.truediv,
            BinaryOp::FloorDiv => n.floordiv,
            BinaryOp::Mod => n.rem,
            BinaryOp::Pow => n.pow,
            BinaryOp::LShift => n.lshift,
            BinaryOp::RShift => n.rshift,
            BinaryOp::BitAnd => n.and,
            BinaryOp::BitOr => n.or,
            BinaryOp::BitXor => n.xor,
            BinaryOp::MatMul => n.matmul,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u32)]
pub enum UnaryOp {
    Neg = 0,
    Pos = 1,
    Invert = 2,
}

impl UnaryOp {
    pub fn from_code(code: u32) -> Option<UnaryOp> {
        [UnaryOp::Neg, UnaryOp::Pos, UnaryOp::Invert]
            .get(code as usize)
            .copied()
    }

    fn slot(self, n: &NumberSlots) -> Option<UnaryFn> {
        match self {
            UnaryOp::Neg => n.neg,
            UnaryOp::Pos => n.pos,
            UnaryOp::Invert => n.invert,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            UnaryOp::Neg => "unary -",
            UnaryOp::Pos => "unary +",
            UnaryOp::Invert => "unary ~",
        }
    }
}

pub fn binary_op(a: Value, b: Value, op: BinaryOp) -> PyResult<Ref> {
    binary_op_as(a, b, op, "")
}

/// `a op= b`: lists and bytearrays extend and repeat in place; everything else falls back to
/// `a op b`.
pub fn inplace_op(a: Value, b: Value, op: BinaryOp) -> PyResult<Ref> {
    // A class's `__iop__` first, also when it derives from set or list.
    if let Some(r) = crate::objects::class::inplace_dunder(a, b, op)? {
        return Ok(r);
    }
    if crate::objects::set::is_set(a) {
        let r = crate::objects::set::inplace_op(a, b, op)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    if crate::objects::bytearray::is_bytearray(a) {
        match op {
            BinaryOp::Add => return crate::objects::bytearray::inplace_concat(a, b),
            BinaryOp::Mul => {
                if let Some(n) = repeat_count(b) {
                    return crate::objects::bytearray::inplace_repeat(a, n);
                }
            }
            _ => {}
        }
    }
    if crate::objects::deque::is_deque(a) {
        if let Some(r) = crate::objects::deque::inplace_op(a, b, op)? {
            return Ok(r);
        }
    }
    if crate::objects::list::is_list(a) {
        match op {
            BinaryOp::Add => {
                crate::objects::list::extend(a, b)?;
                return Ok(Ref::new(a));
            }
            BinaryOp::Mul => {
                if let Some(n) = repeat_count(b) {
                    crate::objects::list::repeat_in_place(a, n);
                    return Ok(Ref::new(a));
                }
            }
            _ => {}
        }
    }
    binary_op_as(a, b, op, "=")
}

/// `suffix` is "=" for augmented assignment, whose TypeError names the operator as `+=`.
fn binary_op_as(a: Value, b: Value, op: BinaryOp, suffix: &str) -> PyResult<Ref> {
    let (ta, tb) = (type_of(a), type_of(b));
    let left = op.slot(ta.number);
    // The right operand's slot is tried only when its type differs (CPython's binary_op1).
    let right = if std::ptr::eq(ta, tb) {
        None
    } else {
        op.slot(tb.number)
    };
    // A subclass of the left operand's type that overrides the operator goes first.
    let order = if right.is_some() && tb.is_subtype(ta) {
        [right, left]
    } else {
        [left, right]
    };
    for slot in order.into_iter().flatten() {
        let r = slot(a, b)?;
        if !is_not_implemented(&r) {
            return Ok(r);
        }
    }
    match op {
        BinaryOp::Add => {
            if let Some(concat) = ta.concat {
                return concat(a, b);
            }
        }
        BinaryOp::Mul => {
            if let Some(repeat) = ta.repeat {
                return repeat_by(a, b, repeat);
            }
            if let Some(repeat) = tb.repeat {
                return repeat_by(b, a, repeat);
            }
        }
        _ => {}
    }
    Err(errors::type_error(format!(
        "unsupported operand type(s) for {}{suffix}: '{}' and '{}'",
        op.symbol(),
        ta.name,
        tb.name
    )))
}

fn repeat_by(seq: Value, count: Value, repeat: fn(Value, i64) -> PyResult<Ref>) -> PyResult<Ref> {
    if repeat_count(count).is_none()
        && type_of(count).is_heap()
        && crate::objects::method_args::has_special(count, "__index__", false)?
    {
        // An instance of a class with `__index__`.
        let n = crate::objects::method_args::to_index(count, |_| String::new())?;
        return repeat_by(seq, n.value(), repeat);
    }
    match repeat_count(count) {
        Some(n) => repeat(seq, n),
        None => Err(errors::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_of(count).name
        ))),
    }
}

pub fn unary_op(a: Value, op: UnaryOp) -> PyResult<Ref> {
    let ty = type_of(a);
    match op.slot(ty.number) {
        Some(f) => f(a),
        None => Err(errors::type_error(format!(
            "bad operand type for {}: '{}'",
            op.symbol(),
            ty.name
        ))),
    }
}
