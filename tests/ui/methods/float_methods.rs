//@ run-pass
// Float methods built into rac: LLVM intrinsics and libm, bit-identical to rustc's.
fn main() {
    let f = 2.0f64;
    println!("{} {} {} {}", f.sqrt(), f.powi(10), f.powf(0.5), f.ln());
    println!("{} {} {} {}", f.sin(), f.cos(), f.tan(), f.atan2(3.0));
    println!("{} {} {}", 0.5f64.asin(), 0.5f64.acos(), 0.5f64.atan());
    println!("{} {} {}", 1.5f64.sinh(), 1.5f64.cosh(), 1.5f64.tanh());
    println!("{} {} {} {}", (2.5f64).round(), (-2.5f64).round(), 2.7f64.floor(), (-2.7f64).ceil());
    println!("{} {} {}", 2.5f64.round_ties_even(), (-2.7f64).trunc(), 1e300f64.exp());
    println!("{} {} {}", 2.7f64.fract(), (-0.0f64).signum(), f.hypot(3.0));
    println!("{} {} {}", 1.0f64.to_degrees(), 90.0f32.to_radians(), f.mul_add(3.0, 1.0));
    println!("{} {} {}", f64::NAN.is_nan(), (1.0f64 / 0.0).is_infinite(), (-0.0f64).is_sign_negative());
    println!("{} {} {}", 1.0f64.is_finite(), f64::INFINITY.is_finite(), 0.0f64.is_sign_positive());
    println!("{} {} {}", (-7.5f64).rem_euclid(2.0), (-7.5f64).div_euclid(2.0), 8f32.cbrt());
    println!("{} {} {}", 7.5f64.div_euclid(-2.0), 7.5f32.rem_euclid(-2.0), f64::NAN.signum().is_nan());
    println!("{} {} {}", 3.5f64.min(f64::NAN), 3.0f32.max(4.0), 1.5f64.clamp(0.0, 1.0));
    println!("{} {} {}", 100.0f64.log10(), 8.0f64.log2(), 8.0f64.log(2.0));
    println!("{} {} {}", 1e-10f64.exp_m1(), 1e-10f64.ln_1p(), 3.0f64.exp2());
    println!("{} {} {}", 4.0f64.recip(), (-3.0f64).abs(), 3.0f64.copysign(-0.0));
    println!("{} {} {}", 1e-310f64.is_subnormal(), 1.0f64.is_normal(), 0.0f64.is_normal());
    let g: f32 = 0.1;
    println!("{} {} {} {}", g.sqrt(), g.exp(), g.sin(), g.powi(3));
    println!("{} {} {}", g.to_degrees(), g.atan2(0.2), g.hypot(0.3));
    let mut acc = 0.0f64;
    for i in 1..20 {
        acc += (i as f64).sqrt().ln().sin();
    }
    println!("{}", acc);
}
