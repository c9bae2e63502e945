enum E { A, B }
fn main() {
    let e = E::A;
    let _ = match e { E::A => 1 };
}
