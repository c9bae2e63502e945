//@ run-pass
// `label` operands (asm goto): the assembly jumps into a Rust block, which then continues after
// the `asm!`; with `options(noreturn)` the label is the only way on.
use std::arch::asm;

fn classify(x: u64) -> &'static str {
    let mut result = "small";
    unsafe {
        asm!(
            "cmp {x}, 10",
            "ja {big}",
            x = in(reg) x,
            big = label {
                result = "big";
            },
        );
    }
    result
}

fn main() {
    println!("{} {}", classify(3), classify(30));
    let mut hits = 0;
    for _ in 0..3 {
        unsafe {
            asm!("jmp {}", label { hits += 1; }, options(noreturn));
        }
    }
    println!("hits {}", hits);
}
