//@ run-pass
use std::option::Option as Maybe;

fn first(v: &[u32]) -> Maybe<u32> {
    if v.is_empty() {
        Maybe::None
    } else {
        Maybe::Some(v[0])
    }
}

mod inner {
    pub fn wrap(x: i64) -> std::result::Result<i64, bool> {
        if x > 0 { Ok(x) } else { Err(false) }
    }
}

fn main() {
    println!("{}", first(&[4, 5]).unwrap());
    println!("{}", first(&[]).is_none());
    println!("{}", inner::wrap(3).is_ok());
    println!("{}", inner::wrap(-3).unwrap_or(7));
    let nested: Option<Option<i32>> = Some(None);
    match nested {
        Some(Some(x)) => println!("x {}", x),
        Some(None) => println!("some none"),
        None => println!("none"),
    }
}
