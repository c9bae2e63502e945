//@ run-pass
// FizzBuzz from 1 to 100 with a while loop and an if / else if chain.

fn main() {
    let mut i = 1;
    while i <= 100 {
        if i % 15 == 0 {
            println!("FizzBuzz");
        } else if i % 3 == 0 {
            println!("Fizz");
        } else if i % 5 == 0 {
            println!("Buzz");
        } else {
            println!("{}", i);
        }
        i += 1;
    }
}
