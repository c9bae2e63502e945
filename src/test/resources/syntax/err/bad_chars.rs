fn main() {
    let c = 'ab';
    let d = '';
}
