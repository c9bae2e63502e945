//@ run-pass
// The ? operator on Result (with From conversion of the error) and Option; From/Into; Trait::method calls.
#[derive(Debug)]
enum MathError { DivByZero, Negative }
#[derive(Debug)]
struct AppError { code: i32 }
impl From<MathError> for AppError {
    fn from(e: MathError) -> AppError {
        match e { MathError::DivByZero => AppError { code: 1 }, MathError::Negative => AppError { code: 2 } }
    }
}
fn div(a: i32, b: i32) -> Result<i32, MathError> {
    if b == 0 { return Err(MathError::DivByZero); }
    if a < 0 { return Err(MathError::Negative); }
    Ok(a / b)
}
fn calc(a: i32, b: i32) -> Result<i32, MathError> {
    let q = div(a, b)?;
    let r = div(q, 2)?;
    Ok(q + r)
}
fn app(a: i32, b: i32) -> Result<i32, AppError> {
    let v = div(a, b)?;
    Ok(v * 10)
}
fn first_even(xs: &[i32]) -> Option<i32> {
    let f = xs.first_opt()?;
    Some(f)
}
trait FirstOpt { fn first_opt(&self) -> Option<i32>; }
impl FirstOpt for [i32] {
    fn first_opt(&self) -> Option<i32> { if self.len() > 0 { Some(self[0]) } else { None } }
}
fn main() {
    println!("{:?} {:?} {:?}", calc(20, 2), calc(1, 0), calc(-4, 1));
    println!("{:?} {:?}", app(9, 3), app(-1, 1));
    println!("{:?} {:?}", first_even(&[4, 5]), first_even(&[]));
    let big: i64 = 5i32.into();
    let f = f64::from(3u8);
    let same: i32 = From::from(8);
    println!("{} {} {} {}", big, f, same, i64::from(7i32));
    if let Err(e) = app(1, 0) { println!("{}", e.code); }
}
