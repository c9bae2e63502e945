// Dense matrix multiply, f64 in flat Vecs (nested loops, indexing, floating point).
// Usage: matmul [N]   (default 800). Prints a checksum of the product.
// bench-debug-args: 250   (the size compare.py passes to debug builds, which run 5-20x slower)

fn make(n: usize, seed: f64) -> Vec<f64> {
    let mut m = vec![0.0; n * n];
    for i in 0..n {
        for j in 0..n {
            m[i * n + j] = ((i * 7 + j * 13) % 17) as f64 / 17.0 + seed;
        }
    }
    m
}

fn multiply(a: &[f64], b: &[f64], n: usize) -> Vec<f64> {
    let mut c = vec![0.0; n * n];
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
    c
}

fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(800);
    let a = make(n, 0.5);
    let b = make(n, 0.25);
    let mut c = multiply(&a, &b, n);
    // A second round so the run is long enough and depends on the first.
    for x in c.iter_mut() {
        *x /= n as f64;
    }
    let d = multiply(&c, &a, n);
    let mut sum = 0.0;
    let mut trace = 0.0;
    for i in 0..n {
        trace += d[i * n + i];
        for j in 0..n {
            sum += d[i * n + j] * ((i + j) % 3) as f64;
        }
    }
    println!("n = {}", n);
    println!("trace = {:.6}", trace);
    println!("weighted sum = {:.6}", sum);
}
