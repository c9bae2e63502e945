//@ run-pass
// The float printing table: many f64 and f32 values (powers, thirds, tiny and huge values,
// values near the Debug exponent thresholds, exact ties for precision rounding) printed with
// Display, Debug, precision and exponent forms. The .run.stdout is rustc's output.

fn show64(x: f64) {
    println!("{} | {:?} | {:e} | {:E} | {:.0} | {:.1} | {:.3} | {:.2e} | {:.17}", x, x, x, x, x, x, x, x, x);
}

fn show32(x: f32) {
    println!("{} | {:?} | {:e} | {:.0} | {:.2} | {:.5e} | {:.10}", x, x, x, x, x, x, x);
}

fn main() {
    let mut x = 1.0;
    let mut i = 0;
    while i < 40 {
        show64(x);
        show64(-x / 3.0);
        show64(1.0 / x);
        x = x * 7.3;
        i += 1;
    }
    let mut y = 1.0;
    i = 0;
    while i < 30 {
        show64(y);
        show64(y * 1.5);
        y = y / 10.0;
        i += 1;
    }
    let mut t = 0.5;
    i = 0;
    while i < 12 {
        show64(t);
        show64(t + 1.0);
        t = t / 2.0;
        i += 1;
    }
    let thresholds = (1e16, 9999999999999998.0, 1e-4, 0.00009999999999999999, 1e15, 123456789012345680.0);
    show64(thresholds.0);
    show64(thresholds.1);
    show64(thresholds.2);
    show64(thresholds.3);
    show64(thresholds.4);
    show64(thresholds.5);
    show64(0.0);
    show64(-0.0);
    show64(0.1 + 0.2);
    show64(2.5);
    show64(0.125);
    show64(1e300 * 10.0);
    show64(5e-324);
    show64(1.7976931348623157e308);
    show64(2.2250738585072014e-308);
    let mut z = 1.0f32;
    i = 0;
    while i < 30 {
        show32(z);
        show32(-z / 3.0);
        show32(1.0 / z);
        z = z * 9.7;
        i += 1;
    }
    show32(0.1);
    show32(16777217.0);
    show32(3.4028235e38);
    show32(1e-45);
    show32(1.17549435e-38);
    show32(1e16);
    show32(1e-4);
    show32(0.3);
    let mut n = 1u64;
    i = 0;
    while i < 20 {
        show64(n as f64);
        show32(n as f32);
        n = n * 9 + 1;
        i += 1;
    }
}
