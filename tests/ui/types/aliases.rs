//@ run-pass
// `type` aliases, in modules and across them, in signatures, `let` annotations and casts; a module
// item named like a primitive type shadows it.

type Num = i64;

mod m {
    pub type Small = u8;
    pub type Pair = (super::Num, Small);
}

mod shadow {
    #[allow(non_camel_case_types)]
    pub type u16 = i8;

    pub fn min() -> u16 {
        -128
    }
}

fn f(p: m::Pair) -> Num {
    p.0 + p.1 as Num
}

fn main() {
    let x: m::Small = 7;
    println!("{}", f((40, x)));
    let y = 300 as Num as m::Small;
    println!("{}", y);
    println!("{}", shadow::min());
}
