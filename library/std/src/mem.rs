//! Basic functions for dealing with memory.

/// Swaps the values at two mutable locations.
pub fn swap<T>(x: &mut T, y: &mut T) {
    // rac copies values bitwise and has no destructors yet, so this is the whole swap.
    let tmp = *x;
    *x = *y;
    *y = tmp;
}

/// Moves `src` into `*dest`, returning the previous `*dest` value.
pub fn replace<T>(dest: &mut T, src: T) -> T {
    let old = *dest;
    *dest = src;
    old
}
