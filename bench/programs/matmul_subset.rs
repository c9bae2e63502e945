// Dense matrix multiply (matmul.rs) written in rac's current subset: f64 matrices in fixed-size
// flat arrays instead of Vecs, passed as slices (nested loops, indexing, floating point, sqrt).
// Prints a checksum of the product.

const N: usize = 300;
const NN: usize = 90_000;

fn make(m: &mut [f64], n: usize, seed: f64) {
    for i in 0..n {
        for j in 0..n {
            m[i * n + j] = ((i * 7 + j * 13) % 17) as f64 / 17.0 + seed;
        }
    }
}

fn multiply(a: &[f64], b: &[f64], c: &mut [f64], n: usize) {
    for x in 0..n * n {
        c[x] = 0.0;
    }
    for i in 0..n {
        for k in 0..n {
            let aik = a[i * n + k];
            for j in 0..n {
                c[i * n + j] += aik * b[k * n + j];
            }
        }
    }
}

fn main() {
    let mut a = [0.0f64; NN];
    let mut b = [0.0f64; NN];
    let mut c = [0.0f64; NN];
    let mut d = [0.0f64; NN];
    make(&mut a, N, 0.5);
    make(&mut b, N, 0.25);
    let mut norm = 0.0f64;
    for _ in 0..15 {
        multiply(&a, &b, &mut c, N);
        for x in 0..N * N {
            c[x] /= N as f64;
        }
        multiply(&c, &a, &mut d, N);
        for x in 0..N * N {
            b[x] = d[x] / (1.0 + d[x].abs());
        }
        norm += d[0].sqrt();
    }
    let mut sum = 0.0;
    let mut trace = 0.0;
    for i in 0..N {
        trace += d[i * N + i];
        for j in 0..N {
            sum += d[i * N + j] * ((i + j) % 3) as f64;
        }
    }
    println!("n = {}", N);
    println!("trace = {:.6}", trace);
    println!("weighted sum = {:.6}", sum);
    println!("norm = {:.6}", norm);
}
