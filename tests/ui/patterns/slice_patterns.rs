//@ run-pass
// Slice and array patterns: fixed length, `..` with prefix and suffix, `rest @ ..` bindings
// (a sub-slice of a slice, a sub-array of an array), guards, match ergonomics through `&`/`&mut`.
fn describe(s: &[i32]) {
    match s {
        [] => println!("empty"),
        [x] => println!("one: {}", x),
        [first, .., last] if first == last => println!("same ends {}", first),
        [first, rest @ ..] => println!("first {} then {} more", first, rest.len()),
    }
}

fn sum(s: &[i32]) -> i32 {
    match s {
        [] => 0,
        [head, tail @ ..] => *head + sum(tail),
    }
}

fn main() {
    let arr = [1, 2, 3, 4];
    let [a, b, c, d] = arr;
    println!("{} {} {} {}", a, b, c, d);
    let [first, .., last] = arr;
    println!("{} {}", first, last);
    let [x, rest @ ..] = arr;
    println!("{} {:?}", x, rest);
    let [.., y, z] = arr;
    println!("{} {}", y, z);
    for v in [&[][..], &[5], &[1, 2, 1], &[1, 2, 3]] {
        describe(v);
    }
    println!("{}", sum(&arr));
    if let [_, second, ..] = &arr[..] {
        println!("second {}", second);
    }
    let mut m = [10, 20, 30];
    let [p, .., q] = &mut m;
    *p += 1;
    *q += 2;
    println!("{:?}", m);
    match m {
        [11, mid @ .., 32] => println!("mid {:?}", mid),
        _ => println!("no"),
    }
    let words = ["a", "b"];
    match &words[..] {
        ["a", more @ ..] => println!("starts with a, {} more", more.len()),
        _ => println!("other"),
    }
}
