//! Traits for conversions between types.

/// Used to do value-to-value conversions while consuming the input value.
pub trait From<T>: Sized {
    /// Converts to this type from the input type.
    fn from(value: T) -> Self;
}

/// A value-to-value conversion that consumes the input value; the opposite of `From`.
pub trait Into<T>: Sized {
    /// Converts this type into the (usually inferred) input type.
    fn into(self) -> T;
}

impl<T> From<T> for T {
    fn from(t: T) -> T {
        t
    }
}

impl<T, U: From<T>> Into<U> for T {
    fn into(self) -> U {
        U::from(self)
    }
}

impl From<i8> for i16 { fn from(v: i8) -> i16 { v as i16 } }
impl From<i8> for i32 { fn from(v: i8) -> i32 { v as i32 } }
impl From<i8> for i64 { fn from(v: i8) -> i64 { v as i64 } }
impl From<i16> for i32 { fn from(v: i16) -> i32 { v as i32 } }
impl From<i16> for i64 { fn from(v: i16) -> i64 { v as i64 } }
impl From<i32> for i64 { fn from(v: i32) -> i64 { v as i64 } }
impl From<i32> for i128 { fn from(v: i32) -> i128 { v as i128 } }
impl From<i64> for i128 { fn from(v: i64) -> i128 { v as i128 } }
impl From<u8> for u16 { fn from(v: u8) -> u16 { v as u16 } }
impl From<u8> for u32 { fn from(v: u8) -> u32 { v as u32 } }
impl From<u8> for u64 { fn from(v: u8) -> u64 { v as u64 } }
impl From<u8> for usize { fn from(v: u8) -> usize { v as usize } }
impl From<u8> for i16 { fn from(v: u8) -> i16 { v as i16 } }
impl From<u8> for i32 { fn from(v: u8) -> i32 { v as i32 } }
impl From<u8> for i64 { fn from(v: u8) -> i64 { v as i64 } }
impl From<u8> for char { fn from(v: u8) -> char { v as char } }
impl From<u16> for u32 { fn from(v: u16) -> u32 { v as u32 } }
impl From<u16> for u64 { fn from(v: u16) -> u64 { v as u64 } }
impl From<u16> for usize { fn from(v: u16) -> usize { v as usize } }
impl From<u16> for i32 { fn from(v: u16) -> i32 { v as i32 } }
impl From<u16> for i64 { fn from(v: u16) -> i64 { v as i64 } }
impl From<u32> for u64 { fn from(v: u32) -> u64 { v as u64 } }
impl From<u32> for u128 { fn from(v: u32) -> u128 { v as u128 } }
impl From<u32> for i64 { fn from(v: u32) -> i64 { v as i64 } }
impl From<u64> for u128 { fn from(v: u64) -> u128 { v as u128 } }
impl From<f32> for f64 { fn from(v: f32) -> f64 { v as f64 } }
impl From<i8> for f64 { fn from(v: i8) -> f64 { v as f64 } }
impl From<i16> for f64 { fn from(v: i16) -> f64 { v as f64 } }
impl From<i32> for f64 { fn from(v: i32) -> f64 { v as f64 } }
impl From<u8> for f64 { fn from(v: u8) -> f64 { v as f64 } }
impl From<u16> for f64 { fn from(v: u16) -> f64 { v as f64 } }
impl From<u32> for f64 { fn from(v: u32) -> f64 { v as f64 } }
impl From<bool> for i32 { fn from(v: bool) -> i32 { v as i32 } }
impl From<bool> for u8 { fn from(v: bool) -> u8 { v as u8 } }
impl From<char> for u32 { fn from(v: char) -> u32 { v as u32 } }
