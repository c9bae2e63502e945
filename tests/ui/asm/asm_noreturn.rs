//@ run-pass
//@ exit-code: 3
// `options(noreturn)`: the asm block has type `!`; here it exits the process through a syscall.
use std::arch::asm;

fn exit_with(code: u64) -> ! {
    unsafe { asm!("mov eax, 60", "syscall", in("rdi") code, options(noreturn, nostack)) }
}

fn main() {
    println!("before");
    exit_with(3);
}
