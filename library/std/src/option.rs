//! Optional values.

/// Some value of type `T`, or none.
pub enum Option<T> {
    /// No value.
    None,
    /// Some value of type `T`.
    Some(T),
}

use self::Option::None;
use self::Option::Some;

impl<T> Option<T> {
    /// Whether the option is a `Some` value.
    pub fn is_some(&self) -> bool {
        match *self {
            Some(_) => true,
            None => false,
        }
    }

    /// Whether the option is a `None` value.
    pub fn is_none(&self) -> bool {
        match *self {
            Some(_) => false,
            None => true,
        }
    }

    /// The contained `Some` value; panics on `None`.
    #[track_caller]
    pub fn unwrap(self) -> T {
        match self {
            Some(val) => val,
            None => panic!("called `Option::unwrap()` on a `None` value"),
        }
    }

    /// The contained `Some` value; panics with `msg` on `None`.
    #[track_caller]
    pub fn expect(self, msg: &str) -> T {
        match self {
            Some(val) => val,
            None => panic!("{}", msg),
        }
    }

    /// The contained `Some` value or `default`.
    pub fn unwrap_or(self, default: T) -> T {
        match self {
            Some(x) => x,
            None => default,
        }
    }

    /// A reference to the contained value, if any.
    pub fn as_ref(&self) -> Option<&T> {
        match *self {
            Some(ref x) => Some(x),
            None => None,
        }
    }
}
