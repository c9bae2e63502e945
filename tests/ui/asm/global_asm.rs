//@ run-pass
// global_asm! at item level: templates with const and sym operands, cfg'd template strings,
// AT&T syntax; functions named by sym count as used.
use std::arch::{asm, global_asm};
global_asm!(
    ".globl rac_test_triple",
    "rac_test_triple:",
    "lea rax, [rdi + rdi*2]",
    "add rax, {k}",
    #[cfg(target_arch = "x86_64")]
    "ret",
    #[cfg(not(target_arch = "x86_64"))]
    "ud2",
    k = const 4,
);
extern "C" fn helper() -> u64 { 7 }
core::arch::global_asm!(".globl rac_test_call", "rac_test_call:", "jmp {}", sym helper);
fn main() {
    let r: u64;
    let s: u64;
    unsafe {
        asm!("call rac_test_triple", in("rdi") 5u64, out("rax") r, clobber_abi("C"));
        asm!("call rac_test_call", out("rax") s, clobber_abi("C"));
    }
    println!("{} {} {}", r, s, seven());
}

mod att {
    std::arch::global_asm!(".globl rac_test_seven", "rac_test_seven:", "movq $7, %rax", "ret", options(att_syntax));
}

pub fn seven() -> u64 {
    let r: u64;
    unsafe { std::arch::asm!("call rac_test_seven", out("rax") r, clobber_abi("C")) };
    r
}
