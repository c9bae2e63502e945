fn main() {
    let y = qqq_undefined_value;
}
