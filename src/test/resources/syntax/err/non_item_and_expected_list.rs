impl S {
    1
}
fn main() { foo() bar; let x = 1 2; let y = a b; }
