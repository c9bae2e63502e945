mod a { pub fn helper() {} }
mod b { pub fn helper() {} }
fn main() {
    helper();
}
