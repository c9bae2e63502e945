//@ check-fail
//@ edition: 2024
// Errors in let chains: `let` under `||`, types of the branches.
fn main() {
    let a = Some(5);
    if let Some(x) = a || true { //~ ERROR `||` operators are not supported in let chain conditions
        println!("{}", x);
    }
    let _v: i32 = if let Some(x) = a && x > 1 { "no" } else { 0 }; //~ ERROR mismatched types
}
