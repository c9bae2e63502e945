// Hello world: the fixed cost of a compile (start-up, std, codegen, link).

fn main() {
    println!("Hello, world!");
}
