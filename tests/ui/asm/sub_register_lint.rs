//@ check-pass
// The asm_sub_register lint: values narrower than 64 bits in `reg` written without a modifier.
use std::arch::asm;
fn main() {
    let x: u32 = 5;
    let y: u16 = 2;
    let z: u64;
    unsafe {
        asm!("/* {} */", in(reg) 0); //~ WARN formatting may not be suitable for sub-register argument
        asm!("mov {0}, {0}", "mov {0:e}, {0:e}", in(reg) x); //~ WARN formatting may not be suitable
        asm!("/* {y} */", y = in(reg) y); //~ WARN formatting may not be suitable
        asm!("/* {} {} */", in(reg) x, out(reg) z); //~ WARN formatting may not be suitable
    }
    println!("{}", z);
}
