//! Utilities for formatting and printing strings.

/// The error type which is returned from formatting a message into a stream.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Error;

/// The type returned by formatter methods.
pub type Result = super::result::Result<(), Error>;

/// Configuration for formatting, and the destination of the output.
pub struct Formatter {
    // The output stream (1: stdout, 2: stderr); rac's runtime writes to it.
    fd: i32,
}

/// Format trait for an empty format, `{}`.
pub trait Display {
    /// Formats the value using the given formatter.
    fn fmt(&self, f: &mut Formatter) -> Result;
}

/// `?` formatting.
pub trait Debug {
    /// Formats the value using the given formatter.
    fn fmt(&self, f: &mut Formatter) -> Result;
}
