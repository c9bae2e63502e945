//@ check-fail
fn main() {
    let a = 2.pow(3); //~ ERROR can't call method `pow` on ambiguous numeric type `{integer}`
    let x = 5;
    let b = x.pow(2); //~ ERROR can't call method `pow` on ambiguous numeric type `{integer}`
    let y: i64 = x;
    let c = 2.0.sqrt(); //~ ERROR can't call method `sqrt` on ambiguous numeric type `{float}`
    let d = 2i32.pow(3);
}
