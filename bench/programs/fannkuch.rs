// Fannkuch-redux: permutations and prefix reversals (small arrays, swaps, index arithmetic).
// Usage: fannkuch [N]   (default 10, at most 16). Prints the checksum and the maximum flip count.
// bench-debug-args: 9   (the size compare.py passes to debug builds, which run 5-20x slower)

fn fannkuch(n: usize) -> (i64, i32) {
    let mut perm = [0usize; 16];
    let mut perm1 = [0usize; 16];
    let mut count = [0usize; 16];
    for i in 0..n {
        perm1[i] = i;
    }
    let mut max_flips = 0;
    let mut checksum: i64 = 0;
    let mut perm_count: i64 = 0;
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }
        for i in 0..n {
            perm[i] = perm1[i];
        }
        let mut flips = 0;
        let mut k = perm[0];
        while k != 0 {
            let mut i = 0;
            let mut j = k;
            while i < j {
                perm.swap(i, j);
                i += 1;
                j -= 1;
            }
            flips += 1;
            k = perm[0];
        }
        if flips > max_flips {
            max_flips = flips;
        }
        if perm_count % 2 == 0 {
            checksum += flips as i64;
        } else {
            checksum -= flips as i64;
        }
        // Next permutation in the counting order.
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            let first = perm1[0];
            for i in 0..r {
                perm1[i] = perm1[i + 1];
            }
            perm1[r] = first;
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

fn main() {
    let n: usize = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(10);
    let (checksum, max_flips) = fannkuch(n);
    println!("{}", checksum);
    println!("Pfannkuchen({}) = {}", n, max_flips);
}
