//@ run-pass
// Items declared inside function bodies: visible in the whole body (also before their
// declaration), shadowing module items of the same name, nested in inner blocks and functions.

fn helper() -> i32 {
    1
}

fn outer() -> i32 {
    fn helper() -> i32 {
        10
    }
    helper() + inner_later()
}

fn inner_later() -> i32 {
    early() * 2
}

fn early() -> i32 {
    let r = twice(21);
    fn twice(x: i32) -> i32 {
        x * 2
    }
    r
}

fn main() {
    println!("{}", helper());
    println!("{}", outer());
    if true {
        fn in_block() -> i32 {
            fn deepest() -> i32 {
                7
            }
            deepest() + 1
        }
        println!("{}", in_block());
    }
    fn uses_module_item() -> i32 {
        super_helper()
    }
    fn super_helper() -> i32 {
        crate::helper() + self::helper() + 100
    }
    println!("{}", uses_module_item());
}
