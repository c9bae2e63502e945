#![allow(unused)]
#![cfg_attr(test, feature(test))]
#[derive(Debug, Clone)]
#[doc = "docs"]
#[cfg(all(unix, not(target_os = "macos")))]
#[unsafe(no_mangle)]
struct S;
#[inline]
fn f() {
    #[cfg(x)]
    let a = 1;
    #[allow(unused)]
    g();
    let s = S { #[cfg(x)] a: 1 };
}
