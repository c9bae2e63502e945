fn main() {
    let mut v = vec![1, 2, 3];
    let mut a = || {
        v.push(1);
    };
    let mut b = || {
        v.push(2);
    };
    a();
    b();
}
