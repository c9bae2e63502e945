//@ check-fail
// naked_asm! takes only const and sym operands.
use std::arch::naked_asm;

#[unsafe(naked)]
extern "C" fn f() -> u64 {
    naked_asm!("mov {}, 1", "ret", out(reg) _) //~ ERROR the `out` operand cannot be used with `naked_asm!`
}

fn main() {
    f();
}
