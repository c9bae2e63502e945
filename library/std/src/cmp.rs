//! Utilities for comparing and ordering values.
//!
//! rac builds in `==` and `<` on primitive types and on types that derive `PartialEq`; these
//! traits are what bounds name.

/// Trait for comparisons using the equality operator.
pub trait PartialEq<Rhs = Self> {
    /// Tests for `self` and `other` values to be equal.
    fn eq(&self, other: &Rhs) -> bool;

    /// Tests for `!=`.
    fn ne(&self, other: &Rhs) -> bool {
        !self.eq(other)
    }
}

/// Trait for comparisons corresponding to equivalence relations.
pub trait Eq: PartialEq {}

/// The result of a comparison between two values.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Ordering {
    /// An ordering where a compared value is less than another.
    Less = -1,
    /// An ordering where a compared value is equal to another.
    Equal = 0,
    /// An ordering where a compared value is greater than another.
    Greater = 1,
}

/// Trait for types that form a partial order.
pub trait PartialOrd<Rhs = Self>: PartialEq<Rhs> {}

/// Trait for types that form a total order.
pub trait Ord: Eq + PartialOrd {}

/// Compares and returns the maximum of two values (the second if they are equal).
pub fn max<T: Ord>(v1: T, v2: T) -> T {
    if v1 > v2 { v1 } else { v2 }
}

/// Compares and returns the minimum of two values (the first if they are equal).
pub fn min<T: Ord>(v1: T, v2: T) -> T {
    if v1 <= v2 { v1 } else { v2 }
}
