//@ run-pass
// Boolean operators, truth tables, and short-circuit evaluation seen through side effects.

fn noisy(name: bool, value: bool) -> bool {
    if name {
        println!("  evaluated left ({})", value);
    } else {
        println!("  evaluated right ({})", value);
    }
    value
}

fn main() {
    let mut i = 0;
    while i < 4 {
        let a = i / 2 == 1;
        let b = i % 2 == 1;
        println!("{} {}: and {} or {} xor {} nand {} eq {} ne {}", a, b, a && b, a || b, a ^ b,
            !(a & b), a == b, a != b);
        i += 1;
    }
    println!("false && _:");
    let r1 = noisy(true, false) && noisy(false, true);
    println!("= {}", r1);
    println!("true || _:");
    let r2 = noisy(true, true) || noisy(false, false);
    println!("= {}", r2);
    println!("true && _:");
    let r3 = noisy(true, true) && noisy(false, false);
    println!("= {}", r3);
    println!("false | _ (no short circuit):");
    let r4 = noisy(true, false) | noisy(false, true);
    println!("= {}", r4);
    let t = true;
    let f = !t;
    println!("{} {} {}", !f, t & !f, (t || f) && !(t && f));
    println!("{} {} {}", true < false, false < true, true >= true);
}
