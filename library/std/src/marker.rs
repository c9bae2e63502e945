//! Primitive traits and types representing basic properties of types.

/// Types with a constant size known at compile time.
pub trait Sized {}

/// Types whose values can be duplicated simply by copying bits.
pub trait Copy: Clone {}

/// Types that can be transferred across thread boundaries.
pub trait Send {}

/// Types for which it is safe to share references between threads.
pub trait Sync {}
