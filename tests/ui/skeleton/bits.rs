//@ run-pass
// Counting set bits, parity, the highest set bit and powers of two with & | ^ << >>.

fn popcount(mut x: u32) -> u32 {
    let mut n = 0;
    while x != 0 {
        n += x & 1;
        x >>= 1;
    }
    n
}

fn popcount_kernighan(mut x: u64) -> u32 {
    let mut n = 0;
    while x != 0 {
        x &= x - 1;
        n += 1;
    }
    n
}

fn highest_bit(x: u32) -> i32 {
    let mut i = 31;
    while i >= 0 {
        if (x >> i) & 1 == 1 {
            return i;
        }
        i -= 1;
    }
    -1
}

fn is_power_of_two(x: u64) -> bool {
    x != 0 && (x & (x - 1)) == 0
}

fn main() {
    let mut x: u32 = 0;
    while x < 16 {
        println!("{}: popcount {} highest {} parity {}", x, popcount(x), highest_bit(x), popcount(x) % 2);
        x += 1;
    }
    println!("{}", popcount(4294967295));
    println!("{}", popcount_kernighan(18446744073709551615));
    println!("{}", popcount_kernighan(12297829382473034410));
    println!("{} {} {} {}", is_power_of_two(0), is_power_of_two(1), is_power_of_two(1024), is_power_of_two(1023));
    let a: u8 = 202;
    let b: u8 = 85;
    println!("{} {} {} {}", a & b, a | b, a ^ b, !a);
    println!("{} {}", a << 1, a >> 3);
    let c: u16 = 65535;
    println!("{} {}", c ^ 255, c >> 4 << 4);
}
