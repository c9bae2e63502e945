// Digit and letter frequency counts into fixed arrays, no hashing (integer division, byte
// handling, array increments). Usage: digitfreq [N]   (default 15_000_000).
// bench-debug-args: 6000000   (the size compare.py passes to debug builds, which run 5-20x slower)

fn main() {
    let n: u64 = std::env::args().nth(1).map(|s| s.parse().unwrap()).unwrap_or(15_000_000);
    // Digits of i*i for every i below n.
    let mut digits = [0u64; 10];
    for i in 0..n {
        let mut x = i * i;
        loop {
            digits[(x % 10) as usize] += 1;
            x /= 10;
            if x == 0 {
                break;
            }
        }
    }
    // Letters of a pseudo-random text (linear congruential generator), as bytes.
    let mut letters = [0u64; 26];
    let mut words = [0u64; 16];
    let mut state: u32 = 12345;
    let mut word_len = 0usize;
    let mut buf = [0u8; 4096];
    let mut produced: u64 = 0;
    while produced < n {
        for b in buf.iter_mut() {
            state = state.wrapping_mul(1103515245).wrapping_add(12345);
            let r = (state >> 16) % 32;
            *b = if r < 26 { b'a' + r as u8 } else { b' ' };
        }
        for &b in buf.iter() {
            if b == b' ' {
                if word_len > 0 {
                    words[word_len.min(15)] += 1;
                    word_len = 0;
                }
            } else {
                letters[(b - b'a') as usize] += 1;
                word_len += 1;
            }
        }
        produced += buf.len() as u64;
    }
    for (d, c) in digits.iter().enumerate() {
        println!("digit {}: {}", d, c);
    }
    let mut checksum: u64 = 0;
    for c in letters.iter().chain(words.iter()) {
        checksum = checksum.wrapping_mul(1_000_003).wrapping_add(*c);
    }
    println!("letter e: {}, words of length 3: {}", letters[4], words[3]);
    println!("checksum: {}", checksum);
}
