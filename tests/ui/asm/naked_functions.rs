//@ run-pass
// Naked functions (#[unsafe(naked)] with naked_asm!): emitted as module assembly under the
// function's symbol, with const and sym operands; no unused-parameter lints.
use std::arch::naked_asm;

#[unsafe(naked)]
extern "C" fn add_three(x: u64) -> u64 {
    naked_asm!("lea rax, [rdi + {k}]", "ret", k = const 3)
}

extern "C" fn twice(x: u64) -> u64 {
    x * 2
}

#[unsafe(naked)]
extern "C" fn call_twice(x: u64) -> u64 {
    naked_asm!("push rbp", "mov rbp, rsp", "call {f}", "pop rbp", "ret", f = sym twice)
}

fn main() {
    println!("{}", add_three(4));
    println!("{}", call_twice(21));
}
