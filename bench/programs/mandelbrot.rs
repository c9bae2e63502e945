// Mandelbrot set membership on an N x N grid (f64 arithmetic, tight inner loop, bit packing).
// Usage: mandelbrot [N]   (default 2000). Prints the number of points inside and a checksum.
// bench-debug-args: 1500   (the size compare.py passes to debug builds, which run 5-20x slower)

fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(2000);
    let max_iter = 50;
    let mut inside: u64 = 0;
    let mut checksum: u32 = 0;
    for y in 0..n {
        let ci = 2.0 * y as f64 / n as f64 - 1.0;
        let mut byte: u32 = 0;
        for x in 0..n {
            let cr = 2.0 * x as f64 / n as f64 - 1.5;
            let mut zr = 0.0f64;
            let mut zi = 0.0f64;
            let mut i = 0;
            let mut escaped = false;
            while i < max_iter {
                let tr = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = tr;
                if zr * zr + zi * zi > 4.0 {
                    escaped = true;
                    break;
                }
                i += 1;
            }
            byte = (byte << 1) | if escaped { 0 } else { 1 };
            if !escaped {
                inside += 1;
            }
            if x % 8 == 7 {
                checksum = checksum.wrapping_mul(16777619) ^ byte;
                byte = 0;
            }
        }
        checksum = checksum.wrapping_mul(16777619) ^ byte;
    }
    println!("{}x{}: {} points inside", n, n, inside);
    println!("checksum: {}", checksum);
}
