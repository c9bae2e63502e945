impl S {
    fn f(&self) {}
    let x = 1;
}
