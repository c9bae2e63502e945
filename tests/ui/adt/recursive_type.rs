//@ check-fail
// FIXME: rustc also labels the field ("recursive without indirection") and suggests `Box<A>`;
// written types carry no spans in rac yet, so only the header is shown.
struct A { //~ ERROR recursive type `A` has infinite size
    v: i32,
    next: A,
}

enum List { //~ ERROR recursive type `List` has infinite size
    Nil,
    Cons(i32, List),
}

fn main() {}
