pub fn show(v: i32) {
    println!("value = {}", v);
}
