//! The `Clone` trait for types that cannot be implicitly copied.
//!
//! rac builds in the clone of primitive types and of types that derive `Clone` (a copy, as
//! rac has no types owning heap memory yet); a program's own `impl Clone` is called as written.

/// A common trait for the ability to explicitly duplicate an object.
pub trait Clone: Sized {
    /// Returns a copy of the value.
    fn clone(&self) -> Self;
}
