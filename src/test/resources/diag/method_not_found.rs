struct Thing;
fn main() {
    let t = Thing;
    t.qqq_method();
}
