//! Dense `u32` ids and the vectors they index (cranelift-entity style).

use std::marker::PhantomData;

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        pub struct $name(pub u32);

        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl From<usize> for $name {
            fn from(i: usize) -> $name {
                $name(u32::try_from(i).expect("entity index fits u32"))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }
    };
}

entity!(/// A basic block of a function.
    BlockId, "bb");
entity!(/// A register of a function.
    RegId, "r");
entity!(/// A code object of a module.
    FuncId, "f");
entity!(/// A module constant.
    ConstId, "c");

/// A vector indexed by an entity id.
#[derive(Debug, Clone)]
pub struct EntityVec<K, V> {
    items: Vec<V>,
    key: PhantomData<K>,
}

impl<K, V> Default for EntityVec<K, V> {
    fn default() -> Self {
        EntityVec {
            items: Vec::new(),
            key: PhantomData,
        }
    }
}

impl<K: From<usize> + Copy, V> EntityVec<K, V> {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, v: V) -> K {
        self.items.push(v);
        K::from(self.items.len() - 1)
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn keys(&self) -> impl Iterator<Item = K> + use<K, V> {
        (0..self.items.len()).map(K::from)
    }

    pub fn iter(&self) -> impl Iterator<Item = (K, &V)> {
        self.items.iter().enumerate().map(|(i, v)| (K::from(i), v))
    }

    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.items.iter()
    }
}

impl<K: Into<usize>, V> std::ops::Index<K> for EntityVec<K, V> {
    type Output = V;
    fn index(&self, k: K) -> &V {
        &self.items[k.into()]
    }
}

impl<K: Into<usize>, V> std::ops::IndexMut<K> for EntityVec<K, V> {
    fn index_mut(&mut self, k: K) -> &mut V {
        &mut self.items[k.into()]
    }
}

macro_rules! into_usize {
    ($($name:ident),*) => {$(
        impl From<$name> for usize {
            fn from(id: $name) -> usize {
                id.0 as usize
            }
        }
    )*};
}
into_usize!(BlockId, RegId, FuncId, ConstId);
