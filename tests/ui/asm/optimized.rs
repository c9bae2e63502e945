//@ run-pass
//@ compile-flags: -O
// In an optimised build (one module, internal functions) the functions that module assembly
// names through `sym` keep their symbols.
use std::arch::{asm, global_asm, naked_asm};

extern "C" fn plus_one(x: u64) -> u64 {
    x + 1
}

global_asm!(".globl rac_opt_plus_one", "rac_opt_plus_one:", "jmp {}", sym plus_one);

fn times_two(x: u64) -> u64 {
    x * 2
}

#[unsafe(naked)]
extern "C" fn call_times_two(x: u64) -> u64 {
    naked_asm!("push rbp", "mov rbp, rsp", "call {f}", "pop rbp", "ret", f = sym times_two)
}

fn main() {
    let r: u64;
    unsafe {
        asm!("call rac_opt_plus_one", in("rdi") 41u64, out("rax") r, clobber_abi("C"));
    }
    println!("{} {}", r, call_times_two(21));
}
