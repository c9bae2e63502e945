// edition:2015
trait T {
    fn f1((a, b): (i32, i32)) {}
    fn f2(x: i32, &y: &i32, mut z: u8);
    fn f3(i32, u8);
    fn f4(&self) -> i32 {
        fn inner((p, q): (i32, i32)) {}
        0
    }
}
