//@ check-fail
// rustc's checks of the types of asm! register operands.
use std::arch::asm;
struct S { a: u64 }
fn main() {
    let s = S { a: 1 };
    let t: (u8, u8) = (1, 2);
    let b = true;
    let r: &[u8] = &[1];
    unsafe {
        asm!("/* {} */", in(reg) s); //~ ERROR cannot use value of type `S` for inline assembly
        asm!("/* {} */", in(reg) t); //~ ERROR cannot use value of type `(u8, u8)` for inline assembly
        asm!("/* {} */", in(reg) b); //~ ERROR cannot use value of type `bool` for inline assembly
        asm!("/* {} */", in(reg) r); //~ ERROR cannot use value of unsized pointer type `*const [u8]`
        asm!("/* {} */", in(reg) 1u128); //~ ERROR type `u128` cannot be used with this register class
        asm!("/* {} */", in(reg_byte) 1u16); //~ ERROR type `u16` cannot be used with this register class
        asm!("/* {} */", in(reg_abcd) 1u8); //~ ERROR type `u8` cannot be used with this register class
        asm!("/* {} */", in(reg) 'c'); //~ ERROR cannot use value of type `char` for inline assembly
        asm!("/* {:r} */", in(reg) 1usize, options(nomem));
    }
    let _ = s.a;
}
