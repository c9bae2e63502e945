//! rac's standard library (first part): the types every program sees through the prelude.
//! Compiled by rac together with each program; only what a program uses is type-checked and
//! code-generated.

pub mod option;
pub mod result;
pub mod mem;
pub mod marker;
pub mod clone;
pub mod default;
pub mod cmp;
pub mod fmt;
pub mod convert;
pub mod ops;

/// The names every module sees without importing them.
pub mod prelude {
    pub use super::option::Option;
    pub use super::option::Option::None;
    pub use super::option::Option::Some;
    pub use super::result::Result;
    pub use super::result::Result::Err;
    pub use super::result::Result::Ok;
    pub use super::marker::{Copy, Send, Sized, Sync};
    pub use super::clone::Clone;
    pub use super::default::Default;
    pub use super::cmp::{Eq, Ord, PartialEq, PartialOrd};
    pub use super::convert::{From, Into};
}
