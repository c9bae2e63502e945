//@ run-pass
// Every compound assignment operator, on a few types.

fn main() {
    let mut x: i32 = 10;
    x += 5;
    println!("+= {}", x);
    x -= 20;
    println!("-= {}", x);
    x *= -3;
    println!("*= {}", x);
    x /= 4;
    println!("/= {}", x);
    x %= 2;
    println!("%= {}", x);
    let mut b: u8 = 0;
    b |= 12;
    println!("|= {}", b);
    b &= 10;
    println!("&= {}", b);
    b ^= 255;
    println!("^= {}", b);
    b <<= 2;
    println!("<<= {}", b);
    b >>= 5;
    println!(">>= {}", b);
    let mut flag = true;
    flag &= false;
    println!("bool &= {}", flag);
    flag |= true;
    println!("bool |= {}", flag);
    flag ^= true;
    println!("bool ^= {}", flag);
    let mut total: u64 = 0;
    let mut i: u64 = 1;
    while i <= 100 {
        total += i * i;
        i += 1;
    }
    println!("sum of squares {}", total);
}
