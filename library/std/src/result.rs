//! Results of operations that may fail.

use super::option::Option;

/// Either success (`Ok`) with a value of type `T` or failure (`Err`) with an error of type `E`.
pub enum Result<T, E> {
    /// Success.
    Ok(T),
    /// Failure.
    Err(E),
}

use self::Result::Err;
use self::Result::Ok;

impl<T, E> Result<T, E> {
    /// Whether the result is `Ok`.
    pub fn is_ok(&self) -> bool {
        match *self {
            Ok(_) => true,
            Err(_) => false,
        }
    }

    /// Whether the result is `Err`.
    pub fn is_err(&self) -> bool {
        match *self {
            Ok(_) => false,
            Err(_) => true,
        }
    }

    /// The success value, if any.
    pub fn ok(self) -> Option<T> {
        match self {
            Ok(x) => Option::Some(x),
            Err(_) => Option::None,
        }
    }

    /// The error, if any.
    pub fn err(self) -> Option<E> {
        match self {
            Ok(_) => Option::None,
            Err(e) => Option::Some(e),
        }
    }

    /// The success value or `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Ok(x) => x,
            Err(_) => default,
        }
    }
}
