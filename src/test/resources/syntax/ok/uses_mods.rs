use std::collections::HashMap;
use std::io::{self, Read, Write as W};
use std::{fmt::*, *};
use ::std::mem;
use crate::a::b;
use super::*;
use self::inner::{a::{b, c}, d as _};
pub use inner::Thing;
extern crate alloc;
extern crate std as other_std;
mod file_mod;
pub mod inline {
    #![allow(unused)]
    fn f() {}
}
extern "C" {
    fn abs(x: i32) -> i32;
    static errno: i32;
    pub safe fn safe_fn();
}
unsafe extern "C" {
    pub unsafe fn strlen(s: *const u8) -> usize;
}
type Alias<T> = Vec<T>;
const C: u8 = 1;
const _: () = ();
static S: &str = "s";
static mut M: i32 = 0;
