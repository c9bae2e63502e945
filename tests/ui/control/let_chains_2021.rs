//@ check-fail
//@ edition: 2021
// Let chains are an edition 2024 feature.
fn main() {
    let a = Some(5);
    if let Some(x) = a && x > 3 { //~ ERROR let chains are only allowed in Rust 2024 or later
        println!("{}", x);
    }
    while let Some(_) = a && let Some(_) = a { //~ ERROR let chains are only allowed in Rust 2024 or later
        //~^ ERROR let chains are only allowed in Rust 2024 or later
        break;
    }
}
