//@ run-pass
// Inline assembly on x86-64: operand kinds, register classes, explicit registers, template
// placeholders and modifiers, options, clobber_abi, sym and const operands.
use std::arch::asm;

extern "C" fn add_one(a: u64) -> u64 {
    a + 1
}

const NINE: u8 = 9;

fn multiply_by_six(mut x: u64) -> u64 {
    unsafe {
        asm!(
            "mov {tmp}, {x}",
            "shl {tmp}, 1",
            "shl {x}, 2",
            "add {x}, {tmp}",
            x = inout(reg) x,
            tmp = out(reg) _,
        );
    }
    x
}

fn main() {
    let i: u64 = 3;
    let o: u64;
    unsafe {
        asm!("mov {0}, {1}", "add {0}, 5", out(reg) o, in(reg) i);
    }
    println!("mov/add: {}", o);

    let mut x: u32 = 4;
    unsafe {
        asm!("add {x:e}, {y:e}", x = inout(reg) x, y = in(reg) 5u32, options(nomem, nostack, pure));
    }
    println!("32-bit: {}", x);

    let y: u32;
    unsafe {
        asm!("movl $7, %eax", out("eax") y, options(att_syntax));
    }
    println!("att: {}", y);

    let z: u64;
    unsafe {
        asm!("add {0}, 5", inout(reg) i => z);
    }
    println!("inout =>: {}", z);

    let w: i64;
    unsafe {
        core::arch::asm!("inc {}", inout(reg) 4u64 => w);
    }
    println!("inc: {}", w);

    let r: u64;
    unsafe {
        asm!("call {f}", f = sym add_one, in("rdi") 41u64, out("rax") r, clobber_abi("C"));
    }
    println!("sym call: {}", r);

    let mut b: u8 = 1;
    let mut c: u64 = 0;
    unsafe {
        asm!("add {0}, {k}", inout(reg_byte) b, k = const NINE);
        asm!("mov {0:x}, -2", "add {0:l}, {1}", inout(reg_abcd) c, const -3i32);
        asm!("nop /* {} */", options(raw, nostack, preserves_flags));
        asm!("/* {{}} {0} */", in(reg) 0u64);
    }
    println!("const: {} {}", b, c);

    let f: f64 = 1.5;
    let g: f64;
    unsafe {
        asm!("addsd {0}, {0}", inlateout(xmm_reg) f => g);
    }
    println!("xmm: {}", g);

    let mut lo: u32;
    let hi: u32;
    unsafe {
        asm!("mov eax, 0x12345678", "mov edx, 0x9abcdef0", lateout("eax") lo, lateout("edx") hi,
             options(nomem, nostack));
    }
    lo ^= 1;
    println!("pair: {:x} {:x}", lo, hi);

    let mem = [10u64, 20, 30];
    let sum: u64;
    unsafe {
        asm!("mov {s}, qword ptr [{p}]", "add {s}, qword ptr [{p} + 16]", p = in(reg) &mem, s = out(reg) sum,
             options(readonly, nostack));
    }
    println!("memory: {}", sum);
    println!("six: {}", multiply_by_six(7));
}
