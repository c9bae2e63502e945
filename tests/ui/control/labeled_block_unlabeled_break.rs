//@ check-fail
// E0695: an unlabeled `break`/`continue` may not leave a labeled block.
fn main() {
    loop {
        'b: {
            if true { break; } //~ ERROR unlabeled `break` inside of a labeled block
            break 'b;
        }
        'c: {
            if false { break 'c; }
            continue; //~ ERROR unlabeled `continue` inside of a labeled block
        }
    }
}
