// Closures, iterator adaptor chains, Vec and String handling, sorting and formatting.
// Outside rac's current subset.

fn main() {
    let words = "the quick brown fox jumps over the lazy dog and then the fox sleeps";
    let mut list: Vec<&str> = words.split_whitespace().collect();
    println!("{} words, {} distinct letters", list.len(), {
        let mut seen = [false; 26];
        for c in words.chars().filter(|c| c.is_ascii_lowercase()) {
            seen[(c as u8 - b'a') as usize] = true;
        }
        seen.iter().filter(|&&b| b).count()
    });
    list.sort();
    list.dedup();
    println!("sorted unique: {}", list.join(" "));
    let lengths: Vec<usize> = list.iter().map(|w| w.len()).collect();
    let total: usize = lengths.iter().sum();
    let longest = list.iter().max_by_key(|w| w.len()).unwrap();
    println!("lengths {:?}, total {}, longest {}", lengths, total, longest);
    let squares: Vec<u64> = (1..=20).map(|x| x * x).filter(|x| x % 3 != 0).collect();
    println!("squares {:?}", squares);
    let evens_sum: u64 = squares.iter().copied().filter(|x| x % 2 == 0).sum();
    let (small, big): (Vec<u64>, Vec<u64>) = squares.iter().partition(|&&x| x < 100);
    println!("even sum {}, small {:?}, big {}", evens_sum, small, big.len());
    let zipped: Vec<String> = list.iter().zip(lengths.iter()).skip(1).step_by(2).map(|(w, n)| format!("{}={}", w, n)).collect();
    println!("{}", zipped.join(", "));
    let mut counter = 0;
    let mut bump = |k: i32| {
        counter += k;
        counter
    };
    let bumped: Vec<i32> = (1..6).map(|k| bump(k)).collect();
    println!("bumped {:?}", bumped);
    let pos = list.iter().position(|&w| w == "lazy");
    let any_long = list.iter().any(|w| w.len() > 5);
    let all_short = list.iter().all(|w| w.len() < 8);
    println!("{:?} {} {}", pos, any_long, all_short);
    let rev: String = "stressed".chars().rev().collect();
    let upper = words.split(' ').take(3).map(str::to_uppercase).collect::<Vec<_>>().join("-");
    println!("{} {}", rev, upper);
    let windows: Vec<i32> = [1, 4, 9, 16, 25, 36].windows(2).map(|w| w[1] - w[0]).collect();
    let folded = windows.iter().fold(String::new(), |acc, d| if acc.is_empty() { d.to_string() } else { acc + "+" + &d.to_string() });
    println!("{:?} {}", windows, folded);
    let mut nums = vec![5, 3, 8, 1, 9, 2, 7];
    nums.sort_by(|a, b| b.cmp(a));
    let chunks: Vec<i32> = nums.chunks(3).map(|c| c.iter().product()).collect();
    println!("{:?} {:?}", nums, chunks);
}
