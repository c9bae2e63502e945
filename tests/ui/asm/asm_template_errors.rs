//@ check-fail
// rustc's errors for malformed asm! templates, operands and options.
use std::arch::asm;
fn main() {
    unsafe {
        asm!("mov {x}, 1", out(reg) _); //~ ERROR there is no argument named `x`
        //~| ERROR argument never used
        asm!("nop", in(reg) 1u64); //~ ERROR argument never used
        asm!("mov {1}, 1", out(reg) _); //~ ERROR invalid reference to argument at index 1
        //~| ERROR argument never used
        asm!("nop {0}", "nop {x}", x = in(reg) 1u64); //~ ERROR invalid reference to argument at index 0
        asm!("nop {", in(reg) 1u64); //~ ERROR expected `}` but string was terminated
        asm!("nop", options(bogus)); //~ ERROR found `bogus`
        asm!("mov {}, 1", out(foo_reg) _); //~ ERROR invalid register class `foo_reg`
        asm!("/* {} */", const 1.5f64); //~ ERROR invalid type for `const` operand
    }
}
