//@ run-pass
// Printing numbers in binary and other bases with recursion and print!.

fn print_binary(n: u32) {
    if n >= 2 {
        print_binary(n / 2);
    }
    print!("{}", n % 2);
}

fn print_base(n: u64, base: u64) {
    if n >= base {
        print_base(n / base, base);
    }
    let digit = n % base;
    if digit < 10 {
        print!("{}", digit);
    } else if digit == 10 {
        print!("a");
    } else if digit == 11 {
        print!("b");
    } else if digit == 12 {
        print!("c");
    } else if digit == 13 {
        print!("d");
    } else if digit == 14 {
        print!("e");
    } else {
        print!("f");
    }
}

fn main() {
    let mut i = 0;
    while i <= 16 {
        print!("{} = ", i);
        print_binary(i);
        println!("");
        i += 1;
    }
    print_binary(4294967295);
    println!("");
    print_base(255, 16);
    print!(" ");
    print_base(3735928559, 16);
    print!(" ");
    print_base(18446744073709551615, 16);
    print!(" ");
    print_base(511, 8);
    print!(" ");
    print_base(100, 3);
    println!("");
}
