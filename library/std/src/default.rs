//! The `Default` trait for types with a default value.

/// A trait for giving a type a useful default value.
pub trait Default: Sized {
    /// Returns the "default value" for a type.
    fn default() -> Self;
}

impl Default for i8 { fn default() -> i8 { 0 } }
impl Default for i16 { fn default() -> i16 { 0 } }
impl Default for i32 { fn default() -> i32 { 0 } }
impl Default for i64 { fn default() -> i64 { 0 } }
impl Default for i128 { fn default() -> i128 { 0 } }
impl Default for isize { fn default() -> isize { 0 } }
impl Default for u8 { fn default() -> u8 { 0 } }
impl Default for u16 { fn default() -> u16 { 0 } }
impl Default for u32 { fn default() -> u32 { 0 } }
impl Default for u64 { fn default() -> u64 { 0 } }
impl Default for u128 { fn default() -> u128 { 0 } }
impl Default for usize { fn default() -> usize { 0 } }
impl Default for f32 { fn default() -> f32 { 0.0 } }
impl Default for f64 { fn default() -> f64 { 0.0 } }
impl Default for bool { fn default() -> bool { false } }
impl Default for char { fn default() -> char { '\x00' } }
impl Default for () { fn default() -> () { () } }
impl<T> Default for super::option::Option<T> {
    fn default() -> super::option::Option<T> { super::option::Option::None }
}
